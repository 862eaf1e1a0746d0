"""The payload schema and the sample payload: what a tracker must send, and an example that passes."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from erd_studio.core import load_path
from erd_studio.core.model import ErdDocument
from erd_studio.core.payload import payload_schema, sample_payload

EXAMPLES = Path(__file__).resolve().parent.parent / "resources" / "examples"
VALID_EXAMPLES = ["youtrack-high-severity", "gitlab-starter", "jira-starter"]


def _validator(schema: dict) -> jsonschema.Draft202012Validator:
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def _doc(fields: list[dict]) -> ErdDocument:
    return ErdDocument.from_json({"erd": "1.0", "id": "t", "name": "T", "target": "trax.cip-issue", "fields": fields})


@pytest.mark.parametrize("name", VALID_EXAMPLES)
def test_sample_of_every_shipped_example_validates(name: str) -> None:
    doc = load_path(EXAMPLES / f"{name}.erd.json").document
    schema = payload_schema(doc)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == f"urn:erd-studio:postbox:{doc.id}:request"
    assert list(_validator(schema).iter_errors(sample_payload(doc))) == []


def test_youtrack_schema_types_required_and_formats() -> None:
    doc = load_path(EXAMPLES / "youtrack-high-severity.erd.json").document
    schema = payload_schema(doc)
    attrs = schema["$defs"]["attributes"]
    assert attrs["additionalProperties"] is False
    # name is required without default; source/classification have defaults, so the postbox fills them in
    assert attrs["required"] == ["name"]
    props = attrs["properties"]
    assert props["name"] == {
        "title": "Summary",
        "description": "The ticket's summary",
        "type": "string",
        "maxLength": 255,
        "examples": ["Mail server rejects all logins"],
    }
    assert props["source"]["enum"] == ["1", "2", "3", "4", "5", "6", None]
    assert props["source"]["default"] == "6"
    assert props["contact"]["format"] == "email"
    assert props["issue_url"]["format"] == "uri"
    assert schema["properties"]["data"]["minItems"] == 1
    assert schema["$defs"]["record"]["properties"]["id"] == {
        "type": "string",
        "minLength": 1,
        "description": "The record's id in the sender, e.g. OPS-12",
    }


def test_schema_refuses_what_the_postbox_refuses() -> None:
    doc = load_path(EXAMPLES / "youtrack-high-severity.erd.json").document
    v = _validator(payload_schema(doc))
    good = sample_payload(doc, "OPS-1")
    assert v.is_valid(good)
    for body in (
        {},
        {"data": []},
        {"data": {}},
        {"data": [{"id": "", "attributes": {"name": "x"}}]},
        {"data": [{"id": "A", "attributes": {"name": "x", "unknown": 1}}]},
        {"data": [{"id": "A", "attributes": {"name": 5}}]},
        {"data": [{"id": "A", "attributes": {"name": "x", "source": "9"}}]},
        {"data": [{"id": "A", "attributes": {"name": "x", "contact": "not-mail"}}]},
        {"data": [{"id": "A", "attributes": {"description": "no name"}}]},
    ):
        assert not v.is_valid(body), body


def test_constraints_and_placeholders_for_every_type() -> None:
    fields = [
        {"key": "s", "type": "string", "required": True, "minLength": 20, "maxLength": 25},
        {"key": "short", "type": "string", "required": True, "maxLength": 3},
        {"key": "p", "type": "string", "required": True, "pattern": "^[A-Z]+-[0-9]+$", "example": "OPS-1"},
        {"key": "i", "type": "integer", "required": True, "minimum": 10, "maximum": 20},
        {"key": "n", "type": "number", "maximum": -2.5},
        {"key": "b", "type": "boolean", "required": True},
        {"key": "d", "type": "date", "required": True},
        {"key": "dt", "type": "datetime", "required": True},
        {"key": "e", "type": "email", "required": True},
        {"key": "u", "type": "url", "required": True},
        {"key": "en", "type": "enum", "values": ["low", "high"], "required": True},
        {"key": "t", "type": "text", "default": "from default"},
    ]
    doc = _doc(fields)
    schema = payload_schema(doc)
    props = schema["$defs"]["attributes"]["properties"]
    assert props["s"]["minLength"] == 20 and props["s"]["maxLength"] == 25
    assert props["i"] == {"type": "integer", "minimum": 10, "maximum": 20}
    assert props["n"]["type"] == ["number", "null"]
    assert props["d"]["format"] == "date" and props["dt"]["format"] == "date-time"
    assert props["en"]["enum"] == ["low", "high"]
    sample = sample_payload(doc, "X-1")
    attrs = sample["data"][0]["attributes"]
    assert sample["data"][0]["id"] == "X-1"
    assert 20 <= len(attrs["s"]) <= 25 and len(attrs["short"]) <= 3
    assert attrs["p"] == "OPS-1" and attrs["i"] == 10 and attrs["n"] == -2.5
    assert attrs["en"] == "low" and attrs["t"] == "from default"
    assert list(_validator(schema).iter_errors(sample)) == []
    json.dumps(schema)  # plain JSON, nothing Python-only inside


def test_invalid_example_is_not_used_for_the_sample() -> None:
    doc = _doc([{"key": "mail", "type": "email", "required": True, "example": "not an address"}])
    attrs = sample_payload(doc)["data"][0]["attributes"]
    assert attrs["mail"] == "jane.doe@example.com"
    assert "examples" not in payload_schema(doc)["$defs"]["attributes"]["properties"]["mail"]
