"""Every outcome of a send, in plain words, with the next step to take.

An administrator reads "The postbox rejected the token" and knows what to do; "401"
alone helps nobody. A 422's error pointers (``/data/0/attributes/name``) are mapped
back to the ERD (``/fields/0``) so the problem can be shown where it is fixed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..core.diagnostics import pointer_join, pointer_split
from ..core.messages import Msg, identity, msg
from ..core.model import ErdDocument
from .client import Outcome

SUCCESS, ERROR, WARNING = "success", "error", "warning"


@dataclass
class Problem:
    """One error the postbox reported, and where in the ERD it can be fixed."""

    message: str
    payload_pointer: str = ""
    erd_pointer: str | None = None


@dataclass
class Diagnosis:
    """What a send meant; headline and next step are translatable (the GUI shows them in German)."""

    severity: str
    headline: Msg
    next_step: Msg
    problems: list[Problem] = field(default_factory=list)
    created: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.severity == SUCCESS

    def text(self, translate: Callable[[str], str] = identity) -> str:
        lines = [self.headline.render(translate)]
        lines += [f"  - {p.message}" + (f" (ERD {p.erd_pointer})" if p.erd_pointer else "") for p in self.problems]
        if self.next_step.template:
            lines.append(msg("Next: {step}", step=self.next_step).render(translate))
        return "\n".join(lines)


_FAILURES = {
    "not_sent": (msg("Not sent: {detail}"), msg("Correct the postbox profile and send again.")),
    "timeout_connect": (
        msg("Could not connect: {detail}."),
        msg("Check the host name and port, and whether a firewall or VPN is needed to reach the postbox."),
    ),
    "timeout_read": (
        msg("The postbox accepted the connection but gave no answer in time ({detail})."),
        msg(
            "The issue may still have been created: check the postbox before sending again, "
            "or raise the profile's timeout."
        ),
    ),
    "refused": (
        msg("Connection refused: {detail}."),
        msg("Check the port in the URL and that the postbox service is running."),
    ),
    "unknown_host": (
        msg("Unknown host: {detail}."),
        msg("Check the spelling of the host name in the URL, and your DNS or VPN."),
    ),
    "tls": (
        msg("The postbox's certificate was not accepted ({detail})."),
        msg(
            "If your organisation uses its own certificate authority, set its CA bundle in the profile. "
            "Do not turn verification off except for a short test."
        ),
    ),
    "proxy": (
        msg("The proxy did not pass the request on ({detail})."),
        msg("Check the profile's proxy setting or your proxy."),
    ),
    "connection": (msg("The connection failed: {detail}."), msg("Check the network connection and try again.")),
    "cancelled": (
        msg("Cancelled: ERD Studio stopped waiting for the answer."),
        msg("The request may already have reached the postbox; check there before sending the same record again."),
    ),
}

_STATUS = {
    401: (
        msg("The postbox rejected the token (401)."),
        msg("Set the profile's token again: copy it from the postbox's settings."),
    ),
    403: (
        msg("The token is valid but not for this postbox (403)."),
        msg("Use the token that belongs to this postbox, or the URL of the postbox this token was made for."),
    ),
    404: (
        msg("No postbox at this URL (404)."),
        msg("Check the create URL in the profile; copy it from the postbox's settings."),
    ),
    409: (
        msg("The postbox already received a record with this id (409); nothing new was created."),
        msg("Change the record's id in the payload and send again."),
    ),
    413: (msg("The payload is too large for the postbox (413)."), msg("Send fewer records or shorter texts.")),
    415: (
        msg("The postbox did not accept the body as JSON (415)."),
        msg("This is a client problem; please report it."),
    ),
    422: (
        msg("The postbox says the record does not satisfy the ERD (422)."),
        msg("Fix the problems listed, then send again."),
    ),
    429: (msg("The postbox asks to slow down (429)."), msg("Wait {retry} before sending again.")),
}


def diagnose(outcome: Outcome, doc: ErdDocument | None = None) -> Diagnosis:
    if outcome.kind != "response":
        headline, step = _FAILURES.get(outcome.kind, _FAILURES["connection"])
        return Diagnosis(ERROR, headline.with_params(detail=outcome.detail), step)
    status = outcome.status or 0
    if 300 <= status < 400:
        return _redirect(outcome)
    if not outcome.is_json:
        return _not_json(outcome)
    if status in (200, 201):
        return _accepted(outcome)
    problems = _problems(outcome.json, doc)
    if status in _STATUS:
        headline, step = _STATUS[status]
        return Diagnosis(ERROR, headline, step.with_params(retry=_retry_after(outcome)), problems)
    if status >= 500:
        return Diagnosis(
            ERROR,
            msg("The postbox failed with a server error ({status}).", status=status),
            msg("This is not caused by your ERD; try again later, and tell the postbox's operator if it persists."),
            problems,
        )
    return Diagnosis(
        ERROR,
        msg("The postbox answered {status} {reason}.", status=status, reason=outcome.reason),
        msg("See the answer below."),
        problems,
    )


def _accepted(outcome: Outcome) -> Diagnosis:
    data = outcome.json.get("data") if isinstance(outcome.json, dict) else None
    created = [d for d in data if isinstance(d, dict)] if isinstance(data, list) else []
    names = ", ".join(" ".join(str(d[k]) for k in ("type", "id") if d.get(k) is not None) or "?" for d in created)
    title = next((d.get("attributes", {}).get("title") for d in created if isinstance(d.get("attributes"), dict)), None)
    status = outcome.status
    if not names:
        headline = msg("Accepted ({status}): the postbox created nothing it listed.", status=status)
    elif title:
        headline = msg(
            'Accepted ({status}): the postbox created {names} — "{title}".', status=status, names=names, title=title
        )
    else:
        headline = msg("Accepted ({status}): the postbox created {names}.", status=status, names=names)
    return Diagnosis(
        SUCCESS, headline, msg("Check the created issue in the postbox; the connection works."), created=created
    )


def _redirect(outcome: Outcome) -> Diagnosis:
    location = outcome.headers.get("Location")
    return Diagnosis(
        ERROR,
        msg(
            "The postbox redirected the request ({status}) to {location}; ERD Studio did not follow it.",
            status=outcome.status,
            location=location or msg("(no Location given)"),
        ),
        msg(
            "Following a redirect would turn the POST into an empty GET or send the token elsewhere. "
            "If the new address is right, put it into the profile (usually https:// instead of http://)."
        ),
    )


def _not_json(outcome: Outcome) -> Diagnosis:
    ctype = outcome.headers.get("Content-Type")
    html = "html" in (ctype or "").lower() or outcome.body.lstrip().lower().startswith("<")
    what = msg("an HTML page") if html else (ctype or msg("no content type"))
    return Diagnosis(
        ERROR,
        msg(
            "The answer ({status} {reason}) is not JSON but {what}: this URL is probably not a postbox's "
            "create endpoint, or a proxy or login page answered instead.",
            status=outcome.status,
            reason=outcome.reason,
            what=what,
        ),
        msg("Check the URL in the profile; open the answer below to see who answered."),
    )


def _retry_after(outcome: Outcome) -> Msg:
    value = outcome.headers.get("Retry-After")
    if value is None:
        return msg("a minute")
    return msg("{value} seconds", value=value) if value.strip().isdigit() else msg("until {value}", value=value)


def _problems(answer: Any, doc: ErdDocument | None) -> list[Problem]:
    errors = answer.get("errors") if isinstance(answer, dict) else None
    out = []
    for err in errors if isinstance(errors, list) else []:
        if not isinstance(err, dict):
            continue
        message = str(err.get("detail") or err.get("title") or err.get("code") or "error")
        source = err.get("source") if isinstance(err.get("source"), dict) else {}
        pointer = str(source.get("pointer") or "")
        out.append(Problem(message, pointer, erd_pointer(pointer, doc, err)))
    return out


def erd_pointer(payload_pointer: str, doc: ErdDocument | None, error: dict[str, Any] | None = None) -> str | None:
    """Where in the ERD the problem at ``/data/N/attributes/KEY`` is fixed.

    The field that sends KEY when there is one; else the mapping that fills KEY (a
    postbox may report a target attribute); else the mapping the error names in ``meta``.
    """
    if doc is None:
        return None
    parts = pointer_split(payload_pointer)
    if parts and parts[0] in ("fields", "mappings", "target"):
        return payload_pointer  # a problem of the definition itself, already an ERD pointer
    key = parts[3] if len(parts) >= 4 and parts[0] == "data" and parts[2] == "attributes" else None
    if key is not None:
        for i, f in enumerate(doc.fields if isinstance(doc.fields, list) else []):
            if getattr(f, "key", None) == key:
                return pointer_join("fields", i)
    meta = error.get("meta") if isinstance(error, dict) and isinstance(error.get("meta"), dict) else {}
    target = meta.get("target") or meta.get("attribute") or key
    for i, m in enumerate(doc.mappings if isinstance(doc.mappings, list) else []):
        if target is not None and getattr(m, "target", None) == target:
            return pointer_join("mappings", i)
    return None


def diagnose_connection_test(outcome: Outcome) -> Diagnosis:
    """A "Test connection" POSTs an empty body: refused as empty means token and URL work.

    An empty ``data`` list creates nothing on any postbox that follows the contract, so
    this proves the route, TLS and the token without leaving a test issue behind.
    """
    if outcome.kind == "response" and outcome.status in (400, 422) and outcome.is_json:
        return Diagnosis(
            SUCCESS,
            msg(
                "Connection works: the postbox accepted the token and refused the empty test body "
                "({status}), as expected. Nothing was created.",
                status=outcome.status,
            ),
            msg("Send a test issue to see the entity it creates."),
        )
    d = diagnose(outcome)
    if d.ok:
        d.headline = msg("Connection works; the postbox accepted an empty body and created nothing.")
    return d
