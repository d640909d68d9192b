"""The meeting that decided, and its date: "Cabinet Meeting 17th March 2022", "Meeting held
on Wednesday 17 July 2024", "Cabinet - Monday, 17th June, 2024", a listing's dated title.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import regex

from ..structure.headings import opens_minute, read_minute
from ..structure.leadins import LeadIn, read_lead_in
from ..wording.banners import (
    ISSUE_DATE_AFTER_RE,
    MEETING_INITIALS,
    MEETING_LINE_RE,
    banner_match,
)
from ..wording.dates import (
    WEEKDAY_WORDS,
    DateMatch,
    find_dates,
    find_first_date,
    only_a_date,
    parse_uk_date,
)
from ..wording.documents import doc_type_match
from ..wording.lines import FILE_SIZE_RE, PAGE_AT_END_RE, at_dash, bilingual_halves
from ..wording.offices import OFFICE_RE
from ..wording.vocabulary import (
    BODY_RE,
    canonical_body,
    runs_on_from,
)
from .decision_maker import body_named
from .phrasing import after_item_mark, paragraphs, title_case

# "MINUTES of the meeting held on Wednesday, 6 March 2024 at 10.00 am", "Minutes of the
# Meeting of the Cabinet held on Thursday, 7 November 2024", "Meeting held on Wednesday 17
# July 2024", "Minutes of a meeting of the Cabinet on Wednesday 12 March 2025", "At a
# meeting of the Cabinet held at County Hall, Morpeth on Tuesday, 10 June 2025", "MINUTES
# OF THE CABINET MEETING HELD AT FENLAND HALL, MARCH ON MONDAY, 22 JANUARY 2024": the
# meeting's body and date (the date is checked to be one).
MEETING_HELD_RE = regex.compile(
    r"(?i)\bmeeting\s+(?:of\s+(?:the\s+)?(?P<body>[^.;]{2,80}?)\s+)?(?:held\s+)?"
    r"(?:(?:at|in)\s+[^;]{1,80}?\s+)?on\s+(?P<date>.+)$"
    r"|\bminutes?\s+of\s+(?:the\s+)?(?!(?:the\s+|an?\s+)?meeting\b)(?P<body2>[\w ]{2,40}?)\s+"
    r"(?:meeting\s+)?held\s+(?:(?:at|in)\s+[^;]{1,80}?\s+)?on\s+(?P<date2>.+)$"
    # "Meeting held 4 June 2025" under the committee's name, with no "on"
    r"|^meeting\s+held\s+(?P<date>\d{1,2}(?:st|nd|rd|th)?\s.+)$"
    # "HELD AT THE COUNCIL CHAMBER, GUILDHALL, SWANSEA ON THURSDAY, 18 FEBRUARY 2010" on its
    # own line, under "MINUTES OF THE CABINET" (and its Welsh)
    r"|^held\s+(?:at|in)\s+[^;]{1,100}?\s+on\s+(?P<date>.+)$"
    # "HELD AT THE COUNCIL CHAMBER, WYRE FOREST HOUSE, KIDDERMINSTER" / "TUESDAY, 21ST
    # OCTOBER 2025 (6.00 PM)": where, then the day, no "on" between
    r"|^held\s+(?:at|in)\s+[^;]{1,100}?[\s,]+(?P<date>(?:"
    + "|".join(sorted(WEEKDAY_WORDS))
    + r")\b.+)$"
    # "MINUTES OF THE MEETING Cabinet HELD ON Tuesday, 11th November, 2025, 6.30 - 8.05 pm":
    # the body's name set in after "MEETING", with no "of"
    r"|\bmeeting\s+(?P<body>(?-i:[A-Z])[\w ]{1,60}?)\s+held\s+"
    r"(?:(?:at|in)\s+[^;]{1,80}?\s+)?on\s+(?P<date>.+)$"
)


def before_lead_in(
    lines: Sequence[str], lead_in_of: Callable[[str], LeadIn | None] = read_lead_in
) -> Sequence[str]:
    """The lines before the first resolution's lead-in: a record with no decision heading
    carries its resolutions among the header lines, and the dates inside them ("to review
    it at its meeting on 3 March 2026") are not the meeting's. With no lead-in, `lines`
    itself (the same object: a caller may skip reading it again)."""
    for position, line in enumerate(lines):
        if line and lead_in_of(line):
            return lines[:position]
    return lines


# What reads a text's first date: `find_first_date`, or the record's own memo of it (the
# header's date is read again, as the decision's, by the dates stage).
DateReader = Callable[[str], DateMatch | None]


def meeting_line(
    lines: Sequence[str], date_of: DateReader = find_first_date
) -> tuple[str | None, str | None]:
    """ "Cabinet Meeting 17th March 2022": the body and the date (maybe on the next line)."""
    for position, line in enumerate(lines):
        found = MEETING_LINE_RE.match(line) if line[:1] in MEETING_INITIALS else None
        if not found:
            continue
        candidates = [
            found.group("rest"),
            *[x for x in lines[position + 1 : position + 5] if x][:2],
        ]
        date_text = next((c for c in candidates if c and date_of(c) is not None), None)
        if date_text is not None:
            return canonical_body(found.group("body")), date_text
    return None, None


def meeting_held(
    lines: Sequence[str], date_of: DateReader = find_first_date
) -> tuple[str | None, str | None]:
    """The body and date of "Minutes of the meeting of the Cabinet held on ..." or, failing
    a body there, of a header line that is only a body's name ("CABINET", "EXECUTIVE").

    The statement is the meeting's own only where it says "held" or opens its paragraph:
    "... be convened following Full Council on 12 December 2026" is a later meeting. A minute's
    or agenda item's heading ("14. MINUTES OF THE BOARD MEETING HELD ON 3 MAY 2026", a line
    under "EXB/212") names an earlier meeting whose minutes were approved."""
    alone = (
        next((body for line in lines if (body := body_named(line))), None)
        or next((body for line in lines if (body := _minutes_of(line))), None)
        # "Policy and Resources Committee" alone under the banner
        or next((body for line in lines if line and (body := _board(line))), None)
        # "Meeting            POLICY COMMITTEE": a form's label without its colon
        or next(
            (body for line in lines if line[:8] == "Meeting " and (body := _board(line[8:]))), None
        )
    )
    dated_minutes = next(
        (m for line in lines if _opens_minutes(line) and (m := _minutes_dated(line, date_of))),
        None,
    )
    if dated_minutes is not None:
        return dated_minutes
    # Most headers name no meeting (asked of the lines at once: "eting" never spans a break),
    # nor say where one was held ("CABINET" / "HELD AT THE COUNCIL CHAMBER, ... TUESDAY, 21ST
    # OCTOBER 2025", a minutes page's heading that never says "meeting")
    joined = "\n".join(lines)
    if not _names_meeting(joined) and "\nHELD " not in joined and "\nHeld " not in joined:
        return alone, None
    for line in _statements(paragraphs(_not_item_headings(lines))):
        found = MEETING_HELD_RE.search(line) if may_say_held(line) else None
        if not found or not (
            "held" in found.group(0).lower() or _OPENING_RE.fullmatch(line, 0, found.start())
        ):
            continue
        if _LATER_MEETING_RE.search(found.group(0)):
            continue  # "The next meeting will be held on 12th March 2026."
        if _CLAUSE_RE.search(line, 0, found.start()):
            continue  # "Decision – That the Minutes of the meeting ... held on 12 November
            # 2012 be received": a resolution speaking of an earlier meeting
        if _SINCE_RE.search(line, max(0, found.start() - 40), found.start()):
            continue  # "... for the 2025/26 municipal year following the Annual Meeting
            # held on 21 May 2025": the meeting that something came after, not this one
        if _CONFIRMED_RE.search(line, found.start()):
            continue  # "The minutes of the meeting held on 16 February 2016 were confirmed
            # and signed by the Chairman.": the earlier meeting's
        if date_of(found.group("date") or found.group("date2") or "") is not None:
            body = found.group("body") or found.group("body2")
            # "... a meeting of the Executive of the Bolsover District Council held on"
            named = (
                (BODY_RE.fullmatch(body) or _BODY_OF_COUNCIL_RE.fullmatch(body)) if body else None
            )
            # "... Meeting of the Corporate Policy and Resources Committee held in ...": a
            # committee of the council's own name
            maker = canonical_body(named.group("body")) if named else _board(_own(body or ""))
            date = found.group("date") or found.group("date2")
            return maker or alone or _body_before_dash(line), date
    return alone, None


# "Minutes of Cabinet", "MINUTES OF THE EXECUTIVE", "Minutes of Policy and Finance
# Committee", "MINUTES OF:   THE CABINET", "MINUTES OF THE MEETING OF THE MAYOR AND CABINET":
# a minutes page's heading naming its body.
_MINUTES_OF_RE = regex.compile(
    r"(?i)minutes\s+of\s*:?\s+(?:the\s+)?(?:meeting\s+of\s+(?:the\s+)?)?(?P<body>.{2,80})"
)
# A body, then the council it belongs to: "Executive of the Bolsover District Council".
_BODY_OF_COUNCIL_RE = regex.compile(
    BODY_RE.pattern + r"\s+of\s+(?:the\s+)?[\w'’ &-]{2,60}?(?i:council|authority)"
)


# "HUB COMMITTEE of the WEST DEVON BOROUGH COUNCIL": a committee, then its council.
_OF_COUNCIL_RE = regex.compile(r"(?i)\s+of\s+(?:the\s+)?[\w'’ &-]{2,60}?(?:council|authority)$")


def _own(body: str) -> str:
    """A meeting's body without the council it belongs to."""
    found = _OF_COUNCIL_RE.search(body)
    return body[: found.start()] if found is not None else body


