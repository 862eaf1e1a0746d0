"""The client and the diagnosis against the project's local test postbox (real HTTP)."""

from __future__ import annotations

import copy
from collections.abc import Iterator

import pytest

from erd_studio.core import load_path
from erd_studio.core.model import ErdDocument
from erd_studio.postbox.client import send_records
from erd_studio.postbox.diagnosis import diagnose
from erd_studio.postbox.local import LocalPostbox
from erd_studio.postbox.payloadcheck import fresh_payload
from erd_studio.postbox.profiles import PostboxProfile
from erd_studio.resources import resource

YT = "youtrack-high-severity"


@pytest.fixture(scope="module")
def doc() -> ErdDocument:
    document = load_path(resource("examples", f"{YT}.erd.json")).document
    assert document is not None
    return document


@pytest.fixture(scope="module")
def box(doc: ErdDocument) -> Iterator[LocalPostbox]:
    with LocalPostbox(erds=[doc, resource("examples", "jira-starter.erd.json")], db=":memory:") as postbox:
        yield postbox


def profile(url: str) -> PostboxProfile:
    return PostboxProfile("local", url)


def body(doc: ErdDocument, record_id: str, **attributes: object) -> dict:
    payload = copy.deepcopy(fresh_payload(doc))
    payload["data"][0]["id"] = record_id
    payload["data"][0]["attributes"].update(attributes)
    return payload


def test_an_accepted_test_issue_shows_the_cip_issue_and_a_second_send_is_409(
    box: LocalPostbox, doc: ErdDocument
) -> None:
    p = profile(box.records_url(YT))
    first = diagnose(send_records(p, box.tokens[YT], body(doc, "OPS-1", name="Mail down")), doc)
    assert first.ok and 'created trax.cip-issue OPS-1 — "Mail down"' in str(first.headline)
    assert first.created[0]["attributes"]["title"] == "Mail down" and first.created[0]["attributes"]["source"] == "6"
    again = diagnose(send_records(p, box.tokens[YT], body(doc, "OPS-1")), doc)
    assert "already received a record with this id (409)" in str(again.headline) and "Change the record's id" in str(
        again.next_step
    )
    assert again.problems[0].payload_pointer == "/data/0/id"


def test_a_wrong_token_a_token_of_another_postbox_and_a_wrong_url(box: LocalPostbox, doc: ErdDocument) -> None:
    p = profile(box.records_url(YT))
    bad = diagnose(send_records(p, "not-the-token", body(doc, "OPS-2")), doc)
    assert str(bad.headline) == "The postbox rejected the token (401)." and "Set the profile's token again" in str(
        bad.next_step
    )
    other = diagnose(send_records(p, box.tokens["jira-security-incidents"], body(doc, "OPS-3")), doc)
    assert "not for this postbox (403)" in str(other.headline)
    missing = diagnose(send_records(profile(box.records_url("no-such")), box.tokens[YT], body(doc, "OPS-4")), doc)
    assert str(missing.headline) == "No postbox at this URL (404)." and "Check the create URL" in str(missing.next_step)


def test_422_problems_point_back_into_the_erd(box: LocalPostbox, doc: ErdDocument) -> None:
    outcome = send_records(profile(box.records_url(YT)), box.tokens[YT], body(doc, "OPS-5", contact="not an address"))
    d = diagnose(outcome, doc)
    assert outcome.status == 422 and "does not satisfy the ERD (422)" in str(d.headline)
    contact = next(p for p in d.problems if p.payload_pointer == "/data/0/attributes/contact")
    assert contact.erd_pointer == "/fields/4"  # the field "contact" is the fifth field
    assert "Reporter" in d.text() or "contact" in d.text()


def test_a_body_that_is_not_json_is_415(box: LocalPostbox, doc: ErdDocument) -> None:
    d = diagnose(send_records(profile(box.records_url(YT)), box.tokens[YT], b"{not json"), doc)
    assert "did not accept the body as JSON (415)" in str(d.headline)


def test_too_large_and_too_fast_are_explained(doc: ErdDocument) -> None:
    with LocalPostbox(erds=[doc], db=":memory:", max_body_bytes=2000) as small:
        p = profile(small.records_url(YT))
        large = diagnose(send_records(p, small.tokens[YT], body(doc, "OPS-6", description="x" * 5000)), doc)
    assert "too large for the postbox (413)" in str(large.headline)
    with LocalPostbox(erds=[doc], db=":memory:", rate_limit=0.01) as slow_box:
        p = profile(slow_box.records_url(YT))
        send_records(p, slow_box.tokens[YT], body(doc, "OPS-7"))
        outcome = send_records(p, slow_box.tokens[YT], body(doc, "OPS-8"))
    slow = diagnose(outcome, doc)
    assert outcome.status == 429 and "slow down (429)" in str(slow.headline)
    assert str(slow.next_step) == f"Wait {outcome.headers['Retry-After']} seconds before sending again."
