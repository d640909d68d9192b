"""A form printed in two columns, labels on the left and values on the right, as a text
dump keeps it:

    Decision taker                Metro Mayor
    Subject                       Active Travel Capability Fund 2024/25 – Acceptance and
                                  Allocation of Grant
    Alternative options           To allocate the whole grant to the constituent
    considered and rejected       councils. Rejected because a regional programme ...

Read line by line, each row's gap closes up ("Decision taker Metro Mayor" reads as a label
whose value runs on into the next row), a value's wrapped lines stand apart from their
label, and a label cut in two is two half labels. Where at least four rows of a text start
their values at one column, most of their left cells are labels and none ends on a colon
(a form with colons reads as it stands: `unwrap.join_hanging_lines`, unless one of its
labels wraps, "Reasons for the" over "decision:"), each row becomes
"Label: value", the lines of a value hung at that column join it, and a label's lower-case
second half joins its first.
"""

from __future__ import annotations

from collections import Counter

import regex

from ..wording.numbering import read_loose_decimal, read_marker
from .headings import match_heading

# A row's left cell and the gap after it: "Decision taker                " (words apart by
# one space, then a gap of two or more), perhaps after the row's number ("4.   Alternative
# Options           None", a proforma's numbered rows).
_ROW_RE = regex.compile(r"(?P<num>\d{1,2}[.)]? +)?(?P<label>\S(?:[^ ]| (?! ))*?) {2,}(?=\S)")
# How far a numbered row's label stands in from the margin, where it wraps: "     Considered
# and Rejected" under "4.   Alternative Options".
_MAX_NUMBER_INDENT = 6
# A form's rows: enough of them to tell a column from a gap that recurs by chance.
_MIN_ROWS = 4
_MAX_LABEL_CHARS = 45
# How far a form's rows may stand in from the page's edge, all alike: " Decision No.
# PH/ENV/24/19" (a rendering's margin of a space or two); further in is a value's line.
_MAX_MARGIN = 2
# What a row of a table drawn in characters opens with: its rule ("|") or its border ("+").
_TABLE_RULE_MARKS = frozenset("|+")


def read_label_columns(lines: list[str]) -> list[str]:
    """`lines` with a two-column form's rows read as "Label: value" (see the module)."""
    if sum(1 for line in lines if "   " in line) < _MIN_ROWS:  # most texts: no such form
        return lines
    column, rows = _form_rows(lines)
    if not rows:
        return lines
    return _labelled_rows(lines, column, rows)


def _form_rows(lines: list[str]) -> tuple[int, dict[int, str]]:
    """The value column and each row's label (by line), or no rows where the text is not
    such a form."""
    cells: dict[int, tuple[int, str]] = {}
    for index, line in enumerate(lines):
        margin = len(line) - len(line.lstrip(" "))
        if margin > _MAX_MARGIN or margin == len(line) or "  " not in line[margin:]:
            continue
        if line[margin] in _TABLE_RULE_MARKS:
            continue  # "| Subject | ... |": a table drawn in characters, read by its rules
        found = _ROW_RE.match(line, margin)
        if found is not None and len(found["label"]) <= _MAX_LABEL_CHARS:
            number = found["num"].strip() if found["num"] else ""
            label = f"{number} {found['label']}" if number else found["label"]
            cells[index] = (found.end(), label)
    if not cells:
        return 0, {}
    column, count = Counter(end for end, _label in cells.values()).most_common(1)[0]
    rows = {index: label for index, (end, label) in cells.items() if end == column}
    if count < _MIN_ROWS:
        return 0, {}
    if any(_has_colon(lines[index], column) for index in rows) and not _wrapped_label(rows):
        return 0, {}  # (a form whose labels end on colons reads as it stands, unless a
        # label wraps: "Reasons for the" over "decision:", its value's lines beside both)
    labels = sum(1 for label in rows.values() if match_heading(label) is not None)
    if labels * 2 < len(rows):
        return 0, {}
    return column, rows


def _wrapped_label(rows: dict[int, str]) -> bool:
    """A label cut over two rows, its colon on the second: "Reasons for the" / "decision:"."""
    return any(
        not label.endswith(":")
        and (below := rows.get(index + 1)) is not None
        and _second_half(label, below)
        and below.endswith(":")
        for index, label in rows.items()
    )


