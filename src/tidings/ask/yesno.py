"""Yes or no, or the sides when a question has no single answer: statements for and against, verdicts on
reports, satire, and the judgments each side of a row states in its own words.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from tidings.ask.common import (
    _SATIRE_SELF,
    ONE_WAY,
    _cite,
    _clip,
    _dedupe,
    _doc_as_of,
    _doc_item,
    _doc_point,
    _doc_rank,
    _kin_stems,
    _label,
    _later_verdicts,
    _number_key,
    _precise_doc,
    _sentence,
    _Slot,
    asked_above,
)
from tidings.ask.dates import _TX_DAY
from tidings.ask.members import _CLOCK, _a_person, _verb_stem
from tidings.ask.numbers import _figures_in, _measured, _numbers_in
from tidings.ask.question import (
    _STOP,
    _WORD_RE,
    Question,
    _expand,
    _most_named,
    _proper_names,
    _stems,
    stem,
    terms_of,
)
from tidings.ask.render import _nothing
from tidings.ask.rivals import _ESTIMATE, _rival_estimates
from tidings.calendar_names import MONTH_NAMES, MONTH_NUMBERS
from tidings.claims import MONEY_AT, speaker_of
from tidings.conflicts import (
    Item,
    as_of_string,
    clause_around,
    debate_of,
    refutation_of,
    stance_of,
    stance_words,
)
from tidings.model import Analyzed, Answer, Citation, Claim
from tidings.sentences import asks, split

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
    r"sustainable|viable|affordable|necessary|reasonable|lifeline|"
    r"performing well|doing well)\b",
    re.I,
)

_NEGATIVE = re.compile(
    r"\b(?:harm(?:s|ed|ful)?|damag(?:e|es|ed|ing)|risk(?:s|y)?|danger(?:ous)?|unsafe|unhealthy|ineffective|"
    r"hurts?|bad|negative|linked to|raises? (?:the )?risk|increas(?:e|es|ed) (?:the )?risk|oppos(?:e|es|ed)|"
    r"against|critici[sz](?:e|es|ed)|worse|worsen(?:s|ed)?|threat|concerns?|warn(?:s|ed)?|inadequate|"
    r"requires improvement|special measures|failing|poor(?:ly)?|weak|disappointing|uneven|menace|"
    r"hazard(?:s|ous)?|nuisance|fiasco|shambles|flop|failure|disaster|waste\s+of\s+(?:money|time)|"
    r"chaos|chaotic|gridlock|unaffordable|unjustified|excessive|"
    # harm told as its effect: "has driven customers away", "putting off visitors", "they blame the charge"
    r"driv(?:en|ing|es)\s+(?:\w+\s+)?away|putting\s+off|put\s+off|blame[sd]?|"
    # a measure said to be about money, not its stated aim
    r"cash\s+grab|cash\s+cow|money[\s-]spinner|revenue\s+grab|stealth\s+tax)\b",
    re.I,
)

# "The fee is fair", but not "the Erne Estuary Food Fair" nor "the fair goes ahead": the noun
_FAIR = r"(?-i:(?<!\bthe\s)(?<!\ba\s)(?<!'s\s)fair)"

_EVALUATIVE_Q = re.compile(
    r"\b(?:good|bad|safe|safer|healthy|healthier|harmful|effective|dangerous|beneficial|worth|better|worse|"
    r"help(?:s|ing)?|hurt(?:s|ing)?|harm(?:s|ing)?|should|support|oppose|benefit|responsible for|to blame|"
    r"blame|improve|improved|reduce|"
    # "Does the scheme work?", but not "during the dredging works" nor "will the work finish": the noun
    r"reduced|(?<!\bthe\s)(?<![a-z]ing\s)(?<!\broad\s)(?<!\brepair\s)(?:works?)|worked|working|succeed|succeeded|succeeding|fail|failed|failing|justified|"
    + _FAIR
    + r"|"
    r"wrong|correct|mistake|value for money|"
    # "right now" asks when, not whether it is right
    r"right(?!\s+(?:now|away|here|there|after|before|across|through))|"
    r"performing well|doing well)\b",
    re.I,
)

_QUOTE_MARK = re.compile(r"[\"“”]")

# Verdict language of opinion writing: a side says what is right or what should be done.
_VERDICT_FOR = re.compile(
    r"\b(?:should|must|ought to|right|correct|clear|justified|"
    + _FAIR
    + r"|worth|in favou?r|welcomed?|backs?|"
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
    r"|\bno\s+evidence\b"
    r"|\bno\s+(?:clear\s+|statistically\s+significant\s+|significant\s+|measurable\s+|real\s+|lasting\s+)?"
    r"(?:change|effect|impact|difference|improvement|benefit|link)\b|\bnot\s+proof\b|\btoo\s+early\s+to\s+(?:say|tell)\b",
    re.I,
)


_RESTORED = re.compile(
    r"\b(?:reopen(?:ed|s)|resum(?:ed|es)|back open|back in business|back online|back in service|"
    r"reconnected|restarted|returned to service|reimposed|reinstated)\b",
    re.I,
)

_DELAYED = re.compile(r"\b(?:postponed|delayed|pushed back|put off|rescheduled)\b", re.I)

# A machine or service that stops working (stems).
_STOPPED = frozenset({"halt", "shut", "offlin", "stop", "stopp", "suspend"})

# Paying for something, which "free" answers no to (stems)
_PAID = frozenset({"pay", "charg"})

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
    # "Is the turbine generating power?" is answered no by "has halted its turbine"
    **dict.fromkeys(("generat", "operat", "runn", "produc"), _STOPPED),
    "halt": frozenset({"resum", "restart", "reconnect"}),
    # "Are dogs being banned from the trams?" is answered no by "Dogs are allowed on trams"; the noun "ban"
    # ("Is the hosepipe ban in force?") has its own words (_IN_FORCE_Q)
    **dict.fromkeys(("bann", "prohibit", "barr"), frozenset({"allow", "permitt", "welcom"})),
    # "Is swimming allowed again?" is answered by "the restriction on swimming has been lifted"
    # ... and "the beach is closed for swimming" answers no whether swimming is allowed there
    **dict.fromkeys(
        ("allow", "permitt"), frozenset({"ban", "bann", "prohibit", "restrict", "barr", "clos", "shut"})
    ),
    # "Should the shark nets be kept?" is answered no by "remove the nets"
    **dict.fromkeys(("keep", "retain"), frozenset({"remov", "scrap", "axe", "dismantl", "abolish"})),
    **dict.fromkeys(("remov", "scrap", "abolish"), frozenset({"keep", "retain"})),
    # "Has the festival been cancelled?" is answered no by "the festival will go ahead as planned"
    **dict.fromkeys(("cancel", "cancell", "axe", "axed"), frozenset({"go-ahead"})),
    # "Do visitors have to pay to get in?" is answered no by "Entry to the festival is free"
    **dict.fromkeys(_PAID, frozenset({"free"})),
}

# A question that asks which side someone takes: "Is Hanko in favour of the wind farm?"
_SIDE_Q = re.compile(
    r"\bin\s+favou?r\b|\bfor\s+or\s+against\b|\bopposed\b|\bagainst\b|\bback(?:s|ing)?\b", re.I
)
# The states of a place's doors, which a sentence about the place must name to say whether they hold
# (in lower case: "the Fenmoor Open" is a tournament's name)
_OPEN_OR_SHUT_Q = re.compile(
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)\b(?:(?:re)?open(?:s|ed|ing)?|clos(?:e|es|ed|ing)|shut(?:s|ting)?)\b"
)

# Going ahead as planned, told by a phrase no single stem carries ("ahead of the final" is no going ahead);
# it stands in a sentence's stems as the pseudo-stem "go-ahead"
_GOES_AHEAD = re.compile(
    r"\b(?:go(?:es)?|going|gone|went)\s+ahead\b(?!\s+of\b)|\bproceed(?:s|ed|ing)?\s+as\s+(?:planned|scheduled|normal)\b"
    # "confirm the 2025 Gala Parade will step off at 1pm", "Yes, it's on - Easter Monday"
    r"|\bwill\s+(?:step\s+off|take\s+place|be\s+held|kick\s+off)\b|\bit['’]s\s+(?:still\s+)?on\b(?=\s*[-–,.!])",
    re.I,
)

# Directions of change: "Will prices rise?" is answered no by "prices will fall by 2.5%", "Is the hub
# reducing waits?" by "the waiting list has grown by 8%" (stems, as :func:`stem` gives them).
_UPWARD = frozenset("rise rose risen rising climb increas grow grew grown jump soar higher up".split())

_DOWNWARD = frozenset(
    "fall fell fallen drop dropp declin decreas reduc lower shrink shrank slump slid fewer cut cutt".split()
)

_OPPOSITE_STATE.update({w: _DOWNWARD for w in _UPWARD} | {w: _UPWARD for w in _DOWNWARD})


def _predicate(q: Question) -> set[str]:
    """The stems of the question's lowercase words, irregular participles by their base ("kept" is "keep"):
    what the question asks is so."""
    return {_verb_stem(w) for w in _WORD_RE.findall(q.focus) if w.islower() and w.lower() not in _STOP}


def _opposites(pred: set[str]) -> set[str]:
    """The states (stems) that answer a question about ``pred`` the other way."""
    return {o for p in pred for o in _OPPOSITE_STATE.get(p, ())}


# A status question about a rule or measure, and the words that end or keep one (stems).
_IN_FORCE_Q = re.compile(
    r"\b(?:in\s+(?:force|place|effect|operation)|still\s+(?:on|active|running|valid|banned|applies|apply))\b"
    # "Does the library still charge late fines?": whether a practice goes on
    r"|^(?:does|do|is|are|will)\s+[^?]*?\bstill\s+[a-z]+"
    # "Is there a burn ban in Bexley County right now?": whether a measure holds
    r"|^(?:is|are)\s+there\s+(?:a|an|any)\s+(?:[\w-]+\s+){0,3}?(?:bans?|restrictions?|curfews?|moratori(?:um|a)|"
    r"freezes?|advisor(?:y|ies)|lockdowns?|warnings?|orders?|limits?)\b",
    re.I,
)

# A clause that supposes a change rather than reports one: "unless rescinded earlier", "could be reinstated"
_SUPPOSED = re.compile(r"\b(?:unless|if|until|(?:could|may|might|would)\s+be)\b[^,.;:]*", re.I)

# "fine-free", "smoke-free": without the thing named
_FREE_OF = re.compile(r"\b([A-Za-z]+)-free\b")

_ENDED = frozenset(
    stem(w)
    for w in """lifted ended expired revoked rescinded repealed scrapped withdrawn eliminated abolished
    discontinued""".split()
)

# Bars on doing something (stems): asked whether it is allowed, their end says yes.
_BARS = frozenset({"ban", "bann", "prohibit", "restrict", "barr"})

# A prohibition told by what it forbids: "will not be allowed to use hosepipes", "must not water gardens"
_PROHIBITION = re.compile(
    r"\b(?:(?:will|are|is)\s+not\s+(?:be\s+)?(?:allowed|permitted)\s+to|must\s+not|may\s+not|cannot|"
    r"can(?:no|')t)\s+(?:use|water|wash|fill|light|burn|swim|fish|park|enter|drive|sell|hold)\b",
    re.I,
)

_IN_FORCE = frozenset(stem(w) for w in "force remains extended imposed reimposed reinstated".split())


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


# A clause that gives the reason or the time of what the sentence states: "has been lifted ... after two
# surveillance rounds found no further varroa mites"
_SUBORDINATE = re.compile(r"[,;]?\s+\b(?:after|because|since|following|once|as a result of)\b", re.I)


def _main_clause(sent: str) -> str:
    """A sentence up to its first subordinate clause of reason or time: a "no" there is not the answer's."""
    m = _SUBORDINATE.search(sent, 20)
    return sent[: m.start()] if m is not None else sent


