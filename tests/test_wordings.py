"""Wordings of councils the corpus does not show: the vocabulary must generalise to them.

Each row is a plausible line from a council we have not seen, with what it must mean.
"""

from __future__ import annotations

import pytest

from proforma_parser.defects import DefectLog
from proforma_parser.fields.callin import call_in_from_flag, call_in_from_prose, read_call_in
from proforma_parser.fields.resolutions import parse_resolutions
from proforma_parser.structure.headings import match_heading
from proforma_parser.structure.leadins import read_lead_in
from proforma_parser.structure.normalise import split_inline_enumeration
from proforma_parser.wording.nil import is_nil

HEADINGS = [
    ("Details of any dispensation granted by the Head of Paid Service:", "dispensations"),
    ("Alternative courses of action", "alternative_options"),
    ("Reasons for recommendations", "reasons"),
    ("Why the decision was taken", "reasons"),
    ("Call-in expiry", "call_in"),
    ("Last day for call-in", "call_in"),
    ("Members' interests", "conflicts_of_interest"),
    ("Conflict of interest / dispensation", "conflicts_of_interest"),
    ("Dispensations and declarations of interest", "conflicts_of_interest"),
    ("Any dispensation granted in respect of any declared conflict of interest:", "dispensations"),
    ("(b) Reasons for the Decision", "reasons"),
]


@pytest.mark.parametrize(("line", "field"), HEADINGS, ids=[h[0][:40] for h in HEADINGS])
def test_unseen_headings_classify_by_family(line: str, field: str) -> None:
    heading = match_heading(line)
    assert heading is not None
    assert (heading.kind, heading.name) == ("field", field)
    assert not heading.label.startswith("(")


NOT_HEADINGS = [
    "The reasons are as follows:",
    "The decision was taken for the following reasons:",
    "Members considered the following options:",
    "Option 1: Do nothing",
    "Reason 1: The building is unsafe.",
    "Council Constitution - Urgency and Call-in Provisions",
    "Review of call-in arrangements",
]


@pytest.mark.parametrize("line", NOT_HEADINGS)
def test_sentences_and_titles_are_not_headings(line: str) -> None:
    assert match_heading(line) is None


LABELS = [
    ("Date published: 4 April 2023", "meta", "published_on", "4 April 2023"),
    ("Date decision taken: 4 February 2025", "meta", "decision_date", "4 February 2025"),
    ("Call-in – Not applicable", "field", "call_in", "Not applicable"),
    ("Interests: none", "field", "conflicts_of_interest", "none"),
    ("1. Purpose", "other", "other", ""),
]


@pytest.mark.parametrize(("line", "kind", "name", "value"), LABELS, ids=[x[0] for x in LABELS])
def test_unseen_labels(line: str, kind: str, name: str, value: str) -> None:
    heading = match_heading(line)
    assert heading is not None
    assert (heading.kind, heading.name, heading.value) == (kind, name, value)


LEAD_INS = [
    ("Resolved, that the report be noted.", "resolved", None, "the report be noted."),
    (
        "RESOLVED to recommend to Council that the budget be approved.",
        "recommended",
        "Council",
        "the budget be approved.",
    ),
    ("It was RESOLVED that the report be noted.", "resolved", None, "the report be noted."),
    (
        "the Executive Member for Housing agreed that:",
        "resolved",
        "Executive Member for Housing",
        "",
    ),
    ("RESOLVED that Cabinet:-", "resolved", "Cabinet", ""),
]


@pytest.mark.parametrize(
    ("line", "kind", "by", "rest"), LEAD_INS, ids=[x[0][:40] for x in LEAD_INS]
)
def test_unseen_lead_ins(line: str, kind: str, by: str | None, rest: str) -> None:
    lead_in = read_lead_in(line)
    assert lead_in is not None
    assert (lead_in.kind, lead_in.by, lead_in.rest) == (kind, by, rest)


def test_wrapped_lines_of_a_numbered_item_are_joined() -> None:
    lines = [
        "RESOLVED that Cabinet:-",
        "1. Approve the scheme for the",
        "new depot.",
        "2. Note the costs.",
    ]
    found = parse_resolutions(lines)
    assert [(r.number, r.text) for r in found] == [
        ("1", "Approve the scheme for the new depot."),
        ("2", "Note the costs."),
    ]


def test_roman_items_nest_under_a_letter() -> None:
    lines = [
        "RESOLVED:",
        "(a) That the tariffs be approved, subject to:",
        "(i) a review after a year; and",
        "(ii) free parking at Christmas;",
        "(b) That the Director be authorised.",
    ]
    found = parse_resolutions(lines)
    assert [r.number for r in found] == ["a", "b"]
    assert [i.number for i in found[0].items] == ["i", "ii"]
    assert found[0].items[1].text == "free parking at Christmas;"


