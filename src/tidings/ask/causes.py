"""Why, and who said it: the causes sources credit or reject for an event and which one is current, the true
author of a quotation, and the facts (names, figures) an open question asks for.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache

from tidings.ask.common import (
    CLAIM_LABEL,
    ONE_ACCOUNT,
    _cite,
    _clip,
    _dedupe,
    _doc_as_of,
    _doc_item,
    _doc_rank,
    _kin_stems,
    _label,
    _number_key,
    _on_topic,
    close_reports,
)
from tidings.ask.members import _ORG_END
from tidings.ask.numbers import _in_correction, _measured
from tidings.ask.question import (
    _STOP,
    _WHY_Q,
    _WORD_RE,
    Question,
    _expand,
    _list_question,
    _most_named,
    _name_prefix,
    _proper_names,
    _stems,
    stem,
)
from tidings.ask.rivals import _CLAIM_THAT, _RIVALRY, _rival_estimates
from tidings.attribution import misattribution
from tidings.claims import parse_number, speaker_of
from tidings.conflicts import Item
from tidings.facts import (
    CAUSE_THEN,
    DISMISSING,
    HEARSAY,
    Cause,
    Fact,
    causes_in,
    listed_cause,
    name_facts,
    opens_cause_list,
    quantity_facts,
    short_cause,
    sides_say_causes,
    weighs_causes,
)
from tidings.model import Analyzed, Answer, ConflictType, Superseded
from tidings.sentences import split

# --------------------------------------------------------------------------------------------- quotes
# "Who said 'A border is a promise'?": a quote shared under one name is often someone else's line. The
# sources name the speaker after a dash, after "attributed to", or as the author ("by", "poet X", "X
# wrote"); a name a source says never said it ("misattributed", "not her words") is refuted.


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


_CAUSE_Q = re.compile(
    r"^(?:what|which\s+\w+)\s+(?:caused|causes|started|sparked|triggered|led\s+to|killed|kills|destroyed|"
    r"damaged|prompted|forced|was\s+behind|is\s+behind)\b"
    r"|^what\s+(?:is|was|were|are)\s+(?:the\s+)?(?:likely\s+|main\s+|official\s+)?causes?\s+of\b"
    r"|^why\s+(?:did|does|do|is|was|were|are|has|have)\b"
    # "Who is responsible for the derailment?", "Is the power station to blame for the fish kill?"
    r"|^who\s+(?:is|was|are|were)\s+(?:responsible|to\s+blame)\s+for\b"
    # "What is being blamed for the colony losses?"
    r"|^(?:what|who)\s+(?:is|was|are|were)\s+(?:being\s+)?blamed\s+for\b"
    r"|^(?:is|are|was|were)\s+.{3,80}?\s+(?:responsible|to\s+blame)\s+for\b",
    re.I,
)

_CAUSE_WORDS = frozenset(
    stem(w) for w in "cause caused causes start started spark sparked trigger triggered why".split()
)


_PROPER_NAME = re.compile(r"(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’&.-]*)+")


def _rejected_joined(groups: list[_CauseGroup]) -> list[_CauseGroup]:
    """A rejected cause and an asserted one that the first two words of either name are one cause ("a
    security threat spread widely on Monday", rejected, is "a credible security threat against the parade",
    asserted elsewhere): the words after a cause's head are often the sentence's, not the cause's."""

    def one_cause(a: _CauseGroup, b: _CauseGroup) -> bool:
        return _rejected(a) != _rejected(b) and (
            _names(_head(a), _group_words(b)) or _names(_head(b), _group_words(a))
        )

    return _merged(groups, one_cause, into_first=False)


_JOINED = re.compile(r",|\b(?:and|or|plus|as\s+well\s+as)\b", re.I)


def _bridged(groups: list[_CauseGroup]) -> list[_CauseGroup]:
    """Groups joined as the first grouping would have joined them in another order: "the RAAC found in our
    roof" joins "roof concrete found" and then carries "RAAC" (or "RAAC in the roof of the changing rooms")
    with it. A wording that lists causes ("rain and a blocked culvert") bridges nothing, and a proper name
    keeps its group apart."""

    def bridges(a: _CauseGroup, b: _CauseGroup) -> bool:
        words = _group_words(a)
        return (
            _rejected(b) == _rejected(a)
            and not any(_PROPER_NAME.fullmatch(x[0].fact.text.strip()) for x in (b[0], a[0]))
            and any(_joins(_cause_key(c.fact.text), words) and not _JOINED.search(c.fact.text) for c, *_ in b)
        )

    return _merged(groups, bridges, into_first=True)


def _merged(
    groups: list[_CauseGroup], joins: Callable[[_CauseGroup, _CauseGroup], bool], *, into_first: bool
) -> list[_CauseGroup]:
    """Groups merged a pair at a time until no pair ``joins``: the first such pair (by the first group's
    place, then the second's) becomes one group, the second's causes after the first's (``into_first``) or
    the first's after the second's."""
    out = [list(g) for g in groups]
    while True:
        pairs = ((i, j) for i in range(len(out)) for j in range(len(out)) if i != j and joins(out[i], out[j]))
        pair = next(pairs, None)
        if pair is None:
            return out
        src, dst = (pair[1], pair[0]) if into_first else pair
        moved = out.pop(src)
        out[dst - (dst > src)] += moved


def _group_words(g: _CauseGroup) -> set[str]:
    """The words of a group's causes."""
    return set().union(*(_cause_key(c.fact.text) for c, *_ in g))


def _joins(key: frozenset[str], group: set[str]) -> bool:
    """Does a wording share half the words of the shorter of itself and a group's words?"""
    return bool(key) and 2 * len(key & group) >= min(len(key), len(group))


def _rejected(g: _CauseGroup) -> bool:
    return any(c.rejected for c, *_ in g)


def _head(g: _CauseGroup) -> set[str]:
    """The first two content words of a group's first cause (empty when it has fewer)."""
    words = [stem(w) for w in _WORD_RE.findall(g[0][0].fact.text.lower()) if w not in _STOP and len(w) > 2]
    return set(words[:2]) if len(words) >= 2 else set()


def _names(head: set[str], key: set[str]) -> bool:
    return bool(head) and head <= key


@lru_cache(maxsize=4096)
def _cause_key(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in _WORD_RE.findall(text.lower()) if w not in _STOP and len(w) > 2)


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


_THERE_WAS_NO = r"\bthere\s+(?:(?:had|has|have)\s+been|was|were|is|are)\s+no\b"

# A side turning a report down: "dismissed", "rejects", "denying"
_DISMISS_VERB = r"\b(?:dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|den(?:y|ied|ies|ying))\s+"

