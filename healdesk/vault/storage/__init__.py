"""The vault folder on disk: file layout, the SQLCipher database, schema migrations, the single-writer lock and crash-safe swaps."""
