"""The record's title when no title section gives one: a minute's item heading, an agenda
item's heading, or the first title-shaped line under a page's own headings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from ..structure.headings import match_heading, minute_heading, opens_minute, without_note
from ..structure.leadins import LeadIn, read_lead_in
from ..wording.banners import ISSUE_DATE_AFTER_RE, LISTING_STATUS_RE, MEETING_LINE_RE, banner_match
from ..wording.dates import MONTH_WORDS, find_first_date, parse_uk_date
from ..wording.documents import doc_type_match, is_chrome
from ..wording.lines import FILE_SIZE_RE, POSTCODE_RE, bilingual_halves
from ..wording.numbering import without_paragraph_number
from ..wording.offices import OFFICE_RE
from ..wording.vocabulary import RUN_ON_WORDS, runs_on_from, says_any
from .council import banner_in
from .decision_maker import TAKEN_BY_RE, is_body_name, portfolio_first, report_party
from .meeting import dated_heading, held_on, may_say_held
from .phrasing import is_item_mark

# "301 Annual Review of Exempt Items", "Scrutiny Review ... PDF 210 KB", "pdf icon PDF 261 KB"
AGENDA_NUMBER_RE = regex.compile(r"^\d{1,4}\.?\s+(?=[A-Z*])")


# The meeting's date a ModernGov listing prints after an issue's title: "Wealden Local Plan
# - Regulation 18 Consultation - 18/09/2024".
# "5." or "12 3": an agenda number standing alone, never a title.
NUMBERS_ONLY_RE = regex.compile(r"[\d.\s]+")


# "Item 6 – Bedford Town Centre Public Realm Phase 2", "ITEM 7   COMMUNITY INFRASTRUCTURE
# LEVY": the item's number is not its title.
# (in Welsh, "Eitem 7: STRATEGAETH TOILEDAU ... / LOCAL PUBLIC TOILETS STRATEGY")
AGENDA_ITEM_RE = regex.compile(
    r"(?i)^(?:agenda\s+)?(?:item|minute|eitem)\s+(?:no\.?\s*)?\d+(?:\.\d+)*[a-z]?"
    r"(?:\s*[-–:.]\s*|\s+(?=(?-i:[A-Z])))"
)


# Header lines that are never a title: a label ("Present: Councillor ...", "Officer: ..."),
# site navigation ("Print | Email | Back to top"), a reference ("EDN 2023/041"), a note on
# how the decision was taken ("Decision made under delegated powers").
NOT_A_TITLE_RE = regex.compile(
    r"^[^:()]{1,40}:\s|\s\|\s|(?i:\b(?:print|share)\s+this\s+page\b|\bback\s+to\s+top\b)"
    r"|^[A-Z]{2,6}[ /-]?\d{2,4}(?:/\d{1,4})+$|(?i:^decisions?\s+(?:made|taken)\b|under\s+delegated\s+powers)"
    # a Welsh council's name in Welsh ("CYNGOR GWYNEDD"); a sentence of the page's prose
    r"|(?i:^cyngor\b)|(?i:^(?:the|this|these|a|an)\s+\w+\s+(?:\w+\s+)?(?:was|were|is|are|sets?|sum|lists?)\b)"
    # ... or one that opens on its verb: "This is a Key Decision which is NOT subject to
    # call-in (see "Call-in" below)"
    r"|(?i:^(?:this|it|there)\s+(?:is|was|are|were)\s)"
    # a report's or decision's number on its own line: "Report No. 08/2018"
    r"|(?i:^(?:report|decision|record|item)\s+(?:no\.?|number|ref\.?)\s*\S+$)"
    # a minute reference's letters alone on their line ("CAB" over "9.1/10  HEADING")
    r"|^[A-Z]{2,4}\.?$"
    # who attended: "County Councillors G. Rees, S. Hayes and J. Evans"
    r"|^(?:(?:County|Borough|District|City|Town)\s+)?(?:Councillors?|Cllrs?\.?)\s"
)


def minute_item_title(
    lines: Sequence[str],
    lead_in_of: Callable[[str], LeadIn | None] = read_lead_in,
    decision_at: int | None = None,
) -> str | None:
    """The heading of the minute that holds the decision: the last numbered item heading
    before the first resolution lead-in ("RESOLVED that ...") or, with none, before the
    decision's heading at `decision_at` ("Minute No. 87  Housing Strategy" / "DECISION:").
    When that minute is a procedural one ("112. MINUTES", "23. Declarations of Interest"),
    there is no title: the heading of an earlier minute is not this decision's."""
    items = [
        found
        for position, line in enumerate(lines)
        if line and (found := _item_at(lines, position)) is not None
    ]
    if not items:  # most records: no numbered minute at all, so no need to look further
        return None
    first = items[0][0]  # a lead-in before the first minute leaves no minute before it
    lead_in = next(
        (i for i in range(first, len(lines)) if _is_lead_in_line(lines[i], lead_in_of)),
        decision_at,
    )
    before = [
        (position, heading)
        for position, heading in items
        if lead_in is not None and position < lead_in
    ]
    if not before:
        return None
    position, heading = before[-1]
    if _REPORT_OF_RE.match(heading):
        return _report_title(lines[position + 1 : position + 4]) or heading
    return _with_wrapped_end(heading, lines[position + 1 : position + 4])