def _opens_minutes(line: str) -> bool:
    return line[:8].lower() == "minutes "


def _minutes_dated(line: str, date_of: DateReader) -> tuple[str, str] | None:
    """(body, date) of a minutes page's heading that names its body and the meeting's date
    and nothing else: "MINUTES OF THE EXECUTIVE BOARD                10 February 2025"
    (the gap a right-aligned date leaves, folded)."""
    if not line[-1:].isdigit():
        return None
    found = date_of(line)
    if found is None or found.end < len(line.rstrip(" .")):
        return None
    body = _minutes_of(line[: found.start].rstrip(" ,-–"))
    return (body, line[found.start :]) if body else None


_EXTRACT_FROM_RE = regex.compile(r"(?i)^extract\s+from\s+(?:the\s+)?")


def _minutes_of(line: str) -> str | None:
    """The body a minutes page's heading names ("Minutes of Cabinet", "Minutes of Policy
    and Finance Committee", "POLICY COMMITTEE MINUTES" after the banner and a dash), if it
    names one."""
    if line[-8:].lower() == " minutes":
        return _body_then_minutes(line[:-8])
    if line[:13].lower() == "extract from ":
        # "EXTRACT FROM THE MINUTES OF THE CABINET"
        line = _EXTRACT_FROM_RE.sub("", line)
    found = _MINUTES_OF_RE.fullmatch(line) if _opens_minutes(line) else None
    if found is None:
        # "MINUTES" over "CABINET", one paragraph: the body after the word
        return body_or_board(line[8:].lstrip(" -–:")) if _opens_minutes(line) else None
    body = found.group("body")
    if body[-8:].lower() == " meeting":
        body = body[:-8]  # "MINUTES OF THE CABINET MEETING"
    return body_or_board(body)


