"""Figures that order the documents of a pile: a report that gives a figure as the old value ("up from
1,250", "from $22.70 to $23.15", "down from a peak of 1,480") was written after a report that gives the
same figure as the value of its day.

Only figures distinctive enough to identify one report count: money, a decimal, a share, a number with a
thousands separator or of three digits or more (years excluded). A figure the donor itself gives only as an
old value is no report of its day. Target dates ("pushed back from March") and places ("will move from the
Market Place to the Haining") order reports the same way, and so does a figure a report announces for a day
to come ("will cost $2.50 an hour from January 2"): a page giving it as the value of its day came after.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence

from tidings.claims import ESTIMATE_AFTER, MEASURED_AGAINST
from tidings.dating._dates import WEEKDAY_NAMES
from tidings.model import Document
from tidings.timex._lexicon import MONTH_FULL_RE

# Currencies written as letters before an amount ("Rs 80", "up from Rs 9,720 crore", "from NOK 410")
_CURRENCY_LETTERS = "Rs|INR|NOK|SEK|DKK|ISK|CHF|ZAR|EUR|USD|GBP"
# A figure as written: money ("$22.70", "24 cent", "18.5c"), a decimal or a share, a number with separators
# or of three digits or more.
_FIGURE = (
    r"(?:[$£€]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|bn|m)\b)?"
    # ... or after a currency's letters ("Rs 80", "DKK 25")
    r"|(?-i:" + _CURRENCY_LETTERS + r"|AUD|NZD|CAD)\.?\s?\d[\d,]*(?:\.\d+)?"
    r"|\d+(?:\.\d+)?\s?(?:cents?|pence|c|p)(?!\w|\.\w)"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d+\.\d+\s?(?:%|per\s?cent|percent)?"
    r"|\d+\s?(?:%|per\s?cent|percent)"
    r"|\d{3,})"
)
_FIGURE_RE = re.compile(r"(?<![\w.,$£€])" + _FIGURE + r"(?![\w,]*\d)")
# The figure a change left behind: "rose to 1,480, up from 1,250", "from $22.70 to $23.15", "down from a
# peak of 1,480", "compared with 960", "had been 2.21 cents since 2022".
_OLD_VALUE = re.compile(
    r"(?:\b(?:up|down|rising|falling|rose|fell|increased|decreased|cut|raised|lowered|reduced|climbed|"
    r"jumped|dropped|grew|shrank|slipped|edged|goes|go|went|rises|falls|moves?|moved)\s+from"
    r"|\bcompared\s+(?:with|to)|\bhad\s+been|\b(?:was\s+|were\s+)?(?:previously|formerly)|\bfrom"
    # "the original $3.1 million", "the previous estimate of 1,200"
    r"|\bthe\s+(?:previous|earlier|original|initial)(?:\s+(?:estimate|figure|budget|forecast|price|cost))?"
    r"(?:\s+of)?)"
    r"\s+(?:a\s+(?:peak|high|low|record)\s+(?:of\s+)?|the\s+previous\s+|"
    r"(?:about|around|roughly|nearly|almost|just\s+over|just\s+under)\s+)?"
    # a currency written as letters before the amount ("up from Rs 9,720 crore", "from NOK 410")
    # ... and the short marks that are figures only after such a word ("from R6,200", "from kr 410")
    r"(?:(?-i:" + _CURRENCY_LETTERS + r"|Rp|kr|R)\.?\s?)?$",
    re.I,
)
_TO_AFTER = re.compile(r"\s+to\s+(?:about\s+|around\s+)?(?:[$£€]\s?)?\d", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d")
_BEFORE = 48  # characters before a figure searched for the words that make it an old value


def _key(figure: str) -> str:
    # "2 per cent" is "2%", "24 cent" is "24c"
    key = re.sub(r"\s+", "", figure.lower()).replace("percent", "%").rstrip(",")
    return re.sub(r"(?<=\d)(?:cents?)$", "c", re.sub(r"(?<=\d)pence$", "p", key))


def _figures(text: str) -> Iterator[tuple[str, bool]]:
    """Each distinctive figure of a text, and whether it is given as an old value."""
    for m in _FIGURE_RE.finditer(text):
        if (found := _figure_at(text, m)) is not None:
            yield found


def _figure_at(text: str, m: re.Match[str]) -> tuple[str, bool] | None:
    raw = m.group()
    if _YEAR.fullmatch(raw):
        return None
    lead = _OLD_VALUE.search(text, max(0, m.start() - _BEFORE), m.start())
    # "from 1 April" is a date, not an old value; a bare "from X" is one only when "to Y" follows
    old = lead is not None and (
        not lead.group().lower().startswith("from") or _TO_AFTER.match(text, m.end()) is not None
    )
    if not old and ESTIMATE_AFTER.match(text, m.end()):
        # an estimate the new figure is measured against: "well above the $3.8 million estimate from the
        # spring" (a target stays in force: "below the 38 percent target" leaves it current)
        old = MEASURED_AGAINST.search(text, max(0, m.start() - _BEFORE), m.start()) is not None
    return _key(raw), old


# The day an old value held, written right after it: "up from 102 yesterday", "down from a record 121 last
# Wednesday". A few words may come between ("from 102 patients on Monday"), no punctuation.
_HELD_ON = re.compile(
    r"[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:(yesterday)|(?:on[ \t]+|last[ \t]+)?("
    + "|".join(WEEKDAY_NAMES)
    + r"))\b",
    re.I,
)
_WEEK = 7
_WEEKDAYS = [name.lower() for name in WEEKDAY_NAMES]


def old_figure_days(text: str) -> dict[str, tuple[int, int, int | None]]:
    """For each old figure followed by the day it held, how many days after that day the text was written
    (fewest, most) and the weekday named, if any: "yesterday" is one day, "last Wednesday" one to seven."""
    out: dict[str, tuple[int, int, int | None]] = {}
    for m in _FIGURE_RE.finditer(text):
        found = _figure_at(text, m)
        held = _HELD_ON.match(text, m.end()) if found is not None and found[1] else None
        if found is None or held is None:
            continue
        key = found[0]
        if held.group(1) is not None:
            out.setdefault(key, (1, 1, None))
        else:
            out.setdefault(key, (1, _WEEK, _WEEKDAYS.index(held.group(2).lower())))
    return out


# A target date as written ("December 2024", "1 March 2025"): a report that gives it as the plan in force
# ("pushed back to December 2024") comes before one that gives it as a plan left behind ("will not be done
# by the December 2024 target", "the previous target of March 2023").
_TARGET_RE = re.compile(r"\b(?:\d{1,2}\s+)?" + MONTH_FULL_RE + r"\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d\b")
_PLAN_BEFORE = re.compile(
    r"\b(?:due|expected|scheduled|set|planned|slated|pushed\s+back|put\s+back|delayed|moved|postponed|"
    r"deferred|targeted|aiming|aims|now|completion|will|would|until)\b[^.;:]{0,30}$",
    re.I,
)
_LEFT_PLAN_BEFORE = re.compile(
    r"\b(?:previous|original|earlier|old|former|initial|missed|abandoned)\s+(?:[\w-]+\s+)?"
    r"(?:target|deadline|date|timetable|schedule|estimate)\s+(?:of\s+|was\s+)?$"
    r"|\b(?:originally|initially|first)\s+(?:been\s+)?(?:due|scheduled|planned|set|expected|slated)\s+"
    r"(?:for|in|by|on)\s+$",
    re.I,
)
_LEFT_PLAN_AFTER = re.compile(r"\s+(?:target|deadline|date|completion\s+date|opening\s+date)\b", re.I)
_THE_BEFORE = re.compile(r"\b(?:the|its)\s+$", re.I)


# A plan left behind named by its month alone: "pushed back from March to June", "was originally due back in
# March". The report that gave that month with its year ("expected to reopen in March 2022") came first.
_YEARLESS_LEFT = re.compile(
    r"\b(?:(?:pushed|put|moved)\s+back|delayed|postponed)\s+from\s+(?P<m>" + MONTH_FULL_RE + r")\b(?!,?\s+\d)"
    r"|\b(?:originally|initially|first)\s+(?:been\s+)?(?:due|scheduled|planned|set|expected|slated)\s+"
    r"(?:back\s+|to\s+(?:re)?open\s+)?(?:for|in|by)\s+(?P<m2>" + MONTH_FULL_RE + r")\b(?!,?\s+\d)"
    # ... and the plan after it, left behind as well: "originally due to reopen in March, then June"
    r"(?:,?\s+(?:and\s+)?then\s+(?P<m3>" + MONTH_FULL_RE + r")\b(?!,?\s+\d))?"
)
YEARLESS = "~"  # the key prefix of a month named without its year


# A place a move leaves ("will move from the Market Place to the Haining") and a place a report puts something
# in ("is back in the Market Place this Saturday"): the report naming the place left came first.
_PLACE_NAME = r"(?P<p>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
_PLACE_LEFT = re.compile(
    r"\b(?:mov(?:e|es|ed|ing)|relocat(?:e|es|ed|ing))\s+(?:away\s+)?from\s+(?:the\s+)?"
    + _PLACE_NAME
    + r"\s+to\b"
)
_PLACE_HELD = re.compile(r"\b(?:back\s+)?(?:in|at)\s+the\s+" + _PLACE_NAME + r"(?!\s+to\b)")
PLACE = "@"  # the key prefix of a place


def _places(text: str) -> Iterator[tuple[str, bool]]:
    """Each place a text gives as left behind by a move, or (not left) as where something is."""
    left = {m.group("p").lower() for m in _PLACE_LEFT.finditer(text)}
    for name in left:
        yield PLACE + name, True
    for m in _PLACE_HELD.finditer(text):
        if m.group("p").lower() not in left:
            yield PLACE + m.group("p").lower(), False


def _targets(text: str) -> Iterator[tuple[str, bool]]:
    """Each target date a text gives as a plan, and whether it gives it as a plan left behind."""
    for m in _YEARLESS_LEFT.finditer(text):
        yield YEARLESS + (m.group("m") or m.group("m2")).lower(), True
        if m.group("m3"):
            yield YEARLESS + m.group("m3").lower(), True
    for m in _TARGET_RE.finditer(text):
        key = re.sub(r"[\s,]+", "", m.group().lower())
        lead = text[max(0, m.start() - _BEFORE) : m.start()]
        if _LEFT_PLAN_BEFORE.search(lead) or (
            _THE_BEFORE.search(lead) and _LEFT_PLAN_AFTER.match(text, m.end())
        ):
            yield key, True
        elif _PLAN_BEFORE.search(lead):
            yield key, False


_MONTH_YEAR_KEY = re.compile(r"(" + MONTH_FULL_RE.lower() + r")(?:19|20)\d\d")

# Figures of recently seen documents (ids are content hashes): the corpus pass runs again after every ingest.
_CACHE: OrderedDict[str, tuple[frozenset[str], ...]] = OrderedDict()
_CACHE_SIZE = 20000
_LOCK = threading.Lock()  # the HTTP shell may date documents from several threads


def _split(doc: Document) -> tuple[frozenset[str], ...]:
    """(old, current, ahead, announced) figures of a document: a figure to come (ahead) counts as current
    too, and an announced one is ahead from a day the text names."""
    with _LOCK:
        hit = _CACHE.get(doc.id)
        if hit is not None:
            _CACHE.move_to_end(doc.id)
            return hit
    found = [*_figures(doc.text), *_targets(doc.text), *_places(doc.text)]
    ahead = list(_future_figures(doc.text))
    split = (
        frozenset(k for k, old in found if old),
        frozenset(k for k, old in found if not old),
        frozenset(k for k, _ in ahead),
        frozenset(k for k, announced in ahead if announced),
    )
    with _LOCK:
        _CACHE[doc.id] = split
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return split


def old_figures(doc: Document) -> frozenset[str]:
    """The figures a document gives as old values."""
    return _split(doc)[0]


def current_figures(doc: Document) -> frozenset[str]:
    """The figures a document gives at least once as a value of its own day."""
    return _split(doc)[1]


# A figure a text gives as the value from a day to come: "will cost $2.50 an hour from January 2", "is to rise
# to 95p"
_FUTURE_BEFORE = re.compile(
    r"\b(?:(?:will|would|is\s+to|are\s+to|set\s+to|due\s+to)\s+(?:now\s+)?(?:cost|rise\s+to|increase\s+to|"
    r"go\s+up\s+to|climb\s+to|fall\s+to|drop\s+to|be\s+(?:raised|increased|cut|lowered)\s+to)"
    # "is going up to £400 a year"
    r"|(?:is|are)\s+going\s+(?:up|down)\s+to)\s+(?:about\s+|around\s+)?$",
    re.I,
)


# ... from a day it names: "from January 2", "starting 1 April", "effective next month"
_FROM_DAY = re.compile(
    r"[^.;]{0,30}?\b(?:from|starting|effective|as\s+of)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:" + MONTH_FULL_RE + r"|next\s+(?:week|month|year))\b",
    re.I,
)


def _future_figures(text: str) -> Iterator[tuple[str, bool]]:
    """Each figure a text gives as a value to come, and whether it is announced as taking effect on a day:
    "will rise to 95p" does; "will cost £640,000" (the price of works to come) only with a day it comes from
    ("will cost $2.50 an hour from January 2")."""
    for m in _FIGURE_RE.finditer(text):
        if _YEAR.fullmatch(m.group()):
            continue
        cue = _FUTURE_BEFORE.search(text, max(0, m.start() - _BEFORE), m.start())
        if cue is None:
            continue
        changed = _COST_CUE.search(cue.group()) is None
        yield _key(m.group()), changed or _FROM_DAY.match(text, m.end()) is not None


_COST_CUE = re.compile(r"\bcost\s+(?:about\s+|around\s+)?$", re.I)


def cited_future(docs: Sequence[Document]) -> dict[str, list[tuple[str, str]]]:
    """For each document, the (figure, donor id) pairs where it gives as the value of its day, never as old
    or to come, a figure another document gives as the value from a day to come ("costs $2.50 per hour"
    beside "will cost $2.50 an hour from January 2"): the text was written after that announcement."""

    def given_now(d: Document) -> frozenset[str]:
        old, current, ahead, _ = _split(d)
        return current - old - ahead

    return _cited(docs, lambda d: _split(d)[3], given_now)


# A figure current in more documents than this is too common to order them ("100", "50%").
_MAX_SHARING = 20


def cited_old(docs: Sequence[Document]) -> dict[str, list[tuple[str, str]]]:
    """For each document, the (figure, donor id) pairs where it gives as old a figure that another document
    gives as current."""

    def given(d: Document) -> Iterator[str]:
        for fig in current_figures(d):
            yield fig
            if (month := _MONTH_YEAR_KEY.fullmatch(fig)) is not None:
                # "March 2022" is the plan a later "pushed back from March" leaves behind
                yield YEARLESS + month.group(1)

    return _cited(docs, given, old_figures)


def _cited(
    docs: Sequence[Document],
    given: Callable[[Document], Iterable[str]],
    cites: Callable[[Document], Iterable[str]],
) -> dict[str, list[tuple[str, str]]]:
    """For each document, the (figure, donor id) pairs where one of the figures it ``cites`` is one another
    document has ``given``; a figure given by too many documents names none. An index by figure keeps the
    pass linear in the corpus size."""
    givers: dict[str, list[str]] = {}
    for d in docs:
        for fig in given(d):
            givers.setdefault(fig, []).append(d.id)
    out: dict[str, list[tuple[str, str]]] = {}
    for d in docs:
        for fig in sorted(cites(d)):
            donors = givers.get(fig, ())
            if len(donors) > _MAX_SHARING:
                continue
            out.setdefault(d.id, []).extend((fig, other) for other in donors if other != d.id)
    return {k: v for k, v in out.items() if v}
