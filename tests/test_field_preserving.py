"""Rewrites that councils' systems make to the same record, and that change no field: line
endings, indentation, blank lines, tabs, labels with a dash for a colon, items numbered
"(1)" or "1)" for "1.", a page footer at a page break. Each sample must read the same."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import regex

from proforma_parser import DecisionRecord, parse_text
from tests.conftest import SAMPLES

TEXT_SAMPLES = sorted(SAMPLES.glob("*.txt"))

# "Decision Maker: Cabinet" -> "Decision Maker - Cabinet", as some notices print their facts
_FACT_LABEL_RE = regex.compile(
    r"(?m)^(Decision Maker|Decision published|Date of decision|Effective from|Decision status"
    r"|Is Key decision\?|Is subject to call in\?):"
)
_DOT_NUMBER_RE = regex.compile(r"(?m)^(\s*)(\d{1,2})\. (?=[A-Z])")


def _page_footer(text: str) -> str:
    """A page footer and a form feed at the first blank line past the middle."""
    lines = text.split("\n")
    middle = next((i for i in range(len(lines) // 2, len(lines)) if not lines[i].strip()), None)
    if middle is None:
        return text
    return "\n".join([*lines[:middle], "", "Page 1 of 2", "\f", *lines[middle:]])


REWRITES: dict[str, Callable[[str], str]] = {
    "crlf": lambda text: text.replace("\n", "\r\n"),
    "trailing-spaces": lambda text: "\n".join(f"{line}   " for line in text.split("\n")),
    "indented": lambda text: "\n".join(f"  {line}" if line else line for line in text.split("\n")),
    "double-blank-lines": lambda text: text.replace("\n\n", "\n\n\n"),
    "tabs": lambda text: text.replace("    ", "\t"),
    "dash-labels": lambda text: _FACT_LABEL_RE.sub(r"\1 -", text),
    "parenthesised-numbers": lambda text: _DOT_NUMBER_RE.sub(r"\1(\2) ", text),
    "bracket-numbers": lambda text: _DOT_NUMBER_RE.sub(r"\1\2) ", text),
    "page-footer": _page_footer,
}


def _fields(record: DecisionRecord) -> dict[str, object]:
    return {
        "authority": record.authority,
        "decision_maker": record.decision_maker,
        "title": record.title,
        "decision_date": record.decision_date,
        "published_on": record.published_on,
        "call_in": (record.call_in.applies, record.call_in.date) if record.call_in else None,
        "resolutions": [
            (r.number, r.kind, r.by, " ".join(r.text.split())) for r in record.resolutions
        ],
        "reasons": " ".join((record.reasons or "").split()),
        "alternative_options": " ".join((record.alternative_options or "").split()),
    }


@pytest.mark.parametrize("rewrite", sorted(REWRITES))
@pytest.mark.parametrize("sample", TEXT_SAMPLES, ids=lambda p: p.name)
def test_a_rewritten_sample_reads_the_same(sample: Path, rewrite: str) -> None:
    original = sample.read_text(encoding="utf-8")
    rewritten = REWRITES[rewrite](original)
    assert _fields(parse_text(rewritten)) == _fields(parse_text(original))


@pytest.mark.parametrize("rewrite", sorted(REWRITES))
def test_each_rewrite_changes_some_sample(rewrite: str) -> None:
    texts = [sample.read_text(encoding="utf-8") for sample in TEXT_SAMPLES]
    assert sum(REWRITES[rewrite](text) != text for text in texts) >= 3