def _second_half(label: str, below: str) -> bool:
    """`below` is the second half of `label`, cut over two rows: in lower case ("Reasons
    for the" / "decision:"), or the English half of a bilingual label under its Welsh one
    ("Gwneuthurwr y penderfyniad /" / "Decision maker:")."""
    # (or a note on what to write, in brackets: "Decision taker" / "(name and title):")
    return (
        below[:1].islower()
        or (label.endswith(" /") and not label.endswith(":"))
        or (below[:1] == "(" and not label.endswith(":"))
    )


def _english_half_alone(line: str, column: int) -> bool:
    return (
        line[: _MAX_MARGIN + 1].strip() != ""
        and line.rstrip().endswith(":")
        and not line[column:].strip()
    )


def _has_colon(row: str, column: int) -> bool:
    """ "REF NO.        : DP/09/014", "Subject:      Covid-19 ...": a label with its colon."""
    return ":" in row[:column] or row[column : column + 1] == ":"


def _labelled_rows(lines: list[str], column: int, rows: dict[int, str]) -> list[str]:
    out: list[str] = []
    label = ""  # the label of the row being read; "" outside the form's rows
    row_at = 0  # where the row's "Label: value" line is in `out`
    after_blank = False
    indent = " " * column
    for index, line in enumerate(lines):
        if not line.strip():
            out.append(line)
            after_blank = True
            continue
        row_label = rows.get(index)
        value = line[column:].rstrip()
        if row_label is not None and label and not after_blank and _second_half(label, row_label):
            # "considered and rejected       councils. Rejected because ...": the label's
            # second half, and the value's next line
            out[row_at] = _relabelled(out[row_at], label, f"{label} {row_label}")
            label = f"{label} {row_label}"
            _go_on(out, value)
        elif row_label is not None:
            label, row_at = row_label, len(out)
            out.append(_row(label, value))
        elif label and line.startswith(indent) and line[column : column + 1] != " ":
            if after_blank:
                out.append(value)
            else:
                _go_on(out, value)
        elif label.endswith(" /") and not after_blank and _english_half_alone(line, column):
            # "Dyddiad y penderfyniad /      21/05/2025" over "Date of decision:": the
            # label's English half on the row below, beside no value
            out[row_at] = _relabelled(out[row_at], label, f"{label} {line.strip()}")
            label = f"{label} {line.strip()}"
        elif label and not after_blank and _lower_half_alone(line, column):
            # "Decision taken   Mayor of South Yorkshire" over "by": the label's second
            # half alone on the row below, beside no value
            out[row_at] = _relabelled(out[row_at], label, f"{label} {line.strip()}")
            label = f"{label} {line.strip()}"
        elif label and not after_blank and _label_goes_on(line, column, label):
            # "     Considered and Rejected" under "4.   Alternative Options       None": a
            # numbered row's label wrapped at its column, its value perhaps beside it
            out[row_at] = _relabelled(out[row_at], label, f"{label} {line[:column].strip()}")
            label = f"{label} {line[:column].strip()}"
            if value.strip():
                _go_on(out, value.strip())
        else:
            label = ""
            out.append(line)
        after_blank = False
    return out


def _lower_half_alone(line: str, column: int) -> bool:
    """A label's lower-case second half alone on its line, in the labels' column: "by",
    "decision" (under "Date of")."""
    words = line[:column].strip()
    return (
        words[:1].islower()
        and "  " not in words
        and len(line) - len(line.lstrip(" ")) <= _MAX_MARGIN
        and not line[column:].strip()
        and len(words.split()) <= _MAX_HALF_WORDS
    )


_MAX_HALF_WORDS = 5


def _label_goes_on(line: str, column: int, label: str) -> bool:
    """The line carries on a numbered row's label: indented as far as the label stands from
    its number, its words before the value's column."""
    if not label[:1].isdigit():
        return False
    words = line[:column]
    indent = len(words) - len(words.lstrip())
    return 0 < indent <= _MAX_NUMBER_INDENT and bool(words.strip()) and "  " not in words.strip()


def _relabelled(row: str, label: str, fuller: str) -> str:
    """A row's line with its label made `fuller`, the value read so far kept ("Alternative
    options: Enforcement action ... Order was considered and" as "Alternative options
    considered and: ...", then "... considered and rejected: ...")."""
    return _row(fuller, row[len(_row(label, "")) :])


def _row(label: str, value: str) -> str:
    if value[:1] == ":":  # "REF NO.        : DP/09/014": the colon at the value's column
        value = value[1:].strip()
    return f"{label} {value}" if label.endswith(":") else f"{label}: {value}"


