"""From parts to fields: which section feeds which field, its clean text and its provenance."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import regex

from ..structure.headings import classify
from ..structure.normalise import Layout, Line
from ..structure.sections import (
    Fact,
    Part,
    Split,
    label_value_lines,
    subtitle_after_colon,
    wrapped_word_before_colon,
)
from ..structure.unwrap import left_open
from ..wording.dates import find_first_date
from ..wording.lines import says_welsh
from ..wording.vocabulary import FIELDS, RUN_ON_WORDS, runs_on_from
from .provenance import Span, line_span, offsets_span

# A title-family section longer than this is a summary ("The subject of the decision: For
# each financial year the billing authority must ..."), not a title.
_MAX_TITLE_CHARS = 250

# A section as read: the keyword arguments of the contract's `Section`. The Pydantic models
# are made once, when the record is (build._record), not stage by stage.
SectionRead = dict[str, str | int | None]


@dataclass
class FieldSections:
    """The field sections of a record, and the header lines before the first of them."""

    layout: Layout
    by_field: dict[str, list[Part]] = field(default_factory=dict)
    sections_read: list[SectionRead] = field(default_factory=list)
    """Each section as the contract's `Section` takes it (validated once, with the record)."""
    header_lines: list[str] = field(default_factory=list)
    numbered: list[Part] = field(default_factory=list)
    unknown: list[Part] = field(default_factory=list)
    spans: dict[int, tuple[int, int]] = field(default_factory=dict)
    """The body offsets of each field part, by its heading line (worked out once)."""
    wrapper: Part | None = None
    """A "Decision of the Mayor of West Yorkshire" heading over a form's own sections (its
    title, then "Decision"): who decided, though the decision is under another heading."""

    def span_of(self, part: Part) -> tuple[int, int]:
        """`body_span` of a part, remembered."""
        span = self.spans.get(part.line)
        if span is None:
            span = self.spans[part.line] = body_span(self.layout, part)
        return span

    @property
    def sections(self) -> bool:
        return bool(self.by_field)

    def all_parts(self) -> list[Part]:
        """Every field part, in document order, each once."""
        unique = {p.line: p for parts in self.by_field.values() for p in parts}
        return [unique[line] for line in sorted(unique)]

    def first(self, name: str) -> Part | None:
        parts = self.by_field.get(name)
        return parts[0] if parts else None

    def body_of(self, part: Part) -> str:
        """`body_text` of a part, from its remembered offsets."""
        start, end = self.span_of(part)
        return self.layout.text[start:end].strip()

    def text_of(self, name: str) -> str | None:
        part = self.first(name)
        if part is None:
            return None
        start, end = self.span_of(part)
        return self.layout.text[start:end].strip()

    @property
    def decision(self) -> Part | None:
        return self.first("decision")

    @property
    def decision_inline(self) -> str:
        part = self.decision
        return part.heading.value if part is not None and part.heading else ""

    @property
    def decided_by(self) -> str | None:
        part = self.decider_part
        return part.heading.who if part is not None and part.heading is not None else None

    @property
    def decider_part(self) -> Part | None:
        """The part whose heading names who decided: the decision's ("Decision of the
        Leader"), else the wrapper's over a form's own sections (`wrapper`)."""
        part = self.decision
        if part is not None and part.heading is not None and part.heading.who:
            return part
        return self.wrapper

    @property
    def title_text(self) -> str | None:
        """The title section's text ("" when it is empty); None when there is no strong
        title heading ("Title of Item/Report", or section 1)."""
        part = self._title_part()
        if part is None or part.heading is None or not _strong_title(part):
            return None
        return self._title_of(part)

    @property
    def weak_title_text(self) -> str | None:
        part = self._title_part()
        if part is None:
            return None
        text = self._title_of(part)
        return text if len(text) <= _MAX_TITLE_CHARS else None

    @property
    def weak_title_inline(self) -> bool:
        """Whether the title section is a colon label with its value on its line ("Subject:
        ..."; not a dash's run-in label, "Report - Award of Contract PDF 221 KB", a link)."""
        part = self._title_part()
        heading = part.heading if part is not None else None
        if part is None or heading is None or heading.run_in:
            return False
        # ("Pwnc / Subject:" over its value on the next line, a colon label all the same)
        return bool(heading.value) or self.layout.lines[part.line].text.endswith(":")

    def _title_part(self) -> Part | None:
        return next((p for p in self.by_field.get("title", []) if _names_something(p)), None)

    def title_span(self) -> Span | None:
        """Where the title section's text (`title_text`, `weak_title_text`) was read: the
        label's value and its wrapped lines, or the section's body."""
        part = self._title_part()
        if part is None:
            return None
        lines = self.layout.lines
        if part.heading is not None and part.heading.value:
            start = lines[part.line].start + part.heading.value_col
            return offsets_span(start, lines[_title_value_end(lines, part)].end, "label")
        return offsets_span(*self._title_body(part), "section")

    def _title_body(self, part: Part) -> tuple[int, int]:
        """Offsets of the title section's body: its first paragraph when the next is other
        matter ("Title:" / "Disabled Facilities Grants ..." / "Report of the Head of Housing,
        dated 3 November 2025"); a proforma's numbered section keeps its whole body."""
        start, end = self.span_of(part)
        if part.heading is None or part.heading.number is not None:
            return start, end
        lines = self.layout.lines
        first = next((i for i in range(part.body_start, part.body_end) if lines[i].text), None)
        if first is None:
            return start, end
        stop = _first_paragraph(self.layout, part, first).stop
        if _other_matter(lines, stop, part):
            return start, min(end, lines[stop - 1].end)
        # ... or its wrapped end is the next paragraph, and other matter follows that:
        # "Adoption of the Berkhamsted Conservation Area Appraisal and" / "Management Plan" /
        # "I, Councillor Ruth Haddow, Portfolio Holder for ..." (cells a rendering set apart)
        wrapped = next((i for i in range(stop, part.body_end) if lines[i].text), None)
        cut = wrapped is not None and (
            runs_on_from(lines[stop - 1].text) or lines[wrapped].text[:1].islower()
        )
        after = _first_paragraph(self.layout, part, wrapped).stop if cut else 0
        if cut and _other_matter(lines, after, part):
            return start, min(end, lines[after - 1].end)
        # "Whitechapel Road Street Market - Pitch Fees and" / "Trading Hours Review
        # 2017/18" / "Report of:": the title's paragraphs end at a label the headings do
        # not know, or at a heading of one word ("CYMRAEG" over a bilingual record's half)
        label = next(
            (
                i
                for i in range(stop, part.body_end)
                if lines[i].text.endswith(":") or _heading_word(lines, i)
            ),
            None,
        )
        if label is not None:
            last = max(i for i in range(first, label) if lines[i].text)
            end = min(end, lines[last].end)
        return start, end

    def _title_of(self, part: Part) -> str:
        if part.heading is not None and part.heading.value:
            # "Subject: ..." on one line, perhaps wrapped onto the next, never the labels below
            lines = self.layout.lines
            last = _title_value_end(lines, part)
            more = [line.text for line in lines[part.line + 1 : last + 1] if line.text]
            return _one_line(" ".join([part.heading.value, *more]))
        start, end = self._title_body(part)
        body = self.layout.text[start:end]
        if not body.strip():
            return self._title_split_at_colon(part)
        english = _english_line(part.heading.label, body) if part.heading is not None else None
        return _one_line(english or body)

    def _title_split_at_colon(self, part: Part) -> str:
        """A title that a page set out as a label and its value, right under its heading:
        "Decision Proposed" / "Extra Care Housing - Ulverston:" / "Development Agreement"
        (no heading the record knows, so no section of its own)."""
        lines = self.layout.lines
        below = next((i for i in range(part.line + 1, len(lines)) if lines[i].text), None)
        split_off = next((u for u in self.unknown if u.line == below), None)
        if split_off is None or split_off.heading is None or split_off.heading.value:
            return ""
        value = next(
            (
                lines[i].text
                for i in range(split_off.body_start, split_off.body_end)
                if lines[i].text
            ),
            "",
        )
        return _one_line(f"{split_off.heading.label}: {value}") if value else ""


