"""The record's header facts, stage by stage: authority, title, decision maker, dates,
call-in, and records whose line breaks were lost.

Every line here is invented, in the layouts councils publish (banners, listing entries,
agenda pages, decision pages, minutes footers); each case checks one structural rule.
"""

from __future__ import annotations

import datetime as dt

import pytest

from proforma_parser import NotADecisionRecord, parse_text
from proforma_parser.defects import DefectLog
from proforma_parser.fields.callin import call_in_from_prose
from proforma_parser.fields.council import authority_in_text, read_authority, typed_banners
from proforma_parser.fields.header import read_header
from proforma_parser.fields.title import agenda_item_title, plain_title
from proforma_parser.structure.sections import Fact
from proforma_parser.wording.dates import parse_uk_date
from proforma_parser.wording.prose import effective_in_prose, published_in_prose


def _authority(
    header: list[str], body: str = "", facts: tuple[Fact, ...] = ()
) -> tuple[str | None, list[str | None]]:
    log = DefectLog()
    lines = [*header, *body.split("\n")]
    found = read_authority(header, typed_banners(lines), facts, "\n".join(lines), log)
    return found, [d.field for d in log.defects if d.code == "uncertain_field"]


# --- authority ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # a banner, printed in capitals
        (
            ["NORTHBROOK METROPOLITAN BOROUGH COUNCIL", "CABINET"],
            "Northbrook Metropolitan Borough Council",
        ),
        # two places joined by an ampersand
        (["Ashford & Wealdham Council", "Record of Decision"], "Ashford & Wealdham Council"),
        # a combined authority with a three-word place
        (
            ["West Fenland City Region Combined Authority"],
            "West Fenland City Region Combined Authority",
        ),
        # the English half of a Welsh bilingual banner
        (["CYNGOR SIR GLANMOR COUNTY COUNCIL"], "Glanmor County Council"),
        # a bilingual banner split by a slash, Welsh half first
        (["Cyngor Sir Glanmor / Glanmor County Council"], "Glanmor County Council"),
        # a Welsh city's name, which does not end in "Council"
        (["Dinas a Sir Abermor / City and County of Abermor"], "City and County of Abermor"),
        # the banner before the document's kind
        (["HARTSIDE COUNTY COUNCIL – RECORD OF DECISION"], "Hartside County Council"),
        # the site's name line of a council web page
        (["This is the website of Eastmoor Council", "Contact us"], "Eastmoor Council"),
        # a place joined by "upon"; the small words of a council's name
        (["Kingsmere upon Avon City Council"], "Kingsmere upon Avon City Council"),
        # a phrase that ends in "Council" is no council's name
        (["REPORT TO COUNCIL", "Meeting of the City Council", "Item for Full Council"], None),
        # "Full Council" and "February Council" name no council
        (["Full Council", "February Council"], None),
        # the kind before the place, when the register holds the place
        (
            ["BOROUGH COUNCIL OF KING'S LYNN & WEST NORFOLK"],
            "Borough Council of King's Lynn & West Norfolk",
        ),
        (["Council of the Isles of Scilly"], "Council of the Isles of Scilly"),
        (["Council of the Year"], None),
        # a Welsh council known by its Welsh name alone
        (["Cyngor Gwynedd", "Cabinet"], "Cyngor Gwynedd"),
        (["City of London Corporation"], "City of London Corporation"),
    ],
)
def test_authority_from_a_banner(header: list[str], expected: str | None) -> None:
    assert _authority(header)[0] == expected


def test_two_banners_that_disagree_give_null_and_a_defect() -> None:
    found, uncertain = _authority(["Eastmoor District Council", "Westmoor Borough Council"])
    assert found is None
    assert uncertain == ["authority"]


