"""Hard-wrapped text: paragraphs that a text dump broke at a fixed width, joined again.

A record saved from a PDF by a text extractor, or from an e-mail, arrives with every
paragraph cut at about the same column:

    01/07/2022 - Domestic Homicide Review – learning event ref:
    1401    Recommendations Approved
    ...
    The GMCA has held annual DHR learning events. The events in
    2020 and 2021 were not held due to covid and therefore we

Read line by line, a title loses its second half and a resolution its end. A line was cut
by the width, not by its writer, when the next line's first word would not have fitted on
it: that is the test every wrapping tool applies, read backwards. A text whose lines do not
keep under one width (most records: one paragraph to a line) is left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..wording.dates import only_a_date
from ..wording.numbering import read_loose_decimal, read_marker
from ..wording.vocabulary import runs_on_from
from .headings import match_heading

# The widths a text dump wraps at: e-mail's 72, pdftotext's and terminals' 80, a few more.
_MIN_WIDTH = 50
_MAX_WIDTH = 120
# A wrapped text has some lines longer than its width only by accident (a long URL).
_OVER_WIDTH_SHARE = 0.02
# Lines filled to within this many characters of the width count as filled.
_FILL_MARGIN = 15
# Enough filled lines to call the text wrapped: a quarter of its lines, and at least four.
_MIN_FILLED_SHARE = 0.25
_MIN_FILLED = 4
_MIN_LINES = 8

# Bullet glyphs as a text dump prints them, before normalise turns them into "-".
_RAW_BULLETS = ("•", "▪", "·", "–", "◦")
_SENTENCE_END = (".", "!", "?", ";")
_LEAD_IN_END = (":", ":-", ":–")
# A line that ends on one of these is unfinished, whatever the next line looks like.
_DANGLING = (" -", " –", " &", ",", " and", " or", " of", " for", " the", " to", " in", " on")


def wrap_width(lines: Sequence[str]) -> int | None:
    """The width the text was wrapped at, or None when it was not hard-wrapped."""
    # Each line's length without its trailing spaces, blank lines left out (mapped with
    # the str methods themselves: this runs over every line of every text record).
    lengths = sorted([length for length in map(len, map(str.rstrip, lines)) if length])
    if len(lengths) < _MIN_LINES:
        return None
    # The smallest width that all but a few lines keep under.
    width = lengths[-(int(len(lengths) * _OVER_WIDTH_SHARE) + 1)]
    if not _MIN_WIDTH <= width <= _MAX_WIDTH:
        return None
    filled = sum(1 for length in lengths if width - _FILL_MARGIN < length <= width)
    if filled < max(_MIN_FILLED, _MIN_FILLED_SHARE * len(lengths)):
        return None
    return width


def unwrap(lines: list[str]) -> list[str]:
    """`lines` with each line that the width cut joined to the next; unchanged when the text
    was not hard-wrapped."""
    width = wrap_width(lines)
    if width is None:
        return lines
    joined: list[str] = []
    previous = ""  # the previous line as it was, before any joining
    for line in lines:
        if joined and cut_by_width(previous, line, width):
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
        else:
            joined.append(line)
        previous = line
    return joined


def cut_by_width(previous: str, line: str, width: int) -> bool:
    """Whether `line` goes on from `previous`: its first word would not have fitted there,
    and it does not start something of its own (an item, a heading, a label)."""
    words = line.split(None, 1)
    last = previous.rstrip()
    if not words or not last or len(last) + 1 + len(words[0]) <= width:
        return False
    if _drawn_table(last) or _drawn_table(line):
        return False  # "| Decision Maker | Cabinet Member for |": a table's rows keep their lines
    # "RESOLVED that Cabinet:" over its items; but "... learning event ref:" is a listing's
    # title line whose reference number the width pushed onto the next line.
    if last.endswith(_LEAD_IN_END) and not last.endswith(" ref:"):
        return False
    if _FORM_ROW_RE.match(line) is not None:
        return False  # "Councillor:          Priya Chandran": a form's row of its own
    stripped = line.strip()
    if _starts_item(stripped) and not closes_open_bracket(last, stripped):
        return False
    return not _starts_section(last, stripped)


def closes_open_bracket(above: str, line: str) -> bool:
    """`line` opens on the number that closes a bracket `above` left open, no item's: "...
    Rainford bypass (Phase" / "2) to the tenderer ranked first ..."."""
    if "(" not in above or not left_open(above):
        return False
    number = line.split(None, 1)[0]
    return number[-1:] == ")" and "(" not in number and number[:-1].replace(".", "").isalnum()


def left_open(text: str) -> bool:
    """Whether `text` ends inside a bracket (a close with none open, an item's "1)", is no
    bracket's)."""
    depth = 0
    for char in text:
        if char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
    return depth > 0


