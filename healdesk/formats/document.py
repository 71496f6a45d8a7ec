"""Reading a file into parsed JSON, with a plain reason when it is not JSON at all."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from healdesk.formats.errors import FormatError


def load_json_file(path: Path) -> Any:
    """Parse `path` as UTF-8 JSON, or the JSON files in a zip (a Day One export) merged.

    Raises FormatError for an unreadable, empty, binary or malformed file.
    """
    try:
        if zipfile.is_zipfile(path):
            return _load_zip(path)
        raw = path.read_bytes()
    except zipfile.BadZipFile:
        raise FormatError("the zip file is damaged") from None
    except OSError as error:
        reason = error.strerror or error.__class__.__name__
        raise FormatError(f"cannot read the file ({reason})") from None
    return parse_json_bytes(raw)


def parse_json_bytes(raw: bytes, where: str = "") -> Any:
    """Parsed JSON, or a FormatError that says what the bytes are instead (`where` prefixes
    the message with the file's name inside a zip)."""
    if not raw.strip():
        raise FormatError(f"{where}the file is empty")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FormatError(
            f"{where}this is not a text file (byte {error.start} is not UTF-8)"
        ) from None
    if "\0" in text:
        raise FormatError(f"{where}this is not a text file (it contains NUL bytes)")
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise FormatError(
            f"{where}not valid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        ) from None
    except RecursionError:
        raise FormatError(f"{where}the JSON is nested too deeply") from None


def is_entries_export(
    document: Any, marker: str, first_entry_fits: Callable[[dict[str, Any]], bool]
) -> bool:
    """Whether `document` is another app's export: an object with a list of `entries`, told
    apart by its top-level `marker` object, or, for a hand-trimmed file without it, by the
    keys its first entry holds."""
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        return False
    if isinstance(document.get(marker), dict):
        return True
    first = document["entries"][0] if document["entries"] else None
    return isinstance(first, dict) and first_entry_fits(first)


def _load_zip(path: Path) -> Any:
    """Day One exports a zip with one JSON file per journal (and media, which are ignored)."""
    with zipfile.ZipFile(path) as archive:
        names = [
            n
            for n in archive.namelist()
            if n.lower().endswith(".json") and "/" not in n.strip("/") and not n.startswith("__")
        ]
        if not names:
            raise FormatError("the zip file holds no JSON file at its top level")
        documents = [parse_json_bytes(archive.read(n), f"{n}: ") for n in sorted(names)]
    if len(documents) == 1:
        return documents[0]
    merged: dict[str, Any] = {"metadata": {}, "entries": []}
    for name, document in zip(sorted(names), documents, strict=True):
        if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
            raise FormatError(f"{name}: expected a Day One journal with a list of entries")
        merged["metadata"] = document.get("metadata", merged["metadata"])
        merged["entries"] += document["entries"]
    return merged
