"""Which ones: the members of the class a list question names (roads, clubs, sites, crops, days, amounts,
people) as the sources list them, and the list answer they make.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence, Set
from datetime import date

from tidings.ask.common import ONE_LIST, _cite, _doc_as_of, _label, _on_topic, _words_in_row
from tidings.ask.numbers import _IN_PLACE, _MONEY_Q, _WHERE_PLACE, _place_names
from tidings.ask.question import (
    _FOUND_Q,
    _FUNDER_Q,
    _LEAD_PREP,
    _SHARE_Q,
    _STOP,
    _WEEKDAYS,
    _WORD_RE,
    HOURS_Q,
    Question,
    _expand,
    _list_question,
    _name_prefix,
    _plural_noun,
    _proper_names,
    _stems,
    _words,
    stem,
)
from tidings.calendar_names import MONTH_ABBREVIATIONS, MONTH_NUMBERS, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES
from tidings.claims import CURRENCY_CODES, MONEY_WORDS, _dated, _opened_on, parse_number, timex_interval
from tidings.conflicts import Decision, clause_around, duplicate_clusters
from tidings.model import Analyzed, Answer, Citation, Superseded
from tidings.sentences import split
from tidings.things import LIST_JOIN, listings, thing_at

# --------------------------------------------------------------------------------------------- list slot


def _elsewhere(scope: str, sentence: str, at: int) -> bool:
    """Does the clause of a figure at ``at`` place it somewhere the question's scope is not ("600
    properties in neighbouring Ashcombe" when Kelsworth is asked about)?"""
    words = {w.lower() for w in _WORD_RE.findall(scope) if w[:1].isupper()}
    there = _WHERE_PLACE.search(sentence, 0, at)
    if words and there is not None and not {w.lower() for w in _WORD_RE.findall(there.group("n"))} & words:
        return True  # "lower than in nearby Carlow Bridge, where parking costs £2"
    if not words or any(re.search(rf"\b{re.escape(w)}\b", sentence, re.I) for w in words):
        return False
    lo, hi = clause_around(sentence, at)
    return any(
        m.group("n").lower() not in _CALENDAR_WORDS and m.group("n").lower() not in _STOP
        for m in _IN_PLACE.finditer(sentence, lo, hi)
    )


_POSSESSIVE = re.compile(r"(?:'s|’s)$")

# participles of planning, not events: "expected to open" names the opening
_PLAN_WORDS = frozenset("expected scheduled planned slated supposed needed required allowed set".split())

# A numbered street's ordinal before a name ("5th Avenue West"), and the number of a road, platform or ward
# after one ("Highway 61", "Platform 3")
_ORDINAL_STREET = (
    r"(?:\d{1,3}(?:st|nd|rd|th)\s+(?=(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Lane|Drive|Line|Concession)\b))?"
)
_NUMBER_AFTER = (
    r"(?:(?:"
    + "|".join(
        f"(?<={h})"
        for h in """Highway Hwy Route Interstate Road Platform Gate Terminal Pier Berth Exit Ward Zone Stage
        Block Lot Phase Line""".split()
    )
    + r")\s+\d{1,4}[A-Z]?\b)?"
)
# A run of capitalised words: a name as a list writes it
_ONE_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
# ... and as a place's name may run, numbers and all
_PLACE_NAME = _ORDINAL_STREET + _ONE_NAME + _NUMBER_AFTER

# A place name that runs on after "of" from its head: "the Isle of Cray", "the Vale of Lune", "the City of
# London" (fixed-width look-behinds, one per head)
_OF_TAIL = (
    "(?:(?:"
    + "|".join(
        f"(?<={h})"
        for h in """Isle Isles Vale Bay Gulf Sea Lake Loch Port Mount Forest Island Islands Strait Straits
        Cape City Borough County Kingdom Republic Province District Valley""".split()
    )
    + r")\s+of\s+(?:the\s+)?"
    + _ONE_NAME
    + ")?"
)

_MEMBER_NAME = re.compile(r"\b" + _ONE_NAME + _OF_TAIL)

# How a public body's name ends: "Herefordshire Council" acts on a list of places, it is none of them
_PUBLIC_BODY_ENDS = frozenset(
    {"council", "authority", "department", "ministry", "agency", "commission", "committee", "government"}
)
# Classes whose members are where something goes: a site on a street is named by the street
_SITE_HEADS = frozenset({"site", "location", "venue", "spot"})
_ON_STREET = re.compile(
    r"\bon\s+(?P<n>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:Road|Street|Avenue|Lane|Drive|Way|Terrace|"
    r"Crescent|Close|Parade|Quay))\b"
)
_PLACE_AFTER = re.compile(
    r"\b(?:in|at|near|outside|around|across|throughout|off|including|such\s+as|"
    # "runs to Hamilton via Morrinsville"; "via the B61" names a road, no place on the way
    r"via(?=\s+(?!(?:the\s+)?[A-Z]{1,2}\d))|"
    r"(?<!according )(?<!due )(?<!thanks )to|"
    # "As well as Hexford, Pellham and Stainby, the branches at Carrow and Kelby will close"
    r"(?i:as\s+well\s+as)|"
    # "will start as usual from Castle Green": where a parade or a race sets off
    r"(?:start(?:s|ing|ed)?|set(?:s|ting)?\s+off|leav(?:e|es|ing)|depart(?:s|ing)?)\s+(?:[\w.]+\s+){0,3}?from|"
    # "Level 3 orders went out for Pine Hollow and Cedar Flats": where a warning or an order holds
    r"(?i:(?:orders?|warnings?|alerts?|advisor(?:y|ies)|notices?|watch(?:es)?)\s+(?:[a-z]+\s+){0,3}?for)|"
    r"(?i:residents|people|town|village|city|hamlet|suburbs?|districts?|neighbou?rhoods?|areas?|"
    r"community|communities|towns|villages|cities)\s+of)\s+(?:(?:its|their|the)\s+)?(?:[\d,.]+-[a-z]+\s+)?"
    r"(?P<n>" + _PLACE_NAME + _OF_TAIL + ")"
)

# Where a place lies from a named one: "west of Sotra", "about 40 km north-east of Tromso"
_DIRECTION = r"(?i:(?:north|south|east|west)(?:-?(?:east|west))?)"
_DIRECTION_OF = re.compile(r"\b(?P<dir>" + _DIRECTION + r")\s+of\s+(?P<n>" + _ONE_NAME + ")")
# A name, a comma and a distance or time: the bearing after it says where that named place lies
_NAME_THEN_BEARING = re.compile(
    r"(?-i:[A-Z])[\w'’-]+\s*,\s*(?:(?:about|around|some|roughly|just|only)\s+)?(?:[\w.-]+\s+){0,3}$"
)
_RELATIVE_AFTER = re.compile(
    r"\s*,?\s*(?:(?:about|around|some|roughly|approximately|nearly|just)\s+)?\d[\d.,]*\s*(?:km|kilometres?|"
    r"kilometers?|miles?|mi|nautical\s+miles)\s+" + _DIRECTION + r"\s+of\s+" + _ONE_NAME
)

# The mark that opens an item of a list: "- ", "• ", "2. ", "3) "
_BULLET_MARK = r"\s*(?:[-–•*·]|\d{1,2}[.)]|\(\d{1,2}\))\s+"
# An item of a bulleted list that opens with a name: "- Pine Hollow (all residences on Pine Hollow Rd)".
# ... and a road named in lower case ("(2) Mirzapar road, near the new pumping station")
_BULLET_NAME = re.compile(
    _BULLET_MARK + r"(?P<n>" + _PLACE_NAME + _OF_TAIL + r"(?:\s+(?:road|street|lane|marg|chowk|colony)\b)?)"
)

# A dateline opens a story with the place it was filed from, often in capitals ("MAARTENS, June 20 —",
# "OSLOVIK (Reuters) -"): for a local story that is the place the news happened.
_DATELINE = re.compile(
    # a tag opening a story ("BREAKING -", "UPDATE -") is no place
    r"^(?!(?i:breaking|update[ds]?|exclusive|watch|live|correction|opinion|analysis|comment)\b)"
    r"(?P<n>[A-Z][A-Za-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]+){0,2})\s*"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})|\([A-Z][\w ]{1,20}\))?\s*[-–—]\s"
)

# A list goes on past its first member: "in Eldham and Roskvik", "Maartens, Lievel and Sele".
_COORD_NEXT = re.compile(
    r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?(?P<n>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)

# A comma then "the": a new clause's subject or an apposition, not the list's next place ("near Quenby,
# the Animal and Plant Health Agency said")
_APPOSITION = re.compile(r",\s*the\s", re.I)

# Nouns for a class of places: "which cities will host", "which communities were damaged".
_PLACE_CLASS = _words(
    """cities towns villages communities places locations sites venues countries regions districts
    counties states provinces areas neighbourhoods neighborhoods suburbs hamlets municipalities islands
    isles parishes boroughs wards townships territories"""
)

# Places a sentence opens with, put under what the question asks about: "Rochester and much of southeast
# Minnesota were added to the statewide air quality alert"
_PLACE_ADDED = re.compile(
    r"\s*(?P<n>" + _ONE_NAME + r")(?=(?:,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*(?:,?\s+and\s+[^,.;]{1,40}?)?"
    r"\s+(?:was|were|is|are|has\s+been|have\s+been)\s+(?:now\s+|also\s+)?"
    r"(?:added\s+to|included\s+in|placed\s+(?:under|on)|put\s+(?:under|on))\b)"
)

_ORIGIN_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+in\s+(?:(?:\w+,\s+)*\w+\s+and\s+)?$")


def _an_origin(sent: str, at: int) -> bool:
    """Is the place at ``at`` where something comes from ("as smoke from wildfires in Ontario drifts
    south"), not where the question's state holds?"""
    return _ORIGIN_BEFORE.search(sent, max(0, at - 40), at) is not None


_PARTS_OF_PLACE = re.compile(r"(?i:which|what)\s+(?i:parts|corners|sections)\s+of\s+(?:the\s+)?[A-Z]")

# Classes of stops on a route: "which ports will the ferry call at". The ends of a route are members
# ("a new service between Kilbrae and Inchmore", "carry on from Inchmore to Rossay"), though an end may
# be what the question names the route by.
_ROUTE_CLASS = _words("ports harbours harbors piers stops destinations terminals routes crossings")
_ROUTE_ENDS = re.compile(
    r"\b(?:between|from)\s+(?P<a>" + _ONE_NAME + r")\s+(?:and|to)\s+(?P<b>" + _ONE_NAME + r")"
    # "on the Ardmhor to Kilbrann crossing", "the Port Ellan-Craigmore route"
    r"|\b(?P<c>" + _ONE_NAME + r")\s*(?:\s+to\s+|[-–])\s*(?P<d>" + _ONE_NAME + r")\s+"
    r"(?:route|crossing|service|line|sailing|run)s?\b"
)

# "Stops: Nyhavn - Operaen - Holmen Nord": a route's stops listed under their class word; not the ones a
# label sets aside ("Discontinued stops: Teglholmen, Knippelsbro")
_LABEL = r"(?:[A-Za-z]+\s+)?[A-Za-z]+"  # "Stops", "New stops"
# ... a dash between stops stands apart from them: "Solavagen-Festoya" is one route's name
_LABEL_SEP = r"\s+[-–—]\s+|\s*(?:[,;/|>]|→)\s*|\s+and\s+"
_LABEL_LIST_JOIN = re.compile(_LABEL_SEP)
_ROUTE_LABEL_LIST = re.compile(
    r"(?P<label>"
    + _LABEL
    + r")\s*:\s*(?P<names>(?:the\s+)?"
    + _ONE_NAME
    + r"(?:(?:"
    + _LABEL_SEP
    + r")(?:the\s+)?"
    + _ONE_NAME
    + r")+)"
)
# The share of a question's weighted words a sentence must cover for its members to count (a list of the
# question's class under its label, in a source on the question, reaches it)
_MEMBER_FLOOR = 0.4
_GONE_WORDS = _words(
    "discontinued former old closed removed dropped cancelled canceled suspended axed scrapped previous past"
)

_AMOUNT = re.compile(
    r"(?:[$€£₹]\s?|\b(?:" + "|".join(c.upper() for c in CURRENCY_CODES) + r"|Rs\.?)\s?)\d(?:[\d,.]*\d)?"
    r"(?:\s?(?:million|billion|thousand|trillion|[mb]n|m|k)\b)?(?![\d.,]*\d)"
    r"|\b\d[\d,.]*(?:\s+(?:million|billion|thousand|trillion))?\s+(?:pounds|"
    + "|".join(sorted(MONEY_WORDS))
    + r")\b"
)

# "£12m", "$1.5bn": an amount with its scale glued on
_SHORT_AMOUNT = re.compile(r"[$€£]\s?\d[\d,.]*\s?(?:m|bn|k)\b", re.I)

_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "mn": 1e6, "bn": 1e9, "billion": 1e9}


def _amount_key(text: str) -> str:
    """An amount as one number, whatever its spelling ("£12m", "£12 million", "£12,000,000")."""
    m = re.search(r"(\d[\d,]*(?:\.\d+)?)\s*([a-z]+)?", text.lower())
    if m is None:
        return text
    n = float(m.group(1).replace(",", "")) * _SCALE.get(m.group(2) or "", 1.0)
    return f"{n:g}"


_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)
# "Main Street, from Forest Street to Parade Street": the ends of a member's stretch, not members
_STRETCH_FROM = re.compile(r"[A-Z][\w'’-]*,?\s+from\s+(?:the\s+)?$")
_STRETCH_TO = re.compile(
    r"[A-Z][\w'’-]*,?\s+from\s+(?:the\s+)?"
    + _ONE_NAME
    + r"\s+(?:to|until|as\s+far\s+as)\s+(?:the\s+)?$"
)

_NOT_MEMBER = _words(
    """the a an this that these those it its he she they we i in on at for from by with and or but as if
    when while after before during since across throughout among around mr mrs ms dr monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july august september
    october november december is are was were will does did has have can could should would"""
)

# Titles and callings written capitalised before a name
_CALLINGS = _words(
    """mayor deputy councillor councilor senator minister governor president premier chancellor professor
    prof dr doctor dame sir lord lady judge justice chairman chairwoman chair secretary captain coach
    engineer farmer businessman businesswoman teacher nurse lawyer barrister solicitor retired local
    former candidate activist author chef pastor reverend rev father inspector sergeant constable detective
    officer director manager commissioner superintendent sheriff mp mla sculptor painter artist curator
    photographer poet novelist architect designer composer conductor"""
)
# Weekdays as opening hours write them: "Open Tue-Sat" names no one
_DAY_ABBREVIATIONS = WEEKDAY_ABBREVIATIONS

_ORG_END = _words(
    """ventures capital partners inc ltd llc corp company group bank authority commission union council
    department ministry agency office university college school association institute fund foundation
    board committee court police party county city district province state cooperative co-operative trust
    society club federation alliance network hospital centre center library museum affairs services forum
    church"""
)
# What follows a name that makes it a party or a body of people, not a place: "Labour and Centre party
# groups", "Green councillors"
_PARTY_AFTER = re.compile(
    r"\s+(?:and\s+(?:the\s+)?[A-Z][\w'’-]*\s+)?(?:party|parties|party\s+groups?|councillors|MPs|members|voters|"
    r"supporters|caucus)\b"
)


def _after_name(sent: str, name: str) -> tuple[int, int]:
    """The span a match right after ``name``'s first whole-word use in ``sent`` may take (empty if absent)."""
    m = re.search(rf"\b{re.escape(name)}\b", sent)
    return (m.end(), min(len(sent), m.end() + 40)) if m else (len(sent), len(sent))


# Days of the year with names of their own: "New Year", "Boxing Day" are no one's name
_NAMED_DAYS = frozenset(
    {
        "new year",
        "new year's eve",
        "new year's day",
        "christmas eve",
        "christmas day",
        "boxing day",
        "good friday",
        "easter monday",
        "easter sunday",
        "labour day",
        "labor day",
        "memorial day",
    }
)

# A question's head noun names a class whose members end in one of these words ("which roads": Main
# Street, Pier Road). A class, not a phrase: any road question is served by it.
_CLASS_ENDS: dict[str, frozenset[str]] = {
    "road": _words("street avenue road drive boulevard lane highway way parkway place square bridge"),
    "street": _words("street avenue road drive boulevard lane highway way parkway place square"),
    "bridge": _words("bridge crossing"),
    "station": _words("station stop terminal"),
    # "Ferncombe Primary", "Haddon Infants", "Kelso High": a school is often named by its town and stage
    "school": _words("school academy college primary infants juniors junior high grammar secondary"),
    "park": _words("park garden gardens reserve"),
    # "the Larne line", "the Derry and Portrush lines": a rail line named by its town, the class word after
    "line": _words("line"),
    # "the Kitekite Track", "the Arataki Nature Trail": walks go by their names and a class word
    "track": _words("track trail walk walkway path loop"),
    # a club is named by its town and a suffix ("Oakbridge Rovers", "Fenwick Town")
    "club": _words(
        """rovers town united city athletic wanderers albion rangers county fc afc harriers villa celtic
        thistle borough orient hotspur dons athletico sporting"""
    ),
}

# Classes whose members' names are followed by the class word, in lower case ("the Larne line") or as the
# name's last word ("the Kitekite Track"); a road's name carries its own ("Station Road")
_LOWER_CLASS_WORD = frozenset({"line", "track", "trail", "walk"})

# A list of names with the class word once after it: "the Derry, Portrush or Larne lines"
_CLASS_LIST = re.compile(
    rf"(?P<names>(?:{_ONE_NAME}\s*,\s*)*{_ONE_NAME}\s*,?\s+(?:and|or)\s+{_ONE_NAME})\s+(?P<w>[a-z]+s)\b"
)

