"""Resolutions: what was resolved or recommended, parsed out of the decision's lines.

The lines are grouped into units (a list item with its wrapped lines, or a paragraph); the
units are read in order with the lead-in in force. A lead-in that opens a list gives its
kind and body to the items that follow; a lead-in followed by a sentence is one unnumbered
resolution. With no lead-in at all, a numbered list is the resolutions, and failing that a
bare "That ..." clause or a lone "To approve ..." decision.

Structure decides, not wording: a preamble that ends as an introduction ("... is asked
to:") between a lead-in and its list is passed over; unmarked items go on one a line while
each ends "...;" or opens on a verb in capitals; a list that restarts after an item ending
in a colon is that item's sub-list; decimal numbers ("3.1", "2.1.1") are list styles of
their own. What reads as no clause ("To", "KEY DECISION") is never a resolution: it is
left out and an `uncertain_field` defect says so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import regex

from ..defects import DefectLog
from ..model import EvidenceKind, Resolution, ResolutionKind
from ..structure.headings import read_minute
from ..structure.leadins import (
    LeadIn,
    clause_kind_and_by,
    end_subject,
    intro_body,
    read_lead_in,
    recommends_to_council,
    strip_that,
    subject_before_comma,
    subject_of,
)
from ..wording.acts import ACT_RE, DECIDER_ACT_RE, is_bare_clause
from ..wording.banners import LISTING_STATUS
from ..wording.dates import find_first_date
from ..wording.lines import says_welsh
from ..wording.numbering import (
    Marker,
    TokenKind,
    candidate_kinds,
    follows_marker,
    ordinal,
    read_loose_decimal,
    read_marker,
)
from ..wording.vocabulary import MID_PHRASE_WORDS, RUN_ON_WORDS, runs_on_from
from .decision_maker import body_named
from .meeting import dated_heading

# A page number left in the text: "Page 4", "Page 4 of 9", "- 4 -", "4"
PAGE_NUMBER_RE = regex.compile(
    r"(?i)^(?:page\s+\d{1,3}(?:\s+of\s+\d{1,3})?|-\s*\d{1,3}\s*-|\d{1,3})$"
)


@dataclass
class Unit:
    """A list item (with its marker) or a paragraph, with wrapped lines joined."""

    text: str
    marker: Marker | None = None
    lead_in: LeadIn | None = None
    at: tuple[int, int] = (-1, -1)
    """Offsets in the record's text of the unit's lines, (-1, -1) where unknown."""


@dataclass(slots=True)
class ResolutionItem:
    """A resolution as read: plain data while the record is read, made into the contract's
    `Resolution` once, with the whole record (`contract`), or by `freeze`."""

    number: str | None
    text: str
    kind: ResolutionKind
    by: str | None
    level: int
    shape: str = ""
    token_kind: TokenKind = "digit"
    items: list[ResolutionItem] = field(default_factory=list)
    at: tuple[int, int] = (-1, -1)
    """Offsets of the item's own lines in the record's text."""
    lead_at: tuple[int, int] = (-1, -1)
    """Offsets of the lead-in it stands under."""

    def contract(self) -> dict[str, object]:
        """The keyword arguments of the contract's `Resolution`, sub-items and evidence
        included, for the one validation of the whole record."""
        return {
            "number": self.number,
            "text": self.text,
            "kind": self.kind,
            "by": self.by,
            "items": [child.contract() for child in self.items],
            "evidence": _evidence(self.at, "item"),
            "lead_in": _evidence(self.lead_at, "lead_in"),
        }

    def freeze(self) -> Resolution:
        return Resolution.model_validate(self.contract())


def _evidence(at: tuple[int, int], kind: EvidenceKind) -> dict[str, int | str] | None:
    start, end = at
    return {"start": start, "end": end, "kind": kind} if 0 <= start < end else None


_NOWHERE = (-1, -1)


# A list's marker alone on its line, as a ModernGov page prints its items: "(a)", "(ii)",
# "b)" (its text a paragraph below).
_MARKER_ALONE_RE = regex.compile(r"\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|(?:[a-z]|[ivx]{1,4})\)")


def _markers_alone_joined(
    pieces: list[tuple[str, tuple[int, int]]], lead_in_of: LeadInReader
) -> list[tuple[str, tuple[int, int]]]:
    """`pieces` with each marker alone on its line put before the text it numbers: "(a)" /
    "" / "approves the Local Area Energy Plan ...;" is the item "(a) approves ..."."""
    if not any(text[:1] == "(" or text[1:2] == ")" for text, _at in pieces):
        return pieces
    joined: list[tuple[str, tuple[int, int]]] = []
    skip_to = -1
    for position, (text, at) in enumerate(pieces):
        if position <= skip_to:
            continue
        below = _text_below(pieces, position)
        if (
            below is not None
            and below <= position + 2
            and len(text) <= 6
            and _MARKER_ALONE_RE.fullmatch(text)
            and read_marker(pieces[below][0]) is None
            and _MARKER_ALONE_RE.fullmatch(pieces[below][0]) is None
            # ("(14)" / "RESOLVED:- (i) To note ...": a page's number over a lead-in)
            and lead_in_of(pieces[below][0]) is None
        ):
            joined.append((f"{text} {pieces[below][0]}", pieces[below][1]))
            skip_to = below
            continue
        joined.append((text, at))
    return joined


def _pieces(
    lines: list[str], spans: list[tuple[int, int]] | None, lead_in_of: LeadInReader
) -> list[tuple[str, tuple[int, int]]]:
    """Each line (a trailing lead-in cut off as a piece of its own) with its offsets."""
    if spans is None:
        return [
            (piece, _NOWHERE)
            for line in lines
            for piece in (_split_first_item(line) if ": " in line else None)
            or _split_trailing_lead_in(line, lead_in_of)
        ]
    pieces: list[tuple[str, tuple[int, int]]] = []
    for line, at in zip(lines, spans, strict=True):
        cut = _split_trailing_lead_in(line, lead_in_of) if ". " in line else None
        if (cut is None or len(cut) == 1) and ": " in line:
            cut = _split_first_item(line)
        if cut is None or len(cut) == 1:
            pieces.append((line, at))
            continue
        head, tail = cut
        start, end = at
        from_tail = line.rfind(tail)
        pieces.append((head, (start, start + len(head))))
        pieces.append((tail, (start + from_tail, end) if from_tail >= 0 else at))
    return pieces


# What reads a line's lead-in: `read_lead_in`, or the record's own memo of it (a record's
# stages ask of the same lines: the header's, the minutes', the decision's).
LeadInReader = Callable[[str], LeadIn | None]


def group_units(
    lines: list[str],
    spans: list[tuple[int, int]] | None = None,
    lead_in_of: LeadInReader = read_lead_in,
) -> list[Unit]:
    """Join wrapped lines; start a unit at a marker, a lead-in or after a blank line.
    `spans`, where given, are the lines' offsets in the record's text (one per line)."""
    units: list[Unit] = []
    blank_before = True
    pieces = _markers_alone_joined(_pieces(lines, spans, lead_in_of), lead_in_of)
    bare = _bare_numbers(pieces, lead_in_of)
    for position, (text, at) in enumerate(pieces):
        if not text:
            blank_before = True
            continue
        if len(text) < 14 and PAGE_NUMBER_RE.match(text):
            continue  # "Page 4 of 9" between the halves of a sentence: furniture
        if units and _runs_on(units[-1].text) and _running_header(text):
            continue  # "(ii) approves the charges for" / "Cabinet – 14 October 2025" / "2026/27"
        if units and units[-1].marker and _running_header(text) and _item_below(pieces, position):
            # "5.2 the Framework be adopted;" / "MAYOR AND CABINET – 15 January 2025" / "5.3
            # the Director of Planning be authorised ...": the next page's header between items
            continue
        if text[:1] == "(" and text[-1:] == ")" and _VOTE_NOTE_RE.fullmatch(text):
            continue  # "RESOLVED" / "(by majority)" / "1. That ...": how, not what
        marker = bare.get(position) or read_marker(text)
        if marker is not None and units and _refers_back(units[-1], marker):
            marker = None
        if marker is None and (not units or _ended(units[-1])):
            # "RESOLVED that Cabinet:" / "3.1 approves the fees;" / "3.2 notes ...": after
            # a line that has ended, not in the middle of "... at paragraph" / "5.3 of ..."
            marker = read_loose_decimal(text)
        if marker is not None and _starts_another_minute(units, marker, text):
            if any(u.lead_in for u in units) or not _lead_in_below(pieces, position, lead_in_of):
                break  # "26. Any Other Items of Public Business" after items 1 and 2
            # "61. Mass Transit ..." after "59. Declarations of ..." in a slice of minutes,
            # its "Resolved:" below: the earlier minute held no decision
            units = []
        if units and text.lower() in _JOINING_WORDS and units[-1].marker:
            # "... at an estimated value of £2.4m over four years;" / "" / "and" / "" /
            # "2.1.2 notes ...": an item's last word, wrapped onto a line of its own (or set
            # apart as a paragraph by a rendering)
            _extend_clause(units[-1], text, at)
            blank_before = False
            continue
        if blank_before and marker is None and units:
            across = _lead_in_across_break(units[-1], text, lead_in_of)
            if across is not None:
                _extend(units[-1], text, at)
                units[-1].lead_in = across
                blank_before = False
                continue
            if _clause_goes_on(units[-1], text, lead_in_of) or (
                _item_set_apart(units[-1], text, lead_in_of) and _item_below(pieces, position)
            ):
                _extend_clause(units[-1], text, at)
                blank_before = False
                continue
        # ("(b) delegates to the Director of Planning, in consultation with the" / "Cabinet
        # Member for Planning:" / "(i) the final editing ...": the item's wrapped end, no
        # office introducing a list)
        # (a blank line between, where a rendering set each line apart as a paragraph, only
        # after a word no item ends on: "; and" over "RECOMMENDED TO COUNCIL:" ends one)
        wrapped = bool(units) and (
            # ("The Mayor, having considered the report and the equalities" / "assessment,
            # DECIDED to:": a line in lower case under one unfinished goes on from it)
            (runs_on_from(units[-1].text) or _lower_case_end(units[-1], text, lead_in_of))
            if not blank_before
            else units[-1].text.rsplit(" ", 1)[-1] in MID_PHRASE_WORDS
        )
        if wrapped and _lead_in_after_item(units[-1], text, lead_in_of):
            wrapped = False
        lead_in = None if marker or wrapped else lead_in_of(text)
        if marker is not None and _numbered_paragraph(marker):
            # "21.2     The Leader and Lead Member RESOLVED to:": a minute's numbered
            # paragraph whose words are a lead-in; its number is the paragraph's, and the
            # list below it is what was resolved.
            numbered_lead_in = lead_in_of(marker.rest)
            if numbered_lead_in is not None and _introduces(numbered_lead_in.rest):
                lead_in = LeadIn(numbered_lead_in.kind, numbered_lead_in.by, "")
                text, marker = marker.rest, None
        if lead_in is not None and lead_in.by is None and units:
            named = _body_alone(units[-1])
            if named is not None:
                # "The Cabinet" / "RESOLVED that": the decider in the paragraph above its verb
                units.pop()
                lead_in = LeadIn(lead_in.kind, named, lead_in.rest)
        if units and not marker and not lead_in and _continues(units[-1], text, blank_before):
            unit = units[-1]
            # ("AGREED – that £86,400 of Section 106 contributions" / "held for public open
            # space ...": the decision on the lead-in's line goes on below it)
            _extend_clause(unit, text, at)
            if unit.marker is None and unit.lead_in is None and text.endswith((":", ":-")):
                # "Having considered an officer report, and a presentation by the Cabinet
                # Member for Resources," / "Councillor Joan Millbank, the Mayor:": a lead-in
                # wrapped over lines, read once it ends
                joined = lead_in_of(unit.text)
                unit.lead_in = joined if joined is not None and not joined.rest else None
        elif lead_in is not None and read_marker(lead_in.rest):
            # "RESOLVED – (1) that the programme be approved;": the list starts on the
            # lead-in's own line.
            first = read_marker(lead_in.rest)
            units.append(Unit(text, None, LeadIn(lead_in.kind, lead_in.by, ""), at))
            units.append(Unit(first.rest if first else lead_in.rest, first, None, at))
        else:
            units.append(Unit(marker.rest if marker else text, marker, lead_in, at))
        blank_before = False
    return units


# The words that join a list's last two items, alone on their line.
_JOINING_WORDS = frozenset({"and", "or", "and/or", "and;", "or;"})


def _lead_in_across_break(above: Unit, text: str, lead_in_of: LeadInReader) -> LeadIn | None:
    """The lead-in a rendering cut in two paragraphs, each line of the page apart: "Having
    considered the report of the Director of Highways and" / "Transport, the Executive
    Member for Highways and Transport agreed to:" (the first unfinished, the second ending
    the lead-in, and the two read together name the decider)."""
    if above.marker is not None or above.lead_in is not None or not text.endswith((":", ":-")):
        return None
    if not runs_on_from(above.text):
        return None
    joined = lead_in_of(f"{above.text} {text}")
    return joined if joined is not None and joined.by is not None and not joined.rest else None


def _clause_goes_on(above: Unit, text: str, lead_in_of: LeadInReader) -> bool:
    """A paragraph that carries on a "that" clause still waiting for its verb, where a
    rendering set the wrapped line apart: "(1) RECOMMENDED to Council that the revised
    Housing" / "Allocations Policy set out in Appendix 1 be adopted ..."."""
    if above.lead_in is None and above.marker is None:
        return False  # (a paragraph of narrative: what it holds is read elsewhere)
    said = above.lead_in.rest if above.lead_in is not None else above.text
    if not said or said.rstrip().endswith((".", ";", ":", ":-", "!", "?", ")")):
        return False
    if said.isupper() or text[:5] in ("That ", "THAT "):
        return False  # "RESOLVED – KEY DECISION" over "That the harbour dredging contract ..."
    if above.lead_in is None:
        # ("(1) RECOMMENDED to Council that the revised Housing": the clause after "that")
        that = f" {said.lower()}".rfind(" that ")
        if that < 0:
            return False
        said = said[that + 5 :]
    if " be " in f" {said} " or " be " not in text[:_VERB_REACH]:
        return False
    return read_marker(text) is None and lead_in_of(text) is None


