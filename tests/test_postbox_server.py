"""The local test postbox over real HTTP: the postbox contract of ERD-FORMAT.md, status by status."""

from __future__ import annotations

import json
import socket
import threading
import time
from pathlib import Path

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from erd_studio.postbox.local import LocalPostbox

EXAMPLES = Path(__file__).resolve().parent.parent / "resources" / "examples"
YOUTRACK = EXAMPLES / "youtrack-high-severity.erd.json"
JIRA = EXAMPLES / "jira-starter.erd.json"
YT = "youtrack-high-severity"


@pytest.fixture(scope="module")
def postbox():
    with LocalPostbox([YOUTRACK, JIRA]) as pb:
        yield pb


@pytest.fixture
def url(postbox) -> str:
    return postbox.records_url(YT)


@pytest.fixture
def auth(postbox) -> dict[str, str]:
    return {"Authorization": f"Bearer {postbox.tokens[YT]}", "Accept": "application/json"}


def _record(rid: str, **attributes) -> dict:
    return {"id": rid, "attributes": {"name": f"ticket {rid}", **attributes}}


def _errors(response: requests.Response, status: int) -> list[dict]:
    assert response.status_code == status, response.text
    assert response.headers["Content-Type"] == "application/json"
    errors = response.json()["errors"]
    assert all(e["status"] == str(status) and e["title"] and e["detail"] for e in errors)
    return errors


def _stored_ids(postbox) -> list[str]:
    return [r.id for r in postbox.store.records(YT)]


def test_tts_trax_youtrack_request_becomes_a_cip_issue(postbox, url) -> None:
    """The exact request TTS trax documents for its YouTrack workflow."""
    body = {
        "data": [
            {
                "id": "OPS-4711",
                "attributes": {
                    "name": "Mail server rejects all logins",
                    "description": "Since 09:12 every IMAP login fails.",
                    "source": "6",
                    "classification": "3",
                    "contact": "jane.doe@example.com",
                    "issue_url": "https://yt.example.com/issue/OPS-4711",
                },
            }
        ]
    }
    headers = {
        "Content-Type": "application/json",
        "Accept": "application/json",
        "Authorization": f"Bearer {postbox.tokens[YT]}",
    }
    response = requests.post(url, data=json.dumps(body), headers=headers, timeout=5)
    assert response.status_code == 201, response.text
    created = response.json()["data"]
    assert created == [
        {
            "id": "OPS-4711",
            "type": "trax.cip-issue",
            "attributes": {
                "title": "Mail server rejects all logins",
                "description": "Since 09:12 every IMAP login fails.",
                "source": "6",
                "classification": "3",
                "reporter": "jane.doe@example.com",
                "externalUrl": "https://yt.example.com/issue/OPS-4711",
            },
        }
    ]
    listing = requests.get(url, headers=headers, timeout=5).json()["data"]
    stored = next(r for r in listing if r["id"] == "OPS-4711")
    issue = stored["attributes"]
    assert issue["title"] == "Mail server rejects all logins"
    assert issue["description"] == "Since 09:12 every IMAP login fails."
    assert issue["source"] == "6"  # IT operations
    assert issue["classification"] == "3"  # security incident
    assert issue["reporter"] == "jane.doe@example.com"
    assert issue["externalUrl"] == "https://yt.example.com/issue/OPS-4711"
    assert set(issue) == {"title", "description", "source", "classification", "reporter", "externalUrl"}
    assert stored["type"] == "trax.cip-issue"
    assert stored["meta"]["sent"] == body["data"][0]["attributes"]
    assert stored["meta"]["receivedAt"].endswith("Z")


@pytest.mark.parametrize(
    ("header", "code"),
    [(None, "missing-token"), ("Bearer wrong-token", "invalid-token"), ("Basic dXNlcjpwdw==", "invalid-authorization")],
)
def test_401_without_a_valid_token(postbox, url, header, code) -> None:
    headers = {"Authorization": header} if header else {}
    response = requests.post(url, json={"data": [_record("AUTH-1")]}, headers=headers, timeout=5)
    [error] = _errors(response, 401)
    assert error["code"] == code and error["source"] == {"header": "Authorization"}
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert "AUTH-1" not in _stored_ids(postbox)


def test_403_with_the_token_of_another_postbox(postbox, url) -> None:
    other = postbox.tokens["jira-security-incidents"]
    response = requests.post(url, json={"data": [_record("AUTH-2")]}, headers={"Authorization": f"Bearer {other}"})
    [error] = _errors(response, 403)
    assert error["code"] == "wrong-postbox" and YT in error["detail"]
    assert other not in response.text


