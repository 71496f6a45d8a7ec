"""What the offscreen platform says that real displays do not: a dialog or window shown there
reports that it cannot pass size hints to a window manager. Modules that show dialogs ignore
that one message (every other Qt warning still fails the test)."""

from __future__ import annotations

import pytest

shows_dialogs = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")
