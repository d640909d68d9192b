"""Content sections: nil statements put as sentences, headings put as sentences, minutes
that end where the next minute's number starts. Invented wording in real layouts."""

from __future__ import annotations

import pytest
import regex

from proforma_parser import parse_text
from proforma_parser.structure.sections import _sentence_heading
from proforma_parser.wording.nil import is_nil, value_or_nil


@pytest.mark.parametrize(
    ("text", "nil"),
    [
        pytest.param(
            "The Clerk confirmed that no declarations of interest had been made.",
            True,
            id="reported-none",
        ),
        pytest.param(
            "At the start of the meeting no relevant interests were declared",
            True,
            id="none-at-start",
        ),
        pytest.param(
            "Councillor Hart declared an interest and no dispensation was needed.",
            False,
            id="member-named-before-no",
        ),
        pytest.param(
            "No declarations were made except by Councillor Hart, a trustee of the club.",
            False,
            id="except",
        ),
        pytest.param(
            "Cllr Lee declared a prejudicial interest; no other declarations were made.",
            False,
            id="two-statements",
        ),
    ],
)
def test_none_reported_in_a_sentence(text: str, nil: bool) -> None:
    assert is_nil(text) is nil


_DISPENSATION = regex.compile(r"(?i)\bdispensations?\b")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "None\n\nPlease note this item is exempt from call-in under Rule 16.",
            None,
            id="nil-line-then-other-note",
        ),
        pytest.param(
            "None\n\nA dispensation was later granted to Councillor Hart.",
            "None\n\nA dispensation was later granted to Councillor Hart.",
            id="nil-line-then-same-topic",
        ),
    ],
)
def test_nil_first_line(text: str, expected: str | None) -> None:
    assert value_or_nil(text, topic=_DISPENSATION) == expected


MINUTES = """CABINET

MINUTES OF THE MEETING HELD ON TUESDAY 4TH MARCH 2025

412. DECLARATIONS OF INTEREST

No interests were declared by any member present.

413. MINUTES – 18TH FEBRUARY 2025

RESOLVED that the minutes of the meeting held on 18th February 2025 be approved.
"""


def test_next_minute_in_capitals_ends_the_one_before() -> None:
    record = parse_text(MINUTES)
    assert record.conflicts_of_interest is None
    assert [(r.number, r.text, r.by) for r in record.resolutions] == [
        (None, "the minutes of the meeting held on 18th February 2025 be approved.", None)
    ]


LISTING = """12/05/2025 - Community Grant for the Riverside Festival ref: 88    Recommendations Approved

The reasons for the decision are:

The festival brings visitors to the town centre each summer.

Decision Maker: Director of Communities

Decision published: 14/05/2025

Decision:

A grant of £3,000 be paid to the Riverside Festival committee.
"""


def test_heading_put_as_a_sentence() -> None:
    record = parse_text(LISTING)
    assert record.reasons == "The festival brings visitors to the town centre each summer."
    assert [(r.number, r.text, r.kind) for r in record.resolutions] == [
        (None, "A grant of £3,000 be paid to the Riverside Festival committee.", "resolved")
    ]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        pytest.param("The reasons for the decision are:", "reasons", id="reasons"),
        pytest.param("Options considered and rejected were:", "alternative_options", id="options"),
        pytest.param("The interests declared were:", "conflicts_of_interest", id="interests"),
        pytest.param("The decision is:", None, id="decision-is-not-one-of-these"),
        pytest.param("The members present were:", None, id="not-a-field"),
    ],
)
def test_sentence_shaped_headings(line: str, field: str | None) -> None:
    heading = _sentence_heading(line)
    assert (heading.name if heading else None) == field


@pytest.mark.parametrize(
    ("text", "nil"),
    [
        ("Nil return", True),
        ("N/A - none", True),
        ("None known", True),
        ("None sought", True),
        ("There were none.", True),
        ("No - see paragraph 4 of the report", False),
        ("Option B - rejected as it costs more", False),
        ("None other than those set out in the report.", False),
    ],
)
def test_more_nil_words(text: str, nil: bool) -> None:
    assert is_nil(text) is nil


LETTERED_REASONS = """Decision Maker: Executive

Decision:
RESOLVED that the Executive:
a) Approved the purchase of two gritters.
b) Delegated the award to the Head of Fleet.
Reasons for Recommendations:
a) The current gritters are twelve years old. b) A framework gives a fixed price.
"""


def test_heading_over_a_lettered_list_is_a_heading() -> None:
    record = parse_text(LETTERED_REASONS)
    assert [(r.number, r.text) for r in record.resolutions] == [
        ("a", "Approved the purchase of two gritters."),
        ("b", "Delegated the award to the Head of Fleet."),
    ]
    # (the normaliser puts the run-in "b)" on a line of its own)
    assert record.reasons == (
        "a) The current gritters are twelve years old.\nb) A framework gives a fixed price."
    )


AGENDA = """Cabinet - Tuesday, 3rd June, 2025 4.00 pm

Items
No. Item

1.

Apologies for Absence

2.

Declarations of Interests

3.

Record of the Previous Meeting

Decision:

1. Approved the revised fees for bulky waste collections.
"""


def test_next_agenda_number_alone_ends_the_item() -> None:
    record = parse_text(AGENDA)
    assert record.conflicts_of_interest is None
    conflicts = [s for s in record.sections if s.field == "conflicts_of_interest"]
    assert [s.text for s in conflicts] == [""]
    assert [(r.number, r.text) for r in record.resolutions] == [
        ("1", "Approved the revised fees for bulky waste collections.")
    ]
