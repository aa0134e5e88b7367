"""Reads and checks the JSON text seeds: the Veiligheidsagenda and the IMV's own goals."""

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from driehoek_app.core.seed_validation import SeedFile

AGENDA_FILE = "veiligheidsagenda.json"
IMV_GOALS_FILE = "imv_goals.json"
BLOCK_FIELDS = ("code", "number", "title", "body")
GOAL_KIND_AGENDA = "veiligheidsagenda"
GOAL_KIND_IMV = "imv"


@dataclass(frozen=True)
class TextBlockSeed:
    """A numbered text: a policy goal or a national theme."""

    code: str
    number: str
    title: str
    body: str


@dataclass(frozen=True)
class AgendaSeed:
    """The texts of the Veiligheidsagenda plus the IMV goals that carry targets."""

    policy_goals: tuple[TextBlockSeed, ...]
    imv_goals: tuple[TextBlockSeed, ...]
    national_themes: tuple[TextBlockSeed, ...]
    organisation_tasks: tuple[str, ...]

    @property
    def goal_codes(self) -> frozenset[str]:
        """Return every goal code a target may refer to."""
        return frozenset(g.code for g in self.policy_goals + self.imv_goals)


def read_agenda(folder: Path) -> AgendaSeed:
    """Read veiligheidsagenda.json and imv_goals.json and check their shape."""
    agenda_file = SeedFile.in_folder(folder, AGENDA_FILE)
    agenda = _load_object(agenda_file)
    imv_file = SeedFile.in_folder(folder, IMV_GOALS_FILE)
    imv = _load_object(imv_file)
    policy_goals = _blocks(agenda_file, agenda, "policy_goals")
    imv_goals = _blocks(imv_file, imv, "policy_goals")
    codes = [g.code for g in policy_goals + imv_goals]
    for code in codes:
        if codes.count(code) > 1:
            raise imv_file.error(f"de doelcode '{code}' komt ook voor in {agenda_file.display}.")
    tasks = agenda.get("organisation_tasks")
    if not isinstance(tasks, list) or not all(isinstance(t, str) and t.strip() for t in tasks):
        raise agenda_file.error("organisation_tasks moet een lijst van niet-lege teksten zijn.")
    return AgendaSeed(
        policy_goals=policy_goals,
        imv_goals=imv_goals,
        national_themes=_blocks(agenda_file, agenda, "national_themes"),
        organisation_tasks=tuple(tasks),
    )


def _load_object(seed: SeedFile) -> dict[str, Any]:
    """Parse a JSON file whose top level is an object."""
    text = seed.read_text()
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise seed.error(
            f"geen geldige JSON ({exc.msg}, kolom {exc.colno}).", line=exc.lineno
        ) from None
    if not isinstance(data, dict):
        raise seed.error("het bestand moet een JSON-object bevatten.")
    return data


def _blocks(seed: SeedFile, data: dict[str, Any], key: str) -> tuple[TextBlockSeed, ...]:
    """Return the list under key as text blocks, each with non-empty code, number, title, body."""
    items = data.get(key)
    if not isinstance(items, list) or not items:
        raise seed.error(f"{key} moet een niet-lege lijst zijn.")
    blocks = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise seed.error(f"{key}[{index}] moet een object zijn.")
        for field in BLOCK_FIELDS:
            value = item.get(field)
            if not isinstance(value, str) or not value.strip():
                raise seed.error(f"{key}[{index}] mist een tekst in het veld {field}.")
        blocks.append(TextBlockSeed(*(item[f] for f in BLOCK_FIELDS)))
    for field in ("code", "number"):
        values = [getattr(b, field) for b in blocks]
        duplicate = next((v for v in values if values.count(v) > 1), None)
        if duplicate is not None:
            raise seed.error(f"{key}: {field} '{duplicate}' komt meer dan eens voor.")
    return tuple(blocks)
