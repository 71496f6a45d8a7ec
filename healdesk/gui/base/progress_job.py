"""A job the person waits for: behind a window-modal progress dialog whose Cancel cancels it
(backups, restores, key changes, imports, exports). Started through `jobs().start`, like every
job; a failure is said in plain words."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from healdesk.gui.base import prompts
from healdesk.gui.base.background import BackgroundTask, Job, jobs
from healdesk.i18n import _


def run_in_background(
    owner: QObject | None,
    label: str,
    job: Job,
    done: Callable[[Any], None],
    window: QWidget | None = None,
) -> BackgroundTask:
    """Start `job` behind a window-modal progress dialog whose Cancel cancels it; errors are
    shown in plain words (prompts.failure_text)."""
    dialog = QProgressDialog(label, _("Cancel"), 0, 0, window)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setAccessibleName(label)

    def progressed(value: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(value)

    def finish() -> None:
        dialog.canceled.disconnect()
        dialog.close()
        dialog.deleteLater()

    def failed(error: BaseException) -> None:
        finish()
        prompts.warn(window, "HealDesk", prompts.failure_text(error, _("Something went wrong")))

    def succeeded(result: Any) -> None:
        finish()
        done(result)

    task = jobs().start(
        job, owner, succeeded=succeeded, failed=failed, cancelled=finish, progressed=progressed
    )
    dialog.canceled.connect(task.cancel)
    return task
