"""Commands that read or maintain the journal: search, stats, repairs, templates and merge."""
