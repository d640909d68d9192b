"""`proforma-parser serve` against a real server: uvicorn on a loopback port, talked to with
httpx (and a raw socket where the point is what the server does before the body ends).

Two servers, each started by the command line in a subprocess: `main` (2 workers, a 5 s
timeout, a 1 MiB body cap, the workers' test hook set to hang on "fault-hang*" uploads)
for records, errors, hostile files and load; `small` (1 worker, a queue of 1, every
document slowed by 1.5 s) for 503 and for SIGTERM, which ends it. Waits poll with deadlines.
"""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from proforma_parser import __version__, parse, parse_all
from proforma_parser.batch.child import TEST_FAULT_ENV
from proforma_parser.cli import record_schema
from proforma_parser.errors import ProformaError
from tests.conftest import SAMPLES
from tests.hostile import HOSTILE, text_two_records

CLI = str(Path(sys.executable).with_name("proforma-parser"))
MAX_BODY = 1024 * 1024
TIMEOUT = 5.0
STOPPED = -signal.SIGTERM
"""uvicorn finishes its graceful shutdown, then dies of the SIGTERM it caught, as is usual."""
SEED = SAMPLES / "stockton_send_2022_seed.txt"
FORMATS = {
    "text": SEED,
    "pdf": SAMPLES / "pdf" / "fernbrook_allotments.flow.pdf",
    "word": SAMPLES / "docx" / "fernbrook_allotments.table.docx",
    "html": SAMPLES / "html" / "moderngov_decision_details.html",
}
NOT_A_RECORD = b"Minutes of the allotment society's summer social.\nTea was served at four.\n"
HOSTILE_NAMES = (
    "d03_zip_bomb_document_xml.docx",
    "d05_billion_laughs_entities.docx",
    "p19_flate_bomb.pdf",
    "p16_recursive_form_xobject.pdf",
)


def junk() -> bytes:
    return random.Random(14).randbytes(4096)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait_until(check: Callable[[], bool], within: float, what: str) -> None:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.02)
    raise AssertionError(f"not within {within:g} s: {what}")


class Server:
    """`proforma-parser serve` on a free loopback port, up once /health answers."""

    def __init__(self, *options: str, fault: str = "") -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 - closed in stop()
        env = dict(os.environ)
        env.pop(TEST_FAULT_ENV, None)
        if fault:
            env[TEST_FAULT_ENV] = fault
        command = [CLI, "serve", "--host", "127.0.0.1", "--port", str(self.port)]
        self.process = subprocess.Popen(
            [*command, "--log-level", "warning", *options],
            stdout=self.log,
            stderr=subprocess.STDOUT,
            env=env,
        )
        wait_until(self._up, 60, f"the server answers /health\n{self.output()}")

    def _up(self) -> bool:
        if self.process.poll() is not None:
            raise AssertionError(f"the server exited: {self.output()}")
        try:
            return httpx.get(f"{self.url}/health", timeout=2).status_code == 200
        except httpx.TransportError:
            return False

    def health(self) -> dict[str, Any]:
        answer: dict[str, Any] = httpx.get(f"{self.url}/health", timeout=10).json()
        return answer

    def post(self, path: str = "/parse", **kwargs: Any) -> httpx.Response:
        with httpx.Client(base_url=self.url, timeout=60) as client:
            return client.post(path, **kwargs)

    def output(self) -> str:
        self.log.seek(0)
        return self.log.read().decode("utf-8", "replace")

    def stop(self) -> tuple[int, str]:
        """SIGTERM, then (the exit code, what it logged); once."""
        if self.log.closed:
            return self.process.returncode, ""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        output = self.output()
        self.log.close()
        return self.process.returncode, output


@pytest.fixture(scope="module")
def main() -> Iterator[Server]:
    server = Server(
        "--workers", "2", "--queue", "32", "--timeout", str(TIMEOUT), "--max-body", "1MiB",
        fault="hang",
    )  # fmt: skip
    yield server
    code, output = server.stop()
    assert code == STOPPED, output
    assert "Traceback" not in output


@pytest.fixture(scope="module")
def small() -> Iterator[Server]:
    server = Server("--workers", "1", "--queue", "1", "--timeout", "30", fault="slow=1.5")
    yield server
    server.stop()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("hostile")
    for name in HOSTILE_NAMES:
        HOSTILE[name](folder / name)
    return {name: (folder / name).read_bytes() for name in HOSTILE_NAMES}


def expected(data: bytes, name: str | None, *, every: bool = False) -> tuple[int, Any]:
    """What the library gives in this process: (200, the record's JSON) or (status, type)."""
    try:
        if every:
            return 200, [r.model_dump(mode="json") for r in parse_all(data, name=name)]
        return 200, parse(data, name=name).model_dump(mode="json")
    except ProformaError as exc:
        statuses = {"UnsupportedFormat": 415, "EmptySource": 400}
        return statuses.get(type(exc).__name__, 422), type(exc).__name__


