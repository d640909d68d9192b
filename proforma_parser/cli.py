"""The command line: a thin layer over the library.

    proforma-parser parse INPUT...     records as JSON on stdout (--jsonl: one per line);
                                       an INPUT is a file, a folder, a glob or - (stdin)
    proforma-parser schema             the record's JSON Schema
    proforma-parser backfill SOURCE... --ledger L.sqlite     parse an archive into a ledger
    proforma-parser export L.sqlite --format F --out PATH    the ledger's records out
    proforma-parser serve [--port 8000] [--workers N]        the HTTP service (`server` extra)

Exit codes: 0 every file parsed; 1 at least one file failed (each failure is reported on
stderr with its file name and error type); 2 the command line was wrong. `backfill` exits 0
when the run finished (failed documents are rows in the ledger, not errors of the run), 2
when a source finds nothing or the ledger cannot be used or is in use by another backfill
(`export`: 2 when the ledger cannot be read or --out written), 1 when it could not run
otherwise, 130 when interrupted (run it again to resume).
"""

from __future__ import annotations

import glob
import json
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from types import FrameType
from typing import Any, TypeVar, cast

import click

from . import __version__
from .api import parse
from .defects import Strict, strict_rule
from .errors import ExportError, LedgerError, PathError, ProformaError
from .limits import BACKFILL_TIMEOUT
from .model import DecisionRecord
from .readers import is_url, printable_name
from .readers.pdf.engines import DEFAULT_PDF_ENGINE, PDF_ENGINES, PdfEngine

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="proforma-parser")
def cli() -> None:
    """Turn councils' records of executive decisions into validated, typed data."""


@cli.command("parse")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--jsonl", is_flag=True, help="One record per line instead of indented JSON.")
@click.option("--strict", is_flag=True, help="Treat any defect as an error.")
@click.option(
    "--strict-codes",
    "strict_codes",
    multiple=True,
    metavar="CODE[,CODE...]",
    help="Treat only these defects as errors, e.g. missing_section,unparsed_date; a code may "
    "name its field (missing_section:call_in). May be repeated.",
)
@click.option("--password", help="The password of encrypted PDFs.")
@click.option(
    "--pdf-engine",
    type=click.Choice(PDF_ENGINES),
    default=DEFAULT_PDF_ENGINE,
    show_default=True,
    help="What reads PDF pages: pdfium, or pdfplumber (the reference; about seven times "
    "slower to parse).",
)
@click.option("--no-text", is_flag=True, help="Leave out the full normalised text.")
def parse_command(
    inputs: Sequence[str],
    jsonl: bool,
    strict: bool,
    strict_codes: Sequence[str],
    password: str | None,
    pdf_engine: PdfEngine,
    no_text: bool,
) -> None:
    """Parse each INPUT and print its record as JSON.

    \b
    An INPUT is
      - a file: plain text, PDF, Word (.docx, .docm; .doc, .rtf and .odt
        through LibreOffice) or an HTML web page; the format is read from the
        content, not the extension;
      - a folder: every file under it, walked as `backfill` walks (symbolic
        links to folders are not followed);
      - a glob pattern, quoted so that the shell leaves it: 'archive/**/*.pdf'
        (** matches any depth; folders it matches are skipped); a pattern that
        matches nothing is a usage error;
      - - (a dash): the bytes of standard input.
    URLs are not fetched: download the file first.

    One file gives its record as one JSON object; several inputs, a folder or a
    glob give a JSON array; --jsonl gives one record per line as each is parsed.
    """
    rule = _strictness(strict, strict_codes)
    expanded = [_expand(given) for given in inputs]
    several = len(inputs) > 1 or any(not single for _, single in expanded)
    records: list[dict[str, object]] = []
    failed = 0
    for found in (item for items, _ in expanded for item in items):
        try:
            record = _parse_input(found, strict=rule, password=password, pdf_engine=pdf_engine)
        except ProformaError as exc:
            failed += 1
            click.echo(f"error: {type(exc).__name__}: {exc}", err=True)
            continue
        if jsonl:
            click.echo(json.dumps(_as_json(record, no_text=no_text), ensure_ascii=False))
        else:
            records.append(_as_json(record, no_text=no_text))
    if not jsonl and records:
        payload: object = records if several else records[0]
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    if failed:
        raise SystemExit(EXIT_FAILED)


STDIN = "-"
_GLOB_MAGIC = frozenset("*?[")


@dataclass(frozen=True, slots=True)
class _Found:
    """One file to parse, as the user would name it, or why it will not be opened."""

    path: str
    problem: str | None = None


def _expand(given: str) -> tuple[Iterable[_Found], bool]:
    """The files an INPUT names, and whether it names exactly one (a file, `-` or a URL).

    A glob is expanded at once, so a pattern that matches nothing stops the run before any
    output; a folder is walked lazily, as its files are parsed.
    """
    if given == STDIN or (os.path.lexists(given) and not os.path.isdir(given)):
        return [_Found(given)], True
    if os.path.isdir(given):
        return _walk_folder(given), False
    if _GLOB_MAGIC & set(given) and not is_url(given):
        matches = sorted(glob.glob(given, recursive=True))
        files = [_Found(match) for match in matches if not os.path.isdir(match)]
        if not files:
            raise click.BadParameter(f"the pattern {given!r} matches no file", param_hint="INPUT")
        return files, False
    return [_Found(given)], True  # missing, or a URL: parse() says which


