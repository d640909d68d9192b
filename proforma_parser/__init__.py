"""proforma_parser: records of English councils' executive decisions as validated, typed data.

    >>> import proforma_parser
    >>> record = proforma_parser.parse("samples/stockton_send_2022_seed.txt")
    >>> record.decision_date
    datetime.date(2022, 3, 17)
"""

from ._version import __version__
from .api import parse, parse_text
from .errors import (
    CorruptSource,
    DefectError,
    EmptySource,
    EncryptedSource,
    LimitExceeded,
    NoTextLayer,
    NotADecisionRecord,
    PathError,
    ProformaError,
    SourceError,
    UnsupportedFormat,
)
from .model import CallIn, DecisionRecord, Defect, Resolution, Section, Source

__all__ = [
    "CallIn",
    "CorruptSource",
    "DecisionRecord",
    "Defect",
    "DefectError",
    "EmptySource",
    "EncryptedSource",
    "LimitExceeded",
    "NoTextLayer",
    "NotADecisionRecord",
    "PathError",
    "ProformaError",
    "Resolution",
    "Section",
    "Source",
    "SourceError",
    "UnsupportedFormat",
    "__version__",
    "parse",
    "parse_text",
]
