"""``erd-studio demo``: a running local postbox and a ready profile, token never in a plain file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from erd_studio.postbox.profiles import ProfileStore


def run_demo(config: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "ERD_STUDIO_CONFIG_DIR": str(config), **env}
    if env.get("PYTHON_KEYRING_BACKEND"):
        environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
    return subprocess.run(
        [sys.executable, "-m", "erd_studio", "demo", "--no-window"],
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_demo_starts_a_postbox_and_keeps_the_token_in_the_keychain(tmp_path: Path) -> None:
    done = run_demo(tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Local test postbox running at http://127.0.0.1:" in done.stdout
    assert 'Profile "Local test postbox" ready. Token: In the system keychain' in done.stdout
    profile = ProfileStore(tmp_path / "postbox-profiles.json").find("Local test postbox")
    assert profile.url.endswith("/postboxes/youtrack-high-severity/records") and profile.token_storage == "keychain"
    again = run_demo(tmp_path)  # a second start updates the same profile (new port, new token)
    profiles = ProfileStore(tmp_path / "postbox-profiles.json").load()
    assert again.returncode == 0 and [p.id for p in profiles] == [profile.id]


def test_without_a_keychain_the_demo_keeps_the_token_for_the_session_only(tmp_path: Path) -> None:
    done = run_demo(tmp_path, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    assert done.returncode == 0, done.stderr
    assert "Token: Not stored: asked when needed and kept only while ERD Studio runs." in done.stdout
    assert [p.name for p in tmp_path.iterdir()] == ["postbox-profiles.json"]
