"""A readable description of an ERD for audit documentation (Markdown).

Auditors want to see, in one place, what the external system sends, what becomes of
it, and whether the definition is sound. So the page has the target, a fields table,
a mappings table and the current diagnostics, all taken from the same validation the
editor shows.

Every word a reader sees (headings, table headers, yes/no, notes, diagnostics) is a
``msg()`` template, so the page can be written in the auditors' language from the CLI
too; what comes from the ERD (keys, labels, examples, descriptions) stays as it is.

Options: ``registry`` (a ProfileRegistry for targets loaded from files); ``language``
("en", the default, or "de": the language of the page's own words).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from ..canonical import to_text
from ..catalogue import translator
from ..diagnostics import ERROR, WARNING
from ..messages import Msg, identity, msg
from ..model import MISSING, ErdDocument, Field
from ..model import Mapping as ErdMapping
from ..profiles import ProfileRegistry, default_registry
from ..validate import validate_text

Translate = Callable[[str], str]
LANGUAGES = ("en", "de")
SEVERITIES = {ERROR: msg("error"), WARNING: msg("warning")}


def cell(value: Any) -> str:
    """A value as one Markdown table cell: pipes escaped, line breaks flattened."""
    if value is MISSING or value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", "<br>")


def _code(value: Any) -> str:
    text = cell(value)
    return f"`{text}`" if text and "`" not in text else text


def _table(header: list[Msg], rows: list[list[str]], tr: Translate) -> list[str]:
    out = ["| " + " | ".join(cell(h.render(tr)) for h in header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(row) + " |" for row in rows]
    return out


def _yes_no(value: bool, tr: Translate) -> str:
    return (msg("yes") if value else msg("no")).render(tr)


def _constraints(f: Field, tr: Translate) -> str:
    parts = []
    if isinstance(f.values, list):
        parts.append(msg("values: {values}", values=", ".join(_code(v) for v in f.values)).render(tr))
    for key in ("minLength", "maxLength", "pattern", "minimum", "maximum", "default"):
        if f.get(key) is not MISSING:  # the ERD's own property names: an auditor finds them in the file
            parts.append(f"{key} {_code(f.get(key))}")
    return "; ".join(parts)


def _field_rows(doc: ErdDocument, tr: Translate) -> list[list[str]]:
    return [
        [
            _code(f.key),
            cell(f.label),
            cell(f.type),
            _yes_no(f.is_required, tr),
            _constraints(f, tr),
            _code(f.example),
            cell(f.description),
        ]
        for f in doc.field_list()
    ]


def describe_mapping(m: ErdMapping, translate: Translate = identity) -> str:
    """How a mapping fills its attribute, in words ("field `name`", "constant `6`")."""
    if m.kind == "source":
        text = msg("field {source}", source=_code(m.source)).render(translate)
        if isinstance(m.lookup, dict):
            pairs = ", ".join(f"{_code(k)} → {_code(v)}" for k, v in m.lookup.items())
            text += " " + msg("via lookup ({pairs})", pairs=pairs).render(translate)
            if m.default is not MISSING:
                text += ", " + msg("otherwise {default}", default=_code(m.default)).render(translate)
        return text
    if m.kind == "constant":
        value = _code(json.dumps(m.constant, ensure_ascii=False))
        return msg("constant {value}", value=value).render(translate)
    if m.kind == "template":
        return msg("template {text}", text=_code(m.template)).render(translate)
    return msg("(incomplete mapping)").render(translate)


def _mapping_rows(doc: ErdDocument, registry: ProfileRegistry, tr: Translate) -> list[list[str]]:
    profile = registry.get(doc.target)
    rows = []
    for m in doc.mapping_list():
        attr = profile.attribute(m.target) if profile else None
        label = cell(attr.label) if attr and attr.label else ""
        required = _yes_no(bool(attr.required), tr) if attr else "?"
        rows.append([_code(m.target), label, required, describe_mapping(m, tr)])
    return rows


def _summary(doc: ErdDocument, registry: ProfileRegistry, tr: Translate) -> list[str]:
    profile = registry.get(doc.target)
    target = _code(doc.target) + (f" — {cell(profile.name)}" if profile else " " + msg("(unknown profile)").render(tr))
    items = [
        msg("**ERD id:** {id}", id=_code(doc.id)),
        msg("**ERD format:** {format}", format=cell(doc.erd)),
        msg("**Target:** {target}", target=target),
        msg(
            "**Fields:** {fields}, **mappings:** {mappings}",
            fields=len(doc.field_list()),
            mappings=len(doc.mapping_list()),
        ),
    ]
    return [f"- {item.render(tr)}" for item in items]


def _fields(doc: ErdDocument, tr: Translate) -> list[str]:
    lines = ["## " + msg("Fields the external system sends").render(tr), ""]
    rows = _field_rows(doc, tr)
    header = [msg("key"), msg("label"), msg("type"), msg("required"), msg("constraints"), msg("example")]
    header.append(msg("description"))
    return lines + (_table(header, rows, tr) if rows else ["_" + msg("No fields.").render(tr) + "_"])


def _mappings(doc: ErdDocument, registry: ProfileRegistry, tr: Translate) -> list[str]:
    lines = ["## " + msg("Mappings to the target entity").render(tr), ""]
    rows = _mapping_rows(doc, registry, tr)
    header = [msg("target attribute"), msg("label"), msg("required"), msg("filled from")]
    return lines + (_table(header, rows, tr) if rows else ["_" + msg("No mappings.").render(tr) + "_"])


def _severity(severity: str, tr: Translate) -> str:
    return SEVERITIES[severity].render(tr) if severity in SEVERITIES else severity


def _diagnostics(doc: ErdDocument, registry: ProfileRegistry, tr: Translate) -> list[str]:
    result = validate_text(to_text(doc), registry)
    lines = ["## " + msg("Diagnostics").render(tr), ""]
    if not result.diagnostics:
        return [*lines, msg("No problems found: the ERD is valid for its target.").render(tr)]
    rows = [
        [d.code, _severity(d.severity, tr), _code(d.pointer or "/"), cell(d.localized(tr))] for d in result.diagnostics
    ]
    counts = msg("{errors} error(s), {warnings} warning(s).", errors=result.errors, warnings=result.warnings)
    header = [msg("code"), msg("severity"), msg("where (JSON pointer)"), msg("message")]
    return [*lines, counts.render(tr), "", *_table(header, rows, tr)]


def export(doc: ErdDocument, options: Mapping[str, Any]) -> str:
    registry = options.get("registry") or default_registry()
    tr = translator(str(options.get("language") or "en"))
    title = doc.name if isinstance(doc.name, str) and doc.name else doc.id
    lines = [f"# {cell(title)}", ""]
    if isinstance(doc.description, str) and doc.description:
        lines += [cell(doc.description), ""]
    lines += [*_summary(doc, registry, tr), "", *_fields(doc, tr), "", *_mappings(doc, registry, tr), ""]
    lines += _diagnostics(doc, registry, tr)
    return "\n".join(lines) + "\n"
