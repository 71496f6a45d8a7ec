"""Helpers shared by test modules: sample journals, read-backs, typing, running the command."""
