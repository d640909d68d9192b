"""Load benchmark of `proforma-parser serve` against in-process `parse`, on the same files.

    uv run python benchmarks/serve.py                 # 200 requests a level, a Markdown table
    uv run python benchmarks/serve.py --requests 40   # a smoke run

The files are a mix of the samples: text, PDF, Word and HTML, taken in turn. In-process is
one thread calling `parse(data, name=...)`; the service is one server on a free loopback
port (127.0.0.1 only) with --workers worker processes, driven by 1, 4 and 16 concurrent
clients (threads, each with its own keep-alive httpx client) for --requests requests each,
after one warm-up request per file. Every answer must be a 200 with the same record as
in-process; the run fails otherwise.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
FILES = [
    SAMPLES / "stockton_send_2022_seed.txt",
    SAMPLES / "record_of_decision.txt",
    SAMPLES / "pdf" / "fernbrook_allotments.flow.pdf",
    SAMPLES / "docx" / "fernbrook_allotments.table.docx",
    SAMPLES / "html" / "moderngov_decision_details.html",
    SAMPLES / "moderngov_cabinet_member.txt",
]
LEVELS = (1, 4, 16)


def _row(label: str, latencies: list[float], elapsed: float) -> str:
    ordered = sorted(latencies)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return (
        f"| {label} | {len(ordered)} | {len(ordered) / elapsed:.1f} | "
        f"{statistics.median(ordered) * 1000:.0f} | {p99 * 1000:.0f} |"
    )


def in_process(uploads: list[tuple[str, bytes]], count: int) -> str:
    from proforma_parser import parse

    for name, data in uploads:  # the engines' first-use imports, as the server's warm-up
        parse(data, name=name)
    latencies = []
    start = time.perf_counter()
    for index in range(count):
        name, data = uploads[index % len(uploads)]
        began = time.perf_counter()
        parse(data, name=name)
        latencies.append(time.perf_counter() - began)
    return _row("in-process `parse`, 1 thread", latencies, time.perf_counter() - start)


def against_server(
    url: str, uploads: list[tuple[str, bytes]], expected: list[object], clients: int, count: int
) -> str:
    latencies: list[float] = []
    failures: list[str] = []
    next_index = iter(range(count))
    lock = threading.Lock()

    def client() -> None:
        with httpx.Client(base_url=url, timeout=120) as session:
            while True:
                with lock:
                    index = next(next_index, None)
                if index is None:
                    return
                name, data = uploads[index % len(uploads)]
                began = time.perf_counter()
                response = session.post("/parse", content=data, params={"name": name})
                took = time.perf_counter() - began
                ok = response.status_code == 200
                if not ok or response.json() != expected[index % len(uploads)]:
                    failures.append(f"{name}: {response.status_code} {response.text[:200]}")
                with lock:
                    latencies.append(took)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    if failures:
        raise SystemExit(f"{len(failures)} requests failed, e.g. {failures[0]}")
    return _row(f"service, {clients} concurrent", latencies, elapsed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200, help="requests at each level")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    from proforma_parser import parse

    uploads = [(path.name, path.read_bytes()) for path in FILES]
    expected: list[object] = [parse(d, name=n).model_dump(mode="json") for n, d in uploads]
    rows = [in_process(uploads, args.requests)]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    command = [str(Path(sys.executable).with_name("proforma-parser")), "serve"]
    command += ["--host", "127.0.0.1", "--port", str(port), "--workers", str(args.workers)]
    server = subprocess.Popen([*command, "--log-level", "warning"])
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit("the server did not come up")
            time.sleep(0.05)
        against_server(url, uploads, expected, args.workers, len(uploads) * args.workers)
        rows += [against_server(url, uploads, expected, c, args.requests) for c in LEVELS]
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(60)
    print(f"{len(FILES)} sample files in turn; {args.workers} workers; {os.cpu_count()} CPUs\n")
    print("| client | requests | requests/s | p50 ms | p99 ms |")
    print("|---|---:|---:|---:|---:|")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