# Rejections that name the cause without a cause cue: "dismissing online claims of a cyberattack", "no
# evidence whatsoever of any cyber intrusion", an investigation form's "Evidence of arson: None found".
_REJECTED_CAUSE_EXTRA = re.compile(
    _DISMISS_VERB + r"(?:the\s+|online\s+|viral\s+|"
    r"social media\s+|widespread\s+)*(?:claims?|rumou?rs?|reports?|suggestions?|speculation|allegations?)\s+"
    # "rejects claims on social media of sabotage": where the claims were made may come before the cause
    r"(?:(?:on\s+social\s+media|online|circulating\s+online|on\s+WhatsApp)\s+)?"
    r"(?:of|that it was)\s+(?P<a>(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?)"
    r"|\bno\s+(?:evidence|indication|sign)\s+(?:whatsoever\s+|at all\s+)(?:of|that)\s+(?:any\s+)?"
    r"(?P<b>(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?)"
    r"|\bevidence\s+of\s+(?P<c>[\w-]+(?:\s+[\w-]+)?)\s*:\s*(?:none|no)\b"
    # "Fire and Rescue said there had been no leak"
    # "There is no evidence whatsoever of X" names X, not the evidence
    r"|" + _THERE_WAS_NO + r"\s+(?!(?:evidence|indication|sign|suggestion)\b)(?P<d>[\w-]+(?:\s+[\w-]+)?)"
    # "The report ruled out ground movement, the cause the city had first suggested"
    # ("have not ruled out a role for sewage" and "cannot be ruled out for two" reject nothing)
    r"|(?<!not\s)(?<!n't\s)(?<!be\s)\bruled?\s+out\s+(?!(?:for|by|in|at|on|as|because|after|before|that|"
    r"either|both|completely|entirely)\b)(?!(?:an?|any|the)\s+(?:role|chance|possibility|link)\b)"
    r"(?P<e>(?:an?\s+|any\s+)?[\w-]+(?:\s+[\w-]+)?)"
    # "Collector denies cholera rumour": the cause names the rumour
    r"|" + _DISMISS_VERB + r"(?:the\s+)?"
    r"(?!(?:online|viral|social|false|these|those|such|all|any|recent|earlier|widespread|media)\b)"
    r"(?P<f>[\w-]+)\s+(?:rumou?rs?|scare|claims?|allegations?|speculation)\b"
    # "dismissed messages circulating on WhatsApp claiming a cholera outbreak"
    r"|" + _DISMISS_VERB + r"(?:[\w'’-]+\s+){1,6}?"
    r"(?:claiming|alleging|saying)\s+(?:that\s+)?(?:there\s+(?:was|were|is|had\s+been)\s+)?"
    r"(?P<g>(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?)"
    # "because of a cracked propeller shaft (not the engine, as first reported)"
    r"|\(\s*(?:but\s+)?not\s+(?:the\s+|an?\s+)?(?P<h>[\w-]+(?:\s+[\w-]+)?),?\s+as\s+(?:first|initially|"
    r"originally|earlier|previously|widely)\s+(?:reported|thought|stated|said|claimed|believed)\s*\)",
    re.I,
)

_THERE_NO = "cause.there-no"

_CAUSE_TAIL = re.compile(r"\s+(?:or|and|was|were|is|in|at|on|by|had|has|to|from)\b.*$", re.I)


# A side names the cause as the subject of its claim: "critics say new maths teachers and smaller classes did
# the work", "argues that the new manager made the difference".
_CREDITED = re.compile(
    r"\b(?:says?|said|argues?|argued|believes?|insists?|insisted|contends?)\s+(?:that\s+)?"
    r"(?P<x>(?:[\w'’-]+\s+){0,6}?[\w'’-]+)\s+(?:did\s+the\s+work|made\s+the\s+difference|"
    r"(?:was|were)\s+(?:responsible|behind\s+(?:it|the\s+\w+))|drove\s+the\s+\w+|"
    # "the industry says warming water is to blame"
    r"(?:is|are|was|were)\s+(?:largely\s+|mostly\s+|partly\s+|mainly\s+)?to\s+blame)\b",
    re.I,
)


_CHANGE_STEMS = frozenset(
    stem(w)
    for w in """rise rose risen improve improved improvement increase increased fall fell fallen drop dropped
    decline declined jump jumped grow grew growth gain gains slump slumped""".split()
)


# "Why has the ferry been losing money?" answered "explains the service's financial position": a money
# trouble named by another word
_LOSS_STEMS = frozenset(
    stem(w)
    for w in "lose losing lost loss losses deficit debt debts financial unprofitable insolvent".split()
)


def _about(want: set[str], st: set[str]) -> bool:
    """Is a sentence with the stems ``st`` about the event the question names by ``want``: a word of it, or
    a change or a money trouble named by another word ("Why did results improve?" answered "put the rise
    down to ...")?"""
    return bool(
        want & st
        or (want & _CHANGE_STEMS and st & _CHANGE_STEMS)
        or (want & _LOSS_STEMS and st & _LOSS_STEMS)
    )


def _credited_causes(sentence: str) -> list[Cause]:
    return [
        Cause(Fact(m.group("x"), m.start("x"), m.end("x"), "cause"), False)
        for m in _CREDITED.finditer(sentence)
    ]


_NOT_BEFORE = re.compile(r"\b(?:not|n[’']t|cannot|never)\s+(?:\w+\s+){0,2}$", re.I)


def _rejected_causes(sentence: str) -> list[Cause]:
    out: list[Cause] = []
    for m in _REJECTED_CAUSE_EXTRA.finditer(sentence):
        g = next(k for k in "abcdefgh" if m.group(k))
        if g == "e" and _NOT_BEFORE.search(sentence, max(0, m.start() - 30), m.start()):
            continue  # "did not rule out cable theft", "could not have ruled out"
        text = _CAUSE_TAIL.sub("", re.sub(r"^(?:an?|the|any)\s+", "", m.group(g), flags=re.I))
        start = m.start(g) + m.group(g).find(text)
        # "there had been no leak" denies only a cause some source puts forward: see _cause_answer
        kind = _THERE_NO if g == "d" else "cause"
        out.append(Cause(Fact(text, start, start + len(text), kind), True))
    return out


# A source revising its own earlier finding ("overturning their own initial findings", "the track buckle
# identified in our preliminary findings").
_REVISED_FINDING = re.compile(
    r"\b(?:initial(?:ly)?|preliminary|overturn\w*|revis(?:ed|es|ing)|originally|first\s+(?:thought|believed|"
    r"blamed|suspected|suggested|given|cited|named|put\s+forward|reported)|earlier\s+(?:findings?|conclusions?|view))\b",
    re.I,
)

# The causes of one group: each with the document and the sentence it is named in.
_CauseGroup = list[tuple[Cause, Analyzed, int, int]]

