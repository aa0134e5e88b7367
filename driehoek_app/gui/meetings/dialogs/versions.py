"""The approved versions of a meeting: a list with date and reason, and the chosen one to read."""

import sqlite_utils
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from driehoek_app.core import reference
from driehoek_app.core.approval import MeetingVersion, list_versions, read_version
from driehoek_app.core.meetings import get_meeting
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs import common
from driehoek_app.gui.meetings.dialogs.rows_model import Column, RowsModel, RowsTable
from driehoek_app.gui.meetings.dialogs.version_text import version_html

SIZE_CHARS = (140, 44)  # width in characters, height in lines


class VersionsDialog(QDialog):
    """Lists the stored versions; the chosen version is shown read-only below the list."""

    def __init__(
        self, db: sqlite_utils.Database, meeting_id: int, parent: QWidget | None = None
    ) -> None:
        """Build the list of versions and the reading pane; the newest version is chosen."""
        super().__init__(parent)
        self.db = db
        self.meeting = get_meeting(db, meeting_id)
        self.theme_titles = {th.code: th.short_title for th in reference.themes(db)}
        self.setWindowTitle(t("Versions of the minutes"))
        heading = QLabel(t("Approved versions of {meeting}").format(meeting=self.meeting.title))
        heading.setWordWrap(True)
        self.table = RowsTable(RowsModel(self._columns()), t("Versions"), t("Columns of the list"))
        self.view = QTextBrowser()
        self.view.setAccessibleName(t("Text of the chosen version"))
        self.view.setOpenLinks(False)
        self.empty = QLabel(t("There is no approved version of these minutes yet."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 1)
        lines = self.fontMetrics().lineSpacing()
        splitter.setSizes([6 * lines, 30 * lines])
        self.buttons = common.dialog_buttons(self, close_only=True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        versions = list_versions(db, meeting_id)
        self.table.rows_model().set_rows(versions)
        self.table.fit_columns()
        self.empty.setVisible(not versions)
        self.table.select_row(len(versions) - 1)
        self._show_current()
        self.resize(self.fontMetrics().averageCharWidth() * SIZE_CHARS[0], lines * SIZE_CHARS[1])
        self.table.setFocus()

    def _columns(self) -> list[Column]:
        """Return the columns of the version list."""
        return [
            Column(t("Version"), lambda v: str(v.version), align_right=True),
            Column(t("Approved on"), lambda v: common.long_date(v.approved_on)),
            Column(t("Approved in"), self._approved_in),
            Column(t("Reason for the correction"), lambda v: v.reason),
        ]

    def _approved_in(self, version: MeetingVersion) -> str:
        """Return the date of the meeting in which a version was approved (empty if none)."""
        if version.approved_in_meeting_id is None:
            return ""
        return common.long_date(get_meeting(self.db, version.approved_in_meeting_id).date)

    def _show_current(self) -> None:
        """Show the chosen version as text."""
        version = self.table.current_row()
        if version is None:
            self.view.clear()
            return
        snapshot = read_version(self.db, self.meeting.id, version.version)
        title = t("{meeting}, version {version}").format(
            meeting=self.meeting.title, version=version.version
        )
        self.view.setHtml(version_html(snapshot, title, self.theme_titles))
