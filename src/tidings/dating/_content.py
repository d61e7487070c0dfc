"""Reasoning over the time expressions of a document's own text: when could it have been written?

The tagger (``tidings.timex.tag`` without a document date) gives every expression a value and the tense of
its clause. From those:

- a date cited in a past-tense clause happened before the document: a lower bound;
- a date in a future-tense clause has not happened yet: an upper bound (tense is guessed from cue words, so
  it only narrows what the lower bound leaves open);
- the year comes from scored candidates: a weekday written with a year-less date ("Tuesday, Nov. 22") fits
  only some years; a year in the title usually is the document's; news style writes the year only for
  dates outside the current year, so "a January 2020 airstrike" points to a later year; with a reference
  date, the typical age of news documents found for a question weighs the years the text leaves open;
- inside that year, year-less dates ("on Nov. 22", "in November") and weekdays ("on Friday") place it.

The estimate's ``earliest`` is the day the evidence points to (the point a single date must use); ``latest``
is the last day the evidence allows.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from tidings.dating._clues import Clue
from tidings.dating._dates import (
    MIN_YEAR,
    WEEKDAY_NAMES,
    Value,
    describe,
    month_end,
    next_weekday,
    parse_value,
    safe_date,
)
from tidings.model import Granularity, Tense, TimeExpr
from tidings.timex import holiday_date
from tidings.timex._tense import older_value_time

# Rules of the tagger whose value, without a document date, is borrowed from another expression ("the
# following year" after "2019"): not independent evidence about when the text was written.
_DERIVED_RULES = frozenset(
    {
        "anchored_day",
        "rel_unit",
        "the_unit",
        "ago",
        "coming_plural",
        "recent_plural",
        "the_days_before",
        "ref",
    }
)
_WEEKDAY_IN = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?", re.I)
_WEEKDAY_ABBR = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_YEAR_GAP = re.compile(r"[ \t]*,?[ \t]*")
_FOUR_DIGITS = re.compile(r"\d{4}")

# Typical age of a news document found for a question, as mass over days before the reference date: a
# fifth is from the last month, half is spread over two to fifteen months before, the rest is older
# (fitted on the RealTimeQA development set, where half the documents are from the year before the
# question). It only chooses among years the text leaves open, and is used only with a reference date.
_RECENT_DAYS, _RECENT_MASS = 31, 0.2
_OLDER_FROM, _OLDER_TO, _OLDER_MASS = 60, 450, 0.5
_TAIL_SCALE = 1000.0
_TAIL_FLOOR = 0.02 / 30  # between a month and two months old: few documents
_AFTER_REFERENCE_MASS = 0.02  # documents dated after the reference (a question date is approximate)
_MAX_YEARS_BACK = 15
_REFERENCE_WEEK_DAYS = 7  # the week before the reference: where search results for a question cluster


@dataclass(slots=True)
class YearWeights:
    """Weights of the year evidence, in log-odds units.

    With a reference date they are tuned on the development set (``benchmarks/blank_dates.py``): there the
    prior on the age of news documents competes, and a year written out in the text turns out to favour
    that year slightly. Without one the candidates are the lower bound's year and the next, and the news
    convention decides: a year written out with a month or a day ("a January 2020 airstrike", "November
    17, 2020") is mostly not the document's own (in 9 and 14 of 100 development documents it is).
    """

    prior: float = 0.5
    before_lower: float = -1.0  # a year before a date the text cites as past (a soft bound)
    weekday_fits: float = 4.0  # "Tuesday, Nov. 22" is a Tuesday in this year
    weekday_misfits: float = 0.0
    title: float = 3.5  # the title names this year
    same_event: float = 2.0  # "this year's Grammys" and "the 2022 Grammys"
    month_year_same: float = 0.5
    full_date_same: float = 0.5
    month_year_same_alone: float = -1.0  # without a reference: "a January 2020 airstrike" points later
    full_date_same_alone: float = -0.4
    month_fit: float = 0.5  # the best fit of the year-less dates to a month of this year (with a reference)
    # "will move ... from Monday 4 March 2024": news looks weeks or months ahead, so the text is likely
    # from the year of six weeks before that day
    future_date_ahead: float = 1.0
    # "Police said on Monday" and a past "Jan. 16" that is a Monday in this year: the text is likely from
    # the week after that day; the bonus is added to the prior of that week, used if it beats the year's.
    weekday_echo: float = 1.5


W = YearWeights()
_MAX_CONTENT_CONFIDENCE = 0.6


@dataclass(frozen=True, slots=True)
class Mention:
    """One time expression of the text with its parsed value; ``weekday`` is a weekday written inside it."""

    start: int
    end: int
    text: str
    value: Value
    tense: Tense
    weekday: int = -1
    # "name": the date names an event ("the Jan. 6 committee", "the 2020 election") and bounds nothing;
    # "context": a year-less date whose year an explicit date just before it in the sentence gives
    # ("in March 2020 ... by May"), not the document's own year; "billed": the day an event was advertised
    # for ("advertised the event for 2 August"), either side of the text.
    role: str = ""
    head: str = ""  # the noun an event name ends in ("committee")
    holiday: str = ""  # a holiday on a weekday rule the date is given for ("Memorial Day, May 25")

    @property
    def quoted(self) -> str:
        return f"'{self.text}'"


# A date between "the" (or a possessive) and a noun is the name of an event, not a time the text reports:
# "the Jan. 6 committee", "the September 11 attacks", "the 2020 election", "Tuesday's vote" is not one
# (a weekday). What follows must be a word, not a preposition or a verb the date governs.
_NAME_BEFORE = re.compile(r"(?:\bthe|\bThe|['’]s)[ \t]+$")
_NAME_AFTER = re.compile(r"[ \t]+([A-Za-z][a-z-]+)")
_NOT_A_NAME_HEAD = frozenset(
    "of to in on at for and or but as by with from when while after before until is was were are be been "
    "will would could should may might has have had said says deadline".split()
)
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
# A period a year names that is planned ahead of it: a quota, a budget, a season's fixtures
PLANNED_PERIOD = re.compile(
    r"(?:[ \t]+[a-z-]+){0,2}?[ \t]+(?:quotas?|budgets?|allowances?|allocations?|targets?|catch\s+limits?|"
    r"fixtures|calendar|timetable|schedule|intake|tax\s+year|financial\s+year|fiscal\s+year|spending\s+plans?)\b"
)
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
_CONTEXT_CHARS = 160
# A norm the calendar sets: "above normal for the end of January", "the average for mid-March"
_NORM_FOR = re.compile(
    r"\b(?:normal|average|usual|typical|expected)\s+for\s+(?:the\s+)?(?:(?:end|start|middle|beginning)\s+of\s+)?"
    r"(?:mid-?|early\s+|late\s+)?$",
    re.I,
)


def _name_head(text: str, start: int, end: int) -> str:
    """The noun after a date that names an event ("the Jan. 6 committee" -> "committee"), else ""."""
    if not _NAME_BEFORE.search(text, max(0, start - 6), start):
        return ""
    after = _NAME_AFTER.match(text, end)
    if after is None or after.group(1).lower() in _NOT_A_NAME_HEAD:
        return ""
    return after.group(1)


# What a feast's name makes an event of, with or without "the": "Christmas market staying in the square",
# "Halloween festival director named"
_FEAST_EVENT = re.compile(
    # events held in the weeks before the feast, or named for it: a market or a fair tells no day (measured
    # on RealTimeQA: "Christmas lights" and the like still tell of their season)
    r"[ \t]+(market|markets|fair|fayre|grotto|panto|pantomime|parade|fete|festival)\b",
    re.I,
)


def _feast_event(text: str, m: Mention) -> str:
    """The event noun after a feast's name ("Christmas market" -> "market"), else ""."""
    if not m.text[:1].isalpha() or any(c.isdigit() for c in m.text):
        return ""
    after = _FEAST_EVENT.match(text, m.end)
    return after.group(1) if after is not None else ""


# A day an event is billed for: "advertised the event for 2 August", "billed the gig for Friday 3 May"
_BILLED_FOR = re.compile(
    r"\b(?:advertis|bill|promot|market)(?:ed|es|ing|e|s)?\s+(?:[\w'’-]+\s+){1,4}?for\s+"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$",
    re.I,
)

# The start of a span of days just before its end's date: "21-" of "21-23 June", "from 21 to " of "from 21
# to 23 June"
_SPAN_END = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s*(?:[-–]|to|until|through)\s*$", re.I)


def _roles(text: str, out: list[Mention]) -> list[Mention]:
    """Mark event names and year-less dates whose year the sentence already gave."""
    marked: list[Mention] = []
    last_year_end = -1  # end of the latest mention carrying a year
    for m in out:
        role = head = ""
        if m.value.kind == "month_day" or (m.value.kind == "year" and m.tense != "past"):
            # A past-tense year still bounds: "the 2020 election was held" happened before the text.
            head = _name_head(text, m.start, m.end) or _feast_event(text, m)
            role = "name" if head else ""
        elif (
            m.value.kind == "year"
            and (named := _name_head(text, m.start, m.end))
            and PLANNED_PERIOD.match(text, m.end)
        ):
            # unless what it names is set ahead: "agreed to set the 2025 haddock quota", "passed the 2026
            # budget"
            head, role = named, "name"
        elif m.value.kind == "bare_month" and _NORM_FOR.search(text, max(0, m.start - 40), m.start):
            # "40 inches above normal for the end of January": a yardstick of the calendar, not a time the
            # text has lived through
            role = "name"
        elif (
            m.value.kind in ("month_day", "bare_month")
            and last_year_end >= 0
            and m.start - last_year_end <= _CONTEXT_CHARS
            and not _SENTENCE_BREAK.search(text, last_year_end, m.start)
        ):
            role = "context"
        if (
            not role
            and m.value.kind == "year"
            and _LINE_START.search(text, max(0, m.start - 2), m.start)
            and PLANNED_PERIOD.match(text, m.end)
        ):
            # a heading "2025 budget highlights": a period set ahead of its year ("the tax rate for 2025"
            # stays a time: news of a year's rates is as often written in that year)
            role = "name"
        if (
            not role
            and m.value.kind in ("day", "month_day")
            and _BILLED_FOR.search(text, max(0, m.start - 60), m.start)
        ):
            # "the scam website advertised the event for 2 August": the day an event was billed for, either
            # side of the report, not a day the report has lived through
            role = "billed"
        if (
            not role
            and m.value.kind in ("day", "month_day")
            and m.tense != "past"
            and _SPAN_END.search(text, max(0, m.start - 12), m.start)
        ):
            # "21-23 June 2024", "runs from 21 to 23 June": the end of a span of days an event takes, told
            # alike before it (a programme) and after it (a report); only a past tense places it
            role = "span"
        if m.value.kind in ("day", "month", "year") and role not in ("name", "span", "billed"):
            last_year_end = m.end
        marked.append(replace(m, role=role, head=head) if role else m)
    return marked


# "at the end of 2022", "late 2021": the last part of a year
_LATE_IN = re.compile(r"\b(?:(end|close)\s+of\s+(?:the\s+(?:year\s+)?)?|late(?:\s+in)?\s+)$", re.I)


# "early 2024", "at the start of 2023", "the first half of 2025": the first months of a year
_EARLY_IN = re.compile(r"\b(?:(start|beginning)\s+of\s+|(first\s+half)\s+of\s+|early(?:\s+in)?\s+)$", re.I)


def _part_of_year(text: str, at: int, year: int) -> Value | None:
    """The part of a bare year that the words before it at ``at`` leave: its last day for an older value's
    year ("207 birds, up from 131 in 2021": that count's year is over, a report of it is later), its last
    weeks for "at the end of 2022" and "late 2021", its first months for "early 2024" (a text that still
    awaits the opening "in early 2024" was written before spring); None for the whole year."""
    if older_value_time(text, at):
        return Value("year", date(year, 12, 31), date(year, 12, 31))
    late = _LATE_IN.search(text, max(0, at - 20), at)
    if late is not None:
        return Value("year", date(year, 12 if late.group(1) else 10, 1), date(year, 12, 31))
    early = _EARLY_IN.search(text, max(0, at - 20), at)
    if early is not None:
        month = 1 if early.group(1) else 6 if early.group(2) else 4
        return Value("year", date(year, 1, 1), month_end(year, month))
    return None


_ON_SALE = re.compile(
    r"\b(?:buy|book|get|order)\s+(?:your\s+)?(?:tickets?\s+|places?\s+|seats?\s+)?now\b|"
    r"\b(?:tickets?|places?|seats?)\s+(?:left|remaining)\b|\badd\s+to\s+(?:cart|basket)\b",
    re.I,
)


def read_mentions(text: str, timexes: Sequence[TimeExpr]) -> list[Mention]:
    """The date expressions that say something on their own; "Jan 15" + ", 2021" are joined when split."""
    out: list[Mention] = []
    ordered = sorted(timexes, key=lambda t: t.start)
    skip: set[int] = set()
    # a page that sells places ("Only 84 tickets left! BUY NOW") is written before what it sells: a date
    # it gives without a verb is the event's, still ahead
    on_sale = _ON_SALE.search(text) is not None
    for i, t in enumerate(ordered):
        if i in skip or t.type not in ("DATE", "TIME") or t.rule in _DERIVED_RULES:
            continue
        v = parse_value(t.value.split("T", 1)[0])
        if v is None:
            continue
        if v.kind == "year" and v.earliest is not None:
            v = _part_of_year(text, t.start, v.earliest.year) or v
        if t.rule == "season_span" and v.earliest is not None:
            # "the 2022-23 season" runs from the middle of its first year to the middle of the next.
            y = v.earliest.year
            v = Value("season", date(y, 7, 1), date(y + 1, 6, 30))
        end, shown = t.end, t.text
        if v.kind == "month_day" and i + 1 < len(ordered):
            nxt = ordered[i + 1]
            if _FOUR_DIGITS.fullmatch(nxt.value) and _YEAR_GAP.fullmatch(text[t.end : nxt.start]):
                full = safe_date(int(nxt.value), v.month, v.day)
                if full is not None:
                    v = Value("day", full, full)
                    end, shown = nxt.end, text[t.start : nxt.end]
                    skip.add(i + 1)
        wd = -1
        if v.kind in ("month_day", "day"):
            m = _WEEKDAY_IN.search(shown)
            if m:
                wd = _WEEKDAY_ABBR.index(m.group(1)[:3].lower())
        holiday = _holiday_beside(text, ordered, i, end) if v.kind == "month_day" else ""
        tense = "future" if on_sale and not t.tense else t.tense
        out.append(Mention(t.start, end, shown, v, tense, wd, holiday=holiday))
    return _roles(text, out)


# "Memorial Day, May 25", "Election Day on Nov. 8", "Feb. 20 — Presidents Day", "April 4, which is Easter":
# the date of a holiday that moves with the weekdays names the years it falls on that day, like a weekday
# written with the date. Holidays on a fixed date carry their date and are not read here.
_HOLIDAY_GAP = re.compile(r"[ \t]*[,(:–—-]?[ \t]*(?:(?:on|which is|is)[ \t]+)?")


def _holiday_beside(text: str, ordered: Sequence[TimeExpr], i: int, end: int) -> str:
    """The moving holiday written right before or after the year-less date ``ordered[i]``, else ""."""
    for j in (i - 1, i + 1):
        if not 0 <= j < len(ordered):
            continue
        h = ordered[j]
        if h.rule != "holiday" or h.value:
            continue
        gap = text[h.end : ordered[i].start] if j < i else text[end : h.start]
        if _HOLIDAY_GAP.fullmatch(gap):
            return h.text
    return ""


_RELATIVE_YEAR = re.compile(r"(last|this|next) (?:year|season)", re.I)
_POSSESSIVE_HEAD = re.compile(r"(?:'s|’s)\s+(?:[A-Z][\w-]*\s+)?([A-Za-z][\w-]{3,})")
_OFFSETS = {"last": 1, "this": 0, "next": -1}


_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}
_NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80})
_NUMBER_WORDS.update({"hundred": 100, "a hundred": 100, "one hundred": 100})
_COUNT = r"(\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_ORDINAL = r"(\d{1,3})(?:st|nd|rd|th)"
_YEAR_WORD = r"((?:1[6-9]|20)\d\d)(?!\d)(?!,\d)"
_BETWEEN = r"(?:[\w'’-]+[ \t]+){0,3}?"
# "the 50th anniversary of the 1973 coup", "50 years after the 1973 coup", "50 years ago, in 1973": the
# text is written in the year the count reaches (an anniversary is marked in its year). A cheap search
# for the key words finds the few places where the full patterns are tried.
_COUNT_KEY = re.compile(r"anniversary[ \t]+of|years?[ \t]+(?:after|since|ago)", re.I)
_COUNT_BEFORE = re.compile(rf"(?:\b{_ORDINAL}|\b{_COUNT})[ \t]+$", re.I)
_COUNT_AFTER = re.compile(
    rf"[ \t]+{_BETWEEN}{_YEAR_WORD}"
    rf"|,?[ \t]+(?:in|on)[ \t]+(?:[A-Z][a-z]+\.?[ \t]+(?:\d{{1,2}},?[ \t]+)?)?{_YEAR_WORD}"
)