def _item_set_apart(above: Unit, text: str, lead_in_of: LeadInReader) -> bool:
    """A paragraph that ends the item above, unfinished, where a rendering set its wrapped
    line apart: "1. approved the refreshed Bus Service" / "Improvement Plan at Appendix 1
    for submission to the Department for Transport;" (the next item below it)."""
    if above.marker is None or above.lead_in is not None:
        return False
    if above.text.rstrip().endswith((".", ";", ":", ":-", "!", "?", ", and")):
        return False
    if not text.rstrip().endswith((*_ITEM_ENDS, ".")) or text[:5] in ("That ", "THAT "):
        return False
    return read_marker(text) is None and lead_in_of(text) is None


# How far into the next paragraph a waiting clause's "be" may stand.
_VERB_REACH = 100


def _extend_clause(unit: Unit, text: str, at: tuple[int, int]) -> None:
    _extend(unit, text, at)
    if unit.lead_in is not None and unit.lead_in.rest:
        rest = f"{unit.lead_in.rest} {text}"
        unit.lead_in = LeadIn(unit.lead_in.kind, unit.lead_in.by, rest)


def _running_header(text: str) -> bool:
    """A page's running header, a body and its meeting's date ("Cabinet – 14 October 2025"),
    between the halves of an item a page break cut."""
    return len(text) <= _MAX_RUNNING_HEADER_CHARS and dated_heading([text])[1] is not None


