"""A saved repair, read back exactly as it was written (from its own label snapshot)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from healdesk import APP_NAME
from healdesk.core.language.words import sentence_start, status_word
from healdesk.core.repairs.followthrough import mark_talked
from healdesk.core.repairs.repair import Repair
from healdesk.core.repairs.repair_text import rendered_steps
from healdesk.gui.base import prompts
from healdesk.gui.couple.repair_buttons import ShareButtons
from healdesk.gui.repair.commitments_panel import CommitmentsPanel
from healdesk.gui.widgets.calm import PAGE_SPACING, mute, scaled_font, wrapped_label
from healdesk.gui.widgets.steps import steps_html
from healdesk.i18n import _

if TYPE_CHECKING:
    from healdesk.vault.stores.journal import Journal


def repair_html(repair: Repair) -> str:
    """The answers under the step titles and labels the writer saw, escaped for display."""
    steps = ((step.title, step.answers) for step in rendered_steps(repair))
    return steps_html(steps) or _("<p>Nothing was written in this repair yet.</p>")


class RepairView(QWidget):
    """Status, answers and commitments of one repair. `continue_requested(repair_id)` asks
    the main window to reopen it in the wizard (e.g. to fill in the outcome)."""

    continue_requested = Signal(int)
    changed = Signal()

    def __init__(self, journal: Journal, repair_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.repair_id = repair_id
        layout = QVBoxLayout(self)
        layout.setSpacing(PAGE_SPACING)
        self.title = wrapped_label("", self)
        self.title.setFont(scaled_font(self.title, 1.5))
        self.status = QLabel(self)
        mute(self.status)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(_("Repair answers"))
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.text, 2)
        buttons = QHBoxLayout()
        self.talked_button = QPushButton(_("We have &talked"), self)
        self.continue_button = QPushButton(_("&Continue this repair"), self)
        self.talked_button.clicked.connect(self.mark_talked)
        self.continue_button.clicked.connect(lambda: self.continue_requested.emit(self.repair_id))
        buttons.addWidget(self.talked_button)
        buttons.addWidget(self.continue_button)
        self.share_buttons = ShareButtons(journal, repair_id, self)
        buttons.addWidget(self.share_buttons)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        heading = wrapped_label(_("Commitments"), self)
        heading.setFont(scaled_font(heading, 1.2))
        layout.addWidget(heading)
        self.commitments = CommitmentsPanel(journal, repair_id, parent=self)
        self.commitments.changed.connect(self.refresh)
        layout.addWidget(self.commitments, 1)
        self.refresh()

    def refresh(self) -> None:
        repair = self.journal.get_repair(self.repair_id)
        self.title.setText(repair.title)
        self.status.setText(sentence_start(status_word(repair.status)))
        self.text.setHtml(repair_html(repair))
        self.talked_button.setVisible(repair.talked_at is None)
        self.share_buttons.refresh()

    def clear_for_lock(self) -> None:
        """Forget the repair's title, answers and commitments, before the vault locks."""
        for label in (self.title, self.status):
            label.clear()
        self.text.clear()
        self.commitments.clear_for_lock()

    def mark_talked(self) -> None:
        from healdesk.vault import VaultError

        try:
            mark_talked(self.journal, self.repair_id, datetime.now(UTC).replace(microsecond=0))
        except VaultError as error:
            prompts.warn(self, APP_NAME, _("That could not be saved. {error}").format(error=error))
            return
        self.changed.emit()
        self.refresh()
