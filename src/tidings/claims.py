"""Claim extraction: quantities, role holders, dated events, stances and refutations, with offsets.

Rules only, cheapest first, one pass of precompiled regexes per sentence so extraction can run at ingest
time. Every claim records the rule that produced it. History inside a document ("down from 5,000 last
year", "former CEO") gets an as-of interval older than the document; ``as_of_*`` None means "as of the
document's date".
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from tidings.calendar_names import MONTH_NAMES, WEEKDAY_NAMES
from tidings.model import Claim, DateEstimate, Document, TimeExpr
from tidings.sentences import asks, split

__all__ = [
    "ROLE_WORDS",
    "extract_claims",
    "fact_check_label_end",
    "lemma",
    "parse_number",
    "refutation_cue",
    "speaker_of",
    "timex_interval",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --------------------------------------------------------------------------------------------- helpers

_MONTH_NAMES = MONTH_NAMES
_MONTH_RE = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)

_IRREGULAR = {
    "people": "person",
    "men": "man",
    "women": "woman",
    "children": "child",
    "personnel": "personnel",
    "staff": "staff",
    "news": "news",
    "us": "us",
    "has": "has",
    "was": "was",
    "is": "is",
    "its": "its",
    "series": "series",
    "species": "species",
    "data": "data",
    "media": "media",
}


def lemma(word: str) -> str:
    """A crude lemma: lowercase, plural and simple verb endings stripped (troops -> troop)."""
    w = word.lower().strip(".'’")
    if w in ("u.s", "u.s.", "usa", "united states"):
        return "us"
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _last_day(y: int, m: int) -> date:
    return date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)


_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 2)}
_TX_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?")
_TX_MONTH = re.compile(r"(\d{4})-(\d{2})")
_TX_YEAR = re.compile(r"(\d{4})")
_TX_WEEK = re.compile(r"(\d{4})-W(\d{2})(?:-(\d))?")
_TX_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_TX_HALF = re.compile(r"(\d{4})-H([12])")
_TX_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|AU|WI)")
_TX_DECADE = re.compile(r"(\d{3})X")


def timex_interval(value: str) -> tuple[date, date] | None:
    """The interval a TIMEX3 value covers ("2020-11-17", "2020-11", "2020", "2020-W47", "2020-Q1")."""
    v = value.strip()
    try:
        m = _TX_DAY.fullmatch(v)
        if m:
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        m = _TX_MONTH.fullmatch(v)
        if m:
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1), _last_day(y, mo)
        m = _TX_YEAR.fullmatch(v)
        if m:
            y = int(m[1])
            return date(y, 1, 1), date(y, 12, 31)
        m = _TX_WEEK.fullmatch(v)
        if m:
            if m[3]:
                d = date.fromisocalendar(int(m[1]), int(m[2]), int(m[3]))
                return d, d
            d = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return d, d + timedelta(days=6)
        m = _TX_QUARTER.fullmatch(v)
        if m:
            y, q = int(m[1]), int(m[2])
            return date(y, 3 * q - 2, 1), _last_day(y, 3 * q)
        m = _TX_HALF.fullmatch(v)
        if m:
            y, h = int(m[1]), int(m[2])
            return date(y, 6 * h - 5, 1), _last_day(y, 6 * h)
        m = _TX_SEASON.fullmatch(v)
        if m:
            y = int(m[1])
            a, b = _SEASONS[m[2]]
            if a > b:
                return date(y, a, 1), _last_day(y + 1, b)
            return date(y, a, 1), _last_day(y, b)
        m = _TX_DECADE.fullmatch(v)
        if m:
            y = int(m[1]) * 10
            return date(y, 1, 1), date(y + 9, 12, 31)
    except ValueError:
        return None
    return None


_WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dozen": 12,
    "hundred": 100,
}
_SCALES = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "bn": 1e9,
    "m": 1e6,
    "k": 1e3,
    "lakh": 1e5,
    "crore": 1e7,
}
# Currency signs and codes written before an amount besides $, € and £ ("Rs 3.50", "₹500", "R6,200", "A$12",
# "DKK 24", "kr 1,200")
CURRENCY_CODES = "usd eur gbp chf jpy cny rmb inr zar aud nzd cad hkd sgd dkk nok sek isk pln czk huf".split()
_CURRENCY_MARKS = r"rs\.?|" + "|".join(CURRENCY_CODES) + r"|kr\.?|us\$|a\$|c\$|nz\$|hk\$|s\$"  # case-blind
# "R" is the rand before an amount, but a road after "the" ("a new culvert under the R694"), unless the amount
# is written as money ("the R6,200 fee", "the R18.50 toll")
_CURRENCY_BEFORE = (
    r"[$€£₹¥]|(?:" + _CURRENCY_MARKS + r")\s?"
    r"|(?:(?<!the )(?<!on )(?<!via )(?<!along )r|r(?=\d{1,3}(?:,\d{3})+|\d+\.\d\d\b))"
    r"(?=\d[\d,]{2,}|\d{1,3}\.\d\d\b)"
)
_CURRENCY_PREFIX = re.compile(r"^(?:" + _CURRENCY_MARKS + r"|r(?=\d)|[₹¥])\s?")
# Currencies named after an amount ("24 kroner", "R6,200 rand", "500 rupees")
# ("pounds" stays out: it weighs as often as it pays; Irish usage writes "10 euro")
_CURRENCY_WORDS = """dollars euros euro yuan yen rupees kroner krone kronor kronur rand francs pesos baht
    ringgit rupiah lira zloty shekels dirhams riyals naira shillings cents pence"""
MONEY_WORDS = frozenset(_CURRENCY_WORDS.split())
_MONEY_MARKS = frozenset([*CURRENCY_CODES, "rs", "rs.", "kr", "kr.", "r", *MONEY_WORDS])


def is_money(unit: str) -> bool:
    """Is a quantity's unit a currency: a sign ("$", "A$", "₹"), a code ("DKK") or a word ("kroner")?"""
    u = unit.lower().strip()
    return bool(u) and (any(ch in u for ch in "$€£₹¥") or u in _MONEY_MARKS)


_CLOCK_NUMBER = re.compile(r"(\d+):(\d{2})(?::(\d{2}))?(\.\d{1,3})?")
_SCALED_NUMBER = re.compile(r"(\d+(?:\.\d+)?)\s*([a-z]*)")
_NUMBER_PARTS = re.compile(r"[-\s]+")


def parse_number(text: str) -> float | None:
    """Numeric reading of a value as written: "2,500" -> 2500, "$4.5 billion" -> 4.5e9."""
    t = _CURRENCY_PREFIX.sub("", text.lower().strip())
    t = t.replace(",", "").replace("$", "").replace("€", "").replace("£", "").strip()
    t = t.replace("%", "").replace(" percent", "").replace(" per cent", "").strip()
    m = _CLOCK_NUMBER.fullmatch(t)
    if m:
        a, b, c = int(m[1]), int(m[2]), int(m[3] or 0)
        frac = float(m[4] or 0.0)  # "3:59.84": hundredths of a second
        return float(a * 3600 + b * 60 + c) + frac if m[3] else float(a * 60 + b) + frac
    m = _SCALED_NUMBER.fullmatch(t)
    if m:
        base = float(m[1])
        return base * _SCALES.get(m[2], 1.0) if m[2] in _SCALES or not m[2] else base
    parts = _NUMBER_PARTS.split(t)
    if parts[:2] == ["half", "a"]:  # "half a dozen"
        parts = ["six", *parts[3:]] if parts[2:3] == ["dozen"] else parts
    total = 0.0
    for p in parts:
        if p in _WORD_NUMBERS:
            n = _WORD_NUMBERS[p]
            # "two hundred", "three dozen": a multiple
            total = total * n if n in (12, 100) and p != "twelve" and total else total + n
        elif p in _SCALES:
            total = (total or 1) * _SCALES[p]
        elif p in ("a", "an", "and"):
            continue
        else:
            return None
    return total or None


# --------------------------------------------------------------------------------------------- quantities