def _count(word: str) -> int | None:
    w = word.lower()
    return int(w) if w.isdigit() else _NUMBER_WORDS.get(w)


def count_years(text: str) -> list[tuple[int, str]]:
    """Years a count from a past year reaches: "the 50th anniversary of the 1973 coup" -> 2023."""
    out: list[tuple[int, str]] = []
    for k in _COUNT_KEY.finditer(text):
        before = _COUNT_BEFORE.search(text, max(0, k.start() - 14), k.start())
        if before is None:
            continue
        is_ago = k.group(0).lower().endswith("ago")
        after = _COUNT_AFTER.match(text, k.end())
        if (
            after is None
            or (after.group(1) is not None and is_ago)
            or (after.group(2) is not None and not is_ago)
        ):
            continue
        n = _count(before.group(1) or before.group(2))
        if n is None or not 0 < n <= 200:
            continue
        year = int(after.group(1) or after.group(2)) + n
        shown = text[before.start() : after.end()].strip()
        out.append((year, f"'{shown}' counts to {year}"))
    return out


def event_years(text: str, timexes: Sequence[TimeExpr]) -> list[tuple[int, str]]:
    """Years named by one event written two ways: "this year's Grammys" and "the 2022 Grammys" -> 2022.

    "Last year's World Cup" with "the 2022 World Cup" gives 2023, "next year's election" with "the 2024
    election" gives 2023. When several years precede the name, the latest (earliest for "next") is meant.
    """
    out: list[tuple[int, str]] = count_years(text)
    years = [t for t in timexes if _FOUR_DIGITS.fullmatch(t.value)]
    if not years:
        return out
    for t in timexes:
        rel = _RELATIVE_YEAR.fullmatch(t.text)
        if rel is None:
            continue
        head = _POSSESSIVE_HEAD.match(text, t.end)
        if head is None:
            continue
        word = head.group(1).lower()
        named = [
            int(y.value)
            for y in years
            if text[y.end : y.end + len(word) + 12].lower().lstrip(" -").split(" ")[0].strip(".,;:") == word
        ]
        if not named:
            continue
        which = rel.group(1).lower()
        base = min(named) if which == "next" else max(named)
        year = base + _OFFSETS[which]
        out.append((year, f"'{text[t.start : head.end()]}' and '{base} {head.group(1)}' name {year}"))
    return out


