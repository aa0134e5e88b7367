"""The one shared A4 document template and the atomic writer every PDF builder uses."""

import datetime as dt
import functools
import io
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.doctemplate import LayoutError

from driehoek_app import APP_NAME, __version__
from driehoek_app.core.dutch import dutch_date
from driehoek_app.core.errors import ExportError
from driehoek_app.core.os_errors import os_reason
from driehoek_app.core.pdf.canvas import (
    BOTTOM_MARGIN,
    LEFT_MARGIN,
    RIGHT_MARGIN,
    TOP_MARGIN,
    Classification,
    NumberedCanvas,
    PageDecoration,
)
from driehoek_app.core.pdf.fonts import REGULAR, register_fonts

LANGUAGE = "nl-NL"


@dataclass(frozen=True)
class DocumentInfo:
    """Metadata and page furniture of one document."""

    title: str
    author: str
    subject: str
    body_name: str
    meeting_date: dt.date | None
    classification: Classification
    watermark: str | None = None
    concept: bool = False

    def decoration(self) -> PageDecoration:
        """Return what the canvas draws around every page of this document."""
        date_text = dutch_date(self.meeting_date) if self.meeting_date else ""
        return PageDecoration(
            body_name=self.body_name,
            meeting_date=date_text,
            classification=self.classification,
            watermark=self.watermark,
            concept=self.concept,
        )


class DriehoekDocTemplate(BaseDocTemplate):
    """An A4 document with Dutch metadata and one full-width text frame per page."""

    def __init__(self, target: str | BinaryIO, info: DocumentInfo) -> None:
        """Prepare the template for writing to target (a file name or a binary file)."""
        register_fonts()
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=LEFT_MARGIN,
            rightMargin=RIGHT_MARGIN,
            topMargin=TOP_MARGIN,
            bottomMargin=BOTTOM_MARGIN,
            title=info.title,
            author=info.author,
            subject=info.subject,
            creator=f"{APP_NAME} {__version__}",
            lang=LANGUAGE,
            displayDocTitle=True,
            initialFontName=REGULAR,
        )
        self.info = info
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="tekst",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="normaal", frames=[frame], onPage=_draw_background)])

    def build_story(self, flowables: Sequence[Flowable]) -> None:
        """Lay out the flowables (a copy: the caller's list stays intact) and write the PDF."""
        canvasmaker = functools.partial(NumberedCanvas, decoration=self.info.decoration())
        self.build(list(flowables), canvasmaker=canvasmaker)


def _draw_background(canvas: NumberedCanvas, _doc: BaseDocTemplate) -> None:
    """Page callback: draw the watermark before the content, so the content stays on top."""
    canvas.draw_background()


def _fsync_folder(folder: Path) -> None:
    """Make a rename in folder durable (POSIX only; Windows has no directory handles)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def pdf_bytes(
    flowables: Sequence[Flowable], info: DocumentInfo, *, password: str | None = None
) -> bytes:
    """Lay out the document in memory; with a password, encrypt it (AES-256, see encryption)."""
    buffer = io.BytesIO()
    try:
        DriehoekDocTemplate(buffer, info).build_story(flowables)
    except LayoutError as exc:
        raise ExportError(
            f"Het PDF-document '{info.title}' kan niet worden opgemaakt: een onderdeel past niet "
            f"op een pagina ({exc})."
        ) from exc
    data = buffer.getvalue()
    if password is not None:
        from driehoek_app.core.pdf.encryption import encrypt_pdf

        data = encrypt_pdf(data, password)
    return data


def _check_target(target: Path) -> None:
    """Refuse a target whose folder is missing or that is itself a folder, in Dutch."""
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(f"De map {folder} bestaat niet; het PDF-bestand is niet gemaakt.")
    if target.is_dir():
        raise ExportError(f"{target} is een map; kies een bestandsnaam voor het PDF-bestand.")


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write bytes to path atomically: a temp file in the same folder, fsync, then a rename."""
    target = Path(path)
    _check_target(target)
    folder = target.parent
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ExportError(
            f"In de map {folder} kan niet worden geschreven ({os_reason(exc)}); "
            "kies een andere map."
        ) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except PermissionError as exc:
        raise ExportError(
            f"Het bestand {target} kan niet worden overschreven; "
            "sluit het als het nog in een ander programma geopend is."
        ) from exc
    except OSError as exc:
        raise ExportError(
            f"Het PDF-bestand {target} kan niet worden geschreven ({os_reason(exc)})."
        ) from exc
    finally:
        temp.unlink(missing_ok=True)
    _fsync_folder(folder)
    return target


def render_pdf(
    path: str | os.PathLike[str],
    flowables: Sequence[Flowable],
    info: DocumentInfo,
    *,
    password: str | None = None,
) -> Path:
    """Lay out the document and write it to path atomically (encrypted when a password is given).

    The whole PDF is made in memory first, so an unencrypted copy of a protected document never
    reaches the disk and a failed layout leaves an existing file untouched.
    """
    target = Path(path)
    _check_target(target)
    return write_atomically(target, pdf_bytes(flowables, info, password=password))