def check_answer(response: httpx.Response, want: tuple[int, Any]) -> None:
    status, body = want
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    if status == 200:
        assert response.json() == body
    else:
        assert_error(response, status, body)


def assert_error(response: httpx.Response, status: int, error: str) -> dict[str, str]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    answer: dict[str, str] = response.json()
    assert set(answer) == {"error", "message"}
    assert answer["error"] == error
    assert answer["message"] and "Traceback" not in answer["message"]
    return answer


# -- records ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(FORMATS))
def test_records_equal_parse_raw_and_multipart(main: Server, kind: str) -> None:
    path = FORMATS[kind]
    data = path.read_bytes()
    want = parse(data, name=path.name).model_dump(mode="json")
    raw = main.post(content=data, params={"name": path.name})
    form = main.post(files={"file": (f"C:\\uploads\\{path.name}", data)})
    for response in (raw, form):
        assert response.status_code == 200, response.text
        assert response.json() == want
        assert response.json()["source"]["name"] == path.name


def test_without_a_name_the_record_has_none(main: Server) -> None:
    response = main.post(content=SEED.read_bytes())
    assert response.json() == parse(SEED.read_bytes()).model_dump(mode="json")
    assert response.json()["source"]["name"] is None


def test_options_text_strict_and_pdf_engine(main: Server) -> None:
    pdf = FORMATS["pdf"]
    record = parse(pdf.read_bytes(), name=pdf.name)
    no_text = main.post(content=pdf.read_bytes(), params={"name": pdf.name, "text": "false"})
    assert no_text.json() == record.model_dump(mode="json", exclude={"text"})
    # pdfplumber reads the sample's Symbol-font bullets as unmapped glyphs (an `encoding`
    # defect, which pdfium does not have): the defect that the strict options refuse
    plumbed = parse(pdf.read_bytes(), name=pdf.name, pdf_engine="pdfplumber")
    assert plumbed.defects, "pdfplumber is expected to give the PDF sample a defect"
    reference = {"name": pdf.name, "pdf_engine": "pdfplumber"}
    by_plumber = main.post(content=pdf.read_bytes(), params=reference)
    assert by_plumber.json() == plumbed.model_dump(mode="json")
    strict = main.post(
        content=pdf.read_bytes(), params={"strict": "true", "pdf_engine": "pdfplumber"}
    )
    assert assert_error(strict, 422, "DefectError")["message"].startswith("<text>: ")
    code = plumbed.defects[0].code
    by_code = main.post(
        content=pdf.read_bytes(), params={"strict": code, "pdf_engine": "pdfplumber"}
    )
    assert_error(by_code, 422, "DefectError")


def test_parse_all_gives_every_record(main: Server) -> None:
    data = text_two_records()
    status, want = expected(data, "two.txt", every=True)
    assert status == 200 and len(want) == 2
    response = main.post("/parse_all", files={"file": ("two.txt", data)})
    assert response.status_code == 200
    assert response.json() == want
    one = main.post("/parse_all", content=SEED.read_bytes(), params={"text": "false"})
    assert one.json() == [parse(SEED.read_bytes()).model_dump(mode="json", exclude={"text"})]


def test_schema_version_health_docs(main: Server) -> None:
    assert httpx.get(f"{main.url}/schema").json() == record_schema()
    assert httpx.get(f"{main.url}/version").json()["version"] == __version__
    health = main.health()
    assert (health["status"], health["workers"]) == ("ok", 2)
    openapi = httpx.get(f"{main.url}/openapi.json").json()
    assert {"/parse", "/parse_all", "/schema", "/health", "/version", "/metrics"} <= set(
        openapi["paths"]
    )
    body = openapi["paths"]["/parse"]["post"]["requestBody"]["content"]
    assert set(body) == {"application/octet-stream", "multipart/form-data"}
    docs = httpx.get(f"{main.url}/docs")
    assert docs.status_code == 200 and "swagger" in docs.text.lower()


# -- errors -------------------------------------------------------------------------------


def test_bad_requests_are_400(main: Server) -> None:
    assert_error(main.post(content=b""), 400, "EmptySource")
    assert_error(main.post(files={"other": ("x.txt", b"abc")}), 400, "BadRequest")
    assert_error(main.post(files={"file": ("x.txt", b"")}), 400, "EmptySource")
    bad_strict = main.post(content=b"x", params={"strict": "no_such_code"})
    assert "no_such_code" in assert_error(bad_strict, 400, "BadRequest")["message"]
    bad_engine = main.post(content=b"x", params={"pdf_engine": "tesseract"})
    assert "pdf_engine" in assert_error(bad_engine, 400, "BadRequest")["message"]
    broken = main.post(
        content=b"--xyz\r\nnot a part", headers={"content-type": "multipart/form-data"}
    )
    assert_error(broken, 400, "BadRequest")


