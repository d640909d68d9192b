"""Stage tests for proforma_parser.records (`record_starts`, `sub_layout`) and `parse_all`:
where one input holds several records, each comes back on its own slice of the text; where
it holds one, it is never split.

Every council, title and sentence below is invented; only the layouts copy real records.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

import pytest

from proforma_parser import DecisionRecord, parse_all, parse_text
from proforma_parser.readers.text import document_from_str
from proforma_parser.structure import sections
from proforma_parser.structure.normalise import Layout, Line, normalise
from proforma_parser.structure.records import (
    find_cuts,
    record_starts,
    split_records,
    sub_layout,
    under_header,
)
from proforma_parser.structure.sections import split_sections

D = dt.date


def _proforma(
    *,
    council: str,
    meeting: str,
    title: str,
    resolution: str,
    call_in: str,
    signed: str,
    header: bool = True,
) -> str:
    """A Cabinet decision proforma in the numbered seven-section layout."""
    top = f"{council}\n\nCABINET DECISION\n\nPROFORMA\n\nCabinet Meeting {meeting}\n\n"
    return (top if header else "") + (
        "1. Title of Item/Report\n\n"
        f"{title}\n\n"
        "2. Record of the Decision\n\n"
        "Cabinet considered a report of the Director of Community Services.\n\n"
        "RESOLVED that Cabinet:-\n\n"
        f"1. {resolution}\n\n"
        "3. Reasons for the Decision\n\n"
        "To keep the service within its approved budget.\n\n"
        "4. Alternative Options Considered and Rejected\n\n"
        "None\n\n"
        "5. Declared (Cabinet Member) Conflicts of Interest\n\n"
        "None\n\n"
        "6. Details of any Dispensations\n\n"
        "N/A\n\n"
        "7. Date and Time by which Call In must be executed\n\n"
        f"Midnight - {call_in}\n\n"
        "Proper Officer\n"
        f"{signed}\n"
    )


LIBRARIES = _proforma(
    council="BRAMLEY VALE BOROUGH COUNCIL",
    meeting="10th March 2025",
    title="Library Opening Hours Review",
    resolution="Approve the revised opening hours for all branch libraries.",
    call_in="Friday 21st March 2025.",
    signed="17 March 2025",
)
ALLOTMENTS = _proforma(
    council="BRAMLEY VALE BOROUGH COUNCIL",
    meeting="7th April 2025",
    title="Allotment Rents 2025/26",
    resolution="Agree the allotment rent increase of 3 per cent from 1 October 2025.",
    call_in="Wednesday 16th April 2025.",
    signed="14 April 2025",
)
CEMETERIES = _proforma(
    council="BRAMLEY VALE BOROUGH COUNCIL",
    meeting="12th May 2025",
    title="Cemetery Memorial Safety Inspections",
    resolution="Note the programme of memorial safety inspections for 2025/26.",
    call_in="Wednesday 21st May 2025.",
    signed="19 May 2025",
)
# The second proforma of a dump that printed no banner over it: it starts at its title.
ALLOTMENTS_BARE = _proforma(
    council="",
    meeting="",
    title="Allotment Rents 2025/26",
    resolution="Agree the allotment rent increase of 3 per cent from 1 October 2025.",
    call_in="Wednesday 16th April 2025.",
    signed="14 April 2025",
    header=False,
)

LISTING_ONE = """\
12/05/2025 - Replacement of Street Lighting Columns ref: 2231    Recommendations Approved

To approve the replacement of 400 lighting columns on the A614 corridor.

Decision Maker: Director of Place

Decision published: 13/05/2025

Effective from: 21/05/2025

Decision:

AGREED: that the replacement of 400 street lighting columns be approved

Lead officer: Anne Pellow
"""

# One record whose reasons repeat a heading's words in running text.
LIBRARIES_HEADING_WORDS = LIBRARIES.replace(
    "To keep the service within its approved budget.\n",
    "The decision keeps the service within its approved budget.\n\n"
    "Reasons for the Decision were set out in full in the report.\n",
)
# One record whose decision speaks of the report's title in prose.
LIBRARIES_TITLE_PROSE = LIBRARIES.replace(
    "Cabinet considered a report of the Director of Community Services.\n",
    "Cabinet considered a report of the Director of Community Services. The title of\n"
    "the report was amended at the meeting to include mobile library stops.\n",
)


@dataclass(frozen=True)
class Expected:
    title: str
    decision_date: dt.date
    first_resolution: str
    text_starts: str
    text_ends: str


E_LIBRARIES = Expected(
    "Library Opening Hours Review",
    D(2025, 3, 10),
    "Approve the revised opening hours for all branch libraries.",
    "BRAMLEY VALE BOROUGH COUNCIL\n\nCABINET DECISION",
    "Proper Officer\n17 March 2025",
)
E_ALLOTMENTS = Expected(
    "Allotment Rents 2025/26",
    D(2025, 4, 7),
    "Agree the allotment rent increase of 3 per cent from 1 October 2025.",
    "BRAMLEY VALE BOROUGH COUNCIL\n\nCABINET DECISION",
    "Proper Officer\n14 April 2025",
)
E_CEMETERIES = Expected(
    "Cemetery Memorial Safety Inspections",
    D(2025, 5, 12),
    "Note the programme of memorial safety inspections for 2025/26.",
    "BRAMLEY VALE BOROUGH COUNCIL\n\nCABINET DECISION",
    "Proper Officer\n19 May 2025",
)

SEVERAL = [
    pytest.param(LIBRARIES + "\f" + ALLOTMENTS, (E_LIBRARIES, E_ALLOTMENTS), id="two-form-feed"),
    pytest.param(LIBRARIES + "\n" + ALLOTMENTS, (E_LIBRARIES, E_ALLOTMENTS), id="two-no-separator"),
    pytest.param(
        LIBRARIES + "\n\n\n" + ALLOTMENTS, (E_LIBRARIES, E_ALLOTMENTS), id="two-blank-lines"
    ),
    pytest.param(
        LIBRARIES + "\f" + ALLOTMENTS + "\f" + CEMETERIES,
        (E_LIBRARIES, E_ALLOTMENTS, E_CEMETERIES),
        id="three-form-feeds",
    ),
]


def _layout(text: str) -> Layout:
    data = text.encode("utf-8")
    document = document_from_str(
        text, name=None, sha256=hashlib.sha256(data).hexdigest(), size=len(data)
    )
    return normalise(document)


def _starts(text: str) -> list[int]:
    layout = _layout(text)
    return record_starts(layout, split_sections(layout.lines))


def _assert_own_text(record: DecisionRecord, *, sectioned: bool = True) -> None:
    """Sections and evidence index the record's own text (minutes may have no sections)."""
    if sectioned:
        assert record.sections
    for section in record.sections:
        assert record.text[section.start : section.end] == section.text
    assert record.evidence
    for evidence in record.evidence.values():
        assert 0 <= evidence.start < evidence.end <= len(record.text)
    for resolution in record.resolutions:
        assert resolution.evidence is not None
        held = record.text[resolution.evidence.start : resolution.evidence.end]
        assert held.endswith(resolution.text)