def test_a_banner_cut_short_is_completed_from_the_text() -> None:
    # "CITY REGION COMBINED AUTHORITY": the page cut "Fenwick" off the banner
    found, uncertain = _authority(
        ["CITY REGION COMBINED AUTHORITY", "PUBLICATION: 3 MARCH 2025"],
        "RESOLVED - That the minutes of the Fenwick City Region Combined Authority be approved.",
    )
    assert found == "Fenwick City Region Combined Authority"
    assert uncertain == []


def test_a_banner_cut_short_and_never_completed_is_null_with_a_defect() -> None:
    found, uncertain = _authority(
        ["CITY REGION COMBINED AUTHORITY"], "RESOLVED - That it be noted."
    )
    assert found is None
    assert uncertain == ["authority"]


def test_a_combined_authority_deciding_beats_a_council_named_in_the_body() -> None:
    facts = (Fact("decision_maker", "Decision Maker", "Greater Fenwick Combined Authority", 2),)
    found, _ = _authority(
        ["01/02/2025 - Youth Fund ref: 12  Recommendations Approved"],
        "2. That the offer from Millbrook Council to join the pilot be welcomed.",
        facts,
    )
    assert found == "Greater Fenwick Combined Authority"


def test_a_banner_and_kind_line_in_the_body_names_authority_and_type() -> None:
    lines = ["Decision:", "Eastmoor City Council - Record of Decision", "I approve the plan."]
    assert typed_banners(lines) == [("Eastmoor City Council", "Record of Decision")]
    assert _authority([], "\n".join(lines))[0] == "Eastmoor City Council"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name starts at the word before the ampersand, not at the sentence's verb
        (
            "2. Approves Ashford & Wealdham Council becoming the lead borough.",
            "Ashford & Wealdham Council",
        ),
        (
            "That Redmoor and Castleton Borough Council be thanked.",
            "Redmoor and Castleton Borough Council",
        ),
        # a scheme's name: "Council" followed by another capitalised word
        ("to adopt the Local Council Tax Reduction Scheme for 2025/26", None),
        # a body joined to a council by "and" is not part of its name
        ("the report to Cabinet and Millbrook Council on the proposal", "Millbrook Council"),
        # two councils: none is the record's
        ("Millbrook Council and Eastmoor Council will share the service.", None),
        # the name is sought back to the stop before it, through the joining words a name
        # holds ("upon", "with") and the hyphens of a place's name; "Councillor" names none
        (
            "Agreed with the Cabinet Member for Housing.\n"
            "Kingston upon Hull City Council will lead the work.",
            "Kingston upon Hull City Council",
        ),
        (
            "The Leader of Blackburn with Darwen Council, on behalf of the Council, approved it.",
            "Blackburn with Darwen Council",
        ),
        ("Councillor Smith reported to Millbrook Council.", "Millbrook Council"),
        (
            "funding for Stockton-on-Tees Borough Council (the lead body)",
            "Stockton-on-Tees Borough Council",
        ),
    ],
)
def test_authority_in_running_text(text: str, expected: str | None) -> None:
    assert authority_in_text(text) == expected