_CLASS_ENDS["trail"] = _CLASS_ENDS["walk"] = _CLASS_ENDS["track"]
# "Fall Lake", "Loch Ness": a lake goes by its name and a class word
_CLASS_ENDS["lake"] = _words("lake loch lough reservoir pond")
_CLASS_ENDS["team"] = _CLASS_ENDS["finalist"] = _CLASS_ENDS["side"] = _CLASS_ENDS["club"]
# "Alexandra Cave", "Huka Falls": a natural feature goes by its name and a class word
_CLASS_ENDS["cave"] = _words("cave caves cavern")
_CLASS_ENDS["waterfall"] = _words("falls waterfall force cascade")


# "which days", "what dates": the members are days of the calendar ("May 6", "Friday 9 May")
_DAY_CLASS = _words("days dates")

_MONTH_RX = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))

_DAY_DATE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH_RX})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+"
    rf"(?:of\s+)?(?P<m2>{_MONTH_RX}))\b(?!\s*\d{{3}})",
    re.I,
)

# a weekday named as a day of a weekly round; "Friday 9 May" is a date, and the date is the member
_WEEKDAY = re.compile(
    r"\b(" + "|".join(d.removesuffix("day") for d in sorted(WEEKDAY_NAMES)) + r")days?\b(?!,?\s+\d)", re.I
)

# "what sentences", "which jail terms": the members are lengths of time ("nine years", "a four-year term")
_TERM_CLASS = _words("sentences terms bans suspensions contracts")

_DURATION = re.compile(
    r"\b(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|eighteen|twenty|thirty)(?:[\s-]+and[\s-]+a[\s-]+half)?[\s-]+(?:years?|months?|weeks?|days?)\b"
    r"(?![\s-]+old\b)",  # "29-year-old" is an age
    re.I,
)


# The members of an hours question (question.HOURS_Q) are spans of the day and the days it is shut ("10am to
# 5pm", "9am-6pm", "closed on Mondays")

_CLOCK = r"\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)"

_HOURS = re.compile(
    rf"\b(?P<a>{_CLOCK}|\d{{1,2}}(?:[.:]\d{{2}})?)\s*(?:to|-|–|until|till)\s*(?P<b>{_CLOCK})"
    r"|\bclosed\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days\b"
    # a change of hours: "will close at 6 p.m.", "Sunday hours are being eliminated"
    rf"|\b(?:clos(?:e|es|ing)|open(?:s|ing)?)\s+at\s+{_CLOCK}"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:hours|opening)\b(?=[^.;]{0,30}\b(?:eliminated|cut|"
    r"scrapped|ended|axed|dropped|withdrawn|end|ending)\b)",
    re.I,
)


# "what side effects were reported", "which symptoms": the members are short noun phrases a source lists
# ("taste disturbance", "nausea", "stomach cramps"), after a verb of reporting or a heading
_PHRASE_CLASS = _words("effects events symptoms complications reactions injuries ailments")

# "events" are a trial's harms only where the question says so ("adverse events"); a festival's events are
# things on its programme
_HARM_WORDS = re.compile(r"\b(?:adverse|side|trial|drug|vaccine|medicine|patients?|treatment|dose)\b")


def _phrase_class(low: str) -> frozenset[str]:
    """The phrase classes a lowercased question may ask for."""
    return _PHRASE_CLASS if _HARM_WORDS.search(low) else _PHRASE_CLASS - {"events"}


# the class's own words ("the most common adverse event was ...") name no member
_PHRASE_CLASS_WORDS = _PHRASE_CLASS | {w[:-1] for w in _PHRASE_CLASS} | _words("adverse side injury")

_PHRASE_CUE = re.compile(
    r"\b(?:report(?:ed|ing|s)?|complain(?:ed|ing|s)?\s+of|suffer(?:ed|ing|s)?(?:\s+from)?|"
    r"experienc(?:ed|ing|es)|develop(?:ed|ing|s)?|"
    r"(?:side[- ]effects?|adverse\s+(?:events?|effects?|reactions?)|symptoms?|complications?)"
    r"(?:\s+(?:was|were|is|are|included|include|including|such\s+as))?(?P<colon>\s*:)?)\s+"
    r"(?:(?:a|an|some|mild|severe|occasional)\s+)*",
    re.I,
)

_NP = re.compile(r"[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2}")

_NP_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:(?:a|an|some|mild|severe)\s+)*")

# words a listed symptom does not run on into ("nausea in 7% of patients", "dizziness, which ...")
_NP_STOP = _STOP | _words(
    """after before during since lasting reported reporting among while which who patient patients
    people participant participants per cent percent dose doses week weeks day days hour hours placebo"""
)


# where a listed item ends: punctuation, a coordinator, a function word, the end of the sentence
_ITEM_END = re.compile(r"\s*(?:[,;:.!?)]|$|\s(?:and|or)\b)|\s+(?=[a-z]+\b)")


def _phrase_at(sent: str, at: int) -> tuple[str, int] | None:
    """The noun phrase starting at ``at``, cut before a function word; with where it ends."""
    m = _NP.match(sent, at)
    if m is None:
        return None
    words: list[str] = []
    for w in m.group(0).split():
        if w in _NP_STOP:
            break
        words.append(w)
    if not words:
        return None
    phrase = " ".join(words)
    return phrase, at + len(phrase)


def _phrases_in(sent: str) -> list[str]:
    """Noun phrases a sentence lists after a reporting verb or a heading ("Adverse events: taste
    disturbance 14%; nausea 7%"), each coordinated one too."""
    out: list[str] = []
    for cue in _PHRASE_CUE.finditer(sent):
        got = _phrase_at(sent, cue.end())
        if got is not None and not cue.group("colon") and not _ITEM_END.match(sent, got[1]):
            continue  # "reports positive phase 2 results": the phrase runs on, it is no listed item
        while got is not None:
            out.append(got[0])
            j = _NP_JOIN.match(sent, got[1])
            got = _phrase_at(sent, j.end()) if j is not None else None
        if cue.group("colon"):
            # a heading's list runs on in clauses split by semicolons
            stop = sent.find(".", cue.end())
            for chunk in re.finditer(r";\s*", sent[cue.end() : stop if stop > 0 else len(sent)]):
                more = _phrase_at(sent, cue.end() + chunk.end())
                if more is not None:
                    out.append(more[0])
    return list(dict.fromkeys(out))


def _hyphen_stems(text: str) -> set[str]:
    """Stems of a text, with each part of a hyphenated word too ("co-founded" also counts as founded)."""
    out = _stems(text)
    for w in _WORD_RE.findall(text):
        if "-" in w:
            out |= {stem(p.lower()) for p in w.split("-") if len(p) > 2}
    return out


def _class_words(text: str) -> set[str]:
    """The lowercase words of a list question's first few words ("which candidates are standing"), and the
    two after a body's capitalised name ("which Marlow County Public Library branches")."""
    rest = _WORD_RE.findall(_LEAD_PREP.sub("", text))[1:]
    named = next((i for i, w in enumerate(rest) if not w[0].isupper()), len(rest))
    return {w.lower() for w in rest[:3] + rest[named : named + 2]}


# Verbs of mere position: the sentences naming the places seldom use them
_WHERE_VERBS = frozenset(stem(w) for w in "located situated sited based housed".split())

# Outlets of one owner, known by where they are: "its shops in Bath and Taunton"
_BRANCH_NOUNS = re.compile(
    r"^(?i:which|what)\s+(?:[A-Z][\w'’.-]*|&|and|of)(?:\s+(?:[A-Z][\w'’.-]*|&|and|of))*\s+"
    r"(?:\w+)?(?:shops|stores|branches|outlets|supermarkets|restaurants|pubs|cafes|depots|offices|plants|"
    r"factories|sites|mills|warehouses|showrooms|banks|libraries|clinics|surgeries|pharmacies|"
    r"post\s+offices|garages|stations)\b"
)


def _branches_of_named(text: str) -> bool:
    return _BRANCH_NOUNS.match(_LEAD_PREP.sub("", text).strip()) is not None


# "What will the county's share of the grants pay for?": the things a sum buys, not the sums
_PURPOSE_Q = re.compile(
    r"^what\s+(?:will|would|does|do|did|is|are|was|were)\b[^?]*\b(?:pay\s+for|fund|buy|be\s+spent\s+on|"
    r"be\s+used\s+for|go\s+towards?)\s*\??$"
    # "What is planned for the old gasworks building?", "What will the depot become?": a new use
    r"|^what\s+(?:is|are|was|were)\s+(?:being\s+)?(?:planned|proposed)\s+for\b"
    r"|^what\s+(?:will|is)\s+[^?]+\s+(?:become|be\s+(?:turned|converted)\s+into|going\s+to\s+become)\s*\??$",
    re.I,
)
# Where a source says what a sum buys: "This will pay for new changing rooms", "towards a new boat store",
# "for a new all-weather pitch"; in a sentence that gives a sum, whatever it calls new ("new floodlights")
_PURPOSE_CUE = re.compile(
    r"\b(?:(?:pays?|paid|paying|pay)\s+for|towards|to\s+(?:fund|buy|build|install|replace))\s+"
    r"|\bfor\s+(?=(?:an?\s+|the\s+)?new\s)"
    # "is to be restored as a pounamu carving school and gallery", "to become a carving school"
    r"|\b(?:(?:restored|converted|turned|redeveloped|transformed|repurposed|reopened)\s+(?:as|into)|become)\s+"
    r"(?=(?:an?|the)\s)",
    re.I,
)
_NEW_THING = re.compile(r"(?<![\w-])(?=new\s+[a-z])", re.I)
_PURPOSE_ITEM = re.compile(
    r"(?:(?:an?|the|its|their|our|his|her)\s+)?(?:new\s+)?"
    r"(?P<x>(?:(?!(?:at|in|on|for|of|to|which|that|who|with|from|by|and|or|will|would|is|are|was|were)\b)"
    r"[a-z][\w'’-]*\s+){0,3}?(?!(?:at|in|on|for|of|to|and|or)\b)[a-z][\w'’-]*)"
    r"(?=\s*(?:[,.;:!?)]|$|\s+(?:at|in|on|for|of|to|which|that|who|with|from|by|and|or|will|would|is|are|"
    r"was|were|replacing|including)\b))"
)
_ITEM_AND = re.compile(r"\s+and\s+")


def _purposes_in(sent: str) -> list[str]:
    """The things a sentence says a sum pays for, in ordinary words."""
    starts = [m.end() for m in _PURPOSE_CUE.finditer(sent)]
    if _AMOUNT.search(sent) or _SHORT_AMOUNT.search(sent):
        starts += [m.end() for m in _NEW_THING.finditer(sent)]
    out: list[str] = []
    for at in sorted(set(starts)):
        while (item := _PURPOSE_ITEM.match(sent, at)) is not None:
            if item.group("x") not in out:
                out.append(item.group("x"))
            more = _ITEM_AND.match(sent, item.end())
            if more is None:
                break
            at = more.end()
    return out


@functools.cache
def _class_named(head: str) -> re.Pattern[str]:
    """Names that end in a capitalised word of the class ("Bye Street", "Carnegie Hall" for halls)."""
    ends = "|".join(sorted(w.capitalize() for w in _CLASS_ENDS[head]))
    return re.compile(rf"\b(?P<n>{_ONE_NAME}\s+(?:{ends}))\b")


def _member_type(q: Question) -> str:
    """What a list question's members are: "person", "place", "money" or "name"."""
    low = _LEAD_PREP.sub("", q.text).strip().lower()
    if _SHARE_Q.search(low):
        return "money"
    if _PURPOSE_Q.match(low):
        return "purpose"
    if HOURS_Q.search(q.text.strip()):
        return "hours"
    if low.startswith("who"):
        return "name" if _FUNDER_Q.match(low) else "person"
    if low.startswith("where"):
        return "place"
    head = _class_words(q.text)
    if low.startswith(("what", "which")) and head & _AMOUNT_CLASS:
        return "money"  # "What penalties did the court impose?": the fine, the costs, the compensation
    if low.startswith(("what", "which")) and head & _phrase_class(low):
        return "phrase"
    if low.startswith(("what", "which")) and (_PLACE_CLASS | _ROUTE_CLASS) & head:
        return "place"
    if _PARTS_OF_PLACE.match(_LEAD_PREP.sub("", q.text).strip()):
        return "place"  # "Which parts of Minnesota are under the alert?": places in it, not parts of a thing
    if low.startswith(("what", "which")) and _branches_of_named(q.text):
        return "place"  # "Which Harlow & Finch bookshops are closing?": a chain's branches go by their towns
    if low.startswith(("what", "which")) and head & _DAY_CLASS:
        return "date"
    if low.startswith(("what", "which")) and head & _TERM_CLASS:
        return "duration"
    # "Which organisations are funding the study?" asks for funders, not sums
    if low.startswith(("what", "which")) and _expand(set(q.terms)) & _MONEY_Q and not head & _NAMED_CLASS:
        return "money"
    if _thing_class(q.text) or _FOUND_Q.search(low):
        return "thing"
    return "name"


# Classes whose members are proper names: "which operators won spectrum" (Umoya Mobile), "which products
# are recalled" (Harvest Lane oat bars). Other classes list things in ordinary words ("which crops").
_NAMED_CLASS = _words(
    """companies firms operators institutions universities colleges schools clubs teams sides parties banks
    airlines brands groups organisations organizations agencies charities unions candidates members
    countries nations states products suppliers retailers stores shops restaurants hospitals councils
    ministries departments lines carriers bidders buyers sponsors publishers players artists films books
    songs apps authorities bodies businesses providers manufacturers makers developers contractors
    airports stations schemes programmes programs projects people persons officials leaders
    ministers judges ships vessels newspapers outlets channels networks platforms courts insurers lenders
    investors partners shareholders owners families acts bands performers headliners singers musicians
    speakers guests nominees finalists winners drivers riders athletes libraries museums galleries theatres
    cinemas venues branches depots lifts chairlifts divisions districts boards trusts beaches parks
    reserves operas operettas plays musicals ballets productions albums novels paintings exhibitions lakes
    lochs rivers bays harbours harbors peaks mountains trails stops caves waterfalls glaciers springs
    bridges tunnels piers wharves"""
)


# One thing of a class whose members are proper names: "Which orchestra will open the festival?"
# (Northmoor Symphony Orchestra), "Which club has signed Ilya Morozan?" (Portavon Albion).
_ONE_NAMED = _words(
    """company firm operator institution university college school club team side party bank airline brand
    group organisation organization agency charity union country nation supplier retailer store shop
    restaurant hospital council ministry department carrier bidder buyer sponsor publisher film book song
    app authority body business provider manufacturer maker developer contractor airport station ship
    vessel newspaper outlet channel network platform court insurer lender investor owner band orchestra
    choir ensemble venue library museum gallery theatre theater cinema"""
)
_ONE_NAMED_Q = re.compile(r"^(?:which|what)\s+(?:(?P<adj>[a-z-]+)\s+)?(?P<cls>[a-z]+)\s+[a-z]", re.I)


def one_named(q: Question) -> bool:
    """Does the question ask for one named thing of a class ("Which club has signed X?", "Which local
    firm won the contract?")?"""
    m = _ONE_NAMED_Q.match(q.text.strip())
    if m is None or _list_question(q):
        return False
    return bool({m.group("cls").lower(), (m.group("adj") or "").lower()} & _ONE_NAMED)


# Classes of amounts, not things: "what fines did they get" is answered with sums.
_AMOUNT_CLASS = _words(
    "fines penalties fees prices payments grants damages salaries wages sums amounts figures"
)


def _thing_class(text: str) -> str:
    """The class of a "which X" or "what X" question when its members are ordinary words ("which crops are
    covered", "which Tellwave services were disrupted"): the first plural common noun after which/what, among
    its first few words, unless the class is one of named things."""
    words = _WORD_RE.findall(_LEAD_PREP.sub("", text))
    if not words or words[0].lower() not in ("which", "what") or _FOUND_Q.search(text):
        return ""  # "What did archaeologists find?" names who found, not what
    low = next((w.lower() for w in words[1:4] if _plural_noun(w)), "")
    named = any(low in c for c in (_NAMED_CLASS, _AMOUNT_CLASS, _PLACE_CLASS, _phrase_class(text.lower())))
    return "" if not low or named or stem(low) in _CLASS_ENDS else low


# A body's name runs on after "of": "the Friends of Lanmouth Museum", "the University of Carrow"
_BODY_NAME = _ONE_NAME + r"(?:\s+of\s+(?:the\s+)?" + _ONE_NAME + ")?"
# Who paid: the body a sum comes from ("a grant of £600,000 from the Heritage Acquisitions Fund and
# £400,000 from the Kessler Foundation"), the one that gave it ("the Friends of Lanmouth Museum contributed
# £150,000"), or an appeal the public gave to ("donated to a public appeal that raised £250,000").
_FUNDER_FROM = re.compile(
    r"(?:[$€£]\s?\d[\d,.]*\s*(?:m|bn|k|million|billion)?|\b(?:grant|donation|gift|funding|money|loan|"
    r"contribution|support|backing|sponsorship|bequest|legacy)s?)\s+(?:[\w,.'’-]+\s+){0,3}?"
    r"(?:from|by)\s+(?:the\s+)?(?P<n>" + _BODY_NAME + ")"
)
_FUNDER_GAVE = re.compile(
    r"(?:the\s+)?(?P<n>" + _BODY_NAME + r")\s+(?:(?:has|have|had|also|will)\s+)?"
    r"(?:contributed|donated|gave|paid|pledged|provided|put\s+up|chipped\s+in|funded|granted|awarded|"
    r"is\s+paying|are\s+paying|covered)\b"
)
_APPEAL = re.compile(
    r"\b(?:a|an|the|its|our)\s+(?P<n>(?:public|community|fundraising|crowdfunding|local)\s+"
    r"(?:appeal|campaign|crowdfunder|fundraiser))\b"
    r"(?=[^.;]{0,60}\b(?:rais\w+|donat\w+|[$€£]\s?\d))",
    re.I,
)