@dataclass(slots=True)
class ContentResult:
    """What the text says about its own date: evidence, hard bounds and the estimate built from them."""

    evidence: list[Clue] = field(default_factory=list)
    lower: Clue | None = None
    upper: Clue | None = None
    estimate: Clue | None = None
    year: int | None = None
    year_reasons: list[str] = field(default_factory=list)


def _lag_density(days: int) -> float:
    if days < 0:
        return _AFTER_REFERENCE_MASS / 60
    if days <= _RECENT_DAYS:
        return _RECENT_MASS / _RECENT_DAYS
    if days < _OLDER_FROM:
        return _TAIL_FLOOR
    if days <= _OLDER_TO:
        return _OLDER_MASS / (_OLDER_TO - _OLDER_FROM)
    tail = 1.0 - _RECENT_MASS - _OLDER_MASS
    return tail * math.exp(-(days - _OLDER_TO) / _TAIL_SCALE) / _TAIL_SCALE


@lru_cache(maxsize=8192)
def year_prior(year: int, reference: date, lo: date | None = None) -> float:
    """Log prior mass of ``year`` (from ``lo`` on) given the reference date, summed over weekly steps."""
    d = date(year, 1, 1) if lo is None or lo.year != year else lo
    end = min(date(year, 12, 31), reference + timedelta(days=60))
    total = 0.0
    while d <= end:
        total += _lag_density((reference - d).days) * 7
        d += timedelta(days=7)
    return math.log(total + 1e-9)