# --- title -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a screen-reader notice and a site-name line are the page's, never the title
        (
            [
                "If you are reading this page using a screenreader, skip links are provided",
                "",
                "Decision details",
                "",
                "K-03-24: Cabinet 14 March 2024",
                "",
            ],
            "K-03-24: Cabinet 14 March 2024",
        ),
        (
            ["This is the website of Eastmoor Council", "", "Parks Investment Plan", ""],
            "Parks Investment Plan",
        ),
        # a page's tabs, and a line that speaks to its reader
        (
            [
                "Decision Details",
                "",
                "- General",
                "- Reports",
                "",
                "This section allows you to view it",
            ],
            None,
        ),
        # "Agenda and decisions", "Top": page chrome
        (
            ["Top", "", "Agenda and decisions", "", "Library Opening Hours", ""],
            "Library Opening Hours",
        ),
        # a sentence wrapped over lines is no title
        (["A proposal to extend the contract for", "meals on wheels by a further year.", ""], None),
        # the same sentence with each line a paragraph of its own (a Word or web rendering)
        (["A proposal to extend the contract for", "", "meals on wheels by a further year."], None),
        # the meeting's heading and a minute heading that runs on are no title
        (
            ["Cabinet - Tuesday, 4th March, 2025 6.00 pm", "", "C201   COUNCILLOR J SMITH -", ""],
            None,
        ),
    ],
)
def test_plain_title_is_never_page_chrome(lines: list[str], expected: str | None) -> None:
    assert plain_title(lines) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # the item's number alone, then its heading with the document link's size
        (
            [
                "Items",
                "No. Item",
                "",
                "1.",
                "",
                "Adopting the Oakley Neighbourhood Plan pdf icon PDF 88 KB",
            ],
            "Adopting the Oakley Neighbourhood Plan",
        ),
        # a reference code as the item's mark; the last item before the decision
        (
            [
                "CAB/212",
                "",
                "Library Opening Hours pdf icon PDF 101 KB",
                "",
                "CAB/213",
                "",
                "Bus Lane Review",
            ],
            "Bus Lane Review",
        ),
        # the last item is procedural: no title (an earlier item is not this decision's)
        (["3.", "", "Bus Lane Review", "", "4.", "", "Declarations of Interest"], ""),
        # no item at all
        (["Venue: Town Hall", "Contact: Democratic Services"], None),
    ],
)
def test_agenda_item_title(lines: list[str], expected: str | None) -> None:
    assert agenda_item_title(lines) == expected


def test_listing_entry_under_a_page_heading_gives_title_and_date() -> None:
    record = parse_text(
        "Eastmoor Council website\n\nDecisions\n\n"
        "Decisions recommendations approved (subject to call-in)\n\n"
        "04/03/2025 - Transfer of Wardens to Eastmoor Council ref: 901    Recommendations Approved\n\n"
        "Decision Maker: Cabinet\n\nMade at meeting: 04/03/2025 - Cabinet\n\n"
        "Decision published: 05/03/2025\n\nEffective from: 13/03/2025\n\n"
        "Decision:\n\nRESOLVED:\n\n1. To approve the transfer of the wardens.\n"
    )
    assert record.title == "Transfer of Wardens to Eastmoor Council"
    assert record.decision_date == dt.date(2025, 3, 4)
    assert record.published_on == dt.date(2025, 3, 5)


def test_minutes_whose_decision_is_a_procedural_minute_have_no_title() -> None:
    record = parse_text(
        "CABINET\n\nMINUTES OF THE MEETING HELD AT THE CIVIC CENTRE ON TUESDAY 3RD JUNE 2025\n\n"
        "PRESENT:\n\nCouncillor A. Brook - Chair\n\n"
        "101. RETIREMENT OF THE TREASURER\n\nThe Chair thanked the Treasurer for her service.\n\n"
        "102. MINUTES - 6TH MAY 2025\n\n"
        "RESOLVED that the minutes of the meeting held on 6th May 2025 be approved.\n"
    )
    assert record.title == ""
    assert record.decision_date == dt.date(2025, 6, 3)
    assert record.decision_maker == "Cabinet"


def test_a_numbered_decision_item_that_wraps_is_no_minute_heading() -> None:
    # The item's first line looks like a heading once its sentence wraps; it is inside the
    # decision's section, so the page's own title stands.
    record = parse_text(
        "Decision details\n\nPlay Area Renewals - Update\n\nDecision Maker: Executive\n\n"
        "Decision:\n\n1.    That the progress made on the play area renewals be noted.\n\n"
        "2.    Approval of the budget allocation to the Play Area Renewal projects\n"
        "identified within the programme.\n\nDate of decision: 04/03/2025\n\n"
        "Decided at meeting: 04/03/2025 - Executive\n"
    )
    assert record.title == "Play Area Renewals - Update"
    assert [r.number for r in record.resolutions] == ["1", "2"]


