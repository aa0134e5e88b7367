"""Password protection of a finished PDF with AES-256 (PDF 2.0 security handler, revision 6).

ReportLab's own encryption is weak by default (40-bit RC4), and its 256-bit mode writes the
deprecated revision 5 that pypdf cannot open. So the PDF is laid out unencrypted in memory and
re-encrypted here with pikepdf (qpdf): AES-256, R6, readable by every current PDF viewer.
"""

import io
import os
import stringprep
import unicodedata
from pathlib import Path

from driehoek_app.core.errors import ExportError
from driehoek_app.core.os_errors import os_reason

MAX_PASSWORD_BYTES = 127  # R6 uses the first 127 bytes of the UTF-8 password
_PROHIBITED = (
    stringprep.in_table_c21,  # ASCII control characters
    stringprep.in_table_c22,  # other control characters
    stringprep.in_table_c3,  # private use
    stringprep.in_table_c4,  # non-characters
    stringprep.in_table_c5,  # surrogates
    stringprep.in_table_c6,
    stringprep.in_table_c7,
    stringprep.in_table_c8,  # display-changing characters
    stringprep.in_table_c9,  # tagging characters
    stringprep.in_table_a1,  # unassigned code points
)


def _changed_by_saslprep(char: str) -> bool:
    """Tell whether SASLprep (RFC 4013) would map or fold this character to something else."""
    return (
        stringprep.in_table_b1(char)
        or stringprep.in_table_c12(char)
        or unicodedata.normalize("NFKC", char) != char
    )


def _bidi_ok(password: str) -> bool:
    """Apply the bidirectional rule of RFC 3454 section 6 that SASLprep requires."""
    if not any(stringprep.in_table_d1(char) for char in password):
        return True
    return (
        not any(stringprep.in_table_d2(char) for char in password)
        and stringprep.in_table_d1(password[0])
        and stringprep.in_table_d1(password[-1])
    )


def check_password(password: str) -> str:
    """Return the password if every PDF reader will accept it as typed, else raise ExportError.

    AES-256 (R6) passwords are read through SASLprep by conforming readers (Acrobat, pypdf)
    but used byte for byte by others (qpdf, pdfium). A password that SASLprep would change,
    such as one with the ligature 'ĳ' or full-width letters, could then open in one reader and
    not in another; such passwords are refused with the character named.
    """
    if not password or not password.strip():
        raise ExportError("Het wachtwoord is leeg; geef een wachtwoord om het PDF te beveiligen.")
    for char in password:
        if any(table(char) for table in _PROHIBITED):
            raise ExportError(
                f"Het wachtwoord bevat een stuurteken of ander onzichtbaar teken "
                f"(U+{ord(char):04X}); gebruik alleen gewone letters, cijfers en leestekens."
            )
        if _changed_by_saslprep(char):
            raise ExportError(
                f"Het wachtwoord bevat het teken '{char}', dat niet elk PDF-programma op dezelfde "
                "manier leest; gebruik een ander teken (bijvoorbeeld 'ij' voor 'ĳ')."
            )
    if unicodedata.normalize("NFKC", password) != password:
        raise ExportError(
            "Het wachtwoord bevat losse accenttekens die niet elk PDF-programma op dezelfde "
            "manier leest; typ de letters met accent als één teken."
        )
    if not _bidi_ok(password):
        raise ExportError(
            "Het wachtwoord mengt schrift van rechts naar links (zoals Hebreeuws of Arabisch) "
            "met ander schrift; gebruik één schrijfrichting."
        )
    if len(password.encode("utf-8")) > MAX_PASSWORD_BYTES:
        raise ExportError(
            f"Het wachtwoord is te lang (maximaal {MAX_PASSWORD_BYTES} bytes in UTF-8)."
        )
    return password


def read_password_file(path: str | os.PathLike[str]) -> str:
    """Return the password on the first line of a UTF-8 text file (its line break removed)."""
    source = Path(path)
    try:
        text = source.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ExportError(f"Het wachtwoordbestand {source} bestaat niet.") from None
    except IsADirectoryError:
        raise ExportError(f"{source} is een map, geen wachtwoordbestand.") from None
    except UnicodeDecodeError:
        raise ExportError(
            f"Het wachtwoordbestand {source} is geen tekstbestand in UTF-8."
        ) from None
    except OSError as exc:
        raise ExportError(
            f"Het wachtwoordbestand {source} kan niet worden gelezen ({os_reason(exc)})."
        ) from None
    first_line = text.split("\n", 1)[0].rstrip("\r")
    if not first_line.strip():
        raise ExportError(
            f"Het wachtwoordbestand {source} is leeg; zet het wachtwoord op de eerste regel."
        )
    return check_password(first_line)


def encrypt_pdf(data: bytes, password: str) -> bytes:
    """Return the PDF in data encrypted with AES-256 (R6); the password opens and owns it."""
    check_password(password)
    try:
        import pikepdf
    except ImportError as exc:  # a broken installation, not a user error
        raise ExportError(
            "Het onderdeel pikepdf ontbreekt; installeer de applicatie opnieuw om PDF's met "
            "een wachtwoord te kunnen beveiligen."
        ) from exc
    # One password for user and owner: restrictions that the same password lifts protect nothing.
    encryption = pikepdf.Encryption(owner=password, user=password, R=6, aes=True, metadata=True)
    output = io.BytesIO()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.save(output, encryption=encryption)
    return output.getvalue()
