"""Everything on disk: key slots, the SQLCipher database, migrations and the Journal."""

from healdesk.vault.errors import VaultError
from healdesk.vault.journal import Journal
from healdesk.vault.search import SearchHit
from healdesk.vault.vault import Vault

__all__ = ["Journal", "SearchHit", "Vault", "VaultError"]
