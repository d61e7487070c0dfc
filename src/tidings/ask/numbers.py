"""How many or how much: the figures that fill a number question's slot, scored by measure, unit and scope and
matched to the parts the question names, and the figures a sentence states or rejects.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from tidings.ask.common import (
    _ROW,
    _asked_before,
    _clip,
    _comma_clause,
    _doc_item,
    _label,
    _list_lead,
    _number_key,
    _sentence,
    _Slot,
    _window,
    _words_in_row,
)
from tidings.ask.lifted import lifted_items
from tidings.ask.question import (
    _HOW_MANY,
    _MEASURE_UNITS,
    _STOP,
    _WORD_RE,
    Question,
    _expand,
    _name_prefix,
    _names_in,
    _proper_names,
    _question_parts,
    _stems,
    _words,
    named_by_form,
    stem,
    terms_of,
)
from tidings.claims import (
    CURRENCY_CODES,
    FALSE_CUE,
    GRADE_NUMBER,
    GRADE_WORDS,
    TIME_UNITS,
    is_money,
    lemma,
    parse_number,
    timex_interval,
)
from tidings.conflicts import Item, clause_around, parts_apart, refutation_of, sort_point
from tidings.model import Analyzed, Claim
from tidings.sentences import asks

# --------------------------------------------------------------------------------------------- number slot

_REPORTING = re.compile(
    r"\b(?:claim(?:s|ed)?|alleg(?:e|es|ed|edly)|rumou?r(?:s|ed)?|viral|purport(?:s|ed|edly)?|social media|"
    # ("covers 12 posts", "the post of harbour master": jobs, no report)
    r"(?<!\d\s)posts?(?!\s+of\b)|posted|letter|memo|leak(?:ed)?|circulat(?:ed|ing)|shared)\b",
    re.I,
)


_MEASURE_NOUNS = _words(
    """rate price cost number total figure level amount share percentage population toll count record
    value budget estimate tally size"""
)

# A sum per unit is a rate or a price whatever noun it follows: "2.31 cents per gram", "18.5 cent a kWh"
_RATE_HEADS = _words("rate price tariff")
_PER_UNIT = re.compile(r"\s+(?:per|a|an|each)\s+(?!year\b|month\b|week\b|day\b)[a-zA-Z]", re.I)

# Where a focus's head noun ends and what it is of or at begins: "death toll | from the mine collapse"
_HEAD_BEFORE = re.compile(r"\s+(?:from|at|in|on|during|after|since)\s+", re.I)

# A question about a change itself: "By how much did bread go up?", "How much has the fare risen?"
_CHANGE_Q = re.compile(
    r"\bby\s+how\s+much\b|"
    # "By what percentage are water tariffs increasing?"
    r"\bby\s+(?:what|which)\s+(?:percentage|per\s*cent|percent|amount|margin|proportion|factor)\b|"
    r"\bhow\s+much\s+(?:did|has|have|had|will|do|does|are|is)\b.*\b(?:ris\w*|rose|"
    r"go(?:ne|ing|es)?\s+up|went\s+up|increas\w*|fall\w*|fell|drop\w*|climb\w*|go(?:ne|ing|es)?\s+down|"
    r"went\s+down)\b",
    re.I,
)

# "took part" is a verb: people who took part attended or joined
_TAKE_PART = re.compile(r"\b(?:take|takes|took|taken|taking)\s+part\b", re.I)

# Units the claims reader keeps that count things rather than measure them
_COUNTED_UNITS = _words("votes seats points")

# Nouns that say a figure counts something, named by the word before them: "seat tally", "vote count"
_TALLY_NOUNS = _words("tally total count number")

# Question words that name what happened to the counted things; a figure must share one of them.
_VERB_LIKE = _words(
    """died die kill killed injur wound hurt arrest evacuat displac attend join sign vote infect vaccinat
    rescu miss sold sell bought buy raise rais donat pledg spent spend earn lost lose win won lay cut shed
    eliminat award fine fined overboard"""
)

# Units that measure time, distance or mass: a figure in one of them never counts things ("12 weeks").
_MEASURE_UNIT_WORDS = _words(
    """mm cm km kilometer kilometers kilometre kilometres mile miles meter meters metre metres feet foot ft
    inches kg kilogram kilograms pounds lb lbs ton tons tonne tonnes mph km/h degree degrees ° °c °f hour
    hours minute minutes second seconds day days week weeks month months year years acres hectares barrels
    gallons liters litres"""
)

# Heads of figures never given in units of time ("level", "price", "toll")
_UNTIMED_HEADS = frozenset(
    stem(w)
    for w in """level rate price cost percentage share population toll count value budget temperature height
    depth speed weight distance turnout attendance fare fee rent wage salary fine""".split()
)

# Counted nouns too general to contradict the question's noun ("240 people" may answer "how many workers").
_GENERIC_COUNTED = _words(
    """person people resident individual adult child men man women woman civilian member family household
    figure total number"""
)

# What a count of homes counts, and the people nouns that never count them
_DWELLINGS = _words("household home house property dwelling premise customer")
_PERSON_NOUNS = _words("person people resident individual adult child man men woman women civilian member")

# Verbs of a question that asks for a change itself ("How many jobs is the airport cutting?")
_CUT_STEMS = frozenset(stem(w) for w in _words("cutting cut cuts shedding shed axing axe slashing"))
_EACH_BEFORE = re.compile(r"\beach\s+(?:[a-z]+ing\s+|with\s+|of\s+which\s+[a-z]+\s+)?(?:up\s+to\s+)?$", re.I)
_EACH_Q = re.compile(r"\b(?:each|per|every|a\s+(?:day|week|month|year))\b", re.I)
_PARTITIVE = re.compile(r"\s+of\s+(?:the|these|those|them|its|their|whom|which)\b", re.I)
_OF_STATED_WHOLE = re.compile(r"\s+of\s+(?:the|its|their)\s+\d[\d,]*\s+[a-z]", re.I)

# A rate or sum spread over the time that follows: "6.5 per cent over", "£40m over the next"
_SPREAD_OVER = re.compile(
    r"(?:per\s*cent|percent|%|\d|million|billion|bn)\s+(?:spread\s+)?(?:over|across)\s+(?:the\s+next\s+)?$",
    re.I,
)

_COMPARISON = re.compile(r"\b(?:for|by|in)\s+comparison\b|\bcompared\s+(?:with|to)\b", re.I)

_WIDER_SCOPE = re.compile(
    r"\b(?:statewide|nationwide|nationally|countrywide|worldwide|globally|"
    r"across the (?:state|country|nation))\b"
    r"|\b(?:the\s+)?(?:state|national|country)(?:'s|’s)?\s+(?:average|rate|total|figure)\b",
    re.I,
)

_PARTITIVE_IN = re.compile(
    # ... not a numbered part's name: "phase two of the Kwanokuthula housing project"
    r"(?<!\bphase\s)(?<!\bstage\s)(?<!\bpart\s)(?<!\bround\s)(?<!\bsection\s)"
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+of\s+(?:the|these|those)\s+"
    r"[a-z]",
    re.I,
)
# "Of these, nine containers have now come ashore": a part of the total the sentence before gave
_PARTS_OF_BEFORE = re.compile(r"\W*of\s+(?:these|those|them|this\s+total|that\s+total|which)\s*,", re.I)

_MONEY_WORDS = "cost price budget aid money cash fund funding donation investment spending sum loan grant"

_MONEY_Q = frozenset(stem(w) for w in _MONEY_WORDS.split())

_MONEY_NOUNS = _words("money cash fund funding donation aid investment spending sum")


# "How many hectares of orchards", "how much land of ...": the question says what its unit measures
_UNIT_OF_Q = re.compile(r"\bhow\s+(?:many|much)\s+[\w-]+\s+of\b", re.I)
_SCORE_Q = re.compile(r"\b(?:scores?|scorelines?|results?|by what margin)\b", re.I)
# "What level of water restrictions applies?", "What is the alert level?": the rung of a graded scale is
# asked when the question names the scale's word without a number of its own ("stage 4 of the race")
_GRADE_Q = re.compile(r"\b(" + "|".join(sorted(GRADE_WORDS)) + r")\b(?!\s*(?:" + GRADE_NUMBER + r")\b)", re.I)


# A level that is measured, not a rung: "the river level", "What level had the river reached?"
_MEASURED_LEVEL = re.compile(
    r"\b(?:water|river|sea|lake|reservoir|dam|tide|noise|sound|lead|sugar|oxygen|pollution|radiation|"
    r"groundwater|flood|storage)(?:['’]s)?\s+(?:storage\s+)?levels?\b"
    r"|\b(?:reach(?:ed)?|rise|rose|risen|fall|fell|fallen|peak(?:ed)?|drop(?:ped)?)\b",
    re.I,
)


_ORDINAL_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|final|last|next|initial|opening|\d+(?:st|nd|rd|th))\s+$",
    re.I,
)


def _grades_asked(q: Question, docs: Sequence[Analyzed]) -> frozenset[str]:
    """The scales whose rung the question asks for and the documents name ("Level 3"): only those rungs
    answer it. Empty when the documents name none, or when the level is measured ("What level had the
    river reached?" takes metres)."""
    # "the first phase" names its rung as a "phase 1" does: the question asks about it, not for it
    asked = {
        m.group(1).lower()
        for m in _GRADE_Q.finditer(q.text)
        if not _ORDINAL_BEFORE.search(q.text, max(0, m.start() - 12), m.start())
    }
    # "How many homes are planned in each phase?": a count, asked of each rung, not a rung
    if not asked or _MEASURED_LEVEL.search(q.text) or _HOW_MANY.match(q.text.strip()):
        return frozenset()
    return frozenset(c.unit for a in docs for c in a.claims if c.attribute == "grade" and c.unit in asked)


def _own_kind_score(q: Question, a: Analyzed, c: Claim, head: str) -> float:
    """The score of a value of the very kind the question asks for (a match result, a rung of a scale):
    a base, and a little for each of the question's other words its sentence shares."""
    hits = _expand(set(q.terms) - {head}) & _stems(_sentence(a, c))
    return 3.0 + 0.3 * len(hits)


# A measure of a part or another dimension of the thing: "with a main span of 860 metres", "Tower height:
# 140 metres"
_PART_MEASURE = re.compile(
    r"\b(?P<p>spans?|height|width|depth|clearance|diameter|draught|beam|elevation)"
    r"(?:\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?|\s*:\s*)$",
    re.I,
)


# "a 15.2% increase in water tariffs": a change noun after the figure and what changed
_CHANGE_IN = re.compile(
    r"\s*(?:increase|rise|hike|cut|reduction|decrease|drop|fall|jump)s?\s+(?:in|of)\s+(?:the\s+)?"
    r"(?P<np>(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)",
    re.I,
)
# "..., and electricity by 15.1%": a gapped clause whose first word is what its figure is of
_GAPPED_BEFORE = re.compile(r"\band\s+(?P<w>[a-z][\w'’-]*)\s+(?:by|to)\s+(?:about\s+|around\s+)?$", re.I)


def _another_kind_of(a: Analyzed, c: Claim, head: str, mods: set[str], asked: set[str]) -> bool:
    """Is the figure of another kind of the question's thing: "Electricity tariffs would rise by 15.1%" in a
    story that also tells of water tariffs, or "..., and electricity by 15.1%" after "Water tariffs have gone
    up by 9.8%"? The document must name the question's kind (``mods`` before ``head``) too, so a plain
    "residential tariffs" in a story about one kind of tariff stands."""
    gap = _GAPPED_BEFORE.search(a.doc.text, max(c.sentence_start, c.start - 40), c.start)
    if gap is not None:
        return stem(gap["w"].lower()) not in asked

    def names_a_kind(m: re.Match[str] | None) -> bool:
        return m is not None and m[1].lower() not in _STOP_BEFORE_HEAD and stem(m[1].lower()) not in asked

    # the kind opens the sentence as its subject ("Concession fares will rise"), or the figure's own clause
    # names it with no figure between ("..., and that the family fare be set at $40"); a word before the
    # noun elsewhere more often describes it ("the new $2.50 flat fare")
    kind = re.match(rf"\s*(?:the\s+)?([A-Za-z][\w'’-]*[a-z])\s+{re.escape(head)}\w*", _sentence(a, c), re.I)
    if not names_a_kind(kind):
        lo = max(c.sentence_start, c.start - 50)
        kind = re.search(
            rf"\b(?:and|that|with)\s+(?:that\s+)?(?:the\s+)?([A-Za-z][\w'’-]*[a-z])\s+{re.escape(head)}\w*\b[^\d,;]*$",
            a.doc.text[lo : c.start],
            re.I,
        )
    if not names_a_kind(kind):
        return False
    text = a.doc.text.lower()
    return any(re.search(rf"\b{re.escape(m)}\w*\s+{re.escape(head)}", text) for m in mods)


# Words before a noun that say which of it without naming a kind ("the new tariffs", "its tariffs")
_STOP_BEFORE_HEAD = frozenset(
    """the a an its their his her our your new old current higher lower average these those this that all some
    any most many more fewer annual monthly weekly daily proposed final previous former earlier existing
    latest original initial revised official overall total standard basic full flat typical minimum maximum
    top record such same other""".split()
)


# Dimensions a question may name before its noun ("weight limit", "height restriction"), and every unit
# of any of them: a figure in a unit of another dimension measures something else
_PHYSICAL_DIMENSIONS = frozenset({"weight", "speed", "height", "length", "depth", "width", "distance"})
_PHYSICAL_UNITS = frozenset().union(*(_MEASURE_UNITS[d] for d in _PHYSICAL_DIMENSIONS))


# A measure of another extent than length, written after the figure: "2.5 metres wide", "12 m high"
_OTHER_EXTENT = re.compile(
    r"\s*(?:(?:metres?|meters?|m|km|kilometres?|kilometers?|cm|feet|foot|ft|miles?|yards?)\b\s*)?"
    r"(wide|high|tall|deep|thick|across|in\s+diameter)\b",
    re.I,
)

# The first batch of a count: "the first 300 factory posts", "its first 30 positions"
_FIRST_BATCH = re.compile(r"\b(?:the|its|our|their)\s+first\s+$", re.I)
_FIRST_Q = re.compile(r"\bfirst\b", re.I)


# What a sum before it prices: "a $48.5 million project", "the £12m upgrade"
_PRICED_WORKS = frozenset(
    """project scheme plan upgrade redevelopment development refurbishment renovation build building contract
    works expansion extension overhaul rebuild revamp restoration facility centre center complex""".split()
)


# Asked how many people came to an event, the nouns sources count them by
_PEOPLE_HEADS = frozenset({"people", "peopl", "person", "visitor", "spectator", "fan"})
_ATTENDED_Q = re.compile(r"\b(?:attend(?:ed|s)?|came\s+to|turned\s+out|went\s+to|visited)\b", re.I)
_ATTENDANCE = frozenset({"attendanc", "attendance", "turnout"})


# A sum of money a question writes ("the £2.00 fee", "DKK 25"): only an amount matches it
_MONEY_IN_Q = re.compile(
    r"(?:[$€£₹¥]|\b(?:rs|" + "|".join(CURRENCY_CODES) + r")\.?\s?)(?P<n>\d[\d,]*(?:\.\d+)?)", re.I
)


def _numbers_in_question(q: Question) -> tuple[frozenset[float], frozenset[float]]:
    """The numbers a question writes, and of them the sums of money."""
    words = frozenset(n for n in (parse_number(w) for w in _WORD_RE.findall(q.text)) if n is not None)
    money = frozenset(n for m in _MONEY_IN_Q.finditer(q.text) if (n := parse_number(m["n"])) is not None)
    return words | money, money


def _given_by_question(c: Claim, given: tuple[frozenset[float], frozenset[float]]) -> bool:
    """Whether a figure is one the question itself gives ("when two trams collided"): an amount of money
    only when the question writes it as money ("for up to two hours" gives no £2.00)."""
    if c.number is None:
        return False
    return c.number in (given[1] if is_money(c.unit) else given[0])


# The span a rate is charged or counted for, by its noun ("per hour", "a night") or its adjective
# ("hourly", "a daily maximum", "annual permits")
_PERIOD_OF_WORD = {
    "hour": "hour",
    "hourly": "hour",
    "day": "day",
    "daily": "day",
    "night": "night",
    "nightly": "night",
    "week": "week",
    "weekly": "week",
    "month": "month",
    "monthly": "month",
    "year": "year",
    "yearly": "year",
    "annual": "year",
    "annually": "year",
    "annum": "year",
}
_PERIOD_NOUN = r"(?P<noun>hour|day|night|week|month|year|annum)"
_PERIOD_ADJ = r"(?P<adj>hourly|daily|nightly|weekly|monthly|yearly|annual|annually)"
# "a day after the storm" is no rate
_PERIOD_Q = re.compile(
    rf"\b(?:(?:per|a|an|each|every)\s+{_PERIOD_NOUN}|{_PERIOD_ADJ})\b"
    r"(?!\s+(?:after|before|later|earlier|ago|or|and|to|of)\b)",
    re.I,
)
_PERIOD_AFTER = re.compile(rf"\s*(?:(?:per|a|an|each|every)\s+|/\s*){_PERIOD_NOUN}\b", re.I)
_PERIOD_BEFORE = re.compile(rf"\b{_PERIOD_ADJ}\s+(?:[a-z]+\s+){{0,3}}(?:of\s+|at\s+|is\s+|are\s+)?$", re.I)


def _period_asked(question: str) -> str:
    """The span a question's rate is for ("how much per hour", "the annual fee"), else ''."""
    m = _PERIOD_Q.search(question)
    return _PERIOD_OF_WORD[(m["noun"] or m["adj"]).lower()] if m else ""


# How many of those who could vote did ("turnout", "turned out"): not a share of the votes cast
_TURNOUT = re.compile(r"\bturn(?:ed|s)?[\s-]?out\b", re.I)


def _figure_period(a: Analyzed, c: Claim) -> str:
    """The span a figure is told for by the words around it ("£2.50 per hour", "a daily maximum of £12"),
    else ''."""
    text = a.doc.text
    after = _PERIOD_AFTER.match(text, c.end, min(len(text), c.end + 16))
    if after is not None:
        return _PERIOD_OF_WORD[after["noun"].lower()]
    before = _PERIOD_BEFORE.search(text, max(c.sentence_start, c.start - 40), c.start)
    return _PERIOD_OF_WORD[before["adj"].lower()] if before is not None else ""


def _quantity_score(
    q: Question,
    a: Analyzed,
    c: Claim,
    focus: set[str],
    head: str,
    scope: set[str],
    grades: frozenset[str] = frozenset(),
) -> float:
    if c.attribute == "grade" or grades:
        # a rung ("Level 3") answers only a question after that scale's rung, which only rungs answer
        if c.attribute != "grade" or c.unit not in grades:
            return 0.0
        if asks(_sentence(a, c)):
            return 0.0  # "Is it still Level 1?" asks; it says nothing in force
        return _own_kind_score(q, a, c, head)
    if c.unit == "score" or _SCORE_Q.search(q.text):
        # a match result answers only a question about scores, and a score question wants a result
        if c.unit != "score" or not _SCORE_Q.search(q.text):
            return 0.0
        return _own_kind_score(q, a, c, head)
    if (
        c.attribute != "change"
        and set(q.terms) & _CUT_STEMS
        and any(
            o.attribute == "change" and o.sentence_start == c.sentence_start and o is not c for o in a.claims
        )
    ):
        return 0.0  # "How many jobs is it cutting?": "30 jobs, about a quarter of its 110 staff" - the level
    if c.attribute == "change":
        # a difference ("cut 300 jobs", "34 seconds off") answers only a question about that change
        verb = c.rule.partition(".change:")[2].split(".")[0]
        asks_change = _CHANGE_Q.search(q.text) is not None
        if (
            not asks_change
            and (not verb or not (_expand({stem(verb.split()[0])}) & set(q.terms)))
            and not (_ADDED_Q.search(q.text) and _a_gain(a, c, verb))
            # "How many homes will the project deliver?": "phase two will add 380 homes" is part of it
            and not (verb == "add" and _PROVIDE_Q.search(q.text))
        ):
            return 0.0
    sent_end = c.sentence_end if c.sentence_end >= 0 else len(a.doc.text)
    if (
        _PARTITIVE.match(a.doc.text, c.end, min(sent_end, c.end + 20))
        # "winning 14 of the 39 seats" counts the part against a stated whole: the part is the figure
        and not _OF_STATED_WHOLE.match(a.doc.text, c.end, min(sent_end, c.end + 24))
    ) or (
        c.sentence_start >= 0
        and (
            _PARTITIVE_IN.search(a.doc.text, c.sentence_start, sent_end)
            or _PARTS_OF_BEFORE.match(a.doc.text, c.sentence_start, sent_end)
        )
    ):
        return 0.0  # "five of the victims ..., two drowned": a breakdown of a total given elsewhere
    if _ONE_IN.search(a.doc.text, max(0, c.start - 16), c.start):
        return 0.0  # "one in every six loans" is a share, not six of anything
    if _FIRST_BATCH.search(a.doc.text, max(0, c.start - 16), c.start) and not _FIRST_Q.search(q.text):
        return 0.0  # "recruitment for the first 30 positions": the first batch, not the count asked
    if _EACH_BEFORE.search(a.doc.text, max(0, c.start - 24), c.start) and not _EACH_Q.search(q.text):
        return 0.0  # "36 cabins, each seating eight people": a figure for each one, not the count asked
    unit = c.unit.lower()
    # "pounds" may weigh; asked what something costs, "840 million pounds" is money
    money = is_money(unit) or (unit in ("pound", "pounds") and q.attribute == "cost")
    if q.attribute not in _MEASURE_UNITS:
        if q.attribute == "count" and unit in _MEASURE_UNIT_WORDS and stem(unit) != head:
            return 0.0  # a duration or distance ("in about 12 weeks") never counts things
        if q.attribute == "count" and (money or unit in ("%", "per cent", "percent")):
            return 0.0  # "up 7.6 per cent" counts no containers
        if unit in TIME_UNITS and head in _UNTIMED_HEADS:
            return 0.0  # "its highest level in 24 years": a span of time is no level, price or toll
        wants_money = q.attribute == "cost" or (q.attribute == "amount" and bool(_expand({head}) & _MONEY_Q))
        if wants_money and not money:
            return 0.0  # "how much will it cost" wants money
    if (asked_period := _period_asked(q.text)) and (own := _figure_period(a, c)) and own != asked_period:
        return 0.0  # "how much per hour": "a daily maximum of £12" is a charge for another span
    if _TURNOUT.search(a.doc.text, max(c.sentence_start, c.start - 40), c.start) and not _TURNOUT.search(
        q.text
    ):
        return 0.0  # "Turnout (county-wide): 18.4 percent of registered voters": not the share that said yes
    if (
        q.attribute == "length"
        and (across := _OTHER_EXTENT.match(a.doc.text, c.end)) is not None
        and across.group(1).lower() not in focus
    ):
        return 0.0  # "How long is the path?": "2.5 metres wide" measures across it
    if q.attribute not in _MEASURE_UNITS and unit in _PHYSICAL_UNITS:
        dims = focus & _PHYSICAL_DIMENSIONS
        if dims and not any(unit in _MEASURE_UNITS[d] for d in dims):
            return 0.0  # "the weight limit": "Speed limit: 25 km/h" measures another thing
    counted = _stems(c.subject) | _abbreviation_after(a, c)
    last = (c.subject.split() or [""])[-1].lower()
    if (change_of := _CHANGE_IN.match(a.doc.text, c.end)) is not None:
        # "a 9.8% increase in water tariffs" measures the tariffs' change, not an increase counted
        counted, last = _stems(change_of["np"]), change_of["np"].split()[-1].lower()
    if head and focus - {head} and _another_kind_of(a, c, head, focus - {head}, focus | scope | set(q.terms)):
        return 0.0  # "Electricity tariffs would rise by 15.1%" answers no question about water tariffs
    if not counted and unit in _COUNTED_UNITS and stem(unit) != head:
        counted, last = {stem(unit)}, unit  # "with 1,412 votes" counts votes, not the seats asked about
    if not counted and not unit and (joined := _HYPHEN_NOUN.match(a.doc.text, c.end)):
        # "a 30-turbine wind farm" counts turbines: the figure joined to its noun describes the farm
        counted, last = {stem(joined.group(1).lower())}, joined.group(1).lower()
    if head and counted and counted <= {"time", "occasion"} and head in _acts_before(a, c):
        counted, last = {head}, head  # "were called out 187 times" counts callouts
    # a Q&A answer line ("As of today, 78 cents.") is read with the question line above it
    asked = _stems(_asked_before(a, c) or _list_lead(a, c))
    window = _stems(_window(a, c)) | asked
    before = _stems(a.doc.text[max(c.sentence_start, c.start - 40) : c.start])
    # "How much does a single adult fare cost?": the scope's "fare" is what is priced, not the price
    head_syn = (_expand({head}) - scope) | {head} if head else set()
    if re.fullmatch(r"[a-z]{1,2}-[a-z]{3,}", head):
        head_syn.add(head.split("-", 1)[1])  # "e-scooters" are counted as "600 scooters"
    if head in _PEOPLE_HEADS and _ATTENDED_Q.search(q.text):
        # "How many people attended the festival?": "the final attendance ... was 21,400", "turnout was"
        head_syn |= _ATTENDANCE
    pred = _expand(set(q.terms) - focus - scope)
    # "How many hectares of kiwifruit orchards": the question's noun is the figure's unit, and what the
    # figure is of ("1,140 hectares of kiwifruit orchards") is its subject. A question that names no
    # "of X" ("How many hectares has the fire burned?") takes any figure in its unit ("350 hectares of
    # heather")
    if (
        head
        and unit
        and stem(unit) == head
        and q.attribute not in _MEASURE_UNITS
        and (
            not counted
            or _expand(set(q.terms) - scope) & counted
            or (unit in _MEASURE_UNIT_WORDS and not _UNIT_OF_Q.search(q.text))
        )
    ):
        counted = counted | {head}
    if (
        head
        and counted
        and q.attribute not in _MEASURE_UNITS
        and not (head_syn & counted)
        and not (_expand({t for t in set(q.terms) - focus - scope if t in _VERB_LIKE}) & counted)
        and head not in _MEASURE_NOUNS
        and head not in _GENERIC_COUNTED
        and last not in _GENERIC_COUNTED
        and lemma(last) not in _GENERIC_COUNTED
    ):
        return 0.0  # something else is counted ("11 plants" for "how many workers")
    people = head in ("person", "people")  # a count of people, told in many nouns ("passengers", "cases")
    if people and counted and last.endswith("s") and not {stem(lemma(last)), lemma(last)} & _PEOPLE_COUNTS:
        return 0.0  # "four Prairie Smokehouse restaurants" counts no people
    if head in _DWELLINGS and lemma(last) in _PERSON_NOUNS:
        return 0.0  # "About 250 people attended a meeting" counts no households
    score = 0.0
    units = _MEASURE_UNITS.get(q.attribute)
    if (
        units is not None
        and counted
        and "-" in a.doc.text[c.start : c.end + 12].split(" ", 1)[0]
        and not (_expand(focus) & counted)
    ):
        return 0.0  # "a new 60-metre bridge" measures the bridge, not the greenway asked about
    part = _PART_MEASURE.search(a.doc.text, max(0, c.start - 40), c.start) if units is not None else None
    if part is not None and stem(part.group("p").lower()) not in _expand(set(q.terms)):
        return 0.0  # "a main span of 860 metres" measures a part of the bridge, not its length
    if q.attribute == "duration" and _SPREAD_OVER.search(a.doc.text, max(0, c.start - 30), c.start):
        return 0.0  # "a deal worth 6.5 per cent over two years": the period a rate is spread over
    if units is not None:
        # the claim reader keeps "MW" of "90 MW" as what is counted: a power unit may stand there
        if c.unit.lower() not in units and not (q.attribute == "power" and last in units):
            return 0.0
        score += 2.0
    elif head and (head_syn & counted):
        score += 3.0
    elif head and counted and (pred - _preposition_objects(q.text)) & counted:
        score += 2.5  # "How many people died?" answered by "31 dead"
    elif people and counted and stem(lemma(last)) in _PEOPLE_COUNTS:
        score += 2.0  # "How many people rode it?" answered by "carried 18,400 passengers"
    elif head and counted and lemma(last) in _GENERIC_COUNTED and head_syn & window:
        score += 2.0  # "will employ 800 people" answers "how many jobs"
    elif head and counted and lemma(last) in _GENERIC_COUNTED and len(pred & window) >= 2:
        score += (
            1.8  # "1,150 people are on the waiting list" answers "how many patients are on the waiting lists"
        )
    elif unit in _MEASURE_UNITS["speed"] and "speed" in focus and not (counted - head_syn - focus):
        score += 2.0  # "What is the speed limit on Heol Fawr?" answered by "can once again travel at 30mph"
    elif head and not counted and _number_of_head(a, c, head_syn):
        score += 3.0  # "The number of households without power had fallen to about 14,000"
    elif head and not counted and (head_syn | pred) & window:
        score += 2.0 if head_syn & window else 1.8
    elif head and not counted and head in _MEASURE_NOUNS and _expand(focus - {head}) & window:
        score += 2.0  # "inflation rate" answered by "Inflation eased to 5.9%"
    elif head in _MEASURE_NOUNS and head_syn & window:
        score += 2.0  # "52,006 people ..., a new attendance record"
    elif head in _MONEY_NOUNS and money:
        score += 2.0  # "How much money was raised?" answered by "$2.4 million"
    elif head in _RATE_HEADS and money and not counted and _PER_UNIT.match(a.doc.text, c.end):
        score += 2.0  # "What is the rate of the sugar levy?" answered by "will rise to 2.31 cents per gram"
    elif q.attribute == "cost" and money and not counted:
        score += 1.5  # "How much does a dog licence cost?" answered by "Standard licence: £12.50"
    elif q.attribute == "cost" and money and (lemma(last) in _PRICED_WORKS or _expand(counted) & scope):
        score += 2.5  # "How much will the centre cost?" answered by "The $48.5 million project"
    elif head and counted and head_syn & window and (unit == "%" or money):
        score += 1.5
    elif not head and q.attribute == "amount":
        score += 1.0
    elif c.attribute == "change" and _CHANGE_Q.search(q.text) and _expand(focus - {head}) & window:
        score += 1.5  # "By how much will rates rise?" answered by "'hike' rates by 18 per cent"
    else:
        return 0.0
    if head and head_syn & before:
        score += 1.5  # the noun just before the number: "a record of 2:00:35", "troops in Iraq to 2,500"
    mods = focus - {head}
    score += 0.5 * len(_expand(mods) & (window | counted))
    if people:
        # "How many people fell ill in the outbreak?": people are counted for many things ("Nine people
        # were hospitalized"); what the question says they did or where tells the count asked for
        score += 0.25 * min(2, len(pred & window))
    if scope:
        claim_scope = _stems(c.scope)
        # "the Finnish Energy industry body said": the country named by its adjective
        sent_stems = _stems(_sentence(a, c)) | named_by_form(scope, _sentence(a, c)) | asked
        if scope <= window or (claim_scope and scope <= _expand(claim_scope)):
            score += 1.5
        elif (
            (head_syn & counted or not counted)
            and _covers(sent_stems, scope)
            and not (claim_scope and not (_expand(claim_scope) & scope))
        ):
            # the sentence names the place farther off from a figure of the very thing asked: "Kestrel
            # said it would mothball its Corran Hill mine in Weardale by June, with the loss of 140 jobs";
            # a long scope may be restated but for one word
            score += 1.0 if scope <= sent_stems else 0.5
        elif claim_scope and not (_expand(claim_scope) & scope):
            return 0.0  # a figure for somewhere else ("about 900 troops in Syria")
        elif scope & (_stems(_head_of(a)) | named_by_form(scope, _head_of(a))):
            score -= 0.5  # the story is about that place ("Finnish homes"); the sentence does not repeat it
        elif _named_event_story(q, a, scope):
            # the operator's update headed "Storm Edda" never names the area the storm hit: the story is
            # the question's named event, so its figure is for the area asked about
            score -= 1.0
        elif len(_expand(mods) & window) >= 2 and _covers(_stems(a.doc.text), scope):
            # an operator's price notice names its city only in its address line; its sentence names the
            # thing priced in full ("the price of a single adult fare is 630 kr")
            score -= 1.0
        elif (
            not claim_scope
            and head_syn & (window | counted)
            and mods
            and _expand(mods) & window
            and _covers(_stems(a.doc.text), scope)
        ):
            # "Water tariffs: increase of 8.5%" in a district's notice for its towns, "including ... Lady
            # Grey": the thing asked in full, in a source that names the place elsewhere
            score -= 1.0
        elif not claim_scope and len(pred & window) >= 2 and not (scope & _stems(a.doc.text)):
            # a home paper's follow-up never names its town: "the detailed plan for the former barracks,
            # which now allows for 800 homes" repeats two of the question's own words for the thing
            score -= 1.0
        else:
            return 0.0
        if _COMPARISON.search(a.doc.text, c.sentence_start, c.start) and not _covers(sent_stems, scope):
            return 0.0  # "For comparison, the ONE Apus lost more than 1,800 boxes in 2020": another's figure
        if _WIDER_SCOPE.search(_window(a, c)) and not (scope & window):
            return 0.0  # "statewide, the rate was 3.9%" does not answer for one county
        if _other_place(q.scope, _sentence(a, c)):
            return 0.0  # "Lister County officials said only 88.5% ..." does not answer for Corran County
        if _placed_elsewhere(a, c, scope):
            return 0.0  # "lower than in nearby Carlow Bridge, where parking costs £2": another place's figure
    if _of_another_facility(q, a, c):
        return 0.0  # "at Mackay Base Hospital, which has four dedicated palliative beds", asked of a hospice
    if _BOUNDS_BEFORE.search(a.doc.text, max(0, c.start - 60), c.start):
        return (
            0.0  # "about 17,000, with a 95 per cent confidence range of 12,000 to 22,000": the error bounds
        )
    extra = set(q.terms) - focus - scope
    hits = _expand(extra) & (window | counted)
    score += 0.3 * len(hits)
    verbs = {
        t
        for t in extra
        if (t in _VERB_LIKE and not _as_noun_only(t, q.text)) or (t == "part" and _TAKE_PART.search(q.text))
    }
    acted = _stems(_comma_clause(a, c)) | counted
    if head_syn & _ATTENDANCE and _ATTENDANCE & _stems(_sentence(a, c)):
        acted |= verbs  # "the festival's final attendance ... was 21,400": the noun tells who attended
    if verbs and not (_expand(verbs) & acted):
        # "How many died?" is not answered by "9 people were still missing", nor by "a city of 420,000
        # people" beside "when 1,000 died": the question's verb must act in the figure's own clause
        score -= 1.5
    if q.attribute == "amount" and (unit == "%" or money):
        score += 0.5
    if _benchmark(q, a, c):
        return 0.0  # "faster than the regional average of 2.7%": the benchmark, a wider area's figure
    if _TYPICAL.search(a.doc.text, max(c.sentence_start, c.start - 60), c.start) and not _TYPICAL.search(
        q.text
    ):
        return 0.0  # "Typical level at Corby Lock is between 0.8 and 1.9 metres": the norm, not the reading
    if (
        _REQUESTED.search(a.doc.text, max(c.sentence_start, c.start - 40), c.start)
        or _REQUESTED_CHANGE.search(a.doc.text, max(c.sentence_start, c.start - 130), c.start)
    ) and not _REQUEST_Q.search(q.text):
        return 0.0  # "we pressed hard for six sailings but ... settled on 5": what one side wanted
    if _set_as_level(a, c, c.sentence_start) and not (_LEVEL_Q.search(q.text) or _THRESHOLD_Q.search(q.text)):
        return 0.0  # "the trust's goal is 250 kiwi by 2030": a bar set, not a level anyone has
    if _RAISED_Q.search(q.text) and _APPEAL_AFTER.match(a.doc.text, c.end):
        return 0.0  # "launched a $450,000 appeal", asked how much it has raised: the sum it aims at
    if _PERSONAL_BEST.search(_window(a, c, 40)) and not _PERSONAL_BEST.search(q.text):
        return 0.0  # runners' "personal bests under 2:08" are not the course record
    record = _RECORD_BEFORE.search(a.doc.text, max(c.sentence_start, c.start - 40), c.start)
    if record and not _RECORD_Q.search(q.text):
        return 0.0  # "The course record of 2:22:10 was never under threat": the record, not the winning time
    if _other_division(q.text, _window(a, c)):
        return 0.0  # "the women's course record of 2:24:17" does not answer for the men's race
    if _whole_not_asked(q, c):
        return 0.0  # "won 34 of the 71 seats": the 71 is the whole; the question asks for the part
    if _whole_of_asked_part(q, a, c):
        return 0.0  # "The full greenway is now 36 km long" does not measure the extension asked about
    if _component_of_total(q, a, c, head):
        return 0.0  # "will include 32 surgical beds, a 24-bed short stay unit" beside "148 beds": parts
    if _level_not_added(q, a, c):
        return 0.0  # "48 new beds, bringing total capacity to 143, up from 95": levels, not what is added
    if _bar_to_reach(a, c) and not _THRESHOLD_Q.search(q.text):
        return 0.0  # "a majority, which requires 20 seats": the bar to reach, not what anyone holds
    if _crossed_mark(a, c):
        return 0.0  # "dropped below 12,000 for the first time": a bound the level went past, not the level
    if _THIS_PERIOD_Q.search(q.text) and _of_an_earlier_year(a, c):
        return 0.0  # "this year's festival" is not answered by "up from 38,500 last year"
    if _other_edition(q, c):
        return 0.0  # "the 2023 Ceduna Oysterfest" is not answered by "up from about 6,200 last year"
    if _earlier_instance(q, a, c):
        return 0.0  # "The last major dredge, carried out in 2016, was a smaller job costing about £900,000"
    if _SAMPLE.search(a.doc.text, max(c.sentence_start, c.start - 40), c.start) and not _SAMPLE_Q.search(
        q.text
    ):
        return 0.0  # "based on a visitor survey of 600 people": the sample asked, not the count asked for
    if _bracketed_variant(q, a, c):
        return 0.0  # "R240 per adult (R120 per child)": a variant the question did not ask for
    if q.attribute == "cost" and _priced_other(q, a, c):
        return 0.0  # "A 30-day pass will cost 680 kronor", asked what a single ticket costs
    if _other_row(q, a, c, focus | scope):
        return 0.0  # "- Residents: R90" beside "- Foreign visitors: R240", asked of foreign visitors
    if _RESTATED.search(a.doc.text, max(0, c.start - 40), c.start):
        score -= 1.0  # "5,240 persons (1,310 families)": the bracketed figure restates the one before
    return score


# The noun a preposition governs in a question: "waiting for a family doctor", "treated by paramedics"
_PREPOSITION_OBJECT = re.compile(
    r"\b(?:for|by|with|from|to)\s+(?:a|an|the|their|its|his|her)\s+(?P<n>(?:[a-z-]+\s+)?[a-z]+)\b", re.I
)


@functools.lru_cache(maxsize=64)  # bounded: a server sees many questions
def _preposition_objects(text: str) -> frozenset[str]:
    """The stems of the nouns a question puts after a preposition: "How many residents are waiting for a
    family doctor?" asks for residents, and "Two new doctors" counts no one waiting. Read once per question,
    not once per figure scored against it."""
    return frozenset(stem(w) for m in _PREPOSITION_OBJECT.finditer(text) for w in m["n"].lower().split())


# "The number of households without electricity had fallen to about 14,000": the figure the count reaches,
# told after the counted noun, with no other figure between
_NUMBER_OF = re.compile(
    r"\b(?:(?:number|total|count|tally)\s+of\s+(?P<noun>(?:[a-z-]+\s+){0,2}[a-z-]+)|(?P<toll>death)\s+toll)\b"
    r"[^\d;:.]{0,60}"
    # "has been reduced from 24 to 16": the level it changed from may come between
    r"(?:\bfrom\s+\d[\d,.]*\s+)?"
    r"\b(?:to|at|was|is|stood\s+at|reached)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|"
    r"almost\s+|just\s+(?:over|under)\s+|more\s+than\s+|fewer\s+than\s+)?$",
    re.I,
)


_DEAD = frozenset(stem(w) for w in "people person dead death deaths fatalities victims".split())


def _number_of_head(a: Analyzed, c: Claim, head_syn: set[str]) -> bool:
    lo = max(c.sentence_start, c.start - 110) if c.sentence_start >= 0 else max(0, c.start - 110)
    m = _NUMBER_OF.search(a.doc.text, lo, c.start)
    if m is None:
        return False
    if m.group("toll"):
        # "the death toll ... stands at 41" counts the people who died; a question after the toll itself
        # finds it the usual way
        return bool(head_syn & _DEAD) and stem("toll") not in head_syn
    # "the number of inpatient beds": the noun counted may follow a word that says which
    return any(stem(w) in head_syn for w in m.group("noun").lower().split())


# A figure that opens a bracket after another figure: "R530 per adult per day (R265 per child per day)"
# "R240 per adult (R120 per child)", "1,100 ISK (about $8)": a variant or a conversion of the figure before
_AFTER_FIGURE_BRACKET = re.compile(
    r"\d[^()\n]{0,40}\(\s*(?:(?:about|around|approx\.?|approximately|roughly|some|nearly|almost|c\.|ca\.|~)\s*)?$"
)


def _bracketed_variant(q: Question, a: Analyzed, c: Claim) -> bool:
    text = a.doc.text
    if not _AFTER_FIGURE_BRACKET.search(text, max(0, c.start - 48), c.start):
        return False
    close = text.find(")", c.end, c.end + 60)
    if close < 0:
        return False
    return not (_expand(set(q.terms)) & _stems(text[c.end : close]))


# The thing priced just before the price: "a 30-day pass costs 560 kronor", "The monthly pass rises to 620"
_PRICED_BEFORE = re.compile(
    r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?P<n>(?!(?:to|is|are|will|would|it|that|which)\b)[a-z]+)\s+"
    r"(?:will\s+)?(?:now\s+)?(?:costs?|rises?\s+to|goes\s+up\s+to|increases?\s+to)\s+"
    r"(?:(?:about|around|just|only)\s+)?$",
    re.I,
)


