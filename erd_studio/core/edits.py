"""Edits of an ERD document: the one implementation shared by the GUI, the CLI and tests.

Each function mutates the ``ErdDocument`` it is given and nothing else. The GUI's
``Document.apply_model_edit`` runs one of them on a clone of the model, renders the
canonical text and pushes that as one undo step, so an edit here never needs to know
about undo, views or text. Indices are positions in the raw ``fields``/``mappings``
lists, the same numbers that appear in JSON pointers (``/fields/3``), so selection and
diagnostics line up with what an edit touched.

An edit that cannot make sense (an index out of range, a key that is already used)
raises ``EditError`` with a message meant for people, before changing anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .messages import Msg, MsgError, msg
from .model import FIELD_KEYS, FIELD_TYPES, MAPPING_KINDS, MISSING, ErdDocument, Field, Mapping, TargetProfile

FIELD_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")
RESERVED_KEYS = frozenset({"id"})
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


class EditError(MsgError, ValueError):
    """An edit that cannot be applied; the message says why in plain words."""


# ---------------------------------------------------------------- helpers


def _list(doc: ErdDocument, name: str) -> list[Any]:
    """The document's ``fields``/``mappings`` list, created when absent or malformed."""
    value = getattr(doc, name)
    if not isinstance(value, list):
        value = []
        setattr(doc, name, value)
    return value


def _field_at(doc: ErdDocument, index: int) -> Field:
    items = _list(doc, "fields")
    if not 0 <= index < len(items) or not isinstance(items[index], Field):
        raise EditError(msg("there is no field number {number}", number=index + 1))
    return items[index]


def _mapping_at(doc: ErdDocument, index: int) -> Mapping:
    items = _list(doc, "mappings")
    if not 0 <= index < len(items) or not isinstance(items[index], Mapping):
        raise EditError(msg("there is no mapping number {number}", number=index + 1))
    return items[index]


def field_keys(doc: ErdDocument) -> set[str]:
    return {f.key for f in doc.field_list() if isinstance(f.key, str)}


def key_problem(doc: ErdDocument, key: Any, index: int | None = None) -> Msg | None:
    """Why ``key`` cannot be the key of field ``index`` (None when it can)."""
    if not isinstance(key, str) or not FIELD_KEY.match(key):
        return msg("a field key starts with a letter or _ and has only letters, digits and _ (at most 64)")
    if key in RESERVED_KEYS:
        return msg('"{key}" is reserved for the record id; choose another key', key=key)
    for i, f in enumerate(_list(doc, "fields")):
        if i != index and isinstance(f, Field) and f.key == key:
            return msg('the key "{key}" is already used by field {number}', key=key, number=i + 1)
    return None


def unique_key(doc: ErdDocument, base: str = "field") -> str:
    """``base``, or ``base_2``, ``base_3`` … whichever no field uses yet."""
    used = field_keys(doc)
    if base not in used and base not in RESERVED_KEYS:
        return base
    n = 2
    while f"{base}_{n}" in used:
        n += 1
    return f"{base}_{n}"


# ---------------------------------------------------------------- fields


def add_field(doc: ErdDocument, key: str | None = None, type: str = "string", index: int | None = None) -> int:
    """Insert a new field (at the end by default); returns its index."""
    key = unique_key(doc) if key is None else key
    problem = key_problem(doc, key)
    if problem:
        raise EditError(problem)
    if type not in FIELD_TYPES:
        raise EditError(
            msg('"{type}" is not a field type; use one of: {choices}', type=type, choices=", ".join(FIELD_TYPES))
        )
    new = Field(key=key, type=type, required=False)
    if type == "enum":
        new.values = ["value"]
    items = _list(doc, "fields")
    index = len(items) if index is None else max(0, min(index, len(items)))
    items.insert(index, new)
    return index


def duplicate_field(doc: ErdDocument, index: int) -> int:
    """Insert a copy of field ``index`` right after it, with a fresh key; returns its index."""
    original = _field_at(doc, index)
    copy_ = Field.from_json(original.to_json())
    base = original.key if isinstance(original.key, str) and FIELD_KEY.match(original.key) else "field"
    copy_.key = unique_key(doc, f"{base[:58]}_copy")
    _list(doc, "fields").insert(index + 1, copy_)
    return index + 1


