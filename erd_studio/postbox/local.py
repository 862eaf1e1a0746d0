"""Start and stop the local test postbox: in-process for tests and demo mode, or in the foreground.

``LocalPostbox`` loads the ERDs (refusing any with errors: a postbox that maps wrongly
would only mislead), opens the store, and serves the WSGI app (server.py) with
waitress: a threaded server whose I/O thread buffers each request completely before a
worker sees it, so a client that sends its body slowly ties up no worker and blocks
nobody. ``start()`` serves on a background thread (port 0 picks a free port) and
``stop()`` lets the requests in progress finish before it closes the store.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import sqlite3
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from waitress.server import create_server

from ..core import FileError, ProfileRegistry, load_path, to_text, validate_text
from ..core.model import ErdDocument
from .access import new_token
from .server import MAX_BODY_BYTES, MAX_RECORDS, Postbox, PostboxApp
from .store import RecordStore

log = logging.getLogger("erd_studio.postbox")
HTTP_LAYER_LIMIT_FACTOR = 16  # waitress itself refuses (plain-text 413) bodies above 16× the app's limit


class ServeError(Exception):
    """The postbox cannot start; the message says what to change."""


def _load_one(item: str | Path | ErdDocument, registry: ProfileRegistry) -> tuple[ErdDocument, str]:
    if isinstance(item, ErdDocument):
        name = f'the ERD "{item.id}"'
        result = validate_text(to_text(item), registry)
    else:
        name = str(item)
        try:
            result = load_path(item, registry)
        except FileError as exc:
            raise ServeError(str(exc)) from exc
    errors = [d for d in result.diagnostics if d.is_error]
    if result.document is None or errors:
        first = errors[0] if errors else result.diagnostics[0]
        raise ServeError(
            f"{name} has {len(errors) or 1} error(s), so it cannot be served "
            f"(first, at line {first.line}: {first.message}); check it with erd-studio validate"
        )
    return result.document, name


def load_postboxes(
    erds: Iterable[str | Path | ErdDocument],
    registry: ProfileRegistry | None = None,
    tokens: Mapping[str, str] | None = None,
) -> list[Postbox]:
    """One Postbox per ERD; tokens not given are generated."""
    registry = registry or ProfileRegistry()
    tokens = tokens or {}
    postboxes: dict[str, Postbox] = {}
    for item in erds:
        doc, name = _load_one(item, registry)
        if doc.id in postboxes:
            raise ServeError(f'{name}: the ERD id "{doc.id}" is served twice; every postbox needs its own id')
        profile = registry.get(doc.target)
        assert profile is not None  # E109 would have refused the ERD
        postboxes[doc.id] = Postbox(doc, profile, tokens.get(doc.id) or new_token())
    if not postboxes:
        raise ServeError("no ERD to serve; name at least one with --erd FILE")
    return list(postboxes.values())


def resolve_host(host: str, allow_remote: bool) -> str:
    """The one address to bind; any non-loopback address needs ``allow_remote``."""
    try:
        address = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)[0][4][0]
    except (socket.gaierror, UnicodeError) as exc:
        raise ServeError(f'the host "{host}" cannot be resolved to an address') from exc
    if not ipaddress.ip_address(address.split("%")[0]).is_loopback and not allow_remote:
        raise ServeError(
            f"{host} is reachable from other machines; the test postbox binds only loopback addresses "
            "unless you add --allow-remote"
        )
    return address


class LocalPostbox:
    """The local test postbox with its store, as an object to start and stop."""

    def __init__(
        self,
        erds: Iterable[str | Path | ErdDocument],
        host: str = "127.0.0.1",
        port: int = 0,
        db: str | Path = ":memory:",
        tokens: Mapping[str, str] | None = None,
        registry: ProfileRegistry | None = None,
        *,
        allow_remote: bool = False,
        threads: int = 8,
        rate_limit: float | None = None,
        max_body_bytes: int = MAX_BODY_BYTES,
        max_records: int = MAX_RECORDS,
        channel_timeout: int = 60,
    ) -> None:
        self.postboxes = load_postboxes(erds, registry, tokens)
        self.tokens = {p.id: p.token for p in self.postboxes}
        self.host = resolve_host(host, allow_remote)
        self.is_loopback = ipaddress.ip_address(self.host.split("%")[0]).is_loopback
        self._port, self._db, self._threads, self._channel_timeout = port, db, threads, channel_timeout
        self._limits: dict[str, Any] = {
            "rate_limit": rate_limit,
            "max_body_bytes": max_body_bytes,
            "max_records": max_records,
        }
        self.store: RecordStore | None = None
        self.stored_at_stop = 0
        self._server: Any = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the postbox is not running; call start() first")
        return int(self._server.effective_port)

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def records_url(self, erd_id: str) -> str:
        return f"{self.base_url}/postboxes/{erd_id}/records"

    def _open(self) -> None:
        self.store = RecordStore(self._db)
        app = PostboxApp(self.postboxes, self.store, **self._limits)
        try:
            self._server = create_server(
                app,
                host=self.host,
                port=self._port,
                threads=self._threads,
                ident="erd-studio test postbox",
                max_request_body_size=self._limits["max_body_bytes"] * HTTP_LAYER_LIMIT_FACTOR,
                channel_timeout=self._channel_timeout,
                clear_untrusted_proxy_headers=True,
            )
        except OSError as exc:
            self.store.close()
            self.store = None
            raise ServeError(f"cannot listen on {self.host} port {self._port}: {exc.strerror or exc}") from exc

    def start(self) -> LocalPostbox:
        """Serve on a background thread; returns at once, ready for requests."""
        self._open()
        self._thread = threading.Thread(target=self._server.run, name="erd-studio-postbox", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving: close connections, let running requests finish, close the store."""
        server, thread = self._server, self._thread
        if server is None:
            return
        if thread is not None and thread.is_alive():
            from waitress import wasyncore

            try:
                server.trigger.pull_trigger(lambda: wasyncore.close_all(server._map))
            except OSError:  # the wake-up pipe was closed under us: close from here, the loop sees an empty map
                log.warning("the test postbox's wake-up pipe was already closed; stopping it directly")
                wasyncore.close_all(server._map)
            thread.join(10)
        self._close_all()

    def _close_all(self) -> None:
        from waitress import wasyncore

        server = self._server
        if server is not None:
            server.task_dispatcher.shutdown(cancel_pending=False, timeout=10)
            wasyncore.close_all(server._map)
        if self.store is not None:
            try:
                self.stored_at_stop = self.store.count()
            except sqlite3.Error:
                log.warning("the postbox database could not be read while stopping")
            self.store.close()
        self._server, self._thread, self.store = None, None, None

    def __enter__(self) -> LocalPostbox:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
