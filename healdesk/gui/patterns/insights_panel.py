"""The insights panel: patterns in plain sentences, the loop between you, three small charts,
and the gentle notes when something suggests that help could help.

Reads summaries only (and the latest "How we fight" reflection's answers). Each note lists its
entries, one click away (`conflict_activated(id)`), and offers an export for a therapist:
`export_requested(ids)` carries those entries and the main window opens the export dialog.
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

from healdesk.core.analysis.insights import loop_notes, paragraphs, sign_notes
from healdesk.core.analysis.loop_text import NOTHING_WRONG, SignNote
from healdesk.core.analysis.patterns import PatternReport, analyse_journal
from healdesk.core.analysis.reflection import latest_reflection, reflection_sentences
from healdesk.core.selection import Selection
from healdesk.gui.base.reads import JournalReads, Opener
from healdesk.gui.patterns.charts import RepairRateChart, ThemeFrequencyChart, WeekdayHeatMap
from healdesk.gui.patterns.loop_section import LoopSection
from healdesk.gui.widgets.calm import scaled_font, wrapped_label
from healdesk.i18n import N_, _, format_local_pattern
from healdesk.vault.stores.journal import Journal

#: Period choices: label and how many days back (None: the whole journal).
PERIODS: tuple[tuple[str, int | None], ...] = (
    (N_("All time"), None),
    (N_("Last 12 months"), 365),
    (N_("Last 3 months"), 92),
)


class InsightsPanel(QScrollArea):
    """Call `reload()` after the journal changes. `today` fixes "now" (tests, screenshots).
    With an `opener` (`Vault.journal_on_this_thread`) the figures are worked out off the UI
    thread; until the first ones arrive, a quiet line says they are being gathered."""

    export_requested = Signal(list)
    conflict_activated = Signal(int)
    #: Entries listed under a note, at most; the export holds them all.
    ENTRIES_LISTED = 12

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        today: datetime | None = None,
        opener: Opener | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal, self._today = journal, today
        self.reads = JournalReads(journal, opener, self)
        self.setAccessibleName(_("Insights"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget()
        self.content.setAutoFillBackground(True)
        self.setWidget(self.content)
        column = QVBoxLayout(self.content)
        column.setSpacing(10)

        top = QHBoxLayout()
        title = QLabel(_("Patterns"))
        title.setFont(scaled_font(title, 1.3, bold=True))
        self.period_box = QComboBox()
        self.period_box.setAccessibleName(_("Period"))
        self.period_box.addItems([_(label) for label, _days in PERIODS])
        period_label = QLabel(_("&Period"))
        period_label.setBuddy(self.period_box)
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(period_label)
        top.addWidget(self.period_box)
        column.addLayout(top)
        self.gathering = QLabel(self.tr("Gathering your entries…"))
        self.gathering.hide()
        column.addWidget(self.gathering)
        self.body = QWidget()  # hidden until the first figures arrive
        outer, column = column, QVBoxLayout(self.body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        outer.addWidget(self.body)

        self.sentence_label = QLabel()
        self.sentence_label.setWordWrap(True)
        self.sentence_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sentence_label.setAccessibleName(_("Insights in words"))
        column.addWidget(self.sentence_label)
        self.loop_section = LoopSection()
        self.loop_section.reflect_requested.connect(self.reflect)
        column.addWidget(self.loop_section)
        self.notes_heading = QLabel(self.tr("When talking to someone could help"))
        self.notes_heading.setStyleSheet("font-weight: bold")
        self.notes = QVBoxLayout()
        column.addWidget(self.notes_heading)
        column.addLayout(self.notes)

        self.theme_chart = ThemeFrequencyChart()
        self.heat_map = WeekdayHeatMap()
        self.repair_chart = RepairRateChart()
        for caption, chart in (
            (_("How often each theme came up, month by month"), self.theme_chart),
            (_("When conflicts happen: weekday and hour"), self.heat_map),
            (_("Share of conflicts with a repair, month by month"), self.repair_chart),
        ):
            heading = QLabel(caption)
            heading.setStyleSheet("font-weight: bold")
            column.addWidget(heading)
            column.addWidget(chart)
        outer.addStretch(1)

        self.period_box.currentIndexChanged.connect(self.reload)
        self.report: PatternReport | None = None
        self.reads.quiet_until_first(self.gathering, self.body)
        self.reload()

    def reload(self) -> None:
        now = self._today or datetime.now().astimezone()
        days = PERIODS[self.period_box.currentIndex()][1]
        start: date | None = (now - timedelta(days=days)).date() if days else None
        self.reads.request(lambda journal: _figures(journal, start, now), self._show)

    def _show(self, figures: tuple[PatternReport, dict[str, str], list[str]]) -> None:
        """On the UI thread, in one step: what `_figures` worked out."""
        self.report, colours, reflection = figures
        self.sentence_label.setText("\n\n".join(paragraphs(self.report)))
        self._show_notes(sign_notes(self.report))
        self.loop_section.show_loops(loop_notes(self.report), reflection)
        for chart in (self.theme_chart, self.heat_map, self.repair_chart):
            chart.set_report(self.report, colours)
            chart.setVisible(bool(self.report.conflict_count))

    def entries_changed(self, _ids: set[int]) -> None:
        """Entries were saved a moment ago: the figures are worked out again."""
        self.reload()

    def clear_for_lock(self) -> None:
        """Forget the report and every theme and person name shown, before the vault locks.
        `reload()` fills the panel again from an unlocked journal."""
        self.reads.forget()
        self.report = None
        self.sentence_label.clear()
        self._show_notes([])
        self.loop_section.clear()
        for chart in (self.theme_chart, self.heat_map, self.repair_chart):
            chart.clear()

    def reflect(self) -> None:
        """Open the "How we fight" reflection (not tied to any entry)."""
        from healdesk.core.analysis.reflection import TEMPLATE_ID
        from healdesk.core.repairs.template_loader import load_catalog
        from healdesk.gui.care.gate import step_back_instead
        from healdesk.gui.repair.repair_wizard import RepairWizard

        if step_back_instead(self.window(), self._journal, []):
            return
        catalog = load_catalog(user_sources=self._journal.user_templates())
        template = catalog.templates[TEMPLATE_ID]
        self.wizard = RepairWizard(self._journal, template, [], parent=self.window())
        self.wizard.saved.connect(lambda *_: self.reload())
        self.wizard.open()

    def _show_notes(self, notes: list[SignNote]) -> None:
        while self.notes.count():
            item = self.notes.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for note in notes:
            self.notes.addWidget(self._note_box(note))
        self.notes_heading.setVisible(bool(notes))
        if notes:
            self.notes.addWidget(wrapped_label(_(NOTHING_WRONG)))

    def _note_box(self, note: SignNote) -> QFrame:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setAccessibleName(note.title)
        layout = QVBoxLayout(box)
        title = QLabel(note.title)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setStyleSheet("font-weight: bold")
        text = wrapped_label(note.text)
        entries = QLabel(self._entry_links(note.entry_ids))
        entries.setWordWrap(True)
        entries.setTextFormat(Qt.TextFormat.RichText)
        entries.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        entries.setAccessibleName(self.tr("The entries behind this note"))
        entries.linkActivated.connect(lambda link: self.conflict_activated.emit(int(link)))
        button = QPushButton(self.tr("Prepare an export for a session…"))
        button.setAccessibleName(self.tr("Prepare an export of these entries"))
        button.clicked.connect(lambda: self.export_requested.emit(list(note.entry_ids)))
        row = QHBoxLayout()
        row.addWidget(entries, 1)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addLayout(row)
        return box

    def _entry_links(self, ids: tuple[int, ...]) -> str:
        """Each entry's date as a link (dates only: no entry text leaves the vault here)."""
        when = {
            s.id: s.happened_at
            for s in self._journal.summaries(Selection.of(ids[: self.ENTRIES_LISTED]))
        }
        links = [
            f"<a href='{i}'>{format_local_pattern(when[i], 'd MMM y')}</a>"
            for i in ids
            if i in when
        ]
        more = len(ids) - len(links)
        tail = " " + self.tr("and %1 more").replace("%1", str(more)) if more > 0 else ""
        return self.tr("Entries: ") + ", ".join(links) + tail


def _figures(
    journal: Journal, start: date | None, now: datetime
) -> tuple[PatternReport, dict[str, str], list[str]]:
    """The report, theme colours and latest reflection (on a background job's connection)."""
    report = analyse_journal(journal, start, None, now)
    colours = {t.name: t.colour for t in journal.themes()}
    found = latest_reflection(journal.repair_summaries())
    reflection = reflection_sentences(journal.get_repair(found)) if found else []
    return report, colours, reflection
