"""``erd-studio postbox add | list | remove | set-token``: postbox profiles from the shell.

The token is read from a hidden prompt or from standard input, never from an argument:
an argument would land in the shell history and in every process listing.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from ..postbox.credentials import CredentialError, NoKeychainError, TokenStore
from ..postbox.profiles import PostboxProfile, ProfileStore, ProfileStoreError


def register(group: argparse._SubParsersAction) -> None:
    add = group.add_parser("add", help="add a postbox profile (then asks for its token)")
    add.add_argument("name", help="a name for the profile, e.g. 'trax production'")
    add.add_argument("--url", required=True, help="the postbox's create URL (https://…)")
    add.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for an answer (default 30)")
    add.add_argument("--no-verify-tls", action="store_true", help="do not check the certificate (unsafe)")
    add.add_argument("--ca-bundle", metavar="PEM", help="CA certificate(s) of your postbox's certificate")
    add.add_argument("--proxy", default="environment", metavar="URL|environment|none", help="proxy to use")
    add.add_argument("--allow-http", action="store_true", help="allow plain http to a host that is not this computer")
    add.add_argument("--no-token", action="store_true", help="do not ask for the token now")
    _token_options(add)
    add.set_defaults(func=run_add)
    lst = group.add_parser("list", help="list postbox profiles and where their tokens are kept")
    lst.set_defaults(func=run_list)
    rm = group.add_parser("remove", help="remove a postbox profile and its stored token")
    rm.add_argument("name")
    rm.set_defaults(func=run_remove)
    st = group.add_parser("set-token", help="store a new token for a profile")
    st.add_argument("name")
    _token_options(st)
    st.set_defaults(func=run_set_token)


def _token_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--stdin", action="store_true", help="read the token from standard input instead of a prompt")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--store-in-file", action="store_true", help="keep the token in a file readable only by you")
    where.add_argument("--ask-each-time", action="store_true", help="do not store the token; ask when sending")


def _fail(message: str, status: int = 2) -> int:
    print(f"erd-studio: {message}", file=sys.stderr)
    return status


def read_token(from_stdin: bool, prompt: str = "Token (not shown): ", option: str = "--stdin") -> str:
    """The token from stdin or a hidden prompt; never from the command line."""
    if from_stdin:
        return sys.stdin.readline()
    if not sys.stdin.isatty():
        raise CredentialError(f"No terminal to ask for the token; pipe it in with {option}.")
    return getpass.getpass(prompt)


def _storage(args: argparse.Namespace) -> str:
    return "file" if args.store_in_file else "ask" if args.ask_each_time else "keychain"


def _store_token(profile: PostboxProfile, args: argparse.Namespace) -> int:
    if profile.token_storage == "ask":
        print("The token is not stored; erd-studio send will ask for it.")
        return 0
    try:
        token = read_token(args.stdin)
        where = TokenStore().set(profile, token, file_consent=args.store_in_file)
    except NoKeychainError as exc:
        return _fail(
            f"{exc} The profile is saved; store its token with: erd-studio postbox set-token "
            f"'{profile.name}' --stdin --store-in-file (or --ask-each-time).",
            1,
        )
    except CredentialError as exc:
        return _fail(str(exc), 1)
    print(f"Token stored. {where}")
    return 0


def run_add(args: argparse.Namespace) -> int:
    proxy = args.proxy.strip()
    mode = proxy if proxy in ("environment", "none") else "explicit"
    profile = PostboxProfile(
        name=args.name.strip(),
        url=args.url.strip(),
        timeout=args.timeout,
        verify_tls=not args.no_verify_tls,
        ca_bundle=args.ca_bundle,
        proxy_mode=mode,
        proxy_url=proxy if mode == "explicit" else None,
        allow_http=args.allow_http,
        token_storage=_storage(args),
    )
    try:
        ProfileStore().put(profile)
    except ProfileStoreError as exc:
        return _fail(str(exc))
    print(f'Added postbox profile "{profile.name}" ({profile.url}).')
    for warning in profile.warnings():
        print(f"warning: {warning}", file=sys.stderr)
    if args.no_token:
        print(f"Store its token later: erd-studio postbox set-token '{profile.name}'")
        return 0
    return _store_token(profile, args)


def run_list(args: argparse.Namespace) -> int:
    try:
        profiles = ProfileStore().load()
    except ProfileStoreError as exc:
        return _fail(str(exc))
    if not profiles:
        print("No postbox profiles yet. Add one: erd-studio postbox add NAME --url https://…")
        return 0
    tokens = TokenStore()
    for p in profiles:
        print(f"{p.name}\n  url:   {p.url}\n  token: {tokens.where(p)}")
        for warning in p.warnings():
            print(f"  warning: {warning}")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    store = ProfileStore()
    try:
        profile = store.find(args.name)
        store.remove(profile.id)
    except ProfileStoreError as exc:
        return _fail(str(exc))
    try:
        TokenStore().delete(profile)
    except CredentialError as exc:
        print(f'Removed the profile "{profile.name}", but not its token: {exc}', file=sys.stderr)
        return 1
    print(f'Removed the postbox profile "{profile.name}" and its token.')
    return 0


def run_set_token(args: argparse.Namespace) -> int:
    store = ProfileStore()
    try:
        profile = store.find(args.name)
        wanted = _storage(args)
        if profile.token_storage != wanted:
            TokenStore().delete(profile)
            profile.token_storage = wanted
            store.put(profile)
    except (ProfileStoreError, CredentialError) as exc:
        return _fail(str(exc))
    return _store_token(profile, args)
