"""Subcommands of the ``erd-studio`` command line, one module each (see cli.py)."""
