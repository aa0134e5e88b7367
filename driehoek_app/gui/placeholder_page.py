"""A plain page for an area that a later version will build: what it will hold, nothing to click."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from driehoek_app.gui import theme
from driehoek_app.gui.i18n import t


class PlaceholderPage(QWidget):
    """Says what an area will hold and that it comes in a later version."""

    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        """Show the area title and its description as plain, readable text."""
        super().__init__(parent)
        heading = QLabel(title)
        heading.setObjectName("areaHeading")
        heading.setFont(theme.scaled(theme.bold(heading.font()), 1.3))
        body = QLabel(description)
        body.setWordWrap(True)
        later = QLabel(
            t(
                "This part comes in a later version of driehoek_app. The reference data of the "
                "IMV can already be read under Reference (Ctrl+4)."
            )
        )
        later.setWordWrap(True)
        for label in (body, later):
            label.setMaximumWidth(label.fontMetrics().averageCharWidth() * 80)
            label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(heading)
        layout.addSpacing(heading.fontMetrics().height() // 2)
        layout.addWidget(body)
        layout.addWidget(later)
        layout.addStretch(1)
