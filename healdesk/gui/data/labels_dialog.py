"""LabelsDialog: tidy the journal's themes and people.

Rename (F2 in the list), merge one into another (every entry follows), give a theme a colour
from the vault's palette, give a person a role, and delete the ones no entry uses any more.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QWidget,
)

from healdesk.core.language.vocabulary import SUGGESTED_ROLES, key_of, shown
from healdesk.gui.base import prompts
from healdesk.gui.base.quiet import quietly
from healdesk.gui.forms.ui_labels import Ui_LabelsDialog
from healdesk.gui.widgets.section_looks import apply_section_looks
from healdesk.gui.widgets.theme_picker import colour_dot
from healdesk.vault import Journal, VaultError
from healdesk.vault.stores.labels import THEME_COLOURS

#: Spoken names of the palette, for screen readers and tooltips.
COLOUR_NAMES = dict(
    zip(
        THEME_COLOURS,
        ("blue", "orange", "green", "plum", "red", "teal", "yellow", "brown", "pink", "sage"),
        strict=True,
    )
)

_NAME = Qt.ItemDataRole.UserRole  # the name as stored (also on the entries cell: the count)
_BEFORE = Qt.ItemDataRole.UserRole + 1  # a role cell's last stored text


@dataclass(frozen=True)
class _Kind:
    """What differs between the themes page and the people page."""

    noun: str
    rows: Callable[[], list[tuple[str, str, int]]]  # (name, role or colour, entries)
    rename: Callable[[str, str], None]
    merge: Callable[[str, str], None]
    delete: Callable[[str], None]
    table: QTableWidget
    merge_combo: QComboBox
    merge_button: QPushButton
    delete_button: QPushButton
    rename_button: QPushButton
    has_role: bool


class _RoleDelegate(QStyledItemDelegate):
    """Role cells are edited with the suggested roles offered as completions."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            completer = QCompleter([shown(r) for r in SUGGESTED_ROLES], editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            editor.setCompleter(completer)
            editor.setAccessibleName(self.tr("Role"))
        return editor


