"""The strength meter says its strength in words, beside the bar and to screen readers, so
very weak and strong differ in more than the bar's fill."""

from __future__ import annotations

from healdesk.core.passphrase import SCORE_WORDS, rate
from healdesk.gui.unlock.passphrase_form import NewPassphraseForm
from tests.helpers.offscreen import shows_dialogs

pytestmark = shows_dialogs

WEAK, STRONG = "password", "quiet harbour violet 1987"


def test_the_strength_is_named_in_words_beside_the_bar(qtbot):
    form = NewPassphraseForm()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    assert form.strength.text() == ""  # nothing typed, nothing judged
    named = {}
    for passphrase in (WEAK, STRONG):
        form.first.setText(passphrase)
        words = SCORE_WORDS[rate(passphrase)[0]]
        assert form.strength.isVisible() and form.strength.text() == words
        assert form.meter.text() == words  # what a screen reader reads as the bar's value
        named[passphrase] = words
    assert named[WEAK] != named[STRONG]
    assert named[WEAK] == SCORE_WORDS[0]
