"""Every visible text goes through t() and the Dutch catalogue resources/i18n/nl.json."""

import ast
import json
import re
import string
from dataclasses import fields, is_dataclass
from pathlib import Path

import pytest
from gui_walk import every_screen, visible_texts

from driehoek_app import APP_NAME
from driehoek_app.core import reference
from driehoek_app.core.paths import resource_path
from driehoek_app.gui.i18n import catalogue, t

GUI = Path(__file__).resolve().parents[2] / "driehoek_app" / "gui"
NUMERIC = re.compile(r"[\d\s.,:\-–/+]*")
NUMBERED = re.compile(r"\d+[a-z]?\.? (?P<rest>.+)")


def _nl() -> dict[str, str]:
    """Read the catalogue file itself (not the cached copy)."""
    data = json.loads(resource_path("i18n", "nl.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def _t_calls() -> list[tuple[str, int, ast.Call]]:
    """Return every call of t(...) in the GUI package with its file and line."""
    calls = []
    for path in sorted(GUI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "t"
            ):
                calls.append((path.relative_to(GUI).as_posix(), node.lineno, node))
    return calls


def _placeholders(text: str) -> set[str]:
    """Return the str.format field names in a text."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_t_argument_is_a_literal_in_the_catalogue():
    nl = _nl()
    problems = []
    for where, line, call in _t_calls():
        args = call.args
        if (
            len(args) != 1
            or call.keywords
            or not isinstance(args[0], ast.Constant)
            or not isinstance(args[0].value, str)
        ):
            problems.append(f"{where}:{line}: t() needs one literal string")
        elif args[0].value not in nl:
            problems.append(f"{where}:{line}: {args[0].value!r} is missing from nl.json")
    assert problems == []
    assert len(_t_calls()) > 50


def test_catalogue_has_no_unused_or_broken_entries():
    nl = _nl()
    used = {call.args[0].value for _, _, call in _t_calls()}
    assert sorted(set(nl) - used) == []
    for source, dutch in nl.items():
        assert dutch.strip(), source
        assert _placeholders(source) == _placeholders(dutch), source
        assert source.count("&") == dutch.count("&"), source


def test_t_returns_the_dutch_text():
    assert t("Meetings") == "Vergaderingen"
    assert t("Reference") == "Naslag"
    assert catalogue() == _nl()


def _data_texts(db) -> set[str]:
    """Return every text stored in the reference data: names, titles, labels, notes."""
    rows = [
        *reference.themes(db),
        *reference.districts(db),
        *reference.basisteams(db),
        *reference.formation(db),
        *reference.targets(db),
        *reference.policy_goals(db),
        *reference.national_themes(db),
    ]
    texts = {APP_NAME}
    for row in rows:
        assert is_dataclass(row)
        texts.update(v for f in fields(row) if isinstance(v := getattr(row, f.name), str))
    return texts


def _template_patterns(nl: dict[str, str]) -> list[re.Pattern]:
    """Turn the Dutch texts with {placeholders} into patterns matching any filled-in value."""
    patterns = []
    for dutch in nl.values():
        if _placeholders(dutch):
            parts = re.split(r"\{[^}]*\}", dutch)
            patterns.append(re.compile("(?s)" + ".+".join(re.escape(p) for p in parts)))
    return patterns


def _is_dutch(text: str, nl: dict[str, str], data: set[str], patterns) -> bool:
    """Tell whether a visible text is a Dutch catalogue text, data, or a number or date."""
    if text in nl and nl[text] != text:
        return False  # an English source string shown untranslated
    dutch = set(nl.values())
    if text in dutch or text in data or NUMERIC.fullmatch(text):
        return True
    numbered = NUMBERED.fullmatch(text)
    if numbered and numbered["rest"] in data:
        return True
    if any(p.fullmatch(text) for p in patterns):
        return True
    lines = text.split("\n")
    return len(lines) > 1 and all(_is_dutch(line, nl, data, patterns) for line in lines)


@pytest.mark.parametrize("text", ["Meetings", "Formation", "Save", "Difference\ntotal"])
def test_the_check_catches_english_text(text, fresh_db):
    nl = _nl()
    assert not _is_dutch(text, nl, _data_texts(fresh_db), _template_patterns(nl))


def test_every_visible_text_in_every_area_is_dutch(window):
    nl = _nl()
    data = _data_texts(window.db)
    patterns = _template_patterns(nl)
    untranslated = set()
    screens = 0
    for screen in every_screen(window):
        screens += 1
        for where, text in visible_texts(window):
            if text and not _is_dutch(text, nl, data, patterns):
                untranslated.add((screen, where, text))
    # two plain areas, four Ondermijningsbeelden tabs, two Monitoring tabs, Naslag 2 + 3 tabs
    assert screens == 2 + 4 + 2 + 2 + 3
    assert sorted(untranslated) == []