@pytest.mark.parametrize(("text", "expected"), SEVERAL)
def test_parse_all_returns_each_record(text: str, expected: tuple[Expected, ...]) -> None:
    records = parse_all(text.encode("utf-8"))
    assert len(records) == len(expected)
    for record, want in zip(records, expected, strict=True):
        assert record.title == want.title
        assert record.decision_date == want.decision_date
        assert record.resolutions[0].text == want.first_resolution
        assert record.text.startswith(want.text_starts)
        assert record.text.endswith(want.text_ends)
        assert record.text.count("1. Title of Item/Report") == 1
        assert record.defects == []
        _assert_own_text(record)
        title = record.evidence["title"]
        assert record.text[title.start : title.end] == want.title
        date = record.evidence["decision_date"]
        assert record.text[date.start : date.end].startswith("Cabinet Meeting ")


@pytest.mark.parametrize(("text", "expected"), SEVERAL)
def test_parse_returns_the_first_with_multiple_records(
    text: str, expected: tuple[Expected, ...]
) -> None:
    record = parse_text(text)
    assert [(d.code, d.field) for d in record.defects] == [("multiple_records", None)]
    assert f"the input holds {len(expected)} records" in record.defects[0].message
    assert record.title == expected[0].title
    assert record.decision_date == expected[0].decision_date
    assert record.text.endswith(expected[0].text_ends)
    assert expected[1].title not in record.text
    _assert_own_text(record)


def test_a_second_record_with_no_banner_starts_at_its_title() -> None:
    """The "Proper Officer" sign-off date stays with the first record, not the second."""
    text = LIBRARIES + "\n" + ALLOTMENTS_BARE
    first, second = parse_all(text.encode("utf-8"))
    assert first.published_on == D(2025, 3, 17)
    assert first.text.endswith("Proper Officer\n17 March 2025")
    assert second.text.startswith("1. Title of Item/Report\n\nAllotment Rents 2025/26")
    assert second.title == "Allotment Rents 2025/26"
    assert second.published_on == D(2025, 4, 14)
    assert second.resolutions[0].text == E_ALLOTMENTS.first_resolution
    _assert_own_text(second)


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        pytest.param(LIBRARIES, [0], id="one-proforma"),
        pytest.param(LIBRARIES + "\f" + ALLOTMENTS, [0, 43], id="form-feed"),
        pytest.param(LIBRARIES + "\n" + ALLOTMENTS, [0, 43], id="banner-lines"),
        pytest.param(LIBRARIES + "\n" + ALLOTMENTS_BARE, [0, 43], id="title-line"),
        pytest.param(LIBRARIES + "\f" + ALLOTMENTS + "\f" + CEMETERIES, [0, 43, 86], id="three"),
        pytest.param(LISTING_ONE, [0], id="one-listing-entry"),
    ],
)
def test_record_starts(text: str, starts: list[int]) -> None:
    layout = _layout(text)
    assert _starts(text) == starts
    for index in starts[1:]:
        # each later record starts on a banner line, or on its title where none is printed
        assert layout.lines[index].text in {
            "BRAMLEY VALE BOROUGH COUNCIL",
            "1. Title of Item/Report",
        }


def test_sub_layout_rebases_offsets_and_breaks() -> None:
    layout = _layout(LIBRARIES + "\f" + ALLOTMENTS + "\f" + CEMETERIES)
    assert layout.breaks == (43, 86)
    second = sub_layout(layout, 43, 86)
    assert second.lines[0].text == "BRAMLEY VALE BOROUGH COUNCIL"
    assert second.lines[0].start == 0
    assert second.lines[-1].text == "14 April 2025"
    assert second.text.endswith("Proper Officer\n14 April 2025")
    assert second.breaks == ()
    for line in second.lines:
        assert second.text[line.start : line.end] == line.text
    # the last two records as one layout keep the break between them, counted from 43
    rest = sub_layout(layout, 43, len(layout.lines))
    assert rest.breaks == (43,)
    assert rest.lines[43].text == "BRAMLEY VALE BOROUGH COUNCIL"


