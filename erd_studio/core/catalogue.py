"""The core's message translations without Qt: read the shipped Qt Linguist catalogue.

The GUI renders ``Msg`` templates through Qt's translator; the CLI has no Qt, yet an
export meant for German auditors (the Markdown description) must speak German there
too, with exactly the words the GUI uses. So this reads the same source of truth,
``resources/translations/erd_studio_<lang>.ts`` (shipped in the wheel), takes the
"Diagnostics" context (where ``scripts/update-translations`` puts every ``msg()``
template) and only finished translations, as lrelease and Qt would show them.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from ..resources import resource
from .messages import CONTEXT, identity

SOURCE_LANGUAGE = "en"


@lru_cache(maxsize=8)
def entries(language: str) -> dict[str, str]:
    """English template → translation for ``language``; empty when there is no catalogue."""
    if language == SOURCE_LANGUAGE or not language.isalnum():
        return {}
    return read_ts(resource("translations", f"erd_studio_{language}.ts"))


def read_ts(path: Path) -> dict[str, str]:
    """The finished "Diagnostics" translations of one .ts file; empty when it cannot be read."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    table: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            if source and translation is not None and translation.text and not translation.get("type"):
                table[source] = translation.text  # no "type": finished (not unfinished/vanished/obsolete)
    return table


def translator(language: str) -> Callable[[str], str]:
    """A ``translate`` for ``Msg.render``: the template in ``language``, English when unknown."""
    table = entries(language)
    if not table:
        return identity
    return lambda template: table.get(template, template)
