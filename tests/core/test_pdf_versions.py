"""A vastgesteld verslag prints what was approved; the next verslag says what happened since.

Fictional Haarlem meetings: December (actions agreed), January (December approved, its
actions re-assigned, re-dated and closed from the actielijst), February (January approved).
"""

import json

import pytest
from pdf_meeting import ATTENDEES, flat, pdf_pages

from driehoek_app.core.actions import list_actions, update_action
from driehoek_app.core.approval import approve_meeting, read_version, start_correction
from driehoek_app.core.meeting_exchange import import_meeting
from driehoek_app.core.pdf.agenda import build_agenda_pdf
from driehoek_app.core.pdf.minutes import build_minutes_pdf
from driehoek_app.core.people import find_person, update_person

REDATED = "Plan van aanpak woonoverlast opstellen"
CLOSED = "Overzicht cameratoezicht leveren"
UNTOUCHED = "Bibob-signalen bundelen"


def _meeting(date: str, items: list[dict]) -> dict:
    """A Haarlem meeting file on date with the standard opening items and the given ones."""
    return {
        "basisteam": "Haarlem", "date": date, "start": "09:00", "end": "10:30",
        "location": "Stadhuis Haarlem", "classification": "intern",
        "attendees": ATTENDEES[:4], "chair": "A. de Vries",
        "items": [
            {"title": "Opening", "duration_min": 5},
            {"title": "Verslag vorige vergadering", "duration_min": 5},
            {"title": "Actielijst", "duration_min": 10},
            *items,
            {"title": "Sluiting"},
        ],
    }  # fmt: skip


@pytest.fixture
def history(fresh_db):
    """December approved in January, then its actions changed in January; returns ids."""
    db = fresh_db
    december = import_meeting(db, _meeting("2026-12-03", [
        {"title": "Woonoverlast", "minutes": "Besproken.",
         "actions": [{"text": REDATED, "owner": "Burgemeester", "due": "2027-02-28"},
                     {"text": CLOSED, "owner": "Teamchef", "due": "2027-01-10"},
                     {"text": UNTOUCHED, "owner": "OvJ", "due": "2027-04-01"}]},
    ]))  # fmt: skip
    january = import_meeting(db, _meeting("2027-01-14", [
        {"title": "Ondermijning", "minutes": "Stand van zaken besproken."},
    ]))  # fmt: skip
    approve_meeting(db, december.id, "2027-01-14", january.id)
    actions = {a.text: a for a in list_actions(db, december.id)}
    update_action(db, actions[REDATED].id, in_meeting_id=january.id, owner="OvJ",
                  due_date="2027-03-01")  # fmt: skip
    update_action(db, actions[CLOSED].id, in_meeting_id=january.id, status="afgerond")
    return db, december.id, january.id


def _text(db, meeting_id, tmp_path, name="verslag.pdf") -> str:
    """Build the verslag and return its whole text, whitespace flattened."""
    return flat(" ".join(pdf_pages(build_minutes_pdf(db, meeting_id, tmp_path / name))))


def test_a_vastgesteld_verslag_keeps_the_actions_as_approved(history, tmp_path):
    db, december_id, _ = history
    text = _text(db, december_id, tmp_path)
    assert "(versie 1)" in text
    assert f"{REDATED} Burgemeester 28 februari 2027" in text
    assert f"{CLOSED} Teamchef 10 januari 2027" in text
    assert "OvJ 1 maart 2027" not in text
    assert "Status: afgerond" not in text


def test_the_vastgesteld_verslag_equals_the_stored_snapshot(history, tmp_path):
    db, december_id, _ = history
    stored = read_version(db, december_id, 1)
    (woonoverlast,) = [i for i in stored["items"] if i["title"] == "Woonoverlast"]
    text = _text(db, december_id, tmp_path)
    for action in woonoverlast["actions"]:
        assert action["text"] in text and action["owner"] in text


def test_a_concept_verslag_shows_the_live_state(history, tmp_path):
    db, december_id, _ = history
    start_correction(db, december_id, "Typfout in de opening")
    text = _text(db, december_id, tmp_path)
    assert "Concept, nog niet vastgesteld (versie 2" in text
    assert f"{REDATED} OvJ 1 maart 2027" in text
    assert "Status: afgerond" in text


def test_the_next_verslag_says_which_minutes_were_vastgesteld(history, tmp_path):
    db, _, january_id = history
    text = _text(db, january_id, tmp_path)
    item = text[text.index("2. Verslag vorige vergadering") : text.index("3. Actielijst")]
    assert "Het verslag van de vergadering van 3 december 2026 is vastgesteld." in item


