"""Core edits: each one changes the document as a user expects, and the result always
renders to text that loads back into the same model."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from erd_studio.core import MISSING, Mapping, ProfileRegistry, load_path, to_text, validate_text
from erd_studio.core import edits as E
from erd_studio.core.model import FIELD_TYPES, Attribute, ErdDocument, TargetProfile
from erd_studio.core.profiles import builtin_profiles


@pytest.fixture
def doc(youtrack_example):
    return load_path(youtrack_example).document


def codes(doc: ErdDocument) -> list[str]:
    return [d.code for d in validate_text(to_text(doc)).diagnostics]


def keys(doc: ErdDocument) -> list[str]:
    return [f.key for f in doc.field_list()]


def roundtrips(doc: ErdDocument) -> bool:
    result = validate_text(to_text(doc))
    return result.parsed and result.document == doc


def test_add_field_gets_a_unique_key_and_a_place(doc):
    i = E.add_field(doc)
    assert (i, doc.fields[i].key, doc.fields[i].type) == (6, "field", "string")
    j = E.add_field(doc, index=0)
    assert j == 0 and doc.fields[0].key == "field_2"
    assert E.add_field(doc, "sev", "enum") == 8 and doc.fields[8].values == ["value"]
    assert roundtrips(doc)


@pytest.mark.parametrize(
    ("key", "message"),
    [("name", "already used"), ("id", "reserved"), ("1x", "starts with a letter"), ("a-b", "only letters")],
)
def test_add_field_refuses_bad_keys(doc, key, message):
    before = to_text(doc)
    with pytest.raises(E.EditError, match=message):
        E.add_field(doc, key)
    assert to_text(doc) == before


def test_add_field_refuses_unknown_type(doc):
    with pytest.raises(E.EditError, match="not a field type"):
        E.add_field(doc, "x", "float")


def test_add_field_to_a_document_without_fields():
    doc = ErdDocument(erd="1.0")
    E.add_field(doc, "a")
    assert keys(doc) == ["a"]


def test_duplicate_field_copies_everything_but_the_key(doc):
    i = E.duplicate_field(doc, 2)
    assert i == 3 and doc.fields[3].key == "source_copy"
    assert doc.fields[3].values == doc.fields[2].values and doc.fields[3].values is not doc.fields[2].values
    assert E.duplicate_field(doc, 2) == 3 and doc.fields[3].key == "source_copy_2"


def test_delete_field_keeps_mappings_unless_asked(doc):
    E.delete_field(doc, 0)
    assert "name" not in keys(doc)
    assert "E102" in codes(doc)  # the mapping to "title" still names it: visible, not lost
    E.delete_field(doc, 0, drop_mappings=True)  # "description"
    assert E.mapping_index(doc, "description") is None
    with pytest.raises(E.EditError, match="no field number 99"):
        E.delete_field(doc, 98)


def test_move_field_both_ways(doc):
    E.move_field(doc, 0, 5)
    assert keys(doc)[5] == "name" and keys(doc)[0] == "description"
    E.move_field(doc, 5, 0)
    assert keys(doc)[:2] == ["name", "description"]
    with pytest.raises(E.EditError):
        E.move_field(doc, 0, 6)


def test_set_field_property_by_json_key_and_remove(doc):
    E.set_field_property(doc, 0, "maxLength", 80)
    assert doc.fields[0].max_length == 80 and '"maxLength": 80' in to_text(doc)
    E.set_field_property(doc, 0, "maxLength", MISSING)
    assert "maxLength" not in doc.fields[0].to_json()
    E.set_field_property(doc, 0, "x-note", "kept")
    assert doc.fields[0].extra == {"x-note": "kept"}
    E.set_field_property(doc, 0, "x-note", MISSING)
    assert doc.fields[0].extra == {}


def test_rename_field_renames_sources_and_template_placeholders(doc):
    E.set_mapping(doc, "description", template="{name}: {description} ({id}) {names}")
    changed = E.rename_field(doc, 0, "summary")
    assert changed == 2
    assert doc.mappings[0].source == "summary"
    assert doc.mappings[1].template == "{summary}: {description} ({id}) {names}"
    assert codes(doc) == ["E107"]  # only {names}, which never named a field; nothing names "name"
    assert E.rename_field(doc, 0, "summary") == 0


def test_rename_field_refuses_a_used_key_and_changes_nothing(doc):
    before = to_text(doc)
    with pytest.raises(E.EditError, match="already used"):
        E.rename_field(doc, 0, "contact")
    assert to_text(doc) == before


def test_set_mapping_replaces_in_place_and_keeps_extensions(doc):
    doc.mappings[2].extra["x-why"] = "kept"
    i = E.set_mapping(doc, "source", constant="6")
    assert i == 2 and doc.mappings[2].constant == "6" and doc.mappings[2].source is MISSING
    assert doc.mappings[2].extra == {"x-why": "kept"}
    j = E.set_mapping(doc, "priority", source="source", lookup={"6": "1"}, default="3")
    assert j == 6 and doc.mappings[6].to_json() == {
        "target": "priority",
        "source": "source",
        "lookup": {"6": "1"},
        "default": "3",
    }
    assert roundtrips(doc)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "exactly one"),
        ({"source": "a", "constant": 1}, "exactly one"),
        ({"constant": 1, "lookup": {}}, "only with a source"),
        ({"source": "a", "default": 1}, "needs a lookup"),
    ],
)
def test_set_mapping_refuses_impossible_shapes(doc, kwargs, message):
    with pytest.raises(E.EditError, match=message):
        E.set_mapping(doc, "priority", **kwargs)


def test_constant_may_be_null(doc):
    E.set_mapping(doc, "priority", constant=None)
    assert '"constant": null' in to_text(doc) and roundtrips(doc)


def test_replace_delete_remove_mapping(doc):
    E.replace_mapping(doc, 0, Mapping(target="title", template="[{id}] {name}"))
    assert doc.mappings[0].template == "[{id}] {name}"
    E.delete_mapping(doc, 0)
    assert E.mapping_index(doc, "title") is None and "E105" in codes(doc)
    assert E.remove_mapping(doc, "reporter") is True
    assert E.remove_mapping(doc, "reporter") is False
    with pytest.raises(E.EditError, match="no mapping number"):
        E.delete_mapping(doc, 40)


def test_set_lookup_and_remove_it(doc):
    E.set_lookup(doc, 2, {"6": "6", "1": "1"}, default="4")
    assert doc.mappings[2].lookup == {"6": "6", "1": "1"} and doc.mappings[2].default == "4"
    E.set_lookup(doc, 2, MISSING)
    assert doc.mappings[2].lookup is MISSING and doc.mappings[2].default is MISSING
    E.set_mapping(doc, "priority", constant="1")
    with pytest.raises(E.EditError, match="only a mapping from a source"):
        E.set_lookup(doc, 6, {"a": "1"})


def test_switching_target_keeps_mappings_to_missing_attributes(doc):
    other = TargetProfile("other.thing", "Other", [Attribute("title", "string", required=True)])
    reg = ProfileRegistry([other])
    E.set_target(doc, "other.thing")
    result = validate_text(to_text(doc), reg)
    assert len(result.document.mapping_list()) == 6
    assert sorted({d.code for d in result.diagnostics} & {"E103"}) == ["E103"]


def test_normalize_name():
    assert E.normalize_name("Issue_URL") == E.normalize_name("issue-url") == E.normalize_name("issueurl")
    assert E.normalize_name(None) == ""


def test_auto_map_proposes_then_applies():
    profile = builtin_profiles()["trax.cip-issue"]
    doc = ErdDocument(erd="1.0", id="x", name="x", target="trax.cip-issue", mappings=[])
    for key, label in [("Title", None), ("external_url", None), ("reporterMail", "Reporter"), ("Source", None)]:
        E.add_field(doc, key)
        if label:
            E.set_field_property(doc, len(doc.fields) - 1, "label", label)
    E.set_mapping(doc, "source", constant="6")
    proposals = E.propose_auto_mappings(doc, profile)
    assert [(p.target, p.source) for p in proposals] == [
        ("title", "Title"),
        ("reporter", "reporterMail"),
        ("externalUrl", "external_url"),
    ]
    assert "label" in proposals[1].reason
    assert len(doc.mappings) == 1  # proposing changes nothing
    assert E.apply_auto_mappings(doc, proposals) == 3
    assert E.apply_auto_mappings(doc, proposals) == 0  # filled meanwhile: skipped
    assert [m.target for m in doc.mapping_list()] == ["source", "title", "reporter", "externalUrl"]


# ------------------------------------------------------------ property test

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.text(max_size=8),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
)
names = st.text(alphabet="abcXY_z019", min_size=1, max_size=6)
TARGETS = ["title", "description", "source", "classification", "priority", "reporter", "externalUrl", "nope"]


def _op(draw, doc: ErdDocument) -> None:
    n_fields, n_maps = len(doc.fields), len(doc.mappings)
    kind = draw(
        st.sampled_from(["add", "dup", "del", "move", "prop", "rename", "map", "unmap", "lookup", "auto", "target"])
    )
    fi = draw(st.integers(0, max(0, n_fields - 1)))
    if kind == "add":
        E.add_field(doc, draw(st.one_of(st.none(), names)), draw(st.sampled_from(FIELD_TYPES)))
    elif kind == "dup":
        E.duplicate_field(doc, fi)
    elif kind == "del":
        E.delete_field(doc, fi, draw(st.booleans()))
    elif kind == "move":
        E.move_field(doc, fi, draw(st.integers(0, max(0, n_fields - 1))))
    elif kind == "prop":
        key = draw(
            st.sampled_from(["label", "required", "maxLength", "minimum", "default", "example", "values", "x-a"])
        )
        E.set_field_property(doc, fi, key, draw(st.one_of(st.just(MISSING), json_scalars)))
    elif kind == "rename":
        E.rename_field(doc, fi, draw(names))
    elif kind == "map":
        how = draw(st.sampled_from(["source", "constant", "template"]))
        value = {"source": draw(names), "constant": draw(json_scalars), "template": "{" + draw(names) + "}"}[how]
        E.set_mapping(doc, draw(st.sampled_from(TARGETS)), **{how: value})
    elif kind == "unmap" and n_maps:
        E.delete_mapping(doc, draw(st.integers(0, n_maps - 1)))
    elif kind == "lookup" and n_maps:
        E.set_lookup(doc, draw(st.integers(0, n_maps - 1)), {"a": draw(json_scalars)}, draw(json_scalars))
    elif kind == "auto":
        E.apply_auto_mappings(doc, E.propose_auto_mappings(doc, builtin_profiles()["trax.cip-issue"]))
    elif kind == "target":
        E.set_target(doc, draw(st.sampled_from(["trax.cip-issue", "unknown.profile"])))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_edit_sequences_keep_the_text_loadable_and_equal(doc, data):
    doc = doc.clone()
    for _ in range(data.draw(st.integers(1, 12))):
        before = to_text(doc)
        try:
            _op(data.draw, doc)
        except E.EditError:
            assert to_text(doc) == before  # a refused edit changes nothing
        text = to_text(doc)
        result = validate_text(text)
        assert result.parsed, text
        assert result.document == doc
        assert to_text(result.document) == text
