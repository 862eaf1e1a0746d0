"""One record through one ERD: the evaluation step behind ``core.evaluate``.

``RecordEvaluation`` checks the record's envelope and attributes against the fields,
fills in defaults, then applies every mapping; each problem becomes a ``RecordError``.
Kept apart from ``evaluate`` so that the public API there stays short.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .diagnostics import pointer_join
from .messages import Msg, identity, msg
from .model import MISSING, ErdDocument, Field, Mapping, TargetProfile
from .payload import field_accepts_absence
from .rules import PLACEHOLDER, RECORD_ID
from .types import convert_msg, describe_type_msg, render_text, value_problem, value_problem_msg

_ABSENT = MISSING


@dataclass(frozen=True, slots=True)
class RecordError:
    """One problem of one record (or of the definition, when ``pointer`` is into the ERD)."""

    pointer: str
    code: str
    message: str
    text: Msg | None = field(default=None, compare=False)  # the translatable form of ``message``

    @classmethod
    def of(cls, pointer: str, code: str, message: Msg) -> RecordError:
        return cls(pointer, code, message.render(), message)

    def localized(self, translate: Callable[[str], str] = identity) -> str:
        return self.text.render(translate) if self.text is not None else self.message

    def to_json(self) -> dict[str, str]:
        return {"pointer": self.pointer, "code": self.code, "message": self.message}


@dataclass
class RecordResult:
    """What one record became: the target entity, or why it cannot become one."""

    index: int | None
    id: Any
    entity: dict[str, Any] = field(default_factory=dict)
    errors: list[RecordError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_json(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "id": self.id,
            "entity": self.entity,
            "errors": [e.to_json() for e in self.errors],
        }


class _TypeOnly:
    """A spec with a type and no constraints: tells a wrong type from a broken constraint."""

    __slots__ = ("type",)

    def __init__(self, type_name: Any) -> None:
        self.type = type_name

    def get(self, json_key: str) -> Any:
        return self.type if json_key == "type" else MISSING


class RecordEvaluation:
    """The evaluation of one record; ``run()`` returns its RecordResult."""

    def __init__(
        self, doc: ErdDocument, profile: TargetProfile | None, record: Any, index: int, fields: dict[str, Field]
    ) -> None:
        self.doc, self.profile, self.record = doc, profile, record
        self.base = ("data", index)
        self.result = RecordResult(index, record.get("id") if isinstance(record, dict) else None)
        self.values: dict[str, Any] = {}
        self.fields = fields
        self.failed: set[str] = set()  # field keys and target attributes already reported

    def error(self, pointer: str, code: str, message: Msg) -> None:
        self.result.errors.append(RecordError.of(pointer, code, message))

    def at(self, *parts: str | int) -> str:
        return pointer_join(*self.base, *parts)

    def run(self) -> RecordResult:
        attributes = self._envelope()
        if attributes is not None:
            self._read_fields(attributes)
            self._map()
        return self.result

    def _envelope(self) -> dict[str, Any] | None:
        rec = self.record
        if not isinstance(rec, dict):
            self.error(self.at(), "not-an-object", msg('a record must be an object {{"id": …, "attributes": {{…}}}}'))
            return None
        rid = rec.get("id", _ABSENT)
        if rid is _ABSENT:
            self.error(self.at(), "missing-id", msg('the record has no "id"; send the ticket id, e.g. "OPS-12"'))
        elif not isinstance(rid, str) or not rid:
            self.error(self.at("id"), "invalid-id", msg('the record "id" must be a non-empty text, e.g. "OPS-12"'))
        for key in rec:
            if key not in ("id", "type", "attributes"):
                self.error(
                    self.at(key),
                    "unknown-member",
                    msg('"{key}" is not part of a record; use "id" and "attributes"', key=key),
                )
        if "type" in rec and not isinstance(rec["type"], str):
            self.error(self.at("type"), "invalid-type", msg('the record "type" must be a text when it is sent'))
        attributes = rec.get("attributes", _ABSENT)
        if attributes is _ABSENT:
            self.error(self.at(), "missing-attributes", msg('the record has no "attributes" object'))
            return None
        if not isinstance(attributes, dict):
            self.error(self.at("attributes"), "attributes-not-an-object", msg('"attributes" must be an object {{…}}'))
            return None
        return attributes

    def _read_fields(self, attributes: dict[str, Any]) -> None:
        for key in attributes:
            if key not in self.fields:
                known = ", ".join(list(self.fields)[:12]) or msg("none")
                self.error(
                    self.at("attributes", key),
                    "unknown-attribute",
                    msg('"{key}" is not a field of this ERD; send only: {known}', key=key, known=known),
                )
        for key, f in self.fields.items():
            value = attributes.get(key)
            if value is None:
                value = f.default if f.default is not MISSING else None
                if value is None:
                    if not field_accepts_absence(f):
                        self.failed.add(key)
                        self.error(
                            self.at("attributes", key),
                            "missing-required",
                            msg('the required field "{key}" is missing', key=key),
                        )
                    continue
            if self._field_value_ok(key, f, value):
                self.values[key] = value
            else:
                self.failed.add(key)

    def _field_value_ok(self, key: str, f: Field, value: Any) -> bool:
        if not isinstance(f.type, str):
            return True  # a broken definition (E002): the field's type is unknown, so take the value
        problem = value_problem_msg(value, f)
        if problem is None:
            return True
        if value_problem(value, _TypeOnly(f.type)) is not None:
            code = "wrong-type"
        else:
            code = "enum-value" if f.type == "enum" else "invalid-value"
        self.error(self.at("attributes", key), code, msg('the field "{key}": {problem}', key=key, problem=problem))
        return False

    def _map(self) -> None:
        if self.profile is None:
            self.error(
                "/target", "unknown-profile", msg('the target profile "{target}" is not known', target=self.doc.target)
            )
            return
        filled: set[str] = set()
        mappings = self.doc.mappings if isinstance(self.doc.mappings, list) else []
        for i, m in enumerate(mappings):
            if isinstance(m, Mapping) and isinstance(m.target, str) and m.target not in filled:
                filled.add(m.target)
                self._apply(i, m)
        for attr in self.profile.attributes:
            if attr.required and attr.key not in self.result.entity and attr.key not in self.failed:
                if attr.key in filled:
                    continue  # its source is empty: reported in _apply
                self.error(
                    "/mappings",
                    "unmapped-required",
                    msg('the required attribute "{key}" is not filled by any mapping', key=attr.key),
                )

    def _apply(self, i: int, m: Mapping) -> None:
        attr = self.profile.attribute(m.target) if self.profile else None
        if attr is None:
            self.error(
                pointer_join("mappings", i, "target"),
                "unknown-target",
                msg('"{target}" is not a target attribute', target=m.target),
            )
            return
        kind = m.kind
        if kind == "constant":
            self._store(attr, m.constant, ("mappings", i, "constant"), msg("the constant"))
        elif kind == "template" and isinstance(m.template, str):
            text = self._render(i, m.template, attr.key)
            if text is not None:
                self._store(attr, text, ("mappings", i, "template"), msg("the template's text"))
        elif kind == "source" and isinstance(m.source, str):
            self._from_source(i, m, attr)
        else:
            self.error(
                pointer_join("mappings", i), "invalid-mapping", msg("the mapping needs one of source/constant/template")
            )

    def _from_source(self, i: int, m: Mapping, attr: Any) -> None:
        source = m.source
        if source not in self.fields:
            self.error(
                pointer_join("mappings", i, "source"),
                "unknown-field",
                msg('"{source}" is not a field of this ERD', source=source),
            )
            return
        if source not in self.values:
            if attr.required and source not in self.failed:
                self.failed.add(attr.key)
                self.error(
                    self.at("attributes", source),
                    "missing-required",
                    msg(
                        'the field "{source}" is missing, but it fills the required attribute "{key}"',
                        source=source,
                        key=attr.key,
                    ),
                )
            elif source in self.failed:
                self.failed.add(attr.key)
            return
        value = self.values[source]
        where: tuple[str | int, ...] = (*self.base, "attributes", source)
        if isinstance(m.lookup, dict):
            key = render_text(value)
            if key in m.lookup:
                value, where = m.lookup[key], ("mappings", i, "lookup", key)
            elif m.default is not MISSING:
                value, where = m.default, ("mappings", i, "default")
            else:
                self.failed.add(attr.key)
                listed = ", ".join(f'"{k}"' for k in list(m.lookup)[:10])
                self.error(
                    self.at("attributes", source),
                    "lookup-miss",
                    msg(
                        'the field "{source}" is "{value}", which the lookup for "{key}" does not list ({listed}) '
                        "and there is no default",
                        source=source,
                        value=key,
                        key=attr.key,
                        listed=listed,
                    ),
                )
                return
        self._store(attr, value, where, msg('the field "{source}"', source=source))

    def _render(self, i: int, template: str, target: str) -> str | None:
        missing: list[str] = []

        def fill(match: Any) -> str:
            name = match.group(1)
            if name == RECORD_ID:
                return render_text(self.result.id)
            if name not in self.fields:
                missing.append(name)
                self.error(
                    pointer_join("mappings", i, "template"),
                    "template-field-unknown",
                    msg("the template uses {{{name}}}, but there is no such field", name=name),
                )
                return ""
            if name not in self.values:
                missing.append(name)
                if name not in self.failed:
                    self.error(
                        self.at("attributes", name),
                        "template-field-missing",
                        msg(
                            'the field "{name}" is missing, but the template for "{target}" uses it',
                            name=name,
                            target=target,
                        ),
                    )
                return ""
            return render_text(self.values[name])

        text = PLACEHOLDER.sub(fill, template)
        if missing:
            self.failed.add(target)
            return None
        return text

    def _store(self, attr: Any, value: Any, where: tuple[str | int, ...], what: Msg) -> None:
        """Fill ``attr``; on failure report at ``where`` (pointer parts, joined only then: it is the hot path)."""
        converted, problem = convert_msg(value, attr)
        if problem is None:
            self.result.entity[attr.key] = converted
            return
        self.failed.add(attr.key)
        code = "enum-value" if attr.type == "enum" and isinstance(converted, str) else "not-convertible"
        self.error(
            pointer_join(*where),
            code,
            msg(
                '{what} cannot fill "{key}" ({type}): {problem}',
                what=what,
                key=attr.key,
                type=describe_type_msg(attr.type),
                problem=problem,
            ),
        )


def field_map(doc: ErdDocument) -> dict[str, Field]:
    """Fields by key (the first of duplicate keys wins, as E101 reports the later one)."""
    out: dict[str, Field] = {}
    for f in doc.field_list():
        if isinstance(f.key, str) and f.key not in out:
            out[f.key] = f
    return out
