"""Words of the tagger: month and weekday names, number words, units, and the regex pieces built from them."""

from __future__ import annotations


def words(s: str) -> frozenset[str]:
    """A set of words written as one space-separated string (long word lists stay readable)."""
    return frozenset(s.split())


MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip

ONES: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty first": 21, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4,
}  # fmt: skip

# Canonical unit names; plural and variant spellings map onto them.
UNITS: dict[str, str] = {
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute", "hour": "hour",
    "hours": "hour", "day": "day", "days": "day", "week": "week", "weeks": "week", "fortnight": "fortnight",
    "fortnights": "fortnight", "month": "month", "months": "month", "quarter": "quarter",
    "quarters": "quarter",
    "year": "year", "years": "year", "decade": "decade", "decades": "decade", "century": "century",
    "centuries": "century", "weekend": "weekend", "weekends": "weekend",
}  # fmt: skip

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}  # fmt: skip

MONTH_FULL_RE = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
MONTH_ABBR_RE = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"


def month_re(name: str) -> str:
    """A month name, full or abbreviated (the dot belongs to the expression), as group ``name``."""
    return rf"(?P<{name}>{MONTH_FULL_RE}\b|{MONTH_ABBR_RE}(?:\.|\b))"


WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

_NUM_WORD_RE = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six"
    r"|seven|eight|nine)\b)?|(?:a|one)\s+hundred|a\s+dozen|a\s+couple(?:\s+of)?|couple\s+of|a\s+few|several|many|few"
    r"|dozens\s+of|hundreds\s+of|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|an?)"
)
NUM_RE = rf"(?:\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?(?:\s+\d/\d)?|\d+\s?1/2|{_NUM_WORD_RE})"

UNIT_RE = (
    r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?"
    r"|centur(?:y|ies))"
)

VAGUE_NUMBERS = frozenset({"a few", "several", "many", "few", "dozens of", "hundreds of", "some"})


def parse_number(s: str) -> float | None:
    """The value of a number phrase; None for vague ones ("several", "a few")."""
    s = " ".join(s.lower().replace("-", " ").split())
    if s in VAGUE_NUMBERS:
        return None
    if s in ("a", "an"):
        return 1.0
    if s in ("a couple", "a couple of", "couple of"):
        return 2.0
    if s in ("a dozen",):
        return 12.0
    if s.endswith("hundred"):
        return 100.0
    if s[0].isdigit():
        frac = 0.0
        if "1/2" in s:
            s = s.replace("1/2", "").strip()
            frac = 0.5
        elif "/" in s:
            parts = s.split()
            if len(parts) == 2:
                num, den = parts[1].split("/")
                frac = int(num) / int(den) if int(den) else 0.0
                s = parts[0]
        try:
            return float(s.replace(",", "")) + frac if s else frac
        except ValueError:
            return None
    total = 0
    for w in s.split():
        if w in TENS:
            total += TENS[w]
        elif w in ONES:
            total += ONES[w]
        else:
            return None
    return float(total)
