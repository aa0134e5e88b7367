"""A list of documents beside a reading view: pick one on the left, read it on the right."""

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSplitter, QVBoxLayout, QWidget

from driehoek_app.gui.reading_view import ReadingView

KEY_ROLE = Qt.ItemDataRole.UserRole
LIST_CHARS = 34  # initial width of the list, in characters


@dataclass(frozen=True)
class Document:
    """One readable document: a stable key, its label in the list and its Markdown."""

    key: str
    label: str
    markdown: str


class DocumentPicker(QWidget):
    """Shows a list of documents and the chosen one as Markdown."""

    def __init__(
        self,
        documents: list[Document],
        list_name: str,
        text_name: str,
        parent: QWidget | None = None,
    ) -> None:
        """Build the list (accessible name list_name) and the reading view (text_name)."""
        super().__init__(parent)
        self._documents = {document.key: document for document in documents}
        self.list = QListWidget()
        self.list.setAccessibleName(list_name)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setSpacing(self.list.fontMetrics().lineSpacing() // 4)
        for document in documents:
            item = QListWidgetItem(document.label)
            item.setData(KEY_ROLE, document.key)
            item.setToolTip(document.label)
            self.list.addItem(item)
        self.view = ReadingView(text_name)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        list_width = self.list.fontMetrics().averageCharWidth() * LIST_CHARS
        self.splitter.setSizes([list_width, 3 * list_width])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.list.currentItemChanged.connect(self._show_item)
        if documents:
            self.list.setCurrentRow(0)

    def current_key(self) -> str:
        """Return the key of the document shown ('' when there is none)."""
        item = self.list.currentItem()
        return "" if item is None else item.data(KEY_ROLE)

    def select(self, key: str) -> bool:
        """Show the document with this key; return False when there is no such document."""
        for row in range(self.list.count()):
            if self.list.item(row).data(KEY_ROLE) == key:
                self.list.setCurrentRow(row)
                return True
        return False

    def _show_item(self, item: QListWidgetItem | None) -> None:
        """Show the Markdown of the chosen list item."""
        if item is None:
            self.view.set_markdown("")
            return
        self.view.set_markdown(self._documents[item.data(KEY_ROLE)].markdown)

    def save_splitter(self) -> QByteArray:
        """Return the splitter sizes to remember."""
        return self.splitter.saveState()

    def restore_splitter(self, state: QByteArray) -> None:
        """Restore remembered splitter sizes (ignored when empty or invalid)."""
        if not state.isEmpty():
            self.splitter.restoreState(state)
