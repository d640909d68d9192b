"""Structural families of resolution lists, one parametrized case per rule.

Each case gives the decision's lines as a council prints them (invented wording, real
layouts) and the exact resolutions expected: numbers, kind, by and text.
"""

from __future__ import annotations

import pytest

from proforma_parser import parse_text
from proforma_parser.defects import DefectLog
from proforma_parser.fields.resolutions import parse_resolutions
from proforma_parser.model import Resolution, ResolutionKind
from proforma_parser.readers.pdf.layout import Line
from proforma_parser.readers.pdf.page import Word
from proforma_parser.readers.pdf.paragraphs import _next_item


def res(
    number: str | None,
    text: str,
    by: str | None = None,
    kind: ResolutionKind = "resolved",
    items: list[Resolution] | None = None,
) -> Resolution:
    return Resolution(number=number, text=text, kind=kind, by=by, items=items or [])


CASES = [
    # decimal and multi-level numbering: the number as printed, dots inside kept
    pytest.param(
        [
            "RESOLVED:",
            "",
            "4.1 To approve the transfer of the library service to the trust.",
            "4.2 To authorise the Director of Place to agree the final terms.",
        ],
        None,
        [
            res("4.1", "To approve the transfer of the library service to the trust."),
            res("4.2", "To authorise the Director of Place to agree the final terms."),
        ],
        id="decimal-two-levels",
    ),
    pytest.param(
        [
            "RESOLVED:",
            "1.1.   Approve the purchase of six homes on Mill Lane.",
            "1.2.   Note the grant of £0.8m towards the purchase.",
        ],
        None,
        [
            res("1.1", "Approve the purchase of six homes on Mill Lane."),
            res("1.2", "Note the grant of £0.8m towards the purchase."),
        ],
        id="decimal-trailing-dot",
    ),
    pytest.param(
        [
            "The Mayor in Cabinet RESOLVED: To",
            "",
            "3.2.1   Accept the panel's findings set out in Appendix 1; and",
            "",
            "3.2.2   Delegate authority to the Director to publish them.",
        ],
        None,
        [
            res(
                "3.2.1",
                "Accept the panel's findings set out in Appendix 1; and",
                "Mayor in Cabinet",
            ),
            res("3.2.2", "Delegate authority to the Director to publish them.", "Mayor in Cabinet"),
        ],
        id="decimal-three-levels-lead-in-to",
    ),
    pytest.param(
        [
            "RESOLVED that Cabinet:",
            "1. Approve the parking strategy:",
            "1.1 The new charges from April.",
            "1.2 The permit zones in Appendix B.",
            "2. Note the consultation response.",
        ],
        None,
        [
            res(
                "1",
                "Approve the parking strategy:",
                "Cabinet",
                items=[
                    res("1.1", "The new charges from April.", "Cabinet"),
                    res("1.2", "The permit zones in Appendix B.", "Cabinet"),
                ],
            ),
            res("2", "Note the consultation response.", "Cabinet"),
        ],
        id="decimal-nests-under-digit",
    ),
    pytest.param(
        [
            "RESOLVED that Cabinet:",
            "3.1 approves the revised fees for garden waste;",
            "3.2 notes the consultation responses.",
        ],
        None,
        [
            res("3.1", "approves the revised fees for garden waste;", "Cabinet"),
            res("3.2", "notes the consultation responses.", "Cabinet"),
        ],
        id="decimal-before-lower-case",
    ),
    pytest.param(
        [
            "RESOLVED:",
            "2.1 To approve the spend as set out at paragraph",
            "5.3 of the report.",
        ],
        None,
        [res("2.1", "To approve the spend as set out at paragraph 5.3 of the report.")],
        id="decimal-at-wrap-is-no-marker",
    ),
    # lead-ins that name the decider
    pytest.param(
        [
            "The North Vale Joint Committee RESOLVED to:",
            "1. Approve the revised bids in Appendix 1.",
            "2. To defer the bid from the harbour trust.",
        ],
        None,
        [
            res("1", "Approve the revised bids in Appendix 1.", "North Vale Joint Committee"),
            res("2", "To defer the bid from the harbour trust.", "North Vale Joint Committee"),
        ],
        id="named-committee-caps-resolved",
    ),
    pytest.param(
        ["The Cabinet Member RESOLVED to adopt the revised play area standards."],
        None,
        [res(None, "to adopt the revised play area standards.", "Cabinet Member")],
        id="named-inline-keeps-to",
    ),
    pytest.param(
        [
            "The Portfolio Holder – Parks and Leisure:-",
            "(1) approves the contract variation for the lido;",
            "(2) asks the Head – Leisure to report on usage in a year.",
        ],
        None,
        [
            res(
                "1",
                "approves the contract variation for the lido;",
                "Portfolio Holder – Parks and Leisure",
            ),
            res(
                "2",
                "asks the Head – Leisure to report on usage in a year.",
                "Portfolio Holder – Parks and Leisure",
            ),
        ],
        id="role-dash-portfolio",
    ),
    pytest.param(
        [
            "RESOLVED that the Executive Mayor in Cabinet:",
            "a) agrees the revised timetable;",
            "b) notes the risks.",
        ],
        None,
        [
            res("a", "agrees the revised timetable;", "Executive Mayor in Cabinet"),
            res("b", "notes the risks.", "Executive Mayor in Cabinet"),
        ],
        id="resolved-that-mayor-in-cabinet",
    ),
    pytest.param(
        [
            "I approve the following decisions:",
            "(i) To adopt the tree strategy.",
            "(ii) To consult on the hedgerow policy.",
        ],
        "Leader of the Council",
        [
            res("i", "To adopt the tree strategy.", "Leader of the Council"),
            res("ii", "To consult on the hedgerow policy.", "Leader of the Council"),
        ],
        id="first-person-present-tense",
    ),
    pytest.param(
        [
            "RESOLVED",
            "That Cabinet;",
            "",
            "1)    Endorsed the arrears cleared in Appendix A and",
            "",
            "2)    Approved the removal of £4,100.50 of arrears in Appendix B",
            "",
            "(Moved by Councillor A Smith and seconded by Councillor B Jones)",
        ],
        None,
        [
            res("1", "Endorsed the arrears cleared in Appendix A and", "Cabinet"),
            res("2", "Approved the removal of £4,100.50 of arrears in Appendix B", "Cabinet"),
        ],
        id="body-intro-with-semicolon",
    ),
    pytest.param(
        ["PENDERFYNWYD / RESOLVED that the annual report be noted."],
        None,
        [res(None, "the annual report be noted.")],
        id="bilingual-lead-in-label",
    ),
    pytest.param(
        [
            "I Councillor A. Byrne, Lead Member for Parks, in exercise of the powers delegated"
            " to me, do hereby approve: The tender of £12 400 from Acme Landscapes be accepted."
            " The reasons are: it was the lowest of three."
        ],
        None,
        [res(None, "The tender of £12 400 from Acme Landscapes be accepted.")],
        id="hereby-with-the-decision-run-on",
    ),
    pytest.param(
        [
            "I have agreed the following decisions",
            "a) To publish the draft plan.",
            "b) To consult for six weeks.",
        ],
        None,
        [res("a", "To publish the draft plan."), res("b", "To consult for six weeks.")],
        id="first-person-the-following-without-colon",
    ),
    pytest.param(
        ["I have decided to approve a fee uplift of 4% from 1 April."],
        None,
        [res(None, "to approve a fee uplift of 4% from 1 April.")],
        id="first-person-keeps-to",
    ),
    # unmarked items, one a line or split by semicolons
    pytest.param(
        [
            "The Cabinet Member:",
            "",
            "AGREED the revised charges;",
            "NOTED the consultation responses.",
        ],
        None,
        [
            res(None, "AGREED the revised charges;", "Cabinet Member"),
            res(None, "NOTED the consultation responses.", "Cabinet Member"),
        ],
        id="caps-lead-word-inside-a-run",
    ),
    pytest.param(
        [
            "The Leader:",
            "NOTED the results of the informal survey;",
            "ENDORSED the new opening hours for the Mill Road depot.",
        ],
        None,
        [
            res(None, "NOTED the results of the informal survey;", "Leader"),
            res(None, "ENDORSED the new opening hours for the Mill Road depot.", "Leader"),
        ],
        id="caps-verbs-single-newlines",
    ),
    pytest.param(
        ["RESOLVED: NOTED the annual report; and APPROVED the action plan for 2025."],
        None,
        [
            res(None, "NOTED the annual report;"),
            res(None, "APPROVED the action plan for 2025."),
        ],
        id="caps-verbs-one-line",
    ),
    # a preamble between the lead-in and its list
    pytest.param(
        [
            "RESOLVED:",
            "",
            "Under the delegation from Cabinet on 3 May 2023, the Director of Housing, in "
            "consultation with the Cabinet Member, is asked to:",
            "",
            "1.1. Approve the purchase of the four flats at Quay Street.",
            "1.2. Note the grant towards the purchase.",
        ],
        None,
        [
            res("1.1", "Approve the purchase of the four flats at Quay Street."),
            res("1.2", "Note the grant towards the purchase."),
        ],
        id="preamble-ending-to",
    ),
    pytest.param(
        [
            "It was AGREED",
            "",
            "The grants panel met on 2 June and its advice is attached. It is recommended",
            "",
            "that:",
            "",
            "1. To fund the bench project in full.",
            "2. Approve the conditions below:",
            "A. A signed maintenance plan",
            "B. Proof of insurance",
        ],
        None,
        [
            res("1", "To fund the bench project in full."),
            res(
                "2",
                "Approve the conditions below:",
                items=[res("A", "A signed maintenance plan"), res("B", "Proof of insurance")],
            ),
        ],
        id="preamble-ending-that",
    ),
    pytest.param(
        [
            "Officers recommend that the Cabinet:",
            "1. Approves the procurement route in Appendix 1;",
            "2. Approves the council acting as lead partner.",
        ],
        None,
        [
            res("1", "Approves the procurement route in Appendix 1;", "Cabinet"),
            res("2", "Approves the council acting as lead partner.", "Cabinet"),
        ],
        id="intro-ends-on-body",
    ),
    # a list restarting after an item that ends in a colon is that item's own list
    pytest.param(
        [
            "1.      The framework runs for two years from 1 April 2025.",
            "2.      That these firms join the framework:",
            "1.   Alpha Floors Ltd (Lot 1)",
            "2.   Beta Carpets (Lot 2)",
        ],
        None,
        [
            res("1", "The framework runs for two years from 1 April 2025."),
            res(
                "2",
                "That these firms join the framework:",
                items=[res("1", "Alpha Floors Ltd (Lot 1)"), res("2", "Beta Carpets (Lot 2)")],
            ),
        ],
        id="restart-after-colon-nests",
    ),
    pytest.param(
        [
            "RESOLVED that:",
            "1. the minutes be approved; and",
            "2. the apologies listed below be noted:",
            "RESOLVED that Cabinet:",
            "1. Approve the library opening hours.",
        ],
        None,
        [
            res("1", "the minutes be approved; and"),
            res("2", "the apologies listed below be noted:"),
            res("1", "Approve the library opening hours.", "Cabinet"),
        ],
        id="new-lead-in-starts-a-new-list",
    ),
    pytest.param(
        [
            "AGREED: that",
            "1. the works contract be let to Alpha Ltd.",
            "1. a design contract be let to Beta Ltd.",
        ],
        None,
        [
            res("1", "the works contract be let to Alpha Ltd."),
            res("1", "a design contract be let to Beta Ltd."),
        ],
        id="every-item-printed-1",
    ),
    # a recommendation to Council inside a list of decisions
    pytest.param(
        [
            "RESOLVED that Cabinet:",
            "1. Approve the medium term financial plan.",
            "2. Recommend to Full Council that the council tax be set at the level shown.",
        ],
        None,
        [
            res("1", "Approve the medium term financial plan.", "Cabinet"),
            res(
                "2",
                "Recommend to Full Council that the council tax be set at the level shown.",
                "Council",
                "recommended",
            ),
        ],
        id="recommend-to-council-item",
    ),
    pytest.param(
        [
            "RESOLVED that Cabinet:",
            "1. Note the outturn for 2024/25.",
            "2. Recommend to Council:",
            "(a) the revised capital programme;",
            "(b) the new borrowing limit.",
        ],
        None,
        [
            res("1", "Note the outturn for 2024/25.", "Cabinet"),
            res(
                "2",
                "Recommend to Council:",
                "Council",
                "recommended",
                items=[
                    res("a", "the revised capital programme;", "Council", "recommended"),
                    res("b", "the new borrowing limit.", "Council", "recommended"),
                ],
            ),
        ],
        id="recommend-to-council-item-with-parts",
    ),
    pytest.param(
        ["The Cabinet agreed to recommend the revised allowances scheme to Council for adoption."],
        None,
        [
            res(
                None,
                "to recommend the revised allowances scheme to Council for adoption.",
                "Council",
                "recommended",
            )
        ],
        id="agreed-to-recommend-object-first",
    ),
    # letter-spaced "that" out of a PDF
    pytest.param(
        ["RESOLVED - T H A T the minutes of the meeting held on 2 May be approved."],
        None,
        [res(None, "the minutes of the meeting held on 2 May be approved.")],
        id="letter-spaced-that",
    ),
    pytest.param(
        ["RESOLVED THAT THE MINUTES OF THE LAST MEETING BE APPROVED."],
        None,
        [res(None, "THE MINUTES OF THE LAST MEETING BE APPROVED.")],
        id="clause-in-capitals-is-kept",
    ),
    pytest.param(
        ["Members RESOLVED that the petition be referred to the Highways Committee."],
        None,
        [res(None, "the petition be referred to the Highways Committee.")],
        id="capitals-word-after-no-decider",
    ),
    pytest.param(
        [
            "RESOLVED that the budget monitoring report be noted;",
            "",
            "Councillor Ito asked when the next report was due.",
        ],
        None,
        [res(None, "the budget monitoring report be noted;")],
        id="narrative-after-semicolon-is-no-clause",
    ),
    # a bare clause in the decision's mood
    pytest.param(
        ["A grant of £2,500 be paid to the village hall trust.", "The trust asked in May."],
        None,
        [res(None, "A grant of £2,500 be paid to the village hall trust.")],
        id="bare-be-paid",
    ),
    pytest.param(
        ["The funding will be provided by the trust.", "The trust asked in May."],
        None,
        [],
        id="will-be-is-no-decision",
    ),
    pytest.param(
        [
            "The Leader of the Council approved the following:",
            "1. To adopt the revised verge cutting schedule.",
            "2. To note the budget position.",
        ],
        None,
        [
            res("1", "To adopt the revised verge cutting schedule.", "Leader of the Council"),
            res("2", "To note the budget position.", "Leader of the Council"),
        ],
        id="role-approved-the-following",
    ),
    pytest.param(
        ["That the Cabinet", "(a) notes the quarterly report;", "(b) approves the action plan."],
        None,
        [
            res("a", "notes the quarterly report;", "Cabinet"),
            res("b", "approves the action plan.", "Cabinet"),
        ],
        id="that-body-without-colon",
    ),
    pytest.param(
        ["RESOLVED – KEY DECISION", "", "That the harbour dredging contract be awarded."],
        None,
        [res(None, "the harbour dredging contract be awarded.")],
        id="tag-then-clause",
    ),
    pytest.param(
        [
            "RESOLVED:",
            "That approval be given to the following admission rules:",
            "1) the primary scheme at Appendix A",
            "2) the secondary scheme at Appendix B",
        ],
        None,
        [
            res(
                None,
                "approval be given to the following admission rules:",
                items=[
                    res("1", "the primary scheme at Appendix A"),
                    res("2", "the secondary scheme at Appendix B"),
                ],
            )
        ],
        id="deciding-clause-keeps-its-list",
    ),
    pytest.param(
        [
            "That the annual report be noted.",
            "",
            "That the revised fees in Appendix 2 be approved.",
            "",
            "The meeting closed at 8.10pm.",
        ],
        "Cabinet",
        [
            res(None, "the annual report be noted.", "Cabinet"),
            res(None, "the revised fees in Appendix 2 be approved.", "Cabinet"),
        ],
        id="that-paragraphs",
    ),
    pytest.param(
        [
            "Approved the allocation of £40,000 to the shop front grant scheme.",
            "",
            "Delegated authority to the Head of Regeneration to award the grants.",
        ],
        "Cabinet Member for Growth",
        [
            res(
                None,
                "Approved the allocation of £40,000 to the shop front grant scheme.",
                "Cabinet Member for Growth",
            ),
            res(
                None,
                "Delegated authority to the Head of Regeneration to award the grants.",
                "Cabinet Member for Growth",
            ),
        ],
        id="act-paragraphs",
    ),
    pytest.param(
        [
            "RESOLVED that Cabinet:",
            "1. Approve the parking charges for the",
            "Page 4 of 9",
            "town centre car parks.",
        ],
        None,
        [res("1", "Approve the parking charges for the town centre car parks.", "Cabinet")],
        id="page-number-inside-item",
    ),
    pytest.param(
        [
            "RESOLVED that the report be noted;",
            "",
            "(Moved by Councillor A Patel and seconded by Councillor C Okafor)",
        ],
        None,
        [res(None, "the report be noted;")],
        id="mover-line-is-no-clause",
    ),
    pytest.param(
        [
            "RESOLVED:",
            "",
            "That the quarterly monitoring report be noted.",
            "",
            "That the Head of Finance be authorised to vire up to £50,000.",
            "",
            "Councillor Green left the meeting.",
        ],
        None,
        [
            res(None, "the quarterly monitoring report be noted."),
            res(None, "the Head of Finance be authorised to vire up to £50,000."),
        ],
        id="that-paragraphs-under-lead-in",
    ),
    pytest.param(
        [
            "I approve the following decisions:",
            "Library Opening Hours 2025 (Report 4)",
            "(i) To extend Saturday opening at the central library.",
            "(ii) To close the mobile library service.",
        ],
        "Leader",
        [
            res("i", "To extend Saturday opening at the central library.", "Leader"),
            res("ii", "To close the mobile library service.", "Leader"),
        ],
        id="group-title-over-a-list-is-no-resolution",
    ),
    pytest.param(
        [
            "RESOLVED:",
            "That Cabinet approves the Capital Programme 2025/26",
            "(a) as set out in Appendix A",
            "(b) subject to the funding in Appendix B",
        ],
        None,
        [
            res(
                None,
                "Cabinet approves the Capital Programme 2025/26",
                "Cabinet",
                items=[
                    res("a", "as set out in Appendix A", "Cabinet"),
                    res("b", "subject to the funding in Appendix B", "Cabinet"),
                ],
            )
        ],
        id="clause-with-capitals-over-a-list-is-kept",
    ),
    # a list with no lead-in
    pytest.param(
        ["- To approve the revised allotment rents.", "- To note the waiting list figures."],
        "Cabinet Member for Leisure",
        [
            res(None, "To approve the revised allotment rents.", "Cabinet Member for Leisure"),
            res(None, "To note the waiting list figures.", "Cabinet Member for Leisure"),
        ],
        id="bullets-worded-as-acts",
    ),
    pytest.param(
        ["- site surveys in the spring", "- To consult residents"],
        "Cabinet",
        [],
        id="bullets-not-all-acts",
    ),
    # a list item's text joined over a blank line where it stops mid-sentence
    pytest.param(
        [
            "RESOLVED:",
            "1. Approve the plans attached to this report as",
            "",
            "Appendices 1 and 2; and",
            "",
            "2. Note the timetable.",
        ],
        None,
        [
            res("1", "Approve the plans attached to this report as Appendices 1 and 2; and"),
            res("2", "Note the timetable."),
        ],
        id="run-on-item-over-blank-line",
    ),
    # the decider after "by", then an inline roman list
    pytest.param(
        [
            "Resolved by the Director of Finance (i) That the two leases be renewed",
            "(ii) That the Solicitor completes the deeds",
        ],
        None,
        [
            res("i", "That the two leases be renewed", by="Director of Finance"),
            res("ii", "That the Solicitor completes the deeds", by="Director of Finance"),
        ],
        id="resolved-by-office-holder-inline-roman",
    ),
    # an office holder who acts in the clause is who decided; one who is only given a task
    # ("be authorised", "is asked") is not
    pytest.param(
        ["That the Cabinet Member for Parks approves the play area scheme."],
        None,
        [
            res(
                None,
                "the Cabinet Member for Parks approves the play area scheme.",
                by="Cabinet Member for Parks",
            )
        ],
        id="office-holder-acts-in-the-clause",
    ),
    pytest.param(
        ["That the Director of Place be authorised to sign the lease."],
        None,
        [res(None, "the Director of Place be authorised to sign the lease.")],
        id="office-holder-given-a-task-is-no-decider",
    ),
    # a minute's numbered paragraph whose words are the lead-in: the paragraph number is
    # not a resolution's, and the numbered narrative before it is no decision
    pytest.param(
        [
            "14.1     The Lead Member considered a report by the Director of Resources.",
            "",
            "DECISIONS",
            "",
            "14.2     The Lead Member RESOLVED to:",
            "",
            "(1) approve the revised scheme of charges; and",
            "",
            "(2) note the savings set out in the report.",
        ],
        None,
        [
            res("1", "approve the revised scheme of charges; and", by="Lead Member"),
            res("2", "note the savings set out in the report.", by="Lead Member"),
        ],
        id="numbered-paragraph-lead-in",
    ),
    # an unfinished sentence after the lead-in opens the list under it
    pytest.param(
        [
            "RESOLVED: That the Council, having considered the responses to the consultation",
            "",
            "1)    confirm that no further consultation is required;",
            "",
            "2)    make the order in the form at Appendix 1.",
        ],
        None,
        [
            res("1", "confirm that no further consultation is required;", by="Council"),
            res("2", "make the order in the form at Appendix 1.", by="Council"),
        ],
        id="lead-in-with-unfinished-preamble",
    ),
    # the lead-in as the last sentence of a run-together paragraph
    pytest.param(
        [
            "Content: To let the review of the plan go on. Resolved by the Head of Planning",
            "(i) That the survey contract be awarded.",
            "(ii) That the Solicitor completes the agreement.",
        ],
        None,
        [
            res("i", "That the survey contract be awarded.", by="Head of Planning"),
            res("ii", "That the Solicitor completes the agreement.", by="Head of Planning"),
        ],
        id="lead-in-ends-a-paragraph",
    ),
    # a heading run into the lead-in ("a) Decisions RESOLVED:") names no decider
    pytest.param(
        [
            "Decisions RESOLVED:",
            "1.      That the revised procedure rules be agreed.",
            "2.      That the Director be authorised to make minor amendments.",
        ],
        None,
        [
            res("1", "That the revised procedure rules be agreed."),
            res("2", "That the Director be authorised to make minor amendments."),
        ],
        id="heading-before-lead-in-is-no-decider",
    ),
]


