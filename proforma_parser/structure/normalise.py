"""Normalise: a reader's blocks become clean lines, by an ordered list of named rules.

Each rule is a function over one line's text, run in order (markdown-it's "the pipeline is
data"). Line-level rules cannot join or drop lines on their own; the last steps do that
(drop emptied lines, fold blank runs). The result is the record's `text` and the lines the
section splitter reads, each knowing its page and its offset in that text.
"""

from __future__ import annotations

import dataclasses
import itertools
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

import regex

from ..document import Block, Document
from ..wording.banners import banner_match
from ..wording.dates import MONTH_WORDS, WEEKDAY_WORDS, only_a_date
from ..wording.documents import doc_type_match
from ..wording.headings import FACT_LABELS, HEADING_WORDS, OTHER_HEADINGS
from ..wording.lines import PAGE_AT_END_RE
from ..wording.nil import is_nil
from ..wording.numbering import read_marker
from ..wording.registry import example_words
from ..wording.vocabulary import MID_PHRASE_WORDS
from .columns import join_wrapped_label_cells, join_wrapped_labels, read_label_columns
from .headings import classify, ends_wrapped_label, match_heading
from .unwrap import closes_open_bracket, cut_by_width, join_hanging_lines, unwrap, wrap_width

# Zero-width and invisible characters that hide inside headings pasted from Word or the web.
_INVISIBLE_RE = regex.compile(r"[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u202a-\u202e]")
# "1. |" / "| Title of Item/Report |" / a line of only "|": Word table rules in text dumps.
_TABLE_RULE_RE = regex.compile(r"^\|\s*|\s*\|$")
_BOX_RULE_RE = regex.compile(r"[+|][-=+|\s]*[+|]")
_CELL_BORDER_RE = regex.compile(r"\s+\|\s+")
# A line typed as a rule under a heading: "=====", "-----", "~~~~~" (four or more; a lone
# "-" or "--" answers "Alternatives considered:" with none, and is kept).
_UNDERLINES = ("====", "----", "~~~~", "****", "= = ", "- - ")
_UNDERLINE_RE = regex.compile(r"(?:[=~*]\s?){4,}|(?:-\s?){4,}")
# "Cabinet Meeting ..................... 16 January 2025": dot leaders between label and value.
_DOT_LEADER_RE = regex.compile(r"(?:\.\s?){4,}|…{2,}|(?:_\s?){4,}")
# Bullet glyphs at the start of a list item ("•", "·", "▪", Wingdings' private-use ""),
# written as "- " so that every list looks the same downstream.
_BULLET_RE = regex.compile(r"^[•·▪◦●■□➢►\uf0b7\uf0a7\uf076\uf0d8]\s*")
# Control characters other than form feed, which marks a page or record break.
_CONTROL_RE = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

FORM_FEED = "\f"

LineRule = Callable[[str], str]


# Each rule checks cheaply whether it has anything to do: most lines are plain ASCII prose.


def _strip_invisible(text: str) -> str:
    # Every character either pattern removes is unprintable (controls, format characters):
    # a printable line, such as one with only a curly quote or a dash beyond ASCII, has none.
    if text.isprintable():
        return text
    return _INVISIBLE_RE.sub("", _CONTROL_RE.sub("", text))


def _nfkc(text: str) -> str:
    # Look-alike characters (ligatures "ﬁ", full-width letters, "…") fold to plain ones.
    return text if text.isascii() else unicodedata.normalize("NFKC", text)


def _tab_cells(text: str) -> str:
    """A row of a label and its value kept apart by a tab, as a form pasted from a table
    prints it, read as a label line: "Date of decision<TAB>12/03/2025" -> "Date of
    decision: 12/03/2025" (folding the tab to a space would run the label into its value).
    Other tabs are spaces ("C87<TAB>DECLARATIONS OF INTEREST", "(i)<TAB>the response")."""
    if "\t" not in text:
        return text
    cells = [cell.strip() for cell in text.split("\t") if cell.strip()]
    if len(cells) == 2 and _is_row_label(cells[0], cells[1]):
        return f"{cells[0]}: {cells[1]}"
    return text


def _is_row_label(cell: str, value: str) -> bool:
    """ "Decision taker (name and job title)", "Delegated power relied upon": a form's
    label (one the headings know, or words in sentence case before a value that opens as
    one), not "Ian Knowles" beside his job, a minute's number, a list's marker or a phrase
    a stray tab cuts ("Record of<TAB>the Decision")."""
    words = cell.split()
    if not cell[0].isupper() or len(words) > 7 or cell.endswith((":", "-", "–")):
        return False
    if any(ch.isdigit() for ch in cell):
        return False
    if classify(cell, strict=True) is not None:
        return True
    sentence_case = len(words) >= 2 and any(word[0].islower() for word in words[1:])
    return sentence_case and not value[0].islower()


def _fold_spaces(text: str) -> str:
    # str.split() splits on every Unicode space, NBSP included.
    words = text.split()
    if len(words) >= _MIN_SPACED_LETTERS and len(words[0]) == len(words[1]) == 1:
        return _unspaced(text.strip()) or " ".join(words)
    return " ".join(words)


# "R E C O R D   O F   D E C I S I O N": a typed heading's letters set a space apart, its
# words three; read as "RECORD OF DECISION" (the wider gaps part the words).
_LETTER_SPACED_RE = regex.compile(r"\p{L}(?: \p{L}){3,}(?: {2,}\p{L}(?: \p{L})*)*")
_WORD_GAP_RE = regex.compile(r" {2,}")
_MIN_SPACED_LETTERS = 3


def _unspaced(text: str) -> str | None:
    if _LETTER_SPACED_RE.fullmatch(text) is None:
        return None
    return " ".join(word.replace(" ", "") for word in _WORD_GAP_RE.split(text))


