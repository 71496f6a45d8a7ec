"""First run driven like a person: welcome, passphrase, recovery key and its check."""

from __future__ import annotations

import random

from pypdf import PdfReader
from PySide6.QtWidgets import QWizard

from healdesk.gui.base.windows import present
from healdesk.gui.unlock.setup_wizard import SetupWizard
from healdesk.vault import Vault

CHOSEN = "quiet harbour violet 1987"


def test_setup_creates_a_journal_and_checks_the_recovery_key(qtbot, tmp_path, answers):
    folder = tmp_path / "journal"
    wizard = SetupWizard(folder, rng=random.Random(4))
    qtbot.addWidget(wizard)
    present(wizard)
    welcome = wizard.currentPage()
    text = " ".join(label.text() for label in welcome.findChildren(type(wizard.key_page.key)))
    assert "not therapy" in text and "domestic violence helpline" in text

    wizard.next()
    page = wizard.passphrase_page
    qtbot.keyClicks(page.form.first, "short")
    assert "at least 8 characters" in page.form.verdict.text() and not page.isComplete()
    page.form.first.clear()
    qtbot.keyClicks(page.form.first, CHOSEN)
    qtbot.keyClicks(page.form.second, CHOSEN[:-1])
    assert "not the same" in page.form.verdict.text() and not page.isComplete()
    qtbot.keyClicks(page.form.second, CHOSEN[-1])
    assert page.isComplete()

    wizard.next()  # commit: the vault is created on a worker thread
    assert page.busy.isVisible()
    qtbot.waitUntil(lambda: wizard.currentId() == SetupWizard.KEY_PAGE, timeout=20_000)
    key = wizard.recovery_key
    assert wizard.key_page.key.text().split() == key.split("-")
    assert page.form.first.text() == ""  # the passphrase is not kept in the widget
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible() or not (
        wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    )

    answers["save_path"] = tmp_path / "kit.pdf"
    wizard.key_page.save_pdf.click()
    pdf_text = PdfReader(tmp_path / "kit.pdf").pages[0].extract_text()
    assert all(group in pdf_text for group in key.split("-"))
    assert "Saved to" in wizard.key_page.saved_note.text()
    assert not wizard.key_page.isComplete()
    wizard.key_page.kept.setChecked(True)
    wizard.next()

    check = wizard.check_page
    group = key.split("-")[check.group]
    wrong = "ZZZZ" if group != "ZZZZ" else "YYYY"
    qtbot.keyClicks(check.answer, wrong[:3])
    assert not check.isComplete() and check.mismatch.isHidden()  # still typing: nothing said
    qtbot.keyClicks(check.answer, wrong[3:])
    assert not check.isComplete()
    assert check.mismatch.isVisible() and check.mismatch.text() == (
        "Those characters are not that group of your key. Look again at what you wrote down, "
        "or go back to see the key."
    )
    check.answer.clear()
    qtbot.keyClicks(check.answer, group.lower())
    assert check.isComplete() and check.mismatch.isHidden()
    # no keychain in tests: "remember on this device" is not offered at all
    assert check.nextId() == -1

    with qtbot.waitSignal(wizard.created) as created:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    vault, remember = created.args
    try:
        assert remember is False and vault.journal.count() == 0
    finally:
        vault.lock()
    assert wizard.recovery_key == ""
    Vault.unlock(folder, passphrase=CHOSEN).lock()
    Vault.unlock(folder, recovery_key=key).lock()


def test_a_weak_passphrase_gets_advice(qtbot, tmp_path):
    wizard = SetupWizard(tmp_path / "j")
    qtbot.addWidget(wizard)
    wizard.next()
    form = wizard.passphrase_page.form
    qtbot.keyClicks(form.first, "password")
    qtbot.keyClicks(form.second, "password")
    assert not form.valid
    assert form.meter.value() <= 1
    assert "common" in form.verdict.text().lower() or "guess" in form.verdict.text().lower()


def test_abandoning_setup_after_creation_leaves_a_locked_journal(qtbot, tmp_path, make_session):
    session = make_session(tmp_path / "j")
    session.start()
    wizard = session.setup_wizard
    wizard.next()
    qtbot.keyClicks(wizard.passphrase_page.form.first, CHOSEN)
    qtbot.keyClicks(wizard.passphrase_page.form.second, CHOSEN)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == SetupWizard.KEY_PAGE, timeout=20_000)
    wizard.reject()
    assert session.unlock_window is not None and session.vault is None
    Vault.unlock(tmp_path / "j", passphrase=CHOSEN).lock()  # not held open by anyone
