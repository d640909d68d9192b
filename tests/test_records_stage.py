"""Stage tests for proforma_parser.records (`record_starts`, `sub_layout`) and `parse_all`:
where one input holds several records, each comes back on its own slice of the text; where
it holds one, it is never split.

Every council, title and sentence below is invented; only the layouts copy real records.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

import pytest

from proforma_parser import DecisionRecord, parse_all, parse_text
from proforma_parser.normalise import Layout, normalise
from proforma_parser.readers.text import document_from_str
from proforma_parser.records import record_starts, sub_layout
from proforma_parser.sections import split_sections

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
    return record_starts(layout, split_sections(layout.lines).parts)


def _assert_own_text(record: DecisionRecord) -> None:
    """Sections and evidence index the record's own text."""
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
