"""Vault errors. Each message is meant for the person at the keyboard: plain, calm, actionable.

Messages never contain entry text, keys or passphrases.
"""

from healdesk.i18n import N_, _


class VaultError(Exception):
    """Base of every error the vault reports to a person."""


class VaultNotFound(VaultError):
    def __init__(self, folder: object) -> None:
        super().__init__(
            _("There is no HealDesk journal in {folder}. Create one with 'healdesk init'.").format(
                folder=folder
            )
        )


class VaultExists(VaultError):
    def __init__(self, folder: object) -> None:
        super().__init__(
            _("A HealDesk journal already exists in {folder}; it was left as it is.").format(
                folder=folder
            )
        )


class WrongPassphrase(VaultError):
    def __init__(self) -> None:
        super().__init__(_("That passphrase does not open this journal. Please try again."))


class WrongRecoveryKey(VaultError):
    def __init__(self) -> None:
        super().__init__(
            _("That recovery key does not open this journal. Check each group and try again.")
        )


class KeyFileDamaged(VaultError):
    def __init__(self, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        super().__init__(
            _("The journal's key file is damaged or was changed, and its spare copy too")
            + extra
            + _(". Nothing was changed; restore the folder from a backup.")
        )


class NotAVault(VaultError):
    def __init__(self) -> None:
        super().__init__(
            _(
                "This file is not a HealDesk journal, or it is damaged beyond its first page. "
                "Nothing was changed; restore it from a backup or choose another folder."
            )
        )


class VaultDamaged(VaultError):
    def __init__(self, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        super().__init__(
            _("Part of the journal could not be read")
            + extra
            + _(
                ". Nothing was changed; "
                "'healdesk verify' tells what is affected and a backup can restore it."
            )
        )


class NewerVault(VaultError):
    def __init__(self, found: int, known: int) -> None:
        super().__init__(
            _(
                "This journal was written by a newer HealDesk (format {found}; this version knows up to {known}). Please update HealDesk; the journal was left untouched."
            ).format(found=found, known=known)
        )


class VaultInUse(VaultError):
    def __init__(self) -> None:
        super().__init__(
            _(
                "This journal is already open in another HealDesk window or command. "
                "Close that one first."
            )
        )


class VaultOpenElsewhere(VaultInUse):
    """The lock file names another computer: the journal is open there (or that computer
    stopped without locking it). `stale`: old enough to be taken over if the person says so."""

    def __init__(self, host: str, since: str, stale: bool) -> None:
        self.host, self.stale = host, stale
        advice = (
            _("If that computer is off, you can open the journal here anyway.")
            if stale
            else _("Lock it there and let the folder sync, then try again.")
        )
        VaultError.__init__(
            self,
            _("This journal is open on {host} since {since}. {advice}").format(
                host=host, since=since, advice=advice
            ),
        )


class NoEncryption(VaultError):
    def __init__(self) -> None:
        super().__init__(
            _(
                "This installation's database library has no encryption (SQLCipher), so HealDesk "
                "refuses to open the journal. Reinstall HealDesk."
            )
        )


class DeviceSlotUnavailable(VaultError):
    def __init__(self) -> None:
        super().__init__(
            _(
                "This device cannot remember the journal's key (no usable keychain). "
                "Unlock with your passphrase."
            )
        )


class NotABackup(VaultError):
    def __init__(self, path: object | None = None) -> None:
        what = _("This file") if path is None else str(path)
        super().__init__(
            _(
                "{what} is not a HealDesk backup, or it is damaged. Nothing was changed; choose another backup file."
            ).format(what=what)
        )


class OtherJournal(VaultError):
    """The backup belongs to another journal than the one it would replace."""

    def __init__(self) -> None:
        super().__init__(
            _(
                "This backup is of a different journal than the one in this folder: restoring it "
                "would replace this journal with that one. Nothing was changed; restore it only "
                "if that is what you want."
            )
        )


class BackupFailed(VaultError):
    """Writing a backup failed (full disk, read-only or missing folder). The journal is fine."""

    def __init__(self, folder: object, cause: BaseException) -> None:
        super().__init__(
            _(
                "The backup could not be written in {folder} ({reason}). Your journal itself is unchanged; choose another folder or free some space."
            ).format(folder=folder, reason=_reason(cause))
        )


class StorageRefused(VaultError):
    """The disk did not take a write; `reason` is a short phrase for other messages."""

    reason = N_("the disk refused the write")


class VaultFull(StorageRefused):
    """A save did not fit on the disk. Nothing was written; what is on screen is kept."""

    reason = N_("the disk is full")

    def __init__(self) -> None:
        super().__init__(
            _(
                "There is no room left on the disk to save this. Nothing already saved was lost, "
                "and what you wrote is still here: free some space, then save again."
            )
        )


class VaultNotWritable(StorageRefused):
    """The vault's folder or disk refused a write (read-only, removed, I/O error)."""

    reason = N_("the journal's folder cannot be written to")

    def __init__(self) -> None:
        super().__init__(
            _(
                "The journal's folder cannot be written to right now (read-only or unavailable). "
                "Nothing already saved was lost, and what you wrote is still here: make the "
                "folder writable again, then save."
            )
        )


class VaultBusy(StorageRefused):
    """Another job holds the journal's write lock (a key replacement) for longer than a save
    waits."""

    reason = N_("the journal is busy")

    def __init__(self) -> None:
        super().__init__(
            _(
                "The journal is busy with a longer job (such as re-encrypting it). Nothing "
                "already saved was lost, and what you wrote is still here: save again in a moment."
            )
        )


def _reason(cause: BaseException) -> str:
    """A short, text-free reason: the OS error's description, never file contents."""
    if isinstance(cause, OSError) and cause.strerror:
        return cause.strerror.lower()
    return getattr(cause, "sqlite_errorname", None) or type(cause).__name__


def folder_was_open(folder: object) -> str:
    """Said once (command or app) after unlocking tightened the journal's folder."""
    return _(
        "Other people using this computer could look into the journal's folder ({folder}). It is now private to you; nothing in it was readable without your key."
    ).format(folder=folder)