def _is_lead_in_line(line: str, lead_in_of: Callable[[str], LeadIn | None]) -> bool:
    """A resolution lead-in, perhaps in a numbered paragraph of the minute: "54.3   RESOLVED
    that Cabinet:-" under "54   Taunton Park and Ride - Tariff Review"."""
    if lead_in_of(line) is not None:
        return True
    bare = without_paragraph_number(line)
    return bare is not line and lead_in_of(bare) is not None


# A minute headed by whose report it is: "12. REPORT OF THE CABINET MEMBER FOR LOCAL
# SERVICES", the item's own title on the line below ("Household Waste Recycling Centres -
# Summer Opening Hours").
_REPORT_OF_RE = regex.compile(r"(?i)^report\s+of\s+the\s+")
_MAX_REPORT_TITLE_WORDS = 15


def _report_title(after: Sequence[str]) -> str | None:
    """The title on the first line under a minute's "Report of ..." heading: a short line,
    no stop at its end, no heading and no lead-in."""
    title = next((line.strip() for line in after if line.strip()), "")
    if (
        not title
        or title.endswith((".", ":", ";"))
        or len(title.split()) > _MAX_REPORT_TITLE_WORDS
        or match_heading(title) is not None
        or read_lead_in(title) is not None
    ):
        return None
    return title


# A minute's heading as long as a line a page wraps: "71.    Proposed Public Spaces
# Protection Order – Dog Control, Vivary" (then "Park and Victoria Park, Taunton").
_WRAPPED_HEADING_CHARS = 50
_MAX_WRAPPED_END_WORDS = 8


def _with_wrapped_end(heading: str, after: Sequence[str]) -> str:
    """`heading`, with its wrapped end: the short line right under a long heading, a blank
    line after it, no stop at its end and no heading or lead-in of its own."""
    if heading.endswith((".", ":", ";")):
        return heading
    following = [*after, "", "", "", ""][:4]
    fragment = not following[0] and _is_end_fragment(following[1].strip(), following[2])
    if not following[0] and (
        runs_on_from(heading) or (heading.isupper() and following[1].strip().isupper()) or fragment
    ):
        # "Item 7 SCR Investment Fund - Approval of Full Business Cases for the", its end a
        # paragraph apart (each line of the page a paragraph): only a heading cut mid-phrase,
        # or one in capitals over its end in capitals ("62/24 NORTHWOLD ROAD COMMUNITY HALL
        # - FUTURE MANAGEMENT" / "ARRANGEMENTS (AGENDA ITEM 9)")
        following = following[1:]
    end, blank = following[0].strip(), following[1].strip()
    # (a heading in capitals wraps wherever its line ends, its end in capitals too: "8.
    # COUNTY COUNCIL ENERGY AND CARBON" / "MANAGEMENT STRATEGY 2019-2023")
    capitals = heading.isupper() and end.isupper() and not end[:1].isdigit()
    if (
        (len(heading) < _WRAPPED_HEADING_CHARS and not capitals and not fragment)
        or not end
        or blank
        or end.endswith((".", ":", ";", "?"))
        or len(end.split()) > _max_end_words(heading)
        or not (end[0].isupper() or end.split()[0] in RUN_ON_WORDS or _YEAR_LED_RE.match(end))
        or FILE_SIZE_RE.match(end) is not None  # "PDF 388 KB": the report's link
        or match_heading(end) is not None
        or read_lead_in(end) is not None
    ):
        return heading
    return without_note(f"{heading} {end}")


