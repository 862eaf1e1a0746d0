"""Where each ERD field comes from in a YouTrack issue, for the workflow export.

A *property* is a short text the export dialog and the CLI (``--map FIELD=PROPERTY``)
accept: a built-in issue property (``summary``, ``reporter.email`` …), a custom field
by name (``field:Priority``), a constant (``const:6``) or nothing (``none``: the
field is not sent). ``default_property`` guesses a sensible one from the field's key,
label and type, so most ERDs export without any mapping at all.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..messages import Msg, MsgError, msg
from ..model import MISSING, Field

# property -> (JavaScript expression on `issue`, what a person reads in the dialog)
ISSUE_PROPERTIES: dict[str, tuple[str, Msg]] = {
    "summary": ("issue.summary", msg("the issue's summary")),
    "description": ("issue.description", msg("the issue's description")),
    "url": ("issue.url", msg("the issue's URL")),
    "id": ("issue.id", msg("the issue's ID (e.g. OPS-12)")),
    "reporter.email": ("issue.reporter && issue.reporter.email", msg("the reporter's e-mail address")),
    "reporter.name": ("issue.reporter && issue.reporter.fullName", msg("the reporter's full name")),
    "reporter.login": ("issue.reporter && issue.reporter.login", msg("the reporter's login")),
    "created": ("issue.created", msg("when the issue was created")),
    "updated": ("issue.updated", msg("when the issue was last updated")),
    "project": ("issue.project && issue.project.name", msg("the project's name")),
}
FIELD_PREFIX = "field:"
CONST_PREFIX = "const:"
NONE = "none"

_BY_KEY = {
    "summary": ("summary", "name", "title", "subject"),
    "description": ("description", "body", "details"),
    "url": ("url", "issue_url", "link", "ticket_url", "externalurl", "web_url", "issueurl"),
    "id": ("id", "key", "issue_id", "issue_key", "ticket_id", "idreadable"),
    "reporter.email": ("contact", "reporter", "reporter_email", "email", "author_email", "author"),
    "created": ("created", "created_at", "createdat", "opened"),
    "updated": ("updated", "updated_at", "updatedat"),
}
_BY_TYPE = {"url": "url", "email": "reporter.email"}


class PropertyError(MsgError, ValueError):
    """A property text that names nothing; the message lists what is possible."""


@dataclass(frozen=True)
class Source:
    """A parsed property: ``kind`` is issue, field, const or none."""

    kind: str
    value: Any = None

    def describe(self) -> str:
        if self.kind == "issue":
            return str(ISSUE_PROPERTIES[self.value][1])
        if self.kind == "field":
            return f'the custom field "{self.value}"'
        if self.kind == "const":
            return f"always {json.dumps(self.value, ensure_ascii=False)}"
        return "not sent"


def default_property(f: Field) -> str:
    """The property a field most likely comes from in YouTrack."""
    names = {str(v).lower() for v in (f.key, f.label) if isinstance(v, str)}
    for prop, keys in _BY_KEY.items():
        if names & set(keys):
            return prop
    if f.type in _BY_TYPE:
        return _BY_TYPE[f.type]
    if f.default is not MISSING:
        return CONST_PREFIX + (f.default if isinstance(f.default, str) else json.dumps(f.default))
    label = f.label if isinstance(f.label, str) and f.label else f.key
    return FIELD_PREFIX + str(label)


def parse_property(text: str, f: Field) -> Source:
    """Parse a property text for field ``f`` (constants take the field's type)."""
    text = text.strip()
    if text in ("", NONE):
        return Source("none")
    if text in ISSUE_PROPERTIES:
        return Source("issue", text)
    if text.startswith(FIELD_PREFIX) and text[len(FIELD_PREFIX) :].strip():
        return Source("field", text[len(FIELD_PREFIX) :].strip())
    if text.startswith(CONST_PREFIX):
        return Source("const", _constant(text[len(CONST_PREFIX) :], f))
    known = ", ".join([*ISSUE_PROPERTIES, "field:NAME", "const:VALUE", NONE])
    raise PropertyError(
        msg(
            '"{text}" for the field "{key}" is not a YouTrack property; use one of: {known}',
            text=text,
            key=f.key,
            known=known,
        )
    )


def _constant(raw: str, f: Field) -> Any:
    if f.type in ("integer", "number", "boolean"):
        try:
            return json.loads(raw)
        except ValueError:
            raise PropertyError(
                msg('the constant "{raw}" for the field "{key}" is not {type}', raw=raw, key=f.key, type=f.type)
            ) from None
    return raw


def property_map(fields: list[Field], chosen: dict[str, str] | None = None) -> dict[str, str]:
    """Property text per field key: the user's choice where given, else the default."""
    chosen = chosen or {}
    return {f.key: chosen.get(f.key) or default_property(f) for f in fields if isinstance(f.key, str)}


def choices() -> list[tuple[str, Msg]]:
    """(property, description) pairs for a drop-down; custom fields and constants are typed."""
    return [(k, v[1]) for k, v in ISSUE_PROPERTIES.items()] + [(NONE, msg("not sent"))]
