"""The Jaarrapportage: figures gathered from the database, the PDF rendered in the background.

The figures are read on the GUI thread (the only thread that uses the database); ReportLab
renders them on the shared worker thread of the document previews; the preview is shown
from memory and saved (atomically) or printed from exactly those bytes.
"""

from collections.abc import Callable
from functools import partial

import sqlite_utils
from PySide6.QtWidgets import QCheckBox, QHBoxLayout

from driehoek_app.core.pdf.annual_data import AnnualReportData, gather_annual_report
from driehoek_app.core.pdf.annual_report import annual_report_pdf_bytes
from driehoek_app.core.pdf.canvas import Classification
from driehoek_app.gui.documents.preview import PdfPreviewDialog, open_preview, safe_file_name
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.meetings.dialogs.labels import classification_labels
from driehoek_app.gui.ondermijning import forms


def scope_text(basisteam: str | None) -> str:
    """Return what the report covers: 'basisteam Haarlem' or 'eenheid Noord-Holland'."""
    if basisteam:
        return t("basisteam {basisteam}").format(basisteam=basisteam)
    return t("unit Noord-Holland")


def suggested_file_name(basisteam: str | None, year: int) -> str:
    """Return 'Jaarrapportage Haarlem 2026.pdf' or 'Jaarrapportage Noord-Holland 2026.pdf'."""
    return safe_file_name(f"Jaarrapportage {basisteam or 'Noord-Holland'} {year}.pdf")


class AnnualReportDialog(PdfPreviewDialog):
    """Preview of the Jaarrapportage of a year, for a basisteam or the unit; save and print."""

    def __init__(
        self, db: sqlite_utils.Database, year: int, basisteam: str | None, parent=None
    ) -> None:
        """Build the dialog; call refresh() to gather the figures and start rendering."""
        super().__init__(parent)
        self.db = db
        self.year = year
        self.basisteam = basisteam
        self.data: AnnualReportData | None = None
        self.setWindowTitle(
            t("Jaarrapportage {year} – {scope}").format(year=year, scope=scope_text(basisteam))
        )
        self.classification = forms.choice_box(t("Classification"), classification_labels())
        common.select_data(self.classification, Classification.VERTROUWELIJK.value)
        self.classification.currentIndexChanged.connect(lambda _i: self.refresh())
        self.confidential = QCheckBox(t("List decisions of confidential agenda items"))
        self.confidential.setAccessibleName(t("List decisions of confidential agenda items"))
        self.confidential.setToolTip(
            t("Decisions under confidential items are counted, but only listed when ticked")
        )
        self.confidential.toggled.connect(lambda _checked: self.refresh())
        self.save_button = common.button(t("&Save as..."), t("Save as"))
        self.print_button = common.button(t("&Print..."), t("Print"))
        buttons = common.dialog_buttons(self, close_only=True)
        top = QHBoxLayout()
        top.addWidget(common.buddy_label(t("&Classification:"), self.classification))
        top.addWidget(self.classification)
        top.addWidget(self.confidential)
        top.addStretch(1)
        self._arrange(top, buttons)

    def _prepare(self) -> Callable[[], bytes]:
        """Gather the figures now (GUI thread); return the render of the report."""
        data = gather_annual_report(
            self.db, self.year, self.basisteam,
            include_confidential=self.confidential.isChecked(),
        )  # fmt: skip
        self.data = data
        classification = Classification(self.classification.currentData())
        return partial(annual_report_pdf_bytes, data, classification)

    def _file_name(self) -> str:
        """Return the suggested file name of the report."""
        return suggested_file_name(self.basisteam, self.year)


def show_annual_report(parent, db: sqlite_utils.Database, year: int, basisteam: str | None) -> None:
    """Open the Jaarrapportage preview; rendering runs in the background."""
    open_preview(parent, AnnualReportDialog(db, year, basisteam, parent))
