"""The fast canonical writer produces exactly what json.dumps(indent=2) produces."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from erd_studio.core.canonical import dumps_json

leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(),
)
values = st.recursive(
    leaves, lambda inner: st.one_of(st.lists(inner), st.dictionaries(st.text(), inner)), max_leaves=30
)


@settings(max_examples=400)
@given(values)
def test_same_text_as_json_dumps(value):
    assert dumps_json(value) == json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def test_unusual_values_fall_back_to_json():
    value = {"a": (1, 2), 3: "int key", "n": float("nan")}
    assert dumps_json(value) == json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def test_control_characters_and_unicode_are_escaped_like_json():
    value = {"k\u2028": 'line\nbreak \x00 \u00e9 😀 "q" \\'}
    assert dumps_json(value) == json.dumps(value, indent=2, ensure_ascii=False) + "\n"
