"""Commands that keep a journal safe: backup, restore, verify and salvage."""
