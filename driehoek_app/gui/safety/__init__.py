"""Keeping the minutes safe in the window: start checks, unlock and lock, backups, passphrases."""
