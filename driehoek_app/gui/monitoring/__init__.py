"""The Monitoring area: Veiligheidsagenda realisations, attention per theme, the Jaarrapportage."""
