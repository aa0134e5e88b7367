"""Bodies, people and attendance."""

import pytest
from meeting_helpers import NASTY_TEXT, body, new_meeting, people

from driehoek_app.core.attendance import (
    invite_body_members,
    list_attendance,
    move_attendee,
    remove_attendee,
    set_attendance,
)
from driehoek_app.core.bodies import (
    BASISTEAM_CODES,
    body_for_basisteam,
    create_body,
    delete_body,
    list_bodies,
    list_members,
    remove_member,
    set_member,
    update_body,
)
from driehoek_app.core.meeting_base import NotFoundError, ValidationError
from driehoek_app.core.meetings import create_meeting, get_meeting, update_meeting
from driehoek_app.core.people import (
    create_person,
    delete_person,
    find_or_create_person,
    list_people,
    update_person,
)


@pytest.fixture
def db(fresh_db):
    """A migrated database with the meeting tables, bodies and standard template."""
    return fresh_db


def test_every_basisteam_has_its_driehoek_with_a_unique_code(db):
    basisteams = [row[0] for row in db.execute("SELECT name FROM basisteams")]
    bodies = list_bodies(db)
    assert sorted(b.basisteam_name for b in bodies) == sorted(basisteams)
    assert {b.basisteam_name: b.code for b in bodies} == BASISTEAM_CODES
    assert body_for_basisteam(db, "Haarlem").name == "Basisteamdriehoek Haarlem"
    with pytest.raises(ValidationError, match="onbekend basisteam 'Amsterdam'; geldig zijn: "):
        body_for_basisteam(db, "Amsterdam")


def test_other_bodies_can_be_added_with_gemeenten(db):
    rbop = create_body(db, "RBOP Noord-Holland", "RBOP", "rbop", ["Haarlem", "Zaanstad"])
    assert (rbop.code, rbop.gemeenten) == ("RBOP", ("Haarlem", "Zaanstad"))
    haarlem = update_body(db, body(db).id, gemeenten=["Haarlem", "Zandvoort", "Bloemendaal"])
    assert haarlem.gemeenten == ("Haarlem", "Zandvoort", "Bloemendaal")
    with pytest.raises(ValidationError, match="HLM is al in gebruik"):
        create_body(db, "Districtsoverleg Kennemerland", "HLM", "districtsoverleg")
    with pytest.raises(ValidationError, match="hoofdletters"):
        create_body(db, "Districtsoverleg Kennemerland", "ken", "districtsoverleg")
    with pytest.raises(ValidationError, match="blijft bestaan"):
        delete_body(db, haarlem.id)
    assert delete_body(db, rbop.id).code == "RBOP"


def test_people_hold_name_role_organisation_email_only(db):
    person = create_person(db, NASTY_TEXT[:40], "gast", "Veiligheidsregio", "gast@example.org")
    assert list_people(db, "Veiligheids") == [person]
    assert list_people(db, "%") == []
    assert find_or_create_person(db, person.name, "Veiligheidsregio").id == person.id
    with pytest.raises(ValidationError, match="Er bestaat al een persoon"):
        create_person(db, person.name, "gast", "Veiligheidsregio")
    with pytest.raises(ValidationError, match="geen geldig e-mailadres"):
        update_person(db, person.id, email="geen adres")
    with pytest.raises(ValidationError, match="kies uit: burgemeester, officier van justitie"):
        update_person(db, person.id, role="wethouder")
    assert update_person(db, person.id, role="secretaris").role == "secretaris"


def test_members_are_invited_and_attendance_is_recorded(db):
    cast = people(db)
    haarlem = body(db)
    for key in ("burgemeester", "teamchef"):
        set_member(db, haarlem.id, cast[key].id)
    set_member(db, haarlem.id, cast["secretaris"].id, "secretaris")
    assert [m.person.name for m in list_members(db, haarlem.id)] == [
        "A. de Vries", "C. Bakker", "D. Visser",
    ]  # fmt: skip
    meeting = new_meeting(db)
    guest = create_person(db, "E. Smit", "gast", "RIEC")
    set_attendance(db, meeting.id, guest.id)
    set_attendance(db, meeting.id, cast["burgemeester"].id, "afwezig met kennisgeving")
    set_attendance(db, meeting.id, cast["teamchef"].id, "afwezig")
    listed = list_attendance(db, meeting.id)
    assert [(a.person.name, a.role, a.status) for a in listed] == [
        ("A. de Vries", "burgemeester", "afwezig met kennisgeving"),
        ("C. Bakker", "teamchef", "afwezig"),
        ("D. Visser", "secretaris", "aanwezig"),
        ("E. Smit", "gast", "aanwezig"),
    ]
    assert move_attendee(db, meeting.id, guest.id, 1)[0].person.id == guest.id
    remove_attendee(db, meeting.id, cast["teamchef"].id)
    assert [a.position for a in list_attendance(db, meeting.id)] == [1, 2, 3]
    assert len(invite_body_members(db, meeting.id)) == 4
    with pytest.raises(ValidationError, match="kies uit: aanwezig, afwezig met kennisgeving"):
        set_attendance(db, meeting.id, guest.id, "ziek")
    remove_member(db, haarlem.id, cast["teamchef"].id)
    assert [m.position for m in list_members(db, haarlem.id)] == [1, 2]
    with pytest.raises(ValidationError, match="presentielijst"):
        delete_person(db, guest.id)


def test_meeting_fields_are_checked(db):
    haarlem = body(db)
    with pytest.raises(ValidationError, match="Datum: geen geldige datum"):
        create_meeting(db, haarlem.id, "3-12-2026")
    with pytest.raises(ValidationError, match="Begintijd: geen geldige tijd"):
        create_meeting(db, haarlem.id, "2026-12-03", "25:00")
    with pytest.raises(ValidationError, match="Rubricering"):
        create_meeting(db, haarlem.id, "2026-12-03", classification="geheim")
    with pytest.raises(NotFoundError, match="Overleg 999 bestaat niet"):
        create_meeting(db, 999, "2026-12-03")
    meeting = create_meeting(db, haarlem.id, "2026-12-03", "9:05", "10:00")
    assert (meeting.start_time, meeting.classification, meeting.length_minutes) == (
        "09:05", "vertrouwelijk", 55,
    )  # fmt: skip
    chair = create_person(db, "F. de Boer", "burgemeester", "Gemeente Zandvoort")
    updated = update_meeting(db, meeting.id, chair_id=chair.id, location=NASTY_TEXT)
    assert (updated.chair_name, updated.location) == ("F. de Boer", NASTY_TEXT)
    assert get_meeting(db, meeting.id).title == "Basisteamdriehoek Haarlem, 3 december 2026"
