"""Patterns: what keeps coming back, the loop between two people, and the plain sentences that tell it."""
