"""Generated Dutch sentences agree in number: one item, two items, an enumeration of three."""

import pytest
from pdf_meeting import flat, pdf_pages

from driehoek_app.core.meeting_exchange import import_meeting
from driehoek_app.core.pdf.agenda import build_agenda_pdf
from driehoek_app.core.pdf.minutes import build_minutes_pdf
from driehoek_app.core.pdf.wording import confidential_items, counted, enumeration


def test_enumerations_use_commas_and_en():
    assert enumeration([]) == ""
    assert enumeration([4]) == "4"
    assert enumeration([4, 11]) == "4 en 11"
    assert enumeration([4, 7, 11]) == "4, 7 en 11"


def test_counted_nouns_agree():
    assert counted(1, "minuut", "minuten") == "1 minuut"
    assert counted(0, "minuut", "minuten") == "0 minuten"
    assert counted(5, "minuut", "minuten") == "5 minuten"


def test_confidential_items_take_article_and_inflection():
    assert confidential_items([3]) == "het vertrouwelijke agendapunt 3"
    assert confidential_items([4, 11]) == "de vertrouwelijke agendapunten 4 en 11"
    assert confidential_items([4, 7, 11]) == "de vertrouwelijke agendapunten 4, 7 en 11"


def _meeting(confidential: set[int], minutes: int = 10) -> dict:
    """A fictional IJmond meeting of five items, some of them confidential."""
    return {
        "basisteam": "IJmond", "date": "2027-03-04", "start": "10:00", "end": "10:30",
        "classification": "intern",
        "items": [
            {"title": f"Punt {n}", "duration_min": minutes, "confidential": n in confidential,
             "minutes": f"Besproken punt {n}.", "decisions": [f"Besluit bij punt {n}."]}
            for n in range(1, 6)
        ],
    }  # fmt: skip


@pytest.mark.parametrize(
    ("confidential", "items"),
    [({3}, "het vertrouwelijke agendapunt 3"),
     ({2, 4}, "de vertrouwelijke agendapunten 2 en 4"),
     ({2, 4, 5}, "de vertrouwelijke agendapunten 2, 4 en 5")],
)  # fmt: skip
def test_the_verslag_names_withheld_items_grammatically(fresh_db, tmp_path, confidential, items):
    meeting = import_meeting(fresh_db, _meeting(confidential))
    text = flat(" ".join(pdf_pages(build_minutes_pdf(fresh_db, meeting.id, tmp_path / "v.pdf"))))
    assert f"Besluiten bij {items} staan niet in deze lijst." in text
    assert f"Verslag, besluiten en acties bij {items} staan niet in dit verslag." in text
    assert "vertrouwelijk agendapunt" not in text


def test_the_agenda_counts_one_minuut(fresh_db, tmp_path):
    data = _meeting(set(), minutes=6)
    data["items"][0]["duration_min"] = 1
    meeting = import_meeting(fresh_db, data)
    text = flat(" ".join(pdf_pages(build_agenda_pdf(fresh_db, meeting.id, tmp_path / "a.pdf"))))
    assert "Geplande tijd 25 minuten; de vergadering duurt 30 minuten." in text
    data = _meeting(set(), minutes=6)
    data["date"], data["items"][0]["duration_min"] = "2027-03-11", 7
    meeting = import_meeting(fresh_db, data)
    text = flat(" ".join(pdf_pages(build_agenda_pdf(fresh_db, meeting.id, tmp_path / "b.pdf"))))
    assert "Geplande tijd 31 minuten; de vergadering duurt 30 minuten (1 minuut te veel)." in text
