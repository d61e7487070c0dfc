"""English month and weekday names, in full and abbreviated, shared by every stage that reads them."""

from __future__ import annotations

MONTH_NAMES: tuple[str, ...] = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
MONTH_NUMBERS: dict[str, int] = {name: i for i, name in enumerate(MONTH_NAMES, 1)}
MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
WEEKDAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
WEEKDAY_ABBREVIATIONS = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())
# Every way a month or a weekday is written, lower case and without a full stop
CALENDAR_WORDS = frozenset(MONTH_NAMES) | MONTH_ABBREVIATIONS | WEEKDAY_NAMES | WEEKDAY_ABBREVIATIONS
