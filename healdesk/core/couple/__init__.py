"""Couple mode: pairing codes, the share document and how shared repairs read."""