@lru_cache(maxsize=8192)
def _days_prior(lag: int, days: int) -> float:
    """Prior mass of ``days`` + 1 consecutive days, the last of them ``lag`` days before the reference."""
    return sum(_lag_density(lag + k) for k in range(days + 1)) + 1e-9


# Tenses whose absolute dates bound the document from below. A caption or a list with no verb has no tense
# ("Oct. 26, 2019"); such dates are mostly past too.
LOWER_TENSES: frozenset[str] = frozenset({"past", ""})


# The evidence rules naming the year: decided by the text, or only by bounds and the prior.
YEAR_FROM_TEXT = "content-year"
YEAR_FROM_BOUNDS = "content-year-open"

# Tenses in which a bare month ("in November") is a finished month. Present counts: news reports past
# events in present-tense frames ("militias are believed to be behind an attack in November"), and a
# month still under way is written "this month".
FINISHED_MONTH_TENSES: frozenset[str] = frozenset({"past", "present"})


# How far, in months, a news text's year-less dates lie from the month it was written, by kind and tense:
# log-odds against a uniform spread, for offsets -6..+5 (mentioned month minus the text's month). A past
# "Nov. 22" is mostly this month or the one before; a past "in October" one or two months back (a month
# still under way is "this month"); a future date this month or the next; a date in a clause with no clear
# tense ("the Nov. 22 vote", a schedule) this month or the next. Measured on the RealTimeQA development set
# (news of 2014-23, mostly 2022-23) and rounded; a table measured on either half of it dates the other half
# better too. Only offsets count, not calendar months, so nothing in it is tied to those years.
_MONTH_OFFSET_TABLE: dict[tuple[str, str], tuple[float, ...]] = {
    #                        -6    -5    -4    -3    -2    -1     0    +1    +2    +3    +4    +5
    ("month_day", "past"): (-1.2, -0.9, -0.9, -0.5, -0.7, 0.6, 1.5, 0.5, -0.6, -0.8, -0.9, -1.2),
    ("month_day", "future"): (-1.2, -1.5, -1.8, -1.7, -2.1, -1.4, 1.4, 1.3, 0.1, -0.3, -0.2, -0.8),
    ("month_day", ""): (-0.7, -0.5, -0.6, -0.7, -0.7, -0.3, 1.1, 0.7, 0.1, 0.0, -0.3, -0.5),
    ("bare_month", "past"): (-0.4, -0.2, 0.0, 0.3, 0.8, 0.9, -0.1, -0.7, -0.8, -0.8, -0.3, -0.7),
    ("bare_month", "future"): (-0.5, -0.8, -1.1, -0.7, -0.8, -0.7, 0.3, 1.0, 0.7, 0.2, 0.1, -0.4),
    ("bare_month", ""): (-0.6, -0.6, -0.5, -0.5, 0.1, 0.2, 0.8, 0.5, 0.3, -0.1, -0.5, -0.6),
}
_MONTH_PRIOR_WEIGHT = 0.5
_WEEKDAY_CYCLE = 12  # a day of the year falls on each weekday within this many years
_MONTH_SLACK = timedelta(days=7)  # a weekday after the latest date may fall in the first days of a month
_NO_MONTH_FITS = -20.0  # no month of the year lies inside the bounds


def _past_like(m: Mention) -> bool:
    return m.tense in LOWER_TENSES


def _occurrence_on_or_before(month: int, day: int, limit: date) -> date | None:
    for y in (limit.year, limit.year - 1, limit.year - 2):
        d = safe_date(y, month, day)
        if d is not None and d <= limit:
            return d
    return None