_WORDNUM = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|"
    r"eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|a dozen|dozen)"
)
# "two dozen huts" is 24 huts, not two and a dozen
_WORDNUM = r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|half a)\s+dozen|" + _WORDNUM + ")"
_QUANTITY = re.compile(
    r"(?<![\w.,/$-])(?P<cur>" + _CURRENCY_BEFORE + r")?\s?"
    r"(?P<num>\d{1,2}:\d{2}(?::\d{2})?(?:\.\d{1,3})?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<scale>\s?(?:thousand|million|billion|trillion|bn|lakh|crore)\b|(?:m|bn|k)\b)?"
    r"(?P<pct>\s?%|\s?percent\b|\s?per cent\b|\s?percentage points?\b)?"
    # a unit may be glued on ("31.6C", "40mph"); any other letter makes the digits part of a word
    r"(?!(?!°?[cf](?![\w'’-])|(?:mph|kph|km/h|km|kg|cm|mm|ft|kwh|mw|gw|lbs?)\b|p\b)\w|[.,]\d|-\d|/\d)"
    r"|(?<![\w-])(?P<word>" + _WORDNUM + r")(?P<wscale>\s(?:hundred|thousand|million|billion))?(?![\w-])",
    re.IGNORECASE,
)
_HEDGE = re.compile(
    r"(?:\b(?P<h>about|roughly|around|approximately|approx\.|nearly|almost|no more than|no fewer than|"
    r"no less than|as little as|more than|over|less than|"
    r"fewer than|"
    r"under|up to|at least|at most|as many as|as few as|as much as|some|an estimated|estimated|close to|"
    r"just over|just under|upwards of|a record(?: of)?|a total of|only|just|exactly|a further|another)"
    r"|(?P<sym>[~<>≈]))\s*$",
    re.IGNORECASE,
)
# Dates and numbers that are parts of dates, ages, phone numbers and identifiers are never quantities.
# The leading lookahead lists what every alternative starts with ("(", "+", "#", or a word start with a
# digit, a capital, or the first letter of aged/at/by/until/from/since/iPhone); it only rejects positions
# where no alternative can match, but rejects them in one step, which makes the search three times faster.
# Keep it in step with the alternatives.
_NOT_QUANTITY = re.compile(
    r"(?=[(+#]|\b[\dA-Zabufsi])(?:"
    r"\b" + _MONTH_RE + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_RE + r"(?:,?\s+\d{4})?"
    r"|\b" + _MONTH_RE + r",?\s+\d{4}\b"
    r"|\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2}/\d{1,2}\b"
    r"|\(?\b\d{3}\)?[-.\s]\d{3}[-.\s]\d{4}\b|\+\d[\d\s-]{7,}\d"
    r"|\b(?:aged?|ages)\s+\d+|\b(?<![\d,.])\d{1,3}(?:-| )years?(?:-| )old\b"
    r"|\b[A-Z][a-z]+,\s\d{1,3},\s(?=[a-z])"
    r"|\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|ET|EST|UTC)"
    r"|\b(?:at|by|until|from|since)\s+\d{1,2}:\d{2}\b"
    r"|\b\d+\s*-\s*\d+\b(?!\s*(?:%|percent))"
    r"|\b(?:No|Nos|Number|Page|Section|Article|Chapter|Route|Flight|Room|Gate|Highway|Interstate|Vol|Volume|"
    r"Episode|Season|Game|Week|Day|Stage|Round|Level|Tier|Phase|Model|Version|Windows|iPhone|Galaxy|Apollo|"
    r"Category|Class|Grade|Act|Title|Proposition|Prop|Amendment|Resolution|Item|Exhibit|Unit|Suite|Apt|Box)"
    r"\.?\s+\d+\b"
    r"|#\d+"
    # a page's counters: "Share | Comments (9)", "Replies (14)"
    r"|\b(?:Comments?|Repl(?:y|ies)|Likes?|Shares?|Views?|Reviews?|Reactions?|Votes?)\s*\(\d[\d,]*\))",
)
_COUNTED_STOP = _words(
    """a an the of in on at to for from by with into onto over under about after before during since until
    as and or but nor so yet than then that which who whom whose where when while because if although
    though is are was were be been being am has have had do does did will would can could should may
    might must shall still now also already just only even not no never more less most least this these
    those there here it its their his her our your my they them he she we you i what how why remain
    remained remains stay stayed stays reported said says according per each every across around against
    between among within without out up down off again further once back away total overall all both
    either neither some any such own same other another very too well much many few several last next
    first second new old recently currently today yesterday tomorrow earlier later ago towards toward
    through throughout beyond below above beside besides near despite via like unlike including excluding
    plus minus upon amid along"""
)
# Modifiers between a number and what it counts; skipped, never the counted noun itself.
_COUNTED_MODIFIERS = _words("new net additional extra direct full-time part-time permanent temporary")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z.'’&-]*|\S")
_SCOPE_AFTER = re.compile(
    r"\b(?:in|inside|within|across|throughout|at|for)\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+|northern\s+|"
    r"southern\s+|eastern\s+|western\s+|central\s+)?"
    r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)"
    r"(?P<scope>(?:[A-Z][\w.'’&-]*|of|and|de|al-\w+)(?:\s+(?:[A-Z][\w.'’&-]*|of the|of|de)){0,4})"
)
# An earlier estimate a new figure is measured against: "well above the $3.8 million estimate from the
# spring". A target stays in force ("below the 38 percent target"), so the noun after the figure decides.
# (shared with document dating, where such a figure orders the reports)
MEASURED_AGAINST = re.compile(
    r"\b(?:(?:well|far|way|much)\s+)?(?:above|below|beyond|over|under|higher\s+than|lower\s+than)\s+the\s+$",
    re.I,
)
ESTIMATE_AFTER = re.compile(r"\s+(?:estimate|forecast|projection|quote|bid)\b", re.I)
# Verbs of a mark left behind: the figure they take is an older one.
_BEATEN = r"break(?:s|ing)?|broke|beat(?:s|ing)?|topp(?:ed|ing)|surpass(?:es|ed|ing)|eclips(?:es|ed|ing)"
_HISTORY_BEFORE = re.compile(
    r"\b(?:down|up|fell|rose|dropped|climbed|cut|reduced|increased|decreased|revised(?:\s+\w+)?|slipped|jumped|"
    r"declined|grew)?\s*from(?:\s+(?:the|a|an))?(?:\s+(?:current|present|existing))?\s*$"
    # "₹250 per person (earlier ₹150)": the former figure in brackets
    r"|\(\s*(?:earlier|previously|formerly|was|were|before|prior|old|then|last\s+year)\s*:?\s*$"
    r"|\b(?:previous|prior|old|earlier|former|last|past)\s+(?:\w+\s+){0,2}(?:record|high|low|peak|level|figure|"
    r"estimate|total|count|tally|mark|best|number)\s+(?:of\s+|was\s+|at\s+)?$"
    # "will now reopen with 16 beds rather than the 24 beds originally promised": the figure set aside
    r"|\b(?:rather\s+than|instead\s+of)\s+(?:the\s+|a\s+|an\s+)?(?:(?:planned|promised|proposed|"
    r"original|expected|earlier|previous|initial)\s+)?$"
    # "The previous forecast, issued last week, was 37.5 feet": a forecast replaced by the one reported
    r"|\b(?:previous|prior|earlier|early|former|old|original|initial)\s+(?:\w+\s+)?(?:forecast|projection|"
    r"prediction|outlook|guidance|estimate)(?:,[^,.;]{1,40},)?\s+(?:was|of|had\s+been|stood\s+at)\s+"
    r"(?:about\s+|around\s+|near\s+)?$"
    # "the early estimates of 350 and then 1,200 hectares were overtaken": each figure of the list
    r"|\b(?:earlier|early|initial|original|first|previous|prior)\s+(?:\w+\s+){0,1}(?:estimates|figures|"
    r"counts|totals|reports)\s+of\s+(?:[$€£]?\d[\d,.]*\s*\w{0,8}\s*(?:,\s*|(?:,\s*)?(?:and|or)\s+(?:then\s+)?))*$"
    r"|\b(?:previously|formerly|originally|initially|once|had been|used to be|compared (?:with|to)|"
    r"versus|vs\.?|"
    r"peaked at|peak of|from a high of|from a peak of)\s+(?:\w+\s+){0,1}(?:(?<=ed\s)(?:at|to)\s+)?$"
    # "had put the toll at 27", "breaking the stadium record of 48,112": a value already replaced
    r"|\bhad\s+(?:(?:been|put|stood|risen|fallen|reached|given|set|estimated|reported)\s+)(?:[\w-]+\s+){0,3}"
    r"(?:at|to|as|of)\s+(?:about\s+|around\s+|some\s+)?$"
    r"|\b(?:" + _BEATEN + r"|replac(?:e|es|ed|ing))\s+"
    r"(?:(?:the|its|their|a|[\w-]+(?:'s|’s))\s+)(?:[\w'’-]+\s+){0,4}(?:record|best|mark|high)\s+(?:of\s+)?$"
    # "beating the 31.6C recorded at Ronan Airport": the figure beaten stands right after the article
    r"|\b(?:" + _BEATEN + r")\s+(?:the|its|their)\s+(?:previous\s+|old\s+|former\s+)?$",
    re.IGNORECASE,
)
# a sum's unit before its digits: "$45", "EUR 45", "NZ$45", "Rs. 45", "R45"
_MONEY_UNIT = (
    r"(?:[$€£₹]|(?:eur|usd|gbp|aud|nzd|cad|inr|zar|sek|nok|dkk|chf|jpy|rs\.?|kr|rm|r)\s?"
    r"|(?:us|a|nz|c|hk|s)\$)"
)
_MONEY_LEAD = _MONEY_UNIT + "?"
_FROM_TO = re.compile(r"^\s*(?:[\w,.%$/]+\s+){0,3}to\s+" + _MONEY_LEAD + r"\d", re.IGNORECASE)
_CHANGE_BEFORE = re.compile(
    # "attended by over 40,000 people", "signed by 2,300 residents": who did it, not by how much
    r"\b(?P<verb>(?<!attended\s)(?<!visited\s)(?<!watched\s)(?<!seen\s)(?<!viewed\s)(?<!used\s)"
    r"(?<!signed\s)(?<!backed\s)(?<!supported\s)(?<!joined\s)(?<!enjoyed\s)(?<!opposed\s)(?<!read\s)"
    r"(?<!heard\s)(?<!followed\s)by|taking|shaving|knocking|cut|cuts|cutting|shed|sheds|shedding|add|adds|added|adding|"
    r"eliminat(?:e|es|ed|ing)|lay off|lays off|laid off|laying off|hir(?:e|es|ed|ing)|creat(?:e|es|ed|ing)|"
    r"los(?:e|es|ing)|lost|gain(?:s|ed)?|rais(?:e|es|ed|ing)|lower(?:s|ed)?|increas(?:e|es|ed) by|"
    r"decreas(?:e|es|ed) by)\s+(?:(?:about|some|roughly|nearly|almost|more than|over|just|only|another|"
    r"a further|an additional|up to|at least|an estimated)\s+)?[$€£]?$",
    re.IGNORECASE,
)
# A sum of money at a figure's start: "$85,000", "£2m", "EUR 40,000"
MONEY_AT = re.compile(_MONEY_UNIT + r"\d", re.I)
_CHANGE_VERB_BY = re.compile(
    r"\b((?:cut|slash|reduc|rais|rose|rise|risen|fell|fall|drop|increas|decreas|grow|grew|lower|trim|boost|"
    r"climb|jump|declin|shrink|shrank|expand|sank|sink|plung|soar|lift|hik|extend|shorten|widen|narrow|"
    r"halv|doubl)[a-z]*)\s+$",
    re.I,
)
_CHANGE_AFTER = re.compile(
    r"^\s*(?:[a-z]+\s+)?(?:off|more|fewer|less|higher|lower|faster|slower|extra)\b(?!\s+than)"
    # "about 130,000 more than the year before": a difference from an earlier time
    r"|^\s*(?:more|fewer|less|higher|lower)\s+than\s+(?:(?:the|a|in|last|its|their)\s+)?"
    r"(?:previous|prior|same|year|month|week|season|quarter|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# Units of a span of time: "six hours" is a quantity though its number is a word.
TIME_UNITS = frozenset(
    "seconds minutes hours days weeks months years second minute hour day week month year".split()
)
_ADDITIVE = re.compile(
    r"\b(?:also|another|additional|further|in addition|separately|as well)\b", re.IGNORECASE
)
# "31.6C": a temperature's scale glued to its figure
_GLUED_DEGREE = re.compile(r"°?([CcFf])(?![\w'’-])")
# A date used as an event's name: "Tuesday's collapse", "last week's storm"
_EVENT_NAMED_BY_DATE = re.compile(r"['’]s?\s+[a-z]", re.I)

# A tally named just before a bare number word: "the death toll has risen to five", "the total stands at six"
_TALLY_BEFORE = re.compile(
    r"\b(?:toll|tally|total|count)\b(?:[^.;:]|\.(?=\s\d)){0,50}?\b(?:to|at|of|is|was|reached|hit)\s+"
    r"(?:about\s+|around\s+|at\s+least\s+|more\s+than\s+)?$",
    re.I,
)

_UNITS_AFTER = re.compile(
    # "a 250-metre track": the unit may be joined by a hyphen
    r"^(?:\s*|-)(?P<unit>mm|cm|km/h|km|kilometers?|kilometres?|miles?|meters?|metres?|feet|foot|ft|inches|kg|"
    r"kilograms?|pounds|lbs?|tons?|tonnes?|mph|degrees?|°[CF]?|points?|votes|seats|hours?|minutes?|"
    r"seconds?|days?|weeks?|months?|years?|acres|hectares|barrels|gallons|liters|litres|pounds sterling|kr|"
    + "|".join(sorted(MONEY_WORDS))
    # "1,100 ISK": a currency's code after the amount, in capitals only ("50 eur" is rare, "100 sek" a typo)
    + r"|(?-i:"
    + "|".join(c.upper() for c in CURRENCY_CODES)
    # ... not a word that only begins with one: "30 year-round jobs" counts jobs
    + r"))\b(?!-round\b)",
    re.IGNORECASE,
)


_PLURALS = _words("people children men women personnel staff police cattle")


def _is_plural_head(tok: str) -> bool:
    """The first lowercase plural noun ends a counted phrase ("rockets" in "25 rockets hit the base")."""
    low = tok.lower()
    if low in _PLURALS:
        return True
    return tok[0].islower() and len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is"))


def _counted(text: str, start: int, limit: int) -> tuple[str, int]:
    """The noun phrase counted after a number: "US troops" in "5,000 US troops in Iraq"."""
    words: list[str] = []
    pos = start
    end = start
    skipped_of = False
    for m in _TOKEN.finditer(text, start, limit):
        tok = m.group(0)
        low = tok.lower().rstrip(".")
        if not tok[0].isalpha():
            break
        if low == "of" and not words and not skipped_of:
            skipped_of = True
            continue
        if skipped_of and not words and low in ("the", "its", "their", "his", "her", "our", "those", "these"):
            continue
        if low in _COUNTED_MODIFIERS and not words:
            continue  # "900 net new jobs", "2,400 direct jobs": what is counted comes after the modifiers
        if (low in _COUNTED_STOP and tok not in ("US", "U.S.", "UK", "U.K.")) or low.endswith(("n't", "n’t")):
            break
        if words and (low.endswith("ed") or low.endswith("ing")) and words[-1].lower().endswith("s"):
            break
        if words and low in _THIRD_PERSON_VERBS:
            break  # "The 14 km route follows the old railway": the verb of the counted noun
        words.append(tok.rstrip(".") if tok.endswith(".") and tok.count(".") == 1 else tok)
        end = m.end()
        pos = m.end()
        if len(words) >= 4 or _is_plural_head(tok):
            break
    del pos
    return " ".join(words), end


# Verbs that follow a measured thing ("The 14 km route follows ...") and would read as a plural noun; not
# those that are nouns as often ("runs", "links", "passes")
_THIRD_PERSON_VERBS = _words("follows connects includes covers winds skirts replaces boasts")
# A dimension after a measure: "36 km long", "12 metres wide"
_DIMENSIONS = _words("long wide high deep tall thick across")


_CLAUSE_BREAK = re.compile(
    r";|:\s|—|–|\s-\s|,\s(?:but|while|whereas|although|saying|adding|insisting|noting|stressing)\b"
)


def _clause_bounds(text: str, s0: int, s1: int, at: int) -> tuple[int, int]:
    """The clause around ``at`` inside sentence [s0, s1): bounded by ; : — and ", but"."""
    breaks = _clause_breaks(text, s0, s1)
    i = bisect_right(breaks, at, key=lambda span: span[1])
    left = breaks[i - 1][1] if i else s0
    j = bisect_left(breaks, at, key=lambda span: span[0])
    right = breaks[j][0] if j < len(breaks) else s1
    return left, right


@lru_cache(maxsize=64)
def _clause_breaks(text: str, s0: int, s1: int) -> list[tuple[int, int]]:
    """The clause breaks of one sentence, found once however many figures it holds."""
    return [m.span() for m in _CLAUSE_BREAK.finditer(text, s0, s1)]


def _digit_before(sent: str, end: int) -> bool:
    """Is there a digit in ``sent[:end]``? The first digit of a sentence is found once."""
    return end > 0 and (first := _first_digit(sent)) is not None and first < end


@lru_cache(maxsize=64)
def _first_digit(sent: str) -> int | None:
    m = _DIGIT.search(sent)
    return m.start() if m else None


# --------------------------------------------------------------------------------------------- refutations

# "False" as the first word of a place's name ("two to operators in False Bay", "False Creek") is no cue.
# FALSE_CUE says so inside case-insensitive patterns run on the text itself; _REFUTE also runs on the
# lowercased text (_REFUTE_LOW), which has lost the capital, so _cue_counts checks _FALSE_PLACE_AT instead.
_FALSE_PLACE = (
    r"\s+(?-i:Bay|Cape|Creek|Point|River|Island|Islands|Lake|Pass|Head|Harbour|Harbor|Bluff|Inlet|Sound|"
    r"Ridge|Spit|Mountain|Peak)\b"
)
FALSE_CUE = r"false(?:ly)?(?!" + _FALSE_PLACE + ")"
# "That flyer did not come from us": a body disowning what goes round in its name
DISOWNED_CUE = (
    r"did\s+not\s+come\s+from\s+us|(?:was|were)\s+not\s+(?:issued|sent|produced|published|made)\s+by\s+us"
)
# "a flyer with the wrong start date": a report said to get a detail wrong
WRONG_DETAIL_CUE = r"the\s+wrong\s+(?:[\w-]+\s+)?(?:date|day|time|venue|address|location|price|fee|figure)"
_FALSE_PLACE_AT = re.compile(r"False" + _FALSE_PLACE)
_REFUTE = re.compile(
    r"\b(?P<cue>false(?:ly)?|debunk(?:ed|s)?|no evidence|fact[- ]check(?:ed|ers?)?|not accurate|inaccurate|"
    r"not correct|incorrect(?:ly)?|misstated|untrue|not true|fake|hoax|fabricat(?:ed|ion)|doctored|"
    r"manipulated|misleading|misinformation|"
    r"disinformation|baseless|unfounded|retract(?:ed|ion|s)?|withdrawn|(?:rough |poorly[- ]worded )?draft|"
    r"released in error|sent in error|published in error|by mistake|satir(?:e|ical)|parody|no decision(?: "
    r"whatsoever)?(?: made)?|no plans?|not what'?s happening|that'?s not what|nothing to (?:do with|it)|"
    r"den(?:y|ied|ies|ial)|dismissed|rejected (?:the|those|these) (?:claims?|reports?|allegations?)"
    # "rejected the claims that he caused the crash": a side denying what it is blamed for, no fact check
    r"(?! that (?:he|she|they|it|his|her|their|its)\b)|"
    # "has rejected claims circulating on social media that ...": a rumour, where "rejected claims that
    # sand mining is behind the erosion" is one side of a debate
    r"rejected (?:online |viral )?(?:claims|reports|rumou?rs) (?:circulating|on social media|online|shared)|"
    # "will be held on Main Street as usual, despite online claims it was moving to the car park"
    # (a rumour's, not a side's: "despite claims from the city council" is a dispute)
    r"despite (?:online |viral |social media )(?:claims|rumou?rs|reports|posts|speculation)|"
    r"despite (?:claims|rumou?rs|reports|posts|speculation) (?:circulating|online|on social media)|"
    r"refut(?:ed|es)|pushed back|no truth|not (?:real|genuine|authentic)|misattributed|out of context|"
    r"conspiracy theor(?:y|ies)|rumou?rs?|erroneous(?:ly)?|mistaken(?:ly)?|wrongly|in error|scams?|"
    r"phishing|(?:was|were|is|are) wrong|(?:typing|typographical|printing|clerical|transcription) error|"
    r"typos?|misprint(?:ed)?|(?:sensor|instrument|gauge|meter)\s+(?:error|fault|malfunction)|"
    r"faulty\s+(?:sensor|instrument|gauge|meter|thermometer|reading|weather\s+station)|"
    r"earlier version of (?:this|the) (?:article|story|report|post)|"
    # "This was based on provisional results that the organisers have since corrected."
    r"since\s+(?:been\s+)?corrected|"
    # "and that there was never any plan to build it in the dunes", "The petition is based on a
    # misunderstanding": a body denying what a campaign says it plans
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+never\s+(?:been\s+)?any\s+plans?|"
    r"based\s+on\s+a\s+misunderstanding|" + DISOWNED_CUE + "|" + WRONG_DETAIL_CUE + r")\b",
    re.IGNORECASE,
)
# Cues that refute only when they sit near a reference to a report ("the claim", "the letter").
_WEAK_CUES = frozenset(
    {
        "no plan",
        "no plans",
        "draft",
        "rough draft",
        "dismissed",
        "rumor",
        "rumors",
        "rumour",
        "rumours",
        "scam",
        "scams",
        "phishing",
        "wrongly",
        "mistakenly",
        "mistaken",
        "in error",
        "pushed back",
        "withdrawn",
        "was wrong",
        "were wrong",
        "is wrong",
        "are wrong",
        "since corrected",
        "since been corrected",
        "did not come from us",
    }
)
_REPORT_NOUN = re.compile(
    # "In my Sunday post I said 45,000 people attended": an author's own report
    # ... and a sentence that opens on a bare plural of them ("Claims circulating online that ... are wrong")
    r"(?:\b(?:the|that|this|these|those|a|an|such|my|our)\s+(?:[\w-]+\s+){0,2}?|^\s*(?=\w+s\s))"
    r"(?P<noun>letter|memo|report|reports|claim|"
    r"claims|post|posts|video|photo|image|picture|story|stories|rumou?r|rumou?rs|document|article|tweet|"
    r"message|statement|quote|figure|number|email|list|screenshot|headline|account|announcement|notice|"
    r"allegation|allegations|leak|press release|voice notes?|voice messages?|graphic|chart|meme|website|"
    r"messages|texts|emails|letters|flyer|flyers|poster|posters|leaflet|leaflets|"
    r"videos|photos|images|pictures|tweets|screenshots|articles|statements|quotes|memes|websites)\b",
    re.IGNORECASE,
)
_REPORTED = re.compile(
    r"\b(?:claim(?:s|ed)?|alleg(?:e|es|ed|ation)|report(?:s|ed)?|rumou?r(?:s|ed)?|viral|purport(?:s|ed)?|"
    r"circulat(?:ed|ing)|shared|social media|posted|letter|memo|leak(?:ed)?|suggest(?:s|ed)?)\b",
    re.IGNORECASE,
)
_CORRECTION = re.compile(
    r"\b(?:actual(?:ly)?|real|true|correct|official(?:ly)?|in fact|instead|confirmed|only|rather)\b",
    re.IGNORECASE,
)


# "The Ratepayers' Association says the municipality's figure of 8 percent is misleading": one side calling
# another's own figure wrong is a dispute between them, not a report set right
_OWNED_FIGURE = re.compile(
    r"\b(?:says?|said|argues?|argued|claims?|claimed|insists?|insisted|maintains?)\s+(?:that\s+)?"
    r"(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?"
    # (a report's figure is a report's: "the post's figure of 40 percent is misleading")
    r"(?!(?:posts?|reports?|claims?|videos?|articles?|messages?|petitions?|tweets?|stor(?:y|ies)|websites?|"
    r"leaflets?|flyers?|rumou?rs?|graphics?|memes?)(?:'s|s'|’s))"
    r"[\w-]+(?:'s|s'|’s)\s+(?:own\s+)?(?:official\s+)?"
    r"(?:figures?|estimates?|numbers?|projections?|forecasts?|calculations?|assessments?|example)\b"
    r"[^.;]{0,60}?\b(?:is|are|was|were)\s+(?:\w+\s+)?$"
)


def refutation_cue(sentence: str) -> str | None:
    """The refutation cue of a sentence ("not accurate", "debunked"), if it has a strong one."""
    for m in _REFUTE.finditer(sentence):
        if _cue_counts(m, sentence):
            return m.group("cue").lower()
    return None


def _cue_counts(m: re.Match[str], sentence: str) -> bool:
    """Is a refutation cue matched in ``sentence`` (or its lowercased twin) strong enough? A weak one needs
    a report named in the sentence ("the claim", "these posts")."""
    cue = m.group("cue").lower()
    if cue == "false" and _FALSE_PLACE_AT.match(sentence, m.start()):
        return False
    weak = cue in _WEAK_CUES or (cue == "fake" and _FAKE_THING.match(sentence, m.end()) is not None)
    return not weak or _REPORT_NOUN.search(sentence) is not None


# "fake invoices", "fake suppliers": what a fraud made up, not a report called false ("the release is fake",
# "a fake press release", "fake news")
_FAKE_THING = re.compile(
    r"\s+(?!(?:news|press|release|report|reports|story|stories|claims?|posts?|videos?|photos?|images?|"
    r"quotes?|letters?|memos?|documents?|accounts?|websites?|sites?|messages?|emails?|texts?|tweets?|"
    r"screenshots?|announcements?|statements?|notices?|headlines?|articles?|pictures?|graphics?|charts?|"
    r"memes?|leaks?)\b)[a-z]"
)


# --------------------------------------------------------------------------------------------- speakers

# Letters of names in Latin scripts: "Elin Sæther", "Zoë Kowalczyk", "Łukasz Żmuda" (Latin Extended-A mixes
# cases, so its letters count as both)
LATIN1_UPPER = "A-ZÀ-ÖØ-Þ"
LATIN1_LOWER = "a-zß-öø-ÿ"
_UP = LATIN1_UPPER + "\u0100-\u017f"
_LOW = LATIN1_LOWER + "\u0100-\u017f"
_NAME = rf"(?:[{_UP}][{_LOW}]+(?:[-'’][{_UP}]?[{_LOW}]+)?|[A-Z]\.|Mc[A-Z][{_LOW}]+|O'[A-Z][{_LOW}]+)"
_NAME_SEQ = _NAME + r"(?:\s+(?:" + _NAME + r"|de|van|von|al-[A-Z]?[a-z]+|bin|III|II|IV|Jr\.?|Sr\.?)\b)*"
_SAY = (
    r"(?:said|says|told|stated|announced|confirmed|wrote|tweeted|added|noted|insisted|argued|claimed|warned)"
)
_SPEAKER_BEFORE = re.compile(
    r"(?P<sp>(?:(?:the|a|an)\s+)?(?:[A-Za-z][\w.'’-]*\s+){0,5}?[A-Za-z][\w.'’-]*)\s+" + _SAY + r"\b"
)
_SPEAKER_AFTER = re.compile(
    r"\b(?:" + _SAY + r"|according to)\s+(?P<sp>(?:the\s+)?(?:[A-Z][\w.'’-]*\s*){1,6}|(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,3}(?:official|spokes(?:wo)?man|spokesperson|source|statement|officials))"
)
# pronouns, and the days a US wire puts straight after the verb ("its developer said Tuesday")
_SPEAKER_SKIP = frozenset(
    """he she they it we i you this that there today yesterday tonight monday tuesday wednesday thursday
    friday saturday sunday""".split()
)
# Either speaker pattern needs one of these words; most sentences have none.
_SAY_ANY = re.compile(_SAY + r"|according to")
# Where _SPEAKER_BEFORE can end: a reporting verb after whitespace.
_SAY_AT = re.compile(r"(?<=\s)" + _SAY + r"\b")
_QUOTE_SPLIT = re.compile(r"[,“”\"]")


def _chunks_back(text: str, at: int, n: int, floor: int) -> int:
    """Start of the ``n``-th whitespace-separated chunk before ``at`` (not before ``floor``)."""
    i = at
    for _ in range(n):
        while i > floor and text[i - 1].isspace():
            i -= 1
        while i > floor and not text[i - 1].isspace():
            i -= 1
    return i


def _speaker(sentence: str) -> str:
    if _SAY_ANY.search(sentence) is None:
        return ""
    m = _SPEAKER_AFTER.search(sentence)
    if m:
        sp = m.group("sp").strip(" ,.")
        if sp and sp.split()[0].lower() not in _SPEAKER_SKIP:
            return sp
    pos = 0
    while True:
        # _SPEAKER_BEFORE is at most seven whitespace-free tokens and a reporting verb, so no match starts
        # more than seven chunks before the next reporting verb: searching from there finds what a search
        # from ``pos`` would, without trying every position of a long sentence.
        k = _SAY_AT.search(sentence, pos)
        if k is None:
            return ""
        m = _SPEAKER_BEFORE.search(sentence, _chunks_back(sentence, k.start(), 7, pos))
        if m is None:
            return ""
        pos = m.end()
        sp = m.group("sp")
        # keep only the tail after the last comma/quote so "... Iraq,” the defense secretary said" works
        sp = _QUOTE_SPLIT.split(sp)[-1].strip()
        words = sp.split()[-6:]
        # The speaker is the tail noun phrase: from the last determiner ("the defense secretary"), else the
        # capitalised run ("US Army General Mark Milley").
        dets = [j for j, w in enumerate(words) if w.lower() in ("the", "a", "an")]
        if dets:
            keep = words[dets[-1] :]
        else:
            keep = []
            for w in reversed(words):
                if not (w[0].isupper() or (keep and w.lower() == "of")):
                    break
                keep.append(w)
            keep.reverse()
        while keep and keep[0].lower() == "of":
            keep.pop(0)
        if (
            len(keep) < 1
            or keep[0].lower() in _SPEAKER_SKIP
            or (len(keep) == 1 and keep[0].lower() in ("the", "a"))
        ):
            continue
        return " ".join(keep)


def speaker_of(sentence: str) -> str:
    """The named speaker a sentence attributes its content to ("the defense secretary"), else ""."""
    return _speaker(sentence)


class _LazySpeaker:
    """The speaker of a sentence, found only if a claim in it needs one (most sentences yield none)."""

    __slots__ = ("_sentence", "_value")

    def __init__(self, sentence: str) -> None:
        self._sentence = sentence
        self._value: str | None = None

    def get(self) -> str:
        if self._value is None:
            self._value = _speaker(self._sentence)
        return self._value


# --------------------------------------------------------------------------------------------- roles

ROLE_WORDS = (
    "chief executive officer|chief executive|chief operating officer|chief financial officer|"
    "chief technology officer|ceo|cfo|coo|cto|co-founder|founder|president|vice president|prime minister|"
    "deputy prime minister|vice chair|vice-chair|vice chairman|vice-chairman|vice chairwoman|"
    "vice chairperson|deputy chair|"
    "chancellor|premier|minister|secretary of state|secretary of defense|defense secretary|defence secretary|"
    "press secretary|secretary-general|secretary general|secretary|head coach|coach|manager|general manager|"
    "commander|commanding general|chairman|chairwoman|chair|chairperson|director|director-general|governor|"
    "mayor|senator|speaker|leader|majority leader|minority leader|captain|king|queen|pope|president-elect|"
    "ambassador|attorney general|chief justice|justice|spokesperson|spokesman|spokeswoman|head|chief|"
    "editor-in-chief|editor|executive director|managing director|principal|dean|provost|rector|sheriff|"
    "police chief|chief of police|commissioner|administrator|superintendent|owner|quarterback|striker|"
    "goalkeeper|"
    "conductor|judge|ceo-elect|treasurer|general secretary|party leader|opposition leader|foreign minister|"
    "finance minister|health minister|defence minister|defense minister|interior minister|army chief|"
    "chief of staff|national security adviser|national security advisor|adviser|advisor|envoy|lead singer|"
    "chief conductor|principal conductor|principal guest conductor|poet laureate|auditor general|"
    "auditor-general|ombudsman|chief constable|chief medical officer|chief scientist|city manager|town clerk|"
    # posts of ports, schools, churches, courts and public services that local news names as often
    "harbourmaster|harbormaster|harbour master|harbor master|port captain|headteacher|head teacher|"
    "headmaster|headmistress|bishop|archbishop|coroner|fire chief|chief fire officer|registrar|curator|"
    "librarian|warden|"
    "artistic director|music director|musical director|medical director|county executive|county manager|"
    "town manager|"
    "city administrator|chief information officer|chief operating officer|chief nursing officer|"
    "chief economist|general counsel|lord mayor|governor general|governor-general|lieutenant governor|"
    "high commissioner|consul general|first minister|chief whip|stationmaster|postmaster general"
)
_ROLE_SET = frozenset(ROLE_WORDS.split("|"))
# the words of posts, and what follows a post's name ("Conductor Laureate"): no one's name is made of them
_POST_WORDS = frozenset(w for role in _ROLE_SET for w in role.split()) | {
    "laureate",
    "emeritus",
    "emerita",
    "designate",
    "elect",
}
_ROLE_SORTED = "|".join(sorted(ROLE_WORDS.split("|"), key=len, reverse=True))
_ROLE = r"(?P<role>" + re.sub(
    r"\b([a-z])", lambda m: "[" + m.group(1).upper() + m.group(1) + "]", _ROLE_SORTED
)
_ROLE = _ROLE.replace("[Cc]eo", "(?:CEO|[Cc]eo)").replace("[Cc]fo", "(?:CFO|[Cc]fo)")
_ROLE = _ROLE.replace("[Cc]oo", "(?:COO|[Cc]oo)").replace("[Cc]to", "(?:CTO|[Cc]to)") + r")"
_ROLE = _ROLE.replace("(?P<role>", "(?P<role>(?:[Cc]o-)?(?:") + ")"
_AND_ROLE = re.compile(r"\s+(?:and|&)\s+" + _ROLE + r"\b")
_MOD = (
    r"(?P<mod>(?i:former|ex-|outgoing|incoming|interim|acting|caretaker|new|newly appointed|then-|current|"
    r"longtime|late|designated|next|permanent|retired|re-elected|reelected|newly elected)(?=[\s-]))?"
)
# "as senior head coach", "as first-team manager": the post's rank within the body, not another post
# ... and "as senior team manager", "as first-team head coach": the team the post is of
_RANK_OF_POST = r"(?:(?:senior|first-team|first\s+team|full-time)\s+)?(?:team\s+(?=[a-z]))?"
# "as library director", "museum director Ada Lee": the kind of body the post heads, named before the post
_BODY_KIND = (
    r"(?:(?:library|museum|gallery|zoo|festival|theatre|theater|airport|hospital|orchestra|school|college|"
    r"parks|port|harbou?r|stadium|arena|club|society|association|union|station|prison)\s+)?"
)
_ORGW = r"[A-Z][\w&.'’-]*"
_ORG = r"(?:" + _ORGW + r"(?:\s+(?:of|for|and|&|de|the)\s+|\s+)){0,4}" + _ORGW
# "Vice-captain Megan Doyle", "vice chair Luis Betancourt", "deputy editor Ann Roe" hold another post
_NOT_DEPUTY = r"(?<![Vv]ice )(?<![Vv]ice-)(?<![Dd]eputy )(?<![Dd]eputy-)(?<![Aa]ssistant )(?<![Aa]ssociate )"
_ROLE_TITLE = (
    re.compile(  # "Apple CEO Tim Cook", "former head coach Sean Payton", "Acting Defense Secretary ..."
        r"(?<![\w-])"
        + _MOD
        + r"\s*(?P<org>(?:"
        + _ORGW
        + r"\s+){0,4}?)"
        + _BODY_KIND
        + _NOT_DEPUTY
        + _ROLE
        # "our new director, Renata Okafor": a comma only after a word that says which holder (_roles)
        + r"(?P<comma>,)?\s+(?P<name>"
        + _NAME_SEQ
        + r")"
    )
)
# "President: Karen Oldfield (elected unopposed)", "Secretary: nominations - Tom Baxendale": a line of
# minutes or a list of office-bearers
_ROLE_LABEL = re.compile(
    r"^\s*(?:[-*•]\s*)?"
    + _MOD
    + r"\s*"
    + _ROLE
    + r"\s*:\s*(?:[a-z]+\s+[-–—]\s+)?(?P<name>"
    + _NAME_SEQ
    + r")\s*(?:\(|,|\.|;|$)"
)
_FORMER_BEFORE = re.compile(r"\b(?:former|ex-)\s*(?:[A-Z][\w'’.-]*\s+){0,3}(?:[a-z][\w-]*\s+){1,2}$", re.I)
# A body named by a common noun right before a title: "Faculty senate president", "students' union president"
_BODY_BEFORE = re.compile(
    r"(?:[A-Za-z]+(?:['’]|s['’])?\s+)?(?:senate|union|government|society|association|guild|federation|"
    r"league|chapter|council|committee|board|assembly)\s+$",
    re.I,
)
_ROLE_APPOS = re.compile(  # "Mark Milley, chairman of the Joint Chiefs of Staff"; "Jane Doe, Acme's chief"
    r"(?P<name>"
    + _NAME_SEQ
    + r"),\s+(?:the\s+|a\s+|an\s+)?(?:(?P<org2>"
    + _ORG
    + r")(?:'s|’s)\s+)?"
    + _MOD
    + r"\s*(?P<orgpre>(?:"
    + _ORGW
    + r"\s+){0,3}?)"
    + _ROLE
    + r"(?:\s+(?:of|at|for)\s+(?:the\s+)?(?P<org>"
    + _ORG
    + r"))?"
)
# "Gerald Mouland, who has managed the Bonavista Harbour Authority since 2001": the post by its verb
_ROLE_WHO_VERB = re.compile(
    r"(?P<name>"
    + _NAME_SEQ
    + r"),\s+who\s+has\s+(?:\w+ly\s+)?(?P<verb>managed|led|headed|chaired|coached|directed|captained|"
    r"edited|governed)\s+(?:the\s+)?(?P<org>"
    + _ORG
    + r")\s+(?:since|for)\b"
)
_VERB_POST = {
    "managed": "manager",
    "led": "leader",
    "headed": "head",
    "chaired": "chair",
    "coached": "coach",
    "directed": "director",
    "captained": "captain",
    "edited": "editor",
    "governed": "governor",
}
# "the 14th president", "its first chief executive": which holder in the post's line
_ORDINAL = r"(?:(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth)\s+)?"
_ROLE_PRED = re.compile(  # "Jane Doe was named chief executive of Acme"; "X succeeds Y as CEO"
    # "Ger Fallon, currently assistant librarian, will be acting senior librarian": an aside on the
    # post held before
    # ... or one on the person's trade: "Gil Ferreira, owner of a Main Street shop, has been elected"
    # ... or a clause on what the person does: "Tadhg Kelleher, who runs a cafe, has been elected"
    r"(?P<name>" + _NAME_SEQ + r")(?:,\s+(?:its|their|the|his|her|currently|now|formerly|previously|a|an|"
    r"owner|co-owner|founder|co-founder|manager|who)\s+[^,;]{2,80}?,|,\s+who)?\s+"
    # "formally took over as interim chief executive"
    r"(?:(?:formally|officially|temporarily|briefly|finally|quietly|also)\s+)?"
    r"(?P<verb>is|was|became|has become|remains|will become|will be|will serve as|serves as|is serving as|"
    # "continues to act as Municipal Manager": a holder for the time being is the holder now
    r"continues (?:to (?:act|serve) )?as|(?:is|are) acting as|"
    # "has been appointed as", "is set to be unveiled as": the act, told as done or as expected
    r"(?:has|have|had) been (?:named|appointed|elected|hired|confirmed|installed|unveiled)(?: as)?|"
    # "has been appointed to the position of Harbourmaster", "has agreed to serve as treasurer"
    r"(?:has|have|had) been (?:named|appointed|elected) to the (?:post|position|role|office) of|"
    r"(?:(?:has|have|had)\s+)?agreed to (?:serve|act|stand in) as|"
    # "Councillor Ron Tessier has not been appointed acting mayor": an appointment denied
    r"(?:has|have|had) not been (?:named|appointed|elected|hired|installed)(?: as)?|"
    r"(?:(?:is|are) (?:set|expected|poised|tipped|due|to) (?:to )?|will )be "
    r"(?:named|appointed|unveiled|confirmed|installed)(?: as)?|"
    r"was (?:named|appointed|elected|hired|confirmed|installed|unveiled) as|"
    r"has been|was named|was appointed|was elected|was hired|"
    # "was sworn in Monday as Hood River's fire chief"
    r"(?:was\s+)?sworn\s+in(?:\s+(?:on\s+)?[A-Z][a-z]+day|\s+(?:today|yesterday))?\s+as|"
    r"named|appointed|takes over as|"
    r"began (?:his|her|their) (?:tenure|term|first day) as|"
    # "started work Monday as the town's harbormaster"
    r"started (?:work\s+|(?:his|her|their) (?:new\s+)?(?:job|role|post)\s+)?"
    r"(?:(?:on\s+)?[A-Z][a-z]+day\s+|(?:this|last)\s+week\s+|today\s+|yesterday\s+)?as|"
    # "spent her first two days as director of ...": the first days in a post are its start
    r"spent (?:his|her|their) first (?:[a-z]+\s+){1,2}as|"
    # "took office today as the 14th president"
    r"(?:took|takes|take) office(?:\s+(?:today|yesterday|on\s+[A-Z][a-z]+day))?\s+as|"
    r"was promoted to|will take over as|"
    # "took up the post of senior librarian on Monday"
    r"(?:took|takes|will take) up (?:the|her|his|their) (?:post|role|position) of|"
    r"took over as|(?:has\s+)?(?:stepped down|resigned|quit|retired) as|steps down as|resigns as|"
    r"was fired as|was ousted as|"
    r"was replaced as|left as|will step down as|will retire as|is (?:to\s+)?retir(?:e|ing) as|"
    r"succeeds (?P<prev>" + _NAME_SEQ + r") as|"
    r"succeeded (?P<prev2>" + _NAME_SEQ + r") as|replaces (?P<prev3>" + _NAME_SEQ + r") as|"
    r"replaced (?P<prev4>" + _NAME_SEQ + r") as)\s+(?:(?:the|its|their|our)\s+)?" + _ORDINAL + _MOD + r"\s*"
    # "started as the trust's chief executive": a common noun's possessive names the body already named
    r"(?:(?P<orgpre>"
    + _ORG
    + r")(?:'s|’s)?\s+|[a-z]+(?:'s|’s)\s+)?"
    # "as Selwynne Town's new manager": the body's name comes before the word that says the post is new
    + r"(?:(?P<mod2>new|interim|permanent|next)\s+)?"
    + _BODY_KIND
    + _RANK_OF_POST
    + _ROLE
    + r"(?:\s+(?:of|at|for)\s+(?:the\s+)?(?P<org>"
    + _ORG
    + r"))?"
)
_ROLE_OBJ = re.compile(  # "Acme named Jane Doe (as) its new chief executive"
    # "the trust appointed ...": a body named by a common noun earlier in the story
    r"(?:(?P<org>" + _ORG + r")|\b(?:the|The)\s+(?:board|club|trust|council|company|firm|party|university|"
    r"school|charity|group|bank|agency|authority|committee|government|team|museum|hospital|college|"
    # "the city manager has selected ...": an officer who appoints for the body
    r"city\s+manager|county\s+manager|mayor|governor|minister|chief\s+executive)"
    # "At Sunday's AGM members elected Mere Tawhai as club president": the members of the body the story
    # is about
    r"|\b(?:members|delegates|shareholders)(?=\s+(?:unanimously\s+)?(?:elected|re-elected|chose|picked)\s))"
    # "Acme, the regional water company, has hired ...": the body described between commas
    r"(?:,\s+(?:the|a|an)\s+[^,;:]{2,60}?,)?"
    # "Millbrook County supervisors elected ...": the members of a body act for it
    r"(?:\s+(?:supervisors|councillors|councilors|commissioners|trustees|directors|governors|members|"
    r"delegates|lawmakers|shareholders))?"
    # "on Wednesday unanimously selected": when and how the body chose
    r"\s+(?:on\s+[A-Z][a-z]+day\s+)?(?:has\s+|have\s+)?(?:(?:unanimously|formally|officially)\s+)?"
    # "voted unanimously to appoint Dana Reyes as Harbormaster": the vote is the act
    r"(?:voted\s+(?:unanimously\s+)?to\s+(?=appoint\s|name\s|hire\s|elect\s|select\s))?"
    r"(?P<verb>named|names|appointed|appoints|appoint|name|hire|elect|select|hired|hires|fired|ousted|"
    r"elected|re-elected|reelected|picked|chose|tapped|selected|selects)\s+"
    # "appointed former Halden manager Kasper Lund as head coach": the person's old post comes first, and
    # so does a deputy's own post ("appointed deputy CEO Sofia Berglund as acting chief executive")
    r"(?:(?i:former|ex-)\s*(?:[A-Z][\w'’.-]+\s+){0,3}[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?\s+"
    r"|(?:deputy|assistant|vice)[\s-](?:[a-z][a-z-]+|[A-Z]{2,5})(?:\s+[a-z][a-z-]+)?\s+"
    # "appointed finance director Owen Pike as interim chief executive"
    r"|(?:[a-z][a-z-]+\s+)?(?:director|manager|officer|secretary|editor|controller)\s+(?=[A-Z]))?"
    r"(?P<name>"
    + _NAME_SEQ
    + r")(?:,\s+[^,;]{2,80}?,)?\s+(?:as\s+)?(?:(?:its|their|the)\s+|the\s+[a-z]+(?:'s|’s)\s+)?"
    + _ORDINAL
    + _MOD
    # "as the next Hood River fire chief": the place or body the post is of, before it
    + r"\s*(?:(?:(?<=\bnext\s)|(?<=\bnew\s))(?:[A-Z][\w'’&-]+\s+){1,3})?"
    + r"\s*(?:board\s+|committee\s+|council\s+)?"
    + _RANK_OF_POST
    + _BODY_KIND
    + _ROLE
)
# "announced the appointment of Dr Jane Doe as its new chief executive": the noun names the act
_ROLE_NOUN = re.compile(
    r"\b(?P<verb>appointment|election|selection|hiring|promotion|confirmation)\s+of\s+(?P<name>"
    + _NAME_SEQ
    + r")\s+as\s+(?:(?:its|their|the)\s+)?"
    + _ORDINAL
    + _MOD
    + r"\s*"
    + _RANK_OF_POST
    + _BODY_KIND
    + _ROLE
    + r"(?:\s+(?:of|at|for)\s+(?:the\s+)?(?P<org>"
    + _ORG
    + r"))?"
)
# "Acme named its first chief executive: Jane Doe": the body acts, the holder's name follows the post
_ROLE_ITS = re.compile(
    r"(?P<org>"
    + _ORG
    + r")\s+(?:has\s+|have\s+)?(?P<verb>named|appointed|hired|elected|picked|chose|selected|unveiled|"
    r"announced|confirmed)\s+(?:its|their)\s+"
    + _ORDINAL
    + _MOD
    + r"\s*"
    + _ROLE
    + r"\s*(?::|,|\s[-–—])\s+(?P<name>"
    + _NAME_SEQ
    + r")"
)
# the verbs of _ROLE_OBJ (keep in step)
_OBJ_VERBS = (
    "named",
    "names",
    "appoint",
    "hire",
    "fired",
    "ousted",
    "elected",
    "picked",
    "chose",
    "tapped",
    "select",
)
_ROLE_POSS = re.compile(  # "Acme's chief executive, Jane Doe"
    r"(?P<org>" + _ORG + r")(?:'s|’s)\s+" + _MOD + r"\s*" + _ROLE + r",?\s+(?P<name>" + _NAME_SEQ + r")"
)
_ENDED = re.compile(
    r"stepped down|steps down|step down|resigned|resigns|was fired|was ousted|was replaced|retired|left as|"
    r"quit as|will step down|will retire|is retiring|is to retire",
)
_ENDED_BEFORE = re.compile(
    r"\b(?:fired|ousted|sacked|dismissed|replaced|replaces|replacing|succeeding|succeeded|succeeds|suspended|"
    r"removed|axed|parted company with|parted ways with|"
    # "have relieved head coach Rob Gaudet of his duties" ("a relieved head coach" is a mood)
    r"(?<!\ba\s)relieved|"
    r"impeached|toppled|deposed|ex|late)\b[^.;]{0,12}$",
    re.IGNORECASE,
)
# The holder's leaving told right after the name: "head coach Rob Danner has left the club",
# "CEO Ann Roe, who was sacked in May".
_ENDED_AFTER = re.compile(
    r"\s*,?\s*(?:who\s+)?(?:has\s+|had\s+|have\s+)?(?:been\s+|was\s+|is\s+)?(?:"
    r"(?:left|leaves)\s+(?:the|his|her|its|their)\s+(?:club|company|post|role|job|team|position|board|"
    r"firm|bank|government|cabinet|office)|departed|departs|quit|quits|resigned|resigns|stepped down|"
    r"steps down|retired|retires|"
    r"sacked|fired|dismissed|ousted|axed|relieved of|parted company|parted ways|exited|replaced|"
    r"leaving|stepping down|departing|"
    # "President Ellen Marsh announced her resignation on Thursday"
    r"(?:announced|announces|tendered|handed\s+in|submitted)\s+(?:his|her|their)\s+(?:resignation|retirement))\b",
    re.IGNORECASE,
)
_STARTED = re.compile(
    r"named|names|appoint|elected|hired|hires|sworn|takes over|took over|succeed|replace|tapped|"
    r"picked|began|will serve|agreed to|unveiled|confirmed|installed|"
    r"took office|takes office|promoted|started|spent|will take over|will become|becomes"
)
# A predecessor named by the successor's clause: "succeeding Graham Stott", "who took over from Y",
# "replacing Y"; or a holder whose leaving the sentence reports: "Y stepped down", "Y was ousted".
_PREDECESSOR = re.compile(
    r"\b(?:succeed(?:s|ed|ing)?|replac(?:es|ed|ing)|t(?:ook|akes|aking) over from|in place of)\s+"
    r"(?:(?:the\s+)?(?:former|outgoing|departing|retiring|longtime)\s+)?(?P<name>" + _NAME_SEQ + r")"
    # a day or month is no holder, and matching from one would swallow the name after it ("took over on
    # Monday, replacing Hilde Marsh, who retired")
    r"|(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b)"
    # (an aside naming the one replaced is the successor's: "chair of the Lifford Association, replacing
    # Martin Gallen, who stepped down" tells of Gallen, not the association)
    r"(?P<name2>" + _NAME_SEQ + r")(?:,\s+(?!(?:replac|succeed|t(?:ook|akes|aking)\s+over)\w*)[^,;]{2,60}?,)?"
    r"\s+(?:has\s+|had\s+|who\s+)?"
    r"(?:stepped down|resigned|was ousted|was fired|was sacked|was dismissed|was removed|retired|quit)\b"
)
# The sentence's subject taking over from the holder a title names next: "Okafor, who moved from Spokane,
# succeeds longtime director Dale Whitcomb."
_SUCCESSOR = re.compile(
    r"^[\s\"“]*(?P<name>"
    + _NAME_SEQ
    + r")(?:,\s+[^,;]{2,80}?,)?\s+(?:will\s+|has\s+)?(?:succeed(?:s|ed)?|replac(?:es|ed|e))\s+$"
)
# Literals one of which every alternative of _PREDECESSOR contains, lowercased (keep in step).
_PREDECESSOR_HINTS = (
    "succeed",
    "replac",
    "over from",
    "in place of",
    "stepped down",
    "resigned",
    "ousted",
    "fired",
    "sacked",
    "dismissed",
    "removed",
    "retired",
    "quit",
)
_NAME_STOP = _words(
    """The A An This That He She They It We In On At For But And Or Monday Tuesday Wednesday Thursday
    Friday Saturday Sunday January February March April May June July August September October November
    December Today Yesterday Last Next"""
)


# words a post opens with before the name it passes on ("Heard Dermot Quigley got the job"); an "-ing"
# word ("Hearing", "Breaking") is cut in _clean_name whatever it is
_HEARSAY = _words(
    """Heard Apparently Reportedly Rumour Rumor Rumours Rumors Congrats Congratulations Welcome Meet Sadly
    Hopefully Finally"""
)
# given names that end like a verb's -ing form ("Irving Berlin", "Sterling Moss")
_ING_GIVEN_NAMES = _words("""Irving Sterling Channing King Ewing Manning Fleming Harding Golding Darling""")


# ... and a meeting is no body: "At last night's AGM members elected ..."
_ORG_SKIP = _words(
    """yet but and so then also acting former interim new outgoing incoming current late u.s us agm egm"""
)


_RANKS = _words(
    """General Gen Brigadier Brig Colonel Col Lieutenant Lt Major Maj Captain Capt Sergeant Sgt Admiral Adm
    Army Navy Marine Marines Corps Air Force Commander Cmdr Dr Mr Mrs Ms Miss Prof Professor Sir Dame
    Lord Lady Rep Sen Senator Representative Gov Governor President Vice Minister Secretary Judge
    Justice Pope Saint St Rev Reverend Father Sister Chief Deputy Officer Detective Coach Mayor Prince
    Princess King Queen United States US U.S Defense Press Department Acting Interim Former"""
)


def _clean_name(name: str) -> str:
    words = name.split()
    while words and words[-1] in ("The", "A", "An", "In", "On", "At", "He", "She"):
        words.pop()
    while words and (
        words[0] in _NAME_STOP
        or words[0].rstrip(".") in _RANKS
        or (len(words) > 2 and words[0].lower() in _POST_WORDS)
        # "Hearing Dermot Quigley is the new harbourmaster": a hearsay verb opening the sentence
        or (len(words) > 2 and words[0] in _HEARSAY)
        or (len(words) > 2 and words[0].endswith("ing") and words[0] not in _ING_GIVEN_NAMES)
    ):
        words.pop(0)
    return " ".join(words)


def _holder_name(raw: str) -> str | None:
    """A person a role pattern matched, cleaned of titles ("Chief Inspector"), when it is a name: two words
    or more, or one capitalised word of three letters or more."""
    name = _clean_name(raw)
    # "its Chief Conductor", "Conductor Laureate": a post, no one's name
    if all(w.lower() in _POST_WORDS for w in name.split()):
        return None
    if name.lower() in _HEADLINE_VERBS:
        return None  # "Interim Police Chief Named": a headline's verb in title case, no one's name
    return name if len(name.split()) >= 2 or _SINGLE_NAME.fullmatch(name) else None


_HEADLINE_VERBS = frozenset(
    """named appointed sworn elected chosen picked hired confirmed announced resigns retires quits steps
    departs leaves returns replaced sacked fired ousted suspended""".split()
)


def norm_role(role: str) -> str:
    r = role.lower().removeprefix("co-")
    if r.endswith("s") and r[:-1] in _ROLE_SET:
        r = r[:-1]
    return {
        "chief executive": "ceo",
        "chief of police": "police chief",
        "chief executive officer": "ceo",
        "chairwoman": "chairman",
        "chairperson": "chairman",
        "chair": "chairman",
        "spokesman": "spokesperson",
        "spokeswoman": "spokesperson",
        "head coach": "coach",
        "defence secretary": "defense secretary",
        "secretary of defense": "defense secretary",
        "defence minister": "defense minister",
        "chief financial officer": "cfo",
        "chief operating officer": "coo",
        "chief technology officer": "cto",
        "secretary general": "secretary-general",
        "advisor": "adviser",
        "harbour master": "harbourmaster",
        "harbor master": "harbourmaster",
        "harbormaster": "harbourmaster",
        "head teacher": "headteacher",
        "headmaster": "headteacher",
        "headmistress": "headteacher",
        "governor general": "governor-general",
    }.get(r, r)


# ------------------------------------------------------------------------------------- events, stances

_EVENT = re.compile(
    r"\b(?P<verb>announc(?:ed|es)|reduc(?:ed|es)|cut|launch(?:ed|es)|died|dies|killed|resign(?:ed|s)|"
    r"sign(?:ed|s)|approv(?:ed|es)|elected|won|wins|lost|arrested|charged|releas(?:ed|es)|appointed|named|"
    r"fired|withdr(?:ew|aws)|ended|ends|began|begins|started|opened|closed|acquired|bought|sold|merged|filed|"
    r"sued|ruled|passed|banned|crashed|struck|attacked|invaded|collapsed|declared|unveiled|raised|lowered|"
    r"hiked|sworn|married|born|completed|concluded|returned|deployed|evacuated|confirmed|postponed|"
    r"cancel(?:l?ed)|delayed|scheduled|held|hit|set|broke|retired|stepped down|took office|took over|"
    r"shut down|reopened|recalled|indicted|convicted|sentenced|acquitted|published|introduced|reached)\b",
    re.IGNORECASE,
)
_STANCE = re.compile(
    r"\b(?P<verb>support(?:s|ed)?|back(?:s|ed)|endors(?:es|ed)|favou?r(?:s|ed)|welcom(?:es|ed)|prais(?:es|ed)|"
    r"defend(?:s|ed)|champion(?:s|ed)|oppos(?:es|ed)|reject(?:s|ed)|criticiz(?:es|ed)|criticis(?:es|ed)|"
    r"condemn(?:s|ed)|slam(?:s|med)|denounc(?:es|ed)|objects? to|objected to|warn(?:s|ed) against|"
    r"argu(?:es|ed) against|argu(?:es|ed) for|disput(?:es|ed)|questioned|blast(?:s|ed))\b"
)
_STANCE_NEG = re.compile(r"oppos|reject|critici|condemn|slam|denounc|object|against|disput|question|blast")


# --------------------------------------------------------------------------------------------- extraction


def _doc_bounds(date_: DateEstimate) -> tuple[date | None, date | None]:
    return date_.earliest, date_.latest


# A DATE or TIME expression with the interval its value covers; only these can date a claim.
_Dated = tuple[TimeExpr, tuple[date, date]]


def _dated(timexes: Sequence[TimeExpr]) -> list[_Dated]:
    out: list[_Dated] = []
    for t in timexes:
        if t.type in ("DATE", "TIME"):
            iv = timex_interval(t.value)
            if iv is not None:
                out.append((t, iv))
    return out


# "up 38% compared with the same period last year": the time after a comparison is the baseline's, not the
# figure's, which holds now.
_COMPARED_WITH = re.compile(
    r"\b(?:compared\s+(?:with|to)|than|versus|vs\.?|relative\s+to|against|on\s+the\s+same)\b", re.I
)


# "4.9 percent on last year": a change measured "on" the period before
_ON_BASELINE = re.compile(r"\s+on\s+", re.I)
_LAST_PERIOD = re.compile(r"(?:last|the\s+previous|the\s+prior)\s+(?:year|month|week|quarter|season)\b", re.I)


# A sentence that opens on a time: "In 2021, ...", "Back in March 2019, ..."
_OPENS_ON = re.compile(r"\s*(?:[\"“]\s*)?(?:In|Back\s+in|During)\s+$")


def _opened_on(dated: Sequence[_Dated], text: str, s0: int, lead: re.Pattern[str]) -> Iterator[_Dated]:
    """The times a sentence opens on after nothing but ``lead`` ("In 2021", "With effect from 01.02.2024")."""
    return (
        (t, iv) for t, iv in dated if s0 < t.start <= s0 + _OPENER_REACH and lead.fullmatch(text, s0, t.start)
    )


_OPENER_REACH = 30  # characters: the longest lead, "With effect from", and its spaces


def _opening_time(dated: Sequence[_Dated], text: str, s0: int) -> tuple[date, date] | None:
    """The span of a time a sentence opens on and sets off by a comma ("In 2021, ..."), else None."""
    return next(
        (
            iv
            for t, iv in _opened_on(dated, text, s0, _OPENS_ON)
            if t.start <= s0 + 20 and text.startswith(",", t.end)
        ),
        None,
    )


# "With effect from 1 February 2024,", "Effective March 1,", "From 1 April 2023 the hourly charge will be":
# the day a sentence's new figures hold from
_EFFECTIVE_OPENER = re.compile(
    r"\s*(?:with\s+effect\s+from|effective(?:\s+from)?|as\s+(?:of|from)|(?P<bare>from))\s+", re.I
)
# "From 1 April 2025 the average bill will rise by 6.2%": a change announced for a day, told as of its report
_RISE_BY = re.compile(
    r"\b(?:ris|go(?:es)?\s+up|increas|fall|go(?:es)?\s+down|decreas|drop|cut|climb|jump)\w*\s+by\b", re.I
)


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _sentence_end_near(text: str, at: int) -> int:
    """Where the sentence that ``at`` falls in ends, looked for within 300 characters."""
    end = _SENTENCE_END.search(text, at, at + 300)
    return end.end() if end else min(len(text), at + 300)


# "From 1 April to 30 June": the day opens a span, not the start of a new level
_SPAN_GOES_ON = re.compile(r"\s*(?:to|until|till|through|and|or|-|–)(?!\w)", re.I)


def _effective_from(dated: Sequence[_Dated], text: str, s0: int) -> tuple[date, date] | None:
    """The day a sentence opens on as the start of what it sets ("With effect from 01.02.2024, ..."), else
    None."""
    return next(
        (
            iv
            for t, iv in _opened_on(dated, text, s0, _EFFECTIVE_OPENER)
            if iv[0] == iv[1]
            and (
                re.match(r"\s*,", text[t.end : t.end + 3])
                or (
                    (m := _EFFECTIVE_OPENER.match(text, s0)) is not None
                    and m["bare"] is not None
                    and not _SPAN_GOES_ON.match(text, t.end)
                    and not _RISE_BY.search(text, t.end, _sentence_end_near(text, t.end))
                )
            )
        ),
        None,
    )


_TWO_DECIMALS = re.compile(r"\d{1,2}\.\d\d")


def _bracketed_apart(text: str, lo: int, at: int, figure: int) -> bool:
    """Whether the text at ``at`` sits inside brackets that leave the figure at ``figure`` outside and give
    a figure of their own before it ("(it was £1.80 last year)"; "2:22:10 (2021)" dates the figure)."""
    opened = text.rfind("(", lo, at)
    if opened < 0 or ")" in text[opened:at] or not any(ch.isdigit() for ch in text[opened:at]):
        return False
    closed = text.find(")", at)
    return figure < opened or (closed >= 0 and figure > closed)


def _nearest_timex(dated: Sequence[_Dated], lo: int, hi: int, at: int, max_dist: int) -> _Dated | None:
    best: _Dated | None = None
    best_d = max_dist + 1
    for item in dated:
        t = item[0]
        if t.start < lo or t.end > hi:
            continue
        d = t.start - at if t.start >= at else at - t.end
        if d < best_d:
            best, best_d = item, d
    return best


# A sentence opening on a past time, its figure hung on it: "When the line was first proposed in 2019, at
# an estimated Rs 8,500 crore, ..."
_WHEN_THEN_AT = re.compile(
    r"^\s*When\s[^.;]{0,160}?,\s*(?:at|for|with|costing|priced\s+at)\s+(?:an?\s+)?"
    r"(?:estimated\s+|initial\s+|projected\s+|expected\s+)?$",
    re.I,
)


def _between(text: str, t: TimeExpr, a: int, b: int) -> str:
    """The words between a time expression and the value at [a, b), never the value itself ("412,300" holds
    a comma of its own)."""
    return text[t.end : a] if t.end <= a else text[b : max(t.start, b)]


_RIGHT_AFTER = re.compile(
    r"\s*(?:%|percent|per cent)?\s*(?:in|on|at|as of|for|by|during|since)?\s*(?:the\s+)?"
)


_LABEL_AFTER = re.compile(r"\s*[:=]\s*\S")


def _timex_right_after(dated: Sequence[_Dated], text: str, at: int) -> _Dated | None:
    """A time expression right after a number ("7.0% in May") says when that number held."""
    for item in dated:
        t = item[0]
        if t.start >= at and t.start - at <= 14 and _RIGHT_AFTER.fullmatch(text, at, t.start):
            return item
    return None


# "..., when about 5,000 homes lost supply": a clause that tells of the time named just before its comma
_WHEN_CLAUSE = re.compile(r",\s+when\s+[^,.;:]{0,80}$")


def _when_back(dated: Sequence[_Dated], text: str, s0: int, at: int) -> _Dated | None:
    """The time expression a "when" clause holding the figure at ``at`` refers back to ("since 2019,
    when")."""
    m = _WHEN_CLAUSE.search(text, s0, at)
    if m is None:
        return None
    return next(
        (item for item in dated if item[0].end <= m.start() and not text[item[0].end : m.start()].strip()),
        None,
    )


def _before(d: date | None) -> date | None:
    return d - timedelta(days=1) if d else None


# Cheap gates. Each is a necessary condition for an extractor's patterns to match a sentence, so skipping
# the sentence when it fails changes nothing; most news sentences fail most gates.
_DIGIT = re.compile(r"\d")
# The only characters that IGNORECASE matches to an ASCII letter although str.lower() does not turn them
# into that letter (İ, dotless ı, long ſ). A document with one of them gets no lowercase shortcuts.
_FOLD_ODD = re.compile("[\u0130\u0131\u017f]")
# A literal that every alternative of _REFUTE contains, lowercased (keep in step with _REFUTE).
_REFUTE_HINTS = (
    "false",
    "never any plan",
    "misunderstanding",
    " wrong",
    "earlier version",
    "since corrected",
    "since been corrected",
    "debunk",
    "no evidence",
    "check",
    "accurate",
    "not correct",
    "incorrect",
    "misstat",
    "untrue",
    "not true",
    "fake",
    "hoax",
    "scam",
    "phishing",
    "fabricat",
    "doctored",
    "manipulated",
    "misleading",
    "misinformation",
    "disinformation",
    "baseless",
    "unfounded",
    "retract",
    "withdrawn",
    "draft",
    "in error",
    "by mistake",
    "satir",
    "parody",
    "no decision",
    "no plan",
    "not what",
    "nothing to",
    "deny",
    "deni",
    "dismissed",
    "rejected",
    "refut",
    "pushed back",
    "no truth",
    "not real",
    "correct ",
    "not genuine",
    "not authentic",
    "misattributed",
    "out of context",
    "conspiracy theor",
    "rumo",
    "despite",
    "erroneous",
    "mistaken",
    "wrongly",
    " error",
    "typo",
    "misprint",
    "faulty",
    " fault",
    "malfunction",
    "come from us",
    "by us",
    # _CLARIFY's, which only counts after a sentence telling of a report
    " to state ",
    "clarify",
    "make clear",
    "make it clear",
    "record straight",
    "assure",
)


# A literal that every alternative of _STANCE (case-sensitive) contains (keep in step with _STANCE).
_STANCE_HINTS = (
    "support",
    "back",
    "endors",
    "favo",
    "welcom",
    "prais",
    "defend",
    "champion",
    "oppos",
    "reject",
    "critici",
    "condemn",
    "slam",
    "denounc",
    "object",
    "warn",
    "argu",
    "disput",
    "questioned",
    "blast",
)


def _occurrences(text: str, literals: Sequence[str]) -> tuple[list[int], list[int]]:
    """Starts and ends of every occurrence of the literals, sorted by start.

    str.find runs dozens of times faster per character than a regex scan, so one pass per literal over
    the whole document is cheaper than any per-sentence search for a set of rare words.
    """
    found: list[tuple[int, int]] = []
    for lit in literals:
        i = text.find(lit)
        while i >= 0:
            found.append((i, i + len(lit)))
            i = text.find(lit, i + 1)
    found.sort()
    return [a for a, _ in found], [b for _, b in found]


def _any_within(occ: tuple[list[int], list[int]], s0: int, s1: int) -> bool:
    starts, ends = occ
    return any(ends[i] <= s1 for i in range(bisect_left(starts, s0), bisect_left(starts, s1)))


def _lower_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without IGNORECASE, to run on lowercased text.

    On ``text.lower()`` it finds the matches ``pattern`` finds on ``text``, at the same offsets, as long as
    lowering kept every offset (same length) and the text has none of _FOLD_ODD; it runs several times
    faster because case-folding comparisons are slow in re. Its groups come out lowercased.
    """
    bare = re.sub(r"\\.|\(\?P<\w+>", "", pattern.pattern)
    if any(c.isupper() for c in bare):
        raise ValueError(f"an uppercase literal would not match lowercased text: {pattern.pattern[:40]}")
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def _role_hint_pattern() -> re.Pattern[str]:
    """One word of every role, at a word start, in lowercase text: every role pattern needs one.

    A role starts after a non-word character in all five role patterns, and each of its words (split at
    spaces and hyphens) does too, so the word that is itself a role (else the longest) stands for it.
    """
    words: set[str] = set()
    for role in ROLE_WORDS.split("|"):
        parts = re.split(r"[ -]", role)
        roles = [p for p in parts if p in _ROLE_SET]
        words.add(roles[-1] if roles else max(parts, key=len))
    return re.compile(r"(?<!\w)(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")")


_ROLE_HINT = _role_hint_pattern()


_REFUTE_LOW = _lower_twin(_REFUTE)
_EVENT_LOW = _lower_twin(_EVENT)


def extract_claims(doc: Document, date: DateEstimate, timexes: Sequence[TimeExpr]) -> list[Claim]:
    """All claims of ``doc``; offsets are into ``doc.text``."""
    text = doc.text
    spans = split(text)
    tx = sorted(timexes, key=lambda t: t.start)
    tx_starts = [t.start for t in tx]
    out: list[Claim] = []
    doc_lo, doc_hi = _doc_bounds(date)
    first = _first_published(text, tx)
    if first is not None:
        doc_lo = doc_hi = first  # an archive piece republished later says what held when it first ran
    prev_sentences: list[tuple[int, int]] = []
    low_text = text.lower()
    # "lowered" texts keep every offset, so case-insensitive patterns can run on them case-sensitively
    lowered = len(low_text) == len(text) and _FOLD_ODD.search(text) is None
    refute_hints = _occurrences(low_text, _REFUTE_HINTS) if lowered else None
    stance_hints = _occurrences(text, _STANCE_HINTS)
    pred_hints = _occurrences(low_text, _PREDECESSOR_HINTS) if lowered else None
    last_role: Claim | None = None
    # a post the story names before its holder: (role, modifier, organisation, where its sentence starts)
    post: tuple[str, str, str, int] | None = None
    for s0, s1 in spans:
        sent = text[s0:s1]
        low = low_text[s0:s1] if lowered else sent.lower()
        # the expressions inside the sentence, in order, without scanning all of them for each sentence
        sent_tx = []
        for i in range(bisect_left(tx_starts, s0), bisect_right(tx_starts, s1)):
            if tx[i].end <= s1:
                sent_tx.append(tx[i])
        dated = _dated(sent_tx)
        speaker = _LazySpeaker(sent)
        refuted_clauses: list[tuple[int, int]] = []
        if (
            _any_within(refute_hints, s0, s1)
            if refute_hints is not None
            else (_FOLD_ODD.search(sent) is not None or any(h in low for h in _REFUTE_HINTS))
        ):
            refuted_clauses = _refutations(
                doc, sent, low if lowered else None, s0, s1, speaker, prev_sentences, out
            )
        elif prev_sentences and _BARE_NO.match(sent) and asks(text[slice(*prev_sentences[-1])]):
            # "Did the city pay $1.2M for a logo? No.": a fact check answers the question it asks
            out.append(_answered_no(doc, s0, s1, speaker, prev_sentences[-1]))
        out.extend(
            _quantities(
                doc,
                text,
                s0,
                s1,
                sent_tx,
                dated,
                low_text if lowered else None,
                speaker,
                doc_lo,
                doc_hi,
                refuted_clauses,
            )
        )
        if ("-" in sent or "–" in sent) and _DIGIT.search(sent) is not None:
            out.extend(_scores(doc, sent, s0, s1, speaker))
        if any(w in low for w in GRADE_WORDS):
            out.extend(_grades(doc, text, s0, s1, dated, speaker, doc_lo, doc_hi, refuted_clauses))
        here: list[Claim] = []
        if _ROLE_HINT.search(low):
            # "appointed Ingrid Solbakken (44) as the new harbourmaster": an age beside a name, blanked to
            # keep offsets, is not part of the pattern
            ageless = _AGE_AFTER_NAME.sub(lambda m: " " * len(m.group(0)), sent)
            here = _roles(doc, ageless, s0, s1, speaker, doc_lo)
            if any(".new." in c.rule for c in here):
                # the sentence after may give the start ("He will take up the post on 1 January 2021")
                ahead = _dated(
                    [tx[i] for i in range(bisect_left(tx_starts, s1), bisect_right(tx_starts, s1 + 120))]
                )
                here = [_from_day(c, text, [*dated, *ahead], doc_lo) for c in here]
            unnamed = _UNNAMED_ROLE.search(sent)
            if unnamed is not None:
                post = (unnamed.group("role"), (unnamed.group("mod") or "").lower(), unnamed.group("org"), s0)
        if post is not None and s0 > post[3] and s0 - post[3] < _POST_REACH:
            taker = _taker(doc, sent, s0, s1, speaker, post, here)
            if taker is not None:
                here.append(taker)
                post = None
        if (
            _any_within(pred_hints, s0, s1)
            if pred_hints is not None
            else any(h in low for h in _PREDECESSOR_HINTS)
        ) and (here or last_role is not None):
            former = _predecessors(doc, sent, s0, s1, speaker, doc_lo, here, last_role)
            gone = {(c.value, c.attribute) for c in former}
            # a holder the sentence reports leaving is no longer current
            here = [c for c in here if (c.value, c.attribute) not in gone] + former
        out.extend(here)
        current = [c for c in here if "former" not in c.rule]
        if current:
            last_role = current[-1]
        if dated:
            out.extend(_events(doc, sent, low if lowered else None, s0, s1, dated, speaker))
        if _any_within(stance_hints, s0, s1):
            out.extend(_stances(doc, sent, s0, s1, speaker))
        prev_sentences.append((s0, s1))
    if first is not None:
        out = [
            c
            if c.as_of_earliest is not None or c.as_of_latest is not None
            else replace(c, as_of_earliest=first, as_of_latest=first, rule=c.rule + ".first-published")
            for c in out
        ]
    return _mark_targets(out)


# "This article was first published on 12 January 2024 and is republished ...": the text is as of then.
_FIRST_PUBLISHED = re.compile(
    r"\b(?:first|originally)\s+(?:published|posted|printed|ran|appeared|broadcast|aired)\b(?:\s+(?:on|in))?",
    re.I,
)


def _first_published(text: str, timexes: Sequence[TimeExpr]) -> date | None:
    """The day an archive piece first ran, when its opening says so with a full date."""
    m = _FIRST_PUBLISHED.search(text, 0, 600)
    if m is None:
        return None
    for t in timexes:
        if m.end() <= t.start <= m.end() + 3 and t.type == "DATE" and len(t.value) == 10:
            try:
                return date.fromisoformat(t.value)
            except ValueError:
                return None
    return None


# A fact check's verdict line, and the line that states the claim it rates.
_VERDICT_LINE = re.compile(
    r"\s*(?:(?:our|the)\s+)?(?:verdict|rating|ruling|conclusion)\s*:\s*[\"“']?(?:mostly\s+|partly\s+)?"
    r"(?:false|fake|untrue|not true|misleading|satire|fabricated|incorrect|inaccurate|misattributed|baseless|"
    r"unfounded|altered|doctored|manipulated|out of context|hoax|debunked)\b",
    re.I,
)
_CLAIM_LINE = re.compile(r"\s*(?:the\s+)?(?:claim|what was claimed|viral claim)\s*:", re.I)
# A sentence that opens with a verdict on the one before it ("This was incorrect, and we apologise").
_SHORT_VERDICT = re.compile(
    r"(?:this|that|it|the\s+claim|this\s+claim|the\s+post|the\s+report)\s+(?:is|was)\s+"
    r"(?:not\s+true|false|untrue|incorrect|wrong|not\s+correct|not\s+accurate|inaccurate|"
    r"(?:an?\s+)?(?:typing|typographical|printing|clerical|transcription)\s+error|an?\s+typo|an?\s+misprint)"
    # "It is wrong," a spokesperson said. "That was wrong - it's the total for the season."
    r"\s*(?:[.!]|,\s+and\b|;|$|,?[\"”]\s|\s[-–—]\s)"
    # "This was based on provisional results that the organisers have since corrected."
    r"|(?:this|that|it)\s+was\s+based\s+on\s+[^.;]{0,80}?\bsince\s+(?:been\s+)?corrected\b",
    re.I,
)
# A correction's statement of the right value: "The correct figure is 1,200."
_CORRECT_VALUE = re.compile(
    r"\b(?:the\s+)?correct\s+(?P<noun>figure|number|total|amount|count|toll|date|time|price|fee|score|"
    r"sum|cost|rate)\s+(?:is|was|should\s+have\s+been)\b",
    re.I,
)
# Where a reported claim starts: "a post claiming that", "reports suggesting", "rumours that".
_FACT_CHECK_LABEL = re.compile(r"\W*fact[- ]check\s*:\s*", re.I)
_RETOLD = re.compile(
    r"\b(?:claim(?:s|ed|ing)?|alleg\w+|shared|posted|says|said|suggest(?:s|ed)|circulat\w+)\b", re.I
)
_DENIAL_WORD = re.compile(r"\b(?:no|not|never|false|fake|untrue)\b|n['’]t\b", re.I)


def fact_check_label_end(sentence: str) -> int:
    """Where the text after a fact check's label starts, when the label opens a retelling of the claim
    checked ("Fact check: A post claimed the road was closed"), else 0. A label before a denial ("FACT
    CHECK: No, bills are not rising 300%") is the verdict itself."""
    label = _FACT_CHECK_LABEL.match(sentence)
    if label is not None and asks(sentence):
        return label.end()  # "FACT CHECK: Did the city pay $1.2M for a logo?": the question checked
    if label is None or _RETOLD.search(sentence, label.end()) is None:
        return 0
    return 0 if _DENIAL_WORD.search(sentence, label.end()) else label.end()


_CLAIMING = re.compile(
    r"\b(?:claim(?:s|ed|ing)?|suggest(?:s|ed|ing)?|alleg(?:e|es|ed|ing)|report(?:s|ed|ing)?|rumou?rs?|"
    r"posts?|say(?:s|ing)?|said|stat(?:es|ed|ing))\s+(?:that\s+)?",
    re.I,
)
# A body setting the record straight: "wishes to state clearly that", "would like to clarify that"
_CLARIFY = re.compile(
    r"\b(?P<cue>(?:wish(?:es)?|would\s+like|wants?)\s+to\s+(?:state\s+(?:clearly|categorically|"
    r"unequivocally|firmly)|clarify|make\s+(?:it\s+)?clear|set\s+the\s+record\s+straight|reassure|assure))\b",
    re.I,
)
_CLAIMING_THAT = re.compile(
    r"\b(?:claim(?:s|ed|ing)|alleg(?:es|ed|ing)|purport(?:s|ed|ing))\s+(?:that\s+)?", re.I
)
_TOLD_THAT = re.compile(r"\b(?:reported|claimed|alleged|stated|suggested|posted|wrote)\s+that\b", re.I)
_CLAIM_THAT = re.compile(
    r"\b(?:claims?|reports?|allegations?|rumou?rs?|posts?|stor(?:y|ies))\s+(?:that|of|about)\s+"
    # "despite online claims it was moving to the Cahir Road car park"
    r"|\bdespite\s+(?:online\s+|viral\s+|social\s+media\s+)(?:claims|rumou?rs|reports|posts|speculation)\s+"
    r"(?:that\s+)?",
    re.I,
)


# A sentence that answers the question before it with a plain no: "No.", "No, the contract was $48,500."
_BARE_NO = re.compile(r"\s*[\"“]?no\s*(?:[.!]|,\s)", re.I)


def _answered_no(doc: Document, s0: int, s1: int, speaker: _LazySpeaker, question: tuple[int, int]) -> Claim:
    """The refutation a plain "No." makes of the question asked in the sentence before."""
    at = s0 + len(doc.text[s0:s1]) - len(doc.text[s0:s1].lstrip(' "“'))
    return Claim(
        doc_id=doc.id,
        start=at,
        end=at + 2,
        kind="refutation",
        subject="",
        attribute="refutes",
        value="no",
        polarity="refuted",
        speaker=speaker.get(),
        sentence_start=s0,
        sentence_end=s1,
        rule="refutation.answered-no.target",
        targets=question,
    )


def _refutations(
    doc: Document,
    sent: str,
    low: str | None,
    s0: int,
    s1: int,
    speaker: _LazySpeaker,
    prev: list[tuple[int, int]],
    out: list[Claim],
) -> list[tuple[int, int]]:
    """Add refutation claims for this sentence; return the clauses whose numbers are refuted.

    ``low`` is the sentence lowercased with every offset kept, or None.
    """
    fix = _CORRECT_VALUE.search(sent)
    if fix is not None and prev:
        # "... gave the number as 12,000. The correct figure is 1,200.": the figures of the sentence before
        # are the wrong ones; this sentence's is the right one, so it carries no refutation of its own
        p0, p1 = prev[-1]
        for i, c in enumerate(out):
            if c.kind == "quantity" and c.polarity == "asserted" and p0 <= c.start < p1:
                out[i] = replace(c, polarity="refuted", rule=c.rule + ".corrected")
        return []
    if fact_check_label_end(sent):
        return []  # "Fact check: A post claimed the road was closed": the label of what is checked
    cue_m = None
    # "A figure of 12,000 has been going around. It is wrong": a short verdict on the report the sentence
    # before names
    verdict_on = (
        prev[-1]
        if prev
        and _SHORT_VERDICT.match(sent.strip(' "“”'))
        and (
            _REPORT_NOUN.search(doc.text, prev[-1][0], prev[-1][1])
            # "In our live updates we reported that X had won. This was wrong."
            or _TOLD_THAT.search(doc.text, prev[-1][0], prev[-1][1])
        )
        else None
    )
    for m in _REFUTE_LOW.finditer(low) if low is not None else _REFUTE.finditer(sent):
        if _cue_counts(m, sent) or verdict_on is not None:
            cue_m = m
            break
    # "The Department has noted a voice note claiming that the hospital will close. The Department wishes to
    # state clearly that the hospital will remain open.": a body setting the record straight after telling
    # of a report refutes that report
    clarified = None
    if cue_m is None and prev and (cue_m := _CLARIFY.search(sent)) is not None:
        p0, p1 = prev[-1]
        claimed = _CLAIMING_THAT.search(doc.text, p0, p1)
        clarified = (claimed.end(), p1) if claimed and _REPORT_NOUN.search(doc.text, p0, p1) else None
        cue_m = cue_m if clarified is not None else None
    if cue_m is None:
        return []
    if _OWNED_FIGURE.search(sent, 0, cue_m.start()) is not None:
        return []
    cue = cue_m.group("cue").lower()
    noun_m = _REPORT_NOUN.search(sent)
    noun = noun_m.group("noun").lower() if noun_m else ""
    targets: tuple[int, int] | None = None
    if noun:
        stem = lemma(noun)[:5]
        for p0, p1 in prev:
            if stem in doc.text[p0:p1].lower():
                targets = (p0, p1)
                break
    if targets is None:
        that = _CLAIM_THAT.search(sent)
        if that:
            targets = (s0 + that.end(), s1)
    if targets is None and prev and _SHORT_VERDICT.match(sent.strip()):
        # "We are aware of a post claiming that 47 pupils were taken to hospital. This is not true.": the
        # claim of the sentence before is what is refuted
        p0, p1 = prev[-1]
        frame = _CLAIMING.search(doc.text, p0, p1)
        if frame is not None:
            targets = (frame.end(), p1)
    if targets is None and verdict_on is not None:
        targets = verdict_on
    if targets is None and clarified is not None:
        targets = clarified
    if targets is None and _VERDICT_LINE.match(sent):
        # a fact check's layout: "Claim: An aerial photo shows 200,000 people ..." then "Verdict: False."
        targets = next(((p0, p1) for p0, p1 in reversed(prev) if _CLAIM_LINE.match(doc.text, p0, p1)), None)
        if targets is None:
            # "A document claiming that schools will reopen on 10 June is circulating. ... Verdict: Fake.":
            # the claim a sentence before tells of
            targets = next(
                (
                    (frame_m.end(), p1)
                    for p0, p1 in reversed(prev)
                    if (frame_m := _CLAIMING_THAT.search(doc.text, p0, p1)) is not None
                ),
                None,
            )
    if targets is None and "never" in cue:
        # "there was never any plan to build it in the dunes at the Back Strand": the plan denied is what
        # the clause goes on to say
        targets = (s0 + cue_m.end(), _clause_bounds(doc.text, s0, s1, s0 + cue_m.start())[1])
    polarity: str = "denied" if cue.startswith("den") else "refuted"
    out.append(
        Claim(
            doc_id=doc.id,
            start=s0 + cue_m.start(),
            end=s0 + cue_m.end(),
            kind="refutation",
            subject=noun,
            attribute="refutes",
            value=cue,
            polarity="denied" if polarity == "denied" else "refuted",
            speaker=speaker.get(),
            sentence_start=s0,
            sentence_end=s1,
            rule="refutation.cue" + (".target" if targets else ""),
            targets=targets,
        )
    )
    lo, hi = _clause_bounds(doc.text, s0, s1, s0 + cue_m.start())
    return [(lo, hi)]


# A number word at a word start in lowercase text: what _QUANTITY needs in a sentence without digits.
_NUMBER_WORD = re.compile(r"(?<![\w-])" + _WORDNUM)
# "one day a week", "one morning a fortnight": a rate, where a lone "one" is a count worth answering
_ONE_PER = re.compile(
    r"\s+(?:day|night|morning|afternoon|evening|session|shift)s?\s+(?:a|per|each|every)\s+"
    r"(?:week|fortnight|month)\b",
    re.I,
)
_YEAR_LIKE = re.compile(r"\d{4}")
# Cues anchored at a number are looked for in a window before it, not from the sentence start: scanning
# from the start for every number made a long list of figures quadratic. The window exceeds any cue.
_CUE_WINDOW = 64
_CLOCK_CUE = re.compile(r"\b(?:at|by|until|from)\s*$")
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][A-Za-z]+\s*$")
_SCOPE_TAIL = re.compile(r"\s+(?:of|of the|and|de)$")
_NOT_AFTER = re.compile(r"[^,.;]{0,30},\s*not\s+[$€£]?\d")  # "800 jobs, not 4,000": the correction
_SIDES = (
    r"(?:developers?|company|firm|council|operators?|government|ministers?|owners?|organisers?|organizers?|"
    r"unions?|club|promoters?|applicants?|campaigners?|backers?|management|employers?|ministry|department)"
)
_CLAIMED_BY_SIDE = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:(?:claimed|promised|forecast|projected|predicted|estimated)\s+by\s+"
    r"(?:the\s+|its\s+|their\s+)?" + _SIDES + r"\b"
    # "about 10 per cent, not the 40 per cent stated in the council's report": the other side's own figure
    r"|(?:stated|given|quoted|cited|used|put\s+forward)\s+(?:in|by)\s+(?:the\s+|its\s+|their\s+)?"
    + _SIDES
    + r"(?:['’]s)?\b)",
    re.I,
)
_NOT_CORRECTION = re.compile(r"(?:,|\bbut|\band)\s+not\s+(?:the\s+)?[$€£]?$")
# A demand before "X, not Y" ("the fund should be €5, not the €2 offered", "they want 12 weeks, not six"): one
# side's figure set against the other's, not a report found wrong
_DEMAND_BEFORE = re.compile(
    r"\b(?:should|ought\s+to|must|want(?:s|ed)?|call(?:s|ed|ing)?\s+for|demand(?:s|ed|ing)?|"
    r"ask(?:s|ed|ing)?\s+for|urg(?:es|ed|ing)|deserve[sd]?)\b",
    re.I,
)
# "No, Wellington's speed limit is not 10 km/h": the figure a fact check's verdict denies
_IS_NOT = re.compile(
    r"\b(?:(?:is|are|was|were)\s+not|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\s+[$€£]?$", re.I
)
_NEVER_SAID = re.compile(
    r"\bnever\s+(?:said|claimed|stated|gave|put|reported|announced|published|quoted|mentioned)\s+"
    r"(?:that\s+)?(?:(?:it|there|the\s+\w+)\s+(?:was|were|had|would be)\s+)?(?:a\s+figure\s+of\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|over\s+|more than\s+)?[\"“']?[$€£]?$",
    re.I,
)
_FROM_BEFORE = re.compile(r"\bfrom(?:\s+(?:the|a|an))?(?:\s+(?:current|present|existing))?\s*$")
# "34 of the 71 seats", "34 seats out of 71": the first figure is the part the sentence reports, the second
# the whole it is part of. The part counts what follows the whole; the whole is marked as a total.
_OF_WHOLE_AFTER = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|a\s+total\s+of\s+|all\s+)?\d[\d,]*\s+(?=[a-z])")
_PART_BEFORE = re.compile(
    r"(?:\d[\d,.]*|\b" + _WORDNUM + r")\s*%?\s+(?:[a-z]+\s+)?(?:out\s+)?of\s+"
    r"(?:the\s+|a\s+total\s+of\s+|all\s+)?$",
    re.I,
)
_TO_NUMBER = re.compile(r"\bto\s+" + _MONEY_LEAD + r"\d", re.I)
_HAD_REACHED = re.compile(
    r"\bhad\s+(?:risen|fallen|climbed|dropped|grown|reached|increased|decreased|been\s+(?:cut|reduced))\s+"
    r"(?:to\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$",
    re.I,
)
_BY_THEN = re.compile(
    r"\s*(?:[a-z]+\s+)?by\s+(?:[A-Z]|\d|(?:the\s+)?(?:end|close|morning|evening|afternoon|midday|noon|weekend)\b)"
)
# A level told in the past tense right before its figure: "Capacity was 24,500", "stood at 1.2 million"
_PAST_LEVEL = re.compile(
    r"\b(?:was|were|stood\s+at)\s+(?:(?:about|around|roughly|just\s+under|just\s+over)\s+)?$"
)
_MOVED_FROM = re.compile(
    r"\b(?:down|up|fell|rose|dropped|climbed|cut|reduced|increased|decreased|"
    r"revised(?:\s+\w+)?|slipped|jumped|declined|grew)\s+from(?:\s+(?:the|a|an))?\s*$"
    # the verb with its object between: "reducing the ground's capacity from 26,000"
    r"|\b(?:cut(?:s|ting)?|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|rais(?:e|es|ed|ing)|"
    r"increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|revis(?:e|es|ed|ing)|trimm(?:ed|ing)|"
    r"slash(?:es|ed|ing)?|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|expand(?:s|ed|ing)?|extend(?:s|ed|ing)?)"
    r"\s+(?:[\w'’-]+\s+){0,4}"
    r"from(?:\s+(?:the|a|an))?\s*$",
    re.I,
)


