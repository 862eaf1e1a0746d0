"""Shared fixtures. Tests run with a private HOME (scripts/run-tests) and Qt offscreen."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "resources" / "examples"


@pytest.fixture
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture
def youtrack_example() -> Path:
    return EXAMPLES / "youtrack-high-severity.erd.json"


@pytest.fixture
def slow_server() -> Iterator[HTTPServer]:
    """A server whose /records answers 201 only after 5 s (or when the test ends): for
    timeouts and cancelling. Shared by the client and the send-dialog tests."""
    release = threading.Event()
    server = HTTPServer(threaded=True)
    server.expect_request("/records").respond_with_handler(
        lambda r: (release.wait(5), Response("{}", 201, content_type="application/json"))[1]
    )
    server.start()
    yield server
    release.set()
    server.clear()
    server.stop()
