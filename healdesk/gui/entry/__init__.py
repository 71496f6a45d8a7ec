"""Writing one conflict entry: the entry dialog and its drafts."""
