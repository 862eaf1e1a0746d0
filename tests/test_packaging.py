"""Linux desktop integration files pass the freedesktop tools' own validators."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"


def test_desktop_file_is_valid_and_starts_the_gui_script():
    desktop = LINUX / "org.erdstudio.ErdStudio.desktop"
    proc = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
    assert proc.returncode == 0 and "error" not in proc.stdout, proc.stdout
    assert "Exec=erd-studio-gui %F" in desktop.read_text()


def test_appstream_metadata_is_valid():
    metainfo = LINUX / "org.erdstudio.ErdStudio.metainfo.xml"
    proc = subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    root = ET.parse(metainfo).getroot()
    assert root.findtext("launchable") == "org.erdstudio.ErdStudio.desktop"


def test_icon_is_svg_and_scales():
    icon = ROOT / "resources" / "icons" / "erd-studio.svg"
    root = ET.parse(icon).getroot()
    assert root.tag.endswith("svg") and root.get("viewBox") == "0 0 256 256"
