"""Why an export cannot be made from the given options; the message says what to change."""

from __future__ import annotations

import re
from typing import Any

from ..messages import MsgError, msg

_BAD_URL_CHARS = re.compile(r"[\s\x00-\x1f\x7f]")


class ExportError(MsgError, ValueError):
    """Options an exporter cannot use (a URL with spaces, …)."""


def checked_url(url: Any) -> str:
    """The URL option stripped, or "" when absent; ExportError when it cannot be a URL."""
    if not isinstance(url, str) or not url.strip():
        return ""
    url = url.strip()
    if _BAD_URL_CHARS.search(url):
        raise ExportError(
            msg("the postbox URL {url} contains spaces or control characters; a URL cannot", url=repr(url))
        )
    if not re.match(r"^https?://[^/?#]+", url, re.IGNORECASE):
        raise ExportError(
            msg("the postbox URL {url} must start with http:// or https:// and name a host", url=repr(url))
        )
    return url