# --- decision maker and dates ------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "maker", "date"),
    [
        # a board named alone before the meeting's date
        (["PLANNING BOARD – 9 April 2025", ""], "Planning Board", "9 April 2025"),
        # an executive board named alone, the meeting's date below it
        (
            ["Executive Board", "", "Wednesday, 22nd October, 2025"],
            "Executive Board",
            "22nd October, 2025",
        ),
        # a heading that dates the publication gives no decision date
        (["Published – 6 March 2025", ""], None, None),
        # the page's own heading is no body
        (["DECISIONS – Monday 27 January 2025", ""], None, "Monday 27 January 2025"),
        # a meeting statement that opens its paragraph
        (
            [
                "At a meeting of the Executive on Friday, 7th March, 2025 the following",
                "were present",
            ],
            "Executive",
            "Friday, 7th March, 2025 the following were present",
        ),
        # a later meeting named inside a resolution is not the meeting's date
        (
            [
                "Following consideration, the Committee resolved:",
                "",
                "(1) That a Special Meeting of the Council be convened following Full Council on 9 May 2025.",
            ],
            None,
            None,
        ),
        # an agenda item's heading names an earlier meeting
        (
            ["CAB/88", "", "Minutes of the Meeting Held on 2 April 2025 pdf icon PDF 300 KB"],
            None,
            None,
        ),
        # a minutes page's statement set out over several short paragraphs
        (
            ["MINUTES OF THE MEETING OF THE", "", "CABINET", "", "HELD ON THURSDAY 20 AUGUST 2026"],
            "Cabinet",
            "THURSDAY 20 AUGUST 2026",
        ),
        (
            [
                "Minutes of the Meeting of the Cabinet",
                "",
                "Held in the Council Chamber, Town Hall on Wednesday 8 July 2026",
            ],
            "Cabinet",
            "Wednesday 8 July 2026",
        ),
        # minutes of a meeting of a body: the body after "meeting of"
        (
            ["Minutes of the meeting of the Cabinet held on Tuesday 13 January 2026", ""],
            "Cabinet",
            "Tuesday 13 January 2026",
        ),
        # minutes of a body held on a date, without the word "meeting"
        (
            ["MINUTES of the Cabinet held on Tuesday 3 February 2026 at 11.00 am at the", ""],
            "Cabinet",
            "Tuesday 3 February 2026 at 11.00 am at the",
        ),
        # a resolution approving an earlier meeting's minutes, its line run on from the item
        (
            [
                "PB 41 Minutes Decision – That the Minutes of the meeting of the Planning",
                "Board held on 3 March 2025 be received and signed as a correct record.",
            ],
            None,
            None,
        ),
    ],
)
def test_header_maker_and_date(lines: list[str], maker: str | None, date: str | None) -> None:
    header = read_header(lines)
    assert header.decision_maker == maker
    assert header.decision_date_text == date


def test_first_person_decision_names_the_office() -> None:
    header = read_header(
        [
            "Anyshire City Council - Record of Decision",
            "",
            "I Councillor B. Lowe, Lead Member for Leisure, in exercise of the powers "
            "delegated to me do hereby approve:",
        ]
    )
    assert header.decision_maker == "Lead Member for Leisure"
    assert header.document_type == "Record of Decision"


def test_decision_maker_labels_that_disagree_give_null_and_a_defect() -> None:
    record = parse_text(
        "Decision Proposed\nLibrary Opening Hours\n\nDecision Maker\nNot Applicable\n\n"
        "Decision Maker:\nMeeting of the Executive\n\nDecision\n\nThat the hours be approved.\n"
    )
    assert record.decision_maker is None
    assert "decision_maker" in [d.field for d in record.defects if d.code == "uncertain_field"]