# A wrapped heading's end that opens on its years: "2012-2042", "2009/10 (MID-YEAR
# ADJUSTMENT)", "2011/12 - Revised Allocation Formula".
_YEAR_LED_RE = regex.compile(r"(?:19|20)\d\d(?:[-/–]\d{2,4})?\b")
# The most words of a heading's end a paragraph apart (a rendering set each line of the
# page apart): "Park and Victoria Park, Taunton", "Review", "Strategy 2021-2024".
_MAX_END_FRAGMENT_WORDS = 5


def _is_end_fragment(end: str, after_end: str) -> bool:
    """`end` is a heading's wrapped end set a paragraph apart: a few words, a paragraph of
    their own, no stop at their end."""
    return (
        bool(end)
        and not after_end.strip()
        and len(end.split()) <= _MAX_END_FRAGMENT_WORDS
        and not end.endswith((".", ":", ";", "?", ","))
        and ": " not in end  # "Portfolio: Housing and Homelessness": a label of its own
    )


def _max_end_words(heading: str) -> int:
    """The most words a heading's wrapped end may hold: more after a heading that stops
    mid-phrase ("... Approval of Full Business Cases for the" / "Doncaster Sheffield
    Airport Link Road and Barnsley Goldthorpe Corridor", ten words)."""
    return 2 * _MAX_WRAPPED_END_WORDS if runs_on_from(heading) else _MAX_WRAPPED_END_WORDS


def _item_at(lines: Sequence[str], position: int) -> tuple[int, str] | None:
    """(the line it ends on, the heading) of a minute or agenda item heading at `position`."""
    heading = _item_heading(lines[position])
    return (position, heading) if heading is not None else _subtitled(lines, position)


def _subtitled(lines: Sequence[str], position: int) -> tuple[int, str] | None:
    """A minute's heading that ends on the colon before its subtitle, the subtitle a
    paragraph apart (each line of the page a paragraph): "CAB 18/07 Rail Station Investment
    Programme:" / "Phase 1 Delivery"."""
    line = lines[position]
    if line[-1:] != ":" or not opens_minute(line):
        return None
    at = next((i for i in range(position + 1, min(position + 3, len(lines))) if lines[i]), None)
    below = lines[at] if at is not None else ""
    if (
        at is None
        or not below[:1].isupper()
        or len(below.split()) > _MAX_SUBTITLE_WORDS
        or below.endswith((".", ":", ";"))
        or match_heading(below) is not None
    ):
        return None
    heading = minute_heading(f"{line} {below}")
    return (at, heading) if heading and at is not None else None


_MAX_SUBTITLE_WORDS = 8


def _item_heading(line: str) -> str | None:
    """The heading of a minute ("45. Highways Capital Programme") or of an agenda item
    ("ITEM 7   COMMUNITY INFRASTRUCTURE LEVY") that `line` opens."""
    if opens_minute(line):
        heading = minute_heading(line)
        # ("1347 Recommendations Approved (subject to call-in)": a listing entry's reference
        # and status, a paragraph under its wrapped "ref:", no minute)
        return None if heading and LISTING_STATUS_RE.fullmatch(heading) else heading
    item = AGENDA_ITEM_RE.match(line) if line[:1] in "IiAaEe" else None  # ("Item 3.2  ...")
    if item is None:
        return None
    heading = line[item.end() :]
    if _is_item_heading_line(heading):
        return heading
    # "Agenda Item 9 - Witney Town Centre Car Parks: Electric Vehicle Charging Concession":
    # after an item's number, a colon parts a title from its subtitle, not a label from its
    # value (unless the words before it are a label the headings know)
    head, colon, tail = heading.partition(": ")
    subtitled = colon and _is_item_heading_line(head) and _is_item_heading_line(tail)
    return heading if subtitled and match_heading(heading) is None else None


