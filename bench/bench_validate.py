"""Load + validate budgets of the foundation issue.

    .venv/bin/python -m bench.bench_validate

Baseline: ``json.loads`` of the same text in the same run (the least any loader does).
"""

from __future__ import annotations

import json
import sys
import time

from bench.common import Metric, best_of, report
from bench.generate import erd_text, profile
from erd_studio.core import ProfileRegistry, validate_text
from erd_studio.core.profiles import profile_from_json


def _registry(n: int) -> ProfileRegistry:
    return ProfileRegistry([profile_from_json(profile(n))])


def full_load(n: int) -> list[Metric]:
    registry, text = _registry(n), erd_text(n)
    validate_text(text, registry)  # warm caches (validators are built once per process)
    ms = best_of(lambda: validate_text(text, registry))
    base = best_of(lambda: json.loads(text))
    name = f"load + full validation, {n} fields + {n} mappings ({len(text) // 1024} KB)"
    return [Metric(name, ms, "ms", base, "json.loads", 250.0 if n == 5000 else None)]


def many_problems(n: int = 5000) -> list[Metric]:
    """Every mapping names an attribute the (real) target profile lacks: n diagnostics to place."""
    text = erd_text(n, profile_id="trax.cip-issue")
    ms = best_of(lambda: validate_text(text), repeat=3)
    base = best_of(lambda: json.loads(text))
    return [Metric(f"validate with {n} diagnostics to place, {n} fields", ms, "ms", base, "json.loads", 1000.0)]


def typing(n: int = 1000) -> list[Metric]:
    """Re-validation after one typed character, as the editor does it (with the
    previous result, so positions re-parse incrementally). One field is unused so that
    a warning needs placing on every pass, like in a real document."""
    registry = _registry(n)
    text = erd_text(n).replace('"source": "field_10"', '"source": "field_1"')
    at = text.index('"Field 500"') + 7
    previous = validate_text(text, registry)
    samples = []
    for i in range(30):
        typed = text[:at] + "x" * (i + 1) + text[at:]
        start = time.perf_counter()
        previous = validate_text(typed, registry, previous)
        samples.append((time.perf_counter() - start) * 1000)
    broken = text[:at] + '"' + text[at:]
    base = best_of(lambda: json.loads(text))
    ms = sorted(samples)[len(samples) // 2]
    return [
        Metric(f"re-validate after one keystroke, {n} fields (median)", ms, "ms", base, "json.loads", 30.0),
        Metric(
            f"re-validate text that does not parse, {n} fields",
            best_of(lambda: validate_text(broken, registry)),
            "ms",
            base,
            "json.loads",
            30.0,
        ),
    ]


def main() -> int:
    metrics = full_load(1000) + full_load(5000) + many_problems() + typing()
    return 0 if report(metrics, "Validation (core)") else 1


if __name__ == "__main__":
    sys.exit(main())