def test_a_body_asked_to_decide_is_not_the_decision_maker() -> None:
    record = parse_text(
        "Agenda and decisions\n\nDelegated Decisions - Tuesday 4th March, 2025 5.30 pm\n\n"
        "1.\n\nMaking the Oakley Neighbourhood Plan pdf icon PDF 88 KB\n\n"
        "Decision:\n\nThat Council be recommended to make the Oakley Neighbourhood Plan.\n"
    )
    assert record.decision_maker is None
    assert record.title == "Making the Oakley Neighbourhood Plan"
    assert record.decision_date == dt.date(2025, 3, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minutes Issued on Thursday, 6 March 2025. Call In expires midnight on ...",
            "Thursday, 6 March 2025",
        ),
        ("* This decision was published on 4th March , 2009", "4th March , 2009"),
        ("The minutes of the meeting held on 3 March 2025 were approved.", None),
        # a page's own line
        (
            "Call-in ends at 5pm.\nPublished on 28 January 2026",
            "28 January 2026",
        ),
        ("The report was not published on 3 March 2025.", None),
    ],
)
def test_published_in_prose(text: str, expected: str | None) -> None:
    assert published_in_prose(text) == expected


def test_effective_in_prose_reads_come_in_force() -> None:
    text = "* This decision will come in force on 12th March , 2009, unless it is called-in"
    assert parse_uk_date(effective_in_prose(text) or "") == dt.date(2009, 3, 12)


# --- call-in -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "applies", "date"),
    [
        # a minutes footer: the deadline, read as written
        (
            "Minutes Issued on 6 March 2025. Call In expires midnight on Friday, 14 March 2025.",
            True,
            dt.date(2025, 3, 14),
        ),
        # an exemption stated in a note
        (
            "Please note this item is exempt from further Call In under Rule 16 of the Constitution.",
            False,
            None,
        ),
        # the date a decision comes into force is not the end of the call-in period
        (
            "This decision will come in force on 12th March , 2009, unless it is called-in.",
            True,
            None,
        ),
        # ... but the expiry of the call-in period it names is
        (
            "The decision will be implemented after the expiry of the call-in period at 4pm "
            "on 29 January 2026.",
            True,
            dt.date(2026, 1, 29),
        ),
    ],
)
def test_call_in_from_prose(text: str, applies: bool, date: dt.date | None) -> None:
    found = call_in_from_prose(text)
    assert found is not None
    assert found.applies is applies
    assert found.date == date


# --- a record whose line breaks were lost ------------------------------------------------


def test_a_flattened_record_of_decision_is_read() -> None:
    record = parse_text(
        "Anyshire City Council - Record of Decision I Councillor B. Lowe, Lead Member for "
        "Leisure, in exercise of the powers delegated to me by the Scheme of Delegation do "
        "hereby approve: The tender of £12 000 from Parkcare Ltd for the play area be accepted. "
        "The reasons are: The tender was the lowest of three received. Options considered and "
        "rejected are: None Contact Officer: Jo Bell Signed: Councillor B. Lowe Dated: 3rd "
        "March , 2009 Lead Member * This decision was published on 4th March , 2009 * This "
        "decision will come in force on 12th March , 2009, unless it is called-in in accordance "
        "with the rules\n"
    )
    assert record.authority == "Anyshire City Council"
    assert record.document_type == "Record of Decision"
    assert record.decision_maker == "Lead Member for Leisure"
    assert record.decision_date == dt.date(2009, 3, 3)
    assert record.published_on == dt.date(2009, 3, 4)
    assert record.effective_from == dt.date(2009, 3, 12)
    assert record.call_in is not None
    assert record.call_in.applies is True
    assert record.call_in.date is None
    assert record.title == ""


