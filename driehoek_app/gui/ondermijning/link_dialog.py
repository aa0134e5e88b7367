"""Link a phenomenon, signal or intervention of the beeld to a decision or action of a meeting."""

from dataclasses import dataclass

import sqlite_utils
from PySide6.QtWidgets import QDialog, QFormLayout, QVBoxLayout, QWidget

from driehoek_app.core.action_register import ActionFilter, iter_actions
from driehoek_app.core.beeld_links import LinkRecord, find_link, link, link_record
from driehoek_app.core.beeld_phenomena import list_entries
from driehoek_app.core.bodies import body_for_basisteam
from driehoek_app.core.interventions import list_interventions
from driehoek_app.core.ondermijningsbeeld import Beeld
from driehoek_app.core.registers import DecisionFilter, iter_decisions
from driehoek_app.core.signals import list_signals
from driehoek_app.gui import dialogs, formatting
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.ondermijning.table import Column, DataTable


@dataclass(frozen=True)
class MeetingPart:
    """A decision or action of a meeting that something can be linked to."""

    kind: str  # 'decision' or 'action'
    id: int
    date: str
    reference: str
    text: str
    item: str


def owners(db: sqlite_utils.Database, beeld: Beeld) -> dict[tuple[str, int], str]:
    """Return what in the beeld can be linked: (kind, id) -> its description."""
    found = {("phenomenon", e.id): t("Phenomenon: {text}").format(text=e.label)
             for e in list_entries(db, beeld.id)}  # fmt: skip
    for signal in list_signals(db, beeld.id):
        text = f"{formatting.date(signal.date)} {signal.description}"
        found[("signal", signal.id)] = t("Signal: {text}").format(text=text)
    for item in list_interventions(db, beeld.id):
        found[("intervention", item.id)] = t("Intervention: {text}").format(text=item.description)
    return {key: " ".join(text.split()) for key, text in found.items()}


def meeting_parts(db: sqlite_utils.Database, basisteam: str, years: tuple[int, ...]) -> list:
    """Return the decisions and actions of the basisteamdriehoek in these years, by date."""
    body = body_for_basisteam(db, basisteam).id
    parts = []
    for year in years:
        for row in iter_decisions(db, DecisionFilter(body_ids=(body,), year=year)):
            parts.append(MeetingPart("decision", row.id, row.date, row.number, row.text,
                                     f"{row.item_number}. {row.item_title}"))  # fmt: skip
        for row in iter_actions(db, ActionFilter(body_ids=(body,), year=year)):
            parts.append(MeetingPart("action", row.id, row.meeting_date, row.owner, row.text,
                                     f"{row.item_number}. {row.item_title}"))  # fmt: skip
    return sorted(parts, key=lambda p: (p.date, p.kind, p.id))


def part_columns() -> list[Column]:
    """Return the columns of the list of decisions and actions."""
    kinds = {"decision": t("Decision"), "action": t("Action")}
    return [
        Column(t("Date"), lambda p: formatting.date(p.date), sort=lambda p: p.date),
        Column(t("Kind"), lambda p: kinds[p.kind]),
        Column(t("Number or owner"), lambda p: p.reference, max_chars=20),
        Column(t("Text"), lambda p: p.text.replace("\n", " "), max_chars=60,
               tooltip=lambda p: p.text),
        Column(t("Agenda item"), lambda p: p.item, max_chars=40),
    ]  # fmt: skip


class LinkDialog(QDialog):
    """Choose what in the beeld, and which decision or action of the driehoek it belongs to."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        beeld: Beeld,
        chosen: tuple[str, int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Offer the beeld's entries and the decisions and actions of its year and the next."""
        super().__init__(parent)
        self.db = db
        self.made: LinkRecord | None = None  # the new link (None: it was there already)
        self.setWindowTitle(t("Link to a decision or action"))
        common.set_width(self, 120)
        self.owner = common.combo(t("What is linked"))
        for key, text in owners(db, beeld).items():
            self.owner.addItem(text, key)
        if chosen is not None:
            common.select_data(self.owner, chosen)
        self.search = common.search_field(t("Search decisions and actions"), t("Search"))
        self.table = DataTable(part_columns(), t("Decisions and actions"), t("Columns of the list"))
        self.table.set_rows(meeting_parts(db, beeld.basisteam_name, (beeld.year, beeld.year + 1)))
        self.search.textChanged.connect(self._filter)
        self.buttons = common.dialog_buttons(self, t("&Link"), t("Link"))
        form = QFormLayout()
        form.addRow(common.buddy_label(t("&What:"), self.owner), self.owner)
        form.addRow(common.buddy_label(t("&Search:"), self.search), self.search)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.table.activated.connect(self.accept)
        common.ok_button(self.buttons).setEnabled(bool(self.owner.count()))
        self.owner.setFocus()

    def _filter(self, text: str) -> None:
        """Show the decisions and actions whose text, number, owner or item contain text."""
        typed = text.strip().casefold()
        self.table.proxy.set_filter(
            "search",
            (lambda p: typed in f"{p.text} {p.reference} {p.item}".casefold()) if typed else None,
        )
        self.table.select_row(0)

    def accept(self) -> None:
        """Store the link; stay open with a Dutch message on a problem."""
        owner, part = self.owner.currentData(), self.table.current_row()
        if owner is None or part is None:
            dialogs.show_error(self, t("Choose what to link and a decision or action."))
            return
        made = common.attempt(self, lambda: self._link(owner, part))
        if common.ok(made):
            self.made = made
            super().accept()

    def _link(self, owner: tuple[str, int], part: MeetingPart) -> LinkRecord | None:
        """Store the link; return it as stored when it is new, None when it was there."""
        with self.db.atomic():
            if find_link(self.db, *owner, part.kind, part.id) is not None:
                return None
            return link_record(self.db, link(self.db, *owner, part.kind, part.id).id)


def link_to_meeting(
    parent: QWidget | None,
    db: sqlite_utils.Database,
    beeld: Beeld,
    chosen: tuple[str, int] | None = None,
) -> LinkDialog | None:
    """Show the dialog; return it (its new link in .made) when the user linked something."""
    dialog = LinkDialog(db, beeld, chosen, parent)
    return dialog if dialog.exec() == QDialog.DialogCode.Accepted else None