class LabelsDialog(QDialog):
    """Emits `changed` after any rename, merge, colour, role or delete, so lists reload."""

    changed = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LabelsDialog()
        self.ui.setupUi(self)
        self._journal = journal
        ui = self.ui
        self._themes = _Kind(
            "theme",
            self._theme_rows,
            journal.rename_theme,
            journal.merge_themes,
            journal.delete_theme,
            ui.themesTable,
            ui.themeMergeCombo,
            ui.themeMergeButton,
            ui.deleteThemeButton,
            ui.renameThemeButton,
            has_role=False,
        )
        self._people = _Kind(
            "person",
            self._person_rows,
            journal.rename_person,
            journal.merge_people,
            journal.delete_person,
            ui.peopleTable,
            ui.personMergeCombo,
            ui.personMergeButton,
            ui.deletePersonButton,
            ui.renamePersonButton,
            has_role=True,
        )
        for kind in (self._themes, self._people):
            header = kind.table.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for column in range(1, kind.table.columnCount()):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            kind.table.itemChanged.connect(lambda item, k=kind: self._edited(k, item))
            kind.table.itemSelectionChanged.connect(lambda k=kind: self._update_buttons(k))
            kind.merge_button.clicked.connect(lambda _=False, k=kind: self._merge(k))
            kind.delete_button.clicked.connect(lambda _=False, k=kind: self._delete(k))
            kind.rename_button.clicked.connect(lambda _=False, k=kind: self._edit_cell(k, 0))
        ui.peopleTable.setItemDelegateForColumn(1, _RoleDelegate(ui.peopleTable))
        ui.editRoleButton.clicked.connect(lambda: self._edit_cell(self._people, 1))
        ui.pairButton.clicked.connect(self._pair)
        self._swatches = self._make_swatches()
        apply_section_looks(self)
        self.refresh()

    def refresh(self) -> None:
        for kind in (self._themes, self._people):
            self._fill(kind)

    def close_for_lock(self) -> None:
        """Before the vault locks: forget every name shown and close."""
        for kind in (self._themes, self._people):
            kind.table.setRowCount(0)
            kind.merge_combo.clear()
        self.reject()

    # --- rows ---------------------------------------------------------------------------
    def _theme_rows(self) -> list[tuple[str, str, int]]:
        usage = self._journal.theme_usage()
        return [(t.name, t.colour, usage.get(t.name, 0)) for t in self._journal.themes()]

    def _person_rows(self) -> list[tuple[str, str, int]]:
        usage = self._journal.person_usage()
        # A suggested role is stored as its key and shown in the person's language.
        return [(p.name, shown(p.role), usage.get(p.name, 0)) for p in self._journal.people()]

    def _fill(self, kind: _Kind, select: str | None = None) -> None:
        table = kind.table
        keep = select or self._selected(kind)
        with quietly(table):
            table.setRowCount(0)
            for row, (name, extra, entries) in enumerate(kind.rows()):
                table.insertRow(row)
                name_item = QTableWidgetItem(name)
                name_item.setData(_NAME, name)
                if not kind.has_role:
                    name_item.setIcon(colour_dot(extra, 12))
                table.setItem(row, 0, name_item)
                if kind.has_role:
                    role_item = QTableWidgetItem(extra)
                    role_item.setData(_NAME, name)
                    role_item.setData(_BEFORE, extra)
                    table.setItem(row, 1, role_item)
                count = QTableWidgetItem(str(entries))
                count.setFlags(count.flags() & ~Qt.ItemFlag.ItemIsEditable)
                count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                count.setData(_NAME, entries)
                table.setItem(row, table.columnCount() - 1, count)
                if name == keep:
                    table.selectRow(row)
        if table.currentRow() < 0 and table.rowCount():
            table.selectRow(0)
        self._update_buttons(kind)

    @staticmethod
    def _selected_row(kind: _Kind) -> int | None:
        rows = kind.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _selected(self, kind: _Kind) -> str | None:
        row = self._selected_row(kind)
        return kind.table.item(row, 0).data(_NAME) if row is not None else None

    def _update_buttons(self, kind: _Kind) -> None:
        row = self._selected_row(kind)
        name = self._selected(kind)
        last = kind.table.columnCount() - 1
        entries = kind.table.item(row, last).data(_NAME) if row is not None else 0
        kind.rename_button.setEnabled(name is not None)
        kind.delete_button.setEnabled(name is not None and entries == 0)
        kind.delete_button.setToolTip(
            self.tr("Still used by {n} entries: merge it into another instead.").format(n=entries)
            if entries
            else ""
        )
        others = [kind.table.item(r, 0).data(_NAME) for r in range(kind.table.rowCount())]
        kind.merge_combo.clear()
        kind.merge_combo.addItems([n for n in others if n != name])
        kind.merge_button.setEnabled(name is not None and kind.merge_combo.count() > 0)
        if kind is self._people:
            self.ui.editRoleButton.setEnabled(name is not None)
            self.ui.pairButton.setEnabled(name is not None)
        else:
            self._show_colour(name)

    # --- actions ------------------------------------------------------------------------
    def _edit_cell(self, kind: _Kind, column: int) -> None:
        row = self._selected_row(kind)
        item = kind.table.item(row, column) if row is not None else None
        if item is not None:
            kind.table.setFocus()
            kind.table.editItem(item)

    def _edited(self, kind: _Kind, item: QTableWidgetItem) -> None:
        """A name or role cell was edited in place. The row is updated in place too: the
        view is still closing its editor, so rebuilding the rows now would pull it away."""
        name, row = item.data(_NAME), item.row()
        is_role = kind.has_role and item.column() == 1
        before = item.data(_BEFORE) if is_role else name
        try:
            if is_role:
                self._journal.set_person_role(name, key_of(item.text()))
                before = item.text().strip()
            elif item.text() != name:
                kind.rename(name, item.text())
                before = name = " ".join(item.text().split())
        except (VaultError, ValueError) as error:
            prompts.warn(self, self.tr("Not changed"), str(error))
        with quietly(kind.table):
            item.setText(before)
            for column in range(kind.table.columnCount() - 1):
                kind.table.item(row, column).setData(_NAME, name)
            if is_role:
                item.setData(_BEFORE, before)
        self._update_buttons(kind)
        self.changed.emit()

    def _merge(self, kind: _Kind) -> None:
        source, into = self._selected(kind), kind.merge_combo.currentText()
        if not source or not into:
            return
        if not prompts.confirm(
            self,
            self.tr("Merge “{source}” into “{into}”?").format(source=source, into=into),
            self.tr(
                "Every entry with “{source}” will have “{into}” instead, and “{source}” goes "
                "away. This cannot be undone."
            ).format(source=source, into=into),
            self.tr("Merge"),
        ):
            return
        try:
            kind.merge(source, into)
        except (VaultError, ValueError) as error:
            prompts.warn(self, self.tr("Not merged"), str(error))
        self._fill(kind, select=into)
        self.changed.emit()

    def _pair(self) -> None:
        """Couple mode: pair the selected person with their own journal."""
        from healdesk.gui.base.windows import open_dialog
        from healdesk.gui.couple.pairing_dialog import PairingDialog

        name = self._selected(self._people)
        if name is not None:
            open_dialog(PairingDialog(self._journal, name, self))

    def _delete(self, kind: _Kind) -> None:
        name = self._selected(kind)
        if not name:
            return
        try:
            kind.delete(name)
        except (VaultError, ValueError) as error:
            prompts.warn(self, self.tr("Not deleted"), str(error))
        self._fill(kind)
        self.changed.emit()

    # --- colours ------------------------------------------------------------------------
    def _make_swatches(self) -> QButtonGroup:
        group = QButtonGroup(self)
        layout = QHBoxLayout(self.ui.swatches)
        layout.setContentsMargins(0, 0, 0, 0)
        for colour in THEME_COLOURS:
            swatch = QToolButton(self.ui.swatches)
            swatch.setCheckable(True)
            swatch.setIcon(colour_dot(colour, 16))
            swatch.setAutoRaise(True)
            swatch.setAccessibleName(COLOUR_NAMES[colour])
            swatch.setToolTip(COLOUR_NAMES[colour])
            swatch.setProperty("colour", colour)
            group.addButton(swatch)
            layout.addWidget(swatch)
        group.buttonClicked.connect(self._colour_clicked)
        return group

    def _show_colour(self, name: str | None) -> None:
        colour = next((t.colour for t in self._journal.themes() if t.name == name), "")
        for swatch in self._swatches.buttons():
            swatch.setEnabled(name is not None)
            if swatch.property("colour") == colour:
                swatch.setChecked(True)

    def _colour_clicked(self, swatch: QToolButton) -> None:
        name = self._selected(self._themes)
        if name:
            self._journal.set_theme_colour(name, swatch.property("colour"))
            self._fill(self._themes, select=name)
            self.changed.emit()
