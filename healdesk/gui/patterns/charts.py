"""Small QPainter charts for the insights panel (QtCharts is not shipped, and these are tiny).

Each chart takes a `PatternReport`, paints with the widget's palette so light and dark both
read well, and states its gist in its accessible description for screen readers.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from healdesk.core.analysis.patterns import PatternReport
from healdesk.core.language.vocabulary import counted
from healdesk.i18n import _, month_name, weekday_name

LABEL_WIDTH = 140
THEME_ROWS = 6


class _Chart(QWidget):
    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.report: PatternReport | None = None
        self.colours: dict[str, str] = {}

    def set_report(self, report: PatternReport, colours: dict[str, str]) -> None:
        self.report, self.colours = report, colours
        self.setAccessibleDescription(self.summary())
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        """Draw nothing and describe nothing (the journal is locking)."""
        self.report, self.colours = None, {}
        self.setAccessibleDescription("")
        self.update()

    def summary(self) -> str:
        raise NotImplementedError

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if self.report is not None and self.report.conflict_count:
            self.draw(painter, self.report)
        painter.end()

    def draw(self, painter: QPainter, report: PatternReport) -> None:
        raise NotImplementedError

    def _month_labels(
        self, painter: QPainter, months: tuple[str, ...], left: float, width: float, y: float
    ) -> None:
        """Month initials under the bars, with the year at each January and the first bar."""
        if not months:
            return
        step = width / len(months)
        metrics = QFontMetrics(self.font())
        every = max(1, int(metrics.horizontalAdvance("Mmm") // max(step, 1)) + 1)
        painter.setPen(self.palette().placeholderText().color())
        free_from = left
        for i, month in enumerate(months):
            year, number = month.split("-")
            label = month_name(int(number)) + (f" {year}" if number == "01" or i == 0 else "")
            x = left + i * step + 1
            if (i % every == 0 or number == "01") and x >= free_from:
                painter.drawText(QPointF(x, y), label)
                free_from = x + metrics.horizontalAdvance(label) + 8


class ThemeFrequencyChart(_Chart):
    """One row of monthly bars per frequent theme: a theme that keeps coming back is a row
    with bars all along it."""

    ROW = 26

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_("Theme frequency over time"), parent)

    def sizeHint(self) -> QSize:
        rows = len(self.report.themes[:THEME_ROWS]) if self.report else 1
        return QSize(480, max(1, rows) * self.ROW + 26)

    def summary(self) -> str:
        assert self.report is not None
        parts = [
            _("{theme}: {entries} over {months}").format(
                theme=t.name,
                entries=counted(t.count, "{n} entry", "{n} entries"),
                months=counted(len(self.report.months), "{n} month", "{n} months"),
            )
            for t in self.report.themes[:THEME_ROWS]
        ]
        return "; ".join(parts) or _("No entries yet.")

    def draw(self, painter: QPainter, report: PatternReport) -> None:
        months = report.months
        left, width = LABEL_WIDTH, self.width() - LABEL_WIDTH - 8
        step = width / max(1, len(months))
        themes = report.themes[:THEME_ROWS]
        peak = max((max(report.theme_months[t.name]) for t in themes), default=1)
        metrics = QFontMetrics(self.font())
        for row, theme in enumerate(themes):
            top = 4 + row * self.ROW
            colour = QColor(self.colours.get(theme.name, "#8c8c8c"))
            painter.setPen(self.palette().text().color())
            name = metrics.elidedText(theme.name, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 12)
            painter.drawText(QPointF(4, top + self.ROW / 2 + metrics.ascent() / 2 - 2), name)
            painter.setPen(QPen(self.palette().mid().color(), 1))
            painter.drawLine(
                QPointF(left, top + self.ROW - 3), QPointF(left + width, top + self.ROW - 3)
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            for i, count in enumerate(report.theme_months[theme.name]):
                if count:
                    height = (self.ROW - 6) * count / peak
                    painter.drawRect(
                        QRectF(
                            left + i * step + 1,
                            top + self.ROW - 3 - height,
                            max(1.0, step - 2),
                            height,
                        )
                    )
        self._month_labels(painter, months, left, width, 4 + len(themes) * self.ROW + 14)


class WeekdayHeatMap(_Chart):
    """Weekday by hour of day: where fights cluster (e.g. Sunday evenings) shows as a hot spot."""

    CELL_H = 16

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_("When conflicts happen, by weekday and hour"), parent)

    def sizeHint(self) -> QSize:
        return QSize(480, 7 * self.CELL_H + 26)

    def summary(self) -> str:
        assert self.report is not None
        cells = [
            (n, d, h) for d, row in enumerate(self.report.weekday_hours) for h, n in enumerate(row)
        ]
        if not cells or max(cells)[0] == 0:
            return _("No entries yet.")
        n, day, hour = max(cells, key=lambda c: (c[0], -c[1], -c[2]))
        return _("Most entries fall on {weekday} around {hour:02d}:00 ({n}).").format(
            weekday=weekday_name(day), hour=hour, n=n
        )

    def draw(self, painter: QPainter, report: PatternReport) -> None:
        left = LABEL_WIDTH
        cell_w = (self.width() - left - 8) / 24
        peak = max(max(row) for row in report.weekday_hours) or 1
        accent = self.palette().highlight().color()
        empty = QColor(self.palette().mid().color())
        empty.setAlpha(40)
        metrics = QFontMetrics(self.font())
        for day, row in enumerate(report.weekday_hours):
            top = 4 + day * self.CELL_H
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QPointF(4, top + self.CELL_H / 2 + metrics.ascent() / 2 - 2), weekday_name(day)
            )
            painter.setPen(Qt.PenStyle.NoPen)
            for hour, count in enumerate(row):
                colour = QColor(accent)
                if count:
                    colour.setAlpha(int(60 + 195 * count / peak))
                else:
                    colour = empty
                painter.setBrush(colour)
                painter.drawRoundedRect(
                    QRectF(left + hour * cell_w + 1, top + 1, cell_w - 2, self.CELL_H - 2), 2, 2
                )
        painter.setPen(self.palette().placeholderText().color())
        for hour in (0, 6, 12, 18):
            painter.drawText(
                QPointF(left + hour * cell_w + 1, 4 + 7 * self.CELL_H + 14), f"{hour:02d}:00"
            )


class RepairRateChart(_Chart):
    """Share of each month's conflicts that got a repair, with a half-way guide line."""

    HEIGHT = 90

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_("Repair rate over time"), parent)

    def sizeHint(self) -> QSize:
        return QSize(480, self.HEIGHT + 26)

    def summary(self) -> str:
        assert self.report is not None
        if not self.report.conflict_count:
            return _("No entries yet.")
        return _("{percent} percent of conflicts had a repair overall.").format(
            percent=round(self.report.repair_rate * 100)
        )

    def draw(self, painter: QPainter, report: PatternReport) -> None:
        left, width = LABEL_WIDTH, self.width() - LABEL_WIDTH - 8
        bottom, height = 4 + self.HEIGHT, self.HEIGHT - 8
        step = width / max(1, len(report.months))
        painter.setPen(self.palette().placeholderText().color())
        for share, text in ((1.0, _("all repaired")), (0.5, "half"), (0.0, "none")):
            y = bottom - height * share
            painter.drawText(QPointF(4, y + 4), text)
        guide = QColor(self.palette().mid().color())
        painter.setPen(QPen(guide, 1, Qt.PenStyle.DashLine))
        painter.drawLine(
            QPointF(left, bottom - height / 2), QPointF(left + width, bottom - height / 2)
        )
        painter.setPen(QPen(guide, 1))
        painter.drawLine(QPointF(left, bottom), QPointF(left + width, bottom))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().highlight())
        for i, share in enumerate(report.repair_rate_by_month):
            if share is not None:
                bar = max(2.0, height * share)
                painter.drawRect(QRectF(left + i * step + 2, bottom - bar, max(1.0, step - 4), bar))
        self._month_labels(painter, report.months, left, width, bottom + 16)
