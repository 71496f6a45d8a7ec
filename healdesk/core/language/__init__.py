"""Words shown in more than one place: the pickers' vocabulary, shared phrases and words that fit the relationship."""
