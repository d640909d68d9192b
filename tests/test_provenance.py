"""Provenance: every non-null scalar value carries the span of `text` it was read from, and
the span holds the value; every resolution carries the span of its own lines."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import regex

import proforma_parser
from proforma_parser import DecisionRecord, ProformaError, Resolution
from proforma_parser.fields import provenance
from proforma_parser.wording.dates import find_dates
from tests.conftest import SAMPLES, sample_params

SAMPLE_SUFFIXES = (".txt", ".docx", ".pdf", ".html")
SAMPLE_FILES = sorted(p for p in SAMPLES.rglob("*") if p.suffix in SAMPLE_SUFFIXES and p.is_file())
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
CORPUS_FILES = sorted(CORPUS.rglob("*.txt")) if CORPUS.is_dir() else []

SCALAR_FIELDS = (
    "authority",
    "authority_code",
    "decision_maker",
    "document_type",
    "decision_date",
    "title",
    "published_on",
    "effective_from",
    "call_in",
    "reasons",
    "alternative_options",
    "conflicts_of_interest",
    "dispensations",
    "decision",
    "is_key_decision",
    "decision_status",
    "reference",
)
# Values put together from pieces picked out of a span (sentences of a combined conflicts
# and dispensations section or of prose; the loose lines read as the decision when no
# section holds it): every word is in the span, not always in one run.
PICKED_FIELDS = frozenset({"conflicts_of_interest", "dispensations"})
_WORD_RE = regex.compile(r"\w+")


def _collapsed(text: str) -> str:
    return " ".join(text.split()).lower()


def _words(text: str) -> set[str]:
    return set(_WORD_RE.findall(text.lower()))


def value_of(record: DecisionRecord, name: str) -> object:
    value = getattr(record, name)
    if name in ("title", "decision") and not value:
        return None  # "" is no value: nothing to point at
    return value


def span_problem(record: DecisionRecord, name: str) -> str | None:
    """Why the evidence of `name` does not hold its value (None when it does)."""
    value = value_of(record, name)
    evidence = record.evidence.get(name)
    if value is None:
        return "a null value has evidence" if evidence is not None else None
    if evidence is None:
        return "no evidence"
    # (a council named only by a running header: its offsets are in the furniture's lines)
    held = "\n".join(record.source.furniture) if evidence.kind == "furniture" else record.text
    if not 0 <= evidence.start < evidence.end <= len(held):
        return f"span {evidence.start}:{evidence.end} outside the text"
    if name == "authority_code":  # the register's code, read where the council is named
        same = evidence == record.evidence.get("authority")
        return None if same else "not the authority's span"
    span = held[evidence.start : evidence.end]
    if isinstance(value, dt.date):
        if value not in {found.date for found in find_dates(span)}:
            return f"{value} is not a date in {span!r}"
        return None
    if isinstance(value, bool):
        if not regex.search(r"(?i)\b(?:yes|no|true|false|y|n)\b", span):
            return f"no yes/no in {span!r}"
        return None
    if isinstance(value, proforma_parser.CallIn):
        value = value.text
    assert isinstance(value, str)
    if _collapsed(value) in _collapsed(span):
        return None
    # A call-in label's statement is rebuilt as "<label>: <value>" from its printed line.
    rebuilt = name == "call_in" and evidence.kind == "label"
    picked = name in PICKED_FIELDS or (name == "decision" and evidence.kind == "prose") or rebuilt
    if picked and _words(value) <= _words(span):
        return None
    return f"{value!r} is not in {span[:300]!r}"


def resolution_problems(record: DecisionRecord) -> list[str]:
    problems = []

    def walk(resolutions: list[Resolution]) -> None:
        for resolution in resolutions:
            evidence = resolution.evidence
            if evidence is None:
                problems.append(f"resolution {resolution.text[:40]!r}: no evidence")
            else:
                span = record.text[evidence.start : evidence.end]
                if evidence.kind != "item":
                    problems.append(f"resolution evidence of kind {evidence.kind}")
                if _collapsed(resolution.text) not in _collapsed(span):
                    problems.append(f"resolution {resolution.text[:60]!r} not in {span[:200]!r}")
            lead_in = resolution.lead_in
            if lead_in is not None and not 0 <= lead_in.start < lead_in.end <= len(record.text):
                problems.append("lead-in span outside the text")
            walk(resolution.items)

    walk(record.resolutions)
    return problems


def record_problems(record: DecisionRecord) -> list[str]:
    problems = [
        f"{name}: {problem}"
        for name in SCALAR_FIELDS
        if (problem := span_problem(record, name)) is not None
    ]
    unknown = set(record.evidence) - set(SCALAR_FIELDS)
    if unknown:
        problems.append(f"evidence for unknown fields {sorted(unknown)}")
    return problems + resolution_problems(record)


@pytest.mark.parametrize("sample", sample_params(SAMPLE_FILES))
def test_every_sample_value_has_evidence_that_holds_it(sample: Path) -> None:
    assert record_problems(proforma_parser.parse(sample)) == []


@pytest.mark.parametrize("sample", sample_params(SAMPLE_FILES))
def test_every_record_of_a_sample_indexes_its_own_text(sample: Path) -> None:
    for record in proforma_parser.parse_all(sample):
        assert record_problems(record) == []


@pytest.mark.skipif(not CORPUS_FILES, reason="no shared corpus here")
@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.name for p in CORPUS_FILES])
def test_every_corpus_value_has_evidence_that_holds_it(path: Path) -> None:
    try:
        records = proforma_parser.parse_all(path)
    except ProformaError:
        pytest.skip("not a record")
    for record in records:
        assert record_problems(record) == []


def _parse(text: str) -> DecisionRecord:
    return proforma_parser.parse_text(text)


def _evidence_text(record: DecisionRecord, name: str) -> tuple[str, str]:
    evidence = record.evidence[name]
    return evidence.kind, record.text[evidence.start : evidence.end]


PROFORMA = """CABINET DECISION RECORD

