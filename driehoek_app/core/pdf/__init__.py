"""ReportLab PDF builders: one shared document template, one module per document."""

from driehoek_app.core.pdf.canvas import Classification
from driehoek_app.core.pdf.document import DocumentInfo, render_pdf
from driehoek_app.core.pdf.styles import document_styles
from driehoek_app.core.pdf.text import user_text

__all__ = ["Classification", "DocumentInfo", "document_styles", "render_pdf", "user_text"]
