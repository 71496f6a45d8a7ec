"""Who holds a vault's lock: which computer, which process, since when.

The lock file lives in the vault folder, so a sync service carries it to the other computers.
An OS lock (flock) only guards one computer; what the file says tells another computer that
the journal is open elsewhere. The file is emptied when the vault locks, so a file that still
names another computer means that computer has the journal open, or stopped without locking.
"""

from __future__ import annotations

import json
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from healdesk.i18n import _, format_local_pattern

#: After this long, a lock from another computer may be taken over, and only when the person
#: confirms it (that computer may be off, or may still be writing to its copy).
STALE_AFTER = timedelta(hours=12)


def this_host() -> str:
    return socket.gethostname() or _("this computer")


@dataclass(frozen=True, slots=True)
class LockHolder:
    host: str
    pid: int
    since: datetime

    @classmethod
    def here(cls) -> LockHolder:
        return cls(this_host(), os.getpid(), datetime.now(UTC).replace(microsecond=0))

    def encode(self) -> bytes:
        return json.dumps(
            {"host": self.host, "pid": self.pid, "since": self.since.isoformat()}
        ).encode()

    @classmethod
    def decode(cls, data: bytes) -> LockHolder | None:
        """The holder a lock file names; None when it names none (empty, or an old file
        holding only a process id: always this computer's)."""
        try:
            fields = json.loads(data.decode("utf-8"))
            return cls(
                str(fields["host"]), int(fields["pid"]), datetime.fromisoformat(fields["since"])
            )
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
            return None

    @property
    def elsewhere(self) -> bool:
        return self.host != this_host()

    def stale(self, now: datetime | None = None) -> bool:
        return (now or datetime.now(UTC)) - self.since > STALE_AFTER

    def since_text(self, now: datetime | None = None) -> str:
        """ "14:02" today, else "1 December 14:02", in this computer's time."""
        local = self.since.astimezone()
        today = (now or datetime.now(UTC)).astimezone().date()
        clock = f"{local:%H:%M}"
        return (
            clock if local.date() == today else format_local_pattern(local, "d MMMM") + f" {clock}"
        )
