""" "Remember on this device" through the app, against the real Secret Service."""

from __future__ import annotations

import random

import pytest
from PySide6.QtWidgets import QWizard

from healdesk.gui.unlock.setup_wizard import SetupWizard

pytestmark = pytest.mark.keychain
CHOSEN = "quiet harbour violet 1987"


@pytest.mark.usefixtures("secret_service")
def test_setup_offers_the_device_and_the_unlock_screen_uses_it(make_session, tmp_path, qtbot):
    session = make_session(tmp_path / "journal")
    session.start()
    wizard = session.setup_wizard
    wizard.check_page._rng = random.Random(2)
    qtbot.waitUntil(lambda: wizard.device_available, timeout=15_000)
    wizard.next()
    qtbot.keyClicks(wizard.passphrase_page.form.first, CHOSEN)
    qtbot.keyClicks(wizard.passphrase_page.form.second, CHOSEN)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == SetupWizard.KEY_PAGE, timeout=20_000)
    wizard.key_page.kept.setChecked(True)
    wizard.next()
    qtbot.keyClicks(
        wizard.check_page.answer, wizard.recovery_key.split("-")[wizard.check_page.group]
    )
    assert wizard.check_page.nextId() == SetupWizard.DEVICE_PAGE
    wizard.next()
    assert "not from anyone who can use this account" in " ".join(
        label.text() for label in wizard.device_page.findChildren(type(wizard.key_page.key))
    )
    wizard.device_page.remember.setChecked(True)
    with qtbot.waitSignal(session.opened, timeout=10_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: session.vault.has_device_slot, timeout=15_000)

    session.lock()
    unlock = session.unlock_window
    assert unlock.device_button.isVisible()
    with qtbot.waitSignal(session.opened, timeout=15_000):
        unlock.device_button.click()
    assert session.window.isVisible()