def _drop_table_rules(text: str) -> str:
    if text.startswith(_UNDERLINES) and _UNDERLINE_RE.fullmatch(text):
        return ""  # "==========" under "TANDRIDGE DISTRICT COUNCIL": a typed underline
    if "|" not in text and not text.startswith("+-"):
        return text
    if _BOX_RULE_RE.fullmatch(text):
        return ""  # "+--------+--------+": the border of a table drawn in text
    if len(text) > 2 and (text.startswith("|") or (text.endswith("|") and text.count(" | ") >= 2)):
        # "| Decision taken by: | Cabinet Member for ... |": one row of a text-drawn table
        # (its closing rule perhaps pushed onto a line of its own by a PDF's wrap: "|
        # Decision maker: | Cabinet member - children and young people" / "|"; or its
        # number cell opening it without a rule before it: "2 | Decision maker: | ... |")
        return _join_cells([c.strip() for c in text.strip("|").split("|")])
    if (cells := _LABEL_CELL_RE.match(text)) is not None and (
        cells.group("colon") or _is_label(cells.group("label"))
    ):
        # "Decision Maker: | Executive Member for Adult Services", "Decision taker | Cabinet
        # Member for Regeneration": a two-column table's row, its label's cell then its
        # value's, the rule between them left in (without a colon, a label the headings know)
        return f"{cells.group('label').strip()}: {cells.group('value')}"
    return _TABLE_RULE_RE.sub("", text).strip()


_LABEL_CELL_RE = regex.compile(
    r"(?P<label>[^|:]{1,80}?)(?P<colon>:)?\s*\|\s+(?P<value>[^|\s][^|]*?)\s*\|?$"
)


def _is_label(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= _MAX_CELL_LABEL_WORDS and classify(text.strip(), strict=True) is not None
    )


_MAX_CELL_LABEL_WORDS = 10


def _join_cells(cells: list[str]) -> str:
    """A row's cells as one line; a two-cell row of label and value reads as a label line
    ("| Decision Maker | Cabinet |" -> "Decision Maker: Cabinet"), and a proforma's row of
    number, heading and body as the numbered heading over its body, two lines ("| 3 |
    Reasons for the Decision | The wall is ... |" -> "3. Reasons for the Decision" and
    "The wall is ...", as the form prints them)."""
    cells = [c for c in cells if c]
    if len(cells) == 2 and len(cells[0].split()) <= 6 and not cells[0].endswith(":"):
        return f"{cells[0]}: {cells[1]}"
    if len(cells) == 3 and _SECTION_NUMBER_RE.fullmatch(cells[0]) and len(cells[1]) <= 120:
        return f"{cells[0].rstrip('.')}. {cells[1]}\n{cells[2]}"
    return " ".join(cells)


# A proforma's section number in a table's first column: "1", "7.", "(3)" is no such.
_SECTION_NUMBER_RE = regex.compile(r"\d{1,2}\.?")


def _drop_dot_leaders(text: str) -> str:
    if "...." not in text and ". . . ." not in text and "____" not in text and "…" not in text:
        return text
    return _fold_spaces(_DOT_LEADER_RE.sub(" ", text))


def _normalise_bullets(text: str) -> str:
    return _BULLET_RE.sub("- ", text) if text and not text[0].isalnum() else text


LINE_RULES: tuple[tuple[str, LineRule], ...] = (
    ("strip_invisible", _strip_invisible),
    ("nfkc", _nfkc),
    ("tab_cells", _tab_cells),
    ("fold_spaces", _fold_spaces),
    ("drop_table_rules", _drop_table_rules),
    ("drop_dot_leaders", _drop_dot_leaders),
    ("normalise_bullets", _normalise_bullets),
)


def _has_rule_marks(text: str) -> bool:
    """Whether `_drop_table_rules` or `_drop_dot_leaders` could change an ASCII line."""
    return (
        "|" in text
        or "...." in text
        or ". . . ." in text
        or "____" in text
        or text.startswith("+-")
        or text.startswith(_UNDERLINES)
    )


def _may_have_rule_marks(text: str) -> bool:
    """Whether a plain-ASCII line of `text` may hold what `_has_rule_marks` looks for once
    its spaces are folded: ". . . ." is folded from ". ." or from a stop and two spaces."""
    return (
        "|" in text
        or "...." in text
        or "____" in text
        or "+-" in text
        or ". ." in text
        or ".  " in text
        or _UNDERLINE_HINT_RE.search(text) is not None
    )


# What a typed underline holds, asked of a block at once: "====", "----", "= = =".
_UNDERLINE_HINT_RE = regex.compile(r"====|----|~~~~|\*\*\*\*|= =|- -")


class Line(NamedTuple):
    """One clean line of the record's text (a NamedTuple: thousands are made per second)."""

    text: str
    start: int
    """Offset of the line in the normalised text."""
    page: int | None = None

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def blank(self) -> bool:
        return not self.text


@dataclass(frozen=True, slots=True)
class Layout:
    """The normalised text and its lines; `text[line.start:line.end] == line.text`."""

    text: str
    lines: tuple[Line, ...]
    breaks: tuple[int, ...] = ()
    """Indices of lines that follow a form feed (a page or record break in a text dump)."""
    paged: bool = True
    """Whether any line may know its page (False for plain text: no line does)."""
    lower: str = field(default="", compare=False, repr=False)
    """`text.lower()`, made once for the readers that look for words in any case (made here
    when not given)."""

    def __post_init__(self) -> None:
        if not self.lower and self.text:
            object.__setattr__(self, "lower", self.text.lower())


def normalise_line(text: str) -> str:
    """Run every line rule, in order, on one line."""
    if text.isascii() and text.isprintable():
        # Most lines are plain ASCII, where only the space, table and leader rules can act
        # (invisible characters, look-alikes and bullet glyphs are all non-ASCII): the
        # three run, in order, and the others are spared.
        folded = _fold_spaces(text)
        if not _has_rule_marks(folded):
            return folded
        return _drop_dot_leaders(_drop_table_rules(folded))
    for _name, rule in LINE_RULES:
        text = rule(text)
    return text


# `Line(text, start, page)` without the NamedTuple's generated `__new__` (a Python frame):
# the same tuple, made by the C constructor, for the thousands of lines made per second.
_new_line = tuple.__new__