def test_sub_layout_of_blank_lines_is_empty() -> None:
    layout = _layout(LIBRARIES)
    assert layout.lines[1].text == ""
    assert sub_layout(layout, 1, 2) == Layout("", ())


@pytest.mark.parametrize(
    ("text", "title", "decision_date", "first_resolution"),
    [
        pytest.param(
            LIBRARIES,
            "Library Opening Hours Review",
            D(2025, 3, 10),
            "Approve the revised opening hours for all branch libraries.",
            id="one-proforma",
        ),
        pytest.param(
            LIBRARIES_HEADING_WORDS,
            "Library Opening Hours Review",
            D(2025, 3, 10),
            "Approve the revised opening hours for all branch libraries.",
            id="reasons-repeat-a-heading",
        ),
        pytest.param(
            LIBRARIES_TITLE_PROSE,
            "Library Opening Hours Review",
            D(2025, 3, 10),
            "Approve the revised opening hours for all branch libraries.",
            id="decision-speaks-of-the-title",
        ),
        pytest.param(
            LISTING_ONE,
            "Replacement of Street Lighting Columns",
            D(2025, 5, 12),
            "the replacement of 400 street lighting columns be approved",
            id="one-listing-entry",
        ),
    ],
)
def test_one_record_is_never_split(
    text: str, title: str, decision_date: dt.date, first_resolution: str
) -> None:
    assert _starts(text) == [0]
    (record,) = parse_all(text.encode("utf-8"))
    assert record.title == title
    assert record.decision_date == decision_date
    assert record.resolutions[0].text == first_resolution
    assert record.text == _layout(text).text
    _assert_own_text(record)
    single = parse_text(text)
    assert "multiple_records" not in {d.code for d in single.defects}
    assert single.title == title


def test_reasons_that_repeat_a_heading_stay_in_the_reasons() -> None:
    record = parse_text(LIBRARIES_HEADING_WORDS)
    assert record.reasons == (
        "The decision keeps the service within its approved budget.\n\n"
        "Reasons for the Decision were set out in full in the report."
    )
    assert record.defects == []


def test_one_listing_entry_keeps_its_labelled_dates() -> None:
    (record,) = parse_all(LISTING_ONE.encode("utf-8"))
    assert record.published_on == D(2025, 5, 13)
    assert record.effective_from == D(2025, 5, 21)
    assert record.decision_status == "Recommendations Approved"
    assert record.reference == "2231"
    assert record.decision_maker == "Director of Place"
    assert "uncertain_field" not in {d.code for d in record.defects}
    listing = record.evidence["decision_date"]
    assert listing.kind == "listing_line"
    assert record.text[listing.start : listing.end].startswith("12/05/2025 - Replacement")


# --- Several records by their recurring structure: listing entries, minutes' items ---------


def _entry(
    *,
    listed: str,
    title: str,
    ref: str,
    maker: str,
    published: str,
    effective: str,
    decision: str,
    summary: str = "",
    meeting: str = "",
    labelled: bool = True,
    officer: str = "Rhona Tate",
) -> str:
    """A ModernGov decisions-listing entry: its dated title line, perhaps a summary, its
    labels, then its decision (under "Decision:" unless the render dropped the label)."""
    return (
        f"{listed} - {title} ref: {ref}    Recommendations Approved\n\n"
        + (f"{summary}\n\n" if summary else "")
        + f"Decision Maker: {maker}\n\n"
        + (f"Made at meeting: {meeting}\n\n" if meeting else "")
        + f"Decision published: {published}\n\n"
        f"Effective from: {effective}\n\n"
        + ("Decision:\n\n" if labelled else "")
        + f"{decision}\n\n"
        f"Lead officer: {officer}\n"
    )


