"""Translatable message texts for the core, without Qt.

A ``Msg`` is an English template plus its parameters. The core renders it in English
(CLI, logs, JSON output); the GUI renders the same ``Msg`` through Qt's translator, so
the problems panel speaks the user's language while codes and pointers stay the same.
Parameters may themselves be ``Msg`` (a value problem inside a diagnostic), and are
translated too. Templates use ``str.format`` fields; literal braces are doubled.

``scripts/update-translations`` finds every ``msg("…")`` template in the core and the
postbox layer by reading the source and hands them to pyside6-lupdate (context
"Diagnostics"). Errors meant for people derive from ``MsgError``: ``str(error)`` is
English (CLI, logs), ``error.text`` is the same sentence, translatable.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

CONTEXT = "Diagnostics"


def identity(text: str) -> str:
    return text


@dataclass(frozen=True, slots=True)
class Msg:
    template: str
    params: tuple[tuple[str, Any], ...] = ()

    def render(self, translate: Callable[[str], str] = identity) -> str:
        values = {k: v.render(translate) if isinstance(v, Msg) else v for k, v in self.params}
        try:
            return translate(self.template).format(**values)
        except (KeyError, IndexError, ValueError):  # a broken translation: fall back to English
            return self.template.format(**values)

    def __str__(self) -> str:
        return self.render()

    def with_params(self, **params: Any) -> Msg:
        """The same template with more values (a table of templates filled in later)."""
        return Msg(self.template, self.params + tuple(params.items()))

    def replace(self, old: str, new: str) -> Msg:
        """The message with ``old`` replaced in its text values (to scrub a secret from them)."""
        return Msg(self.template, tuple((k, _replaced(v, old, new)) for k, v in self.params))


def msg(template: str, **params: Any) -> Msg:
    """A message from a literal template (keep it literal: the catalogue is built from the source)."""
    return Msg(template, tuple(params.items()))


def _replaced(value: Any, old: str, new: str) -> Any:
    """``value`` with ``old`` replaced; a value of another kind (a path, a list) becomes its text."""
    if isinstance(value, Msg):
        return value.replace(old, new)
    if isinstance(value, (int, float)) or old not in str(value):
        return value
    return str(value).replace(old, new)


def plain(text: str) -> Msg:
    """Text that is not ours to translate (a server's words, a library's message) as a Msg."""
    return Msg("{text}", (("text", text),))


def join(parts: Iterable[Msg | str], separator: str = " ") -> Msg:
    """Several messages as one, each translated on its own."""
    items = [p if isinstance(p, Msg) else plain(p) for p in parts]
    template = separator.replace("{", "{{").replace("}", "}}").join(f"{{p{i}}}" for i in range(len(items)))
    return Msg(template, tuple((f"p{i}", m) for i, m in enumerate(items)))


class MsgError(Exception):
    """An error whose message is for people: English in ``str()``, translatable as ``text``."""

    def __init__(self, text: Msg | str) -> None:
        self.text = text if isinstance(text, Msg) else plain(text)
        super().__init__(str(self.text))
