"""A readable description of an ERD for audit documentation (Markdown).

Auditors want to see, in one place, what the external system sends, what becomes of
it, and whether the definition is sound. So the page has the target, a fields table,
a mappings table and the current diagnostics, all taken from the same validation the
editor shows.

Options: ``registry`` (a ProfileRegistry for targets loaded from files).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ..canonical import to_text
from ..model import MISSING, ErdDocument, Field
from ..model import Mapping as ErdMapping
from ..profiles import ProfileRegistry, default_registry
from ..validate import validate_text


def cell(value: Any) -> str:
    """A value as one Markdown table cell: pipes escaped, line breaks flattened."""
    if value is MISSING or value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", "<br>")


def _code(value: Any) -> str:
    text = cell(value)
    return f"`{text}`" if text and "`" not in text else text


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(row) + " |" for row in rows]
    return out


def _constraints(f: Field) -> str:
    parts = []
    if isinstance(f.values, list):
        parts.append("values: " + ", ".join(_code(v) for v in f.values))
    for key in ("minLength", "maxLength", "pattern", "minimum", "maximum", "default"):
        if f.get(key) is not MISSING:
            parts.append(f"{key} {_code(f.get(key))}")
    return "; ".join(parts)


def _field_rows(doc: ErdDocument) -> list[list[str]]:
    return [
        [
            _code(f.key),
            cell(f.label),
            cell(f.type),
            "yes" if f.is_required else "no",
            _constraints(f),
            _code(f.example),
            cell(f.description),
        ]
        for f in doc.field_list()
    ]


def describe_mapping(m: ErdMapping) -> str:
    """How a mapping fills its attribute, in words ("field `name`", "constant `6`")."""
    if m.kind == "source":
        text = f"field {_code(m.source)}"
        if isinstance(m.lookup, dict):
            pairs = ", ".join(f"{_code(k)} → {_code(v)}" for k, v in m.lookup.items())
            text += f" via lookup ({pairs})"
            if m.default is not MISSING:
                text += f", otherwise {_code(m.default)}"
        return text
    if m.kind == "constant":
        return f"constant {_code(json.dumps(m.constant, ensure_ascii=False))}"
    if m.kind == "template":
        return f"template {_code(m.template)}"
    return "(incomplete mapping)"


def _mapping_rows(doc: ErdDocument, registry: ProfileRegistry) -> list[list[str]]:
    profile = registry.get(doc.target)
    rows = []
    for m in doc.mapping_list():
        attr = profile.attribute(m.target) if profile else None
        label = cell(attr.label) if attr and attr.label else ""
        required = "yes" if attr and attr.required else ("no" if attr else "?")
        rows.append([_code(m.target), label, required, describe_mapping(m)])
    return rows


def export(doc: ErdDocument, options: Mapping[str, Any]) -> str:
    registry = options.get("registry") or default_registry()
    result = validate_text(to_text(doc), registry)
    profile = registry.get(doc.target)
    title = doc.name if isinstance(doc.name, str) and doc.name else doc.id
    lines = [f"# {cell(title)}", ""]
    if isinstance(doc.description, str) and doc.description:
        lines += [cell(doc.description), ""]
    lines += [
        f"- **ERD id:** {_code(doc.id)}",
        f"- **ERD format:** {cell(doc.erd)}",
        f"- **Target:** {_code(doc.target)}" + (f" — {cell(profile.name)}" if profile else " (unknown profile)"),
        f"- **Fields:** {len(doc.field_list())}, **mappings:** {len(doc.mapping_list())}",
        "",
        "## Fields the external system sends",
        "",
    ]
    field_rows = _field_rows(doc)
    header = ["key", "label", "type", "required", "constraints", "example", "description"]
    lines += _table(header, field_rows) if field_rows else ["_No fields._"]
    lines += ["", "## Mappings to the target entity", ""]
    mapping_rows = _mapping_rows(doc, registry)
    header = ["target attribute", "label", "required", "filled from"]
    lines += _table(header, mapping_rows) if mapping_rows else ["_No mappings._"]
    lines += ["", "## Diagnostics", ""]
    if result.diagnostics:
        rows = [[d.code, d.severity, _code(d.pointer or "/"), cell(d.message)] for d in result.diagnostics]
        lines.append(f"{result.errors} error(s), {result.warnings} warning(s).")
        lines += ["", *_table(["code", "severity", "where (JSON pointer)", "message"], rows)]
    else:
        lines.append("No problems found: the ERD is valid for its target.")
    return "\n".join(lines) + "\n"
