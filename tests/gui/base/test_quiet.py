"""Filling widgets quietly: signals are back after the block, even when it fails, and a block
that was already in place stays."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit

from healdesk.gui.base.quiet import quietly


def test_signals_come_back_even_after_an_error(qtbot):
    box, edit = QComboBox(), QLineEdit()
    qtbot.addWidget(box)
    qtbot.addWidget(edit)
    heard: list[str] = []
    edit.textChanged.connect(heard.append)
    with pytest.raises(ValueError), quietly(box, edit):
        edit.setText("filled from data")
        assert box.signalsBlocked()
        raise ValueError
    assert heard == [] and not box.signalsBlocked() and not edit.signalsBlocked()
    edit.setText("typed")
    assert heard == ["typed"]


def test_a_block_already_in_place_stays(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.blockSignals(True)
    with quietly(edit):
        pass
    assert edit.signalsBlocked()
