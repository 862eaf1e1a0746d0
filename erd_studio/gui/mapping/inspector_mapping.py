"""What the inspector says about a mapping, and the notes it adds to a field.

The inspector edits fields; a selected mapping (from the canvas, the mapping table,
the source caret or a problem such as E102) is shown read-only here, so no view keeps
pretending that the previously selected field is still the one in question.

The notes are hints, not diagnostics: a ``string`` field mapped straight to an
``enum`` attribute is valid (ERD-FORMAT "Type conversion": checked per record when a
record is sent), but a value outside the attribute's list is refused then, which a
new user does not expect; a lookup table maps such values safely.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ...core import MISSING, ErdDocument, Mapping, TargetProfile
from ...core.model import Attribute, Field
from ..i18n import diagnostic_text
from .common import describe_mapping_value, kind_text


def allowed_values(attr: Attribute) -> str:
    """``1 (High), 2 (Medium)``: the values with their labels, as the user picks them."""
    labels = attr.labels or {}
    return ", ".join(f"{v} ({labels[v]})" if labels.get(v) else str(v) for v in attr.values or [])


def enum_note(attr: Attribute) -> str:
    return QCoreApplication.translate(
        "Inspector", "Values are checked against {values} when a record is sent; a lookup table maps them safely."
    ).format(values=allowed_values(attr) or attr.key)


def _field_by_key(model: ErdDocument, key: Any) -> Field | None:
    return next((f for f in model.field_list() if f.key == key), None)


def _attribute(profile: TargetProfile | None, key: Any) -> Attribute | None:
    return next((a for a in profile.attributes if a.key == key), None) if profile is not None else None


def needs_enum_note(field: Field | None, mapping: Mapping, attr: Attribute | None) -> bool:
    """A string field straight into an enum attribute (no lookup): valid, checked only when sent."""
    return (
        field is not None
        and attr is not None
        and field.type == "string"
        and attr.type == "enum"
        and mapping.kind == "source"
        and not isinstance(mapping.lookup, dict)
    )


def mapping_notes(model: ErdDocument, profile: TargetProfile | None, mapping: Mapping) -> list[str]:
    attr = _attribute(profile, mapping.target)
    if needs_enum_note(_field_by_key(model, mapping.source), mapping, attr):
        return [enum_note(attr)]  # type: ignore[arg-type]
    return []


def field_notes(model: ErdDocument, profile: TargetProfile | None, field: Field) -> list[str]:
    """The notes of every mapping that reads this field, each naming its attribute."""
    notes = []
    for m in model.mapping_list():
        if m.source == field.key and mapping_notes(model, profile, m):
            note = mapping_notes(model, profile, m)[0]
            notes.append(
                QCoreApplication.translate("Inspector", "{field} → {target}: {note}").format(
                    field=field.key, target=m.target, note=note
                )
            )
    return notes


def mapping_title(index: int, mapping: Mapping) -> str:
    source = mapping.source if isinstance(mapping.source, str) else describe_mapping_value(mapping) or "?"
    target = mapping.target if isinstance(mapping.target, str) else "?"
    return QCoreApplication.translate("Inspector", "Mapping {number}: {source} → {target}").format(
        number=index + 1, source=source, target=target
    )


def mapping_details(mapping: Mapping) -> str:
    """Filled by what, and the lookup if any (the same words as the mapping table)."""
    lines = [QCoreApplication.translate("Inspector", "Filled by: {kind}").format(kind=kind_text(mapping.kind))]
    if isinstance(mapping.lookup, dict):
        lines.append(
            QCoreApplication.translate("Inspector", "Lookup: {count} values").format(count=len(mapping.lookup))
        )
        if mapping.default is not MISSING:
            lines.append(QCoreApplication.translate("Inspector", "Default: {value}").format(value=mapping.default))
    return "\n".join(lines)


def problem_lines(found: list[Any]) -> str:
    return "\n".join(f"{d.code}: {diagnostic_text(d)}" for d in found)