def normalise(document: Document) -> Layout:
    """Turn a Document into the clean lines and text the rest of the pipeline reads.

    One pass over every block's clean lines: a run of blank lines becomes one (the first),
    blank lines at either end are dropped, and each line gets its offset in the text. (The
    pass is one loop over local variables, not a builder's method per line: a text dump has
    forty lines a record, and a call for each was a tenth of the parse.)"""
    lines: list[Line] = []
    breaks: list[int] = []
    offset = 0
    after_break = blank_pending = False
    blank_page: int | None = None
    paged = False
    plain_text = document.format == "text"
    width = None if plain_text else _paragraph_wrap_width(document.blocks)
    blocks = document.blocks
    if any("|-" in block.text or "| -" in block.text for block in blocks):
        blocks = _column_headed_rows(blocks)
    if not plain_text and any("  " in block.text or block.text[:1] == "|" for block in blocks):
        blocks = _wrapped_labels_joined(blocks)
    for block in blocks:
        page = block.page
        paged = paged or page is not None
        for text in _block_lines(block, plain_text, top=not lines):
            if text is None:  # a form feed: the next line starts a page or a record
                after_break = True
            elif not text:
                if lines and not blank_pending:
                    blank_pending, blank_page = True, page
            else:
                if blank_pending:
                    above = lines[-1].text
                    if not _cut_mid_phrase(above, text) and not (
                        width and cut_by_width(above, text, width)
                    ):
                        lines.append(_new_line(Line, ("", offset, blank_page)))
                        offset += 1
                    blank_pending = False
                if (
                    ")" in text[:8]  # (most lines open on no closing number)
                    and not after_break
                    and lines
                    and lines[-1].text
                    and closes_open_bracket(lines[-1].text, text)
                ):
                    # "1) to award the contract ... Rainford bypass (Phase" / "2) to the
                    # tenderer ranked first ...": the bracket's close, no item's number
                    last = lines[-1]
                    lines[-1] = _new_line(Line, (f"{last.text} {text}", last.start, last.page))
                    offset += len(text) + 1
                    continue
                if text[:2] in _CENTURIES and not after_break and _year_of_date_above(lines, text):
                    # "Cabinet Meeting 14 March" / "2024": a date a rendering wrapped before
                    # its year, one line again
                    last = lines[-1]
                    lines[-1] = _new_line(Line, (f"{last.text} {text}", last.start, last.page))
                    offset += len(text) + 1
                    continue
                if after_break and lines:
                    breaks.append(len(lines))
                after_break = False
                lines.append(_new_line(Line, (text, offset, page)))
                offset += len(text) + 1
    if len(lines) > 1 and lines[1].text.lower() in _SECOND_BANNER_LINES:
        lines, breaks = _join_split_banner(lines, breaks)
    text = "\n".join([line.text for line in lines])
    if _may_open_a_run(text):
        rejoined, breaks = _inline_runs_rejoined(lines, breaks)
        if rejoined is not lines:
            lines, text = rejoined, "\n".join([line.text for line in rejoined])
    return Layout(text, tuple(lines), tuple(breaks), paged)