def _negated(sent: str, asked: set[str]) -> bool:
    """The main clause denies the question's predicate. A comma's part after the last word of the question
    that opens with a "no" ("the Youth Eisteddfod is CANCELLED this year, no funding from the council") tells
    of something else; a "no" before that word or beside it ("has not been cancelled", "postponed, not
    cancelled") denies, as does one in a clause after it ("..., as a closure shows no sign of ending")."""
    main = _main_clause(sent)
    hits = [m.end() for m in _WORD_RE.finditer(main) if stem(m.group(0).lower()) in asked]
    last = max(hits, default=-1)
    comma = main.find(",", last) if last >= 0 else -1
    if comma >= 0 and _NEGATED_PART.match(main, comma + 1):
        return _NEGATION.search(main, 0, comma) is not None
    # "the ban remains in effect, with no rain in the forecast and 80 fires burning": a part that denies
    # a thing not asked of, though an asked word comes later in it
    for c in (m.start() for m in _COMMA.finditer(main, min(hits, default=len(main)))):
        neg = _NEGATED_PART.match(main, c + 1)
        nxt = _WORD_RE.search(main, neg.end()) if neg else None
        if nxt is not None and stem(nxt.group(0).lower()) not in asked:
            return _NEGATION.search(main, 0, c) is not None
    # "has received 1,300 reports of people breaking the ban but has not fined anyone": a "but" clause after
    # the last asked word denies something else
    but = _BUT.search(main, last) if last >= 0 else None
    if but is not None:
        return _NEGATION.search(main, 0, but.start()) is not None
    return _NEGATION.search(main) is not None


