"""The mapping scene: builds the drawing from a model, a target profile and diagnostics.

The scene is rebuilt from the Document's latest result (views redraw from Document
signals only), in one pass without per-item relayout: positions follow from row
numbers. Mappings to attributes the profile lacks, and sources that name no field,
get a dangling box with their diagnostic: nothing is dropped from the drawing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from ...core import ErdDocument, Mapping, TargetProfile
from ...core.rules import template_placeholders
from .canvas_items import (
    BADGE_W,
    NODE_W,
    RIGHT_X,
    ROW_H,
    AttributeNode,
    BadgeNode,
    BoxItem,
    FieldNode,
    LinkItem,
    LookupNode,
)
from .common import (
    ERROR_COLOR,
    OK_COLOR,
    STALE_COLOR,
    ItemDiagnostics,
    describe_mapping_value,
    kind_text,
    severity_color,
    tooltip,
)

_NEUTRAL = QColor("#78909c")


class MappingScene(QGraphicsScene):
    """Holds the items of one drawing and finds them by document identity."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.fields: dict[int, FieldNode] = {}
        self.attributes: dict[str, AttributeNode] = {}
        self.links: dict[int, LinkItem] = {}
        self.badges: dict[int, BadgeNode] = {}
        self.stale = False
        self._next_left = self._next_right = 0
        self._pool: dict[tuple, list[QGraphicsItem]] = {}  # every top-level item by what it shows
        self._old: dict[tuple, list[QGraphicsItem]] = {}

    def build(self, model: ErdDocument | None, profile: TargetProfile | None, diags: ItemDiagnostics) -> None:
        """Make the scene show ``model``; items that look the same as before are kept.

        So an edit that changes one mapping touches a few items, not all of them.
        """
        self._old, self._pool = self._pool, {}
        self.fields, self.attributes, self.links, self.badges = {}, {}, {}, {}
        self._next_left = self._next_right = 0
        if model is not None:
            by_key = self._add_fields(model, diags)
            self._add_attributes(profile, diags)
            for i, m in enumerate(model.mappings if isinstance(model.mappings, list) else []):
                if isinstance(m, Mapping) and isinstance(m.target, str):
                    self._add_mapping(i, m, by_key, profile, diags)
        for items in self._old.values():
            for item in items:
                self.removeItem(item)
        self._old = {}
        self.setSceneRect(self.itemsBoundingRect().adjusted(-40, -40, 40, 40))

    def _item(self, sig: tuple, make: Callable[[], QGraphicsItem], pos: QPointF | None = None) -> Any:
        """The item with signature ``sig``: the one from the last build, or a new one."""
        kept = self._old.get(sig)
        item = kept.pop() if kept else None
        if item is None:
            item = make()
            if pos is not None:
                item.setPos(pos)
            self.addItem(item)
        elif isinstance(item, BoxItem):
            item.links = []
            if isinstance(item, AttributeNode):
                item.mapping_index = None
        self._pool.setdefault(sig, []).append(item)
        return item

    # --- columns -------------------------------------------------------------------------
    def _add_fields(self, model: ErdDocument, diags: ItemDiagnostics) -> dict[str, FieldNode]:
        by_key: dict[str, FieldNode] = {}
        fields = model.fields if isinstance(model.fields, list) else []
        for i, f in enumerate(fields):
            if not hasattr(f, "key"):
                continue
            key = f.key if isinstance(f.key, str) else "?"
            found = diags.field(i)
            sub = f"{f.type if isinstance(f.type, str) else '?'}" + (
                " · " + self.tr("required") if f.required is True else ""
            )
            if isinstance(f.label, str) and f.label:
                sub = f"{f.label} · {sub}"
            color, tip = self._color(found, _NEUTRAL), tooltip(self.tr("Field {key}").format(key=key), found)
            sig = ("field", i, key, sub, color.rgba(), tip)
            node = self._item(sig, lambda: FieldNode(i, key, key, sub, color, tip), QPointF(0, i * ROW_H))  # noqa: B023
            self.fields[i] = node
            by_key.setdefault(key, node)
        self._next_left = len(fields)
        return by_key

    def _add_attributes(self, profile: TargetProfile | None, diags: ItemDiagnostics) -> None:
        self._next_right = 0
        if profile is None:
            return
        for attr in profile.attributes:
            unfilled = [diags.unfilled[attr.key]] if attr.key in diags.unfilled else []
            sub = (
                (attr.label + " · " if attr.label else "")
                + attr.type
                + (" · " + self.tr("required") if attr.required else "")
            )
            title = f"{profile.name}: {attr.key}" + (" " + self.tr("(required)") if attr.required else "")
            tip = tooltip(title, unfilled)
            self._place_attr(attr.key, sub, attr.required, self._color(unfilled, _NEUTRAL), tip, False)

    def _place_attr(self, key: str, sub: str, required: bool, color: QColor, tip: str, dangling: bool) -> AttributeNode:
        row = self._next_right
        self._next_right += 1
        sig = ("attr", row, key, sub, required, color.rgba(), tip, dangling)

        def make() -> AttributeNode:
            node = AttributeNode(key, sub, required, color, tip)
            node.dangling = dangling
            return node

        node = self._item(sig, make, QPointF(RIGHT_X, row * ROW_H))
        self.attributes[key] = node
        return node

    def _dangling_attr(self, key: str, profile: TargetProfile | None, found: list) -> AttributeNode:
        where = profile.name if profile else self.tr("any known target profile")
        tip = tooltip(self.tr("{key}: not an attribute").format(key=key), found)
        return self._place_attr(key, self.tr("not in {profile}").format(profile=where), False, ERROR_COLOR, tip, True)

    def _dangling_field(self, key: str, found: list) -> FieldNode:
        row = self._next_left
        self._next_left += 1
        tip = tooltip(self.tr("{key}: not a field").format(key=key), found)
        missing = self.tr("no such field")

        def make() -> FieldNode:
            node = FieldNode(-1, key, key, missing, ERROR_COLOR, tip)
            node.dangling = True
            return node

        return self._item(("ghost", row, key, tip), make, QPointF(0, row * ROW_H))

    # --- mappings ------------------------------------------------------------------------
    def _add_mapping(
        self, i: int, m: Mapping, by_key: dict[str, FieldNode], profile: TargetProfile | None, diags: ItemDiagnostics
    ) -> None:
        found = diags.mapping(i)
        attr = self.attributes.get(m.target) or self._dangling_attr(m.target, profile, found)
        if attr.mapping_index is None:
            attr.mapping_index = i
        color = self._color(found, OK_COLOR)
        tip = tooltip(self._describe(m), found)
        if isinstance(m.source, str):
            start = by_key.get(m.source)
            if start is None:
                start = self._dangling_field(m.source, found)
                by_key[m.source] = start
            entries = len(m.lookup) if isinstance(m.lookup, dict) else None
            link = self._link(i, start, attr, color, tip, False, entries)
        else:
            title, kind = describe_mapping_value(m) or "?", kind_text(m.kind)
            sig = ("badge", title, kind, color.rgba(), tip, attr.pos().y())
            pos = QPointF(RIGHT_X - BADGE_W - 40, attr.pos().y())
            badge = self._item(sig, lambda: BadgeNode(i, title, kind, color, tip), pos)
            badge.mapping_index = i
            self.badges[i] = badge
            link = self._link(i, badge, attr, color, tip, False, None)
            if isinstance(m.template, str):
                for name in dict.fromkeys(template_placeholders(m.template)):
                    if name in by_key:
                        self._link(i, by_key[name], badge, color, tip, True, None)
        self.links[i] = link

    def _link(
        self, i: int, start: BoxItem, end: BoxItem, color: QColor, tip: str, secondary: bool, entries: int | None
    ) -> LinkItem:
        sig = ("link", id(start), id(end), color.rgba(), tip, secondary, entries)

        def make() -> LinkItem:
            link = LinkItem(i, start, end, color, tip, secondary)
            if entries is not None:
                LookupNode(link, entries, color)
            return link

        link = self._item(sig, make)
        link.mapping_index = i
        for node in (start, end):
            if link not in node.links:  # a kept link joins its kept boxes again
                node.links.append(link)
        return link

    def _describe(self, m: Mapping) -> str:
        if isinstance(m.source, str):
            if isinstance(m.lookup, dict) and len(m.lookup) == 1:
                return self.tr("{source} → {target} through a lookup of 1 value").format(
                    source=m.source, target=m.target
                )
            if isinstance(m.lookup, dict):
                return self.tr("{source} → {target} through a lookup of {count} values").format(
                    source=m.source, target=m.target, count=len(m.lookup)
                )
            return f"{m.source} → {m.target}"
        return f"{describe_mapping_value(m)} → {m.target}"

    def _color(self, found: list, default: QColor) -> QColor:
        return STALE_COLOR if self.stale else severity_color(found, default)

    # --- finding -------------------------------------------------------------------------
    def item_at(self, pos: QPointF, kind: type) -> BoxItem | None:
        for item in self.items(pos):
            if isinstance(item, kind):
                return item
        return None

    def column_rect(self) -> QRectF:
        return QRectF(0, 0, RIGHT_X + NODE_W, max(self._next_left, self._next_right) * ROW_H)
