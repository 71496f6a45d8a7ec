"""Couple mode from the command line: pairing with a partner, sharing a repair, receiving one."""
