"""The export formats and the checks on a target file, made before any work (no pandas here)."""

import os
from pathlib import Path

from driehoek_app.core.errors import ExportError

FORMATS = ("csv", "xlsx")


def check_format(path: str | os.PathLike[str], fmt: str) -> str:
    """Return fmt in lower case; refuse an unknown format or a file name made for another one."""
    fmt = fmt.lower()
    target = Path(path)
    if fmt not in FORMATS:
        raise ExportError(f"Het exportformaat '{fmt}' is onbekend; kies uit: {', '.join(FORMATS)}.")
    suffix = target.suffix.lower().lstrip(".")
    if suffix in FORMATS and suffix != fmt:
        raise ExportError(
            f"Het bestand {target} eindigt op .{suffix}, maar het formaat is {fmt}; "
            f"kies een bestandsnaam op .{fmt} of het formaat {suffix}."
        )
    return fmt


def check_target(path: str | os.PathLike[str], fmt: str) -> str:
    """Check format, file name and folder before any work; return the format in lower case."""
    fmt = check_format(path, fmt)
    target = Path(path)
    if not target.parent.is_dir():
        raise ExportError(f"De map {target.parent} bestaat niet; {target.name} is niet geschreven.")
    if target.is_dir():
        raise ExportError(f"{target} is een map; kies een bestandsnaam.")
    return fmt
