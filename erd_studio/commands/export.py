"""``erd-studio export --format F ERD [-o OUT]``: hand an ERD to another tool.

Refuses an ERD with errors (an export of a broken definition fails later, somewhere
harder to see) unless ``--force`` is given, and says which errors. Writes atomically.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..core import FileError, LoadResult, ProfileError, ProfileRegistry, load_bytes, load_path, load_profile_file
from ..core.exporters import EXPORTERS, ExportError, get_exporter
from ..core.exporters.files import write_atomic
from ..core.exporters.markdown import LANGUAGES
from ..core.exporters.youtrack_map import PropertyError, parse_property


class UsageError(Exception):
    """A command line that cannot be carried out; exit status 2 with this message."""


def register(sub: argparse._SubParsersAction) -> None:
    formats = "; ".join(f"{e.name}: {e.description}" for e in EXPORTERS.values())
    p = sub.add_parser(
        "export",
        help="export an ERD for another tool (schema, sample, curl, YouTrack workflow, Markdown …)",
        description=f"Formats — {formats}. Exit status: 0 written, 1 the ERD has errors, 2 bad input.",
    )
    p.add_argument("erd", metavar="ERD", help="the ERD file; - for standard input")
    p.add_argument("--format", "-f", required=True, choices=list(EXPORTERS), metavar="F", help="the export format")
    p.add_argument("-o", "--output", metavar="OUT", help="write here (atomically) instead of standard output")
    p.add_argument("--force", action="store_true", help="export even when the ERD has errors")
    p.add_argument("--target-profile", action="append", default=[], metavar="FILE", help="load a target profile")
    g = p.add_argument_group("postbox (curl, youtrack)")
    g.add_argument("--url", help="the postbox's create URL")
    g.add_argument("--profile", metavar="NAME", help="take the URL from this postbox profile")
    g.add_argument("--record-id", metavar="ID", help="id of the sample record (sample, curl)")
    y = p.add_argument_group("YouTrack workflow (youtrack, youtrack-settings)")
    y.add_argument("--severity-field", metavar="NAME", help='the guard\'s field (default "Severity")')
    y.add_argument("--severity-value", metavar="VALUE", help='the value that triggers sending (default "High")')
    y.add_argument("--reported-field", metavar="NAME", help='date field that marks a sent issue ("Reported")')
    y.add_argument("--token-setting", metavar="NAME", help='workflow setting with the token ("postboxToken")')
    y.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=PROPERTY",
        help="where a field comes from: summary, description, url, id, reporter.email, created, "
        "field:NAME (custom field), const:VALUE or none",
    )
    m = p.add_argument_group("Markdown (markdown)")
    m.add_argument(
        "--language",
        choices=LANGUAGES,
        default="en",
        help="the language of the page's headings, table headers and notes; the ERD's own data "
        "(keys, labels, descriptions) stays as written (default: en; other formats ignore it)",
    )
    p.set_defaults(func=run)


def _load(args: argparse.Namespace, registry: ProfileRegistry) -> LoadResult:
    if args.erd == "-":
        return load_bytes(sys.stdin.buffer.read(), registry)
    return load_path(args.erd, registry)


def _profile_url(name: str) -> str:
    from ..postbox.profiles import ProfileStore, ProfileStoreError

    try:
        return ProfileStore().find(name).url
    except ProfileStoreError as exc:
        raise UsageError(str(exc)) from exc


def options_from_args(args: argparse.Namespace, result: LoadResult, registry: ProfileRegistry) -> dict[str, Any]:
    """The exporter options the command line asks for (checked against the ERD)."""
    opts: dict[str, Any] = {"registry": registry, "language": args.language}
    if args.url and args.profile:
        raise UsageError("give either --url or --profile, not both")
    url = _profile_url(args.profile) if args.profile else args.url
    for name, value in (
        ("url", url),
        ("record_id", args.record_id),
        ("severity_field", args.severity_field),
        ("severity_value", args.severity_value),
        ("reported_field", args.reported_field),
        ("token_setting", args.token_setting),
    ):
        if value:
            opts[name] = value
    opts["properties"] = _properties(args.map, result)
    return opts


def _properties(pairs: list[str], result: LoadResult) -> dict[str, str]:
    fields = {f.key: f for f in result.document.field_list()} if result.document else {}
    out = {}
    for pair in pairs:
        key, sep, prop = pair.partition("=")
        if not sep:
            raise UsageError(f'--map "{pair}" needs the form FIELD=PROPERTY, e.g. --map priority=field:Priority')
        if key not in fields:
            raise UsageError(f'--map: the ERD has no field "{key}"; its fields are: {", ".join(map(str, fields))}')
        try:
            parse_property(prop, fields[key])
        except PropertyError as exc:
            raise UsageError(str(exc)) from exc
        out[key] = prop
    return out


def _writes_over_input(args: argparse.Namespace) -> bool:
    """Whether ``-o`` names the input file itself (the export would destroy the ERD it reads)."""
    if args.erd == "-" or not args.output or args.output == "-":
        return False
    source, target = Path(args.erd), Path(args.output)
    try:
        return source.resolve() == target.resolve() or (target.exists() and target.samefile(source))
    except OSError:
        return False


def run(args: argparse.Namespace) -> int:
    shown = "<stdin>" if args.erd == "-" else args.erd
    try:
        if _writes_over_input(args):
            raise UsageError(f"{args.output} is the ERD being exported; write the export to another file")
        registry = ProfileRegistry([load_profile_file(p) for p in args.target_profile])
        result = _load(args, registry)
        if result.document is None:
            first = result.diagnostics[0] if result.diagnostics else None
            why = f"{first.line}:{first.column}: {first.message}" if first else "it is not an ERD"
            raise UsageError(f"{shown} cannot be exported: {why}")
        if result.errors and not args.force:
            for d in [d for d in result.diagnostics if d.is_error][:10]:
                print(f"{shown}:{d.line}:{d.column}: {d.severity} {d.code}: {d.message}", file=sys.stderr)
            print(
                f"erd-studio: {shown} has {result.errors} error(s), so an export would not work as intended; "
                "fix them (see above) or add --force to export anyway",
                file=sys.stderr,
            )
            return 1
        text = get_exporter(args.format).export(result.document, options_from_args(args, result, registry))
        if args.output and args.output != "-":
            write_atomic(args.output, text)
            print(f"erd-studio: wrote {args.format} export of {shown} to {args.output}", file=sys.stderr)
        else:
            sys.stdout.write(text)
    except (UsageError, FileError, ProfileError, ExportError) as exc:
        print(f"erd-studio: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"erd-studio: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    return 0