def _occurrence_on_or_after(month: int, day: int, start: date) -> date | None:
    for y in (start.year, start.year + 1, start.year + 2):
        d = safe_date(y, month, day)
        if d is not None and d >= start:
            return d
    return None


def reason(
    mentions: Sequence[Mention],
    *,
    reference: date | None,
    ceiling: date | None = None,
    title_years: Sequence[tuple[int, str]] = (),
    event_years: Sequence[tuple[int, str]] = (),
    year: tuple[int, str] | None = None,
    after: tuple[date, str] | None = None,
) -> ContentResult:
    """Bounds and an estimate from the text's own time expressions (and the years its title names).

    ``reference`` is a hard upper bound that also brings in the prior on the age of news documents;
    ``ceiling`` is an upper bound without that prior (the newest evidence of a corpus). ``year`` imposes
    a year with the reason for it (another document of the same story); ``after`` a first day with the
    reason for it (the day another document of the story was published), unless the text's own past
    dates lie later.
    """
    res = ContentResult()
    limit = reference if ceiling is None or (reference is not None and reference < ceiling) else ceiling
    _bounds(mentions, limit, res)
    if after is not None and (
        res.lower is None or res.lower.earliest is None or res.lower.earliest < after[0]
    ):
        res.lower = Clue("content-story-day", after[0], None, "day", after[1], weight=0.4)
        res.evidence.append(res.lower)
    if year is not None:
        res.year, res.year_reasons = year[0], [year[1]]
        if res.lower is not None and res.lower.earliest is not None and res.lower.earliest.year > year[0]:
            res.lower = None
        res.evidence.append(
            Clue(YEAR_FROM_TEXT, date(year[0], 1, 1), date(year[0], 12, 31), "year", year[1], weight=0.5)
        )
    elif _choose_year(mentions, reference, limit, title_years, event_years, res) is None:
        return res
    _place(mentions, limit, res, reference)
    return res


def _bounds(mentions: Sequence[Mention], reference: date | None, res: ContentResult) -> None:
    lower: Clue | None = None
    named = next((m for m in mentions if m.role == "name"), None)
    if named is not None:
        res.evidence.append(
            Clue(
                "content-name",
                None,
                None,
                "unknown",
                f"'the {named.text} {named.head}' names an event: not a bound of the date",
                named.start,
                named.end,
                0.0,
            )
        )
    for m in mentions:
        v = m.value
        if (
            v.earliest is None
            or v.latest is None
            or not _past_like(m)
            or m.role in ("name", "span", "billed")
        ):
            continue
        if v.earliest.year < MIN_YEAR:
            continue
        if reference is not None and v.earliest > reference:
            res.evidence.append(
                Clue(
                    "content-rejected",
                    None,
                    None,
                    "unknown",
                    f"the text cites {m.quoted} as past, but it lies after the reference date {reference}: "
                    "ignored as a misreading",
                    m.start,
                    m.end,
                    0.0,
                )
            )
            continue
        if lower is None or v.earliest > (lower.earliest or date.min):
            gran: Granularity = "day" if v.kind == "day" else "month" if v.kind == "month" else "year"
            lower = Clue(
                "content-past",
                v.earliest,
                None,
                gran,
                f"the text cites {m.quoted} as past",
                m.start,
                m.end,
                0.5,
            )
    res.lower = lower
    upper: Clue | None = None
    floor = lower.earliest if lower is not None and lower.earliest is not None else date.min
    for m in mentions:
        v = m.value
        if v.earliest is None or v.latest is None or m.tense != "future" or v.latest < floor:
            continue
        if m.role == "name":
            continue
        if reference is not None and v.latest > reference + timedelta(days=3 * 366):
            continue  # a plan years ahead ("by 2050") bounds nothing useful
        if upper is None or v.latest < (upper.latest or date.max):
            upper = Clue(
                "content-future",
                None,
                v.latest,
                "unknown",
                f"the text speaks of {m.quoted} in the future tense",
                m.start,
                m.end,
                0.3,
            )
    res.upper = upper
    if lower is not None:
        res.evidence.append(lower)
    if upper is not None:
        res.evidence.append(upper)