_MAX_RUNNING_HEADER_CHARS = 60


def _item_below(pieces: list[tuple[str, tuple[int, int]]], position: int) -> bool:
    """The next line with text after `position` opens a numbered item ("5.3 the Director of
    Planning be authorised ...")."""
    at = _text_below(pieces, position)
    below = pieces[at][0] if at is not None else ""
    return read_marker(below) is not None or read_loose_decimal(below) is not None


def _text_below(pieces: list[tuple[str, tuple[int, int]]], position: int) -> int | None:
    """Where the next piece with text after `position` is."""
    return next((at for at in range(position + 1, len(pieces)) if pieces[at][0]), None)


def _lead_in_after_item(above: Unit, text: str, lead_in_of: LeadInReader) -> bool:
    """A lead-in on the line under one that ended on "and": under an item ("3.2 approves the
    reprofiling ... as set out in Appendix B; and" / "RECOMMENDED to Council that:") one
    that names who decides, under a minute's sentence one whose verb is in capitals; either
    starts a list, it does not go on from the line above."""
    if not text[:1].isupper():
        return False
    said = above.text.rstrip()
    if said.endswith(_ITEM_ENDS):
        lead_in = lead_in_of(text)
        return lead_in is not None and lead_in.by is not None
    # "It was moved by Councillor P. Wenham, duly seconded by Councillor A. Stroud and" /
    # "RESOLVED: (a) That ...": the minute's verb in capitals opens the list
    verb = text.split(" ", 1)[0].rstrip(":-–")
    return (
        said.endswith(" and") and len(verb) > 3 and verb.isupper() and lead_in_of(text) is not None
    )


def _extend(unit: Unit, text: str, at: tuple[int, int]) -> None:
    """`text` (at `at` in the record's text) goes on from `unit`."""
    unit.text = f"{unit.text} {text}".strip()
    if at[0] >= 0:
        unit.at = (unit.at[0] if unit.at[0] >= 0 else at[0], at[1])


def _refers_back(above: Unit, marker: Marker) -> bool:
    """Whether a line's marker is an earlier item named mid-sentence, wrapped onto the line's
    start: "(i) above following re-tender." under "(ii) authorises the Director ... to award
    any contract not let under" (the item above unfinished, the marker before its own and
    in its shape, the words after it in lower case; "1." again is a list that prints every
    item "1.")."""
    if above.marker is None or above.marker.token is None or marker.token is None:
        return False
    if marker.shape != above.marker.shape or not marker.rest[:1].islower():
        return False
    if above.text.endswith((".", ";", ":", ":-")):
        return False
    shared = set(candidate_kinds(above.marker.token)) & set(candidate_kinds(marker.token))
    return any(
        (here := ordinal(marker.token, kind)) is not None
        and (before := ordinal(above.marker.token, kind)) is not None
        and here < before
        for kind in shared
    )


# What is left of a lead-in that only introduces its list: nothing, or its subject again
# ("... RECOMMENDED to Full Council that it:").
_INTRODUCING_REST_RE = regex.compile(r"(?i)(?:it|they|he|she|the\s+council|council)\s*:-?")


def _introduces(rest: str) -> bool:
    return not rest or _INTRODUCING_REST_RE.fullmatch(rest) is not None


def _lead_in_below(
    pieces: list[tuple[str, tuple[int, int]]], position: int, lead_in_of: LeadInReader
) -> bool:
    return any(text and lead_in_of(text) is not None for text, _ in pieces[position + 1 :])


def _body_alone(unit: Unit) -> str | None:
    """The body a unit names and says nothing else ("The Cabinet"), if it is one, or names
    after what it considered ("Having considered an officer report, and a presentation by
    the Cabinet Member, the Mayor" over "RESOLVED that") or how the motion came."""
    if unit.marker is not None or unit.lead_in is not None:
        return None
    text = unit.text.strip()
    if ", " in text:
        # ... or after how the motion came ("Proposed by Councillor Dray, seconded by
        # Councillor Ashby, the Cabinet" over "RESOLVED:"): the subject after the last comma
        text = text.rsplit(", ", 1)[1]
    return body_named(text)


# How a resolution was carried, on its own line under the lead-in: "(by majority)",
# "(unanimously)", "(nem. con.)", "(by 6 votes to 1)".
_VOTE_NOTE_RE = regex.compile(
    r"(?i)\((?:unanimous(?:ly)?|by\s+(?:a\s+)?majority(?:\s+vote)?|nem\.?\s*con\.?"
    r"|by\s+\d+\s+votes?\s+to\s+\d+[^)]{0,30})\)"
)
# An item numbered with no stop or bracket: "1 note the outcome of the consultation;", "a
# That the tender submitted by Contractor C be accepted; and" (a tab's width folded)
_BARE_NUMBER_RE = regex.compile(r"(?P<tok>[1-9]\d?|[a-zA-Z])\s+(?P<rest>\S.*)")