def _funders_in(sent: str, q_names: set[str]) -> list[str]:
    """The bodies and people a sentence says paid ("from the X", "X contributed £..."), and a public
    appeal that raised money. A name holding the question's own ("Friends of Lanmouth Museum") is a
    member when a word of its own comes before "of"."""
    out: list[str] = []
    for rx in (_FUNDER_FROM, _FUNDER_GAVE, _APPEAL):
        for m in rx.finditer(sent):
            name = _clean_name(m.group("n")) if rx is not _APPEAL else m.group("n").lower()
            toks = name.split()
            if not toks or name in out:
                continue
            in_q = [_in_question(t, q_names) for t in toks]
            own_body = "of" in toks and not in_q[0]
            if any(in_q) and not own_body:
                continue
            out.append(name)
    return out


# Streets a town names with a capital article only: "The Square", "The Mall", "The Diamond"
_THE_PLACES = frozenset(
    """Square Mall Diamond Crescent Parade Quay Quays Strand Promenade Esplanade Octagon Shambles Mews
    Causeway Green Terrace Cross Bullring Embankment Waterfront Pavement""".split()
)


def _clean_name(raw: str) -> str:
    toks = [t for t in raw.split()]
    while toks and toks[0].lower() in _NOT_MEMBER:
        toks.pop(0)
    while toks and toks[-1].lower().rstrip("'’s") in _NOT_MEMBER:
        toks.pop()
    name = " ".join(toks)
    if name in _THE_PLACES and raw.lstrip().startswith("The "):
        return "The " + name  # "Lower Bridge Street, The Square and Langford Street": the town's own square
    return _POSSESSIVE.sub("", name)


# Between a list of names and the question's verb after it: "India and Mauritius on Tuesday signed",
# "South Africa and Mozambique were among the countries that signed"; and between the verb and a list
# after it: "calling at Teesport, Rosyth and Zeebrugge", "was won by Umoya Mobile and Khanya Telecom".
_GAP_BEFORE_VERB = re.compile(r"\s+(?:(?:[a-z]+|[A-Z][a-z]+day)\s+){0,6}$")

_GAP_AFTER_VERB = re.compile(r"[a-z]*\s+(?:(?:at|in|to|by|with|from|for|on|into|the|a|an)\s+){0,3}")

_MONTHS_AND_DAYS = _WEEKDAYS | frozenset(MONTH_NUMBERS)
_TO_NAME = re.compile(r"\s+(?:to|and)\s+[A-Z]")


_CALENDAR_WORDS = _MONTHS_AND_DAYS | MONTH_ABBREVIATIONS


# participles that do not end in -ed: "When will the rebate be paid?", "Which countries have won ..."
_IRREGULAR_PARTICIPLES = _words(
    """held won built hit run shut chosen taken given sent made struck named picked awarded drawn sold bought
    paid begun sworn laid shown brought kept lost found written driven broken spoken frozen fallen grown
    thrown flown rebuilt withdrawn born sunk stolen torn risen hidden dug shot caught fought sought spent fled
    led told stood bound"""
)

_PREPOSITIONS = _words("at in on to by for from with into of about under over across")


_AUXILIARIES = frozenset(
    "is are was were will would can could should may might must do does did has have had".split()
)


# Verbs a list question may end on ("Which services will the hub offer?"), unlike a noun there ("... in
# the Lakeside district?")
_LIST_VERBS = frozenset(
    """offer provide include have feature host serve cover visit affect close open stop call run get receive
    use sell stock accept need require build replace support back oppose want fund face lose gain
    keep""".split()
)


def _question_verbs(text: str) -> frozenset[str]:
    """The verb of a list question, as stems: the word its members stand beside ("Which countries
    [signed] ...", "Which ports will ... [call] at", "Which countries is the minister [visiting] ...")."""
    words = _WORD_RE.findall(text)
    rest = words[2:] if len(words) > 2 and words[1][0].islower() else words[1:]
    if len(rest) > 1 and rest[0][0].islower() and rest[1].lower() in _AUXILIARIES:
        rest = rest[1:]  # "Which primary schools would close": the class's noun, before the auxiliary
    if not rest:
        return frozenset()
    # "What have archaeologists found at the dig?": after an auxiliary comes the subject, then the verb
    # ... and so after the class's noun ("Which services will the new hub offer?")
    aux_first = len(words) > 1 and (words[1].lower() in _AUXILIARIES or rest[0].lower() in _AUXILIARIES)
    if rest[0][0].islower() and rest[0].lower() not in _STOP and not aux_first:  # _STOP holds auxiliaries
        return frozenset({stem(rest[0])})
    content = [
        (i, w)
        for i, w in enumerate(rest)
        if w[0].islower() and w.lower() not in _STOP | _PARTICLES | _PLAN_WORDS
    ]
    verbs = {stem(w) for _, w in content if w.endswith(("ing", "ed")) or w.lower() in _IRREGULAR_PARTICIPLES}
    if not verbs and aux_first and content:
        # "Which services will the new hub in Hawes offer?": after the auxiliary and its subject, the verb
        # ends the question, or comes before its last prepositions ("will the ferry call at")
        i, last = content[-1]
        after = rest[i + 1 :]
        if last.lower() in _LIST_VERBS and all(w.lower() in _PREPOSITIONS | _PARTICLES for w in after):
            return frozenset({stem(last)})
    if not verbs:
        # "... call at", "... set to close in the district": the first content word before a preposition
        first = next(
            (w for i, w in content if i + 1 == len(rest) or rest[i + 1].lower() in _PREPOSITIONS), None
        )
        verbs = {stem(first)} if first else set()
    return frozenset(verbs)


# A capitalised word inside a sentence, after a word or a comma: a name, unlike a sentence's first word.
_MID_CAPITAL = re.compile(r"(?<=[\w,;] )[A-Z][\w'’-]*")


def _names_mid_sentence(text: str) -> frozenset[str]:
    return frozenset(m.group(0) for m in _MID_CAPITAL.finditer(text))


# Verbs a member stands beside in other words: a contract "won" is one "awarded to" or "secured by" the
# winner. Kept to list members: in a match report "won it late" is not the goal asked about.
_WON = frozenset({"won", "win", "award", "secur"})


def _verb_kin(verb: str) -> set[str]:
    return _expand({verb}) | (set(_WON) if verb in _WON else set())


def _verb_members(
    sent: str, verbs: frozenset[str], q_names: set[str], names: frozenset[str], terms: Sequence[str] = ()
) -> list[str]:
    """Names listed as the doers or objects of the question's verb: the coordinated capitalised names just
    before it (its subjects) or just after it (its objects), each a member even when one word long.

    ``names`` are the words the sources capitalise inside sentences: a sentence's first word must be
    one of them ("Seychelles has signed"), or it is an ordinary word ("Officials said they signed")."""
    groups: list[tuple[int, int, list[str]]] = []
    for m in _MEMBER_NAME.finditer(sent):
        if groups and m.start() < groups[-1][1]:
            continue  # already part of a coordinated group
        listed, end = [m.group(0)], m.end()
        while (nxt := _COORD_NEXT.match(sent, end)) is not None:
            listed.append(nxt.group("n"))
            end = nxt.end("n")
        if not all(n.lower() in _MONTHS_AND_DAYS for n in listed):  # "on Tuesday" is part of the gap
            groups.append((m.start(), end, listed))
    out: list[str] = []
    opening = re.sub(r"^" + _BULLET_MARK, "", sent).lstrip()  # "- Posting this ..." opens with "Posting"
    for w in _WORD_RE.finditer(sent):
        # "won" a lot the story says was "awarded to" or "secured" by the operator
        if not w.group(0)[0].islower() or not _verb_kin(stem(w.group(0))) & verbs:
            continue
        if w.group(0).endswith(("er", "ers")) and not any(v.endswith("er") for v in verbs):
            continue  # "the GPS-guided planter": the doer's noun, not the verb
        before = [
            g for g in groups if g[1] <= w.start() and _GAP_BEFORE_VERB.fullmatch(sent, g[1], w.start())
        ]
        after = [
            g
            for g in groups
            if g[0] >= w.end()
            and (gap := _GAP_AFTER_VERB.fullmatch(sent, w.end(), g[0])) is not None
            # "will be closed from Buttermere to Stair": the ends of a stretch, not what is closed
            and not (re.search(r"\bfrom\s+$", gap.group(0)) and _TO_NAME.match(sent, g[1]))
        ]
        for g in before[-1:] + after[:1]:
            for raw in g[2]:
                name = _clean_name(raw)
                toks = name.split()
                if not toks or name in out:
                    continue
                if any(_POSSESSIVE.sub("", t).lower() in q_names for t in toks):
                    continue  # the question's own subject, not a member
                if (
                    all(t.lower() in _MONTHS_AND_DAYS for t in toks)
                    or all(t.lower() in _STOP for t in toks)
                    or parse_number(name) is not None
                ):
                    continue  # "on Tuesday" is part of the gap; "now ALSO covers" shouts a word; "Four"
                if (
                    opening.startswith(raw)
                    and _POSSESSIVE.sub("", toks[0]) not in names
                    and not (len(toks) > 1 and toks[1][0].isupper())  # "Pennine Link wins": a name
                ):
                    continue
                if all(stem(t) in terms for t in toks):
                    continue  # "has secured Lot 3" of the lots asked about: the thing won, no winner
                out.append(name)
    return out


# A site named beside the question's verb: "will be built on Cerro Tolonche", "touched down near Halstead
# Creek", "washed up on Lyngstrand beach", "is held at the Cattle Mart car park", "has selected Cerro
# Tolonche ... as the site". A place's own lowercase head ("car park", "beach") is part of its name.
_SITE_NAME = (
    r"(?:(?:the|a|its|their)\s+)?(?:(?:former|new|old|proposed|disused|nearby|historic)\s+)?"
    r"(?P<n>" + _ORDINAL_STREET + r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|de|del|la|le))*"
    r"(?<!\bof)(?<!\bde)(?<!\bdel)(?<!\bla)(?<!\ble)"  # a name never ends on a particle
    + _NUMBER_AFTER
    + r"(?:\s+(?:car\s+park|beach|site|depot|plateau|recreation\s+ground|ground|industrial\s+park|estate|"
    r"quarry|field|fields|campus|showground|racecourse|island|peninsula|valley|harbour|harbor|wharf|pier|"
    r"reserve|park|gasworks|hall|building|brickworks|ironworks|works|colliery|airfield|barracks|farm|yard|"
    r"docks?|marina|mill|landfill|power\s+station|common|meadows?|department\s+store|store|shop|offices|"
    r"warehouse|factory|hotel|cinema|square|"
    # a Nordic or German square, written in lower case after its name ("Stora torget", "Domkirke plads")
    r"torget|torg|torv|torvet|plass|plassen|plads|pladsen|platz|markt)(?:\s+site)?)?)"
)

_SITE_AFTER_VERB = re.compile(
    r"(?P<gap>(?:\s+(?![A-Z])[\w,.'’-]+){0,5}?)\s+(?P<prep>in|at|on|onto|near|by|outside|beside|off|to|into)\s+"
    + _SITE_NAME
)

# "on the former gasworks off Mill Lane": the street a site lies off is part of where it is
_SITE_NEXT = re.compile(r"\s+(?:off|on|near|beside|at)\s+" + _SITE_NAME)

_SITE_CHOSEN = re.compile(
    _SITE_NAME + r"(?:,[^,;]{1,60},)?\s+as\s+(?:the|its|a)\s+(?:\w+\s+)?(?:site|venue|location|home|host)\b"
)

# "Cerro Tolonche, in Chile's Antofagasta Region", "Lindenau (Saxony-Anhalt)": the second place holds the
# first; a where-question asks for the first.
_CONTAINER_AFTER = re.compile(r"^(?:,?\s+(?:in|near)\s+|\s*\(\s*)")


_BASE_FORM = {
    "built": "build", "held": "hold", "found": "find", "shown": "show", "chosen": "choose", "taken": "take",
    "sent": "send", "made": "make", "struck": "strike", "sold": "sell", "bought": "buy", "won": "win",
    "drawn": "draw", "given": "give", "brought": "bring", "kept": "keep", "met": "meet", "moved": "move",
    "ran": "run",
}  # fmt: skip


_BASE_STEMS = {stem(k): stem(v) for k, v in _BASE_FORM.items()}


def _verb_stem(word: str) -> str:
    """A verb's stem, irregular participles by their base form ("built" is "build")."""
    w = word.lower()
    return stem(_BASE_FORM.get(w, w))


def _sites_in(sent: str, verbs: frozenset[str], q_names: set[str]) -> list[str]:
    """The places a sentence names beside the question's verb, or as the site chosen."""
    out: list[str] = []
    found: list[re.Match[str]] = list(_SITE_CHOSEN.finditer(sent))
    for w in _WORD_RE.finditer(sent):
        if w.group(0)[0].islower() and _expand({_verb_stem(w.group(0))}) & verbs:
            m = _SITE_AFTER_VERB.match(sent, w.end())
            if m is not None and m.group("prep") == "by" and not m.group("gap"):
                # "spotted by Rescue 951 in Coire Dubh Mor": the agent, and then the place
                m = _SITE_AFTER_VERB.match(sent, m.end())
            if m is not None:
                found.append(m)
                if (nxt := _SITE_NEXT.match(sent, m.end())) is not None:
                    found.append(nxt)
    for m in found:
        if _an_origin(sent, m.start("n")):
            continue
        # "Stuttgart-based Voltaris" is the question's subject, based somewhere
        name = re.sub(r"^[\w'’-]+-based\s+", "", _clean_name(m.group("n")))
        toks = name.split()
        if not toks or all(_POSSESSIVE.sub("", t).lower() in q_names for t in toks):
            continue
        if all(t.lower() in _MONTHS_AND_DAYS for t in toks) or name in out:
            continue
        out.append(name)
    return out


def _without_containers(names: list[str], sent: str) -> list[str]:
    """Drop a place the sentence gives only as what holds another named place."""
    out = []
    # "North Sea" beside "North Sea about 40 km west of Sotra": the name with its bearing says more
    names = [
        n
        for n in names
        if not any(o != n and o.startswith(n + " ") and _RELATIVE_AFTER.match(o, len(n)) for o in names)
    ]
    for n in names:
        held = any(
            o != n
            and (i := sent.find(o)) >= 0
            and (j := sent.find(n, i + len(o))) >= 0
            and _CONTAINER_AFTER.match(sent[i + len(o) : j])
            and not re.search(r"[.;]", sent[i + len(o) : j])
            and len(sent[i + len(o) : j]) < 40
            for o in names
        )
        if not held:
            out.append(n)
    return out


# Class words of settlements
_SETTLEMENTS = _words("towns cities villages hamlets suburbs boroughs communities settlements")


def _wider_area(name: str, docs: Sequence[Analyzed]) -> bool:
    """Does any source call a place a region, an area, a county... ("the North Dales region")?"""
    # "the Pixley ka Seme district": a particle may join the name's words
    called = re.compile(
        re.escape(name)
        + r"(?:\s+(?:ka|de|la|van|von)\s+[A-Z][\w-]*)?"
        + r"\s+(?:region|area|county|district|province|state|country|valley|coast)\b",
        re.I,
    )
    return any(called.search(a.doc.text) for a in docs)


# ... or three names between commas ("Aida, Tosca, The Magic Flute and the world premiere of ...")
_NAME_LIST = re.compile(
    rf"{_ONE_NAME}(?:\s*,\s*{_ONE_NAME})+\s*,?\s+and\s+{_ONE_NAME}|{_ONE_NAME}(?:\s*,\s*{_ONE_NAME}){{2,}}"
)

# The last word of a site's name: a ground, a hall, a square, a street
_SITE_ENDS = _words(
    """grounds ground showground showgrounds park square hall centre center stadium arena field fields green
    common pier quay wharf plaza road street avenue lane drive way place gardens garden racecourse"""
)
_PLACE_MODIFIERS = _words("upper lower little great greater north south east west new old nether long high")


_ACROSS = re.compile(r"\b(?:across|throughout)\s+(?:the\s+)?$", re.I)
_BASED_IN = re.compile(r"\b([A-Z][a-z]+)-(?:based|born|bred|led|run|owned|made)\b")


# Street words as a notice shortens them: "Summer St" is "Summer Street"
_SHORT_STREET: dict[str, str] = {
    short: full
    for short, full in (
        pair.split(":")
        for pair in "st:street rd:road ave:avenue av:avenue pl:place dr:drive sq:square tce:terrace "
        "cres:crescent ln:lane hwy:highway".split()
    )
}


# A stretch of a place named right after it: "Britannia Road, Bayfield Road to Cambria Road", "Kingston Street
# (Waterloo St. to Victoria St.)", "King Street from Victoria Street to Ringarooma Road"
_STRETCH = re.compile(
    r"\b(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Drive|Dr|Way|Highway|Hwy|Boulevard|Blvd|Terrace|Crescent|"
    r"Place|Parade|Trail|Path|Promenade|Quay|Row)\.?"
    rf"(?:,\s+|\s*\(\s*|\s+from\s+)(?P<a>{_ONE_NAME}\.?)\s+(?:to|-|–)\s+(?P<b>{_ONE_NAME})"
    rf"|\b(?:Road|Street|Avenue|Lane|Drive|Way|Highway)\s+between\s+(?P<c>{_ONE_NAME})\s+and\s+"
    rf"(?P<d>{_ONE_NAME})"
)