def plain_title(lines: Sequence[str], before_decision: Sequence[str] = ()) -> str | None:
    """The title the header lines give: the line under a decision page's own heading, the
    heading of the agenda item the decision is under (read from `before_decision`, the
    lines before the decision's heading), else the first line that could be a title and
    starts a paragraph (the second line of a wrapped sentence, "... in the Council" /
    "Chamber, Barnsley Town Hall", never is)."""
    found = _title_under_page_heading(lines)
    if found:
        return found
    item = agenda_item_title(before_decision or lines)
    if item is not None:
        return item or None
    form_rows = False  # a row of a form above, its label and value run together
    for position, line in enumerate(lines):
        previous = lines[position - 1] if position else ""
        if line and _run_together_row(line):
            form_rows = True
            continue
        if not _is_title_candidate(line) or _continues(previous):
            continue
        if _translated_below(lines, position):
            continue  # "RHYBUDD O BENDERFYNIAD Y CABINET" / "NOTICE OF CABINET DECISION"
        if _under_a_label(lines, position):
            continue  # "Name:" / "Councillor Siobhan Gregson": a label's value, on its line
        if form_rows:
            # "Reference ODD/2025/017" above, the gap between a form's columns closed by a
            # rendering: this line is another row's label and value, not the title
            return None
        following = next((x for x in lines[position + 1 : position + 3] if x), "")
        if following[:1].islower() or line.rsplit(" ", 1)[-1].lower() in RUN_ON_WORDS:
            # "A proposal to extend the contract for" / "meals on wheels ...": a sentence
            # wrapped over lines (or paragraphs, in a rendering), not a title
            return None
        line = AGENDA_ITEM_RE.sub("", AGENDA_NUMBER_RE.sub("", line))
        title = ISSUE_DATE_AFTER_RE.sub("", FILE_SIZE_RE.sub("", line)).strip()
        if position + 1 < len(lines) and lines[position + 1]:
            # "Home to School Transport – Award of Routes under the Dynamic Purchasing" /
            # "System (Horsham and Mid Sussex, Lot 4)": a rendering keeps a paragraph's
            # wrapped lines apart, where a text dump's lines were joined
            title = _with_wrapped_end(title, lines[position + 1 :])
            # ... and a minute's heading, whole once its end is back: "CAB47/25 DISPOSAL OF
            # SURPLUS LAND AT ELM ROAD DEPOT," / "MARCH" (a heading's line is no comma's end)
            title = _item_heading(title) or title
        return title
    return None


def _translated_below(lines: Sequence[str], position: int) -> bool:
    """The line at `position`, in capitals, is the other language's half of the document's
    type on the line right under it (a bilingual notice prints Welsh, then English)."""
    below = lines[position + 1] if position + 1 < len(lines) else ""
    return bool(below) and lines[position].isupper() and doc_type_match(below) is not None


def _under_a_label(lines: Sequence[str], position: int) -> bool:
    """Whether the line at `position` is the value of a short label above it, as a page's
    list of terms and definitions sets them apart ("Delegation:" / "Constitution Part 3,
    Section 3, paragraph 2.4"); a title label's value is read as the title elsewhere."""
    above = next((x for x in reversed(lines[max(0, position - 2) : position]) if x), "")
    return above.endswith(":") and len(above.split()) <= _MAX_LABEL_WORDS


_MAX_LABEL_WORDS = 5


