"""`driehoek --self-test`: proves an installation works, step by step, and reports by exit code.

Each step that fails returns its own exit code with one Dutch sentence. In a windowed
PyInstaller build sys.stdout and sys.stderr are None, so every message is guarded.
"""

import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from driehoek_app.core.errors import DriehoekError

OK = 0
EXIT_UNEXPECTED = 1
EXIT_QT = 2
EXIT_DATABASE = 3
EXIT_REFERENCE = 4
EXIT_MAIN_WINDOW = 5
EXIT_FONT = 6
EXIT_PDF = 7
EXIT_ENCRYPTION = 8

SELF_TEST_PASSPHRASE = "zelftest paarse olifant danst op maandag"
EXPECTED_THEMES = 4
EXPECTED_BASISTEAMS = 10
EXPECTED_UNIT_TOTAL = Decimal("3494.60")
UNIT_NAME = "Eenheid Noord-Holland"
GLYPH_TEST_TEXT = (
    "Zelftest ĳsselmeer café reünie Łódź Kraków ś Şişli ı Čapek Erdős "
    "αβγδ ΩΣ Москва Київ € 3.494,60 ≤ ≥"
)


class SelfTestFailure(Exception):
    """A self-test step failed: carries the exit code and one Dutch sentence."""

    def __init__(self, code: int, reason: str) -> None:
        """Remember the exit code and the reason."""
        super().__init__(reason)
        self.code = code
        self.reason = reason


@dataclass(frozen=True)
class SelfTestResult:
    """The outcome of the self-test: exit code and a Dutch sentence for the user."""

    code: int
    message: str


def _fail(code: int, detail: str) -> SelfTestFailure:
    """Build a failure whose reason reads 'Zelftest mislukt: <detail>'."""
    return SelfTestFailure(code, f"Zelftest mislukt: {detail}")


def _write(stream: Any, message: str) -> None:
    """Write one line to a stream that may be None (windowed build) or closed."""
    if stream is None:
        return
    with contextlib.suppress(OSError, ValueError):
        stream.write(message + "\n")
        stream.flush()


def _use_offscreen_if_headless() -> None:
    """On Linux without a display, let Qt draw offscreen instead of failing to connect."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _start_qt() -> Any:
    """Return the QApplication made (or reused) by the application factory."""
    _use_offscreen_if_headless()
    try:
        from PySide6.QtWidgets import QApplication
    except ImportError as exc:
        raise _fail(EXIT_QT, f"de Qt-bibliotheken kunnen niet worden geladen ({exc}).") from exc
    try:
        from driehoek_app.gui.app import create_application
    except ImportError as exc:
        raise _fail(EXIT_QT, f"de vensters van de applicatie ontbreken ({exc}).") from exc
    try:
        app = create_application()
    except Exception as exc:
        raise _fail(EXIT_QT, f"de applicatie kan niet worden gestart ({exc}).") from exc
    if not isinstance(app, QApplication):
        raise _fail(EXIT_QT, "de applicatie heeft geen vensteromgeving gekregen.")
    return app


def _check_qt_translation() -> None:
    """Check that Qt's own Dutch catalogue is loaded (standard buttons read 'Annuleren')."""
    from PySide6.QtCore import QCoreApplication

    cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    if cancel != "Annuleren":
        raise _fail(
            EXIT_QT,
            f"de Nederlandse vertaling van Qt ontbreekt (de knop Annuleren heet '{cancel}').",
        )


def _open_database(folder: Path) -> Any:
    """Create, migrate and fill a throw-away database in folder."""
    from driehoek_app.core.db import open_database

    try:
        return open_database(folder / "zelftest.sqlite3")
    except DriehoekError as exc:
        raise _fail(EXIT_DATABASE, exc.message) from exc
    except (OSError, ValueError) as exc:
        raise _fail(EXIT_DATABASE, f"de proefdatabase kan niet worden aangemaakt ({exc}).") from exc


def _check_encryption(folder: Path) -> None:
    """Check that SQLCipher is there: create an encrypted database, close it, reopen it."""
    from driehoek_app.core import reference, sqlite_driver
    from driehoek_app.core.db import open_database
    from driehoek_app.core.file_header import SQLITE_HEADER

    if not sqlite_driver.HAS_SQLCIPHER:
        raise _fail(
            EXIT_ENCRYPTION,
            "versleuteling is niet beschikbaar: het onderdeel sqlcipher3 is niet geïnstalleerd.",
        )
    path = folder / "zelftest-versleuteld.sqlite3"
    try:
        open_database(path, passphrase=SELF_TEST_PASSPHRASE).close()
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
        db = open_database(path, passphrase=SELF_TEST_PASSPHRASE)
        try:
            themes = len(reference.themes(db))
        finally:
            db.close()
    except DriehoekError as exc:
        raise _fail(EXIT_ENCRYPTION, f"de versleutelde proefdatabase: {exc.message}") from exc
    if header == SQLITE_HEADER or themes != EXPECTED_THEMES:
        raise _fail(EXIT_ENCRYPTION, "de proefdatabase is niet versleuteld opgeslagen.")
    if sqlite_driver.sqlite_utils_driver().__name__ != "sqlcipher3":  # its errors are caught
        raise _fail(EXIT_ENCRYPTION, "sqlite-utils gebruikt niet de SQLCipher-driver.")


