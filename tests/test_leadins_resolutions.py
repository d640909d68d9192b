"""Tests for proforma_parser.leadins and proforma_parser.resolutions.

Expected values follow MODEL.md's Resolution rules: a list item's text is its own words as
printed; an unnumbered resolution's text is what follows the lead-in word and an optional
"that" / ":" / "-", with the clause's subject kept.
"""

from __future__ import annotations

import pytest

from proforma_parser.fields.resolutions import parse_resolutions
from proforma_parser.model import Resolution, ResolutionKind
from proforma_parser.structure.leadins import read_lead_in


def res(
    number: str | None,
    text: str,
    by: str | None = "Cabinet",
    kind: ResolutionKind = "resolved",
    items: list[Resolution] | None = None,
) -> Resolution:
    return Resolution(number=number, text=text, kind=kind, by=by, items=items or [])


@pytest.mark.parametrize(
    ("line", "kind", "by", "rest", "opens_list"),
    [
        pytest.param(
            "RECOMMENDED to Council that", "recommended", "Council", "", True, id="rec-to-council"
        ),
        pytest.param(
            "RECOMMENDED to Council that the budget be approved.",
            "recommended",
            "Council",
            "the budget be approved.",
            False,
            id="rec-to-council-inline",
        ),
        pytest.param(
            "RECOMMENDED that Council appoints the Head of Finance as chief finance officer.",
            "recommended",
            "Council",
            "Council appoints the Head of Finance as chief finance officer.",
            False,
            id="rec-council-subject",
        ),
        pytest.param(
            "Recommended to Full Council (Budget and policy framework):",
            "recommended",
            "Council",
            "",
            True,
            id="rec-full-council-bracket",
        ),
        pytest.param(
            "RESOLVED that the minutes be noted.",
            "resolved",
            None,
            "the minutes be noted.",
            False,
            id="resolved-inline",
        ),
        pytest.param(
            "RESOLVED (unanimously) that the report be noted.",
            "resolved",
            None,
            "the report be noted.",
            False,
            id="resolved-bracket-unanimously",
        ),
        pytest.param(
            "Resolved Unanimously:", "resolved", None, "", True, id="resolved-unanimously"
        ),
        pytest.param("RESOLVED:", "resolved", None, "", True, id="resolved-colon"),
        pytest.param("RESOLVED that:", "resolved", None, "", True, id="resolved-that-colon"),
        pytest.param(
            "RESOLVED – That progress on the scheme be noted.",
            "resolved",
            None,
            "progress on the scheme be noted.",
            False,
            id="resolved-dash-that",
        ),
        pytest.param(
            "AGREED that Cabinet note the report",
            "resolved",
            "Cabinet",
            "Cabinet note the report",
            False,
            id="agreed-cabinet-subject",
        ),
        pytest.param(
            "AGREED: that the plan be adopted.",
            "resolved",
            None,
            "the plan be adopted.",
            False,
            id="agreed-colon-that",
        ),
        pytest.param(
            "Agreed that a single contract be awarded.",
            "resolved",
            None,
            "a single contract be awarded.",
            False,
            id="agreed-title-case",
        ),
        pytest.param(
            "ORDERED that Executive approve the revised scheme.",
            "resolved",
            "Executive",
            "Executive approve the revised scheme.",
            False,
            id="ordered-executive",
        ),
        pytest.param(
            "DECIDED that the fees be increased.",
            "resolved",
            None,
            "the fees be increased.",
            False,
            id="decided",
        ),
        pytest.param(
            "RESOLVED that Cabinet approves and recommends to Council that the plan be adopted.",
            "recommended",
            "Council",
            "Cabinet approves and recommends to Council that the plan be adopted.",
            False,
            id="resolved-but-recommends",
        ),
        pytest.param(
            "The Cabinet resolved to:", "resolved", "Cabinet", "", True, id="body-resolved"
        ),
        pytest.param(
            "Cabinet considered the report and RESOLVED to:",
            "resolved",
            "Cabinet",
            "",
            True,
            id="body-considered-resolved",
        ),
        pytest.param("Cabinet RESOLVED that:", "resolved", "Cabinet", "", True, id="body-caps"),
        pytest.param("The Executive agreed that:", "resolved", "Executive", "", True, id="exec"),
        pytest.param("The Mayor agreed to:", "resolved", "Mayor", "", True, id="mayor"),
        pytest.param(
            "The Mayor decided to approve the contract.",
            "resolved",
            "Mayor",
            # the contract strips only "that", ":" and "-" after the lead-in word
            "to approve the contract.",
            False,
            id="mayor-inline",
        ),
        pytest.param("That Cabinet:", "resolved", "Cabinet", "", True, id="that-cabinet"),
        pytest.param("Cabinet:", "resolved", "Cabinet", "", True, id="cabinet-colon"),
        pytest.param("Cabinet has then:-", "resolved", "Cabinet", "", True, id="cabinet-has"),
        pytest.param(
            "That the Cabinet recommend to Council:",
            "recommended",
            "Council",
            "",
            True,
            id="that-cabinet-recommend",
        ),
        pytest.param(
            "That Cabinet recommends to Council that:",
            "recommended",
            "Council",
            "",
            True,
            id="that-cabinet-recommends-that",
        ),
        # the lead-in ends a sentence of minutes
        pytest.param(
            "Following consideration of the report it was RESOLVED:",
            "resolved",
            None,
            "",
            True,
            id="trailing-it-was-resolved",
        ),
        pytest.param(
            "After discussion it was unanimously agreed that:-",
            "resolved",
            None,
            "",
            True,
            id="trailing-it-was-agreed",
        ),
        pytest.param(
            "Cabinet RESOLVED to recommend to County Council that:",
            "recommended",
            "Council",
            "",
            True,
            id="body-resolved-to-recommend",
        ),
        pytest.param(
            "The Cabinet resolved to recommend to Full Council that the budget be approved.",
            "recommended",
            "Council",
            "the budget be approved.",
            False,
            id="body-resolved-to-recommend-inline",
        ),
        pytest.param(
            "I, the Portfolio Holder for Leisure, Parks and Tourism, having considered the "
            "report of the Head of Place dated 3 June 2024, have decided to:",
            "resolved",
            "Portfolio Holder for Leisure, Parks and Tourism",
            "",
            True,
            id="first-person-names-the-office",
        ),
        pytest.param(
            "The Mayor is recommended to:",
            "resolved",
            "Mayor",
            "",
            True,
            id="report-wording-over-what-the-mayor-decided",
        ),
        pytest.param(
            "The Council is recommended to:",
            "recommended",
            "Council",
            "",
            True,
            id="report-wording-recommended-to-council",
        ),
        pytest.param(
            "I, the Leader of the Council, approve the following:",
            "resolved",
            "Leader of the Council",
            "",
            True,
            id="first-person-names-the-leader",
        ),
    ],
)
def test_read_lead_in(
    line: str, kind: ResolutionKind, by: str | None, rest: str, opens_list: bool
) -> None:
    lead_in = read_lead_in(line)
    assert lead_in is not None
    assert (lead_in.kind, lead_in.by, lead_in.rest, lead_in.opens_list) == (
        kind,
        by,
        rest,
        opens_list,
    )


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("RESOLVED that Cabinet:-", id="resolved-that-cabinet"),
        pytest.param("RESOLVED that Cabinet:", id="resolved-that-cabinet-colon"),
        pytest.param("RESOLVED that the Council:", id="resolved-that-council"),
        pytest.param("RESOLVED that the Board:", id="resolved-that-the-board"),
    ],
)
def test_read_lead_in_body_before_list(line: str) -> None:
    """The body of these lead-ins is read with the list (see the resolution tests below)."""
    lead_in = read_lead_in(line)
    assert lead_in is not None
    assert (lead_in.kind, lead_in.opens_list) == ("resolved", True)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("That the draft strategy be approved.", id="bare-clause"),
        pytest.param("The Cabinet considered the report.", id="narrative"),
        pytest.param("Recommendations", id="heading"),
        pytest.param("Recommendations:", id="officers-recommendations"),
        pytest.param("1. Note the report.", id="list-item"),
        pytest.param("Members asked about the timetable.", id="members"),
        # a sentence that ends on a decision word without "it was" or capitals
        pytest.param("The points that were not yet agreed:", id="mentions-agreed"),
        pytest.param("", id="empty"),
    ],
)
def test_not_a_lead_in(line: str) -> None:
    assert read_lead_in(line) is None