def _walk_folder(folder: str) -> Iterator[_Found]:
    """The files under `folder` as the batch walker finds them, named from `folder` as the
    user wrote it (the walker's paths are absolute)."""
    from .batch.walk import walk

    root = os.path.abspath(folder)
    for entry in walk([folder]):
        relative = os.path.relpath(entry.path, root)
        named = folder if relative == os.curdir else os.path.join(folder, relative)
        yield _Found(named, entry.problem)


def _parse_input(
    found: _Found, *, strict: Strict, password: str | None, pdf_engine: PdfEngine
) -> DecisionRecord:
    if found.problem is not None:
        raise PathError(found.problem, path=printable_name(found.path))
    source = sys.stdin.buffer if found.path == STDIN else found.path
    return parse(source, strict=strict, password=password, pdf_engine=pdf_engine)


def _strictness(strict: bool, strict_codes: Sequence[str]) -> Strict:
    """`--strict` (every defect) or the codes of `--strict-codes`, checked before any file
    is read, so a misspelt code is a usage error rather than a silently lenient run."""
    codes = {code.strip() for value in strict_codes for code in value.split(",") if code.strip()}
    try:
        strict_rule(codes)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--strict-codes") from None
    return True if strict else codes


@cli.command("schema")
def schema_command() -> None:
    """Print the JSON Schema (Draft 2020-12) of a DecisionRecord."""
    click.echo(json.dumps(record_schema(), indent=2, ensure_ascii=False))


# The worker pool's limits, the same for the backfill and the service.
_F = TypeVar("_F", bound=Callable[..., Any])
_MAX_MEMORY_OPTION = click.option(
    "--max-memory",
    default="2GiB",
    show_default=True,
    help="Memory cap per worker, e.g. 512MiB; 0 for none.",
)


def _timeout_option(help_text: str, default: float = 60.0) -> Callable[[_F], _F]:
    return click.option(
        "--timeout",
        type=click.FloatRange(min=0, min_open=True),
        default=default,
        show_default=True,
        help=help_text,
    )


@cli.command("backfill")
@click.argument("sources", nargs=-1, required=True)
@click.option("--ledger", required=True, type=click.Path(dir_okay=False), help="SQLite ledger.")
@click.option("--workers", type=click.IntRange(min=1), help="Worker processes [default: CPUs].")
@_timeout_option("Wall-clock seconds per document (room for OCR of scans).", BACKFILL_TIMEOUT)
@_MAX_MEMORY_OPTION
@click.option(
    "--recycle-after",
    type=click.IntRange(min=1),
    default=500,
    show_default=True,
    help="Replace each worker after this many documents.",
)
@click.option("--force", is_flag=True, help="Parse again what the ledger already has.")
@click.option("--quiet", is_flag=True, help="No progress and no summary.")
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Worker processes here, or tasks on a Dask cluster.",
)
@click.option("--scheduler", help="Dask scheduler address, or 'local' to start a LocalCluster.")
@click.option(
    "--pdf-engine",
    type=click.Choice(PDF_ENGINES),
    default=DEFAULT_PDF_ENGINE,
    show_default=True,
    help="What reads PDF pages in the workers: pdfium, or pdfplumber (the reference; about "
    "seven times slower). Files already in the ledger are skipped: --force to re-parse.",
)
def backfill_command(
    sources: Sequence[str],
    ledger: str,
    workers: int | None,
    timeout: float,
    max_memory: str,
    recycle_after: int,
    force: bool,
    quiet: bool,
    engine: str,
    scheduler: str | None,
    pdf_engine: PdfEngine,
) -> None:
    """Parse every file under each SOURCE (folder, file or glob) into the ledger.

    Re-running resumes: files already in the ledger with the same content and parser
    version are skipped. Symlinked folders are not followed; what is not a regular file is
    recorded as a PathError without being opened. The ledger itself, and its -wal, -shm
    and -journal files, are never parsed. Exit code 2 when a SOURCE finds nothing, the
    ledger cannot be used, or another backfill is running on it.
    """
    from .batch.backfill import Options, backfill, parse_size
    from .batch.progress import format_summary, make_progress

    try:
        memory = parse_size(max_memory)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--max-memory") from None
    if engine == "dask" and not scheduler:
        raise click.UsageError("--engine dask needs --scheduler ADDRESS (or 'local')")
    options = Options(
        sources=tuple(sources),
        ledger=ledger,
        timeout=timeout,
        max_memory=memory,
        recycle_after=recycle_after,
        force=force,
        engine="dask" if engine == "dask" else "local",
        scheduler=scheduler,
        pdf_engine=pdf_engine,
        **({"workers": workers} if workers else {}),
    )
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        summary = backfill(options, make_progress(quiet=quiet), warn=_warn)
    except KeyboardInterrupt:
        click.echo("interrupted: what finished is in the ledger; run again to resume", err=True)
        raise SystemExit(EXIT_INTERRUPTED) from None
    except (PathError, LedgerError) as exc:  # the operator's to fix: the command was wrong
        click.echo(f"error: {type(exc).__name__}: {exc}", err=True)
        raise SystemExit(EXIT_USAGE) from None
    except (ProformaError, ImportError, OSError) as exc:
        click.echo(f"error: {type(exc).__name__}: {exc}", err=True)
        raise SystemExit(EXIT_FAILED) from None
    finally:
        signal.signal(signal.SIGTERM, previous)
    if not quiet:
        click.echo(format_summary(summary, ledger))


