"""Dutch sentence parts that agree in number: enumerations, counted nouns, confidential items."""

from collections.abc import Iterable, Sequence


def enumeration(parts: Iterable[object]) -> str:
    """Return a Dutch enumeration: '4', '4 en 11', '4, 7 en 11' (empty for none)."""
    words = [str(part) for part in parts]
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} en {words[-1]}"


def counted(count: int, singular: str, plural: str) -> str:
    """Return a number with its noun in the right form: '1 minuut', '5 minuten'."""
    return f"{count} {singular if count == 1 else plural}"


def confidential_items(numbers: Sequence[int]) -> str:
    """Return 'het vertrouwelijke agendapunt 3' or 'de vertrouwelijke agendapunten 4 en 11'."""
    if len(numbers) == 1:
        return f"het vertrouwelijke agendapunt {numbers[0]}"
    return f"de vertrouwelijke agendapunten {enumeration(numbers)}"
