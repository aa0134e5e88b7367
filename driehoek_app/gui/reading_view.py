"""A read-only Markdown view with a comfortable line length that follows the system font."""

from PySide6.QtGui import QResizeEvent, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

MAX_LINE_CHARS = 80  # characters per line: easy to read at any font size
MIN_MARGIN = 12
LINE_HEIGHT_PERCENT = 135
HEADING_SPACE = 1.2  # blank space above a heading, in lines


class ReadingView(QTextBrowser):
    """Shows Markdown text in a column of at most MAX_LINE_CHARS characters."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        """Create the view with its accessible name; links open in the system browser."""
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setOpenExternalLinks(True)
        self.setReadOnly(True)

    def set_markdown(self, text: str) -> None:
        """Replace the content with Markdown text and scroll to the top."""
        self.setMarkdown(text)
        self._space_blocks()
        self._apply_margins()
        self.verticalScrollBar().setValue(0)

    def _space_blocks(self) -> None:
        """Give body text a relaxed line height and headings room above them."""
        line = self.fontMetrics().lineSpacing()
        cursor = QTextCursor(self.document())
        block = self.document().begin()
        while block.isValid():
            block_format = block.blockFormat()
            if block_format.headingLevel() > 0:
                if block.blockNumber() > 0:
                    block_format.setTopMargin(line * HEADING_SPACE)
                block_format.setBottomMargin(line * 0.4)
            else:
                block_format.setLineHeight(
                    LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
                )
                block_format.setBottomMargin(line * 0.6)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(block_format)
            block = block.next()

    def column_width(self) -> int:
        """Return the widest text column, in pixels, for the current font."""
        return self.fontMetrics().averageCharWidth() * MAX_LINE_CHARS

    def _apply_margins(self) -> None:
        """Keep the text in a column of readable width by widening the right margin."""
        left = max(MIN_MARGIN, 2 * self.fontMetrics().averageCharWidth())
        right = max(MIN_MARGIN, self.viewport().width() - self.column_width() - left)
        root = self.document().rootFrame()
        frame_format = root.frameFormat()
        if frame_format.leftMargin() == left and frame_format.rightMargin() == right:
            return
        frame_format.setLeftMargin(left)
        frame_format.setRightMargin(right)
        frame_format.setTopMargin(MIN_MARGIN)
        frame_format.setBottomMargin(MIN_MARGIN)
        root.setFrameFormat(frame_format)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the text column readable when the window is resized."""
        super().resizeEvent(event)
        self._apply_margins()