@pytest.mark.parametrize(("lines", "default_by", "expected"), CASES)
def test_structure(lines: list[str], default_by: str | None, expected: list[Resolution]) -> None:
    assert parse_resolutions(lines, default_by=default_by) == expected


def test_initials_are_no_list() -> None:
    lines = [
        "S. Patel (Chief Executive), R. Jones (Director of Place)",
        "",
        "T. Wood (Head of Finance), A. Khan (Legal Officer)",
    ]
    assert parse_resolutions(lines, decision_section=False) == []


@pytest.mark.parametrize(
    ("lines", "dropped"),
    [
        pytest.param(["RESOLVED – KEY DECISION"], "'KEY DECISION'", id="tag"),
        pytest.param(["The Mayor RESOLVED: To"], None, id="lead-in-leftover-opens-list"),
    ],
)
def test_fragments_are_no_resolutions(lines: list[str], dropped: str | None) -> None:
    log = DefectLog()
    assert parse_resolutions(lines, log=log) == []
    codes = [(d.code, d.field) for d in log.defects]
    if dropped is None:
        assert codes == []
    else:
        assert codes == [("uncertain_field", "resolutions")]
        assert dropped in log.defects[0].message


# -- the PDF reader keeps decimal items apart ----------------------------------------------


def _line(first_word: str, x0: float, top: float) -> Line:
    words = (
        Word(first_word, x0, x0 + 18, top, top + 11),
        Word("To", x0 + 22, x0 + 34, top, top + 11),
    )
    return Line(words)


