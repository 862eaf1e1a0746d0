"""Canonical saving: load → save → load is lossless, saving is idempotent, and the
loader answers anything (even mutated bytes) with its own diagnostics only."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from erd_studio.core import load_bytes, to_text, validate_text
from erd_studio.core.model import FIELD_TYPES

EXAMPLES = sorted((Path(__file__).parent.parent / "resources" / "examples").glob("*.erd.json"))

keys = st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,10}", fullmatch=True).filter(lambda k: k != "id")
text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=20)
scalars = st.one_of(st.none(), st.booleans(), st.integers(-(10**6), 10**6), text)


@st.composite
def fields(draw):
    key = draw(keys)
    ftype = draw(st.sampled_from(FIELD_TYPES))
    out = {"key": key, "type": ftype}
    if draw(st.booleans()):
        out["label"] = draw(text)
    if draw(st.booleans()):
        out["required"] = draw(st.booleans())
    if ftype == "enum":
        out["values"] = draw(st.lists(text, min_size=1, max_size=4, unique=True))
    if draw(st.booleans()):
        out["description"] = draw(text)
    return out


@st.composite
def mappings(draw, field_keys):
    target = draw(st.sampled_from(["title", "description", "source", "priority", "reporter"]))
    kind = draw(st.sampled_from(["source", "constant", "template"]))
    if kind == "source" and field_keys:
        out = {"target": target, "source": draw(st.sampled_from(field_keys))}
        if draw(st.booleans()):
            out["lookup"] = draw(st.dictionaries(text, st.sampled_from(["1", "2", "3"]), max_size=3))
            if draw(st.booleans()):
                out["default"] = "3"
        return out
    if kind == "template":
        return {"target": target, "template": draw(text)}
    return {"target": target, "constant": draw(scalars)}


@st.composite
def erds(draw):
    fs = draw(st.lists(fields(), max_size=6, unique_by=lambda f: f["key"]))
    ms = draw(st.lists(mappings([f["key"] for f in fs]), max_size=6))
    doc = {
        "erd": "1.0",
        "id": draw(st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True)),
        "name": draw(text.filter(bool)),
    }
    if draw(st.booleans()):
        doc["description"] = draw(text)
    doc.update(target="trax.cip-issue", fields=fs, mappings=ms)
    for name in draw(st.lists(st.from_regex(r"x-[a-z]{1,8}", fullmatch=True), max_size=2, unique=True)):
        doc[name] = draw(st.one_of(scalars, st.lists(scalars, max_size=3)))
    return doc


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(erds(), st.sampled_from([0, 2, 4]))
def test_load_save_load_is_lossless_and_idempotent(doc, indent):
    source = json.dumps(doc, indent=indent or None, ensure_ascii=bool(indent % 4))
    first = validate_text(source)
    assert not [d for d in first.diagnostics if d.code in ("E001", "E002")], first.diagnostics
    saved = to_text(first.document)
    second = validate_text(saved)
    assert second.document == first.document
    assert json.loads(saved) == doc
    assert to_text(second.document) == saved
    assert saved.endswith("\n") and "\ufeff" not in saved


def test_canonical_files_round_trip_byte_identically():
    for path in EXAMPLES:
        raw = path.read_bytes()
        assert to_text(load_bytes(raw).document).encode() == raw, path.name


def test_canonical_key_order_and_x_keys_kept():
    text = '{"x-team": "ops", "mappings": [], "fields": [{"type": "string", "key": "a", "x-note": 1}], "target": "trax.cip-issue", "name": "n", "id": "i", "erd": "1.0"}'
    saved = to_text(validate_text(text).document)
    assert list(json.loads(saved)) == ["erd", "id", "name", "target", "fields", "mappings", "x-team"]
    assert list(json.loads(saved)["fields"][0]) == ["key", "type", "x-note"]
    assert saved.startswith('{\n  "erd": "1.0",\n')


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(EXAMPLES), st.data())
def test_mutated_bytes_only_ever_give_diagnostics(path, data):
    raw = bytearray(path.read_bytes())
    for _ in range(data.draw(st.integers(1, 8))):
        op = data.draw(st.sampled_from(["flip", "delete", "insert"]))
        at = data.draw(st.integers(0, len(raw) - 1))
        if op == "flip":
            raw[at] = data.draw(st.integers(0, 255))
        elif op == "delete":
            del raw[at : at + data.draw(st.integers(1, 40))]
        else:
            raw[at:at] = data.draw(st.sampled_from([b"{", b"[", b"}", b",", b'"', b"\\u", b"\xff", b"NaN", b"1e999"]))
    result = load_bytes(bytes(raw))  # must not raise
    for d in result.diagnostics:
        assert d.code in ("E001", "E002") or d.code[0] in "EW"
        assert d.line >= 1 and d.column >= 1 and d.message
    if result.document is not None:
        to_text(result.document).encode("utf-8")  # whatever loads can be saved as UTF-8
