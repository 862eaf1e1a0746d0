"""``erd-studio postbox add | list | remove | set-token`` as a user runs them."""

from __future__ import annotations

import io
import stat
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from erd_studio.cli import main
from erd_studio.postbox.credentials import SERVICE
from erd_studio.postbox.profiles import ProfileStore

TOKEN = "tok-cli-2c8e41aa"


@pytest.fixture(autouse=True)
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ERD_STUDIO_CONFIG_DIR", str(tmp_path))
    return tmp_path


def run(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def test_add_list_set_token_remove_keeps_the_token_out_of_files_and_output(
    config: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(
        ["postbox", "add", "trax", "--url", "https://trax.example.com/api/records", "--stdin"],
        monkeypatch,
        capsys,
        TOKEN + "\n",
    )
    assert status == 0, err
    profile = ProfileStore().find("trax")
    assert "Token stored. In the system keychain" in out
    assert keyring.get_password(SERVICE, profile.id) == TOKEN
    status, out, _ = run(["postbox", "list"], monkeypatch, capsys)
    assert "trax\n  url:   https://trax.example.com/api/records\n  token: In the system keychain" in out
    status, out, err = run(
        ["postbox", "set-token", "trax", "--stdin", "--store-in-file"], monkeypatch, capsys, "tok-new-99\n"
    )
    assert status == 0 and "readable only by you" in out
    token_file = config / "tokens" / f"{profile.id}.token"
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    assert keyring.get_password(SERVICE, profile.id) is None  # moved, not copied
    status, out, _ = run(["postbox", "remove", "trax"], monkeypatch, capsys)
    assert status == 0 and 'Removed the postbox profile "trax" and its token.' in out
    assert not token_file.exists() and ProfileStore().load() == []
    assert not any(TOKEN in p.read_text() for p in config.rglob("*") if p.is_file())


def test_a_token_cannot_be_given_as_an_argument(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        run(["postbox", "add", "x", "--url", "https://x.example.com/r", "--token", TOKEN], monkeypatch, capsys)
    assert exc.value.code == 2 and ProfileStore().load() == []


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("trax.example.com/records", "has no scheme; start it with https://"),
        ("https://admin:pw@trax.example.com/records", "contains a user name or password"),
        ("http://trax.example.com/records", "Plain http would send the token unencrypted"),
    ],
)
def test_bad_urls_are_refused_with_a_clear_message(
    url: str, message: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(["postbox", "add", "x", "--url", url, "--no-token"], monkeypatch, capsys)
    assert status == 2 and message in err and "Traceback" not in err
    assert ProfileStore().load() == []


def test_an_empty_token_and_a_missing_profile_say_what_to_do(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(
        ["postbox", "add", "x", "--url", "https://x.example.com/r", "--stdin"], monkeypatch, capsys, "\n"
    )
    assert status == 1 and "The token is empty" in err
    status, _, err = run(["postbox", "set-token", "nope", "--stdin"], monkeypatch, capsys, TOKEN)
    assert status == 2 and 'There is no postbox profile "nope" (profiles: "x")' in err
    status, out, _ = run(
        ["postbox", "add", "y", "--url", "http://trax.intra/r", "--allow-http", "--no-token"], monkeypatch, capsys
    )
    assert status == 0 and "set-token 'y'" in out


def test_without_a_keychain_add_says_so_and_set_token_offers_the_choices(
    config: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())  # keyring's own "no backend" configuration
    try:
        status, _, err = run(
            ["postbox", "add", "x", "--url", "https://x.example.com/r", "--stdin"], monkeypatch, capsys, TOKEN
        )
        assert status == 1 and "No keychain is available on this computer" in err
        assert "set-token 'x' --stdin --store-in-file (or --ask-each-time)" in err
        status, out, _ = run(["postbox", "set-token", "x", "--stdin", "--store-in-file"], monkeypatch, capsys, TOKEN)
        assert status == 0 and "readable only by you" in out
        status, out, _ = run(["postbox", "set-token", "x", "--ask-each-time"], monkeypatch, capsys)
        assert status == 0 and "erd-studio send will ask for it" in out
        assert not (config / "tokens" / f"{ProfileStore().find('x').id}.token").exists()
    finally:
        keyring.set_keyring(before)
