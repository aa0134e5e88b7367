"""The signals of a beeld with their triage, filtered by phenomenon, partner, period and status."""

from PySide6.QtWidgets import QLabel, QVBoxLayout

from driehoek_app.core.ondermijningsbeeld import Beeld
from driehoek_app.core.signals import Signal, delete_signal, list_signals
from driehoek_app.gui import formatting
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.ondermijning import labels, signal_dialog
from driehoek_app.gui.ondermijning.filters import FilterBar, in_period, period_choices
from driehoek_app.gui.ondermijning.list_panel import BeeldListPanel
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


class SignalsPanel(BeeldListPanel):
    """Lists the signals; filters narrow the list, buttons add, change and remove."""

    def _build(self) -> None:
        """Build the filters, the list and the buttons."""
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
        self.row_buttons = [self.edit, self.remove]
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.button_row([self.add, self.edit, self.remove], self.count))
        self.table.activated.connect(self.edit_current)
        self.table.selectionModel().currentRowChanged.connect(self._enable)
        self.count_on_change(self._show_count)
        self.add.clicked.connect(self.add_signal)
        self.edit.clicked.connect(self.edit_current)
        self.remove.clicked.connect(self.remove_current)

    def show_beeld(self, beeld: Beeld | None, year: int) -> None:
        """Show the signals of a beeld (none when there is no beeld yet)."""
        keep = self.chosen_again()
        self.beeld = beeld
        self.year = year
        signals = list_signals(self.db, beeld.id) if beeld else []
        used = {s.phenomenon_code: s.phenomenon_label for s in signals if s.phenomenon_code}
        self.table.set_rows(signals, keep)
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
        self.remove_confirmed(
            t("Remove signal"), question, t("Remove si&gnal"),
            lambda: delete_signal(self.db, signal.id),
        )  # fmt: skip
