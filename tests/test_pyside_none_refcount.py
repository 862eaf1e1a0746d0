"""Regression guard: PySide6 6.12.0 on CPython 3.11 leaks a reference *from* None on
every void method call and the interpreter aborts ("none_dealloc") after a few
thousand calls. pyproject.toml excludes it; this test proves the installed one is sound."""

import sys


def test_void_calls_keep_none_refcount(qapp):
    from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextDocument
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    doc = QTextDocument("x" * 10)

    class H(QSyntaxHighlighter):
        def highlightBlock(self, text):
            for _ in range(10):
                self.setFormat(0, 1, QTextCharFormat())

    highlighter = H(doc)
    before = sys.getrefcount(None)
    for i in range(20_000):
        widget.resize(100 + i % 3, 100)
        widget.setObjectName("w")
    for _ in range(200):
        highlighter.rehighlight()
    after = sys.getrefcount(None)
    assert after >= before - 50, f"None lost {before - after} references: a broken PySide6 is installed"


def test_installed_pyside_is_not_excluded_version():
    import PySide6

    assert not PySide6.__version__.startswith("6.12."), "pyproject excludes 6.12.x; the environment ignored it"