# What a price list sells side by side: a question asking for one is not answered by another's price
_PRODUCTS = _words("ticket pass card membership subscription permit licence license voucher season")


def _priced_other(q: Question, a: Analyzed, c: Claim) -> bool:
    """Does the figure's own clause price another of a price list's products than the question asks for
    ("a 30-day pass costs 560 kronor", asked what a single adult ticket costs)?"""
    m = _PRICED_BEFORE.search(a.doc.text, max(c.sentence_start, c.start - 80), c.start)
    if m is None:
        return False
    asked = _expand(set(q.terms))
    n = m["n"].lower()
    return lemma(n) in _PRODUCTS and stem(n) not in asked and lemma(n) not in asked


def _other_row(q: Question, a: Analyzed, c: Claim, named: set[str]) -> bool:
    """Is the figure on a labelled row for another group than the one the question names, which a sibling
    row's label names? Only the question's words beyond its figure and place pick the row."""
    text = a.doc.text
    line0 = text.rfind("\n", 0, c.start) + 1
    m = _ROW.match(text, line0)
    if m is None or m.end() > c.start:
        return False
    asked = _expand(set(q.terms) - named)
    if not asked or asked & _stems(m.group("label")):
        return False
    return any(r.start() != line0 and asked & _stems(r.group("label")) for r in _ROW.finditer(text))


