"""The Jaarrapportage PDF, read back as a reader would, and the data behind its charts."""

import datetime as dt
import io

import pytest
from ondermijning_example import build_example
from pypdf import PdfReader

from driehoek_app.core.attention import ThemeAttention
from driehoek_app.core.monitoring import SeriesPoint
from driehoek_app.core.pdf.annual_data import gather_annual_report
from driehoek_app.core.pdf.annual_report import (
    annual_report_pdf_bytes,
    build_annual_report,
    percent_text,
    target_text,
)
from driehoek_app.core.pdf.canvas import Classification
from driehoek_app.core.pdf.charts import (
    Axis,
    attention_chart,
    attention_chart_data,
    nice_axis,
    target_chart,
    target_chart_data,
)

MADE_ON = dt.date(2027, 1, 15)


@pytest.fixture(scope="module")
def example_db(tmp_path_factory):
    """The fictional example year, built once for this module."""
    from driehoek_app.core.db import open_database

    db = open_database(tmp_path_factory.mktemp("jaar") / "voorbeeld.sqlite3")
    build_example(db)
    yield db
    db.close()


def _pages(data: bytes) -> list[str]:
    """Return the text of every page, with no-break spaces as plain spaces."""
    reader = PdfReader(io.BytesIO(data))
    return [page.extract_text().replace("\u00a0", " ") for page in reader.pages]


@pytest.fixture(scope="module")
def haarlem(example_db):
    """The Haarlem report of 2026 as data and as page texts."""
    data = gather_annual_report(example_db, 2026, "Haarlem", made_on=MADE_ON)
    return data, _pages(annual_report_pdf_bytes(data))


def test_the_figures_of_the_report_are_the_meeting_figures(haarlem):
    data, _ = haarlem
    ondermijning = data.themes[0].attention
    assert (ondermijning.meetings, ondermijning.items, ondermijning.planned_minutes,
            ondermijning.decisions) == (5, 6, 140, 6)  # fmt: skip
    assert (ondermijning.actions_open, ondermijning.actions_done,
            ondermijning.actions_dropped) == (2, 3, 0)  # fmt: skip
    assert (data.total.items, data.total.planned_minutes, data.total.decisions) == (13, 235, 8)
    assert len(data.themes[0].decisions) == 5 and data.themes[0].withheld_decisions == 1
    assert [t.kind for t in data.result_totals] == [
        "pand gesloten", "vergunning geweigerd", "aanhouding", "beslag", "fiscale naheffing",
        "preventieve activiteit"]  # fmt: skip
    assert sum(t.amount_cents or 0 for t in data.result_totals) == 17_465_000


def test_every_page_has_numbering_header_and_classification(haarlem):
    _, pages = haarlem
    assert len(pages) >= 4
    for number, text in enumerate(pages, start=1):
        assert f"Pagina {number} van {len(pages)}" in text
        assert "Jaarrapportage 2026 · Basisteam Haarlem" in text
        assert "Vertrouwelijk" in text and "VERTROUWELIJK" in text


def test_the_headings_and_figures_are_in_the_pdf(haarlem):
    _, pages = haarlem
    text = "\n".join(pages)
    for heading in ("Jaarrapportage 2026", "1. Aandacht per IMV-thema", "2. Besluiten per thema",
                    "2.1 Aanpak van criminaliteit met een ondermijnend effect op de samenleving",
                    "3. Ondermijning: beelden, signalen, interventies en resultaten",
                    "3.1 Ondermijningsbeeld Haarlem 2026",
                    "4. Veiligheidsagenda: streefcijfers en realisaties"):  # fmt: skip
        assert heading in text, heading
    assert "Ondermijning\n5\n6\n140\n6\n2\n3\n0" in text
    assert "Alle agendapunten\n5\n13\n235\n8\n3\n4\n1" in text
    assert "€ 174.650,00" in text and "€ 48.250,00" in text
    assert "3 × pand gesloten" in text
    assert "Waar: Schalkwijk, Delftwijk · sector:\nwoningcorporaties" in text
    assert "Ten opzichte van 2025: 2 nieuw, 2 gegroeid, 1 ongewijzigd, 1 verdwenen." in text
    assert "Outlaw Motorcycle Gangs (OMG's)" in text
    assert "OM-verdachten van mensenhandel\nMensenhandel\ngeen (laatst 18 in\n2022)\n21" in text
    assert "Executie\n10 dossiers\n(doorlopend)\n9 dossiers\n90%" in text


