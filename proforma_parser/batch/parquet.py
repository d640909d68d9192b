"""Parquet output (pyarrow, the `parquet` extra), with a nested schema taken from the model.

Records keep their shape: `call_in` and `source` are structs, `resolutions`, `sections` and
`defects` are lists of structs, `evidence` is a map from field name to a struct, dates are `date32`, `call_in.deadline` is a timestamp with
time zone (Europe/London, stored as UTC as Parquet does). Parquet has no recursive types, so
resolutions nest `RESOLUTION_DEPTH` levels deep (1 / (a) / (i) / A); items below that, which
no record seen so far has, are kept as JSON text in `items_json` of the deepest level.
Rows are written in batches, so memory does not grow with the ledger.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, get_args, get_origin

from pydantic import BaseModel

from ..model import DecisionRecord
from .columns import Column, Kind, Row, model_of, scalar_kind, unwrap_optional

RESOLUTION_DEPTH = 4
"""How many times a model may nest inside itself before its items are kept as JSON text."""
_BATCH = 512
_TIME_ZONE = "Europe/London"


def load_pyarrow() -> Any:
    """pyarrow, or an ImportError that says how to install it."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as exc:
        raise ImportError(
            "Parquet export needs pyarrow: pip install 'proforma-parser[parquet]'"
        ) from exc
    return pyarrow


def record_schema(pa: Any) -> Any:
    """The Arrow schema of a ledger record: path and status, then the record's fields."""
    fields = [pa.field("path", pa.string(), nullable=False), pa.field("status", pa.string())]
    return pa.schema(fields + _model_fields(pa, DecisionRecord, ()))


def flat_schema(pa: Any, columns: Iterable[Column]) -> Any:
    return pa.schema([pa.field(name, _scalar_type(pa, kind)) for name, kind in columns])


def _model_fields(pa: Any, model: type[BaseModel], ancestry: tuple[type, ...]) -> list[Any]:
    fields = []
    for name, info in model.model_fields.items():
        annotation = unwrap_optional(info.annotation)
        if get_origin(annotation) is list and _too_deep(get_args(annotation)[0], ancestry):
            fields.append(pa.field(f"{name}_json", pa.string()))
        else:
            fields.append(pa.field(name, _arrow_type(pa, annotation, (*ancestry, model))))
    return fields


def _too_deep(item: Any, ancestry: tuple[type, ...]) -> bool:
    return ancestry.count(item) >= RESOLUTION_DEPTH - 1


def _arrow_type(pa: Any, annotation: Any, ancestry: tuple[type, ...]) -> Any:
    annotation = unwrap_optional(annotation)
    if get_origin(annotation) is list:
        return pa.list_(_arrow_type(pa, get_args(annotation)[0], ancestry))
    if get_origin(annotation) is dict:  # `evidence`: field name -> span
        key, value = get_args(annotation)
        return pa.map_(_arrow_type(pa, key, ancestry), _arrow_type(pa, value, ancestry))
    nested = model_of(annotation)
    if nested is not None:
        return pa.struct(_model_fields(pa, nested, ancestry))
    return _scalar_type(pa, scalar_kind(annotation))


def _scalar_type(pa: Any, kind: Kind) -> Any:
    types = {
        "string": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
        "timestamp": pa.timestamp("us", tz=_TIME_ZONE),
    }
    return types[kind]


def to_arrow_values(value: Any, arrow_type: Any, pa: Any) -> Any:
    """A JSON value (ISO dates as text) as the Python value pyarrow takes for `arrow_type`."""
    if value is None:
        return None
    if pa.types.is_struct(arrow_type):
        return _struct_value(value, arrow_type, pa)
    if pa.types.is_map(arrow_type):
        return [
            (key, to_arrow_values(item, arrow_type.item_type, pa)) for key, item in value.items()
        ]
    if pa.types.is_list(arrow_type):
        return [to_arrow_values(item, arrow_type.value_type, pa) for item in value]
    if pa.types.is_date32(arrow_type):
        return dt.date.fromisoformat(value)
    if pa.types.is_timestamp(arrow_type):
        return dt.datetime.fromisoformat(value)
    return value


def _struct_value(value: Row, arrow_type: Any, pa: Any) -> Row:
    row: Row = {}
    for index in range(arrow_type.num_fields):
        field = arrow_type.field(index)
        if field.name.endswith("_json") and field.name[:-5] in value:
            row[field.name] = json.dumps(value[field.name[:-5]], ensure_ascii=False)
        else:
            row[field.name] = to_arrow_values(value.get(field.name), field.type, pa)
    return row


def write_parquet(path: Path, rows: Iterable[Row], schema: Any, pa: Any) -> int:
    """Write rows (JSON-shaped dicts) to `path` in batches; the number of rows."""
    import pyarrow.parquet as pq

    struct = pa.struct(list(schema))
    written = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        batch: list[Row] = []
        for row in rows:
            batch.append(_struct_value(row, struct, pa))
            if len(batch) >= _BATCH:
                written += _write(writer, batch, schema, pa)
        written += _write(writer, batch, schema, pa)
    return written


def _write(writer: Any, batch: list[Row], schema: Any, pa: Any) -> int:
    count = len(batch)
    if count:
        writer.write_table(pa.Table.from_pylist(batch, schema=schema))
        batch.clear()
    return count
