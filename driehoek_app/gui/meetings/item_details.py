"""The details of one agenda item: title, presenter, time, flag, IMV themes, labels, description."""

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from driehoek_app.core.agenda import AgendaItem
from driehoek_app.core.meeting_base import SHORT_TEXT_MAX
from driehoek_app.core.reference import Theme
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.autosave import FieldSaver, ValueWidget
from driehoek_app.gui.meetings.editors import LineEdit, TextEdit, name_spin_box
from driehoek_app.gui.meetings.handles import Handle
from driehoek_app.gui.meetings.host import EditorHost

DESCRIPTION_LINES = 2
THEME_COLUMNS = 2  # IMV theme checkboxes per row
LABEL_SEPARATOR = ","


def parse_labels(text: str) -> list[str]:
    """Split 'a, b ,c' into ['a', 'b', 'c'] (empty parts dropped)."""
    return [part.strip() for part in text.split(LABEL_SEPARATOR) if part.strip()]


def join_labels(labels: tuple[str, ...] | list[str]) -> str:
    """Return labels as the text shown in the labels field."""
    return f"{LABEL_SEPARATOR} ".join(labels)


class ThemesBox(ValueWidget):
    """One checkbox per IMV theme (short title; full title as tooltip)."""

    def __init__(self, themes: list[Theme], parent: QWidget | None = None) -> None:
        """Build the checkboxes in document order."""
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        layout = QGridLayout(self)  # two per row: one row of four needs a wide screen
        layout.setContentsMargins(0, 0, 0, 0)
        for number, theme in enumerate(themes):
            box = QCheckBox(theme.short_title)
            box.setAccessibleName(theme.short_title)
            box.setToolTip(
                t("IMV theme {number}: {title}").format(number=theme.number, title=theme.title)
            )
            box.toggled.connect(self.changed)
            layout.addWidget(box, number // THEME_COLUMNS, number % THEME_COLUMNS)
            self.boxes[theme.code] = box
        layout.setColumnStretch(THEME_COLUMNS, 1)

    def field_value(self) -> list[str]:
        """Return the codes of the ticked themes in document order."""
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_field_value(self, value: Any) -> None:
        """Tick the themes whose codes are given."""
        for code, box in self.boxes.items():
            box.setChecked(code in (value or ()))


class ItemDetails(QWidget):
    """The form above the minutes; every field saves itself."""

    def __init__(
        self, host: EditorHost, themes: list[Theme], parent: QWidget | None = None
    ) -> None:
        """Build the form; it stays empty until an item is loaded."""
        super().__init__(parent)
        self.host = host
        self.item: Handle | None = None
        self.title = LineEdit(t("Title of the agenda item"))
        self.title.setMaxLength(SHORT_TEXT_MAX)
        self.presenter = LineEdit(t("Presenter"))
        self.presenter.setMaxLength(SHORT_TEXT_MAX)
        self.presenter.setPlaceholderText(t("Who introduces the item"))
        self.planned = QSpinBox()
        name_spin_box(self.planned, t("Planned minutes"))
        self.planned.setRange(-1, 24 * 60)
        self.planned.setSpecialValueText(t("none"))
        self.planned.setSuffix(t(" min"))
        self.confidential = QCheckBox(t("Confidential / casuïstiek"))
        self.confidential.setAccessibleName(t("Confidential / casuïstiek"))
        self.confidential.setToolTip(
            t("Confidential items stay out of distributed minutes by default")
        )
        self.themes = ThemesBox(themes)
        self.labels = LineEdit(t("Labels"))
        self.labels.setPlaceholderText(t("Free labels, separated by commas"))
        self.description = TextEdit(t("Description of the agenda item"), DESCRIPTION_LINES)
        self.description.setPlaceholderText(
            t("What the item is about, what is asked of the driehoek")
        )
        self._layout()
        self.savers = {
            "title": self._saver(self.title, "title"),
            "presenter": self._saver(self.presenter, "presenter"),
            "planned_minutes": self._saver(self.planned, "planned_minutes"),
            "confidential": self._saver(self.confidential, "confidential", immediate=True),
            "themes": self._saver(self.themes, "themes", immediate=True),
            "labels": FieldSaver(self.labels, self._commit_labels),
            "description": self._saver(self.description, "description"),
        }

    def _layout(self) -> None:
        """Place the fields in a compact form."""
        second = QHBoxLayout()
        second.addWidget(self.presenter, 3)
        planned_label = QLabel(t("Ti&me:"))
        planned_label.setBuddy(self.planned)
        second.addWidget(planned_label)
        second.addWidget(self.planned)
        second.addWidget(self.confidential)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self._label(t("Tit&le:"), self.title), self.title)
        form.addRow(self._label(t("Presen&ter:"), self.presenter), second)
        form.addRow(t("IMV themes:"), self.themes)
        form.addRow(self._label(t("&Labels:"), self.labels), self.labels)
        form.addRow(self._label(t("Descriptio&n:"), self.description), self.description)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        """Return a form label whose mnemonic focuses buddy."""
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _saver(self, widget: QWidget, field: str, immediate: bool = False) -> FieldSaver:
        """Bind a widget to an item field."""
        return FieldSaver(
            widget, lambda old, new: self._commit(field, old, new), immediate=immediate
        )

    def _commit(self, field: str, old: Any, new: Any) -> bool:
        """Store one field of the current item."""
        if self.item is None:
            return True
        return self.host.edit_field(self.item, field, old, new)

    def _commit_labels(self, old: str, new: str) -> bool:
        """Store the labels typed as comma-separated text."""
        if parse_labels(old) == parse_labels(new):
            return True
        return self._commit("labels", parse_labels(old), parse_labels(new))

    def load(
        self, item: AgendaItem | None, handle: Handle | None, *, keep_unsaved: bool = False
    ) -> None:
        """Show an item (None: clear the form); keep_unsaved keeps refused text on screen."""
        self.item = handle
        values = {
            "title": item.title if item else "",
            "presenter": item.presenter if item else "",
            "planned_minutes": item.planned_minutes if item else None,
            "confidential": item.confidential if item else False,
            "themes": list(item.themes) if item else [],
            "labels": join_labels(item.labels) if item else "",
            "description": item.description if item else "",
        }
        for field, value in values.items():
            self.savers[field].load(value, keep_unsaved=keep_unsaved)

    def flush(self) -> bool:
        """Save every field that is not stored yet."""
        return all([saver.flush() for saver in self.savers.values()])

    def set_read_only(self, read_only: bool) -> None:
        """Make the form read-only."""
        for editor in (self.title, self.presenter, self.labels, self.description):
            editor.setReadOnly(read_only)
        for widget in (self.planned, self.confidential, self.themes):
            widget.setEnabled(not read_only)
