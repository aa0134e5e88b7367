"""The top of the beeld: title, description, what changed since last year and the key figures."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from driehoek_app.core.beeld_compare import STATUSES, BeeldComparison
from driehoek_app.core.beeld_summary import ResultTotal
from driehoek_app.core.ondermijningsbeeld import Beeld
from driehoek_app.gui import formatting, theme
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings.dialogs.labels import classification_labels
from driehoek_app.gui.ondermijning import labels

SUMMARY_CHARS = 140


def meta_text(beeld: Beeld, years: list[int]) -> str:
    """Return the line under the title: peildatum, made with, classification, other years."""
    parts = []
    if beeld.peildatum:
        parts.append(t("peildatum {date}").format(date=formatting.date(beeld.peildatum)))
    if beeld.made_with:
        parts.append(t("made with {who}").format(who=beeld.made_with))
    parts.append(classification_labels().get(beeld.classification, beeld.classification))
    if years:
        parts.append(t("beelden: {years}").format(years=", ".join(map(str, sorted(years)))))
    return " · ".join(parts)


def comparison_text(comparison: BeeldComparison) -> str:
    """Return what changed since last year: '● 2 nieuw · ▲ 1 gegroeid · ...'."""
    if comparison.current is None:
        return ""
    if comparison.previous is None:
        return t("No beeld of {year} to compare with.").format(year=comparison.previous_year)
    counts = comparison.counts()
    words = labels.comparison_statuses()
    parts = [
        f"{labels.STATUS_SYMBOLS[status]} {counts[status]} {words[status]}"
        for status in STATUSES
        if counts[status]
    ]
    return t("Compared with {year}: {changes}").format(
        year=comparison.previous_year, changes=" · ".join(parts) or t("no phenomena")
    )


def figures_text(signals: dict[str, int], interventions: int, results: list[ResultTotal]) -> str:
    """Return the key figures: signals (to be weighed), interventions and their results."""
    total = sum(signals.values())
    parts = [
        t("{count} signals ({waiting} to be weighed)").format(
            count=total, waiting=signals.get("te wegen", 0)
        ),
        t("{count} interventions").format(count=interventions),
    ]
    if results:
        lines = [labels.result_label(r.kind, r.count, r.amount_cents) for r in results]
        parts.append(t("results: {results}").format(results=", ".join(lines)))
    return " · ".join(parts)


class BeeldOverview(QFrame):
    """Shows the beeld at a glance above its lists."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the labels; they stay empty until show_beeld."""
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.title.setObjectName("areaHeading")
        self.title.setFont(theme.scaled(theme.bold(self.title.font()), 1.25))
        self.title.setWordWrap(True)
        self.meta = QLabel()
        self.summary = QLabel()
        self.comparison = QLabel()
        self.comparison.setFont(theme.bold(self.comparison.font()))
        self.figures = QLabel()
        for label in (self.meta, self.summary, self.comparison, self.figures, self.title):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        for label in (self.title, self.meta, self.summary, self.comparison, self.figures):
            layout.addWidget(label)

    def show_beeld(
        self,
        basisteam: str,
        year: int,
        beeld: Beeld | None,
        years: list[int],
        comparison: BeeldComparison,
        figures: str,
    ) -> None:
        """Show title, description, comparison and figures (or how to start a beeld)."""
        if beeld is None:
            self.title.setText(
                t("No ondermijningsbeeld of {basisteam} for {year} yet").format(
                    basisteam=basisteam, year=year
                )
            )
            self.meta.setText(
                t("beelden: {years}").format(years=", ".join(map(str, sorted(years))))
                if years
                else ""
            )
            self.summary.setText(
                t("Here you will keep the ondermijningsbeeld of the basisteam, made with the "
                  "RIEC: signals, phenomena and the interventions agreed on.")
                + "\n"
                + t("Add a phenomenon, signal or intervention, import a file, or describe the "
                    "beeld with 'Edit beeld...'.")
            )  # fmt: skip
            self.comparison.setText("")
            self.figures.setText("")
        else:
            self.title.setText(beeld.display_title)
            self.meta.setText(meta_text(beeld, years))
            self.summary.setText(beeld.summary)
            self.comparison.setText(comparison_text(comparison))
            self.figures.setText(figures)
        for label in (self.meta, self.summary, self.comparison, self.figures):
            label.setVisible(bool(label.text()))
