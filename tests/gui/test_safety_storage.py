"""A full disk while taking minutes: the core's Dutch sentence, the text stays, a retry saves it."""

from safety_support import SECRET_MINUTES, add_meeting

from driehoek_app.core import agenda
from driehoek_app.core.storage_errors import StorageFullError
from driehoek_app.gui.meetings.guarded import attempt

LONG_TEXT = " Een lang verslag dat niet meer op de schijf past." * 4000


def test_the_guard_passes_the_cores_storage_errors_on_in_dutch():
    def full():
        """Fail like the core does on a full disk."""
        raise StorageFullError("Opslaan is mislukt: de schijf of de database is vol.")

    outcome = attempt(full)
    assert not outcome.ok
    assert outcome.error == "Opslaan is mislukt: de schijf of de database is vol."


def test_a_full_disk_keeps_the_minutes_on_the_screen_and_a_retry_saves_them(qtbot, window):
    db = window.db
    meeting = add_meeting(db)
    window.show_area("vergaderingen")
    screen = window.meetings().open_meeting(meeting.id)
    minutes = screen.editor.minutes
    qtbot.waitUntil(lambda: minutes.toPlainText() == SECRET_MINUTES)
    item_id = screen.editor.handle.id
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + 1}")  # the disk is full from now on

    minutes.setFocus()
    minutes.moveCursor(minutes.textCursor().MoveOperation.End)
    minutes.insertPlainText(LONG_TEXT)  # a long paste
    qtbot.waitUntil(lambda: screen.status.error != "", timeout=5000)
    assert screen.status.error.startswith("Opslaan is mislukt: de schijf of de database is vol")
    assert "uw tekst staat nog in het venster" in screen.status.error
    assert minutes.toPlainText() == SECRET_MINUTES + LONG_TEXT  # nothing typed is lost
    assert agenda.get_item(db, item_id).minutes == SECRET_MINUTES  # what was committed stays
    assert not db.conn.in_transaction

    db.execute("PRAGMA max_page_count = 1073741823")  # space freed
    qtbot.keyClicks(minutes, "!")
    qtbot.waitUntil(
        lambda: agenda.get_item(db, item_id).minutes == SECRET_MINUTES + LONG_TEXT + "!",
        timeout=5000,
    )
