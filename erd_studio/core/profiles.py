"""Target profiles: the shipped ones and those a user loads from a file."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema
import jsonschema_rs

from ..resources import resource
from .messages import MsgError, msg
from .model import TargetProfile


class ProfileError(MsgError, ValueError):
    """A profile file that cannot be used; the message says why in plain words."""


@lru_cache(maxsize=1)
def _profile_schema() -> dict[str, Any]:
    return json.loads(resource("schema", "target-profile-1.0.schema.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _profile_validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(_profile_schema())


@lru_cache(maxsize=1)
def _fast_profile_validator() -> Any:
    return jsonschema_rs.validator_for(_profile_schema())


def profile_from_json(data: Any, origin: str = "profile") -> TargetProfile:
    """A checked profile; the detailed (slow) validator only runs to explain a failure."""
    if _fast_profile_validator().is_valid(data):
        return TargetProfile.from_json(data)
    errors = sorted(_profile_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        where = "/" + "/".join(map(str, first.absolute_path))
        raise ProfileError(
            msg(
                "{origin} is not a valid target profile: {reason} (at {where})",
                origin=origin,
                reason=first.message,
                where=where,
            )
        )
    return TargetProfile.from_json(data)


def load_profile_file(path: str | Path) -> TargetProfile:
    path = Path(path)
    try:
        data = json.loads(path.read_text("utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(msg("cannot read the profile {path}: {reason}", path=path, reason=str(exc))) from exc
    except ValueError as exc:
        raise ProfileError(msg("the profile {path} is not valid JSON: {reason}", path=path, reason=str(exc))) from exc
    return profile_from_json(data, str(path))


@lru_cache(maxsize=1)
def builtin_profiles() -> dict[str, TargetProfile]:
    profiles = {}
    for path in sorted(resource("targets").glob("*.json")):
        profile = load_profile_file(path)
        profiles[profile.id] = profile
    return profiles


class ProfileRegistry:
    """The profiles an ERD's ``target`` can name: built-in ones plus user-loaded ones."""

    def __init__(self, extra: list[TargetProfile] | None = None, include_builtin: bool = True) -> None:
        self._profiles: dict[str, TargetProfile] = dict(builtin_profiles()) if include_builtin else {}
        for profile in extra or []:
            self.add(profile)

    def add(self, profile: TargetProfile) -> None:
        self._profiles[profile.id] = profile

    def get(self, profile_id: Any) -> TargetProfile | None:
        return self._profiles.get(profile_id) if isinstance(profile_id, str) else None

    def ids(self) -> list[str]:
        return sorted(self._profiles)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._profiles.values())


def default_registry() -> ProfileRegistry:
    return ProfileRegistry()
