"""Search-as-you-type and the list filters (theme, person, period) above the entry list.

Typing is debounced briefly so a fast typist starts one search, not ten; the choosers apply
at once. `criteria()` says what the list should show; the bar itself never reads the journal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QWidget

from healdesk.core.selection import EVERYTHING, Selection
from healdesk.gui.base.quiet import quietly
from healdesk.gui.widgets.keyboard import tab_leaves
from healdesk.i18n import N_, _, local_pattern

SEARCH_DEBOUNCE_MS = 180
PERIODS = (
    (N_("All time"), None),
    (N_("Last 30 days"), 30),
    (N_("Last 3 months"), 91),
    (N_("Last 12 months"), 365),
    (N_("Between dates\u2026"), -1),
)


@dataclass(frozen=True)
class Criteria:
    """What the entry list shows: the entries of `selection`, or those matching `query`."""

    query: str = ""
    selection: Selection = EVERYTHING

    @property
    def filtered(self) -> bool:
        return bool(self.query.strip()) or self.selection.narrowed


class FilterBar(QWidget):
    changed = Signal()

    def __init__(
        self, date_span: Callable[[], tuple[date, date] | None] = lambda: None, parent=None
    ) -> None:
        """`date_span` gives the journal's first and last day: the starting values of
        "between dates", asked only when that period is first chosen."""
        super().__init__(parent)
        self._date_span = date_span
        self._span_filled = False
        self.search = QLineEdit()
        self.search.setPlaceholderText(_("Search everything you wrote"))
        self.search.setAccessibleName(_("Search entries"))
        self.search.setClearButtonEnabled(True)
        self.theme = self._combo(_("Filter by theme"))
        self.person = self._combo(_("Filter by person"))
        self.period = self._combo(_("Filter by period"))
        for label, days in PERIODS:
            self.period.addItem(_(label), days)
        self.start = self._date(_("From date"))
        self.end = self._date(_("To date"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        for widget in (self.theme, self.person, self.period, self.start, self.end):
            layout.addWidget(widget, 1)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.changed)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.theme, self.person):
            combo.currentIndexChanged.connect(self.changed)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.start.dateChanged.connect(self.changed)
        self.end.dateChanged.connect(self.changed)
        self.set_labels([], [])

    @staticmethod
    def _combo(name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    @staticmethod
    def _date(name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        # Translators: a Qt date format (d day, MMM month, yyyy year); reorder it.
        edit.setDisplayFormat(local_pattern("d MMM yyyy"))
        tab_leaves(edit)
        edit.hide()
        return edit

    def set_labels(self, themes: list[str], people: list[str]) -> None:
        """Offer these themes and people, keeping the current choice where it still exists."""
        for combo, everyone, names in (
            (self.theme, _("All themes"), themes),
            (self.person, _("Everyone"), people),
        ):
            current = combo.currentData()
            with quietly(combo):
                combo.clear()
                combo.addItem(everyone, None)
                for name in names:
                    combo.addItem(name, name)
                combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)

    def offers(self, themes: Iterable[str], person: str | None) -> bool:
        """Whether each of these theme names and the person is already on offer."""
        return all(self.theme.findData(name) >= 0 for name in themes) and (
            person is None or self.person.findData(person) >= 0
        )

    def _fill_date_span(self) -> None:
        span = self._date_span()
        self._span_filled = True
        if span is None:
            return
        first, last = span
        with quietly(self.start, self.end):
            self.start.setDate(QDate(first.year, first.month, first.day))
            self.end.setDate(QDate(last.year, last.month, last.day))

    def criteria(self, today: date | None = None) -> Criteria:
        days = self.period.currentData()
        start = end = None
        if days == -1:
            start, end = self.start.date().toPython(), self.end.date().toPython()
        elif days:
            start = (today or date.today()) - timedelta(days=days - 1)
        theme, person = self.theme.currentData(), self.person.currentData()
        return Criteria(
            self.search.text(),
            Selection(start, end, (theme,) if theme else (), (person,) if person else ()),
        )

    def search_now(self) -> None:
        """Apply pending typing immediately (Enter in the search field, tests)."""
        if self._debounce.isActive():
            self._debounce.stop()
            self.changed.emit()

    def reset(self) -> None:
        self._debounce.stop()  # typing before a lock must not search a closed journal
        with quietly(self.search, self.theme, self.person, self.period):
            self.search.setText("")
            for combo in (self.theme, self.person, self.period):
                combo.setCurrentIndex(0)
        self._period_changed()

    def _period_changed(self) -> None:
        between = self.period.currentData() == -1
        if between and not self._span_filled:
            self._fill_date_span()
        self.start.setVisible(between)
        self.end.setVisible(between)
        self.changed.emit()
