"""An argparse parser that speaks Dutch: help texts, usage line and error sentences.

argparse builds its own messages in English. The few it can produce for our commands are
translated here by pattern; anything unforeseen still gets a Dutch frame around it.
"""

import argparse
import re
from collections.abc import Iterable
from typing import Any, NoReturn

USAGE_PREFIX = "gebruik: "
EXIT_USAGE = 2


class UsageError(Exception):
    """Raised instead of exiting when the command line is wrong (exit code 2)."""

    def __init__(self, parser: "DutchArgumentParser", message: str) -> None:
        super().__init__(message)
        self.parser = parser
        self.message = message


class HelpRequested(Exception):
    """Raised instead of exiting after --help or --version has been printed (exit code 0)."""


class DutchHelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Help formatter with a Dutch usage prefix."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[Any],
        prefix: str | None = None,
    ) -> None:
        """Start the usage line with 'gebruik: ' instead of 'usage: '."""
        super().add_usage(usage, actions, groups, USAGE_PREFIX if prefix is None else prefix)


def _unquote(text: str) -> str:
    """Strip the quotes argparse puts around a value (repr style)."""
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    return text


def _choices(text: str) -> str:
    """Turn argparse's "'a', 'b'" into "a, b"."""
    return ", ".join(_unquote(part) for part in text.split(","))


def _translate_required(m: re.Match[str]) -> str:
    """Missing required arguments."""
    names = m["names"]
    if "," in names:
        return f"de volgende argumenten ontbreken: {names}"
    return f"het argument {names} ontbreekt"


def _translate_choice(m: re.Match[str], command_names: set[str]) -> str:
    """A value outside the allowed choices (an unknown command included)."""
    value, choices = _unquote(m["value"]), _choices(m["choices"])
    if m["name"] in command_names:
        return f"onbekende opdracht '{value}'; kies uit: {choices}"
    return f"ongeldige keuze '{value}' voor {m['name']}; kies uit: {choices}"


def _translate_unrecognized(m: re.Match[str]) -> str:
    """Arguments no command knows."""
    args = m["args"]
    word = "onbekende argumenten" if " " in args.strip() else "onbekend argument"
    return f"{word}: {args}"


def _translate_expected(m: re.Match[str]) -> str:
    """An option without its value (or with too many)."""
    name, what = m["name"], m["what"]
    if what == "one argument":
        return f"{name} verwacht een waarde"
    if what == "at most one argument":
        return f"{name} verwacht hoogstens één waarde"
    if what == "at least one argument":
        return f"{name} verwacht ten minste één waarde"
    count = re.match(r"(\d+) arguments?", what)
    if count:
        return f"{name} verwacht {count[1]} waarden"
    return f"{name} verwacht een andere waarde"


# Patterns as text: re compiles (and caches) them on the first error, not at start-up.
_PATTERNS = [
    (r"^the following arguments are required: (?P<names>.+)$", _translate_required),
    (r"^unrecognized arguments: (?P<args>.*)$", _translate_unrecognized),
    (
        r"^argument (?P<name>.+?): expected (?P<what>.+?)$",
        _translate_expected,
    ),
    (
        r"^argument (?P<name>.+?): invalid (?P<type>\S+) value: (?P<value>.+)$",
        lambda m: f"ongeldige waarde '{_unquote(m['value'])}' voor {m['name']}",
    ),
    (
        r"^argument (?P<name>.+?): ignored explicit argument (?P<value>.+)$",
        lambda m: f"{m['name']} neemt geen waarde aan (gegeven: '{_unquote(m['value'])}')",
    ),
    (
        r"^argument (?P<name>.+?): not allowed with argument (?P<other>.+)$",
        lambda m: f"{m['name']} kan niet samen met {m['other']} worden gebruikt",
    ),
    (
        r"^one of the arguments (?P<names>.+) is required$",
        lambda m: f"een van de argumenten {m['names']} is verplicht",
    ),
    (
        r"^ambiguous option: (?P<option>\S+) could match (?P<matches>.+)$",
        lambda m: f"de optie {m['option']} is dubbelzinnig; bedoelt u {m['matches']}?",
    ),
]
_CHOICE = (
    r"^argument (?P<name>.+?): invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)$"
)
_ARGUMENT_PREFIX = r"^argument (?P<name>.+?): (?P<message>.+)$"


def translate_message(message: str, command_names: set[str] = frozenset()) -> str:
    """Return argparse's English error message as a Dutch sentence."""
    message = message.strip()
    choice = re.match(_CHOICE, message)
    if choice:
        return _translate_choice(choice, set(command_names))
    for pattern, translate in _PATTERNS:
        match = re.match(pattern, message)
        if match:
            return translate(match)
    prefixed = re.match(_ARGUMENT_PREFIX, message)
    if prefixed:
        return f"ongeldige invoer bij {prefixed['name']}: {prefixed['message']}"
    return f"ongeldige opdrachtregel: {message}"


class DutchArgumentParser(argparse.ArgumentParser):
    """ArgumentParser with Dutch texts that raises instead of calling sys.exit."""

    command_metavar = "OPDRACHT"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Create the parser with Dutch section titles and a Dutch -h/--help."""
        kwargs.setdefault("formatter_class", DutchHelpFormatter)
        kwargs.setdefault("allow_abbrev", False)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        self.add_argument(
            "-h",
            "--help",
            action="help",
            default=argparse.SUPPRESS,
            help="toon deze hulp en stop",
        )

    def error(self, message: str) -> NoReturn:
        """Raise a UsageError with the message in Dutch (argparse would print and exit)."""
        raise UsageError(self, translate_message(message, {self.command_metavar}))

    def fail(self, message: str) -> NoReturn:
        """Raise a UsageError with a message that is already Dutch."""
        raise UsageError(self, message)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        """Report --help/--version (status 0) by exception, so main() can return a code."""
        if status == 0:
            if message:
                self._print_message(message)
            raise HelpRequested()
        raise UsageError(self, message.strip() if message else "ongeldige opdrachtregel")