def test_404_for_an_unknown_postbox_or_path(postbox, auth) -> None:
    [error] = _errors(requests.post(postbox.records_url("nope"), json={}, headers=auth, timeout=5), 404)
    assert error["code"] == "no-such-postbox" and YT in error["detail"]
    [error] = _errors(requests.get(postbox.base_url + "/records", timeout=5), 404)
    assert error["code"] == "not-found"


def test_index_lists_postboxes_without_tokens(postbox) -> None:
    response = requests.get(postbox.base_url + "/", timeout=5)
    assert response.status_code == 200
    assert {p["id"] for p in response.json()["data"]} == {YT, "jira-security-incidents"}
    assert all(token not in response.text for token in postbox.tokens.values())


def test_405_for_other_methods(url, auth) -> None:
    response = requests.delete(url, headers=auth, timeout=5)
    assert _errors(response, 405)[0]["code"] == "method-not-allowed"
    assert response.headers["Allow"] == "GET, POST"


@pytest.mark.parametrize(
    ("content_type", "data", "code"),
    [
        ("text/plain", b'{"data": []}', "unsupported-media-type"),
        (None, b'{"data": []}', "unsupported-media-type"),
        ("application/json; charset=latin-1", b'{"data": []}', "unsupported-charset"),
        ("application/json", b"name=Mail+down", "invalid-json"),
        ("application/json", b'{"data": [}', "invalid-json"),
        ("application/json", b'{"data": [], "data": []}', "invalid-json"),
        ("application/json", b"\xff\xfe{}", "invalid-json"),
        ("application/json", b"", "invalid-json"),
        ("application/json", b"[" * 5000 + b"]" * 5000, "invalid-json"),
    ],
)
def test_415_not_json(postbox, url, auth, content_type, data, code) -> None:
    headers = dict(auth)
    if content_type:
        headers["Content-Type"] = content_type
    before = postbox.store.count()
    [error] = _errors(requests.post(url, data=data, headers=headers, timeout=5), 415)
    assert error["code"] == code
    assert postbox.store.count() == before


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ([_record("X")], [("", "not-an-object")]),
        ("just text", [("", "not-an-object")]),
        ({"records": []}, [("/records", "unknown-member"), ("", "missing-data")]),
        ({"data": []}, [("/data", "data-empty")]),
        ({"data": {"id": "X"}}, [("/data", "data-not-an-array")]),
        ({"data": [_record("U-1", unknown=1)]}, [("/data/0/attributes/unknown", "unknown-attribute")]),
        ({"data": [{"id": "T-1", "attributes": {"name": 42}}]}, [("/data/0/attributes/name", "wrong-type")]),
        ({"data": [_record("T-2", contact="nobody")]}, [("/data/0/attributes/contact", "wrong-type")]),
        ({"data": [_record("T-3", source="9")]}, [("/data/0/attributes/source", "enum-value")]),
        ({"data": [{"id": "T-4", "attributes": {}}]}, [("/data/0/attributes/name", "missing-required")]),
        ({"data": [{"id": "", "attributes": {"name": "x"}}]}, [("/data/0/id", "invalid-id")]),
        (
            {"data": [_record("D-1"), _record("D-2"), _record("D-1")]},
            [("/data/2/id", "duplicate-id")],
        ),
    ],
)
def test_422_record_does_not_satisfy_the_erd(postbox, url, auth, body, expected) -> None:
    before = postbox.store.count()
    errors = _errors(requests.post(url, json=body, headers=auth, timeout=5), 422)
    assert [(e["source"]["pointer"], e["code"]) for e in errors] == expected
    assert postbox.store.count() == before  # all or nothing: D-1 and D-2 were not stored either


def test_413_for_10000_records_and_for_a_body_above_the_limit(postbox, url, auth) -> None:
    before = postbox.store.count()
    many = {"data": [{"id": f"M-{i}", "attributes": {"name": "x"}} for i in range(10_000)]}
    [error] = _errors(requests.post(url, json=many, headers=auth, timeout=10), 413)
    assert error["code"] == "too-many-records" and error["source"]["pointer"] == "/data"
    big = {"data": [_record("BIG-1", description="x" * (1024 * 1024))]}
    [error] = _errors(requests.post(url, json=big, headers=auth, timeout=10), 413)
    assert error["code"] == "body-too-large" and "1048576" in error["detail"]
    assert postbox.store.count() == before


def test_409_when_an_id_was_already_received(postbox, url, auth) -> None:
    assert requests.post(url, json={"data": [_record("DUP-1")]}, headers=auth, timeout=5).status_code == 201
    response = requests.post(url, json={"data": [_record("DUP-2"), _record("DUP-1")]}, headers=auth, timeout=5)
    [error] = _errors(response, 409)
    assert error["code"] == "already-received" and error["source"] == {"pointer": "/data/1/id"}
    ids = _stored_ids(postbox)
    assert ids.count("DUP-1") == 1 and "DUP-2" not in ids  # the request was refused as a whole


