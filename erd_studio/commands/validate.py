"""``erd-studio validate FILE...``: compiler-style diagnostics, exit 0/1/2."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..core import FileError, LoadResult, ProfileError, ProfileRegistry, load_bytes, load_path, load_profile_file


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "validate",
        help="check ERD files (- reads stdin)",
        description="Check ERD files for JSON, schema and mapping problems. "
        "Exit status: 0 valid, 1 problems found, 2 a file could not be read or the command was wrong.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="ERD files; - for standard input")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    p.add_argument("--strict", action="store_true", help="treat warnings as failures")
    p.add_argument("--profile", action="append", default=[], metavar="FILE", help="load an extra target profile")
    p.set_defaults(func=run)


def _load(name: str, registry: ProfileRegistry) -> LoadResult:
    if name == "-":
        return load_bytes(sys.stdin.buffer.read(), registry)
    return load_path(name, registry)


def run(args: argparse.Namespace) -> int:
    try:
        registry = ProfileRegistry([load_profile_file(p) for p in args.profile])
    except ProfileError as exc:
        print(f"erd-studio: {exc}", file=sys.stderr)
        return 2
    status = 0
    reports: list[dict[str, Any]] = []
    for name in args.files:
        shown = "<stdin>" if name == "-" else name
        try:
            result = _load(name, registry)
        except FileError as exc:
            print(f"erd-studio: {exc}", file=sys.stderr)
            reports.append({"file": shown, "readable": False, "error": str(exc)})
            status = 2
            continue
        failed = result.errors > 0 or (args.strict and result.warnings > 0)
        if failed and status == 0:
            status = 1
        reports.append(_report(shown, result, failed))
        if args.format == "text":
            for d in result.diagnostics:
                print(f"{shown}:{d.line}:{d.column}: {d.severity} {d.code}: {d.message}")
    if args.format == "json":
        json.dump({"files": reports}, sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        _summary(reports)
    return status


def _report(shown: str, result: LoadResult, failed: bool) -> dict[str, Any]:
    return {
        "file": shown,
        "readable": True,
        "valid": not failed,
        "errors": result.errors,
        "warnings": result.warnings,
        "diagnostics": [d.to_json() for d in result.diagnostics],
    }


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def _summary(reports: list[dict[str, Any]]) -> None:
    errors = sum(r.get("errors", 0) for r in reports)
    warnings = sum(r.get("warnings", 0) for r in reports)
    checked = sum(1 for r in reports if r["readable"])
    line = f"{_count(checked, 'file')} checked: {_count(errors, 'error')}, {_count(warnings, 'warning')}"
    unreadable = len(reports) - checked
    if unreadable:
        line += f"; {unreadable} could not be read"
    print(line, file=sys.stderr)
