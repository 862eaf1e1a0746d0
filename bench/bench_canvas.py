"""Mapping canvas at scale: ``.venv/bin/python -m bench.bench_canvas``.

An ERD with 1,000 fields and 1,000 mappings onto a generated 1,000-attribute profile:
the canvas is built under 500 ms, a frame of pan or zoom paints under 16 ms, and a
graphical edit reaches the source text under 50 ms. 5,000 fields must stay usable.
Baseline in the same run: the same number of Qt's own C++ items (QGraphicsRectItem +
QGraphicsSimpleTextItem per box, QGraphicsPathItem per line) added to a scene, so the
ratio says what our Python items cost over Qt's minimum on this machine.
"""

from __future__ import annotations

import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter, QPainterPath
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from bench.common import Metric, best_of, report
from bench.generate import erd, profile
from erd_studio.core import TargetProfile, edits
from erd_studio.core.profiles import profile_from_json
from erd_studio.gui.document import Document
from erd_studio.gui.mapping import MappingEditor
from erd_studio.gui.mapping.canvas_items import NODE_H, NODE_W, RIGHT_X, ROW_H
from erd_studio.gui.mapping.canvas_scene import MappingScene
from erd_studio.gui.mapping.common import ItemDiagnostics


def qt_baseline(n: int) -> float:
    """Build the same number of stock C++ items (boxes with text, one line each)."""

    def build() -> None:
        scene = QGraphicsScene()
        for i in range(n):
            for x in (0.0, RIGHT_X):
                box = QGraphicsRectItem(0, 0, NODE_W, NODE_H)
                box.setPos(x, i * ROW_H)
                QGraphicsSimpleTextItem(f"field_{i}", box)
                scene.addItem(box)
            path = QPainterPath(QPointF(NODE_W, i * ROW_H + 17))
            path.cubicTo(QPointF(300, i * ROW_H), QPointF(400, i * ROW_H), QPointF(RIGHT_X, i * ROW_H + 17))
            scene.addItem(QGraphicsPathItem(path))
        scene.itemsBoundingRect()

    return best_of(build, 3)


def loaded(n: int) -> tuple[Document, TargetProfile]:
    target = profile_from_json(profile(n))
    document = Document()
    document.add_profile(target)
    document.load_text(json.dumps(erd(n), indent=2) + "\n")
    return document, target


def frame_ms(editor: MappingEditor, zoom: float) -> float:
    """Paint one viewport-sized frame of the scene after a pan step at ``zoom``."""
    view = editor.canvas
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)
    samples = []
    for step in range(20):
        view.resetTransform()
        view.scale(zoom, zoom)
        view.centerOn(QPointF(RIGHT_X / 2, step * 40.0 * ROW_H / max(zoom, 0.1)))
        start = time.perf_counter()
        painter = QPainter(image)
        view.render(painter, QRectF(image.rect()), view.viewport().rect())
        painter.end()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return samples[len(samples) // 2]


def measure(n: int, full: bool) -> list[Metric]:
    document, _target = loaded(n)
    editor = MappingEditor(document)
    editor.resize(1400, 900)
    diags = ItemDiagnostics(document.diagnostics())
    model, target = document.model(), document.profile()
    build = best_of(lambda: MappingScene().build(model, target, diags), 3)
    base = qt_baseline(n)
    name = f"canvas build, {n} fields + {n} mappings"
    out = [Metric(name, build, "ms", base, "Qt C++ items", 500 if n <= 1000 else None)]
    changed = model.clone()
    edits.delete_mapping(changed, 10)  # shifts every later mapping: the worst case for keeping items
    scene = editor.canvas.scene()

    def redraw_twice() -> None:
        scene.build(changed, target, diags)
        scene.build(model, target, diags)

    again = best_of(redraw_twice, 3) / 2
    out.append(Metric(f"canvas redraw after an edit (items kept), {n} fields", again, "ms", build, "full build"))
    if not full:
        return out
    editor.show()
    QApplication.processEvents()
    out.append(Metric("frame while panning at 100 %", frame_ms(editor, 1.0), "ms", None, "", 16))
    out.append(Metric("frame while panning zoomed out to 10 %", frame_ms(editor, 0.1), "ms", None, "", 16))
    stamps: list[float] = []
    document.textChanged.connect(lambda: stamps.append(time.perf_counter()))
    start = time.perf_counter()
    document.apply_model_edit("bench", lambda d: edits.delete_mapping(d, 500))
    total = (time.perf_counter() - start) * 1000
    out.append(Metric("graphical edit → source text changed", (stamps[0] - start) * 1000, "ms", None, "", 50))
    out.append(Metric("graphical edit incl. re-validation and redraw of all views", total, "ms", build, "canvas build"))
    return out


def main() -> int:
    QApplication.instance() or QApplication(sys.argv)
    metrics = measure(1000, full=True) + measure(5000, full=False)
    return 0 if report(metrics, "Mapping canvas") else 1


if __name__ == "__main__":
    sys.exit(main())
