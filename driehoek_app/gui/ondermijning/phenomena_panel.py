"""The phenomena of a beeld with their assessment, compared with last year at a glance."""

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout

from driehoek_app.core.beeld_compare import BeeldComparison, PhenomenonChange
from driehoek_app.core.beeld_phenomena import PhenomenonEntry, delete_entry
from driehoek_app.core.ondermijningsbeeld import Beeld
from driehoek_app.gui import theme
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.ondermijning import entry_dialog, labels
from driehoek_app.gui.ondermijning.list_panel import BeeldListPanel
from driehoek_app.gui.ondermijning.table import Column, DataTable

RISING = ("nieuw", "gegroeid")


@dataclass(frozen=True)
class PhenomenonRow:
    """One row of the list: a phenomenon of this year (or one that went) and its links."""

    change: PhenomenonChange
    compared: bool
    links: int

    @property
    def entry(self) -> PhenomenonEntry | None:
        """Return this year's entry (None for a phenomenon that went)."""
        return self.change.after

    @property
    def shown(self) -> PhenomenonEntry:
        """Return the entry whose assessment is shown: this year's, else last year's."""
        return self.change.after or self.change.before  # type: ignore[return-value]


def places(entry: PhenomenonEntry) -> str:
    """Return where a phenomenon shows: wijken, then sectors."""
    return " · ".join(part for part in (", ".join(entry.wijken), ", ".join(entry.sectors)) if part)


def _status_text(row: PhenomenonRow) -> str:
    """Return the comparison badge, or a dash when there is no earlier beeld."""
    return labels.badge(row.change.status) if row.compared else "–"


def _status_font(row: PhenomenonRow) -> QFont | None:
    """Return bold for phenomena that are new or grew, italic for those that went."""
    if not row.compared:
        return None
    if row.change.status in RISING:
        return theme.bold()
    if row.change.status == "verdwenen":
        font = QFont(theme.bold())
        font.setBold(False)
        font.setItalic(True)
        return font
    return None


def _status_brush(row: PhenomenonRow) -> QBrush | None:
    """Tint the badge of new and grown phenomena with the palette's highlight."""
    return theme.emphasis_brush() if row.compared and row.change.status in RISING else None


def _gone(row: PhenomenonRow, text: str) -> str:
    """Return text for a phenomenon of this year, nothing for one that went."""
    return "" if row.entry is None else text


def phenomenon_columns(previous_year: int) -> list[Column]:
    """Return the columns of the phenomena list (the comparison names last year)."""
    ernst, omvang = labels.ernst_words(), labels.omvang_words()
    confidence = labels.confidences()
    order = {"nieuw": 0, "gegroeid": 1, "gekrompen": 2, "ongewijzigd": 3, "verdwenen": 4}
    return [
        Column(t("Phenomenon"), lambda r: r.shown.label, sort=lambda r: r.shown.position,
               tooltip=lambda r: r.shown.narrative or r.shown.label),
        Column(t("Compared with {year}").format(year=previous_year), _status_text,
               sort=lambda r: order.get(r.change.status, 9), font=_status_font,
               background=_status_brush),
        Column(t("Ernst"), lambda r: _gone(r, labels.scale_label(r.shown.ernst, ernst)),
               sort=lambda r: r.entry.ernst if r.entry else None),
        Column(t("Omvang"), lambda r: _gone(r, labels.scale_label(r.shown.omvang, omvang)),
               sort=lambda r: r.entry.omvang if r.entry else None,
               tooltip=lambda r: _gone(r, r.shown.omvang_toelichting)),
        Column(t("Trend"), lambda r: _gone(r, labels.trend_label(r.shown.trend))),
        Column(t("Confidence"),
               lambda r: _gone(r, confidence.get(r.shown.betrouwbaarheid or "", ""))),
        Column(t("Discussed"), lambda r: str(r.links) if r.links else "", align_right=True,
               sort=lambda r: r.links),
        Column(t("Where"), lambda r: _gone(r, places(r.shown))),
    ]  # fmt: skip


