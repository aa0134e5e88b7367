"""Render a stored version of a meeting (its snapshot) as read-only rich text."""

import html
from collections.abc import Iterable
from typing import Any

from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs.common import long_date
from driehoek_app.gui.meetings.dialogs.labels import (
    action_status_labels,
    classification_labels,
    label,
    role_labels,
)


def text(value: Any) -> str:
    """Escape user text for rich text, keeping its line breaks."""
    return html.escape("" if value is None else str(value)).replace("\n", "<br>")


def _paragraph(caption: str, value: str) -> str:
    """Return '<b>caption</b> value' as a paragraph (value already escaped)."""
    return f"<p><b>{text(caption)}</b> {value}</p>"


def _list(entries: Iterable[str]) -> str:
    """Return an HTML list of already escaped entries (empty text for none)."""
    items = "".join(f"<li>{entry}</li>" for entry in entries)
    return f"<ul>{items}</ul>" if items else ""


def _line(caption: str, value: str) -> str:
    """Return '<b>caption</b> value' (value already escaped)."""
    return f"<b>{text(caption)}</b> {value}"


def _header(snapshot: dict[str, Any], title: str) -> str:
    """Return the heading and the meeting's details, one per line."""
    times = t("{start} to {end}").format(start=snapshot["start"], end=snapshot["end"])
    lines = [_line(t("Time:"), text(times))]
    if snapshot.get("location"):
        lines.append(_line(t("Location:"), text(snapshot["location"])))
    classification = label(classification_labels(), snapshot.get("classification"))
    lines.append(_line(t("Classification:"), text(classification)))
    if snapshot.get("chair"):
        lines.append(_line(t("Chair:"), text(snapshot["chair"]["name"])))
    if snapshot.get("correction_reason"):
        lines.append(_line(t("Reason for the correction:"), text(snapshot["correction_reason"])))
    return f"<h2>{text(title)}</h2><p>{'<br>'.join(lines)}</p>"


def _attendance(snapshot: dict[str, Any]) -> str:
    """Return who was present, absent with notice and absent."""
    roles = role_labels()
    captions = {"aanwezig": t("Present:"), "afwezig met kennisgeving": t("Absent with notice:"),
                "afwezig": t("Absent:")}  # fmt: skip
    lines = []
    for status, caption in captions.items():
        names = [
            text(t("{name} ({role})").format(name=a["name"], role=label(roles, a["role"])))
            for a in snapshot.get("attendees", [])
            if a.get("attendance", "aanwezig" if a.get("present") else "afwezig") == status
        ]
        if names:
            lines.append(_line(caption, ", ".join(names)))
    return f"<p>{'<br>'.join(lines)}</p>" if lines else ""


def _action(action: dict[str, Any]) -> str:
    """Return one action as 'text (owner, due date, status)'."""
    details = [action.get("owner") or "", long_date(action.get("due")),
               label(action_status_labels(), action.get("status"))]  # fmt: skip
    line = text(action["text"])
    shown = [d for d in details if d]
    if shown:
        line += " <i>(" + text(", ".join(shown)) + ")</i>"
    if action.get("remark"):
        line += "<br>" + text(action["remark"])
    return line


def _item(number: int, item: dict[str, Any], theme_titles: dict[str, str]) -> str:
    """Return one agenda item with its minutes, decisions and actions."""
    title = t("{number}. {title}").format(number=number, title=item["title"])
    parts = [f"<h3>{text(title)}</h3>"]
    if item.get("confidential"):
        parts.append(f"<p><i>{text(t('Confidential / casuïstiek'))}</i></p>")
    themes = [theme_titles.get(code, code) for code in item.get("themes", [])]
    if themes or item.get("labels"):
        parts.append(_paragraph(t("Themes:"), text(", ".join([*themes, *item.get("labels", [])]))))
    if item.get("minutes"):
        parts.append(f"<p>{text(item['minutes'])}</p>")
    decisions = [f"<b>{text(d['number'])}</b> {text(d['text'])}" for d in item.get("decisions", [])]
    if decisions:
        parts.append(f"<p><b>{text(t('Decisions'))}</b></p>" + _list(decisions))
    actions = [_action(a) for a in item.get("actions", [])]
    if actions:
        parts.append(f"<p><b>{text(t('Actions'))}</b></p>" + _list(actions))
    return "".join(parts)


def version_html(snapshot: dict[str, Any], title: str, theme_titles: dict[str, str]) -> str:
    """Return a stored version as HTML: details, attendance, items, actielijst."""
    parts = [_header(snapshot, title), _attendance(snapshot)]
    for number, item in enumerate(snapshot.get("items", []), start=1):
        parts.append(_item(number, item, theme_titles))
    carried = snapshot.get("actielijst", [])
    if carried:
        parts.append(f"<h3>{text(t('Actielijst'))}</h3>")
        parts.append(
            _list(
                _action(a)
                + "<br><i>"
                + text(
                    t("agreed on {date}, at {item}").format(
                        date=long_date(a.get("meeting_date")), item=a.get("item_title", "")
                    )
                )
                + "</i>"
                for a in carried
            )
        )
    return "".join(parts)
