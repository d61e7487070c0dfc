"""What a question asks: its kind, focus, attribute, scope and search terms read from its wording, the parts
and proper names it asks about, and whether it asks for a list. Word stems and synonyms match its terms
against the documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from tidings.calendar_names import MONTH_NUMBERS, WEEKDAY_NAMES
from tidings.claims import ROLE_WORDS, TIME_UNITS, lemma, norm_role, timex_interval
from tidings.facts import LIST_JOIN
from tidings.model import AnswerKind


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
    roughly about around say says said according many again"""
)

_SYNONYMS: tuple[frozenset[str], ...] = (
    frozenset({"troop", "soldier", "personnel", "servicemember", "service", "force", "military"}),
    frozenset({"person", "people", "resident", "inhabitant", "individual", "population"}),
    frozenset({"death", "dead", "killed", "kill", "fatality", "die", "died", "toll", "life", "victim"}),
    # "a reduction of 45 full-time posts": a post or position is a job
    frozenset({"worker", "employee", "staff", "job", "employ", "workforce", "headcount", "post", "position"}),
    frozenset({"withdraw", "leav", "exit", "pull", "depart", "departure", "drawdown", "remov"}),
    frozenset({"ceo", "chief", "executive"}),
    frozenset({"injur", "wound", "hurt", "injury"}),
    frozenset({"price", "cost", "priced", "fee"}),
    frozenset({"rate", "percent", "percentage", "share"}),
    frozenset({"case", "infection", "infect"}),
    # "seasonal snowfall past 160 inches" answers how much snow has fallen
    frozenset({"snow", "snowfall"}),
    # "Why did the Toby Creek wildfire spread?" is answered of "the fire"
    frozenset({"wildfir", "fire", "blaz", "bushfir"}),
    frozenset({"rain", "rainfall"}),
    frozenset({"uk", "britain", "british", "kingdom"}),
    frozenset({"us", "american", "america", "u.s"}),
    frozenset({"arrest", "detain", "detained", "custody"}),
    frozenset({"resign", "quit", "step"}),
    frozenset({"ban", "prohibit"}),
    frozenset({"record", "best", "fastest"}),
    frozenset(
        {
            "attend",
            "attendance",
            "attende",
            "crowd",
            "turnout",
            "participant",
            "part",
            "join",
            "rally",
            "visitor",
            "visit",
            "spectator",
            "footfall",
        }
    ),
    frozenset({"lay", "layoff", "cut", "shed", "eliminat", "lose", "lost", "redundanc"}),
    frozenset({"create", "creat", "add", "hire", "employ", "bring"}),
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
    # a seat filled by a body's choice: "appointed", "picked", "chose", "selected", "nominated"
    frozenset({"appoint", "pick", "chose", "choos", "chosen", "select", "nominat"}),
    # a network operator's homes "without supply" or "off supply" are without power
    frozenset({"power", "electricity", "supply", "outage", "blackout"}),
    # a utility counts the homes it supplies as customers or properties
    frozenset({"home", "household", "property", "customer", "premise"}),
    # a housing scheme's homes are built as townhouses, apartments or dwellings ("houses" is left out: it
    # stems as "housing" does)
    frozenset({"home", "dwell", "townhous", "townhom", "apart", "bungalow", "cottag"}),
    # a town's bus routes are its bus network ("The revised network will serve Hortlax and Ojebyn")
    frozenset({"rout", "network"}),
    frozenset({"clos", "closur", "shut", "shutt"}),
    # a street light is counted as a lamp ("2,300 lamps will be replaced")
    frozenset({"light", "lamp", "streetlight", "lamppost", "luminair", "luminaire"}),
    # "moving" keeps its ending, "move" does not; an office that relocates moves
    frozenset({"move", "moving", "moved", "relocat", "relocate", "relocating"}),
    # "Is the pool open again?" is answered by "the pool reopened"
    frozenset({"open", "reopen"}),
    # "cutting" stems to "cutt": the verb is "cut"
    frozenset({"cut", "cutt"}),
    # homes that lost their supply are "without water" or "affected" by the burst; cargo that went
    # overboard was lost
    frozenset({"lose", "lost", "without", "affect", "affected", "overboard"}),
    # a port counts its containers in twenty-foot equivalent units
    frozenset({"container", "teu", "box"}),
    # bird flu is avian influenza in an agency's words
    frozenset({"bird", "avian"}),
    frozenset({"flu", "influenza"}),
    # a ferry or bus "serves" a route, a crossing, a service
    frozenset({"route", "crossing"}),
    frozenset({"serve", "service"}),
    frozenset({"complete", "completion", "finish"}),
    # planning permission is granted as an approval or a consent ("plans were approved by councillors")
    frozenset({"permission", "permit", "consent", "approv", "approval", "authoris", "authoriz"}),
    # an event is held at, hosted by or staged at its venue
    frozenset({"hold", "held", "host", "stage"}),
    # a missing person or a lost thing is found, located or spotted
    frozenset({"find", "locate", "located", "spot", "spotted", "discover"}),
    # advice against doing something is an advisory or a warning ("the swimming advisory has been lifted")
    frozenset({"advis", "advisory", "advice", "warning"}),
    # what a visitor pays is a fee or a charge ("Is there an entrance fee?")
    frozenset({"pay", "fee", "charg"}),
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


def _asked_stems(q: Question) -> set[str]:
    """The stems of the question's lowercase words: what it asks is so ("free", "closing")."""
    return {stem(w.lower()) for w in _WORD_RE.findall(q.focus) if w.islower()}


def _stems(text: str) -> set[str]:
    return {stem(w) for w in _WORD_RE.findall(text) if w.lower() not in _STOP}


# --------------------------------------------------------------------------------------------- parsing

_MONTHS = MONTH_NUMBERS

_YESNO = re.compile(
    r"^(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|shall|may|might|must)\b", re.I
)

_HOW_MANY = re.compile(r"^how\s+(?:many|much)\s+(?P<body>.*)$", re.I)

_HOW_MEASURE = re.compile(
    r"^how\s+(?P<adj>tall|high|long|far|big|large|deep|wide|heavy|fast|expensive|full)\s+(?:is|was|are|were|will)\s+"
    r"(?:the\s+)?(?P<body>.*)$",
    re.I,
)

# "How long did the outage last?", "How long will the bridge be closed?": a duration
_HOW_LONG = re.compile(
    r"^how\s+long\s+(?:did|does|do|will|would|has|have|had|is|was|were|are)\s+(?:the\s+)?(?P<body>.+?)\s+"
    r"(?:last|take|run|go\s+on|continue|stay|remain|be|been|closed|shut|delayed|suspended)\b",
    re.I,
)

# Things whose length is a time: "How long were the queues / is the wait / was the closure?"
_TAKES_TIME = re.compile(
    r"\b(?:queues?|waits?|waiting\s+times?|delays?|closures?|outages?|strikes?|journeys?|trips?|flights?|"
    r"commutes?|sentences?|bans?|suspensions?|lockdowns?|stoppages?|shutdowns?|disruptions?|hearings?|"
    r"trials?|shifts?|power\s+cuts?|hold-ups?)\b",
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
    # "How full are the reservoirs?": a share of capacity
    "full": "fullness",
}

_MEASURE_UNITS = {
    "height": _words("m meter meters metre metres feet foot ft km kilometers miles"),
    "length": _words("m meter meters metre metres feet foot ft km kilometers kilometres miles"),
    "distance": _words("m meter meters metre metres feet foot ft km kilometers kilometres miles"),
    "depth": _words("m meter meters metre metres feet foot ft"),
    "width": _words("m meter meters metre metres feet foot ft km"),
    "weight": _words("kg kilograms tons tonnes pounds lbs"),
    "speed": _words("mph km/h"),
    "fullness": frozenset({"%", "per cent", "percent"}),
    "duration": TIME_UNITS | _words("mins hrs"),
    "power": _words("mw gw kw megawatt megawatts gigawatt gigawatts kilowatt kilowatts mwh gwh twh kwh"),
}

# "How much electricity will the plant generate?": what is asked is power, in its units
_POWER_FOCUS = re.compile(r"^(?:(?:the|its|their)\s+)?(?:electricity|power|energy|output)$", re.I)

# Words that end the noun phrase of "how many <noun phrase> <verb> ...".
_NP_END = _words(
    """are is were was do does did have has had will would can could remain remained still currently now
    in at on of for from to by with during across inside within since after before under over between"""
)


# A verb of change before its object: "raised residential water tariffs", "has cut bus fares"
_CHANGED_OBJECT = re.compile(
    r"(?:raised|increased|hiked|lifted|cut|lowered|reduced|slashed|trimmed|put\s+up)\s+(?=[a-z])"
    # "has the appeal raised so far", "raised towards the shop": money raised, no object changed
    r"(?!(?:so|far|since|by|in|on|at|last|to|towards?|for|from|over|during|again|already|overall|"
    r"altogether|each|every|per|a|an|it|them|this|that)\b)",
    re.I,
)


def _split_np(body: str) -> tuple[str, str]:
    """Split "US troops are in Iraq" into the noun phrase ("US troops") and the rest ("are in Iraq")."""
    words = body.split()
    for i, w in enumerate(words):
        low = w.lower()
        # "the proposed stadium": a participle right after a determiner describes the noun
        participle = low.endswith("ed") and len(low) > 4 and words[i - 1].lower() not in _DETERMINERS
        if low == "of" and words[i - 1][:1].isupper() and words[i + 1 : i + 2] and words[i + 1][:1].isupper():
            continue  # "the City of Medicine Hat": one name
        if i > 0 and (low in _NP_END or participle or low in _NP_VERBS):
            return " ".join(words[:i]), " ".join(words[i:])
    return body, ""


_DETERMINERS = _words("the a an its their his her our this that these those")


_NP_VERBS = _words(
    """die died dies work works live lives attend attends remain serve serves stay stays vote votes lose
    lost own owns hold holds earn earns get got make made take took cost costs go went come came leave left
    join sign visit watch use need want receive add adds bring brings generate generates create creates save
    saves contribute contributes rode flew drove ran sold bought paid spent saw fled gave won caught"""
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
    fare time duration wage wages pay fee fees rent levy tariff pension limit crest depth"""
)

# "What share of kindergartners are vaccinated?", "What percentage of voters turned out?"
_WHAT_HEAD_OF = re.compile(
    r"^(?:what|which)\s+(?P<head>[a-z]+)\s+of\s+(?P<rest>.+)$",
    re.I,
)

# "What weight limit applied to ...", "What fine was imposed?": a figure's noun, then its verb; a time
# ("What time is kick-off?") or a record ("What record was broken?") is no figure here
_FIGURE_HEADS = (_NUMERIC_HEADS - {"time", "record"}) | {"rise", "increase", "raise", "cut"}
# "What fine was imposed ...", "What price per litre did the union pay ...", "What pay rise was offered?"
_WHAT_NUMBER_VERB = re.compile(
    r"^what\s+(?P<np>(?:[a-z]+\s+){0,2}?(?P<head>[a-z]+(?<!s)))(?:\s+(?:per|a)\s+[a-z]+)?\s+"
    r"(?P<rest>(?:was|is|are|were|will|would|should|could|must|applied|applies|remains|remained|did|does|do|has|"
    r"have|had)\b.*)$",
    re.I,
)

# "What will the new speed limit be on most central streets?", "What is the fare going to be?": the
# figure's noun between the auxiliary and "be"
_WHAT_WILL_BE = re.compile(
    r"^what\s+(?:will|would|should|could|might|is|was|are|were)\s+(?:the|its|their)\s+"
    r"(?:(?:new|current|latest|next|proposed|final)\s+)?(?P<np>(?:[a-z-]+\s+){0,2}?(?P<head>[a-z]+))\s+"
    r"(?:be|become|going\s+to\s+be)\b(?P<rest>.*)$",
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

_AUX_START = re.compile(
    r"^(?:will|would|did|does|do|is|was|are|were|has|have|had|can|could|should|must|might|may)\s+", re.I
)

_WHO = re.compile(
    r"^who\s+(?:is|was|are|were|will\s+be|has\s+been|became|becomes)\s+(?:the\s+)?(?:current\s+|new\s+|"
    r"acting\s+|interim\s+)?(?P<role>.+?)(?:\s+(?:of|at|for|in)\s+(?:the\s+)?(?P<scope>.+))?$",
    re.I,
)

_WHO_VERB = re.compile(
    r"^who\s+(?:currently\s+|now\s+)?(?:(?:is|are|was|were|will\s+be)\s+(?:currently\s+|now\s+)?(?=\w+ing\b)|"
    r"will\s+(?=\w+\s))?"
    r"(?P<verb>leads|runs|heads|coaches|commands|manages|chairs|governs|owns|replaced|succeeded|won|directs|"
    r"captains|coach|captain|skipper|skippers|coaching|captaining|skippering|"
    # "As of June 2023, who was managing the harbour authority?" (asked in the present, "who is leading
    # the programme", the question reads better as its role's: measured on the development sets)
    r"(?:(?<=was\s)|(?<=were\s))(?:managing|leading|heading|chairing|directing|governing)|"
    # "As of October 2023, who chaired the committee?": the post asked of a time past
    r"led|headed|coached|managed|chaired|governed|directed|captained)"
    r"\s+(?:the\s+)?(?P<scope>.+)$",
    re.I,
)

# "Who has Selwynne Town appointed as manager?": the organisation is the scope, the role after "as"
_WHO_APPOINTED = re.compile(
    r"^who\s+(?:has|have|had|did|will)\s+(?:the\s+)?(?P<scope>.+?)\s+(?:appoint(?:ed)?|name[sd]?|hired?|"
    r"chos(?:en|e)|choose|pick(?:ed)?|select(?:ed)?|elect(?:ed)?|sign(?:ed)?|recruit(?:ed)?|install(?:ed)?)"
    r"\s+as\s+(?:(?:its|their|the|a|new|permanent)\s+)*(?P<role>.+?)\??$",
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
    "skippers": "captain",
    # "Who is captaining the side?", "Who will coach the team?": the same posts by other forms of the verb
    "coach": "coach",
    "coaching": "coach",
    "captain": "captain",
    "captaining": "captain",
    "skipper": "captain",
    "skippering": "captain",
    "led": "leader",
    "headed": "head",
    "coached": "coach",
    "managed": "manager",
    "chaired": "chairman",
    "governed": "governor",
    "directed": "director",
    "captained": "captain",
    "managing": "manager",
    "leading": "leader",
    "heading": "head",
    "chairing": "chairman",
    "directing": "director",
    "governing": "governor",
}

_AS_OF_Q = re.compile(
    r"\b(?:as of|as at|at the end of|by the end of|in|by|on|from)\s+(?P<when>(?:early |mid-|late )?(?:"
    r"(?:\d{1,2}\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)(?:\s+\d{1,2})?,?\s+\d{4}|\d{4}-\d{2}(?:-\d{2})?|\d{4}))\b",
    re.I,
)

# ("As of January 10, 2024, was ...": a date written with a comma before its year)
_AS_OF_LEAD = re.compile(
    r"^(?P<when>(?:as of|as at|by)\s+[^,]{4,30}?(?:,\s*(?:19|20)\d\d)?),\s*(?=[a-z])", re.I
)

_PERIOD_TAIL = re.compile(
    r"\s+(?:this|next|last|the\s+coming|the\s+next)\s+(?:year|month|week|season|term|winter|summer|spring|autumn)$",
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
    # "in the E. coli outbreak": an abbreviated genus names no place
    r"(?![A-Z]\.\s+[a-z])"
    r"(?P<s>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|of the))*)"
)


def _as_of_in(text: str) -> tuple[date | None, str]:
    m = None
    for m2 in _AS_OF_Q.finditer(text):
        m = m2
    if m is None:
        return None, text
    when = m.group("when").lower().replace(",", "")
    if re.match(r"\d{1,2} [a-z]", when) and not re.match(r"(?:from|as)\b", m.group(0), re.I):
        # "the protest on 11 March 2023" names the event's day; "from 1 March 2024" the value in force
        return None, text
    when = re.sub(r"^(?:early |mid-|late )", "", when)
    d: date | None = None
    # "1 march 2024" reads as "march 1 2024"
    when = re.sub(r"^(\d{1,2})\s+([a-z]+)", r"\2 \1", when)
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
    # "for the 2024-25 winter season", "in the 2023/24 school year"
    r"(?P<y1>\d{4})\s*[-–/]\s*(?P<y2>\d{2}|\d{4})"
    r"(?:\s+(?:winter|summer|ski|school|academic|sporting|football|rugby|cricket|hockey|hunting|fishing)?\s*"
    r"(?:season|financial year|fiscal year|year|term))?\s*$",
    re.I,
)


# "What is the deadline to register?", "What was the closing date for bids?": a date asked by its name.
_DATE_HEAD_Q = re.compile(
    r"^what\s+(?:is|was|are|were)\s+the\s+(?:(?:new|final|closing|opening|start|starting|launch|due|"
    r"polling|release|expected|official|latest)\s+)?(?:deadline|date|cut-?off\s+date|closing\s+date)s?\b",
    re.I,
)


# "what are the opening hours", "what are the visiting times", "When is the sauna open?", "What time does the
# pool close?": the members are spans of the day and the days it is shut. "When will it open" asks a date.
HOURS_Q = re.compile(
    r"\b(?:opening|closing|visiting|trading|business|office)\s+(?:hours|times)\b"
    r"|^when\s+(?:is|are)\s+.+(?<!\bto)(?<!\bbe)\s+open"
    r"(?:\s+(?:daily|each\s+day|every\s+day|to\s+(?:the\s+)?(?:public|visitors)))?\s*\??$"
    r"|^what\s+(?:time|hours)\s+(?:is|are|does|do)\s+.+\s+(?:open|close)\s*\??$",
    re.I,
)


# The words that open a question for a date ("When", "On which day", "In what year"); "which day of the
# week" asks for a weekday, not a date
_DATE_LEAD = (
    r"^(?:when|what (?:date|day|year|month|time)|(?:on )?(?:what|which) (?:date|day)(?! of the week)|"
    r"in (?:what|which) (?:year|month))"
)


# A why-question: it asks for a cause
_WHY_Q = re.compile(r"\s*why\b", re.I)


def parse_question(text: str, *, as_of: date | None = None) -> Question:
    """Kind, focus, attribute, scope, retrieval terms and as-of date of a question."""
    raw = text.strip()
    # "As of 31 July 2024, how many salmon had passed ...?": a date before the question proper is its as-of,
    # and the question proper is what follows it
    lead_as_of: date | None = None
    if (lead := _AS_OF_LEAD.match(raw)) is not None:
        lead_as_of, _ = _as_of_in(lead.group("when"))
        if lead_as_of is not None:
            rest = raw[lead.end() :]
            raw = rest[:1].upper() + rest[1:]
    terms_raw = raw
    if (pm := _WHICH_PERSON.match(raw)) and not (
        (rm0 := _WHICH_ROLE.match(raw)) and _ROLE_IN_Q.fullmatch(rm0.group("role").strip())
    ):
        # "Which judge ruled in the case?" asks what "Who ruled in the case?" asks
        raw = "Who " + pm.group("rest")
    # "By how much does X cut the risk?" asks what "How much does X cut the risk?" asks
    q = re.sub(r"^by\s+(?=how\s+(?:much|many|far)\b)", "", raw.rstrip(" ?.!"), flags=re.I)
    # ... and so does "By what percentage had the council raised tariffs?"
    q = re.sub(r"^by\s+what\s+(?:percentage|percent|proportion|amount|margin)\s+", "How much ", q, flags=re.I)
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
    q_as_of = q_as_of or lead_as_of
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
    # "How much does a single bus fare cost in Calderton?": the fare is the price asked for; "How much does
    # it cost per hour to park in Tolland Quay?": the act after "to" is what is priced
    fare = _PRICE_HEAD.match(cm.group("body")) if cm else None
    act = re.search(r"\bto\s+([a-z]+)\b", q[cm.end() :]) if cm and cm.group("body").lower() == "it" else None
    if cm and (fare or act):
        kind = "number"
        attribute = "amount"
        focus = (
            re.sub(r"^(?:the|a|an)\s+", "", fare.group("np"), flags=re.I)
            if fare
            else act.group(1)
            if act
            else ""
        )
        sm0 = _NUMBER_SCOPE.search(q[cm.end() :])
        scope = sm0.group("s") if sm0 else ""
    elif cm:
        # "How much will the new library cost?": the money asked for is the cost, the rest says of what
        kind = "number"
        attribute = "cost"
        focus = "cost"
        scope = cm.group("body")
    elif hl := _HOW_LONG.match(q):
        kind = "number"
        attribute = "duration"
        focus, _rest = _split_np(hl.group("body"))
    elif mm:
        kind = "number"
        attribute = _MEASURE_OF[mm.group("adj").lower()]
        focus, _rest = _split_np(mm.group("body"))
        if attribute == "length" and _TAKES_TIME.search(focus):
            attribute = "duration"  # "How long were the security queues?": a wait is as long as it lasts
    elif m:
        kind = "number"
        focus, rest = _split_np(m.group("body").strip())
        if _AUX_START.match(focus + " "):
            # "How much did average rents rise ...": the subject after the auxiliary is what is measured
            # "How much is the daily fee for visitors at Kruger National Park?": what followed the noun
            # phrase still says where
            focus, rest0 = _split_np(_AUX_START.sub("", focus, count=1))
            rest = " ".join(p for p in (rest0, rest) if p) or focus
            if (tv := _CHANGED_OBJECT.match(rest)) is not None and focus != rest:
                # "How much had the municipality raised water tariffs?": the tariffs are measured, not the
                # body that raised them
                focus, rest = _split_np(rest[tv.end() :])
        attribute = "count" if low.startswith("how many") else "amount"
        if attribute == "amount" and _POWER_FOCUS.match(focus):
            attribute = "power"
        # "How much should rates rise this year?": the period is when, not what is measured
        focus = _PERIOD_TAIL.sub("", focus) or focus
        sm = _NUMBER_SCOPE.search(rest)
        if sm:
            scope = sm.group("s")
        if not focus:
            focus = rest
    elif low.startswith("who") or re.match(r"^(?:what|which) (?:person|man|woman)\b", low):
        kind = "person"
        wm = _WHO.match(q)
        vm = _WHO_VERB.match(q)
        am = _WHO_APPOINTED.match(q)
        if am and (rm0 := _ROLE_IN_Q.search(am.group("role"))):
            attribute = norm_role(rm0.group("role"))
            scope = am.group("scope")
        elif vm:
            attribute = _VERB_ROLE.get(vm.group("verb").lower(), vm.group("verb").lower())
            scope = vm.group("scope")
        elif wm:
            rm = _ROLE_IN_Q.search(wm.group("role"))
            attribute = norm_role(rm.group("role")) if rm else wm.group("role").lower()
            scope = wm.group("scope") or ""
            if rm and not scope:
                scope = wm.group("role")[: rm.start()].strip(" 's’")
        focus = attribute
    elif (re.match(_DATE_LEAD + r"\b", low) or _DATE_HEAD_Q.match(q)) and not HOURS_Q.search(q):
        kind = "date"
        focus = re.sub(
            _DATE_LEAD
            + r"\s+(?:did|does|do|is|are|was|were|will|has|have|had)?\s*"
            + r"|^what\s+(?:is|was|are|were)\s+the\s+",
            "",
            q,
            flags=re.I,
        )
        attribute = "date"
    elif fm := _FETCHING_Q.match(q):
        # "What were feed wheat, feed barley and oilseed rape fetching at the market?": a price each
        kind = "number"
        attribute = "cost"
        focus = fm.group("body")
        sm3 = _NUMBER_SCOPE.search(fm.group("rest"))
        scope = sm3.group("s") if sm3 else ""
    elif (
        (hm := _WHAT_HEAD_OF.match(q))
        and lemma(hm.group("head")) in _NUMERIC_HEADS
        # "Which areas of Dundee ...?" asks for members of a class, "What share of ...?" for a figure
        and lemma(hm.group("head").lower()) == hm.group("head").lower()
    ):
        kind = "number"
        attribute = "amount"
        focus, rest = _split_np(hm.group("rest"))
        focus = f"{hm.group('head')} {focus}"
        sm2 = re.search(r"\b(?:in|at|for)\s+(?:the\s+)?(?P<s>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)", q)
        scope = sm2.group("s") if sm2 else ""
    elif (nm := _WHAT_NUMBER_VERB.match(q)) and lemma(nm.group("head").lower()) in _FIGURE_HEADS:
        # "What weight limit applied to Pont Llanfrechan?", "What fine was imposed on the company?"
        kind = "number"
        attribute = "amount"
        focus = nm.group("np")
        sm4 = re.search(
            r"\b(?:to|on|in|at|for|of)\s+(?:the\s+)?(?P<s>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)", nm["rest"]
        )
        scope = sm4.group("s") if sm4 else ""
    elif (wb := _WHAT_WILL_BE.match(q)) and lemma(wb.group("head").lower()) in _FIGURE_HEADS:
        kind = "number"
        attribute = "amount"
        focus = wb.group("np")
        sm5 = re.search(
            r"\b(?:to|on|in|at|for|of)\s+(?:the\s+|most\s+of\s+|all\s+of\s+)?"
            r"(?P<s>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)",
            wb["rest"],
        )
        scope = re.sub(r"['’]s$", "", sm5.group("s")) if sm5 else ""
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


_COORD_NAMES = re.compile(
    r"(?P<a>\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+and\s+(?:in\s+|the\s+|at\s+|for\s+)?"
    r"(?P<b>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)

_COORD_WORDS = re.compile(r"\b(?P<a>[a-z][\w-]*)\s+and\s+(?P<b>[a-z][\w-]*)\s+(?:[a-z]+\s+)?[a-z]+s\b")


_NAME_PART = r"[A-Z][\w'’-]*(?:\s+(?:de|del|da|la|le|van|von|on|upon)?\s*[A-Z][\w'’-]*)*"

# "in Dalupiri, San Vicente de Bato and Malinao Norte": three or more named parts
_COORD_LIST = re.compile(
    # "in KwaZulu-Natal, the Free State and Gauteng": a part may take an article
    r"(?P<list>"
    + _NAME_PART
    + r"(?:,\s+(?:the\s+)?"
    + _NAME_PART
    + r")+,?\s+and\s+(?:the\s+)?"
    + _NAME_PART
    + r")"
)


# "bread, milk and eggs", "feed wheat, feed barley and oilseed rape": three or more things in common words
_ITEM = r"[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?"
_COORD_ITEMS = re.compile(r"\b(?P<list>" + _ITEM + r"(?:,\s+" + _ITEM + r")+,?\s+and\s+" + _ITEM + r")")


def _question_parts(text: str) -> list[frozenset[str]]:
    """Coordinated parts a question asks about: "in Halden and in Marsby", "the fiction and non-fiction
    prizes", "the European Union and Japan", "in Dalupiri, San Vicente de Bato and Malinao Norte". Each
    part as its stems."""
    body = text.strip()
    for m in _COORD_LIST.finditer(body, 1):
        parts = [frozenset(terms_of(p)) for p in LIST_JOIN.split(m.group("list"))]
        if (
            all(parts)
            and len(set(parts)) == len(parts)
            and not any(x & y for i, x in enumerate(parts) for y in parts[i + 1 :])
        ):
            return parts
    for m in _COORD_ITEMS.finditer(body, 1):
        items = [i.split() for i in LIST_JOIN.split(m.group("list"))]
        while items[0] and items[0][0] in _STOP:
            items[0] = items[0][1:]  # "did bread, milk and eggs": the list starts after the verb
        # "bread, milk and eggs go up": the last item runs no longer than the first
        items[-1] = items[-1][: max(1, len(items[0]))]
        parts = [frozenset(terms_of(" ".join(i))) for i in items]
        # "feed wheat, feed barley and oilseed rape": a word the items share does not tell them apart
        shared = {w for i, x in enumerate(parts) for y in parts[i + 1 :] for w in x & y}
        parts = [p - shared for p in parts]
        if all(parts) and len(set(parts)) == len(parts):
            return parts
    for rx in (_COORD_NAMES, _COORD_WORDS):
        for m in rx.finditer(body, 1):
            if rx is _COORD_NAMES and m.group("b")[-2:] in ("'s", "’s"):
                continue  # "Perth and Kinross's latest count": one owner, named in two words
            parts = [frozenset(terms_of(m.group(g))) for g in ("a", "b")]
            if all(parts) and parts[0] != parts[1] and not (parts[0] & parts[1]):
                return parts
    return []


def _name_prefix(name: str) -> str:
    """The part of a proper name a text must carry to name it: all but its last two letters, so that another
    form of the name still counts ("Estavia" for "Estavian"), and never fewer than four. A people named after
    their place ("New Zealanders", "Londoners") carry the place's whole name."""
    if len(name) >= 8 and name.endswith("ers"):
        return name[:-3]
    return name[: max(4, len(name) - 2)]


def _most_named(names: set[str], low: str) -> bool:
    """Does a text (lowercased) name at least half of the question's proper names?"""
    return 2 * sum(_name_prefix(n) in low for n in names) >= len(names)


# Countries whose adjective does not begin with the name's prefix: a story of "Finnish Energy" and
# "Finnish homes" is about Finland
_COUNTRY_FORMS: dict[str, tuple[str, ...]] = {
    "finland": ("finnish", "finns"),
    "sweden": ("swedish", "swedes"),
    "denmark": ("danish", "danes"),
    "ireland": ("irish",),
    "scotland": ("scottish", "scots"),
    "wales": ("welsh",),
    "england": ("english",),
    "britain": ("british",),
    "netherlands": ("dutch",),
    "france": ("french",),
    "spain": ("spanish",),
    "switzerland": ("swiss",),
    "greece": ("greek",),
    "poland": ("polish",),
    "turkey": ("turkish",),
    "thailand": ("thai",),
    "philippines": ("filipino",),
    "afghanistan": ("afghan",),
}
# each way: a country to its adjectives, an adjective to its country
_NAME_FORMS = {**_COUNTRY_FORMS, **{f: (c,) for c, forms in _COUNTRY_FORMS.items() for f in forms}}


def named_by_form(words: set[str], text: str) -> set[str]:
    """The countries among ``words`` (lowercased) that a text names by another form only ("Finnish Energy"
    names Finland)."""
    if not any(w in _NAME_FORMS for w in words):
        return set()
    have = set(re.findall(r"[a-z]+", text.lower()))
    return {w for w in words if have.intersection(_NAME_FORMS.get(w, ()))}


# what follows a place's name to make a word of it: "the Ketchum-area waitlist", "Leeds-based"
_PLACE_SUFFIXES = frozenset({"area", "based", "wide", "region"})
# the linking word of a place named for what it stands on or beside ("Stratford-upon-Avon",
# "Bourton-on-the-Water")
_PLACE_LINKS = frozenset(
    {"on", "upon", "next", "under", "in", "by", "over", "le", "la", "sur", "am", "an", "super"}
)


def _names_in(names: set[str], question: str, low: str) -> bool:
    """Does a text (lowercased) name the question's proper names? Of coordinated parts ("the European
    Union and Japan") one is enough: each document may report one part."""
    parts = _question_parts(question)
    in_parts = {w for w in names if any(stem(w) in p for p in parts)}

    def has(n: str) -> bool:
        if _name_prefix(n) in low or any(f in low for f in _NAME_FORMS.get(n, ())):
            return True
        # "Skien-Porsgrunn" (the line between them) is named by "between Skien and Porsgrunn"
        pieces = n.split("-")
        if len(pieces) == 2 and pieces[1] in _PLACE_SUFFIXES:
            return _name_prefix(pieces[0]) in low  # "Ketchum-area" is named by "Ketchum"
        if len(pieces) > 2 and pieces[1] in _PLACE_LINKS:
            # "Wells-next-the-Sea", "Ross-on-Wye": the town is called by its first word at home
            return re.search(rf"\b{re.escape(pieces[0])}\b", low) is not None
        return len(pieces) > 1 and all(len(p) >= 3 and _name_prefix(p) in low for p in pieces)

    if not all(has(n) for n in names - in_parts):
        return False
    return not in_parts or any(has(n) for n in in_parts)


_CODE = re.compile(r"(?<![\w-])[A-Z]{1,3}\d{1,4}[A-Z]?(?![\w-])")


def _proper_names(question: str) -> set[str]:
    """The capitalised words of a question after its first word, lowercased ("Storm Idris" -> storm, idris).

    A document about the question names each of them, at least by a shared beginning (Veldoria, Veldorian).
    """
    words = _WORD_RE.findall(question)[1:]
    # a weekday or a month with its year ("on Tuesday", "the September 2024 march") dates the story, it
    # does not name it; "the August heatwave" may
    dated = {m.group(1).lower() for m in _MONTH_YEAR.finditer(question)} | {
        m.group(1).lower() for m in _PREP_MONTH.finditer(question)
    }
    # "route H2", "the A96": a code names the thing as a word does
    codes = {m.group(0).lower() for m in _CODE.finditer(question)}
    return codes | {
        w.lower()
        for w in words
        if w[0].isupper()
        and w.lower() not in _STOP
        and len(w) > 2
        and w.lower() not in _WEEKDAYS
        and w.lower() not in dated
    }


_FETCHING_Q = re.compile(
    r"^what\s+(?:is|are|was|were|will|did|does|do)\s+(?P<body>.+?)\s+(?:fetching|fetch|selling\s+for|"
    r"sell\s+for|sold\s+for|trading\s+at|going\s+for|priced\s+at)\b(?P<rest>.*)$",
    re.I,
)

_WEEKDAYS = WEEKDAY_NAMES

# "over the year to January", "since March": a month after a preposition is a time, not the story's name
_PREP_MONTH = re.compile(
    r"\b(?:to|in|since|until|till|by|from|during|before|after|through)\s+(?:early\s+|mid-?|late\s+)?"
    r"(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)"
)

_MONTH_YEAR = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{1,2},?)?\s+\d{4}\b"
)