def test_the_next_actielijst_shows_what_happened_to_carried_actions(history, tmp_path):
    db, _, january_id = history
    text = _text(db, january_id, tmp_path)
    carried = text[text.index("Acties uit eerdere vergaderingen") :]
    assert (
        f"{REDATED} In deze vergadering: streefdatum verzet van 28 februari 2027 naar "
        "1 maart 2027; overgedragen van Burgemeester aan OvJ. OvJ 1 maart 2027" in carried
    )
    assert f"{CLOSED} In deze vergadering: afgerond. Teamchef" in carried
    assert f"{UNTOUCHED} OvJ 1 april 2027" in carried
    item = text[text.index("3. Actielijst") : text.index("4. Ondermijning")]
    assert "afgerond" in item and "aan het eind van dit verslag" in item


def test_items_without_minutes_say_so(history, tmp_path):
    db, _, january_id = history
    text = _text(db, january_id, tmp_path)
    opening = text[text.index("1. Opening") : text.index("2. Verslag vorige vergadering")]
    assert "Geen verslag bij dit punt." in opening
    closing = text[text.index("5. Sluiting") : text.index("Besluitenlijst")]
    assert "Geen verslag bij dit punt." in closing


def test_no_approval_in_the_meeting_is_stated_too(history, tmp_path):
    db, december_id, _ = history
    text = _text(db, december_id, tmp_path)
    item = text[text.index("2. Verslag vorige vergadering") : text.index("3. Actielijst")]
    assert "In deze vergadering is geen verslag vastgesteld." in item


def test_vastgesteld_next_verslag_keeps_its_changes_and_approvals(history, tmp_path):
    db, december_id, january_id = history
    february = import_meeting(db, _meeting("2027-02-11", []))
    approve_meeting(db, january_id, "2027-02-11", february.id)
    actions = {a.text: a for a in list_actions(db, december_id)}
    update_action(db, actions[REDATED].id, in_meeting_id=february.id, status="vervallen")
    text = _text(db, january_id, tmp_path)
    assert "Vastgesteld op 11 februari 2027" in text
    assert "Het verslag van de vergadering van 3 december 2026 is vastgesteld." in text
    assert "streefdatum verzet van 28 februari 2027 naar 1 maart 2027" in text
    assert "vervallen" not in text
    february_text = _text(db, february.id, tmp_path, "februari.pdf")
    assert f"{REDATED} In deze vergadering: vervallen verklaard." in february_text
    assert "Het verslag van de vergadering van 14 januari 2027 is vastgesteld." in february_text


def test_an_older_snapshot_without_the_new_keys_still_prints(history, tmp_path):
    db, _, january_id = history
    february = import_meeting(db, _meeting("2027-02-11", []))
    approve_meeting(db, january_id, "2027-02-11", february.id)
    stored = read_version(db, january_id, 1)
    for key in ("snapshot_version", "body_name", "approved_in_meeting_date", "approvals"):
        del stored[key]
    for entry in stored["actielijst"]:
        for key in ("action_id", "item_number", "item_confidential", "changes"):
            del entry[key]
    db.execute(
        "UPDATE meeting_versions SET snapshot = ? WHERE meeting_id = ? AND version = 1",
        [json.dumps(stored, ensure_ascii=False), january_id],
    )
    text = _text(db, january_id, tmp_path)
    assert "Vastgesteld op 11 februari 2027, in de vergadering van die dag (versie 1)" in text
    assert "Het verslag van de vergadering van 3 december 2026 is vastgesteld." in text
    assert "3 december 2026, punt 4" in text
    assert "overgedragen van Burgemeester aan OvJ" in text


def test_the_agenda_of_a_vastgesteld_meeting_comes_from_its_snapshot(history, tmp_path):
    db, december_id, _ = history
    secretary = find_person(db, "D. Visser", "Gemeente Haarlem")
    update_person(db, secretary.id, name="D. Visser-de Boer")
    path = build_agenda_pdf(db, december_id, tmp_path / "agenda.pdf")
    text = flat(" ".join(pdf_pages(path)))
    assert "09:20 4. Woonoverlast" in text
    assert "Secretaris D. Visser " in text
    assert "Visser-de Boer" not in text
    assert "Visser-de Boer" not in _text(db, december_id, tmp_path)