def test_unknown_paths_and_methods_are_json(main: Server) -> None:
    assert_error(httpx.get(f"{main.url}/nowhere"), 404, "NotFound")
    assert_error(httpx.get(f"{main.url}/parse"), 405, "MethodNotAllowed")


def test_unsupported_and_not_a_record(main: Server) -> None:
    assert_error(main.post(content=junk()), 415, "UnsupportedFormat")
    answer = assert_error(
        main.post(content=NOT_A_RECORD, params={"name": "social.txt"}), 422, "NotADecisionRecord"
    )
    assert answer["message"].startswith("social.txt: ")


def _raw_exchange(port: int, head: bytes, body: bytes) -> bytes:
    """Send `head` and `body`, never the body's end, and read the answer until the server
    closes: a 413 here was given while the body was still being read."""
    with socket.create_connection(("127.0.0.1", port), timeout=20) as conn:
        conn.sendall(head + body)
        answer = b""
        while chunk := conn.recv(65536):
            answer += chunk
        return answer


def test_413_from_the_declared_length_before_the_body(main: Server) -> None:
    head = (
        b"POST /parse HTTP/1.1\r\nHost: x\r\nContent-Type: application/octet-stream\r\n"
        b"Content-Length: 10000000000\r\n\r\n"
    )
    answer = _raw_exchange(main.port, head, b"x" * 1000)
    status, _, body = answer.partition(b"\r\n\r\n")
    assert status.startswith(b"HTTP/1.1 413 ")
    assert b"connection: close" in status.lower()
    assert json.loads(body)["error"] == "LimitExceeded"


