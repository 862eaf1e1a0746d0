"""Fill translations into a Qt .ts catalogue from a JSON glossary (English → German).

Translators normally use Qt Linguist on the .ts file; this fills many entries at once
(from a glossary reviewed as plain JSON) and marks them finished. Entries the glossary
does not know keep their state, so ``check`` can list what is still untranslated.

    python scripts/i18n/fill.py resources/translations/erd_studio_de.ts scripts/i18n/de_*.json
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts_path: Path, glossaries: list[Path]) -> tuple[int, list[str]]:
    words: dict[str, str] = {}
    for path in glossaries:
        words.update(json.loads(path.read_text("utf-8")))
    tree = ET.parse(ts_path)
    filled, missing = 0, []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        if source in words:
            translation.text = words[source]
            translation.attrib.pop("type", None)
            filled += 1
        elif translation.get("type") == "unfinished" or not translation.text:
            missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return filled, missing


def main(argv: list[str]) -> int:
    filled, missing = fill(Path(argv[0]), [Path(p) for p in argv[1:]])
    print(f"{filled} translations filled; {len(missing)} still untranslated")
    for source in missing:
        print(f"  untranslated: {source!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
