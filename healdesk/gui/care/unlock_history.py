"""Unlock history on screen: a calm notice after an unlock when attempts did not succeed
since the journal was last opened, and the list of openings and attempts (Help > Unlock
history…).

The notice is shown once (the vault remembers what was shown) and only when something
unexpected happened; it names times, never accuses, and never appears in a title or a
notification.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from healdesk import APP_NAME
from healdesk.core.safety import unlock_history
from healdesk.gui.base.windows import open_dialog
from healdesk.gui.widgets.calm import (
    PAGE_MARGIN,
    PAGE_SPACING,
    add_heading,
    scaled_font,
    wrapped_label,
)
from healdesk.i18n import _
from healdesk.vault import Journal


def _calm_layout(dialog: QDialog) -> QVBoxLayout:
    dialog.setWindowTitle(APP_NAME)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN // 2, PAGE_MARGIN, PAGE_MARGIN // 2)
    layout.setSpacing(PAGE_SPACING)
    return layout


class UnlockHistoryDialog(QDialog):
    """Every kept opening and attempt that did not open the journal, newest first."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UnlockHistoryDialog")
        layout = _calm_layout(self)
        add_heading(layout, self, _(unlock_history.TITLE), _(unlock_history.INTRO))
        events = journal.unlock_events()
        journal.mark_unlocks_seen()
        self.table = QTableWidget(len(events), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("What happened")])
        self.table.setAccessibleName(_(unlock_history.TITLE))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, event in enumerate(events):
            for column, text in enumerate(event.describe()):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if events:
            layout.addWidget(self.table, 1)
        else:
            self.table.hide()
            layout.addWidget(wrapped_label(_(unlock_history.NONE_YET), self))
        layout.addWidget(wrapped_label(_(unlock_history.LIMITS), self, muted=True))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 520)

    def close_for_lock(self) -> None:
        self.reject()


class UnlockNotice(QDialog):
    """The few calm sentences after an unlock, with the way to the whole list."""

    def __init__(self, journal: Journal, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UnlockNotice")
        self.journal = journal
        layout = _calm_layout(self)
        heading = wrapped_label(_(unlock_history.TITLE), self)
        heading.setFont(scaled_font(heading, 1.4))
        layout.addWidget(heading)
        self.message = wrapped_label(text, self)
        layout.addWidget(self.message)
        layout.addStretch(1)
        buttons = QDialogButtonBox(self)
        self.history_button = buttons.addButton(
            self.tr("&See the unlock history\u2026"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.ok_button = buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        self.history_button.clicked.connect(self.show_history)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(540, self.sizeHint().height())

    def show_history(self) -> None:
        parent = self.parentWidget()
        self.accept()
        open_unlock_history(parent, self.journal)

    def close_for_lock(self) -> None:
        self.reject()


def open_unlock_history(parent: QWidget, journal: Journal) -> UnlockHistoryDialog:
    dialog = UnlockHistoryDialog(journal, parent)
    open_dialog(dialog)
    return dialog


def show_unlock_notice(parent: QWidget, journal: Journal) -> UnlockNotice | None:
    """After an unlock: the notice, once, when attempts did not succeed since the journal
    was last opened; None (nothing shown) otherwise."""
    text = unlock_history.notice(journal.unseen_failures())
    if text is None:
        return None
    journal.mark_unlocks_seen()
    notice = UnlockNotice(journal, text, parent)
    open_dialog(notice)
    return notice
