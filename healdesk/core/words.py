"""Words people read in more than one place, kept once so every screen, export and command says
the same thing, and the translation catalogue holds one entry for each.

Constants are marked with `N_` and translated where they are shown (`_(words.X)` in Qt-free
code; the app's QTranslator answers from the same catalogue). Feature-only words stay beside
their feature; a word moves here once a second place needs it.
"""

from __future__ import annotations

from healdesk.i18n import N_

#: Shown on the first-run welcome, under Help > If you do not feel safe, in About, and before
#: every guided repair: repair exercises are never the answer to being afraid.
SAFETY_NOTE = N_(
    "If you are afraid of the person you argued with, or for your safety, repair exercises "
    "are not the answer. Please reach out to local emergency services or a domestic violence "
    "helpline."
)
