"""The unlock screen: passphrase, recovery key or this device's keychain.

Key derivation runs on a worker thread behind a busy bar, so the window stays responsive.
Every refusal is said plainly on the screen itself. A damaged or foreign vault gets its own
page that explains and offers a restore into another folder or a new journal elsewhere; the
files found are never written to.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from healdesk import APP_NAME
from healdesk.gui.base.announce import JOURNAL_LOCKED
from healdesk.gui.unlock import elsewhere
from healdesk.gui.unlock.unlock_pages import (
    NewPassphrasePage,
    PassphrasePage,
    ProblemPage,
    RecoveryPage,
    card_layout,
    heading,
)
from healdesk.i18n import N_, _

if TYPE_CHECKING:
    from healdesk.gui.unlock.passphrase_form import NewPassphraseForm

PageT = TypeVar("PageT", bound=QWidget)

#: When the new passphrase after a recovery-key unlock could not be written.
PASSPHRASE_NOT_SAVED = N_("The new passphrase could not be saved")
OLD_PASSPHRASE_WORKS = N_("Your old passphrase still works; you can try again.")


def means_damage(error: Exception) -> bool:
    """The files cannot be opened as they are (as opposed to a wrong key or a busy vault)."""
    from healdesk.vault import errors

    return isinstance(
        error,
        errors.KeyFileDamaged
        | errors.NotAVault
        | errors.VaultDamaged
        | errors.NewerVault
        | errors.NoEncryption,
    )


class UnlockWindow(QWidget):
    """Emits `opened(vault)` once the journal is unlocked (and, after a recovery key, the
    offer of a new passphrase was answered). Holds no entry text at any time."""

    opened = Signal(object)
    new_journal_requested = Signal(Path)
    restored = Signal(Path)

    # Set when the page holding them is first built.
    recovery_key: QLineEdit
    new_passphrase: NewPassphraseForm
    save_passphrase_button: QPushButton
    problem: QLabel
    restore_button: QPushButton

    def __init__(self, folder: Path, demo_passphrase: str = "", parent=None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.setWindowTitle(APP_NAME)
        self.setObjectName("UnlockWindow")
        self.resize(720, 520)
        self._vault = None
        self._last_unlock: dict | None = None
        self._recovery_page: RecoveryPage | None = None
        self._new_passphrase_page: NewPassphrasePage | None = None
        self._problem_page: ProblemPage | None = None

        card = QWidget()
        column = QVBoxLayout(card)
        column.setSpacing(10)
        column.addWidget(heading(APP_NAME, "title"))
        self.subtitle = heading(_(JOURNAL_LOCKED), "subtitle")
        column.addWidget(self.subtitle)
        if demo_passphrase:
            demo = heading(
                _("DEMO — the passphrase is “{demo_passphrase}”").format(
                    demo_passphrase=demo_passphrase
                ),
                "demo",
            )
            demo.setAccessibleName(_("Demo journal"))
            column.addWidget(demo)
        column.addSpacing(8)
        self.pages = QStackedWidget()
        column.addWidget(self.pages)
        self.message = heading("", "error")
        self.message.setAccessibleName(_("Message"))
        self.message.hide()
        column.addWidget(self.message)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setFixedHeight(6)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(_("Opening the journal"))
        self.busy.hide()
        column.addWidget(self.busy)
        card_layout(self, card)

        self.passphrase_page = self._build_passphrase_page()
        self._check_files()

    # --- pages ----------------------------------------------------------------------------
    def _add_page(self, page: PageT) -> PageT:
        self.pages.addWidget(page)
        return page

    def _build_passphrase_page(self) -> PassphrasePage:
        page = self._add_page(PassphrasePage())
        self.passphrase = page.passphrase
        self.unlock_button = page.unlock_button
        self.device_button = page.device_button
        self.recovery_link = page.recovery_link
        self.passphrase.returnPressed.connect(self.unlock_with_passphrase)
        self.unlock_button.clicked.connect(self.unlock_with_passphrase)
        self.device_button.clicked.connect(self.unlock_with_device)
        self.recovery_link.clicked.connect(
            lambda: self._show(self.recovery_page, self.recovery_key)  # builds the page first
        )
        return page

    # The other pages are built when first needed: most starts only ever need the passphrase.
    @property
    def recovery_page(self) -> RecoveryPage:
        if self._recovery_page is None:
            page = self._recovery_page = self._add_page(RecoveryPage())
            self.recovery_key = page.recovery_key
            self.recovery_key.returnPressed.connect(self.unlock_with_recovery_key)
            page.unlock_button.clicked.connect(self.unlock_with_recovery_key)
            page.back_button.clicked.connect(
                lambda: self._show(self.passphrase_page, self.passphrase)
            )
        return self._recovery_page

    @property
    def new_passphrase_page(self) -> NewPassphrasePage:
        if self._new_passphrase_page is None:
            page = self._new_passphrase_page = self._add_page(NewPassphrasePage())
            self.new_passphrase = page.form
            self.save_passphrase_button = page.save_button
            page.save_button.clicked.connect(self.save_new_passphrase)
            page.later_button.clicked.connect(self._finish)
        return self._new_passphrase_page

    @property
    def problem_page(self) -> ProblemPage:
        if self._problem_page is None:
            page = self._problem_page = self._add_page(ProblemPage(self.folder))
            self.problem = page.problem
            self.restore_button = page.restore_button
            page.restore_button.clicked.connect(self.restore_backup)
            page.elsewhere_button.clicked.connect(self.start_elsewhere)
        return self._problem_page

    def _show(self, page: QWidget, focus: QWidget | None = None) -> None:
        self.message.hide()
        for index in range(self.pages.count()):  # the stack takes the current page's height
            policy = (
                QSizePolicy.Policy.Preferred
                if self.pages.widget(index) is page
                else QSizePolicy.Policy.Ignored
            )
            self.pages.widget(index).setSizePolicy(policy, policy)
        self.pages.setCurrentWidget(page)
        if focus is not None:
            focus.setFocus()

    def _check_files(self) -> None:
        from healdesk.vault.access import keyfile
        from healdesk.vault.errors import VaultError

        try:  # Vault.unlock_methods without loading SQLCipher: the screen appears sooner
            methods = {slot.kind for slot in keyfile.load(self.folder).slots}
        except VaultError as error:
            self._show_problem(error)
            return
        self.device_button.setVisible("device" in methods)
        self._show(self.passphrase_page, self.passphrase)

    def _show_problem(self, error: Exception) -> None:
        self.subtitle.setText(_("This journal cannot be opened."))
        page = self.problem_page
        self.problem.setText(str(error))
        self._show(page)

    # --- unlocking ------------------------------------------------------------------------
    def unlock_with_passphrase(self) -> None:
        secret = self.passphrase.text()
        if not secret:
            self._say(_("Please type your passphrase."))
            return
        self._unlock({"passphrase": secret})

    def unlock_with_recovery_key(self) -> None:
        secret = self.recovery_key.text()
        if not secret.strip():
            self._say(_("Please type the recovery key."))
            return
        self._unlock({"recovery_key": secret})

    def unlock_with_device(self) -> None:
        self._unlock({"device": True})

    def _unlock(self, how: dict) -> None:
        from healdesk.vault import Vault

        folder = self.folder
        self._last_unlock = how
        self._in_background(
            lambda _progress: Vault.unlock(folder, **how),
            lambda vault: self._unlocked(vault, "recovery_key" in how),
            self._refused,
        )

    def _unlocked(self, vault, by_recovery_key: bool) -> None:
        self.passphrase.clear()
        self._vault = vault
        if by_recovery_key:
            self.recovery_key.clear()
            self.subtitle.setText(_("Welcome back."))
            page = self.new_passphrase_page
            self._show(page, self.new_passphrase.first)
        else:
            self._finish()

    def _refused(self, error: Exception) -> None:
        if means_damage(error):
            self._show_problem(error)
            return
        from healdesk.gui.base import prompts
        from healdesk.vault.errors import VaultOpenElsewhere

        how = self._last_unlock
        if (
            isinstance(error, VaultOpenElsewhere)
            and error.stale
            and how is not None
            and prompts.confirm(
                self, self.tr("Open here anyway?"), str(error), self.tr("Open here")
            )
        ):
            self._unlock({**how, "take_stale_lock": True})
            return

        self._say(prompts.failure_text(error, _("The journal could not be opened")))
        self.passphrase.clear()
        (
            self.recovery_key
            if self._recovery_page is not None and self.pages.currentWidget() is self._recovery_page
            else self.passphrase
        ).setFocus()

    def save_new_passphrase(self) -> None:
        new = self.new_passphrase.passphrase()
        vault = self._vault
        if not new or vault is None:
            return
        self._in_background(
            lambda _progress: vault.change_passphrase(new),
            lambda _result: self._finish(),
            self._passphrase_not_saved,
        )

    def _passphrase_not_saved(self, error: Exception) -> None:
        """The journal is open; only the new passphrase did not land: say so, and let the
        person try again or go on with the old one."""
        from healdesk.gui.base import prompts

        self._say(
            f"{prompts.failure_text(error, _(PASSPHRASE_NOT_SAVED))} {_(OLD_PASSPHRASE_WORKS)}"
        )
        self.new_passphrase.first.setFocus()

    def _finish(self) -> None:
        self._set_busy(False)
        if self._new_passphrase_page is not None:
            self._new_passphrase_page.form.clear()
        vault, self._vault = self._vault, None
        if vault is not None:
            self.opened.emit(vault)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.pages.setEnabled(not busy)
        if busy:
            self.message.hide()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # --- when the files are not right -----------------------------------------------------
    def restore_backup(self) -> None:
        """Restore a backup into another folder: the backup is verified with its own
        passphrase or recovery key and its contents shown before anything is written; the
        damaged files here are never touched."""
        from healdesk.vault.safekeeping.restore import Secret, inspect_backup

        request = elsewhere.ask_restore(self, self.folder)
        if request is None:
            return
        secret = Secret.typed(request.typed_secret)
        self._in_background(
            lambda _progress: inspect_backup(request.archive, secret),
            lambda summary: self._confirm_restore(request, secret, summary.describe()),
            self._restore_failed,
        )

    def _confirm_restore(self, request: elsewhere.RestoreRequest, secret, contents: str) -> None:
        from healdesk.vault.safekeeping.restore import restore_backup

        if not elsewhere.confirm_restore(self, request.target, contents):
            return
        self._in_background(
            lambda progress: restore_backup(
                request.archive, request.target, secret, progress=progress
            ),
            lambda _kept: self.restored.emit(request.target),
            self._restore_failed,
        )

    def _in_background(self, work, done, failed) -> None:
        """Run `work` off the UI thread behind the busy indicator, one job at a time (key
        derivation, checking or restoring a backup); `done` or `failed` then runs on the UI
        thread with the indicator already off."""
        from healdesk.gui.base.background import jobs

        if jobs().running(self):
            return
        self._set_busy(True)
        jobs().start(
            work,
            self,
            succeeded=lambda outcome: (self._set_busy(False), done(outcome)),
            failed=lambda error: (self._set_busy(False), failed(error)),
        )

    def _restore_failed(self, error: Exception) -> None:
        from healdesk.gui.base import prompts

        prompts.warn(
            self, _("Restore"), prompts.failure_text(error, _("The backup could not be restored"))
        )

    def start_elsewhere(self) -> None:
        target = elsewhere.ask_new_folder(self)
        if target is not None:
            self.new_journal_requested.emit(target)

    def closeEvent(self, event) -> None:
        from healdesk.gui.base.background import jobs

        jobs().finish(self, cancel=False)
        if self._vault is not None:  # closed while offering a new passphrase
            self._vault.lock()
            self._vault = None
        super().closeEvent(event)
