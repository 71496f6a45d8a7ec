"""Care and safety: the gentle conflict-or-something-else check and the break companion's rules."""