def _covers(stems: set[str], scope: set[str]) -> bool:
    """Does a passage name the question's scope? A long one ("a two-zone single bus ticket in Aarhus") is
    seldom restated whole, so one of four or more words may be missing."""
    missing = len(scope - stems)
    return missing == 0 or (missing == 1 and len(scope) >= 4)


# Nouns for people: "1,150 people are on the waiting list" counts the patients asked about
_PERSON_HEADS = frozenset(
    stem(w)
    for w in (_GENERIC_COUNTED - {"figure", "total", "number"})
    | _words(
        """children patient passenger worker staff employee student pupil visitor voter fan spectator
        volunteer refugee migrant victim casualty player customer user tenant applicant participant"""
    )
)


# What a count of people may be told in: "52 confirmed cases", "18,400 passengers", "18,000 visits"
_PEOPLE_WORDS = _words(
    "case death fatality injury infection admission arrest rider attendee visit entry application signature"
)
_PEOPLE_COUNTS = _PERSON_HEADS | frozenset(
    {lemma(w) for w in _PEOPLE_WORDS} | {stem(w) for w in _PEOPLE_WORDS}
)


def _counts_head(c: Claim, head: str) -> bool:
    return bool(_expand({head}) & _stems(c.subject))


# People counted as the posts they fill: "will employ 220 people in permanent jobs"
_PEOPLE_IN = re.compile(r"\s+[a-z]+\s+in\s+(?P<nouns>[a-z-]+(?:\s+[a-z-]+){0,2})")


def _people_in(i: Item, head: str) -> bool:
    """Does a count of people count the question's noun, as the people in it ("220 people in permanent
    jobs", "40 staff in new roles")?"""
    m = _PEOPLE_IN.match(i.source.doc.text, i.claim.end, i.claim.sentence_end)
    return m is not None and bool(_expand({head}) & _stems(m.group("nouns")))


def _counts_people(c: Claim) -> bool:
    last = (c.subject.split() or [""])[-1].lower()
    return lemma(last) in _GENERIC_COUNTED


def _as_noun_only(term: str, text: str) -> bool:
    """Does the question use a verb's stem only in its noun ("after the school flu vaccinations")?"""
    forms = [w.lower() for w in _WORD_RE.findall(text) if stem(w.lower()) == term]
    return bool(forms) and all(w.endswith(("ion", "ions", "ment", "ments")) for w in forms)


# A wider area's figure a local one is compared with: "faster than the regional average of 2.7%",
# "against a national rate of 5.1%", "Regional average annual change: +2.7%".
_BENCHMARK_BEFORE = re.compile(
    r"(?:\b(?:than|with|against|to)\s+(?:the\s+|a\s+)?|^\s*)(?P<wider>regional|national|nationwide|state|"
    r"statewide|county|countywide|global|world|european|uk|us|eu)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:average|rate|figure|total|level|mean|median)(?:\s+[\w-]+){0,2}?\s*(?:of\s+|:\s*[+-]?|was\s+|is\s+)?$",
    re.I | re.M,
)


# What a figure usually is, not what it is now
_TYPICAL = re.compile(
    r"\b(?:typical(?:ly)?|normal(?:ly)?|usual(?:ly)?|on\s+average|long-term\s+average)\b", re.I
)


def _benchmark(q: Question, a: Analyzed, c: Claim) -> bool:
    """Is the figure the wider area's one a local figure is compared with, and the question not about it?"""
    bench = _BENCHMARK_BEFORE.search(a.doc.text, max(c.sentence_start, c.start - 60), c.start)
    return bench is not None and not re.search(rf"\b{bench.group('wider')}\b", q.text, re.I)


# A figure someone asked for rather than got: "pressed hard for six sailings", "had called for a 10% rise".
_REQUESTED = re.compile(
    r"\b(?:(?:press|push|ask|call|campaign|lobby|lobbi|hope|argue|bid)(?:ed|ing|s)?\s+(?:hard\s+|strongly\s+)?"
    r"for|demand(?:ed|ing|s)?|wanted|sought)\s+(?:(?:a|an|the|at\s+least|up\s+to|about)\s+)?$",
    re.I,
)

# The figure a change someone asks for would bring: "seeking an increase in the minimum fare from the present
# Rs 30 to Rs 35"
_REQUESTED_CHANGE = re.compile(
    r"\b(?:seek(?:s|ing)?|sought|demand(?:s|ed|ing)?|(?:call|ask|push|press|lobby|campaign)(?:s|ed|ing)?\s+for|"
    r"want(?:s|ed)?|propos(?:e|es|ed|ing))\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:increase|rise|hike|"
    r"raise|cut|reduction|revision)\b[^.;:]{0,70}?\bto\s+(?:about\s+|around\s+)?$",
    re.I,
)

