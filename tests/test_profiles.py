"""Postbox profiles: stored as JSON without secrets, URL checks that say what to do."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from erd_studio.core.messages import Msg
from erd_studio.core.model import ErdDocument
from erd_studio.postbox.diagnosis import erd_pointer
from erd_studio.postbox.profiles import PostboxProfile, ProfileStore, ProfileStoreError, is_loopback, url_problems


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ProfileStore:
    monkeypatch.setenv("ERD_STUDIO_CONFIG_DIR", str(tmp_path / "cfg"))
    return ProfileStore()


def test_profiles_round_trip_through_the_config_dir_with_a_stable_id(store: ProfileStore, tmp_path: Path) -> None:
    p = PostboxProfile("trax prod", "https://trax.example.com/api/postbox/x/records", timeout=12)
    store.put(p)
    assert store.path == tmp_path / "cfg" / "postbox-profiles.json"
    again = store.find("trax prod")
    assert again == p and len(again.id) == 32
    renamed = PostboxProfile(**{**p.to_json(), "name": "trax"})
    store.put(renamed)
    assert [x.name for x in store.load()] == ["trax"] and store.find(p.id).name == "trax"
    data = json.loads(store.path.read_text())
    assert set(data["profiles"][0]) >= {"id", "name", "url", "timeout", "verify_tls", "ca_bundle", "proxy_mode"}
    assert "token" not in data["profiles"][0]


def test_names_are_unique_and_unknown_names_list_the_known_ones(store: ProfileStore) -> None:
    store.put(PostboxProfile("a", "https://a.example.com/r"))
    with pytest.raises(ProfileStoreError, match='named "a" already exists'):
        store.put(PostboxProfile("a", "https://b.example.com/r"))
    with pytest.raises(ProfileStoreError, match=r'no postbox profile "zzz" .*"a"'):
        store.find("zzz")
    store.remove(store.find("a").id)
    assert store.load() == []


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("", "Enter the postbox's create URL"),
        ("trax.example.com/api", "has no scheme; start it with https://"),
        ("https://bob:secret@trax.example.com/api", "contains a user name or password"),
        ("ftp://trax.example.com/api", "must start with https://"),
        ("http://trax.example.com/api", "Plain http would send the token unencrypted"),
        ("https:///api", "no host name"),
        ("https://trax.example.com:port/api", "not well formed"),
    ],
)
def test_bad_urls_get_a_specific_message(url: str, message: str) -> None:
    problems = [str(m) for m in url_problems(url)]
    assert len(problems) == 1 and message in problems[0]
    assert "secret" not in problems[0]


def test_plain_http_is_fine_to_loopback_and_elsewhere_only_after_opt_in() -> None:
    assert url_problems("http://127.0.0.1:8080/r") == []
    assert url_problems("http://[::1]:8080/r") == []
    assert url_problems("http://localhost/r") == []
    assert url_problems("http://trax.intra/r", allow_http=True) == []
    assert is_loopback("127.5.0.1") and not is_loopback("10.0.0.1") and not is_loopback("localhost.evil.com")
    warned = PostboxProfile("x", "http://trax.intra/r", allow_http=True).warnings()
    assert any("unencrypted" in str(w) for w in warned)


def test_verification_off_warns_and_missing_ca_bundle_is_a_problem(tmp_path: Path) -> None:
    p = PostboxProfile("x", "https://trax.example.com/r", verify_tls=False, ca_bundle=str(tmp_path / "nope.pem"))
    assert any("TLS verification is off" in str(w) for w in p.warnings())
    assert any("CA bundle" in str(m) and "does not exist" in str(m) for m in p.problems())
    explicit = PostboxProfile("x", "https://t.example.com/r", proxy_mode="explicit", proxy_url="proxy:3128")
    assert any("proxy URL" in str(m) and "no scheme" in str(m) for m in explicit.problems())


def test_a_damaged_profiles_file_is_reported_and_left_alone(store: ProfileStore) -> None:
    store.path.parent.mkdir(parents=True)
    store.path.write_text("{not json")
    with pytest.raises(ProfileStoreError, match="damaged and was left as it is"):
        store.load()
    with pytest.raises(ProfileStoreError):
        store.put(PostboxProfile("a", "https://a.example.com/r"))
    assert store.path.read_text() == "{not json"


@settings(max_examples=300, deadline=None)
@given(st.text(), st.booleans())
@example("https://[::1", False)
@example("http://[::1]:80/r", False)
def test_url_checks_never_raise_and_accepted_urls_are_http_without_credentials(url: str, allow_http: bool) -> None:
    problems = url_problems(url, allow_http)
    assert all(isinstance(p, Msg) and str(p) for p in problems)
    if not problems:
        parts = urlsplit(url.strip())
        assert parts.scheme in ("http", "https") and parts.hostname and parts.username is None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="/~01data attributes idx", max_size=40))
def test_mapping_a_postbox_pointer_back_into_the_erd_never_raises(pointer: str) -> None:
    doc = ErdDocument.from_json({"fields": [{"key": "name"}], "mappings": [{"target": "title", "source": "name"}]})
    assert erd_pointer(pointer, doc) in (None, "/fields/0", "/mappings/0") or erd_pointer(pointer, doc) == pointer


@settings(max_examples=200, deadline=None)
@given(st.text())
@example("http://[::1")
@example("http://proxy:port")
@example("http://u:p@proxy:3128")
def test_proxy_checks_never_raise(proxy: str) -> None:
    p = PostboxProfile("x", "https://t.example.com/r", proxy_mode="explicit", proxy_url=proxy)
    assert all(isinstance(m, Msg) and str(m) for m in p.problems())
