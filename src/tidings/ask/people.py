"""Who: the holder of a post or role, the winner of a contest or seat, and the holder of a record, from the
sentences that name them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from tidings.ask.common import (
    _cite,
    _clip,
    _dedupe,
    _doc_as_of,
    _doc_item,
    _doc_rank,
    _label,
    _sentence,
    _Slot,
)
from tidings.ask.members import _MEMBER_NAME, _ORG_END, _POSSESSIVE, _clean_name
from tidings.ask.numbers import (
    _DIVISIONS,
    _PERSONAL_BEST,
    _head_of,
    _one_per_part,
    _other_division,
    _place_names,
    _supersedes,
)
from tidings.ask.question import (
    _ROLE_IN_Q,
    Question,
    _expand,
    _list_question,
    _names_in,
    _proper_names,
    _question_parts,
    _stems,
    _words,
    stem,
    terms_of,
)
from tidings.claims import ROLE_WORDS
from tidings.conflicts import Item, refutation_of, sort_point
from tidings.dating import is_stated
from tidings.model import Analyzed, Answer, Claim
from tidings.sentences import sentence_at, split

# --------------------------------------------------------------------------------------------- person slot

_LEADER_ROLES = _words(
    """ceo president prime minister chairman leader head chief director governor mayor chancellor premier
    king queen pope commander manager coach captain owner"""
)

# a body's posts asked of together
_ANY_POST = frozenset(
    "office-bearers|office bearers|officebearers|office-holders|office holders|officeholders|officers|"
    "committee officers|executive officers|officials|office bearer".split("|")
)


def _role_matches(q_attr: str, c_attr: str) -> bool:
    if not q_attr:
        return False
    if q_attr == c_attr:
        return True
    if q_attr in _ANY_POST:
        return True  # "Who are the office-bearers?": a holder of any post answers
    if q_attr in ("leader", "head", "chief"):
        return c_attr in _LEADER_ROLES or c_attr.split()[-1] in _LEADER_ROLES
    qa, ca = set(q_attr.split()), set(c_attr.split())
    return qa <= ca and len(ca) - len(qa) <= 1 and c_attr not in ("vice president", "deputy prime minister")


def _surname(name: str) -> str:
    parts = [p for p in name.split() if p not in ("Jr.", "Jr", "Sr.", "III", "II", "IV")]
    return parts[-1].lower() if parts else name.lower()


# "has been dismissed by the municipality, which said acting manager X remains in the post": what
# the refuting party says after the refutation is its own account, not the report it refutes
_REFUTER_SAYS = re.compile(
    r",\s*(?:which|who)\s+(?:said|says|confirmed|added|stated)\b|,\s*(?:saying|adding|confirming)\b|"
    r"\band\s+(?:said|says|confirmed|added)\s+(?:that\s+)?\w",
    re.I,
)


# "Louth County Council has appointed Siobhan Reilly as harbourmaster for Carlingford": the body that
# appoints is not the place the post is of, which follows the post
_POST_OF = re.compile(r"\s+(?:for|at|of|in)\s+(?:the\s+)?((?:[A-Z][\w'’-]+\s?){1,4})")


def _post_placed_in(a: Analyzed, c: Claim, scope: set[str]) -> bool:
    m = _POST_OF.match(a.doc.text, c.end)
    return m is not None and scope <= _stems(m.group(1))


def _in_refuted_target(a: Analyzed, at: int) -> bool:
    """Is ``at`` inside the report a refutation targets ("Claim: ... made X the winner" above "Rating:
    False")?"""
    return any(r.kind == "refutation" and r.targets and r.targets[0] <= at < r.targets[1] for r in a.claims)


def _person_slot(q: Question, docs: Sequence[Analyzed], clusters: dict[str, int]) -> _Slot:
    scope = set(terms_of(q.scope))
    items: list[Item] = []
    refuted: list[Item] = []
    unscoped: list[tuple[Analyzed, Claim]] = []
    for a in docs:
        for c in a.claims:
            if c.kind != "role" or not _role_matches(q.attribute, c.attribute):
                continue
            if q.attribute in _ANY_POST and ".former." in c.rule:
                continue  # "She succeeds Greg Ahern": asked who holds the body's posts, a past holder is none
            sent = _sentence(a, c)
            org = _stems(c.subject)
            score = 2.0
            if scope:
                if (org and scope <= _expand(org)) or _post_placed_in(a, c, scope):
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
                and (
                    any(
                        r.kind == "refutation"
                        and r.sentence_start == c.sentence_start
                        and not _REFUTER_SAYS.search(a.doc.text, r.end, max(r.end, c.start))
                        for r in a.claims
                    )
                    or _in_refuted_target(a, c.start)
                )
                and not _REMOVED_AFTER.match(a.doc.text, c.end)
                and not _REMOVAL_OF.search(a.doc.text, max(0, c.sentence_start, c.start - 60), c.start)
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
    passed = _passed_over({i.key for i in items}, docs)
    refuted.extend(i for i in items if i.key in passed)
    bad = {i.key for i in refuted}
    keep = _hired_before_leaving([i for i in items if i.key not in bad])
    # "appointed Jane Doe, replacing interim chief Ian Roe": the source orders the holders itself
    return _Slot(tuple(keep), tuple(refuted), notes, supersedes=_supersedes(keep))


def _hired_before_leaving(items: list[Item]) -> list[Item]:
    """A holder a dated report says has left ("relieved head coach Rob Gaudet of his duties") was hired
    before that: a report of the hiring whose date the text only suggests, placed after the leaving, tells
    of the past, so it counts as history."""
    left: dict[str, date] = {}
    for i in items:
        p = sort_point(i)
        if ".former" in i.claim.rule and is_stated(i.source.date) and p is not None:
            left[i.key] = max(left.get(i.key, p), p)
    out = []
    for i in items:
        p = sort_point(i)
        if (
            not i.history
            and i.key in left
            and not is_stated(i.source.date)
            and p is not None
            and p > left[i.key]
        ):
            i = replace(i, history=True)
        out.append(i)
    return out


# A candidate the sources say was never in the running: "Furlong 'was never part of the process' and the
# club had not spoken to him", "a week of speculation linking X with the job", "never even spoke to X"
_PASSED_OVER = re.compile(
    r"\b(?:never\s+(?:even\s+)?(?:part\s+of\s+the\s+process|(?:been\s+)?(?:approached|contacted|considered|"
    r"interviewed|offered|shortlisted)|in\s+the\s+running|a\s+candidate|spoke\s+to|spoken\s+to|talked\s+to)"
    r"|(?:had|has|have|was|were)\s+not\s+(?:been\s+)?(?:spoken\s+to|approached|contacted|considered|"
    r"interviewed|offered|shortlisted)|not\s+spoken\s+to|(?:speculation|rumou?rs?|reports?|claims?)\s+"
    r"linking|ruled\s+out|not\s+in\s+the\s+running)\b",
    re.I,
)


def _passed_over(keys: set[str], docs: Sequence[Analyzed]) -> set[str]:
    """The candidates (surnames, lowercased) a sentence names beside a cue that they never had the post."""
    out: set[str] = set()
    if len(keys) < 2:
        return out  # one name only: nothing to weigh it against
    for a in docs:
        text = a.doc.text
        spans: list[tuple[int, int]] | None = None
        for m in _PASSED_OVER.finditer(text):
            spans = spans or split(text)
            lo, hi = sentence_at(spans, m.start())
            named = {k for k in keys if re.search(r"\b" + re.escape(k) + r"\b", text[lo:hi], re.I)}
            if len(named) == 1:
                out |= named  # a sentence naming two candidates may pass over either
    return out


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
        post_words = {w.lower() for w in ws}
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
                        # (a plural's possessive, "the Harriers' coach", keeps its apostrophe)
                        toks = [_POSSESSIVE.sub("", t).rstrip("'’") for t in name.split()]
                        if not 2 <= len(toks) <= 4 or toks[-1].lower() in _ORG_END:
                            continue
                        if all(t.lower() in q_names for t in toks):
                            continue
                        if any(t.lower() in post_words for t in toks):
                            continue  # "the Matchmaker Bar" is named after the post, it holds none
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


def _own_names(q: Question) -> set[str]:
    """The question's proper names and their stems: names a holder of the post is not."""
    return {stem(n) for n in _proper_names(q.text)} | _proper_names(q.text)


def _role_parts_answer(q: Question, pool: Sequence[Analyzed], lines: list[str]) -> Answer | None:
    """A question about two posts ("Who are the new captain and vice-captain?") answered with the holder
    of each: the holders are parts of one answer, not rivals."""
    roles = _role_parts(q.text)
    if not roles:
        return None
    q_names = _own_names(q)
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


# A question after the one holder of a post: "Who is the resident matchmaker ...?"
_ONE_HOLDER_Q = re.compile(r"who\s+(?:is|was|will\s+be|has\s+been)\s+(?:the|its|their)\s", re.I)


def role_holder_answer(q: Question, pool: Sequence[Analyzed], lines: list[str]) -> Answer | None:
    """A post no claim of a role fills ("Nora Keniry the new matchmaker is a legend", "the matchmaking
    sessions, led this year by Nora Keniry"): the person the documents name nearest the post, by how often
    and how close, as of the newest source that names that person."""
    role = q.attribute.lower().strip()
    if not role or len(role.split()) > 3 or not role.replace(" ", "").replace("-", "").isalpha():
        return None
    if not _ONE_HOLDER_Q.match(q.text.strip()) or any(c.kind == "refutation" for a in pool for c in a.claims):
        return None  # a list of people, or a report refuted: the sentences themselves answer better
    q_names = _own_names(q)
    holder = _role_holder(role, q_names, pool)
    if holder is None:
        return None
    name, a, s0, s1 = holder
    surname = re.compile(rf"\b{re.escape(_surname(name))}\b")
    naming = [d for d in pool if surname.search(d.doc.text)] or [a]
    as_of = _doc_as_of(max(naming, key=_doc_rank))
    lines.append(f"no claim of the post; the person named nearest '{role}': {name} [{_label(a)}]")
    lines.append("conflict type: no_conflict (rule no_conflict.nearest-holder)")
    return Answer(
        q.text,
        q.kind,
        f"{name} [{_label(a)}]" + (f", as of {as_of}" if as_of else "") + ".",
        (name,),
        "no_conflict",
        as_of,
        (_cite(a, s0, s1),),
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


# ... or names the leaving before the person: "falsely announced the resignation of Smithers mayor Corinne
# Dahl"
_REMOVAL_OF = re.compile(
    r"\b(?:resignation|removal|sacking|firing|dismissal|departure|ousting|exit|retirement|death|replacement)"
    r"\s+of\s+(?:[\w'’.-]+\s+){0,4}$",
    re.I,
)


_WIN_Q = re.compile(r"^who\s+(?:won|wins|has won|have won|will win|beat|was elected|took)\b", re.I)

_PNAME = r"[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|de|van|von|al-\w+)){0,4}"
# "Green Helen Marsh and Labour's Tomasz Nowicki were elected": two winners of one clause
_WINNER_PAIR = re.compile(
    r"(?P<a>" + _PNAME + r")\s+and\s+(?:[A-Z][\w-]+(?:'s|’s)\s+)?(?P<b>" + _PNAME + r")\s+"
    r"(?:were\s+(?:both\s+)?(?:re-)?elected|both\s+won|won\s+(?:the\s+)?(?:other\s+)?(?:two\s+)?seats)\b"
)

# The subject of a win ("Adaeze Nwosu has won the award", "Haddad defeated Prentiss") or the one declared
# winner ("certified Noor Haddad as the winner"); an object of "defeating" or "beating" never is.
_WINNER = re.compile(
    # "Tomas Reinholt of Team Velora won": the rider, not the team
    r"(?P<name>" + _PNAME + r")(?:,\s+[^,;]{1,80}?,|\s+\([^()]{1,30}\)|\s+of\s+(?:the\s+)?" + _PNAME + r")?"
    r"\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:won|wins|beat|beats|defeated|defeats|was elected|was re-elected|won re-election|clinched|"
    # "appears to have won ... according to unofficial results": a provisional win, a win until a later count
    r"(?:appears|appeared|seems|seemed)\s+to\s+have\s+won|"
    r"was declared the winner|was named the winner|tops the poll|topped the poll|"
    # "Labour's Tomasz Nowicki takes the second seat"
    r"(?:takes|took|grabs|grabbed|claims|claimed)\s+the\s+(?:\w+\s+)?seat|"
    # "Tom Haddow took the men's title at the Kepler Challenge"
    r"(?:takes|took|claims|claimed|wins|won|retains|retained|defended)\s+the\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:title|crown))\b"
    # "Huge congratulations to Tom Haddow, our 2023 men's champion"
    r"|(?P<name10>" + _PNAME + r"),\s+(?:our|the|this\s+year's)\s+(?:\d{4}\s+)?"
    # ... not a past edition's ("GM Pavel Strand, the defending champion", "the winner in 2023")
    r"(?!(?:defending|former|previous|reigning|past|last|outgoing|[\w-]+-time)\b)(?:[\w'’-]+\s+)?"
    r"(?:champion|winner)\b(?!\s+(?:in|of|for)\s+(?:19|20)\d\d)"
    r"|\b(?:certified|certifies|certifying|declared|declares|declaring|named|names|naming|crowned|crowns|"
    r"confirmed|confirms|confirming|made|makes|making)"
    r"\s+(?P<name2>" + _PNAME + r")\s+(?:as\s+)?(?:the\s+)?"
    # "officially declaring Dana Whitfield elected mayor"
    r"(?:winner|victor|champion|(?:duly\s+)?elected\b)"
    r"|\b(?:went|goes|go|gone|was awarded|were awarded|was given)\s+to\s+(?:(?:independent|sitting|the)\s+)?"
    r"(?:candidate\s+)?(?P<name3>" + _PNAME + r")"
    r"|(?P<name4>" + _PNAME + r")(?:'s|’s)\s+(?:\w+\s+)?(?:win|victory|triumph)\b"
    # "Dana Whitfield will be the town's next mayor after defeating Greg Sandoval"; "X is the real winner"
    r"|(?P<name8>" + _PNAME + r")\s+(?:will\s+be|is|was|becomes|became)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:after|having)\s+(?:narrowly\s+|comfortably\s+)?(?:defeating|beating|defeated|beaten)\b"
    # "In fact the seat was won by Eleri Vaughan": the passive names the winner after "by"
    r"|\b(?:was|were|has\s+been|had\s+been)\s+(?:narrowly\s+|comfortably\s+)?won\s+by\s+"
    r"(?P<name11>" + _PNAME + r")"
    r"|(?P<name9>" + _PNAME + r")\s+(?:is|was)\s+(?:now\s+)?the\s+(?:real|rightful|true|outright|clear)\s+"
    r"(?:winner|victor)\b"
    # "The winner is Emmalyn Beaulieu of St. Laurent": a correction's or a results page's plain statement
    r"|\b(?:[Tt]he|[Oo]verall|[Tt]his\s+year's)\s+(?:\w+\s+)?(?:winner|victor|champion)\s+"
    r"(?:is|was|has\s+been)\s+(?:now\s+)?(?P<name7>" + _PNAME + r")"
    r"|[“\"](?P<title>[A-Z][^\"”]{1,60}?),?[”\"],?(?:\s+[^,;]{1,80}?,)?\s+(?:has\s+)?(?:won|wins|took)\b"
    # "Ishita Banerjee's Bengali drama 'Monsoon Ledger' won": the maker of the winning work
    r"|(?P<name5>" + _PNAME + r")(?:'s|’s)\s+(?:[\w-]+\s+){0,3}['‘“\"][^'’”\"]{1,60}['’”\"]\s+(?:has\s+)?"
    r"(?:won|wins|took|takes)\b"
    # "Nolwazi Khumalo produced a storming final 10 kilometres to win the women's race", "Khumalo winning
    # the race"; not a hope or a forecast ("is favoured to win", "failed to win")
    r"|(?P<name6>" + _PNAME + r")\s+(?:winning\s+the\b|(?!(?:is|was|are|were|will|would)\b)"
    r"(?:(?!(?:expected|favou?red|tipped|hop\w*|bid|bids|set|needs?|aims?|tried|tries|failed|fails|chance|"
    r"plans?|wants?|looks?|seeks?)\b)[\w'’-]+\s+){1,7}?to\s+win\s+the\b)"
)

# One shown the winner before a later count: "Dana Whitfield, who was briefly declared the winner"
_FORMER_WINNER = re.compile(
    r"(?P<name>" + _PNAME + r"),\s+who\s+(?:was|had\s+been)\s+(?:\w+\s+){0,2}?(?:declared|named|shown\s+as|"
    r"projected\s+as|called\s+as|reported\s+as)\s+(?:the\s+)?(?:winner|victor)\b"
)

# Before a name the win pattern took from mid-phrase: an article, "first", or a capitalised word it split
_MID_NAME = re.compile(r"(?:\b(?:[Ff]irst|[Tt]he|[Aa]n?)|[A-Z][\w'’-]*)\s+$")

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


# A results list ("1. Tom Haddow (Queenstown) 4:42:09" above "2. Ruben Cato ..."): its first line won
_RANKED_FIRST = re.compile(r"^[ \t]*1[.)][ \t]+(?P<name>" + _PNAME + r")[^\n]*\n[ \t]*2[.)][ \t]+[A-Z]", re.M)
_BARE_DIVISION = re.compile(r"\b((?i:women|men))\b(?!['’])")
_RESULTS = re.compile(r"\bresults?\b|\bstandings\b|\bleaderboard\b", re.I)


def _table_winner(text: str) -> tuple[int, int, str] | None:
    """The top row of the first results table of a text: (start, end, name)."""
    head = _TABLE_HEAD.search(text)
    if head is None:
        return _dotted_winner(text)
    best: tuple[int, int, int, str] | None = None
    pos = head.end() + 1
    while (m := _TABLE_ROW.match(text, pos)) is not None:
        n = int(m.group("n").replace(",", ""))
        if best is None or n > best[0]:
            best = (n, m.start(), m.end(), m.group("name"))
        pos = m.end() + 1
    return best[1:] if best is not None else None


# A results row with a dotted leader: "Maria Ostrander ...... 1,412 (56.8%)"
_DOTTED_ROW = re.compile(r"^(?P<name>" + _PNAME + r")[ \t]*(?:\.{3,}|…+)[ \t]*(?P<n>\d[\d,]*)\b[^\n]*$", re.M)


def _dotted_winner(text: str) -> tuple[int, int, str] | None:
    """The row with the most votes of the first run of two or more dotted result rows."""
    rows: list[re.Match[str]] = []
    for m in _DOTTED_ROW.finditer(text):
        if rows and text[rows[-1].end() : m.start()].strip():
            if len(rows) >= 2:
                break
            rows = []
        rows.append(m)
    if len(rows) < 2:
        return None
    top = max(rows, key=lambda m: int(m.group("n").replace(",", "")))
    return top.start(), top.end(), top.group("name")


_TITLE_WORDS = _words(
    """incumbent challenger former mayor president senator governor councillor councilor candidate
    the a an author novelist historian writer poet playwright coach captain rookie veteran champion defending
    dr mr mrs ms sir dame actor actress filmmaker film-maker producer singer artist composer photographer
    designer architect chef councilmember councilwoman councilman alderman alderwoman supervisor commissioner
    assemblyman assemblywoman congressman congresswoman sheriff trustee"""
)


_ROLE_NAMES = frozenset(ROLE_WORDS.split("|"))


def _winner_name(raw: str) -> str:
    """The person in a matched name run: the words after the last title ("Oakridge Mayor Gil Prentiss")."""
    words = raw.split()
    cut = 0
    if len(words) > 2 and re.fullmatch(r"[\w-]+-years?-old", words[0], re.I):
        cut = 1  # "Seventeen-year-old Colton Fontaine": the age is no part of the name
    for i, w in enumerate(words):
        if w.lower().strip(".") in _TITLE_WORDS or w.lower() in _ROLE_NAMES:
            cut = i + 1
    # "Green Helen Marsh", "Labour's Tomasz Nowicki": the party before a full name is no part of it
    while len(words) - cut > 2 and (
        words[cut].lower() in _PARTY_WORDS or re.sub(r"['’]s$", "", words[cut]).lower() in _PARTY_WORDS
    ):
        cut += 1
    return " ".join(words[cut:])


def _named_winner(raw: str) -> str:
    """The person in a matched name run, or "" when the run opens with an article or a pronoun ("The
    Greens", "They")."""
    name = _winner_name(raw)
    if name.endswith(("'", "’")):
        return ""  # "'Monsoon Ledger' wins": a work's title in quotes, not its maker
    return "" if not name or name.split()[0] in ("The", "A", "An", "It", "He", "She", "They") else name


# Words that name political parties: a value made only of them names a party, not a person.
_PARTY_WORDS = _words(
    """labour conservative conservatives tory tories liberal liberals democrat democrats democratic
    republican republicans green greens independent independents reform socialist socialists nationalist
    nationalists party alliance first"""
)


def _party_only(name: str) -> bool:
    return all(w.lower().strip("'’s") in _PARTY_WORDS or w.lower() in _PARTY_WORDS for w in name.split())


# A line that opens on the post its result is for: "President: Irena Voskuijlen was elected ..."
_POST_LABEL = re.compile(r"\s*([A-Z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})\s*:\s")


def _winner_slot(q: Question, docs: Sequence[Analyzed], clusters: dict[str, int]) -> _Slot:
    """Who won: the subjects of win clauses in sentences about the question's contest."""
    want = set(terms_of(q.scope or q.text)) - {"won", "win"}
    wanted = _expand(want)
    names = _proper_names(q.text)
    # a results page names the race, not the town it starts from ("the Kepler Challenge at Te Anau")
    own = names - _place_names(q.text, at=True)
    listing = _list_question(q)
    medals = _MEDAL_Q.search(q.text) is not None
    items: list[Item] = []
    refuted: list[Item] = []
    asked_post = _stems(q.attribute) if q.attribute else set()
    for a in docs:
        # a local outlet need not name its own town in the text; its address does (pinecastlepress.com)
        where = _searchable(a)
        # a follow-up piece ("Festival diary: ...") may name the contest only by its common nouns: it
        # counts when it shares two of them, below any source that names the contest
        unnamed = (
            bool(names)
            and not _names_in(names, q.text, where)
            and not (own and _names_in(own, q.text, where))
        )
        # a newsroom's correction ("we reported that X had won the ward 12 by-election") may leave out the
        # town its paper serves: every other word of the contest names it
        if unnamed and not (listing and wanted & _stems(where)) and not _names_contest(want, names, where):
            continue
        found: list[tuple[int, int, int, int, str, bool]] = []  # ..., name, shown the winner only before
        table = _table_winner(a.doc.text)
        if table is not None:
            t0, t1, tname = table
            found.append((t0, t1, a.doc.text.rfind("\n", 0, t0) + 1, t1, tname, False))
        ranked = (
            _RANKED_FIRST.search(a.doc.text) if _RESULTS.search(f"{a.doc.title or ''} {a.doc.text}") else None
        )
        if ranked is not None and (rname := _named_winner(ranked.group("name"))):
            # a results header names its division bare ("Results | Kepler Challenge 2023 | Men")
            head = _BARE_DIVISION.sub(r"\1's", f"{a.doc.title or ''} {a.doc.text[: ranked.start()]}")
            if not _other_division(q.text, head):  # a men's results list, asked who won the women's race
                found.append(
                    (
                        ranked.start("name"),
                        ranked.end("name"),
                        ranked.start(),
                        ranked.end("name"),
                        rname,
                        False,
                    )
                )
        sig = _SIGNATURE.search(a.doc.text)
        if sig is not None and _SELF_WIN.search(a.doc.text, 0, sig.start()):
            # a short post is read whole: its hashtags may name the contest
            found.append((sig.start("name"), sig.end("name"), 0, len(a.doc.text), sig.group("name"), False))
        if medals:
            for s0, s1 in split(a.doc.text):
                for m in _PLACING.finditer(a.doc.text, s0, s1):
                    if name := _named_winner(m.group("name") or m.group("name2") or ""):
                        found.append((m.start(), m.end(), s0, s1, name, False))
        for s0, s1 in split(a.doc.text):
            sent = a.doc.text[s0:s1]
            if not any(
                v in sent
                for v in (
                    "won",
                    "win",
                    "beat",
                    "defeat",
                    "elect",
                    "clinch",
                    "went to",
                    "seat",
                    "poll",
                    "title",
                    "crown",
                    "champion",
                )
            ):
                continue
            for m in _WINNER_PAIR.finditer(sent):
                for g in ("a", "b"):
                    if name := _named_winner(m.group(g)):
                        found.append((s0 + m.start(g), s0 + m.end(g), s0, s1, name, False))
            for m in _FORMER_WINNER.finditer(sent):
                if name := _named_winner(m.group("name")):
                    found.append((s0 + m.start(), s0 + m.end(), s0, s1, name, True))
            for m in _WINNER.finditer(sent):
                if m.group("title"):
                    name = m.group("title")
                else:
                    raw = (
                        m.group("name")
                        or m.group("name2")
                        or m.group("name3")
                        or m.group("name4")
                        or m.group("name7")
                        or m.group("name8")
                        or m.group("name9")
                        or m.group("name10")
                        or m.group("name11")
                    )
                    if m.group("name6") and _MID_NAME.search(sent, 0, m.start("name6")):
                        continue  # "the first South African woman to win the race": no name of a winner
                    name = _named_winner(raw or m.group("name5") or m.group("name6") or "")
                    if not name:
                        continue
                found.append((s0 + m.start(), s0 + m.end(), s0, s1, name, False))
        for start, end, s0, s1, name, former in found:
            sent = a.doc.text[s0:s1]
            label = _POST_LABEL.match(sent)
            post = label.group(1).lower() if label else ""
            if post in _ROLE_NAMES and asked_post and not _stems(post) & asked_post:
                continue  # "Treasurer: Hanne Lidgren was re-elected", asked who was elected president
            if _other_division(q.text, sent[max(0, start - s0 - 60) : end - s0 + 60]):
                continue  # "In the men's race, Birhanu Tesfaye won", asked who won the women's race
            hit = wanted & _stems(sent)
            # the contest may be named only in the headline or the lead above a win sentence or table
            lead = f"{a.doc.title or ''} {a.doc.text[: min(s0, 200)]}"
            if want and not hit and not (wanted & _stems(lead)):
                continue
            # "Claim: a recount made Greg Sandoval the winner. Rating: False": a fact check's rated claim
            refutes = bool(refutation_of(sent)) or _in_refuted_target(a, start)
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
                rule="role.winner.history" if former else "role.winner",
                as_of_latest=a.date.earliest - timedelta(days=1) if former and a.date.earliest else None,
            )
            score = 2.0 + len(hit) - (1.0 if unnamed else 0.0)
            it = _doc_item(a, c, _surname(name), score, clusters.get(a.doc.id, 0))
            (refuted if refutes else items).append(it)
    bad = {i.key for i in refuted}
    keep = [i for i in items if i.key not in bad and not _common_noun(i.claim.value, docs)]
    if not listing and not medals:
        keep = _beside_the_winner(keep)
    keep = [_in_full(i, docs) for i in keep]
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
    # "Dana Whitfield, who was briefly declared the winner on election night": the source's own winner
    # replaced her
    return _Slot(tuple(keep), tuple(refuted), notes, parts, supersedes=_supersedes(keep))


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


def _names_contest(want: set[str], names: set[str], where: str) -> bool:
    """Does a source name the contest asked about by all its words but its proper names, two at least?"""
    words = want - _stems(" ".join(names))
    have = _stems(where)
    return len(words) >= 2 and all(_expand({w}) & have for w in words)


def _in_full(item: Item, docs: Sequence[Analyzed]) -> Item:
    """A winner named by surname only ("Varnhagen's win is the story of the festival") under the full name
    another source gives ("Best director: Ilse Varnhagen"), the one given most often."""
    name = item.claim.value
    if " " in name or not name[:1].isupper():
        return item
    given = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+" + re.escape(name) + r"\b")
    seen = Counter(
        m.group(1) for a in docs for m in given.finditer(a.doc.text) if m.group(1).lower() not in _NOT_GIVEN
    )
    # "When Varnhagen won ...": a word the sources also write in lower case opens a sentence, it is no name
    first = next((w for w, _ in seen.most_common() if not _in_lower_case(w, docs)), None)
    if first is not None:
        return replace(item, claim=replace(item.claim, value=f"{first} {name}"))
    # "Clonroche won 2-11 to 1-12" beside "Clonroche Rovers are champions": a club by the first word of
    # its name, given whole when the sources mostly write it so
    after = re.compile(r"\b" + re.escape(name) + r"\s+([A-Z][a-z]+)\b")
    rest = Counter(m.group(1) for a in docs for m in after.finditer(a.doc.text))
    alone = sum(len(re.findall(r"\b" + re.escape(name) + r"\b", a.doc.text)) for a in docs) - sum(
        rest.values()
    )
    last = next(
        (w for w, n in rest.most_common(1) if n >= 2 and n > alone and not _in_lower_case(w, docs)), None
    )
    if last is None:
        return item
    return replace(item, claim=replace(item.claim, value=f"{name} {last}"))


def _in_lower_case(word: str, docs: Sequence[Analyzed]) -> bool:
    low = re.compile(r"\b" + re.escape(word.lower()) + r"\b")
    return any(low.search(a.doc.text) for a in docs)


# Words that may stand before a surname without being a given name ("Director Varnhagen", "The Varnhagen")
_NOT_GIVEN = frozenset(
    "the a an and but mr mrs ms dr director minister mayor councillor president judge coach captain "
    "professor sir dame lord lady prof chef chief our their his her".split()
)


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
