"""The beeld itself: title, summary, peildatum, made with whom, classification; or delete it."""

import sqlite_utils
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from driehoek_app.core.ondermijningsbeeld import (
    beeld_content_counts,
    delete_beeld,
    find_beeld,
    get_or_create_beeld,
    update_beeld,
)
from driehoek_app.gui import dialogs
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.meetings.dialogs.labels import classification_labels
from driehoek_app.gui.ondermijning import forms

DELETED = 2  # dialog result: the beeld was deleted


class BeeldDialog(QDialog):
    """Shows and changes the description of the beeld of a basisteam for a year."""

    def __init__(
        self, db: sqlite_utils.Database, basisteam: str, year: int, parent: QWidget | None = None
    ) -> None:
        """Build the form (the beeld is made on saving when there is none yet)."""
        super().__init__(parent)
        self.db = db
        self.basisteam = basisteam
        self.year = year
        self.setWindowTitle(
            t("Ondermijningsbeeld {basisteam} {year}").format(basisteam=basisteam, year=year)
        )
        common.set_width(self, 80)
        self.beeld = find_beeld(db, basisteam, year)
        beeld = self.beeld
        self.title = forms.line(
            t("Title of the beeld"),
            beeld.title if beeld else "",
            t("Ondermijningsbeeld {basisteam} {year}").format(basisteam=basisteam, year=year),
        )
        self.summary = forms.text_box(
            t("Summary of the beeld"), beeld.summary if beeld else "", lines=6,
            placeholder=t("The main points of the beeld, in your own words"),
        )  # fmt: skip
        self.peildatum = forms.optional_date(t("Peildatum"), beeld.peildatum if beeld else None)
        self.made_with = forms.line(
            t("Made with"), beeld.made_with if beeld else "", t("for example RIEC Noord-Holland")
        )
        self.classification = forms.choice_box(t("Classification"), classification_labels())
        common.select_data(self.classification, beeld.classification if beeld else "vertrouwelijk")
        self.buttons = common.dialog_buttons(self, t("&Save"), t("Save"))
        self.delete = common.button(t("&Delete beeld..."), t("Delete beeld"))
        self.buttons.addButton(self.delete, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete.setEnabled(beeld is not None)
        self.delete.clicked.connect(self.delete_beeld)
        form = QFormLayout()
        for text, field in (
            (t("&Title:"), self.title),
            (t("S&ummary:"), self.summary),
            (t("&Peildatum:"), self.peildatum),
            (t("&Made with:"), self.made_with),
            (t("&Classification:"), self.classification),
        ):
            form.addRow(common.buddy_label(text, field), field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.title.setFocus()

    def fields(self) -> dict:
        """Return the description as core fields."""
        return {
            "title": self.title.text().strip(),
            "summary": self.summary.toPlainText(),
            "peildatum": forms.date_value(self.peildatum),
            "made_with": self.made_with.text().strip(),
            "classification": self.classification.currentData(),
        }

    def _save(self) -> object:
        """Make the beeld if needed and store its description (one transaction)."""
        with self.db.atomic():
            beeld = get_or_create_beeld(self.db, self.basisteam, self.year)
            return update_beeld(self.db, beeld.id, **self.fields())

    def accept(self) -> None:
        """Store the description; stay open with a Dutch message on a problem."""
        if common.ok(common.attempt(self, self._save)):
            super().accept()

    def delete_beeld(self) -> None:
        """Delete the beeld with everything in it, after a confirmation that says what goes."""
        if self.beeld is None:
            return
        counts = beeld_content_counts(self.db, self.beeld.id)
        question = t(
            "Delete the ondermijningsbeeld {basisteam} {year} with {phenomena} phenomena, "
            "{signals} signals, {interventions} interventions and {documents} documents? "
            "This cannot be undone."
        ).format(
            basisteam=self.basisteam,
            year=self.year,
            phenomena=counts["fenomenen"],
            signals=counts["signalen"],
            interventions=counts["interventies"],
            documents=counts["documenten"],
        )
        if not dialogs.confirm(self, t("Delete beeld"), question, t("&Delete beeld")):
            return
        if common.ok(common.attempt(self, lambda: delete_beeld(self.db, self.beeld.id))):
            self.done(DELETED)


def edit_beeld(
    parent: QWidget | None, db: sqlite_utils.Database, basisteam: str, year: int
) -> bool:
    """Show the beeld's description; return True when it was saved or deleted."""
    return BeeldDialog(db, basisteam, year, parent).exec() != QDialog.DialogCode.Rejected
