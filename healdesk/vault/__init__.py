"""Everything on disk: key slots, the SQLCipher database, migrations and the Journal.

The names below load on first use (PEP 562), so a light module such as
`healdesk.vault.access.keyfile` can be imported without loading SQLCipher and cryptography: the
app's unlock screen needs neither until the person actually unlocks.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from healdesk.vault.errors import VaultError
    from healdesk.vault.stores.journal import Journal
    from healdesk.vault.stores.search import SearchHit
    from healdesk.vault.vault import Vault

_HOMES = {
    "Journal": "healdesk.vault.stores.journal",
    "SearchHit": "healdesk.vault.stores.search",
    "Vault": "healdesk.vault.vault",
    "VaultError": "healdesk.vault.errors",
}

__all__ = ["Journal", "SearchHit", "Vault", "VaultError"]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'healdesk.vault' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value