Decision Maker: Cabinet
Date of decision: 3 March 2025

1. Title of Item/Report
Library Opening Hours

2. Record of the Decision
RESOLVED that Cabinet:
1. Approve the plan.
2. Note the report.

3. Reasons for the Decision
The hours match the use.
"""


@pytest.mark.parametrize(
    ("name", "kind", "span"),
    [
        ("decision_date", "label", "Date of decision: 3 March 2025"),
        ("decision_maker", "label", "Decision Maker: Cabinet"),
        ("title", "section", "Library Opening Hours"),
        ("reasons", "section", "The hours match the use."),
        (
            "decision",
            "section",
            "RESOLVED that Cabinet:\n1. Approve the plan.\n2. Note the report.",
        ),
        ("document_type", "header_line", "CABINET DECISION RECORD"),
    ],
)
def test_a_proformas_values_point_at_their_lines(name: str, kind: str, span: str) -> None:
    assert _evidence_text(_parse(PROFORMA), name) == (kind, span)


def test_items_point_at_their_own_lines_and_their_lead_in() -> None:
    record = _parse(PROFORMA)
    first, second = record.resolutions
    assert first.evidence is not None and first.lead_in is not None
    assert record.text[first.evidence.start : first.evidence.end] == "1. Approve the plan."
    assert record.text[first.lead_in.start : first.lead_in.end] == "RESOLVED that Cabinet:"
    assert (first.evidence.kind, first.lead_in.kind) == ("item", "lead_in")
    assert second.evidence is not None
    assert record.text[second.evidence.start : second.evidence.end] == "2. Note the report."


def test_a_wrapped_item_spans_its_lines() -> None:
    text = PROFORMA.replace("1. Approve the plan.", "1. Approve the plan for the\nlibraries.")
    record = _parse(text)
    evidence = record.resolutions[0].evidence
    assert evidence is not None
    assert record.text[evidence.start : evidence.end] == "1. Approve the plan for the\nlibraries."
    assert record.resolutions[0].text == "Approve the plan for the libraries."


def test_a_listing_line_is_the_evidence_of_what_it_gives() -> None:
    text = (
        "Decisions\n\n"
        "09/07/2025 - Transfer of Staff ref: 1782  Recommendations Approved\n\n"
        "Decision Maker: Cabinet\n\n"
        "Decision:\nRESOLVED that the transfer be approved.\n"
    )
    record = _parse(text)
    line = "09/07/2025 - Transfer of Staff ref: 1782 Recommendations Approved"  # spaces folded
    for name in ("decision_date", "title", "reference", "decision_status"):
        assert _evidence_text(record, name) == ("listing_line", line), name


def test_a_null_value_has_no_evidence() -> None:
    record = _parse(PROFORMA)
    assert record.published_on is None and "published_on" not in record.evidence
    assert record.call_in is None and "call_in" not in record.evidence


def test_call_in_in_prose_points_at_the_sentence() -> None:
    text = PROFORMA + "\nOther\nThis decision is subject to call-in. The end.\n"
    record = _parse(text)
    kind, span = _evidence_text(record, "call_in")
    assert kind == "prose"
    assert record.call_in is not None
    assert _collapsed(record.call_in.text) in _collapsed(span)


def test_offsets_index_each_records_own_text() -> None:
    second = PROFORMA.replace("Library Opening Hours", "Park Lighting").replace(
        "3 March 2025", "4 April 2025"
    )
    records = proforma_parser.parse_all((PROFORMA + "\f" + second).encode())
    assert len(records) == 2
    for record, date in zip(records, ("3 March 2025", "4 April 2025"), strict=True):
        assert _evidence_text(record, "decision_date") == ("label", f"Date of decision: {date}")
        assert record_problems(record) == []


def test_the_evidence_is_in_the_json_schema() -> None:
    schema = DecisionRecord.model_json_schema()
    assert "evidence" in schema["properties"]
    assert schema["$defs"]["Evidence"]["properties"]["kind"]["enum"] == [
        "label",
        "heading",
        "section",
        "lead_in",
        "header_line",
        "listing_line",
        "prose",
        "item",
        "furniture",
    ]


def test_interests_point_at_their_section_or_sentence() -> None:
    text = PROFORMA + (
        "\n5. Conflicts of Interest\nCouncillor Ahmed declared a personal interest.\n"
        "\nCouncillor Patel had a dispensation to speak on the item.\n"
    )
    record = _parse(text)
    assert _evidence_text(record, "conflicts_of_interest") == (
        "section",
        "Councillor Ahmed declared a personal interest.\n\n"
        "Councillor Patel had a dispensation to speak on the item.",
    )
    kind, span = _evidence_text(record, "dispensations")
    assert kind == "prose"
    assert "Councillor Patel had a dispensation" in span


def test_a_sign_off_points_from_the_proper_officer_to_the_date() -> None:
    record = _parse(PROFORMA + "\nProper Officer\n21 March 2025\n")
    assert _evidence_text(record, "published_on") == ("label", "Proper Officer\n21 March 2025")


def test_a_meeting_line_in_the_header_gives_maker_and_date() -> None:
    text = PROFORMA.replace("Decision Maker: Cabinet\nDate of decision: 3 March 2025\n", "")
    text = text.replace(
        "CABINET DECISION RECORD\n", "CABINET DECISION RECORD\nCabinet Meeting 3 March 2025\n"
    )
    record = _parse(text)
    assert record.decision_date == dt.date(2025, 3, 3)
    assert _evidence_text(record, "decision_date") == (
        "header_line",
        "Cabinet Meeting 3 March 2025",
    )
    assert _evidence_text(record, "decision_maker")[1] == "Cabinet Meeting 3 March 2025"


def _spans_of(lines: list[str]) -> tuple[str, list[tuple[int, int]]]:
    text, spans, at = "\n".join(lines), [], 0
    for line in lines:
        spans.append((at, at + len(line)))
        at += len(line) + 1
    return text, spans


@pytest.mark.parametrize(
    ("lines", "item", "lead_in"),
    [
        (
            ["RESOLVED that Cabinet:", "1. Approve the plan."],
            "1. Approve the plan.",
            "RESOLVED that Cabinet:",
        ),
        (
            ["RESOLVED that the minutes be noted."],
            "RESOLVED that the minutes be noted.",
            "RESOLVED that the minutes be noted.",
        ),
        (
            [
                "Content: To progress the plan. Resolved by the Chief Executive Officer",
                "(i) That the plan be approved.",
            ],
            "(i) That the plan be approved.",
            "Resolved by the Chief Executive Officer",
        ),
        (["That the draft strategy be approved."], "That the draft strategy be approved.", None),
    ],
)
def test_resolutions_carry_the_offsets_of_their_lines(
    lines: list[str], item: str, lead_in: str | None
) -> None:
    from proforma_parser.fields.resolutions import parse_resolutions

    text, spans = _spans_of(lines)
    first = parse_resolutions(lines, spans=spans)[0]
    assert first.evidence is not None
    assert text[first.evidence.start : first.evidence.end] == item
    if lead_in is None:
        assert first.lead_in is None
    else:
        assert first.lead_in is not None
        assert text[first.lead_in.start : first.lead_in.end] == lead_in


def test_resolutions_without_offsets_carry_no_evidence() -> None:
    from proforma_parser.fields.resolutions import parse_resolutions

    first = parse_resolutions(["RESOLVED that Cabinet:", "1. Approve the plan."])[0]
    assert first.evidence is None and first.lead_in is None


# A value's words over a line break or spaces: found in an ASCII text without a pattern
# compiled for the value, and where the pattern finds them.
_SPACED = [
    ("Decision maker: Cabinet Member for\nHousing and Regeneration", "Cabinet Member for Housing"),
    ("CABINET MEMBER  FOR\tHOUSING", "cabinet member for housing"),
    ("the Cabinet\n\nMember said", "Cabinet Member"),
    ("Cabinet Members\nfor Housing", "Cabinet Member for Housing"),
    ("Cabinet\x1cMember", "Cabinet Member"),  # a separator no \s matches
    ("Leader of the\nCouncil, Leader of the Council", "Leader of the Council"),
    ("nothing here", "Cabinet Member"),
]


@pytest.mark.parametrize(("text", "value"), _SPACED)
@pytest.mark.parametrize("ignore_case", [True, False])
def test_spaced_words_are_found_where_the_pattern_finds_them(
    text: str, value: str, ignore_case: bool
) -> None:
    words = value.split()
    for lo, hi in ((0, len(text)), (1, len(text) - 1)):
        wanted = provenance._words_pattern(words, ignore_case=ignore_case).search(text, lo, hi)
        found = provenance._find_spaced(text[lo:hi], words, lo, ignore_case=ignore_case)
        assert found == (wanted.span() if wanted is not None else None)


def test_a_council_named_only_by_a_running_header_points_into_the_furniture() -> None:
    record = _parse(
        "Hastings Borough Council - Cabinet - Minutes - 2 December 2019          Page 3 of 6\n\n"
        "CABINET\n\nMONDAY 2 DECEMBER 2019\n\n47. Bottle Alley Lighting\n\n"
        "RESOLVED that Cabinet accept the grant.\n\n"
        "Hastings Borough Council - Cabinet - Minutes - 2 December 2019          Page 4 of 6\n\n"
        "48. Pier Repairs\n\nRESOLVED that Cabinet note the report.\n"
    )
    assert record.authority == "Hastings Borough Council"
    evidence = record.evidence["authority"]
    assert evidence.kind == "furniture"
    furniture = "\n".join(record.source.furniture)
    assert furniture[evidence.start : evidence.end] == "Hastings Borough Council"
    assert record_problems(record) == []


def test_a_meeting_dated_only_by_its_minutes_page_footer_points_into_the_furniture() -> None:
    record = _parse(
        "112  HOUSEHOLD WASTE RECYCLING CENTRES - OPENING HOURS\n\n"
        "The Executive Member introduced the report.\n\n"
        "RESOLVED: That the revised opening hours be approved.\n\n"
        "Cabinet 9 March 2011                                                Page 14\n\n"
        "113  LIBRARY REVIEW\n\nRESOLVED: That the review be noted.\n\n"
        "Cabinet 9 March 2011                                                Page 15\n"
    )
    assert record.decision_date == dt.date(2011, 3, 9)
    evidence = record.evidence["decision_date"]
    assert evidence.kind == "furniture"
    assert "\n".join(record.source.furniture)[evidence.start : evidence.end] == "9 March 2011"
    assert record_problems(record) == []


def test_a_minutes_body_named_only_by_its_page_footer_points_into_the_furniture() -> None:
    from proforma_parser import parse_text

    footer = "Eastvale County Council – Cabinet – 14 November 2024              Page 3 of 9"
    record = parse_text(
        f"{footer}\n\n6.   HIGHWAYS CAPITAL PROGRAMME 2024/25 – VARIATIONS\n\n"
        "The Cabinet Member for Transport introduced the report.\n\n"
        "RESOLVED 2024/087\n\n"
        "1)   That the variations set out in Appendix 1 be approved.\n\n"
        "2)   That the Service Director be authorised to make further variations.\n\n"
        "Reason for Decision\n\nTo keep the programme within its budget.\n"
    )
    assert record.decision_maker == "Cabinet"
    assert record.decision_date == dt.date(2024, 11, 14)
    span = record.evidence["decision_maker"]
    assert span.kind == "furniture"
    joined = "\n".join(record.source.furniture)
    assert joined[span.start : span.end] == "Cabinet"
    assert record_problems(record) == []
