"""The Veiligheidsagenda tab: the targets table, the policy goals and the national themes."""

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from driehoek_app.core.reference import Target, TextBlock
from driehoek_app.gui.i18n import t
from driehoek_app.gui.naslag.document_picker import Document, DocumentPicker
from driehoek_app.gui.naslag.markdown import text_block_markdown
from driehoek_app.gui.naslag.table_view import ReferenceTable
from driehoek_app.gui.naslag.targets_model import (
    GOAL,
    INDICATOR,
    NOTE,
    TargetsFilterProxy,
    TargetsTableModel,
)

TARGETS_TAB, GOALS_TAB, NATIONAL_TAB = range(3)


def documents_of(blocks: list[TextBlock]) -> list[Document]:
    """Turn numbered Veiligheidsagenda texts into readable documents."""
    return [
        Document(block.code, f"{block.number} {block.title}", text_block_markdown(block))
        for block in blocks
    ]


COMBO_CHARS = 18  # the closed list shows at least this much; the open list shows all
COMBO_MAX_CHARS = 56


class TargetsView(QWidget):
    """The targets of the Veiligheidsagenda per police unit, filterable by policy goal."""

    def __init__(
        self, targets: list[Target], goals: list[TextBlock], parent: QWidget | None = None
    ) -> None:
        """Build the goal filter, the Noord-Holland switch, the table and its legend."""
        super().__init__(parent)
        self.goal = QComboBox()
        self.goal.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.goal.setMinimumContentsLength(COMBO_CHARS)
        self.goal.setMaximumWidth(self.goal.fontMetrics().averageCharWidth() * COMBO_MAX_CHARS)
        self.goal.setAccessibleName(t("Policy goal"))
        self.goal.addItem(t("All policy goals"), "")
        for goal in goals:
            self.goal.addItem(f"{goal.number} {goal.title}", goal.code)
        goal_label = QLabel(t("&Policy goal:"))
        goal_label.setBuddy(self.goal)

        self.only_noord_holland = QCheckBox(t("Only &Noord-Holland"))
        self.only_noord_holland.setAccessibleName(t("Only the rows of Noord-Holland"))

        self.order_button = QPushButton(t("&Document order"))
        self.order_button.setAccessibleName(t("Restore the order of the Veiligheidsagenda"))
        self.order_button.setToolTip(
            t("Undo the sorting by column: show the rows as in the Veiligheidsagenda")
        )

        self.model = TargetsTableModel(targets, self)
        self.proxy = TargetsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = ReferenceTable(
            self.proxy,
            t("Targets table"),
            t("Targets columns"),
            column_chars={GOAL: 20, INDICATOR: 50, NOTE: 30},
        )
        self.table.horizontalHeader().setStretchLastSection(True)

        legend = QLabel(
            t(
                "Highlighted bold rows are the share of the unit Noord-Holland; italic rows are "
                "totals. 'n.t.b.': not yet determined in the Veiligheidsagenda."
            )
        )
        legend.setWordWrap(True)

        choose = QHBoxLayout()
        choose.addWidget(goal_label)
        choose.addWidget(self.goal, 1)
        choose.addStretch(0)
        narrow = QHBoxLayout()
        narrow.addWidget(self.only_noord_holland)
        narrow.addStretch(1)
        narrow.addWidget(self.order_button)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addLayout(narrow)
        layout.addWidget(self.table, 1)
        layout.addWidget(legend)

        self.goal.currentIndexChanged.connect(self._apply_goal)
        self.only_noord_holland.toggled.connect(self.proxy.set_only_noord_holland)
        self.order_button.clicked.connect(self.table.restore_document_order)

    def _apply_goal(self) -> None:
        """Show only the targets of the chosen policy goal."""
        self.proxy.set_goal_code(self.goal.currentData())

    def goal_code(self) -> str:
        """Return the code of the chosen policy goal ('' for all)."""
        return self.goal.currentData()

    def set_goal_code(self, code: str) -> None:
        """Choose a policy goal by code (ignored when unknown)."""
        index = self.goal.findData(code)
        if index >= 0:
            self.goal.setCurrentIndex(index)


class AgendaView(QTabWidget):
    """Three tabs: targets, the four policy goals, the national themes."""

    def __init__(
        self,
        targets: list[Target],
        goals: list[TextBlock],
        national: list[TextBlock],
        parent: QWidget | None = None,
    ) -> None:
        """Build the three tabs from the core reference rows."""
        super().__init__(parent)
        self.setAccessibleName(t("Veiligheidsagenda sections"))
        self.tabBar().setAccessibleName(t("Veiligheidsagenda sections"))
        self.targets = TargetsView(targets, goals)
        self.goals = DocumentPicker(
            documents_of(goals), t("Policy goals"), t("Text of the policy goal")
        )
        self.national = DocumentPicker(
            documents_of(national), t("National themes"), t("Text of the national theme")
        )
        self.addTab(self.targets, t("Targets"))
        self.addTab(self.goals, t("Policy goals"))
        self.addTab(self.national, t("National themes"))
