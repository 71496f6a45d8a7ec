"""Couple mode on disk: the encrypted, signed share file and why one was refused."""
