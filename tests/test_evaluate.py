"""Mapping evaluation: what a record becomes, and every reason it cannot become a CIP issue."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from erd_studio.core import default_registry, load_path
from erd_studio.core.evaluate import evaluate_payload, evaluate_record
from erd_studio.core.model import ErdDocument

EXAMPLES = Path(__file__).resolve().parent.parent / "resources" / "examples"
PROFILE = default_registry().get("trax.cip-issue")


def _doc(fields: list[dict], mappings: list[dict]) -> ErdDocument:
    return ErdDocument.from_json(
        {"erd": "1.0", "id": "t", "name": "T", "target": "trax.cip-issue", "fields": fields, "mappings": mappings}
    )


BASE_FIELDS = [
    {"key": "name", "type": "string", "required": True},
    {"key": "severity", "type": "enum", "values": ["High", "Medium", "Low", "Odd"]},
    {"key": "when", "type": "date"},
    {"key": "count", "type": "integer"},
]
BASE_MAPPINGS = [
    {"target": "title", "template": "[{id}] {name}"},
    {"target": "source", "constant": "6"},
    {"target": "classification", "constant": "3"},
    {"target": "priority", "source": "severity", "lookup": {"High": "1", "Medium": "2", "Low": "3"}},
    {"target": "detectedAt", "source": "when"},
    {"target": "description", "source": "count"},
]


def _codes(result) -> list[tuple[str, str]]:
    return [(e.pointer, e.code) for e in result.errors]


def test_youtrack_record_becomes_cip_issue() -> None:
    doc = load_path(EXAMPLES / "youtrack-high-severity.erd.json").document
    record = {"id": "OPS-12", "attributes": {"name": "Mail down", "contact": "jane@example.com"}}
    result = evaluate_record(doc, PROFILE, record)
    assert result.ok and result.id == "OPS-12"
    # source and classification come from the fields' defaults
    assert result.entity == {"title": "Mail down", "source": "6", "classification": "3", "reporter": "jane@example.com"}


def test_template_lookup_conversion() -> None:
    doc = _doc(BASE_FIELDS, BASE_MAPPINGS)
    rec = {"id": "SEC-4", "attributes": {"name": "Phish", "severity": "High", "when": "2026-11-29", "count": 3}}
    result = evaluate_record(doc, PROFILE, rec, index=2)
    assert result.ok, result.errors
    assert result.entity == {
        "title": "[SEC-4] Phish",
        "source": "6",
        "classification": "3",
        "priority": "1",
        "detectedAt": "2026-11-29T00:00:00Z",
        "description": "3",
    }


@pytest.mark.parametrize(
    ("attributes", "expected"),
    [
        ({}, [("/data/1/attributes/name", "missing-required")]),
        ({"name": None}, [("/data/1/attributes/name", "missing-required")]),
        ({"name": 5}, [("/data/1/attributes/name", "wrong-type")]),
        ({"name": "x", "severity": "Odd"}, [("/data/1/attributes/severity", "lookup-miss")]),
        ({"name": "x", "severity": "Huge"}, [("/data/1/attributes/severity", "enum-value")]),
        ({"name": "x", "when": "29.11.2026"}, [("/data/1/attributes/when", "wrong-type")]),
        ({"name": "x", "count": 1.5}, [("/data/1/attributes/count", "wrong-type")]),
        ({"name": "x", "extra": 1}, [("/data/1/attributes/extra", "unknown-attribute")]),
    ],
)
def test_record_errors_point_into_the_body(attributes: dict, expected: list) -> None:
    doc = _doc(BASE_FIELDS, BASE_MAPPINGS)
    result = evaluate_record(doc, PROFILE, {"id": "A", "attributes": attributes}, index=1)
    assert _codes(result) == expected
    assert all(e.message for e in result.errors)


def test_template_on_missing_optional_field() -> None:
    fields = [{"key": "name", "type": "string", "required": True}, {"key": "key", "type": "string"}]
    mappings = [
        {"target": "title", "template": "{key}: {name}"},
        {"target": "source", "constant": "6"},
        {"target": "classification", "constant": "3"},
    ]
    result = evaluate_record(_doc(fields, mappings), PROFILE, {"id": "A", "attributes": {"name": "n"}})
    assert _codes(result) == [("/data/0/attributes/key", "template-field-missing")]
    assert "title" not in result.entity


def test_value_that_does_not_fit_the_target() -> None:
    fields = [{"key": "name", "type": "string", "required": True}, {"key": "src", "type": "string", "required": True}]
    mappings = [
        {"target": "title", "source": "name"},
        {"target": "source", "source": "src"},
        {"target": "classification", "constant": "9"},
        {"target": "reporter", "source": "name"},
    ]
    result = evaluate_record(
        _doc(fields, mappings), PROFILE, {"id": "A", "attributes": {"name": "x" * 300, "src": "7"}}
    )
    assert _codes(result) == [
        ("/data/0/attributes/name", "not-convertible"),  # longer than 255
        ("/data/0/attributes/src", "enum-value"),
        ("/mappings/2/constant", "enum-value"),  # a definition problem points into the ERD
        ("/data/0/attributes/name", "not-convertible"),  # not an e-mail address
    ]
    assert "longer than 255" in result.errors[0].message


def test_required_attribute_from_missing_optional_field() -> None:
    fields = [{"key": "name", "type": "string"}]
    mappings = [{"target": "title", "source": "name"}, {"target": "source", "constant": "6"}]
    result = evaluate_record(_doc(fields, mappings), PROFILE, {"id": "A", "attributes": {}})
    assert _codes(result) == [("/data/0/attributes/name", "missing-required"), ("/mappings", "unmapped-required")]
    assert "classification" in result.errors[1].message


def test_envelope_errors() -> None:
    doc = _doc(BASE_FIELDS, BASE_MAPPINGS)
    assert _codes(evaluate_record(doc, PROFILE, [1, 2])) == [("/data/0", "not-an-object")]
    assert _codes(evaluate_record(doc, PROFILE, {"attributes": {"name": "x"}})) == [("/data/0", "missing-id")]
    assert _codes(evaluate_record(doc, PROFILE, {"id": 7, "attributes": {"name": "x"}})) == [
        ("/data/0/id", "invalid-id")
    ]
    assert _codes(evaluate_record(doc, PROFILE, {"id": "A"})) == [("/data/0", "missing-attributes")]
    assert _codes(evaluate_record(doc, PROFILE, {"id": "A", "attributes": "x", "foo": 1})) == [
        ("/data/0/foo", "unknown-member"),
        ("/data/0/attributes", "attributes-not-an-object"),
    ]
    assert _codes(evaluate_record(doc, None, {"id": "A", "attributes": {"name": "x"}})) == [
        ("/target", "unknown-profile")
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ([], [("", "not-an-object")]),
        ({}, [("", "missing-data")]),
        ({"data": {}}, [("/data", "data-not-an-array")]),
        ({"data": []}, [("/data", "data-empty")]),
        ({"data": [{}], "x": 1}, [("/x", "unknown-member")]),
    ],
)
def test_body_shape(body, expected) -> None:
    results = evaluate_payload(_doc(BASE_FIELDS, BASE_MAPPINGS), PROFILE, body)
    assert len(results) == 1 and results[0].index is None
    assert _codes(results[0]) == expected


def test_duplicate_ids_in_one_body() -> None:
    body = {"data": [{"id": "A", "attributes": {"name": "1"}}, {"id": "A", "attributes": {"name": "2"}}]}
    results = evaluate_payload(_doc(BASE_FIELDS, BASE_MAPPINGS), PROFILE, body)
    assert results[0].ok
    assert _codes(results[1]) == [("/data/1/id", "duplicate-id")]


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
BROKEN = (
    [{"key": "name", "type": ["list"]}, {"key": "severity", "type": "enum", "values": 3}, 7],
    [{"target": 5}, 3, {"target": "title"}, {"target": "priority", "source": "severity", "lookup": [1]}],
)
KEYS = st.sampled_from(["name", "severity", "when", "count", "id", "other", ""])


@settings(max_examples=300, deadline=None)
@given(
    record=st.one_of(
        JSON,
        st.fixed_dictionaries(
            {"id": JSON, "attributes": st.dictionaries(KEYS, JSON | st.sampled_from(["High", "Odd", "2026-01-01"]))}
        ),
    )
)
def test_evaluation_never_raises(record) -> None:
    for doc_fields, doc_mappings in ((BASE_FIELDS, BASE_MAPPINGS), BROKEN):
        result = evaluate_record(_doc(doc_fields, doc_mappings), PROFILE, record)
        assert result.ok or all(e.pointer == "" or e.pointer.startswith("/") for e in result.errors)
        results = evaluate_payload(_doc(doc_fields, doc_mappings), PROFILE, {"data": [record]})
        assert len(results) == 1