def _stretch_ends(sentence: str) -> set[str]:
    """The names of a sentence that bound a stretch of the place named before them, as member keys."""
    return {_name_key(end) for m in _STRETCH.finditer(sentence) for end in m.group("a", "b", "c", "d") if end}


def _name_key(name: str) -> str:
    """A member's name as compared with the others: lower case, words only, a short street word spelt out."""
    words = re.sub(r"\W+", " ", name.lower()).split()
    if len(words) > 1 and words[-1] in _SHORT_STREET:
        words[-1] = _SHORT_STREET[words[-1]]
    return " ".join(words)


def _in_question(word: str, q_names: set[str]) -> bool:
    """Is a word of a name one of the question's own ("Fenwold's" for the Fenwold district)?"""
    return _POSSESSIVE.sub("", word).lower() in q_names


_PEER_LIST = re.compile(rf"(?:{_ONE_NAME}\s*,\s*)*{_ONE_NAME}\s*,?\s+(?:and|or)\s+(?:the\s+)?{_ONE_NAME}")


def _peers_of_asked(sent: str, q_names: set[str]) -> set[str]:
    """The names a sentence lists beside the question's own ("cases in Norfolk, Lincolnshire and the
    Fenwold district" asked about Fenwold): its peers, not places within it ("Ashby Marsh, Fenwold", with
    no "and", is within)."""
    out: set[str] = set()
    for m in _PEER_LIST.finditer(sent):
        names = [_clean_name(n) for n in re.split(r"\s*,\s*|\s+(?:and|or)\s+(?:the\s+)?", m.group(0)) if n]
        asked = [n for n in names if all(_in_question(t, q_names) for t in n.split())]
        if asked and len(asked) < len(names):
            out.update(n for n in names if n not in asked)
    return out


def _members_in(
    sent: str,
    kind: str,
    q_names: set[str],
    head: str,
    *,
    route: bool = False,
    asked: Set[str] = frozenset(),
    works: bool = False,
    by_form: bool = False,
    places: Set[str] = frozenset(),
) -> list[str]:
    """The members of the question's list a sentence names, by the type the question expects. ``route``:
    the members are stops on a route, and its ends count; ``asked``: the question's words, expanded;
    ``works``: the members are titles of works, which keep a capitalised article; ``by_form``: a name that
    ends in the class's word is a member wherever the sentence puts it; ``places``: the places the question
    asks within ("clinics in Kadina"), which a member's name may begin with ("Kadina Medical Centre")."""
    if kind == "money":
        return [m.group(0).strip() for m in _AMOUNT.finditer(sent)]
    if kind == "date":
        days = [
            f"{(m.group('m1') or m.group('m2')).title()} {int(m.group('d1') or m.group('d2'))}"
            for m in _DAY_DATE.finditer(sent)
            if (m.group("m1") or m.group("m2")).lower() in MONTH_NUMBERS
        ]
        if days:
            return days
        # a weekly round goes by its weekdays ("on Monday and Wednesday mornings", "Tuesdays and Fridays")
        return list(dict.fromkeys(m.group(1).title() + "day" for m in _WEEKDAY.finditer(sent)))
    if kind == "phrase":
        asked = {stem(w) for w in q_names}
        return [
            p
            for p in _phrases_in(sent)
            if not {stem(w) for w in p.split()} <= asked and not set(p.split()) & _PHRASE_CLASS_WORDS
        ]
    if kind == "purpose":
        return _purposes_in(sent)
    if kind == "hours":
        return [
            f"{m.group('a').replace(' ', '')} to {m.group('b').replace(' ', '')}"
            if m.group("a")
            else m.group(0)
            for m in _HOURS.finditer(sent)
        ]
    if kind == "duration":
        return [m.group(0).replace("-", " ") for m in _DURATION.finditer(sent)]
    rx = _PLACE_AFTER if kind == "place" else _MEMBER_NAME
    ends = _CLASS_ENDS.get(head, frozenset())
    out: list[str] = []
    if route:
        for m in _ROUTE_LABEL_LIST.finditer(sent):
            if _labels_class(m.group("label"), _ROUTE_CLASS):
                out += [n for n in map(_clean_name, _LABEL_LIST_JOIN.split(m.group("names"))) if n]
        for m in _ROUTE_ENDS.finditer(sent):
            out += [
                n
                for n in (
                    _clean_name(m.group("a") or m.group("c")),
                    _clean_name(m.group("b") or m.group("d")),
                )
                if n and n.lower().rstrip(".") not in _CALENDAR_WORDS
            ]
    matches: list[re.Match[str]] = list(rx.finditer(sent))
    if kind == "place" and by_form:
        # "Bye Street will be shut for four nights": a name ending as the class's members do is one by its
        # form, wherever the sentence puts it
        taken = {m.start("n") for m in matches}
        matches += [m for m in _class_named(head).finditer(sent) if m.start("n") not in taken]
    # "with the epicentre offshore, west of Sotra": a place told only by where the thing asked about lies
    # from a named one
    bearings = (
        [
            f"{d.group('dir').lower()} of {_clean_name(d.group('n'))}"
            for d in _DIRECTION_OF.finditer(sent)
            if _stems(sent[max(0, d.start() - 50) : d.start()]) & asked
            # "the town of Gavle, two hours north of Stockholm": where the named town lies, not the thing
            and not _NAME_THEN_BEARING.search(sent, max(0, d.start() - 60), d.start())
        ]
        if kind == "place"
        else []
    )
    if kind == "place" and asked & _SITE_HEADS:
        # "the former depot on Wilton Road", asked which sites: a street names where a site is
        taken = {m.start("n") for m in matches}
        matches += [m for m in _ON_STREET.finditer(sent) if m.start("n") not in taken]
    if kind == "place" and (item := _BULLET_NAME.match(sent)) is not None:
        matches.insert(0, item)
    if kind == "place" and (added := _PLACE_ADDED.match(sent)) is not None:
        matches.insert(0, added)
    if kind == "place":
        dl = _DATELINE.match(sent)
        # "MAARTENS, June 20 — Maartens and Lievel will host": the list goes on from the name the body
        # opens with, not from the dateline's date
        lead = _MEMBER_NAME.match(sent, dl.end()) if dl is not None else None
        more: list[re.Match[str]] = []
        for m in matches if lead is None else [*matches, lead]:
            end = m.end("n") if m is not lead else m.end()
            while (nxt := _COORD_NEXT.match(sent, end)) is not None and not _APPOSITION.match(nxt.group(0)):
                more.append(nxt)
                end = nxt.end("n")
        matches += more
        if dl is not None:
            matches.insert(0, dl)
    # one-word names count inside a list of three or more ("Eastgate, Holm Lane and Crossways libraries")
    lists = [x.span() for x in _NAME_LIST.finditer(sent)] if kind == "name" else []
    if ends and kind == "name" and head in _LOWER_CLASS_WORD:
        # "no trains on the Derry, Portrush or Larne lines": each name takes the class word written after
        # the list
        for x in _CLASS_LIST.finditer(sent):
            word = x.group("w").lower()
            word = word[:-1] if word.endswith("s") and word[:-1] in ends else word
            if word in ends:
                for n in LIST_JOIN.split(x.group("names")):
                    if n and not all(_in_question(t, q_names) for t in n.split()):
                        out.append(f"{_clean_name(n)} {word}")
    for m in matches:
        start = m.start("n") if kind == "place" else m.start()
        if _BETWEEN.search(sent, 0, start) or re.search(
            r"\bbetween\s+\S+(?:\s+\S+)*?\s+and\s+$", sent[:start]
        ):
            continue  # "between 1st Avenue and 14th Avenue": bounds of a member, not members
        if not route and (
            _STRETCH_FROM.search(sent, max(0, start - 80), start)
            or _STRETCH_TO.search(sent, max(0, start - 120), start)
        ):
            continue  # "Main Street, from Forest Street to Parade Street": the ends of Main Street's stretch
        if kind == "place" and _an_origin(sent, start):
            continue
        name = _clean_name(m.group("n") if kind == "place" else m.group(0))
        if works and m.group(0).startswith("The ") and start > 0 and sent[start - 2 : start] != ". ":
            name = "The " + name  # "Aida, The Magic Flute and The Ice Bride": a title's own article
        if kind == "place" and name.lower().rstrip(".") in _CALENDAR_WORDS:
            continue  # "from Sept. 21 to Oct. 2": a date, not a place
        if kind == "place" and (rel := _RELATIVE_AFTER.match(sent, m.end("n"))) is not None:
            name = f"{name} {' '.join(rel.group(0).strip(' ,').split())}"  # "North Sea, 40 km west of Sotra"
        if name.isupper() and len(name) > 3:
            name = name.title()
        toks = name.split()
        if all(t.lower() in _STOP for t in toks):
            continue  # "now ALSO covers": a word shouted, not a name
        in_q = [_in_question(t, q_names) for t in toks]
        # "Marrowleaf Labs" is the question's subject, not a member; "Harbor Drive" for the Harbor City
        # marathon is a member of the class the question names
        # "Upper Hallam" for the Hallam hoard: a place named apart from the question's by its modifier
        distinct = kind == "place" and len(toks) > 1 and toks[0].lower() in _PLACE_MODIFIERS and not in_q[0]
        # "Gammel Skagen", asked which Skagen beaches: a name of its own that ends in the question's place
        # ... not a body the question also names ("the Supreme Court", asked of the Madras High Court)
        distinct = distinct or (
            kind == "name" and len(toks) == 2 and not in_q[0] and in_q[1] and toks[1].lower() not in _ORG_END
        )
        # "Kadina Medical Centre", asked which clinics in Kadina: a body named after the place it is in
        distinct = distinct or (
            kind == "name"
            and len(toks) > 1
            and toks[0].lower() in places
            and not any(in_q[1:])
            and toks[-1].lower() in _ORG_END
        )
        # "the Charlottetown Event Grounds" for the Charlottetown market: a site named after the town
        distinct = distinct or (
            kind == "place" and len(toks) > 1 and not in_q[-1] and toks[-1].lower() in _SITE_ENDS
        )
        if not toks or all(in_q) or (any(in_q) and not distinct and not (ends and toks[-1].lower() in ends)):
            continue
        if kind == "person":
            # "Engineer Deepak Raman", "Mayor Colin Bright", "Artistic Director Aoife Brennan": the person,
            # not the calling
            called = [i for i, t in enumerate(toks[:-2]) if t.lower().rstrip(".") in _CALLINGS]
            if called:
                toks = toks[called[-1] + 1 :]
            name = " ".join(toks)
        if kind == "person" and (
            not 2 <= len(toks) <= 4
            or toks[-1].lower() in _ORG_END
            # "announces new Artistic Director": a post, not who holds it
            or toks[-1].lower() in _CALLINGS
            or name.lower() in _NAMED_DAYS
            or any(p.lower().rstrip(".") in _DAY_ABBREVIATIONS for t in toks for p in t.split("-"))
        ):
            continue
        if kind == "person" and _BODY_OF.search(sent, max(0, m.start() - 40), m.start()):
            continue  # "a professor at the University of Eastern Finland": a body's name, not a person
        if kind == "person" and re.search(r"\b[Aa]n?\s+$", sent[max(0, m.start() - 4) : m.start()]):
            continue  # "a Marlow Springs small-business owner": a place said of a person, not a name
        # "King Street East", "University Avenue West": the class word before a bearing
        class_end = len(toks) >= 2 and (
            toks[-1].lower() in ends
            or (len(toks) >= 3 and toks[-1].lower() in _BEARINGS and toks[-2].lower() in ends)
        )
        if ends and not class_end:
            # "the Larne line": the class word in lower case right after the name
            tail = re.match(r"\s+([a-z]+)\b", sent[m.end() :])
            if tail is None or tail.group(1) not in ends or kind != "name" or head not in _LOWER_CLASS_WORD:
                continue
            name = f"{name} {tail.group(1)}"
            if name in out:
                continue
        elif (
            kind == "name"
            and len(toks) < 2
            and not any(x <= m.start() < y for x, y in lists)
            # "at Gammel Skagen and Kandestederne": a one-word name paired with a fuller one
            and not _PAIRED_AFTER.search(sent, 0, m.start())
        ):
            continue
        out.append(name)
    return out or bearings


# A bulleted item that opens with a thing in ordinary words, after an article or a count ("- 40 new horse
# stables to replace ...", "- an expanded camping area with ...")
_BULLET_THING = re.compile(
    _BULLET_MARK + r"(?:(?:a|an|the|\d[\d,]*|two|three|four|five|six|ten)\s+)?(?=[a-z])"
)


# A bulleted line that opens with a capitalised common word, then a lowercase one: "- Night market from 5pm"
_BULLET_CAPITAL = re.compile(_BULLET_MARK + r"(?P<first>[A-Z][a-z]+)(?=\s+[a-z])")


# Classes of what is on an event's programme, and the words that put a thing on it
_PROGRAMME_CLASS = frozenset({"events", "activities", "attractions", "highlights", "performances", "acts"})
_ON_PROGRAMME = re.compile(
    r"\b(?:finish|finishes|end|ends|close|closes|open|opens|start|starts|kick\s+off|kicks\s+off|round\s+off)"
    r"\s+with\s+(?:(?:a|an|the)\s+)?|\b(?:include|includes|featuring|features|headlined\s+by)\s+(?:(?:a|an|the)\s+)?"
)
_AFTER_COLON = re.compile(r":\s+(?:(?:a|an|the)\s+)?(?=[a-z][^:]*$)")


def _things_in(sent: str, verbs: frozenset[str], q: Question, cls: str) -> list[str]:
    """The things of the question's class a sentence lists in ordinary words ("covers apples, pears and
    cherries"), or names one after the question's verb ("carries an ultraviolet imager"); never the
    question's own words ("blue bins") or the class itself."""
    asked = _expand(_stems(q.text))
    capital = _BULLET_CAPITAL.match(sent) if cls in _PROGRAMME_CLASS else None
    if capital is not None:
        # "- Night market from 5pm with ... stalls": on a programme, a bulleted item that opens with a capital
        # only because it opens the line is the thing it opens with all the same
        at = capital.end("first") - len(capital.group("first"))
        sent = sent[:at] + sent[at].lower() + sent[at + 1 :]
    if (mark := _BULLET_THING.match(sent)) is not None and (one := thing_at(sent, mark.end())) is not None:
        # "- a new multipurpose pavilion for shows, markets and evacuation use": a bulleted item is the
        # thing it opens with; what it lists after it describes that thing
        found = [one]
    else:
        found = [item for lst in listings(sent) for item in lst.items]
    if not found and (colon := sent.find(":")) >= 0 and (named := _NAME_LIST.search(sent, colon)) is not None:
        # "The toilets closing in the Allerdale area are: Silloth Green, Maryport Harbour and Cockermouth
        # Main Street": things of a class without a name pattern of its own, listed by their names
        found = [n for n in LIST_JOIN.split(named.group(0)) if n]
    last = _AFTER_COLON.search(sent) if not found else None
    one = thing_at(sent, last.end()) if last is not None else None
    if last is not None and one and not sent[last.end() + len(one) :].strip(" .!"):
        found = [one]  # "something new this year: a dragon boat regatta.": one thing ending the sentence
    verbs = frozenset(_BASE_STEMS.get(v, v) for v in verbs)  # "found" asked, "found" or "find" written
    for w in _WORD_RE.finditer(sent):
        if w.group(0)[0].islower() and _verb_stem(w.group(0)) in verbs:
            one = thing_at(sent, w.end())
            if one is not None:
                found.append(one)
    if cls in _PROGRAMME_CLASS:
        # "the festival will finish with a fireworks display": what a programme opens, ends or is topped with
        for m in _ON_PROGRAMME.finditer(sent):
            if (one := thing_at(sent, m.end())) is not None:
                found.append(one)
    out: list[str] = []
    for item in found:
        words = item.split()
        if all(stem(x) in asked for x in words) or stem(words[-1]) == stem(cls) or item in out:
            continue
        out.append(item)
    return out


# the particle of a phrasal verb ("walk out", "set up") says little about which sentence answers
_PARTICLES = _words("out up off down over")


_VERB_FLOOR = 0.25


