"""Commands that move entries in or out: import and the JSON, Markdown and PDF exports."""
