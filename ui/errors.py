"""The one place where failures become words for the person: core errors and anything unforeseen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from diary.errors import (
    BadInput,
    DaybookError,
    DraftDamaged,
    ImportFailed,
    NotFound,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WriteFailed,
    WrongPassphrase,
    WrongRecoveryKey,
)


def _tr(text: str) -> str:
    # The empty context is where `pyside6-lupdate -tr-function-alias tr+=_tr` files these
    # words (scripts/translations.py).
    return QCoreApplication.translate("", text)


def _default_words() -> dict[type[DaybookError], str]:
    # Written out here, not read from the core, so that translators see every sentence.
    return {
        WrongPassphrase: _tr(
            "That passphrase did not open the diary. Please check it and try again."
        ),
        WrongRecoveryKey: _tr(
            "That recovery key did not open the diary. "
            "Please check each group of letters and try again."
        ),
        VaultDamaged: _tr(
            "The diary's files are damaged and could not be read. Nothing has been changed; "
            "restore from a backup or ask for help."
        ),
        DraftDamaged: _tr(
            "What you were writing last time was kept, but it is damaged and cannot be read "
            "back. Everything you saved in your diary is as it was."
        ),
        VaultNotFound: _tr("There is no diary in that folder yet."),
        VaultExists: _tr("A diary already exists in that folder, so nothing was created."),
        VaultLocked: _tr("The diary is locked. Please unlock it first."),
        BadInput: _tr("Something in that entry could not be understood. Nothing has been changed."),
        NotFound: _tr("That could not be found in the diary."),
        WriteFailed: _tr(
            "Daybook could not save to disk (it may be full). Your diary is as it was before; "
            "free some space and try again."
        ),
        ImportFailed: _tr("That file could not be added. Nothing has been changed."),
    }


def describe(error: BaseException) -> str:
    """A plain, kind sentence for any failure; never a traceback or a class name."""
    if isinstance(error, DaybookError):
        words = _default_words()
        for kind in type(error).__mro__:
            if kind in words and error.message == getattr(kind, "default_message", None):
                return words[kind]
        # The core wrote a more specific sentence (naming a file or a field): it is already plain.
        return error.message
    if isinstance(error, MemoryError):
        return _tr("This computer ran out of memory. Nothing has been changed.")
    if isinstance(error, OSError):
        return _tr(
            "Daybook could not read or write a file on this computer. Nothing has been changed."
        )
    return _tr("Something went wrong. Nothing has been changed.")
