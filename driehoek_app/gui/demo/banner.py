"""The on-screen mark of a demo database: nobody may mistake fictional data for real data."""

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import QLabel, QToolBar, QWidget

from driehoek_app.gui import theme
from driehoek_app.gui.i18n import t

if TYPE_CHECKING:
    import sqlite_utils

AMBER = QColor(240, 170, 0)
AMBER_SHARE = 0.45  # of amber mixed into the window colour: light and dark mode both work


class DemoBanner(QLabel):
    """A bold label on an amber tint, shown only while the database holds demo data."""

    def __init__(
        self, db: "sqlite_utils.Database | None" = None, parent: QWidget | None = None
    ) -> None:
        """Style the label; refresh() decides whether it shows (never without a database)."""
        super().__init__(t("Demo data – not for real meetings"), parent)
        self.db = db
        self.action: QAction | None = None  # set when the banner sits in a toolbar
        self.setFont(theme.bold(self.font()))
        self.setAccessibleName(t("Demo data – not for real meetings"))
        margin = self.fontMetrics().averageCharWidth()
        self.setContentsMargins(margin, margin // 2, margin, margin // 2)
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        palette.setColor(QPalette.ColorRole.Window, theme.blend(window, AMBER, AMBER_SHARE))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.refresh()

    def place_in(self, toolbar: QToolBar) -> None:
        """Put the banner in a toolbar (whose action then shows and hides it)."""
        self.action = toolbar.addWidget(self)
        self.show()
        self.refresh()

    def refresh(self) -> bool:
        """Show the banner when the database holds demo data; return whether it does."""
        info = None
        if self.db is not None:
            from driehoek_app.core.demo_marks import demo_info

            info = demo_info(self.db)
        if info is not None:
            self.setToolTip(
                t(
                    "This database holds fictional demo data (seed {seed}, {first} to {last}). "
                    "Do not record real meetings in it."
                ).format(seed=info.seed, first=info.first_year, last=info.last_year)
            )
        shown = info is not None
        if self.action is not None:
            self.action.setVisible(shown)
        else:
            self.setVisible(shown)
        return shown
