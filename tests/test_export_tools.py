"""Exports accepted by the real tools they are meant for: check-jsonschema, ajv, node.

The tools are installed by ./dev test (check-jsonschema from the test extra, Node.js
from Debian, ajv and ajv-formats by ``npm ci`` in tests/node).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from erd_studio.core import load_path
from erd_studio.core.exporters import export

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "resources" / "examples"
ERD_SCHEMA = ROOT / "resources" / "schema" / "erd-1.0.schema.json"
NODE_DIR = ROOT / "tests" / "node"
VALID = ["youtrack-high-severity", "gitlab-starter", "jira-starter"]
CHECK_JSONSCHEMA = str(Path(sys.executable).parent / "check-jsonschema")


def node() -> str:
    found = shutil.which("node")
    assert found, "Node.js is missing; ./dev test installs it (Debian package nodejs)"
    assert (NODE_DIR / "node_modules" / "ajv").is_dir(), "run `npm ci` in tests/node (./dev test does)"
    return found


def run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path]]:
    """Payload schema and sample of every valid example, written as files."""
    out = {}
    folder = tmp_path_factory.mktemp("exports")
    for name in VALID:
        doc = load_path(EXAMPLES / f"{name}.erd.json").document
        schema, sample = folder / f"{name}.schema.json", folder / f"{name}.sample.json"
        schema.write_text(export("payload-schema", doc), "utf-8")
        sample.write_text(export("sample", doc), "utf-8")
        out[name] = (schema, sample)
    return out


def _broken_sample(sample: Path, tmp_path: Path) -> Path:
    body = json.loads(sample.read_text("utf-8"))
    attributes = body["data"][0]["attributes"]
    attributes.pop(next(iter(attributes)))  # the first field of each example is required
    attributes["not_a_field"] = 1
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(body), "utf-8")
    return broken


def test_check_jsonschema_accepts_the_valid_examples_and_rejects_mistakes() -> None:
    valid = run(CHECK_JSONSCHEMA, "--schemafile", str(ERD_SCHEMA), *(str(EXAMPLES / f"{n}.erd.json") for n in VALID))
    assert valid.returncode == 0, valid.stdout + valid.stderr
    mistakes = run(CHECK_JSONSCHEMA, "--schemafile", str(ERD_SCHEMA), str(EXAMPLES / "mistakes.erd.json"))
    assert mistakes.returncode == 1 and "mistakes.erd.json::$.id" in mistakes.stdout


@pytest.mark.parametrize("name", VALID)
def test_check_jsonschema_accepts_each_sample_against_its_payload_schema(
    name: str, exported: dict[str, tuple[Path, Path]], tmp_path: Path
) -> None:
    schema, sample = exported[name]
    meta = run(CHECK_JSONSCHEMA, "--check-metaschema", str(schema))
    assert meta.returncode == 0, meta.stdout + meta.stderr
    ok = run(CHECK_JSONSCHEMA, "--schemafile", str(schema), str(sample))
    assert ok.returncode == 0, ok.stdout + ok.stderr
    bad = run(CHECK_JSONSCHEMA, "--schemafile", str(schema), str(_broken_sample(sample, tmp_path)))
    assert bad.returncode == 1 and "not_a_field" in bad.stdout


def test_ajv_accepts_the_valid_examples_against_the_erd_schema() -> None:
    result = run(
        node(), str(NODE_DIR / "ajv-validate.js"), str(ERD_SCHEMA), *(str(EXAMPLES / f"{n}.erd.json") for n in VALID)
    )
    assert result.returncode == 0, result.stdout + result.stderr
    mistakes = run(node(), str(NODE_DIR / "ajv-validate.js"), str(ERD_SCHEMA), str(EXAMPLES / "mistakes.erd.json"))
    assert mistakes.returncode == 1 and json.loads(mistakes.stdout)["errors"][0]["instancePath"] == "/id"


@pytest.mark.parametrize("name", VALID)
def test_ajv_accepts_each_sample_against_its_payload_schema(
    name: str, exported: dict[str, tuple[Path, Path]], tmp_path: Path
) -> None:
    schema, sample = exported[name]
    ok = run(node(), str(NODE_DIR / "ajv-validate.js"), str(schema), str(sample))
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert json.loads(ok.stdout) == {"file": str(sample), "valid": True, "errors": []}
    bad = run(node(), str(NODE_DIR / "ajv-validate.js"), str(schema), str(_broken_sample(sample, tmp_path)))
    assert bad.returncode == 1
    keywords = {e["keyword"] for e in json.loads(bad.stdout)["errors"]}
    assert {"required", "additionalProperties"} <= keywords


@pytest.mark.parametrize("name", VALID)
def test_node_check_accepts_every_generated_youtrack_script(name: str, tmp_path: Path) -> None:
    doc = load_path(EXAMPLES / f"{name}.erd.json").document
    options = {
        "severity_field": "Security level",
        "severity_value": "Show-stopper 'quoted' \\ \"x\"\n*/ end",
        "reported_field": "Sent to ISMS",
        "token_setting": 'it\'s a "token"',
        "title": "*/ alert('x') /*",
        "url": "https://trax.example.com/p/it's",
        "properties": {next(iter(f.key for f in doc.field_list())): "field:Name with 'quotes' */"},
    }
    for i, opts in enumerate(({}, options)):
        script = tmp_path / f"{name}-{i}.js"
        script.write_text(export("youtrack", doc, opts), "utf-8")
        result = run(node(), "--check", str(script))
        assert result.returncode == 0, result.stderr


def test_youtrack_settings_is_a_json_schema_with_a_secret_token(tmp_path: Path) -> None:
    doc = load_path(EXAMPLES / "youtrack-high-severity.erd.json").document
    settings = tmp_path / "settings.json"
    settings.write_text(export("youtrack-settings", doc, {"token_setting": "traxToken"}), "utf-8")
    result = run(CHECK_JSONSCHEMA, "--check-metaschema", str(settings))
    assert result.returncode == 0, result.stdout + result.stderr
    token = json.loads(settings.read_text("utf-8"))["properties"]["traxToken"]
    assert token["format"] == "secret" and token["type"] == "string"


def test_node_check_would_catch_a_broken_script(tmp_path: Path) -> None:
    script = tmp_path / "broken.js"
    script.write_text("exports.rule = entities.Issue.onChange({title: 'x',\n", "utf-8")
    assert run(node(), "--check", str(script)).returncode != 0
