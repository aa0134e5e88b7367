"""The structured results of an intervention inside its dialog: add, change and remove lines.

Lines are kept in the dialog until it is saved; then save_results() writes the difference
through core (in the dialog's transaction).
"""

from dataclasses import dataclass, replace

import sqlite_utils
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from driehoek_app.core.interventions import Result, add_result, delete_result, update_result
from driehoek_app.core.money import AmountError, format_euro, parse_euro
from driehoek_app.core.ondermijning_schema import AMOUNT_RESULT_KINDS
from driehoek_app.gui import dialogs
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.ondermijning import forms, labels


@dataclass(frozen=True)
class ResultLine:
    """A result as edited: stored ones keep their id, new ones have none."""

    kind: str
    count: int
    amount_cents: int | None
    note: str
    id: int | None = None

    @property
    def text(self) -> str:
        """Return the line as shown in the list."""
        return labels.result_label(self.kind, self.count, self.amount_cents, self.note)


class ResultDialog(QDialog):
    """One result: kind, how often, amount in euro (where it applies) and a note."""

    def __init__(self, line: ResultLine | None = None, parent: QWidget | None = None) -> None:
        """Build the form, filled with line when given."""
        super().__init__(parent)
        self.setWindowTitle(t("Result of the intervention"))
        common.set_width(self, 60)
        self.line: ResultLine | None = None
        self.kind = forms.choice_box(t("Kind of result"), labels.result_kinds())
        self.count = QSpinBox()
        self.count.setRange(1, 1_000_000)
        self.count.setAccessibleName(t("Number"))
        self.count.lineEdit().setAccessibleName(t("Number"))
        self.amount = forms.line(t("Amount in euro"), placeholder=t("for example 12.500,50"))
        self.note = forms.line(t("Note on the result"), placeholder=t("for example cash and a car"))
        if line is not None:
            common.select_data(self.kind, line.kind)
            self.count.setValue(line.count)
            self.amount.setText(format_euro(line.amount_cents))
            self.note.setText(line.note)
        form = QFormLayout()
        for text, field in (
            (t("&Kind:"), self.kind),
            (t("N&umber:"), self.count),
            (t("&Amount (€):"), self.amount),
            (t("N&ote:"), self.note),
        ):
            form.addRow(common.buddy_label(text, field), field)
        self.buttons = common.dialog_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._enable)
        self._enable()
        self.kind.setFocus()

    def _enable(self) -> None:
        """Offer the amount only for results that carry money (beslag, boete, ...)."""
        self.amount.setEnabled(self.kind.currentData() in AMOUNT_RESULT_KINDS)

    def accept(self) -> None:
        """Read the amount the Dutch way; stay open with a message when it is not an amount."""
        kind = self.kind.currentData()
        amount = None
        if kind in AMOUNT_RESULT_KINDS:
            try:
                amount = parse_euro(self.amount.text())
            except AmountError as error:
                dialogs.show_error(self, t("Amount: {reason}.").format(reason=error))
                self.amount.setFocus()
                return
        self.line = ResultLine(kind, self.count.value(), amount, self.note.text().strip())
        super().accept()


def ask_result(parent: QWidget | None, line: ResultLine | None = None) -> ResultLine | None:
    """Ask for a result; return it, or None when cancelled."""
    dialog = ResultDialog(line, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.line


class ResultsEditor(QWidget):
    """The list of results with buttons to add, change and remove a line."""

    def __init__(self, results: tuple[Result, ...] = (), parent: QWidget | None = None) -> None:
        """Show the stored results."""
        super().__init__(parent)
        self.original = {r.id: r for r in results}
        self.lines = [ResultLine(r.kind, r.count, r.amount_cents, r.note, r.id) for r in results]
        self.list = QListWidget()
        self.list.setAccessibleName(t("Results"))
        self.add = common.button(t("Add res&ult..."), t("Add result"))
        self.edit = common.button(t("Change resu&lt..."), t("Change result"))
        self.remove = common.button(t("Remove re&sult"), t("Remove result"))
        buttons = QVBoxLayout()
        for widget in (self.add, self.edit, self.remove):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.setFixedHeight(self.list.fontMetrics().lineSpacing() * 5)
        self.add.clicked.connect(self._add)
        self.edit.clicked.connect(self._edit)
        self.list.itemActivated.connect(lambda _item: self._edit())
        self.remove.clicked.connect(self._remove)
        self._show()

    def _show(self, row: int = 0) -> None:
        """Show the lines; make row current."""
        self.list.clear()
        for line in self.lines:
            self.list.addItem(QListWidgetItem(line.text))
        if self.lines:
            self.list.setCurrentRow(max(0, min(row, len(self.lines) - 1)))
        self.edit.setEnabled(bool(self.lines))
        self.remove.setEnabled(bool(self.lines))

    def _add(self) -> None:
        """Add a line."""
        line = ask_result(self)
        if line is not None:
            self.lines.append(line)
            self._show(len(self.lines) - 1)

    def _edit(self) -> None:
        """Change the chosen line."""
        row = self.list.currentRow()
        if not 0 <= row < len(self.lines):
            return
        line = ask_result(self, self.lines[row])
        if line is not None:
            self.lines[row] = replace(line, id=self.lines[row].id)
            self._show(row)

    def _remove(self) -> None:
        """Remove the chosen line."""
        row = self.list.currentRow()
        if 0 <= row < len(self.lines):
            del self.lines[row]
            self._show(row)


def save_results(db: sqlite_utils.Database, intervention_id: int, editor: ResultsEditor) -> None:
    """Write the edited lines: remove dropped results, change edited ones, add new ones."""
    kept = {line.id for line in editor.lines if line.id is not None}
    for result_id in editor.original:
        if result_id not in kept:
            delete_result(db, result_id)
    for line in editor.lines:
        if line.id is None:
            add_result(db, intervention_id, line.kind, line.count, line.amount_cents, line.note)
            continue
        old = editor.original[line.id]
        if (old.kind, old.count, old.amount_cents, old.note) != (
            line.kind,
            line.count,
            line.amount_cents,
            line.note,
        ):
            update_result(db, line.id, kind=line.kind, count=line.count,
                          amount_cents=line.amount_cents, note=line.note)  # fmt: skip