def _english_line(label: str, body: str) -> str | None:
    """The English line of a bilingual title under a bilingual label: "Title / Teitl:" over
    "Roath Park Lake - Desilting Works" / "Llyn Parc y Rhath - Gwaith Dadsiltio", the line
    in the place the label's English half stands (the half a heading is known by)."""
    lines = [line for line in body.splitlines() if line.strip()]
    place = _english_place(label) if len(lines) == 2 else None
    if place is None or runs_on_from(lines[0]):
        # ("Proposed 20mph Speed Limit - Heol y Ffynnon and Adjoining Roads," / "Tonypandy":
        # one title wrapped, a Welsh street's name in it)
        return None
    english, welsh = lines if place == 0 else lines[::-1]
    # (one title wrapped onto two lines is no pair: "The County Borough of Conwy (Station
    # Road, Llanrwst)" / "(Prohibition of Waiting) Order 2019")
    if says_welsh(welsh) and not says_welsh(english):
        return english
    # ... but two that print the same figures are: "Parks Volunteer Grant Scheme 2021/22" /
    # "Cynllun Grantiau Gwirfoddolwyr Parciau 2021/22"
    figures = [_FIGURE_RE.findall(line) for line in lines]
    return english if figures[0] and figures[0] == figures[1] else None


_FIGURE_RE = regex.compile(r"\d[\d/.-]*")


