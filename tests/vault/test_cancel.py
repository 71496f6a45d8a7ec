"""A cancelled job stops between small steps: a backup never finishes after its cancel, and a
long statement on a job's own connection is interrupted."""

from __future__ import annotations

import pytest

from healdesk.core.progress import Cancelled, JobProgress
from healdesk.vault.storage import layout

LONG_COUNT = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
)


def _cancel_when_copied(progress: list[JobProgress]):
    """A report that cancels its own job once the database copy is complete: the steps left
    (integrity check, zip, rename) are the ones that reported nothing before."""

    def report(done: int, total: int) -> None:
        if done == total:
            progress[0].cancel()

    return report


def test_a_backup_cancelled_after_its_copy_leaves_no_file(vault, journal, sample_ids, tmp_path):
    holder: list[JobProgress] = []
    holder.append(JobProgress(_cancel_when_copied(holder)))
    out = tmp_path / "backups" / f"today{layout.BACKUP_SUFFIX}"
    with pytest.raises(Cancelled):
        vault.backup_to(out, holder[0])
    assert sorted(p.name for p in out.parent.iterdir()) == []  # no backup, no work folder
    assert journal.count() == len(sample_ids)  # the journal carries on


def test_an_automatic_backup_cancelled_midway_is_not_kept(vault, tmp_path):
    from healdesk.vault.safekeeping.backups import automatic_backups, backup_if_due

    holder: list[JobProgress] = []
    holder.append(JobProgress(_cancel_when_copied(holder)))
    with pytest.raises(Cancelled):
        backup_if_due(vault, tmp_path / "backups", progress=holder[0])
    assert automatic_backups(tmp_path / "backups", vault.vault_id) == []
    assert list((tmp_path / "backups").iterdir()) == []


def test_a_long_statement_stops_when_its_job_is_cancelled(vault):
    progress = JobProgress()
    with pytest.raises(Cancelled), vault.journal_on_this_thread(progress) as journal:
        progress.cancel()
        journal.db.execute(LONG_COUNT).fetchone()  # endless without the interrupt
    assert vault.journal.count() >= 0  # the app's own connection is untouched


def test_a_plain_callback_never_interrupts(vault):
    with vault.journal_on_this_thread(lambda _d, _t: None) as journal:
        counted = LONG_COUNT.replace("FROM n)", "FROM n WHERE i < 50000)")
        assert journal.db.execute(counted).fetchone() == (50000,)