def _choose_year(
    mentions: Sequence[Mention],
    reference: date | None,
    limit: date | None,
    title_years: Sequence[tuple[int, str]],
    event_years: Sequence[tuple[int, str]],
    res: ContentResult,
) -> int | None:
    """Score the years the bounds allow; None when the text gives no year to start from.

    With a reference date the lower bound is soft: a past-tense date can be a misread tense, or a later
    update of the text, so earlier years stay possible at a cost.
    """
    lower = res.lower.earliest if res.lower is not None else None
    upper = res.upper.latest if res.upper is not None else None
    hi_limit = limit
    if upper is not None and (hi_limit is None or upper < hi_limit):
        hi_limit = upper
    titled = [y for y, _ in title_years if (limit is None or y <= limit.year) and y >= MIN_YEAR]
    if reference is not None:
        first, last = reference.year - _MAX_YEARS_BACK, (hi_limit or reference).year
    elif lower is not None:
        # Without a reference the text bounds the date only from below: its year or the next one.
        first = lower.year
        last = hi_limit.year if hi_limit is not None else first + 1
    elif limit is not None:
        first, last = limit.year - _MAX_YEARS_BACK, (hi_limit or limit).year
    elif upper is not None and any(
        m.tense == "future" and m.value.kind == "day" and m.value.latest == upper for m in mentions
    ):
        # only a future day bounds it ("will rise from 1 April 2022"): written in the months before. A
        # year ahead ("net zero by 2030") is a goal, often years away
        first, last = upper.year - 1, upper.year
    elif titled or event_years:
        first = last = max([*titled, *(y for y, _ in event_years)])
    else:
        return None
    last = max(last, first)
    weekday_dates = [m for m in mentions if m.value.kind == "month_day" and m.weekday >= 0]
    if reference is None and lower is not None and weekday_dates:
        # "our first work party on Saturday 15 March" in a text citing 2023 as past: the weekday names the
        # year, which may lie beyond the year after the lower bound
        fitting = next(
            (
                y
                for y in range(first, first + _WEEKDAY_CYCLE)
                if any(
                    (d := safe_date(y, m.value.month, m.value.day)) and d.weekday() == m.weekday
                    for m in weekday_dates
                )
            ),
            None,
        )
        if fitting is not None and fitting > last and (hi_limit is None or fitting <= hi_limit.year):
            last = fitting

    month_years = {
        m.value.earliest.year: m
        for m in mentions
        if m.value.kind == "month" and m.value.earliest is not None and m.tense != "future"
    }
    full_years = {
        m.value.earliest.year: m
        for m in mentions
        if m.value.kind == "day" and m.value.earliest is not None and m.tense != "future"
    }
    ahead_years = {
        (m.value.earliest - timedelta(days=45)).year: m
        for m in mentions
        if m.value.kind == "day"
        and m.value.earliest is not None
        and m.tense == "future"
        and (reference is None or m.value.earliest <= reference + timedelta(days=60))
    }
    # One pair counts once, however often the text repeats it.
    holiday_dates = list({(m.holiday, m.value.month, m.value.day): m for m in mentions if m.holiday}.values())
    echoes = _weekday_echoes(mentions)
    title_year = max(titled) if titled else None
    yearless = _yearless(mentions) if reference is not None else []
    month_scores = _month_scores(yearless) if yearless else ()
    # "approved in May" in a text still awaiting something "in early 2024": not a May of 2024
    past_months = (
        [m.value.month for m in mentions if m.value.kind == "bare_month" and m.tense == "past" and not m.role]
        if reference is None and upper is not None
        else []
    )

    scores: dict[int, float] = {}
    reasons: dict[int, list[str]] = {}
    for y in range(first, last + 1):
        s = 0.0
        why: list[str] = []
        prior = W.prior * year_prior(y, reference, lower) if reference is not None else 0.0
        if lower is not None and y < lower.year:
            s += W.before_lower * min(3, lower.year - y)
        for m in weekday_dates:
            d = safe_date(y, m.value.month, m.value.day)
            if d is None:
                continue
            if d.weekday() == m.weekday:
                s += W.weekday_fits
                why.append(f"{m.quoted} is a {WEEKDAY_NAMES[m.weekday]} in {y}")
            else:
                s += W.weekday_misfits
        for m in holiday_dates:
            d = safe_date(y, m.value.month, m.value.day)
            if d is not None and d == holiday_date(m.holiday, y):
                s += W.weekday_fits
                why.append(f"{m.quoted} is {m.holiday} in {y}")
        echo = _echo(echoes, y, hi_limit) if reference is not None else None
        if echo is not None and reference is not None:
            # Weekdays name days of the week before the text: it is likely from the week after the date.
            day, note = echo
            week_end = min(day + timedelta(days=6), reference)
            lag, span = (reference - week_end).days, (week_end - day).days
            week = W.prior * math.log(_days_prior(lag, span)) + W.weekday_echo
            if week > prior:
                prior = week
                why.append(note)
        if upper is not None and y == upper.year and any(month > upper.month for month in past_months):
            s += W.before_lower
        if title_year is not None and y == title_year:
            s += W.title
            why.append(f"the title names {y}")
        if y in month_years:
            s += W.month_year_same if reference is not None else W.month_year_same_alone
        elif y - 1 in month_years and reference is None:
            why.append(f"{month_years[y - 1].quoted} points to a later year than {y - 1}")
        if y in full_years:
            s += W.full_date_same if reference is not None else W.full_date_same_alone
        if y in ahead_years:
            s += W.future_date_ahead
            why.append(f"{ahead_years[y].quoted} lies ahead of the text")
        for vote, note in event_years:
            if vote == y:
                s += W.same_event
                why.append(note)
        if yearless:
            # Where the year-less dates cluster must be a month the bounds allow in this year ("Dec. 12"
            # and "in November" as past do not fit a text of the reference's own January).
            y_lo = lower if lower is not None and lower.year == y else date(y, 1, 1)
            y_hi = min(date(y, 12, 31), hi_limit) if hi_limit is not None else date(y, 12, 31)
            fits = _month_fits(month_scores, y, y_lo, y_hi)
            s += W.month_fit * (max(f for _, f in fits) if fits else _NO_MONTH_FITS)
        scores[y] = s + prior
        reasons[y] = why
    if not scores:
        return None
    # Ties go to the year nearest the upper bound a future-tense date sets (news looks weeks or months
    # ahead, while it recalls any past: "extended until 31 October 2025 ... since records began in 1976"),
    # else nearest the lower bound, or without one to the most recent year allowed.
    # The future date lies ahead of the writing: its year, unless it opens a year ("from January 1, 2025").
    ahead = upper - timedelta(days=31) if upper is not None else None
    anchor = ahead.year if ahead is not None else lower.year if lower is not None else last
    best = max(scores, key=lambda y: (scores[y], -abs(y - anchor)))
    total = sum(math.exp(s - scores[best]) for s in scores.values())
    res.year = best
    res.year_reasons = reasons[best]
    if reference is not None and best < reference.year - 2:
        later = _weekday_after(weekday_dates, reference)
        if later is not None:
            res.evidence.append(later)
    if lower is not None and best < lower.year and res.lower is not None:
        res.evidence.append(
            replace(
                res.lower,
                rule="content-past-doubted",
                weight=0.0,
                note=f"{res.lower.note}, but the other evidence favours {best}: a misread tense or a "
                "later update of the text",
            )
        )
        res.lower = None
    # Confidence in the year: its share of the scored mass.
    res.evidence.append(
        Clue(
            YEAR_FROM_TEXT if reasons[best] else YEAR_FROM_BOUNDS,
            date(best, 1, 1),
            date(best, 12, 31),
            "year",
            _year_note(best, reasons[best], len(scores), reference, ahead),
            weight=round(1.0 / total, 3),
        )
    )
    return best