# A source pointing at who or what is at fault: with two causes named, the sources argue.
# A cause told as someone's claim or a rumour, not asserted in a side's own name
_CLAIMING_NEAR = re.compile(
    # an insurance "claim" or "our claim" is money asked for, not a rumour
    r"(?<!insurance )(?<!compensation )(?<!their )(?<!our )(?<!its )"
    r"\b(?:claim\w*|posts?|rumou?r\w*|alleg\w+|viral|social\s+media|theor(?:y|ies)|suggest\w*|speculat\w*)\b",
    re.I,
)

_NO_SIGN = re.compile(
    r"\bno\s+(?:evidence|sign|signs|indication|suggestion)\s+(?:of|that)\b|" + _THERE_WAS_NO, re.I
)
_DISMISSED = re.compile(DISMISSING + r"(?:" + HEARSAY + r")\b", re.I)
_THIS_CAUSED = re.compile(
    r"\s*[\"“]?(?:this|that|it)(?:\s+is|\s+was|'s|’s)\s+(?:all\s+|simply\s+|partly\s+|mainly\s+)?"
    r"(?:the\s+(?:\w+\s+)?result\s+of|down\s+to|because|due\s+to|caused\s+by)\b",
    re.I,
)
# ... or "The real reason is the cost overruns": a side naming its own cause goes on about the event
_NAMED_CAUSE = re.compile(
    r"\b(?:root\s+cause|the\s+cause\s+(?:was|is|has\s+been)|the\s+(?:real|main|true|actual)\s+"
    r"(?:reason|cause|culprit)\s+(?:was|is|for|behind))\b",
    re.I,
)


_REAL_REASON = re.compile(r"\bthe\s+(?:real|true|actual)\s+(?:reason|cause|culprit)\b", re.I)


def _checked_causes(a: Analyzed, sent: str) -> list[Cause]:
    """The causes a sentence names; in a fact check's claim line ("Claim: ... cancelled due to council budget
    cuts", then "Rating: Misleading") each is the cause it checks, rejected."""
    told = causes_in(sent)
    if CLAIM_LABEL.match(sent) and _VERDICT_LINE.search(a.doc.text):
        return [replace(c, rejected=True) for c in told]
    return told


# A cause told as its own part's: "is to blame for that area, separate from problems elsewhere in town"
_APART = re.compile(
    r"\b(?:separate\s+from|unrelated\s+to|not\s+the\s+same\s+(?:problem|issue|fault|cause)|"
    r"an?\s+(?:different|separate|unrelated)\s+(?:problem|issue|fault|cause)|"
    r"for\s+(?:that|this)\s+(?:area|part|section|suburb|ward|district))\b",
    re.I,
)

# "a suspected water main break": a cause put forward as a suspicion, not yet found
_SUSPECTED = re.compile(r"\b(?:suspected|possible|probable|presumed|apparent)\s+$", re.I)


def _suspected(g: _CauseGroup, docs: Sequence[Analyzed]) -> _CauseGroup:
    """The causes another source put forward as suspected that a plain denial names ("a suspected water
    main break may have let contaminants in", then "There was no water main break, as initially
    reported")."""
    name = g[0][0].fact.text
    deniers = {a.doc.id for _, a, _, _ in g}
    out: _CauseGroup = []
    for a in docs:
        if a.doc.id in deniers:
            continue
        for s0, s1 in split(a.doc.text):
            sent = a.doc.text[s0:s1]
            m = next(
                (
                    m
                    for m in re.finditer(rf"\b{re.escape(name)}\b", sent, re.I)
                    if _SUSPECTED.search(sent, max(0, m.start() - 12), m.start())
                ),
                None,
            )
            if m is not None:
                out.append((Cause(Fact(m.group(), m.start(), m.end(), "cause"), False), a, s0, s1))
                break
    return out


def _routine_denial(g: _CauseGroup, pool: Sequence[Analyzed]) -> bool:
    """Is a rejected cause only denied in passing ("there is no evidence of a cyber attack"), never named
    elsewhere, and is no report or rumour about the event going round?"""
    if any(not c.rejected for c, *_ in g):
        return False
    spans = {(a.doc.id, s0) for _, a, s0, _ in g}
    for _, a, s0, s1 in g:
        if not (
            _NO_SIGN.search(a.doc.text, s0, s1)
            or _DISMISSED.search(a.doc.text, s0, s1)
            # "the result of a decade of deferred maintenance, not bad luck": a side's contrast
            or _NOT_LUCK.search(a.doc.text, s0, s1)
        ):
            return False  # "caused by a failed axle, not by heat": a finding set against another
    # a rumour some other sentence reports makes the denial news; the dismissal's own "speculation on
    # social media" does not
    if any(
        _CLAIMING_NEAR.search(a.doc.text, s0, s1)
        for a in pool
        for s0, s1 in split(a.doc.text)
        if (a.doc.id, s0) not in spans
    ):
        return False
    words = [w for w in re.findall(r"[a-z]{4,}", g[0][0].fact.text.lower())]
    if not words:
        return False
    head = words[-1]
    for a in pool:
        low = a.doc.text.lower()
        for s0, s1 in split(a.doc.text):
            if (a.doc.id, s0) not in spans and head in low[s0:s1]:
                return False
        if a.doc.title and head in a.doc.title.lower():
            return False
    return True


# A fact check's verdict line, below the claim it checks (common.CLAIM_LABEL)
_VERDICT_LINE = re.compile(
    r"^\s*(?:verdict|rating|our\s+rating|ruling)\s*:\s*(?:false|misleading|fake|incorrect|mostly\s+false|"
    r"wrong|untrue|no\b)",
    re.I | re.M,
)
# What no one puts forward as a cause, named only to be set against one: "not bad luck", "not an accident"
_NOT_LUCK = re.compile(
    r",\s+not\s+(?:just\s+|simply\s+|merely\s+)?(?:(?:bad|ill|hard)\s+luck|chance|fate|an?\s+accident|"
    r"an?\s+act\s+of\s+god|coincidence)\b",
    re.I,
)
_ALSO_BLAMED = re.compile(r"\balso\s+(?:blamed|pointed\s+(?:to|at)|cited|point\s+(?:to|at)|blame)\b", re.I)
_HELD_CAUSES = 2  # causes a rejection's answer gives as holding, at most
_MORE_WORDINGS = 2  # other wordings of the first held cause the answer's values add, at most
_BLAME = re.compile(r"\b(?:blam\w*|accus\w*|point(?:s|ed|ing)?\s+(?:the\s+finger\s+)?(?:at|to))\b", re.I)


