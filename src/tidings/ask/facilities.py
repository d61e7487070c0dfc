"""What a planned building or scheme will have: the facilities a question asks for ("What facilities will the
new sports hub include?"), listed by the sources in plain words after the verbs that say so.

Plans are told in a few set ways: "the hub will include a climbing wall, a community cafe and two
multi-purpose rooms", "At the heart of the building will be an eight-lane, 25-metre swimming pool", "will give
the station a roof plaza", a question and answer ("Will there be a learn-to-swim pool? Yes."), a list under
"the plans include:", or a resident's "There's going to be a hydroslide!". Each such phrase opens a list of
short noun phrases; each phrase is a member, cited to its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tidings.ask.common import _on_topic, lines_under
from tidings.ask.question import Question, _expand, _stems
from tidings.model import Analyzed
from tidings.sentences import split

__all__ = ["facilities_in", "facility_question"]

_WORKS_Q_TEXT = (
    r"^\s*what\s+(?:is|are|has\s+been|have\s+been|will\s+be)\s+(?:being\s+)?(?:planned|proposed|done|built)\s+"
    r"(?:to|for)\b|^\s*what\s+(?:measures|steps|works|defences|defenses|protections?)\s+(?:are|is|will|have|has)\b"
)
_WORKS_Q = re.compile(_WORKS_Q_TEXT, re.I)
# "What facilities will the new Masterton aquatic centre include?", "What amenities will the park have?"
_FACILITY_Q = re.compile(
    r"^\s*what\s+(?:new\s+|main\s+)?(?:facilities|features|amenities)\s+(?:will|would|does|do|is|are|has|have)\b"
    # "What services will the new community hub offer?": what a place will give, not services disrupted
    r"|^\s*what\s+services\s+(?:will|would|does|do)\b[^?]*\b(?:offer|provide|include|have|house|run)\s*\??\s*$"
    # "What is included in the lakefront upgrade?"
    r"|^\s*what\s+(?:is|are|will\s+be)\s+included\s+in\b"
    # "What improvements are planned for Raja's Seat garden?"
    r"|^\s*what\s+(?:improvements|upgrades|new\s+amenities)\s+(?:are|were|will\s+be)\s+(?:planned|proposed|"
    r"promised|coming|being\s+made)\b"
    # "What will the new harbour bath include?": what a planned place will have, asked of it by name
    r"|^\s*what\s+(?:will|would)\s+(?:the|a)\s+new\s+[^?]{3,80}?\s+(?:include|have|feature|contain|offer)\s*\??\s*$"
    # "What does the aquatic centre upgrade include?": what the works on a place bring
    r"|^\s*what\s+(?:does|do|will|would)\s+(?:the|a)\s+[^?]{3,80}?\s+(?:upgrade|redevelopment|renovation|"
    r"refurbishment|expansion|extension|makeover|revamp)\s+(?:include|involve|cover|feature|contain|add)\s*\??\s*$"
    # "What is planned to protect Seydisfjordur from landslides?", "What measures are planned for the
    # junction?": the works a plan will build, each told by what is to be built
    r"|" + _WORKS_Q_TEXT,
    re.I,
)


def facility_question(q: Question) -> bool:
    """Does the question ask what facilities something will have?"""
    return _FACILITY_Q.match(q.text) is not None


# A body's plan that names what it has: "the hub will include", "which will include", "The design includes",
# "will give the station", "will have a"; the subject before it is checked separately.
_HAS_CUE = re.compile(
    r"\b(?:(?:will|would)\s+(?:also\s+)?(?:include|have|feature|contain|house|offer|get|add|boast)|"
    # "Raja's Seat is finally to get a new viewing deck"
    r"(?:is|are)\s+(?:(?:finally|now|also)\s+)?to\s+get|"
    r"(?:also\s+)?(?:includes|include|including|features|contains|houses|boasts|comprises)|"
    r"will\s+give\s+(?:the|it|its)(?:\s+[a-z-]+)?)\s+"
    # "will include showers", "will house the relocated food bank", "will offer free laundry"
    r"(?=(?:an?|two|three|four|five|six|\d+|new|its|their|the|free)\b|[a-z]+s\b(?!\s+(?:to|that|of)\b))",
    re.I,
)
# "The upgrade covers three things: the pavilion, the stables and the camping area": a counted list
_COUNTED_CUE = re.compile(
    r"\b(?:covers|cover|will\s+cover|includes|comprises|has)\s+(?:two|three|four|five|six|[2-9])\s+"
    r"(?:things|parts|elements|items|components|projects)\s*:\s*",
    re.I,
)
# "At the heart of the building will be an eight-lane pool", "Upstairs will be a gym"
_WILL_BE_CUE = re.compile(
    r"^\W*(?:At|In|On|Inside|Alongside|Beside|Next\s+to|Above|Below|Upstairs|Downstairs)\b[^,.;]{0,60}?"
    r"\s+will\s+be\s+(?=an?\s)",
)
# "The centrepiece is a pair of new cabins", "the most important part of the building is the new cancer unit"
_PART_IS_CUE = re.compile(
    r"\b(?:centrepiece|centerpiece|highlight|heart|(?:most\s+important|main|key)\s+(?:part|feature))"
    r"(?:\s+of\s+(?:the|its)\s+[a-z]+)?\s+(?:is|will\s+be)\s+(?:a\s+pair\s+of\s+)?(?=(?:an?|the|two|\d+|new)\b)",
    re.I,
)
# "The hub will bring together lab testing, physiotherapy and counselling", "Under one roof: lab testing"
_GATHERED_CUE = re.compile(r"\bwill\s+bring\s+together\s+|\bunder\s+one\s+roof\s*:\s*", re.I)
# a future "there is": "There's going to be a hydroslide!", "there will be a cafe"
_THERE_CUE = re.compile(r"\bthere(?:['’]s|\s+is)\s+going\s+to\s+be\s+|\bthere\s+will\s+be\s+(?=an?\s)", re.I)
# A service a sentence opens with that will run at the place asked of: "A free legal clinic will operate twice
# a month at the community hub" (after a dateline, "PORT TOWNSEND - ")
# ... or that will be built there as part of it: "A nature-themed playground will be built near the
# lakefront's entrance as part of the upgrade", "New public toilets will be built at the Mokonui Street end"
_RUNS_AT = re.compile(
    r"^(?:[A-Z][A-Z .'’-]+\s+[-–—]\s+)?(?:An?|The|New)\s+(?=[a-z])(?P<x>[^,.;:]{3,60}?)\s+will\s+"
    r"(?:operate|run|open|be\s+(?:based|held|offered|available|run|built|installed|added|created|constructed|"
    r"staffed|provided|located|placed))"
    r"\b(?P<rest>[^.;]*)"
)
# Works a plan will build, told in the passive: "A deflecting dam is to be built on the slope", "In addition
# to the planned dam, drainage ditches will be dug"
_TO_BE_BUILT = re.compile(
    r"^(?:(?:An?|The|New)\s+|[A-Z][^,.;:]{3,60},\s+(?:(?:an?|the|new)\s+)?)(?=[a-z])(?P<x>[^,.;:]{3,60}?)\s+"
    r"(?:will|is\s+to|are\s+to|is\s+set\s+to|are\s+set\s+to|is\s+going\s+to|are\s+going\s+to)\s+be\s+"
    r"(?:built|installed|dug|laid|erected|constructed|put\s+in|planted|fitted|created|added|raised|extended)"
    r"\b(?P<rest>[^.;]*)"
)
# What the works will put right: "said the musical fountain, which has not worked since 2019, will be fully
# restored with new pumps"
_RESTORED = re.compile(
    r"\b(?:said|says|that)\s+(?P<x>the\s+[a-z][^,.;:]{2,40}?)(?:,[^,.;]{1,80},)?\s+will\s+be\s+"
    r"(?:fully\s+|completely\s+)?(?:restored|refurbished|renovated|upgraded|rebuilt|resurfaced|replaced)\b"
)
# "The boardwalk is the first part of the lakefront upgrade"
_PART_OF = re.compile(
    r"^(?:An?|The)\s+(?=[a-z])(?P<x>[^,.;:]{3,40}?)\s+(?:is|will\s+be)\s+the\s+(?:first|second|third|next|"
    r"final|last|main|biggest)\s+(?:part|stage|phase|element|piece)\s+of\b(?P<rest>[^.;]*)"
)
# a page of questions and answers about the place, by its title
_FAQ_TITLE = re.compile(
    r"\b(?:frequently\s+asked\s+questions|FAQs?|questions\s+and\s+answers|Q\s*&\s*A)\b", re.I
)
# a reporting clause after a list: "the architects confirmed on Tuesday", "said the mayor"
_SAYING = (
    r"(?:said|says|say|confirmed|confirms|announced|announces|added|told|explained|stated|noted|wrote|"
    r"insisted)\b"
)
_REPORTING = re.compile(r"(?:(?:the|a|an|its|their)\s+)?(?:[A-Za-z'’-]+\s+){0,4}?" + _SAYING)
_SAYS = re.compile(r"\b" + _SAYING)
# an FAQ line: "Will there be a warm-water pool? Yes."
_FAQ = re.compile(r"\bWill\s+there\s+be\s+(?:an?\s+|any\s+)?(?P<x>[^?]{3,60})\?\s*Yes\b", re.I)
# a with-phrase after the thing asked about: "the new aquatic centre ..., with an eight-lane lap pool"
_WITH_CUE = re.compile(r",\s+with\s+(?=an?\s)", re.I)

# what a plan's subject may be besides the question's own words
_PLAN_WORDS = frozenset(
    """design designs plan plans project scheme option proposal building facility facilities it which wing
    hub centre center complex station site development redevelopment works upgrade upgrades package
    renovation refurbishment expansion extension""".split()
)
# Words a member does not run on over
_STOP = frozenset(
    """a an the its their our his her this that these those with for at in on of above below across along to
    from by into near over under between beside behind inside outside around through and or but plus as is are
    was were be been being will would can could should may might must has have had do does did which who where
    when while than so if also already announced planned said says kept built linking including alongside
    up down out off about per via""".split()
)
_DETERMINERS = frozenset("a an the its their our some any".split())
# a member that names no facility
_NOT_FACILITY = frozenset(
    """plan plans design designs consultation cost costs budget money funding work works project scheme option
    opportunity chance decision meeting time year years people residents visitors staff jobs part pair
    number lot range variety total asset boost life lease""".split()
)
_TOKEN = re.compile(r"[A-Za-z0-9][\w'’-]*")
_JOIN = re.compile(r"\s*,\s*(?:(?:and|or|plus)\s+)?|\s+(?:and|or|plus)\s+|\s+as\s+well\s+as\s+")
_MOST_WORDS = 6
# "-ing" nouns of buildings and services: "car parking", "spectator seating", "swimming pool", "lab testing"
_ING_NOUNS = frozenset(
    """parking seating swimming climbing changing lighting boarding housing building testing counselling
    counseling screening nursing training catering recycling dining""".split()
)


def _phrase(text: str, at: int) -> tuple[str, int] | None:
    """The noun phrase opening at ``at`` ("a separate learn-to-swim pool with ..."), and where it ends."""
    words: list[re.Match[str]] = []
    pos = at
    while True:
        m = _TOKEN.match(text, pos)
        if m is None:
            break
        w = m.group(0)
        low = w.lower()
        if not words and low in _DETERMINERS:
            pos = _skip_space(text, m.end())
            continue
        if low in _STOP or len(words) == _MOST_WORDS:
            break
        # a proper name ends the phrase ("at Queen Elizabeth Park"); an acronym ("two MRI scanners", "a 3G
        # pitch") and a capital opening a line do not
        if (
            w[0].isupper()
            and not w.isupper()
            and (words or text[max(0, m.start() - 2) : m.start()].strip() not in ("", "-", "•", "*"))
        ):
            # ... unless lowercase words go on after the name: "the relocated Port Townsend food bank" is a
            # food bank, the name says whose
            run = _NAME_RUN.match(text, m.start())
            if run is None:
                break
            words, pos = [], run.end()
            continue
        if (low.endswith("ing") and low not in _ING_NOUNS) or (words and low.endswith("ed")):
            nxt = _TOKEN.match(text, _skip_space(text, m.end()))
            if nxt is None or nxt.group(0).lower() in _DETERMINERS or nxt.group(0).lower() in _STOP:
                break  # "a skywalk linking the station", "a ceremony attended by MPs": a verb
        words.append(m)
        nxt_pos = _skip_space(text, m.end())
        if nxt_pos == m.end() < len(text):
            break  # punctuation right after the word ends the phrase
        pos = nxt_pos
    while words and (words[-1].group(0).lower().endswith("ly") or words[-1].group(0).lower() in _STOP):
        words.pop()
    if not words:
        return None
    phrase = text[words[0].start() : words[-1].end()]
    if phrase.split()[-1].lower().strip("'’") in _NOT_FACILITY:
        return None
    return phrase[0].lower() + phrase[1:] if not phrase[:2].isupper() else phrase, words[-1].end()


# Capitalised words followed by a lowercase word that is no stop word: a name inside a noun phrase
_NAME_RUN = re.compile(
    r"(?:[A-Z][\w'’-]*\s+){1,3}(?=[a-z][\w-]*\b)(?!(?:" + "|".join(sorted(_STOP)) + r")\b)"
)


def _skip_space(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t":
        at += 1
    return at


def _listed(text: str, at: int) -> list[str]:
    """The phrases of a list opening at ``at``: "a climbing wall, a community cafe and two rooms"."""
    out: list[str] = []
    while True:
        got = _phrase(text, at)
        if got is None:
            break
        phrase, end = got
        out.append(phrase)
        join = _JOIN.match(text, end)
        if join is None or _REPORTING.match(text, join.end()):
            break  # "..., the architects confirmed": who says so, not one more member
        at = join.end()
    return out


def _subject_fits(before: str, want: set[str]) -> bool:
    """Is the clause before a cue about the thing asked of, or a plan of it ("The design includes")?"""
    parts = re.split(r"[.;:!?]|,\s+(?:and|but)\s", before)
    clause = parts[-1]
    if not clause.strip() and len(parts) > 1:
        clause = parts[-2]  # "The hub will house the food bank ..., and will include": the same subject
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", clause)}
    return bool(words & _PLAN_WORDS) or bool(want & _stems(clause))


def _in_sentence(sent: str, want: set[str], *, own: bool = False, works: bool = False) -> list[str]:
    """The facilities a sentence lists; ``own``: the sentence is on the place's own page, so what it says
    anything there will offer is the place's; ``works``: the question asks what works are planned, and the
    sentence's source is about the place asked of."""
    out: list[str] = []
    built = _TO_BE_BUILT.match(sent) if works else None
    if built is not None and not _SAYS.search(built.group("x")) and (got := _phrase(sent, built.start("x"))):
        out.append(got[0])
    for m in _HAS_CUE.finditer(sent):
        if own or _subject_fits(sent[max(0, m.start() - 80) : m.start()], want):
            out.extend(_listed(sent, m.end()))
    thing = want - _ASKING
    for rx in (_RUNS_AT, _PART_OF):
        if (
            (runs := rx.match(sent)) is not None
            and (own or thing & _stems(runs.group("rest")))
            # "The council's design team says the hall will be built ...": a speaker, not what is built
            and not _SAYS.search(runs.group("x"))
        ):
            # "A free legal clinic will operate twice a month at the community hub"
            got = _phrase(sent, runs.start("x"))
            if got is not None:
                out.append(got[0])
    for m in _RESTORED.finditer(sent):
        if (got := _phrase(sent, m.start("x"))) is not None:
            out.append(got[0])
    for rx in (_WILL_BE_CUE, _PART_IS_CUE, _THERE_CUE, _COUNTED_CUE, _GATHERED_CUE):
        for m in rx.finditer(sent):
            out.extend(_listed(sent, m.end()))
    for m in _WITH_CUE.finditer(sent):
        # "the new aquatic centre at Queen Elizabeth Park, with an eight-lane, 25-metre lap pool"
        if thing & _stems(sent[max(0, m.start() - 60) : m.start()]):
            out.extend(_listed(sent, m.end()))
    return out


