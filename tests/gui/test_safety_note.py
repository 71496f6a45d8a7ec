"""The safety note says the same words wherever it is shown: the first-run welcome, Help, About
and before every guided repair (it had drifted into three wordings)."""

from __future__ import annotations

import random

from PySide6.QtWidgets import QLabel

from healdesk.core.language import words
from healdesk.gui.base import prompts
from healdesk.gui.journal import help_menu
from healdesk.gui.journal.main_window import JournalWindow
from healdesk.gui.repair.repair_pages import IntroPage
from healdesk.gui.unlock.setup_wizard import SetupWizard


def labels(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_welcome_help_about_and_every_repair_show_the_one_safety_note(
    qtbot, tmp_path, journal, catalog, monkeypatch
):
    wizard = SetupWizard(tmp_path / "journal", rng=random.Random(4))
    qtbot.addWidget(wizard)
    assert words.SAFETY_NOTE in labels(wizard)

    for template in catalog.values():
        page = IntroPage(template, [])
        qtbot.addWidget(page)
        assert words.SAFETY_NOTE in labels(page)

    said: list[str] = []
    monkeypatch.setattr(prompts, "inform", lambda _parent, _title, text: said.append(text))
    window = JournalWindow(journal)
    qtbot.addWidget(window)
    help_menu.show_safety_note(window)
    help_menu.show_about(window)
    assert said[0] == words.SAFETY_NOTE and said[1].endswith(words.SAFETY_NOTE)
