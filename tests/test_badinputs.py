"""Every hostile file of ../shared/badinputs/ ends in the outcome its catalogue names.

CATALOGUE.md's table gives each file's right behaviour ("OK", "OK+W(encoding=utf-16)",
"E:Corrupt", "E:Invalid or OK+W(duplicate section 2)", ...). Each file is parsed in a child
process capped at 20 s and 2 GiB of address space, so a hang, a memory blow-up or a crash
(pdfium is C++: a fault there ends the process) fails its own test instead of taking the
run down. The PDFs are read by each PDF engine in turn. The folder lives beside the repository, not in
it: where it is absent (a user's checkout) the module is skipped.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import regex

BADINPUTS = Path(__file__).resolve().parents[2] / "shared" / "badinputs"
if not (BADINPUTS / "CATALOGUE.md").is_file():
    pytest.skip(f"no hostile-input folder at {BADINPUTS}", allow_module_level=True)

TIME_CAP = 20.0
MEMORY_CAP = 2 << 30

# What the child runs: parse one file and print what came out as one line of JSON.
CHILD = r"""
import json, resource, sys, traceback
resource.setrlimit(resource.RLIMIT_AS, (int(sys.argv[2]), int(sys.argv[2])))
import proforma_parser
try:
    record = proforma_parser.parse(sys.argv[1], pdf_engine=sys.argv[3])
except proforma_parser.ProformaError as error:
    out = {"kind": "error", "types": [t.__name__ for t in type(error).__mro__],
           "message": str(error), "cause": repr(error.__cause__)}
except BaseException as error:
    out = {"kind": "foreign", "types": [type(error).__name__],
           "message": "".join(traceback.format_exception(error))}
else:
    sliced = all(record.text[s.start:s.end] == s.text for s in record.sections)
    out = {"kind": "record", "defects": [d.code for d in record.defects],
           "title": record.title, "decision_date": str(record.decision_date),
           "sections": len(record.sections), "sliced": sliced, "text": record.text}
