"""Whole small records in layouts the corpus does not show, each checking one rule that
generalises: minutes lines, prose headers, text-drawn tables, flattened pages, page footers,
wrapped label values, dated call-in prose, nil sentences.

The records are invented; each is modelled on a common way councils publish.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from proforma_parser import DecisionRecord, parse_all, parse_text
from proforma_parser.build import build_record
from proforma_parser.defects import DefectLog
from proforma_parser.document import Block, Document
from proforma_parser.fields.callin import read_call_in
from proforma_parser.fields.meeting import meeting_held
from proforma_parser.fields.resolutions import read_resolutions
from proforma_parser.fields.title import plain_title
from proforma_parser.readers.text import document_from_str, without_footer_blocks
from proforma_parser.structure.columns import join_wrapped_labels
from proforma_parser.structure.headings import match_heading, read_minute
from proforma_parser.structure.leadins import read_lead_in
from proforma_parser.structure.normalise import normalise, split_inline_labels
from proforma_parser.wording.dates import find_first_date
from proforma_parser.wording.documents import doc_type_match
from proforma_parser.wording.nil import is_nil
from proforma_parser.wording.prose import published_in_prose


def test_minutes_give_meeting_date_body_and_item_title() -> None:
    record = parse_text(
        "Ashby Vale District Council\n\nCABINET\n\n"
        "MINUTES of the meeting held on Wednesday, 6 March 2024 at 10.00 am in the Council\n"
        "Chamber, Town Hall\n\nPresent: Councillors Hill (Chair), Moss and Vane.\n\n"
        "41.  Car Park Charges 2024/25\n\n"
        "RESOLVED – (1) that the charges at Appendix 1 be approved;\n\n"
        "(2) that the Director be authorised to make the traffic orders.\n\n"
        "Reasons for Decision\n\nTo balance the parking account.\n\n"
        "The deadline for call-in of these decisions is 5.00pm on Thursday\n14 March 2024.\n"
    )
    assert record.title == "Car Park Charges 2024/25"
    assert record.decision_date == dt.date(2024, 3, 6)
    assert record.decision_maker == "Cabinet"
    assert record.authority == "Ashby Vale District Council"
    assert [(r.number, r.text[:24]) for r in record.resolutions] == [
        ("1", "that the charges at Appe"),
        ("2", "that the Director be aut"),
    ]
    assert record.call_in is not None
    assert record.call_in.date == dt.date(2024, 3, 14)
    assert record.call_in.deadline is not None
    assert record.call_in.deadline.isoformat() == "2024-03-14T17:00:00+00:00"


def test_prose_header_names_maker_and_date() -> None:
    record = parse_text(
        "LONDON BOROUGH OF KELSWICK\n\nNOTICE OF EXECUTIVE DECISION\n\n"
        "The following decision was taken by the Cabinet Member for Parks and Leisure on\n"
        "Friday, 3 May 2024.\n\nPond Restoration at Elm Common\n\nDecision\n\n"
        "Approved the award of a contract for desilting the pond to Marsh Works Ltd.\n\n"
        "Reasons for the decision\n\nThe pond is silting up.\n"
    )
    assert record.authority == "London Borough of Kelswick"
    assert record.document_type == "Notice of Executive Decision"
    assert record.decision_maker == "Cabinet Member for Parks and Leisure"
    assert record.decision_date == dt.date(2024, 5, 3)
    assert record.title == "Pond Restoration at Elm Common"
    assert record.resolutions[0].text.startswith("Approved the award")


def test_text_drawn_table_rows_and_wrapped_values() -> None:
    record = parse_text(
        "Fernshire County Council\n\nRECORD OF EXECUTIVE DECISION\n\n"
        "+----------------------+------------------------------------------+\n"
        "| Decision taken by:   | Cabinet Member with Responsibility for   |\n"
        "|                      | Highways and                             |\n"
        "|                      | Transport                                |\n"
        "+----------------------+------------------------------------------+\n"
        "| Date of decision:    | 14th Nov 2024                            |\n"
        "| Subject:             | Mill Lane - 20mph Speed Limit            |\n"
        "+----------------------+------------------------------------------+\n\n"
        "Decision\n\nThat the 20mph limit be introduced.\n\nReasons\n\nSafety.\n"
    )
    assert record.decision_maker == (
        "Cabinet Member with Responsibility for Highways and Transport"
    )
    assert record.decision_date == dt.date(2024, 11, 14)
    assert record.title == "Mill Lane - 20mph Speed Limit"


def test_flattened_labels_are_cut_apart() -> None:
    line = (
        "Decision Number: PX/2024/1 Decision Maker: Cabinet Member for Environment "
        "Date of Decision: 18/11/2024 Title: Park Pavilion Transfer Summary: To transfer it."
    )
    assert split_inline_labels(line) == [
        "Decision Number: PX/2024/1",
        "Decision Maker: Cabinet Member for Environment",
        "Date of Decision: 18/11/2024",
        "Title: Park Pavilion Transfer",
        "Summary: To transfer it.",
    ]
    assert split_inline_labels("The Cabinet noted: the report; the appendix: and more.") == [
        "The Cabinet noted: the report; the appendix: and more."
    ]


def test_page_footers_leave_the_list() -> None:
    record = parse_text(
        "Decision Maker: Executive Member for Care\n\nDecision\n\n"
        "1. To extend the care contract at Holm Court for twelve months.\n\n"
        "Executive Decision Notice – EDN 2023/041                 Page 1 of 2\n\n"
        "2. That the hourly rate be increased to £21.42.\n"
    )
    assert [r.number for r in record.resolutions] == ["1", "2"]
    assert "Page 1 of 2" not in record.text


def test_nil_sentences_and_what_runs_on_after_them() -> None:
    record = parse_text(
        "Title: Bus Fare Cap\n\nDecision\n\nThat the cap be extended.\n\n"
        "Conflicts of interest\n\nThe Mayor has no conflict of interest in this decision.\n\n"
        "Dispensations\n\nNone.\nThis decision will come into force on 20 March 2024.\n"
    )
    assert record.conflicts_of_interest is None
    assert record.dispensations is None
    assert record.effective_from == dt.date(2024, 3, 20)


def test_a_mixed_call_in_statement_keeps_its_deadline() -> None:
    record = parse_text(
        "Title: Budget 2024/25\n\nDecision\n\nRESOLVED that Cabinet notes the report.\n\n"
        "Call-in: Resolution 1 is subject to call-in; the deadline is 4.00pm on Friday 23 "
        "February 2024. Recommendations to Council are not subject to call-in.\n"
    )
    assert record.call_in is not None
    assert record.call_in.applies is True
    assert record.call_in.date == dt.date(2024, 2, 23)


def test_a_question_mark_label_and_office_holder_lead_in() -> None:
    record = parse_text(
        "Subject: Spa Roof Repairs\n\nIs subject to call-in? No - urgent decision\n\n"
        "Decision\n\nRESOLVED that the Portfolio Holder for Culture:\n\n"
        "(a) approves emergency repairs to the roof;\n\n(b) notes the cost.\n"
    )
    assert record.call_in is not None
    assert record.call_in.applies is False
    assert [(r.number, r.by) for r in record.resolutions] == [
        ("a", "Portfolio Holder for Culture"),
        ("b", "Portfolio Holder for Culture"),
    ]


def test_office_holder_label_names_the_maker_a_person_does_not() -> None:
    notice = (
        "MARLOW VALE BOROUGH COUNCIL\n\nINDIVIDUAL CABINET MEMBER DECISION NOTICE\n\n"
        "Cabinet Member:   {who}\nDate of decision:  3rd March 2025\n"
        "Subject:          Riverside Car Park Tariffs\n\nDECISION\n\n"
        "That the tariffs at Appendix A be approved.\n\nREASON FOR DECISION\n\n"
        "To cover the cost of running the car park.\n"
    )
    office = parse_text(notice.format(who="Cabinet Member for Transport and Parking"))
    assert office.decision_maker == "Cabinet Member for Transport and Parking"
    assert office.authority == "Marlow Vale Borough Council"
    person = parse_text(notice.format(who="Councillor Ruth Amory"))
    assert person.decision_maker != "Councillor Ruth Amory"


def test_office_alone_in_the_header_names_the_maker() -> None:
    record = parse_text(
        "CITY OF ELDRIDGE COUNCIL\n\nEXECUTIVE CABINET MEMBER FOR HOUSING\n\n"
        "Decision Session - 12 February 2025\n\n7. Empty Homes Loans\n\n"
        "Resolved - That the loan scheme at Appendix 1 be approved.\n\n"
        "Reason: To bring empty homes back into use.\n"
    )
    assert record.decision_maker == "Executive Cabinet Member for Housing"
    assert record.authority == "City of Eldridge Council"


def test_banner_before_a_spaced_dash_names_the_council() -> None:
    record = parse_text(
        "WESTMERE COUNTY COUNCIL – RECORD OF DECISION\n\nDecision Maker: Leader of the Council\n\n"
        "Title: Library Opening Hours\n\nDecision: To approve the revised hours.\n\n"
        "Reason: To match visitor numbers.\n"
    )
    assert record.authority == "Westmere County Council"
    assert record.decision_maker == "Leader of the Council"


def test_minutes_take_the_title_of_the_minute_that_holds_the_decision() -> None:
    record = parse_text(
        "Harwick City Council\nMinutes of the Meeting of Cabinet Member for Parks and Leisure\n"
        "held at 2.00 pm on Tuesday, 14 January 2025\n\nPresent: Councillor P Dale\n\n"
        "23.   Public Questions\n\nThere were no questions from the public.\n\n"
        "24.   Tennis Court Resurfacing - Memorial Park (2.05 pm)\n\n"
        "The Cabinet Member considered a report on the condition of the courts.\n\n"
        "RESOLVED that the Cabinet Member approves the resurfacing of the six courts.\n\n"
        "25.   Any Other Business\n\nThere was no other business.\n"
    )
    assert record.title == "Tennis Court Resurfacing - Memorial Park"
    assert record.decision_date == dt.date(2025, 1, 14)
    assert record.resolutions[0].text.startswith("the Cabinet Member approves")


def test_a_decisions_heading_that_holds_only_a_date_dates_them() -> None:
    record = parse_text(
        "London Borough of Fenmarsh\n\nHousing Committee\n\nDECISIONS – Monday 27 January 2025\n\n"
        "Title: Damp Surveys Contract\n\nDecision: To award the contract to Dryline Ltd.\n\n"
        "Reason for decision: The bid scored highest.\n"
    )
    assert record.decision_date == dt.date(2025, 1, 27)
    assert record.title == "Damp Surveys Contract"
    assert record.decision == "To award the contract to Dryline Ltd."


def test_a_record_written_as_prose_is_read() -> None:
    record = parse_text(
        "Brackton City Council - Record of Decision\n\n"
        "I, Jo Reeve, City Mayor, in exercise of the powers conferred on me by the\n"
        "Constitution of the Council, do hereby approve:\n\n"
        "   •  the award of a contract for the market roof repairs to Slate & Co Ltd;\n\n"
        "   •  the addition of £80,000 to the capital programme.\n\n"
        "The reasons are: the roof is failing and the tender was the best value.\n\n"
        "Options considered and rejected were: patch repairs, which would not last.\n\n"
        "*  The scrutiny panel that may call in the decision is the Economy Panel.\n\n"
        "Signed:   J. Reeve          City Mayor\nDated:    16 September 2024\n\n"
        "This decision will come into force at 4.00 p.m. on 24 September 2024 unless it is\n"
        "called in.\n"
    )
    assert record.authority == "Brackton City Council"
    assert record.document_type == "Record of Decision"
    assert record.decision_date == dt.date(2024, 9, 16)
    assert [r.text[:24] for r in record.resolutions] == [
        "the award of a contract ",
        "the addition of £80,000 ",
    ]
    assert record.reasons == "the roof is failing and the tender was the best value."
    assert record.alternative_options == "patch repairs, which would not last."
    assert record.effective_from == dt.date(2024, 9, 24)


def test_call_in_takes_the_date_the_deadline_names() -> None:
    record = parse_text(
        "Title: Library Roof\n\nDecision: To repair the roof.\n\nCALL-IN\n\n"
        "This decision will come into force, and may be implemented, on 25/06/2024 unless it\n"
        "is called in. The deadline for call-in is 5pm on 24/06/2024.\n"
    )
    assert record.call_in is not None
    assert record.call_in.date == dt.date(2024, 6, 24)
    assert record.effective_from == dt.date(2024, 6, 25)


def test_an_office_holder_approved_list() -> None:
    record = parse_text(
        "Title: Footbridge Repairs\n\nDECISION\n\nThe Mayor approved:\n\n"
        "a) the release of £40,000 from the contingency budget; and\n\n"
        "b) a direct award of the works contract.\n\nREASONS FOR DECISION\n\nThe bridge is unsafe.\n"
    )
    assert [(r.number, r.by) for r in record.resolutions] == [("a", "Mayor"), ("b", "Mayor")]


def test_bilingual_labels_are_known_by_their_english_half() -> None:
    record = parse_text(
        "Cyngor Sir Example County Council\n\n"
        "Teitl / Title: Harbour Wall Repairs\n\n"
        "Dyddiad y penderfyniad / Date of Decision: 21/05/2024\n\n"
        "Penderfyniad / Decision: To approve the repair of the harbour wall.\n\n"
        "Rhesymau / Reasons: The wall is failing.\n\n"
        "Datgan buddiant / Declarations of interest: Dim / None\n"
    )
    assert record.title == "Harbour Wall Repairs"
    assert record.decision_date == dt.date(2024, 5, 21)
    assert record.reasons == "The wall is failing."
    assert record.conflicts_of_interest is None
    assert any(s.field == "conflicts_of_interest" for s in record.sections)


def test_document_kinds_named_by_office_and_schedules() -> None:
    camden = parse_text(
        "Record of Cabinet Member Decision\n\nTitle: Street Trees\n\n"
        "Decision: To plant 200 street trees.\n\nReasons: Shade and drainage.\n"
    )
    assert camden.document_type == "Record of Cabinet Member Decision"
    newport = parse_text(
        "NEWTOWN CITY COUNCIL\n\nDECISION SCHEDULE\n\nCabinet Member for Parks\n\n"
        "Decision date: 3 December 2024\n\nReport:\nPlayground Renewal Programme\n\n"
        "Decision:\nTo renew the six playgrounds.\n\nReason for decision:\nThey are worn out.\n"
    )
    assert newport.document_type == "Decision Schedule"
    assert newport.title == "Playground Renewal Programme"
    assert newport.decision_maker == "Cabinet Member for Parks"


def test_minutes_dated_after_a_comma_and_publication_in_prose() -> None:
    record = parse_text(
        "NORTHFIELD COUNCIL\n\nEXECUTIVE CABINET MEMBER FOR LEISURE\n\nMEETING, 20TH JANUARY 2025\n\n"
        "12. POOL REOPENING\n\nResolved – That the pool reopens on 1 March 2025.\n\n"
        "This decision was published on 21 January 2025.\n"
    )
    assert record.decision_date == dt.date(2025, 1, 20)
    assert record.published_on == dt.date(2025, 1, 21)
    assert record.title == "POOL REOPENING"


def test_the_next_minute_ends_the_one_before() -> None:
    record = parse_text(
        "Harwick City Council\nMinutes of the Meeting of Cabinet Member for Parks\n"
        "held at 2.00 pm on Tuesday, 14 January 2025\n\n"
        "23.   Declarations of Interest\n\nThere were no declarations of interest.\n\n"
        "24.   Tennis Court Resurfacing - Memorial Park\n\n"
        "RESOLVED that the Cabinet Member:\n\n1.  Approves the resurfacing of six courts.\n\n"
        "2.  Delegates the contract award to the Director.\n\n"
        "25.   Any Other Business\n\nThere was no other business.\n"
    )
    assert record.title == "Tennis Court Resurfacing - Memorial Park"
    assert [r.number for r in record.resolutions] == ["1", "2"]
    assert record.conflicts_of_interest is None


def test_minutes_numbered_with_a_committee_reference() -> None:
    # "EX.41" numbers the minute as "41." would: the declarations minute ends at the next
    # reference, and the minute holding the decision gives the title.
    record = parse_text(
        "Wrenfield District Council\nExecutive\n"
        "Minutes of a meeting of the Executive held on Tuesday, 4 March 2025\n\n"
        "EX.38 Declarations of Interest\n\nThere were no declarations of interest.\n\n"
        "EX.41 Riverside Toilets - Refurbishment\n\n"
        "The Cabinet Member for Assets introduced the report.\n\nRESOLVED that the Executive:\n\n"
        "41.1 APPROVES the refurbishment of the Riverside toilets at a cost of £85,000;\n\n"
        "41.2 NOTES the closure of the toilets during the works.\n"
    )
    assert record.title == "Riverside Toilets - Refurbishment"
    assert [(r.number, r.by, r.text[:12]) for r in record.resolutions] == [
        ("41.1", "Executive", "APPROVES the"),
        ("41.2", "Executive", "NOTES the cl"),
    ]
    assert record.conflicts_of_interest is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("CAB.55 Car Park Charging Review", (55, "Car Park Charging Review")),
        ("EX/23 Budget Monitoring", (23, "Budget Monitoring")),
        ("C1719 MINUTES", (1719, "MINUTES")),
        ("EB 118 Code of Conduct", (118, "Code of Conduct")),
        ("45. Highways Capital Programme", (45, "Highways Capital Programme")),
        # numbered within the year, or in brackets (a heading in capitals)
        ("23/25 HOUSING REVENUE ACCOUNT", (23, "HOUSING REVENUE ACCOUNT")),
        ("(45) LOCAL TOILETS STRATEGY 2026-2030", (45, "LOCAL TOILETS STRATEGY 2026-2030")),
        ("(2) Approve the Revised Budget", None),
        # approving an earlier meeting's minutes is a procedural minute
        # other things numbered, and items of a resolution
        ("PART 2 Exempt Items", None),
        ("A 3 Year Plan for Libraries", None),
        ("55.1 APPROVES the revised tariff", None),
        ("1. Approve the installation of the signs.", None),
        # a wrapped sentence's line that opens on a date (a rendering set it apart)
        ("6 January and 28 February 2025. Members welcomed the increase in the", None),
        # its note in brackets: the agenda item it was, the time it was taken
        (
            "62/24 COMMUNITY HALL - FUTURE MANAGEMENT (AGENDA ITEM 9)",
            (62, "COMMUNITY HALL - FUTURE MANAGEMENT"),
        ),
        ("45. Highways Capital Programme (Item 6)", (45, "Highways Capital Programme")),
    ],
)
def test_a_minute_heading_is_read_with_its_reference(
    line: str, expected: tuple[int, str] | None
) -> None:
    assert read_minute(line) == expected


def test_a_welsh_councils_bilingual_decision_page() -> None:
    # Each heading and label in Welsh, then English, split by a slash.
    record = parse_text(
        "Cyngor Sir Ceredigion / Ceredigion County Council\n\n"
        "Manylion y penderfyniad / Decision details\n\n"
        "Polisi Parcio / Car Parking Policy\n\n"
        "Penderfynwr / Decision Maker: Cabinet\n\n"
        "Cofnod o Benderfyniad Gweithredol / Record of Executive Decision\n\n"
        "Penderfyniad / Decision:\n\nRESOLVED to:\n\n"
        "1. approve the revised Car Parking Policy;\n\n2. note the consultation responses.\n\n"
        "Rheswm dros y penderfyniad / Reasons for decision:\n\nTo simplify the tariffs.\n"
    )
    assert record.title == "Polisi Parcio / Car Parking Policy"
    assert (record.authority, record.authority_code) == ("Ceredigion County Council", "W06000008")
    assert record.document_type == "Record of Executive Decision"
    assert [r.number for r in record.resolutions] == ["1", "2"]
    assert record.reasons == "To simplify the tariffs."


def test_a_slice_of_minutes_that_leaves_minutes_out() -> None:
    # "5." then "7.": the declarations minute ends at the next minute in capitals, though
    # the one between is left out, and does not swallow the decision.
    record = parse_text(
        "CABINET\n\nMonday, 1 December 2025\n\n"
        "5. DECLARATIONS OF PERSONAL INTEREST\n\n"
        "Councillor B. Rees declared a personal interest in item 7 as a trustee of the trust.\n\n"
        "7. COUNTRY PARKS MANAGEMENT PLAN\n\nRESOLVED that Cabinet:\n\n"
        "7.1 approve the Country Parks Management Plan;\n\n7.2 note the visitor survey.\n"
    )
    assert record.title == "COUNTRY PARKS MANAGEMENT PLAN"
    assert [(r.number, r.by) for r in record.resolutions] == [
        ("7.1", "Cabinet"),
        ("7.2", "Cabinet"),
    ]
    assert record.conflicts_of_interest is not None
    assert record.conflicts_of_interest.endswith("trustee of the trust.")


def test_a_listing_line_without_its_reference_keeps_its_status_apart() -> None:
    record = parse_text(
        "09/12/2025 - Castle Gardens Management Plan Recommendations Approved\n\n"
        "Decision Maker: Executive\n\nDecision:\n\nThat the plan be adopted.\n"
    )
    assert record.title == "Castle Gardens Management Plan"
    assert record.decision_status == "Recommendations Approved"
    assert record.decision_date == dt.date(2025, 12, 9)


def test_a_welsh_councils_name_in_welsh_under_its_english_banner() -> None:
    record = parse_text(
        "Monmouthshire County Council\nCyngor Sir Fynwy\n\nRECORD OF DECISION\n\n"
        "Subject: Bus Shelter Renewals\n\nDecision:\n\nThat the shelters be renewed.\n"
    )
    assert (record.authority, record.authority_code) == (
        "Monmouthshire County Council",
        "W06000021",
    )


def test_a_council_cms_decision_page_with_site_furniture() -> None:
    # Navigation lines, a breadcrumb with slashes, labels without colons, and the
    # reference's value under its label (no agenda item's mark).
    record = parse_text(
        "Skip to main content\nWrenfield Borough Council\nSearch\nMenu\n"
        "Home / Council and democracy / Decisions\n\n"
        "Riverside Walk Lighting - Design Approval\n\n"
        "Decision reference\nCMD/2026/011\n\nDecision maker\nCabinet Member for Place\n\n"
        "Date of decision\n16 January 2026\n\n"
        "Decision\n1. To approve the lighting design.\n2. To procure the works.\n\n"
        "Reason for urgency\nThe grant must be spent by March.\n\n"
        "Reasons for the decision\nThe path is unlit after dusk.\n\n"
        "Call-in\nNot applicable (urgent decision)\n\nWas this page helpful?\nYes No\n"
    )
    assert record.title == "Riverside Walk Lighting - Design Approval"
    assert record.decision_maker == "Cabinet Member for Place"
    assert [r.number for r in record.resolutions] == ["1", "2"]
    assert record.reasons == "The path is unlit after dusk."
    assert record.call_in is not None
    assert record.call_in.applies is False


def test_a_decision_record_heading_over_its_title() -> None:
    record = parse_text(
        "Home\nDecisions\n\nDecision record: Market Square Seating\n\n"
        "Decision type: Cabinet Member decision\n\n"
        "Decision maker: Cabinet Member for Place\n\n"
        "Decision\nThat the Cabinet Member approves new seating in Market Square.\n"
    )
    assert record.title == "Market Square Seating"
    assert [r.text[:26] for r in record.resolutions] == ["the Cabinet Member approve"]


def test_a_proforma_drawn_as_a_table_of_number_heading_and_body() -> None:
    record = parse_text(
        "WRENFIELD BOROUGH COUNCIL\n\nCABINET DECISION RECORD\n\n"
        "| No. | Heading | Detail |\n|---|---|---|\n"
        "| 1 | Title of Item/Report | Harbour Wall Repairs - Contract Award |\n"
        "| 2 | Record of the Decision | Cabinet considered a report on the tenders. |\n"
        "| | | RESOLVED that Cabinet: |\n"
        "| | | 1. Approve the award of the contract to Quay Civils Ltd. |\n"
        "| 3 | Reasons for the Decision | The wall is failing. |\n"
        "| 7 | Date and Time by which Call In must be executed | Midnight - Tuesday 20 January 2026 |\n"
    )
    assert record.title == "Harbour Wall Repairs - Contract Award"
    assert [(r.number, r.by) for r in record.resolutions] == [("1", "Cabinet")]
    assert record.reasons == "The wall is failing."
    assert record.call_in is not None
    assert record.call_in.date == dt.date(2026, 1, 20)


def test_a_long_numbered_heading_run_into_its_value() -> None:
    # A PDF joined Stockton's nine-word call-in heading and its value on one line.
    from proforma_parser.structure.headings import match_heading

    heading = match_heading(
        "7. Date and Time by which Call-In must be exercised Midnight - Thursday 17th March 2011"
    )
    assert heading is not None
    assert (heading.name, heading.value) == ("call_in", "Midnight - Thursday 17th March 2011")


def test_a_minute_approving_earlier_minutes_gives_no_title() -> None:
    record = parse_text(
        "NORTH VALE COMBINED AUTHORITY\n\n"
        "12. MINUTES OF THE COMBINED AUTHORITY MEETING HELD ON 18 AUGUST 2025\n\n"
        "RESOLVED – That the minutes of the meeting held on 18 August 2025 be approved.\n"
    )
    assert record.title == ""


def test_a_combined_county_authority_board_decision_notice() -> None:
    record = parse_text(
        "NORTH VALE COMBINED COUNTY AUTHORITY\n\n"
        "Record of Decisions - Combined County Authority Board\n\n"
        "Meeting held on: Tuesday 17 November 2026\n\n"
        "Item 7: Local Transport Plan\n\nDecision:\nRESOLVED that the Board:\n\n"
        "(a) approve the Local Transport Plan for adoption;\n\n(b) note the grant.\n"
    )
    assert record.authority == "North Vale Combined County Authority"
    assert record.document_type == "Record of Decisions"
    assert record.title == "Local Transport Plan"
    assert [r.number for r in record.resolutions] == ["a", "b"]


def test_a_bilingual_notice_names_its_body_on_a_line_of_its_own() -> None:
    record = parse_text(
        "Isle of Anglesey County Council\n\nHYSBYSIAD O BENDERFYNIAD / NOTICE OF DECISION\n\n"
        "Pwyllgor Gwaith / Executive\n\n"
        "Dyddiad y penderfyniad / Date of decision: 21 July 2026\n\n"
        "Pwnc / Subject: Library Opening Hours\n\n"
        "Authority for decision: Delegated authority granted by the Executive\n\n"
        "Penderfyniad / Decision:\n\n1. That the opening hours be extended.\n"
    )
    assert record.decision_maker == "Executive"
    assert record.title == "Library Opening Hours"
    assert [(r.number, r.text) for r in record.resolutions] == [
        ("1", "That the opening hours be extended.")
    ]


def test_a_leaders_urgent_decision_under_a_borough_of_banner() -> None:
    record = parse_text(
        "BOROUGH OF BROXBOURNE\n\nLEADER'S DECISION - URGENT ACTION\n\n"
        "Decision taken by: Leader of the Council\n\nDate: 19 August 2024\n\n"
        "Subject: Lido Car Park Closure\n\nDecision:\nThat the car park be closed.\n"
    )
    assert (record.authority, record.authority_code) == ("Borough of Broxbourne", "E07000095")
    assert record.document_type == "Leader's Decision - Urgent Action"
    assert record.title == "Lido Car Park Closure"


def test_minutes_headed_by_the_body_then_the_date() -> None:
    record = parse_text(
        "HARTWELL BOROUGH COUNCIL\n\nCABINET\n\nMONDAY 3 FEBRUARY 2025\n\n"
        "71. TREASURY MANAGEMENT STRATEGY\n\nRESOLVED that the strategy be approved.\n"
    )
    assert (record.decision_maker, record.decision_date) == ("Cabinet", dt.date(2025, 2, 3))


def test_a_moderngov_decisions_page_heading_over_its_entry() -> None:
    record = parse_text(
        "Decisions\n\nUse the search options at the bottom of the page to find recent decisions.\n\n"
        "Garden Waste Charges 2026/27 - 13/02/2026\n\nDecision Maker: Executive\n\n"
        "Decision:\n\n1. That the charge be £45.\n"
    )
    assert record.title == "Garden Waste Charges 2026/27"
    assert record.decision_date == dt.date(2026, 2, 13)
    assert [r.number for r in record.resolutions] == ["1"]


@pytest.mark.parametrize(
    ("line", "decided"),
    [
        # an issue's title of any length, then the date it was decided
        ("Harbour Walk Lighting - Phase Two Lanterns and Columns - 14/08/2025", "2025-08-14"),
        # a report's date is no decision's
        ("Report of the Director of Place - 14/08/2025", None),
    ],
)
def test_a_listing_entry_dated_after_its_title(line: str, decided: str | None) -> None:
    record = parse_text(
        f"Decisions\n\n{line}\n\nDecision Maker: Head of Place\n\n"
        "Decision:\n\nThat the lanterns be replaced.\n"
    )
    assert record.decision_date == (dt.date.fromisoformat(decided) if decided else None)


def test_a_bilingual_banner_with_english_first_gives_the_english_name() -> None:
    record = parse_text(
        "Newport City Council / Cyngor Dinas Casnewydd\n\n"
        "Officer Decision Notice / Hysbysiad Penderfyniad Swyddog\n\n"
        "Subject: Bus Shelter Renewals\n\nDecision:\n\nThat the shelters be renewed.\n"
    )
    assert (record.authority, record.authority_code) == ("Newport City Council", "W06000022")
    assert record.document_type == "Officer Decision Notice"


def test_minutes_headed_minutes_of_cabinet_name_the_cabinet() -> None:
    record = parse_text(
        "Minutes of Cabinet\n\nMeeting date Wednesday, 15 October 2025\n\n"
        "C45 Car Park Charging Hubs\n\nThe Cabinet Member for Environment presented a report.\n\n"
        "RESOLVED that the hubs be installed.\n"
    )
    assert record.decision_maker == "Cabinet"


def test_a_meeting_of_a_body_of_a_named_council() -> None:
    record = parse_text(
        "Minutes of a meeting of the Executive of the Bolsover District Council held on "
        "Monday 13 October 2025\n\n"
        "EXE 41 Leisure Fees\n\nRESOLVED that the fees be set.\n"
    )
    assert (record.decision_maker, record.decision_date) == ("Executive", dt.date(2025, 10, 13))


def test_a_resolution_to_recommend_to_council() -> None:
    record = parse_text(
        "Decision:\n\nResolved: That it be RECOMMENDED to Council that the scheme be adopted.\n"
    )
    assert [(r.kind, r.by, r.text) for r in record.resolutions] == [
        ("recommended", "Council", "the scheme be adopted.")
    ]


def test_a_mayoral_record_under_a_long_combined_authority_banner() -> None:
    record = parse_text(
        "Hull and East Yorkshire Combined Authority\n\nELECTED MAYOR'S DECISION\n\n"
        "Subject: Bus Shelter Replacement Programme\n\nRecord published: 22/08/2025\n\n"
        "Decision:\nThe Mayor approves the programme.\n"
    )
    assert record.title == "Bus Shelter Replacement Programme"
    assert record.document_type == "Elected Mayor's Decision"
    assert record.published_on == dt.date(2025, 8, 22)


def test_a_numbered_label_keeps_its_value() -> None:
    from proforma_parser.structure.headings import match_heading

    heading = match_heading("9. Call-in Expiry: 16 September 2025")
    assert heading is not None
    assert (heading.name, heading.number, heading.value) == ("call_in", 9, "16 September 2025")


def test_an_office_holders_label_names_the_decider_the_lead_in_names_less_fully() -> None:
    record = parse_text(
        "PORTFOLIO HOLDER DECISION NOTICE\n\n"
        "2. Portfolio Holder: Portfolio Holder for Leisure and Culture\n\n"
        "Decision:\nThe Portfolio Holder approved:\n\n(a) the new pool charges;\n\n"
        "(b) the review in 2027.\n\n9. Call-in Expiry: 16 September 2025\n"
    )
    assert record.decision_maker == "Portfolio Holder for Leisure and Culture"
    assert record.call_in is not None
    assert (record.call_in.applies, record.call_in.date) == (True, dt.date(2025, 9, 16))


def test_a_committee_recommending_in_its_own_voice() -> None:
    record = parse_text(
        "Minutes:\n\nRESOLVED to:\n\na) Accept the grant offer of £80,000.\n\n"
        "RECOMMEND TO COUNCIL to:\n\nb) Add £90,000 to the capital programme.\n"
    )
    assert [(r.number, r.kind, r.by) for r in record.resolutions] == [
        ("a", "resolved", None),
        ("b", "recommended", "Council"),
    ]


def test_a_minute_reference_alone_over_its_heading() -> None:
    record = parse_text(
        "HSG.12\n\nEmpty Homes Loan Scheme\n\nMinutes:\n\nThe Head of Housing introduced the "
        "report.\n\nRESOLVED to approve the loan scheme.\n"
    )
    assert record.title == "Empty Homes Loan Scheme"


def test_a_call_in_sentence_that_supposes_no_call_in() -> None:
    record = parse_text(
        "Decision:\n\nThat the fees be set.\n\nCall-in:\n\nThis decision may be called in by "
        "any three members by 5.00 pm on Tuesday 21 October 2025. If it is not called in, it "
        "may be implemented after that time.\n"
    )
    assert record.call_in is not None
    assert (record.call_in.applies, record.call_in.date) == (True, dt.date(2025, 10, 21))


def test_a_yes_flag_and_the_deadline_stated_below() -> None:
    record = parse_text(
        "Decision Maker: Cabinet\n\nIs subject to call in?: Yes\n\nDecision:\n\n"
        "RESOLVED that the lease be granted.\n\n"
        "The deadline for call-in is 5.00pm on Friday 20th December 2024.\n"
    )
    assert record.call_in is not None
    assert (record.call_in.applies, record.call_in.date) == (True, dt.date(2024, 12, 20))


def test_a_named_committee_of_a_committee_system() -> None:
    record = parse_text(
        "MINUTES of the Meeting of the Housing and Communities Committee held in the Council "
        "Chamber, Market Street on Tuesday, 8 July 2025 commencing at 6.30 pm.\n\n"
        "12 PLAY AREA RENEWAL\n\nAGREED that the Committee:\n\n1. Approves the renewal.\n\n"
        "2. Notes the cost.\n"
    )
    assert (record.decision_maker, record.decision_date) == (
        "Housing and Communities Committee",
        dt.date(2025, 7, 8),
    )
    assert [r.by for r in record.resolutions] == ["Committee", "Committee"]


def test_minutes_headed_by_a_board_and_a_right_aligned_date() -> None:
    record = parse_text(
        "MINUTES OF THE RESOURCES BOARD                              3 March 2025\n\n"
        "21    Car Park Resurfacing\n\nResolved:\n\n"
        "a     That the tender from Contractor B be accepted; and\n\n"
        "b     That the works start in April.\n\n"
        "Recommendation to the Council\n\n"
        "c     That the budget be increased by £40,000.\n"
    )
    assert (record.decision_maker, record.decision_date) == ("Resources Board", dt.date(2025, 3, 3))
    assert [(r.number, r.kind, r.by) for r in record.resolutions] == [
        ("a", "resolved", None),
        ("b", "resolved", None),
        ("c", "recommended", "Council"),
    ]


def test_a_form_whose_labels_and_values_a_tab_keeps_apart() -> None:
    record = parse_text(
        "RECORD OF OFFICER DELEGATED DECISION\n\n"
        "Decision taker (name and job title)\tAmir Shah, Head of Parks\n"
        "Subject\tResurfacing of Mill Lane Car Park\n"
        "Date of decision\t04/02/2025\n"
        "Delegated power relied upon\tScheme of Delegation, paragraph 4.2\n"
        "Decision\tTo award the resurfacing contract to Tarmacadam Ltd.\n"
        "Reasons for the decision\tThe lowest of three compliant quotations.\n"
    )
    assert (record.title, record.decision_maker, record.decision_date) == (
        "Resurfacing of Mill Lane Car Park",
        "Amir Shah, Head of Parks",
        dt.date(2025, 2, 4),
    )
    assert [r.text for r in record.resolutions] == [
        "To award the resurfacing contract to Tarmacadam Ltd."
    ]
    assert record.reasons == "The lowest of three compliant quotations."


def test_a_tab_after_a_minute_number_is_a_space() -> None:
    record = parse_text("C12\tHARBOUR WALL REPAIRS\n\nRESOLVED that the repairs be approved.\n")
    assert record.title == "HARBOUR WALL REPAIRS"


def test_minute_no_before_the_heading_over_a_decision_section() -> None:
    record = parse_text(
        "RECORD OF DECISIONS OF THE CABINET\n\nMeeting held on Wednesday 5 March 2025\n\n"
        "Minute No. 41    Parking Permit Charges\n\nDECISION:\n\n"
        "RESOLVED that the charges be increased.\n"
    )
    assert record.title == "Parking Permit Charges"


@pytest.mark.parametrize(
    ("line", "minute"),
    [
        ("E.19/25 PARK AND RIDE OPERATING MODEL", (19, "PARK AND RIDE OPERATING MODEL")),
        ("Minute No. 87 Housing Strategy", (87, "Housing Strategy")),
        ("12 September 2012", None),  # a date under "Decision Made:", not minute 12
    ],
)
def test_minute_headings(line: str, minute: tuple[int, str] | None) -> None:
    assert read_minute(line) == minute


def test_minutes_whose_header_lists_attendance_in_bullets() -> None:
    record = parse_text(
        "MINUTES OF A MEETING OF THE EXECUTIVE HELD ON THURSDAY, 10 JULY 2025\n\n"
        "Members in attendance:\n* Cllr A Jones (Chairman)\n* Cllr B Patel\n\n"
        "E.18/25 DECLARATIONS OF INTEREST\n\nMembers and officers were invited to declare any "
        "interests in the items of business but there were none made.\n\n"
        "E.19/25 BUS SHELTERS\n\nIt was then:\n\nRESOLVED\n\nThat the Executive:\n\n"
        "1. approves the shelter programme; and\n\n"
        "and it was further RECOMMENDED to Council that:\n\n2. the budget be increased.\n\n"
        "(NOTE: THE CALL-IN PERIOD FOR E.19/25 PART 1 WILL EXPIRE AT 5.00PM ON FRIDAY 18 JULY "
        "2025. PART 2 IS NOT SUBJECT TO CALL-IN.)\n"
    )
    assert [(r.number, r.kind, r.by) for r in record.resolutions] == [
        ("1", "resolved", "Executive"),
        ("2", "recommended", "Council"),
    ]
    assert record.conflicts_of_interest is None
    assert record.call_in is not None
    assert (record.call_in.applies, record.call_in.date) == (True, dt.date(2025, 7, 18))


def test_a_notice_of_cabinet_decisions_with_its_portfolio_holder() -> None:
    record = parse_text(
        "Notice of Cabinet Decisions\n\nCabinet meeting: Tuesday 9 December 2025\n"
        "Notice published: Wednesday 10 December 2025\n\n"
        "Call-in: The decisions in this notice will come into effect on 17 December 2025 "
        "unless they are called in. Any call-in request must be received by the Monitoring "
        "Officer by 12 noon on Tuesday 16 December 2025.\n\n"
        "Item: Depot Solar Canopy\n\nPortfolio holder: Cabinet Member for Climate Change\n\n"
        "Decision:\n\nCabinet RESOLVED that:\n\n(1) the canopy be installed; and\n\n"
        "(2) the Director be authorised to award the contract.\n"
    )
    assert record.decision_maker == "Cabinet"
    assert record.published_on == dt.date(2025, 12, 10)
    assert record.call_in is not None
    assert record.call_in.deadline == dt.datetime(2025, 12, 16, 12, tzinfo=dt.timezone.utc)


def test_a_date_of_publication_of_decisions_is_no_decision_date() -> None:
    record = parse_text(
        "Minutes of Cabinet Meeting held in the Council Chamber on Tuesday, 21st January, 2025\n\n"
        "Date of publication of decisions: 27 January 2025\n\n"
        "CA.42 Leisure Fees\n\nRESOLVED that the fees be approved.\n"
    )
    assert (record.decision_date, record.published_on) == (
        dt.date(2025, 1, 21),
        dt.date(2025, 1, 27),
    )


def test_a_signature_and_its_date_on_one_line() -> None:
    record = parse_text(
        "OFFICER DECISION RECORD\n\nDecision by: Head of Streetscene\n\nDECISION\n\n"
        "I approve the closure of the car park.\n\n"
        "Signed:  P. Hartnell                                   Date:  21/10/2024\n"
    )
    assert record.decision_date == dt.date(2024, 10, 21)


def test_a_named_committee_over_its_decimal_items() -> None:
    record = parse_text(
        "Eastvale City Council\nPlanning and Highways Policy Committee\n\n"
        "RECORD OF COMMITTEE DECISION\n\nMeeting date: Wednesday 12 February 2025\n\n"
        "2. Record of the Decision\n\nRESOLVED: That the Planning and Highways Policy "
        "Committee:-\n\n2.1 notes the report;\n\n2.2 approves the strategy; and\n\n"
        "RECOMMENDED to Full Council that:-\n\n2.3 the budget be adopted.\n\n7. Call-in\n\n"
        "Decisions 2.1 and 2.2 may be called in until 4.00 pm on Wednesday 19 February 2025. "
        "Recommendation 2.3 is not subject to call-in.\n"
    )
    committee = "Planning and Highways Policy Committee"
    assert record.document_type == "Record of Committee Decision"
    assert record.decision_maker == committee
    assert [(r.number, r.by) for r in record.resolutions] == [
        ("2.1", committee),
        ("2.2", committee),
        ("2.3", "Council"),
    ]
    assert record.call_in is not None
    assert (record.call_in.applies, record.call_in.date) == (True, dt.date(2025, 2, 19))


def test_a_legacy_typed_form() -> None:
    record = parse_text(
        "EASTVALE DISTRICT COUNCIL\n==========================\n\n"
        "DECISION BY    : CHIEF EXECUTIVE, after consultation with the Leader\n"
        "                 of the Council\n"
        "SUBJECT        : LEASE OF TWO FLATS AT MILL LANE\n\n"
        "DECISION       :\n\n   That a lease of two flats be taken.\n\n"
        "Published 13/3/09\n"
    )
    assert (record.title, record.decision_maker, record.published_on) == (
        "LEASE OF TWO FLATS AT MILL LANE",
        "Chief Executive",
        dt.date(2009, 3, 13),
    )


def test_a_record_of_decisions_with_its_notice_of_call_in() -> None:
    record = parse_text(
        "EXECUTIVE\n\nRECORD OF DECISIONS\n\n"
        "Meeting held on: Wednesday 9 July 2025 at 2.00pm, Council Chamber, Market Square\n\n"
        "Notice of call-in must be received by the Monitoring Officer by 5.00pm on Thursday 17 "
        "July 2025. Decisions not called in may be implemented from 9.00am on Friday 18 July "
        "2025.\n\n"
        "Agenda Item 9 - Town Centre Car Parks: Charging Concession\n\nDecision:\n\n"
        "The Executive RESOLVED that the concession be awarded.\n"
    )
    assert record.title == "Town Centre Car Parks: Charging Concession"
    assert (record.decision_date, record.effective_from) == (
        dt.date(2025, 7, 9),
        dt.date(2025, 7, 18),
    )
    assert record.call_in is not None
    assert (record.call_in.applies, record.call_in.date) == (True, dt.date(2025, 7, 17))


def test_an_agenda_item_numbered_without_a_stop() -> None:
    record = parse_text(
        "CABINET\n\nDECISION SHEET\n\nMeeting held on Thursday, 22nd May 2025\n\n"
        "Call-in expires: 5.00 p.m. on Monday 2 June 2025\n\n"
        "ITEM 7   LEISURE CENTRE ROOF REPAIRS\n\nDecision:\n\n"
        "The Cabinet RESOLVED that the repairs be approved.\n"
    )
    assert record.title == "LEISURE CENTRE ROOF REPAIRS"


def test_a_combined_authority_deciding_at_a_dated_meeting() -> None:
    record = parse_text(
        "DECISION NOTICE\n\n"
        "Decision of: Fenwick Valley Combined County Authority (meeting of 24.09.25)\n\n"
        "Subject: Adult Skills Allocations\n\nDecision:\n\n"
        "RESOLVED that the Combined County Authority:\n\nA. approves the allocations; and\n\n"
        "B. approves the funding rules.\n"
    )
    assert (record.decision_maker, record.decision_date) == (
        "Fenwick Valley Combined County Authority",
        dt.date(2025, 9, 24),
    )
    assert [r.by for r in record.resolutions] == ["Combined County Authority"] * 2


@pytest.mark.parametrize(
    ("statement", "applies", "date"),
    [
        (
            "This decision is subject to call-in until 5pm on Thursday 19 September 2024, with "
            "the exception of the recommendation at 3) which is not subject to call-in.",
            True,
            dt.date(2024, 9, 19),
        ),
        (
            "This decision may not be implemented until the call-in period has ended. Call-in "
            "deadline: 5pm, Friday 14th November 2025.",
            True,
            dt.date(2025, 11, 14),
        ),
        (
            "This decision is not subject to call-in and will be implemented on 3 March 2025.",
            False,
            None,
        ),
    ],
)
def test_call_in_stated_in_a_paragraph(statement: str, applies: bool, date: dt.date | None) -> None:
    record = parse_text(f"Decision:\n\nThat the fees be set.\n\n{statement}\n")
    assert record.call_in is not None
    assert (record.call_in.applies, record.call_in.date) == (applies, date)


def test_a_listing_entry_whose_act_follows_a_line_of_narrative() -> None:
    record = parse_text(
        "Decision Maker: Director of Housing\n\nDecision published: 08/09/2025\n\n"
        "Report date: 02/09/2025\n\n"
        "Ward Members were consulted on 28 August 2025 and raised no objection.\n\n"
        "To grant a licence to Harbour Rowing Club for the slipway for three years.\n\n"
        "Reasons for Decision: A formal licence protects the Council's position.\n"
    )
    assert [r.text for r in record.resolutions] == [
        "To grant a licence to Harbour Rowing Club for the slipway for three years."
    ]
    assert record.decision_date is None


def test_a_page_of_terms_and_definitions() -> None:
    # a web page sets each label over its value, as <dt> and <dd>
    record = parse_text(
        "RECORD OF PORTFOLIO HOLDER DECISION\n\nName:\n\nCouncillor Amy Reid\n\n"
        "Title:\n\nAllotment Rents 2026/27\n\n"
        "Report of the Head of Parks, dated 1 September 2025\n\n"
        "Decision:\n\n1) The allotment rents be approved.\n"
    )
    assert record.title == "Allotment Rents 2026/27"
    span = record.evidence["title"]  # where it was read is the title alone, not the report
    assert record.text[span.start : span.end] == "Allotment Rents 2026/27"


def test_a_label_s_value_on_its_own_line_is_no_title() -> None:
    record = parse_text(
        "Record of Officer Decision\n\nDelegation:\n\nConstitution Part 3, paragraph 2.4\n\n"
        "Subject:\n\nCattle Market Lease Renewal\n\nDecision:\n\n"
        "To renew the lease of the sales ring.\n"
    )
    assert record.title == "Cattle Market Lease Renewal"


def test_a_first_person_list_after_what_was_considered() -> None:
    record = parse_text(
        "Cabinet Member Decision\n\nTitle: Mill Road Waiting Restrictions\n\n"
        "Having considered the report and the objections received, I approve the following:\n\n"
        "That the Traffic Regulation Order be made as advertised.\n\n"
        "Delegated Officer: Head of Highways\n"
    )
    assert [r.text for r in record.resolutions] == [
        "the Traffic Regulation Order be made as advertised."
    ]
    assert (record.title, record.decision_maker) == (
        "Mill Road Waiting Restrictions",
        "Head of Highways",
    )


@pytest.mark.parametrize(
    ("line", "doc_type"),
    [
        ("Mayoral Decision MD-2025-031", "Mayoral Decision"),
        ("Executive Board - Record of Decision", "Record of Decision"),
    ],
)
def test_document_types_with_a_number_or_a_board(line: str, doc_type: str) -> None:
    record = parse_text(
        f"{line}\n\nTitle: Skills Grants\n\nDecision:\n\nThat the grants be paid.\n"
    )
    assert record.document_type == doc_type


def test_minutes_with_members_listed_and_a_vote_note() -> None:
    record = parse_text(
        "At a Meeting of Cabinet held in the Council Chamber on Wednesday 12 March 2025\n\n"
        "Cabinet Members:\n\nCouncillors D Ashe, K Brook and L Cole\n\n"
        "PRESENT   Councillor Tom Ash - In the Chair\n\n"
        "322/24 - Car Parking Tariffs 2025/26\n\nThe Cabinet considered a report.\n\n"
        "RESOLVED\n(by majority)\n\n1. That the tariffs be approved.\n\n"
        "2. That the Director be authorised to amend the order.\n"
    )
    assert record.title == "Car Parking Tariffs 2025/26"
    assert [(r.number, r.by) for r in record.resolutions] == [("1", None), ("2", None)]


@pytest.mark.parametrize(
    ("first", "second", "third"),
    [
        ("17.EX.61 APOLOGIES FOR ABSENCE", "17.EX.62 DECLARATIONS OF INTEREST", "17.EX.63"),
        ("C/20/61 Apologies for Absence", "C/20/62 Declarations of Interest", "C/20/63"),
    ],
)
def test_minutes_referenced_with_their_year(first: str, second: str, third: str) -> None:
    record = parse_text(
        f"Minutes of a Meeting of the Executive Committee held on Wednesday 8th November 2017\n\n"
        f"{first}\n\nAn apology was received.\n\n{second}\n\nCouncillor Jones declared an "
        f"interest as a board member of the forum.\n\n{third} CIVIC WAY LINK ROAD FUNDING\n\n"
        "RESOLVED that the Executive Committee:-\n\n(1) accepts the grant; and\n\n"
        "(2) approves the addition to the capital programme.\n"
    )
    assert record.title == "CIVIC WAY LINK ROAD FUNDING"
    assert [(r.number, r.by) for r in record.resolutions] == [
        ("1", "Executive Committee"),
        ("2", "Executive Committee"),
    ]


def test_a_committee_s_minutes_headed_by_its_name_venue_and_date() -> None:
    record = parse_text(
        "Eastvale District Council\n\nPolicy and Resources Committee\n\n"
        "Held at Council Chamber, Market Street\nThursday 12 September 2019\n\n"
        "31 Town Centre Lighting\n\nThat the Committee:\n\n(i) approves the scheme;\n\n"
        "(ii) notes the cost.\n"
    )
    assert (record.decision_maker, record.decision_date) == (
        "Policy and Resources Committee",
        dt.date(2019, 9, 12),
    )


def test_a_decider_s_lead_in_after_what_came_first() -> None:
    record = parse_text(
        "Decision taken by: Leader of the Council\n\nDecision:\n\n"
        "Following consultation with the Chief Finance Officer, the Leader approved the "
        "decision to:\n\n1. defer the quarterly rents; and\n\n2. waive interest on them.\n"
    )
    assert [(r.number, r.by) for r in record.resolutions] == [("1", "Leader"), ("2", "Leader")]


def test_an_executive_committee_recommending_after_its_colon() -> None:
    record = parse_text(
        "BOROUGH OF EASTVALE\n\nEXECUTIVE COMMITTEE\n\n"
        "Meeting: Wednesday 14th September, 2011\n\n"
        "31 – Review of Licence Fees\n\nThe Licensing Manager reported on the costs.\n\n"
        "RECOMMENDED:- To the Council that:-\n\n(i) the revised fees be approved; and\n\n"
        "(ii) the statutory notice be published.\n"
    )
    assert (record.title, record.decision_maker) == (
        "Review of Licence Fees",
        "Executive Committee",
    )
    assert [(r.number, r.kind, r.by) for r in record.resolutions] == [
        ("i", "recommended", "Council"),
        ("ii", "recommended", "Council"),
    ]


def test_minutes_lettered_by_their_body_with_dates_in_the_banner() -> None:
    record = parse_text(
        "Minutes of a Meeting of the Executive held at the Civic Centre on 15 March 2016\n\n"
        "Date of publication of these minutes: 17 March 2016\n"
        "Deadline for call-in: 5pm on Friday 25 March 2016\n"
        "Decisions effective from: 29 March 2016\n\n"
        "88/E Declarations of Interest\n\nThere were no declarations of interest.\n\n"
        "89/E Car Parking Tariffs 2016/17\n\nRESOLVED that\n\n(i) the tariffs be approved; and\n\n"
        "(ii) the evening charge be deferred.\n"
    )
    assert (record.decision_date, record.published_on, record.effective_from) == (
        dt.date(2016, 3, 15),
        dt.date(2016, 3, 17),
        dt.date(2016, 3, 29),
    )
    assert record.title == "Car Parking Tariffs 2016/17"
    assert [r.number for r in record.resolutions] == ["i", "ii"]


def test_a_leader_s_lead_in_read_as_the_decision_heading_over_bullets() -> None:
    record = parse_text(
        "RECORD OF DECISION BY THE LEADER OF THE COUNCIL\n\nSubject: Food Bank Grant\n\n"
        "Decision\n\nThe Leader approved the decision to:\n\n"
        "• award a one-off grant of £15,000; and\n\n• waive the monitoring requirements.\n"
    )
    assert [(r.number, r.by, r.text) for r in record.resolutions] == [
        (None, "Leader", "award a one-off grant of £15,000; and"),
        (None, "Leader", "waive the monitoring requirements."),
    ]


def test_minutes_of_a_named_committee_under_an_address() -> None:
    record = parse_text(
        "EASTVALE DISTRICT COUNCIL\nRiverside House, Eastvale, Devon EX39 2QG\n\n"
        "Minutes of Policy and Finance Committee\n\n"
        "Meeting Date: Tuesday, 18 March 2025, starting at 6.30pm\n\n"
        "RESOLVED THAT COMMITTEE:\n\n1. approve the budget; and\n\n2. note the risks.\n"
    )
    assert (record.decision_maker, record.decision_date) == (
        "Policy and Finance Committee",
        dt.date(2025, 3, 18),
    )
    assert record.title == ""  # the address is no title, and the record states none


def test_a_meeting_statement_set_out_over_short_lines_under_the_banner() -> None:
    record = parse_text(
        "EASTVALE BOROUGH COUNCIL\nMinutes of a Meeting of the\n\nExecutive held at the Civic\n\n"
        "Centre, Market Street, Eastvale on\n\n15 March 2016\n\n"
        "86/E Minutes\n\nThe minutes of the meeting held on 16 February 2016 were confirmed and "
        "signed by the Chairman.\n\n87/E Car Park Tariffs\n\nRESOLVED that the tariffs be "
        "approved.\n"
    )
    assert (record.decision_maker, record.decision_date) == ("Executive", dt.date(2016, 3, 15))


def test_earlier_minutes_confirmed_date_no_decision() -> None:
    record = parse_text(
        "The minutes of the meeting held on 16 February 2016 were confirmed and signed.\n\n"
        "RESOLVED that the tariffs be approved.\n"
    )
    assert record.decision_date is None


def test_a_portfolio_holder_named_by_portfolio_first() -> None:
    record = parse_text(
        "PORTFOLIO HOLDER DECISION\n\nHealthy Communities Portfolio Holder\n\n"
        "Subject:   Recreation Ground Lease\n\nDecision:\n\n"
        "AGREED that the Council grants a new lease of the pavilion.\n"
    )
    assert (record.title, record.decision_maker) == (
        "Recreation Ground Lease",
        "Healthy Communities Portfolio Holder",
    )


def test_a_cmis_page_whose_labels_stand_over_their_values() -> None:
    record = parse_text(
        "Decision Details\n\nDecision Proposed\nTown Centre Protection Order - Renewal\n"
        "Key Decision\nNo\nDecision Maker\nExecutive\nDecision Date\nWed 14 Mar 2018\n"
        "Decision Outcome\nRESOLVED: That the Executive renews the Order.\n"
    )
    assert (record.title, record.decision_maker, record.decision_date) == (
        "Town Centre Protection Order - Renewal",
        "Executive",
        dt.date(2018, 3, 14),
    )


def test_minutes_whose_reasons_come_before_the_resolution() -> None:
    record = parse_text(
        "4/23 MARKET PLACE SCHEME\n\nReasons\nThe amended design responds to the feedback.\n\n"
        "RESOLVED that:\n\na) the amended design be approved; and\n\n"
        "b) a progress report be brought to Cabinet.\n\n"
        "This decision may be implemented after 5pm on 20/01/2023 unless called in.\n"
    )
    assert record.reasons == "The amended design responds to the feedback."
    assert [r.number for r in record.resolutions] == ["a", "b"]
    assert record.call_in is not None
    assert record.call_in.deadline == dt.datetime(2023, 1, 20, 17, tzinfo=dt.timezone.utc)


def test_a_notice_whose_meeting_label_names_the_body() -> None:
    record = parse_text(
        "NOTICE OF CABINET DECISION\n\nMeeting:        Cabinet\n"
        "Date:           Wednesday 7 September 2016\nPublished Date: 09.09.16\n\n"
        "Title:  Harbour Pontoons\n\nDecision:\n\nAGREED that the pontoons be replaced.\n\n"
        "Call-in:\n\n5.00 pm on Friday 16 September 2016 (call-in does not apply to the "
        "recommendation to Council at 3 above)\n"
    )
    assert (record.decision_maker, record.published_on) == ("Cabinet", dt.date(2016, 9, 9))
    assert record.call_in is not None
    assert (record.call_in.applies, record.call_in.date) == (True, dt.date(2016, 9, 16))


def test_a_listing_page_heading_over_its_first_entry() -> None:
    record = parse_text(
        "Decisions\n\nDecisions published\n\n"
        "19/12/2017 - Write-Off of Irrecoverable Debts ref: 2741    Recommendations Approved\n\n"
        "Decision Maker: Cabinet\n\nDecision published: 21/12/2017\n\n"
        "Decision:\n\nRESOLVED: That the debts be written off.\n"
    )
    assert (record.title, record.published_on, record.decision_date) == (
        "Write-Off of Irrecoverable Debts",
        dt.date(2017, 12, 21),
        dt.date(2017, 12, 19),
    )


@pytest.mark.parametrize(
    ("line", "doc_type"),
    [
        ("KEY DECISION", None),
        ("Key Decision", None),
        ("Key Decision Notice", "Key Decision Notice"),
    ],
)
def test_a_key_decision_is_a_status_not_a_document_type(line: str, doc_type: str | None) -> None:
    found = doc_type_match(line)
    assert (found.group("type") if found else None) == doc_type


def test_a_logo_that_sets_the_place_above_the_kind_of_council() -> None:
    record = parse_text(
        "Rochdale\nBorough Council\n\nDELEGATED EXECUTIVE DECISION\n\n"
        "Subject:   Play Area Renewals 2025/26\n\n"
        "Decision:\n\nI approve the renewal of the play areas listed in Appendix A.\n\n"
        "Signed: Councillor P. Ashworth\nCabinet Member for Leisure\n\nDate:  12/07/2025\n"
    )
    assert record.text.startswith("Rochdale Borough Council\n")
    assert (record.authority, record.title, record.decision_maker) == (
        "Rochdale Borough Council",
        "Play Area Renewals 2025/26",
        "Cabinet Member for Leisure",  # the office under the signature, not "Council"
    )
    assert record.decision_date == dt.date(2025, 7, 12)


@pytest.mark.parametrize(
    ("answer", "applies"),
    [("No", True), ("Yes", False)],
)
def test_a_forms_question_about_call_in_and_its_answer(answer: str, applies: bool) -> None:
    record = parse_text(
        "EXECUTIVE DECISION\n\n1  Title of decision: Bus Shelter Replacement\n\n"
        "2  Decision:\n\nI approve the replacement of twelve bus shelters.\n\n"
        "3  Urgent executive decisions\n"
        f"Is the decision urgent and exempt from call-in?   {answer}\n"
    )
    assert record.call_in is not None
    assert record.call_in.applies is applies


def test_an_exception_for_recommendations_is_not_the_records_call_in() -> None:
    record = parse_text(
        "CABINET\n\nMINUTES of the meeting held on Wednesday 22nd January 2025\n\n"
        "Call-in: the deadline for calling in decisions recorded in these minutes is 5pm on "
        "Thursday 30 January 2025. Recommendations to Council are not subject to call-in.\n\n"
        "5. Waste Strategy\n\nRESOLVED that the Waste Strategy be adopted.\n"
    )
    assert record.call_in is not None
    assert (record.call_in.applies, record.call_in.date) == (True, dt.date(2025, 1, 30))


def test_a_call_in_section_with_an_exception_for_a_recommendation() -> None:
    record = parse_text(
        "Decision:\n\nRESOLVED that the fees be approved.\n\nCall-in:\n\n"
        "Decision 6.1 may be implemented after 5.00pm on Thursday 24th October 2024 unless "
        "called in before then. Recommendation 6.2 is a matter for Council and is not "
        "subject to call-in.\n"
    )
    assert record.call_in is not None
    assert (record.call_in.applies, record.call_in.date) == (True, dt.date(2024, 10, 24))


def test_a_signature_and_the_date_of_decision_on_one_line() -> None:
    record = parse_text(
        "Decision:\n\nI approve the grant.\n\n"
        "Signature: Cllr J. Farrant                 Date of decision: 12/08/2024\n"
    )
    assert record.decision_date == dt.date(2024, 8, 12)


def test_an_agenda_item_line_over_the_items_heading_and_a_joined_lead_in() -> None:
    record = parse_text(
        "CABINET - DECISION NOTICE\n\nDate of publication of this notice: 18th October 2024\n\n"
        "Agenda Item 6\n\nLibrary Opening Hours Review\n\nDecision Maker: Cabinet\n\n"
        "Decision:\n\nRESOLVED that Cabinet:-\n\n6.1 note the consultation response;\n\n"
        "and RECOMMENDED to Council that\n\n6.2 the revised hours be approved.\n"
    )
    assert (record.title, record.published_on) == (
        "Library Opening Hours Review",
        dt.date(2024, 10, 18),
    )
    assert [(r.number, r.kind, r.by) for r in record.resolutions] == [
        ("6.1", "resolved", "Cabinet"),
        ("6.2", "recommended", "Council"),
    ]


def test_a_typed_heading_with_its_letters_spaced_apart() -> None:
    record = parse_text(
        "ANYSHIRE  COUNTY  COUNCIL\n\nR E C O R D   O F   D E C I S I O N\n\n"
        "Subject:   Weight Limit, Mill Lane\n\n"
        "Summary of Decision:\n\n1.  That the weight limit be approved.\n"
    )
    assert (record.document_type, record.title) == ("Record of Decision", "Weight Limit, Mill Lane")


def test_the_date_of_decision_over_the_date_it_was_signed() -> None:
    record = parse_text(
        "Date of Decision:   14/9/11\n\nSummary of Decision:\n\n1.  That the order be made.\n\n"
        "Signed ................ (Cabinet Member)\nDated  15.9.2011\n"
    )
    assert record.decision_date == dt.date(2011, 9, 14)
    assert "uncertain_field" not in [d.code for d in record.defects]


def test_two_generic_date_labels_that_disagree_give_no_date() -> None:
    record = parse_text(
        "Decision:\n\nThat the order be made.\n\nDate: 14/9/2011\n\nDate: 15/9/2011\n"
    )
    assert record.decision_date is None
    assert ("uncertain_field", "decision_date") in [(d.code, d.field) for d in record.defects]


def test_a_call_in_deadline_in_a_minutes_header_ends_before_the_resolutions() -> None:
    record = parse_text(
        "CABINET\n\nMINUTES of the meeting held on Wednesday 11 February 2015\n\n"
        "Last date for call-in: 5.00 pm, Friday 20 February 2015\n"
        "(Recommendations to Council are not subject to call-in)\n\n"
        "434   Parking Charges 2015/16\n\nCabinet considered the report.\n\n"
        "RECOMMENDED to Council that:\n\n1.  The charges be adopted.\n\n"
        "RESOLVED that:\n\n2.  The Head of Parking be authorised to vary the tariffs.\n"
    )
    assert [(r.number, r.kind, r.by) for r in record.resolutions] == [
        ("1", "recommended", "Council"),
        ("2", "resolved", None),
    ]
    assert record.call_in is not None
    assert (record.call_in.applies, record.call_in.date) == (True, dt.date(2015, 2, 20))


def test_a_minute_reference_numbered_within_its_month_and_year() -> None:
    assert read_minute("C8/05/25 Harbour Wall Repairs - Phase 2") == (
        8,
        "Harbour Wall Repairs - Phase 2",
    )


def test_a_call_in_time_in_brackets_after_its_date() -> None:
    record = parse_text(
        "Decision:\n\nI approve the grant.\n\n"
        "Call-in: The last day for call-in is Monday 21 August 2023 (by 5pm).\n"
    )
    assert record.call_in is not None
    assert record.call_in.deadline is not None
    assert record.call_in.deadline.isoformat() == "2023-08-21T17:00:00+01:00"


def test_the_office_under_an_office_holders_name() -> None:
    record = parse_text(
        "RECORD OF DECISION OF PORTFOLIO HOLDER\n\n"
        "Portfolio Holder:        Councillor A. Brent\n"
        "                         Portfolio Holder for Leisure Services\n\n"
        "Subject:                 SWIMMING CHARGES 2010/11\n\n"
        "Decision:\n\nA.   That the swimming charges be increased.\n"
    )
    assert (record.document_type, record.decision_maker) == (
        "Record of Decision",
        "Portfolio Holder for Leisure Services",
    )
    assert record.evidence["decision_maker"].kind == "label"


def test_the_office_under_a_signature_names_the_maker_where_nothing_else_does() -> None:
    record = parse_text(
        "Subject:   Tree Planting Grants\n\nI approve the following:\n\n"
        "1. The award of grants listed in Appendix 1.\n\n"
        "Signed:  Councillor R. Dale\n         Cabinet Member for Environment\n\n"
        "Date:    12/07/2019\n"
    )
    assert record.decision_maker == "Cabinet Member for Environment"
    span = record.evidence["decision_maker"]
    assert record.text[span.start : span.end] == "Cabinet Member for Environment"


def test_a_heading_that_names_the_decider_over_a_forms_own_sections() -> None:
    record = parse_text(
        "MAYORAL DECISION NOTICE\n\nDecision of the Mayor of Anyshire\n\n"
        "Title: Fares Cap Extension\n\nDecision\n\nI approve the following:\n\n"
        "A. The extension of the fares cap to 31 March 2026.\n"
    )
    assert record.decision_maker == "Mayor of Anyshire"
    span = record.evidence["decision_maker"]
    assert record.text[span.start : span.end] == "Decision of the Mayor of Anyshire"


def test_a_councils_address_at_the_foot_of_a_page_names_it() -> None:
    record = parse_text(
        "Decision details\n\nHeat Network Grants\n\nDecision Maker: Cabinet\n\n"
        "Decision:\n\nRESOLVED that the grants be approved.\n\n"
        "London Borough of Camden, 5 Pancras Square, London N1C 4AG\n"
    )
    assert record.authority == "London Borough of Camden"


def test_a_status_under_its_label_is_no_call_in_heading() -> None:
    record = parse_text(
        "Decision details\n\nHeat Network Grants\n\nDecision Maker:\n\nCabinet\n\n"
        "Decision status:\n\nRecommendations Approved (subject to call-in)\n\n"
        "Decision:\n\nRESOLVED that the grants be approved.\n\n"
        "Call-in: 5pm, Friday 21 March 2025.\n"
    )
    assert record.call_in is not None
    assert (record.call_in.applies, record.call_in.date) == (True, dt.date(2025, 3, 21))


def test_a_call_in_heading_over_nothing_says_nothing() -> None:
    record = parse_text("Decision:\n\nRESOLVED that the grants be approved.\n\nCall-in:\n")
    assert record.call_in is None


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("ANYTOWN BOROUGH COUNCIL – POLICY COMMITTEE MINUTES", "Policy Committee"),
        ("CABINET MINUTES", "Cabinet"),
        ("DRAFT MINUTES", None),
    ],
)
def test_a_minutes_page_headed_by_its_body_then_minutes(heading: str, body: str | None) -> None:
    record = parse_text(
        f"{heading}\n\n7. LIBRARY OPENING HOURS\n\nThe Committee considered a report.\n\n"
        "Resolved –\n\n(1) That the hours be adopted;\n"
    )
    assert record.decision_maker == body


def test_a_notice_taken_on_a_date_by_an_office_and_dated_when_issued() -> None:
    record = parse_text(
        "NOTICE OF INDIVIDUAL DECISION BY A CABINET MEMBER\n\nDate of notice: 13 June 2025\n\n"
        "The following decision was taken on Thursday 12 June 2025 by the Cabinet Member "
        "for Parks, Leisure and Libraries.\n\n"
        "Decision:\n\nThat the Cabinet Member:\n\n1.  Approves the new opening hours.\n"
    )
    assert (record.decision_date, record.published_on) == (
        dt.date(2025, 6, 12),
        dt.date(2025, 6, 13),
    )
    assert record.decision_maker == "Cabinet Member for Parks, Leisure and Libraries"


@pytest.mark.parametrize(
    ("header", "maker"),
    [
        (
            "Record of Executive Decision taken by the Leader of the Council",
            "Leader of the Council",
        ),
        ("Record of Executive Decision", "Leader"),
    ],
)
def test_a_bare_office_in_a_lead_in_is_completed_by_a_short_line(header: str, maker: str) -> None:
    record = parse_text(
        f"{header}\n\nSubject: Town Centre Funding\n\n"
        "The Leader approved the decision to:\n\n1. accept the grant of £1.2m.\n\n"
        "Consulted: the Deputy Leader of the Council\n"
    )
    assert record.decision_maker == maker


@pytest.mark.parametrize(
    "statement",
    [
        "None declared by the Leader or any officer consulted.",
        "4.1 There are no conflicts of interest to note for any of the officers involved.",
    ],
)
def test_more_ways_to_say_no_interest_was_declared(statement: str) -> None:
    record = parse_text(
        f"Decision:\n\nThat the grant be approved.\n\nDeclarations of interest:\n\n{statement}\n"
    )
    assert record.conflicts_of_interest is None


def test_a_forms_interest_question_is_no_statement_of_an_interest() -> None:
    record = parse_text(
        "Decision:\n\nThat the grant be approved.\n\n"
        "Any dispensation granted in respect of any declared conflict of interest:\n\nNone.\n"
    )
    assert record.conflicts_of_interest is None


def test_a_title_over_the_forms_next_label_and_its_value() -> None:
    record = parse_text(
        "Report title:\nGateway 2 – Contract Award: Street Lighting Maintenance\n\n"
        "Ward(s) or groups affected: All wards\n\n"
        "Decision:\n\nThat the Cabinet Member approves the award.\n"
    )
    assert record.title == "Gateway 2 – Contract Award: Street Lighting Maintenance"


def test_a_sign_offs_column_headings_over_their_values() -> None:
    record = parse_text(
        "Decision:\nThat the Mayor approves the expenditure.\n\n"
        "Signature:                                            Date:\n"
        "                                                      14/05/2025\n"
    )
    assert record.decision_date == dt.date(2025, 5, 14)


def test_a_subject_label_over_a_plain_header_line_and_an_office_after_a_name() -> None:
    record = parse_text(
        "CYNGOR SIR POWYS COUNTY COUNCIL\n\nPENDERFYNIAD DEILIAID PORTFFOLIO\n"
        "PORTFOLIO HOLDER DECISION\n\n"
        "Portfolio Holder:        County Councillor R. Evans, Portfolio Holder for Property\n\n"
        "SUBJECT: Disposal of the Former Depot, Llanidloes\n\n"
        "DECISION:\n\n1.    That the depot be sold at auction.\n"
    )
    assert (record.title, record.decision_maker) == (
        "Disposal of the Former Depot, Llanidloes",
        "Portfolio Holder for Property",
    )


def test_a_dash_labels_link_text_is_no_title_over_the_pages_heading() -> None:
    record = parse_text(
        "Decision details\n\nAward of Contract for Grounds Maintenance\n\n"
        "Decision Maker: Cabinet\n\nDecision:\n\nRESOLVED that the contract be awarded.\n\n"
        "Supporting documents:\n\n    Report - Award of Contract PDF 221 KB\n"
    )
    assert record.title == "Award of Contract for Grounds Maintenance"


@pytest.mark.parametrize(
    ("second", "title"),
    [
        (
            "outcome of statutory consultation",
            "Parking Zone WS – outcome of statutory consultation",
        ),
        ("Report of the Head of Parking.", "Parking Zone WS –"),
    ],
)
def test_a_title_value_stopped_on_a_dash_goes_on_in_the_next_paragraph(
    second: str, title: str
) -> None:
    record = parse_text(
        f"Subject:   Parking Zone WS –\n\n{second}\n\nDecision:\n\n1.1 That the zone be made.\n"
    )
    assert record.title == title


def test_under_a_deadline_heading_its_date_over_a_later_meeting_date() -> None:
    record = parse_text(
        "Decision:\n\nThat the licence be renewed.\n\n"
        "Call-in Deadline:           5.00 p.m., Wednesday 9th November, 2011\n\n"
        "Note: this decision may not be implemented until the call-in deadline has passed. "
        "If called-in, it will be referred to the committee at its meeting on 17th November, "
        "2011.\n"
    )
    assert record.call_in is not None
    assert record.call_in.date == dt.date(2011, 11, 9)


def test_a_moderngov_minutes_page_item_ends_at_the_next_items_number() -> None:
    record = parse_text(
        "Agenda and minutes\n\nCabinet - Monday, 12th September, 2022 5.00 pm\n\n"
        "312.\n\nDeclarations of Interest\n\nMinutes:\n\n"
        "There were no declarations of interest made.\n\n"
        "313.\n\nHarbour Fees 2023/24 pdf icon PDF 286 KB\n\nMinutes:\n\n"
        "The Cabinet Member presented the report.\n\nThe Cabinet\n\nRESOLVED that\n\n"
        "(1) the fees be approved.\n"
    )
    assert record.conflicts_of_interest is None
    assert [(r.number, r.by) for r in record.resolutions] == [("1", "Cabinet")]


def test_a_key_decision_mark_after_a_minutes_heading_is_no_part_of_the_title() -> None:
    record = parse_text(
        "CABINET – THURSDAY 16TH NOVEMBER 2023\n\nKey decisions are marked *\n\n"
        "8.       Skate Park Renewal 2024-2026 *\n\nA report was submitted.\n\n"
        "RESOLVED\n\n1.       that the renewal be approved.\n"
    )
    assert record.title == "Skate Park Renewal 2024-2026"


@pytest.mark.parametrize(
    "header",
    [
        "MINUTES of the EXECUTIVE\n\nHeld at: Council Chamber, Town Hall\n\n"
        "On: Thursday 6 March 2025",
        "MINUTES\n\nCabinet\n\n17:30 to 18:42                       6 March 2025",
    ],
)
def test_a_minutes_header_dates_the_meeting(header: str) -> None:
    record = parse_text(f"{header}\n\n5. Library Hours\n\nRESOLVED that the hours be approved.\n")
    assert record.decision_date == dt.date(2025, 3, 6)


def test_an_unmarked_list_of_verbs_each_ending_in_a_semicolon() -> None:
    record = parse_text(
        "Decision:\n\nThe Leader approved the decision to:\n\n"
        "enter into a concession agreement with Heatline Ltd;\n"
        "delegate authority to the Head of Legal to finalise the terms; and\n"
        "note the financial implications.\n"
    )
    assert [(r.by, r.text[:12]) for r in record.resolutions] == [
        ("Leader", "enter into a"),
        ("Leader", "delegate aut"),
        ("Leader", "note the fin"),
    ]


def test_a_cabinet_notice_naming_a_portfolio_holder_who_brought_the_report() -> None:
    record = parse_text(
        "DECISION NOTICE\n\nCABINET – TUESDAY 8 JULY 2025\n\n"
        "Item 7     Infrastructure Business Plan\n\n"
        "Portfolio Holder: Cabinet Member for Planning Services\n\nDecision:\n\n"
        "RECOMMENDED TO COUNCIL that:\n\n(1)  The plan be approved.\n\n"
        "RESOLVED that Cabinet:-\n\n(2)  approves the release of £1,150,000.\n"
    )
    assert record.decision_maker == "Cabinet"
    assert record.decision_date == dt.date(2025, 7, 8)


def test_a_labels_note_on_what_to_write_below_it() -> None:
    record = parse_text(
        "Officer Key Decision Record\n\nTitle of decision\nAward of transport contracts\n"
        "Decision taken by (name and post)\nJane Ellery, Director of Resources\n"
        "Date notice published:    05/09/24\n"
        "Decision\n1. To award the contracts.\n"
    )
    assert record.decision_maker == "Jane Ellery, Director of Resources"
    assert record.published_on == dt.date(2024, 9, 5)


def test_a_yes_with_the_call_in_deadline_after_it() -> None:
    record = parse_text(
        "Decision\n1. To award the contracts.\n\nIs the decision subject to call-in?\n\n"
        "Yes – the call-in period expires at 5pm on Monday 14 July 2025\n"
    )
    assert record.call_in is not None
    assert (record.call_in.applies, record.call_in.date) == (True, dt.date(2025, 7, 14))


def test_an_issue_page_dated_by_its_meeting_line_keeps_the_issues_title() -> None:
    record = parse_text(
        "Issue - decisions\n\nStatement of Gambling Policy 2026-2029\n\n13/11/2025 - Cabinet\n\n"
        "Decision:\n\nRECOMMENDED to Council that the revised policy be adopted.\n"
    )
    assert (record.title, record.decision_date, record.decision_maker) == (
        "Statement of Gambling Policy 2026-2029",
        dt.date(2025, 11, 13),
        "Cabinet",
    )


def test_a_key_decisions_star_before_a_minutes_number() -> None:
    record = parse_text(
        "Minutes of a Meeting of the Cabinet held at Knowle on Wednesday 6 November 2013\n\n"
        "The meeting started at 5.30pm and ended at 7.05pm\n\n"
        "*71    Design Guide Supplementary Planning Document\n\n"
        "Members considered the report.\n\nRESOLVED:\n\n1.  that the responses be noted;\n"
    )
    assert record.title == "Design Guide Supplementary Planning Document"


def test_a_committee_meeting_held_on_a_date_without_on_and_a_signed_publication() -> None:
    record = parse_text(
        "Strategy and Resources Policy Committee\n\nMeeting held 4 June 2025\n\n"
        "8.  Budget Monitoring\n\nRESOLVED: That the budget position be noted.\n\n"
        "Signed: F. Merriman                    Date published: 13.06.25\n"
    )
    assert (record.decision_date, record.published_on) == (
        dt.date(2025, 6, 4),
        dt.date(2025, 6, 13),
    )


def test_a_meeting_statement_cut_before_its_date() -> None:
    record = parse_text(
        "ANYTOWN DISTRICT COUNCIL\nMinutes of a Meeting of the Cabinet held at Knowle on\n\n"
        "Wednesday 6 November 2013\n\nPresent: Councillors A, B and C\n\n"
        "71    Design Guide\n\nRESOLVED:\n\n1.  that the guide be adopted.\n"
    )
    assert (record.decision_maker, record.decision_date) == ("Cabinet", dt.date(2013, 11, 6))


def test_notes_in_brackets_partnership_banners_and_more_call_in_and_publication_wording() -> None:
    record = parse_text(
        "Adur & Worthing Councils\n\nANYTOWN DISTRICT COUNCIL\n\nOFFICER DELEGATED DECISION RECORD\n\n"
        "(Decisions taken by Officers under the Scheme of Delegation)\n\n"
        "Subject:\n\nLease of Unit 4, Harbour Units\n\n"
        "Decision:\n\n1. To grant the lease.\n\n"
        "Decisions may not be implemented until the expiry of the call-in period at 5.00 p.m. "
        "on Thursday, 20th March, 2014.\n\n"
        "Date published on the Council's website: 07/03/14\n"
    )
    assert record.title == "Lease of Unit 4, Harbour Units"
    assert [r.by for r in record.resolutions] == [None]
    assert record.call_in is not None
    assert record.call_in.date == dt.date(2014, 3, 20)
    assert record.published_on == dt.date(2014, 3, 7)


def test_a_minute_titled_by_its_heading_over_a_long_subject_section() -> None:
    record = parse_text(
        "EXECUTIVE\n\nMONDAY 18 NOVEMBER 2019 AT 4.00 PM\n\n"
        "OFFICERS:  Town Clerk and Chief Executive\n           Corporate Director of Resources\n\n"
        "EX.135/19   Charges Review 2020/21 - Leisure\n\nSubject Matter\n\n"
        + "The Portfolio Holder submitted a report setting out the proposed fees and charges " * 4
        + "\n\nRESOLVED – That the charges be approved.\n"
    )
    assert record.title == "Charges Review 2020/21 - Leisure"


def test_a_committee_named_in_full_under_a_bare_resolved() -> None:
    record = parse_text(
        "Decision:\n\nRESOLVED:-\n\nThat Policy and Resources Committee:-\n\n"
        "1. Approve the updated cost plan.\n\n1. Agree an additional contingency.\n"
    )
    assert [r.by for r in record.resolutions] == ["Policy and Resources Committee"] * 2


def test_a_council_only_running_text_names_must_be_in_the_register() -> None:
    record = parse_text(
        "POLICY AND RESOURCES COMMITTEE\n\nMinutes of the meeting held on Thursday, 16 May 2019\n\n"
        "4. VOLUNTEERING STRATEGY\nA Member asked whether Members of the Court of Common "
        "Council could take part.\n\nRESOLVED – That the strategy be approved.\n"
    )
    assert record.authority is None
    assert ("uncertain_field", "authority") in [(d.code, d.field) for d in record.defects]


def test_a_numbered_lead_in_read_as_the_decisions_heading_names_the_decider() -> None:
    record = parse_text(
        "Decision\n\n2.1 The Leader approved the decision to:\n\n2.1.1 release the funds;\n\n"
        "2.1.2 waive the procurement rules.\n"
    )
    assert [(r.number, r.by) for r in record.resolutions] == [
        ("2.1.1", "Leader"),
        ("2.1.2", "Leader"),
    ]


def test_skip_to_content_and_a_group_named_by_its_lead_in() -> None:
    record = parse_text(
        "Skip to content\n\nDecision details\n\nHousing Allocations Plan\n\nDecision:\n\n"
        "RESOLVED that Strategy Group:-\n\n(1) Note the consultation responses;\n"
    )
    assert record.title == "Housing Allocations Plan"
    assert [r.by for r in record.resolutions] == ["Strategy Group"]


def test_a_welsh_first_bilingual_notice() -> None:
    record = parse_text(
        "CYNGOR SIR CAERFYRDDIN\nCARMARTHENSHIRE COUNTY COUNCIL\n\n"
        "PENDERFYNIAD AELOD Y BWRDD GWEITHREDOL\nEXECUTIVE BOARD MEMBER DECISION\n\n"
        "Pwnc / Subject:\nCronfa Cymunedol / Community Fund Awards\n\n"
        "Aelod y Bwrdd Gweithredol / Executive Board Member:\n"
        "Executive Board Member for Regeneration and Tourism\n\n"
        "PENDERFYNWYD / RESOLVED:\n\n1.  That the grants be approved.\n\n"
        "Galw i Mewn / Call-In:\nNid yw'r penderfyniad hwn yn destun galw i mewn. / This decision "
        "is not subject to call-in: any delay would prejudice the funding deadline of 31st "
        "July 2024.\n"
    )
    assert (record.authority, record.document_type, record.title, record.decision_maker) == (
        "Carmarthenshire County Council",
        "Executive Board Member Decision",
        "Cronfa Cymunedol / Community Fund Awards",
        "Executive Board Member for Regeneration and Tourism",
    )
    assert record.call_in is not None
    assert (record.call_in.applies, record.call_in.date) == (False, None)


@pytest.mark.parametrize(
    "marking",
    [
        "OFFICIAL",
        "OFFICIAL - SENSITIVE",
        "Decision Notice CMR-HT-2025-014                                    OFFICIAL",
    ],
)
def test_a_pages_security_marking_is_page_furniture(marking: str) -> None:
    record = parse_text(
        "Decision:\n\nI approve the speed limit.\n\nReasons for the Decision\n\n"
        f"{marking}\n\nTraffic surveys showed high speeds.\n"
    )
    assert record.reasons == "Traffic surveys showed high speeds."
    assert " ".join(marking.split()) in record.source.furniture


def test_a_sites_menu_entry_is_no_heading_over_the_title() -> None:
    record = parse_text(
        "Skip to main content\nAmber Vale Borough Council\nHome\n"
        "Councillors, meetings and decisions\nDecisions\n\nDecision details\n\n"
        "Draft Housing Strategy 2025-2030\n\nDecision Maker: Cabinet\n\nDecision:\n\n"
        "RESOLVED that Cabinet:-\n\n1.   That the draft strategy be approved.\n"
    )
    assert record.title == "Draft Housing Strategy 2025-2030"
    assert "duplicate_section" not in [d.code for d in record.defects]


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (
            "Subject: Adoption of the Selsey Conservation Area Character\n\n"
            "Appraisal and Management Proposals\n\nDate of decision: 2 October 2023\n\n",
            "Adoption of the Selsey Conservation Area Character Appraisal and Management Proposals",
        ),
        (
            "Subject: Write-off of irrecoverable business rates debts - Quarter 1\n\n2023/24\n\n",
            "Write-off of irrecoverable business rates debts - Quarter 1 2023/24",
        ),
        (
            "1. Subject\n\nLocal Cycling and Walking Plan - Draft for\n\nConsultation\n\n",
            "Local Cycling and Walking Plan - Draft for Consultation",
        ),
        (
            "Title: Disabled Facilities Grants Policy 2025\n\n"
            "Report of the Head of Housing, dated 3 November 2025\n\n",
            "Disabled Facilities Grants Policy 2025",
        ),
    ],
    ids=["label-over-label", "financial-year", "numbered-section", "a-report-line-is-not-title"],
)
def test_a_title_cells_wrapped_end_set_apart_by_a_rendering(head: str, title: str) -> None:
    # Word and HTML renderings make each wrapped line of a table cell its own paragraph.
    record = parse_text(head + "Decision\n\nI approve the write-off.\n")
    assert record.title == title


def test_a_running_header_names_the_council_then_the_meeting() -> None:
    record = parse_text(
        "Erewash Borough Council                              Cabinet – 12 June 2025\n\n"
        "MINUTES of the meeting of the CABINET held on Thursday 12 June 2025.\n\n"
        "7   Town Centre Regeneration\n\nRESOLVED that:\n\nA.  The business case be submitted.\n"
    )
    assert record.authority == "Erewash Borough Council"


def test_an_offices_meeting_headed_by_its_date_alone() -> None:
    record = parse_text(
        "NORTH LINCOLNSHIRE COUNCIL\n\nCABINET MEMBER FOR HIGHWAYS AND NEIGHBOURHOODS\n\n"
        "2 December 2025\n\nPRESENT: -  Councillor M Grayson (Cabinet Member)\n\n"
        "1048  Speed Limit Review - The Director reported on the collision on 4 August 2025.\n\n"
        "Resolved - (a) that the speed limit be reduced, and\n\n(b) that the order be made.\n"
    )
    assert record.decision_date == dt.date(2025, 12, 2)
    assert record.decision_maker == "Cabinet Member for Highways and Neighbourhoods"


def test_a_meeting_that_something_followed_is_not_the_decisions_date() -> None:
    record = parse_text(
        "18/06/2025 - Appointments to Outside Bodies 2025/26 ref: 3314    Recommendations "
        "Approved\n\nTo confirm nominations for the municipal year following the Annual "
        "Meeting held on 21 May 2025.\n\nDecision Maker: Leader of the Council\n\nDecision:\n\n"
        "The Leader approved the decision to:\n\n1.     Appoint the councillors named.\n"
    )
    assert record.decision_date == dt.date(2025, 6, 18)


@pytest.mark.parametrize(
    ("banner", "furniture"),
    [
        ("London Borough of Richmond upon Thames                           OFFICIAL", ("OFFICIAL",)),
        ("London Borough of Richmond upon Thames OFFICIAL", ()),  # a PDF's gap closed up
    ],
)  # fmt: skip
def test_a_security_marking_after_the_first_pages_banner(
    banner: str, furniture: tuple[str, ...]
) -> None:
    record = parse_text(
        f"{banner}\n\nCABINET MEMBER DECISION\n\nDecision:\n\nI approve the scheme.\n\n"
        "Reasons for the decision\n\nFood waste must be collected.\n"
    )
    assert record.authority == "London Borough of Richmond upon Thames"
    assert tuple(record.source.furniture) == furniture


def test_decision_made_on_over_its_date() -> None:
    record = parse_text(
        "Cabinet Member: Cabinet Member for Places\n\nDecision made on:\n\n15 July 2021\n\n"
        "Record of decision:\n\nThe Cabinet Member for Places agreed:\n\n(a) to make the order.\n"
    )
    assert record.decision_date == dt.date(2021, 7, 15)


def test_a_meeting_date_over_its_date_and_minute_number() -> None:
    # A Word or HTML rendering puts the label's value on the line below it.
    record = parse_text(
        "SWALE BOROUGH COUNCIL\n\nRECORD OF CABINET DECISION\n\nMeeting date:\n\n"
        "Wednesday 6 November 2019 Minute No. 412\n\n1. Subject\n\nCycling Plan\n\n"
        "2. Decision\n\nRESOLVED that Cabinet:-\n\n(1) Approve the draft plan.\n"
    )
    assert record.decision_date == dt.date(2019, 11, 6)


def test_decisions_named_by_their_numbers_are_no_inline_list() -> None:
    record = parse_text(
        "Decision\n\nCabinet AGREED to:\n\n(1)   note the responses.\n\nRECOMMENDED to Council "
        "that:\n\n(2)   the policy be adopted.\n\nCall-in\n\nDecision (1) may be called in by "
        "5pm on Monday 21 March 2016. Decision (2) is a recommendation to Council and is not "
        "subject to call-in.\n"
    )
    assert record.call_in is not None
    assert (record.call_in.applies, record.call_in.date) == (True, dt.date(2016, 3, 21))


def test_a_body_then_the_records_kind_then_the_meetings_date() -> None:
    record = parse_text(
        "Newcastle City Council\n\nCabinet\n\nRecord of Decision\n\nMonday 14 March 2016\n\n"
        "Item 6:  Statement of Licensing Policy\n\nSummary of the decision\n\n"
        "Cabinet AGREED to:\n\n(1)   note the responses to the consultation of 5 February 2016.\n"
    )
    assert record.decision_date == dt.date(2016, 3, 14)


def test_minutes_of_as_a_label_names_the_body() -> None:
    record = parse_text(
        "ROSSENDALE BOROUGH COUNCIL\n\nMINUTES OF:        THE CABINET\n\n"
        "Date of Meeting:   25th November 2009\n\n6.   WHITWORTH SQUARE IMPROVEMENTS\n\n"
        "Resolved:\n\n6.3  That the scheme be approved.\n"
    )
    assert record.decision_maker == "Cabinet"


def test_the_post_decides_not_the_officer_holding_it() -> None:
    record = parse_text(
        "Record of Executive Decision taken by an Officer\n\n"
        "Decision taken by:   Head of Climate, Environment and Waste\n\n"
        "Officer:   Dr Helen Marsh\n\nDate of decision:   19 October 2022\n\nDecision:\n\n"
        "I approve the following:\n\na.   the award of grants; and\n\nb.   the carry forward.\n"
    )
    assert record.decision_maker == "Head of Climate, Environment and Waste"


def test_an_empty_section_over_a_contact_officer() -> None:
    record = parse_text(
        "Decision Taken\nRESOLVED TO:\n1. Adopt the appraisal.\nDispensations\n"
        "Contact Officer\nRuth Pennington, Senior Heritage and Design Officer\n"
    )
    assert record.dispensations is None


def test_a_sign_off_set_apart_in_paragraphs_names_the_office() -> None:
    record = parse_text(
        "PORTFOLIO HOLDER DECISION\n\nSubject:\n\nLicence to Occupy Unit 4\n\nDecision:\n\n"
        "(1) That a licence be granted.\n\nSigned:\n\nCllr G. Whitlock\n\n"
        "Portfolio Holder for Asset Management\n\nDate:\n\n15 June 2015\n"
    )
    assert record.decision_maker == "Portfolio Holder for Asset Management"


def test_a_page_heading_repeated_by_its_breadcrumb() -> None:
    record = parse_text(
        "Skip to main content\nLeeds City Council\nCouncillors, committees and meetings\n"
        "Decision details\nDecision details\n\nDistrict Heating Network - Phase 3\n\n"
        "Decision Maker: Executive Board\n\nDecision:\n\nRESOLVED – (a) That the scheme "
        "be approved.\n"
    )
    assert record.title == "District Heating Network - Phase 3"


def test_councillors_present_are_not_the_minutes_title() -> None:
    record = parse_text(
        "Sunderland City Council\n\nAt a meeting of the CABINET held in the CITY HALL on "
        "TUESDAY, 8th OCTOBER, 2024 at 2.00 p.m.\n\nPresent:-\n\nCouncillor M. Hayes in the "
        "Chair\n\nCouncillors Aitken, Bond and Farr\n\nHousing Delivery Plan 2024-2030\n\n"
        "The Executive Director submitted a report.\n\nRESOLVED that:-\n\n(a) the plan be "
        "approved; and\n\n(b) the acquisitions be approved.\n"
    )
    assert record.title == "Housing Delivery Plan 2024-2030"


def test_a_listings_next_entry_cut_short_is_another_record() -> None:
    record = parse_text(
        "Decisions published\n\n26/06/2025 - Tenant Engagement Compact ref: 6174    "
        "Recommendations Approved\n\nDecision Maker: Cabinet Member for Better Homes\n\n"
        "That the Cabinet Member:\n\n1)     Approves the compact;\n\n2)     Notes the budget.\n\n"
        "25/06/2025 - Kentish Town Road - Traffic Order ref: 6171    For Determination\n\n"
        "Decision Maker: Cabinet Member for a Sustainable Camden\n"
    )
    assert record.decision_maker == "Cabinet Member for Better Homes"
    assert "multiple_records" in [d.code for d in record.defects]


def test_a_running_header_of_the_body_and_date_alone() -> None:
    record = parse_text(
        "Cabinet Thursday 16 January 2025\n\n88.      Tree Canopy Strategy\n\n"
        "Cabinet agreed to -\n\n1.  approve the strategy;\n\n2.  delegate its delivery.\n"
    )
    assert record.decision_date == dt.date(2025, 1, 16)


def test_a_heading_naming_a_kind_of_decider_gives_way_to_the_label() -> None:
    record = parse_text(
        "CHILTERN DISTRICT COUNCIL\n\nDECISION OF AN INDIVIDUAL CABINET MEMBER\n\n"
        "Cabinet Member:  Cabinet Member for Support Services\n\nSubject:  Disposal of land\n\n"
        "Decision\n\nI approve the following:\n\n1.  that the land be sold.\n"
    )
    assert record.decision_maker == "Cabinet Member for Support Services"


def test_a_committee_before_the_notices_kind() -> None:
    record = parse_text(
        "KETTERING BOROUGH COUNCIL\n\nEXECUTIVE COMMITTEE – DECISION NOTICE\n\n"
        "Meeting held: 10 February 2010\n\nItem 7      Housing Allocations Scheme – Review\n\n"
        "Decision:\n\nRESOLVED that:\n\n(i) the scheme be adopted;\n"
    )
    assert (record.decision_maker, record.title) == (
        "Executive Committee",
        "Housing Allocations Scheme – Review",
    )


def test_call_in_does_not_therefore_apply() -> None:
    record = parse_text(
        "Decision\n\n2.1.1 To approve the grant scheme.\n\nCall-in\n\nThe Chairman of the "
        "Scrutiny Committee agreed that the decision is urgent; call-in does not therefore "
        "apply.\n"
    )
    assert record.call_in is not None
    assert record.call_in.applies is False


@pytest.mark.parametrize("gap", ["          ", " "])
def test_two_dated_labels_on_one_line(gap: str) -> None:
    record = parse_text(
        f"SELBY DISTRICT COUNCIL\nEXECUTIVE – RECORD OF DECISIONS\n\nMeeting: 8 January 2015"
        f"{gap}Published: 12 January 2015\n\nDecision:\nA. The tax base be set.\n"
    )
    assert (record.decision_date, record.published_on) == (
        dt.date(2015, 1, 8),
        dt.date(2015, 1, 12),
    )
    assert record.decision_maker == "Executive"


def test_a_lead_in_below_a_title_labels_value() -> None:
    # A Word or HTML rendering puts each label's value on the line below it.
    record = parse_text(
        "CABINET MEMBER DECISION RECORD\n\nTitle:\n\nResidents' Parking Scheme\n\n"
        "The Cabinet Member for Sustainable Transport resolved that:\n\n"
        "1. The extension be approved.\n\n2. The order be made.\n\nReason:\n\nA petition.\n"
    )
    assert record.title == "Residents' Parking Scheme"
    assert [r.number for r in record.resolutions] == ["1", "2"]


def test_a_date_opening_a_line_is_no_section_number() -> None:
    record = parse_text(
        "Decision\n\nRESOLVED that the tariffs be approved.\n\nPublished:\n\n26 November 2009 "
        "– Call-in deadline: 5pm, Wednesday 2 December 2009\n"
    )
    assert record.published_on == dt.date(2009, 11, 26)
    assert record.call_in is not None
    assert record.call_in.date == dt.date(2009, 12, 2)


def test_an_act_then_a_narrative_under_the_decision() -> None:
    record = parse_text(
        "12/06/2023 - Door Entry System Replacement ref: 8812    Recommendations Approved\n\n"
        "Decision Maker: Assistant Director Housing Property Services\n\nDecision:\n\n"
        "To award a contract for the door entry systems under the Royal Borough of "
        "Greenwich's Building Services Framework.\n\n"
        "Works are programmed to start on 3 July 2023.\n"
    )
    assert [(r.number, r.text[:17]) for r in record.resolutions] == [(None, "To award a contra")]
    assert record.authority == "Royal Borough of Greenwich"


def test_a_group_whose_meeting_the_extract_records() -> None:
    record = parse_text(
        "DAVENTRY DISTRICT COUNCIL\n\nEXTRACT FROM THE MINUTES OF A MEETING OF THE STRATEGY "
        "GROUP HELD AT LODGE ROAD, DAVENTRY ON THURSDAY 8 DECEMBER 2016 AT 6.30 PM\n\n"
        "57. COUNCIL TAX SUPPORT SCHEME 2017/18\n\nRECOMMENDED to Council that:\n\n"
        "(a) the scheme be adopted.\n"
    )
    assert (record.decision_maker, record.decision_date) == (
        "Strategy Group",
        dt.date(2016, 12, 8),
    )


def test_a_bilingual_page_heading_in_english_first_and_the_language_link() -> None:
    record = parse_text(
        "Skip to main content\nCymraeg\nBridgend County Borough Council\n\n"
        "Decision details / Manylion y penderfyniad\n\n"
        "Household Waste Booking System / System Archebu\n\n"
        "Decision Maker / Gwneuthurwr y penderfyniad: Cabinet\n\nDecision / Penderfyniad:\n"
        "RESOLVED: That Cabinet:\n\n(1) approved the booking system.\n"
    )
    assert record.title == "Household Waste Booking System / System Archebu"


def test_an_outcome_status_over_the_decision_itself() -> None:
    record = parse_text(
        "Decision Details\n\nTitle\nProposed 20mph Speed Limit - Main Street\n"
        "Decision Maker:\nCabinet Member - Transport and Environment\nDecision Outcome\n"
        "Approved\nDecision\n1) That the speed limit be approved.\n"
        "2) That the objectors be informed.\nReasons for Decision\nSafer routes to school.\n"
    )
    assert [(r.number, r.text[:20]) for r in record.resolutions] == [
        ("1", "That the speed limit"),
        ("2", "That the objectors b"),
    ]


def test_a_minutes_resolved_block_after_its_reasons_and_options() -> None:
    record = parse_text(
        "Minutes of Cabinet\n\nWednesday 18 October 2023 at 3.30pm\nat the Council House\n\n"
        "95/23   Community Transport Grant\n\nThe Cabinet Member sought approval.\n\n"
        "Reason for Decision\n\nThe agreement expires.\n\nAlternative Options Considered\n\n"
        "An open tender was rejected.\n\nResolved that:-\n\n1.   a grant be awarded;\n\n"
        "2.   the Director be authorised to agree its terms.\n"
    )
    assert record.decision_date == dt.date(2023, 10, 18)
    assert [r.number for r in record.resolutions] == ["1", "2"]
    assert record.alternative_options == "An open tender was rejected."


def test_may_be_called_in_by_a_deadline() -> None:
    record = parse_text(
        "Decision:\n\nThat the appraisal be adopted.\n\nReasons:\nIt replaces the 2008 one.\n\n"
        "This decision may be called in by 5.00pm on Monday 16 September 2024.\n"
    )
    assert record.call_in is not None
    assert (record.call_in.applies, record.call_in.date) == (True, dt.date(2024, 9, 16))


def test_a_minute_heading_in_capitals_with_a_colon_inside_it() -> None:
    record = parse_text(
        "64.   DECLARATIONS OF INTEREST: CODE OF CONDUCT\n\nNone.\n\n65.   WEST SHORE SCHEME\n\n"
        "RESOLVED:-\n\n3.1 That the business case be approved.\n"
    )
    assert record.conflicts_of_interest is None


def test_mayoral_decision_forms_and_a_labelled_footer() -> None:
    gla = parse_text(
        "GREATER LONDON AUTHORITY\nREQUEST FOR MAYORAL DECISION – MD3187\n\n"
        "Title: Green Skills Academies 2024-25\n\nDecision:\nThat the Mayor:\n"
        "1. approves expenditure of up to £1,450,000;\n"
    )
    assert gla.document_type == "Request for Mayoral Decision"
    footer = parse_text(
        "Decision:\n\nRESOLVED that the Cabinet Member (City Services):\n\n(1)  Approves the "
        "order.\n\nMinutes published: 22nd September 2009         Page 3 of 3\n"
    )
    assert footer.published_on == dt.date(2009, 9, 22)
    assert footer.resolutions[0].by == "Cabinet Member (City Services)"
    assert footer.source.furniture == ["Page 3 of 3"]


def test_a_decision_stated_as_done_and_a_welsh_name_after_the_english() -> None:
    record = parse_text(
        "POWYS COUNTY COUNCIL                                 CYNGOR SIR POWYS\n\n"
        "EXECUTIVE MEMBER DECISION\n\nDecision:\nOption 1 was approved.\n\n"
        "Reason for Decision:\nIt is consistent with the fees policy.\n\n"
        "This decision may be implemented after the expiry of the call-in period.\n"
    )
    assert record.authority == "Powys County Council"
    assert [r.text for r in record.resolutions] == ["Option 1 was approved."]


def test_a_long_heading_in_capitals_with_a_relative_clause() -> None:
    record = parse_text(
        "DECISION(S)\n\nAs set out in the recommendations of the report.\n\n"
        "ANY CONFLICT OF INTEREST DECLARED BY ANY CABINET MEMBER WHO IS CONSULTED BY THE "
        "DECISION TAKER\n\nNone\n\nNOTE OF DISPENSATION GRANTED BY THE MONITORING OFFICER IN "
        "RESPECT OF ANY DECLARED CONFLICT OF INTEREST\n\nNone\n\n"
        "CABINET MEMBER'S SIGNATURE:  .............................\n"
    )
    assert (record.conflicts_of_interest, record.dispensations) == (None, None)
    assert "missing_section" not in [
        d.code for d in record.defects if d.field == "conflicts_of_interest"
    ]


def test_call_in_procedure_should_not_apply() -> None:
    record = parse_text(
        "Decision:\n\nThe Leader approved the decision to:\n\ni. secure the accommodation.\n\n"
        "Urgency: The Chair agreed that the decision could not reasonably be deferred and "
        "that the call-in procedure should not apply.\n"
    )
    assert record.call_in is not None
    assert record.call_in.applies is False


def test_an_office_with_its_portfolio_in_brackets_as_a_labels_value() -> None:
    record = parse_text(
        "RECORD OF PORTFOLIO HOLDER DECISION\n\nPwnc / Subject:\nMooring Charges 2017\n\n"
        "Deiliad Portffolio / Portfolio Holder:\nPortfolio Holder (Highways, Waste and "
        "Property)\n\nDecision:\n\n1. That the charges be approved.\n"
    )
    assert record.decision_maker == "Portfolio Holder (Highways, Waste and Property)"


def test_a_running_header_with_the_pages_number_after_its_date() -> None:
    record = parse_text(
        "EXECUTIVE BOARD - 24TH JUNE 2013                                       41\n\n"
        "CARMARTHENSHIRE COUNTY COUNCIL\n\n7.   TRANSPORT POLICY 2014/15\n\n"
        "The Executive Board considered a report.\n\nUNANIMOUSLY RESOLVED that:\n\n"
        "(i) the policy be approved;\n"
    )
    assert (record.decision_maker, record.decision_date) == (
        "Executive Board",
        dt.date(2013, 6, 24),
    )


def test_the_records_kind_then_its_body_after_a_dash() -> None:
    record = parse_text(
        "REDCAR & CLEVELAND BOROUGH COUNCIL\n\nRECORD OF DECISION - CABINET\n\n"
        "Meeting date:     15 February 2011\n\nDecision:\n\nRESOLVED:\n\n"
        "3.1  That the charges be approved.\n"
    )
    assert (record.document_type, record.decision_maker) == ("Record of Decision", "Cabinet")


def test_a_slice_of_minutes_numbered_with_a_gap_and_who_attended() -> None:
    record = parse_text(
        "West Yorkshire Combined Authority\n\nMinutes of the meeting of the West Yorkshire "
        "Combined Authority held on Thursday, 13 February 2025\n\nPresent:\n\n"
        "Mayor Helen Carrow (Chair)\nCouncillor Imran Saddiq      Bradford Council\n\n"
        "In attendance:\n\nBen Stacey       West Yorkshire Combined Authority\n\n"
        "59. Declarations of disclosable pecuniary interests\n\nThere were none.\n\n"
        "61. Mass Transit - Outline Business Case\n\nThe Combined Authority considered a "
        "report.\n\nResolved:\n\n(a) That the case be approved.\n\n(b) That funding be "
        "released.\n"
    )
    assert record.authority == "West Yorkshire Combined Authority"
    assert [r.number for r in record.resolutions] == ["a", "b"]


def test_a_cabinet_lead_member() -> None:
    record = parse_text(
        "RECORD OF DECISION TAKEN BY A CABINET LEAD MEMBER\n\n"
        "Lead Member:   Cabinet Lead Member for Children and Families\n\nDecision:\n"
        "(a)   approved the revised statement;\n(b)   noted the consultation.\n"
    )
    assert record.decision_maker == "Cabinet Lead Member for Children and Families"


@pytest.mark.parametrize(
    "value",
    [
        "Leader of the Council (Councillor M. Dwyer)",
        "Leader of the Council, under delegated authority from the Council dated 22 May 2023",
    ],
)
def test_a_decision_takers_label_without_its_holder_or_its_authority(value: str) -> None:
    record = parse_text(f"Decision taken by: {value}\n\nDecision:\n\n1. That the fee be set.\n")
    assert record.decision_maker == "Leader of the Council"


def test_a_decision_maker_label_naming_a_person_gives_way_to_the_office() -> None:
    record = parse_text(
        "CABINET MEMBER DECISION NOTICE\n\nCabinet Member:           Cabinet Member for "
        "Environment\n\nDecision Maker:           Councillor Bernard Hale\n\nDECISION\n\n"
        "I approve the grant scheme.\n"
    )
    assert record.decision_maker == "Cabinet Member for Environment"


def test_a_breadcrumb_and_a_decision_digest_are_no_title() -> None:
    crumbs = parse_text(
        "Skip to content\nHerefordshire Council\nCouncillors and democracy > Decisions\n"
        "Decision details\n\nAward of construction contract - Wilton Road\n\n"
        "Decision Maker: Cabinet member transport and infrastructure\n\nDecision:\n\n"
        "That:\n\n(a) the contract be awarded.\n"
    )
    assert crumbs.title == "Award of construction contract - Wilton Road"
    digest = parse_text(
        "HUNTINGDONSHIRE DISTRICT COUNCIL\n\nDECISION DIGEST\n\nCABINET      20 FEBRUARY 2014\n\n"
        "HUNTINGDON WEST AREA ACTION PLAN\n\nHaving considered a report, the Cabinet\n\n"
        "AGREED\n\n(a) to adopt the brief.\n"
    )
    assert (digest.title, digest.document_type) == (
        "HUNTINGDON WEST AREA ACTION PLAN",
        "Decision Digest",
    )


def test_a_policy_committee_named_with_a_comma_and_a_committees_meeting_line() -> None:
    record = parse_text(
        "Executive Committee Meeting 13th February 2024\n\nDecision:\n\nRESOLVED UNANIMOUSLY: "
        "That the Transport, Regeneration and Climate Policy Committee:-\n\n1.    notes the "
        "progress made;\n"
    )
    assert record.resolutions[0].by == "Transport, Regeneration and Climate Policy Committee"
    assert record.decision_date == dt.date(2024, 2, 13)


def test_a_notices_publication_and_effect_dates_are_no_call_in_deadline() -> None:
    record = parse_text(
        "Decision:\n\nResolved: That the fees be approved.\n\nIMPLEMENTATION OF DECISIONS\n\n"
        "This notice was published on 14 November 2016. Any decision contained in this notice "
        "will be implemented on 22 November 2016 unless the decision is called in.\n"
    )
    assert record.published_on == dt.date(2016, 11, 14)
    assert record.call_in is not None
    assert (record.call_in.applies, record.call_in.date) == (True, None)


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Date comes into force if not called in: 18/02/2021", "effective_from"),
        ("Decision may be implemented from:  2 August 2019 (if not called in)", "effective_from"),
        ("Issue Date:  13 January 2026", "published_on"),
    ],
)
def test_more_labels_of_a_records_dates(label: str, field: str) -> None:
    record = parse_text(f"{label}\n\nDecision:\n\nThat the fees be approved.\n")
    assert getattr(record, field) is not None
    assert record.decision_date is None


def test_approval_is_given_as_the_decision() -> None:
    record = parse_text(
        "Decision:\n\nApproval is given to enter into a 12-month licence agreement.\n\n"
        "Reasons for the decision:\n\nThe units are needed.\n"
    )
    assert [r.text for r in record.resolutions] == [
        "Approval is given to enter into a 12-month licence agreement."
    ]


def test_the_call_in_questions_reason_is_not_the_decisions() -> None:
    record = parse_text(
        "Decision Maker: Portfolio Holder for Housing\n\nIs subject to call in?: No\n\n"
        "Reason: Urgent decision - call-in should not apply.\n\nDecision:\n\nThat a lease "
        "be taken.\n\nReasons for the decision:\n\nBed and breakfast use had risen.\n"
    )
    assert record.reasons == "Bed and breakfast use had risen."


def test_a_minutes_reason_in_brackets_under_its_resolutions() -> None:
    record = parse_text(
        "RESOLVED:\n\n(1)   That the report be noted.\n\n(Reason for decision: To monitor the "
        "Council's financial position.)\n"
    )
    assert record.reasons == "To monitor the Council's financial position."


def test_a_proformas_last_resolution_numbered_as_its_next_section() -> None:
    record = parse_text(
        "1. Title of Item/Report\n\nFairhaven Lake\n\n2. Record of the Decision\n\n"
        "RESOLVED that Cabinet:-\n\n1. Approves the application;\n\n"
        "2. Commits match funding of £275,000 from the capital programme, subject to\n"
        "the success of the application;\n\n"
        "3. Authorises the Director of Development Services to make minor amendments to\n"
        "the application in consultation with the Portfolio Holder for Leisure and Culture.\n\n"
        "Fylde Borough Council - Cabinet Decision Proforma                  Page 1 of 2\n\n"
        "3. Reasons for the Decision\n\nThe scheme restores a park.\n"
    )
    assert [r.number for r in record.resolutions] == ["1", "2", "3"]
    assert record.reasons == "The scheme restores a park."


def test_a_numbered_dispensations_section_named_at_length() -> None:
    record = parse_text(
        "5.  Conflicts of interest declared by any Executive Member consulted\n\n    Nil\n\n"
        "6.  Dispensations granted by the Head of Paid Service\n\n    Nil\n\n7.  Call-in\n\n"
        "    Not applicable.\n\nDecision:\n\nAGREED:\n\n(1) the strategy.\n"
    )
    assert record.dispensations is None
    assert "dispensations" not in [d.field for d in record.defects if d.code == "missing_section"]


def test_a_minute_headings_webcast_timestamp_and_a_records_number() -> None:
    minutes = parse_text(
        "CABINET\n\n72   GENERAL FUND BUDGET 2019/20 - INITIAL DRAFT (00:14:32)\n\n"
        "RECOMMENDED to Council that:\n\n(1) the draft budget be approved.\n"
    )
    assert minutes.title == "GENERAL FUND BUDGET 2019/20 - INITIAL DRAFT"
    form = parse_text(
        "EXECUTIVE DECISION RECORD - No. 12/094\n\nDecision:\n\nAGREED that the cameras be "
        "replaced.\n"
    )
    assert form.document_type == "Executive Decision Record"


def test_called_in_by_a_time_is_the_deadline_not_the_date_of_effect() -> None:
    record = parse_text(
        "Decision\n\nThe Cabinet resolved to:\n\n(i) approve the park.\n\nCall-in\n\n"
        "This decision will come into effect on 24 January 2019 unless called in by 5pm on "
        "23 January 2019.\n"
    )
    assert record.call_in is not None
    assert record.call_in.date == dt.date(2019, 1, 23)


def test_a_decision_takers_name_then_office_and_a_sign_offs_lower_case_columns() -> None:
    record = parse_text(
        "KENT COUNTY COUNCIL – RECORD OF DECISION\n\nDECISION TAKEN BY:\n\n"
        "Councillor Harriet Lowe,\nCabinet Member for Highways and Transport\n\n"
        "Decision: As Cabinet Member for Highways and Transport, I agree to:\n\n"
        "(a) EXTEND the contract.\n\n.........................            ..............\n"
        "signed                                                  date\n"
        "                                                        12 May 2025\n"
    )
    assert record.decision_maker == "Cabinet Member for Highways and Transport"
    assert record.decision_date == dt.date(2025, 5, 12)


def test_a_committees_minutes_heading_with_its_date() -> None:
    record = parse_text(
        "POLICY COMMITTEE MINUTES – 23 SEPTEMBER 2024\n\nPresent: Councillor Terry (Chair)\n\n"
        "36. HOUSING FUND\n\nResolved –\n\n(1) That the fund be accepted.\n"
    )
    assert (record.decision_maker, record.decision_date) == (
        "Policy Committee",
        dt.date(2024, 9, 23),
    )


def test_a_call_in_answer_then_its_last_date() -> None:
    record = parse_text(
        "Decision\n\n2.1 I approve the 20mph limit.\n\n4. Is this decision subject to call-in?   Yes\n"
        "Last date for call-in: 6 July 2016\n"
    )
    assert record.call_in is not None
    assert (record.call_in.applies, record.call_in.date) == (True, dt.date(2016, 7, 6))


def test_a_cmis_pages_decision_proposed_and_reason_for_key_decision() -> None:
    record = parse_text(
        "Suffolk County Council\nCommittee Meetings\n\nDecision Details\n\nDecision Proposed\n"
        "Home to School Transport Policy 2026/27\nInclude item on Forward Plan/ Key Decision\n"
        "Key Decision\nDecision Maker\nCabinet\nReason For Key Decision\n"
        "Affects all electoral divisions\nDecision Outcome\nThe Cabinet resolved to:\n\n"
        "A.  adopt the policy.\n\nReason for Decision\nTo meet the statutory duties.\n"
    )
    assert record.title == "Home to School Transport Policy 2026/27"
    assert record.reasons == "To meet the statutory duties."


def test_dates_in_welsh_and_a_bilingual_deadlines_time() -> None:
    record = parse_text(
        "Dyddiad y penderfyniad / Date of decision:\n14 Ionawr 2025\n\nPenderfyniad / Decision:\n"
        "Cytunwyd / It was agreed that the strategy be adopted.\n\nGalw i mewn / Call-in:\n"
        "Ni ellir gweithredu'r penderfyniad hwn tan ar ôl 4yp ddydd Iau 21 Tachwedd 2024. This "
        "decision cannot be implemented until after 4pm on Thursday 21 November 2024.\n"
    )
    assert record.decision_date == dt.date(2025, 1, 14)
    assert record.call_in is not None
    assert record.call_in.deadline is not None
    assert record.call_in.deadline.isoformat() == "2024-11-21T16:00:00+00:00"


def test_a_reports_number_is_no_title_and_a_body_before_the_records_kind() -> None:
    record = parse_text(
        "Rutland County Council\n\nCABINET - RECORD OF DECISIONS\nTuesday 16 January 2018\n\n"
        "Report No. 08/2018\nEMERGENCY WINTER HEATING SUPPORT\n\nDecision:\nCabinet AGREED:\n"
        "1. To allocate £35,000.\n"
    )
    assert (record.title, record.decision_date) == (
        "EMERGENCY WINTER HEATING SUPPORT",
        dt.date(2018, 1, 16),
    )


def test_a_listings_date_range_is_no_decision_date() -> None:
    record = parse_text(
        "Decisions published\n\nDate range: 02/03/2025 - 08/03/2025\n\n"
        "05/03/2025 - Coastal Path Resurfacing ref: 812    Recommendations Approved\n\n"
        "Decision Maker: Cabinet\n\nDecision published: 06/03/2025\n\nDecision:\n\n"
        "Resolved:\n\n1. That the scheme be approved.\n"
    )
    assert (record.decision_date, record.published_on) == (
        dt.date(2025, 3, 5),
        dt.date(2025, 3, 6),
    )


def test_a_listings_published_between_filter_is_no_publication_date() -> None:
    record = parse_text(
        "Decisions\n\nDecisions published\n\nDecisions published between 01/04/2024 and "
        "07/04/2024\n\n"
        "03/04/2024 - Bus Shelter Renewal ref: 77    Recommendations Approved\n\n"
        "Decision Maker: Cabinet\n\nDecision published: 04/04/2024\n\nDecision:\n\n"
        "RESOLVED: That the renewal programme be approved.\n"
    )
    assert record.published_on == dt.date(2024, 4, 4)


def test_a_delegated_session_heading_names_the_office_and_its_date() -> None:
    record = parse_text(
        "Agenda and decisions\n\nDelegated Decisions - Cabinet Member for Adult Care - "
        "Thursday 9th May, 2024 2.00 pm\n\nVenue: Civic Offices\n\nItems\nNo. Item\n\n1.\n\n"
        "Day Centre Transport Contract pdf icon PDF 120 KB\n\nDecision:\n\nRESOLVED -\n\n"
        "1.    That the contract be extended for one year.\n"
    )
    assert (record.decision_maker, record.decision_date, record.title) == (
        "Cabinet Member for Adult Care",
        dt.date(2024, 5, 9),
        "Day Centre Transport Contract",
    )


def test_a_holders_office_whose_portfolio_holds_commas() -> None:
    record = parse_text(
        "Portfolio Holder: Councillor Ann Reed, Portfolio Holder for Parks, Leisure and "
        "Culture\n\nSubject: Bowling Green Leases\n\nDecision:\n\nI approve the new leases.\n"
    )
    assert record.decision_maker == "Portfolio Holder for Parks, Leisure and Culture"


def test_a_listing_line_and_its_meeting_that_disagree_give_no_date() -> None:
    record = parse_text(
        "12/06/2025 - Library Opening Hours ref: 301    Recommendations Approved\n\n"
        "Decision Maker: Cabinet\n\nMade at meeting: 28/05/2025 - Cabinet\n\nDecision:\n\n"
        "RESOLVED: That the hours be approved.\n"
    )
    assert record.decision_date is None
    assert any(d.code == "uncertain_field" and d.field == "decision_date" for d in record.defects)


def test_a_long_numbered_item_naming_reasons_is_no_reasons_heading() -> None:
    record = parse_text(
        "Decision:\n\nThe Cabinet Member agreed that:\n\n(1) the order be made;\n\n"
        "(2) each objector be told of the decision and the reasons for it; and\n\n"
        "(3) the scheme be reviewed after a year.\n\nReasons for the decision:\n\n"
        "Most residents supported it.\n"
    )
    assert [r.number for r in record.resolutions] == ["1", "2", "3"]
    assert record.reasons == "Most residents supported it."


def test_a_banner_of_a_council_of_places_set_apart_by_a_comma() -> None:
    record = parse_text(
        "BOURNEMOUTH, CHRISTCHURCH AND POOLE COUNCIL\n\nLEADER'S DECISION RECORD\n\n"
        "Title: Pier Lighting\n\nDecision:\n\nRESOLVED that the lighting be replaced.\n"
    )
    assert record.authority == "Bournemouth, Christchurch and Poole Council"


def test_officer_taking_decision_without_the() -> None:
    record = parse_text(
        "Subject: Footway Works\n\nOfficer taking decision:   Head of Highways\n\n"
        "Officer decision:\n\nI authorise the works.\n"
    )
    assert record.decision_maker == "Head of Highways"


@pytest.mark.parametrize("line", ["None / Dim", "Not applicable / Amherthnasol", "Dim / None"])
def test_a_bilingual_nil_in_either_order(line: str) -> None:
    record = parse_text(
        f"Decision:\n\nTo approve the fees.\n\nDeclarations of interest:\n\n{line}\n"
    )
    assert record.conflicts_of_interest is None
    assert any(s.field == "conflicts_of_interest" for s in record.sections)


def test_a_bilingual_titles_english_line_under_its_bilingual_label() -> None:
    record = parse_text(
        "Title / Teitl:\nSketty Lane Drainage Works\nGwaith Draenio Lôn Sgeti\n\n"
        "Decision / Penderfyniad:\n\nTo award the contract.\n"
    )
    assert record.title == "Sketty Lane Drainage Works"


def test_a_decision_meeting_named_after_its_office() -> None:
    record = parse_text(
        "RECORD OF DECISIONS of the Cabinet Member for Parks & Open Spaces Decision Meeting "
        "held on Tuesday, 4 June 2013 at 5.00 pm in the Civic Offices.\n\n"
        "3. Allotment Rents\n\nDECISION: That the rents be increased by 3%.\n"
    )
    assert record.decision_maker == "Cabinet Member for Parks & Open Spaces"


def test_a_starred_minute_reference_ends_the_section_before_it() -> None:
    record = parse_text(
        "At a Meeting of the POLICY COMMITTEE of the NORTH MOOR DISTRICT COUNCIL held in the "
        "COUNCIL CHAMBER on WEDNESDAY the 8th day of MARCH 2017 at 2.00pm\n\n"
        "*PC 4   DECLARATION OF INTEREST\nThere were none.\n\n"
        "PC 5   PLAY AREA STRATEGY\nThe report was introduced.\n\n"
        "It was then RESOLVED that:\n\n(i) the strategy be adopted; and\n\n"
        "(ii) the budget be approved.\n"
    )
    assert record.decision_maker == "Policy Committee"
    assert [r.number for r in record.resolutions] == ["i", "ii"]


def test_become_effective_unless_called_in_is_no_deadline() -> None:
    record = parse_text(
        "Decision:\n\nRESOLVED that the plan be adopted.\n\n(NOTE: THESE DECISIONS, EXCEPT "
        "MINUTE 7 WHICH GOES TO COUNCIL ON 9 MAY 2019, WILL BECOME EFFECTIVE FROM MONDAY, 22 "
        "APRIL 2019 UNLESS CALLED IN.)\n"
    )
    assert record.call_in is not None
    assert (record.call_in.applies, record.call_in.date) == (True, None)


def test_topic_labels_the_title() -> None:
    record = parse_text(
        "TOPIC: Street Tree Planting 2025\n\nDECISION:\n\n1. That the planting be approved.\n"
    )
    assert record.title == "Street Tree Planting 2025"


def test_a_cmis_decision_taken_over_a_title_and_the_outcome_below() -> None:
    record = parse_text(
        "Decision Details\n\nDecision Taken\nRiverside Walk Lighting Upgrade\nDecision Maker\n"
        "Cabinet\nDate of Decision\nTue 3 Mar 2020\nDecision Outcome\nRESOLVED that:\n"
        "(i) the upgrade be approved;\n(ii) the budget be confirmed.\n"
    )
    assert record.title == "Riverside Walk Lighting Upgrade"
    assert [r.number for r in record.resolutions] == ["i", "ii"]


def test_a_call_in_period_that_has_expired_at_a_time() -> None:
    record = parse_text(
        "Decision:\n\nI approve the grant.\n\nIt may not be implemented until the call-in "
        "period has expired at 5pm on Friday 17 March 2017.\n"
    )
    assert record.call_in is not None
    assert record.call_in.deadline is not None
    assert record.call_in.deadline.isoformat() == "2017-03-17T17:00:00+00:00"


def test_a_held_at_line_under_a_minutes_heading_dates_the_meeting() -> None:
    record = parse_text(
        "MINUTES OF THE CABINET\nCOFNODION Y CABINET\n\nHELD AT THE GUILDHALL, ABERMOR ON "
        "TUESDAY, 9 MARCH 2010 AT 10.00 AM\n\n12. BUDGET 2010/11\n\nRESOLVED that the budget "
        "be approved.\n"
    )
    assert (record.decision_maker, record.decision_date) == ("Cabinet", dt.date(2010, 3, 9))


def test_is_this_decision_subject_to_call_in_answered_no() -> None:
    record = parse_text(
        "Decision:\n\nTo award the grant.\n\nIs this decision subject to call-in?  No – an "
        "officer decision under delegated powers\n"
    )
    assert record.call_in is not None
    assert record.call_in.applies is False


def test_a_minutes_heading_wrapped_onto_a_second_line() -> None:
    record = parse_text(
        "Cabinet – 9 May 2018\n\n52.    Proposed Residents' Parking Scheme – Stanley Road, "
        "Hollis\n       Avenue and Mill Lane\n\nConsidered report of the Head of Transport.\n\n"
        "Resolved that the scheme be approved.\n"
    )
    assert record.title == (
        "Proposed Residents' Parking Scheme – Stanley Road, Hollis Avenue and Mill Lane"
    )


def test_a_minutes_heading_over_its_reports_link_is_not_wrapped() -> None:
    record = parse_text(
        "Cabinet – 9 May 2018\n\n52.    Review of Fostering Allowances and Kinship Carer "
        "Support\n       PDF 388 KB\n\nResolved that the review be approved.\n"
    )
    assert record.title == "Review of Fostering Allowances and Kinship Carer Support"


def test_the_meetings_footer_below_its_last_minute_holds_for_the_first() -> None:
    record = parse_text(
        "NORTHWOLD CITY COUNCIL\n\nEXECUTIVE\n\nMinutes of the meeting held on Monday 7 "
        "October 2013\n\nPresent: Councillor Hale (Chair)\n\n"
        "EX.90/13  MUSEUM ROOF REPAIRS\n\nDECISION\n\nThat a grant of £80,000 be approved.\n\n"
        "EX.91/13  CALENDAR OF MEETINGS\n\nDECISION\n\nThat the calendar be approved.\n\n"
        "Date of publication: 10 October 2013\nCall-in: The above decisions may not be "
        "implemented until the call-in period has expired at 5.00pm on Thursday 17 October "
        "2013.\n"
    )
    assert record.published_on == dt.date(2013, 10, 10)
    assert record.call_in is not None
    assert record.call_in.date == dt.date(2013, 10, 17)
    assert record.resolutions[0].text.startswith("a grant of £80,000")


def test_a_meeting_statement_cut_after_its_weekday() -> None:
    record = parse_text(
        "CABINET\n\nMinutes of a meeting of the Cabinet held at the Guildhall on Tuesday\n\n"
        "9 June 2015 at 6.30 pm.\n\n7. PARKING STRATEGY\n\nRESOLVED that the strategy be "
        "adopted.\n"
    )
    assert record.decision_date == dt.date(2015, 6, 9)


def test_a_page_number_with_its_running_title_between_items() -> None:
    record = parse_text(
        "RESOLVED that:\n\n- the scheme be approved;\n\n- 4 -                    Cabinet 9.6.15"
        "\n\n- the budget be noted.\n"
    )
    assert [r.text for r in record.resolutions] == [
        "the scheme be approved;",
        "the budget be noted.",
    ]


def test_a_title_under_its_heading_set_out_as_label_and_value() -> None:
    record = parse_text(
        "Decision Details\n\nDecision Proposed\nRiverside Depot - Harton:\n"
        "Disposal of Freehold\nDecision Maker\nCabinet\nDecision Outcome\n"
        "Cabinet agreed to the disposal.\n"
    )
    assert record.title == "Riverside Depot - Harton: Disposal of Freehold"


def test_not_eligible_for_call_in() -> None:
    record = parse_text(
        "Decision:\n\nTo adopt the policy.\n\nCall-in:\n\nOperational decisions are not "
        "eligible for call in.\n"
    )
    assert record.call_in is not None
    assert record.call_in.applies is False


def test_a_publication_label_above_the_call_in_sentence_is_not_part_of_it() -> None:
    record = parse_text(
        "MINUTES OF THE MEETING OF THE BOARD HELD ON TUESDAY, 4 JUNE 2019\n\n"
        "Published: 6 June 2019\nDecisions in these minutes may be called in until 5.00 pm on "
        "Thursday 13 June 2019.\n\n12. Bus Franchising\n\nResolved: That the scheme be "
        "approved.\n"
    )
    assert record.call_in is not None
    assert record.call_in.date == dt.date(2019, 6, 13)


def test_declarations_a_preamble_then_none() -> None:
    record = parse_text(
        "EX.40    DECLARATIONS OF INTEREST\n\n40.1     Members were reminded of the Code of "
        "Conduct adopted on 1 July 2012.\n\n40.2     There were no declarations of interest "
        "made on this occasion.\n\nEX.41    PARKING CHARGES\n\nRESOLVED that the charges be "
        "approved.\n"
    )
    assert record.conflicts_of_interest is None
    assert any(s.field == "conflicts_of_interest" for s in record.sections)


def test_who_attended_is_no_title_and_a_minute_numbered_with_its_year() -> None:
    record = parse_text(
        "CABINET\n19 April 2016\n\nPRESENT\nCounty Councillor A. Bevan (Chair)\n\n"
        "County Councillors R. Jones, S. Price and T. Morgan\n\n"
        "C.41-2016        School Meals Pricing 2016/17\n\nThe report was considered.\n\n"
        "RESOLVED that the prices be approved.\n"
    )
    assert record.title == "School Meals Pricing 2016/17"


def test_one_english_title_wrapped_under_a_bilingual_label() -> None:
    record = parse_text(
        "Teitl / Title:\nThe County Borough of Conwy (High Street, Llanrwst)\n"
        "(Prohibition of Waiting) Order 2020\n\nPenderfyniad / Decision:\nTo make the Order.\n"
    )
    assert record.title == (
        "The County Borough of Conwy (High Street, Llanrwst) (Prohibition of Waiting) Order 2020"
    )


def test_a_listing_line_wrapped_before_its_reference() -> None:
    record = parse_text(
        "12/09/2023 - Park and Ride - Revised Tariffs\nand Operating Hours ref: 4187    "
        "Recommendations Approved\n\nDecision Maker: Cabinet Member for Highways\n\n"
        "Decision:\n\nThe Cabinet Member agreed to revise the tariffs.\n"
    )
    assert record.title == "Park and Ride - Revised Tariffs and Operating Hours"


def test_a_bilingual_body_line_english_first() -> None:
    record = parse_text(
        "Carmarthenshire County Council\n\nEXECUTIVE BOARD / BWRDD GWEITHREDOL\n\n"
        "MONDAY, 22ND NOVEMBER, 2010\n\n7. CARE FEES\n\nUNANIMOUSLY RESOLVED that the fees be "
        "approved.\n"
    )
    assert record.decision_maker == "Executive Board"


def test_a_sentence_about_a_cabinet_member_is_no_office() -> None:
    record = parse_text(
        "Meeting of the Cabinet (Resources) Panel\n\nMinutes - 18 March 2015\n\n"
        "7 Asset Strategy\n\nThe Cabinet Member for Resources presented the report, which had\n\n"
        "been considered by the Scrutiny Panel.\n\nResolved:\n\n"
        "1. That the disposal programme be approved.\n"
    )
    # (the panel itself, or none: never the sentence)
    assert record.decision_maker in (None, "Cabinet (Resources) Panel")


def test_items_each_opening_with_their_own_lead_in() -> None:
    record = parse_text(
        "Decision:\n\n(1)   RECOMMENDED to Council that the revised Lettings Policy be adopted;\n\n"
        "(2)   RESOLVED that the Director be authorised to publish guidance;\n\n"
        "(3)   RESOLVED that a review be reported in a year.\n"
    )
    assert [(r.number, r.kind, r.by, r.text[:16]) for r in record.resolutions] == [
        ("1", "recommended", "Council", "the revised Lett"),
        ("2", "resolved", None, "the Director be "),
        ("3", "resolved", None, "a review be repo"),
    ]


def test_a_listing_entry_wrapped_under_the_pages_heading() -> None:
    record = parse_text(
        "Decisions published\n\n16/03/2020 - Docklands Enterprise Zone: Extension of\nthe "
        "Business Rates Pilot ref: 812    Recommendations Approved\n\nDecision Maker: Cabinet\n\n"
        "Decision published: 18/03/2020\n\nDecision:\n\nRESOLVED: That the extension be agreed.\n"
    )
    assert (record.title, record.published_on) == (
        "Docklands Enterprise Zone: Extension of the Business Rates Pilot",
        dt.date(2020, 3, 18),
    )


def test_bilingual_decision_comes_into_force_and_eligible_for_call_in() -> None:
    record = parse_text(
        "Penderfyniad / Decision:\nTo adopt the strategy.\n\n"
        "Daw'r penderfyniad i rym / Decision comes into force: 25/10/2019\n\n"
        "Is the decision eligible for Call In?  No (not a Key Decision)\n"
    )
    assert record.effective_from == dt.date(2019, 10, 25)
    assert record.call_in is not None
    assert record.call_in.applies is False


def test_minutes_of_a_meeting_of_a_combined_authority_name_it() -> None:
    record = parse_text(
        "MINUTES OF THE MEETING OF THE WEST YORKSHIRE COMBINED AUTHORITY\nHELD ON THURSDAY, 2 "
        "MARCH 2023 AT WELLINGTON HOUSE, LEEDS\n\n7. Bus Service Improvement Plan\n\n"
        "Resolved: That the plan be approved.\n"
    )
    assert record.authority == "West Yorkshire Combined Authority"


def test_a_listings_search_filter_date_is_not_its_entrys() -> None:
    record = parse_text(
        "Decisions published\n\nEarliest date: 11/03/2019    Latest date: 17/03/2019\n\n"
        "14/03/2019 - Village Speed Limit ref: 1190    Recommendations Approved\n\n"
        "Decision Maker: Cabinet Member for Highways\n\nDecision:\n\nApproved the limit.\n"
    )
    assert record.decision_date == dt.date(2019, 3, 14)


def test_a_numbered_heading_with_its_value_after_a_colon() -> None:
    record = parse_text(
        "1. The decision:\n\nThat the scheme be approved.\n\n5. Dispensation granted by the "
        "Conduct Advisory Panel: none\n\n6. Reason(s) for the matter being dealt with if urgent:"
        " not applicable\n"
    )
    assert record.dispensations is None
    assert [s.number for s in record.sections if s.field == "dispensations"] == [5]


def test_a_sign_off_tables_row_is_no_clause_and_a_reports_headings_no_resolutions() -> None:
    record = parse_text(
        "Report title: Ring Road Study\n\n1. Purpose of Report\n\n1.1 To seek agreement.\n\n"
        "3. Background\n\n3.1 The study will run for a year.\n\n"
        "I approve the above recommendations.\n\nIn consultation with:\n\n"
        "Role                                      Date\nDirector for Commissioning:\n"
        "Transport and Infrastructure              16/9/13\n"
    )
    assert [r.text for r in record.resolutions] == []


def test_the_proper_officers_dated_line_is_the_publication_date() -> None:
    record = parse_text(
        "CABINET DECISION RECORD\n\nCabinet Meeting: 9th March 2010\n\n1. TITLE OF ITEM/REPORT\n\n"
        "Play Areas\n\n2. RECORD OF THE DECISION\n\nThat the play areas be renewed.\n\n"
        "Signed: ................... Proper Officer                 Dated: 11th March 2010\n"
    )
    assert (record.decision_date, record.published_on) == (
        dt.date(2010, 3, 9),
        dt.date(2010, 3, 11),
    )


@pytest.mark.parametrize(
    ("value", "end"),
    [
        ("Local Fund - Mile End Road public realm", "improvements (Phase 2)"),
        ("Proposed 20mph speed limit, Ledbury town", "centre"),
        ("Parking permit charges for electric vehicles", "– revised tariff"),
    ],
)
def test_a_title_labels_wrapped_end_set_apart_as_a_paragraph(value: str, end: str) -> None:
    record = parse_text(
        f"Title: {value}\n\n{end}\n\nDecision maker: Mayor of Tower Hamlets\n\n"
        "Decision:\n\nThe Mayor agreed to approve the scheme.\n"
    )
    assert record.title == f"{value} {end}"


def test_a_listing_entry_wrapped_into_two_paragraphs_under_the_pages_heading() -> None:
    record = parse_text(
        "Decisions published\n\n16/03/2020 - Docklands Enterprise Zone: Extension of\n\nthe "
        "Business Rates Pilot ref: 812 Recommendations Approved\n\nDecision Maker: Cabinet\n\n"
        "Decision published: 18/03/2020\n\nDecision:\n\nRESOLVED: That the extension be agreed.\n"
    )
    assert (record.title, record.published_on) == (
        "Docklands Enterprise Zone: Extension of the Business Rates Pilot",
        dt.date(2020, 3, 18),
    )


def test_a_minute_headed_by_whose_report_it_is_takes_the_title_below() -> None:
    record = parse_text(
        "CABINET\n\nTuesday, 11 June 2019 at 10.00 am\n\n12.   REPORT OF THE CABINET MEMBER FOR "
        "LOCAL SERVICES\n\n      Library Opening Hours Review\n\n      The report sought "
        "approval.\n\n      It was AGREED that the hours be extended.\n\nMinutes published 14 "
        "June 2019.\n"
    )
    assert (record.title, record.published_on) == (
        "Library Opening Hours Review",
        dt.date(2019, 6, 14),
    )


@pytest.mark.parametrize(
    "line",
    [
        "No personal or prejudicial interests were declared.",
        "INTERESTS DECLARED:  None      DISPENSATION GRANTED:  None",
    ],
)
def test_more_ways_of_declaring_none(line: str) -> None:
    record = parse_text(
        f"DECISION\n\nTo approve the scheme.\n\nDECLARATIONS OF INTEREST\n\n{line}\n"
    )
    assert record.conflicts_of_interest is None


def test_an_agenda_item_numbered_with_its_part() -> None:
    record = parse_text(
        "Combined Authority Board\n\nItem 3.2   Local Transport Plan - Consultation\n\n"
        "It was resolved to:\n\na) approve the consultation.\n"
    )
    assert record.title == "Local Transport Plan - Consultation"


def test_a_decision_pages_title_wrapped_onto_a_second_line() -> None:
    record = parse_text(
        "Decision details\n\nApproval to Procure a Replacement Housing Repairs Scheduling\n"
        "System\n\nDecision Maker: Chief Officer Housing\n\nDecision:\n\nTo approve the "
        "procurement.\n"
    )
    assert record.title == "Approval to Procure a Replacement Housing Repairs Scheduling System"


def test_a_label_value_wrapped_inside_a_bracket() -> None:
    record = parse_text(
        "Subject: Garden Waste Charges\n\nDECISION TAKER: Portfolio Holder for Healthy "
        "Environment (Councillor\n                Ann Reed)\n\nDECISION: To set the charge at "
        "£35.\n"
    )
    assert record.decision_maker is not None
    assert not record.decision_maker.endswith("(Councillor")


def test_a_decision_takes_effect_from_label() -> None:
    record = parse_text(
        "DECISION\nThat the grants be approved.\n\nLast date for call-in:  21 March 2013\n"
        "Decision takes effect from:     22 March 2013 (if not called in)\n"
    )
    assert record.effective_from == dt.date(2013, 3, 22)
    assert record.call_in is not None
    assert record.call_in.date == dt.date(2013, 3, 21)


def test_only_recommendations_and_their_exception_from_call_in() -> None:
    record = parse_text(
        "RECOMMENDED to Council:\n\n1. That the Treasury Strategy be approved.\n\n"
        "2. That the Prudential Indicators be approved.\n\nRecommendations to Council are not "
        "subject to call-in.\n"
    )
    assert record.call_in is not None
    assert record.call_in.applies is False


def test_a_record_taken_by_an_office_names_its_decider() -> None:
    record = parse_text(
        "SHEFFIELD CITY COUNCIL\nRECORD OF A DECISION TAKEN BY THE LEADER OF THE COUNCIL\n\n"
        "Subject: Assembly Budgets\n\nDECISION\n\nHaving considered the report, I approve:\n\n"
        "(a) the revised formula.\n"
    )
    assert record.decision_maker == "Leader of the Council"


def test_a_minute_part_within_its_year_under_its_reference_alone() -> None:
    record = parse_text(
        "BRISTOL CITY COUNCIL\n\nCABINET\n\n28 January 2010 at 6.00 pm\n\nCAB\n"
        "9.1/10   HOUSING RENT SETTING 2010/11\n\nRESOLVED that the rents be increased.\n"
    )
    assert record.title == "HOUSING RENT SETTING 2010/11"


def test_a_bilingual_title_pair_that_prints_the_same_figures() -> None:
    record = parse_text(
        "Title / Teitl:\nPlay Area Grant Scheme 2021/22\nCynllun Grantiau Mannau Chwarae 2021/22\n\n"
        "Decision / Penderfyniad:\n\nI agree to open the scheme.\n"
    )
    assert record.title == "Play Area Grant Scheme 2021/22"


def test_a_numbered_paragraph_considering_then_recommending_to_council() -> None:
    record = parse_text(
        "9.3        Having considered all the information, Cabinet RECOMMENDED to Full "
        "Council that it:\n\n1.   adopts the Minerals Plan;\n\n2.   delegates the final "
        "corrections to the Director.\n"
    )
    assert [(r.number, r.kind, r.by) for r in record.resolutions] == [
        ("1", "recommended", "Council"),
        ("2", "recommended", "Council"),
    ]


def test_a_listing_status_heading_about_call_in_is_no_call_in_section() -> None:
    record = parse_text(
        "Decisions recommendations approved (subject to call-in)\n\n"
        "04/06/2024 - Borough Plan Review ref: 2231    Recommendations Approved (subject to "
        "call-in)\n\nDecision Maker: Executive Committee\n\nDecision:\n\nRESOLVED:\n\n"
        "1. That the document be approved.\n\n"
        "The call-in period for this decision expires at 5pm on Wednesday 12 June 2024.\n"
    )
    assert record.call_in is not None
    assert record.call_in.date == dt.date(2024, 6, 12)


def test_a_minute_heading_without_its_agenda_item_number() -> None:
    record = parse_text(
        "CABINET\n\n54   Park and Ride - Tariff Review  - Agenda item 7\n\n"
        "RESOLVED that Cabinet approves a return fare of £3.00.\n"
    )
    assert record.title == "Park and Ride - Tariff Review"


def test_a_minute_whose_lead_in_is_a_numbered_paragraph() -> None:
    record = parse_text(
        "SOMERSET COUNTY COUNCIL\n\nCABINET\n\nWednesday 16 October 2013\n\n"
        "53   Library Opening Hours\n\n53.1   The Cabinet noted the report.\n\n"
        "54   Park and Ride Tariffs\n\n54.1   The Cabinet Member introduced the report.\n\n"
        "54.2   RESOLVED that Cabinet:-\n\n(i)    approves a return fare of £3.00;\n\n"
        "(ii)   agrees a 10-trip ticket.\n"
    )
    assert record.title == "Park and Ride Tariffs"


def test_an_office_before_the_record_kind_names_both() -> None:
    record = parse_text(
        "NORTHAMPTONSHIRE COUNTY COUNCIL\n\nLEADER OF THE COUNCIL - RECORD OF DECISION\n\n"
        "TITLE\nClosure of the Scheme\n\nDECISION\nRESOLVED that the Leader:\n"
        "(i) closes the scheme;\n(ii) honours grants already offered.\n"
    )
    assert record.document_type == "Record of Decision"
    assert record.decision_maker == "Leader of the Council"


def test_that_the_council_be_recommended_to_over_its_items() -> None:
    record = parse_text(
        "312   TOWN CENTRE PUBLIC REALM STRATEGY\n\nRecommended:\n\n"
        "That the Council be recommended to:\n\n(i)  adopt the Public Realm Strategy; and\n\n"
        "(ii) add £450,000 to the capital programme.\n\nResolved:\n\n"
        "That the Head of Planning be authorised to submit the bid.\n"
    )
    assert [(r.number, r.kind, r.by, r.text[:10]) for r in record.resolutions] == [
        ("i", "recommended", "Council", "adopt the "),
        ("ii", "recommended", "Council", "add £450,0"),
        (None, "resolved", None, "the Head o"),
    ]


def test_an_items_wrapped_end_that_names_an_office_is_no_lead_in() -> None:
    record = parse_text(
        "RESOLVED that Cabinet:-\n\n(a)   approves the Core Strategy for consultation;\n\n"
        "(b)   delegates to the Director of Planning, in consultation with the\n"
        "      Cabinet Member for Planning:\n      (i)   the final editing; and\n"
        "      (ii)  the consultation events.\n"
    )
    assert [(r.number, r.by) for r in record.resolutions] == [("a", "Cabinet"), ("b", "Cabinet")]


def test_a_meeting_statement_cut_after_its_on() -> None:
    record = parse_text(
        "KENNET DISTRICT COUNCIL\n\nMINUTES of a meeting of the CABINET held at Browfort, "
        "Devizes on\n\nTuesday 23 September 2008 at 6.30 pm.\n\n61. APOLOGIES\n\n"
        "Apologies were received.\n\n63. CORE STRATEGY\n\nRESOLVED that the strategy be "
        "approved.\n"
    )
    assert record.decision_date == dt.date(2008, 9, 23)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_title_label_wrapped_before_its_subtitle_after_a_colon(gap: str) -> None:
    record = parse_text(
        "Decision maker:           Helen Ashworth, Head of Housing\n\n"
        f"Subject:                  Disabled Facilities Grants - Discretionary{gap}"
        "                          Top-Up Assistance Policy: minor amendments\n\n"
        "Decision taken:\n\nTo approve the amendments.\n\nReasons for the decision:\n\n"
        "Rising costs.\n"
    )
    assert record.title == (
        "Disabled Facilities Grants - Discretionary Top-Up Assistance Policy: minor amendments"
    )


def test_the_decider_named_after_what_it_considered_over_resolved() -> None:
    record = parse_text(
        "Decisions:\n\nHaving considered an officer report, and a presentation by the Cabinet "
        "Member for Customer Services, the Mayor\n\nRESOLVED that\n\n(i) the zone be "
        "extended;\n\n(ii) officers proceed to statutory consultation.\n"
    )
    assert [(r.number, r.by) for r in record.resolutions] == [("i", "Mayor"), ("ii", "Mayor")]


def test_a_record_kind_then_its_key_decision_status_and_reference() -> None:
    record = parse_text(
        "LONDON BOROUGH OF TOWER HAMLETS\nOFFICER DECISION RECORD - NON-KEY DECISION"
        "                     Ref: ODR/2019/0147\n\nSUBJECT:        Car Park Closure\n\n"
        "DECISION\n\nI approve the closure.\n"
    )
    assert record.document_type == "Officer Decision Record"


def test_a_report_by_an_officer_names_no_decider() -> None:
    record = parse_text(
        "THE ROYAL BOROUGH OF KENSINGTON AND CHELSEA\n\n"
        "KEY DECISION REPORT BY THE EXECUTIVE DIRECTOR FOR HOUSING\n\n"
        "AWARD OF CONTRACT FOR DOOR ENTRY SYSTEMS\n\n1. SUMMARY\n1.1 This report seeks "
        "approval to award a contract.\n\nRECORD OF DECISION\n\nI approve:\n\n"
        "1. the award of the contract.\n"
    )
    assert record.decision_maker is None


def test_a_combined_authority_board_as_decision_maker_names_the_authority() -> None:
    record = parse_text(
        "24/07/2023 - Gainshare Investment - Town Centre Phase 3 ref: 812    Recommendations "
        "Approved\n\nDecision Maker: South Yorkshire Mayoral Combined Authority Board\n\n"
        "Decision:\n\nRESOLVED, that the Board:\n\na.   Approve the award of a grant of £3.8m "
        "to Barnsley Metropolitan Borough Council.\n"
    )
    assert record.authority == "South Yorkshire Mayoral Combined Authority"


HOUNSLOW_MINUTES = (
    "London Borough of Hounslow\nMINUTES OF THE CABINET\n"
    "Tuesday 13 September 2016 at 7.30pm, Civic Centre, Lampton Road\n\n"
    "Last date for call-in: 22 September 2016\n\n5. Council Tax Support Scheme 2017/18\n\n"
    "Cabinet considered the report.\n\nCabinet RESOLVED:\n\n(1) That the outcome be noted.\n\n"
    "Cabinet RECOMMENDED to Council that:\n\n(2) the revised scheme be adopted.\n"
)


def test_a_named_body_resolving_in_capitals_ends_a_call_in_label_section() -> None:
    record = parse_text(HOUNSLOW_MINUTES)
    assert [(r.number, r.kind, r.by) for r in record.resolutions] == [
        ("1", "resolved", "Cabinet"),
        ("2", "recommended", "Council"),
    ]


def test_a_meeting_date_line_with_its_venue_after_a_comma() -> None:
    assert parse_text(HOUNSLOW_MINUTES).decision_date == dt.date(2016, 9, 13)


def test_the_decider_signs_under_its_approval_among_other_signatures() -> None:
    record = parse_text(
        "GREATER LONDON AUTHORITY\n\nREQUEST FOR MAYORAL DECISION - MD1294\n\n"
        "Title: Schools Fund Round 2\n\nDecision:\nThat the Mayor approves:\n(a) the grants.\n\n"
        "Mayor of London\nThe above request has my approval.\n\n"
        "Signature:    [signed]                        Date: 19/12/2013\n\n"
        "ASSISTANT DIRECTOR/HEAD OF UNIT:\nI have reviewed the request.\n"
        "Signature:    [signed]                        Date: 16/12/2013\n\n"
        "CHIEF OF STAFF:\nI am satisfied that this is an appropriate request.\n"
        "Signature:    [signed]                        Date: 17/12/2013\n"
    )
    assert record.decision_date == dt.date(2013, 12, 19)


def test_a_title_label_after_the_stated_decision_titles_the_record() -> None:
    record = parse_text(
        "RECORD OF URGENT DECISION TAKEN BY THE LEADER OF THE COUNCIL\n\nDECISION:\n"
        "The Leader of the Council AGREED:\n1.  to defer rent for three months;\n"
        "2.  that the deferral be reviewed.\n\nSUBJECT: COVID-19 - Deferral of Commercial Rents\n\n"
        "Date of decision: 3 April 2020\n"
    )
    assert record.title == "COVID-19 - Deferral of Commercial Rents"
    assert len(record.resolutions) == 2


def test_a_body_before_the_dash_of_a_minutes_statement() -> None:
    record = parse_text(
        "Tees Valley Combined Authority\nCabinet - Minutes of the meeting held on Friday 26 "
        "January 2018\n\nCAB 18/07   Rail Station Investment Programme\n\nAGREED that:\n"
        "i.   the programme be approved;\nii.  a report be presented in June 2018.\n"
    )
    assert record.decision_maker == "Cabinet"
    assert record.decision_date == dt.date(2018, 1, 26)


TENDRING_NOTICE = (
    "TENDRING DISTRICT COUNCIL\n\nPORTFOLIO HOLDER DECISION\n\nSubject:  Beach Hut Fees\n\n"
    "I, Councillor Peter Halloran, Portfolio Holder for Leisure and Tourism, having\n"
    "considered the report, approve:\n\n(a)  an increase of 3%;\n\n(b)  payment by "
    "instalments.\n\nSigned: P. Halloran                                     Date of "
    "Decision: 3 June 2014\nPortfolio Holder for Leisure and Tourism\n"
)


def test_a_signature_then_its_date_label_on_one_line() -> None:
    assert split_inline_labels(
        "Signed: P. Halloran                                     Date of Decision: 3 June 2014"
    ) == ["Signed: P. Halloran", "Date of Decision: 3 June 2014"]
    assert parse_text(TENDRING_NOTICE).decision_date == dt.date(2014, 6, 3)


def test_the_office_of_a_first_person_preamble_below_the_header() -> None:
    unsigned = TENDRING_NOTICE.split("\n\nSigned:")[0]
    assert parse_text(unsigned).decision_maker == "Portfolio Holder for Leisure and Tourism"


def test_a_reference_label_then_a_dated_label_on_one_line() -> None:
    assert split_inline_labels("Decision reference: CMD/2012/034 Issue date: 9 July 2012") == [
        "Decision reference: CMD/2012/034",
        "Issue date: 9 July 2012",
    ]
    record = parse_text(
        "London Borough of Bexley\nDecision reference: CMD/2012/034                         "
        "Issue date: 9 July 2012\n\nDECISION\n\nThe Cabinet Member has agreed:\n\n"
        "1. the charges be increased.\n"
    )
    assert record.published_on == dt.date(2012, 7, 9)


def test_a_listing_entry_wrapped_into_a_paragraph_before_its_ref() -> None:
    record = parse_text(
        "Hertfordshire County Council\n\nYou are here: Home > Your council > Decisions\n\n"
        "Decisions published\n\nOfficer decisions are published below.\n\n"
        "14/03/2023 - Award of Contract for School Transport Routes "
        "(Lot 3 -\n\nDacorum) ref: 4412 Recommendations Approved\n\nDecision Maker: Director of "
        "Children's Services\n\nDecision:\n\nFollowing a mini-competition, to award the "
        "contract.\n"
    )
    assert record.title == "Award of Contract for School Transport Routes (Lot 3 - Dacorum)"


def test_an_items_end_set_apart_as_a_paragraph_is_no_lead_in() -> None:
    record = parse_text(
        "RESOLVED that Cabinet:-\n\n(a) approves the Core Strategy;\n\n"
        "(b) delegates to the Director of Planning, in consultation with the\n\n"
        "Cabinet Member for Planning:\n\n(i) the final editing; and\n\n(ii) the events.\n"
    )
    assert [(r.number, r.by) for r in record.resolutions] == [("a", "Cabinet"), ("b", "Cabinet")]


def test_a_listing_entry_whose_reference_number_is_set_apart_too() -> None:
    record = parse_text(
        "Essex County Council\n\nHome > Your Council > Decisions\n\nDecisions published\n\n"
        "20/02/2025 - A1060 Roxwell Road, Chelmsford - Weight Restriction\n\n"
        "Experimental Order made permanent ref:\n\n6120 Recommendations Approved (subject to "
        "call-in)\n\nDecision Maker:\n\nCabinet Member for Highways\n\nDecision published:\n\n"
        "21/02/2025\n\nDecision:\n\n1. Agree that the restriction is made permanent.\n"
    )
    assert record.title == (
        "A1060 Roxwell Road, Chelmsford - Weight Restriction Experimental Order made permanent"
    )
    assert (record.decision_date, record.published_on) == (
        dt.date(2025, 2, 20),
        dt.date(2025, 2, 21),
    )


def test_a_title_label_over_its_value_then_the_decider_speaking() -> None:
    record = parse_text(
        "TENDRING DISTRICT COUNCIL\n\nPORTFOLIO HOLDER DECISION\n\nSubject:\n\n"
        "Beach Hut Site Licence Fees - Walton-on-the-Naze and Frinton\n\n"
        "I, Councillor Peter Halloran, Portfolio Holder for Leisure and Tourism, having\n\n"
        "considered the report, approve:\n\n(a) an increase of 3%;\n"
    )
    assert record.title == "Beach Hut Site Licence Fees - Walton-on-the-Naze and Frinton"


def test_reasons_for_exemption_from_call_in_say_it_does_not_apply() -> None:
    record = parse_text(
        "Decision details\n\nHeritage Trail Grant\n\nDecision Maker: Director of Place\n\n"
        "Decision:\n\nTo award the grant.\n\nReasons for exemption from call-in:\n\n"
        "The decision is not a key decision and is taken under delegated powers.\n"
    )
    assert record.call_in is not None
    assert record.call_in.applies is False


def test_a_minutes_numbered_paragraph_of_three_digits_saying_no_declarations() -> None:
    record = parse_text(
        "CABINET\n\n302. DECLARATIONS OF INTEREST\n\n302.1 No declarations of interest were "
        "made.\n\n303. LEISURE CONTRACT\n\n303.1 RESOLVED that the contract be awarded.\n"
    )
    assert record.conflicts_of_interest is None


def test_a_title_label_value_stopping_on_a_comma_goes_on_in_the_next_paragraph() -> None:
    record = parse_text(
        "Herefordshire Council\n\nDecision notice\n\nTitle of report: Hereford Enterprise Zone - "
        "disposal of plot 4B, Skylon Park,\n\nto Marches Precision Components Ltd\n\n"
        "Decision maker: Cabinet member infrastructure\n\nDecision:\n\nI approve that the plot "
        "be sold.\n"
    )
    assert record.title == (
        "Hereford Enterprise Zone - disposal of plot 4B, Skylon Park, to Marches Precision "
        "Components Ltd"
    )


def test_a_title_sections_paragraphs_end_at_a_label_no_heading_knows() -> None:
    record = parse_text(
        "INDIVIDUAL MAYORAL DECISION\n\nTitle of report:\n\nWhitechapel Road Street Market - "
        "Pitch Fees and\n\nTrading Hours Review 2017/18\n\nReport of:\n\nCorporate Director, "
        "Place\n\nDecision:\n\nI approve the fees.\n"
    )
    assert (
        record.title
        == "Whitechapel Road Street Market - Pitch Fees and Trading Hours Review 2017/18"
    )


def test_a_bilingual_meeting_statement_cut_mid_phrase_into_paragraphs() -> None:
    record = parse_text(
        "CONWY COUNTY BOROUGH COUNCIL\n\nCABINET\n\nCofnodion Cyfarfod y Cabinet / Minutes of a "
        "meeting of the Cabinet held in the\n\nCouncil Chamber, Bodlondeb, Conwy on Tuesday, "
        "12 March 2013 at 10.00 am\n\nPRESENT: Councillor E. Pritchard (Leader)\n\n"
        "114. SCHOOL TRANSPORT\n\nRESOLVED that the policy be approved.\n"
    )
    assert record.decision_date == dt.date(2013, 3, 12)


def test_a_minute_heading_in_capitals_wrapped_short() -> None:
    record = parse_text(
        "POLICY COMMITTEE\n\nDate               Wednesday 3 April 2019\n\n"
        "8.   COUNTY COUNCIL ENERGY AND CARBON\n     MANAGEMENT STRATEGY 2019-2023\n\n"
        "RESOLVED 2019/021\n\n1) That the strategy be approved.\n"
    )
    assert record.title == "COUNTY COUNCIL ENERGY AND CARBON MANAGEMENT STRATEGY 2019-2023"


def test_a_page_heading_in_capitals_wrapped_short() -> None:
    record = parse_text(
        "Oxfordshire County Council\n\nDecision details\n\n"
        "OXFORD: PROPOSED 20MPH SPEED LIMIT - HEADINGTON\nQUARRY\n\n"
        "Decision Maker: Cabinet Member for Highways\n\nDecision:\n\nTo approve the order.\n"
    )
    assert record.title == "OXFORD: PROPOSED 20MPH SPEED LIMIT - HEADINGTON QUARRY"


def test_a_lead_in_naming_the_holder_between_commas_gives_the_office() -> None:
    record = parse_text(
        "The Leader of the Council, Councillor Jeff Reid, RESOLVED that:\n\n"
        "1. the land be acquired;\n\n2. the Director complete the purchase.\n"
    )
    assert [r.by for r in record.resolutions] == ["Leader of the Council"] * 2


def test_a_record_kind_taken_by_a_body_names_that_body() -> None:
    record = parse_text(
        "BEDFORD BOROUGH COUNCIL\n\nEXECUTIVE DECISION TAKEN BY THE MAYOR\n\n"
        "Subject: Kingsbrook Land\n\nThe Mayor RESOLVED:\n\n(i) that the land be sold.\n"
    )
    assert record.decision_maker == "Mayor"


def test_a_meeting_label_without_its_colon_names_the_committee() -> None:
    record = parse_text(
        "Nottinghamshire County Council\n\nminutes\n\nMeeting            POLICY COMMITTEE\n\n"
        "Date               Wednesday 3 April 2019 (commencing at 10.30 am)\n\n"
        "8.   ENERGY STRATEGY\n\nRESOLVED 2019/021\n\n1)   That the strategy be approved.\n"
    )
    assert record.decision_maker == "Policy Committee"


def test_a_sections_paragraph_number_under_its_headings_own_is_no_part_of_it() -> None:
    record = parse_text(
        "6.2 RESOLVED: That Cabinet approves the model.\n\n6.3 Reasons for Decision\n\n"
        "6.3.1 The proposed model protects a core network of libraries.\n\n"
        "6.4 Alternatives Considered and Rejected\n\n6.4.1 Closing more libraries was rejected.\n"
    )
    assert record.reasons == "The proposed model protects a core network of libraries."
    assert record.alternative_options == "Closing more libraries was rejected."


def test_a_bilingual_sections_english_sentence_after_its_welsh_one() -> None:
    record = parse_text(
        "Cyngor Gwynedd\n\nPENDERFYNIAD / DECISION\nTo adopt the Welsh Language Action Plan.\n\n"
        "RHESYMAU / REASONS\nMae'r Cynllun yn ofynnol dan Safonau'r Gymraeg.\n"
        "The Plan is required under the Welsh Language Standards.\n"
    )
    assert record.reasons == "The Plan is required under the Welsh Language Standards."


def test_minutes_of_the_combined_authority_name_it_by_its_banner() -> None:
    record = parse_text(
        "LIVERPOOL CITY REGION COMBINED AUTHORITY\n\nMINUTES OF THE COMBINED AUTHORITY MEETING "
        "HELD ON FRIDAY 18 MARCH 2016\n\n34.  SKILLS CAPITAL PROGRAMME 2016/17\n\n"
        "RESOLVED – That:\n(i)   the programme be approved.\n"
    )
    assert record.decision_maker == "Liverpool City Region Combined Authority"


def test_a_decision_id_label_and_a_decision_label_after_a_sentence_ending_in() -> None:
    record = parse_text(
        "Leeds City Council\nDelegated Decision Notice\n\nDecision ID: D55871\n\n"
        "Title: Refurbishment of Middleton Park Visitor Centre\n\n"
        "Type of decision: Significant Operational Decision - not subject to call in\n\n"
        "Details of the decision:\nThe Chief Officer approved expenditure of £185,000.\n\n"
        "Reasons:\nThe building fails current standards.\n"
    )
    assert record.reference == "D55871"
    assert record.title == "Refurbishment of Middleton Park Visitor Centre"
    assert [r.text for r in record.resolutions] == [
        "The Chief Officer approved expenditure of £185,000."
    ]


def test_a_meeting_pages_title_names_its_body_and_date() -> None:
    record = parse_text(
        "Worcestershire County Council\nAgenda, decisions and minutes - Cabinet, Thursday, 14th "
        "November, 2019 10.00 am\n\n1095.\n\nMinerals Local Plan - Adoption  PDF 310 KB\n\n"
        "Decision:\n\nAGREED that:\n\n(a) the Cabinet notes the Inspector's report.\n"
    )
    assert (record.decision_maker, record.decision_date) == ("Cabinet", dt.date(2019, 11, 14))


def test_a_bilingual_comes_into_force_on_label() -> None:
    record = parse_text(
        "Cyngor Gwynedd\n\nPENDERFYNIAD / DECISION\nTo adopt the plan.\n\n"
        "Daw'r penderfyniad i rym ar / Decision comes into force on: 29/12/2020\n"
    )
    assert record.effective_from == dt.date(2020, 12, 29)


def test_notice_of_decision_published_label() -> None:
    record = parse_text(
        "DECISION\n\nI approve the scheme.\n\nDate of decision: 13 July 2015\n\n"
        "Notice of decision published: 14 July 2015\n"
    )
    assert record.published_on == dt.date(2015, 7, 14)


def test_a_running_headers_banner_then_the_pages_label_across_a_gap() -> None:
    record = parse_text(
        "Wiltshire Council                              Draft Minutes\n\nCABINET\n"
        "9 March 2010\n\n31/10     Library Opening Hours\n\nDecision\n\n"
        "31.1     To approve the revised opening hours.\n"
    )
    assert (record.authority, record.decision_date) == ("Wiltshire Council", dt.date(2010, 3, 9))


def test_a_banner_then_committee_minutes_names_no_body() -> None:
    record = parse_text(
        "Bath and North East Somerset Council          Committee Minutes\n\n"
        "Meeting     Single Member Decision Session\n\nDate        4 May 2012\n\n"
        "7.  Parking Charges\n\nResolved:  That the revised charges be approved.\n"
    )
    assert record.authority == "Bath and North East Somerset Council"
    assert record.decision_maker is None  # "Single Member Decision Session" names no one


def test_a_slice_of_minutes_leaves_out_minutes_between_two_it_holds() -> None:
    record = parse_text(
        "MINUTES OF THE MEETING OF THE CABINET\n\n3.   Declarations of Interests\n\n"
        "None were made.\n\n8.   Street Lighting Replacement Programme\n\n"
        "Having considered a report, the Cabinet agreed the recommendations.\n\n"
        "RESOLVED that the programme be approved.\n"
    )
    assert record.conflicts_of_interest is None
    assert record.title == "Street Lighting Replacement Programme"


def test_minutes_of_the_meeting_of_the_mayor_and_cabinet() -> None:
    record = parse_text(
        "MINUTES OF THE MEETING OF THE MAYOR AND CABINET\n\nWednesday, 6 March 2013\n\n"
        "21.   Library Opening Hours\n\nRESOLVED that the revised hours be approved.\n"
    )
    assert (record.decision_maker, record.decision_date) == (
        "Mayor and Cabinet",
        dt.date(2013, 3, 6),
    )


def test_a_sign_offs_column_headings_over_a_row_of_their_values() -> None:
    record = parse_text(
        "REQUEST FOR MAYORAL DECISION – MD1234\n\nDecision\n\nThat the Mayor approves the "
        "grant.\n\nThe above request has my approval.\n\n"
        "Signature:                                   Date:\n"
        "[signed]                                     03/11/2019\n\n"
        "CHIEF OF STAFF:\nSignature:                                   Date:\n"
        "[signed]                                     28/10/2019\n"
    )
    assert record.decision_date == dt.date(2019, 11, 3)


def test_a_listings_period_with_its_next_sentence_run_on_is_no_publication_date() -> None:
    record = parse_text(
        "Decisions published\n\nDecisions published between 01/03/2021 and 14/03/2021. "
        "Decisions subject to call-in may not be implemented until it has expired.\n\n"
        "09/03/2021 - Market Hall Lease ref: 4410    Recommendations Approved\n\n"
        "Decision Maker: Cabinet\n\nDecision published: 11/03/2021\n\nDecision:\n\n"
        "RESOLVED - That the lease be granted.\n"
    )
    assert record.published_on == dt.date(2021, 3, 11)


def test_key_decision_alone_marks_the_item_and_is_no_label_over_the_lead_in() -> None:
    record = parse_text(
        "RECORD OF DECISIONS\n\nCABINET - 14 MARCH 2017\n\nItem 4   Depot Relocation\n\n"
        "KEY DECISION\n\nThe Cabinet:\n\na)  approved the relocation;\n\n"
        "b)  delegated authority to the Director of Place.\n"
    )
    assert [(r.number, r.by) for r in record.resolutions] == [("a", "Cabinet"), ("b", "Cabinet")]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_an_item_heading_cut_mid_phrase_takes_its_long_end(gap: str) -> None:
    record = parse_text(
        "RECORD OF DECISIONS\n\nCABINET - 14 MARCH 2017\n\n"
        "Item 4   Local Growth Fund - Approval of Business Cases for the"
        + gap
        + "Riverside Quarter Access Road and Northgate Station Interchange Scheme\n\n"
        "The Cabinet:\n\na)  approved the business cases.\n"
    )
    assert record.title == (
        "Local Growth Fund - Approval of Business Cases for the Riverside Quarter Access Road "
        "and Northgate Station Interchange Scheme"
    )


def test_a_minute_heading_hung_under_its_own_first_word() -> None:
    record = parse_text(
        "MINUTES OF THE CABINET\n\n12.  Tennis Court Booking and Charges\n     Review\n\n"
        "The Cabinet received a report.\n\nRESOLVED that the charges be approved.\n"
    )
    assert record.title == "Tennis Court Booking and Charges Review"


def test_a_hung_line_under_a_forms_heading_is_its_value_not_its_end() -> None:
    record = parse_text(
        "RECORD OF DELEGATED DECISION BY AN OFFICER\n\n1   Decision title\n"
        "    Award of contract for the relining of Harbour Road car park\n\n"
        "2   Decision\n    I approve the award of the contract.\n"
    )
    assert record.title == "Award of contract for the relining of Harbour Road car park"


def test_an_earlier_item_named_at_a_wrapped_lines_start_is_no_new_item() -> None:
    record = parse_text(
        "Decision\nThat Cabinet:\n"
        "(i)   approves the award of contracts for the school bus services listed in\n"
        "      Part II of the report;\n"
        "(ii)  authorises the Director, in consultation with the Executive Member, to\n"
        "      award any contract not let under\n"
        "      (i) above following re-tender.\n"
    )
    assert [r.number for r in record.resolutions] == ["i", "ii"]
    assert record.resolutions[1].text.endswith("not let under (i) above following re-tender.")


def test_if_not_called_in_may_be_implemented_from() -> None:
    record = parse_text(
        "Decision:\nI approve the speed limit order.\n\nThis decision was published on "
        "3 March 2021. It may be called in by 5.00pm on 10 March 2021 and, if not called in, "
        "may be implemented from 11 March 2021.\n"
    )
    assert record.effective_from == dt.date(2021, 3, 11)


def test_a_bilingual_titles_wrapped_line_is_no_welsh_english_pair() -> None:
    record = parse_text(
        "Teitl / Title:\nProposed Waiting Restrictions - Heol y Nant and Adjoining Roads,\n"
        "Treorchy\n\nPenderfyniad / Decision:\nThat the Order be made.\n"
    )
    assert record.title == (
        "Proposed Waiting Restrictions - Heol y Nant and Adjoining Roads, Treorchy"
    )


def test_an_office_holders_label_with_the_office_after_a_dash() -> None:
    record = parse_text(
        "NOTICE OF CABINET MEMBER DECISION\n\nPortfolio Holder: County Councillor Gareth "
        "Pugh - Cabinet Member for\nEducation, Skills and Culture\n\nSubject: School Term "
        "Dates 2025/26\n\nThe Portfolio Holder has RESOLVED:\nTo approve the term dates.\n"
    )
    assert record.decision_maker == "Cabinet Member for Education, Skills and Culture"


def test_a_sentence_each_of_whose_lines_a_rendering_set_apart() -> None:
    record = parse_text(
        "Decision:\n\nI approve the order.\n\nIt may be called in by 5.00pm on\n\n"
        "9 June 2022 and, if not called in, may be implemented from 10 June 2022.\n"
    )
    assert record.call_in is not None
    assert record.call_in.date == dt.date(2022, 6, 9)


def test_a_labels_value_cut_at_a_comma_goes_on_in_the_paragraph_below() -> None:
    record = parse_text(
        "RECORD OF DECISION\n\nDECISION TAKEN BY:\n\nCabinet Member for Highways,\n\n"
        "Transport and Waste\n\nDecision:\n\nI agree to the scheme.\n"
    )
    assert record.decision_maker == "Cabinet Member for Highways, Transport and Waste"


def test_an_earlier_item_named_in_the_paragraph_below_is_no_new_item() -> None:
    record = parse_text(
        "Decision\n\nThat Cabinet:\n\n(i) approves the award of the contracts;\n\n"
        "(ii) authorises the Director to award any contract not let under\n\n"
        "(i) above following re-tender.\n"
    )
    assert [r.number for r in record.resolutions] == ["i", "ii"]


def test_a_meeting_statements_date_cut_in_two_by_a_rendering() -> None:
    record = parse_text(
        "WREXHAM COUNTY BOROUGH COUNCIL\n\nEXECUTIVE BOARD\n\n"
        "MINUTES OF THE MEETING HELD IN THE GUILDHALL, WREXHAM ON TUESDAY 9 DECEMBER\n\n"
        "2014 AT 10.00 AM\n\n151. LIBRARY REVIEW\n\nRESOLVED - That the review be approved.\n\n"
        "THE LAST DATE FOR CALL-IN\n\nIS 18 DECEMBER 2014.\n"
    )
    assert record.decision_date == dt.date(2014, 12, 9)
    assert record.call_in is not None
    assert record.call_in.date == dt.date(2014, 12, 18)


def test_a_banner_then_another_cell_of_the_running_header() -> None:
    record = parse_text(
        "LONDON BOROUGH OF BARNET                            WARDS: Hendon;\n"
        "                                                    Mill Hill\n\n"
        "CABINET MEMBER DECISION NOTICE\n\nDecision:\nTo award the contract.\n"
    )
    assert record.authority == "London Borough of Barnet"


def test_a_bilingual_body_over_a_bilingual_date_line() -> None:
    record = parse_text(
        "CYNGOR SIR CAERFYRDDIN / CARMARTHENSHIRE COUNTY COUNCIL\n\n"
        "BWRDD GWEITHREDOL / EXECUTIVE BOARD\n\nDYDD LLUN, 9 MAI 2016 / MONDAY, 9 MAY 2016\n\n"
        "3. TO SIGN AS A CORRECT RECORD THE MINUTES OF THE MEETING OF THE EXECUTIVE BOARD HELD "
        "ON THE 18TH APRIL 2016\n\nRESOLVED that the minutes be signed.\n\n4. LIBRARY HOURS\n\n"
        "RESOLVED that the hours be approved.\n"
    )
    assert (record.decision_maker, record.decision_date) == ("Executive Board", dt.date(2016, 5, 9))


def test_a_minute_heading_that_opens_on_its_year() -> None:
    record = parse_text(
        "CABINET\n\n9 January 2013\n\n85.   2013/14 Treasury Management Strategy Statement\n\n"
        "RESOLVED that the Strategy be approved.\n"
    )
    assert record.title == "2013/14 Treasury Management Strategy Statement"


def test_a_label_line_among_labels_is_the_call_in_statement_not_their_paragraph() -> None:
    record = parse_text(
        "Decision details\nCommunity Grants 2015/16\nDecision Maker: Portfolio Holder for "
        "Leisure\nIs subject to call in?: Yes\nPurpose:\nTo determine applications received "
        "by the closing date of 31 July 2015.\nDecision:\nAGREED to award the grants.\n"
    )
    assert record.call_in is not None
    assert (record.call_in.applies, record.call_in.date) == (True, None)


def test_recommended_to_council_that_colon_dash_under_a_numbered_paragraph() -> None:
    record = parse_text(
        "9.  REVENUE BUDGET\n\n9.1 The Chief Executive submitted a report.\n\n"
        "9.2 RECOMMENDED to Council that:-\n\n      (a) the Revenue Budget be approved;\n\n"
        "      (b) the Capital Programme be approved.\n"
    )
    assert [(r.number, r.kind, r.by) for r in record.resolutions] == [
        ("a", "recommended", "Council"),
        ("b", "recommended", "Council"),
    ]


@pytest.mark.parametrize(
    ("sentence", "day", "hour"),
    [
        (
            "This decision was published on 11 May 2022 and is subject to call-in by the "
            "Scrutiny Committee until 5pm on 18 May 2022.",
            18,
            17,
        ),
        (
            "This decision will be published on 11 May 2022 and may be implemented after 4pm "
            "on 19 May 2022 if it is not called in.",
            19,
            16,
        ),
        (
            "Decisions published 11 May 2022. Decisions not referred to Council may be called "
            "in up to 4pm on 20 May 2022.",
            20,
            16,
        ),
    ],
)
def test_a_call_in_sentence_that_dates_its_publication_too(
    sentence: str, day: int, hour: int
) -> None:
    record = parse_text(f"Decision:\nI approve the scheme.\n\n{sentence}\n")
    assert record.call_in is not None
    assert record.call_in.date == dt.date(2022, 5, day)
    assert record.call_in.deadline is not None and record.call_in.deadline.hour == hour


def test_date_of_effect_is_when_the_decision_takes_effect() -> None:
    record = parse_text(
        "Decision:\nTo approve the grants.\n\nDate of decision: 14/11/2019\n\n"
        "Dyddiad dod i rym / Date of effect: 25/11/2019\n"
    )
    assert (record.decision_date, record.effective_from) == (
        dt.date(2019, 11, 14),
        dt.date(2019, 11, 25),
    )


def test_a_page_heading_that_ends_on_portfolio_holder_names_no_office() -> None:
    record = parse_text(
        "NOTICE OF DECISION TAKEN BY A PORTFOLIO HOLDER\n\nDate published:  22 June 2017\n\n"
        "Decision taken on 21 June 2017\nThe Finance and Staffing Portfolio Holder AGREED:\n\n"
        "(a)  to adopt the scheme.\n"
    )
    assert record.decision_maker == "Finance and Staffing Portfolio Holder"
    assert record.decision_date == dt.date(2017, 6, 21)


def test_a_venue_between_the_body_and_the_date_with_its_time_in_brackets() -> None:
    record = parse_text(
        "WYRE FOREST DISTRICT COUNCIL\n\nCABINET\n\nCIVIC CENTRE, STOURPORT-ON-SEVERN\n\n"
        "17TH NOVEMBER 2009 (6.00 PM)\n\nCAB.60   Car Parking Charges\n\nDecision:\n"
        "(a)  the charges be approved.\n"
    )
    assert (record.decision_maker, record.decision_date) == ("Cabinet", dt.date(2009, 11, 17))


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_decision_pages_title_with_its_short_end_over_the_first_label(gap: str) -> None:
    record = parse_text(
        "Decision details\n\nRiverside Leisure Centre - Emergency Boiler"
        + gap
        + "Replacement\n\nDecision Maker: Cabinet\n\nDecision:\n\nTo approve the works.\n"
    )
    assert record.title == "Riverside Leisure Centre - Emergency Boiler Replacement"


def test_having_considered_then_the_decider_wrapped_over_two_lines() -> None:
    record = parse_text(
        "Decision:\nHaving considered an officer report, and a presentation by the Cabinet "
        "Member for Resources,\nCouncillor Ann Lee, the Mayor:\n"
        "(1) agreed that the contract be extended; and\n(2) authorised the re-procurement.\n"
    )
    assert [(r.number, r.by) for r in record.resolutions] == [("1", "Mayor"), ("2", "Mayor")]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_an_offices_last_word_wrapped_under_a_decision_maker_label(gap: str) -> None:
    record = parse_text(
        "Decision details\n\nWinter Gritting - Additional Salt Purchase\n\n"
        "Decision Maker: Cabinet Member for Regeneration and Development"
        + gap
        + "Services\n\nDecision status: Recommendations Approved\n\nDecision:\n\n"
        "To purchase 2,000 tonnes of salt.\n"
    )
    assert record.title == "Winter Gritting - Additional Salt Purchase"
    assert record.decision_maker == ("Cabinet Member for Regeneration and Development Services")


def test_the_decider_then_an_aside_of_what_was_considered_then_the_verb() -> None:
    record = parse_text(
        "DECISION\n\nThe Mayor, having considered the report and the equalities\n"
        "assessment, DECIDED to:\n\n  1.  Approve the revised schedule of fees.\n\n"
        "  2.  Agree that enquiries from residents over 65 remain free.\n"
    )
    assert [(r.number, r.by) for r in record.resolutions] == [("1", "Mayor"), ("2", "Mayor")]


def test_it_will_take_effect_unless_it_is_called_in() -> None:
    record = parse_text(
        "Decision:\nI approve the revised policy.\n\nCALL-IN: This decision may be called in "
        "no later than 5pm on Thursday 12 March 2015. It will take effect on 13 March 2015 "
        "unless it is called in.\n"
    )
    assert record.effective_from == dt.date(2015, 3, 13)
    assert record.call_in is not None and record.call_in.date == dt.date(2015, 3, 12)


def test_decision_by_a_cabinet_member_names_a_kind_not_the_decider() -> None:
    record = parse_text(
        "Decision by a Cabinet Member\n\nCabinet Member:\nCouncillor Ann Lee, Cabinet Member "
        "for Highways\n\nDecision:\nTo extend the charging period.\n"
    )
    assert record.decision_maker == "Cabinet Member for Highways"
    assert [r.by for r in record.resolutions] == [None]


def test_a_heading_word_hung_under_a_minutes_heading_and_the_running_headers_kind() -> None:
    record = parse_text(
        "CABINET - 18 JULY 2016                                         MINUTES\n\n"
        "2.   Waste Local Plan Review: Issues and Options\n     Consultation\n\n"
        "2.1  Decision\n\n2.1.1  Cabinet approved the document for consultation.\n"
    )
    assert record.title == "Waste Local Plan Review: Issues and Options Consultation"
    assert (record.decision_maker, record.decision_date) == ("Cabinet", dt.date(2016, 7, 18))


def test_that_having_considered_then_the_decider() -> None:
    record = parse_text(
        "Decision:\n\nThat, having considered the 14 objections received during the "
        "consultation (6 February 2014 to 27 February 2014), the Cabinet Member:\n\n"
        "(i) approves the Order; and\n\n(ii) asks officers to review it.\n"
    )
    assert [r.by for r in record.resolutions] == ["Cabinet Member", "Cabinet Member"]


def test_an_extract_from_the_minutes_of_the_cabinet() -> None:
    record = parse_text(
        "WYRE FOREST DISTRICT COUNCIL\n\nEXTRACT FROM THE MINUTES OF THE CABINET\n\n"
        "CAB.80   Car Parking Charges\n\nDecision:\n(a)  the charges be approved.\n"
    )
    assert record.decision_maker == "Cabinet"


def test_decision_maker_the_mayor_is_the_mayor() -> None:
    record = parse_text("Decision maker: The Mayor\n\nDecision:\nI approve the submission.\n")
    assert record.decision_maker == "Mayor"


def test_body_dash_minutes_over_a_date_with_its_time_and_venue() -> None:
    record = parse_text(
        "NORTH OF TYNE COMBINED AUTHORITY\n\nCABINET - MINUTES\n\n"
        "Tuesday 26 November 2019, 2.00 pm - Newcastle Civic Centre\n\n"
        "Decision notice published: 28 November 2019\n\n7. Skills Plan\n\n"
        "RESOLVED - That the Cabinet:\n\ni. approve the plan.\n"
    )
    assert (record.decision_maker, record.decision_date, record.published_on) == (
        "Cabinet",
        dt.date(2019, 11, 26),
        dt.date(2019, 11, 28),
    )


_TWO_COLUMN_NOTICE = (
    "NORTHDALE COMBINED AUTHORITY\n\n"
    "MAYORAL DECISION NOTICE\n\n"
    "Notice Number                 MD/2025/007\n\n"
    "Decision taker                Mayor\n\n"
    "Portfolio                     Housing and Land\n\n"
    "Subject                       Brownfield Land Fund 2025/26 - Allocation to\n"
    "                              Constituent Councils\n\n"
    "Date decision taken           Tuesday 3 June 2025\n\n"
    "Decision                      The Mayor has decided:\n\n"
    "                              1) to allocate £6,200,000 of the fund to the four\n"
    "                              constituent councils as set out in Appendix A; and\n\n"
    "                              2) to delegate the grant agreements to the\n"
    "                              Director of Housing.\n\n"
    "Reasons for decision          The fund must be committed by 31 July 2025 and\n"
    "                              the allocation follows the agreed formula.\n\n"
    "Alternative options           To hold the fund centrally. Rejected because the\n"
    "considered and rejected       councils own the sites.\n\n"
    "Declarations of interest      None\n\n"
    "Dispensations                 Not applicable\n\n"
    "Date of publication           Wednesday 4 June 2025\n"
)


def test_a_form_printed_in_two_columns_without_colons() -> None:
    """Labels in a left column, values from one column on, no colons: each row is a label
    and its value, a value's wrapped line goes on from it, and "Alternative options" /
    "considered and rejected" is one label (before: the gap closed up, "Decision taker
    Mayor" over "Portfolio Housing and Land" was the decision maker, and the banner the
    title)."""
    record = parse_text(_TWO_COLUMN_NOTICE)
    assert record.title == "Brownfield Land Fund 2025/26 - Allocation to Constituent Councils"
    assert record.decision_maker == "Mayor"
    assert record.decision_date == dt.date(2025, 6, 3)
    assert record.published_on == dt.date(2025, 6, 4)
    assert [(r.number, r.text[:28]) for r in record.resolutions] == [
        ("1", "to allocate £6,200,000 of th"),
        ("2", "to delegate the grant agreem"),
    ]
    assert record.reasons is not None and record.reasons.startswith("The fund must be committed")
    assert record.alternative_options is not None
    assert record.alternative_options.startswith("To hold the fund centrally. Rejected")
    assert record.conflicts_of_interest is None
    assert record.dispensations is None


def test_a_form_whose_labels_end_on_colons_is_left_to_the_hanging_lines() -> None:
    from proforma_parser.structure.columns import read_label_columns

    rows = [
        "REF NO.        : DP/09/014",
        "DECISION BY    : CHIEF EXECUTIVE, after consultation with the Leader",
        "                 of the Council",
        "DATE           : 12.03.09",
        "SUBJECT        : EMERGENCY ACCOMMODATION - LEASE OF FLATS",
    ]
    assert read_label_columns(rows) == rows


@pytest.mark.parametrize(
    "top",
    [
        "Officer Decision Notice                          Eastvale District Council",
        "Officer Decision Notice Eastvale District Council",  # a rendering: the gap closed
    ],
)
def test_a_top_line_of_the_records_kind_then_its_council(top: str) -> None:
    record = parse_text(
        f"{top}\n\nDecision Maker:   Director of Place\n\nDate of decision: 10.06.2025\n\n"
        "Decision:\nTo accept the grant of £40,000 for two paths.\n"
    )
    assert record.document_type == "Officer Decision Notice"
    assert record.authority == "Eastvale District Council"
    assert record.decision_maker == "Director of Place"


def test_a_notice_of_questions_and_answers() -> None:
    """Headings asked as questions, the decision before its name: "What has been decided?"
    heads the decision, "Name of decision:" labels the title (not the decision), "When was
    the decision made:" the date, and a bare "No" under "Were any conflicts of interest
    declared?" declares none."""
    record = parse_text(
        "Eastvale District Council\n\nOfficer Decision Notice\n\n"
        "What has been decided?\n\nThe Director of Place has decided to:\n\n"
        "i. accept the grant of £90,000 for rural bus routes; and\n\n"
        "ii. add the scheme to the capital programme.\n\n"
        "Name of decision: Rural Bus Grant 2025/26\n\n"
        "Who made the decision: Director of Place\n\n"
        "When was the decision made: 8th July 2025\n\n"
        "Why was the decision made?\n\nThe offer must be accepted by 11 July 2025.\n\n"
        "Were any conflicts of interest declared?\n\nNo\n\n"
        "Was a dispensation granted?\n\nNot applicable\n\n"
        "Is the Decision Maker aware of the decision?\n\nYes\n"
    )
    assert record.title == "Rural Bus Grant 2025/26"
    assert record.decision_date == dt.date(2025, 7, 8)
    assert record.decision_maker == "Director of Place"
    assert [(r.number, r.text[:20]) for r in record.resolutions] == [
        ("i", "accept the grant of "),
        ("ii", "add the scheme to th"),
    ]
    assert record.reasons == "The offer must be accepted by 11 July 2025."
    assert record.conflicts_of_interest is None
    assert record.dispensations is None
    assert "uncertain_field" not in {d.code for d in record.defects}


def test_label_values_a_rendering_set_apart_line_by_line() -> None:
    """A hard-wrapped notice rendered a paragraph to a line: a label's value goes on in a
    paragraph below that opens in lower case, and an office cut on "and" takes its end."""
    record = parse_text(
        "EASTVALE BOROUGH COUNCIL\n\nRECORD OF EXECUTIVE DECISION TAKEN BY AN OFFICER\n\n"
        "Decision taken by: Executive Director of Housing and\n\nCommunity Services\n\n"
        "Date of decision: 3rd March 2025\n\n"
        "Subject: Award of contract for the cleaning of temporary\n\n"
        "accommodation and void clearance\n\n"
        "Decision:\n\n1. To award the contract to the bidder ranked first.\n"
    )
    assert record.title == (
        "Award of contract for the cleaning of temporary accommodation and void clearance"
    )
    assert record.decision_maker == "Executive Director of Housing and Community Services"


def test_a_numbered_paragraph_of_report_wording_over_decimal_items() -> None:
    """An individual mayoral decision keeps its report's wording: "2.1 The Mayor is
    recommended to:" over "2.1.1", "2.1.2" is the Mayor's list, not one resolution."""
    record = parse_text(
        "London Borough of Eastvale\n\nINDIVIDUAL MAYORAL DECISION\n\n"
        "Title of report: Holiday Clubs 2025/26 – Extension of Grants\n\n"
        "Decision taken by: Executive Mayor\n\n2. DECISION\n\n"
        "2.1 The Mayor is recommended to:\n\n"
        "2.1.1 Approve the extension of grants to the 12 providers in Appendix 1.\n\n"
        "2.1.2 Note the Equality Impact Assessment at Appendix 2.\n\n"
        "3. REASONS FOR THE DECISION\n\n3.1 The clubs can then open at Easter.\n"
    )
    assert [(r.number, r.kind, r.by, r.text[:20]) for r in record.resolutions] == [
        ("2.1.1", "resolved", "Mayor", "Approve the extensio"),
        ("2.1.2", "resolved", "Mayor", "Note the Equality Im"),
    ]


def test_publication_date_of_decision_and_a_portfolio_leader() -> None:
    """ "Publication date of decision:" dates the publication (it read as the decision's
    heading, then as a second decision date); Cannock Chase's "Portfolio Leader" is an
    office held for a portfolio, as a "Portfolio Holder" is."""
    record = parse_text(
        "Eastvale District Council\n\nRecord of Portfolio Decision\n\n"
        "Title: Disabled Facilities Grants - Top-up Loans\n\n"
        "Decision:\n\nThat the Portfolio Leader for Housing and Corporate Assets:\n\n"
        "2.1.1   Approves the revised Housing Assistance Policy at Appendix 1;\n\n"
        "2.1.2   Notes the Equality Impact Assessment.\n\n"
        "Date of Decision: 28 November 2024\n"
        "Publication date of decision: 29 November 2024\n"
    )
    assert record.decision_date == dt.date(2024, 11, 28)
    assert record.published_on == dt.date(2024, 11, 29)
    assert record.decision_maker == "Portfolio Leader for Housing and Corporate Assets"
    assert [(r.number, r.by) for r in record.resolutions] == [
        ("2.1.1", "Portfolio Leader for Housing and Corporate Assets"),
        ("2.1.2", "Portfolio Leader for Housing and Corporate Assets"),
    ]


def test_an_executive_committee_is_a_body_that_resolves() -> None:
    """ "RESOLVED that the Executive Committee accepts ...": the district's executive by its
    own name decided (it was read as "Executive", the clause naming no one)."""
    record = parse_text(
        "EASTVALE COUNTY BOROUGH COUNCIL\n\nEXECUTIVE COMMITTEE – SPECIAL MEETING\n\n"
        "Date of meeting:  10th June 2025\n\n"
        "Item 4:  Shared Prosperity Fund – Acceptance of Grant Offer\n\n"
        "Decision:\nRESOLVED that the Executive Committee accepts the grant offer of £184,000.\n"
    )
    assert record.decision_maker == "Executive Committee"
    assert [(r.by, r.text[:28]) for r in record.resolutions] == [
        ("Executive Committee", "the Executive Committee acce")
    ]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])  # a text dump; a rendering, a paragraph a line
def test_minutes_of_a_meeting_stated_over_three_lines_and_a_heading_in_capitals(gap: str) -> None:
    """ "At a Meeting of the" / "CABINET" / "Held on Monday, 8 July 2024 ..." dates the
    meeting; a minute heading in capitals wraps into a line in capitals, its agenda item's
    note in brackets left out of the title."""
    record = parse_text(
        "EASTVALE COUNCIL\n\nAt a Meeting of the\n\nCABINET\n\n"
        "Held on Monday, 8 July 2024 at 10.00 am in\nthe Anglia Room, Elizabeth House\n\n"
        f"62/24 NORTHWOLD ROAD COMMUNITY HALL, WATTON - FUTURE MANAGEMENT{gap}"
        "ARRANGEMENTS (AGENDA ITEM 9)\n\n"
        "The Executive Member presented the report.\n\n"
        "RESOLVED that the lease of the hall to the community association be approved.\n"
    )
    assert record.decision_date == dt.date(2024, 7, 8)
    assert record.decision_maker == "Cabinet"
    assert record.title == "NORTHWOLD ROAD COMMUNITY HALL, WATTON - FUTURE MANAGEMENT ARRANGEMENTS"


def test_the_deciders_signature_dates_the_decision_and_a_comes_into_force_label() -> None:
    """Two signatures, each with its date: the one signed by the decider ("Decision taken
    by: Executive Mayor") dates the decision, not the officer's (before: two dates of one
    kind, so none); "Date the decision comes into force:" is the date of effect, not more
    of the call-in label above it."""
    record = parse_text(
        "London Borough of Eastvale\n\nINDIVIDUAL MAYORAL DECISION\n\n"
        "Title of report: Holiday Clubs 2025/26\n\nDecision taken by: Executive Mayor\n\n"
        "Decision:\n\n1. Approve the extension of grants to the 12 providers.\n\n"
        "Signed: Corporate Director, Children's Services        Date: 19 March 2025\n\n"
        "Signed: Executive Mayor        Date: 24 March 2025\n\n"
        "Date of publication: 25 March 2025\n"
        "Last day for call-in: 1 April 2025\n"
        "Date the decision comes into force: 2 April 2025\n"
    )
    assert record.decision_date == dt.date(2025, 3, 24)
    assert record.effective_from == dt.date(2025, 4, 2)
    assert record.call_in is not None and record.call_in.date == dt.date(2025, 4, 1)
    assert "2 April" not in record.call_in.text


def test_a_dash_for_none_under_a_label_in_a_drawn_table() -> None:
    """ "| Dispensation granted: | - |": the dash is the value, none; the row under it is a
    label of its own (it was read as the dispensation, the dash taken for a wrapped line's
    end)."""
    record = parse_text(
        "Eastvale Council\n\nOFFICER DECISION RECORD\n\n"
        "| Decision taken by: | Service Director – Highways |\n"
        "| Subject: | Active Travel Grant 2023/24 |\n"
        "| Decision: | 1. Accept the grant offer of £212,000. |\n"
        "| Dispensation granted: | - |\n"
        "| Is the decision subject to call-in? | No – officer decision under delegated powers |\n"
        "| Date of publication: | 05.10.2023 |\n"
    )
    assert record.dispensations is None
    assert record.call_in is not None
    assert (record.call_in.applies, record.call_in.date) == (False, None)
    assert record.published_on == dt.date(2023, 10, 5)


def test_an_office_holder_deciding_in_the_bare_form_and_a_preamble_then_none() -> None:
    """ "AGREED that the Cabinet Member approve ...": the office holder decided (the verb in
    its bare form, as "the Cabinet suspend" names the Cabinet); a minute's one-paragraph
    preamble asking for declarations, then "None were declared.", declares none."""
    record = parse_text(
        "Eastvale Council\n\nDecision Maker: Cabinet Member for Planning\n"
        "Decision:\nAGREED that the Cabinet Member approve the revised schedule of fees.\n"
        "Declarations of Interest\n"
        "The Executive Member was asked to declare, at this point in the meeting, any "
        "disclosable pecuniary interest he might have in the business on the agenda. None "
        "were declared.\n"
    )
    assert [(r.by, r.text[:24]) for r in record.resolutions] == [
        ("Cabinet Member", "the Cabinet Member appro")
    ]
    assert record.conflicts_of_interest is None


def test_a_numbered_introduction_of_who_decided_over_its_decimal_items() -> None:
    """ "4.1 The Chief Officer ... has:" over 4.1.1 to 4.1.3 (a text dump, hard-wrapped,
    items in lower case): the three items are the decisions, each its own (the wrap joiner
    ran "4.1.2  given authority ..." into the item above), the paragraph only introduces
    them; "2.2 That the criteria be extended to include:" over 2.2.1 stays a decision."""
    record = parse_text(
        "Eastvale City Council\n\nDelegated Decision Notice\n\n"
        "Subject: Kirkstall Road Bus Priority Scheme - Approval to Construct\n\n"
        "4.   Decision:\n"
        "     4.1   The Chief Officer Highways and Transportation has:\n"
        "           4.1.1  approved the construction of the Kirkstall Road Bus Priority\n"
        "                  Scheme, as shown on drawing HDC/2231/17, at a cost of £4,150,000;\n"
        "           4.1.2  given authority to incur expenditure of £4,150,000 from capital\n"
        "                  scheme 33214/KIR/000, funded from the transport settlement; and\n"
        "           4.1.3  noted that construction is to start in May 2025.\n\n"
        "5.   Reasons for the decision:\n     To give buses priority on the corridor.\n"
    )
    assert [(r.number, r.by, r.text[:16]) for r in record.resolutions] == [
        ("4.1.1", "Chief Officer Highways and Transportation", "approved the con"),
        ("4.1.2", "Chief Officer Highways and Transportation", "given authority "),
        ("4.1.3", "Chief Officer Highways and Transportation", "noted that const"),
    ]
    clause = parse_text(
        "Eastvale Council\n\nRecord of Executive Decision\n\nTitle: Tenancy Fund\n\n"
        "2. Decision\n\n2.1 That the Tenancy Fund be continued in 2025/26.\n\n"
        "2.2 That the eligibility criteria be extended to include:\n\n"
        "2.2.1 support for council tax arrears; and\n\n2.2.2 support for rent arrears.\n"
    )
    assert [(r.number, [i.number for i in r.items]) for r in clause.resolutions] == [
        ("2.1", []),
        ("2.2", ["2.2.1", "2.2.2"]),
    ]


def test_an_item_that_opens_that_and_names_the_decision_is_no_heading() -> None:
    """ "(b) That the objectors be informed of the decision and of:" is the second decision,
    with its own items, not a second "Decision" heading that cut the list after (a)."""
    record = parse_text(
        "Decision:\n\nThe Cabinet Member for Highways, having considered the objections, "
        "AGREED:\n\n(a) That the Order be made as advertised.\n\n"
        "(b) That the objectors be informed of the decision and of:\n\n"
        "(i) the reasons for the decision; and\n\n(ii) the intention to review speeds.\n\n"
        "Reasons for the decision:\n\nTo reduce speeds outside the school.\n"
    )
    assert [(r.number, [i.number for i in r.items]) for r in record.resolutions] == [
        ("a", []),
        ("b", ["i", "ii"]),
    ]
    assert "duplicate_section" not in {d.code for d in record.defects}


def test_an_individual_executive_decision_by_the_office_after_the_dash() -> None:
    """ "EXECUTIVE DECISION – LEADER OF THE COUNCIL": the office after the dash took it (not
    "Executive", the record's kind); "I, Councillor ..., Leader of the Council, having
    considered ..., hereby decide:" names the same office. ("Dated this 4th day of March
    2025" is left: in minutes it dates their signing, not the meeting.)"""
    record = parse_text(
        "EASTVALE COUNCIL\n\nEXECUTIVE DECISION – LEADER OF THE COUNCIL\n\n"
        "Subject:  Illuminations – Sponsorship Policy\n\n"
        "I, Councillor Joan Example, Leader of the Council, having considered the report of\n"
        "the Director of Regeneration dated 24 February 2025, and the advice of\n"
        "the Monitoring Officer, hereby decide:\n\n"
        "3.1   To adopt the Illuminations Sponsorship Policy at Appendix 6(a).\n\n"
        "3.2   To authorise the Director to agree sponsorship agreements.\n\n"
        "Signed:   J. Example\n          Leader of the Council\n\n"
        "Dated this 4th day of March 2025\n"
    )
    assert record.decision_maker == "Leader of the Council"
    assert record.document_type == "Executive Decision"
    assert record.decision_date is None  # never the report's date in the lead-in
    assert [(r.number, r.by) for r in record.resolutions] == [
        ("3.1", "Leader of the Council"),
        ("3.2", "Leader of the Council"),
    ]


def test_an_agenda_item_confirming_earlier_minutes_does_not_date_the_meeting() -> None:
    record = parse_text(
        "Agenda and decisions\n\nCabinet - Monday, 16th June, 2025 2.00 pm\n\n"
        "Venue: Council Chamber, County Hall\n\nItems\nNo. Item\n\n1.\n\nMinutes\n\n"
        "To confirm the minutes of the Cabinet meeting held on 19 May 2025.\n\n"
        "3.\n\nHousehold Waste Recycling Centres - Booking System\n\n"
        "Decision:\n\nCabinet AGREED:\n\n(i) that the booking system be made permanent.\n"
    )
    assert record.decision_date == dt.date(2025, 6, 16)


def test_a_date_label_running_into_its_date_in_a_rendering() -> None:
    """ "Date of publication Monday 8 July 2024": a two-column form's label whose gap a
    rendering closed, with no colon; a sentence that ends on a date is no label."""
    from proforma_parser.structure.headings import match_heading

    found = match_heading("Date of publication Monday 8 July 2024")
    assert found is not None
    assert (found.name, found.value) == ("published_on", "Monday 8 July 2024")
    assert match_heading("The scheme began on 4 March 2025") is None


@pytest.mark.parametrize(
    ("heading", "end"),
    [
        ("36.  Seafront Beach Hut Licensing", "Review"),
        ("E/63   Housing Revenue Account Self-Financing: Business Plan", "2012-2042"),
        ("7   Green Deal Fund - Investment", "Strategy 2021-2024"),
        ("71.  Proposed Public Spaces Protection Order – Dog Control, Vivary", "Park and Moor"),
    ],
)
def test_a_minute_heading_whose_end_a_rendering_set_a_paragraph_apart(
    heading: str, end: str
) -> None:
    """A rendering that set each line of the page apart leaves a heading's wrapped end a
    paragraph of its own: a few words with no stop, even a heading's years."""
    record = parse_text(
        "MINUTES OF THE CABINET\n\n"
        f"{heading}\n\n{end}\n\n"
        "The Cabinet received a report of the Director of Place on the review.\n\n"
        "RESOLVED that the recommendations be approved.\n"
    )
    title = heading.split(maxsplit=1)[1].strip()
    assert record.title == f"{title} {end}"


def test_a_heading_whose_end_is_a_report_line_keeps_to_itself() -> None:
    """A line of its own with a label or a stop under a heading is no end of it."""
    record = parse_text(
        "MINUTES OF THE CABINET\n\n36.  Seafront Beach Hut Licensing\n\n"
        "Portfolio: Leisure and Culture\n\n"
        "The Cabinet received a report.\n\nRESOLVED that the fees be approved.\n"
    )
    assert record.title == "Seafront Beach Hut Licensing"


def test_a_decision_pages_title_wrapped_onto_a_word_that_heads_sections_elsewhere() -> None:
    """ "Documents" heads a page's list of papers; "Document" alone, under a decision
    page's title and over its first label, is the title's end."""
    record = parse_text(
        "Decision details\n\nAdoption of the Eastvale Design Guide Supplementary Planning\n"
        "Document\n\nDecision Maker: Portfolio Holder for Planning\n\n"
        "Decision:\n\nTo adopt the Design Guide.\n"
    )
    assert record.title == "Adoption of the Eastvale Design Guide Supplementary Planning Document"


def test_a_title_with_a_dash_after_a_word_that_heads_alternatives_elsewhere() -> None:
    """A dash parts a label from its value only where the label is all heading words:
    "Alternative Provision - Commissioning of Places" is a CMIS page's title."""
    record = parse_text(
        "Decision Details\n\nDecision Proposed\n"
        "Alternative Provision - Commissioning of Places for Excluded Pupils\n"
        "Decision Maker\nCabinet Member for Children\nDecision Date\nWed 22 Jan 2025\n"
        "Decision\nTo approve the commissioning of places.\n"
        "Options Considered\nTo continue to spot-purchase places as needed.\n"
    )
    assert record.title == "Alternative Provision - Commissioning of Places for Excluded Pupils"
    assert record.alternative_options == "To continue to spot-purchase places as needed."


@pytest.mark.parametrize(
    "nil",
    ["none in respect of this item.", "None in relation to this decision", "None for this matter"],
)
def test_none_said_of_this_item_declares_no_interest(nil: str) -> None:
    record = parse_text(
        "CABINET\n\n8 October 2024\n\n"
        f"Declarations of interest: {nil}\n\n"
        "RESOLVED – That Cabinet approves the policy.\n"
    )
    assert record.conflicts_of_interest is None
    assert [s.heading for s in record.sections if s.heading.startswith("Declarations")] == [
        "Declarations of interest"
    ]


def test_an_empty_call_in_heading_gives_way_to_the_dated_one_below() -> None:
    record = parse_text(
        "EXECUTIVE DECISION\n\nDecision maker:\n\nCabinet Member for Communities\n\n"
        "Decision:\n\nTo award the grants.\n\nPublication and call-in\n\n"
        "Date published:\n\n20 September 2024\n\nCall-in deadline:\n\n"
        "5.00 pm, Friday 27 September 2024\n"
    )
    assert record.call_in is not None
    assert record.call_in.applies is True
    assert record.call_in.date == dt.date(2024, 9, 27)


@pytest.mark.parametrize(
    ("banner", "authority", "code"),
    [
        ("CYNGOR GWYNEDD GWYNEDD COUNCIL", "Gwynedd Council", "W06000002"),
        (
            "CYNGOR SIR YNYS MÔN ISLE OF ANGLESEY COUNTY COUNCIL",
            "Isle of Anglesey County Council",
            "W06000001",
        ),
    ],
)
def test_a_bilingual_banner_with_its_gap_closed_names_the_registered_council(
    banner: str, authority: str, code: str
) -> None:
    """The Welsh name, then the English one, the gap between them closed by a rendering:
    the register's council is the one the name ends with."""
    record = parse_text(f"{banner}\n\nCABINET MEMBER DECISION\n\nDecision: To approve the fees.\n")
    assert (record.authority, record.authority_code) == (authority, code)


def test_minutes_of_the_body_meeting_held_at_a_venue_on_a_date() -> None:
    record = parse_text(
        "EASTVALE DISTRICT COUNCIL\n\nMINUTES OF THE CABINET MEETING HELD AT EASTVALE HALL, "
        "MARCH ON MONDAY, 22\nJANUARY 2024 AT 4.00 PM\n\nCAB54/23 COUNCIL TAX SUPPORT SCHEME\n\n"
        "RECOMMENDED to Council that the scheme be adopted.\n\n"
        "CAB55/23 ENFORCEMENT POLICY\n\nRESOLVED that the policy be approved.\n"
    )
    assert record.decision_maker == "Cabinet"
    assert record.decision_date == dt.date(2024, 1, 22)


def test_a_label_whose_end_and_colon_a_rendering_set_a_paragraph_below() -> None:
    """ "Interests declared by the Executive Member and any dispensation" / "granted: None",
    each line of the page a paragraph: one label and its value, not a label "granted" whose
    value is "None" read as the conflicts (before: "granted: None")."""
    record = parse_text(
        "RECORD OF EXECUTIVE MEMBER DECISION\n\nDecision maker: Executive Member for Highways\n\n"
        "Decision\n\nTo approve the scheme.\n\n"
        "Interests declared by the Executive Member and any dispensation\n\ngranted: None\n\n"
        "Publication date: 6 June 2024\n"
    )
    assert record.conflicts_of_interest is None
    assert record.dispensations is None
    assert "Interests declared by the Executive Member and any dispensation\ngranted: None" in (
        record.text
    )


def test_a_lead_in_a_rendering_cut_into_two_paragraphs_names_the_decider() -> None:
    record = parse_text(
        "RECORD OF EXECUTIVE MEMBER DECISION\n\nDecision\n\n"
        "Having considered the report of the Director of Highways and\n\n"
        "Transport, the Executive Member for Highways and Transport agreed to:\n\n"
        "(i) the construction of a bus lane;\n\n(ii) the making of the orders.\n"
    )
    assert [(r.number, r.by) for r in record.resolutions] == [
        ("i", "Executive Member for Highways and Transport"),
        ("ii", "Executive Member for Highways and Transport"),
    ]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Conflicts of interest None", "conflicts_of_interest"),
        ("Dispensation granted N/A", "dispensations"),
        ("Alternative options considered Nil", "alternative_options"),
    ],
)
def test_a_label_and_its_answer_of_none_with_the_gap_closed(line: str, field: str) -> None:
    """A form's two columns with no colon, the gap closed by a rendering: the label, then its
    answer of none (before: the whole line a heading, and the next line the field's value)."""
    heading = match_heading(line)
    assert heading is not None
    assert (heading.name, heading.value) == (field, line.rsplit(" ", 1)[1])
    record = parse_text(
        "OFFICER DECISION RECORD\n\nDecision taken To award the contract.\n\n"
        f"{line}\n\ndeclared by any\n\nCabinet Member\n\nconsulted\n"
    )
    assert getattr(record, field) is None


def test_a_label_wrapped_before_its_answer_of_none_is_no_label_of_its_own() -> None:
    """ "Conflict of        None." over "Interest relating" / "to the matter": the label goes
    on below, so the answer is not read after its first words."""
    assert match_heading("Conflict of None.") is None


def test_welsh_first_minutes_name_their_body_and_date_in_the_english_halves() -> None:
    record = parse_text(
        "CYNGOR GWYNEDD COUNCIL\n\n"
        "COFNODION CYFARFOD Y CABINET / MINUTES OF THE CABINET MEETING\n\n"
        "Dydd Mawrth, 11 Mawrth 2025 / Tuesday, 11 March 2025\n\n"
        "8.   STRATEGAETH TOILEDAU / LOCAL TOILETS STRATEGY\n\n"
        "DECISION\n\nResolved:\n\n1.   To adopt the Local Toilets Strategy 2025–2030.\n"
    )
    assert record.decision_maker == "Cabinet"
    assert record.decision_date == dt.date(2025, 3, 11)


def test_a_form_row_under_a_long_one_is_a_row_of_its_own() -> None:
    """ "Councillor:          Priya Chandran" under a row that fills the width: a label the
    headings need not know, then the gap to its value, starts its own row (before: the
    width joined it to the decision maker above)."""
    filler = "The Cabinet Member considered the report and the options set out in it."
    record = parse_text(
        "CABINET MEMBER DECISION NOTICE\n\n"
        "Decision maker:      Cabinet Member for Climate Action, Sustainability and Transport\n"
        "Councillor:          Priya Chandran\n"
        "Title:               School Streets Programme – Phase 4\n\n"
        "Decision\n\n" + "\n".join([filler] * 8) + "\n\nI have decided to approve the programme.\n"
    )
    assert record.decision_maker == (
        "Cabinet Member for Climate Action, Sustainability and Transport"
    )


def test_a_bodys_list_of_its_decisions_names_the_body() -> None:
    record = parse_text(
        "LONDON BOROUGH OF EASTVALE\n\nCABINET DECISIONS\n\n"
        "Meeting held on Thursday, 13 February 2025\n\n"
        "Item 6 – Fees and Charges 2025/26\n\nDecision:\nThat the fees and charges be agreed.\n"
    )
    assert record.decision_maker == "Cabinet"


def test_a_form_whose_rows_ran_label_into_value_gives_no_row_as_its_title() -> None:
    """A rendering closed the gap between a form's columns: "Reference ODR/PLACE/2024/118"
    is a row, and so is whatever row follows; no title is better than a row (before: the
    reference, then "Delegated power relied upon Part 3, ...", as the title)."""
    record = parse_text(
        "Eastvale Borough Council\n\nRECORD OF OFFICER DELEGATED DECISION\n\n"
        "Decision reference ODD/2025/017\n\n"
        "Delegated power relied upon Part 3, Scheme of Delegation to Officers\n\n"
        "Decision To award the contract for play equipment.\n\n"
        "Reasons for the decision\n\nThree quotations were received.\n"
    )
    assert record.title == ""
    assert "title" in {d.field for d in record.defects}


def test_an_invitation_to_declare_is_no_declaration() -> None:
    """A decision session's preamble under its declarations heading invites the member to
    declare and states nothing: null, and the record says it is uncertain (before: the
    invitation was the conflicts)."""
    record = parse_text(
        "Decision Session - Executive Member for Transport\n\n11 June 2024\n\n"
        "Declarations of Interest\n\n"
        "At this point in the meeting, the Executive Member is asked to declare any "
        "disclosable pecuniary interest they might have in respect of business on this "
        "agenda.\n\n"
        "Decision:\n\nThat the petition be noted.\n"
    )
    assert record.conflicts_of_interest is None
    assert [(d.code, d.field) for d in record.defects if d.field == "conflicts_of_interest"] == [
        ("uncertain_field", "conflicts_of_interest")
    ]


def test_an_extract_from_minutes_heads_the_page_and_is_no_title() -> None:
    """ "EXTRACT FROM THE MINUTES OF THE MEETING OF THE MAYOR AND CABINET" says what the
    page is, as "Minutes of ..." does: never the decision's title."""
    extract = "EXTRACT FROM THE MINUTES OF THE MEETING OF THE MAYOR AND CABINET"
    lines = ["LONDON BOROUGH OF EASTVALE", "", extract, "HELD ON WEDNESDAY 17 JANUARY 2024"]
    assert plain_title([*lines, "", "Catford Town Centre: Public Realm Improvements"]) is None


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Decision maker Portfolio Holder for Place", "Portfolio Holder for Place"),
        ("Decision maker Cabinet", "Cabinet"),
    ],
)
def test_a_decision_makers_label_run_into_its_office(line: str, value: str) -> None:
    """The gap between a form's columns closed by a rendering: the label, then the office or
    body that is the whole of the rest (before: the whole line a label, whose value was
    taken from the row below, "Subject Charges for Replacement ...")."""
    heading = match_heading(line)
    assert heading is not None
    assert (heading.name, heading.label, heading.value) == (
        "decision_maker",
        "Decision maker",
        value,
    )


@pytest.mark.parametrize(
    "line",
    [
        "DECISION OF THE LEADER OF THE COUNCIL",  # the record's heading, the decider in it
        "Decision taker Metro Mayor",  # not "Decision taker Metro" and "Mayor"
    ],
)
def test_no_maker_label_cut_from_a_heading_or_before_its_last_word(line: str) -> None:
    heading = match_heading(line)
    assert heading is None or not heading.value


def test_none_declared_at_the_meeting_is_none() -> None:
    record = parse_text(
        "CABINET DECISIONS\n\nMeeting held on Wednesday, 10th January, 2024\n\n"
        "Declarations of interest: none were declared at the meeting.\n\n"
        "1.   HOUSING ENFORCEMENT POLICY 2024\n\n"
        "     Decision: RESOLVED that the revised policy be adopted.\n"
    )
    assert record.conflicts_of_interest is None


def test_a_reason_under_the_key_decision_answer_is_why_it_is_not_key() -> None:
    """ "Key decision: No" / "Reason: Below the key decision threshold ...": the reason for
    the answer; the decision's reasons are under their own heading below."""
    record = parse_text(
        "Decision of the Executive Member for Highways\n\nTitle: Seafront Car Park Tariffs\n\n"
        "Key decision: No\n\nReason: Below the key decision threshold and affects one ward\n\n"
        "Decision:\n\nTo approve the tariffs.\n\n"
        "Reasons:\n\nOccupancy surveys found the car parks full at weekends.\n"
    )
    assert record.reasons == "Occupancy surveys found the car parks full at weekends."


def test_the_signature_under_the_decision_makers_heading_dates_the_decision() -> None:
    """A sign-off of two signatures, each with its date: the one under "Decision maker(s):"
    dates the decision, not the adviser's under "With advice from:" (before: two dates of
    one kind, so none)."""
    record = parse_text(
        "Decision of the Executive Member for Highways and Transport\n\n"
        "Title: Seafront Car Park Tariffs\n\nDecision:\n\nTo approve the tariffs.\n\n"
        "Signatories:\n\nDecision maker(s):\n\n"
        "Signed: Executive Member for Highways and Transport\nDate: 2 June 2025\n\n"
        "With advice from:\n\nSigned: Director of Place\nDate: 28 May 2025\n"
    )
    assert record.decision_date == dt.date(2025, 6, 2)
    assert match_heading("Decision maker(s):") is not None


def test_a_colon_form_whose_labels_wrap_reads_each_label_whole() -> None:
    """Two columns, each label's colon on its last line: "Reasons for the" over "decision:",
    the value's lines beside both (before: the reasons were none, and the alternatives began
    on their second line, "market was considered. ...")."""
    gap = " " * 13
    record = parse_text(
        "EASTVALE CITY COUNCIL\n\nDELEGATED DECISION NOTICE\n\n"
        "Decision reference:         D72913\n"
        "Decision maker:             Director of City Development\n"
        "Date of decision:           17/04/2025\n"
        "Title:                      Disposal of land at Throstle Lane\n\n"
        "Decision:                   To grant a 125 year lease of the land.\n\n"
        f"Reasons for the{gap}The site was declared surplus to the\n"
        "decision:                   Council's operational requirements.\n\n"
        "Alternative options         Disposal of the freehold on the open\n"
        "considered and rejected:    market was considered and rejected.\n\n"
        "Dispensations granted:      None\n"
    )
    assert record.reasons == (
        "The site was declared surplus to the Council's operational requirements."
    )
    assert record.alternative_options == (
        "Disposal of the freehold on the open market was considered and rejected."
    )


def test_a_sign_off_and_a_key_decisions_reason_set_in_cells_apart() -> None:
    """The same sign-off and key decision answer as a rendering sets them, each label and
    each value a paragraph of its own ("Signed:" / "Executive Member ..." / "Date:" /
    "2 June 2025"; "Key decision:" / "No" / "Reason:" / "Below the threshold")."""
    record = parse_text(
        "Decision of the Executive Member for Highways and Transport\n\n"
        "Title:\n\nSeafront Car Park Tariffs\n\nKey decision:\n\nNo\n\nReason:\n\n"
        "Below the key decision threshold and affects one ward\n\n"
        "Decision:\n\nTo approve the tariffs.\n\n"
        "Reasons:\n\nOccupancy surveys found the car parks full at weekends.\n\n"
        "Signatories:\n\nDecision maker(s):\n\nSigned:\n\n"
        "Executive Member for Highways and Transport\n\nDate:\n\n2 June 2025\n\n"
        "With advice from:\n\nSigned:\n\nDirector of Place\n\nDate:\n\n28 May 2025\n"
    )
    assert record.reasons is not None
    assert record.reasons.startswith("Occupancy surveys found the car parks full at weekends.")
    assert record.decision_date == dt.date(2025, 6, 2)


def test_a_listing_titles_file_size_in_megabytes_is_no_part_of_it() -> None:
    record = parse_text(
        "Agenda item\n\nMedium Term Financial Plan and Revenue Budget 2025/26 pdf icon PDF 1 MB\n\n"
        "Decision:\n\nRESOLVED that the budget be recommended to Council.\n"
    )
    assert record.title == "Medium Term Financial Plan and Revenue Budget 2025/26"


def test_a_first_person_office_whose_portfolio_has_commas() -> None:
    record = parse_text(
        "RECORD OF DECISION BY A CABINET MEMBER\n\n"
        "I, Councillor Ann Example, Cabinet Member for Housing, Planning and Climate Emergency, "
        "having\nconsidered the report of the Director, hereby approve:\n\n"
        "The Tenancy Strategy 2025-2030.\n"
    )
    assert record.decision_maker == "Cabinet Member for Housing, Planning and Climate Emergency"


def test_a_notices_made_by_line_names_who_and_when_and_is_no_title() -> None:
    record = parse_text(
        "Eastvale Council\n\nNOTICE OF DECISION\n\n"
        "Made by the Cabinet Member for Communities and Neighbourhoods on 9 January 2025\n\n"
        "Community Safety Grants 2025/26\n\n"
        "Having considered the report of the Head of Community Safety, the Cabinet Member "
        "decided:\n\nA. to award community safety grants.\n"
    )
    assert record.decision_maker == "Cabinet Member for Communities and Neighbourhoods"
    assert record.decision_date == dt.date(2025, 1, 9)
    assert record.title == "Community Safety Grants 2025/26"


def test_a_meeting_an_item_was_deferred_from_does_not_date_the_decision() -> None:
    record = parse_text(
        "Issue - decisions\n\n11/03/2025 - Public Spaces Protection Order - Dog Control\n\n"
        "The item had been deferred from the meeting held on 11 February 2025 to allow further "
        "engagement.\n\nDecision:\n\nRESOLVED that the Cabinet makes the Order.\n"
    )
    assert record.decision_date == dt.date(2025, 3, 11)


def test_a_drawn_tables_banner_cell_and_a_sentences_wrapped_line() -> None:
    """ "Leeds City Council: DELEGATED DECISION NOTICE" (a drawn table's two cells) names the
    council; "the West Yorkshire Combined Authority Active Travel Fund for", a sentence's
    wrapped line, names none (before: the two conflicted, or the second won)."""
    record = parse_text(
        "+----------------------+---------------------------+\n"
        "| Leeds City Council   | DELEGATED DECISION NOTICE |\n"
        "+----------------------+---------------------------+\n"
        "| Decision Maker:      | Director of City Development |\n"
        "+----------------------+---------------------------+\n"
        "| Brief description of decision: | 1) To accept grant funding from  |\n"
        "|                      | the West Yorkshire Combined Authority Active Travel Fund for |\n"
        "|                      | the crossing improvements.  |\n"
        "+----------------------+---------------------------+\n"
    )
    assert record.authority == "Leeds City Council"


def test_a_numbered_paragraph_of_none_over_the_reports_next_section_is_none() -> None:
    record = parse_text(
        "REQUEST FOR DIRECTOR DECISION – DD2231\n\nTitle: Riverside Walk Lighting\n\n"
        "Decision:\nThat the Director approves expenditure of up to £40,000 on new lighting.\n\n"
        "Conflicts of interest\n3.1. There are no conflicts of interest to note for the "
        "officers who drafted this decision.\n\n"
        "4. Legal comments\n\n4.1. The Director may approve the spending under the scheme.\n"
    )
    assert record.conflicts_of_interest is None


@pytest.mark.parametrize(
    ("rows", "title"),
    [
        (  # the value's last wrapped line a paragraph apart, the next label known
            "Decision title: Winter Service 2024/25 - Call-off of\n"
            "De-icing Salt from the Regional\n\nFramework\n\n"
            "Decision maker: Director of Highways\n",
            "Winter Service 2024/25 - Call-off of De-icing Salt from the Regional Framework",
        ),
        (  # a financial year alone under the value
            "Title: Country Parks Car Parking Charges - Annual Review\n\n2025/26\n\n"
            "Report From: Director of Universal Services\n",
            "Country Parks Car Parking Charges - Annual Review 2025/26",
        ),
        (  # a short end over the form's next row, a label the headings do not know
            "Title: Supported Local Bus Services - Award of Contracts for Rural\n\n"
            "Routes 2025-2028\n\nReport From: Director of Universal Services\n",
            "Supported Local Bus Services - Award of Contracts for Rural Routes 2025-2028",
        ),
        (  # a subtitle in lower case after the value's colon
            "Subject Matter: Church Road Junction Improvement, Kingsnorth:\n\n"
            "approval to make the Compulsory Purchase Order\n\n",
            "Church Road Junction Improvement, Kingsnorth: approval to make the Compulsory "
            "Purchase Order",
        ),
        (  # a short value's next paragraph is another line of the header, not its end
            "Title: Library Opening Hours\n\nCabinet\n\nReport From: Director of Place\n",
            "Library Opening Hours",
        ),
    ],
)
def test_a_title_cells_wrapped_end_that_a_rendering_set_apart(rows: str, title: str) -> None:
    record = parse_text(
        f"HAMPSHIRE COUNTY COUNCIL\n\nDecision Record\n\n{rows}\nDate: 20 February 2025\n\n"
        "1. The decision:\n\nThat the Executive Member approves the revised charges.\n"
    )
    assert record.title == title


def test_an_officers_declaration_that_a_report_followed_procedure_is_no_interest() -> None:
    assert match_heading("ORIGINATING OFFICER DECLARATION:") is None
    heading = match_heading("Declarations of interest:")
    assert heading is not None and heading.name == "conflicts_of_interest"


@pytest.mark.parametrize(
    "call_in_row",
    [
        "LAST DATE FOR CALL IN OF ELIGIBLE DECISIONS:\t5.00 P.M., FRIDAY, 28TH MARCH 2025",
        # a label in capitals wrapped in its cell, its end and colon a paragraph below
        "LAST DATE FOR CALL IN\n\nOF ELIGIBLE DECISIONS: 5.00 P.M., FRIDAY, 28TH MARCH 2025",
    ],
)
def test_a_dated_call_in_row_over_the_meetings_heading_is_the_headers(call_in_row: str) -> None:
    record = parse_text(
        f"DATE OF PUBLICATION:\tFRIDAY, 21ST MARCH 2025\n\n{call_in_row}\n\n"
        "EXECUTIVE BOARD\n\nWEDNESDAY, 19TH MARCH, 2025\n\n"
        "PRESENT:\tCouncillor A Moreton in the Chair\n\n"
        "146\tDisposal of the former Moor Lane Depot\n"
        "RESOLVED – That the disposal of the former depot be approved.\n"
    )
    assert record.decision_date == dt.date(2025, 3, 19)
    assert record.call_in is not None and record.call_in.date == dt.date(2025, 3, 28)
    assert record.call_in.deadline is not None and record.call_in.deadline.hour == 17


@pytest.mark.parametrize(
    "heading",
    ["", "Decision:\n\n"],  # a minute's lead-in alone, or under a decision label
)
@pytest.mark.parametrize("gap", ["     ", "\n\n"])  # the reason on the label's line, or below
def test_the_items_of_a_list_with_a_reason_under_each_read_on(heading: str, gap: str) -> None:
    record = parse_text(
        "Decision Session - Executive Member for Transport\n\n14 January 2025\n\n"
        "43.     Petition for a Residents' Priority Parking Zone - Hobgate\n\n"
        f"The Executive Member considered a report on the petition.\n\n{heading}Resolved:\n\n"
        "    (i)     Approved the advertisement of an amended Traffic Regulation Order.\n\n"
        f"Reason:{gap}To respond to the concerns of residents about parking.\n\n"
        "    (ii)    Noted that any objections will be reported to a future session.\n\n"
        f"Reason:{gap}To ensure that objections are considered openly.\n\n"
        "    (iv)    Agreed a later review.\n"
    )
    assert [(item.number, item.text[:20]) for item in record.resolutions] == [
        ("i", "Approved the adverti"),
        ("ii", "Noted that any objec"),
    ]


def test_a_sentences_opening_clause_over_its_verb_names_the_decider_and_no_heading() -> None:
    assert match_heading("Having considered the options set out in it, the Cabinet") is None
    record = parse_text(
        "MINUTES OF THE CABINET\n\n47. HOUSING REVENUE ACCOUNT BUSINESS PLAN\n\n"
        "The Portfolio Holder introduced the report.\n\n"
        "Having considered the report and the options set out in it, the Cabinet\n\n"
        "AGREED:\n\n(i)     to approve the HRA Business Plan;\n\n"
        "(ii)    to approve a new-build programme of 240 homes.\n\n"
        "Alternative options considered and rejected\n\n"
        "A smaller programme was considered and rejected.\n"
    )
    assert [item.by for item in record.resolutions] == ["Cabinet", "Cabinet"]
    assert record.alternative_options == "A smaller programme was considered and rejected."


def test_a_decision_on_its_lead_ins_line_goes_on_below_it() -> None:
    items = read_resolutions(
        [
            "AGREED – that £86,400 of Section 106 contributions",
            "held for public open space improvements in Wisbech",
            "be released to the Friends of Wisbech Park.",
        ]
    )
    assert [(item.kind, item.text) for item in items] == [
        (
            "resolved",
            "£86,400 of Section 106 contributions held for public open space improvements "
            "in Wisbech be released to the Friends of Wisbech Park.",
        )
    ]


def test_a_cmis_pages_other_information_heading_ends_the_decision_makers_value() -> None:
    heading = match_heading("Other Information")
    assert heading is not None and heading.kind == "other"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_long_labels_last_word_wrapped_with_its_colon_is_no_label_of_its_own(gap: str) -> None:
    record = parse_text(
        "KENT COUNTY COUNCIL - RECORD OF DECISION\n\nDECISION TAKEN BY:\nAlan Marsh,\n"
        "Cabinet Member for Highways and Transport\n\nSubject Matter: Church Road Junction\n\n"
        "Decision:\nAs Cabinet Member, I agree to make the Compulsory Purchase Order.\n\n"
        "Any conflict of interest declared by any Cabinet Member who is consulted and any "
        f"dispensation granted by the Proper{gap}Officer:\nNone\n"
    )
    assert record.decision_maker == "Alan Marsh, Cabinet Member for Highways and Transport"
    assert record.conflicts_of_interest is None and record.dispensations is None
    assert "uncertain_field" not in [defect.code for defect in record.defects]


@pytest.mark.parametrize(
    "sign_off",
    [
        ".................................          11 March 2025\n"
        "signed                                     date\n",
        "11 March 2025\nsigned\ndate\n",  # each cell a line, the dotted line dropped
    ],
)
def test_a_sign_offs_date_above_its_dotted_line_dates_the_decision(sign_off: str) -> None:
    record = parse_text(
        "KENT COUNTY COUNCIL - RECORD OF DECISION\n\nDECISION TAKEN BY:\n"
        "Cabinet Member for Highways and Transport\n\nSubject Matter: Church Road Junction\n\n"
        "Decision:\nI agree to make the Compulsory Purchase Order agreed in May 2024.\n\n"
        f"{sign_off}\nDaniel Ashworth\n"
    )
    assert record.decision_date == dt.date(2025, 3, 11)


def test_a_heading_in_capitals_beside_a_dated_label_in_the_other_column() -> None:
    assert split_inline_labels(
        "DRAFT MINUTES FOR PUBLICATION                Date of publication: 11 March 2026"
    ) == ["DRAFT MINUTES FOR PUBLICATION", "Date of publication: 11 March 2026"]
    assert split_inline_labels("KEY DECISION: Yes") == ["KEY DECISION: Yes"]


def test_a_label_alone_on_the_line_under_a_title_is_no_part_of_it() -> None:
    record = parse_text(
        "GREATER LONDON AUTHORITY\n\nREQUEST FOR MAYORAL DECISION – MD3317\n\n"
        "Title: London Green Skills Hubs – capital grant programme 2024-26\n"
        "Executive summary:\n\nIn March 2022 the Mayor approved a first round of grants.\n\n"
        "Decision:\nThat the Mayor approves expenditure of up to £2,000,000.\n"
    )
    assert record.title == "London Green Skills Hubs – capital grant programme 2024-26"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_bilingual_title_over_a_one_word_heading_in_capitals(gap: str) -> None:
    record = parse_text(
        "CYNGOR SIR CEREDIGION COUNTY COUNCIL\n\nRECORD OF A CABINET MEMBER DECISION\n\n"
        f"Pwnc / Subject:\nGrantiau Gwella Neuaddau Cymunedol 2024-25{gap}"
        "Community Hall Improvement Grants 2024-25\n\nCYMRAEG\n\nPENDERFYNIAD\n\n"
        "PENDERFYNWYD:\n1. Cymeradwyo dyfarnu grantiau.\n\nENGLISH\n\nDECISION\n\n"
        "RESOLVED:\n1. To approve the award of grants.\n"
    )
    assert record.title == "Community Hall Improvement Grants 2024-25"


def test_a_decision_of_heading_with_its_date_after_a_dot_leader_names_only_who() -> None:
    record = parse_text(
        "REDCAR AND CLEVELAND BOROUGH COUNCIL\nCABINET MEMBER DECISION\nPROFORMA\n"
        "Decision of the Cabinet Member for Highways and Transport ......... 28 February 2025\n"
        "1. Title of Item/Report\nSpeed Limit Review - A1085\n\n2. Record of the Decision\n"
        "RESOLVED that:-\n(a) the objections be set aside;\n(b) the Order be made.\n"
    )
    assert record.decision_maker == "Cabinet Member for Highways and Transport"


def test_a_listing_pages_heading_over_its_dated_range_is_no_publication_label() -> None:
    record = parse_text(
        "Decisions published\n\nDecisions published between 03/06/2024 and 14/06/2024 are "
        "shown below. Decisions marked as subject to call-in cannot be implemented until the "
        "call-in period has ended.\n\n12/06/2024 - Shared Lives Carer Payments ref: 4127    "
        "Recommendations Approved (subject to call-in)\n\n"
        "Decision Maker: Cabinet Member for Adult Social Care\n\n"
        "Decision published: 12/06/2024\n\nDecision:\nTo approve the revised payments.\n"
    )
    assert record.published_on == dt.date(2024, 6, 12)


def test_a_title_in_capitals_keeps_its_last_word_a_paragraph_below() -> None:
    record = parse_text(
        "NOTTINGHAMSHIRE COUNTY COUNCIL\n\nOFFICER DECISION RECORD\n\nSUBJECT:\n\n"
        "RAINWORTH, KIRKLINGTON ROAD - PROPOSED NO WAITING AT ANY TIME\n\nRESTRICTIONS\n\n"
        "DETAILS OF THE DECISION:\n\nTo approve the making of the Order.\n"
    )
    assert record.title == (
        "RAINWORTH, KIRKLINGTON ROAD - PROPOSED NO WAITING AT ANY TIME RESTRICTIONS"
    )


def test_a_lead_in_on_the_line_under_an_item_ending_and_starts_its_own_list() -> None:
    items = read_resolutions(
        [
            "RESOLVED that Cabinet:",
            "3.1 notes the forecast capital outturn;",
            "3.2 approves the reprofiling of scheme budgets as set out in Appendix B; and",
            "RECOMMENDED to Council that:",
            "3.3 the addition of £2.5m to the capital programme be approved.",
        ]
    )
    assert [(item.number, item.kind, item.by) for item in items] == [
        ("3.1", "resolved", "Cabinet"),
        ("3.2", "resolved", "Cabinet"),
        ("3.3", "recommended", "Council"),
    ]


def test_a_resolved_that_with_an_aside_names_the_decider_after_it() -> None:
    lead_in = read_lead_in(
        "RESOLVED that, having had due regard to the consultation responses summarised in "
        "Appendix B, the Cabinet:"
    )
    assert lead_in is not None and (lead_in.by, lead_in.rest) == ("Cabinet", "")


def test_a_running_header_between_an_items_halves_is_no_part_of_it() -> None:
    items = read_resolutions(
        [
            "RESOLVED that Cabinet:",
            "(i) approves the Beach Hut Lettings Policy;",
            "",
            "(ii) approves the charges for",
            "",
            "Cabinet – 14 October 2025",
            "",
            "2026/27 set out in Appendix 2.",
        ]
    )
    assert [item.text for item in items] == [
        "approves the Beach Hut Lettings Policy;",
        "approves the charges for 2026/27 set out in Appendix 2.",
    ]


def test_a_bilingual_list_printing_each_decision_twice_keeps_the_english_half() -> None:
    items = read_resolutions(
        [
            "1. To approve the repair of the listed promenade shelters at Llandudno.",
            "2. To delegate to the Head of Economy the award of the works contract.",
            "",
            "1. Cymeradwyo atgyweirio'r cysgodfannau rhestredig ar y promenâd yn Llandudno.",
            "2. Dirprwyo i Bennaeth yr Economi y gwaith o ddyfarnu'r contract gwaith.",
        ]
    )
    assert [(item.number, item.text[:14]) for item in items] == [
        ("1", "To approve the"),
        ("2", "To delegate to"),
    ]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("5pm, 12 Mawrth / March 2025", dt.date(2025, 3, 12)),  # the month in both languages
        ("1 May/June 2025", None),  # two months: no date
    ],
)
def test_a_date_whose_month_is_printed_in_welsh_and_english(text: str, date: object) -> None:
    found = find_first_date(text)
    assert (found.date if found is not None else None) == date


def test_a_listing_entrys_reference_and_status_a_paragraph_apart_are_no_minute() -> None:
    record = parse_text(
        "14/02/2025 - Car Parking Tariffs - Town Centre Car Parks (Hemel Hempstead and\n"
        "Berkhamsted) ref:\n\n1347 Recommendations Approved (subject to call-in)\n\n"
        "To review the tariffs at town centre car parks.\n\n"
        "Decision Maker:\n\nPortfolio Holder for Place\n\nAGREED\n\n"
        "a) the revised tariffs be introduced on 7 April 2025.\n"
    )
    assert record.title == (
        "Car Parking Tariffs - Town Centre Car Parks (Hemel Hempstead and Berkhamsted)"
    )


def test_an_agenda_pages_table_of_items_headings_are_no_title() -> None:
    record = parse_text(
        "Agenda and decisions\n\nCabinet - Thursday, 6th February, 2025 6.30 pm\n\n"
        "Items\nNo. Item\n\nCAB112/24\n\nCar Park Tariffs 2025/26 pdf icon PDF 480 KB\n\n"
        "Report of the Director of Finance.\n\nDecision:\n\n"
        "That Cabinet approves the car park tariffs for 2025/26.\n"
    )
    assert record.title == "Car Park Tariffs 2025/26"


def test_a_brief_description_of_the_decision_holds_its_numbered_list() -> None:
    record = parse_text(
        "Delegated Decision Notice\n\nDecision Maker: Director of City Development\n\n"
        "Brief description of decision: 1) To approve the acceptance of grant funding from\n"
        "the Active Travel Fund; and\n2) To authorise the Chief Officer to procure the works.\n\n"
        "Reasons for decision: The grant offer must be accepted by 14 February 2025.\n"
    )
    assert [item.number for item in record.resolutions] == ["1", "2"]


@pytest.mark.parametrize(
    "first",
    [
        "RECOMMENDED to Council that the revised Housing",
        "(1) RECOMMENDED to Council that the revised Housing",
    ],
)
def test_a_that_clause_waiting_for_its_verb_goes_on_a_paragraph_below(first: str) -> None:
    items = read_resolutions(
        [
            first,
            "",
            "Allocations Policy set out in Appendix 1 be adopted.",
            "",
            "(2) the fees be noted.",
        ]
    )
    assert items[0].kind == "recommended"
    assert (
        items[0].text == "the revised Housing Allocations Policy set out in Appendix 1 be adopted."
    )


def test_a_decision_maker_cut_mid_phrase_is_no_decision_maker() -> None:
    record = parse_text(
        "City of York Council Committee Minutes\n\n"
        "Meeting Decision Session - Executive Member for Transport and\n\nPlanning\n\n"
        "Date 15 September 2016\n\n15. Residents' Parking\n\n"
        "Resolved: That the scheme be approved.\n"
    )
    assert record.decision_maker is None
    assert "uncertain_field" in [defect.code for defect in record.defects]


def test_a_titles_wrapped_end_holding_a_year_is_no_label() -> None:
    assert match_heading("Outcome 2025/26") is None
    record = parse_text(
        "GLOUCESTERSHIRE COUNTY COUNCIL\n\nCABINET DECISION RECORD\n\n"
        "1.   Decision maker:        Cabinet\n\n3.   Title of report:\n\n"
        "Council Tax Base, Business Rates and Budget Consultation\nOutcome 2025/26\n\n"
        "4.   Decision(s):\n\nTo approve the council tax base.\n"
    )
    assert record.title == (
        "Council Tax Base, Business Rates and Budget Consultation Outcome 2025/26"
    )


@pytest.mark.parametrize("gap", ["\n                   ", "\n\n"])
def test_a_titles_wrapped_end_whose_first_word_closes_before_a_subtitle(gap: str) -> None:
    record = parse_text(
        "HAMPSHIRE COUNTY COUNCIL\n\nDecision Record\n\n"
        "Decision Maker:    Executive Member for Environment and Transport\n"
        f"Title:             Romsey Town Centre - Bell Street Pedestrian Priority{gap}"
        "Scheme: Approval to Spend\nReference:         7291\nDate:              14 March 2016\n\n"
        "1. The decision:\n\nThat the Executive Member approves the scheme.\n"
    )
    assert record.title == (
        "Romsey Town Centre - Bell Street Pedestrian Priority Scheme: Approval to Spend"
    )


def test_a_minutes_verb_in_capitals_under_its_moved_and_seconded_line_opens_the_list() -> None:
    items = read_resolutions(
        [
            "It was moved by Councillor P. Wenham, duly seconded by Councillor A. Stroud and",
            "RESOLVED: (a) That the leisure management concession contract with Lifestyle",
            "",
            "Leisure Trust be extended for a further two years.",
            "",
            "(b) That the Strategic Director be authorised to agree the terms.",
        ]
    )
    assert [(item.number, item.text[:40]) for item in items] == [
        ("a", "That the leisure management concession c"),
        ("b", "That the Strategic Director be authorise"),
    ]
    assert items[0].text.endswith("Lifestyle Leisure Trust be extended for a further two years.")


def test_a_none_between_its_labels_wrapped_lines_is_none() -> None:
    record = parse_text(
        "RECORD OF AN OFFICER DECISION\n\n"
        "Decision reference          ODN/PLC/2025/117\n\n"
        "Decision taker              Sarah Whitcombe, Director of Place Operations\n\n"
        "The decision                To approve a direct award of an interim contract.\n\n"
        "Members consulted           Cabinet Member for Adult Social Care\n\n"
        "Conflicts of interest       None declared\ndeclared by any member\nconsulted\n\n"
        "Dispensation granted        Not applicable\n"
    )
    assert record.conflicts_of_interest is None


def test_the_next_pages_running_header_with_its_date_is_furniture() -> None:
    record = parse_text(
        "CABINET DECISION PROFORMA\n\n1. Title of Item/Report\n\nSelective Licensing\n\n"
        "2. Record of the Decision\n\nRESOLVED that Cabinet approves the scheme.\n\n"
        "3. Reasons for the Decision\n\n"
        "Stockton-on-Tees Borough Council                               Page 1 of 2\n\n"
        "Cabinet Decision Proforma                                      12 June 2025\n\n"
        "Evidence presented in the report showed high levels of disrepair.\n\n"
        "4. Alternative Options Considered and Rejected\n\nNone.\n"
    )
    assert record.reasons == "Evidence presented in the report showed high levels of disrepair."


def test_the_first_pages_dated_line_under_a_numbered_header_is_the_meetings() -> None:
    record = parse_text(
        "Sunderland City Council\nCabinet Decision Record                        Page 1 of 2\n\n"
        "Cabinet Meeting 15 October 2014\n\nItem 5 Library Hubs\n\n"
        "RESOLVED that the library hubs model be approved.\n"
    )
    assert record.decision_date == dt.date(2014, 10, 15)


def test_a_numbered_proforma_in_two_columns_with_wrapped_labels() -> None:
    record = parse_text(
        "STOCKTON-ON-TEES BOROUGH COUNCIL\n\nCABINET RECOMMENDATIONS PROFORMA\n\n"
        "Cabinet Meeting ........................ 13 March 2025\n\n"
        "1.   Title of Item/Report          Pay Policy Statement 2025/26 and Review of\n"
        "                                   Market Supplements\n\n"
        "2.   Record of the Decision        RESOLVED that:-\n\n"
        "                                   1. the revised policy be approved.\n\n"
        "3.   Reasons for the Decision      To meet the statutory requirement.\n\n"
        "4.   Alternative Options           None\n     Considered and Rejected\n\n"
        "5.   Declared (Cabinet Member)     None\n     Conflicts of Interest\n\n"
        "6.   Details of any                None\n     Dispensations\n\n"
        "7.   Date and Time by which        Midnight, Friday 21 March 2025\n"
        "     Call In must be executed\n"
    )
    assert record.title == "Pay Policy Statement 2025/26 and Review of Market Supplements"
    assert record.reasons == "To meet the statutory requirement."
    assert (record.alternative_options, record.conflicts_of_interest) == (None, None)
    assert record.dispensations is None
    assert record.call_in is not None and record.call_in.date == dt.date(2025, 3, 21)


def test_a_cmis_pages_decision_details_label_over_the_lead_in_is_no_page_heading() -> None:
    record = parse_text(
        "Decision Details\n\nThis section allows you to view the general details of a Decision\n\n"
        "Decision Proposed\nSelective Licensing - Extension of Consultation Period\n"
        "Decision Maker\nCabinet Member for Housing and Homes\nOther Information\n"
        "Private Reason\nDecision Outcome\nApproved\nDecision Date\nFri 26 Sep 2025\n"
        "Decision Details\nThat the Cabinet Member for Housing and Homes:\n\n"
        "(i)  approves the extension of the consultation;\n\n"
        "(ii)  notes that a further report will be brought to Cabinet.\n"
        "Reasons for Decision\nFewer than 300 responses had been received.\n"
    )
    assert [(item.number, item.by) for item in record.resolutions] == [
        ("i", "Cabinet Member for Housing and Homes"),
        ("ii", "Cabinet Member for Housing and Homes"),
    ]


def test_a_bilingual_form_in_two_columns_whose_labels_wrap_at_their_slash() -> None:
    record = parse_text(
        "Ceredigion County Council\n\nRECORD OF A DECISION BY A CABINET MEMBER\n\n"
        "Cyfeirnod / Reference:                 CM/HWY/2025/19\n\n"
        "Teitl / Title:                         20mph Speed Limit - Additional Exceptions\n"
        "                                       on the A487, Aberaeron\n\n"
        "Gwneuthurwr y penderfyniad /           Cabinet Member for Highways and\n"
        "Decision maker:                        Environmental Services\n\n"
        "Dyddiad y penderfyniad /               21/05/2025\nDate of decision:\n\n"
        "Penderfyniad / Decision:\n\nRESOLVED:\n\na)   to make the Order.\n"
    )
    assert record.decision_maker == "Cabinet Member for Highways and Environmental Services"
    assert record.decision_date == dt.date(2025, 5, 21)


def test_why_a_decision_is_urgent_is_no_reason_for_it() -> None:
    heading = match_heading("Why the decision is urgent:")
    assert heading is not None and heading.kind == "other"
    reasons = match_heading("Why the decision was taken:")
    assert reasons is not None and reasons.name == "reasons"


@pytest.mark.parametrize(
    ("text", "date", "hour"),
    [
        (  # a deadline run into its date, below an undated rule
            "Cherwell District Council\n\nExecutive decisions taken by individual members\n\n"
            "Decisions can be called in by any three non-executive members within five working "
            "days of publication.\n\nDecision taken by the Portfolio Holder for Finance on 7 "
            "March 2024\n\nThe Portfolio Holder approved the revised policy.\n\n"
            "Published 8 March 2024. Call-in deadline 15 March 2024.\n",
            dt.date(2024, 3, 15),
            0,
        ),
        (  # requests that must reach an officer by a time, after the date it takes effect
            "Calderdale Council\n\nNOTICE OF DECISION\n\nTitle: Community Safety Grants\n\n"
            "Decision: To award grants to eleven groups.\n\n"
            "This decision was published on 10 January 2025 and may be implemented on\n"
            "20 January 2025 unless it is called in. Call-in requests must reach the\n"
            "Monitoring Officer by 5pm on Friday 17 January 2025.\n",
            dt.date(2025, 1, 17),
            17,
        ),
        (  # "The deadline for call-ins is ..."
            "CABINET DECISIONS\n\nThe deadline for call-ins is Wednesday 19 February 2025 at "
            "5.00pm\n\nDecision: To approve the budget.\n\nThis decision is subject to call-in\n",
            dt.date(2025, 2, 19),
            17,
        ),
        (  # a date a rendering cut after its weekday
            "NOTICE OF CABINET DECISIONS\n\nDate of publication: Wednesday 9 July 2025\n\n"
            "The decisions below may be implemented after the call-in period unless they are "
            "called in. The deadline for call-in is 4.00pm on Wednesday\n\n16 July 2025.\n\n"
            "CB25/14  Beach Hut Licences\n\nDECISION: That the revised licences be approved.\n",
            dt.date(2025, 7, 16),
            16,
        ),
    ],
)
def test_a_call_in_deadline_in_shapes_a_notice_prints(text: str, date: dt.date, hour: int) -> None:
    call_in = parse_text(text).call_in
    assert call_in is not None and call_in.date == date
    assert call_in.deadline is not None and call_in.deadline.hour == hour


def test_an_unlabelled_notice_whose_lead_in_names_the_day_and_who_made_the_decision() -> None:
    record = parse_text(
        "Mendip Vale Council\n\nNotice of Executive Decision\n\nLibrary Opening Hours 2025\n\n"
        "On Wednesday 5 March 2025 the Cabinet Member for Communities, Councillor Ada Brook, "
        "made the following decisions:\n\n"
        "  •  to open Frome and Shepton libraries on Sunday afternoons from 1 April 2025; and\n"
        "  •  to review the change after six months.\n\n"
        "On 12 June 2023 the Cabinet agreed the library strategy.\n\n"
        "This decision was published on 6 March 2025.\n"
    )
    assert record.decision_maker == "Cabinet Member for Communities"
    assert record.decision_date == dt.date(2025, 3, 5)
    assert [r.text[:30] for r in record.resolutions] == [
        "to open Frome and Shepton libr",
        "to review the change after six",
    ]
    assert {r.by for r in record.resolutions} == {"Cabinet Member for Communities"}


@pytest.mark.parametrize(
    "line",
    ["The Cabinet made the following comments:", "The Leader took the following into account:"],
)
def test_a_decider_who_made_or_took_what_is_no_decision_leads_in_nothing(line: str) -> None:
    assert read_lead_in(line) is None


def test_a_two_column_form_a_space_in_from_the_margin_reads_as_labels() -> None:
    record = parse_text(
        "                 WYCHWOOD DISTRICT COUNCIL\n\n"
        "                 PORTFOLIO HOLDER DECISION NOTICE\n\n"
        " Decision No.          PH/HSG/25/04\n"
        " Portfolio Holder      Cabinet Member for Housing and\n"
        "                       Homelessness\n"
        " Subject               Empty Homes Grant 2025/26\n"
        " Decision              3.1 The Portfolio Holder has decided:\n"
        "                       3.1.1 to open the Empty Homes Grant for 2025/26 on\n"
        "                       the terms at Appendix A;\n"
        "                       3.1.2 to allocate £60,000 from the Housing Reserve;\n"
        "                       and\n"
        "                       3.1.3 to delegate awards to the Housing Manager.\n"
        " Reasons for the       To bring 40 long-term empty homes back into use by\n"
        " decision              2027.\n"
        " Options considered    Doing nothing was rejected because empty homes\n"
        " and rejected          attract nuisance.\n"
        " Date of decision      14.04.2025\n"
    )
    assert record.title == "Empty Homes Grant 2025/26"
    assert record.decision_maker == "Cabinet Member for Housing and Homelessness"
    assert [(r.number, r.text[:24]) for r in record.resolutions] == [
        ("3.1.1", "to open the Empty Homes "),
        ("3.1.2", "to allocate £60,000 from"),
        ("3.1.3", "to delegate awards to th"),
    ]
    assert record.reasons is not None and record.reasons.startswith("To bring 40 long-term")
    assert record.decision_date == dt.date(2025, 4, 14)


def test_a_numbered_nil_paragraph_is_nil_whatever_later_paragraphs_run_into_it() -> None:
    record = parse_text(
        "GREATER LONDON AUTHORITY\n\nREQUEST FOR MAYORAL DECISION – MD3500\n\n"
        "Title: Solar Schools Fund – grant awards\n\nDecision:\nThat the Mayor approves "
        "grants totalling £250,000 to 12 schools.\n\n4. Other considerations\n"
        "Conflicts of interest\n4.1 There are no conflicts of interest to note for any of "
        "the officers involved in this decision.\n\n5. Financial comments\n5.1 The grants "
        "are funded from the 2025-26 budget.\n\nPublic access to information\nThis form "
        "will be published.\n\nORIGINATING OFFICER DECLARATION: Drafting officer to confirm "
        "the following (✓)\nDrafting officer:\nAmy Lowe has drafted this report and "
        "confirms that: ✓\n"
    )
    assert record.conflicts_of_interest is None


@pytest.mark.parametrize(
    ("text", "applies", "date"),
    [
        (
            "Not applicable to recommendations to Council. Midnight - Friday 26th July 2024 "
            "in respect of resolution 3.",
            True,
            dt.date(2024, 7, 26),
        ),
        ("Not applicable to recommendations to Council.", False, None),
    ],
)
def test_call_in_not_applicable_to_the_recommendations_alone(
    text: str, applies: bool, date: dt.date | None
) -> None:
    call_in = read_call_in(text, DefectLog())
    assert (call_in.applies, call_in.date) == (applies, date)


def test_dotted_dates_in_the_publication_and_effect_sentences() -> None:
    record = parse_text(
        "BEDFORD BOROUGH COUNCIL\n\nRECORD OF DECISION\n\nDecision Maker: Mayor\n"
        "Date of Decision: 08.11.24\n\nSubject: Bridge budget\n\nDecision\n\n"
        "I approve an increase in the scheme budget.\n\n"
        "This decision was published on 11.11.24.\n\n"
        "This decision will come into force, and may be implemented, on 19.11.24 unless it "
        "is called in.\n"
    )
    assert record.published_on == dt.date(2024, 11, 11)
    assert record.effective_from == dt.date(2024, 11, 19)


def test_a_call_in_sentence_wrapped_before_its_date_is_no_heading() -> None:
    assert match_heading("The call-in period for this decision expires at 5pm on Tuesday") is None
    record = parse_text(
        "CABINET DECISION RECORD\n\nDecision: To grant the lease.\n\n7.  Call-in\n\n"
        "    The call-in period for this decision expires at 5pm on Tuesday\n"
        "    28th January 2025.\n"
    )
    assert record.call_in is not None and record.call_in.date == dt.date(2025, 1, 28)
    assert record.call_in.deadline is not None and record.call_in.deadline.hour == 17


def test_it_was_resolved_in_lower_case_leads_in_a_list() -> None:
    lead_in = read_lead_in("It was resolved that Cabinet:")
    assert lead_in is not None and (lead_in.kind, lead_in.by, lead_in.rest) == (
        "resolved",
        "Cabinet",
        "",
    )


def test_a_signature_whose_holder_is_named_dates_the_decision() -> None:
    record = parse_text(
        "London Borough of Tower Hamlets\n\nINDIVIDUAL MAYORAL DECISION\n\n"
        "Title: Summer Play Grants\n\nDecision Maker: Mayor\n\n1. DECISION\n\n"
        "The Mayor has:\n\ni. Approved grants to 12 providers.\n\n"
        "Mayor's signature: (signed)          Date: 04/06/2025\n\n"
        "Date of publication:  05/06/2025\n"
    )
    assert record.decision_date == dt.date(2025, 6, 4)


def test_a_title_wrapped_a_paragraph_apart_over_the_decider_speaking() -> None:
    record = parse_text(
        "DACORUM BOROUGH COUNCIL\n\nPORTFOLIO HOLDER DECISION NOTICE\n\nSubject:\n\n"
        "Adoption of the Tring Conservation Area Appraisal and\n\nManagement Plan\n\n"
        "I, Councillor Ann Lee, Portfolio Holder for Place, Communities and\n\n"
        "Enterprise, having considered the report, have\ndecided:\n\n"
        "(1) to adopt the plan.\n"
    )
    assert record.title == "Adoption of the Tring Conservation Area Appraisal and Management Plan"
    assert record.decision_maker == "Portfolio Holder for Place, Communities and Enterprise"


def test_an_officers_directorate_wrapped_a_paragraph_apart() -> None:
    record = parse_text(
        "Norfolk County Council\n\nRecord of Delegated Officer Decision\n\n"
        "Subject:\n\nActive Travel Grant 2025/26\n\nDecision maker:\n\n"
        "Executive Director, Community and Environmental\n\nServices\n\n"
        "Date of decision:\n\n2 June 2025\n\nDecision\n\nTo accept the grant.\n"
    )
    assert record.decision_maker == "Executive Director, Community and Environmental Services"


def test_a_minutes_heading_that_names_its_body_before_a_colon() -> None:
    record = parse_text(
        "Cambridgeshire and Peterborough Combined Authority\n\n"
        "Combined Authority Board: Minutes\n\nDate: Wednesday 30 March 2022\n\n"
        "Item 3.2 Bus Service Improvement Plan\n\nIt was resolved by a majority to:\n\n"
        "a) Approve the plan; and\n\nb) Delegate authority to the Executive Director.\n"
    )
    assert record.decision_maker == "Combined Authority Board"
    assert [r.number for r in record.resolutions] == ["a", "b"]


def test_a_two_column_labels_lower_case_end_alone_on_the_row_below() -> None:
    record = parse_text(
        "SOUTH YORKSHIRE MAYORAL COMBINED AUTHORITY\n\nMAYORAL DECISION NOTICE\n\n"
        "Decision No.     MDN 2025/003\n\n"
        "Subject          Tram Fares 2025/26\n\n"
        "Decision taken   Mayor of South Yorkshire\nby\n\n"
        "Date of          Tuesday 4 March 2025\ndecision\n\n"
        "Key decision     No\n\n2. Decision\n\nThe Mayor has approved:\n\n"
        "A. the fares in Table 1.\n"
    )
    assert record.decision_maker == "Mayor of South Yorkshire"
    assert record.decision_date == dt.date(2025, 3, 4)
    assert record.title == "Tram Fares 2025/26"


def test_a_two_column_form_whose_gap_a_rendering_closed() -> None:
    record = parse_text(
        "WEST MIDLANDS COMBINED AUTHORITY\n\nMAYORAL DECISION NOTICE\n\n"
        "Decision No. MDN 2025/007\n\nSubject Cycle Hire Scheme Extension – Phase 2\n\n"
        "Decision taken Mayor of the West Midlands\nby\n\n"
        "Date of Friday 7 March 2025\ndecision\n\nKey decision Yes\n\n2. Decision\n\n"
        "The Mayor has approved:\n\nA. the extension of the scheme to Walsall.\n"
    )
    assert record.decision_maker == "Mayor of the West Midlands"
    assert record.title == "Cycle Hire Scheme Extension – Phase 2"
    assert record.reference == "MDN 2025/007"


@pytest.mark.parametrize(
    "values",
    [
        "Cabinet Member for Highways and Transport           24/00058",
        "Cabinet Member for Highways and Transport 24/00058",
    ],
)
def test_two_labels_side_by_side_over_their_values(values: str) -> None:
    record = parse_text(
        "KENT COUNTY COUNCIL - RECORD OF DECISION\n\n"
        "DECISION TAKEN BY:                                  DECISION NO:\n"
        f"{values}\n\nSubject Matter / Title of Decision\nGravesend 20mph Zone\n\n"
        "Decision:\nAs Cabinet Member for Highways and Transport, I agree to:\n\n"
        "(i) MAKE the Order.\n"
    )
    assert record.decision_maker == "Cabinet Member for Highways and Transport"


def test_items_marked_as_recommendations_are_no_exception_to_a_dated_call_in() -> None:
    call_in = read_call_in(
        "5.00pm on Friday 27 October 2023 Decisions taken at this meeting may be implemented "
        "once the call-in period has expired, unless they are called in. Items marked # are "
        "recommendations to Council and are not subject to call-in.",
        DefectLog(),
    )
    assert (call_in.applies, call_in.date) == (True, dt.date(2023, 10, 27))


@pytest.mark.parametrize(
    "label", ["Options considered but not taken", "Options that were considered and not taken"]
)
def test_options_not_taken_are_the_alternatives(label: str) -> None:
    heading = match_heading(label)
    assert heading is not None and heading.name == "alternative_options"


def test_a_heading_saying_the_decision_was_taken_dates_nothing_in_the_paragraph_below() -> None:
    record = parse_text(
        "Gloucestershire County Council\n\nRECORD OF DECISION\n\n"
        "Decision taken by: Leader of the Council\n\nDate decision taken: 06/02/2025\n\n"
        "Subject: Highways Capital Programme 2025/26\n\nWhat was decided\n\n"
        "The Leader approved the decision to:\n\n1   Allocate the grant.\n\n"
        "Why the decision was taken\n\nThe grant was confirmed by the Department for Transport "
        "on 23 December 2024 and must be spent on highways.\n"
    )
    assert record.decision_date == dt.date(2025, 2, 6)


def test_minutes_over_the_bodys_name_in_one_paragraph() -> None:
    record = parse_text(
        "GEDLING BOROUGH COUNCIL\n\nMINUTES\nCABINET\n\nThursday 9 November 2023\n\n"
        "42    HOUSING ENFORCEMENT POLICY 2023\n\nRESOLVED that the policy be approved.\n"
    )
    assert (record.decision_maker, record.decision_date) == ("Cabinet", dt.date(2023, 11, 9))


def test_how_the_motion_came_then_the_body_over_its_verb() -> None:
    record = parse_text(
        "FENLAND DISTRICT COUNCIL\n\nCABINET\n\nMonday 15 January 2024\n\nCAB52 FEES\n\n"
        "Proposed by Councillor Dray, seconded by Councillor Ashby, the Cabinet\n\n"
        "RESOLVED:\n\n1.    to approve the fees;\n\n2.    to delegate new charges.\n"
    )
    assert [r.by for r in record.resolutions] == ["Cabinet", "Cabinet"]


def test_published_on_a_website_on_a_date() -> None:
    assert published_in_prose("Published on the Council's website on 18 September 2025.") == (
        "18 September 2025"
    )


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_call_in_row_at_the_top_over_a_meeting_statement_cut_in_two(gap: str) -> None:
    record = parse_text(
        "FENLAND DISTRICT COUNCIL\n\nDate of publication: 6 March 2024\n\n"
        f"Call-in expires:{gap}5.00 pm on Wednesday 13 March 2024\n\n"
        "EXTRACT FROM THE MINUTES OF THE CABINET MEETING HELD IN THE COUNCIL\n\n"
        "CHAMBER, FENLAND HALL, MARCH ON MONDAY, 4 MARCH 2024 AT 1.00 PM\n\n"
        "CAB71/24   LOCAL CYCLING AND WALKING INFRASTRUCTURE PLAN\n\n"
        "Members considered the report.\n\n"
        "RESOLVED that the plan be adopted.\n\nReason for decision\n"
        "To bid for funding.\n"
    )
    assert (record.decision_maker, record.decision_date) == ("Cabinet", dt.date(2024, 3, 4))
    assert [r.text for r in record.resolutions] == ["the plan be adopted."]


def test_a_signers_office_then_the_date_of_signing_on_one_line() -> None:
    assert split_inline_labels("A. Rowntree, Chief Executive Date: 3 April 2024") == [
        "A. Rowntree, Chief Executive",
        "Date: 3 April 2024",
    ]
    assert split_inline_labels("Decision Date: 3 April 2024") == ["Decision Date: 3 April 2024"]


def test_a_minutes_heading_ending_on_its_colon_over_its_subtitle_a_paragraph_apart() -> None:
    record = parse_text(
        "Tees Valley Combined Authority\n\n"
        "Cabinet - Minutes of the meeting held on Friday 26 January 2018\n\n"
        "CAB 18/09 Bus Shelter Renewal Programme:\n\nPhase 2 Delivery\n\n"
        "Submitted for consideration was a report of the Director of Transport.\n\n"
        "AGREED that:\n\ni. the programme be approved.\n"
    )
    assert record.title == "Bus Shelter Renewal Programme: Phase 2 Delivery"


def test_a_page_number_at_the_right_margin_and_its_running_title_are_furniture() -> None:
    number = " " * 60
    record = parse_text(
        "STOCKTON-ON-TEES BOROUGH COUNCIL\n\nCABINET DECISION\n\nPROFORMA\n\n"
        "Cabinet Meeting .................................... 13 March 2025\n\n"
        "1. Title of Item/Report\n\nAllotment Rules Review\n\n2. Record of the Decision\n\n"
        "Consideration was given to a report.\n\nRESOLVED that:\n\n1. the rules be approved.\n\n"
        f"{number}1\nCabinet Decision Proforma\n13 March 2025\n\n"
        "3. Reasons for the Decision\n\n"
        f"{number}2\nCabinet Decision Proforma\n13 March 2025\n\n"
        "The rules no longer reflect demand.\n\n4. Alternative Options Considered and Rejected\n\n"
        "None\n"
    )
    assert record.reasons == "The rules no longer reflect demand."
    assert "Cabinet Decision Proforma" in record.source.furniture


def test_page_numbers_and_a_named_footer_in_paragraphs_go_to_the_furniture() -> None:
    from proforma_parser.document import Block, Document
    from proforma_parser.readers.text import without_footer_blocks

    blocks = [
        "Cabinet Decision Proforma",
        "1. Title of Item/Report",
        "Allotment Rules Review",
        "2. Record of the Decision",
        "RESOLVED that the rules be approved.",
        "1",
        "Cabinet Decision Proforma",
        "13 March 2025",
        "3. Reasons for the Decision",
        "North Somerset Council Page 8",
        "Executive - 5 February 2025",
        "2",
        "Cabinet Decision Proforma",
        "13 March 2025",
        "The rules no longer reflect demand.",
    ]
    document = Document(
        blocks=tuple(Block(text) for text in blocks),
        format="docx",
        name="x.docx",
        sha256="0" * 64,
        size=1,
    )
    kept = [b.text for b in without_footer_blocks(document).blocks]
    assert kept == [
        "Cabinet Decision Proforma",
        "1. Title of Item/Report",
        "Allotment Rules Review",
        "2. Record of the Decision",
        "RESOLVED that the rules be approved.",
        "3. Reasons for the Decision",
        "The rules no longer reflect demand.",
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The deadline for call-in is", "5.00 pm on Wednesday 22 January 2025."),
        ("The deadline for call-in is 5.00 pm on Wednesday 22", "January 2025."),
    ],
)
def test_a_call_in_sentence_a_rendering_cut_into_paragraphs(first: str, second: str) -> None:
    record = parse_text(
        "DACORUM BOROUGH COUNCIL\n\nCABINET DECISIONS\n\n"
        f"The decisions below may be called in. {first}\n\n{second}\n\n"
        "CA/12 Bin Charges\n\nDECISION: That the charges be approved.\n"
    )
    assert record.call_in is not None and record.call_in.date == dt.date(2025, 1, 22)
    assert record.call_in.deadline is not None and record.call_in.deadline.hour == 17


def test_a_minutes_reference_in_capitalised_letters_numbers_its_minute() -> None:
    assert read_minute("Ex 58 Home to School Transport: Independent Travel") == (
        58,
        "Home to School Transport: Independent Travel",
    )
    assert read_minute("Lot 3 Grounds Maintenance") is None


def test_a_summary_of_decisions_heading_over_its_meeting_is_no_title() -> None:
    record = parse_text(
        "Hull City Council\n\nCABINET - SUMMARY OF DECISIONS\n\n"
        "Meeting held on Monday 24 March 2025\n\n"
        "9. Playing Pitch Strategy 2025-2035\n\nDecision:\nThat Cabinet:\n"
        "3.1 adopts the strategy;\n3.2 approves the action plan.\n"
    )
    assert record.title == "Playing Pitch Strategy 2025-2035"
    assert record.decision_maker == "Cabinet"


def test_a_subject_row_after_the_decision_in_a_form_of_unusual_order_is_the_title() -> None:
    record = parse_text(
        "OFFICER DECISION RECORD\n\nRother District Council\n\nDecision:\n"
        "To introduce a charge of £28.50 for a replacement garden waste bin.\n\n"
        "Subject:\nGarden waste service - charge for replacement bins\n\n"
        "Decision Maker:\nHead of Neighbourhood Services\n\n"
        "Reasons for the decision:\nThe cost is met from the general fund.\n"
    )
    assert record.title == "Garden waste service - charge for replacement bins"
    assert [r.text[:22] for r in record.resolutions] == ["To introduce a charge "]


@pytest.mark.parametrize("gap", ["                    ", " "])
def test_a_sign_offs_date_label_beside_its_signature_label(gap: str) -> None:
    record = parse_text(
        "GREATER LONDON AUTHORITY\n\nREQUEST FOR MAYORAL DECISION - MD3412\n\n"
        "Title: Community Energy Accelerator\n\nDecision:\nThat the Mayor approves grants.\n\n"
        "The above request has my approval.\n\n"
        f"Signature:{gap}Date:\n\n[signed]{gap}19/11/2024\n\nPART I - NON-CONFIDENTIAL FACTS\n"
    )
    assert record.decision_date == dt.date(2024, 11, 19)


@pytest.mark.parametrize("dots", ["......................   ", "\n\n"])
def test_kents_combined_label_wrapped_before_officer_over_a_sign_off(dots: str) -> None:
    record = parse_text(
        "KENT COUNTY COUNCIL – RECORD OF DECISION\n\nDECISION TAKEN BY:\n\n"
        "Cabinet Member for Environment\n\nDecision:\n\n"
        "As Cabinet Member for Environment, I agree to:\n\n(i) APPROVE the Strategy.\n\n"
        "Any interest declared when the decision was taken and any dispensation granted by "
        f"the Proper\nOfficer:\n\nNone\n\n{dots}03/06/2025\n\nsigned\ndate\n"
    )
    assert record.decision_maker == "Cabinet Member for Environment"
    assert record.decision_date == dt.date(2025, 6, 3)
    assert (record.conflicts_of_interest, record.dispensations) == (None, None)


@pytest.mark.parametrize("end", ["Proper Officer:\n\nNone", "Proper Officer: None"])
def test_a_combined_labels_last_two_words_wrapped_with_its_colon(end: str) -> None:
    record = parse_text(
        "KENT COUNTY COUNCIL – RECORD OF DECISION\n\nDECISION TAKEN BY:\n\n"
        "Cabinet Member for Community Services\n\nDecision:\n\nI agree to close the depot.\n\n"
        "Any interest declared when the decision was taken and any dispensation granted by the"
        f"\n{end}\n\n21 July 2015\nsigned\n"
    )
    assert record.decision_maker == "Cabinet Member for Community Services"
    assert (record.conflicts_of_interest, record.dispensations) == (None, None)


def test_a_time_with_its_colon_is_no_label() -> None:
    assert match_heading("The call-in period ends at 23:59 on Wednesday 15 October 2025.") is None
    record = parse_text(
        "East Midlands Combined County Authority\n\nMAYORAL DECISION NOTICE\n\n"
        "Decision: To approve the bus grant.\n\nCall-in\n\nThe Overview and Scrutiny Committee "
        "may call in this decision. The call-in period ends at 23:59 on Wednesday 15 October "
        "2025.\n"
    )
    assert record.call_in is not None and record.call_in.date == dt.date(2025, 10, 15)
    assert record.call_in.deadline is not None
    assert (record.call_in.deadline.hour, record.call_in.deadline.minute) == (23, 59)


def test_a_short_dotted_date_where_only_a_date_may_stand() -> None:
    assert find_first_date("see paragraph 3.1.12") is None
    record = parse_text(
        "Bassetlaw District Council\n\nLEADER'S DECISION NOTICE\n\nDecision: I approve the "
        "sale.\n\nDate of publication:  5.2.26\n\nThis decision will be implemented on 13.2.26 "
        "unless it is called in. Call-in requests must reach the Monitoring Officer by 5.00pm "
        "on 12.2.26.\n"
    )
    assert record.published_on == dt.date(2026, 2, 5)
    assert record.effective_from == dt.date(2026, 2, 13)
    assert record.call_in is not None and record.call_in.date == dt.date(2026, 2, 12)


def test_an_empty_cmis_row_over_the_next_rows_label_declares_nothing() -> None:
    record = parse_text(
        "Sandwell Metropolitan Borough Council\n\nDecision details\n\nDecision Maker\n"
        "Cabinet Member for Finance\nDecision\nTo award the contract.\n"
        "Declarations of Interest\nPrivate Reason\nPublication Date\nWed 17 Dec 2025\n"
    )
    assert record.conflicts_of_interest is None


def test_name_and_job_title_of_the_officer_taking_the_decision_labels_the_maker() -> None:
    record = parse_text(
        "Ashdown District Council\n\nRecord of an Officer Decision\n\n"
        "Name and job title of officer taking the decision:\n"
        "Priya Lane, Director of Place\n\nDate of decision: 19 October 2023\n\n"
        "Subject: Closure of the Market car park for resurfacing\n\n"
        "Decision taken:\nTo close the Market car park from 6 to 17 November 2023.\n"
    )
    assert record.decision_maker == "Priya Lane, Director of Place"
    assert record.title == "Closure of the Market car park for resurfacing"


def test_a_line_saying_who_made_the_decision_and_on_what_day_dates_it() -> None:
    record = parse_text(
        "To agree the allocation of the levy for 2019/20.\nDecision Maker: Elected Mayor\n"
        "Decision published: 08/11/2019\nDecision:\nThe Elected Mayor approved the decision "
        "to:\n1) allocate £41,500 to the projects in Appendix A;\n2) hold the balance.\n"
        "Decision made by the Elected Mayor on Wednesday 6 November 2019.\n"
    )
    assert record.decision_date == dt.date(2019, 11, 6)
    # ... but a report's "the decision made by Cabinet on ..." inside a sentence dates
    # another decision
    other = parse_text(
        "Decision Maker: Cabinet Member for Housing\n\nDecision:\nTo approve the policy.\n\n"
        "Reasons: It replaces the decision made by Cabinet on 3 March 2021.\n"
    )
    assert other.decision_date is None


@pytest.mark.parametrize(
    ("declared", "expected"),
    [
        ("No declarations of interest were made.", None),
        (
            "Councillor Ruth Dale declared a personal interest in item 4.",
            "Councillor Ruth Dale declared a personal interest in item 4.",
        ),
    ],
)
def test_apologies_beside_the_declarations_declare_nothing(
    declared: str, expected: str | None
) -> None:
    record = parse_text(
        "Wyre Vale County Council\n\nCABINET\n\nThursday, 14 July 2022\n\n"
        "1181  Apologies and Declarations of Interest\n\n"
        f"Apologies were received from Cllr Nathan Crewe.\n\n{declared}\n\n"
        "1184  School Transport Policy\n\nRESOLVED that the policy be approved.\n"
    )
    assert record.conflicts_of_interest == expected


def test_a_register_row_under_its_column_headings_reads_as_labels() -> None:
    record = parse_text(
        "Wrexham County Borough Council\n\nDelegated decisions register\n\n"
        "| Ref | Date of decision | Decision taker | Subject | Decision | Date published |\n"
        "|---|---|---|---|---|---|\n"
        "| DD-77 | 07.08.25 | Chief Officer – Environment | Verge cutting contract | "
        "To award the verge cutting contract to Maelor Grounds Ltd. | 11.08.25 |\n"
    )
    assert record.title == "Verge cutting contract"
    assert record.decision_maker == "Chief Officer – Environment"
    assert record.decision_date == dt.date(2025, 8, 7)
    assert record.published_on == dt.date(2025, 8, 11)
    assert [r.text[:18] for r in record.resolutions] == ["To award the verge"]


def test_options_not_chosen_and_a_plain_reasons_heading_after_a_why_question() -> None:
    record = parse_text(
        "West Vale Combined Authority\n\nRECORD OF A DECISION TAKEN BY AN OFFICER\n\n"
        "Officer taking the decision:\nDirector of Transport\n\n"
        "Why is the decision needed?\nThe current framework expires on 31 December 2025.\n\n"
        "What has been decided?\nTo award the bus shelter contract to Halden Ltd.\n\n"
        "Reasons\nThe tender was run as an open procedure.\n\n"
        "What other options were considered and why were they not chosen?\n"
        "Extending the current framework was not possible.\n"
    )
    assert record.reasons == "The tender was run as an open procedure."
    assert record.alternative_options == "Extending the current framework was not possible."


def test_the_deciders_approval_dates_a_proforma_signed_without_colons() -> None:
    record = parse_text(
        "LONDON BOROUGH OF TOWER HAMLETS\n\nINDIVIDUAL MAYORAL DECISION PROFORMA\n\n"
        "Title: Holiday food programme\n\n2. RECOMMENDATIONS\n\nThe Mayor is recommended "
        "to:\n\n2.1 Approve the extension of the programme.\n\nAPPROVALS\n\n"
        "1. Corporate Director\nI approve the above recommendations.\n"
        "Signed   M. Adebayo          Date   09/09/2024\n\n"
        "2. Mayor\nI agree the decision proposed in paragraph 2.1 above.\n"
        "Signed   Mayor of Tower Hamlets          Date   11/09/2024\n"
    )
    assert record.decision_date == dt.date(2024, 9, 11)


def test_the_office_printed_under_the_signature_picks_the_deciders_date() -> None:
    record = parse_text(
        "CITY OF WOLVERHAMPTON COUNCIL\n\nIndividual Executive Decision Notice\n\n"
        "Report title: Transfer of Lanesfield Pavilion\n\nRecommendations for decision:\n\n"
        "The Cabinet Member for Resources, in consultation with the Director of Assets, "
        "approves:\n\n1. The transfer of the pavilion on a 35-year lease.\n\n"
        "Signature  ..........................        Date: 12.08.2025\n"
        "           Cabinet Member for Resources\n\n"
        "Signature  ..........................        Date: 08.08.2025\n"
        "           Director of Assets\n"
    )
    assert record.decision_date == dt.date(2025, 8, 12)


def test_no_registrable_interest_in_the_first_person_is_none() -> None:
    record = parse_text(
        "London Borough of Enfield\n\nCabinet Member Record of Decision\n\nDecision:\n"
        "I approve the parking scheme.\n\nDeclarations of interest:\nI have no disclosable "
        "pecuniary or other registrable interest in this matter.\n"
    )
    assert record.conflicts_of_interest is None
    assert any(s.field == "conflicts_of_interest" for s in record.sections)


def test_a_minutes_sentence_over_its_reasons_heads_them() -> None:
    heading = match_heading("The above decisions have been made for the following reasons:")
    assert heading is not None and (heading.kind, heading.name) == ("field", "reasons")
    record = parse_text(
        "GATESHEAD COUNCIL\n\nC130    HOUSING ALLOCATIONS POLICY\n\nRESOLVED - (i) That the "
        "amendments be approved.\n\nThe above decisions have been made for the following "
        "reasons:\n\nTo keep the policy in line with the guidance.\n"
    )
    assert record.reasons == "To keep the policy in line with the guidance."


def test_a_years_line_under_its_month_ends_the_date_not_the_section() -> None:
    # A Word paragraph keeps its hard line breaks: "... on Friday 31 January" / "2025." is
    # the call-in date's year, not the next minute's number ("313.").
    text = (
        "GATESHEAD COUNCIL\n\nC130    HOUSING ALLOCATIONS POLICY\n\nRESOLVED - That the "
        "amendments be approved.\n\nCall-in: the decisions in this minute may be called in "
        "until 4.00pm on Friday 31 January\n2025.\n"
    )
    plain = document_from_str(text, name=None, sha256="0" * 64, size=len(text))
    document = dataclasses.replace(plain, format="docx")
    record = build_record(document, normalise(document))
    assert record.call_in is not None and record.call_in.date == dt.date(2025, 1, 31)


def _as_rendered(text: str) -> DecisionRecord:
    """`text` read as a Word rendering reads it: each paragraph (between blank lines) a
    block as printed, no line of it rejoined or set aside as a text dump's are."""
    blocks = tuple(Block(paragraph) for paragraph in text.split("\n\n") if paragraph.strip())
    document = Document(blocks, "docx", None, "0" * 64, len(text))
    return build_record(document, normalise(document))


def test_an_earlier_decisions_date_label_does_not_date_this_one() -> None:
    record = parse_text(
        "03/09/2025 - Award of Contracts - Home to School Transport ref: 6120    "
        "Recommendations Approved\n\nDecision Maker: Assistant Director - Passenger Transport"
        "\n\nDecision:\n\nTo award 14 route contracts to the operators named.\n\n"
        "Original DPS Decision Date: 02/12/2022\n"
    )
    assert record.decision_date == dt.date(2025, 9, 3)


def test_an_agenda_items_earlier_minutes_do_not_date_the_meeting() -> None:
    record = parse_text(
        "Agenda and decisions\n\nCabinet - Monday, 20th October, 2025 7.00 pm\n\n"
        "Items\n\n3.\n\nMinutes\n\nThe minutes of the meeting held on 8 September 2025 to be "
        "submitted and signed.\n\n4.\n\nGarden Waste Charges\n\nDecision:\n\n"
        "The Cabinet AGREED that the annual charge be increased to £56.\n"
    )
    assert record.decision_date == dt.date(2025, 10, 20)


def test_a_running_header_kept_in_a_renderings_text_dates_the_minutes() -> None:
    record = _as_rendered(
        "CABINET - 9 December 2025 Page 43\n\n71. CAR PARKING TARIFFS 2026\n\n"
        "RESOLVED that Cabinet approves the tariffs in Appendix 1.\n\n"
        "CABINET - 9 December 2025 Page 44\n\nReasons for Decision: to cover the costs.\n"
    )
    assert record.decision_date == dt.date(2025, 12, 9)
    span = record.evidence["decision_date"]
    assert record.text[span.start : span.end] == "9 December 2025"


def test_a_minutes_form_names_its_meeting_and_dates_it_beside_colon_labels() -> None:
    record = _as_rendered(
        "Minutes\n\nName of meeting CABINET\n\n"
        "Date and Time THURSDAY 29 MAY 2025 COMMENCING AT 5.00 PM\n\n"
        "Venue COUNCIL CHAMBER, COUNTY HALL\n\nPresent Cllrs P Jordan (Chairman) and D Andre"
        "\n\nOfficers Present W Fenn, C Ashman\n\nDate of publication: Monday 2 June 2025\n\n"
        "Deadline for call-in: 12 noon, Monday 9 June 2025\n\n4. Bus Network Grant\n\n"
        "RESOLVED that the grant be approved.\n"
    )
    assert record.decision_date == dt.date(2025, 5, 29)
    assert (
        parse_text(
            "Name of meeting: CABINET\n\nRESOLVED that the grant be approved.\n"
        ).decision_maker
        == "Cabinet"
    )


def test_a_minutes_footer_under_the_pages_mark_holds_for_every_minute() -> None:
    text = (
        "TEWKESBURY BOROUGH COUNCIL\n\nMinutes of a Meeting of the Executive Committee held "
        "on Wednesday, 3 April 2024\n\nEX.81           LEVY SPENDING PLAN\n\n"
        "RESOLVED          That the Spending Plan be APPROVED.\n\n"
        "EX.82           GROUNDS MAINTENANCE CONTRACT\n\n"
        "RESOLVED          That the contract be EXTENDED for two years.\n\n"
        "                                                  EX.80\n"
        "Minutes published: Friday, 5 April 2024\n"
        "Deadline for call-in: 5:00 pm on Friday, 12 April 2024\n"
    )
    first, second = parse_all(text.encode())
    for record in (first, second):
        assert record.published_on == dt.date(2024, 4, 5)
        assert record.call_in is not None and record.call_in.date == dt.date(2024, 4, 12)


def test_a_bilingual_records_restated_list_is_read_once() -> None:
    record = parse_text(
        "ISLE OF ANGLESEY COUNTY COUNCIL / CYNGOR SIR YNYS MÔN\n\n"
        "Decision / Penderfyniad:\n\nRESOLVED to:\n\n"
        "1) increase burial fees by 6% from 1 April 2024;\n\n"
        "2) introduce a single fee of £95 for scattering ashes.\n\nPENDERFYNWYD:\n\n"
        "1) cynyddu ffioedd claddu 6% o 1 Ebrill 2024;\n\n"
        "2) cyflwyno ffi sengl o £95 am wasgaru llwch.\n"
    )
    assert [(r.number, r.text[:12]) for r in record.resolutions] == [
        ("1", "increase bur"),
        ("2", "introduce a "),
    ]
    # ... but a list whose second run differs in its figures is two lists
    twice = parse_text(
        "Decision:\n\nRESOLVED that:\n\n1) the fee be £5;\n\n2) the fee be £6.\n\n"
        "RESOLVED further that:\n\n1) the fee be £7;\n\n2) the fee be £8.\n"
    )
    assert len(twice.resolutions) == 4


def test_a_chairs_agreement_that_it_should_not_be_subject_to_call_in() -> None:
    record = parse_text(
        "Rother District Council\n\nRecord of Urgent Executive Decision\n\n"
        "Decision Maker: Chief Executive\n\nDecision: To take a lease of the former care home."
        "\n\nCall-in: The Chair of the Overview and Scrutiny Committee agreed on 27th January "
        "2025 that the decision is urgent and that it should not be subject to call-in (Rule "
        "16.2).\n"
    )
    assert record.call_in is not None
    assert (record.call_in.applies, record.call_in.date) == (False, None)


def test_call_in_ends_run_into_a_paragraph_and_a_notices_publication_date() -> None:
    record = parse_text(
        "Essex County Council\n\nRecord of Decision\n\nDecision Notice Publication Date: 1 July "
        "2025\n\nDecision: I agree to the scheme.\n\nThis decision "
        "may not be implemented until the call-in period has ended. Call-in ends: 5pm on 22 "
        "October 2025. If it is not called in, it will take effect on 23 October 2025.\n"
    )
    assert record.published_on == dt.date(2025, 7, 1)
    assert record.effective_from == dt.date(2025, 10, 23)
    assert record.call_in is not None and record.call_in.date == dt.date(2025, 10, 22)


def test_the_call_in_periods_end_after_the_day_it_takes_effect() -> None:
    record = parse_text(
        "Cumberland Council\n\nOfficer Decision Notice\n\nDecision: To accept the grant.\n\n"
        "Call-in:   This decision will come into effect on 14th November 2024 unless\n"
        "           it is called in. The call-in period ends at 5pm on 13th November\n"
        "           2024.\n"
    )
    assert record.call_in is not None and record.call_in.date == dt.date(2024, 11, 13)
    assert record.call_in.deadline is not None and record.call_in.deadline.hour == 17


def test_a_wards_label_ends_the_title_above_it() -> None:
    # (the text's lines are cut near 95 characters: the title's line, shorter, is no line
    # cut short with "Ward(s): All" its rest)
    record = parse_text(
        "ROYAL BOROUGH OF GREENWICH\n\nCABINET MEMBER DECISION\n\n"
        "Decision title: Extension of the Temporary Accommodation Rent Support Pilot\n\n"
        "Ward(s): All\n\nKey decision: Yes (reference KD/24/0452)\n\n"
        "I, Councillor Amara Okafor, Cabinet Member for Housing and Homelessness, having "
        "considered the\nreport of the Director of Housing and Safer Communities dated 24 June "
        "2024 and the equalities\nimpact assessment attached to it, have decided:\n\n"
        "a) to extend the Temporary Accommodation Rent Support Pilot for a further twelve "
        "months, from\n   1 August 2024 to 31 July 2025, within the existing Homelessness "
        "Prevention Grant budget.\n"
    )
    assert record.title == "Extension of the Temporary Accommodation Rent Support Pilot"


def test_a_bilingual_notices_welsh_type_is_no_title_and_its_item_is() -> None:
    record = parse_text(
        "CYNGOR GWYNEDD\nGWYNEDD COUNCIL\n\nRHYBUDD O BENDERFYNIAD Y CABINET\n"
        "NOTICE OF CABINET DECISION\n\nDyddiad y cyfarfod / Date of meeting: 10/06/2025\n\n"
        "Eitem 7: STRATEGAETH TOILEDAU / LOCAL PUBLIC TOILETS STRATEGY\n\n"
        "PENDERFYNIAD / DECISION\n\nRESOLVED to adopt the draft strategy.\n"
    )
    assert record.title == "STRATEGAETH TOILEDAU / LOCAL PUBLIC TOILETS STRATEGY"
    assert record.document_type == "Notice of Cabinet Decision"


def test_a_forms_decision_row_holding_the_title_over_the_decision_heading() -> None:
    record = parse_text(
        "PLYMOUTH CITY COUNCIL\n\nEXECUTIVE DECISION\nmade by a Cabinet Member\n\n"
        "Decision: Mutley Plain Bus Lane - Extension of Operating Hours\n\n"
        "Cabinet Member: Cabinet Member for Transport\n\nDate of decision: 27.03.25\n\n"
        "Decision\nThe Cabinet Member for Transport RESOLVED to:\n"
        "1. approve the making of the traffic order.\n"
    )
    assert record.title == "Mutley Plain Bus Lane - Extension of Operating Hours"
    assert [r.text[:20] for r in record.resolutions] == ["approve the making o"]


def test_a_label_cell_and_its_value_cell_with_the_rule_between() -> None:
    record = parse_text(
        "HAMPSHIRE COUNTY COUNCIL\n\nDecision Record\n\n"
        "Decision Maker: | Executive Member for Adult Services\n"
        "Title: | Charging Policy - Disability Related Expenditure\n"
        "Date: | 21 May 2025\n\n1. The decision:\n|\nThat the allowance be increased.\n|\n"
    )
    assert record.decision_maker == "Executive Member for Adult Services"
    assert record.title == "Charging Policy - Disability Related Expenditure"


def test_a_council_item_names_the_cabinet_meeting_its_recommendation_came_from() -> None:
    record = parse_text(
        "Agenda item\n\nLocal Development Scheme 2026 - 2029\n\n"
        "Meeting: 21/01/2026 - Council (Item 84)\n\n"
        "To consider the recommendation of the Cabinet meeting held on 13 January 2026.\n\n"
        "Decision:\n\nThat Council approves the Local Development Scheme.\n"
    )
    assert record.decision_date == dt.date(2026, 1, 21)
    assert record.decision_maker == "Council"


def test_moderngovs_welsh_interface_labels_a_listing() -> None:
    record = parse_text(
        "Cyngor Sir Penfro\nPembrokeshire County Council\n\nPenderfyniadau\n\n"
        "14/10/2025 - Community Asset Transfer of the Pavilion cyf: 2741    Argymhellion "
        "wedi'u Cymeradwyo\n\nPenderfynwr: Cabinet Member for Residents' Services\n\n"
        "Penderfyniad wedi'i gyhoeddi: 15/10/2025\n\nYn effeithiol o: 23/10/2025\n\n"
        "Penderfyniad:\n\nThe Cabinet Member approved the transfer.\n"
    )
    assert record.title == "Community Asset Transfer of the Pavilion"
    assert (record.decision_date, record.published_on, record.effective_from) == (
        dt.date(2025, 10, 14),
        dt.date(2025, 10, 15),
        dt.date(2025, 10, 23),
    )


def test_an_english_paragraph_under_a_bilingual_label_is_kept_whatever_follows() -> None:
    record = parse_text(
        "Cyngor Sir Ceredigion\nCeredigion County Council\n\nPenderfyniad / Decision:\n\n"
        "(a) to close the car park.\n\nRhesymau / Reasons:\n\n"
        "The contractor needs a secure compound next to the works.\n\n"
        "Cofnod o Benderfyniad Swyddog / Record of Officer Decision ODR-HPS-2025-031\n"
    )
    assert record.reasons is not None
    assert record.reasons.startswith("The contractor needs a secure compound")


def test_a_listings_call_in_period_for_the_decisions_below_ends() -> None:
    record = parse_text(
        "Dudley Metropolitan Borough Council\n\nThe call-in period for the decisions below ends "
        "at 5.00pm on Friday 14 June 2024; a decision that has not been called in by then may "
        "be implemented.\n\n06/06/2024 - Library Opening Hours ref: 812    Recommendations "
        "Approved\n\nDecision Maker: Cabinet Member for Culture\n\nDecision:\n\n"
        "To approve the revised opening hours.\n"
    )
    assert record.call_in is not None and record.call_in.date == dt.date(2024, 6, 14)


def test_a_date_a_rendering_wrapped_before_its_year() -> None:
    record = _as_rendered(
        "STOCKTON-ON-TEES BOROUGH COUNCIL\n\nCABINET DECISION\n\nPROFORMA\n\n"
        "Cabinet Meeting 14 March\n2024\n\n1. Title of Item/Report\n\nAllotment Conditions\n\n"
        "2. Record of the Decision\n\nRESOLVED that the conditions be approved.\n"
    )
    assert record.decision_date == dt.date(2024, 3, 14)


def test_no_member_declared_an_interest_is_none() -> None:
    record = parse_text(
        "Dudley Metropolitan Borough Council\n\nCABINET\n\nMinutes of the meeting held on "
        "Wednesday 12 March 2025\n\n45  Declarations of Interest\n\nNo member declared an "
        "interest in any matter to be considered at the meeting.\n\n46  Bus Grant\n\n"
        "RESOLVED that the grant be accepted.\n"
    )
    assert record.conflicts_of_interest is None


def test_a_numbered_lead_in_naming_whom_the_decider_consulted() -> None:
    record = parse_text(
        "Decision Maker: Corporate Director, Place\nDecision:\n2.1 The Corporate Director, "
        "Place, in consultation with the Cabinet Member for Transport and Highways, has "
        "decided:\n2.1.1 to award the vehicle hire contract;\n2.1.2 to authorise the Group "
        "Manager to agree an extension.\nReasons for the decision: The agreement ends.\n"
    )
    assert [(r.number, r.text[:12]) for r in record.resolutions] == [
        ("2.1.1", "to award the"),
        ("2.1.2", "to authorise"),
    ]


def test_a_decision_sessions_items_go_on_under_a_wrapped_reason() -> None:
    record = _as_rendered(
        "Decision Session - Executive Member for Transport\n\nResolved:\n\n"
        "(i) That the results of the consultation be noted.\n\n"
        "Reason: To respond to the majority view of the residents who returned the\n"
        "consultation.\n\n(ii) That any objections be reported to a future Decision Session.\n\n"
        "Reason: To ensure that objections are considered openly.\n"
    )
    assert [(r.number, r.text[:14]) for r in record.resolutions] == [
        ("i", "That the resul"),
        ("ii", "That any objec"),
    ]


def test_a_two_column_tables_rows_parted_by_the_rule_alone() -> None:
    record = parse_text(
        "Calderdale Metropolitan Borough Council\nDECISION NOTICE - DECISION OF AN INDIVIDUAL "
        "CABINET MEMBER\n\nDecision taker | Cabinet Member for Regeneration\n"
        "Subject | Town Hall Car Park - Revised Tariff\n"
        "What has been decided | To approve a revised tariff for the car park.\n"
        "Other options considered and why they were rejected | Retaining the tariff was "
        "rejected.\nDate of decision | 06/06/2025\n"
    )
    assert record.decision_maker == "Cabinet Member for Regeneration"
    assert record.title == "Town Hall Car Park - Revised Tariff"
    assert record.alternative_options == "Retaining the tariff was rejected."
    assert record.decision_date == dt.date(2025, 6, 6)


def test_an_agenda_items_purpose_names_an_earlier_meetings_minutes() -> None:
    record = parse_text(
        "Agenda and decisions\n\nCabinet - Tuesday, 2nd December, 2025 5.15 pm\n\nItems\n\n"
        "4.\n\nMinutes of the Previous Meeting\n\nTo consider whether to approve the minutes as "
        "a correct record of the meeting held on 4 November 2025.\n\n5.\n\nCouncil Tax "
        "Reduction Scheme\n\nDecision:\n\nThe Cabinet RESOLVED that the scheme be approved.\n"
    )
    assert record.decision_date == dt.date(2025, 12, 2)


@pytest.mark.parametrize(
    ("lead_in", "by"),
    [
        (
            "The Mayor in Cabinet, after consideration of the report and the additional "
            "information tabled at the meeting, RESOLVED to:",
            "Mayor in Cabinet",
        ),
        (
            "The Executive Director of Transport has decided, in consultation with the Mayor:",
            "Executive Director of Transport",
        ),
    ],
)
def test_what_the_decider_considered_or_whom_it_consulted_beside_its_verb(
    lead_in: str, by: str
) -> None:
    found = read_lead_in(lead_in)
    assert found is not None and found.by == by


def test_a_sign_offs_name_and_date_over_its_signed_and_date_headings() -> None:
    record = _as_rendered(
        "Kent County Council\n\nRECORD OF DECISION\n\nDecision:\n\nI agree to the junction "
        "improvements.\n\nCllr Rhona Fielding          27 September 2024\n\n"
        "signed          date\n"
    )
    assert record.decision_date == dt.date(2024, 9, 27)


def test_a_security_marking_over_the_banner_is_no_title() -> None:
    record = _as_rendered(
        "OFFICIAL\n\nRutland County Council\n\nOfficer Decision Record\n\nDecision\n\nTo award "
        "the gritting contract to Saltway Ltd.\n\nDecision taken by\n\nDirector of Places\n\n"
        "Date of decision\n\nFriday 7 March 2025\n\nSubject\n\nWinter Gritting Contract "
        "2025-2027\n\nAlternative options considered and rejected\n\nNone.\n"
    )
    assert record.title == "Winter Gritting Contract 2025-2027"


def test_an_offices_department_after_a_dash_wrapped_a_paragraph_apart() -> None:
    record = _as_rendered(
        "Dorset Council\n\nOfficer making the decision:\n\nService Manager - Coast and "
        "Countryside\n\nProtection\n\nSubject of the decision:\n\nBeach hut licence fees\n\n"
        "Details of the decision:\n\nTo raise the licence fees by 4%.\n"
    )
    assert record.decision_maker == "Service Manager - Coast and Countryside Protection"


def test_a_drawn_tables_rows_whose_closing_rule_a_pdf_wrapped_away() -> None:
    record = parse_text(
        "Shropshire Council\n\nDecision notice\n\n"
        "| Decision maker: | Cabinet member - highways\n|\n"
        "| Decision: | The cabinet member approved the decision to:\n|\n"
        "| 4.1 resurface the B4368 at Clun; and\n"
        "| 4.2 close the road for two weeks during the works.\n|\n"
    )
    assert record.decision_maker == "Cabinet member - highways"
    assert [(r.number, r.text[:9]) for r in record.resolutions] == [
        ("4.1", "resurface"),
        ("4.2", "close the"),
    ]


def test_a_date_label_of_when_the_decision_takes_effect_is_no_call_in() -> None:
    record = parse_text(
        "Walsall Council\n\nOFFICER RECORD OF DECISION\n\n"
        "| Decision title: | Library Van Replacement |\n"
        "| Date decision takes effect: | 14/03/2025 |\n\n"
        "2. DECISION\nTo buy two electric library vans.\n\n"
        "7. CALL-IN\nOfficer decisions are not subject to call-in.\n"
    )
    assert record.effective_from == dt.date(2025, 3, 14)
    assert record.call_in is not None and record.call_in.applies is False


def test_an_items_last_word_a_rendering_set_apart_as_a_paragraph() -> None:
    record = _as_rendered(
        "Decision\n\n2.1 The Director of Place:\n\n2.1.1 approves the award of the contract "
        "to Westway Ltd for four years;\n\nand\n\n2.1.2 notes the start date of 1 May 2025.\n"
    )
    assert [(r.number, r.text[-9:]) for r in record.resolutions] == [
        ("2.1.1", "ears; and"),
        ("2.1.2", "May 2025."),
    ]


@pytest.mark.parametrize(
    "footer",
    [
        # under the line that closes the meeting
        "The meeting closed at 7.40 pm.\n\nThe decisions in these minutes will come into "
        "effect on 21 March 2025 unless called in. The last day for call-in is 20 March 2025 "
        "at 4.00 pm.\n",
        # the last paragraph, speaking for the whole set of minutes
        "This set of minutes is subject to call-in; the call-in period for this set of "
        "minutes ends at 4.00 pm on 20 March 2025.\n\n- 12 -\n",
    ],
)
def test_a_minutes_footer_under_its_last_item_holds_for_every_item(footer: str) -> None:
    records = parse_all(
        (
            "Cabinet\n\nMinutes of the meeting held on 12 March 2025\n\n14. LIBRARY HOURS\n\n"
            "RESOLVED that the new opening hours be approved.\n\n15. PARKS STRATEGY\n\n"
            "RESOLVED that the strategy be adopted.\n\n" + footer
        ).encode()
    )
    assert len(records) == 2
    for record in records:
        assert record.call_in is not None and record.call_in.deadline is not None
        assert record.call_in.deadline.isoformat() == "2025-03-20T16:00:00+00:00"


def test_a_drawn_rule_between_a_schedules_entries_joins_no_line() -> None:
    # (a text dump cut at a fixed width, its rule as wide as the page)
    record = parse_text(
        "TAMWORTH BOROUGH COUNCIL\n\nRECORD OF DECISIONS TAKEN BY THE LEADER OF THE COUNCIL\n\n"
        "Decisions taken on: Friday 7 March 2025\n\n"
        "The following decisions were taken by the Leader of the Council under the\n"
        "Executive Procedure Rules, after consultation with the relevant Cabinet\n"
        "Members and the Chief Executive.\n\n"
        + "-"
        * 80
        + "\nLD/25/04   Castle Grounds Events Licence\n\n"
        "Decision:  That the licence for the summer events in the Castle Grounds be\n"
        "           granted to Tamworth Events Trust for the 2025 season.\n\n"
        "Reason:    The trust has run the events safely for the last three seasons.\n"
    )
    assert record.title == "Castle Grounds Events Licence"


def test_a_call_in_label_for_the_decisions_below_its_date_a_paragraph_apart() -> None:
    record = _as_rendered(
        "Tamworth Borough Council\n\nRECORD OF DECISIONS TAKEN BY THE LEADER\n\n"
        "Decisions taken on:\n\nFriday 7 March 2025\n\nThe following decisions were taken by "
        "the Leader. Call-in deadline for all the decisions below:\n\n5.00pm on Monday 17 "
        "March 2025.\n\nDecision:\n\nThat the licence be granted.\n"
    )
    assert record.decision_date == dt.date(2025, 3, 7)
    assert record.call_in is not None and record.call_in.date == dt.date(2025, 3, 17)


def test_a_titles_wrapped_last_word_over_the_next_sections_number() -> None:
    record = parse_text(
        "Redcar and Cleveland Borough Council\nCABINET DECISION RECORD\n1.\n"
        "Title of Item/Report\n\nSeafront Lighting Upgrade Programme\nOutcome\n\n2.\n"
        "Record of the Decision\n\nCabinet AGREED that the programme be approved.\n"
    )
    assert record.title == "Seafront Lighting Upgrade Programme Outcome"
    assert record.decision_status is None


def test_a_forms_council_row_names_the_authority() -> None:
    record = parse_text(
        "| RECORD OF A KEY DECISION TAKEN BY AN OFFICER | |\n|---|---|\n"
        "| Council: | Cheshire West and Chester Council |\n"
        "| Title of decision: | Home Care Framework |\n"
        "| What has been decided: | To extend the framework. |\n"
    )
    assert record.authority == "Cheshire West and Chester Council"
    assert record.authority_code == "E06000050"


def test_a_statement_of_who_took_the_decision_names_the_maker() -> None:
    record = parse_text(
        "Executive Decision Record\n\nTitle: Seafront Kiosks - Concessions 2026 to 2029\n\n"
        "This decision was taken by: Leader of the Council\n\nDate decision taken: 1 October "
        "2025\n\nThe Leader approved the decision to:\n\n1. Award the kiosk concessions.\n"
    )
    assert record.decision_maker == "Leader of the Council"


def test_a_moderngov_items_title_with_a_colon_before_its_report_link() -> None:
    record = parse_text(
        "Agenda item\n\nCAB/88\n\nPark and Ride: Extension of Operating Contract pdf icon PDF "
        "388 KB\n\nMeeting: 14/05/2025 - Cabinet (Item 88)\n\nDecision:\n\nThe Cabinet approved "
        "a two year extension of the contract.\n"
    )
    assert record.title == "Park and Ride: Extension of Operating Contract"


def test_a_listings_period_under_its_published_heading_is_no_publication_date() -> None:
    record = parse_text(
        "Decisions\n\nDecisions published\n\n, 2 March 2026 - 6 March 2026\n\n02/03/2026 - "
        "Award of contract for fleet telematics ref: 3318    For Determination\n\nDecision "
        "Maker: Assistant Director - Highways and Fleet\n\nDecision published: 03/03/2026\n\n"
        "Decision:\n\nTo award the contract to Trakwise Ltd.\n"
    )
    assert record.published_on == dt.date(2026, 3, 3)
    assert record.decision_date == dt.date(2026, 3, 2)


def test_decision_details_low_on_the_page_over_its_numbered_items() -> None:
    record = parse_text(
        "DACORUM BOROUGH COUNCIL\nRECORD OF PORTFOLIO HOLDER DECISION\n\nDecision made by:  "
        "Portfolio Holder for Neighbourhood Operations\nDecision date:  19 March 2026\n"
        "Record published:  20 March 2026\nForward Plan reference:  FP/2026/011\n\nSubject\n"
        "Charge for a second garden waste bin\n\nDecision details\n3.1  To introduce an annual "
        "charge of £45.\n3.2  To delegate the scheme's terms to the Assistant Director.\n\n"
        "Why the decision was made\nTo recover the cost of the extra collections.\n"
    )
    assert record.title == "Charge for a second garden waste bin"
    assert [r.number for r in record.resolutions] == ["3.1", "3.2"]


def test_no_member_of_staff_involved_having_declared_a_conflict_is_none() -> None:
    record = parse_text(
        "GREATER LONDON AUTHORITY\n\nREQUEST FOR MAYORAL DECISION\n\nTitle: Warm Homes Fund\n\n"
        "Decision:\n\nThat the Mayor approves expenditure of £4.75m.\n\n4. Other considerations\n"
        "4.1 Conflicts of interest: no member of staff involved in drafting or clearing this "
        "decision has declared a conflict of interest.\n"
    )
    assert record.conflicts_of_interest is None
    assert is_nil("No officer consulted on the report had a conflict of interest in the decision.")


def test_a_decision_sessions_running_header_with_a_comma_before_its_date() -> None:
    record = parse_text(
        "Decision Session - Executive Member for Transport, 16 April 2024\n\n14.   Acomb Green "
        "Residents' Parking Scheme\n\nResolved: That the scheme be approved.\n\nReason: To "
        "respond to residents' concerns.\n"
    )
    assert record.decision_date == dt.date(2024, 4, 16)


def test_a_call_in_deadline_below_an_implementation_row_dates_the_call_in() -> None:
    record = parse_text(
        "Medway Council\n\nRECORD OF PORTFOLIO HOLDER DECISION\n\nDecision:\n\nTo approve the "
        "revised allotment rules.\n\nImplementation: This decision will take effect on 11th "
        "July 2025 unless it is called in.\n\nCall-in deadline: 4.00pm on Thursday 10th July "
        "2025\n"
    )
    assert record.call_in is not None and record.call_in.deadline is not None
    assert record.call_in.deadline.isoformat() == "2025-07-10T16:00:00+01:00"


def test_an_items_joining_word_wrapped_onto_a_line_of_its_own() -> None:
    record = _as_rendered(
        "Decision\n\nThat the Leader of the Council:\n\n1.1 approves the emergency works to "
        "the footbridge at an\nestimated cost of £340,000;\n\n1.2 waives Contract Procedure "
        "Rule 9 and\napproves a direct award to the term contractor;\nand\n\n1.3 notes that "
        "the footbridge will stay closed.\n"
    )
    assert [r.number for r in record.resolutions] == ["1.1", "1.2", "1.3"]


def test_a_sentences_date_after_its_weekdays_comma_heads_no_meeting() -> None:
    record = _as_rendered(
        "CABINET\n\n20/10/2025 at 6.00 pm\n\nPresent: Councillor Whitmore (Chair)\n\n"
        "Decisions recorded in these minutes may be called in until 5.00 pm on\n"
        "Wednesday, 29 October 2025. Decisions not called in may be implemented\n"
        "from Thursday, 30 October 2025.\n\n51 FLEET REPLACEMENT\n\nRESOLVED that the "
        "programme be approved.\n"
    )
    assert record.decision_date == dt.date(2025, 10, 20)


def test_a_dated_call_in_row_over_its_exception_for_recommendations() -> None:
    statement = read_call_in(
        "21 February 2024\nCall-in does not apply to recommendations to Council.", DefectLog()
    )
    assert statement.applies is True
    assert statement.date == dt.date(2024, 2, 21)


def test_a_forms_sections_lettered_in_capitals() -> None:
    record = parse_text(
        "REDCAR & CLEVELAND BOROUGH COUNCIL\n\nRECORD OF EXECUTIVE DECISION\n\n"
        "A.  SUBJECT OF DECISION\nCoatham Enclosure - Leases of Units 4 and 5\n\n"
        "B.  DECISION(S) TAKEN\nThat Cabinet:\n1)  approves the leases;\n2)  agrees a rent-free "
        "period.\n\nF.  CALL-IN\nThis decision may be implemented after the call-in period "
        "expires at 5.00pm on Thursday 21st September 2023.\n"
    )
    assert record.title == "Coatham Enclosure - Leases of Units 4 and 5"
    assert [r.number for r in record.resolutions] == ["1", "2"]
    assert record.call_in is not None and record.call_in.date == dt.date(2023, 9, 21)


def test_none_made_after_a_reminder_and_a_headings_wrapped_end() -> None:
    record = parse_text(
        "MID DEVON DISTRICT COUNCIL\n\nMINUTES of a MEETING of the CABINET held on 4 March "
        "2025\n\n89.   DECLARATIONS OF INTERESTS\n       UNDER THE CODE OF CONDUCT (00:03:40)\n\n"
        "Members were reminded of the need to make declarations of interest where\n"
        "appropriate. None were made.\n\n90.   LOCAL PLAN REVIEW (00:04:02)\n\nRESOLVED that "
        "the draft plan be approved for consultation.\n"
    )
    assert record.conflicts_of_interest is None


def test_a_cmis_pages_rows_without_colons_in_their_own_order() -> None:
    record = parse_text(
        "Sandwell Metropolitan Borough Council\n\nDecision Details\n\n  • General\n  • Reports"
        "\n\nThis section allows you to view the general details of a Decision\n\n\n"
        "Decision Outcome\nTo award the catering equipment contract to Galloway Ltd.\n"
        "Decision Title\nSchools Catering Equipment Maintenance - Contract Award\n"
        "Decision Reference\nSMBC/ODR/2025/0412\nDecision Date\nWed 9 Apr 2025\n"
        "Reason for Decision\nThe current contract expires on 30 April 2025.\n"
        "Relevant Documents\nDecision Report - Catering Equipment Maintenance (PDF, 214 KB)\n"
    )
    assert record.title == "Schools Catering Equipment Maintenance - Contract Award"
    assert record.decision == "To award the catering equipment contract to Galloway Ltd."


def test_unless_called_in_by_a_time_it_will_take_effect_on_a_day() -> None:
    record = parse_text(
        "Swale Borough Council\n\nLEADER'S DECISION NOTICE\n\nThis decision is subject to "
        "call-in. Unless it is called in by 5pm on Monday 20 October\n2025, it will take "
        "effect on Tuesday 21 October 2025.\n\nDecision:\n\nTo approve the grant.\n"
    )
    assert record.effective_from == dt.date(2025, 10, 21)


def test_a_printed_web_pages_address_and_time_inside_a_word_rendering() -> None:
    text = (
        "Decisions\n\nDecisions published\n\n04/09/2025 - Drainage Cleansing Contract ref: "
        "3391    Recommendations Approved\n\nDecision Maker: Executive Director - Climate and "
        "Place\n\nDecision:\n\nThe Executive Director AGREED to:\n\n2.1.1 award Lot 1;\n\n"
        "2.1.2 award Lot 2; and\n\nhttps://democracy.example.gov.uk/mgDelegatedDecisions.aspx"
        "?bcr=1&DM=0 3/7\n\n05/10/2025, 14:22 Decisions - Somerset Council\n\n2.1.3 delegate "
        "the extensions to the Service Director.\n\nLead officer: Tamsin Okonjo\n"
    )
    # (a Word file's reader moves its footer paragraphs out of the body, as here)
    blocks = tuple(Block(paragraph) for paragraph in text.split("\n\n") if paragraph.strip())
    document = without_footer_blocks(Document(blocks, "docx", None, "0" * 64, len(text)))
    record = build_record(document, normalise(document))
    assert [r.number for r in record.resolutions] == ["2.1.1", "2.1.2", "2.1.3"]
    assert record.authority == "Somerset Council"


def test_a_first_person_lead_in_with_its_first_item_run_on() -> None:
    record = parse_text(
        "KENT COUNTY COUNCIL – RECORD OF DECISION\n\nDecision:\n\nAs Cabinet Member for "
        "Economic Development, I agree to: a) APPROVE the grant allocations;\n\nb) DELEGATE "
        "the grant conditions to the Director of Growth.\n"
    )
    assert [(r.number, r.text[:7]) for r in record.resolutions] == [
        ("a", "APPROVE"),
        ("b", "DELEGAT"),
    ]


@pytest.mark.parametrize("render", [parse_text, _as_rendered])
def test_a_forms_rows_lettered_without_a_stop(render: object) -> None:
    text = (
        "TELFORD & WREKIN COUNCIL\n\nRECORD OF EXECUTIVE DECISION BY A CABINET MEMBER\n\n"
        "A   Reference:            CMD/2025/041\n\nB   Title:                Selective "
        "Licensing Designation\n\nC   Decision maker:       Cabinet Member for Housing\n\n"
        "E   Decision:             To designate the area for selective licensing.\n\n"
        "J   Published:            9 December 2025\n"
    )
    if render is _as_rendered:
        text = text.replace(":  ", ":\n\n")
    record = parse_text(text) if render is parse_text else _as_rendered(text)
    assert record.decision_maker == "Cabinet Member for Housing"
    assert record.published_on == dt.date(2025, 12, 9)


def test_a_lettered_list_of_acts_keeps_each_items_verb() -> None:
    record = parse_text(
        "To consider the objections to the proposed 20mph speed limit in Elm Grove.\n"
        "Decision Maker: Cabinet Member for Highways and Transport\nDecision:\n"
        "The Cabinet Member for Highways and Transport, having considered the objections:\n"
        "a. APPROVED the making of the Order as advertised;\n"
        "b. AGREED that the objectors be notified of the decision and of the reasons for it; "
        "and\nc. NOTED that the scheme will be funded from the transport allocation.\n"
    )
    assert [(r.number, r.text[:6]) for r in record.resolutions] == [
        ("a", "APPROV"),
        ("b", "AGREED"),
        ("c", "NOTED "),
    ]
    assert record.reasons is None


def test_a_service_director_who_consulted_has_decided_to() -> None:
    found = read_lead_in(
        "The Service Director, in consultation with the Lead Member for Prosperity, has decided to:"
    )
    assert found is not None and found.by == "Service Director"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_titles_last_word_wrapped_onto_a_line_of_its_own(gap: str) -> None:
    text = (
        "STOCKTON-ON-TEES BOROUGH COUNCIL\nCABINET RECOMMENDATIONS\nPROFORMA\n\n1.\n\n"
        "Title of Item/Report\n\nPay Policy Statement 2025/26 and Gender Pay Gap" + gap + "Report"
        "\n\n2.\n\nRecord of the Decision\n\nRECOMMENDED to Council that the statement be "
        "approved.\n"
    )
    record = _as_rendered(text) if gap == "\n\n" else parse_text(text)
    assert record.title == "Pay Policy Statement 2025/26 and Gender Pay Gap Report"


def test_a_reports_next_numbered_section_ends_the_one_above() -> None:
    record = _as_rendered(
        "GREATER LONDON AUTHORITY\n\nREQUEST FOR MAYORAL DECISION\n\nTitle: Community Energy "
        "Fund\n\nDecision:\n\nThat the Mayor approves expenditure of £2.75m.\n\nConflicts of "
        "interest\n\n4.1 The officers involved in the drafting or clearance of this decision "
        "have no interests to\ndeclare.\n\n5. Financial comments\n\n5.1 Expenditure will be "
        "funded from the Green Finance budget.\n"
    )
    assert record.conflicts_of_interest is None


def test_a_sentence_on_its_verb_in_the_header_is_no_title() -> None:
    record = parse_text(
        "Leeds City Council\n\nDelegated Decision Notice\n\nThis is a Key Decision which is NOT "
        'subject to call-in (see "Call-in" below)\n\nDecision Maker: Director of Adults and '
        "Health\n\nDecision\nThe Director of Adults and Health has approved:\n  i.   the direct "
        "award of the contract; and\n  ii.  the re-procurement of the lot.\n\nSubject\nInterim arrangements for home care\n\nReasons for the decision\nTo keep "
        "care going.\n"
    )
    assert record.title == "Interim arrangements for home care"


def test_a_labels_value_a_paragraph_apart_is_no_title() -> None:
    record = _as_rendered(
        "Leeds City Council\n\nDelegated Decision Notice\n\nDecision Maker:\n\nDirector of "
        "Adults and Health\n\nReport author:\n\nPriya Natarajan, Head of Commissioning\n\n"
        "Decision\n\nThe Director of Adults and Health has approved:\n\ni. the direct award of the "
        "contract; and\n\nii. the re-procurement of the lot.\n\nSubject\n\n"
        "Interim arrangements for home care\n\nReasons for the decision\n\nTo keep care going.\n"
    )
    assert record.title == "Interim arrangements for home care"


def test_a_lead_in_after_the_authority_it_acted_under() -> None:
    found = read_lead_in(
        "Acting under the delegation agreed by the Cabinet on 17 September 2025 (minute 48), "
        "the Director of Environment and Transport decided to:"
    )
    assert found is not None and found.by == "Director of Environment and Transport"


def test_a_call_in_of_this_decision_must_be_received_by() -> None:
    record = parse_text(
        "East Riding of Yorkshire Council\n\nDecision details\n\nIs subject to call in?: Yes\n\n"
        "Decision:\n\nThat the depot be sold.\n\nAny call-in of this decision must be received "
        "by 5.00 pm on Wednesday 3 December 2025.\n"
    )
    assert record.call_in is not None and record.call_in.date == dt.date(2025, 12, 3)


def test_a_numbered_forms_rows_without_a_rule_before_the_number() -> None:
    record = parse_text(
        "PLYMOUTH CITY COUNCIL\n\nEXECUTIVE DECISION\nmade by a Cabinet Member\n\nDecision\n"
        "1 | Title of decision: | Tinside Lido – Admission Charges 2025 |\n"
        "2 | Decision maker: | Cabinet Member for Culture, Leisure and Sport |\n"
        "4 | Decision to be taken: | To approve the admission charges for 2025. |\n"
        "5 | Reasons for decision: | Charges were frozen for the 2024 season. |\n"
    )
    assert record.title == "Tinside Lido – Admission Charges 2025"
    assert record.decision_maker == "Cabinet Member for Culture, Leisure and Sport"
    assert record.reasons == "Charges were frozen for the 2024 season."


def test_a_resolving_lead_in_that_names_its_reasons_heads_no_reasons() -> None:
    record = parse_text(
        "12/03/2025 - Play Area Renewal Programme ref: 2231    Recommendations Approved\n\n"
        "Decision Maker: Cabinet\n\nDecision:\n\nRESOLVED that for the reasons contained in the "
        "Officer's report:\n\n(i) the renewal programme be approved;\n\n(ii) the Head of Parks "
        "be authorised to let the contracts.\n\nLead officer: Owain Rees\n"
    )
    assert [item.number for item in record.resolutions] == ["i", "ii"]
    assert record.reasons is None


@pytest.mark.parametrize(
    ("value", "office"),
    [
        (
            "Cabinet Portfolio Holder - Leisure and Culture",
            "Cabinet Portfolio Holder - Leisure and Culture",
        ),
        ("Portfolio Holder – Housing and Welfare", "Portfolio Holder – Housing and Welfare"),
    ],
)
def test_an_office_holders_label_with_the_portfolio_after_a_dash(value: str, office: str) -> None:
    record = parse_text(
        "EASTVALE BOROUGH COUNCIL\n\nEXECUTIVE DECISION RECORD - PORTFOLIO HOLDER\n\n"
        f"Portfolio Holder:    {value}\n\nDate decision taken:   4 March 2025\n\n"
        "Subject:   Allotment rents 2025/26\n\nDetails of decision\n\nI have decided:\n\n"
        "i.   to hold allotment rents at the 2024/25 level.\n"
    )
    assert record.decision_maker == office


def test_an_office_after_a_dash_is_not_a_person() -> None:
    record = parse_text(
        "EASTVALE BOROUGH COUNCIL\n\nRecord of decision\n\n"
        "Cabinet Member:   Cabinet Member - Councillor Dana Ellis\n\n"
        "Subject:   Allotment rents 2025/26\n\nDecision\n\nTo hold allotment rents.\n"
    )
    assert record.decision_maker != "Cabinet Member - Councillor Dana Ellis"


def test_an_opening_clause_then_who_agreed_the_following() -> None:
    found = read_lead_in(
        "On consideration of the report of the Cabinet Member for Leisure and Parks, Cabinet "
        "agreed the following:"
    )
    assert found is not None and found.by == "Cabinet" and found.rest == ""


def test_a_wrapped_opening_clauses_last_line_then_who_decided() -> None:
    found = read_lead_in(
        "Overview and Scrutiny Committee at its meeting on 3 June 2025, the Portfolio Holder:"
    )
    assert found is not None and found.by == "Portfolio Holder"


def test_a_deciders_second_office_in_brackets_before_resolved() -> None:
    found = read_lead_in(
        "The Cabinet Member for Finance and Resources (Deputy Leader) RESOLVED to:"
    )
    assert (
        found is not None and found.by == "Cabinet Member for Finance and Resources (Deputy Leader)"
    )


def test_a_minutes_footer_under_its_running_footer_holds_for_every_minute() -> None:
    records = parse_all(
        b"EASTVALE DISTRICT COUNCIL\n\nCABINET\n\nMEETING HELD ON TUESDAY, 14TH OCTOBER, 2025\n\n"
        b"21     PARKING STRATEGY\n\nRESOLVED: That the parking strategy be adopted.\n\n"
        b"22     GRANTS REVIEW\n\nRESOLVED: That the grants review be noted.\n\n"
        b"Eastvale District Council                          Cabinet (14.10.25)\n"
        b"Date of Publication: Thursday 16 October 2025                          Page 3\n"
        b"Call-in Expiry: Thursday 23 October 2025\n"
    )
    assert [record.published_on for record in records] == [dt.date(2025, 10, 16)] * 2
    assert [record.call_in.date if record.call_in else None for record in records] == [
        dt.date(2025, 10, 23)
    ] * 2


def test_a_minutes_heading_with_the_body_set_in_after_meeting() -> None:
    record = parse_text(
        "MINUTES OF THE MEETING Cabinet HELD ON Tuesday, 9th December, 2025, 6.30 - 8.05 pm\n\n"
        "PRESENT:\n\nCouncillors: Ann Lee (Chair), Tom Hart.\n\n"
        "88.   LIBRARY OPENING HOURS\n\nRESOLVED\n\n1.  To approve the new opening hours.\n"
    )
    assert record.decision_maker == "Cabinet"
    assert record.decision_date == dt.date(2025, 12, 9)


def test_a_portfolio_label_ends_the_title_above_it() -> None:
    record = parse_text(
        "Eastvale District Council\n\nCabinet Member Decision Notice\n\n"
        "Subject: Market stall fees – introduction of a reduced winter rate for traders\n\n"
        "Portfolio: Economy and Town Centres\n\n"
        "Reasons for the decision\nFees were last changed in 2021.\n\nDecision\n"
        "I agree the fees set out in the report.\n"
    )
    assert record.title == "Market stall fees – introduction of a reduced winter rate for traders"


def test_decisions_come_into_effect_on_dates_the_effect() -> None:
    record = parse_text(
        "Eastvale District Council\n\nDecision Maker: Cabinet\n\nPublished on: Friday 21 March "
        "2025\n\nDecisions come into effect on: Wednesday 2 April 2025 (unless called in)\n\n"
        "Decision:\n\nThat the strategy be adopted.\n"
    )
    assert record.effective_from == dt.date(2025, 4, 2)


def test_a_banner_wrapped_onto_the_line_under_it() -> None:
    record = parse_text(
        "WEST OF ENGLAND MAYORAL\nCOMBINED AUTHORITY\n\nMAYORAL DECISION NOTICE\n\n"
        "Decision maker: Mayor\n\nDecision:\n\nTo appoint the interim chair.\n"
    )
    assert record.authority == "West of England Mayoral Combined Authority"


def test_a_dated_call_in_with_its_exception_in_brackets_holding_brackets() -> None:
    found = read_call_in(
        "5.00 pm - Friday 20 February 2026 (decisions (a) to (c) only; the recommendation to "
        "Council is not subject to call-in)",
        DefectLog(),
    )
    assert found.applies is True and found.date == dt.date(2026, 2, 20)


def test_a_call_in_sentence_a_rendering_cut_at_a_blank_line() -> None:
    record = _as_rendered(
        "Eastvale Borough Council\n\nEXECUTIVE\n\nDECISIONS TAKEN AT THE MEETING HELD ON MONDAY "
        "9 JUNE 2025\n\nThe decisions below will come into force on Thursday 19 June 2025 unless "
        "they are called in. Any call-in request must reach the Head of Democratic\n\nServices "
        "by 5.00 pm on Wednesday 18 June 2025.\n\nRESOLVED that the fees be approved.\n"
    )
    assert record.call_in is not None and record.call_in.date == dt.date(2025, 6, 18)


@pytest.mark.parametrize(
    ("taker", "maker"),
    [
        ("made by a Cabinet Member", None),
        ("made by the Leader of the Council", "Leader of the Council"),
    ],
)
def test_the_line_under_an_executive_decision_says_who_made_it(
    taker: str, maker: str | None
) -> None:
    record = parse_text(
        f"EASTVALE CITY COUNCIL\n\nEXECUTIVE DECISION\n{taker}\n\n"
        "Title of decision: Meals service contract extension\n\nDecision:\n\nTo extend the "
        "contract by twelve months.\n"
    )
    assert record.decision_maker == maker


def test_the_last_minutes_own_flag_above_the_minutes_footer() -> None:
    first, second = parse_all(
        b"EASTVALE BOROUGH COUNCIL\n\nCABINET\n\nMeeting held on Tuesday 24 June 2025\n\n"
        b"15 PARK WORKS\n\nRESOLVED\n\nThat the park works be approved.\n\n"
        b"Eligible for call-in - Yes\n\n16 TREASURY OUTTURN\n\nRESOLVED\n\nThat the outturn be "
        b"noted.\n\nEligible for call-in - No\n\nDate of publication of these minutes: "
        b"Thursday, 26 June 2025\n"
    )
    assert first.published_on == second.published_on == dt.date(2025, 6, 26)


def test_a_dash_for_none_on_its_own_line_ends_no_sentence() -> None:
    record = parse_text(
        "Eastvale Council\n\nDecision Details\n\nDecision Maker:\nHead of Leisure\n"
        "Decision Outcome\nThat the concession be awarded.\nConflicts of Interest declared\n-\n"
        "Dispensations granted\n-\nDate of Publication\nThu 17 Apr 2025\n"
        "Call-in Deadline\nThu 24 Apr 2025 5:00 PM\n"
    )
    assert record.published_on == dt.date(2025, 4, 17)


def test_a_lead_in_with_its_first_item_run_on_ends_a_labels_paragraph() -> None:
    record = parse_text(
        "Eastvale Borough Council\n\nCABINET - DECISION NOTICE\n\nMeeting held on Tuesday, 10 "
        "June 2025\n\nAlternatives considered: keeping the present flat-rate tariff for the "
        "whole day, which\nwould not reflect the higher demand for spaces at peak commuter "
        "times.\n\nRESOLVED - (1) That the revised charging structure for the multi-storey car "
        "park set\nout in Appendix 1 be approved, with effect from 1 September 2025.\n\n(2) That "
        "a season ticket for residents of the new apartments be introduced.\n\nReason for "
        "decision: to align charges with the parking strategy.\n"
    )
    assert [item.number for item in record.resolutions] == ["1", "2"]
    assert record.alternative_options is not None
    assert "RESOLVED" not in record.alternative_options


def test_a_security_marking_unrestricted_is_no_title() -> None:
    record = parse_text(
        "Key decision: Yes\nUnrestricted\n\nReport to Cabinet Member for Highways and Transport\n"
        "\nMarch 2025\n\nWinter Gritting Routes 2025/26\n\nReport by Head of Highways\n\n"
        "Recommendation\n\nThe Cabinet Member is asked to approve the gritting routes.\n"
    )
    assert record.title == "Winter Gritting Routes 2025/26"
    assert record.decision_maker == "Cabinet Member for Highways and Transport"


def test_a_title_paragraph_under_a_dated_call_in_rows_statement() -> None:
    record = parse_text(
        "LONDON BOROUGH OF EASTVALE\n\nCABINET\n\nNOTICE OF DECISION\n\nDate of meeting:  "
        "Wednesday 15 January 2025\nCall-in deadline:   4.00 pm, Thursday 23 January 2025\n\n"
        "Decisions taken at this meeting will come into effect after the call-in deadline.\n\n"
        "Eastvale Local Plan - Proposed Main Modifications for Consultation\n\nKey decision: Yes"
        "\n\nDecision\n\nThat Cabinet approves the modifications for consultation.\n"
    )
    assert record.title == "Eastvale Local Plan - Proposed Main Modifications for Consultation"


def test_a_sentence_under_a_bare_officer_label_is_no_decision_maker() -> None:
    record = parse_text(
        "EASTVALE BOROUGH COUNCIL\n\nCABINET\n\nMINUTES\n\n19 NOVEMBER 2024\n\nOfficers:\n"
        "R. Castle, Chief Executive; P. Sandhu, Monitoring Officer; J. Lyle, Democratic Services\n"
        "Officer (Minutes)\n\nThe meeting began at 7.30 pm.\n\nCA/074/24   GARDEN WASTE CHARGES\n\n"
        "Decision\n\nThat the charges be approved.\n"
    )
    assert record.decision_maker != "The meeting began at 7.30 pm."


def test_a_minutes_own_exemption_from_call_in_over_the_pages_deadline_for_eligible_ones() -> None:
    record = parse_text(
        "EXECUTIVE BOARD\n\nWEDNESDAY, 20TH MARCH, 2024\n\n118\tNight Shelter Extension\n\n"
        "RESOLVED – That the extension of the night shelter be approved.\n\n(The matters referred "
        "to in Minute No. 118 were exempted from the Call In process, as the decision was "
        "urgent.)\n\nDATE OF PUBLICATION:\t\tFRIDAY, 22ND MARCH 2024\n\nLAST DATE FOR CALL IN OF "
        "ELIGIBLE DECISIONS:\t\t5.00 P.M., FRIDAY, 29TH MARCH 2024\n"
    )
    assert record.call_in is not None and record.call_in.applies is False


@pytest.mark.parametrize(
    ("answers", "applies", "key"),
    [("Yes [X]    No [ ]", False, True), ("Yes [ ]    No [X]", True, False)],
)
def test_a_forms_ticked_boxes_answer_its_questions(answers: str, applies: bool, key: bool) -> None:
    record = parse_text(
        "EASTVALE DISTRICT COUNCIL\n\nRecord of a decision taken by an officer under delegated "
        f"powers\n\nOfficer taking the decision:   Head of Housing\n\nIs this a key decision?   "
        f"{answers}\n\nHas the call-in procedure been waived on grounds of urgency?   {answers}\n"
        "\nDate of decision:   20 February 2026\n\nDetails of the decision:\n\nTo accept the grant.\n"
    )
    assert record.call_in is not None and record.call_in.applies is applies
    assert record.is_key_decision is key


def test_a_deputy_chief_executive_who_consulted_at_length_agreed_to() -> None:
    found = read_lead_in(
        "The Deputy Chief Executive, in consultation with the Leader of the Council and the "
        "Chairman of the Finance, Economic Development and Corporate Overview and Scrutiny "
        "Committee, agreed to:"
    )
    assert found is not None and found.by == "Deputy Chief Executive"


_RUN_OVER_LINES = (
    "EASTVALE BOROUGH COUNCIL\n\nDecision taker: Mayor\n\nReport title: Rural grants\n\n"
    "The Mayor, having considered the report, DECIDED that: (1) the allocation of £398,000\n"
    "to the small business grants scheme be approved; (2) the allocation of £142,000\n"
    "to the village halls scheme be approved; and (3)\n"
    "the Chief Officer be authorised to approve individual grants.\n\n"
    "Reasons for Decision:\nThe fund must be committed by March.\n"
)


def test_an_inline_list_that_runs_over_a_paragraphs_lines() -> None:
    record = parse_text(_RUN_OVER_LINES)
    assert [(item.number, item.by) for item in record.resolutions] == [
        ("1", "Mayor"),
        ("2", "Mayor"),
        ("3", "Mayor"),
    ]


def test_an_inline_list_that_runs_over_a_renderings_lines() -> None:
    # a Word rendering that kept a PDF's lines, each line a paragraph of its own
    blocks = tuple(Block(line) for line in _RUN_OVER_LINES.split("\n") if line.strip())
    document = Document(blocks, "docx", None, "0" * 64, len(_RUN_OVER_LINES))
    record = build_record(document, normalise(document))
    assert [item.number for item in record.resolutions] == ["1", "2", "3"]


def test_a_record_kind_over_its_title_is_no_forms_row() -> None:
    record = parse_text(
        "Eastvale Borough Council\n\nCabinet Member Decision Notice\n\nDecision reference: "
        "CMD/HSG/25/014\n\nNightly Rate Framework - Extension\n\nCabinet Member: Cabinet Member "
        "for Housing\n\nDate of decision: Friday, 7th March 2025\n\nAGREED:\n\n1.1  To extend "
        "the framework.\n"
    )
    assert record.title == "Nightly Rate Framework - Extension"


def test_a_call_in_sentence_at_noon_on_a_weekday_is_no_heading() -> None:
    record = _as_rendered(
        "Eastvale Borough Council\n\nCabinet Member Decision Notice\n\nDecision:\n\nTo extend "
        "the framework.\n\nCall-in:\n\nThe call-in period for this decision ends at 12 noon on "
        "Monday\n17 March 2025. The decision may be implemented after that time.\n"
    )
    assert record.call_in is not None
    assert record.call_in.deadline == dt.datetime(2025, 3, 17, 12, 0, tzinfo=dt.timezone.utc)


def test_a_decision_pages_title_with_a_colon_a_rendering_set_apart() -> None:
    record = _as_rendered(
        "Decision details\n\nGateway 2 - Contract Award Approval:\n\nLift Maintenance Services"
        "\n\nDecision Maker:\n\nCabinet Member for Council Homes\n\nDecision:\n\n"
        "To award the contract.\n"
    )
    assert record.title == "Gateway 2 - Contract Award Approval: Lift Maintenance Services"


def test_the_date_signed_under_the_deciders_approval_of_the_report() -> None:
    record = parse_text(
        "City of Eastvale\n\nCabinet Member Report\n\nDecision Maker: Cabinet Member for "
        "Parks\n\nDate: 6 October 2025\n\nTitle: Tree Planting Programme\n\n1. Recommendation"
        "\n\n1.1 That the programme be approved.\n\nFor the reasons set out above, I agree the "
        "recommendation(s) in the report entitled\nTree Planting Programme and reject any "
        "alternative\noptions which are referred to but not recommended.\n\nSigned\n\n"
        "Cabinet Member for Parks\n\nDate 14 October 2025\n"
    )
    assert record.decision_date == dt.date(2025, 10, 14)


def test_an_agendas_item_to_receive_declarations_declares_none() -> None:
    record = parse_text(
        "Agenda and decisions\n\nCabinet - Thursday, 11th December, 2025 6.30 pm\n\nItems\n\n1.\n\n"
        "Declarations of Interest\n\nTo receive declarations of disclosable pecuniary or "
        "non-pecuniary interests, arising from business to be transacted at this meeting.\n\n"
        "2.\n\nLibrary Hours\n\nDecision:\n\nThat the new library hours be approved.\n"
    )
    assert record.conflicts_of_interest is None


def test_who_decided_wrapped_onto_the_line_under_a_decision_of_heading() -> None:
    record = parse_text(
        "EASTVALE COUNCIL\n\nDECISION OF THE EXECUTIVE MEMBER FOR PARKS, LEISURE AND\n"
        "ENVIRONMENT\n\nSUBJECT: Tree planting programme\n\nDECISION:\n\nThe Executive Member "
        "agrees to allocate the grant to planting at three parks.\n"
    )
    assert (record.decision_maker or "").casefold() == (
        "executive member for parks, leisure and environment"
    )


def test_a_numbered_forms_next_row_ends_the_row_above_whatever_its_label() -> None:
    record = parse_text(
        "EASTVALE BOROUGH COUNCIL\n\nRECORD OF AN EXECUTIVE DECISION TAKEN BY AN OFFICER\n\n"
        "1.   Officer taking the decision:\n     Assistant Director, Housing Repairs\n\n"
        "2.   Subject:\n     Extension of the repairs call handling contract\n\n"
        "3.   Date of report:\n     29 September 2025\n\n4.   Decision:\n     I have decided to "
        "extend the contract by six months.\n"
    )
    assert record.title == "Extension of the repairs call handling contract"


def test_the_call_in_procedure_shall_not_apply() -> None:
    record = parse_text(
        "EASTVALE COUNCIL\n\nSubject :- Winter Fund Allocation\nDecision :- To approve the "
        "allocation.\nUrgency :- The Chair agreed that the decision is urgent and that the "
        "call-in procedure shall not apply, as any delay would prevent payments.\n"
    )
    assert record.call_in is not None and record.call_in.applies is False


def test_a_character_drawn_tables_continued_rows_are_no_two_column_form() -> None:
    record = parse_text(
        "Eastvale Borough Council\n\nKEY DECISION RECORD\n\n"
        "| Decision reference        | KD/2026/07                                    |\n"
        "| Date decision taken       | 06.03.2026                                    |\n"
        "| Decision taker            | Portfolio Holder for Place                    |\n"
        "| Subject                   | Town Centre Public Realm - Phase 3            |\n"
        "|                           | Contract Award                                |\n"
        "| Decision                  | AGREED:                                       |\n"
        "|                           | A. To award the Phase 3 contract.             |\n"
        "|                           | B. To approve a contingency of £150,000.      |\n"
    )
    assert record.title == "Town Centre Public Realm - Phase 3 Contract Award"
    assert [item.number for item in record.resolutions] == ["A", "B"]


def test_decisions_numbered_on_into_a_recommendation_to_council() -> None:
    record = parse_text(
        "EASTVALE COUNCIL\n\nCABINET\n\nTuesday 21 October 2025\n\nDecision:\n\n(a) the revised "
        "tariff be APPROVED;\n\n(b) authority be DELEGATED to the Director;\n\nRECOMMEND to "
        "Council:\n\n(c) the Capital Programme be increased by £385,000.\n"
    )
    assert [(item.number, item.kind, item.by) for item in record.resolutions] == [
        ("a", "resolved", None),
        ("b", "resolved", None),
        ("c", "recommended", "Council"),
    ]


def test_a_minutes_heading_says_where_then_the_day_with_no_on() -> None:
    body, date = meeting_held(
        [
            "EASTVALE DISTRICT COUNCIL",
            "",
            "CABINET",
            "",
            "HELD AT THE COUNCIL CHAMBER, EASTVALE HOUSE, MARKET STREET",
            "TUESDAY, 21ST OCTOBER 2025 (6.00 PM)",
        ]
    )
    assert (body, date) == ("Cabinet", "TUESDAY, 21ST OCTOBER 2025 (6.00 PM)")


def test_a_two_column_forms_labels_wrapped_over_their_values_lines() -> None:
    record = parse_text(
        "EASTVALE DISTRICT COUNCIL\n\nRECORD OF AN OFFICER DECISION\n\n"
        "Decision reference:        OD/2025/041\n\n"
        "Decision taker             Head of Housing and Environmental\n"
        "(name and title):          Health\n\n"
        "Subject:                   Empty Homes Grant – award for 12 Watergate\n\n"
        "Decision:                  To award an Empty Homes Grant of £18,500.\n\n"
        "Reasons for the            The property has been empty since March 2019\n"
        "decision:                  and has drawn repeated complaints.\n\n"
        "Alternative options        Enforcement action by way of an Empty\n"
        "considered and             Dwelling Management Order was considered and\n"
        "rejected:                  rejected because the owner will do the works.\n\n"
        "Conflicts of interest      None\ndeclared by any Member\nconsulted:\n\n"
        "Dispensations granted:     N/A\n"
    )
    assert record.decision_maker == "Head of Housing and Environmental Health"
    assert record.alternative_options == (
        "Enforcement action by way of an Empty Dwelling Management Order was considered and "
        "rejected because the owner will do the works."
    )
    assert record.conflicts_of_interest is None


def test_a_welsh_time_after_its_date_gives_the_deadline() -> None:
    found = find_first_date("18/02/2026 am 5.00yp / at 5.00pm")
    assert found is not None and found.time == dt.time(17, 0)


def test_the_decisions_taken_over_a_summary_of_them() -> None:
    record = parse_text(
        "EASTVALE CITY COUNCIL\n\nDELEGATED DECISION RECORD\n\n"
        "2   Title of decision:           Tree Planting Contract 2025-2028\n\n"
        "3   Decision maker:              Director of Environmental Services\n\n"
        "7   Summary of decision:\n    To award a three year contract for tree planting.\n\n"
        "8   Decision(s) taken:\n    1.  To award the contract to Greenline Ltd.\n"
        "    2.  To approve spending of up to £160,000 a year.\n\n"
        "9   Reasons for decision:\n    The tender offered the best value.\n"
    )
    assert [item.number for item in record.resolutions] == ["1", "2"]


def test_an_empty_declaration_row_over_a_pages_relevant_documents() -> None:
    record = parse_text(
        "Eastvale Council\n\nDecision Details\n\nDecision\nResolved that the depot be bought."
        "\nDeclarations of Interest\nNone\nDispensations Granted\n\nRelevant Documents\n"
        "Report to Cabinet - 9 July 2025\n"
    )
    assert record.dispensations is None


def test_a_minutes_next_number_ends_a_minute_whose_heading_is_its_purpose() -> None:
    record = parse_text(
        "EASTVALE COUNTY COUNCIL\n\nCABINET\n\n152  Declarations of personal interest\n\n"
        "     None.\n\n153  To consider the report on the Rate Relief Scheme\n\n"
        "     Following discussion, it was RESOLVED to:\n\n     a)  approve the scheme;\n\n"
        "     b)  delegate authority to the Finance Lead.\n"
    )
    assert [item.number for item in record.resolutions] == ["a", "b"]
    assert record.conflicts_of_interest is None


def test_a_declarations_heading_over_minutes_keeps_the_minutes_text() -> None:
    record = parse_text(
        "Agenda and minutes\n\nParks Policy Committee - Monday, 17th March, 2025 2.00 pm\n\n"
        "Items\n\n3.\n\nDeclarations of Interest\n\nMinutes:\n\nCouncillor Aisha Raza declared a "
        "personal interest in item 4 as a trustee of the Friends of the Park.\n\n4.\n\n"
        "Parks Strategy\n\nMinutes:\n\nRESOLVED: That the strategy be adopted.\n"
    )
    assert (record.conflicts_of_interest or "").startswith("Councillor Aisha Raza declared")


def test_a_renderings_title_paragraph_keeps_its_wrapped_line() -> None:
    record = _as_rendered(
        "Key decision: Yes\n\nReport to Director of Adult Services\n\nMarch 2026\n\n"
        "Home Care Framework – Award of Packages under the Dynamic Purchasing\n"
        "System (North and East Localities, Lot 2)\n\nReport by Head of Commissioning\n\n"
        "Recommendation\n\nThe Director is asked to approve the award of packages.\n"
    )
    assert record.title == (
        "Home Care Framework – Award of Packages under the Dynamic Purchasing System "
        "(North and East Localities, Lot 2)"
    )


def test_a_minutes_heading_cut_at_a_comma_is_read_whole_without_its_reference() -> None:
    title = plain_title(["CAB12/25 SALE OF SURPLUS LAND AT THE OLD DEPOT,", "NORTHGATE", ""])
    assert title == "SALE OF SURPLUS LAND AT THE OLD DEPOT, NORTHGATE"


def test_a_title_labels_open_bracket_closed_a_paragraph_below() -> None:
    record = _as_rendered(
        "Forward Plan reference number: FP/101/01/26\n\n"
        "Report title: Award of Contracts for Special School Transport (Summer\n\n"
        "Term 2026)\n\nReport to: Councillor Mark Dalby, Cabinet Member for Education "
        "Excellence,\nLifelong Learning and Employability\n\n"
        "Report author: Director of Education\n"
    )
    assert record.title == "Award of Contracts for Special School Transport (Summer Term 2026)"


def test_a_resolutions_clause_that_names_an_option_is_no_heading() -> None:
    record = parse_text(
        "Decision Maker: Cabinet\n\nDecision:\n\nRESOLVED –\n\n(1) That the consultation "
        "responses be noted.\n\n(2) That Option C, a smaller market of 40 stalls, be "
        "approved.\n\nReasons for Decision:\n\nThe option reduces the operating deficit.\n\n"
        "Alternative Options Considered and Rejected:\n\nOption A (closure) was rejected.\n"
    )
    assert [item.number for item in record.resolutions] == ["1", "2"]
    assert (record.alternative_options or "").startswith("Option A (closure)")


def test_who_may_call_a_decision_in_and_by_when() -> None:
    record = parse_text(
        "WESTSHIRE COUNTY COUNCIL\n\nCabinet Member Decision\n\nDecision:\n\nI have decided "
        "to extend the scheme.\n\nCall-in\nAny six members of the Council may call this "
        "decision in by writing to the\nHead of Democratic Services by 4pm on Tuesday 14 July "
        "2026. If it is not called\nin, the decision may be implemented from 15 July 2026.\n"
    )
    assert record.call_in is not None
    assert record.call_in.deadline == dt.datetime(
        2026, 7, 14, 16, 0, tzinfo=ZoneInfo("Europe/London")
    )


def test_a_request_to_call_in_a_decision_must_be_received_by_its_deadline() -> None:
    record = parse_text(
        "WESTVALE BOROUGH COUNCIL\n\nCabinet – Record of Decisions\n\nThe decisions set out "
        "below will come into force on Friday 10 July 2026 unless they are called in. A "
        "request to call in a decision must be received by the Monitoring Officer by 5.00pm "
        "on Thursday 9 July 2026.\n\n1. PARKING CHARGES\n\nRESOLVED that the charges be "
        "approved.\n"
    )
    assert record.call_in is not None and record.call_in.date == dt.date(2026, 7, 9)


def test_none_reported_of_dispensations_after_anothers_interest() -> None:
    record = parse_text(
        "Eastvale Council\n\nCabinet\n\n3 March 2026\n\n"
        "C12/26   To Receive any Declarations of Interest and Notification of Dispensations\n"
        "         Granted\n\nCouncillor J Amos declared a personal interest "
        "in item C14/26 as a member of the Trust.\n\n"
        "No dispensations in respect of declared interests were reported.\n\n"
        "C13/26   Minutes\n\nResolved that the minutes of the last meeting be confirmed.\n"
    )
    assert record.dispensations is None
    # (the section ends at the next minute, "C13/26   Minutes")
    assert (record.conflicts_of_interest or "").endswith("interests were reported.")


def test_a_minutes_reference_before_an_agendas_wording_or_a_year() -> None:
    assert read_minute("C12/26 To Receive any Declarations of Interest") == (
        12,
        "To Receive any Declarations of Interest",
    )
    assert read_minute("C14/26 2026/27 Budget Monitoring Report") == (
        14,
        "2026/27 Budget Monitoring Report",
    )


def test_derbys_council_cabinet_decides() -> None:
    record = parse_text(
        "                                            Council Cabinet\n"
        "                                            11 March 2026\n\n"
        "88/25      Cemetery Fees 2026/27\n\n"
        "           The Council Cabinet considered a report on cemetery fees.\n\n"
        "           Decision\n\n           1.   To approve the fees at Appendix 1.\n"
    )
    assert record.decision_maker == "Council Cabinet"
    assert record.decision_date == dt.date(2026, 3, 11)


def test_moderngovs_welsh_decision_maker_label() -> None:
    record = parse_text(
        "Penderfynwr: Cabinet\n\nGwnaed yn y cyfarfod: 10/03/2026 - Cabinet\n\n"
        "Penderfyniad:\n\nRESOLVED that the strategy be adopted.\n"
    )
    assert record.decision_maker == "Cabinet"


def test_a_plain_english_records_questions_date_it() -> None:
    record = parse_text(
        "Westshire Council\n\nDecision record\n\nWhat is the decision about?\n"
        "Acceptance of a Heritage Grant\n\nDecided by\nLeader of the Council\n\n"
        "When was it decided?\nTuesday 3 March 2026\n\nWhat was decided?\n"
        "The Leader approved the decision to accept the grant.\n\n"
        "When was this record published?\nThursday 5 March 2026\n"
    )
    assert record.decision_date == dt.date(2026, 3, 3)
    assert record.published_on == dt.date(2026, 3, 5)


def test_a_renderings_two_column_form_reads_its_wrapped_labels_whole() -> None:
    # (each printed line a paragraph, the gap between the columns kept, its indent gone)
    record = _as_rendered(
        "EASTVALE BOROUGH COUNCIL\n\nRECORD OF AN OFFICER DECISION\n\n"
        "Decision taker           Head of Parks and Open\n\n"
        "(name and title):        Spaces\n\n"
        "Date of decision:        12 May 2026\n\n"
        "Decision:                To award the grounds maintenance contract to Verdant Ltd.\n\n"
        "Reasons for the          The tender offered the best\n\n"
        "decision:                value of the three received.\n\n"
        "Alternative options      Extending the current contract\n\n"
        "considered and           was not possible, as its\n\n"
        "rejected:                extensions have been used.\n\n"
        "Conflicts of interest    None\n\ndeclared by any Member\n\nconsulted:\n"
    )
    assert record.decision_maker == "Head of Parks and Open Spaces"
    assert (record.reasons or "").startswith("The tender offered the best value")
    assert (record.alternative_options or "").startswith(
        "Extending the current contract was not possible, as its extensions"
    )
    assert record.conflicts_of_interest is None


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (
            ["Decision maker (name and     Chief Officer Highways and", "designation):  Roads"],
            ["Decision maker (name and designation):   Chief Officer Highways and Roads", ""],
        ),
        (
            ["Conflicts of interest   None", "declared by any Member", "consulted:"],
            ["Conflicts of interest declared by any Member consulted:   None", "", ""],
        ),
        # a label's end in capitals, the name of who was consulted, after its middle lines
        (
            [
                "Any conflict of   None declared",
                "interest declared",
                "by a Cabinet",
                "Member consulted:",
            ],
            [
                "Any conflict of interest declared by a Cabinet Member consulted:   None declared",
                "",
                "",
                "",
            ],
        ),
        # a sentence's line under a gap is no label's end
        (
            ["Signed    J. Okafor", "on behalf of the Director: see below"],
            ["Signed    J. Okafor", "on behalf of the Director: see below"],
        ),
    ],
)
def test_a_wrapped_labels_lines_by_their_gaps(lines: list[str], joined: list[str]) -> None:
    assert join_wrapped_labels(lines) == joined


def test_an_officers_first_person_lead_in_names_the_office_after_the_name() -> None:
    found = read_lead_in(
        "I, Dana Price, Executive Director of Environment Services, acting under the powers "
        "delegated to me and in consultation with the Cabinet Member for Waste, hereby decide:"
    )
    assert found is not None and found.by == "Executive Director of Environment Services"
    aside = read_lead_in(
        "I, the Director of Place, Growth and Transport, having consulted the Portfolio "
        "Holder for Highways, have decided:"
    )
    assert aside is not None and aside.by == "Director of Place, Growth and Transport"


def test_a_number_that_closes_a_bracket_a_line_above_is_no_item() -> None:
    record = parse_text(
        "OFFICER DECISION RECORD\n\nDecision maker: Director of Environment\n\nDecision:\n\n"
        "1)  to award the contract for the resurfacing of the Northgate bypass (Phase\n"
        "    2) to the tenderer ranked first in the tender report;\n\n"
        "2)  to approve a construction period of 12 weeks.\n"
    )
    assert [item.number for item in record.resolutions] == ["1", "2"]
    assert record.resolutions[0].text.endswith(
        "(Phase 2) to the tenderer ranked first in the tender report;"
    )


def test_a_one_word_label_under_a_date_or_over_a_lead_in_is_a_heading() -> None:
    record = parse_text(
        "Eastvale District Council\n\nExecutive Decision Notice\n\nDecision made by\n"
        "Leader of the Council\nDate decision made\nMonday 2 March 2026\nCall-in expiry\n"
        "5pm, Monday 9 March 2026\nSubject\nFree Saturday parking in the town centre for Easter "
        "2026\nDecision\nAGREED:\nA. That charges be suspended on Saturdays in April.\n"
        "B. That the cost be met from reserves.\nReasons\nFootfall rose after the last scheme.\n"
    )
    assert record.title == "Free Saturday parking in the town centre for Easter 2026"
    assert [item.number for item in record.resolutions] == ["A", "B"]


def test_a_renderings_call_in_sentence_read_as_a_heading_dates_the_call_in() -> None:
    record = _as_rendered(
        "EASTVALE COMBINED AUTHORITY\n\nDecision\n\nTo extend the fare cap.\n\nCall-in\n\n"
        "This decision may be called in by the Overview and Scrutiny Committee.\n\n"
        "The call-in period ends at 5.00pm on 12 June 2026 and the decision\n\n"
        "may not be implemented before then.\n"
    )
    assert record.call_in is not None and record.call_in.date == dt.date(2026, 6, 12)


def test_a_title_labels_end_a_paragraph_below_that_opens_on_a_note_in_brackets() -> None:
    record = _as_rendered(
        "EASTVALE DISTRICT COUNCIL\n\nDecision reference: ODR/2026/11\n\n"
        "Subject: Acceptance of Local Authority Housing Fund\n\n"
        "(Round 3) grant and purchase of six\nhomes for resettlement\n\n"
        "Decision maker: Director of Housing\n\nDate of decision: 2 June 2026\n"
    )
    assert record.title == (
        "Acceptance of Local Authority Housing Fund (Round 3) grant and purchase of six homes "
        "for resettlement"
    )


def test_the_next_pages_running_header_between_two_items_is_no_paragraph() -> None:
    record = parse_text(
        "Having considered the report, the Mayor and Cabinet agreed that:\n\n"
        "5.1  the responses be noted;\n\n5.2  the Framework be adopted;\n\n"
        "MAYOR AND CABINET – 14 January 2026\n\n"
        "5.3  the Director of Planning be authorised to make minor changes; and\n\n"
        "5.4  an adoption statement be published.\n"
    )
    assert [item.number for item in record.resolutions] == ["5.1", "5.2", "5.3", "5.4"]


def test_a_having_lead_in_under_a_minutes_heading_in_a_rendering() -> None:
    record = _as_rendered(
        "MAYOR AND CABINET\n\n5. Northgate Town Centre Framework – Adoption\n"
        "Having considered an officer report, and a presentation by the Cabinet Member\n"
        "for Planning, Councillor T Okoro, the Mayor and\nCabinet agreed that:\n\n"
        "5.1 the responses to the consultation be noted;\n\n5.2 the Framework be adopted.\n"
    )
    assert [(item.number, item.by) for item in record.resolutions] == [
        ("5.1", "Mayor and Cabinet"),
        ("5.2", "Mayor and Cabinet"),
    ]


def test_an_items_wrapped_line_a_rendering_set_apart_before_the_next_item() -> None:
    record = _as_rendered(
        "Decision Maker: Executive Member for Transport\n\nDecision:\n\nThe Executive Member:"
        "\n\n1. approved the refreshed Bus Service\n\nImprovement Plan at Appendix 1;\n\n"
        "2. agreed the allocation of the grant; and\n\n3. delegated minor changes to the "
        "Director of Place.\n"
    )
    assert [item.text for item in record.resolutions][:1] == [
        "approved the refreshed Bus Service Improvement Plan at Appendix 1;"
    ]
    assert len(record.resolutions) == 3


def test_a_council_then_its_meetings_body_and_date_on_one_line() -> None:
    record = parse_text(
        "Eastvale Borough Council – Cabinet – 12 February 2026\n\n"
        "CAB61/25  COUNCIL TAX BASE 2026/27\n\nMembers discussed the report.\n\n"
        "RESOLVED that the tax base be approved.\n"
    )
    assert (record.decision_maker, record.decision_date) == ("Cabinet", dt.date(2026, 2, 12))


def test_the_day_a_decision_comes_into_force_under_a_call_in_label_is_no_deadline() -> None:
    found = read_call_in(
        "This decision will come into force, and may then be implemented, on 18/03/2026 "
        "unless it is called in.",
        DefectLog(),
        label="Call-in",
    )
    assert (found.applies, found.date) == (True, None)
    # (at a time, the day it comes into effect is the call-in period's end)
    timed = read_call_in(
        "This decision will come into effect at 5.00 p.m. on Friday 20 March 2026 unless it "
        "is called in.",
        DefectLog(),
        label="Call-in",
    )
    assert timed.date == dt.date(2026, 3, 20)
    # (and a period's end that the sentence goes on to give is read)
    later = read_call_in(
        "This decision will come into force on 5 May 2026 unless called in before 5pm on 4 "
        "May 2026.",
        DefectLog(),
        label="Call-in",
    )
    assert later.date == dt.date(2026, 5, 4)


def test_a_deciders_heading_without_the_powers_it_acted_under() -> None:
    record = parse_text(
        "EASTVALE BOROUGH COUNCIL\n\nDECISION OF THE CHIEF EXECUTIVE UNDER URGENCY POWERS\n\n"
        "I, Jo Marsh, Chief Executive, in exercise of the powers delegated to me, hereby "
        "DECIDE:\n\n(a) to accept the grant offer; and\n\n(b) to amend the capital programme.\n"
    )
    assert record.decision_maker == "Chief Executive"


def test_a_title_labels_years_a_paragraph_below_with_an_en_dash() -> None:
    record = _as_rendered(
        "EASTVALE COUNTY COUNCIL\n\nDELEGATED DECISION NOTICE\n\n"
        "Decision title: Extension of the Rural Bus Grant Scheme\n\n2026–2028\n\n"
        "Decision maker:\n\nDirector of Environment\n\nDate of decision: 07/04/2026\n"
    )
    assert record.title == "Extension of the Rural Bus Grant Scheme 2026–2028"


def test_a_drawn_tables_label_cell_wrapped_onto_the_row_below() -> None:
    record = parse_text(
        "EASTSHIRE COUNTY COUNCIL\n\nRECORD OF OFFICER DECISION\n\n"
        "| Decision taker:            | Director of Highways                  |\n"
        "| Decision:                  | To award the salt contract.           |\n"
        "| Alternative options        | To buy salt on the spot market when   |\n"
        "| considered and rejected:   | needed. Rejected because prices rose. |\n"
        "| Conflicts of interest      | None                                  |\n"
        "| declared by any Member     |                                       |\n"
        "| consulted:                 |                                       |\n"
    )
    assert " ".join((record.alternative_options or "").split()) == (
        "To buy salt on the spot market when needed. Rejected because prices rose."
    )
    assert record.conflicts_of_interest is None


def test_a_numbered_rows_label_wrapped_below_its_value_in_a_rendering() -> None:
    record = _as_rendered(
        "CABINET DECISION PROFORMA\n\n"
        "1.  Title of Item/Report  Car Parking Tariffs 2026/27\n\n"
        "2.  Record of the Decision  RESOLVED that the tariffs be approved.\n\n"
        "3.  Reasons for the Decision  The tariffs have not been reviewed for six years.\n\n"
        "4.  Alternative Options  Retaining the current tariffs.\nConsidered and\nRejected\n\n"
        "6.  Details of any  None\nDispensations\n\n"
        "7.  Date and Time by  Midnight - Friday, 13 March 2026\nwhich Call In must\nbe executed\n"
        "Proper Officer\n16 March 2026\n\n"
        "5.  Declared (Cabinet  None\nMember) Conflicts of\nInterest\n"
    )
    assert record.alternative_options == "Retaining the current tariffs."
    assert record.conflicts_of_interest is None
    assert record.call_in is not None and record.call_in.date == dt.date(2026, 3, 13)
    assert record.published_on == dt.date(2026, 3, 16)  # ("Proper Officer": the sign-off)


def test_a_moderngov_minutes_markers_alone_over_their_items_and_its_meeting_line() -> None:
    record = parse_text(
        "Meeting of the Housing and Neighbourhoods Policy Committee 12.03.2026\n\n \n\n6.\n\n"
        "EMPTY HOMES STRATEGY\n\n \n\n6.1\n\nRESOLVED UNANIMOUSLY: That the Housing and "
        "Neighbourhoods Policy Committee:-\n\n \n\n(a)\n\napproves the strategy;\n\n \n\n(b)\n\n"
        "notes the action plan; and\n\n \n\n(c)\n\ndelegates minor changes to the Director.\n"
    )
    assert record.decision_date == dt.date(2026, 3, 12)
    assert [item.number for item in record.resolutions] == ["a", "b", "c"]


def test_a_title_row_among_a_forms_rows_in_an_unusual_order() -> None:
    record = parse_text(
        "Eastvale Council\n\nRECORD OF OFFICER DECISION\n\n"
        "Decision:\tThat the contract for the pool refurbishment be awarded to Northbank Ltd.\n"
        "Subject:\tNorthgate Pool - Refurbishment Contract Award\n"
        "Reasons for decision:\tNorthbank Ltd submitted the best tender.\n"
        "Decision taker:\tStrategic Director - Growth\n"
    )
    assert record.title == "Northgate Pool - Refurbishment Contract Award"