def _list_members(
    q: Question,
    pool: Sequence[Analyzed],
    clusters: dict[str, int],
    *,
    most: int | None = None,
    kind_as: str | None = None,
    refuted_out: list[tuple[str, Analyzed, int, int]] | None = None,
    lifted_out: list[tuple[str, Analyzed, int, int]] | None = None,
) -> list[tuple[str, Analyzed, int, int]]:
    """The members of an open list ("which roads", "who founded X", "what aid was pledged"), each with the
    sentence it comes from: the names or amounts of the expected type in the sentences that best match the
    question by IDF-weighted word overlap, across sources, deduplicated (first source kept).

    ``kind_as``: the type of member to look for, when not the one the question's words suggest.
    ``refuted_out`` gathers the members left out because a source says they are wrongly reported;
    ``lifted_out`` those left out because a source says the state the question asks about ended for them."""
    topical = _on_topic(q, pool, some_names=True)
    docs = topical or list(pool)
    # IDF over sentences' stems with hyphen parts, so "who founded" finds "co-founder"
    stems_of = [_hyphen_stems(f"{a.doc.title or ''} {a.doc.text}") for a in docs]
    # a name matches its kin by a shared beginning (Estavian rail workers, National Rail Estavia)
    name_heads = {stem(n): _name_prefix(n) for n in _proper_names(q.text)}

    def has(t: str, st: set[str]) -> bool:
        if _expand({t}) & st or (t in _BASE_STEMS and _BASE_STEMS[t] in st):
            return True
        head = name_heads.get(t)
        return head is not None and any(x.startswith(head) for x in st)

    # the class is a common noun of the question: "Caledon Ro-Ro Lines" names a company, not a class
    head = next(
        (t for t in reversed(q.terms) if t in _CLASS_ENDS and re.search(r"\b" + t + r"[a-z]*\b", q.text)), ""
    )
    asked_class = _ASKED_CLASS.match(q.text)
    if asked_class is not None and stem(asked_class["c"].lower()) in _CLASS_ENDS:
        # "Which streets are covered by the parking ban?": the class asked for, not a later word ("parking")
        head = stem(asked_class["c"].lower())
    # "which two clubs": a member's sentence names the club, not the count or the class ("Oakbridge
    # Rovers booked their place in the final")
    weights: dict[str, float] = {}
    kind = kind_as or _member_type(q)
    # "Which streets ...": names that end as the class's do are members by their form ("Bye Street"); not
    # the class of what a "where" question places ("Where will the skate park go?")
    by_form = (
        kind in ("place", "name")
        and head in _CLASS_ENDS
        and asked_class is not None
        and stem(asked_class["c"].lower()) == head
    )
    for t in q.terms:
        if t[0].isdigit() or t in _PARTICLES or parse_number(t) is not None or t == head:
            continue
        if kind == "place" and t in _WHERE_VERBS:
            continue  # "Where will the hubs be located?": the verb says only that a place is asked for
        df = sum(1 for st in stems_of if has(t, st))
        if df:
            weights[t] = 0.3 + math.log((len(docs) + 1) / df)
    total = sum(weights.values())
    # "closures or lane restrictions": a sentence names one of the alternatives, so they count once
    for alt in _ALTERNATIVES.finditer(q.text):
        left = {stem(w) for w in alt.group(1).lower().split()} & weights.keys()
        right = {stem(w) for w in alt.group(2).lower().split()} & weights.keys()
        if left and right and not left & right:
            total -= min(sum(weights[t] for t in left), sum(weights[t] for t in right))
    if total <= 0:
        return []
    # "Who paid for ...": a funder's sentence names the sum, seldom the thing bought
    funders = kind == "name" and _FUNDER_Q.match(q.text.strip()) is not None
    # ("route H2", "the A96": a code the question names the thing by is one of its names, no member)
    # "Mudgee's new skate park": the town is named without its possessive in the sources
    proper = {_POSSESSIVE.sub("", n) for n in _proper_names(q.text)}
    # "the Colesberg-based mobile clinic": the town it is based in is the question's, no member
    proper |= {m.group(1).lower() for m in _BASED_IN.finditer(q.text)}
    q_names = {stem(n) for n in proper} | proper | _proper_names(q.text)
    # "clinics in Kadina": the place the members are in (an owner, "the Council's list", is no such place)
    in_places = {
        w for w in _place_names(q.text) if re.search(rf"\b(?:in|near)\s+{re.escape(w)}\b", q.text, re.I)
    }
    # "which countries signed": members stand beside the verb; "where will it move to" is a place after
    # a preposition, found by the place patterns
    verbs = _question_verbs(q.text) if re.match(r"\s*(?:which|what)\b", q.text, re.I) else frozenset()
    # "Where will the array be built?": the place beside the question's own words ("built on X")
    q_lower = [w for w in _WORD_RE.findall(q.text)[1:] if w[0].islower()]
    site_verbs = (
        frozenset(_verb_stem(w) for w in q_lower if w.lower() not in _STOP and w.lower() not in _PREPOSITIONS)
        if kind == "place"
        else frozenset()
    )
    # of those, the verbs proper ("found", "confirmed"): a place beside one is where the act happened
    site_acts = (
        frozenset(_verb_stem(w) for w in q_lower if w.lower().endswith("ed") or w.lower() in _BASE_FORM)
        & site_verbs
    )
    scored: list[tuple[float, Analyzed, int, int]] = []
    q_classes = _class_words(q.text)
    works = bool(q_classes & _WORK_CLASS)
    q_terms = _expand(set(q.terms) - set(_proper_names(q.text)))
    edition = _edition_of(q)
    grades = _numbered_of(q)
    for a, doc_st in zip(docs, stems_of, strict=True):
        # the question's names are the document's topic: a sentence of a document that names them
        # need not repeat them ("... will stage two strikes on May 6 and May 14")
        named = sum(w for t, w in weights.items() if t in name_heads and has(t, doc_st))
        # a listed symptom's sentence ("patients reporting dizziness") rarely repeats the trial it is from:
        # the story's words count for each of its sentences, at half weight
        # so does a sentence's term ("received 18 months" in a story of three people sentenced for a fraud)
        story = (
            0.5 * sum(w for t, w in weights.items() if t not in name_heads and has(t, doc_st))
            if kind in ("phrase", "duration", "purpose", "hours") or funders
            else 0.0
        )
        lead = 0.0  # the cover of a line ending in a colon, for the list items under it
        prev = 0.0  # the cover of the sentence before
        announced = False  # the sentence before says how many were named, not who
        for s0, s1 in split(a.doc.text):
            if (
                _other_edition(a.doc.text[s0:s1], *edition)
                or _about_another(a.doc.text[s0:s1], q_names)
                or _other_grade(a.doc.text[s0:s1], grades)
            ):
                lead = 0.0
                continue
            st = _hyphen_stems(a.doc.text[s0:s1])
            own = sum(w for t, w in weights.items() if t not in name_heads and has(t, st))
            if kind == "duration" and not own:
                continue  # a term needs a word of the question beside it ("jailed for six years")
            cover = (named + max(own, story + 0.5 * own)) / total
            line = a.doc.text[s0:s1]
            if _BULLET.match(line):
                # "the following roads will be closed:" then "- High Street, between ...": each item of a
                # list is about what the line that introduces it says
                cover = max(cover, lead)
            else:
                if (
                    head
                    and (m := _NAMES_THEM.match(line))
                    and (m.group("c") is None or stem(m.group("c")) == head)
                ) or announced:
                    # "Four primary schools face closure ... The schools are Ferncombe Primary, ...", "Two
                    # more members have been named to the panel. Juha Korpela, ... and Sanna Virtanen": the
                    # sentence that names them is about what the one before it says
                    cover = max(cover, prev)
                elif (lab := _CLASS_LABEL.match(line)) is not None and _labels_class(lab.group(1), q_classes):
                    # "Stops: Nyhavn - Operaen": a line listing the class under its label, in a source
                    # that names the question's subject, lists the members asked for
                    cover = max(cover, prev, _MEMBER_FLOOR if topical and _proper_names(q.text) else 0.0)
                # "... to upgrade the Bega Showground. The project will deliver:": a line that opens a list
                # goes on with the sentence before it
                lead = max(cover, prev) if line.rstrip().endswith(":") else 0.0
            prev = cover
            announced = _COUNT_NAMED.search(line) is not None
            scored.append((cover, a, s0, s1))
    if not scored:
        return []
    classed: set[tuple[str, int]] = set()
    if kind == "name" and head in _LOWER_CLASS_WORD:
        # "no trains on the Derry, Portrush or Larne lines": names followed by the class word in lower case
        # are members by their form; their sentence is as much about the question as its story's best one
        doc_top: dict[str, float] = {}
        for cover, a, _s0, _s1 in scored:
            doc_top[a.doc.id] = max(cover, doc_top.get(a.doc.id, 0.0))
        ends = "|".join(sorted(_CLASS_ENDS[head]))
        # ... or in capitals, as part of the name ("the Kitekite Track")
        lower_class = re.compile(rf"{_ONE_NAME}\s+(?i:{ends})s?\b")
        classed = {
            (a.doc.id, s0)
            for _c, a, s0, s1 in scored
            if lower_class.search(a.doc.text, s0, s1) and _members_in(a.doc.text[s0:s1], kind, q_names, head)
        }
        scored = [
            (max(cover, doc_top[a.doc.id]) if (a.doc.id, s0) in classed else cover, a, s0, s1)
            for cover, a, s0, s1 in scored
        ]
    elif by_form:
        # "Bye Street will be shut for four nights", asked which streets the works affect: a sentence naming
        # one by its form is near enough the question when it shares some of its words
        form = _class_named(head)
        classed = {(a.doc.id, s0) for _c, a, s0, s1 in scored if form.search(a.doc.text, s0, s1)}
    best = max(s[0] for s in scored)
    # each source contributes its own best sentences: a list is spread over sources, and one source's
    # best match may share fewer of the question's words than another's. A source's best is that of its
    # sentences that name a member: a headline ("Second man jailed over the fraud") may match the question
    # better than the sentence that gives the sentence's length
    # a listed symptom needs a reporting verb or a heading before it: that cue, in a story that names the
    # question's subject, is evidence enough where the story's own words differ from the question's
    floor = 0.2 if (kind in ("phrase", "purpose", "hours") or funders) and name_heads else _MEMBER_FLOOR
    named_in: dict[tuple[str, int], list[str]] = {}
    ended_in: dict[tuple[str, int], list[str]] = {}  # members a sentence says were dropped
    one_edition = _EDITION_Q.search(q.text) is not None
    # names any source writes inside a sentence: "Benin" opening one source's sentence is a name if another
    # source writes "in Benin"
    mid = frozenset().union(*(_names_mid_sentence(a.doc.text) for a in docs)) if verbs else frozenset()
    thing_class = _thing_class(q.text) if kind == "thing" else ""
    route = kind == "place" and bool(_class_words(q.text) & _ROUTE_CLASS)
    settlements = bool(_class_words(q.text) & _SETTLEMENTS)
    if thing_class:
        # "Which scientific instruments does the satellite carry?": the verb comes after the class
        verbs = _question_verbs("Which " + q.text.split(thing_class, 1)[-1])
    elif kind == "thing" and (fq := _FOUND_Q.search(q.text)) is not None:
        verbs = frozenset({_verb_stem(fq.group(0).split()[-1])})  # "What was found": things found
    asked = {_amount_key(m.group(0)) for m in _AMOUNT.finditer(q.text)} | {
        _amount_key(m.group(0)) for m in _SHORT_AMOUNT.finditer(q.text)
    }
    # "how is the £8 million fund being split": a share is less than the whole ("a net revenue budget of
    # £142.6 million ... and a new £8 million fund" names no share)
    whole = max((float(k) for k in asked), default=0.0)
    asks_past = _PAST_Q.match(q.text) is not None
    asks_axed = _CANCEL_WORD.search(q.text) is not None
    reasons = _move_reasons(q)
    doc_best: dict[str, float] = {}
    # a name beside the question's verb ("has been awarded to Northway Buses") needs fewer of its other
    # words: a long question's setting ("in the first phase of ... franchising") is seldom repeated
    beside_verb: set[tuple[str, int]] = set()
    by_verb = kind in ("name", "place") and bool(verbs) and not funders
    # a member a source says is wrongly reported ("posts claiming it will be built on Memorial Park. This
    # is not true.") is no member, and its sentence sets no bar for the source's other sentences
    refuted = _refuted_text(docs) + _kept_text(docs, verbs)
    for cover, a, s0, s1 in scored:
        # the names beside the question's verb, found once for the floor below and for the members
        at_verb = (
            _verb_members(a.doc.text[s0:s1], verbs, q_names, mid, q.terms)
            if by_verb and cover >= _VERB_FLOOR
            else []
        )
        if _VERB_FLOOR <= cover < floor and (
            at_verb
            or (site_acts and _sites_in(a.doc.text[s0:s1], site_acts, q_names))
            or (a.doc.id, s0) in classed  # a name ending as the class's members do ("the Larne line")
        ):
            beside_verb.add((a.doc.id, s0))
        if cover >= floor or (a.doc.id, s0) in beside_verb:
            got = (
                _things_in(a.doc.text[s0:s1], verbs, q, thing_class)
                if kind == "thing"
                else _funders_in(a.doc.text[s0:s1], q_names)
                if funders
                else _members_in(
                    a.doc.text[s0:s1],
                    kind,
                    q_names,
                    head,
                    route=route,
                    asked=q_terms,
                    works=works,
                    by_form=by_form,
                    places=in_places,
                )
            )
            if by_verb:
                if head in _LOWER_CLASS_WORD:
                    # "which lines": a name beside the verb is a member only if it ends as the class's do
                    # ("Enterprise services between Belfast and Dublin are not affected" names no line)
                    at_verb = [n for n in at_verb if n.split()[-1].lower() in _CLASS_ENDS[head]]
                got = [*dict.fromkeys([*at_verb, *got])]
            if kind == "place":
                # "Herefordshire Council's preferred location": a public body is no place on a list
                got = [m for m in got if m.split()[-1].lower() not in _PUBLIC_BODY_ENDS]
            if kind == "place" and site_verbs:
                sent = a.doc.text[s0:s1]
                sites = _sites_in(sent, site_verbs, q_names)
                if site_acts and (acted := _sites_in(sent, site_acts, q_names)):
                    # "the competition on Storsjön will be held on Vallsundet": the place beside the verb,
                    # not the one beside a noun that says which competition is meant
                    first = min(sent.find(s) for s in acted)
                    sites = [s for s in sites if s in acted or sent.find(s) > first]
                    got = [m for m in got if not 0 <= sent.find(m) < first]
                got = _without_containers([*dict.fromkeys([*sites, *got])], sent)
            if kind in ("name", "place"):
                # "will finish in Lanby instead of on Castle Hill in Harwood": not where it finishes
                sent = a.doc.text[s0:s1]
                if _SHOUTED.fullmatch(sent.strip()):
                    got = []  # "REVISED WATER-SHEDDING SCHEDULE - EFFECTIVE MONDAY": a heading, no member
                if (fronted := _FRONTED.match(sent)) is not None:
                    # "Following the opening of the new lot on Elm Avenue, the ban has been revised": a
                    # circumstance set before the clause, no member
                    got = [m for m in got if not 0 <= sent.find(m) < fronted.end()]
                # "has cancelled its planned production of Tosca": dropped from the programme, unless the
                # question asks what was cancelled
                axed = [m for m in got if not asks_axed and _cancelled(sent, m)]
                dropped = [
                    m
                    for m in got
                    if m in axed or _set_aside(sent, m, reasons=reasons) or _no_longer(sent, m)
                ]
                got = [m for m in got if m not in dropped]
                # "will no longer call at Teglholmen": a member once, dropped from the list
                # ... and "will move from Grey Street to King Edward Park": the place left, beside the new one
                # (asked of one edition, "this year's festival", a move from last year's site changes nothing)
                moved_off = (
                    [m.group("n") for m in _MOVED_FROM_PLACE.finditer(sent)]
                    if kind == "place" and got and not one_edition
                    else []
                )
                ended_in[(a.doc.id, s0)] = [m for m in dropped if m in axed or _no_longer(sent, m)] + [
                    m for m in moved_off if m not in got
                ]
                if not asks_past and _BEFORE_THEN.match(a.doc.text, s0, s1):
                    got = []  # "Before then it was held on a farm near Coldstone": where it used to be
            if kind == "date" and got:
                # "will visit on Tuesday and Friday, instead of Monday and Wednesday": the days it has left
                sent = a.doc.text[s0:s1]
                gone = [m for m in got if _set_aside(sent, m, reasons=False)]
                got = [m for m in got if m not in gone]
                if got:
                    ended_in[(a.doc.id, s0)] = gone
            if kind == "hours" and not asks_past and _BEFORE_THEN.match(a.doc.text, s0, s1):
                got = []  # "Until now Central opened 1-5 p.m. on Sundays": the hours being changed
            if kind == "place" and q_names:
                peers = _peers_of_asked(a.doc.text[s0:s1], q_names)
                got = [m for m in got if m not in peers]
            if kind in ("name", "place") and not route:
                # "Britannia Road, Bayfield Road to Cambria Road": the ends of the stretch worked on
                bounds = _stretch_ends(a.doc.text[s0:s1])
                got = [m for m in got if _name_key(m) not in bounds]
            if kind == "place":
                # "The Labour and Centre party groups say ...": parties are no place
                sent_text = a.doc.text[s0:s1]
                got = [m for m in got if not _PARTY_AFTER.match(sent_text, *_after_name(sent_text, m))]
                # "a review of clinic routes across the Pixley ka Seme district": the area the sentence
                # spans, not a member
                got = [
                    m for m in got if not (_cue_before(_ACROSS, sent_text, m, 20) and _wider_area(m, docs))
                ]
            if kind == "place" and settlements:
                # "which towns": what any source calls "the North Dales region" holds them; "the National
                # Transport Authority" is a body, no town
                got = [m for m in got if not _wider_area(m, docs) and m.split()[-1].lower() not in _ORG_END]
            if kind in ("person", "name"):
                # "this year's Open Submission exhibition", asked of the "open submission exhibition": the
                # question's own words in capitals name what is asked about, no member
                got = [m for m in got if not _words_asked(m, q.text)]
            if kind == "name" and q.terms:
                # "towards a North Dales University study": the owner of what is asked about, no member
                got = [m for m in got if not _owner_of(a.doc.text[s0:s1], m, q.terms[-1])]
            if kind == "money" and whole:
                got = [m for m in got if _amount_key(m) not in asked and float(_amount_key(m)) <= whole]
            named_in[(a.doc.id, s0)] = got
            if any(not _named_in(m, refuted) for m in got):
                doc_best[a.doc.id] = max(cover, doc_best.get(a.doc.id, 0.0))
    found: dict[str, tuple[str, Analyzed, int, int]] = {}
    votes: dict[str, float] = {}
    ended: dict[str, tuple[str, Analyzed, int, int]] = {}
    for cover, a, s0, s1 in sorted(scored, key=lambda s: -s[0]):
        mine = doc_best.get(a.doc.id, 1.0)
        least = _VERB_FLOOR if (a.doc.id, s0) in beside_verb else floor
        if cover >= least:
            # a member dropped in a sentence on the question, though its source's best sentence is another
            for name in ended_in.get((a.doc.id, s0), ()):
                ended.setdefault(_name_key(name), (name, a, s0, s1))
        if cover < max(least, mine - 0.15) or (cover < 0.6 * best and cover < mine):
            continue
        for name in named_in[(a.doc.id, s0)]:
            if kind == "money" and _amount_key(name) in asked:
                continue  # "how is the £12m fund being spent": the whole is not one of its shares
            key = _name_key(name)
            if not key:
                continue
            same = next((k for k in found if f" {key} " in f" {k} " or f" {k} " in f" {key} "), None)
            if same is None:
                found[key] = (name, a, s0, s1)
                votes[key] = 0.0
            votes[same or key] += cover
    for key, (name, *_rest) in list(found.items()):
        words = name.split()
        if (
            kind in ("name", "place")
            and len(words) > 1
            and words[0].lower() in _COUNT_WORDS
            and any(k != key and words[-1].lower().rstrip("s") == k.split()[-1].rstrip("s") for k in found)
        ):
            del found[key]  # "Four Main Streets closed", beside East Main Street and the rest: all of them
    if not asks_axed and kind in ("name", "place"):
        # "has cancelled its planned production of Tosca": a member another source lists, called off in
        # a sentence on the question
        # ... or a member dropped by name in a source that lists the others, whatever the sentence's
        # other words ("Based on rider counts, the Fairlea Plaza stop has been discontinued.")
        giving = {a.doc.id for _n, a, _s0, _s1 in found.values()}
        for cover, a, s0, s1 in scored:
            weak = cover < floor
            if weak and a.doc.id not in giving:
                continue
            for key, (name, *_rest) in list(found.items()):
                sent = a.doc.text[s0:s1]
                if (not weak and _cancelled(sent, name)) or _ended_after(sent, name):
                    ended.setdefault(key, (name, a, s0, s1))
                    del found[key]
    # "A message claiming four schools will be shut is wrong ... Rangiora High School will be open as normal":
    # what a source that calls a report false says is spared was in the report
    reports = (
        _refuted_text(docs, reports_only=True)
        + _kept_text([a for a in docs if any(c.kind == "refutation" for c in a.claims)], verbs)
        if refuted_out is not None
        else ""
    )

    def said_in(name: str, text: str) -> bool:
        return _named_in(name, text) or _short_in(name, text, found)

    gone = [k for k, (name, *_r) in found.items() if said_in(name, refuted)]
    if refuted_out is not None:
        # a report corrected, not a place merely said to be spared
        refuted_out.extend(found[k] for k in gone if said_in(found[k][0], reports))
    for k in gone:
        del found[k]
    if q.as_of is not None and kind in ("name", "place"):
        # "Division Street will be closed ... from May 21 to May 31", asked of 4 June: over by then
        # (no change over time: the question asks of one day, and the member's own span misses it)
        missed = [k for k, (name, a, _s0, _s1) in found.items() if _span_missed(a, name, q.as_of)]
        for k in missed:
            old = found.pop(k)
            if (
                lifted_out is not None
                and q.text.lower().startswith("where")
                and any(_told_later(v[1], old[1]) for v in found.values())
            ):
                # "back on Stora torget ... until September", then a later notice moves the market: the
                # place held until its span ended, and a later source names where it went (a list of
                # roads closed on a day is not one place replaced by another)
                lifted_out.append(old)
    if lifted_out is not None and found:
        for k, v in ended.items():
            if k in found and _told_later(v[1], found[k][1]):
                # "will no longer serve Keadue", told after the launch report that lists Keadue
                del found[k]
        lifted_out.extend(v for k, v in ended.items() if k not in found)
    if lifted_out is not None and kind in ("name", "place") and _STATE_Q.search(q.text):
        # "Which communities are under evacuation orders?": "the order for Owl Creek has been lowered"
        for k in list(found):
            if (told := _lifted_for(found[k][0], docs)) is not None:
                del found[k]
                lifted_out.append(told)  # cited where a source says the state ended for it
    if kind in ("name", "place", "person"):
        # "URGENT URGENT - NO WATER in Robertson": words shouted in capitals that no source writes as a name;
        # "KILDARE SOUTH ECHO | News": a paper's masthead is nobody
        for k in [
            k
            for k, (name, *_r) in found.items()
            if _only_in_capitals(name, docs) or (kind == "person" and _heading(name, docs))
        ]:
            del found[k]
    if kind == "place" and _class_words(q.text) & _SETTLEMENTS:
        # "Which towns does the bus serve?": "the Cambridge town centre stop on Victoria Street" names a town
        # and a street in it; the street is no town
        for k in [k for k, (name, *_r) in found.items() if name.split()[-1] in _STREET_HEADS]:
            del found[k]
    if kind in ("name", "place"):
        people = _class_words(q.text) & _PERSON_CLASS
        bodies = bool(_class_words(q.text) & _BODY_CLASS)
        for k in [
            k
            for k, (name, *_r) in found.items()
            if _heading(name, docs)
            or (not people and _a_person(name, docs))
            # "projects in the North Sea", asked which companies signed: a sea is no company
            or (bodies and name.split()[-1] in _GEO_HEADS)
        ]:
            del found[k]
    if _class_words(q.text) & _PERFORMERS:
        # "Which acts are headlining?": "Festival director Colm Heneghan said ..." runs the festival, no act
        for k in [k for k, (name, a, s0, s1) in found.items() if _in_office(name, a.doc.text[s0:s1])]:
            del found[k]
    if kind == "name" and _class_words(q.text) & _WORKS:
        # "Which film won the top prize?": a work goes by its quoted title ("The Salt Road" won the Aurora
        # Prize), not by the prize or festival its sentence also names
        titled = {k for k, (name, *_r) in found.items() if _quoted_title(name, docs)}
        if titled:
            found = {k: v for k, v in found.items() if k in titled}
    if kind == "thing" and not found:
        # "which crops" whose sources name them ("Bramley and Cox orchards"): the names, then
        return _list_members(
            q, pool, clusters, most=most, kind_as="name", refuted_out=refuted_out, lifted_out=lifted_out
        )
    # "which two clubs", "the three wards": no more members than the question counts, the ones named
    # most and best
    want = _COUNT_Q.search(q.text)
    n = parse_number(want.group("n")) if want else most
    if most is not None and want is None:
        # one name asked for: a person every source names beats one a single sentence matches best
        for k, (name, *_rest) in found.items():
            last = name.split()[-1]
            votes[k] += 0.5 * sum(1 for a in docs if re.search(rf"\b{re.escape(last)}\b", a.doc.text))
    if n is not None and 1 <= n < len(found):
        top = sorted(found, key=lambda k: -votes[k])[: int(n)]
        return [v for k, v in found.items() if k in top]
    return list(found.values())


