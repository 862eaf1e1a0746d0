"""After full sends, the token is nowhere: logs, output, exceptions, exports, curl, files."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from erd_studio.cli import main
from erd_studio.core import load_path
from erd_studio.postbox.client import send_records
from erd_studio.postbox.credentials import TokenStore
from erd_studio.postbox.curl import curl_command
from erd_studio.postbox.diagnosis import diagnose
from erd_studio.postbox.history import SendHistory
from erd_studio.postbox.local import LocalPostbox
from erd_studio.postbox.profiles import PostboxProfile, ProfileStore
from erd_studio.resources import resource

YT = "youtrack-high-severity"
EXAMPLE = resource("examples", f"{YT}.erd.json")
TOKEN = "tok-LEAKCHECK-9f8e7d6c5b4a"


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ERD_STUDIO_CONFIG_DIR", str(tmp_path / "cfg"))
    return tmp_path / "cfg"


@pytest.fixture
def box() -> Iterator[LocalPostbox]:
    with LocalPostbox(erds=[EXAMPLE], db=":memory:", tokens={YT: TOKEN}) as postbox:
        yield postbox


def files_text(folder: Path) -> str:
    return "\n".join(p.read_text("utf-8", "replace") for p in folder.rglob("*") if p.is_file())


def test_a_full_cli_send_leaves_the_token_nowhere(
    config: Path,
    box: LocalPostbox,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    caplog.set_level(logging.DEBUG)
    monkeypatch.setattr("sys.stdin", io.StringIO(TOKEN + "\n"))
    assert main(["postbox", "add", "local", "--url", box.records_url(YT), "--stdin"]) == 0
    profile = ProfileStore().find("local")
    assert main(["send", str(EXAMPLE), "--profile", "local"]) == 0
    assert main(["send", str(EXAMPLE), "--profile", "local", "--format", "json"]) == 0
    assert main(["postbox", "list"]) == 0
    out, err = capsys.readouterr()
    assert "Accepted (201)" in out
    # failures carry exception details: a refused connection, then a keychain that is gone
    refused = PostboxProfile("gone", "http://127.0.0.1:9/records", token_storage="ask")
    outcome = send_records(refused, TOKEN, {"data": []})
    doc = load_path(EXAMPLE).document
    history = SendHistory()
    history.add(profile, YT, outcome, diagnose(outcome, doc))
    everything = "\n".join(
        [
            out,
            err,
            caplog.text,
            "\n".join(r.getMessage() for r in caplog.records),
            json.dumps(outcome.to_json()),
            history.export_json(),
            diagnose(outcome, doc).text(),
            curl_command(profile.url, '{"data": []}'),
            files_text(config),
        ]
    )
    assert profile.url in everything and "Bearer ********" in everything
    assert TOKEN not in everything
    TokenStore().delete(profile)


def test_a_postbox_that_echoes_the_token_does_not_get_it_into_the_record(httpserver: HTTPServer) -> None:
    def echo(request: Request) -> Response:
        auth = request.headers.get("Authorization", "")
        return Response(
            json.dumps({"errors": [{"detail": f"bad header {auth}"}]}),
            401,
            headers={"X-Seen": auth},
            content_type="application/json",
        )

    httpserver.expect_request("/records").respond_with_handler(echo)
    outcome = send_records(PostboxProfile("echo", httpserver.url_for("/records")), TOKEN, {"data": []})
    history = SendHistory()
    history.add(PostboxProfile("echo", outcome.url), YT, outcome, diagnose(outcome))
    assert outcome.status == 401 and "bad header Bearer ********" in outcome.body
    assert outcome.headers["X-Seen"] == "Bearer ********"
    assert TOKEN not in history.export_json() and TOKEN not in diagnose(outcome).text()


def test_a_token_echoed_in_the_reason_phrase_stays_out_of_headline_and_record(httpserver: HTTPServer) -> None:
    def echo(request: Request) -> Response:
        return Response("{}", status=f"418 Teapot {request.headers.get('Authorization', '')}")

    httpserver.expect_request("/records").respond_with_handler(echo)
    outcome = send_records(PostboxProfile("echo", httpserver.url_for("/records")), TOKEN, {"data": []})
    history = SendHistory()
    send = history.add(PostboxProfile("echo", outcome.url), YT, outcome, diagnose(outcome))
    assert outcome.status == 418 and outcome.reason == "Teapot Bearer ********"
    assert TOKEN not in history.export_json() and TOKEN not in send.summary() and TOKEN not in send.diagnosis.text()