CAR_PARK = _entry(
    listed="14/04/2025",
    title="Resurfacing of Mill Lane Car Park",
    ref="3120",
    maker="Director of Place",
    published="15/04/2025",
    effective="23/04/2025",
    decision=(
        "AGREED: that the resurfacing of Mill Lane car park be approved at a cost of £84,000\n\n"
        "Reasons for the decision:\n\n"
        "The surface has failed and is a trip hazard.\n\n"
        "Alternative options considered:\n\n"
        "Patching was considered and rejected as a short-term fix."
    ),
)
HOME_CARE = _entry(
    listed="16/04/2025",
    title="Extension of the Home Care Framework",
    ref="3121",
    maker="Cabinet Member for Adult Social Care",
    published="17/04/2025",
    effective="25/04/2025",
    decision=(
        "AGREED: that the home care framework be extended by twelve months to 31 March 2026\n\n"
        "Reasons for the decision:\n\n"
        "To secure continuity of care while the service is recommissioned.\n\n"
        "Alternative options considered:\n\n"
        "Retendering now was rejected for lack of time."
    ),
    officer="Jonas Elder",
)
# Under a listing page's own headings, with a summary over an entry's labels and a
# "Made at meeting:" that the next entry has not.
QUARRY_ROAD = _entry(
    listed="22/04/2025",
    title="Sale of Land at Quarry Road",
    ref="3125",
    maker="Cabinet",
    meeting="22/04/2025 - Cabinet",
    published="23/04/2025",
    effective="01/05/2025",
    summary="To decide whether to sell surplus land at Quarry Road to a housing association.",
    decision=(
        "RESOLVED:\n\n"
        "1. To approve the sale of 0.4 hectares of land at Quarry Road to Fenmoor Housing.\n\n"
        "2. To delegate the final terms to the Head of Legal Services."
    ),
    officer="Priti Shah",
)
WEIR_BRIDGE = _entry(
    listed="24/04/2025",
    title="Weir Bridge Weight Limit",
    ref="3127",
    maker="Head of Highways",
    published="25/04/2025",
    effective="25/04/2025",
    summary="To protect the bridge until its deck is strengthened.",
    decision="To approve a 7.5 tonne weight limit on Weir Bridge from 1 June 2025",
    officer="Owen Pryce",
)
LISTING_PAGE = "Decisions\n\nDecisions published between 01/04/2025 and 30/04/2025\n\n"
# Entries whose render dropped the "Decision:" label: the act under the labels decides.
BANDSTAND = _entry(
    listed="02/05/2025",
    title="Bandstand Hire for the Spring Fair",
    ref="4410",
    maker="Head of Parks - J. Orme",
    published="02/05/2025",
    effective="02/05/2025",
    decision="To approve the hire of the bandstand at no charge for the Spring Fair",
    labelled=False,
    officer="J. Orme",
)
ASH_TREES = _entry(
    listed="06/05/2025",
    title="Tree Works at Hollins Green",
    ref="4412",
    maker="Head of Parks - J. Orme",
    published="07/05/2025",
    effective="07/05/2025",
    decision="To approve the felling of two diseased ash trees at Hollins Green",
    labelled=False,
    officer="J. Orme",
)


def _details(*, title: str, resolved: str, reasons: str, published: str, decided: str) -> str:
    """A ModernGov "Decision details" page: its title over the labels, no listing line."""
    return (
        "Decision details\n\n"
        f"{title}\n\n"
        "Decision Maker: Cabinet\n\n"
        "Decision status: Recommendations Approved\n\n"
        "Is Key decision?: No\n\n"
        "Is subject to call in?: Yes\n\n"
        "Decision:\n\n"
        f"RESOLVED that {resolved}\n\n"
        "Reasons for the decision:\n\n"
        f"{reasons}\n\n"
        "Report author: Dev Lowe\n\n"
        f"Publication date: {published}\n\n"
        f"Date of decision: {decided}\n\n"
        "Accompanying Documents:\n"
    )


CYCLE_ROUTE = _details(
    title="Riverside Cycle Route - Detailed Design",
    resolved="the detailed design of the Riverside cycle route be approved.",
    reasons="The route is funded by a grant that must be committed by March 2025.",
    published="14/03/2024",
    decided="12/03/2024",
)
MARKET_RENTS = _details(
    title="Market Hall Stall Rents 2024/25",
    resolved="stall rents in the Market Hall be frozen for 2024/25.",
    reasons="To support traders while the hall is refurbished.",
    published="21/03/2024",
    decided="19/03/2024",
)

MINUTES_HEADER = (
    "ASHCOMBE DISTRICT COUNCIL\n\n"
    "CABINET\n\n"
    "Minutes of the meeting held on Tuesday 11 March 2025\n\n"
)
HIGHWAYS_MINUTE = (
    "45. Highways Capital Programme 2024/25\n\n"
    "The Portfolio Holder for Highways presented the programme of capital works.\n\n"
    "RESOLVED that the Highways Capital Programme 2024/25 be approved.\n\n"
)
LEISURE_MINUTE = (
    "46. Leisure Centre Contract\n\n"
    "The Portfolio Holder for Leisure presented a report on the contract extension.\n\n"
    "RESOLVED – That the leisure centre management contract be extended to 31 March 2027.\n"
)
# Procedural minutes between and after, a numbered resolution whose items look like
# headings, and dash labels under a RESOLVED block.
WOLDHAM_MINUTES = """\
WOLDHAM BOROUGH COUNCIL

EXECUTIVE

Minutes of the meeting of the Executive held on Wednesday 9 April 2025 at 6.30 pm

PRESENT: Councillor A. Petrie (Chair), Councillors B. Ng and C. Ruiz

61. Declarations of Interest

There were no declarations of interest.

62. Bus Shelter Replacement Programme

The Portfolio Holder for Transport introduced the report.

RESOLVED that:

1. The Bus Shelter Replacement Programme be approved.

2. Authority be delegated to the Director of Environment to award the contract.

63. Questions from the Public

None were received.

64. Community Safety Partnership Plan

RESOLVED – That the Community Safety Partnership Plan 2025-28 be adopted.

REASONS FOR DECISION – The plan is a statutory requirement.

OTHER OPTIONS CONSIDERED AND REJECTED – To extend the 2022 plan, which has expired.

65. Exclusion of the Press and Public
"""

# Each item's RESOLVED block with dash labels under it, which recur from item to item.
FENMOOR_MINUTES = """\
FENMOOR DISTRICT COUNCIL

CABINET

Minutes of the meeting held on Monday 2 June 2025

12. Car Parking Charges

The Portfolio Holder presented the report.

RESOLVED – That the car parking charges for 2025/26 be approved.

REASONS FOR DECISION – To balance the parking account.

OTHER OPTIONS CONSIDERED AND REJECTED – To freeze charges, which would leave a deficit.

13. Parks Maintenance Contract

RESOLVED – That the parks maintenance contract be awarded to Fenmoor Services.

REASONS FOR DECISION – The bid was the most economically advantageous.

OTHER OPTIONS CONSIDERED AND REJECTED – To bring the service in-house, at higher cost.

14. Housing Allocations Policy

RESOLVED – That the revised Housing Allocations Policy be adopted.

REASONS FOR DECISION – To comply with the revised statutory guidance.

OTHER OPTIONS CONSIDERED AND REJECTED – None.
"""


