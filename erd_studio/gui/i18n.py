"""Language: Qt translators for our catalogue and Qt's own dialogs.

The language follows the system locale unless the user chose one in the settings
(``ui/language``: "" for the system, or a code such as "de"). Core diagnostics arrive
as translatable ``Msg`` objects; ``diagnostic_text`` renders them through the
"Diagnostics" context so codes and pointers stay the same in every language. The postbox
layer's sentences (send results, profile checks, keychain errors) and the core's errors
are ``Msg`` too; ``localized`` renders any of them.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QWidget

from ..core.diagnostics import Diagnostic
from ..core.messages import Msg, MsgError
from ..resources import resource

LANGUAGES = {"en": "English", "de": "Deutsch"}
SETTING = "ui/language"


def chosen_language() -> str:
    """The language to use: the settings override, else the system's if we have it, else English."""
    choice = str(QSettings().value(SETTING, "") or "")
    if choice in LANGUAGES:
        return choice
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translators for ``language`` (default: ``chosen_language()``); returns it."""
    language = language or chosen_language()
    for old in getattr(app, "_erd_translators", []):
        app.removeTranslator(old)
    translators = []
    if language != "en":
        ours = QTranslator(app)
        if ours.load(str(resource("translations", f"erd_studio_{language}.qm"))):
            translators.append(ours)
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            translators.append(qt_own)
    for translator in translators:
        app.installTranslator(translator)
    app._erd_translators = translators  # type: ignore[attr-defined]
    QLocale.setDefault(QLocale(language))
    return language


def translate_message(template: str) -> str:
    """A core or postbox message template in the user's language (for ``Msg.render``)."""
    return QCoreApplication.translate("Diagnostics", template)


def diagnostic_text(diagnostic: Diagnostic) -> str:
    """The diagnostic's message in the user's language."""
    return diagnostic.localized(translate_message)


def localized(value: Msg | MsgError | BaseException | str | None) -> str:
    """Text from the Qt-free layers in the user's language: a ``Msg``, or an error carrying one.

    Other exceptions and plain strings are shown as they are (they are not ours to translate).
    """
    if isinstance(value, Msg):
        return value.render(translate_message)
    if isinstance(value, MsgError):
        return value.text.render(translate_message)
    return "" if value is None else str(value)


def localized_join(values: Iterable[Msg | str], separator: str = " ") -> str:
    return separator.join(localized(v) for v in values)


def install(window: QWidget) -> None:
    """View → Language: the system's language, or always English or German (from the next start)."""
    menu = window.menu("View").addMenu(QCoreApplication.translate("Language", "&Language"))  # type: ignore[attr-defined]
    menu.setObjectName("menuLanguage")
    group = QActionGroup(menu)
    current = str(QSettings().value(SETTING, "") or "")
    for code, name in (("", QCoreApplication.translate("Language", "Follow the &system")), *LANGUAGES.items()):
        action = QAction(name, menu, checkable=True)
        action.setObjectName(f"actionLanguage{code.title() or 'System'}")
        action.setChecked(code == current)
        action.triggered.connect(lambda _checked=False, c=code: _choose(window, c))
        group.addAction(action)
        menu.addAction(action)


def _choose(window: QWidget, code: str) -> None:
    QSettings().setValue(SETTING, code)
    window.status_bar().showMessage(  # type: ignore[attr-defined]
        QCoreApplication.translate("Language", "The language changes when ERD Studio starts next time."), 8000
    )
