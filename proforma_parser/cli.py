"""The command line: a thin layer over the library.

    proforma-parser parse FILE...      records as JSON on stdout (--jsonl: one per line)
    proforma-parser schema             the record's JSON Schema

Exit codes: 0 every file parsed; 1 at least one file failed (each failure is reported on
stderr with its file name and error type); 2 the command line was wrong.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence

import click

from . import __version__
from .api import parse
from .errors import ProformaError
from .model import DecisionRecord

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="proforma-parser")
def cli() -> None:
    """Turn councils' records of executive decisions into validated, typed data."""


@cli.command("parse")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True))
@click.option("--jsonl", is_flag=True, help="One record per line instead of indented JSON.")
@click.option("--strict", is_flag=True, help="Treat any defect as an error.")
@click.option("--no-text", is_flag=True, help="Leave out the full normalised text.")
def parse_command(files: Sequence[str], jsonl: bool, strict: bool, no_text: bool) -> None:
    """Parse each FILE (text, PDF, Word) and print its record as JSON."""
    records: list[dict[str, object]] = []
    failed = 0
    for path in files:
        try:
            record = parse(path, strict=strict)
        except ProformaError as exc:
            failed += 1
            click.echo(f"error: {type(exc).__name__}: {exc}", err=True)
            continue
        records.append(_as_json(record, no_text=no_text))
        if jsonl:
            click.echo(json.dumps(records[-1], ensure_ascii=False))
    if not jsonl and records:
        payload: object = records[0] if len(files) == 1 else records
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    if failed:
        raise SystemExit(EXIT_FAILED)


@cli.command("schema")
def schema_command() -> None:
    """Print the JSON Schema (Draft 2020-12) of a DecisionRecord."""
    click.echo(json.dumps(record_schema(), indent=2, ensure_ascii=False))


def record_schema() -> dict[str, object]:
    """The published JSON Schema of the record, with its dialect and identity stated."""
    schema: dict[str, object] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:proforma-parser:decision-record:1",
    }
    schema.update(DecisionRecord.model_json_schema(mode="serialization"))
    return schema


def _as_json(record: DecisionRecord, *, no_text: bool) -> dict[str, object]:
    data: dict[str, object] = record.model_dump(mode="json", exclude={"text"} if no_text else None)
    return data


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with `argv`; return the exit code (tests call this directly)."""
    try:
        cli.main(args=list(argv) if argv is not None else None, standalone_mode=False)
    except click.UsageError as exc:
        exc.show()
        return EXIT_USAGE
    except click.exceptions.Abort:
        return EXIT_FAILED
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_FAILED
    return EXIT_OK


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