# "seeking an increase in the minimum fare from the present Rs 30 to Rs 35": the level a demand starts from
# still holds, and so does the level a proposal would change ("would raise the ticket from NOK 100 to
# NOK 110")
_ASKED_FROM = re.compile(
    r"\b(?:seek|sought|demand|call\w*\s+for|ask\w*\s+for|propos|want)\w*\s+[^.;:]{0,70}?\bfrom\s+(?:the\s+)?"
    r"(?:current|present|existing)\s+$"
    r"|\b(?:would|could)\s+(?:\w+\s+)?(?:raise|increase|lift|cut|reduce|lower)\s+[^.;:]{0,70}?\bfrom\s+$",
    re.IGNORECASE,
)
# "originally budgeted at $3.1m, later raised to $3.8m": each step of the history a sentence tells
_LATER_STEP = re.compile(
    r"\b(?:originally|initially|first)\b(?:[^.;:]|\.(?=\d)){0,80}?,\s+(?:later|then|subsequently)\s+"
    r"(?:[a-z]+ed\s+)(?:to|at)\s+(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)
# A figure whose noun phrase is then said to be undone: "the 20mph default limit ... has been reversed"
_UNDONE_AFTER = re.compile(
    r"[\w/%]*(?:\s+[a-z][\w'’-]*){0,3}(?:\s*,[^,.;]{0,60},)?\s+(?:has|have|had)\s+(?:now\s+)?been\s+"
    r"(?:reversed|scrapped|dropped|abandoned|withdrawn|overturned|ditched|rescinded|revoked)\b"
)
# A figure of what a new thing replaces: "It replaces the open-air Wayville Road track, which had seating for
# about 1,200 people"
_REPLACED_WHICH = re.compile(
    r"\b(?:replac(?:e|es|ed|ing)|supersed(?:e|es|ed|ing))\s+(?:the|its|their|an?)\s+[^,;.]{2,60},\s+which\s+"
    r"(?:had|held|seated|housed|carried|could\s+(?:hold|seat|take))\b[^,;.]{0,40}$",
    re.I,
)
# An earlier time right after a figure: "from 161 the year before", "from 40 the previous season"
_EARLIER_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:(?:in\s+)?the\s+(?:year|month|week|season|day|term)\s+(?:before|earlier)|"
    r"(?:in\s+)?the\s+(?:previous|prior|preceding)\s+(?:year|month|week|season|term)|"
    r"(?:a|one|two|three)\s+(?:years?|months?|weeks?)\s+(?:before|earlier|ago)|last\s+(?:year|month|season))\b",
    re.I,
)


