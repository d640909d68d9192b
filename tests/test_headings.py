"""Tests for proforma_parser.headings: heading shapes and their classification."""

from __future__ import annotations

import pytest

from proforma_parser.structure.headings import (
    HeadingKind,
    classify,
    match_heading,
    match_number_alone,
)
from proforma_parser.wording import headings as wording_headings
from proforma_parser.wording.registry import simplify

# (kind, name, number, value) of the heading a line is
Expected = tuple[HeadingKind, str, int | None, str]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # numbered headings of a Stockton proforma
        pytest.param("1. Title of Item/Report", ("field", "title", 1, ""), id="s1-title"),
        pytest.param("2. Record of the Decision", ("field", "decision", 2, ""), id="s2-decision"),
        pytest.param("3. Reasons for the Decision", ("field", "reasons", 3, ""), id="s3-reasons"),
        pytest.param(
            "4. Alternative Options considered and rejected",
            ("field", "alternative_options", 4, ""),
            id="s4-alternatives",
        ),
        pytest.param(
            "5. Declared (Cabinet Member) Conflicts of Interest",
            ("field", "conflicts_of_interest", 5, ""),
            id="s5-conflicts",
        ),
        pytest.param(
            "6. Details of any Dispensations",
            ("field", "dispensations", 6, ""),
            id="s6-dispensations",
        ),
        pytest.param(
            "7. Date and Time by which Call In must be executed",
            ("field", "call_in", 7, ""),
            id="s7-call-in",
        ),
        pytest.param("3 Reasons for the Decision", ("field", "reasons", 3, ""), id="number-no-dot"),
        pytest.param(
            "7) Date and Time by which Call In must be executed",
            ("field", "call_in", 7, ""),
            id="number-bracket",
        ),
        pytest.param(
            "10. Alternative options considered",
            ("field", "alternative_options", 10, ""),
            id="two-digit-number",
        ),
        # unnumbered headings
        pytest.param("Reasons for Decision", ("field", "reasons", None, ""), id="reasons"),
        pytest.param("REASONS FOR DECISION", ("field", "reasons", None, ""), id="reasons-caps"),
        pytest.param(
            "Reason(s) for Decisions", ("field", "reasons", None, ""), id="reasons-bracket-s"
        ),
        pytest.param("Reason", ("field", "reasons", None, ""), id="reason-alone"),
        pytest.param(
            "Alternative options considered:",
            ("field", "alternative_options", None, ""),
            id="alternatives-colon",
        ),
        pytest.param("THE DECISION", ("field", "decision", None, ""), id="the-decision"),
        pytest.param("Decision:", ("field", "decision", None, ""), id="decision-colon"),
        pytest.param("Decisions", ("field", "decision", None, ""), id="decisions"),
        pytest.param("Resolutions", ("field", "decision", None, ""), id="resolutions"),
        pytest.param("Title of Item/Report", ("field", "title", None, ""), id="title-unnumbered"),
        pytest.param("Subject of decision", ("field", "title", None, ""), id="subject"),
        pytest.param("Matter for Decision", ("field", "title", None, ""), id="matter"),
        pytest.param("Call-in deadline", ("field", "call_in", None, ""), id="call-in-deadline"),
        pytest.param(
            "Implementation date", ("meta", "effective_from", None, ""), id="implementation-date"
        ),
        # label: value on one line
        pytest.param(
            "Reason for Decision: As set out in the report.",
            ("field", "reasons", None, "As set out in the report."),
            id="label-reasons",
        ),
        pytest.param(
            "Decision Maker :-Cabinet",
            ("meta", "decision_maker", None, "Cabinet"),
            id="label-colon-dash",
        ),
        pytest.param(
            "Decision Maker: Cabinet", ("meta", "decision_maker", None, "Cabinet"), id="maker"
        ),
        pytest.param(
            "Decision taken by: Director of Finance",
            ("meta", "decision_maker", None, "Director of Finance"),
            id="taken-by",
        ),
        pytest.param(
            "Is subject to call in?: No",
            ("meta", "call_in_flag", None, "No"),
            id="question-label",
        ),
        pytest.param(
            "Subject to Call-in :-Yes",
            ("meta", "call_in_flag", None, "Yes"),
            id="call-in-flag-colon-dash",
        ),
        pytest.param(
            "Is Key decision?: No", ("meta", "is_key_decision", None, "No"), id="key-decision"
        ),
        pytest.param(
            "Publication date: 11/02/2021",
            ("meta", "published_on", None, "11/02/2021"),
            id="publication-date",
        ),
        pytest.param(
            "Decision published: 17/06/2024",
            ("meta", "published_on", None, "17/06/2024"),
            id="decision-published",
        ),
        pytest.param(
            "Made at meeting: 17/06/2024 - Cabinet",
            ("meta", "meeting", None, "17/06/2024 - Cabinet"),
            id="made-at-meeting",
        ),
        pytest.param(
            "Effective from: 26/06/2024",
            ("meta", "effective_from", None, "26/06/2024"),
            id="effective-from",
        ),
        pytest.param(
            "Date of decision: 11/02/2021",
            ("meta", "decision_date", None, "11/02/2021"),
            id="date-of-decision",
        ),
        pytest.param(
            "Date of meeting: 17 March 2022",
            ("meta", "decision_date", None, "17 March 2022"),
            id="date-of-meeting",
        ),
        pytest.param(
            "Decision status: Recommendations Approved",
            ("meta", "decision_status", None, "Recommendations Approved"),
            id="status",
        ),
        pytest.param(
            "Reference Number :-2367", ("meta", "reference", None, "2367"), id="reference"
        ),
        pytest.param(
            "Conflicts of interest: None declared.",
            ("field", "conflicts_of_interest", None, "None declared."),
            id="label-conflicts-nil",
        ),
        pytest.param(
            "Dispensations: N/A", ("field", "dispensations", None, "N/A"), id="label-disp-nil"
        ),
        pytest.param(
            "Report title: Quarterly Budget Monitoring",
            ("field", "title", None, "Quarterly Budget Monitoring"),
            id="label-title",
        ),
        pytest.param(
            "Decision: That the report be noted.",
            ("field", "decision", None, "That the report be noted."),
            id="label-decision",
        ),
        # dash labels
        pytest.param(
            "REASONS FOR DECISION – This was a report for information only.",
            ("field", "reasons", None, "This was a report for information only."),
            id="dash-reasons-caps",
        ),
        pytest.param(
            "REASON – To meet the new statutory guidance.",
            ("field", "reasons", None, "To meet the new statutory guidance."),
            id="dash-reason",
        ),
        pytest.param(
            "ALTERNATIVE OPTIONS – Keeping the building open was considered.",
            ("field", "alternative_options", None, "Keeping the building open was considered."),
            id="dash-alternatives",
        ),
        # combined conflicts and dispensations heading
        pytest.param(
            "Conflicts of Interest Declared and Dispensations Granted",
            ("field", "conflicts_of_interest", None, ""),
            id="combined",
        ),
        pytest.param(
            "Conflicts of Interest Declared (and Dispensations Granted)",
            ("field", "conflicts_of_interest", None, ""),
            id="combined-bracketed",
        ),
        pytest.param(
            "5. Conflicts of interest and dispensations",
            ("field", "conflicts_of_interest", 5, ""),
            id="combined-numbered",
        ),
        pytest.param(
            "Any dispensation granted in respect of any declared conflict of interest",
            ("field", "dispensations", None, ""),
            id="dispensation-for-conflict",
        ),
        # decision of a named decision maker
        pytest.param(
            "Decision of Executive Councillor for Environment and Waste Services:",
            ("field", "decision", None, ""),
            id="decision-of-councillor",
        ),
        pytest.param(
            "Decisions taken by the Leader of the Council",
            ("field", "decision", None, ""),
            id="decisions-taken-by",
        ),
        # known headings that feed no field
        pytest.param(
            "Report author: Alex Example", ("other", "other", None, "Alex Example"), id="author"
        ),
        pytest.param("Purpose:", ("other", "other", None, ""), id="purpose"),
        pytest.param("Proper Officer", ("other", "sign_off", None, ""), id="proper-officer"),
        pytest.param("Background papers", ("other", "other", None, ""), id="background-papers"),
        pytest.param(
            "Contact officer: Sam Sample", ("other", "other", None, "Sam Sample"), id="contact"
        ),
        pytest.param("Wards affected: All", ("other", "other", None, "All"), id="wards"),
        pytest.param("Recommendations", ("other", "other", None, ""), id="recommendations"),
        # run-in lettered headings (an aggregator's list)
        pytest.param(
            "b) Reasons for decisions Recommendations adopted as set out in the report.",
            ("field", "reasons", None, "Recommendations adopted as set out in the report."),
            id="run-in-reasons",
        ),
        pytest.param(
            "c) Alternative options considered None considered.",
            ("field", "alternative_options", None, "None considered."),
            id="run-in-alternatives",
        ),
        # plausible wordings not seen in the corpus
        pytest.param(
            "Reasons for the recommendations", ("field", "reasons", None, ""), id="new-reasons-rec"
        ),
        pytest.param(
            "Justification for the decision", ("field", "reasons", None, ""), id="new-justification"
        ),
        pytest.param("Grounds for the decision", ("field", "reasons", None, ""), id="new-grounds"),
        pytest.param(
            "Reasons for the decision made by the Cabinet",
            ("field", "reasons", None, ""),
            id="new-reasons-by-cabinet",
        ),
        pytest.param(
            "Alternatives considered",
            ("field", "alternative_options", None, ""),
            id="new-alternatives",
        ),
        pytest.param(
            "Other options considered and rejected",
            ("field", "alternative_options", None, ""),
            id="new-other-options",
        ),
        pytest.param(
            "Options considered and reasons for rejection",
            ("field", "alternative_options", None, ""),
            id="new-options-reasons-rejection",
        ),
        pytest.param(
            "Declarations of interest by Cabinet Members",
            ("field", "conflicts_of_interest", None, ""),
            id="new-declarations",
        ),
        pytest.param(
            "Interests declared", ("field", "conflicts_of_interest", None, ""), id="new-interests"
        ),
        pytest.param(
            "Any conflict of interest declared by a Cabinet Member",
            ("field", "conflicts_of_interest", None, ""),
            id="new-any-conflict",
        ),
        pytest.param(
            "Dispensations granted by the Standards Committee",
            ("field", "dispensations", None, ""),
            id="new-dispensations-by-committee",
        ),
        pytest.param(
            "Note of any dispensation granted",
            ("field", "dispensations", None, ""),
            id="new-note-of-dispensation",
        ),
        pytest.param(
            "Call-in period ends", ("field", "call_in", None, ""), id="new-call-in-period-ends"
        ),
        pytest.param(
            "Date by which call-in must be made",
            ("field", "call_in", None, ""),
            id="new-call-in-by-date",
        ),
        pytest.param(
            "Deadline for call-in: 5pm, 6 April 2022",
            ("field", "call_in", None, "5pm, 6 April 2022"),
            id="new-call-in-label",
        ),
        pytest.param("Decision title", ("field", "title", None, ""), id="new-decision-title"),
        pytest.param(
            "Record of the decision taken",
            ("field", "decision", None, ""),
            id="new-record-decision-taken",
        ),
        pytest.param(
            "Effective date: 1 July 2024",
            ("meta", "effective_from", None, "1 July 2024"),
            id="new-effective-date",
        ),
        pytest.param(
            "Portfolio Holder: Councillor Example",
            ("meta", "office_holder", None, "Councillor Example"),
            id="new-portfolio-holder",
        ),
        pytest.param(
            "Cabinet Member: Cabinet Member for Highways and Transport",
            ("meta", "office_holder", None, "Cabinet Member for Highways and Transport"),
            id="office-holder-label",
        ),
    ],
)
def test_match_heading(line: str, expected: Expected) -> None:
    heading = match_heading(line)
    assert heading is not None
    assert (heading.kind, heading.name, heading.number, heading.value) == expected