def _wrapped_labels_joined(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """`blocks` with a two-column form's wrapped labels read whole, where a rendering set
    each of the form's printed lines apart (`columns.join_wrapped_labels`, and a table drawn
    in text, `columns.join_wrapped_label_cells`)."""
    owners: list[int] = []
    lines: list[str] = []
    for at, block in enumerate(blocks):
        for line in block.text.split("\n"):
            owners.append(at)
            lines.append(line)
    joined = join_wrapped_labels(lines)
    if any(line[:1] == "|" for line in joined):
        # (a table drawn in text, each of its rows a paragraph of its own)
        joined = join_wrapped_label_cells(joined)
    if joined == lines:
        return blocks
    texts: dict[int, list[str]] = {}
    for owner, line in zip(owners, joined, strict=True):
        texts.setdefault(owner, []).append(line)
    return tuple(
        dataclasses.replace(block, text="\n".join(texts[at])) for at, block in enumerate(blocks)
    )


_CENTURIES = ("19", "20")
_YEAR_ALONE_RE = regex.compile(r"(?:19|20)\d\d\.?")


def _year_of_date_above(lines: list[Line], text: str) -> bool:
    """`text` is a year alone and the line right above it stops on a month's name."""
    if not lines or not lines[-1].text or _YEAR_ALONE_RE.fullmatch(text) is None:
        return False
    return lines[-1].text.rsplit(" ", 1)[-1].lower() in MONTH_WORDS


def _column_headed_rows(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A text-drawn table of one row under its column headings, read as the labels it
    means: "| Ref | Date of decision | Decision taker | ... |" / "|---|---|---|" / "| DD-77 |
    07.08.25 | Chief Officer ... |" (a register's entry, copied as text) becomes "Ref: DD-77",
    "Date of decision: 07.08.25", .... A table of several rows is left as printed: each row
    would be a record of its own."""
    lines = [(i, line) for i, block in enumerate(blocks) for line in block.text.split("\n")]
    for at, (_, line) in enumerate(lines):
        if not _MARKDOWN_RULE_RE.fullmatch(line.strip()) or not 0 < at < len(lines) - 1:
            continue
        headings, values = _cells(lines[at - 1][1]), _cells(lines[at + 1][1])
        after = lines[at + 2][1].strip() if at + 2 < len(lines) else ""
        if not _is_heading_row(headings, values) or after.startswith("|"):
            continue
        read = "\n".join(f"{h}: {v}" for h, v in zip(headings, values, strict=True) if v)
        # (the table's blocks become one: the lines before its headings in the first, the
        # table read as labels, the lines after its row in the last)
        first, last = lines[at - 1][0], lines[at + 1][0]
        joined = [*(text for i, text in lines[: at - 1] if i == first), read]
        joined += [text for i, text in lines[at + 2 :] if i == last]
        block = dataclasses.replace(blocks[first], text="\n".join(joined))
        return (*blocks[:first], block, *blocks[last + 1 :])
    return blocks


# The rule under a markdown table's headings: "|---|---|", "| :--- | ---: |".
_MARKDOWN_RULE_RE = regex.compile(r"\|?(?:\s*:?-{3,}:?\s*\|){2,}\s*(?::?-{3,}:?\s*)?")


def _cells(line: str) -> list[str]:
    line = line.strip()
    if not (line.startswith("|") and line.endswith("|")):
        return []
    return [cell.strip() for cell in line[1:-1].split("|")]


def _is_heading_row(headings: list[str], values: list[str]) -> bool:
    """Three or more column headings over as many values, at least half of them labels the
    vocabulary knows ("Date of decision", "Decision taker", "Subject")."""
    if len(headings) < _MIN_COLUMNS or len(headings) != len(values):
        return False
    known = sum(1 for h in headings if h and classify(h, strict=True) is not None)
    return 2 * known >= len(headings)


_MIN_COLUMNS = 3


def _paragraph_wrap_width(blocks: tuple[Block, ...]) -> int | None:
    """The width a hard-wrapped record was cut at where a rendering set each of its lines
    apart as a paragraph ("... must be received by the Monitoring" / "Officer by 5.00pm on
    Wednesday 15 November 2023."): the blank line between two such paragraphs goes where
    the second's first word would not have fitted on the first, as in a text dump."""
    return wrap_width([block.text for block in blocks if "\n" not in block.text])


_YEAR_OPENING_RE = regex.compile(r"(?:19|20)\d\d\b")
# A line that opens on a date: "29 May 2024, have decided to:", "29/05/2024".
_DATE_OPENING_RE = regex.compile(
    r"\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"
)


_ORDINAL_ENDS = ("st", "nd", "rd", "th")
# A verb no sentence ends on.
_COPULAS = frozenset({"is", "are", "was", "were", "will", "shall"})
# A date cut after its day's number: "on Friday 15", "on 15th" (then "November 2024").
_DAY_AT_END_RE = regex.compile(r"(?i)\b(?:on|\p{L}+day,?)\s+\d{1,2}(?:st|nd|rd|th)?$")
_MONTH_OPENING_RE = regex.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r",?\s+\d{4}\b"
)


def _cut_mid_phrase(above: str, text: str) -> bool:
    """Whether the blank line between `above` and `text` parts one sentence that a page
    wrapped, each line set apart as a paragraph (as a rendering of a hard-wrapped record
    sets them): `above` stops on a joining word or a comma, and `text` opens no item and
    is no heading ("... - not subject to call in" over "Details of the decision:")."""
    if " " not in above:
        return False  # one word: no sentence to be cut
    if (
        above.isupper()
        and text.split(" ", 1)[0] in _CAPITAL_JOINS
        and _CAPITAL_LABEL_END_RE.match(text)
    ):
        # "LAST DATE FOR CALL IN" over "OF ELIGIBLE DECISIONS: 5.00 P.M., FRIDAY, 28TH MARCH
        # 2025": a label in capitals wrapped in its cell, its end and colon below
        return True
    if text[-1] == ":" and ends_wrapped_label(above, text):
        return True  # "... any dispensation granted by the Proper" / "Officer:"
    last = above.rsplit(" ", 1)[-1].lower()
    if last in MONTH_WORDS and text[:2] in ("19", "20") and _YEAR_OPENING_RE.match(text):
        return True  # "... ON TUESDAY 11 MARCH" / "2014 AT 10.00 AM": a date cut in two
    if last == "dated" and text[:1].isdigit() and _DATE_OPENING_RE.match(text):
        return True  # "... the report of the Head of Place dated" / "29 May 2024, have decided to:"
    if last in WEEKDAY_WORDS and text[:1].isdigit() and _DATE_OPENING_RE.match(text):
        return True  # "... The deadline for call-in is 4.00pm on Wednesday" / "16 July 2025."
    if (above[-1:].isdigit() or above[-2:] in _ORDINAL_ENDS) and (
        _DAY_AT_END_RE.search(above) and _MONTH_OPENING_RE.match(text)
    ):
        return True  # "... is 5.00 pm on Friday 15" / "November 2024." (after its day)
    if last in _COPULAS and read_marker(text) is None and match_heading(text) is None:
        return True  # "... The deadline for call-in is" / "5.00 pm on Wednesday 22 January"
    # ("To implement a de-restriction order on the" / "A355 between Pyebush Roundabout ...")
    if above[-1] != "," and last not in MID_PHRASE_WORDS:
        return _goes_on_below(above, text)
    return read_marker(text) is None and match_heading(text) is None


# A label's end in capitals, a joining word first, then its colon: "OF ELIGIBLE DECISIONS:".
# (the joining words are one set; the pattern is made from it, so the pre-check agrees)
_CAPITAL_JOINS = frozenset({"OF", "FOR", "BY", "TO", "IN", "ON", "AND"})
_CAPITAL_LABEL_END_RE = regex.compile(
    rf"(?:{'|'.join(sorted(_CAPITAL_JOINS))}) [A-Z][A-Z '’/()-]{{0,40}}?:"
)


# How a sentence's second half may open in a record set in capitals: "THE LAST DATE FOR
# CALL-IN" / "IS 20 MARCH 2014." (no paragraph opens on a verb).
_VERBS_IN_CAPITALS = frozenset({"IS", "ARE", "WAS", "WERE", "WILL", "SHALL", "HAS", "HAVE"})
_SENTENCE_ENDS = (".", ":", ";", "!", "?", ":-")


def _goes_on_below(above: str, text: str) -> bool:
    """Whether `text` carries on the sentence `above` left unfinished: it opens in lower case
    ("... the Cabinet Member for" is caught above; "... a report which sought" / "approval
    of the Masterplan") or on a verb in capitals, and `above` is no heading."""
    if above.endswith(_SENTENCE_ENDS) or above.endswith((" and", " or")):
        return False  # ("1. approves the programme; and" over "and it was further RECOMMENDED")
    if above[-1:].isdigit() and PAGE_AT_END_RE.search(above):
        return False  # "Executive 10.07.25" / "Page 5": a page's footer, no sentence
    opening = text.split(" ", 1)[0]
    if not (opening.islower() or opening in _VERBS_IN_CAPITALS):
        return False
    if read_marker(text) is not None:
        return False
    # (a label's value goes on: "Subject: Award of contract for the supply of temporary
    # accommodation" over "cleaning and void clearance services")
    heading = match_heading(above)
    # (a label's own end, its colon below: "Interests declared by the Executive Member and
    # any dispensation" over "granted: None")
    return heading is None or bool(heading.value) or _LABEL_END_BELOW_RE.match(text) is not None


# The lower-case end of a label wrapped onto the next line, then its colon: "granted: None",
# "called in): 13 June 2024".
_LABEL_END_BELOW_RE = regex.compile(r"[a-z][\w '’/()-]{0,40}?\)?:(?:\s|$)")


# What a council's logo prints on its second line, under the place: "Oldham" / "Council".
_COUNCIL_KIND_LINES = frozenset(
    f"{kind}council" for kind in ("", "borough ", "city ", "county ", "district ")
) | {"metropolitan borough council", "county borough council"}
# ... which may stand after a blank line (a paragraph each, in a rendering)
_SECOND_BANNER_LINES = _COUNCIL_KIND_LINES | {""}
_MAX_PLACE_WORDS = 3


def _join_split_banner(lines: list[Line], breaks: list[int]) -> tuple[list[Line], list[int]]:
    """The first two lines as one banner where a logo set the place above the kind of
    council ("Oldham" / "Council" -> "Oldham Council"): apart, the place reads as the title
    and "Council" as the decision maker."""
    second = 2 if not lines[1].text and len(lines) > 2 else 1
    place, kind = lines[0].text, lines[second].text
    if (
        kind.lower() not in _COUNCIL_KIND_LINES
        or not place[:1].isupper()
        or len(place.split()) > _MAX_PLACE_WORDS
        or banner_match(joined := f"{place} {kind}") is None
    ):
        return lines, breaks
    shift = len(joined) - lines[second].end
    rest = [Line(line.text, line.start + shift, line.page) for line in lines[second + 1 :]]
    return [Line(joined, 0, lines[0].page), *rest], [b - second for b in breaks if b > second]


# The gap between a page header's cells in a text dump.
_HEADER_CELL_GAP_RE = regex.compile(r" {3,}")


def _top_line_cells(raws: list[str]) -> list[str]:
    """`raws` with the document's top line cut in two where it is a kind of record, then
    (a gap apart in a text dump) a council's name: "Delegated Decision Notice          Leeds
    City Council" is the record's kind and its council, not one heading. (With the council
    first, "Wycombe District Council        CABINET MEMBER DECISION" reads as the council's
    banner as it stands.)"""
    top = next((index for index, raw in enumerate(raws) if raw.strip()), None)
    if top is None:
        return raws
    cells = _kind_and_council(raws[top].strip())
    if cells is None:
        return raws
    return [*raws[:top], cells[0], "", cells[1], *raws[top + 1 :]]


# The most words a council's name has: "Royal Borough of Windsor and Maidenhead Council".
_MAX_COUNCIL_WORDS = 8


def _kind_and_council(line: str) -> tuple[str, str] | None:
    if "   " in line:
        cells = _HEADER_CELL_GAP_RE.split(line)
        if len(cells) == 2 and banner_match(cells[1]) is not None:
            return cells[0], cells[1]
        return None
    words = line.split()
    for cut in range(len(words) - 2, max(0, len(words) - _MAX_COUNCIL_WORDS - 1), -1):
        kind, council = " ".join(words[:cut]), " ".join(words[cut:])
        if not council[:1].isupper() or banner_match(council) is None:
            continue  # ("the Council" is a banner's end, no council's name)
        found = doc_type_match(kind)
        if found is not None and found.group("type") == kind:
            return kind, council  # (not "Record of Executive Decision taken by the")
    return None


def _block_lines(block: Block, plain_text: bool, *, top: bool = False) -> list[str | None]:
    """A block's clean lines, "" for a blank one and None where a form feed stood; `top`
    for the document's first block."""
    raws = block.text.split("\n")
    if top:
        raws = _top_line_cells(raws)
    if plain_text:  # a text dump may have cut its paragraphs at a fixed width
        raws = join_hanging_lines(unwrap(read_label_columns(raws)))
    if block.list_number:
        raws[0] = f"{block.list_number} {raws[0]}"
    # Blocks are paragraphs or cells: a blank line keeps them apart (blank runs fold later).
    raws.append("")
    # Whether any line may hold a table rule or a dot leader, asked of the block once.
    marked = _may_have_rule_marks(block.text)
    if marked and "|" in block.text:
        raws = join_wrapped_label_cells(raws)
    cleaned: list[str | None] = []
    headings_row: int | None = None  # where a sign-off's column headings end in `cleaned`
    for raw in raws:
        if FORM_FEED in raw:
            cleaned.append(None)
            raw = raw.replace(FORM_FEED, "")
        if not raw:  # nearly half the lines of a text dump
            cleaned.append("")
            continue
        if raw.isascii() and raw.isprintable():
            # `normalise_line`'s plain-ASCII path, inline, with the block's answer for
            # the table and leader rules. Its only space is " ": a line with no run of
            # spaces and none at either end is folded already.
            plain = "  " not in raw and raw[0] != " " and raw[-1] != " "
            text = raw if plain else _fold_spaces(raw)
            if marked and _has_rule_marks(text):
                text = _drop_dot_leaders(_drop_table_rules(text))
        else:
            text = normalise_line(raw)
        if "\n" in text:  # a proforma's table row: its heading, then its body
            cleaned.extend(text.split("\n"))
            continue
        if text[:4] in _SIGNED and (signed := _signed_and_dated(text)):
            cleaned.extend(signed)
            headings_row = len(cleaned) if _SIGNED_DATE_HEADINGS_RE.match(text) else None
        elif headings_row == len(cleaned) and (values := _signature_and_date(text)):
            cleaned[-2:] = [f"{cleaned[-2]}: {values[0]}", f"{cleaned[-1]}: {values[1]}"]
        elif len(text) < _MIN_SPLIT_CHARS or not _may_split(text):
            cleaned.append(text)
        else:
            cleaned.extend(_split_line(text))
    return cleaned


# A signature and its date on one line, as a form's sign-off prints them: "Signed:  P.
# Hartnell          Date:  21/10/2024" is the signature's line and the date's (also "Signature:
# Cllr J. Farrant          Date of decision: 12/08/2024", "Signed: F. Merriman    Date
# published: 13.03.15").
_SIGNED = ("Sign", "SIGN", "sign")
_SIGNED_DATE_RE = regex.compile(
    r"^(?P<signed>(?i:signed|signature)\b.*?)\s+"
    r"(?P<dated>(?i:dated?(?:\s+of\s+decision)?|date\s+published)\s*:\s*(?P<date>\S.*))$"
)


def _signed_and_dated(text: str) -> list[str] | None:
    """The sign-off line cut before its date's label, when what follows is only a date; a
    sign-off's two column headings ("Signature:      Date:", "signed      date", their
    values on the line below) cut apart, so that the date's label stands over its date."""
    headings = _SIGNED_DATE_HEADINGS_RE.match(text)
    if headings is not None:
        return [headings.group("signed"), headings.group("dated")]
    found = _SIGNED_DATE_RE.match(text)
    if found is None:
        bare = _SIGNED_DATE_BARE_RE.match(text)
        if bare is None or not only_a_date(bare.group("date")):
            return None
        return [f"{bare.group('sign')}: {bare.group('who')}", f"Date: {bare.group('date')}"]
    if not only_a_date(found.group("date")):
        return None
    return [found.group("signed"), found.group("dated")]


# ... and the same line with no colons, its columns apart: "Signed   L. Okafor
# Date   10/09/2024" (a mayoral proforma's approvals), read as the labels it means.
_SIGNED_DATE_BARE_RE = regex.compile(
    r"^(?P<sign>(?i:signed|signature))\s+(?P<who>[^:\s][^:]*?)\s+(?i:dated?)\s+(?P<date>\d.*)$"
)


_SIGNED_DATE_HEADINGS_RE = regex.compile(
    r"(?i)^(?P<signed>signed|signature)\s*:?\s+(?P<dated>dated?|date signed)\s*:?$"
)
# "[signed]                  24/07/2018" under them: the two values, the gap closed up.
_VALUES_ROW_RE = regex.compile(r"^(?P<signed>\S.*?)\s+(?P<date>\d{1,2}[./-]\d{1,2}[./-]\d{2,4})$")


def _signature_and_date(text: str) -> tuple[str, str] | None:
    """The signature and the date on the row under a sign-off's two column headings, so
    that each heading is read with its value ("Signature: [signed]", "Date: 24/07/2018")."""
    found = _VALUES_ROW_RE.match(text)
    return (found.group("signed"), found.group("date")) if found is not None else None


# A line longer than this is not a line a person wrote: a text dump with its newlines lost,
# or a hostile file (2 MB of near-miss headings). It is cut at sentence ends so that no
# later pattern ever runs over megabytes.
MAX_LINE_CHARS = 5_000
# Shorter lines hold no inline list or run of labels (see the two functions below).
_MIN_SPLIT_CHARS = 40
_SENTENCE_END_RE = regex.compile(r"(?<=[.;:!?])\s+(?=\S)")


def _may_split(text: str) -> bool:
    """Whether `_split_line` could cut the line: the cheap tests its splitters open with
    (most lines of forty characters and more are prose that neither cuts)."""
    return (
        len(text) > MAX_LINE_CHARS
        or (len(text) >= _MIN_LABELS_LINE and text.count(": ") >= _MIN_INLINE_LABELS)
        or text.count(": ") == 2
        or (text[:4].isupper() and text.count(": ") == 1)
        or (
            _may_open_a_run(text)
            and (text.count(")") >= 2 or ("." in text and _DOT_MARKER_RE.search(text) is not None))
        )
    )


def _split_line(text: str) -> list[str]:
    if len(text) <= MAX_LINE_CHARS:
        return [
            piece for part in split_inline_labels(text) for piece in split_inline_enumeration(part)
        ]
    pieces: list[str] = []
    for sentence in _SENTENCE_END_RE.split(text):
        while len(sentence) > MAX_LINE_CHARS:  # no sentence end for 5,000 characters
            cut = sentence.rfind(" ", 0, MAX_LINE_CHARS)
            cut = cut if cut > 0 else MAX_LINE_CHARS
            pieces.append(sentence[:cut])
            sentence = sentence[cut:].lstrip()
        pieces.append(sentence)
    return pieces


# Inline list markers: "(a) ", "b) ", "(ii) ", "2. " (the last only before a capital letter),
# as in "Content: The Cabinet has (a) approved ...; (b) agreed ...; and (c) granted ...".
# Each marker stands at the start or after a space or a colon, semicolon or comma (a stop
# only after a space): the test is made once, before the alternatives, and as a negative
# lookbehind of one character ("not after anything else"), not an alternation of "^" and a
# class, which `regex` tried at every character of a long line at twice the cost.
_INLINE_MARKER_RE = regex.compile(
    r"(?<![^\s:;,])"
    r"(?:\((?P<tok>[a-z]|[ivx]{1,4}|\d{1,2})\)"
    r"|(?P<tok>[a-z]|[ivx]{1,4}|\d{1,2})\)"
    r"|(?<!\S)(?P<tok>[a-z]|\d{1,2})\.(?=\s+[A-Z]))\s",
)
# Cheap pre-check before the full scan: " 2. " or " b. " somewhere (no backtracking).
_DOT_MARKER_RE = regex.compile(r"\s(?:\d{1,2}|[a-z])\.\s")


def _is_reference(piece: str) -> bool:
    """ "(a) and" / "1. Introduction and": a marker in a cross-reference, not an item."""
    words = piece.split()[1:]
    return len(words) < 2 or (len(words) < 4 and words[-1].lower() in ("and", "or", "to"))


# Words that name an item by its number: "Decision (1) may be called in by 5pm on Monday
# 21 March 2016. Decision (2) is a recommendation to Council ..." speaks of items.
_ITEM_NOUNS = frozenset(
    "decision decisions resolution resolutions recommendation recommendations paragraph "
    "paragraphs item items section sections option options appendix appendices".split()
)


def _names_an_item(text: str, cut: int) -> bool:
    """The marker at `cut` follows a noun naming an item: a reference, not a list item."""
    before = text[max(0, cut - 20) : cut].split()
    return bool(before) and before[-1].lower() in _ITEM_NOUNS


_SEQUENCES: tuple[tuple[str, ...], ...] = (
    tuple("abcdefghijklmnopqrstuvwxyz"),
    ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"),
    tuple(str(n) for n in range(1, 41)),
)


def _may_open_a_run(text: str) -> bool:
    """Whether `text` may hold the two markers every run that `_sequence_cuts` cuts at
    starts with: the first two of a sequence ("(a)" then "(b)", "i)" then "ii)", "1." then
    "2."), each before a bracket or a stop. (Substring tests, spelt out: they spare the
    marker pattern's scan of most long lines, and run on every one.)"""
    return (
        (("a)" in text or "a." in text) and ("b)" in text or "b." in text))
        or (("i)" in text or "i." in text) and ("ii)" in text or "ii." in text))
        or (("1)" in text or "1." in text) and ("2)" in text or "2." in text))
    )


def split_inline_enumeration(text: str) -> list[str]:
    """Split "... (a) x; (b) y; and (c) z" into lines, one per item; other lines pass."""
    if len(text) < _MIN_SPLIT_CHARS or (
        text.count(")") < 2 and ("." not in text or not _DOT_MARKER_RE.search(text))
    ):
        return [text]
    if not _may_open_a_run(text):
        return [text]
    markers = [(m.start(), m.group("tok")) for m in _INLINE_MARKER_RE.finditer(text)]
    cuts = _sequence_cuts(markers)
    if not cuts or any(_names_an_item(text, cut) for cut in cuts):
        return [text]
    pieces = [text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    # Items are clauses: "paragraphs (a) and (b) of the report" is a reference, not a list.
    if any(_is_reference(piece) for piece in pieces[1:-1]):
        return [text]
    return [piece for piece in pieces if piece]


def _runs_over_lines(paragraph: list[str]) -> bool:
    """Whether a run of inline list markers spans the paragraph's lines, none of its markers
    opening a line (a list set out one item to a line is read as it stands)."""
    if any("|" in line or line.lstrip()[:2] in ("+-", "+=") for line in paragraph):
        return False  # a table drawn in characters keeps its rows (its cells hold the items)
    if not any("(" in line or ")" in line or "." in line for line in paragraph[1:]):
        return False  # (no marker past the first line: nothing runs over them)
    starts: list[int] = []
    text = ""
    for line in paragraph:
        starts.append(len(text) + 1 if text else 0)
        text = f"{text} {line.strip()}" if text else line.strip()
    if not _may_open_a_run(text):
        return False  # (most paragraphs: no two markers of a run)
    markers = [(m.start(), m.group("tok")) for m in _INLINE_MARKER_RE.finditer(text)]
    cuts = _sequence_cuts(markers)
    if len(cuts) < _MIN_RUN_MARKERS or any(cut in starts for cut in cuts):
        return False
    lines_cut = {sum(1 for start in starts if start <= cut) for cut in cuts}
    return len(lines_cut) > 1


_MIN_RUN_MARKERS = 2


def _inline_runs_rejoined(lines: list[Line], breaks: list[int]) -> tuple[list[Line], list[int]]:
    """`lines` with each paragraph whose inline list runs on over its lines joined and cut at
    its markers, for `split_inline_enumeration` does so only within a line: "... DECIDED
    that: (1) the allocation of £398,000 from" / "the Rural England Prosperity Fund ... be
    approved; (2) the allocation of £142,000" / "to the village halls ... be approved; and
    (3)" / ... (a text dump's hard-wrapped paragraph, or a Word or web rendering that kept
    a PDF's lines, each its own block); offsets counted again, `breaks` moved."""
    rebuilt: list[Line] = []
    moved: dict[int, int] = {}
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and lines[end].text:
            end += 1
        end = max(end, index + 1)
        texts = [line.text for line in lines[index:end]]
        kept_breaks = not any(index < b < end for b in breaks)
        if end - index > 1 and kept_breaks and _runs_over_lines(texts):
            page = lines[index].page
            moved[index] = len(rebuilt)
            pieces = split_inline_enumeration(" ".join(texts))
            rebuilt.extend(_new_line(Line, (piece, 0, page)) for piece in pieces)
        else:
            for at in range(index, end):
                moved[at] = len(rebuilt)
                rebuilt.append(lines[at])
        index = end
    if len(rebuilt) == len(lines) and all(a is b for a, b in zip(rebuilt, lines, strict=True)):
        return lines, breaks
    offset = 0
    for at, line in enumerate(rebuilt):
        rebuilt[at] = _new_line(Line, (line.text, offset, line.page))
        offset += len(line.text) + 1
    return rebuilt, [moved.get(b, b) for b in breaks]


def _sequence_cuts(markers: list[tuple[int, str]]) -> list[int]:
    """Offsets of markers that form a run of two or more consecutive list numbers."""
    cuts: list[int] = []
    for sequence in _SEQUENCES:
        run: list[int] = []
        for offset, token in markers:
            expected = sequence[len(run)] if len(run) < len(sequence) else None
            if token == expected:
                run.append(offset)
            elif token == sequence[0]:
                run = [offset]
            if len(run) >= 2 and run[-1] == offset:
                cuts.extend(o for o in run if o not in cuts)
    return sorted(o for o in set(cuts) if o > 0)


# An aggregator flattens a whole record onto one line: "Decision Number: PH/2024/0412
# Decision Maker: Cabinet Member for Environment Date of Decision: 18/11/2024 Title: ...".
_COLON_RE = regex.compile(r":\s")
_MIN_INLINE_LABELS = 3
_MIN_LABELS_LINE = 120  # a shorter line holds no run of three labels
_MAX_LABEL_WORDS = 6


def split_inline_labels(text: str) -> list[str]:
    """Cut a line before each label it runs together, when it runs three or more, or two
    where the first holds only a date; and a heading in capitals from a dated label beside
    it (`_heading_beside_dated_label`)."""
    if text.count(": ") == 2:
        return _two_dated_labels(text)
    if text.count(": ") == 1 and ", " in text and _SIGNER_THEN_DATE_RE.match(text):
        # "A. Rowntree, Chief Executive Date: 3 April 2024" under "Signed:": who signed,
        # then the date label of the sign-off beside it
        cut = text.rfind(" Date: ")
        return [text[:cut], text[cut + 1 :]]
    if text[:4].isupper() and text.count(": ") == 1:
        return _heading_beside_dated_label(text)
    if len(text) < _MIN_LABELS_LINE or text.count(": ") < _MIN_INLINE_LABELS:
        return [text]
    cuts = [cut for m in _COLON_RE.finditer(text) if (cut := _label_start(text, m.start())) > 0]
    if len(cuts) + 1 < _MIN_INLINE_LABELS:
        return [text]
    bounds = [0, *sorted(set(cuts)), len(text)]
    return [text[a:b].strip() for a, b in itertools.pairwise(bounds) if text[a:b].strip()]


# A signer's name and office (a comma between, no colon), then "Date:" and only a date.
_SIGNER_THEN_DATE_RE = regex.compile(
    r"[A-Z][^:,]{0,40}, [^:]{2,60}? Date: (?:\p{L}+,? )?\d{1,2}(?:st|nd|rd|th)?[ /.-]"
    r"(?:\p{L}+|\d{1,2})[ /.-]\d{2,4}$"
)


def _two_dated_labels(text: str) -> list[str]:
    """ "Meeting: 8 January 2015          Published: 12 January 2015": two labels on one
    line of a form (its gap closed up), cut apart where the first holds a date or a nil,
    or the second a date ("Decision reference: CMD/2012/034   Issue date: 9 July 2012"),
    or the first is a signature ("Signed: P. Halloran   Date of Decision: 3 June 2014",
    the office under it perhaps joined on); any other line of two colons is left whole
    ("Note: the deadline is 5pm: see below")."""
    first = text.find(": ")
    second = text.find(": ", first + 2)
    start = _label_start(text, second)
    if start <= first:
        return [text]
    signature = is_signature_label(text[:first])
    known = classify(text[:first], strict=True)
    if known is None and not signature:
        return [text]
    value = text[first + 2 : start].strip()
    # ("INTERESTS DECLARED:  None      DISPENSATION GRANTED:  None" too)
    if only_a_date(value) or _short_nil(value):
        return [text[:start].strip(), text[start:]]
    then = classify(text[start:second], strict=True)
    if then is None or then[0] != "meta":
        return [text]
    if signature:
        return [text[:start].strip(), text[start:]]
    if known is None:
        return [text]
    # (not a bare "Date", which dates what the first label names: "Proper Officer: Head of
    # Legal Services   Date: 24 June 2011", the day it was signed off)
    named = text[start:second].lower() != "date"
    if known[0] == "meta" and named and only_a_date(text[second + 2 :]):
        return [text[:start].strip(), text[start:]]
    return [text]


SIGNATURE_LABELS = frozenset({"signed", "signature", "signed by"})


def is_signature_label(label: str) -> bool:
    """ "Signed", "Signature", and whose it is: "Mayor's signature", "Signature of
    Decision Maker"."""
    lowered = label.lower().strip()
    return (
        lowered in SIGNATURE_LABELS
        or lowered.endswith(("'s signature", "’s signature"))
        or lowered.startswith("signature of ")
    )


def _heading_beside_dated_label(text: str) -> list[str]:
    """ "DRAFT MINUTES FOR PUBLICATION          Date of publication: 11 March 2026": a
    heading in capitals and, in the page's other column, a dated fact's label and its date,
    cut apart (the date's label read as one, the heading as the header's line)."""
    colon = text.find(": ")
    start = _label_start(text, colon)
    if start <= 0 or not text[:start].strip().isupper():
        return [text]
    known = classify(text[start:colon], strict=True)
    if known is None or known[0] != "meta" or not only_a_date(text[colon + 2 :]):
        return [text]
    return [text[:start].strip(), text[start:]]


def _short_nil(value: str) -> bool:
    """A value of a word or two that says none ("None", "N/A", "Not applicable"), which
    ends a form's label as a date does."""
    return bool(value) and len(value.split()) <= _MAX_NIL_WORDS and is_nil(value)


_MAX_NIL_WORDS = 2


# A word, matched from the end backwards (`(?r)`): the same runs of non-space as `\S+`.
_WORD_BACKWARDS_RE = regex.compile(r"(?r)\S+")


def _label_start(text: str, colon: int) -> int:
    """Where the label ending at `colon` starts: of the words before it that could belong to
    a label ("... for Environment | Date of Decision:"), the longest run the heading
    vocabulary knows."""
    # The last words before the colon, read backwards from it: a flattened record's one line
    # ("Decision Number: PH/2024/0412 Decision Maker: ... Date of Decision: ...") holds
    # hundreds of words, and reading them all at every colon made the line cost grow as
    # its square.
    words = list(itertools.islice(_WORD_BACKWARDS_RE.finditer(text, 0, colon), _MAX_LABEL_WORDS))
    words.reverse()
    run = 0
    for word in reversed(words):
        parts = word.group(0).strip("()'?").lower().replace("-", " ").split()
        if not parts or not _LABEL_VOCABULARY.issuperset(parts):
            break
        run += 1
    for count in range(run, 0, -1):
        first = words[-count]
        label = text[first.start() : colon]
        if label[:1].isupper() and classify(label, strict=True) is not None:
            return first.start()
    return -1


# Every word a label may be made of, from the rows' examples: the section headings' words
# and those of the fact labels and other headings ("Decision Number", "Publication Date",
# "Wards affected"); one set test per word ("Decision" in "Date of Decision").
_LABEL_VOCABULARY = HEADING_WORDS | example_words(FACT_LABELS + OTHER_HEADINGS, labels=True)
