"""The dialog of "Is this conflict, or something else?": four questions, ticked or not.

Offered at first run, after a frightened and intense entry, and always from Help. Answers go
straight into the vault; any "yes" opens the page that explains why the repair flows step
back (`safety_page`). The window title stays the app's name: nothing here may show outside.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from healdesk import APP_NAME
from healdesk.core.safety import care
from healdesk.gui.base import prompts
from healdesk.gui.widgets.calm import PAGE_MARGIN, PAGE_SPACING, add_heading, wrapped_label
from healdesk.i18n import _
from healdesk.vault import Journal, VaultError


class CareCheckDialog(QDialog):
    """`answered(steps_back)` after the answers were kept. `offer` is the gentle sentence
    that says why the check is offered now (first run, after an entry); empty from Help."""

    answered = Signal(bool)

    def __init__(
        self,
        journal: Journal,
        person: str | None = None,
        offer: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.setWindowTitle(APP_NAME)
        self.setObjectName("CareCheckDialog")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN // 2, PAGE_MARGIN, PAGE_MARGIN // 2)
        layout.setSpacing(PAGE_SPACING)
        add_heading(layout, self, _(care.CHECK_TITLE), _(offer or care.CHECK_INTRO))
        if offer:
            layout.addWidget(wrapped_label(_(care.CHECK_INTRO), self))
        self.person = QComboBox(self)
        self.person.addItem(_(care.CHECK_EVERYONE), None)
        for known in journal.people():
            self.person.addItem(known.name, known.name)
        if person is not None:
            found = self.person.findData(person)
            self.person.setCurrentIndex(max(found, 0))
        form = QFormLayout()
        form.addRow(_(care.CHECK_ABOUT), self.person)
        layout.addLayout(form)
        self.boxes: dict[str, QCheckBox] = {}
        for question in care.QUESTIONS:
            box = QCheckBox(_(question.text), self)
            box.setAccessibleName(_(question.text))
            layout.addWidget(box)
            self.boxes[question.key] = box
        layout.addWidget(wrapped_label(_(care.CHECK_PRIVATE), self, muted=True))
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.later_button = buttons.addButton(
            self.tr("&Not now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.person.currentIndexChanged.connect(self._show_answers)
        self._show_answers()

    def yes(self) -> set[str]:
        return {key for key, box in self.boxes.items() if box.isChecked()}

    def _show_answers(self) -> None:
        """The answers kept for the person chosen, so changing them starts from what was said."""
        kept = self.journal.care_checks().get(self.person.currentData())
        for key, box in self.boxes.items():
            box.setChecked(kept is not None and key in kept.yes)

    def save(self) -> None:
        try:
            check = self.journal.save_care_check(self.person.currentData(), self.yes())
        except VaultError as error:
            prompts.warn(self, APP_NAME, self.tr("Your answers could not be kept. %s") % error)
            return
        self.answered.emit(check.steps_back)
        self.accept()

    def close_for_lock(self) -> None:
        """Ticks are not kept half-way: locking simply closes the questions."""
        self.reject()