# How an item ends before the next in a list of decisions: "... at Appendix A;", "... between
# £250 and £5,000; and" (its "and" maybe on a line of its own).
_ITEM_ENDS = (";", "; and", "; or", ".", ":")


def _go_on(out: list[str], value: str) -> None:
    """Put a value's next line after `out`'s last: on it where it goes on, below it where
    it opens an item ("2) to allocate ..."), is a note in brackets or the last line ends a
    lead-in ("has decided:")."""
    note = value[:1] == "(" and value[-1:] == ")"  # "(Dana Whitcombe)": stands apart
    if note or read_marker(value) is not None or out[-1].endswith(":"):
        out.append(value)
    elif out[-1].endswith(_ITEM_ENDS) and read_loose_decimal(value) is not None:
        # "2.1.2 to allocate £45,000 from the Climate Emergency" under "... at Appendix A;":
        # a decimal number before a lower-case word opens an item where the last one ended
        out.append(value)
    else:
        out[-1] = f"{out[-1]} {value}"


# A Word, PDF or web rendering of such a form keeps each printed line apart, its indent gone
# but the gap between the columns kept (two spaces or more; a PDF's reader marks a gutter so):
#
#     Decision taker         Head of Housing and Environmental
#     (name and title):      Health – Priya Sandhu
#
# The label's second half opens the next line, its colon after it: "(name and title):",
# "decision:", "considered and rejected:", perhaps with a third line between ("declared by
# any Member"). Its end, its colon, then a gap and its value, or nothing.
_LABEL_END_RE = regex.compile(r"(?P<end>[^:\s](?:[^:\s]| (?! ))*):(?: {2,}(?P<value>\S.*))?")
_MAX_LABEL_END_WORDS = 5
# The most characters of a label's line with no value beside it ("declared by any Member").
_MAX_LABEL_LINE_CHARS = 30


def join_wrapped_labels(lines: list[str]) -> list[str]:
    """`lines` (a rendering's, one printed line each, "" between paragraphs) with each label
    a form wrapped over its lines read whole, on its first line with the values beside it:
    "Decision taker (name and title):  Head of Housing and Environmental Health – Priya
    Sandhu", its other lines left empty."""
    out = list(lines)
    for index, line in enumerate(lines):
        if ":" not in line[: _MAX_LABEL_CHARS + 2]:
            continue
        found = _LABEL_END_RE.fullmatch(line.strip())
        if found is None or len(found["end"].split()) > _MAX_LABEL_END_WORDS:
            continue
        rows = _label_rows(out, index, capitalised=not _opens_label_end(line))
        if rows is None:
            continue
        label = " ".join([*(head for _at, head, _value in rows), found["end"]])
        heading = match_heading(f"{label}:")
        if heading is None or heading.value or heading.kind not in ("field", "meta"):
            continue
        values = [value for _at, _head, value in rows if value]
        if found["value"]:
            values.append(found["value"])
        out[rows[0][0]] = f"{label}:   {' '.join(values)}"
        for at, _head, _value in rows[1:]:
            out[at] = ""
        out[index] = ""
    return _numbered_labels_joined(out)


# A proforma's numbered row, its label's first line and its value: "4.  Alternative Options
# None" (the gap kept), its label going on below with no colon ("Considered and" /
# "Rejected"), a short line or two, each in the labels' column, with nothing beside it.
_NUMBERED_ROW_RE = regex.compile(
    r"\s{0,2}(?P<num>\d{1,2}\.)\s+(?P<label>\S(?:[^ ]| (?! ))*)  +(?P<value>\S.*)"
)
_MAX_LABEL_GOES_ON_CHARS = 25
_MAX_LABEL_GOES_ON_LINES = 3


def _numbered_labels_joined(lines: list[str]) -> list[str]:
    """`lines` with each numbered row's label read whole where it wraps below its value's
    first line: "4.  Alternative Options  None" / "Considered and" / "Rejected" is "4.
    Alternative Options Considered and Rejected:   None"."""
    out = list(lines)
    for index, line in enumerate(lines):
        found = _NUMBERED_ROW_RE.fullmatch(line) if line[:3].strip()[:1].isdigit() else None
        if found is None or ":" in found["label"]:
            continue
        ends = _label_lines_below(lines, index + 1)
        if not ends:
            continue
        cells = [lines[at].strip().partition("  ") for at in ends]
        label = " ".join([found["label"], *(head for head, _gap, _value in cells)])
        heading = match_heading(f"{found['num']} {label}")
        if heading is None or heading.kind != "field" or heading.value:
            continue
        out[index] = f"{found['num']} {label}:   {found['value']}"
        for at, (_head, _gap, value) in zip(ends, cells, strict=True):
            out[at] = value.strip()  # ("Considered and  was considered and rejected ...")
    return out


