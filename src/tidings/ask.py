"""Answer a question from analysed documents: parse, select the claims that fill its slot, type the conflict,
resolve it, and render a structured :class:`~tidings.model.Answer` with citations and superseded values.

Works only from what ingest derived (document dates, time expressions, claims) plus re-splitting sentences
of the few documents that matter; never reads the clock and never invents a value absent from the text.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from tidings.attribution import misattribution
from tidings.calendar_names import MONTH_NUMBERS
from tidings.claims import (
    ROLE_WORDS,
    lemma,
    norm_role,
    parse_number,
    speaker_of,
    timex_interval,
)
from tidings.compound import split_compound
from tidings.conflicts import (
    Decision,
    Group,
    Item,
    Resolution,
    Statement,
    as_of_string,
    change_of,
    classify,
    clause_around,
    debate_of,
    decide,
    duplicate_clusters,
    group_items,
    item_interval,
    refutation_of,
    sort_point,
    stance_of,
)
from tidings.dating import is_stated
from tidings.facts import Cause, Fact, causes_in, name_facts, quantity_facts, short_cause
from tidings.model import (
    Analyzed,
    Answer,
    AnswerKind,
    Citation,
    Claim,
    ConflictType,
    Polarity,
    Superseded,
    TimeExpr,
)
from tidings.relation import RelationModel, bundled, features, pick_type
from tidings.sentences import split
from tidings.sides import side_pairs
from tidings.things import listings, thing_at

__all__ = ["Question", "answer", "parse_question", "stem", "terms_of"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@dataclass(frozen=True, slots=True)
class Question:
    text: str
    kind: AnswerKind
    focus: str
    attribute: str
    scope: str
    terms: tuple[str, ...]
    as_of: date | None
    # "How much did rents rise in 2024?": the period the figure is about, not a cut-off for evidence
    period: tuple[date, date] | None = None
    # "Which judge ruled ...?": one person asked for by a singular noun, asked as "Who ruled ...?"
    one_person: bool = False


# --------------------------------------------------------------------------------------------- words

_STOP = _words(
    """a an the of in on at to for from by with into about as and or but is are was were be been being am
    has have had do does did will would can could should may might must shall how many much what which
    who whom whose when where why that this these those there it its their his her our your my they them
    he she we you i currently current now still today latest recent recently yet number total amount so
    than then also any some all more most less least not no very just only ever anymore approximately
    roughly about around say says said according many"""
)
_SYNONYMS: tuple[frozenset[str], ...] = (
    frozenset({"troop", "soldier", "personnel", "servicemember", "service", "force", "military"}),
    frozenset({"person", "people", "resident", "inhabitant", "individual", "population"}),
    frozenset({"death", "dead", "killed", "kill", "fatality", "die", "died", "toll", "life", "victim"}),
    frozenset({"worker", "employee", "staff", "job", "employ", "workforce", "headcount"}),
    frozenset({"withdraw", "leav", "exit", "pull", "depart", "departure", "drawdown", "remov"}),
    frozenset({"ceo", "chief", "executive"}),
    frozenset({"injur", "wound", "hurt", "injury"}),
    frozenset({"price", "cost", "priced"}),
    frozenset({"rate", "percent", "percentage", "share"}),
    frozenset({"case", "infection", "infect"}),
    frozenset({"uk", "britain", "british", "kingdom"}),
    frozenset({"us", "american", "america", "u.s"}),
    frozenset({"arrest", "detain", "detained", "custody"}),
    frozenset({"resign", "quit", "step"}),
    frozenset({"ban", "prohibit"}),
    frozenset({"record", "best", "fastest"}),
    frozenset(
        {"attend", "attendance", "attende", "crowd", "turnout", "participant", "part", "join", "rally"}
    ),
    frozenset({"lay", "layoff", "cut", "shed", "eliminat", "lose", "lost", "redundanc"}),
    frozenset({"create", "creat", "add", "hire", "employ"}),
    frozenset({"aid", "assistance", "funding", "fund", "loan", "grant", "donation", "pledg"}),
    frozenset({"cost", "budget", "price", "estimate"}),
    frozenset({"deficit", "overspend", "shortfall", "gap"}),
    frozenset({"reduc", "cut", "lower", "decreas", "lessen", "shrink"}),
    frozenset({"rise", "rose", "risen", "rising", "climb", "increas", "grow", "grew"}),
    frozenset({"strike", "walkout", "walk", "stoppage"}),
    frozenset({"jail", "prison", "imprison", "sentenc", "custodial"}),
    # a ban, restriction or notice that ends is lifted or expires
    frozenset({"end", "lift", "expir", "rescind"}),
    # an election is held as a poll or a vote ("Polling day will be Thursday 1 May")
    frozenset({"elect", "by-elect", "poll", "vote", "voting", "ballot"}),
    # a network operator's homes "without supply" or "off supply" are without power
    frozenset({"power", "electricity", "supply", "outage", "blackout"}),
    # a utility counts the homes it supplies as customers or properties
    frozenset({"home", "household", "property", "customer", "premise"}),
    frozenset({"clos", "closur", "shut", "shutt"}),
)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z.'’-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*")


def stem(word: str) -> str:
    """A cruder reduction than :func:`lemma` for matching (withdrawal, withdrawing -> withdraw)."""
    w = word.replace("’", "'")
    if w.lower().endswith("'s"):
        w = w[:-2]
    w = lemma(w)
    w = w.replace(".", "") if re.fullmatch(r"(?:[a-z]\.)+[a-z]?\.?", w) else w
    for suf in ("ing", "ed", "al", "ment", "ion", "er"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            w = w[: -len(suf)]
            break
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


def _syn_index() -> dict[str, frozenset[str]]:
    # groups are written as words or stems; index both so either spelling finds its group
    out: dict[str, frozenset[str]] = {}
    for g in _SYNONYMS:
        full = frozenset(g | {stem(w) for w in g})
        for w in full:
            out[w] = full | out.get(w, frozenset())
    return out


_SYN_INDEX = _syn_index()


def _expand(stems: set[str]) -> set[str]:
    out = set(stems)
    for s in stems:
        out |= _SYN_INDEX.get(s, frozenset())
    return out


def terms_of(text: str) -> tuple[str, ...]:
    """Content words of a text, stemmed, in order, without repeats."""
    seen: dict[str, None] = {}
    for w in _WORD_RE.findall(text):
        low = w.lower()
        if low in _STOP or (len(low) < 2 and not low.isdigit()):
            continue
        seen.setdefault(stem(low), None)
    return tuple(seen)


def _stems(text: str) -> set[str]:
    return {stem(w) for w in _WORD_RE.findall(text) if w.lower() not in _STOP}


# --------------------------------------------------------------------------------------------- parsing

_MONTHS = MONTH_NUMBERS
_YESNO = re.compile(
    r"^(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|shall|may|might|must)\b", re.I
)
_HOW_MANY = re.compile(r"^how\s+(?:many|much)\s+(?P<body>.*)$", re.I)
_HOW_MEASURE = re.compile(
    r"^how\s+(?P<adj>tall|high|long|far|big|large|deep|wide|heavy|fast|expensive)\s+(?:is|was|are|were|will)\s+"
    r"(?:the\s+)?(?P<body>.*)$",
    re.I,
)
_HOW_MUCH_COST = re.compile(
    r"^how\s+much\s+(?:is|are|was|were|will|would|does|do|did|has|have|had)\s+(?P<body>.+?)\s+"
    r"(?:(?:be\s+)?(?:expected|projected|estimated|likely|set|going|planned)\s+to\s+|to\s+)?cost\b",
    re.I,
)
# A noun phrase whose head is itself a price ("a single adult bus fare", "the annual season ticket")
_PRICE_HEAD = re.compile(
    r"^(?P<np>(?:[\w'’-]+\s+){0,5}?(?:fares?|fees?|prices?|tickets?|tolls?|rents?|charges?|subscriptions?|"
    r"tariffs?|premiums?|bills?))$",
    re.I,
)
_MEASURE_OF = {
    "tall": "height",
    "high": "height",
    "long": "length",
    "far": "distance",
    "big": "size",
    "large": "size",
    "deep": "depth",
    "wide": "width",
    "heavy": "weight",
    "fast": "speed",
    "expensive": "cost",
}
_MEASURE_UNITS = {
    "height": _words("m meter meters metre metres feet foot ft km kilometers miles"),
    "length": _words("m meter meters metre metres feet foot ft km kilometers kilometres miles"),
    "distance": _words("m meter meters metre metres feet foot ft km kilometers kilometres miles"),
    "depth": _words("m meter meters metre metres feet foot ft"),
    "width": _words("m meter meters metre metres feet foot ft km"),
    "weight": _words("kg kilograms tons tonnes pounds lbs"),
    "speed": _words("mph km/h"),
}
# Words that end the noun phrase of "how many <noun phrase> <verb> ...".
_NP_END = _words(
    """are is were was do does did have has had will would can could remain remained still currently now
    in at on of for from to by with during across inside within since after before under over between"""
)


def _split_np(body: str) -> tuple[str, str]:
    """Split "US troops are in Iraq" into the noun phrase ("US troops") and the rest ("are in Iraq")."""
    words = body.split()
    for i, w in enumerate(words):
        low = w.lower()
        # "the proposed stadium": a participle right after a determiner describes the noun
        participle = low.endswith("ed") and len(low) > 4 and words[i - 1].lower() not in _DETERMINERS
        if i > 0 and (low in _NP_END or participle or low in _NP_VERBS):
            return " ".join(words[:i]), " ".join(words[i:])
    return body, ""


_DETERMINERS = _words("the a an its their his her our this that these those")


_NP_VERBS = _words(
    """die died dies work works live lives attend attends remain serve serves stay stays vote votes lose
    lost own owns hold holds earn earns get got make made take took cost costs go went come came leave left
    join sign visit watch use need want receive add adds bring brings generate generates create creates save
    saves contribute contributes"""
)
_WHAT_IS = re.compile(
    r"^(?:what|which)(?:'s|’s|\s+is|\s+was|\s+are|\s+were|\s+will\s+be)\s+(?:the\s+)?(?:current\s+|latest\s+|new\s+)?"
    r"(?P<focus>.+?)(?:\s+(?:of|in|for|at|across|inside)\s+(?:the\s+)?(?P<scope>.+))?$",
    re.I,
)
_NUMERIC_HEADS = _words(
    """number population rate price cost percentage percent share count total toll size amount record
    budget salary score temperature value level revenue sales profit debt deficit inflation unemployment
    growth gdp height length distance weight speed turnout margin majority figure estimate tally fine
    bail valuation capacity attendance magnitude share proportion fraction ratio area age frequency
    fare time duration wage wages pay fee fees rent levy tariff pension limit"""
)
# "What share of kindergartners are vaccinated?", "What percentage of voters turned out?"
_WHAT_HEAD_OF = re.compile(
    r"^(?:what|which)\s+(?P<head>[a-z]+)\s+of\s+(?P<rest>.+)$",
    re.I,
)
# "Which judge is presiding over ...", "What company owns ...": the noun after which/what names the role
_WHICH_ROLE = re.compile(
    r"^(?:which|what)\s+(?P<role>[a-z][a-z -]*?)\s+(?:is|was|are|were|will|has|had|have|did|does|do|"
    r"presides?|presided|leads?|led|heads?|headed|won|wins)\b",
    re.I,
)
# "Which judge ruled ...", "Which rider won ...": a person noun and then the verb, never "which judge's".
_WHICH_PERSON = re.compile(
    r"^(?:which|what)\s+(?:" + ROLE_WORDS + r"|rider|cyclist|player|athlete|runner|driver|candidate|winner|"
    r"author|writer|artist|scientist|researcher|official|lawyer|doctor|singer|actor|politician|councillor|"
    r"skier|swimmer|jockey|boxer|golfer|footballer|journalist|reporter|presenter|architect|economist|"
    r"person|man|woman)\s+(?P<rest>(?:[a-z]+ed|won|wins|beat|took|leads|led|heads|headed|runs|ran|"
    r"wrote|said|made|gave|found|told|will|has|had|did|does|is|was)\b.*)$",
    re.I,
)
_AUX_START = re.compile(r"^(?:will|would|did|does|do|is|was|are|were|has|have|had|can|could)\s+", re.I)
_WHO = re.compile(
    r"^who\s+(?:is|was|are|were|will\s+be|has\s+been|became|becomes)\s+(?:the\s+)?(?:current\s+|new\s+|"
    r"acting\s+|interim\s+)?(?P<role>.+?)(?:\s+(?:of|at|for|in)\s+(?:the\s+)?(?P<scope>.+))?$",
    re.I,
)
_WHO_VERB = re.compile(
    r"^who\s+(?:currently\s+|now\s+)?(?P<verb>leads|runs|heads|coaches|commands|manages|chairs|governs|owns|"
    r"replaced|succeeded|won|directs|captains)\s+(?:the\s+)?(?P<scope>.+)$",
    re.I,
)
_VERB_ROLE = {
    "leads": "leader",
    "runs": "ceo",
    "heads": "head",
    "coaches": "coach",
    "commands": "commander",
    "manages": "manager",
    "chairs": "chairman",
    "governs": "governor",
    "owns": "owner",
    "directs": "director",
    "captains": "captain",
}
_AS_OF_Q = re.compile(
    r"\b(?:as of|as at|at the end of|by the end of|in|by|on)\s+(?P<when>(?:early |mid-|late )?(?:"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r"(?:\s+\d{1,2})?,?\s+\d{4}|\d{4}-\d{2}(?:-\d{2})?|\d{4}))\b",
    re.I,
)
_TRAIL = re.compile(
    r"\b(?:right now|now|currently|today|at present|these days|still|anymore|any more)\b", re.I
)
_ROLE_IN_Q = re.compile(
    r"\b(?:co-)?(?P<role>" + "|".join(sorted(ROLE_WORDS.split("|"), key=len, reverse=True)) + r")s?\b", re.I
)


# the place or body a figure is for; a month ("in the September 2024 march in Marrin") is not one
_NUMBER_SCOPE = re.compile(
    r"\b(?:in|at|inside|across|within|for|from)\s+(?:the\s+)?"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"(?P<s>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|of the))*)"
)


def _as_of_in(text: str) -> tuple[date | None, str]:
    m = None
    for m2 in _AS_OF_Q.finditer(text):
        m = m2
    if m is None:
        return None, text
    when = m.group("when").lower().replace(",", "")
    when = re.sub(r"^(?:early |mid-|late )", "", when)
    d: date | None = None
    mm = re.fullmatch(r"([a-z]+)(?:\s+(\d{1,2}))?\s+(\d{4})", when)
    try:
        if mm and mm[1] in _MONTHS:
            y, mo = int(mm[3]), _MONTHS[mm[1]]
            month_end = date(y + (mo == 12), mo % 12 + 1, 1) - timedelta(days=1)
            d = date(y, mo, int(mm[2])) if mm[2] else month_end
        else:
            iv = timex_interval(when)
            d = iv[1] if iv else None
    except ValueError:
        d = None
    if d is None:
        return None, text
    # only a date at the end of the question sets its as-of ("How many ... in March 2021?")
    if text[m.end() :].strip(" ?.!"):
        return None, text
    return d, text[: m.start()].rstrip()


_SPLIT_YEAR_Q = re.compile(
    r"\s+(?:for|in|during)\s+(?:the\s+)?(?:(?:fiscal|financial|tax|budget)\s+year\s+)?"
    r"(?P<y1>\d{4})\s*[-–/]\s*(?P<y2>\d{2}|\d{4})(?:\s+(?:season|financial year|fiscal year))?\s*$",
    re.I,
)


# "What is the deadline to register?", "What was the closing date for bids?": a date asked by its name.
_DATE_HEAD_Q = re.compile(
    r"^what\s+(?:is|was|are|were)\s+the\s+(?:(?:new|final|closing|opening|start|starting|launch|due|"
    r"polling|release|expected|official|latest)\s+)?(?:deadline|date|cut-?off\s+date|closing\s+date)s?\b",
    re.I,
)


def parse_question(text: str, *, as_of: date | None = None) -> Question:
    """Kind, focus, attribute, scope, retrieval terms and as-of date of a question."""
    raw = text.strip()
    terms_raw = raw
    if (pm := _WHICH_PERSON.match(raw)) and not (
        (rm0 := _WHICH_ROLE.match(raw)) and _ROLE_IN_Q.fullmatch(rm0.group("role").strip())
    ):
        # "Which judge ruled in the case?" asks what "Who ruled in the case?" asks
        raw = "Who " + pm.group("rest")
    # "By how much does X cut the risk?" asks what "How much does X cut the risk?" asks
    q = re.sub(r"^by\s+(?=how\s+(?:much|many|far)\b)", "", raw.rstrip(" ?.!"), flags=re.I)
    # "What does a single bus fare cost?" asks what "How much does a single bus fare cost?" asks
    q = re.sub(r"^what\s+(?=(?:does|do|did|will|would)\s+.+?\s+cost\b)", "How much ", q, flags=re.I)
    period: tuple[date, date] | None = None
    fy = _SPLIT_YEAR_Q.search(q)
    if fy is not None:
        # "... deficit for 2024-25": a financial year or season is what the figure is about, not a place
        y1 = int(fy["y1"])
        y2 = int(fy["y2"]) if len(fy["y2"]) == 4 else y1 // 100 * 100 + int(fy["y2"])
        if y2 == y1 + 1:
            period, q = (date(y1, 1, 1), date(y2, 12, 31)), q[: fy.start()]
    q_before = q
    q_as_of, q = _as_of_in(q)
    if q_as_of is not None and re.search(r"\bin\s+\S+(?:\s+\S+)?\s*$", q_before[len(q) :], re.I):
        # "... in 2024": a figure about that period may be reported after it ends
        mm_p = re.search(r"(\d{4})\s*$", q_before)
        tail = q_before[len(q) :].strip()
        if (
            mm_p
            and q_before[len(q) :].strip().lower().startswith("in ")
            and re.fullmatch(r"in\s+\d{4}", q_before[len(q) :].strip(), re.I)
        ):
            y = int(mm_p[1])
            period = (date(y, 1, 1), date(y, 12, 31))
            q_as_of = None
        elif (mp := re.fullmatch(r"in\s+([a-z]+)\s+(\d{4})", tail, re.I)) and mp[1].lower() in _MONTHS:
            # "What was the inflation rate in June 2024?": June's figure is published in July
            y, mo = int(mp[2]), _MONTHS[mp[1].lower()]
            period = (date(y, mo, 1), q_as_of)
            q_as_of = None
    q = _TRAIL.sub("", q)
    q = re.sub(r"\s+", " ", q).strip(" ,")
    when = as_of or q_as_of
    if as_of and q_as_of:
        when = min(as_of, q_as_of)
    kind: AnswerKind = "open"
    focus = attribute = scope = ""
    m = _HOW_MANY.match(q)
    mm = _HOW_MEASURE.match(q)
    low = q.lower()
    cm = _HOW_MUCH_COST.match(q)
    if cm and (fare := _PRICE_HEAD.match(cm.group("body"))):
        # "How much does a single bus fare cost in Calderton?": the fare is the price asked for
        kind = "number"
        attribute = "amount"
        focus = re.sub(r"^(?:the|a|an)\s+", "", fare.group("np"), flags=re.I)
        sm0 = _NUMBER_SCOPE.search(q[cm.end() :])
        scope = sm0.group("s") if sm0 else ""
    elif cm:
        # "How much will the new library cost?": the money asked for is the cost, the rest says of what
        kind = "number"
        attribute = "cost"
        focus = "cost"
        scope = cm.group("body")
    elif mm:
        kind = "number"
        attribute = _MEASURE_OF[mm.group("adj").lower()]
        focus, _rest = _split_np(mm.group("body"))
    elif m:
        kind = "number"
        focus, rest = _split_np(m.group("body").strip())
        if re.match(r"^(?:will|would|did|does|do|is|was|has|have|had)\b", focus, re.I):
            # "How much did average rents rise ...": the subject after the auxiliary is what is measured
            focus, rest = _split_np(_AUX_START.sub("", focus, count=1))
            rest = rest or focus
        attribute = "count" if low.startswith("how many") else "amount"
        sm = _NUMBER_SCOPE.search(rest)
        if sm:
            scope = sm.group("s")
        if not focus:
            focus = rest
    elif low.startswith("who") or re.match(r"^(?:what|which) (?:person|man|woman)\b", low):
        kind = "person"
        wm = _WHO.match(q)
        vm = _WHO_VERB.match(q)
        if vm:
            attribute = _VERB_ROLE.get(vm.group("verb").lower(), vm.group("verb").lower())
            scope = vm.group("scope")
        elif wm:
            rm = _ROLE_IN_Q.search(wm.group("role"))
            attribute = norm_role(rm.group("role")) if rm else wm.group("role").lower()
            scope = wm.group("scope") or ""
            if rm and not scope:
                scope = wm.group("role")[: rm.start()].strip(" 's’")
        focus = attribute
    elif re.match(
        r"^(?:when|what (?:date|day|year|month|time)|on what (?:date|day)|in what (?:year|month))\b", low
    ) or _DATE_HEAD_Q.match(q):
        kind = "date"
        focus = re.sub(
            r"^(?:when|what (?:date|day|year|month|time)|on what (?:date|day)|in what (?:year|month))"
            r"\s+(?:did|does|do|is|was|were|will|has|have|had)?\s*|^what\s+(?:is|was|are|were)\s+the\s+",
            "",
            q,
            flags=re.I,
        )
        attribute = "date"
    elif (hm := _WHAT_HEAD_OF.match(q)) and lemma(hm.group("head")) in _NUMERIC_HEADS:
        kind = "number"
        attribute = "amount"
        focus, rest = _split_np(hm.group("rest"))
        focus = f"{hm.group('head')} {focus}"
        sm2 = re.search(r"\b(?:in|at|for)\s+(?:the\s+)?(?P<s>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)", q)
        scope = sm2.group("s") if sm2 else ""
    elif (rm2 := _WHICH_ROLE.match(q)) and _ROLE_IN_Q.fullmatch(rm2.group("role").strip()):
        kind = "person"
        attribute = norm_role(rm2.group("role").strip())
        focus = attribute
    elif _YESNO.match(q):
        kind = "yesno"
        focus = _YESNO.sub("", q).strip()
        attribute = "truth"
    else:
        wm2 = _WHAT_IS.match(q)
        if wm2:
            focus = wm2.group("focus").strip()
            scope = (wm2.group("scope") or "").strip()
            pm = re.match(r"^(?P<owner>.+?)(?:'s|’s|s')\s+(?P<head>[^']+)$", scope)
            if (
                pm
                and not re.search(r"(?:'s|’s)\b", focus)
                and not ({lemma(w) for w in focus.split()} & _NUMERIC_HEADS or _ROLE_IN_Q.search(focus))
            ):
                # "the Bank of Veldmark's policy rate": the head noun follows the possessive, and
                # what precedes it ("Bank of Veldmark") is the scope
                focus, scope = pm.group("head").strip(), f"{focus} of {pm.group('owner')}".strip()
            np_, rest_ = _split_np(focus)
            at_ = re.search(r"\b(?:on|in|at|across|inside)\s+(?:the\s+)?(?P<s>.+)$", rest_)
            if at_ and {lemma(w) for w in np_.split()} & _NUMERIC_HEADS:
                # "the highest temperature ever recorded on the Isle of Marrach": the figure is the noun
                # phrase before the participle, and the place it is recorded at is the scope
                focus = re.sub(r"\s+(?:ever|yet|so\s+far)$", "", np_)
                scope = (at_["s"] + q[wm2.end("focus") :]).strip()
            heads = {lemma(w) for w in focus.split()}
            if heads & _NUMERIC_HEADS:
                kind = "number"
                attribute = "amount"
            else:
                rm = _ROLE_IN_Q.search(focus)
                if rm and (wm2.group("scope") or focus[: rm.start()].strip()):
                    kind = "person"
                    attribute = norm_role(rm.group("role"))
                    if not scope:
                        scope = focus[: rm.start()].strip(" 's’")
        else:
            focus = q
    focus = re.sub(r"^(?:the|a|an)\s+", "", focus.strip(), flags=re.I)
    scope = re.sub(r"^(?:the)\s+", "", scope.strip(" ,"), flags=re.I)
    one = terms_raw != raw
    terms = terms_of(terms_raw) if one else terms_of(q)
    return Question(raw, kind, focus, attribute, scope, terms, when, period, one_person=one)


# --------------------------------------------------------------------------------------------- helpers


def _eligible(docs: Sequence[Analyzed], as_of: date | None) -> list[Analyzed]:
    """Documents published by ``as_of``: a report dated after the question's "now" was not yet known."""
    if as_of is None:
        return list(docs)
    return [a for a in docs if a.date.earliest is None or a.date.earliest <= as_of]


def _sentence(a: Analyzed, c: Claim) -> str:
    if c.sentence_start >= 0:
        return a.doc.text[c.sentence_start : c.sentence_end]
    return a.doc.text[max(0, c.start - 150) : c.end + 150]


def _window(a: Analyzed, c: Claim, width: int = 90) -> str:
    lo = max(c.sentence_start if c.sentence_start >= 0 else 0, c.start - width)
    hi = min(c.sentence_end if c.sentence_end >= 0 else len(a.doc.text), c.end + width)
    return a.doc.text[lo:hi]


_COMMA_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[-–—]\s|\b(?:when|while|whereas|after|before)\b")


def _comma_clause(a: Analyzed, c: Claim) -> str:
    """The stretch of the claim's sentence between the punctuation (or clause conjunctions) around it."""
    s0 = c.sentence_start if c.sentence_start >= 0 else max(0, c.start - 150)
    s1 = c.sentence_end if c.sentence_end >= 0 else min(len(a.doc.text), c.end + 150)
    text = a.doc.text
    lo = s0
    for m in _COMMA_CLAUSE_BREAK.finditer(text, s0, c.start):
        lo = m.end()
    after = _COMMA_CLAUSE_BREAK.search(text, c.end, s1)
    hi = after.start() if after else s1
    return text[lo:hi]


def _label(a: Analyzed) -> str:
    return a.doc.external_id or a.doc.id[:8]


def _cite(a: Analyzed, start: int, end: int) -> Citation:
    return Citation(
        doc_id=a.doc.id,
        source=a.doc.source,
        date=a.date.value,
        start=start,
        end=end,
        quote=a.doc.text[start:end],
        external_id=a.doc.external_id,
    )


def _doc_item(
    a: Analyzed, c: Claim, key: str, score: float, cluster: int, *, dated_by_doc: bool = False
) -> Item:
    own = not dated_by_doc and (c.as_of_earliest is not None or c.as_of_latest is not None)
    precise = True
    if own:
        lo, hi = item_interval(c, a.date)
    else:
        lo, hi = _doc_point(a)
        precise = a.date.granularity == "day" or (
            lo is not None and a.date.latest is not None and (a.date.latest - lo).days <= 31
        )
    history = "history" in c.rule or ".former" in c.rule
    return Item(c, a, key, lo, hi, history, cluster, score, precise, None if precise else a.date.latest)


def _doc_point(a: Analyzed) -> tuple[date | None, date | None]:
    """The interval to order a document's claims by.

    A day-granularity estimate means its first day even when the interval is left open; a wide interval
    (a year) counts only from its start, so an imprecise date never makes a claim look newest.
    """
    est = a.date
    lo, hi = est.earliest, est.latest
    if lo is None or hi is None:
        return lo, hi
    if est.granularity == "day" or (hi - lo).days > 31:
        return lo, lo
    return lo, hi


def _number_key(c: Claim) -> str:
    n = c.number if c.number is not None else parse_number(c.value)
    unit = "%" if c.unit == "%" else ""
    if n is None:
        return c.value.lower()
    return f"{n:.6g}{unit}"


# --------------------------------------------------------------------------------------------- number slot

_REPORTING = re.compile(
    r"\b(?:claim(?:s|ed)?|alleg(?:e|es|ed|edly)|rumou?r(?:s|ed)?|viral|purport(?:s|ed|edly)?|social media|"
    r"posts?|posted|letter|memo|leak(?:ed)?|circulat(?:ed|ing)|shared)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class _Slot:
    items: tuple[Item, ...]
    refuted: tuple[Item, ...]
    notes: tuple[str, ...]
    parts: bool = False
    supersedes: frozenset[tuple[str, str]] = frozenset()
    weak: tuple[Item, ...] = ()  # figures that fit the question less well: shown only as superseded


_MEASURE_NOUNS = _words(
    """rate price cost number total figure level amount share percentage population toll count record
    value budget estimate tally size"""
)
_MONEY = ("$", "€", "£")
# Question words that name what happened to the counted things; a figure must share one of them.
_VERB_LIKE = _words(
    """died die kill killed injur wound hurt arrest evacuat displac attend join sign vote infect vaccinat
    rescu miss sold sell bought buy raise rais donat pledg spent spend earn lost lose win won lay cut shed
    eliminat award fine fined"""
)
# Units that measure time, distance or mass: a figure in one of them never counts things ("12 weeks").
_MEASURE_UNIT_WORDS = _words(
    """mm cm km kilometer kilometers kilometre kilometres mile miles meter meters metre metres feet foot ft
    inches kg kilogram kilograms pounds lb lbs ton tons tonne tonnes mph km/h degree degrees ° °c °f hour
    hours minute minutes second seconds day days week weeks month months year years acres hectares barrels
    gallons liters litres"""
)
_MONEY_UNIT_WORDS = _words("dollars euros yuan yen rupees")
# Counted nouns too general to contradict the question's noun ("240 people" may answer "how many workers").
_GENERIC_COUNTED = _words(
    """person people resident individual adult child men man women woman civilian member family household
    figure total number"""
)
_PARTITIVE = re.compile(r"\s+of\s+(?:the|these|those|them|its|their|whom|which)\b", re.I)
_WIDER_SCOPE = re.compile(
    r"\b(?:statewide|nationwide|nationally|countrywide|worldwide|globally|"
    r"across the (?:state|country|nation))\b"
    r"|\b(?:the\s+)?(?:state|national|country)(?:'s|’s)?\s+(?:average|rate|total|figure)\b",
    re.I,
)
_PARTITIVE_IN = re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+of\s+(?:the|these|those)\s+"
    r"[a-z]",
    re.I,
)
_MONEY_WORDS = "cost price budget aid money cash fund funding donation investment spending sum loan grant"
_MONEY_Q = frozenset(stem(w) for w in _MONEY_WORDS.split())
_MONEY_NOUNS = _words("money cash fund funding donation aid investment spending sum")


_SCORE_Q = re.compile(r"\b(?:scores?|scorelines?|results?|by what margin)\b", re.I)


def _quantity_score(q: Question, a: Analyzed, c: Claim, focus: set[str], head: str, scope: set[str]) -> float:
    if c.unit == "score" or _SCORE_Q.search(q.text):
        # a match result answers only a question about scores, and a score question wants a result
        if c.unit != "score" or not _SCORE_Q.search(q.text):
            return 0.0
        hits = _expand(set(q.terms) - {head}) & _stems(_sentence(a, c))
        return 3.0 + 0.3 * len(hits)
    if c.attribute == "change":
        # a difference ("cut 300 jobs", "34 seconds off") answers only a question about that change
        verb = c.rule.partition(".change:")[2].split(".")[0]
        if not verb or not (_expand({stem(verb.split()[0])}) & set(q.terms)):
            return 0.0
    sent_end = c.sentence_end if c.sentence_end >= 0 else len(a.doc.text)
    if _PARTITIVE.match(a.doc.text, c.end, min(sent_end, c.end + 20)) or (
        c.sentence_start >= 0 and _PARTITIVE_IN.search(a.doc.text, c.sentence_start, sent_end)
    ):
        return 0.0  # "five of the victims ..., two drowned": a breakdown of a total given elsewhere
    unit = c.unit.lower()
    money = unit in _MONEY or unit in _MONEY_UNIT_WORDS
    if q.attribute not in _MEASURE_UNITS:
        if q.attribute == "count" and unit in _MEASURE_UNIT_WORDS and stem(unit) != head:
            return 0.0  # a duration or distance ("in about 12 weeks") never counts things
        if q.attribute == "count" and money:
            return 0.0
        wants_money = q.attribute == "cost" or (q.attribute == "amount" and bool(_expand({head}) & _MONEY_Q))
        if wants_money and not money:
            return 0.0  # "how much will it cost" wants money
    counted = _stems(c.subject)
    window = _stems(_window(a, c))
    before = _stems(a.doc.text[max(c.sentence_start, c.start - 40) : c.start])
    head_syn = _expand({head}) if head else set()
    pred = _expand(set(q.terms) - focus - scope)
    # "How many hectares of kiwifruit orchards": the question's noun is the figure's unit, and what the
    # figure is of ("1,140 hectares of kiwifruit orchards") is its subject
    if (
        head
        and unit
        and stem(unit) == head
        and q.attribute not in _MEASURE_UNITS
        and (not counted or _expand(set(q.terms) - scope) & counted)
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
        and c.subject.split()[-1].lower() not in _GENERIC_COUNTED
        and lemma(c.subject.split()[-1]) not in _GENERIC_COUNTED
    ):
        return 0.0  # something else is counted ("11 plants" for "how many workers")
    score = 0.0
    units = _MEASURE_UNITS.get(q.attribute)
    if units is not None:
        if c.unit.lower() not in units:
            return 0.0
        score += 2.0
    elif head and (head_syn & counted):
        score += 3.0
    elif head and counted and pred & counted:
        score += 2.5  # "How many people died?" answered by "31 dead"
    elif head and counted and lemma(c.subject.split()[-1]) in _GENERIC_COUNTED and head_syn & window:
        score += 2.0  # "will employ 800 people" answers "how many jobs"
    elif head and not counted and (head_syn | pred) & window:
        score += 2.0 if head_syn & window else 1.8
    elif head and not counted and head in _MEASURE_NOUNS and _expand(focus - {head}) & window:
        score += 2.0  # "inflation rate" answered by "Inflation eased to 5.9%"
    elif head in _MEASURE_NOUNS and head_syn & window:
        score += 2.0  # "52,006 people ..., a new attendance record"
    elif head in _MONEY_NOUNS and c.unit in _MONEY:
        score += 2.0  # "How much money was raised?" answered by "$2.4 million"
    elif head and counted and head_syn & window and c.unit in ("%", *_MONEY):
        score += 1.5
    elif not head and q.attribute == "amount":
        score += 1.0
    else:
        return 0.0
    if head and head_syn & before:
        score += 1.5  # the noun just before the number: "a record of 2:00:35", "troops in Iraq to 2,500"
    mods = focus - {head}
    score += 0.5 * len(_expand(mods) & (window | counted))
    if scope:
        claim_scope = _stems(c.scope)
        if scope <= window or (claim_scope and scope <= _expand(claim_scope)):
            score += 1.5
        elif (
            (head_syn & counted or not counted)
            and scope <= _stems(_sentence(a, c))
            and not (claim_scope and not (_expand(claim_scope) & scope))
        ):
            # the sentence names the place farther off from a figure of the very thing asked: "Kestrel
            # said it would mothball its Corran Hill mine in Weardale by June, with the loss of 140 jobs"
            score += 1.0
        elif claim_scope and not (_expand(claim_scope) & scope):
            return 0.0  # a figure for somewhere else ("about 900 troops in Syria")
        elif scope & _stems(_head_of(a)):
            score -= 0.5  # the story is about that place; the sentence does not repeat it
        elif _named_event_story(q, a, scope):
            # the operator's update headed "Storm Edda" never names the area the storm hit: the story is
            # the question's named event, so its figure is for the area asked about
            score -= 1.0
        else:
            return 0.0
        if _WIDER_SCOPE.search(_window(a, c)) and not (scope & window):
            return 0.0  # "statewide, the rate was 3.9%" does not answer for one county
        if _other_place(q.scope, _sentence(a, c)):
            return 0.0  # "Lister County officials said only 88.5% ..." does not answer for Corran County
    extra = set(q.terms) - focus - scope
    hits = _expand(extra) & (window | counted)
    score += 0.3 * len(hits)
    verbs = {t for t in extra if t in _VERB_LIKE}
    if verbs and not (_expand(verbs) & (_stems(_comma_clause(a, c)) | counted)):
        # "How many died?" is not answered by "9 people were still missing", nor by "a city of 420,000
        # people" beside "when 1,000 died": the question's verb must act in the figure's own clause
        score -= 1.5
    if q.attribute == "amount" and c.unit in ("%", *_MONEY):
        score += 0.5
    if _benchmark(q, a, c):
        return 0.0  # "faster than the regional average of 2.7%": the benchmark, a wider area's figure
    if _REQUESTED.search(a.doc.text, max(c.sentence_start, c.start - 40), c.start) and not _REQUEST_Q.search(
        q.text
    ):
        return 0.0  # "we pressed hard for six sailings but ... settled on 5": what one side wanted
    if _PERSONAL_BEST.search(_window(a, c, 40)) and not _PERSONAL_BEST.search(q.text):
        return 0.0  # runners' "personal bests under 2:08" are not the course record
    if _other_division(q.text, _window(a, c)):
        return 0.0  # "the women's course record of 2:24:17" does not answer for the men's race
    if _whole_not_asked(q, c):
        return 0.0  # "won 34 of the 71 seats": the 71 is the whole; the question asks for the part
    if _RESTATED.search(a.doc.text, max(0, c.start - 40), c.start):
        score -= 1.0  # "5,240 persons (1,310 families)": the bracketed figure restates the one before
    return score


