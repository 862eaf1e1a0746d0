"""The wheel carries its resources: build it, install it into a fresh virtual
environment, and validate a shipped example from there (not from this checkout)."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_installed_wheel_validates_a_shipped_example(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)],
        check=True,
        timeout=600,
    )
    (wheel,) = dist.glob("erd_studio-*.whl")
    env_dir = tmp_path / "fresh"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / "bin"
    subprocess.run([bin_dir / "python", "-m", "pip", "install", "-q", str(wheel)], check=True, timeout=900)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [bin_dir / "erd-studio", *args], cwd=outside, env=env, capture_output=True, text=True, timeout=120
        )

    version = cli("--version")
    assert version.returncode == 0 and version.stdout.startswith("erd-studio ")
    locate = subprocess.run(
        [
            bin_dir / "python",
            "-c",
            "from erd_studio.resources import resource; print(resource('examples', 'youtrack-high-severity.erd.json'))",
        ],
        cwd=outside,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    example = Path(locate.stdout.strip())
    assert env_dir in example.parents, f"resources came from {example}, not from the installed wheel"
    shipped_icons = {path.name for path in (example.parent.parent / "icons").glob("*.svg")}
    assert shipped_icons == {path.name for path in (ROOT / "resources" / "icons").glob("*.svg")}
    ok = cli("validate", str(example))
    assert ok.returncode == 0, ok.stdout + ok.stderr
    mistakes = cli("validate", str(example.with_name("mistakes.erd.json")))
    assert mistakes.returncode == 1 and "E101" in mistakes.stdout
    # the German catalogue (.ts) ships too: the CLI reads it, without Qt, for the German audit page
    german = cli("export", "--format", "markdown", "--language", "de", str(example))
    assert german.returncode == 0 and "## Felder, die das externe System sendet" in german.stdout, german.stderr