print(json.dumps(out))
"""

# Error outcomes of the catalogue and the exception each must be (by class name, so the
# parent never imports what the child ran).
ERRORS: dict[str, tuple[str, ...]] = {
    "Empty": ("EmptySource",),
    "Format": ("UnsupportedFormat",),
    "Corrupt": ("CorruptSource",),
    "Encrypted": ("EncryptedSource",),
    "NoText": ("NoTextLayer",),
    "Limit": ("LimitExceeded",),
    "Unsafe": ("CorruptSource", "UnsupportedFormat"),
    "Path": ("PathError",),
    "Invalid": ("NotADecisionRecord",),  # InvalidRecord is a subclass
    "Encoding": ("UnsupportedFormat",),
}

# Defect codes named by the catalogue's "W(...)" wording, where the wording is that plain.
DEFECT_WORDS: tuple[tuple[str, str], ...] = (
    ("encoding", "encoding"),
    ("mojibake", "encoding"),
    ("nuls", "encoding"),
    ("section order", "out_of_order_section"),
    ("duplicate section", "duplicate_section"),
    ("missing section", "missing_section"),
    ("encrypted", "encrypted"),
    ("leading garbage", "leading_garbage"),
    ("macro", "macro_enabled"),
    ("multiple documents", "multiple_records"),
    ("split with warning", "multiple_records"),
)

# One outcome in the "right behaviour" column: "OK+W(...)", "OK", "E:Name", or a phrase.
# "OK+W(section order)", "E:Invalid(multiple documents)", "split with warning"
OUTCOME_RE = regex.compile(
    r"OK\+W\((?P<warning>[^)]*)\)|\bOK\b|E:(?P<error>[A-Za-z]+)"
    r"|(?P<split>split with warning)|(?P<budget>time budget)"
)
# "| `txt/t00_good_baseline.txt` | what it is | right behaviour | raw libraries did |"
ROW_RE = regex.compile(r"^\|\s*`(?P<file>[^`]+)`\s*\|(?P<what>[^|]*)\|(?P<right>[^|]*)\|")

# Where the catalogue's expectation cannot be met as written, and why; each is checked.
INTACT_DESPITE_CATALOGUE = {
    # Described as "every xref offset shifted by +37 bytes", but every offset in the file
    # points at its object (checked below): nothing is repaired, so no defect is due. A
    # file whose offsets really are wrong is made by test_wrong_xref_offsets_are_repaired.
    "pdf/p04_broken_xref_offsets.pdf",
}


@dataclass(frozen=True)
class Outcome:
    kind: str
    """"ok", "warn" (a record with a defect) or "error"."""
    error: str | None = None
    defect: str | None = None
    """The defect code a "warn" outcome must carry, when the catalogue names one plainly."""


@dataclass(frozen=True)
class Expectation:
    file: str
    right: str
    outcomes: tuple[Outcome, ...]


def parse_right_behaviour(text: str) -> tuple[Outcome, ...]:
    """The outcomes the "right behaviour" column allows ("X or Y" allows both)."""
    text = text.split(" -- ")[0]  # what follows " -- " is commentary
    outcomes = []
    for found in OUTCOME_RE.finditer(text):
        if found["warning"] is not None:
            outcomes.append(Outcome("warn", defect=_defect_code(found["warning"])))
        elif found["error"] is not None:
            outcomes.append(Outcome("error", error=found["error"]))
        elif found["split"] is not None:
            outcomes.append(Outcome("warn", defect="multiple_records"))
        elif found["budget"] is not None:
            outcomes.append(Outcome("error", error="Limit"))
        else:
            outcomes.append(Outcome("ok"))
    return tuple(outcomes)


def _defect_code(warning: str) -> str | None:
    lowered = warning.lower()
    return next((code for word, code in DEFECT_WORDS if word in lowered), None)


def read_catalogue() -> list[Expectation]:
    rows = []
    for line in (BADINPUTS / "CATALOGUE.md").read_text(encoding="utf-8").splitlines():
        row = ROW_RE.match(line)
        if row is not None:
            right = row["right"].strip()
            rows.append(Expectation(row["file"], right, parse_right_behaviour(right)))
    return rows


CATALOGUE = read_catalogue()
CONTROL = "txt/t00_good_baseline.txt"


def run_child(path: Path, engine: str = "pdfplumber") -> dict[str, Any]:
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(path), str(MEMORY_CAP), engine],
            capture_output=True,
            text=True,
            timeout=TIME_CAP,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{path.name}: no outcome within {TIME_CAP:.0f} s (a hang)")
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        pytest.fail(f"{path.name}: the child died (exit {done.returncode}): {done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(lines[-1])
    return result


@pytest.fixture(scope="module")
def control() -> dict[str, Any]:
    result = run_child(BADINPUTS / CONTROL)
    assert result["kind"] == "record", result
    assert result["title"].startswith("Special Educational Needs and/or Disabilities (SEND)")
    return result


def test_the_catalogue_lists_every_file_once_with_an_outcome() -> None:
    listed = [row.file for row in CATALOGUE]
    on_disk = sorted(
        str(path.relative_to(BADINPUTS))
        for path in BADINPUTS.rglob("*")
        if path.is_file() and path.name != "CATALOGUE.md"
    )
    assert sorted(listed) == on_disk
    assert len(set(listed)) == len(listed) == 56
    assert all(row.outcomes for row in CATALOGUE), [r.right for r in CATALOGUE if not r.outcomes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("OK (strip BOM; decode as utf-8-sig)", (Outcome("ok"),)),
        ("OK+W(encoding=utf-16)", (Outcome("warn", defect="encoding"),)),
        (
            "E:Invalid or OK+W(duplicate section 2) -- never silently keep one",
            (Outcome("error", error="Invalid"), Outcome("warn", defect="duplicate_section")),
        ),
        (
            "E:Invalid(multiple documents) or split with warning -- never merge",
            (Outcome("error", error="Invalid"), Outcome("warn", defect="multiple_records")),
        ),
        (
            "E:Limit (page cap, e.g. >50 pages) or time budget; proforma is 1-3 pages",
            (Outcome("error", error="Limit"), Outcome("error", error="Limit")),
        ),
        (
            "OK by content sniffing, or E:Format naming the sniffed type",
            (Outcome("ok"), Outcome("error", error="Format")),
        ),
        (
            "OK+W(recursive XObject skipped) or E:Corrupt",
            (Outcome("warn"), Outcome("error", error="Corrupt")),
        ),
    ],
    ids=["ok", "warn", "invalid-or-warn", "split", "limit-or-budget", "ok-or-format", "free-warn"],
)
def test_right_behaviour_is_read(text: str, expected: tuple[Outcome, ...]) -> None:
    assert parse_right_behaviour(text) == expected


# Where pdfium reads a file otherwise than the catalogue says (pdfplumber's outcome), and
# why; still a typed error or a record in the calling process. Each is checked.
PDFIUM_OUTCOMES: dict[str, tuple[Outcome, str]] = {
    "pdf/p05_no_xref_no_startxref.pdf": (
        Outcome("ok"),
        "pdfium rebuilds a missing cross-reference table by scanning for objects, as "
        "Acrobat does, and says nothing of it; pdfminer finds no /Root and gives up",
    ),
    "pdf/p16_recursive_form_xobject.pdf": (
        Outcome("error", error="Invalid"),
        "pdfium skips a form that paints itself (its parser keeps the forms being parsed); "
        "the rest of the page is 65 characters that are no decision record",
    ),
    "pdf/p17_deeply_nested_array.pdf": (
        Outcome("ok"),
        "pdfium's parser stops at 64 levels of nesting and falls back to a default "
        "MediaBox; the page's text is the whole proforma",
    ),
}
PDF_ROWS = [row for row in CATALOGUE if row.file.startswith("pdf/")]


@pytest.mark.parametrize("row", CATALOGUE, ids=[row.file for row in CATALOGUE])
def test_badinput(row: Expectation, control: dict[str, Any]) -> None:
    check_outcome(row, "pdfplumber", control)


@pytest.mark.parametrize("row", PDF_ROWS, ids=[row.file for row in PDF_ROWS])
def test_badinput_pdfium(row: Expectation, control: dict[str, Any]) -> None:
    check_outcome(row, "pdfium", control)


def check_outcome(row: Expectation, engine: str, control: dict[str, Any]) -> None:
    path = BADINPUTS / row.file
    result = run_child(path, engine)
    assert result["kind"] != "foreign", f"a foreign exception escaped: {result['message']}"
    outcomes = row.outcomes
    if row.file in INTACT_DESPITE_CATALOGUE:
        assert xref_offsets_point_at_objects(path.read_bytes())
        outcomes = (Outcome("ok"),)
    if engine == "pdfium" and row.file in PDFIUM_OUTCOMES:
        outcomes = (PDFIUM_OUTCOMES[row.file][0],)
    failures = [why for why in (_mismatch(o, result, control, path) for o in outcomes) if why]
    assert len(failures) < len(outcomes), (
        f"{row.file}: expected {row.right!r}; got {_describe(result)}; " + "; ".join(failures)
    )


def _mismatch(
    outcome: Outcome, result: dict[str, Any], control: dict[str, Any], path: Path
) -> str | None:
    """Why `result` is not `outcome`, or None when it is."""
    if outcome.kind == "error":
        return _error_mismatch(outcome.error or "", result, path)
    if result["kind"] != "record":
        return "expected a record"
    problem = _record_problem(result, control)
    if problem is not None:
        return problem
    if outcome.kind == "warn" and not result["defects"]:
        return "expected a record with a defect"
    if outcome.defect is not None and outcome.defect not in result["defects"]:
        return f"expected a {outcome.defect!r} defect"
    return None


def _error_mismatch(error: str, result: dict[str, Any], path: Path) -> str | None:
    if error == "Encoding" and result["kind"] == "record" and "encoding" in result["defects"]:
        return None
    if result["kind"] != "error":
        return f"expected E:{error}"
    if not set(ERRORS[error]) & set(result["types"]):
        return f"expected E:{error} ({' or '.join(ERRORS[error])})"
    if error == "Unsafe" and "unsafe" not in result["message"].lower():
        return "expected the message to say 'unsafe'"
    if path.name not in result["message"]:
        return "expected the message to name the file"
    return None


def _record_problem(result: dict[str, Any], control: dict[str, Any]) -> str | None:
    """A record must be the proforma every readable file holds, clean of what broke it."""
    text = result["text"]
    if not result["sliced"]:
        return "a section's offsets do not slice its text"
    if (result["title"], result["decision_date"]) != (control["title"], control["decision_date"]):
        return f"title or date differ from the control: {result['title']!r}"
    if result["sections"] < 6:
        return f"only {result['sections']} sections"
    garbage = [mark for mark in ("\x00", "\ufeff", "(cid:", "â€", "Ã") if mark in text]
    return f"garbage in the text: {garbage}" if garbage else None


def _describe(result: dict[str, Any]) -> str:
    if result["kind"] == "record":
        return f"a record with defects {result['defects']}"
    return f"{result['types'][0]}: {result['message'][:300]}"


def xref_offsets_point_at_objects(data: bytes) -> bool:
    """True when every in-use entry of the last xref table points at "N G obj"."""
    start = int(regex.findall(rb"startxref\s+(\d+)", data)[-1])
    table = regex.match(rb"xref\s+(\d+)\s+(\d+)\s+", data[start:])
    assert table is not None
    first, count = int(table[1]), int(table[2])
    entries = regex.findall(rb"(\d{10}) (\d{5}) ([nf])", data[start + table.end() :])[:count]
    for number, (offset, _, used) in enumerate(entries, start=first):
        found = regex.match(rb"(\d+)\s+\d+\s+obj", data[int(offset) :])
        if used == b"n" and (found is None or int(found[1]) != number):
            return False
    return len(entries) == count