def _causes_told(docs: Sequence[Analyzed], want: set[str]) -> list[tuple[Cause, Analyzed, int, int]]:
    """The causes documents name in sentences about the event (sharing a word of ``want``, or going on
    from one that does), with each cause's document and sentence span."""
    found: list[tuple[Cause, Analyzed, int, int]] = []
    for a in docs:
        after_about = False
        listing = False  # the lines go on with a list of causes ("The main contributors are:")
        for s0, s1 in split(a.doc.text):
            sent = a.doc.text[s0:s1]
            if listing and (item := listed_cause(sent)) is not None:
                found.append((item, a, s0, s1))
                continue
            st = _stems(sent)
            about = not want or _about(want, st)
            # the sentence after one about the event goes on about it ("... after E. coli turned up. A
            # spokesman said the contamination was most likely linked to a water main break.")
            # ... and so does the one after "That is not our only problem."
            about, after_about = about or after_about, about or _NOT_ONLY_PROBLEM.search(sent) is not None
            # "The root cause was an expired certificate": in a story naming the subject, the cause
            about = about or _NAMED_CAUSE.search(sent) is not None
            # "This is the result of mismanagement": in a story on the event, "this" is the event
            about = about or _THIS_CAUSED.match(sent) is not None or sides_say_causes(sent)
            # "Locals also pointed to the River Corrib": another cause of the story's event
            about = about or _ALSO_BLAMED.search(sent) is not None
            # "The insurance costs are as big a problem as the rails": a cause weighed against another
            about = about or weighs_causes(sent)
            # a rejection in an on-topic document is about the event even when the sentence does not
            # name it ("There is no evidence of a cyberattack, the utility said.")
            # ... and so is the cause such a sentence sets against the one it rejects ("the result of a
            # decade of deferred maintenance, not bad luck")
            told = _checked_causes(a, sent)
            against = any(c.rejected for c in told)
            found.extend((c, a, s0, s1) for c in told if about or against)
            found.extend((c, a, s0, s1) for c in _rejected_causes(sent))
            found.extend((c, a, s0, s1) for c in _credited_causes(sent) if about)
            listing = about and opens_cause_list(sent)
    return found


