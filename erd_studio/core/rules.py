"""Semantic rules E101–E110 and W201–W204, on the (leniently built) model.

Each rule reads only what is well-typed and leaves malformed entries to the schema
check (E002), so one mistake gives one diagnostic, not a cascade. Rules return
diagnostics without positions; ``validate`` places them in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .diagnostics import Diagnostic, make, pointer_join
from .messages import Msg, msg
from .model import MISSING, ErdDocument, Field, Mapping, TargetProfile
from .profiles import ProfileRegistry
from .types import convert_msg, convertible, max_text_length, value_problem_msg

PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
RECORD_ID = "id"


def template_placeholders(template: str) -> list[str]:
    return PLACEHOLDER.findall(template)


def _fields(doc: ErdDocument) -> Iterator[tuple[int, Field]]:
    if isinstance(doc.fields, list):
        for i, f in enumerate(doc.fields):
            if isinstance(f, Field) and isinstance(f.key, str):
                yield i, f


def _mappings(doc: ErdDocument) -> Iterator[tuple[int, Mapping]]:
    if isinstance(doc.mappings, list):
        for i, m in enumerate(doc.mappings):
            if isinstance(m, Mapping):
                yield i, m


def check(doc: ErdDocument, registry: ProfileRegistry) -> list[Diagnostic]:
    field_map: dict[str, Field] = {}
    out = list(_field_rules(doc, field_map))
    profile = registry.get(doc.target)
    if doc.target is not MISSING and isinstance(doc.target, str) and profile is None:
        known = ", ".join(registry.ids()) or "-"
        text = msg(
            'the target profile "{target}" is not known; use one of: {known} (or load a profile file)',
            target=doc.target,
            known=known,
        )
        out.append(make("E109", text, "/target"))
    out.extend(_mapping_rules(doc, field_map, profile))
    return out


def _field_rules(doc: ErdDocument, field_map: dict[str, Field]) -> Iterator[Diagnostic]:
    for i, f in _fields(doc):
        if f.key in field_map:
            text = msg('the field key "{key}" is used twice; field keys must be unique', key=f.key)
            yield make("E101", text, pointer_join("fields", i, "key"))
        else:
            field_map[f.key] = f
        for prop in ("default", "example"):
            value = f.get(prop)
            if value is MISSING:
                continue
            problem = value_problem_msg(value, f)
            if problem is not None:
                template = (
                    'the default of field "{key}" is not valid: {problem}'
                    if prop == "default"
                    else 'the example of field "{key}" is not valid: {problem}'
                )
                yield make("E110", msg(template, key=f.key, problem=problem), pointer_join("fields", i, prop))


def _mapping_rules(doc: ErdDocument, fields: dict[str, Field], profile: TargetProfile | None) -> Iterator[Diagnostic]:
    filled: dict[str, int] = {}
    used: set[str] = set()
    for i, m in _mappings(doc):
        used.update(_used_fields(m))
        yield from _references(i, m, fields)
        if profile is None or not isinstance(m.target, str):
            continue
        attr = profile.attribute(m.target)
        if attr is None:
            choices = ", ".join(a.key for a in profile.attributes[:12])
            text = msg(
                '"{target}" is not an attribute of {profile}; choose one of: {choices}',
                target=m.target,
                profile=profile.name,
                choices=choices,
            )
            yield make("E103", text, pointer_join("mappings", i, "target"))
            continue
        if m.target in filled:
            text = msg(
                'the attribute "{target}" is already filled by mapping {n}; remove one of them',
                target=m.target,
                n=filled[m.target] + 1,
            )
            yield make("E104", text, pointer_join("mappings", i, "target"))
        else:
            filled[m.target] = i
        yield from _value_rules(i, m, fields, attr)
    if profile is not None:
        for attr in profile.attributes:
            if attr.required and attr.key not in filled:
                label = f" ({attr.label})" if attr.label else ""
                text = msg(
                    'the required attribute "{key}"{label} is not filled; add a mapping for it',
                    key=attr.key,
                    label=label,
                )
                yield make("E105", text, "/mappings")
    for i, f in _fields(doc):
        if f.key not in used:
            yield make(
                "W201",
                msg('the field "{key}" is sent but no mapping uses it', key=f.key),
                pointer_join("fields", i, "key"),
            )


def _used_fields(m: Mapping) -> list[str]:
    if isinstance(m.source, str) and m.kind == "source":
        return [m.source]
    if isinstance(m.template, str):
        return template_placeholders(m.template)
    return []


def _references(i: int, m: Mapping, fields: dict[str, Field]) -> Iterator[Diagnostic]:
    if isinstance(m.source, str) and m.source not in fields:
        text = msg('the mapping source "{source}" is not a field of this ERD', source=m.source)
        yield make("E102", text, pointer_join("mappings", i, "source"))
    if isinstance(m.template, str):
        for name in template_placeholders(m.template):
            if name != RECORD_ID and name not in fields:
                text = msg(
                    'the template uses {{{name}}}, but there is no field "{name}" (use {{id}} for the record id)',
                    name=name,
                )
                yield make("E107", text, pointer_join("mappings", i, "template"))


def _value_rules(i: int, m: Mapping, fields: dict[str, Field], attr: Any) -> Iterator[Diagnostic]:
    base = ("mappings", i)
    if m.kind == "constant":
        yield from _target_value(m.constant, attr, pointer_join(*base, "constant"), msg("the constant"))
        return
    if m.kind != "source" or not isinstance(m.source, str) or m.source not in fields:
        return
    source = fields[m.source]
    if isinstance(m.lookup, dict):
        for key, out in m.lookup.items():
            what = msg('the lookup output for "{value}"', value=key)
            yield from _target_value(out, attr, pointer_join(*base, "lookup", key), what)
        if m.default is not MISSING:
            yield from _target_value(m.default, attr, pointer_join(*base, "default"), msg("the lookup default"))
        yield from _lookup_coverage(i, m, source)
    elif source.get("type") is not MISSING and not convertible(source, attr):
        if source.get("type") == "enum" and attr.type == "enum":
            template = 'some values of the field "{key}" are not allowed values of "{target}"; add a lookup table that translates them'
        else:
            template = 'the field "{key}" ({type}) cannot fill "{target}" ({target_type}) directly; add a lookup table or choose another field'
        text = msg(template, key=source.key, type=source.get("type"), target=attr.key, target_type=attr.type)
        yield make("E106", text, pointer_join(*base, "source"))
    else:
        yield from _length_rule(i, source, attr)
    if attr.required and source.required in (False, MISSING) and source.default is MISSING:
        text = msg(
            'the optional field "{key}" fills the required attribute "{target}"; records without it will be refused',
            key=source.key,
            target=attr.key,
        )
        yield make("W202", text, pointer_join(*base, "source"))


def _target_value(value: Any, attr: Any, pointer: str, what: Msg) -> Iterator[Diagnostic]:
    _, problem = convert_msg(value, attr)
    if problem is not None:
        text = msg('{what} is not valid for "{target}": {problem}', what=what, target=attr.key, problem=problem)
        yield make("E108", text, pointer)


def _lookup_coverage(i: int, m: Mapping, source: Field) -> Iterator[Diagnostic]:
    if source.type != "enum" or not isinstance(source.values, list) or m.default is not MISSING:
        return
    missing = [v for v in source.values if isinstance(v, str) and v not in m.lookup]
    if missing:
        shown = ", ".join(f'"{v}"' for v in missing[:8])
        text = msg(
            'the lookup does not list {values} of field "{key}" and has no default; add the missing values or a default',
            values=shown,
            key=source.key,
        )
        yield make("W203", text, pointer_join("mappings", i, "lookup"))


def _length_rule(i: int, source: Field, attr: Any) -> Iterator[Diagnostic]:
    if attr.max_length is None or source.type not in ("string", "text", "email", "url", "enum"):
        return
    longest = max_text_length(source)
    if longest is None or longest > attr.max_length:
        if longest is None:
            template = (
                'the field "{key}" has no maximum length, but "{target}" accepts at most {limit}; set a maxLength'
            )
        else:
            template = (
                'the field "{key}" may hold {n} characters, but "{target}" accepts at most {limit}; set a maxLength'
            )
        text = msg(template, key=source.key, n=longest, target=attr.key, limit=attr.max_length)
        yield make("W204", text, pointer_join("mappings", i, "source"))
