"""The record's dates: decided, published and effective, each from the strongest place
that states it (label, header line, sign-off, prose), with where it was read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

import regex

from ..defects import DefectLog
from ..structure.headings import match_heading
from ..structure.normalise import Layout
from ..structure.sections import Fact
from ..wording.dates import (
    DateMatch,
    find_first_date,
    find_value_date,
    parse_uk_date,
    states_a_period,
)
from ..wording.prose import effective_match, published_match
from ..wording.vocabulary import says_any
from .content import fact_span
from .provenance import Span, locate, offsets_span

# A fallback's value and where it was read, once a label gave none.
_Read = tuple[str, Span | None]


@dataclass(frozen=True, slots=True)
class Dates:
    decision_date: dt.date | None
    published_on: dt.date | None
    effective_from: dt.date | None
    spans: dict[str, Span]
    """Where each date was read (by field name), for the dates that were read."""


def _named_over_generic(
    facts: Sequence[Fact], date_of: Callable[[str], DateMatch | None]
) -> Sequence[Fact]:
    """`facts` without the generic date labels of a sign-off ("Dated  15.9.2011" under
    "Signed ....") where they disagree with labels that name the decision ("Date of
    Decision:   14/9/11"): the label that says what its date is, over the date it was signed."""
    dated = [f for f in facts if f.name == "decision_date"]
    if len(dated) < 2:  # most records
        return facts
    named = [f for f in dated if _NAMES_THE_DECISION_RE.search(f.label)]
    if not named or len(named) == len(dated):
        return facts
    named_dates = {_date(f, date_of) for f in named}
    if len(named_dates) != 1 or None in named_dates:
        return facts
    return [f for f in facts if f.name != "decision_date" or f in named]


def _date(fact: Fact, date_of: Callable[[str], DateMatch | None]) -> dt.date | None:
    found = fact.date if fact.date is not None else _value_date(fact.value, date_of)
    return found.date if found is not None else None


def _value_date(value: str, date_of: Callable[[str], DateMatch | None]) -> DateMatch | None:
    """The date a label's value holds, a short dotted one too ("Date of publication:
    5.2.26": where only a date may stand)."""
    return date_of(value) or find_value_date(value)


# A date label that names what it dates: "Date of Decision", "Decision date", "Decided on".
_NAMES_THE_DECISION_RE = regex.compile(r"(?i)\bdecision|\bdecided\b")


def read_dates(
    facts: Sequence[Fact],
    header_date: str | Callable[[], tuple[str | None, Span | None]] | None,
    layout: Layout,
    log: DefectLog,
    header_span: Span | None = None,
    date_of: Callable[[str], DateMatch | None] = find_first_date,
    deciders: Collection[str] = (),
) -> Dates:
    """The record's dates, from labels first; `header_span` is where `header_date` (the
    header's statement of the decision date) was read. `header_date` may instead be what
    reads both, called only if no label gives the decision date. `date_of` reads a text's
    first date (the record's memo of `find_first_date`, which the header read with);
    `deciders` who the resolutions' lead-ins say decided ("The Cabinet Member for
    Resources ... approves:")."""
    spans: dict[str, Span] = {}
    facts = _named_over_generic(facts, date_of)
    if "roper" in layout.text:  # (most records: no Proper Officer's sign-off)
        facts = _without_proper_officers_date(facts, layout)
    if says_any(layout.lower, _APPROVAL_WORDS):
        facts = _approvers_date(facts, layout)
    facts = _deciders_signature_date(facts, layout, deciders)

    def first(
        field: str, names: tuple[str, ...], fallback: Callable[[], _Read | None] = lambda: None
    ) -> dt.date | None:
        """The first readable date under `names` (labels), for the record's `field`."""
        for fact in facts:
            # A period ("Date range: 15/01/2024 - 21/01/2024", a listing's filter) is no day.
            if fact.name in names and not states_a_period(fact.value):
                known = fact.date if fact.date is not None else _value_date(fact.value, date_of)
                date = taken(field, fact.value, known, fact)
                if date is not None:
                    return date
        # The fallback (a scan of the whole record) is read only when no label gives a date.
        read = fallback()
        if read is None or not read[0]:
            return None
        text, span = read
        return taken(field, text, _value_date(text, date_of), span)

    def taken(
        field: str, text: str, found: DateMatch | None, source: Fact | Span | None
    ) -> dt.date | None:
        """The date `found` in `text` (read from `source`) for `field`; what was odd is
        logged, and where it was read kept."""
        if found is None:
            log.add("unparsed_date", f"expected a date, found {text!r}", field=field)
            return None
        span = fact_span(layout, source) if isinstance(source, Fact) else source
        if span is not None:
            spans[field] = span
        if not found.weekday_ok:
            log.add(
                "weekday_mismatch",
                f"{found.weekday} does not fall on {found.date:%d %B %Y} in {text!r}",
                field=field,
            )
        return found.date

    def agreed(name: str) -> bool:
        # Two labels of one kind naming different dates ("Date of decision: 3 March 2025",
        # "Date of decision: 5 March 2025"): null and `uncertain_field`, never a pick.
        if sum(1 for f in facts if f.name == name) < 2:  # most records: one label or none
            return True
        dates = {
            found.date
            for f in facts
            if f.name == name
            and (found := f.date if f.date is not None else find_first_date(f.value))
            and not states_a_period(f.value)
        }
        if len(dates) > 1:
            listed = ", ".join(f"{d:%d %B %Y}" for d in sorted(dates))
            log.add("uncertain_field", f"the record's labels give {listed}", field=name)
        return len(dates) <= 1

    def header() -> _Read | None:
        text, span = header_date() if callable(header_date) else (header_date, header_span)
        return (text, span) if text else None

    def published() -> _Read | None:
        lines = [line.text for line in layout.lines]
        signed = published_from_sign_off(lines)
        if signed:
            # "Proper Officer" / "21 March 2022": the sign-off line down to the date
            at = _sign_off(lines)
            span = locate(layout, signed, "label", first_line=at, ignore_case=False)
            if span is not None:
                span = Span(layout.lines[at].start, span.end, "label")
            return signed, span
        found = published_match(layout.text, layout.lower)
        if found is None:
            return None
        return found.group("date"), _prose_span(found)

    def effective() -> _Read | None:
        found = effective_match(layout.text, layout.lower)
        if found is None:
            return None
        return found.group("date"), _prose_span(found)

    def over_a_filter(labelled: dt.date) -> dt.date | None:
        """The listing entry's date, where the date label that gave `labelled` names
        nothing it dates and stands above the listing's entry ("Earliest date: 18/03/2019
        Latest date: 24/03/2019", a listing page's search filter, over "21/03/2019 -
        Hethersett Village Centre ... ref: 1187"); None for any other record."""
        fact = next((f for f in facts if f.name == "decision_date"), None)
        if fact is None or _NAMES_THE_DECISION_RE.search(fact.label) or "eeting" in fact.label:
            return None
        read = header()
        if read is None or read[1] is None or read[1].kind != "listing_line":
            return None
        listed, span = date_of(read[0]), read[1]
        if listed is None or listed.date == labelled or layout.lines[fact.line].start > span.start:
            return None
        spans["decision_date"] = span
        return listed.date

    def decided() -> dt.date | None:
        if not agreed("decision_date"):
            return None
        labelled = first("decision_date", ("decision_date",))
        if labelled is not None:
            return over_a_filter(labelled) or labelled
        headed = first("decision_date", (), header)
        if headed is None:
            return first("decision_date", ("meeting",))
        met = _meeting_date(facts, date_of)
        if met is None or met == headed:
            return headed
        # "03/08/2023 - Borough-wide Selective Licensing ..." over "Made at meeting:
        # 19/07/2023 - Cabinet": two dates for one decision, so neither is taken.
        log.add(
            "uncertain_field",
            f"the record's header dates the decision {headed:%d %B %Y}, and its meeting "
            f"{met:%d %B %Y}",
            field="decision_date",
        )
        spans.pop("decision_date", None)
        return None

    decision_date = decided()
    decision_date = _checked_by_prose(decision_date, layout, log, spans)
    return Dates(
        decision_date=decision_date,
        published_on=None
        if not agreed("published_on")
        else first(
            "published_on",
            ("published_on",),
            published,
        ),
        effective_from=first("effective_from", ("effective_from",), effective)
        if agreed("effective_from")
        else None,
        spans=spans,
    )


def _meeting_date(
    facts: Sequence[Fact], date_of: Callable[[str], DateMatch | None]
) -> dt.date | None:
    """The date the first dated meeting label gives ("Made at meeting: 19/07/2023 - Cabinet")."""
    dated = (_date(fact, date_of) for fact in facts if fact.name == "meeting")
    return next((date for date in dated if date is not None), None)


# The record's own sentence on when its decision was made: "This decision was made at the
# meeting of Cabinet held on 21 January 2026 and ...", "The decision was taken on 4 March",
# or a line of its own under the items: "Decision made by the Elected Mayor on Wednesday 6
# November 2019." (only at a line's start: a report's "the decision made by Cabinet on 3
# March" inside a sentence is another decision's).
_MADE_ON_RE = regex.compile(
    r"(?i)(?:\b(?:this|the)\s+decisions?\s+(?:was|were|has\s+been)\s+(?:made|taken)\b"
    # (who, then the day: "Decision taken under delegated authority granted by cabinet on
    # 27 July 2023" dates the delegation)
    r"|(?:^|(?<=\n))decisions?\s+(?:made|taken)\s+by\b)"
    # (within its paragraph: "Why the decision was taken" is a heading, the date in the
    # paragraph under it another matter's)
    r"(?:[^.;\n]|\n(?!\n)){0,80}?\bon\s+(?P<date>[^.;]{6,50})"
)

# A lead-in that opens on the day, over the list of what was decided: "On Tuesday 14 January
# 2025 the Lead Member for Children, Families and Education, Councillor Tessa Marlowe, made
# the following decision:". Only a line that ends as a lead-in does (its colon, at the end
# of the line), never a report's "On 12 June 2023 Cabinet approved the Local Plan." above.
_DECIDED_ON_LEAD_IN_RE = regex.compile(
    r"(?m)^On\s+(?P<date>[^.;:\n]{6,40}?\d{4}),?\s+[^.;:\n]{2,160}?\s"
    r"(?:(?:made|took)\s+the\s+following\s+decisions?|decided|agreed|approved|resolved)"
    r"(?:\s+(?:to|that))?\s*:-?[ \t]*$"
)


def _checked_by_prose(
    labelled: dt.date | None, layout: Layout, log: DefectLog, spans: dict[str, Span]
) -> dt.date | None:
    """The decision date, against the record's own sentence on when the decision was made:
    where they disagree ("Date of Decision: 14 January 2026" over "This decision was made
    at the meeting of Cabinet held on 21 January 2026"), null and `uncertain_field`, never
    a pick; where no label or header gave one, the sentence's."""
    found = _MADE_ON_RE.search(layout.text) if "decision" in layout.lower else None
    if found is None and ("\non " in layout.lower or layout.lower.startswith("on ")):
        found = _DECIDED_ON_LEAD_IN_RE.search(layout.text)
    if found is None:
        return labelled  # (nearly every record: no such sentence)
    said = find_first_date(found.group("date"))
    if said is None or said.date == labelled:
        return labelled
    if labelled is None:
        span = _prose_span(found)
        if span is not None:
            spans["decision_date"] = span
        return said.date
    log.add(
        "uncertain_field",
        f"the record gives the decision date as {labelled:%d %B %Y}, and says the decision "
        f"was made on {said.date:%d %B %Y} ({found.group(0)[:120]!r})",
        field="decision_date",
    )
    spans.pop("decision_date", None)
    return None


def _sign_off(lines: Sequence[str]) -> int:
    """The index of the "Proper Officer" line that `published_from_sign_off` reads from."""
    return next(
        (i for i, line in enumerate(lines) if _proper_officer(line) is not None),
        0,
    )


def _proper_officer(line: str) -> str | None:
    """What follows "Proper Officer" on a sign-off line ("Proper Officer  21 March 2022"),
    or "" for a signature line that ends in the office ("Signed: ......... Proper Officer");
    None for any other line."""
    if line[:1] in ("P", "p"):
        found = PROPER_OFFICER_RE.match(line)
        return found.group("rest") if found is not None else None
    if line[:4].lower() == "sign" and line.rstrip(" .").lower().endswith("proper officer"):
        return ""
    return None


def _without_proper_officers_date(facts: Sequence[Fact], layout: Layout) -> Sequence[Fact]:
    """`facts` without the date label under a Proper Officer's signature ("Signed:
    ......... Proper Officer" / "Dated: 25th November 2009"): the date the record was
    published, which `published_from_sign_off` reads, not the decision's."""
    return [f for f in facts if f.name != "decision_date" or not _signed_above(layout, f.line)]


def _signed_above(layout: Layout, index: int) -> bool:
    """Whether the last line above line `index` that holds anything is a Proper Officer's
    signature with nothing after the office."""
    lines = layout.lines
    above = next((i for i in range(index - 1, -1, -1) if lines[i].text), None)
    return above is not None and _proper_officer(lines[above].text) == ""


def _approvers_date(facts: Sequence[Fact], layout: Layout) -> Sequence[Fact]:
    """`facts` with the decider's signature date alone among the form's signature dates:
    the one signed under "The above request has my approval." (a Mayoral Decision form,
    then "Signature: [signed]   Date: 19/12/2013"), not the officers' who signed it off
    before ("Signature: [signed]   Date: 16/12/2013")."""
    signed = [f for f in facts if f.name == "decision_date" and _signed(layout, f.line)]
    approved = [f for f in signed if any(map(_APPROVAL_RE.search, _lines_above(layout, f.line, 3)))]
    if not approved:
        # "For the reasons set out above, I agree the recommendation(s) in the report ..." /
        # "Signed ......" / "Cabinet Member for Climate Action" / "Date 14 October 2025": the
        # decider's approval of the report, signed and dated under it
        # (the office signed for printed between the signature and the date)
        approved = [
            f
            for f in facts
            if f.name == "decision_date"
            and any(map(_SIGNATURE_RE.match, _lines_above(layout, f.line, _SIGNATURE_LINES)))
            and any(
                map(_APPROVED_REPORT_RE.search, _lines_above(layout, f.line, _APPROVAL_LINES, 12))
            )
        ]
    if len(approved) != 1:
        return facts
    if len(signed) < 2 and not _bare_dates_beside(facts, approved[0]):
        return facts
    # (and the bare "Date:" labels beside it, a report's own date over it or the officers'
    # under it: "Date: 6 October 2025" atop a report the Cabinet Member signed on the 14th)
    return [
        f
        for f in facts
        if f is approved[0]
        or (all(f is not s for s in signed) and not (f.name == "decision_date" and _bare(f)))
    ]


def _bare_dates_beside(facts: Sequence[Fact], approved: Fact) -> bool:
    return any(f.name == "decision_date" and f is not approved and _bare(f) for f in facts)


def _bare(fact: Fact) -> bool:
    """A date's label that names nothing but a date ("Date:", "Date")."""
    return fact.label.strip(" :").lower() == "date"


# A decider's approval of the report's recommendations, in the first person: "I agree the
# recommendation(s) in the report entitled ...", "I approve the above recommendations".
_APPROVED_REPORT_RE = regex.compile(
    r"(?i)\bI\s+(?:agree|approve)\s+the\s+(?:above\s+)?recommendations?(?:\(s\))?\b"
)
_APPROVAL_LINES = 6


def _deciders_signature_date(
    facts: Sequence[Fact], layout: Layout, deciders: Collection[str] = ()
) -> Sequence[Fact]:
    """`facts` with the decider's signature date alone among a sign-off's dates: "Signed:
    Executive Mayor   Date: 24 March 2025" under "Decision taken by: Executive Mayor", not
    the officer's who signed the report first ("Signed: Corporate Director ...   Date: 19
    March 2025")."""
    dated = [f for f in facts if f.name == "decision_date"]
    if len(dated) < 2:  # most records: one date label or none
        return facts
    makers = {_plain(f.value) for f in facts if f.name == "decision_maker"}
    makers |= {_plain(who) for who in deciders}
    signed = [(f, signer) for f in dated if (signer := _signer(layout, f.line)) is not None]
    by_decider = [
        f
        for f, signer in signed
        if _plain(signer) in makers
        or _under_makers_heading(layout, f)
        or _signed_as_maker(signer, makers)
    ]
    if len(signed) < 2 or len(by_decider) != 1:
        return facts
    return [f for f in facts if f is by_decider[0] or all(f is not s for s, _ in signed)]


def _under_makers_heading(layout: Layout, date: Fact) -> bool:
    """A signature under a sign-off's "Decision maker(s):" heading ("Decision maker(s):" /
    "Signed: Executive Member for Highways and Transport" / "Date: 2 June 2025"), not under
    "With advice from:"."""
    # (the signature's label and its name may stand apart from it: "Signed:" / "Executive
    # Member ...", a rendering's cells)
    for text in _lines_above(layout, date.line, _SIGNATURE_LINES + 1):
        heading = match_heading(text)
        if heading is not None and heading.name in ("decision_maker", "decision_date"):
            return heading.name == "decision_maker" and not heading.value
    return False


_SIGNATURE_LINES = 2  # "Signed: X", or "Signed:" over "X"


def _signer(layout: Layout, index: int) -> str | None:
    """Who signed on the line above a date label: "Executive Mayor" of "Signed: Executive
    Mayor"; or under it, where the signature's line holds no name: "Signature ........
    Date: 12.08.2025" over "Cabinet Member for Resources" (the office printed beneath the
    signature, as forms do)."""
    above = _lines_above(layout, index, 2)
    found = _SIGNED_BY_RE.match(above[0]) if above else None
    if found is None and len(above) == 2 and _SIGNED_ALONE_RE.fullmatch(above[1]):
        return above[0]  # "Signed:" / "Executive Mayor" / "Date:", a rendering's cells
    if found is None and above and _BARE_SIGNATURE_RE.fullmatch(above[0]):
        # (a paragraph apart, in a rendering)
        near = (line.text for line in layout.lines[index + 1 : index + 3] if line.text)
        below = next(near, "")
        return below if below and ":" not in below else None
    return found.group("who") if found is not None else None


_BARE_SIGNATURE_RE = regex.compile(r"(?i)sign(?:ature|ed)\s*:?")


def _signed_as_maker(signer: str, makers: set[str]) -> bool:
    """The office signed under is the end of the decision maker's label's value
    ("Councillor Jasbir Kaur-Ellis Cabinet Member for Resources")."""
    plain = _plain(signer)
    return len(plain) > _MIN_OFFICE_CHARS and any(m.endswith(plain) for m in makers)


_MIN_OFFICE_CHARS = 5


def _plain(text: str) -> str:
    return " ".join(text.lower().split())


_SIGNED_ALONE_RE = regex.compile(r"(?i)sign(?:ature|ed)(?:\s+by)?\s*:")
_SIGNED_BY_RE = regex.compile(r"(?i)sign(?:ature|ed)(?:\s+by)?\s*:\s*(?P<who>\S.*\S)\s*$")


def _signed(layout: Layout, index: int) -> bool:
    """Whether line `index`, or the line above it, is a signature ("Signature: [signed]")."""
    return any(
        _SIGNATURE_RE.match(text)
        for text in (layout.lines[index].text, *_lines_above(layout, index, 1))
    )


def _lines_above(layout: Layout, index: int, count: int, reach: int = 8) -> list[str]:
    """The text of the `count` lines above line `index` that hold anything, nearest first
    (looked for among the `reach` lines above it)."""
    lines = layout.lines
    return [lines[i].text for i in range(index - 1, max(index - reach, -1), -1) if lines[i].text][
        :count
    ]


_SIGNATURE_RE = regex.compile(r"(?i)sign(?:ature|ed)\b")
# ... or under the decider's "I agree the decision proposed in paragraphs 2.1 to 2.3 above"
# (a mayoral proforma's last approval, after the officers' "I approve the above
# recommendations" and "I have been consulted")
_APPROVAL_RE = regex.compile(
    r"(?i)\bha(?:s|ve)\s+my\s+approval\b|\bI\s+(?:agree|approve)\s+the\s+decisions?\b"
)
# Every approval _APPROVAL_RE finds says one of these (the pattern's pre-check).
_APPROVAL_WORDS = (
    " my approval",
    "agree the decision",
    "approve the decision",
    # (and the approvals of a report's recommendations, _APPROVED_REPORT_RE's)
    "agree the recommendation",
    "approve the recommendation",
    "agree the above recommendation",
    "approve the above recommendation",
)


def _prose_span(found: regex.Match[str]) -> Span | None:
    """The statement found in the record's text."""
    return offsets_span(found.start(), found.end(), "prose")


# "Proper Officer" then the sign-off date on the same or next line.
PROPER_OFFICER_RE = regex.compile(r"(?i)^proper officer\b\s*(?P<rest>.*)$")


def published_from_sign_off(lines: Sequence[str]) -> str | None:
    """ "Proper Officer" then "21 March 2022"."""
    for position, line in enumerate(lines):
        rest = _proper_officer(line)
        if rest is None:
            continue
        for candidate in (
            rest,
            *[x for x in lines[position + 1 : position + 5] if x][:2],
        ):
            if candidate and parse_uk_date(candidate):
                return candidate
    return None
