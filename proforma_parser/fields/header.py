"""The record's header: who decided, when, and in what kind of document.

Read from the lines before the first section (banner, document type, "Cabinet Meeting
17th March 2022", a listing's "07/01/2020 - Title ref: 3871  For Determination"); each fact
has a reader module of its own (council, meeting, title, decision_maker) and this one puts
their answers together.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import regex

from ..structure.leadins import LeadIn, read_lead_in
from ..wording.banners import banner_match, listing_entry, opens_with_listing_date
from ..wording.dates import find_first_date
from ..wording.documents import doc_type_after_office, doc_type_match
from ..wording.lines import at_dash
from ..wording.offices import OFFICE_RE
from ..wording.vocabulary import canonical_body
from .decision_maker import (
    body_in,
    body_named,
    first_person_office,
    office_line,
    report_to,
    taken_by,
)
from .meeting import (
    DateReader,
    before_lead_in,
    body_or_board,
    body_then_date,
    dated_heading,
    meeting_held,
    meeting_line,
)
from .phrasing import title_case


@dataclass(frozen=True, slots=True)
class Header:
    document_type: str | None = None
    decision_maker: str | None = None
    decision_date_text: str | None = None
    title: str | None = None
    reference: str | None = None
    decision_status: str | None = None
    listing: str | None = None
    """The listing line ("09/07/2025 - Title ref: 1782  Status") the title, reference and
    status were read from, where one was."""
    date_from_listing: bool = False
    """Whether `decision_date_text` was read from the listing line."""


def read_header(
    lines: Sequence[str],
    later: Sequence[str] = (),
    lead_in_of: Callable[[str], LeadIn | None] = read_lead_in,
    date_of: DateReader = find_first_date,
) -> Header:
    """Facts stated by the header lines (those before the first section); `later`, the lines
    after them, is read only for what the header lacks: a listing's dated title line under a
    page's own headings, and the meeting's date in minutes whose first label runs on.
    `lead_in_of` reads a line's lead-in (the record's memo of `read_lead_in`), `date_of` a
    text's first date (its memo of `find_first_date`)."""
    header, rest = read_header_lines(lines, later, lead_in_of, date_of)
    return header if rest is None else rest()


def read_header_lines(
    lines: Sequence[str],
    later: Sequence[str] = (),
    lead_in_of: Callable[[str], LeadIn | None] = read_lead_in,
    date_of: DateReader = find_first_date,
) -> tuple[Header, Callable[[], Header] | None]:
    """`read_header` as far as the header lines (and a listing line below them) go, and,
    where they state no date, what reads the meeting from the lines below: the header that
    gives (None where there is nothing more to read). A record that labels its maker and its
    date never needs the rest, and is spared reading its whole text for a meeting."""
    doc_type, who = _document_type(lines)
    maker, date_text = meeting_line(lines, date_of)
    # The header lines before the first lead-in, cut once and only when a reader needs them
    # (each cut reads every line for a lead-in).
    before: Sequence[str] | None = None
    held_maker, held_date = meeting_held(lines, date_of)
    if held_date is not None:  # read again without the resolutions (cut only when needed)
        before = before_lead_in(lines, lead_in_of)
        if before is not lines:  # (no lead-in leaves the lines as they were: read already)
            held_maker, held_date = meeting_held(before, date_of)
    taken_maker, taken_date = taken_by(lines, date_of)
    maker = maker or taken_maker or held_maker
    date_text = date_text or taken_date or held_date
    if not (maker and date_text):  # the weakest statement, looked for only when needed
        heading_maker, heading_date = dated_heading(lines)
        if heading_date is not None:
            before = before_lead_in(lines, lead_in_of) if before is None else before
            if before is not lines:
                heading_maker, heading_date = dated_heading(before)
        maker, date_text = maker or heading_maker, date_text or heading_date
    if not date_text:  # the weakest: "CABINET" over "MONDAY 3 FEBRUARY 2025"
        body, body_date = body_then_date(lines)
        maker, date_text = maker or body, body_date
    dated: regex.Match[str] | None = next(
        (
            m
            for position, line in enumerate(lines)
            if opens_with_listing_date(line) and (m := listing_entry(lines, position))
        ),
        None,
    )
    if dated is None and later:
        # "09/07/2025 - Transfer of Staff ref: 1782  Recommendations Approved" under a
        # listing page's "Decisions" heading: the "ref:" makes the line a listing's entry
        dated = next(
            (
                m
                for position, line in enumerate(later)
                if opens_with_listing_date(line)
                and (m := listing_entry(later, position))
                and m.group("ref")
            ),
            None,
        )
    if date_text is None and dated is None and later:

        def rest() -> Header:
            held_maker, held_date = meeting_held(before_lead_in(later, lead_in_of), date_of)
            return _header(lines, doc_type, who, maker or held_maker, held_date, dated)

        return _header(lines, doc_type, who, maker, None, dated), rest
    return _header(lines, doc_type, who, maker, date_text, dated), None


