"""Messages from the Qt-free layers: English for the CLI, translatable for the GUI, never lossy.

The GUI renders the same ``Msg`` through Qt's translator; here a small dictionary stands
in for the catalogue, so the tests run without Qt and show what a translator receives.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from erd_studio.core.edits import EditError, rename_field
from erd_studio.core.messages import Msg, MsgError, join, msg, plain
from erd_studio.core.model import ErdDocument
from erd_studio.postbox.client import Outcome, _scrub
from erd_studio.postbox.diagnosis import diagnose
from erd_studio.postbox.profiles import PostboxProfile

ROOT = Path(__file__).resolve().parents[1]
GERMAN = {
    "The profile needs a name.": "Das Profil braucht einen Namen.",
    "Plain http: the token travels unencrypted over the network.": "Einfaches http: unverschlüsselt.",
    "Connection refused: {detail}.": "Verbindung abgelehnt: {detail}.",
    "{host} refused the connection on port {port}": "{host} lehnt Port {port} ab",
    "Check the port in the URL and that the postbox service is running.": "Port prüfen.",
    'the key "{key}" is already used by field {number}': "Schlüssel „{key}“ hat schon Feld {number}",
}


def german(template: str) -> str:
    return GERMAN.get(template, template)


def test_join_translates_each_part_and_keeps_text_that_is_not_ours() -> None:
    problems = PostboxProfile("", "http://trax.example.com/r", allow_http=True).problems()
    problems += PostboxProfile("x", "http://trax.example.com/r", allow_http=True).warnings()
    both = join([*problems, "a server's own words {not a field}"])
    assert str(both) == (
        "The profile needs a name. Plain http: the token travels unencrypted over the network. "
        "a server's own words {not a field}"
    )
    assert both.render(german) == (
        "Das Profil braucht einen Namen. Einfaches http: unverschlüsselt. a server's own words {not a field}"
    )
    assert plain("{x}").render(german) == "{x}"


def test_a_send_failure_is_translated_down_to_its_technical_detail() -> None:
    outcome = Outcome("refused", "https://127.0.0.1:9/r", {}, "")
    outcome.detail = msg("{host} refused the connection on port {port}", host="127.0.0.1", port=9)
    d = diagnose(outcome)
    assert str(d.headline) == "Connection refused: 127.0.0.1 refused the connection on port 9."
    assert d.text(german) == "Verbindung abgelehnt: 127.0.0.1 lehnt Port 9 ab.\nNext: Port prüfen."
    assert outcome.to_json()["detail"] == "127.0.0.1 refused the connection on port 9"


def test_scrubbing_a_token_reaches_into_message_values() -> None:
    token = "s3cret-token-value"
    outcome = Outcome("connection", "https://x.example.com/r", {}, "")
    outcome.detail = join([msg("proxy error: {words}", words=f"echoed {token}"), plain(f"again {token}")])
    _scrub(outcome, token)
    assert token not in str(outcome.detail) and token not in outcome.detail.render(german)
    assert str(outcome.detail) == "proxy error: echoed ******** again ********"
    odd = msg("In the file {path}, {n} {items}", path=Path(f"/tmp/{token}"), n=3, items=[token]).replace(token, "***")
    assert str(odd) == "In the file /tmp/***, 3 ['***']"  # values of any kind are scrubbed, numbers kept


def test_errors_carry_their_message_for_both_audiences() -> None:
    doc = ErdDocument.from_json({"fields": [{"key": "a"}, {"key": "b"}]})
    with pytest.raises(EditError) as caught:
        rename_field(doc, 0, "b")
    assert str(caught.value) == 'the key "b" is already used by field 2'
    assert caught.value.text.render(german) == "Schlüssel „b“ hat schon Feld 2"
    assert str(MsgError("plain {text} as given")) == "plain {text} as given"


def test_a_broken_translation_falls_back_to_english_instead_of_failing() -> None:
    message = msg("Broken {{ {x}", x=1)
    assert message.render(lambda t: "Kaputt {y}") == "Broken { 1"  # the translation names a wrong field
    assert message.render(lambda t: "Kaputt {") == "Broken { 1"  # the translation's braces are unbalanced
    assert Msg("").render(german) == ""


def test_every_message_template_is_a_literal_the_catalogue_can_find() -> None:
    run = subprocess.run(
        [sys.executable, "-c", "import scripts.core_messages as c; print(len(c.templates()))"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert int(run.stdout) > 250  # core diagnostics, postbox texts, errors and export descriptions


def test_a_payload_or_sample_nested_too_deeply_is_refused_in_words_not_a_crash() -> None:
    from erd_studio.core import load_path
    from erd_studio.core.imports.sample import SampleError, parse_sample
    from erd_studio.postbox.payloadcheck import check_payload

    doc = load_path(ROOT / "resources" / "examples" / "youtrack-high-severity.erd.json").document
    deep = "[" * 100_000
    check = check_payload(doc, None, deep)
    assert not check.ok and "nested too deeply" in str(check.problems[0])
    deep_but_valid = '{"data": [' + '{"a": ' * 5000 + "1" + "}" * 5000 + "]}"
    assert not check_payload(doc, None, deep_but_valid).ok
    with pytest.raises(SampleError, match="nested too deeply"):
        parse_sample(deep)
