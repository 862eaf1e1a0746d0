"""Property tests: imports never crash on any JSON, exports quote whatever users type."""

from __future__ import annotations

import json
import shlex

from hypothesis import given, settings
from hypothesis import strategies as st

from erd_studio.core import ErdDocument, to_text, validate_text
from erd_studio.core.exporters import export
from erd_studio.core.exporters.youtrack import comment, js
from erd_studio.core.imports import SampleError, apply_fields, propose_fields

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=6),
    max_leaves=25,
)
BASE = {"erd": "1.0", "id": "t", "name": "T", "target": "trax.cip-issue", "fields": [], "mappings": []}


@settings(max_examples=150, deadline=None)
@given(JSON)
def test_any_json_sample_gives_fields_that_pass_the_schema_and_field_rules(sample: object) -> None:
    try:
        proposal = propose_fields(sample)
    except SampleError:
        return
    doc = ErdDocument.from_json(dict(BASE))
    apply_fields(proposal.fields)(doc)
    codes = {d.code for d in validate_text(to_text(doc)).diagnostics}
    assert not codes & {"E001", "E002", "E101", "E110"}, codes
    assert len(doc.field_list()) == len({p.key for p in proposal.fields})


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Zs", "Zl", "Zp", "Cs")), min_size=1))
def test_curl_url_is_one_shell_word_whatever_it_holds(path: str) -> None:
    url = "https://trax.example.com/" + path
    doc = ErdDocument.from_json({**BASE, "fields": [{"key": "a", "type": "string", "example": "x"}]})
    line = next(line for line in export("curl", doc, {"url": url}).split("\n") if line.startswith("curl "))
    assert shlex.split(line.removesuffix(" \\"))[-1] == url


@given(st.text())
def test_js_literals_and_comments_are_safe(text: str) -> None:
    assert json.loads(js(text)) == text and "\u2028" not in js(text)
    assert "*/" not in comment(text) and "\n" not in comment(text)
