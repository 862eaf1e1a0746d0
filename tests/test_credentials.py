"""Tokens: the real Secret Service, no keychain at all, and keychains that block or refuse."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest
from jaraco.classes import properties

from erd_studio.postbox.credentials import (
    SERVICE,
    CredentialError,
    TokenStore,
    keychain_name,
    token_problems,
)
from erd_studio.postbox.profiles import PostboxProfile

TOKEN = "tok-7f3a9c1e5b2d4f60"


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ERD_STUDIO_CONFIG_DIR", str(tmp_path))
    return tmp_path


def test_tokens_round_trip_through_the_real_secret_service(config: Path) -> None:
    assert os.environ.get("ERD_STUDIO_EXPECT_KEYRING"), "run the tests with scripts/run-tests (real gnome-keyring)"
    assert type(keyring.get_keyring()).__module__ == "keyring.backends.SecretService"
    assert keychain_name() == "SecretService"
    store = TokenStore()
    profile = PostboxProfile("trax", "https://trax.example.com/r")
    where = str(store.set(profile, TOKEN + "\n"))
    assert profile.id in where and "system keychain" in where
    assert keyring.get_password(SERVICE, profile.id) == TOKEN
    assert store.get(profile) == TOKEN
    store.delete(profile)
    assert store.get(profile) is None
    store.delete(profile)  # a missing entry is not an error
    assert not any(TOKEN in p.read_text() for p in config.rglob("*") if p.is_file())


def test_without_a_keychain_the_user_is_told_and_nothing_is_written(tmp_path: Path) -> None:
    script = (
        "from erd_studio.postbox.credentials import *\n"
        "from erd_studio.postbox.profiles import PostboxProfile\n"
        "p = PostboxProfile('x', 'https://x.example.com/r')\n"
        "print('name', keychain_name())\n"
        "try:\n"
        f"    TokenStore().set(p, {TOKEN!r})\n"
        "except NoKeychainError as e:\n"
        "    print('NoKeychain', e)\n"
    )
    env = {
        **os.environ,
        "ERD_STUDIO_CONFIG_DIR": str(tmp_path),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "name None" in done.stdout
    assert "NoKeychain No keychain is available on this computer" in done.stdout
    assert "enter the token each time" in done.stdout and "readable only by you" in done.stdout
    assert TOKEN not in done.stdout + done.stderr
    assert list(tmp_path.rglob("*")) == []


def test_a_token_file_needs_consent_and_is_readable_only_by_the_user(config: Path) -> None:
    store = TokenStore()
    profile = PostboxProfile("x", "https://x.example.com/r", token_storage="file")
    with pytest.raises(CredentialError, match="explicit consent"):
        store.set(profile, TOKEN)
    assert not (config / "tokens").exists()
    where = str(store.set(profile, TOKEN, file_consent=True))
    path = config / "tokens" / f"{profile.id}.token"
    assert str(path) in where and "readable only by you" in where
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert store.get(profile) == TOKEN
    store.delete(profile)
    assert not path.exists() and store.get(profile) is None


def test_ask_each_time_keeps_the_token_in_memory_only(config: Path) -> None:
    store = TokenStore()
    profile = PostboxProfile("x", "https://x.example.com/r", token_storage="ask")
    assert store.get(profile) is None
    assert "Not stored" in str(store.set(profile, TOKEN))
    assert store.get(profile) == TOKEN and list(config.rglob("*")) == []
    store.delete(profile)
    assert store.get(profile) is None


@pytest.mark.parametrize(
    ("token", "message"),
    [("", "empty"), ("   \n", "empty"), ("abc def", "spaces or line breaks"), ("tök", "cannot be sent")],
)
def test_unusable_tokens_are_refused_with_a_reason(config: Path, token: str, message: str) -> None:
    assert message in str(token_problems(token)[0])
    with pytest.raises(CredentialError, match=message):
        TokenStore().set(PostboxProfile("x", "https://x.example.com/r", token_storage="ask"), token)


class _BlockingKeyring(keyring.backend.KeyringBackend):
    """A keychain waiting for an unlock prompt nobody answers (installed only by set_keyring)."""

    @properties.classproperty
    def priority(cls) -> float:  # not viable, so keyring never picks it on its own
        raise RuntimeError("test backend")

    release = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait(10)
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.release.wait(10)

    def delete_password(self, service: str, username: str) -> None:
        self.release.wait(10)


class _DismissingKeyring(_BlockingKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("Prompt dismissed.")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")


@pytest.fixture
def use_keyring():  # type: ignore[no-untyped-def]
    before = keyring.get_keyring()
    yield keyring.set_keyring
    _BlockingKeyring.release.set()
    keyring.set_keyring(before)


def test_a_keychain_that_blocks_gives_up_with_a_message_instead_of_hanging(config: Path, use_keyring) -> None:  # type: ignore[no-untyped-def]
    use_keyring(_BlockingKeyring())
    started = time.monotonic()
    with pytest.raises(CredentialError, match=r"did not answer within 0 s .* unlock"):
        TokenStore(timeout=0.3).get(PostboxProfile("x", "https://x.example.com/r"))
    assert time.monotonic() - started < 2


def test_a_dismissed_prompt_and_a_locked_keychain_are_named(config: Path, use_keyring) -> None:  # type: ignore[no-untyped-def]
    use_keyring(_DismissingKeyring())
    profile = PostboxProfile("x", "https://x.example.com/r")
    with pytest.raises(CredentialError, match="unlock prompt was dismissed, so ERD Studio could not read the token"):
        TokenStore().get(profile)
    with pytest.raises(CredentialError, match="keychain is locked, so ERD Studio could not store the token") as info:
        TokenStore().set(profile, TOKEN)
    assert TOKEN not in str(info.value) and info.value.__cause__ is None