@pytest.mark.parametrize(
    "line",
    [
        # body sentences
        pytest.param("The Cabinet considered the report and agreed the plan.", id="body"),
        pytest.param("The reasons for the decision are set out in the report.", id="body-reasons"),
        pytest.param("Councillor Example declared an interest in this item.", id="body-interest"),
        pytest.param(
            "The Alternative Options report was noted by members at the meeting.",
            id="body-alternatives",
        ),
        pytest.param("Reasons for the Decision.", id="heading-words-with-full-stop"),
        pytest.param("That the decision be implemented after the call-in period.", id="clause"),
        # resolution lead-ins
        pytest.param("RESOLVED: That Cabinet:", id="resolved-that-cabinet"),
        pytest.param("RESOLVED that Cabinet:-", id="resolved-cabinet-colon-dash"),
        pytest.param("RESOLVED: That the report be noted.", id="resolved-inline"),
        pytest.param("Cabinet:", id="cabinet-colon"),
        # titles that contain heading words
        pytest.param("Council Constitution - Urgency and Call-in Provisions", id="title-call-in"),
        pytest.param("Review of call-in arrangements", id="title-review-call-in"),
        pytest.param("Implementation of the new waste collection service", id="title-implement"),
        pytest.param("Declaration of the climate emergency", id="title-declaration"),
        pytest.param("Options for the future delivery of leisure services", id="title-options"),
        pytest.param("Minute 166 – Land Purchase Option Agreement", id="minute-title"),
        pytest.param("Item 5 – Decision on the depot lease", id="item-title"),
        # list items and resolutions
        pytest.param("(a) Decision to approve the budget", id="lettered-decision"),
        pytest.param("(c) The report be noted.", id="lettered-clause"),
        pytest.param("1. That the report be noted.", id="numbered-clause"),
        pytest.param("2. Note progress to date in delivering the plan.", id="numbered-item"),
        pytest.param("2) Agree the revised timetable", id="numbered-bracket-item"),
        pytest.param("a. Reasons for the decision to close the site were given.", id="run-in-body"),
        # other lines
        pytest.param("Cabinet – 17 March 2022", id="meeting-line"),
        pytest.param("Executive Councillor for Housing", id="portfolio-name"),
        pytest.param("The Leader of the Council", id="leader"),
        pytest.param("Note: this decision is subject to call-in.", id="note-label"),
        pytest.param("Appendix 1: Options appraisal", id="appendix"),
        pytest.param("Declared by: Councillor Example", id="declared-by"),
        pytest.param("Councillor Example - Portfolio Holder for Housing", id="name-dash-role"),
        pytest.param("", id="empty"),
    ],
)
def test_not_a_heading(line: str) -> None:
    assert match_heading(line) is None


