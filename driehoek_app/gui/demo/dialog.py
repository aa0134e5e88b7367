"""Demogegevens laden: ask years and seed, refuse or confirm for real data, then run."""

import datetime as dt

import sqlite_utils
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from driehoek_app.core.demo import MAX_YEARS, DemoSummary, is_demo_database, real_meeting_count
from driehoek_app.gui import dialogs
from driehoek_app.gui.demo.worker import DemoRun, DemoWorker
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs.common import dialog_buttons, set_width
from driehoek_app.gui.registers import modal

DEFAULT_YEARS = 2
MAX_SEED = 2_000_000_000


def number_field(name: str, lowest: int, highest: int, value: int) -> QSpinBox:
    """Return a whole-number field; it and its text field get the accessible name."""
    field = QSpinBox()
    field.setRange(lowest, highest)
    field.setValue(value)
    field.setAccessibleName(name)
    field.lineEdit().setAccessibleName(name)
    return field


class DemoDialog(QDialog):
    """Asks how many years of fictional meetings to make, and the seed."""

    def __init__(self, parent: QWidget | None) -> None:
        """Two number fields and what the demo data is."""
        super().__init__(parent)
        self.setWindowTitle(t("Load demo data"))
        about = QLabel(
            t(
                "Fills the database with fictional meetings of all ten basisteamdriehoeken: "
                "agendas, minutes, decisions and actions, clearly marked as demo data. The "
                "same seed gives the same data. Use it for a first look or a training, never "
                "together with real meetings."
            )
        )
        about.setWordWrap(True)
        self.years = number_field(t("Number of years"), 1, MAX_YEARS, DEFAULT_YEARS)
        self.years.setToolTip(t("Years up to and including this one; ten years take a while"))
        self.seed = number_field(t("Seed"), 0, MAX_SEED, 1)
        self.seed.setToolTip(t("Another number gives other fictional meetings"))
        form = QFormLayout()
        form.addRow(t("Number of &years:"), self.years)
        form.addRow(t("&Seed:"), self.seed)
        self.buttons = dialog_buttons(self, t("&Make demo data"), t("Make demo data"))
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        set_width(self, 64)


def summary_text(summary: DemoSummary) -> str:
    """Return what was made: 'Demogegevens geladen: 198 vergaderingen, ...'."""
    return t(
        "Demo data loaded: {meetings} meetings, {decisions} decisions, {actions} actions, "
        "{beelden} ondermijningsbeelden."
    ).format(
        meetings=summary.meetings,
        decisions=summary.decisions,
        actions=summary.actions,
        beelden=summary.beelden,
    )


def may_add_demo(parent: QWidget, db: sqlite_utils.Database) -> bool | None:
    """Return force (False or True) when demo data may be added, None when refused."""
    if is_demo_database(db):
        dialogs.show_error(
            parent,
            t("This database already holds demo data; open an empty database to load it again."),
        )
        return None
    real = real_meeting_count(db)
    if not real:
        return False
    question = t(
        "This database holds {count} real meeting(s). Demo data belongs in an empty database: "
        "mixed in, fictional meetings could be mistaken for real ones. Add it anyway?"
    ).format(count=real)
    accepted = dialogs.confirm(parent, t("Load demo data"), question, t("Add &anyway"))
    return True if accepted else None


def start_demo(
    parent: QWidget, db: sqlite_utils.Database, today: dt.date | None = None
) -> DemoRun | None:
    """Ask, then start making demo data on a worker thread; None when nothing was started."""
    force = may_add_demo(parent, db)
    if force is None:
        return None
    dialog = DemoDialog(parent)
    if not modal.run(dialog):
        return None
    worker = DemoWorker(db, dialog.years.value(), dialog.seed.value(), force, today)
    run = DemoRun(parent, worker)
    run.failed.connect(lambda message: dialogs.show_error(parent, message))
    run.start()
    return run
