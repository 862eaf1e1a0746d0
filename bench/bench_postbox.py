"""Local test postbox budgets: ≥500 single-record POSTs/s from a concurrent client, p99 < 50 ms.

    .venv/bin/python -m bench.bench_postbox

The server runs in its own process (as ``erd-studio postbox serve`` does, so the client
does not share its interpreter lock) with a file database in a temporary folder. The
client is 8 threads, each with one keep-alive connection (http.client, lighter than
requests, so the client is not what is measured). Baseline: a bare WSGI hello-world on
the same waitress settings, driven by the same client in the same run; the ratio says
what the postbox (auth, JSON parse, evaluation, SQLite commit) costs on top of HTTP.
"""

from __future__ import annotations

import http.client
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench.common import Metric, report

EXAMPLES = Path(__file__).resolve().parent.parent / "resources" / "examples"
CLIENTS = 8
REQUESTS = 4000
WARMUP = 200


def _serve(kind: str, db: str) -> None:
    """Child process: start a server, print 'PORT TOKEN', serve until stdin closes."""
    import logging

    logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # "queue depth 1" is expected under load
    if kind == "hello":
        from waitress.server import create_server

        def hello(environ, start_response):  # type: ignore[no-untyped-def]
            environ["wsgi.input"].read()
            body = b'{"data": []}'
            start_response("201 Created", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
            return [body]

        server = create_server(hello, host="127.0.0.1", port=0, threads=8)
        threading.Thread(target=server.run, daemon=True).start()
        print(server.effective_port, "-", flush=True)
    else:
        from erd_studio.postbox.local import LocalPostbox

        pb = LocalPostbox([EXAMPLES / "youtrack-high-severity.erd.json"], db=db).start()
        print(pb.port, pb.tokens["youtrack-high-severity"], flush=True)
    sys.stdin.read()


def _drive(port: int, token: str, prefix: str) -> tuple[float, list[float]]:
    """Requests/s and per-request latencies (ms) of CLIENTS threads posting one record each time."""
    latencies: list[float] = []
    lock = threading.Lock()
    counter = iter(range(REQUESTS + WARMUP))
    barrier = threading.Barrier(CLIENTS + 1)

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        headers = {"Content-Type": "application/json", "Authorization": f"Bearer {token}"}
        mine: list[float] = []
        barrier.wait()
        for i in counter:
            body = json.dumps({"data": [{"id": f"{prefix}-{i}", "attributes": {"name": f"Ticket {i}"}}]})
            start = time.perf_counter()
            conn.request("POST", "/postboxes/youtrack-high-severity/records", body, headers)
            response = conn.getresponse()
            response.read()
            if response.status != 201:
                raise SystemExit(f"unexpected status {response.status}")
            if i >= WARMUP:
                mine.append((time.perf_counter() - start) * 1000)
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    for t in threads:
        t.start()
    barrier.wait()
    start = time.perf_counter()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    return (REQUESTS + WARMUP) / elapsed, sorted(latencies)


def _measure(kind: str, db: str) -> tuple[float, float, float]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "bench.bench_postbox", "--serve", kind, db],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    try:
        port, token = proc.stdout.readline().split()
        rate, lat = _drive(int(port), token, kind)
    finally:
        proc.stdin.close()
        proc.wait(10)
    return rate, lat[len(lat) // 2], lat[int(len(lat) * 0.99) - 1]


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        base_rate, base_p50, base_p99 = _measure("hello", "")
        rate, p50, p99 = _measure("postbox", str(Path(tmp) / "bench.sqlite3"))
    base = "WSGI hello-world"
    metrics = [
        Metric(f"single-record POSTs/s, {CLIENTS} concurrent clients", rate, "/s", base_rate, base, 500, True),
        Metric("latency p50", p50, "ms", base_p50, base),
        Metric("latency p99", p99, "ms", base_p99, base, 50.0),
    ]
    return 0 if report(metrics, "local test postbox on loopback (file database)") else 1


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "--serve":
        _serve(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else ":memory:")
    else:
        sys.exit(main())
