"""Bad input gives exactly one clear E001 (or E002) at the right place, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from erd_studio.core import FileError, load_bytes, load_path, validate_text

GOOD = (Path(__file__).parent / "data" / "codes" / "valid.erd.json").read_bytes()


def only(result, code="E001"):
    assert [d.code for d in result.diagnostics] == [code], [d.message for d in result.diagnostics]
    assert result.document is None
    return result.diagnostics[0]


def test_empty_file():
    assert "empty" in only(load_bytes(b"")).message
    assert "empty" in only(load_bytes(b"  \n\t ")).message


def test_not_json_points_at_the_mistake():
    diag = only(validate_text('{\n  "erd": "1.0",\n  "id": "x",,\n}'))
    assert (diag.line, diag.column) == (3, 13)
    assert "not valid JSON" in diag.message


def test_trailing_comma_is_explained():
    diag = only(validate_text('{"erd": "1.0",}'))
    assert "trailing comma" in diag.message


@pytest.mark.parametrize("text", ["[]", "42", '"erd"', "null", "true"])
def test_json_that_is_not_an_object(text):
    diag = only(validate_text(text), "E002")
    assert "must be a JSON object" in diag.message


def test_each_missing_property_is_reported_once():
    diags = validate_text("{}").diagnostics
    assert [d.message for d in diags] == [
        f'the property "{key}" is missing from the document'
        for key in ("erd", "id", "name", "target", "fields", "mappings")
    ]


def test_invalid_utf8_names_the_byte_and_line():
    raw = GOOD.replace(b'"Code case"', b'"Code \xe9 case"')
    diag = only(load_bytes(raw))
    assert "not UTF-8" in diag.message and "0xe9" in diag.message
    assert diag.line == GOOD.split(b"\n").index(b'  "name": "Code case",') + 1


def test_bom_is_accepted():
    result = load_bytes(b"\xef\xbb\xbf" + GOOD)
    assert result.diagnostics == []
    assert not result.text.startswith("\ufeff")


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused_where_they_are(literal):
    text = GOOD.decode().replace('"maxLength": 200', f'"maxLength": {literal}')
    diag = only(validate_text(text))
    assert literal.lstrip("-") in diag.message
    assert literal in text.splitlines()[diag.line - 1][diag.column - 1 :]


@pytest.mark.parametrize("number", ["1e999", "-1e400", "9" * 5000])
def test_numbers_too_large_to_parse(number):
    text = GOOD.decode().replace('"maxLength": 200', f'"maxLength": {number}')
    diag = only(validate_text(text))
    assert "too large" in diag.message
    assert text.splitlines()[diag.line - 1][diag.column - 1 :].startswith(number[:10])


def test_lone_surrogate_escape():
    text = GOOD.decode().replace('"Code case"', '"Code \\ud800 case"')
    diag = only(validate_text(text))
    assert "surrogate" in diag.message
    assert "\\ud800" in text.splitlines()[diag.line - 1]


def test_paired_surrogate_escape_is_fine():
    text = GOOD.decode().replace('"Code case"', '"Code \\ud83d\\ude00 case"')
    result = validate_text(text)
    assert result.diagnostics == [] and result.document.name == "Code 😀 case"


def test_duplicate_keys_are_reported_not_resolved():
    text = GOOD.decode().replace('"key": "kind",', '"key": "kind", "key": "other",')
    diag = only(validate_text(text))
    assert 'key "key" appears twice' in diag.message
    assert diag.pointer == "/fields/1/key"
    assert '"key": "other"' in text.splitlines()[diag.line - 1][diag.column - 1 :]


def test_duplicate_top_level_key():
    diag = only(validate_text('{"erd": "1.0",\n "erd": "1.0"}'))
    assert (diag.pointer, diag.line, diag.column) == ("/erd", 2, 2)


def test_nesting_ten_thousand_levels_deep():
    diag = only(validate_text("[" * 10_000 + "]" * 10_000))
    assert "nested" in diag.message and diag.line == 1


def test_deep_nesting_inside_an_extension_key():
    text = GOOD.decode().replace('"erd": "1.0",', '"erd": "1.0", "x-deep": ' + "[" * 5000 + "]" * 5000 + ",")
    diag = only(validate_text(text))
    assert "nested" in diag.message


@pytest.mark.slow
def test_fifty_megabyte_file_loads(tmp_path):
    filler = '"' + "x" * 1000 + '"'
    items = ",\n".join([filler] * 50_000)
    text = GOOD.decode().replace('"erd": "1.0",', f'"erd": "1.0",\n"x-bulk": [{items}],', 1)
    path = tmp_path / "big.erd.json"
    path.write_text(text)
    assert path.stat().st_size > 50_000_000
    result = load_path(path)
    assert result.diagnostics == []
    assert len(result.document.extra["x-bulk"]) == 50_000


def test_file_above_the_limit_is_refused_with_a_reason(tmp_path):
    path = tmp_path / "huge.erd.json"
    with path.open("wb") as f:
        f.truncate(65 * 1024 * 1024)
    with pytest.raises(FileError, match="too large"):
        load_path(path)


def test_directory_missing_and_unreadable_paths(tmp_path):
    with pytest.raises(FileError, match="is a folder"):
        load_path(tmp_path)
    with pytest.raises(FileError, match="does not exist"):
        load_path(tmp_path / "nope.erd.json")
    (tmp_path / "plain").write_text("x")
    with pytest.raises(FileError, match="cannot be read"):
        load_path(tmp_path / "plain" / "child.erd.json")
