"""What should be done with something, asked of sources that each push an option ("What should happen to
the old station?", "What should the smelter site be used for?", "What should the council cut?"): the
options the sources call for, back, recommend or want, each cited to its sentence. Two options or more are
sides of a debate (conflicting opinions); one option every source pushes is no conflict.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tidings.ask.common import _cite, _dedupe, _doc_as_of, _doc_rank, _label, _on_topic, lines_under
from tidings.ask.question import Question, _stems
from tidings.model import Analyzed, Answer, ConflictType
from tidings.sentences import split

__all__ = ["proposal_question", "proposals_answer", "proposals_in"]

# "What should happen to X?", "What should be done about X?", "What should X be used for?", "What should
# the council cut?"
_PROPOSAL_Q = re.compile(
    r"^\s*what\s+should\s+\S"
    # "What options are being argued over for protecting the promenade?", "Which proposals are on the table?"
    r"|^\s*(?:what|which)\s+(?:options|proposals|solutions|alternatives|remedies|fixes)\s+"
    r"(?:are|were|have\s+been)\s+"
    r"(?:being\s+)?(?:argued\s+(?:over|about)|debated|considered|proposed|put\s+forward|suggested|discussed|"
    r"on\s+the\s+table|backed)\b",
    re.I,
)

# An option written as a noun phrase after a verb of pushing for it: "have called for an emergency seawall",
# "backs a data centre", "in support of a full rebuild", "recommended a scaled-back redevelopment", "the
# honest answer is managed retreat"
_PUSH_NOUN = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+for|demand(?:s|ed|ing)?|(?<!buy\s)(?<!pay\s)(?<!come\s)(?<!go\s)(?<!bring\s)"
    r"(?<!give\s)(?<!hold\s)(?<!cut\s)(?<!set\s)(?<!fight\s)(?<!scale\s)(?<!win\s)(?<!look\s)"
    # ... "allowing the shoreline to move back naturally" backs nothing
    r"(?<!move\s)(?<!moved\s)(?<!moving\s)"
    r"back(?:s|ed|ing)?|favou?r(?:s|ed|ing)?|support(?:s|ed|ing)?|in\s+(?:support|favou?r)\s+of|"
    r"recommend(?:s|ed|ing)?|propos(?:e|es|ed|ing)|seek(?:s|ing)?|sought|push(?:es|ed|ing)?\s+for|"
    r"argu(?:e|es|ed|ing)\s+(?:instead\s+)?for|points?\s+towards?|(?:asking|asked|asks)\s+for|"
    r"(?:honest|only|real|best|right)\s+(?:[a-z]+\s+)?answer\s+is|wants?|wanted)\s+"
    r"(?!(?:the\s+)?(?:council|councillors|city|government|board|minister|mayor|residents|officers|members|"
    r"them|it|us|to)\b)"
    r"(?:an?\s+|the\s+)?(?:[£$€][\d.,]+\s?(?:m|bn|k|million|billion)?\s+)?"
    r"(?P<x>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})",
    re.I,
)
# ... or as what is to be done: "wants to rebuild", "We want them to restore what is there", "recommended
# demolishing and rebuilding", "urged councillors to wait"
_PUSH_VERB = re.compile(
    r"\b(?:wants?|wanted|would\s+like|prefers?|preferred|urg(?:e|es|ed|ing))\s+"
    r"(?:(?:them|it|the\s+\w+|council|councillors|members|residents)\s+)?"
    r"to\s+(?P<x>(?!be\b|have\b|see\b|know\b|hear\b|make\s+sure\b)[a-z]+(?:\s+[a-z][\w'’-]*){0,3})"
    r"|\brecommend(?:s|ed|ing)?\s+(?P<g>[a-z]+ing(?:\s+and\s+[a-z]+ing)?)\b",
    re.I,
)
# ... or as the use a place is put to: "wants most of the land used for housing", "wants the furnace halls
# kept as an industrial museum", "want part of the herd relocated to a farm"
_PUSH_USE = re.compile(
    r"\b(?:wants?|wanted|backs?|would\s+like|prefers?)\s+(?:(?:most|all|part|some)\s+of\s+)?(?:the\s+|its\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:(?:used|kept|turned|converted|developed|redeveloped|reopened)\s+(?:for|as|into)\s+"
    r"(?:an?\s+|the\s+)?(?P<x>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})"
    r"|(?P<done>relocated|culled|removed|moved|sold|demolished|restored|rebuilt|reopened|closed|scrapped|"
    r"halved|replaced|repaired|listed|protected|fenced)\b)",
    re.I,
)
# ... or as the choice a side names: "Demolition is the only sensible choice", "He said demolition was the
# 'lowest-risk' option"
_CHOICE = re.compile(
    # ... not a pronoun that points back ("Officers said it was the only option")
    r"(?:^|[,:;]\s+|\b(?:said|says|believes?|thinks?|that)\s+)(?P<x>(?:[A-Za-z][\w'’-]*\s+){0,2}?"
    r"(?!(?:it|this|that|they|he|she|we)\s)[A-Za-z][\w'’-]*)\s+(?:is|was|would\s+be|remains)\s+the\s+"
    r"(?:[\w\"“”'‘’-]+\s+){0,2}?(?:choice|option|answer|solution|way\s+forward)\b",
    re.I,
)
# ... or as what a side says should be weighed: "a policy of managed realignment should be considered"
_CONSIDERED = re.compile(
    r"(?:^|\b(?:of|that|said|says)\s+)(?P<x>(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)\s+should\s+"
    r"(?:(?:also|now|seriously)\s+)?be\s+(?:considered|adopted|explored|pursued|looked\s+at)\b",
    re.I,
)
# A line that opens a list of options: "Cabinet proposes:", "The group wants:"
_OPENS_LIST = re.compile(
    r"\b(?:propos(?:e|es|ed|als?)|recommend(?:s|ed|ations?)|wants?|calls?\s+for|options?)\s*:\s*$", re.I
)
# ... and a line of it: "- Closing four branch libraries (Eastgate, ...), saving £640,000"
_LIST_ITEM = re.compile(r"\s*(?:[-•*]|\d{1,2}[.)])\s+(?i:an?\s+|the\s+)?(?P<x>[A-Za-z][^(\n]*)")
# Where an option's words stop: a clause, a preposition, a number or punctuation
_STOP = frozenset(
    "that which who whose saying because so with on in at by for from after before while but instead "
    "rather than to of as if when where and or this next now along across between near around into onto "
    "over under through up down off out about beside behind within without is are was were would will "
    "could should can may must has have had until unless what how why".split()
)
# Words that ask for no option of what to do: "anyone who wants help", "residents demand action"
_VAGUE = frozenset(
    "help action answers more time information details clarity change something anything everything nothing "
    "consultation meeting decision review update response support assurances".split()
)
# Words that name a proposal, not what it is: "backs residents' call", "the plan", "the idea"
_META = frozenset(
    "call calls plan plans proposal proposals idea ideas option options view views move decision report "
    "petition motion change changes way ways".split()
)
# Words that begin no option: possessives and pronouns ("should back their officers")
_NO_START = frozenset("their his her its our your my this that these those it them him".split())


def proposal_question(q: Question) -> bool:
    """Does the question ask what should be done with something?"""
    return _PROPOSAL_Q.match(q.text) is not None


def _option(raw: str) -> str | None:
    """An option's words up to where the phrase stops, or None if they name no option."""
    words: list[str] = []
    parts = raw.split()
    for n, w in enumerate(parts):
        low = w.lower().strip(",.;:!?\"'”’")
        if low in _STOP and not (
            # "demolishing and rebuilding": one option of two steps
            low == "and"
            and words
            and words[-1].endswith("ing")
            and n + 1 < len(parts)
            and parts[n + 1].lower().endswith("ing")
        ):
            break
        words.append(w.strip(',.;:!?"”'))
        if w[-1:] in ",.;:!?":
            break
    while words and (words[-1].lower() in _STOP or words[-1].lower() in ("the", "a", "an")):
        words.pop()
    if not words or words[0].lower() in _NO_START or words[-1].lower() in _META:
        return None
    if len(words) == 1 and words[0].lower() in _VAGUE:
        return None
    if any(w[:1].isdigit() for w in words):
        return None  # "would cut 1.1m": a figure, not an option
    return " ".join(words)