def _check_reference_data(db: Any) -> str:
    """Check the counts and the unit formation total; return a short summary."""
    from driehoek_app.core import reference

    themes = reference.themes(db)
    if len(themes) != EXPECTED_THEMES:
        raise _fail(
            EXIT_REFERENCE,
            f"de referentiegegevens ontbreken ({len(themes)} thema's gevonden, "
            f"{EXPECTED_THEMES} verwacht).",
        )
    teams = reference.basisteams(db)
    if len(teams) != EXPECTED_BASISTEAMS:
        raise _fail(
            EXIT_REFERENCE,
            f"de referentiegegevens zijn onvolledig ({len(teams)} basisteams gevonden, "
            f"{EXPECTED_BASISTEAMS} verwacht).",
        )
    for peildatum in (reference.PEILDATUM_2018, reference.PEILDATUM_2022):
        totals = [
            row.totaal
            for row in reference.formation(db, peildatum)
            if row.name == UNIT_NAME and row.totaal is not None
        ]
        found = Decimal(str(totals[0])).quantize(Decimal("0.01")) if totals else None
        if found != EXPECTED_UNIT_TOTAL:
            raise _fail(
                EXIT_REFERENCE,
                f"de formatie van de eenheid op peildatum {peildatum} is {found} "
                f"in plaats van {EXPECTED_UNIT_TOTAL}.",
            )
    return f"{len(themes)} thema's, {len(teams)} basisteams"


@contextlib.contextmanager
def _qt_messages_silenced() -> Iterator[None]:
    """Keep Qt's own warnings (e.g. of the offscreen platform) out of the one-line report."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = qInstallMessageHandler(lambda *_args: None)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def _show_main_window(app: Any, db: Any, folder: Path) -> None:
    """Build the main window (settings in folder), show it, let Qt paint it and close it."""
    try:
        from driehoek_app.gui.main_window import MainWindow
        from driehoek_app.gui.settings import open_settings

        settings = open_settings(folder / "zelftest.ini")
        with _qt_messages_silenced():
            window = MainWindow(db, settings=settings)
            window.show()
            for _ in range(3):
                app.processEvents()
            visible = window.isVisible()
            window.close()
            window.deleteLater()
            app.processEvents()
            del window
        settings.sync()
    except Exception as exc:
        raise _fail(EXIT_MAIN_WINDOW, f"het hoofdvenster kan niet worden geopend ({exc}).") from exc
    if not visible:
        raise _fail(EXIT_MAIN_WINDOW, "het hoofdvenster wordt niet getoond.")


def _check_pdf(folder: Path) -> None:
    """Render one page with the bundled font and check every test character has a glyph."""
    from driehoek_app.core.pdf.fonts import BOLD, REGULAR, missing_glyphs

    try:
        for face in (REGULAR, BOLD):
            missing = missing_glyphs(GLYPH_TEST_TEXT, face)
            if missing:
                raise _fail(
                    EXIT_FONT,
                    f"het lettertype {face} mist tekens ({' '.join(missing)}).",
                )
    except DriehoekError as exc:
        raise _fail(EXIT_FONT, exc.message) from exc
    path = folder / "zelftest.pdf"
    try:
        _render_test_page(path)
        with path.open("rb") as handle:
            header = handle.read(5)
    except DriehoekError as exc:
        raise _fail(EXIT_PDF, exc.message) from exc
    except Exception as exc:
        raise _fail(EXIT_PDF, f"het proef-PDF kan niet worden gemaakt ({exc}).") from exc
    if header != b"%PDF-":
        raise _fail(EXIT_PDF, f"het proef-PDF {path.name} is geen geldig PDF-bestand.")


def _render_test_page(path: Path) -> None:
    """Write a one-page PDF with the test text through the shared document template."""
    import datetime as dt

    from reportlab.platypus import Paragraph

    from driehoek_app.core.pdf import Classification, DocumentInfo, document_styles, render_pdf
    from driehoek_app.core.pdf.text import user_text

    styles = document_styles()
    info = DocumentInfo(
        title="Zelftest driehoek_app",
        author="driehoek_app",
        subject="Zelftest",
        body_name="Zelftest",
        meeting_date=dt.date.today(),
        classification=Classification.OPENBAAR,
    )
    story = [
        Paragraph("Zelftest", styles.title),
        Paragraph(user_text(GLYPH_TEST_TEXT), styles.body),
    ]
    render_pdf(path, story, info)


def check_installation() -> SelfTestResult:
    """Run every self-test step in a temporary folder and return the outcome."""
    folder = Path(tempfile.mkdtemp(prefix="driehoek-zelftest-"))
    db = None
    try:
        app = _start_qt()
        _check_qt_translation()
        db = _open_database(folder)
        summary = _check_reference_data(db)
        _check_encryption(folder)
        _show_main_window(app, db, folder)
        _check_pdf(folder)
    except SelfTestFailure as failure:
        return SelfTestResult(failure.code, failure.reason)
    except Exception as exc:
        return SelfTestResult(EXIT_UNEXPECTED, f"Zelftest mislukt: onverwachte fout ({exc!r}).")
    finally:
        _close_quietly(db)
        shutil.rmtree(folder, ignore_errors=True)
    return SelfTestResult(
        OK,
        f"Zelftest geslaagd: {summary}, formatie {_unit_total_text()} op beide peildatums, "
        "versleuteling, hoofdvenster en PDF in orde.",
    )


def _unit_total_text() -> str:
    """Return the expected unit formation total the Dutch way."""
    from driehoek_app.core.dutch import dutch_decimal

    return dutch_decimal(EXPECTED_UNIT_TOTAL, 2)


def _close_quietly(db: Any) -> None:
    """Close the throw-away database, ignoring errors (it is deleted next)."""
    if db is None:
        return
    with contextlib.suppress(Exception):
        db.close()


def run_self_test() -> int:
    """Run the self-test, print its one-sentence outcome and return the exit code."""
    result = check_installation()
    stream = sys.stdout if result.code == OK else sys.stderr
    _write(stream, result.message)
    return result.code
