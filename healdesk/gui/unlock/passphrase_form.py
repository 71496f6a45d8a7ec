"""Choosing a passphrase: typed twice, with honest strength feedback from zxcvbn (the rule
itself is healdesk.core.passphrase, which the command line uses too)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QWidget

from healdesk.core.passphrase import MIN_LENGTH, MIN_SCORE, SCORE_WORDS, rate
from healdesk.i18n import _


class NewPassphraseForm(QWidget):
    """Two password fields and a strength meter; `validity_changed(bool)` says when the pair
    is acceptable (long enough, fair or better, and both the same). The meter names its
    strength in words beside the bar (and as the bar's value for screen readers): a bar's
    length or colour alone does not tell everyone how strong it is."""

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(_("New passphrase"))
        self.first.setPlaceholderText(_("A few words only you would put together"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(_("New passphrase again"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setFixedHeight(8)
        self.meter.setAccessibleName(_("Passphrase strength"))
        self.strength = QLabel()
        meter_row = QHBoxLayout()
        meter_row.addWidget(self.meter, 1)
        meter_row.addWidget(self.strength)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(_("Passphrase advice"))
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(_("&Passphrase"), self.first)
        layout.addRow("", meter_row)
        layout.addRow("", self.verdict)
        layout.addRow(_("&Type it again"), self.second)
        self._valid = False
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    @property
    def valid(self) -> bool:
        return self._valid

    def passphrase(self) -> str:
        return self.first.text() if self._valid else ""

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def _update(self) -> None:
        text, again = self.first.text(), self.second.text()
        valid = False
        if not text:
            self.meter.setValue(0)
            self._name_strength("")
            self.verdict.setText(
                _(
                    "At least {MIN_LENGTH} characters. Several unrelated words are easy to remember and hard to guess."
                ).format(MIN_LENGTH=MIN_LENGTH)
            )
        else:
            score, hint = rate(text)
            self.meter.setValue(max(score, 1))
            words = _(SCORE_WORDS[score])
            self._name_strength(words)
            if len(text) < MIN_LENGTH:
                message = _("{words}. Please use at least {MIN_LENGTH} characters.").format(
                    words=words, MIN_LENGTH=MIN_LENGTH
                )
            elif score < MIN_SCORE:
                message = _("{words}. {advice}").format(
                    words=words, advice=hint or _("Add another word or two.")
                )
            elif again and again != text:
                message = _("{words}. The two passphrases are not the same yet.").format(
                    words=words
                )
            elif not again:
                message = _("{words}. Now type it once more below.").format(words=words)
            else:
                message, valid = _("{words}. Both match.").format(words=words), True
            self.verdict.setText(message)
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)

    def _name_strength(self, words: str) -> None:
        self.strength.setText(words)
        self.meter.setFormat(words)  # QProgressBar.text(): the value screen readers announce
