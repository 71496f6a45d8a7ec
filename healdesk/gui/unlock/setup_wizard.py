"""First run: what HealDesk is (and is not), a passphrase, the recovery key, device memory.

The vault is created when the passphrase page is committed (key derivation on a worker
thread); the recovery key is shown on the next page only, and a re-typed group checks it was
kept. "Remember on this device" is offered only when a keychain answered a real round trip.
"""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from healdesk import APP_NAME
from healdesk.core.language import words
from healdesk.gui.base import prompts
from healdesk.gui.base.announce import announce
from healdesk.gui.base.background import BackgroundTask, jobs
from healdesk.gui.unlock.passphrase_form import NewPassphraseForm
from healdesk.i18n import N_, _

ABOUT = N_(
    "HealDesk is a private journal for the conflicts in your close relationships. Write down "
    "what happened soon after an argument, look for the wish behind it, plan a repair, and "
    "notice when the same fight keeps coming back. Everything stays on this computer, "
    "encrypted, and nothing is ever sent anywhere."
)
NOT_THERAPY = N_(
    "HealDesk is a companion for reflection. It is not therapy and it never diagnoses anyone. "
    "If you would like support, a couples or individual therapist can work with what you "
    "write here, and HealDesk can prepare the entries you choose for a session."
)
DEVICE_NOTE = N_(
    "Your computer's keychain will keep a key that opens the journal without the passphrase "
    "whenever you are logged in to this account. It protects the journal if the files are "
    "copied elsewhere, but not from anyone who can use this account while you are logged in. "
    "You can turn it off later."
)


