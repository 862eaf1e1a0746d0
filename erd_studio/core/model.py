"""Typed model of an ERD v1 document.

The model is built *leniently* from parsed JSON: a document with schema errors still
becomes a model, so the graphical views can show what is there while the problems
panel says what is wrong. Values keep their JSON types as found; keys the format does
not know are kept in ``extra`` so that re-rendering the source never loses anything.

``MISSING`` marks a property that is absent from the file, which is different from a
property that is present with the JSON value ``null`` (a ``constant`` may be null).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields
from typing import Any, Final


class _Missing:
    """Sentinel type for an absent JSON property."""

    _instance: _Missing | None = None

    def __new__(cls) -> _Missing:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False

    def __copy__(self) -> _Missing:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> _Missing:
        return self


MISSING: Final = _Missing()

FIELD_TYPES: Final = (
    "string",
    "text",
    "integer",
    "number",
    "boolean",
    "date",
    "datetime",
    "email",
    "url",
    "enum",
)
TEXT_TYPES: Final = frozenset({"string", "text", "email", "url"})
NUMERIC_TYPES: Final = frozenset({"integer", "number"})

# Canonical key order of each object kind (ERD-FORMAT.md); the saver writes keys in
# this order, then unknown keys in the order they were read.
DOCUMENT_KEYS: Final = ("erd", "id", "name", "description", "target", "fields", "mappings")
FIELD_KEYS: Final = (
    "key",
    "label",
    "type",
    "required",
    "values",
    "minLength",
    "maxLength",
    "pattern",
    "minimum",
    "maximum",
    "default",
    "example",
    "description",
)
MAPPING_KEYS: Final = ("target", "source", "constant", "template", "lookup", "default")
MAPPING_KINDS: Final = ("source", "constant", "template")

# Python attribute names for JSON keys that are not identifiers we want.
_FIELD_ATTR = {"minLength": "min_length", "maxLength": "max_length"}


def _attr(json_key: str) -> str:
    return _FIELD_ATTR.get(json_key, json_key)


def _same(value: Any) -> Any:
    return value


def _own(value: Any) -> Any:
    """A copy of containers (so model objects never alias caller data); scalars as they are."""
    return copy.deepcopy(value) if isinstance(value, (dict, list)) else value


_FIELD_ATTRS = tuple((k, _attr(k)) for k in FIELD_KEYS)


@dataclass
class Field:
    """One attribute that the external system sends."""

    key: Any = MISSING
    label: Any = MISSING
    type: Any = MISSING
    required: Any = MISSING
    values: Any = MISSING
    min_length: Any = MISSING
    max_length: Any = MISSING
    pattern: Any = MISSING
    minimum: Any = MISSING
    maximum: Any = MISSING
    default: Any = MISSING
    example: Any = MISSING
    description: Any = MISSING
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def is_required(self) -> bool:
        return self.required is True

    def get(self, json_key: str) -> Any:
        """Value of a property by its JSON key (``minLength``), MISSING when absent."""
        return getattr(self, _attr(json_key))

    def set(self, json_key: str, value: Any) -> None:
        setattr(self, _attr(json_key), value)

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Field:
        known = {_attr(k): _own(v) for k, v in obj.items() if k in FIELD_KEYS}
        extra = {k: _own(v) for k, v in obj.items() if k not in FIELD_KEYS}
        return cls(**known, extra=extra)

    def to_json(self, copy: bool = True) -> dict[str, Any]:
        """The JSON object; ``copy=False`` shares containers (for serialising at once)."""
        keep = _own if copy else _same
        values = ((k, getattr(self, a)) for k, a in _FIELD_ATTRS)
        out = {k: keep(v) for k, v in values if v is not MISSING}
        out.update({k: keep(v) for k, v in self.extra.items()})
        return out


@dataclass
class Mapping:
    """How one target attribute is filled: from a field, a constant or a template."""

    target: Any = MISSING
    source: Any = MISSING
    constant: Any = MISSING
    template: Any = MISSING
    lookup: Any = MISSING
    default: Any = MISSING
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def kind(self) -> str | None:
        """``source``, ``constant`` or ``template``; None when not exactly one is set."""
        present = [k for k in MAPPING_KINDS if getattr(self, k) is not MISSING]
        return present[0] if len(present) == 1 else None

    def get(self, json_key: str) -> Any:
        return getattr(self, json_key)

    def set(self, json_key: str, value: Any) -> None:
        setattr(self, json_key, value)

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Mapping:
        known = {k: _own(v) for k, v in obj.items() if k in MAPPING_KEYS}
        extra = {k: _own(v) for k, v in obj.items() if k not in MAPPING_KEYS}
        return cls(**known, extra=extra)

    def to_json(self, copy: bool = True) -> dict[str, Any]:
        keep = _own if copy else _same
        values = ((k, getattr(self, k)) for k in MAPPING_KEYS)
        out = {k: keep(v) for k, v in values if v is not MISSING}
        out.update({k: keep(v) for k, v in self.extra.items()})
        return out


@dataclass
class ErdDocument:
    """A whole ERD: metadata, fields and mappings, plus preserved unknown keys.

    ``fields`` and ``mappings`` hold model objects for entries that are JSON objects;
    an entry that is not an object (a schema error) is kept as its raw JSON value so
    that positions and re-rendering stay faithful.
    """

    erd: Any = MISSING
    id: Any = MISSING
    name: Any = MISSING
    description: Any = MISSING
    target: Any = MISSING
    fields: Any = MISSING
    mappings: Any = MISSING
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> ErdDocument:
        doc = cls()
        for key, value in obj.items():
            if key == "fields" and isinstance(value, list):
                doc.fields = [Field.from_json(v) if isinstance(v, dict) else v for v in value]
            elif key == "mappings" and isinstance(value, list):
                doc.mappings = [Mapping.from_json(v) if isinstance(v, dict) else v for v in value]
            elif key in DOCUMENT_KEYS:
                setattr(doc, key, _own(value))
            else:
                doc.extra[key] = _own(value)
        return doc

    def to_json(self, copy: bool = True) -> dict[str, Any]:
        """The JSON object; ``copy=False`` shares containers (for serialising at once)."""
        keep = _own if copy else _same
        out: dict[str, Any] = {}
        for key in DOCUMENT_KEYS:
            value = getattr(self, key)
            if value is MISSING:
                continue
            if key in ("fields", "mappings") and isinstance(value, list):
                value = [v.to_json(copy) if isinstance(v, (Field, Mapping)) else keep(v) for v in value]
            else:
                value = keep(value)
            out[key] = value
        out.update({k: keep(v) for k, v in self.extra.items()})
        return out

    def field_list(self) -> list[Field]:
        """The well-formed fields (entries that are objects), in document order."""
        return [f for f in self.fields if isinstance(f, Field)] if isinstance(self.fields, list) else []

    def mapping_list(self) -> list[Mapping]:
        """The well-formed mappings, in document order."""
        if not isinstance(self.mappings, list):
            return []
        return [m for m in self.mappings if isinstance(m, Mapping)]

    def field_by_key(self, key: str) -> Field | None:
        for f in self.field_list():
            if f.key == key:
                return f
        return None

    def clone(self) -> ErdDocument:
        """An independent copy; much cheaper than ``copy.deepcopy`` on thousands of fields
        because only containers are copied (every other value is immutable)."""
        doc = ErdDocument(**{f.name: _own(getattr(self, f.name)) for f in fields(self) if f.name not in _ITEM_LISTS})
        for name in _ITEM_LISTS:
            items = getattr(self, name)
            setattr(doc, name, [_clone_item(v) for v in items] if isinstance(items, list) else _own(items))
        return doc


_ITEM_LISTS = ("fields", "mappings")


def _clone_item(item: Any) -> Any:
    if isinstance(item, (Field, Mapping)):
        return type(item)(**{f.name: _own(getattr(item, f.name)) for f in fields(item)})
    return _own(item)


@dataclass
class Attribute:
    """One attribute of a target entity (same types and constraints as a field)."""

    key: str
    type: str
    label: str | None = None
    required: bool = False
    values: list[str] | None = None
    labels: dict[str, str] | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    description: str | None = None

    def get(self, json_key: str) -> Any:
        value = getattr(self, _attr(json_key), None)
        return MISSING if value is None else value

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Attribute:
        names = {f.name for f in fields(cls)}
        return cls(**{_attr(k): v for k, v in obj.items() if _attr(k) in names})


@dataclass
class TargetProfile:
    """The entity a postbox creates (for TTS trax: a CIP issue)."""

    id: str
    name: str
    attributes: list[Attribute]
    description: str | None = None

    def __post_init__(self) -> None:
        self._by_key = {a.key: a for a in self.attributes}

    def attribute(self, key: str) -> Attribute | None:
        return self._by_key.get(key) if isinstance(key, str) else None

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> TargetProfile:
        return cls(
            id=obj["id"],
            name=obj["name"],
            attributes=[Attribute.from_json(a) for a in obj["attributes"]],
            description=obj.get("description"),
        )
