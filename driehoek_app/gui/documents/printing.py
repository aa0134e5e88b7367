"""Prints a loaded PDF: the system print dialog, then every page painted as an image."""

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from driehoek_app.core.errors import DriehoekError
from driehoek_app.gui.i18n import t

MAX_DPI = 300  # an A4 page at 1200 dpi would be a 550 MB image; 300 dpi prints text crisply
POINTS_PER_INCH = 72.0


class PrintError(DriehoekError):
    """The printer could not be used."""


def new_printer(document_name: str) -> QPrinter:
    """Return a high-resolution A4 printer whose pages are the whole sheet."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document_name)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)  # the PDF has its own margins: print it at its true size
    return printer


def ask_printer(parent: QWidget | None, printer: QPrinter, page_count: int) -> bool:
    """Show the system print dialog (page range allowed); True when the user prints."""
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setMinMax(1, max(page_count, 1))
    return dialog.exec() == QDialog.DialogCode.Accepted


def page_range(printer: QPrinter, page_count: int) -> range:
    """Return the 0-based page indexes to print: all, or the range chosen in the dialog."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(printer.fromPage(), 1)
        last = min(printer.toPage() or page_count, page_count)
        return range(first - 1, last)
    return range(page_count)


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint the chosen pages of document on printer; return how many pages were printed."""
    pages = page_range(printer, document.pageCount())
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(t("The printer could not be started; choose another printer."))
    try:
        for count, index in enumerate(pages):
            if count:
                printer.newPage()
            _paint_page(painter, printer, document, index, dpi)
    finally:
        painter.end()
    return len(pages)


def _paint_page(
    painter: QPainter, printer: QPrinter, document: QPdfDocument, index: int, dpi: int
) -> None:
    """Render one page to an image at dpi and draw it centred, as large as the sheet allows."""
    points = document.pagePointSize(index)
    size = QSize(
        round(points.width() / POINTS_PER_INCH * dpi),
        round(points.height() / POINTS_PER_INCH * dpi),
    )
    image = document.render(index, size)
    sheet = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
    device_dpi = printer.resolution()
    width = points.width() / POINTS_PER_INCH * device_dpi
    height = points.height() / POINTS_PER_INCH * device_dpi
    scale = min(1.0, sheet.width() / width, sheet.height() / height)
    width, height = width * scale, height * scale
    target = QRectF((sheet.width() - width) / 2, (sheet.height() - height) / 2, width, height)
    painter.drawImage(target, image)