# A question that asks what was requested
_REQUEST_Q = re.compile(r"\b(?:ask|call|press|push|campaign|lobb|hope|demand|want|seek|sought)\w*", re.I)


# A figure named as what it takes: "which requires 20 seats", "needs at least 600 signatures"
_THRESHOLD = re.compile(
    r"\b(?:requires?|required|needs?|needed)\s+(?:to\s+(?:raise|find|collect|reach|secure|gather|sell|sign\s+up)\s+)?"
    r"(?:at\s+least\s+|only\s+|just\s+|a\s+minimum\s+of\s+|another\s+|a\s+further\s+)?$",
    re.I,
)
_THRESHOLD_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:needed|required)\b", re.I)
_NEEDED_FOR = re.compile(
    r"\b(?:needed|required)\s+(?:for|to\s+(?:win|form|pass))\s+(?:an?\s+|the\s+)?(?:\w+\s+)?majority\b", re.I
)


# A question about the current edition of something yearly: "this year's festival", "this season".
_THIS_PERIOD_Q = re.compile(r"\bthis\s+(?:year|season)\b", re.I)


def _of_an_earlier_year(a: Analyzed, c: Claim) -> bool:
    """Does the figure hold for a year before the report's own ("up from 38,500 last year", "the same as
    last year's 525")?"""
    written = a.date.earliest
    return c.as_of_latest is not None and written is not None and c.as_of_latest.year < written.year


# A question about one year's edition of an event: "the 2023 Ceduna Oysterfest"
_EDITION_Q = re.compile(r"\bthe\s+(?P<y>(?:19|20)\d\d)\s+(?-i:[A-Z])")


def _other_edition(q: Question, c: Claim) -> bool:
    """Does the figure hold for a year before the edition the question names ("the 2023 Oysterfest")?"""
    ed = _EDITION_Q.search(q.text)
    return ed is not None and c.as_of_latest is not None and c.as_of_latest.year < int(ed["y"])


# The last time the thing asked about happened: "The last major dredge, carried out in 2016, ..."
_LAST_ONE = re.compile(
    r"\b(?:the\s+)?(?:last|previous|prior)\s+(?:major\s+|big\s+|full\s+)?(?P<w>[a-z]+)\b", re.I
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _earlier_instance(q: Question, a: Analyzed, c: Claim) -> bool:
    """Is the figure that of an earlier time the thing asked about happened, named by "the last" with a year
    before the report's?"""
    if c.sentence_start < 0 or a.date.earliest is None:
        return False
    sent = a.doc.text[c.sentence_start : c.start]
    asked = _expand(set(q.terms))
    return any(
        stem(m["w"].lower()) in asked
        and any(int(y.group(0)) < a.date.earliest.year for y in _YEAR.finditer(a.doc.text, m.end(), c.start))
        for m in _LAST_ONE.finditer(sent)
    )


# A figure that is a survey's sample: "a visitor survey of 600 people", "polled 1,004 adults".
_SAMPLE = re.compile(
    r"\b(?:(?:survey|poll|sample|questionnaire|study|panel)\s+of|(?:surveyed|polled|interviewed|questioned|"
    r"sampled))\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+over\s+)?$",
    re.I,
)
_SAMPLE_Q = re.compile(r"\b(?:survey|poll|sample|questionnaire|respond|interview)", re.I)


def _bar_to_reach(a: Analyzed, c: Claim) -> bool:
    """Is the figure a bar to reach ("which requires 20 seats", "the 36 needed", "it's not 36, ...
    referring to the number needed for a majority") rather than a level anyone has?"""
    text = a.doc.text
    return bool(
        _THRESHOLD.search(text, max(c.sentence_start, c.start - 30), c.start)
        or _THRESHOLD_AFTER.match(text, c.end)
        or (c.sentence_start >= 0 and _NEEDED_FOR.search(text, c.end, c.sentence_end))
    )


# A mark a figure crossed, not its level: "dropped below 12,000 for the first time", "topped the 1 million
# mark".
_CROSSED_BEFORE = re.compile(
    r"\b(?:(?:dropped|drops?|fell|falls?|fallen|slipped|sank|sunk|dipped|gone|went|rose|rises|risen|climbed|"
    r"jumped|crept)\s+"
    r"(?:below|under|above|over|past|beyond)|topped|passed|crossed|surpassed|broke|breached)\s+(?:the\s+)?$",
    re.I,
)
_CROSSED_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:mark|barrier|milestone|threshold)\b|\s+for\s+the\s+first\s+time\b", re.I
)


def _crossed_mark(a: Analyzed, c: Claim) -> bool:
    """Is the figure a mark the measure went past ("dropped below 12,000 for the first time since 2022")?
    A fall below a figure never gives its level; a rise past one does only when no mark is named."""
    text = a.doc.text
    before = _CROSSED_BEFORE.search(text, max(c.sentence_start, c.start - 30), c.start)
    if before is None:
        return False
    return bool(re.search(r"below|under", before.group(0), re.I) or _CROSSED_AFTER.match(text, c.end))


_THRESHOLD_Q = re.compile(
    r"\b(?:requires?|required|needs?|needed|minimum|threshold|to\s+win|for\s+a)\b", re.I
)

# A figure in brackets right after another figure and its noun restates it in another unit.
_RESTATED = re.compile(r"\d[\d,.]*\s+[A-Za-z-]+\s*\(\s*$")


def _whole_not_asked(q: Question, c: Claim) -> bool:
    """The figure is the whole a part belongs to ("34 of the 71 seats"), and the question asks no total."""
    return ".total" in c.rule and not _WHOLE_Q.search(q.text)


# A part of a route, building or scheme that a question asks about, and the whole it belongs to: "How long is
# the new greenway extension?" is not answered by "The full greenway is now 36 km long"
_PART_NOUN = re.compile(
    r"\b(?:extensions?|sections?|stretch(?:es)?|phases?|legs?|spurs?|additions?|annexe?s?|wings?|stages?)\b",
    re.I,
)
_WHOLE_NAMED = re.compile(r"\b(?:full|whole|entire|complete|overall)\s+(?!of\b)[a-z][\w'’-]+", re.I)


def _whole_of_asked_part(q: Question, a: Analyzed, c: Claim) -> bool:
    """The figure measures the whole ("The full greenway is now 36 km long") of the part the question asks
    about, in a sentence that never names that part."""
    if not _PART_NOUN.search(q.text) or _WHOLE_Q.search(q.text) or c.sentence_start < 0:
        return False
    sent = a.doc.text[c.sentence_start : c.sentence_end]
    return _WHOLE_NAMED.search(sent) is not None and _PART_NOUN.search(sent) is None


# A list of what a whole holds: "The building will include 32 surgical beds, a 24-bed short stay unit"
_INCLUDES = re.compile(
    r"\b(?:include[sd]?|including|comprising|comprises?|made\s+up\s+of|consisting\s+of|among\s+them)\b"
    r"[^.;:!?]{0,80}$",
    re.I,
)


def _component_of_total(q: Question, a: Analyzed, c: Claim, head: str) -> bool:
    """The figure is one of the parts a whole is said to include ("will include 32 surgical beds, a 24-bed
    short stay unit"), and another sentence of the source gives a larger figure of the thing asked: that
    is the total, the part answers only a question that names it ("How many surgical beds?")."""
    if c.sentence_start < 0 or c.number is None:
        return False
    inc = _INCLUDES.search(a.doc.text, c.sentence_start, c.start)
    if inc is None:
        return False
    # the words that make it a part: up to the next comma after the figure ("surgical", "short stay unit")
    tail = re.split(r",|\band\b", a.doc.text[c.end : c.sentence_end])[0]
    if not head or (_stems(tail) & set(q.terms)) - {head}:
        return False
    return any(
        o.kind == "quantity"
        and o.number is not None
        and o.number > c.number
        and o.unit == c.unit
        and (
            (o.sentence_start != c.sentence_start and head in _stems(a.doc.text[o.end : o.end + 30]))
            # "the 36 includes four short-stay visitor berths": the whole is what includes the part
            or (
                o.sentence_start == c.sentence_start
                and _WHOLE_BEFORE.fullmatch(a.doc.text, o.end, inc.start()) is not None
            )
        )
        for o in a.claims
    )


# Between a whole and the verb that says it includes a part: "the 36 includes", "88 berths, including"
_WHOLE_BEFORE = re.compile(r"(?:\s+[a-z-]+){0,2}\s*,?\s*")


# A question about what is added ("How many new beds will it add?"), and the level an addition brings a
# total to ("bringing total capacity to 143", "takes us from 95 to 143")
_PROVIDE_Q = re.compile(r"\b(?:deliver|build|provide|create|offer|plann)\w*\b", re.I)
# ... "new" of the thing counted ("How many new homes"), not of what has them ("will the new health centre
# have")
_ADDED_Q = re.compile(
    r"\b(?:add|adds|added|adding|extra|additional)\b"
    r"|(?<!\bthe\s)(?<!\bits\s)(?<!\bthis\s)(?<!\btheir\s)\bnew\b(?!.*\b(?:total|in all)\b)",
    re.I,
)
_REACHING = (
    r"\b(?:bringing|brings|bring|taking|takes|lifting|lifts|raising|raises|boosting|boosts)\b[^.;:]{0,40}?"
)
_REACHED_BEFORE = re.compile(
    r"(?:"
    + _REACHING
    + r"|\bfrom\s+(?:about\s+|around\s+)?\d[\d,.]*\s+(?:[a-z]+\s+)?)\bto\s+(?:about\s+|around\s+|some\s+)?$",
    re.I,
)
# ... and a level so reached earlier in a sentence ("bringing total capacity to 143 beds, up from 95")
_REACHED = re.compile(_REACHING + r"\bto\s+(?:about\s+|around\s+|some\s+)?\d", re.I)

_GAIN_VERB = re.compile(
    r"(?:add|gain|hir|creat|rais|increas|rose|ris|grow|grew|boost|expand|extend|lift|doubl)"
)
_MORE_AFTER = re.compile(r"\s*(?:[a-z-]+\s+)?(?:more|extra|additional)\b", re.I)


def _a_gain(a: Analyzed, c: Claim, verb: str) -> bool:
    """A difference that adds ("will gain 48 new beds", "48 extra beds"), which answers what is added."""
    if verb:
        return _GAIN_VERB.match(verb.lower()) is not None
    return _MORE_AFTER.match(a.doc.text, c.end) is not None


def _level_not_added(q: Question, a: Analyzed, c: Claim) -> bool:
    """Asked what is added, the figure is a level: the one an addition brings a total to, or the one before
    ("bringing total capacity to 143 beds, up from 95")."""
    if not _ADDED_Q.search(q.text):
        return False
    lo = max(c.sentence_start, c.start - 80)
    if _REACHED_BEFORE.search(a.doc.text, max(lo, c.start - 60), c.start):
        return True
    return "history" in c.rule and _REACHED.search(a.doc.text, lo, c.start) is not None


# A question asking for the whole of which a sentence reports a part ("How many seats are there in all?")
_WHOLE_Q = re.compile(r"\b(?:in total|in all|altogether|total|out of|overall|all told)\b", re.I)

_RECORD_Q = re.compile(r"\b(?:record|fastest|best time|winning time)\b", re.I)

_RECORD_Q = re.compile(r"\brecords?\b", re.I)
_RECORD_BEFORE = re.compile(
    r"\b(?:course|event|race|meeting|championship|world|national|area|club|ground|venue|track|all-time)\s+"
    r"records?\s+(?:of|is|was|stands\s+at|remains)\s+(?:just\s+)?$",
    re.I,
)
_PERSONAL_BEST = re.compile(r"\bpersonal\s+bests?\b|\bseason(?:'s|’s)?\s+bests?\b", re.I)

# Divisions of a competition or a population that a question names one of
_DIVISIONS = (  # (the division asked about, the other one)
    (re.compile(r"\bmen(?:'s|’s)?\b", re.I), re.compile(r"\bwomen(?:'s|’s)?\b", re.I)),
    (re.compile(r"\bwomen(?:'s|’s)?\b", re.I), re.compile(r"(?<!wo)\bmen(?:'s|’s)\b", re.I)),
    (re.compile(r"\bboys(?:'|’)?\b", re.I), re.compile(r"\bgirls(?:'|’)?\b", re.I)),
    (re.compile(r"\bgirls(?:'|’)?\b", re.I), re.compile(r"\bboys(?:'|’)?\b", re.I)),
)


def _other_division(question: str, window: str) -> bool:
    """The figure's clause names the other division of the one the question asks about, and not its own."""
    for own, other in _DIVISIONS:
        if own.search(question) and other.search(window) and not own.search(window):
            return True
    return False


_PLACE_KIND = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]+)\s+(?P<kind>County|City|State|Province|District|Region|Township|Borough|"
    r"Parish|Shire|Prefecture|Municipality)\b"
)


def _named_event_story(q: Question, a: Analyzed, scope: set[str]) -> bool:
    """Whether a source's head names every proper name of the question besides its scope ("Storm Edda")."""
    others = _stems(" ".join(_proper_names(q.text))) - scope
    return bool(others) and others <= _stems(_head_of(a))


def _head_of(a: Analyzed) -> str:
    """A source's title and opening, where it names what the story is about."""
    return f"{a.doc.title or ''} {a.doc.text[:300]}"


_IN_PLACE = re.compile(
    r"\b(?:in|at|across)\s+(?:(?:the|neighbouring|neighboring|nearby)\s+)?(?P<n>[A-Z][\w'’-]+)"
)


# A place a relative clause ends in, right before a figure: "in nearby Carlow Bridge, where parking costs"
_WHERE_PLACE = re.compile(
    r"\b(?:in|at)\s+(?:nearby\s+|neighbouring\s+|neighboring\s+|rival\s+)?(?P<n>[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*)*),?\s+(?:where|in which)\b[^,;]*$"
)


def _placed_elsewhere(a: Analyzed, c: Claim, scope: set[str]) -> bool:
    there = _WHERE_PLACE.search(a.doc.text, max(c.sentence_start, 0), c.start)
    return there is not None and not _stems(there.group("n")) & scope


# A named facility a relative clause tells of, right before a figure: "cared for in general wards at Mackay
# Base Hospital, which has four dedicated palliative beds"
_WHICH_HAS = re.compile(
    r"\b(?:in|at|of|by)\s+(?:the\s+)?(?P<n>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*),?\s+which\s+"
    r"(?:has|had|have|holds|held|runs|ran|offers|offered|provides|provided)\b[^,;]*$"
)


def _of_another_facility(q: Question, a: Analyzed, c: Claim) -> bool:
    """Is the figure told of another named facility than the one asked about (a hospital's beds, asked of a
    new hospice)? Its name's head word is none of the question's words."""
    there = _WHICH_HAS.search(a.doc.text, max(c.sentence_start, 0), c.start)
    if there is None:
        return False
    head = there.group("n").split()[-1]
    return len(there.group("n").split()) > 1 and not _stems(head) & _stems(q.text)


def _other_place(scope: str, sentence: str) -> bool:
    """The sentence is about another place of the kind the question names ("Lister County" when the question
    asks about "Corran County"), and never names the question's."""
    asked = _PLACE_KIND.search(scope)
    if asked is None or asked.group("name") in sentence:
        return False
    return any(m.group("kind") == asked.group("kind") for m in _PLACE_KIND.finditer(sentence))


def _updates(it: Item, keys: set[str]) -> bool:
    """Does a figure's sentence give it as the update of a figure that answers the question ("there are now
    41 confirmed cases, up from 27 last week", with 27 an answer)? Then it counts the same thing, however
    few of the question's words its sentence repeats."""
    c = it.claim
    if c.sentence_start < 0 or ":" in c.value:  # "Friday 15:10 - ...": a clock time updates nothing
        return False
    return any(
        o.kind == "quantity"
        and (
            "history" in o.rule
            # "two hours now costs £2.00 (it was £1.80 last year)": a figure its own time puts before
            or (o.rule.endswith(".timex") and _dated_before(o, it.lo))
        )
        and o.sentence_start == c.sentence_start
        and o.unit == c.unit
        and o.start > c.end  # "41 ..., up from 27": the older figure follows the update
        and _number_key(o) in keys
        for o in it.source.claims
    )


