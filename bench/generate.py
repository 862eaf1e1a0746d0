"""Deterministic large ERDs and target profiles for benchmarks (no randomness)."""

from __future__ import annotations

import json
from typing import Any

TYPES = ("string", "text", "integer", "number", "boolean", "date", "datetime", "email", "url", "enum")
EXAMPLES = {
    "string": "value",
    "text": "some longer text",
    "integer": 7,
    "number": 2.5,
    "boolean": True,
    "date": "2026-11-29",
    "datetime": "2026-11-29T10:00:00Z",
    "email": "someone@example.com",
    "url": "https://example.com/x",
    "enum": "a",
}


def profile(n: int) -> dict[str, Any]:
    """A target profile with ``n`` attributes; attribute i has the type of field i."""
    attrs = []
    for i in range(n):
        t = TYPES[i % len(TYPES)]
        attr: dict[str, Any] = {"key": f"attr_{i}", "label": f"Attribute {i}", "type": t, "required": i % 50 == 0}
        if t == "enum":
            attr["values"] = ["a", "b", "c"]
        attrs.append(attr)
    return {"profile": "1.0", "id": f"bench.p{n}", "name": f"Benchmark profile ({n})", "attributes": attrs}


def erd(n_fields: int, n_mappings: int | None = None, profile_id: str | None = None) -> dict[str, Any]:
    """An ERD with ``n_fields`` fields; mapping i fills attr_i from field i."""
    n_mappings = n_fields if n_mappings is None else n_mappings
    fields = []
    for i in range(n_fields):
        t = TYPES[i % len(TYPES)]
        f: dict[str, Any] = {"key": f"field_{i}", "label": f"Field {i}", "type": t, "required": True}
        if t == "enum":
            f["values"] = ["a", "b", "c"]
        f["description"] = f"Benchmark field number {i}"
        f["example"] = EXAMPLES[t]
        fields.append(f)
    mappings = [{"target": f"attr_{i}", "source": f"field_{i}"} for i in range(n_mappings)]
    return {
        "erd": "1.0",
        "id": f"bench-{n_fields}",
        "name": f"Benchmark ERD with {n_fields} fields",
        "target": profile_id or f"bench.p{n_fields}",
        "fields": fields,
        "mappings": mappings,
    }


def erd_text(n_fields: int, n_mappings: int | None = None, profile_id: str | None = None) -> str:
    return json.dumps(erd(n_fields, n_mappings, profile_id), indent=2) + "\n"
