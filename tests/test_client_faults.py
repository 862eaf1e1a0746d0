"""The client against a real local HTTP server, for faults the postbox never makes."""

from __future__ import annotations

import json
import socket
import ssl
from pathlib import Path

import pytest
import requests
import trustme
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from erd_studio.postbox.client import send_records
from erd_studio.postbox.diagnosis import diagnose
from erd_studio.postbox.profiles import PostboxProfile

TOKEN = "tok-faults-4b1d9e"
BODY = {"data": [{"id": "T-1", "attributes": {"name": "Mail down"}}]}
CREATED = {"data": [{"id": "CIP-7", "type": "cip-issue", "attributes": {"title": "Mail down"}}]}


def profile_for(url: str, **kw: object) -> PostboxProfile:
    return PostboxProfile("test", url, **kw)  # type: ignore[arg-type]


def test_the_contract_headers_and_the_token_arrive_and_201_shows_the_created_entity(httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request(
        "/records",
        method="POST",
        headers={"Authorization": f"Bearer {TOKEN}", "Accept": "application/json", "Content-Type": "application/json"},
        json=BODY,
    ).respond_with_json(CREATED, status=201)
    outcome = send_records(profile_for(httpserver.url_for("/records")), TOKEN, BODY)
    httpserver.check_assertions()
    assert outcome.status == 201 and outcome.elapsed > 0
    assert outcome.request_headers["Authorization"] == "Bearer ********"
    d = diagnose(outcome)
    assert d.ok and 'created cip-issue CIP-7 — "Mail down"' in str(d.headline)
    assert TOKEN not in json.dumps(outcome.to_json())


def test_a_netrc_entry_for_the_host_cannot_replace_the_token(
    httpserver: HTTPServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("NETRC", raising=False)
    netrc = tmp_path / ".netrc"
    netrc.write_text("machine localhost\nlogin intruder\npassword hunter2\n")
    netrc.chmod(0o600)
    seen: list[str] = []

    def handler(request: Request) -> Response:
        seen.append(request.headers.get("Authorization", ""))
        return Response(json.dumps(CREATED), 201, content_type="application/json")

    httpserver.expect_request("/records").respond_with_handler(handler)
    requests.post(httpserver.url_for("/records"), json=BODY, timeout=5)  # what requests does on its own
    send_records(profile_for(httpserver.url_for("/records")), TOKEN, BODY)
    assert seen[0].startswith("Basic ")  # the .netrc entry is real and requests would use it
    assert seen[1] == f"Bearer {TOKEN}"


def test_a_redirect_to_another_host_is_reported_not_followed(httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/records", method="POST").respond_with_data(
        "", status=302, headers={"Location": "https://elsewhere.example.net/login"}
    )
    outcome = send_records(profile_for(httpserver.url_for("/records")), TOKEN, BODY)
    assert len(httpserver.log) == 1 and outcome.status == 302
    d = diagnose(outcome)
    assert not d.ok and "redirected the request (302) to https://elsewhere.example.net/login" in str(d.headline)
    assert "did not follow" in str(d.headline) and "empty GET" in str(d.next_step)


def test_an_html_error_page_is_recognised(httpserver: HTTPServer) -> None:
    page = "<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>"
    httpserver.expect_request("/records").respond_with_data(page, status=502, content_type="text/html")
    outcome = send_records(profile_for(httpserver.url_for("/records")), TOKEN, BODY)
    d = diagnose(outcome)
    assert "is not JSON but an HTML page" in str(d.headline) and "502" in str(d.headline)
    assert outcome.body == page


def test_a_slow_postbox_times_out_and_the_user_is_warned_it_may_have_created_the_issue(
    slow_server: HTTPServer,
) -> None:
    outcome = send_records(profile_for(slow_server.url_for("/records"), timeout=1), TOKEN, BODY)
    assert outcome.kind == "timeout_read" and 0.9 < outcome.elapsed < 3
    d = diagnose(outcome)
    assert "gave no answer in time" in str(d.headline) and "may still have been created" in str(d.next_step)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_connection_refused_unknown_host_and_proxy_errors_say_what_to_check() -> None:
    port = _free_port()
    refused = diagnose(send_records(profile_for(f"http://127.0.0.1:{port}/records"), TOKEN, BODY))
    assert f"refused the connection on port {port}" in str(refused.headline) and "service is running" in str(
        refused.next_step
    )
    unknown = diagnose(send_records(profile_for("https://no-such-postbox.invalid/records"), TOKEN, BODY))
    assert "Unknown host: the name no-such-postbox.invalid could not be resolved" in str(unknown.headline)
    proxied = profile_for(
        "https://trax.example.com/records", proxy_mode="explicit", proxy_url=f"http://127.0.0.1:{port}"
    )
    proxy = diagnose(send_records(proxied, TOKEN, BODY))
    assert str(proxy.headline).startswith("The proxy did not pass the request on") and "proxy" in str(proxy.next_step)


def test_plain_http_to_a_remote_host_is_not_sent_without_opt_in() -> None:
    outcome = send_records(profile_for("http://trax.example.com/records"), TOKEN, BODY)
    assert outcome.kind == "not_sent" and outcome.status is None
    assert "Plain http would send the token unencrypted" in str(diagnose(outcome).headline)


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


def _tls_server(cert_pem: bytes, key_pem: bytes) -> HTTPServer:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    with trustme.Blob(cert_pem).tempfile() as c, trustme.Blob(key_pem).tempfile() as k:
        context.load_cert_chain(c, k)
    server = HTTPServer(host="127.0.0.1", ssl_context=context)
    server.expect_request("/records").respond_with_json(CREATED, status=201)
    server.start()
    return server


def test_tls_self_signed_is_refused_with_the_host_and_the_reason(ca: trustme.CA) -> None:
    server = _tls_server(ca.cert_pem.bytes(), ca.private_key_pem.bytes())
    try:
        d = diagnose(send_records(profile_for(server.url_for("/records")), TOKEN, BODY))
    finally:
        server.stop()
    assert "certificate was not accepted (127.0.0.1: self-signed certificate)" in str(d.headline)
    assert "CA bundle" in str(d.next_step)


def test_tls_with_a_custom_ca_works_once_the_profile_names_the_bundle(ca: trustme.CA, tmp_path: Path) -> None:
    leaf = ca.issue_cert("127.0.0.1")
    server = _tls_server(leaf.cert_chain_pems[0].bytes(), leaf.private_key_pem.bytes())
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    try:
        without = diagnose(send_records(profile_for(server.url_for("/records")), TOKEN, BODY))
        with_ca = diagnose(send_records(profile_for(server.url_for("/records"), ca_bundle=str(bundle)), TOKEN, BODY))
    finally:
        server.stop()
    assert "unable to get local issuer certificate" in str(without.headline)
    assert with_ca.ok and "CIP-7" in str(with_ca.headline)


def test_tls_for_another_host_name_is_a_hostname_mismatch(ca: trustme.CA, tmp_path: Path) -> None:
    leaf = ca.issue_cert("postbox.example.org")
    server = _tls_server(leaf.cert_chain_pems[0].bytes(), leaf.private_key_pem.bytes())
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    try:
        d = diagnose(send_records(profile_for(server.url_for("/records"), ca_bundle=str(bundle)), TOKEN, BODY))
    finally:
        server.stop()
    assert "(127.0.0.1: IP address mismatch, certificate is not valid for '127.0.0.1')" in str(d.headline)


def test_an_explicit_proxy_carries_the_request(httpserver: HTTPServer) -> None:
    # pytest-httpserver answers as the proxy: it receives the absolute-form request for the postbox.
    httpserver.expect_oneshot_request(
        "/records", method="POST", headers={"Host": "trax.example.com"}
    ).respond_with_json(CREATED, status=201)
    p = profile_for(
        "http://trax.example.com/records", allow_http=True, proxy_mode="explicit", proxy_url=httpserver.url_for("/")
    )
    assert diagnose(send_records(p, TOKEN, BODY)).ok
    httpserver.check_assertions()


def test_environment_proxies_are_used_but_never_for_loopback(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = _free_port()
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{port}")
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{port}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    remote = diagnose(send_records(profile_for("https://trax.example.com/records"), TOKEN, BODY))
    assert str(remote.headline).startswith("The proxy did not pass the request on")
    httpserver.expect_oneshot_request("/records").respond_with_json(CREATED, status=201)
    assert diagnose(send_records(profile_for(httpserver.url_for("/records")), TOKEN, BODY)).ok


def test_verification_off_reaches_a_self_signed_postbox_and_is_warned_about(ca: trustme.CA) -> None:
    server = _tls_server(ca.cert_pem.bytes(), ca.private_key_pem.bytes())
    p = profile_for(server.url_for("/records"), verify_tls=False)
    try:
        with pytest.warns(Warning, match="Unverified HTTPS request"):
            outcome = send_records(p, TOKEN, BODY)
    finally:
        server.stop()
    assert diagnose(outcome).ok and any("TLS verification is off" in w for w in map(str, p.warnings()))


def test_a_server_error_is_not_blamed_on_the_erd(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/records").respond_with_json(
        {"errors": [{"status": "503", "title": "Maintenance", "detail": "back at 14:00"}]}, status=503
    )
    d = diagnose(send_records(profile_for(httpserver.url_for("/records")), TOKEN, BODY))
    assert str(d.headline) == "The postbox failed with a server error (503)."
    assert "not caused by your ERD" in str(d.next_step) and d.problems[0].message == "back at 14:00"
    assert len(httpserver.log) == 1  # tried once: no automatic retry of the POST
