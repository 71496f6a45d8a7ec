"""The Help menu: keyboard shortcuts (read from the window's own actions, so the list never goes
stale), the safety note, the care check, the safety plan and the unlock history (gui/care),
and About."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from healdesk import APP_NAME
from healdesk.core.language import words
from healdesk.core.safety import care, unlock_history
from healdesk.gui.base import prompts
from healdesk.gui.base.windows import open_dialog
from healdesk.gui.care.opening import open_care_check, open_safety_page
from healdesk.gui.care.unlock_history import open_unlock_history
from healdesk.i18n import _


def show_shortcuts(window: QMainWindow) -> None:
    from healdesk.gui.journal.shortcuts_dialog import KeyboardShortcutsDialog

    open_dialog(KeyboardShortcutsDialog(window.findChildren(QAction), window))


def show_safety_note(parent: QWidget) -> None:
    prompts.inform(parent, _("If you do not feel safe"), _(words.SAFETY_NOTE))


def show_about(parent: QWidget) -> None:
    from healdesk import __version__

    prompts.inform(
        parent,
        _("About {APP_NAME}").format(APP_NAME=APP_NAME),
        _(
            "{APP_NAME} {version__}: a private, encrypted journal for working through conflicts in close relationships. HealDesk is a companion for reflection, not therapy. "
        ).format(APP_NAME=APP_NAME, version__=__version__)
        + _(words.SAFETY_NOTE),
    )


def build_help_menu(window: QMainWindow, add: Callable[..., QAction]) -> QMenu:
    """The Help menu, last in the bar; `add(menu, text, slot, *keys)` makes each action."""
    menu = window.menuBar().addMenu(_("&Help"))
    add(menu, _("&Keyboard shortcuts"), lambda: show_shortcuts(window), "F1", "Ctrl+/")
    add(menu, _("If you do not feel &safe"), lambda: show_safety_note(window))
    window.care_check_action = add(
        menu, _(care.CHECK_TITLE), lambda: open_care_check(window, window.journal)
    )
    window.safety_plan_action = add(
        menu,
        _(care.PLAN_TITLE) + "\u2026",
        lambda: open_safety_page(window, window.journal, stepped_back=False),
    )
    window.unlock_history_action = add(
        menu,
        _(unlock_history.TITLE) + "\u2026",
        lambda: open_unlock_history(window, window.journal),
    )
    add(menu, _("&About {APP_NAME}").format(APP_NAME=APP_NAME), lambda: show_about(window))
    return menu
