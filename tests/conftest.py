"""Shared fixtures. Tests run with a private HOME (scripts/run-tests) and Qt offscreen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "resources" / "examples"


@pytest.fixture
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture
def youtrack_example() -> Path:
    return EXAMPLES / "youtrack-high-severity.erd.json"