def _title_value_end(lines: tuple[Line, ...], part: Part) -> int:
    """The last line of a title label's value: its own, the lines it wraps onto, or the
    paragraph after it where the value stops on a joining word ("Proposed Controlled
    Parking Zone – Welling Station (Zone WS) –" / "outcome of statutory consultation", the
    wrapped end of a table cell that a rendering set apart as a paragraph)."""
    assert part.heading is not None
    # The lines the value wraps onto, then the paragraph under the last of them: a cell's
    # last wrapped line that a rendering set apart ("Decision title: Winter Service 2024/25
    # - Call-off of" / "De-icing Salt from the Regional" / "" / "Framework").
    last = part.line + label_value_lines(lines, part.line + 1, lenient=True)
    value = lines[last].text if last > part.line else part.heading.value
    if value.endswith((".", ";", "!", "?")):
        return last
    below = next(
        (i for i in range(last + 1, min(last + 3, part.body_end)) if lines[i].text),
        None,
    )
    if below is None:
        return last
    end = lines[below].text
    if not _ends_a_wrapped_title(end) and not wrapped_word_before_colon(value, end):
        return last
    if (
        _stops_on_joining_word(value)
        or _goes_on_from(end)
        # ("... junction improvement at Church Road, Kingsnorth:" / "approval to make the
        # Compulsory Purchase Order": a title's subtitle after its colon)
        or (value.endswith(":") and end[:1].islower())
        or _alone_before_next_heading(lines, part, below)
        or (_YEAR_RANGE_RE.fullmatch(end) is not None and not _YEAR_END_RE.search(value))
        or _end_before_form_row(lines, part, value, below)
        or wrapped_word_before_colon(value, end)
        or _closes_its_bracket(value, end)
    ):
        return _paragraph_end(lines, below, part.body_end)
    return last


# The most lines of a title's wrapped end, a paragraph apart.
_MAX_END_LINES = 3


def _paragraph_end(lines: tuple[Line, ...], first: int, stop: int) -> int:
    """The last line of the paragraph at `first` ("(Round 2) grant and purchase of four" /
    "homes for resettlement"), no further than `stop` or a few lines."""
    last = first
    while last + 1 < min(stop, first + _MAX_END_LINES) and lines[last + 1].text:
        last += 1
    return last


