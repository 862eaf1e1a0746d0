"""``erd-studio demo``: the editor on the YouTrack example with a working postbox.

Starts a local test postbox inside this process on a free loopback port, configures
the postbox profile "Local test postbox" for it, and opens the editor with the send
dialog ready, so a new user sends a test issue with one click and sees the CIP issue
the postbox created. The postbox lives as long as the editor (its records in memory).

The profile's token is kept in the keychain when there is one; otherwise only in
memory for this session — never in a plain file.
"""

from __future__ import annotations

import argparse
import sys

from ..core import load_path
from ..core.messages import Msg
from ..postbox.credentials import CredentialError, TokenStore, keychain_name
from ..postbox.profiles import PostboxProfile, ProfileStore, ProfileStoreError
from ..resources import resource

PROFILE_NAME = "Local test postbox"
EXAMPLE = ("examples", "youtrack-high-severity.erd.json")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "demo",
        help="open the editor on the YouTrack example with a running local test postbox",
        description="Start a local test postbox in this process, configure the postbox profile "
        f'"{PROFILE_NAME}" for it, and open the editor on the YouTrack example ready to send a test issue.',
    )
    p.add_argument("--no-window", action="store_true", help="start the postbox and print its profile, then stop")
    p.set_defaults(func=run)


def configure_profile(url: str, token: str, store: ProfileStore | None = None) -> tuple[PostboxProfile, Msg]:
    """Create or update the demo profile for ``url``; returns it and where its token is."""
    store = store or ProfileStore()
    try:
        profile = store.find(PROFILE_NAME)
        profile.url = url
    except ProfileStoreError:
        profile = PostboxProfile(PROFILE_NAME, url, timeout=10.0, proxy_mode="none")
    tokens = TokenStore()
    try:
        available = keychain_name() is not None
    except CredentialError:
        available = False
    if profile.token_storage == "file":
        tokens.delete(profile)  # the demo's token changes on every start; an old file would be stale
    profile.token_storage = "keychain" if available else "ask"
    store.put(profile)
    try:
        where = tokens.set(profile, token)
    except CredentialError:
        profile.token_storage = "ask"
        store.put(profile)
        where = tokens.set(profile, token)
    return profile, where


def run(args: argparse.Namespace) -> int:
    try:
        from ..postbox.local import LocalPostbox
    except ImportError as exc:
        print(f"erd-studio: the local test postbox is not available: {exc}", file=sys.stderr)
        return 2
    example = resource(*EXAMPLE)
    doc = load_path(example).document
    assert doc is not None, "the shipped example always parses"
    try:
        with LocalPostbox(erds=[doc], db=":memory:") as box:
            profile, where = configure_profile(box.records_url(doc.id), box.tokens[doc.id])
            print(f'Local test postbox running at {profile.url}\nProfile "{profile.name}" ready. Token: {where}')
            if args.no_window:
                return 0
            from ..gui.send.demo import run_demo

            return run_demo([str(example)], profile.id)
    except (ProfileStoreError, CredentialError) as exc:
        print(f"erd-studio: {exc}", file=sys.stderr)
        return 2