def _header(
    lines: Sequence[str],
    doc_type: str | None,
    who: str | None,
    maker: str | None,
    date_text: str | None,
    dated: regex.Match[str] | None,
) -> Header:
    title = dated.group("title").strip() if dated else None
    # "13/11/2025 - Cabinet" under an issue's title: the meeting's date and body, no title
    body = body_named(title) if title else None
    return Header(
        document_type=doc_type,
        decision_maker=who
        or maker
        or body
        or office_line(lines)
        or first_person_office(lines)
        or report_to(lines),
        decision_date_text=date_text or (dated.group("date") if dated else None),
        # None without a dated title: `plain_title` is read only when no section gives one
        title=None if body else title,
        reference=dated.group("ref") if dated else None,
        decision_status=(dated.group("status") or "").strip() or None if dated else None,
        listing=dated.string if dated else None,
        date_from_listing=date_text is None and dated is not None,
    )


def _document_type(lines: Sequence[str]) -> tuple[str | None, str | None]:
    for position, line in enumerate(lines):
        found = doc_type_match(line) or _doc_type_after_dash(line)
        if not found:
            continue
        words = found.group("type")
        if _TAKEN_BY_RE.match(line, found.end("type")) and found.string == line:
            # "Record of Decision taken by the Elected Mayor", "Record of Decision Taken
            # Under Delegated Powers": how it was taken is the type's own name ("taken on
            # 4 May 2024" is its date, and is left out)
            words = line
        head, rest = found.string, line[len(found.string) :]
        # "EXECUTIVE DECISION – LEADER OF THE COUNCIL": the office that took it, after the dash
        office_after = _office_before(rest[3:]) if rest[:3] in (" - ", " – ") else None
        if (
            head != line
            and line.startswith(head)
            and rest[:3] in (" - ", " – ")
            and office_after is None
            and not _names_body(rest)
            and not _KEY_STATUS_RE.match(rest, 3)
        ):
            # "LEADER'S DECISION - URGENT ACTION": the words after the dash are the type's
            # own ("Record of Decisions - Cabinet" names who)
            words = line
        following = next((line for line in lines[position + 1 :] if line.strip()), "")
        if following.strip().lower() == "proforma" and "proforma" not in words.lower():
            words = f"{words} proforma"
        who = found.group("who")
        if who and words.lower().endswith("report"):
            # "KEY DECISION REPORT BY THE EXECUTIVE DIRECTOR FOR HOUSING": who wrote the
            # report, not who decided on it
            who = None
        taker = _TAKER_RE.match(line, found.end("type")) if not who else None
        # ("EXECUTIVE DECISION TAKEN BY THE MAYOR": who took it, not the "Executive" of its
        # kind)
        if who:
            body: str | None = _decider(who)
        elif taker is not None:
            # (one who took it, or only the kind of member who did: "TAKEN BY A CABINET
            # MEMBER" names no body, and the kind's "Executive" is no decider then)
            body = _taken_by(taker) or office_after
        elif line == found.string and (below := _TAKER_RE.match(f" {following.strip()}")):
            # "EXECUTIVE DECISION" / "made by the Leader of the Council" (or "made by a
            # Cabinet Member"): the line under the kind says who took it, not the Executive of
            # its kind (with the day it was taken, "Made by ... on 9 January 2025", it is
            # read as a statement of who and when)
            undated = find_first_date(following) is None
            body = (_taken_by(below) if undated else None) or office_after
        else:
            body = office_after or body_in(words)
        if body is None and found.start("type") > 0:
            # "EXECUTIVE COMMITTEE – DECISION NOTICE": the body before the dash
            body = body_or_board(line[: found.start("type")].rstrip(" -–"))
        if body is None and found.string != line and line.endswith(found.string):
            # "LEADER OF THE COUNCIL - RECORD OF DECISION": the office before the dash
            body = _office_before(line[: len(line) - len(found.string)])
        if body is None and rest[:3] in (" - ", " – "):
            body = body_or_board(rest[3:].strip())  # "RECORD OF DECISION - CABINET"
        return title_case(words), body
    return None, None