def _bare_numbers(
    pieces: list[tuple[str, tuple[int, int]]], lead_in_of: LeadInReader
) -> dict[int, Marker]:
    """Items numbered with bare numbers or letters ("1 note ...", "2 agree ...", "a That
    ...", as a list's tab leaves them once spaces fold), by their piece's position: only a
    run that counts 1, 2, ... or a, b, ... from just under an introduction ("to:",
    "RESOLVED that Cabinet:"), for a bare number or letter opens many a line that is no
    item ("2 bedroom homes will be built ...", "A report was considered ...")."""
    found: dict[int, Marker] = {}
    expected, previous, first = 1, "", ""
    for position, (text, _) in enumerate(pieces):
        if not text:
            continue
        item = _BARE_NUMBER_RE.fullmatch(text) if text[1:2] == " " or text[:1].isdigit() else None
        token = item.group("tok") if item is not None else ""
        if item is not None and _counts(token, expected, first):
            introduced = expected > 1 or previous.endswith((":", ":-")) or lead_in_of(previous)
            if introduced:
                found[position] = Marker(token, "x", item.group("rest"))
                expected, first = expected + 1, first or token
        elif expected > 1 and item is None and read_marker(text) is not None:
            break  # another list starts
        previous = text
    return found if len(found) >= 2 else {}


def _counts(token: str, expected: int, first: str) -> bool:
    """Whether `token` is the `expected`th of a run that opened with `first` ("" before
    the run opens): 3 after 1 and 2, "c" after "a" and "b" (never a letter after numbers)."""
    if token.isdigit():
        return int(token) == expected and not first.isalpha()
    kind = token.islower()
    same_kind = not first or (first.isalpha() and first.islower() == kind)
    return same_kind and ord(token.lower()) - ord("a") + 1 == expected


# A lead-in naming its decider is short ("Resolved by the Director of Finance and
# Corporate Services"); a longer last sentence is narrative, and is not read again.
_MAX_TRAILING_LEAD_IN = 100


def _split_trailing_lead_in(text: str, lead_in_of: LeadInReader = read_lead_in) -> list[str]:
    """A line whose last sentence is a lead-in, cut before it: "Content: To progress the
    plan. Resolved by the Chief Executive Officer" over "(i) That ...": the lead-in opens
    the list, the sentence before it is narrative."""
    cut = text.rfind(". ")
    if cut < 0:
        return [text]
    tail = text[cut + 2 :].strip()
    if not tail[:1].isupper() or len(tail) > _MAX_TRAILING_LEAD_IN:
        return [text]
    lead_in = lead_in_of(tail)
    if lead_in is None or lead_in.rest:
        return [text]
    return [text[: cut + 1], tail]


def _split_first_item(text: str) -> list[str] | None:
    """A line whose words ask for a list, its first item run on after the colon, cut before
    the item: "As Cabinet Member for Economic Development, I agree to: a) APPROVE the
    allocation ..." (a PDF's line that held the two paragraphs)."""
    found = _FIRST_ITEM_AFTER_RE.search(text)
    if found is None:
        return None
    return [text[: found.end()].rstrip(), text[found.end() :]]


# The words a lead-in ends on, its colon, and a list's first marker: "... I agree to: a) ",
# "... RESOLVED that:- (1) ", "... has decided the following: 1. ".
_FIRST_ITEM_AFTER_RE = regex.compile(
    r"(?i)\b(?:to|that|following|resolved|agreed|decided|approved|recommended):-?"
    r"\s+(?=(?:\(?(?:a|i|1)\)|(?:a|1)\.)\s+\S)"
)


def has_lead_in(lines: list[str], lead_in_of: LeadInReader = read_lead_in) -> bool:
    """Whether any unit of `lines` is a lead-in ("RESOLVED that:", "21.2 The Leader
    RESOLVED to:")."""
    return any(unit.lead_in is not None for unit in group_units(lines, lead_in_of=lead_in_of))


def _numbered_paragraph(marker: Marker) -> bool:
    """A decimal paragraph number ("21.2", "4.1"): the numbering of a minute or report."""
    token = marker.token or ""
    return "." in token.strip(".")


def _starts_another_minute(units: list[Unit], marker: Marker, text: str) -> bool:
    """A numbered heading that does not continue the list before it is the next minute."""
    numbered = [u.marker.token for u in units if u.marker is not None and u.marker.token]
    if not numbered or marker.token is None or not marker.token.isdigit():
        return False
    last = numbered[-1]
    if not last.isdigit() or int(marker.token) in (int(last), int(last) + 1, 1):
        return False
    return read_minute(text) is not None


def _continues(previous: Unit, text: str, blank_before: bool) -> bool:
    if previous.lead_in and not previous.lead_in.rest and previous.text.lower() != "that":
        return False
    if text[0].islower():
        # "... energy centre;" / "delegate authority to ...": an item of a list printed with
        # no marks ends at its semicolon, and the next starts on the next line
        return not previous.text.rstrip().endswith(_ITEM_ENDS)
    if text.startswith(("That ", "Having ", "HAVING ")):
        # ("5. Catford Town Centre Framework – Adoption as Supplementary Planning Document" /
        # "Having considered an officer report, ...": a lead-in's aside opens under a
        # minute's heading, a rendering's lines with no blank between)
        return False
    if blank_before:
        return previous.marker is not None and _runs_on(previous.text)
    return not previous.text.rstrip().endswith((".", ";", ":", ":-", "!", "?"))


_ITEM_ENDS = (";", "; and", "; or")
# ... and where a run of unmarked decisions goes on ("... be approved, and" / "note ...")
_RUN_ENDS = (*_ITEM_ENDS, ", and")


def _lower_case_end(above: Unit, text: str, lead_in_of: LeadInReader) -> bool:
    """A line in lower case under an unfinished one, that names no decider of its own ("and
    it was further RECOMMENDED to Council that:" starts a list of its own)."""
    if not text[:1].islower() or _ended(above):
        return False
    own = lead_in_of(text)
    return own is None or own.by is None


def _ended(previous: Unit) -> bool:
    if previous.lead_in is not None and not previous.lead_in.rest:
        return True
    return previous.text.rstrip().endswith((".", ";", ":", ":-", "; and", "; or"))


def _runs_on(text: str) -> bool:
    return text.rsplit(" ", 1)[-1] in RUN_ON_WORDS


def parse_resolutions(
    lines: list[str],
    *,
    default_by: str | None = None,
    decision_section: bool = True,
    log: DefectLog | None = None,
    spans: list[tuple[int, int]] | None = None,
) -> list[Resolution]:
    """The resolutions in `lines` (a decision section, or loose text when there is none);
    with `spans` (each line's offsets in the record's text) each carries its evidence."""
    read = read_resolutions(
        lines, default_by=default_by, decision_section=decision_section, log=log, spans=spans
    )
    return [item.freeze() for item in read]


