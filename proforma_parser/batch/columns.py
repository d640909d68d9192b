"""The flat tables the exports write, derived from the model: a new field is a new column.

- records, flattened: nested objects become prefixed columns (`call_in.deadline` ->
  `call_in_deadline`, `source.name` -> `source_name`), lists stay whole as JSON text;
- resolutions, long: one row per resolution, nested items included, each with the position
  of its parent, which is what analysts join on;
- failures: the report of what could not be parsed.

Every table starts with the ledger's `path` (whole, as walked) and `status`.

Each column has a kind (`string`, `int`, `float`, `bool`, `date`, `timestamp`) that the
Parquet writer maps to a type; CSV and JSONL need only the names.
"""

from __future__ import annotations

import datetime as dt
import json
import types
from collections.abc import Iterator
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from ..model import DecisionRecord

Kind = Literal["string", "int", "float", "bool", "date", "timestamp"]
Column = tuple[str, Kind]
Row = dict[str, Any]

LEDGER_COLUMNS: tuple[Column, ...] = (("path", "string"), ("status", "string"))

RESOLUTION_COLUMNS: tuple[Column, ...] = (
    ("path", "string"),
    ("status", "string"),
    ("source_name", "string"),
    ("title", "string"),
    ("decision_date", "date"),
    ("position", "int"),
    ("level", "int"),
    ("number", "string"),
    ("parent_position", "int"),
    ("parent_number", "string"),
    ("kind", "string"),
    ("by", "string"),
    ("text", "string"),
)

FAILURE_COLUMNS: tuple[Column, ...] = (
    ("path", "string"),
    ("status", "string"),
    ("sha256", "string"),
    ("size", "int"),
    ("format", "string"),
    ("error_type", "string"),
    ("error_message", "string"),
    ("parser_version", "string"),
    ("parsed_at", "timestamp"),
    ("seconds", "float"),
)


def unwrap_optional(annotation: Any) -> Any:
    """`X | None` -> X, `Annotated[X, ...]` -> X (the model's `Instant` is one); anything
    else unchanged."""
    if get_origin(annotation) is Annotated:
        return unwrap_optional(get_args(annotation)[0])
    if get_origin(annotation) in (Union, types.UnionType):
        args = [arg for arg in get_args(annotation) if arg is not type(None)]
        return unwrap_optional(args[0]) if len(args) == 1 else annotation
    return annotation


def model_of(annotation: Any) -> type[BaseModel] | None:
    """The model class an annotation stands for (optional or not), or None."""
    inner = unwrap_optional(annotation)
    return inner if isinstance(inner, type) and issubclass(inner, BaseModel) else None


def scalar_kind(annotation: Any) -> Kind:
    """The column kind of a scalar annotation (lists and models are handled by callers)."""
    inner = unwrap_optional(annotation)
    kinds: tuple[tuple[type, Kind], ...] = (
        (bool, "bool"),  # before int: bool is an int
        (int, "int"),
        (float, "float"),
        (dt.datetime, "timestamp"),  # before date: datetime is a date
        (dt.date, "date"),
    )
    if isinstance(inner, type):
        return next((kind for cls, kind in kinds if issubclass(inner, cls)), "string")
    return "string"  # Literal[...] and the like


def record_columns(model: type[BaseModel] = DecisionRecord, prefix: str = "") -> list[Column]:
    """The flat columns of a record: nested models prefixed, lists and maps (`evidence`)
    as one JSON column."""
    columns: list[Column] = []
    for name, info in model.model_fields.items():
        nested = model_of(info.annotation)
        if nested is not None:
            columns += record_columns(nested, f"{prefix}{name}_")
        elif get_origin(unwrap_optional(info.annotation)) in (list, dict):
            columns.append((f"{prefix}{name}", "string"))
        else:
            columns.append((f"{prefix}{name}", scalar_kind(info.annotation)))
    return columns


def flatten(record: Row, model: type[BaseModel] = DecisionRecord, prefix: str = "") -> Row:
    """A record's JSON (as a dict) as one flat row; lists and maps become JSON text."""
    row: Row = {}
    for name, info in model.model_fields.items():
        value = record.get(name)
        nested = model_of(info.annotation)
        if nested is not None:
            row.update(flatten(value or {}, nested, f"{prefix}{name}_"))
        elif isinstance(value, (list, dict)):
            row[f"{prefix}{name}"] = json.dumps(value, ensure_ascii=False)
        else:
            row[f"{prefix}{name}"] = value
    return row


def resolution_rows(path: str, record: Row, status: str | None = None) -> Iterator[Row]:
    """One row per resolution, depth first, in document order; `position` counts from 1."""
    common = {
        "path": path,
        "status": status,
        "source_name": (record.get("source") or {}).get("name"),
        "title": record.get("title"),
        "decision_date": record.get("decision_date"),
    }
    position = 0
    # (resolution, level, parent position, parent number), as a stack to keep order.
    stack: list[tuple[Row, int, int | None, str | None]] = [
        (item, 0, None, None) for item in reversed(record.get("resolutions") or [])
    ]
    while stack:
        item, level, parent_position, parent_number = stack.pop()
        position += 1
        yield {
            **common,
            "position": position,
            "level": level,
            "number": item.get("number"),
            "parent_position": parent_position,
            "parent_number": parent_number,
            "kind": item.get("kind"),
            "by": item.get("by"),
            "text": item.get("text"),
        }
        children = item.get("items") or []
        stack += [(child, level + 1, position, item.get("number")) for child in reversed(children)]