@dataclass(frozen=True)
class Entry:
    title: str
    decision_date: dt.date
    first_resolution: str
    text_starts: str
    published_on: dt.date | None = None
    reference: str | None = None


E_CAR_PARK = Entry(
    "Resurfacing of Mill Lane Car Park",
    D(2025, 4, 14),
    "the resurfacing of Mill Lane car park be approved at a cost of £84,000",
    "14/04/2025 - Resurfacing of Mill Lane Car Park ref: 3120",
    D(2025, 4, 15),
    "3120",
)
E_HOME_CARE = Entry(
    "Extension of the Home Care Framework",
    D(2025, 4, 16),
    "the home care framework be extended by twelve months to 31 March 2026",
    "16/04/2025 - Extension of the Home Care Framework ref: 3121",
    D(2025, 4, 17),
    "3121",
)
E_QUARRY_ROAD = Entry(
    "Sale of Land at Quarry Road",
    D(2025, 4, 22),
    "To approve the sale of 0.4 hectares of land at Quarry Road to Fenmoor Housing.",
    LISTING_PAGE + "22/04/2025 - Sale of Land at Quarry Road ref: 3125",
    D(2025, 4, 23),
    "3125",
)
E_WEIR_BRIDGE = Entry(
    "Weir Bridge Weight Limit",
    D(2025, 4, 24),
    "To approve a 7.5 tonne weight limit on Weir Bridge from 1 June 2025",
    "24/04/2025 - Weir Bridge Weight Limit ref: 3127 Recommendations Approved\n\n"
    "To protect the bridge until its deck is strengthened.\n\nDecision Maker: Head of Highways",
    D(2025, 4, 25),
    "3127",
)
E_BANDSTAND = Entry(
    "Bandstand Hire for the Spring Fair",
    D(2025, 5, 2),
    "To approve the hire of the bandstand at no charge for the Spring Fair",
    "02/05/2025 - Bandstand Hire for the Spring Fair ref: 4410",
    D(2025, 5, 2),
    "4410",
)
E_ASH_TREES = Entry(
    "Tree Works at Hollins Green",
    D(2025, 5, 6),
    "To approve the felling of two diseased ash trees at Hollins Green",
    "06/05/2025 - Tree Works at Hollins Green ref: 4412",
    D(2025, 5, 7),
    "4412",
)
E_CYCLE_ROUTE = Entry(
    "Riverside Cycle Route - Detailed Design",
    D(2024, 3, 12),
    "the detailed design of the Riverside cycle route be approved.",
    "Decision details\n\nRiverside Cycle Route - Detailed Design\n\nDecision Maker: Cabinet",
    D(2024, 3, 14),
)
E_MARKET_RENTS = Entry(
    "Market Hall Stall Rents 2024/25",
    D(2024, 3, 19),
    "stall rents in the Market Hall be frozen for 2024/25.",
    "Decision details\n\nMarket Hall Stall Rents 2024/25\n\nDecision Maker: Cabinet",
    D(2024, 3, 21),
)
E_HIGHWAYS = Entry(
    "Highways Capital Programme 2024/25",
    D(2025, 3, 11),
    "the Highways Capital Programme 2024/25 be approved.",
    MINUTES_HEADER + "45. Highways Capital Programme 2024/25",
)
# A later minute is read under the meeting's header: its council, body and date are the
# meeting's.
E_LEISURE = Entry(
    "Leisure Centre Contract",
    D(2025, 3, 11),
    "the leisure centre management contract be extended to 31 March 2027.",
    MINUTES_HEADER + "46. Leisure Centre Contract",
)
WOLDHAM_HEADER = WOLDHAM_MINUTES[: WOLDHAM_MINUTES.index("61.")]
E_BUS_SHELTERS = Entry(
    "Bus Shelter Replacement Programme",
    D(2025, 4, 9),
    "The Bus Shelter Replacement Programme be approved.",
    WOLDHAM_HEADER + "61. Declarations of Interest",
)
E_COMMUNITY_SAFETY = Entry(
    "Community Safety Partnership Plan",
    D(2025, 4, 9),
    "the Community Safety Partnership Plan 2025-28 be adopted.",
    WOLDHAM_HEADER + "64. Community Safety Partnership Plan",
)
FENMOOR_HEADER = FENMOOR_MINUTES[: FENMOOR_MINUTES.index("12.")]
E_PARKING = Entry(
    "Car Parking Charges",
    D(2025, 6, 2),
    "the car parking charges for 2025/26 be approved.",
    FENMOOR_HEADER + "12. Car Parking Charges",
)
E_PARKS = Entry(
    "Parks Maintenance Contract",
    D(2025, 6, 2),
    "the parks maintenance contract be awarded to Fenmoor Services.",
    FENMOOR_HEADER + "13. Parks Maintenance Contract",
)
E_ALLOCATIONS = Entry(
    "Housing Allocations Policy",
    D(2025, 6, 2),
    "the revised Housing Allocations Policy be adopted.",
    FENMOOR_HEADER + "14. Housing Allocations Policy",
)

