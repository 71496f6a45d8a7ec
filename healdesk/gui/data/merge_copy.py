"""Data > Merge another copy…, and the offer to merge the conflict copies found at unlock.

Both read the other copy and make the plan off the UI thread, show what would change, and
merge only after the person agrees; the vault does the merging (healdesk.vault.sync.merge), so
this module only asks, waits and reports.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from healdesk.gui.base import prompts
from healdesk.gui.base.background import BackgroundTask, Job, jobs
from healdesk.i18n import N_, _

COPY_FILTER = N_("HealDesk journals and backups (*.db *.healdesk-backup *.zip);;All files (*)")

Runner = Callable[[str, Job, Callable[[Any], None]], BackgroundTask]


class MergeCopies(QObject):
    """Merging other copies of the journal into the session's vault."""

    #: Entries came in from the other copy: lists showing the journal should reload.
    journal_changed = Signal()

    def __init__(
        self,
        window: QWidget,
        session: Any,
        run: Runner,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._run = run
        self.action = QAction(self.tr("&Merge another copy…"), self)
        self.action.triggered.connect(self.merge_another_copy)

    # --- Data > Merge another copy… ---------------------------------------------------------
    def merge_another_copy(self) -> None:
        path = prompts.open_path(self._window, self.tr("Merge another copy"), _(COPY_FILTER))
        if path is not None:
            self._plan(path, None)

    def _plan(self, path: Path, secret: Any) -> None:
        from healdesk.vault.sync.merge import merge_copy

        vault = self._session.vault

        def plan(progress: Any) -> Any:
            with vault.journal_on_this_thread(progress) as journal:
                return merge_copy(vault, path, secret, dry_run=True, journal=journal)

        jobs().start(
            plan,
            self,
            succeeded=lambda found: self._confirm(path, secret, found),
            failed=lambda error: self._plan_failed(path, secret, error),
        )

    def _plan_failed(self, path: Path, secret: Any, error: BaseException) -> None:
        from healdesk.vault.safekeeping.restore import Secret
        from healdesk.vault.sync.merge_source import SecretNeeded

        if isinstance(error, SecretNeeded) and secret is None:
            typed = prompts.ask_secret(
                self._window,
                self.tr("Merge another copy"),
                self.tr("Passphrase or recovery key of the other copy:"),
            )
            if typed is not None:
                self._plan(path, Secret.typed(typed))
            return
        prompts.warn(
            self._window,
            self.tr("Merge another copy"),
            prompts.failure_text(error, self.tr("The other copy could not be read")),
        )

    def _confirm(self, path: Path, secret: Any, plan: Any) -> None:
        from healdesk.vault.sync.merge import describe, merge_copy

        title = self.tr("Merge another copy")
        if plan.empty:
            prompts.inform(self._window, title, describe(plan)[0])
            return
        text = "\n".join(describe(plan)) + "\n\n" + self.tr("Merge it into this journal?")
        if not prompts.confirm(self._window, title, text, self.tr("Merge")):
            return
        vault = self._session.vault

        def merge(progress: Any) -> Any:
            with vault.journal_on_this_thread(progress) as journal:
                return merge_copy(vault, path, secret, journal=journal)

        self._run(self.tr("Merging…"), merge, lambda _plan: self._merged())

    # --- conflict copies found at unlock ----------------------------------------------------
    def offer_found_copies(self) -> list[Any]:
        """After unlocking: if a sync service left copies of the journal in its folder, ask
        in one line, then merge them and put them away in merged/. Returns the copies found."""
        from healdesk.vault.sync.conflict_copies import journal_copies, merge_copies

        vault = self._session.vault
        copies = journal_copies(vault.folder) if vault is not None else []
        if not copies:
            return copies
        if len(copies) == 1:
            what = self.tr("This journal's folder holds {copy}.").format(copy=copies[0].describe())
            advice = self.tr(
                "Merge it into the journal now? Nothing is lost: it is kept, encrypted, "
                "in the journal's merged folder."
            )
        else:
            what = self.tr("This journal's folder holds copies that a sync service kept.")
            advice = self.tr(
                "Merge them into the journal now? Nothing is lost: they are kept, encrypted, "
                "in the journal's merged folder."
            )
        if prompts.confirm(
            self._window, self.tr("Copies of the journal"), f"{what} {advice}", self.tr("Merge")
        ):

            def merge(progress: Any) -> Any:
                with vault.journal_on_this_thread(progress) as journal:
                    return merge_copies(vault, copies, journal)

            self._run(self.tr("Merging…"), merge, lambda _done: self._merged())
        return copies

    def _merged(self) -> None:
        self.journal_changed.emit()
        prompts.inform(
            self._window,
            self.tr("Merge another copy"),
            self.tr(
                "Merged. Where both copies changed an entry, the newer change is shown and "
                "the other is kept as a note on the entry."
            ),
        )
