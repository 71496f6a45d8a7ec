"""ShareDialog: "Share with <partner>..." from a repair. Every answer is a box to tick, the
private parts start unticked, and the preview beside them is the very document that will be
encrypted, so what a person sees is exactly what leaves."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from healdesk.core.couple.shared_view import outline
from healdesk.core.couple.sharing import ShareChoice
from healdesk.core.repairs.repair_text import answer_words
from healdesk.gui.base import prompts
from healdesk.gui.widgets.calm import PAGE_SPACING, add_heading, wrapped_label
from healdesk.gui.widgets.steps import steps_html

if TYPE_CHECKING:
    from healdesk.vault.stores.journal import Journal

_KEY = Qt.ItemDataRole.UserRole
SHARE_SUFFIX = ".healdesk-share"


class ShareDialog(QDialog):
    """Pick what of repair `repair_id` goes to `partner`, see it, and write the file."""

    def __init__(
        self, journal: Journal, repair_id: int, partner: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.journal, self.repair_id, self.partner = journal, repair_id, partner
        self.repair = journal.get_repair(repair_id)
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Share a repair"))
        layout = QVBoxLayout(self)
        layout.setSpacing(PAGE_SPACING)
        add_heading(
            layout,
            self,
            self.tr("Share with {name}").format(name=partner),
            self.tr(
                "Untick anything you want to keep to yourself. On the right is exactly "
                "what {name} will be able to read; the file is locked for {name} alone."
            ).format(name=partner),
        )
        row = QHBoxLayout()
        row.addLayout(self._choices(), 1)
        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName(self.tr("What will be shared"))
        row.addWidget(self.preview, 1)
        layout.addLayout(row, 1)
        self.problem = wrapped_label("", self)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.addButton(
            self.tr("&Save the file for {name}…").format(name=partner),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.update_preview()

    def _choices(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.answers = QTreeWidget(self)
        self.answers.setHeaderHidden(True)
        self.answers.setAccessibleName(self.tr("Answers to share"))
        for step in self.repair.snapshot:
            step_item = None
            for item in step.fields:
                words = answer_words(self.repair.answers.get(item.key), item.kind)
                if not words:
                    continue
                if step_item is None:
                    step_item = QTreeWidgetItem(self.answers, [step.title])
                    step_item.setFlags(step_item.flags() | Qt.ItemFlag.ItemIsAutoTristate)
                child = QTreeWidgetItem(step_item, [f"{item.label}: {words}"])
                child.setData(0, _KEY, item.key)
                child.setCheckState(0, Qt.CheckState.Checked)
                child.setToolTip(0, words)
        self.answers.expandAll()
        self.answers.itemChanged.connect(self.update_preview)
        column.addWidget(self.answers, 1)
        self.commitments = self._box(self.tr("Commitments of this repair (made together)"), True)
        self.conflicts = self._box(self.tr("The entries this repair is about"), False)
        self.private_notes = self._box(self.tr("My private notes in those entries too"), False)
        self.redact = self._box(self.tr("Replace other people's names with their role"), False)
        self.conflicts.setEnabled(bool(self.repair.conflict_ids))
        self.private_notes.setEnabled(False)
        self.conflicts.toggled.connect(self.private_notes.setEnabled)
        for box in (self.commitments, self.conflicts, self.private_notes, self.redact):
            column.addWidget(box)
        return column

    def _box(self, text: str, checked: bool) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setChecked(checked)
        box.toggled.connect(self.update_preview)
        return box

    def choice(self) -> ShareChoice:
        picked = set()
        for index in range(self.answers.topLevelItemCount()):
            step = self.answers.topLevelItem(index)
            for child_index in range(step.childCount()):
                child = step.child(child_index)
                if child.checkState(0) == Qt.CheckState.Checked:
                    picked.add(child.data(0, _KEY))
        return ShareChoice(
            answers=picked,
            commitments=self.commitments.isChecked(),
            conflicts=self.conflicts.isChecked(),
            private_notes=self.conflicts.isChecked() and self.private_notes.isChecked(),
            redact_names=self.redact.isChecked(),
        )

    def update_preview(self) -> None:
        from healdesk.core.couple.sharing import is_empty
        from healdesk.vault.couple.sharing import share_preview

        payload = share_preview(self.journal, self.repair_id, self.partner, self.choice())
        empty = is_empty(payload)
        self.preview.setHtml(
            steps_html((s.title, s.rows) for s in outline(payload))
            if not empty
            else self.tr("<p>Nothing is picked yet.</p>")
        )
        self.save_button.setEnabled(not empty)

    def save(self) -> None:
        from healdesk.fileio import write_atomically
        from healdesk.vault import VaultError
        from healdesk.vault.couple.sharing import share_file

        path = prompts.save_path(
            self,
            self.tr("Save the file for {name}").format(name=self.partner),
            Path.home() / f"repair{SHARE_SUFFIX}",
            self.tr("Shared repair (*{suffix})").format(suffix=SHARE_SUFFIX),
        )
        if path is None:
            return
        if path.suffix != SHARE_SUFFIX:
            path = path.with_name(path.name + SHARE_SUFFIX)
        try:
            write_atomically(
                path, share_file(self.journal, self.repair_id, self.partner, self.choice())
            )
        except (VaultError, OSError) as error:
            self.problem.setText(
                prompts.failure_text(error, self.tr("The file could not be written"))
            )
            return
        self.written = path
        prompts.inform(
            self,
            self.tr("Shared repair"),
            self.tr(
                "The file is ready. Give it to {name} by any way you like; only their "
                "HealDesk can open it."
            ).format(name=self.partner),
        )
        self.accept()

    def close_for_lock(self) -> None:
        """Before the vault locks: forget the answers shown, and close."""
        self.answers.clear()
        self.preview.clear()
        self.reject()
