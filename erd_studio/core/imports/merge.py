"""Fields and mappings taken from another ERD, with conflicts resolved by the user.

``plan_merge`` compares the two documents: what can simply be added, what is already
the same, and what conflicts — a field key both have with different definitions, or a
target attribute both fill differently. Each conflict carries the user's choice:
keep mine, take theirs, or (fields only) rename theirs and add it beside mine.
``apply_merge`` turns the plan into one edit; mappings taken from the other ERD
follow a renamed field (source and template placeholders).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..edits import unique_key
from ..messages import Msg, msg
from ..model import ErdDocument, Field, Mapping

KEEP_MINE = "mine"
TAKE_THEIRS = "theirs"
RENAME = "rename"
CHOICES = (KEEP_MINE, TAKE_THEIRS, RENAME)
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


@dataclass
class Conflict:
    """The same field key or target attribute, defined differently on each side."""

    kind: str  # "field" or "mapping"
    key: str  # field key, or the target attribute a mapping fills
    mine: dict[str, Any]
    theirs: dict[str, Any]
    choice: str = KEEP_MINE

    def choices(self) -> tuple[str, ...]:
        return CHOICES if self.kind == "field" else (KEEP_MINE, TAKE_THEIRS)

    def describe(self) -> Msg:
        if self.kind == "field":
            return msg('the field "{key}" is defined differently in both ERDs', key=self.key)
        return msg('the attribute "{key}" is filled differently in both ERDs', key=self.key)


@dataclass
class MergePlan:
    new_fields: list[Field] = field(default_factory=list)
    new_mappings: list[Mapping] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    same: list[Msg] = field(default_factory=list)  # what both already have identically
    notes: list[Msg] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (self.new_fields or self.new_mappings or self.conflicts)

    def choose_all(self, choice: str) -> None:
        """One answer for every conflict (the CLI's --on-conflict); rename falls back to
        keep mine where it does not apply."""
        for c in self.conflicts:
            c.choice = choice if choice in c.choices() else KEEP_MINE


def plan_merge(mine: ErdDocument, theirs: ErdDocument) -> MergePlan:
    plan = MergePlan()
    if isinstance(theirs.target, str) and theirs.target != mine.target:
        plan.notes.append(
            msg(
                'the other ERD targets "{theirs}", this one "{mine}"; check that its mappings fit',
                theirs=theirs.target,
                mine=mine.target,
            )
        )
    my_fields = {f.key: f for f in mine.field_list() if isinstance(f.key, str)}
    for f in theirs.field_list():
        if not isinstance(f.key, str):
            continue
        if f.key not in my_fields:
            plan.new_fields.append(f)
        elif my_fields[f.key].to_json() == f.to_json():
            plan.same.append(msg("field {key}", key=f.key))
        else:
            plan.conflicts.append(Conflict("field", f.key, my_fields[f.key].to_json(), f.to_json()))
    my_mappings = {m.target: m for m in mine.mapping_list() if isinstance(m.target, str)}
    for m in theirs.mapping_list():
        if not isinstance(m.target, str):
            continue
        if m.target not in my_mappings:
            plan.new_mappings.append(m)
        elif my_mappings[m.target].to_json() == m.to_json():
            plan.same.append(msg("mapping {target}", target=m.target))
        else:
            plan.conflicts.append(Conflict("mapping", m.target, my_mappings[m.target].to_json(), m.to_json()))
    return plan


def _follow(m: Mapping, renamed: dict[str, str]) -> Mapping:
    """A copy of their mapping that names renamed fields by their new keys."""
    m = Mapping.from_json(m.to_json())
    if isinstance(m.source, str) and m.source in renamed:
        m.source = renamed[m.source]
    if isinstance(m.template, str):
        m.template = _PLACEHOLDER.sub(lambda mo: "{" + renamed.get(mo.group(1), mo.group(1)) + "}", m.template)
    return m


def _replace(items: list[Any], kind: type, attr: str, key: str, new: Any) -> None:
    for i, item in enumerate(items):
        if isinstance(item, kind) and getattr(item, attr) == key:
            items[i] = new
            return
    items.append(new)


def apply_merge(plan: MergePlan) -> Callable[[ErdDocument], None]:
    """The edit that carries out the plan with the choices it holds."""

    def edit(doc: ErdDocument) -> None:
        if not isinstance(doc.fields, list):
            doc.fields = []
        if not isinstance(doc.mappings, list):
            doc.mappings = []
        renamed: dict[str, str] = {}
        for f in plan.new_fields:
            doc.fields.append(Field.from_json(f.to_json()))
        for c in plan.conflicts:
            if c.kind != "field" or c.choice == KEEP_MINE:
                continue
            theirs = Field.from_json(c.theirs)
            if c.choice == TAKE_THEIRS:
                _replace(doc.fields, Field, "key", c.key, theirs)
            else:
                theirs.key = unique_key(doc, c.key)
                renamed[c.key] = theirs.key
                doc.fields.append(theirs)
        for m in plan.new_mappings:
            doc.mappings.append(_follow(m, renamed))
        for c in plan.conflicts:
            if c.kind == "mapping" and c.choice == TAKE_THEIRS:
                _replace(doc.mappings, Mapping, "target", c.key, _follow(Mapping.from_json(c.theirs), renamed))

    return edit
