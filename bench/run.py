"""Run every benchmark and summarise: ``.venv/bin/python -m bench.run [NAME…]``.

Each ``bench/bench_*.py`` is run in its own process (so one benchmark's warm caches
or Qt state never flatter another) with Qt offscreen; each prints its own table of
metric, value, same-run baseline, ratio and budget. This runner exits non-zero when
any benchmark reports a missed budget. Not part of the test suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def benchmarks(names: list[str]) -> list[str]:
    found = sorted(p.stem for p in HERE.glob("bench_*.py"))
    if names:
        found = [n for n in found if any(n == f"bench_{x}" or n == x for x in names)]
    return found


def main(argv: list[str]) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    results: list[tuple[str, int, float]] = []
    for name in benchmarks(argv):
        print(f"\n=== {name} ===", flush=True)
        start = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", f"bench.{name}"], cwd=HERE.parent, env=env)
        results.append((name, proc.returncode, time.perf_counter() - start))
    print("\n=== summary ===")
    for name, code, seconds in results:
        verdict = "budgets met" if code == 0 else f"BUDGET MISSED (exit {code})"
        print(f"{name:<24} {verdict:<28} {seconds:6.1f} s")
    return 0 if all(code == 0 for _, code, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