# "the waiting list has come down to 118": what changed, the change, and the figure it changed to
_CHANGED_TO = re.compile(
    r"\b(?:the|its|their)\s+(?P<np>(?:[a-z-]+\s+){0,2}[a-z-]+)\s+(?:has|have|had)\s+(?:now\s+|since\s+)?"
    r"(?:come\s+down|gone\s+up|gone\s+down|fallen|dropped|risen|grown|shrunk|climbed|increased|decreased|"
    r"reached|edged\s+up|crept\s+up)\s+(?:again\s+)?to\s+(?:about\s+|around\s+|just\s+)?$"
    r"|\b(?:the|its|their)\s+(?P<np2>(?:[a-z-]+\s+){0,2}[a-z-]+)\s+now\s+stands\s+at\s+$",
    re.I,
)


def _told_changed(it: Item, passing: Sequence[Item]) -> bool:
    """Is a figure told as the new level of the very thing an answering figure's sentence names ("the waiting
    list has come down to 118" beside "The waiting list for a mooring ... has reached 140 people")? Then it
    counts the same thing, though its sentence names less of the question."""
    c = it.claim
    if c.sentence_start < 0 or "history" in c.rule:
        return False
    m = _CHANGED_TO.search(it.source.doc.text, max(c.sentence_start, c.start - 80), c.start)
    if m is None:
        return False
    thing = [w.lower() for w in (m.group("np") or m.group("np2")).split()]
    if not set(thing) - _STOP:
        return False
    said = _words_in_row(thing)
    return any(
        _kind_of(p.claim) == _kind_of(c) and said.search(_sentence(p.source, p.claim))
        for p in passing
        if p.doc_id != it.doc_id
    )


# A measure a question names beside its figure: "for up to two hours", "per night", "a day ticket"
_QUESTION_MEASURE = re.compile(
    r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty-four)\s+(?P<u>hours?|minutes?|"
    r"days?|nights?|weeks?|months?|kilometres?|km|miles?)\b",
    re.I,
)


def _measure_of(text: str) -> set[tuple[float | None, str]]:
    """The measures a text names ("two hours" gives (2.0, "hour")), number and singular unit."""
    return {(parse_number(m["n"]), m["u"].lower().rstrip("s")) for m in _QUESTION_MEASURE.finditer(text)}


def _same_measure_told(asked: set[tuple[float | None, str]], it: Item, passing: Sequence[Item]) -> bool:
    """Does a figure's sentence repeat the measure the question names beside the figure it asks for
    (``asked``: "How much does it cost to park for up to two hours ...?" and "where two hours now costs
    £2.40"), in the unit of the figures that answer best? Then it prices the same thing, though it repeats
    few other words."""
    if not asked or it.history or not passing or any(p.claim.unit != it.claim.unit for p in passing):
        return False
    return bool(asked & _measure_of(_sentence(it.source, it.claim)))


def _dated_before(c: Claim, day: date | None) -> bool:
    return day is not None and c.as_of_latest is not None and c.as_of_latest < day


def _chained_updates(
    low: Sequence[tuple[Analyzed, Claim]], passing: Sequence[Item], clusters: dict[str, int], gone: set[str]
) -> list[Item]:
    """Figures given as the update of an answering figure ("The list stood at 12,850 at the end of April, down
    from 14,200"), and in turn of those ("11,900 ..., down from 12,850 in April"): each counts the same thing,
    though its sentence names nothing of the question. Each takes the score of the figure it updates."""
    scores: dict[str, float] = {}
    # only the figures that answer best anchor a chain: a weak match ("Across the wider Tessford district,
    # the population rose ... to 131,400") would pass its weakness on
    top = max((i.score for i in passing), default=0.0)
    for i in passing:
        if i.score >= top - _CHAIN_FROM_BEST - 1e-9:
            scores[i.key] = max(scores.get(i.key, 0.0), i.score)
    out: list[Item] = []
    # each candidate with the older figure its sentence updates, found once
    todo = [
        (a, c, older)
        for a, c in low
        if _number_key(c) not in gone and (older := _own_history(a, c)) is not None
    ]
    while (found := next((x for x in todo if x[2] in scores), None)) is not None:
        a, c, older = found
        todo.remove(found)
        key = _number_key(c)
        scores[key] = max(scores.get(key, 0.0), scores[older])
        out.append(_doc_item(a, c, key, scores[older], clusters.get(a.doc.id, 0)))
    return out


def _counter_figures(
    low: Sequence[tuple[Analyzed, Claim]], passing: Sequence[Item], clusters: dict[str, int], gone: set[str]
) -> list[Item]:
    """Sums of money a source sets against an answering sum it restates ("Council says $3.4 million. We say
    be ready for closer to $5 million."): its own figure for the same thing, in the sentences right after,
    though they name nothing of the question. Each takes the score of the sum it answers, and the restated
    sum comes with it."""
    best = {i.key: i.score for i in passing if _kind_of(i.claim) == "money"}
    out: list[Item] = []
    for a, told in low:
        key = _number_key(told)
        if key not in best or not told.number:
            continue
        for a2, c in low:
            if (
                a2 is a
                and told.end < c.start <= told.sentence_end + _COUNTER_REACH
                and _kind_of(c) == "money"
                and c.number is not None
                and (k := _number_key(c)) not in best
                and k not in gone
                and 1 / 3 <= c.number / told.number <= 3
                and not _AGREES.search(a.doc.text, told.end, c.start)
                and _SAID_BY.search(a.doc.text, told.sentence_start, told.start) is not None
                and _COUNTER_CUE.search(a.doc.text, max(c.sentence_start, c.start - 50), c.start) is not None
            ):
                out.append(_doc_item(a, c, k, best[key], clusters.get(a.doc.id, 0)))
                # the restated sum stands beside it in the same source: two sides at one time, not an update
                if all(i.claim is not told for i in out):
                    out.append(_doc_item(a, told, key, best[key], clusters.get(a.doc.id, 0)))
    return out


# "Council says $3.4 million", "the council's figure of $3.4 million": a sum told as another party's
_SAID_BY = re.compile(
    r"\b(?:says?|said|claims?|claimed|puts?\s+(?:it|the\s+\w+)\s+at|estimates?|figure\s+of|according\s+to)"
    r"\b[^.;]{0,40}$",
    re.I,
)
# "We say be ready for closer to $5 million": the source's own sum set against it
_COUNTER_CUE = re.compile(
    r"\b(?:(?i:we|our|actually|in\s+reality|more\s+like|closer\s+to|nearer|realistic(?:ally)?)|I)\b"
)
_COUNTER_REACH = 160  # characters after the restated sum's sentence: the next sentence or two
# "... $3.4 million, plus a further $0.5 million for ...": an addition, not a counter-figure
_AGREES = re.compile(r"\b(?:plus|further|another|additional|extra|includ\w*|of which|on top)\b", re.I)


def _own_history(a: Analyzed, c: Claim) -> str | None:
    """The key of the older figure a figure's own sentence gives it as history ("12,850 ..., down from
    14,200"), when no other current figure stands between them."""
    if c.sentence_start < 0 or ":" in c.value:
        return None
    for o in a.claims:
        if o.kind != "quantity" or "history" not in o.rule or o.unit != c.unit:
            continue
        if (
            o.sentence_start == c.sentence_start
            and o.end <= c.start
            and _FROM_TO.fullmatch(a.doc.text, o.end, c.start)
            and _FROM_BEFORE.search(a.doc.text, max(0, o.start - 30), o.start)
        ):
            return _number_key(o)  # "has been reduced from 1,200 to 950": 950 updates 1,200
        if (
            o.sentence_start >= c.sentence_end
            and not a.doc.text[c.sentence_end : o.sentence_start].strip()
            and _REVISED_FROM.match(a.doc.text, o.sentence_start, o.start)
        ):
            # "... now allows for 800 homes. The number was revised from 950 after ...": the next sentence
            # gives the figure's own history
            return _number_key(o)
    between = [
        o
        for o in a.claims
        if o.kind == "quantity" and o.sentence_start == c.sentence_start and o.start > c.end
    ]
    for o in sorted(between, key=lambda o: o.start):
        if "history" not in o.rule:
            return None
        if o.unit == c.unit:
            # "12,850 at the end of April, down from 14,200": the older figure is the same measure's, told
            # right after; "The stand, which holds 7,500 fans, ... reducing the ground's capacity from
            # 26,000" gives another measure's history
            link = a.doc.text[c.end : o.start]
            return _number_key(o) if len(link) <= _HISTORY_LINK and _HISTORY_CUE.search(link) else None
    return None


_FROM_TO = re.compile(r"\s+(?:to|into)\s+(?:about\s+|around\s+|just\s+)?", re.I)
# a change told as done ("has been reduced from"), not one to come ("will rise from", "raises ... from")
_FROM_BEFORE = re.compile(r"\b(?:\w+ed|cut)\s+(?:down\s+|up\s+|back\s+)?from\s+$", re.I)
_REVISED_FROM = re.compile(
    r"\s*(?:the|this|that)\s+(?:number|figure|total|count|estimate)\s+(?:was|has\s+been|had\s+been)\s+"
    r"(?:revised|reduced|cut|lowered|raised|increased|scaled\s+back|trimmed)\s+(?:down\s+|up\s+)?from\s+$",
    re.I,
)
_CHAIN_FROM_BEST = 1.0  # how far below the best figure an anchor of a chain of updates may score
_HISTORY_LINK = 60  # characters between a figure and the older one its sentence gives it
_HISTORY_CUE = re.compile(
    r"\b(?:(?:down|up)\s+from|compared\s+(?:with|to)|against|from)\s+(?:the\s+)?$|\(\s*$", re.I
)


def _follows_up(it: Item, keys: set[str], head: str) -> bool:
    """Does a figure of the very thing asked come from a source that restates an answering figure ("around
    900 homes remain without supply ... At the peak, 48,000 customers were off supply")? Then it is the
    follow-up's figure for the slot, though its sentence repeats few of the question's words."""
    c = it.claim
    if not head or "history" in c.rule or not (_expand({head}) & _stems(c.subject)):
        return False
    return any(
        o.kind == "quantity" and o is not c and _number_key(o) in keys and _number_key(o) != it.key
        for o in it.source.claims
    )


# "return sailings a day", "visitors per year": a rate's period, not the thing counted
_RATE_PERIOD = re.compile(r"\s+(?:a|an|per|each|every)\s+(?:day|night|week|month|year|hour)\s*$", re.I)


# A relative clause closing the question's noun phrase: "price [that] a private tanker can charge"
_RELATIVE_IN_FOCUS = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:a|an|the|each|every|one|any)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:can|could|will|may|might|must|should|(?:is|are)\s+allowed\s+to|(?:has|have)\s+to)\s+[a-z]+\s*$",
    re.I,
)

# "tariffs going up": a phrasal change verb reads as the one-word one ("rising")
_GOING_UP = re.compile(r"\bgo(?:ing|es|ne)?\s+(?P<way>up|down)\s*$", re.I)


# "EUR 4.2 million (48 million Swedish kronor)": the same amount in another currency, in brackets
_BRACKET_OPEN = re.compile(r"\s*\(\s*(?:(?:about|around|approximately|approx\.|roughly|some|nearly|c\.)\s+)?")


def _as_converted(items: list[Item]) -> list[Item]:
    """A figure a source gives with its conversion in brackets is written as the other sources write it:
    "EUR 4.2 million (48 million kronor)" beside a story's "48 million kronor" is one amount, not two."""
    keys = Counter(i.key for i in items)
    out: list[Item] = []
    for it in items:
        a, c = it.source, it.claim
        m = _BRACKET_OPEN.match(a.doc.text, c.end)
        close = a.doc.text.find(")", c.end) if m is not None else -1
        inside = (o for o in a.claims if o.kind == "quantity" and m and m.end() == o.start < o.end <= close)
        twin = next(inside, None)
        if twin is not None and keys[it.key] == 1 and keys[key := _number_key(twin)] > 0 and key != it.key:
            it = replace(it, key=key)
        out.append(it)
    return out