@pytest.mark.parametrize(
    "text",
    [
        "The council noted paragraphs (a) and (b) of the report at its meeting today.",
        "The officer referred to sections 1. Introduction and 2. Background of the report.",
    ],
)
def test_cross_references_are_not_split_into_items(text: str) -> None:
    assert split_inline_enumeration(text) == [text]


@pytest.mark.parametrize("text", ["Nothing declared", "Nothing to declare."])
def test_more_nil_words(text: str) -> None:
    assert is_nil(text)


def test_misspelt_call_in_date_is_a_defect() -> None:
    log = DefectLog()
    call_in = read_call_in("Midnight on Friday 31st Marhc 2022", log)
    assert call_in.date is None
    assert [d.code for d in log.defects] == ["unparsed_date"]


@pytest.mark.parametrize(
    ("value", "label", "applies"),
    [
        ("No - urgent decision", "Is subject to call in?", False),
        ("N/A", "Is subject to call in?", False),
        ("Yes", "Exempt from call-in", False),
        ("No", "Exempt from call-in", True),
    ],
)
def test_call_in_flags(value: str, label: str, applies: bool) -> None:
    call_in = call_in_from_flag(value, label=label)
    assert call_in is not None
    assert call_in.applies is applies


def test_call_in_stated_in_prose() -> None:
    call_in = call_in_from_prose("Some text. This decision is subject to call-in. More text.")
    assert call_in is not None
    assert (call_in.applies, call_in.text) == (True, "This decision is subject to call-in.")


ROLE_LEAD_INS = [
    (
        "The Cabinet Member for Housing resolved that the scheme be approved.",
        "Cabinet Member for Housing",
        "the scheme be approved.",
    ),
    ("The Leader agreed that:", "Leader", ""),
    (
        "The Portfolio Holder for Finance and Resources decided to:",
        "Portfolio Holder for Finance and Resources",
        "",
    ),
    (
        "The Director of Place agreed to approve the contract.",
        "Director of Place",
        "to approve the contract.",  # only "that", ":" and "-" go with the lead-in word
    ),
]


@pytest.mark.parametrize(("line", "by", "rest"), ROLE_LEAD_INS, ids=[r[1] for r in ROLE_LEAD_INS])
def test_office_holders_as_lead_ins(line: str, by: str, rest: str) -> None:
    lead_in = read_lead_in(line)
    assert lead_in is not None
    assert (lead_in.kind, lead_in.by, lead_in.rest) == ("resolved", by, rest)


def test_a_list_whose_lead_in_changes_from_resolved_to_recommended() -> None:
    lines = [
        "RESOLVED that Cabinet:-",
        "1. Note the outturn.",
        "2. Approve the carry-forwards.",
        "RECOMMENDED to Council that:",
        "3. The capital programme be increased by £2m.",
    ]
    found = parse_resolutions(lines)
    assert [(r.number, r.kind, r.by) for r in found] == [
        ("1", "resolved", "Cabinet"),
        ("2", "resolved", "Cabinet"),
        ("3", "recommended", "Council"),
    ]


PROSE = [
    (
        "Councillor Osei declared a personal interest as a school governor and left the room.",
        True,
        "Councillor Osei declared a personal interest as a school governor and left the room.",
    ),
    ("There were no declarations of interest.", True, None),
    ("The Council declared a climate emergency in 2019.", False, None),
]


@pytest.mark.parametrize(("text", "stated", "value"), PROSE, ids=["declared", "none", "unrelated"])
def test_conflicts_stated_in_prose(text: str, stated: bool, value: str | None) -> None:
    from proforma_parser.wording.prose import conflicts_in_prose

    assert conflicts_in_prose(text) == (stated, value)


@pytest.mark.parametrize(
    ("text", "stated", "value"),
    [
        ("No dispensations were granted.", True, None),
        (
            "Councillor Osei had a dispensation to speak and vote.",
            True,
            "Councillor Osei had a dispensation to speak and vote.",
        ),
        ("The report was noted.", False, None),
    ],
    ids=["none", "had", "unrelated"],
)
def test_dispensations_stated_in_prose(text: str, stated: bool, value: str | None) -> None:
    from proforma_parser.wording.prose import dispensations_in_prose

    assert dispensations_in_prose(text) == (stated, value)


@pytest.mark.parametrize(
    "line",
    [
        "Implementation date: 20 March 2024",
        "Date decision can be implemented: 20 March 2024",
        "Effective from: 20/03/2024",
    ],
)
def test_effective_date_labels(line: str) -> None:
    heading = match_heading(line)
    assert heading is not None
    assert (heading.kind, heading.name) == ("meta", "effective_from")
