"""Record a signal or change it: date, source, phenomenon, description and the triage decision."""

from collections.abc import Callable

import sqlite_utils
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QFormLayout, QGroupBox, QVBoxLayout, QWidget

from driehoek_app.core.ondermijningsbeeld import Beeld
from driehoek_app.core.phenomena import list_phenomena
from driehoek_app.core.signals import SOURCE_SUGGESTIONS, add_signal, get_signal, update_signal
from driehoek_app.gui import dialogs
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.ondermijning import forms, labels


class SignalDialog(QDialog):
    """The form of one signal with its triage (gezamenlijk wegen: which partner acts, how)."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        beeld: Callable[[], Beeld],
        signal_id: int | None = None,
        year: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Build the form, filled with the signal's values when signal_id is given."""
        super().__init__(parent)
        self.db = db
        self.beeld = beeld
        self.signal_id = signal_id
        self.setWindowTitle(t("New signal") if signal_id is None else t("Edit signal"))
        common.set_width(self, 80)
        today = QDate.currentDate()
        start = today if year in (None, today.year()) else QDate(year, 1, 1)
        self.date = common.date_edit(t("Date of the signal"), start.toString(forms.ISO_DATE))
        self.source = common.combo(t("Source"))
        self.source.setEditable(True)
        self.source.addItems(SOURCE_SUGGESTIONS)
        self.source.setCurrentText("")
        self.source.lineEdit().setAccessibleName(t("Source"))
        self.source.lineEdit().setPlaceholderText(t("Where the signal comes from"))
        self.phenomenon = common.combo(t("Phenomenon"))
        self.phenomenon.addItem(t("no phenomenon yet"), None)
        for phenomenon in list_phenomena(db):
            self.phenomenon.addItem(phenomenon.label, phenomenon.code)
        self.description = forms.text_box(
            t("Description of the signal"), lines=3, placeholder=t("What was noticed, in short")
        )
        self.triage = forms.choice_box(t("Triage"), labels.triage_statuses())
        self.partner = forms.choice_box(t("Acting partner"), labels.partners(), t("none"))
        self.partner_other = forms.line(
            t("Name of the other partner"),
            placeholder=t("for example Nederlandse Arbeidsinspectie"),
        )
        self.how = forms.text_box(
            t("How the partner acts"),
            lines=2,
            placeholder=t("for example closure under article 13b"),
        )
        self.triage_date = forms.optional_date(t("Date of the triage"))
        self.buttons = common.dialog_buttons(self, t("&Save"), t("Save"))
        self._layout()
        if signal_id is not None:
            self._fill()
        self.triage.currentIndexChanged.connect(self._triage_changed)
        self.partner.currentIndexChanged.connect(self._partner_changed)
        self._enable()
        self.date.setFocus()

    def _layout(self) -> None:
        """Place the signal fields and, in a group, the triage fields."""
        form = QFormLayout()
        for text, field in (
            (t("&Date:"), self.date),
            (t("&Source:"), self.source),
            (t("&Phenomenon:"), self.phenomenon),
            (t("D&escription:"), self.description),
        ):
            form.addRow(common.buddy_label(text, field), field)
        group = QGroupBox(t("Triage: weighed together, who acts"))
        triage = QFormLayout(group)
        for text, field in (
            (t("&Outcome:"), self.triage),
            (t("&Partner:"), self.partner),
            (t("&Name of the partner:"), self.partner_other),
            (t("&How:"), self.how),
            (t("Date of the &triage:"), self.triage_date),
        ):
            triage.addRow(common.buddy_label(text, field), field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(group)
        layout.addWidget(self.buttons)

    def _fill(self) -> None:
        """Show the stored signal."""
        signal = get_signal(self.db, self.signal_id)
        self.date.setDate(common.to_qdate(signal.date))
        self.source.setCurrentText(signal.source)
        common.select_data(self.phenomenon, signal.phenomenon_code)
        self.description.setPlainText(signal.description)
        common.select_data(self.triage, signal.triage)
        common.select_data(self.partner, signal.partner)
        self.partner_other.setText(signal.partner_other)
        self.how.setPlainText(signal.triage_how)
        if signal.triage_date:
            self.triage_date.setDate(common.to_qdate(signal.triage_date))

    def _triage_changed(self) -> None:
        """'Gewogen' asks for a partner; the other outcomes have none."""
        if self.triage.currentData() != "gewogen":
            self.partner.setCurrentIndex(0)
        self._enable()

    def _partner_changed(self) -> None:
        """Choosing a partner means the signal has been weighed."""
        if self.partner.currentData() is not None:
            common.select_data(self.triage, "gewogen")
        self._enable()

    def _enable(self) -> None:
        """Offer the partner name only for 'anders'."""
        self.partner_other.setEnabled(self.partner.currentData() == "anders")

    def fields(self) -> dict:
        """Return the signal as core fields."""
        partner = self.partner.currentData()
        return {
            "date": common.iso_date(self.date),
            "source": self.source.currentText().strip(),
            "phenomenon": self.phenomenon.currentData(),
            "description": self.description.toPlainText(),
            "triage": self.triage.currentData(),
            "partner": partner,
            "partner_other": self.partner_other.text().strip() if partner == "anders" else "",
            "triage_how": self.how.toPlainText(),
            "triage_date": forms.date_value(self.triage_date),
        }

    def accept(self) -> None:
        """Store the signal through core; stay open with a Dutch message on a problem."""
        fields = self.fields()
        if not fields["source"]:
            dialogs.show_error(self, t("Fill in where the signal comes from."))
            self.source.setFocus()
            return
        if not fields["description"].strip():
            dialogs.show_error(self, t("Describe the signal in a few words."))
            self.description.setFocus()
            return
        if self.signal_id is None:
            saved = common.attempt(self, lambda: _add(self.db, self.beeld, fields))
        else:
            saved = common.attempt(self, lambda: update_signal(self.db, self.signal_id, **fields))
        if common.ok(saved):
            self.signal_id = saved.id
            super().accept()


def _add(db: sqlite_utils.Database, beeld: Callable[[], Beeld], fields: dict):
    """Add the signal, making the beeld first when there is none yet (one transaction)."""
    fields = dict(fields)
    with db.atomic():
        return add_signal(
            db, beeld().id, fields.pop("date"), fields.pop("source"), fields.pop("description"),
            fields.pop("phenomenon"), **fields,
        )  # fmt: skip


def edit_signal(
    parent: QWidget | None,
    db: sqlite_utils.Database,
    beeld: Callable[[], Beeld],
    year: int,
    signal_id: int | None = None,
) -> int | None:
    """Record a signal (signal_id None) or change one; return its id, or None when cancelled."""
    dialog = SignalDialog(db, beeld, signal_id, year, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.signal_id