# A numbered heading or paragraph of a report ("1. Summary", "1.1 The first year of ..."): an outline
# number, dotted, at the start of a line and before a capitalised word that is no scale ("1.5 Million").
_SECTION_AFTER = re.compile(r"\.?[ \t]+(?!(?:Million|Billion|Trillion|Per|Percent)\b)[A-Z]")
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,3}")


def _section_number(text: str, a: int, b: int) -> bool:
    """Is text[a:b] an outline number heading its line ("1.1 The first year", "2. Recommendation")?"""
    if not _SECTION_NUMBER.fullmatch(text, a, b):
        return False
    line = text.rfind("\n", 0, a) + 1
    if text[line:a].strip():
        return False
    after = _SECTION_AFTER.match(text, b)
    # "12 Drivers ..." could be a headline's count; only a dot makes it an outline number
    return after is not None and ("." in text[a:b] or text.startswith(".", b))


# A count whose noun is left out, told with a passive or perfect verb: "four were taken to hospital"
_ELLIPTICAL_AFTER = re.compile(r"\s+(?:were|have\s+been|had\s+been|have|had)\s+[a-z]+(?:ed|en)\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|these|those|all|their|its)\s+$", re.I)
# the noun of a count told shortly before ("Twenty-three students", "23 students")
_COUNTED_EARLIER = re.compile(r"(?:\b\d[\d,]*|\b" + _WORDNUM + r")\s+([a-z]{3,}s)\b", re.I)