_BUT = re.compile(r"\s(?:but|yet)\s", re.I)


# Verbs that ask whether something is lost (stems): "without" in an answer tells the loss, it does not deny
_PRIVATIVE = frozenset({"lose", "losing", "lost", "lack", "miss"})


def _only_without(sent: str) -> bool:
    """Is every negation of the sentence's main clause a "without"?"""
    found = [m.group(0).lower() for m in _NEGATION.finditer(_main_clause(sent))]
    return bool(found) and all(w == "without" for w in found)


# A comma's part that is a bare negation of something else: ", no funding from the council", ", not
# postponed", ", with no rain in the forecast"
_NEGATED_PART = re.compile(r"\s*(?:with\s+)?(?:no|not|never|nor)\b", re.I)
_COMMA = re.compile(",")


def _change_word(sent: str) -> str:
    """The word a sentence tells a change of state by: "reconnected", "lifted", "scrapped"."""
    m = _RESTORED.search(sent) or _REVERSAL.search(sent)
    word = (
        m.group(0)
        if m is not None
        else next((w for w in _WORD_RE.findall(sent) if stem(w.lower()) in _ENDED), "")
    )
    # "welcomed the lifting of the ban": told as the state it leaves, "lifted"
    return word[:-3] + "ed" if word.endswith("ing") and len(word) > 5 and " " not in word else word


def _reverses_subject(sent: str, wanted: set[str], asked: set[str]) -> bool:
    """A reversal cue in a clause about the question's subject ("scrapping its plan to close the plant"), or
    in a clause of its own ("In a U-turn, ..."); a headline listing several things ("schools closed, ferry
    cancelled") reverses only the thing its own clause names. A cue the question asks about ("Was the stage
    cancelled?") answers it rather than reversing anything."""
    for m in _REVERSAL.finditer(sent):
        if _stems(m.group(0)) & asked:
            continue
        lo = max(sent.rfind(p, 0, m.start()) for p in ",;:") + 1
        hi = min((i for i in (sent.find(p, m.end()) for p in ",;:") if i >= 0), default=len(sent))
        other = _stems(sent[lo : m.start()] + " " + sent[m.end() : hi])
        if not other or other & wanted:
            return True
    return False


# A subject named by a common noun: what a story calls the scheme after naming it once.
_ANAPHOR_SUBJECT = re.compile(
    r"\b(?:the|this|our|their|its)\s+(?:scheme|project|programme|program|pilot|trial|plan|policy|initiative|"
    r"service|system|measure|experiment|changes?|lane|ban|rules?|scheme's|"
    # "Is the fare increase justified?" answered by "This adjustment is necessary"
    r"increase|rise|hike|adjustment)\b",
    re.I,
)


_STILL_BECAUSE = re.compile(r"\bstill\b[^?]*?\b(?:because\s+of|due\s+to|owing\s+to)\b", re.I)

_LIGHT_VERBS = frozenset({"make", "makes", "making", "made"})

_BRACKETED = re.compile(r"\(([^)]*)\)")


# The answer line of a Q&A: "A: Yes, ...", "A (Lyn P): Yes, it's on", "Yes - ...", "No, ..."
_QA_LABEL = r"\s*(?:{})\s*(?:\([^)\n]{{1,40}}\))?\s*[:.-]\s*"
_ANSWER_WORD_ALONE = re.compile(r"\s*[.,!;:\u2013\u2014-]")
_ANSWER_LINE = re.compile(r"(?:" + _QA_LABEL.format("A") + r")?\s*(?:Yes|No)\b", re.I)
_Q_LINE = re.compile(_QA_LABEL.format("Q"))
_A_LINE = re.compile(_QA_LABEL.format("A"))


def _qa_question(text: str, s0: int) -> str:
    """The "Q:" line of the Q&A thread an answer line at ``s0`` belongs to, past blank lines and the other
    answers ("Q: Is the parade on this year? My mum heard ..." above "A (Lyn P): Yes, it's on"); else ''."""
    end = text.rfind("\n", 0, s0)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if _Q_LINE.match(line):
            return line
        if line.strip() and not _A_LINE.match(line):
            return ""
        end = start - 1
    return ""


# "Is the emergency department open around the clock?": "open 24 hours a day" says yes, "open from 8 a.m.
# to midnight" says no, and both speak to the question's words
_ROUND_THE_CLOCK = re.compile(
    r"\b(?:a?round[\s-]the[\s-]clock|24\s*(?:/\s*7|-?\s*hours?)|twenty-four[\s-]hours?|day\s+and\s+night)\b",
    re.I,
)
_BOUND_OF_DAY = rf"(?:{_CLOCK}|noon|midday|midnight)"
_SET_HOURS = re.compile(rf"\b{_BOUND_OF_DAY}\s*(?:to|-|–|until|till)\s*{_BOUND_OF_DAY}", re.I)


