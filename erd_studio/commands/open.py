"""``erd-studio open [FILE]``: start the editor (the only command that loads Qt)."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("open", help="open the editor, optionally on a file")
    p.add_argument("file", nargs="?", help="ERD file to open")
    p.set_defaults(func=lambda args: open_gui([args.file] if args.file else []))


def open_gui(files: list[str]) -> int:
    try:
        from ..gui.launch import launch
    except ImportError as exc:
        print(f"erd-studio: the editor cannot start: {exc}", file=sys.stderr)
        return 2
    return launch(files)
