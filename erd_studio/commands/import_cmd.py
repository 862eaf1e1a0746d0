"""``erd-studio import sample|erd SOURCE ERD``: add fields (and mappings) to an ERD.

Shows what would be added first; only ``--yes`` changes the ERD file (written
canonically and atomically, as a save in the editor would). The module is not called
``import`` because that is a Python keyword; the command is.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from ..core import ErdDocument, FileError, LoadResult, load_path, to_text
from ..core.exporters.files import write_atomic
from ..core.imports import (
    KEEP_MINE,
    RENAME,
    TAKE_THEIRS,
    MergePlan,
    SampleError,
    SampleProposal,
    apply_fields,
    apply_merge,
    parse_sample,
    plan_merge,
    propose_fields,
)
from ..core.validate import read_file_bytes


class ImportProblem(Exception):
    """Input that cannot be imported; exit status 2 with this message."""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="add fields from a sample JSON object, or fields and mappings from another ERD")
    kinds = p.add_subparsers(dest="import_kind", metavar="KIND", required=True)
    s = kinds.add_parser("sample", help="propose fields from a sample JSON object (e.g. a ticket from an API)")
    s.add_argument("source", metavar="SAMPLE", help="JSON file with the sample; - for standard input")
    s.add_argument("erd", metavar="ERD", help="the ERD to add the fields to")
    s.add_argument("--only", metavar="KEY,KEY", help="add only these proposed fields")
    s.add_argument("--yes", action="store_true", help="add them (without it, only show what would be added)")
    s.set_defaults(func=run_sample)
    e = kinds.add_parser("erd", help="take fields and mappings from another ERD file")
    e.add_argument("source", metavar="OTHER", help="the ERD to take from")
    e.add_argument("erd", metavar="ERD", help="the ERD to add to")
    e.add_argument(
        "--on-conflict",
        choices=(KEEP_MINE, TAKE_THEIRS, RENAME),
        default=KEEP_MINE,
        help="same key or target defined differently: keep mine (default), take theirs, or rename theirs",
    )
    e.add_argument("--yes", action="store_true", help="apply (without it, only show the plan)")
    e.set_defaults(func=run_erd)


def _load_erd(path: str, role: str) -> LoadResult:
    result = load_path(path)
    if result.document is None:
        first = result.diagnostics[0]
        raise ImportProblem(f"{role} {path} is not a usable ERD ({first.line}:{first.column}: {first.message})")
    return result


def _read_sample(name: str, doc: ErdDocument) -> SampleProposal:
    raw = sys.stdin.buffer.read() if name == "-" else read_file_bytes(name)
    try:
        return propose_fields(parse_sample(raw.decode("utf-8-sig")), doc)
    except UnicodeDecodeError as exc:
        raise ImportProblem(f"{name} is not UTF-8 text") from exc


def run_sample(args: argparse.Namespace) -> int:
    try:
        result = _load_erd(args.erd, "the ERD")
        proposal = _read_sample(args.source, result.document)
        if args.only:
            wanted = {k.strip() for k in args.only.split(",") if k.strip()}
            unknown = wanted - {p.key for p in proposal.fields}
            if unknown:
                raise ImportProblem(f"--only names no proposed field: {', '.join(sorted(unknown))}")
            for p in proposal.fields:
                p.selected = p.key in wanted and not p.exists
        _show_sample(proposal)
        return _finish(args, result, apply_fields(proposal.selected()), bool(proposal.selected()))
    except (ImportProblem, SampleError, FileError) as exc:
        print(f"erd-studio: {exc}", file=sys.stderr)
        return 2


def _show_sample(proposal: SampleProposal) -> None:
    for p in proposal.fields:
        mark = "+" if p.selected else " "
        note = f"  ({p.note})" if p.note else ""
        print(f"{mark} {p.key}: {p.type}, e.g. {json.dumps(p.example, ensure_ascii=False)[:60]}{note}")
    for s in proposal.skipped:
        print(f"  skipped {s}")


def run_erd(args: argparse.Namespace) -> int:
    try:
        mine = _load_erd(args.erd, "the ERD")
        theirs = _load_erd(args.source, "the other ERD")
        plan = plan_merge(mine.document, theirs.document)
        plan.choose_all(args.on_conflict)
        _show_plan(plan)
        return _finish(args, mine, apply_merge(plan), not plan.is_empty())
    except (ImportProblem, FileError) as exc:
        print(f"erd-studio: {exc}", file=sys.stderr)
        return 2


def _show_plan(plan: MergePlan) -> None:
    for f in plan.new_fields:
        print(f"+ field {f.key}")
    for m in plan.new_mappings:
        print(f"+ mapping {m.target}")
    for c in plan.conflicts:
        print(f"! {c.describe()}: {c.choice}")
    for s in plan.same:
        print(f"= {s} (already the same)")
    for n in plan.notes:
        print(f"note: {n}")


def _finish(args: argparse.Namespace, result: LoadResult, edit: Callable[[ErdDocument], None], changes: bool) -> int:
    if not changes:
        print("nothing to add", file=sys.stderr)
        return 0
    if not args.yes:
        print(f"nothing changed yet; run again with --yes to change {args.erd}", file=sys.stderr)
        return 0
    doc = result.document.clone()
    edit(doc)
    try:
        write_atomic(Path(args.erd), to_text(doc))
    except OSError as exc:
        raise ImportProblem(f"cannot write {args.erd}: {exc.strerror or exc}") from exc
    print(f"erd-studio: {args.erd} updated", file=sys.stderr)
    return 0