BY_STRUCTURE = [
    pytest.param(CAR_PARK + "\n" + HOME_CARE, (E_CAR_PARK, E_HOME_CARE), id="two-listing-entries"),
    pytest.param(
        LISTING_PAGE + QUARRY_ROAD + "\n" + WEIR_BRIDGE + "\n" + CAR_PARK,
        (E_QUARRY_ROAD, E_WEIR_BRIDGE, E_CAR_PARK),
        id="listing-page-summaries-and-meeting-label",
    ),
    pytest.param(
        BANDSTAND + "\n" + ASH_TREES, (E_BANDSTAND, E_ASH_TREES), id="listing-no-decision-labels"
    ),
    pytest.param(
        BANDSTAND + "\n" + HOME_CARE, (E_BANDSTAND, E_HOME_CARE), id="listing-first-unlabelled"
    ),
    pytest.param(
        CAR_PARK + "\n" + ASH_TREES, (E_CAR_PARK, E_ASH_TREES), id="listing-second-unlabelled"
    ),
    pytest.param(
        CYCLE_ROUTE + "\n" + MARKET_RENTS,
        (E_CYCLE_ROUTE, E_MARKET_RENTS),
        id="two-decision-details-pages",
    ),
    pytest.param(
        MINUTES_HEADER + HIGHWAYS_MINUTE + LEISURE_MINUTE,
        (E_HIGHWAYS, E_LEISURE),
        id="minutes-two-resolved-items",
    ),
    pytest.param(
        WOLDHAM_MINUTES,
        (E_BUS_SHELTERS, E_COMMUNITY_SAFETY),
        id="minutes-procedural-items-between",
    ),
    pytest.param(
        FENMOOR_MINUTES,
        (E_PARKING, E_PARKS, E_ALLOCATIONS),
        id="minutes-labels-under-each-item",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BY_STRUCTURE)
def test_parse_all_splits_by_recurring_structure(text: str, expected: tuple[Entry, ...]) -> None:
    records = parse_all(text.encode("utf-8"))
    assert [r.title for r in records] == [want.title for want in expected]
    for record, want in zip(records, expected, strict=True):
        assert record.decision_date == want.decision_date
        assert record.resolutions[0].text == want.first_resolution
        assert record.published_on == want.published_on
        assert record.reference == want.reference
        assert record.text.startswith(want.text_starts)
        assert "multiple_records" not in {d.code for d in record.defects}
        _assert_own_text(record, sectioned=not want.text_starts.startswith(("ASH", "WOL", "FEN")))
    # no record holds another's title
    for record, want in zip(records, expected, strict=True):
        others = [e.title for e in expected if e is not want]
        assert not [title for title in others if title in record.text]


@pytest.mark.parametrize(("text", "expected"), BY_STRUCTURE)
def test_parse_returns_the_first_of_several_by_structure(
    text: str, expected: tuple[Entry, ...]
) -> None:
    record = parse_text(text)
    assert [d.code for d in record.defects if d.code == "multiple_records"] == ["multiple_records"]
    multiple = next(d for d in record.defects if d.code == "multiple_records")
    assert f"the input holds {len(expected)} records" in multiple.message
    assert record.title == expected[0].title
    assert record.resolutions[0].text == expected[0].first_resolution
    assert expected[1].title not in record.text


def test_each_listing_entry_keeps_its_own_labels() -> None:
    first, second = parse_all((CAR_PARK + "\n" + HOME_CARE).encode("utf-8"))
    assert (first.decision_maker, first.effective_from) == ("Director of Place", D(2025, 4, 23))
    assert first.reasons == "The surface has failed and is a trip hazard."
    assert first.alternative_options == "Patching was considered and rejected as a short-term fix."
    assert (second.decision_maker, second.effective_from) == (
        "Cabinet Member for Adult Social Care",
        D(2025, 4, 25),
    )
    assert second.reasons == "To secure continuity of care while the service is recommissioned."
    assert second.alternative_options == "Retendering now was rejected for lack of time."
    assert [d.code for d in first.defects] == [d.code for d in second.defects]
    assert "duplicate_section" not in {d.code for d in first.defects}


def test_minutes_split_into_items_each_under_the_meeting() -> None:
    first, second = parse_all((MINUTES_HEADER + HIGHWAYS_MINUTE + LEISURE_MINUTE).encode())
    for record in (first, second):
        assert record.authority == "Ashcombe District Council"
        assert record.decision_maker == "Cabinet"
        assert [r.kind for r in record.resolutions] == ["resolved"]
    assert "46. Leisure Centre Contract" not in first.text
    assert "45. Highways" not in second.text
    assert second.text.endswith("be extended to 31 March 2027.")
    date = second.evidence["decision_date"]
    assert second.text[date.start : date.end].endswith("Tuesday 11 March 2025")


def test_minutes_items_keep_their_own_dash_labels() -> None:
    records = parse_all(FENMOOR_MINUTES.encode("utf-8"))
    assert [r.reasons for r in records] == [
        "To balance the parking account.",
        "The bid was the most economically advantageous.",
        "To comply with the revised statutory guidance.",
    ]
    assert [r.alternative_options for r in records[:2]] == [
        "To freeze charges, which would leave a deficit.",
        "To bring the service in-house, at higher cost.",
    ]


def test_minutes_items_keep_their_own_resolutions_and_labels() -> None:
    first, second = parse_all(WOLDHAM_MINUTES.encode("utf-8"))
    assert [(r.number, r.text) for r in first.resolutions] == [
        ("1", "The Bus Shelter Replacement Programme be approved."),
        ("2", "Authority be delegated to the Director of Environment to award the contract."),
    ]
    assert first.reasons is None
    assert first.text.endswith("63. Questions from the Public\n\nNone were received.")
    assert second.reasons == "The plan is a statutory requirement."
    assert second.alternative_options == "To extend the 2022 plan, which has expired."
    assert second.text.endswith("65. Exclusion of the Press and Public")


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        pytest.param(
            CAR_PARK + "\n" + HOME_CARE,
            ["14/04/2025 - Resurfacing", "16/04/2025 - Extension"],
            id="listing-lines",
        ),
        pytest.param(
            LISTING_PAGE + QUARRY_ROAD + "\n" + WEIR_BRIDGE,
            ["Decisions", "24/04/2025 - Weir Bridge"],
            id="listing-line-over-a-summary",
        ),
        pytest.param(
            CYCLE_ROUTE + "\n" + MARKET_RENTS,
            ["Decision details", "Decision details"],
            id="page-heading-over-the-title",
        ),
        pytest.param(
            MINUTES_HEADER + HIGHWAYS_MINUTE + LEISURE_MINUTE,
            ["ASHCOMBE DISTRICT COUNCIL", "46. Leisure Centre Contract"],
            id="minute-heading",
        ),
    ],
)
def test_record_starts_by_structure(text: str, heads: list[str]) -> None:
    layout = _layout(text)
    starts = _starts(text)
    assert len(starts) == len(heads)
    assert [layout.lines[i].text[: len(h)] for i, h in zip(starts, heads, strict=True)] == heads


