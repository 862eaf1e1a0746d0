"""The application log: a rotating file in the user's log folder, with secrets redacted.

Redaction happens in a logging.Filter on the handler, so no code path can write a
token by accident: known secrets (registered by the credential store when it hands a
token out) and anything that looks like a bearer token or a ``token=`` value are
masked before a record reaches the file. Crash reports use the same ``redact``.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import threading
from pathlib import Path

import platformdirs

APP = "erd-studio"
_secrets: set[str] = set()
_lock = threading.Lock()
_PATTERNS = (
    re.compile(r"(?i)(bearer\s+)[^\s\"',;]+"),
    re.compile(r"(?i)((?:api[_-]?)?token[\"']?\s*[:=]\s*[\"']?)[^\s\"',;&}]+"),
    re.compile(r"(?i)(authorization[\"']?\s*[:=]\s*[\"']?)(?!bearer)[^\s\"',;]+"),
    re.compile(r"(?i)(https?://[^/\s:@]+:)[^@\s/]+(@)"),
)
MASK = "[redacted]"


def register_secret(secret: str) -> None:
    """Remember a secret so that it is masked wherever it would be logged or reported."""
    if secret and len(secret) >= 4:
        with _lock:
            _secrets.add(secret)


def redact(text: str) -> str:
    with _lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        text = text.replace(secret, MASK)
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + MASK + (m.group(2) if m.lastindex and m.lastindex >= 2 else ""), text)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


def log_dir() -> Path:
    override = os.environ.get("ERD_STUDIO_LOG_DIR")
    return Path(override) if override else Path(platformdirs.user_log_dir(APP, appauthor=False))


def log_file() -> Path:
    return log_dir() / "erd-studio.log"


def setup_logging(level: int = logging.INFO) -> Path:
    """Attach the rotating, redacting file handler to the root logger (once)."""
    root = logging.getLogger()
    path = log_file()
    for handler in root.handlers:
        if getattr(handler, "erd_studio", False):
            return path
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    handler.erd_studio = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    return path