def _body_before_dash(line: str) -> str | None:
    """The body a minutes statement is headed by: "Cabinet - Minutes of the meeting held
    on Friday 26 January 2018" (the banner above perhaps joined to it: "Tees Valley
    Combined Authority Cabinet - Minutes of ...", so the last words before the dash)."""
    parts = at_dash(line)
    words = parts[0].split() if parts else []
    return next(
        (
            body
            for start in range(max(0, len(words) - _MAX_BODY_WORDS), len(words))
            if (body := body_or_board(" ".join(words[start:])))
        ),
        None,
    )


_MAX_BODY_WORDS = 6


def _body_then_minutes(head: str) -> str | None:
    """The body before "Minutes": "Cabinet", or "READING BOROUGH COUNCIL – POLICY COMMITTEE"
    (the running header of a minutes page: the banner, then the body); "CABINET - MINUTES"
    (the dash before "Minutes" left on the body); "Combined Authority Board: Minutes"."""
    head = head.rstrip(" -–:")
    parts = at_dash(head)
    return body_or_board(parts[1] if parts and banner_match(parts[0]) else head)


def body_or_board(name: str) -> str | None:
    """ "Cabinet" (a body, as the contract spells it) or "Policy Committee" (a board or
    committee by its own name); None for any other words."""
    return canonical_body(name) if BODY_RE.fullmatch(name) else _board(name)


