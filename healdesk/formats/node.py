"""Typed access to parsed JSON that names the JSON path of every value it rejects."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import Any, NoReturn

from healdesk.formats.errors import FormatError

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_MISSING: Any = object()


class Node:
    """A JSON value and the path it was found at (`$.conflicts[3].intensity`)."""

    __slots__ = ("path", "value")

    def __init__(self, value: Any, path: str = "$") -> None:
        self.value = value
        self.path = path

    def fail(self, expected: str) -> NoReturn:
        raise FormatError(f"at {self.path}: expected {expected}")

    # --- containers -----------------------------------------------------------------------
    def object(self) -> dict[str, Any]:
        if not isinstance(self.value, dict):
            self.fail("an object")
        return self.value

    def has(self, key: str) -> bool:
        return self.object().get(key) is not None

    def get(self, key: str, default: Any = _MISSING) -> Node:
        """The child `key`; a missing or null child is an error unless a default is given."""
        value = self.object().get(key)
        path = f"{self.path}.{key}" if _IDENTIFIER.match(key) else f"{self.path}[{json.dumps(key)}]"
        if value is None:
            if default is _MISSING:
                raise FormatError(f"at {path}: this field is missing")
            value = default
        return Node(value, path)

    def items(self) -> list[Node]:
        if not isinstance(self.value, list):
            self.fail("a list")
        return [Node(v, f"{self.path}[{i}]") for i, v in enumerate(self.value)]

    # --- scalars --------------------------------------------------------------------------
    def text(self) -> str:
        if not isinstance(self.value, str):
            self.fail("text")
        return self.value

    def optional_text(self) -> str | None:
        return None if self.value is None else self.text()

    def texts(self) -> list[str]:
        return [item.text() for item in self.items()]

    def boolean(self) -> bool:
        if not isinstance(self.value, bool):
            self.fail("true or false")
        return self.value

    def integer(self, low: int | None = None, high: int | None = None) -> int:
        value = self.value
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail("a whole number")
        if (low is not None and value < low) or (high is not None and value > high):
            self.fail(f"a whole number from {low} to {high}")
        return value

    def optional_integer(self, low: int | None = None, high: int | None = None) -> int | None:
        return None if self.value is None else self.integer(low, high)

    def moment(self) -> datetime:
        """An ISO 8601 date and time that carries its UTC offset."""
        try:
            value = datetime.fromisoformat(self.text())
        except ValueError:
            self.fail("a date and time such as 2026-03-01T20:15:00+01:00")
        if value.tzinfo is None:
            self.fail("a date and time with its UTC offset, such as +01:00")
        return value

    def optional_moment(self) -> datetime | None:
        return None if self.value is None else self.moment()

    def day(self) -> date:
        try:
            return date.fromisoformat(self.text())
        except ValueError:
            self.fail("a date such as 2026-03-01")

    def optional_day(self) -> date | None:
        return None if self.value is None else self.day()