def delete_field(doc: ErdDocument, index: int, drop_mappings: bool = False) -> None:
    """Remove field ``index``; with ``drop_mappings`` also the mappings whose source it is.

    Without it, mappings that use the field stay and show E102, so nothing the user
    drew disappears unasked.
    """
    removed = _field_at(doc, index)
    del doc.fields[index]
    if drop_mappings and isinstance(doc.mappings, list):
        doc.mappings = [m for m in doc.mappings if not (isinstance(m, Mapping) and m.source == removed.key)]


def move_field(doc: ErdDocument, index: int, to: int) -> None:
    """Move entry ``index`` of ``fields`` so that it ends up at position ``to``."""
    items = _list(doc, "fields")
    if not 0 <= index < len(items) or not 0 <= to < len(items):
        raise EditError(msg("cannot move field {number} to position {to}", number=index + 1, to=to + 1))
    items.insert(to, items.pop(index))


def set_field_property(doc: ErdDocument, index: int, json_key: str, value: Any) -> None:
    """Set one property by its JSON key (``maxLength``); ``MISSING`` removes it.

    ``key`` is set as given, references included nowhere: use ``rename_field`` to
    carry mappings and templates along.
    """
    f = _field_at(doc, index)
    if json_key in FIELD_KEYS:
        f.set(json_key, value)
    elif value is MISSING:
        f.extra.pop(json_key, None)
    else:
        f.extra[json_key] = value


def rename_field(doc: ErdDocument, index: int, new_key: str) -> int:
    """Rename a field and every mapping source and template placeholder that names it.

    Returns how many mappings were changed, so a caller can tell the user.
    """
    f = _field_at(doc, index)
    old = f.key
    if new_key == old:
        return 0
    problem = key_problem(doc, new_key, index)
    if problem:
        raise EditError(problem)
    f.key = new_key
    if not isinstance(old, str):
        return 0
    changed = 0
    for m in doc.mapping_list():
        before = (m.source, m.template)
        if m.source == old:
            m.source = new_key
        if isinstance(m.template, str):
            m.template = _PLACEHOLDER.sub(
                lambda mo: "{" + new_key + "}" if mo.group(1) == old else mo.group(0), m.template
            )
        changed += (m.source, m.template) != before
    return changed


# ---------------------------------------------------------------- mappings


def mapping_index(doc: ErdDocument, target: str) -> int | None:
    """Index of the first mapping that fills ``target``."""
    for i, m in enumerate(_list(doc, "mappings")):
        if isinstance(m, Mapping) and m.target == target:
            return i
    return None


def set_mapping(
    doc: ErdDocument,
    target: str,
    *,
    source: Any = MISSING,
    constant: Any = MISSING,
    template: Any = MISSING,
    lookup: Any = MISSING,
    default: Any = MISSING,
) -> int:
    """Fill ``target`` from a source field, a constant or a template; returns the index.

    An existing mapping of that attribute is replaced in place (its position and any
    ``x-`` keys stay); otherwise a new one is appended.
    """
    given = [k for k, v in (("source", source), ("constant", constant), ("template", template)) if v is not MISSING]
    if len(given) != 1:
        raise EditError(msg("a mapping takes exactly one of a source field, a constant or a template"))
    if (lookup is not MISSING or default is not MISSING) and source is MISSING:
        raise EditError(msg("a lookup table and its default go only with a source field"))
    if default is not MISSING and lookup is MISSING:
        raise EditError(msg("a default needs a lookup table"))
    new = Mapping(target=target, source=source, constant=constant, template=template, lookup=lookup, default=default)
    index = mapping_index(doc, target)
    items = _list(doc, "mappings")
    if index is None:
        items.append(new)
        return len(items) - 1
    new.extra = items[index].extra
    items[index] = new
    return index


def replace_mapping(doc: ErdDocument, index: int, mapping: Mapping) -> None:
    """Put ``mapping`` at ``index`` (the mapping table and the lookup editor use this)."""
    _mapping_at(doc, index)
    doc.mappings[index] = Mapping.from_json(mapping.to_json())


