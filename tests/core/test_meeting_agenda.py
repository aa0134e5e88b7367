"""The agenda: items, numbering, themes and labels, time planning, templates, attachments."""

import pytest
from meeting_helpers import NASTY_TEXT, new_meeting

from driehoek_app.core.actions import add_action
from driehoek_app.core.agenda import (
    add_item,
    copy_item,
    delete_item,
    get_item,
    list_items,
    move_item,
    move_item_to_meeting,
    planned_time,
    update_item,
)
from driehoek_app.core.agenda_templates import (
    add_template_item,
    create_template,
    default_template,
    delete_template,
    delete_template_item,
    list_templates,
    move_template_item,
    template_from_meeting,
    update_template,
    update_template_item,
)
from driehoek_app.core.attachments import (
    add_attachment,
    add_attachment_file,
    delete_attachment,
    format_size,
    list_attachments,
    read_attachment,
    write_attachment_to_folder,
)
from driehoek_app.core.decisions import add_decision
from driehoek_app.core.item_snapshots import restore_item
from driehoek_app.core.meeting_base import ValidationError
from driehoek_app.core.meetings import create_meeting, update_meeting

BIG_TEXT = (NASTY_TEXT * 20_000)[:1_000_000]


@pytest.fixture
def db(fresh_db):
    """A migrated database with the meeting tables, bodies and standard template."""
    return fresh_db


def test_standard_template_has_one_item_per_imv_theme(db):
    template = default_template(db)
    titles = [item.title for item in template.items]
    assert titles[:4] == ["Opening", "Verslag vorige vergadering", "Actielijst", "Mededelingen"]
    assert titles[-2:] == ["Rondvraag", "Sluiting"]
    theme_codes = [row[0] for row in db.execute("SELECT code FROM themes ORDER BY number")]
    assert [item.themes for item in template.items[4:-2]] == [(code,) for code in theme_codes]


def test_new_item_numbering_and_moving(db):
    meeting = new_meeting(db)
    count = len(list_items(db, meeting.id))
    first = add_item(db, meeting.id, "Eerst", position=1)
    last = add_item(db, meeting.id, "Laatst")
    assert (get_item(db, first.id).number, get_item(db, last.id).number) == (1, count + 2)
    agenda = move_item(db, last.id, 2)
    assert [i.number for i in agenda] == list(range(1, count + 3))
    assert agenda[1].id == last.id
    assert move_item(db, first.id, 999)[-1].id == first.id
    assert move_item(db, first.id, -5)[0].id == first.id


def test_deleting_renumbers_and_undo_restores_everything(db):
    meeting = new_meeting(db)
    item = list_items(db, meeting.id)[2]
    update_item(db, item.id, minutes="Verslag", labels=["bibob"], presenter="OvJ")
    add_attachment(db, item.id, "stuk.pdf", b"%PDF-1.4 fictief")
    add_action(db, item.id, "Doen", "Teamchef")
    snapshot = delete_item(db, item.id)
    assert [i.number for i in list_items(db, meeting.id)] == list(range(1, 10))
    restored = restore_item(db, snapshot)
    assert (restored.number, restored.title, restored.minutes, restored.labels) == (
        3, "Actielijst", "Verslag", ("bibob",),
    )  # fmt: skip
    assert [a.name for a in list_attachments(db, restored.id)] == ["stuk.pdf"]


def test_themes_are_validated_and_labels_are_free(db):
    meeting = new_meeting(db)
    item = add_item(db, meeting.id, "Thema's", themes=["cybercrime", "ondermijning"])
    assert item.themes == ("cybercrime", "ondermijning")
    with pytest.raises(ValidationError, match=r"onbekend thema 'drugs'; geldig zijn: ondermijning"):
        update_item(db, item.id, themes=["drugs"])
    updated = update_item(db, item.id, labels=["Wet Bibob", "hennep & co"], confidential=True)
    assert (updated.labels, updated.confidential) == (("Wet Bibob", "hennep & co"), True)


def test_user_text_is_stored_exactly_including_one_megabyte(db):
    meeting = new_meeting(db)
    item = add_item(db, meeting.id, NASTY_TEXT.strip(), presenter=NASTY_TEXT[:50])
    stored = update_item(db, item.id, minutes=BIG_TEXT, description=NASTY_TEXT)
    assert len(BIG_TEXT) == 1_000_000
    assert stored.minutes == BIG_TEXT and stored.description == NASTY_TEXT
    assert get_item(db, item.id).title == NASTY_TEXT.strip()


def test_bad_item_values_are_refused_in_dutch(db):
    meeting = new_meeting(db)
    item = list_items(db, meeting.id)[0]
    with pytest.raises(ValidationError, match="Titel van het agendapunt: mag niet leeg zijn"):
        update_item(db, item.id, title="   ")
    with pytest.raises(ValidationError, match="Geplande tijd"):
        update_item(db, item.id, planned_minutes=-5)
    with pytest.raises(ValidationError, match="te lang"):
        update_item(db, item.id, minutes="x" * 2_000_001)
    with pytest.raises(ValidationError, match="ongeldige tekens"):
        update_item(db, item.id, minutes="kapot \ud800")
    with pytest.raises(ValidationError, match="onbekend veld 'colour'"):
        update_item(db, item.id, colour="rood")


