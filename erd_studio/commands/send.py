"""``erd-studio send ERD --profile NAME [--payload FILE]``: send one test issue.

An ERD with errors or a payload that does not fit it is not sent; the command says
why. Without ``--payload`` a sample record is generated from the ERD, with a new id
each time (a postbox accepts an id only once). Exit status: 0 the postbox accepted
the test issue, 1 it was refused or could not be delivered, 2 bad input.
"""

from __future__ import annotations

import argparse
import json
import sys

from ..core import FileError, ProfileError, ProfileRegistry, load_path, load_profile_file
from ..core.messages import join
from ..core.validate import read_file_bytes
from ..postbox.client import encode_payload, send_records
from ..postbox.credentials import CredentialError, TokenStore
from ..postbox.diagnosis import diagnose
from ..postbox.payloadcheck import check_payload, fresh_payload
from ..postbox.profiles import ProfileStore, ProfileStoreError
from .postbox_profiles import read_token


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "send",
        help="send a test issue to a postbox profile",
        description="Send one test record to a postbox and explain its answer. Exit status: 0 accepted, "
        "1 refused or not delivered, 2 bad input (the ERD or payload has errors; nothing was sent).",
    )
    p.add_argument("erd", metavar="ERD", help="the ERD file")
    p.add_argument("--profile", required=True, metavar="NAME", help="the postbox profile (erd-studio postbox list)")
    p.add_argument("--payload", metavar="FILE", help='request body {"data": [...]}; default: a sample from the ERD')
    p.add_argument("--token-stdin", action="store_true", help="read the token from standard input")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    p.add_argument("--target-profile", action="append", default=[], metavar="FILE", help="extra target profile")
    p.set_defaults(func=run)


def _fail(message: str, status: int = 2) -> int:
    print(f"erd-studio: {message}", file=sys.stderr)
    return status


def run(args: argparse.Namespace) -> int:
    try:
        registry = ProfileRegistry([load_profile_file(p) for p in args.target_profile])
        result = load_path(args.erd, registry)
        profile = ProfileStore().find(args.profile)
        payload_text = read_file_bytes(args.payload).decode("utf-8-sig") if args.payload else None
    except (FileError, ProfileError, ProfileStoreError) as exc:
        return _fail(str(exc))
    except UnicodeDecodeError:
        return _fail(f"{args.payload} is not UTF-8 text; save the payload as UTF-8 JSON.")
    doc = result.document
    if doc is None or result.errors:
        for d in result.diagnostics:
            if d.is_error:
                print(f"{args.erd}:{d.line}:{d.column}: {d.severity} {d.code}: {d.message}", file=sys.stderr)
        return _fail(f"not sent: the ERD has {max(result.errors, 1)} error(s); fix them first (erd-studio validate).")
    if payload_text is None:
        payload_text = encode_payload(fresh_payload(doc)).decode("utf-8")
    check = check_payload(doc, registry.get(doc.target), payload_text)
    if not check.ok:
        for problem in check.problems:
            print(f"{args.payload or 'payload'}: {problem}", file=sys.stderr)
        return _fail("not sent: the payload does not fit the ERD.")
    problems = profile.problems()
    if problems:
        return _fail(f'the profile "{profile.name}" cannot be used: {join(problems)}')
    tokens = TokenStore()
    try:
        token = tokens.get(profile)
        if not token and profile.token_storage != "ask":
            print(
                f'erd-studio: no token is stored for "{profile.name}" ({tokens.where(profile)} '
                f"The entry may have been removed.) Store it again with: erd-studio postbox set-token "
                f"'{profile.name}'",
                file=sys.stderr,
            )
        token = token or read_token(args.token_stdin, f'Token for "{profile.name}" (not shown): ', "--token-stdin")
        token = token.strip()
    except CredentialError as exc:
        return _fail(str(exc))
    if not token:
        return _fail(f"no token for \"{profile.name}\"; store one: erd-studio postbox set-token '{profile.name}'")
    for warning in profile.warnings():
        print(f"warning: {warning}", file=sys.stderr)
    outcome = send_records(profile, token, check.body)
    diagnosis = diagnose(outcome, doc)
    if args.format == "json":
        record = outcome.to_json()
        record["diagnosis"] = {"ok": diagnosis.ok, "text": diagnosis.text()}
        json.dump(record, sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        status = f"{outcome.status} {outcome.reason}" if outcome.status is not None else outcome.kind
        print(f"POST {outcome.url} -> {status} in {outcome.elapsed * 1000:.0f} ms")
        print(diagnosis.text())
        if outcome.body:
            print(_pretty(outcome.body))
    return 0 if diagnosis.ok else 1


def _pretty(body: str) -> str:
    try:
        return json.dumps(json.loads(body), indent=2, ensure_ascii=False)
    except ValueError:
        return body if len(body) < 2000 else body[:2000] + "\n…"
