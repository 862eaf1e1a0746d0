"""``erd-studio preview``: the mapped entity per record, or the record's errors (exit 1), or exit 2."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from erd_studio.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "resources" / "examples"
YOUTRACK = str(EXAMPLES / "youtrack-high-severity.erd.json")


def _write(tmp_path: Path, body: object | str) -> str:
    path = tmp_path / "payload.json"
    path.write_text(body if isinstance(body, str) else json.dumps(body), "utf-8")
    return str(path)


def test_prints_the_cip_issue_of_each_record(tmp_path, capsys) -> None:
    body = {"data": [{"id": "OPS-12", "attributes": {"name": "Mail down", "issue_url": "https://yt.example.com/i/1"}}]}
    assert main(["preview", YOUTRACK, _write(tmp_path, body)]) == 0
    out, err = capsys.readouterr()
    assert 'record 0 "OPS-12": ok' in out
    assert 'title          = "Mail down"' in out
    assert 'source         = "6"  (IT operations)' in out
    assert 'externalUrl    = "https://yt.example.com/i/1"' in out
    assert "1 of 1 record map" in err


def test_record_errors_exit_1(tmp_path, capsys) -> None:
    body = {"data": [{"id": "A", "attributes": {"name": "ok"}}, {"id": "B", "attributes": {"source": "9"}}]}
    assert main(["preview", YOUTRACK, _write(tmp_path, body)]) == 1
    out, _ = capsys.readouterr()
    assert 'record 1 "B": 2 errors' in out
    assert '/data/1/attributes/name: missing-required: the required field "name" is missing' in out
    assert "/data/1/attributes/source: enum-value:" in out


def test_json_output(tmp_path, capsys) -> None:
    body = {"data": [{"id": "A", "attributes": {"name": "n", "contact": "bad"}}]}
    assert main(["preview", "--format", "json", YOUTRACK, _write(tmp_path, body)]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["ok"] is False
    assert out["records"][0]["errors"] == [
        {
            "pointer": "/data/0/attributes/contact",
            "code": "wrong-type",
            "message": 'the field "contact": "bad" is not an e-mail address',
        }
    ]


def test_body_of_the_wrong_shape(tmp_path, capsys) -> None:
    assert main(["preview", YOUTRACK, _write(tmp_path, {"data": []})]) == 1
    out, _ = capsys.readouterr()
    assert "the request body is not a postbox payload" in out and '"data" is empty' in out


def test_payload_from_stdin(monkeypatch, capsys) -> None:
    body = json.dumps({"data": [{"id": "S", "attributes": {"name": "from stdin"}}]}).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(body)))
    assert main(["preview", YOUTRACK, "-"]) == 0
    assert '"from stdin"' in capsys.readouterr().out


@pytest.mark.parametrize(
    ("erd", "payload", "message"),
    [
        (YOUTRACK, "missing.json", "missing.json does not exist"),
        ("nope.erd.json", None, "nope.erd.json does not exist"),
        (YOUTRACK, '{"data": [', "payload.json:1:11: not valid JSON"),
    ],
)
def test_unreadable_exit_2(tmp_path, capsys, erd, payload, message) -> None:
    if payload is None or payload.startswith("{"):
        payload = _write(tmp_path, payload or "{}")
    assert main(["preview", erd, payload]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_broken_erd_is_not_previewed(tmp_path, capsys) -> None:
    assert main(["preview", str(EXAMPLES / "mistakes.erd.json"), _write(tmp_path, {"data": []})]) == 1
    err = capsys.readouterr().err
    assert "E101" in err and "fix the ERD first" in err
