"""API tokens: the OS keychain first, a user-only file only after consent, else ask.

Every keychain call runs on a helper thread with a time limit, because a keychain may
show an unlock prompt and wait for the user indefinitely; the caller (the GUI thread
or the CLI) gets a clear message instead of hanging. Keychain failures become
``CredentialError`` with a message that says what happened and what to do; the token
itself never appears in a message, a log or an exception.

Where a token lives is recorded in the profile (``token_storage``): ``keychain``,
``file`` (a 0600 file in a 0700 folder, only after the user agreed) or ``ask`` (never
stored; asked each time, kept in this process's memory for the session).
"""

from __future__ import annotations

import contextlib
import os
import queue
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import keyring
import keyring.errors

from ..core.messages import Msg, MsgError, msg
from .profiles import PostboxProfile, config_dir

SERVICE = "erd-studio-postbox"
KEYCHAIN_TIMEOUT = 15.0
T = TypeVar("T")

# Tokens the user typed for "ask each time" profiles (and the demo's), for this process only.
_session: dict[str, str] = {}


class CredentialError(MsgError, RuntimeError):
    """A token could not be stored or read; the message is for people and has no secret."""


class NoKeychainError(CredentialError):
    """No keychain backend exists here; offer "ask each time" or a user-only file."""


NO_KEYCHAIN = msg(
    "No keychain is available on this computer (no Secret Service, macOS Keychain or Windows "
    "Credential Locker was found). Choose: enter the token each time (it is not stored), or keep it "
    "in a file readable only by you."
)


def token_problems(token: str) -> list[Msg]:
    """Why a token cannot be sent in an Authorization header (without showing it)."""
    if not token or not token.strip():
        return [msg("The token is empty; paste the postbox's API token.")]
    if any(c.isspace() for c in token.strip()):
        return [msg("The token contains spaces or line breaks; paste only the token itself.")]
    if not all(33 <= ord(c) < 127 for c in token.strip()):
        return [
            msg("The token contains characters that cannot be sent in an HTTP header; paste only the token itself.")
        ]
    return []


def clean_token(token: str) -> str:
    """The token without surrounding whitespace (stdin adds a newline); raises when unusable."""
    problems = token_problems(token)
    if problems:
        raise CredentialError(problems[0])
    return token.strip()


def _with_time_limit(func: Callable[[], T], what: Msg, timeout: float) -> T:
    """Run a keychain call on a daemon thread; a blocked call cannot hang the caller."""
    box: queue.Queue[tuple[bool, Any]] = queue.Queue(maxsize=1)

    def run() -> None:
        try:
            box.put((True, func()))
        except BaseException as exc:
            box.put((False, exc))

    threading.Thread(target=run, name=f"keychain {what}", daemon=True).start()
    try:
        ok, value = box.get(timeout=timeout)
    except queue.Empty:
        raise CredentialError(
            msg(
                "The keychain did not answer within {seconds} s while trying to {what}. It may be waiting "
                "for you to unlock it: unlock the keychain (your login password) and try again.",
                seconds=f"{timeout:.0f}",
                what=what,
            )
        ) from None
    if ok:
        return value
    raise _explain(value, what) from None


def _explain(exc: BaseException, what: Msg) -> CredentialError:
    text = str(exc)
    if isinstance(exc, keyring.errors.NoKeyringError):
        return NoKeychainError(NO_KEYCHAIN)
    if "dismissed" in text.lower():
        return CredentialError(
            msg(
                "The keychain's unlock prompt was dismissed, so ERD Studio could not {what}. Try again and unlock it.",
                what=what,
            )
        )
    if isinstance(exc, keyring.errors.KeyringLocked) or "locked" in text.lower():
        return CredentialError(
            msg("The keychain is locked, so ERD Studio could not {what}. Unlock it and try again.", what=what)
        )
    if isinstance(exc, keyring.errors.InitError):
        return CredentialError(
            msg("The keychain could not be opened ({kind}); could not {what}.", kind=type(exc).__name__, what=what)
        )
    return CredentialError(
        msg(
            "The keychain failed to {what} ({kind}). Try again, or enter the token each time.",
            what=what,
            kind=type(exc).__name__,
        )
    )


