"""Day One's Markdown becomes the plain words of an entry; what the writer escaped stays."""

from __future__ import annotations

import pytest

from healdesk.formats import jrnl
from healdesk.formats.dayone_markdown import plain_text


@pytest.mark.parametrize(
    "markdown, words",
    [
        ("# Sunday night", "Sunday night"),
        ("### Later ###", "Later"),
        ("I was **so** tired, __really__.", "I was so tired, really."),
        ("She said it was *fine* and _meant_ it.", "She said it was fine and meant it."),
        ("***both***", "both"),
        ("- first\n* second\n+ third", "• first\n• second\n• third"),
        ("  - nested", "  • nested"),
        ("- [ ] call Mum\n- [x] dishes", "• call Mum\n• dishes"),
        ("> what she said", "what she said"),
        ("before\n\n---\n\nafter", "before\n\n\n\nafter"),
        ("[the article](https://example.org/a)", "the article (https://example.org/a)"),
        ("[https://x.org](https://x.org)", "https://x.org"),
        ("![a photo](https://example.org/p.jpg)", "a photo"),
        ("~~old plan~~ and `code`", "old plan and code"),
    ],
)
def test_markup_becomes_plain_words(markdown, words):
    assert plain_text(markdown) == words


@pytest.mark.parametrize(
    "markdown, words",
    [
        ("Done\\! 2 \\* 3 \\= 6\\.", "Done! 2 * 3 = 6."),
        ("\\# not a heading", "# not a heading"),
        ("\\- not a list", "- not a list"),
        ("\\*\\*not bold\\*\\*", "**not bold**"),
        ("1\\. not a list", "1. not a list"),
        ("my_file_name and 2*3*4", "my_file_name and 2*3*4"),
        ("a lone * star and _ line", "a lone * star and _ line"),
        ("[not a link] (x)", "[not a link] (x)"),
    ],
)
def test_escaped_and_ordinary_punctuation_stays(markdown, words):
    assert plain_text(markdown) == words


def test_a_jrnl_entry_that_is_only_a_tag_keeps_it_as_its_words_and_theme():
    entries = [
        {"title": "", "body": "", "date": "2024-05-01", "time": "10:00", "tags": ["@chores"]},
        {"title": "", "body": " ", "date": "2024-05-02", "time": "10:00", "tags": ["@a", "#B"]},
        {"title": "", "body": "", "date": "2024-05-03", "time": "10:00", "tags": ["@"]},
    ]
    bundle = jrnl.parse({"tags": {}, "entries": entries})
    assert [(c.what_happened, c.themes) for c in bundle.conflicts] == [
        ("@chores", ["chores"]),
        ("@a #B", ["a", "B"]),
    ]
    assert bundle.skipped_empty == 1
