"""The FastAPI application: `POST /parse`, `POST /parse_all`, `GET /schema`, `/health`,
`/version`, `/metrics`, and `/docs` with `/openapi.json` from FastAPI.

Every answer is JSON: a record (or a list of them) exactly as the library's `parse` dumps it,
or `{"error": <type>, "message": ...}` with a status that fits (`error_status`). Documents are
parsed by `Workers` (worker processes); the event loop reads the body, with its size capped
while it is read, and awaits the worker's answer.
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from pathlib import PurePosixPath, PureWindowsPath
from typing import Annotated, Any, Literal

import anyio
from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from pydantic import BaseModel
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect
from starlette.types import Message, Receive, Scope, Send

from .. import __version__
from ..batch.outcome import CRASHED, MEMORY_LIMIT, TIMEOUT
from ..defects import strict_rule
from ..errors import ProformaError
from ..model import DecisionRecord
from .settings import Settings
from .workers import Answer, Workers

StrictQuery = Annotated[
    str, Query(description="true, false, or defect codes (code or code:field) by commas")
]
TextQuery = Annotated[bool, Query(description="false leaves out the records' full text")]
PdfEngineQuery = Annotated[
    Literal["pdfplumber", "pdfium"], Query(description="what reads PDF pages")
]
NameQuery = Annotated[
    str | None, Query(description="source.name (else the upload's file name, else null)")
]

RETRY_AFTER_SECONDS = 1
_STATUS_BY_ERROR = {
    "BadRequest": 400,
    "EmptySource": 400,
    "PathError": 400,
    "UnsupportedFormat": 415,
    "LimitExceeded": 422,
    "CorruptSource": 422,
    "EncryptedSource": 422,
    "NoTextLayer": 422,
    "NotADecisionRecord": 422,
    "InvalidRecord": 422,
    "DefectError": 422,
    CRASHED: 422,
    MEMORY_LIMIT: 422,
    TIMEOUT: 504,
    "ServerBusy": 503,
    "WorkerStartError": 503,
}
_HTTP_NAMES = {
    400: "BadRequest",
    404: "NotFound",
    405: "MethodNotAllowed",
    413: "LimitExceeded",
    415: "UnsupportedFormat",
}


def error_status(error_type: str) -> int:
    """The HTTP status for an error type: the library's, the pool's or the service's own.
    Anything else is a bug in the library or an engine (the worker said so): 500."""
    return _STATUS_BY_ERROR.get(error_type, 500)


class ErrorBody(BaseModel):
    """Every error answer."""

    error: str
    """The library's exception type (`UnsupportedFormat`, `NotADecisionRecord`, ...), the
    worker pool's (`Timeout`, `Crashed`, `MemoryLimit`) or the service's (`BadRequest`,
    `LimitExceeded`, `ServerBusy`, `NotFound`, `MethodNotAllowed`, `InternalError`)."""
    message: str


class _Refused(Exception):
    def __init__(self, status: int, error: str, message: str, *, linger: bool = True) -> None:
        super().__init__(message)
        self.status, self.error, self.message = status, error, message
        self.linger = linger  # False while a client waits for "100 Continue" to send the body


LINGER_SECONDS = 5.0
"""The longest the rest of a refused body is read and dropped before the connection closes."""
LINGER_IDLE_SECONDS = 1.0
"""... or until the client has sent nothing for this long."""


class _LingeringRefusal(JSONResponse):
    """A 413 that is sent whole, then the rest of the refused body is read and dropped for a
    while before the connection closes (nginx's "lingering close").

    Closing a socket with unread bytes in it makes the kernel answer with a reset, and a
    client still sending its body then loses the 413 already sent to it ("Connection reset
    by peer" instead of `LimitExceeded`). uvicorn closes as soon as the answer ends, so the
    answer's end is held back until the body has been drained."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        start = {"type": "http.response.start", "status": self.status_code}
        await send({**start, "headers": self.raw_headers})
        await send({"type": "http.response.body", "body": self.body, "more_body": True})
        await _drain(receive)
        await send({"type": "http.response.body", "body": b"", "more_body": False})


async def _drain(receive: Receive) -> None:
    """Read and drop the request's body until it ends, the client goes, it pauses for
    LINGER_IDLE_SECONDS, or LINGER_SECONDS have passed."""
    deadline = anyio.current_time() + LINGER_SECONDS
    while (left := deadline - anyio.current_time()) > 0:
        with anyio.move_on_after(min(left, LINGER_IDLE_SECONDS)) as idle:
            message = await receive()
        if idle.cancelled_caught or not message.get("more_body", False):
            return


def error_response(
    status: int, error: str, message: str, headers: Mapping[str, str] | None = None
) -> JSONResponse:
    return JSONResponse({"error": error, "message": message}, status, headers=headers)


def record_schema() -> dict[str, object]:
    """The record's JSON Schema, as `proforma-parser schema` prints it."""
    schema: dict[str, object] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:proforma-parser:decision-record:1",
    }
    schema.update(DecisionRecord.model_json_schema(mode="serialization"))
    return schema


class _Metrics:
    def __init__(self, workers: Workers) -> None:
        self.registry = CollectorRegistry()
        self.documents = Counter(
            "proforma_documents",
            "Documents answered, by endpoint, status (ok, defects, failed, refused) and error type.",
            ["endpoint", "status", "error_type"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "proforma_request_seconds",
            "Time from a parse request's arrival to its answer.",
            ["endpoint"],
            buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120),
            registry=self.registry,
        )
        size = Gauge("proforma_workers", "Worker processes.", registry=self.registry)
        size.set(workers.size)
        busy = Gauge("proforma_workers_busy", "Workers parsing now.", registry=self.registry)
        busy.set_function(lambda: workers.busy)
        waiting = Gauge(
            "proforma_documents_waiting",
            "Documents admitted but not yet with a worker (uploads being read included).",
            registry=self.registry,
        )
        waiting.set_function(lambda: workers.waiting)


_UPLOAD_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "description": "The document: the raw bytes as the body, or a multipart field `file`.",
        "content": {
            "application/octet-stream": {"schema": {"type": "string", "format": "binary"}},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {"file": {"type": "string", "format": "binary"}},
                    "required": ["file"],
                }
            },
        },
    }
}
_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": text}
    for code, text in {
        400: "empty or malformed request",
        413: "body over --max-body",
        415: "a format the library does not read",
        422: "unreadable document, or not a decision record",
        503: "every worker busy and the queue full (see Retry-After)",
        504: "the document ran past --timeout",
    }.items()
}


