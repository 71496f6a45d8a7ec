"""Conflict copies of the key file: a passphrase changed on one computer opens on both.

When both computers wrote keys.json before syncing (one changed the passphrase), the sync
service keeps one version as keys.json and the other as a conflict copy. If the secret typed
does not open keys.json but opens such a copy of the same journal, the copy holds the newer
slot this person knows: that slot is taken into keys.json (the other slots stay), and the copy
is put away in merged/.
"""

from __future__ import annotations

from pathlib import Path

from healdesk.vault.access import keyfile, slots
from healdesk.vault.access.slots import PASSPHRASE, RECOVERY
from healdesk.vault.errors import VaultError
from healdesk.vault.storage import database, layout
from healdesk.vault.sync.conflict_copies import find_copies, put_away


def adopt_key_copy(
    folder: Path, current: keyfile.KeyFile, secret: slots.Secret, refused: VaultError
) -> slots.Opened:
    """The key file with the slot from the copy that `secret` (a passphrase or recovery key)
    opens, sealed and saved, with the data key; raises `refused` (the error keys.json gave)
    when no copy opens with it."""
    if secret.device:
        raise refused
    kind = PASSPHRASE if secret.passphrase is not None else RECOVERY
    for copy in find_copies(folder):
        if copy.what != "keys":
            continue
        try:
            candidate = keyfile.KeyFile.decode(copy.path.read_bytes())
        except (OSError, ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
            continue
        slot = candidate.slot(kind)
        if candidate.vault_id != current.vault_id or slot is None:
            continue
        try:
            opened = slots.open_keys(candidate, secret)
            if opened is None:
                continue
            database.connect(layout.database(folder), opened.data_key).close()  # this key?
        except VaultError:
            continue
        merged = current.with_slot(slot).sealed(opened.data_key)
        keyfile.save(folder, merged)
        put_away(folder, copy)
        return slots.Opened(merged, opened.data_key, False)
    raise refused
