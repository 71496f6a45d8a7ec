"""Shared pieces for the repair tests: a conflict to repair, the built-in catalog."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from healdesk.core.conflict import Conflict
from healdesk.core.templates import load_catalog


@pytest.fixture(scope="session")
def catalog():
    found = load_catalog()
    assert found.problems == []
    return found.templates


@pytest.fixture
def conflict_id(journal) -> int:
    return journal.add_conflict(
        Conflict(
            datetime(2026, 3, 3, 20, 15, tzinfo=UTC),
            "We argued about the dishes again.",
            person="Sam",
            my_feelings=["hurt", "tired"],
            their_feelings=["dismissed"],
            my_part=["raising my voice", "walking away"],
            my_wish=["appreciation"],
            their_wish=["reassurance"],
            themes=["chores"],
        )
    )