def _label_lines_below(lines: list[str], start: int) -> list[int]:
    """The lines from `start` that carry a numbered row's label on: its part short (the
    value's beside it, past a gap, or none), no stop, none a row of its own."""
    ends: list[int] = []
    for at in range(start, min(len(lines), start + _MAX_LABEL_GOES_ON_LINES)):
        text = lines[at].strip().partition("  ")[0]
        if (
            not text
            or len(text) > _MAX_LABEL_GOES_ON_CHARS
            or text.endswith((".", ":", ";", ","))
            or text[:1].isdigit()
            or _other_heading(text)
        ):
            break
        ends.append(at)
    return ends


def _other_heading(text: str) -> bool:
    """A heading of its own that feeds no field: "Proper Officer" under "7.  Date and Time by
    which Call In must be executed", the sign-off under the last row."""
    heading = match_heading(text)
    return heading is not None and heading.kind != "field"


def _opens_label_end(line: str) -> bool:
    """A label's second half opens the line: in lower case ("decision:", "considered and
    rejected:") or a note in brackets ("(name and title):")."""
    first = line.lstrip()[:1]
    return first.islower() or first == "("


# The most lines of a label's words alone between its first line and its end.
_MAX_MIDDLE_LINES = 2


def _label_rows(
    lines: list[str], end: int, *, capitalised: bool
) -> list[tuple[int, str, str]] | None:
    """(line, the label's part, the value beside it) of the lines a label's end at `end`
    carries on: the line above, its gap after the label's first part ("Decision taker
    Head of ..."), perhaps with a line or two of the label's words between, alone or beside
    the value's ("considered and      Dwelling Management Order was considered and"). An
    end in capitals ("Member consulted:", a name's) is one only after such a line."""
    middle: list[tuple[int, str, str]] = []
    at = end
    while (above := _text_above(lines, at)) is not None:
        head, value = _label_and_value(lines[above])
        if head[:1].isupper():
            if value and (middle or not capitalised):
                return [(above, head, value), *reversed(middle)]
            return None
        if (
            not head[:1].islower()
            or len(head) > _MAX_LABEL_LINE_CHARS
            or len(middle) == _MAX_MIDDLE_LINES
        ):
            return None
        middle.append((above, head, value))
        at = above
    return None


def _text_above(lines: list[str], index: int) -> int | None:
    """The line of text above `index`, a paragraph's blank line perhaps between."""
    for above in (index - 1, index - 2):
        if above >= 0 and lines[above].strip():
            return above
    return None


def _label_and_value(line: str) -> tuple[str, str]:
    """A line's label part and the value beside it, apart by the columns' gap (no value
    where the line has no gap); no label where it already ended, on its colon."""
    head, _gap, value = line.strip().partition("  ")
    if ":" in head or len(head) > _MAX_LABEL_CHARS:
        return "", ""
    return head, value.strip()


def join_wrapped_label_cells(raws: list[str]) -> list[str]:
    """A table drawn in text with each row's label read whole where its cell wraps onto the
    rows below, in lower case ("| Alternative options | To buy salt on the spot market when
    |" / "| considered and rejected: | needed. Rejected because ... |"): the label goes up to
    its first row, the value's pieces stay where they are, under it."""
    out = list(raws)
    row_at: int | None = None  # the row whose label is being read
    for index, raw in enumerate(raws):
        cells = _two_cells(raw)
        if cells is None:
            row_at = None
            continue
        label, value = cells
        above = _two_cells(out[row_at]) if row_at is not None else None
        if (
            row_at is not None
            and above is not None
            and label[:1].islower()
            and not above[0].endswith(":")
        ):
            out[row_at] = f"| {above[0]} {label} | {above[1]} |"
            out[index] = f"| | {value} |" if value else ""
        elif label:
            row_at = index
    return out


def _two_cells(raw: str) -> tuple[str, str] | None:
    """The label and value cells of a two-column row drawn in text, "| Label | value |"."""
    text = raw.strip()
    if text[:1] != "|" or text[-1:] != "|" or text.count("|") != 3:
        return None
    label, value = (cell.strip() for cell in text[1:-1].split("|"))
    return label, value