def _number_slot(q: Question, docs: Sequence[Analyzed], clusters: dict[str, int]) -> _Slot:
    q_focus = _GOING_UP.sub(lambda m: "rising" if m["way"].lower() == "up" else "falling", q.focus)
    focus_words = [w for w in terms_of(_RATE_PERIOD.sub("", q_focus))]
    scope = set(terms_of(q.scope))
    focus = set(focus_words) - scope
    head = focus_words[-1] if focus_words else ""
    if head in scope:
        head = next((w for w in reversed(focus_words) if w not in scope), "")
    lead = terms_of(_HEAD_BEFORE.split(_RATE_PERIOD.sub("", q_focus), maxsplit=1)[0])
    if lead and lead[-1] != head and lead[-1] not in scope:
        head = lead[-1]  # "the death toll from the Dolna Vara mine collapse": the toll is counted
    if head in _TALLY_NOUNS and len(focus_words) > 1 and focus_words[-2] not in scope:
        head = focus_words[-2]  # "the seat tally": seats are what is counted, not votes
    rel = _RELATIVE_IN_FOCUS.search(q_focus)
    if rel is not None and (before_rel := [w for w in terms_of(q_focus[: rel.start()]) if w not in scope]):
        head = before_rel[-1]  # "the maximum price a tanker can charge": the price, not the charging
    grades = _grades_asked(q, docs)
    items: list[Item] = []
    refuted: list[Item] = []
    notes: list[str] = []
    refutations: list[tuple[Analyzed, Claim]] = []
    speaks_against: set[str] = set()  # documents that refute or correct a figure themselves
    history: list[tuple[str, str]] = []  # (document, value) stated as history, even in passing
    past: list[tuple[Analyzed, Claim]] = []  # history figures whose own clause missed the question
    missed: list[tuple[Analyzed, Claim]] = []  # current figures whose sentence missed the question
    names = _proper_names(q.text)
    in_question = _numbers_in_question(q)
    # the place a figure is for ("the price of petrol in Estavia"): home papers often leave it out
    # and so do the owners of the place ("on most of Wellington's central city streets")
    soft = _place_names(q.text) & names
    # "in the NorthGrid and Coastline Power areas": the scope is each coordinated part in turn, and a
    # figure for either part answers its part
    qparts = _question_parts(q.text)
    in_parts = frozenset().union(*qparts) if qparts else frozenset()
    part_scopes = [(scope - in_parts) | p for p in qparts] if scope & in_parts else []
    # "By how much did bread, milk and eggs go up?": each part is the thing measured in turn
    part_heads = (
        [((focus - in_parts) | p, next((w for w in reversed(focus_words) if w in p), min(p))) for p in qparts]
        if not part_scopes and focus & in_parts
        else []
    )
    for a in docs:
        short = 0.0
        if names:
            low = f"{a.doc.title or ''} {a.doc.text}".lower()  # lowered only when names are to be found
            if not _names_in(names, q.text, low) and not (soft and _names_in(names - soft, q.text, low)):
                # "the carnival" in Eastbridge for the Eastbridge Midsummer Carnival: a follow-up may name a
                # long name but for one word, ranked below the stories that name it whole
                if len(names) < 3 or sum(_name_prefix(n) in low for n in names) < len(names) - 1:
                    continue  # another storm, stadium or company; a figure's scope is checked below
                short = 0.5
        for c in a.claims:
            if c.kind == "refutation":
                refutations.append((a, c))
            if c.polarity in ("refuted", "denied"):
                speaks_against.add(a.doc.id)
            if c.kind != "quantity":
                continue
            s = _quantity_score(q, a, c, focus, head, scope, grades)
            for ps in part_scopes:
                s = max(s, _quantity_score(q, a, c, focus - ps, head, ps, grades))
            for pf, ph in part_heads:
                s = max(s, _quantity_score(q, a, c, pf, ph, scope, grades))
            s -= short
            if _given_by_question(c, in_question) and c.polarity == "asserted":
                s = 0.0  # "when two trams collided": a figure the question itself gives is not the answer
            if "history" in c.rule:
                history.append((a.doc.id, _number_key(c)))
                if s < 2.0:
                    past.append((a, c))
            elif s < 2.0 and c.polarity == "asserted" and not _given_by_question(c, in_question):
                missed.append((a, c))
            if s < 2.0:
                continue
            corrected = c.polarity == "asserted" and _in_correction(a, c)
            if corrected and not _MISSTATED.search(_sentence(a, c), 0, c.start - c.sentence_start):
                continue  # "rejected claims that turnout exceeded 100%": neither asserted nor the false value
            it = _doc_item(a, c, _number_key(c), s, clusters.get(a.doc.id, 0))
            # "an earlier version of this article misstated the cost as $41 million": the outlet's own
            # correction refutes the value
            if corrected:
                speaks_against.add(a.doc.id)
            (refuted if corrected or c.polarity in ("refuted", "denied") else items).append(it)
    items = _as_converted(items)
    if grades and items:
        # "all water restrictions have been lifted": no rung holds any more, as of that source
        items.extend(lifted_items(q, docs, clusters, max(i.score for i in items)))
    # "rose to €1.74, up from €1.71 a fortnight ago": the history figure answers the slot its sentence's
    # current figure answers, though the question's words sit beside the current one only
    this_period = bool(_THIS_PERIOD_Q.search(q.text))
    for a, c in past:
        if (this_period and _of_an_earlier_year(a, c)) or _level_not_added(q, a, c) or _other_edition(q, c):
            continue
        twin = next(
            (
                i
                for i in items
                if i.doc_id == a.doc.id
                and i.claim.sentence_start == c.sentence_start
                and not i.history
                and _kind_of(i.claim) == _kind_of(c)
            ),
            None,
        )
        if twin is not None:
            items.append(_doc_item(a, c, _number_key(c), twin.score, twin.cluster))
    # a value refuted anywhere is refuted everywhere; a reported value ("a viral post claimed 10,000")
    # falls when a relevant refutation speaks of the same kind of report
    bad_keys = {i.key for i in refuted}
    topic = _expand({head} | focus) if head else set()
    for a in docs:
        if not topic or not (topic & _stems(a.doc.text)):
            continue
        for c in a.claims:
            if c.kind == "quantity" and c.polarity in ("refuted", "denied"):
                bad_keys.add(_number_key(c))
    # "stood by the figure of 45,000 households": a figure its owner defends against the side that calls
    # it misleading is one side's figure in a dispute, not a false report
    defended = {
        it.key
        for it in items
        if _DEFENDED.search(
            it.source.doc.text, max(it.claim.sentence_start, it.claim.start - 60), it.claim.start
        )
    }
    if bad_keys and any(_STOOD_BY_IT.search(a.doc.text) for a in docs):
        # "NPWS said on Tuesday it stood by the estimate": the owner defends the figure the other side calls
        # inflated, wherever the figure itself is written
        defended |= {
            i.key
            for i in (*items, *refuted)
            if i.key in bad_keys
            and i.claim.polarity == "asserted"
            and not _REPORTING.search(_sentence(i.source, i.claim))
        }
    disputed = frozenset(defended & bad_keys)
    if defended:
        bad_keys -= defended
        items.extend(i for i in refuted if i.key in defended)
        refuted = [i for i in refuted if i.key not in defended]
    rel_refs = [
        (a, c)
        for a, c in refutations
        if (focus | scope) and len((focus | scope) & _stems(_sentence(a, c))) >= 1
    ]
    keep: list[Item] = []
    for it in items:
        sent = _sentence(it.source, it.claim)
        rep = _REPORTING.search(sent)
        if it.key in bad_keys:
            refuted.append(it)
            continue
        hit = None
        if rep:
            for a, c in rel_refs:
                if a.doc.id == it.doc_id and c.sentence_start == it.claim.sentence_start:
                    continue
                # the refuted report's subject opens a word of the sentence ("article" is no part of
                # "participating")
                if c.subject and re.search(rf"\b{re.escape(stem(c.subject)[:4])}", sent, re.I):
                    hit = (a, c)
                    break
                if it.claim.value in _sentence(a, c):
                    hit = (a, c)
                    break
        if hit:
            refuted.append(it)
            notes.append(_refutation_note(*hit))
        else:
            keep.append(it)
    for it in refuted:
        if it.claim.polarity in ("refuted", "denied"):
            notes.append(
                f'{it.claim.value} is refuted in [{it.label}]: "{_clip(_sentence(it.source, it.claim))}"'
            )
    # a refuted value that some other item asserts is not a live value
    live_keys = {i.key for i in keep}
    refuted = [i for i in refuted if i.key not in live_keys or i.key in bad_keys]
    keep = [i for i in keep if i.key not in {r.key for r in refuted}]
    # a source whose own figure is refuted elsewhere ("a forwarded message: a Rs 10,000 fine") does not
    # stand for its other figures ("Rs 25,000 for a second offence") against sources nobody refutes
    discredited = {
        i.doc_id
        for i in refuted
        if i.key in bad_keys
        and i.claim.polarity == "asserted"
        and not _REPORTING.search(_sentence(i.source, i.claim))
    } - (speaks_against | {a.doc.id for a, _ in refutations})
    if discredited and any(i.doc_id not in discredited for i in keep):
        keep = [i for i in keep if i.doc_id not in discredited]
    if head and head not in _PERSON_HEADS and any(_counts_head(i.claim, head) for i in keep):
        # "How many adverse reactions?": "three minor reactions" counts them; "2,140 children vaccinated"
        # counts people, which only stands in for the noun when nothing counts it directly
        keep = [
            i
            for i in keep
            if not _counts_people(i.claim) or _counts_head(i.claim, head) or _people_in(i, head)
        ]
    if keep:
        # only the figures that fit the question best; refuted ones no longer set the bar. A part the
        # question names sets its own bar: one area's report may word the figure less like the question
        part = {id(i): _part_of(i, qparts) if part_scopes or part_heads else None for i in keep}
        best_of: dict[int | None, float] = {}
        for i in keep:
            best_of[part[id(i)]] = max(best_of.get(part[id(i)], 0.0), i.score)
        # a figure tied to no part still faces the best of all
        bar = {k: max(best_of.values()) if k is None else v for k, v in best_of.items()}
        passing = [i for i in keep if i.score >= bar[part[id(i)]] - 2.0 - 1e-9]
        strong = {i.key for i in passing}
        # a source none of whose figures passes may still follow up another's: see _follows_up
        strong_docs = {i.doc_id for i in passing}
        # the measure the question names beside the figure it asks for (its first, as it reads)
        asked_measure = _measure_of(qm.group(0)) if (qm := _QUESTION_MEASURE.search(q.text)) else set()
        passing_kinds = {_subtype(p, head) for p in passing} if head else set()
        fits = {id(i) for i in passing} | {
            id(i)
            for i in keep
            if _updates(i, strong)
            or (i.doc_id not in strong_docs and _follows_up(i, strong, head))
            or _same_measure_told(asked_measure, i, passing)
            or _told_changed(i, passing)
            # "12 cottages" beside "36 apartments", asked how many homes: a kind no passing value counts
            # faces no bar of another kind's wording
            or (head and (kind := _subtype(i, head)) and kind not in passing_kinds)
        }
        weak = [i for i in keep if id(i) not in fits]
        keep = [i for i in keep if id(i) in fits]
        chained = _chained_updates(
            [*missed, *((i.source, i.claim) for i in weak if not i.history)],
            passing,
            clusters,
            {i.key for i in refuted},
        )
        keep.extend(chained)
        keep.extend(_counter_figures(missed, passing, clusters, {i.key for i in refuted}))
        weak = [i for i in weak if all(i.claim is not k.claim for k in chained)]
    else:
        weak = []
    if not keep:
        # a rival figure phrased differently ("could cut the flow by up to 20%") answers a share or money
        # question too when its sentence covers most of the question's words
        rival = 0.6 if _expected_type(q) in ("%", "money") else None
        gone = {i.key for i in refuted} | bad_keys
        backoff = [i for i in _backoff_quantities(q, docs, clusters, rival=rival) if not i.history]
        keep = [i for i in backoff if i.key not in gone]
        refuted.extend(i for i in backoff if i.key in bad_keys)
        if keep:
            notes.append("no figure matched the question's noun: ranked figures by the question's words")
    elif keep and _expected_type(q) in ("%", "money"):
        # a rival figure phrased differently ("could cut the flow by up to 20%") still answers the question
        # when its sentence covers the question's words as well as the best match does
        have = {i.key for i in keep} | {i.key for i in refuted}
        keep.extend(
            i
            for i in _backoff_quantities(q, docs, clusters, floor=0.6)
            if i.key not in have and not i.history
        )
    if any(_kind_of(i.claim) == "time" for i in keep) and (
        _RECORD_Q.search(q.text) or _kind_of(max(keep, key=lambda i: i.score).claim) == "time"
    ):
        keep = [i for i in keep if _kind_of(i.claim) == "time"]  # a record time is answered by times only
    want = _expected_type(q)
    if want in ("%", "money") and any(_kind_of(i.claim) == want for i in keep):
        # "How much did rents rise?" wants the rise, not the rent it rose to
        keep = [i for i in keep if _kind_of(i.claim) == want]
    if q.period is not None:
        keep = in_period(keep, q.period) or keep  # before parts pick each part's value
    if _EACH_PART_Q.search(q.text):
        # "the worst since 2019, when about 5,000 homes lost supply": background, not an older value of a part
        keep = [i for i in keep if not _long_before(i)] or keep
    keep = _drop_differences(_drop_breakdowns(keep))
    parts = False
    if qparts and len({i.key for i in keep}) > 1:
        split_keep = _one_per_part(keep, qparts)
        if split_keep is not None:
            keep, parts = split_keep, True
    if not parts and len({i.key for i in keep}) > 1:
        parts = (not scope and _scoped_parts(keep)) or any(
            ".additive" in i.claim.rule and not i.history for i in keep
        )
    if not parts and len({i.key for i in keep}) > 1 and q.attribute == "amount":
        parts = _contributed_parts(keep)
    if not parts and len({i.key for i in keep}) > 1:
        parts = _phase_parts(keep)
    kinds = len({i.key for i in keep}) > 1 and q.attribute == "count" and (
        _kind_parts(keep) or _subtype_parts(keep, head)
    )
    # "How much money is going into the upgrade, and from which sources?": a sum asked by its parts
    parts = parts or kinds or (len({i.key for i in keep}) > 1 and _BY_SOURCE_Q.search(q.text) is not None)
    if not parts:
        keep = _off_scale(_drop_asides(keep))
    return _Slot(
        tuple(keep),
        tuple(refuted),
        tuple(dict.fromkeys(notes)),
        parts,
        _supersedes(keep, history),
        weak=tuple(weak),
        disputed=disputed,
        kinds=kinds,
    )


def _amount(i: Item) -> float | None:
    """A figure's digits as written, as a number: "48 beds" is 48 and "£2.3 million" 2.3; a figure in words
    ("nine") has none."""
    digits = _number_of(i.claim.value)
    try:
        return float(digits) if digits else None
    except ValueError:
        return None


def _drop_breakdowns(items: list[Item]) -> list[Item]:
    """Figures one sentence lists that add up to a figure the sources give as a whole ("32 general beds,
    10 rehabilitation beds and 6 mental health beds" beside "48 new beds") break that whole down: they
    are no rival answers."""
    by_sentence: dict[tuple[str, int], list[Item]] = {}
    for i in items:
        if not i.history and i.claim.sentence_start >= 0:
            by_sentence.setdefault((i.doc_id, i.claim.sentence_start), []).append(i)
    drop: set[int] = set()
    for (doc_id, start), group in by_sentence.items():
        values = {i.key: _amount(i) for i in group}
        if len(values) < 2 or None in values.values():
            continue
        total = sum(v for v in values.values() if v is not None)
        sums = [
            i
            for i in items
            if i.key not in values and (v := _amount(i)) is not None and abs(v - total) < 1e-9
        ]
        # "13 ... have accepted positions elsewhere, reducing the jobs lost from 34 to 21": a sentence that
        # moves from the whole to a new level tells a change, not a breakdown of the whole
        if sums and not any(
            i.history and i.doc_id == doc_id and i.claim.sentence_start == start for i in sums
        ):
            drop |= {id(i) for i in group}
    return [i for i in items if id(i) not in drop]


def _drop_differences(items: list[Item]) -> list[Item]:
    """A figure equal to the gap between the old and the new level its sentence gives ("13 employees have
    accepted positions elsewhere, reducing the number of jobs lost from 34 to 21") is the change, not a
    rival level. The new level is the figure right after the old one ("from 34 to 21")."""
    moves = [
        (o, n)
        for o in items
        if o.history
        for n in items
        if not n.history and n.doc_id == o.doc_id and 0 <= n.claim.start - o.claim.end <= _FROM_TO_GAP
    ]
    gaps: dict[tuple[str, int], set[float]] = {}
    for o, n in moves:
        if (a := _amount(o)) is not None and (b := _amount(n)) is not None:
            gaps.setdefault((o.doc_id, o.claim.sentence_start), set()).add(abs(a - b))
    levels = {id(n) for _, n in moves}

    def is_gap(i: Item) -> bool:
        v = _amount(i)
        return (
            not i.history
            and id(i) not in levels
            and v is not None
            and any(abs(v - g) < 1e-9 for g in gaps.get((i.doc_id, i.claim.sentence_start), ()))
        )

    return [i for i in items if not is_gap(i)]


_FROM_TO_GAP = 8  # characters between an old level and the new one: " to ", " to about "


# A run of capitalised words, and where it ends in a possessive ("New Zealand's").
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
_POSSESSIVE = re.compile(r"['’]s$")
# "in Estavia"; "Mullayanagiri peak near Chikmagalur": a town named to place the thing is left out as often
_IN_BEFORE = re.compile(r"\b(?:in|near|outside)\s+(?:the\s+)?$", re.I)
_AT_BEFORE = re.compile(r"\bat\s+(?:the\s+)?$", re.I)
_AREA_OF = re.compile(r"-(?:area|based|wide|region)$", re.I)


def _place_names(question: str, *, at: bool = False) -> set[str]:
    """The words (lowercased, as `_proper_names` gives them) naming the place a figure is for: a name after
    "in" ("the price of petrol in Estavia") or an owner's name ("Wellington's central city streets", "New
    Zealand's District Court"). Home papers often leave the place out, and so do the owners of the place.
    With ``at``, the question's last name after "at" is a place too ("the Kepler Challenge at Te Anau"): an
    event's venue."""
    out: set[str] = set()
    runs = list(_NAME_RUN.finditer(question))
    for i, m in enumerate(runs):
        words = m.group().split()
        owner = next((k for k, w in enumerate(words) if _POSSESSIVE.search(w)), None)
        if _AREA_OF.search(words[-1]):
            out.update(w.lower() for w in words)  # "the Ketchum-area housing waitlist": a place by its form
        elif owner is not None:
            out.update(w.lower() for w in words[: owner + 1])
        elif _IN_BEFORE.search(question, 0, m.start()) or (
            at and i == len(runs) - 1 and _AT_BEFORE.search(question, 0, m.start())
        ):
            out.update(w.lower() for w in words)
    return out


# How far a figure may sit from the others before it measures something else.
_OFF_SCALE = 1000.0
_ON_SCALE = 10.0


_BY_SOURCE_Q = re.compile(
    r"\b(?:from\s+(?:which|what|whom)\b|who\s+(?:is|are|was|were|will\s+be)\s+(?:paying|funding|contributing|"
    r"putting\s+in)|(?:broken|split)\s+down\b)",
    re.I,
)


def _off_scale(items: list[Item]) -> list[Item]:
    """Figures a thousand times off all the others, when three or more others agree to within ten times, are
    of something else: "revenue estimated at $1.3 million a year" beside a pass at $84, $92 and $99."""
    sized = {i.key: abs(i.claim.number) for i in items if i.claim.number}
    if len(sized) < 4:
        return items
    drop = set()
    for key, n in sized.items():
        others = [m for k, m in sized.items() if k != key]
        lo, hi = min(others), max(others)
        if hi <= lo * _ON_SCALE and (n >= hi * _OFF_SCALE or n * _OFF_SCALE <= lo):
            drop.add(key)
    return [i for i in items if i.key not in drop]


