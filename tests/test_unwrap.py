"""Hard-wrapped text (a text extractor's or an e-mail's fixed-width lines) reads as the
same record as its unwrapped original."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from proforma_parser import DecisionRecord, parse_text
from proforma_parser.structure.unwrap import unwrap, wrap_width
from tests.conftest import SAMPLES

TEXT_SAMPLES = sorted(SAMPLES.glob("*.txt"))


def _hard_wrap(text: str, width: int) -> str:
    """`text` as a text dump wraps it: every line longer than `width` cut at spaces."""
    lines: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width:
            lines.append(line)
        else:
            lines.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(lines)


def _what_was_decided(record: DecisionRecord) -> dict[str, object]:
    return {
        "title": record.title,
        "decision_date": record.decision_date,
        "published_on": record.published_on,
        "call_in": record.call_in.date if record.call_in else None,
        "resolutions": [
            (r.number, r.kind, r.by, " ".join(r.text.split())) for r in record.resolutions
        ],
        "reasons": " ".join((record.reasons or "").split()),
    }


@pytest.mark.parametrize("width", [72, 80])
@pytest.mark.parametrize("sample", TEXT_SAMPLES, ids=lambda p: p.name)
def test_a_hard_wrapped_sample_reads_as_its_original(sample: Path, width: int) -> None:
    original = sample.read_text(encoding="utf-8")
    wrapped = _hard_wrap(original, width)
    assert _what_was_decided(parse_text(wrapped)) == _what_was_decided(parse_text(original))


PARAGRAPH = [
    "The Cabinet received a report on the condition of the allotment sites at Fernbrook,",
    "which set out the results of the survey carried out by officers during the summer",
    "and the cost of the repairs that the sites will need over the next three years.",
]


def test_a_wrapped_paragraph_is_joined() -> None:
    lines = [*PARAGRAPH, "", *PARAGRAPH, "", *PARAGRAPH]
    assert wrap_width(lines) == 83  # the longest line
    assert unwrap(lines)[0] == " ".join(PARAGRAPH)
    assert len(unwrap(lines)) == 5


def test_text_with_a_paragraph_to_a_line_is_left_alone() -> None:
    one_line = " ".join(PARAGRAPH)
    lines = [one_line, "", "Reasons for the Decision", "", one_line, "", one_line] * 2
    assert wrap_width(lines) is None
    assert unwrap(lines) is lines


@pytest.mark.parametrize(
    ("next_line", "joined"),
    [
        # the width cut a listing's title line before its reference number
        ("1401    Recommendations Approved", True),
        ("(subject to call-in)", True),
        # items, headings and labels start lines of their own
        ("1. To approve the repairs programme for 2026/27.", False),
        ("(b) to delegate the award of the contract to the Director.", False),
        ("- Fernbrook Lane allotments", False),
        ("Reasons for the Decision", False),
        ("Decision Maker: Cabinet", False),
    ],
)
def test_which_lines_go_on_from_a_filled_line(next_line: str, joined: bool) -> None:
    filled = "07/01/2026 - Fernbrook Allotments Repairs Programme and Annual Tenancy Review ref:"
    assert len(filled) == 82  # the width (83) leaves no room for the next line's first word
    lines = [*PARAGRAPH, "", *PARAGRAPH, "", filled, next_line]
    result = unwrap(lines)
    assert (result[-1] == f"{filled} {next_line}") is joined


def test_a_lead_in_keeps_its_items_apart() -> None:
    lead_in = "RESOLVED that Cabinet approves the following changes to the allotment rules:"
    lines = [*PARAGRAPH, "", *PARAGRAPH, "", lead_in, "tenancies run from 1 April each year"]
    assert unwrap(lines)[-2:] == [lead_in, "tenancies run from 1 April each year"]