@pytest.mark.parametrize(
    "line", ["Recommendation to Council", "Recommendations to the Council", "RECOMMEND TO COUNCIL:"]
)
def test_a_sub_heading_of_what_is_recommended_to_council(line: str) -> None:
    lead_in = read_lead_in(line)
    assert lead_in is not None
    assert (lead_in.kind, lead_in.by, lead_in.opens_list) == ("recommended", "Council", True)


RESOLUTION_CASES = [
    # lead-in with a list: each item's text is its own words as printed
    pytest.param(
        ["RESOLVED that Cabinet:-", "1. Note the progress made.", "2. Endorse the draft plan."],
        None,
        [res("1", "Note the progress made."), res("2", "Endorse the draft plan.")],
        id="numbers-dot",
    ),
    pytest.param(
        [
            "RESOLVED that Cabinet:-",
            "",
            "1. Note the progress made.",
            "",
            "2. Endorse the plan.",
            "",
        ],
        None,
        [res("1", "Note the progress made."), res("2", "Endorse the plan.")],
        id="numbers-blank-lines",
    ),
    pytest.param(
        [
            "RESOLVED that Cabinet:-",
            "1) That Appendix A be approved",
            "2) That Appendix B be noted",
        ],
        None,
        [res("1", "That Appendix A be approved"), res("2", "That Appendix B be noted")],
        id="numbers-bracket-that-kept",
    ),
    pytest.param(
        ["That Cabinet:", "(1) approve the revised fees;", "(2) delegate the final terms."],
        None,
        [res("1", "approve the revised fees;"), res("2", "delegate the final terms.")],
        id="numbers-in-brackets",
    ),
    pytest.param(
        [
            "The Cabinet resolved to:",
            "(a) approve the business case; and",
            "(b) start procurement.",
        ],
        None,
        [res("a", "approve the business case; and"), res("b", "start procurement.")],
        id="letters-in-brackets",
    ),
    pytest.param(
        ["RESOLVED that Cabinet:", "a. agree the outline design;", "b. note the costs."],
        None,
        [res("a", "agree the outline design;"), res("b", "note the costs.")],
        id="letters-dot",
    ),
    pytest.param(
        [
            "Cabinet:",
            "(i) notes the responses;",
            "(ii) approves the scheme;",
            "(iii) thanks staff.",
        ],
        None,
        [
            res("i", "notes the responses;"),
            res("ii", "approves the scheme;"),
            res("iii", "thanks staff."),
        ],
        id="roman-in-brackets",
    ),
    pytest.param(
        ["RESOLVED that:", "i. the report be received;", "ii. the actions be agreed."],
        None,
        [
            res("i", "the report be received;", by=None),
            res("ii", "the actions be agreed.", by=None),
        ],
        id="roman-dot-no-body",
    ),
    pytest.param(
        ["RESOLVED that:", "A: Welcomes the report.", "B: Asks officers to report back."],
        None,
        [
            res("A", "Welcomes the report.", by=None),
            res("B", "Asks officers to report back.", by=None),
        ],
        id="capital-colon",
    ),
    pytest.param(
        ["RESOLVED that Cabinet:-", "1.The draft policy be approved.", "2.The policy be reviewed."],
        None,
        [res("1", "The draft policy be approved."), res("2", "The policy be reviewed.")],
        id="number-no-space",
    ),
    pytest.param(
        ["RESOLVED that the Council:", "1. notes the report."],
        None,
        [res("1", "notes the report.", by="Council")],
        id="council-body",
    ),
    # nesting
    pytest.param(
        [
            "RESOLVED that Cabinet:-",
            "1. Approve the scheme, subject to:",
            "(a) planning consent being obtained; and",
            "(b) funding being confirmed.",
            "2. Delegate the final terms to the Director.",
        ],
        None,
        [
            res(
                "1",
                "Approve the scheme, subject to:",
                items=[
                    res("a", "planning consent being obtained; and"),
                    res("b", "funding being confirmed."),
                ],
            ),
            res("2", "Delegate the final terms to the Director."),
        ],
        id="letters-under-number",
    ),
    pytest.param(
        [
            "RESOLVED that Cabinet:",
            "1. approve the programme;",
            "(i) first phase;",
            "(ii) second phase;",
            "2. note the report.",
        ],
        None,
        [
            res(
                "1",
                "approve the programme;",
                items=[res("i", "first phase;"), res("ii", "second phase;")],
            ),
            res("2", "note the report."),
        ],
        id="roman-under-number",
    ),
    pytest.param(
        [
            "RESOLVED that Cabinet:",
            "(a) approve the programme;",
            "i. the first phase starts in spring;",
            "ii. the second phase follows;",
            "(b) authorise the Director.",
        ],
        None,
        [
            res(
                "a",
                "approve the programme;",
                items=[
                    res("i", "the first phase starts in spring;"),
                    res("ii", "the second phase follows;"),
                ],
            ),
            res("b", "authorise the Director."),
        ],
        id="roman-dot-under-letter",
    ),
    pytest.param(
        ["RESOLVED that Cabinet:", *(f"({c}) item {c};" for c in "abcdefghij")],
        None,
        [res(c, f"item {c};") for c in "abcdefghij"],
        id="h-then-i-is-a-letter",
    ),
    pytest.param(
        [
            "RESOLVED that Cabinet:",
            "1. approve the programme;",
            *(f"({c}) part {c};" for c in "abcdefghi"),
            "2. note the report.",
        ],
        None,
        [
            res("1", "approve the programme;", items=[res(c, f"part {c};") for c in "abcdefghi"]),
            res("2", "note the report."),
        ],
        id="nested-h-then-i-is-a-letter",
    ),
    pytest.param(
        ["RESOLVED that Cabinet:", "(i) first thing;", "(ii) second thing."],
        None,
        [res("i", "first thing;"), res("ii", "second thing.")],
        id="i-then-ii-is-roman",
    ),
    pytest.param(
        [
            "RESOLVED that Cabinet:",
            "1. Approve the following:",
            "- the fees;",
            "- the charges.",
            "2. Note the report.",
        ],
        None,
        [
            res(
                "1",
                "Approve the following:",
                items=[res(None, "the fees;"), res(None, "the charges.")],
            ),
            res("2", "Note the report."),
        ],
        id="bullets-under-number",
    ),
    # the lead-in changes part way through the list
    pytest.param(
        [
            "RESOLVED that Cabinet:-",
            "1. Approve the lease of the depot.",
            "2. Note the valuation.",
            "RECOMMENDED to Council that",
            "3. The capital budget be increased.",
        ],
        None,
        [
            res("1", "Approve the lease of the depot."),
            res("2", "Note the valuation."),
            res("3", "The capital budget be increased.", by="Council", kind="recommended"),
        ],
        id="resolved-then-recommended",
    ),
    pytest.param(
        ["RECOMMENDED to Council that", "1) the budget be approved; and", "2) the tax be set."],
        None,
        [
            res("1", "the budget be approved; and", by="Council", kind="recommended"),
            res("2", "the tax be set.", by="Council", kind="recommended"),
        ],
        id="recommended-list",
    ),
    pytest.param(
        ["That the Cabinet recommend to Council:", "1. the adoption of the plan."],
        None,
        [res("1", "the adoption of the plan.", by="Council", kind="recommended")],
        id="cabinet-recommend-to-council",
    ),
    pytest.param(
        [
            "Recommended to Full Council (Budget and policy framework):",
            "1. That the budget be set.",
        ],
        None,
        [res("1", "That the budget be set.", by="Council", kind="recommended")],
        id="full-council-bracket",
    ),
    pytest.param(
        [
            "RESOLVED that Cabinet:",
            "(1) approve the plan;",
            "(2) note the risks.",
            "RESOLVED that Cabinet thank the officers for their work.",
        ],
        None,
        [
            res("1", "approve the plan;"),
            res("2", "note the risks."),
            res(None, "Cabinet thank the officers for their work."),
        ],
        id="list-then-inline-lead-in",
    ),
    # narrative between items is not a resolution
    pytest.param(
        [
            "Cabinet considered the report and RESOLVED to:",
            "1. approve the strategy.",
            "Members discussed the timing of the consultation at some length.",
            "2. note the timetable.",
        ],
        None,
        [res("1", "approve the strategy."), res("2", "note the timetable.")],
        id="narrative-between-items",
    ),
    pytest.param(
        [
            "That Cabinet:",
            "1. note the update; and",
            "2. agree to consult on the options.",
            "",
            "Officers explained the next steps for the consultation.",
        ],
        None,
        [res("1", "note the update; and"), res("2", "agree to consult on the options.")],
        id="narrative-after-list",
    ),
    # one unnumbered resolution: the words after the lead-in and "that"
    pytest.param(
        ["RESOLVED that the minutes be noted."],
        None,
        [res(None, "the minutes be noted.", by=None)],
        id="inline-resolved",
    ),
    pytest.param(
        ["AGREED that Cabinet note the report"],
        None,
        [res(None, "Cabinet note the report")],
        id="inline-agreed-subject-kept",
    ),
    pytest.param(
        ["RECOMMENDED that Council appoints the Head of Finance as chief finance officer."],
        None,
        [
            res(
                None,
                "Council appoints the Head of Finance as chief finance officer.",
                by="Council",
                kind="recommended",
            )
        ],
        id="inline-recommended-subject-kept",
    ),
    pytest.param(
        ["RECOMMENDED to Council that the revised constitution be adopted."],
        None,
        [res(None, "the revised constitution be adopted.", by="Council", kind="recommended")],
        id="inline-recommended-to-council",
    ),
    pytest.param(
        ["ORDERED that Executive approve the revised scheme."],
        None,
        [res(None, "Executive approve the revised scheme.", by="Executive")],
        id="inline-ordered",
    ),
    pytest.param(
        ["RESOLVED – That progress on the scheme be noted."],
        None,
        [res(None, "progress on the scheme be noted.", by=None)],
        id="inline-dash",
    ),
    pytest.param(
        ["Resolved Unanimously:", "That the motion be carried."],
        None,
        [res(None, "the motion be carried.", by=None)],
        id="clause-on-next-line",
    ),
    pytest.param(
        ["RESOLVED:", "That the report be noted."],
        None,
        [res(None, "the report be noted.", by=None)],
        id="resolved-colon-clause",
    ),
    # no lead-in at all
    pytest.param(
        ["That the draft strategy be approved."],
        None,
        [res(None, "the draft strategy be approved.", by=None)],
        id="bare-that-clause",
    ),
    pytest.param(
        ["That the draft strategy be approved."],
        "Cabinet",
        [res(None, "the draft strategy be approved.")],
        id="bare-that-clause-default-by",
    ),
    pytest.param(
        ["The housing strategy for adoption be approved."],
        "Cabinet",
        [res(None, "The housing strategy for adoption be approved.")],
        id="bare-be-approved",
    ),
    pytest.param(
        ["Cabinet approves and recommends to Council that the strategy be adopted."],
        "Cabinet",
        [
            res(
                None,
                "Cabinet approves and recommends to Council that the strategy be adopted.",
                by="Council",
                kind="recommended",
            )
        ],
        id="bare-recommends-to-council",
    ),
    pytest.param(
        ["1. Note the report.", "2. Agree the next steps."],
        "Cabinet",
        [res("1", "Note the report."), res("2", "Agree the next steps.")],
        id="numbered-without-lead-in",
    ),
    pytest.param(
        ["Approve:", "- the revised fees and charges", "- the new parking zones"],
        "Cabinet",
        [res(None, "the revised fees and charges"), res(None, "the new parking zones")],
        id="bullets-under-approve",
    ),
    pytest.param(
        ["To approve the use of reserves to fund the new library."],
        "Cabinet",
        [res(None, "To approve the use of reserves to fund the new library.")],
        id="lone-act",
    ),
    # pure narrative gives no resolutions
    pytest.param(
        [
            "The report set out the position on the housing programme.",
            "Members asked about the timetable and officers answered.",
        ],
        "Cabinet",
        [],
        id="narrative",
    ),
    pytest.param(
        ["The report described the work done.", "- surveys of the site", "- talks with residents"],
        "Cabinet",
        [],
        id="narrative-bullets",
    ),
    pytest.param(
        [
            "- The garden waste charge be set at £45 for 2025/26;",
            "- The Director be authorised to publish the new charges.",
        ],
        "Cabinet",
        [
            res(None, "The garden waste charge be set at £45 for 2025/26;", by="Cabinet"),
            res(None, "The Director be authorised to publish the new charges.", by="Cabinet"),
        ],
        id="decision-section-opening-on-bullets",
    ),
    pytest.param([], "Cabinet", [], id="empty"),
]


