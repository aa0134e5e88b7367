"""Paints a search hit as two lines of rich text (name and place, then the snippet)."""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from driehoek_app.gui.search.results_model import HIT_ROLE
from driehoek_app.gui.search.snippet import hit_html

Index = QModelIndex | QPersistentModelIndex
PADDING = 4


class HitDelegate(QStyledItemDelegate):
    """Rich text for hit rows; group and 'show more' rows are painted as usual."""

    def __init__(self, view: QWidget) -> None:
        """Paint for a view (its width decides where the snippet wraps)."""
        super().__init__(view)
        self.view = view

    def _document(self, option: QStyleOptionViewItem, index: Index, width: float) -> QTextDocument:
        """Return the laid-out rich text of a hit."""
        document = QTextDocument()
        document.setDocumentMargin(PADDING)
        document.setDefaultFont(option.font)
        document.setHtml(hit_html(index.data(HIT_ROLE), option.palette))
        document.setTextWidth(max(width, 50.0))
        return document

    def text_width(self) -> int:
        """Return the width of a hit row: the view's width less a child's indentation."""
        levels = 2 if self.view.rootIsDecorated() else 1
        return self.view.viewport().width() - levels * self.view.indentation()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Draw the selection background, then the rich text in the palette's text colour."""
        if index.data(HIT_ROLE) is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else self.view.style()
        text = option.text
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        option.text = text
        document = self._document(option, index, self.text_width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Return the height of the wrapped rich text at the view's current width."""
        if index.data(HIT_ROLE) is None:
            return super().sizeHint(option, index)
        self.initStyleOption(option, index)
        document = self._document(option, index, self.text_width())
        return QSize(int(document.idealWidth()), int(document.size().height()) + 1)