def test_planned_time_against_meeting_length(db):
    meeting = new_meeting(db, start_time="09:00", end_time="10:00")
    time = planned_time(db, meeting.id)
    assert (time.planned_minutes, time.meeting_minutes, time.balance_minutes) == (90, 60, -30)
    assert time.is_over
    update_meeting(db, meeting.id, end_time="11:00")
    time = planned_time(db, meeting.id)
    assert (time.balance_minutes, time.is_over) == (30, False)
    with pytest.raises(ValidationError, match="ligt niet na de begintijd"):
        update_meeting(db, meeting.id, end_time="08:30")


def test_copy_and_move_from_another_meeting(db):
    source = new_meeting(db, "2026-01-10")
    target = new_meeting(db, "2026-02-10")
    item = add_item(db, source.id, "Aangehouden punt", themes=["cybercrime"], minutes="oud")
    add_attachment(db, item.id, "bijlage.txt", b"tekst")
    copy = copy_item(db, item.id, target.id, position=2)
    assert (copy.meeting_id, copy.number, copy.themes, copy.minutes) == (
        target.id, 2, ("cybercrime",), "",
    )  # fmt: skip
    assert read_attachment(db, list_attachments(db, copy.id)[0].id) == b"tekst"
    moved = move_item_to_meeting(db, item.id, target.id)
    assert moved.meeting_id == target.id and moved.number == len(list_items(db, target.id))
    assert [i.number for i in list_items(db, source.id)] == list(range(1, 11))
    add_decision(db, moved.id, "genomen")
    with pytest.raises(ValidationError, match="kopieer het"):
        move_item_to_meeting(db, moved.id, source.id)
    other_body = new_meeting(db, code="ZST")
    with pytest.raises(ValidationError, match="hetzelfde overleg"):
        move_item_to_meeting(db, list_items(db, target.id)[0].id, other_body.id)


def test_attachments_are_kept_as_bytes_with_size(db, tmp_path):
    meeting = new_meeting(db)
    item = list_items(db, meeting.id)[0]
    payload = bytes(range(256)) * 10
    attachment = add_attachment(db, item.id, "data.bin", payload)
    assert (attachment.size, attachment.media_type, attachment.size_text) == (
        2560, "application/octet-stream", "2,5 kB",
    )  # fmt: skip
    assert read_attachment(db, attachment.id) == payload
    source = tmp_path / "Verslag <concept>.pdf"
    source.write_bytes(b"%PDF fictief")
    from_file = add_attachment_file(db, item.id, source)
    assert from_file.media_type == "application/pdf"
    written = write_attachment_to_folder(db, from_file.id, tmp_path / "uit")
    assert written.name == "Verslag _concept_.pdf" and written.read_bytes() == b"%PDF fictief"
    removed = delete_attachment(db, attachment.id)
    assert removed.data == payload
    assert [a.name for a in list_attachments(db, item.id)] == ["Verslag <concept>.pdf"]
    assert format_size(5 * 1024 * 1024) == "5,0 MB"


def test_templates_are_editable(db):
    template = create_template(db, "Kort overleg")
    template = add_template_item(db, template.id, "Opening", planned_minutes=5)
    template = add_template_item(db, template.id, "Cyber", themes=["cybercrime"], position=1)
    assert [i.title for i in template.items] == ["Cyber", "Opening"]
    template = move_template_item(db, template.items[1].id, 1)
    template = update_template_item(db, template.items[1].id, title="Cybercrime", confidential=True)
    assert [(i.number, i.title, i.confidential) for i in template.items] == [
        (1, "Opening", False), (2, "Cybercrime", True),
    ]  # fmt: skip
    template = update_template(db, template.id, name="Kort driehoeksoverleg")
    meeting = create_meeting(db, new_meeting(db).body_id, "2026-04-01", template_id=template.id)
    assert [i.title for i in list_items(db, meeting.id)] == ["Opening", "Cybercrime"]
    template = delete_template_item(db, template.items[0].id)
    assert [i.number for i in template.items] == [1]
    saved = template_from_meeting(db, meeting.id, "Uit vergadering")
    assert [i.title for i in saved.items] == ["Opening", "Cybercrime"]
    delete_template(db, template.id)
    assert "Kort driehoeksoverleg" not in [t.name for t in list_templates(db)]
    with pytest.raises(ValidationError, match="bestaat al"):
        create_template(db, "Uit vergadering")



def test_a_date_slip_outside_1990_2100_is_refused_by_every_service(fresh_db):
    from driehoek_app.core.bodies import list_bodies
    from driehoek_app.core.meeting_base import ValidationError
    from driehoek_app.core.meetings import create_meeting, get_meeting, update_meeting

    body_id = list_bodies(fresh_db)[0].id
    with pytest.raises(ValidationError, match="0001-01-01 ligt buiten 1990-2100"):
        create_meeting(fresh_db, body_id, "0001-01-01")
    meeting = create_meeting(fresh_db, body_id, "2026-12-03")
    with pytest.raises(ValidationError, match="2207-12-03 ligt buiten 1990-2100"):
        update_meeting(fresh_db, meeting.id, date="2207-12-03")
    assert get_meeting(fresh_db, meeting.id).date == "2026-12-03"
