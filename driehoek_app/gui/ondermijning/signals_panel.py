"""The signals of a beeld with their triage, filtered by phenomenon, partner, period and status."""

from collections.abc import Callable

import sqlite_utils
from PySide6.QtCore import Signal as QtSignal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from driehoek_app.core.ondermijningsbeeld import Beeld
from driehoek_app.core.signals import Signal, delete_signal, list_signals
from driehoek_app.gui import dialogs, formatting
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.ondermijning import labels, signal_dialog
from driehoek_app.gui.ondermijning.filters import FilterBar, in_period, period_choices
from driehoek_app.gui.ondermijning.table import Column, DataTable


def signal_columns() -> list[Column]:
    """Return the columns of the signals list."""
    triage = labels.triage_statuses()
    return [
        Column(t("Date"), lambda s: formatting.date(s.date), sort=lambda s: s.date),
        Column(t("Source"), lambda s: s.source, max_chars=24),
        Column(t("Phenomenon"), lambda s: s.phenomenon_label or "", max_chars=30),
        Column(t("Description"), lambda s: s.description.replace("\n", " "), max_chars=48,
               tooltip=lambda s: s.description),
        Column(t("Triage"), lambda s: triage.get(s.triage, s.triage)),
        Column(t("Acting partner"), lambda s: labels.partner_label(s.partner, s.partner_other)),
        Column(t("How"), lambda s: s.triage_how.replace("\n", " "),
               tooltip=lambda s: s.triage_how),
    ]  # fmt: skip


def signal_text(signal: Signal) -> str:
    """Return the text a search looks in: description, source, phenomenon and how."""
    return " ".join((signal.description, signal.source, signal.phenomenon_label or "",
                     signal.triage_how, signal.partner_other))  # fmt: skip


class SignalsPanel(QWidget):
    """Lists the signals; filters narrow the list, buttons add, change and remove."""

    changed = QtSignal()

    def __init__(
        self,
        db: sqlite_utils.Database,
        ensure_beeld: Callable[[], Beeld],
        parent: QWidget | None = None,
    ) -> None:
        """Build the filters, the list and the buttons."""
        super().__init__(parent)
        self.db = db
        self.ensure_beeld = ensure_beeld
        self.beeld: Beeld | None = None
        self.year = 0
        self.table = DataTable(signal_columns(), t("Signals"), t("Columns of the list"))
        self.table.setToolTip(t("Enter changes the chosen signal"))
        self.filters = FilterBar(self.table)
        self.filters.add_choice(
            "phenomenon", t("P&henomenon:"), t("Filter by phenomenon"), t("All phenomena"), {},
            lambda s, code: s.phenomenon_code == code,
        )  # fmt: skip
        self.filters.add_choice(
            "partner", t("Pa&rtner:"), t("Filter by partner"), t("All partners"),
            labels.partners(), lambda s, partner: s.partner == partner,
        )  # fmt: skip
        self.filters.add_choice(
            "period", t("Peri&od:"), t("Filter by period"), t("Whole year"), period_choices(),
            lambda s, period: in_period(s.date, period),
        )  # fmt: skip
        self.filters.add_choice(
            "triage", t("Tria&ge:"), t("Filter by triage"), t("Every outcome"),
            labels.triage_statuses(), lambda s, triage: s.triage == triage,
        )  # fmt: skip
        self.filters.add_search(t("Search signals"), t("Search in the signals"), signal_text)
        self.count = QLabel()
        self.add = common.button(t("&New signal..."), t("New signal"))
        self.edit = common.button(t("Chan&ge..."), t("Change signal"))
        self.remove = common.button(t("Remove si&gnal"), t("Remove signal"))
        buttons = QHBoxLayout()
        for widget in (self.add, self.edit, self.remove):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.activated.connect(self.edit_current)
        self.table.selectionModel().currentRowChanged.connect(self._enable)
        self.table.proxy.rowsInserted.connect(self._show_count)
        self.table.proxy.rowsRemoved.connect(self._show_count)
        self.table.proxy.modelReset.connect(self._show_count)
        self.table.proxy.layoutChanged.connect(self._show_count)
        self.add.clicked.connect(self.add_signal)
        self.edit.clicked.connect(self.edit_current)
        self.remove.clicked.connect(self.remove_current)
        self._enable()

    def show_beeld(self, beeld: Beeld | None, year: int) -> None:
        """Show the signals of a beeld (none when there is no beeld yet)."""
        current = self.table.current_row()
        keep = current.id if current else None
        self.beeld = beeld
        self.year = year
        signals = list_signals(self.db, beeld.id) if beeld else []
        used = {s.phenomenon_code: s.phenomenon_label for s in signals if s.phenomenon_code}
        self.table.set_rows(signals, (lambda s: s.id == keep) if keep else None)
        self.filters.set_choices("phenomenon", used)
        self._show_count()
        self._enable()

    def _show_count(self, *_args: object) -> None:
        """Say how many signals are shown of how many."""
        shown, total = self.table.proxy.rowCount(), self.table.source.rowCount()
        waiting = sum(1 for s in self.table.source.rows if s.triage == "te wegen")
        self.count.setText(
            t("{shown} of {total} signals shown · {waiting} to be weighed").format(
                shown=shown, total=total, waiting=waiting
            )
        )

    def _enable(self, *_args: object) -> None:
        """Enable the buttons that apply to the chosen signal."""
        chosen = self.table.current_row() is not None
        self.edit.setEnabled(chosen)
        self.remove.setEnabled(chosen)

    def add_signal(self) -> None:
        """Record a new signal (the beeld is made if there is none yet)."""
        added = signal_dialog.edit_signal(self, self.db, self.ensure_beeld, self.year)
        if added is not None:
            self.filters.clear()
            self.changed.emit()
            self.table.select_where(lambda s: s.id == added)

    def edit_current(self) -> None:
        """Change the chosen signal or its triage."""
        signal = self.table.current_row()
        if signal is None:
            return
        if signal_dialog.edit_signal(self, self.db, self.ensure_beeld, self.year, signal.id):
            self.changed.emit()

    def remove_current(self) -> None:
        """Remove the chosen signal after confirmation."""
        signal = self.table.current_row()
        if signal is None:
            return
        question = t(
            "Remove the signal of {date} ({source})? Its links to interventions and meetings "
            "are removed too."
        ).format(date=formatting.date(signal.date), source=signal.source)
        if not dialogs.confirm(self, t("Remove signal"), question, t("Remove si&gnal")):
            return
        if common.ok(common.attempt(self, lambda: delete_signal(self.db, signal.id))):
            self.changed.emit()
