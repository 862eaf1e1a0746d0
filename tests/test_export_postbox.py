"""The exported YouTrack workflow and curl command, run for real against the local test postbox.

The workflow runs under Node with JetBrains' own @jetbrains/youtrack-scripting-api
(tests/node/run-workflow.js stands in only for the YouTrack runtime); the curl command
runs in a real shell with the real curl. What arrived is read back through the
postbox's GET endpoint.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from erd_studio.core import load_path
from erd_studio.core.exporters import export
from erd_studio.postbox.local import LocalPostbox

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "resources" / "examples"
HARNESS = ROOT / "tests" / "node" / "run-workflow.js"
YT = "youtrack-high-severity"
JIRA = "jira-security-incidents"


@pytest.fixture(scope="module")
def postbox() -> Iterator[LocalPostbox]:
    erds = [EXAMPLES / f"{n}.erd.json" for n in ("youtrack-high-severity", "jira-starter")]
    with LocalPostbox(erds=erds, db=":memory:") as pb:
        yield pb


def records(pb: LocalPostbox, erd_id: str) -> list[dict[str, Any]]:
    answer = requests.get(pb.records_url(erd_id), headers={"Authorization": f"Bearer {pb.tokens[erd_id]}"}, timeout=10)
    assert answer.status_code == 200
    return answer.json()["data"]


def ticket(issue_id: str, severity: str = "High", **extra: Any) -> dict[str, Any]:
    issue = {
        "id": issue_id,
        "summary": f"Mail server down ({issue_id})",
        "description": "Since 09:12 every IMAP login fails.",
        "url": f"https://yt.example.com/issue/{issue_id}",
        "isReported": True,
        "reporter": {"email": "jane.doe@example.com", "login": "jane"},
        "created": 1795940100000,
        "fields": {"Severity": {"name": severity}, "Reported": None},
    }
    issue.update(extra)
    return issue


def run_workflow(
    tmp_path: Path, script: str, issue: dict[str, Any], token: str | None, times: int = 1
) -> dict[str, Any]:
    node = shutil.which("node")
    assert node, "Node.js is missing; ./dev test installs it"
    script_path, issue_path = tmp_path / "workflow.js", tmp_path / f"{issue['id']}.json"
    script_path.write_text(script, "utf-8")
    issue_path.write_text(json.dumps(issue), "utf-8")
    env = {k: v for k, v in os.environ.items() if k != "ERD_STUDIO_TOKEN"}
    if token is not None:
        env["ERD_STUDIO_TOKEN"] = token
    done = subprocess.run(
        [node, str(HARNESS), str(script_path), str(issue_path), str(times)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def youtrack_script(pb: LocalPostbox, erd: str = "youtrack-high-severity", **options: Any) -> str:
    doc = load_path(EXAMPLES / f"{erd}.erd.json").document
    return export("youtrack", doc, {"url": pb.records_url(doc.id), **options})


def test_workflow_sends_once_even_when_the_rule_fires_twice(postbox: LocalPostbox, tmp_path: Path) -> None:
    out = run_workflow(tmp_path, youtrack_script(postbox), ticket("OPS-12"), postbox.tokens[YT], times=2)
    assert out["firings"] == [{"guard": True}, {"guard": False}]
    assert out["requests"] == 1
    assert isinstance(out["fields"]["Reported"], int)
    assert {"level": "log", "text": "ERD Studio: OPS-12 was sent to the postbox."} in out["log"]
    arrived = [r for r in records(postbox, YT) if r["id"] == "OPS-12"]
    assert len(arrived) == 1
    assert arrived[0]["attributes"]["title"] == "Mail server down (OPS-12)"
    assert arrived[0]["attributes"]["reporter"] == "jane.doe@example.com"
    assert arrived[0]["meta"]["sent"]["source"] == "6"


def test_workflow_sent_before_reported_was_set_is_marked_not_duplicated(postbox: LocalPostbox, tmp_path: Path) -> None:
    script = youtrack_script(postbox)
    run_workflow(tmp_path, script, ticket("OPS-13"), postbox.tokens[YT])
    again = run_workflow(tmp_path, script, ticket("OPS-13"), postbox.tokens[YT])  # Reported empty again
    assert again["requests"] == 1 and isinstance(again["fields"]["Reported"], int)
    assert any("already in the postbox" in line["text"] for line in again["log"])
    assert len([r for r in records(postbox, YT) if r["id"] == "OPS-13"]) == 1


def test_workflow_guard_skips_other_severities_and_drafts(postbox: LocalPostbox, tmp_path: Path) -> None:
    script = youtrack_script(postbox)
    low = run_workflow(tmp_path, script, ticket("OPS-14", severity="Low"), postbox.tokens[YT])
    draft = run_workflow(tmp_path, script, ticket("OPS-15", isReported=False), postbox.tokens[YT])
    assert low["firings"] == draft["firings"] == [{"guard": False}]
    assert low["requests"] == draft["requests"] == 0
    assert not {"OPS-14", "OPS-15"} & {r["id"] for r in records(postbox, YT)}


def test_workflow_failure_is_logged_and_the_issue_stays_unreported(postbox: LocalPostbox, tmp_path: Path) -> None:
    bad_token = "wrong-token-value-123"
    out = run_workflow(tmp_path, youtrack_script(postbox), ticket("OPS-16"), bad_token)
    assert out["firings"] == [{"guard": True}]  # the action ran and did not throw
    assert out["fields"]["Reported"] is None
    errors = [line["text"] for line in out["log"] if line["level"] == "error"]
    assert len(errors) == 1 and errors[0].startswith("ERD Studio: OPS-16 was not sent: the postbox answered HTTP 401")
    assert bad_token not in json.dumps(out["log"])
    assert "OPS-16" not in {r["id"] for r in records(postbox, YT)}


def test_workflow_without_token_setting_sends_nothing_and_says_so(postbox: LocalPostbox, tmp_path: Path) -> None:
    out = run_workflow(tmp_path, youtrack_script(postbox), ticket("OPS-17"), None)
    assert out["requests"] == 0 and out["fields"]["Reported"] is None
    assert "the workflow setting postboxToken is empty" in out["log"][0]["text"]


def test_workflow_with_template_lookup_and_custom_fields(postbox: LocalPostbox, tmp_path: Path) -> None:
    script = youtrack_script(postbox, "jira-starter", severity_field="Type", severity_value="Security Incident")
    issue = ticket("SEC-42", created=1795940100000)
    issue["fields"] = {"Type": {"name": "Security Incident"}, "Priority": {"name": "High"}, "Reported": None}
    out = run_workflow(tmp_path, script, issue, postbox.tokens[JIRA])
    assert out["requests"] == 1 and isinstance(out["fields"]["Reported"], int), out["log"]
    (record,) = [r for r in records(postbox, JIRA) if r["id"] == "SEC-42"]
    assert record["attributes"]["title"] == "[SEC-42] Mail server down (SEC-42)"
    assert record["attributes"]["detectedAt"] == "2026-11-29T08:15:00Z"
    assert record["meta"]["sent"]["priority"] == "High" and record["attributes"]["priority"] == "1"


def test_workflow_logs_a_record_the_postbox_refuses(postbox: LocalPostbox, tmp_path: Path) -> None:
    script = youtrack_script(postbox, "jira-starter", severity_field="Type", severity_value="Security Incident")
    issue = ticket("SEC-43")
    issue["fields"] = {"Type": {"name": "Security Incident"}, "Priority": {"name": "Critical"}, "Reported": None}
    out = run_workflow(tmp_path, script, issue, postbox.tokens[JIRA])
    assert out["fields"]["Reported"] is None
    (error,) = [line["text"] for line in out["log"] if line["level"] == "error"]
    assert "HTTP 422" in error and "priority" in error


def curl_script(pb: LocalPostbox, record_id: str) -> str:
    doc = load_path(EXAMPLES / "jira-starter.erd.json").document
    return export("curl", doc, {"url": pb.records_url(doc.id), "record_id": record_id})


def run_sh(script: str, tmp_path: Path, token: str | None) -> subprocess.CompletedProcess[str]:
    assert shutil.which("curl"), "curl is missing; ./dev test installs it"
    path = tmp_path / "send.sh"
    path.write_text(script, "utf-8")
    env = {k: v for k, v in os.environ.items() if k != "ERD_STUDIO_TOKEN"}
    if token is not None:
        env["ERD_STUDIO_TOKEN"] = token
    return subprocess.run(["sh", str(path)], capture_output=True, text=True, env=env, timeout=60, check=False)


def test_exported_curl_command_creates_the_record(postbox: LocalPostbox, tmp_path: Path) -> None:
    done = run_sh(curl_script(postbox, "CURL-1"), tmp_path, postbox.tokens[JIRA])
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["data"][0]["id"] == "CURL-1"
    (record,) = [r for r in records(postbox, JIRA) if r["id"] == "CURL-1"]
    assert record["attributes"]["title"] == "[SEC-42] Phishing mail reported by finance"


def test_curl_command_without_token_stops_before_sending(postbox: LocalPostbox, tmp_path: Path) -> None:
    done = run_sh(curl_script(postbox, "CURL-2"), tmp_path, None)
    assert done.returncode != 0
    assert "set ERD_STUDIO_TOKEN to the postbox token" in done.stderr
    assert "CURL-2" not in {r["id"] for r in records(postbox, JIRA)}


def test_curl_command_reports_a_refusal_with_the_postbox_answer(postbox: LocalPostbox, tmp_path: Path) -> None:
    run_sh(curl_script(postbox, "CURL-3"), tmp_path, postbox.tokens[JIRA])
    again = run_sh(curl_script(postbox, "CURL-3"), tmp_path, postbox.tokens[JIRA])
    assert again.returncode == 22  # curl --fail-with-body: HTTP error
    assert json.loads(again.stdout)["errors"][0]["status"] == "409"


def test_workflow_with_the_postbox_down_logs_and_keeps_the_change(tmp_path: Path) -> None:
    doc = load_path(EXAMPLES / "youtrack-high-severity.erd.json").document
    script = export("youtrack", doc, {"url": "http://127.0.0.1:1/postboxes/youtrack-high-severity/records"})
    out = run_workflow(tmp_path, script, ticket("OPS-18"), "any-token")
    assert out["firings"] == [{"guard": True}] and out["fields"]["Reported"] is None
    (error,) = [line["text"] for line in out["log"] if line["level"] == "error"]
    assert error.startswith("ERD Studio: OPS-18 was not sent: the postbox could not be reached (")