def _cause_answer(
    q: Question, pool: Sequence[Analyzed], clusters: dict[str, int], lines: list[str]
) -> Answer | None:
    """A cause question: the causes sources name after cause cues, grouped by shared words; a cause that a
    source rejects ("no evidence of a cyberattack") is misinformation, rival causes are opinions."""
    docs = _on_topic(q, pool) or list(pool)
    want = _expand(set(q.terms)) - _CAUSE_WORDS
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
    found = _causes_told(docs, want)
    if found:
        # a statement by a body that never names the town ("market hall rents rose by 9 percent ... the
        # main pressure on traders is falling footfall"), naming all but one of the question's other words,
        # may give another side's cause beside those the stories naming the town give
        name_words = {stem(w) for n in names for w in n.lower().split()}
        plain = {stem(t) for t in q.terms} - _CAUSE_WORDS - name_words
        more += [
            a
            for a in pool
            if a not in docs and a not in more and len(plain) >= 3 and len(plain - _stems(a.doc.text)) <= 1
        ]
    if not found and _WHY_Q.match(q.text):
        # "Driftwood sculptures head inland ... after coastal erosion wiped out the sand": a report that
        # never names the town may be the only one to say why, when it names most of the rest (who is to
        # blame is asked of the stories that name the event)
        close = close_reports(q, pool, [*docs, *more], 3)
        docs = [*docs, *close]
        found = _causes_told(close, want)
    found.extend(_causes_of_causes(docs, found))
    found.extend(_causes_besides(docs, found))
    for a in more:
        for s0, s1 in split(a.doc.text):
            sent = a.doc.text[s0:s1]
            # "Some blame the hydro flows, others warmer water": sides' causes, in a story on the event
            if _about(want, _stems(sent)) or sides_say_causes(sent):
                found.extend((c, a, s0, s1) for c in _checked_causes(a, sent) if not c.rejected)
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
    group_named: list[bool] = []  # whether a group's first cause is a proper name
    # "Why did results improve?" names only the effect; "Is the wind farm to blame?" names a cause too
    asks_cause = re.match(r"\s*(?:why|what|which)\b", q.text, re.I) is not None
    effect = {stem(w) for w in _WORD_RE.findall(q.text.lower()) if w not in _STOP} if asks_cause else set()
    for f in found:
        key = _cause_key(f[0].fact.text)
        if not key or (effect and key <= effect):
            continue  # "pointing to their results": the effect asked about is not its own cause
        # "corroded bearings" joins "severe corrosion in the steel bearings"; "lorries collecting dead birds"
        # and "separate introductions from wild birds" share a word but not half of either
        # two names sharing a word are two bodies: "Rand Water" is not "Johannesburg Water"
        named = _PROPER_NAME.fullmatch(f[0].fact.text.strip()) is not None
        home = next(
            (
                i
                for i, k in enumerate(group_keys)
                if _joins(key, k) and not ((named or group_named[i]) and not (key <= k or k <= key))
            ),
            None,
        )
        if home is None:
            group_named.append(named)
            groups.append([f])
            group_keys.append(set(key))
        else:
            groups[home].append(f)
            group_keys[home] |= key
    groups = _rejected_joined(groups)
    groups = _bridged(groups)
    for g in groups:
        if all(c.fact.kind == _THERE_NO for c, *_ in g):
            g.extend(_suspected(g, docs))
    # "There have been no storm overflow discharges": a plain "there was no X" rejects only a cause that
    # some source names
    groups = [g for g in groups if not all(c.fact.kind == _THERE_NO for c, *_ in g)]
    if not groups:
        return None
    rejected = [g for g in groups if any(c.rejected for c, *_ in g)]
    routine = [g for g in rejected if _routine_denial(g, pool)]
    if routine:
        # "there was no evidence of a cyber attack", with no source putting one forward: a denial made in
        # passing, not a reported cause found false
        lines.append(
            "set aside causes no source puts forward: " + ", ".join(g[0][0].fact.text for g in routine)
        )
        groups = [g for g in groups if g not in routine]
        rejected = [g for g in rejected if g not in routine]
        if not groups:
            return None
    asserted = [g for g in groups if g not in rejected]
    # "Last month sailings were cancelled on seven days because of gales": a cause of an earlier episode,
    # set aside when a source names one for the event itself
    q_names = frozenset(_stems(" ".join(names)))
    current = [
        g
        for g in asserted
        if not all(_earlier_episode(a.doc.text, s0, s0 + c.fact.start, q_names) for c, a, s0, _ in g)
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
    asserted = own + _each_source_first([g for g in asserted if g not in own])
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
    revised = [
        a
        for g in rejected
        for c, a, s0, _ in g
        if (c.rejected and _REVISED_FINDING.search(a.doc.text))
        # "the advisory, first blamed on a water main break, was actually caused by ...": told as the first
        # finding where it is named
        or _REVISED_FINDING.search(a.doc.text, max(0, s0 + c.fact.start - 24), s0 + c.fact.start)
    ]
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
    # the cause another source's headline blames, for a cause rejected in other words
    blamed = {id(g): _blamed_elsewhere(g, asserted) for g in rejected}
    contested = [
        g
        for g in rejected
        # a cause a fact check rates false is a refuted report, whoever else puts it forward
        if not any(c.rejected and _VERDICT_LINE.search(a.doc.text) for c, a, _, _ in g)
        and (
            any(
                not c.rejected
                and not _CLAIMING_NEAR.search(a.doc.text, max(0, s0 + c.fact.start - 80), s0 + c.fact.start)
                for c, a, s0, _ in g
            )
            or blamed[id(g)] is not None
        )
    ]
    blame_q = _BLAME_Q.search(q.text) is not None
    if (
        contested
        and asserted
        and not revised
        and (blame_q or any(_RIVALRY.search(a.doc.text) for g in (*contested, *asserted) for _, a, _, _ in g))
    ):
        # a side told only by its rival's rejection shows in its own words where its own source has them
        own_words = [blamed[id(g)] or g for g in contested[:2]]
        sides_shown = [asserted[0], *(g for g in own_words if g is not asserted[0])]
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
        # the causes that hold, each once: "an allergen labelling error" [d3] and "it contains mustard" [d1]
        # may be one cause told two ways, or two parts of it
        held = asserted[:_HELD_CAUSES]
        values: tuple[str, ...] = tuple(shown(g) for g in held)
        # ... and the other wordings of the first, which may name it better ("algal bloom", "a natural
        # bloom of algae (Noctiluca)")
        first: _CauseGroup = held[0] if held else []
        values += tuple(
            dict.fromkeys(
                short_cause(c.fact.text)
                for c, *_ in first
                if not c.rejected and short_cause(c.fact.text) not in values
            )
        )[:_MORE_WORDINGS]
        lines.append("a source rejects a reported cause: rule misinformation.rejected-cause")
        text = (
            "".join(
                f"{v[:1].upper() + v[1:]} [{_label(g[0][1])}]; "
                for v, g in zip(values[: len(held)], held, strict=True)
            )
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
    later = (
        _later_cause(asserted, docs, still=_STILL_Q.search(q.text) is not None) if len(asserted) > 1 else None
    )
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
        # the cause's other wordings that add words ("RAAC" beside "roof concrete found")
        now_label = shown(now)
        other_wordings = [
            short_cause(c.fact.text)
            for c, *_ in now
            if not _cause_key(c.fact.text) <= _cause_key(now_label) and short_cause(c.fact.text) != now_label
        ]
        return Answer(
            q.text,
            q.kind,
            text + ".",
            (now_label, *tuple(dict.fromkeys(other_wordings))[:_MORE_WORDINGS]),
            "outdated",
            _doc_as_of(a_now),
            cites,
            older,
            explanation=tuple(lines),
        )
    if len(asserted) == 1:
        lines.append("one cause named: rule no_conflict.one-cause")
        g = asserted[0]
        if _told_alike(g, pool):
            lines.append(ONE_ACCOUNT)
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
        _RIVALRY.search(a.doc.text)
        # "locals also pointed to the river": one more cause, not one set against the others
        or (_BLAME.search(a.doc.text[s0:s1]) and not _ALSO_BLAMED.search(a.doc.text[s0:s1]))
        # "The real reason is the cost overruns": a side setting its cause against the account given
        or _REAL_REASON.search(a.doc.text[s0:s1]) is not None
        for g in asserted
        for _, a, s0, s1 in g
    )
    # one sentence naming two of the causes tells one account of how they followed each other ("blamed
    # the trunk main burst, and then the failure of the pumping station"), not a dispute
    then = {(a.doc.id, s0) for g in asserted for c, a, s0, _ in g if c.fact.kind == CAUSE_THEN}
    chained = sum(1 for g in asserted if {(a.doc.id, s0) for _, a, s0, _ in g} & then) > 1
    # "a pipe burst ... is to blame for that area, separate from problems elsewhere in town": each cause
    # is of its own part of the event, not a rival account
    apart = any(_APART.search(a.doc.text) for g in asserted for _, a, _, _ in g)
    ctype: ConflictType = (
        "conflicting_opinions" if len(sides) > 1 and argued and not chained and not apart else "complementary"
    )
    if ctype == "complementary" and _one_account(asserted, docs):
        # one source names every cause and each other source that names one names them all: the sources
        # repeat one account ("a hydraulic ram had failed" and "silt built up where the gate closes")
        lines.append(f"{len(asserted)} causes named: rule no_conflict.one-account")
        lines.append(ONE_ACCOUNT)
        ctype = "no_conflict"
    else:
        lines.append(f"{len(asserted)} different causes named: rule {ctype}.rival-causes")
    values = tuple(shown(g) for g in asserted[:3])
    lead = "Sources name different causes: " if ctype == "conflicting_opinions" else "Causes named: "
    text = lead + "; ".join(f"{shown(g)} [{_label(g[0][1])}]" for g in asserted[:3])
    return Answer(q.text, q.kind, text + ".", values, ctype, as_of, cites, explanation=tuple(lines))


def _each_source_first(groups: Sequence[_CauseGroup]) -> list[_CauseGroup]:
    """The causes in order, but a second cause of a source already shown ("saturated soils", what set off the
    "ground movement" beside it) after the first cause of each source not yet shown: the answer shows a few,
    and each source's own account should be among them."""
    first: list[_CauseGroup] = []
    later: list[_CauseGroup] = []
    seen: set[str] = set()
    for g in groups:
        docs = {a.doc.id for _, a, _, _ in g}
        (later if docs <= seen else first).append(g)
        seen |= docs
    return first + later


def _one_account(groups: Sequence[_CauseGroup], docs: Sequence[Analyzed]) -> bool:
    """Do the sources tell one account of several causes: one source names each of them, and every source
    that touches any names all (by two of each cause's words, or its only one), two sources at least?"""
    if len({a.doc.id for g in groups for _, a, _, _ in g}) != 1:
        return False
    keys = [_cause_key(g[0][0].fact.text) for g in groups]
    full = 0
    for a in docs:
        if any(c.kind == "refutation" for c in a.claims) or _RIVALRY.search(a.doc.text):
            return False  # "Tour organisers deny protest behind route change": another account, refuted
        st = frozenset(_stems(a.doc.text))
        # a source that touches a cause at all ("the crane outage") must name each in full
        if any(_kin_words(k, st) for k in keys):
            if not all(_kin_words(k, st) >= min(2, len(k)) for k in keys):
                return False
            full += 1
    return full >= 2


def _told_alike(g: _CauseGroup, docs: Sequence[Analyzed]) -> bool:
    """Does every source name the one cause found, two at least, and none refute anything, argue or blame
    ("corrosion of the roof trusses", in the council's notice, the paper's report and its Q&A)? A source
    silent on it may hold a rival cause no cue marked ("started on purpose")."""
    if len({a.doc.id for _, a, _, _ in g}) < 2:
        return False
    key = _cause_key(g[0][0].fact.text)
    return all(
        not any(c.kind == "refutation" for c in a.claims)
        and not _RIVALRY.search(a.doc.text)
        and not _BLAME.search(a.doc.text)
        # half the cause's words at least: "tracks" and "between" do not name "waterlogging on the tracks
        # between Sion and Kurla"
        and _kin_words(key, frozenset(_stems(a.doc.text))) >= max(min(2, len(key)), (len(key) + 1) // 2)
        for a in docs
    )


# A sentence that says another cause follows: "That is not our only problem.", "There is another issue."
_NOT_ONLY_PROBLEM = re.compile(
    r"\b(?:(?:is|was|isn['’]t|wasn['’]t)\s+(?:not\s+)?(?:our|the|their|its)\s+only\s+(?:problem|issue|reason|"
    r"difficulty|headache)|there\s+(?:is|was|are)\s+(?:also\s+)?(?:another|a\s+second|a\s+further)\s+"
    r"(?:problem|issue|reason|difficulty))\b",
    re.I,
)
# What sets one cause beside another: "In addition to the pump breakdown", "On top of the pump and the power"
_BESIDE = r"in\s+addition\s+to|on\s+top\s+of|as\s+well\s+as|besides"
# "On top of the pump and the power, a burst pipe on the main line lost a lot of water": what a sentence sets
# beside causes already named is one more, named as the main clause's subject
_BESIDE_CAUSES = re.compile(
    r"\s*(?:[A-Z][A-Z .'’-]+:\s*)?(?i:" + _BESIDE + r")\s+"
    r"(?P<told>[^,.;]{2,60}),\s+(?P<x>(?:an?|the|some)\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)"
    r"(?=\s+(?:on|in|at|near|along|under|from|lost|was|were|had|has|have|left|cut|caused|meant|made|broke|"
    r"burst|failed)\b)"
)


def _causes_besides(
    docs: Sequence[Analyzed], found: Sequence[tuple[Cause, Analyzed, int, int]]
) -> list[tuple[Cause, Analyzed, int, int]]:
    """The causes sentences set beside causes other sentences name ("On top of the pump and the power, a
    burst pipe ..."), when what they set it beside shares a word with one of those."""
    named = [_cause_key(c.fact.text) for c, *_ in found if not c.rejected]
    if not named:
        return []
    out: list[tuple[Cause, Analyzed, int, int]] = []
    for a in docs:
        for s0, s1 in split(a.doc.text):
            m = _BESIDE_CAUSES.match(a.doc.text, s0, s1)
            if m is None or not any(key & _stems(m["told"]) for key in named):
                continue
            x = m["x"]
            out.append((Cause(Fact(x, m.start("x") - s0, m.end("x") - s0, "cause"), False), a, s0, s1))
    return out


def _kin_words(a: frozenset[str], b: frozenset[str]) -> int:
    """How many of ``a``'s stems one of ``b``'s shares, or begins ("fail" of "failed" and "failur" of
    "failure")."""
    return sum(1 for x in a if any(x == y or _kin_stems(x, y, 4) for y in b))


def _causes_of_causes(
    docs: Sequence[Analyzed], found: Sequence[tuple[Cause, Analyzed, int, int]]
) -> list[tuple[Cause, Analyzed, int, int]]:
    """Causes of a cause already found ("a pump station failure" -> "The pump motors failed because of years
    of neglected maintenance"): a side that blames further back gives its own cause of the event, in a
    sentence that names the first cause, not the event. The effect before the cue must share two words
    with the cause found."""
    told = [_cause_key(c.fact.text) for c, *_ in found if not c.rejected]
    seen = {(a.doc.id, s0) for _, a, s0, _ in found}
    out: list[tuple[Cause, Analyzed, int, int]] = []
    for a in docs if told else ():
        for s0, s1 in split(a.doc.text):
            if (a.doc.id, s0) in seen:
                continue
            sent = a.doc.text[s0:s1]
            for c in causes_in(sent):
                effect = _cause_key(sent[: c.fact.start])
                if not c.rejected and any(_kin_words(effect, k) >= 2 for k in told):
                    out.append((c, a, s0, s1))
    return out


_EARLIER_EPISODE = re.compile(
    r"\b(?:last\s+(?:month|year|winter|summer|spring|autumn|season)|(?:a|one|two|three|several)\s+"
    r"(?:years?|months?)\s+ago|in\s+(?:19|20)\d\d|previously|the\s+last\s+time|earlier\s+this\s+year)\b",
    re.I,
)


# "What is being blamed for ...", "Who is to blame": the question asks whose account, so sides are expected
_BLAME_Q = re.compile(r"\bblam(?:e|ed|ing)\b", re.I)


def _blamed_elsewhere(rejected: _CauseGroup, asserted: Sequence[_CauseGroup]) -> _CauseGroup | None:
    """The cause another source asserts when its headline names the one a source rejects ("not pesticide
    exposure"; "Beekeepers blame pesticide"): the same side's cause in its own words. Then the sources
    are sides."""
    raw = {w.lower() for c, *_ in rejected if c.rejected for w in _WORD_RE.findall(c.fact.text) if len(w) > 4}
    words = {stem(w) for w in raw}
    rejecters = {a.doc.id for _, a, _, _ in rejected}
    for g in asserted:
        for c, a, _, _ in g:
            if a.doc.id in rejecters:
                continue
            if words & {stem(w) for w in _WORD_RE.findall(a.doc.title or a.doc.text.split("\n", 1)[0])}:
                return g
            # "This is warming, not fishing," he said; "It's overfishing", says the other side
            if any(w.lower().endswith(r) for w in _WORD_RE.findall(c.fact.text) for r in raw):
                return g
    return None


def _earlier_episode(text: str, lo: int, hi: int, names: frozenset[str] = frozenset()) -> bool:
    """Does the sentence, before its cause, place what it tells at an earlier time ("Last month sailings
    were cancelled ... because of gales")? Not when the time is that of the event the question names, told
    by a later report ("The fire at the Palayamkottai substation last month was caused by ...")."""
    m = _EARLIER_EPISODE.search(text, lo, hi)
    if m is None:
        return False
    named = _NAMED_EVENT_BEFORE.search(text, max(lo, m.start() - 80), m.start())
    return named is None or not (_stems(named.group("n")) & names)


# "the fire at the Palayamkottai substation last month": an event named by its place, then its time
_NAMED_EVENT_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa])\s+[a-z]+\s+(?:at|in|on|near)\s+(?:the\s+)?(?P<n>(?:[A-Z][\w'’-]*\s+){1,4})(?:[a-z]+\s+){0,2}$"
)


# A question about a state that goes on: "Why is the pool still closed?", "Why does the road remain shut?"
_STILL_Q = re.compile(r"\b(?:still|remains?|continues?\s+to\s+be|yet\s+to)\b", re.I)


def _later_cause(
    groups: Sequence[_CauseGroup], docs: Sequence[Analyzed], *, still: bool = False
) -> tuple[_CauseGroup, list[_CauseGroup]] | None:
    """The cause that replaced others over time: a source names a cause of its own and also the other
    sources' cause as one that is over ("even though Storm Fionn has passed, after engineers found a
    fault in the gearbox"). Nobody may argue over the causes. With ``still`` (the question asks why a
    state goes on), a cause every source of which is dated after every source of the others is the one
    that holds now: the steel came, then the builder went into administration. An old cause may also be
    told as over by a source in between, which gives a cause of its own that the newest source then tells
    as over (the funding gap was covered, but asbestos was found; the asbestos was removed, but the tank
    cracked)."""
    for first in groups:
        now_docs = list({a.doc.id: a for _, a, _, _ in first}.values())
        ids = {a.doc.id for a in now_docs}
        # "contractors discovered asbestos ... will remain closed while licensed contractors remove the
        # asbestos": causes only the same sources name are one account of the newer state
        now = [x for g in groups if {a.doc.id for _, a, _, _ in g} <= ids for x in g]
        old = [g for g in groups if not {a.doc.id for _, a, _, _ in g} <= ids]
        # "The pool had been closed for planned maintenance": a newer source telling the old cause as that
        # of the state before still leaves it to the older sources
        old = [
            kept
            for g in old
            if (
                kept := [
                    x
                    for x in g
                    if not (x[1].doc.id in ids and _HAD_BEEN_FOR.search(x[1].doc.text, x[2], x[3]))
                ]
            )
        ]
        if not old or any(a in now_docs for g in old for _, a, _, _ in g):
            continue
        if any(_RIVALRY.search(a.doc.text) for a in now_docs):
            continue
        if all(_replaced(g, now_docs) for g in old) or _found_over_guesses(now, old):
            return now, old
        if all(_replaced(g, _later_docs(g, docs)) for g in old) and _replaced_in_turn(now_docs, docs):
            return now, old
        if still and _all_after(now_docs, [a for g in old for _, a, _, _ in g]):
            return now, old
    return None


def _later_docs(g: _CauseGroup, docs: Sequence[Analyzed]) -> list[Analyzed]:
    """The documents dated after every source of a cause, by their date intervals."""
    told = [a for _, a, _, _ in g]
    return [a for a in docs if a not in told and _all_after([a], told)]


def _replaced_in_turn(now_docs: Sequence[Analyzed], docs: Sequence[Analyzed]) -> bool:
    """Does a newest source tell as over the cause some source before it gave ("The asbestos removal was
    completed in July. Unfortunately, ... engineers found a cracked pool tank")? Then the sources tell one
    chain of causes, each over by the time of the next."""
    for a in docs:
        if a in now_docs or not _all_after(now_docs, [a]):
            continue
        own = [c for s0, s1 in split(a.doc.text) for c in causes_in(a.doc.text[s0:s1]) if not c.rejected]
        if own and _replaced([(c, a, 0, 0) for c in own], now_docs):
            return True
    return False


def _all_after(later: Sequence[Analyzed], earlier: Sequence[Analyzed]) -> bool:
    """Is every one of ``later`` dated after every one of ``earlier``, by their date intervals?"""
    starts = [a.date.earliest for a in later]
    ends = [a.date.latest for a in earlier]
    if any(d is None for d in (*starts, *ends)):
        return False
    return min(d for d in starts if d is not None) > max(d for d in ends if d is not None)


# What an inquiry established: "an inquiry by the utility has found", "the investigation concluded"
_FOUND_BY = re.compile(
    r"\b(?:inquiry|enquiry|investigation|probe|review|report|inspection|audit|inquest)\b[^.;]{0,80}?"
    r"\b(?:found|finds|has\s+found|concluded|concludes|determined|established|ruled|confirmed)\b"
    r"|\b(?:found|concluded|determined|established)\s+(?:by|in)\s+(?:an?|the)\s+(?:\w+\s+)?"
    r"(?:inquiry|enquiry|investigation|probe|review|report)\b",
    re.I,
)
# A cause only guessed at: "may have contributed", "a short circuit was suspected"
_GUESSED = re.compile(
    r"\b(?:may|might|could)\s+(?:have\s+)?(?:been|contributed|caused|played|triggered)|\bsuspect(?:ed|s)?\b"
    r"|\b(?:possibly|probably|likely|believed|thought)\b",
    re.I,
)


def _firm_day(a: Analyzed) -> bool:
    """Is the source dated to one day by more than the corpus's reasoning ("on or after" a story's day)?"""
    est = a.date
    return est.granularity == "day" and est.earliest == est.latest and not est.rule.startswith("corpus")


def _found_over_guesses(now: _CauseGroup, old: Sequence[_CauseGroup]) -> bool:
    """Did an inquiry, reported after every other cause was put forward, establish this one, when the
    others were only guessed at ("may have contributed", "suspected")? The finding's source must be dated to
    a day; a guess from a source dated only by reasoning is taken to come before it."""
    if not any(_FOUND_BY.search(a.doc.text, s0, s1) for _, a, s0, s1 in now):
        return False
    days = [a.date.earliest for _, a, _, _ in now if _firm_day(a) and a.date.earliest is not None]
    if not days:
        return False
    found_on = max(days)
    return all(
        all(_GUESSED.search(a.doc.text, s0, s1) for _, a, s0, s1 in g)
        and all(not _firm_day(a) or (a.date.latest or found_on) < found_on for _, a, _, _ in g)
        for g in old
    )


def _replaced(old: _CauseGroup, now_docs: Sequence[Analyzed]) -> bool:
    """Do the newer sources name the old cause as one that is over ("even though Storm Ide has passed")?
    A later report that merely names it again may be a side arguing, so it does not count."""
    # any wording of the cause may be the one the newer source uses ("stage upgrade", "new stage rigging")
    keys = [_cause_key(c.fact.text) for c, *_ in old]
    if any(
        any(key & _stems(a.doc.text[m.end() : m.end() + 40]) for key in keys)
        for a in now_docs
        for m in _ADDED_TO.finditer(a.doc.text)
    ):
        return False  # "In addition to the pump breakdown, load-shedding meant ...": one cause beside another
    # "The closure ... has been extended indefinitely after engineers discovered corrosion", in a story that
    # names the works it was first closed for: that cause gave way to the new one
    extended = any(
        _CLOSURE_EXTENDED.search(a.doc.text)
        and any(len(key & _stems(a.doc.text)) >= min(2, len(key)) for key in keys)
        for a in now_docs
    )
    return extended or any(
        any(key & _stems(a.doc.text[s0:s1]) for key in keys) and _CAUSE_OVER.search(a.doc.text, s0, s1)
        for a in now_docs
        for s0, s1 in split(a.doc.text)
    )


# A cause set beside one told before, however the sentence goes on: "along with the storm"
_ADDED_TO = re.compile(r"\b(?:" + _BESIDE + r"|along\s+with|together\s+with|combined\s+with)\s+", re.I)
_HAD_BEEN_FOR = re.compile(
    r"\bhad\s+been\s+(?:closed|shut|suspended|halted|out\s+of\s+(?:use|action))\b", re.I
)
_CLOSURE_EXTENDED = re.compile(
    r"\b(?:closure|shutdown|closing)\b[^.;]{0,60}?\b(?:extended|prolonged|lengthened)\b"
    # "will stay closed indefinitely after surveyors found RAAC"
    r"|\b(?:stay|remain)s?\s+(?:closed|shut)\s+(?:(?:indefinitely|longer|for\s+longer|for\s+now)\s+)?"
    r"(?:until\s+(?:at\s+least\s+)?[^.;]{0,30}?\s+)?(?:after|because|as)\b",
    re.I,
)


# A cause named as over: "even though Storm Fionn has passed", "the strike has ended", "no longer".
_CAUSE_OVER = re.compile(
    r"\b(?:has|have|had)\s+(?:now\s+)?(?:passed|eased|ended|cleared|subsided|been\s+(?:lifted|fixed|repaired|"
    r"resolved))\b|\bno\s+longer\b|\beven\s+though\b|\bdespite\b"
    # "New staff have now been recruited", "It's the asbestos now, not the staffing"
    r"|\b(?:has|have|had)\s+(?:now\s+)?been\s+(?:recruited|hired|appointed|filled|replaced)\b|\bnow\s*,\s+not\b"
    # "the rigging works, which the venue says are now complete"
    r"|\b(?:is|are|was|were)\s+(?:now\s+)?(?:complete|completed|finished|done)\b"
    # "the debris was cleared long ago" (but "will reopen once the trusses are fixed" is still to come)
    r"|\b(?:was|were|been)\s+(?:now\s+)?(?:cleared|removed|repaired|fixed)\b"
    # "the closure is now only because of bridge reconstruction"
    r"|\bnow\s+only\s+(?:because|due)\b"
    # "after the Welsh Government agreed to cover the funding gap"
    r"|\b(?:cover|close|plug|bridge|fill|meet)(?:s|ed|ing)?\s+the\s+(?:[\w-]+\s+)?(?:gap|shortfall)\b",
    re.I,
)


# A question asking whom something should honour or go to
_SHOULD_WHO_Q = re.compile(r"\bwhom?\s+(?:should|ought|must)\b", re.I)


def _may_be_person(name: str, asked: set[str]) -> bool:
    """A name that may be a person's: no word of the question's own names ("Shannon" of
    Carrick-on-Shannon), no body's name ("the Rowing Club")."""
    words = name.lower().split()
    return not any(w in asked for w in words) and words[-1] not in _ORG_END


# Questions whose answer has several parts: "when and where", "what damage", "how is it funded",
# "what did archaeologists find", "what rules ... set".
_MULTI_PART_Q = re.compile(
    r"\b(?:who|what|when|where|which|how)\s+and\s+(?:who|what|when|where|which|how)\b"
    r"|,\s*(?:and\s+)?(?:who|what|when|where|which|how)\b|\band\s+(?:who|what|when|where|which|how)\b"
    r"|^(?:what|how\s+much)\s+damage\b|^what\s+(?:did|have|has)\b.*\b(?:find|found|discover\w*|uncover\w*)\b"
    r"|^how\s+(?:is|are|was|were|will)\b.*\b(?:funded|financed|paid\s+for)\b",
    re.I,
)


# The holder a sentence says has gone, named next: "following the departure of", "replacing", "took over from"
_LEFT_BEFORE = re.compile(
    r"\b(?:(?:departure|exit|resignation|retirement)\s+of|succeed(?:s|ed|ing)?|replac(?:es|ed|ing)|"
    r"t(?:ook|akes|aking)\s+over\s+from|in\s+place\s+of)\s+(?:(?:the\s+)?(?:former|outgoing|departing|retiring)\s+)?$",
    re.I,
)


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
    # "After whom should the bridge be named?": each story's proposal is a person's name, not the figures
    # beside it ("pulled more than a dozen people from the water")
    who = _SHOULD_WHO_Q.search(q.text) is not None
    asked = {w for w in re.split(r"[^\w'’]+", q.text.lower()) if w}  # "Carrick-on-Shannon" asks "shannon"
    for sc, a, s0, s1 in sorted(scored, key=lambda s: -s[0]):
        if sc < floor:
            break
        story = per_story.setdefault(clusters.get(a.doc.id, 0), [])
        if len(story) >= 2:
            continue
        sent = a.doc.text[s0:s1]
        names = [
            f
            for f in name_facts(sent, q.text)
            if f.text
            and (not who or _may_be_person(f.text, asked))
            # "appointed Kari Aune ... following the departure of Ola Vik", asked who runs it: he left
            and not (q.kind == "person" and _LEFT_BEFORE.search(sent, max(0, f.start - 50), f.start))
        ]
        facts = (
            names
            if names and who
            else [*quantity_facts(sent, s0, [c for c in a.claims if c.sentence_start == s0]), *names]
        )
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
    proposals = (
        not several
        and not shared
        and len(stories) > 1
        and who
        and all(fs and all(f.kind == "name" for f in fs) for v in stories.values() for *_, fs in v[:1])
    )
    if proposals:
        # "After whom should the bridge be named?" answered with a different name by each story: each
        # story's proposal is a side
        ctype = "conflicting_opinions"
    values: list[str] = []
    seen: set[str] = set()
    chosen = (
        [v[:1] for v in stories.values()]
        if proposals
        else list(stories.values())
        if ctype == "complementary"
        else [next(iter(stories.values()))[:1]]
    )
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
    rule = (
        "conflicting_opinions.named-proposals"
        if proposals
        else "complementary.facts-per-story"
        if ctype == "complementary"
        else "no_conflict.facts"
    )
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
        # "An earlier version of this article said the burial was about 5,200 years old": a figure a
        # correction withdraws is no side's estimate
        pool = {a.doc.id: a for _, a, _, _ in scored}.values()
        wrong = {
            _number_key(c) for a in pool for c in a.claims if c.kind == "quantity" and _in_correction(a, c)
        }
        right = [i for i in (*anchors, *rivals) if i.key not in wrong]
        if wrong & {i.key for i in (*anchors, *rivals)} and right:
            ctype, rule = "misinformation", "misinformation.corrected-figure"
            lines.append("a correction withdraws " + ", ".join(sorted(wrong)))
            values = list(dict.fromkeys(_measured(i.claim) for i in right))
            anchors, rivals = right, []
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
        "misinformation": "A correction withdraws the other figure reported: ",
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
