"""The Naslag area: the IMV themes, the police formation and the Veiligheidsagenda."""