def read_resolutions(
    lines: list[str],
    *,
    default_by: str | None = None,
    decision_section: bool = True,
    log: DefectLog | None = None,
    spans: list[tuple[int, int]] | None = None,
    lead_in_of: LeadInReader = read_lead_in,
) -> list[ResolutionItem]:
    """`parse_resolutions` as plain data: the record's reader makes the models once, with the
    record, rather than a model for each resolution and each piece of its evidence."""
    units = group_units(lines, spans, lead_in_of)
    items = _under_lead_ins(units, default_by)
    if not items:
        items = _without_lead_in(units, default_by, decision_section)
    elif decision_section and (first := _list_before_recommendations(units)):
        items = _without_lead_in(units[:first], default_by, decision_section) + items
    dropped: list[str] = []
    items = _real_clauses(_english_half(items), dropped)
    if dropped and log is not None:
        shown = ", ".join(repr(text) for text in dropped)
        log.add(
            "uncertain_field",
            f"left out of the resolutions what reads as no clause: {shown}",
            field="resolutions",
        )
    return items


def _english_half(items: list[ResolutionItem]) -> list[ResolutionItem]:
    """The English items of a bilingual record's list, which prints each decision in both
    languages, one half under the other ("1. To approve the repair ..." / "2. To delegate
    ..." / "1. Cymeradwyo atgyweirio ..." / "2. Dirprwyo i Bennaeth ..."): a Welsh half as
    long as the English one, numbered the same, is the same decisions."""
    welsh = [item for item in items if says_welsh(item.text)]
    english = [item for item in items if not says_welsh(item.text)]
    if not welsh or len(welsh) != len(english):
        return items
    if [item.number for item in welsh] != [item.number for item in english]:
        return items
    return english


def _real_clauses(items: list[ResolutionItem], dropped: list[str]) -> list[ResolutionItem]:
    """Items whose text is a clause: a lead-in's leftover ("To", "That") or a tag ("KEY
    DECISION") is no resolution; its sub-items, if any, stand in its place."""
    kept: list[ResolutionItem] = []
    for item in items:
        item.items = _real_clauses(item.items, dropped)
        if item.items and _introduces_its_items(item):
            # "4.1 The Chief Officer Highways and Transportation has:" over 4.1.1, 4.1.2:
            # the paragraph only introduces the decisions numbered under it
            by = item.by or subject_of(item.text)
            for child in item.items:
                child.by = child.by or by
            kept.extend(item.items)
            continue
        if _is_clause(item.text) and not (item.items and _is_group_title(item)):
            kept.append(item)
        else:
            dropped.append(item.text)
            kept.extend(item.items)
    return kept


# A decider and "has" alone: "The Chief Officer Highways and Transportation has:".
_SUBJECT_HAS_RE = regex.compile(r"(?:The\s+)?[A-Z][\w ,()&'’-]{2,100}?\s+ha(?:s|ve)\s*:-?$")


def _introduces_its_items(item: ResolutionItem) -> bool:
    """A numbered paragraph that ends on a colon over items numbered within its number
    ("4.1 ... has:" over "4.1.1", "4.1.2"): an introduction, not a decision of its own."""
    if item.number is None or not item.text.endswith((":", ":-")):
        return False
    if _SUBJECT_HAS_RE.match(item.text) is None:
        lead_in = read_lead_in(item.text)
        if lead_in is None or lead_in.rest:
            return False  # "2.2 That the criteria be extended to include:": a decision
    within = f"{item.number.rstrip('.')}."
    return all(child.number is not None and child.number.startswith(within) for child in item.items)


def _is_clause(text: str) -> bool:
    """At least two words, and more than a short tag in capitals: "Approve the plan." and
    "THAT THE MINUTES BE APPROVED" are clauses; "To" and "KEY DECISION" are not."""
    words = text.split()
    if len(words) < 2:
        return bool(_ONE_WORD_DECISION_RE.match(text))  # "Agreed." / "Deferred."
    return len(words) > _MAX_TAG_WORDS or any(ch.islower() for ch in text)


_MAX_TAG_WORDS = 3


def _is_group_title(item: ResolutionItem) -> bool:
    """An unnumbered title over a list: "Library Opening Hours (Report 2)" / "(i) To agree
    ..." -- a sub-heading grouping decisions, no decision itself."""
    text = item.text
    if item.number is not None or text.endswith((".", ";", ":", ":-", ",")):
        return False
    words = text.split()
    long_words = [w for w in words if len(w) > 3]
    if len(words) > _MAX_TITLE_WORDS or not long_words:
        return False
    # every longer word capitalised, or a joining word ("Works to and from the Depot"): a
    # lower-case verb ("Cabinet approves the Capital Programme") makes it a clause
    return all(
        w[:1].isupper() or w[:1].isdigit() or w[:1] == "(" or w in _TITLE_JOINERS
        for w in long_words
    )


_MAX_TITLE_WORDS = 12
_TITLE_JOINERS = frozenset({"from", "into", "with", "under", "over", "upon", "within", "between"})
_ONE_WORD_DECISION_RE = regex.compile(r"^[A-Z][a-z]{2,}ed\.?$")


# A run of unmarked decisions, one a line: "NOTED the annual complaints report;" /
# "ENDORSED the revised allotment rules." -- each opens on a verb in capitals.
CAPS_VERB_RE = regex.compile(r"^[A-Z]{2,}ED\b")
# ... where a lead-in word in capitals takes its object straight after it: "AGREED the
# revised charges;" (not "AGREED that ..." or "AGREED: to ...")
CAPS_VERB_ITEM_RE = regex.compile(r"^[A-Z]{2,}ED\s+(?!(?i:that|to)\b)[a-z]")
# The same run on one line: "NOTED the report; and APPROVED the revised plan."
_CAPS_VERB_SPLIT_RE = regex.compile(r"(?<=;)\s+(?:and\s+)?(?=[A-Z]{2,}ED\b)")
# A preamble between "RESOLVED:" and its list ends as an introduction does: "As delegated
# by Cabinet on 3 May, the Director is asked to:", "It is recommended that:".
_PREAMBLE_END_RE = regex.compile(r"(?i)\b(?:to|that)\s*:-?\s*$")