def test_under_header_rebases_the_record_after_the_header() -> None:
    layout = _layout(MINUTES_HEADER + HIGHWAYS_MINUTE + LEISURE_MINUTE)
    cuts = find_cuts(layout, split_sections(layout.lines))
    assert cuts.shared == 6  # the minute "45." is line 6, under three header lines
    assert layout.lines[cuts.shared].text == "45. Highways Capital Programme 2024/25"
    header = sub_layout(layout, 0, cuts.shared)
    item = sub_layout(layout, cuts.starts[1], len(layout.lines))
    joined = under_header(header, item)
    assert joined.text == MINUTES_HEADER + LEISURE_MINUTE.rstrip("\n")
    assert [line.text for line in joined.lines[:7]] == [
        "ASHCOMBE DISTRICT COUNCIL",
        "",
        "CABINET",
        "",
        "Minutes of the meeting held on Tuesday 11 March 2025",
        "",
        "46. Leisure Centre Contract",
    ]
    for line in joined.lines:
        assert joined.text[line.start : line.end] == line.text


# --- One record is never split ----------------------------------------------------------

# An officer's record whose sign-off box repeats its opening labels, with no decision under
# them.
SIGNED_OFF = """\
RECORD OF OFFICER DECISION

Decision maker: Director of Finance

Date of decision: 3 June 2025

Decision:

To approve the write-off of irrecoverable business rates debts totalling £41,200.

Reasons for the decision:

All recovery action has been exhausted.

Signed:

Decision maker: Director of Finance

Date of decision: 3 June 2025

This decision was published on 4 June 2025.
"""
# Minutes with one business item that resolved, between procedural items and a business
# item with no RESOLVED block.
ONE_RESOLVED_MINUTE = """\
WOLDHAM BOROUGH COUNCIL

EXECUTIVE

Minutes of the meeting of the Executive held on Wednesday 9 April 2025

61. Declarations of Interest

None.

62. Bus Shelter Replacement Programme

RESOLVED that the Bus Shelter Replacement Programme be approved.

63. Community Safety Partnership Update

Members discussed the partnership's work on anti-social behaviour.
"""
# A proforma whose resolutions are numbered items worded like headings, with a second
# lead-in under them.
RECOMMENDED = LIBRARIES.replace(
    "RESOLVED that Cabinet:-\n\n1. Approve the revised opening hours for all branch libraries.\n",
    "RESOLVED that Cabinet:-\n\n"
    "1. Approve the revised opening hours for all branch libraries.\n\n"
    "2. Endorse the Library Strategy Action Plan\n\n"
    "RECOMMENDED to Council that:\n\n"
    "3. Adopt the Library Strategy 2025 to 2030.\n",
)


@pytest.mark.parametrize(
    ("text", "title", "resolutions"),
    [
        pytest.param(
            SIGNED_OFF,
            "",
            ["To approve the write-off of irrecoverable business rates debts totalling £41,200."],
            id="sign-off-repeats-labels",
        ),
        pytest.param(
            ONE_RESOLVED_MINUTE,
            "Bus Shelter Replacement Programme",
            ["the Bus Shelter Replacement Programme be approved."],
            id="minutes-one-resolved-item",
        ),
        pytest.param(
            LISTING_PAGE + QUARRY_ROAD,
            "Sale of Land at Quarry Road",
            [
                "To approve the sale of 0.4 hectares of land at Quarry Road to Fenmoor Housing.",
                "To delegate the final terms to the Head of Legal Services.",
            ],
            id="one-entry-under-a-listing-page",
        ),
        pytest.param(
            CYCLE_ROUTE,
            "Riverside Cycle Route - Detailed Design",
            ["the detailed design of the Riverside cycle route be approved."],
            id="one-decision-details-page",
        ),
        pytest.param(
            RECOMMENDED,
            "Library Opening Hours Review",
            [
                "Approve the revised opening hours for all branch libraries.",
                "Endorse the Library Strategy Action Plan",
                "Adopt the Library Strategy 2025 to 2030.",
            ],
            id="proforma-with-a-second-lead-in",
        ),
    ],
)
def test_one_record_by_structure_is_never_split(
    text: str, title: str, resolutions: list[str]
) -> None:
    assert _starts(text) == [0]
    (record,) = parse_all(text.encode("utf-8"))
    assert record.title == title
    assert [r.text for r in record.resolutions] == resolutions
    assert record.text == _layout(text).text
    assert "multiple_records" not in {d.code for d in parse_text(text).defects}


