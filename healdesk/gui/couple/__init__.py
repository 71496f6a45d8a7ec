"""Couple mode in the app: pairing with a partner, sharing a repair, opening their file, and
both sides of a shared repair. The work itself is Qt-free (healdesk.core.couple.sharing,
healdesk.vault.couple.sharing); these widgets only show it."""