def proposals_in(q: Question, pool: Sequence[Analyzed]) -> list[tuple[str, Analyzed, int, int]]:
    """The options the on-topic sources push, each with its sentence, in the order they are first told."""
    # a side's own page may name the subject only in part ("Kingsbridge FM", no "Borough Council")
    docs = _on_topic(q, pool, some_names=True)
    asked = _stems(q.text)
    out: list[tuple[str, Analyzed, int, int]] = []
    for a in docs:
        mine: list[tuple[str, Analyzed, int, int]] = []
        # the lines under "Cabinet proposes:" are options, each its own line
        listed = list(lines_under(a.doc.text, _OPENS_LIST, _LIST_ITEM))
        for _, item in listed:
            if (opt := _option(item.group("x"))) is not None:
                mine.append((opt, a, item.pos, item.endpos))
        items = [(item.pos, item.endpos) for _, item in listed]
        for s0, s1 in split(a.doc.text):
            if any(b0 <= s0 < b1 for b0, b1 in items):
                continue
            sent = a.doc.text[s0:s1]
            taken: set[int] = set()  # where a verb's option was read: one reading each
            for rx in (_PUSH_USE, _PUSH_NOUN, _PUSH_VERB, _CHOICE, _CONSIDERED):
                for m in rx.finditer(sent):
                    if m.start() in taken:
                        continue
                    taken.add(m.start())
                    raw = next(
                        (m.group(k) for k in ("x", "g", "done") if k in rx.groupindex and m.group(k)), None
                    )
                    if raw is None:
                        continue
                    opt = _option(raw)
                    # an option made of the question's own words names the thing, not what to do with it
                    if opt is None or _stems(opt) <= asked:
                        continue
                    mine.append((opt, a, s0, s1))
        out.extend(sorted(mine, key=lambda o: o[2]))  # in the order the source tells them
    return out