_SAID = re.compile(
    r"\b(?:said|says|according|estimat\w*|claim\w*|argu\w*|insist\w*|put the|puts the|believ\w*|think|thinks|"
    r"dispute\w*|critics?|forecast\w*|projected|predict\w*|warn\w*|likely|expect\w*|reckon\w*|suggest\w*)\b",
    re.I,
)


_EARLIER = re.compile(
    r"\b(?:earlier|initial(?:ly)?|first|previous(?:ly)?|original(?:ly)?|had|was|were|last|ago|before|once|"
    r"rose|fell|up|down|now|revised|updated|latest)\b",
    re.I,
)


def _drop_asides(items: list[Item]) -> list[Item]:
    """A figure found only in stories that also state a better-supported figure, told plainly (no speaker,
    no estimate), is an aside about something else ("the women's side lost their own final 2-0"): a story
    does not disagree with itself without saying so."""
    by_key: dict[str, list[Item]] = {}
    for i in items:
        if not i.history:
            by_key.setdefault(i.key, []).append(i)
    if len(by_key) < 2:
        return items
    support = {k: {i.cluster for i in v} for k, v in by_key.items()}
    docs_of = {k: {i.doc_id for i in v} for k, v in by_key.items()}
    # "has been reduced from 24 to 16": a figure told beside the one it replaced is the story's news
    replacing = {(i.doc_id, i.claim.sentence_start) for i in items if i.history}
    drop: set[str] = set()
    for key, mine in by_key.items():
        docs = docs_of[key]
        if any(
            (i.doc_id, i.claim.sentence_start) in replacing
            or _SAID.search(sent)
            or _EARLIER.search(sent)
            or i.claim.as_of_earliest is not None
            # "We say be ready for closer to $5 million": the story's own side against a sum it restates
            or _COUNTER_CUE.search(sent, max(0, at - 50), at)
            for i in mine
            for sent, at in ((_sentence(i.source, i.claim), i.claim.start - i.claim.sentence_start),)
        ):
            continue  # an estimate, or a figure of another time ("earlier reports put it at 27")
        for other, odocs in docs_of.items():
            if other != key and docs <= odocs and len(support[other]) > len(support[key]):
                drop.add(key)
                break
    return [i for i in items if i.history or i.key not in drop]


_PERCENT_Q = re.compile(
    r"\b(?:share|percent|percentage|proportion|rate|turnout|fraction)\b"
    r"|^(?:by\s+)?how much\b.*\b(?:rise|rose|risen|fall|fell|fallen|reduce|cut|increase|decrease|drop|grow|"
    r"grew|shrink|lower|raise|climb|decline)",
    re.I,
)

_MONEY_Q_RE = re.compile(
    r"\b(?:cost|costs|price|fare|fee|aid|pledg\w*|sell|sold|spend|spent|fund\w*|pay|paid|worth|budget|"
    r"donat\w*|grant|loan|salary|wage|money|raise[ds]?|economy|economic|revenue|profit|sales|earn\w*|invest\w*)\b",
    re.I,
)


def _kind_of(c: Claim) -> str:
    unit = c.unit.lower()
    if unit == "%":
        return "%"
    if unit == "time":
        return "time"  # a race or clock time ("2:08:41")
    if is_money(unit):
        return "money"
    return "count"


def _expected_type(q: Question) -> str:
    """What kind of figure the question wants: "%", "money", "count" or "" (anything)."""
    if _PERCENT_Q.search(q.text):
        return "%"
    if q.text.lower().startswith("how much") and _MONEY_Q_RE.search(q.text):
        return "money"
    if q.text.lower().startswith("how many"):
        return "count"
    return ""


def _term_weights(q: Question, docs: Sequence[Analyzed]) -> dict[str, float]:
    """IDF weights over the case's documents of the question's content words that occur in them.

    A word every document uses (the story's name) still counts a little; a word only one uses counts most.
    """
    terms = [t for t in q.terms if not t[0].isdigit()]
    stems_of = [_stems(f"{a.doc.title or ''} {a.doc.text}") for a in docs]
    n = len(docs)
    out: dict[str, float] = {}
    for t in terms:
        syn = _expand({t})
        df = sum(1 for st in stems_of if syn & st)
        if df:
            out[t] = 0.3 + math.log((n + 1) / df)
    return out


def _backoff_quantities(
    q: Question,
    docs: Sequence[Analyzed],
    clusters: dict[str, int],
    *,
    floor: float = 0.45,
    rival: float | None = None,
) -> list[Item]:
    """Figures whose sentence shares most of the question's (IDF-weighted) words and whose kind fits it.

    Used when no figure counts the question's noun: "How much will the dam reduce the river's flow?" is
    answered by "will reduce dry-season flows downstream by only 3%".
    """
    weights = _term_weights(q, docs)
    total = sum(weights.values())
    if total <= 0:
        return []
    want = _expected_type(q)
    in_question = _numbers_in_question(q)
    scope = set(terms_of(q.scope))
    scored: list[tuple[float, Analyzed, Claim]] = []
    for a in docs:
        for c in a.claims:
            if c.kind != "quantity" or c.polarity != "asserted" or (c.attribute == "change" and want != "%"):
                continue
            if c.unit == "score":
                continue  # a match result is found only by a question about scores
            if _whole_not_asked(q, c):
                continue  # the whole a part belongs to ("34 of the 71 seats") answers only "in total"
            if _in_correction(a, c) or _crossed_mark(a, c):
                continue  # a corrected figure; a mark the level went past ("has fallen below 5%")
            if _given_by_question(c, in_question):
                continue  # "when two trams collided": a figure the question itself gives
            unit = c.unit.lower()
            money = is_money(unit)
            if (want == "%" and unit != "%") or (want == "money" and not money):
                continue
            if want == "count" and (money or unit == "%" or unit in _MEASURE_UNIT_WORDS):
                continue
            if q.attribute == "duration" and (
                unit not in _MEASURE_UNITS["duration"]
                or _SPREAD_OVER.search(a.doc.text, max(0, c.start - 30), c.start)
            ):
                continue  # "How long did the strike last?" is answered in days, never by "6.5 per cent"
            if q.scope and (_other_place(q.scope, _sentence(a, c)) or _placed_elsewhere(a, c, scope)):
                continue
            if _benchmark(q, a, c) or _bracketed_variant(q, a, c):
                continue  # a wider area's figure; "1,100 ISK (about $8)": the conversion of another
            window = _stems(_sentence(a, c))
            got = sum(w for t, w in weights.items() if _expand({t}) & window)
            cover = got / total
            if cover >= floor:
                scored.append((cover, a, c))
    if not scored:
        return []
    best = max(s for s, _, _ in scored)
    bar = best - 0.15 if rival is None else min(best - 0.15, rival)
    return [
        _doc_item(a, c, _number_key(c), 2.0 + 2.0 * s, clusters.get(a.doc.id, 0))
        for s, a, c in scored
        if s >= bar
    ]


def _part_of(it: Item, parts: Sequence[frozenset[str]]) -> int | None:
    """The part of the question an item speaks of: the one named nearest the figure in its sentence."""
    text = it.source.doc.text
    lo = it.claim.sentence_start if it.claim.sentence_start >= 0 else max(0, it.claim.start - 150)
    hi = it.claim.sentence_end if it.claim.sentence_end >= 0 else it.claim.end + 150
    best: tuple[int, int] | None = None
    for k, part in enumerate(parts):
        dist: int | None = None
        for m in _WORD_RE.finditer(text, lo, hi):
            if stem(m.group(0).lower()) in part:
                d = abs(m.start() - it.claim.start)
                dist = d if dist is None else min(dist, d)
        if dist is not None and (best is None or dist < best[0]):
            best = (dist, k)
        elif dist is not None and best is not None and dist == best[0]:
            return None
    if best is None and it.claim.scope:
        sc = set(terms_of(it.claim.scope))
        hits = [k for k, p in enumerate(parts) if p <= sc]
        return hits[0] if len(hits) == 1 else None
    if best is None:
        title = set(terms_of(it.source.doc.title or "")) | set(terms_of(text[:200]))
        hits = [k for k, p in enumerate(parts) if p <= title]
        return hits[0] if len(hits) == 1 else None
    return best[1]


def _one_per_part(items: Sequence[Item], parts: Sequence[frozenset[str]]) -> list[Item] | None:
    """For each part the question names, the items of its best value (the newest of the best-fitting);
    None unless at least two parts get a value and the values differ."""
    by_part: dict[int, list[Item]] = {}
    for it in items:
        if it.history:
            continue
        k = _part_of(it, parts)
        if k is not None:
            by_part.setdefault(k, []).append(it)
    if len(by_part) < 2:
        return None
    out: list[Item] = []
    for its in by_part.values():
        top = max(i.score for i in its)
        good = [i for i in its if i.score >= top - 0.5]
        newest = max(good, key=lambda i: (sort_point(i) or date.min, i.score))
        out.extend(i for i in good if i.key == newest.key)
    if len({i.key for i in out}) < 2:
        return None
    return out


def _scoped_parts(items: Sequence[Item]) -> bool:
    """Every current value is tied to its own place ("nine in Norland", "four in Sele"): parts of a whole.

    A value stated without a place counts as that of the same value stated with one.
    """
    scopes: dict[str, set[frozenset[str]]] = {}
    for i in items:
        if i.history:
            continue
        scopes.setdefault(i.key, set())
        if i.claim.scope:
            scopes[i.key].add(frozenset(_stems(i.claim.scope)))
    if len(scopes) < 2 or any(not v for v in scopes.values()):
        return False
    seen: set[frozenset[str]] = set()
    for v in scopes.values():
        if v & seen:
            return False  # two values for one place are rivals, not parts
        seen |= v
    return True


# The kind of job a count of jobs is: building the project, running it once built, or at suppliers and
# other firms it brings work to. A clause naming one kind only says which.
_JOB_KINDS = (
    ("build", re.compile(r"\b(?:construction|building|temporary)\b", re.I)),
    (
        "run",
        re.compile(
            r"\b(?:permanent|ongoing|operational|operating|direct|up\s+and\s+running|"
            r"once\s+(?:it|the\s+\w+)\s+opens)\b",
            re.I,
        ),
    ),
    ("spin-off", re.compile(r"\b(?:indirect|induced|spin-?off|supplier|supply[- ]chain)\b", re.I)),
)


def _kind_parts(items: Sequence[Item]) -> bool:
    """Each value counts its own kind of job ("around 400 construction jobs at its peak", "220 people in
    permanent jobs when fully operational", "a further 3,500 indirect jobs"): parts of one answer, not
    rivals. Each value's clause must name one kind only, and no two values the same kind."""
    kinds: dict[str, set[str]] = {}
    for i in items:
        if i.history:
            continue
        sent = _sentence(i.source, i.claim)
        at = i.claim.start - i.claim.sentence_start
        lo, hi = clause_around(sent, at, i.claim.end - i.claim.sentence_start)
        named = {k for k, rx in _JOB_KINDS if rx.search(sent, lo, hi)}
        if len(named) != 1:
            return False
        kinds.setdefault(i.key, set()).update(named)
    if len(kinds) < 2 or any(len(v) != 1 for v in kinds.values()):
        return False
    told = [next(iter(v)) for v in kinds.values()]
    return len(set(told)) == len(told)


# Kinds of homes a plan builds, each counted on its own ("36 apartments", "12 cottages"); "dwellings", "units"
# and "properties" are homes of any kind, and a utility's "customers" are no kind of home
_HOME_KINDS = frozenset(
    stem(w)
    for w in """apartments flats townhouses townhomes bungalows cottages duplexes condos condominiums villas
    studios maisonettes""".split()
)
_HOME_HEADS = frozenset({"home", "hous", "house", "housing", "dwell", "dwelling", "unit"})


def _subtype(i: Item, head: str) -> str:
    """The kind of home a value counts ("cottages"), asked how many homes, else ''."""
    if head not in _HOME_HEADS:
        return ""
    counted = {stem(w) for w in _stems(i.claim.subject)} & _HOME_KINDS
    return next(iter(counted)) if len(counted) == 1 else ""


def _subtype_parts(items: Sequence[Item], head: str) -> bool:
    """Does each current value count its own kind of the thing asked ("36 apartments", "24 townhomes", "12
    cottages", asked how many homes)? Then they are parts of one answer, not rivals."""
    kinds: dict[str, set[str]] = {}
    for i in items:
        if i.history:
            continue
        if not (kind := _subtype(i, head)):
            return False
        kinds.setdefault(i.key, set()).add(kind)
    told = [next(iter(v)) for v in kinds.values() if len(v) == 1]
    return len(kinds) >= 2 and len(told) == len(kinds) and len(set(told)) == len(told)


# Who puts in a sum: "The Tasmanian Government will contribute $8.5 million", "Hobart City Council last night
# voted to contribute $3.2 million"
_CONTRIBUTOR = re.compile(
    # "The Province", "Hobart City Council"; "the federal government", named in lower case
    r"(?P<who>(?:(?i:the)\s+)?(?:federal|provincial|state|national|regional|municipal|city|county|local)\s+"
    r"(?:government|council|authority)|[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,4})\s+(?:[a-z]+\s+){0,3}?"
    r"(?:will\s+|would\s+|has\s+|have\s+|had\s+|is\s+to\s+|are\s+to\s+|(?:agreed|voted|pledged|promised)\s+to\s+)?"
    r"(?:contribut(?:e|es|ed|ing)|invest(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|commit(?:s|ted|ting)?|"
    r"provid(?:e|es|ed|ing)|put(?:s|ting)?\s+(?:up|in)|chip(?:s|ped)?\s+in|allocat(?:e|es|ed|ing)|"
    # "Our Build Better Care appeal has raised $2.5 million": an appeal's takings are its share
    r"grant(?:s|ed)?|award(?:s|ed)?|raised)\s+(?:a\s+further\s+|another\s+|up\s+to\s+|about\s+|around\s+)?$"
)
# A share named by its giver's adjective: "a municipal contribution of $600,000", "a federal grant of $2m"
_GIVER_ADJECTIVE = (
    r"(?P<who>federal|provincial|state|municipal|city|county|council|government|regional|national|private|"
    r"corporate|lottery)\s+(?:contribution|grant|funding|investment|share|top-up)"
)
_CONTRIBUTION_OF = re.compile(
    rf"\b{_GIVER_ADJECTIVE}\s+of\s+(?:up\s+to\s+|about\s+|around\s+|a\s+further\s+|another\s+)?$", re.I
)
# ... or after the sum: "$750,000 council contribution to the pool redevelopment"
_CONTRIBUTION_AFTER = re.compile(rf"\s+{_GIVER_ADJECTIVE}\b", re.I)
# The giver named after a sum: "$1.2 million from Ontario's Community Building Fund"
_GIVER_AFTER = re.compile(
    r"\s+(?:in\s+funding\s+|in\s+grants?\s+)?from\s+(?:the\s+)?(?P<who>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,5})"
)
# Words every public body's name may share: they tell no contributor from another
_BODY_WORDS = frozenset(
    "the government council city county state federal national regional district municipal borough "
    "authority department ministry office".split()
)


def _phase_parts(items: Sequence[Item]) -> bool:
    """Is every current value told of a phase or stage of its own ("Phase one will deliver 420 homes", "phase
    two will add 380 homes"), by the rung the claims read in its sentence? Then the values are parts of the
    whole, not rivals."""
    phases: dict[str, set[frozenset[str]]] = {}
    for i in items:
        if i.history:
            continue
        named = {
            f"{g.number:g}"
            for g in i.source.claims
            if g.attribute == "grade"
            and g.unit.lower() in ("phase", "stage")
            and g.number is not None
            and g.sentence_start == i.claim.sentence_start
        }
        phases.setdefault(i.key, set())
        if len(named) == 1:
            phases[i.key].add(frozenset(named))
    return parts_apart(phases)


