"""Dutch display names of the stored choices: roles, attendance, classification, body kinds."""

from driehoek_app.gui.i18n import t


def role_labels() -> dict[str, str]:
    """Return the display name of each role a person can have in a body or meeting."""
    return {
        "burgemeester": t("mayor"),
        "officier van justitie": t("public prosecutor"),
        "teamchef": t("team chief"),
        "secretaris": t("secretary/minute taker"),
        "gast": t("guest"),
    }


def attendance_labels() -> dict[str, str]:
    """Return the display name of each attendance status."""
    return {
        "aanwezig": t("present"),
        "afwezig met kennisgeving": t("absent with notice"),
        "afwezig": t("absent"),
    }


def classification_labels() -> dict[str, str]:
    """Return the display name of each classification of a meeting."""
    return {
        "openbaar": t("public"),
        "intern": t("internal"),
        "vertrouwelijk": t("confidential"),
    }


def body_kind_labels() -> dict[str, str]:
    """Return the display name of each kind of body."""
    return {
        "basisteamdriehoek": t("basisteamdriehoek"),
        "districtsoverleg": t("district meeting"),
        "rbop": t("RBOP (unit level)"),
        "overig": t("other meeting"),
    }


def action_status_labels() -> dict[str, str]:
    """Return the display name of each action status."""
    return {"open": t("open"), "afgerond": t("completed"), "vervallen": t("lapsed")}


def label(labels: dict[str, str], value: str | None) -> str:
    """Return the display name of a stored value (the value itself when it is unknown)."""
    if value is None:
        return ""
    return labels.get(value, value)


def person_text(name: str, organisation: str) -> str:
    """Return 'name, organisation' (just the name when the organisation is unknown)."""
    if not organisation:
        return name
    return t("{name}, {organisation}").format(name=name, organisation=organisation)


def member_text(name: str, role: str) -> str:
    """Return 'name (role)' with the role's display name."""
    return t("{name} ({role})").format(name=name, role=label(role_labels(), role))