def agenda_item_title(lines: Sequence[str]) -> str | None:
    """The heading of the last agenda item in `lines`: a line holding only the item's number
    or reference ("4.", "EXB/212"), then the item's heading on the next line ("Bus Lane
    Review pdf icon PDF 120 KB", the link text dropped). "" when that item is a
    procedural one ("Apologies for Absence", "Declarations of Interest"); None with no item."""
    title = None
    for position, line in enumerate(lines[:-1]):
        if not is_item_mark(line) or _is_label_value(lines, position):
            continue
        heading = next((x for x in lines[position + 1 : position + 3] if x), "")
        if match_heading(heading) is not None:
            title = ""
        elif _is_item_heading_line(heading):
            title = FILE_SIZE_RE.sub("", heading).strip()
    return title


def _is_label_value(lines: Sequence[str], position: int) -> bool:
    """Whether the line at `position` is the value of a label above it: "CMD/2026/004"
    under "Decision reference" is a reference, no agenda item's mark."""
    previous = next((x for x in reversed(lines[max(0, position - 2) : position]) if x), "")
    return bool(previous) and match_heading(previous) is not None


def _is_item_heading_line(line: str) -> bool:
    return (
        bool(line)
        and line[0].isupper()
        and not line.endswith((".", ":", ";"))
        and len(line.split()) <= 30
        and not is_chrome(line)
        and not NOT_A_TITLE_RE.search(line)
    )


# ModernGov's decision page heads the decision's own title with "Decision details".
_PAGE_HEADINGS = frozenset({"decision details"})


def _title_under_page_heading(lines: Sequence[str]) -> str | None:
    """The line under a decision page's heading ("Decision details" then "K-03-24: Cabinet
    14 March 2024"): the page's title for the decision, whatever its shape, unless it is
    a label of the record ("Decision Maker: Cabinet") or more chrome."""
    for position, line in enumerate(lines):
        if not _is_page_heading(line):
            continue
        following = next((x for x in lines[position + 1 : position + 3] if x), "")
        if following and _is_page_heading(following):
            continue  # "Decision details" twice, the page's heading and the breadcrumb's
        if not following or following.startswith(("- ", "• ")) or is_chrome(following):
            return None  # a menu's bullets ("- General", "- Reports") under the heading
        if following.endswith(":") and match_heading(following) is None:
            # "Gateway 2 - Contract Award Approval:" / "Lift Maintenance and Repair
            # Services": a title with a colon in it, its end set apart by a rendering, over
            # the page's first label
            at = lines.index(following, position + 1)
            joined = _with_end_before_label(following, lines, at)
            return joined if joined != following else None
        if following.endswith((".", ":")) or _speaks_of_page(following):
            return None
        label = _LABEL_OF_RE.match(following)
        if label and match_heading(following) is not None:
            return None
        at = lines.index(following, position + 1)
        wrapped = _with_wrapped_end(following, lines[at + 1 : at + 4])
        return wrapped if wrapped != following else _with_end_before_label(following, lines, at)
    return None


def _with_end_before_label(title: str, lines: Sequence[str], at: int) -> str:
    """A decision page's title with its wrapped end: the short line under it (or the short
    paragraph, where a rendering set each line apart) that the page's first label follows
    ("Newmarket Leisure Centre - Emergency Boiler" / "Replacement" / "Decision Maker:
    Cabinet"), as a ModernGov page always sets its labels under its title."""
    # (the header's lines end where the page's first label starts its sections)
    below = [i for i in range(at + 1, min(at + 5, len(lines))) if lines[i]][:2]
    if not below or below[0] - at > 2:
        return title
    end = lines[below[0]]
    label = lines[below[1]] if len(below) == 2 and below[1] - below[0] <= 2 else None
    if len(below) == 2 and (label is None or not _is_page_label(label)):
        return title
    if (
        len(end.split()) > _MAX_WRAPPED_END_WORDS
        or not end[:1].isupper()
        or end.endswith((".", ":", ";", "?"))
        or match_heading(end) is not None
        or _LABEL_OF_RE.match(end)
    ):
        return title
    return f"{title} {end}"