# A decision's status after the record's kind, no part of it: "OFFICER DECISION RECORD -
# NON-KEY DECISION", "... - Key Decision".
_KEY_STATUS_RE = regex.compile(r"(?i)(?:non[- ]?)?key\s+decision\b")


# A meeting an office holds to decide, named after it: "RECORD OF DECISIONS of the Cabinet
# Member for Traffic & Transportation Decision Meeting held on ...".
_OWN_MEETING_RE = regex.compile(r"(?i)\s+(?:decisions?\s+)?meeting$")


def _taken_by(taker: regex.Match[str]) -> str | None:
    """Who took it, after the record's kind: a body ("... TAKEN BY THE MAYOR") or an office
    ("RECORD OF A DECISION TAKEN BY THE LEADER OF THE COUNCIL")."""
    who = taker.group("who").strip()
    return _office_before(who) or body_or_board(title_case(who) if who.isupper() else who)


def _decider(who: str) -> str:
    """Who a record's kind names ("... of the Cabinet"): an office as printed, else a body."""
    who = _OWN_MEETING_RE.sub("", who.strip())
    return who if OFFICE_RE.fullmatch(who) else canonical_body(who)


# Who took it, after the record's kind: "... TAKEN BY THE LEADER OF THE COUNCIL".
_TAKER_RE = regex.compile(r"(?i)\s+(?:taken|made)\s+by\s+(?:the\s+)?(?P<who>[^,;.()]{4,80})$")
_TAKEN_BY_RE = regex.compile(r"(?i)\s+(?:taken|made)\s+(?:by|under)\s+\S")


_BODY_WORDS_RE = regex.compile(
    r"(?i)\b(?:board|committee|cabinet|executive|council|authority|mayor|leader|member)\b"
)


def _names_body(words: str) -> bool:
    return _BODY_WORDS_RE.search(words) is not None


def _doc_type_after_dash(line: str) -> regex.Match[str] | None:
    """ "KENT COUNTY COUNCIL – RECORD OF DECISION": the document's kind after its banner, or
    after the office that took it ("LEADER OF THE COUNCIL - RECORD OF DECISION")."""
    parts = at_dash(line)
    if parts and banner_match(parts[0]):
        return doc_type_match(parts[1])
    return doc_type_after_office(line) if parts else None


def _office_before(words: str) -> str | None:
    """An office alone before a dash, as a record names its decider ("Leader of the
    Council")."""
    office = words.strip(" -–")
    office = title_case(office) if office.isupper() else office
    return office if OFFICE_RE.fullmatch(office) else None
