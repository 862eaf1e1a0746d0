"""The Markdown description in German for auditors, from the command line (no Qt).

German ISMS administrators hand ``erd-studio export -f markdown --language de`` to
auditors: the page's own words are German, the ERD's data is exactly as written, and
English (the default) is what it always was.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from test_layers import BLOCK_QT

from erd_studio.cli import main
from erd_studio.core import load_path
from erd_studio.core.catalogue import read_ts, translator
from erd_studio.core.exporters import export
from erd_studio.core.messages import msg

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "resources" / "examples"
YOUTRACK = EXAMPLES / "youtrack-high-severity.erd.json"
MISTAKES = EXAMPLES / "mistakes.erd.json"


def cli_export(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["export", "-f", "markdown", *args]) == 0
    return capsys.readouterr().out


def rows(text: str, heading: str) -> list[list[str]]:
    """The cells of the table under ``heading`` (the first line of a section is its heading)."""
    section = text.split(heading, 1)[1].split("\n## ", 1)[0]
    return [line.strip("| ").split(" | ") for line in section.splitlines() if line.startswith("| ")][1:]


def test_german_page_has_german_words_and_the_erd_data_unchanged(capsys: pytest.CaptureFixture[str]) -> None:
    german = cli_export(capsys, "--language", "de", str(YOUTRACK))
    english = cli_export(capsys, str(YOUTRACK))
    for words in (
        "- **ERD-ID:** `youtrack-high-severity`",
        "- **Zielprofil:** `trax.cip-issue` — TTS trax — CIP issue",
        "- **Felder:** 6, **Zuordnungen:** 6",
        "## Felder, die das externe System sendet",
        "| Schlüssel | Bezeichnung | Typ | Pflicht | Einschränkungen | Beispiel | Beschreibung |",
        "## Zuordnungen zum Zielobjekt",
        "| Zielattribut | Bezeichnung | Pflicht | befüllt aus |",
        "| `title` | Title | ja | Feld `name` |",
        "## Prüfergebnisse",
        "Keine Probleme gefunden: Die ERD ist für ihr Zielprofil gültig.",
    ):
        assert words in german
    assert "## Fields the external system sends" not in german and "| yes |" not in german
    # the title, description and every data cell (key, label, type, example, description) are as written
    assert german.splitlines()[:3] == english.splitlines()[:3]
    data = [0, 1, 2, 5, 6]
    en_fields = rows(english, "## Fields the external system sends")
    de_fields = rows(german, "## Felder, die das externe System sendet")
    assert [[r[i] for i in data] for r in de_fields] == [[r[i] for i in data] for r in en_fields]
    assert len(de_fields) == 6 and de_fields[2][4] == "Werte: `1`, `2`, `3`, `4`, `5`, `6`; default `6`"


def test_english_is_the_default_and_unchanged(capsys: pytest.CaptureFixture[str]) -> None:
    default = cli_export(capsys, str(YOUTRACK))
    assert cli_export(capsys, "--language", "en", str(YOUTRACK)) == default
    assert default == export("markdown", load_path(YOUTRACK).document)
    assert "## Fields the external system sends\n\n| key | label | type | required | constraints |" in default
    assert "| `title` | Title | yes | field `name` |" in default
    assert default.endswith("## Diagnostics\n\nNo problems found: the ERD is valid for its target.\n")


def test_diagnostics_in_the_german_page_keep_their_codes_and_pointers(capsys: pytest.CaptureFixture[str]) -> None:
    german = cli_export(capsys, "--language", "de", "--force", str(MISTAKES))
    assert "8 Fehler, 5 Warnung(en)." in german
    assert "| Code | Schweregrad | Stelle (JSON-Pointer) | Meldung |" in german
    assert "| E101 | Fehler | `/fields/1/key` | der Feldschlüssel „summary“ wird doppelt verwendet" in german
    assert "| W201 | Warnung | `/fields/3/key` |" in german
    assert "über Umsetzungstabelle (`High` → `1`, `Medium` → `2`)" in german and 'Konstante `"7"`' in german
    assert "is used twice" not in german


def test_other_formats_ignore_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "-f", "sample", "--language", "de", str(YOUTRACK)]) == 0
    german = capsys.readouterr().out
    assert main(["export", "-f", "sample", str(YOUTRACK)]) == 0
    assert german == capsys.readouterr().out


def test_help_names_the_option_and_an_unknown_language_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    assert "--language {en,de}" in capsys.readouterr().out
    with pytest.raises(SystemExit) as refused:
        main(["export", "-f", "markdown", "--language", "fr", str(YOUTRACK)])
    assert refused.value.code == 2 and "invalid choice: 'fr'" in capsys.readouterr().err


def test_german_export_works_where_qt_is_not_installed() -> None:
    code = BLOCK_QT + (
        "from erd_studio.cli import main\n"
        f"assert main(['export', '-f', 'markdown', '--language', 'de', {str(YOUTRACK)!r}]) == 0\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "## Felder, die das externe System sendet" in proc.stdout


def test_english_and_unknown_languages_are_the_templates_themselves() -> None:
    template = msg("field {source}", source="`name`")
    assert template.render(translator("en")) == template.render(translator("xx")) == "field `name`"
    assert template.render(translator("de")) == "Feld `name`"


def test_only_finished_diagnostics_translations_are_read(tmp_path: Path) -> None:
    ts = tmp_path / "erd_studio_xx.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<TS version="2.1" language="de_DE">
<context><name>Diagnostics</name>
  <message><source>yes</source><translation>ja</translation></message>
  <message><source>no</source><translation type="unfinished">nein</translation></message>
  <message><source>key</source><translation type="vanished">Schlüssel</translation></message>
  <message><source>code</source><translation></translation></message>
</context>
<context><name>ExportDialog</name>
  <message><source>label</source><translation>Bezeichnung</translation></message>
</context>
</TS>
""",
        "utf-8",
    )
    assert read_ts(ts) == {"yes": "ja"}
    assert read_ts(tmp_path / "missing.ts") == {}
