"""Preferences: the few non-sensitive choices kept in plain settings (the dialog for them is
in preferences_dialog, imported only when opened).

Only choices live here (auto-lock delay, lock on screen lock, appearance, where automatic
backups go and how many are kept): never entry text, names, search terms or anything that
tells what the journal holds.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from healdesk.i18n import N_

if TYPE_CHECKING:  # the vault package loads SQLCipher: not at start-up
    from healdesk.vault.safekeeping.backups import RetentionPolicy

DEFAULT_AUTO_LOCK_MINUTES = 5
AUTO_LOCK_CHOICES = (
    (1, N_("1 minute")),
    (2, N_("2 minutes")),
    (5, N_("5 minutes")),
    (10, N_("10 minutes")),
    (15, N_("15 minutes")),
    (30, N_("30 minutes")),
    (60, N_("1 hour")),
)
APPEARANCE_CHOICES = (
    ("system", N_("Follow the system")),
    ("light", N_("Light")),
    ("dark", N_("Dark")),
)


class Preferences:
    """Typed access to the settings file in the config folder."""

    def __init__(self) -> None:
        from healdesk.gui.base.identity import settings

        self._settings = settings()

    def _int(self, key: str, default: int) -> int:
        try:
            return int(self._settings.value(key, default))
        except (TypeError, ValueError):
            return default  # a hand-edited file with junk falls back quietly

    @property
    def auto_lock_minutes(self) -> int:
        minutes = self._int("lock/auto_lock_minutes", DEFAULT_AUTO_LOCK_MINUTES)
        return minutes if minutes in dict(AUTO_LOCK_CHOICES) else DEFAULT_AUTO_LOCK_MINUTES

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, minutes: int) -> None:
        self._settings.setValue("lock/auto_lock_minutes", int(minutes))

    @property
    def lock_on_screen_lock(self) -> bool:
        return self._int("lock/on_screen_lock", 1) != 0

    @lock_on_screen_lock.setter
    def lock_on_screen_lock(self, value: bool) -> None:
        self._settings.setValue("lock/on_screen_lock", int(bool(value)))

    @property
    def appearance(self) -> str:
        value = str(self._settings.value("look/appearance", "system"))
        return value if value in dict(APPEARANCE_CHOICES) else "system"

    @appearance.setter
    def appearance(self, scheme: str) -> None:
        self._settings.setValue("look/appearance", scheme)

    @property
    def language(self) -> str | None:
        """The language chosen here, None to follow the system. Kept by healdesk.i18n outside
        Qt, so the commands (and the PDF they write) speak it too."""
        from healdesk.i18n import saved_language

        return saved_language()

    @language.setter
    def language(self, tag: str | None) -> None:
        from healdesk.i18n import save_language

        if tag != self.language:
            save_language(tag)

    @property
    def vault_folder(self) -> Path | None:
        """A journal folder chosen in the app (restored or created elsewhere), if any. Kept
        by `locations` outside Qt, so `healdesk verify` and the other commands find it too."""
        from healdesk.locations import choose_journal_folder, chosen_journal_folder

        earlier = self._settings.value("vault/folder", "")  # where versions before kept it
        if earlier:
            self._settings.remove("vault/folder")
            if chosen_journal_folder() is None:
                choose_journal_folder(Path(str(earlier)))
        return chosen_journal_folder()

    @vault_folder.setter
    def vault_folder(self, folder: Path | None) -> None:
        from healdesk.locations import choose_journal_folder

        choose_journal_folder(folder)

    @property
    def backup_folder(self) -> Path | None:
        """Where automatic backups go; None means the journal's own backups/ folder."""
        value = self._settings.value("backup/folder", "")
        return Path(str(value)) if value else None

    @backup_folder.setter
    def backup_folder(self, folder: Path | None) -> None:
        self._settings.setValue("backup/folder", str(folder) if folder else "")

    @property
    def retention(self) -> RetentionPolicy:
        """How many daily, weekly and monthly automatic backups to keep."""
        from healdesk.vault.safekeeping.backups import RetentionPolicy

        default = RetentionPolicy()
        counts = {
            period: max(0, self._int(f"backup/keep_{period}", getattr(default, period)))
            for period in ("daily", "weekly", "monthly")
        }
        return RetentionPolicy(**counts)

    @retention.setter
    def retention(self, policy: RetentionPolicy) -> None:
        for period in ("daily", "weekly", "monthly"):
            self._settings.setValue(f"backup/keep_{period}", int(getattr(policy, period)))

    def sync(self) -> None:
        self._settings.sync()
