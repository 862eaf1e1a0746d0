"""``erd-studio postbox …``: the local test postbox and postbox profiles.

The group is assembled from sibling modules so that serving and profile management
stay in modules of their own: ``postbox_serve`` (serve) and ``postbox_profiles``
(add, list, remove, set-token). Each has ``register(group)``.
"""

from __future__ import annotations

import argparse
import importlib

PARTS = ("postbox_serve", "postbox_profiles")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("postbox", help="run a local test postbox, manage postbox profiles")
    group = p.add_subparsers(dest="postbox_command", metavar="ACTION", required=True)
    for name in PARTS:
        try:
            module = importlib.import_module(f"erd_studio.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"erd_studio.commands.{name}":
                raise
            continue
        module.register(group)