# "Who paid for the museum's purchase?": funders are bodies and people, often several
_FUNDER_Q = re.compile(
    r"^who\s+(?:(?:has|have|had|is|are|was|were|will)\s+)?(?:paid|paying|pay|funded|funding|fund|financed|"
    r"financing|donated|contributed|contributing|bankrolled|sponsored|sponsoring|backed|backing)\b",
    re.I,
)
_LIST_Q = re.compile(
    r"^(?:who|what|which)\s+(?:are|were)\b|^why\b|^what\s+(?:are|were)\s+the\s+reasons\b"
    # "What is planned for the old tannery?": a new use, often of several parts ("a studio and gallery")
    r"|^what\s+(?:is|are|was|were)\s+(?:being\s+)?(?:planned|proposed)\s+for\b"
    r"|^who\s+(?:co-)?founded\b"
    # a bill or a field: "Who is headlining the festival?", "Who will stand in the by-election?"
    r"|^who\s+(?:is|are|will\s+be)\s+(?:headlining|performing|appearing|competing|standing)\b"
    r"|^who\s+will\s+(?:headline|perform|appear|compete|stand)\b"
    # a body's members: "Who will make up the new rectorate?", "Who sits on the panel?"
    r"|^who\s+(?:will\s+|would\s+)?(?:make|makes|made)\s+up\b|^who\s+(?:will\s+)?(?:sits?|sat|serves?)\s+on\b"
    # "Who was on the main jury?", "Who is in the squad?": a body's members
    r"|^who\s+(?:is|was|are|were|will\s+be)\s+(?:on|in)\s+(?:the|this\s+year's)\s+(?:[a-z-]+\s+)?"
    r"(?:jury|panel|board|committee|squad|team|shortlist|council|cabinet|line-?up|bench|crew)\b"
    # "Who has been appointed to the new transit board?": a body's seats, filled one by one
    r"|^who\s+(?:has|have|had|was|were|is|are|will\s+be)\s+(?:been\s+)?(?:appointed|named|elected|picked|"
    r"chosen|selected|nominated)\s+to\s+(?:the|a|its|this\s+year's)\s+(?:[\w'’-]+\s+){0,5}"
    r"(?:jury|panel|board|committee|council|cabinet|commission|trust|tribunal)\b"
    r"|" + _FUNDER_Q.pattern,
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
    if _LIST_Q.search(q.text) or _SHARE_Q.search(q.text) or _FOUND_Q.search(q.text) or HOURS_Q.search(q.text):
        return True
    words = _WORD_RE.findall(_LEAD_PREP.sub("", q.text))
    if not words or words[0].lower() not in ("which", "what", "where", "who", "how"):
        return False
    if words[0].lower() == "how":
        return False
    if words[0].lower() == "what" and len(words) > 1 and re.fullmatch(r"[a-z]{3,}ed", words[1]):
        return False  # "What escaped from the tailings pond?": the verb's subject, one thing
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
