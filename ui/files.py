"""File dialogs that leave no history: Qt's own dialog, with its remembered folders wiped."""

from __future__ import annotations

from PySide6.QtCore import QDir, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def _neutral_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation) or (
        QDir.homePath()
    )


def _dialog(parent: QWidget | None, caption: str) -> QFileDialog:
    dialog = QFileDialog(parent, caption, _neutral_folder())
    # The native dialogs feed the desktop's recent-files list; Qt's own does not.
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    dialog.setHistory([])
    return dialog


def _forget(dialog: QFileDialog) -> None:
    # Qt saves the last folder and history when the dialog is destroyed; make them say nothing.
    dialog.setHistory([])
    dialog.setDirectory(_neutral_folder())
    dialog.deleteLater()


def open_files(parent: QWidget | None, caption: str) -> list[str]:
    dialog = _dialog(parent, caption)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    chosen = dialog.selectedFiles() if dialog.exec() else []
    _forget(dialog)
    return chosen


def open_folder(parent: QWidget | None, caption: str) -> str | None:
    dialog = _dialog(parent, caption)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    chosen = dialog.selectedFiles() if dialog.exec() else []
    _forget(dialog)
    return chosen[0] if chosen else None


def save_file(parent: QWidget | None, caption: str, suggested_name: str) -> str | None:
    dialog = _dialog(parent, caption)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile(suggested_name)
    chosen = dialog.selectedFiles() if dialog.exec() else []
    _forget(dialog)
    return chosen[0] if chosen else None
