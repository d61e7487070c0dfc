"""English month names, shared by every stage that reads them."""

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