def detail_text(row: PhenomenonRow | None, previous_year: int) -> str:
    """Return the narrative and last year's assessment of the chosen phenomenon."""
    if row is None:
        return ""
    ernst, omvang = labels.ernst_words(), labels.omvang_words()
    parts = []
    if row.entry is not None:
        entry = row.entry
        if entry.narrative:
            parts.append(entry.narrative)
        if entry.omvang_toelichting:
            parts.append(t("Omvang: {text}").format(text=entry.omvang_toelichting))
    before = row.change.before
    if row.compared and before is not None:
        parts.append(
            t("In {year}: ernst {ernst}, omvang {omvang}, trend {trend}").format(
                year=previous_year,
                ernst=labels.scale_label(before.ernst, ernst) or "–",
                omvang=labels.scale_label(before.omvang, omvang) or "–",
                trend=labels.trend_label(before.trend) or "–",
            )
        )
    return "\n".join(parts)


class PhenomenaPanel(BeeldListPanel):
    """Lists the phenomena of the beeld; add, change and remove them."""

    def _build(self) -> None:
        """Build the list, the detail text and the buttons."""
        self.previous_year = 0
        self.table = DataTable(phenomenon_columns(0), t("Phenomena"), t("Columns of the list"))
        self.table.setToolTip(t("Enter changes the chosen phenomenon"))
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add = common.button(t("&New phenomenon..."), t("New phenomenon"))
        self.edit = common.button(t("C&hange..."), t("Change phenomenon"))
        self.remove = common.button(t("Remo&ve"), t("Remove phenomenon"))
        self.row_buttons = [self.edit, self.remove]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(self.button_row([self.add, self.edit, self.remove]))
        self.table.activated.connect(self.edit_current)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.add.clicked.connect(self.add_entry)
        self.edit.clicked.connect(self.edit_current)
        self.remove.clicked.connect(self.remove_current)

    def show_comparison(
        self, beeld: Beeld | None, comparison: BeeldComparison, links: dict[int, int]
    ) -> None:
        """Show this year's phenomena and those that went since the previous beeld."""
        keep = self.chosen_again(lambda row: row.change.code)
        self.beeld = beeld
        self.previous_year = comparison.previous_year
        compared = comparison.previous is not None and beeld is not None
        rows = [
            PhenomenonRow(change, compared, links.get(change.after.id, 0) if change.after else 0)
            for change in comparison.changes
            if compared or change.after is not None
        ]
        self.table.source.set_columns(phenomenon_columns(comparison.previous_year))
        self.table.set_rows(rows, keep)
        self._current_changed()

    def _current_changed(self, *_args: object) -> None:
        """Show the chosen phenomenon's narrative and enable the buttons."""
        self.detail.setText(detail_text(self.table.current_row(), self.previous_year))
        self.detail.setVisible(bool(self.detail.text()))
        self._enable()

    def applies(self, row: PhenomenonRow | None) -> bool:
        """Tell whether a row can be changed or removed (a phenomenon that went cannot)."""
        return row is not None and row.entry is not None

    def add_entry(self) -> None:
        """Add a phenomenon to the beeld (the beeld is made if there is none yet)."""
        added = entry_dialog.edit_entry(self, self.db, self.ensure_beeld, self.beeld)
        if added is not None:
            self.changed.emit()
            self.table.select_where(lambda r: r.entry is not None and r.entry.id == added)

    def edit_current(self) -> None:
        """Change the chosen phenomenon."""
        row = self.table.current_row()
        if row is None or row.entry is None:
            return
        if entry_dialog.edit_entry(self, self.db, self.ensure_beeld, self.beeld, row.entry.id):
            self.changed.emit()

    def remove_current(self) -> None:
        """Remove the chosen phenomenon from the beeld after confirmation."""
        row = self.table.current_row()
        if row is None or row.entry is None:
            return
        question = t(
            "Remove {phenomenon} from this beeld? Its links to meetings are removed too."
        ).format(phenomenon=row.entry.label)
        entry_id = row.entry.id
        self.remove_confirmed(
            t("Remove phenomenon"), question, t("Remo&ve"), lambda: delete_entry(self.db, entry_id)
        )