# A wider area's figure a local one is compared with: "faster than the regional average of 2.7%",
# "against a national rate of 5.1%", "Regional average annual change: +2.7%".
_BENCHMARK_BEFORE = re.compile(
    r"(?:\b(?:than|with|against|to)\s+(?:the\s+|a\s+)?|^\s*)(?P<wider>regional|national|nationwide|state|"
    r"statewide|county|countywide|global|world|european|uk|us|eu)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:average|rate|figure|total|level|mean|median)(?:\s+[\w-]+){0,2}?\s*(?:of\s+|:\s*[+-]?|was\s+|is\s+)?$",
    re.I | re.M,
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
# A question that asks what was requested
_REQUEST_Q = re.compile(r"\b(?:ask|call|press|push|campaign|lobb|hope|demand|want|seek|sought)\w*", re.I)


# A figure in brackets right after another figure and its noun restates it in another unit.
_RESTATED = re.compile(r"\d[\d,.]*\s+[A-Za-z-]+\s*\(\s*$")


def _whole_not_asked(q: Question, c: Claim) -> bool:
    """The figure is the whole a part belongs to ("34 of the 71 seats"), and the question asks no total."""
    return ".total" in c.rule and not _WHOLE_Q.search(q.text)


# A question asking for the whole of which a sentence reports a part ("How many seats are there in all?")
_WHOLE_Q = re.compile(r"\b(?:in total|in all|altogether|total|out of|overall|all told)\b", re.I)
_RECORD_Q = re.compile(r"\b(?:record|fastest|best time|winning time)\b", re.I)
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


def _elsewhere(scope: str, sentence: str, at: int) -> bool:
    """Does the clause of a figure at ``at`` place it somewhere the question's scope is not ("600
    properties in neighbouring Ashcombe" when Kelsworth is asked about)?"""
    words = {w.lower() for w in _WORD_RE.findall(scope) if w[:1].isupper()}
    if not words or any(re.search(rf"\b{re.escape(w)}\b", sentence, re.I) for w in words):
        return False
    lo, hi = clause_around(sentence, at)
    return any(
        m.group("n").lower() not in _CALENDAR_WORDS and m.group("n").lower() not in _STOP
        for m in _IN_PLACE.finditer(sentence, lo, hi)
    )


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
        and "history" in o.rule
        and o.sentence_start == c.sentence_start
        and o.unit == c.unit
        and o.start > c.end  # "41 ..., up from 27": the older figure follows the update
        and _number_key(o) in keys
        for o in it.source.claims
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


def _number_slot(q: Question, docs: Sequence[Analyzed], clusters: dict[str, int]) -> _Slot:
    focus_words = [w for w in terms_of(_RATE_PERIOD.sub("", q.focus))]
    scope = set(terms_of(q.scope))
    focus = set(focus_words) - scope
    head = focus_words[-1] if focus_words else ""
    if head in scope:
        head = next((w for w in reversed(focus_words) if w not in scope), "")
    items: list[Item] = []
    refuted: list[Item] = []
    notes: list[str] = []
    refutations: list[tuple[Analyzed, Claim]] = []
    history: list[tuple[str, str]] = []  # (document, value) stated as history, even in passing
    past: list[tuple[Analyzed, Claim]] = []  # history figures whose own clause missed the question
    names = _proper_names(q.text)
    in_question = {n for n in (parse_number(w) for w in _WORD_RE.findall(q.text)) if n is not None}
    # the place a figure is for ("the price of petrol in Estavia"): home papers often leave it out
    soft = {n for n in names if re.search(r"\bin\s+(?:the\s+)?" + re.escape(n) + r"\b", q.text, re.I)}
    # "in the NorthGrid and Coastline Power areas": the scope is each coordinated part in turn, and a
    # figure for either part answers its part
    qparts = _question_parts(q.text)
    in_parts = frozenset().union(*qparts) if qparts else frozenset()
    part_scopes = [(scope - in_parts) | p for p in qparts] if scope & in_parts else []
    for a in docs:
        if names:
            low = f"{a.doc.title or ''} {a.doc.text}".lower()  # lowered only when names are to be found
            if not _names_in(names, q.text, low) and not (soft and _names_in(names - soft, q.text, low)):
                continue  # a story about another storm, stadium or company; a figure's scope is checked below
        for c in a.claims:
            if c.kind == "refutation":
                refutations.append((a, c))
            if c.kind != "quantity":
                continue
            s = _quantity_score(q, a, c, focus, head, scope)
            for ps in part_scopes:
                s = max(s, _quantity_score(q, a, c, focus - ps, head, ps))
            if c.number is not None and c.number in in_question and c.polarity == "asserted":
                s = 0.0  # "when two trams collided": a figure the question itself gives is not the answer
            if "history" in c.rule:
                history.append((a.doc.id, _number_key(c)))
                if s < 2.0:
                    past.append((a, c))
            if s < 2.0:
                continue
            corrected = c.polarity == "asserted" and _in_correction(a, c)
            if corrected and not _MISSTATED.search(_sentence(a, c), 0, c.start - c.sentence_start):
                continue  # "rejected claims that turnout exceeded 100%": neither asserted nor the false value
            it = _doc_item(a, c, _number_key(c), s, clusters.get(a.doc.id, 0))
            # "an earlier version of this article misstated the cost as $41 million": the outlet's own
            # correction refutes the value
            (refuted if corrected or c.polarity in ("refuted", "denied") else items).append(it)
    # "rose to €1.74, up from €1.71 a fortnight ago": the history figure answers the slot its sentence's
    # current figure answers, though the question's words sit beside the current one only
    for a, c in past:
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
                if c.subject and stem(c.subject)[:4] in sent.lower():
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
    if keep:
        # only the figures that fit the question best; refuted ones no longer set the bar. A part the
        # question names sets its own bar: one area's report may word the figure less like the question
        part = {id(i): _part_of(i, qparts) if part_scopes else None for i in keep}
        best_of: dict[int | None, float] = {}
        for i in keep:
            best_of[part[id(i)]] = max(best_of.get(part[id(i)], 0.0), i.score)
        # a figure tied to no part still faces the best of all
        bar = {k: max(best_of.values()) if k is None else v for k, v in best_of.items()}
        passing = [i for i in keep if i.score >= bar[part[id(i)]] - 2.0 - 1e-9]
        strong = {i.key for i in passing}
        # a source none of whose figures passes may still follow up another's: see _follows_up
        strong_docs = {i.doc_id for i in passing}
        fits = {id(i) for i in passing} | {
            id(i)
            for i in keep
            if _updates(i, strong) or (i.doc_id not in strong_docs and _follows_up(i, strong, head))
        }
        weak = [i for i in keep if id(i) not in fits]
        keep = [i for i in keep if id(i) in fits]
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
    if q.period is not None and any(_in_period(i, q.period) for i in keep):
        keep = [i for i in keep if _in_period(i, q.period)]  # before parts pick each part's value
    parts = False
    if qparts and len({i.key for i in keep}) > 1:
        split_keep = _one_per_part(keep, qparts)
        if split_keep is not None:
            keep, parts = split_keep, True
    if not parts and len({i.key for i in keep}) > 1:
        parts = (not scope and _scoped_parts(keep)) or any(
            ".additive" in i.claim.rule and not i.history for i in keep
        )
    if not parts:
        keep = _drop_asides(keep)
    return _Slot(
        tuple(keep),
        tuple(refuted),
        tuple(dict.fromkeys(notes)),
        parts,
        _supersedes(keep, history),
        weak=tuple(weak),
    )


_SAID = re.compile(
    r"\b(?:said|says|according|estimat\w*|claim\w*|argu\w*|insist\w*|put the|puts the|believ\w*|think|thinks|"
    r"dispute\w*|critics?|forecast\w*|projected|predict\w*)\b",
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
    drop: set[str] = set()
    for key, mine in by_key.items():
        docs = docs_of[key]
        if any(
            _SAID.search(sent) or _EARLIER.search(sent) or i.claim.as_of_earliest is not None
            for i in mine
            for sent in (_sentence(i.source, i.claim),)
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
    if unit in _MONEY or unit in _MONEY_UNIT_WORDS:
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
    in_question = {n for n in (parse_number(w) for w in _WORD_RE.findall(q.text)) if n is not None}
    scored: list[tuple[float, Analyzed, Claim]] = []
    for a in docs:
        for c in a.claims:
            if c.kind != "quantity" or c.polarity != "asserted" or (c.attribute == "change" and want != "%"):
                continue
            if c.unit == "score":
                continue  # a match result is found only by a question about scores
            if _whole_not_asked(q, c):
                continue  # the whole a part belongs to ("34 of the 71 seats") answers only "in total"
            if _in_correction(a, c):
                continue
            if c.number is not None and c.number in in_question:
                continue  # "when two trams collided": a figure the question itself gives
            unit = c.unit.lower()
            money = unit in _MONEY or unit in _MONEY_UNIT_WORDS
            if (want == "%" and unit != "%") or (want == "money" and not money):
                continue
            if want == "count" and (money or unit == "%" or unit in _MEASURE_UNIT_WORDS):
                continue
            if q.scope and _other_place(q.scope, _sentence(a, c)):
                continue
            if _benchmark(q, a, c):
                continue
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


_COORD_NAMES = re.compile(
    r"(?P<a>\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+and\s+(?:in\s+|the\s+|at\s+|for\s+)?"
    r"(?P<b>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)
_COORD_WORDS = re.compile(r"\b(?P<a>[a-z][\w-]*)\s+and\s+(?P<b>[a-z][\w-]*)\s+(?:[a-z]+\s+)?[a-z]+s\b")


_NAME_PART = r"[A-Z][\w'’-]*(?:\s+(?:de|del|da|la|le|van|von|on|upon)?\s*[A-Z][\w'’-]*)*"
# "in Dalupiri, San Vicente de Bato and Malinao Norte": three or more named parts
_COORD_LIST = re.compile(
    r"(?P<list>" + _NAME_PART + r"(?:,\s+" + _NAME_PART + r")+,?\s+and\s+" + _NAME_PART + r")"
)


def _question_parts(text: str) -> list[frozenset[str]]:
    """Coordinated parts a question asks about: "in Halden and in Marsby", "the fiction and non-fiction
    prizes", "the European Union and Japan", "in Dalupiri, San Vicente de Bato and Malinao Norte". Each
    part as its stems."""
    body = text.strip()
    for m in _COORD_LIST.finditer(body, 1):
        parts = [frozenset(terms_of(p)) for p in re.split(r",\s+(?:and\s+)?|\s+and\s+", m.group("list"))]
        if (
            all(parts)
            and len(set(parts)) == len(parts)
            and not any(x & y for i, x in enumerate(parts) for y in parts[i + 1 :])
        ):
            return parts
    for rx in (_COORD_NAMES, _COORD_WORDS):
        for m in rx.finditer(body, 1):
            parts = [frozenset(terms_of(m.group(g))) for g in ("a", "b")]
            if all(parts) and parts[0] != parts[1] and not (parts[0] & parts[1]):
                return parts
    return []


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


def _name_prefix(name: str) -> str:
    """The part of a proper name a text must carry to name it: all but its last two letters, so that another
    form of the name still counts ("Estavia" for "Estavian"), and never fewer than four."""
    return name[: max(4, len(name) - 2)]


def _most_named(names: set[str], low: str) -> bool:
    """Does a text (lowercased) name at least half of the question's proper names?"""
    return 2 * sum(_name_prefix(n) in low for n in names) >= len(names)


def _names_in(names: set[str], question: str, low: str) -> bool:
    """Does a text (lowercased) name the question's proper names? Of coordinated parts ("the European
    Union and Japan") one is enough: each document may report one part."""
    parts = _question_parts(question)
    in_parts = {w for w in names if any(stem(w) in p for p in parts)}

    def has(n: str) -> bool:
        return _name_prefix(n) in low

    if not all(has(n) for n in names - in_parts):
        return False
    return not in_parts or any(has(n) for n in in_parts)


def _proper_names(question: str) -> set[str]:
    """The capitalised words of a question after its first word, lowercased ("Storm Idris" -> storm, idris).

    A document about the question names each of them, at least by a shared beginning (Veldoria, Veldorian).
    """
    words = _WORD_RE.findall(question)[1:]
    # a weekday or a month with its year ("on Tuesday", "the September 2024 march") dates the story, it
    # does not name it; "the August heatwave" may
    dated = {m.group(1).lower() for m in _MONTH_YEAR.finditer(question)}
    return {
        w.lower()
        for w in words
        if w[0].isupper()
        and w.lower() not in _STOP
        and len(w) > 2
        and w.lower() not in _WEEKDAYS
        and w.lower() not in dated
    }


_WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
_MONTH_YEAR = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{1,2},?)?\s+\d{4}\b"
)


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


def _clip(s: str, n: int = 160) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _refutation_note(a: Analyzed, c: Claim) -> str:
    who = c.speaker or "a source"
    return f'{who} [{_label(a)}]: "{_clip(_sentence(a, c))}"'


# --------------------------------------------------------------------------------------------- person slot

_LEADER_ROLES = _words(
    """ceo president prime minister chairman leader head chief director governor mayor chancellor premier
    king queen pope commander manager coach captain owner"""
)


def _role_matches(q_attr: str, c_attr: str) -> bool:
    if not q_attr:
        return False
    if q_attr == c_attr:
        return True
    if q_attr in ("leader", "head", "chief"):
        return c_attr in _LEADER_ROLES or c_attr.split()[-1] in _LEADER_ROLES
    qa, ca = set(q_attr.split()), set(c_attr.split())
    return qa <= ca and len(ca) - len(qa) <= 1 and c_attr not in ("vice president", "deputy prime minister")


def _surname(name: str) -> str:
    parts = [p for p in name.split() if p not in ("Jr.", "Jr", "Sr.", "III", "II", "IV")]
    return parts[-1].lower() if parts else name.lower()


def _person_slot(q: Question, docs: Sequence[Analyzed], clusters: dict[str, int]) -> _Slot:
    scope = set(terms_of(q.scope))
    items: list[Item] = []
    refuted: list[Item] = []
    unscoped: list[tuple[Analyzed, Claim]] = []
    for a in docs:
        for c in a.claims:
            if c.kind != "role" or not _role_matches(q.attribute, c.attribute):
                continue
            sent = _sentence(a, c)
            org = _stems(c.subject)
            score = 2.0
            if scope:
                if org and scope <= _expand(org):
                    score += 2.0
                elif org and not (scope & _expand(org)):
                    # "reported that Italian coach Marco Bellini had been hired, after a post by a parody
                    # account": a debunked report about the post asked of, whatever the title's modifier
                    if scope & _stems(a.doc.text) and any(
                        r.kind == "refutation" and r.sentence_start == c.sentence_start for r in a.claims
                    ):
                        refuted.append(_doc_item(a, c, _surname(c.value), score, clusters.get(a.doc.id, 0)))
                    continue
                elif scope & _stems(sent):
                    score += 1.0
                elif scope & _stems(a.doc.title or "") or scope & _stems(a.doc.text[:400]):
                    score += 0.2
                else:
                    unscoped.append((a, c))
                    continue
            name = _POSSESSIVE.sub("", c.value)
            if name != c.value:
                c = replace(c, value=name)
            polarity = c.polarity
            if (
                polarity == "asserted"
                and any(
                    r.kind == "refutation"
                    and (
                        r.sentence_start == c.sentence_start
                        or (r.targets and r.targets[0] <= c.start < r.targets[1])
                    )
                    for r in a.claims
                )
                and not _REMOVED_AFTER.match(a.doc.text, c.end)
            ):
                polarity = "refuted"  # "reports that X replaced her are completely untrue"
            it = _doc_item(a, c, _surname(c.value), score, clusters.get(a.doc.id, 0))
            (refuted if polarity in ("refuted", "denied") else items).append(it)
    notes: tuple[str, ...] = ()
    if not items and not refuted and unscoped and not any(scope & _stems(a.doc.text) for a in docs):
        # no document names the place or body at all ("Vellmar's health minister" asked of the home
        # press, which never says "Vellmar"): the holders the documents name are the candidates
        items = [_doc_item(a, c, _surname(c.value), 2.0, clusters.get(a.doc.id, 0)) for a, c in unscoped]
        notes = ("no document names " + q.scope + ": holders named without a place are the candidates",)
    bad = {i.key for i in refuted}
    keep = [i for i in items if i.key not in bad]
    return _Slot(tuple(keep), tuple(refuted), notes)


_POSSESSIVE = re.compile(r"(?:'s|’s)$")

# "the new captain and vice-captain", "its principal conductor and new leader": two posts, one holder each
_COORD_ROLES = re.compile(
    r"(?P<a>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+and\s+(?:the\s+|its\s+|their\s+|a\s+)?"
    r"(?P<b>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?=\s+(?:of|at|for|in|on|with)\b|\s*[?,.]|\s*$)"
)
_ROLE_LEAD = _words("the a an its their his her new next incoming current are is were was")
_DEPUTY = re.compile(r"(?:vice|deputy|assistant|co)[- ]", re.I)
_DEPUTY_RX = r"(?<![Vv]ice )(?<![Vv]ice-)(?<![Dd]eputy )(?<![Dd]eputy-)(?<![Aa]ssistant )(?<![Cc]o-)"
# the holder a sentence sets aside: "succeeds Viktor Halloran", "the outgoing leader, Jo Marsh"
_FORMER_CUE = re.compile(
    r"\b(?:succeed\w*|replac\w*|takes? over from|took over from|former|outgoing|predecessor|retir\w*|"
    r"stepp\w* down|bows? out|last (?:concert|game|match|season|day))\b",
    re.I,
)


def _role_parts(text: str) -> list[str]:
    """Two posts a question coordinates ("the new captain and vice-captain"), each as its role phrase."""
    for m in _COORD_ROLES.finditer(text):
        roles: list[str] = []
        for g in ("a", "b"):
            words = m.group(g).split()
            while words and words[0].lower() in _ROLE_LEAD:
                words.pop(0)
            if not words or not _ROLE_IN_Q.fullmatch(words[-1].split("-")[-1]):
                break
            roles.append(" ".join(words).lower())
        if len(roles) == 2 and roles[0] != roles[1]:
            return roles
    return []


def _role_holder(
    role: str, q_names: set[str], pool: Sequence[Analyzed]
) -> tuple[str, Analyzed, int, int] | None:
    """The person the documents name nearest a post ("welcome Tobiah Grunfeld as the orchestra's new
    leader"), by how often and how close; a holder named as leaving the post does not count. A deputy's
    post is not the post ("vice-captain Rhys Bevan" does not hold the captaincy)."""
    words = role.split()
    tries = [words, words[-1:]] if len(words) > 1 else [words]
    for ws in tries:
        guard = "" if _DEPUTY.match(" ".join(ws)) else _DEPUTY_RX
        rx = re.compile(guard + r"(?<![\w-])" + r"[\s-]+".join(map(re.escape, ws)) + r"s?\b", re.I)
        votes: dict[str, float] = {}
        where: dict[str, tuple[str, Analyzed, int, int]] = {}
        for a in pool:
            text = a.doc.text
            for s0, s1 in split(text):
                sent = text[s0:s1]
                for rm in rx.finditer(sent):
                    best: tuple[int, str] | None = None
                    for nm in _MEMBER_NAME.finditer(sent):
                        name = _clean_name(nm.group(0))
                        toks = name.split()
                        if not 2 <= len(toks) <= 4 or toks[-1].lower() in _ORG_END:
                            continue
                        if all(_POSSESSIVE.sub("", t).lower() in q_names for t in toks):
                            continue
                        lo, hi = sorted(
                            (nm.end(), rm.start()) if nm.end() <= rm.start() else (rm.end(), nm.start())
                        )
                        if _FORMER_CUE.search(
                            sent, max(0, min(nm.start(), rm.start()) - 25), max(hi, nm.start())
                        ):
                            continue
                        dist = max(0, hi - lo)
                        if dist <= 80 and (best is None or dist < best[0]):
                            best = (dist, name)
                    if best is not None:
                        key = _surname(best[1])
                        votes[key] = votes.get(key, 0.0) + 1.0 / (1.0 + best[0] / 30)
                        if key not in where or len(best[1]) > len(where[key][0]):
                            where[key] = (best[1], a, s0, s1)
        if votes:
            return where[max(votes, key=lambda k: votes[k])]
    return None


def _role_parts_answer(q: Question, pool: Sequence[Analyzed], lines: list[str]) -> Answer | None:
    """A question about two posts ("Who are the new captain and vice-captain?") answered with the holder
    of each: the holders are parts of one answer, not rivals."""
    roles = _role_parts(q.text)
    if not roles:
        return None
    q_names = {stem(n) for n in _proper_names(q.text)} | _proper_names(q.text)
    found = [(r, _role_holder(r, q_names, pool)) for r in roles]
    got = [(r, h) for r, h in found if h is not None]
    if len(got) < 2 or len({_surname(h[0]) for _, h in got}) < 2:
        return None
    lines.append("posts asked about: " + "; ".join(f"{r}: {h[0]} [{_label(h[1])}]" for r, h in got))
    lines.append("conflict type: complementary (rule complementary.one-holder-per-post)")
    dated = [h[1].date.value for _, h in got if h[1].date.value and h[1].date.granularity != "week"]
    as_of = max(dated) if dated else None
    text = "; ".join(f"{r}: {h[0]} [{_label(h[1])}]" for r, h in got)
    return Answer(
        q.text,
        q.kind,
        "Each source gives part of the answer: " + text + (f", as of {as_of}" if as_of else "") + ".",
        tuple(h[0] for _, h in got),
        "complementary",
        as_of,
        _dedupe([_cite(h[1], h[2], h[3]) for _, h in got]),
        explanation=tuple(lines),
    )


# The refuted report says the person left the post ("a claim that Judge Achebe has been removed ... is
# false"): refuting it confirms the person, it does not refute them.
_REMOVED_AFTER = re.compile(
    r"[^.;:]{0,40}?\b(?:has|had|have|was|were|is|are|will be|would be|been|being|\s)*\s*"
    r"(?:removed|stripped|axed|sacked|fired|ousted|dropped|replaced|dismissed|taken off|pushed out|"
    r"resigned|resigning|stepped down|stepping down|quit|quitting|off|out as|leaving|left)\b",
    re.I,
)


_WIN_Q = re.compile(r"^who\s+(?:won|wins|has won|have won|will win|beat|was elected|took)\b", re.I)
_PNAME = r"[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|de|van|von|al-\w+)){0,4}"
# The subject of a win ("Adaeze Nwosu has won the award", "Haddad defeated Prentiss") or the one declared
# winner ("certified Noor Haddad as the winner"); an object of "defeating" or "beating" never is.
_WINNER = re.compile(
    r"(?P<name>" + _PNAME + r")(?:,\s+[^,;]{1,80}?,|\s+\([^()]{1,30}\))?\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:won|wins|beat|beats|defeated|defeats|was elected|was re-elected|won re-election|clinched|"
    r"was declared the winner|was named the winner)\b"
    r"|\b(?:certified|declared|named|crowned|confirmed)\s+(?P<name2>" + _PNAME + r")\s+(?:as\s+)?(?:the\s+)?"
    r"(?:winner|victor|champion)"
    r"|\b(?:went|goes|go|was awarded|were awarded|was given)\s+to\s+(?P<name3>" + _PNAME + r")"
    r"|(?P<name4>" + _PNAME + r")(?:'s|’s)\s+(?:\w+\s+)?(?:win|victory|triumph)\b"
    r"|[“\"](?P<title>[A-Z][^\"”]{1,60}?),?[”\"],?(?:\s+[^,;]{1,80}?,)?\s+(?:has\s+)?(?:won|wins|took)\b"
)
# Medals go to the first three: a question about medals or a podium counts these placings as wins.
_MEDAL_Q = re.compile(r"\b(?:medals?|medallists?|medalists?|podium|top three)\b", re.I)
_PLACING = re.compile(
    r"(?P<name>" + _PNAME + r")\s+(?:finished|came|placed|was)\s+(?:first|second|third|runner-up)\b"
    r"|(?P<name2>" + _PNAME + r")\s+(?:took|takes|won|wins|grabbed|grabs|claimed|claims|picked up)\s+"
    r"(?:the\s+)?(?:gold|silver|bronze)\b"
)
# A winner's own post, signed at its foot ("... your new councillor. - Sunita Bhatt"): first person
# thanks for a win, then the name.
_SELF_WIN = re.compile(
    r"\b(?:your new \w+|I(?:'ve| have)? won|I was (?:re-)?elected|(?:elected|voted for) me"
    r"|thank you for (?:electing|choosing) me)\b",
    re.I,
)
_SIGNATURE = re.compile(r"(?:^|\n|[.!?\"”])\s*[-–—]\s*(?P<name>" + _PNAME + r")\s*(?:\n|$)")
# A results table ("Candidate | Party | Votes" and one row per candidate): the row with most votes won.
_TABLE_HEAD = re.compile(r"^[^\n|]*\|[^\n]*\bvotes\b[^\n]*$", re.I | re.M)
_TABLE_ROW = re.compile(r"^(?P<name>" + _PNAME + r")\s*\|[^\n]*?\|\s*(?P<n>\d[\d,]*)\s*$", re.M)


def _table_winner(text: str) -> tuple[int, int, str] | None:
    """The top row of the first results table of a text: (start, end, name)."""
    head = _TABLE_HEAD.search(text)
    if head is None:
        return None
    best: tuple[int, int, int, str] | None = None
    pos = head.end() + 1
    while (m := _TABLE_ROW.match(text, pos)) is not None:
        n = int(m.group("n").replace(",", ""))
        if best is None or n > best[0]:
            best = (n, m.start(), m.end(), m.group("name"))
        pos = m.end() + 1
    return best[1:] if best is not None else None


_TITLE_WORDS = _words(
    """incumbent challenger former mayor president senator governor councillor councilor candidate
    the a an author novelist historian writer poet playwright coach captain rookie veteran champion defending
    dr mr mrs ms sir dame"""
)


def _winner_name(raw: str) -> str:
    """The person in a matched name run: the words after the last title ("Oakridge Mayor Gil Prentiss")."""
    words = raw.split()
    cut = 0
    for i, w in enumerate(words):
        if w.lower().strip(".") in _TITLE_WORDS or w.lower() in ROLE_WORDS.split("|"):
            cut = i + 1
    return " ".join(words[cut:])


# Words that name political parties: a value made only of them names a party, not a person.
_PARTY_WORDS = _words(
    """labour conservative conservatives tory tories liberal liberals democrat democrats democratic
    republican republicans green greens independent independents reform socialist socialists nationalist
    nationalists party alliance first"""
)


def _party_only(name: str) -> bool:
    return all(w.lower().strip("'’s") in _PARTY_WORDS or w.lower() in _PARTY_WORDS for w in name.split())


def _winner_slot(q: Question, docs: Sequence[Analyzed], clusters: dict[str, int]) -> _Slot:
    """Who won: the subjects of win clauses in sentences about the question's contest."""
    want = set(terms_of(q.scope or q.text)) - {"won", "win"}
    wanted = _expand(want)
    names = _proper_names(q.text)
    listing = _list_question(q)
    medals = _MEDAL_Q.search(q.text) is not None
    items: list[Item] = []
    refuted: list[Item] = []
    for a in docs:
        # a local outlet need not name its own town in the text; its address does (pinecastlepress.com)
        where = _searchable(a)
        # a follow-up piece ("Festival diary: ...") may name the contest only by its common nouns: it
        # counts when it shares two of them, below any source that names the contest
        unnamed = bool(names) and not _names_in(names, q.text, where)
        if unnamed and not (listing and wanted & _stems(where)):
            continue
        found: list[tuple[int, int, int, int, str]] = []
        table = _table_winner(a.doc.text)
        if table is not None:
            t0, t1, tname = table
            found.append((t0, t1, a.doc.text.rfind("\n", 0, t0) + 1, t1, tname))
        sig = _SIGNATURE.search(a.doc.text)
        if sig is not None and _SELF_WIN.search(a.doc.text, 0, sig.start()):
            # a short post is read whole: its hashtags may name the contest
            found.append((sig.start("name"), sig.end("name"), 0, len(a.doc.text), sig.group("name")))
        if medals:
            for s0, s1 in split(a.doc.text):
                for m in _PLACING.finditer(a.doc.text, s0, s1):
                    name = _winner_name(m.group("name") or m.group("name2") or "")
                    if name and name.split()[0] not in ("The", "A", "An", "It", "He", "She", "They"):
                        found.append((m.start(), m.end(), s0, s1, name))
        for s0, s1 in split(a.doc.text):
            sent = a.doc.text[s0:s1]
            if not any(v in sent for v in ("won", "win", "beat", "defeat", "elect", "clinch", "went to")):
                continue
            for m in _WINNER.finditer(sent):
                if m.group("title"):
                    name = m.group("title")
                else:
                    name = _winner_name(
                        m.group("name") or m.group("name2") or m.group("name3") or m.group("name4") or ""
                    )
                    if not name or name.split()[0] in ("The", "A", "An", "It", "He", "She", "They"):
                        continue
                found.append((s0 + m.start(), s0 + m.end(), s0, s1, name))
        for start, end, s0, s1, name in found:
            sent = a.doc.text[s0:s1]
            hit = wanted & _stems(sent)
            # the contest may be named only in the headline or the lead above a win sentence or table
            lead = f"{a.doc.title or ''} {a.doc.text[: min(s0, 200)]}"
            if want and not hit and not (wanted & _stems(lead)):
                continue
            refutes = bool(refutation_of(sent))
            c = Claim(
                doc_id=a.doc.id,
                start=start,
                end=end,
                kind="role",
                subject=q.scope,
                attribute="winner",
                value=name,
                polarity="refuted" if refutes else "asserted",
                sentence_start=s0,
                sentence_end=s1,
                rule="role.winner",
            )
            score = 2.0 + len(hit) - (1.0 if unnamed else 0.0)
            it = _doc_item(a, c, _surname(name), score, clusters.get(a.doc.id, 0))
            (refuted if refutes else items).append(it)
    bad = {i.key for i in refuted}
    keep = [i for i in items if i.key not in bad and not _common_noun(i.claim.value, docs)]
    if not listing and not medals:
        keep = _beside_the_winner(keep)
    if q.text.lstrip().lower().startswith("who") and any(len(i.claim.value.split()) > 1 for i in keep):
        # "Who won the three seats?" asks for the people: "Greens" gained a seat, but is no winner named
        keep = [i for i in keep if not _party_only(i.claim.value)]
    parts = False
    qparts = _question_parts(q.text)
    if qparts and len({i.key for i in keep}) > 1:
        split_keep = _one_per_part(keep, qparts)
        if split_keep is not None:
            keep, parts = split_keep, True
    notes = tuple(
        f'{i.claim.value} is refuted in [{i.label}]: "{_clip(_sentence(i.source, i.claim))}"' for i in refuted
    )
    return _Slot(tuple(keep), tuple(refuted), notes, parts)


# "Who holds the women's record for ...?", "Who is the national record holder?"
_RECORD_HOLDER_Q = re.compile(
    r"^who\s+(?:holds|held|owns|has|have|set|sets|now\s+holds)\b[^?]*\brecords?\b"
    r"|^who\s+(?:is|was|are|were)\s+(?:the\s+)?[^?]*\brecord[- ]holders?\b",
    re.I,
)
_RECORD_WORD = re.compile(r"\b(?:record|fastest|quickest|mark|best\s+time)\b", re.I)
_NAME_ASIDE = r"(?:,\s+[^,;]{1,80}?,|\s+\([^()]{1,40}\))?"
_N = r"(?P<name>" + _PNAME + r")"
# Who holds a record now: its setter ("Kirsty Dunlop set a new women's record", "Orla Breen has become
# the fastest woman"), its holder by name or label ("record holder Petra Lunn", "Men's course record:
# Owen Tranter") or a holder that others chase ("Josh Whitlam's course record of 1:02:14 could fall").
# Each pattern is matched on its own: a possessive ("Men's course record") must not hide a label's name.
_RECORD_NOW = tuple(
    re.compile(p)
    for p in (
        _N + _NAME_ASIDE + r"\s+(?:has\s+|had\s+|have\s+)?(?:now\s+|finally\s+|also\s+)?"
        r"(?:set|sets|broke|breaks|smashed|smashes|lowered|lowers|bettered|betters|beat|beats|took|takes|"
        r"claimed|claims|reclaimed|reclaims|won\s+back|wins\s+back|equalled|equals|improved|improves|holds|"
        r"became|becomes|become|is\s+now|is\s+the)\b(?=[^.;]{0,80}?\b(?:record|fastest|quickest|mark)\b)",
        r"\brecord[- ]holders?,?\s+" + _N,
        _N + r",?\s+(?:is\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,4}record[- ]holder\b",
        r"(?P<label>^|\n)[^\n:]{0,40}\brecords?:[ \t]*" + _N,
        r"\brecord\b[^.;]{0,60}?\b(?:is\s+|was\s+)?(?:now\s+)?(?:held|owned)\s+by\s+" + _N,
        _N + r"(?:'s|’s)\s+(?:[\w-]+\s+){0,3}(?:record|mark)\b",
    )
)
# Who held it before: "beat Kirsty Dunlop's 2021 record", "the previous record had stood to Josh Whitlam",
# "the mark set last year by Samuel Kerich", "Fiona Galbraith - who held the record from 2019 to 2021",
# "had taken the record from Varo", "Previous men's records: Samuel Kerich 1:01:38 (2023); ...".
_RECORD_BEFORE = tuple(
    re.compile(p)
    for p in (
        r"\b(?:beat|beating|broke|breaking|bettered|bettering|took|taking|eclipsed|eclipsing|erased|erasing|"
        r"surpassed|surpassing|smashed|smashing|lowered|lowering|off|inside|than|from|of)\s+(?:the\s+)?"
        + _N
        + r"(?:'s|’s)\s+(?:[\w-]+\s+){0,3}(?:record|mark|best|time)\b",
        r"\b(?:previous|old|former|earlier)\s+(?:[\w'’-]+\s+){0,3}(?:record|mark|best)\b[^.;]{0,60}?"
        r"\b(?:stood\s+to|held\s+by|set\s+by|belonged\s+to|owned\s+by)\s+" + _N,
        r"\b(?:record|mark|time|best)\s+(?:of\s+[^.;,]{1,30}?\s+)?(?:[\w-]+\s+){0,3}?set\s+(?:[\w-]+\s+){0,3}?"
        r"by\s+" + _N,
        _N + r"\s*(?:,|-|–|—)\s*who\s+(?:had\s+)?(?:held|set|owned)\s+the\s+record",
        r"\b(?:taken|took|take|takes|taking|wrestled|won)\s+the\s+record\s+(?:back\s+)?from\s+" + _N,
        r"\b(?:previous|former|old)\s+record[- ]holder,?\s+" + _N,
        r"\b(?:inside|than|off|beat|beating|bettered|broke|breaking)\s+(?:the\s+)?(?:[\d:.]+\s+)?(?:that\s+)?"
        + _N
        + r"\s+(?:ran|swam|set|recorded|clocked|rowed|cycled|jumped|threw)\b",
    )
)
_RECORD_LIST_BEFORE = re.compile(
    r"\b(?:previous|former|old)\s+(?:[\w'’-]+\s+){0,3}records?:[ \t]*(?P<list>[^\n]+)", re.I
)
# Words that open a name-like run without naming a person: "Men's course record", "Schoolgirl, 17, breaks"
_RECORD_SKIP = _words(
    """the a an it he she they her his their this that men women boys girls junior juniors senior seniors
    veteran veterans wheelchair masters national world course club county british european olympic"""
)
_PLACE_BEFORE = re.compile(r"\b(?:from|in|at|of|to|for|near|on)\s+$")


def _record_names(sent: str) -> dict[str, tuple[int, int, bool]]:
    """The names a record sentence gives, each with its span and whether it is a past holder."""
    found: dict[str, tuple[int, int, bool]] = {}
    for rx in _RECORD_BEFORE:
        for m in rx.finditer(sent):
            found.setdefault(m.group("name"), (m.start("name"), m.end("name"), True))
    for m in _RECORD_LIST_BEFORE.finditer(sent):
        for n in re.finditer(_PNAME, m.group("list")):
            found.setdefault(n.group(0), (m.start("list") + n.start(), m.start("list") + n.end(), True))
    for rx in _RECORD_NOW:
        for m in rx.finditer(sent):
            found.setdefault(m.group("name"), (m.start("name"), m.end("name"), False))
    return found


def _record_slot(q: Question, docs: Sequence[Analyzed], clusters: dict[str, int]) -> _Slot:
    """Who holds a record: its setters as of each source, and the holders each source says it was taken
    from as history; the newest setter holds it."""
    want = set(terms_of(q.text)) - {stem(w) for w in ("who", "hold", "holds", "record", "holder", "held")}
    wanted = _expand(want)
    names = _proper_names(q.text)
    own = _stems(" ".join(names))
    items: list[Item] = []
    for a in docs:
        where = _searchable(a)
        # a follow-up may call the record "her national record" without naming the country: it counts,
        # below the sources that name it, when it shares two of the question's other words
        unnamed = bool(names) and not _names_in(names, q.text, where)
        if unnamed and len(wanted & _stems(where)) < 2:
            continue
        lead = _stems(_head_of(a))
        for s0, s1 in split(a.doc.text):
            sent = a.doc.text[s0:s1]
            if not _RECORD_WORD.search(sent) or _PERSONAL_BEST.search(sent):
                continue
            hit = wanted & (_stems(sent) | lead)
            if want and not hit:
                continue
            for raw, (b, e, former) in _record_names(sent).items():
                name = _winner_name(_POSSESSIVE.sub("", raw))
                if not name or name.split()[0].lower() in _RECORD_SKIP or _PLACE_BEFORE.search(sent, 0, b):
                    continue  # "Fiona Galbraith from Port Ardle became the fastest": a place, not a holder
                if _stems(name) <= own:
                    continue  # the question's own names
                if _other_division(q.text, sent[max(0, b - 60) : e + 60]):
                    continue  # "The men's record of 3 hours 9 minutes is held by Euan Baird"
                label = sent[sent.rfind("\n", 0, b) + 1 : b]
                if label.rstrip().endswith(":") and any(
                    own.search(q.text) and not own.search(label) for own, _other in _DIVISIONS
                ):
                    continue  # "Wheelchair course record: Aaron Pike-Davies" for the men's record
                c = Claim(
                    doc_id=a.doc.id,
                    start=s0 + b,
                    end=s0 + e,
                    kind="role",
                    subject=q.scope,
                    attribute="record",
                    value=name,
                    polarity="asserted",
                    sentence_start=s0,
                    sentence_end=s1,
                    rule="role.record.former" if former else "role.record",
                )
                score = 2.0 + len(hit) - (1.0 if unnamed else 0.0)
                items.append(_doc_item(a, c, _surname(name), score, clusters.get(a.doc.id, 0)))
    # a one-word name ("Fiona's record", "Lunn takes Varo's record") is the full name that shares it, and
    # is dropped when no source gives it in full ("Schoolgirl, 17, breaks ... record")
    full = {w.lower(): i.key for i in items if " " in i.claim.value for w in i.claim.value.split()}
    items = [
        i if " " in i.claim.value else replace(i, key=full[i.claim.value.lower()])
        for i in items
        if " " in i.claim.value or i.claim.value.lower() in full
    ]
    # a source naming one holder both ways tells its news first: "Signe Varo won back her national record"
    # opens a story that later says Lunn's time "had taken the record from Varo"
    first: dict[tuple[str, str], bool] = {}
    for i in sorted(items, key=lambda i: i.claim.start):
        first.setdefault((i.doc_id, i.key), i.history)
    items = [i for i in items if i.history == first[(i.doc_id, i.key)]]
    return _Slot(tuple(items), (), (), False, supersedes=_supersedes(items))


def _searchable(a: Analyzed) -> str:
    """A source's title, text and address, lowercased, to look for the question's names in."""
    return f"{a.doc.title or ''} {a.doc.text} {a.doc.url or ''}".lower()


def _common_noun(name: str, docs: Sequence[Analyzed]) -> bool:
    """A one-word "name" that a source writes in lower case is a common noun capitalised by its place:
    "Grandmaster wins town's chess open" beside "A Polish grandmaster won"."""
    if " " in name.strip():
        return False
    low = re.compile(rf"\b{re.escape(name.lower())}\b")
    return name != name.lower() and any(low.search(a.doc.text) for a in docs)


def _beside_the_winner(items: list[Item]) -> list[Item]:
    """One winner that several stories name in sentences about the contest sets aside a name that a
    single story's sentence gives without naming the contest: "Salo won her final game" in a report of the
    open Wierzba won."""
    stories: dict[str, set[int]] = {}
    for i in items:
        if i.score > 2.0:
            stories.setdefault(i.key, set()).add(i.cluster)
    strong = {k for k, s in stories.items() if len(s) >= 2}
    if len(strong) != 1:
        return items
    return [i for i in items if i.key in strong or i.score > 2.0]


def _same_person(x: Item, y: Item) -> bool:
    return x.key == y.key


# --------------------------------------------------------------------------------------------- date slot


_REPORTING_DATE = re.compile(
    r"\b(?:said|says|told|announced|reported|confirmed|published|released|statement|data showed)\b"
    r"[^.;]{0,25}?\b(?:on|in|this|last)?\s*$",
    re.I,
)


_EVENT_WORDS = frozenset(
    stem(w)
    for w in """open reopen launch start begin close end deadline finish complete release arrive held hold
    due expire resume sworn debut premiere take effect force apply vote election""".split()
)
# the year in a law's or an order's title names it ("the Road Traffic Regulation Act 1984"): no event date
_TITLE_YEAR = re.compile(
    r"\b(?:Act|Acts|Regulations|Order|Bill|Rules|Directive|Treaty|Convention)\s+(?:of\s+)?$"
)
# a date still ahead, or one a source moved the event to ("has been delayed to March 2027")
_FUTURE = re.compile(
    r"\b(?:will|shall|due|scheduled|set to|expected to|plans? to|is to|are to|delayed|postponed|"
    r"pushed back|moved|rescheduled|brought forward)\b",
    re.I,
)
_FUTURE_Q = re.compile(r"^when\s+(?:will|does|do|is|are)\b", re.I)
_AND_WHEN = re.compile(r",?\s+and\s+when\b", re.I)
_NOT_DATE = re.compile(r"\bnot\s+(?:on\s+|until\s+|by\s+)?(?:the\s+)?$", re.I)
# "will not reopen in mid-May as planned": the plan it drops is the event's former date, not a false claim
_NOT_ANY_MORE = re.compile(
    r"\b(?:not|no longer)\s+(?:be\s+)?\w+(?:ed|en)?\s+(?:on|in|by)\s+(?:the\s+)?$", re.I
)
# A date the event has moved away from: "postponed from March 3 to March 19", "originally due to launch on
# March 14", "had been scheduled for June", "Previous date: March 19". Matched on the text before the date.
_FORMER_DATE = re.compile(
    r"(?:\b(?:postponed|delayed|pushed back|put off|moved|rescheduled|brought forward|slipped|shifted)\s+from"
    r"|\b(?:originally|initially|first)\s+(?:been\s+)?(?:set|scheduled|planned|due|slated|expected|meant)\b"
    r"|\b(?:had|have|has)\s+been\s+(?:set|scheduled|planned|due|slated|expected)\b"
    r"|\b(?:previous|former|original|old|earlier)\s+(?:\w+\s+)?date\b)[^.;:]{0,40}?$"
    r"|\b(?:later|earlier|sooner)\s+than\s+(?:the\s+|its\s+)?(?:\w+\s+)?$|\binstead\s+of\s+(?:the\s+)?$"
    r"|\b(?:previous|former|original|old|earlier)\s+(?:\w+\s+)?date\s*:\s*$",
    re.I,
)
# A report that the date changed ("delayed to April 2", "now set for April 19", "New launch date:") naming
# what the question names stays a candidate beside the best match: an update words the event more briefly.
_DATE_CHANGED = re.compile(
    r"\b(?:postponed|delayed|pushed back|put back|put off|moved|rescheduled|brought forward|slipped|slips|"
    r"shifted|now (?:set|scheduled|planned|due|expected|slated|take place|be held)|new (?:\w+ )?date|"
    r"now (?:plans?|aims?|intends?|hopes?|expects?) to|"
    r"revised (?:\w+ )?date)\b",
    re.I,
)
# what joins one former date to the next in a list of them: "in September and then in November"
_THEN_ALSO = re.compile(r"\s*,?\s*(?:and|or)?\s*(?:then|later)?\s*(?:in|on|for|at)?\s*(?:the\s+)?", re.I)
# cues too weak to refute a date named in a sentence that does not repeat the question
_NOT_DATE_CUES = frozenset({"correction", "corrected", "in error"})


def _events_in(text: str) -> set[str]:
    """The events a question's words name: its date sits in the clause with that word."""
    words = [w for w in _WORD_RE.findall(text) if w[0].islower()]
    # a compound names its event by its last part: a "by-election" is an election, a "re-launch" a launch
    events = {stem(w.rsplit("-", 1)[-1]) for w in words} & _EVENT_WORDS
    # the question's own participle names its event too ("due to be sentenced", "was the bridge rebuilt")
    events |= {
        stem(w)
        for w in words
        if (w.endswith("ed") or w in _IRREGULAR_PARTICIPLES) and w not in _PLAN_WORDS and w not in _STOP
    }
    if _AGAIN.search(text):
        # "When are trains due to run through the tunnel again?" asks when it reopens or resumes
        events |= _RESUMING
    return events | ({"open"} if "reopen" in events else set())


_AGAIN = re.compile(r"\b(?:again|back)\s*\??\s*$|\bagain\b", re.I)
_RESUMING = frozenset(stem(w) for w in "reopen open resume return restart".split())


def _date_slot(q: Question, docs: Sequence[Analyzed], clusters: dict[str, int]) -> _Slot:
    """The date of the event asked about, or of each event ("when will it close, and when reopen?")."""
    groups = [e for part in _AND_WHEN.split(q.text) if (e := _events_in(part))]
    if len(groups) > 1 and all(g - groups[0] for g in groups[1:]):
        slots = [_event_date_slot(q, docs, clusters, g) for g in groups]
        if all(sl.items for sl in slots) and len({i.key for sl in slots for i in sl.items}) > 1:
            return _Slot(
                tuple(i for sl in slots for i in sl.items),
                tuple(i for sl in slots for i in sl.refuted),
                tuple(dict.fromkeys(n for sl in slots for n in sl.notes)),
                True,
                supersedes=frozenset().union(*(sl.supersedes for sl in slots)),
            )
    return _event_date_slot(q, docs, clusters, _events_in(q.focus))


def _event_date_slot(
    q: Question, docs: Sequence[Analyzed], clusters: dict[str, int], events: set[str]
) -> _Slot:
    want = set(q.terms)
    future = _FUTURE_Q.match(q.text.strip()) is not None
    q_words = {w.lower() for w in _WORD_RE.findall(q.text)} - _STOP
    names = {stem(n) for n in _proper_names(q.text)}
    want_x = _expand(want)
    items: list[Item] = []
    bad: list[Item] = []
    # refuted dates in sentences that do not repeat the question ("texts claiming voters should vote on
    # October 13 are false"): a false date is stated about the event, not about the question's words
    loose: list[Item] = []
    moved_from: set[tuple[str, int]] = set()  # sentences that name a date the event moved away from
    for a in docs:
        # A story headed by the name asked about ("Valve problem delays Helios-2") may shorten it in the body
        # ("the launch has been postponed"): its heading's words count for each sentence naming the event.
        first = a.doc.text[: max(0, a.doc.text.find("\n"))].strip()
        heading = 0 < len(first) <= 100 and first[-1] not in '.!?"”'
        head = _stems(first) if names and heading else set()
        titled = head if names & head else set()
        # a story that names everything the question names is about it: an event date in it need not
        # repeat the names ("The musical, originally due to open on 12 March, will now open on 7 May")
        whole = bool(names) and names <= _stems(a.doc.text)
        # "... texts which say the rebate will be paid on 1 March. These messages are a scam.": a date in a
        # report that a later sentence refutes is refuted
        targets = [(t0, t1) for t0, t1, _, _ in _later_verdicts(a)]
        dates = [t for t in a.timexes if t.type == "DATE"]
        for t in dates:
            iv = timex_interval(t.value)
            if iv is None or _REPORTING_DATE.search(a.doc.text, max(0, t.start - 40), t.start):
                continue
            if len(t.value) == 4 and _TITLE_YEAR.search(a.doc.text, max(0, t.start - 20), t.start):
                continue
            if _WEEKDAY_SPAN.match(a.doc.text, t.start) or _WEEKDAY_SPAN_END.search(
                a.doc.text, max(0, t.start - 24), t.end
            ):
                continue  # "open Monday to Saturday": days of the week it runs, not a date
            lo = max(0, a.doc.text.rfind("\n", 0, t.start))
            sent_lo = max(lo, a.doc.text.rfind(". ", 0, t.start))
            ends = [e for e in (a.doc.text.find(". ", t.end), a.doc.text.find("\n", t.end)) if e >= 0]
            sent_hi = min(ends) if ends else len(a.doc.text)  # a header line is not part of the next one
            sent = a.doc.text[sent_lo:sent_hi]
            at, end = t.start - sent_lo, t.end - sent_lo
            c_lo, c_hi = clause_around(sent, at, end)
            if len(sent) <= 80 and sent[:at].rstrip().endswith(":"):
                c_lo = 0  # a field line ("New launch date: April 2"): its label says what the date is
            clause = sent[c_lo:c_hi]
            clause_stems = _stems(clause)
            sent_stems = _stems(sent)
            # "postponed from March 3 to March 19", "now set for April 19": a change of date names its event
            moved_to = _DATE_CHANGED.search(sent, max(0, at - 50), at) is not None
            labelled_old = c_lo == 0 and _FORMER_DATE.search(sent, 0, at) is not None
            near = moved_to or _next_to_event(
                clause, at - c_lo, end - c_lo, events, [(u.start - sent_lo - c_lo) for u in dates]
            )
            on_event = labelled_old or (bool(events and events & _expand(clause_stems)) and near)
            seen = sent_stems | titled if on_event else sent_stems
            overlap = len(want_x & seen)
            needed = max(1, int(0.5 * len(want) + 0.5))
            if on_event and names and names <= seen:
                needed = min(needed, len(names) + 1)  # the name and the event: "the launch of Helios-2"
            elif on_event and whole:
                needed = min(needed, 1 if moved_to else 2)  # "The new opening date is 18 January 2025"
            if not want or overlap < needed:
                # "texts claiming voters should vote on October 13 are false": a refuted event date in a
                # sentence that does not repeat the question
                if (
                    want
                    and (cue := refutation_of(sent))
                    and cue not in _NOT_DATE_CUES
                    and _EVENT_WORDS & clause_stems
                ):
                    c0 = _date_claim(a, t, q.focus, sent_lo, sent_hi, "date.timex.refuted-report", "refuted")
                    loose.append(_doc_item(a, c0, t.value, 0.0, clusters.get(a.doc.id, 0), dated_by_doc=True))
                continue
            score = float(overlap)
            if on_event:
                score += 2.0  # the date of the event asked about ("will reopen on June 7"), not another
                if future and _FUTURE.search(clause):
                    score += 0.5
            said = {w.lower() for w in _WORD_RE.findall(t.text)}
            shared = said & q_words
            if shared and (said <= q_words or not all(w.isdigit() for w in shared)):
                # "the November election": a date the question itself names is not the answer, but a day of
                # the year it names ("the 2025 festival" opens on "16 October 2025") may be
                score -= 1.5
            refuted = (
                bool(refutation_of(sent))
                or bool(_NOT_DATE.search(sent, max(0, at - 16), at))
                or any(t0 <= t.start < t1 for t0, t1 in targets)
            )
            # a date the event moved away from is its history, whatever else the clause says
            fm = _FORMER_DATE.search(sent, max(0, c_lo, at - 90), at)
            between = [u for u in dates if fm is not None and fm.start() <= u.start - sent_lo < at]
            former = (
                fm is not None
                # "postponed from March 3 to March 19" names the new date after the old one; "had been due
                # to reopen in September and then in November" lists old dates one after another
                and (not between or _THEN_ALSO.fullmatch(sent, between[-1].end - sent_lo, at) is not None)
            ) or _NOT_ANY_MORE.search(sent, max(0, at - 30), at) is not None
            if former:
                moved_from.add((a.doc.id, sent_lo))
            elif (a.doc.id, sent_lo) in moved_from and on_event and (iv[1] - iv[0]).days <= 31:
                moved_to = True  # "originally due to open on 12 March, will now open on 7 May"
            changed = moved_to and not former and bool(names) and (names <= seen or whole)
            tail = ".refuted" if refuted else ".history" if former else ".changed" if changed else ""
            rule = "date.timex" + tail
            c = _date_claim(a, t, q.focus, sent_lo, sent_hi, rule, "refuted" if refuted else "asserted")
            it = _doc_item(a, c, c.value, score, clusters.get(a.doc.id, 0), dated_by_doc=True)
            (bad if refuted else items).append(it)
    # a date refuted anywhere ("claiming the deadline was moved to October 28 are false") is refuted
    # everywhere; only refuted dates about the event asked count
    if items or bad:
        best = max(i.score for i in (*items, *bad))
        bad = [i for i in bad if i.score >= best - 1.0 - 1e-9]
        # a loose refuted date counts only in a document that speaks of the question elsewhere, and never
        # against a date some source states for the question itself
        on_topic = {i.source.doc.id for i in (*items, *bad)}
        stated = {i.key for i in items}
        bad.extend(
            replace(i, score=best) for i in loose if i.source.doc.id in on_topic and i.key not in stated
        )
    bad_keys = {i.key for i in bad}
    refuted_items = [*bad, *(i for i in items if i.key in bad_keys)]
    items = [i for i in items if i.key not in bad_keys]
    agreed = _years_agreed(items)
    items = _best_dates(agreed)
    parts = False
    if _SEVERAL_Q.search(q.text):
        # "When will the two renovated wings reopen?": each source's own best date may be another part's
        more = _each_source_best(agreed, items)
        items, parts = items + more, bool(more)
    notes = tuple(
        dict.fromkeys(
            f'{i.claim.value} is refuted in [{i.label}]: "{_clip(_sentence(i.source, i.claim))}"'
            for i in refuted_items
            if i.claim.polarity == "refuted"
        )
    )
    # "When do the new Ravensmoor and Holt Cross stations open?": one date for each named part
    qparts = _question_parts(q.text)
    if qparts and len({i.key for i in items}) > 1:
        split_items = _one_per_part(items, qparts)
        if split_items is not None:
            items, parts = split_items, True
    return _Slot(tuple(items), tuple(refuted_items), notes, parts, supersedes=_supersedes(items))


_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?"
_WEEKDAY_SPAN = re.compile(_WEEKDAY + r"\s*(?:to|-|–|through|till|until)\s*" + _WEEKDAY + r"\b(?!\s*,?\s*\d)")
_WEEKDAY_SPAN_END = re.compile(_WEEKDAY + r"\s*(?:to|-|–|through|till|until)\s*" + _WEEKDAY + r"$")
_SEVERAL_Q = re.compile(r"\b(?:two|three|four|five|both|each)\s+(?:[\w-]+\s+){0,2}[a-z-]+s\b", re.I)
_PART_MARGIN = 2.0  # how far below the best a source's own best date may score and still be a part


def _each_source_best(items: Sequence[Item], kept: Sequence[Item]) -> list[Item]:
    """For each source without a kept date, its best-scoring date when near the best and not kept."""
    current = [i for i in items if not i.history]
    if not current:
        return []
    best = max(i.score for i in current)
    have_docs = {i.doc_id for i in kept}
    have_keys = {i.key for i in kept}
    out: list[Item] = []
    for doc_id in dict.fromkeys(i.doc_id for i in current):
        if doc_id in have_docs:
            continue
        top = max((i for i in current if i.doc_id == doc_id), key=lambda i: i.score)
        if top.score >= best - _PART_MARGIN and top.key not in have_keys:
            out.append(top)
            have_keys.add(top.key)
    return out


def _date_claim(
    a: Analyzed, t: TimeExpr, subject: str, sent_lo: int, sent_hi: int, rule: str, polarity: Polarity
) -> Claim:
    """The event-date claim a time expression makes for the date slot (the day of "Tuesday evening")."""
    return Claim(
        doc_id=a.doc.id,
        start=t.start,
        end=t.end,
        kind="event",
        subject=subject,
        attribute="date",
        value=t.value.split("T", 1)[0] if _TX_TIME_OF_DAY.fullmatch(t.value) else t.value,
        sentence_start=sent_lo,
        sentence_end=sent_hi,
        rule=rule,
        polarity=polarity,
    )


_YEAR_WORD = re.compile(r"\b(?:1[89]|20)\d\d\b")
_TX_TIME_OF_DAY = re.compile(r"\d{4}-\d\d-\d\dT.+")
_TX_DAY = re.compile(r"\d{4}-\d\d-\d\d")
# participles of planning, not events: "expected to open" names the opening
_PLAN_WORDS = frozenset("expected scheduled planned slated supposed needed required allowed set".split())


def _claim_text(i: Item) -> str:
    return i.source.doc.text[i.claim.start : i.claim.end]


def _years_agreed(items: Sequence[Item]) -> list[Item]:
    """A year-less date ("due to be sentenced on 12 June") in a document whose year is only inferred is the
    same day another source states with its year ("adjourned to 12 June 2024"), not a year earlier."""
    # per item: its month and day (a day value only), and whether its year is stated
    days = [
        (
            i.key[5:10] if _TX_DAY.fullmatch(i.key) else None,
            bool(_YEAR_WORD.search(_claim_text(i))) or is_stated(i.source.date),
        )
        for i in items
    ]
    firm: dict[str, set[str]] = {}
    for i, (day, stated) in zip(items, days, strict=True):
        if day is not None and stated:
            firm.setdefault(day, set()).add(i.key)
    out: list[Item] = []
    for i, (day, stated) in zip(items, days, strict=True):
        same = firm.get(day) if day is not None and not stated else None
        if same is not None and len(same) == 1 and i.key not in same:
            (v2,) = same
            i = replace(i, key=v2, claim=replace(i.claim, value=v2))
        out.append(i)
    return out


def _next_to_event(clause: str, at: int, end: int, events: set[str], others: Sequence[int]) -> bool:
    """No other date stands between the event word and this date: in "will open on June 14, following
    testing carried out in April" June 14 is the opening's date and April belongs to the testing."""
    want = _expand(events)
    for m in _WORD_RE.finditer(clause):
        if stem(m.group(0).lower()) not in want:
            continue
        if m.end() <= at:
            lo, hi = m.end(), at
        elif m.start() - end <= 25:  # "the June 7 reopening", not "since January 8 ..., to reopen by May 15"
            if any(m.end() <= o <= m.end() + 15 for o in others):
                continue  # "unveiled on Tuesday, opens on Thursday 16 October": the event has its own date
            lo, hi = end, m.start()
        else:
            continue
        if not any(lo <= o < hi for o in others):
            return True
    return False


def _best_dates(items: Sequence[Item]) -> list[Item]:
    """The dates that match the event best, and the reports that it moved: a document's best date when
    its sentence says the date changed and comes near the best match, with the dates it moved from."""
    current = [i for i in items if not i.history]
    if not current:
        return []
    best = max(i.score for i in current)
    keep = [i for i in current if i.score >= best]
    moved: dict[str, float] = {}
    for i in current:
        if i.score < best and ".changed" in i.claim.rule:
            moved[i.doc_id] = max(moved.get(i.doc_id, i.score), i.score)
    keep += [
        i for i in current if i.score < best and ".changed" in i.claim.rule and moved.get(i.doc_id) == i.score
    ]
    # "late July" and "July 26" are one date told twice: the coarser one is no rival
    spans = {i.key: timex_interval(i.claim.value) for i in keep}
    finer = [v for v in spans.values() if v is not None]
    keep = [
        i
        for i in keep
        if (v := spans[i.key]) is None
        or not any(v[0] <= f[0] and f[1] <= v[1] and (f[1] - f[0]) < (v[1] - v[0]) for f in finer)
    ]
    kept_docs = {i.doc_id for i in keep}
    keep += [i for i in items if i.history and i.doc_id in kept_docs]
    return keep


# --------------------------------------------------------------------------------------------- yes/no

_NEGATION = re.compile(
    r"\b(?:no|not|never|none|nor|n[o']t|without|denied|denies|deny|rejected|ruled out|no longer|neither)\b"
    r"|n[’']t\b",
    re.I,
)
_POSITIVE = re.compile(
    r"\b(?:benefit(?:s|ed|ial)?|improv(?:e|es|ed|ing)|protect(?:s|ed|ive)?|lower(?:s|ed)? (?:the )?risk|"
    r"reduc(?:e|es|ed) (?:the )?risk|safe|healthy|effective|helps?|good|positive|boost(?:s|ed)?|"
    r"support(?:s|ed)?|"
    r"favou?r(?:s|ed)?|back(?:s|ed)|advantage|gains?|outstanding|excellent|success(?:ful)?|strong|"
    r"performing well|doing well)\b",
    re.I,
)
_NEGATIVE = re.compile(
    r"\b(?:harm(?:s|ed|ful)?|damag(?:e|es|ed|ing)|risk(?:s|y)?|danger(?:ous)?|unsafe|unhealthy|ineffective|"
    r"hurts?|bad|negative|linked to|raises? (?:the )?risk|increas(?:e|es|ed) (?:the )?risk|oppos(?:e|es|ed)|"
    r"against|critici[sz](?:e|es|ed)|worse|worsen(?:s|ed)?|threat|concerns?|warn(?:s|ed)?|inadequate|"
    r"requires improvement|special measures|failing|poor(?:ly)?|weak|disappointing|uneven)\b",
    re.I,
)
_EVALUATIVE_Q = re.compile(
    r"\b(?:good|bad|safe|safer|healthy|healthier|harmful|effective|dangerous|beneficial|worth|better|worse|"
    r"help|hurt|should|support|oppose|benefit|responsible for|to blame|blame|improve|improved|reduce|"
    r"reduced|work|worked|working|works|succeed|succeeded|succeeding|fail|failed|failing|justified|fair|right|"
    r"wrong|correct|mistake|value for money|"
    r"performing well|doing well)\b",
    re.I,
)
_QUOTE_MARK = re.compile(r"[\"“”]")
# Verdict language of opinion writing: a side says what is right or what should be done.
_VERDICT_FOR = re.compile(
    r"\b(?:should|must|ought to|right|correct|clear|justified|fair|worth|in favou?r|welcomed?|backs?|"
    r"support(?:s|ed|ing)?|calls? for|urged?)\b",
    re.I,
)
_VERDICT_AGAINST = re.compile(
    r"\b(?:wrong|mistake|insult|unfair|unjustified|stop|end(?:ing)?|scrap|oppos(?:e|es|ed|ing)|against|"
    r"objects?|fears?|harm(?:s|ful)?|danger(?:ous)?|unsafe|risk)\b",
    re.I,
)
# A source contests the claim the question asks about: it takes the "no" side whatever words it repeats.
_CONTEST = re.compile(
    r"\b(?:challeng|disput|question|reject|dismiss|contest)\w*\s+(?:the\s+|a\s+|this\s+)?(?:[\w-]+(?:'s|’s)\s+)?"
    r"(?:\w+\s+)?(?:claims?|arguments?|assertions?|idea|notion|conclusions?|findings?|figures?|view|link)\b"
    r"|\b(?:do|does|did)\s+not\s+accept\b|\bnot\s+convinced\b|\bunconvinced\b|\bsceptic|\bskeptic"
    r"|\boverstat|\bexaggerat|\bnot\s+a\s+trend\b|\bdoesn[’']t\s+tell\s+the\s+whole\s+story"
    r"|\bdon[’']t\s+tell\s+the\s+whole\s+story|\brather\s+than\b"
    # a claim retold to be doubted: "wants you to believe the ban is working", "taking credit for the rain"
    r"|\bwants?\s+(?:you|us|people|the\s+public|customers|residents|voters)\s+to\s+believe\b"
    r"|\bwould\s+have\s+(?:you|us)\s+believe\b|\btak(?:ing|es?)\s+credit\s+for\b|\bsmokescreen\b"
    r"|\bsticking[\s-]plaster\b"
    # findings of no effect: "no statistically significant change", "too early to say"
    r"|\bno\s+(?:clear\s+|statistically\s+significant\s+|significant\s+|measurable\s+|real\s+|lasting\s+)?"
    r"(?:change|effect|impact|difference|improvement|benefit|link)\b|\bnot\s+proof\b|\btoo\s+early\s+to\s+(?:say|tell)\b",
    re.I,
)


_RESTORED = re.compile(r"\b(?:reopen(?:ed|s)|resum(?:ed|es)|back open|back in business)\b", re.I)
_DELAYED = re.compile(r"\b(?:postponed|delayed|pushed back|put off|rescheduled)\b", re.I)
# States whose opposite answers a status question the other way (stems).
_OPPOSITE_STATE: dict[str, frozenset[str]] = {
    "open": frozenset({"clos", "shut"}),
    "reopen": frozenset({"clos", "shut"}),
    "clos": frozenset({"open", "reopen"}),
    "shut": frozenset({"open", "reopen"}),
    "suspend": frozenset({"resum", "restart"}),
    "resum": frozenset({"suspend", "halt"}),
    "convict": frozenset({"acquitt", "clear"}),
    "guilty": frozenset({"acquitt", "clear"}),
    "approv": frozenset({"reject", "refus", "block"}),
}
# Directions of change: "Will prices rise?" is answered no by "prices will fall by 2.5%", "Is the hub
# reducing waits?" by "the waiting list has grown by 8%" (stems, as :func:`stem` gives them).
_UPWARD = frozenset("rise rose risen rising climb increas grow grew grown jump soar higher up".split())
_DOWNWARD = frozenset(
    "fall fell fallen drop dropp declin decreas reduc lower shrink shrank slump slid fewer cut cutt".split()
)
_OPPOSITE_STATE.update({w: _DOWNWARD for w in _UPWARD} | {w: _UPWARD for w in _DOWNWARD})


# A status question about a rule or measure, and the words that end or keep one (stems).
_IN_FORCE_Q = re.compile(
    r"\b(?:in\s+(?:force|place|effect|operation)|still\s+(?:on|active|running|valid|banned|applies|apply))\b",
    re.I,
)
_ENDED = frozenset(
    stem(w) for w in "lifted ended expired revoked rescinded repealed scrapped withdrawn".split()
)
_IN_FORCE = frozenset(stem(w) for w in "force remains extended imposed".split())


@dataclass(frozen=True, slots=True)
class _Stmt:
    source: Analyzed
    start: int
    end: int
    sign: int  # +1 yes, -1 no
    refutes: bool
    score: float
    speaker: str = ""
    reverses: bool = False
    targeted: bool = False  # a report a later verdict calls false ("CLAIM: ..." then "VERDICT: False.")


# A later announcement that reverses an earlier one.
_REVERSAL = re.compile(
    r"\b(?:scrap(?:ped|ping|s)?|revers(?:ed|es|ing)|call(?:ed|s|ing)? off|cancel(?:l?ed|s|ling)?|"
    r"abandon(?:ed|s|ing)?|dropp(?:ed|ing) (?:its|the|their) plans?|no longer|u-turn|backtrack(?:ed|s)?|"
    r"will (?:now )?(?:stay|remain) open|will keep (?:it|the \w+) (?:open|running))\b",
    re.I,
)


def _later_verdicts(a: Analyzed) -> list[tuple[int, int, int, str]]:
    """The source's verdicts on a report told before them ("posts claiming X. This is not true."): the
    report's span, where the verdict's sentence starts, and its cue."""
    return [
        (c.targets[0], c.targets[1], c.sentence_start, c.value)
        for c in a.claims
        if c.kind == "refutation" and c.targets is not None and c.targets[0] < c.sentence_start
    ]


# A subject named by a common noun: what a story calls the scheme after naming it once.
_ANAPHOR_SUBJECT = re.compile(
    r"\b(?:the|this|our|their|its)\s+(?:scheme|project|programme|program|pilot|trial|plan|policy|initiative|"
    r"service|system|measure|experiment|changes?|lane|ban|rules?|scheme's)\b",
    re.I,
)


def _yesno(
    q: Question, docs: Sequence[Analyzed], clusters: dict[str, int]
) -> tuple[Answer | None, list[str], list[_Stmt]]:
    want = set(q.terms)
    if not want:
        return None, ["the question has no content words"], []
    # the predicate words (lowercase in the question) must appear: they say what is asked about
    pred = {stem(w) for w in _WORD_RE.findall(q.focus) if w.islower() and w.lower() not in _STOP}
    evaluative = bool(_EVALUATIVE_Q.search(q.text))
    normative = bool(_NORMATIVE_Q.match(q.text))
    opposite = {o for p in pred for o in _OPPOSITE_STATE.get(p, ())}
    state = {p for p in pred if p in _OPPOSITE_STATE} | {"re" + p for p in pred if p in _OPPOSITE_STATE}
    for direction in (_UPWARD, _DOWNWARD):
        if pred & direction:
            state |= direction  # "rose" states a rise as much as "rise" does
    if _IN_FORCE_Q.search(q.text):
        # "Is the hosepipe ban still in force?" is answered no by "the ban was lifted"
        opposite |= _ENDED
        state |= _IN_FORCE
    judged = sorted(
        {m.group(0).lower() for m in _EVALUATIVE_Q.finditer(q.focus)} - {"should", "blame", "to blame"}
    )
    q_judgment = re.compile(
        r"\b(?:" + "|".join(map(re.escape, judged)) + r")\b" if judged else r"(?!x)x", re.I
    )
    need = max(2, int(0.5 * len(want) + 0.5)) if len(want) > 2 else len(want)
    # the question's own head noun ("bus lane", "low-traffic neighbourhood") names the subject in later
    # sentences too
    head = {stem(w) for w in _WORD_RE.findall(q.focus.lower())[-1:]}
    wanted = _expand(want)
    # "Has Gareth Lyle been found guilty?": a sentence about another named person ("His co-defendant,
    # Lorna Pease, 44, was found not guilty") does not answer it
    q_people = [m.group(0) for m in _FULL_NAME.finditer(q.text) if _a_person(m.group(0), docs)]
    q_surnames = {n.split()[-1].lower() for n in q_people}
    stmts: list[_Stmt] = []
    for a in docs:
        # a judgment in a story about the subject may name it by a common noun only ("The scheme is
        # working", said of the Southside low-traffic neighbourhood)
        about_doc = evaluative and len(wanted & _stems(a.doc.text)) >= need
        ref_sents = {c.sentence_start: c for c in a.claims if c.kind == "refutation"}
        # where the reports start that a verdict in a later sentence refutes
        targeted = [t0 for t0, _, _, _ in _later_verdicts(a)]
        for s0, s1 in split(a.doc.text):
            sent = a.doc.text[s0:s1]
            st = _stems(sent)
            hit = wanted & st
            if opposite & st:
                # the opposite of the question's predicate speaks to it: "prices will fall" to "rise"
                hit |= pred & _OPPOSITE_STATE.keys()
            if len(hit) < need and not (about_doc and (_ANAPHOR_SUBJECT.search(sent) or (hit and head & st))):
                continue
            if evaluative:
                pos_spans = [m.span() for m in _POSITIVE.finditer(sent)]
                # the question's own judgment word ("safer", "improved") stated about the subject
                pos_spans += [m.span() for m in q_judgment.finditer(sent) if m.span() not in pos_spans]
                neg_found = list(_NEGATIVE.finditer(sent))
                if normative:  # "should we ...": what a side says should or should not be done
                    pos_spans += [m.span() for m in _VERDICT_FOR.finditer(sent) if m.span() not in pos_spans]
                    neg_found += _VERDICT_AGAINST.finditer(sent)
                pos = len(pos_spans)
                neg = len(
                    {
                        m.span()
                        for m in neg_found
                        if not any(x < m.end() and m.start() < y for x, y in pos_spans)
                    }
                )
                contest = _CONTEST.search(sent) is not None
                if pos == neg and not contest:
                    continue
                sign = 1 if pos > neg else -1
                if _NEGATION.search(sent):
                    sign = -sign
                if re.search(r"\b(?:bad|harmful|dangerous|unsafe|worse|hurt|oppose)\b", q.focus, re.I):
                    sign = -sign
                if contest:
                    sign = -1
            else:
                sign = 1
                if pred and not (_expand(pred) & st) and not (opposite & st):
                    continue
                if q_people and _about_someone_else(sent, q_surnames, docs):
                    continue
                if opposite & st and not (state & st):
                    sign = -1  # "Is the tunnel open?" answered "the tunnel was closed": the opposite state
                elif state & st and _DELAYED.search(sent):
                    sign = -1  # "reopening has been postponed to April": not open yet
                if _NEGATION.search(sent):
                    sign = -sign
            c = ref_sents.get(s0)
            # a refutation must target a report ("the memo was fake"); "a study found no evidence
            # that ..." is a finding, one side of a debate
            refutes = bool(refutation_of(sent))
            target = not refutes and any(s0 <= t0 < s1 for t0 in targeted)
            if target:
                # "posts claiming that the libraries will charge £1. This is not true.": the report the
                # next sentence calls false is the refuted side, not a source's own yes
                refutes, sign = True, -sign
            reverses = _REVERSAL.search(sent) is not None
            if reverses:
                sign = -sign  # "scrapping its plan to close the plant": the plan no longer holds
            elif state & st and _RESTORED.search(sent) and sign > 0:
                reverses = True  # "the tunnel reopened": a change back that outdates reports of the closure
            elif sign < 0 and opposite & _ENDED & st:
                reverses = True  # "the ban was lifted": an end that outdates reports of the ban
            speaker = (c.speaker if c else "") or speaker_of(sent)
            stmts.append(_Stmt(a, s0, s1, sign, refutes, float(len(hit)), speaker, reverses, target))
    if not stmts:
        return None, ["no sentence speaks about: " + ", ".join(sorted(want))], []
    return None, [], _satire_refuted(stmts)


_FULL_NAME = re.compile(r"\b[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)+\b")


def _about_someone_else(sent: str, surnames: set[str], docs: Sequence[Analyzed]) -> bool:
    """Does a sentence name a person other than the question's, and none of the question's people?"""
    if any(re.search(rf"\b{re.escape(n)}\b", sent, re.I) for n in surnames):
        return False
    return any(_a_person(m.group(0), docs) for m in _FULL_NAME.finditer(sent))


# A publication or account that says of itself that it makes things up ("The Dribble is a satirical
# publication. Nothing on this site is true."; an account bio "Parody. Not affiliated with ...").
_SATIRE_SELF = re.compile(
    r"\b(?:is|are)\s+(?:an?\s+)?(?:satirical|satire|parody|spoof|humou?r)\s+(?:publication|site|website|"
    r"account|page|outlet|newspaper|blog|column|magazine)\b"
    r"|\bnothing (?:on|in) this (?:site|website|page|account|publication|blog) is (?:true|real)\b"
    r"|\bbio:\s*[\"“']?(?:parody|satire)\b",
    re.I,
)


def _satire_slot(slot: _Slot, lines: list[str]) -> _Slot:
    """Values a self-declared satire or parody source states are refuted by its own disclaimer."""
    gone: list[Item] = []
    for it in slot.items:
        text = it.source.doc.text
        if ("atir" in text or "arody" in text) and _SATIRE_SELF.search(text):
            gone.append(it)
    if not gone:
        return slot
    ids = {id(i) for i in gone}
    lines.append("a source declares itself satire or parody: " + ", ".join(sorted({i.label for i in gone})))
    note = tuple(
        f'{i.claim.value} is refuted in [{i.label}]: "{_clip(m.group(0))}"'
        for i in gone
        if (m := _SATIRE_SELF.search(i.source.doc.text))
    )
    return replace(
        slot,
        items=tuple(i for i in slot.items if id(i) not in ids),
        refuted=(*slot.refuted, *gone),
        notes=(*slot.notes, *dict.fromkeys(note)),
    )


def _satire_refuted(stmts: list[_Stmt]) -> list[_Stmt]:
    """A self-declared satire or parody source asserts nothing: its report is refuted by its own
    disclaimer, which takes the place of its statements."""
    out: list[_Stmt] = []
    done: set[str] = set()
    for s in stmts:
        a = s.source
        if a.doc.id in done:
            continue
        m = _SATIRE_SELF.search(a.doc.text) if "atir" in a.doc.text or "arody" in a.doc.text else None
        if m is None:
            out.append(s)
            continue
        done.add(a.doc.id)
        if not any(x.source.doc.id == a.doc.id and x.sign > 0 for x in stmts):
            out.extend(x for x in stmts if x.source.doc.id == a.doc.id)
            continue
        s0, s1 = next(((x, y) for x, y in split(a.doc.text) if x <= m.start() < y), m.span())
        best = max(x.score for x in stmts if x.source.doc.id == a.doc.id)
        out.append(_Stmt(a, s0, s1, -1, True, best, "", False))
    return out


# --------------------------------------------------------------------------------------------- stance phrases
# Opinion pieces and reports of a row state each side as a judgment in the side's own claim clause ("the
# scheme is failing", "a bargain", "would cause serious harm to curlew", "should remain available"). A
# reader needs those words, not a yes or no: they are the values of a conflicting-opinions answer.

# Questions that ask for a judgment or an effect sources can argue over.
_STANCE_Q = re.compile(
    r"\b(?:working|works?|harm|harms|damage|damaging|hurt|worth|value|success|successful|failing|lenient|"
    r"harsh|too\s+\w+|threat|risk|affect|effect|impact)\b",
    re.I,
)
# Judgments in favour and against (heads only; an intensifier before is kept by :func:`_stance_hits`). A
# present participle such as "working" is a judgment only after a copula ("the scheme is working").
_STANCE_POS = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|it's|it’s)\s+(?:\w+\s+)?)(?P<cop>working|succeeding|paying off)\b"
    r"|\b(?:a\s+)?success(?:ful)?\b|\beffective\b|\bsafe\b|\bimprov(?:ed|ing|ement|ements)\b|\bbetter\b|"
    r"\bbargain\b|\bgood value\b|\bvalue for money\b|\bmoney well spent\b|"
    r"\bworth (?:it|the money|every penny)\b|"
    r"\b(?:right|correct)\s+(?:decision|call|choice|thing)\b|\bcorrect(?:ly)?\b|\bjustified\b|"
    r"\bproportionate\b|\bappropriate\b|\bsensible\b|\bbeneficial\b|\bbenefit(?:s|ed)?\b|"
    r"\b(?:low|little|minimal)\s+risk\b|\bwelcomed?\b",
    re.I,
)
_STANCE_NEG = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|it's|it’s)\s+(?:\w+\s+)?)(?P<cop>failing|not working|backfiring)\b"
    r"|\bfail(?:ed|ure)\b|\bineffective\b|\bunsafe\b|\bharm(?:s|ed|ful)?\b|\bdamag(?:e|es|ed|ing)\b|"
    r"\bdangerous\b|\btoxic\b|\bworse(?:ned)?\b|\boverpriced\b|\boverpaid\b|\bovervalued\b|\btoo much\b|"
    r"\bover the odds\b|\bwrong\b|\bmistake\b|\bharsh\b|\bunfair\b|\bunjustified\b|\blenient\b|\bexcessive\b|"
    r"\bunnecessary\b|\bwaste of (?:money|time)\b|\bdisast(?:er|rous)\b|\bflawed\b|\bgamble\b|\binsult\b|"
    r"\bunrealistic\b|\bunworkable\b|\binadequate\b|\brisky\b|\b(?:big|huge|serious|real|major)\s+risk\b",
    re.I,
)
# "No effect" language takes the side opposite to the effect asked about: "negligible" harm is a no to
# "Would it harm birds?" and "no measurable effect" a no to "Did it improve results?".
_MINIMIZER = re.compile(
    r"\bnegligible\b|\bminimal\b|\binsignificant\b|\b(?:no|little)\s+(?:measurable\s+|significant\s+|"
    r"real\s+|lasting\s+)?(?:effect|impact|difference)\b",
    re.I,
)
_BAD_EFFECT_Q = re.compile(
    r"\b(?:harm\w*|damag\w*|hurt|risk\w*|danger\w*|worse|fail\w*|threat\w*|kill)\b", re.I
)
_INTENSIFIERS = re.compile(
    r"(?:\b(?:serious|significant|major|real|severe|lasting|huge|big|great|genuine|clear|far|too|very|so|"
    r"highly|deeply|entirely|unduly|completely|totally|utterly)\s+)+$",
    re.I,
)
_STANCE_NEGATED = re.compile(r"\b(?:not|never|no longer|hardly|n[’']t)\s+(?:\w+\s+)?$", re.I)
# What a side says should be done: "should be banned", "should remain available to tenants".
_SHOULD_CLAUSE = re.compile(
    r"\b(?:should|must|ought\s+to)\s+(?P<neg>not\s+|never\s+)?(?:(?:also|now|immediately|simply|still|"
    r"urgently|instead)\s+)?(?P<v>(?:be|remain|stay|continue\s+to\s+be)\s+)?(?P<h>[a-z][a-z-]+)",
    re.I,
)
_KEEP_AS_IS = frozenset({"remain", "stay", "continue", "keep"})
_UNDO = frozenset(
    stem(w) for w in "scrap stop end drop abandon reject withdraw reconsider rethink pause halt axe".split()
)
# Actions a "should" question may ask for that take something away: arguments for what stays are against it.
_TAKE_AWAY = frozenset(
    stem(w) for w in "ban close scrap stop end cut remove halt abolish restrict axe shut prohibit".split()
)
_WHETHER_BEFORE = re.compile(r"\b(?:whether|if)\b[^,.;:]*$", re.I)


