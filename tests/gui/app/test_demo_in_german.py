"""`healdesk --demo` in German: every window of the demo journal reads German. What the
pseudo-locale walk cannot see is checked here: the demo's own sentences, names and dates, and
stored keys (roles, picked words) that must be shown translated."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from healdesk import i18n
from tests.helpers.demo_sentences import english_sample_sentences
from tests.helpers.language import speaking
from tests.helpers.offscreen import shows_dialogs
from tests.helpers.widget_text import live_text

pytestmark = shows_dialogs

#: English month and weekday names that German spells differently.
ENGLISH_DATES = re.compile(
    r"\b(January|February|March|May|June|July|October|December|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|Mar|Oct|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b"
)


def _english_msgids() -> set[str]:
    """Source strings whose German differs (accelerators dropped): shown as they are, they
    are English left behind."""
    from babel.messages.pofile import read_po

    path = Path(i18n.locale_dir()) / "de" / "LC_MESSAGES" / "healdesk.po"
    with path.open("rb") as handle:
        catalogue = read_po(handle, locale="de")
    return {
        m.id.replace("&", "")
        for m in catalogue
        if isinstance(m.id, str) and m.id and m.string and m.string != m.id and len(m.id) > 3
    }


@pytest.fixture
def german_demo(qapp, make_session, tmp_path, qtbot):
    from healdesk.demo import DEMO_PASSPHRASE
    from healdesk.gui.app.launch import open_demo

    with speaking(qapp, "de"):
        session = make_session(tmp_path / "demo", demo_passphrase=DEMO_PASSPHRASE)
        open_demo(session, session.folder)
        qtbot.waitExposed(session.window)
        yield session.window


def _with_repair_and_order(journal) -> int:
    for summary in reversed(journal.summaries()):
        if journal.get_conflict(summary.id).move_order and journal.repairs(summary.id):
            return summary.id
    raise AssertionError("the demo has an entry with a repair and an order of moves")


def test_every_demo_window_reads_german(german_demo, qtbot):
    from healdesk.core.repairs.template_loader import load_catalog
    from healdesk.gui.entry.entry_dialog import ConflictDialog
    from healdesk.gui.export.export_dialog import ExportDialog
    from healdesk.gui.journal.entry_pane import RepairDialog
    from healdesk.gui.journal.journal_tabs import INSIGHTS, TIMELINE
    from healdesk.gui.repair.repair_wizard import RepairWizard

    window = german_demo
    journal = window.journal
    conflict_id = _with_repair_and_order(journal)
    window.tabs.setCurrentIndex(TIMELINE)
    window.tabs.setCurrentIndex(INSIGHTS)
    panel = window.tabs.widget(INSIGHTS)
    qtbot.waitUntil(lambda: panel.body.isVisibleTo(panel), timeout=20000)
    window.tabs.setCurrentIndex(0)
    window.show_entry(conflict_id)
    repair_id = journal.repairs(conflict_id)[0].id
    template = load_catalog().templates["repair-after-fight"]
    for dialog in (
        ConflictDialog(journal, conflict_id, window),
        ExportDialog(journal, None, window),
        RepairWizard(journal, template, [conflict_id], parent=window),
        RepairDialog(journal, repair_id, window),
    ):
        dialog.show()
        qtbot.waitExposed(dialog)

    lines = [line.strip() for text in live_text() for line in text.splitlines() if line.strip()]
    english = english_sample_sentences()
    assert [line for line in lines if any(sentence in line for sentence in english)] == []
    left_behind = _english_msgids()
    assert sorted({line for line in lines if line.replace("&", "") in left_behind}) == []
    assert sorted({line for line in lines if ENGLISH_DATES.search(line)}) == []
    shown = "\n".join(lines)
    for german in ("Haushalt", "Schwiegermutter", "Margarete", "Bruder", "Versöhnung"):
        assert german in shown


def test_roles_and_dates_in_the_demo_windows_are_german(german_demo, qtbot):
    from healdesk.gui.entry.entry_dialog import ConflictDialog
    from healdesk.gui.export.export_dialog import ExportDialog

    window = german_demo
    journal = window.journal
    conflict_id = _with_repair_and_order(journal)
    export = ExportDialog(journal, None, window)
    qtbot.addWidget(export)
    people = [export.ui.peopleList.item(i).text() for i in range(export.ui.peopleList.count())]
    assert "Jonas (Bruder)" in people and "Margarete (Schwiegermutter)" in people
    assert export.ui.fromDate.displayFormat() == "d. MMM yyyy"
    entry = ConflictDialog(journal, conflict_id, window)
    qtbot.addWidget(entry)
    assert entry.ui.happenedEdit.displayFormat() == "dddd, d. MMMM yyyy, HH:mm"
    window.show_entry(conflict_id)
    repairs = window.pane.repairs
    texts = [b.text() for b in repairs.buttons]
    assert texts and all(re.search(r"\b\d{1,2}\. [A-ZÄÖÜ][a-zä]+ \d{4}\b", t) for t in texts)


def test_the_entry_list_fits_its_own_words_in_german(german_demo):
    from healdesk.gui.journal.entry_model import SETTLED

    table = german_demo.table
    widest = table.fontMetrics().horizontalAdvance("weitgehend beruhigt")
    assert table.columnWidth(SETTLED) > widest
