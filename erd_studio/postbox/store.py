"""SQLite store of the records a local test postbox received.

One connection, guarded by a lock: SQLite serialises writers anyway, and one
connection is the only way an in-memory database (``:memory:``, for tests) is shared by
the server's worker threads. A request's records go in one transaction, so a request
is stored completely or not at all; a record id already received for the same postbox
refuses the whole request (the server answers 409). The file database runs in WAL mode
with ``synchronous=NORMAL``: a committed record survives Ctrl+C, a kill or a crash of
the process (not necessarily a power cut, which a test postbox need not survive).
"""

from __future__ import annotations

import datetime as _dt
import json
import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    seq         INTEGER PRIMARY KEY,
    postbox     TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    received_at TEXT NOT NULL,
    attributes  TEXT NOT NULL,
    entity      TEXT NOT NULL,
    UNIQUE (postbox, record_id)
)
"""


class StoreError(RuntimeError):
    """The database cannot be opened or written; the message says what to do."""


class DuplicateRecords(Exception):
    """Record ids that this postbox has already received; nothing of the request was stored."""

    def __init__(self, ids: list[str]) -> None:
        super().__init__(f"{len(ids)} record id(s) already received")
        self.ids = ids


@dataclass(frozen=True)
class StoredRecord:
    """One received record: what was sent and the target entity it became."""

    id: str
    attributes: dict[str, Any]
    entity: dict[str, Any]
    received_at: str = ""


def default_db_path() -> Path:
    """Where ``postbox serve`` keeps its records unless told otherwise (user data dir)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("erd-studio", appauthor=False)) / "postbox.sqlite3"


class RecordStore:
    """Thread-safe, all-or-nothing store of received records."""

    def __init__(self, path: str | Path = ":memory:") -> None:
        self.path = str(path)
        self._lock = threading.Lock()
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            self._setup()
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(
                f"cannot use the postbox database {self.path}: {exc}; choose another file with --db"
            ) from exc

    def _setup(self) -> None:
        conn = self._conn
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise sqlite3.DatabaseError(f"it was written by a newer erd-studio (format {version})")
        if self.path != ":memory:":
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA busy_timeout=5000")
        conn.execute(_SCHEMA)
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def add(self, postbox: str, records: Sequence[StoredRecord]) -> list[StoredRecord]:
        """Store all records or none; raises DuplicateRecords when an id was received before."""
        now = _dt.datetime.now(_dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        rows = [
            (postbox, r.id, now, json.dumps(r.attributes, ensure_ascii=False), json.dumps(r.entity, ensure_ascii=False))
            for r in records
        ]
        with self._lock:
            conn = self._conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                taken = self._taken(postbox, [r.id for r in records])
                if taken:
                    raise DuplicateRecords(taken)
                conn.executemany(
                    "INSERT INTO records (postbox, record_id, received_at, attributes, entity) VALUES (?, ?, ?, ?, ?)",
                    rows,
                )
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        return [StoredRecord(r.id, r.attributes, r.entity, now) for r in records]

    def _taken(self, postbox: str, ids: list[str]) -> list[str]:
        taken: list[str] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT record_id FROM records WHERE postbox = ? AND record_id IN ({marks})"
            taken.extend(row[0] for row in self._conn.execute(sql, (postbox, *chunk)))
        return taken

    def records(self, postbox: str) -> list[StoredRecord]:
        """Every record this postbox received, oldest first."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT record_id, attributes, entity, received_at FROM records WHERE postbox = ? ORDER BY seq",
                (postbox,),
            ).fetchall()
        return [StoredRecord(rid, json.loads(a), json.loads(e), at) for rid, a, e, at in rows]

    def count(self, postbox: str | None = None) -> int:
        with self._lock:
            if postbox is None:
                return int(self._conn.execute("SELECT COUNT(*) FROM records").fetchone()[0])
            sql = "SELECT COUNT(*) FROM records WHERE postbox = ?"
            return int(self._conn.execute(sql, (postbox,)).fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._conn.close()
