"""A conflict's repairs: what was done about it, what is unfinished, and a way to start one.

The main window puts this beside a conflict entry. Starting a flow opens the RepairWizard
(window-modal, never blocking); an unfinished one for this conflict is offered to continue.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QVBoxLayout, QWidget

from healdesk.core.language.vocabulary import counted
from healdesk.core.language.words import sentence_start, status_word
from healdesk.core.repairs.repair_draft import RepairDraft, repair_drafts
from healdesk.core.repairs.templates import Template
from healdesk.gui.care.gate import step_back_instead
from healdesk.gui.repair.repair_wizard import RepairWizard
from healdesk.gui.widgets.calm import PAGE_SPACING, wrapped_label
from healdesk.i18n import _, format_local_pattern

if TYPE_CHECKING:
    from healdesk.vault.stores.journal import Journal


class ConflictRepairsPanel(QWidget):
    """`open_requested(repair_id)` asks the main window to show a saved repair (RepairView);
    `changed` fires after a repair was saved or kept as a draft from here."""

    open_requested = Signal(int)
    changed = Signal()

    def __init__(
        self,
        journal: Journal,
        conflict_id: int,
        templates: Sequence[Template],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.conflict_id = conflict_id
        self.templates = {t.id: t for t in templates}
        self.wizard: RepairWizard | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(PAGE_SPACING // 2)
        self.summary = wrapped_label("", self, muted=True)
        layout.addWidget(self.summary)
        self.rows = QVBoxLayout()
        layout.addLayout(self.rows)
        self.start_button = QPushButton(_("&Start a repair…"), self)
        menu = QMenu(self.start_button)
        for template in templates:
            action = menu.addAction(template.title)
            action.triggered.connect(lambda _=False, t=template: self.start(t))
        self.start_button.setMenu(menu)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_button)
        start_row.addStretch(1)
        layout.addLayout(start_row)
        layout.addStretch(1)
        self.buttons: list[QPushButton] = []
        self.refresh()

    def show_for(self, conflict_id: int) -> None:
        """The repairs of another conflict, in the same panel."""
        self.conflict_id = conflict_id
        self.refresh()

    def drafts(self) -> list[RepairDraft]:
        return [
            d
            for d in repair_drafts(self.journal)
            if self.conflict_id in d.conflict_ids and d.template_id in self.templates
        ]

    def clear_for_lock(self) -> None:
        """Forget the repairs listed, before the vault locks (template titles stay: they are
        not the writer's words). `refresh()` lists them again from an unlocked journal."""
        self._remove_buttons()
        self.summary.clear()

    def _remove_buttons(self) -> None:
        for button in self.buttons:
            self.rows.removeWidget(button)
            button.deleteLater()
        self.buttons = []

    def refresh(self) -> None:
        self._remove_buttons()
        repairs = self.journal.repairs(self.conflict_id)
        for repair in repairs:
            when = format_local_pattern(repair.created_at, "d MMMM y") if repair.created_at else ""
            status = sentence_start(status_word(repair.status))
            # Two lines: in one, a narrow pane at 150% text cut the status off.
            button = QPushButton(f"{repair.title}\n{when} · {status}", self)
            button.setAccessibleName(
                _("Open repair: {title}, {status}").format(title=repair.title, status=status)
            )
            button.clicked.connect(lambda _=False, i=repair.id: self.open_requested.emit(i))
            self._add(button)
        for draft in self.drafts():
            title = self.templates[draft.template_id].title
            button = QPushButton(_("Continue: {title} (not finished)").format(title=title), self)
            button.clicked.connect(lambda _=False, d=draft: self.resume(d))
            self._add(button)
        self.summary.setText(
            _("No repair yet. When you feel ready, a guided flow can help.")
            if not repairs
            else _("{repairs} for this entry.").format(
                repairs=counted(len(repairs), "{n} repair", "{n} repairs")
            )
        )

    def _add(self, button: QPushButton) -> None:
        button.setAutoDefault(True)  # Enter opens it, as Space does (outside a dialog too)
        button.setStyleSheet("text-align: left; padding: 6px 10px;")
        self.rows.addWidget(button)
        self.buttons.append(button)

    def start(self, template: Template) -> RepairWizard | None:
        """Open the flow for this conflict (resuming its draft if there is one); None when the
        flows step back for its person (the safety page opens instead)."""
        if step_back_instead(self.window(), self.journal, [self.conflict_id]):
            return None
        return self._open(
            RepairWizard(self.journal, template, [self.conflict_id], parent=self.window())
        )

    def resume(self, draft: RepairDraft) -> RepairWizard | None:
        if step_back_instead(self.window(), self.journal, draft.conflict_ids):
            return None
        template = self.templates[draft.template_id]
        return self._open(
            RepairWizard(
                self.journal, template, draft.conflict_ids, draft.repair_id, parent=self.window()
            )
        )

    def _open(self, wizard: RepairWizard) -> RepairWizard:
        self.wizard = wizard
        wizard.saved.connect(lambda *_: self._after())
        wizard.saved_for_later.connect(lambda *_: self._after())
        wizard.open()
        return wizard

    def _after(self) -> None:
        self.refresh()
        self.changed.emit()