# A day's date and the other end of a range of days beside it: "from December 22 to 24", "3 to 5 May"
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DAY_RANGE_TAIL = re.compile(
    r"\s*(?:to|until|till|through|[-–—])\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?!\s*[%,.]?\d)"
)
_DAY_RANGE_HEAD = re.compile(r"\b(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s*(?:to|until|till|[-–—])\s*$")


def _day_range_ends(sent: str, days: list[TimeExpr], s0: int) -> list[tuple[int, int]]:
    """The spans, in sentence offsets, of the bare day numbers that end or open a range with a dated day:
    the "24" of "from December 22 to 24" is a day, not a count."""
    out: list[tuple[int, int]] = []
    for t in days:
        if (tail := _DAY_RANGE_TAIL.match(sent, t.end - s0)) is not None:
            out.append((tail.start(), tail.end()))
        if (head := _DAY_RANGE_HEAD.search(sent, max(0, t.start - s0 - 12), t.start - s0)) is not None:
            out.append((head.start(), head.end()))
    return out


def _quantities(
    doc: Document,
    text: str,
    s0: int,
    s1: int,
    sent_tx: list[TimeExpr],
    dated: list[_Dated],
    low_text: str | None,
    speaker: _LazySpeaker,
    doc_lo: date | None,
    doc_hi: date | None,
    refuted: list[tuple[int, int]],
) -> list[Claim]:
    """Quantity claims of sentence [s0, s1). ``low_text`` is ``text`` lowercased with every offset kept, or
    None; with it the case-insensitive patterns run as their faster lowercase twins."""
    sent = text[s0:s1]
    has_digit = _DIGIT.search(sent) is not None
    if not has_digit:
        if low_text is not None:
            if _NUMBER_WORD.search(low_text[s0:s1]) is None:
                return []
        elif _FOLD_ODD.search(sent) is None and _NUMBER_WORD.search(sent.lower()) is None:
            return []
    # ``ms``: the sentence the case-insensitive patterns read, at the same offsets as ``sent``
    if low_text is not None:
        ms, mtext, pats = low_text[s0:s1], low_text, _LOWERED
    else:
        ms, mtext, pats = sent, text, _CASED
    # Spans that are never quantities, each list built only once a candidate needs it. Every pattern of
    # _NOT_QUANTITY needs a digit, and its matches are read only as far as the current candidate.
    tx_blocked: list[tuple[int, int]] | None = None
    not_quantity = _NOT_QUANTITY.finditer(sent) if has_digit else None
    nq_blocked: list[tuple[int, int]] = []
    out: list[Claim] = []
    for m in pats.quantity.finditer(ms):
        a, b = m.start(), m.end()
        if tx_blocked is None:
            tx_blocked = [(t.start - s0, t.end - s0) for t in sent_tx if t.type in ("DATE", "TIME", "SET")]
            days = [t for t in sent_tx if _DAY_VALUE.fullmatch(t.value or "")]
            tx_blocked += _day_range_ends(sent, days, s0)
        if any(x < b and a < y for x, y in tx_blocked):
            continue
        raw_num = m.group("num")
        is_word = raw_num is None
        if is_word:
            word = m.group("word")
            if word.lower() == "one" and not m.group("wscale") and not _ONE_PER.match(sent, b):
                continue  # "one of the", "one official": almost never a count worth answering
        else:
            if _YEAR_LIKE.fullmatch(raw_num) and 1800 <= int(raw_num) <= 2100 and not m.group("scale"):
                continue  # a year
            # endpos = a reads like the slice sent[:a] did
            if ":" in raw_num and _CLOCK_CUE.search(sent, max(0, a - _CUE_WINDOW), a):
                continue
            if _section_number(text, s0 + a, s0 + b):
                continue
        while not_quantity is not None and (not nq_blocked or nq_blocked[-1][0] < b):
            q = next(not_quantity, None)
            if q is None:
                not_quantity = None
            else:
                nq_blocked.append((q.start(), q.end()))
        if any(x < b and a < y for x, y in nq_blocked):
            continue
        value = sent[a:b].strip()
        after_text = sent[b:]
        unit = ""
        counted_start = b
        um = _UNITS_AFTER.match(after_text)
        gm = _GLUED_DEGREE.match(after_text)
        if after_text.startswith("p") and not m.group("cur"):
            # "85p", "a 20p rise": pence, written glued to the amount; "1080p" is a video's lines
            if (parse_number(value) or 0) >= 1000:
                continue
            unit = "pence"
            counted_start = b + 1
        elif m.group("pct"):
            unit = "%"
        elif m.group("cur"):
            unit = m.group("cur").strip()
        elif gm:
            unit = "°" + gm.group(1).upper()
            counted_start = b + gm.end()
        elif um:
            unit = um.group("unit").lower()
            counted_start = b + um.end()
        elif raw_num and ":" in raw_num:
            unit = "time"
        counted, _cend = _counted(sent, counted_start, len(sent))
        if unit and counted.split(" ", 1)[0].lower() in _DIMENSIONS:
            counted = ""  # "36 km long" measures the thing named before it; "long" is counted by nothing
        if not counted and not unit and (wm := _OF_WHOLE_AFTER.match(sent, b)) is not None:
            counted, _cend = _counted(sent, wm.end(), len(sent))
        if (
            is_word
            and not counted
            and not unit
            and _ELLIPTICAL_AFTER.match(sent, b)
            and not _DETERMINER_BEFORE.search(sent, max(0, a - 6), a)
            and (earlier := _COUNTED_EARLIER.findall(text, max(0, s0 + a - 250), s0 + a))
        ):
            # "Twenty-three students reported symptoms. Four were taken to hospital": the count leaves out
            # the noun of the count before it
            counted = earlier[-1]
        if (
            is_word
            and not counted
            and unit not in TIME_UNITS
            and not _TALLY_BEFORE.search(sent, max(0, a - 70), a)
        ):
            # bare number words ("the two agreed") are rarely quantities; "six hours" is one, and so is the
            # figure a tally reaches ("bringing the death toll from Tuesday's collapse to eight")
            continue
        if (
            not is_word
            and not counted
            and not unit
            and _CAPITALISED_BEFORE.search(sent, max(0, a - _CUE_WINDOW), a)
            and pats.hedge.search(ms, 0, a) is None
        ):
            continue  # "Flight 370", "Camp 5": a number right after a capitalised word, nothing counted
        hm = pats.hedge.search(ms[max(0, a - 25) : a])
        hedge = (hm.group("h") or hm.group("sym") or "").lower() if hm else ""
        number = parse_number(value)
        if number is None:
            continue
        if (
            raw_num
            and m.group("scale") == "m"
            and not m.group("cur")
            and not counted
            and _TWO_DECIMALS.fullmatch(raw_num)
        ):
            # "clearing 1.98m", "a 2.45m wave": metres, told to the centimetre; "1.2m people" counts
            # millions of something, "£1.98m" is money
            number, unit = float(raw_num), "metres"
        scope = ""
        lo, hi = _clause_bounds(text, s0, s1, s0 + a)
        sm = _SCOPE_AFTER.search(text, s0 + b, min(hi, s0 + b + 50))
        if sm:
            # the window bounds where the scope starts, not where its name ends ("at Colborne", not "Colbo")
            sm = _SCOPE_AFTER.match(text, sm.start(), hi) or sm
            scope = sm.group("scope")
        else:
            before = list(_SCOPE_AFTER.finditer(text, max(lo, s0 + a - 30), s0 + a))
            if before:
                scope = before[-1].group("scope")
        scope = _SCOPE_TAIL.sub("", scope).strip(" .,")
        # history: "down from 5,000", "the previous record of 2:01:39", "from 115 to 97"
        # before the hedge: "down from the up to 400 announced in February"
        ha = a - len(hm.group(0)) if hm else a
        pre = sent[max(0, ha - 45) : ha]
        history = bool(pats.history_before.search(ms[max(0, ha - 60) : ha]))
        from_before = _FROM_BEFORE.search(pre) is not None
        to_number = from_before and _TO_NUMBER.search(sent[max(0, ha - 60) : ha]) is not None
        if not history and to_number:
            history = True  # "fell to 6.4% in June from 7.0% in May"
        if history and _ASKED_FROM.search(sent, max(0, ha - 120), ha):
            history = False  # the level a demand or a proposal would change still holds
        if history and _HAD_REACHED.search(pre) and _BY_THEN.match(sent, b):
            history = False  # "had fallen to about 14,000 by Tuesday morning": the level at that time
        if history and from_before and not pats.from_to.match(ms[b:]) and not to_number:
            # "from 5,000" without "to": still older ("down from"), but plain "from" may be a source
            history = bool(_MOVED_FROM.search(pre)) or _EARLIER_AFTER.match(sent, b) is not None
        elif from_before and _EARLIER_AFTER.match(sent, b):
            history = True  # "the rise - from 161 the year before": the figure of that earlier time
        elif _LATER_STEP.search(sent, max(0, ha - 120), ha):
            history = True  # a later step of a history the sentence tells
        elif _UNDONE_AFTER.match(sent, b):
            history = True  # "the 20mph default limit, introduced in September 2023, has been reversed"
        elif MEASURED_AGAINST.search(pre) and ESTIMATE_AFTER.match(sent, b):
            history = True  # "well above the $3.8 million estimate from the spring": the figure it outgrew
        replaced = not history and _REPLACED_WHICH.search(sent, max(0, ha - 140), ha) is not None
        history = history or replaced
        t_near = _timex_right_after(dated, text, s0 + b) or _nearest_timex(
            dated, lo, hi, s0 + a, 45 if history else 35
        )
        if t_near is not None and t_near[0].start >= s0 + b and _LABEL_AFTER.match(text, t_near[0].end):
            t_near = None  # "1,330 kr (2023: 1,250 kr)": the year labels the figure after it
        if t_near is not None and _bracketed_apart(text, lo, t_near[0].start, s0 + a):
            t_near = None  # "now costs £2.00 (it was £1.80 last year)": the aside's time is its own figure's
        as_lo: date | None = None
        as_hi: date | None = None
        rule = "quantity"
        if t_near is not None:
            t, iv = t_near
            gap = _between(text, t, s0 + a, s0 + b)
            # A time in the same clause tells when the figure held, unless it lies after the document
            # (a plan: "will fall to 1,000 by 2025") or sits across a comma ("..., as I announced on ...").
            when_at = t.start < s0 + a and _WHEN_THEN_AT.match(sent[:a]) is not None
            if (
                ("," not in gap or history or when_at)
                and (doc_hi is None or iv[1] <= doc_hi)
                # "bringing the death toll from Tuesday's collapse to eight": a running tally holds when it
                # is reported, not on the day of the event it counts ("12,000 attended Saturday's rally" does)
                and not (
                    _EVENT_NAMED_BY_DATE.match(text, t.end) and _TALLY_BEFORE.search(sent, max(0, a - 70), a)
                )
                and (history or t.start < s0 + a or not _COMPARED_WITH.search(gap))
                # "an increase of 4.9 percent on last year": the year the rise is measured against
                and not (
                    t.start >= s0 + b and _ON_BASELINE.fullmatch(gap) and _LAST_PERIOD.match(text, t.start)
                )
            ):
                as_lo, as_hi = iv
                # "When the metro was first proposed in 2019, at an estimated Rs 8,500 crore": the figure
                # of the time the opening clause names, an older one when that lies before the report
                history = history or (when_at and doc_lo is not None and iv[1] < doc_lo)
                rule = "quantity.history.timex" if history else "quantity.timex"
        back = _when_back(dated, text, s0, s0 + a) if as_lo is None else None
        if back is not None and doc_lo is not None and back[1][1] < doc_lo:
            # "the worst since 2019, when about 5,000 homes lost supply": the figure of that earlier year
            as_lo, as_hi = back[1]
            history = True
            rule = "quantity.history.timex"
        opener = _opening_time(dated, text, s0) if as_lo is None and doc_lo is not None else None
        if opener is not None and doc_lo is not None and opener[1] < doc_lo:
            # "In 2021, when Covid-19 restrictions were in force, only eight elephants took part": the year
            # the sentence opens on is when its figures held, one before the report
            as_lo, as_hi = opener
            history = True
            rule = "quantity.history.timex"
        if as_lo is None and doc_lo is not None and _PAST_LEVEL.search(sent, max(0, a - 24), a):
            # "Capacity was 24,500 after stage one, which reopened the ground in April 2023": a level told
            # in the past, of a time the sentence names before the report
            past = _nearest_timex(dated, s0, s1, s0 + a, 80)
            if past is not None and past[1][1] < doc_lo:
                as_lo, as_hi = past[1]
                rule = "quantity.timex"
        if as_lo is None and not history and (start := _effective_from(dated, text, s0)) is not None:
            # "With effect from 01.02.2024, the entry fee shall be revised from Rs 50 to Rs 100": the new
            # figure holds from the day the sentence opens on, however far ahead of the notice
            as_lo, as_hi = start
            rule = "quantity.timex"
        if history and as_lo is None:
            as_hi = _before(doc_lo) if doc_lo else None
            rule = "quantity.history"
        if replaced:
            rule += ".replaced"  # the figure of another thing, which the story's thing replaced
        polarity = "asserted"
        if (
            any(x <= s0 + a < y for x, y in refuted)
            and not _CORRECTION.search(sent[max(0, a - 30) : a])
            and not _NOT_AFTER.match(sent, b, min(len(sent), b + 40))
        ):
            polarity = "refuted"
        elif (
            (nm := _NOT_CORRECTION.search(sent, max(0, a - 12), a))
            and _digit_before(sent, nm.start() + 1)
            # "about 120 net new jobs, not the 450 claimed by its developer": a side's figure argued
            # with, not a report found wrong
            and not _CLAIMED_BY_SIDE.match(sent, b)
            and not _DEMAND_BEFORE.search(sent, 0, nm.start())
        ):
            polarity = "refuted"  # "1,200 permanent jobs, not 5,000": the figure after "not" is the wrong one
            rule += ".not"
        elif _IS_NOT.search(sent, max(0, a - 16), a):
            polarity = "refuted"
            rule += ".is-not"
        elif "never" in sent and _NEVER_SAID.search(sent, max(0, a - 40), a):
            polarity = "refuted"  # the source named "never claimed 200,000": the figure is not its own
            rule += ".never-said"
        attribute = "count" if unit in ("", "time") or counted else "amount"
        cm = pats.change_before.search(ms, max(0, a - 30), a)
        if cm is not None and cm.group("verb").lower().startswith("rais") and MONEY_AT.match(ms, a):
            cm = None  # "the appeal has raised $85,000": money collected, not a rise
        if cm or pats.change_after.match(ms[b:]):
            # a difference ("cut 300 jobs", "34 seconds off"), not a level; keep the verb for matching
            attribute = "change"
            verb = cm.group("verb").lower() if cm else ""
            # "cut by 50%", "rose by 5%": the verb right before "by" (a verb farther off may not be the
            # figure's: "could cut the river's flow by up to 20%" is kept apart from the answer's verb)
            if (
                verb == "by"
                and cm is not None
                and (vm := _CHANGE_VERB_BY.search(ms, max(0, cm.start() - 14), cm.start())) is not None
            ):
                verb = vm.group(1).lower()
            rule += ".change:" + verb
        if pats.additive.search(mtext, max(lo, s0 + a - 30), s0 + a):
            rule += ".additive"
        if _PART_BEFORE.search(sent, max(0, a - _CUE_WINDOW), a):
            rule += ".total"
        end = b
        if unit in MONEY_WORDS or unit == "pence":
            # "78 cents", "24 kroner", "85p": a currency written after the amount is part of the value
            end = counted_start
            value = sent[a:end].strip()
        out.append(
            Claim(
                doc_id=doc.id,
                start=s0 + a,
                end=s0 + end,
                kind="quantity",
                subject=counted,
                attribute=attribute,
                value=value,
                scope=scope,
                number=number,
                unit=unit,
                hedge=hedge,
                polarity="refuted" if polarity == "refuted" else "asserted",
                speaker=speaker.get(),
                as_of_earliest=as_lo,
                as_of_latest=as_hi,
                sentence_start=s0,
                sentence_end=s1,
                rule=rule,
            )
        )
    return out


