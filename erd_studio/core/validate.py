"""The load pipeline: text → parsed JSON → schema check → model → rules → positions.

Shared by the CLI, the editor (on every idle pause while typing) and the tests. The
stages follow one another so that a later stage only sees what an earlier one let
through, and every problem ends up as a Diagnostic with a line and column.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from . import rules
from .diagnostics import Diagnostic, error_count, make, sort_key
from .jsonload import MAX_BYTES, ParseResult, parse_bytes, parse_text, too_deep
from .messages import MsgError, msg
from .model import ErdDocument
from .positions import PositionIndex
from .profiles import ProfileRegistry, default_registry
from .schema_check import schema_diagnostics


@dataclass
class LoadResult:
    """Everything the views need about one version of the text."""

    text: str
    data: object = None
    document: ErdDocument | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def parsed(self) -> bool:
        return self.data is not None

    @property
    def errors(self) -> int:
        return error_count(self.diagnostics)

    @property
    def warnings(self) -> int:
        return len(self.diagnostics) - self.errors

    # The newest position index of an earlier version, to re-parse from incrementally.
    # Only an index is kept, never the earlier result, so versions don't pile up.
    prior_index: PositionIndex | None = field(default=None, repr=False, compare=False)

    @cached_property
    def positions(self) -> PositionIndex:
        """Pointer ↔ position index, built on first use (incrementally when it can be)."""
        index = PositionIndex(self.text, self.prior_index)
        self.prior_index = None
        return index

    def newest_index(self) -> PositionIndex | None:
        return self.__dict__.get("positions") or self.prior_index


def validate_text(text: str, registry: ProfileRegistry | None = None, previous: LoadResult | None = None) -> LoadResult:
    """Validate one version of the text; pass the result for the previous version when
    re-validating while the user types, so positions are re-parsed incrementally."""
    return _finish(parse_text(text), registry, previous)


def load_bytes(raw: bytes, registry: ProfileRegistry | None = None) -> LoadResult:
    return _finish(parse_bytes(raw), registry)


class FileError(MsgError, OSError):
    """A path that cannot be read as a file; the message is meant for people."""


def read_file_bytes(path: str | Path) -> bytes:
    path = Path(path)
    try:
        if path.is_dir():
            raise FileError(msg("{path} is a folder, not an ERD file", path=path))
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise FileError(
                msg(
                    "{path} is too large to be an ERD ({size} MB; the limit is 64 MB)",
                    path=path,
                    size=f"{size / 1048576:.0f}",
                )
            )
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise FileError(msg("{path} does not exist", path=path)) from exc
    except PermissionError as exc:
        raise FileError(msg("{path} cannot be read: permission denied", path=path)) from exc
    except FileError:
        raise
    except OSError as exc:
        raise FileError(msg("{path} cannot be read: {reason}", path=path, reason=exc.strerror or str(exc))) from exc


def load_path(path: str | Path, registry: ProfileRegistry | None = None) -> LoadResult:
    """Load a file; raises FileError for paths that are not readable files."""
    return load_bytes(read_file_bytes(path), registry)


def _finish(parsed: ParseResult, registry: ProfileRegistry | None, previous: LoadResult | None = None) -> LoadResult:
    prior = previous.newest_index() if previous is not None else None
    result = LoadResult(parsed.text, parsed.data, None, list(parsed.diagnostics), prior)
    if not parsed.ok:
        return result
    try:
        _check(result, registry or default_registry())
    except RecursionError:
        return LoadResult(parsed.text, None, None, [too_deep(parsed.text)])
    return result


def _check(result: LoadResult, registry: ProfileRegistry) -> None:
    data = result.data
    if not isinstance(data, dict):
        text = msg("an ERD must be a JSON object {{…}}, not a single value or list")
        result.diagnostics.append(make("E002", text))
        result.data = None
        _place(result)
        return
    diags = schema_diagnostics(data)
    result.document = ErdDocument.from_json(data)
    diags.extend(rules.check(result.document, registry))
    result.diagnostics.extend(diags)
    _place(result)


def _place(result: LoadResult) -> None:
    if not result.diagnostics:
        return
    index = result.positions
    placed = []
    for d in result.diagnostics:
        span = index.locate(d.pointer, key=d.at_key)
        placed.append(d.at(span.line, span.column, span.end_line, span.end_column))
    result.diagnostics = sorted(placed, key=sort_key)