def _cut_after_weekday(lowered: str) -> bool:
    """Whether a statement stops at its weekday, its date in the paragraph after: "Minutes
    of a meeting of the Cabinet held at Lodge Road on Wednesday" / "3 June 2015 at 6.30
    pm." (a hard-wrapped line that a rendering set apart as a paragraph)."""
    words = lowered.rstrip(" ,").split()
    return len(words) > 1 and words[-2] == "on" and words[-1] in WEEKDAY_WORDS


def _statements(paragraphs: list[str]) -> list[str]:
    """The header's paragraphs, each that opens a meeting statement without saying when
    joined to the short paragraphs after it that finish it, as a minutes page sets it out:
    "Minutes of the Meeting of the Cabinet" / "Held in the Council Chamber ... on
    Wednesday 8 July 2026", or "MINUTES OF THE MEETING OF THE" / "CABINET" / "HELD ON
    THURSDAY 20 AUGUST 2026 AT 4:00 P.M."."""
    joined: list[str] = []
    for position, paragraph in enumerate(paragraphs):
        statement = paragraph
        lowered = paragraph.lower()
        # (or one cut before its date: "... Meeting of the Cabinet held at Knowle, Sidmouth
        # on" / "Wednesday 6 November 2013", a PDF's lines set apart)
        # (or one cut anywhere mid-phrase: "Cofnodion Cyfarfod y Cabinet / Minutes of a
        # meeting of the Cabinet held in the" / "Council Chamber, Bodlondeb, Conwy on ...")
        # (or one whose "held on ..." is the paragraph after: "At a Meeting of the" /
        # "CABINET" / "Held on Monday, 8 July 2024 at 10.00 am in")
        held_next = (
            position + 1 < len(paragraphs) and paragraphs[position + 1][:5].lower() == "held "
        )
        # (or one that says where it was held, its date in the paragraph after: "EXTRACT
        # FROM THE MINUTES OF THE CABINET MEETING HELD IN THE COUNCIL" / "CHAMBER, FENLAND
        # HALL, MARCH ON MONDAY, 4 MARCH 2024 AT 1.00 PM")
        opens = _OPENS_STATEMENT_RE.search(paragraph) is not None or (
            "meeting" in lowered and (runs_on_from(lowered) or held_next or " held " in lowered)
        )
        # (cut after its weekday or its "on", only its date is left: the paragraph after)
        date_next = _cut_after_weekday(lowered) or lowered.endswith(" on")
        if opens and (" on " not in lowered or date_next):
            for more in paragraphs[position + 1 : position + 1 + _STATEMENT_PARTS]:
                if len(more) > _STATEMENT_PART_CHARS or _LABEL_RE.match(more):
                    break  # (a label, "Present: ...", starts something else)
                statement = f"{statement} {more}"
                if date_next or " on " in more.lower():
                    break
        joined.append(statement)
    return joined


# A paragraph that opens a meeting statement: "Minutes of the Meeting of the Cabinet" (or
# after a PDF's banner line that ran into it: "SURREY HEATH BOROUGH COUNCIL Minutes of a
# Meeting of the", "EASTVALE BOROUGH COUNCIL Minutes of a Meeting of the Executive held at
# the Civic")
_OPENS_STATEMENT_RE = regex.compile(
    r"(?i)(?:^|\s)(?:minutes|notes|record)\s+of\s+(?:the|a|an)\s+meeting\b"
)
_LABEL_RE = regex.compile(r"[^:\d]{1,40}:(?:\s|$)")
_STATEMENT_PARTS = 3
_STATEMENT_PART_CHARS = 120


