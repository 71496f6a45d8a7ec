"""Real vaults filled with the sample journal."""

from __future__ import annotations

import pytest

from tests.export import sample


@pytest.fixture
def sample_ids(journal) -> list[int]:
    """The sample journal's conflict ids, oldest first."""
    return sample.fill(journal)
