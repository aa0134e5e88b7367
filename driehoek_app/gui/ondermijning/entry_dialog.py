"""Add or change a phenomenon of a beeld: narrative, assessment (ernst, omvang, ...), places."""

from collections.abc import Callable

import sqlite_utils
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QVBoxLayout, QWidget

from driehoek_app.core.beeld_phenomena import (
    SECTOR_SUGGESTIONS,
    add_entry,
    get_entry,
    list_entries,
    update_entry,
)
from driehoek_app.core.ondermijningsbeeld import Beeld
from driehoek_app.core.phenomena import add_phenomenon, list_phenomena
from driehoek_app.gui import dialogs
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.ondermijning import forms, labels


class EntryDialog(QDialog):
    """The form of one phenomenon in a beeld; the beeld is made on the first save if needed."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        beeld: Callable[[], Beeld],
        entry_id: int | None = None,
        taken: frozenset[str] = frozenset(),
        parent: QWidget | None = None,
    ) -> None:
        """Build the form, filled with the entry's values when entry_id is given."""
        super().__init__(parent)
        self.db = db
        self.beeld = beeld
        self.entry_id = entry_id
        self.taken = taken
        self.setWindowTitle(t("New phenomenon") if entry_id is None else t("Edit phenomenon"))
        common.set_width(self, 80)
        unknown = t("unknown")
        self.phenomenon = common.combo(t("Phenomenon"))
        self.own = common.button(t("&Own phenomenon..."), t("Own phenomenon"),
                                 t("Add a phenomenon that is not in the IMV list"))  # fmt: skip
        self.narrative = forms.text_box(
            t("Description of the phenomenon"), placeholder=t("What is going on, who, how")
        )
        self.ernst = forms.choice_box(t("Ernst"), _scale(labels.ernst_words()), unknown)
        self.omvang = forms.choice_box(t("Omvang"), _scale(labels.omvang_words()), unknown)
        self.omvang_text = forms.line(
            t("Omvang in words"), placeholder=t("for example 23 cannabis farms cleared")
        )
        trend_texts = {key: labels.trend_label(key) for key in labels.trends()}
        self.trend = forms.choice_box(t("Trend"), trend_texts, unknown)
        self.confidence = forms.choice_box(t("Confidence"), labels.confidences(), unknown)
        self.wijken = forms.line(t("Wijken"), placeholder=t("Separate names with commas"))
        self.sectors = forms.line(t("Sectors"), placeholder=t("Separate names with commas"))
        self.sectors.setToolTip(
            t("For example: {examples}").format(examples=", ".join(SECTOR_SUGGESTIONS))
        )
        self.buttons = common.dialog_buttons(self, t("&Save"), t("Save"))
        self._layout()
        self._fill()
        self.own.clicked.connect(self._add_own)
        forms.focus_first(self.phenomenon, self.narrative)

    def _layout(self) -> None:
        """Place the fields in a form."""
        choice = QHBoxLayout()
        choice.addWidget(self.phenomenon, 1)
        choice.addWidget(self.own)
        form = QFormLayout()
        rows = (
            (t("&Phenomenon:"), self.phenomenon, choice),
            (t("&Narrative:"), self.narrative, None),
            (t("&Ernst:"), self.ernst, None),
            (t("&Omvang:"), self.omvang, None),
            (t("Omvang in &words:"), self.omvang_text, None),
            (t("&Trend:"), self.trend, None),
            (t("&Confidence:"), self.confidence, None),
            (t("&Wijken:"), self.wijken, None),
            (t("&Sectors:"), self.sectors, None),
        )
        for text, field, row in rows:
            form.addRow(common.buddy_label(text, field), row if row is not None else field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _fill(self) -> None:
        """Offer the catalogue (without phenomena already in the beeld) or show the entry."""
        if self.entry_id is None:
            self._offer_phenomena()
            return
        entry = get_entry(self.db, self.entry_id)
        self.phenomenon.addItem(entry.label, entry.phenomenon_code)
        self.phenomenon.setEnabled(False)
        self.own.setEnabled(False)
        self.narrative.setPlainText(entry.narrative)
        common.select_data(self.ernst, entry.ernst)
        common.select_data(self.omvang, entry.omvang)
        self.omvang_text.setText(entry.omvang_toelichting)
        common.select_data(self.trend, entry.trend)
        common.select_data(self.confidence, entry.betrouwbaarheid)
        self.wijken.setText(forms.join_list(entry.wijken))
        self.sectors.setText(forms.join_list(entry.sectors))

    def _offer_phenomena(self, select: str | None = None) -> None:
        """Fill the phenomenon choice with the catalogue entries not yet in this beeld."""
        self.phenomenon.clear()
        for phenomenon in list_phenomena(self.db):
            if phenomenon.code not in self.taken:
                self.phenomenon.addItem(phenomenon.label, phenomenon.code)
        if select:
            common.select_data(self.phenomenon, select)

    def _add_own(self) -> None:
        """Add an own phenomenon to the catalogue and choose it."""
        name = dialogs.ask_text(self, t("Own phenomenon"), t("Name of the new phenomenon:"))
        if name is None or not name.strip():
            return
        found = common.attempt(self, lambda: add_phenomenon(self.db, name.strip()))
        if common.ok(found):
            self._offer_phenomena(found.code)

    def fields(self) -> dict:
        """Return the assessment as core fields."""
        return {
            "narrative": self.narrative.toPlainText(),
            "ernst": self.ernst.currentData(),
            "omvang": self.omvang.currentData(),
            "omvang_toelichting": self.omvang_text.text().strip(),
            "trend": self.trend.currentData(),
            "betrouwbaarheid": self.confidence.currentData(),
            "wijken": forms.split_list(self.wijken.text()),
            "sectors": forms.split_list(self.sectors.text()),
        }

    def accept(self) -> None:
        """Store the phenomenon through core; stay open with a Dutch message on a problem."""
        code = self.phenomenon.currentData()
        if code is None:
            dialogs.show_error(self, t("Choose a phenomenon."))
            return
        fields = self.fields()
        if self.entry_id is None:
            saved = common.attempt(self, lambda: _add(self.db, self.beeld, code, fields))
        else:
            saved = common.attempt(self, lambda: update_entry(self.db, self.entry_id, **fields))
        if common.ok(saved):
            self.entry_id = saved.id
            super().accept()


def _scale(words: dict[int, str]) -> dict[int, str]:
    """Return the choices of a 1-5 scale: '4 ernstig'."""
    return {score: labels.scale_label(score, words) for score in words}


def _add(db: sqlite_utils.Database, beeld: Callable[[], Beeld], code: str, fields: dict):
    """Add the entry, making the beeld first when there is none yet (one transaction)."""
    with db.atomic():
        return add_entry(db, beeld().id, code, **fields)


def taken_codes(db: sqlite_utils.Database, beeld: Beeld | None) -> frozenset[str]:
    """Return the phenomena already in a beeld."""
    if beeld is None:
        return frozenset()
    return frozenset(entry.phenomenon_code for entry in list_entries(db, beeld.id))


def edit_entry(
    parent: QWidget | None,
    db: sqlite_utils.Database,
    beeld: Callable[[], Beeld],
    current: Beeld | None,
    entry_id: int | None = None,
) -> int | None:
    """Add a phenomenon (entry_id None) or change one; return its id, or None when cancelled."""
    dialog = EntryDialog(db, beeld, entry_id, taken_codes(db, current), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.entry_id
