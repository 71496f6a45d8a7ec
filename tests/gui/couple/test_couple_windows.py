"""Couple mode in the app, on two real vaults: pairing (code, QR, words), the share preview,
opening a partner's file (menu and drop) and both sides beside each other."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel

from healdesk.core.couple.sharing import ShareChoice
from healdesk.gui.couple.pairing_dialog import PairingDialog
from healdesk.gui.couple.receive import ShareDrop, open_share
from healdesk.gui.couple.share_dialog import ShareDialog
from healdesk.gui.couple.side_by_side import SideBySideDialog
from healdesk.vault.couple.sharing import receive_share, share_file
from tests.helpers.couple import two_journals, write_repair


@pytest.fixture
def two(vault_template, tmp_path):
    """Journals A and B, not yet paired."""
    with two_journals(vault_template, tmp_path) as journals:
        yield journals


@pytest.fixture
def paired(two):
    a, b = two
    a.pair("Sam", b.pairing_code())
    b.pair("Alex", a.pairing_code())
    return a, b


def test_pairing_shows_code_and_qr_then_the_same_words_as_the_partner(qtbot, two):
    a, b = two
    dialog = PairingDialog(a, "Sam")
    qtbot.addWidget(dialog)
    assert dialog.my_code.toPlainText() == a.pairing_code().text()
    assert not dialog.qr.pixmap().isNull() and dialog.words.text() == ""
    dialog.their_code.setPlainText("HD1-NOT-A-CODE")
    dialog.pair_button.click()
    assert "whole pairing code" in dialog.problem.text() and a.partners() == []
    dialog.their_code.setPlainText(b.pairing_code().text().lower())
    dialog.pair_button.click()
    b.pair("Alex", a.pairing_code())
    assert dialog.problem.text() == ""
    assert dialog.words.text().split() == b.fingerprint(b.partner("Alex"))
    dialog.close_for_lock()
    assert dialog.my_code.toPlainText() == "" and dialog.words.text() == ""


def test_the_share_preview_shows_exactly_what_leaves(qtbot, paired, answers, tmp_path):
    a, b = paired
    repair_id = write_repair(a)
    dialog = ShareDialog(a, repair_id, "Sam")
    qtbot.addWidget(dialog)
    shown = dialog.preview.toPlainText()
    assert "PLUMTREE-OWN" in shown and "QUINCE-FEEL" in shown and "Walk after dinner" in shown
    assert "HAWTHORN-WHAT" not in shown and "MARIGOLD-PRIVATE" not in shown
    assert not dialog.private_notes.isEnabled()
    own = dialog.answers.topLevelItem(0).child(1)
    own.setCheckState(0, Qt.CheckState.Unchecked)
    assert "PLUMTREE-OWN" not in dialog.preview.toPlainText()
    dialog.conflicts.setChecked(True)
    assert "HAWTHORN-WHAT" in dialog.preview.toPlainText()
    assert "MARIGOLD-PRIVATE" not in dialog.preview.toPlainText()
    answers["save_path"] = tmp_path / "for-sam"
    answers["inform"] = None
    dialog.save_button.click()
    written = tmp_path / "for-sam.healdesk-share"
    assert dialog.written == written
    arrived = receive_share(b, written.read_bytes()).side
    assert "my-part.in-my-words" not in arrived.answers
    assert [c["what_happened"] for c in arrived.conflicts] == [
        "HAWTHORN-WHAT at dinner with Juniperia"
    ]
    assert "private_notes" not in arrived.conflicts[0]


def test_a_bad_file_gets_one_sentence_and_changes_nothing(qtbot, paired, answers, tmp_path):
    a, b = paired
    data = bytearray(share_file(a, write_repair(a), "Sam", ShareChoice()))
    data[len(data) // 2] ^= 1
    bad = tmp_path / "bad.healdesk-share"
    bad.write_bytes(bytes(data))
    answers["warn"] = None
    host = QLabel()
    qtbot.addWidget(host)
    assert open_share(host, b, bad) is None
    ((name, args),) = answers["asked"]
    assert name == "warn" and "changed or damaged" in args[2] and "\n" not in args[2]
    assert b.repairs() == [] and b.shared_repairs() == []


def test_a_dropped_file_opens_both_sides_beside_each_other(qtbot, paired, tmp_path):
    a, b = paired
    repair_id = write_repair(a)
    received = receive_share(b, share_file(a, repair_id, "Sam", ShareChoice()))
    mine = b.get_repair(received.repair_id)
    mine.answers["feelings.felt"] = "NETTLE-VIEW"
    b.update_repair(mine)
    reply = tmp_path / "reply.healdesk-share"
    reply.write_bytes(share_file(b, received.repair_id, "Alex", ShareChoice()))

    window = QLabel()
    qtbot.addWidget(window)
    opened: list[int] = []
    drops = ShareDrop(window, a, opened.append)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(reply))])
    where = (QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton)
    enter = QDragEnterEvent(*where, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    # Qt delivers a Drop only inside a real drag; hand it to the window's filter directly.
    drops.eventFilter(window, QDropEvent(*where, Qt.KeyboardModifier.NoModifier))
    assert opened == [repair_id]
    (dialog,) = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, SideBySideDialog) and w.isVisible()
    ]
    texts = [label.text() for label in dialog.scroll.widget().findChildren(QLabel)]
    assert texts.index("QUINCE-FEEL and tired") + 1 == texts.index("NETTLE-VIEW")
    assert "Sam" in texts and "Me" in texts
    dialog.close_for_lock()
    assert dialog.scroll.widget() is None or "NETTLE-VIEW" not in [
        label.text() for label in dialog.scroll.widget().findChildren(QLabel)
    ]


def test_both_sides_before_anything_came_back(qtbot, paired):
    a, _ = paired
    repair_id = write_repair(a)
    share_file(a, repair_id, "Sam", ShareChoice())
    dialog = SideBySideDialog(a, repair_id)
    qtbot.addWidget(dialog)
    assert "Nothing has come back from Sam yet" in dialog.note.text()


def test_a_repair_offers_sharing_only_once_paired(qtbot, two, answers):
    from healdesk.gui.repair.repair_view import RepairView

    a, b = two
    repair_id = write_repair(a)
    view = RepairView(a, repair_id)
    qtbot.addWidget(view)
    buttons = view.share_buttons
    assert buttons.share_button.isHidden() and buttons.both_button.isHidden()
    a.pair("Sam", b.pairing_code())
    view.refresh()
    assert not buttons.share_button.isHidden() and buttons.share_button.text() == "&Share with Sam…"
    buttons.share_button.click()
    (dialog,) = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ShareDialog) and w.isVisible()
    ]
    assert dialog.partner == "Sam" and "PLUMTREE-OWN" in dialog.preview.toPlainText()
    dialog.reject()
