"""The help's width: the terminal's, found as shutil finds it (argparse's own way), without
importing shutil."""

from __future__ import annotations

import shutil

import pytest

from healdesk.cli import build_parser
from healdesk.cli.help_layout import terminal_columns


@pytest.mark.parametrize("columns", [None, "", "57", "0", "-3", "wide"])
def test_the_width_is_the_one_shutil_gives(columns, monkeypatch):
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert terminal_columns() == shutil.get_terminal_size().columns


def test_the_help_is_wrapped_to_the_terminal(monkeypatch):
    monkeypatch.setenv("COLUMNS", "50")
    narrow = build_parser(["--help"]).format_help()
    monkeypatch.setenv("COLUMNS", "140")
    wide = build_parser(["--help"]).format_help()
    assert max(map(len, narrow.splitlines())) <= 48 < max(map(len, wide.splitlines()))
