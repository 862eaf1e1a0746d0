"""``erd-studio preview ERD PAYLOAD``: what the postbox would make of a request body.

Runs the same evaluation as the local test postbox (core.evaluate), without a server,
so an administrator can try a payload before any incident happens. Exit status: 0 every
record maps, 1 a record (or the ERD) has errors, 2 a file cannot be read or parsed.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..core import FileError, ProfileError, ProfileRegistry, load_path, load_profile_file
from ..core.evaluate import RecordResult, evaluate_payload
from ..core.jsonload import parse_bytes
from ..core.model import TargetProfile
from ..core.validate import read_file_bytes


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "preview",
        help="show the target entity each record of a payload becomes",
        description="Map each record of a postbox request body through an ERD and print the resulting "
        "target entity, or the record's errors. Exit status: 0 all records map, 1 errors found, "
        "2 a file could not be read.",
    )
    p.add_argument("erd", metavar="ERD", help="the ERD file")
    p.add_argument("payload", metavar="PAYLOAD", help='request body {"data": [...]} as JSON; - reads stdin')
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    p.add_argument("--profile", action="append", default=[], metavar="FILE", help="load an extra target profile")
    p.set_defaults(func=run)


def _fail(message: str) -> int:
    print(f"erd-studio: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    try:
        registry = ProfileRegistry([load_profile_file(p) for p in args.profile])
        result = load_path(args.erd, registry)
        raw = sys.stdin.buffer.read() if args.payload == "-" else read_file_bytes(args.payload)
    except (FileError, ProfileError) as exc:
        return _fail(str(exc))
    if result.document is None:
        first = result.diagnostics[0]
        return _fail(f"{args.erd}:{first.line}:{first.column}: {first.message}")
    if result.errors:
        for d in result.diagnostics:
            if d.is_error:
                print(f"{args.erd}:{d.line}:{d.column}: {d.severity} {d.code}: {d.message}", file=sys.stderr)
        print(f"erd-studio: fix the ERD first ({result.errors} error(s)); see erd-studio validate", file=sys.stderr)
        return 1
    shown = "<stdin>" if args.payload == "-" else args.payload
    if not raw.strip():
        return _fail(
            f'{shown}: the payload is empty; it should be a JSON object such as {{"data": [{{"id": …, "attributes": {{…}}}}]}}'
        )
    parsed = parse_bytes(raw)
    if not parsed.ok:
        d = parsed.diagnostics[0]
        return _fail(f"{shown}:{d.line}:{d.column}: {d.message}")
    profile = registry.get(result.document.target)
    results = evaluate_payload(result.document, profile, parsed.data)
    if args.format == "json":
        out = {"ok": all(r.ok for r in results), "records": [r.to_json() for r in results]}
        json.dump(out, sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        for r in results:
            _print_text(r, profile)
        _summary(results)
    return 0 if all(r.ok for r in results) else 1


def _print_text(r: RecordResult, profile: TargetProfile | None) -> None:
    if r.index is None:
        print("the request body is not a postbox payload:")
    else:
        rid = json.dumps(r.id, ensure_ascii=False) if r.id is not None else "(no id)"
        state = "ok" if r.ok else f"{len(r.errors)} error{'s' if len(r.errors) != 1 else ''}"
        print(f"record {r.index} {rid}: {state}")
    for e in r.errors:
        print(f"  {e.pointer or '/'}: {e.code}: {e.message}")
    if r.ok and r.entity:
        width = max(len(k) for k in r.entity)
        for key, value in r.entity.items():
            print(f"  {key.ljust(width)} = {json.dumps(value, ensure_ascii=False)}{_label(profile, key, value)}")


def _label(profile: TargetProfile | None, key: str, value: Any) -> str:
    attr = profile.attribute(key) if profile else None
    if attr is not None and attr.labels and isinstance(value, str) and value in attr.labels:
        return f"  ({attr.labels[value]})"
    return ""


def _summary(results: list[RecordResult]) -> None:
    good = sum(1 for r in results if r.ok and r.index is not None)
    total = sum(1 for r in results if r.index is not None)
    print(f"{good} of {total} record{'s' if total != 1 else ''} map to the target entity", file=sys.stderr)