def _yesno(
    q: Question, docs: Sequence[Analyzed], clusters: dict[str, int]
) -> tuple[Answer | None, list[str], list[_Stmt]]:
    # "making streets safer": the light verb says nothing a source repeats
    want = set(q.terms) - _LIGHT_VERBS
    # "the Milford Road (State Highway 94)": a name in brackets is another name, which few sentences repeat
    aliases = {stem(w.lower()) for inner in _BRACKETED.findall(q.text) for w in _WORD_RE.findall(inner)}
    if want - aliases:
        want -= aliases
    # "Is swimming still advised against at the beach because of blue-green algae?": whether a state holds
    # still; the reason it began is background a later report ("the advisory has been lifted") need not repeat
    reason = _STILL_BECAUSE.search(q.text)
    background = set(terms_of(q.text[reason.end() :])) if reason is not None else set()
    if len(want - background) < 2:
        background = set()
    if not want:
        return None, ["the question has no content words"], []
    # the predicate words (lowercase in the question) must appear: they say what is asked about
    pred = _predicate(q)
    # "being sold": a source's "has been sold" keeps the participle the predicate reads as "sell"
    pred_x = _expand(pred | {stem(w) for w in _WORD_RE.findall(q.focus) if w.islower() and w not in _STOP})
    evaluative = bool(_EVALUATIVE_Q.search(q.text))
    normative = bool(_NORMATIVE_Q.match(q.text))
    opposite = _opposites(pred)
    # "Has the library stopped charging fines?": a source saying the fines were scrapped says yes
    asks_undo = _shares_stem(pred, set(_UNDO))
    state = {p for p in pred if p in _OPPOSITE_STATE} | {"re" + p for p in pred if p in _OPPOSITE_STATE}
    for direction in (_UPWARD, _DOWNWARD):
        if pred & direction:
            state |= direction  # "rose" states a rise as much as "rise" does
    if _IN_FORCE_Q.search(q.text):
        # "Is the hosepipe ban still in force?" is answered no by "the ban was lifted"
        opposite |= _ENDED
        state |= _IN_FORCE
    # "Will the berth close during the works?": whether a place opens or closes, asked of its own
    # ("entry to the reopened museum" asks of the entry, not the doors)
    opening = _OPEN_OR_SHUT_Q.search(q.focus) is not None and not _IN_FORCE_Q.search(q.text)
    # the words of paying a sentence may name it by ("fee", "charge"), expanded once per question
    paid_words = _expand(state) if state & _PAID else set()
    judged = sorted(
        {m.group(0).lower() for m in _EVALUATIVE_Q.finditer(q.focus)} - {"should", "blame", "to blame"}
    )
    q_judgment = re.compile(
        r"\b(?:" + "|".join(map(re.escape, judged)) + r")\b" if judged else r"(?!x)x", re.I
    )
    # the words a sentence must share count the question's own, its background aside (a sentence naming
    # the background too counts those words as well)
    core = len(want - background)
    need = max(2, int(0.5 * core + 0.5)) if core > 2 else core
    # the question's own head noun ("bus lane", "low-traffic neighbourhood") names the subject in later
    # sentences too
    head = {stem(w) for w in _WORD_RE.findall(q.focus.lower())[-1:]}
    wanted = _expand(want)
    # "Has Gareth Lyle been found guilty?": a sentence about another named person ("His co-defendant,
    # Lorna Pease, 44, was found not guilty") does not answer it
    q_people = [m.group(0) for m in _FULL_NAME.finditer(q.text) if _a_person(m.group(0), docs)]
    q_surnames = {n.split()[-1].lower() for n in q_people}
    clock = _ROUND_THE_CLOCK.search(q.text)
    clock_words = {stem(w) for w in terms_of(clock.group(0))} & want if clock is not None else set()
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
            if asks(sent):
                continue  # "They're cutting down the Wanaka tree??": a question asserts nothing
            if (allayed := _FEAR_ALLAYED.match(sent)) is not None:
                # "Traders had feared the works could cost them the season, but the port says ...": a fear
                # told as answered; what the sentence says is so follows the "but"
                s0 += allayed.start("rest")
                sent = a.doc.text[s0:s1]
            st = _stems(sent)
            if _ANSWER_LINE.match(sent) and (
                asked_line := asked_above(a.doc.text, s0) or _qa_question(a.doc.text, s0)
            ):
                st |= _stems(asked_line)  # "A: Yes, the ferry will run ..." answers the "Q:" line above it
            if _GOES_AHEAD.search(sent):
                st |= {"go-ahead", "going", "ahead"}  # "will step off at 1pm" says it is going ahead
            set_hours = False
            told_hours = bool(clock_words) and _ROUND_THE_CLOCK.search(sent) is not None
            if clock_words and (told_hours or (set_hours := bool(_SET_HOURS.search(sent)))):
                st |= clock_words  # hours told either way speak to "around the clock"
            hit = wanted & st
            if opposite & st:
                # the opposite of the question's predicate speaks to it: "prices will fall" to "rise"
                hit |= pred & _OPPOSITE_STATE.keys()
            if len(hit) < need and not (about_doc and (_ANAPHOR_SUBJECT.search(sent) or (hit and head & st))):
                continue
            # "for 90 days, unless rescinded earlier": an end the sentence only supposes is not said
            said_st = _stems(_SUPPOSED.sub(" ", sent)) | (st & {"go-ahead"}) if _SUPPOSED.search(sent) else st
            lifted_bar = False
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
                judged_end = max(
                    (e for _, e in [*pos_spans, *(m.span() for m in neg_found)]), default=len(sent)
                )
                negation = _NEGATION.search(sent)
                # "it is unaffordable and the island will empty faster, not slower": a negation after every
                # judgment word does not turn it
                if negation is not None and negation.start() < judged_end:
                    sign = -sign
                if re.search(r"\b(?:bad|harmful|dangerous|unsafe|worse|hurt|oppose)\b", q.focus, re.I):
                    sign = -sign
                if contest:
                    sign = -1
            else:
                sign = 1
                if pred and not (pred_x & st) and not (opposite & st):
                    continue
                if opening and not (state & st) and not (opposite & st):
                    # "Maintenance dredging at Cobh cruise berth", asked whether the berth will close: a
                    # sentence naming neither the state asked of nor its opposite does not speak to it
                    continue
                if (
                    paid_words
                    and not (paid_words & st)
                    and not (opposite & st)
                    and MONEY_AT.search(sent) is None
                ):
                    # "Pancake festival returns to Graskop", asked whether visitors pay to get in: a
                    # sentence naming no payment, charge or sum does not speak to it
                    continue
                if q_people and _about_someone_else(sent, q_surnames, docs):
                    continue
                restored = bool(opposite & _STOPPED) and _RESTORED.search(sent) is not None
                # "the restriction on swimming has been lifted": the bar on what is asked has ended
                lifted_bar = bool(opposite & said_st & _BARS and _ENDED & said_st)
                if opposite & said_st and not (state & st) and not restored and not lifted_bar:
                    if _pluperfect(sent, opposite):
                        continue  # "had been closed since August 23": a state told as over by then
                    # "Is the tunnel open?" answered "the tunnel was closed": the opposite state; "was
                    # reconnected ... after a blade failure forced it offline" tells the stop as past
                    sign = -1
                elif "-free" in sent and {stem(w.lower()) for w in _FREE_OF.findall(sent)} & pred:
                    sign = -1  # "Does the library still charge fines?" answered "the library is fine-free"
                elif "free" in said_st and pred & _PAID:
                    sign = -1  # "free of charge" names the charge it says there is none of
                elif state & st and _DELAYED.search(sent):
                    sign = -1  # "reopening has been postponed to April": not open yet
                # "Will residents lose their water supply?" answered "will be without water": the loss told
                # "Customers will not be allowed to use hosepipes", asked whether a hosepipe ban is in
                # force: the prohibition is the ban, told by what it forbids
                prohibits = bool(pred & _BARS) and _PROHIBITION.search(sent) is not None
                # "No. Entry to the festival is free.": a line's answer word answers the line asked above
                # it, and what follows says the same again; only a bare "No." turns the sign
                told = sent
                answer = _ANSWER_LINE.match(sent)
                if answer is not None and _ANSWER_WORD_ALONE.match(sent, answer.end()) and _WORD_RE.search(
                    sent, answer.end()
                ):
                    told = sent[answer.end() :]  # (not "No burning of brush": a ban's wording, no answer)
                if (
                    _negated(told, _expand(pred))
                    and not (pred & _PRIVATIVE and _only_without(sent))
                    and not prohibits
                ):
                    sign = -sign
                if set_hours and not told_hours:
                    sign = -1  # "open only from 8 a.m. to 8 p.m.": not around the clock
                if (
                    sign > 0
                    and _FOR_GOOD.search(q.text)
                    and not _FOR_GOOD.search(sent)
                    and _FOR_A_TIME.search(sent)
                ):
                    sign = -1  # asked "closing permanently?": "will close for about two weeks" says no
            c = ref_sents.get(s0)
            # a refutation must target a report ("the memo was fake"); "a study found no evidence
            # that ..." is a finding, one side of a debate
            refutes = bool(refutation_of(sent))
            target = not refutes and any(s0 <= t0 < s1 for t0 in targeted)
            if target:
                # "posts claiming that the libraries will charge £1. This is not true.": the report the
                # next sentence calls false is the refuted side, not a source's own yes
                refutes, sign = True, -sign
            # "will remain open", asked "will it close?": the opposite state already says no, not a U-turn
            reverses = _reverses_subject(sent, wanted | pred, pred | opposite) and not asks_undo
            if reverses:
                sign = -sign  # "scrapping its plan to close the plant": the plan no longer holds
            elif (state & st or opposite & _STOPPED) and _RESTORED.search(sent) and sign > 0:
                reverses = True  # "the tunnel reopened": a change back that outdates reports of the closure
            elif sign < 0 and opposite & _ENDED & said_st:
                reverses = True  # "the ban was lifted": an end that outdates reports of the ban
            elif lifted_bar and sign > 0:
                reverses = True  # "the swimming ban was lifted": swimming is allowed again
            speaker = (c.speaker if c else "") or speaker_of(sent)
            stmts.append(_Stmt(a, s0, s1, sign, refutes, float(len(hit)), speaker, reverses, target))
    if not stmts:
        return None, ["no sentence speaks about: " + ", ".join(sorted(want))], []
    return None, [], _satire_refuted(stmts)


