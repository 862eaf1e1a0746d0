"""This session's test sends, exportable as a record an auditor can keep.

The record holds what was sent (without the token: the Authorization header is shown
redacted, and the client already scrubbed any echo of it), what came back, when, how
long it took and what it meant. It never holds a secret, so it can be mailed or filed.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .. import __version__
from ..core.messages import identity
from .client import Outcome
from .diagnosis import Diagnosis
from .profiles import PostboxProfile


@dataclass
class Send:
    profile_name: str
    erd_id: str
    outcome: Outcome
    diagnosis: Diagnosis

    def summary(self, translate: Callable[[str], str] = identity) -> str:
        """One line for the history list, in the user's language."""
        when = time.strftime("%H:%M:%S", time.localtime(self.outcome.sent_at))
        status = self.outcome.status if self.outcome.status is not None else "—"  # the headline says why
        return f"{when}  {self.profile_name}  {status}  {self.diagnosis.headline.render(translate)}"

    def to_json(self) -> dict[str, Any]:
        record = self.outcome.to_json()
        record["profile"] = self.profile_name
        record["erd"] = self.erd_id
        record["diagnosis"] = {
            "severity": self.diagnosis.severity,
            "headline": str(self.diagnosis.headline),
            "nextStep": str(self.diagnosis.next_step),
            "problems": [
                {"message": p.message, "payloadPointer": p.payload_pointer, "erdPointer": p.erd_pointer}
                for p in self.diagnosis.problems
            ],
        }
        return record


class SendHistory:
    """The sends of this session, newest last."""

    def __init__(self) -> None:
        self.sends: list[Send] = []

    def add(self, profile: PostboxProfile, erd_id: str, outcome: Outcome, diagnosis: Diagnosis) -> Send:
        send = Send(profile.name, erd_id, outcome, diagnosis)
        self.sends.append(send)
        return send

    def export_json(self) -> str:
        return (
            json.dumps(
                {
                    "generator": f"ERD Studio {__version__}",
                    "exportedAt": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                    "note": "Test sends to postboxes. Tokens are never recorded; Authorization is shown redacted.",
                    "sends": [s.to_json() for s in self.sends],
                },
                indent=2,
                ensure_ascii=False,
            )
            + "\n"
        )
