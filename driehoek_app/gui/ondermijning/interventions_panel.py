"""The interventions of a beeld with their results, filtered by kind, partner and status."""

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QVBoxLayout

from driehoek_app.core.interventions import (
    Intervention,
    delete_intervention,
    list_interventions,
    phenomenon_labels,
)
from driehoek_app.core.money import format_euro
from driehoek_app.core.ondermijningsbeeld import Beeld
from driehoek_app.gui import formatting
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.ondermijning import intervention_dialog, labels
from driehoek_app.gui.ondermijning.filters import FilterBar
from driehoek_app.gui.ondermijning.list_panel import BeeldListPanel
from driehoek_app.gui.ondermijning.table import Column, DataTable


def period_text(item: Intervention) -> str:
    """Return the period of an intervention: '20-1-2026 – 30-9-2026', 'vanaf 20-1-2026'."""
    start = formatting.date(item.start_date) if item.start_date else ""
    end = formatting.date(item.end_date) if item.end_date else ""
    if start and end:
        return f"{start} – {end}"
    if start:
        return t("from {date}").format(date=start)
    return t("until {date}").format(date=end) if end else ""


def results_text(item: Intervention) -> str:
    """Return the structured results in one line, or the result in words."""
    lines = [labels.result_label(r.kind, r.count, r.amount_cents, r.note) for r in item.results]
    return "; ".join(lines) or item.result_text.replace("\n", " ")


def intervention_columns(phenomena: Callable[[Intervention], str]) -> list[Column]:
    """Return the columns of the interventions list."""
    kinds, statuses = labels.intervention_kinds(), labels.intervention_statuses()
    order = {status: number for number, status in enumerate(statuses)}
    return [
        Column(t("Kind"), lambda i: kinds.get(i.kind, i.kind)),
        Column(t("Description"), lambda i: i.description.replace("\n", " "), max_chars=30,
               tooltip=lambda i: i.description),
        Column(t("Results"), results_text, max_chars=34,
               tooltip=lambda i: "\n".join(filter(None, (results_text(i), i.result_text)))),
        Column(t("Amount"), lambda i: format_euro(i.amount_cents) if i.amount_cents else "",
               sort=lambda i: i.amount_cents, align_right=True),
        Column(t("Partner"), lambda i: labels.partner_label(i.partner, i.partner_other),
               max_chars=18),
        Column(t("Status"), lambda i: statuses.get(i.status, i.status),
               sort=lambda i: order.get(i.status, 9)),
        Column(t("Phenomena"), phenomena, max_chars=24),
        Column(t("Period"), period_text, sort=lambda i: i.start_date or ""),
        Column(t("Signals"), lambda i: str(len(i.signal_ids)) if i.signal_ids else "",
               sort=lambda i: len(i.signal_ids), align_right=True),
    ]  # fmt: skip


class InterventionsPanel(BeeldListPanel):
    """Lists the interventions; filters narrow the list, buttons add, change and remove."""

    def _build(self) -> None:
        """Build the filters, the list and the buttons."""
        self.table = DataTable(
            intervention_columns(self._phenomena), t("Interventions"), t("Columns of the list")
        )
        self.table.setToolTip(t("Enter changes the chosen intervention"))
        self.filters = FilterBar(self.table)
        self.filters.add_choice(
            "kind", t("&Kind:"), t("Filter by kind"), t("All kinds"),
            labels.intervention_kinds(), lambda i, kind: i.kind == kind,
        )  # fmt: skip
        self.filters.add_choice(
            "partner", t("Partn&er:"), t("Filter by partner"), t("All partners"),
            labels.partners(), lambda i, partner: i.partner == partner,
        )  # fmt: skip
        self.filters.add_choice(
            "status", t("Stat&us:"), t("Filter by status"), t("Every status"),
            labels.intervention_statuses(), lambda i, status: i.status == status,
        )  # fmt: skip
        self.filters.finish()
        self.count = QLabel()
        self.add = common.button(t("New &intervention..."), t("New intervention"))
        self.edit = common.button(t("Change interven&tion..."), t("Change intervention"))
        self.remove = common.button(t("Remove intervent&ion"), t("Remove intervention"))
        self.row_buttons = [self.edit, self.remove]
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.button_row([self.add, self.edit, self.remove], self.count))
        self._labels: dict[str, str] = {}
        self.table.activated.connect(self.edit_current)
        self.table.selectionModel().currentRowChanged.connect(self._enable)
        self.count_on_change(self._show_count)
        self.add.clicked.connect(self.add_intervention)
        self.edit.clicked.connect(self.edit_current)
        self.remove.clicked.connect(self.remove_current)

    def _phenomena(self, item: Intervention) -> str:
        """Return the phenomena of an intervention by name."""
        return ", ".join(self._labels.get(code, code) for code in item.phenomenon_codes)

    def show_beeld(self, beeld: Beeld | None) -> None:
        """Show the interventions of a beeld (none when there is no beeld yet)."""
        keep = self.chosen_again()
        self.beeld = beeld
        items = list_interventions(self.db, beeld.id) if beeld else []
        codes = sorted({code for item in items for code in item.phenomenon_codes})
        self._labels = dict(zip(codes, phenomenon_labels(self.db, codes), strict=True))
        self.table.set_rows(items, keep)
        self._show_count()
        self._enable()

    def _show_count(self, *_args: object) -> None:
        """Say how many interventions are shown and what the shown ones yielded in euro."""
        shown = self.table.visible_rows()
        amount = sum(item.amount_cents for item in shown)
        self.count.setText(
            t("{shown} of {total} interventions shown · amounts {amount}").format(
                shown=len(shown), total=self.table.source.rowCount(), amount=format_euro(amount)
            )
        )

    def add_intervention(self) -> None:
        """Add an intervention (the beeld is made if there is none yet)."""
        added = intervention_dialog.edit_intervention(self, self.db, self.ensure_beeld, self.beeld)
        if added is not None:
            self.filters.clear()
            self.changed.emit()
            self.table.select_where(lambda i: i.id == added)

    def edit_current(self) -> None:
        """Change the chosen intervention."""
        item = self.table.current_row()
        if item is None:
            return
        if intervention_dialog.edit_intervention(
            self, self.db, self.ensure_beeld, self.beeld, item.id
        ):
            self.changed.emit()

    def remove_current(self) -> None:
        """Remove the chosen intervention with its results after confirmation."""
        item = self.table.current_row()
        if item is None:
            return
        question = t("Remove the intervention {description} with its results?").format(
            description=item.description
        )
        self.remove_confirmed(
            t("Remove intervention"), question, t("Remove intervent&ion"),
            lambda: delete_intervention(self.db, item.id),
        )  # fmt: skip