# A fear or worry set against what a source then says: "Traders had feared ..., but the port says ..."
_FEAR_ALLAYED = re.compile(
    r"[^.;:]*?\b(?:(?:had\s+)?(?:feared|worried)|(?:were|was|had\s+been)\s+(?:worried|concerned|afraid))\b"
    r"[^.;:]*?,\s+but\s+(?P<rest>\S)",
    re.I,
)


_HAD_BEEN = re.compile(r"\bhad\s+been\s+(?:[a-z]+ly\s+)?(?P<w>[a-z]+)", re.I)


# A question about a lasting state, and a sentence bounding it in time
_FOR_GOOD = re.compile(r"\b(?:permanent(?:ly)?|for\s+good|forever|indefinitely|for\s+ever)\b", re.I)
_FOR_A_TIME = re.compile(
    r"\b(?:temporar(?:y|ily)|for\s+(?:about\s+|around\s+|up\s+to\s+|roughly\s+|just\s+)?(?:a|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+(?:days?|weeks?|months?|nights?)|"
    r"(?:will|to|should)\s+reopen)\b",
    re.I,
)


def _pluperfect(sent: str, states: set[str]) -> bool:
    """Is one of ``states`` (stems) told in the pluperfect ("had been closed since August 23"): a state
    that held before the time the story tells of, and so no answer of how things stand?"""
    return any(stem(m["w"].lower()) in states for m in _HAD_BEEN.finditer(sent))


_FULL_NAME = re.compile(r"\b[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)+\b")


def _about_someone_else(sent: str, surnames: set[str], docs: Sequence[Analyzed]) -> bool:
    """Does a sentence name a person other than the question's, and none of the question's people?"""
    if any(re.search(rf"\b{re.escape(n)}\b", sent, re.I) for n in surnames):
        return False
    return any(_a_person(m.group(0), docs) for m in _FULL_NAME.finditer(sent))


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
    return any(_kin_stems(x, y, 3) for x in a for y in b)


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
    pred = _predicate(q)
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


def _verdict_sign(sent: str, *, contest: bool = False) -> int | None:
    """Which way a sentence's judgment words point: 1 for, -1 against (a negation turns either), 0 when it
    has both ("48% in favour, 44% against" states the division itself), None when it has none. With
    ``contest``, contesting a claim ("dismissed the claims") counts as against."""
    pro = _VERDICT_FOR.search(sent) or _POSITIVE.search(sent)
    con = _VERDICT_AGAINST.search(sent) or _NEGATIVE.search(sent) or (contest and _CONTEST.search(sent))
    if pro and con:
        return 0
    if not pro and not con:
        return None
    return (1 if pro else -1) * (-1 if _NEGATION.search(sent) else 1)


