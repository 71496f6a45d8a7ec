"""The journal's data and settings: data menu, preferences, trash, themes and people."""