@pytest.mark.parametrize(("lines", "default_by", "expected"), RESOLUTION_CASES)
def test_parse_resolutions(
    lines: list[str], default_by: str | None, expected: list[Resolution]
) -> None:
    assert parse_resolutions(lines, default_by=default_by) == expected


@pytest.mark.parametrize(
    ("decision_section", "expected"),
    [
        pytest.param(
            True,
            [res(None, "To approve the use of reserves to fund the new library.")],
            id="in-decision-section",
        ),
        pytest.param(False, [], id="loose-text"),
    ],
)
def test_lone_act_only_in_decision_section(
    decision_section: bool, expected: list[Resolution]
) -> None:
    lines = ["To approve the use of reserves to fund the new library."]
    found = parse_resolutions(lines, default_by="Cabinet", decision_section=decision_section)
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "by"),
    [
        ("The Mayor approves a grant of £1.2 million to the harbour trust.", "Mayor"),
        (
            "As Director of Place, Highways and Transport, I agree to commission repairs to "
            "the Mill Lane culvert at a cost of £90,000.",
            None,
        ),
        ("The Head of Finance has approved the write-off of £4,200 of arrears.", "Head of Finance"),
        (
            "I, Jane Smith, Director of Regeneration, approve the market pitch fees in Appendix 1.",
            None,
        ),
    ],
)
def test_a_sentence_of_the_decider_acting_is_the_decision(sentence: str, by: str | None) -> None:
    found = parse_resolutions([sentence], default_by=None, decision_section=True)
    assert [(r.number, r.text, r.by) for r in found] == [(None, sentence, by)]
    # outside a decision section it is narrative
    assert parse_resolutions([sentence], default_by=None, decision_section=False) == []


