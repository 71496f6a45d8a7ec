"""WCAG 2.2 AA contrast for every foreground/background pair the app's style sheets and
painters use, in light and dark: 4.5:1 for text, 3:1 for control borders and states."""

from __future__ import annotations

import pytest

from tests.helpers.contrast import contrast
from tests.helpers.contrast_pairs import pairs


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_pair_meets_wcag_aa(dark):
    short = {
        name: (round(contrast(fg, bg), 2), needed)
        for name, (fg, bg, needed) in pairs(dark).items()
        if contrast(fg, bg) < needed
    }
    assert not short, short
