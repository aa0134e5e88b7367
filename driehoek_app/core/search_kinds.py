"""What a search can look for and in which order: light to import (the command line needs it)."""

KINDS = ("agendapunt", "notulen", "besluit", "actie", "bijlage")
KIND_LABELS = {
    "agendapunt": "Agendapunten",
    "notulen": "Verslagen",
    "besluit": "Besluiten",
    "actie": "Acties",
    "bijlage": "Bijlagen",
}
ORDERS = ("newest", "relevance")