def _contributed_parts(items: Sequence[Item]) -> bool:
    """Every current sum is put in by its own contributor ("The Australian Government will invest $12
    million", "The Tasmanian Government will contribute $8.5 million"): shares of one funding, not rivals."""
    givers: dict[str, set[frozenset[str]]] = {}
    for i in items:
        if i.history or _kind_of(i.claim) != "money":
            continue
        givers.setdefault(i.key, set())
        text = i.source.doc.text
        lo = max(i.claim.sentence_start, i.claim.start - 120)
        m = (
            _CONTRIBUTOR.search(text, lo, i.claim.start)
            or _CONTRIBUTION_OF.search(text, lo, i.claim.start)
            # "is getting $1.2 million from Ontario's Community Building Fund": the giver after the sum
            or _GIVER_AFTER.match(text, i.claim.end)
            or _CONTRIBUTION_AFTER.match(text, i.claim.end)
        )
        if m is not None:
            named = [w.lower() for w in m.group("who").split() if w.lower() != "the"]
            # "Hobart City Council" goes by "hobart"; "the Federal Government" by its whole name
            words = frozenset(named) - _BODY_WORDS or frozenset({" ".join(named)})
            givers[i.key].add(words)
    # one contributor giving two sums: rival reports of its share
    return parts_apart(givers)


def _supersedes(items: Sequence[Item], history: Sequence[tuple[str, str]] = ()) -> frozenset[tuple[str, str]]:
    """(newer, older) value keys a document states itself: its current value and the history beside it
    ("has risen to 27, up from 12"; "now stands at 41. The agency had put the toll at 27")."""
    by_doc: dict[str, tuple[set[str], set[str]]] = {}
    for i in items:
        cur, old = by_doc.setdefault(i.doc_id, (set(), set()))
        (old if i.history else cur).add(i.key)
    for doc_id, key in history:
        if doc_id in by_doc:
            by_doc[doc_id][1].add(key)
    return frozenset((n, o) for cur, old in by_doc.values() for n in cur for o in old if n != o)


_HYPHEN_NOUN = re.compile(r"-([a-z]{3,})\b(?!-)")

# The bounds of an estimate's uncertainty, not rival figures: "a confidence range of 12,000 to 22,000"
_BOUNDS_BEFORE = re.compile(
    r"\b(?:confidence|credible|plausible|uncertainty)\s+(?:range|interval|band|bounds?)s?\s+"
    r"(?:of|from|between|is|was)\s+(?:[\d,.]+\s+(?:to|and|-|–)\s+)?$",
    re.I,
)
# An owner standing by its figure without restating it: "it stood by the estimate."
_STOOD_BY_IT = re.compile(
    r"\b(?:stood|stands|stand|standing|stuck|sticks)\s+(?:firmly\s+)?by\s+(?:the|its|their|our|his|her)\s+"
    r"(?:[a-z-]+\s+)?(?:figures?|estimates?|numbers?|count|survey|data)\s*[.;,\"”]"
)
_DEFENDED = re.compile(
    r"\b(?:stood|stands|stand|standing|stuck|sticks|stick)\s+(?:firmly\s+)?(?:by|to)\s+(?:the|its|his|her|their|our)\s+"
    r"(?:[a-z-]+\s+)?(?:figures?|estimates?|numbers?|claims?|forecasts?|projections?)\s+(?:of\s+)?"
    r"(?:about\s+|around\s+|some\s+)?$"
    # "The company repeated its estimate of 450 permanent jobs": its owner says it again after the challenge
    r"|\b(?:defended|defends|defending|repeated|repeats|reiterated|reiterates|restated|restates)\s+"
    r"(?:the|its|his|her|their|our)\s+(?:[a-z-]+\s+)?"
    r"(?:figures?|estimates?|numbers?|claims?|forecasts?|projections?)\s+(?:of\s+)?(?:about\s+|around\s+)?$",
    re.I,
)


def _refutation_note(a: Analyzed, c: Claim) -> str:
    who = c.speaker or "a source"
    return f'{who} [{_label(a)}]: "{_clip(_sentence(a, c))}"'


_FIGURES_PER_SOURCE = 2


def _number_of(value: str) -> str:
    """A figure's digits, to compare "£1,500" with "1500"."""
    return re.sub(r"[^\d.]", "", value).rstrip(".")


def _numbers_in(text: str) -> set[str]:
    return {_number_of(m.group(0)) for m in re.finditer(r"\d[\d,.]*", text)} - {""}


def _figures_in(a: Analyzed, s0: int, s1: int, asked: set[str]) -> list[str]:
    """The figures a sentence states as current: its quantities, less history ("up from 41% two years
    ago"), bare years, and the figures the question itself quotes (``asked``: the claim being checked)."""
    out: list[str] = []
    for c in a.claims:
        value = c.value.strip()
        if c.kind != "quantity" or not (s0 <= c.start < s1) or value in out:
            continue
        if "history" in c.rule:
            # an older value inside the sentence ("from 6,114"); a figure for a past period ("fell 8.2 per
            # cent in the year to December") is the latest measurement, and stays
            continue
        digits = _number_of(value)
        if not digits or digits in asked or re.fullmatch(r"(?:19|20)\d\d", value):
            continue
        if _set_as_level(a, c, 0):
            continue  # the bar a measurement is held against, or the margin over it: not the measurement
        if _SINCE_SPAN.search(a.doc.text, max(0, c.start - 60), c.start):
            continue  # "the first time in 14 years": how long since, not a measurement
        if (
            c.as_of_latest is not None
            and a.date.earliest is not None
            and c.as_of_latest.year < a.date.earliest.year - 1
        ):
            continue  # "as low as 22,000 tonnes in 2019" in a 2025 report: an older value
        out.append(value)
    return out[:_FIGURES_PER_SOURCE]


# "for the first time in", "the highest level in": a span of time since, before a figure of years
_SINCE_SPAN = re.compile(
    r"\b(?:first\s+time|highest|lowest|best|worst|biggest|largest|smallest|most|fewest)\s+(?:\w+\s+){0,3}in\s+$",
    re.I,
)

# Words naming a bar that a measurement is compared with.
_LEVEL_WORDS = r"(?:target|goal|limit|threshold|benchmark|ceiling|safe\s+(?:level|mark)|reference\s+point)"

# "the 85% target", "our £1 million target", "a 48,000-tonne safe level"; "£260,000 over target"
_LEVEL_AFTER = re.compile(
    r"[\s-]*(?!of\b)(?:[a-z]+[\s-]+){0,3}" + _LEVEL_WORDS + r"\b"
    r"|\s*(?:over|above|below|under|short\s+of|ahead\s+of)\s+(?:the\s+|its\s+|our\s+|their\s+)?"
    r"(?:\w+\s+)?" + _LEVEL_WORDS + r"\b",
    re.I,
)

# "a contractual target of 85%", "the safe threshold of 48,000 tonnes", "against a target of 85 per cent"
_LEVEL_BEFORE = re.compile(_LEVEL_WORDS + r"\s+(?:of|at|is|was|set\s+at)\s+(?:about\s+|around\s+)?$", re.I)
_LEVEL_Q = re.compile(r"\b" + _LEVEL_WORDS + r"s?\b|\baim(?:s|ed|ing)?\b|\bwants?\b|\bplan(?:s|ned)?\b", re.I)


# The size of an appeal is what it aims to raise, not what it has: "a $450,000 appeal"
_APPEAL_AFTER = re.compile(
    # "... $40,000 to the appeal" is a gift to it: no preposition or article stands between
    r"[\s-]+(?:(?!(?:to|for|from|towards|into|of|the|a|an|its|their)\b)[a-z]+\s+){0,2}?(?:appeal|fundraiser|fundraising\s+(?:drive|campaign|effort)|crowdfunder|"
    r"crowdfunding\s+(?:campaign|appeal)|capital\s+campaign)\b",
    re.I,
)
_RAISED_Q = re.compile(r"\b(?:raised?|raising|collected|donated|pledged)\b", re.I)


def _set_as_level(a: Analyzed, c: Claim, lo: int) -> bool:
    """Is the figure a bar set (a target, a goal, a limit) or the margin over one, by the words before it
    (from ``lo`` on) or after it? Not a measurement of the thing itself."""
    text = a.doc.text
    return bool(_LEVEL_AFTER.match(text, c.end) or _LEVEL_BEFORE.search(text, max(lo, c.start - 40), c.start))


# "How many homes lost power in each district?", "broken down by area": the question asks for parts
_EACH_PART_Q = re.compile(
    r"\b(?:in|for|of|across|at)\s+(?:each|every)\s+(?!one\b)[a-z-]+|\b(?:per|by)\s+(?:area|district|region|"
    r"ward|county|constituency|borough|council|town|country|state|site|school|department|zone)\b|"
    r"\bbroken\s+down\s+by\b",
    re.I,
)


def _long_before(i: Item) -> bool:
    """A history figure dated more than a year before its document."""
    hi, doc_lo = i.claim.as_of_latest, i.source.date.earliest
    return i.history and hi is not None and doc_lo is not None and (doc_lo - hi).days > 365


_ONE_IN = re.compile(r"\b(?:one|1)\s+(?:in|out\s+of)\s+(?:every\s+)?$", re.I)


_RATIO_AFTER = re.compile(r"\s+(?:the|as|that|more|less|larger|bigger|higher|greater|over)\b")
_CLAUSE_MARK = re.compile(r"[,;:]")


def _acts_before(a: Analyzed, c: Claim) -> set[str]:
    """The acts a count of times counts, from the words before it: "were called out 187 times" gives
    "call" and "callout", "visited the site 40 times" gives "visit"."""
    if _RATIO_AFTER.match(a.doc.text, c.end):
        return set()  # "more than three times the 350 hectares": a ratio, not a count of acts
    # the verb of the count's own clause
    before = _CLAUSE_MARK.split(a.doc.text[max(c.sentence_start, c.start - 30) : c.start])[-1]
    words = [w.lower() for w in _WORD_RE.findall(before)][-2:]
    acts = {stem(w) for w in words}
    if len(words) == 2:
        acts.add(stem(words[0]) + words[1])  # "called out" is a callout
    return acts


def _abbreviation_after(a: Analyzed, c: Claim) -> set[str]:
    """ "1.42 million twenty-foot equivalent units (TEU)": the bracketed short form names what is counted."""
    if not c.subject:
        return set()
    at = a.doc.text.find(c.subject, c.end, c.end + 80)
    m = _ABBREVIATION.match(a.doc.text, at + len(c.subject)) if at >= 0 else None
    return {stem(m.group(1).lower())} if m else set()


_ABBREVIATION = re.compile(r"\s*\(([A-Z]{2,6})s?\)")


def _nearest_interval(it: Item, *, spans: bool = False) -> tuple[date, date] | None:
    """The interval of the date nearest the figure in its own sentence. ``spans``: a span nearer still
    ("in the first six months of 2023") stands between the figure and the date, and there is none."""
    c = it.claim
    near = [
        (min(abs(t.start - c.end), abs(c.start - t.end)), iv)
        for t in it.source.timexes
        if c.sentence_start <= t.start
        and t.end <= c.sentence_end
        and ((iv := timex_interval(t.value)) is not None or spans)
    ]
    return min(near, key=lambda x: x[0])[1] if near else None


def _stated_for(it: Item, period: tuple[date, date]) -> bool:
    """The figure is stated for the whole period: its own date, or the date nearest it in its sentence, is
    the period or spans it."""
    c = it.claim
    if c.as_of_earliest is not None and c.as_of_latest is not None:
        return c.as_of_earliest <= period[0] and period[1] <= c.as_of_latest
    if c.as_of_earliest is not None or c.as_of_latest is not None:
        return False
    iv = _nearest_interval(it, spans=True)
    return iv is not None and iv[0] <= period[0] and period[1] <= iv[1]


def in_period(items: Sequence[Item], period: tuple[date, date]) -> list[Item]:
    """The items that hold in the period asked about, the best-placed first: those stated for the whole
    period ("1.42 million TEU in 2023" over "702,000 TEU in the first six months of 2023"), dated in it
    before those a later report states for it; else those dated inside it, else those a later report's
    sentence places in it."""
    # a history figure ("compared with 37 the year before") is stated for another period, whatever date
    # its clause seems to give
    stated = {id(i) for i in items if not i.history and _stated_for(i, period)}
    dated = {id(i) for i in items if _in_period(i, period)}
    # a figure dated in the period by itself or its document outranks a later report's
    for tier in (stated & dated, stated, dated):
        if tier:
            return [i for i in items if id(i) in tier]
    return [i for i in items if _in_period(i, period, loose=True)]


def _in_period(it: Item, period: tuple[date, date], *, loose: bool = False) -> bool:
    """A figure holds in the period the question asks about: its own date overlaps it, or, dated only by
    its document, the document is not later than the period. ``loose``: or a later document's sentence
    places it in the period, the date nearest the figure lying inside it."""
    c = it.claim
    if c.as_of_earliest is not None or c.as_of_latest is not None:
        lo = c.as_of_earliest or date.min
        hi = c.as_of_latest or date.max
        return lo <= period[1] and hi >= period[0]
    lo2 = it.source.date.earliest
    if lo2 is None or lo2 <= period[1]:
        return True
    if not loose:
        return False
    # "handled a record 1.84 million TEU (twenty-foot equivalent units) in 2023", reported in January 2024:
    # the date nearest the figure in its sentence places it ("expects 5.5 million by 2030" after "last year"
    # lies outside)
    iv = _nearest_interval(it)
    return iv is not None and period[0] <= iv[0] and iv[1] <= period[1]


def _in_correction(a: Analyzed, c: Claim) -> bool:
    """The value follows, in its sentence, a cue that rejects or refutes a report, with no statement of the
    right figure in between ("rejected claims that turnout exceeded 100%"): it is part of what is rejected,
    neither asserted nor the false value itself. "1,500 jobs, the company said in a corrected statement"
    keeps its value: the cue comes after it."""
    if c.sentence_start < 0:
        return False
    sent = _sentence(a, c)
    at = c.start - c.sentence_start
    cue = _REJECTS_REPORT.search(sent, 0, at) or _MISSTATED.search(sent, 0, at)
    if cue is None:
        m = _REFUTE_BEFORE.search(sent, 0, at)
        if m is None or not refutation_of(sent, (c.value,)):
            return False
        cue = m
    return not _CORRECT_VALUE.search(sent, cue.end(), at)


_MISSTATED = re.compile(
    r"\b(?:misstated|misreported|"
    r"(?:incorrectly|wrongly|erroneously) (?:reported|stated|said|gave)|"
    # an outlet's correction note: "An earlier version said prices had risen by 14%"
    r"(?:an?\s+)?(?:earlier|previous|original)\s+version\s+(?:of\s+this\s+\w+\s+)?"
    r"(?:said|stated|reported|gave|wrongly\s+said|incorrectly\s+said))\b",
    re.I,
)

_REFUTE_BEFORE = re.compile(
    r"\b(?:" + FALSE_CUE + r"|untrue|debunk(?:ed|s|ing)?|denied|denies|fake|fabricated|baseless|unfounded|"
    r"inaccurate|erroneous(?:ly)?|misstated|wrongly)\b",
    re.I,
)

_REJECTS_REPORT = re.compile(
    r"\b(?:reject|dismiss)(?:ed|s|ing)?\s+(?:as\s+\S+\s+)?(?:the\s+|a\s+)?(?:\w+\s+)?"
    r"(?:claims?|reports?|allegations?|rumou?rs?|posts?)\b",
    re.I,
)

# The clause gives the right figure: "the correct figure is 41", "actually 38.6%", "a corrected statement".
_CORRECT_VALUE = re.compile(
    r"\b(?:correct(?:ed)?|actual(?:ly)?|in fact|certified|official(?:ly)?|"
    r"should have (?:said|read|been)|was (?:in fact|actually))\b",
    re.I,
)


def _measured(c: Claim) -> str:
    """A figure with its unit word ("9 points", "18,500 years"); symbols are already in the value."""
    return f"{c.value} {c.unit}" if c.unit.isalpha() and c.unit not in c.value else c.value
