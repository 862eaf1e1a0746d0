"""The shipped JSON Schemas are valid Draft 2020-12 and document every property."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

RES = Path(__file__).resolve().parent.parent / "resources"
SCHEMAS = sorted((RES / "schema").glob("*.schema.json"))


@pytest.mark.parametrize("path", SCHEMAS, ids=lambda p: p.name)
def test_schema_is_valid_2020_12_with_id(path):
    schema = json.loads(path.read_text())
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].endswith(path.name)
    jsonschema.Draft202012Validator.check_schema(schema)


def walk_properties(node, where="#"):
    if isinstance(node, dict):
        for name, sub in node.get("properties", {}).items():
            yield f"{where}/properties/{name}", sub
        for key, sub in node.items():
            yield from walk_properties(sub, f"{where}/{key}")
    elif isinstance(node, list):
        for i, sub in enumerate(node):
            yield from walk_properties(sub, f"{where}/{i}")


@pytest.mark.parametrize("path", SCHEMAS, ids=lambda p: p.name)
def test_every_property_has_title_and_description(path):
    schema = json.loads(path.read_text())
    props = [
        (w, s) for w, s in walk_properties(schema) if isinstance(s, dict) and "/if/" not in w and "/then/" not in w
    ]
    assert len(props) > 10
    missing = [w for w, s in props if not (s.get("title") and s.get("description"))]
    assert missing == []


def test_trax_profile_is_exactly_as_documented():
    profile = json.loads((RES / "targets" / "trax.cip-issue.json").read_text())
    jsonschema.Draft202012Validator(
        json.loads((RES / "schema" / "target-profile-1.0.schema.json").read_text())
    ).validate(profile)
    rows = [
        (a["key"], a["type"], a.get("required", False), a.get("values"), a.get("maxLength"))
        for a in profile["attributes"]
    ]
    assert rows == [
        ("title", "string", True, None, 255),
        ("description", "text", False, None, None),
        ("source", "enum", True, ["1", "2", "3", "4", "5", "6"], None),
        ("classification", "enum", True, ["1", "2", "3", "4", "5"], None),
        ("priority", "enum", False, ["1", "2", "3"], None),
        ("reporter", "email", False, None, None),
        ("externalUrl", "url", False, None, None),
        ("detectedAt", "datetime", False, None, None),
    ]
    assert profile["attributes"][2]["labels"]["6"] == "IT operations"


def test_examples_validate_against_the_schema_with_python_jsonschema():
    schema = json.loads((RES / "schema" / "erd-1.0.schema.json").read_text())
    validator = jsonschema.Draft202012Validator(schema)
    for path in (RES / "examples").glob("*.erd.json"):
        errors = list(validator.iter_errors(json.loads(path.read_text())))
        assert (path.name == "mistakes.erd.json") == bool(errors), path.name
