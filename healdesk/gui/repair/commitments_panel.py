"""Commitments, shown calmly: what is due, a quiet way to check in, and adding one by hand.

Shown inside the app only (a panel, or a small dialog when the journal opens). Never a
system notification: a commitment's words are as private as the entry they came from.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from healdesk import APP_NAME
from healdesk.core.language.words import check_in_word, sentence_start
from healdesk.core.repairs.attunement import Felt
from healdesk.core.repairs.followthrough import (
    DueState,
    counts,
    due_state,
    needs_attention,
    record_check_in,
)
from healdesk.core.repairs.repair import CheckIn, CheckInResult, Commitment
from healdesk.core.repairs.templates import FieldKind, TemplateField
from healdesk.gui.base import prompts
from healdesk.gui.care.felt_question import FeltQuestion, keep_felt
from healdesk.gui.repair.repair_fields import DateField
from healdesk.gui.widgets.calm import (
    CALM_STYLE,
    PAGE_MARGIN,
    PAGE_SPACING,
    dialog_heading,
    scaled_font,
    wrapped_label,
)
from healdesk.gui.widgets.keyboard import quiet_scroll_areas
from healdesk.i18n import _, format_local_pattern

if TYPE_CHECKING:
    from healdesk.vault.stores.journal import Journal


def _day(value: date) -> str:
    return format_local_pattern(value, "EEEE d MMMM")


def due_words(commitment: Commitment, today: date) -> str:
    """When a commitment is for, said gently: never "late", never a red number."""
    state = due_state(commitment, today)
    if state is DueState.KEPT:
        return _("You noted this as kept.")
    if commitment.due is None:
        return _("No date set")
    if state is DueState.OVERDUE:
        return _("You had hoped to do this by {day}").format(day=_day(commitment.due))
    if state is DueState.TODAY:
        return _("For today")
    return _("By {day}").format(day=_day(commitment.due))


class CommitmentRow(QFrame):
    """One commitment with its due words, a note and the three check-in answers."""

    answered = Signal(object, str)  # (CheckInResult, note)

    def __init__(self, commitment: Commitment, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.commitment = commitment
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        text = wrapped_label(commitment.text, self)
        text.setFont(scaled_font(text, 1.1, bold=True))
        layout.addWidget(text)
        when = due_words(commitment, today)
        if commitment.latest is not None and not commitment.kept:
            when += _(" · last check-in: {check_in_word}").format(
                check_in_word=check_in_word(commitment.latest)
            )
        layout.addWidget(wrapped_label(when, self, muted=True))
        if commitment.kept:
            return
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(_("A note, if you like"))
        self.note.setAccessibleName(_("Note for: {text}").format(text=commitment.text))
        layout.addWidget(self.note)
        self.felt = FeltQuestion(self)
        layout.addWidget(self.felt)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.buttons: dict[CheckInResult, QPushButton] = {}
        for result in CheckInResult:
            said = sentence_start(check_in_word(result))
            button = QPushButton(said, self)
            button.setAutoDefault(False)
            button.setAccessibleName(f"{said}: {commitment.text}")
            button.clicked.connect(
                lambda _=False, r=result: self.answered.emit(r, self.note.text())
            )
            buttons.addWidget(button)
            self.buttons[result] = button
        buttons.addStretch(1)
        layout.addLayout(buttons)


class CommitmentsPanel(QWidget):
    """Commitments with check-ins. `repair_id` limits it to one repair (and links new ones to
    it); `due_only` shows just what is overdue or due soon, for the journal's opening."""

    checked_in = Signal(int)  # commitment id
    changed = Signal()

    def __init__(
        self,
        journal: Journal,
        repair_id: int | None = None,
        *,
        due_only: bool = False,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.repair_id = repair_id
        self.due_only = due_only
        self.today = today or date.today()
        self.setStyleSheet(CALM_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(PAGE_SPACING)
        self.summary = wrapped_label("", self, muted=True)
        layout.addWidget(self.summary)
        layout.addWidget(self._rows_area(), 1)
        self.rows: list[CommitmentRow] = []
        #: Where focus goes when no commitment is left open to check in (the due dialog's
        #: "Later"); without one, the field for a new commitment.
        self.focus_when_done: QWidget | None = None
        if not due_only:
            layout.addLayout(self._adder())
        self.refresh()

    def _rows_area(self) -> QScrollArea:
        """The rows scroll, so many commitments never push the dialog (or its buttons) past
        the screen; each row keeps its natural height, titles wrap."""
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setAccessibleName(_("Commitments"))
        holder = QWidget(self.scroll)
        self.rows_box = QVBoxLayout(holder)
        self.rows_box.setContentsMargins(0, 0, 4, 0)
        self.rows_box.setSpacing(10)
        self.rows_box.addStretch(1)
        self.scroll.setWidget(holder)
        quiet_scroll_areas(self)
        return self.scroll

    def _adder(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.new_text = QLineEdit(self)
        self.new_text.setPlaceholderText(_("Something you will do"))
        self.new_text.setAccessibleName(_("New commitment"))
        self.new_due = DateField(TemplateField("due", FieldKind.DATE, _("By when")), self)
        self.add_button = QPushButton(_("&Add commitment"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_by_hand)
        self.new_text.returnPressed.connect(self.add_by_hand)
        row.addWidget(self.new_text, 1)
        row.addWidget(self.new_due)
        row.addWidget(self.add_button)
        return row

    def commitments(self) -> list[Commitment]:
        """What the panel lists: every commitment (of its repair), or with `due_only` just
        those overdue or due soon."""
        return self._shown(self.journal.commitments(self.repair_id))

    def _shown(self, found: list[Commitment]) -> list[Commitment]:
        return needs_attention(found, self.today) if self.due_only else found

    def refresh(self) -> None:
        self._remove_rows()
        found = self.journal.commitments(self.repair_id)
        shown = self._shown(found)
        for commitment in shown:
            row = CommitmentRow(commitment, self.today, self)
            row.answered.connect(
                lambda r, n, c=commitment, w=row: self.check_in(c, r, n, w.felt.value())
            )
            self.rows_box.insertWidget(len(self.rows), row)
            self.rows.append(row)
        self.summary.setText(self._summary(found, shown))

    def clear_for_lock(self) -> None:
        """Forget every commitment shown and the one being typed, before the vault locks.
        `refresh()` fills the panel again from an unlocked journal."""
        self._remove_rows()
        self.summary.clear()
        if not self.due_only:
            self.new_text.setText("")  # setText also drops the undo history
            self.new_due.set_value(None)

    def _remove_rows(self) -> None:
        for row in self.rows:
            self.rows_box.removeWidget(row)
            row.deleteLater()
        self.rows = []

    def _summary(self, found: list[Commitment], shown: list[Commitment]) -> str:
        tally = counts(found, self.today)
        if not tally.total:
            return _("No commitments yet. A small, concrete step is enough.")
        if self.due_only:
            return (
                _(
                    "Some things you meant to do are coming up. Check in when you are ready; "
                    "“not yet” is an honest answer too."
                )
                if shown
                else _("Nothing is due right now.")
            )
        return _("{kept} of {total} kept so far.").format(kept=tally.kept, total=tally.total)

    def check_in(
        self, commitment: Commitment, result: CheckInResult, note: str, felt: Felt | None = None
    ) -> None:
        from healdesk.vault import VaultError

        answer = CheckIn(datetime.now(UTC).replace(microsecond=0), result, note.strip())
        try:
            with self.journal.transaction():  # the check-in and whether it was felt, together
                record_check_in(self.journal, commitment, answer)
                keep_felt(self.journal, answer.id, felt)
        except VaultError as error:
            prompts.warn(
                self, APP_NAME, _("The check-in could not be saved. {error}").format(error=error)
            )
            return
        place = next((i for i, r in enumerate(self.rows) if r.commitment is commitment), 0)
        self.checked_in.emit(commitment.id)
        self.changed.emit()
        self.refresh()
        self._refocus(place)

    def _refocus(self, place: int) -> None:
        """The answered row was rebuilt, and focus went with the old one: give it to the
        row now in that place (the same commitment, else the next one still open), else to
        where the panel goes on, so a keyboard user is never left with focus nowhere."""
        still_open = [row.note for row in self.rows if hasattr(row, "note")]
        target = (still_open[min(place, len(still_open) - 1)] if still_open else None) or (
            self.focus_when_done or getattr(self, "new_text", None)
        )
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_by_hand(self) -> None:
        from healdesk.vault import VaultError

        text = self.new_text.text().strip()
        if not text:
            self.new_text.setFocus()
            return
        due = self.new_due.value()
        commitment = Commitment(text, date.fromisoformat(due) if due else None, self.repair_id)
        try:
            self.journal.add_commitment(commitment)
        except VaultError as error:
            prompts.warn(
                self, APP_NAME, _("The commitment could not be saved. {error}").format(error=error)
            )
            return
        self.new_text.clear()
        self.new_due.set_value(None)
        self.changed.emit()
        self.refresh()


class DueCommitmentsDialog(QDialog):
    """The gentle reminder the main window opens (non-modally) when the journal is unlocked,
    only if something is due: see `has_due`."""

    def __init__(
        self, journal: Journal, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.resize(560, 460)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # as in RepairWizard
        self.setMinimumSize(420, 320)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN // 2)
        layout.setSpacing(PAGE_SPACING)
        layout.addWidget(dialog_heading(_("Following through"), self))
        self.panel = CommitmentsPanel(journal, due_only=True, today=today, parent=self)
        layout.addWidget(self.panel, 1)
        close = QPushButton(_("&Later"), self)
        close.clicked.connect(self.accept)
        self.panel.focus_when_done = close
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(close)
        layout.addLayout(footer)

    @staticmethod
    def has_due(journal: Journal, today: date | None = None) -> bool:
        return bool(needs_attention(journal.commitments(), today or date.today()))
