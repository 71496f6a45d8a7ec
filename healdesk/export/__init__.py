"""Documents made from the journal for use outside the vault (no Qt)."""
