"""The verslag PDF read back as a reader would: content, confidentiality, status, protection."""

import pytest
from pdf_meeting import (
    CARRIED_ACTION,
    CARRIED_SECRET_ACTION,
    CONFIDENTIAL_ACTION,
    CONFIDENTIAL_DECISION,
    CONFIDENTIAL_MINUTES,
    SPECIAL,
    create_meetings,
    flat,
    meeting_data,
    pdf_pages,
)
from pypdf import PdfReader

from driehoek_app.core.actions import add_action
from driehoek_app.core.agenda import add_item
from driehoek_app.core.approval import approve_meeting
from driehoek_app.core.decisions import add_decision, list_decisions
from driehoek_app.core.errors import ExportError
from driehoek_app.core.meeting_base import NotFoundError
from driehoek_app.core.meeting_exchange import import_meeting
from driehoek_app.core.pdf.encryption import check_password
from driehoek_app.core.pdf.fonts import missing_glyphs
from driehoek_app.core.pdf.meeting_data import gather_meeting
from driehoek_app.core.pdf.minutes import NOT_MINUTED, build_minutes_pdf, minutes_story

PASSWORD = "Geheim wachtwoord é€ Łódź 42"


@pytest.fixture
def meetings(fresh_db):
    """The November and December meetings; returns (db, previous id, current id)."""
    previous_id, current_id = create_meetings(fresh_db)
    return fresh_db, previous_id, current_id


@pytest.fixture
def minutes(meetings, tmp_path):
    """The default verslag of the December meeting, as the text of its pages."""
    db, _, current_id = meetings
    path = build_minutes_pdf(db, current_id, tmp_path / "verslag.pdf")
    return pdf_pages(path)


def _decisions(db, meeting_id, confidential: bool) -> list:
    """Return the decisions of the meeting that are (not) under the confidential item."""
    return [
        d
        for d in list_decisions(db, meeting_id)
        if (d.text == CONFIDENTIAL_DECISION) == confidential
    ]


def test_every_page_is_numbered_and_carries_header_and_classification(minutes):
    total = len(minutes)
    assert total >= 2
    for number, text in enumerate(minutes, start=1):
        assert f"Pagina {number} van {total}" in text
        assert "Basisteamdriehoek Haarlem" in text
        assert "donderdag 3 december 2026" in text
        assert "Vertrouwelijk" in text
        assert "VERTROUWELIJK" in text  # the diagonal watermark
        assert "CONCEPT" in text


def test_heading_block_shows_date_place_chair_secretary_and_status(minutes):
    first = flat(minutes[0])
    assert "Verslag" in first
    assert "Datum donderdag 3 december 2026" in first
    assert "Tijd 09:00 – 10:30 uur" in first
    assert "Locatie Stadhuis Haarlem, kamer 2.14" in first
    assert "Voorzitter A. de Vries" in first
    assert "Secretaris D. Visser" in first
    assert "Status Concept, nog niet vastgesteld" in first


def test_attendance_is_grouped(minutes):
    first = flat(minutes[0])
    present = first.index("Aanwezig A. de Vries, burgemeester (Gemeente Haarlem)")
    excused = first.index(
        "Afwezig met kennisgeving B. Jansen, officier van justitie (Openbaar Ministerie)"
    )
    absent = first.index("Afwezig E. Smit, gast (RIEC Noord-Holland)")
    assert present < excused < absent
    assert "C. Bakker, teamchef (Politie Noord-Holland)" in first[present:excused]


def test_every_decision_and_action_is_in_the_verslag_and_the_lists(meetings, minutes):
    db, _, current_id = meetings
    text = flat(" ".join(minutes))
    besluitenlijst = text.index("Besluitenlijst")
    actielijst = text.index("Actielijst")
    assert besluitenlijst < actielijst
    for decision in _decisions(db, current_id, confidential=False):
        # once under its item, once in the besluitenlijst
        assert text.count(decision.number) == 2
        assert text.count(decision.text) == 2
        assert text.index(decision.number, besluitenlijst) < actielijst
    for action, owner, due in (
        ("Plan van aanpak opstellen", "C. Bakker", "15 januari 2027"),
        ("Gemeenten informeren over Bibob", "A. de Vries", "1 februari 2027"),
    ):
        assert f"{action} {owner} {due}" in text[:besluitenlijst]
        assert f"{action} {owner} {due} 3" in text[actielijst:]


def test_carried_over_action_shows_the_meeting_it_came_from(minutes):
    text = flat(" ".join(minutes))
    carried = text[text.index("Acties uit eerdere vergaderingen") :]
    assert f"{CARRIED_ACTION} C. Bakker 1 december 2026 5 november 2026, punt 1" in carried


