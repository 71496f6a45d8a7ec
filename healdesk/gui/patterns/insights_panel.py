"""The insights panel: patterns in plain sentences, three small charts, and the gentle note.

Reads summaries only. When a theme keeps coming back and stays unsettled after repairs, the
note offers an export for a therapist: `export_requested(ids)` carries that theme's conflict
ids and the main window opens the export dialog with them.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from healdesk.core.insights import SameFightNote, paragraphs, same_fight_notes
from healdesk.core.patterns import PatternReport, analyse_journal
from healdesk.gui.patterns.charts import RepairRateChart, ThemeFrequencyChart, WeekdayHeatMap
from healdesk.gui.widgets.calm import scaled_font
from healdesk.vault.journal import Journal

#: Period choices: label and how many days back (None: the whole journal).
PERIODS: tuple[tuple[str, int | None], ...] = (
    ("All time", None),
    ("Last 12 months", 365),
    ("Last 3 months", 92),
)


class InsightsPanel(QScrollArea):
    """Call `reload()` after the journal changes. `today` fixes "now" (tests, screenshots)."""

    export_requested = Signal(list)

    def __init__(
        self, journal: Journal, parent: QWidget | None = None, today: datetime | None = None
    ) -> None:
        super().__init__(parent)
        self._journal, self._today = journal, today
        self.setAccessibleName("Insights")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget()
        self.content.setAutoFillBackground(True)
        self.setWidget(self.content)
        column = QVBoxLayout(self.content)
        column.setSpacing(10)

        top = QHBoxLayout()
        title = QLabel("Patterns")
        title.setFont(scaled_font(title, 1.3, bold=True))
        self.period_box = QComboBox()
        self.period_box.setAccessibleName("Period")
        self.period_box.addItems([label for label, _ in PERIODS])
        period_label = QLabel("&Period")
        period_label.setBuddy(self.period_box)
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(period_label)
        top.addWidget(self.period_box)
        column.addLayout(top)

        self.notes = QVBoxLayout()
        column.addLayout(self.notes)
        self.sentence_label = QLabel()
        self.sentence_label.setWordWrap(True)
        self.sentence_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sentence_label.setAccessibleName("Insights in words")
        column.addWidget(self.sentence_label)

        self.theme_chart = ThemeFrequencyChart()
        self.heat_map = WeekdayHeatMap()
        self.repair_chart = RepairRateChart()
        for caption, chart in (
            ("How often each theme came up, month by month", self.theme_chart),
            ("When conflicts happen: weekday and hour", self.heat_map),
            ("Share of conflicts with a repair, month by month", self.repair_chart),
        ):
            heading = QLabel(caption)
            heading.setStyleSheet("font-weight: bold")
            column.addWidget(heading)
            column.addWidget(chart)
        column.addStretch(1)

        self.period_box.currentIndexChanged.connect(self.reload)
        self.report: PatternReport | None = None
        self.reload()

    def reload(self) -> None:
        now = self._today or datetime.now().astimezone()
        days = PERIODS[self.period_box.currentIndex()][1]
        start: date | None = (now - timedelta(days=days)).date() if days else None
        self.report = analyse_journal(self._journal, start, None, now)
        colours = {t.name: t.colour for t in self._journal.themes()}
        self.sentence_label.setText("\n\n".join(paragraphs(self.report)))
        self._show_notes(same_fight_notes(self.report))
        for chart in (self.theme_chart, self.heat_map, self.repair_chart):
            chart.set_report(self.report, colours)
            chart.setVisible(bool(self.report.conflict_count))

    def entries_changed(self, _ids: set[int]) -> None:
        """Entries were saved a moment ago: the figures are worked out again."""
        self.reload()

    def clear_for_lock(self) -> None:
        """Forget the report and every theme and person name shown, before the vault locks.
        `reload()` fills the panel again from an unlocked journal."""
        self.report = None
        self.sentence_label.clear()
        self._show_notes([])
        for chart in (self.theme_chart, self.heat_map, self.repair_chart):
            chart.clear()

    def _show_notes(self, notes: list[SameFightNote]) -> None:
        while self.notes.count():
            item = self.notes.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for note in notes:
            self.notes.addWidget(self._note_box(note))

    def _note_box(self, note: SameFightNote) -> QFrame:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setAccessibleName(f"Note about {note.theme}")
        layout = QVBoxLayout(box)
        text = QLabel(note.text)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        button = QPushButton("Prepare an export for a session…")
        button.setAccessibleName(f"Prepare an export of the {note.theme} entries")
        button.clicked.connect(lambda: self.export_requested.emit(list(note.conflict_ids)))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        layout.addWidget(text)
        layout.addLayout(row)
        return box
