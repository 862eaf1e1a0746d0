"""Where the shipped resources live: beside the package in a wheel, at the top of a checkout.

The wheel build copies ``resources/`` into ``erd_studio/resources/`` (see
pyproject.toml), so the same lookup works from an installed wheel and from a source
checkout (including an editable install), without importlib tricks.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if (candidate / "schema").is_dir():
            return candidate
    raise FileNotFoundError(f"ERD Studio resources not found beside {here}; reinstall the package")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def examples() -> list[Path]:
    return sorted(resource("examples").glob("*.erd.json"))