@pytest.mark.parametrize(
    ("line", "label", "value_col", "run_in"),
    [
        pytest.param("3. Reasons for the Decision", "Reasons for the Decision", 0, False, id="num"),
        pytest.param(
            "Reason for Decision: As set out in the report.",
            "Reason for Decision",
            21,
            False,
            id="colon",
        ),
        pytest.param("Decision Maker :-Cabinet", "Decision Maker", 17, False, id="colon-dash"),
        pytest.param("Is subject to call in?: No", "Is subject to call in", 24, False, id="query"),
        pytest.param(
            "REASONS FOR DECISION – This was for information.",
            "REASONS FOR DECISION",
            23,
            True,
            id="dash",
        ),
        pytest.param(
            "b) Reasons for decisions Recommendations adopted as set out in the report.",
            "Reasons for decisions",
            25,
            False,
            id="run-in",
        ),
        pytest.param(
            "Alternative options considered:",
            "Alternative options considered",
            0,
            False,
            id="trailing-colon",
        ),
    ],
)
def test_heading_label_and_value_column(
    line: str, label: str, value_col: int, run_in: bool
) -> None:
    heading = match_heading(line)
    assert heading is not None
    assert (heading.label, heading.value_col, heading.run_in) == (label, value_col, run_in)
    if heading.value:
        assert line[heading.value_col :] == heading.value


