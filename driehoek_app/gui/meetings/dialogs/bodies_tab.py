"""The 'bodies' tab: each body's name, code, kind, gemeenten and members with their role."""

from collections.abc import Callable

import sqlite_utils
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from driehoek_app.core.bodies import (
    Body,
    delete_body,
    get_body,
    list_bodies,
    list_members,
    remove_member,
    set_member,
    update_body,
)
from driehoek_app.gui import dialogs
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import body_dialog, common, person_dialog
from driehoek_app.gui.meetings.dialogs.labels import body_kind_labels, label, role_labels
from driehoek_app.gui.meetings.dialogs.rows_model import Column, RowsModel, RowsTable

ID_ROLE = Qt.ItemDataRole.UserRole


def member_columns() -> list[Column]:
    """Return the columns of the member list."""
    roles = role_labels()
    return [
        Column(t("Name"), lambda m: m.person.name),
        Column(t("Role in this body"), lambda m: label(roles, m.role)),
        Column(t("Organisation"), lambda m: m.person.organisation),
        Column(t("E-mail"), lambda m: m.person.email),
    ]


class BodiesTab(QWidget):
    """Bodies on the left; the chosen body's details and members on the right, saved at once."""

    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        """Build the list, the details form and the member list."""
        super().__init__(parent)
        self.db = db
        self.body: Body | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(t("Bodies"))
        self.add_body = common.button(t("&New body..."), t("New body"))
        self.remove_body = common.button(t("Remo&ve body"), t("Remove body"))
        self.name = QLineEdit()
        self.name.setAccessibleName(t("Name of the body"))
        self.code = body_dialog.code_field()
        self.kind = common.combo(t("Kind of body"), body_kind_labels())
        self.basisteam = QLabel()
        self.gemeenten = QLineEdit()
        self.gemeenten.setAccessibleName(t("Gemeenten"))
        self.gemeenten.setPlaceholderText(t("separated by commas: Haarlem, Zandvoort"))
        self.members = RowsTable(
            RowsModel(member_columns()), t("Members"), t("Columns of the list")
        )
        self.add_member = common.button(t("&Add member..."), t("Add member"))
        self.member_role = common.combo(t("Role of the chosen member"), role_labels())
        self.remove_member = common.button(t("Remove &from body"), t("Remove member from body"))
        self._build_layout()
        self.list.currentItemChanged.connect(self._show_current)
        self.add_body.clicked.connect(self._add_body)
        self.remove_body.clicked.connect(self._remove_body)
        self.name.editingFinished.connect(lambda: self._save("name", self.name.text().strip()))
        self.code.editingFinished.connect(lambda: self._save("code", self.code.text().strip()))
        self.kind.activated.connect(lambda: self._save("kind", self.kind.currentData()))
        self.gemeenten.editingFinished.connect(
            lambda: self._save("gemeenten", body_dialog.split_gemeenten(self.gemeenten.text()))
        )
        self.members.selectionModel().currentRowChanged.connect(self._show_member_role)
        self.member_role.activated.connect(self._change_role)
        self.add_member.clicked.connect(self._add_member)
        self.remove_member.clicked.connect(self._remove_member)
        self.refresh()
        self._fit_list()

    def _build_layout(self) -> None:
        """Place the list with its buttons left and the details with the members right."""
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.add_body)
        left_buttons.addWidget(self.remove_body)
        left_layout.addLayout(left_buttons)
        details = QGroupBox(t("Details (saved as you go)"))
        form = QFormLayout(details)
        form.addRow(common.buddy_label(t("Na&me:"), self.name), self.name)
        form.addRow(common.buddy_label(t("C&ode:"), self.code), self.code)
        form.addRow(common.buddy_label(t("&Kind:"), self.kind), self.kind)
        form.addRow(t("Basisteam:"), self.basisteam)
        form.addRow(common.buddy_label(t("&Gemeenten:"), self.gemeenten), self.gemeenten)
        member_box = QGroupBox(t("Members"))
        member_layout = QVBoxLayout(member_box)
        member_layout.addWidget(self.members, 1)
        member_buttons = QHBoxLayout()
        member_buttons.addWidget(self.add_member)
        member_buttons.addWidget(common.buddy_label(t("&Role:"), self.member_role))
        member_buttons.addWidget(self.member_role)
        member_buttons.addWidget(self.remove_member)
        member_buttons.addStretch(1)
        member_layout.addLayout(member_buttons)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(details)
        right_layout.addWidget(member_box, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _fit_list(self) -> None:
        """Make the list of bodies as wide as its longest entry."""
        extra = 2 * self.list.frameWidth() + self.list.verticalScrollBar().sizeHint().width()
        width = self.list.sizeHintForColumn(0) + extra + self.fontMetrics().averageCharWidth()
        self.splitter.setSizes([width, 3 * width])

    def refresh(self, keep_id: int | None = None) -> None:
        """Reload the list of bodies and show keep_id (or the current body, or the first)."""
        keep_id = keep_id if keep_id is not None else (self.body.id if self.body else None)
        self.list.blockSignals(True)
        self.list.clear()
        for body in list_bodies(self.db):
            item = QListWidgetItem(t("{name} ({code})").format(name=body.name, code=body.code))
            item.setData(ID_ROLE, body.id)
            self.list.addItem(item)
            if body.id == keep_id:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._show_current()

    def select_body(self, body_id: int) -> None:
        """Show the body with this id."""
        self.refresh(body_id)

    def _show_current(self) -> None:
        """Show the details and members of the body chosen in the list."""
        item = self.list.currentItem()
        self.body = get_body(self.db, item.data(ID_ROLE)) if item else None
        body = self.body
        for widget in (self.name, self.code, self.kind, self.gemeenten, self.add_member):
            widget.setEnabled(body is not None)
        self.name.setText(body.name if body else "")
        self.code.setText(body.code if body else "")
        common.select_data(self.kind, body.kind if body else "overig")
        is_basisteam = body is not None and body.kind == "basisteamdriehoek"
        self.kind.setEnabled(body is not None and not is_basisteam)
        self.remove_body.setEnabled(body is not None and not is_basisteam)
        self.basisteam.setText((body.basisteam_name or t("none")) if body else "")
        self.gemeenten.setText(", ".join(body.gemeenten) if body else "")
        self._show_members()

    def _show_members(self, keep_person: int | None = None) -> None:
        """Show the members of the current body."""
        members = list_members(self.db, self.body.id) if self.body else []
        self.members.rows_model().set_rows(members)
        self.members.fit_columns()
        if keep_person is None or not self.members.select_where(
            lambda m: m.person.id == keep_person
        ):
            self.members.select_row(0)
        self._show_member_role()

    def _show_member_role(self) -> None:
        """Show the role of the chosen member; disable the member buttons without one."""
        member = self.members.current_row()
        self.member_role.setEnabled(member is not None)
        self.remove_member.setEnabled(member is not None)
        if member is not None:
            common.select_data(self.member_role, member.role)

    def _save(self, field: str, value: object) -> None:
        """Store one changed field of the body; on a refusal show why and the stored value."""
        if self.body is None:
            return
        current = {"name": self.body.name, "code": self.body.code, "kind": self.body.kind,
                   "gemeenten": list(self.body.gemeenten)}  # fmt: skip
        if current[field] == value:
            return
        body_id = self.body.id
        saved = common.attempt(self, lambda: update_body(self.db, body_id, **{field: value}))
        self.refresh(body_id)
        if not common.ok(saved):
            fields = {"name": self.name, "code": self.code, "kind": self.kind,
                      "gemeenten": self.gemeenten}  # fmt: skip
            fields[field].setFocus()  # back to the field to correct

    def _add_body(self) -> None:
        """Add a body (district meeting, RBOP, ...) and show it."""
        body_id = body_dialog.ask_new_body(self, self.db)
        if body_id is not None:
            self.refresh(body_id)
            self.name.setFocus()

    def _remove_body(self) -> None:
        """Remove the current body after confirmation (refused when it has meetings)."""
        if self.body is None:
            return
        body = self.body
        question = t("Remove {name}? Its members stay in the list of people.").format(
            name=body.name
        )
        if not dialogs.confirm(self, t("Remove body"), question, t("&Remove")):
            return
        if common.ok(common.attempt(self, lambda: delete_body(self.db, body.id))):
            self.body = None
            self.refresh()

    def _member_call(self, call: Callable[[], object], keep_person: int | None) -> None:
        """Run a member change through core and show the result."""
        common.attempt(self, call)
        self._show_members(keep_person)

    def _add_member(self) -> None:
        """Pick a person (or enter a new one) and add them to the body."""
        if self.body is None:
            return
        body_id = self.body.id
        exclude = {m.person.id for m in list_members(self.db, body_id)}
        title = t("Add member to {name}").format(name=self.body.name)
        person_id = person_dialog.pick_person(
            self, self.db, title, exclude, new_role="burgemeester"
        )
        if person_id is not None:
            self._member_call(lambda: set_member(self.db, body_id, person_id), person_id)

    def _change_role(self) -> None:
        """Give the chosen member the role chosen in the role field."""
        member = self.members.current_row()
        role = self.member_role.currentData()
        if member is None or self.body is None or role == member.role:
            return
        body_id, person_id = self.body.id, member.person.id
        self._member_call(lambda: set_member(self.db, body_id, person_id, role), person_id)

    def _remove_member(self) -> None:
        """Take the chosen member off the body (they stay in the list of people)."""
        member = self.members.current_row()
        if member is None or self.body is None:
            return
        body_id = self.body.id
        self._member_call(lambda: remove_member(self.db, body_id, member.person.id), None)