def _with_other_side(q: Question, pool: Sequence[Analyzed], ans: Answer) -> Answer:
    """A yes or no the relation model reads as a dispute while the rules found one side only ("Yes: the
    Employers' Chamber has welcomed the study"): the clause of the other side, the on-topic sentence whose
    judgment words point the other way ("... says it will campaign against any bid, calling it 'a white
    elephant'"). Without such a sentence the answer stays as it was."""
    said = [v for v in ans.values if v.startswith(("Yes: ", "No: "))]
    if ans.conflict_type != "conflicting_opinions" or len(said) != 1:
        return ans
    want = -1 if said[0].startswith("Yes: ") else 1
    judged = {stem(m.group(0)) for m in _EVALUATIVE_Q.finditer(q.focus)}
    topic = _expand(set(q.terms) - judged)
    cited = {(c.doc_id, c.start) for c in ans.citations}
    best: tuple[int, Analyzed, int, int] | None = None
    for a in pool:
        for s0, s1 in split(a.doc.text):
            sent = a.doc.text[s0:s1]
            hits = len(topic & _stems(sent))
            if not hits or (a.doc.id, s0) in cited or (best is not None and hits <= best[0]) or asks(sent):
                continue
            if _verdict_sign(sent, contest=True) == want:
                best = (hits, a, s0, s1)
    if best is None:
        return ans
    _, a, s0, s1 = best
    side = f"{'Yes' if want > 0 else 'No'}: {_grounds(q, a.doc.text[s0:s1])}"
    return replace(
        ans,
        values=(*ans.values, side),
        citations=(*ans.citations, _cite(a, s0, s1)),
        explanation=(
            *ans.explanation,
            f"the other side, read as a dispute: {side!r} [{_label(a)}]",
        ),
    )


def _dated_order(yes: list[_Stmt], no: list[_Stmt]) -> list[_Stmt] | None:
    """The side all of whose dated statements are newer than all of the other side's, when every undated
    statement takes that side too ("has now been open 24 hours for a month", undated, after a dated "open 24
    hours a day" and earlier dated cuts); else None."""
    dated_yes = [s for s in yes if s.source.date.earliest is not None]
    dated_no = [s for s in no if s.source.date.earliest is not None]
    if not dated_yes or not dated_no:
        return None
    y_new = max((s.source.date.latest or date.min) for s in dated_yes)
    n_new = max((s.source.date.latest or date.min) for s in dated_no)
    y_old = min((s.source.date.earliest or date.max) for s in dated_yes)
    n_old = min((s.source.date.earliest or date.max) for s in dated_no)
    newer, older = (no, yes) if n_old > y_new else (yes, no) if y_old > n_new else (None, None)
    if newer is None or older is None or any(s.source.date.earliest is None for s in older):
        return None
    return newer


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
    if refs and not evaluative and all(s.targeted and s.sign > 0 for s in refs):
        # "Is the ice road open?" and "a post claimed the road was closed", called false by a later verdict:
        # every false report says the opposite state (a targeted report's sign is already turned to the
        # answer's), so the answer is yes
        lines.append(f"{len(refs)} report(s) of the opposite state called false: misinformation")
        return _debunked_answer(q, refs, stmts, lines)
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
            # the likeliest order: a report known to a month is likeliest at its middle, not its end
            top = max(
                rev, key=lambda s: (s.source.date.midpoint or s.source.date.latest or date.min, s.score)
            )
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
            # the change itself is part of the answer: "no, lifted as of 12 September"
            change = _change_word(top.source.doc.text[top.start : top.end])
            return Answer(
                q.text,
                "yesno",
                text,
                (
                    verdict,
                    *((change,) if change else ()),
                    *((when,) if when and _TX_DAY.fullmatch(when) else ()),
                ),
                "outdated",
                when,
                (_cite(top.source, top.start, top.end),),
                explanation=tuple(lines),
            )
        if sides:
            lines.append("named sides take opposite positions: " + "; ".join(sides))
        elif not evaluative and (order := _dated_order(yes, no)) is not None:
            # an undated source is not "newer": only dated sides can be ordered, and an undated one may only
            # side with the newer
            side = order
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
    # a full sentence over a headline ("Stars align for Ecclesall Road planetarium") that names one more of
    # the question's words: the headline names the subject, the sentence says what happened and when
    top = max(
        side, key=lambda s: (s.score + _full_sentence(s), _full_sentence(s), s.source.date.latest or date.min)
    )
    lines.append(f"all relevant sentences point one way ({verdict}): no conflict; rule no_conflict.one-way")
    told_by = {clusters.get(x.source.doc.id, 0) for x in side}
    asked_side = evaluative or _NORMATIVE_Q.match(q.text) or _SIDE_Q.search(q.text)
    # "... will remain suspended, the district administration said": a report of the very sentence on the
    # answer's side, with no other stance word, is how news attributes a fact, not a side taken
    argued = [
        f
        for f in found
        if f[5]
        or not (
            _estimate_only(f[1], f[2], f[3])
            or _attribution_only(f[1], f[2], f[3], side)
            or _guidance_only(f[1], f[2], f[3])
        )
    ]
    settled = not (asked_side or (yes and no) or argued)
    if len(told_by) > 1 and settled:
        # "will run again this summer" and "Yes. The trolley runs daily from June 21": independent reports
        # of one fact, with no stance or debate on it anywhere, are not sides of a debate
        lines.append(ONE_WAY)
    text = f'{verdict}: "{_clip(top.source.doc.text[top.start : top.end])}" [{_label(top.source)}]'
    if as_of:
        text += f", as of {as_of}"
    # "Will the ferry run this summer?" "Yes ... crossings will begin June 24": the day it starts is part of
    # the yes
    starts = _start_day(top) if verdict == "Yes" and not evaluative and _WILL_Q.match(q.text) else None
    return Answer(
        q.text,
        "yesno",
        text + ".",
        (verdict, *((starts,) if starts else ())),
        "no_conflict",
        as_of,
        (_cite(top.source, top.start, top.end),),
        explanation=tuple(lines),
    )


