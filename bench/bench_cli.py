"""`erd-studio validate` on 200 ERD files vs `check-jsonschema` on the same files and
schema, both as the command a user runs (process start included).

    .venv/bin/python -m bench.bench_cli

check-jsonschema only checks the schema; erd-studio also runs the semantic rules and
places every diagnostic, and must still be faster.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import Metric, report
from erd_studio.resources import resource

BIN = Path(sys.executable).parent


def _files(folder: Path, count: int = 200) -> list[str]:
    examples = [p for p in sorted(resource("examples").glob("*.erd.json")) if "mistakes" not in p.name]
    paths = []
    for i in range(count):
        doc = json.loads(examples[i % len(examples)].read_text())
        doc["id"] = f"{doc['id']}-{i}"
        path = folder / f"erd-{i:03}.erd.json"
        path.write_text(json.dumps(doc, indent=2))
        paths.append(str(path))
    return paths


def _time(cmd: list[str], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        best = min(best, time.perf_counter() - start)
        if proc.returncode != 0:
            raise SystemExit(f"{cmd[0]} failed: {proc.stdout[-500:]} {proc.stderr[-500:]}")
    return best * 1000


def main() -> int:
    checker = shutil.which("check-jsonschema", path=str(BIN)) or shutil.which("check-jsonschema")
    if checker is None:
        print("check-jsonschema is not installed (pip install -e '.[test]')")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        files = _files(Path(tmp))
        schema = str(resource("schema", "erd-1.0.schema.json"))
        ours = _time([str(BIN / "erd-studio"), "validate", *files])
        theirs = _time([checker, "--schemafile", schema, *files])
    metric = Metric("erd-studio validate, 200 files (schema + rules)", ours, "ms", theirs, "check-jsonschema", theirs)
    return 0 if report([metric], "Command line") else 1


if __name__ == "__main__":
    sys.exit(main())
