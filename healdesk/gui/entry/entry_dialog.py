"""ConflictDialog: write, or edit, one conflict entry, soon after an argument.

Forgiving by design: only a few words about what happened are needed. Typed words are kept as
a draft inside the vault every few seconds and when the app locks, so a crash, a lock or a
closed lid loses nothing; Esc asks before throwing typed words away.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit, QPlainTextEdit, QWidget

from healdesk.core.analysis import moves
from healdesk.core.conflict import Conflict, Person
from healdesk.core.language import vocabulary
from healdesk.core.selection import Selection
from healdesk.gui.base import prompts
from healdesk.gui.base.windows import fit_to_screen
from healdesk.gui.care.gate import fit_entry_form
from healdesk.gui.entry.entry_drafts import (
    conflict_from,
    draft_conflict_id,
    edit_draft_key,
    fields_of,
    new_draft_key,
    pending_entry_drafts,
)
from healdesk.gui.entry.entry_form import (
    PICKERS,
    TEXT_EDITS,
    link_tab_order,
    read_fields,
    write_fields,
)
from healdesk.gui.forms.ui_conflict_entry import Ui_ConflictDialog
from healdesk.gui.widgets.keyboard import quiet_scroll_areas, tab_leaves
from healdesk.gui.widgets.section_looks import apply_section_looks
from healdesk.i18n import _, local_pattern
from healdesk.vault import Journal, VaultError
from healdesk.vault.stores.labels import THEME_COLOURS


class ConflictDialog(QDialog):
    """A new entry (`conflict_id` None) or an existing one. Emits `saved(id)` after a save and
    `deleted(id)` after moving the entry to the trash (restore_conflict undoes that)."""

    saved = Signal(int)
    deleted = Signal(int)

    #: Drafts are written at most this often while typing.
    autosave_interval_ms = 2500

    def __init__(
        self,
        journal: Journal,
        conflict_id: int | None = None,
        parent: QWidget | None = None,
        *,
        draft_key: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ConflictDialog()
        self.ui.setupUi(self)
        # Translators: a Qt date format (dddd weekday, d day, MMMM month, yyyy year); reorder it.
        self.ui.happenedEdit.setDisplayFormat(local_pattern("dddd d MMMM yyyy, HH:mm"))
        self._journal = journal
        self._conflict_id = conflict_id
        self._draft_key = draft_key or (
            edit_draft_key(conflict_id) if conflict_id is not None else new_draft_key()
        )
        self._closing = False
        self._happened_at = datetime.now().astimezone().replace(second=0, microsecond=0)
        self._time_touched = False
        self._autosave = QTimer(self, singleShot=True, interval=self.autosave_interval_ms)
        self._autosave.timeout.connect(self._autosave_now)

        self.setWindowTitle(self.tr("Edit entry") if conflict_id else self.tr("New entry"))
        self._prepare_widgets()
        self._load_labels()
        original = journal.get_conflict(conflict_id) if conflict_id is not None else None
        self._baseline = self._fields_for(original)
        self._write(self._baseline)
        self._baseline = self._read()
        self.ui.trashButton.setVisible(conflict_id is not None)
        draft = journal.load_draft(self._draft_key)
        if draft is not None:
            self._write(draft["fields"])
            self._say(self.tr("Your unsaved words from before are back. Nothing was lost."))
        self._connect_changes()
        self._fit_to_person(self.ui.personCombo.currentText())
        QApplication.instance().focusChanged.connect(self._follow_focus)
        self.ui.whatHappenedEdit.setFocus()
        fit_to_screen(self)

    @classmethod
    def resume(cls, journal: Journal, key: str, parent: QWidget | None = None) -> ConflictDialog:
        """Reopen the draft stored under `key` (from `pending_entry_drafts`)."""
        conflict_id = draft_conflict_id(key)
        if conflict_id is not None and conflict_id not in {
            s.id for s in journal.summaries(Selection.of([conflict_id]))
        }:
            # The entry went to the trash (or was emptied) since: keep the words as a new entry.
            payload = journal.load_draft(key)
            journal.discard_draft(key)
            key = new_draft_key()
            if payload is not None:
                journal.save_draft(key, payload)
            conflict_id = None
        return cls(journal, conflict_id, parent, draft_key=key)

    @property
    def draft_key(self) -> str:
        return self._draft_key

    @property
    def conflict_id(self) -> int | None:
        return self._conflict_id

    # --- actions ------------------------------------------------------------------------
    def save(self) -> int | None:
        """Save the entry; returns its id, or None when it could not be saved (the words stay)."""
        fields = self._read()
        if not fields["what_happened"].strip():
            self._say(self.tr("A few words about what happened are all this entry needs."))
            self.ui.whatHappenedEdit.setFocus()
            return None
        journal = self._journal
        try:
            conflict = conflict_from(fields, self._conflict_id)
            with journal.transaction():
                for name, colour in self.ui.themePicker.new_themes():
                    journal.add_theme(name, colour)
                if conflict.person:
                    journal.add_person(Person(conflict.person, fields["role"]))
                if conflict.id is None:
                    conflict.id = journal.add_conflict(conflict)
                else:
                    journal.update_conflict(conflict)
                journal.discard_draft(self._draft_key)
        except (VaultError, ValueError) as error:
            prompts.warn(
                self,
                self.tr("Not saved yet"),
                self.tr("The entry could not be saved: %s\nYour words are still here.") % error,
            )
            return None
        self._finish(QDialog.DialogCode.Accepted)
        self.saved.emit(conflict.id)
        return conflict.id

    def move_to_trash(self) -> None:
        """Move the edited entry to the trash; `Journal.restore_conflict` brings it back."""
        if self._conflict_id is None:
            return
        self._journal.delete_conflict(self._conflict_id)
        self._journal.discard_draft(self._draft_key)
        self._finish(QDialog.DialogCode.Rejected)
        self.deleted.emit(self._conflict_id)

    def reject(self) -> None:
        """Esc and the window's close button: ask before discarding typed words."""
        if self._closing:
            super().reject()
            return
        if self.has_changes() and not prompts.confirm(
            self,
            self.tr("Discard this entry?"),
            self.tr("What you wrote here has not been saved. Discard it?"),
            self.tr("Discard"),
        ):
            return
        self._journal.discard_draft(self._draft_key)
        self._finish(QDialog.DialogCode.Rejected)

    def save_draft(self) -> None:
        """Keep unsaved changes in the vault (or drop a stale draft when there are none)."""
        self._autosave.stop()
        if self.has_changes():
            payload = {"conflict_id": self._conflict_id, "fields": self._read()}
            self._journal.save_draft(self._draft_key, payload)
            self.ui.draftLabel.setText(self.tr("Draft kept safe in your journal"))
        else:
            self._journal.discard_draft(self._draft_key)

    def close_for_lock(self) -> None:
        """Before the vault locks: keep a draft, wipe every word, close without asking.
        Harmless on a dialog that has already finished."""
        if not self._closing:
            self.save_draft()
        self.clear()
        self._finish(QDialog.DialogCode.Rejected)

    def clear(self) -> None:
        """Wipe all entry text from the widgets, their undo history and the pickers' models."""
        self._autosave.stop()
        for name in TEXT_EDITS.values():
            edit: QPlainTextEdit = getattr(self.ui, name)
            edit.setPlainText("")
            edit.document().clearUndoRedoStacks()
        self._people = []
        for combo in (self.ui.personCombo, self.ui.roleCombo):
            combo.clear()
            combo.setEditText("")
            combo.lineEdit().setText("")
        for name in PICKERS:
            getattr(self.ui, name).clear()
        self.ui.moveOrderPicker.clear()
        self.ui.themePicker.clear()
        self.ui.intensitySlider.set_value(None)
        self.ui.settledSlider.set_value(None)
        self.ui.messageLabel.clear()
        self.ui.messageLabel.hide()
        self._baseline = {}

    def has_changes(self) -> bool:
        return bool(self._baseline) and self._read() != self._baseline

    # --- form <-> fields ----------------------------------------------------------------
    def _read(self) -> dict[str, Any]:
        happened = self._happened_at
        if self._time_touched:
            happened = self.ui.happenedEdit.dateTime().toPython().astimezone()
        return read_fields(self.ui, happened)

    def _write(self, fields: dict[str, Any]) -> None:
        self._happened_at = write_fields(self.ui, fields)
        self._offer_order()
        self.ui.moveOrderPicker.set_steps(fields.get("move_order", []))
        self._time_touched = False

    def _fields_for(self, conflict: Conflict | None) -> dict[str, Any]:
        if conflict is None:
            conflict = Conflict(happened_at=self._happened_at, what_happened="")
        roles = {p.name: p.role for p in self._people}
        return fields_of(conflict, roles.get(conflict.person or "", ""))

    # --- setup --------------------------------------------------------------------------
    def _prepare_widgets(self) -> None:
        ui = self.ui
        for name, (_field, words, shown) in PICKERS.items():
            getattr(ui, name).set_vocabulary([shown(w) for w in words])
        ui.intensitySlider.configure(
            vocabulary.INTENSITY_MIN,
            vocabulary.INTENSITY_MAX,
            vocabulary.intensity_word,
            self.tr("How intense it felt"),
        )
        ui.settledSlider.configure(
            vocabulary.SETTLED_MIN,
            vocabulary.SETTLED_MAX,
            vocabulary.settled_word,
            self.tr("How settled I feel now"),
        )
        ui.personCombo.lineEdit().setPlaceholderText(self.tr("A name, or leave empty"))
        ui.roleCombo.lineEdit().setPlaceholderText(self.tr("Partner, friend…"))
        ui.messageLabel.hide()
        for widget in (ui.personCombo, ui.roleCombo, ui.happenedEdit):
            # Screen readers land on the inner line edit: give it the outer widget's name.
            widget.findChild(QLineEdit).setAccessibleName(widget.accessibleName())
        ui.saveButton.clicked.connect(self.save)
        ui.closeButton.clicked.connect(self.reject)
        ui.trashButton.clicked.connect(self.move_to_trash)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        link_tab_order(ui)
        quiet_scroll_areas(self)
        tab_leaves(ui.happenedEdit)
        apply_section_looks(self)

    def _load_labels(self) -> None:
        self._people = self._journal.people()
        combo: QComboBox = self.ui.personCombo
        combo.addItems([p.name for p in self._people])
        combo.setCurrentIndex(-1)
        self.ui.roleCombo.addItems([vocabulary.shown(r) for r in vocabulary.SUGGESTED_ROLES])
        self.ui.roleCombo.setCurrentIndex(-1)
        # Themes are names the writer gives: suggested in the writer's language, kept as typed.
        suggested = [_(theme) for theme in vocabulary.SUGGESTED_THEMES]
        self.ui.themePicker.set_known(self._journal.themes(), THEME_COLOURS, suggested)

    def _connect_changes(self) -> None:
        ui = self.ui
        ui.happenedEdit.dateTimeChanged.connect(self._time_changed)
        ui.personCombo.currentTextChanged.connect(self._person_changed)
        ui.roleCombo.currentTextChanged.connect(self._changed)
        for widget in (ui.intensitySlider, ui.settledSlider, ui.themePicker):
            widget.changed.connect(self._changed)
        for name in PICKERS:
            getattr(ui, name).changed.connect(self._changed)
        for picker in (ui.myPartPicker, ui.theirMovesPicker):
            picker.changed.connect(self._offer_order)
        ui.moveOrderPicker.changed.connect(self._changed)
        for name in TEXT_EDITS.values():
            getattr(ui, name).textChanged.connect(self._changed)

    # --- reactions ----------------------------------------------------------------------
    def _offer_order(self) -> None:
        """ "What happened next" offers the moves noted above, once there are two or more."""
        ui = self.ui
        ui.moveOrderPicker.set_moves(
            [vocabulary.key_of(w) for w in ui.myPartPicker.selected()],
            [moves.their_key(w) for w in ui.theirMovesPicker.selected()],
        )

    def _time_changed(self) -> None:
        self._time_touched = True
        self._changed()

    def _person_changed(self, name: str) -> None:
        known = {p.name.casefold(): p.role for p in self._people}
        role = known.get(name.strip().casefold())
        if role:
            self.ui.roleCombo.setEditText(vocabulary.shown(role))
        self._fit_to_person(name)
        self._changed()

    def _fit_to_person(self, name: str) -> None:
        """ "My part" steps back for a person the care check said "yes" for (gui/care/gate)."""
        rows = (self.ui.myPartPicker, self.ui.myPartNoteEdit)
        fit_entry_form(self.ui.insideForm, rows, self._journal, name)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Keep the focused field in view however focus got there (a mnemonic, a click on a
        label, a message): the scroll area itself only follows Tab."""
        if new is not None and self.ui.scrollContents.isAncestorOf(new):
            self.ui.scrollArea.ensureWidgetVisible(new, 16, 24)

    def _autosave_now(self) -> None:
        try:
            self.save_draft()
        except VaultError:
            pass  # locked under us: the app's lock path already kept what it could

    def _changed(self) -> None:
        if not self._autosave.isActive() and not self._closing:
            self._autosave.start()

    def _say(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.show()

    def _finish(self, code: QDialog.DialogCode) -> None:
        self._autosave.stop()
        self._closing = True
        self.done(code)

    def hideEvent(self, event: QHideEvent) -> None:
        # Hidden with the main window (quick hide) or minimised: keep the words at once.
        if not self._closing:
            self._autosave_now()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            apply_section_looks(self)
        super().changeEvent(event)


def reopen_entry_drafts(journal: Journal, parent: QWidget | None = None) -> list[ConflictDialog]:
    """After unlock: show every unsaved entry again, as it was left. No question first: each
    dialog says its words are back, and Esc there still asks before discarding them."""
    dialogs = []
    for key in pending_entry_drafts(journal):
        dialog = ConflictDialog.resume(journal, key, parent)
        dialog.show()
        dialogs.append(dialog)
    if dialogs:  # active (the window manager brings it to the front), so typing and Esc
        dialogs[-1].activateWindow()  # go to the words that came back
    return dialogs


def open_entry(
    journal: Journal, conflict_id: int | None = None, parent: QWidget | None = None
) -> ConflictDialog:
    """Show the dialog for `conflict_id` (None: a new entry). An entry already open in a
    dialog is brought to the front instead of opened twice, so two dialogs never write the
    same entry or its draft."""
    if conflict_id is not None:
        for window in QApplication.topLevelWidgets():
            if (
                isinstance(window, ConflictDialog)
                and window.conflict_id == conflict_id
                and window.isVisible()
            ):
                window.raise_()
                window.activateWindow()
                return window
    dialog = ConflictDialog(journal, conflict_id, parent)
    dialog.show()
    return dialog
