"""Shared benchmark helpers: timing, and one table format for every benchmark.

Each benchmark measures a baseline in the same run (so the ratio means something on
any machine) and states its budget; ``report`` prints the table and returns whether
every budget held. Benchmarks are not tests: they never decide the suite's pass/fail.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Metric:
    name: str
    value: float
    unit: str
    baseline: float | None = None
    baseline_name: str = ""
    budget: float | None = None
    higher_is_better: bool = False

    @property
    def ratio(self) -> float | None:
        if not self.baseline:
            return None
        return self.value / self.baseline

    @property
    def ok(self) -> bool:
        if self.budget is None:
            return True
        return self.value >= self.budget if self.higher_is_better else self.value <= self.budget


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    """Fastest of ``repeat`` runs in milliseconds (the least disturbed one)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


def median_of(samples: list[float]) -> float:
    return statistics.median(samples)


def report(metrics: list[Metric], title: str = "") -> bool:
    if title:
        print(f"\n## {title}")
    head = f"{'metric':<58} {'value':>12} {'baseline':>26} {'ratio':>7} {'budget':>12}  ok"
    print(head)
    print("-" * len(head))
    for m in metrics:
        base = f"{m.baseline:.2f} {m.unit} ({m.baseline_name})" if m.baseline is not None else "-"
        ratio = f"{m.ratio:.2f}x" if m.ratio is not None else "-"
        sign = ">=" if m.higher_is_better else "<="
        budget = f"{sign}{m.budget:g} {m.unit}" if m.budget is not None else "-"
        print(f"{m.name:<58} {m.value:>9.2f} {m.unit:<2} {base:>26} {ratio:>7} {budget:>12}  {'yes' if m.ok else 'NO'}")
    return all(m.ok for m in metrics)