def _weekday_after(weekday_dates: Sequence[Mention], reference: date) -> Clue | None:
    """A weekday-named date that fits only a day in the year after the reference, not one in the years
    just before it ("takes up the post on Monday 17 January", read with a reference of September 2021): the
    text is likely a later report than the reference, not one from a decade before."""
    for m in weekday_dates:
        near = [
            safe_date(y, m.value.month, m.value.day) for y in range(reference.year - 2, reference.year + 2)
        ]
        fits = [d for d in near if d is not None and d.weekday() == m.weekday]
        if fits and all(d > reference for d in fits) and fits[0] <= reference + timedelta(days=365):
            return Clue(
                "content-rejected",
                None,
                None,
                "unknown",
                f"{m.quoted} is a {WEEKDAY_NAMES[m.weekday]} in {fits[0].year}, after the reference date "
                f"{reference}, and in no year just before it",
                m.start,
                m.end,
                0.0,
            )
    return None


def _weekday_echoes(mentions: Sequence[Mention]) -> tuple[list[Mention], frozenset[int]]:
    """Past year-less dates without a weekday of their own, and the weekdays the text reports on.

    News names a recent event both ways ("the Jan. 16 shooting", "police said on Monday"): a past date
    that falls on one of the reported weekdays in a candidate year fits that year better than chance.
    """
    weekdays = frozenset(
        m.value.weekday for m in mentions if m.value.kind == "weekday" and m.tense in _REPORTED_TENSES
    )
    if not weekdays:
        return [], weekdays
    dates = [
        m
        for m in mentions
        if m.value.kind == "month_day" and not m.role and m.weekday < 0 and m.tense in _REPORTED_TENSES
    ]
    return dates, weekdays


def _echo(
    echoes: tuple[list[Mention], frozenset[int]], year: int, limit: date | None
) -> tuple[date, str] | None:
    """Why ``year`` fits a reported weekday: the first past date falling on one in it, else None."""
    dates, weekdays = echoes
    for m in dates:
        d = safe_date(year, m.value.month, m.value.day)
        if d is not None and d.weekday() in weekdays and (limit is None or d <= limit):
            return d, f"{m.quoted} is a {WEEKDAY_NAMES[d.weekday()]} in {year}, a weekday the text reports"
    return None


_EARLY_MID = re.compile(r"(early|mid)\b", re.I)


def _past_month_over(year: int, month: int, said: str) -> date:
    """The first day a past month as written is over: the next month's first, or for "early January" (a
    state "closed since early January") the 11th and for "mid-January" the 21st."""
    part = _EARLY_MID.match(said)
    if part is None:
        return month_end(year, month) + timedelta(days=1)
    return date(year, month, 11 if part.group(1).lower() == "early" else 21)


def _year_note(year: int, why: Sequence[str], n: int, reference: date | None, ahead: date | None) -> str:
    if why:
        return f"{year} is the likeliest year: " + "; ".join(why)
    if n == 1:
        return f"{year} is the only year the bounds allow"
    if reference is not None:
        return (
            f"{year} is the likeliest year given the reference date {reference} (no year in the text decides)"
        )
    if ahead is not None and ahead.year == year:
        return f"{year} is the year nearest the future date the text looks ahead to"
    return f"{year} is the earliest year the text allows"


