"""Saving a register with its current filters as CSV or XLSX, through the file dialog."""

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from driehoek_app.core.export_target import FORMATS
from driehoek_app.gui import dialogs
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs.common import attempt, ok


@dataclass(frozen=True)
class Exported:
    """Where a register was saved and how many rows it holds."""

    path: Path
    rows: int


def target_path(path: Path, fmt: str) -> tuple[Path, str]:
    """Return the path and format to write: a typed .csv/.xlsx wins, else fmt is appended."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return path, suffix
    return path.with_name(f"{path.name}.{fmt}"), fmt


def suggested_name(kind: str, fmt: str, today: dt.date | None = None) -> str:
    """Return a file name such as 'besluitenregister-2026-11-29.xlsx'."""
    base = {"decisions": "besluitenregister", "actions": "actieregister"}[kind]
    return f"{base}-{(today or dt.date.today()).isoformat()}.{fmt}"


def export_with_dialog(
    parent: QWidget,
    db: sqlite_utils.Database,
    kind: str,
    flt: Any,
    fmt: str,
    today: dt.date | None = None,
) -> Exported | None:
    """Ask where to save, write the filtered register there; None when cancelled or refused."""
    titles = {
        "decisions": t("Export the besluitenregister"),
        "actions": t("Export the actieregister"),
    }
    chosen = dialogs.ask_save_file(parent, titles[kind], suggested_name(kind, fmt, today))
    if chosen is None:
        return None
    from driehoek_app.core.register_tables import export_register  # pandas: on first use

    path, fmt = target_path(chosen, fmt)
    rows = attempt(parent, lambda: export_register(db, kind, path, fmt, flt, today))
    return Exported(path, rows) if ok(rows) else None


def export_button(on_export: Any) -> QPushButton:
    """Return the Exporteren button with its menu: CSV for Dutch Excel, or an XLSX workbook."""
    button = QPushButton(t("E&xport"))
    button.setAccessibleName(t("Export"))
    button.setToolTip(t("Save the rows shown (with the current filters) as CSV or XLSX"))
    button.setAutoDefault(False)
    menu = QMenu(button)
    menu.setAccessibleName(t("Export format"))
    csv = menu.addAction(t("As &CSV (Dutch Excel)…"))
    csv.triggered.connect(lambda: on_export("csv"))
    xlsx = menu.addAction(t("As Excel &workbook (.xlsx)…"))
    xlsx.triggered.connect(lambda: on_export("xlsx"))
    button.setMenu(menu)
    return button
