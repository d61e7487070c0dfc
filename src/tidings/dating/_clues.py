"""The working record of the dating rules: a clue is evidence before the cascade weighs it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tidings.model import Evidence, Granularity


@dataclass(frozen=True, slots=True)
class Clue:
    """What one rule found: an interval (or a year-less month/day waiting for a year), where, and how sure.

    ``weight`` is the confidence the rule deserves when it decides alone. A year-less clue ("Jan. 15" in a
    dateline) has ``earliest``/``latest`` None and ``month``/``day`` set until another clue names the year;
    a year-less range ("22 - 28 April") also has ``first_month``/``first_day``, the day it starts.
    """

    rule: str
    earliest: date | None
    latest: date | None
    granularity: Granularity
    note: str
    start: int = -1
    end: int = -1
    weight: float = 1.0
    month: int = 0
    day: int = 0
    first_month: int = 0  # a year-less range ("22 - 28 April"): its first day; month/day is its last
    first_day: int = 0

    @property
    def yearless(self) -> bool:
        return self.earliest is None and self.month > 0

    def evidence(self, note: str | None = None) -> Evidence:
        return Evidence(
            self.rule,
            self.earliest,
            self.latest,
            self.note if note is None else note,
            self.start,
            self.end,
            round(self.weight, 3),
        )
