"""Export for a therapist: choose exactly which entries go out, see what that means, export.

The dialog only ever lists dates, themes and people (summaries, never entry text). The PDF is
gathered from the vault on the UI thread (milliseconds) and laid out on a worker thread, so
the window stays responsive and the worker never touches the database.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QWidget,
)

from healdesk.core.conflict import ConflictSummary
from healdesk.core.language.vocabulary import counted, shown
from healdesk.core.language.words import status_word
from healdesk.core.selection import Selection
from healdesk.export.pdf import (
    ExportFailed,
    ExportOptions,
    ExportResult,
    NothingToExport,
    check_target,
    gather,
    render_pdf,
)
from healdesk.export.pdf.redact import Redactor
from healdesk.export.pdf.styles import short_date
from healdesk.export.pdf.summary import summarize
from healdesk.gui.base import prompts
from healdesk.gui.base.background import BackgroundTask, jobs
from healdesk.gui.base.quiet import quietly
from healdesk.gui.export.export_preview import preview_text
from healdesk.gui.forms.ui_export_dialog import Ui_ExportDialog
from healdesk.gui.widgets.keyboard import tab_leaves
from healdesk.gui.widgets.list_rows import show_whole_rows
from healdesk.i18n import _, local_pattern, ngettext
from healdesk.vault import Journal

SUGGESTED_NAME = "journal-for-therapist.pdf"
#: Rows the theme and people lists show before they scroll.
CHOOSER_ROWS = 5

#: The lists' tick boxes drawn like the app's check boxes (Fusion's own item box all but
#: vanishes on a dark base), with rows tall enough for them.
LOOKS = """
QListWidget::item { padding: 2px 0; }
QListWidget::indicator { width: 12px; height: 12px; border-radius: 4px;
    border: 1px solid palette(placeholder-text); background: palette(base); }
QListWidget::indicator:checked { background: palette(highlight);
    border: 1px solid palette(highlight); }
