"""Benchmark: rendering the verslag of a 40-item and a 150-item meeting, next to bare ReportLab.

A plain script, not part of the test run:

    .venv/bin/python benchmarks/bench_pdf.py [--runs 5]

It builds two fictional meetings in a temporary database, then times (median of --runs):
gathering the meeting from the database, rendering our verslag (the shared template:
DejaVu fonts, header and footer with 'Pagina X van Y', watermark, concept mark, tables), and
ReportLab rendering the same texts bare (SimpleDocTemplate, Paragraphs, default styles).
Both renders run in the same process, interleaved, so the ratio compares like with like.
"""

import argparse
import io
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from driehoek_app.core.db import open_database
from driehoek_app.core.meeting_exchange import import_meeting
from driehoek_app.core.pdf.meeting_data import MeetingDocument, gather_meeting
from driehoek_app.core.pdf.minutes import minutes_pdf_bytes

SIZES = (40, 150)
SUBJECTS = (
    "het ondermijningsbeeld van de wijk", "de aanpak van drugshandel rond het station",
    "meldingen over verward gedrag", "de inzet van cameratoezicht", "de Bibob-procedure",
    "de capaciteit van de basisteams", "signalen van mensenhandel", "jeugdoverlast in het park",
    "de samenwerking met het RIEC", "cybercrime bij ondernemers", "het woonoverlastteam",
)  # fmt: skip
VERBS = (
    "licht toe", "meldt", "stelt voor", "benadrukt", "vraagt aandacht voor", "vat samen",
)  # fmt: skip
ROLES = ("De teamchef", "De burgemeester", "De officier van justitie", "De secretaris")
THEMES = ("ondermijning", "zorg-en-veiligheid", "contraterrorisme", "cybercrime")


def _sentence(rng: random.Random) -> str:
    """Return one fictional sentence of minutes."""
    day, amount = rng.randint(1, 28), rng.randint(1, 90)
    return (
        f"{rng.choice(ROLES)} {rng.choice(VERBS)}: {rng.choice(SUBJECTS)}; "
        f"afspraak over {rng.choice(SUBJECTS)} vóór {day} maart (€ {amount}k)."
    )


def meeting_file(items: int, seed: int) -> dict:
    """Return a fictional meeting file with the given number of agenda items."""
    rng = random.Random(seed)
    agenda = []
    for n in range(1, items + 1):
        lines = [_sentence(rng) for _ in range(rng.randint(4, 14))]
        agenda.append({
            "title": f"Agendapunt {n}: {rng.choice(SUBJECTS)}",
            "presenter": rng.choice(ROLES).split()[1],
            "duration_min": rng.choice((5, 10, 15)),
            "themes": [rng.choice(THEMES)],
            "confidential": n % 17 == 0,
            "minutes": "\n".join(lines),
            "decisions": [_sentence(rng) for _ in range(rng.randint(0, 2))],
            "actions": [
                {"text": _sentence(rng), "owner": rng.choice(ROLES).split()[1],
                 "due": f"2027-0{rng.randint(1, 9)}-{rng.randint(10, 28)}"}
                for _ in range(rng.randint(0, 2))
            ],
        })  # fmt: skip
    return {
        "basisteam": "Haarlem", "date": f"2026-12-{1 + seed % 27:02d}", "start": "09:00",
        "end": "17:00", "location": "Stadhuis", "classification": "vertrouwelijk",
        "attendees": [
            {"name": "A. de Vries", "role": "burgemeester", "organisation": "Gemeente Haarlem"},
            {"name": "B. Jansen", "role": "officier van justitie", "organisation": "OM"},
            {"name": "C. Bakker", "role": "teamchef", "organisation": "Politie"},
            {"name": "D. Visser", "role": "secretaris", "organisation": "Gemeente Haarlem"},
        ],
        "chair": "A. de Vries", "items": agenda,
    }  # fmt: skip


def bare_pdf(doc: MeetingDocument) -> bytes:
    """Render the same texts with ReportLab alone: SimpleDocTemplate, Paragraphs, sample styles."""
    styles = getSampleStyleSheet()
    story = []

    def add(text: str, style: str = "Normal") -> None:
        """Append one escaped paragraph (newlines as line breaks)."""
        story.append(Paragraph(escape(text).replace("\n", "<br/>"), styles[style]))

    add(f"Verslag {doc.body_name}", "Title")
    for person in doc.participants:
        add(f"{person.name}, {person.role} ({person.organisation}): {person.status}")
    for item in doc.items:
        add(f"{item.number}. {item.title}", "Heading2")
        add(item.minutes or "Dit agendapunt is besproken en niet genotuleerd (vertrouwelijk).")
        for decision in item.decisions:
            add(f"{decision.number}: {decision.text}")
        for action in item.actions:
            add(f"{action.text} {action.owner} {action.due_date}")
    add("Besluitenlijst", "Heading1")
    for decision in doc.decisions:
        add(f"{decision.number}: {decision.text}")
    add("Actielijst", "Heading1")
    for action in doc.new_actions + doc.carried_actions:
        add(f"{action.text} {action.owner} {action.due_date}")
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def median_seconds(work: Callable[[], object], runs: int) -> tuple[float, object]:
    """Run work runs times; return the median duration and the last result."""
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def pages(data: bytes) -> int:
    """Return the page count of a PDF held in memory."""
    return len(PdfReader(io.BytesIO(data)).pages)


def main() -> int:
    """Build the meetings, time both renderings and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement (median)")
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory(prefix="driehoek-bench-") as folder:
        db = open_database(Path(folder) / "bench.sqlite3")
        ids = {size: import_meeting(db, meeting_file(size, seed=size)).id for size in SIZES}
        minutes_pdf_bytes(gather_meeting(db, ids[SIZES[0]]))  # warm up fonts and imports
        print(f"Verslag renderen, mediaan van {runs} runs (Python {sys.version.split()[0]})")
        header = (
            f"{'punten':>6} {'verzamelen':>11} {'verslag':>9} {'pag.':>5} "
            f"{'kaal':>8} {'pag.':>5} {'verhouding':>10}"
        )
        print(header)
        for size in SIZES:
            gather_s, doc = median_seconds(lambda s=size: gather_meeting(db, ids[s]), runs)
            ours, bare, ours_pdf, bare_pdf_data = [], [], b"", b""
            for _ in range(runs):  # interleaved, so both see the same machine load
                start = time.perf_counter()
                ours_pdf = minutes_pdf_bytes(doc)
                ours.append(time.perf_counter() - start)
                start = time.perf_counter()
                bare_pdf_data = bare_pdf(doc)
                bare.append(time.perf_counter() - start)
            ours_s, bare_s = statistics.median(ours), statistics.median(bare)
            print(
                f"{size:>6} {gather_s * 1000:>9.0f}ms {ours_s * 1000:>7.0f}ms "
                f"{pages(ours_pdf):>5} {bare_s * 1000:>6.0f}ms {pages(bare_pdf_data):>5} "
                f"{ours_s / bare_s:>9.2f}x"
            )
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