@pytest.mark.parametrize(
    ("line", "who"),
    [
        pytest.param(
            "Decision of Executive Councillor for Environment and Waste Services:",
            "Executive Councillor for Environment and Waste Services",
            id="councillor",
        ),
        pytest.param(
            "Decision of the Cabinet Member for Adult Social Care",
            "Cabinet Member for Adult Social Care",
            id="cabinet-member",
        ),
        pytest.param(
            "Decisions taken by the Leader of the Council", "Leader of the Council", id="leader"
        ),
        pytest.param("Decision of Cabinet:", "Cabinet", id="cabinet"),
        pytest.param("Record of the Decision", None, id="no-who"),
    ],
)
def test_decision_of_names_who(line: str, who: str | None) -> None:
    heading = match_heading(line)
    assert heading is not None
    assert (heading.kind, heading.name, heading.who) == ("field", "decision", who)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        pytest.param("Reasons for the Decision", ("field", "reasons", None), id="reasons"),
        pytest.param("Decision Maker", ("meta", "decision_maker", None), id="meta"),
        pytest.param("Report author", ("other", "other", None), id="other"),
        pytest.param(
            "Decision of Executive Councillor for Housing",
            ("field", "decision", "Executive Councillor for Housing"),
            id="who",
        ),
        pytest.param(
            "Reasons for the decision to close the site",
            ("field", "reasons", None),
            id="few-foreign-words",
        ),
        pytest.param("Urgency and Call-in Provisions", None, id="mostly-foreign"),
        pytest.param("Land at the Old Depot", None, id="no-family"),
        pytest.param("", None, id="empty"),
    ],
)
def test_classify(label: str, expected: tuple[HeadingKind, str, str | None] | None) -> None:
    assert classify(label) == expected


