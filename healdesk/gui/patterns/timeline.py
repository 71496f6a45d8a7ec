"""The timeline view: swimlanes of conflicts by theme, with zoom and filters above them.

Reads summaries only (dates, themes, people, intensity, repair links, check-in results): the
timeline never decrypts an entry's text. `conflict_activated(id)` asks the main window to open
an entry.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from healdesk.core.selection import Selection
from healdesk.gui.base.quiet import quietly
from healdesk.gui.base.reads import JournalReads, Opener
from healdesk.gui.patterns.timeline_canvas import TimelineCanvas
from healdesk.gui.patterns.timeline_entries import TimelineEntries
from healdesk.gui.patterns.timeline_layout import ZOOMS, TimelineData, build_data
from healdesk.gui.patterns.timeline_painter import LANE_HEIGHT
from healdesk.gui.widgets.keyboard import tab_leaves
from healdesk.i18n import N_, _, local_pattern
from healdesk.vault.stores.journal import Journal

ALL_THEMES = N_("All themes")
EVERYONE = N_("Everyone")
#: Days as the rest of the app shows them ("1 Dec 2025").
DAY_FORMAT = "d MMM yyyy"


class TimelineView(QWidget):
    """Filters (theme, person, dates) and zoom over a `TimelineCanvas`; call `reload()` after
    the journal changes. With an `opener` (`Vault.journal_on_this_thread`) the journal is read
    off the UI thread, and a quiet line says so until the marks arrive."""

    conflict_activated = Signal(int)

    def __init__(
        self, journal: Journal, parent: QWidget | None = None, opener: Opener | None = None
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self.reads = JournalReads(journal, opener, self)
        self._entries = TimelineEntries.of([])
        self._repair_times: dict = {}
        self._commitments: list = []
        self._colours: dict[str, str] = {}
        self._filling = False
        self.setAccessibleName(_("Timeline"))
        self.gathering = QLabel(_("Gathering your entries…"))
        self.gathering.setAccessibleName(_("Timeline loading"))
        self.gathering.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.gathering.hide()
        self.canvas = TimelineCanvas()
        self.zoom_box = _combo(_("Zoom"), [_(z.name) for z in ZOOMS])
        self.theme_box = _combo(_("Theme filter"), [_(ALL_THEMES)])
        self.person_box = _combo(_("Person filter"), [_(EVERYONE)])
        self.from_edit = _date_edit(_("From date"))
        self.to_edit = _date_edit(_("To date"))
        self.reset_button = QPushButton(_("Show &all"))
        self.reset_button.setAccessibleName(_("Show all entries"))
        # A visible way through time (the canvas also pans by dragging and PageUp/PageDown).
        self.earlier_button = QPushButton("◀")
        self.earlier_button.setAccessibleName(_("Show earlier entries"))
        self.earlier_button.setToolTip(_("Earlier (Page Up on the timeline)"))
        self.later_button = QPushButton("▶")
        self.later_button.setAccessibleName(_("Show later entries"))
        self.later_button.setToolTip(_("Later (Page Down on the timeline)"))

        bar = QHBoxLayout()
        for text, widget in (
            (_("&Zoom"), self.zoom_box),
            (_("&Theme"), self.theme_box),
            (_("&Person"), self.person_box),
            (_("&From"), self.from_edit),
            (_("&Until"), self.to_edit),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget)
        bar.addWidget(self.reset_button)
        bar.addStretch(1)
        bar.addWidget(self.earlier_button)
        bar.addWidget(self.later_button)
        column = QVBoxLayout(self)
        column.addLayout(bar)
        column.addWidget(self.gathering)
        # Many themes scroll vertically; time pans inside the canvas itself.
        # Tab goes straight to the canvas, and moving between lanes scrolls the focused one
        # into view, so the scroller needs no focus of its own.
        self.scroller = scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(self.canvas)
        column.addWidget(scroller, 1)

        self.canvas.conflict_activated.connect(self.conflict_activated)
        self.canvas.view_changed.connect(self._show_zoom)
        self.zoom_box.activated.connect(self.canvas.zoom_to)
        self.earlier_button.clicked.connect(lambda: self.canvas.page(-1))
        self.later_button.clicked.connect(lambda: self.canvas.page(1))
        for box in (self.theme_box, self.person_box):
            box.currentIndexChanged.connect(self._apply_filters)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._apply_filters)
        self.reset_button.clicked.connect(lambda: self.reset_filters())
        for edit in (self.from_edit, self.to_edit):
            edit.setDate(QDate.currentDate())  # not Qt's 1 Jan 2000 while the first read runs
        self.reads.quiet_until_first(self.gathering, scroller)
        self.reload()

    def reload(self) -> None:
        """Read the journal's summaries again (after an entry was added, changed or trashed)."""
        self.reads.request(_material, self._show_material)

    def _show_material(self, material: tuple) -> None:
        """On the UI thread, in one step: what `_material` read (and laid out)."""
        self._entries, self._repair_times, self._commitments, themes, people, built = material
        self._colours = {t.name: t.colour for t in themes}
        self._filling = True
        _refill(self.theme_box, [_(ALL_THEMES), *(t.name for t in themes)])
        _refill(self.person_box, [_(EVERYONE), *(p.name for p in people)])
        self._filling = False
        self.reset_filters(built)

    def entries_changed(self, ids: set[int]) -> None:
        """Entries were saved a moment ago: only their summaries are read again, and the
        marks laid out again off the UI thread (the filters stay as they are). While a whole
        read is on its way, a new one is asked for instead (it may predate the saves)."""
        if self.reads.pending:
            self.reload()
            return
        shown, filters = self._entries, self._filters()
        repair_times, commitments = self._repair_times, self._commitments

        def read(journal: Journal) -> tuple:
            fresh = TimelineEntries.of(journal.summaries(Selection.of(ids)))
            kept = shown.replaced(ids, fresh)
            themes = journal.themes()
            colours = {t.name: t.colour for t in themes}
            built = build_data(kept, colours, repair_times, commitments, **filters)
            return kept, themes, journal.people(), built

        self.reads.request(read, lambda changed: self._show_changed(filters, *changed))

    def _show_changed(self, filters: dict, entries, themes, people, built) -> None:
        self._entries = entries
        self._colours = {t.name: t.colour for t in themes}
        self._filling = True
        _refill(self.theme_box, [_(ALL_THEMES), *(t.name for t in themes)])
        _refill(self.person_box, [_(EVERYONE), *(p.name for p in people)])
        self._filling = False
        if self._filters() == filters:
            self.canvas.set_data(built)
        else:  # a chosen theme or person is gone: the filter fell back to all
            self._apply_filters()

    def reset_filters(self, built: TimelineData | None = None) -> None:
        """Every theme, everyone, the whole span; `built`: the marks already laid out for
        exactly that (by the read off the UI thread)."""
        self._filling = True
        self.theme_box.setCurrentIndex(0)
        self.person_box.setCurrentIndex(0)
        first, last = _span(self._entries)
        self.from_edit.setDate(QDate(first.year, first.month, first.day))
        self.to_edit.setDate(QDate(last.year, last.month, last.day))
        self._filling = False
        if built is None:
            self._apply_filters()
        else:
            self.canvas.set_data(built)

    def clear_for_lock(self) -> None:
        """Forget every date, theme and person name held or drawn, before the vault locks.
        `reload()` fills the view again from an unlocked journal."""
        self.reads.forget()
        self._entries = TimelineEntries.of([])
        self._repair_times, self._commitments, self._colours = {}, [], {}
        self._filling = True
        _refill(self.theme_box, [_(ALL_THEMES)])
        _refill(self.person_box, [_(EVERYONE)])
        for edit in (self.from_edit, self.to_edit):  # when the journal began tells something
            edit.setDate(QDate.currentDate())
        self._filling = False
        self.canvas.set_data(TimelineData([]))
        self.canvas.setAccessibleDescription("")
        QToolTip.hideText()

    def set_filters(
        self,
        theme: str | None = None,
        person: str | None = None,
        start: date | None = None,
        end: date | None = None,
    ) -> None:
        """Programmatic filtering, as the filter bar does it (None keeps a filter as is)."""
        self._filling = True
        if theme is not None:
            self.theme_box.setCurrentIndex(max(0, self.theme_box.findText(theme)))
        if person is not None:
            self.person_box.setCurrentIndex(max(0, self.person_box.findText(person)))
        if start is not None:
            self.from_edit.setDate(QDate(start.year, start.month, start.day))
        if end is not None:
            self.to_edit.setDate(QDate(end.year, end.month, end.day))
        self._filling = False
        self._apply_filters()

    def _apply_filters(self) -> None:
        if self._filling:
            return
        self.canvas.set_data(
            build_data(
                self._entries,
                self._colours,
                self._repair_times,
                self._commitments,
                **self._filters(),
            )
        )

    def _filters(self) -> dict:
        """The filter widgets' choices, as `build_data` takes them (the first item of each box
        is "all": compared by place, since a theme may be called anything)."""
        theme, person = self.theme_box.currentText(), self.person_box.currentText()
        return {
            "themes": () if self.theme_box.currentIndex() <= 0 else (theme,),
            "people": () if self.person_box.currentIndex() <= 0 else (person,),
            "start": self.from_edit.date().toPython(),
            "end": self.to_edit.date().toPython(),
        }

    def _show_zoom(self) -> None:
        self.zoom_box.setCurrentIndex(self.canvas.zoom)
        mark = self.canvas.focused_mark()
        if mark is not None:
            centre = round(self.canvas.lane_centre(mark.lane))
            self.scroller.ensureVisible(round(mark.x), centre, 0, LANE_HEIGHT)


