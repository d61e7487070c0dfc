"""The patterns of the tagger and how each one turns a match into a TIMEX3 type and value.

Each rule is a precompiled regex plus a handler. The tagger finds every match of every rule, keeps the longest
non-overlapping ones, then calls the handlers in text order with a ``State`` that knows the document date,
the tense around the match and the last date mentioned (for "two days later", "a year earlier").
A handler returns None to reject a match it cannot read as a time ("5,000 troops" is not a year).
A group named ``x`` narrows the expression to part of the match, so a rule can demand context around it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from tidings.model import TimexType

from ._calendar import (
    Point,
    add_months,
    easter,
    make_date,
    nth_weekday,
    pick_year,
    quarter,
    shift,
    valid_year,
    weekday_on_or_after,
    weekday_on_or_before,
)
from ._lexicon import (
    MONTH_FULL_RE,
    MONTHS,
    NUM_RE,
    ONES,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    TENS,
    UNIT_RE,
    UNITS,
    WEEKDAY_RE,
    WEEKDAYS,
    month_re,
    parse_number,
    words,
)

Result = tuple[TimexType, str]


@dataclass(slots=True)
class State:
    """What handlers may know: the text, its date, the tense at the match and the last date mentioned."""

    text: str
    dct: date | None
    tense: str = ""
    last: Point | None = None
    last_day: date | None = None
    pos: int = 0  # where the current match starts
    last_at: int = -(10**9)  # where ``last`` was mentioned
    extra: dict[str, str] = field(default_factory=dict)

    def anchor_day(self) -> date | None:
        return self.last_day or self.dct

    def recent_quarter(self) -> Point | None:
        """The last date mentioned if it is a quarter named close before ("the third quarter ... a year
        earlier"); financial news compares quarters, and a distant one no longer frames the text."""
        last = self.last
        if last is not None and last.gran == "quarter" and self.pos - self.last_at <= QUARTER_REACH:
            return last
        return None


QUARTER_REACH = 400

Handler = Callable[[re.Match[str], State], Result | None]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Handler
    priority: int = 5  # lower wins between candidates of the same length


RULES: list[Rule] = []


def rule(
    name: str, pattern: str, priority: int = 5, flags: int = re.IGNORECASE
) -> Callable[[Handler], Handler]:
    compiled = re.compile(pattern, flags)

    def register(fn: Handler) -> Handler:
        RULES.append(Rule(name, compiled, fn, priority))
        return fn

    return register


# ---------------------------------------------------------------------------------------------------------
# helpers

_GRAN_RANK = {"day": 0, "weekend": 1, "week": 1, "month": 2, "quarter": 3, "half": 3, "season": 3, "year": 4,
              "decade": 5, "century": 6}  # fmt: skip
_UNIT_GRAN = {"day": "day", "week": "week", "weekend": "weekend", "fortnight": "week", "month": "month",
              "quarter": "quarter", "year": "year", "decade": "year", "century": "year"}  # fmt: skip
_UNIT_CODE = {"year": "Y", "month": "M", "week": "W", "day": "D", "quarter": "Q"}
_TIME_UNIT_CODE = {"hour": "H", "minute": "M", "second": "S"}
_LOWER = {"year": ("month", 12), "month": ("day", 30), "week": ("day", 7), "day": ("hour", 24),
          "hour": ("minute", 60), "minute": ("second", 60)}  # fmt: skip


def _low(m: re.Match[str], g: str) -> str:
    v = m.group(g)
    return v.lower() if v else ""


def _month_num(tok: str) -> int | None:
    """Month number of a name; lower-case names are words ("may", "march"), not months."""
    if not tok or not tok[0].isupper():
        return None
    return MONTHS.get(tok.rstrip(".").lower())


# The word scans stop after this many characters: no word the rules look for is longer, and unbounded
# scans made "-spring-spring-spring..." quadratic (every match scanned back to the start of the run).
_WORD_SCAN = 64


def _prev_word(text: str, pos: int) -> str:
    i = pos - 1
    stop = max(-1, pos - 1 - _WORD_SCAN)
    while i > stop and text[i] in " \t":
        i -= 1
    j = i
    stop = max(-1, i - _WORD_SCAN)
    while j > stop and (text[j].isalpha() or text[j] == "-"):
        j -= 1
    return text[j + 1 : i + 1].lower()


def _next_word(text: str, pos: int) -> str:
    i = pos
    n = len(text)
    stop = min(n, pos + _WORD_SCAN)
    while i < stop and text[i] in " \t":
        i += 1
    j = i
    stop = min(n, i + _WORD_SCAN)
    while j < stop and (text[j].isalpha() or text[j] in "'-"):
        j += 1
    return text[i:j]


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration of ``n`` units; fractions go to the next smaller unit (P2Y6M, PT5H30M)."""
    if unit == "fortnight":
        unit, n = "week", (None if n is None else 2 * n)
    if unit == "decade":
        return "PXY" if n is None else f"P{_num(10 * n)}Y"
    if unit == "century":
        return "PXC" if n is None else f"P{_num(100 * n)}Y"
    if unit == "weekend":
        return "PXWE" if n is None else f"P{_num(2 * n)}D"
    timey = unit in _TIME_UNIT_CODE
    code = _TIME_UNIT_CODE.get(unit) or _UNIT_CODE.get(unit, "D")
    prefix = "PT" if timey else "P"
    if n is None:
        return f"{prefix}X{code}"
    whole = int(n)
    frac = n - whole
    if frac > 1e-9 and unit in _LOWER:
        low_unit, per = _LOWER[unit]
        rest = round(frac * per)
        if whole == 0:
            return duration_value(float(rest), low_unit)
        low_code = _TIME_UNIT_CODE.get(low_unit) or _UNIT_CODE.get(low_unit, "D")
        if unit in _TIME_UNIT_CODE:
            return f"PT{whole}{code}{rest}{low_code}"
        if low_unit == "hour":
            return f"P{whole}{code}T{rest}{low_code}"
        return f"P{whole}{code}{rest}{low_code}"
    return f"{prefix}{_num(n)}{code}"


def _num(x: float) -> str:
    return str(int(x)) if abs(x - round(x)) < 1e-9 else f"{x:g}"


def _month_year(dct: date, month: int, tense: str) -> int:
    return pick_year(dct, month, 0, tense)


def _resolve_weekday(st: State, wd: int, mod: str) -> date | None:
    base = st.dct
    if base is None:
        return None
    if mod in ("last", "past", "this past"):
        return weekday_on_or_before(base - timedelta(days=1), wd)
    if mod in ("next", "coming", "this coming"):
        return weekday_on_or_after(base + timedelta(days=1), wd)
    if mod == "this":
        return base + timedelta(days=wd - base.weekday())
    if st.tense == "future":
        return weekday_on_or_after(base, wd)
    return weekday_on_or_before(base, wd)


def _remember(st: State, p: Point) -> None:
    st.last = p
    st.last_at = st.pos
    if p.gran == "day":
        st.last_day = p.day


def _day_result(st: State, y: int, month: int, day: int) -> Result | None:
    """The day y-m-d, remembered as the text's latest point, when the calendar has it ("2024-02-30" has
    none)."""
    dd = make_date(y, month, day)
    if dd is None:
        return None
    _remember(st, Point("day", dd))
    return "DATE", dd.isoformat()


# ---------------------------------------------------------------------------------------------------------
# explicit calendar dates

_WD_PREFIX = rf"(?:(?P<wd>{WEEKDAY_RE})\s*,?\s+)?"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"


def _full_date(m: re.Match[str], st: State, year: int | None) -> Result | None:
    mon = _month_num(m.group("mon"))
    if mon is None:
        return None
    d = int(m.group("d"))
    if year is None:
        if not 1 <= d <= 31:
            return None
        if st.dct is None:
            if make_date(2000, mon, d) is None:
                return None
            return "DATE", f"XXXX-{mon:02d}-{d:02d}"
        year = pick_year(st.dct, mon, d, st.tense)
    elif make_date(year, mon, d) is None and valid_year(year) and 1 <= d <= 31:
        # A day the month does not have ("February 30, 2021"): keep what is sure, the month.
        _remember(st, Point("month", date(year, mon, 1)))
        return "DATE", f"{year:04d}-{mon:02d}"
    return _day_result(st, year, mon, d)


@rule(
    "date_mdy",
    rf"\b{_WD_PREFIX}{month_re('mon')}\s*{_DAY}(?!\d)(?:\s*,\s*|\s+)(?P<y>[12]\d{{3}})(?!\d|,\d)",
    1,
)
def _date_mdy(m: re.Match[str], st: State) -> Result | None:
    return _full_date(m, st, int(m.group("y")))


@rule(
    "date_dmy",
    rf"\b{_WD_PREFIX}(?:the\s+)?{_DAY}\s+(?:of\s+)?{month_re('mon')}\s*,?\s*(?P<y>[12]\d{{3}})(?!\d|,\d)",
    1,
)
def _date_dmy(m: re.Match[str], st: State) -> Result | None:
    return _full_date(m, st, int(m.group("y")))


@rule("date_md", rf"\b{_WD_PREFIX}{month_re('mon')}\s*{_DAY}(?!\d|,\d|\.\d|:\d)", 2)
def _date_md(m: re.Match[str], st: State) -> Result | None:
    return _full_date(m, st, None)


@rule("date_dm", rf"\b{_WD_PREFIX}(?:the\s+)?{_DAY}\s+(?:of\s+)?{month_re('mon')}", 2)
def _date_dm(m: re.Match[str], st: State) -> Result | None:
    return _full_date(m, st, None)


@rule("date_iso", r"(?<![\d-])(?P<y>[12]\d{3})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])", 1)
def _date_iso(m: re.Match[str], st: State) -> Result | None:
    return _day_result(st, int(m.group("y")), int(m.group("m")), int(m.group("d")))


# Written dates with the day before the month ("Saturday 11 January") or after it ("January 11")
_DAY_MONTH = re.compile(rf"\b[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_FULL_RE}\b")
_MONTH_DAY = re.compile(rf"\b{MONTH_FULL_RE}\s+[0-3]?\d(?:st|nd|rd|th)?\b")


# a slashed date whose first or second number cannot be a month shows the order the text writes them in
_SLASHED = re.compile(r"(?<![\d/])([0-3]?\d)/([0-3]?\d)/(?:19|20)?\d\d(?![\d/])")


def _day_first(st: State) -> bool:
    """Does the text write its dates day first ("11 January", "25/07/2024")? Then "10/01/2020" is 10
    January."""
    known = st.extra.get("day_first")
    if known is None:
        slashed = [(int(a), int(b)) for a, b in _SLASHED.findall(st.text)]
        days = len(_DAY_MONTH.findall(st.text)) + sum(a > 12 >= b for a, b in slashed)
        months = len(_MONTH_DAY.findall(st.text)) + sum(b > 12 >= a for a, b in slashed)
        known = "1" if days > months else ""
        st.extra["day_first"] = known
    return bool(known)


@rule("date_slash", r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)?\d\d)(?![\d/])", 1)
def _date_slash(m: re.Match[str], st: State) -> Result | None:
    y = int(m.group("y"))
    if y < 100:
        y += 1900 if y >= 50 else 2000
    a, b = int(m.group("a")), int(m.group("b"))
    # month first, as US pages write it, unless the first number cannot be a month or the text writes its
    # other dates day first
    month, day = (b, a) if a > 12 or (b <= 12 and _day_first(st)) else (a, b)
    return _day_result(st, y, month, day)


_RELEASE_BEFORE = re.compile(r"(?:\bversion|\bv|\brelease|\bbuild)\s*$", re.I)


# "With effect from 01.02.2024": dotted dates are written day first, as European and Indian notices write them
@rule("date_dotted", r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?!\d|\.\d)", 1)
def _date_dotted(m: re.Match[str], st: State) -> Result | None:
    if _RELEASE_BEFORE.search(st.text, max(0, m.start() - 10), m.start()):
        return None  # "version 1.2.2024": a release number
    return _day_result(st, int(m.group("y")), int(m.group("m")), int(m.group("d")))


_MONTH_MOD = r"(?:early|late|mid|the\s+(?:middle|end|beginning|start|first\s+half|second\s+half)\s+of)"


@rule(
    "month_year",
    # never across a blank line: "BULLETIN - December" over "2025 quota round-up" is no month of 2025
    rf"\b(?:{_MONTH_MOD}[\s-]+)?{month_re('mon')}[ \t]*\n?[ \t]*,?\s*?(?<!\n\n)(?:of\s+)?"
    r"(?P<y>[12]\d{3})(?!\d|,\d)",
    2,
)
def _month_year_rule(m: re.Match[str], st: State) -> Result | None:
    mon = _month_num(m.group("mon"))
    y = int(m.group("y"))
    if mon is None or not valid_year(y):
        return None
    _remember(st, Point("month", date(y, mon, 1)))
    return "DATE", f"{y:04d}-{mon:02d}"


_MONTH_CONTEXT = words(
    "in since until till through during before after of by from to early late mid and or between last "
    "next this that each every throughout into"
)


@rule(
    "month",
    rf"\b(?:(?P<mod>{_MONTH_MOD}|last|next|this|this\s+coming|this\s+past|past|coming)[\s-]+)?"
    rf"(?P<mon>{MONTH_FULL_RE}|Sept\.|Jan\.|Feb\.|Aug\.|Oct\.|Nov\.|Dec\.)(?!-)(?:\s+(?P<rel>this|last|next)\s+year)?\b",
    4,
)
def _month_rule(m: re.Match[str], st: State) -> Result | None:
    tok = m.group("mon")
    mon = _month_num(tok)
    if mon is None:
        return None
    mod = " ".join(_low(m, "mod").split())
    rel = _low(m, "rel")
    if not mod and not rel:
        prev = _prev_word(st.text, m.start())
        nxt = _next_word(st.text, m.end())
        # "May" and "March" are also words; demand a preposition or a modifier before them.
        if tok.lower() in ("may", "march") and prev not in _MONTH_CONTEXT:
            return None
        if tok.isupper() and len(tok) > 3 and prev not in _MONTH_CONTEXT:
            return None
        if nxt[:1].isupper() and prev not in _MONTH_CONTEXT:  # "August Wilson", "June Carter"
            return None
    if st.dct is None:
        # "went up only this February" is that month of the text's own year, whichever year that is;
        # "last February" needs the date to say which
        if rel in ("last", "next") or mod in ("last", "next", "this coming", "this past", "past", "coming"):
            return "DATE", ""
        return "DATE", f"XXXX-{mon:02d}"
    dct = st.dct
    if rel == "this" or mod == "this":
        y = dct.year
    elif rel == "last":
        y = dct.year - 1
    elif rel == "next":
        y = dct.year + 1
    elif mod in ("last", "past", "this past"):
        y = dct.year if mon < dct.month else dct.year - 1
    elif mod in ("next", "coming", "this coming"):
        y = dct.year if mon > dct.month else dct.year + 1
    else:
        y = _month_year(dct, mon, st.tense)
    if not valid_year(y):
        return None
    _remember(st, Point("month", date(y, mon, 1)))
    return "DATE", f"{y:04d}-{mon:02d}"


# ---------------------------------------------------------------------------------------------------------
# years, decades, centuries

_YEAR_STRONG = words(
    "in since until till through throughout during before after of between early late mid fiscal year "
    "circa spring summer fall autumn winter january february march april may june july august "
    "september october november december ca c into"
)
# Words after which a number is a count, not a year ("about 2000 people", "a total of 1999").
_COUNT_BEFORE = words(
    "about around nearly almost some over than approximately roughly only just least most total "
    "totaling totalling estimated additional another extra number numbered reached"
)
# Nouns that make a number before them a count ("2000 troops"), whatever its size.
_NOT_YEAR_AFTER = words(
    "people persons troops soldiers men women children kids workers jobs students patients cases deaths "
    "dead votes voters units shares points feet meters metres miles kilometers kilometres yards tons "
    "pounds barrels acres dollars euros yen members employees residents refugees homes houses buildings "
    "cars vehicles rounds flights passengers tourists visitors copies items pages prisoners inmates "
    "detainees fighters rebels militants protesters demonstrators delegates seats officers police "
    "civilians marines sailors troopers staff beds tanks planes aircraft guns rockets missiles of"
)


@rule(
    "year",
    r"(?<![\w$£€.,/-])(?:(?:mid|pre|post|early|late)-)?(?P<y>[12]\d{3})(?![\w%]|[.,]\d|-\d|\s*(?:%|percent))",
    6,
)
def _year_rule(m: re.Match[str], st: State) -> Result | None:
    y = int(m.group("y"))
    if not valid_year(y):
        return None
    text = st.text
    prev = _prev_word(text, m.start())
    nxt = _next_word(text, m.end()).lower()
    before = text[max(0, m.start() - 2) : m.start()]
    if prev in _YEAR_STRONG or text[m.end() : m.end() + 2] == "'s" or "-" in m.group(0):
        ok = True
    elif prev in _COUNT_BEFORE or nxt in _NOT_YEAR_AFTER or before.endswith(("$", "#")):
        ok = False
    else:
        # A plausible year anywhere else ("the 2020 election", "its 1990 invasion"), unless a plural noun
        # follows it, which marks a count ("2000 troops").
        near = st.dct is not None and abs(y - st.dct.year) <= 60
        raw_next = _next_word(text, m.end())
        plural = (
            len(nxt) > 3
            and nxt.endswith("s")
            and not nxt.endswith(("'s", "ss", "us", "is"))
            and nxt not in ("was", "has")
            and not raw_next[:1].isupper()
        )
        # Within the usual range a plural noun may be an event ("the 1992 protests"); outside it, a count.
        ok = (1900 <= y <= 2100 and not (plural and prev in ("to", "from", "by", "and", "or"))) or (
            near and not plural
        )
    if not ok:
        return None
    _remember(st, Point("year", date(y, 1, 1)))
    return "DATE", f"{y:04d}"


# Words after "2022-23" that make it a season spanning two years, not a range or a score.
_SPAN_NOUNS = words(
    "season seasons school academic fiscal financial campaign term terms budget winter league premier "
    "nba nfl nhl mlb college regular playoffs playoff calendar tax ski hunting flu cold"
)


@rule(
    "season_span",
    r"(?<![\w$£€.,/-])(?P<y>(?:19|20)\d\d)[ \t]?[-–/][ \t]?(?P<y2>(?:19|20)?\d\d)(?![\w%]|[.,:]\d|[-–/]\d)",
    4,
)
def _season_span(m: re.Match[str], st: State) -> Result | None:
    """ "the 2022-23 season", "the 2021/22 school year": a season across two years, valued by the year it
    begins in (TIMEX3 has no value for a span of two years; the dating reads the span from the text)."""
    y, y2 = int(m.group("y")), int(m.group("y2"))
    if y2 < 100:
        y2 += y // 100 * 100
    if y2 != y + 1 or not valid_year(y):
        return None
    if _next_word(st.text, m.end()).lower() not in _SPAN_NOUNS:
        return None
    _remember(st, Point("year", date(y, 1, 1)))
    return "DATE", f"{y:04d}"


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}  # fmt: skip


@rule(
    "decade",
    r"\b(?:(?P<the>the)\s+)?(?:(?P<mod>early|late|mid)[\s-]+)?(?:(?P<dec>[12]\d\d0)'?s|'(?P<d2>\d0)s"
    r"|(?:nineteen[\s-]+)?(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b",
    3,
)
def _decade_rule(m: re.Match[str], st: State) -> Result | None:
    if m.group("dec"):
        y = int(m.group("dec"))
    else:
        if m.group("d2"):
            d = int(m.group("d2")) // 10
        else:
            if not m.group("the") and not m.group("mod"):
                return None  # "in his forties" is an age
            d = _DECADE_WORDS[_low(m, "dw")]
            if "nineteen" in m.group(0).lower():
                return "DATE", f"19{d}"
        century = 19
        if st.dct is not None and d * 10 <= st.dct.year % 100:
            century = st.dct.year // 100
        elif st.dct is None and d <= 2:
            century = 20
        y = century * 100 + d * 10
    if not valid_year(y):
        return None
    return "DATE", f"{y // 10:03d}"


@rule(
    "century",
    r"\b(?:(?P<the>the)\s+)?(?:(?P<mod>early|late|mid)[\s-]+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|first|second|third"
    r"|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth"
    r"|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[\s-]first)[\s-]+century\b",
    3,
)
def _century_rule(m: re.Match[str], st: State) -> Result | None:
    o = _low(m, "ord")
    n = int(re.sub(r"\D", "", o)) if o[0].isdigit() else ORDINALS.get(o.replace("-", " "), 0)
    if not 1 <= n <= 30:
        return None
    return "DATE", f"{n - 1:02d}"


_SPELLED_TENS = "|".join(TENS)
_SPELLED_ONES = "|".join(k for k in ONES if k != "zero")


@rule(
    "year_words",
    rf"\b(?:the\s+year\s+)?(?:(?P<c>nineteen|eighteen)[\s-]+(?P<t>(?:{_SPELLED_TENS})(?:[\s-]+(?:{_SPELLED_ONES}))?"
    rf"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    rf"|two\s+thousand(?:\s+(?:and\s+)?(?P<o>{_SPELLED_ONES}|twenty))?)\b",
    3,
)
def _year_words(m: re.Match[str], st: State) -> Result | None:
    if m.group("c"):
        c = 19 if m.group("c").lower() == "nineteen" else 18
        words = m.group("t").lower().replace("-", " ").split()
        v = sum(TENS.get(w, ONES.get(w, 0)) for w in words)
        y = c * 100 + v
    else:
        if (
            not m.group(0).lower().startswith("the year")
            and _prev_word(st.text, m.start()) not in _YEAR_STRONG
        ):
            return None
        o = _low(m, "o")
        y = 2000 + (ONES.get(o, 20 if o == "twenty" else 0))
    if not valid_year(y):
        return None
    _remember(st, Point("year", date(y, 1, 1)))
    return "DATE", f"{y:04d}"


# ---------------------------------------------------------------------------------------------------------
# weekdays, day words, parts of the day, clock times

_POD_RE = r"(?P<pod>morning|afternoon|evening|night)"


@rule(
    "weekday",
    rf"\b(?:(?P<mod>last|next|this\s+coming|this\s+past|this|coming|past|early|late|earlier|later)\s+)?"
    rf"(?P<wd>{WEEKDAY_RE})(?:\s+{_POD_RE})?\b",
    4,
)
def _weekday_rule(m: re.Match[str], st: State) -> Result | None:
    wtok = m.group("wd")
    if not wtok[0].isupper():
        return None
    wd = WEEKDAYS[wtok.lower()]
    mod = " ".join(_low(m, "mod").split())
    if mod in ("early", "late", "earlier", "later"):
        mod = ""
    pod = PARTS_OF_DAY.get(_low(m, "pod"), "")
    typ: TimexType = "DATE"  # TimeBank types "Friday night" as a DATE with a part-of-day value
    d = _resolve_weekday(st, wd, mod)
    if d is None:
        if st.dct is None and mod in ("last", "next", "this", "past", "coming", "this coming", "this past"):
            return typ, ""
        return typ, f"XXXX-WXX-{wd + 1}" + (f"T{pod}" if pod else "")
    _remember(st, Point("day", d))
    return typ, d.isoformat() + (f"T{pod}" if pod else "")


_DAYWORD_OFFSET = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


@rule(
    "dayword",
    r"\b(?:(?P<mod>early|late|earlier|later|mid|mid-)[\s-]*)?(?:(?P<pre>morning|afternoon|evening|night)\s+)?"
    r"(?P<w>today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)"
    r"(?:\s+(?P<pod>morning|afternoon|evening|night))?",
    3,
)
def _dayword(m: re.Match[str], st: State) -> Result | None:
    w = " ".join(_low(m, "w").split())
    off = _DAYWORD_OFFSET.get(w)
    if off is None:
        off = -2 if "yesterday" in w else 2
    pod = PARTS_OF_DAY.get(_low(m, "pod") or _low(m, "pre"), "")
    if w == "tonight":
        pod = pod or "NI"
    typ: TimexType = "TIME" if pod else "DATE"
    if st.dct is None:
        return typ, ""
    d = st.dct + timedelta(days=off)
    _remember(st, Point("day", d))
    return typ, d.isoformat() + (f"T{pod}" if pod else "")


@rule(
    "this_pod",
    r"\b(?:(?P<mod>early|late|earlier|later)\s+)?(?:(?P<rel>this|last|tomorrow|yesterday)\s+)"
    r"(?P<pod>morning|afternoon|evening|night)\b",
    3,
)
def _this_pod(m: re.Match[str], st: State) -> Result | None:
    rel = _low(m, "rel")
    pod = PARTS_OF_DAY[_low(m, "pod")]
    if st.dct is None:
        return "TIME", ""
    off = {"this": 0, "last": -1, "tomorrow": 1, "yesterday": -1}[rel]
    if rel == "last" and pod != "NI":
        off = -1
    d = st.dct + timedelta(days=off)
    _remember(st, Point("day", d))
    return "TIME", f"{d.isoformat()}T{pod}"


_TZ = r"(?:E[SD]T|C[SD]T|M[SD]T|P[SD]T|GMT|UTC|BST|CET|local\s+time)"
_CLOCK_DAY = (
    rf"(?:\s*,?\s+(?:on\s+)?(?:(?P<cwd>{WEEKDAY_RE})|(?P<cdw>today|yesterday|tomorrow)"
    rf"|{month_re('cmon')}\s*(?P<cd>[0-3]?\d)(?!\d)))?"
)


def _clock_value(m: re.Match[str], st: State, hh: int, mm: int) -> Result | None:
    if not (0 <= hh <= 24 and 0 <= mm <= 59):
        return None
    day: date | None = None
    if m.group("cwd"):
        wd = WEEKDAYS[m.group("cwd").lower()]
        day = _resolve_weekday(st, wd, "")
        if day is None:
            return "TIME", f"XXXX-WXX-{wd + 1}T{hh:02d}:{mm:02d}"
    elif m.group("cdw"):
        if st.dct is None:
            return "TIME", ""
        day = st.dct + timedelta(days=_DAYWORD_OFFSET[m.group("cdw").lower()])
    elif m.group("cmon"):
        mon = _month_num(m.group("cmon"))
        dnum = int(m.group("cd"))
        if mon is None:
            return None
        if st.dct is None:
            return "TIME", f"XXXX-{mon:02d}-{dnum:02d}T{hh:02d}:{mm:02d}"
        day = make_date(pick_year(st.dct, mon, dnum, st.tense), mon, dnum)
        if day is None:
            return None
    else:
        day = st.anchor_day()
    if day is None:
        return "TIME", f"XXXX-XX-XXT{hh:02d}:{mm:02d}"
    _remember(st, Point("day", day))
    return "TIME", f"{day.isoformat()}T{hh:02d}:{mm:02d}"


@rule(
    "clock",
    rf"(?<![\d:.])(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.\s?m\.?|[ap]m\b|[AP]M\b)"
    rf"(?:\s+{_TZ})?{_CLOCK_DAY}",
    2,
)
def _clock(m: re.Match[str], st: State) -> Result | None:
    hh = int(m.group("h"))
    mm = int(m.group("mi") or 0)
    if not 1 <= hh <= 12:
        return None
    pm = m.group("ap").lower().startswith("p")
    if pm and hh != 12:
        hh += 12
    if not pm and hh == 12:
        hh = 0
    return _clock_value(m, st, hh, mm)


@rule(
    "clock24",
    rf"\b(?:at|by|until|from|before|after|around)\s+(?P<x>(?P<h>[0-2]\d):(?P<mi>[0-5]\d)(?:\s+{_TZ})?{_CLOCK_DAY})(?![\d:])",
    3,
)
def _clock24(m: re.Match[str], st: State) -> Result | None:
    return _clock_value(m, st, int(m.group("h")), int(m.group("mi")))


@rule("noon", rf"\b(?P<w>noon|midnight|midday)(?:\s+{_TZ})?{_CLOCK_DAY}", 3)
def _noon(m: re.Match[str], st: State) -> Result | None:
    w = _low(m, "w")
    prev = _prev_word(st.text, m.start())
    if prev == "high" or (
        m.group("w")[0].isupper() and prev not in ("", "at", "by", "until", "before", "after")
    ):
        return None  # "High Noon"
    return _clock_value(m, st, 24 if w == "midnight" else 12, 0)


# ---------------------------------------------------------------------------------------------------------
# vague references

_REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "at present": "PRESENT_REF", "presently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "at the moment": "PRESENT_REF", "the present": "PRESENT_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF", "most recently": "PAST_REF",
    "recent": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "soon": "FUTURE_REF", "shortly": "FUTURE_REF", "the future": "FUTURE_REF", "future": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the foreseeable future": "FUTURE_REF", "eventually": "FUTURE_REF",
    "the distant future": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
}  # fmt: skip


@rule(
    "ref",
    r"\b(?P<w>right\s+now|now|currently|current|at\s+present|presently|nowadays|these\s+days"
    r"|(?:more\s+|most\s+)?recently|lately|the\s+past"
    r"|the\s+(?:near\s+|distant\s+)?future|the\s+present|the\s+(?:near|short)\s+term)\b(?![-'])",
    7,
)
def _ref(m: re.Match[str], st: State) -> Result | None:
    w = " ".join(_low(m, "w").split())
    if w == "the present" and _next_word(st.text, m.end()).lower() not in ("", "day"):
        return None
    if w == "now" and st.text[m.end() : m.end() + 1] == "-":
        return None
    if w == "future" and _next_word(st.text, m.end()).lower() in ("of", "is", "was"):
        return None
    if w == "soon" and _prev_word(st.text, m.start()) == "as":
        return None
    return "DATE", _REFS.get(w, "")


# ---------------------------------------------------------------------------------------------------------
# relative units: last week, this year, the coming days, earlier this month, the end of the year

_REL_UNIT = r"(?P<unit>week|weekend|month|quarter|year|decade|century|spring|summer|fall|autumn|winter)"
_REL_PRE = (
    r"(?:(?P<pre>early|late|earlier|later|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of"
    r"|the\s+middle\s+of|the\s+rest\s+of|the\s+remainder\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of"
    r"|by\s+the\s+end\s+of)[\s-]+)?"
)


def _point_for(unit: str, d: date) -> Point:
    g = {
        "spring": "season",
        "summer": "season",
        "fall": "season",
        "autumn": "season",
        "winter": "season",
    }.get(unit, unit)
    return Point(g if g != "season" else "month", d)


def _season_value(y: int, code: str) -> str:
    return f"{y:04d}-{code}"


@rule(
    "rel_unit",
    rf"\b{_REL_PRE}(?:(?P<the>the)\s+)?(?P<rel>last|this|next|past|coming|previous|following|current|latest"
    rf"|prior|upcoming|same|most\s+recent)\s+(?:fiscal\s+|calendar\s+)?{_REL_UNIT}\b(?!-)",
    3,
)
def _rel_unit(m: re.Match[str], st: State) -> Result | None:
    rel = " ".join(_low(m, "rel").split())
    unit = _low(m, "unit")
    the = bool(m.group("the"))
    if unit in SEASONS:
        code = SEASONS[unit]
        if st.dct is None:
            return "DATE", ""
        y = st.dct.year
        smonth = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
        if rel in ("last", "past", "previous", "prior", "latest", "most recent"):
            y = y if st.dct.month > smonth + 2 else y - 1
        elif rel in ("next", "coming", "upcoming", "following"):
            y = y if st.dct.month < smonth else y + 1
        return "DATE", _season_value(y, code)
    # Anchored: "the following year", "the previous day" count from the last date mentioned.
    anchored = the and rel in ("following", "previous", "prior", "same", "next")
    if rel == "same":
        anchored = True
    base = st.last.day if anchored and st.last is not None else st.dct
    if base is None:
        return "DATE", ""
    step = 0
    if rel in ("last", "past", "previous", "prior", "latest", "most recent"):
        step = -1
    elif rel in ("next", "coming", "following", "upcoming"):
        step = 1
    if unit == "quarter" and rel in ("latest", "most recent") and anchored is False:
        step = -1
    gran = unit if unit in ("week", "weekend", "month", "quarter", "year", "decade", "century") else "year"
    if unit == "weekend":
        wk = base + timedelta(days=5 - base.weekday()) if base.weekday() < 5 else base
        p = Point("weekend", shift(wk, step, "week"))
    else:
        p = Point(gran, shift(base, step, unit))
    if gran in ("decade", "century") and rel in ("past", "last") and the and not m.group("pre"):
        pass
    _remember(st, p)
    return "DATE", p.value()


@rule(
    "coming_plural",
    r"\b(?:the\s+)?(?P<rel>coming|upcoming|following)\s+(?P<unit>days|weeks|months|years|quarters)\b",
    3,
)
def _coming_plural(m: re.Match[str], st: State) -> Result | None:
    if _low(m, "rel") == "following":
        return None
    return "DATE", "FUTURE_REF"


@rule(
    "recent_plural",
    r"\b(?:the\s+)?(?:recent|past\s+few|last\s+few)\s+(?P<unit>days|weeks|months|years|quarters|decades)\b",
    3,
)
def _recent_plural(m: re.Match[str], st: State) -> Result | None:
    unit = UNITS[_low(m, "unit")]
    if "few" in m.group(0).lower():
        return "DURATION", duration_value(None, unit)
    return "DATE", "PAST_REF"


@rule(
    "the_unit",
    rf"\b{_REL_PRE}(?P<the>the|that|this)\s+(?P<unit>day|week|weekend|month|year)\b(?![-'])",
    6,
)
def _the_unit(m: re.Match[str], st: State) -> Result | None:
    """ "the end of the year", "over the weekend", "that day": the unit the text is talking about."""
    unit = _low(m, "unit")
    the = _low(m, "the")
    pre = _low(m, "pre")
    nxt = _next_word(st.text, m.end()).lower()
    if unit == "year" and nxt in ("ended", "ending", "ends", "end", "to", "before", "earlier", "ago"):
        return ("DURATION", "P1Y") if nxt in ("ended", "ending", "to") else None
    if (
        unit in ("day", "month", "week")
        and not pre
        and the == "the"
        and nxt not in ("", ",", ".")
        and unit != "week"
    ):
        # "the day after", "the month of": too vague unless clearly framed.
        if unit == "day" and nxt in ("before", "after"):
            return None
        if unit == "month" or (unit == "day" and the == "the"):
            return None
    base = st.dct
    if the == "that" and st.last is not None:
        base = st.last.day
    if unit == "weekend":
        if base is None:
            return "DATE", ""
        wk = weekday_on_or_after(base, 5) if st.tense == "future" else weekday_on_or_before(base, 5)
        p = Point("weekend", wk)
        _remember(st, p)
        return "DATE", p.value()
    if the == "the" and not pre and unit != "week" and unit != "year":
        return None
    if (
        the == "the"
        and not pre
        and unit == "year"
        and _prev_word(st.text, m.start()) not in ("for", "in", "of", "during", "through", "throughout")
    ):
        return None
    if base is None:
        return "DATE", ""
    if unit == "day":
        p = Point("day", base if the != "that" or st.last_day is None else st.last_day)
    else:
        p = Point(unit, base)
    if the == "the" and unit == "week" and not pre:
        return "DATE", f"{base.year:04d}-WXX"
    _remember(st, p)
    return "DATE", p.value()


# ---------------------------------------------------------------------------------------------------------
# quarters, halves, fiscal years

_QORD = r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final)"


def _quarter_year(st: State, q: int) -> int | None:
    """Year of a quarter named without one: the latest one begun by ``dct``; in future tense the next one,
    except the quarter just ended, whose results are still to be reported."""
    if st.dct is None:
        return None
    cur = quarter(st.dct)
    y = st.dct.year
    if st.tense == "future":
        return y if q >= cur - 1 else y + 1
    return y if q <= cur else y - 1


@rule(
    "quarter",
    rf"\b(?:(?P<the>the)\s+)?(?:(?P<y0>[12]\d{{3}})(?:'s)?\s+|(?P<rely>this|last|next)\s+year's\s+)?"
    rf"(?:(?:fiscal|calendar)[\s-]+(?:year[\s-]+)?)?{_QORD}(?:[\s-]+(?:fiscal|calendar))?[\s-]+(?P<part>quarter|half)"
    rf"(?:\s+of\s+(?:(?:fiscal|calendar)\s+)?(?:(?P<y1>[12]\d{{3}})|(?P<rely2>this|last|next)\s+year|the\s+year))?\b",
    2,
)
def _quarter_rule(m: re.Match[str], st: State) -> Result | None:
    o = _low(m, "ord")
    part = _low(m, "part")
    n = ORDINALS.get(o, 0)
    if part == "half":
        if n > 2:
            return None
    elif not 1 <= n <= 4:
        return None
    y: int | None = None
    yg = m.group("y0") or m.group("y1")
    rely = _low(m, "rely") or _low(m, "rely2")
    if yg:
        y = int(yg)
    elif rely and st.dct is not None:
        y = st.dct.year + {"this": 0, "last": -1, "next": 1}[rely]
    elif st.dct is not None:
        y = _quarter_year(st, n if part == "quarter" else n * 2)
    code = f"Q{n}" if part == "quarter" else f"H{n}"
    if y is None:
        return "DATE", f"XXXX-{code}"
    if not valid_year(y):
        return None
    month = (n - 1) * 3 + 1 if part == "quarter" else (n - 1) * 6 + 1
    p = Point("quarter" if part == "quarter" else "half", date(y, month, 1))
    _remember(st, p)
    return "DATE", f"{y:04d}-{code}"


@rule(
    "quarter_rel",
    r"\b(?:(?P<the>the)\s+)?(?:(?P<rel>latest|current|last|past|previous|prior|next|coming|same|recent|most\s+recent"
    r"|year-ago|year-earlier|comparable|year-before|this)\s+)?(?:(?P<adj>year-ago|year-earlier|fiscal|comparable)\s+)?"
    r"(?P<unit>quarter|period)\b(?!s)",
    4,
)
def _quarter_rel(m: re.Match[str], st: State) -> Result | None:
    rel = " ".join(_low(m, "rel").split())
    adj = _low(m, "adj")
    unit = _low(m, "unit")
    if unit == "period" and not (
        rel in ("year-ago", "year-earlier", "year-before", "latest", "comparable", "same")
        or adj in ("year-ago", "year-earlier", "comparable")
    ):
        return None
    if not m.group("the") and not rel and not adj:
        return None
    if st.dct is None:
        return "DATE", ""
    anchor = st.recent_quarter()
    yearback = rel in ("year-ago", "year-earlier", "year-before") or adj in ("year-ago", "year-earlier")
    if rel in ("current", "this"):
        p = Point("quarter", st.dct)
    elif rel in ("next", "coming"):
        p = Point("quarter", shift(st.dct, 1, "quarter"))
    elif rel in ("last", "past", "previous", "prior", "latest", "recent", "most recent"):
        p = (
            anchor
            if (anchor is not None and rel == "latest")
            else Point("quarter", shift(st.dct, -1, "quarter"))
        )
    elif yearback or rel in ("same", "comparable") or adj == "comparable":
        base = anchor or Point("quarter", shift(st.dct, -1, "quarter"))
        p = base.moved(-1, "year")
        if unit == "period" and anchor is None and st.last is not None and st.last.gran == "year":
            p = st.last.moved(-1, "year")
        return "DATE", p.value()
    else:
        p = _quarter_ended(m, st) or anchor or Point("quarter", shift(st.dct, -1, "quarter"))
    if unit == "period" and rel not in ("latest",):
        return None
    _remember(st, p)
    return "DATE", p.value()


_ENDED = re.compile(rf"\s+(?:ended|ending|that\s+ended|through)\s+{month_re('mon')}\s*(?P<d>[0-3]?\d)\b")


def _quarter_ended(m: re.Match[str], st: State) -> Point | None:
    """ "the quarter ended Sept. 30": the quarter holding that day (the last such day on or before dct)."""
    e = _ENDED.match(st.text, m.end())
    if e is None or st.dct is None:
        return None
    mon = _month_num(e.group("mon"))
    if mon is None:
        return None
    d = make_date(pick_year(st.dct, mon, int(e.group("d")), "past"), mon, int(e.group("d")))
    return Point("quarter", d) if d else None


@rule("year_ago_adj", r"\b(?P<w>year-(?:earlier|ago)|year-before)\b(?!\s+(?:quarter|period)\b)", 5)
def _year_ago_adj(m: re.Match[str], st: State) -> Result | None:
    if st.dct is None:
        return "DATE", ""
    anchor = st.last if st.last is not None and st.last.gran in ("quarter", "half", "month") else None
    p = anchor.moved(-1, "year") if anchor else Point("year", shift(st.dct, -1, "year"))
    return "DATE", p.value()


@rule(
    "fiscal",
    r"\b(?:(?P<the>the)\s+)?(?:(?P<rel>current|last|next|previous|past|this|coming|prior)\s+)?"
    r"(?:fiscal|financial)(?:[\s-]+year)?(?:\s*(?P<y>[12]\d{3}|'\d\d))?\b|\bFY\s?(?P<y2>[12]\d{3}|\d\d)\b",
    3,
)
def _fiscal(m: re.Match[str], st: State) -> Result | None:
    ytxt = m.group("y") or m.group("y2")
    if ytxt:
        ytxt = ytxt.lstrip("'")
        y = int(ytxt)
        if y < 100:
            y += 1900 if y >= 50 else 2000
        if not valid_year(y):
            return None
        _remember(st, Point("year", date(y, 1, 1)))
        return "DATE", f"{y:04d}"
    txt = m.group(0).lower()
    if "year" not in txt:
        return None
    rel = _low(m, "rel")
    if not rel and not m.group("the"):
        return None
    if st.dct is None:
        return "DATE", ""
    step = {"last": -1, "previous": -1, "past": -1, "prior": -1, "next": 1, "coming": 1}.get(rel, 0)
    if not rel and _next_word(st.text, m.end()).lower() in ("ended", "ending", "ends", "that"):
        return "DURATION", "P1Y"
    y = st.dct.year + step
    return "DATE", f"{y:04d}"


# ---------------------------------------------------------------------------------------------------------
# seasons and holidays


@rule(
    "season",
    r"\b(?:(?P<mod>early|late|mid|the)[\s-]+)?(?P<s>spring|summer|fall|autumn|winter)"
    r"(?:\s+(?:of\s+)?(?P<y>[12]\d{3}|nineteen[\s-]+\w+(?:[\s-]+\w+)?))?\b",
    5,
)
def _season(m: re.Match[str], st: State) -> Result | None:
    code = SEASONS[_low(m, "s")]
    ytxt = m.group("y")
    mod = _low(m, "mod")
    y: int | None = None
    if ytxt:
        if ytxt[0].isdigit():
            y = int(ytxt)
        else:
            words = ytxt.lower().replace("-", " ").split()[1:]
            y = 1900 + sum(TENS.get(w, ONES.get(w, 0)) for w in words)
    else:
        prev = _prev_word(st.text, m.start())
        if mod == "the" and prev not in (
            "in",
            "during",
            "over",
            "through",
            "by",
            "until",
            "since",
            "this",
            "of",
        ):
            return None
        if not mod and prev not in (
            "in",
            "during",
            "over",
            "through",
            "by",
            "until",
            "since",
            "early",
            "late",
        ):
            return None
        if mod == "the" and _next_word(st.text, m.end()).lower() == "of":
            return None
        if code == "FA" and not mod and prev not in ("in", "during", "by", "until", "since"):
            return None
    if y is None:
        if st.dct is None:
            return "DATE", f"XXXX-{code}"
        smonth = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
        y = st.dct.year
        if st.tense == "past" and smonth > st.dct.month:
            y -= 1
        elif st.tense == "future" and smonth + 2 < st.dct.month:
            y += 1
    if not valid_year(y):
        return None
    return "DATE", _season_value(y, code)


def _holiday_date(name: str, y: int) -> date | None:
    fixed = {
        "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
        "new year's eve": (12, 31), "new year": (1, 1), "independence day": (7, 4), "july fourth": (7, 4),
        "fourth of july": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14), "veterans day": (11, 11),
        "boxing day": (12, 26), "new years day": (1, 1), "new years eve": (12, 31),
    }  # fmt: skip
    if name in fixed:
        mo, d = fixed[name]
        return make_date(y, mo, d)
    if not valid_year(y):
        return None
    if name in ("thanksgiving", "thanksgiving day"):
        return nth_weekday(y, 11, 3, 4)
    if name in ("easter", "easter sunday"):
        return easter(y)
    if name == "good friday":
        return easter(y) - timedelta(days=2)
    if name == "easter monday":
        return easter(y) + timedelta(days=1)
    if name == "labor day":
        return nth_weekday(y, 9, 0, 1)
    if name == "memorial day":
        return nth_weekday(y, 5, 0, -1)
    if name in ("election day",):
        return nth_weekday(y, 11, 0, 1) + timedelta(days=1)
    if name in ("martin luther king day", "martin luther king jr. day", "mlk day"):
        return nth_weekday(y, 1, 0, 3)
    if name in ("presidents day", "presidents' day", "president's day"):
        return nth_weekday(y, 2, 0, 3)
    return None


_HOLIDAY_LEAD = re.compile(r"^(?:(?:last|next|this|past|coming|the)\s+)*", re.I)


def holiday_date(name: str, year: int) -> date | None:
    """The day a holiday found by the "holiday" rule ("Memorial Day", "this Easter") falls on in a year."""
    return _holiday_date(" ".join(_HOLIDAY_LEAD.sub("", name).lower().split()), year)


_FIXED_HOLIDAYS = frozenset(
    [
        "christmas",
        "christmas day",
        "christmas eve",
        "new year's day",
        "new year's eve",
        "independence day",
        "july fourth",
        "fourth of july",
        "halloween",
        "valentine's day",
        "veterans day",
        "boxing day",
        "new years day",
        "new years eve",
    ]
)


@rule(
    "holiday",
    r"\b(?:(?P<rel>last|next|this|this\s+past|this\s+coming)\s+)?(?:the\s+)?"
    r"(?P<h>Christmas(?:\s+(?:Day|Eve))?|New\s+Year'?s\s+(?:Day|Eve)|Thanksgiving(?:\s+Day)?|Easter(?:\s+(?:Sunday|Monday))?"
    r"|Good\s+Friday|Independence\s+Day|July\s+Fourth|Fourth\s+of\s+July|Halloween|Valentine's\s+Day|Veterans\s+Day"
    r"|Labor\s+Day|Memorial\s+Day|Election\s+Day|Boxing\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.)?\s+Day"
    r"|Presidents'?\s+Day)(?:\s*,?\s*(?P<y>[12]\d{3}))?\b",
    3,
)
def _holiday(m: re.Match[str], st: State) -> Result | None:
    h = " ".join(_low(m, "h").split())
    rel = " ".join(_low(m, "rel").split())
    if h == "election day" and not m.group("h")[0].isupper() and _prev_word(st.text, m.start()) != "on":
        pass
    if m.group("y"):
        y = int(m.group("y"))
    elif st.dct is None:
        if h in _FIXED_HOLIDAYS:
            d0 = _holiday_date(h, 2000)
            return ("DATE", f"XXXX-{d0.month:02d}-{d0.day:02d}") if d0 else None
        return "DATE", ""
    else:
        y = st.dct.year
        this_one = _holiday_date(h, y)
        if this_one is None:
            return None
        if rel in ("last", "this past"):
            if this_one >= st.dct:
                y -= 1
        elif rel in ("next", "this coming"):
            if this_one <= st.dct:
                y += 1
        elif rel != "this":
            if st.tense == "past" and this_one > st.dct:
                y -= 1
            elif st.tense == "future" and this_one < st.dct:
                y += 1
            elif not st.tense and (this_one - st.dct).days > 183:
                y -= 1
            elif not st.tense and (st.dct - this_one).days > 183:
                y += 1
    d = _holiday_date(h, y)
    if d is None:
        return None
    _remember(st, Point("day", d))
    return "DATE", d.isoformat()


# ---------------------------------------------------------------------------------------------------------
# ago, later, earlier; the next day

_HEDGE = (
    r"(?:about|around|approximately|roughly|nearly|almost|more\s+than|less\s+than|fewer\s+than|over|some|just"
    r"|only|at\s+least|barely|little\s+more\s+than|well\s+over|exactly|precisely)"
)


_THAN = re.compile(r"\s+than\b", re.I)


@rule(
    "ago",
    rf"\b(?:{_HEDGE}\s+)?(?P<num>{NUM_RE})[\s-]+(?P<unit>{UNIT_RE})\s+(?P<dir>ago|earlier|later|before|after|from\s+now|hence|back)\b",
    2,
)
def _ago(m: re.Match[str], st: State) -> Result | None:
    unit = UNITS[_low(m, "unit")]
    dirw = " ".join(_low(m, "dir").split())
    if dirw in ("before", "after"):
        nxt = _next_word(st.text, m.end()).lower()
        if nxt or st.text[m.end() : m.end() + 1] not in ".,;:)":
            return None  # "two days after the attack": the duration rule takes "two days"
    n = parse_number(m.group("num"))
    if dirw in ("later", "earlier") and _THAN.match(st.text, m.end()):
        # "two years later than promised": how far a plan slipped, not a day two years on
        return "DURATION", duration_value(n, unit)
    back = dirw in ("ago", "earlier", "before", "back")
    if unit in ("hour", "minute", "second"):
        if st.dct is None:
            return "DATE", ""
        if dirw == "ago":
            return "DATE", "PAST_REF" if n is None else st.dct.isoformat()
        return None
    if n is None:
        if dirw in ("later", "earlier"):
            return "DURATION", duration_value(None, unit)  # "a few days later": TimeBank marks the span
        return "DATE", "PAST_REF" if back else "FUTURE_REF"
    k = int(n) if n == int(n) else 0
    if k == 0:
        if n == 0.5 and unit == "year":
            unit, k = "month", 6
        else:
            return "DATE", "PAST_REF" if back else "FUTURE_REF"
    sign = -1 if back else 1
    from_anchor = dirw in ("earlier", "later", "before", "after")
    base: Point | None
    if from_anchor and st.last is not None:
        base = st.last
    elif st.dct is not None:
        base = Point("day", st.dct)
    else:
        return "DATE", ""
    if (
        unit == "year"
        and st.last is not None
        and st.recent_quarter() is not None
        and (from_anchor or dirw == "ago")
    ):
        p = st.last.moved(sign * k, "year")
        return "DATE", p.value()
    gran = _UNIT_GRAN.get(unit, "day")
    if unit == "fortnight":
        unit, k = "week", 2 * k
    moved = shift(base.day, sign * k, unit)
    if from_anchor and _GRAN_RANK.get(base.gran, 0) < _GRAN_RANK.get(gran, 0) and base.gran == "day":
        gran = "day" if unit in ("day", "week") else gran
    if from_anchor and _GRAN_RANK.get(base.gran, 0) > _GRAN_RANK.get(gran, 0):
        gran = base.gran
    p = Point(gran, moved)
    _remember(st, p)
    return "DATE", p.value()


@rule(
    "anchored_day",
    r"\b(?P<w>(?:the|a)\s+(?:next|following|previous|preceding|prior)\s+(?P<u1>day|morning|afternoon|evening|night|week|month|year)"
    r"|(?:the|a)\s+day\s+(?:before|after|earlier|later)|(?:that|the\s+same|that\s+same)\s+(?P<u2>day|morning|afternoon|evening|night|week|month|year)"
    r"|(?:earlier|later)\s+that\s+(?P<u3>day|morning|afternoon|evening|night|week|month|year))\b",
    2,
)
def _anchored_day(m: re.Match[str], st: State) -> Result | None:
    w = " ".join(_low(m, "w").split())
    u = _low(m, "u1") or _low(m, "u2") or _low(m, "u3") or "day"
    if w.startswith("a day"):
        return None
    if w.startswith("the day before") or w.startswith("the day after"):
        nxt = _next_word(st.text, m.end()).lower()
        if nxt and st.text[m.end() : m.end() + 1] == " ":
            return None  # "the day before the vote" is anchored on an event
    step = 0
    if any(k in w for k in ("next", "following", "after", "later")) and not w.startswith("later"):
        step = 1
    if any(k in w for k in ("previous", "preceding", "prior", "before")) and not w.startswith("earlier"):
        step = -1
    pod = PARTS_OF_DAY.get(u, "")
    unit = "day" if pod else u
    base = (st.last_day or st.dct) if unit == "day" or st.last is None else st.last.day
    if base is None:
        return "DATE", ""
    p = Point(unit, shift(base, step, unit))
    _remember(st, p)
    return "DATE", p.value()


# ---------------------------------------------------------------------------------------------------------
# durations

_DUR_HEDGE_IN = (
    r"(?:more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|nearly|almost|over"
    r"|under|no\s+more\s+than|no\s+less\s+than|just\s+over|just\s+under|well\s+over|another"
    r"|an\s+additional|a\s+further|only|just)"
)


@rule(
    "duration",
    rf"\b(?:(?P<the>the|these|those|its|his|her|their)\s+)?(?:(?P<rel>past|last|next|first|final|previous|coming|following|remaining|initial|latest|recent|same|ensuing|preceding)\s+)?"
    rf"(?:{_DUR_HEDGE_IN}\s+)?(?P<num>{NUM_RE})[\s-]+(?:more\s+|additional\s+|full\s+|straight\s+|consecutive\s+|long\s+)?"
    rf"(?P<unit>{UNIT_RE})(?P<half>\s+and\s+a\s+half)?\b(?!-old|-year|-month)",
    5,
)
def _duration(m: re.Match[str], st: State) -> Result | None:
    unit_tok = _low(m, "unit")
    unit = UNITS[unit_tok]
    numtxt = " ".join(_low(m, "num").split())
    n = parse_number(numtxt)
    text = st.text
    nxt = _next_word(text, m.end()).lower()
    if nxt == "old" or (unit == "quarter" and nxt == "of"):
        return None  # ages ("52 years old") and fractions ("three-quarters of its food")
    if unit_tok != m.group("unit") and m.group("unit")[0].isupper() and m.group("num")[0].isdigit():
        return None  # a title ("60 Minutes")
    if unit == "second" and numtxt in ("a", "an"):
        return None  # "a second attack": the ordinal
    if numtxt in ("a", "an", "one") and not m.group("rel") and not m.group("half"):
        prev = _prev_word(text, m.start("num"))
        if prev in ("the", "per", "each", "every") or (numtxt == "one" and unit == "day" and not prev):
            return None
        if (
            numtxt == "one"
            and unit == "day"
            and "-" not in m.group(0)
            and prev not in ("for", "in", "within", "over", "after", "than", "by")
        ):
            return None  # "one day he will...": a vague future, not a duration
    if n is not None and m.group("half"):
        n += 0.5
    if numtxt and numtxt[0].isdigit() and n is not None and n > 1000:
        return None
    rel = _low(m, "rel")
    if rel == "first" and unit in ("day", "week", "month", "year") and numtxt in ("a", "an"):
        return None
    return "DURATION", duration_value(n, unit)


@rule("dur_adj_long", r"\b(?P<unit>decades?|years?|months?|weeks?|days?|hours?|centuries)-long\b", 4)
def _dur_adj_long(m: re.Match[str], st: State) -> Result | None:
    tok = _low(m, "unit")
    return "DURATION", duration_value(None if tok.endswith("s") else 1.0, UNITS[tok])


@rule(
    "dur_vague",
    r"\b(?P<pre>for|in|over|within|after|took|take|takes|lasted|last|spent|spend|throughout)\s+(?P<x>(?:the\s+)?"
    r"(?:(?:past|last|next|coming|few|many|several)\s+)?(?P<unit>years|months|weeks|days|hours|minutes|decades|centuries))\b"
    r"(?!\s+(?:ago|earlier|later|before|after|old))",
    6,
)
def _dur_vague(m: re.Match[str], st: State) -> Result | None:
    return "DURATION", duration_value(None, UNITS[_low(m, "unit")])


@rule("vague_ago", r"\b(?P<unit>years|months|weeks|days|decades)\s+(?P<dir>ago|earlier|later)\b", 6)
def _vague_ago(m: re.Match[str], st: State) -> Result | None:
    return "DATE", "FUTURE_REF" if _low(m, "dir") == "later" else "PAST_REF"


# ---------------------------------------------------------------------------------------------------------
# sets

_SET_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
                "hourly": "PT1H", "nightly": "P1D", "quarterly": "P3M", "biweekly": "P2W",
                "semiannually": "P6M", "biannually": "P6M"}  # fmt: skip


@rule(
    "set_adverb", r"\b(?P<w>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|semiannually)\b", 6
)
def _set_adverb(m: re.Match[str], st: State) -> Result | None:
    return "SET", _SET_ADVERBS[_low(m, "w")]


@rule(
    "set_every",
    rf"\b(?:every|each|per)\s+(?:(?P<other>other)\s+|(?P<num>{NUM_RE})\s+)?(?:(?P<unit>{UNIT_RE})|(?P<wd>{WEEKDAY_RE})"
    rf"|(?P<mon>{MONTH_FULL_RE})|(?P<s>spring|summer|fall|autumn|winter))\b",
    3,
)
def _set_every(m: re.Match[str], st: State) -> Result | None:
    if m.group("wd"):
        return "SET", f"XXXX-WXX-{WEEKDAYS[m.group('wd').lower()] + 1}"
    if m.group("mon"):
        mon = MONTHS[m.group("mon").lower()]
        return "SET", f"XXXX-{mon:02d}"
    if m.group("s"):
        return "SET", f"XXXX-{SEASONS[m.group('s').lower()]}"
    unit = UNITS[_low(m, "unit")]
    n: float | None = 1.0
    if m.group("other"):
        n = 2.0
    elif m.group("num"):
        n = parse_number(m.group("num"))
    return "SET", duration_value(n, unit)


@rule(
    "set_a",
    r"(?:\b(?:times|once|twice|thrice|million|billion|thousand|hundred|percent|more|[a-z]+s)"
    r"|\d|%)\s+(?P<x>(?:a|an|per)\s+(?P<unit>year|day|week|month|quarter|hour|night))\b"
    r"(?!\s+(?:ago|earlier|later|before|after|from|or\s+two))",
    4,
)
def _set_a(m: re.Match[str], st: State) -> Result | None:
    u = _low(m, "unit")
    return "SET", duration_value(1.0, "day" if u == "night" else UNITS[u])


# ---------------------------------------------------------------------------------------------------------
# an ordinal day of the month in context: "on the 5th"


@rule(
    "ordinal_day",
    r"\b(?:on|by|until|till|since|before|after|from)\s+(?P<x>the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th))\b"
    r"(?!\s+(?:of\s+)?(?:century|anniversary|floor|place|time|round|day|year|amendment|district|street|avenue|birthday))",
    4,
)
def _ordinal_day(m: re.Match[str], st: State) -> Result | None:
    d = int(m.group("d"))
    if not 1 <= d <= 31:
        return None
    if st.dct is None:
        return "DATE", f"XXXX-XX-{d:02d}"
    base = st.last.day if st.last is not None and st.last.gran in ("month", "day") else st.dct
    y, mo = base.year, base.month
    if base is st.dct:
        if st.tense == "past" and d > st.dct.day:
            prev = add_months(date(y, mo, 1), -1)
            y, mo = prev.year, prev.month
        elif st.tense == "future" and d < st.dct.day:
            nxt = add_months(date(y, mo, 1), 1)
            y, mo = nxt.year, nxt.month
    return _day_result(st, y, mo, d)


@rule(
    "year_end",
    r"\b(?:(?P<rel>this|last|next)\s+)?(?P<w>year[-\s]end|year's\s+end|the\s+end\s+of\s+the\s+year"
    r"|the\s+full\s+year|the\s+whole\s+year|the\s+entire\s+year)\b",
    3,
)
def _year_end(m: re.Match[str], st: State) -> Result | None:
    if st.dct is None:
        return "DATE", ""
    rel = _low(m, "rel")
    y = st.dct.year + {"last": -1, "next": 1}.get(rel, 0)
    if not rel and _prev_word(st.text, m.start()) == "since":
        y -= 1
    return "DATE", f"{y:04d}"


@rule(
    "part_of_day",
    r"\b(?:in|during|by|until|since|through|throughout|early|late)\s+(?P<x>(?:the\s+)?(?:(?:early|late|mid)[\s-]*)?"
    r"(?P<pod>morning|afternoon|evening|night))\b(?!\s+(?:of|before|after))",
    5,
)
def _part_of_day(m: re.Match[str], st: State) -> Result | None:
    pod = PARTS_OF_DAY[_low(m, "pod")]
    day = st.anchor_day()
    if day is None:
        return "TIME", f"XXXX-XX-XXT{pod}"
    return "TIME", f"{day.isoformat()}T{pod}"


@rule("mid_pod", r"\b(?P<x>mid[\s-]?(?P<pod>morning|afternoon|day))\b", 4)
def _mid_pod(m: re.Match[str], st: State) -> Result | None:
    pod = {"morning": "MO", "afternoon": "AF", "day": "12:00"}[_low(m, "pod")]
    day = st.anchor_day()
    base = day.isoformat() if day else "XXXX-XX-XX"
    return "TIME", f"{base}T{pod}"


@rule("overnight", r"\bovernight\b", 6)
def _overnight(m: re.Match[str], st: State) -> Result | None:
    if st.dct is None:
        return "TIME", ""
    return "TIME", f"{(st.dct - timedelta(days=1)).isoformat()}TNI"


@rule(
    "clock_words",
    r"\b(?P<h>[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+o'clock)?"
    r"\s+in\s+the\s+(?P<pod>morning|afternoon|evening)\b",
    3,
)
def _clock_words(m: re.Match[str], st: State) -> Result | None:
    h = m.group("h").lower()
    hh = int(h) if h.isdigit() else ONES[h]
    pod = _low(m, "pod")
    if pod in ("afternoon", "evening") and hh < 12:
        hh += 12
    if pod == "morning" and hh == 12:
        hh = 0
    day = st.anchor_day()
    base = day.isoformat() if day else "XXXX-XX-XX"
    return "TIME", f"{base}T{hh:02d}:00"


# ---------------------------------------------------------------------------------------------------------
# Trigger words: a rule runs only near one of its words ("#" = any number), so the text is scanned once
# by a cheap tokenizer instead of once per pattern. Every rule must be listed.

_MONTH_WORDS = " ".join(MONTHS)
_WEEKDAY_WORDS = " ".join(WEEKDAYS)
_UNIT_WORDS = " ".join(UNITS)
_POD_WORDS = "morning afternoon evening night"

TRIGGERS: dict[str, str] = {
    "date_mdy": _MONTH_WORDS,
    "date_dmy": _MONTH_WORDS,
    "date_md": _MONTH_WORDS,
    "date_dm": _MONTH_WORDS,
    "date_iso": "#",
    "date_slash": "#",
    "date_dotted": "#",
    "month_year": _MONTH_WORDS,
    "month": _MONTH_WORDS,
    "year": "#",
    "season_span": "#",
    "decade": "# twenties thirties forties fifties sixties seventies eighties nineties",
    "century": "century",
    "year_words": "nineteen eighteen thousand",
    "weekday": _WEEKDAY_WORDS,
    "dayword": "today tonight yesterday tomorrow",
    "this_pod": _POD_WORDS,
    "clock": "#",
    "clock24": "#",
    "noon": "noon midnight midday",
    "ref": "now currently current present presently nowadays days moment recently recent lately past soon "
    "future term",
    "rel_unit": "week weekend month quarter year decade century spring summer fall autumn winter",
    "coming_plural": "coming upcoming following",
    "recent_plural": "recent few",
    "the_unit": "day week weekend month year",
    "quarter": "quarter half",
    "quarter_rel": "quarter period",
    "year_ago_adj": "year",
    "fiscal": "fiscal financial fy",
    "season": "spring summer fall autumn winter",
    "holiday": "christmas new year years thanksgiving easter good independence fourth halloween valentine "
    "veterans labor memorial election boxing king presidents president",
    "ago": "ago earlier later before after now hence back",
    "anchored_day": "next following previous preceding prior day that same earlier later",
    "duration": _UNIT_WORDS,
    "dur_adj_long": "long",
    "dur_vague": _UNIT_WORDS,
    "vague_ago": "ago earlier later",
    "set_adverb": " ".join(_SET_ADVERBS),
    "set_every": "every each per",
    "set_a": _UNIT_WORDS + " night",
    "ordinal_day": "#",
    "year_end": "end full whole entire",
    "part_of_day": _POD_WORDS,
    "mid_pod": "morning afternoon day",
    "overnight": "overnight",
    "clock_words": _POD_WORDS,
    "the_days_before": "days weeks months hours",
}


@rule(
    "the_days_before",
    r"\bthe\s+(?P<x>(?P<unit>days|weeks|months|hours))\s+(?:before|after|following|leading\s+up\s+to|since)\b",
    6,
)
def _the_days_before(m: re.Match[str], st: State) -> Result | None:
    """ "in the weeks before the shooting": TimeBank marks the plural unit as a vague date."""
    return "DATE", "PAST_REF" if st.tense != "future" else "FUTURE_REF"