def _closes_its_bracket(value: str, end: str) -> bool:
    """`end` closes the bracket `value` left open: "Report title: Award of Contracts for
    Home to School Transport Routes (Spring" / "Term 2024)", a cell's wrapped end that a
    rendering set apart."""
    return left_open(value) and end.count(")") > end.count("(")


# A value this long filled its cell's line and may have wrapped (as a minute's heading).
_WRAPPED_VALUE_CHARS = 50
_MAX_CELL_END_WORDS = 5


def _end_before_form_row(lines: tuple[Line, ...], part: Part, value: str, below: int) -> bool:
    """The paragraph at `below` is a long value's wrapped end, set apart by a rendering,
    with the form's next row under it: "Title: Supported Local Bus Services - Award of
    Contracts for Rural" / "Routes 2025-2028" / "Report From: Director of Universal
    Services" (a label the headings do not know, so the title's section runs on)."""
    end = lines[below].text
    if len(value) < _WRAPPED_VALUE_CHARS or len(end.split()) > _MAX_CELL_END_WORDS:
        return False
    if not end[:1].isupper() or end.endswith((",", ";", "?")):
        return False
    row = next((x.text for x in lines[below + 1 : part.body_end] if x.text), "")
    return _LABEL_AND_VALUE_RE.match(row) is not None and not subtitle_after_colon(row)


# A title that already ends on its year ("Fees and Charges 2025/26") has no other below it.
_YEAR_END_RE = regex.compile(r"(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?\)?$")


def _alone_before_next_heading(lines: tuple[Line, ...], part: Part, below: int) -> bool:
    """The paragraph at `below` is all that stands between a title label and the next
    label or heading: a table cell's wrapped end that a rendering set apart ("Subject:
    Write-off of irrecoverable business rates debts - Quarter 1" / "2023/24" / "Decision").
    """
    if part.body_end >= len(lines) or lines[below].text[:1].islower():
        return False
    if _other_matter(lines, below, part):
        return False  # "Report of the Head of Housing, dated 3 November 2025"
    return not any(lines[i].text for i in range(below + 1, part.body_end))


def _goes_on_from(text: str) -> bool:
    """A paragraph that carries on the title above it: a dash and a subtitle ("– revised
    tariff"), a few words in lower case ("centre", "improvements (Phase 2)"), or a note in
    brackets and lower-case words after it ("(Round 2) grant and purchase of four"), a
    wrapped cell's end that a rendering set apart."""
    words = text.split()
    if text[:1] == "(" and (close := text.find(") ")) > 0:
        return text[close + 2 : close + 3].islower()
    return bool(words) and (
        words[0] in ("-", "–", "—") or (text[:1].islower() and len(words) <= _MAX_LOWER_END_WORDS)
    )


_MAX_LOWER_END_WORDS = 4


def _stops_on_joining_word(value: str) -> bool:
    """The value stops mid-phrase: on a dash, a comma ("... plot 4B, Skylon Park," over "to
    Marches Precision Components Ltd") or a joining word."""
    last = value.rsplit(" ", 1)[-1]
    return last in ("-", "–", "—") or last.endswith(",") or last.lower() in RUN_ON_WORDS


def _ends_a_wrapped_title(text: str) -> bool:
    """A short line of words, no sentence and no label: the rest of a wrapped title."""
    return (
        len(text.split()) <= _MAX_TITLE_END_WORDS
        and not text.endswith((".", ":"))
        and (": " not in text or subtitle_after_colon(text))
        and (not text[:1].isdigit() or _YEAR_RANGE_RE.fullmatch(text) is not None)
    )


# A financial year alone, the end of a wrapped title: "2023/24", "2025-26", "2025–2027".
_YEAR_RANGE_RE = regex.compile(r"(?:19|20)\d\d[/–-]\d\d(?:\d\d)?")


_MAX_TITLE_END_WORDS = 12


