"""Small bar charts drawn on the server as SVG: no chart library, no script, readable by
screen readers (each chart has a title and a text description) and printable."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

ROW_HEIGHT = 26
BAR_HEIGHT = 16
BAR_SPACE = 150
FONT_SIZE = 13  # px, as in site.css


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    y: int
    width: int
    text_y: int


@dataclass(frozen=True)
class BarChart:
    bars: list[Bar]
    height: int
    label_width: int

    @property
    def width(self) -> int:
        return self.label_width + BAR_SPACE + 40

    @property
    def description(self) -> str:
        return "; ".join(f"{bar.label}: {bar.value}" for bar in self.bars)


def bar_chart(rows: Iterable[tuple[str, int]]) -> BarChart:
    """A horizontal bar per (label, value), the longest bar for the largest value."""
    rows = [(str(label), value) for label, value in rows if value]
    largest = max((value for _label, value in rows), default=0) or 1
    bars = [
        Bar(
            label=label,
            value=value,
            y=i * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) // 2,
            width=max(2, round(BAR_SPACE * value / largest)),
            text_y=i * ROW_HEIGHT + ROW_HEIGHT // 2 + 5,
        )
        for i, (label, value) in enumerate(rows)
    ]
    label_width = max((text_width(label) for label, _value in rows), default=0) + 12
    return BarChart(
        bars=bars, height=max(ROW_HEIGHT, len(bars) * ROW_HEIGHT), label_width=label_width
    )


def text_width(text: str) -> int:
    """A generous estimate of ``text``'s width in pixels: Chinese characters are square,
    Latin letters a little over half as wide. SVG text does not wrap, so overestimate."""
    wide = sum(1 for ch in text if unicodedata.east_asian_width(ch) in "WF")
    return round(FONT_SIZE * (wide + 0.62 * (len(text) - wide)))
