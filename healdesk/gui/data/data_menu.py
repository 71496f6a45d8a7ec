"""The journal's data actions: Backup now, Restore…, Replace data key…, Import…, Export….

Every slow job runs as a BackgroundTask behind a progress dialog with Cancel; every question
and file choice goes through `prompts`. The main window adds `DataActions(...).actions()` to
its menu. The session only needs `vault` (the unlocked Vault) and `lock()`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QProgressDialog, QWidget

from healdesk.gui.base import prompts
from healdesk.gui.base.background import BackgroundTask, Job
from healdesk.gui.data.journal_transfer import (
    EXPORT_KINDS,
    EXPORT_WARNING,
    IMPORT_FILTER,
    export_job,
    import_job,
    import_summary,
)

if TYPE_CHECKING:
    from healdesk.vault.backups import RetentionPolicy
    from healdesk.vault.importer import ImportReport

BACKUP_FILTER = "HealDesk backups (*.healdesk-backup)"


class DataSession(Protocol):
    vault: Any

    def lock(self) -> None: ...


class DataActions(QObject):
    """Menu actions working on the session's unlocked vault."""

    #: Entries were added (an import): lists showing the journal should reload.
    journal_changed = Signal()

    def __init__(self, parent: QWidget, session: DataSession) -> None:
        super().__init__(parent)
        self._window = parent
        self._session = session
        self.tasks: list[BackgroundTask] = []  # running ones; tests wait on them
        self.backup_action = self._action("&Backup now…", self.backup_now, "Ctrl+Shift+B")
        self.restore_action = self._action("&Restore from a backup…", self.restore)
        self.rekey_action = self._action("Replace the data &key…", self.replace_data_key)
        self.recovery_action = self._action("&New recovery key…", self.new_recovery_key)
        self.device_action = self._action("Remember on this &device", self.set_device_slot)
        self.device_action.setCheckable(True)
        self.device_action.setVisible(False)  # shown once a keychain answered
        self.import_action = self._action("&Import entries…", self.import_entries)
        self.export_json_action = self._action(
            "Export as HealDesk &JSON…", lambda: self.export("json")
        )
        self.export_markdown_action = self._action(
            "Export as &Markdown…", lambda: self.export("markdown")
        )

    def probe_keychain(self) -> BackgroundTask:
        """Find out, off the UI thread, whether this device can remember the key: the
        "Remember on this device" action only appears when it can."""
        from healdesk.vault import Vault

        task = BackgroundTask(lambda _progress: Vault.device_slot_available(), self)
        task.succeeded.connect(self._keychain_known)
        self._track(task)
        task.start()
        return task

    def close_for_lock(self) -> None:
        """Before the vault locks or the app quits: stop what can stop (at its next safe
        point) and wait for the rest, so no job outlives the vault or its thread object.
        The main window calls this from its own lock/close path."""
        for task in list(self.tasks):
            task.cancel()
            task.wait()

    def actions(self) -> list[QAction]:
        """For `menu.addActions(...)`: backups, keys, then formats, with separators between."""
        return [
            self.backup_action,
            self.restore_action,
            self._separator(),
            self.rekey_action,
            self.recovery_action,
            self.device_action,
            self._separator(),
            self.import_action,
            self.export_json_action,
            self.export_markdown_action,
        ]

    def _separator(self) -> QAction:
        separator = QAction(self)
        separator.setSeparator(True)
        return separator

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

    def run_automatic_backup(
        self, folder: Path | None = None, policy: RetentionPolicy | None = None
    ) -> BackgroundTask | None:
        """For the session to call right after unlocking: today's automatic backup (into
        `folder`, else the vault's backups/, keeping what `policy` says), quietly in the
        background; only a failure is shown. None when no vault is open."""
        from healdesk.vault.backups import RetentionPolicy, backup_if_due

        vault = self._session.vault
        if vault is None:
            return None
        task = BackgroundTask(
            lambda progress: backup_if_due(
                vault, folder, policy=policy or RetentionPolicy(), progress=progress
            ),
            self,
        )

        def failed(error: BaseException) -> None:
            message = prompts.failure_text(error, "Today's automatic backup failed")
            prompts.warn(self._window, "Automatic backup", message)

        task.failed.connect(failed)
        self._track(task)
        task.start()
        return task

    # --- restore ------------------------------------------------------------------------
    def restore(self) -> None:
        from healdesk.vault.restore import Secret, inspect_backup

        path = prompts.open_path(self._window, "Restore from a backup", BACKUP_FILTER)
        if path is None:
            return
        typed = prompts.ask_secret(
            self._window, "Restore", "Passphrase or recovery key the backup was made with:"
        )
        if typed is None:
            return
        secret = Secret.typed(typed)
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

    # --- recovery key and device slot -----------------------------------------------------
    def new_recovery_key(self) -> None:
        if not prompts.confirm(
            self._window,
            "New recovery key",
            "You get a new recovery key and the old one stops working at once. Have paper "
            "or a printer ready to keep the new one.",
            "Make a new key",
        ):
            return
        vault = self._session.vault
        self._run(
            "Making a new recovery key…",
            lambda _progress: vault.new_recovery_key(),
            lambda key: prompts.inform(
                self._window,
                "New recovery key",
                f"Your NEW recovery key (write it down; the old one no longer works):\n\n{key}",
            ),
        )

    def set_device_slot(self, remember: bool) -> None:
        """Remember the key in this device's keychain, or forget it (keychain calls can block
        on a desktop prompt, so they run in the background)."""
        vault = self._session.vault
        job = vault.remember_on_device if remember else vault.forget_device
        task = self._run(
            "Asking the keychain…",
            lambda _progress: job(),
            lambda _result: self.device_action.setChecked(vault.has_device_slot),
        )
        task.failed.connect(lambda _error: self.device_action.setChecked(vault.has_device_slot))

    def _keychain_known(self, available: bool) -> None:
        vault = self._session.vault
        self.device_action.setVisible(bool(available) and vault is not None)
        if vault is not None:
            self.device_action.setChecked(vault.has_device_slot)

    # --- import and export --------------------------------------------------------------
    def import_entries(self) -> None:
        """Add entries from HealDesk JSON, jrnl or Day One; existing entries stay as they are."""
        path = prompts.open_path(self._window, "Import entries", IMPORT_FILTER)
        if path is None:
            return

        def done(report: ImportReport) -> None:
            self.journal_changed.emit()
            prompts.inform(self._window, "Import", import_summary(report))

        self._run("Importing…", import_job(self._session.vault.journal, path), done)

    def export(self, kind: str) -> None:
        """The whole journal as one HealDesk JSON or Markdown file, after a plain warning."""
        suffix, filters = EXPORT_KINDS[kind]
        if not prompts.confirm(self._window, "Export", EXPORT_WARNING, "Export"):
            return
        suggested = Path.home() / f"healdesk-journal-{datetime.now():%Y-%m-%d}{suffix}"
        out = prompts.save_path(self._window, "Export the journal", suggested, filters)
        if out is None:
            return
        self._run(
            "Exporting…",
            export_job(self._session.vault.journal, kind, out),
            lambda count: prompts.inform(
                self._window, "Export", f"{count} entries were written to {out}."
            ),
        )

    # --- internals ----------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[..., None], shortcut: str = "") -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _run(self, label: str, job: Job, done: Callable[[Any], None]) -> BackgroundTask:
        task = run_in_background(self, label, job, done, self._window)
        self._track(task)
        return task

    def _track(self, task: BackgroundTask) -> None:
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
    shown in plain words (prompts.failure_text)."""
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
        prompts.warn(window, "HealDesk", prompts.failure_text(error, "Something went wrong"))

    def succeeded(result: Any) -> None:
        finish()
        done(result)

    task.progressed.connect(progressed)
    task.succeeded.connect(succeeded)
    task.failed.connect(failed)
    task.cancelled.connect(finish)
    task.start()
    return task