# A rung of a graded scale named with its number: "Level 3 water restrictions", "Stage 6 load shedding", "a
# Category 4 cyclone", "the danger level was 3". The question asks which rung holds, so the rung is kept as
# one value with its word, not counted as "3" of something.
GRADE_WORDS = frozenset(("level", "stage", "tier", "category", "phase"))
# A rung's number: "Level 3", "Stage six"
GRADE_NUMBER = r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten"
_GRADE = re.compile(
    r"\b(?P<word>" + "|".join(sorted(GRADE_WORDS)) + r")\s+"
    r"(?:(?:was|is|stood at|stands at|remains at|remained at|stays at|stayed at)\s+)?"
    # "Level 2B water restrictions": a rung between 2 and 3
    r"(?P<n>" + GRADE_NUMBER + r")(?P<sub>(?<=\d)[A-D])?\b"
    # "a level of 4.25 metres", "stage 3-4", "level 2 of 5": a measure, a span or a count, no rung
    r"(?![.,]?\d|\s*(?:%|per\s?cent|percent|[-–/]\s*\d|m\b|metres|meters|feet|ft\b|cm\b|mm\b|km\b|"
    r"kg\b|tonnes|litres|hours|days|weeks|months|years|out of|of\s+\d))",
    re.I,
)
# The rung a scale moved away from: "moving from Level 2 to Level 3", "replacing the Level 3 rules"
_GRADE_LEFT = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:previous\s+|current\s+|old\s+)?(?:alert\s+|danger\s+)?$"
    r"|\breplac(?:e|es|ed|ing)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$"
    r"|\b(?:previous(?:ly)?|former(?:ly)?|had\s+been(?:\s+(?:at|on))?|used\s+to\s+be|prior)\s+"
    r"(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
