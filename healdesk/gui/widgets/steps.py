"""Written steps as rich text: how a saved repair and a share's preview read, the same way."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape


def steps_html(steps: Iterable[tuple[str, Iterable[tuple[str, str]]]]) -> str:
    """(title, [(label, words)]) steps as escaped HTML: how repairs and shares read."""
    parts = []
    for title, rows in steps:
        parts.append(f"<p style='font-size: large; margin-top: 14px'>{escape(title)}</p>")
        for label, words in rows:
            text = escape(words).replace("\n", "<br/>")
            parts.append(f"<p style='margin-left: 12px'><b>{escape(label)}</b><br/>{text}</p>")
    return "".join(parts)