# A meeting still to come: "The next meeting will be held on 12th March 2026", "a special
# meeting to be held on ...".
_LATER_MEETING_RE = regex.compile(r"(?i)\b(?:will|shall|would|to)\s+be\s+held\b|\bnext\s+meeting\b")


# A resolution's clause before a meeting statement: the meeting is one it speaks of; or an
# agenda item's purpose, "To confirm the minutes of the Cabinet meeting held on 19 May 2025."
# (an agenda item's purpose too: "To consider whether to approve the minutes as a correct
# record of the meeting held on 4 November 2025.")
_CLAUSE_RE = regex.compile(
    r"(?i)\bthat\b|^to\s+(?:confirm|approve|agree|sign|receive|note|consider)\b"
)
# A meeting that something came after or before: "following the Annual Meeting held on".
_SINCE_RE = regex.compile(
    r"(?i)\b(?:following|after|since|before|prior\s+to|ahead\s+of|until"
    # ("The item had been deferred from the meeting held on 11 February 2025": an earlier one)
    r"|(?:deferred|adjourned|carried\s+(?:forward|over)|postponed)\s+from"
    # ("To consider the recommendation of the Cabinet meeting held on 13 January 2026", a
    # Council item: the meeting the recommendation came from)
    r"|recommendations?\s+(?:of|from))\s+"
    r"(?:(?:the|its|a|an)\s+)?(?:\w+\s+){0,2}$"
)
# A statement that a meeting's minutes were approved: "... were confirmed and signed".
# (also an agenda's "The minutes of the meeting held on 8 September 2025 to be submitted
# and signed.")
_CONFIRMED_RE = regex.compile(
    r"(?i)\b(?:were|was|are|is|be|being)\s+(?:\w+\s+)?"
    r"(?:confirmed|approved|agreed|signed|received|accepted|adopted|submitted|presented"
    r"|tabled)\b"
)


# What may stand before a meeting statement without "held" that opens its paragraph:
# "Minutes of a meeting of the Cabinet on ...", "At a special meeting of the Executive on".
_OPENING_RE = regex.compile(
    r"(?i)(?:(?:minutes|notes|record)\s+of\s+|at\s+)?(?:(?:an?|the)\s+)?(?:\w+\s+)?"
)


def _names_meeting(line: str) -> bool:
    # "meeting", "Meeting", "MEETING"; "MINUTES of the Cabinet held on ..." names none
    return "eting" in line or "ETING" in line or "inutes" in line or "INUTES" in line


def _not_item_headings(lines: Sequence[str]) -> list[str]:
    """`lines` with every minute and agenda item heading blanked."""
    return [
        ""
        if _names_meeting(line)  # only a line that names a meeting can mislead
        and (
            (opens_minute(line) and read_minute(line) is not None)
            or FILE_SIZE_RE.search(line) is not None
            or after_item_mark(lines, position)
        )
        else line
        for position, line in enumerate(lines)
    ]


def _body_alone(line: str) -> str | None:
    """The body a line names and nothing else: "CABINET", "Policy and Resources
    Committee", "Minutes of Cabinet"."""
    return body_named(line) or _board(line) or _minutes_of(line)