def _other_matter(lines: tuple[Line, ...], stop: int, part: Part) -> bool:
    """Whether the paragraph after a title's first (from `stop`) is about something else: a
    sentence, or a line that dates a report ("Report of the Head of Housing, dated 3
    November 2025"), not the title's wrapped end ("... Final Report of Adult" / "Social
    Care and Health Select Committee", cell paragraphs in a rendering)."""
    at = next((i for i in range(stop, part.body_end) if lines[i].text), None)
    following = lines[at].text if at is not None else ""
    return bool(following) and (
        following.endswith((".", ":"))  # a sentence, or a lead-in: "... resolved that:"
        or (at is not None and _heading_word(lines, at))
        # the decider speaking: "I, Councillor Peter Halloran, Portfolio Holder for ..."
        or following.startswith(("I, ", "I "))
        or find_first_date(following) is not None
        or (
            _LABEL_AND_VALUE_RE.match(following) is not None and not subtitle_after_colon(following)
        )
    )


_MIN_HEADING_WORD_CHARS = 4


def _heading_word(lines: tuple[Line, ...], at: int) -> bool:
    """A heading of one word in capitals, a paragraph of its own: "CYMRAEG" over a bilingual
    record's Welsh half (not a wrapped title's end: "... INVESTMENT FUND -" / "APPROVAL", or
    a title in capitals over its last word, "... NO WAITING AT ANY TIME" / "RESTRICTIONS")."""
    text = lines[at].text
    above = next((lines[i].text for i in range(at - 1, -1, -1) if lines[i].text), "")
    return (
        " " not in text
        and text.isupper()
        and len(text) >= _MIN_HEADING_WORD_CHARS
        and not lines[at - 1].text
        and not runs_on_from(above)
        and not above.isupper()
    )


# "Ward(s) or groups affected: All wards" under a title: a form's next label, with its value.
_LABEL_AND_VALUE_RE = regex.compile(r"[A-Z][\w()'’,/-]*(?: [\w()'’,/-]+){0,7}: \S.{0,60}$")


def _first_paragraph(layout: Layout, part: Part, start: int | None = None) -> range:
    """The lines of a part's body from `start` (its first line) up to the next blank."""
    begin = part.body_start if start is None else start
    end = begin
    while end < part.body_end and layout.lines[end].text:
        end += 1
    return range(begin, end)


def _value_start(layout: Layout, part: Part) -> int:
    """Where a label's value starts: its body's first line with text, for a colon label with
    no value on its line ("Report author:" / "" / "Priya Natarajan"); else its body's start
    ("MINUTES" over "" / "Cabinet", a page's heading, keeps the paragraph under it)."""
    lines = layout.lines
    if part.heading is None or part.heading.value or not lines[part.line].text.endswith(":"):
        return part.body_start
    return next(
        (i for i in range(part.body_start, part.body_end) if lines[i].text), part.body_start
    )


def _names_something(part: Part) -> bool:
    """ "Item: 7" numbers the item; the title is elsewhere ("Subject: ...")."""
    heading = part.heading
    return heading is None or not heading.value or not _NUMBER_ONLY_RE.fullmatch(heading.value)


_NUMBER_ONLY_RE = regex.compile(r"[\dA-Za-z]{0,3}[\d./-]*")


def _strong_title(part: Part) -> bool:
    """A title heading that says it is one ("Title of Item/Report", section 1), or a CMIS
    page's "Decision Proposed" over the decision's title."""
    assert part.heading is not None
    label = part.heading.label.lower()
    return (
        part.heading.number is not None
        or "title" in label
        or label == "decision proposed"
        or part.heading.name == "decision"  # (`_title_under_decision`: "Decision Taken")
    )


def _one_line(text: str) -> str:
    return " ".join(text.split())