def create_app(settings: Settings) -> FastAPI:
    """The application; its workers start with it (lifespan) and stop after the last answer."""
    workers = Workers(
        settings.workers,
        queue_size=settings.queue,
        timeout=settings.timeout,
        max_memory=settings.max_memory,
    )
    metrics = _Metrics(workers)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        workers.start()
        try:
            yield
        finally:
            await anyio.to_thread.run_sync(workers.close)

    app = FastAPI(
        title="proforma-parser",
        version=__version__,
        description="English councils' records of executive decisions as typed JSON records.",
        lifespan=lifespan,
    )

    async def handle(endpoint: str, request: Request, options: dict[str, Any]) -> Response:
        start = time.perf_counter()
        try:
            response, status, error_type = await _parse(request, workers, settings, options)
        finally:
            metrics.latency.labels(endpoint).observe(time.perf_counter() - start)
        metrics.documents.labels(endpoint, status, error_type).inc()
        return response

    @app.post("/parse", responses=_ERRORS, openapi_extra=_UPLOAD_BODY)
    async def parse(
        request: Request,
        strict: StrictQuery = "false",
        text: TextQuery = True,
        pdf_engine: PdfEngineQuery = "pdfium",
        name: NameQuery = None,
    ) -> Response:
        """One decision record, as `proforma_parser.parse` gives it (the JSON of a
        DecisionRecord; see `GET /schema`)."""
        options = {"strict": _strict(strict), "text": text, "pdf_engine": pdf_engine}
        return await handle("parse", request, {**options, "name": name, "all": False})

    @app.post("/parse_all", responses=_ERRORS, openapi_extra=_UPLOAD_BODY)
    async def parse_all(
        request: Request,
        strict: StrictQuery = "false",
        text: TextQuery = True,
        pdf_engine: PdfEngineQuery = "pdfium",
        name: NameQuery = None,
    ) -> Response:
        """Every record in the input, as `proforma_parser.parse_all` gives them (a list)."""
        options = {"strict": _strict(strict), "text": text, "pdf_engine": pdf_engine}
        return await handle("parse_all", request, {**options, "name": name, "all": True})

    @app.get("/schema")
    async def schema() -> dict[str, object]:
        """The JSON Schema (Draft 2020-12) of a DecisionRecord."""
        return record_schema()

    @app.get("/health")
    async def health() -> dict[str, object]:
        """Up, with the workers' state."""
        return {
            "status": "ok",
            "workers": workers.size,
            "busy": workers.busy,
            "waiting": workers.waiting,
        }

    @app.get("/version")
    async def version() -> dict[str, str]:
        """The library's version (records carry it as `parser_version`)."""
        return {"version": __version__, "python": sys.version.split()[0]}

    @app.get("/metrics", response_class=Response)
    async def prometheus() -> Response:
        """Prometheus metrics: documents by status and error type, latency, workers busy."""
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    @app.exception_handler(_Refused)
    async def refused(request: Request, exc: _Refused) -> JSONResponse:
        return error_response(exc.status, exc.error, exc.message)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        error = _HTTP_NAMES.get(exc.status_code, "HTTPError")
        return error_response(exc.status_code, error, str(exc.detail), exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [
            f"{'.'.join(str(part) for part in error['loc'])}: {error['msg']}"
            for error in exc.errors()
        ]
        return error_response(400, "BadRequest", "; ".join(problems))

    @app.exception_handler(ProformaError)
    async def library_error(request: Request, exc: ProformaError) -> JSONResponse:
        error = type(exc).__name__  # WorkerStartError: a worker could not start (503)
        return error_response(error_status(error), error, str(exc))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        message = f"an unexpected {type(exc).__name__} in the service; it has been logged"
        return error_response(500, "InternalError", message)

    return app


def _strict(value: str) -> bool | list[str]:
    """The `strict` query value: a boolean, or defect codes checked as `parse` checks them."""
    lowered = value.strip().lower()
    if lowered in {"true", "1", "yes", "on"}:
        return True
    if lowered in {"false", "0", "no", "off", ""}:
        return False
    codes = sorted({code.strip() for code in value.split(",") if code.strip()})
    try:
        strict_rule(codes)
    except (TypeError, ValueError) as exc:
        raise _Refused(400, "BadRequest", f"strict: {exc}") from None
    return codes


async def _parse(
    request: Request, workers: Workers, settings: Settings, options: dict[str, Any]
) -> tuple[Response, str, str]:
    """(the answer, its status for the metrics, its error type or "")."""
    if not workers.reserve():
        message = "every worker is busy and the queue is full; try again shortly"
        headers = {"Retry-After": str(RETRY_AFTER_SECONDS)}
        return error_response(503, "ServerBusy", message, headers), "refused", "ServerBusy"
    submitted = False
    try:
        try:
            data, filename = await _read_upload(request, settings.max_body)
        except _Refused as exc:
            return _refusal(exc), "refused", exc.error
        if options["name"] is None:
            options["name"] = filename
        future = workers.submit(data, options)
        submitted = True
        answer: Answer = await asyncio.wrap_future(future)
    finally:
        if not submitted:
            workers.release()
    if answer.record_json is not None:
        return Response(answer.record_json, media_type="application/json"), answer.status, ""
    error = answer.error_type or "InternalError"
    response = error_response(error_status(error), error, answer.message or "")
    return response, "failed", error


def _refusal(refused: _Refused) -> Response:
    """The answer to a refused request; a refused body's rest is not read (only drained for
    a moment by `_LingeringRefusal`), so a 413 closes the connection."""
    if refused.status != 413:
        return error_response(refused.status, refused.error, refused.message)
    content = {"error": refused.error, "message": refused.message}
    closing = {"Connection": "close"}
    if refused.linger:
        return _LingeringRefusal(content, 413, headers=closing)
    return JSONResponse(content, 413, headers=closing)


async def _read_upload(request: Request, limit: int) -> tuple[bytes, str | None]:
    """The document's bytes and the upload's file name (None for a raw body)."""
    data = await _read_capped(request, limit)
    content_type = request.headers.get("content-type", "")
    if not content_type.lower().startswith("multipart/form-data"):
        if not data:
            raise _Refused(400, "EmptySource", "the request body is empty: send the document")
        return data, None

    sent = False

    async def replay() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": data, "more_body": False}

    async with Request(request.scope, replay).form(max_files=1, max_fields=20) as form:
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise _Refused(400, "BadRequest", "the multipart form has no file field 'file'")
        content = await upload.read()
        filename = _base_name(upload.filename)
    if not content:
        raise _Refused(400, "EmptySource", "the uploaded file is empty")
    return content, filename


async def _read_capped(request: Request, limit: int) -> bytes:
    """The body, refused (413) as soon as it is known to be over `limit`: from its
    Content-Length before reading, else while reading it."""
    declared = request.headers.get("content-length", "")
    too_large = f"the request body is over the limit of {limit:,} bytes (--max-body)"
    if declared.isdigit() and int(declared) > limit:
        # uvicorn sends "100 Continue" at the first read: after the 413 that is an error.
        waiting = "100-continue" in request.headers.get("expect", "").lower()
        raise _Refused(413, "LimitExceeded", too_large, linger=not waiting)
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise _Refused(413, "LimitExceeded", too_large)
            chunks.append(chunk)
    except ClientDisconnect:
        raise _Refused(400, "BadRequest", "the client went away before the body ended") from None
    return b"".join(chunks)


def _base_name(filename: str | None) -> str | None:
    """The upload's file name without any folder (a browser may send C:\\...\\x.pdf)."""
    if not filename:
        return None
    return PureWindowsPath(PurePosixPath(filename).name).name or None