# "Will the ferry run this summer?", "Is the lido reopening?": whether something starts or goes on
_WILL_Q = re.compile(
    r"\s*(?:will|is|are)\b[^?]*\b(?:run|running|open|opening|reopen|reopening|operate|operating|return|"
    r"returning|go\s+ahead|going\s+ahead|start|starting|resume|resuming|take\s+place|be\s+held)\b",
    re.I,
)
_MONTH = "|".join(m.capitalize() for m in MONTH_NAMES)
# "crossings will begin June 24", "will reopen on 3 March", "from June 24 through Labor Day"
_STARTS_ON = re.compile(
    r"\b(?:begins?|start(?:s|ing)?|open(?:s|ing)?|reopen(?:s|ing)?|resumes?|resuming|return(?:s|ing)?|from)\s+"
    rf"(?:on\s+)?(?:[A-Z][a-z]+day,?\s+)?(?P<d>(?:{_MONTH})\s+\d{{1,2}}(?!\d)|\d{{1,2}}\s+(?:{_MONTH})\b)"
)


def _start_day(s: _Stmt) -> str | None:
    """The day a statement, or the sentence after it in its source, gives for the start of what it says will
    happen ("crossings will begin June 24"), as written; else None."""
    text = s.source.doc.text
    spans = split(text)
    after = next((e for b, e in spans if b >= s.end), s.end)
    m = _STARTS_ON.search(text, s.start, after)
    return m["d"] if m is not None else None


def _full_sentence(s: _Stmt) -> bool:
    """The statement ends as a sentence does, not as a headline or a label."""
    return s.source.doc.text[s.start : s.end].rstrip().rstrip("\"”’'").endswith(".")


def _newest_stmt(stmts: Sequence[_Stmt]) -> _Stmt:
    """The statement of the newest (precisely dated first) source, the best-scoring of equals."""
    return max(stmts, key=lambda s: (_precise_doc(s.source), _doc_point(s.source)[0] or date.min, s.score))


# A sentence that ends as prose does, not a headline or a status line ("STATUS: OPEN").
_FULL_STOP = re.compile(r"[a-z][.!]\s*$")


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
        # a source that says the other way more often ("Huge crack opened ... Road is closed") backs nothing
        # first
        way = 1 if verdict == "Yes" else -1
        net: dict[str, int] = {}
        for s in stmts:
            if not s.refutes:
                net[s.source.doc.id] = net.get(s.source.doc.id, 0) + s.sign * way
        ranked = sorted(
            backing,
            # a whole sentence before a headline or status line of the same weight
            key=lambda s: (
                net.get(s.source.doc.id, 0) <= 0,
                -s.score,
                not _FULL_STOP.search(s.source.doc.text, s.start, s.end),
            ),
        )
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


_REPORTING = re.compile(r"\b(?:said|says|say|according to)\b", re.I)
# A figure's estimate ("more than 40 stalls expected"): stance language that takes no side
_ESTIMATING = re.compile(r"\b(?:expect(?:s|ed)?|estimat(?:e|es|ed)|project(?:s|ed))\b", re.I)
_QUOTED = re.compile(r"[\"“”‘]|(?<![A-Za-z])'|'(?![A-Za-z])")


def _attribution_only(a: Analyzed, s0: int, s1: int, side: Sequence[_Stmt]) -> bool:
    """Whether a stance sentence is one of the side's own statements and its only stance words report
    who said it, with no words quoted (a quoted view, "had been 'a success'", is a side's own)."""
    sent = a.doc.text[s0:s1]
    return (
        not _QUOTED.search(sent)
        and all(_REPORTING.fullmatch(w) for w in stance_words(sent))
        and any(st.source.doc.id == a.doc.id and st.start < s1 and s0 < st.end for st in side)
    )


# Advice to the public, told in the passive: "Motorists are being warned to avoid the CBD", "Residents are
# urged to ..."
_GUIDANCE_WORDS = frozenset({"warned", "advised", "urged", "reminded", "asked", "encouraged"})
_GUIDANCE = re.compile(
    r"\b(?:is|are|were|was)\s+(?:being\s+)?(?:" + "|".join(sorted(_GUIDANCE_WORDS)) + r")\s+to\b", re.I
)


def _guidance_only(a: Analyzed, s0: int, s1: int) -> bool:
    """Whether a stance sentence's only stance words give the public advice ("Motorists are being warned to
    avoid the CBD"): guidance on a fact, no side taken on it."""
    sent = a.doc.text[s0:s1]
    return (
        not _QUOTED.search(sent)
        and _GUIDANCE.search(sent) is not None
        and all(w.lower() in _GUIDANCE_WORDS for w in stance_words(sent))
    )


def _estimate_only(a: Analyzed, s0: int, s1: int) -> bool:
    """Whether a stance sentence's only stance words estimate a figure, with no words quoted."""
    sent = a.doc.text[s0:s1]
    return not _QUOTED.search(sent) and all(_ESTIMATING.fullmatch(w) for w in stance_words(sent))


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
    # "Should the nets be kept?": a side says the act or its opposite ("keep the nets", "remove the nets")
    act = _predicate(q) & _OPPOSITE_STATE.keys()
    undo = _opposites(act) if _NORMATIVE_Q.match(q.text) else set()
    need = max(2, math.ceil(len(topic) / 3)) if len(topic) > 2 else len(topic)
    picked: list[tuple[int, Analyzed, int, int]] = []  # (sign, doc, start, end)
    debate = ""
    for a in docs:
        sents = [(s0, s1, _stems(a.doc.text[s0:s1])) for s0, s1 in split(a.doc.text)]
        if len(want & set().union(*(st for _, _, st in sents))) < need:
            continue
        for s0, s1, st in sents:
            sent = a.doc.text[s0:s1]
            # "Unions and employers gave sharply different verdicts": a story on the question names the
            # dispute in a sentence of its own
            debate = debate or debate_of(sent)
            if not want & st:
                continue
            sign = _verdict_sign(sent)
            if undo and bool(act & st) != bool(undo & st) and not _NEGATION.search(sent):
                sign = 1 if act & st else -1
            if sign is None and _NEGATION.search(sent) and (stance_of(sent) or _QUOTE_MARK.search(sent)):
                sign = -1  # "said the objects were 'looted, not collected'", '"I wouldn't have given it."'
            if sign is None:
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
    # the signs of opinion words are rough ("acquired in good faith" reads as praise), so every story taking
    # part is heard: its sentence that gives a verdict ("The statue was stolen and must be returned"), else
    # its first
    for a in dict.fromkeys(a for _, a, _, _ in picked):
        if len(shown) >= _SIDES_SHOWN:
            break
        if any(clusters.get(a.doc.id, 0) == clusters.get(b.doc.id, 0) for b, _, _ in shown):
            continue
        own = [(s0, s1) for _, b, s0, s1 in picked if b is a]
        verdict = [(s0, s1) for s0, s1 in own if _VERDICT_FOR.search(a.doc.text, s0, s1)]
        shown.append((a, *(verdict or own)[0]))
    return _sides_answer(q, shown, _doc_as_of(max((a for a, _, _ in shown), key=_doc_rank)), lines)