def _material(journal: Journal) -> tuple:
    """Everything the timeline shows, read in one go (on a background job's connection),
    and its marks laid out for the unfiltered view (laying out 100,000 marks takes longer
    than a frame, so it is done here too). The entries are read as columns, never as a
    summary per entry: the timeline keeps them while it is open."""
    entries = TimelineEntries.of_columns(*journal.pattern_columns())
    repair_times = journal.repair_times()
    commitments = journal.commitment_summaries()
    themes = journal.themes()
    first, last = _span(entries)
    colours = {t.name: t.colour for t in themes}
    built = build_data(entries, colours, repair_times, commitments, start=first, end=last)
    return entries, repair_times, commitments, themes, journal.people(), built


def _span(entries: TimelineEntries) -> tuple[date, date]:
    """The days of the first and last entry (today for an empty journal)."""
    if not len(entries):
        return date.today(), date.today()
    return entries.day(0), entries.day(len(entries) - 1)


def _combo(accessible_name: str, items: list[str]) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(accessible_name)
    box.addItems(items)
    return box


def _refill(box: QComboBox, items: list[str]) -> None:
    """New choices, keeping the one made where it still exists."""
    current = box.currentText()
    with quietly(box):
        box.clear()
        box.addItems(items)
        box.setCurrentIndex(max(0, box.findText(current)))


def _date_edit(accessible_name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setAccessibleName(accessible_name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(local_pattern(DAY_FORMAT))
    tab_leaves(edit)
    return edit
