"""Turn a requests exception into a kind of failure and a short technical detail.

requests wraps the real cause several layers deep (requests → urllib3 → socket/ssl);
the cause decides what the user must do (a typo in the host name, a firewall, a
certificate), so it is dug out here rather than shown as a long traceback.
"""

from __future__ import annotations

import errno
import socket
import ssl
from collections.abc import Iterator
from urllib.parse import urlsplit

import requests

from ..core.messages import Msg, msg, plain
from .profiles import PostboxProfile


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception, its causes and contexts, and exceptions held in args (urllib3 style)."""
    seen: set[int] = set()
    todo = [exc]
    while todo:
        e = todo.pop()
        if id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        todo.extend(x for x in (e.__cause__, e.__context__, getattr(e, "reason", None)) if isinstance(x, BaseException))
        todo.extend(a for a in e.args if isinstance(a, BaseException))


def _find(exc: BaseException, kind: type[BaseException]) -> BaseException | None:
    return next((e for e in _chain(exc) if isinstance(e, kind)), None)


def tls_reason(exc: BaseException) -> str:
    """Why the certificate was not accepted, in the words OpenSSL uses."""
    cert = _find(exc, ssl.SSLCertVerificationError)
    if isinstance(cert, ssl.SSLCertVerificationError) and cert.verify_message:
        return cert.verify_message.rstrip(".")
    other = _find(exc, ssl.SSLError)
    if isinstance(other, ssl.SSLError):
        return other.reason or str(other)
    return str(exc)


def classify_exception(exc: requests.RequestException, profile: PostboxProfile) -> tuple[str, Msg]:
    host = urlsplit(profile.url).hostname or "?"
    if isinstance(exc, requests.exceptions.ProxyError):
        return "proxy", msg("proxy error: {words}", words=_last_words(exc))
    if isinstance(exc, requests.exceptions.SSLError):
        return "tls", msg("{host}: {reason}", host=host, reason=tls_reason(exc))
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return "timeout_connect", msg(
            "no connection to {host} within {seconds} s", host=host, seconds=f"{min(10.0, profile.timeout):g}"
        )
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return "timeout_read", msg(
            "{host} sent no answer within {seconds} s", host=host, seconds=f"{profile.timeout:g}"
        )
    if _find(exc, socket.gaierror) is not None or "NameResolution" in repr(exc):
        return "unknown_host", msg("the name {host} could not be resolved", host=host)
    refused = _find(exc, ConnectionRefusedError)
    if refused is not None or any(getattr(e, "errno", None) == errno.ECONNREFUSED for e in _chain(exc)):
        return "refused", msg("{host} refused the connection on port {port}", host=host, port=_port(profile.url))
    if isinstance(exc, requests.exceptions.ConnectionError):
        return "connection", plain(_last_words(exc))
    if isinstance(exc, requests.exceptions.InvalidURL):
        return "not_sent", msg("the URL cannot be used: {words}", words=_last_words(exc))
    return "connection", plain(f"{type(exc).__name__}: {_last_words(exc)}")


def _port(url: str) -> int:
    parts = urlsplit(url)
    return parts.port or (443 if parts.scheme == "https" else 80)


def _last_words(exc: BaseException) -> str:
    """The innermost message, short (requests' outer messages repeat the whole URL pool)."""
    inner = list(_chain(exc))[-1]
    text = str(inner) or type(inner).__name__
    return text if len(text) < 300 else text[:297] + "…"