def test_many_records_in_one_request_and_chunked_upload(postbox, url, auth) -> None:
    body = {"data": [_record(f"MANY-{i}") for i in range(1000)]}
    response = requests.post(url, json=body, headers=auth, timeout=10)
    assert response.status_code == 201 and len(response.json()["data"]) == 1000
    chunks = iter([b'{"data": [', json.dumps(_record("CHUNK-1")).encode(), b"]}"])
    headers = {**auth, "Content-Type": "application/json"}
    response = requests.post(url, data=chunks, headers=headers, timeout=5)  # Transfer-Encoding: chunked
    assert response.status_code == 201, response.text
    assert "CHUNK-1" in _stored_ids(postbox)


def test_concurrent_posts_of_one_id_store_it_once(postbox, url, auth) -> None:
    statuses: list[int] = []
    barrier = threading.Barrier(12)

    def post() -> None:
        barrier.wait()
        statuses.append(requests.post(url, json={"data": [_record("RACE-1")]}, headers=auth, timeout=10).status_code)

    threads = [threading.Thread(target=post) for _ in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(statuses) == [201] + [409] * 11
    assert _stored_ids(postbox).count("RACE-1") == 1


def test_a_slow_client_blocks_nobody(postbox, url, auth) -> None:
    body = json.dumps({"data": [_record("SLOW-1")]}).encode()
    head = (
        f"POST /postboxes/{YT}/records HTTP/1.1\r\nHost: {postbox.host}\r\n"
        f"Authorization: {auth['Authorization']}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    ).encode()
    with socket.create_connection((postbox.host, postbox.port), timeout=10) as slow:
        slow.sendall(head + body[:10])
        started = time.monotonic()
        # more requests than the server has worker threads, while the slow body is still incomplete
        for i in range(20):
            fast = requests.post(url, json={"data": [_record(f"FAST-{i}")]}, headers=auth, timeout=5)
            assert fast.status_code == 201
        assert time.monotonic() - started < 3
        for byte in body[10:]:
            slow.sendall(bytes([byte]))
        answer = b""
        while chunk := slow.recv(65536):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 201"), answer[:200]
    assert "SLOW-1" in _stored_ids(postbox)


def test_tokens_never_reach_the_log_or_an_error(postbox, url, caplog) -> None:
    caplog.set_level("DEBUG")
    for token in postbox.tokens.values():
        requests.post(url, json={"data": [_record("LOG-1")]}, headers={"Authorization": f"Bearer {token}"}, timeout=5)
        requests.get(url, headers={"Authorization": f"Bearer {token}x"}, timeout=5)
    assert '"POST /postboxes/youtrack-high-severity/records" 201' in caplog.text
    assert all(token not in caplog.text for token in postbox.tokens.values())


def test_listing_needs_the_token_of_its_postbox(postbox, url) -> None:
    assert _errors(requests.get(url, timeout=5), 401)[0]["code"] == "missing-token"
    other = postbox.tokens["jira-security-incidents"]
    assert _errors(requests.get(url, headers={"Authorization": f"Bearer {other}"}, timeout=5), 403)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=12,
)
FIELD_KEYS = st.sampled_from(["name", "description", "source", "classification", "contact", "issue_url", "other"])
RECORDS = st.fixed_dictionaries(
    {"id": st.one_of(st.text(min_size=1, max_size=8), JSON_VALUES)},
    optional={"attributes": st.dictionaries(FIELD_KEYS, st.one_of(st.sampled_from(["6", "x@y.org"]), JSON_VALUES))},
)
BODIES = st.one_of(JSON_VALUES, st.fixed_dictionaries({"data": st.lists(st.one_of(RECORDS, JSON_VALUES), max_size=4)}))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=BODIES)
def test_any_json_body_gets_a_documented_answer_and_the_store_stays_consistent(postbox, url, auth, body) -> None:
    before = postbox.store.count(YT)
    headers = {**auth, "Content-Type": "application/json"}
    response = requests.post(url, data=json.dumps(body), headers=headers, timeout=5)
    assert response.status_code in (201, 409, 413, 422), response.text
    assert response.headers["Content-Type"] == "application/json"
    if response.status_code == 201:
        created = response.json()["data"]
        assert [r["id"] for r in created] == [r["id"] for r in body["data"]]
        assert postbox.store.count(YT) == before + len(created)
    else:
        errors = response.json()["errors"]
        assert errors and all(e["status"] == str(response.status_code) and "pointer" in e["source"] for e in errors)
        assert postbox.store.count(YT) == before
