"""The journal's vocabulary: conflicts, repairs, commitments, themes and people.

Pure Python on purpose: this package imports no Qt, no SQL and no reportlab, so the same
objects serve the vault, the exports, the command line and the app.
"""
