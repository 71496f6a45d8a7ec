"""Getting in: the unlock window, the first-run setup wizard, choosing a passphrase."""
