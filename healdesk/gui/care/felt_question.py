""" "Did it make a difference to them?": the quiet second question of a check-in.

Optional: a check-in saved without an answer keeps none. Shown under each open commitment;
the commitments panel records the answer with the check-in.
"""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from healdesk.core.repairs import attunement
from healdesk.core.repairs.attunement import Felt
from healdesk.gui.widgets.calm import wrapped_label
from healdesk.gui.widgets.flow_layout import FlowLayout
from healdesk.i18n import _
from healdesk.vault import Journal


class FeltQuestion(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(wrapped_label(_(attunement.QUESTION), self, muted=True))
        answers = FlowLayout(spacing=12)
        layout.addLayout(answers)
        self.group = QButtonGroup(self)
        self.options: dict[Felt, QRadioButton] = {}
        for felt, words in attunement.WORDS.items():
            option = QRadioButton(_(words), self)
            option.setAccessibleName(f"{_(attunement.QUESTION)} {_(words)}")
            self.group.addButton(option)
            answers.addWidget(option)
            self.options[felt] = option

    def value(self) -> Felt | None:
        return next((felt for felt, o in self.options.items() if o.isChecked()), None)


def keep_felt(journal: Journal, check_in_id: int | None, felt: Felt | None) -> None:
    """Record the answer with its check-in (nothing when it was left unanswered)."""
    if check_in_id is not None and felt is not None:
        journal.record_felt(check_in_id, felt)