def _under_lead_ins(units: list[Unit], default_by: str | None) -> list[ResolutionItem]:
    items: list[ResolutionItem] = []
    context: LeadIn | None = None
    context_at = _NOWHERE
    waiting = False
    list_from = 0  # where the list under the lead-in in force may start
    for position, unit in enumerate(units):
        following = units[position + 1] if position + 1 < len(units) else None
        if unit.lead_in is not None and waiting and CAPS_VERB_ITEM_RE.match(unit.text):
            # "The Cabinet Member:" / "NOTED ...;" / "AGREED the revised charges.": in a run
            # of verbs in capitals, "AGREED" is one more item, not a new lead-in.
            assert context is not None
            items.append(
                ResolutionItem(
                    None, unit.text, context.kind, context.by, 0, at=unit.at, lead_at=context_at
                )
            )
            waiting = _run_goes_on(unit.text, following)
        elif unit.lead_in is not None:
            lead_in = unit.lead_in
            if lead_in.by is None and lead_in.kind == "resolved":
                if waiting and context is not None and lead_in.rest:
                    # "The Leader:" / "NOTED ...;" / "AGREED the ...": one run, one decider
                    lead_in = LeadIn(lead_in.kind, context.by, lead_in.rest)
                elif default_by:
                    # "Decision of Executive Councillor for X:" names who resolved.
                    lead_in = LeadIn(lead_in.kind, default_by, lead_in.rest)
            before = len(items)
            context, waiting = _apply_lead_in(lead_in, units, position, items)
            context_at = unit.at
            list_from = len(items) if len(items) == before else -1
        elif context is not None and unit.marker is not None:
            # A list straight under a new lead-in starts afresh: "1." under the next
            # minute's "RESOLVED:" is no sub-item of the last minute's "2. ... following:".
            _add_listed(
                items,
                unit,
                context.kind,
                context.by,
                fresh=len(items) == list_from,
                lead_at=context_at,
            )
            waiting = False
        elif context is not None and waiting:
            if _is_preamble(unit, following):
                # "RESOLVED:" / "As delegated ..., the Director is asked to:" / "1.1 ...":
                # the list is what was resolved; the preamble is none of it.
                context = LeadIn(context.kind, end_subject(unit.text) or context.by, "")
                waiting = False
                continue
            if _dated_table_row(unit.text):
                # "Director for Commissioning:" / "Transport and Infrastructure   16/9/13": a
                # sign-off table's cell over its date, no clause under a lead-in
                waiting = False
                continue
            for text in _caps_verb_parts(unit.text):
                kind, by = _clause(text, context)
                items.append(
                    ResolutionItem(
                        None, strip_that(text), kind, by, 0, at=unit.at, lead_at=context_at
                    )
                )
            waiting = _run_goes_on(unit.text, following)
    return items


# A word of a clause: one in lower case, longer than the small words that join names.
_CLAUSE_WORD_RE = regex.compile(r"\b[a-z]{4,}\b")


def _dated_table_row(text: str) -> bool:
    """Names and a date with no word of a clause among them: "Transport and Infrastructure
    16/9/13 Section 151 Officer 18/9/13" (a table's rows, run together)."""
    return _CLAUSE_WORD_RE.search(text) is None and find_first_date(text) is not None


def _caps_verb_parts(text: str) -> list[str]:
    return _CAPS_VERB_SPLIT_RE.split(text) if ";" in text else [text]


def _worded_as_decision(text: str) -> bool:
    return bool(CAPS_VERB_RE.match(text) or ACT_RE.match(text)) or is_bare_clause(text)


def _is_preamble(unit: Unit, following: Unit | None) -> bool:
    if following is None or following.marker is None:
        return False
    if end_subject(unit.text) is not None:
        return True
    # "That approval be given to the following:" decides something itself (its list may
    # be its parts): only a preamble that decides nothing is passed over.
    text = unit.text
    return (
        bool(_PREAMBLE_END_RE.search(text))
        and not text.startswith("That")
        and not is_bare_clause(text)
    )


def _run_goes_on(text: str, following: Unit | None) -> bool:
    """Unmarked decisions go on, one a line, after one that ends "...;" or "...; and", or
    while each opens on a verb in capitals ("NOTED ..." / "APPROVED ...")."""
    if following is None or following.marker is not None or following.lead_in is not None:
        return False
    ended = text.rstrip().endswith(_RUN_ENDS)
    if following.text[:1].islower() and ended:
        # "enter into a 25-year concession agreement ...;" / "delegate authority to ...":
        # the list under "The Leader approved the decision to:", its items each a verb
        return True
    if not following.text[:1].isupper():
        return False  # "(Moved by Councillor A and seconded by Councillor B)"
    if ended:
        # ... and what follows is worded as a decision too (not "Councillor X asked ...")
        return _worded_as_decision(following.text)
    if text.startswith("That ") and following.text.startswith("That "):
        return True  # "RESOLVED:" / "That the report be noted." / "That the fees be ..."
    return bool(CAPS_VERB_RE.match(text)) and bool(CAPS_VERB_RE.match(following.text))


def _apply_lead_in(
    lead_in: LeadIn, units: list[Unit], position: int, items: list[ResolutionItem]
) -> tuple[LeadIn, bool]:
    """Record an inline resolution, or open a list; returns (context, waiting for clause)."""
    following = units[position + 1] if position + 1 < len(units) else None
    if lead_in.opens_list:
        intro = intro_body(lead_in.rest) if lead_in.rest else None
        if intro is not None and lead_in.kind == "resolved":
            kind, by = intro
            lead_in = LeadIn(kind, by or lead_in.by, "")
        waiting = following is not None and following.marker is None
        return lead_in, waiting
    if _introduces_list(lead_in.rest, following):
        # "RESOLVED: That the Council, having considered the responses" / "1) confirm ...":
        # an unfinished sentence over a list is its opening words, not a resolution.
        kind, by = _clause(lead_in.rest, lead_in)
        by = by or subject_before_comma(strip_that(lead_in.rest))
        return LeadIn(kind, by, ""), False
    at = units[position].at
    for text in _caps_verb_parts(lead_in.rest):
        kind, by = _clause(text, lead_in)
        items.append(ResolutionItem(None, strip_that(text), kind, by, 0, at=at, lead_at=at))
    if not _is_clause(lead_in.rest):
        # "RESOLVED – KEY DECISION" / "That the ...": the tag is dropped later (and said
        # so); the clause is still to come.
        return lead_in, following is not None and following.marker is None
    return lead_in, _run_goes_on(lead_in.rest, following)


def _introduces_list(rest: str, following: Unit | None) -> bool:
    """A lead-in's words that stop short of a sentence's end, with a list starting below."""
    if following is None or following.marker is None or not _starts_a_list(following.marker):
        return False
    return not rest.rstrip().endswith((".", ";", "!", "?", ")"))


def _clause(text: str, context: LeadIn) -> tuple[ResolutionKind, str | None]:
    kind, by = clause_kind_and_by(text)
    if kind == "recommended" or context.kind == "recommended":
        return "recommended", by if kind == "recommended" else context.by or by
    return "resolved", by or context.by


def _list_before_recommendations(units: list[Unit]) -> int:
    """Where the first lead-in stands, when it recommends to Council and the list above it,
    under no lead-in of its own, is numbered on by the list under it: "Decision:" / "(a) the
    revised tariff be APPROVED ...;" / "(b) authority be DELEGATED ...;" / "RECOMMEND to
    Council:" / "(c) the Capital Programme be increased ..." (the decisions, then what goes
    to Council); 0 otherwise."""
    first = next((i for i, unit in enumerate(units) if unit.lead_in is not None), 0)
    lead_in = units[first].lead_in if first else None
    if lead_in is None or lead_in.kind != "recommended":
        return 0
    above = next((u.marker for u in reversed(units[:first]) if u.marker is not None), None)
    below = next((u.marker for u in units[first + 1 :] if u.marker is not None), None)
    if above is None or below is None or not follows_marker(above, below):
        return 0
    return first