# A sentence about a neighbour or rival of the subject: "Neighbouring estate Sallow Hill, which planted
# Solaris ...", "Over at Sallow Hill they're trialling Solaris again"
_ANOTHER = re.compile(
    r"\s*(?:(?:Neighbouring|Neighboring|Nearby|Rival|Competing)\s+(?:[a-z]+\s+){0,2}|Over at\s+|"
    r"Elsewhere(?: in)?,?\s+|Meanwhile,?\s+(?:at\s+|in\s+)?)(?P<n>" + _ONE_NAME + ")"
)


# A phrase set before a sentence's clause, ending at its comma: "Following the opening of the new lot on
# Elm Avenue, ..."
_FRONTED = re.compile(
    r"\s*(?:following|after|before|since|despite|due\s+to|because\s+of|thanks\s+to|ahead\s+of)\b[^,;:]{0,120},",
    re.I,
)

# A line in capitals of three words or more: a heading
_SHOUTED = re.compile(r"[^a-z]*[A-Z][^a-z]*(?:\s+[^a-z\s]+){2,}[^a-z]*")

# Two capitalised words or more, then "and", right before a name: the name is the second of a pair
_PAIRED_AFTER = re.compile(r"\b(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])[\w'’-]+\s+and\s+$")

# The class a list question asks for, right after its question word: "Which streets ...", "What roads ..."
_ASKED_CLASS = re.compile(r"\s*(?:which|what)\s+(?P<c>[a-z]+)\b", re.I)


def _words_asked(name: str, question: str) -> bool:
    """Is every word of a name a word of the question, whatever its case?"""
    asked = {w.lower() for w in _WORD_RE.findall(question)}
    return all(w.lower() in asked for w in _WORD_RE.findall(name))


def _about_another(sent: str, q_names: set[str]) -> bool:
    m = _ANOTHER.match(sent)
    # "Ash Farm" is another farm than Marden Farm: its first word tells
    return m is not None and stem(_WORD_RE.findall(m.group("n"))[0]) not in q_names


_EDITION = re.compile(r"\b(?P<y>(?:19|20)\d\d)\s+(?P<w>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,3})")


_BULLET = re.compile(_BULLET_MARK + r"\S")
# A line that lists the class under its label: "Stops: Nyhavn - Operaen"
_CLASS_LABEL = re.compile(r"\s*(" + _LABEL + r")\s*:\s+[A-Z]")


def _labels_class(label: str, classes: Set[str]) -> bool:
    """Is a label ("Stops", "New stops") the question's class, not a set-aside part ("Discontinued stops")?"""
    words = label.lower().split()
    return (words[-1] in classes or words[-1] + "s" in classes) and not set(words) & _GONE_WORDS


# The start of a body's name that runs on after "of": "the University of Eastern Finland"
_BODY_OF = re.compile(
    r"\b(?:University|Ministry|Department|College|Institute|School|Bank|Council|Museum|Board|Office|"
    r"Academy|Society|Federation|Association|Church|Republic|Kingdom|Province|State|City|County|Port)\s+of\s+"
    r"(?:the\s+)?$"
)
# A count of people named without their names: "Two more members have been named to the panel"
_COUNT_NAMED = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|\d{1,2})\s+(?:more\s+|new\s+|further\s+|other\s+)?"
    r"(?:members|people|trustees|directors|councillors|councilors|judges|panellists|panelists|experts|"
    r"appointees|commissioners)\s+(?:have|has|had|were)\s+(?:now\s+)?(?:been\s+)?"
    r"(?:named|appointed|chosen|selected|added|picked)\b",
    re.I,
)
# A sentence that names the members of the one before: "The schools are ...", "They are ...", "Those
# affected include ..."
_NAMES_THEM = re.compile(
    r"\s*(?:(?:The|These|Those)\s+(?:\w+\s+)?(?P<c>[a-z]+s)|They|Those\s+affected)\s+"
    r"(?:are|were|include|included|will\s+be|would\s+be)\s+(?=[A-Z])"
)


# A numbered grade of a thing: "Level 3 orders", "Phase 2", "Tier 4 rules", "Category 5 storm".
_NUMBERED = re.compile(r"\b(?P<w>[A-Za-z]{3,})\s+(?P<n>\d{1,2})\b(?![\d,.:%/-])")


def _numbered_of(q: Question) -> dict[str, str]:
    """The numbered grades a question names ("Level 3"), as word -> number."""
    return {
        m.group("w").lower(): m.group("n")
        for m in _NUMBERED.finditer(q.text)
        if m.group("w").lower() not in _STOP and m.group("w").lower() not in _CALENDAR_WORDS
    }


def _other_grade(sentence: str, grades: dict[str, str]) -> bool:
    """Does a sentence speak only of another grade of what the question numbers ("LEVEL 1 - BE READY: the
    community of Harlan Springs" when the Level 3 orders are asked about)?"""
    if not grades:
        return False
    seen = [(m.group("w").lower(), m.group("n")) for m in _NUMBERED.finditer(sentence)]
    mine = [(w, n) for w, n in seen if w in grades]
    return bool(mine) and all(n != grades[w] for w, n in mine)


def _edition_of(q: Question) -> tuple[frozenset[str], frozenset[str]]:
    """The years a question dates its subject by, and the stems of the noun phrase after them ("the 2026
    national rowing championships")."""
    found = list(_EDITION.finditer(q.text))
    years = frozenset(m.group("y") for m in found)
    heads = frozenset(set().union(*(_stems(m.group("w")) for m in found)) - _STOP)
    return years, heads


def _other_edition(sentence: str, years: frozenset[str], heads: frozenset[str]) -> bool:
    """Does a sentence speak of another year's edition of what the question dates by its year ("The 2025
    championships will take place at Hadley Reach" when the 2026 ones are asked about)?"""
    if not years:
        return False
    return any(
        m.group("y") not in years and stem(m.group("w").split()[0].lower()) in heads
        for m in _EDITION.finditer(sentence)
    ) and not any(y in sentence for y in years)


# What a clause turns away from: "will finish in Lanby instead of on Castle Hill in Harwood", "after flood
# damage made its usual site at Brackley Park unusable".
_SET_ASIDE = re.compile(
    r"\b(?:instead\s+of|in\s+place\s+of|no\s+longer|"
    # "the former gasworks site on Coldharbour Lane" is the site's past, not a venue left
    r"(?:its|their|the)\s+(?:usual|normal|traditional|regular|previous)\s+(?:\w+\s+)?"
    r"(?:site|home|venue|ground|location|base|route|course)|"
    # ... but a programme that "moves on from The Homend" has done it, not left it
    r"(?:mov(?:e|es|ed|ing)|switch(?:es|ed|ing)?|relocat(?:e|es|ed|ing))\s+(?!on\s+from\b)(?:\w+\s+){0,2}"
    r"(?:away\s+)?from|"
    r"away\s+from)\b(?:(?!\bto\b)[^,;:.!?()]){0,40}$",  # "moved from Harwood to Lanby": Lanby is no aside
    re.I,
)


# A sentence that opens on the time before the present state: "Before then it was held near Coldstone",
# "Previously, the race started at ..."
_BEFORE_THEN = re.compile(
    r"\s*(?:Before\s+(?:then|that|\d{4})|Previously|Formerly|Originally|Until\s+(?:then|now|\d{4})|In\s+the\s+past|"
    r"Prior\s+to\s+(?:that|\d{4}))\b"
)
# A question about the past ("Where was the 2019 final held?"): its members may be where things used to be.
_PAST_Q = re.compile(r"\s*\w+\s+(?:\w+\s+)?(?:was|were|did|had)\b", re.I)


def _owner_of(sentence: str, name: str, head: str) -> bool:
    """Does a sentence write a name as the owner of the question's head noun ("a North Dales University
    study", "North Dales University's Tarn Valley peatland study")?"""
    for m in re.finditer(rf"\b{re.escape(name)}(?:'s|’s)?\s+((?:[\w-]+\s+){{0,3}}?)([\w-]+)", sentence):
        if stem(m.group(2).lower()) == head:
            return True
    return False


# "will now take place at the Bluewater Convention Centre, following storm damage to the Ridge Civic
# Theatre": the place that cannot be used, named as the reason for a move
# ... and so is the site of works not finished in time ("Because the drainage works at Mossfield Park will not
# be finished in time, this year's Gathering will be held at Ganavan Sands")
_MOVE_REASON = re.compile(
    r"\b(?:following|after|because(?:\s+of)?|due\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:damage|closure|flooding|fire|works|repairs|renovations?|refurbishment|redevelopment|construction)\s+"
    r"(?:to|at|of)\s+(?:the\s+)?$",
    re.I,
)
# A site harm has left unfit: "storm damage at Ganavan Sands had left the field too uneven for heavy events"
_HARM_AT = re.compile(r"\b(?:damage|erosion|flooding|works|subsidence)\s+(?:at|to|on)\s+(?:the\s+)?$", re.I)
_LEFT_UNFIT = re.compile(r"\s+(?:had|has|have)\s+(?:left|made|rendered)\b", re.I)
# A question about the condition itself ("Which roads are still closed?"): "the continued closure of Ferry
# Road" names a member, not a place left
_CONDITION_Q = re.compile(r"\b(?:clos\w*|shut|damag\w*|flood\w*|fires?|burn\w*)\b", re.I)


def _move_reasons(q: Question) -> bool:
    """Does a place named as the reason for a move count as a place left, for this question?"""
    return _CONDITION_Q.search(q.text) is None


_NO_LONGER = re.compile(
    r"\b(?:no\s+longer|(?:dropped|removed|cut|axed|taken)\s+(?:off|from)|"
    # "The express bus will not stop at Puhoi after all"
    r"(?:will|would|does|do|did)\s+not\s+(?:stop|call)\s+(?:at|in)|(?:won['’]t|doesn['’]t)\s+(?:stop|call)\s+(?:at|in))"
    r"\b(?:(?!\bto\b)[^,;:.!?()]){0,40}$",
    re.I,
)


# The span a member's clause gives: "from May 21 to May 31", "until June 9", "from Saturday, June 1"
_SPAN_END = re.compile(r"\s*(?:to|until|till|through|-|–)\s*$", re.I)
_SPAN_START = re.compile(r"\b(?:from|starting|beginning)\s+(?:\w+day,?\s+)?$", re.I)


def _span_missed(a: Analyzed, name: str, day: date) -> bool:
    """Does a clause of the source naming the member put its span wholly before or after ``day`` ("will be
    closed ... from May 21 to May 31", asked of June 4), and none cover it? Only dated spans count: "until the
    end of the week" does not."""
    missed = covered = False
    for s0, s1 in split(a.doc.text):
        sent = a.doc.text[s0:s1]
        at = sent.find(name)
        if at < 0:
            continue
        c0, c1 = clause_around(sent, at, at + len(name))
        first: date | None = None
        last: date | None = None
        for t in a.timexes:
            if t.type != "DATE" or not (s0 + c0 <= t.start < s0 + c1):
                continue
            iv = timex_interval(t.value)
            if iv is None:
                continue
            if _SPAN_END.search(a.doc.text, max(s0, t.start - 12), t.start):
                last = iv[1]
            elif _SPAN_START.search(a.doc.text, max(s0, t.start - 20), t.start):
                first = iv[0]
        if first is None and last is None:
            continue
        if (last is not None and last < day) or (first is not None and first > day):
            missed = True
        else:
            covered = True
    return missed and not covered


