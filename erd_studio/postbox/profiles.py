"""Postbox profiles: where a test issue goes and how to get there — never the token.

A profile is stored in ``postbox-profiles.json`` in the user's config folder
(platformdirs; ``ERD_STUDIO_CONFIG_DIR`` overrides it, tests use that). It is a JSON
file and not QSettings because the command line (``erd-studio send``, ``postbox add``)
and the Qt-free ``postbox`` layer must read the same profiles the editor writes.
Tokens live in the OS keychain (see credentials.py), keyed by the profile's stable id,
so renaming a profile never orphans its token.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import os
import tempfile
import uuid
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import platformdirs

from ..core.messages import Msg, MsgError, join, msg

FILE_NAME = "postbox-profiles.json"
PROXY_MODES = ("environment", "none", "explicit")
TOKEN_STORAGES = ("keychain", "file", "ask")


class ProfileStoreError(MsgError, ValueError):
    """A profile or the profile file that cannot be used; the message says what to do."""


def config_dir() -> Path:
    """The folder for ERD Studio's settings shared by the CLI and the editor."""
    override = os.environ.get("ERD_STUDIO_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir("erd-studio", appauthor=False))


def is_loopback(host: str | None) -> bool:
    """True for addresses that never leave this computer (plain http is harmless there)."""
    if not host:
        return False
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass
class PostboxProfile:
    """One postbox: its create endpoint and the connection settings for it."""

    name: str
    url: str
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    timeout: float = 30.0
    verify_tls: bool = True
    ca_bundle: str | None = None
    proxy_mode: str = "environment"
    proxy_url: str | None = None
    allow_http: bool = False
    token_storage: str = "keychain"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, obj: Any) -> PostboxProfile:
        if not isinstance(obj, dict) or not isinstance(obj.get("name"), str) or not isinstance(obj.get("url"), str):
            raise ProfileStoreError("a postbox profile needs at least a name and a URL")
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in obj.items() if k in known})

    def problems(self) -> list[Msg]:
        """Everything that stops this profile from being used, in plain words."""
        out = []
        if not self.name.strip():
            out.append(msg("The profile needs a name."))
        out.extend(url_problems(self.url, self.allow_http))
        if not isinstance(self.timeout, (int, float)) or not 1 <= self.timeout <= 600:
            out.append(msg("The timeout must be between 1 and 600 seconds."))
        if self.ca_bundle and not Path(self.ca_bundle).expanduser().is_file():
            out.append(msg("The CA bundle {path} does not exist; choose the PEM file of your CA.", path=self.ca_bundle))
        if self.proxy_mode not in PROXY_MODES:
            out.append(msg("The proxy setting must be one of {choices}.", choices=", ".join(PROXY_MODES)))
        elif self.proxy_mode == "explicit":
            out.extend(proxy_problems(self.proxy_url or ""))
        if self.token_storage not in TOKEN_STORAGES:
            out.append(msg("The token storage must be one of {choices}.", choices=", ".join(TOKEN_STORAGES)))
        return out

    def warnings(self) -> list[Msg]:
        """Settings that work but weaken security; shown beside the profile."""
        out = []
        if not self.verify_tls:
            out.append(
                msg(
                    "TLS verification is off: anyone between you and the postbox could pose as it and "
                    "read the token. Turn it back on, or give the CA bundle of your postbox instead."
                )
            )
        parts = urlsplit(self.url)
        if parts.scheme == "http" and not is_loopback(parts.hostname):
            out.append(msg("Plain http: the token travels unencrypted over the network."))
        return out


_URL_FAULTS = {
    "empty": msg("Enter the postbox's create URL, e.g. https://trax.example.com/api/postbox/…/records."),
    "no_scheme": msg('The URL "{url}" has no scheme; start it with https:// (for example https://{url}).'),
    "malformed": msg("The URL is not well formed (check the port number and brackets)."),
    "scheme": msg("The URL must start with https:// (not {scheme}://)."),
    "credentials": msg(
        "The URL contains a user name or password. Remove it: the token is kept in the keychain, "
        "and a password in a URL would be stored and shown in plain text."
    ),
    "no_host": msg("The URL has no host name after the scheme."),
}
_PROXY_FAULTS = {
    "empty": msg("Enter the proxy URL, e.g. http://proxy.example.com:3128, or use the environment's proxy."),
    "no_scheme": msg('The proxy URL "{url}" has no scheme; start it with http://.'),
    "malformed": msg("The proxy URL is not well formed (check the port number and brackets)."),
    "scheme": msg("The proxy URL must start with http:// or https://."),
    "credentials": msg("The proxy URL contains a user name or password; it would be stored in plain text. Remove it."),
    "no_host": msg("The proxy URL has no host name."),
}