def _is_page_label(line: str) -> bool:
    return _LABEL_OF_RE.match(line) is not None and match_heading(line) is not None


def _is_page_heading(line: str) -> bool:
    """ "Decision details", or either half of a Welsh council's bilingual one: "Manylion y
    penderfyniad / Decision details"."""
    lowered = line.lower()
    return any(half in _PAGE_HEADINGS for half in bilingual_halves(lowered))


_LABEL_OF_RE = regex.compile(r"^[^:]{1,60}:\s")


# A line that speaks of the web page or to its reader: "If you use a screen reader on this
# page ...", "This is the website of Anyshire Council", "We use cookies ...".
_READER_RE = regex.compile(
    r"(?i)\bscreen\s?readers?\b|\bcookies\b|\bjavascript\b|\bthis\s+(?:web\s?)?(?:page|site)\b"
    r"|\b(?:the|our)\s+web\s?site\b|\byou\s+(?:are|can|may|will|have)\b|\ballows\s+you\b"
)


_READER_WORDS = ("screen", "cookie", "javascript", "page", "site", "you")


def _speaks_of_page(line: str) -> bool:
    return says_any(line.lower(), _READER_WORDS) and _READER_RE.search(line) is not None


# The words that open a minutes page's list of who attended, with no colon after them.
_ATTENDANCE = ("present ", "also present", "in attendance", "apologies", "absent ")
# Councillors named under "Present:-": "Councillor M. Hayes in the Chair", "Councillors
# Aitken, Bond and Farr" (not "Councillor Call for Action", "Councillors' Allowances").
_NAMES_RE = regex.compile(
    r"(?:Councillors?|Cllrs?\.?)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
    r"(?:\s*\(|,|\s+(?i:in\s+the\s+chair)|\s+and\s|$)"
)


def _continues(previous: str) -> bool:
    """Whether the line after `previous` carries on its sentence."""
    if not previous.strip() or previous.endswith((".", ":", ";", "!", "?", ")")):
        return False
    page_furniture = is_chrome(previous) or doc_type_match(previous)
    named = banner_match(previous) or is_body_name(previous)
    generic = previous.lower() in ("decision", "decisions", "minutes", "proforma")
    label = bool(NOT_A_TITLE_RE.search(previous))
    return not (page_furniture or named or generic or label)


# How lines open that are no title: a note, a purpose, a menu's entry, or a lead-in's aside
# ("Having considered the report of the Head of Community Safety dated 19 December").
_NO_TITLE_OPENINGS = ("(", "To ", "- ", "• ", "Having ")


def _run_together_row(line: str) -> bool:
    """A form's row whose label runs into its value, the gap between the form's columns
    closed by a rendering: "Reference ODR/PLACE/2024/118", "Date of decision 12/03/2025" (a
    label of two words or more, or one before a code)."""
    if ":" in line or doc_type_match(line):
        return False  # ("Cabinet Member Decision Notice": the record's kind, no row)
    words = line.split()
    for count in range(1, min(len(words), _MAX_LABEL_WORDS + 1)):
        value = words[count]
        if not value[:1].isupper() and not value[:1].isdigit():
            continue  # ("Meeting held" / "on Wednesday, ...": a sentence's words go on)
        if count == 1 and not any(character.isdigit() for character in value):
            continue
        if count == len(words) - 1 and value.isdigit():
            continue  # "Agenda Item 6": an item's number, no value
        label = " ".join(words[:count])
        if runs_on_from(label) or not _PLAIN_LABEL_RE.fullmatch(label):
            continue  # "Meeting held on Wednesday, 16th October 2024": a sentence
        heading = match_heading(label)
        if heading is None or heading.kind != "meta" or heading.value:
            continue
        # (nor "Meeting held on Wednesday", the date's first word in the label)
        dated = find_first_date(line)
        return dated is None or dated.start >= len(label)
    return False


_MAX_LABEL_WORDS = 6
# A label's words: letters and brackets only ("Decision taker (name and job title)").
_PLAIN_LABEL_RE = regex.compile(r"[A-Z][A-Za-z ()]*[A-Za-z)]")