_ALTERNATIVES = re.compile(r"\b((?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s+or\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*)\b")

# Classes of works whose titles keep their article ("The Magic Flute")
_WORK_CLASS = _words("operas operettas plays musicals ballets productions albums novels books films songs")

_BEARINGS = _words("north south east west northeast northwest southeast southwest upper lower")

_COUNT_WORDS = _words("two three four five six seven eight nine ten both all")

# A member called off: "has cancelled its planned production of Tosca", "scrapped the Harbour Run"
_CANCEL_WORD = re.compile(
    r"\b(?:cancel\w*|scrap\w*|axe[ds]?|axing|call\w*\s+off|drop\w*|withdr[ae]w\w*"
    # "Which stops will the number 42 bus stop serving?"
    r"|stop\s+(?:serving|calling|visiting|running)|no\s+longer\s+(?:serve|call|visit|run)\w*)\b",
    re.I,
)
_CANCELLED = re.compile(
    r"\b(?:cancell?ed|scrapped|axed|called\s+off)\s+(?:(?:its|their|the|this\s+year's)\s+)?"
    r"(?:(?:planned|proposed|scheduled|new)\s+)?(?:[a-z-]+\s+(?:of|for)\s+)?(?:the\s+)?$",
    re.I,
)


def _cancelled(sentence: str, name: str) -> bool:
    """Does a sentence say a member was called off ("has cancelled its planned production of Tosca")?"""
    return _cue_before(_CANCELLED, sentence, name)


# "the Fairlea Plaza stop has been discontinued": a member called off, told after its name
_ENDED_AFTER = re.compile(
    r"(?:[ \t]+[a-z]+){0,2}[ \t]+(?:(?:has|have|had)[ \t]+been[ \t]+"
    r"(?:discontinued|dropped|scrapped|axed|withdrawn|cancell?ed|removed[ \t]+from)"
    # "Te Aroha link axed from commuter bus", "The Te Aroha connection no longer runs"
    r"|(?:(?:is|was|are|were)[ \t]+)?(?:axed|scrapped|discontinued|withdrawn|dropped)[ \t]+(?:from|after|on)"
    r"|no[ \t]+longer[ \t]+(?:runs?|operates?|stops?|calls?)"
    # "Hanover will no longer be served by the Colesberg mobile clinic"
    r"|(?:will[ \t]+)?no[ \t]+longer[ \t]+be[ \t]+(?:served|visited|covered|included|part[ \t]+of))\b"
)


def _ended_after(sentence: str, name: str) -> bool:
    """Does a sentence say a member has been called off, after its name ("the Fairlea Plaza stop has been
    discontinued")? Only a name the sentence opens its clause with counts: "the trolley that serves Elm
    Street has been discontinued" calls off the trolley."""
    return any(
        _ENDED_AFTER.match(sentence, m.end()) is not None
        and re.search(r"(?:^|[,;:]\s*|\b[Tt]he\s+)$", sentence[: m.start()]) is not None
        for m in re.finditer(rf"\b{re.escape(name)}\b", sentence)
    )


def _cue_before(cue: re.Pattern[str], sentence: str, name: str, reach: int = 60) -> bool:
    """Does ``cue`` end right before a mention of ``name``, within ``reach`` characters of it?"""
    return any(
        cue.search(sentence, max(0, m.start() - reach), m.start())
        for m in re.finditer(rf"\b{re.escape(name)}\b", sentence)
    )


def _told_later(a: Analyzed, b: Analyzed) -> bool:
    """Is source ``a`` dated after source ``b``, both dated?"""
    return a.date.earliest is not None and b.date.latest is not None and a.date.earliest > b.date.latest


# A question asked of one edition of a yearly event: "during this year's Jazz Festival", "the 2024 show"
_EDITION_Q = re.compile(
    r"\b(?:this|next|last)\s+year['’]s\b|\bthe\s+(?:19|20)\d\d\s+(?:[A-Z]|edition|festival|show|fair|race|season)"
)
# "will move from Grey Street to King Edward Park": the place a move leaves, with the one it goes to
_MOVED_FROM_PLACE = re.compile(
    r"\b(?:mov(?:e|es|ed|ing)|switch(?:es|ed|ing)?|relocat(?:e|es|ed|ing))\s+(?!on\s+from\b)"
    r"(?:(?!from\b)\w+\s+){0,2}?(?:away\s+)?from\s+(?:the\s+)?(?P<n>" + _PLACE_NAME + r")\s+to\b"
)


# The words before a day a sentence opens on: "From Saturday", "Starting on", "Effective"
_OPENS_FROM = re.compile(
    # a notice's "Please note that" leads in to the sentence without changing what it opens on
    r"\W*(?i:please\s+(?:note|be\s+advised)\s+(?:that\s+)?)?"
    r"(?i:from|starting(?:\s+on)?|beginning|effective(?:\s+from)?|as\s+of)\s+(?:[A-Z][a-z]+\s+)?$"
)


def _opens_on(a: Analyzed, name: str) -> str | None:
    """The day or month a source's sentence naming ``name`` opens on, as ISO ("From Saturday 4 February
    2023, the market will move to King Edward Park"; "From September, Hanover will no longer be served"), if
    after the source's own date."""
    dated = _dated(a.timexes)
    own = a.date.value or ""
    for x0, x1 in split(a.doc.text):
        if name not in a.doc.text[x0:x1]:
            continue
        for t, (lo, hi) in _opened_on(dated, a.doc.text, x0, _OPENS_FROM):
            if t.type != "DATE":
                continue
            if lo == hi and lo.isoformat() > own:
                return lo.isoformat()
            if _ISO_MONTH.fullmatch(t.value) and t.value > own[:7]:
                return t.value
    return None


_ISO_MONTH = re.compile(r"\d{4}-\d\d")


def _no_longer(sentence: str, name: str) -> bool:
    """Does a sentence drop a member from the list ("will no longer call at Teglholmen", "Copper Coast
    Family Practice closed its books last October")?"""
    return _cue_before(_NO_LONGER, sentence, name) or _stopped_after(sentence, name)


# A member that has stopped doing what the list is of, told after its name: "closed its books", "stopped
# taking new patients", "is no longer accepting", or that is to be taken off it ("will be removed")
_STOPPED_AFTER = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:closed\s+(?:its|their)\s+(?:books|lists?|registers?|doors)|"
    r"stopped\s+(?:taking|accepting|offering|running)|(?:is|are|was|were)\s+no\s+longer\s+(?:taking|accepting|"
    r"offering|running)|"
    # "The parking meters on Gellibrand Street will be removed", "Gellibrand Street meters to come out"
    r"(?:meters?\s+|signs?\s+|stops?\s+)?(?:will|would|is\s+to|are\s+to|to)\s+(?:be\s+)?(?:removed|dropped|"
    r"axed|scrapped|withdrawn|taken\s+out|come\s+out)|"
    # "Gellibrand Street would return to free two-hour parking"
    r"(?:will|would|is\s+to|to)\s+(?:return|revert|go\s+back)\s+to\s+(?:free|unrestricted))\b",
    re.I,
)


def _stopped_after(sentence: str, name: str) -> bool:
    """Does the sentence say, right after the member's name, that it has stopped ("closed its books")?"""
    return any(
        _STOPPED_AFTER.match(sentence, m.end()) for m in re.finditer(rf"\b{re.escape(name)}\b", sentence)
    )


def _set_aside(sentence: str, name: str, *, reasons: bool = True) -> bool:
    """Does a sentence name a member as what it turns away from ("instead of on Castle Hill")? A
    preference ("at Ostmark rather than Lindvik") is one side's, and does not count. ``reasons``: a
    place named as the reason for a move counts too."""
    return any(
        _SET_ASIDE.search(sentence, max(0, m.start() - 60), m.start())
        or (reasons and _MOVE_REASON.search(sentence, max(0, m.start() - 60), m.start()))
        or (
            reasons
            and _HARM_AT.search(sentence, max(0, m.start() - 30), m.start()) is not None
            and _LEFT_UNFIT.match(sentence, m.end()) is not None
        )
        for m in re.finditer(rf"\b{re.escape(name)}\b", sentence)
    )


# Classes whose members may be people: "which candidates", "which acts are headlining".
_PERSON_CLASS = _words(
    """candidates members people persons officials leaders ministers judges players artists acts bands
    performers headliners singers musicians speakers guests nominees finalists winners drivers riders
    athletes owners partners shareholders investors founders directors staff workers authors writers
    councillors councilors mps residents victims patients doctors nurses teachers students pupils employees
    volunteers journalists reporters scientists researchers experts witnesses suspects passengers fans
    voters"""
)

# Words before a name that make it a person's: "Cllr Brian Fisk", "Organiser Fran Oduya", "MSP Duncan Rae".
_PERSON_TITLE = _words(
    """cllr councillor councilor professor prof dr mr mrs ms miss sir dame lord lady msp mp mep chair
    chairman chairwoman organiser organizer spokesperson spokesman spokeswoman minister mayor senator
    inspector sergeant detective judge rev reverend"""
)


def _a_person(name: str, docs: Sequence[Analyzed]) -> bool:
    """Is a listed name a person's? A title before it ("Cllr Brian Fisk"), or a source that writes its last
    word after an honorific ("Ms Okoro") or gives its age ("Linda Okoro, 52,")."""
    words = name.split()
    if len(words) > 1 and words[0].lower().strip(".") in _PERSON_TITLE:
        return True
    if len(words) == 2 and re.fullmatch(r"[A-Z]\.?", words[1]):
        return True  # "Thomas B.", a commenter signing with an initial
    last = re.escape(_POSSESSIVE.sub("", words[-1]))
    honorific = re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.?\s+{last}\b")
    aged = re.compile(rf"\b{re.escape(name)},\s+\d{{2}},")
    # "Northern Soles owner Cathy Bighetty ... Bighetty said": a role before the name, or the last word
    # alone as the one who speaks (a shop that speaks keeps its whole name: "Bay Street Bargains said")
    roled = re.compile(rf"\b(?:{_PERSON_ROLES})\s+{re.escape(name)}\b", re.I)
    spoke = (
        re.compile(rf"(?<!\b{re.escape(words[-2])}\s){last}\s+(?:said|says|told|added)\b")
        if len(words) == 2
        else None
    )
    return any(
        honorific.search(a.doc.text)
        or aged.search(a.doc.text)
        or roled.search(a.doc.text)
        or (spoke is not None and spoke.search(a.doc.text))
        for a in docs
    )


# Roles a source writes before a person's name: "owner Cathy Bighetty", "Property manager Ravi Deol"
_PERSON_ROLES = (
    r"owner|co-owner|manager|director|spokes(?:wo)?man|spokesperson|chair(?:wo)?man|chairperson|organi[sz]er|"
    r"founder|co-founder|proprietor|landlord|resident|homeowner|farmer|shopkeeper|baker|butcher|publican"
)


# Classes of works known by their titles
_WORKS = _words(
    "film films movie movies book books novel novels song songs album albums play plays documentary "
    "documentaries series show shows opera operas musical musicals painting paintings poem poems"
)


def _quoted_title(name: str, docs: Sequence[Analyzed]) -> bool:
    """Does a source write the name in quotation marks, as titles of works are written?"""
    rx = re.compile(rf"[\"“'‘](?:[Tt]he\s+)?{re.escape(name)}[\"”'’]")
    return any(rx.search(a.doc.text) or rx.search(a.doc.title or "") for a in docs)


# Classes of people who perform, and the posts of those who run an event rather than perform at it
_PERFORMERS = _words("acts bands performers headliners singers musicians artists")
_OFFICE_BEFORE = re.compile(
    r"\b(?:director|spokesperson|spokesman|spokeswoman|chair|chairman|chairwoman|chairperson|manager|"
    r"organiser|organizer|councillor|councilor|mayor|minister|executive|ceo|secretary|treasurer|president)\s+$",
    re.I,
)


def _in_office(name: str, sentence: str) -> bool:
    """Is the name given after a post that runs things ("Festival director Colm Heneghan")?"""
    return any(
        _OFFICE_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
        for m in re.finditer(re.escape(name), sentence)
    )


def _heading(name: str, docs: Sequence[Analyzed]) -> bool:
    """A listed name that is a whole line of a source, with no bullet: a headline, a masthead or a kicker
    ("Food Recall Warning", "Education Wire"), not a member."""
    if len(name.split()) < 2:
        return False
    line = re.compile(rf"^[ \t]*{re.escape(name)}[ \t]*$", re.M)
    # ... or a whole segment of a masthead or breadcrumb line, in capitals or not: "Mayo News Desk | What's
    # On", "KILDARE SOUTH ECHO | News"
    segment = re.compile(rf"(?:^|[|>›])[ \t]*{re.escape(name)}[ \t]*(?:[|>›]|$)", re.M | re.I)
    return any(
        not _listed_line(a.doc.text, m.start(), m.end()) for a in docs for m in line.finditer(a.doc.text)
    ) or any(_crumb_line(a.doc.text, m.start()) for a in docs for m in segment.finditer(a.doc.text))


def _only_in_capitals(name: str, docs: Sequence[Analyzed]) -> bool:
    """Is a name of two or more words written only in capitals wherever a source names it?"""
    if len(name.split()) < 2:
        return False
    rx = _words_in_row(name.split())
    seen = [m.group(0) for a in docs for m in rx.finditer(a.doc.text)]
    return bool(seen) and all(w.isupper() for w in seen)


def _crumb_line(text: str, at: int) -> bool:
    """Is the line at ``at`` a masthead or breadcrumb, its parts set off by " | ", " > " or " › "?"""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return re.search(r"\s[|>›]\s", text[start : len(text) if end < 0 else end]) is not None


_NAME_LINE = re.compile(r"[ \t]*(?!By\b)[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}[ \t]*")


def _listed_line(text: str, start: int, end: int) -> bool:
    """Is the line one of a run of name-only lines ("Sandgate Bay / Wexham Gap / Holme Sands"): a list written
    a name to a line, not a heading?"""
    before = text.rfind("\n", 0, max(0, start - 1)) + 1
    after = text.find("\n", end + 1)
    after = len(text) if after < 0 else after
    return (start > 0 and _NAME_LINE.fullmatch(text, before, start - 1) is not None) or (
        end < len(text) and _NAME_LINE.fullmatch(text, end + 1, after) is not None
    )


# What a source says is not so: "There are no plans to visit Japan or South Korea", "There was never a
# Japan stop".
_DENIED_AFTER = re.compile(
    # ... but "parking is not permitted on Main Street" states a ban, where the street is a member
    r"\b(?:no\s+plans?\s+to|(?:was|were|is|are|will\s+be)\s+(?:never|not)(?!\s+(?:permitted|allowed)\b)|"
    r"never\s+(?:was|were|had|a|an))\b[^.;:!?]{0,60}",
    re.I,
)

# ... and a name a clause says is not so, before the verb ("Starrs Road will NOT be closed"), unless only
# for a while ("will not be closed until 4pm")
_DENIED_BEFORE = re.compile(
    # the name opens its clause: "Port operations at Richards Bay were not affected" is the port's
    r"(?:^|(?<=\n)|(?<=[.;:!?] )|(?<=, )|(?<=\band )|(?<=\bbut ))"
    r"(?-i:[A-Z])[\w'’-]*(?:[ \t]+(?-i:[A-Z])[\w'’-]*)*\s+"
    r"(?:(?:will|would)\s+not\s+be|(?:is|are|was|were)\s+not|(?:has|have)\s+not\s+been)\s+(?:[a-z]+ed|shut|cut)\b(?!\s+(?:until|till|before|yet)\b)",
    re.I,
)


# The opposite of a list question's verb: "Sandgate Bay and Wexham Gap both retained their Blue Flags" is
# said of places that did not lose theirs
_KEPT = (
    (
        frozenset({"lost", "lose", "loses", "losing"}),
        re.compile(r"\b(?:retain(?:s|ed)?|kept|keeps?)\b", re.I),
    ),
    (
        frozenset({"closed", "close", "closing", "clos", "shut", "shutting"}),
        # ... "will be open as normal", "are unaffected"
        re.compile(
            r"\b(?:remain(?:s|ed)?|stay(?:s|ed)?)\s+open\b|\bopen\s+as\s+(?:normal|usual)\b"
            r"|\b(?:is|are|will\s+be)\s+(?:not\s+affected|unaffected)\b",
            re.I,
        ),
    ),
)


_NEGATED_BEFORE = re.compile(r"\b(?:not|n[’']t|never|failed\s+to|no\s+longer)\s+$", re.I)


def _kept_text(docs: Sequence[Analyzed], verbs: frozenset[str]) -> str:
    """The sentences that say the opposite of the question's verb and not the verb, lowercased."""
    said = [rx for asked, rx in _KEPT if asked & verbs]
    if not said:
        return ""
    parts = [
        a.doc.text[s0:s1]
        for a in docs
        for s0, s1 in split(a.doc.text)
        if any(
            _NEGATED_BEFORE.search(a.doc.text, max(s0, m.start() - 16), m.start()) is None
            for rx in said
            for m in rx.finditer(a.doc.text, s0, s1)
        )
        and not {stem(w.lower()) for w in _WORD_RE.findall(a.doc.text[s0:s1])} & verbs
    ]
    return "\n" + "\n".join(parts).lower() if parts else ""


_FALSE_WORDS = re.compile(r"\b(?:fake|scam|hoax|false|untrue|not\s+true|bogus|fraudulent|debunked)\b", re.I)