def test_a_flattened_minutes_page_is_read() -> None:
    record = parse_text(
        "PLANNING BOARD – 9 April 2025 Present: Board Members Councillors: Chair A Brook "
        "Vice-Chair C Dunn PB41 Apologies Nil. PB 42 Minutes Decision – That the Minutes of the "
        "meeting of the Planning Board held on 5 March 2025 be signed as a correct record. "
        "PB 43 Local Plan Timetable The Board considered a report of the Director of Place on "
        "the timetable for the review of the Local Plan. Decision – That the timetable be "
        "agreed. Minutes Issued on Friday, 11 April 2025. Call In expires midnight on "
        "Thursday, 17 April 2025.\n"
    )
    assert record.decision_maker == "Planning Board"
    assert record.decision_date == dt.date(2025, 4, 9)
    assert record.published_on == dt.date(2025, 4, 11)
    assert record.call_in is not None
    assert record.call_in.date == dt.date(2025, 4, 17)


def test_a_paragraph_of_prose_with_one_label_is_still_no_record() -> None:
    with pytest.raises(NotADecisionRecord):
        parse_text(
            "The parks team will hold an open day for residents at the lakeside pavilion, with "
            "guided walks, a plant sale and activities for children throughout the afternoon, "
            "and the cafe will be open as usual. Date: Saturday 3 May 2025 from 10am. Everyone "
            "is welcome and no booking is needed; parking is free at the pavilion for the day, "
            "and a shuttle bus will run from the station every half hour.\n"
        )


def test_two_decision_dates_that_disagree_give_null_and_a_defect() -> None:
    record = parse_text(
        "Eastmoor Council\n\nOfficer Decision Notice\n\nDate of decision: 3 March 2025\n\n"
        "Subject: Library Opening Hours\n\nDecision: To extend the opening hours.\n\n"
        "Reasons for decision: Demand has grown.\n\nDate of decision: 5 March 2025\n"
    )
    assert record.decision_date is None
    assert "decision_date" in [d.field for d in record.defects if d.code == "uncertain_field"]


def test_one_decision_date_stated_twice_is_kept() -> None:
    record = parse_text(
        "Eastmoor Council\n\nOfficer Decision Notice\n\nDate of decision: 3 March 2025\n\n"
        "Subject: Library Opening Hours\n\nDecision: To extend the opening hours.\n\n"
        "Reasons for decision: Demand has grown.\n\nDate of decision: 03/03/2025\n"
    )
    assert record.decision_date == dt.date(2025, 3, 3)
    assert record.authority == "Eastmoor Council"


# A listing entry whose list describes what the decision applies to: the labels inside the
# list items are facts about that thing (an application, a site), not about the record.
_BULLETED_DETAILS = [
    "  \u2022 Validation Date:Fri 12 Jun 2020",
    "  \u2022 Decision Date: Tue 18 Aug 2020",
    "- Date of decision: 18 August 2020",
    "* Date published: 19 August 2020",
    "  \u25e6 Decision Date: 18/08/2020",
]


@pytest.mark.parametrize("bulleted", _BULLETED_DETAILS)
def test_a_label_inside_a_bullet_item_is_no_record_fact(bulleted: str) -> None:
    record = parse_text(
        "10/02/2025 - Tree Works at Elm Court ref: 4410    Recommendations Approved\n\n"
        "Decision Maker: Head of Environment - B. Example\n\n"
        "Decision published: 11/02/2025\n\n"
        "Effective from: 11/02/2025\n\n"
        "To approve the felling of two ash trees at the site below\n\n"
        f"  \u2022 Site: Elm Court, Harrowdale\n{bulleted}\n\n"
        "Lead officer: B. Example\n"
    )
    assert record.decision_date == dt.date(2025, 2, 10)
    assert record.published_on == dt.date(2025, 2, 11)
    assert not [d for d in record.defects if d.code == "uncertain_field"]


def test_an_unbulleted_label_is_still_a_record_fact() -> None:
    record = parse_text(
        "Officer Decision Notice\n\nDecision Maker: Head of Environment\n\n"
        "Date of decision: 3 March 2025\n\nDecision: To extend the opening hours.\n\n"
        "Reasons for decision: Demand has grown.\n"
    )
    assert record.decision_date == dt.date(2025, 3, 3)


