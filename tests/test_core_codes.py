"""Every diagnostic code fires on a file made for it, exactly there, and nowhere else.

Each file in tests/data/codes carries its expectation in an ``x-expect`` extension key
(code, pointer, and the line found by a plain text search when the file was written).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from erd_studio.core import CODES, load_path, validate_text

CASES = Path(__file__).parent / "data" / "codes"
CODE_FILES = sorted(CASES.glob("[EW]*.erd.json"))


def test_every_semantic_and_schema_code_has_a_case():
    covered = {p.name.split(".")[0] for p in CODE_FILES}
    postbox = {"E301"}  # from a postbox's answer, not from validation (tests/gui/test_send_dialog.py)
    assert covered | {"E001"} | postbox == set(CODES), "E001 cases live in test_core_bad_input.py"


@pytest.mark.parametrize("path", CODE_FILES, ids=lambda p: p.name.split(".")[0])
def test_code_fires_exactly_there(path: Path):
    expect = json.loads(path.read_text())["x-expect"]
    result = load_path(path)
    assert [d.code for d in result.diagnostics] == [expect["code"]], [d.message for d in result.diagnostics]
    (diag,) = result.diagnostics
    assert diag.pointer == expect["pointer"]
    assert diag.line == expect["line"]
    line_text = path.read_text().splitlines()[diag.line - 1]
    assert 1 <= diag.column <= len(line_text)
    assert diag.message[0].islower() or diag.message[0] in "\"'"
    assert diag.severity == CODES[expect["code"]][0]


def test_valid_file_has_no_diagnostics():
    result = load_path(CASES / "valid.erd.json")
    assert result.diagnostics == []
    assert result.document is not None and len(result.document.field_list()) == 2


@pytest.mark.parametrize("name", ["youtrack-high-severity", "jira-starter", "gitlab-starter"])
def test_shipped_examples_are_clean(examples_dir: Path, name: str):
    result = load_path(examples_dir / f"{name}.erd.json")
    assert result.diagnostics == []


def test_mistakes_example_shows_many_kinds_of_problem(examples_dir: Path):
    codes = {d.code for d in load_path(examples_dir / "mistakes.erd.json").diagnostics}
    assert {"E002", "E101", "E102", "E103", "E106", "E107", "E108", "E110", "W201", "W203", "W204"} <= codes


def test_column_points_at_the_offending_value():
    text = '{\n  "erd": "1.0", "id": "x", "name": "n", "target": "nope",\n  "fields": [], "mappings": []\n}\n'
    (diag,) = validate_text(text).diagnostics
    assert diag.code == "E109"
    assert text.splitlines()[diag.line - 1][diag.column - 1 :].startswith('"nope"')
    assert (diag.end_line, diag.end_column) == (2, diag.column + len('"nope"'))


def test_schema_errors_in_many_fields_each_get_their_own_place():
    fields = [{"key": f"f{i}", "type": "string" if i % 2 else "strng"} for i in range(6)]
    doc = {"erd": "1.0", "id": "x", "name": "n", "target": "trax.cip-issue", "fields": fields, "mappings": []}
    text = json.dumps(doc, indent=2)
    e002 = [d for d in validate_text(text).diagnostics if d.code == "E002"]
    assert [d.pointer for d in e002] == ["/fields/0/type", "/fields/2/type", "/fields/4/type"]
    assert len({d.line for d in e002}) == 3


def test_unknown_property_is_placed_on_its_key_and_x_keys_are_allowed():
    text = '{"erd": "1.0", "id": "x", "name": "n", "target": "trax.cip-issue", "fields": [], "mappings": [],\n "x-team": 1, "colour": "red"}'
    diags = [d for d in validate_text(text).diagnostics if d.code == "E002"]
    assert [(d.pointer, d.line, d.column) for d in diags] == [("/colour", 2, 15)]
    assert "x-" in diags[0].message
