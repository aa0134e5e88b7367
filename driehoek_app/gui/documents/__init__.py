"""Agenda and verslag as PDF: preview inside the application, save as and print."""

from driehoek_app.gui.documents.dialog import DocumentDialog, show_document_dialog

__all__ = ["DocumentDialog", "show_document_dialog"]
