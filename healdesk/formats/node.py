"""Typed access to parsed JSON that names the JSON path of every value it rejects."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from typing import Any, NoReturn

from healdesk.formats.errors import FormatError
from healdesk.i18n import _

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
#: The largest whole number a file may give where no range is set (ids, answers).
MAX_WHOLE = 10**18 - 1
_MISSING: Any = object()


class Node:
    """A JSON value and where it was found (`$.conflicts[3].intensity`).

    The path is spelled out only when something is wrong: reading 20,000 entries then costs
    no string formatting.
    """

    __slots__ = ("_parent", "_step", "value")

    def __init__(self, value: Any, parent: Node | None = None, step: str | int = "$") -> None:
        self.value = value
        self._parent = parent
        self._step = step

    @property
    def path(self) -> str:
        step = self._step
        if self._parent is None:
            return str(step)
        if isinstance(step, int):
            return f"{self._parent.path}[{step}]"
        if _IDENTIFIER.match(step):
            return f"{self._parent.path}.{step}"
        return f"{self._parent.path}[{json.dumps(step)}]"

    def fail(self, expected: str) -> NoReturn:
        raise FormatError(
            _("at {path}: expected {expected}").format(path=self.path, expected=expected)
        )

    # --- containers -----------------------------------------------------------------------
    def object(self) -> dict[str, Any]:
        if not isinstance(self.value, dict):
            self.fail(_("an object"))
        return self.value

    def get(self, key: str, default: Any = _MISSING) -> Node:
        """The child `key`; a missing or null child is an error unless a default is given."""
        value = self.object().get(key)
        if value is None:
            if default is _MISSING:
                raise FormatError(
                    _("at {path}: this field is missing").format(path=Node(None, self, key).path)
                )
            value = default
        return Node(value, self, key)

    def items(self) -> list[Node]:
        if not isinstance(self.value, list):
            self.fail("a list")
        return [Node(v, self, i) for i, v in enumerate(self.value)]

    # --- scalars --------------------------------------------------------------------------
    def checked_keys(self) -> list[str]:
        """The object's keys, each checked like `text`."""
        return [Node(key, self, key).text() for key in self.object()]

    def text(self) -> str:
        if not isinstance(self.value, str):
            self.fail("text")
        try:
            self.value.encode("utf-8")
        except UnicodeEncodeError:
            # JSON's "\ud83d" escape without its pair: no character at all, so no way to keep it.
            self.fail(_("text without broken characters (a lone UTF-16 surrogate)"))
        return self.value

    def optional_text(self) -> str | None:
        return None if self.value is None else self.text()

    def texts(self) -> list[str]:
        return [item.text() for item in self.items()]

    def integer(self, low: int | None = None, high: int | None = None) -> int:
        """A whole number from `low` to `high`; unbounded ones (ids) still fit in 18 digits,
        so the vault and every later conversion can hold them."""
        value = self.value
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(_("a whole number"))
        if low is None and high is None:
            if abs(value) > MAX_WHOLE:
                self.fail(_("a whole number of at most 18 digits"))
        elif (low is not None and value < low) or (high is not None and value > high):
            self.fail(_("a whole number from {low} to {high}").format(low=low, high=high))
        return value

    def optional_integer(self, low: int | None = None, high: int | None = None) -> int | None:
        return None if self.value is None else self.integer(low, high)

    def moment(self) -> datetime:
        """An ISO 8601 date and time that carries its UTC offset."""
        try:
            value = datetime.fromisoformat(self.text())
        except ValueError:
            self.fail(_("a date and time such as 2026-03-01T20:15:00+01:00"))
        if value.tzinfo is None:
            self.fail(_("a date and time with its UTC offset, such as +01:00"))
        return self.in_range(value)

    def in_range(self, moment: datetime) -> datetime:
        """`moment`, if it can be shown in any time zone (years 2 to 9998)."""
        try:
            year = moment.astimezone(UTC).year
        except (OverflowError, ValueError):
            year = 0
        if not 2 <= year <= 9998:
            self.fail(_("a date and time between the years 2 and 9998"))
        return moment

    def optional_moment(self) -> datetime | None:
        return None if self.value is None else self.moment()

    def day(self) -> date:
        try:
            return date.fromisoformat(self.text())
        except ValueError:
            self.fail(_("a date such as 2026-03-01"))

    def optional_day(self) -> date | None:
        return None if self.value is None else self.day()