@dataclass(frozen=True, slots=True)
class _StanceHit:
    source: Analyzed
    start: int  # the sentence
    end: int
    head: str  # what the judgment is counted by ("harm")
    phrase: str  # as the side put it ("serious harm")
    sign: int  # +1 for, -1 against
    anchored: bool  # the sentence names what the question is about
    should: bool  # a "should" clause: the direct answer to a "should" question


def _shares_stem(a: set[str], b: set[str]) -> bool:
    # "bann" (banned) and "ban": stems of one word may differ by a doubled letter or a suffix
    return any(min(len(x), len(y)) >= 3 and (x.startswith(y) or y.startswith(x)) for x in a for y in b)


def _stance_docs(q: Question, docs: Sequence[Analyzed]) -> list[Analyzed]:
    """Documents about the question: most of its proper names (a column names "Reyk", not "Tomas Reyk of
    Pellingham Albion"), else half its content words."""
    names = _proper_names(q.text)
    want = _expand(set(q.terms))
    out: list[Analyzed] = []
    for a in docs:
        low = f"{a.doc.title or ''} {a.doc.text}".lower()
        if names:
            if _most_named(names, low):
                out.append(a)
        elif want and len(want & _stems(low[:3000])) >= max(1, (len(set(q.terms)) + 1) // 2):
            out.append(a)
    return out


def _stance_hits(q: Question, docs: Sequence[Analyzed]) -> list[_StanceHit]:
    """Judgments stated in the documents about the question, each with its direction and its wording."""
    normative = bool(_NORMATIVE_Q.match(q.text))
    pred = {stem(w) for w in _WORD_RE.findall(q.focus) if w.islower() and w.lower() not in _STOP}
    judged = {stem(m.group(0)) for m in _EVALUATIVE_Q.finditer(q.focus)} | {
        stem(m.group(0)) for m in _STANCE_Q.finditer(q.focus)
    }
    topic = _expand(set(q.terms) - judged)
    effect = -1 if _BAD_EFFECT_Q.search(q.focus) else 1
    # in "Should the county ban X?" an argument that X is safe or needed is an argument against the ban
    flip = -1 if normative and pred & _TAKE_AWAY else 1
    out: list[_StanceHit] = []
    for a in _stance_docs(q, docs):
        text = a.doc.text
        for s0, s1 in split(text):
            sent = text[s0:s1]
            found: list[tuple[int, int, str, str, int, bool]] = []  # (at, end, head, phrase, sign, should)
            for pat, sign in ((_STANCE_POS, 1), (_STANCE_NEG, -1), (_MINIMIZER, -effect)):
                for m in pat.finditer(sent):
                    cop = m.groupdict().get("cop")
                    at = m.start("cop") if cop else m.start()
                    if _WHETHER_BEFORE.search(sent, max(0, at - 60), at):
                        continue  # "whether it harms bees is complicated": the question, not a side
                    head = sent[at : m.end()].lower()
                    lead = _INTENSIFIERS.search(sent, max(0, at - 40), at)
                    p0 = lead.start() if lead else at
                    s = sign * flip
                    neg = _STANCE_NEGATED.search(sent, max(0, p0 - 30), p0)
                    if neg:
                        s, head, p0 = -s, "not " + head, neg.start()
                    found.append((p0, m.end(), head, " ".join(sent[p0 : m.end()].split()), s, False))
            if normative:
                for m in _SHOULD_CLAUSE.finditer(sent):
                    if _WHETHER_BEFORE.search(sent, max(0, m.start() - 60), m.start()):
                        continue  # "asked whether fluoride should be added": the question, not a side
                    v = (m.group("v") or "").split()
                    h = m.group("h").lower()
                    if h in _STOP:
                        continue
                    words = {stem(h)}
                    if _shares_stem(words, pred):
                        sign = 1
                    elif (v and v[0].lower() in _KEEP_AS_IS) or h in _KEEP_AS_IS or words & _UNDO:
                        sign = -1
                    else:
                        continue
                    if m.group("neg"):
                        sign = -sign
                    phrase = " ".join(sent[m.start() : m.end()].split())
                    found.append((m.start(), m.end(), phrase.lower(), phrase, sign, True))
            if not found:
                continue
            anchored = bool(topic & _stems(sent))
            for at, end, head, phrase, sign, should in found:
                lo, hi = clause_around(sent, at, end)
                if any(x[4] == -sign and lo <= x[0] < hi for x in found):
                    continue  # "before calling it a success or a failure": both in one clause is no side
                out.append(_StanceHit(a, s0, s1, head, phrase, sign, anchored, should))
    return out


def _side_phrases(q: Question, hits: Sequence[_StanceHit]) -> list[tuple[str, list[_StanceHit]]]:
    """One phrase per side, for and against: the judgment most sources use (a "should" clause first when
    the question asks what should be done), as the sources word it, with the hits that state it."""
    normative = bool(_NORMATIVE_Q.match(q.text))
    out: list[tuple[str, list[_StanceHit]]] = []
    for sign in (1, -1):
        heads: dict[str, list[_StanceHit]] = {}
        for h in hits:
            if h.sign == sign:
                heads.setdefault(h.head, []).append(h)
        if not heads:
            return []
        best = max(
            heads.values(),
            key=lambda hs: (
                normative and hs[0].should,
                len({h.source.doc.id for h in hs}),
                sum(h.anchored for h in hs),
                len(hs),
            ),
        )
        if not any(h.anchored for h in hits if h.sign == sign):
            return []
        wording: dict[str, int] = {}
        for h in best:
            wording[h.phrase.lower()] = wording.get(h.phrase.lower(), 0) + 1
        out.append((max(wording, key=lambda w: (wording[w], len(w))), best))
    return out


def _owners(hits: Sequence[_StanceHit], sign: int) -> set[str]:
    """Documents that take a side: most of their judgments point its way."""
    net: dict[str, int] = {}
    for h in hits:
        net[h.source.doc.id] = net.get(h.source.doc.id, 0) + h.sign
    return {d for d, n in net.items() if n * sign > 0}


def _stance_dispute(
    q: Question, hits: Sequence[_StanceHit], clusters: dict[str, int], lines: list[str]
) -> Answer | None:
    """Independent stories that each take a side in their own judgment words ("the scheme is working" /
    "the scheme is failing"): conflicting opinions, each side's words as the values. A refuted report is
    not a side, and views that follow each other by months are a change of view, not a dispute."""
    sides = _side_phrases(q, hits)
    if len(sides) < 2:
        return None
    pro, con = _owners(hits, 1), _owners(hits, -1)
    by_id = {h.source.doc.id: h.source for h in hits}
    if not pro or not con or {clusters.get(d, 0) for d in pro} == {clusters.get(d, 0) for d in con}:
        return None
    for a in by_id.values():
        if any(refutation_of(a.doc.text[s0:s1]) for s0, s1 in split(a.doc.text)):
            return None
    owned = [[by_id[d] for d in pro], [by_id[d] for d in con]]
    if all(_precise_doc(a) for side in owned for a in side):
        first = [min(_doc_point(a)[0] or date.min for a in side) for side in owned]
        last = [max(_doc_point(a)[0] or date.min for a in side) for side in owned]
        if last[0] + timedelta(days=90) < first[1] or last[1] + timedelta(days=90) < first[0]:
            return None
    lines.append(
        "sides state opposite judgments in their own words: "
        + "; ".join(f"{p!r} [{', '.join(sorted({_label(h.source) for h in hs}))}]" for p, hs in sides)
    )
    lines.append("rule conflicting_opinions.stance-phrases: each side's judgment with its source, no verdict")
    shown = [(hs[0].source, hs[0].start, hs[0].end) for _, hs in sides]
    ans = _sides_answer(q, shown, _doc_as_of(max(by_id.values(), key=_doc_rank)), lines)
    return _with_side_phrases(q, ans, hits, sides)


def _with_side_phrases(
    q: Question,
    ans: Answer,
    hits: Sequence[_StanceHit],
    sides: Sequence[tuple[str, list[_StanceHit]]] | None = None,
) -> Answer:
    """A conflicting-opinions answer carries each side's judgment as its values, with its sources;
    ``sides`` are the hits' side phrases when the caller has them already."""
    if ans.conflict_type != "conflicting_opinions" or ans.values:
        return ans
    if sides is None:
        sides = _side_phrases(q, hits)
    if len(sides) < 2:
        return ans
    said = []
    for phrase, hs in sides:
        top = next((h for h in hs if h.anchored), hs[0])
        who = speaker_of(top.source.doc.text[top.start : top.end])
        labels = ", ".join(sorted({_label(h.source) for h in hs}))
        said.append(f"{who + ': ' if who else ''}{phrase} [{labels}]")
    cites = _dedupe((*ans.citations, *(_cite(h.source, h.start, h.end) for _, hs in sides for h in hs[:1])))
    text = "Views differ: " + "; ".join(said) + ". " + ans.text
    return replace(ans, values=tuple(p for p, _ in sides), text=text, citations=cites)


def _answer_yesno(q: Question, docs: Sequence[Analyzed], clusters: dict[str, int]) -> Answer:
    judged = _EVALUATIVE_Q.search(q.text) or _STANCE_Q.search(q.text)
    hits = _stance_hits(q, docs) if judged else []
    ans = _with_side_phrases(q, _yesno_verdict(q, docs, clusters, hits), hits)
    if ans.values or ans.conflict_type == "misinformation" or not _EFFECT_Q.search(q.focus):
        return ans
    return _effect_estimates(q, docs, clusters) or ans


def _with_side_clauses(q: Question, ans: Answer) -> Answer:
    """A disputed yes or no with no side phrase or figure found gives each side's clause as its values:
    what its sentence says, after "Yes" or "No" when the sentences answer in words. Done once the type is
    settled, so the relation model weighs the rules' own values."""
    if ans.values or ans.conflict_type != "conflicting_opinions" or len(ans.citations) < 2:
        return ans
    if any(line.endswith(_BOTH_SIDES) for line in ans.explanation):
        yes, no = ans.citations[:2]
        return replace(ans, values=(f"Yes: {_grounds(q, yes.quote)}", f"No: {_grounds(q, no.quote)}"))
    return replace(ans, values=_clauses(q, ans.citations[:_SIDES_QUOTED]))


# Sides whose clause a disputed yes or no without side phrases gives as its values.
_SIDES_QUOTED = 3

# The rule that found sentences answering yes and no at overlapping times, as its explanation names it.
_BOTH_SIDES = "rule conflicting_opinions.both-sides"


# "Will the charge reduce traffic?": sides argue over how much, each with its own figure.
_EFFECT_Q = re.compile(
    r"\b(?:reduce|cut|lower|increase|raise|boost|improve|create|save|add|cost|shrink|grow)\b", re.I
)


def _effect_estimates(q: Question, docs: Sequence[Analyzed], clusters: dict[str, int]) -> Answer | None:
    """A yes/no question about an effect that sides answer with rival figures ("projects an 18% reduction"
    against "estimates traffic would fall by 5% at most"): the figures are the sides' answers."""
    terms = _expand(set(q.terms))
    best: tuple[int, Analyzed, Claim] | None = None
    for a in docs:
        for c in a.claims:
            if c.kind != "quantity" or c.polarity != "asserted" or not c.unit or "history" in c.rule:
                continue
            sent = _sentence(a, c)
            # "an 18% reduction in city-centre traffic" answers "reduce traffic in the city centre"
            st = _stems(sent.replace("-", " "))
            hits = sum(_shares_stem({t}, st) for t in terms)
            if hits >= 2 and _ESTIMATE.search(sent) and (best is None or hits > best[0]):
                best = (hits, a, c)
    if best is None:
        return None
    _, a, c = best
    anchor = _doc_item(a, c, _number_key(c), 2.0, clusters.get(a.doc.id, 0))
    rivals = _rival_estimates(q, docs, clusters, [anchor])
    if not rivals:
        return None
    sides = [anchor, *rivals]
    lines = [
        "a yes/no question about an effect that sides answer with rival figures: "
        + "; ".join(f"{_measured(i.claim)} [{i.label}]" for i in sides),
        "rule conflicting_opinions.effect-estimates: each side's figure with its source, no verdict",
    ]
    shown = [(i.source, i.claim.sentence_start, i.claim.sentence_end) for i in sides]
    text = "Sources disagree on the size of the effect: " + "; ".join(
        f'{_measured(i.claim)} [{i.label}]: "{_clip(_sentence(i.source, i.claim))}"' for i in sides
    )
    return Answer(
        q.text,
        "yesno",
        text + ".",
        tuple(dict.fromkeys(_measured(i.claim) for i in sides)),
        "conflicting_opinions",
        _doc_as_of(max((i.source for i in sides), key=_doc_rank)),
        tuple(_cite(x, b0, b1) for x, b0, b1 in shown),
        explanation=tuple(lines),
    )


def _yesno_verdict(
    q: Question, docs: Sequence[Analyzed], clusters: dict[str, int], hits: Sequence[_StanceHit]
) -> Answer:
    _, lines, stmts = _yesno(q, docs, clusters)
    found = _debate_sentences(q, docs)  # stance and debate sentences, read once for every rule below
    evaluative = bool(_EVALUATIVE_Q.search(q.text))
    debunked = [s for s in stmts if s.targeted]
    if debunked and evaluative:
        # "Did the barrier work?" and a fact check calling false a video of it failing: the judgment is
        # no matter of opinion, the report is false, and its opposite is the answer
        return _debunked_answer(q, debunked, stmts, lines)
    if evaluative:
        disputed = _evaluative_dispute(q, found, clusters, stmts, lines)
        if disputed is None:
            disputed = _opinion_dispute(q, docs, clusters, lines)
        if disputed is not None:
            return disputed
    stance = _stance_dispute(q, hits, clusters, lines)
    if stance is not None:
        return stance
    if not stmts:
        sides0, debate0 = _named_sides(q, found, stmts)
        if not (debate0 and len(sides0) > 1):
            return _nothing(q, lines)
        lines.append(f"a debate ({debate0}) between named sides: " + "; ".join(sides0))
        lines.append("rule conflicting_opinions.named-sides: each side with its source, no verdict")
        shown0 = _side_quotes(found, stmts)
        return _sides_answer(q, shown0, _doc_as_of(max((a for a, _, _ in shown0), key=_doc_rank)), lines)
    lines = [
        f"found {len(stmts)} relevant sentence(s) in {len({s.source.doc.id for s in stmts})} document(s)"
    ]
    newest = _newest_stmt(stmts)
    as_of = _doc_as_of(newest.source)
    refs = [s for s in stmts if s.refutes]
    yes = [s for s in stmts if s.sign > 0 and not s.refutes]
    no = [s for s in stmts if s.sign < 0 or s.refutes]
    if refs and not evaluative:
        best = sorted(refs, key=lambda s: -s.score)[:3]
        who = "; ".join(
            f'{s.speaker or "a source"} [{_label(s.source)}]: "{_clip(s.source.doc.text[s.start : s.end])}"'
            for s in best
        )
        lines.append(f"{len(refs)} sentence(s) refute or deny the report: misinformation")
        lines.append("rule: misinformation.refuted-report -> answer No, the report is disregarded")
        text = f"No. Reports that {q.focus.rstrip('?')} were refuted or denied: {who}."
        if as_of:
            text += f" Newest evidence as of {as_of} [{_label(newest.source)}]."
        # a source's own denial ("Corvane is not closing Eastfield") is what the "No" rests on best
        denials = sorted(
            (
                s
                for s in stmts
                if s.sign < 0 and not s.refutes and _NEGATION.search(s.source.doc.text, s.start, s.end)
            ),
            key=lambda s: -s.score,
        )[:1]
        cites = tuple(_cite(s.source, s.start, s.end) for s in [*best, *denials, newest])
        return Answer(
            q.text, "yesno", text, ("No",), "misinformation", as_of, _dedupe(cites), explanation=tuple(lines)
        )
    yes_clusters = {clusters.get(s.source.doc.id, 0) for s in yes}
    no_clusters = {clusters.get(s.source.doc.id, 0) for s in no}
    sides, debate = _named_sides(q, found, stmts)
    if yes and no and yes_clusters != no_clusters:
        y_new = max((s.source.date.latest or date.min) for s in yes)
        n_new = max((s.source.date.latest or date.min) for s in no)
        y_old = min((s.source.date.earliest or date.max) for s in yes)
        n_old = min((s.source.date.earliest or date.max) for s in no)
        rev = [
            s
            for s in stmts
            # a document known only to a span may still be the later one: its end is what can be after;
            # an undated report of a state restored ("reopened") tells its own order
            if s.reverses
            and (
                (s.source.date.latest or date.min) > (n_old if s.sign > 0 else y_old)
                or (s.source.date.latest is None and _RESTORED.search(s.source.doc.text, s.start, s.end))
            )
        ]
        if rev and not evaluative:
            top = max(rev, key=lambda s: (s.source.date.latest or date.min, s.score))
            side = yes if top.sign > 0 else no
            verdict = "Yes" if top.sign > 0 else "No"
            lines.append(
                f'a later source reverses the earlier position [{_label(top.source)}]: "'
                f'{_clip(top.source.doc.text[top.start : top.end])}"; rule outdated.reversal'
            )
            newest_side = max(side, key=lambda s: (s.source.date.latest or date.min, s.score))
            top = (
                newest_side
                if (newest_side.source.date.latest or date.min) > (top.source.date.latest or date.min)
                else top
            )
            # a reversal known only to its year holds at least as of the newest precisely dated report
            when = as_of_string(_stmt_item(top)) if _precise_doc(top.source) else as_of
            when = when or as_of_string(_stmt_item(top))
            text = (
                f"{verdict}, as of {when} [{_label(top.source)}]: "
                f'"{_clip(top.source.doc.text[top.start : top.end])}"; an earlier announcement was reversed.'
            )
            return Answer(
                q.text,
                "yesno",
                text,
                # the day of the change is part of the answer: "no, lifted as of 12 September"
                (verdict, when) if when and _TX_DAY.fullmatch(when) else (verdict,),
                "outdated",
                when,
                (_cite(top.source, top.start, top.end),),
                explanation=tuple(lines),
            )
        if sides:
            lines.append("named sides take opposite positions: " + "; ".join(sides))
        elif (
            not evaluative
            and all(s.source.date.earliest is not None for s in (*yes, *no))
            and (n_old > y_new or y_old > n_new)
        ):
            # an undated source is not "newer": only dated sides can be ordered
            side = no if n_old > y_new else yes
            verdict = "No" if side is no else "Yes"
            top = max(side, key=lambda s: (s.source.date.latest or date.min, s.score))
            lines.append("both answers found, one side entirely newer: outdated; rule outdated.newest-wins")
            text = (
                f"{verdict}, as of {as_of_string(_stmt_item(top))} [{_label(top.source)}]: "
                f'"{_clip(top.source.doc.text[top.start : top.end])}"; earlier reports said otherwise.'
            )
            return Answer(
                q.text,
                "yesno",
                text,
                (verdict,),
                "outdated",
                as_of_string(_stmt_item(top)),
                (_cite(top.source, top.start, top.end),),
                explanation=tuple(lines),
            )
        lines.append(
            f"sources take both sides at overlapping times: conflicting opinions, no verdict; {_BOTH_SIDES}"
        )
        y1 = max(yes, key=lambda s: s.score)
        n1 = max(no, key=lambda s: s.score)
        text = (
            f'Sources disagree. Yes: "{_clip(y1.source.doc.text[y1.start : y1.end])}" [{_label(y1.source)}]. '
            f'No: "{_clip(n1.source.doc.text[n1.start : n1.end])}" [{_label(n1.source)}].'
        )
        return Answer(
            q.text,
            "yesno",
            text,
            (),
            "conflicting_opinions",
            as_of,
            (_cite(y1.source, y1.start, y1.end), _cite(n1.source, n1.start, n1.end)),
            explanation=tuple(lines),
        )
    if debate and len(sides) > 1:
        lines.append(f"a debate ({debate}) between named sides: " + "; ".join(sides))
        lines.append("rule conflicting_opinions.named-sides: each side with its source, no verdict")
        return _sides_answer(q, _side_quotes(found, stmts), as_of, lines)
    side = yes if len(yes) >= len(no) else no
    verdict = "Yes" if side is yes else "No"
    top = max(side, key=lambda s: (s.score, s.source.date.latest or date.min))
    lines.append(f"all relevant sentences point one way ({verdict}): no conflict; rule no_conflict.one-way")
    text = f'{verdict}: "{_clip(top.source.doc.text[top.start : top.end])}" [{_label(top.source)}]'
    if as_of:
        text += f", as of {as_of}"
    return Answer(
        q.text,
        "yesno",
        text + ".",
        (verdict,),
        "no_conflict",
        as_of,
        (_cite(top.source, top.start, top.end),),
        explanation=tuple(lines),
    )


def _newest_stmt(stmts: Sequence[_Stmt]) -> _Stmt:
    """The statement of the newest (precisely dated first) source, the best-scoring of equals."""
    return max(stmts, key=lambda s: (_precise_doc(s.source), _doc_point(s.source)[0] or date.min, s.score))


def _debunked_answer(
    q: Question, debunked: Sequence[_Stmt], stmts: Sequence[_Stmt], lines: list[str]
) -> Answer:
    """A report about the question that a source's later verdict calls false: the answer is the report's
    opposite (each debunked sentence's sign already says which way), backed by the source's own words."""
    top = max(debunked, key=lambda s: s.score)
    verdict = "Yes" if sum(s.sign for s in debunked) > 0 else "No"
    backing = [s for s in stmts if not s.refutes and (s.sign > 0) == (verdict == "Yes")]
    newest = _newest_stmt(stmts)
    as_of = _doc_as_of(newest.source)
    quote = _clip(top.source.doc.text[top.start : top.end])
    lines.append(f'a report is called false by a later verdict [{_label(top.source)}]: "{quote}"')
    lines.append(f"rule misinformation.debunked-report -> answer {verdict}, the report is disregarded")
    text = f'{verdict}. A report was found false [{_label(top.source)}]: "{quote}"'
    values: tuple[str, ...] = (verdict,)
    cites = [_cite(top.source, top.start, top.end)]
    if backing:
        # the source's own sentence that carries figures is the ground ("protected around 1,400 homes")
        asked = _numbers_in(q.text)
        ranked = sorted(backing, key=lambda s: -s.score)
        figured = [(s, f) for s in ranked if (f := _figures_in(s.source, s.start, s.end, asked))]
        b, figures = figured[0] if figured else (ranked[0], [])
        text += f'; "{_clip(b.source.doc.text[b.start : b.end])}" [{_label(b.source)}]'
        values += tuple(figures)
        cites.insert(0, _cite(b.source, b.start, b.end))  # the grounds come first, the false report after
    return Answer(
        q.text,
        "yesno",
        text + ".",
        values,
        "misinformation",
        as_of,
        _dedupe(tuple(cites)),
        explanation=tuple(lines),
    )


# A sentence taking a side: (words shared with the question, document, start, end, speaker, debate cue).
_Debate = tuple[float, Analyzed, int, int, str, str]


def _debate_sentences(q: Question, docs: Sequence[Analyzed]) -> list[_Debate]:
    """Sentences about the question that carry stance language, with their speaker and debate cue."""
    want = _expand(set(q.terms))
    need = max(2, math.ceil(0.4 * len(set(q.terms))))
    out: list[_Debate] = []
    for a in docs:
        for s0, s1 in split(a.doc.text):
            sent = a.doc.text[s0:s1]
            if not stance_of(sent) and not debate_of(sent):
                continue
            hit = want & _stems(sent)
            if len(hit) < need:
                continue
            out.append((float(len(hit)), a, s0, s1, speaker_of(sent), debate_of(sent)))
    return out


def _evaluative_dispute(
    q: Question, found: Sequence[_Debate], clusters: dict[str, int], stmts: Sequence[_Stmt], lines: list[str]
) -> Answer | None:
    """A judgment the question asks for ("Has the rule made the league safer?") that sources dispute:
    a sentence about it names a dispute or contests a claim ("rejected claims that ..."), and more than
    one independent story takes part. Each side is shown with its source; no verdict of our own."""
    cue = next((d for *_, d in found if d), "") or next(
        (m.group(0) for _, a, s0, s1, *_ in found if (m := _CONTEST.search(a.doc.text, s0, s1))), ""
    )
    if not cue:
        cue = next(
            (m.group(0) for st in stmts if (m := _CONTEST.search(st.source.doc.text, st.start, st.end))), ""
        )
    taking_part = {clusters.get(a.doc.id, 0) for _, a, *_ in found} | {
        clusters.get(st.source.doc.id, 0) for st in stmts
    }
    if not cue or len(taking_part) < 2:
        return None
    lines.append(f"an evaluative question and a dispute over it ({cue!r}) across {len(taking_part)} stories")
    lines.append("rule conflicting_opinions.evaluative-dispute: each side with its source, no verdict")
    shown = _side_quotes(found, stmts)
    return _sides_answer(q, shown, _doc_as_of(max((a for a, _, _ in shown), key=_doc_rank)), lines)


def _opinion_dispute(
    q: Question, docs: Sequence[Analyzed], clusters: dict[str, int], lines: list[str]
) -> Answer | None:
    """An evaluative or normative question ("Should the city close X?", "Was the penalty the right
    decision?") that independent stories answer both ways in opinion language. Opinion writing rarely
    repeats the question's words in every sentence ("The council should close it"), so a document is
    judged on topic as a whole and its verdict sentences need only one of the question's words."""
    judged = {stem(m.group(0)) for m in _EVALUATIVE_Q.finditer(q.focus)} | {stem("decision")}
    topic = set(q.terms) - judged  # what is judged, without the judgment ("right decision")
    want = _expand(topic)
    need = max(2, math.ceil(len(topic) / 3)) if len(topic) > 2 else len(topic)
    picked: list[tuple[int, Analyzed, int, int]] = []  # (sign, doc, start, end)
    debate = ""
    for a in docs:
        sents = [(s0, s1, _stems(a.doc.text[s0:s1])) for s0, s1 in split(a.doc.text)]
        if len(want & set().union(*(st for _, _, st in sents))) < need:
            continue
        for s0, s1, st in sents:
            sent = a.doc.text[s0:s1]
            if not want & st:
                continue
            debate = debate or debate_of(sent)
            pro = _VERDICT_FOR.search(sent) or _POSITIVE.search(sent)
            con = _VERDICT_AGAINST.search(sent) or _NEGATIVE.search(sent)
            if pro and con:
                # both in one sentence: "48% in favour, 44% against" states the division itself
                sign = 0
            elif pro:
                sign = -1 if _NEGATION.search(sent) else 1
            elif con:
                sign = 1 if _NEGATION.search(sent) else -1
            elif _NEGATION.search(sent) and (stance_of(sent) or _QUOTE_MARK.search(sent)):
                sign = -1  # "said the objects were 'looted, not collected'", '"I wouldn't have given it."'
            else:
                continue
            picked.append((sign, a, s0, s1))
    stories = {clusters.get(a.doc.id, 0) for _, a, _, _ in picked}
    every = {sign for sign, *_ in picked}
    split_view = 0 in every or bool(debate)
    if len(stories) < 2 or not ({1, -1} <= every or split_view):
        return None
    lines.append(
        f"an evaluative question answered both ways in opinion language across {len(stories)} stories"
        + (f" ({debate!r})" if debate else "")
    )
    lines.append("rule conflicting_opinions.opinion-sides: each side with its source, no verdict")
    shown: list[tuple[Analyzed, int, int]] = []
    for want_sign in (1, -1, 0):
        for sign, a, s0, s1 in picked:
            if sign == want_sign and all(a.doc.id != b.doc.id for b, _, _ in shown):
                shown.append((a, s0, s1))
                break
    return _sides_answer(q, shown, _doc_as_of(max((a for a, _, _ in shown), key=_doc_rank)), lines)


def _sides_answer(
    q: Question, shown: Sequence[tuple[Analyzed, int, int]], as_of: str | None, lines: Sequence[str]
) -> Answer:
    """Conflicting opinions on a yes/no question: each side's sentence with its source, no verdict."""
    quotes = "; ".join(f'"{_clip(a.doc.text[b0:b1])}" [{_label(a)}]' for a, b0, b1 in shown)
    return Answer(
        q.text,
        "yesno",
        f"Sources disagree: {quotes}.",
        (),
        "conflicting_opinions",
        as_of,
        tuple(_cite(a, b0, b1) for a, b0, b1 in shown),
        explanation=tuple(lines),
    )


_NORMATIVE_Q = re.compile(r"^\s*(?:should|ought)\b", re.I)


def _named_sides(q: Question, found: Sequence[_Debate], stmts: Sequence[_Stmt]) -> tuple[list[str], str]:
    """The named speakers who take a position on the question (two or more, else none) and the first
    debate cue ("disputes", "critics", "divided") among the sentences about it."""
    speakers: dict[str, str] = {}
    for _, a, _, _, sp, _ in found:
        if sp and sp.lower() not in speakers:
            speakers[sp.lower()] = f"{sp} [{_label(a)}]"
    for st in stmts:
        if st.speaker and st.speaker.lower() not in speakers:
            speakers[st.speaker.lower()] = f"{st.speaker} [{_label(st.source)}]"
    debate = next((d for *_, d in found if d), "")
    if not debate and _NORMATIVE_Q.match(q.text):
        debate = "a question of what should be done"
    return (list(speakers.values()) if len(speakers) > 1 else []), debate


def _side_quotes(found: Sequence[_Debate], stmts: Sequence[_Stmt]) -> list[tuple[Analyzed, int, int]]:
    """Up to three sentences, one per document, that state a side (debate and stance sentences first)."""
    out: list[tuple[Analyzed, int, int]] = []
    seen: set[str] = set()
    for _, a, s0, s1, _, _ in sorted(found, key=lambda x: (-bool(x[4]), -x[0])):
        if a.doc.id not in seen:
            seen.add(a.doc.id)
            out.append((a, s0, s1))
    for st in sorted(stmts, key=lambda x: -x.score):
        if st.source.doc.id not in seen:
            seen.add(st.source.doc.id)
            out.append((st.source, st.start, st.end))
    return out[:3]


def _precise_doc(a: Analyzed) -> bool:
    est = a.date
    return (
        est.earliest is not None
        and est.latest is not None
        and (est.granularity == "day" or (est.latest - est.earliest).days <= 31)
    )


def _doc_as_of(a: Analyzed) -> str | None:
    """A document's date as an as-of: its day when known to a day or a short span, else as written."""
    lo, hi = _doc_point(a)
    if _precise_doc(a) and lo is not None and hi is not None:
        return date.fromordinal((lo.toordinal() + hi.toordinal()) // 2).isoformat()
    return as_of_string(_stmt_item_of(a))


def _stmt_item_of(a: Analyzed) -> Item:
    c = Claim(a.doc.id, 0, 0, "event", "", "truth", "")
    return Item(c, a, "", a.date.earliest, a.date.latest)


def _stmt_item(s: _Stmt) -> Item:
    c = Claim(
        s.source.doc.id, s.start, s.end, "event", "", "truth", "", sentence_start=s.start, sentence_end=s.end
    )
    return Item(c, s.source, "", s.source.date.earliest, s.source.date.latest)


def _dedupe(cites: Sequence[Citation]) -> tuple[Citation, ...]:
    seen: set[tuple[str, int, int]] = set()
    out: list[Citation] = []
    for c in cites:
        k = (c.doc_id, c.start, c.end)
        if k not in seen:
            seen.add(k)
            out.append(c)
    return tuple(out)


# --------------------------------------------------------------------------------------------- rendering


def _nothing(q: Question, lines: Sequence[str]) -> Answer:
    return Answer(
        q.text,
        q.kind,
        "No answer found in the documents.",
        (),
        "no_conflict",
        None,
        explanation=(*lines, "nothing answers the question: no value is given"),
    )


def _shown(g: Group, q: Question) -> str:
    """A value with its hedge and what is counted: "about 2,500 US troops"."""
    it = g.newest
    c = it.claim
    if c.kind != "quantity":
        return max((i.claim.value for i in g.items), key=len) if c.kind == "role" else c.value
    hedge = next((i.claim.hedge for i in sorted(g.items, key=lambda i: -i.score) if i.claim.hedge), "")
    what = c.subject or (q.focus if c.unit not in ("%", "score") else "")
    if c.subject and c.unit.lower() in _MEASURE_UNIT_WORDS and c.unit.lower() not in c.subject.lower():
        what = f"{c.unit} of {c.subject}"  # "1,140 hectares of kiwifruit orchards", not "1,140 kiwifruit ..."
    return " ".join(p for p in (hedge, c.value, what) if p)


def _labels(g: Group) -> str:
    return ", ".join(
        dict.fromkeys(i.label for i in sorted(g.items, key=lambda i: sort_point(i) or date.min, reverse=True))
    )


def _value_of(g: Group) -> str:
    if g.newest.claim.kind == "role":
        return max((i.claim.value for i in g.items), key=len)
    if g.newest.claim.attribute == "date":
        return g.newest.claim.value
    # the value as written most often ("2,500"), not a hedge
    counts: dict[str, int] = {}
    for i in g.items:
        counts[i.claim.value] = counts.get(i.claim.value, 0) + 1
    value = max(counts, key=lambda v: counts[v])
    if g.newest.claim.kind == "quantity" and not any(ch.isdigit() for ch in value):
        # "Fourteen people": a value is a short string a reader compares, so a spelled-out count is given
        # in digits ("14"); the answer text keeps the words as written
        n = parse_number(value)
        if n is not None and n == int(n):
            return f"{int(n):,}"
    return value


def _render(q: Question, res: Resolution, slot: _Slot, found_lines: list[str]) -> Answer:
    lines = list(found_lines)
    lines.extend(res.reasons)
    lines.append(f"conflict type: {res.conflict_type} (rule {res.rule})")
    cur = list(res.current)
    if not cur:
        refuted_txt = ", ".join(f"{g.value} [{_labels(g)}]" for g in res.refuted)
        text = (
            f"No reliable answer: {refuted_txt} was refuted"
            + (f" ({'; '.join(slot.notes[:2])})" if slot.notes else "")
            + "."
        )
        rcites = tuple(
            _cite(i.source, i.claim.sentence_start, i.claim.sentence_end)
            for g in res.refuted
            for i in g.items[:1]
        )
        return Answer(q.text, q.kind, text, (), res.conflict_type, None, rcites, explanation=tuple(lines))
    main = cur[0]
    as_of = group_as_of(main)
    values: list[str] = []
    parts: list[str] = []
    if res.conflict_type in ("complementary", "conflicting_opinions"):
        for g in cur:
            values.append(_value_of(g))
            who = ", ".join(dict.fromkeys(i.claim.speaker for i in g.items if i.claim.speaker))
            scope = g.newest.claim.scope
            bit = _shown(g, q)
            if res.conflict_type == "complementary" and scope and scope not in bit:
                bit += f" in {scope}"
            if res.conflict_type == "conflicting_opinions" and who:
                bit += f" according to {who}"
            parts.append(f"{bit} [{_labels(g)}]")
        joiner = "; " if res.conflict_type == "conflicting_opinions" else " and "
        lead = "Sources disagree: " if res.conflict_type == "conflicting_opinions" else ""
        text = lead + joiner.join(parts)
        if as_of:
            text += f", as of {as_of}"
        text = text[0].upper() + text[1:]
    else:
        values.append(_value_of(main))
        shown = _shown(main, q)
        text = shown[0].upper() + shown[1:]
        if as_of:
            text += f", as of {as_of}"
        text += f" [{_labels(main)}]"
    sup: list[Superseded] = []
    if res.superseded:
        bits = []
        for g in res.superseded:
            it = g.newest
            when = as_of_string(it)
            shown = _shown(g, q) if g.newest.claim.kind != "quantity" else _hedged(g)
            bits.append(f"{shown} ({when or 'undated'}, {it.label})")
            for i in g.items:
                sup.append(
                    Superseded(
                        _value_of(g),
                        i.doc_id,
                        as_of_string(i),
                        i.source.doc.external_id,
                        "older as-of than the current value",
                    )
                )
        text += "; superseded: " + ", ".join(bits)
    if res.refuted:
        for g in res.refuted:
            for i in g.items:
                sup.append(
                    Superseded(_value_of(g), i.doc_id, as_of_string(i), i.source.doc.external_id, "refuted")
                )
        who = "; ".join(slot.notes[:2])
        text += "; refuted as false: " + ", ".join(f"{_value_of(g)} [{_labels(g)}]" for g in res.refuted)
        if who:
            text += f" ({who})"
    text += "."
    cites: list[Citation] = []
    for g in cur:
        for i in sorted(g.items, key=lambda i: -(sort_point(i) or date.min).toordinal())[:3]:
            c = i.claim
            lo = c.sentence_start if c.sentence_start >= 0 else c.start
            hi = c.sentence_end if c.sentence_end >= 0 else c.end
            cites.append(_cite(i.source, lo, hi))
    lines.append("answer: " + ", ".join(values) + (f" as of {as_of}" if as_of else ""))
    return Answer(
        q.text,
        q.kind,
        text,
        tuple(values),
        res.conflict_type,
        as_of,
        _dedupe(cites),
        tuple(sup),
        explanation=tuple(lines),
    )


def group_as_of(g: Group) -> str | None:
    """When the current value holds: the newest precise statement of it.

    A figure dated inside the text ("5.1% in February") holds until the end of that period, but not past
    the document that reports it; a document date counts as a day when it is one.
    """
    items = sorted(g.items, key=lambda i: (i.precise, not i.history, sort_point(i) or date.min), reverse=True)
    it = items[0]
    c = it.claim
    doc_lo, doc_hi = _doc_point(it.source)
    if c.as_of_earliest is not None or c.as_of_latest is not None:
        lo, hi = c.as_of_earliest, c.as_of_latest
        if lo is not None and hi is not None and (hi - lo).days <= 92 and it.precise:
            end = min(hi, doc_lo) if doc_lo is not None and doc_lo >= lo else hi
            return end.isoformat()
        return as_of_string(it)
    if it.precise and doc_lo is not None and doc_hi is not None:
        return date.fromordinal((doc_lo.toordinal() + doc_hi.toordinal()) // 2).isoformat()
    return as_of_string(it)


def _hedged(g: Group) -> str:
    it = g.newest
    hedge = it.claim.hedge
    return f"{hedge} {it.claim.value}" if hedge else it.claim.value


# --------------------------------------------------------------------------------------------- entry point


def answer(
    question: str,
    docs: Sequence[Analyzed],
    *,
    as_of: date | None = None,
    choices: Sequence[str] | None = None,
    relation: RelationModel | Literal["bundled"] | None = "bundled",
) -> Answer:
    """Answer ``question`` from ``docs`` (already dated, tagged and with claims extracted).

    ``relation`` is the model that weighs the rules' conflict type against the wording of the question and
    the documents: the one shipped with the package by default, ``None`` for the rules alone. Once the type
    is settled, the answer is finished as that type requires (an outdated list keeps its newest members).
    """
    parts = split_compound(question) if not choices else None
    if parts is not None:
        both = [answer(p, docs, as_of=as_of, relation=relation) for p in parts]
        if all(b.values for b in both):
            return _merged(question, both)
    q = parse_question(question, as_of=as_of)
    pool = _eligible(docs, q.as_of)
    result = _rules_answer(q, docs, pool, choices)
    if choices:
        return result
    model = bundled() if relation == "bundled" else relation
    if model is not None:
        result = _retyped(q, pool, result, model)
    if q.kind == "yesno":
        result = _with_figures(q, pool, _with_side_clauses(q, result))
    return _newest_members(result)


# How the answers to the parts of a compound question type the whole: a refuted or outdated part marks
# it, parts that agree in themselves make a complementary whole.
_PART_TYPES: tuple[ConflictType, ...] = ("misinformation", "outdated", "conflicting_opinions")


def _merged(question: str, parts: Sequence[Answer]) -> Answer:
    """One answer to a question asking two things, from each thing's own answer."""
    ctype: ConflictType = next(
        (t for t in _PART_TYPES if any(p.conflict_type == t for p in parts)), "complementary"
    )
    return Answer(
        question,
        parts[0].kind,
        " ".join(f"{p.question} {p.text}" for p in parts),
        tuple(dict.fromkeys(v for p in parts for v in p.values)),
        ctype,
        max((p.as_of for p in parts if p.as_of), default=None),
        _dedupe(tuple(c for p in parts for c in p.citations)),
        tuple(s for p in parts for s in p.superseded),
        explanation=(
            f"compound question: answered as {len(parts)} questions, typed {ctype}",
            *(f"[{p.question}] {line}" for p in parts for line in p.explanation),
        ),
    )


def answer_before_relation(question: str, docs: Sequence[Analyzed], *, as_of: date | None = None) -> Answer:
    """The rules' answer before the relation model weighs its type and the answer is finished as that type
    requires: what the relation model is trained on."""
    q = parse_question(question, as_of=as_of)
    return _rules_answer(q, docs, _eligible(docs, q.as_of), None)


def _rules_answer(
    q: Question, docs: Sequence[Analyzed], pool: Sequence[Analyzed], choices: Sequence[str] | None
) -> Answer:
    lines = [
        f"question: kind={q.kind} focus={q.focus!r} attribute={q.attribute!r} scope={q.scope!r}"
        + (f" as_of={q.as_of.isoformat()}" if q.as_of else "")
    ]
    if len(pool) < len(docs):
        lines.append(f"set aside {len(docs) - len(pool)} document(s) published after {q.as_of}")
    clusters = duplicate_clusters(pool)
    n_clusters = len(set(clusters.values()))
    if n_clusters < len(pool):
        lines.append(f"{len(pool)} documents form {n_clusters} independent stories (copies count once)")
    result = _attributed(q, pool, lines) or _answer_kind(q, pool, clusters, lines)
    newest = _newest_evidence(q, pool)
    answered = bool(result.values or result.conflict_type != "no_conflict" or result.citations)
    # The answer holds as of the newest on-topic evidence: a later document that repeats, refutes or
    # leaves the value standing is what tells the user it still holds. When that is later than the date
    # the value was first stated, say so.
    if newest is not None and answered and (result.as_of is None or _later(newest, result.as_of)):
        result = replace(
            result,
            as_of=newest,
            explanation=(*result.explanation, f"as of {newest}: the newest on-topic document"),
        )
    if choices:
        return _with_choice(q, result, list(choices), pool)
    if q.kind == "yesno":
        return _with_grounds(q, result)
    if _WHY_Q.match(q.text) and not result.values and result.citations:
        # no cause cue found: each quoted source's clause about the question is what the answer rests on
        return replace(result, values=_clauses(q, result.citations[:_WHY_QUOTED]))
    return result


def _clauses(q: Question, citations: Sequence[Citation]) -> tuple[str, ...]:
    """The clause of each cited sentence that bears on the question, each once."""
    return tuple(dict.fromkeys(g for c in citations if (g := _grounds(q, c.quote))))


# Sources whose clause a why-answer without a cause cue gives as its values.
_WHY_QUOTED = 2
_WHY_Q = re.compile(r"\s*why\b", re.I)


def _attributed(q: Question, pool: Sequence[Analyzed], lines: list[str]) -> Answer | None:
    """ "Who wrote the line ...?" answered by the author the correcting sources name; the names it was
    wrongly given are refuted."""
    found = misattribution(q.text, pool)
    if found is None:
        return None
    right = found.right
    lines.append(
        f"a quotation's author: {right.name} [{_label(right.source)}] in {found.support} sentence(s) "
        "that give its author"
        + (
            "; wrongly attributed to " + ", ".join(f"{w.name} [{_label(w.source)}]" for w in found.wrong)
            if found.wrong
            else ""
        )
    )
    ctype: ConflictType = "misinformation" if found.disputed else "no_conflict"
    lines.append(f"rule {ctype}.quotation-author: the author the sources name, never a misattribution")
    text = f'{right.name} [{_label(right.source)}]: "{_clip(right.source.doc.text[right.start : right.end])}"'
    if found.wrong:
        text += ". Wrongly attributed to " + ", ".join(
            dict.fromkeys(f"{w.name} [{_label(w.source)}]" for w in found.wrong)
        )
    cites = [_cite(right.source, right.start, right.end)] + [
        _cite(w.source, w.start, w.end) for w in found.wrong[:2]
    ]
    return Answer(
        q.text,
        q.kind,
        text + ".",
        (right.name,),
        ctype,
        _doc_as_of(max([right.source, *(w.source for w in found.wrong)], key=_doc_rank)),
        _dedupe(cites),
        superseded=tuple(
            Superseded(
                w.name, w.source.doc.id, _doc_as_of(w.source), w.source.doc.external_id, "misattributed"
            )
            for w in found.wrong
        ),
        explanation=tuple(lines),
    )


_FIGURES_PER_SOURCE = 2
_FIGURES_AT_MOST = 4


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
        if _LEVEL_AFTER.match(a.doc.text, c.end) or _LEVEL_BEFORE.search(
            a.doc.text, max(0, c.start - 40), c.start
        ):
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


def _figure_sentences(q: Question, about: Sequence[Analyzed]) -> list[tuple[Analyzed, int, int, list[str]]]:
    """Per source about the question (``about``), its sentence that best matches the question among those
    stating figures: what an evaluative question ("Is the trial working?") is answered with when no source
    says yes or no in words ("68% of households took part", "satisfaction rose to 74%")."""
    want = _expand(set(q.terms))
    asked = _numbers_in(q.text)
    out: list[tuple[Analyzed, int, int, list[str]]] = []
    for a in about:
        best: tuple[int, int, int, list[str]] | None = None
        first: tuple[int, int, int, list[str]] | None = None
        for i, (s0, s1) in enumerate(split(a.doc.text)):
            hits = len(want & _stems(a.doc.text[s0:s1]))
            lead = first is None and i < _LEAD_SENTENCES and _MEASURED_CHANGE.search(a.doc.text, s0, s1)
            better = hits >= 2 and (best is None or hits > best[0])
            if not (lead or better) or not (figures := _figures_in(a, s0, s1, asked)):
                continue
            if lead:
                first = (hits, s0, s1, figures)
            if better:
                best = (hits, s0, s1, figures)
        # a story about the subject leads with its measurement even when that sentence names the subject
        # only as "motor traffic inside the scheme"
        best = best or first
        if best is not None:
            out.append((a, best[1], best[2], best[3]))
    return out


_LEAD_SENTENCES = 5
# A measured change: what a judgment of a scheme rests on ("traffic has fallen by 41%", "footfall is down
# 12%").
_MEASURED_CHANGE = re.compile(
    r"\b(?:fall(?:en|s|ing)?|fell|ris(?:en|es|ing)|rose|up|down|increas\w*|decreas\w*|cut|improv\w*|"
    r"drop(?:ped|s)?|grew|grow(?:n|s|ing)?|doubl\w*|halv\w*|reduc\w*|climb\w*|shorter|longer|faster|slower)\b",
    re.I,
)


# "Is the mini-grid performing well?", "Is the trial working?": a judgment whose grounds are measurements.
_PERFORMANCE_Q = re.compile(
    r"\b(?:perform\w*|on track|paying off|improving|progress\w*|delivering|target|goal)\b", re.I
)


def _judged(q: Question) -> bool:
    """A yes/no question asking for a judgment: its answer rests on every source's measurements, not only
    on the sentence that says yes or no."""
    return bool(_EVALUATIVE_Q.search(q.text) or _STANCE_Q.search(q.text) or _PERFORMANCE_Q.search(q.text))


def _with_figures(q: Question, pool: Sequence[Analyzed], result: Answer) -> Answer:
    """A yes or no carries the figures it rests on: each cited source's figures about the question, or,
    when no source answers in words, every source's, cited."""
    about = _stance_docs(q, pool)  # the sources about the question, read by every rule below
    if result.conflict_type == "misinformation":
        # a verdict's grounds may quote the disputed report: its figures are what is refuted, not grounds
        values = tuple(
            re.split(r"\s\S*\d", v)[0] if v.startswith(("Yes: ", "No: ")) else v for v in result.values
        )
        corrected = _with_corrected_figure(q, about, replace(result, values=values))
        return _with_truth_instead(q, pool, about, corrected)
    found: list[str] = []
    evidence = _figure_sentences(q, about)
    older: list[Superseded] = []
    if result.conflict_type == "outdated" and not result.superseded:
        # what holds now is the newest source's figures; the others' are superseded
        dated = [e for e in evidence if e[0].date.earliest is not None]
        if len(dated) > 1:
            newest = max(dated, key=lambda e: _doc_point(e[0])[0] or date.min)
            evidence = [newest]
            older = [
                Superseded(f, a.doc.id, _doc_as_of(a), a.doc.external_id, "older source")
                for a, _, _, figures in dated
                if a is not newest[0]
                for f in figures
                if f not in newest[3]
            ]
    answered = bool(result.values or result.citations)
    if answered and not _judged(q):
        cited = {c.doc_id for c in result.citations}
        evidence = [e for e in evidence if e[0].doc.id in cited]
    if result.conflict_type == "conflicting_opinions" and (sides := _side_values(q, about)) is not None:
        # each side's own point as a story sums up the row comes before any figure a source happens to state
        a, s0, s1, points = sides
        evidence = [(a, s0, s1, points), *evidence]
        result = replace(
            result, explanation=(*result.explanation, "each side's point as a source sums up the row")
        )
    for _, _, _, figures in evidence:
        found += [f for f in figures if f not in found]
    found = found[:_FIGURES_AT_MOST]
    if not found and result.conflict_type != "outdated":
        agreed = _figure_all_repeat(q, about)
        if agreed is not None:
            figure, backing = agreed
            return replace(
                result,
                text=f"{result.text} The figure every source gives: {figure}.",
                values=(*result.values, figure),
                citations=_dedupe((*result.citations, *backing)),
                explanation=(*result.explanation, f"the figure the sources all state: {figure}"),
            )
    if not found:
        return result
    if answered:
        known = {(c.doc_id, c.start) for c in result.citations}
        return replace(
            result,
            text=f"{result.text} Figures the sources give: {', '.join(found)}.",
            values=(*result.values, *found),
            citations=(
                *result.citations,
                *(_cite(a, s0, s1) for a, s0, s1, _ in evidence if (a.doc.id, s0) not in known),
            ),
            superseded=tuple(older),
            explanation=(*result.explanation, "figures the cited sources state: " + ", ".join(found)),
        )
    cites = tuple(_cite(a, s0, s1) for a, s0, s1, _ in evidence)
    text = "No source answers yes or no in words; the figures they give: " + "; ".join(
        f"{', '.join(figures)} [{_label(a)}]" for a, _, _, figures in evidence
    )
    return replace(
        result,
        text=text + ".",
        values=tuple(found),
        citations=cites,
        superseded=tuple(older),
        as_of=result.as_of or max((c.date for c in cites if c.date), default=None),
        explanation=(*result.explanation, "no verdict in words: answered with the sources' figures"),
    )


def _side_values(q: Question, about: Sequence[Analyzed]) -> tuple[Analyzed, int, int, list[str]] | None:
    """Each side's figure, or else its quoted catchword, from the clauses a source sets against each other
    to sum up a row ("says its benefit-cost ratio of 2.4 shows ..., while the Alliance has called it a
    'white elephant'"): the pair sharing most of the question's words, with a distinct point on each side."""
    want = _expand(set(q.terms))
    asked = _numbers_in(q.text)
    best: tuple[int, Analyzed, int, int, list[str]] | None = None
    for a in about:
        for one, two in side_pairs(a.doc.text, list(split(a.doc.text))):
            # the source names the question's subject: its summing-up need share only one more word
            hits = len(want & _hyphen_stems(a.doc.text[one.start : two.end]))
            if hits < 1 or (best is not None and hits <= best[0]):
                continue
            points = [
                figures[0] if (figures := _figures_in(a, side.start, side.end, asked)) else side.quoted
                for side in (one, two)
            ]
            if points[0] and points[1] and points[0] != points[1]:
                best = (hits, a, one.start, two.end, [points[0], points[1]])
    return None if best is None else best[1:]


def _stated_figures(docs: Sequence[Analyzed], asked: set[str]) -> Iterator[tuple[Analyzed, int, int, str]]:
    """Every figure the documents state as current (``_figures_in``), with the sentence it stands in."""
    for a in docs:
        for s0, s1 in split(a.doc.text):
            for f in _figures_in(a, s0, s1, asked):
                yield a, s0, s1, f


def _figure_all_repeat(q: Question, about: Sequence[Analyzed]) -> tuple[str, tuple[Citation, ...]] | None:
    """The one figure that at least three sources about the question, and most of them, state as current
    ("the spawning stock is now 61,000 tonnes" in every report of the stock's recovery): the fact a yes or
    no rests on when no sentence that shares the question's words gives a figure."""
    stated: dict[str, dict[str, tuple[str, Citation]]] = {}
    for a, s0, s1, f in _stated_figures(about, _numbers_in(q.text)):
        stated.setdefault(_number_of(f), {}).setdefault(a.doc.id, (f, _cite(a, s0, s1)))
    common = [n for n, by in stated.items() if len(by) >= 3 and 2 * len(by) > len(about)]
    if len(common) != 1:
        return None  # several figures everyone repeats: none of them is the one fact
    by = stated[common[0]]
    shown = Counter(f for f, _ in by.values()).most_common(1)[0][0]
    return shown, tuple(c for _, c in list(by.values())[:2])


def _with_corrected_figure(q: Question, about: Sequence[Analyzed], result: Answer) -> Answer:
    """A refuted figure ("£500 to switch off the heating", "only SPF 8") is answered with the figure the
    correcting sources agree on ("a £150 rebate", "measured at SPF 53"): one that at least two sources state
    about the question, and that neither the question nor the refuted report gives.

    Only when the dispute is over a figure: the question or a cited sentence of the refuted report states
    one. The figures beside a refuted report are the report's, never the answer."""
    asked = _numbers_in(q.text)
    # the first citation is the report in dispute or the refutation quoting it; later ones may be the
    # newest evidence, which can state the corrected figure itself
    # ... unless the question names the figure in dispute: then a sentence telling of the report may give
    # the correction too ("claiming crime had risen by 60%, after a fact-check found the real rise was 6%")
    reported = asked or {n for c in result.citations[:1] for n in _numbers_in(c.quote)}
    if not reported:
        return result
    sources: dict[str, set[str]] = {}
    shown: dict[str, str] = {}
    # of figures as widely stated, the one whose sentences share most of the question's words
    shared: dict[str, int] = {}
    want = _expand(set(q.terms))
    for a, s0, s1, f in _stated_figures(about, asked):
        n = _number_of(f)
        if n in reported:
            continue
        sources.setdefault(n, set()).add(a.doc.id)
        shown.setdefault(n, f)
        shared[n] = max(shared.get(n, 0), len(want & _stems(a.doc.text[s0:s1])))
    # a figure no sentence about the question states is beside the point ("viewed 1.2 million times")
    agreed = [n for n, docs in sources.items() if len(docs) >= 2 and shared[n] >= 2]
    if not agreed:
        return result
    # a share answers a share: "rose by 60%?" is corrected by "6%", not by the count "15,063" beside it
    share = _PERCENT_FIGURE.search(q.text) is not None
    best = max(
        agreed,
        key=lambda n: (share == (_PERCENT_FIGURE.search(shown[n]) is not None), len(sources[n]), shared[n]),
    )
    return replace(
        result,
        values=(*result.values, shown[best]),
        text=f"{result.text} The sources that correct it give {shown[best]}.",
        explanation=(
            *result.explanation,
            f"corrected figure: {shown[best]}, stated by {len(sources[best])} sources and by neither the "
            "question nor the refuted report",
        ),
    )


_PERCENT_FIGURE = re.compile(r"\d\s*(?:%|per\s*cent|percent)", re.I)


# What a correcting source says holds instead of a refuted report: "Skirts will remain part of our
# uniform", "She is currently on a period of annual leave", "In fact, Stainmoor rose 12 places".
_HOLDS_INSTEAD = re.compile(
    r"\b(?:remains?|remained|will\s+remain|still|in\s+fact|actually|instead|currently|continues?\s+to|"
    r"will\s+return|only\s+change)\b",
    re.I,
)
# A sentence that tells of the report itself ("posts claiming", "the rumour"), not of what holds.
_OF_THE_REPORT = re.compile(
    r"\b(?:claim\w*|posts?|posted|rumou?rs?|viral|circulat\w+|shared|alleg\w+|reports?|reported|"
    r"satir\w+|spoof|parody)\b",
    re.I,
)
# Statements of what holds instead that a refuted yes or no carries, at most.
_TRUTHS_AT_MOST = 2
# Words of a statement of what holds that a value keeps.
_TRUTH_WORDS = 30


def _with_truth_instead(
    q: Question, pool: Sequence[Analyzed], about: Sequence[Analyzed], result: Answer
) -> Answer:
    """A refuted report is answered with what its correcting sources say holds instead ("E-books are,
    and will remain, free to borrow"): per source that refutes, its sentence after the refutation that
    states a lasting or actual state about the question, tells nothing of the report, and gives none of
    the report's figures. ``about``: the sources about the question."""
    refuting = [a for a in about if any(c.kind == "refutation" for c in a.claims)]
    if not refuting:
        return result
    want = _expand(set(q.terms))
    # the report's figures: those of sentences telling of a report, and all of a self-declared satire's
    reported = _numbers_in(q.text)
    for a in pool:
        if _SATIRE_SELF.search(a.doc.text):
            reported |= _numbers_in(a.doc.text)
            continue
        for s0, s1 in split(a.doc.text):
            if _OF_THE_REPORT.search(a.doc.text, s0, s1):
                reported |= _numbers_in(a.doc.text[s0:s1])
    found: list[tuple[int, Analyzed, int, int]] = []
    for a in refuting:
        first = min(c.sentence_start for c in a.claims if c.kind == "refutation")
        best: tuple[int, Analyzed, int, int] | None = None
        for s0, s1 in split(a.doc.text):
            sent = a.doc.text[s0:s1]
            if s0 < first or not _HOLDS_INSTEAD.search(sent) or _OF_THE_REPORT.search(sent):
                continue
            if refutation_of(sent) or _numbers_in(sent) & reported:
                continue
            hits = len(want & _stems(sent))
            if hits and (best is None or hits > best[0]):
                best = (hits, a, s0, s1)
        if best is not None:
            found.append(best)
    if not found:
        return result
    found.sort(key=lambda f: -f[0])
    # one statement per wording, with the source that gave it first
    said: dict[str, Analyzed] = {}
    for _, a, s0, s1 in found[:_TRUTHS_AT_MOST]:
        said.setdefault(" ".join(a.doc.text[s0:s1].split()[:_TRUTH_WORDS]), a)
    cites = [_cite(a, s0, s1) for _, a, s0, s1 in found[:_TRUTHS_AT_MOST]]
    return replace(
        result,
        values=(*result.values, *said),
        text=result.text
        + " What the correcting sources say holds: "
        + "; ".join(f'"{_clip(t)}" [{_label(a)}]' for t, a in said.items())
        + ".",
        citations=_dedupe((*result.citations, *cites)),
        explanation=(*result.explanation, "what holds instead, per correcting source: " + "; ".join(said)),
    )


# A sentence that reports the current state after a change ("its new head office at ...", "has moved to").
_NOW_CUE = re.compile(
    r"\b(?:new|now|moved|relocat\w+|switched|has become|replac\w+|no longer|from now on|this year)\b", re.I
)


def _newest_members(result: Answer) -> Answer:
    """An outdated list answer gives what holds now: the members named by the newest sources, the others
    superseded with their dates ("Stanton Park" since 2021; "Abbey Fields" before).

    Only answers whose values are names quoted in their citations and carry no superseded values yet are
    changed: a slot answer has already split current from older values its own way. A citation known to
    no date counts as newest when its sentence reports a change ("its new head office at ..."), and is left
    alone otherwise.
    """
    if result.conflict_type != "outdated" or result.superseded or len(result.values) < 2:
        return result
    newest: dict[str, tuple[date, Citation]] = {}
    for v in result.values:
        for c in result.citations:
            if v.lower() not in c.quote.lower():
                continue
            span = timex_interval(c.date) if c.date else None
            if span is not None:
                point = span[0]
            elif _NOW_CUE.search(c.quote):
                point = date.max
            else:
                return result  # an undated source of a value: which is newest is not known
            if v not in newest or point > newest[v][0]:
                newest[v] = (point, c)
    if set(newest) != set(result.values):
        return result
    top = max(p for p, _ in newest.values())
    older = [v for v in result.values if newest[v][0] < top]
    if not older:
        return result
    kept = tuple(v for v in result.values if v not in older)
    return replace(
        result,
        values=kept,
        superseded=tuple(
            Superseded(v, newest[v][1].doc_id, newest[v][1].date, newest[v][1].external_id, "older source")
            for v in older
        ),
        explanation=(
            *result.explanation,
            "outdated list: kept "
            + ", ".join(kept)
            + " from the newest source(s); "
            + ", ".join(f"{v} ({newest[v][1].date})" for v in older)
            + " superseded",
        ),
    )


_GROUNDS_WORDS = 20


def _grounds(q: Question, quote: str) -> str:
    """The clause of a cited sentence that bears on the question, at most a few words: what a yes or a no
    rests on ("councillors approved the Ashgrove plans", "the plant will stay open")."""
    wanted = _expand(_stems(q.text))
    best, best_hits = "", -1
    for part in re.split(r"[;:\u2013\u2014]|,\s+(?:but|while|although|and)\b|\.\s", quote):
        words = part.strip().strip("\"“”'").split()
        if len(words) < 3:
            continue
        shared = [stem(w.lower().strip(".,\"“”'()")) in wanted for w in words]
        # the window with the most shared words, the latest of equals: the predicate a yes or a no rests
        # on follows the subject the question names ("... for all Westmarch customers has been lifted")
        hits, start = max(
            (sum(shared[i : i + _GROUNDS_WORDS]), i) for i in range(max(1, len(words) - _GROUNDS_WORDS + 1))
        )
        if hits > best_hits:
            best, best_hits = " ".join(words[start : start + _GROUNDS_WORDS]), hits
    return best


def _with_grounds(q: Question, result: Answer) -> Answer:
    """A bare "Yes" or "No" carries what it rests on, from its first citation."""
    if not result.values or result.values[0] not in ("Yes", "No") or not result.citations:
        return result
    quote = result.citations[0].quote
    if result.conflict_type == "misinformation" and result.values[0] == "No":
        # a refuted report's "No" rests best on a source's own denial ("Larkfield Airport is not closing"),
        # not on a sentence retelling the report it refutes ("aware of a report claiming it will close in
        # September")
        quote = next(
            (
                c.quote
                for c in result.citations
                if _NEGATION.search(c.quote) and not _OF_THE_REPORT.search(c.quote)
            ),
            quote,
        )
    why = _grounds(q, quote)
    if not why:
        return result
    return replace(result, values=(f"{result.values[0]}: {why}", *result.values[1:]))


# What the answer adds when the wording of the sources, not the claims found, says how they relate.
_RETYPED_NOTE: dict[str, str] = {
    "no_conflict": "Read as a whole, the sources do not seem to disagree on this.",
    "complementary": "Other sources may add further parts of the answer: see the citations.",
    "conflicting_opinions": "The sources read as taking sides on this: the value above may be one side's.",
    "outdated": "The sources report changes over time: check the dates of the citations.",
    "misinformation": "Some sources dispute or correct reports about this: check before relying on it.",
}


def _retyped(q: Question, pool: Sequence[Analyzed], result: Answer, model: RelationModel) -> Answer:
    probs = model.probabilities(features(q.text, q.kind, q.as_of, pool, result))
    chosen = pick_type(result.conflict_type, probs, model)
    rated = ", ".join(f"{lab} {p:.2f}" for lab, p in sorted(probs.items(), key=lambda kv: -kv[1]))
    if chosen == result.conflict_type:
        return replace(result, explanation=(*result.explanation, f"relation model: {rated}"))
    return replace(
        result,
        conflict_type=chosen,
        text=f"{result.text} {_RETYPED_NOTE[chosen]}",
        explanation=(
            *result.explanation,
            f"relation model: {chosen} rather than the rules' {result.conflict_type}, from the wording of "
            f"the question and the documents ({rated})",
        ),
    )


def _in_period(it: Item, period: tuple[date, date]) -> bool:
    """A figure holds in the period the question asks about: its own date overlaps it, or, dated only by
    its document, the document is not later than the period."""
    c = it.claim
    if c.as_of_earliest is not None or c.as_of_latest is not None:
        lo = c.as_of_earliest or date.min
        hi = c.as_of_latest or date.max
        return lo <= period[1] and hi >= period[0]
    lo2 = it.source.date.earliest
    return lo2 is None or lo2 <= period[1]


def _later(a: str, b: str) -> bool:
    """Does as-of ``a`` ("2024-05-16") come after as-of ``b`` ("2024-05", "2024", "2024-05-02")?"""
    ia, ib = timex_interval(a), timex_interval(b)
    if ia is None or ib is None:
        return ib is None
    return ia[0] > ib[0] + (ib[1] - ib[0]) / 2


def _on_topic(q: Question, pool: Sequence[Analyzed], *, some_names: bool = False) -> list[Analyzed]:
    """Documents that name every proper name of the question (else share half its content words).

    With ``some_names``, half the names are enough: a source that gives one part of a list may name its
    subject only in part ("Seychelles has signed the Port Louis Declaration", no "Indian Ocean")."""
    names = _proper_names(q.text)
    want = _expand(set(q.terms))
    out: list[Analyzed] = []
    for a in pool:
        low = f"{a.doc.title or ''} {a.doc.text}".lower()
        if names:
            if _names_in(names, q.text, low) or (some_names and _names_half_in(names, low)):
                out.append(a)
        elif want and len(want & _stems(low[:3000])) >= max(1, (len(set(q.terms)) + 1) // 2):
            out.append(a)
    return out


def _names_half_in(names: set[str], low: str) -> bool:
    named = sum(_name_prefix(n) in low for n in names)
    return named >= 1 and 2 * named >= len(names)


def _newest_evidence(q: Question, pool: Sequence[Analyzed]) -> str | None:
    """The date of the newest on-topic document known to a day or a month (its middle day)."""
    best: date | None = None
    for a in _on_topic(q, pool):
        lo, hi = a.date.earliest, a.date.latest
        if lo is None or hi is None:
            continue
        if a.date.granularity == "day":
            point = lo
        elif (hi - lo).days <= 31:
            point = date.fromordinal((lo.toordinal() + hi.toordinal()) // 2)
        else:
            continue
        if best is None or point > best:
            best = point
    return best.isoformat() if best else None


def _person_slot_of(q: Question) -> Callable[[Question, Sequence[Analyzed], dict[str, int]], _Slot]:
    """Who won, who holds a record, or who holds a post."""
    text = q.text.strip()
    if _WIN_Q.match(text):
        return _winner_slot
    if _RECORD_HOLDER_Q.match(text):
        return _record_slot
    return _person_slot


# "What is Brook Lane Academy's current inspection rating?": a grade a body gives, told in words
_RATING_Q = re.compile(
    r"^(?:what|which)\b.*\b(?:rating|grade|grading|classification|category|band|banding)\s*\??$"
    r"|^how\s+(?:is|was|has)\s+.+\s+(?:been\s+)?(?:rated|graded|classified|judged)\b",
    re.I,
)
_RATED = re.compile(
    r"\b(?:rated|graded|judged|classed|classified|downgraded|upgraded|re-?rated|marked)\b"
    r"(?:\s+(?:it|them|him|her|the\s+\w+|(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})))?"
    r"\s+(?:as\s+|to\s+be\s+|to\s+|at\s+)?(?:an?\s+)?",
    re.I,
)
_QUOTED_GRADE = re.compile(r"[\"“‘']\s*(?P<v>[A-Za-z][\w -]{0,30}?)\s*[\"”’']")
# an unquoted grade is one word ("judged it to be good in every area"); longer ones come quoted
_BARE_GRADE = re.compile(
    r"(?P<v>(?!(?:by|in|at|for|on|after|with|from|since|every|as|the|a|an)\b)[a-z][\w-]*)\b"
)
_PLURAL_RATED = re.compile(r"\b(?:were|are|have\s+been|both|each|all)\s+(?:\w+\s+)?$", re.I)
_EARLIER_GRADE = re.compile(
    r"\b(?:previous|earlier|last|former|first|original)\b|\bwhen\b|\bhad\s+been\b", re.I
)


def _rating_slot(q: Question, docs: Sequence[Analyzed], clusters: dict[str, int]) -> _Slot:
    """The grades the sources give the question's subject ("rated \"good\"", "judged it to be good"), each
    dated by a year beside it ("rated \"inadequate\" in 2022") or by its document."""
    items: list[Item] = []
    for a in _on_topic(q, docs):
        text = a.doc.text
        years = [t for t in a.timexes if t.type == "DATE" and re.fullmatch(r"\d{4}(?:-\d\d)?", t.value)]
        for s0, s1 in split(text):
            sent = text[s0:s1]
            for m in _RATED.finditer(sent):
                if _PLURAL_RATED.search(sent, max(0, m.start() - 16), m.start()):
                    continue  # "Behaviour and attitudes were both rated good": parts of it, not it
                lo, hi = clause_around(sent, m.start(), m.end())
                grades: list[tuple[str, int, int]] = []
                first = _QUOTED_GRADE.match(sent, m.end())
                if first is not None:
                    grades.append((first.group("v"), first.start("v"), first.end("v")))
                    # "rated \"inadequate\" in 2022 and \"requires improvement\" in 2023": the list goes on
                    for more in _QUOTED_GRADE.finditer(sent, first.end(), hi):
                        gap = sent[grades[-1][2] : more.start()]
                        if not re.fullmatch(
                            r"[\"”’']?\s*(?:(?:in|at)\s+\w+\s*)?(?:,|and|,\s*and|or)\s*", gap
                        ):
                            break
                        grades.append((more.group("v"), more.start("v"), more.end("v")))
                elif (bare := _BARE_GRADE.match(sent, m.end())) is not None:
                    grades.append((bare.group("v"), bare.start("v"), bare.end("v")))
                for value, g0, g1 in grades:
                    # the year right after the grade dates it: "rated \"inadequate\" in 2022"
                    year = next(
                        (t for t in years if s0 + g1 <= t.start <= s0 + g1 + 12 and t.end <= s0 + hi), None
                    )
                    earlier = year is not None or _EARLIER_GRADE.search(sent, lo, m.start()) is not None
                    iv = timex_interval(year.value) if year is not None else None
                    doc_lo = a.date.earliest
                    c = Claim(
                        doc_id=a.doc.id,
                        start=s0 + g0,
                        end=s0 + g1,
                        kind="stance",
                        subject=q.focus,
                        attribute="rating",
                        value=value,
                        as_of_earliest=iv[0] if iv else None,
                        as_of_latest=iv[1]
                        if iv
                        else (doc_lo - timedelta(days=1) if earlier and doc_lo else None),
                        sentence_start=s0,
                        sentence_end=s1,
                        rule="rating.history" if earlier else "rating.current",
                    )
                    key = value.lower()
                    items.append(_doc_item(a, c, key, 1.0, clusters.get(a.doc.id, 0)))
    return _Slot(tuple(items), (), ())


def _answer_kind(q: Question, pool: Sequence[Analyzed], clusters: dict[str, int], lines: list[str]) -> Answer:
    if q.kind == "person" and (qm := _QUOTE_Q.match(q.text.strip())):
        quoted = _quote_answer(q, qm.group("quote"), pool, clusters, lines)
        if quoted is not None:
            return quoted
    slot_fn: Callable[[Question, Sequence[Analyzed], dict[str, int]], _Slot] | None = None
    same: Callable[[Item, Item], bool] | None = None
    if q.kind == "person" and _CAUSE_Q.match(q.text.strip()):
        return _open_answer(q, pool, clusters, lines)  # "Who is responsible for ...?" asks for a cause
    if q.kind == "person" and _person_slot_of(q) is _person_slot:
        posts = _role_parts_answer(q, pool, lines)
        if posts is not None:
            return posts
    if q.kind == "number":
        slot_fn = _number_slot
    elif q.kind == "person":
        slot_fn = _person_slot_of(q)
        same = _same_person
    elif q.kind == "date":
        slot_fn = _date_slot
    elif q.kind == "yesno":
        if _CAUSE_Q.match(q.text.strip()):
            # "Is X to blame for Y?": when sources name rival causes, the answer is their causes
            cause = _cause_answer(q, pool, clusters, list(lines))
            if cause is not None and cause.conflict_type == "conflicting_opinions":
                return cause
        ans = _answer_yesno(q, pool, clusters)
        return replace(ans, explanation=(*lines, *ans.explanation))
    if slot_fn is None and q.kind == "open" and _RATING_Q.search(q.text.strip()):
        slot_fn = _rating_slot
    if slot_fn is None:
        return _open_answer(q, pool, clusters, lines)
    slot = slot_fn(q, pool, clusters)
    if slot_fn is _rating_slot and not slot.items:
        return _open_answer(q, pool, clusters, lines)
    slot = _satire_slot(slot, lines)
    if q.kind == "number" and slot.refuted:
        slot = _corrected_figures(slot, pool, lines)
    if q.as_of is not None and q.kind == "number":
        slot = _in_force(slot, q.as_of, lines)
    if q.as_of is not None and q.kind == "person":
        slot = _not_yet_in_post(slot, pool, q.as_of, lines)
    if q.period is not None:
        inside = [i for i in slot.items if _in_period(i, q.period)]
        if len(inside) < len(slot.items):
            lines.append(
                f"set aside {len(slot.items) - len(inside)} figure(s) that hold outside {q.period[0].year}"
            )
        slot = replace(slot, items=tuple(inside))
    if not slot.items and not slot.refuted:
        if q.kind == "person":
            return _open_answer(q, pool, clusters, lines)
        return _nothing(q, lines)
    lines.append(
        f"found {len(slot.items)} claim(s) answering the slot in {len({i.doc_id for i in slot.items})} "
        f"document(s)" + (f", {len(slot.refuted)} refuted" if slot.refuted else "")
    )
    groups = group_items(slot.items, same)
    refuted = group_items(slot.refuted, same)
    for g in groups:
        lines.append(
            f"group {g.value}: "
            + ", ".join(
                f"{i.claim.value} [{i.label}] as of {as_of_string(i) or 'undated'} "
                f"({i.claim.rule}, {i.score:.1f})"
                for i in g.items
            )
        )
    plural = bool(re.match(r"^(?:who|which|what)\s+(?:are|were)\b", q.text.strip(), re.I))
    # "who won the three ward seats", "who won the medals": several winners are parts of one list
    plural |= slot_fn is _winner_slot and _list_question(q)
    window = _same_time_window(slot.items)
    lines.append(f"values less than {window + 1} day(s) apart count as the same time")
    if q.kind == "number":
        groups = _merge_near(groups)
    res = classify(
        groups,
        refuted,
        refutation_notes=slot.notes,
        parts_hint=slot.parts or plural,
        same_time_days=window,
        supersedes=slot.supersedes,
    )
    if res.conflict_type == "outdated" and slot.weak and res.current:
        res = _with_weak_older(res, slot.weak)
    res = _refine(res, q, slot)
    if res.conflict_type != "misinformation" and res.current:
        notes = _slot_refutations(q, pool, res)
        if notes:
            res = Resolution(
                "misinformation",
                res.current[:1],
                (*res.current[1:], *res.superseded),
                (),
                "misinformation.report-about-slot",
                (*res.reasons, "a source refutes or corrects a report about the answer:", *notes),
            )
    rival_finder = _RIVALS.get(q.kind)
    if rival_finder is not None and res.conflict_type == "no_conflict" and len(res.current) == 1:
        find, rule, why = rival_finder
        rivals = find(q, pool, clusters, res.current[0].items)
        if rivals:
            res = Resolution(
                "conflicting_opinions",
                (res.current[0], *group_items(rivals)),
                res.superseded,
                (),
                rule,
                (*res.reasons, why + "; ".join(f"{i.claim.value} [{i.label}]" for i in rivals)),
            )
    return _render(q, res, slot, lines)


# ------------------------------------------------------------------------------------------ rival estimates

# A story that sets sides against each other over a figure: a side doubts, disputes or counters another's.
_RIVALRY = re.compile(
    r"\b(?:skeptic\w*|sceptic\w*|critics?|disput\w+|disagree\w*|challeng\w+|rival|camps?|both sides|"
    r"two sides|far apart|divided|optimistic|inflated|overstat\w*|exaggerat\w*|fantasy|misleading|"
    r"counter(?:ed|s)|questioned|doubts?|contested|insists?|argu(?:e|es|ed|ing)|the case against)\b",
    re.I,
)
# A figure someone puts forward: "put the net gain at", "estimates", "forecasts", "says", "found".
_ESTIMATE = re.compile(
    r"\b(?:puts?|putting)\s+(?:[\w'’-]+\s+){0,4}at\b|\bestimat\w*|\bforecasts?\b|\bproject(?:s|ed|ions?)\b|"
    r"\bpredict\w*|\breckon\w*|\bargu\w+|\binsist\w*|\bsays?\b|\bsaid\b|\bclaim\w*|\bsuggest\w*|\bcalculat\w*|"
    r"\bfound\b|\bfinds\b|\bshows?\b|\baccording to\b|\bcloser to\b|\bno more than\b|\bat most\b|"
    r"\bas little as\b",
    re.I,
)
# Nouns a rival figure's sentence may use instead of the question's words ("put the net gain at ...").
_ESTIMATE_NOUNS = frozenset(
    stem(w)
    for w in """figure estimate gain effect impact benefit number total value worth reduction increase cost
    saving lead gap age""".split()
)


def _same_measure(c: Claim, c0: Claim) -> bool:
    """Two figures measure the same kind of thing: both shares, both money, or counts in one unit of one
    noun ("2,000 homes" against "4,500 homes"; "18,500 years" against "42,000 years")."""
    k = _kind_of(c)
    if k != _kind_of(c0):
        return False
    if k != "count":
        return True
    if c.unit.lower() != c0.unit.lower():
        return False
    if c.unit or not (c.subject and c0.subject):
        return True
    return bool(_expand(_stems(c.subject)) & _stems(c0.subject))


def _rival_estimates(
    q: Question,
    pool: Sequence[Analyzed],
    clusters: dict[str, int],
    anchors: Sequence[Item],
) -> list[Item]:
    """Figures for the same quantity that other stories attribute to another side, where a side disputes
    the figures ("Economists skeptical of stadium windfall ... He put the net gain at $150 million").

    The rival's sentence often lacks the question's words, so the story must name the question's subject,
    put the figure forward (an estimate, a forecast, what someone says or found), measure the same kind of
    thing as the answer, and carry debate language or restate the answer's own figure to argue with it.
    A figure tied to change language ("rose to", "up from") or months away from the answer is an update,
    not a side."""
    if not anchors:
        return []
    base = anchors[0].claim
    nums = [n for n in (i.claim.number for i in anchors) if n is not None]
    if not nums or any(n <= 0 for n in nums):
        return []
    own_docs = {i.doc_id for i in anchors}
    names = _proper_names(q.text)
    terms = _expand(set(q.terms))
    in_question = {n for n in (parse_number(w) for w in _WORD_RE.findall(q.text)) if n is not None}
    when = [d for i in anchors if i.precise and (d := sort_point(i)) is not None]
    anchor_values = {i.claim.value for i in anchors}
    found: dict[str, Item] = {}
    for a in pool:
        if a.doc.id in own_docs:
            continue
        text = a.doc.text
        low = f"{a.doc.title or ''} {text}".lower()
        restates = any(re.search(r"(?<![\d.,])" + re.escape(v) + r"(?![\d])", text) for v in anchor_values)
        # a story arguing with the answer's own figure may name its subject only in part ("a proposed
        # lithium mine near Carrick St Just will create 600 jobs" for the Tarn Moss mine)
        if (
            names
            and not any(_name_prefix(n) in low for n in names)
            and not (restates and len(terms & _stems(low)) >= 3)
        ):
            continue
        if not restates and not _RIVALRY.search(f"{a.doc.title or ''} {text}"):
            continue
        lo, _ = _doc_point(a)
        # a date guessed from the content ("as they did in 2020") cannot set a side apart in time
        sure = _precise_doc(a) and a.date.confidence >= 0.6
        if when and lo is not None and sure and min(abs((lo - d).days) for d in when) > 90:
            continue
        best: tuple[float, Claim] | None = None
        for c in a.claims:
            if c.kind != "quantity" or c.polarity != "asserted" or "history" in c.rule or c.unit == "score":
                continue
            n = c.number
            if n is None or n <= 0 or n in in_question or not _same_measure(c, base):
                continue
            if any(abs(n - m) <= 0.02 * max(n, m) for m in nums) or max(n / m for m in nums) > 50:
                continue
            if max(m / n for m in nums) > 50 or _in_correction(a, c):
                continue
            if _CLAIM_THAT.search(text, c.sentence_start if c.sentence_start >= 0 else 0, c.start):
                continue  # "challenged the claim that they are 40,000 years old": the other side's figure
            sent = _sentence(a, c)
            s0 = c.sentence_start if c.sentence_start >= 0 else 0
            if change_of(sent, c.start - s0, c.end - s0):
                continue
            if not _ESTIMATE.search(sent):
                continue
            if _elsewhere(q.scope, sent, c.start - s0):
                continue  # "a further 600 properties in neighbouring Ashcombe": another place's figure
            if any(
                o is not c
                and o.kind == "quantity"
                and o.number in nums
                and o.sentence_start == s0
                and o.subject
                and c.subject
                and not _stems(o.subject) & _stems(c.subject)
                for o in a.claims
            ):
                continue  # "about 1,140 hectares of kiwifruit and 310 of avocado": a breakdown, not a side
            st = _stems(sent)
            hits = len(terms & st)
            # a story that restates the answer's figure argues about the same measure in the same unit
            same_unit = restates and c.unit.isalpha() and c.unit == base.unit
            about = hits or st & _ESTIMATE_NOUNS or _stems(c.subject) & _stems(base.subject)
            if not about and not same_unit:
                continue
            score = hits + (1.0 if _RIVALRY.search(sent) else 0.0)
            if best is None or score > best[0]:
                best = (score, c)
        if best is not None:
            c = best[1]
            found.setdefault(_number_key(c), _doc_item(a, c, _number_key(c), 2.0, clusters.get(a.doc.id, 0)))
    return list(found.values())


# A side's own date for a future event: its assessment, its programme, a "not before" floor.
_DATE_STANCE = re.compile(
    r"\b(?:not|unlikely\s+to\s+\w+)\s+(?:\w+\s+){0,2}?(?:before|until)\s*$"
    r"|\b(?:says?|said|insists?|insisted|argues?|argued|believes?|expects?|expected|estimates?|predicts?|"
    r"assessment|programme|program|schedule|planning\s+for|target|forecasts?|on\s+(?:course|track))\b"
    r"[^.;]{0,60}$",
    re.I,
)
# Rival dates come from sides at odds over the timetable, not from a later update of it; blame for a
# delay ("blamed ground conditions") is how an update explains itself.
_DATE_RIVALRY = re.compile(
    r"\b(?:not\s+accept|disput\w+|disagree\w*|reject\w*|insists?|insisted|claims?\s+from|both\s+sides|"
    r"who\s+to\s+believe|not\s+realistic|unrealistic|sceptic\w*|skeptic\w*|doubts?|row)\b",
    re.I,
)


def _rival_dates(
    q: Question, pool: Sequence[Analyzed], clusters: dict[str, int], anchors: Sequence[Item]
) -> list[Item]:
    """Dates for a future event that another side puts forward while the sides are at odds over the
    timetable ("our programme shows spring 2026" / "in the council's assessment, not before 2027").

    The story must name the question's subject and carry the row (a side rejects, disputes or doubts the
    other's date); the date must be stated as a side's view, lie ahead of its story and not overlap the
    answer's; a date the event moved from or a refuted one is not a side."""
    if not anchors or not _FUTURE_Q.match(q.text.strip()):
        return []
    spans = [iv for i in anchors if (iv := timex_interval(i.claim.value)) is not None]
    if not spans:
        return []
    names = _proper_names(q.text)
    events = _expand(set(q.terms)) | _EVENT_WORDS
    when = [d for i in anchors if i.precise and (d := sort_point(i)) is not None]
    found: dict[str, Item] = {}
    for a in pool:
        text = a.doc.text
        low = f"{a.doc.title or ''} {text}".lower()
        if names and not _most_named(names, low):
            continue
        if not _DATE_RIVALRY.search(f"{a.doc.title or ''} {text}"):
            continue
        lo_doc, _ = _doc_point(a)
        if when and lo_doc is not None and _precise_doc(a) and min(abs((lo_doc - d).days) for d in when) > 90:
            continue
        for t in a.timexes:
            iv = timex_interval(t.value) if t.type == "DATE" else None
            if iv is None or any(iv[0] <= hi and lo <= iv[1] for lo, hi in spans):
                continue
            if lo_doc is not None and iv[1] < lo_doc:
                continue  # a date already past when the story ran is history, not a forecast
            s0 = max(a.doc.text.rfind("\n", 0, t.start), a.doc.text.rfind(". ", 0, t.start)) + 1
            before = text[s0 : t.start]
            if not _DATE_STANCE.search(before) or _FORMER_DATE.search(before) or refutation_of(before):
                continue
            ends = [e for e in (text.find(". ", t.end), text.find("\n", t.end)) if e >= 0]
            s1 = min(ends) if ends else len(text)
            if not events & _stems(text[s0:s1]) and not _DATE_STANCE.search(before[-40:]):
                continue
            c = _date_claim(a, t, q.focus, s0, s1, "date.timex.rival", "asserted")
            found.setdefault(
                t.value, _doc_item(a, c, t.value, 2.0, clusters.get(a.doc.id, 0), dated_by_doc=True)
            )
    return list(found.values())


_RivalFinder = Callable[[Question, Sequence[Analyzed], dict[str, int], Sequence[Item]], list[Item]]
# A single answer another side disputes with its own value: by question kind, the finder, its rule and why.
_RIVALS: dict[str, tuple[_RivalFinder, str, str]] = {
    "number": (
        _rival_estimates,
        "conflicting_opinions.rival-estimates",
        "other stories put forward their own figure in a dispute: ",
    ),
    "date": (
        _rival_dates,
        "conflicting_opinions.rival-dates",
        "sides at odds over the timetable put forward their own date: ",
    ),
}


_CLAUSE_SPEAKER = re.compile(
    r"(?P<sp>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|economist|analyst|official|officials|spokes\w+))*)\s+"
    r"(?:says|said|estimates|estimated|argues|argued|claims|claimed|predicts|predicted|projects|projected|"
    r"expects|expected|warns|warned|insists|insisted|contends|believes|fears?|feared|"
    r"puts? (?:it|the \w+) at)\b"
    r"|\baccording to\s+(?P<sp2>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)"
)


def _value_statement(it: Item, q: Question) -> Statement:
    """An item as evidence for :func:`decide`: its sentence, the value's place in it, and the side the
    value's own clause attributes it to (else the sentence's speaker)."""
    a, c = it.source, it.claim
    s0 = c.sentence_start if c.sentence_start >= 0 else max(0, c.start - 150)
    sent = _sentence(a, c)
    at, end = c.start - s0, c.end - s0
    lo, hi = clause_around(sent, at, end)
    m = _CLAUSE_SPEAKER.search(sent, lo, hi)
    speaker = (m.group("sp") or m.group("sp2")) if m else ""
    return Statement(
        it.label,
        sent,
        c.value,
        it.key,
        at,
        end,
        sort_point(it),
        it.cluster,
        speaker or c.speaker or speaker_of(sent),
    )


def _refine(res: Resolution, q: Question, slot: _Slot) -> Resolution:
    """Check the date-based typing against the evidence features of each value's sentence.

    Rival values that differ only by their dates, each stated by a different named side with estimate or
    stance language and none with change language tied to it, are opinions, not an update; rivals at the
    same time one of which a source ties to change language ("rose to 31") are an update.
    """
    if res.conflict_type not in ("outdated", "conflicting_opinions") or res.refuted:
        return res
    groups = [*res.current, *res.superseded]
    if any(i.history for g in groups for i in g.items) or slot.supersedes:
        return res
    stmts = [_value_statement(i, q) for g in groups for i in g.items]
    dec = decide(stmts, same_time_days=10**6)
    note = ("evidence features: " + " | ".join(dec.reasons), f"decision procedure: {dec.rule}")
    if res.conflict_type == "outdated" and dec.rule == "decide.named-sides":
        sided = {k.split(" by ")[0] for k in dec.reasons[-1].partition(": ")[2].split("; ")}
        cur = tuple(g for g in groups if g.key in sided or g is res.current[0])
        rest = tuple(g for g in groups if g not in cur)
        return Resolution(
            "conflicting_opinions",
            cur,
            rest,
            rule="conflicting_opinions.named-sides",
            reasons=(*res.reasons, *note, "each value is a different side's estimate: no verdict"),
        )
    if (
        res.conflict_type == "outdated"
        and _HYPOTHETICAL_Q.search(q.text)
        and dec.rule != "decide.change-cue"
        and len({i.cluster for g in groups for i in g.items}) > 1
    ):
        # "How many jobs would the wage rise cost?": figures for something that has not happened are
        # forecasts, and different sources' forecasts are sides, not a series of updates
        return Resolution(
            "conflicting_opinions",
            tuple(groups),
            (),
            rule="conflicting_opinions.forecasts",
            reasons=(
                *res.reasons,
                *note,
                "the question asks about a hypothetical: each figure is a forecast",
            ),
        )
    if (
        res.conflict_type == "conflicting_opinions"
        and dec.rule == "decide.parts"
        and not q.scope
        and len({i.cluster for g in groups for i in g.items}) == len(groups)
        # an estimate ("police estimated 1,200") is a side's figure even when it names a place
        and not any(stance_of(st.sentence) not in _PLAIN_STANCES for st in stmts)
    ):
        # "How many homes lost power?": 14,200 "in our Northmoor area", 9,800 "in the Carrick valley",
        # each source's figure for its own area is a part of the whole, not a rival estimate
        return Resolution(
            "complementary",
            tuple(groups),
            (),
            rule="complementary.per-part",
            reasons=(*res.reasons, *note, "each source's value belongs to its own part"),
        )
    if res.conflict_type == "conflicting_opinions" and dec.rule == "decide.change-cue":
        top = res.current[0]
        return Resolution(
            "outdated",
            (top,),
            tuple(g for g in groups if g is not top),
            rule="outdated.change-cue",
            reasons=(*res.reasons, *note),
        )
    return replace(res, reasons=(*res.reasons, *note))


_PLAIN_STANCES = frozenset({"", "said", "says", "say", "according to"})
_HYPOTHETICAL_Q = re.compile(
    r"\b(?:would|could|might)\b|\bwill\b.*\b(?:create|add|cost|deliver|raise|save|bring)\b", re.I
)


def _corrected_figures(slot: _Slot, pool: Sequence[Analyzed], lines: list[str]) -> _Slot:
    """A refuted figure's correction usually states the right one beside the wrong one ("The city paid
    $8,400, not $84,000"), often in words the question does not use. Asserted figures of the same kind set
    against a refuted figure in its sentence join the slot, and the refuted figure leaves it everywhere."""
    wrong = {i.key: i for i in slot.refuted}
    # the source's own statement of the right figure outranks figures merely near the topic
    best = max((i.score for i in slot.items), default=0.0)
    found: list[Item] = []
    for a in pool:
        for c in a.claims:
            r = wrong.get(_number_key(c)) if c.kind == "quantity" else None
            if r is None:
                continue
            for o in a.claims:
                if (
                    o.kind == "quantity"
                    and o.polarity == "asserted"
                    and o.start != c.start
                    and (o.unit == c.unit or (o.unit in "$€£" and c.unit in "$€£"))
                    and _number_key(o) not in wrong
                    and (
                        (o.sentence_start == c.sentence_start and _in_correction_pair(a.doc.text, o, c))
                        or _states_correct_figure(a.doc.text, c, o)
                    )
                ):
                    top = max(r.score, best) + 0.5
                    found.append(_doc_item(a, o, _number_key(o), top, r.cluster))
    if not found:
        return slot
    lines.append(
        "a correction states "
        + ", ".join(f"{i.claim.value} [{i.label}]" for i in found)
        + " in place of the refuted "
        + ", ".join(sorted({i.claim.value for i in slot.refuted}))
    )
    kept = [i for i in slot.items if i.key not in wrong]
    dropped = [i for i in slot.items if i.key in wrong]
    return replace(slot, items=(*kept, *found), refuted=(*slot.refuted, *dropped))


def _in_correction_pair(text: str, right: Claim, wrong: Claim) -> bool:
    """ "paid $8,400, not $84,000", "$8,400 rather than $84,000", "should have read $8,400": the two
    figures are set against each other, not merely listed."""
    return _SET_AGAINST.search(text, min(right.end, wrong.end), max(right.start, wrong.start)) is not None


def _states_correct_figure(text: str, wrong: Claim, right: Claim) -> bool:
    """ "... was incorrectly stated as €4.8 billion. The correct figure is €3.8 billion": the sentence right
    after the wrong figure's names the right one."""
    if not (0 <= wrong.sentence_end <= right.sentence_start <= wrong.sentence_end + 2):
        return False
    m = _CORRECT_FIGURE.search(text, right.sentence_start, right.start)
    return m is not None and not text[m.end() : right.start].strip(" :")


_CORRECT_FIGURE = re.compile(
    r"\b(?:the\s+)?(?:correct|actual|right|accurate|true)\s+(?:figure|number|amount|total|value|count|"
    r"result|sum|price|cost)\s+(?:is|was|should have been|should be|stands at)\b",
    re.I,
)
_SET_AGAINST = re.compile(r"\b(?:not|rather than|instead of|corrected to|should have (?:read|been))\b", re.I)


def _in_correction(a: Analyzed, c: Claim) -> bool:
    """The value follows, in its sentence, a cue that rejects or refutes a report, with no statement of the
    right figure in between ("rejected claims that turnout exceeded 100%"): it is part of what is rejected,
    neither asserted nor the false value itself. "1,500 jobs, the company said in a corrected statement"
    keeps its value: the cue comes after it."""
    if c.sentence_start < 0:
        return False
    sent = _sentence(a, c)
    at = c.start - c.sentence_start
    cue = _REJECTS_REPORT.search(sent, 0, at)
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
    r"\b(?:false(?:ly)?|untrue|debunk(?:ed|s|ing)?|denied|denies|fake|fabricated|baseless|unfounded|"
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


def _slot_refutations(q: Question, pool: Sequence[Analyzed], res: Resolution) -> list[str]:
    """Refutations of a report about the slot itself: the refuting sentence names one of the slot's values
    (a person by surname) or the question's attribute, and speaks of a report, a claim or a correction
    ("dismissed as untrue a report that Raman has been stripped of the captaincy"). Such a report is false
    even when the values also differ over time; a refutation about something else in the same document
    ("a study found no evidence") does not count."""
    names: set[str] = set()
    for g in (*res.current, *res.superseded):
        for i in g.items:
            names.add(i.claim.value if i.claim.kind != "role" else _surname(i.claim.value))
    attr = _stems(q.attribute) if q.attribute else set()
    out: list[str] = []
    for a in pool:
        for c in a.claims:
            if c.kind != "refutation":
                continue
            sent = _sentence(a, c)
            if not refutation_of(sent):
                continue
            if any(n and re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", sent, re.I) for n in names) or (
                attr and attr & _stems(sent)
            ):
                out.append(_refutation_note(a, c))
    return out


def _with_weak_older(res: Resolution, weak: Sequence[Item]) -> Resolution:
    """Weaker matches older than the current value join the superseded ones; they never become current."""
    top = res.current[0].point
    shown = {g.key for g in (*res.current, *res.superseded, *res.refuted)}
    older = [
        g
        for g in group_items([i for i in weak if sort_point(i) is not None])
        if g.key not in shown and top is not None and g.point is not None and g.point < top
    ]
    if not older:
        return res
    return replace(res, superseded=(*res.superseded, *older))


_ROUND_HEDGES = frozenset(
    """more than|over|about|nearly|almost|around|roughly|some|approximately|close to|just over|just under|
    upwards of|an estimated|estimated|~|≈""".replace("\n", "").split("|")
)


def _merge_near(groups: Sequence[Group]) -> list[Group]:
    """A round, hedged figure ("more than 52,000") is the same report as an exact one within 2% (52,006)."""

    def num(g: Group) -> float | None:
        c = g.newest.claim
        return c.number if c.number is not None else parse_number(c.value)

    out = list(groups)
    for g in list(out):
        n = num(g)
        if n is None or not all(i.claim.hedge.strip() in _ROUND_HEDGES for i in g.items):
            continue
        for h in out:
            m = num(h)
            if h is g or m is None or m == n or h.newest.claim.unit != g.newest.claim.unit:
                continue
            if abs(m - n) <= 0.02 * max(abs(m), abs(n)) and not all(i.claim.hedge for i in h.items):
                out[out.index(h)] = Group(h.key, (*h.items, *g.items))
                out.remove(g)
                break
    return out


_CHANGE_CUE = re.compile(
    r"\b(?:rose|risen|rises|fell|falls|fallen|increased|decreased|climbed|dropped|reduced|lowered|raised|"
    r"revised|updated|now|up from|down from|has been|have been|latest|new|broke|breaking|stands at|remains?|"
    r"still|eased|jumped|slipped|grew|shrank|cut|named|appointed|succeed(?:s|ed|ing)?|replac(?:es|ed|ing)|"
    r"fired|stepped down|resigned|delayed|postponed|moved)\b",
    re.I,
)
_DISPUTE_CUE = re.compile(
    r"\b(?:disput(?:e|es|ed|ing)|contradict(?:s|ed|ing)?|challeng(?:e|es|ed|ing)|disagree(?:s|d)?|"
    r"estimat(?:e|es|ed)|according to|far (?:more|fewer|less) than|critics?|argue[sd]?|insist(?:s|ed)?|"
    r"counter(?:s|ed)?|however)\b",
    re.I,
)


def _same_time_window(items: Sequence[Item]) -> int:
    """How many days apart two rival values may be and still count as the same time.

    Reports of a change ("rose to 31", "was named") make any later value newer; rival estimates that
    dispute each other ("an audit estimates ...") stay rivals for weeks; otherwise a week.
    """
    sents = [_sentence(i.source, i.claim) for i in items]
    if any(i.history for i in items) or any(_CHANGE_CUE.search(s) for s in sents):
        return 1
    if any(_DISPUTE_CUE.search(s) for s in sents):
        return 60
    return 7


def _refuted_by(a: Analyzed, s0: int, s1: int) -> str:
    """The cue of a later sentence of the source that refutes the report told in ``[s0, s1)``, else ""."""
    return next((cue for t0, t1, at, cue in _later_verdicts(a) if at >= s1 and t0 < s1 and s0 < t1), "")


def _open_answer(q: Question, pool: Sequence[Analyzed], clusters: dict[str, int], lines: list[str]) -> Answer:
    """No slot to fill: quote the sentences that best match the question, and type how they relate.

    The best-matching sentences (up to two per document, near the best score) are the evidence; the
    decision procedure of :func:`tidings.conflicts.decide` reads them: a refuted report, a change, parts of
    a list the question asks for, or named sides.
    """
    want = _expand(set(q.terms))
    scored: list[tuple[float, Analyzed, int, int]] = []
    for a in pool:
        for s0, s1 in split(a.doc.text):
            st = _stems(a.doc.text[s0:s1])
            score = len(want & st) + 0.001 * (a.date.latest or date.min).toordinal() / 1000
            scored.append((score, a, s0, s1))
    if not scored or max(s[0] for s in scored) < 1:
        return _nothing(q, lines)
    top = max(s[0] for s in scored)
    best = max(scored, key=lambda s: s[0])
    floor = max(2.0, 0.75 * top)
    per_doc: dict[str, int] = {}
    evidence: list[tuple[float, Analyzed, int, int]] = []
    for sc in sorted(scored, key=lambda s: -s[0]):
        if sc[0] < floor:
            break
        n = per_doc.get(sc[1].doc.id, 0)
        if n < 2:
            per_doc[sc[1].doc.id] = n + 1
            evidence.append(sc)
    stmts = [
        Statement(
            _label(a),
            a.doc.text[s0:s1],
            point=_doc_point(a)[0],
            cluster=clusters.get(a.doc.id, 0),
            speaker=speaker_of(a.doc.text[s0:s1]),
            refuted_by=_refuted_by(a, s0, s1),
        )
        for _, a, s0, s1 in evidence
    ]
    dec = decide(stmts, list_question=_list_question(q)) if len(stmts) > 1 else None
    listing = _list_question(q) or _member_type(q) == "money"
    # a question of several kinds ("what will it cost, who is building it and when") is not one list
    multi = _MULTI_PART_Q.search(q.text) is not None
    asks_why = _WHY_Q.match(q.text) is not None
    # "What caused the fish deaths?" asks for a cause before any list of the names its sentences carry
    if asks_why or _CAUSE_Q.match(q.text.strip()):
        # a why-question asks for a cause, never for a list of the names its sentences carry
        why = _cause_answer(q, pool, clusters, lines)
        if why is not None:
            return why
    # a why-question the cause cues cannot answer is answered by quoting, never by the names its
    # sentences carry ("Why was the school closed?" is not "Paul Everly, Cedar Bluff")
    # "What did the inspectors find?" asks for findings of any kind; things listed are one kind
    found_q = _FOUND_Q.search(q.text) is not None
    members = (
        _list_members(q, pool, clusters)
        if (listing or _member_type(q) == "place") and (found_q or not multi) and not asks_why
        else []
    )
    if found_q and len(members) < 2:
        members = []  # one thing is no list of finds: the facts of the best sentences answer instead
    if members:
        return _list_answer(q, members, dec, listing, lines)
    if q.one_person and not multi:
        # "Who ruled in the case?" with no role to fill: the person its best sentences name most
        person = _list_members(q, pool, clusters, most=1)
        if person:
            lines.append("person question without a role: the name the best-matching sentences give most")
            return _list_answer(q, person, dec, False, lines)
    if _CAUSE_Q.match(q.text.strip()):
        cause = _cause_answer(q, pool, clusters, lines)
        if cause is not None:
            return cause
    facts_type: ConflictType | None = None
    if dec is None or dec.conflict_type in ("no_conflict", "complementary"):
        facts = _facts_answer(q, scored, top, clusters, list(lines) if asks_why else lines)
        if facts is not None and not asks_why:
            return facts
        # a why-question is answered by quoting, never by the names and figures of its sentences; how the
        # sources relate is still what their facts show
        facts_type = facts.conflict_type if facts is not None else None
    _, a, s0, s1 = best
    as_of = (
        a.date.value
        if a.date.granularity != "week"
        else (a.date.earliest.isoformat()[:7] if a.date.earliest else None)
    )
    lines.append("open question: quoted the best-matching sentence")
    if dec is None or dec.conflict_type == "no_conflict" or dec.conflict_type == "outdated":
        text = (
            f'"{_clip(a.doc.text[s0:s1], 300)}" [{_label(a)}]' + (f", as of {as_of}" if as_of else "") + "."
        )
        if dec is not None:
            lines.extend(dec.reasons)
            lines.append(f"conflict type: {dec.conflict_type} (rule {dec.rule})")
        return Answer(
            q.text,
            q.kind,
            text,
            (),
            facts_type or (dec.conflict_type if dec else "no_conflict"),
            as_of,
            (_cite(a, s0, s1),),
            explanation=tuple(lines),
        )
    lines.extend(dec.reasons)
    lines.append(f"conflict type: {dec.conflict_type} (rule {dec.rule})")
    shown: list[tuple[float, Analyzed, int, int]] = []
    seen_docs: set[str] = set()
    for e in evidence:
        if e[1].doc.id not in seen_docs:
            seen_docs.add(e[1].doc.id)
            shown.append(e)
    quotes = [f'"{_clip(x.doc.text[b0:b1], 200)}" [{_label(x)}]' for _, x, b0, b1 in shown[:4]]
    if dec.conflict_type == "misinformation":
        text = "Some reports were refuted or corrected: " + "; ".join(quotes)
    elif dec.conflict_type == "conflicting_opinions":
        text = "Sources disagree: " + "; ".join(quotes)
    else:
        text = "Each source gives part of the answer: " + "; ".join(quotes)
    text += (f", as of {as_of}" if as_of else "") + "."
    return Answer(
        q.text,
        q.kind,
        text,
        (),
        dec.conflict_type,
        as_of,
        tuple(_cite(x, b0, b1) for _, x, b0, b1 in shown[:4]),
        explanation=tuple(lines),
    )


_CAUSE_Q = re.compile(
    r"^(?:what|which\s+\w+)\s+(?:caused|causes|started|sparked|triggered|led\s+to|killed|kills|destroyed|"
    r"damaged|prompted|forced|was\s+behind|is\s+behind)\b"
    r"|^what\s+(?:is|was|were|are)\s+(?:the\s+)?(?:likely\s+|main\s+|official\s+)?causes?\s+of\b"
    r"|^why\s+(?:did|does|do|is|was|were|are|has|have)\b"
    # "Who is responsible for the derailment?", "Is the power station to blame for the fish kill?"
    r"|^who\s+(?:is|was|are|were)\s+(?:responsible|to\s+blame)\s+for\b"
    r"|^(?:is|are|was|were)\s+.{3,80}?\s+(?:responsible|to\s+blame)\s+for\b",
    re.I,
)
_CAUSE_WORDS = frozenset(
    stem(w) for w in "cause caused causes start started spark sparked trigger triggered why".split()
)


def _cause_key(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in _WORD_RE.findall(text.lower()) if w not in _STOP and len(w) > 2)


# --------------------------------------------------------------------------------------------- quotes
# "Who said 'A border is a promise'?": a quote shared under one name is often someone else's line. The
# sources name the speaker after a dash, after "attributed to", or as the author ("by", "poet X", "X
# wrote"); a name a source says never said it ("misattributed", "not her words") is refuted.

_QUOTE_Q = re.compile(
    r"^who\s+(?:first\s+|really\s+|actually\s+)?(?:said|wrote|coined|wrote the line|is the author of)\s+"
    r"(?:the\s+(?:line|quote|phrase|words)\s+)?[\"“'‘](?P<quote>[^\"”]{8,})[\"”'’]",
    re.I,
)
_QNAME = r"(?P<n>(?:[A-Z][\w'’-]+[ \t]+){1,4}[A-Z][\w'’-]+)"
_QUOTE_TITLES = frozenset(
    """prime minister president senator governor mayor chancellor king queen dr sir dame poet judge general
    pope reverend chief executive secretary former late author writer novelist singer actor""".split()
)
_ATTRIBUTED = re.compile(r"\b(?:attributed|credited|ascribed)\s+to\s+(?:the\s+)?" + _QNAME)
_DASH_ATTRIBUTED = re.compile(r"[\"”]\s*[-–—]{1,2}\s*" + _QNAME)
_NEVER_SAID_NAME = re.compile(
    _QNAME + r"\s+(?:never said|did not say|didn't say|has never said|did not write|never wrote)\b"
)
_AUTHOR = re.compile(
    r"\b(?:written by|penned by|coined by|by(?:\s+the)?(?:\s+(?:poet|author|writer|novelist|playwright|"
    r"songwriter))?|(?:[Pp]oet|[Aa]uthor|[Nn]ovelist|[Pp]laywright|[Ss]ongwriter))\s+"
    + _QNAME
    + r"|"
    + _QNAME.replace("?P<n>", "?P<m>")
    + r",?\s+(?:who\s+)?(?:wrote|penned|coined)\b"
)
_MISATTRIBUTED = re.compile(
    r"\b(?:misattribut\w*|wrongly attributed|falsely attributed|fake quote|fabricated|not (?:his|her|their) "
    r"words|never said|did not say|didn't say|does not appear in any|no record of (?:him|her|them) saying)\b",
    re.I,
)


def _quote_name(raw: str) -> str:
    words = raw.split()
    while words and (words[0].lower().strip(".") in _QUOTE_TITLES or words[0].lower() in _STOP):
        words = words[1:]
    return " ".join(words) if len(words) >= 2 else ""


def _quote_answer(
    q: Question, quote: str, pool: Sequence[Analyzed], clusters: dict[str, int], lines: list[str]
) -> Answer | None:
    words = _stems(quote)
    if len(words) < 2:
        return None
    authors: dict[str, list[tuple[Analyzed, int, int]]] = {}
    refuted: dict[str, list[tuple[Analyzed, int, int]]] = {}
    for a in pool:
        text = a.doc.text
        if 3 * len(words & _stems(f"{a.doc.title or ''} {text}")) < 2 * len(words):
            continue  # the document does not carry the quote
        denies = _MISATTRIBUTED.search(text) is not None
        spans = split(text)
        # a dash after the closing quote mark credits the speaker; the splitter ends the sentence at the mark
        for m in _DASH_ATTRIBUTED.finditer(text):
            name = _quote_name(m.group("n"))
            if name:
                s0, s1 = next(((x, y) for x, y in spans if x <= m.start("n") < y), m.span())
                authors.setdefault(name, []).append((a, s0, s1))
        for s0, s1 in spans:
            sent = text[s0:s1]
            for pat, bad in ((_ATTRIBUTED, denies), (_NEVER_SAID_NAME, True)):
                for m in pat.finditer(sent):
                    name = _quote_name(m.group("n"))
                    if name:
                        (refuted if bad else authors).setdefault(name, []).append((a, s0, s1))
            for m in _AUTHOR.finditer(sent):
                name = _quote_name(m.group("n") or m.group("m") or "")
                if name:
                    authors.setdefault(name, []).append((a, s0, s1))
    gone = {n.split()[-1] for n in refuted}
    live = {n: v for n, v in authors.items() if n.split()[-1] not in gone}
    if not live:
        return None
    ranked = sorted(live, key=lambda n: -len({clusters.get(x[0].doc.id, 0) for x in live[n]}))
    top = len({clusters.get(x[0].doc.id, 0) for x in live[ranked[0]]})
    values = tuple(n for n in ranked if len({clusters.get(x[0].doc.id, 0) for x in live[n]}) == top)
    for n in ranked:
        lines.append(f"quote credited to {n}: " + ", ".join(sorted({_label(x[0]) for x in live[n]})))
    for n in refuted:
        lines.append(f"quote denied for {n}: " + ", ".join(sorted({_label(x[0]) for x in refuted[n]})))
    shown = [x for n in values for x in live[n][:2]] + [x for v in refuted.values() for x in v[:1]]
    cites = _dedupe(tuple(_cite(a, s0, s1) for a, s0, s1 in shown))
    newest = max((x[0] for x in shown), key=_doc_rank)
    as_of = _doc_as_of(newest)
    superseded = tuple(
        Superseded(n, v[0][0].doc.id, _doc_as_of(v[0][0]), v[0][0].doc.external_id, "misattributed")
        for n, v in refuted.items()
    )
    text = " / ".join(f"{n} [{', '.join(sorted({_label(x[0]) for x in live[n]}))}]" for n in values)
    ctype: ConflictType = "no_conflict"
    if refuted:
        ctype = "misinformation"
        text += "; misattributed to " + ", ".join(refuted)
        lines.append("a source says the quote is not theirs: rule misinformation.misattributed-quote")
    elif len(values) > 1:
        ctype = "conflicting_opinions"
        lines.append("sources credit the quote to different people: rule conflicting_opinions.quote")
    else:
        lines.append("one speaker credited: rule no_conflict.quote")
    return Answer(
        q.text, q.kind, text + ".", values, ctype, as_of, cites, superseded, explanation=tuple(lines)
    )


# Rejections that name the cause without a cause cue: "dismissing online claims of a cyberattack", "no
# evidence whatsoever of any cyber intrusion", an investigation form's "Evidence of arson: None found".
_REJECTED_CAUSE_EXTRA = re.compile(
    r"\b(?:dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|den(?:y|ied|ies|ying))\s+(?:the\s+|online\s+|viral\s+|"
    r"social media\s+|widespread\s+)*(?:claims?|rumou?rs?|reports?|suggestions?|speculation|allegations?)\s+"
    r"(?:of|that it was)\s+(?P<a>(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?)"
    r"|\bno\s+(?:evidence|indication|sign)\s+(?:whatsoever\s+|at all\s+)(?:of|that)\s+(?:any\s+)?"
    r"(?P<b>(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?)"
    r"|\bevidence\s+of\s+(?P<c>[\w-]+(?:\s+[\w-]+)?)\s*:\s*(?:none|no)\b",
    re.I,
)
_CAUSE_TAIL = re.compile(r"\s+(?:or|and|was|were|is|in|at|on|by|had|has|to|from)\b.*$", re.I)


# A side names the cause as the subject of its claim: "critics say new maths teachers and smaller classes did
# the work", "argues that the new manager made the difference".
_CREDITED = re.compile(
    r"\b(?:says?|said|argues?|argued|believes?|insists?|insisted|contends?)\s+(?:that\s+)?"
    r"(?P<x>(?:[\w'’-]+\s+){0,6}?[\w'’-]+)\s+(?:did\s+the\s+work|made\s+the\s+difference|"
    r"(?:was|were)\s+(?:responsible|behind\s+(?:it|the\s+\w+))|drove\s+the\s+\w+)\b",
    re.I,
)


_CHANGE_STEMS = frozenset(
    stem(w)
    for w in """rise rose risen improve improved improvement increase increased fall fell fallen drop dropped
    decline declined jump jumped grow grew growth gain gains slump slumped""".split()
)


def _credited_causes(sentence: str) -> list[Cause]:
    return [
        Cause(Fact(m.group("x"), m.start("x"), m.end("x"), "cause"), False)
        for m in _CREDITED.finditer(sentence)
    ]


def _rejected_causes(sentence: str) -> list[Cause]:
    out: list[Cause] = []
    for m in _REJECTED_CAUSE_EXTRA.finditer(sentence):
        g = next(k for k in ("a", "b", "c") if m.group(k))
        text = _CAUSE_TAIL.sub("", re.sub(r"^(?:an?|the|any)\s+", "", m.group(g), flags=re.I))
        start = m.start(g) + m.group(g).find(text)
        out.append(Cause(Fact(text, start, start + len(text), "cause"), True))
    return out


# A source revising its own earlier finding ("overturning their own initial findings", "the track buckle
# identified in our preliminary findings").
_REVISED_FINDING = re.compile(
    r"\b(?:initial(?:ly)?|preliminary|overturn\w*|revis(?:ed|es|ing)|originally|first\s+(?:thought|believed|"
    r"blamed|suspected)|earlier\s+(?:findings?|conclusions?|view))\b",
    re.I,
)
# The causes of one group: each with the document and the sentence it is named in.
_CauseGroup = list[tuple[Cause, Analyzed, int, int]]
# A source pointing at who or what is at fault: with two causes named, the sources argue.
# A cause told as someone's claim or a rumour, not asserted in a side's own name
_CLAIMING_NEAR = re.compile(
    r"\b(?:claim\w*|posts?|rumou?r\w*|alleg\w+|viral|social\s+media|theor(?:y|ies)|suggest\w*|speculat\w*)\b",
    re.I,
)
_BLAME = re.compile(r"\b(?:blam\w*|accus\w*|point(?:s|ed|ing)?\s+(?:the\s+finger\s+)?(?:at|to))\b", re.I)


def _cause_answer(
    q: Question, pool: Sequence[Analyzed], clusters: dict[str, int], lines: list[str]
) -> Answer | None:
    """A cause question: the causes sources name after cause cues, grouped by shared words; a cause that a
    source rejects ("no evidence of a cyberattack") is misinformation, rival causes are opinions."""
    docs = _on_topic(q, pool) or list(pool)
    want = _expand(set(q.terms)) - _CAUSE_WORDS
    found: list[tuple[Cause, Analyzed, int, int]] = []
    names = _proper_names(q.text)
    # a follow-up names the event by part of its name ("the Kelso crash", "the junction's signalling"):
    # it may name the rival cause the first reports leave out
    more = [
        a
        for a in pool
        if a not in docs
        and any(_name_prefix(n) in a.doc.text.lower() for n in names)
        and len(want & _stems(a.doc.text)) >= 2
    ]
    for a in docs:
        after_about = False
        for s0, s1 in split(a.doc.text):
            sent = a.doc.text[s0:s1]
            st = _stems(sent)
            # "Why did results improve?" answered "put the rise down to ...": a change named by another word
            about = not want or bool(want & st) or bool(want & _CHANGE_STEMS and st & _CHANGE_STEMS)
            # the sentence after one about the event goes on about it ("... after E. coli turned up. A
            # spokesman said the contamination was most likely linked to a water main break.")
            about, after_about = about or after_about, about
            # a rejection in an on-topic document is about the event even when the sentence does not
            # name it ("There is no evidence of a cyberattack, the utility said.")
            found.extend((c, a, s0, s1) for c in causes_in(sent) if about or c.rejected)
            found.extend((c, a, s0, s1) for c in _rejected_causes(sent))
            found.extend((c, a, s0, s1) for c in _credited_causes(sent) if about)
    for a in more:
        for s0, s1 in split(a.doc.text):
            sent = a.doc.text[s0:s1]
            if want & _stems(sent):
                found.extend((c, a, s0, s1) for c in causes_in(sent) if not c.rejected)
                found.extend((c, a, s0, s1) for c in _credited_causes(sent))
    # an investigator's summary may name the site but not the owner ("Northam Vale Fire and Rescue:
    # Evidence of arson: none found"): it rejects a cause that the on-topic stories speak of
    spoken = " ".join(a.doc.text.lower() for a in docs)
    for a in pool if len(docs) < len(pool) and len(names) > 1 else ():
        low = a.doc.text.lower()
        if a in docs or not _most_named(names, low):
            continue
        for s0, s1 in split(a.doc.text):
            sent = a.doc.text[s0:s1]
            found.extend(
                (c, a, s0, s1)
                for c in (*causes_in(sent), *_rejected_causes(sent))
                if c.rejected and c.fact.text.split()[-1].lower() in spoken
            )
    if not found:
        return None
    groups: list[_CauseGroup] = []
    group_keys: list[set[str]] = []  # the words of each group's causes
    # "Why did results improve?" names only the effect; "Is the wind farm to blame?" names a cause too
    asks_cause = re.match(r"\s*(?:why|what|which)\b", q.text, re.I) is not None
    effect = {stem(w) for w in _WORD_RE.findall(q.text.lower()) if w not in _STOP} if asks_cause else set()
    for f in found:
        key = _cause_key(f[0].fact.text)
        if not key or (effect and key <= effect):
            continue  # "pointing to their results": the effect asked about is not its own cause
        # "corroded bearings" joins "severe corrosion in the steel bearings"; "lorries collecting dead birds"
        # and "separate introductions from wild birds" share a word but not half of either
        home = next((i for i, k in enumerate(group_keys) if 2 * len(key & k) >= min(len(key), len(k))), None)
        if home is None:
            groups.append([f])
            group_keys.append(set(key))
        else:
            groups[home].append(f)
            group_keys[home] |= key
    if not groups:
        return None
    rejected = [g for g in groups if any(c.rejected for c, *_ in g)]
    asserted = [g for g in groups if g not in rejected]
    # "Last month sailings were cancelled on seven days because of gales": a cause of an earlier episode,
    # set aside when a source names one for the event itself
    current = [
        g
        for g in asserted
        if not all(_earlier_episode(a.doc.text, s0, s0 + c.fact.start) for c, a, s0, _ in g)
    ]
    if current and len(current) < len(asserted):
        lines.append(
            "set aside causes of an earlier episode: "
            + ", ".join(g[0][0].fact.text for g in asserted if g not in current)
        )
        groups = [g for g in groups if g in current or g in rejected]
        asserted = current

    def weight(g: _CauseGroup) -> tuple[int, date]:
        return (
            len({clusters.get(a.doc.id, 0) for _, a, _, _ in g}),
            max((a.date.latest or date.min) for _, a, _, _ in g),
        )

    def shown(g: _CauseGroup) -> str:
        # the wording that says most in fewest words: "the Dunn hydro dam" over "the dam"
        return short_cause(min((c.fact.text for c, *_ in g), key=lambda t: (-len(_cause_key(t)), len(t))))

    asserted.sort(key=weight, reverse=True)
    rejecters = {a.doc.id for g in rejected for c, a, _, _ in g if c.rejected}
    # the source that rejects a cause names the one it finds instead ("A cracked axle - not the hot
    # weather - caused the derailment")
    own = [g for g in asserted if any(a.doc.id in rejecters for _, a, _, _ in g)]
    asserted = own + [g for g in asserted if g not in own]
    for g in groups:
        lines.append(
            ("rejected cause " if g in rejected else "cause ")
            + f"{shown(g)}: "
            + ", ".join(f"{c.fact.text!r} [{_label(a)}]" for c, a, _, _ in g)
        )
    superseded = tuple(
        Superseded(
            shown(g), g[0][1].doc.id, _doc_as_of(g[0][1]), g[0][1].doc.external_id, "rejected by a source"
        )
        for g in rejected
    )
    cited = [g[0] for g in asserted[:3]] + [next(x for x in g if x[0].rejected) for g in rejected[:2]]
    cites = _dedupe(tuple(_cite(a, s0, s1) for _, a, s0, s1 in cited))
    newest = max((a for _, a, _, _ in (x for g in asserted for x in g)), key=_doc_rank, default=None)
    as_of = _doc_as_of(newest) if newest is not None else None
    revised = [a for g in rejected for c, a, _, _ in g if c.rejected and _REVISED_FINDING.search(a.doc.text)]
    if rejected and own and revised:
        # investigators overturning their own first finding: the earlier cause is outdated, not false
        a_now = max(revised, key=_doc_rank)
        lines.append("the source rejecting a cause revises an earlier finding: rule outdated.cause-revised")
        older = tuple(
            Superseded(
                shown(g), g[0][1].doc.id, _doc_as_of(g[0][1]), g[0][1].doc.external_id, "earlier finding"
            )
            for g in (*rejected, *(g for g in asserted if g not in own))
        )
        text = f"{shown(own[0])} [{_label(a_now)}], as of {_doc_as_of(a_now)}; earlier: " + "; ".join(
            o.value for o in older
        )
        return Answer(
            q.text,
            q.kind,
            text + ".",
            (shown(own[0]),),
            "outdated",
            _doc_as_of(a_now),
            cites,
            older,
            explanation=tuple(lines),
        )
    # "The Food Workers Union disputes that. It says the real reason is wages": a side rejects the cause
    # another side asserts in its own name; that is a dispute between sides, not a report found false
    contested = [
        g
        for g in rejected
        if any(
            not c.rejected
            and not _CLAIMING_NEAR.search(a.doc.text, max(0, s0 + c.fact.start - 80), s0 + c.fact.start)
            for c, a, s0, _ in g
        )
    ]
    if (
        contested
        and asserted
        and not revised
        and any(_RIVALRY.search(a.doc.text) for g in (*contested, *asserted) for _, a, _, _ in g)
    ):
        sides_shown = [asserted[0], *contested[:2]]
        lines.append(
            "a side rejects the cause another side asserts: rule conflicting_opinions.disputed-cause"
        )
        text = "Sources name different causes: " + "; ".join(
            f"{shown(g)} [{_label(next((x for x in g if not x[0].rejected), g[0])[1])}]" for g in sides_shown
        )
        return Answer(
            q.text,
            q.kind,
            text + ".",
            tuple(shown(g) for g in sides_shown),
            "conflicting_opinions",
            as_of,
            cites,
            explanation=tuple(lines),
        )
    if rejected:
        values: tuple[str, ...] = (shown(asserted[0]),) if asserted else ()
        lines.append("a source rejects a reported cause: rule misinformation.rejected-cause")
        text = (
            (f"{values[0][:1].upper() + values[0][1:]} [{_label(asserted[0][0][1])}]; " if values else "")
            + "rejected: "
            + "; ".join(f"{shown(g)} [{_label(next(x for x in g if x[0].rejected)[1])}]" for g in rejected)
        )
        return Answer(
            q.text,
            q.kind,
            text + ".",
            values,
            "misinformation",
            as_of,
            cites,
            superseded,
            explanation=tuple(lines),
        )
    later = _later_cause(asserted) if len(asserted) > 1 else None
    if later is not None:
        now, old = later
        lines.append(
            "the newest source names the earlier cause and gives another: rule outdated.cause-changed"
        )
        a_now = max((a for _, a, _, _ in now), key=_doc_rank)
        text = f"{shown(now)} [{_label(a_now)}], as of {_doc_as_of(a_now)}; earlier: " + "; ".join(
            f"{shown(g)} [{_label(g[0][1])}]" for g in old
        )
        older = tuple(
            Superseded(shown(g), g[0][1].doc.id, _doc_as_of(g[0][1]), g[0][1].doc.external_id, "earlier")
            for g in old
        )
        return Answer(
            q.text,
            q.kind,
            text + ".",
            (shown(now),),
            "outdated",
            _doc_as_of(a_now),
            cites,
            older,
            explanation=tuple(lines),
        )
    if len(asserted) == 1:
        lines.append("one cause named: rule no_conflict.one-cause")
        g = asserted[0]
        label = shown(g)
        # quote the sentence whose wording is shown, not the group's first (often a headline)
        _, a1, t0, t1 = next((x for x in g if short_cause(x[0].fact.text) == label), g[0])
        text = f'{label}: "{_clip(a1.doc.text[t0:t1])}" [{_label(a1)}]'
        return Answer(
            q.text, q.kind, text + ".", (label,), "no_conflict", as_of, cites, explanation=tuple(lines)
        )
    sides = {speaker_of(a.doc.text[s0:s1]) or a.doc.id for g in asserted for _, a, s0, s1 in g[:1]}
    # several causes are parts of one explanation ("the late monsoon", "a truckers' strike") unless the
    # sources argue over them ("insists", "disputes", "blamed ... but critics say")
    argued = any(
        _RIVALRY.search(a.doc.text) or _BLAME.search(a.doc.text[s0:s1])
        for g in asserted
        for _, a, s0, s1 in g
    )
    ctype: ConflictType = "conflicting_opinions" if len(sides) > 1 and argued else "complementary"
    lines.append(f"{len(asserted)} different causes named: rule {ctype}.rival-causes")
    values = tuple(shown(g) for g in asserted[:3])
    lead = "Sources name different causes: " if ctype == "conflicting_opinions" else "Causes named: "
    text = lead + "; ".join(f"{shown(g)} [{_label(g[0][1])}]" for g in asserted[:3])
    return Answer(q.text, q.kind, text + ".", values, ctype, as_of, cites, explanation=tuple(lines))


_EARLIER_EPISODE = re.compile(
    r"\b(?:last\s+(?:month|year|winter|summer|spring|autumn|season)|(?:a|one|two|three|several)\s+"
    r"(?:years?|months?)\s+ago|in\s+(?:19|20)\d\d|previously|the\s+last\s+time|earlier\s+this\s+year)\b",
    re.I,
)


def _earlier_episode(text: str, lo: int, hi: int) -> bool:
    """Does the sentence, before its cause, place what it tells at an earlier time ("Last month sailings
    were cancelled ... because of gales")?"""
    return _EARLIER_EPISODE.search(text, lo, hi) is not None


def _later_cause(groups: Sequence[_CauseGroup]) -> tuple[_CauseGroup, list[_CauseGroup]] | None:
    """The cause that replaced others over time: a source names a cause of its own and also the other
    sources' cause as one that is over ("even though Storm Fionn has passed, after engineers found a
    fault in the gearbox"). Nobody may argue over the causes."""
    for now in groups:
        old = [g for g in groups if g is not now]
        now_docs = list({a.doc.id: a for _, a, _, _ in now}.values())
        if any(a in now_docs for g in old for _, a, _, _ in g):
            continue
        if any(_RIVALRY.search(a.doc.text) for a in now_docs):
            continue
        if all(_replaced(g, now_docs) for g in old):
            return now, old
    return None


def _replaced(old: _CauseGroup, now_docs: Sequence[Analyzed]) -> bool:
    """Do the newer sources name the old cause as one that is over ("even though Storm Ide has passed")?
    A later report that merely names it again may be a side arguing, so it does not count."""
    key = _cause_key(old[0][0].fact.text)
    return any(
        key & _stems(a.doc.text[s0:s1]) and _CAUSE_OVER.search(a.doc.text, s0, s1)
        for a in now_docs
        for s0, s1 in split(a.doc.text)
    )


# A cause named as over: "even though Storm Fionn has passed", "the strike has ended", "no longer".
_CAUSE_OVER = re.compile(
    r"\b(?:has|have|had)\s+(?:now\s+)?(?:passed|eased|ended|cleared|subsided|been\s+(?:lifted|fixed|repaired|"
    r"resolved))\b|\bno\s+longer\b|\beven\s+though\b|\bdespite\b",
    re.I,
)


# Questions whose answer has several parts: "when and where", "what damage", "how is it funded",
# "what did archaeologists find", "what rules ... set".
_MULTI_PART_Q = re.compile(
    r"\b(?:who|what|when|where|which|how)\s+and\s+(?:who|what|when|where|which|how)\b"
    r"|,\s*(?:and\s+)?(?:who|what|when|where|which|how)\b|\band\s+(?:who|what|when|where|which|how)\b"
    r"|^(?:what|how\s+much)\s+damage\b|^what\s+(?:did|have|has)\b.*\b(?:find|found|discover\w*|uncover\w*)\b"
    r"|^how\s+(?:is|are|was|were|will)\b.*\b(?:funded|financed|paid\s+for)\b",
    re.I,
)


def _doc_rank(a: Analyzed) -> tuple[bool, date]:
    return (_precise_doc(a), a.date.latest or date.min)


def _facts_answer(
    q: Question,
    scored: Sequence[tuple[float, Analyzed, int, int]],
    top: float,
    clusters: dict[str, int],
    lines: list[str],
) -> Answer | None:
    """An open question answered by the figures and names of each independent story's best sentences:
    stories that state different facts give parts of one answer (complementary), stories that share
    them agree (no conflict)."""
    floor = max(2.0, 0.6 * top)
    per_story: dict[int, list[tuple[Analyzed, int, int, list[Fact]]]] = {}
    for sc, a, s0, s1 in sorted(scored, key=lambda s: -s[0]):
        if sc < floor:
            break
        story = per_story.setdefault(clusters.get(a.doc.id, 0), [])
        if len(story) >= 2:
            continue
        sent = a.doc.text[s0:s1]
        facts = [
            *quantity_facts(sent, s0, [c for c in a.claims if c.sentence_start == s0]),
            *name_facts(sent, q.text),
        ]
        story.append((a, s0, s1, [f for f in facts if f.text]))
    stories = {k: v for k, v in per_story.items() if any(f for *_, f in v)}
    if not stories:
        return None

    def norm(f: Fact) -> str:
        n = parse_number(f.text.split()[0]) if f.kind == "quantity" else None
        return f"{n:g}" if n is not None else f.text.lower()

    sets = {k: {norm(f) for *_, fs in v for f in fs} for k, v in stories.items()}
    keys = list(sets)
    shared = any(sets[a] & sets[b] for i, a in enumerate(keys) for b in keys[i + 1 :])
    several = _list_question(q) or _MULTI_PART_Q.search(q.text) is not None
    ctype: ConflictType = "complementary" if several and len(stories) > 1 and not shared else "no_conflict"
    values: list[str] = []
    seen: set[str] = set()
    chosen = list(stories.values()) if ctype == "complementary" else [next(iter(stories.values()))[:1]]
    for story_items in chosen:
        for _, _, _, fs in story_items:
            for f in fs[:4]:
                if norm(f) not in seen:
                    seen.add(norm(f))
                    values.append(f.text)
    cited = [v[0] for v in chosen]
    lines.append(
        "open question: facts of the best sentences per story: "
        + "; ".join(
            f"{', '.join(f.text for f in fs)} [{_label(a)}]" for a, _, _, fs in (x for v in chosen for x in v)
        )
    )
    rule = "complementary.facts-per-story" if ctype == "complementary" else "no_conflict.facts"
    found = (
        _open_rivals(q, scored, clusters, [x for v in stories.values() for x in v])
        if ctype == "no_conflict"
        else None
    )
    if found is not None:
        anchors, rivals = found
        ctype, rule = "conflicting_opinions", "conflicting_opinions.rival-estimates"
        lines.append(
            ", ".join(f"{_measured(i.claim)} [{i.label}]" for i in anchors)
            + " disputed: other stories put forward their own figure: "
            + "; ".join(f"{_measured(i.claim)} [{i.label}]" for i in rivals)
        )
        values = list(dict.fromkeys(_measured(i.claim) for i in (*anchors, *rivals)))
        cited = list(
            {
                (i.source.doc.id, i.claim.sentence_start): (
                    i.source,
                    i.claim.sentence_start,
                    i.claim.sentence_end,
                    list[Fact](),
                )
                for i in (*anchors, *rivals)
            }.values()
        )
    lines.append(f"conflict type: {ctype} (rule {rule})")
    newest = max((a for a, *_ in cited), key=_doc_rank)
    lead = {
        "complementary": "Each source gives part of the answer: ",
        "conflicting_opinions": "Sources disagree: ",
    }
    text = lead.get(ctype, "") + "; ".join(
        f'"{_clip(a.doc.text[s0:s1], 200)}" [{_label(a)}]' for a, s0, s1, _ in cited
    )
    return Answer(
        q.text,
        q.kind,
        text + ".",
        tuple(values),
        ctype,
        _doc_as_of(newest),
        tuple(_cite(a, s0, s1) for a, s0, s1, _ in cited),
        explanation=tuple(lines),
    )


def _measured(c: Claim) -> str:
    """A figure with its unit word ("9 points", "18,500 years"); symbols are already in the value."""
    return f"{c.value} {c.unit}" if c.unit.isalpha() and c.unit not in c.value else c.value


def _open_rivals(
    q: Question,
    scored: Sequence[tuple[float, Analyzed, int, int]],
    clusters: dict[str, int],
    best: Sequence[tuple[Analyzed, int, int, list[Fact]]],
) -> tuple[list[Item], list[Item]] | None:
    """Measured figures in the best sentences of an open question ("a lead of 9 points", "at least
    42,000 years old") and the rival figures other stories put forward for it. A bare count ("two
    camps") is not what a how-question measures."""
    pool = list({x.doc.id: x for _, x, _, _ in scored}.values())
    anchors: list[Item] = []
    rivals: dict[str, Item] = {}
    for a, s0, _, _ in best:
        for c in a.claims:
            if c.kind != "quantity" or c.sentence_start != s0 or not c.unit or c.unit == "score":
                continue
            if "history" in c.rule or _CLAIM_THAT.search(a.doc.text, s0, c.start):
                continue
            anchor = _doc_item(a, c, _number_key(c), 2.0, clusters.get(a.doc.id, 0))
            found = _rival_estimates(q, pool, clusters, [anchor])
            if found:
                anchors.append(anchor)
                rivals.update((i.key, i) for i in found)
    if not anchors:
        return None
    return anchors, [i for k, i in rivals.items() if k not in {x.key for x in anchors}]


_CLAIM_THAT = re.compile(r"\bclaims?\s+that\b[^.;,]*$", re.I)


_LIST_Q = re.compile(
    r"^(?:who|what|which)\s+(?:are|were)\b|^why\b|^what\s+(?:are|were)\s+the\s+reasons\b"
    r"|^who\s+(?:co-)?founded\b"
    # a bill or a field: "Who is headlining the festival?", "Who will stand in the by-election?"
    r"|^who\s+(?:is|are|will\s+be)\s+(?:headlining|performing|appearing|competing|standing)\b"
    r"|^who\s+will\s+(?:headline|perform|appear|compete|stand)\b",
    re.I,
)
# "What did archaeologists find at the dig?", "What was found in the burial?": the things found, listed.
_FOUND_Q = re.compile(
    r"^what\s+(?:did|was|were|has|have|had)\b(?:\s+[\w'’-]+){0,6}?\s+"
    r"(?:find|found|discover(?:ed)?|uncover(?:ed)?|unearth(?:ed)?|recover(?:ed)?|seize[d]?|contain(?:ed)?)\b",
    re.I,
)
_NOT_PLURAL = _words(
    """is was has does this its his us news series species plus less thus always perhaps across various
    serious famous previous bonus status campus census virus bus gas yes chess process access success
    business congress mass class address"""
)


# "On which days ...", "In which towns ...": the question word follows a preposition
_LEAD_PREP = re.compile(r"^\s*(?:on|in|at|for|from|to|by|during)\s+(?=(?:which|what)\b)", re.I)


# "How is the £12m fund being spent?", "How will the prize money be split?": the answer is the amounts of
# the shares, each a part of the whole
_SHARE_Q = re.compile(
    r"^how\s+(?:is|are|was|were|will|has|have)\b.*\b(?:spent|split|divided|allocated|shared(?:\s+out)?|"
    r"distributed|carved\s+up|used)\b",
    re.I,
)


def _list_question(q: Question) -> bool:
    """Does the question ask for several members ("which cities", "who are the founders", "why")?"""
    if _LIST_Q.search(q.text) or _SHARE_Q.search(q.text) or _FOUND_Q.search(q.text):
        return True
    words = _WORD_RE.findall(_LEAD_PREP.sub("", q.text))
    if not words or words[0].lower() not in ("which", "what", "where", "who", "how"):
        return False
    if words[0].lower() == "how":
        return False
    return any(_plural_noun(w) for w in words[1:])


def _plural_noun(w: str) -> bool:
    """Is a question's word a plural common noun ("cities", "crops"), the class of a list?"""
    low = w.lower()
    return (
        w[0].islower()
        and len(low) > 3
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is", "'s", "’s"))
        and low not in _NOT_PLURAL
        and low not in _STOP
    )


def _with_choice(q: Question, result: Answer, choices: list[str], pool: Sequence[Analyzed]) -> Answer:
    idx: int | None = None
    why: tuple[str, ...] = ()
    try:
        from tidings import choose as choose_mod

        idx, why = choose_mod.choose(q.text, choices, pool, as_of=q.as_of)
    except ImportError:
        idx, why = _simple_choice(result, choices, pool)
    if idx is None:
        return replace(result, explanation=(*result.explanation, *why))
    text = f"{choices[idx]}. " + result.text if result.values else choices[idx]
    return replace(
        result, choice=idx, values=(choices[idx],), text=text, explanation=(*result.explanation, *why)
    )


def _simple_choice(
    result: Answer, choices: list[str], pool: Sequence[Analyzed]
) -> tuple[int | None, tuple[str, ...]]:
    hay = " ".join(result.values).lower() or result.text.lower()
    for i, ch in enumerate(choices):
        if ch.lower() in hay:
            return i, (f"choice {i} matches the answer",)
    counts = [sum(a.doc.text.lower().count(ch.lower()) for a in pool) for ch in choices]
    best = max(range(len(choices)), key=lambda i: counts[i])
    return best, (f"choice {best} is mentioned most often ({counts[best]} times)",)


# --------------------------------------------------------------------------------------------- list slot

# A run of capitalised words: a name as a list writes it
_ONE_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
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
_PLACE_AFTER = re.compile(
    r"\b(?:in|at|near|outside|around|across|throughout|(?<!according )(?<!due )(?<!thanks )to|"
    # "As well as Hexford, Pellham and Stainby, the branches at Carrow and Kelby will close"
    r"(?i:as\s+well\s+as)|"
    # "will start as usual from Castle Green": where a parade or a race sets off
    r"(?:start(?:s|ing|ed)?|set(?:s|ting)?\s+off|leav(?:e|es|ing)|depart(?:s|ing)?)\s+(?:[\w.]+\s+){0,3}?from|"
    r"(?i:residents|people|town|village|city|hamlet|"
    r"community|communities|towns|villages|cities)\s+of)\s+(?:(?:its|their|the)\s+)?(?:[\d,.]+-[a-z]+\s+)?"
    r"(?P<n>" + _ONE_NAME + _OF_TAIL + ")"
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
# Nouns for a class of places: "which cities will host", "which communities were damaged".
_PLACE_CLASS = _words(
    """cities towns villages communities places locations sites venues countries regions districts
    counties states provinces areas neighbourhoods neighborhoods suburbs hamlets municipalities"""
)
_AMOUNT = re.compile(
    r"(?:[$€£]\s?|\b(?:EUR|USD|GBP|CHF|JPY)\s?)\d(?:[\d,.]*\d)?"
    r"(?:\s?(?:million|billion|thousand|trillion|[mb]n|m|k)\b)?(?![\d.,]*\d)"
    r"|\b\d[\d,.]*(?:\s+(?:million|billion|thousand|trillion))?\s+(?:dollars|euros|pounds|yen|yuan|rupees)\b"
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
_NOT_MEMBER = _words(
    """the a an this that these those it its he she they we i in on at for from by with and or but as if
    when while after before during since mr mrs ms dr monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october november december"""
)
_ORG_END = _words(
    """ventures capital partners inc ltd llc corp company group bank authority commission union council
    department ministry agency office university college school association institute fund foundation
    board committee court police party"""
)
# A question's head noun names a class whose members end in one of these words ("which roads": Main
# Street, Pier Road). A class, not a phrase: any road question is served by it.
_CLASS_ENDS: dict[str, frozenset[str]] = {
    "road": _words("street avenue road drive boulevard lane highway way parkway place square bridge"),
    "street": _words("street avenue road drive boulevard lane highway way parkway place square"),
    "bridge": _words("bridge crossing"),
    "station": _words("station stop terminal"),
    "school": _words("school academy college"),
    "park": _words("park garden gardens reserve"),
    # a club is named by its town and a suffix ("Oakbridge Rovers", "Fenwick Town")
    "club": _words(
        """rovers town united city athletic wanderers albion rangers county fc afc harriers villa celtic
        thistle borough orient hotspur dons athletico sporting"""
    ),
}
_CLASS_ENDS["team"] = _CLASS_ENDS["finalist"] = _CLASS_ENDS["side"] = _CLASS_ENDS["club"]


# "which days", "what dates": the members are days of the calendar ("May 6", "Friday 9 May")
_DAY_CLASS = _words("days dates")
_MONTH_RX = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
_DAY_DATE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH_RX})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+"
    rf"(?:of\s+)?(?P<m2>{_MONTH_RX}))\b(?!\s*\d{{3}})",
    re.I,
)
# "what sentences", "which jail terms": the members are lengths of time ("nine years", "a four-year term")
_TERM_CLASS = _words("sentences terms bans suspensions contracts")
_DURATION = re.compile(
    r"\b(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|eighteen|twenty|thirty)(?:[\s-]+and[\s-]+a[\s-]+half)?[\s-]+(?:years?|months?|weeks?|days?)\b"
    r"(?![\s-]+old\b)",  # "29-year-old" is an age
    re.I,
)


# "what are the opening hours", "what are the visiting times": the members are spans of the day and the
# days it is shut ("10am to 5pm", "9am-6pm", "closed on Mondays")
_HOURS_Q = re.compile(r"\b(?:opening|closing|visiting|trading|business|office)\s+(?:hours|times)\b", re.I)
_CLOCK = r"\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)"
_HOURS = re.compile(
    rf"\b(?P<a>{_CLOCK}|\d{{1,2}}(?:[.:]\d{{2}})?)\s*(?:to|-|–|until|till)\s*(?P<b>{_CLOCK})"
    r"|\bclosed\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days\b",
    re.I,
)


# "what side effects were reported", "which symptoms": the members are short noun phrases a source lists
# ("taste disturbance", "nausea", "stomach cramps"), after a verb of reporting or a heading
_PHRASE_CLASS = _words("effects events symptoms complications reactions injuries ailments")
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
    """The lowercase words of a list question's first few words ("which candidates are standing")."""
    return {w.lower() for w in _WORD_RE.findall(_LEAD_PREP.sub("", text))[1:4]}


def _member_type(q: Question) -> str:
    """What a list question's members are: "person", "place", "money" or "name"."""
    low = _LEAD_PREP.sub("", q.text).strip().lower()
    if _SHARE_Q.search(low):
        return "money"
    if _HOURS_Q.search(low):
        return "hours"
    if low.startswith("who"):
        return "person"
    if low.startswith("where"):
        return "place"
    head = _class_words(q.text)
    if low.startswith(("what", "which")) and head & _PHRASE_CLASS:
        return "phrase"
    if low.startswith(("what", "which")) and _PLACE_CLASS & head:
        return "place"
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
    airports ports stations schemes programmes programs projects people persons officials leaders
    ministers judges ships vessels newspapers outlets channels networks platforms courts insurers lenders
    investors partners shareholders owners families acts bands performers headliners singers musicians
    speakers guests nominees finalists winners drivers riders athletes libraries museums galleries theatres
    cinemas venues branches depots"""
)


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
    named = any(low in c for c in (_NAMED_CLASS, _AMOUNT_CLASS, _PLACE_CLASS, _PHRASE_CLASS))
    return "" if not low or named or stem(low) in _CLASS_ENDS else low


def _clean_name(raw: str) -> str:
    toks = [t for t in raw.split()]
    while toks and toks[0].lower() in _NOT_MEMBER:
        toks.pop(0)
    while toks and toks[-1].lower().rstrip("'’s") in _NOT_MEMBER:
        toks.pop()
    name = " ".join(toks)
    return _POSSESSIVE.sub("", name)


# Between a list of names and the question's verb after it: "India and Mauritius on Tuesday signed",
# "South Africa and Mozambique were among the countries that signed"; and between the verb and a list
# after it: "calling at Teesport, Rosyth and Zeebrugge", "was won by Umoya Mobile and Khanya Telecom".
_GAP_BEFORE_VERB = re.compile(r"\s+(?:(?:[a-z]+|[A-Z][a-z]+day)\s+){0,6}$")
_GAP_AFTER_VERB = re.compile(r"[a-z]*\s+(?:(?:at|in|to|by|with|from|for|on|into|the|a|an)\s+){0,3}")
_MONTHS_AND_DAYS = _WEEKDAYS | frozenset(MONTH_NUMBERS)


_CALENDAR_WORDS = _MONTHS_AND_DAYS | _words("jan feb mar apr jun jul aug sep sept oct nov dec")


# participles that do not end in -ed: "When will the rebate be paid?", "Which countries have won ..."
_IRREGULAR_PARTICIPLES = _words(
    """held won built hit run shut chosen taken given sent made struck named picked awarded drawn sold bought
    paid begun sworn laid shown brought kept lost found written driven broken spoken frozen fallen grown
    thrown flown rebuilt withdrawn"""
)
_PREPOSITIONS = _words("at in on to by for from with into of about under over across")


def _question_verbs(text: str) -> frozenset[str]:
    """The verb of a list question, as stems: the word its members stand beside ("Which countries
    [signed] ...", "Which ports will ... [call] at", "Which countries is the minister [visiting] ...")."""
    words = _WORD_RE.findall(text)
    rest = words[2:] if len(words) > 2 and words[1][0].islower() else words[1:]
    if not rest:
        return frozenset()
    if rest[0][0].islower() and rest[0].lower() not in _STOP:  # _STOP holds the auxiliaries too
        return frozenset({stem(rest[0])})
    content = [
        (i, w)
        for i, w in enumerate(rest)
        if w[0].islower() and w.lower() not in _STOP | _PARTICLES | _PLAN_WORDS
    ]
    verbs = {stem(w) for _, w in content if w.endswith(("ing", "ed")) or w.lower() in _IRREGULAR_PARTICIPLES}
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


def _verb_members(sent: str, verbs: frozenset[str], q_names: set[str], names: frozenset[str]) -> list[str]:
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
    for w in _WORD_RE.finditer(sent):
        if not w.group(0)[0].islower() or stem(w.group(0)) not in verbs:
            continue
        before = [
            g for g in groups if g[1] <= w.start() and _GAP_BEFORE_VERB.fullmatch(sent, g[1], w.start())
        ]
        after = [g for g in groups if g[0] >= w.end() and _GAP_AFTER_VERB.fullmatch(sent, w.end(), g[0])]
        for g in before[-1:] + after[:1]:
            for raw in g[2]:
                name = _clean_name(raw)
                toks = name.split()
                if not toks or name in out:
                    continue
                if any(_POSSESSIVE.sub("", t).lower() in q_names for t in toks):
                    continue  # the question's own subject, not a member
                if all(t.lower() in _MONTHS_AND_DAYS for t in toks):
                    continue
                if sent.lstrip().startswith(raw) and _POSSESSIVE.sub("", toks[0]) not in names:
                    continue
                out.append(name)
    return out


# A site named beside the question's verb: "will be built on Cerro Tolonche", "touched down near Halstead
# Creek", "washed up on Lyngstrand beach", "is held at the Cattle Mart car park", "has selected Cerro
# Tolonche ... as the site". A place's own lowercase head ("car park", "beach") is part of its name.
_SITE_NAME = (
    r"(?:(?:the|a|its|their)\s+)?(?:(?:former|new|old|proposed|disused|nearby|historic)\s+)?"
    r"(?P<n>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|de|del|la|le))*"
    r"(?<!\bof)(?<!\bde)(?<!\bdel)(?<!\bla)(?<!\ble)"  # a name never ends on a particle
    r"(?:\s+(?:car\s+park|beach|site|depot|plateau|recreation\s+ground|ground|industrial\s+park|estate|"
    r"quarry|field|fields|campus|showground|racecourse|island|peninsula|valley|harbour|harbor|wharf|pier|"
    r"reserve|park|gasworks|hall|building))?)"
)
_SITE_AFTER_VERB = re.compile(
    r"(?:\s+(?![A-Z])[\w,.'’-]+){0,5}?\s+(?:in|at|on|onto|near|by|outside|beside|off|to|into)\s+" + _SITE_NAME
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
        if w.group(0)[0].islower() and _verb_stem(w.group(0)) in verbs:
            m = _SITE_AFTER_VERB.match(sent, w.end())
            if m is not None:
                found.append(m)
                if (nxt := _SITE_NEXT.match(sent, m.end())) is not None:
                    found.append(nxt)
    for m in found:
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


_SETTLEMENTS = _words("towns cities villages hamlets suburbs boroughs")


def _wider_area(name: str, docs: Sequence[Analyzed]) -> bool:
    """Does any source call a place a region, an area, a county... ("the North Dales region")?"""
    called = re.compile(
        re.escape(name) + r"\s+(?:region|area|county|district|province|state|country|valley|coast)\b", re.I
    )
    return any(called.search(a.doc.text) for a in docs)


_NAME_LIST = re.compile(rf"{_ONE_NAME}(?:\s*,\s*{_ONE_NAME})+\s*,?\s+and\s+{_ONE_NAME}")
_PLACE_MODIFIERS = _words("upper lower little great greater north south east west new old nether long high")


def _members_in(sent: str, kind: str, q_names: set[str], head: str) -> list[str]:
    """The members of the question's list a sentence names, by the type the question expects."""
    if kind == "money":
        return [m.group(0).strip() for m in _AMOUNT.finditer(sent)]
    if kind == "date":
        return [
            f"{(m.group('m1') or m.group('m2')).title()} {int(m.group('d1') or m.group('d2'))}"
            for m in _DAY_DATE.finditer(sent)
            if (m.group("m1") or m.group("m2")).lower() in MONTH_NUMBERS
        ]
    if kind == "phrase":
        asked = {stem(w) for w in q_names}
        return [
            p
            for p in _phrases_in(sent)
            if not {stem(w) for w in p.split()} <= asked and not set(p.split()) & _PHRASE_CLASS_WORDS
        ]
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
    matches: list[re.Match[str]] = list(rx.finditer(sent))
    if kind == "place":
        dl = _DATELINE.match(sent)
        # "MAARTENS, June 20 — Maartens and Lievel will host": the list goes on from the name the body
        # opens with, not from the dateline's date
        lead = _MEMBER_NAME.match(sent, dl.end()) if dl is not None else None
        more: list[re.Match[str]] = []
        for m in matches if lead is None else [*matches, lead]:
            end = m.end("n") if m is not lead else m.end()
            while (nxt := _COORD_NEXT.match(sent, end)) is not None:
                more.append(nxt)
                end = nxt.end("n")
        matches += more
        if dl is not None:
            matches.insert(0, dl)
    # one-word names count inside a list of three or more ("Eastgate, Holm Lane and Crossways libraries")
    lists = [x.span() for x in _NAME_LIST.finditer(sent)] if kind == "name" else []
    for m in matches:
        start = m.start("n") if kind == "place" else m.start()
        if _BETWEEN.search(sent, 0, start) or re.search(
            r"\bbetween\s+\S+(?:\s+\S+)*?\s+and\s+$", sent[:start]
        ):
            continue  # "between 1st Avenue and 14th Avenue": bounds of a member, not members
        name = _clean_name(m.group("n") if kind == "place" else m.group(0))
        if kind == "place" and name.lower().rstrip(".") in _CALENDAR_WORDS:
            continue  # "from Sept. 21 to Oct. 2": a date, not a place
        if name.isupper() and len(name) > 3:
            name = name.title()
        toks = name.split()
        in_q = [_POSSESSIVE.sub("", t).lower() in q_names for t in toks]
        # "Marrowleaf Labs" is the question's subject, not a member; "Harbor Drive" for the Harbor City
        # marathon is a member of the class the question names
        # "Upper Hallam" for the Hallam hoard: a place named apart from the question's by its modifier
        distinct = kind == "place" and len(toks) > 1 and toks[0].lower() in _PLACE_MODIFIERS and not in_q[0]
        if not toks or all(in_q) or (any(in_q) and not distinct and not (ends and toks[-1].lower() in ends)):
            continue
        if kind == "person" and (not 2 <= len(toks) <= 4 or toks[-1].lower() in _ORG_END):
            continue
        if ends:
            if len(toks) < 2 or toks[-1].lower() not in ends:
                continue
        elif kind == "name" and len(toks) < 2 and not any(x <= m.start() < y for x, y in lists):
            continue
        out.append(name)
    return out


def _things_in(sent: str, verbs: frozenset[str], q: Question, cls: str) -> list[str]:
    """The things of the question's class a sentence lists in ordinary words ("covers apples, pears and
    cherries"), or names one after the question's verb ("carries an ultraviolet imager"); never the
    question's own words ("blue bins") or the class itself."""
    asked = _expand(_stems(q.text))
    found = [item for lst in listings(sent) for item in lst.items]
    verbs = frozenset(_BASE_STEMS.get(v, v) for v in verbs)  # "found" asked, "found" or "find" written
    for w in _WORD_RE.finditer(sent):
        if w.group(0)[0].islower() and _verb_stem(w.group(0)) in verbs:
            one = thing_at(sent, w.end())
            if one is not None:
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


def _list_members(
    q: Question,
    pool: Sequence[Analyzed],
    clusters: dict[str, int],
    *,
    most: int | None = None,
    kind_as: str | None = None,
) -> list[tuple[str, Analyzed, int, int]]:
    """The members of an open list ("which roads", "who founded X", "what aid was pledged"), each with the
    sentence it comes from: the names or amounts of the expected type in the sentences that best match the
    question by IDF-weighted word overlap, across sources, deduplicated (first source kept).

    ``kind_as``: the type of member to look for, when not the one the question's words suggest."""
    docs = _on_topic(q, pool, some_names=True) or list(pool)
    # IDF over sentences' stems with hyphen parts, so "who founded" finds "co-founder"
    stems_of = [_hyphen_stems(f"{a.doc.title or ''} {a.doc.text}") for a in docs]
    # a name matches its kin by a shared beginning (Estavian rail workers, National Rail Estavia)
    name_heads = {stem(n): _name_prefix(n) for n in _proper_names(q.text)}

    def has(t: str, st: set[str]) -> bool:
        if _expand({t}) & st or (t in _BASE_STEMS and _BASE_STEMS[t] in st):
            return True
        head = name_heads.get(t)
        return head is not None and any(x.startswith(head) for x in st)

    head = next((t for t in reversed(q.terms) if t in _CLASS_ENDS), "")
    # "which two clubs": a member's sentence names the club, not the count or the class ("Oakbridge
    # Rovers booked their place in the final")
    weights: dict[str, float] = {}
    for t in q.terms:
        if t[0].isdigit() or t in _PARTICLES or parse_number(t) is not None or t == head:
            continue
        df = sum(1 for st in stems_of if has(t, st))
        if df:
            weights[t] = 0.3 + math.log((len(docs) + 1) / df)
    total = sum(weights.values())
    if total <= 0:
        return []
    kind = kind_as or _member_type(q)
    q_names = {stem(n) for n in _proper_names(q.text)} | _proper_names(q.text)
    # "which countries signed": members stand beside the verb; "where will it move to" is a place after
    # a preposition, found by the place patterns
    verbs = _question_verbs(q.text) if re.match(r"\s*(?:which|what)\b", q.text, re.I) else frozenset()
    # "Where will the array be built?": the place beside the question's own words ("built on X")
    site_verbs = (
        frozenset(
            _verb_stem(w)
            for w in _WORD_RE.findall(q.text)[1:]
            if w[0].islower() and w.lower() not in _STOP and w.lower() not in _PREPOSITIONS
        )
        if kind == "place"
        else frozenset()
    )
    scored: list[tuple[float, Analyzed, int, int]] = []
    edition = _edition_of(q)
    for a, doc_st in zip(docs, stems_of, strict=True):
        # the question's names are the document's topic: a sentence of a document that names them
        # need not repeat them ("... will stage two strikes on May 6 and May 14")
        named = sum(w for t, w in weights.items() if t in name_heads and has(t, doc_st))
        # a listed symptom's sentence ("patients reporting dizziness") rarely repeats the trial it is from:
        # the story's words count for each of its sentences, at half weight
        # so does a sentence's term ("received 18 months" in a story of three people sentenced for a fraud)
        story = (
            0.5 * sum(w for t, w in weights.items() if t not in name_heads and has(t, doc_st))
            if kind in ("phrase", "duration")
            else 0.0
        )
        lead = 0.0  # the cover of a line ending in a colon, for the list items under it
        for s0, s1 in split(a.doc.text):
            if _other_edition(a.doc.text[s0:s1], *edition):
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
                lead = cover if line.rstrip().endswith(":") else 0.0
            scored.append((cover, a, s0, s1))
    if not scored:
        return []
    best = max(s[0] for s in scored)
    # each source contributes its own best sentences: a list is spread over sources, and one source's
    # best match may share fewer of the question's words than another's. A source's best is that of its
    # sentences that name a member: a headline ("Second man jailed over the fraud") may match the question
    # better than the sentence that gives the sentence's length
    # a listed symptom needs a reporting verb or a heading before it: that cue, in a story that names the
    # question's subject, is evidence enough where the story's own words differ from the question's
    floor = 0.2 if kind == "phrase" and name_heads else 0.4
    named_in: dict[tuple[str, int], list[str]] = {}
    # names any source writes inside a sentence: "Benin" opening one source's sentence is a name if another
    # source writes "in Benin"
    mid = frozenset().union(*(_names_mid_sentence(a.doc.text) for a in docs)) if verbs else frozenset()
    thing_class = _thing_class(q.text) if kind == "thing" else ""
    settlements = bool(_class_words(q.text) & _SETTLEMENTS)
    if thing_class:
        # "Which scientific instruments does the satellite carry?": the verb comes after the class
        verbs = _question_verbs("Which " + q.text.split(thing_class, 1)[-1])
    elif kind == "thing" and (fq := _FOUND_Q.search(q.text)) is not None:
        verbs = frozenset({_verb_stem(fq.group(0).split()[-1])})  # "What was found": things found
    doc_best: dict[str, float] = {}
    for cover, a, s0, s1 in scored:
        if cover >= floor:
            got = (
                _things_in(a.doc.text[s0:s1], verbs, q, thing_class)
                if kind == "thing"
                else _members_in(a.doc.text[s0:s1], kind, q_names, head)
            )
            if kind in ("name", "place") and verbs:
                got = [*dict.fromkeys([*_verb_members(a.doc.text[s0:s1], verbs, q_names, mid), *got])]
            if kind == "place" and site_verbs:
                sites = _sites_in(a.doc.text[s0:s1], site_verbs, q_names)
                got = _without_containers([*dict.fromkeys([*sites, *got])], a.doc.text[s0:s1])
            if kind in ("name", "place"):
                # "will finish in Lanby instead of on Castle Hill in Harwood": not where it finishes
                got = [m for m in got if not _set_aside(a.doc.text[s0:s1], m)]
            if kind == "place" and settlements:
                # "which towns": what any source calls "the North Dales region" holds them
                got = [m for m in got if not _wider_area(m, docs)]
            if kind == "name" and q.terms:
                # "towards a North Dales University study": the owner of what is asked about, no member
                got = [m for m in got if not _owner_of(a.doc.text[s0:s1], m, q.terms[-1])]
            named_in[(a.doc.id, s0)] = got
            if got:
                doc_best[a.doc.id] = max(cover, doc_best.get(a.doc.id, 0.0))
    asked = {_amount_key(m.group(0)) for m in _AMOUNT.finditer(q.text)} | {
        _amount_key(m.group(0)) for m in _SHORT_AMOUNT.finditer(q.text)
    }
    found: dict[str, tuple[str, Analyzed, int, int]] = {}
    votes: dict[str, float] = {}
    for cover, a, s0, s1 in sorted(scored, key=lambda s: -s[0]):
        mine = doc_best.get(a.doc.id, 1.0)
        if cover < max(floor, mine - 0.15) or (cover < 0.6 * best and cover < mine):
            continue
        for name in named_in[(a.doc.id, s0)]:
            if kind == "money" and _amount_key(name) in asked:
                continue  # "how is the £12m fund being spent": the whole is not one of its shares
            key = re.sub(r"\W+", " ", name.lower()).strip()
            if not key:
                continue
            same = next((k for k in found if f" {key} " in f" {k} " or f" {k} " in f" {key} "), None)
            if same is None:
                found[key] = (name, a, s0, s1)
                votes[key] = 0.0
            votes[same or key] += cover
    # a member a source says is wrongly reported ("posts claiming it will be built on Memorial Park. This
    # is not true.") is no member
    refuted = _refuted_text(docs)
    for k in [k for k, (name, *_r) in found.items() if name.lower() in refuted]:
        del found[k]
    if kind in ("name", "place"):
        people = _class_words(q.text) & _PERSON_CLASS
        for k in [
            k
            for k, (name, *_r) in found.items()
            if _heading(name, docs) or (not people and _a_person(name, docs))
        ]:
            del found[k]
    if kind == "thing" and not found:
        # "which crops" whose sources name them ("Bramley and Cox orchards"): the names, then
        return _list_members(q, pool, clusters, most=most, kind_as="name")
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


_EDITION = re.compile(r"\b(?P<y>(?:19|20)\d\d)\s+(?P<w>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,3})")


_BULLET = re.compile(r"\s*(?:[-–•*·]|\d{1,2}[.)])\s+\S")


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


# What a clause turns away from: "will finish in Lanby instead of on Castle Hill in Harwood".
_SET_ASIDE = re.compile(
    r"\b(?:instead\s+of|in\s+place\s+of|no\s+longer|"
    r"(?:mov(?:e|es|ed|ing)|switch(?:es|ed|ing)?|relocat(?:e|es|ed|ing))\s+(?:\w+\s+){0,2}(?:away\s+)?from|"
    r"away\s+from)\b(?:(?!\bto\b)[^,;:.!?()]){0,40}$",  # "moved from Harwood to Lanby": Lanby is no aside
    re.I,
)


def _owner_of(sentence: str, name: str, head: str) -> bool:
    """Does a sentence write a name as the owner of the question's head noun ("a North Dales University
    study", "North Dales University's Tarn Valley peatland study")?"""
    for m in re.finditer(rf"\b{re.escape(name)}(?:'s|’s)?\s+((?:[\w-]+\s+){{0,3}}?)([\w-]+)", sentence):
        if stem(m.group(2).lower()) == head:
            return True
    return False


def _set_aside(sentence: str, name: str) -> bool:
    """Does a sentence name a member as what it turns away from ("instead of on Castle Hill")? A
    preference ("at Ostmark rather than Lindvik") is one side's, and does not count."""
    return any(
        _SET_ASIDE.search(sentence, max(0, m.start() - 60), m.start())
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
    last = re.escape(_POSSESSIVE.sub("", words[-1]))
    honorific = re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.?\s+{last}\b")
    aged = re.compile(rf"\b{re.escape(name)},\s+\d{{2}},")
    return any(honorific.search(a.doc.text) or aged.search(a.doc.text) for a in docs)


def _heading(name: str, docs: Sequence[Analyzed]) -> bool:
    """A listed name that is a whole line of a source, with no bullet: a headline, a masthead or a kicker
    ("Food Recall Warning", "Education Wire"), not a member."""
    line = re.compile(rf"^[ \t]*{re.escape(name)}[ \t]*$", re.M)
    return len(name.split()) > 1 and any(line.search(a.doc.text) for a in docs)


# What a source says is not so: "There are no plans to visit Japan or South Korea", "There was never a
# Japan stop".
_DENIED_AFTER = re.compile(
    r"\b(?:no\s+plans?\s+to|(?:was|were|is|are|will\s+be)\s+(?:never|not)|never\s+(?:was|were|had|a|an))\b"
    r"[^.;:!?]{0,60}",
    re.I,
)


_FALSE_WORDS = re.compile(r"\b(?:fake|scam|hoax|false|untrue|not\s+true|bogus|fraudulent|debunked)\b", re.I)
_CLAIMED_CLAUSE = re.compile(r"\bclaim(?:s|ed|ing)\s+(?:that\s+)?[^.;!?]{0,120}", re.I)


def _refuted_text(docs: Sequence[Analyzed]) -> str:
    """What the sources refute, lowercased: each refutation's target, else its sentence, and the sentence
    before a short one ("This is not true."); and what a source says is not so."""
    parts: list[str] = []
    for a in docs:
        text = a.doc.text
        parts += [m.group(0) for m in _DENIED_AFTER.finditer(text)]
        if _FALSE_WORDS.search(text) or any(c.kind == "refutation" for c in a.claims):
            # "sites ... claiming it has moved to Riverside Park", in a warning about fake sites
            parts += [m.group(0) for m in _CLAIMED_CLAUSE.finditer(text)]
        for c in a.claims:
            if c.kind != "refutation":
                continue
            if c.targets:
                parts.append(text[c.targets[0] : c.targets[1]])
                continue
            s0, s1 = c.sentence_start, c.sentence_end
            if s0 < 0:
                continue
            parts.append(text[s0:s1])
            if len(text[s0:s1].split()) <= 6:
                prev = [x for x in split(text) if x[1] <= s0]
                if prev:
                    parts.append(text[prev[-1][0] : prev[-1][1]])
    return "\n".join(parts).lower()


_COUNT_Q = re.compile(
    r"(?:^(?:which|what|who\s+(?:are|were)\s+the|where\s+(?:are|were)\s+the)|\bthe)\s+"
    r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d)\b(?![\s-]*(?:%|per|years?|months?|weeks?|days?|hours?)\b)",
    re.I,
)


def _list_answer(
    q: Question,
    members: Sequence[tuple[str, Analyzed, int, int]],
    dec: Decision | None,
    listing: bool,
    lines: list[str],
) -> Answer:
    """The members of a list slot as the values, each cited; parts from different stories complement."""
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
    lines.append(
        "list slot: "
        + "; ".join(f"{n} [{_label(a)}]" for n, a, _, _ in members)
        + f" from {len(stories)} independent stor{'y' if len(stories) == 1 else 'ies'}"
    )
    if dec is not None:
        lines.extend(dec.reasons)
    rule = (
        "list-slot.one-list-repeated"
        if agreed
        else "list-slot.parts-from-several-stories"
        if ctype != (dec.conflict_type if dec else "no_conflict")
        else ""
    )
    lines.append(f"conflict type: {ctype} (rule {rule or (dec.rule if dec else 'list-slot.one-story')})")
    dated = [a.date.value for _, a, _, _ in members if a.date.value and a.date.granularity != "week"]
    as_of = max(dated) if dated else None
    text = "; ".join(f"{n} [{_label(a)}]" for n, a, _, _ in members)
    if ctype == "complementary":
        text = "Each source gives part of the answer: " + text
    elif ctype == "conflicting_opinions":
        text = "Sources disagree: " + text
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
        explanation=tuple(lines),
    )


_START_CUE = re.compile(r"\b(?:starting|beginning|effective|from|as of|taking effect|on)\s+(?:on\s+)?$", re.I)


def _start_date(a: Analyzed, c: Claim) -> date | None:
    """The day a value takes effect when its sentence says so after it and it is later than the document
    ("will rise from $7.50 to $8.25 starting July 1"): the value is announced, not yet in force."""
    hi = c.sentence_end if c.sentence_end >= 0 else c.end + 80
    pub = a.date.latest
    for t in a.timexes:
        if not (c.end <= t.start <= min(hi, c.end + 40)) or t.type != "DATE":
            continue
        if not _START_CUE.search(a.doc.text, max(c.end, t.start - 30), t.start):
            continue
        iv = timex_interval(t.value)
        if iv is not None and (pub is None or iv[0] > pub):
            return iv[0]
    return None


# A holder's start told as still to come: "will join Severnvale on 1 July 2024", "is to take over from".
_TO_START = re.compile(
    r"\b(?:will|is\s+to|is\s+due\s+to|is\s+set\s+to|are\s+to)\s+(?:formally\s+)?"
    r"(?:join|start|take\s+(?:up|over)|begin|succeed|become|step\s+into)\b",
    re.I,
)


def _not_yet_in_post(slot: _Slot, pool: Sequence[Analyzed], as_of: date, lines: list[str]) -> _Slot:
    """Set aside holders whose start a source gives as a day after the question's date ("Mr Mehta ... will
    join Severnvale on 1 July 2024", asked as of 1 June): on that date the post was still someone else's."""
    late: dict[str, date] = {}
    for key in {i.key for i in slot.items}:
        named = re.compile(rf"\b{re.escape(key)}\b", re.I)  # the surname as a word: "Lee", not "Leeds"
        for a in pool:
            if not named.search(a.doc.text):
                continue
            for s0, s1 in split(a.doc.text):
                sent = a.doc.text[s0:s1]
                if not named.search(sent) or not _TO_START.search(sent):
                    continue
                for t in a.timexes:
                    iv = timex_interval(t.value) if s0 <= t.start < s1 and t.type == "DATE" else None
                    if iv is not None and iv[0] > as_of and (key not in late or iv[0] < late[key]):
                        late[key] = iv[0]
    if not late or all(i.key in late for i in slot.items):
        return slot  # nobody else is named for the post: the answer says when the holder starts
    for key, start in sorted(late.items()):
        lines.append(f"set aside {key}: takes up the post {start.isoformat()}, after {as_of}")
    return replace(slot, items=tuple(i for i in slot.items if i.key not in late))


def _in_force(slot: _Slot, as_of: date, lines: list[str]) -> _Slot:
    """Set aside values that take effect after the question's date; the value they replace ("from $7.50")
    stays in force as of their document's date."""
    keep: list[Item] = []
    for it in slot.items:
        start = _start_date(it.source, it.claim)
        if start is None or start <= as_of:
            keep.append(it)
            continue
        lines.append(
            f"set aside {it.claim.value} [{it.label}]: takes effect {start.isoformat()}, after {as_of}"
        )
        s0 = it.claim.sentence_start
        for c in it.source.claims:
            if (
                c.kind == "quantity"
                and "history" in c.rule
                and s0 <= c.start < it.claim.start
                and c.unit == it.claim.unit
            ):
                prior = replace(c, as_of_earliest=None, as_of_latest=None, rule="quantity.in-force")
                keep.append(_doc_item(it.source, prior, _number_key(prior), it.score, it.cluster))
                lines.append(f"{c.value} [{it.label}] stays in force until {start.isoformat()}")
    return replace(slot, items=tuple(keep))
