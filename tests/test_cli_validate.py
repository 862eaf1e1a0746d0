"""``erd-studio validate`` as a user runs it: a real subprocess, real files, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EX = ROOT / "resources" / "examples"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "erd_studio", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )


def test_valid_files_exit_zero_and_print_no_problems():
    proc = run("validate", str(EX / "youtrack-high-severity.erd.json"), str(EX / "jira-starter.erd.json"))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    assert "2 files checked: 0 errors, 0 warnings" in proc.stderr


def test_errors_are_compiler_style_and_exit_one():
    proc = run("validate", "resources/examples/mistakes.erd.json")
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert 'resources/examples/mistakes.erd.json:3:9: error E002: "id" value' in lines[0]
    assert any(line.startswith("resources/examples/mistakes.erd.json:") and " warning W201: " in line for line in lines)
    assert "Traceback" not in proc.stderr


def test_warnings_pass_unless_strict(tmp_path):
    doc = json.loads((EX / "youtrack-high-severity.erd.json").read_text())
    doc["fields"].append({"key": "spare", "type": "string"})
    path = tmp_path / "w.erd.json"
    path.write_text(json.dumps(doc))
    assert run("validate", str(path)).returncode == 0
    strict = run("validate", "--strict", str(path))
    assert strict.returncode == 1
    assert "warning W201" in strict.stdout


def test_json_format_for_machines():
    proc = run("validate", "--format", "json", "resources/examples/mistakes.erd.json")
    report = json.loads(proc.stdout)
    (entry,) = report["files"]
    assert entry["valid"] is False and entry["errors"] == 8
    first = entry["diagnostics"][0]
    assert {k: first[k] for k in ("code", "severity", "pointer", "line", "column")} == {
        "code": "E002",
        "severity": "error",
        "pointer": "/id",
        "line": 3,
        "column": 9,
    }


def test_stdin_with_dash():
    proc = run("validate", "-", stdin=b'{"erd": "1.0",}')
    assert proc.returncode == 1
    assert proc.stdout.startswith("<stdin>:1:15: error E001: not valid JSON")


def test_unreadable_files_exit_two_but_others_are_still_checked(tmp_path):
    proc = run("validate", str(tmp_path), str(tmp_path / "missing.erd.json"), "resources/examples/mistakes.erd.json")
    assert proc.returncode == 2
    assert f"erd-studio: {tmp_path} is a folder, not an ERD file" in proc.stderr
    assert "does not exist" in proc.stderr
    assert "error E101" in proc.stdout


def test_usage_errors_exit_two():
    assert run("validate").returncode == 2
    assert run("validate", "--format", "xml", "x").returncode == 2


def test_extra_profile_file(tmp_path):
    profile = {
        "profile": "1.0",
        "id": "acme.ticket",
        "name": "ACME ticket",
        "attributes": [{"key": "summary", "type": "string", "required": True}],
    }
    (tmp_path / "p.json").write_text(json.dumps(profile))
    erd = {
        "erd": "1.0",
        "id": "a",
        "name": "A",
        "target": "acme.ticket",
        "fields": [{"key": "s", "type": "string", "required": True}],
        "mappings": [{"target": "summary", "source": "s"}],
    }
    (tmp_path / "a.erd.json").write_text(json.dumps(erd))
    assert "E109" in run("validate", str(tmp_path / "a.erd.json")).stdout
    assert run("validate", "--profile", str(tmp_path / "p.json"), str(tmp_path / "a.erd.json")).returncode == 0
    (tmp_path / "bad.json").write_text('{"profile": "1.0"}')
    bad = run("validate", "--profile", str(tmp_path / "bad.json"), str(tmp_path / "a.erd.json"))
    assert bad.returncode == 2 and "not a valid target profile" in bad.stderr


def test_validate_never_imports_qt():
    code = (
        "import sys\n"
        "from erd_studio.cli import main\n"
        "rc = main(['validate', 'resources/examples/youtrack-high-severity.erd.json'])\n"
        "assert rc == 0\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'PySide6 imported'\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr


def test_help_is_fast_and_lists_commands():
    proc = run("--help")
    assert proc.returncode == 0 and "validate" in proc.stdout
    assert run("--version").stdout.startswith("erd-studio ")
