"""Fields proposed from a sample JSON object, e.g. a ticket copied from a tracker's API.

Each top-level property becomes a proposed field with a type inferred from its value;
nested objects are flattened one level deep (``reporter.email`` → ``reporter_email``)
and anything that cannot be a field (lists, deeper nesting) is skipped with a note
that says why. A postbox request body (``{"data": [{"id": …, "attributes": {…}}]}``)
is recognised and its first record's attributes are used.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..edits import FIELD_KEY, RESERVED_KEYS, field_keys
from ..jsonload import json_reason
from ..messages import Msg, MsgError, msg
from ..model import ErdDocument, Field
from ..types import value_problem

TEXT_LENGTH = 200  # longer strings, or strings with line breaks, are proposed as text


class SampleError(MsgError, ValueError):
    """A sample that cannot be read; the message says what to paste instead."""


@dataclass
class ProposedField:
    """One field the sample suggests; ``selected`` is what the user confirms."""

    key: str
    type: str
    path: str
    example: Any
    note: Msg | str = ""  # why the user should look twice, translatable
    selected: bool = True
    exists: bool = False

    def to_field(self) -> Field:
        f = Field(key=self.key, label=_label(self.path), type=self.type, required=False)
        if self.example is not None and value_problem(self.example, f) is None:
            f.example = self.example
        return f


@dataclass
class SampleProposal:
    fields: list[ProposedField] = field(default_factory=list)
    skipped: list[Msg] = field(default_factory=list)  # notes on what was left out, and why

    def selected(self) -> list[ProposedField]:
        return [p for p in self.fields if p.selected]


def parse_sample(text: str) -> Any:
    """The sample as JSON; SampleError with the position when it is not JSON."""
    if not text.strip():
        raise SampleError(msg("the sample is empty; paste a JSON object such as a ticket from your tracker's API"))
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise SampleError(
            msg(
                "the sample is not valid JSON (line {line}, column {column}: {reason})",
                line=exc.lineno,
                column=exc.colno,
                reason=json_reason(exc),
            )
        ) from exc
    except RecursionError:
        raise SampleError(msg("the sample is nested too deeply; paste one ticket as a JSON object")) from None


def _fits(value: Any, type_name: str) -> bool:
    return value_problem(value, Field(type=type_name)) is None


def infer_type(value: Any) -> str:
    """The ERD field type a value most likely has."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if not isinstance(value, str):
        return "string"
    for type_name in ("datetime", "date", "url", "email"):
        if _fits(value, type_name):
            return type_name
    return "text" if "\n" in value or len(value) > TEXT_LENGTH else "string"


def _label(path: str) -> str:
    words = re.sub(r"([a-z])([A-Z])", r"\1 \2", path.replace(".", " ").replace("_", " ")).split()
    return " ".join(words)[:1].upper() + " ".join(words)[1:] if words else path


def make_key(path: str) -> str:
    """A valid field key for a property path (``reporter.email`` → ``reporter_email``)."""
    key = re.sub(r"\W+", "_", path.replace(".", "_"), flags=re.ASCII).strip("_") or "field"
    if key[0].isdigit():
        key = "_" + key
    if key in RESERVED_KEYS:
        key = "external_id"
    return key[:64]


def _records(sample: Any) -> dict[str, Any]:
    if isinstance(sample, dict) and isinstance(sample.get("data"), list) and sample["data"]:
        first = sample["data"][0]
        if isinstance(first, dict) and isinstance(first.get("attributes"), dict):
            return first["attributes"]
    if isinstance(sample, list) and sample and isinstance(sample[0], dict):
        return sample[0]
    if not isinstance(sample, dict):
        raise SampleError(
            msg("the sample must be a JSON object {{…}} with the ticket's properties, not a single value")
        )
    return sample


def _flatten(obj: dict[str, Any], skipped: list[Msg], prefix: str = "") -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for name, value in obj.items():
        path = f"{prefix}{name}"
        if isinstance(value, dict):
            if prefix:
                skipped.append(
                    msg("{path}: an object nested more than one level deep; map one of its values by hand", path=path)
                )
            elif not value:
                skipped.append(msg("{path}: an empty object", path=path))
            else:
                out += _flatten(value, skipped, path + ".")
        elif isinstance(value, list):
            skipped.append(msg("{path}: a list; an ERD field holds one value, not a list", path=path))
        else:
            out.append((path, value))
    return out


def propose_fields(sample: Any, doc: ErdDocument | None = None) -> SampleProposal:
    """Proposed fields for a parsed sample; fields the document already has are unselected."""
    proposal = SampleProposal()
    existing = field_keys(doc) if doc is not None else set()
    taken: set[str] = set()
    for path, value in _flatten(_records(sample), proposal.skipped):
        key = make_key(path)
        base, n = key, 2
        while key in taken:
            key, n = f"{base[:60]}_{n}", n + 1
        taken.add(key)
        note: Msg | str = ""
        if value is None:
            note = msg("the sample value is null, so the type is a guess")
        elif key != path:
            note = msg('the key "{key}" stands for "{path}"', key=key, path=path)
        if not FIELD_KEY.match(key):
            proposal.skipped.append(msg("{path}: no valid field key can be made from this name", path=path))
            continue
        exists = key in existing
        if exists:
            note = msg("the ERD already has a field with this key")
        proposal.fields.append(ProposedField(key, infer_type(value), path, value, note, not exists, exists))
    return proposal


def apply_fields(proposals: list[ProposedField]) -> Callable[[ErdDocument], None]:
    """An edit that appends the given proposed fields (skipping keys already in use)."""
    chosen = [p.to_field() for p in proposals]

    def edit(doc: ErdDocument) -> None:
        used = field_keys(doc)
        if not isinstance(doc.fields, list):
            doc.fields = []
        for f in chosen:
            if f.key not in used:
                doc.fields.append(Field.from_json(f.to_json()))
                used.add(f.key)

    return edit
