"""File-system errors in Dutch: the one place that turns an OSError's cause into Dutch words.

Python's own texts (exc.strerror, 'No such file or directory') are English, and on Windows in
the language of the system. Every message that tells the user why a file could not be read
or written takes its cause from os_reason(), so a Dutch sentence never ends in English.
"""

import errno

# Windows error codes of a file that another program holds open (sharing/lock violation).
_WINDOWS_IN_USE = {32, 33}

_REASONS: dict[int, str] = {
    errno.ENOENT: "het bestand of de map bestaat niet",
    errno.EACCES: "geen toestemming",
    errno.EPERM: "geen toestemming",
    errno.ENOSPC: "de schijf is vol",
    errno.EROFS: "de schijf is alleen-lezen",
    errno.EISDIR: "het is een map, geen bestand",
    errno.ENOTDIR: "een deel van het pad is geen map",
    errno.ENAMETOOLONG: "de naam is te lang",
    errno.EEXIST: "het bestaat al",
    errno.ENOTEMPTY: "de map is niet leeg",
    errno.EBUSY: "het is in gebruik",
    errno.ETXTBSY: "het is in gebruik",
    errno.EIO: "lees- of schrijffout van de schijf",
    errno.EMFILE: "te veel geopende bestanden",
    errno.ENFILE: "te veel geopende bestanden",
    errno.EXDEV: "het ligt op een andere schijf",
    errno.EINVAL: "ongeldige naam of bewerking",
    errno.ELOOP: "te veel snelkoppelingen achter elkaar",
    errno.ENODEV: "het apparaat is niet beschikbaar",
    errno.ENXIO: "het apparaat is niet beschikbaar",
    errno.EFBIG: "het bestand is te groot",
    errno.ETIMEDOUT: "de schijf of de netwerkverbinding reageert niet op tijd",
}
_QUOTA = getattr(errno, "EDQUOT", None)
if _QUOTA is not None:
    _REASONS[_QUOTA] = "de toegestane schijfruimte is op"


def os_reason(exc: OSError) -> str:
    """Return why a file operation failed, in Dutch words (for use inside a sentence).

    Common causes get plain Dutch; any other says 'systeemfout' with the code, never the
    English text of the operating system.
    """
    if getattr(exc, "winerror", None) in _WINDOWS_IN_USE:
        return "het bestand is in gebruik door een ander programma"
    code = exc.errno
    if code in _REASONS:
        return _REASONS[code]
    if code:
        return f"systeemfout {errno.errorcode.get(code, code)}"
    return "onbekende systeemfout"
