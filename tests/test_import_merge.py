"""Fields and mappings from another ERD: what is added, what conflicts, and each choice."""

from __future__ import annotations

from pathlib import Path

import pytest

from erd_studio.core import ErdDocument, load_path, to_text, validate_text
from erd_studio.core.imports import KEEP_MINE, RENAME, TAKE_THEIRS, apply_merge, plan_merge

EXAMPLES = Path(__file__).resolve().parent.parent / "resources" / "examples"


def _doc(fields: list[dict], mappings: list[dict], target: str = "trax.cip-issue") -> ErdDocument:
    return ErdDocument.from_json(
        {"erd": "1.0", "id": "d", "name": "D", "target": target, "fields": fields, "mappings": mappings}
    )


MINE = _doc(
    [{"key": "title", "type": "string", "required": True}, {"key": "mail", "type": "email"}],
    [
        {"target": "title", "source": "title"},
        {"target": "source", "constant": "6"},
        {"target": "classification", "constant": "3"},
    ],
)
THEIRS = _doc(
    [
        {"key": "title", "type": "text", "required": True},  # same key, other definition
        {"key": "mail", "type": "email"},  # identical
        {"key": "link", "type": "url"},  # new
    ],
    [
        {"target": "title", "template": "Ticket: {title}"},  # conflicts with mine
        {"target": "externalUrl", "source": "link"},  # new
        {"target": "description", "source": "title"},  # new, uses the conflicting field
    ],
)


def test_plan_lists_new_same_and_conflicting() -> None:
    plan = plan_merge(MINE, THEIRS)
    assert [f.key for f in plan.new_fields] == ["link"]
    assert [m.target for m in plan.new_mappings] == ["externalUrl", "description"]
    assert [str(s) for s in plan.same] == ["field mail"]
    assert [(c.kind, c.key) for c in plan.conflicts] == [("field", "title"), ("mapping", "title")]
    assert plan.conflicts[0].choices() == (KEEP_MINE, TAKE_THEIRS, RENAME)
    assert plan.conflicts[1].choices() == (KEEP_MINE, TAKE_THEIRS)
    assert str(plan.conflicts[0].describe()) == 'the field "title" is defined differently in both ERDs'


def test_keep_mine_adds_only_what_is_new() -> None:
    doc = MINE.clone()
    apply_merge(plan_merge(MINE, THEIRS))(doc)
    assert doc.field_list()[0].to_json() == {"key": "title", "type": "string", "required": True}
    assert [f.key for f in doc.field_list()] == ["title", "mail", "link"]
    assert doc.mapping_list()[0].source == "title"
    assert [m.target for m in doc.mapping_list()][-2:] == ["externalUrl", "description"]
    assert validate_text(to_text(doc)).errors == 0


def test_take_theirs_replaces_in_place() -> None:
    doc = MINE.clone()
    plan = plan_merge(MINE, THEIRS)
    plan.choose_all(TAKE_THEIRS)
    apply_merge(plan)(doc)
    assert doc.field_list()[0].type == "text"
    assert doc.mapping_list()[0].to_json() == {"target": "title", "template": "Ticket: {title}"}
    assert len([m for m in doc.mapping_list() if m.target == "title"]) == 1


def test_rename_adds_theirs_beside_mine_and_their_mappings_follow() -> None:
    doc = MINE.clone()
    plan = plan_merge(MINE, THEIRS)
    plan.conflicts[0].choice = RENAME
    plan.conflicts[1].choice = TAKE_THEIRS
    apply_merge(plan)(doc)
    assert [f.key for f in doc.field_list()] == ["title", "mail", "link", "title_2"]
    assert doc.field_by_key("title").type == "string" and doc.field_by_key("title_2").type == "text"
    by_target = {m.target: m for m in doc.mapping_list()}
    assert by_target["title"].template == "Ticket: {title_2}"
    assert by_target["description"].source == "title_2"
    assert validate_text(to_text(doc)).errors == 0


def test_choose_all_rename_keeps_mine_for_mappings() -> None:
    plan = plan_merge(MINE, THEIRS)
    plan.choose_all(RENAME)
    assert [c.choice for c in plan.conflicts] == [RENAME, KEEP_MINE]


def test_merging_an_erd_into_itself_changes_nothing() -> None:
    doc = load_path(EXAMPLES / "jira-starter.erd.json").document
    plan = plan_merge(doc, doc.clone())
    assert plan.is_empty() and len(plan.same) == len(doc.field_list()) + len(doc.mapping_list())
    before = to_text(doc)
    apply_merge(plan)(doc)
    assert to_text(doc) == before


def test_other_target_is_noted() -> None:
    plan = plan_merge(MINE, _doc([], [], target="other.profile"))
    assert [str(n) for n in plan.notes] == [
        'the other ERD targets "other.profile", this one "trax.cip-issue"; check that its mappings fit'
    ]


@pytest.mark.parametrize("name", ["gitlab-starter", "jira-starter"])
def test_merging_shipped_examples_into_youtrack_gives_valid_erd_with_mine(name: str) -> None:
    doc = load_path(EXAMPLES / "youtrack-high-severity.erd.json").document
    plan = plan_merge(doc, load_path(EXAMPLES / f"{name}.erd.json").document)
    apply_merge(plan)(doc)
    result = validate_text(to_text(doc))
    assert result.errors == 0, result.diagnostics