def _address_fault(url: str) -> tuple[str, str] | None:
    """The first thing that stops ``url`` from being an http(s) address: (kind, scheme); None if none.

    One sequence of checks for the postbox URL and the proxy URL, so both refuse the
    same things (a password in either would be stored in plain text).
    """
    if not url:
        return "empty", ""
    if "://" not in url:
        return "no_scheme", ""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises for a port that is not a number
    except ValueError:
        return "malformed", ""
    if parts.scheme not in ("http", "https"):
        return "scheme", parts.scheme
    if parts.username is not None or parts.password is not None:
        return "credentials", ""
    if not parts.hostname:
        return "no_host", ""
    return None


def url_problems(url: str, allow_http: bool = False) -> list[Msg]:
    """Why a create-endpoint URL cannot be used (empty list: it can)."""
    url = url.strip()
    fault = _address_fault(url)
    if fault is not None:
        return [_URL_FAULTS[fault[0]].with_params(url=url, scheme=fault[1])]
    parts = urlsplit(url)
    if parts.scheme == "http" and not allow_http and not is_loopback(parts.hostname):
        return [
            msg(
                "Plain http would send the token unencrypted. Use https://, or, if this postbox is on a "
                "trusted network, allow plain http for this profile explicitly."
            )
        ]
    return []


def proxy_problems(proxy_url: str) -> list[Msg]:
    proxy_url = proxy_url.strip()
    fault = _address_fault(proxy_url)
    return [] if fault is None else [_PROXY_FAULTS[fault[0]].with_params(url=proxy_url, scheme=fault[1])]


class ProfileStore:
    """The profiles file: load, change, save atomically. Never holds a secret."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / FILE_NAME

    def load(self) -> list[PostboxProfile]:
        try:
            raw = self.path.read_text("utf-8")
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise ProfileStoreError(
                msg("The postbox profiles in {path} cannot be read: {reason}.", path=self.path, reason=exc.strerror)
            ) from exc
        try:
            data = json.loads(raw)
            return [PostboxProfile.from_json(p) for p in data["profiles"]]
        except (ValueError, KeyError, TypeError) as exc:
            raise ProfileStoreError(
                msg(
                    "The postbox profiles file {path} is damaged and was left as it is. "
                    "Move it aside (ERD Studio then starts with no profiles) or repair the JSON.",
                    path=self.path,
                )
            ) from exc

    def save(self, profiles: list[PostboxProfile]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"version": 1, "profiles": [p.to_json() for p in profiles]}, indent=2) + "\n"
        fd, tmp = tempfile.mkstemp(prefix=".profiles-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def find(self, name_or_id: str) -> PostboxProfile:
        profiles = self.load()
        for p in profiles:
            if p.id == name_or_id or p.name == name_or_id:
                return p
        names = ", ".join(f'"{p.name}"' for p in profiles) or msg("none yet")
        raise ProfileStoreError(
            msg('There is no postbox profile "{name}" (profiles: {names}).', name=name_or_id, names=names)
        )

    def put(self, profile: PostboxProfile) -> None:
        """Add the profile or replace the one with the same id; names stay unique."""
        problems = profile.problems()
        if problems:
            raise ProfileStoreError(join(problems))
        profiles = self.load()
        if any(p.name == profile.name and p.id != profile.id for p in profiles):
            raise ProfileStoreError(
                msg('A postbox profile named "{name}" already exists; choose another name.', name=profile.name)
            )
        for i, p in enumerate(profiles):
            if p.id == profile.id:
                profiles[i] = profile
                break
        else:
            profiles.append(profile)
        self.save(profiles)

    def remove(self, profile_id: str) -> None:
        self.save([p for p in self.load() if p.id != profile_id])