"""


def _checkable(text: str, data: object, checked: bool) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, data)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def _checked_data(widget: QListWidget) -> list:
    return [
        widget.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(widget.count())
        if widget.item(row).checkState() is Qt.CheckState.Checked
    ]


def _entry_text(entry: ConflictSummary) -> str:
    """How an entry is listed: when, themes, with whom (never its words)."""
    when = f"{short_date(entry.happened_at)}, {entry.happened_at:%H:%M}"
    parts = [when, ", ".join(entry.themes) or _("no theme")]
    if entry.person:
        parts.append(entry.person)
    return " · ".join(parts)


def _repair_rows(journal: Journal) -> list[tuple[int, str, tuple[int, ...]]]:
    """(id, how it is listed, its entries) per repair: its flow's title, when it started and
    how far it got (never its answers)."""
    rows = []
    for repair in journal.repairs():
        parts = [repair.title]
        if repair.created_at is not None:
            parts.append(short_date(repair.created_at))
        parts.append(status_word(repair.status))
        rows.append((repair.id, " · ".join(parts), tuple(repair.conflict_ids)))
    return rows


def _set_day(edit: QDateEdit, day: date | None) -> None:
    if day is not None:
        edit.setDate(QDate(day.year, day.month, day.day))


class ExportDialog(QDialog):
    """Choose entries by hand or by date range, theme and person; preview; export a PDF.

    With `preselected` ids only those start ticked (e.g. from the insights panel); otherwise
    every entry does. The filters narrow what is shown; ticks are remembered across filters.
    """

    def __init__(
        self, journal: Journal, preselected: list[int] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        for edit in (self.ui.fromDate, self.ui.toDate):
            edit.setDisplayFormat(local_pattern("d MMM yyyy"))
        self.setStyleSheet(LOOKS)
        self._journal = journal
        self._entries = journal.summaries()
        self._repairs = journal.repair_summaries()
        self._repair_times = journal.repair_times()
        self._commitment_summaries = journal.commitment_summaries()
        self._people = journal.people()
        self._repair_rows = _repair_rows(journal)
        self._repairs_ticked: set[int] = set()
        self._task: BackgroundTask | None = None
        self._progress: QProgressDialog | None = None
        self.result_path: Path | None = None
        self._fill(set(preselected) if preselected is not None else None)
        ui = self.ui
        for check in (ui.fromCheck, ui.toCheck):
            check.toggled.connect(self._refresh_filter)
        for edit in (ui.fromDate, ui.toDate):
            edit.dateChanged.connect(self._refresh_filter)
        tab_leaves(ui.fromDate, ui.toDate)
        for chooser in (ui.themesList, ui.peopleList):
            chooser.itemChanged.connect(self._refresh_filter)
        ui.entriesList.itemChanged.connect(self._refresh_preview)
        ui.repairsList.itemChanged.connect(self._repair_ticked)
        ui.selectAllButton.clicked.connect(lambda: self._check_shown(True))
        ui.selectNoneButton.clicked.connect(lambda: self._check_shown(False))
        for box in (ui.redactCheck, ui.privateCheck, ui.summaryCheck):
            box.toggled.connect(self._refresh_preview)
        ui.exportButton.clicked.connect(self.export)
        self._refresh_filter()

    def _fill(self, preselected: set[int] | None) -> None:
        ui = self.ui
        span = self._journal.date_range()
        if span is not None:
            _set_day(ui.fromDate, span[0].date())
            _set_day(ui.toDate, span[1].date())
        for theme in self._journal.themes():
            ui.themesList.addItem(_checkable(theme.name, theme.name, False))
        for person in self._people:
            label = f"{person.name} ({shown(person.role)})" if person.role else person.name
            ui.peopleList.addItem(_checkable(label, person.name, False))
        for chooser in (ui.themesList, ui.peopleList):
            show_whole_rows(chooser, CHOOSER_ROWS)
        for entry in self._entries:
            checked = preselected is None or entry.id in preselected
            ui.entriesList.addItem(_checkable(_entry_text(entry), entry.id, checked))

    # --- choosing -----------------------------------------------------------------------------
    def selection_filter(self) -> Selection:
        """The date, theme and person filters as chosen (no hand-picking)."""
        ui = self.ui
        return Selection(
            start=ui.fromDate.date().toPython() if ui.fromCheck.isChecked() else None,
            end=ui.toDate.date().toPython() if ui.toCheck.isChecked() else None,
            themes=tuple(_checked_data(ui.themesList)),
            people=tuple(_checked_data(ui.peopleList)),
        )

    def chosen_ids(self) -> list[int]:
        """Entries shown by the filters and ticked, in date order."""
        entries = self.ui.entriesList
        return [
            entries.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(entries.count())
            if not entries.item(row).isHidden()
            and entries.item(row).checkState() is Qt.CheckState.Checked
        ]

    def _refresh_filter(self) -> None:
        shown = {s.id for s in self._journal.summaries(self.selection_filter())}
        entries = self.ui.entriesList
        for row in range(entries.count()):
            item = entries.item(row)
            item.setHidden(item.data(Qt.ItemDataRole.UserRole) not in shown)
        self._refresh_preview()

    def _check_shown(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        entries = self.ui.entriesList
        with quietly(entries):
            for row in range(entries.count()):
                if not entries.item(row).isHidden():
                    entries.item(row).setCheckState(state)
        self._refresh_preview()

    def chosen_repairs(self) -> frozenset[int]:
        """Repairs of the chosen entries whose answers were ticked to go out."""
        shown = self.ui.repairsList
        return frozenset(_checked_data(shown)) if shown.isEnabled() else frozenset()

    def _repair_ticked(self, item: QListWidgetItem) -> None:
        repair_id = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() is Qt.CheckState.Checked:
            self._repairs_ticked.add(repair_id)
        else:
            self._repairs_ticked.discard(repair_id)
        self._refresh_preview()

    def _show_repairs(self, chosen: set[int]) -> None:
        """List the repairs of the chosen entries, unticked unless ticked before."""
        shown = self.ui.repairsList
        with quietly(shown):
            shown.clear()
            for repair_id, label, conflict_ids in self._repair_rows:
                if chosen.intersection(conflict_ids):
                    shown.addItem(_checkable(label, repair_id, repair_id in self._repairs_ticked))
            if not shown.count():
                shown.addItem(self.tr("No repairs for the chosen entries"))
            shown.setEnabled(shown.item(0).data(Qt.ItemDataRole.UserRole) is not None)

    def _refresh_preview(self) -> None:
        chosen = set(self.chosen_ids())
        self._show_repairs(chosen)
        entries = [e for e in self._entries if e.id in chosen]
        self.ui.countLabel.setText(
            ngettext("{n} entry chosen", "{n} entries chosen", len(entries)).format(n=len(entries))
        )
        self.ui.exportButton.setEnabled(bool(entries))
        if not entries:
            self.ui.previewLabel.setText(_("No entries chosen yet. Tick at least one to export."))
            return
        ui = self.ui
        self.ui.previewLabel.setText(
            preview_text(
                summarize(entries, self._repairs, self._repair_times, self._commitment_summaries),
                Redactor(self._people) if ui.redactCheck.isChecked() else None,
                summary_page=ui.summaryCheck.isChecked(),
                private_notes=ui.privateCheck.isChecked(),
                repairs=len(self.chosen_repairs()),
            )
        )

    # --- exporting ----------------------------------------------------------------------------
    def export(self) -> None:
        """Ask where, then make the PDF on a worker thread with progress and cancel."""
        ids = self.chosen_ids()
        password = None
        if self.ui.protectCheck.isChecked():
            password = self.ui.passwordEdit.text()
            if not password:
                prompts.warn(
                    self, _("Export for therapist"), _("Please type a password for the PDF.")
                )
                return
            if password != self.ui.passwordAgainEdit.text():
                prompts.warn(
                    self, _("Export for therapist"), _("The two passwords are not the same.")
                )
                return
        path = prompts.save_path(
            self,
            _("Save the PDF for your therapist"),
            Path.home() / SUGGESTED_NAME,
            _("PDF files (*.pdf)"),
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        options = ExportOptions(
            self.ui.redactCheck.isChecked(),
            self.ui.privateCheck.isChecked(),
            self.ui.summaryCheck.isChecked(),
            password,
            self.ui.agendaEdit.toPlainText(),
            self.chosen_repairs(),
        )
        try:
            check_target(path)
            material = gather(self._journal, Selection.of(ids))
        except (ExportFailed, NothingToExport) as error:
            prompts.warn(self, _("Export for therapist"), str(error))
            return
        self._progress = QProgressDialog(_("Making the PDF…"), _("Cancel"), 0, 0, self)
        self._progress.setWindowTitle(_("Export for therapist"))
        self._progress.setAccessibleName(_("Export progress"))
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setAutoClose(False)
        self._progress.setAutoReset(False)
        self._progress.setMinimumDuration(0)
        self.ui.exportButton.setEnabled(False)
        self._task = jobs().start(
            lambda progress: render_pdf(material, path, options, progress),
            self,
            succeeded=self._succeeded,
            failed=self._failed,
            cancelled=self._cancelled,
            progressed=self._progressed,
        )
        self._progress.canceled.connect(self._task.cancel)
        self._progress.show()

    def _progressed(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.setMaximum(total)
            self._progress.setValue(done)

    def _finish(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        self.ui.exportButton.setEnabled(bool(self.chosen_ids()))

    def _succeeded(self, result: ExportResult) -> None:
        self._finish()
        self.result_path = result.path
        lines = [
            _("Saved {entries} on {pages} as {name}.").format(
                entries=counted(result.entries, "{n} entry", "{n} entries"),
                pages=counted(result.pages, "{n} page", "{n} pages"),
                name=result.path.name,
            )
        ]
        if result.missing_characters:
            lines.append(
                ngettext(
                    "{n} character had no font on this computer and shows as a placeholder.",
                    "{n} characters had no font on this computer and show as a placeholder.",
                    result.missing_characters,
                ).format(n=result.missing_characters)
            )
        lines.append(
            _("It opens only with your password.")
            if result.encrypted
            else _("Anyone who gets this file can read it.")
        )
        prompts.inform(self, _("Export for therapist"), "\n".join(lines))
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._finish()
        if isinstance(error, ExportFailed):
            message = str(error)
        elif isinstance(error, OSError):
            message = _("The PDF could not be saved: {value}.").format(
                value=error.strerror or _("the disk refused it")
            )
        else:
            message = _("The PDF could not be made. Nothing was saved.")
        prompts.warn(self, _("Export for therapist"), message)

    def _cancelled(self) -> None:
        self._finish()
        prompts.inform(self, _("Export for therapist"), _("Export cancelled. Nothing was saved."))

    def reject(self) -> None:
        """Closing while exporting cancels quietly: nothing is saved and nothing is said."""
        if self._task is not None and self._task.is_running():
            self._task.cancelled.disconnect(self._cancelled)
            self._task.cancel()
            self._task.wait()
            self._finish()
        super().reject()
