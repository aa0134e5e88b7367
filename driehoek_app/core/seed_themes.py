"""Reads and checks the IMV theme files seeds/themes/N-code.md (front matter plus sections)."""

import re
from dataclasses import dataclass
from pathlib import Path

from driehoek_app.core.errors import SeedError
from driehoek_app.core.seed_validation import SeedFile

THEMES_FOLDER = "themes"
THEME_CODES = ("ondermijning", "zorg-en-veiligheid", "contraterrorisme", "cybercrime")
FRONT_MATTER_KEYS = ("code", "number", "title", "short_title")
SECTIONS = (
    ("analyse", "Analyse van het thema"),
    ("waarom", "Waarom een eenheidsbrede prioriteit?"),
    ("doelstelling", "Doelstelling"),
    ("waar_staan_we", "Waar staan we nu?"),
    ("wat_gaan_we_doen", "Wat gaan we doen?"),
)
ELEMENTS_SECTION = "wat_gaan_we_doen"
FENCE = "---"
_FILE_NAME = re.compile(r"(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)\.md")


@dataclass(frozen=True)
class SectionSeed:
    """One '## ' section of a theme."""

    kind: str
    heading: str
    body: str


@dataclass(frozen=True)
class ElementSeed:
    """One '### ' element under 'Wat gaan we doen?'."""

    title: str
    body: str


@dataclass(frozen=True)
class ThemeSeed:
    """One theme file, parsed and checked."""

    code: str
    number: int
    title: str
    short_title: str
    sections: tuple[SectionSeed, ...]
    elements: tuple[ElementSeed, ...]


def read_themes(folder: Path) -> tuple[ThemeSeed, ...]:
    """Read every theme file under folder/themes and check there are exactly the four themes."""
    theme_dir = folder / THEMES_FOLDER
    display = f"{folder.name}/{THEMES_FOLDER}"
    if not theme_dir.is_dir():
        raise SeedError(f"De map {display} met de themabestanden ontbreekt.")
    files = sorted(theme_dir.glob("*.md"))
    themes = sorted(
        (read_theme(SeedFile.in_folder(folder, THEMES_FOLDER, f.name)) for f in files),
        key=lambda t: t.number,
    )
    codes = tuple(t.code for t in themes)
    if codes != THEME_CODES or [t.number for t in themes] != [1, 2, 3, 4]:
        expected = ", ".join(f"{n}-{c}.md" for n, c in enumerate(THEME_CODES, start=1))
        found = ", ".join(f.name for f in files) or "geen"
        raise SeedError(
            f"In {display} worden precies de themabestanden {expected} verwacht; gevonden: {found}."
        )
    return tuple(themes)


def read_theme(seed: SeedFile) -> ThemeSeed:
    """Parse one theme file: front matter, the five '## ' sections and the '### ' elements."""
    match = _FILE_NAME.fullmatch(seed.path.name)
    if match is None:
        raise seed.error("de bestandsnaam moet de vorm 'nummer-code.md' hebben.")
    lines = seed.read_text().splitlines()
    meta, body_start = parse_front_matter(seed, lines)
    if meta["code"] != match.group(2):
        raise seed.error(
            f"de code '{meta['code']}' verschilt van de code '{match.group(2)}' in de bestandsnaam."
        )
    if not meta["number"].isdigit() or int(meta["number"]) != int(match.group(1)):
        raise seed.error(
            f"het nummer '{meta['number']}' verschilt van het nummer {match.group(1)} "
            "in de bestandsnaam."
        )
    sections, elements = _parse_sections(seed, lines, body_start)
    return ThemeSeed(
        code=meta["code"],
        number=int(meta["number"]),
        title=meta["title"],
        short_title=meta["short_title"],
        sections=sections,
        elements=elements,
    )


def parse_front_matter(seed: SeedFile, lines: list[str]) -> tuple[dict[str, str], int]:
    """Parse the 'key: value' block between two '---' lines; return it and the next index."""
    if not lines or lines[0].strip() != FENCE:
        raise seed.error(f"het bestand moet beginnen met een regel '{FENCE}'.", line=1)
    meta: dict[str, str] = {}
    for index in range(1, len(lines)):
        text = lines[index].strip()
        if text == FENCE:
            missing = [k for k in FRONT_MATTER_KEYS if k not in meta]
            if missing:
                raise seed.error(f"de sleutel '{missing[0]}' ontbreekt in de kop.", line=index + 1)
            return meta, index + 1
        key, colon, value = text.partition(":")
        key, value = key.strip(), value.strip()
        if not colon or key not in FRONT_MATTER_KEYS or not value:
            raise seed.error(
                f"'{text}' is geen geldige kopregel (verwacht 'sleutel: waarde' met een van "
                f"de sleutels {', '.join(FRONT_MATTER_KEYS)}).",
                line=index + 1,
            )
        if key in meta:
            raise seed.error(f"de sleutel '{key}' staat twee keer in de kop.", line=index + 1)
        meta[key] = value
    raise seed.error(f"de kop wordt niet afgesloten met een regel '{FENCE}'.")


def _parse_sections(
    seed: SeedFile, lines: list[str], start: int
) -> tuple[tuple[SectionSeed, ...], tuple[ElementSeed, ...]]:
    """Split the text after the front matter into the five sections and the named elements."""
    blocks: list[tuple[str, int, list[str]]] = []  # (marker line, line number, text lines)
    for index in range(start, len(lines)):
        line = lines[index]
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            if level not in (2, 3) or not line[level:].startswith(" "):
                raise seed.error(
                    f"'{line}' is geen toegestane kop (alleen '## ' en '### ').", line=index + 1
                )
            blocks.append((line, index + 1, []))
        elif blocks:
            blocks[-1][2].append(line)
        elif line.strip():
            raise seed.error("tekst na de kop moet onder een sectie '## ' staan.", line=index + 1)
    sections: list[SectionSeed] = []
    elements: list[ElementSeed] = []
    for marker, line_number, text in blocks:
        body = _trim_blank_lines(text)
        if marker.startswith("## "):
            heading = marker[3:].strip()
            if len(sections) == len(SECTIONS) or heading != SECTIONS[len(sections)][1]:
                expected = (
                    f"'## {SECTIONS[len(sections)][1]}'"
                    if len(sections) < len(SECTIONS)
                    else "geen verdere sectie"
                )
                raise seed.error(
                    f"{expected} verwacht, '{marker.strip()}' gevonden.", line=line_number
                )
            kind = SECTIONS[len(sections)][0]
            if not body and kind != ELEMENTS_SECTION:
                raise seed.error(f"de sectie '{heading}' is leeg.", line=line_number)
            sections.append(SectionSeed(kind, heading, body))
        else:
            if not sections or sections[-1].kind != ELEMENTS_SECTION:
                raise seed.error(
                    "onderdelen ('### ') horen alleen onder '## Wat gaan we doen?'.",
                    line=line_number,
                )
            if not body:
                raise seed.error(f"het onderdeel '{marker[4:].strip()}' is leeg.", line=line_number)
            elements.append(ElementSeed(marker[4:].strip(), body))
    if len(sections) != len(SECTIONS):
        raise seed.error(f"de sectie '## {SECTIONS[len(sections)][1]}' ontbreekt.")
    if not sections[-1].body and not elements:
        raise seed.error("de sectie 'Wat gaan we doen?' is leeg.")
    return tuple(sections), tuple(elements)


def _trim_blank_lines(lines: list[str]) -> str:
    """Join lines, dropping blank lines at the start and end but keeping the rest as written."""
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return "\n".join(lines[start:end])
