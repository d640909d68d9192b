"""The public door: what `import proforma_parser` offers and how parse/parse_text behave."""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

import proforma_parser
from proforma_parser import (
    DecisionRecord,
    DefectError,
    EmptySource,
    NotADecisionRecord,
    PathError,
    ProformaError,
    SourceError,
    UnsupportedFormat,
    parse,
    parse_text,
)

PUBLIC_NAMES = {
    "CallIn",
    "CorruptSource",
    "DecisionRecord",
    "Defect",
    "DefectError",
    "EmptySource",
    "EncryptedSource",
    "Evidence",
    "ExportError",
    "InvalidRecord",
    "LedgerBusy",
    "LedgerError",
    "LimitExceeded",
    "NoTextLayer",
    "NotADecisionRecord",
    "ParserFault",
    "PathError",
    "ProformaError",
    "Resolution",
    "Section",
    "Source",
    "SourceError",
    "UnsupportedFormat",
    "WorkerStartError",
    "__version__",
    "parse",
    "parse_all",
    "parse_many",
    "parse_text",
}


def test_public_names_are_exactly_the_door() -> None:
    assert set(proforma_parser.__all__) == PUBLIC_NAMES
    for name in PUBLIC_NAMES:
        assert getattr(proforma_parser, name) is not None


def test_every_exception_is_a_proforma_error() -> None:
    errors = [
        getattr(proforma_parser, n)
        for n in PUBLIC_NAMES
        if n.endswith(("Error", "Source", "Format", "Exceeded", "Layer", "Record", "Busy"))
    ]
    exceptions = [e for e in errors if isinstance(e, type) and issubclass(e, BaseException)]
    assert len(exceptions) == 16
    assert all(issubclass(e, ProformaError) for e in exceptions)


def test_import_does_not_load_the_heavy_engines() -> None:
    code = (
        "import sys, proforma_parser; "
        "print(sorted(m for m in ('pdfplumber', 'pdfminer', 'docx', 'lxml') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_seed_gives_the_contract_values(seed_path: Path) -> None:
    record = parse(seed_path)
    assert record.authority == "Stockton-on-Tees Borough Council"
    assert record.decision_maker == "Cabinet"
    assert record.document_type == "Cabinet Recommendations Proforma"
    assert record.decision_date == dt.date(2022, 3, 17)
    assert record.title == (
        "Special Educational Needs and/or Disabilities (SEND) Strategy - "
        "Progress and next steps for 2022/23"
    )
    assert [(r.number, r.text, r.kind, r.by) for r in record.resolutions] == [
        (
            "1",
            "Note progress to date in delivering against the 6 strategic outcome areas in "
            "the SEND strategy.",
            "resolved",
            "Cabinet",
        ),
        ("2", "Endorse the outline action plan for 2022/23.", "resolved", "Cabinet"),
    ]
    assert record.reasons is not None
    assert record.reasons.startswith("The SEND strategy supports the key priority")
    assert (record.alternative_options, record.conflicts_of_interest, record.dispensations) == (
        None,
        None,
        None,
    )
    assert record.call_in is not None
    assert record.call_in.applies is True
    assert record.call_in.date == dt.date(2022, 3, 25)
    assert record.call_in.deadline is not None
    assert record.call_in.deadline.isoformat() == "2022-03-26T00:00:00+00:00"
    assert record.published_on == dt.date(2022, 3, 21)
    assert record.defects == []
    assert [(s.number, s.field) for s in record.sections] == [
        (1, "title"),
        (2, "decision"),
        (3, "reasons"),
        (4, "alternative_options"),
        (5, "conflicts_of_interest"),
        (6, "dispensations"),
        (7, "call_in"),
        (None, None),  # "Proper Officer": the sign-off, kept as provenance
    ]


def test_parse_and_parse_text_agree(seed_path: Path) -> None:
    from_file = parse(seed_path)
    from_text = parse_text(seed_path.read_text(encoding="utf-8"), name=seed_path.name)
    exclude = {"source"}
    assert from_file.model_dump(exclude=exclude) == from_text.model_dump(exclude=exclude)
    assert from_file.source.sha256 == from_text.source.sha256


def test_sources_of_every_kind_give_the_same_record(seed_path: Path) -> None:
    data = seed_path.read_bytes()
    by_path = parse(str(seed_path))
    for source in (seed_path, data, bytearray(data), io.BytesIO(data)):
        record = parse(source)
        assert record.title == by_path.title
        assert record.source.sha256 == by_path.source.sha256
        assert record.source.size == len(data)
    assert by_path.source.name == seed_path.name
    assert parse(data).source.name is None


def test_source_records_format_and_no_absolute_path(seed_path: Path) -> None:
    record = parse(seed_path)
    assert record.source.format == "text"
    assert record.source.name == "stockton_send_2022_seed.txt"
    assert "/" not in record.source.name
    assert record.source.parser_version == proforma_parser.__version__


@pytest.mark.parametrize(
    ("encode", "codes"),
    [
        (lambda t: t.encode("utf-8"), []),
        (lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), []),
        (lambda t: t.encode("utf-16"), ["encoding"]),
        (lambda t: t.replace("'", "\u2019").encode("cp1252"), ["encoding"]),
        (lambda t: t.replace("\n", "\r\n").encode("utf-8"), []),
        (lambda t: t.replace("\n", "\r").encode("utf-8"), []),
        (lambda t: t.replace("Cabinet", "Cab\x00inet").encode("utf-8"), ["encoding"]),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "cp1252", "crlf", "cr-only", "nul-bytes"],
)
def test_text_encodings(seed_path: Path, encode: object, codes: list[str]) -> None:
    assert callable(encode)
    record = parse(encode(seed_path.read_text(encoding="utf-8")))
    assert record.title.startswith("Special Educational Needs")
    assert record.decision_date == dt.date(2022, 3, 17)
    assert [d.code for d in record.defects] == codes
    assert "\x00" not in record.text


