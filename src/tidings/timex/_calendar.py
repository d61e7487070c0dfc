"""Calendar arithmetic and TIMEX3 value formatting, free of any clock."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

MIN_YEAR = 1000
MAX_YEAR = 2999

SEASON_CODES = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# The month each season is anchored on when it must be compared with a date.
SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}


def valid_year(y: int) -> bool:
    return MIN_YEAR <= y <= MAX_YEAR


def make_date(y: int, m: int, d: int) -> date | None:
    """The date, or None when it does not exist or lies outside the years we accept."""
    if not valid_year(y) or not 1 <= m <= 12 or d < 1:
        return None
    if d > calendar.monthrange(y, m)[1]:
        return None
    return date(y, m, d)


def add_months(d: date, n: int) -> date:
    total = d.year * 12 + (d.month - 1) + n
    y, m = divmod(total, 12)
    m += 1
    y = min(max(y, MIN_YEAR), MAX_YEAR)
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def shift(d: date, n: int, unit: str) -> date:
    """``d`` moved by ``n`` units (day, week, weekend, month, quarter, half, year, decade, century)."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit in ("week", "weekend"):
        return d + timedelta(days=7 * n)
    if unit == "month":
        return add_months(d, n)
    if unit == "quarter":
        return add_months(d, 3 * n)
    if unit == "half":
        return add_months(d, 6 * n)
    if unit == "year":
        return add_months(d, 12 * n)
    if unit == "decade":
        return add_months(d, 120 * n)
    if unit == "century":
        return add_months(d, 1200 * n)
    return d


def week_value(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def quarter(d: date) -> int:
    return (d.month - 1) // 3 + 1


@dataclass(frozen=True, slots=True)
class Point:
    """A calendar unit containing ``day``: what a resolved DATE denotes, at granularity ``gran``."""

    gran: str  # day, week, weekend, month, quarter, half, year, decade, century
    day: date

    def value(self) -> str:
        d = self.day
        g = self.gran
        if g == "day":
            return d.isoformat()
        if g == "week":
            return week_value(d)
        if g == "weekend":
            return week_value(d) + "-WE"
        if g == "month":
            return f"{d.year:04d}-{d.month:02d}"
        if g == "quarter":
            return f"{d.year:04d}-Q{quarter(d)}"
        if g == "half":
            return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
        if g == "year":
            return f"{d.year:04d}"
        if g == "decade":
            return f"{d.year // 10:03d}"
        if g == "century":
            return f"{d.year // 100:02d}"
        return d.isoformat()

    def moved(self, n: int, unit: str) -> Point:
        return Point(self.gran, shift(self.day, n, unit))


def weekday_on_or_before(d: date, wd: int) -> date:
    return d - timedelta(days=(d.weekday() - wd) % 7)


def weekday_on_or_after(d: date, wd: int) -> date:
    return d + timedelta(days=(wd - d.weekday()) % 7)


def nth_weekday(y: int, m: int, wd: int, n: int) -> date:
    """The ``n``-th weekday ``wd`` (0 = Monday) of a month; ``n = -1`` is the last one."""
    if n > 0:
        first = date(y, m, 1)
        return weekday_on_or_after(first, wd) + timedelta(days=7 * (n - 1))
    last = date(y, m, calendar.monthrange(y, m)[1])
    return weekday_on_or_before(last, wd)


def easter(y: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a = y % 19
    b, c = divmod(y, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(y, month, day + 1)


def pick_year(dct: date, month: int, day: int, tense: str) -> int:
    """The year of a month/day mentioned without one: the occurrence nearest ``dct``, nudged by tense.

    News mostly mentions dates close to the writing, so distance decides; a tense pointing the other
    way costs ``_TENSE_PENALTY`` days, enough to flip "in January" said in October of past events.
    """
    best = dct.year
    best_cost = 10**9
    for cand in (dct.year - 1, dct.year, dct.year + 1):
        dd = make_date(cand, month, min(day, 28) if day else 15)
        if dd is None:
            continue
        gap = (dd - dct).days
        cost = abs(gap)
        if (tense == "past" and gap > 0) or (tense == "future" and gap < 0):
            cost += TENSE_PENALTY
        if cost < best_cost:
            best, best_cost = cand, cost
    return best


TENSE_PENALTY = 120
