"""Shared widgets and looks: chips, pickers, word slider, flow layout, undo bar, styles."""
