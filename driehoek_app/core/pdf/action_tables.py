"""The action tables of the agenda and the verslag: new actions and carried-over ones."""

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from driehoek_app.core.pdf.meeting_data import ActionLine
from driehoek_app.core.pdf.parts import FRAME_WIDTH, NBSP, cell, data_table, table_date, text_cell
from driehoek_app.core.pdf.styles import document_styles

OWNER_WIDTH = 34 * mm
DATE_WIDTH = 34 * mm  # '28 september 2026' on one line
ITEM_WIDTH = 14 * mm
ORIGIN_WIDTH = 37 * mm


def origin(action: ActionLine) -> str:
    """Return where a carried-over action was agreed: '5 november 2026, punt 4'."""
    return f"{table_date(action.meeting_date)}, punt{NBSP}{action.item_number}"


def _what(action: ActionLine) -> list[Flowable]:
    """Return the action cell: its text, and its status (when not open) and remark below."""
    muted = document_styles().table_muted
    flow = text_cell(action.text)
    if action.status != "open":
        flow.append(cell(f"Status: {action.status}", muted))
    if action.remark:
        flow.append(cell(f"Opmerking: {action.remark}", muted))
    return flow


def action_table(actions: tuple[ActionLine, ...], *, with_item: bool) -> Flowable:
    """Return actions agreed in this meeting: action, owner, due date (and the item number)."""
    header = ["Actie", "Actiehouder", "Streefdatum"]
    widths = [OWNER_WIDTH, DATE_WIDTH]
    if with_item:
        header.append("Punt")
        widths.append(ITEM_WIDTH)
    widths.insert(0, FRAME_WIDTH - sum(widths))
    rows = []
    for action in actions:
        row = [_what(action), action.owner or "–", table_date(action.due_date)]
        if with_item:
            row.append(str(action.item_number))
        rows.append(row)
    return data_table(header, rows, widths)


def carried_table(actions: tuple[ActionLine, ...]) -> Flowable:
    """Return the actions of earlier meetings on this meeting's list, with where they came from."""
    widths = [OWNER_WIDTH, DATE_WIDTH, ORIGIN_WIDTH]
    widths.insert(0, FRAME_WIDTH - sum(widths))
    rows = [
        [_what(action), action.owner or "–", table_date(action.due_date), origin(action)]
        for action in actions
    ]
    return data_table(["Actie", "Actiehouder", "Streefdatum", "Uit vergadering"], rows, widths)


def withheld_actions_note(count: int) -> str:
    """Return the note that count actions of confidential items are not listed."""
    if count == 1:
        return (
            "1 actie bij een vertrouwelijk agendapunt van een eerdere vergadering staat niet "
            "in deze lijst."
        )
    return (
        f"{count} acties bij vertrouwelijke agendapunten van eerdere vergaderingen staan niet "
        "in deze lijst."
    )
