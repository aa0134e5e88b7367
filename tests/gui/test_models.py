"""The Naslag table models pass Qt's model tester and stay thin over the core rows."""

import pytest

from driehoek_app.core import reference
from driehoek_app.gui.naslag.formation_model import (
    BASISTEAMS,
    FormationFilterProxy,
    FormationTableModel,
    pair_by_unit,
)
from driehoek_app.gui.naslag.targets_model import TargetsFilterProxy, TargetsTableModel


@pytest.fixture
def formation_model(fresh_db):
    """The formation model over the seeded database."""
    peildatums = reference.peildatums(fresh_db)
    return FormationTableModel(pair_by_unit(reference.formation(fresh_db), peildatums), peildatums)


@pytest.fixture
def targets_model(fresh_db):
    """The targets model over the seeded database."""
    return TargetsTableModel(reference.targets(fresh_db))


def test_formation_model_passes_model_tester(qtmodeltester, formation_model):
    qtmodeltester.check(formation_model, force_py=True)


def test_formation_proxy_passes_model_tester_filtered_and_sorted(qtmodeltester, formation_model):
    proxy = FormationFilterProxy()
    proxy.setSourceModel(formation_model)
    proxy.sort(4)
    proxy.set_row_filter(BASISTEAMS)
    qtmodeltester.check(proxy, force_py=True)


def test_targets_model_passes_model_tester(qtmodeltester, targets_model):
    qtmodeltester.check(targets_model, force_py=True)


def test_targets_proxy_passes_model_tester_filtered_and_sorted(qtmodeltester, targets_model):
    proxy = TargetsFilterProxy()
    proxy.setSourceModel(targets_model)
    proxy.sort(4)
    proxy.set_goal_code("cybercrime")
    qtmodeltester.check(proxy, force_py=True)


def test_pair_by_unit_gives_one_line_per_unit_in_table_order(fresh_db):
    peildatums = reference.peildatums(fresh_db)
    rows = reference.formation(fresh_db)
    lines = pair_by_unit(rows, peildatums)
    assert len(lines) == len(rows) // len(peildatums)
    assert [line.position for line in lines] == sorted(line.position for line in lines)
    haarlem = next(line for line in lines if line.name == "Basisteam Haarlem")
    assert haarlem.figures == ((16.0, 30.0, 169.2, 215.2), (16.0, 32.0, 169.2, 217.2))
    assert haarlem.difference() == 2.0
