"""Sync across computers: merging another copy of the journal, and the conflict copies sync services leave behind."""
