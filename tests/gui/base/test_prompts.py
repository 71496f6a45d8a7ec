"""The prompts seam leaves no trace of visited folders outside the vault."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from healdesk.gui.base import prompts


# The offscreen platform cannot size native windows; the dialog itself is what matters here.
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_file_dialog_history_is_forgotten(qtbot, tmp_path):
    revealing = tmp_path / "exports for Dr Kowalski"
    revealing.mkdir()
    dialog = QFileDialog(None, "Export", str(revealing))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.done(QFileDialog.DialogCode.Accepted)
    dialog.deleteLater()
    qtbot.waitUntil(lambda: _qt_project_conf().exists() and _mentions(revealing), timeout=3000)

    prompts.forget_file_dialog_history()

    assert not _mentions(revealing)


def _qt_project_conf() -> Path:
    return Path(os.environ["XDG_CONFIG_HOME"]) / "QtProject.conf"


def _mentions(folder: Path) -> bool:
    conf = _qt_project_conf()
    return conf.exists() and folder.name in conf.read_text(encoding="utf-8", errors="replace")


def test_failure_text_never_repeats_an_unknown_errors_words():
    from healdesk.vault.errors import VaultError

    assert prompts.failure_text(VaultError("The journal is full."), "x") == "The journal is full."
    secret = ValueError("Sam came home late again")  # could quote anything, entry text too
    assert prompts.failure_text(secret, "Saving failed") == "Saving failed (ValueError)."
    disk = OSError(28, "No space left on device", "/home/alex/exports for Dr K.pdf")
    assert prompts.failure_text(disk, "Saving failed") == "Saving failed (No space left on device)."
