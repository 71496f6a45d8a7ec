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

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from healdesk.gui.base import prompts
from healdesk.gui.base.background import BackgroundTask, Job, jobs
from healdesk.gui.base.progress_job import run_in_background
from healdesk.gui.data.journal_transfer import (
    EXPORT_KINDS,
    EXPORT_WARNING,
    IMPORT_FILTER,
    export_job,
    import_job,
    import_summary,
)
from healdesk.gui.data.merge_copy import MergeCopies
from healdesk.gui.data.passphrase_change import (
    ChangePassphraseDialog,
    PassphraseChange,
    delete_backups_words,
)
from healdesk.i18n import N_, _, ngettext

if TYPE_CHECKING:
    from healdesk.vault.safekeeping.backups import RetentionPolicy
    from healdesk.vault.stores.importer import ImportReport

BACKUP_FILTER = N_("HealDesk backups (*.healdesk-backup)")

#: The key changes' words: the new recovery key is shown and typed back before it is saved.
WORDS = {
    "rekey": N_(
        "This re-encrypts the whole journal with a new key, for when you think someone "
        "may have had your key or a copy of the journal. Your passphrase stays the same. You get a "
        "new recovery key and the old one stops working, also for the backups in the journal's "
        "backups folder (they are re-encrypted too)."
    ),
    "recovery": N_(
        "You get a new recovery key and the old one stops working, also for the "
        "backups in the journal's backups folder. Have paper or a printer ready to keep the new one."
    ),
    "show": N_(
        "Your NEW recovery key:\n\n{key}\n\nWrite it down, then type it here. Nothing "
        "changes until you do; then the old one stops working."
    ),
    "mismatch": N_(
        "That is not the new recovery key, so nothing was changed: your old recovery "
        "key still works."
    ),
    "done": N_("The new recovery key is in place."),
    "other journal": N_(
        "This backup is of a DIFFERENT journal than the one you have open: "
        "restoring it replaces this journal with that one.\n\n"
    ),
}


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
        self.backup_action = self._action(_("&Backup now…"), self.backup_now, "Ctrl+Shift+B")
        self.restore_action = self._action(_("&Restore from a backup…"), self.restore)
        self.passphrase_action = self._action(_("Change &passphrase…"), self.change_passphrase)
        self.rekey_action = self._action(_("Replace the data &key…"), self.replace_data_key)
        self.recovery_action = self._action(_("&New recovery key…"), self.new_recovery_key)
        self.device_action = self._action(_("Remember on this &device"), self.set_device_slot)
        self.device_action.setCheckable(True)
        self.device_action.setVisible(False)  # shown once a keychain answered
        self.import_action = self._action(_("&Import entries…"), self.import_entries)
        self.export_json_action = self._action(
            _("Export as HealDesk &JSON…"), lambda: self.export("json")
        )
        self.export_markdown_action = self._action(
            _("Export as &Markdown…"), lambda: self.export("markdown")
        )
        self.merge = MergeCopies(parent, session, self._run)
        self.merge.journal_changed.connect(self.journal_changed)

    def probe_keychain(self) -> BackgroundTask:
        """Find out, off the UI thread, whether this device can remember the key: the
        "Remember on this device" action only appears when it can."""
        from healdesk.vault import Vault

        return jobs().start(
            lambda _progress: Vault.device_slot_available(),
            self,
            succeeded=self._keychain_known,
            lock_waits=False,  # it touches no vault: a lock need not wait for the keychain
        )

    @property
    def tasks(self) -> list[BackgroundTask]:
        """This menu's jobs that have not reported yet."""
        return jobs().running(self)

    def actions(self) -> list[QAction]:
        """For `menu.addActions(...)`: backups, keys, then formats, with separators between."""
        return [
            self.backup_action,
            self.restore_action,
            self._separator(),
            self.passphrase_action,
            self.rekey_action,
            self.recovery_action,
            self.device_action,
            self._separator(),
            self.import_action,
            self.export_json_action,
            self.export_markdown_action,
            self._separator(),
            self.merge.action,
        ]

    def _separator(self) -> QAction:
        separator = QAction(self)
        separator.setSeparator(True)
        return separator

    # --- backup -------------------------------------------------------------------------
    def backup_now(self) -> None:
        from healdesk.vault.storage.layout import BACKUP_SUFFIX as SUFFIX

        suggested = Path.home() / f"healdesk-{datetime.now():%Y-%m-%d}{SUFFIX}"
        out = prompts.save_path(self._window, _("Back up the journal"), suggested, _(BACKUP_FILTER))
        if out is None:
            return
        vault = self._session.vault
        self._run(
            _("Writing the backup…"),
            lambda progress: vault.backup_to(out, progress),
            lambda _result: prompts.inform(
                self._window,
                _("Backup"),
                _(
                    "The backup was written to {out}. It opens with your current passphrase or recovery key, and is as unreadable as the journal to anyone else."
                ).format(out=out),
            ),
        )

    def run_automatic_backup(
        self, folder: Path | None = None, policy: RetentionPolicy | None = None
    ) -> BackgroundTask | None:
        """For the session to call right after unlocking: today's automatic backup (into
        `folder`, else the vault's backups/, keeping what `policy` says), quietly in the
        background; only a failure is shown. None when no vault is open."""
        from healdesk.vault.safekeeping.backups import RetentionPolicy, backup_if_due

        vault = self._session.vault
        if vault is None:
            return None

        def failed(error: BaseException) -> None:
            message = prompts.failure_text(error, _("Today's automatic backup failed"))
            prompts.warn(self._window, _("Automatic backup"), message)

        return jobs().start(
            lambda progress: backup_if_due(
                vault, folder, policy=policy or RetentionPolicy(), progress=progress
            ),
            self,
            failed=failed,
        )

    # --- restore ------------------------------------------------------------------------
    def restore(self) -> None:
        from healdesk.vault.safekeeping.restore import Secret, inspect_backup

        path = prompts.open_path(self._window, _("Restore from a backup"), _(BACKUP_FILTER))
        if path is None:
            return
        typed = prompts.ask_secret(
            self._window, _("Restore"), _("Passphrase or recovery key the backup was made with:")
        )
        if typed is None:
            return
        secret = Secret.typed(typed)
        self._run(
            _("Checking the backup…"),
            lambda _progress: inspect_backup(path, secret),
            lambda summary: self._confirm_restore(path, secret, summary),
        )

    def _confirm_restore(self, path: Path, secret: Any, summary: Any) -> None:
        from healdesk.vault.safekeeping.restore import is_other_journal, restore_backup

        folder = self._session.vault.folder
        other = is_other_journal(folder, summary)
        if not prompts.confirm(
            self._window,
            _("Restore"),
            (_(WORDS["other journal"]) if other else "")
            + _(
                "The backup is intact: {describe}.\n\nRestoring replaces the journal you have open now. It is kept as a backup in the journal's backups folder first. The journal will lock; then unlock it with the passphrase or recovery key of the backup."
            ).format(describe=summary.describe()),
            _("Replace with the other journal") if other else _("Restore"),
        ):
            return
        session = self._session
        session.lock()  # closes the vault and this window: what follows must not need it
        run_in_background(
            session if isinstance(session, QObject) else None,
            _("Restoring the journal…"),
            lambda progress: restore_backup(
                path, folder, secret, progress=progress, other_journal=other
            ),
            lambda kept: prompts.inform(
                None,
                _("Restore"),
                _(
                    "The journal was restored. Unlock it with the passphrase or recovery key of the backup. The journal it replaced was kept as {kept}."
                ).format(kept=kept),
            ),
        )

    # --- a new passphrase -----------------------------------------------------------------
    def change_passphrase(self) -> None:
        """Asks in a dialog (current passphrase, new one twice, backups choice), then changes
        it in the background; a wrong current passphrase changes nothing and says so."""
        dialog = ChangePassphraseDialog(self._window)
        dialog.accepted.connect(lambda: self._change_passphrase(dialog.change()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _change_passphrase(self, change: PassphraseChange) -> None:
        vault = self._session.vault
        said = self.tr("The passphrase was changed. Your recovery key still works.")
        self._run(
            self.tr("Changing the passphrase…"),
            lambda _progress: vault.change_passphrase(change.new, change.backups, change.current),
            lambda update: prompts.inform(
                self._window, self.tr("Change passphrase"), f"{said}\n\n{update.describe()}"
            ),
        )

    # --- a new data key -----------------------------------------------------------------
    def replace_data_key(self) -> None:
        title = _("Replace the data key")
        backups = self._confirm_key_change(title, _(WORDS["rekey"]), _("Re-encrypt"))
        if backups is None:
            return
        passphrase = prompts.ask_secret(self._window, title, _("Your passphrase:"))
        if passphrase is None:
            return
        vault = self._session.vault
        self._with_new_recovery_key(
            title,
            _("Re-encrypting the journal…"),
            _("The journal was re-encrypted."),
            lambda new, progress: vault.replace_data_key(passphrase, new, progress, backups),
        )

    # --- recovery key and device slot -----------------------------------------------------
    def new_recovery_key(self) -> None:
        title = _("New recovery key")
        backups = self._confirm_key_change(title, _(WORDS["recovery"]), _("Make a new key"))
        if backups is None:
            return
        vault = self._session.vault
        self._with_new_recovery_key(
            title,
            _("Saving the new recovery key…"),
            "",
            lambda new, _p: vault.set_recovery_key(new, backups),
        )

    def _confirm_key_change(self, title: str, text: str, action: str) -> str | None:
        """REWRAP or DELETE for the backups in the journal's folder; None when declined."""
        from healdesk.vault.safekeeping.backup_keys import DELETE, REWRAP

        ticked = prompts.confirm_with_option(
            self._window, title, text, action, delete_backups_words()
        )
        return None if ticked is None else DELETE if ticked else REWRAP

    def _with_new_recovery_key(
        self, title: str, busy: str, done: str, change: Callable[[Any, Any], Any]
    ) -> None:
        """Show a new recovery key and have it typed back; only then run `change(new key,
        progress)` in the background and say what became of the backups (here and elsewhere).
        A cancel or a slip changes nothing."""
        from healdesk.vault.access.slots import NewRecoveryKey

        new = NewRecoveryKey()
        typed = prompts.retype(self._window, title, _(WORDS["show"]).format(key=new.text))
        if typed is None:
            return
        if not new.matches(typed):
            prompts.warn(self._window, title, _(WORDS["mismatch"]))
            return
        said = " ".join(part for part in (done, _(WORDS["done"])) if part)
        self._run(
            busy,
            lambda progress: change(new, progress),
            lambda update: prompts.inform(self._window, title, f"{said}\n\n{update.describe()}"),
        )

    def set_device_slot(self, remember: bool) -> None:
        """Remember the key in this device's keychain, or forget it (keychain calls can block
        on a desktop prompt, so they run in the background)."""
        vault = self._session.vault
        job = vault.remember_on_device if remember else vault.forget_device
        task = self._run(
            _("Asking the keychain…"),
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
        path = prompts.open_path(self._window, _("Import entries"), _(IMPORT_FILTER))
        if path is None:
            return

        def done(report: ImportReport) -> None:
            self.journal_changed.emit()
            prompts.inform(self._window, _("Import"), import_summary(report))

        self._run(_("Importing…"), import_job(self._session.vault, path), done)

    def export(self, kind: str) -> None:
        """The whole journal as one HealDesk JSON or Markdown file, after a plain warning."""
        suffix, filters = EXPORT_KINDS[kind]
        if not prompts.confirm(self._window, _("Export"), _(EXPORT_WARNING), _("Export")):
            return
        suggested = Path.home() / f"healdesk-journal-{datetime.now():%Y-%m-%d}{suffix}"
        out = prompts.save_path(self._window, _("Export the journal"), suggested, _(filters))
        if out is None:
            return
        self._run(
            _("Exporting…"),
            export_job(self._session.vault, kind, out),
            lambda count: prompts.inform(
                self._window,
                _("Export"),
                ngettext(
                    "{n} entry was written to {out}.", "{n} entries were written to {out}.", count
                ).format(n=count, out=out),
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
        return run_in_background(self, label, job, done, self._window)