def keychain_name(timeout: float = KEYCHAIN_TIMEOUT) -> str | None:
    """The keychain backend's name (e.g. "SecretService Keyring"), None when there is none."""

    def probe() -> str | None:
        backend = keyring.get_keyring()
        chained = getattr(backend, "backends", None)
        if chained:
            backend = chained[0]
        if backend.priority <= 0 or type(backend).__module__.startswith(
            ("keyring.backends.fail", "keyring.backends.null")
        ):
            return None
        return f"{type(backend).__module__.rsplit('.', 1)[-1]} {type(backend).__name__}".replace(" Keyring", "")

    return _with_time_limit(probe, msg("find the keychain"), timeout)


class TokenStore:
    """Tokens of postbox profiles, wherever each profile keeps its own."""

    def __init__(self, folder: Path | None = None, timeout: float = KEYCHAIN_TIMEOUT) -> None:
        self.folder = folder or config_dir() / "tokens"
        self.timeout = timeout

    def _file(self, profile_id: str) -> Path:
        return self.folder / f"{profile_id}.token"

    def where(self, profile: PostboxProfile) -> Msg:
        """One sentence saying where this profile's token is kept."""
        if profile.token_storage == "keychain":
            return msg('In the system keychain, entry "{service}" for profile id {id}.', service=SERVICE, id=profile.id)
        if profile.token_storage == "file":
            return msg("In the file {path}, readable only by you.", path=self._file(profile.id))
        return msg("Not stored: asked when needed and kept only while ERD Studio runs.")

    def get(self, profile: PostboxProfile) -> str | None:
        """The stored token, or None when none is stored (the caller then asks)."""
        if profile.token_storage == "keychain":
            token = _with_time_limit(
                lambda: keyring.get_password(SERVICE, profile.id), msg("read the token"), self.timeout
            )
            return token or _session.get(profile.id)
        if profile.token_storage == "file":
            try:
                return self._file(profile.id).read_text("utf-8").strip() or None
            except FileNotFoundError:
                return None
            except OSError as exc:
                raise CredentialError(
                    msg(
                        "The token file {path} cannot be read: {reason}.",
                        path=self._file(profile.id),
                        reason=exc.strerror,
                    )
                ) from None
        return _session.get(profile.id)

    def set(self, profile: PostboxProfile, token: str, *, file_consent: bool = False) -> Msg:
        """Store the token as the profile says; returns where it went (a sentence)."""
        token = clean_token(token)
        _session.pop(profile.id, None)
        if profile.token_storage == "keychain":
            _with_time_limit(
                lambda: keyring.set_password(SERVICE, profile.id, token), msg("store the token"), self.timeout
            )
        elif profile.token_storage == "file":
            if not file_consent:
                raise CredentialError(
                    msg("Keeping the token in a file needs your explicit consent; it was not stored.")
                )
            self._write_private(profile.id, token)
        else:
            _session[profile.id] = token
        return self.where(profile)

    def remember_for_session(self, profile: PostboxProfile, token: str) -> None:
        """Keep a token in memory only (for "ask each time" and the demo)."""
        _session[profile.id] = clean_token(token)

    def delete(self, profile: PostboxProfile) -> None:
        """Forget the token wherever it may be; a missing entry is not an error."""
        _session.pop(profile.id, None)
        with contextlib.suppress(FileNotFoundError):
            self._file(profile.id).unlink()
        if profile.token_storage == "keychain":

            def forget() -> None:
                with contextlib.suppress(keyring.errors.PasswordDeleteError):
                    keyring.delete_password(SERVICE, profile.id)

            with contextlib.suppress(NoKeychainError):  # no keychain: nothing can be in it
                _with_time_limit(forget, msg("remove the token"), self.timeout)

    def _write_private(self, profile_id: str, token: str) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        os.chmod(self.folder, 0o700)
        path = self._file(profile_id)
        tmp = path.with_suffix(".tmp")
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(token + "\n")
        os.replace(tmp, path)