def body_then_date(lines: Sequence[str]) -> tuple[str | None, str | None]:
    """ "CABINET" (or "Minutes of Cabinet") over "MONDAY 3 FEBRUARY 2025": a line that is
    only a body's name, and the next line only a date (the meeting's, as minutes head their
    first page). An office's meeting is headed so too ("CABINET MEMBER FOR HIGHWAYS AND
    NEIGHBOURHOODS" over "2 December 2025"): its date, and no body."""
    for position, line in enumerate(lines):
        body = _body_alone(line) if line else None
        if body is None and " / " in line:
            # "COFNODION CYFARFOD Y CABINET / MINUTES OF THE CABINET MEETING": a half names it
            body = next((b for half in bilingual_halves(line) if (b := _body_alone(half))), None)
        if body is None and line and (parts := at_dash(line)) and doc_type_match(parts[1]):
            body = body_or_board(parts[0])  # "CABINET - RECORD OF DECISIONS" over the date
        if body is None and not (line and OFFICE_RE.fullmatch(line)):
            continue
        after = [x for x in lines[position + 1 : position + 6] if x][:2]
        if after and (
            after[0].lower().startswith(("held at ", "held in ")) or doc_type_match(after[0])
        ):
            # "Held at Council Chamber, Ryedale House, Malton": the venue; "Record of
            # Decision": what the page is, between the body and the date
            after = after[1:]
        elif len(after) == 2 and _venue_alone(after[0]) and only_a_date(after[1]):
            after = after[1:]  # "CIVIC CENTRE, STOURPORT-ON-SEVERN" between body and date
        following = _TIME_RANGE_RE.sub("", after[0]) if after else ""
        if " / " in following:
            # "DYDD LLUN, 11 EBRILL 2016 / MONDAY, 11 APRIL 2016": the half that is a date
            following = next((h for h in bilingual_halves(following) if only_a_date(h)), "")
        if following and (only_a_date(following) or _date_then_venue(following)):
            return body, following
        return None, None
    return None, None


def _venue_alone(text: str) -> bool:
    """A line that is only where the meeting sat: a place and its town, no figures."""
    return "," in text and len(text) <= _VENUE_CHARS and not any(map(str.isdigit, text))


_VENUE_CHARS = 60


def _date_then_venue(text: str) -> bool:
    """A date, then where the meeting sat after a comma: "Tuesday 13 September 2016 at
    7.30pm, Civic Centre, Lampton Road"."""
    found = find_first_date(text)
    return found is not None and found.start == 0 and _VENUE_RE.match(text, found.end) is not None


# (or its time, then a dash: "Tuesday 24 September 2019, 2.00 pm - Newcastle Civic Centre")
_VENUE_RE = regex.compile(
    r"(?:,\s+\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?)?(?:,|\s+[-–])\s+[A-Z][^.;:]{2,80}$"
)


# "17:30 to 18:42        11 September 2024": when the meeting sat, before its date.
_TIME_RANGE_RE = regex.compile(
    r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:to|-|–)\s*\d{1,2}[:.]\d{2}"
    r"\s*(?:[ap]\.?m\.?)?\s+"
)


_PAGE_AFTER_DATE_RE = regex.compile(r"(?<=(?:19|20)\d\d)\s+\d{1,3}$")


def dated_heading(lines: Sequence[str]) -> tuple[str | None, str | None]:
    """ "Cabinet - Monday, 17th June, 2024", "DECISIONS – Monday 27 January 2025": a short
    heading, a spaced dash, and nothing after it but a date."""
    for line in lines:
        if line[:11].lower() == "meeting of " and (meeting := _meeting_of_then_date(line)):
            return meeting
        head, tail = _split_dated(line)
        if tail and head[-7:].lower() == "council" and banner_match(head) is not None:
            # "Tunbridge Wells Borough Council – Cabinet – 15 January 2026": the council,
            # then the meeting's body and date
            head, tail = _split_dated(tail)
        if tail[-1:].isdigit() and (page := _PAGE_AFTER_DATE_RE.search(tail)) is not None:
            tail = tail[: page.start()]  # "EXECUTIVE BOARD - 24TH JUNE 2013      41": a page's
            # running header, its number at the end
        elif tail[-8:].lower() == " minutes":
            tail = tail[:-8]  # "CABINET - 18 JULY 2016          MINUTES": and its kind
        if (
            tail
            and len(head.split()) <= 5
            and only_a_date(tail)
            and not _OTHER_DATE_RE.search(head)
        ):
            named = BODY_RE.fullmatch(head)
            # ("POLICY COMMITTEE MINUTES – 23 SEPTEMBER 2024": the body whose minutes these are)
            body = (
                canonical_body(named.group("body")) if named else _board(head) or _minutes_of(head)
            )
            return body, tail
        if tail and len(head.split()) <= 5 and (office_date := _office_then_date(tail)):
            return office_date
        if tail and _PAGE_OF_MEETING_RE.fullmatch(head) and (met := _body_then_date(tail)):
            return met
        issue_date = _issue_date(line) if line[-1:].isdigit() else None
        if issue_date is not None:
            return None, issue_date
    return None, None


