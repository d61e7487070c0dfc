"""Small calendar helpers shared by the dating rules: partial dates, month ends, weekdays, TIMEX3 values."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from tidings.calendar_names import MONTH_NAMES
from tidings.model import Granularity

MIN_YEAR = 1800  # older "publication" dates are misreadings (a year 0500, an ID taken for a year)

# "jan", "sept", "sep" ... -> month number; full names too.
MONTHS: dict[str, int] = {}
for _i, _name in enumerate(MONTH_NAMES, 1):
    MONTHS[_name] = _i
    MONTHS[_name[:3]] = _i
MONTHS["sept"] = 9
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_PARTIAL = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def month_end(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1) - timedelta(days=1)


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def partial_interval(year: int, month: int | None = None, day: int | None = None) -> tuple[date, date] | None:
    """The days a partial date covers: a year, a month or one day; None if it is not a calendar date."""
    if not 1 <= year <= 9999:
        return None
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    if not 1 <= month <= 12:
        return None
    if day is None:
        return date(year, month, 1), month_end(year, month)
    d = safe_date(year, month, day)
    return (d, d) if d else None


def parse_partial(value: str) -> tuple[date, date, Granularity] | None:
    """ "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a time part is ignored) as an interval with its granularity."""
    m = _PARTIAL.fullmatch(value.strip()[:10]) if value else None
    if not m:
        return None
    y = int(m[1])
    mo = int(m[2]) if m[2] else None
    d = int(m[3]) if m[3] else None
    iv = partial_interval(y, mo, d)
    if iv is None:
        return None
    gran: Granularity = "day" if d else "month" if mo else "year"
    return iv[0], iv[1], gran


def granularity_of(earliest: date, latest: date) -> Granularity:
    """The granularity an interval has on its own: one day, one week, one calendar month or year."""
    if earliest == latest:
        return "day"
    if (latest - earliest).days <= 6:
        return "week"
    if earliest.day == 1 and latest == month_end(earliest.year, earliest.month):
        return "month"
    if earliest.month == 1 and earliest.day == 1 and latest == date(earliest.year, 12, 31):
        return "year"
    return "unknown"


def next_weekday(start: date, weekday: int) -> date:
    """The first day on or after ``start`` falling on ``weekday`` (0 = Monday)."""
    return start + timedelta(days=(weekday - start.weekday()) % 7)


def describe(earliest: date | None, latest: date | None, gran: Granularity) -> str:
    """An interval in words: "2021-01-15", "2020-01", "2021", "2020-11-20..2020-11-26"."""
    if earliest is None and latest is None:
        return "unknown"
    if earliest is None:
        return f"on or before {latest}"
    if latest is None:
        return f"on or after {earliest}"
    if gran == "day" and earliest == latest:
        return earliest.isoformat()
    if gran == "month" and granularity_of(earliest, latest) == "month":
        return earliest.isoformat()[:7]
    if gran == "year" and granularity_of(earliest, latest) == "year":
        return str(earliest.year)
    return f"{earliest.isoformat()}..{latest.isoformat()}"


ValueKind = Literal["day", "month", "year", "month_day", "bare_month", "weekday", "week", "decade", "season"]


@dataclass(frozen=True, slots=True)
class Value:
    """A parsed TIMEX3 value: absolute (``earliest``/``latest`` set) or a year-less pattern."""

    kind: ValueKind
    earliest: date | None = None
    latest: date | None = None
    month: int = 0
    day: int = 0
    weekday: int = -1


_WEEKDAY_VALUE = re.compile(r"XXXX-WXX-([1-7])")
_YEARLESS = re.compile(r"XXXX-(\d{2})(?:-(\d{2}))?")
_ISO_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])")
_DECADE = re.compile(r"(\d{3})X")
_SEASON_MONTHS = {
    "SP": (3, 5),
    "SU": (6, 8),
    "FA": (9, 11),
    "WI": (12, 12),
    "Q1": (1, 3),
    "Q2": (4, 6),
    "Q3": (7, 9),
    "Q4": (10, 12),
    "H1": (1, 6),
    "H2": (7, 12),
}


def parse_value(value: str) -> Value | None:
    """Read the TIMEX3 values the tagger produces for dates; None for durations, times of day and the like."""
    if not value:
        return None
    m = _WEEKDAY_VALUE.fullmatch(value)
    if m:
        return Value("weekday", weekday=int(m[1]) - 1)
    m = _YEARLESS.fullmatch(value)
    if m:
        month = int(m[1])
        if not 1 <= month <= 12:
            return None
        if m[2]:
            day = int(m[2])
            if safe_date(2000, month, day) is None:  # 2000 is a leap year: Feb 29 stays valid
                return None
            return Value("month_day", month=month, day=day)
        return Value("bare_month", month=month)
    m = _ISO_WEEK.fullmatch(value)
    if m:
        try:
            start = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return None
        return Value("week", start, start + timedelta(days=6))
    m = _SEASON.fullmatch(value)
    if m:
        y = int(m[1])
        first, last = _SEASON_MONTHS[m[2]]
        if y < 1:
            return None
        return Value("season", date(y, first, 1), month_end(y, last))
    m = _DECADE.fullmatch(value)
    if m:
        y = int(m[1]) * 10
        if y < 1:
            return None
        return Value("decade", date(y, 1, 1), date(y + 9, 12, 31))
    parsed = parse_partial(value) if len(value) in (4, 7, 10) or "T" in value else None
    if parsed is None:
        return None
    kinds: dict[str, ValueKind] = {"day": "day", "month": "month", "year": "year"}
    return Value(kinds.get(parsed[2], "day"), parsed[0], parsed[1])
