"""ThemePicker: what a conflict was about, picked from the journal's themes or made on the spot.

Typing offers the journal's themes and the suggested ones (autocomplete, any part of the name);
Enter on a name the journal does not know yet makes a new theme, shown at once in the colour
the vault's palette will give it. Nothing is written until the entry is saved.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from healdesk.core.conflict import Theme
from healdesk.gui.widgets.chip import Chip
from healdesk.gui.widgets.flow_layout import FlowLayout
from healdesk.gui.widgets.keyboard import PassesFocusOn


def colour_dot(colour: str, size: int = 10) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour or "#888888"))
    painter.drawEllipse(0, 0, size, size)
    painter.end()
    return QIcon(pixmap)


class ThemePicker(PassesFocusOn):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._known: dict[str, Theme] = {}  # folded name -> theme in the journal
        self._palette: Sequence[str] = ("#888888",)
        self._chosen: list[tuple[str, str]] = []  # (name, colour) in the order chosen
        self._chips: dict[str, Chip] = {}
        self._flow = FlowLayout(self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Add a theme…"))
        self.name_edit.setMinimumWidth(170)
        self.name_edit.setMaximumWidth(240)
        self.name_edit.setAccessibleName(self.tr("Add a theme"))
        self.name_edit.installEventFilter(self)
        self._names = QStringListModel(self)
        self.completer = QCompleter(self._names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.name_edit.setCompleter(self.completer)
        self.completer.activated.connect(self._add_from_completer)
        self.name_edit.returnPressed.connect(self._add_typed)
        self._flow.addWidget(self.name_edit)

    # --- public -------------------------------------------------------------------------
    def set_known(
        self, themes: Sequence[Theme], palette: Sequence[str], suggestions: Sequence[str] = ()
    ) -> None:
        """The journal's themes, the colours new ones get in turn, and words to suggest."""
        self._known = {t.name.casefold(): t for t in themes}
        self._palette = tuple(palette) or ("#888888",)
        names = [t.name for t in themes]
        names += [s for s in suggestions if s.casefold() not in self._known]
        self._names.setStringList(names)

    def themes(self) -> list[str]:
        return [name for name, _ in self._chosen]

    def new_themes(self) -> list[tuple[str, str]]:
        """Chosen themes the journal does not have yet, with the colour each will get."""
        return [(n, c) for n, c in self._chosen if n.casefold() not in self._known]

    def set_themes(self, names: Sequence[str]) -> None:
        for name in [n for n, _ in self._chosen]:
            self._remove(name, notify=False)
        for name in names:
            self._add(name, notify=False)
        self.changed.emit()

    def chip(self, name: str) -> Chip | None:
        return self._chips.get(name.casefold())

    def focus_chain(self) -> list[QWidget]:
        """The name field, then each chosen theme's remove chip."""
        return [self.name_edit, *self._chips.values()]

    def focus_part(self) -> QWidget:
        return self.name_edit

    def clear(self) -> None:
        """Forget chosen themes, the typed text, its undo history and the completion list."""
        self.set_themes([])
        self.name_edit.setText("")
        self._names.setStringList([])
        self._known = {}

    # --- internals ----------------------------------------------------------------------
    def _add_typed(self) -> None:
        popup = self.completer.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            return  # the completer's activated signal brings the highlighted choice
        popup.hide()
        self._add(self.name_edit.text(), notify=True)
        self.name_edit.clear()

    def _add_from_completer(self, text: str) -> None:
        self._add(text, notify=True)
        # The line edit writes the completion into itself after this signal: clear after it.
        QTimer.singleShot(0, self.name_edit.clear)

    def _add(self, name: str, notify: bool) -> None:
        name = " ".join(name.split())
        folded = name.casefold()
        if not name or folded in self._chips:
            return
        known = self._known.get(folded)
        if known is not None:
            name, colour = known.name, known.colour
        else:
            fresh = len(self.new_themes())
            colour = self._palette[(len(self._known) + fresh) % len(self._palette)]
        self._chosen.append((name, colour))
        chip = Chip(f"{name}  ✕", self, checkable=False)
        chip.setIcon(colour_dot(colour))
        chip.setAccessibleName(self.tr("Remove theme %s") % name)
        chip.setToolTip(self.tr("Remove “%s”") % name)
        chip.clicked.connect(lambda _=False, n=name: self._remove(n, notify=True))
        QWidget.setTabOrder(self.focus_chain()[-1], chip)
        self._flow.insertWidget(self._flow.count() - 1, chip)
        self._chips[folded] = chip
        if notify:
            self.changed.emit()

    def _remove(self, name: str, notify: bool) -> None:
        chip = self._chips.pop(name.casefold(), None)
        if chip is None:
            return
        had_focus = chip.hasFocus()
        self._chosen = [(n, c) for n, c in self._chosen if n.casefold() != name.casefold()]
        self._flow.removeWidget(chip)
        chip.discard()
        if had_focus:
            self.name_edit.setFocus()
        if notify:
            self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Backspace in the empty field takes back the last theme, as in tag fields everywhere.
        if (
            watched is getattr(self, "name_edit", None)  # None while Qt tears down
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Backspace
            and not self.name_edit.text()
            and self._chosen
        ):
            self._remove(self._chosen[-1][0], notify=True)
            return True
        return super().eventFilter(watched, event)