@pytest.mark.parametrize(
    ("label", "strict", "expected"),
    [
        pytest.param(
            "Urgency and Call-in Provisions", True, None, id="strict-rejects-foreign-words"
        ),
        pytest.param(
            "Urgency and Call-in Provisions",
            False,
            ("field", "call_in", None),
            id="lenient-keeps-family",
        ),
    ],
)
def test_classify_strictness(
    label: str, strict: bool, expected: tuple[HeadingKind, str, str | None] | None
) -> None:
    assert classify(label, strict=strict) == expected


@pytest.mark.parametrize(
    ("label", "key"),
    [
        pytest.param("Reason(s) for Decisions", "reasons for decisions", id="brackets"),
        pytest.param("Title of Item/Report", "title of item report", id="slash"),
        pytest.param("Members' Interests", "members interests", id="apostrophe"),
        pytest.param("7. CALL-IN", "call in", id="number-and-hyphen"),
    ],
)
def test_simplify(label: str, key: str) -> None:
    assert simplify(label) == key


@pytest.mark.parametrize(
    ("line", "number"),
    [
        pytest.param("1.", 1, id="dot"),
        pytest.param("1", 1, id="bare"),
        pytest.param("7)", 7, id="bracket"),
        pytest.param("12.", 12, id="two-digits"),
        pytest.param("12 .", 12, id="space-before-dot"),
        pytest.param("1. Title of Item/Report", None, id="with-text"),
        pytest.param("100.", None, id="three-digits"),
        pytest.param("a.", None, id="letter"),
        pytest.param("3.0", None, id="decimal"),
        pytest.param("", None, id="empty"),
    ],
)
def test_match_number_alone(line: str, number: int | None) -> None:
    assert match_number_alone(line) == number


# A record's facts labelled with a spaced dash instead of a colon; a dash after other words
# stays a title's or a dated heading's.
@pytest.mark.parametrize(
    ("line", "fact"),
    [
        ("Decision Maker - Cabinet", ("decision_maker", "Cabinet")),
        ("Date of decision – 07/06/2022", ("decision_date", "07/06/2022")),
        ("Decision published - 9 June 2022", ("published_on", "9 June 2022")),
        ("Is Key decision? - No", ("is_key_decision", "No")),
        ("Cabinet - 17 June 2024", None),
        ("Town Centre Public Spaces Protection Order - Consultation", None),
    ],
)
def test_dash_labelled_facts(line: str, fact: tuple[str, str] | None) -> None:
    heading = match_heading(line)
    read = (heading.name, heading.value) if heading is not None and heading.kind == "meta" else None
    assert read == fact


def _first_row_matching(key: str) -> tuple[str, str] | None:
    """The fact label, other heading or sign-off that a key is, trying the patterns one by
    one in their precedence order."""
    for name, pattern in wording_headings.META_RES:
        if pattern.fullmatch(key):
            return "meta", name
    if wording_headings.KNOWN_OTHER_RE.fullmatch(key):
        return "other", "other"
    if wording_headings.SIGN_OFF_RE.fullmatch(key):
        return "other", "sign_off"
    return None


def test_one_pattern_for_the_known_labels_keeps_their_precedence() -> None:
    # Every row's examples, and keys that two rows could claim ("decision date" is a date
    # label, "decision status" a status one; "meeting" alone a meeting label)
    rows = (
        *wording_headings.FACT_LABELS,
        *wording_headings.OTHER_HEADINGS,
        *wording_headings.SIGN_OFFS,
    )
    keys = {simplify(example.split(":")[0]) for row in rows for example in row.examples}
    keys |= {"decision date", "decision status", "meeting", "date of meeting", "reasons"}
    for key in keys:
        found = classify(key, strict=True)
        expected = _first_row_matching(key)
        if expected is not None:
            assert found is not None and found[:2] == expected, key