def paragraph(text: str, role: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        label.setProperty("role", role)
    return label


class WelcomePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(_("Welcome to {APP_NAME}").format(APP_NAME=APP_NAME))
        self.setSubTitle(_("A private place for what happens after a hard moment."))
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        for text in (_(ABOUT), _(NOT_THERAPY)):
            layout.addWidget(paragraph(text))
        safety = paragraph(_(words.SAFETY_NOTE), "note")
        safety.setAccessibleName(_("Safety note"))
        layout.addWidget(safety)
        layout.addStretch(1)


class PassphrasePage(QWizardPage):
    """Creates the vault on commit; the wizard moves on by itself when that is done."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(_("Choose a passphrase"))
        self.setSubTitle(
            _(
                "It opens your journal. Nobody can reset it for you, so pick "
                "something you will remember."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, _("&Create my journal"))
        layout = QVBoxLayout(self)
        self.form = NewPassphraseForm()
        self.form.validity_changed.connect(self.completeChanged)
        layout.addWidget(self.form)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setFixedHeight(6)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(_("Creating the journal"))
        self.busy.hide()
        layout.addWidget(self.busy)
        self.message = paragraph("", "error")
        self.message.hide()
        layout.addWidget(self.message)
        layout.addStretch(1)
        self._task: BackgroundTask | None = None

    def isComplete(self) -> bool:
        return self.form.valid and not self.busy.isVisible()

    def validatePage(self) -> bool:
        if self._wizard.vault is not None:
            return True
        if self._task is not None and self._task.is_running():
            return False
        from healdesk.vault import Vault

        folder, passphrase = self._wizard.folder, self.form.passphrase()
        self.busy.show()
        self.message.hide()
        self.form.setEnabled(False)
        self.completeChanged.emit()
        self._task = jobs().start(
            lambda _p: Vault.create(folder, passphrase),
            self,
            succeeded=self._created,
            failed=self._failed,
        )
        return False

    def _created(self, result) -> None:
        self._wizard.vault, self._wizard.recovery_key = result
        self.busy.hide()
        self.form.clear()
        self._wizard.next()

    def _failed(self, error: Exception) -> None:
        from healdesk.gui.base import prompts

        self.busy.hide()
        self.form.setEnabled(True)
        self.message.setText(prompts.failure_text(error, _("The journal could not be created")))
        self.message.show()
        self.completeChanged.emit()

    def wait(self) -> None:
        if self._task is not None:
            self._task.wait()


class RecoveryKeyPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(_("Your recovery key"))
        self.setSubTitle(
            _(
                "If you forget your passphrase, this key opens the journal. It is shown "
                "only now: write it down or save the recovery kit, and keep it private."
            )
        )
        layout = QVBoxLayout(self)
        self.key = QLabel()
        self.key.setAccessibleName(_("Recovery key"))
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(16)
        font.setWeight(QFont.Weight.DemiBold)
        self.key.setFont(font)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setStyleSheet(
            "QLabel { border: 1px solid palette(highlight); "
            "border-radius: 8px; padding: 14px; background: palette(base); }"
        )
        layout.addWidget(self.key)
        self.save_pdf = QPushButton(_("Save the recovery kit as &PDF\u2026"))
        self.save_pdf.clicked.connect(self.save_kit)
        layout.addWidget(self.save_pdf, 0, Qt.AlignmentFlag.AlignLeft)
        self.saved_note = paragraph("", "subtitle")
        layout.addWidget(self.saved_note)
        self.kept = QCheckBox(_("I have written it down or saved the kit somewhere safe"))
        self.kept.setAccessibleName(_("I have kept the recovery key"))
        self.kept.toggled.connect(self.completeChanged)
        layout.addStretch(1)
        layout.addWidget(self.kept)

    def initializePage(self) -> None:
        groups = self._wizard.recovery_key.split("-")
        half = (len(groups) + 1) // 2
        self.key.setText("  ".join(groups[:half]) + "\n" + "  ".join(groups[half:]))

    def isComplete(self) -> bool:
        return self.kept.isChecked()

    def save_kit(self) -> None:
        from healdesk.export.recovery_kit import write_recovery_kit

        path = prompts.save_path(
            self,
            _("Save the recovery kit"),
            Path.home() / _("HealDesk recovery kit.pdf"),
            "PDF (*.pdf)",
        )
        if path is None:
            return
        try:
            write_recovery_kit(path, self._wizard.recovery_key, date.today())
        except OSError as error:
            prompts.warn(
                self,
                _("Recovery kit"),
                _(
                    "The kit could not be saved there ({value}). Please choose another place."
                ).format(value=error.strerror or type(error).__name__),
            )
            return
        self.saved_note.setText(
            _("Saved to {path}. Print it, or move it off this computer.").format(path=path)
        )


#: Said under the answer when a whole group was typed and it is not the one asked for.
GROUP_MISMATCH = N_(
    "Those characters are not that group of your key. Look again at what you wrote down, "
    "or go back to see the key."
)


class CheckPage(QWizardPage):
    """Asks for one group of the key, so a key that was not kept is noticed now, not later."""

    def __init__(self, wizard: SetupWizard, rng: random.Random) -> None:
        super().__init__()
        self._wizard = wizard
        self._rng = rng
        self.setTitle(_("Check that you kept it"))
        self.setSubTitle(_("One group is enough to be sure the key was written down or saved."))
        layout = QVBoxLayout(self)
        self.question = paragraph("")
        layout.addWidget(self.question)
        self.answer = QLineEdit()
        self.answer.setAccessibleName(_("Recovery key group"))
        self.answer.setMaxLength(8)
        self.answer.textChanged.connect(self.completeChanged)
        self.answer.textChanged.connect(self._say_mismatch)
        layout.addWidget(self.answer)
        self.mismatch = paragraph(_(GROUP_MISMATCH), "error")
        self.mismatch.hide()
        layout.addWidget(self.mismatch)
        layout.addWidget(
            paragraph(_("Lost it already? Go back: it is still shown there."), "subtitle")
        )
        layout.addStretch(1)
        self.group = 0

    def initializePage(self) -> None:
        count = len(self._wizard.recovery_key.split("-"))
        self.group = self._rng.randrange(count)
        # Whole sentences per group: ordinals agree with "group" differently in each language.
        questions = (
            _("Please type the first group of your recovery key (four characters)."),
            _("Please type the second group of your recovery key (four characters)."),
            _("Please type the third group of your recovery key (four characters)."),
            _("Please type the fourth group of your recovery key (four characters)."),
            _("Please type the fifth group of your recovery key (four characters)."),
            _("Please type the sixth group of your recovery key (four characters)."),
            _("Please type the seventh group of your recovery key (four characters)."),
            _("Please type the eighth group of your recovery key (four characters)."),
        )
        self.question.setText(questions[self.group])
        self.answer.clear()

    def isComplete(self) -> bool:
        from healdesk.vault.access.keys import parse_recovery_key

        expected = self._wizard.recovery_key.split("-")[self.group]
        typed = self.answer.text().strip().upper()
        # Compare as the full-key parser would read it, so O/0 and I/L/1 slips are forgiven.
        key = self._wizard.recovery_key.split("-")
        candidate = "-".join(typed if i == self.group else g for i, g in enumerate(key))
        return len(typed) == len(expected) and (
            parse_recovery_key(candidate) == parse_recovery_key(self._wizard.recovery_key)
        )

    def _say_mismatch(self, typed: str) -> None:
        """Once a whole group is typed and it is not the one asked for, say so (Next alone
        staying grey told nobody why)."""
        expected = self._wizard.recovery_key.split("-")[self.group]
        wrong = len(typed.strip()) >= len(expected) and not self.isComplete()
        if wrong and self.mismatch.isHidden():
            announce(self.answer, self.mismatch.text())
        self.mismatch.setVisible(wrong)

    def nextId(self) -> int:
        return self._wizard.DEVICE_PAGE if self._wizard.device_available else -1


class DevicePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(_("Remember on this device?"))
        self.setSubTitle(_("Optional. You can change this later."))
        layout = QVBoxLayout(self)
        self.remember = QCheckBox(_("&Remember on this device"))
        self.remember.setAccessibleName(_("Remember on this device"))
        layout.addWidget(self.remember)
        layout.addWidget(paragraph(_(DEVICE_NOTE), "subtitle"))
        layout.addStretch(1)


class SetupWizard(QWizard):
    """Emits `created(vault, remember_on_device)` when finished; a vault made but not
    finished (the wizard closed after the passphrase) is locked and opens normally later."""

    created = Signal(object, bool)
    WELCOME_PAGE, PASSPHRASE_PAGE, KEY_PAGE, CHECK_PAGE, DEVICE_PAGE = range(5)

    def __init__(self, folder: Path, parent=None, rng: random.Random | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.vault = None
        self.recovery_key = ""
        self.device_available = False
        self.setWindowTitle(APP_NAME)
        self.setObjectName("SetupWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        # An explicit minimum: QWizard then stops re-sizing itself page by page (which shows
        # as a jumping window, and as a warning on platforms that cannot take size hints).
        self.setMinimumSize(620, 500)
        self.resize(660, 540)
        self.passphrase_page = PassphrasePage(self)
        self.key_page = RecoveryKeyPage(self)
        self.check_page = CheckPage(self, rng or random.Random())
        self.device_page = DevicePage()
        self.setPage(self.WELCOME_PAGE, WelcomePage())
        self.setPage(self.PASSPHRASE_PAGE, self.passphrase_page)
        self.setPage(self.KEY_PAGE, self.key_page)
        self.setPage(self.CHECK_PAGE, self.check_page)
        self.setPage(self.DEVICE_PAGE, self.device_page)
        self._probe = jobs().start(
            lambda _p: _device_available(), self, succeeded=self._device_probed
        )

    def _device_probed(self, available: bool) -> None:
        self.device_available = bool(available)

    def accept(self) -> None:
        vault, self.vault = self.vault, None
        remember = self.device_available and self.device_page.remember.isChecked()
        self.recovery_key = ""
        super().accept()
        if vault is not None:
            self.created.emit(vault, remember)

    def done(self, result: int) -> None:
        self._probe.wait()
        self.passphrase_page.wait()
        if result != QWizard.DialogCode.Accepted and self.vault is not None:
            self.vault.lock()
            self.vault = None
        self.recovery_key = ""
        super().done(result)


def _device_available() -> bool:
    from healdesk.vault import Vault

    return Vault.device_slot_available()