def _place(
    mentions: Sequence[Mention], limit: date | None, res: ContentResult, reference: date | None
) -> None:
    """Place the date inside the chosen year with year-less dates and weekdays."""
    assert res.year is not None
    year = res.year
    lower = res.lower.earliest if res.lower is not None and res.lower.earliest else None
    lo = date(year, 1, 1)
    lo_gran: Granularity = "year"
    if lower is not None and lower > lo and res.lower is not None:
        lo, lo_gran = lower, res.lower.granularity
    hi = date(year, 12, 31)
    if limit is not None and limit < hi:
        hi = limit
    if hi < lo:
        hi = lo
    upper_clue = res.upper
    capped = False  # a future-tense date bounds the document from above
    if upper_clue is not None and upper_clue.latest is not None and lo <= upper_clue.latest <= hi:
        hi, capped = upper_clue.latest, True
    bounds = (lo, hi)

    # Year-less dates in non-future clauses happened before the document, in its year or just before.
    from_yearless: Clue | None = None
    for m in mentions:
        v = m.value
        if m.tense == "future" or m.role:
            continue
        cand: date | None = None
        gran: Granularity = "day"
        if v.kind == "month_day":
            cand = _occurrence_on_or_before(v.month, v.day, hi)
        elif v.kind == "bare_month" and m.tense in FINISHED_MONTH_TENSES:
            # "in November" in a past clause: the month is over, else it would be "this month".
            after = _past_month_over(year, v.month, m.text)
            cand = after if after <= hi else _past_month_over(year - 1, v.month, m.text)
            gran = "month"
        if cand is None or cand < lo or cand > hi:
            continue
        if cand > lo or (cand == lo and _finer(gran, lo_gran)):
            lo, lo_gran = cand, gran
            note = (
                f"the text mentions {m.quoted} as past"
                if gran == "day"
                else f"the text speaks of {m.quoted} as a finished month"
            )
            from_yearless = Clue("content-yearless", cand, None, gran, note, m.start, m.end, 0.4)
    if from_yearless is not None:
        res.evidence.append(from_yearless)

    # Year-less dates in future clauses have not happened yet.
    for m in mentions:
        v = m.value
        if m.tense != "future" or v.kind not in ("month_day", "bare_month") or m.role:
            continue
        cand = (
            _occurrence_on_or_after(v.month, v.day, lo)
            if v.kind == "month_day"
            else _occurrence_on_or_after(v.month, 1, lo)
        )
        if cand is not None and v.kind == "bare_month":
            cand = month_end(cand.year, cand.month)
        if cand is not None and lo <= cand <= hi:
            hi, capped = cand, True
            res.evidence.append(
                Clue(
                    "content-future",
                    None,
                    cand,
                    "unknown",
                    f"the text speaks of {m.quoted} in the future tense",
                    m.start,
                    m.end,
                    0.3,
                )
            )

    # "pushed back from March" read in April: a future month before the reference ends the text earlier
    end = min(hi, reference) if capped and reference is not None else reference
    recent = end - timedelta(days=_RECENT_DAYS) if end is not None else None
    from_prior = False
    if (
        lo_gran == "year"
        and reference is not None
        and end is not None
        and recent is not None
        and year == reference.year
        and lo < recent
    ):
        # Nothing places it inside the reference's own year: under the prior most of that year's mass is
        # in the month before the reference, and inside that month in its last week (search results for
        # a question are mostly the week's news). The week is the likeliest, not the only possible one.
        week = end - timedelta(days=_REFERENCE_WEEK_DAYS - 1)
        lo, hi, lo_gran = week, end, "week"
        from_prior = True
        res.evidence.append(
            Clue(
                "content-recent",
                week,
                end,
                "week",
                f"nothing in the text places it within {year}; a document of the reference date's own year "
                f"is most likely from the month before it ({recent}..{end}), likeliest from its last "
                f"week ({week}..{end})",
                weight=0.1,
            )
        )

    # A weekday the text reports in the past: the first such weekday on or after the lower bound.
    weekday = _news_weekday(mentions) if lo_gran == "day" else None
    if weekday is not None:
        w, m = weekday
        day = next_weekday(lo, w)
        if day <= hi:
            res.evidence.append(
                Clue(
                    "content-weekday",
                    day,
                    None,
                    "day",
                    f"the text says {m.quoted}: the first {WEEKDAY_NAMES[w]} on or after {lo} is {day}",
                    m.start,
                    m.end,
                    0.4,
                )
            )
            lo = day
        else:
            weekday = None
    if lo_gran in ("day", "month") and hi == date(year, 12, 31) and not capped:
        # A date late in the year bounds the document from below only: it may be written in the next year
        # (year-less dates are read as at most a year old).
        hi = lo + timedelta(days=365)
        if limit is not None and limit < hi:
            hi = max(limit, lo)
    gran = lo_gran
    if gran == "day" and 0 < (hi - lo).days <= 6:
        gran = "week"
    rule = {
        "day": "content-date",
        "week": "content-date",
        "month": "content-month",
        "year": "content-year",
    }.get(gran, "content-year")
    if weekday is not None and lo_gran == "day":
        rule = "content-weekday"
    if from_prior:
        rule = "content-recent"
    # the months a year-less future date leaves ("will take over on Saturday, 1 March") bound the fit too
    fit = _fitting_month(mentions, year, (bounds[0], min(bounds[1], hi)), reference)
    fitted = False
    if fit is not None:
        point = lo + (hi - lo) / 2 if gran == "week" else lo
        m_lo, m_hi, note = fit
        month_last = month_end(m_lo.year, m_lo.month)
        if gran == "year" or not m_lo - _MONTH_SLACK <= point <= month_last + _MONTH_SLACK:
            # The bounds and the latest year-less date disagree with where the year-less dates cluster: a
            # single misread tense moves the latest date, the cluster moves little.
            res.evidence.append(Clue("content-months", m_lo, m_hi, "month", note, weight=0.3))
            lo, hi, gran, rule, fitted = m_lo, m_hi, "month", "content-months", True
    year_clue = next(c for c in res.evidence if c.rule in (YEAR_FROM_TEXT, YEAR_FROM_BOUNDS))
    confidence = min(_MAX_CONTENT_CONFIDENCE, 0.25 + 0.35 * year_clue.weight)
    if (lo_gran == "year" or from_prior) and not fitted and not res.year_reasons and res.lower is None:
        rule = "content-prior"
        confidence = min(confidence, 0.15)
    res.estimate = Clue(rule, lo, hi, gran, describe(lo, hi, gran), weight=round(confidence, 3))


def _yearless(mentions: Sequence[Mention]) -> list[Mention]:
    """Year-less dates that speak of the text's own time (not event names, not dates of a dated sentence)."""
    return [m for m in mentions if m.value.kind in ("month_day", "bare_month") and not m.role]


def _month_scores(yearless: Sequence[Mention]) -> tuple[float, ...]:
    """How well the year-less dates fit a text written in each month, January to December."""
    scores = [0.0] * 12
    for m in yearless:
        row = _MONTH_OFFSET_TABLE.get((m.value.kind, m.tense if m.tense in ("past", "future") else ""))
        if row is None:
            continue
        for month in range(1, 13):
            scores[month - 1] += row[(m.value.month - month + 6) % 12]
    return tuple(scores)


def _month_fits(scores: Sequence[float], year: int, lo: date, hi: date) -> list[tuple[int, float]]:
    """(month, fit) for the months of ``year`` that overlap lo..hi."""
    if lo.year > year or hi.year < year:
        return []
    first = lo.month if lo.year == year else 1
    last = hi.month if hi.year == year else 12
    return [(month, scores[month - 1]) for month in range(first, last + 1)]


def _fitting_month(
    mentions: Sequence[Mention], year: int, bounds: tuple[date, date], reference: date | None
) -> tuple[date, date, str] | None:
    """The month of ``year`` (inside ``bounds``) that the text's year-less dates fit best: its first day
    (or the lower bound), the last day the bounds allow, and a note."""
    yearless = _yearless(mentions)
    if not yearless:
        return None
    lo, hi = bounds
    best: tuple[float, int] | None = None
    for month, score in _month_fits(_month_scores(yearless), year, lo, hi):
        if reference is not None:
            first = max(date(year, month, 1), lo)
            last = min(month_end(year, month), hi)
            score += _MONTH_PRIOR_WEIGHT * math.log(_days_prior((reference - last).days, (last - first).days))
        if best is None or score > best[0]:
            best = (score, month)
    if best is None:
        return None
    month = best[1]
    # The month is where the text most likely falls; the interval still runs to the last day the bounds
    # allow.
    m_lo = max(date(year, month, 1), lo)
    if hi < m_lo:
        return None
    shown = ", ".join(m.quoted for m in yearless[:4]) + (" ..." if len(yearless) > 4 else "")
    return m_lo, hi, f"the year-less dates {shown} fit a text written in {date(year, month, 1):%Y-%m} best"


def _finer(a: Granularity, b: Granularity) -> bool:
    order = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}
    return order[a] < order[b]


_REPORTED_TENSES = frozenset({"past", ""})


def _news_weekday(mentions: Sequence[Mention]) -> tuple[int, Mention] | None:
    """The weekday a news text reports on: the first weekday it mentions outside a future clause."""
    for m in mentions:
        if m.value.kind == "weekday" and m.tense in _REPORTED_TENSES:
            return m.value.weekday, m
    return None
