"""The dialogs and panels of the Vergaderingen area (meetings, people, templates, approval)."""
