"""The payload schema and the postbox's evaluation agree: what the postbox accepts, the schema accepts.

(The converse holds except for ``format`` details, where the postbox is the stricter one:
jsonschema's format checks are looser than the postbox's date and e-mail rules.)
"""

from __future__ import annotations

import jsonschema
from hypothesis import given, settings
from hypothesis import strategies as st

from erd_studio.core.evaluate import evaluate_record
from erd_studio.core.model import ErdDocument
from erd_studio.core.payload import payload_schema

FIELDS = [
    {"key": "s", "type": "string", "required": True, "minLength": 2, "maxLength": 5, "pattern": "^[a-z]"},
    {"key": "t", "type": "text", "default": "none given"},
    {"key": "i", "type": "integer", "minimum": -3, "maximum": 7},
    {"key": "n", "type": "number", "maximum": 2.5},
    {"key": "b", "type": "boolean"},
    {"key": "d", "type": "date"},
    {"key": "dt", "type": "datetime"},
    {"key": "e", "type": "email"},
    {"key": "u", "type": "url"},
    {"key": "en", "type": "enum", "values": ["a", "b"], "required": True, "default": "a"},
]
DOC = ErdDocument.from_json(
    {"erd": "1.0", "id": "agree", "name": "Agree", "target": "trax.cip-issue", "fields": FIELDS}
)
VALIDATOR = jsonschema.Draft202012Validator(
    payload_schema(DOC), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)
FIELD_CODES = {"unknown-attribute", "missing-required", "wrong-type", "enum-value", "invalid-value"}

VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-10, 10),
    st.floats(-5, 5, allow_nan=False),
    st.sampled_from(
        [
            "",
            "a",
            "ab",
            "abcdef",
            "Ab",
            "a",
            "b",
            "c",
            "2026-11-29",
            "2026-02-30",
            "2026-11-29T10:00:00Z",
            "2026-11-29T10:00:00",
            "x@y.org",
            "x@y",
            "https://e.org/a",
            "ftp://e.org",
            "http://",
            "1.0",
        ]
    ),
    st.lists(st.integers(), max_size=2),
)
GOOD = {
    "s": ["ab", "abcde", "zz"],
    "t": ["", "long text\nwith lines"],
    "i": [-3, 0, 7],
    "n": [2.5, -100, 0.1],
    "b": [True, False],
    "d": ["2026-11-29"],
    "dt": ["2026-11-29T10:00:00Z", "2026-11-29T10:00:00.5+01:00"],
    "e": ["jane@example.com"],
    "u": ["https://e.org/a?b=1", "HTTP://E.ORG"],
    "en": ["a", "b"],
}


def _value(key: str) -> st.SearchStrategy:
    """Mostly valid values for the field, now and then anything."""
    return st.one_of(st.sampled_from(GOOD[key]), st.sampled_from(GOOD[key]), st.sampled_from(GOOD[key]), VALUES)


ATTRIBUTES = st.fixed_dictionaries({}, optional={**{k: _value(k) for k in GOOD}, "zz": VALUES})


@settings(max_examples=400, deadline=None)
@given(attributes=ATTRIBUTES, rid=st.sampled_from(["R-1", "", 3]))
def test_what_the_postbox_accepts_the_schema_accepts(attributes, rid) -> None:
    record = {"id": rid, "attributes": attributes}
    result = evaluate_record(DOC, None, record)
    record_ok = not [e for e in result.errors if e.code in FIELD_CODES or e.code.endswith("-id")]
    schema_ok = VALIDATOR.is_valid({"data": [record]})
    if record_ok:
        assert schema_ok, (record, list(VALIDATOR.iter_errors({"data": [record]})))
    if not schema_ok and not any(e.validator == "format" for e in VALIDATOR.iter_errors({"data": [record]})):
        assert not record_ok, record
