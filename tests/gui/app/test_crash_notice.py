"""After a run that ended unexpectedly the app says so calmly, and the drafts come back."""

from __future__ import annotations

from healdesk.gui.app.launch import CLOSED_UNEXPECTEDLY, tell_about_last_crash


def test_the_unlock_screen_says_calmly_that_drafts_were_kept(make_session, vault_folder, answers):
    answers["inform"] = None
    session = make_session(vault_folder)
    session.start()
    tell_about_last_crash(session)
    ((name, (parent, _title, text)),) = answers["asked"]
    assert name == "inform" and parent is session.unlock_window
    assert text == CLOSED_UNEXPECTEDLY
    assert "closed unexpectedly" in text and "draft" in text
    assert "crash" not in text.lower() and "error" not in text.lower()
