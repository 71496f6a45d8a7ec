"""The right side of the journal window: the selected conflict, and its repairs below it
(plus the small dialogs that show a saved repair and every commitment).

The repairs part (start a guided repair, continue a draft, open a saved one) is the repair
flows' own panel; this pane only gives it the selected conflict and opens what it asks for.
Templates are loaded the first time a conflict is shown, not at unlock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from healdesk import APP_NAME
from healdesk.gui.base import prompts
from healdesk.gui.base.windows import open_dialog
from healdesk.gui.journal.entry_detail import EntryDetail
from healdesk.i18n import _

if TYPE_CHECKING:
    from healdesk.core.conflict import Conflict
    from healdesk.core.repairs.template_loader import TemplateCatalog


class RepairDialog(QDialog):
    """A saved repair, read-only (the repair flows' RepairView) with a way to continue it."""

    continue_requested = Signal(int)
    changed = Signal()

    def __init__(self, journal, repair_id: int, parent: QWidget | None = None) -> None:
        from healdesk.gui.repair.repair_view import RepairView

        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.resize(620, 560)
        self.view = RepairView(journal, repair_id, self)
        self.view.continue_requested.connect(self.continue_requested)
        self.view.changed.connect(self.changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)


class CommitmentsDialog(QDialog):
    """Every commitment, due or not, with its check-ins (the repair flows' panel)."""

    def __init__(self, journal, parent: QWidget | None = None) -> None:
        from healdesk.gui.repair.commitments_panel import CommitmentsPanel
        from healdesk.gui.widgets.calm import dialog_heading

        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.resize(600, 520)
        self.panel = CommitmentsPanel(journal, parent=self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(dialog_heading(_("Commitments"), self))
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)


class EntryPane(QWidget):
    """`changed` fires when a repair was saved or checked in: lists and patterns may differ."""

    changed = Signal()

    def __init__(self, journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.shown: Conflict | None = None  # as read for the detail: a save's checks reuse it
        self.repairs = None  # the repair flows' panel for the shown conflict
        self._templates: TemplateCatalog | None = None
        self.detail = EntryDetail()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.detail, 1)

    @property
    def templates(self) -> TemplateCatalog:
        """The repair flows on offer, read when first needed (most sessions never ask)."""
        if self._templates is None:
            from healdesk.core.repairs.template_loader import load_catalog

            self._templates = load_catalog(user_sources=self.journal.user_templates())
        return self._templates

    def forget_templates(self) -> None:
        """A flow was imported: offer it from now on (the shown conflict's panel too)."""
        self._templates = None
        self._drop_repairs()
        if self.conflict_id is not None:
            self.show_conflict(self.conflict_id)

    @property
    def conflict_id(self) -> int | None:
        return None if self.shown is None else self.shown.id

    def show_conflict(self, conflict_id: int) -> None:
        from healdesk.gui.repair.conflict_repairs import ConflictRepairsPanel

        self.shown = self.journal.get_conflict(conflict_id)
        self.detail.show_conflict(self.shown, self.journal.merge_notes(conflict_id))
        if self.repairs is None:
            self.repairs = ConflictRepairsPanel(
                self.journal, conflict_id, self.templates.ordered(), self
            )
            self.repairs.setAccessibleName(_("Repairs of this entry"))
            self.repairs.open_requested.connect(self.open_repair)
            self.repairs.changed.connect(self.changed)
            self._layout.addWidget(self.repairs)
        else:  # kept from entry to entry: new widgets would be polished and laid out anew
            self.repairs.show_for(conflict_id)
            self.repairs.show()

    def show_nothing(self) -> None:
        self.shown = None
        self.detail.show_nothing()
        if self.repairs is not None:
            self.repairs.clear_for_lock()  # no repairs of an entry no longer shown
            self.repairs.hide()

    def _drop_repairs(self) -> None:
        if self.repairs is not None:
            self.repairs.hide()
            self.repairs.deleteLater()
            self.repairs = None

    def open_repair(self, repair_id: int) -> None:
        dialog = RepairDialog(self.journal, repair_id, self.window())
        dialog.continue_requested.connect(self.continue_repair)
        dialog.changed.connect(self._repairs_changed)
        open_dialog(dialog)

    def continue_repair(self, repair_id: int) -> None:
        from healdesk.gui.care.gate import step_back_instead
        from healdesk.gui.repair.repair_wizard import RepairWizard

        repair = self.journal.get_repair(repair_id)
        if step_back_instead(self.window(), self.journal, repair.conflict_ids):
            return
        template = self.templates.templates.get(repair.template_id)
        if template is None:
            prompts.inform(
                self,
                APP_NAME,
                _(
                    "The guided flow this repair was written with is "
                    "not available any more, so it can be read but not continued."
                ),
            )
            return
        wizard = RepairWizard(self.journal, template, repair_id=repair_id, parent=self.window())
        wizard.saved.connect(lambda _id: self._repairs_changed())
        open_dialog(wizard)

    def _repairs_changed(self) -> None:
        if self.repairs is not None:
            self.repairs.refresh()
        self.changed.emit()