# "Meeting of the Transport, Regeneration and Climate Policy Committee 20.03.2024": the
# body whose meeting it was, then its date, no dash between.
_MEETING_OF_THEN_DATE_RE = regex.compile(
    r"(?i)meeting\s+of\s+(?:the\s+)?(?P<name>.{3,90}?)[\s,]+(?P<date>\d{1,2}[./]\d{1,2}[./]\d{2,4}"
    r"|(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+\w+,?\s+\d{4})"
)


def _meeting_of_then_date(line: str) -> tuple[str, str] | None:
    found = _MEETING_OF_THEN_DATE_RE.fullmatch(line)
    if found is None or not only_a_date(found["date"]):
        return None
    name = found["name"]
    words = name.split()
    # (a committee's longer name too: "Transport, Regeneration and Climate Policy Committee")
    named = name[:1].isupper() and len(words) <= _MAX_COMMITTEE_WORDS
    body = body_or_board(name) or (name if named and words[-1].lower() in _BOARD_WORDS else None)
    return (body, found["date"]) if body else None


_MAX_COMMITTEE_WORDS = 8


# A ModernGov meeting page's own title before the meeting it is of: "Agenda, decisions and
# minutes - Cabinet, Thursday, 14th November, 2019 10.00 am".
_PAGE_OF_MEETING_RE = regex.compile(
    r"(?i)agenda(?:,\s+decisions)?(?:\s+and\s+(?:minutes|decisions))?|decisions"
)


def _body_then_date(tail: str) -> tuple[str, str] | None:
    """The body and date of "Cabinet, Thursday, 14th November, 2019 10.00 am"."""
    name, _, date = tail.partition(", ")
    body = body_or_board(name) if date else None
    return (body, date) if body and only_a_date(date) else None


def _office_then_date(tail: str) -> tuple[str, str] | None:
    """The office and date after a session's name: "Delegated Decisions - Cabinet Member
    for Public Realm - Tuesday 7th June, 2022 6.30 pm" (an office's own decision meeting)."""
    parts = at_dash(tail)
    if parts is None and ", " in tail:
        # ("Decision Session - Executive Member for Transport, 16 April 2024": the date
        # after a comma, as a minutes page's running header prints it)
        office, _, date = tail.rpartition(", ")
        parts = (office, date)
    if parts and OFFICE_RE.fullmatch(parts[0]) and only_a_date(parts[1]):
        return parts
    return None


def _issue_date(line: str) -> str | None:
    """ "Tilgate Park Nature Centre - Ticketing System - 14/08/2025": an issue's title of
    any length and the date it was decided, as a listing of decisions prints them (a
    heading of a report or a publication dates something else)."""
    found = ISSUE_DATE_AFTER_RE.search(line)
    if found is None:
        return None
    head = line[: found.start()]
    if not head or len(head.split()) > 30 or _NOT_DECIDED_RE.match(head):
        return None
    return found.group("date")


# The heads of dated lines that date something other than a decision: "Report of the
# Director of Finance - 02/03/2026", "Published - 06/03/2026".
_NOT_DECIDED_RE = regex.compile(
    r"(?i)(?:date\s+)?(?:report|publi|effect|implement|call|deadline|expir|agenda|minutes)"
)


# A heading that dates something other than the decision: "Published – 6 March 2026",
# "Call-in deadline – 13 March 2026", "Implementation - 20 March 2026".
_OTHER_DATE_RE = regex.compile(r"(?i)publi|effect|implement|call|deadline|expir|force|review")


# The last word of a deciding body's name: "EXECUTIVE BOARD", "Planning Committee".
_BOARD_WORDS = frozenset({"board", "committee", "sub-committee", "panel", "group"})
_BOARD_ENDINGS = frozenset(word[-5:] for word in _BOARD_WORDS)


# Words of a heading that names the page, not a body: "Decisions Committee" is not one.
_PAGE_WORDS = frozenset({"decision", "decisions", "minutes", "agenda", "meeting", "record"})


