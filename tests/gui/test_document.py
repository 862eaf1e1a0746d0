"""Document: one undo history for typed and model edits, validation, file state."""

from __future__ import annotations

from erd_studio.core.model import Field
from erd_studio.gui.document import Document


def _load(doc: Document, path) -> str:  # type: ignore[no-untyped-def]
    text = path.read_text("utf-8")
    doc.load_text(text, path)
    return text


def test_model_edit_round_trip(qtbot, youtrack_example):
    doc = Document()
    original = _load(doc, youtrack_example)
    assert doc.is_current() and not doc.is_modified()

    with qtbot.waitSignal(doc.resultChanged):
        assert doc.apply_model_edit("Rename", lambda m: setattr(m, "name", "Renamed ERD"))
    assert doc.model().name == "Renamed ERD"  # validated synchronously
    assert '"name": "Renamed ERD"' in doc.text()
    assert doc.is_modified()
    assert doc.undo_stack().count() == 1 and doc.undo_stack().undoText() == "Rename"

    doc.undo_stack().undo()
    assert doc.text() == original  # exactly the previous text
    assert doc.model().name == "YouTrack: high-severity tickets"
    assert not doc.is_modified()

    doc.undo_stack().redo()
    assert doc.model().name == "Renamed ERD"
    assert doc.is_modified()


def test_typing_merges_into_word_steps(qtbot):
    doc = Document()
    doc.load_text('{"name": ""}\n')
    for i, ch in enumerate("hello world"):
        doc.edit_text(10 + i, 0, ch)
    assert doc.text() == '{"name": "hello world"}\n'
    assert doc.undo_stack().count() == 2  # "hello " and "world"
    doc.undo_stack().undo()
    assert doc.text() == '{"name": "hello "}\n'
    doc.undo_stack().undo()
    assert doc.text() == '{"name": ""}\n' and not doc.is_modified()
    doc.undo_stack().redo()
    doc.undo_stack().redo()
    assert doc.text() == '{"name": "hello world"}\n'


def test_backspaces_merge_and_restore_exactly(qtbot):
    doc = Document()
    doc.load_text('{"name": "abc"}')
    for pos in (12, 11, 10):  # three Backspaces
        doc.edit_text(pos, 1, "")
    assert doc.text() == '{"name": ""}' and doc.undo_stack().count() == 1
    doc.undo_stack().undo()
    assert doc.text() == '{"name": "abc"}'


def test_validation_after_idle_pause(qtbot, youtrack_example):
    doc = Document()
    _load(doc, youtrack_example)
    with qtbot.waitSignal(doc.parseStateChanged, timeout=1000) as blocker:
        doc.edit_text(0, 1, "")  # remove the opening brace
        assert doc.is_current()  # not yet: the check waits for the pause
    assert blocker.args == [False]
    assert not doc.is_current()
    assert doc.model() is not None  # the last good model is kept
    assert doc.diagnostics()[0].code == "E001"
    assert not doc.apply_model_edit("Rename", lambda m: setattr(m, "name", "x"))
    assert doc.undo_stack().count() == 1  # the refused edit left no trace
    with qtbot.waitSignal(doc.parseStateChanged, timeout=1000):
        doc.undo_stack().undo()
    assert doc.is_current() and not doc.is_modified()


def test_model_edit_flushes_pending_typing(qtbot, youtrack_example):
    doc = Document()
    _load(doc, youtrack_example)
    start = doc.text().index("YouTrack: high")
    doc.edit_text(start, 0, "My ")
    assert doc.apply_model_edit("Add field", lambda m: m.fields.append(Field(key="extra", type="string")))
    assert doc.model().name == "My YouTrack: high-severity tickets"
    assert doc.model().field_by_key("extra") is not None
    doc.undo_stack().undo()
    assert doc.model().field_by_key("extra") is None and "My YouTrack" in doc.text()


def test_select_and_profile(qtbot, youtrack_example):
    doc = Document()
    _load(doc, youtrack_example)
    assert doc.profile() is not None and doc.profile().id == "trax.cip-issue"
    origin = object()
    with qtbot.waitSignal(doc.selectionRequested) as blocker:
        doc.select("/fields/0", origin)
    assert blocker.args == ["/fields/0", origin]


def test_load_clears_history(qtbot, youtrack_example, examples_dir):
    doc = Document()
    _load(doc, youtrack_example)
    doc.apply_model_edit("Rename", lambda m: setattr(m, "name", "x"))
    with qtbot.waitSignal(doc.fileStateChanged):
        _load(doc, examples_dir / "mistakes.erd.json")
    assert doc.undo_stack().count() == 0 and not doc.is_modified()
    assert doc.path() == examples_dir / "mistakes.erd.json"
    assert any(d.code == "E101" for d in doc.diagnostics())