_SIDES_SHOWN = 3


def _sides_answer(
    q: Question, shown: Sequence[tuple[Analyzed, int, int]], as_of: str | None, lines: Sequence[str]
) -> Answer:
    """Conflicting opinions on a yes/no question: each side's sentence with its source, no verdict; a side
    that says it supports or opposes is named so."""
    sides = [_SIDE_NAMES.get(_side_of(a.doc.text[b0:b1]), "") for a, b0, b1 in shown]
    quotes = "; ".join(
        (f"{name}: " if name else "") + f'"{_clip(a.doc.text[b0:b1])}" [{_label(a)}]'
        for name, (a, b0, b1) in zip(sides, shown, strict=True)
    )
    named = tuple(
        f"{name}: {_clip(a.doc.text[b0:b1])}" for name, (a, b0, b1) in zip(sides, shown, strict=True) if name
    )
    return Answer(
        q.text,
        "yesno",
        f"Sources disagree: {quotes}.",
        named if len(set(sides) - {""}) > 1 else (),
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
    return _both_sides(out[:3])


# A side's own verb, not denied ("does not oppose the four-day week" takes neither side)
_UNDENIED = r"(?<!\bnot\s)(?<!n't\s)(?<!\bnever\s)"
_FOR = re.compile(
    _UNDENIED + r"\b(?:support|supports|supported|backs|backed|favou?rs?|in\s+favou?r\s+of)\b", re.I
)
_AGAINST = re.compile(
    _UNDENIED + r"\b(?:oppose|opposes|opposed|opposition\s+to|against|objects?\s+to|rejects?)\b", re.I
)


_SIDE_NAMES = {"for": "support", "against": "oppose"}


def _side_of(text: str) -> str:
    """"for" or "against" when a sentence says which side it takes, else ""."""
    return "for" if _FOR.search(text) else "against" if _AGAINST.search(text) else ""


def _both_sides(shown: list[tuple[Analyzed, int, int]]) -> list[tuple[Analyzed, int, int]]:
    """The quotes with each side's own words: a quote that only says the town is divided ("has divided the
    town") gives way to its story's sentence for the side no other quote takes ("the Trust strongly opposes
    any sale")."""
    taken = {_side_of(a.doc.text[s0:s1]) for a, s0, s1 in shown} - {""}
    out = list(shown)
    for k, (a, s0, s1) in enumerate(shown):
        if _side_of(a.doc.text[s0:s1]):
            continue
        for t0, t1 in split(a.doc.text):
            if (mine := _side_of(a.doc.text[t0:t1])) and mine not in taken:
                out[k] = (a, t0, t1)
                taken.add(mine)
                break
    return out


def _stmt_item(s: _Stmt) -> Item:
    c = Claim(
        s.source.doc.id, s.start, s.end, "event", "", "truth", "", sentence_start=s.start, sentence_end=s.end
    )
    return Item(c, s.source, "", s.source.date.earliest, s.source.date.latest)


def _clauses(q: Question, citations: Sequence[Citation]) -> tuple[str, ...]:
    """The clause of each cited sentence that bears on the question, each once."""
    return tuple(dict.fromkeys(g for c in citations if (g := _grounds(q, c.quote))))


_GROUNDS_WORDS = 20
_NOT_WORDS = frozenset({"no", "not", "never", "nor"})


def _grounds(q: Question, quote: str, *, denial: bool = False) -> str:
    """The clause of a cited sentence that bears on the question, at most a few words: what a yes or a no
    rests on ("councillors approved the Ashgrove plans", "the plant will stay open"). With ``denial``, a
    clause that denies comes first ("but Pike Valley's board has never considered it")."""
    # the opposite of the question's act is as much its word: "remove the nets", asked "be kept?"
    wanted = _expand(_stems(q.text)) | _opposites(_predicate(q))
    best, best_rank = "", (False, -1)
    for part in re.split(r"[;:\u2013\u2014]|,\s+(?:but|while|although|and)\b|\.\s", quote):
        words = part.strip().strip("\"“”'").split()
        if len(words) < 3:
            continue
        denies = denial and _NEGATION.search(part) is not None
        shared = [stem(w.lower().strip(".,\"“”'()")) in wanted for w in words]
        # the window with the most shared words, the latest of equals: the predicate a yes or a no rests
        # on follows the subject the question names ("... for all Westmarch customers has been lifted")
        hits, start = max(
            (sum(shared[i : i + _GROUNDS_WORDS]), i) for i in range(max(1, len(words) - _GROUNDS_WORDS + 1))
        )
        # "the Board agreed to return two Benin bronzes ...": a question's word just before the window
        # ("agreed" of "Has the museum agreed to return ...") opens the clause it rests on
        back = next((j for j in range(max(0, start - 3), start) if shared[j]), start)
        if denial:
            # "There are no plans for a toll": the window's first shared word must keep its "no"
            back = next((j for j in range(max(0, back - 2), back) if words[j].lower() in _NOT_WORDS), back)
        end = start + _GROUNDS_WORDS
        # "... section of the lagoon has been": a window may not stop on the word that needs the next
        while end < min(len(words), start + _GROUNDS_WORDS + 4) and (
            words[end - 1].lower() in _DANGLING or _split_date(words[end - 1], words[end])
        ):
            end += 1
        if (denies, hits) > best_rank:
            best, best_rank = " ".join(words[back:end]).rstrip(",;"), (denies, hits)
    return best


def _split_date(last: str, after: str) -> bool:
    """Would a window ending on ``last`` cut a date in two ("opens on 13 | December", "on December | 13")?"""
    last, after = last.strip(".,;\"”’'").lower(), after.strip(".,;\"”’'").lower()
    return (last.isdigit() and after in MONTH_NUMBERS) or (last in MONTH_NUMBERS and after[:2].isdigit())


# Words that cannot end a clause: auxiliaries, articles, prepositions, "not".
_DANGLING = frozenset(
    "has have had been be being is are was were will would shall should can could may might must to the a an "
    "of and or not in on at for by with from".split()
)