def _board(head: str) -> str | None:
    """ "EXECUTIVE BOARD" in "EXECUTIVE BOARD – 17 December 2026": a board or committee
    named alone before the meeting's date (as printed; capitals title-cased)."""
    if head[-5:].lower() not in _BOARD_ENDINGS:  # (most lines: one slice, no split)
        return None
    words = head.lower().split()
    if not 2 <= len(words) <= 5 or words[-1] not in _BOARD_WORDS:
        return None
    if any(word in _PAGE_WORDS for word in words) or not head[:1].isupper():
        return None
    if "council" in words:
        # "City of York Council Committee Minutes", a running header: the council, then
        # the page's label ("Committee Minutes"), no body's name
        return None
    return title_case(head) if head.isupper() else head


def may_say_held(line: str) -> bool:
    """The words every match of MEETING_HELD_RE holds, tested before it."""
    lowered = line.lower()
    if lowered.startswith("held "):
        return True  # "HELD AT THE GUILDHALL, ABERMOR ON TUESDAY, 9 MARCH 2010"
    return ("meeting" in lowered or "minutes" in lowered) and (
        " on " in lowered or lowered.startswith("meeting held ")
    )


def _split_dated(line: str) -> tuple[str, str]:
    """(heading, rest) of "DECISIONS – Monday 27 January 2025", "MEETING, 20TH JANUARY
    2025" (a comma only after a word or two) or "Cabinet 16 January 2025"; ("", "") for
    other lines."""
    parts = at_dash(line)
    if parts:
        return parts
    head, comma, tail = line.partition(", ")
    # (not a sentence's end, in lower case, whose date's weekday the comma follows: "from
    # Thursday, 30 October 2025." under "... may be implemented")
    if comma and len(head.split()) <= 2 and not head[:1].islower():
        return head, tail
    # "Cabinet Thursday 16 January 2025": a minutes page's running header, the body then
    # the date with nothing between
    body = BODY_RE.match(line) if line[-1:].isdigit() else None
    if body is not None and line[body.end() : body.end() + 1] == " ":
        return line[: body.end()], line[body.end() :].strip()
    return "", ""


def held_on(line: str) -> bool:
    """ "Meeting held on Wednesday 17 July 2024": the meeting's date line, never a title."""
    found = MEETING_HELD_RE.search(line)
    return (
        found is not None and parse_uk_date(found.group("date") or found.group("date2")) is not None
    )


def meeting_date_in_furniture(furniture: Sequence[str]) -> str | None:
    """The meeting's date that a minutes page's running header or footer gives with the
    body it is of (read only where the text itself dates no meeting): the one date all such
    lines agree on."""
    dates = {found.date: text for _body, found, text in _meetings_in_furniture(furniture)}
    return next(iter(dates.values())) if len(dates) == 1 else None


def meeting_body_in_furniture(furniture: Sequence[str]) -> str | None:
    """The body whose minutes a page's running header or footer names with the meeting's
    date ("Nottinghamshire County Council – Cabinet – 14 November 2024   Page 3 of 9"):
    the one body all such lines agree on."""
    bodies = {body for body, _found, _text in _meetings_in_furniture(furniture)}
    return next(iter(bodies)) if len(bodies) == 1 else None


def _meetings_in_furniture(furniture: Sequence[str]) -> Iterator[tuple[str, DateMatch, str]]:
    """Each furniture line that ends on a body and a date: the body, the date and the
    date's text."""
    for line in furniture:
        # ("WAKEFIELD COUNCIL - CABINET - 13 SEPTEMBER 2011   Page 41": its page at the end)
        text = PAGE_AT_END_RE.sub("", line.strip())
        found = find_dates(text) if text[-1:].isdigit() else []
        if not found or found[-1].end != len(text):
            continue
        head = text[: found[-1].start].rstrip(" -–,")
        body = head.rsplit(" - ", 1)[-1].rsplit(" – ", 1)[-1]
        named = body_or_board(body) if body else None
        if named is not None:
            yield named, found[-1], text[found[-1].start :]
