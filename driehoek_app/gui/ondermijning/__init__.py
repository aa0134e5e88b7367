"""The Ondermijningsbeelden area: the beeld of a basisteam per year, its lists and its import."""