def test_413_while_reading_a_chunked_body(main: Server) -> None:
    head = b"POST /parse HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
    chunk = b"a" * 65536
    chunks = b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(MAX_BODY // 65536 + 1))
    answer = _raw_exchange(main.port, head, chunks)  # no last chunk: the body never ends
    status, _, body = answer.partition(b"\r\n\r\n")
    assert status.startswith(b"HTTP/1.1 413 ")
    assert b"connection: close" in status.lower()
    assert json.loads(body)["error"] == "LimitExceeded"


def test_413_reaches_a_client_still_sending_a_long_body(main: Server) -> None:
    """16 MiB against a 1 MiB limit, far more than the sockets' buffers hold: the server reads
    and drops the rest, so its 413 is not lost to a reset when it closes."""
    head = (
        b"POST /parse HTTP/1.1\r\nHost: x\r\nContent-Type: application/octet-stream\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n"
    )
    chunk = b"%x\r\n%s\r\n" % (65536, b"a" * 65536)
    with socket.create_connection(("127.0.0.1", main.port), timeout=20) as conn:
        conn.sendall(head)
        for _ in range(16 * 16):
            conn.sendall(chunk)
        conn.sendall(b"0\r\n\r\n")
        answer = b""
        while part := conn.recv(65536):
            answer += part
    status, _, body = answer.partition(b"\r\n\r\n")
    assert status.startswith(b"HTTP/1.1 413 ")
    assert json.loads(body)["error"] == "LimitExceeded"


def test_413_to_a_client_waiting_for_100_continue(main: Server) -> None:
    head = (
        b"POST /parse HTTP/1.1\r\nHost: x\r\nContent-Length: 5000000\r\n"
        b"Expect: 100-continue\r\n\r\n"
    )
    answer = _raw_exchange(main.port, head, b"")
    status, _, body = answer.partition(b"\r\n\r\n")
    assert status.startswith(b"HTTP/1.1 413 ")
    assert b"100 continue" not in status.lower()
    assert json.loads(body)["error"] == "LimitExceeded"


def test_413_with_httpx_and_the_server_goes_on(main: Server) -> None:
    response = main.post(content=b"a" * (MAX_BODY + 1))
    assert_error(response, 413, "LimitExceeded")
    assert main.post(content=SEED.read_bytes()).status_code == 200


def test_hang_is_504_while_other_requests_are_answered(
    main: Server, hostile: dict[str, bytes]
) -> None:
    with ThreadPoolExecutor(4) as pool:
        hang = pool.submit(main.post, content=SEED.read_bytes(), params={"name": "fault-hang.txt"})
        wait_until(lambda: main.health()["busy"] >= 1, 30, "the hang reaches a worker")
        started = time.monotonic()
        uploads = [(path.name, path.read_bytes()) for path in FORMATS.values()] * 2
        uploads += list(hostile.items())
        answers = list(
            pool.map(lambda up: main.post(content=up[1], params={"name": up[0]}), uploads)
        )
        answered_in = time.monotonic() - started
        hung = hang.result(timeout=60)
    for (name, data), response in zip(uploads, answers, strict=True):
        check_answer(response, expected(data, name))
    answer = assert_error(hung, 504, "Timeout")
    assert answer["message"].startswith("fault-hang.txt: still parsing after 5 s")
    assert answered_in < TIMEOUT * 3  # the others did not wait for the hang's worker
    assert main.post(content=SEED.read_bytes()).status_code == 200  # a new worker took over


def test_hostile_files_get_the_library_answer(main: Server, hostile: dict[str, bytes]) -> None:
    for name, data in hostile.items():
        want = expected(data, name)
        assert want[0] == 422, (name, want)
        check_answer(main.post(files={"file": (name, data)}), want)
    assert main.health()["status"] == "ok"


def test_mixed_load_at_16_concurrent(main: Server, hostile: dict[str, bytes]) -> None:
    uploads = [(path.name, path.read_bytes()) for path in FORMATS.values()]
    uploads += [("junk.bin", junk()), ("social.txt", NOT_A_RECORD)]
    uploads += list(hostile.items())[:2]
    wants = [expected(data, name) for name, data in uploads]
    # the load: 200 mixed requests, 16 at a time, hostile uploads among them
    jobs = [index % len(uploads) for index in range(200)]
    with ThreadPoolExecutor(16) as pool:
        answers = list(
            pool.map(
                lambda i: main.post(
                    content=uploads[i][1], params={"name": uploads[i][0], "text": "true"}
                ),
                jobs,
            )
        )
    for index, response in zip(jobs, answers, strict=True):
        check_answer(response, wants[index])
    assert main.health()["busy"] == 0


def test_metrics(main: Server) -> None:
    def sample(name: str, **labels: str) -> float:
        text = httpx.get(f"{main.url}/metrics").text
        for family in text_string_to_metric_families(text):
            for metric in family.samples:
                if metric.name == name and all(
                    metric.labels.get(k) == v for k, v in labels.items()
                ):
                    return float(metric.value)
        return 0.0

    failed = {"endpoint": "parse", "status": "failed", "error_type": "UnsupportedFormat"}
    before = sample("proforma_documents_total", **failed)
    ok_before = sample("proforma_request_seconds_count", endpoint="parse")
    assert main.post(content=junk()).status_code == 415
    assert sample("proforma_documents_total", **failed) == before + 1
    assert sample("proforma_request_seconds_count", endpoint="parse") == ok_before + 1
    assert sample("proforma_documents_total", status="failed", error_type="Timeout") >= 1
    assert sample("proforma_workers") == 2
    assert sample("proforma_workers_busy") == 0


# -- the small server: a full queue, and SIGTERM -----------------------------------------


def test_503_when_every_worker_is_busy_and_the_queue_full(small: Server) -> None:
    data = SEED.read_bytes()
    want = parse(data, name=SEED.name).model_dump(mode="json")
    with ThreadPoolExecutor(2) as pool:
        first = pool.submit(small.post, content=data, params={"name": SEED.name})
        wait_until(lambda: small.health()["busy"] == 1, 30, "the first reaches the worker")
        second = pool.submit(small.post, content=data, params={"name": SEED.name})
        wait_until(lambda: small.health()["waiting"] == 1, 30, "the second waits")
        refused = small.post(content=data)
        assert_error(refused, 503, "ServerBusy")
        assert refused.headers["retry-after"] == "1"
        assert first.result(60).json() == want
        assert second.result(60).json() == want


def test_sigterm_finishes_what_is_in_flight(small: Server) -> None:
    data = FORMATS["word"].read_bytes()
    name = FORMATS["word"].name
    answer: list[httpx.Response] = []
    thread = threading.Thread(
        target=lambda: answer.append(small.post(content=data, params={"name": name}))
    )
    thread.start()
    wait_until(lambda: small.health()["busy"] == 1, 30, "the request reaches the worker")
    small.process.send_signal(signal.SIGTERM)

    def refused() -> bool:
        try:
            httpx.get(f"{small.url}/health", timeout=2)
        except httpx.ConnectError:
            return True
        return False

    wait_until(refused, 30, "the server stops taking connections")
    thread.join(60)
    assert answer and answer[0].status_code == 200
    assert answer[0].json() == parse(data, name=name).model_dump(mode="json")
    code, output = small.stop()
    assert code == STOPPED, output
    assert "Traceback" not in output
