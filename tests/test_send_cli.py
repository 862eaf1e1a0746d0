"""``erd-studio send`` end to end against the local test postbox."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from erd_studio.cli import main
from erd_studio.postbox.credentials import TokenStore
from erd_studio.postbox.local import LocalPostbox
from erd_studio.postbox.profiles import PostboxProfile, ProfileStore
from erd_studio.resources import resource

YT = "youtrack-high-severity"
EXAMPLE = resource("examples", f"{YT}.erd.json")


@pytest.fixture
def box(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[LocalPostbox]:
    monkeypatch.setenv("ERD_STUDIO_CONFIG_DIR", str(tmp_path / "cfg"))
    with LocalPostbox(erds=[EXAMPLE], db=":memory:") as postbox:
        p = PostboxProfile("local", postbox.records_url(YT))
        ProfileStore().put(p)
        TokenStore().set(p, postbox.tokens[YT])
        yield postbox
        TokenStore().delete(p)


def send(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    status = main(["send", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_a_sample_test_issue_is_accepted_and_the_cip_issue_shown(
    box: LocalPostbox, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    status, out, err = send([str(EXAMPLE), "--profile", "local"], capsys, monkeypatch)
    assert status == 0, err
    assert f"POST {box.records_url(YT)} -> 201 Created in" in out
    assert "Accepted (201): the postbox created trax.cip-issue TEST-" in out
    assert '"title": "Mail server rejects all logins"' in out
    assert box.tokens[YT] not in out + err


def test_a_payload_file_and_json_output(
    box: LocalPostbox, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    payload = tmp_path / "p.json"
    payload.write_text(
        json.dumps(
            {"data": [{"id": "OPS-77", "attributes": {"name": "Disk full", "source": "6", "classification": "3"}}]}
        )
    )
    status, out, _ = send(
        [str(EXAMPLE), "--profile", "local", "--payload", str(payload), "--format", "json"], capsys, monkeypatch
    )
    record = json.loads(out)
    assert (
        status == 0
        and record["response"]["status"] == 201
        and record["request"]["headers"]["Authorization"] == "Bearer ********"
    )
    status, out, _ = send([str(EXAMPLE), "--profile", "local", "--payload", str(payload)], capsys, monkeypatch)
    assert status == 1 and "already received a record with this id (409)" in out


def test_an_invalid_erd_or_payload_is_not_sent_and_says_why(
    box: LocalPostbox, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    status, _, err = send([str(resource("examples", "mistakes.erd.json")), "--profile", "local"], capsys, monkeypatch)
    assert status == 2 and "not sent: the ERD has" in err and "E101" in err
    payload = tmp_path / "p.json"
    payload.write_text('{"data": [{"id": "X", "attributes": {"name": 5}}]}')
    status, _, err = send([str(EXAMPLE), "--profile", "local", "--payload", str(payload)], capsys, monkeypatch)
    assert status == 2 and "not sent: the payload does not fit the ERD" in err and "/data/0/attributes/name" in err
    payload.write_text('{"data": [')
    status, _, err = send([str(EXAMPLE), "--profile", "local", "--payload", str(payload)], capsys, monkeypatch)
    assert status == 2 and "not valid JSON (line 1" in err
    assert box.store is not None and box.store.count(YT) == 0


def test_an_unknown_profile_and_a_profile_without_a_token(
    box: LocalPostbox, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    status, _, err = send([str(EXAMPLE), "--profile", "nope"], capsys, monkeypatch)
    assert status == 2 and 'There is no postbox profile "nope"' in err
    ProfileStore().put(PostboxProfile("asks", box.records_url(YT), token_storage="ask"))
    status, _, err = send([str(EXAMPLE), "--profile", "asks"], capsys, monkeypatch)
    assert status == 2 and "No terminal to ask for the token; pipe it in with --token-stdin" in err
    status, out, _ = send(
        [str(EXAMPLE), "--profile", "asks", "--token-stdin"], capsys, monkeypatch, box.tokens[YT] + "\n"
    )
    assert status == 0 and "Accepted (201)" in out


def test_a_profile_whose_keychain_entry_is_gone_says_so(
    box: LocalPostbox, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ProfileStore().put(PostboxProfile("gone", box.records_url(YT)))
    status, _, err = send([str(EXAMPLE), "--profile", "gone"], capsys, monkeypatch)
    assert status == 2 and 'no token is stored for "gone" (In the system keychain' in err
    assert "The entry may have been removed" in err and "erd-studio postbox set-token 'gone'" in err
