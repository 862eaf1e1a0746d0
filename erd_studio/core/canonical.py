"""Canonical ERD text: 2-space indent, keys in the documented order, final newline.

Two saves of the same document are byte-identical, so diffs in version control stay
small. Unknown keys (``x-`` extensions, or anything a user typed that the schema will
flag) keep their place after the known ones instead of being dropped.
"""

from __future__ import annotations

import json
from typing import Any

from .model import ErdDocument


def dumps_json(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def to_text(doc: ErdDocument) -> str:
    return dumps_json(doc.to_json())