# --- A title label inside a decision belongs to the decision ----------------------------

SCHEME_TITLE = "Title of the scheme: Opening Hours 2025"


@pytest.mark.parametrize(
    "named",
    [
        pytest.param(SCHEME_TITLE, id="value-on-the-line"),
        pytest.param("Title of the scheme:\n\nOpening Hours 2025", id="value-below"),
        pytest.param("Title of the Scheme\n\nOpening Hours 2025", id="heading-alone"),
    ],
)
def test_a_title_label_inside_the_decision_stays_in_the_decision(named: str) -> None:
    text = LIBRARIES.replace(
        "Cabinet considered a report of the Director of Community Services.\n",
        f"Cabinet considered a report of the Director of Community Services.\n\n{named}\n",
    )
    assert _starts(text) == [0]
    record = parse_text(text)
    assert record.title == "Library Opening Hours Review"
    assert record.decision == (
        "Cabinet considered a report of the Director of Community Services.\n\n"
        f"{named}\n\n"
        "RESOLVED that Cabinet:-\n\n"
        "1. Approve the revised opening hours for all branch libraries."
    )
    assert [(r.number, r.text) for r in record.resolutions] == [
        ("1", "Approve the revised opening hours for all branch libraries.")
    ]
    assert [s.heading for s in record.sections if s.field == "title"] == ["Title of Item/Report"]
    assert record.defects == []
    assert [r.title for r in parse_all(text.encode("utf-8"))] == ["Library Opening Hours Review"]


def test_a_title_label_inside_a_listing_decision_is_not_the_title() -> None:
    # Straight under "Decision:" a title heading opens a proforma wrapped in the panel;
    # after the decision's first words it names what is decided.
    text = LISTING_ONE.replace(
        "AGREED: that the replacement",
        f"The columns are in phase two of the scheme.\n\n{SCHEME_TITLE}\n\nAGREED: that the replacement",
    )
    (record,) = parse_all(text.encode("utf-8"))
    assert record.title == "Replacement of Street Lighting Columns"
    assert (record.decision or "").startswith(
        f"The columns are in phase two of the scheme.\n\n{SCHEME_TITLE}\n\nAGREED: that"
    )
    assert [r.text for r in record.resolutions] == [
        "the replacement of 400 street lighting columns be approved"
    ]
    assert "duplicate_section" not in {d.code for d in record.defects}


def test_a_title_label_over_a_decision_of_its_own_starts_a_record() -> None:
    # "Title: ..." then "Decision: ..." twice: the second title is the next record's.
    one = "Title: Allotment Rents 2025/26\n\nDecision: That allotment rents rise by 3 per cent.\n\n"
    two = "Title: Cemetery Fees 2025/26\n\nDecision: That cemetery fees be frozen.\n"
    first, second = parse_all((one + two).encode("utf-8"))
    assert (first.title, second.title) == ("Allotment Rents 2025/26", "Cemetery Fees 2025/26")
    assert [r.text for r in first.resolutions] == ["allotment rents rise by 3 per cent."]
    assert [r.text for r in second.resolutions] == ["cemetery fees be frozen."]


# Sections split once: the input's lines are classified once, and each record's sections
# are cut from that split rather than found again on the record's own lines.
_SEVERAL_TEXTS = [param.values[0] for param in [*SEVERAL, *BY_STRUCTURE]]


@pytest.mark.parametrize("text", _SEVERAL_TEXTS)
def test_records_get_the_sections_their_own_lines_would_give(text: str) -> None:
    layout = _layout(text)
    records = split_records(layout)
    assert len(records) > 1
    for record in records:
        assert record.split == split_sections(record.layout.lines)


def _classified_lines(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every line the splitter classifies, from now on."""
    seen: list[str] = []
    classify = sections._heading_at

    def spy(lines: tuple[Line, ...], index: int, *args: Any) -> Any:
        seen.append(lines[index].text)
        return classify(lines, index, *args)

    monkeypatch.setattr(sections, "_heading_at", spy)
    return seen


@pytest.mark.parametrize("text", _SEVERAL_TEXTS)
def test_parse_all_classifies_each_line_once(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    written = [line for line in _layout(text).lines if line.text]
    seen = _classified_lines(monkeypatch)
    records = parse_all(text.encode("utf-8"))
    # Each line once; a record's first line and its last are looked at again (their
    # neighbours change at a cut), and so are those of the meeting's header over a minute.
    again = len(seen) - len(written)
    assert 0 <= again <= 4 * len(records)
    # (splitting each record afresh would classify every line of every record again)
    afresh = sum(len([line for line in _layout(r.text).lines if line.text]) for r in records)
    assert again < afresh


@pytest.mark.parametrize("text", _SEVERAL_TEXTS)
def test_parse_cuts_the_first_record_from_one_split(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    written = [line for line in _layout(text).lines if line.text]
    seen = _classified_lines(monkeypatch)
    parse_text(text)
    assert len(written) <= len(seen) <= len(written) + 2
