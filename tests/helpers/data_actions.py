"""What the data actions need around them in a test: a stand-in session and answered prompts."""

from __future__ import annotations

from healdesk.gui.base import prompts
from healdesk.vault import Vault


class StandInSession:
    """What DataActions needs of the app's Session: the open vault and lock()."""

    def __init__(self, vault: Vault) -> None:
        self.vault: Vault | None = vault
        self.locks = 0

    def lock(self) -> None:
        if self.vault is not None:
            self.vault.lock()
        self.vault = None
        self.locks += 1


class Answers:
    """Records what the actions said and answers what they asked."""

    def __init__(self, monkeypatch, **answers) -> None:
        self.said: list[tuple[str, str]] = []
        self.asked: list[str] = []
        for name in ("inform", "warn"):
            monkeypatch.setattr(prompts, name, self._say(name))
        monkeypatch.setattr(prompts, "confirm", self._confirm(answers.get("confirm", True)))
        monkeypatch.setattr(
            prompts,
            "confirm_with_option",
            self._confirm_with_option(answers.get("confirm", True), answers.get("option", False)),
        )
        for name in ("save_path", "open_path", "ask_secret"):
            monkeypatch.setattr(prompts, name, self._answer(answers.get(name)))
        self.shown_keys: list[str] = []  # new recovery keys, as the person saw them
        monkeypatch.setattr(prompts, "retype", self._retype(answers.get("retype")))

    def _say(self, kind):
        return lambda _parent, _title, text: self.said.append((kind, text))

    def _confirm(self, answer):
        def confirm(_parent, _title, text, _action):
            self.asked.append(text)
            return answer

        return confirm

    def _confirm_with_option(self, answer, ticked):
        def confirm(_parent, _title, text, _action, _option=""):
            self.asked.append(text)
            return ticked if answer else None

        return confirm

    def _answer(self, answer):
        return lambda *_args: answer

    def _retype(self, answer):
        """Types back the key shown (or `answer`, a slip of the pen)."""

        def retype(_parent, _title, label):
            key = next(line for line in label.splitlines() if line.count("-") == 7)
            self.shown_keys.append(key)
            return answer if answer is not None else key

        return retype
