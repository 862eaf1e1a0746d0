"""Semantic rules E101–E110 and W201–W204, on the (leniently built) model.

Each rule reads only what is well-typed and leaves malformed entries to the schema
check (E002), so one mistake gives one diagnostic, not a cascade. Rules return
diagnostics without positions; ``validate`` places them in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .diagnostics import Diagnostic, pointer_join
from .model import MISSING, ErdDocument, Field, Mapping, TargetProfile
from .profiles import ProfileRegistry
from .types import convert, convertible, describe_type, max_text_length, value_problem

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
        known = ", ".join(registry.ids()) or "none"
        msg = f'the target profile "{doc.target}" is not known; use one of: {known} (or load a profile file)'
        out.append(Diagnostic("E109", msg, "/target"))
    out.extend(_mapping_rules(doc, field_map, profile))
    return out


def _field_rules(doc: ErdDocument, field_map: dict[str, Field]) -> Iterator[Diagnostic]:
    for i, f in _fields(doc):
        if f.key in field_map:
            yield Diagnostic(
                "E101",
                f'the field key "{f.key}" is used twice; field keys must be unique',
                pointer_join("fields", i, "key"),
            )
        else:
            field_map[f.key] = f
        for prop in ("default", "example"):
            value = f.get(prop)
            if value is MISSING:
                continue
            problem = value_problem(value, f)
            if problem is not None:
                yield Diagnostic(
                    "E110", f'the {prop} of field "{f.key}" is not valid: {problem}', pointer_join("fields", i, prop)
                )


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
            msg = f'"{m.target}" is not an attribute of {profile.name}; choose one of: {", ".join(a.key for a in profile.attributes[:12])}'
            yield Diagnostic("E103", msg, pointer_join("mappings", i, "target"))
            continue
        if m.target in filled:
            yield Diagnostic(
                "E104",
                f'the attribute "{m.target}" is already filled by mapping {filled[m.target] + 1}; remove one of them',
                pointer_join("mappings", i, "target"),
            )
        else:
            filled[m.target] = i
        yield from _value_rules(i, m, fields, attr)
    if profile is not None:
        for attr in profile.attributes:
            if attr.required and attr.key not in filled:
                label = f" ({attr.label})" if attr.label else ""
                msg = f'the required attribute "{attr.key}"{label} is not filled; add a mapping for it'
                yield Diagnostic("E105", msg, "/mappings")
    for i, f in _fields(doc):
        if f.key not in used:
            yield Diagnostic(
                "W201", f'the field "{f.key}" is sent but no mapping uses it', pointer_join("fields", i, "key")
            )


def _used_fields(m: Mapping) -> list[str]:
    if isinstance(m.source, str) and m.kind == "source":
        return [m.source]
    if isinstance(m.template, str):
        return template_placeholders(m.template)
    return []


def _references(i: int, m: Mapping, fields: dict[str, Field]) -> Iterator[Diagnostic]:
    if isinstance(m.source, str) and m.source not in fields:
        yield Diagnostic(
            "E102", f'the mapping source "{m.source}" is not a field of this ERD', pointer_join("mappings", i, "source")
        )
    if isinstance(m.template, str):
        for name in template_placeholders(m.template):
            if name != RECORD_ID and name not in fields:
                msg = f'the template uses {{{name}}}, but there is no field "{name}" (use {{id}} for the record id)'
                yield Diagnostic("E107", msg, pointer_join("mappings", i, "template"))


def _value_rules(i: int, m: Mapping, fields: dict[str, Field], attr: Any) -> Iterator[Diagnostic]:
    base = ("mappings", i)
    if m.kind == "constant":
        yield from _target_value(m.constant, attr, pointer_join(*base, "constant"), "the constant")
        return
    if m.kind != "source" or not isinstance(m.source, str) or m.source not in fields:
        return
    source = fields[m.source]
    if isinstance(m.lookup, dict):
        for key, out in m.lookup.items():
            yield from _target_value(out, attr, pointer_join(*base, "lookup", key), f'the lookup output for "{key}"')
        if m.default is not MISSING:
            yield from _target_value(m.default, attr, pointer_join(*base, "default"), "the lookup default")
        yield from _lookup_coverage(i, m, source)
    elif source.get("type") is not MISSING and not convertible(source, attr):
        msg = (
            f'the field "{source.key}" ({source.get("type")}) cannot fill "{attr.key}" ({attr.type}) directly; '
            "add a lookup table or choose another field"
        )
        yield Diagnostic("E106", msg, pointer_join(*base, "source"))
    else:
        yield from _length_rule(i, source, attr)
    if attr.required and source.required in (False, MISSING) and source.default is MISSING:
        msg = f'the optional field "{source.key}" fills the required attribute "{attr.key}"; records without it will be refused'
        yield Diagnostic("W202", msg, pointer_join(*base, "source"))


def _target_value(value: Any, attr: Any, pointer: str, what: str) -> Iterator[Diagnostic]:
    _, problem = convert(value, attr)
    if problem is not None:
        yield Diagnostic(
            "E108", f'{what} is not valid for "{attr.key}" ({describe_type(attr.type)}): {problem}', pointer
        )


def _lookup_coverage(i: int, m: Mapping, source: Field) -> Iterator[Diagnostic]:
    if source.type != "enum" or not isinstance(source.values, list) or m.default is not MISSING:
        return
    missing = [v for v in source.values if isinstance(v, str) and v not in m.lookup]
    if missing:
        shown = ", ".join(f'"{v}"' for v in missing[:8])
        msg = f'the lookup does not list {shown} of field "{source.key}" and has no default; add them or a default'
        yield Diagnostic("W203", msg, pointer_join("mappings", i, "lookup"))


def _length_rule(i: int, source: Field, attr: Any) -> Iterator[Diagnostic]:
    if attr.max_length is None or source.type not in ("string", "text", "email", "url", "enum"):
        return
    longest = max_text_length(source)
    if longest is None or longest > attr.max_length:
        held = "has no maximum length" if longest is None else f"may hold {longest} characters"
        msg = f'the field "{source.key}" {held}, but "{attr.key}" accepts at most {attr.max_length}; set a maxLength'
        yield Diagnostic("W204", msg, pointer_join("mappings", i, "source"))