@pytest.mark.parametrize(
    ("lines", "document_type", "maker"),
    [
        # two qualifiers after "Record of"
        (["RECORD OF OFFICER DELEGATED DECISION"], "Record of Officer Delegated Decision", None),
        # the type's noun may be a form, and who took it part of its name
        (["CABINET DECISION FORM"], "Cabinet Decision Form", "Cabinet"),
        (
            ["Record of Decision Taken by an Officer"],
            "Record of Decision Taken by an Officer",
            None,
        ),
        # how it was taken is the type's own name; when, its date
        (
            ["Record of Decision taken by the Elected Mayor"],
            "Record of Decision Taken by the Elected Mayor",
            "Elected Mayor",
        ),
        (["Individual Decision taken on 4 May 2024"], "Individual Decision", None),
        # a body's name that starts an office's names no deciding body
        (["Cabinet Member Decision"], "Cabinet Member Decision", None),
        (["CABINET DECISION"], "Cabinet Decision", "Cabinet"),
        # a Welsh council's bilingual heading: the English half
        (
            ["Cofnod o Benderfyniad Gweithredol / Record of Executive Decision"],
            "Record of Executive Decision",
            None,
        ),
    ],
)
def test_document_type_lines(lines: list[str], document_type: str, maker: str | None) -> None:
    header = read_header(lines)
    assert (header.document_type, header.decision_maker) == (document_type, maker)


def test_a_decision_of_label_names_the_maker_over_the_document_type() -> None:
    record = parse_text(
        "EXECUTIVE DECISION NOTICE\n\nDecision of: Planning Policy Committee\n\n"
        "Title of report: Local Plan Timetable\n\nDecision:\n"
        "That the revised timetable be approved.\n"
    )
    assert record.decision_maker == "Planning Policy Committee"
    assert record.document_type == "Executive Decision Notice"


def test_an_office_holder_label_with_the_holder_after_the_office_is_kept_whole() -> None:
    record = parse_text(
        "EXECUTIVE MEMBER DECISION\n\n"
        "Executive Member: Executive Member for Place - Councillor Helen Jones\n\n"
        "Title: Market Hall Roof Repairs\n\nDecision:\nThat the roof be repaired.\n"
    )
    assert record.decision_maker == "Executive Member for Place - Councillor Helen Jones"


def test_a_labelled_date_the_record_contradicts_gives_null_and_a_defect() -> None:
    record = parse_text(
        "CABINET DECISION NOTICE\n\nTitle: School Crossing Patrols\n\n"
        "Date of Decision: 14 January 2026\n\nDecision:\nThat the patrols be kept.\n\n"
        "This decision was made at the meeting of Cabinet held on 21 January 2026.\n"
    )
    assert record.decision_date is None
    assert [d.field for d in record.defects if d.code == "uncertain_field"] == ["decision_date"]


def test_the_records_sentence_on_when_it_was_made_gives_the_date() -> None:
    record = parse_text(
        "CABINET DECISION NOTICE\n\nTitle: School Crossing Patrols\n\nDecision:\n"
        "That the patrols be kept.\n\nThe decision was taken on Tuesday 3 March 2026.\n"
    )
    assert record.decision_date == dt.date(2026, 3, 3)
    assert record.evidence["decision_date"].kind == "prose"


def test_the_next_meeting_is_not_the_meeting_that_decided() -> None:
    record = parse_text(
        "CABINET - 12 FEBRUARY 2026\n\n61. LIBRARY FEES\n\nRESOLVED that the fees be set.\n\n"
        "63. DATE OF NEXT MEETING\n\nThe next meeting will be held on 12th March 2026.\n"
    )
    assert record.decision_date == dt.date(2026, 2, 12)