def test_confidential_item_is_left_out_by_default(meetings, minutes):
    db, _, current_id = meetings
    text = flat(" ".join(minutes))
    assert "4. Casus Geheimweg" in text
    assert NOT_MINUTED in text
    for secret in (CONFIDENTIAL_MINUTES, CONFIDENTIAL_DECISION, CONFIDENTIAL_ACTION,
                   CARRIED_SECRET_ACTION):  # fmt: skip
        assert secret not in text
    (secret_decision,) = _decisions(db, current_id, confidential=True)
    assert secret_decision.number not in text
    assert "staan niet in dit verslag" in text
    assert "1 actie bij een vertrouwelijk agendapunt" in text


def test_confidential_items_are_included_on_request(meetings, tmp_path):
    db, _, current_id = meetings
    path = build_minutes_pdf(db, current_id, tmp_path / "volledig.pdf", include_confidential=True)
    text = flat(" ".join(pdf_pages(path)))
    for secret in (CONFIDENTIAL_MINUTES, CONFIDENTIAL_DECISION, CONFIDENTIAL_ACTION,
                   CARRIED_SECRET_ACTION):  # fmt: skip
        assert secret in text
    assert NOT_MINUTED not in text
    (secret_decision,) = _decisions(db, current_id, confidential=True)
    assert text.count(secret_decision.number) == 2


def test_an_intern_meeting_with_confidential_content_is_printed_as_vertrouwelijk(
    fresh_db, tmp_path
):
    data = meeting_data()
    data["classification"] = "intern"
    meeting = import_meeting(fresh_db, data)
    default = pdf_pages(build_minutes_pdf(fresh_db, meeting.id, tmp_path / "a.pdf"))
    assert all("Intern" in page and "VERTROUWELIJK" not in page for page in default)
    full = pdf_pages(
        build_minutes_pdf(fresh_db, meeting.id, tmp_path / "b.pdf", include_confidential=True)
    )
    assert all("Vertrouwelijk" in page and "VERTROUWELIJK" in page for page in full)


def test_approved_minutes_say_vastgesteld_and_carry_no_concept_mark(meetings, tmp_path):
    db, previous_id, current_id = meetings
    approve_meeting(db, previous_id, "2026-12-03", current_id)
    pages = pdf_pages(build_minutes_pdf(db, previous_id, tmp_path / "nov.pdf"))
    text = flat(" ".join(pages))
    assert "Vastgesteld op 3 december 2026, in de vergadering van die dag (versie 1)" in text
    assert "Buiten het vertrouwelijke agendapunt 2 zijn geen besluiten genomen." in text
    assert "CONCEPT" not in text
    assert "Concept" not in text
    assert all("donderdag 5 november 2026" in page for page in pages)


def test_user_text_is_printed_exactly(minutes):
    text = " ".join(minutes)
    assert f"Mevrouw Çelik meldt: {SPECIAL}\nTweede regel van de mededeling." in text
    assert "Het RIEC maakt een fenomeenanalyse < 3 maanden." in flat(text)


def test_the_font_has_every_glyph_of_the_test_texts():
    texts = [SPECIAL, CONFIDENTIAL_MINUTES, CONFIDENTIAL_DECISION, "Çelik casuïstiek – € ≤ ≥ ·"]
    for item in meeting_data()["items"]:
        texts.extend([item["title"], item.get("minutes", ""), item.get("description", "")])
        texts.extend(item.get("decisions", []))
    for text in texts:
        assert missing_glyphs(text) == [], text


def test_metadata_title_author_subject_language(meetings, tmp_path):
    db, _, current_id = meetings
    reader = PdfReader(build_minutes_pdf(db, current_id, tmp_path / "verslag.pdf"))
    assert reader.metadata.title == "Verslag Basisteamdriehoek Haarlem 3 december 2026"
    assert reader.metadata.author == "Basisteamdriehoek Haarlem"
    assert reader.metadata.subject == (
        "Verslag van de vergadering van donderdag 3 december 2026 (concept)"
    )
    assert reader.trailer["/Root"]["/Lang"] == "nl-NL"


def test_three_hundred_lines_of_minutes_flow_over_pages(fresh_db, tmp_path):
    _, current_id = create_meetings(fresh_db, minutes_lines=300)
    pages = pdf_pages(build_minutes_pdf(fresh_db, current_id, tmp_path / "lang.pdf"))
    assert len(pages) >= 6
    text = " ".join(pages)
    positions = [text.index(f"Regel {n}: ") for n in range(1, 301)]
    assert positions == sorted(positions)
    with_lines = [i for i, page in enumerate(pages) if "de teamchef licht" in page]
    assert len(with_lines) >= 4  # one text, spread over several pages


