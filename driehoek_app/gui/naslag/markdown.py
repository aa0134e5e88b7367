"""Builds the Markdown shown in the reading views from the core reference rows."""

from driehoek_app.core.reference import TextBlock, Theme

ELEMENTS_SECTION = "wat_gaan_we_doen"


def theme_markdown(item: Theme) -> str:
    """Return a theme as one document: title, sections, and the named elements as sub-headings."""
    parts = [f"# {item.number}. {item.title}"]
    for section in item.sections:
        parts.append(f"## {section.heading}")
        if section.body.strip():
            parts.append(section.body.strip())
        if section.kind == ELEMENTS_SECTION:
            for element in item.elements:
                parts.append(f"### {element.title}")
                parts.append(element.body.strip())
    return "\n\n".join(parts) + "\n"


def text_block_markdown(block: TextBlock) -> str:
    """Return a numbered Veiligheidsagenda text (goal or national theme) as one document."""
    return f"# {block.number} {block.title}\n\n{block.body.strip()}\n"
