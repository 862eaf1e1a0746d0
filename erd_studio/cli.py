"""The ``erd-studio`` command line. Never imports Qt: the GUI is loaded only to open it.

Each subcommand lives in ``erd_studio/commands/<name>.py`` with ``register(sub)``,
which adds its parser and sets ``func``; this module only assembles them, so the
parser is built without a QApplication and ``--help`` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from . import __version__

# Order is the order in --help.
COMMANDS = ("open", "validate", "preview", "send", "export", "import_cmd", "postbox", "demo")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="erd-studio",
        description="Edit, validate, test and export External Resource Definitions (ERDs). "
        "Without a command, the editor opens.",
    )
    parser.add_argument("--version", action="version", version=f"erd-studio {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"erd_studio.commands.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from .commands.open import open_gui

        return open_gui([])
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def gui_main() -> int:
    """Entry point of the ``erd-studio-gui`` gui-script: always the editor."""
    from .commands.open import open_gui

    return open_gui(sys.argv[1:])
