"""The app's one state machine: setup or unlock, the journal window, and locking again.

Locking is the promise this module keeps: every window is hidden first, then dialogs that
hold unsaved words get the chance to keep a draft (any widget with a `close_for_lock()`
method), then every window is scrubbed of text (signals blocked) and removed, the vault is closed (WAL emptied, lock file released) and the unlock screen
comes back. Idle time, screen lock, sleep, the menu and quick-hide all end up here.
"""

from __future__ import annotations

import faulthandler
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from healdesk import APP_NAME
from healdesk.gui.app.idle import IdleLock
from healdesk.gui.base import appearance
from healdesk.gui.base.announce import JOURNAL_LOCKED, announce
from healdesk.gui.base.windows import open_dialog, present
from healdesk.gui.data.preferences import Preferences
from healdesk.i18n import _
from healdesk.vault.storage import layout

#: The follow-through reminder comes a moment after the journal, not in the same instant.
REMINDER_DELAY_MS = 600
#: A full garbage collection waits until no key or pointer input came for this long.
INPUT_PAUSE_S = 2.0


class Session(QObject):
    """Owns at most one unlocked vault and the windows showing it."""

    locked = Signal()
    opened = Signal()
    windows_hidden = Signal()  # during a lock: nothing is on screen any more

    def __init__(
        self,
        folder: Path,
        preferences: Preferences,
        *,
        demo_passphrase: str = "",
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.preferences = preferences
        self.demo_passphrase = demo_passphrase
        self.vault = None
        self.window = None
        self.data_actions = None
        self.unlock_window = None
        self.setup_wizard = None
        self.idle = IdleLock(preferences.auto_lock_minutes * 60, clock, self)
        self.idle.idle.connect(self.lock)
        self._app = QApplication.instance()
        self._app.installEventFilter(self.idle)

    # --- entering ---------------------------------------------------------------------------
    def start(self) -> None:
        if layout.present(self.folder):
            self.show_unlock()
        else:
            self.show_setup(self.folder)

    def show_unlock(self, minimized: bool = False) -> None:
        from healdesk.gui.unlock.unlock_window import UnlockWindow

        window = UnlockWindow(self.folder, self.demo_passphrase)
        window.opened.connect(self.open)
        window.new_journal_requested.connect(self._start_elsewhere)
        window.restored.connect(self._use_folder)
        self._replace_unlock_window(window)
        present(window, minimized)

    def show_setup(self, folder: Path) -> None:
        from healdesk.gui.unlock.setup_wizard import SetupWizard

        wizard = SetupWizard(folder)
        wizard.created.connect(lambda vault, remember: self._created(folder, vault, remember))
        wizard.rejected.connect(self._setup_abandoned)
        self.setup_wizard = wizard
        present(wizard)

    def open(self, vault) -> None:
        """Show the journal of an unlocked vault (from unlock, setup or the demo)."""
        from healdesk.gui.app.wal_checkpoints import WalCheckpoints
        from healdesk.gui.base.background import collect_on_ui_thread
        from healdesk.gui.care.break_companion import resume_break
        from healdesk.gui.care.unlock_history import show_unlock_notice
        from healdesk.gui.data.data_menu import DataActions
        from healdesk.gui.journal.main_window import JournalWindow

        self.vault = vault
        window = JournalWindow(
            vault.journal, demo=bool(self.demo_passphrase), opener=vault.journal_on_this_thread
        )
        window.lock_requested.connect(self.lock)
        window.hide_requested.connect(self.hide_and_lock)
        window.preferences_requested.connect(self.edit_preferences)
        window.quit_requested.connect(self.quit)
        self.window = window
        WalCheckpoints(vault, window)
        self.data_actions = DataActions(window, self)
        window.add_data_menu(self.data_actions.actions())
        self.data_actions.journal_changed.connect(window.reload)
        present(window)
        self._replace_unlock_window(None)
        if vault.folder_tightened:
            from healdesk.gui.base import prompts
            from healdesk.vault.errors import folder_was_open

            prompts.inform(window, APP_NAME, folder_was_open(vault.folder))
        self.data_actions.probe_keychain()
        self.data_actions.run_automatic_backup(
            self.preferences.backup_folder, self.preferences.retention
        )
        self.data_actions.merge.offer_found_copies()
        self.idle.start()
        collect_on_ui_thread().hold_full_collections_while(self._typing_or_scrolling)
        window.reopen_drafts()
        resume_break(window, vault.journal)
        show_unlock_notice(window, vault.journal)
        reminder = QTimer(window, singleShot=True, interval=REMINDER_DELAY_MS)
        reminder.timeout.connect(window.offer_due_commitments)
        reminder.start()  # a child of the window: a lock before it fires stops it
        self.opened.emit()

    # --- leaving ----------------------------------------------------------------------------
    def lock(self, minimized: bool = False) -> None:
        """Close the vault and leave nothing readable behind; safe to call when locked."""
        if self.vault is None:
            return
        from healdesk.gui.app.scrub import scrub
        from healdesk.gui.base.background import collect_on_ui_thread, jobs

        self.idle.stop()
        # Off the screen first, within a frame; the slower work below happens out of sight.
        tops = list(QApplication.topLevelWidgets())
        for top in tops:
            top.hide()
        self.windows_hidden.emit()
        if self.window is not None:
            self.window.clear_for_lock()  # from here on, nothing re-reads the journal
        jobs().cancel_for_lock()  # each stops at its next safe point, before the vault
        self.data_actions = None
        for widget in list(QApplication.allWidgets()):
            close_for_lock = getattr(widget, "close_for_lock", None)
            if callable(close_for_lock):
                try:
                    close_for_lock()  # dialogs keep their drafts while the vault is open
                except Exception:
                    faulthandler.dump_traceback(all_threads=False)  # frames only, no text
        for top in tops:
            for timer in top.findChildren(QTimer):
                timer.stop()  # a debounce or autosave must not reach the closed journal
        scrub(*tops)
        for top in tops:
            top.deleteLater()
        self.window = None
        vault, self.vault = self.vault, None
        vault.lock()
        collector = collect_on_ui_thread()
        collector.hold_full_collections_while(None)
        collector.collect_everything_next()
        self.locked.emit()
        self.show_unlock(minimized)
        announce(self.unlock_window, _(JOURNAL_LOCKED))  # the journal vanished without a word

    def _typing_or_scrolling(self) -> bool:
        """Input came in the last moments: a full garbage collection (about 50 ms with
        100,000 entries open) would land in the middle of it, so it waits."""
        return self.idle.seconds_since_input() < INPUT_PAUSE_S

    def hide_and_lock(self) -> None:
        """Quick hide: the journal vanishes and locks in one step; only a minimized unlock
        screen remains."""
        self.lock(minimized=True)

    def quit(self) -> None:
        self.shutdown()
        self._app.quit()

    def shutdown(self) -> None:
        """Lock, and leave no window or worker thread running (safe to call twice)."""
        if self.vault is not None:
            self.lock()
        wizard, self.setup_wizard = self.setup_wizard, None
        if wizard is not None:
            wizard.rejected.disconnect(self._setup_abandoned)
            wizard.reject()  # waits for its worker threads, locks a vault it made
        from healdesk.gui.base.background import jobs

        jobs().finish(cancel=False)
        self._replace_unlock_window(None)
        self.idle.stop()
        self._app.removeEventFilter(self.idle)

    # --- preferences ------------------------------------------------------------------------
    def edit_preferences(self) -> None:
        from healdesk.gui.data.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.preferences, self.window)
        dialog.changed.connect(self.apply_preferences)
        open_dialog(dialog)

    def apply_preferences(self) -> None:
        self.idle.timeout = self.preferences.auto_lock_minutes * 60
        appearance.apply(self._app, self.preferences.appearance)

    def system_locking(self) -> None:
        """The screen is locking or the computer is going to sleep."""
        if self.preferences.lock_on_screen_lock:
            self.lock()

    # --- internals --------------------------------------------------------------------------
    def _replace_unlock_window(self, window: QWidget | None) -> None:
        old, self.unlock_window = self.unlock_window, window
        if old is not None:
            old.hide()
            old.deleteLater()

    def _created(self, folder: Path, vault, remember: bool) -> None:
        self.folder = folder
        self.setup_wizard.deleteLater()
        self.setup_wizard = None
        if remember:
            from healdesk.gui.base.background import jobs

            jobs().start(lambda _p: vault.remember_on_device(), self)
        self.open(vault)
        from healdesk.core.safety.care import FIRST_RUN_OFFER
        from healdesk.gui.care.opening import open_care_check

        open_care_check(self.window, vault.journal, offer=FIRST_RUN_OFFER)

    def _setup_abandoned(self) -> None:
        self.setup_wizard = None
        if layout.present(self.folder):
            self.show_unlock()  # made but not finished: it opens like any journal
        else:
            self.quit()

    def _start_elsewhere(self, folder: Path) -> None:
        self._replace_unlock_window(None)
        self.folder = Path(folder)
        self.preferences.vault_folder = self.folder
        self.show_setup(self.folder)

    def _use_folder(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.preferences.vault_folder = self.folder
        self.show_unlock()
