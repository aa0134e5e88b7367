"""Reading and writing meeting files: strict JSON decoding, size limit, atomic replacement."""

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from driehoek_app.core.errors import ExportError
from driehoek_app.core.meeting_file import MeetingFileError
from driehoek_app.core.os_errors import os_reason

MAX_FILE_BYTES = 300 * 1024 * 1024


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict:
    """Build a JSON object, refusing a key that occurs twice."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise MeetingFileError(f"{key}: deze sleutel staat twee keer in hetzelfde object.")
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    """Refuse NaN and Infinity, which are not JSON."""
    raise MeetingFileError(f"Het bestand bevat {name}; dat is geen geldige JSON-waarde.")


def decode_meeting_json(text: str, source: str) -> Any:
    """Decode JSON text strictly (no duplicate keys, no NaN), with Dutch errors."""
    if not text.strip():
        raise MeetingFileError(f"Het bestand {source} is leeg.")
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise MeetingFileError(
            f"Het bestand {source} is geen geldige JSON (fout op regel {exc.lineno}, "
            f"kolom {exc.colno})."
        ) from None
    except RecursionError:
        raise MeetingFileError(f"Het bestand {source} is te diep genest.") from None


def read_meeting_file(path: Path | str) -> Any:
    """Read and decode a meeting file; the caller checks it with parse_meeting."""
    path = Path(path)
    try:
        if path.is_dir():
            raise MeetingFileError(f"{path} is een map, geen vergaderbestand.")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise MeetingFileError(
                f"Het bestand {path} is te groot ({size // (1024 * 1024)} MB; maximaal "
                f"{MAX_FILE_BYTES // (1024 * 1024)} MB)."
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise MeetingFileError(f"Het bestand {path} bestaat niet.") from None
    except OSError as exc:
        raise MeetingFileError(
            f"Het bestand {path} kan niet worden gelezen ({os_reason(exc)})."
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise MeetingFileError(f"Het bestand {path} is geen UTF-8-tekst.") from None
    return decode_meeting_json(text, str(path))


def encode_meeting(data: dict) -> str:
    """Return the JSON text of a meeting file (UTF-8 characters kept, indented)."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_meeting_file(data: dict, path: Path | str) -> Path:
    """Write a meeting file atomically: a temporary file next to it, then an atomic rename."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"De map {folder} bestaat niet; het bestand is niet geschreven.")
    text = encode_meeting(data)
    descriptor, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except OSError as exc:
        if os.path.exists(temp_name):
            os.unlink(temp_name)
        raise ExportError(
            f"Het bestand {path} kan niet worden geschreven ({os_reason(exc)})."
        ) from None
    return path