def body_span(layout: Layout, part: Part) -> tuple[int, int]:
    """Offsets of the part's body in the record's text (inline values included)."""
    lines = layout.lines
    heading = part.heading
    start_line = lines[part.line]
    if heading is not None and heading.value:
        start = start_line.start + heading.value_col
    else:
        first = next((i for i in range(part.body_start, part.body_end) if lines[i].text), None)
        start = lines[first].start if first is not None else start_line.end
        if first is not None and start_line.text[:1].isdigit():
            start += _own_paragraph_number(start_line.text, lines[first].text)
        elif first is not None and heading is not None and " / " in heading.label:
            english = _english_half(heading.label, lines, first, part.body_end)
            start = lines[english].start if english is not None else start
    end = start
    for index in range(part.body_end - 1, part.body_start - 1, -1):
        if lines[index].text:
            end = lines[index].end
            break
    if heading is not None and heading.value and end <= start:
        # (the value as read: "(Reason for decision: To monitor ...)" ends before its bracket)
        end = min(start_line.end, start + len(heading.value))
    return start, max(start, end)


def _english_place(label: str) -> int | None:
    """Where a bilingual label's English half stands (0 first, 1 second): the half a
    heading is known by ("Title / Teitl", "RHESYMAU / REASONS"); None for any other label."""
    separator = " / " if " / " in label else " | " if " | " in label else ""
    if not separator:
        return None
    first, _, second = label.partition(separator)
    known = [classify(half.strip(" :")) is not None for half in (first, second)]
    return known.index(True) if known in ([True, False], [False, True]) else None


def _english_half(label: str, lines: tuple[Line, ...], first: int, end: int) -> int | None:
    """The English line of a bilingual section's body, Welsh first as its label is
    ("RHESYMAU / REASONS" over "Mae'r Cynllun yn ofynnol dan Safonau'r Gymraeg." / "The
    Plan is required under the Welsh Language Standards."): two sentences, one a line."""
    body = [i for i in range(first, end) if lines[i].text]
    if len(body) != 2 or _english_place(label) != 1:
        return None
    welsh, english = (lines[i].text for i in body)
    if not welsh.endswith(".") or not english[:1].isupper() or says_welsh(english):
        return None
    if not says_welsh(welsh):
        return None  # (English first, then what a page break left under it: both kept)
    return body[1]


def _own_paragraph_number(heading: str, first: str) -> int:
    """The length of the number that opens a section's first line where it carries on its
    heading's own ("6.3 Reasons for Decision" over "6.3.1 The proposed model ..."): the
    minute's paragraph number, no part of the reasons."""
    number = heading.split(None, 1)[0].rstrip(".")
    if not first.startswith(number + "."):
        return 0
    found = _SUB_NUMBER_RE.match(first, len(number))
    return found.end() if found is not None else 0


_SUB_NUMBER_RE = regex.compile(r"\.\d{1,2}\.?\s+")


def body_text(layout: Layout, part: Part) -> str:
    start, end = body_span(layout, part)
    return layout.text[start:end].strip()