_CLAIMED_CLAUSE = re.compile(r"\bclaim(?:s|ed|ing)\s+(?:that\s+)?[^.;!?]{0,120}", re.I)


# Nouns that make a place's name another thing's: "Barry Hospital" is no claim about the town of Barry
_NAMED_AFTER = (
    r"hospital|school|station|road|street|park|centre|center|college|university|library|airport|bridge|"
    r"hall|church|court|house|castle|market|square|lane|avenue|stadium|harbour|harbor|pier|club"
)


def _named_in(name: str, text: str, *, alone: bool = False) -> bool:
    """Does the lowercased text name the member itself, not a thing named after it ("barry hospital")?
    ``alone``: nor the head it shares with another name ("the castlegate infant and junior schools")."""
    shared = r"(?!\s+(?:and|or|&)\s)" if alone else ""
    pattern = r"(?<!\w)" + re.escape(name.lower()) + r"(?!\w)(?!\s+(?:" + _NAMED_AFTER + r")\b)" + shared
    return re.search(pattern, text) is not None


def _short_in(name: str, text: str, found: dict[str, tuple[str, Analyzed, int, int]]) -> bool:
    """Does the lowercased text name the member by its name less the last word ("denied a report that
    Atlantic Crest signed", of Atlantic Crest Wind), a short form no other member goes by?"""
    words = name.split()
    if len(words) < 3 or not words[-2][0].isupper():
        return False
    short = " ".join(words[:-1]).lower()
    others = [k for k, (n, *_r) in found.items() if n != name]
    # "the Castlegate Infant and Junior Schools": a head shared by two names, not a short form
    return not any(k.startswith(short) for k in others) and _named_in(short, text, alone=True)


# Organisations: a list of them holds no seas, rivers or bays
_BODY_CLASS = _words(
    """companies firms operators developers contractors suppliers businesses providers manufacturers makers
    bidders buyers sponsors lenders insurers investors airlines carriers banks retailers brands"""
)
# The last words of names of streets, which no settlement is named by
_STREET_HEADS = frozenset(
    "Street St Road Rd Avenue Ave Lane Drive Terrace Crescent Boulevard Parade Way".split()
)
_GEO_HEADS = frozenset("Sea Ocean River Lake Loch Bay Gulf Strait Straits Estuary Firth Fjord".split())


# A sentence about reports going round, by its first words: "Information circulating online about ..."
_REPORTS_HEAD = re.compile(
    r"\s*(?:the\s+|any\s+|some\s+)?(?:information|reports?|posts?|claims?|rumou?rs?|messages?|stories)\b",
    re.I,
)


# A clause after what holds that tells of the report set right: "..., after a rumour spread online that"
_AFTER_REPORT = re.compile(
    r"\b(?:after|amid|following|despite)\s+(?:(?:a|an|the|some)\s+)?(?:\w+\s+)?"
    r"(?:rumou?rs?|reports?|claims?|posts?|messages?|speculation)\b",
    re.I,
)

_GAINSAID = re.compile(r"\b(?:not|never|no|den(?:y|ies|ied)|n['’]t)\b", re.I)


def _refuted_text(docs: Sequence[Analyzed], *, reports_only: bool = False) -> str:
    """What the sources refute, lowercased: each refutation's target, else its sentence, and the sentence
    before a short one ("This is not true."); and what a source says is not so ("were not closed"), unless
    ``reports_only``: then only reports a source calls false or corrects."""
    parts: list[str] = []
    for a in docs:
        text = a.doc.text
        if not reports_only:
            parts += [m.group(0) for m in _DENIED_AFTER.finditer(text)]
            parts += [m.group(0) for m in _DENIED_BEFORE.finditer(text)]
        if _FALSE_WORDS.search(text) or any(c.kind == "refutation" for c in a.claims):
            # "sites ... claiming it has moved to Riverside Park", in a warning about fake sites
            parts += [m.group(0) for m in _CLAIMED_CLAUSE.finditer(text)]
        for c in a.claims:
            if c.kind != "refutation":
                continue
            s0, s1 = c.sentence_start, c.sentence_end
            if c.targets:
                parts.append(text[c.targets[0] : c.targets[1]])
                if not (s0 <= c.targets[0] < s1):
                    # "a viral message about the Nahan-Kala Amb highway being closed ... is false", whose
                    # target the headline names: the sentence tells what the report said
                    parts.append(text[s0:s1])
                continue
            if s0 < 0:
                continue
            if (
                (told := _AFTER_REPORT.search(text, s0, s1)) is not None
                and told.start() > s0
                and not _GAINSAID.search(text, s0, told.start())
            ):
                # "will go ahead in Colchester Square as normal, organisers confirmed, after a rumour spread
                # that it was being moved to Ardrishaig": the clause tells the report, the rest what holds
                # ("Pick n Pay said they have never stocked it, after a message wrongly named them" gainsays
                # what the report named: all of it is the report)
                parts.append(text[told.start() : s1])
                continue
            parts.append(text[s0:s1])
            # "This is not true.", "Information circulating online about all-day closures is incorrect.":
            # a verdict on what the sentence before it set right
            # (one that says what the report claimed, "Claims that the route is affected are wrong", names
            # its own target)
            if len(text[s0:s1].split()) <= 6 or (
                _REPORTS_HEAD.match(text, s0, s1) and not re.search(r"\bthat\b", text[s0:s1])
            ):
                prev = [x for x in split(text) if x[1] <= s0]
                if prev:
                    parts.append(text[prev[-1][0] : prev[-1][1]])
    return "\n".join(parts).lower()


_COUNT_Q = re.compile(
    r"(?:^(?:which|what|who\s+(?:are|were)\s+the|where\s+(?:are|were)\s+the)|\bthe)\s+"
    r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d)\b(?![\s-]*(?:%|per|years?|months?|weeks?|days?|hours?)\b)",
    re.I,
)


# A question about a state in force now: "Which communities are under evacuation orders?", "Which roads
# are still closed?"
_STATE_Q = re.compile(
    r"\b(?:are|is)\s+(?:\w+\s+){0,6}?(?:still\s+)?(?:under|closed|shut|banned|restricted|subject\s+to|"
    r"affected\s+by|covered\s+by|in\s+force|on\s+(?:alert|notice)|evacuated|"
    # "Which areas are on the water-shedding schedule?"
    r"on\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:schedule|list|register|rota))\b",
    re.I,
)
# A clause that tells the state ended for a member: "the evacuation order for Owl Creek has been lowered",
# "families returned to Owl Creek", "the ban on Mill Lane was lifted", "Ferry Road reopened"
_LIFTED = re.compile(
    r"\b(?:lifted|lowered|rescinded|downgraded|withdrawn|reopened|re-opened|returned\s+(?:home\s+)?to|"
    # "Gaspereau Avenue and Elm Avenue have been removed from the ban"
    r"(?:removed|taken|dropped)\s+(?:off|from)|"
    r"(?:allowed|able|free)\s+to\s+return|may\s+return|no\s+longer\s+(?:under|closed|shut|subject|affected|in))\b",
    re.I,
)
_STILL = re.compile(r"\b(?:remain\w*|still)\b", re.I)


def _lifted_for(name: str, docs: Sequence[Analyzed]) -> tuple[str, Analyzed, int, int] | None:
    """The sentence of a source that tells, in a clause naming the member, that the state ended for it
    ("... was lowered, while neighbours in Sawmill Bend ... remained": the clause, not the sentence)."""
    # "supply to the town centre ... these areas are removed": a source may write the name in lower case
    at = re.compile(rf"\b{re.escape(name)}\b", re.I)
    for a in docs:
        for s0, s1 in split(a.doc.text):
            sent = a.doc.text[s0:s1]
            for m in at.finditer(sent):
                c0, c1 = clause_around(sent, m.start(), m.end())
                if _LIFTED.search(sent, c0, c1) and not _STILL.search(sent, c0, c1):
                    return name, a, s0, s1
    return None


def _turned_from(
    members: Sequence[tuple[str, Analyzed, int, int]], *, reasons: bool = True
) -> list[tuple[str, Analyzed, int, int]]:
    """The members another source's member sentence turns away from ("instead of", "its usual site at"); a
    member named in a headline ("Main events shift to Raisar dunes") is told about in the story below it
    ("will move from Dr Karni Singh Stadium to the Raisar sand dunes")."""
    told: list[tuple[Analyzed, int, int]] = []
    for _, a, s0, s1 in members:
        told.append((a, s0, s1))
        line = a.doc.text[s0:s1].strip()
        if len(line) <= _HEADLINE_CHARS and not line.endswith((".", "!", "?", '"', "”")):
            told += [(a, x0, x1) for x0, x1 in split(a.doc.text) if x0 > s0]
    return [
        m
        for m in members
        if any(
            a.doc.id != m[1].doc.id
            and m[0].lower() in a.doc.text[s0:s1].lower()
            and _set_aside(a.doc.text[s0:s1], m[0], reasons=reasons)
            for a, s0, s1 in told
        )
    ]


_HEADLINE_CHARS = 100


def _lists_repeated(members: Sequence[tuple[str, Analyzed, int, int]], pool: Sequence[Analyzed]) -> int:
    """How many independent stories name every member by its last word ("pavilion" for "multipurpose
    pavilion"), when two or more do and every source does; else 0."""
    if len(members) < 2:
        return 0
    heads = [re.compile(rf"\b{re.escape(n.split()[-1].lower())}\b") for n, _, _, _ in members]
    naming = [a for a in pool if all(h.search(a.doc.text.lower()) for h in heads)]
    if len(naming) < len(pool):
        return 0  # a source that leaves a member out may tell another list
    clusters = duplicate_clusters(naming)
    stories = {clusters.get(a.doc.id, 0) for a in naming}
    return len(stories) if len(stories) > 1 else 0


# A question after the options put forward for one thing: "Which sites are being proposed for the new pool?"
_PROPOSED_Q = re.compile(
    r"\b(?:proposed|suggested|put\s+forward|favou?red|preferred|backed|considered|on\s+the\s+table|in\s+the\s+running)"
    r"\s+(?:for|as)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,4}?(?:new\s+)?[\w'’-]+\s*\??$",
    re.I,
)
# A side's preference in a member's sentence: "wants the hall built at Nymoen", "should be built at
# Kirketorget", "Build the swimming hall at Saggrenda!", "backs", "calls for"
_PREFERENCE = re.compile(
    r"\b(?:wants?|wanted|should|backs?|backed|favou?rs?|favou?red|prefers?|preferred|calls?\s+for|called\s+for|"
    r"urges?|urged|proposes?|proposed|pushing\s+for|campaign(?:s|ing)?\s+for)\b|^\W*(?:Build|Put|Keep|Choose)\s",
    re.I,
)


def _rival_proposals(
    q: Question, members: Sequence[tuple[str, Analyzed, int, int]], clusters: dict[str, int]
) -> bool:
    """Does the question ask for the options put forward for one thing, and does each story name its own
    option as a side's preference? Then the options are rival positions, not parts of one answer."""
    if _PROPOSED_Q.search(q.text) is None:
        return False
    own: dict[int, set[str]] = {}
    for name, a, s0, s1 in members:
        if _PREFERENCE.search(a.doc.text[s0:s1]) is None:
            continue
        own.setdefault(clusters.get(a.doc.id, 0), set()).add(name.lower())
    # at least two stories, each preferring an option no other story prefers
    distinct = [n for k, n in own.items() if not n & set().union(*(v for j, v in own.items() if j != k))]
    return len(distinct) >= 2


def _list_answer(
    q: Question,
    members: Sequence[tuple[str, Analyzed, int, int]],
    dec: Decision | None,
    listing: bool,
    lines: list[str],
    refuted: Sequence[tuple[str, Analyzed, int, int]] = (),
    lifted: Sequence[tuple[str, Analyzed, int, int]] = (),
    pool: Sequence[Analyzed] = (),
) -> Answer:
    """The members of a list slot as the values, each cited; parts from different stories complement.
    ``refuted`` are names a source says were wrongly reported as members; ``lifted`` names the state the
    question asks about ended for; ``pool``, when given, is searched for other stories that repeat the
    whole list."""
    clusters = duplicate_clusters([a for _, a, _, _ in members])
    stories = {clusters.get(a.doc.id, 0) for _, a, _, _ in members}
    ctype = dec.conflict_type if dec is not None else "no_conflict"
    if ctype in ("no_conflict", "outdated") and listing and len(stories) > 1:
        ctype = "complementary"
    agreed = False
    if ctype == "complementary" and (dec is None or dec.rule == "decide.list-question"):
        # every source that gives members names all of them: the sources repeat one list, they do not
        # each give a part of it
        texts = {a.doc.id: a.doc.text.lower() for _, a, _, _ in members}
        agreed = all(n.lower() in t for t in texts.values() for n, _, _, _ in members)
        ctype = "no_conflict" if agreed else ctype
    rivals = ctype == "complementary" and not agreed and _rival_proposals(q, members, clusters)
    if rivals:
        # "Which sites are proposed for the new pool?": each side wants its own site for the one pool
        ctype = "conflicting_opinions"
    reasons = _move_reasons(q)
    left = _turned_from(members, reasons=reasons) if ctype in ("no_conflict", "complementary") else []
    moved = bool(left)
    corrected = ctype in ("no_conflict", "complementary", "outdated") and bool(refuted) and not moved
    if corrected:
        # "An earlier version incorrectly included the White Sandwich Loaf": a member reported and then
        # corrected away
        ctype, agreed = "misinformation", False
        lines.append(
            "set aside as wrongly reported: " + ", ".join(f"{n} [{_label(a)}]" for n, a, _, _ in refuted)
        )
    ended = {n for n, _, _, _ in lifted}
    if lifted and not corrected:
        # "the evacuation order for Owl Creek has been lowered": a member once, no longer
        ctype, agreed = "outdated", False
        left = [*left, *lifted]
        moved = True
    if moved:
        # "will be held at Ridge Farm after flooding made its usual site at Marsh Park unusable": a source
        # turns away from a member another source gives, so that member was the answer before
        ctype, agreed = "outdated", False
        old_names = {n.lower() for n, _, _, _ in left}
        members = [m for m in members if m[0].lower() not in old_names]
    lines.append(
        "list slot: "
        + "; ".join(f"{n} [{_label(a)}]" for n, a, _, _ in members)
        + f" from {len(stories)} independent stor{'y' if len(stories) == 1 else 'ies'}"
    )
    if dec is not None:
        lines.extend(dec.reasons)
    rule = (
        "list-slot.state-ended"
        if lifted and not corrected
        else "list-slot.turned-from"
        if moved
        else "list-slot.member-refuted"
        if corrected
        else "list-slot.one-list-repeated"
        if agreed
        else "list-slot.rival-proposals"
        if rivals
        else "list-slot.parts-from-several-stories"
        if ctype != (dec.conflict_type if dec else "no_conflict")
        else ""
    )
    # (a list still typed no conflict here was neither corrected, turned from nor ended for a member)
    one_story = listing and ctype == "no_conflict" and len(stories) == 1
    if one_story and (repeated := _lists_repeated(members, pool)):
        # "covers three things: the pavilion, the stables and the camping area", told by each story: the
        # first story's wording was kept, the others repeat its list
        rule = rule or "list-slot.one-list-repeated"
        lines.append(f"{repeated} independent stories each name every member")
        lines.append(ONE_LIST)
    lines.append(f"conflict type: {ctype} (rule {rule or (dec.rule if dec else 'list-slot.one-story')})")
    # a list that changed because the state ended for some members holds as of the source that says so
    told = [*members, *lifted] if lifted and not corrected else members
    dated = [a.date.value for _, a, _, _ in told if a.date.value and a.date.granularity != "week"]
    if ctype == "outdated":
        # "From Saturday 4 February 2023, the market will move to King Edward Park": the new list holds
        # from the day its sentence opens on, later than the notice
        dated += [
            d
            for d in (_opens_on(a, n) for n, a, _, _ in told)
            if d and (q.as_of is None or d <= q.as_of.isoformat())
        ]
    as_of = max(dated) if dated else None
    text = "; ".join(f"{n} [{_label(a)}]" for n, a, _, _ in members)
    if ctype == "complementary":
        text = "Each source gives part of the answer: " + text
    elif ctype == "conflicting_opinions":
        text = "Sources disagree: " + text
    elif ctype == "misinformation" and corrected:
        shown = ", ".join(dict.fromkeys(n for n, _, _, _ in refuted))
        text = f"{shown}: reported, then corrected by a source. The sources name: " + text
    elif ctype == "misinformation" and refuted:
        shown = ", ".join(dict.fromkeys(n for n, _, _, _ in refuted))
        text = f"{shown}: reported, but refuted or denied by a source. The sources name: " + text
    elif ctype == "misinformation":
        text = "Some reports were refuted or corrected; the sources name: " + text
    text += (f", as of {as_of}" if as_of else "") + "."
    cites: list[Citation] = []
    seen: set[tuple[str, int]] = set()
    for _, a, s0, s1 in members:
        if (a.doc.id, s0) not in seen:
            seen.add((a.doc.id, s0))
            cites.append(_cite(a, s0, s1))
    return Answer(
        q.text,
        q.kind,
        text,
        tuple(n for n, _, _, _ in members),
        ctype,
        as_of,
        tuple(cites),
        tuple(
            Superseded(n, a.doc.id, _doc_as_of(a), a.doc.external_id, "reported, then corrected by a source")
            for n, a, _, _ in refuted
        )
        if corrected
        else tuple(
            Superseded(
                n,
                a.doc.id,
                _doc_as_of(a),
                a.doc.external_id,
                "a source says it ended for it" if n in ended else "another source moves away from it",
            )
            for n, a, _, _ in left
        ),
        explanation=tuple(lines),
    )
