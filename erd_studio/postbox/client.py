"""Send records to a postbox's create endpoint: one POST, every outcome described.

``send_records`` is a pure function with time limits that never raises for network
trouble: it returns an ``Outcome`` which diagnosis.py turns into plain words. The GUI
runs it on a worker thread, the CLI calls it directly.

Deliberate choices (each one a way a test issue silently goes wrong otherwise):
- redirects are not followed, only reported: a followed 302 turns the POST into a GET
  without a body, and would carry the request to another host;
- the token goes through an ``auth`` object: requests replaces a plain Authorization
  header with a ``~/.netrc`` entry for the host, but never an explicit auth object;
- no automatic retry: a retried POST may create the issue twice;
- https is required except to loopback (plain http elsewhere only with the profile's
  explicit opt-in); loopback never goes through a proxy, which could not reach it;
- the session keeps ``trust_env`` for the environment's proxies and CA bundle; the
  auth object is what keeps ``.netrc`` out.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import requests
import requests.adapters
import requests.auth

from .. import __version__
from ..core.messages import Msg, join
from .errors import classify_exception
from .profiles import PostboxProfile, is_loopback, url_problems

MAX_BODY = 2 * 1024 * 1024  # an answer larger than this is cut (an HTML page, a log dump …)
REDACTED = "Bearer ********"


class BearerAuth(requests.auth.AuthBase):
    """Sets the Authorization header; an auth object keeps ~/.netrc from replacing it."""

    def __init__(self, token: str) -> None:
        self._token = token

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = f"Bearer {self._token}"
        return request

    def __repr__(self) -> str:
        return "BearerAuth(********)"


NO_DETAIL = Msg("")


@dataclass
class Outcome:
    """What happened to one POST. ``kind`` is "response" when the postbox answered.

    Other kinds: not_sent, timeout_connect, timeout_read, refused, unknown_host, tls,
    proxy, connection, cancelled. ``detail`` is technical text without any secret
    (translatable: the GUI shows it inside a German sentence too).
    """

    kind: str
    url: str
    request_headers: dict[str, str]
    request_body: str
    status: int | None = None
    reason: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    body: str = ""
    truncated: bool = False
    elapsed: float = 0.0
    detail: Msg = NO_DETAIL
    sent_at: float = field(default_factory=time.time)

    @property
    def json(self) -> Any:
        """The answer parsed as JSON, None when it is not JSON."""
        try:
            return json.loads(self.body) if self.body else None
        except ValueError:
            return None

    @property
    def is_json(self) -> bool:
        ctype = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        return (ctype == "application/json" or ctype.endswith("+json")) and self.json is not None

    def to_json(self) -> dict[str, Any]:
        """A record without secrets (the request's Authorization is shown redacted)."""
        return {
            "sentAt": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(self.sent_at)),
            "request": {"method": "POST", "url": self.url, "headers": self.request_headers, "body": self.request_body},
            "outcome": self.kind,
            "response": None
            if self.status is None
            else {"status": self.status, "reason": self.reason, "headers": self.headers, "body": self.body},
            "elapsedSeconds": round(self.elapsed, 3),
            "detail": str(self.detail),
        }


def request_headers() -> dict[str, str]:
    """The contract's headers, with the token shown redacted (never the real one)."""
    return {
        "Content-Type": "application/json",
        "Accept": "application/json",
        "Authorization": REDACTED,
        "User-Agent": f"erd-studio/{__version__}",
    }


def encode_payload(payload: Any) -> bytes:
    return json.dumps(payload, ensure_ascii=False, indent=2).encode("utf-8")


def send_records(profile: PostboxProfile, token: str, payload: Any) -> Outcome:
    """POST ``payload`` (the {"data": [...]} document) to the profile's create URL."""
    body = payload if isinstance(payload, bytes) else encode_payload(payload)
    shown = body.decode("utf-8", "replace")
    url = profile.url.strip()
    problems = url_problems(url, profile.allow_http) or profile.problems()
    if problems:
        return Outcome("not_sent", url, request_headers(), shown, detail=join(problems))
    headers = request_headers()
    del headers["Authorization"]
    started = time.monotonic()
    outcome = Outcome("response", url, request_headers(), shown)
    try:
        with _session(profile) as session:
            response = session.post(
                url,
                data=body,
                headers=headers,
                auth=BearerAuth(token),
                timeout=(min(10.0, profile.timeout), profile.timeout),
                allow_redirects=False,
                stream=True,
                proxies=_proxies(profile),
                **_tls(profile),
            )
            with response:
                _read(response, outcome)
    except requests.RequestException as exc:
        outcome.kind, outcome.detail = classify_exception(exc, profile)
    outcome.elapsed = time.monotonic() - started
    _scrub(outcome, token)
    return outcome


def _scrub(outcome: Outcome, token: str) -> None:
    """A postbox or proxy that echoes the token must not put it into the record."""
    if len(token) < 4:
        return
    outcome.body = outcome.body.replace(token, "********")
    outcome.detail = outcome.detail.replace(token, "********")
    outcome.reason = outcome.reason.replace(token, "********")
    outcome.headers = {k: v.replace(token, "********") for k, v in outcome.headers.items()}


def _session(profile: PostboxProfile) -> requests.Session:
    session = requests.Session()
    # No retries at all: a POST that is repeated may create a second issue.
    session.mount("http://", requests.adapters.HTTPAdapter(max_retries=0))
    session.mount("https://", requests.adapters.HTTPAdapter(max_retries=0))
    if profile.proxy_mode == "none" or (profile.proxy_mode == "explicit" and _loopback(profile)):
        session.trust_env = False
        session.proxies = {}
    elif profile.proxy_mode == "explicit" and profile.proxy_url:
        session.trust_env = False
        session.proxies = {"http": profile.proxy_url, "https": profile.proxy_url}
    return session


def _proxies(profile: PostboxProfile) -> dict[str, str] | None:
    """Environment proxies are used, except for loopback, which no proxy could reach."""
    if profile.proxy_mode == "environment" and _loopback(profile):
        return {"no_proxy": urlsplit(profile.url).hostname or ""}
    return None


def _loopback(profile: PostboxProfile) -> bool:
    return is_loopback(urlsplit(profile.url).hostname)


def _tls(profile: PostboxProfile) -> dict[str, Any]:
    if not profile.verify_tls:
        return {"verify": False}
    if profile.ca_bundle:
        return {"verify": str(profile.ca_bundle)}
    return {"verify": True}


def _read(response: requests.Response, outcome: Outcome) -> None:
    outcome.status = response.status_code
    outcome.reason = response.reason or ""
    outcome.headers = dict(response.headers)
    raw = response.raw.read(MAX_BODY + 1, decode_content=True) or b""
    outcome.truncated = len(raw) > MAX_BODY
    outcome.body = raw[:MAX_BODY].decode(response.encoding or "utf-8", "replace")
