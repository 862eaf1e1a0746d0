"""``erd-studio export`` and ``erd-studio import`` as a user runs them: files, messages, exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from erd_studio.cli import main
from erd_studio.core import load_path, to_text
from erd_studio.core.exporters import export
from erd_studio.postbox.profiles import PostboxProfile, ProfileStore

EXAMPLES = Path(__file__).resolve().parent.parent / "resources" / "examples"
JIRA = EXAMPLES / "jira-starter.erd.json"


def test_export_writes_the_file_and_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "audit.md"
    assert main(["export", "--format", "markdown", str(JIRA), "-o", str(out)]) == 0
    assert out.read_text("utf-8") == export("markdown", load_path(JIRA).document)
    assert f"wrote markdown export of {JIRA} to {out}" in capsys.readouterr().err


def test_export_to_stdout_and_from_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(JIRA.read_bytes())))
    assert main(["export", "-f", "sample", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["data"][0]["attributes"]["key"] == "SEC-42"


def test_export_overwrites_atomically_and_keeps_permissions(tmp_path: Path) -> None:
    out = tmp_path / "send.sh"
    out.write_text("old", "utf-8")
    out.chmod(0o750)
    assert main(["export", "-f", "curl", str(JIRA), "-o", str(out), "--url", "http://127.0.0.1:1/x"]) == 0
    assert out.read_text("utf-8").startswith("#!/bin/sh")
    assert out.stat().st_mode & 0o777 == 0o750
    assert [p.name for p in tmp_path.iterdir()] == ["send.sh"]  # no temporary file left


def test_export_refuses_an_erd_with_errors_and_says_why(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.js"
    assert main(["export", "-f", "youtrack", str(EXAMPLES / "mistakes.erd.json"), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert 'error E101: the field key "summary" is used twice' in err
    assert "has 8 error(s), so an export would not work as intended; fix them (see above) or add --force" in err
    assert not out.exists()
    assert main(["export", "-f", "markdown", str(EXAMPLES / "mistakes.erd.json"), "-o", str(out), "--force"]) == 0
    assert "| E101 | error |" in out.read_text("utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "-f", "erd", "nope.erd.json"], "nope.erd.json does not exist"),
        (["export", "-f", "sample", str(JIRA), "--map", "priority"], "needs the form FIELD=PROPERTY"),
        (["export", "-f", "youtrack", str(JIRA), "--map", "nope=summary"], 'the ERD has no field "nope"'),
        (["export", "-f", "youtrack", str(JIRA), "--map", "key=assignee"], '"assignee" for the field "key" is not'),
        (["export", "-f", "curl", str(JIRA), "--url", "http://a", "--profile", "p"], "either --url or --profile"),
        (["export", "-f", "curl", str(JIRA), "--profile", "nowhere"], 'There is no postbox profile "nowhere"'),
        (["export", "-f", "erd", str(JIRA), "-o", "/nonexistent-dir/x.json"], "cannot write /nonexistent-dir/x.json"),
        (["export", "-f", "curl", str(JIRA), "--url", "http://a/b c"], "contains spaces or control characters"),
    ],
)
def test_bad_input_exits_2_with_a_plain_message(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ERD_STUDIO_CONFIG_DIR", str(tmp_path))
    assert main(args) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_broken_json_cannot_be_exported_even_with_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.erd.json"
    broken.write_text('{"erd": "1.0",', "utf-8")
    assert main(["export", "-f", "erd", str(broken), "--force"]) == 2
    assert f"{broken} cannot be exported: 1:" in capsys.readouterr().err


def test_profile_url_goes_into_curl_and_youtrack(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ERD_STUDIO_CONFIG_DIR", str(tmp_path))
    ProfileStore().put(PostboxProfile(name="trax", url="https://trax.example.com/postboxes/jira/records"))
    assert main(["export", "-f", "curl", str(JIRA), "--profile", "trax"]) == 0
    assert "--request POST https://trax.example.com/postboxes/jira/records \\" in capsys.readouterr().out
    args = ["export", "-f", "youtrack", str(JIRA), "--profile", "trax", "--severity-value", "Critical"]
    assert main([*args, "--map", "priority=field:Severity", "--token-setting", "trax"]) == 0
    script = capsys.readouterr().out
    assert 'const POSTBOX_URL = "https://trax.example.com/postboxes/jira/records";' in script
    assert 'Critical: {name: "Critical"}' in script and 'ctx.settings["trax"]' in script
    assert 'put(attributes, "priority", asText(issue.fields["Severity"]));' in script


def test_import_sample_shows_first_and_changes_only_with_yes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    erd = tmp_path / "mine.erd.json"
    shutil.copy(JIRA, erd)
    sample = tmp_path / "ticket.json"
    sample.write_text(json.dumps({"summary": "s", "votes": 3, "due": "2026-12-01", "tags": ["a"]}), "utf-8")
    before = erd.read_text("utf-8")
    assert main(["import", "sample", str(sample), str(erd)]) == 0
    shown = capsys.readouterr()
    assert "+ votes: integer, e.g. 3" in shown.out and "  summary: string" in shown.out
    assert "skipped tags: a list" in shown.out and "run again with --yes" in shown.err
    assert erd.read_text("utf-8") == before
    assert main(["import", "sample", str(sample), str(erd), "--only", "due", "--yes"]) == 0
    doc = load_path(erd).document
    assert [f.key for f in doc.field_list()][-1] == "due" and doc.field_by_key("votes") is None
    assert erd.read_text("utf-8") == to_text(doc)


def test_import_sample_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sample = tmp_path / "t.json"
    sample.write_text("{not json", "utf-8")
    assert main(["import", "sample", str(sample), str(JIRA)]) == 2
    assert "the sample is not valid JSON (line 1, column 2" in capsys.readouterr().err
    sample.write_text('{"a": 1}', "utf-8")
    assert main(["import", "sample", str(sample), str(JIRA), "--only", "b"]) == 2
    assert "--only names no proposed field: b" in capsys.readouterr().err


def test_import_erd_with_rename(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    erd = tmp_path / "mine.erd.json"
    shutil.copy(EXAMPLES / "youtrack-high-severity.erd.json", erd)
    assert main(["import", "erd", str(JIRA), str(erd), "--on-conflict", "rename", "--yes"]) == 0
    out = capsys.readouterr().out
    assert '! the field "description" is defined differently in both ERDs: rename' in out
    assert "+ field key" in out and "+ mapping priority" in out
    doc = load_path(erd).document
    assert doc.field_by_key("description_2") is not None
    assert load_path(erd).errors == 0


def test_help_lists_every_format_and_import_kind(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "--help"])
    assert exit_info.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    for name in ("erd:", "payload-schema:", "sample:", "curl:", "youtrack:", "youtrack-settings:", "markdown:"):
        assert name in text
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    assert "sample" in capsys.readouterr().out


def test_import_erd_without_yes_only_shows_the_plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    erd = tmp_path / "mine.erd.json"
    shutil.copy(EXAMPLES / "gitlab-starter.erd.json", erd)
    before = erd.read_bytes()
    assert main(["import", "erd", str(JIRA), str(erd)]) == 0
    shown = capsys.readouterr()
    assert '! the attribute "title" is filled differently in both ERDs: mine' in shown.out
    assert "run again with --yes" in shown.err and erd.read_bytes() == before


def test_export_refuses_to_write_over_the_erd_it_reads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    erd = tmp_path / "tickets.erd.json"
    erd.write_bytes(JIRA.read_bytes())
    (tmp_path / "link.erd.json").symlink_to(erd)
    for output in (erd, tmp_path / "link.erd.json", tmp_path / "sub" / ".." / "tickets.erd.json"):
        assert main(["export", "-f", "markdown", str(erd), "-o", str(output)]) == 2
        assert "is the ERD being exported" in capsys.readouterr().err
    assert erd.read_bytes() == JIRA.read_bytes()
