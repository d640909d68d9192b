"""proforma_parser: records of English councils' executive decisions as validated, typed data.

    >>> import proforma_parser
    >>> record = proforma_parser.parse("samples/stockton_send_2022_seed.txt")
    >>> record.decision_date
    datetime.date(2022, 3, 17)

The exception tree is imported eagerly; the pipeline and the Pydantic models load on first
use (PEP 562), so `import proforma_parser` stays cheap for tools that only import it. The
PDF and Word engines load only when a PDF or Word file is parsed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__
from .errors import (
    CorruptSource,
    DefectError,
    EmptySource,
    EncryptedSource,
    ExportError,
    InvalidRecord,
    LedgerBusy,
    LedgerError,
    LimitExceeded,
    NotADecisionRecord,
    NoTextLayer,
    ParserFault,
    PathError,
    ProformaError,
    SourceError,
    UnsupportedFormat,
    WorkerStartError,
)

if TYPE_CHECKING:
    from .api import parse, parse_all, parse_text
    from .batch import parse_many
    from .model import CallIn, DecisionRecord, Defect, Evidence, Resolution, Section, Source

_LAZY: dict[str, str] = {
    "parse": "api",
    "parse_text": "api",
    "parse_many": "batch",
    "parse_all": "api",
    "CallIn": "model",
    "DecisionRecord": "model",
    "Defect": "model",
    "Evidence": "model",
    "Resolution": "model",
    "Section": "model",
    "Source": "model",
}

__all__ = [
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
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'proforma_parser' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
