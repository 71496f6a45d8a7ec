"""The unlock screen: passphrase, recovery key or this device's keychain.

Key derivation runs on a worker thread behind a busy bar, so the window stays responsive.
Every refusal is said plainly on the screen itself. A damaged or foreign vault gets its own
page that explains and offers a restore into another folder or a new journal elsewhere; the
files found are never written to.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
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

#: When the new passphrase after a recovery-key unlock could not be written.
PASSPHRASE_NOT_SAVED = "The new passphrase could not be saved"
OLD_PASSPHRASE_WORKS = "Your old passphrase still works; you can try again."


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


def card_layout(window: QWidget, card: QWidget) -> None:
    """Centre `card` (a calm column of fixed width) in `window`."""
    card.setFixedWidth(420)
    outer = QVBoxLayout(window)
    outer.addStretch(2)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card)
    row.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(3)


def heading(text: str, role: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", role)
    label.setWordWrap(True)
    return label


def accent_button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setProperty("accent", True)
    button.setAutoDefault(True)
    return button


def link_button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class UnlockWindow(QWidget):
    """Emits `opened(vault)` once the journal is unlocked (and, after a recovery key, the
    offer of a new passphrase was answered). Holds no entry text at any time."""

    opened = Signal(object)
    new_journal_requested = Signal(Path)
    restored = Signal(Path)

    def __init__(self, folder: Path, demo_passphrase: str = "", parent=None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.setWindowTitle(APP_NAME)
        self.setObjectName("UnlockWindow")
        self.resize(720, 520)
        self._vault = None
        self._last_unlock: dict | None = None

        card = QWidget()
        column = QVBoxLayout(card)
        column.setSpacing(10)
        column.addWidget(heading(APP_NAME, "title"))
        self.subtitle = heading("Your journal is locked.", "subtitle")
        column.addWidget(self.subtitle)
        if demo_passphrase:
            demo = heading(f"DEMO \u2014 the passphrase is \u201c{demo_passphrase}\u201d", "demo")
            demo.setAccessibleName("Demo journal")
            column.addWidget(demo)
        column.addSpacing(8)
        self.pages = QStackedWidget()
        column.addWidget(self.pages)
        self.message = heading("", "error")
        self.message.setAccessibleName("Message")
        self.message.hide()
        column.addWidget(self.message)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setFixedHeight(6)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName("Opening the journal")
        self.busy.hide()
        column.addWidget(self.busy)
        card_layout(self, card)

        self.passphrase_page = self._build_passphrase_page()
        self._check_files()

    # --- pages ----------------------------------------------------------------------------
    def _new_page(self) -> tuple[QWidget, QVBoxLayout]:
        """An empty page of the card, already in the stack."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.pages.addWidget(page)
        return page, layout

    def _build_passphrase_page(self) -> QWidget:
        page, layout = self._new_page()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText("Passphrase")
        self.passphrase.setAccessibleName("Passphrase")
        self.passphrase.returnPressed.connect(self.unlock_with_passphrase)
        self.unlock_button = accent_button("&Unlock")
        self.unlock_button.clicked.connect(self.unlock_with_passphrase)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        self.device_button = link_button("Open with this &device's keychain")
        self.device_button.clicked.connect(self.unlock_with_device)
        self.device_button.hide()
        self.recovery_link = link_button("Forgot it? Use the &recovery key")
        self.recovery_link.clicked.connect(
            lambda: self._show(self.recovery_page, self.recovery_key)  # builds the page first
        )
        links = QHBoxLayout()
        links.addWidget(self.recovery_link)
        links.addWidget(self.device_button)
        links.addStretch(1)
        layout.addLayout(links)
        return page

    # The other pages are built when first needed: most starts only ever need the passphrase.
    @cached_property
    def recovery_page(self) -> QWidget:
        page, layout = self._new_page()
        layout.addWidget(
            heading(
                "Type the recovery key from your recovery kit. Dashes and capitals are optional.",
                "",
            )
        )
        self.recovery_key = QLineEdit()
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.recovery_key.setAccessibleName("Recovery key")
        self.recovery_key.returnPressed.connect(self.unlock_with_recovery_key)
        button = accent_button("U&nlock")
        button.clicked.connect(self.unlock_with_recovery_key)
        row = QHBoxLayout()
        row.addWidget(self.recovery_key, 1)
        row.addWidget(button)
        layout.addLayout(row)
        back = link_button("&Back to the passphrase")
        back.clicked.connect(lambda: self._show(self.passphrase_page, self.passphrase))
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    @cached_property
    def new_passphrase_page(self) -> QWidget:
        from healdesk.gui.unlock.passphrase_form import NewPassphraseForm

        page, layout = self._new_page()
        layout.addWidget(
            heading(
                "The recovery key opened your journal. You can choose a new "
                "passphrase now; the recovery key keeps working.",
                "",
            )
        )
        self.new_passphrase = NewPassphraseForm()
        layout.addWidget(self.new_passphrase)
        self.save_passphrase_button = accent_button("&Save the new passphrase")
        self.save_passphrase_button.setEnabled(False)
        self.save_passphrase_button.clicked.connect(self.save_new_passphrase)
        self.new_passphrase.validity_changed.connect(self.save_passphrase_button.setEnabled)
        later = QPushButton("Not &now")
        later.clicked.connect(self._finish)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(later)
        row.addWidget(self.save_passphrase_button)
        layout.addLayout(row)
        return page

    @cached_property
    def problem_page(self) -> QWidget:
        page, layout = self._new_page()
        self.problem = heading("", "")
        self.problem.setAccessibleName("What went wrong")
        layout.addWidget(self.problem)
        layout.addWidget(
            heading(
                f"The files in {self.folder} were left exactly as they are. You can restore a "
                "backup into another folder (with the passphrase or recovery key it was made "
                "with), or start a new journal elsewhere.",
                "subtitle",
            )
        )
        self.restore_button = restore = QPushButton("&Restore a backup\u2026")
        restore.clicked.connect(self.restore_backup)
        fresh = QPushButton("Start a new journal &elsewhere\u2026")
        fresh.clicked.connect(self.start_elsewhere)
        row = QHBoxLayout()
        row.addWidget(restore)
        row.addWidget(fresh)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

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
        from healdesk.vault import keyfile
        from healdesk.vault.errors import VaultError

        try:  # Vault.unlock_methods without loading SQLCipher: the screen appears sooner
            methods = {slot.kind for slot in keyfile.load(self.folder).slots}
        except VaultError as error:
            self._show_problem(error)
            return
        self.device_button.setVisible("device" in methods)
        self._show(self.passphrase_page, self.passphrase)

    def _show_problem(self, error: Exception) -> None:
        self.subtitle.setText("This journal cannot be opened.")
        page = self.problem_page
        self.problem.setText(str(error))
        self._show(page)

    # --- unlocking ------------------------------------------------------------------------
    def unlock_with_passphrase(self) -> None:
        secret = self.passphrase.text()
        if not secret:
            self._say("Please type your passphrase.")
            return
        self._unlock({"passphrase": secret})

    def unlock_with_recovery_key(self) -> None:
        secret = self.recovery_key.text()
        if not secret.strip():
            self._say("Please type the recovery key.")
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
            self.subtitle.setText("Welcome back.")
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

        self._say(prompts.failure_text(error, "The journal could not be opened"))
        self.passphrase.clear()
        (
            self.recovery_key
            if self.pages.currentWidget() is self.__dict__.get("recovery_page")
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

        self._say(f"{prompts.failure_text(error, PASSPHRASE_NOT_SAVED)} {OLD_PASSPHRASE_WORKS}")
        self.new_passphrase.first.setFocus()

    def _finish(self) -> None:
        self._set_busy(False)
        if "new_passphrase_page" in self.__dict__:
            self.new_passphrase.clear()
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
        from healdesk.gui.base import prompts
        from healdesk.vault import Vault
        from healdesk.vault.restore import Secret, inspect_backup

        archive = prompts.open_path(
            self, "Choose a backup", "HealDesk backups (*.healdesk-backup *.zip)"
        )
        if archive is None:
            return
        typed = prompts.ask_secret(
            self, "Restore", "Passphrase or recovery key the backup was made with:"
        )
        if typed is None:
            return
        target = prompts.choose_folder(self, "Choose an empty folder for the restored journal")
        if target is None:
            return
        if Vault.exists(target) or target.resolve() == self.folder.resolve():
            prompts.warn(
                self,
                "Restore",
                "That folder already holds a journal. Please choose an empty folder.",
            )
            return
        secret = Secret.typed(typed)
        self._in_background(
            lambda _progress: inspect_backup(archive, secret),
            lambda summary: self._confirm_restore(archive, secret, target, summary),
            self._restore_failed,
        )

    def _confirm_restore(self, archive: Path, secret, target: Path, summary) -> None:
        from healdesk.gui.base import prompts
        from healdesk.vault.restore import restore_backup

        if not prompts.confirm(
            self,
            "Restore",
            f"The backup is intact: {summary.describe()}.\n\nIt will be restored into "
            f"{target}. Unlock it there with the passphrase or recovery key of the backup.",
            "Restore",
        ):
            return
        self._in_background(
            lambda progress: restore_backup(archive, target, secret, progress=progress),
            lambda _kept: self.restored.emit(target),
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
            self, "Restore", prompts.failure_text(error, "The backup could not be restored")
        )

    def start_elsewhere(self) -> None:
        from healdesk.gui.base import prompts
        from healdesk.vault import Vault

        target = prompts.choose_folder(self, "Choose an empty folder for the new journal")
        if target is None:
            return
        if Vault.exists(target):
            prompts.warn(
                self,
                "New journal",
                "That folder already holds a journal. Please choose an empty folder.",
            )
            return
        self.new_journal_requested.emit(target)

    def closeEvent(self, event) -> None:
        from healdesk.gui.base.background import jobs

        jobs().finish(self, cancel=False)
        if self._vault is not None:  # closed while offering a new passphrase
            self._vault.lock()
            self._vault = None
        super().closeEvent(event)
