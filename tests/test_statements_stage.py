"""Stage tests for proforma_parser.statements: the record's dates (labels, the sign-off, prose),
its call-in statement (a section, a label, the status, prose) and its interests (sections,
prose), read through the module's public functions on layouts built from invented text.

Every council, person and sentence below is invented; only the layouts copy real records.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pytest

from proforma_parser import CallIn, parse_text
from proforma_parser.defects import DefectLog
from proforma_parser.fields.callin import read_call_in_statement
from proforma_parser.fields.content import FieldSections, collect_sections, fact_value
from proforma_parser.fields.dates import read_dates
from proforma_parser.fields.interests import interests, nil_text
from proforma_parser.readers.text import document_from_str
from proforma_parser.structure.normalise import Layout, normalise
from proforma_parser.structure.sections import Split, split_sections

D = dt.date
LONDON = ZoneInfo("Europe/London")

# A ModernGov-style entry: labels, then the decision.
MAKER = "Decision Maker: Cabinet Member for Leisure\n\n"
DECISION = "\nDecision:\n\nRESOLVED that the revised swimming pool fees be approved.\n"
# A proforma's first two sections, for records whose statements are sections.
PROFORMA = (
    "1. Title of Item/Report\n\n"
    "Bus Shelter Renewal Programme\n\n"
    "2. Record of the Decision\n\n"
    "RESOLVED that Cabinet:-\n\n"
    "1. Approve the renewal of 30 bus shelters in the Hollin Green ward.\n\n"
)
CALL_IN_HEADING = "7. Date and Time by which Call In must be executed\n\n"


@dataclass(frozen=True)
class Read:
    layout: Layout
    split: Split
    found: FieldSections
    log: DefectLog


def _read(text: str) -> Read:
    data = text.encode("utf-8")
    document = document_from_str(
        text, name=None, sha256=hashlib.sha256(data).hexdigest(), size=len(data)
    )
    layout = normalise(document)
    split = split_sections(layout.lines)
    return Read(layout, split, collect_sections(layout, split, DefectLog()), DefectLog())


def _codes(log: DefectLog) -> list[tuple[str, str | None]]:
    return [(d.code, d.field) for d in log.defects]


# --- dates -----------------------------------------------------------------------------------

DateSpans = dict[str, tuple[str, str]]


@pytest.mark.parametrize(
    ("text", "decision_date", "published_on", "effective_from", "spans"),
    [
        pytest.param(
            MAKER
            + "Date of decision: 3 March 2025\n\n"
            + "Decision published: 05/03/2025\n\n"
            + "Effective from: 13/03/2025\n"
            + DECISION,
            D(2025, 3, 3),
            D(2025, 3, 5),
            D(2025, 3, 13),
            {
                "decision_date": ("Date of decision: 3 March 2025", "label"),
                "published_on": ("Decision published: 05/03/2025", "label"),
                "effective_from": ("Effective from: 13/03/2025", "label"),
            },
            id="three-labels",
        ),
        pytest.param(
            MAKER + "Date of decision: Monday 3 March 2025\n" + DECISION,
            D(2025, 3, 3),
            None,
            None,
            {"decision_date": ("Date of decision: Monday 3 March 2025", "label")},
            id="label-with-matching-weekday",
        ),
        pytest.param(
            MAKER + "Date of decision: 3 March 2025\n\nDate of decision: 3 March 2025\n" + DECISION,
            D(2025, 3, 3),
            None,
            None,
            {"decision_date": ("Date of decision: 3 March 2025", "label")},
            id="two-labels-that-agree",
        ),
        pytest.param(
            MAKER
            + "Date of decision: 3 March 2025\n"
            + DECISION
            + "\nProper Officer\n10 March 2025\n",
            D(2025, 3, 3),
            D(2025, 3, 10),
            None,
            {
                "decision_date": ("Date of decision: 3 March 2025", "label"),
                "published_on": ("Proper Officer\n10 March 2025", "label"),
            },
            id="sign-off-after-proper-officer",
        ),
        pytest.param(
            MAKER
            + "Date of decision: 3 March 2025\n\nDecision published: 05/03/2025\n"
            + DECISION
            + "\nProper Officer\n10 March 2025\n",
            D(2025, 3, 3),
            D(2025, 3, 5),
            None,
            {
                "decision_date": ("Date of decision: 3 March 2025", "label"),
                "published_on": ("Decision published: 05/03/2025", "label"),
            },
            id="label-before-sign-off",
        ),
        pytest.param(
            MAKER
            + "Date of decision: 3 March 2025\n"
            + DECISION
            + "\nThis decision was published on Wednesday 5 March 2025.\n",
            D(2025, 3, 3),
            D(2025, 3, 5),
            None,
            {
                "decision_date": ("Date of decision: 3 March 2025", "label"),
                "published_on": ("decision was published on Wednesday 5 March 2025", "prose"),
            },
            id="published-in-prose",
        ),
        pytest.param(
            MAKER
            + "Date of decision: 3 March 2025\n"
            + DECISION
            + "\nThis decision will come into force on 13 March 2025.\n",
            D(2025, 3, 3),
            None,
            D(2025, 3, 13),
            {
                "decision_date": ("Date of decision: 3 March 2025", "label"),
                "effective_from": ("decision will come into force on 13 March 2025", "prose"),
            },
            id="effective-in-prose",
        ),
        pytest.param(
            MAKER
            + "Date of decision: 3 March 2025\n\nEffective from: 13/03/2025\n"
            + DECISION
            + "\nThis decision will come into force on 20 March 2025.\n",
            D(2025, 3, 3),
            None,
            D(2025, 3, 13),
            {
                "decision_date": ("Date of decision: 3 March 2025", "label"),
                "effective_from": ("Effective from: 13/03/2025", "label"),
            },
            id="label-before-prose",
        ),
    ],
)
def test_read_dates(
    text: str,
    decision_date: dt.date | None,
    published_on: dt.date | None,
    effective_from: dt.date | None,
    spans: DateSpans,
) -> None:
    read = _read(text)
    dates = read_dates(read.split.facts, None, read.layout, read.log)
    assert (dates.decision_date, dates.published_on, dates.effective_from) == (
        decision_date,
        published_on,
        effective_from,
    )
    assert {
        name: (read.layout.text[span.start : span.end], span.kind)
        for name, span in dates.spans.items()
    } == spans
    assert read.log.defects == []


def test_published_and_effective_in_one_sentence() -> None:
    text = (
        MAKER
        + "Date of decision: 3 March 2025\n"
        + DECISION
        + "\nThis decision was published on 5 March 2025 and will come into force on"
        + " 13 March 2025.\n"
    )
    read = _read(text)
    dates = read_dates(read.split.facts, None, read.layout, read.log)
    assert (dates.published_on, dates.effective_from) == (D(2025, 3, 5), D(2025, 3, 13))
    assert dates.spans["published_on"].kind == "prose"
    published = dates.spans["published_on"]
    assert read.layout.text[published.start : published.end].startswith(
        "decision was published on 5 March 2025"
    )
    effective = dates.spans["effective_from"]
    assert read.layout.text[effective.start : effective.end].endswith(
        "will come into force on 13 March 2025"
    )
    assert read.log.defects == []


def test_the_header_date_is_read_when_no_label_gives_one() -> None:
    read = _read(MAKER + DECISION)
    dates = read_dates(read.split.facts, "Cabinet Meeting 17th March 2025", read.layout, read.log)
    assert dates.decision_date == D(2025, 3, 17)
    assert "decision_date" not in dates.spans  # no header span was given
    assert read.log.defects == []


@pytest.mark.parametrize(
    ("labels", "field", "listed"),
    [
        pytest.param(
            "Date of decision: 3 March 2025\n\nDate of decision: 5 March 2025\n",
            "decision_date",
            "03 March 2025, 05 March 2025",
            id="decision-date",
        ),
        pytest.param(
            "Decision published: 05/03/2025\n\nDecision published: 06/03/2025\n",
            "published_on",
            "05 March 2025, 06 March 2025",
            id="published",
        ),
        pytest.param(
            "Effective from: 14/03/2025\n\nEffective from: 13/03/2025\n",
            "effective_from",
            "13 March 2025, 14 March 2025",
            id="effective",
        ),
    ],
)
def test_two_labels_that_disagree_give_null_and_uncertain_field(
    labels: str, field: str, listed: str
) -> None:
    read = _read(MAKER + labels + DECISION)
    dates = read_dates(read.split.facts, None, read.layout, read.log)
    assert getattr(dates, field) is None
    assert field not in dates.spans
    assert _codes(read.log) == [("uncertain_field", field)]
    assert read.log.defects[0].message == f"the record's labels give {listed}"


@pytest.mark.parametrize(
    ("text", "field", "date", "message"),
    [
        pytest.param(
            MAKER + "Date of decision: Tuesday 3 March 2025\n" + DECISION,
            "decision_date",
            D(2025, 3, 3),
            "Tuesday does not fall on 03 March 2025 in 'Tuesday 3 March 2025'",
            id="decision-label",
        ),
        pytest.param(
            MAKER + "Decision published: Thursday 5 March 2025\n" + DECISION,
            "published_on",
            D(2025, 3, 5),
            "Thursday does not fall on 05 March 2025 in 'Thursday 5 March 2025'",
            id="published-label",
        ),
        pytest.param(
            MAKER + "Effective from: Friday 13 March 2025\n" + DECISION,
            "effective_from",
            D(2025, 3, 13),
            "Friday does not fall on 13 March 2025 in 'Friday 13 March 2025'",
            id="effective-label",
        ),
        pytest.param(
            MAKER + DECISION + "\nThis decision was published on Thursday 5 March 2025.\n",
            "published_on",
            D(2025, 3, 5),
            "Thursday does not fall on 05 March 2025 in 'Thursday 5 March 2025'",
            id="published-prose",
        ),
        pytest.param(
            MAKER + DECISION + "\nProper Officer\nFriday 10 March 2025\n",
            "published_on",
            D(2025, 3, 10),
            "Friday does not fall on 10 March 2025 in 'Friday 10 March 2025'",
            id="sign-off",
        ),
    ],
)
def test_a_weekday_that_does_not_match_keeps_the_date(
    text: str, field: str, date: dt.date, message: str
) -> None:
    read = _read(text)
    dates = read_dates(read.split.facts, None, read.layout, read.log)
    assert getattr(dates, field) == date
    assert _codes(read.log) == [("weekday_mismatch", field)]
    assert read.log.defects[0].message == message


def test_parse_text_reports_date_defects_with_their_fields() -> None:
    text = (
        MAKER
        + "Date of decision: 3 March 2025\n\nDate of decision: 4 March 2025\n\n"
        + "Decision published: Thursday 5 March 2025\n\nEffective from: 13/03/2025\n"
        + DECISION
    )
    record = parse_text(text)
    assert record.decision_date is None
    assert record.published_on == D(2025, 3, 5)
    assert record.effective_from == D(2025, 3, 13)
    codes = [(d.code, d.field) for d in record.defects]
    assert ("uncertain_field", "decision_date") in codes
    assert ("weekday_mismatch", "published_on") in codes
    assert "decision_date" not in record.evidence
    published = record.evidence["published_on"]
    assert record.text[published.start : published.end] == (
        "Decision published: Thursday 5 March 2025"
    )


# --- call-in ---------------------------------------------------------------------------------


def _call_in(text: str, status: str | None = None) -> tuple[CallIn | None, Read, dict[str, str]]:
    read = _read(text)
    where: dict[str, str] = {}
    call_in, span = read_call_in_statement(
        read.found, read.split.facts, read.layout, read.log, status
    )
    if call_in is not None and span is not None:
        where["call_in"] = f"{span.kind}: {read.layout.text[span.start : span.end]}"
    return call_in, read, where


@pytest.mark.parametrize(
    ("text", "status", "expected", "where"),
    [
        pytest.param(
            PROFORMA + CALL_IN_HEADING + "Midnight - Friday 25th March 2022.\n",
            None,
            CallIn(
                text="Midnight - Friday 25th March 2022.",
                applies=True,
                date=D(2022, 3, 25),
                deadline=dt.datetime(2022, 3, 26, 0, 0, tzinfo=LONDON),
            ),
            "section: Midnight - Friday 25th March 2022.",
            id="section-midnight-deadline",
        ),
        pytest.param(
            PROFORMA + CALL_IN_HEADING + "Midnight - Friday 4th April 2025.\n",
            None,
            CallIn(
                text="Midnight - Friday 4th April 2025.",
                applies=True,
                date=D(2025, 4, 4),
                deadline=dt.datetime(2025, 4, 5, 0, 0, tzinfo=LONDON),
            ),
            "section: Midnight - Friday 4th April 2025.",
            id="section-deadline-in-summer-time",
        ),
        pytest.param(
            PROFORMA
            + CALL_IN_HEADING
            + "Not applicable - the decision is not subject to call-in.\n",
            None,
            CallIn(text="Not applicable - the decision is not subject to call-in.", applies=False),
            "section: Not applicable - the decision is not subject to call-in.",
            id="section-not-subject",
        ),
        pytest.param(
            PROFORMA + CALL_IN_HEADING + "Not applicable\n",
            None,
            CallIn(text="Not applicable", applies=False),
            "section: Not applicable",
            id="section-not-applicable",
        ),
        pytest.param(
            MAKER + "Is subject to call in?: No\n" + DECISION,
            None,
            CallIn(text="Is subject to call in: No", applies=False),
            "label: Is subject to call in?: No",
            id="label-no",
        ),
        pytest.param(
            MAKER + "Is subject to call in?: Yes\n" + DECISION,
            None,
            CallIn(text="Is subject to call in: Yes", applies=True),
            "label: Is subject to call in?: Yes",
            id="label-yes",
        ),
        pytest.param(
            MAKER + "Decision status: Recommendations Approved (subject to call-in)\n" + DECISION,
            None,
            CallIn(text="Recommendations Approved (subject to call-in)", applies=True),
            "label: Decision status: Recommendations Approved (subject to call-in)",
            id="status-label",
        ),
        pytest.param(
            MAKER + DECISION,
            "Recommendations Approved (subject to call-in)",
            CallIn(text="Recommendations Approved (subject to call-in)", applies=True),
            None,
            id="header-status",
        ),
        pytest.param(
            MAKER + DECISION + "\nThis decision is not subject to call-in.\n",
            None,
            CallIn(text="This decision is not subject to call-in.", applies=False),
            "prose: This decision is not subject to call-in.",
            id="prose-not-subject",
        ),
        pytest.param(
            MAKER + DECISION + "\nThe deadline for call-in is 5pm on Friday 14 March 2025.\n",
            None,
            CallIn(
                text="The deadline for call-in is 5pm on Friday 14 March 2025.",
                applies=True,
                date=D(2025, 3, 14),
                deadline=dt.datetime(2025, 3, 14, 17, 0, tzinfo=LONDON),
            ),
            "prose: The deadline for call-in is 5pm on Friday 14 March 2025.",
            id="prose-deadline-5pm",
        ),
    ],
)
def test_read_call_in_statement(
    text: str, status: str | None, expected: CallIn, where: str | None
) -> None:
    call_in, read, spans = _call_in(text, status)
    assert call_in == expected
    if expected.deadline is not None:
        # equal instants, and the offset London kept on that day (GMT or BST)
        assert call_in is not None and call_in.deadline is not None
        assert call_in.deadline.utcoffset() == expected.deadline.utcoffset()
    assert spans == ({"call_in": where} if where is not None else {})
    assert read.log.defects == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        pytest.param(MAKER + DECISION, None, id="nothing-said"),
        pytest.param(MAKER + DECISION, "Recommendations Approved", id="status-without-call-in"),
    ],
)
def test_no_call_in_statement_is_none(text: str, status: str | None) -> None:
    call_in, read, spans = _call_in(text, status)
    assert call_in is None
    assert spans == {}
    assert read.log.defects == []


def test_a_call_in_weekday_that_does_not_match() -> None:
    call_in, read, _ = _call_in(
        PROFORMA + CALL_IN_HEADING + "Midnight - Thursday 25th March 2022.\n"
    )
    assert call_in is not None
    assert call_in.date == D(2022, 3, 25)
    assert call_in.applies is True
    assert _codes(read.log) == [("weekday_mismatch", "call_in")]


# --- interests -------------------------------------------------------------------------------


def _sections(alternatives: str, conflicts: str, dispensations: str) -> str:
    return (
        PROFORMA
        + f"4. Alternative Options Considered and Rejected\n\n{alternatives}\n\n"
        + f"5. Declared (Cabinet Member) Conflicts of Interest\n\n{conflicts}\n\n"
        + f"6. Details of any Dispensations\n\n{dispensations}\n"
    )


DECLARATION = (
    "Councillor P. Marsh declared a personal interest as a member of the Bramley Bus Users"
    " Group and left the room."
)


@pytest.mark.parametrize(
    ("text", "conflicts", "dispensations", "stated", "spans"),
    [
        pytest.param(
            _sections("None", "None", "N/A"),
            None,
            None,
            set(),
            {"conflicts_of_interest": "section: None", "dispensations": "section: N/A"},
            id="sections-none-and-n-a",
        ),
        pytest.param(
            _sections("None", "No interests were declared.", "No dispensations were granted."),
            None,
            None,
            set(),
            {
                "conflicts_of_interest": "section: No interests were declared.",
                "dispensations": "section: No dispensations were granted.",
            },
            id="sections-declared-none",
        ),
        pytest.param(
            _sections("None", DECLARATION, "None"),
            DECLARATION,
            None,
            set(),
            {"conflicts_of_interest": f"section: {DECLARATION}", "dispensations": "section: None"},
            id="section-declaration-kept",
        ),
        pytest.param(
            _sections(
                "None",
                "None. However, Councillor P. Marsh declared a personal interest as a bus pass"
                " holder.",
                "Nil",
            ),
            "None. However, Councillor P. Marsh declared a personal interest as a bus pass holder.",
            None,
            set(),
            {
                "conflicts_of_interest": "section: None. However, Councillor P. Marsh declared"
                " a personal interest as a bus pass holder.",
                "dispensations": "section: Nil",
            },
            id="none-however-kept",
        ),
        pytest.param(
            PROFORMA + "No interests were declared.\n",
            None,
            None,
            {"conflicts_of_interest"},
            {},
            id="prose-no-interests",
        ),
        pytest.param(
            PROFORMA + "No dispensations were granted.\n",
            None,
            None,
            {"dispensations"},
            {},
            id="prose-no-dispensations",
        ),
        pytest.param(
            PROFORMA
            + "Councillor Wren declared a personal interest in the item as a trustee of the"
            + " Hollin Green Trust.\n",
            "Councillor Wren declared a personal interest in the item as a trustee of the"
            " Hollin Green Trust.",
            None,
            {"conflicts_of_interest"},
            {
                "conflicts_of_interest": "prose: Councillor Wren declared a personal interest"
                " in the item as a trustee of the Hollin Green Trust."
            },
            id="prose-declaration-kept",
        ),
        pytest.param(
            PROFORMA
            + "Councillor J. Wren declared a personal interest in the item as a trustee of the"
            + " Hollin Green Trust.\n",
            "Councillor J. Wren declared a personal interest in the item as a trustee of the"
            " Hollin Green Trust.",
            None,
            {"conflicts_of_interest"},
            {
                "conflicts_of_interest": "prose: Councillor J. Wren declared a personal interest"
                " in the item as a trustee of the Hollin Green Trust."
            },
            id="prose-declaration-with-an-initial",
        ),
        pytest.param(
            PROFORMA + "The Leader, Councillor A. B. Shaw, declared a prejudicial interest.\n",
            "The Leader, Councillor A. B. Shaw, declared a prejudicial interest.",
            None,
            {"conflicts_of_interest"},
            {
                "conflicts_of_interest": "prose: The Leader, Councillor A. B. Shaw, declared a"
                " prejudicial interest."
            },
            id="prose-declaration-with-two-initials",
        ),
        pytest.param(
            MAKER + DECISION + "\nInterests and Dispensations: None\n",
            None,
            None,
            set(),
            {"conflicts_of_interest": "section: None", "dispensations": "section: None"},
            id="combined-label-none",
        ),
        pytest.param(PROFORMA, None, None, set(), {}, id="nothing-said"),
    ],
)
def test_interests(
    text: str,
    conflicts: str | None,
    dispensations: str | None,
    stated: set[str],
    spans: dict[str, str],
) -> None:
    read = _read(text)
    found = interests(read.found, read.layout.text)
    assert (found.conflicts, found.dispensations) == (conflicts, dispensations)
    assert found.said == stated
    where = {
        name: f"{span.kind}: {read.layout.text[span.start : span.end].strip()}"
        for name, span in found.spans.items()
    }
    assert where == spans


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        pytest.param(
            PROFORMA + "No interests were declared.\n",
            {"reasons", "alternative_options", "dispensations", "call_in"},
            id="prose-states-conflicts",
        ),
        pytest.param(
            _sections("None", "None", "N/A"),
            {"reasons", "call_in"},
            id="sections",
        ),
    ],
)
def test_parse_text_counts_stated_interests(text: str, missing: set[str]) -> None:
    record = parse_text(text)
    assert record.conflicts_of_interest is None
    assert record.dispensations is None
    assert {d.field for d in record.defects if d.code == "missing_section"} == missing


@pytest.mark.parametrize(
    ("alternatives", "expected"),
    [
        pytest.param("None", None, id="none"),
        pytest.param("Not applicable.", None, id="not-applicable"),
        pytest.param("No alternative options were considered.", None, id="none-considered"),
        pytest.param(
            "To do nothing, rejected as the shelters are unsafe.",
            "To do nothing, rejected as the shelters are unsafe.",
            id="kept",
        ),
    ],
)
def test_nil_text(alternatives: str, expected: str | None) -> None:
    read = _read(_sections(alternatives, "None", "None"))
    assert nil_text(read.found, "alternative_options") == expected
    assert nil_text(read.found, "conflicts_of_interest") is None
    assert nil_text(read.found, "reasons") is None  # no such section


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("decision_maker", "Cabinet Member for Leisure", id="first-non-empty"),
        pytest.param("reference", "CAB/12/25", id="reference"),
        pytest.param("is_key_decision", "Yes", id="key-decision"),
        pytest.param("published_on", None, id="absent"),
    ],
)
def test_fact_value(name: str, expected: str | None) -> None:
    read = _read(
        "Decision Maker: \n\nDecision Maker: Cabinet Member for Leisure\n\n"
        "Reference: CAB/12/25\n\nIs Key decision?: Yes\n" + DECISION
    )
    assert fact_value(read.split.facts, name) == expected
