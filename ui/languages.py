"""The interface's language: the computer's by default, or the one chosen in Settings.

The choice is kept in the vault's settings (`language`), so it is known only once the diary
is open: the unlock screen speaks the computer's language, and after unlocking (or saving
Settings) the app switches and rebuilds its window in the chosen one (ui/app.py). The
evidence pack is always in English; the person's own words are never translated.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ui.resources import translations_folder

SETTING = "language"
SYSTEM = ""
# Each language named in itself, so a person can find theirs whatever is on screen now.
CHOICES = (("en_GB", "English"), ("cy", "Cymraeg"), ("pl", "Polski"))


def _tr(text: str) -> str:
    # The empty context is where `pyside6-lupdate -tr-function-alias tr+=_tr` files these
    # words (scripts/translations.py).
    return QCoreApplication.translate("", text)


def choices() -> list[tuple[str, str]]:
    """(code, name) for the Settings list, the computer's language first."""
    return [(SYSTEM, _tr("The computer's language")), *CHOICES]


def locale_for(code: str) -> QLocale:
    return QLocale(code) if code else QLocale.system()


class Translations:
    """The translators installed in the app, and the window to rebuild when they change."""

    active: Translations | None = None  # the running app's, for Settings to reach

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.installed: list[QTranslator] = []
        self.current: str | None = None
        self.rebuild: Callable[[], None] | None = None

    def use(self, code: str) -> bool:
        """Qt's own words and Daybook's in `code` (the computer's language when empty);
        True when that changed anything."""
        locale = locale_for(code)
        if locale.name() == self.current:
            return False
        for translator in self.installed:
            self.app.removeTranslator(translator)
        self.installed = []
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (("qtbase", qt_folder), ("daybook", str(translations_folder()))):
            translator = QTranslator(self.app)
            if translator.load(locale, name, "_", folder):
                self.app.installTranslator(translator)
                self.installed.append(translator)
        self.current = locale.name()
        return True

    def switch(self, code: str) -> None:
        """Use `code` and, if that changed the words, rebuild the window in them."""
        if self.use(code) and self.rebuild is not None:
            self.rebuild()


def chosen_language_changed(code: str) -> None:
    """Settings saved a language: switch now if the app is running."""
    if Translations.active is not None:
        Translations.active.switch(code)
