"""Entry script for the standalone build: the editor, as the erd-studio-gui command."""

import sys

from erd_studio.cli import gui_main

if __name__ == "__main__":
    sys.exit(gui_main())