def test_a_sentence_that_decides_nothing_is_no_decision() -> None:
    lines = ["The Cabinet considered the report of the Director of Place."]
    assert parse_resolutions(lines, default_by=None, decision_section=True) == []


def test_an_intro_whose_office_runs_past_a_colon_names_no_decider() -> None:
    # "The Director: Children and Families Services" is one office; "Director" alone would
    # be a confident wrong value.
    lines = [
        "The Director: Children and Families Services has decided to:",
        "i. approve the procurement of a new system;",
        "ii. approve expenditure of up to £185,000.",
    ]
    found = parse_resolutions(lines, default_by=None)
    assert [(r.number, r.by) for r in found] == [("i", None), ("ii", None)]


def test_a_combined_authoritys_board_resolves() -> None:
    lines = ["RESOLVED that the Board:", "(a) approve the plan;", "(b) note the grant."]
    found = parse_resolutions(lines, default_by=None)
    assert [(r.number, r.by) for r in found] == [("a", "Board"), ("b", "Board")]


def test_an_office_with_a_comma_before_its_portfolio_decides() -> None:
    text = "That the Corporate Director, Housing and Regeneration approves the contract award."
    found = parse_resolutions([text], default_by=None)
    assert [(r.text[:32], r.by) for r in found] == [
        ("the Corporate Director, Housing ", "Corporate Director, Housing and Regeneration")
    ]


def test_items_numbered_without_a_stop_under_an_introduction() -> None:
    lines = [
        "RESOLVED",
        "to:",
        "1 note the outcome of the consultation;",
        "2 agree that the hardship fund be set at £75,000; and",
        "3 delegate the technical amendments to the Director.",
    ]
    found = parse_resolutions(lines, default_by=None)
    assert [(r.number, r.text[:10]) for r in found] == [
        ("1", "note the o"),
        ("2", "agree that"),
        ("3", "delegate t"),
    ]


def test_a_bare_number_opening_a_sentence_is_no_item() -> None:
    lines = ["That the scheme be approved.", "2 bedroom homes will make up a third of it."]
    found = parse_resolutions(lines, default_by=None)
    assert [r.number for r in found] == [None]