def collect_sections(layout: Layout, split: Split, log: object) -> FieldSections:
    """Group field parts by field and make the Section models, in document order."""
    found = FieldSections(layout)
    # (a dated call-in row at the top, "LAST DATE FOR CALL IN: ...", is the header's)
    header_rows = [p for p in split.parts if _dated_call_in_row(p)]
    first_field = next(
        (
            p.line
            for p in split.parts
            if p.heading is not None and p.heading.kind == "field" and p not in header_rows
        ),
        len(layout.lines),
    )
    if header_rows:
        # ... and the header under it ends at the next heading of any kind ("PRESENT:")
        below = header_rows[-1].body_end
        first_field = min(
            first_field,
            next((p.line for p in split.parts if p.line >= below and p.heading), first_field),
        )
    skip = {i for fact in split.facts for i in range(fact.line, max(fact.end, fact.line + 1))}
    skip |= {i for p in header_rows for i in range(p.line, p.body_end)}
    skip |= {p.line for p in split.parts if p.heading}
    # The lines under "Present:", "Apologies:" and the like are names, never the title
    # (a paragraph apart, as a rendering sets a label's value: "Report author:" / "" /
    # "Priya Natarajan, Head of Commissioning").
    skip |= {
        i
        for p in split.parts
        if p.heading and p.heading.kind == "other" and p.heading.name == "other"
        for i in _first_paragraph(layout, p, _value_start(layout, p))
    }
    found.header_lines = [
        line.text for index, line in enumerate(layout.lines[:first_field]) if index not in skip
    ]
    flag_reason = _call_in_flags_reason(layout, split)
    key_reason = _key_decision_reason(layout, split)
    titled = _title_under_decision(layout, split)
    for part in split.parts:
        if part.heading is None:
            continue
        set_apart = (flag_reason, key_reason)
        names = [name for name in _fields_fed(part) if (name, part.line) not in set_apart]
        names = ["title"] if part.line == titled else names
        for name in names:
            found.by_field.setdefault(name, []).append(part)
        if part.heading.number is not None:
            found.numbered.append(part)
        if part.heading.kind == "unknown":
            found.unknown.append(part)
        if part.heading.name == "wrapper" and part.heading.who and found.wrapper is None:
            found.wrapper = part
        found.sections_read.append(_section_read(layout, part, names[0] if names else None, found))
    # "Why is the decision needed?" over the background, then "Reasons" over why this
    # option was chosen; "7 Summary of decision:" (a sentence) over "8 Decision(s) taken:"
    # (the numbered decisions): where a form has both, the section that states them first (a
    # form with only the question, or only the summary, gives them there)
    _stated_first(found.by_field.get("reasons"), _asks_why)
    _stated_first(found.by_field.get("decision"), _summarises)
    return found


def _stated_first(parts: list[Part] | None, aside: Callable[[Part], bool]) -> None:
    """Put the first of a field's parts that is not `aside` (a question about the field, a
    summary of it) before the rest, where an aside comes first."""
    if not parts or len(parts) < 2 or not aside(parts[0]):
        return
    stated = next((p for p in parts if not aside(p)), None)
    if stated is not None:
        parts.remove(stated)
        parts.insert(0, stated)


def _summarises(part: Part) -> bool:
    return part.heading is not None and part.heading.label[:8].lower() == "summary "


def _asks_why(part: Part) -> bool:
    return part.heading is not None and part.heading.label[:4].lower() == "why "


def _dated_call_in_row(part: Part) -> bool:
    """A call-in label whose section is its one paragraph: the splitter's
    `_dated_call_in` marks a dated row run in ("LAST DATE FOR CALL IN ...: 5.00 P.M., ...",
    above the meeting's heading), as a dash label's one paragraph is; neither section runs
    on into the lines below it, which stay the header's."""
    heading = part.heading
    return heading is not None and heading.name == "call_in" and heading.run_in


def _key_decision_reason(layout: Layout, split: Split) -> tuple[str, int] | None:
    """("reasons", line) of a reason given for a key decision's answer, right under it:
    "Key decision: No" / "Reason: Below the key decision threshold and affects fewer than
    two wards" says why the decision is not key, not why it was taken."""
    # (each answer's last line: "Key decision:" / "No", a rendering's cells)
    answers = [max(f.line, f.end - 1) for f in split.facts if f.name == "is_key_decision"]
    for part in split.parts:
        heading = part.heading
        if heading is None or heading.name != "reasons":
            continue
        if heading.label.lower() not in _BARE_REASON_LABELS:
            continue  # "Reasons for the decision:" under "Key decision?": the form's next row
        for line in answers:
            between = range(line + 1, part.line)
            if 0 < part.line - line <= _KEY_REASON_GAP and not any(
                layout.lines[i].text for i in between
            ):
                return "reasons", part.line
    return None


_KEY_REASON_GAP = 2  # its line, or the next after a blank one
_BARE_REASON_LABELS = frozenset({"reason", "reasons", "reason(s)"})