def _same(a: str, b: str) -> bool:
    """Two wordings of one option: they share a stem of four letters or more ("rebuild", "full rebuild")."""
    return bool({s for s in _stems(a) if len(s) >= 4} & {s for s in _stems(b) if len(s) >= 4})


def proposals_answer(q: Question, pool: Sequence[Analyzed], lines: list[str]) -> Answer | None:
    """The options the sources push, grouped by wording: two or more are sides of a debate."""
    found = proposals_in(q, pool)
    if not found:
        return None
    groups: list[list[tuple[str, Analyzed, int, int]]] = []
    for f in found:
        home = next((g for g in groups if any(_same(f[0], o[0]) for o in g)), None)
        if home is None:
            groups.append([f])
        else:
            home.append(f)
    # the options most sources push first; ties in the order told
    groups.sort(key=lambda g: -len({a.doc.id for _, a, _, _ in g}))
    shown = [min((o for o, *_ in g), key=len) for g in groups[:4]]
    for v, g in zip(shown, groups, strict=False):
        lines.append(f"option {v}: " + ", ".join(f"{o!r} [{_label(a)}]" for o, a, _, _ in g))
    ctype: ConflictType = "conflicting_opinions" if len(groups) > 1 else "no_conflict"
    lines.append(f"{len(groups)} option(s) pushed: rule {ctype}.proposals")
    cites = _dedupe(tuple(_cite(a, s0, s1) for g in groups[:4] for _, a, s0, s1 in g[:1]))
    newest = max((a for g in groups for _, a, _, _ in g), key=_doc_rank)
    lead = "Sources push different options: " if len(groups) > 1 else "The option pushed: "
    text = lead + "; ".join(f"{v} [{_label(g[0][1])}]" for v, g in zip(shown, groups, strict=False)) + "."
    return Answer(
        q.text, q.kind, text, tuple(shown), ctype, _doc_as_of(newest), cites, explanation=tuple(lines)
    )
