"""Keep secrets out of core files and away from other processes of the same user.

Called first thing by every entry point (each command and the app) and again by the vault
before it reads a secret, so nothing depends on the caller remembering. Both steps are
best effort where the system has no such thing (Windows has no core files to turn off).
Outside every layer, like fileio: the vault and the command line both use it.
"""

from __future__ import annotations

import sys

_PR_SET_DUMPABLE = 4


def protect_process() -> None:
    """No core file (soft and hard limit 0, so the process cannot raise it again) and, on
    Linux, not dumpable: no core, and another process of the same user cannot ptrace it or
    read its memory through /proc."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass  # no resource module (Windows) or a limit that cannot be set
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
        except (OSError, AttributeError):
            pass