@pytest.mark.parametrize(
    ("first", "following", "expected"),
    [
        pytest.param("3.1", "3.2", True, id="next-decimal"),
        pytest.param("2.1.1", "2.1.2", True, id="next-three-level"),
        pytest.param("1.1.", "1.2.", True, id="trailing-dot"),
        pytest.param("3.1", "3.3", False, id="skip"),
        pytest.param("3.1", "4.1", False, id="other-head"),
    ],
)
def test_pdf_next_decimal_item(first: str, following: str, expected: bool) -> None:
    assert _next_item(_line(first, 72, 100), _line(following, 72, 114)) is expected


def test_report_paragraph_numbers_outside_a_decision_are_no_list() -> None:
    lines = [
        "2.1 The service has run from the old depot since 1998.",
        "2.2 The lease ends in March.",
    ]
    assert parse_resolutions(lines, decision_section=False) == []
    assert [r.number for r in parse_resolutions(lines)] == ["2.1", "2.2"]


def test_a_lead_in_read_as_the_decision_heading_names_the_decider() -> None:
    # "The Leader approved the decision to:" speaks of the decision, so it heads the
    # decision section; the office holder it names decided each item below it.
    text = "\n".join(
        [
            "Decision Maker: Leader of the Council",
            "",
            "Decision:",
            "",
            "The Leader approved the decision to:",
            " ",
            "1.     Grant a new lease to the bowls club.",
            " ",
            "2.     Authorise the Solicitor to complete the lease.",
            "",
        ]
    )
    record = parse_text(text)
    assert [(r.number, r.by, r.text) for r in record.resolutions] == [
        ("1", "Leader", "Grant a new lease to the bowls club."),
        ("2", "Leader", "Authorise the Solicitor to complete the lease."),
    ]


