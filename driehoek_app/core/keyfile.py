"""The key file beside an encrypted database: its random key, wrapped twice (passphrase, recovery).

The database key is 32 random bytes, given to SQLCipher as a raw key. It is never stored in
the clear: `<database>.keys` (JSON) holds it twice, wrapped. Each slot derives 64 bytes with
scrypt from the secret and a fresh 16-byte salt; the first 32 are XOR-ed with the key (a
one-time pad, as the salt is never reused), the last 32 key an HMAC-SHA256 over the result,
which tells a wrong secret from a right one without touching the database. The passphrase
slot costs about 0.15 s (scrypt N=2^16, r=8: 64 MiB); the recovery key has 160 random bits
and needs no stretching beyond N=2^12. A copy of the file is kept in the backups folder.
"""

import base64
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from driehoek_app.core.os_errors import os_reason
from driehoek_app.core.storage_errors import KeyFileError

KEY_BYTES = 32
FORMAT = "driehoek-sleutels"
VERSION = 1
KEYFILE_SUFFIX = ".keys"
PASSPHRASE_SLOT = "passphrase"
RECOVERY_SLOT = "recovery"
SCRYPT_COST = {PASSPHRASE_SLOT: 2**16, RECOVERY_SLOT: 2**12}
SCRYPT_R = 8
SCRYPT_P = 1
_MAC_LABEL = b"driehoek-sleutel-v1"
_CHECK_LABEL = b"driehoek-sleutelcontrole-v1"


@dataclass(frozen=True)
class Slot:
    """One wrapped copy of the database key and the scrypt settings that unwrap it."""

    kind: str
    n: int
    r: int
    p: int
    salt: bytes
    wrapped: bytes
    mac: bytes


@dataclass(frozen=True)
class KeyFile:
    """The content of a key file: the wrapped copies and a one-way check value of the key."""

    slots: list[Slot]
    check: bytes


def key_check(key: bytes) -> bytes:
    """Return a one-way check value of a key: it tells right from wrong and reveals nothing."""
    return hmac.new(key, _CHECK_LABEL, hashlib.sha256).digest()


def keyfile_path(db_path: Path) -> Path:
    """Return the key file that belongs to a database file."""
    return db_path.with_name(db_path.name + KEYFILE_SUFFIX)


def _derive(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    """Return 64 bytes derived from secret with scrypt."""
    return hashlib.scrypt(
        secret.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * n * r, dklen=64
    )


def _xor(a: bytes, b: bytes) -> bytes:
    """Return a XOR b (equal lengths)."""
    return bytes(x ^ y for x, y in zip(a, b, strict=True))


def wrap(kind: str, secret: str, key: bytes) -> Slot:
    """Wrap the database key under secret in a new slot with a fresh salt."""
    salt = secrets.token_bytes(16)
    n = SCRYPT_COST[kind]
    derived = _derive(secret, salt, n, SCRYPT_R, SCRYPT_P)
    wrapped = _xor(key, derived[:KEY_BYTES])
    mac = hmac.new(derived[KEY_BYTES:], _MAC_LABEL + wrapped, hashlib.sha256).digest()
    return Slot(kind, n, SCRYPT_R, SCRYPT_P, salt, wrapped, mac)


def unwrap(slot: Slot, secret: str) -> bytes | None:
    """Return the database key if secret opens the slot, else None."""
    derived = _derive(secret, slot.salt, slot.n, slot.r, slot.p)
    mac = hmac.new(derived[KEY_BYTES:], _MAC_LABEL + slot.wrapped, hashlib.sha256).digest()
    if not hmac.compare_digest(mac, slot.mac):
        return None
    return _xor(slot.wrapped, derived[:KEY_BYTES])


def _b64(data: bytes) -> str:
    """Return bytes as base64 text."""
    return base64.b64encode(data).decode("ascii")


def _slot_to_dict(slot: Slot) -> dict[str, Any]:
    """Return a slot as JSON-ready data."""
    return {
        "kind": slot.kind, "kdf": "scrypt", "n": slot.n, "r": slot.r, "p": slot.p,
        "salt": _b64(slot.salt), "wrapped": _b64(slot.wrapped), "mac": _b64(slot.mac),
    }  # fmt: skip


def _slot_from_dict(data: Any) -> Slot:
    """Return a slot read from JSON data; raise ValueError/KeyError/TypeError when malformed."""
    if data["kdf"] != "scrypt":
        raise ValueError("onbekende sleutelafleiding")
    slot = Slot(
        kind=str(data["kind"]), n=int(data["n"]), r=int(data["r"]), p=int(data["p"]),
        salt=base64.b64decode(data["salt"], validate=True),
        wrapped=base64.b64decode(data["wrapped"], validate=True),
        mac=base64.b64decode(data["mac"], validate=True),
    )  # fmt: skip
    if len(slot.wrapped) != KEY_BYTES or not 2 <= slot.n <= 2**22:
        raise ValueError("ongeldige sleutelplek")
    return slot


def read_keyfile(path: Path) -> KeyFile:
    """Read a key file; raise KeyFileError when it is missing or malformed."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT or data.get("version") != VERSION:
            raise ValueError("onbekend formaat")
        slots = [_slot_from_dict(item) for item in data["slots"]]
        check = base64.b64decode(data["check"], validate=True)
    except FileNotFoundError:
        raise KeyFileError(f"Het sleutelbestand {path} ontbreekt.") from None
    except OSError as exc:
        raise KeyFileError(
            f"Het sleutelbestand {path} kan niet worden gelezen: {os_reason(exc)}."
        ) from exc
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise KeyFileError(f"Het sleutelbestand {path} is beschadigd ({exc}).") from exc
    return KeyFile(slots, check)


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries to disk after a rename (a no-op where unsupported)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_keyfile(path: Path, keyfile: KeyFile) -> None:
    """Write a key file atomically (temp file, fsync, rename), readable by the owner only."""
    text = json.dumps(
        {
            "format": FORMAT,
            "version": VERSION,
            "check": _b64(keyfile.check),
            "slots": [_slot_to_dict(slot) for slot in keyfile.slots],
        },
        indent=2,
    )
    temp = path.with_name(path.name + ".tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path)
    fsync_folder(path.parent)


def find_slot(slots: list[Slot], kind: str) -> Slot | None:
    """Return the first slot of this kind, if any."""
    return next((slot for slot in slots if slot.kind == kind), None)
