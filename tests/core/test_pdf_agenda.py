"""The agenda (convocatie) PDF read back as an invitee would read it."""

import pytest
from pdf_meeting import (
    ATTENDEES,
    CARRIED_ACTION,
    CARRIED_SECRET_ACTION,
    create_meetings,
    flat,
    pdf_pages,
)
from pypdf import PdfReader

from driehoek_app.core.agenda import add_item
from driehoek_app.core.meeting_exchange import import_meeting
from driehoek_app.core.pdf.agenda import WITHHELD, build_agenda_pdf

CLOCK = [
    ("09:00", "1.", "Opening", "Voorzitter", "5"),
    ("09:05", "2.", "Mededelingen", "Allen", "10"),
    ("09:15", "3.", "Ondermijningsbeeld", "Teamchef", "20"),
    ("09:35", "4.", "Casus Geheimweg", "Teamchef", "15"),
    ("09:50", "5.", "Zorg en veiligheid", "Burgemeester", "20"),
    ("10:10", "6.", "Rondvraag", "–", "10"),
    ("10:20", "7.", "Sluiting", "–", "5"),
]


@pytest.fixture
def meetings(fresh_db):
    """The November and December meetings; returns (db, previous id, current id)."""
    previous_id, current_id = create_meetings(fresh_db)
    return fresh_db, previous_id, current_id


@pytest.fixture
def agenda(meetings, tmp_path):
    """The agenda of the December meeting as the flattened text of all its pages."""
    db, _, current_id = meetings
    path = build_agenda_pdf(db, current_id, tmp_path / "agenda.pdf")
    return pdf_pages(path)


def test_agenda_names_body_date_time_place_and_numbers_its_pages(agenda):
    total = len(agenda)
    for number, page in enumerate(agenda, start=1):
        assert f"Pagina {number} van {total}" in page
        assert "Basisteamdriehoek Haarlem" in page
        assert "donderdag 3 december 2026" in page
        assert "VERTROUWELIJK" in page
        assert "CONCEPT" not in page
    text = flat(" ".join(agenda))
    assert "Agenda Basisteamdriehoek Haarlem" in text
    assert "Datum donderdag 3 december 2026" in text
    assert "Tijd 09:00 – 10:30 uur" in text
    assert "Locatie Stadhuis Haarlem, kamer 2.14" in text
    assert "Voorzitter A. de Vries" in text
    assert "Secretaris D. Visser" in text


def test_every_invitee_is_listed_with_role_and_organisation(agenda):
    text = flat(" ".join(agenda))
    invited = text[text.index("Genodigden") : text.index("Agendapunten")]
    for person in ATTENDEES:
        assert f"{person['name']} {person['role']} {person['organisation']}" in invited


def test_items_are_numbered_with_a_running_clock_presenter_and_minutes(agenda):
    text = flat(" ".join(agenda))
    positions = []
    for clock, number, title, presenter, minutes in CLOCK:
        start = text.index(f"{clock} {number} {title}")
        end = text.index(f" {minutes}", text.index(presenter, start))
        assert end - start < 400, title
        positions.append(start)
    assert positions == sorted(positions)
    assert "Geplande tijd 85 minuten; de vergadering duurt 90 minuten." in text


def test_themes_labels_description_and_attachments_are_listed(agenda):
    text = flat(" ".join(agenda))
    item = text[text.index("09:15 3. Ondermijningsbeeld") : text.index("09:35 4.")]
    assert "Toelichting op het beeld & de aanpak <2027>." in item
    assert "Thema: Ondermijning" in item
    assert "Label: RIEC" in item
    assert "Bijlagen: – Ondermijningsbeeld 2026.pdf (1,6 kB)" in item


def test_open_actions_of_earlier_meetings_show_where_they_came_from(agenda):
    text = flat(" ".join(agenda))
    actions = text[text.index("Openstaande acties uit eerdere vergaderingen") :]
    assert f"{CARRIED_ACTION} C. Bakker 1 december 2026 5 november 2026, punt 1" in actions
    assert CARRIED_SECRET_ACTION not in text
    assert "1 actie bij een vertrouwelijk agendapunt" in actions


def test_confidential_item_shows_its_title_but_not_its_content(agenda):
    text = flat(" ".join(agenda))
    assert "Casus Geheimweg · Vertrouwelijk" in text
    assert "Toelichting bij de casus Geheimweg." not in text
    assert WITHHELD in text


def test_confidential_content_on_request(meetings, tmp_path):
    db, _, current_id = meetings
    path = build_agenda_pdf(db, current_id, tmp_path / "a.pdf", include_confidential=True)
    text = flat(" ".join(pdf_pages(path)))
    assert "Toelichting bij de casus Geheimweg." in text
    assert CARRIED_SECRET_ACTION in text
    assert WITHHELD not in text


def test_an_overfull_agenda_says_how_much_too_long(meetings, tmp_path):
    db, _, current_id = meetings
    add_item(db, current_id, "Extra punt", planned_minutes=25, presenter="OvJ")
    text = flat(" ".join(pdf_pages(build_agenda_pdf(db, current_id, tmp_path / "vol.pdf"))))
    assert (
        "Geplande tijd 110 minuten; de vergadering duurt 90 minuten (20 minuten te veel)." in text
    )
    assert "10:25 8. Extra punt" in text


def test_metadata_of_the_agenda(meetings, tmp_path):
    db, _, current_id = meetings
    reader = PdfReader(build_agenda_pdf(db, current_id, tmp_path / "agenda.pdf"))
    assert reader.metadata.title == "Agenda Basisteamdriehoek Haarlem 3 december 2026"
    assert reader.metadata.author == "Basisteamdriehoek Haarlem"
    assert reader.metadata.subject == (
        "Agenda (convocatie) voor de vergadering van donderdag 3 december 2026"
    )
    assert reader.trailer["/Root"]["/Lang"] == "nl-NL"


def test_an_openbaar_meeting_without_attendees_or_items(fresh_db, tmp_path):
    meeting = import_meeting(
        fresh_db, {"basisteam": "Den Helder", "date": "2027-03-01", "start": "13:30",
                   "end": "14:00", "classification": "openbaar"},
    )  # fmt: skip
    (page,) = pdf_pages(build_agenda_pdf(fresh_db, meeting.id, tmp_path / "leeg.pdf"))
    text = flat(page)
    assert "Datum maandag 1 maart 2027" in text
    assert "Er zijn nog geen genodigden vastgelegd." in text
    assert "De agenda is nog leeg." in text
    assert "Er staan geen acties uit eerdere vergaderingen open." in text
    assert "Openbaar" in text and "VERTROUWELIJK" not in text


def test_an_agenda_of_a_hundred_items_repeats_its_table_header(fresh_db, tmp_path):
    items = [
        {"title": f"Punt {n} & <overig>", "duration_min": 1, "presenter": "Teamchef",
         "description": "Eerste regel\nTweede regel"}
        for n in range(1, 101)
    ]  # fmt: skip
    meeting = import_meeting(
        fresh_db, {"basisteam": "Alkmaar", "date": "2027-03-01", "start": "09:00",
                   "end": "11:00", "items": items},
    )  # fmt: skip
    pages = pdf_pages(build_agenda_pdf(fresh_db, meeting.id, tmp_path / "lang.pdf"))
    with_items = [page for page in pages if "& <overig>" in page]
    assert len(with_items) >= 3
    for page in with_items:
        assert "Tijd\nNr.\nAgendapunt\nInleider\nMin." in page
    assert "10:39 100. Punt 100 & <overig>" in flat(" ".join(pages))
