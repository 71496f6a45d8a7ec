"""SideBySideDialog: a shared repair with my answers and my partner's beside them, step by
step. Theirs are read-only: they change only when a newer file from them is opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from healdesk.core.couple.shared_view import COMMITMENTS_HEADING, side_by_side
from healdesk.core.couple.sharing import SharedCommitment
from healdesk.core.language.words import check_in_word, sentence_start
from healdesk.core.repairs.repair import Commitment
from healdesk.gui.widgets.calm import PAGE_SPACING, scaled_font, wrapped_label
from healdesk.i18n import _

if TYPE_CHECKING:
    from healdesk.vault.stores.journal import Journal


class SideBySideDialog(QDialog):
    """Both sides of repair `repair_id`; says so gently when nothing came back yet."""

    def __init__(self, journal: Journal, repair_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal, self.repair_id = journal, repair_id
        self.setWindowTitle(self.tr("Both sides"))
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        layout.setSpacing(PAGE_SPACING)
        self.heading = wrapped_label("", self)
        self.heading.setFont(scaled_font(self.heading, 1.4))
        self.note = wrapped_label("", self, muted=True)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        mine = self.journal.get_repair(self.repair_id)
        shared = self.journal.shared_repair(self.repair_id)
        partner = (shared.partner if shared else None) or self.tr("My partner")
        theirs = shared.theirs if shared else None
        self.heading.setText(mine.title)
        page = QWidget()
        grid = QGridLayout(page)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(6)
        grid.setHorizontalSpacing(18)
        if theirs is None:
            self.note.setText(
                self.tr(
                    "Nothing has come back from {name} yet. Their answers appear here "
                    "once you open the file they send."
                ).format(name=partner)
            )
        else:
            self.note.setText(
                self.tr(
                    "Your answers on the left, {name}'s on the right. Theirs are read-only "
                    "and kept locked in your journal."
                ).format(name=partner)
            )
        self._row(grid, self.tr("Me"), partner, header=True)
        steps = side_by_side(mine, theirs) if theirs else []
        for step in steps:
            self._heading(grid, step.title)
            for row in step.rows:
                self._label(grid, row.label)
                self._row(grid, row.mine or "—", row.theirs or "—")
        together = self._together(theirs.commitments if theirs else [])
        if together:
            self._heading(grid, _(COMMITMENTS_HEADING))
            for text, my_check, their_check in together:
                self._label(grid, text)
                self._row(grid, my_check, their_check)
        grid.setRowStretch(grid.rowCount(), 1)
        self.scroll.setWidget(page)

    def _together(self, theirs: list[SharedCommitment]) -> list[tuple[str, str, str]]:
        """Commitments made together, with my latest check-in and theirs."""
        uids = self.journal.shared_commitment_uids()
        by_uid = {c.uid: c for c in theirs}
        rows = []
        for commitment in self.journal.commitments(self.repair_id):
            uid = uids.get(commitment.id)  # type: ignore[arg-type]
            if uid is None:
                continue
            other = by_uid.get(uid)
            rows.append(
                (
                    commitment.text,
                    self._check_words(commitment),
                    self._check_words(other) if other else self.tr("Not heard yet"),
                )
            )
        return rows

    def _check_words(self, commitment: Commitment | SharedCommitment) -> str:
        checks = commitment.check_ins
        return (
            sentence_start(check_in_word(checks[-1].result))
            if checks
            else self.tr("No check-in yet")
        )

    def _heading(self, grid: QGridLayout, title: str) -> None:
        label = wrapped_label(title)
        label.setFont(scaled_font(label, 1.2, bold=True))
        label.setContentsMargins(0, 12, 0, 0)
        grid.addWidget(label, grid.rowCount(), 0, 1, 2)

    def _label(self, grid: QGridLayout, text: str) -> None:
        grid.addWidget(wrapped_label(text, muted=True), grid.rowCount(), 0, 1, 2)

    def _row(self, grid: QGridLayout, mine: str, theirs: str, header: bool = False) -> None:
        row = grid.rowCount()
        for column, text in enumerate((mine, theirs)):
            label = wrapped_label(text)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            if header:
                label.setFont(scaled_font(label, 1.1, bold=True))
            else:
                label.setFrameShape(QFrame.Shape.StyledPanel)
                label.setMargin(8)
            grid.addWidget(label, row, column)

    def close_for_lock(self) -> None:
        """Before the vault locks: forget both sides' words, and close."""
        self.heading.clear()
        self.scroll.takeWidget().deleteLater()
        self.reject()