def delete_mapping(doc: ErdDocument, index: int) -> None:
    _mapping_at(doc, index)
    del doc.mappings[index]


def remove_mapping(doc: ErdDocument, target: str) -> bool:
    """Remove every mapping that fills ``target``; False when there was none."""
    items = _list(doc, "mappings")
    kept = [m for m in items if not (isinstance(m, Mapping) and m.target == target)]
    doc.mappings = kept
    return len(kept) != len(items)


def set_lookup(doc: ErdDocument, index: int, lookup: Any, default: Any = MISSING) -> None:
    """Give mapping ``index`` a lookup table and default; ``MISSING`` removes them."""
    m = _mapping_at(doc, index)
    if lookup is not MISSING and m.kind != "source":
        raise EditError(msg("only a mapping from a source field can have a lookup table"))
    m.lookup = dict(lookup) if isinstance(lookup, dict) else lookup
    m.default = default if lookup is not MISSING else MISSING


def set_target(doc: ErdDocument, profile_id: str) -> None:
    """Switch the target profile. Mappings stay as they are, even to missing attributes."""
    doc.target = profile_id


def set_document_property(doc: ErdDocument, key: str, value: Any) -> None:
    """Set ``id``/``name``/``description``/``erd``; ``MISSING`` removes it."""
    if key not in ("erd", "id", "name", "description", "target"):
        raise EditError(msg('"{key}" is not a document property', key=key))
    setattr(doc, key, value)


# ---------------------------------------------------------------- auto-map


def normalize_name(name: Any) -> str:
    """How names compare for auto-map: case-insensitive, ignoring ``_``, ``-`` and spaces."""
    return re.sub(r"[\s_\-]", "", name).casefold() if isinstance(name, str) else ""


@dataclass(frozen=True)
class Proposal:
    """One mapping auto-map would add, and why (shown in the preview before applying)."""

    target: str
    source: str
    reason: str


def propose_auto_mappings(doc: ErdDocument, profile: TargetProfile) -> list[Proposal]:
    """Pair every unfilled attribute with a field of the same name (key, then label).

    Attributes that are already filled are left alone; a field may fill several
    attributes. Nothing is changed: ``apply_auto_mappings`` does that.
    """
    filled = {m.target for m in doc.mapping_list()}
    fields = [f for f in doc.field_list() if isinstance(f.key, str)]
    by_key: dict[str, Field] = {}
    by_label: dict[str, Field] = {}
    for f in fields:
        by_key.setdefault(normalize_name(f.key), f)
        by_label.setdefault(normalize_name(f.label), f)
    out = []
    for attr in profile.attributes:
        if attr.key in filled:
            continue
        found = _match(attr.key, attr.label, by_key, by_label)
        if found is not None:
            out.append(Proposal(attr.key, found[0].key, found[1]))
    return out


def _match(
    key: str, label: str | None, by_key: dict[str, Field], by_label: dict[str, Field]
) -> tuple[Field, str] | None:
    for name, what in ((key, "key"), (label, "label")):
        norm = normalize_name(name)
        if not norm:
            continue
        if norm in by_key:
            return by_key[norm], f"field key matches the attribute {what}"
        if norm in by_label:
            return by_label[norm], f"field label matches the attribute {what}"
    return None


def apply_auto_mappings(doc: ErdDocument, proposals: list[Proposal]) -> int:
    """Add the proposed mappings (skipping attributes filled meanwhile); returns how many."""
    added = 0
    for p in proposals:
        if mapping_index(doc, p.target) is None:
            set_mapping(doc, p.target, source=p.source)
            added += 1
    return added


__all__ = [
    "MAPPING_KINDS",
    "EditError",
    "Proposal",
    "add_field",
    "apply_auto_mappings",
    "delete_field",
    "delete_mapping",
    "duplicate_field",
    "key_problem",
    "mapping_index",
    "move_field",
    "normalize_name",
    "propose_auto_mappings",
    "remove_mapping",
    "rename_field",
    "replace_mapping",
    "set_document_property",
    "set_field_property",
    "set_lookup",
    "set_mapping",
    "set_target",
    "unique_key",
]
