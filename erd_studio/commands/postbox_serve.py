"""``erd-studio postbox serve --erd FILE …``: run the local test postbox in the foreground.

Tokens are printed once, at start, on standard output (never to the log); a token can
instead come from ERD_STUDIO_POSTBOX_TOKEN_<ERD ID> or ERD_STUDIO_POSTBOX_TOKEN, and is
then not printed at all. Ctrl+C (or SIGTERM) stops the server after the requests in
progress are finished; every record answered with 201 is in the database.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path

from ..core import ProfileError, ProfileRegistry, load_profile_file
from ..postbox.access import TOKEN_ENV, token_env_name, tokens_from_environment
from ..postbox.local import LocalPostbox, ServeError
from ..postbox.store import StoreError, default_db_path


def register(group: argparse._SubParsersAction) -> None:
    p = group.add_parser(
        "serve",
        help="run a local test postbox for one or more ERDs",
        description="Serve POST /postboxes/<erd id>/records for each ERD, as the postbox contract says, "
        "and keep what arrives in SQLite. Tokens are printed once at start, unless given in "
        f"{TOKEN_ENV}_<ERD ID> or {TOKEN_ENV}. Stop with Ctrl+C.",
    )
    p.add_argument("--erd", action="append", required=True, metavar="FILE", help="an ERD to serve (repeatable)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=8765, help="port to listen on; 0 picks a free one (default: 8765)")
    p.add_argument("--db", default=None, metavar="PATH", help="SQLite file for received records, or :memory:")
    p.add_argument("--allow-remote", action="store_true", help="allow listening on an address other machines reach")
    p.add_argument("--rate-limit", type=float, default=None, metavar="N", help="answer 429 above N requests/s")
    p.add_argument("--profile", action="append", default=[], metavar="FILE", help="load an extra target profile")
    p.add_argument("--quiet", action="store_true", help="do not log each request")
    p.set_defaults(func=run)


def _fail(message: str) -> int:
    print(f"erd-studio: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    if not 0 <= args.port <= 65535:
        return _fail(f"--port {args.port} is not a port number (0-65535)")
    db = args.db or str(default_db_path())
    try:
        registry = ProfileRegistry([load_profile_file(p) for p in args.profile])
        erd_ids = _erd_ids(args.erd)
        env_tokens = tokens_from_environment(erd_ids, os.environ)
        postbox = LocalPostbox(
            args.erd,
            host=args.host,
            port=args.port,
            db=db,
            tokens=env_tokens,
            registry=registry,
            allow_remote=args.allow_remote,
            rate_limit=args.rate_limit,
        )
        postbox.start()
    except (ServeError, StoreError, ProfileError) as exc:
        return _fail(str(exc))
    _configure_logging(args.quiet)
    return _wait(postbox, lambda: _announce(postbox, db, env_tokens))


def _erd_ids(paths: list[str]) -> list[str]:
    """The ids of the ERD files, to look their tokens up (unreadable files fail later, with a message)."""
    import json

    ids = []
    for path in paths:
        try:
            data = json.loads(Path(path).read_text("utf-8-sig"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict) and isinstance(data.get("id"), str):
            ids.append(data["id"])
    return ids


def _configure_logging(quiet: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%H:%M:%S"))
    for name in ("erd_studio.postbox", "waitress"):
        logger = logging.getLogger(name)
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    logging.getLogger("erd_studio.postbox.access").setLevel(logging.WARNING if quiet else logging.INFO)


def _announce(postbox: LocalPostbox, db: str, env_tokens: dict[str, str]) -> None:
    if not postbox.is_loopback:
        print(
            f"WARNING: the test postbox listens on {postbox.host}, which other machines can reach; "
            "anyone with a token can post to it, over plain HTTP.",
            file=sys.stderr,
        )
    print(f"Local test postbox on {postbox.base_url} (records kept in {db})")
    for p in postbox.postboxes:
        print(f"  {p.erd.name}")
        print(f"    POST/GET {postbox.records_url(p.id)}")
        if p.id in env_tokens:
            print(f"    token: from ${token_env_name(p.id)} or ${TOKEN_ENV} (not shown)")
        else:
            print(f"    token: {p.token}  (shown only now)")
    print("Press Ctrl+C to stop.", flush=True)


def _wait(postbox: LocalPostbox, announce: Callable[[], None]) -> int:
    """Announce, then block until Ctrl+C or SIGTERM, then stop cleanly.

    Both signals are caught *before* the banner is printed: a Ctrl+C that comes right
    after the banner (a script that waits for it, then stops the server) must still
    stop cleanly instead of escaping as an interrupt.
    """
    import threading

    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        announce()
        while not stop.wait(0.5):
            pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        postbox.stop()
    print(f"Stopped; {postbox.stored_at_stop} record(s) in the database.", file=sys.stderr)
    return 0
