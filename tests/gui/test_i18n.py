"""German: the catalogue is complete and compiled, and diagnostics from the core speak it."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from erd_studio.core import load_path
from erd_studio.gui.i18n import diagnostic_text, install_translators

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "erd_studio_de.ts"
PLACEHOLDER = re.compile(r"(?<!\{)\{(\w*)\}")


def test_every_string_in_the_catalogue_is_translated():
    untranslated = [
        m.findtext("source")
        for m in ET.parse(TS).iter("message")
        if (t := m.find("translation")) is None or t.get("type") == "unfinished" or not (t.text or "").strip()
    ]
    assert untranslated == []


def test_every_translation_keeps_the_placeholders_of_its_source():
    """A translation that drops or renames a {placeholder} would show English instead (or a hole)."""
    wrong = []
    for m in ET.parse(TS).iter("message"):
        source, translation = m.findtext("source") or "", m.findtext("translation") or ""
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
            wrong.append((source, translation))
    assert wrong == []


def test_no_translation_call_hides_inside_an_f_string():
    """lupdate does not look into f-strings: a tr() there never reaches the catalogue."""
    import ast

    hidden = []
    for path in sorted((ROOT / "erd_studio" / "gui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for call in ast.walk(node):
                    name = getattr(getattr(call, "func", None), "attr", getattr(getattr(call, "func", None), "id", ""))
                    if isinstance(call, ast.Call) and name in ("tr", "translate"):
                        hidden.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert hidden == []


def test_catalogue_holds_every_core_message_template():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import core_messages
    finally:
        sys.path.pop(0)
    sources = {m.findtext("source") for m in ET.parse(TS).iter("message")}
    assert set(core_messages.templates()) <= sources, "run scripts/update-translations"


def test_compiled_catalogue_matches_the_source(tmp_path):
    out = tmp_path / "de.qm"
    subprocess.run(
        [str(Path(sys.executable).parent / "pyside6-lrelease"), "-silent", str(TS), "-qm", str(out)], check=True
    )
    assert out.read_bytes() == (ROOT / "resources" / "translations" / "erd_studio_de.qm").read_bytes(), (
        "run scripts/update-translations"
    )


def test_diagnostics_in_german_keep_code_pointer_and_values(german, examples_dir):
    diags = {d.code: d for d in load_path(examples_dir / "mistakes.erd.json").diagnostics}
    assert (
        diagnostic_text(diags["E101"])
        == "der Feldschlüssel „summary“ wird doppelt verwendet; Feldschlüssel müssen eindeutig sein"
    )
    e108 = diagnostic_text(diags["E108"])
    assert e108.startswith("die Konstante ist für „source“ ungültig: ")
    assert '"7" ist keiner der erlaubten Werte' in e108
    assert diags["E108"].message.startswith("the constant is not valid")  # the core itself stays English


def test_english_is_the_default_rendering(qapp, examples_dir):
    install_translators(qapp, "en")
    diag = load_path(examples_dir / "mistakes.erd.json").diagnostics[1]
    assert diagnostic_text(diag) == diag.message


def test_view_menu_language_choice_is_remembered(main_window):
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QAction

    from erd_studio.gui.i18n import SETTING, chosen_language

    main_window.findChild(QAction, "actionLanguageDe").trigger()
    assert QSettings().value(SETTING) == "de" and chosen_language() == "de"
    assert "next time" in main_window.status_bar().currentMessage()
    main_window.findChild(QAction, "actionLanguageSystem").trigger()
    assert chosen_language() in ("en", "de")  # the system's, whatever this machine says
    assert QSettings().value(SETTING) == ""


def test_status_counts_use_singular_and_plural(qapp):
    from erd_studio.gui.statusline import counts_text

    assert counts_text(1, 0) == "1 error, 0 warnings"
    assert counts_text(2, 1) == "2 errors, 1 warning"
    install_translators(qapp, "de")
    try:
        assert counts_text(1, 1) == "1 Fehler, 1 Warnung"
        assert counts_text(3, 2) == "3 Fehler, 2 Warnungen"
    finally:
        install_translators(qapp, "en")
