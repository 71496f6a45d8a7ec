"""The journal's data actions: Backup now, Restore…, Replace data key…, Import…, Export….

Every slow job runs as a BackgroundTask behind a progress dialog with Cancel; every question
and file choice goes through `prompts`. The main window adds `DataActions(...).actions()` to
its menu. The session only needs `vault` (the unlocked Vault) and `lock()`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QProgressDialog, QWidget

from healdesk.gui import prompts
from healdesk.gui.background import BackgroundTask, Job

BACKUP_FILTER = "HealDesk backups (*.healdesk-backup)"


class DataSession(Protocol):
    vault: Any

    def lock(self) -> None: ...


class DataActions(QObject):
    """Menu actions working on the session's unlocked vault."""

    def __init__(self, parent: QWidget, session: DataSession) -> None:
        super().__init__(parent)
        self._window = parent
        self._session = session
        self.tasks: list[BackgroundTask] = []  # running ones; tests wait on them
        self.backup_action = self._action("&Backup now…", self.backup_now, "Ctrl+Shift+B")
        self.restore_action = self._action("&Restore from a backup…", self.restore)
        self.rekey_action = self._action("Replace the data &key…", self.replace_data_key)

    def actions(self) -> list[QAction]:
        return [self.backup_action, self.restore_action, self.rekey_action]

    # --- backup -------------------------------------------------------------------------
    def backup_now(self) -> None:
        from healdesk.vault.backup import SUFFIX

        suggested = Path.home() / f"healdesk-{datetime.now():%Y-%m-%d}{SUFFIX}"
        out = prompts.save_path(self._window, "Back up the journal", suggested, BACKUP_FILTER)
        if out is None:
            return
        vault = self._session.vault
        self._run(
            "Writing the backup…",
            lambda progress: vault.backup_to(out, progress),
            lambda _result: prompts.inform(
                self._window,
                "Backup",
                f"The backup was written to {out}. It opens with your current passphrase or "
                "recovery key, and is as unreadable as the journal to anyone else.",
            ),
        )

    def run_automatic_backup(self, folder: Path | None = None) -> BackgroundTask | None:
        """For the session to call right after unlocking: today's automatic backup (into
        `folder`, else the vault's backups/), quietly in the background; only a failure is
        shown. None when no vault is open."""
        from healdesk.vault import VaultError
        from healdesk.vault.backups import backup_if_due

        vault = self._session.vault
        if vault is None:
            return None
        task = BackgroundTask(
            lambda progress: backup_if_due(vault, folder, progress=progress), self
        )

        def failed(error: BaseException) -> None:
            message = (
                str(error)
                if isinstance(error, VaultError)
                else f"Today's automatic backup failed ({type(error).__name__})."
            )
            prompts.warn(self._window, "Automatic backup", message)

        task.failed.connect(failed)
        self.tasks.append(task)
        for ended in (task.succeeded, task.failed, task.cancelled):
            ended.connect(lambda *_: self._forget(task))
        task.start()
        return task

    # --- restore ------------------------------------------------------------------------
    def restore(self) -> None:
        from healdesk.vault import keys
        from healdesk.vault.restore import Secret, inspect_backup

        path = prompts.open_path(self._window, "Restore from a backup", BACKUP_FILTER)
        if path is None:
            return
        typed = prompts.ask_secret(
            self._window, "Restore", "Passphrase or recovery key the backup was made with:"
        )
        if typed is None:
            return
        secret = (
            Secret(recovery_key=typed)
            if keys.parse_recovery_key(typed) is not None
            else Secret(passphrase=typed)
        )
        self._run(
            "Checking the backup…",
            lambda _progress: inspect_backup(path, secret),
            lambda summary: self._confirm_restore(path, secret, summary),
        )

    def _confirm_restore(self, path: Path, secret: Any, summary: Any) -> None:
        from healdesk.vault.restore import restore_backup

        if not prompts.confirm(
            self._window,
            "Restore",
            f"The backup is intact: {summary.describe()}.\n\nRestoring replaces the journal "
            "you have open now. It is kept as a backup in the journal's backups folder first. "
            "The journal will lock; then unlock it with the passphrase or recovery key of the "
            "backup.",
            "Restore",
        ):
            return
        folder, session = self._session.vault.folder, self._session
        session.lock()  # closes the vault and this window: what follows must not need it
        run_in_background(
            session if isinstance(session, QObject) else None,
            "Restoring the journal…",
            lambda progress: restore_backup(path, folder, secret, progress=progress),
            lambda kept: prompts.inform(
                None,
                "Restore",
                "The journal was restored. Unlock it with the passphrase or recovery key "
                f"of the backup. The journal it replaced was kept as {kept}.",
            ),
        )

    # --- a new data key -----------------------------------------------------------------
    def replace_data_key(self) -> None:
        from healdesk.vault import keyfile
        from healdesk.vault.vault import unwrap_data_key

        if not prompts.confirm(
            self._window,
            "Replace the data key",
            "This re-encrypts the whole journal with a new key, for when you think someone "
            "may have had your key or a copy of the journal. Your passphrase stays the same. "
            "You get a new recovery key and the old one stops working; old backups still "
            "open with the keys they were made with.",
            "Re-encrypt",
        ):
            return
        passphrase = prompts.ask_secret(self._window, "Replace the data key", "Your passphrase:")
        if passphrase is None:
            return
        vault = self._session.vault

        def job(progress: Callable[[int, int], None]) -> str:
            unwrap_data_key(keyfile.load(vault.folder), passphrase=passphrase)  # a typo stops here
            return vault.replace_data_key(passphrase, progress)

        self._run(
            "Re-encrypting the journal…",
            job,
            lambda recovery_key: prompts.inform(
                self._window,
                "New recovery key",
                "The journal was re-encrypted. Your NEW recovery key (write it down; the old "
                f"one no longer works):\n\n{recovery_key}",
            ),
        )

    # --- internals ----------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], None], shortcut: str = "") -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _run(self, label: str, job: Job, done: Callable[[Any], None]) -> None:
        task = run_in_background(self, label, job, done, self._window)
        self.tasks.append(task)
        for ended in (task.succeeded, task.failed, task.cancelled):
            ended.connect(lambda *_: self._forget(task))

    def _forget(self, task: BackgroundTask) -> None:
        if task in self.tasks:
            self.tasks.remove(task)


def run_in_background(
    owner: QObject | None,
    label: str,
    job: Job,
    done: Callable[[Any], None],
    window: QWidget | None = None,
) -> BackgroundTask:
    """Start `job` behind a window-modal progress dialog whose Cancel cancels it; errors are
    shown in plain words (VaultError messages are written for people)."""
    from healdesk.vault import VaultError

    task = BackgroundTask(job, owner)
    dialog = QProgressDialog(label, "Cancel", 0, 0, window)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setAccessibleName(label)
    dialog.canceled.connect(task.cancel)

    def progressed(value: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(value)

    def finish() -> None:
        dialog.canceled.disconnect(task.cancel)
        dialog.close()
        dialog.deleteLater()

    def failed(error: BaseException) -> None:
        finish()
        message = (
            str(error)
            if isinstance(error, VaultError)
            else f"Something went wrong ({type(error).__name__})."
        )
        prompts.warn(window, "HealDesk", message)

    def succeeded(result: Any) -> None:
        finish()
        done(result)

    task.progressed.connect(progressed)
    task.succeeded.connect(succeeded)
    task.failed.connect(failed)
    task.cancelled.connect(finish)
    task.start()
    return task
