"""Both registers stay smooth with 100,000 rows: they read blocks, never every row."""

import time

import pytest
from demo_data import TODAY, make_demo_file
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from driehoek_app.core.action_register import ActionFilter, count_actions
from driehoek_app.core.db import open_database
from driehoek_app.gui.registers.lazy_model import BLOCK, MAX_BLOCKS
from driehoek_app.gui.registers.page import RegistersPage

ROWS = 100_000
OPEN_SECONDS = 2.0  # generous for a busy test machine; the benchmark measures ~0.1 s
STEP_SECONDS = 1.0


def pad(db, rows: int) -> None:
    """Copy demo decisions and actions (new numbers, same items) until each table has rows.

    Plain INSERT ... SELECT through the normal triggers (the search index stays in step):
    a service call per row would take minutes, and this is test data only.
    """
    with db.atomic():
        while db["decisions"].count < rows:
            db.execute(
                """INSERT INTO decisions (item_id, body_id, year, serial, number, text, position,
                       created_at)
                   SELECT d.item_id, d.body_id, d.year, s.top + d.serial,
                          b.code || '-' || d.year || '-' || printf('%03d', s.top + d.serial),
                          d.text, d.position + 100, d.created_at
                   FROM decisions d JOIN bodies b ON b.id = d.body_id
                   JOIN (SELECT body_id, year, max(serial) AS top FROM decisions
                         GROUP BY body_id, year) s ON s.body_id = d.body_id AND s.year = d.year
                   ORDER BY d.id LIMIT ?""",
                [rows - db["decisions"].count],
            )
        while db["actions"].count < rows:
            db.execute(
                """INSERT INTO actions (item_id, text, owner, due_date, status, remark, position,
                       created_at)
                   SELECT item_id, text, owner, due_date, status, remark, position + 100,
                          created_at FROM actions ORDER BY id LIMIT ?""",
                [rows - db["actions"].count],
            )


@pytest.fixture(scope="module")
def big_db(tmp_path_factory):
    """A demo database padded to 100,000 decisions and 100,000 actions (made once)."""
    path = make_demo_file(tmp_path_factory.mktemp("big"))
    db = open_database(path)
    pad(db, ROWS)
    yield db
    db.close()


def timed(call) -> float:
    """Run call and process the events it caused; return the seconds it took."""
    started = time.perf_counter()
    call()
    QApplication.processEvents()
    return time.perf_counter() - started


def test_100000_rows_open_scroll_and_sort_without_reading_everything(qtbot, big_db):
    page = RegistersPage(big_db, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 700)

    def show() -> None:
        """Show the area (both registers count and read their first block)."""
        page.show()
        qtbot.waitExposed(page)

    opened = timed(show)
    for register in (page.decisions, page.actions):
        assert register.model.rowCount() == ROWS
    assert opened < OPEN_SECONDS, f"opening took {opened:.2f} s"

    decisions = page.decisions
    table = decisions.table
    table.setFocus()
    assert timed(lambda: qtbot.keyClick(table, Qt.Key.Key_End)) < STEP_SECONDS
    assert table.current_row() == ROWS - 1
    assert table.model().index(ROWS - 1, 0).data()  # the last row shows its number
    for _ in range(5):
        assert timed(lambda: qtbot.keyClick(table, Qt.Key.Key_PageUp)) < STEP_SECONDS
    middle = ROWS // 2
    assert timed(lambda: table.select_row(middle)) < STEP_SECONDS
    assert table.model().index(middle, 4).data()
    model = decisions.model
    assert model.cached_rows() <= MAX_BLOCKS * BLOCK < ROWS
    assert model.fetches < 10

    header = table.horizontalHeader()
    assert timed(lambda: header.setSortIndicator(4, Qt.SortOrder.AscendingOrder)) < OPEN_SECONDS
    assert model.sort_key == "text" and model.rowCount() == ROWS
    texts = [model.index(row, 4).data() for row in range(20)]
    assert texts == sorted(texts, key=str.casefold)


def test_100000_actions_filter_overdue_quickly(qtbot, big_db):
    page = RegistersPage(big_db, today=TODAY)
    qtbot.addWidget(page)
    page.show_actions()
    page.show()
    qtbot.waitExposed(page)
    register = page.actions
    overdue = register.quick_buttons[2]
    seconds = timed(lambda: qtbot.mouseClick(overdue, Qt.MouseButton.LeftButton))
    expected = count_actions(big_db, ActionFilter(overdue=True), today=TODAY)
    assert register.model.rowCount() == expected > 0
    assert seconds < OPEN_SECONDS, f"the overdue filter took {seconds:.2f} s"
    assert register.model.fetches <= 2
