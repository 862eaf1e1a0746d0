"""Translatable message texts for the core, without Qt.

A ``Msg`` is an English template plus its parameters. The core renders it in English
(CLI, logs, JSON output); the GUI renders the same ``Msg`` through Qt's translator, so
the problems panel speaks the user's language while codes and pointers stay the same.
Parameters may themselves be ``Msg`` (a value problem inside a diagnostic), and are
translated too. Templates use ``str.format`` fields; literal braces are doubled.

``scripts/update-translations`` finds every ``msg("…")`` template in the core by
reading the source and hands them to pyside6-lupdate (context "Diagnostics").
"""

from __future__ import annotations

from collections.abc import Callable
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


def msg(template: str, **params: Any) -> Msg:
    """A message from a literal template (keep it literal: the catalogue is built from the source)."""
    return Msg(template, tuple(params.items()))