# A form's row: a label and its colon, then the gap to its value's column (a label the
# headings need not know: "Councillor:          Priya Chandran").
_FORM_ROW_RE = regex.compile(r"[A-Z][\w '’()/&-]{0,40}:\s{2,}\S")


def _starts_item(line: str) -> bool:
    """A list item: "1. ", "(b) ", "ii) ", "3.1 ", "- ", "• ", and a decimal item in lower
    case ("4.1.2  given authority to incur expenditure ...")."""
    return (
        read_marker(line) is not None
        or line.startswith(_RAW_BULLETS)
        or (line[:1].isdigit() and read_loose_decimal(line) is not None)
    )


def _drawn_table(line: str) -> bool:
    """A row or rule of a table drawn with characters: "| Title | ... |", "+------+"; or a
    rule typed across the page between entries ("-----...-----" over "LD/25/31   ...")."""
    stripped = line.lstrip()
    return stripped.startswith(("|", "+-", "+=", "----", "====")) or " | " in line


def _starts_section(last: str, line: str) -> bool:
    """A heading ("Reasons for the Decision") or a label ("Decision Maker: Cabinet"); but
    not a title's second half that holds its listing reference ("Prevention Pathfinder
    Project ref: 3871"), nor the rest of a line left unfinished."""
    if line[:1].islower() or line[:2].lstrip("(")[:1].islower():
        return False  # "(subject to call-in)", "and the Council's ...": never a heading
    if last.endswith(_DANGLING):
        return False  # "Town Centre Public Spaces Protection Order -" / "Consultation"
    heading = match_heading(line)
    if heading is None:
        return False
    return not (heading.kind == "meta" and heading.name == "reference")


# A line's first cell and the gap after it: "36.  " in "36.  Felixstowe Seafront Beach Hut
# Licensing", "Meeting     " in "Meeting     Decision Session - Executive Member for".
_FIRST_CELL_RE = regex.compile(r"\S[^ ]*(?: [^ ]+)*? {2,}(?=\S)")


def join_hanging_lines(lines: list[str]) -> list[str]:
    """`lines` with each line indented to where the text after the line above's first cell
    starts joined to that line: a text dump's wrapped heading or value, hung under its own
    first word.

        36.  Felixstowe Seafront Beach Hut Licensing
             Review

    is one heading. A hung line that opens an item ("(ii) That officers ...") or holds a
    gap of its own (a row with its first cell empty) stands apart."""
    if not any(line[:2] == "  " for line in lines):  # most texts: nothing is hung
        return lines
    joined: list[str] = []
    column = 0  # where the text after the first cell of joined[-1] starts; 0 for none
    for line in lines:
        indent = len(line) - len(line.lstrip(" "))
        rest = line[indent:]
        if column and indent == column and rest and _goes_on(joined[-1], rest):
            joined[-1] = f"{joined[-1].rstrip()} {rest.rstrip()}"
            column = column if runs_on_from(rest.rstrip()) else 0  # one end, unless cut again
            continue
        joined.append(line)
        cell = _FIRST_CELL_RE.match(line) if line[:1] not in ("", " ") else None
        # ("1   Decision title" over "    Award of contract ...": a form's heading, its
        # value hung under it, is no line its value goes on)
        column = cell.end() if cell is not None and match_heading(line.strip()) is None else 0
    return joined


# The longest end a line hung under a heading may be when the heading above was not
# cut mid-phrase: "Review", "Additional Schemes"; a longer line is a paragraph of its own
# (a table's second column: "7          Corporate Landlord Asset Investment Strategy" over
# "           The Cabinet Member for Resources presented the report, which had").
_MAX_HUNG_END_CHARS = 40


def _goes_on(above: str, rest: str) -> bool:
    """Whether the hung line `rest` goes on from the line `above`: not an item, a row with
    a gap of its own, a label ("Key Decision: CYPS/03/15") or a note in brackets ("(Key
    Decision)"), and short unless `above` stops mid-phrase."""
    rest = rest.rstrip()
    if "  " in rest or _starts_item(rest) or _drawn_table(rest):
        return False
    if rest[:1] == "(" and rest[-1:] == ")":
        return False
    heading = match_heading(rest)
    if heading is not None and (heading.kind != "other" or ":" in rest):
        # (a field's heading or a label; a word that only some heading is, "Consultation"
        # hung under "2.   Minerals Local Plan Review: Issues and Options", goes on)
        return False
    if only_a_date(rest):
        return False  # "signed          date" over "                12 May 2025": its column
    return runs_on_from(above.rstrip()) or (
        len(rest) <= _MAX_HUNG_END_CHARS and not rest.endswith(_SENTENCE_END)
    )
