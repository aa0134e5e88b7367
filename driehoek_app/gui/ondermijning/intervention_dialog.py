"""Add or change an intervention: kind, partner, status, dates, result, signals and phenomena."""

from collections.abc import Callable

import sqlite_utils
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from driehoek_app.core.interventions import add_intervention, get_intervention, update_intervention
from driehoek_app.core.ondermijningsbeeld import Beeld
from driehoek_app.core.phenomena import list_phenomena
from driehoek_app.core.signals import list_signals
from driehoek_app.gui import dialogs, formatting
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.ondermijning import forms, labels
from driehoek_app.gui.ondermijning.results_editor import ResultsEditor, save_results

CHECK_LIST_LINES = 5
DATA_ROLE = Qt.ItemDataRole.UserRole


def check_list(name: str, choices: list[tuple[object, str]], checked: set) -> QListWidget:
    """Return a list of checkable choices (value, text); values in checked are ticked."""
    widget = QListWidget()
    widget.setAccessibleName(name)
    for value, text in choices:
        item = QListWidgetItem(text)
        item.setData(DATA_ROLE, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setMinimumHeight(widget.fontMetrics().lineSpacing() * (CHECK_LIST_LINES + 1))
    return widget


def checked_values(widget: QListWidget) -> list:
    """Return the values of the ticked choices, in list order."""
    return [
        widget.item(row).data(DATA_ROLE)
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    ]


class InterventionDialog(QDialog):
    """The form of one intervention with its results and the signals and phenomena behind it."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        beeld: Callable[[], Beeld],
        current: Beeld | None,
        intervention_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Build the form, filled with the intervention when intervention_id is given."""
        super().__init__(parent)
        self.db = db
        self.beeld = beeld
        self.intervention_id = intervention_id
        existing = get_intervention(db, intervention_id) if intervention_id else None
        self.setWindowTitle(t("New intervention") if existing is None else t("Edit intervention"))
        common.set_width(self, 120)
        self.kind = forms.choice_box(t("Kind of intervention"), labels.intervention_kinds())
        self.description = forms.text_box(
            t("Description of the intervention"), lines=2, placeholder=t("What is being done")
        )
        self.partner = forms.choice_box(t("Partner"), labels.partners())
        self.partner_other = forms.line(t("Name of the other partner"))
        self.status = forms.choice_box(t("Status"), labels.intervention_statuses())
        self.start = forms.optional_date(t("Start date"))
        self.end = forms.optional_date(t("End date"))
        self.result_text = forms.text_box(
            t("Result in words"), lines=1, placeholder=t("for example three homes closed")
        )
        self.results = ResultsEditor(existing.results if existing else ())
        signals = list_signals(db, current.id) if current else []
        self.signals = check_list(
            t("Signals behind the intervention"),
            [(s.id, f"{formatting.date(s.date)} {s.source}: {s.description}") for s in signals],
            set(existing.signal_ids) if existing else set(),
        )
        self.phenomena = check_list(
            t("Phenomena of the intervention"),
            [(p.code, p.label) for p in list_phenomena(db)],
            set(existing.phenomenon_codes) if existing else set(),
        )
        self.buttons = common.dialog_buttons(self, t("&Save"), t("Save"))
        self._layout()
        if existing is not None:
            self._fill(existing)
        self.partner.currentIndexChanged.connect(self._enable)
        self._enable()
        self.kind.setFocus()

    def _layout(self) -> None:
        """Place the intervention above, its results and what it answers below."""
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(common.buddy_label(t("&until"), self.end))
        dates.addWidget(self.end)
        dates.addStretch(1)
        form = QFormLayout()
        for text, field, row in (
            (t("&Kind:"), self.kind, None),
            (t("What is &done:"), self.description, None),
            (t("&Partner:"), self.partner, None),
            (t("Name of the p&artner:"), self.partner_other, None),
            (t("S&tatus:"), self.status, None),
            (t("Peri&od:"), self.start, dates),
            (t("&Result:"), self.result_text, None),
            (t("Res&ults:"), self.results.list, self.results),
        ):
            form.addRow(common.buddy_label(text, field), row if row is not None else field)
        links = QHBoxLayout()
        for text, widget in ((t("&Signals behind it:"), self.signals),
                             (t("P&henomena:"), self.phenomena)):  # fmt: skip
            column = QVBoxLayout()
            column.addWidget(common.buddy_label(text, widget))
            column.addWidget(widget)
            links.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(links)
        layout.addWidget(self.buttons)

    def _fill(self, existing) -> None:
        """Show the stored intervention."""
        common.select_data(self.kind, existing.kind)
        self.description.setPlainText(existing.description)
        common.select_data(self.partner, existing.partner)
        self.partner_other.setText(existing.partner_other)
        common.select_data(self.status, existing.status)
        if existing.start_date:
            self.start.setDate(common.to_qdate(existing.start_date))
        if existing.end_date:
            self.end.setDate(common.to_qdate(existing.end_date))
        self.result_text.setPlainText(existing.result_text)

    def _enable(self) -> None:
        """Offer the partner name only for 'anders'."""
        self.partner_other.setEnabled(self.partner.currentData() == "anders")

    def fields(self) -> dict:
        """Return the intervention as core fields."""
        partner = self.partner.currentData()
        return {
            "kind": self.kind.currentData(),
            "description": self.description.toPlainText(),
            "partner": partner,
            "partner_other": self.partner_other.text().strip() if partner == "anders" else "",
            "status": self.status.currentData(),
            "start_date": forms.date_value(self.start),
            "end_date": forms.date_value(self.end),
            "result_text": self.result_text.toPlainText(),
            "signals": checked_values(self.signals),
            "phenomena": checked_values(self.phenomena),
        }

    def _save(self, fields: dict) -> int:
        """Store intervention and results in one transaction; return the intervention id."""
        with self.db.atomic():
            if self.intervention_id is None:
                fields = dict(fields)
                saved = add_intervention(
                    self.db, self.beeld().id, fields.pop("kind"), fields.pop("description"),
                    fields.pop("partner"), **fields,
                )  # fmt: skip
            else:
                saved = update_intervention(self.db, self.intervention_id, **fields)
            save_results(self.db, saved.id, self.results)
            return saved.id

    def accept(self) -> None:
        """Store everything through core; stay open with a Dutch message on a problem."""
        fields = self.fields()
        if not fields["description"].strip():
            dialogs.show_error(self, t("Describe the intervention in a few words."))
            self.description.setFocus()
            return
        saved = common.attempt(self, lambda: self._save(fields))
        if common.ok(saved):
            self.intervention_id = saved
            super().accept()


def edit_intervention(
    parent: QWidget | None,
    db: sqlite_utils.Database,
    beeld: Callable[[], Beeld],
    current: Beeld | None,
    intervention_id: int | None = None,
) -> int | None:
    """Add an intervention (id None) or change one; return its id, or None when cancelled."""
    dialog = InterventionDialog(db, beeld, current, intervention_id, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.intervention_id
