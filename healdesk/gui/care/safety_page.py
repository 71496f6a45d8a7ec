"""The calm page shown instead of a repair flow when the check said "yes", and the private
safety plan the person writes on it (also reachable from Help > My safety plan).

The plan is kept in the vault when the page closes, and before the vault locks; it is never
written anywhere else. The page can reopen the check, so the person can change their answers.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from healdesk import APP_NAME
from healdesk.core.language import words
from healdesk.core.safety import care
from healdesk.gui.base import prompts
from healdesk.gui.widgets.calm import (
    CALM_STYLE,
    PAGE_MARGIN,
    PAGE_SPACING,
    add_heading,
    scaled_font,
    wrapped_label,
)
from healdesk.i18n import _
from healdesk.vault import Journal, VaultError


class SafetyPage(QDialog):
    """Why the repair exercises step back (when `stepped_back`), what could help, and the
    safety plan. Closing keeps the plan; nothing on it is ever required."""

    #: The person asked to change their answers to the check (the plan is kept, the page closed).
    answers_wanted = Signal()

    def __init__(self, journal: Journal, stepped_back: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.stepped_back = stepped_back
        self.setWindowTitle(APP_NAME)
        self.setObjectName("SafetyPage")
        self.setStyleSheet(CALM_STYLE)
        self.resize(680, 640)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN // 2, PAGE_MARGIN, PAGE_MARGIN // 2)
        layout.setSpacing(PAGE_SPACING)
        if stepped_back:
            add_heading(layout, content, _(care.STEP_BACK_TITLE), _(care.STEP_BACK_WHY))
            layout.addWidget(wrapped_label(_(care.STEP_BACK_HELP), content))
            layout.addWidget(wrapped_label(_(care.STEP_BACK_CHANGE), content, muted=True))
        else:
            add_heading(layout, content, _(care.PLAN_TITLE), _(words.SAFETY_NOTE))
        plan_title = wrapped_label(_(care.PLAN_TITLE), content)
        plan_title.setFont(scaled_font(plan_title, 1.2, bold=True))
        if stepped_back:
            layout.addWidget(plan_title)
        layout.addWidget(wrapped_label(_(care.PLAN_INTRO), content, muted=True))
        self.parts: dict[str, QPlainTextEdit] = {}
        kept = journal.safety_plan()
        for part in care.PLAN_PARTS:
            label = wrapped_label(_(part.label), content)
            label.setFont(scaled_font(label, 1.0, bold=True))
            edit = QPlainTextEdit(kept.get(part.key, ""), content)
            edit.setPlaceholderText(_(part.hint))
            edit.setAccessibleName(_(part.label))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4)
            label.setBuddy(edit)
            layout.addWidget(label)
            layout.addWidget(edit)
            self.parts[part.key] = edit
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)
        buttons = QDialogButtonBox(self)
        buttons.setContentsMargins(PAGE_MARGIN, 0, PAGE_MARGIN, PAGE_MARGIN // 2)
        self.change_button = buttons.addButton(
            self.tr("&Change my answers\u2026"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = buttons.addButton(
            self.tr("&Keep and close"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.change_button.clicked.connect(self.change_answers)
        buttons.accepted.connect(self.accept)
        outer.addWidget(buttons)

    def plan(self) -> dict[str, str]:
        return {key: edit.toPlainText() for key, edit in self.parts.items()}

    def keep(self) -> bool:
        """Write the plan into the vault; False (the words stay on screen) if it could not."""
        try:
            self.journal.save_safety_plan(self.plan())
        except VaultError as error:
            prompts.warn(self, APP_NAME, self.tr("Your plan could not be kept. %s") % error)
            return False
        return True

    def accept(self) -> None:
        if self.keep():
            super().accept()

    def reject(self) -> None:
        """Escape and the close button keep the plan too: nothing written is lost."""
        if self.keep():
            super().reject()

    def close_for_lock(self) -> None:
        self.keep()
        super().reject()

    def change_answers(self) -> None:
        """Keep the plan, close, and ask for the check again (`answers_wanted`)."""
        if self.keep():
            super().accept()
            self.answers_wanted.emit()