def _is_title_candidate(line: str) -> bool:
    # "Item 7: Local Transport Plan": the item's number is no label; its heading is read
    if line[:1] in "IiAaMmEe" and (item := AGENDA_ITEM_RE.match(line)) is not None:
        line = line[item.end() :]
    # "Garden Waste Charges 2026/27 - 13/02/2026": an issue's title and its meeting's date
    # ("Cabinet - 13/02/2026", a body's, is the meeting's own heading)
    dated = ISSUE_DATE_AFTER_RE.search(line) if line[-1:].isdigit() else None
    if dated is not None and not is_body_name(line[: dated.start()]):
        line = line[: dated.start()]
    # The shape first (cheap), then the patterns. A bullet ("- General", "• Reports") is a
    # page's tab or menu entry.
    if not line or line.endswith((".", ":", ";")) or line.startswith(_NO_TITLE_OPENINGS):
        return False
    if _speaks_of_page(line) or is_item_mark(line) or line.endswith((" -", " –")):
        return False  # (a heading that ends in a dash runs on into its minute's text)
    if dated_heading([line])[1] is not None:
        return False  # "Cabinet - Tuesday, 27th June, 2023 2.00 pm": the meeting, not a title
    if len(line.split()) > 30:
        return False
    if is_chrome(line) or doc_type_match(line) or banner_in(line):
        return False
    if line.endswith((" Councils", " COUNCILS")):
        return False  # "Adur & Worthing Councils": the partnership's banner over its own
    if line[:6].lower() in ("made b", "taken ") and TAKEN_BY_RE.search(line):
        return False  # "Made by the Cabinet Member for ... on 9 January 2025": who and when
    if report_party(line) is not None:
        return False  # "Report to Director of Children, Young People and Learning": whom to
    if line[-1:].isdigit() and _month_and_year(line):
        return False  # "November 2025": the month a report is dated, under whom it is to
    if OFFICE_RE.fullmatch(line) or portfolio_first(line):
        return False  # "Cabinet Member for Infrastructure", "Healthy Communities Portfolio
        # Holder": who, not what
    if (
        MEETING_LINE_RE.match(line)
        or FILE_SIZE_RE.fullmatch(line)
        or NUMBERS_ONLY_RE.fullmatch(line)
    ):
        return False
    lowered = line.lower()
    if lowered in ("decision", "decisions", "minutes", "decision notice", "proforma"):
        return False
    if lowered.startswith(("minutes of ", "minutes of\t", "extract from ")):
        return False  # "MINUTES of the Cabinet held on Tuesday 3 February 2026": the meeting
        # (and "EXTRACT FROM THE MINUTES OF THE MEETING OF THE MAYOR AND CABINET")
    if lowered.startswith(_ATTENDANCE) or (line[:4] in ("Coun", "Cllr") and _NAMES_RE.match(line)):
        return False  # "PRESENT   Councillor Tom Ashworth - In the Chair": who attended
    if line[-1:].isalpha() and POSTCODE_RE.search(line):
        return False  # "Riverbank House, Bideford, Devon EX39 2QG": the council's address
    held = may_say_held(line) and held_on(line)
    if is_body_name(line) or held:
        return False
    if NOT_A_TITLE_RE.search(line) and not _before_its_report_link(line):
        return False
    return parse_uk_date(line) is None or len(line) > 40


def _month_and_year(line: str) -> bool:
    """Whether `line` is only a month and a year ("November 2025")."""
    words = line.split()
    return len(words) == 2 and words[0].lower() in MONTH_WORDS and words[1].isdigit()


def _before_its_report_link(line: str) -> bool:
    """A ModernGov item's title, its report's link after it, a colon inside it all the same
    ("Truro Park and Ride: Extension of Operating Contract pdf icon PDF 388 KB"): no label."""
    return (
        line[-2:].lower() in ("kb", "mb")
        and FILE_SIZE_RE.search(line) is not None
        and " | " not in line
    )
