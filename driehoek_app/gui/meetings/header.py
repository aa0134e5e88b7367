"""The top of the meeting screen: what meeting this is, its status and the meeting buttons."""

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout, QWidget

from driehoek_app.core.meetings import Meeting
from driehoek_app.gui import theme
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings import dates


def _button(text: str, name: str, tip: str) -> QPushButton:
    """Return a push button with its accessible name and tooltip."""
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setToolTip(tip)
    return button


def when_text(meeting: Meeting) -> str:
    """Return 'donderdag 3 december 2026, 09:00–10:30'."""
    return t("{date}, {start}–{end}").format(
        date=dates.long_date(meeting.date), start=meeting.start_time, end=meeting.end_time
    )


def status_line(meeting: Meeting) -> str:
    """Return 'Concept, versie 1' or 'Vastgesteld, versie 2'."""
    if meeting.is_read_only:
        return t("Vastgesteld, version {version}").format(version=meeting.version)
    return t("Concept, version {version}").format(version=meeting.version)


def banner_text(meeting: Meeting, approved_in: Meeting | None) -> str:
    """Return the read-only notice of a vastgesteld meeting (or the reason of a correction)."""
    if meeting.is_read_only:
        if approved_in is not None:
            return t(
                "Vastgesteld on {date} in the meeting of {meeting}; changes can only be made "
                "through Correctie."
            ).format(
                date=dates.long_date(meeting.approved_on, weekday=False),
                meeting=dates.long_date(approved_in.date, weekday=False),
            )
        return t("Vastgesteld on {date}; changes can only be made through Correctie.").format(
            date=dates.long_date(meeting.approved_on, weekday=False)
        )
    if meeting.version > 1:
        return t("Correction, version {version}: {reason}").format(
            version=meeting.version, reason=meeting.correction_reason
        )
    return ""


class MeetingHeader(QWidget):
    """Body, date and time, place, classification and status, with the meeting buttons."""

    back_requested = Signal()
    properties_requested = Signal()
    approve_requested = Signal()
    correction_requested = Signal()
    versions_requested = Signal()
    help_requested = Signal()
    document_requested = Signal(str)  # "agenda" or "minutes"

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the labels, the banner and the buttons."""
        super().__init__(parent)
        self.back = _button(
            t("← Meetings"),
            t("Back to the meetings list"),
            t("Back to the list of meetings (Alt+Left)"),
        )
        self.title = QLabel()
        self.title.setFont(theme.scaled(theme.bold(self.title.font()), 1.3))
        self.when = QLabel()
        self.when.setFont(theme.bold(self.when.font()))
        self.location = QLabel()
        self.classification = QLabel()
        self.chair = QLabel()
        self.status = QLabel()
        self.status.setFont(theme.bold(self.status.font()))
        self.properties = _button(
            t("&Properties…"),
            t("Meeting properties"),
            t("Date, times, location, classification and chair"),
        )
        self.approve = _button(
            t("&Approve…"),
            t("Approve the minutes"),
            t("Vaststellen: the minutes become final and read-only"),
        )
        self.correction = _button(
            t("&Correction…"),
            t("Start a correction"),
            t("Reopen the minutes as a new version, with a reason"),
        )
        self.versions = _button(
            t("&Versions…"), t("Approved versions"), t("Read the earlier approved versions")
        )
        self.make_agenda = _button(
            t("Make &agenda…"),
            t("Make the agenda"),
            t("The agenda (convocatie) as PDF: preview, save and print (Ctrl+Shift+G)"),
        )
        self.make_minutes = _button(
            t("Make &minutes…"),
            t("Make the minutes"),
            t("The verslag with besluitenlijst and actielijst as PDF (Ctrl+Shift+V)"),
        )
        self.help = _button(
            t("Shortcuts (F1)"),
            t("Keyboard shortcuts"),
            t("The keys for taking minutes with the keyboard alone"),
        )
        self.banner = QFrame()
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setAutoFillBackground(True)
        palette = self.banner.palette()
        palette.setBrush(QPalette.ColorRole.Window, theme.emphasis_brush())
        self.banner.setPalette(palette)
        self.banner_icon = QLabel()
        size = self.fontMetrics().height()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.banner_icon.setPixmap(icon.pixmap(size, size))
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_text.setFont(theme.bold(self.banner_text.font()))
        self._layout()
        self.back.clicked.connect(self.back_requested)
        self.properties.clicked.connect(self.properties_requested)
        self.approve.clicked.connect(self.approve_requested)
        self.correction.clicked.connect(self.correction_requested)
        self.versions.clicked.connect(self.versions_requested)
        self.help.clicked.connect(self.help_requested)
        self.make_agenda.clicked.connect(lambda: self.document_requested.emit("agenda"))
        self.make_minutes.clicked.connect(lambda: self.document_requested.emit("minutes"))

    def _layout(self) -> None:
        """Back button and title on top, details below, buttons to the right, banner under all."""
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.when)
        details = QHBoxLayout()
        details.setSpacing(self.fontMetrics().averageCharWidth() * 4)
        for label in (self.title, self.when, self.location, self.classification, self.chair):
            label.setWordWrap(True)  # a laptop screen (1280, 1366 wide) shows it all, wrapped
        for label in (self.location, self.classification, self.chair):
            details.addWidget(label)
        details.addStretch(1)
        text.addLayout(details)
        documents = QHBoxLayout()  # the status, then what is made of the meeting
        documents.addWidget(self.status)
        documents.addStretch(1)
        documents.addWidget(self.make_agenda)
        documents.addWidget(self.make_minutes)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.properties, self.approve, self.correction, self.versions, self.help):
            buttons.addWidget(button)
        side = QVBoxLayout()
        side.addLayout(documents)
        side.addLayout(buttons)
        side.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        top.addLayout(text, 1)
        top.addLayout(side)
        banner = QHBoxLayout(self.banner)
        banner.addWidget(self.banner_icon)
        banner.addWidget(self.banner_text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.banner)

    def show_meeting(self, meeting: Meeting, approved_in: Meeting | None, versions: int) -> None:
        """Show a meeting's details, status, banner and the buttons that apply."""
        self.title.setText(meeting.body_name)
        self.when.setText(when_text(meeting))
        self.location.setText(meeting.location)
        self.location.setVisible(bool(meeting.location))
        self.classification.setText(
            t("Classification: {level}").format(level=meeting.classification)
        )
        self.chair.setText(t("Chair: {name}").format(name=meeting.chair_name or ""))
        self.chair.setVisible(bool(meeting.chair_name))
        self.status.setText(status_line(meeting))
        notice = banner_text(meeting, approved_in)
        self.banner_text.setText(notice)
        self.banner.setVisible(bool(notice))
        self.properties.setEnabled(not meeting.is_read_only)
        self.approve.setVisible(not meeting.is_read_only)
        self.correction.setVisible(meeting.is_read_only)
        self.versions.setVisible(versions > 0)