def _warn(message: str) -> None:
    """What an operator must see even with --quiet (a lock taken over from a dead run)."""
    click.echo(f"warning: {message}", err=True)


def _interrupt(signum: int, frame: FrameType | None) -> None:
    """SIGTERM ends a backfill like Ctrl-C: results so far are committed, workers stopped."""
    raise KeyboardInterrupt


@cli.command("export")
@click.argument("ledger", type=click.Path(dir_okay=False))
@click.option(
    "--format",
    "format_",
    required=True,
    type=click.Choice(["jsonl", "csv", "parquet", "sqlite"]),
    help="Output format.",
)
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="Output file.")
@click.option(
    "--status",
    type=click.Choice(["parsed", "ok", "defects", "failed"]),
    default="parsed",
    show_default=True,
    help="Which documents: parsed records (ok and defects), or the failures.",
)
@click.option("--resolutions", is_flag=True, help="One row per resolution (long format).")
def export_command(ledger: str, format_: str, out: str, status: str, resolutions: bool) -> None:
    """Export the records in LEDGER (or its failures, or its resolutions) to --out.

    Every row carries the ledger's whole `path` and `status`. The ledger is only read (a
    read-only copy will do). Exit code 2 when the ledger cannot be read or --out written.
    """
    from .batch.export import Format, Selection, export_ledger

    if resolutions and status == "failed":
        raise click.UsageError("--resolutions exports parsed records; failures have none")
    try:
        count = export_ledger(
            ledger,
            out,
            format=cast(Format, format_),
            status=cast(Selection, status),
            resolutions=resolutions,
        )
    except (LedgerError, ExportError) as exc:
        click.echo(f"error: {type(exc).__name__}: {exc}", err=True)
        raise SystemExit(EXIT_USAGE) from None
    except (ImportError, OSError) as exc:
        click.echo(f"error: {type(exc).__name__}: {exc}", err=True)
        raise SystemExit(EXIT_FAILED) from None
    click.echo(f"exported {count:,} rows to {out}", err=True)


@cli.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--workers", type=click.IntRange(min=1), help="Worker processes [default: CPUs].")
@click.option(
    "--queue",
    type=click.IntRange(min=0),
    default=64,
    show_default=True,
    help="Documents that may wait for a worker; past that, 503 with Retry-After.",
)
@_timeout_option("Wall-clock seconds per document before its worker is killed (504).")
@_MAX_MEMORY_OPTION
@click.option(
    "--max-body",
    default="100MiB",
    show_default=True,
    help="Largest request body; a longer one is refused while it is read (413).",
)
@click.option(
    "--log-level",
    type=click.Choice(["critical", "error", "warning", "info", "debug"]),
    default="info",
    show_default=True,
)
def serve_command(
    host: str,
    port: int,
    workers: int | None,
    queue: int,
    timeout: float,
    max_memory: str,
    max_body: str,
    log_level: str,
) -> None:
    """Serve the parser over HTTP: POST a document to /parse, get its record as JSON.

    Each document is parsed in an isolated worker process under --timeout and
    --max-memory. Interactive docs at /docs; SIGTERM finishes what is in flight.
    """
    from .batch.backfill import parse_size

    sizes = {}
    for hint, given in (("--max-memory", max_memory), ("--max-body", max_body)):
        try:
            sizes[hint] = parse_size(given)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint=hint) from None
    if not sizes["--max-body"]:
        raise click.BadParameter("the service needs a body limit", param_hint="--max-body")
    try:
        from .server import Settings
        from .server.main import serve
    except ImportError as exc:  # pragma: no cover - only without the extra
        click.echo(f"error: {exc}; install proforma-parser[server]", err=True)
        raise SystemExit(EXIT_FAILED) from None
    settings = Settings(
        host=host,
        port=port,
        queue=queue,
        timeout=timeout,
        max_memory=sizes["--max-memory"],
        max_body=sizes["--max-body"],
        log_level=log_level,
        **({"workers": workers} if workers else {}),
    )
    try:
        serve(settings)
    except ImportError as exc:
        click.echo(f"error: {exc}; install proforma-parser[server]", err=True)
        raise SystemExit(EXIT_FAILED) from None


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