def test_strict_raises_the_first_defect(seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8").replace("Friday 25th", "Thursday 25th")
    lenient = parse_text(text)
    assert [d.code for d in lenient.defects] == ["weekday_mismatch"]
    assert lenient.call_in is not None and lenient.call_in.date == dt.date(2022, 3, 25)
    with pytest.raises(DefectError) as raised:
        parse_text(text, strict=True, name="changed.txt")
    assert raised.value.defect.code == "weekday_mismatch"
    assert "changed.txt" in str(raised.value)
    assert parse_text(seed_path.read_text(encoding="utf-8"), strict=True).defects == []


def test_text_with_no_record_structure_is_not_a_decision_record() -> None:
    with pytest.raises(NotADecisionRecord) as raised:
        parse_text("Minutes of the allotment society picnic.\nIt rained.", name="picnic.txt")
    assert "picnic.txt" in str(raised.value)


@pytest.mark.parametrize("content", [b"", b"   \r\n\t \n"], ids=["zero-bytes", "whitespace"])
def test_empty_input(content: bytes) -> None:
    with pytest.raises(EmptySource):
        parse(content, name="empty.txt")


def test_path_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(PathError, match=r"missing\.txt: no such file"):
        parse(tmp_path / "missing.txt")
    with pytest.raises(PathError, match="a directory"):
        parse(tmp_path)


def test_binary_is_unsupported_and_says_so() -> None:
    with pytest.raises(UnsupportedFormat, match="binary data"):
        parse(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, name="image.txt")


def test_source_error_carries_the_path(tmp_path: Path) -> None:
    with pytest.raises(SourceError) as raised:
        parse(tmp_path / "gone.pdf")
    assert raised.value.path == str(tmp_path / "gone.pdf")


def test_record_is_immutable(seed_path: Path) -> None:
    record = parse(seed_path)
    with pytest.raises(ValueError, match="frozen"):
        record.title = "changed"  # type: ignore[misc]


def test_record_round_trips_through_json(seed_path: Path) -> None:
    record = parse(seed_path)
    again = DecisionRecord.model_validate_json(record.model_dump_json())
    assert again == record


def test_a_file_name_that_is_not_utf8_is_written_escaped(tmp_path: Path, seed_path: Path) -> None:
    path = os.path.join(os.fsencode(tmp_path), b"cabinet\xff.txt")
    with open(path, "wb") as handle:
        handle.write(seed_path.read_bytes())
    record = parse(os.fsdecode(path))
    assert record.source.name == "cabinet\\xff.txt"
    assert '"cabinet\\\\xff.txt"' in record.model_dump_json()
