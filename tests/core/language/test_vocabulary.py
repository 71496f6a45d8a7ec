"""A point on a scale reads one way everywhere: its word, then the number out of the top."""

from __future__ import annotations

from healdesk.core.language.vocabulary import intensity_text, on_scale, settled_text


def test_intensity_and_settled_name_their_scale():
    assert intensity_text(5) == "heated (5 of 10)"
    assert intensity_text(0) == "calm (0 of 10)"
    assert settled_text(3) == "calmer (3 of 5)"
    assert on_scale("raw", 1, 5) == "raw (1 of 5)"
