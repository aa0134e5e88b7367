"""The PySide6 desktop interface: one module per screen, all user text through i18n.t()."""
