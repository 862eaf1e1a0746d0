"""Every export format: what a user gets in the file, for the shipped examples and edge cases."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest

from erd_studio.core import ErdDocument, load_path, to_text, validate_text
from erd_studio.core.exporters import EXPORTERS, ExportError, UnknownFormat, export, get_exporter
from erd_studio.core.exporters.markdown import cell
from erd_studio.core.exporters.youtrack_map import PropertyError, default_property, parse_property
from erd_studio.core.model import Field
from erd_studio.core.payload import payload_schema, sample_payload

EXAMPLES = Path(__file__).resolve().parent.parent / "resources" / "examples"

VALID = ["youtrack-high-severity", "gitlab-starter", "jira-starter"]


def _doc(name: str) -> ErdDocument:
    return load_path(EXAMPLES / f"{name}.erd.json").document


def test_registry_lists_every_format_with_suffix_and_description() -> None:
    assert {"erd", "payload-schema", "sample", "curl", "youtrack", "markdown"} <= set(EXPORTERS)
    for name, exporter in EXPORTERS.items():
        assert exporter.name == name
        assert exporter.suffix.startswith(".") and exporter.description
    assert get_exporter("youtrack").default_filename(_doc("jira-starter")) == "jira-security-incidents.youtrack.js"


def test_unknown_format_names_the_known_ones() -> None:
    with pytest.raises(UnknownFormat, match="use one of: erd, payload-schema"):
        get_exporter("pdf")


@pytest.mark.parametrize("name", VALID)
def test_erd_export_is_the_canonical_file(name: str) -> None:
    doc = _doc(name)
    text = export("erd", doc)
    assert text == to_text(doc)
    assert (EXAMPLES / f"{name}.erd.json").read_text("utf-8") == text
    assert validate_text(text).diagnostics == []


@pytest.mark.parametrize("name", VALID)
def test_schema_and_sample_exports_are_core_payload_as_json(name: str) -> None:
    doc = _doc(name)
    assert json.loads(export("payload-schema", doc)) == payload_schema(doc)
    assert json.loads(export("sample", doc)) == sample_payload(doc)
    assert json.loads(export("sample", doc, {"record_id": "OPS-99"}))["data"][0]["id"] == "OPS-99"


def test_curl_never_contains_the_token_and_quotes_the_url() -> None:
    url = "http://127.0.0.1:9/postboxes/it's$HOME`x`\"/records"
    text = export("curl", _doc("jira-starter"), {"url": url, "token": "s3cret-token"})
    assert "s3cret-token" not in text
    assert '"Authorization: Bearer ${ERD_STUDIO_TOKEN:?' in text
    command = text.split("\n", 4)[4]  # after the comment lines
    assert shlex.split(command.split("<<")[0].replace("\\\n", " "))[6] == url
    body = text.split("<<'ERD_STUDIO_SAMPLE_BODY'\n", 1)[1].rsplit("ERD_STUDIO_SAMPLE_BODY", 1)[0]
    assert json.loads(body) == sample_payload(_doc("jira-starter"))


@pytest.mark.parametrize("url", ["http://a/b c", "http://a/b\nrm -rf /", "ftp://a/b", "trax.example.com/x"])
@pytest.mark.parametrize("name", ["curl", "youtrack"])
def test_a_url_that_cannot_be_one_is_refused(name: str, url: str) -> None:
    with pytest.raises(ExportError, match="the postbox URL"):
        export(name, _doc("jira-starter"), {"url": url})


def test_curl_without_url_asks_for_one_at_run_time() -> None:
    text = export("curl", _doc("youtrack-high-severity"))
    assert '"${ERD_STUDIO_URL:?set ERD_STUDIO_URL to the postbox URL}"' in text


def test_youtrack_script_has_guard_token_setting_requirements_and_no_token() -> None:
    options = {
        "url": "https://trax.example.com/postboxes/x/records",
        "severity_field": "Priority",
        "severity_value": "Show-stopper",
        "reported_field": "Sent to ISMS",
        "token_setting": "traxToken",
        "token": "never-in-code",
    }
    text = export("youtrack", _doc("youtrack-high-severity"), options)
    assert "never-in-code" not in text
    assert "require('@jetbrains/youtrack-scripting-api/http')" in text
    assert "exports.rule = entities.Issue.onChange({" in text
    assert 'ctx.settings["traxToken"]' in text
    assert "severity.name === ctx.Priority.Show_stopper.name" in text
    assert "!issue.fields.Sent_to_ISMS" in text and "issue.fields.Sent_to_ISMS = Date.now();" in text
    assert 'name: "Sent to ISMS"' in text and 'Show_stopper: {name: "Show-stopper"}' in text
    assert 'const POSTBOX_URL = "https://trax.example.com/postboxes/x/records";' in text
    assert 'put(attributes, "name", asText(issue.summary));' in text
    assert 'put(attributes, "source", "6");' in text  # the field's default as a constant
    assert 'put(attributes, "contact", asEmail(issue.reporter && issue.reporter.email));' in text


def test_youtrack_property_map_from_options() -> None:
    props = {"priority": "field:Severity", "created": "none", "key": "const:SEC-1"}
    text = export("youtrack", _doc("jira-starter"), {"properties": props})
    assert 'put(attributes, "priority", asText(issue.fields["Severity"]));' in text
    assert 'put(attributes, "key", "SEC-1");' in text
    assert '"created"' not in text.split("function buildAttributes")[1].split("return attributes")[0].replace(
        "// created", ""
    )


def test_youtrack_comments_cannot_be_broken_by_field_text() -> None:
    doc = _doc("youtrack-high-severity")
    doc.field_list()[0].label = "evil */ alert(1) /*\nsecond line"
    text = export("youtrack", doc)
    assert "evil * / alert(1) /* second line" in text


def test_default_properties_by_key_label_and_type() -> None:
    assert default_property(Field(key="title", type="string")) == "summary"
    assert default_property(Field(key="author_email", type="email")) == "reporter.email"
    assert default_property(Field(key="link_back", type="url")) == "url"
    assert default_property(Field(key="source", type="enum", default="6")) == "const:6"
    assert default_property(Field(key="prio", label="Priority", type="enum")) == "field:Priority"
    assert parse_property("const:3", Field(key="n", type="integer")).value == 3
    with pytest.raises(PropertyError, match="is not a YouTrack property; use one of: summary"):
        parse_property("assignee", Field(key="n", type="string"))


def test_markdown_has_target_fields_mappings_and_diagnostics() -> None:
    text = export("markdown", _doc("jira-starter"))
    assert text.startswith("# Jira: security incidents\n")
    assert "- **Target:** `trax.cip-issue` — TTS trax — CIP issue" in text
    assert "| `summary` | Summary | string | yes | maxLength `255` |" in text
    assert "| `title` | Title | yes | template `[{key}] {summary}` |" in text
    assert "via lookup (`Highest` → `1`" in text
    assert "No problems found" in text


def test_markdown_lists_problems_of_a_broken_erd() -> None:
    doc = load_path(EXAMPLES / "mistakes.erd.json").document
    text = export("markdown", doc)
    assert "## Diagnostics" in text and "| E101 | error |" in text
    assert "error(s)" in text


def test_markdown_cells_escape_pipes_and_newlines() -> None:
    assert cell("a|b\nc") == "a\\|b<br>c"
