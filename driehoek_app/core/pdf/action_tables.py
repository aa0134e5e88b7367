"""The action tables of the agenda and the verslag: new actions and carried-over ones."""

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from driehoek_app.core.pdf.meeting_model import ActionLine, ChangeLine, iso_date
from driehoek_app.core.pdf.parts import (
    FRAME_WIDTH,
    NBSP,
    cell,
    data_table,
    short_date,
    table_date,
    text_cell,
)
from driehoek_app.core.pdf.styles import document_styles

OWNER_WIDTH = 34 * mm
DATE_WIDTH = 34 * mm  # '28 september 2026' on one line
ITEM_WIDTH = 14 * mm
ORIGIN_WIDTH = 37 * mm


STATUS_CHANGES = {"afgerond": "afgerond", "vervallen": "vervallen verklaard", "open": "heropend"}


def origin(action: ActionLine) -> str:
    """Return where a carried-over action was agreed: '5 november 2026, punt 4'."""
    if action.item_number is None:
        return table_date(action.meeting_date)
    return f"{table_date(action.meeting_date)}, punt{NBSP}{action.item_number}"


def _day(iso: str | None) -> str:
    """Return an ISO date of the action history as a Dutch date."""
    return short_date(iso_date(iso))


def _change_phrase(change: ChangeLine) -> str:
    """Return one change as a Dutch phrase: 'afgerond', 'overgedragen van A aan B', ..."""
    old, new = change.old or "", change.new or ""
    if change.field == "status":
        return STATUS_CHANGES.get(new, f"status {new}")
    if change.field == "due_date":
        if not old:
            return f"streefdatum gesteld op {_day(new)}"
        if not new:
            return f"streefdatum ({_day(old)}) vervallen"
        return f"streefdatum verzet van {_day(old)} naar {_day(new)}"
    if change.field == "owner":
        if not old:
            return f"toegewezen aan {new}"
        if not new:
            return f"niet langer toegewezen aan {old}"
        return f"overgedragen van {old} aan {new}"
    if change.field == "remark":
        return "opmerking verwijderd" if not new else "opmerking bijgewerkt"
    return f"{change.field} gewijzigd"


CHANGE_ORDER = ("due_date", "owner", "remark", "status")


def change_summary(changes: tuple[ChangeLine, ...]) -> str:
    """Return 'In deze vergadering: afgerond; streefdatum verzet van ... naar ....' ('' if none)."""
    if not changes:
        return ""
    ordered = sorted(changes, key=lambda c: CHANGE_ORDER.index(c.field)
                     if c.field in CHANGE_ORDER else len(CHANGE_ORDER))  # fmt: skip
    return "In deze vergadering: " + "; ".join(_change_phrase(c) for c in ordered) + "."


def _what(action: ActionLine, *, show_changes: bool = False) -> list[Flowable]:
    """Return the action cell: its text, what changed in this meeting, status and remark."""
    muted = document_styles().table_muted
    flow = text_cell(action.text)
    changes = action.changes if show_changes else ()
    if changes:
        flow.append(cell(change_summary(changes), muted))
    if action.status != "open" and all(c.field != "status" for c in changes):
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


def carried_table(actions: tuple[ActionLine, ...], *, show_changes: bool = False) -> Flowable:
    """Return the actions of earlier meetings on this meeting's list, with where they came from.

    show_changes adds what was changed in this meeting (the verslag; the agenda leaves it out).
    """
    widths = [OWNER_WIDTH, DATE_WIDTH, ORIGIN_WIDTH]
    widths.insert(0, FRAME_WIDTH - sum(widths))
    rows = [
        [_what(action, show_changes=show_changes), action.owner or "–",
         table_date(action.due_date), origin(action)]
        for action in actions
    ]  # fmt: skip
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
