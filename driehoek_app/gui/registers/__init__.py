"""The Besluiten en acties area: the besluitenregister and the actieregister over every meeting."""
