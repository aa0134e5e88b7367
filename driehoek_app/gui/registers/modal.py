"""Shows the dialogs of the registers, the calendar and the demo modally, in one replaceable place.

Callers use `modal.run(dialog)` (module attribute), so a test can replace it with a function
that fills in the real dialog the way a user does and accepts or cancels it.
"""

from PySide6.QtWidgets import QDialog


def run(dialog: QDialog) -> bool:
    """Show a dialog modally; return True when the user accepted it."""
    return dialog.exec() == QDialog.DialogCode.Accepted
