"""Helpers for the Ondermijningsbeelden and Monitoring tests: fictional data, filling dialogs."""

from collections.abc import Callable

from dialog_checks import show
from PySide6.QtWidgets import QDialog, QWidget

from driehoek_app.core.agenda import add_item
from driehoek_app.core.beeld_phenomena import add_entry
from driehoek_app.core.bodies import body_for_basisteam
from driehoek_app.core.decisions import add_decision
from driehoek_app.core.interventions import add_intervention, add_result
from driehoek_app.core.meetings import create_meeting
from driehoek_app.core.ondermijningsbeeld import create_beeld
from driehoek_app.core.signals import add_signal, weigh_signal
from driehoek_app.gui.ondermijning.page import OndermijningPage


def fill_with(monkeypatch, qtbot, dialog_class: type[QDialog], fill: Callable) -> list:
    """Replace dialog_class.exec: show the dialog, let fill(dialog) type into it, return result.

    Returns the list of dialogs opened, so a test can look at them afterwards.
    """
    opened: list = []

    def run(self) -> int:
        """Show the dialog like a user would see it and fill it in."""
        show(qtbot, self)
        opened.append(self)
        fill(self)
        return self.result()

    monkeypatch.setattr(dialog_class, "exec", run)
    return opened


def haarlem_beelden(db) -> dict[str, int]:
    """A small fictional Haarlem: beeld 2025 (hennep, OMG's), beeld 2026 with some of everything."""
    old = create_beeld(db, "Haarlem", 2025, made_with="RIEC Noord-Holland")
    add_entry(db, old.id, "hennep", ernst=3, omvang=3, trend="stabiel")
    add_entry(db, old.id, "omg", ernst=2, omvang=2)
    beeld = create_beeld(db, "Haarlem", 2026, summary="Hennep in woningen neemt toe.",
                         peildatum="2026-01-20", made_with="RIEC Noord-Holland")  # fmt: skip
    hennep = add_entry(db, beeld.id, "hennep", ernst=4, omvang=3, trend="stijgend",
                       betrouwbaarheid="hoog", wijken=["Schalkwijk"])  # fmt: skip
    signal = add_signal(db, beeld.id, "2026-02-03", "politie", "Hoog stroomverbruik.", "hennep")
    weigh_signal(db, signal.id, "gemeente", "Sluiting artikel 13b.", "2026-02-10")
    add_signal(db, beeld.id, "2026-08-30", "inwoner", "Drukte tot laat in de avond.")
    closing = add_intervention(
        db,
        beeld.id,
        "bestuurlijk",
        "Sluiting woning.",
        "gemeente",
        status="afgerond",
        signals=[signal.id],
        phenomena=["hennep"],
    )
    add_result(db, closing.id, "pand gesloten")
    raid = add_intervention(db, beeld.id, "strafrechtelijk", "Ruiming kwekerij.", "politie",
                            status="lopend", phenomena=["hennep"])  # fmt: skip
    add_result(db, raid.id, "beslag", amount_cents=4_825_000, note="contant geld")
    return {"beeld": beeld.id, "old": old.id, "hennep": hennep.id, "signal": signal.id,
            "closing": closing.id, "raid": raid.id}  # fmt: skip


def haarlem_meeting(db) -> dict[str, int]:
    """A Haarlem driehoek meeting in 2026 with an ondermijning item and a decision."""
    body = body_for_basisteam(db, "Haarlem")
    meeting = create_meeting(db, body.id, "2026-04-16", "09:30", "11:00", "Stadhuis",
                             invite_members=False)  # fmt: skip
    add_item(db, meeting.id, "Opening", planned_minutes=5)
    item = add_item(db, meeting.id, "Hennepaanpak Schalkwijk", themes=["ondermijning"],
                    planned_minutes=20)  # fmt: skip
    decision = add_decision(db, item.id, "Sluiting is het uitgangspunt.")
    return {"meeting": meeting.id, "item": item.id, "decision": decision.id}


def open_page(qtbot, db, basisteam: str = "Haarlem", year: int = 2026) -> OndermijningPage:
    """Show the Ondermijningsbeelden page on a basisteam and year."""
    page = show(qtbot, OndermijningPage(db))
    page.resize(1300, 850)
    page.select(basisteam, year)
    return page


def texts_of(widget: QWidget, column: int) -> list[str]:
    """Return the texts of one column of a table as shown (after filters and sorting)."""
    model = widget.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]
