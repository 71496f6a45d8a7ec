"""A small valid repair template, as a person would write it by hand."""

from __future__ import annotations

VALID = """
id = "small-flow"
version = 1
title = "A small flow"
intro = "Two questions."

[[steps]]
id = "one"
section = "First"
prompt = "What happened?"

[[steps.fields]]
id = "what"
kind = "long_text"
label = "What happened"

[[steps]]
id = "two"
section = "Second"
prompt = "What will you do?"
optional = true

[[steps.fields]]
id = "do"
kind = "short_text"
label = "I will"
commitment = true
due_field = "by"

[[steps.fields]]
id = "by"
kind = "date"
label = "By when"
"""
