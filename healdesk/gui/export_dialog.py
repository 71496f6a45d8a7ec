"""Export for a therapist: choose exactly which entries go out, see what that means, export.

The dialog only ever lists dates, themes and people (summaries, never entry text). The PDF is
gathered from the vault on the UI thread (milliseconds) and laid out on a worker thread, so
the window stays responsive and the worker never touches the database.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from healdesk.core.conflict import ConflictSummary
from healdesk.export.pdf import (
    ExportFailed,
    ExportOptions,
    ExportResult,
    NothingToExport,
    Selection,
    check_target,
    gather,
    render_pdf,
)
from healdesk.export.pdf.redact import Redactor
from healdesk.export.pdf.styles import period, short_date
from healdesk.export.pdf.summary import ExportSummary, summarize
from healdesk.gui import prompts
from healdesk.gui.background import BackgroundTask
from healdesk.vault import Journal

SUGGESTED_NAME = "journal-for-therapist.pdf"
WARNING = (
    "A PDF is a copy outside your locked journal: anyone who gets the file can read it, "
    "unless you protect it with a password."
)


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


class ExportDialog(QDialog):
    """Choose entries by hand or by date range, theme and person; preview; export a PDF."""

    def __init__(
        self, journal: Journal, preselected: list[int] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export for therapist")
        self.setObjectName("ExportDialog")
        self._journal = journal
        self._entries = journal.summaries()
        self._repairs = journal.repair_summaries()
        self._commitments = journal.commitments()
        self._people = journal.people()
        self._task: BackgroundTask | None = None
        self._progress: QProgressDialog | None = None
        self.result_path: Path | None = None

        self._build_filters()
        self._build_entry_list(set(preselected) if preselected is not None else None)
        self._build_options()
        self.preview = QLabel()
        self.preview.setObjectName("exportPreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview.setAccessibleName("What will go out")
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.preview.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.warning = QLabel(WARNING)
        self.warning.setObjectName("exportWarning")
        self.warning.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            "Export PDF…", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self._refresh_filter()

    # --- building ---------------------------------------------------------------------------
    def _build_filters(self) -> None:
        span = self._journal.date_range()
        first, last = (span[0].date(), span[1].date()) if span else (None, None)
        self.from_check = QCheckBox("From")
        self.from_check.setAccessibleName("Only entries from a date on")
        self.from_date = self._date_edit("First day to include", first)
        self.to_check = QCheckBox("To")
        self.to_check.setAccessibleName("Only entries up to a date")
        self.to_date = self._date_edit("Last day to include", last)
        self.themes = QListWidget()
        self.themes.setAccessibleName("Only entries with these themes")
        for theme in self._journal.themes():
            self.themes.addItem(_checkable(theme.name, theme.name, False))
        self.people_list = QListWidget()
        self.people_list.setAccessibleName("Only entries with these people")
        for person in self._people:
            label = f"{person.name} ({person.role})" if person.role else person.name
            self.people_list.addItem(_checkable(label, person.name, False))
        for check in (self.from_check, self.to_check):
            check.toggled.connect(self._refresh_filter)
        for edit in (self.from_date, self.to_date):
            edit.dateChanged.connect(self._refresh_filter)
        for widget in (self.themes, self.people_list):
            widget.setMaximumHeight(96)
            widget.itemChanged.connect(self._refresh_filter)

    @staticmethod
    def _date_edit(name: str, day) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setAccessibleName(name)
        edit.setEnabled(False)
        if day is not None:
            edit.setDate(QDate(day.year, day.month, day.day))
        return edit

    def _build_entry_list(self, preselected: set[int] | None) -> None:
        self.entries = QListWidget()
        self.entries.setAccessibleName("Entries to export")
        self.entries.setUniformItemSizes(True)
        for entry in self._entries:
            checked = preselected is None or entry.id in preselected
            self.entries.addItem(_checkable(self._entry_text(entry), entry.id, checked))
        self.entries.itemChanged.connect(self._refresh_preview)
        self.all_button = QPushButton("Select all shown")
        self.none_button = QPushButton("Select none")
        self.all_button.clicked.connect(lambda: self._check_shown(True))
        self.none_button.clicked.connect(lambda: self._check_shown(False))
        self.count = QLabel()
        self.count.setObjectName("exportCount")
        self.count.setAccessibleName("Number of entries chosen")

    @staticmethod
    def _entry_text(entry: ConflictSummary) -> str:
        when = f"{short_date(entry.happened_at)}, {entry.happened_at:%H:%M}"
        parts = [when, ", ".join(entry.themes) or "no theme"]
        if entry.person:
            parts.append(entry.person)
        return " · ".join(parts)

    def _build_options(self) -> None:
        self.redact = QCheckBox(
            "Replace names with roles (for example “Partner”), also in the text"
        )
        self.private = QCheckBox("Include private notes")
        self.summary = QCheckBox("Start with a one-page summary")
        self.summary.setChecked(True)
        self.protect = QCheckBox("Protect the PDF with a password")
        self.password = QLineEdit()
        self.password_again = QLineEdit()
        for edit, name in ((self.password, "Password"), (self.password_again, "Password again")):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
            edit.setPlaceholderText(name)
            edit.setEnabled(False)
        for box in (self.redact, self.private, self.summary, self.protect):
            box.setAccessibleName(box.text())
            box.toggled.connect(self._refresh_preview)
        self.protect.toggled.connect(self.password.setEnabled)
        self.protect.toggled.connect(self.password_again.setEnabled)

    def _lay_out(self) -> None:
        filters = QGroupBox("Choose by date, theme or person")
        form = QFormLayout(filters)
        dates = QHBoxLayout()
        for widget in (self.from_check, self.from_date, self.to_check, self.to_date):
            dates.addWidget(widget)
        dates.addStretch()
        form.addRow("Dates", dates)
        form.addRow("Themes", self.themes)
        form.addRow("People", self.people_list)
        chooser = QGroupBox("Entries (tick the ones to share)")
        entries = QVBoxLayout(chooser)
        entries.addWidget(self.entries)
        row = QHBoxLayout()
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch()
        row.addWidget(self.count)
        entries.addLayout(row)
        left = QVBoxLayout()
        left.addWidget(filters)
        left.addWidget(chooser, 1)

        preview = QGroupBox("What will go out")
        QVBoxLayout(preview).addWidget(self.preview)
        options = QGroupBox("Privacy")
        column = QVBoxLayout(options)
        for widget in (
            self.redact,
            self.private,
            self.summary,
            self.protect,
            self.password,
            self.password_again,
            self.warning,
        ):
            column.addWidget(widget)
        right = QVBoxLayout()
        right.addWidget(preview, 1)
        right.addWidget(options)

        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        outer = QVBoxLayout(self)
        outer.addLayout(columns, 1)
        outer.addWidget(self.buttons)
        self.resize(940, 620)

    # --- choosing -----------------------------------------------------------------------------
    def selection_filter(self) -> Selection:
        """The date, theme and person filters as chosen (no hand-picking)."""
        return Selection(
            start=self.from_date.date().toPython() if self.from_check.isChecked() else None,
            end=self.to_date.date().toPython() if self.to_check.isChecked() else None,
            themes=tuple(_checked_data(self.themes)),
            people=tuple(_checked_data(self.people_list)),
        )

    def chosen_ids(self) -> list[int]:
        """Entries shown by the filters and ticked, in date order."""
        return [
            self.entries.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.entries.count())
            if not self.entries.item(row).isHidden()
            and self.entries.item(row).checkState() is Qt.CheckState.Checked
        ]

    def _refresh_filter(self) -> None:
        self.from_date.setEnabled(self.from_check.isChecked())
        self.to_date.setEnabled(self.to_check.isChecked())
        shown = {s.id for s in self.selection_filter().summaries(self._journal)}
        for row in range(self.entries.count()):
            item = self.entries.item(row)
            item.setHidden(item.data(Qt.ItemDataRole.UserRole) not in shown)
        self._refresh_preview()

    def _check_shown(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.entries.blockSignals(True)
        for row in range(self.entries.count()):
            if not self.entries.item(row).isHidden():
                self.entries.item(row).setCheckState(state)
        self.entries.blockSignals(False)
        self._refresh_preview()

    def _refresh_preview(self) -> None:
        chosen = set(self.chosen_ids())
        entries = [e for e in self._entries if e.id in chosen]
        plural = "entry" if len(entries) == 1 else "entries"
        self.count.setText(f"{len(entries)} {plural} chosen")
        self.export_button.setEnabled(bool(entries))
        if not entries:
            self.preview.setText("No entries chosen yet. Tick at least one entry to export.")
            return
        self.preview.setText(
            self._preview_text(summarize(entries, self._repairs, self._commitments))
        )

    def _preview_text(self, s: ExportSummary) -> str:
        shown = Redactor(self._people) if self.redact.isChecked() else str  # as the PDF will
        plural = "entry" if s.entries == 1 else "entries"
        lines = [f"{s.entries} {plural}, {period(s.first, s.last)}"]
        if s.people_counts:
            lines.append("With: " + ", ".join(f"{shown(p)} ({n})" for p, n in s.people_counts))
        if s.theme_counts:
            lines.append("Themes: " + ", ".join(f"{shown(t)} ({n})" for t, n in s.theme_counts))
        lines.append(f"Followed by a repair: {s.repaired} of {s.entries}")
        if s.commitments:
            lines.append(f"Commitments: {s.commitments} ({s.kept} kept)")
        if s.recurring:
            lines.append(
                "Same fight again: " + ", ".join(f"{r.name} ({r.entries})" for r in s.recurring)
            )
        lines.append("")
        lines.append(
            "Starts with a one-page summary." if self.summary.isChecked() else "No summary page."
        )
        lines.append(
            "Private notes are included." if self.private.isChecked() else "Private notes stay out."
        )
        if self.redact.isChecked():
            lines.append("Names are replaced with roles everywhere.")
        return "\n".join(lines)

    # --- exporting ----------------------------------------------------------------------------
    def export(self) -> None:
        """Ask where, then make the PDF on a worker thread with progress and cancel."""
        ids = self.chosen_ids()
        password = None
        if self.protect.isChecked():
            password = self.password.text()
            if not password:
                prompts.warn(self, "Export for therapist", "Please type a password for the PDF.")
                return
            if password != self.password_again.text():
                prompts.warn(self, "Export for therapist", "The two passwords are not the same.")
                return
        path = prompts.save_path(
            self,
            "Save the PDF for your therapist",
            Path.home() / SUGGESTED_NAME,
            "PDF files (*.pdf)",
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        options = ExportOptions(
            self.redact.isChecked(), self.private.isChecked(), self.summary.isChecked(), password
        )
        try:
            check_target(path)
            material = gather(self._journal, Selection(ids=tuple(ids)))
        except (ExportFailed, NothingToExport) as error:
            prompts.warn(self, "Export for therapist", str(error))
            return
        self._task = BackgroundTask(
            lambda progress: render_pdf(material, path, options, progress), self
        )
        self._progress = QProgressDialog("Making the PDF…", "Cancel", 0, 0, self)
        self._progress.setWindowTitle("Export for therapist")
        self._progress.setAccessibleName("Export progress")
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setAutoClose(False)
        self._progress.setAutoReset(False)
        self._progress.setMinimumDuration(0)
        self._progress.canceled.connect(self._task.cancel)
        self._task.progressed.connect(self._progressed)
        self._task.succeeded.connect(self._succeeded)
        self._task.failed.connect(self._failed)
        self._task.cancelled.connect(self._cancelled)
        self.export_button.setEnabled(False)
        self._task.start()
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
        if self._task is not None:
            self._task.wait()
        self.export_button.setEnabled(bool(self.chosen_ids()))

    def _succeeded(self, result: ExportResult) -> None:
        self._finish()
        self.result_path = result.path
        plural = "entry" if result.entries == 1 else "entries"
        lines = [f"Saved {result.entries} {plural} on {result.pages} pages as {result.path.name}."]
        if result.missing_characters:
            lines.append(
                f"{result.missing_characters} characters had no font on this computer "
                "and show as a placeholder."
            )
        lines.append(
            "It opens only with your password."
            if result.encrypted
            else "Anyone who gets this file can read it."
        )
        prompts.inform(self, "Export for therapist", "\n".join(lines))
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._finish()
        if isinstance(error, ExportFailed):
            message = str(error)
        elif isinstance(error, OSError):
            message = f"The PDF could not be saved: {error.strerror or 'the disk refused it'}."
        else:
            message = "The PDF could not be made. Nothing was saved."
        prompts.warn(self, "Export for therapist", message)

    def _cancelled(self) -> None:
        self._finish()
        prompts.inform(self, "Export for therapist", "Export cancelled. Nothing was saved.")

    def reject(self) -> None:
        """Closing while exporting cancels quietly: nothing is saved and nothing is said."""
        if self._task is not None and self._task.is_running():
            self._task.cancelled.disconnect(self._cancelled)
            self._task.cancel()
            self._task.wait()
            self._finish()
        super().reject()
