"""Mapping evaluation budget: 10,000 records through the YouTrack example in under 1 s.

    .venv/bin/python -m bench.bench_evaluate

Baseline: ``json.loads`` of the same request body in the same run (the postbox parses
every body anyway, so the ratio says what evaluation adds on top of reading).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bench.common import Metric, best_of, report
from erd_studio.core import default_registry, load_path
from erd_studio.core.evaluate import evaluate_payload

EXAMPLES = Path(__file__).resolve().parent.parent / "resources" / "examples"


def _body(n: int) -> dict:
    return {
        "data": [
            {
                "id": f"OPS-{i}",
                "attributes": {
                    "name": f"Ticket {i}: mail server rejects logins",
                    "description": "Since 09:12 every IMAP login fails with 'authentication failed'.",
                    "source": "6",
                    "classification": "3",
                    "contact": f"user{i}@example.com",
                    "issue_url": f"https://yt.example.com/issue/OPS-{i}",
                },
            }
            for i in range(n)
        ]
    }


def main() -> int:
    metrics = []
    for name in ("youtrack-high-severity", "gitlab-starter", "jira-starter"):
        doc = load_path(EXAMPLES / f"{name}.erd.json").document
        profile = default_registry().get(doc.target)
        if name == "youtrack-high-severity":
            body = _body(10_000)
        else:
            from erd_studio.core.payload import sample_payload

            one = sample_payload(doc)["data"][0]
            body = {"data": [{"id": f"R-{i}", "attributes": one["attributes"]} for i in range(10_000)]}
        text = json.dumps(body)
        results = evaluate_payload(doc, profile, body)
        assert all(r.ok for r in results), results[0].errors
        ms = best_of(lambda doc=doc, profile=profile, body=body: evaluate_payload(doc, profile, body), repeat=3)
        base = best_of(lambda text=text: json.loads(text), repeat=3)
        metrics.append(Metric(f"evaluate 10,000 records, {name}", ms, "ms", base, "json.loads", 1000.0))
    return 0 if report(metrics, "mapping evaluation") else 1


if __name__ == "__main__":
    sys.exit(main())
