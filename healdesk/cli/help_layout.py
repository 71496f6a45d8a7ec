"""argparse's help layout, told the terminal's width without shutil.

argparse asks shutil.get_terminal_size for the width, and importing shutil (with zlib, bz2
and lzma, for its archives) costs `healdesk --help` about a seventh of Python's own start.
"""

from __future__ import annotations

import argparse
import os
import sys


def terminal_columns() -> int:
    """The terminal's width as shutil.get_terminal_size gives it: $COLUMNS when it is a
    positive number, else the terminal of standard output, else 80."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0  # no terminal, a closed stream or no standard output at all
    return columns if columns > 0 else 80


class HelpLayout(argparse.HelpFormatter):
    """argparse's own layout at the terminal's width (less 2, as argparse does)."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, width=terminal_columns() - 2)
