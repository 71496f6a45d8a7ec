"""Day One's Markdown as the plain text a journal entry holds: a heading's words without its
"# ", bold and italic without their stars, a link as its words (and where it points, when
that differs), list items with a bullet. What the writer escaped ("\\*") stays literal.

Only what Day One writes is converted; anything else is left exactly as it was.
"""

from __future__ import annotations

import re

#: Day One escapes Markdown punctuation ("Done\\!"); escaped characters are never markup.
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~=])")
#: Escaped characters are parked here (Unicode's private use plane) while markup is removed.
_PARKED = 0xF0000
_UNPARK = re.compile("[\U000f0000-\U000f007f]")

_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
_QUOTE = re.compile(r"^ {0,3}> ?", re.MULTILINE)
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.MULTILINE)
_BULLET = re.compile(r"^([ \t]*)[-*+][ \t]+(?:\[[ xX]\][ \t]+)?", re.MULTILINE)
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\s]*\)")
_LINK = re.compile(r"\[([^\]\n]+)\]\(([^)\s]+)\)")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.DOTALL)
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])", re.DOTALL)
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~", re.DOTALL)
_CODE = re.compile(r"`([^`\n]+)`")


def plain_text(markdown: str) -> str:
    """The words of Day One's Markdown `markdown`, without its markup."""
    text = _ESCAPED.sub(lambda m: chr(_PARKED + ord(m.group(1))), markdown)
    text = _HEADING.sub(r"\1", text)
    text = _QUOTE.sub("", text)
    text = _RULE.sub("", text)
    text = _BULLET.sub(r"\1• ", text)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(_link, text)
    text = _CODE.sub(r"\1", text)
    text = _STRIKE.sub(r"\1", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS.sub(r"\2", text)
    return _UNPARK.sub(lambda m: chr(ord(m.group()) - _PARKED), text)


def _link(match: re.Match[str]) -> str:
    words, target = match.groups()
    return words if words == target or target.startswith("dayone") else f"{words} ({target})"