def _title_under_decision(layout: Layout, split: Split) -> int | None:
    """The line of a decision heading over the decision's title, not what was decided: a
    CMIS page's "Decision Taken" over "Exhibition Park Boating Lake Restoration - Heritage
    Lottery Fund Stage 2 Bid", where a later heading ("Decision Outcome") holds what was
    resolved and no heading names the title. Its body is one line read as a title: no stop
    at its end, no number, no lead-in or "That"/"To" opening."""
    fed = [(p, _fields_fed(p)) for p in split.parts if p.heading is not None]
    decisions = [p for p, names in fed if names == ["decision"]]
    if len(decisions) < 2 or any("title" in names for _, names in fed):
        return None
    first = decisions[0]
    assert first.heading is not None
    lines = layout.lines
    body = [lines[i].text for i in range(first.body_start, first.body_end) if lines[i].text]
    if first.heading.value and not body:
        # "Decision: Mutley Plain Bus Lane - Extension of Operating Hours", a form's row,
        # then "Decision" / "The Cabinet Member ... RESOLVED to:" under the next heading
        body = [first.heading.value]
    elif first.heading.value or len(body) != 1:
        return None
    words = body[0].split()
    if (
        body[0].endswith((".", ":", ";"))
        or body[0][:1].isdigit()  # a listing's dated entry, a minute's or an item's number
        or len(words) > _MAX_TITLE_WORDS
        or words[0].lower() in _DECISION_OPENINGS
        # "CABINET - SUMMARY OF DECISIONS" over "Meeting held on Monday 24 March 2025": the
        # meeting's line, dated, not a title
        or find_first_date(body[0]) is not None
    ):
        return None
    return first.line


# A title's length at most, and the words a decision (never a title) opens with.
_MAX_TITLE_WORDS = 25
_DECISION_OPENINGS = frozenset({"that", "to", "resolved", "agreed", "approved", "i", "the"})


def _call_in_flags_reason(layout: Layout, split: Split) -> tuple[str, int] | None:
    """("reasons", line) of a "Reason:" label straight under the call-in question, where the
    record has reasons of its own elsewhere: "Is subject to call in?: No" / "Reason: Urgent
    decision - ..." says why call-in does not apply, not why the decision was taken."""
    reasons = [p for p in split.parts if p.heading is not None and p.heading.name == "reasons"]
    if len(reasons) < 2:
        return None
    flags = {fact.end for fact in split.facts if fact.name == "call_in_flag"}
    for part in reasons:
        above = next((i for i in range(part.line - 1, -1, -1) if layout.lines[i].text), -1)
        if above + 1 in flags:
            return "reasons", part.line
    return None


def _fields_fed(part: Part) -> list[str]:
    heading = part.heading
    assert heading is not None
    if heading.kind != "field" or heading.name not in FIELDS:
        return []
    if heading.name == "conflicts_of_interest" and "dispensation" in heading.label.lower():
        return ["conflicts_of_interest", "dispensations"]
    return [heading.name]


def _section_read(
    layout: Layout, part: Part, name: str | None, found: FieldSections
) -> SectionRead:
    heading = part.heading
    assert heading is not None
    start, end = found.span_of(part)
    # (plain text knows no pages: its sections' lines need not be read for them)
    lines = layout.lines[part.line : max(part.body_end, part.line + 1)] if layout.paged else ()
    known = [line.page for line in lines if line.page is not None]
    return {
        "number": heading.number,
        "heading": heading.label,
        "field": name,
        "text": layout.text[start:end],
        "start": start,
        "end": end,
        "page_start": known[0] if known else None,
        "page_end": known[-1] if known else None,
    }


def fact_span(layout: Layout, fact: Fact) -> Span | None:
    """The label's line and the lines its value took."""
    return line_span(layout, fact.line, max(fact.end, fact.line + 1), "label")


def section_span(found: FieldSections, name: str) -> Span | None:
    part = found.first(name)
    if part is None:
        return None
    start, end = found.span_of(part)
    return offsets_span(start, end, "section")


def fact_value(facts: Sequence[Fact], name: str) -> str | None:
    return next((f.value.strip() for f in facts if f.name == name and f.value.strip()), None)