# the question's words that ask, not name the thing asked about
_ASKING = _stems(
    "what which facilities features amenities will would does have has include contain offer get new"
)


# a line that opens a list of plans ("the plans include:") and the bullets under it
# ... or what a scheme will deliver or pay for ("The project will deliver:")
_LIST_OPENER = re.compile(
    r"\b(?:include|includes|will\s+include|will\s+have|features|(?:will\s+)?(?:deliver|provide|fund|comprise)s?)"
    r"\s*:\s*$",
    re.I,
)
_BULLET = re.compile(r"\s*[-•*–]\s+")


def _bullets(text: str, want: set[str]) -> list[tuple[str, int, int]]:
    """Members listed one to a bullet under a line that opens the list: (phrase, line start, line end)."""
    out: list[tuple[str, int, int]] = []
    for opener, bullet in lines_under(text, _LIST_OPENER, _BULLET):
        if not _subject_fits(text[opener.pos : opener.start()], want):
            continue
        b0, b1 = bullet.pos, bullet.endpos
        out.extend((p, b0, b1) for p in _listed(text[:b1], bullet.end()))
    return out


def facilities_in(q: Question, pool: Sequence[Analyzed]) -> list[tuple[str, Analyzed, int, int]]:
    """The facilities the on-topic sources say the thing asked about will have, each with its sentence,
    first source kept; never the question's own words ("aquatic centre")."""
    want = _expand(set(q.terms))
    found: list[tuple[str, Analyzed, int, int]] = []
    keys: list[frozenset[str]] = []

    def add(phrase: str, a: Analyzed, s0: int, s1: int) -> None:
        words = frozenset(w.lower() for w in re.findall(r"[A-Za-z0-9][\w'’-]*", phrase))
        if not words or _stems(phrase) <= want:
            return
        for k, known in enumerate(keys):
            if words <= known or known <= words:
                if 1 < len(words) < len(known):
                    # the shorter wording names it as well: "learn-to-swim pool"; a bare head noun ("the
                    # tower") says less than "a five-metre diving tower"
                    keys[k] = words
                    found[k] = (phrase, *found[k][1:])
                return
        keys.append(words)
        found.append((phrase, a, s0, s1))

    # a source may name the thing by its other words ("the Raploch sports hub", "the new Vizag station")
    thing = want - _ASKING
    named = _on_topic(q, pool)
    works = _WORKS_Q.match(q.text) is not None
    more = [
        a for a in pool if a not in named and len(thing & _stems(f"{a.doc.title or ''} {a.doc.text}")) >= 2
    ]
    for a in [*named, *more]:
        text = a.doc.text
        # "Kearney Street Hub | About | Services": a page of the place's own site, named in its first line
        first = text.split("\n", 1)[0]
        # ... or its questions and answers ("Frequently asked questions: the harbour bath")
        own = ("|" in first or _FAQ_TITLE.search(first) is not None) and bool(thing & _stems(first))
        for s0, s1 in split(text):
            for phrase in _in_sentence(text[s0:s1], want, own=own, works=works and a in named):
                add(phrase, a, s0, s1)
        for phrase, b0, b1 in _bullets(text, want):
            add(phrase, a, b0, b1)
        for m in _FAQ.finditer(text):
            # "Will there be a learn-to-swim pool? Yes, ...": a question and its answer, two sentences
            for phrase in _listed(text, m.start("x")):
                add(phrase, a, m.start(), m.end())
    return found