def _without_lead_in(
    units: list[Unit], default_by: str | None, decision_section: bool
) -> list[ResolutionItem]:
    items: list[ResolutionItem] = []
    kind: ResolutionKind = "resolved"
    by = default_by
    acts = decision_section and _bullets_are_acts(units)
    for position, unit in enumerate(units):
        if unit.marker is None:
            continue
        if not items and not _starts_a_list(unit.marker):
            continue  # "S. Patel (Chief Executive), R. Jones (Director)": initials, no list
        if not decision_section and not items and unit.marker.token and "." in unit.marker.token:
            continue  # "2.1 Background": a report's paragraphs, under no decision heading
        if not decision_section and not items and _report_heading(unit.text):
            continue  # "1. Purpose of Report": a report's numbered heading, no decision
        if not items and position > 0:
            kind, by = _intro_before(units[position - 1], default_by)
        listed = unit.marker.token is not None or items or acts
        if listed or _short_intro(units, position):  # ("Approve:" then its bullets)
            _add_listed(items, unit, kind, by)
    if items:
        return items
    return _bare_clause(units, default_by, decision_section)


def _report_heading(text: str) -> bool:
    """A short heading of a report's numbered part, no decision: "Purpose of Report",
    "Background and proposal" (no stop at its end, not worded as an act)."""
    return (
        len(text.split()) <= _MAX_REPORT_HEADING_WORDS
        and not text.rstrip().endswith((".", ";", ":"))
        and not _worded_as_act(text)
    )


_MAX_REPORT_HEADING_WORDS = 6


def _bullets_are_acts(units: list[Unit]) -> bool:
    """Bullets with no introduction are the decisions when each is worded as one ("- To
    approve the revised fees", "- Noted the update"), not a narrative's points."""
    bullets = [u for u in units if u.marker is not None and u.marker.token is None]
    return bool(bullets) and all(_worded_as_act(u.text) for u in bullets)


def _worded_as_act(text: str) -> bool:
    """ "To approve the revised fees", "Noted the update", and a bare clause, "The garden
    waste charge be set at £45" (its first letter raised: "the fee be waived" under "The
    Leader approved the decision to:")."""
    return ACT_RE.match(text) is not None or is_bare_clause(text[:1].upper() + text[1:])


def _starts_a_list(marker: Marker) -> bool:
    """A list of letters opens at "a" (or a roman one at "i"); numbers may open anywhere
    ("3.1", "4." where the report's numbering is kept)."""
    token = marker.token
    if token is None or token[:1].isdigit():
        return True
    return any(ordinal(token, kind) == 1 for kind in candidate_kinds(token))


def _short_intro(units: list[Unit], position: int) -> bool:
    """Bullets count only under a short intro such as "Approve:" (not narrative lists)."""
    if position == 0:
        return False
    intro = units[position - 1]
    return intro.marker is None and intro.text.endswith(":") and len(intro.text.split()) <= 4


def _intro_before(unit: Unit, default_by: str | None) -> tuple[ResolutionKind, str | None]:
    found = intro_body(unit.text) if unit.marker is None else None
    if found is None:
        return "resolved", default_by
    return found[0], found[1] or default_by


def _bare_clause(
    units: list[Unit], default_by: str | None, decision_section: bool
) -> list[ResolutionItem]:
    paragraphs = [u for u in units if u.marker is None]
    for position, unit in enumerate(paragraphs):
        text = unit.text
        if is_bare_clause(text):
            if text.startswith(("“", '"')):
                continue
            run = [unit]
            if text.startswith("That "):
                # "That the report be noted." / "That the fees be approved.": one resolution
                # a paragraph, while each opens on "That"
                for more in paragraphs[position + 1 :]:
                    if not more.text.startswith("That "):
                        break
                    run.append(more)
            items = []
            for clause in run:
                kind, by = clause_kind_and_by(clause.text)
                items.append(
                    ResolutionItem(
                        None, strip_that(clause.text), kind, by or default_by, 0, at=clause.at
                    )
                )
            return items
    acts = _leading_acts(paragraphs) if decision_section else []
    if acts:
        # "Approved the allocation of £40,000 ..." / "Delegated authority to the Director
        # ...": a decision that opens with acts, one a paragraph, is those acts; a narrative
        # after them is not ("To award a contract ..." / "Works are programmed to start on
        # 3 July 2023 ...")
        return [ResolutionItem(None, p.text, "resolved", default_by, 0, at=p.at) for p in acts]
    if (
        decision_section
        and 0 < len(paragraphs) <= _MAX_ACT_PARAGRAPHS
        and all(DECIDER_ACT_RE.match(p.text) for p in paragraphs)
    ):
        # "The Mayor approves a grant of £4.2 million ...", "As Corporate Director, I agree
        # to commission ...": a decision that is sentences of its decider acting
        return [_decider_act(p, default_by) for p in paragraphs]
    return []


def _leading_acts(paragraphs: list[Unit]) -> list[Unit]:
    """The paragraphs worded as acts from the first on (none unless the first is one)."""
    if not 0 < len(paragraphs) <= _MAX_ACT_PARAGRAPHS:
        return []
    acts: list[Unit] = []
    for paragraph in paragraphs:
        if ACT_RE.match(paragraph.text) is None and _PASSIVE_ACT_RE.match(paragraph.text) is None:
            break
        acts.append(paragraph)
    return acts


# A decision stated as done, in one sentence: "Option 1 was approved.", "The revised fees
# were agreed with effect from 1 April 2025.", "Approval is given to enter into ...".
_PASSIVE_ACT_RE = regex.compile(
    r"[A-Z][^.;:]{1,160}?\s(?:was|were|has\s+been|have\s+been)\s+(?:approved|agreed|adopted"
    r"|endorsed|accepted|authorised|authorized|granted|awarded)\b[^.;:]{0,160}\.?$"
    # "Approval is given to enter into a 12-month licence agreement ..."
    r"|(?:Approval|Authority|Agreement|Consent)\s+(?:is|was|has\s+been)\s+(?:given|granted)\b"
    r"[^;:]{0,300}$"
)


# A decision's outcome in a word or two, as a CMIS page prints it under "Decision Outcome"
# above the decision itself: "Approved", "Decision taken as proposed".
# (A listing's own statuses, "Recommendations Approved", "Decision made", are outcomes too.)
_OUTCOME_STATUS_RE = regex.compile(
    r"(?i)(?:approved|agreed|noted|deferred|rejected|refused|withdrawn|as\s+recommended"
    r"|decision\s+taken(?:\s+as\s+(?:proposed|recommended))?"
    r"|decision\s+made\s+as\s+(?:proposed|recommended)|" + LISTING_STATUS + r")\.?"
)


def is_outcome_status(text: str) -> bool:
    """`text` is only an outcome ("Approved"), not the decision's words."""
    return len(text) < 40 and _OUTCOME_STATUS_RE.fullmatch(text.strip()) is not None


def _decider_act(paragraph: Unit, default_by: str | None) -> ResolutionItem:
    kind, by = clause_kind_and_by(paragraph.text)
    return ResolutionItem(None, paragraph.text, kind, by or default_by, 0, at=paragraph.at)


