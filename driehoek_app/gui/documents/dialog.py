"""The document dialog: a preview of the agenda or the verslag, save as and print.

The meeting is read on the GUI thread (the database is used from one thread only); the PDF
is rendered on a worker thread and shown from memory, so no unprotected copy of a
confidential document lands in a temporary file.
"""

from collections.abc import Callable
from functools import partial
from typing import Literal

import sqlite_utils
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from driehoek_app.core.dutch import dutch_date
from driehoek_app.core.errors import DriehoekError
from driehoek_app.core.pdf.agenda import agenda_pdf_bytes
from driehoek_app.core.pdf.encryption import encrypt_pdf
from driehoek_app.core.pdf.meeting_data import MeetingDocument, gather_meeting
from driehoek_app.core.pdf.minutes import minutes_pdf_bytes
from driehoek_app.gui import dialogs
from driehoek_app.gui.documents.password_box import PasswordBox
from driehoek_app.gui.documents.preview import PdfPreviewDialog, open_preview, safe_file_name
from driehoek_app.gui.i18n import t

DocumentKind = Literal["agenda", "minutes"]


def suggested_file_name(kind: DocumentKind, doc: MeetingDocument) -> str:
    """Return a file name such as 'Verslag Basisteamdriehoek Haarlem 2026-12-03 concept.pdf'."""
    word = "Agenda" if kind == "agenda" else "Verslag"
    suffix = " concept" if kind == "minutes" and doc.is_concept else ""
    return safe_file_name(f"{word} {doc.body_name} {doc.date.isoformat()}{suffix}.pdf")


class DocumentDialog(PdfPreviewDialog):
    """Shows one meeting's agenda or verslag as it will print, with save and print buttons."""

    def __init__(
        self,
        parent: QWidget | None,
        db: sqlite_utils.Database,
        meeting_id: int,
        kind: DocumentKind,
    ) -> None:
        """Build the dialog; call refresh() to gather the meeting and start rendering."""
        super().__init__(parent)
        self.db = db
        self.meeting_id = meeting_id
        self.kind: DocumentKind = kind
        self.doc: MeetingDocument | None = None

        self.confidential = QCheckBox(t("Include &confidential agenda items"))
        self.confidential.setAccessibleName(t("Include confidential agenda items"))
        self.confidential.setToolTip(
            t("Confidential items (casuïstiek) are left out unless you tick this box")
        )
        self.confidential.toggled.connect(lambda _checked: self.refresh())
        self.password = PasswordBox()
        self.password.setVisible(kind == "minutes")

        self.save_button = QPushButton(t("&Save as..."))
        self.save_button.setAccessibleName(t("Save as"))
        self.print_button = QPushButton(t("&Print..."))
        self.print_button.setAccessibleName(t("Print"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(close.text().replace("&", ""))
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.confidential)
        top.addStretch(1)
        self._arrange(top, buttons, [self.password])

    def _title(self, doc: MeetingDocument) -> str:
        """Return the window title, e.g. 'Verslag – Basisteamdriehoek Haarlem, 3 december 2026'."""
        meeting = f"{doc.body_name}, {dutch_date(doc.date, weekday=False)}"
        if self.kind == "agenda":
            return t("Agenda – {meeting}").format(meeting=meeting)
        return t("Minutes – {meeting}").format(meeting=meeting)

    def _prepare(self) -> Callable[[], bytes]:
        """Gather the meeting now (GUI thread); return its agenda or verslag render."""
        include = self.confidential.isChecked()
        doc = gather_meeting(self.db, self.meeting_id, include_confidential=include)
        self.doc = doc
        self.setWindowTitle(self._title(doc))
        render = agenda_pdf_bytes if self.kind == "agenda" else minutes_pdf_bytes
        return partial(render, doc)

    def _file_name(self) -> str:
        """Return the suggested file name of the agenda or verslag."""
        assert self.doc is not None  # set before the first render starts
        return suggested_file_name(self.kind, self.doc)

    def _ready(self) -> bool:
        """Tell whether a finished PDF of a gathered meeting is shown."""
        return super()._ready() and self.doc is not None

    def _summary(self) -> str:
        """Return the status line under a finished preview: pages and left-out items."""
        text = super()._summary()
        if self.doc and self.doc.withheld_items:
            numbers = ", ".join(str(item.number) for item in self.doc.withheld_items)
            text += " · " + t("Content of confidential items {numbers} left out").format(
                numbers=numbers
            )
        return text

    def save_as(self) -> None:
        """Save the previewed PDF atomically; the verslag optionally with a password."""
        if not self._ready():
            return
        try:
            password = self.password.chosen_password() if self.kind == "minutes" else None
        except DriehoekError as error:
            dialogs.show_error(self, error.message)
            self.password.password.setFocus()
            return
        if password is None:
            super().save_as()
            return
        written = self._save(lambda data: encrypt_pdf(data, password))
        if written is not None:
            self.status.setText(
                t("Saved as {path}, protected with the password").format(path=written)
            )


def show_document_dialog(
    parent: QWidget | None, db: sqlite_utils.Database, meeting_id: int, kind: DocumentKind
) -> None:
    """Open the preview of a meeting's agenda or verslag; rendering runs in the background."""
    open_preview(parent, DocumentDialog(parent, db, meeting_id, kind))
