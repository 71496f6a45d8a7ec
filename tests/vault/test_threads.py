"""The journal's connection belongs to one thread; other threads open their own."""

from __future__ import annotations

import threading
from datetime import datetime

from healdesk.core.conflict import Conflict
from healdesk.vault import Vault
from healdesk.vault.stores.store import WrongThread


def on_a_worker(work):
    """Run `work` on another thread; return its result or the exception it raised."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as error:  # handed back to the test thread
            outcome.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return outcome[0]


def test_using_the_journal_off_its_owner_thread_fails_loudly(journal):
    journal.count()  # this thread owns the connection now
    assert isinstance(on_a_worker(journal.count), WrongThread)
    assert isinstance(on_a_worker(lambda: journal.save_draft("k", {})), WrongThread)
    assert journal.drafts() == []  # nothing was written from the other thread


def test_a_job_reads_and_writes_through_a_journal_of_its_own(vault):
    vault.journal.add_conflict(Conflict(datetime.now().astimezone(), "seen by the job"))

    def job() -> int:
        with vault.journal_on_this_thread() as own:
            own.save_draft("from-the-job", {"text": "kept"})
            return own.count()

    assert on_a_worker(job) == 1
    assert vault.journal.load_draft("from-the-job") == {"text": "kept"}


def test_a_vault_unlocked_by_a_job_is_handed_over_to_the_thread_that_uses_it(
    vault_folder, recovery_key
):
    vault = on_a_worker(lambda: Vault.unlock(vault_folder, recovery_key=recovery_key))
    try:
        assert vault.journal.count() == 0  # the first user becomes the owner
        assert isinstance(on_a_worker(vault.journal.count), WrongThread)
        on_a_worker(lambda: vault.backup_to(vault_folder / "b.healdesk-backup"))
        assert (vault_folder / "b.healdesk-backup").exists()  # a backup uses its own
    finally:
        vault.lock()