# A rung only spoken of ("Level 4 would be considered if storage reached 25%"): not in force
_GRADE_MOOTED = re.compile(r"\b(?:would|could|might|if|unless|consider(?:s|ed|ing)?|possible|threat)\b", re.I)


def _grades(
    doc: Document,
    text: str,
    s0: int,
    s1: int,
    dated: list[_Dated],
    speaker: _LazySpeaker,
    doc_lo: date | None,
    doc_hi: date | None,
    refuted: list[tuple[int, int]],
) -> list[Claim]:
    """The rungs of graded scales that sentence [s0, s1) names, each held when its clause says or, for a
    rung the sentence says was left, before the document."""
    sent = text[s0:s1]
    out: list[Claim] = []
    for m in _GRADE.finditer(sent):
        a, b = m.start(), m.end()
        lo, hi = _clause_bounds(text, s0, s1, s0 + a)
        if _GRADE_MOOTED.search(text, lo, min(hi, s0 + b + 40)):
            continue
        number = parse_number(m.group("n"))
        if number is None:
            continue
        history = _GRADE_LEFT.search(sent, max(0, a - 40), a) is not None
        as_lo: date | None = None
        as_hi: date | None = None
        rule = "quantity.grade"
        t_near = _timex_right_after(dated, text, s0 + b) or _nearest_timex(dated, lo, hi, s0 + a, 45)
        if t_near is not None:
            t, iv = t_near
            gap = _between(text, t, s0 + a, s0 + b)
            if ("," not in gap or history) and (doc_hi is None or iv[1] <= doc_hi):
                as_lo, as_hi = iv
                rule += ".history.timex" if history else ".timex"
        if history and as_lo is None:
            as_hi = _before(doc_lo) if doc_lo else None
            rule += ".history"
        word = m.group("word")
        out.append(
            Claim(
                doc_id=doc.id,
                start=s0 + a,
                end=s0 + b,
                kind="quantity",
                subject="",
                attribute="grade",
                value=f"{word} {m.group('n')}{m.group('sub') or ''}",
                number=number,
                unit=word.lower(),
                polarity="refuted" if any(x <= s0 + a < y for x, y in refuted) else "asserted",
                speaker=speaker.get(),
                as_of_earliest=as_lo,
                as_of_latest=as_hi,
                sentence_start=s0,
                sentence_end=s1,
                rule=rule,
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class _QuantityPatterns:
    """The case-insensitive patterns of _quantities, as written or as lowercase twins."""

    quantity: re.Pattern[str]
    hedge: re.Pattern[str]
    history_before: re.Pattern[str]
    from_to: re.Pattern[str]
    change_before: re.Pattern[str]
    change_after: re.Pattern[str]
    additive: re.Pattern[str]


_CASED = _QuantityPatterns(
    _QUANTITY, _HEDGE, _HISTORY_BEFORE, _FROM_TO, _CHANGE_BEFORE, _CHANGE_AFTER, _ADDITIVE
)
_LOWERED = _QuantityPatterns(
    *(
        _lower_twin(p)
        for p in (_QUANTITY, _HEDGE, _HISTORY_BEFORE, _FROM_TO, _CHANGE_BEFORE, _CHANGE_AFTER, _ADDITIVE)
    )
)


# A post named before its holder: "The Calloway Museum of Art has a new interim director." The next sentences
# say who ("Jonas Pryce ... took over on Monday, replacing Hilde Marsh").
_UNNAMED_ROLE = re.compile(
    r"(?:\b[Tt]he\s+)?(?P<org>"
    + _ORG
    + r")\s+(?:has|have|has got|gets|is getting|will have)\s+(?:a|an)\s+new\s+"
    r"(?:(?P<mod>interim|acting|caretaker|permanent)\s+)?" + _ROLE + r"\b"
)
_TAKER = re.compile(
    r"(?P<name>"
    + _NAME_SEQ
    + r")(?:,\s+[^,;]{2,80}?,)?\s+(?:(?:has\s+|had\s+|have\s+)?(?:took|takes|taken|will\s+take)"
    r"\s+over\b(?!\s+(?:as|from)\b)"
    # "Sinead Buckley, a solicitor ..., was elected at last week's meeting": chosen for the post just named
    r"|(?:was|has\s+been|had\s+been)\s+(?:elected|appointed|named|chosen|installed|voted\s+in)\b"
    r"(?!\s+(?:as|to|by\s+the\s+(?:board|council)\s+as)\b))"
)
_POST_REACH = 600  # characters: the holder follows the post within the next sentence or two


def _taker(
    doc: Document,
    sent: str,
    s0: int,
    s1: int,
    speaker: _LazySpeaker,
    post: tuple[str, str, str, int],
    here: Sequence[Claim],
) -> Claim | None:
    """The holder of a post the story named just before: "has a new interim director. Jonas Pryce, the
    museum's deputy director for collections, took over on Monday" makes Pryce its interim director."""
    m = _TAKER.search(sent)
    if m is None:
        return None
    name = _holder_name(m.group("name"))
    if name is None:
        return None
    role, mod, org, _ = post
    if any(c.value == name and "former" not in c.rule for c in here):
        return None  # the sentence gives the post itself ("took over as director")
    return Claim(
        doc_id=doc.id,
        start=s0 + m.start(),
        end=s0 + m.end(),
        kind="role",
        subject=org,
        attribute=norm_role(role),
        value=name,
        hedge=mod,
        polarity="asserted",
        speaker=speaker.get(),
        sentence_start=s0,
        sentence_end=s1,
        rule="role.new.taker" + (".interim" if mod in ("interim", "acting", "caretaker") else ""),
    )


def _predecessors(
    doc: Document,
    sent: str,
    s0: int,
    s1: int,
    speaker: _LazySpeaker,
    doc_lo: date | None,
    here: Sequence[Claim],
    last: Claim | None,
) -> list[Claim]:
    """Former holders named beside a successor ("X, who took over from Y", "succeeding Y") or reported
    leaving ("Y stepped down"). The role and organisation are those of the role the sentence names
    (nearest to the predecessor), else of the document's last role claim: "Wielgosz, who took over from
    Achterberg" follows the sentence that made Wielgosz chief executive."""
    out: list[Claim] = []
    for m in _PREDECESSOR.finditer(sent):
        raw = m.group("name") or m.group("name2") or ""
        name = _holder_name(_POSSESSIVE_END.sub("", raw))
        if name is None:
            continue
        sname = name.split()[-1]
        if any(c.value.split()[-1] == sname and "former" in c.rule for c in here):
            continue  # "head coach Rob Danner has left the club": his title claim already says so
        own = [c for c in here if c.value.split()[-1] == sname and "former" not in c.rule]
        others = [c for c in here if c.value.split()[-1] != sname and "former" not in c.rule]
        if own and m.group("name2"):
            ref = own[0]  # "Mayor Paul Imre resigned": the title says what he left
        elif others:
            ref = min(others, key=lambda c: abs(c.start - (s0 + m.start())))
        elif last is not None and last.value.split()[-1] != sname:
            ref = last
        else:
            continue
        if ref not in own and any(
            c.value.split()[-1] == sname and c.attribute == ref.attribute for c in here
        ):
            continue  # the sentence already says what the predecessor was
        out.append(
            Claim(
                doc_id=doc.id,
                start=s0 + m.start(),
                end=s0 + m.end(),
                kind="role",
                subject=ref.subject,
                attribute=ref.attribute,
                value=name,
                hedge="former",
                polarity="asserted",
                speaker=speaker.get(),
                as_of_latest=_before(doc_lo) if doc_lo else None,
                sentence_start=s0,
                sentence_end=s1,
                rule="role.former.predecessor",
            )
        )
    return out


# A match result: "beat Castlemere 24-17", "a 31-30 win over Stannington". A range ("20-25 people") is never
# one, so the hyphenated pair counts only beside a result word in its clause.
_SCORE = re.compile(r"(?<![\w.,/-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\w/-]|[.,]\d|\s?%|\s?percent)")
_SCORE_CUE = re.compile(
    r"\b(?:beat(?:s|ing)?|defeat(?:s|ed|ing)?|won|wins?|winning|victory|triumph|los(?:t|s|es|ing)|"
    r"drew|draw|tied|edged|thrashed|routed|downed|overcame|score(?:d|line)?|final score|result)\b",
    re.IGNORECASE,
)
_SCORE_NOT = re.compile(
    r"\s*(?:at|by)\s+(?:half[- ]?time|the break|the interval)|\s*(?:lead|advantage)", re.I
)


def _scores(doc: Document, sent: str, s0: int, s1: int, speaker: _LazySpeaker) -> list[Claim]:
    """Match results ("24-17") in a clause with a result word; a half-time score is not a result."""
    out: list[Claim] = []
    for m in _SCORE.finditer(sent):
        a, b = m.start(), m.end()
        lo, hi = _clause_bounds(sent, 0, len(sent), a)
        if not _SCORE_CUE.search(sent, max(lo, a - 60), min(hi, b + 25)):
            continue
        if _SCORE_NOT.match(sent, b, min(len(sent), b + 30)):
            continue
        out.append(
            Claim(
                doc_id=doc.id,
                start=s0 + a,
                end=s0 + b,
                kind="quantity",
                subject="",
                attribute="score",
                value=f"{m.group(1)}-{m.group(2)}",
                unit="score",
                speaker=speaker.get(),
                sentence_start=s0,
                sentence_end=s1,
                rule="quantity.score",
            )
        )
    return out


_SINGLE_NAME = re.compile(rf"[{_UP}][{_LOW}]{{2,}}")
_POSSESSIVE_END = re.compile(r"(?:'s|’s)$")


# A start still to come, told by the claim's own verb: "will serve as interim CEO from September 1"
_WILL_START = re.compile(r"\b(?:will|(?:is|are)\s+(?:set\s+|due\s+)?to|takes?\s+over)\b", re.I)
# What ties a day to that start: "from September 1", "on 1 July", "effective April 17"
_START_DAY = re.compile(r"^[^.;:]{0,50}?\b(?:from|on|effective|starting|beginning|as\s+of)\s+$", re.I)


# The start told in the sentence after the appointment: "He will take up the post on 1 January 2021."
_TAKES_UP_NEXT = re.compile(
    r"^\s*(?:He|She|They|[A-Z][\w'’-]+)\s+will\s+(?:take\s+up\s+(?:the|his|her|their)\s+(?:post|role|position|"
    r"job|appointment)|start|begin|commence|join|take\s+over|assume\s+(?:the\s+)?(?:post|role|office))\s+"
    # "He will commence with Council on Monday 2 September 2024"
    r"(?:work\s+|duties\s+|(?:with|at)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+)?(?:on|from)\s+$"
)


_AGE_AFTER_NAME = re.compile(r"(?<=[a-z])\s\(\d{2}\)(?=\s)")


def _from_day(c: Claim, text: str, dated: Sequence[_Dated], doc_lo: date | None) -> Claim:
    """A new holder whose start the sentence gives as a later day than its report holds the post from that
    day ("Priya Nandakumar will serve as interim CEO from September 1", reported on June 21), and so does one
    whose start the next sentence gives ("He will take up the post on 1 January 2021")."""
    if ".new." not in c.rule:
        return c
    own = _WILL_START.search(text, c.start, c.end) is not None
    for t, iv in dated:
        if t.start < c.end or (iv[1] - iv[0]).days >= 1 or (doc_lo is not None and iv[0] <= doc_lo):
            continue
        if own and t.start <= c.sentence_end and _START_DAY.match(text[c.end : t.start]):
            return replace(c, as_of_earliest=iv[0], as_of_latest=iv[1], rule=c.rule + ".from-day")
        if c.sentence_end <= t.start <= c.sentence_end + 80 and _TAKES_UP_NEXT.match(
            text[c.sentence_end : t.start]
        ):
            return replace(c, as_of_earliest=iv[0], as_of_latest=iv[1], rule=c.rule + ".from-day")
        if t.start > c.sentence_end + 80:
            break
    return c


_NOT_BEEN = re.compile(r"\bnot been\b")
# A weekday's event named as if a body: "Sunday's AGM", "Tuesday's meeting"
_DAY_OWNER = re.compile(
    r"(?:(?:At|On|By|After)\s+)?(?:"
    + "|".join(sorted(w.title() for w in WEEKDAY_NAMES))
    + r"|Yesterday|Today|Last\s+night)(?:'s|’s)\s"
)


def _roles(
    doc: Document,
    sent: str,
    s0: int,
    s1: int,
    speaker: _LazySpeaker,
    doc_lo: date | None,
) -> list[Claim]:
    out: list[Claim] = []
    seen: set[tuple[str, str]] = set()

    def add(raw: str, role: str, org: str, mod: str, verb: str, a: int, b: int, rule: str) -> None:
        name = _holder_name(raw)
        if name is None:
            return
        if org and _DAY_OWNER.match(org):
            org = ""  # "At Sunday's AGM members elected ...": a day's meeting is no body
        org_words = [w for w in (org or "").split() if w not in _NAME_STOP and w.lower() not in _ORG_SKIP]
        # "its Principal Guest Conductor": capitals the body's pattern took belong to a longer title
        for k in (3, 2, 1):
            if len(org_words) >= k and " ".join([*org_words[-k:], role]).lower() in _ROLE_SET:
                role = " ".join([*org_words[-k:], role])
                del org_words[-k:]
                break
        org = " ".join(org_words).rstrip("'’")  # "Brackley Rovers' new manager": the plural possessive
        key = (name, norm_role(role))
        if key in seen:
            return
        seen.add(key)
        mod = (mod or "").lower()
        ended = mod in ("former", "ex-", "outgoing", "then-", "late", "retired") or bool(
            _ENDED.search(verb or "")
        )
        started = bool(_STARTED.search(verb or "")) or mod in ("new", "newly appointed", "incoming", "next")
        as_hi = _before(doc_lo) if ended and doc_lo else None
        r = "role." + ("former" if ended else "new" if started else "current") + "." + rule
        if mod in ("interim", "acting", "caretaker"):
            r += ".interim"
        out.append(
            Claim(
                doc_id=doc.id,
                start=s0 + a,
                end=s0 + b,
                kind="role",
                subject=_POSSESSIVE_END.sub("", org.strip(" ,.")) if org else "",
                attribute=norm_role(role),
                value=name,
                hedge=mod,
                polarity="denied" if _NOT_BEEN.search(verb or "") else "asserted",
                speaker=speaker.get(),
                as_of_latest=as_hi,
                sentence_start=s0,
                sentence_end=s1,
                rule=r,
            )
        )
        # "remains president and CEO", "Anita Sharma, President and CEO": she holds both posts
        at = sent.lower().find(role.lower(), a, b + 1)
        if at >= 0 and (both := _AND_ROLE.match(sent, at + len(role))) is not None:
            add(raw, both.group("role"), org, mod, verb, a, max(b, both.end()), rule)

    for m in _ROLE_PRED.finditer(sent):
        if m.group("verb") in ("named", "appointed") and re.match(
            r"\s+(?:its|their)\s", sent[m.end("verb") :]
        ):
            continue  # "Acme named its first chief executive": the body, not a holder (_ROLE_ITS)
        org = m.group("org") or m.group("orgpre") or ""
        add(
            m.group("name"),
            m.group("role"),
            org,
            m.group("mod") or m.group("mod2") or "",
            m.group("verb"),
            m.start(),
            m.end(),
            "predicate",
        )
        prev = m.group("prev") or m.group("prev2") or m.group("prev3") or m.group("prev4")
        if prev:
            add(prev, m.group("role"), org, "former", "", m.start(), m.end(), "succession")
    # Cheap literal checks skip the patterns that cannot match: the object pattern needs one of its verbs,
    # the possessive one an "'s", the apposition a comma.
    # ... and "named its first chief executive: X" needs "its" or "their"
    by_body = (
        (_ROLE_OBJ, "object", any(v in sent for v in _OBJ_VERBS)),
        (_ROLE_ITS, "its", " its " in sent or " their " in sent),
    )
    for rx, rule, may in by_body:
        for m in rx.finditer(sent) if may else ():
            add(
                m.group("name"),
                m.group("role"),
                m.group("org"),
                m.group("mod") or "",
                m.group("verb"),
                m.start(),
                m.end(),
                rule,
            )
    for m in _ROLE_NOUN.finditer(sent) if " of " in sent else ():
        add(
            m.group("name"),
            m.group("role"),
            m.group("org") or "",
            m.group("mod") or "",
            "appointed",
            m.start(),
            m.end(),
            "noun",
        )
    for m in _ROLE_POSS.finditer(sent) if "'s" in sent or "’s" in sent else ():
        add(
            m.group("name"),
            m.group("role"),
            m.group("org"),
            m.group("mod") or "",
            "",
            m.start(),
            m.end(),
            "possessive",
        )
    for m in _ROLE_LABEL.finditer(sent) if ":" in sent else ():
        add(m.group("name"), m.group("role"), "", m.group("mod") or "", "", m.start(), m.end(), "label")
    for m in _ROLE_APPOS.finditer(sent) if "," in sent else ():
        org = m.group("org") or m.group("org2") or m.group("orgpre") or ""
        add(m.group("name"), m.group("role"), org, m.group("mod") or "", "", m.start(), m.end(), "apposition")
    for m in _ROLE_WHO_VERB.finditer(sent) if " who has " in sent else ():
        post = _VERB_POST[m.group("verb").lower()]
        add(m.group("name"), post, m.group("org"), "", "", m.start(), m.end(), "relative")
    for m in _ROLE_TITLE.finditer(sent):
        if m.group("comma") and not m.group("mod"):
            continue  # "the director, Okafor said": a list or a quote, not the post and its holder
        # "fired head coach Dan Mercer", "replacing CEO Martin Alder": the title names a past holder
        ended_by = (
            _ENDED_BEFORE.search(sent, max(0, m.start() - 30), m.start())
            or _ENDED_AFTER.match(sent, m.end())
            # "former Munster academy coach Declan Furlong": "former" before the body's words
            or (not m.group("mod") and _FORMER_BEFORE.search(sent, max(0, m.start() - 40), m.start()))
        )
        org = m.group("org") or ""
        if not org and not m.group("mod"):
            # "Faculty senate president Amy Thornton": the post of a body within the one asked about
            body = _BODY_BEFORE.search(sent, max(0, m.start() - 40), m.start())
            org = body.group(0).strip() if body is not None else ""
        add(
            m.group("name"),
            m.group("role"),
            org,
            "former" if ended_by else (m.group("mod") or ""),
            "",
            m.start(),
            m.end(),
            "title",
        )
        # "Okafor, who moved from Spokane, succeeds longtime director Dale Whitcomb": the subject takes the
        # post the title names
        heir = _SUCCESSOR.match(sent[: m.start()]) if ended_by else None
        if heir is not None:
            add(
                heir.group("name"),
                m.group("role"),
                org,
                "",
                "succeeds",
                heir.start("name"),
                m.end(),
                "successor",
            )
    return out


def _events(
    doc: Document,
    sent: str,
    low: str | None,
    s0: int,
    s1: int,
    dated: list[_Dated],
    speaker: _LazySpeaker,
) -> list[Claim]:
    out: list[Claim] = []
    for m in _EVENT_LOW.finditer(low) if low is not None else _EVENT.finditer(sent):
        near = _nearest_timex(dated, s0, s1, s0 + m.start(), 120)
        if near is None:
            continue
        t, iv = near
        out.append(
            Claim(
                doc_id=doc.id,
                start=s0 + m.start(),
                end=s0 + m.end(),
                kind="event",
                subject=sent[: m.start()].strip()[-80:],
                attribute=m.group("verb").lower(),
                value=t.text,
                speaker=speaker.get(),
                as_of_earliest=iv[0],
                as_of_latest=iv[1],
                sentence_start=s0,
                sentence_end=s1,
                rule="event.timex",
            )
        )
        break  # one dated event per sentence keeps timelines readable
    return out


_STANCE_WHO_SPLIT = re.compile(r"[,;:“”\"]")
_STANCE_OBJ_SPLIT = re.compile(r"[,;.]")


def _stances(doc: Document, sent: str, s0: int, s1: int, speaker: _LazySpeaker) -> list[Claim]:
    out: list[Claim] = []
    for m in _STANCE.finditer(sent):
        who = sent[: m.start()].strip()
        who = _STANCE_WHO_SPLIT.split(who)[-1].strip()
        if not who or len(who.split()) > 8:
            who = speaker.get()
        verb = m.group("verb")
        obj = _STANCE_OBJ_SPLIT.split(sent[m.end() :])[0].strip()
        out.append(
            Claim(
                doc_id=doc.id,
                start=s0 + m.start(),
                end=s0 + m.end(),
                kind="stance",
                subject=obj[:80],
                attribute="opposes" if _STANCE_NEG.search(verb.lower()) else "supports",
                value=verb,
                speaker=who,
                sentence_start=s0,
                sentence_end=s1,
                rule="stance.verb",
            )
        )
    return out


def _mark_targets(claims: list[Claim]) -> list[Claim]:
    """Claims inside a span a refutation targets are refuted (a number in a debunked post)."""
    cue_sentences = {c.sentence_start for c in claims if c.kind == "refutation"}
    targets = [
        c.targets
        for c in claims
        if c.kind == "refutation" and c.targets is not None and c.targets[0] not in cue_sentences
    ]
    if not targets:
        return claims
    out: list[Claim] = []
    for c in claims:
        if (
            c.kind == "quantity" or (c.kind == "role" and "title" not in c.rule)
        ) and c.polarity == "asserted":
            for t0, t1 in targets:
                if t0 <= c.start < t1:
                    c = replace(c, polarity="refuted", rule=c.rule + ".refuted-target")
                    break
        out.append(c)
    return out