_LISTING_HEAD = (
    "14/04/2025 - Allotment Rent Waiver ref: 7702    Recommendations Approved\n\n"
    "Decision Maker: Head of Parks - C. Example\n\n"
    "Decision published: 14/04/2025\n\n"
    "Effective from: 22/04/2025\n\n\n"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an act, then a bulleted list of what it applies to
        (
            "To waive the rent (\u00a340.00) for the plot below (flood damage)\n\n\n"
            "  \u2022 Plot: 12B\n  \u2022 Site: Riverside Allotments\n\n"
            "Lead officer: C. Example\n",
            "To waive the rent (\u00a340.00) for the plot below (flood damage)",
        ),
        # an order, wrapped over two lines, at the end of the entry
        (
            "Approve the transfer of the tenancy of plot 7 to the\nallotment society.\n",
            "Approve the transfer of the tenancy of plot 7 to the allotment society.",
        ),
        # a bare clause before the entry's closing labels
        (
            "That the rent for plot 3 be waived for the 2025 season.\n\nLead officer: C. Example\n",
            "the rent for plot 3 be waived for the 2025 season.",
        ),
    ],
)
def test_a_listing_entry_with_no_decision_label_reads_its_act_paragraph(
    body: str, expected: str
) -> None:
    record = parse_text(_LISTING_HEAD + body)
    assert [(r.number, r.kind, r.by, r.text) for r in record.resolutions] == [
        (None, "resolved", None, expected)
    ]
    assert expected[-20:] in " ".join(record.decision.split())
    assert record.decision_date is not None and record.decision_date.day == 14


@pytest.mark.parametrize(
    "body",
    [
        # a purpose line, not an act
        "To brief the Cabinet Member on the allotment waiting list.\n",
        # a summary followed by more prose: a narrative, not the decision alone
        "To waive the rent for plot 12B.\n\nThe tenant reported flood damage in March and "
        "the plot could not be worked for the season.\n",
        # not worded as an act
        "Approval is sought to waive the rent for plot 12B.\n",
    ],
)
def test_a_listing_entry_paragraph_that_is_no_act_gives_no_resolution(body: str) -> None:
    record = parse_text(_LISTING_HEAD + body)
    assert record.resolutions == []


def test_a_purpose_line_before_a_decision_label_stays_out_of_the_resolutions() -> None:
    record = parse_text(
        _LISTING_HEAD
        + "To enable work on the allotment drainage to begin.\n\n"
        + "Decision:\n\nTo approve the drainage works at Riverside Allotments.\n\n"
        + "Lead officer: C. Example\n"
    )
    assert [r.text for r in record.resolutions] == [
        "To approve the drainage works at Riverside Allotments."
    ]
