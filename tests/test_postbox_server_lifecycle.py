"""The local test postbox's life: start, stop, restart on the same database, limits, failures, the CLI."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from erd_studio.core import load_path
from erd_studio.postbox.local import LocalPostbox, ServeError
from erd_studio.postbox.store import RecordStore, StoreError

EXAMPLES = Path(__file__).resolve().parent.parent / "resources" / "examples"
YOUTRACK = EXAMPLES / "youtrack-high-severity.erd.json"
YT = "youtrack-high-severity"


def _post(pb: LocalPostbox, rid: str, token: str | None = None) -> requests.Response:
    headers = {"Authorization": f"Bearer {token or pb.tokens[YT]}"}
    return requests.post(
        pb.records_url(YT), json={"data": [{"id": rid, "attributes": {"name": rid}}]}, headers=headers, timeout=5
    )


def test_records_survive_a_restart_on_the_same_database(tmp_path) -> None:
    db = tmp_path / "sub" / "postbox.sqlite3"
    with LocalPostbox([YOUTRACK], db=db, tokens={YT: "fixed-token"}) as pb:
        assert _post(pb, "KEEP-1").status_code == 201
    with LocalPostbox([YOUTRACK], db=db, tokens={YT: "fixed-token"}) as pb:
        assert _post(pb, "KEEP-1").status_code == 409
        listing = requests.get(pb.records_url(YT), headers={"Authorization": "Bearer fixed-token"}, timeout=5)
        assert [r["id"] for r in listing.json()["data"]] == ["KEEP-1"]
        assert listing.json()["data"][0]["attributes"]["title"] == "KEEP-1"


def test_429_with_retry_after_when_rate_limited() -> None:
    with LocalPostbox([YOUTRACK], rate_limit=1) as pb:
        assert _post(pb, "RATE-1").status_code == 201
        response = _post(pb, "RATE-2")
        assert response.status_code == 429
        assert response.headers["Retry-After"] == "1"
        assert response.json()["errors"][0]["code"] == "rate-limited"
        assert [r.id for r in pb.store.records(YT)] == ["RATE-1"]


def test_500_is_a_json_error_without_internals(caplog) -> None:
    with LocalPostbox([YOUTRACK], tokens={YT: "secret-token-500"}) as pb:
        pb.store.close()  # the database goes away under the running server (a disk that vanished)
        response = _post(pb, "FAIL-1")
        assert response.status_code == 500
        [error] = response.json()["errors"]
        assert error["code"] == "internal-error" and "Traceback" not in response.text
    assert "the test postbox failed on POST" in caplog.text
    assert "secret-token-500" not in caplog.text


def test_erds_with_errors_are_not_served() -> None:
    with pytest.raises(ServeError, match=r"mistakes.erd.json has \d+ error\(s\).*erd-studio validate"):
        LocalPostbox([EXAMPLES / "mistakes.erd.json"])
    with pytest.raises(ServeError, match="does not exist"):
        LocalPostbox([EXAMPLES / "missing.erd.json"])
    with pytest.raises(ServeError, match="served twice"):
        LocalPostbox([YOUTRACK, load_path(YOUTRACK).document])


def test_an_erd_document_can_be_served_directly() -> None:
    doc = load_path(YOUTRACK).document
    doc.id = "demo"
    with LocalPostbox([doc]) as pb:
        headers = {"Authorization": f"Bearer {pb.tokens['demo']}"}
        body = {"data": [{"id": "D-1", "attributes": {"name": "demo"}}]}
        assert requests.post(pb.records_url("demo"), json=body, headers=headers, timeout=5).status_code == 201


def test_remote_addresses_need_allow_remote() -> None:
    with pytest.raises(ServeError, match="--allow-remote"):
        LocalPostbox([YOUTRACK], host="0.0.0.0")
    with LocalPostbox([YOUTRACK], host="0.0.0.0", allow_remote=True) as pb:
        assert not pb.is_loopback
        assert requests.get(f"http://127.0.0.1:{pb.port}/", timeout=5).status_code == 200


def test_unusable_database_is_a_clear_error(tmp_path) -> None:
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("these are my notes, not a database " * 100)
    with pytest.raises(StoreError, match=r"cannot use the postbox database.*--db"):
        RecordStore(not_a_db)
    assert not_a_db.read_text().startswith("these are my notes")  # nothing overwritten


def _serve(*args: str, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "erd_studio", "postbox", "serve", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
    )


def _read_banner(proc: subprocess.Popen) -> str:
    lines = []
    while not lines or lines[-1] != "Press Ctrl+C to stop.":
        line = proc.stdout.readline()
        assert line, proc.stderr.read()
        lines.append(line.rstrip("\n"))
    return "\n".join(lines)


def test_cli_serve_prints_tokens_once_and_keeps_records_after_ctrl_c(tmp_path) -> None:
    db = tmp_path / "records.sqlite3"
    proc = _serve("--erd", str(YOUTRACK), "--db", str(db))
    try:
        banner = _read_banner(proc)
        url = re.search(r"POST/GET (\S+)", banner).group(1)
        token = re.search(r"token: (\S+)  \(shown only now\)", banner).group(1)
        body = {"data": [{"id": "CLI-1", "attributes": {"name": "from the CLI"}}]}
        assert requests.post(url, json=body, headers={"Authorization": f"Bearer {token}"}, timeout=5).status_code == 201
    finally:
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=20)
    assert proc.returncode == 0
    assert "Stopped; 1 record(s) in the database." in err
    assert '"POST /postboxes/youtrack-high-severity/records" 201' in err
    assert token not in err
    store = RecordStore(db)
    assert [r.entity["title"] for r in store.records(YT)] == ["from the CLI"]
    store.close()


def test_cli_serve_takes_the_token_from_the_environment() -> None:
    proc = _serve(
        "--erd",
        str(YOUTRACK),
        "--db",
        ":memory:",
        env={"ERD_STUDIO_POSTBOX_TOKEN_YOUTRACK_HIGH_SEVERITY": "env-token-123"},
    )
    try:
        banner = _read_banner(proc)
        assert "env-token-123" not in banner and "from $ERD_STUDIO_POSTBOX_TOKEN_YOUTRACK_HIGH_SEVERITY" in banner
        url = re.search(r"POST/GET (\S+)", banner).group(1)
        response = requests.get(url, headers={"Authorization": "Bearer env-token-123"}, timeout=5)
        assert response.status_code == 200 and response.json() == {"data": []}
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=20)
    assert proc.returncode == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--host", "0.0.0.0"], "--allow-remote"),
        (["--erd", str(EXAMPLES / "mistakes.erd.json")], "cannot be served"),
        (["--db", "/proc/no/such/dir/x.db"], "cannot use the postbox database"),
    ],
)
def test_cli_serve_refuses_with_a_message(args, message) -> None:
    proc = _serve("--erd", str(YOUTRACK), *args)
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 2
    assert message in err and "Traceback" not in err and out == ""


def test_cli_serve_on_a_remote_address_warns() -> None:
    proc = _serve("--erd", str(YOUTRACK), "--db", ":memory:", "--host", "0.0.0.0", "--allow-remote", "--quiet")
    try:
        banner = _read_banner(proc)
        assert "Local test postbox on http://0.0.0.0:" in banner
    finally:
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=20)
    assert "WARNING: the test postbox listens on 0.0.0.0, which other machines can reach" in err
    assert proc.returncode == 0


def test_cli_help_lists_serve_options(capsys) -> None:
    from erd_studio.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["postbox", "serve", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert all(
        option in out for option in ("--erd", "--host", "--port", "--db", "--allow-remote", "ERD_STUDIO_POSTBOX_TOKEN")
    )


def test_a_busy_port_is_a_clear_error() -> None:
    with LocalPostbox([YOUTRACK]) as first:
        second = LocalPostbox([YOUTRACK], port=first.port)
        with pytest.raises(ServeError, match=f"cannot listen on 127.0.0.1 port {first.port}"):
            second.start()
        assert _post(first, "BUSY-1").status_code == 201  # the running postbox is unharmed


def test_stop_still_stops_when_the_wake_up_pipe_was_closed_under_it() -> None:
    """A stray close of the server's wake-up pipe (seen once in CI) must not make stop() fail."""
    box = LocalPostbox(erds=[EXAMPLES / f"{YT}.erd.json"], db=":memory:").start()
    port, thread = box.port, box._thread
    os.close(box._server.trigger.trigger)  # the write end, as a stray close elsewhere would
    box.stop()
    assert thread is not None and not thread.is_alive() and box.store is None
    with pytest.raises(requests.ConnectionError):
        requests.get(f"http://127.0.0.1:{port}/", timeout=2)
