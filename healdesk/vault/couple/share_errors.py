"""Why a pairing or a share file was refused: one calm sentence each, nothing changed.

Every sentence for couple mode that reaches a person lives here, so translation can wrap them
in one place. None of them ever contains journal words, keys or file contents.
"""

from __future__ import annotations

from healdesk.i18n import _
from healdesk.vault.errors import VaultError


class ShareRefused(VaultError):
    """Base: the file was not taken in, and neither journal changed."""


class ShareDamaged(ShareRefused):
    def __init__(self) -> None:
        super().__init__(
            _(
                "This file was changed or damaged on the way, so it was not opened; "
                "nothing in your journal changed."
            )
        )


class ShareFromStranger(ShareRefused):
    def __init__(self) -> None:
        super().__init__(
            _(
                "This file comes from someone you have not paired with, so it was not opened; "
                "nothing in your journal changed."
            )
        )


class ShareNotForMe(ShareRefused):
    def __init__(self) -> None:
        super().__init__(
            _(
                "This file was made for someone else's journal, so it cannot be opened here; "
                "nothing in your journal changed."
            )
        )


class ShareReplayed(ShareRefused):
    def __init__(self) -> None:
        super().__init__(_("You have already opened this file; nothing in your journal changed."))


class ShareOutdated(ShareRefused):
    def __init__(self, partner: str) -> None:
        super().__init__(
            _(
                "You already have newer answers from {partner} for this repair; nothing in your journal changed."
            ).format(partner=partner)
        )


class NotAShareFile(ShareRefused):
    def __init__(self) -> None:
        super().__init__(
            _("This is not a file shared from HealDesk; nothing in your journal changed.")
        )


class PartnerUnknown(VaultError):
    def __init__(self, name: str) -> None:
        super().__init__(
            _(
                "You have not paired with {name} yet. Pair first under People, or with 'healdesk partner add'."
            ).format(name=name)
        )


class PairedAlready(VaultError):
    def __init__(self, name: str) -> None:
        super().__init__(
            _("This code is already paired with {name}; nothing changed.").format(name=name)
        )


class PairingWithSelf(VaultError):
    def __init__(self) -> None:
        super().__init__(
            _(
                "This is your own journal's code. Ask your partner for the code their HealDesk shows."
            )
        )


class NothingToShare(VaultError):
    def __init__(self) -> None:
        super().__init__(_("Nothing was picked to share, so no file was written."))


class SharedWithSomeoneElse(VaultError):
    def __init__(self, name: str) -> None:
        super().__init__(
            _(
                "This repair is already shared with {name}; a repair is shared with one partner."
            ).format(name=name)
        )


class ShareTooLarge(ShareRefused):
    def __init__(self) -> None:
        super().__init__(
            _("This file is far too large to be a shared repair; nothing in your journal changed.")
        )