def test_a_huge_decision_splits_inside_its_table_row(meetings, tmp_path):
    db, _, current_id = meetings
    item = add_item(db, current_id, "Lang besluit", position=3)
    huge = "\n".join(f"Overweging {n} van het besluit, met AT&T <voorbehoud>." for n in range(400))
    decision = add_decision(db, item.id, huge)
    pages = pdf_pages(build_minutes_pdf(db, current_id, tmp_path / "lang.pdf"))
    text = flat(" ".join(pages))
    assert text.count("Overweging 399 van het besluit, met AT&T <voorbehoud>.") == 2
    assert text.count(decision.number) == 2


def test_long_action_tables_repeat_their_header_row(meetings, tmp_path):
    db, _, current_id = meetings
    item = add_item(db, current_id, "Veel acties", position=3)
    for n in range(1, 91):
        add_action(db, item.id, f"Actiepunt nummer {n}", "C. Bakker", "2027-03-01")
    pages = pdf_pages(build_minutes_pdf(db, current_id, tmp_path / "acties.pdf"))
    table_pages = [page for page in pages if "Actiepunt nummer" in page]
    assert len(table_pages) >= 3
    for page in table_pages:
        assert "Actie\nActiehouder\nStreefdatum" in page


def test_password_protects_with_aes_256(meetings, tmp_path):
    db, _, current_id = meetings
    path = build_minutes_pdf(db, current_id, tmp_path / "beveiligd.pdf", password=PASSWORD)
    reader = PdfReader(path)
    assert reader.is_encrypted
    encrypt = reader.trailer["/Encrypt"]
    assert (encrypt["/V"], encrypt["/R"]) == (5, 6)
    assert encrypt["/CF"]["/StdCF"]["/CFM"] == "/AESV3"
    with pytest.raises(Exception, match=r"(?i)decrypt|password"):
        reader.pages[0].extract_text()
    assert not PdfReader(path).decrypt("verkeerd")
    opened = PdfReader(path)
    assert opened.decrypt(PASSWORD)
    assert "Verslag" in opened.pages[0].extract_text()
    assert opened.metadata.title == "Verslag Basisteamdriehoek Haarlem 3 december 2026"


def test_an_empty_password_is_refused_and_nothing_is_written(meetings, tmp_path):
    db, _, current_id = meetings
    folder = tmp_path / "uit"
    folder.mkdir()
    with pytest.raises(ExportError, match="wachtwoord is leeg"):
        build_minutes_pdf(db, current_id, folder / "x.pdf", password=" ")
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize(
    ("password", "problem"),
    [("wacht\twoord", "stuurteken"), ("vrĳdag", "'ĳ'"), ("ｗachtwoord", "'ｗ'"),
     ("x" * 128, "te lang"), ("abc שלום", "schrijfrichting")],
)  # fmt: skip
def test_passwords_that_readers_would_treat_differently_are_refused(password, problem):
    with pytest.raises(ExportError, match=problem):
        check_password(password)


def test_an_unknown_meeting_is_a_dutch_error(fresh_db, tmp_path):
    with pytest.raises(NotFoundError, match="Vergadering 999 bestaat niet"):
        build_minutes_pdf(fresh_db, 999, tmp_path / "x.pdf")


def test_gathering_and_rendering_are_separate_steps(meetings):
    db, _, current_id = meetings
    doc = gather_meeting(db, current_id)
    db.close()  # rendering needs the gathered data only
    story = minutes_story(doc)
    assert story
    assert [item.number for item in doc.items] == list(range(1, 8))
    assert doc.items[3].withheld and doc.items[3].minutes == ""


def test_an_empty_meeting_still_makes_a_readable_verslag(fresh_db, tmp_path):
    meeting = import_meeting(
        fresh_db, {"basisteam": "IJmond", "date": "2027-02-04", "start": "14:00", "end": "15:00",
                   "classification": "openbaar"},
    )  # fmt: skip
    (page,) = pdf_pages(build_minutes_pdf(fresh_db, meeting.id, tmp_path / "leeg.pdf"))
    text = flat(page)
    assert "Basisteamdriehoek IJmond" in text
    assert "Er is geen presentielijst vastgelegd." in text
    assert "De agenda is leeg." in text
    assert "In deze vergadering zijn geen besluiten genomen." in text
    assert "Openbaar" in text and "VERTROUWELIJK" not in text
    assert "Pagina 1 van 1" in text