def test_user_text_prints_exactly_and_confidential_decisions_stay_out(example_db, haarlem):
    _, pages = haarlem
    text = "\n".join(pages)
    assert "HLM-2026-001" in text and "HLM-2026-004" in text
    assert "(‘Tom & Jerry’-clausule <art. 3>)" in text
    assert "Vertrouwelijk besluit over een persoonsgerichte aanpak." not in text
    assert "1 besluit bij een vertrouwelijk agendapunt staat niet in deze lijst." in text
    full = gather_annual_report(example_db, 2026, "Haarlem", include_confidential=True)
    assert "Vertrouwelijk besluit over een persoonsgerichte aanpak." in "\n".join(
        _pages(annual_report_pdf_bytes(full)))  # fmt: skip


def test_the_unit_report_covers_every_basisteam(example_db, tmp_path):
    path = build_annual_report(example_db, 2026, tmp_path / "eenheid.pdf",
                               classification="intern")  # fmt: skip
    reader = PdfReader(path)
    text = "\n".join(page.extract_text().replace("\u00a0", " ") for page in reader.pages)
    assert reader.metadata.title == "Jaarrapportage 2026 Eenheid Noord-Holland"
    assert reader.trailer["/Root"]["/Lang"] == "nl-NL"
    assert "Agendapunten per basisteam en thema" in text
    assert "Haarlemmermeer\n0\n0\n0\n0\n0" in text and "Haarlem\n6\n4\n2\n3\n15" in text
    assert "ZST-2026-001" in text and "HLM-2026-008" in text
    assert "Ondermijningsbeeld Haarlem 2026" in text and "Ondermijningsbeeld Zaanstad 2026" in text
    assert "Geen ondermijningsbeeld voor 2026 vastgelegd voor deze basisteams: Den Helder" in text
    assert "€ 186.650,00" in text
    assert "Fenomenen in de beelden" in text and "Maritieme smokkel\n1\n4\n4,0\n1\n0" in text
    assert "strafrechtelijk\n0\n1\n1\n0\n2" in text
    assert "Intern" in text and "VERTROUWELIJK" not in text


def test_an_empty_year_still_makes_a_readable_report(fresh_db):
    data = gather_annual_report(fresh_db, 2030, made_on=MADE_ON)
    text = "\n".join(_pages(annual_report_pdf_bytes(data, Classification.OPENBAAR)))
    assert "Dit thema stond dit jaar niet op de agenda." in text
    assert "Er zijn dit jaar geen resultaten van interventies vastgelegd." in text
    assert "Openbaar" in text and "Pagina 1 van" in text


def test_nice_axes_hold_the_largest_value_in_round_steps():
    assert nice_axis(17) == Axis(20, 5)
    assert nice_axis(81) == Axis(100, 20)
    assert nice_axis(61.3) == Axis(70, 10) or nice_axis(61.3).maximum >= 61.3
    assert nice_axis(0) == Axis(5.0, 1.0)
    assert nice_axis(6) == Axis(6, 2) or nice_axis(6).maximum >= 6


def test_target_chart_data_keeps_missing_values_missing():
    points = [SeriesPoint(2021, 16.0, 15.0), SeriesPoint(2022, 18.0, None),
              SeriesPoint(2023, None, 21.0)]  # fmt: skip
    data = target_chart_data("OM-verdachten", "aantal", points)
    assert data.categories == ("2021", "2022", "2023")
    assert data.realised == (15.0, None, 21.0)
    assert data.target == (16.0, 18.0, None)
    assert data.axis.maximum >= 21 and data.axis.maximum % data.axis.step == 0
    drawing = target_chart(data, 220)
    assert drawing.width == 220


def test_attention_chart_data_has_three_series_per_theme():
    rows = [ThemeAttention("ondermijning", "Ondermijning", 5, 6, 140, 6, 2, 3, 0),
            ThemeAttention("cybercrime", "Cybercrime", 3, 3, 60, 2, 1, 1, 0)]  # fmt: skip
    data = attention_chart_data(rows)
    assert data.categories == ("Ondermijning", "Cybercrime")
    assert data.series == (("Agendapunten", (6, 3)), ("Besluiten", (6, 2)),
                           ("Acties", (5, 2)))  # fmt: skip
    assert data.axis == Axis(6, 2) or data.axis.maximum >= 6
    assert attention_chart(data, 400).height > 0


def test_target_cells_say_when_a_target_is_standing_or_missing(haarlem):
    data, _ = haarlem
    texts = {s.progress.key.indicator + s.progress.key.category: target_text(s)
             for s in data.targets}  # fmt: skip
    assert texts["aangepakte-csvs"] == "geen (laatst 70 in 2019)"
    assert texts["regeerakkoord-fte"] == "61,3 fte (doorlopend)"
    assert percent_text(0.954) == "95%" and percent_text(None) == "–"
