"""Fields proposed from a sample ticket: inferred types, flattening, notes, then applied as an edit."""

from __future__ import annotations

from pathlib import Path

import pytest

from erd_studio.core import ErdDocument, load_path, to_text, validate_text
from erd_studio.core.imports import SampleError, apply_fields, infer_type, parse_sample, propose_fields

EXAMPLES = Path(__file__).resolve().parent.parent / "resources" / "examples"

TICKET = """{
  "idReadable": "OPS-12",
  "summary": "Mail server rejects all logins",
  "description": "Since 09:12 every IMAP login fails.\\nSecond line.",
  "votes": 3,
  "spent": 1.5,
  "resolved": false,
  "created": "2026-11-29T08:15:00Z",
  "due": "2026-12-01",
  "url": "https://yt.example.com/issue/OPS-12",
  "reporter": {"email": "jane.doe@example.com", "login": "jane", "avatar": {"url": "x"}},
  "tags": ["security"],
  "assignee": null,
  "id": "2-345",
  "7days": 1
}"""


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (True, "boolean"),
        (3, "integer"),
        (2.5, "number"),
        ("2026-11-29", "date"),
        ("2026-11-29T08:15:00+01:00", "datetime"),
        ("https://example.com/x", "url"),
        ("a@b.example", "email"),
        ("line\nbreak", "text"),
        ("x" * 300, "text"),
        ("plain", "string"),
        (None, "string"),
        ("2026-13-45", "string"),
    ],
)
def test_infer_type(value: object, expected: str) -> None:
    assert infer_type(value) == expected


def test_ticket_becomes_typed_fields_with_notes() -> None:
    proposal = propose_fields(parse_sample(TICKET))
    by_key = {p.key: p for p in proposal.fields}
    assert {k: p.type for k, p in by_key.items()} == {
        "idReadable": "string",
        "summary": "string",
        "description": "text",
        "votes": "integer",
        "spent": "number",
        "resolved": "boolean",
        "created": "datetime",
        "due": "date",
        "url": "url",
        "reporter_email": "email",
        "reporter_login": "string",
        "assignee": "string",
        "external_id": "string",
        "_7days": "integer",
    }
    assert by_key["reporter_email"].path == "reporter.email"
    assert "null" in str(by_key["assignee"].note)
    assert str(by_key["external_id"].note) == 'the key "external_id" stands for "id"'
    assert any(str(s).startswith("tags: a list") for s in proposal.skipped)
    assert any(str(s).startswith("reporter.avatar: an object nested") for s in proposal.skipped)


def test_postbox_body_uses_the_first_records_attributes() -> None:
    proposal = propose_fields({"data": [{"id": "A-1", "attributes": {"name": "x", "n": 2}}]})
    assert [(p.key, p.type) for p in proposal.fields] == [("name", "string"), ("n", "integer")]


def test_existing_keys_are_proposed_unselected_and_apply_adds_only_the_chosen() -> None:
    doc = load_path(EXAMPLES / "youtrack-high-severity.erd.json").document
    proposal = propose_fields({"name": "dup", "severity": "High", "opened": "2026-11-29"}, doc)
    name = next(p for p in proposal.fields if p.key == "name")
    assert name.exists and not name.selected and "already has" in str(name.note)
    before = len(doc.field_list())
    apply_fields(proposal.selected())(doc)
    added = doc.field_list()[before:]
    assert [(f.key, f.type, f.label, f.example) for f in added] == [
        ("severity", "string", "Severity", "High"),
        ("opened", "date", "Opened", "2026-11-29"),
    ]
    result = validate_text(to_text(doc))
    assert result.errors == 0  # the new fields are valid; only "unused" warnings
    assert {d.code for d in result.diagnostics} == {"W201"}


def test_apply_to_an_empty_document_creates_the_fields_list() -> None:
    doc = ErdDocument.from_json({"erd": "1.0", "id": "x", "name": "X", "target": "trax.cip-issue"})
    apply_fields(propose_fields({"a": 1}).fields)(doc)
    assert [f.key for f in doc.field_list()] == ["a"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the sample is empty"),
        ("{oops", "not valid JSON (line 1, column 2"),
        ("42", "must be a JSON object"),
    ],
)
def test_bad_samples_say_what_to_do(text: str, message: str) -> None:
    with pytest.raises(SampleError, match=message.replace("(", r"\(")):
        propose_fields(parse_sample(text))