_MAX_ACT_PARAGRAPHS = 6


def _own_lead_in(text: str) -> LeadIn | None:
    """The lead-in in capitals a list item opens with ("RESOLVED that", "RECOMMENDED to
    Council that"), and the clause after it in full."""
    first = text.split(None, 1)[0] if text else ""
    if len(first) < 5 or not first.isupper():
        return None  # (most items: a clause in lower case, no lead-in of their own)
    found = read_lead_in(text)
    if found is None or not _is_clause(found.rest):
        return None
    # ("B. AGREED a capital budget of ..." is an act in capitals, kept whole: only a lead-in
    # ending on "that" opens a clause of its own)
    said = text[: len(text) - len(found.rest)].rstrip(" :-–")
    opens_that = said.lower().endswith(" that") or found.rest.lower().startswith("that ")
    return found if opens_that else None


def _add_listed(
    items: list[ResolutionItem],
    unit: Unit,
    kind: ResolutionKind,
    by: str | None,
    *,
    fresh: bool = False,
    lead_at: tuple[int, int] = _NOWHERE,
) -> None:
    """Place a list item at its level: a new style nests, a known style returns to its level
    (a `fresh` list starts at the top)."""
    marker = unit.marker
    assert marker is not None
    level, token_kind = (0, candidate_kinds(marker.token)[0]) if fresh else _level_of(items, marker)
    text = unit.text.strip()
    siblings, parent = items, None
    for _ in range(level):
        parent = siblings[-1]
        siblings = parent.items
    if parent is not None and parent.kind == "recommended":
        # "3. To recommend to Council:" / "(a) ..." / "(b) ...": its parts are too
        kind, by = parent.kind, parent.by
    elif parent is not None and by is None:
        by = parent.by  # "That Cabinet approves ...:" / "(a) ...": Cabinet's parts
    elif kind == "resolved" and recommends_to_council(text):
        # "3. To recommend to Council that the revised budget be adopted." in a list of
        # decisions: a recommendation to Council, not an executive decision.
        kind, by = "recommended", "Council"
    own = _own_lead_in(text)
    if own is not None and own.kind == "resolved" and own.by is None and _acts_before(siblings):
        # "a. APPROVED the making of the Order;" / "b. AGREED that the objectors be
        # notified; and": the item's verb in a list of acts, as its siblings keep theirs
        own = None
    if own is not None:
        # "(1) RECOMMENDED to Council that the revised policy be adopted;" / "(2) RESOLVED
        # that ...": each item opens with its own lead-in, which says what it is
        kind, by, text = own.kind, own.by or by, strip_that(own.rest)
    siblings.append(
        ResolutionItem(
            marker.token,
            text,
            kind,
            by,
            level,
            marker.shape,
            token_kind,
            at=unit.at,
            lead_at=lead_at,
        )
    )


def _acts_before(siblings: list[ResolutionItem]) -> bool:
    """The item before opens on an act in capitals ("APPROVED the making of ...")."""
    return bool(siblings) and CAPS_VERB_ITEM_RE.match(siblings[-1].text) is not None


def _level_of(items: list[ResolutionItem], marker: Marker) -> tuple[int, TokenKind]:
    """The depth a marker belongs at, and the kind of token it is read as there."""
    chain = _last_chain(items)
    # The next number of a list, deepest first: "2." after "1." / "(a)" / "(b)" goes back
    # up; "2." after "2. ... framework:" / "1." goes on with the sub-list.
    for depth in range(len(chain) - 1, -1, -1):
        last = chain[depth]
        if last.shape == marker.shape and _continues_sequence(last, marker, strict=True):
            return depth, last.token_kind
    for depth, last in enumerate(chain):
        if last.shape == marker.shape and _continues_sequence(last, marker, strict=False):
            return depth, last.token_kind
    if chain and _opens_sub_list(chain[-1], marker):
        # "2. That these firms join the roofing framework:" / "1. A Ltd" / "2. B Ltd": a
        # list that restarts after an item ending in a colon is that item's own list.
        return len(chain), chain[-1].token_kind
    for depth, last in enumerate(chain):
        # A restart or a skip in the same style ("1." after "3."); an ambiguous token such
        # as "(i)" after "(a)" is not one: it opens a roman sub-list.
        if last.shape == marker.shape and last.token_kind == candidate_kinds(marker.token)[0]:
            return depth, last.token_kind
    return len(chain), candidate_kinds(marker.token)[0]


def _opens_sub_list(last: ResolutionItem, marker: Marker) -> bool:
    if last.shape != marker.shape or marker.token is None or last.number is None:
        return False
    if last.token_kind not in candidate_kinds(marker.token):
        return False
    if not last.text.rstrip().endswith((":", ":-")):
        return False
    return (
        ordinal(marker.token, last.token_kind) == 1 and ordinal(last.number, last.token_kind) != 1
    )


def _last_chain(items: list[ResolutionItem]) -> list[ResolutionItem]:
    chain: list[ResolutionItem] = []
    current = items
    while current:
        chain.append(current[-1])
        current = current[-1].items
    return chain


def _continues_sequence(last: ResolutionItem, marker: Marker, *, strict: bool) -> bool:
    """`marker` is the next in `last`'s list (`strict`), or repeats its number ("1." printed
    for every item)."""
    kind = last.token_kind
    if kind == "bullet" or marker.token is None or last.number is None:
        return not strict and kind == "bullet" and marker.token is None
    if kind not in candidate_kinds(marker.token):
        return False
    if kind == "decimal" and last.number.rpartition(".")[0] != marker.token.rpartition(".")[0]:
        return False  # "3.2" goes on from "3.1", not from "2.1"
    before, now = ordinal(last.number, kind), ordinal(marker.token, kind)
    if before is None or now is None:
        return False
    return now == before + 1 if strict else now == before


def without_translation(items: list[ResolutionItem]) -> list[ResolutionItem]:
    """The list once where a bilingual record prints it twice: "RESOLVED to: 1) increase
    ... fees by 6% from 1 April 2024 ..." then "PENDERFYNWYD: 1) cynyddu ffioedd ... 6% o 1
    Ebrill 2024 ...". The second run restates the first when it has the same numbers and
    each item the same figures as its pair (a translation keeps "£95", "6%", "18"); the
    first printed is kept."""
    half = len(items) // 2
    if half < 1 or len(items) != 2 * half:
        return items
    first, second = items[:half], items[half:]
    if [i.number for i in first] != [i.number for i in second] or first[0].number is None:
        return items
    if [i.kind for i in first] != [i.kind for i in second]:
        return items  # (resolutions, then the same numbers recommended to Council)
    figures = [(_figures(a.text), _figures(b.text)) for a, b in zip(first, second, strict=True)]
    if any(a != b for a, b in figures) or 2 * sum(1 for a, _ in figures if a) < half:
        return items
    return first


def _figures(text: str) -> list[str]:
    return sorted(_FIGURE_RE.findall(text))


_FIGURE_RE = regex.compile(r"\d+")
