"""Choosing a passphrase: typed twice, with honest strength feedback from zxcvbn (the rule
itself is healdesk.core.passphrase, which the command line uses too)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QWidget

from healdesk.core.passphrase import MIN_LENGTH, MIN_SCORE, SCORE_WORDS, rate


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
        self.first.setAccessibleName("New passphrase")
        self.first.setPlaceholderText("A few words only you would put together")
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName("New passphrase again")
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setFixedHeight(8)
        self.meter.setAccessibleName("Passphrase strength")
        self.strength = QLabel()
        meter_row = QHBoxLayout()
        meter_row.addWidget(self.meter, 1)
        meter_row.addWidget(self.strength)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName("Passphrase advice")
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow("&Passphrase", self.first)
        layout.addRow("", meter_row)
        layout.addRow("", self.verdict)
        layout.addRow("&Type it again", self.second)
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
                f"At least {MIN_LENGTH} characters. Several unrelated words are easy to remember "
                "and hard to guess."
            )
        else:
            score, hint = rate(text)
            self.meter.setValue(max(score, 1))
            words = SCORE_WORDS[score]
            self._name_strength(words)
            if len(text) < MIN_LENGTH:
                message = f"{words}. Please use at least {MIN_LENGTH} characters."
            elif score < MIN_SCORE:
                message = f"{words}. {hint or 'Add another word or two.'}"
            elif again and again != text:
                message = f"{words}. The two passphrases are not the same yet."
            elif not again:
                message = f"{words}. Now type it once more below."
            else:
                message, valid = f"{words}. Both match.", True
            self.verdict.setText(message)
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)

    def _name_strength(self, words: str) -> None:
        self.strength.setText(words)
        self.meter.setFormat(words)  # QProgressBar.text(): the value screen readers announce
