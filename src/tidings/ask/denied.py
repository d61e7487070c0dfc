"""A state one source reports and another denies in the same words: "the geyser has DRIED UP for good"
against "The geyser has not dried up". No refutation cue marks the denial ("false", "untrue"); the words
themselves do. The denying source is the one to answer from: what it states instead is what is so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tidings.ask.common import _on_topic
from tidings.ask.corrections import _best_clause, _in_reply
from tidings.ask.question import Question, _expand, _stems
from tidings.model import Analyzed
from tidings.sentences import asks, split

__all__ = ["DeniedState", "denied_claims", "denied_state"]

# A state told by a verb's participle after "has", "is" or "was" (with "not" for its denial): "has dried
# up", "has been sold", "is not closing", "was not cancelled"
_PARTICIPLE = r"[a-z]+(?:ed|en)|sold|shut|closed"
_PARTICLE = r"up|down|out|off|away|dry"
_STATE = re.compile(
    r"\b(?:has|have|had|is|are|was|were|got|gets)\s+(?P<neg>not\s+|never\s+)?(?:been\s+|being\s+)?"
    rf"(?P<p>{_PARTICIPLE}|gone|run\s+dry)(?:\s+(?P<q>{_PARTICLE}))?\b",
    re.I,
)
_NEGATED_AUX = re.compile(
    r"\b(?:hasn['’]t|haven['’]t|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\s+(?:been\s+)?", re.I
)
# The participle after a contracted denial ("hasn't been | sold")
_DENIED_NEXT = re.compile(rf"({_PARTICIPLE})(?:\s+({_PARTICLE}))?\b", re.I)
# Participles that tell no state of the subject ("has said", "was asked")
_NOT_STATE = frozenset(
    """said asked told reported claimed confirmed announced added noted used based expected needed
    called seen heard known shown given written spoken been""".split()
)


@dataclass(frozen=True, slots=True)
class DeniedState:
    """The sentence ``[c0, c1)`` of ``claimed`` reports ``phrase``; the sentence ``[d0, d1)`` of ``denier``
    says it is not so; ``clause`` is what the denying source states instead, in its sentence ``[s0, s1)``."""

    phrase: str
    claimed: Analyzed
    c0: int
    c1: int
    denier: Analyzed
    d0: int
    d1: int
    clause: str
    s0: int
    s1: int


def _states(sent: str) -> tuple[set[str], set[str]]:
    """The states a sentence asserts and those it denies, as lowercased phrases ("dried up")."""
    told: set[str] = set()
    denied: set[str] = set()
    for m in _STATE.finditer(sent):
        p = m.group("p").lower()
        if p in _NOT_STATE:
            continue
        phrase = f"{p} {m.group('q').lower()}" if m.group("q") else p
        (denied if m.group("neg") else told).add(phrase)
    for m in _NEGATED_AUX.finditer(sent):
        nxt = _DENIED_NEXT.match(sent, m.end())
        if nxt is not None and nxt.group(1).lower() not in _NOT_STATE:
            denied.add(
                f"{nxt.group(1).lower()} {nxt.group(2).lower()}" if nxt.group(2) else nxt.group(1).lower()
            )
    return told - denied, denied


def _told_and_denied(
    docs: Sequence[Analyzed],
) -> tuple[dict[str, list[tuple[Analyzed, int, int]]], list[tuple[str, Analyzed, int, int]]]:
    """Each state the documents' sentences report, with where, and each denial with its sentence."""
    told: dict[str, list[tuple[Analyzed, int, int]]] = {}
    denials: list[tuple[str, Analyzed, int, int]] = []
    for a in docs:
        for s0, s1 in split(a.doc.text):
            sent = a.doc.text[s0:s1]
            if asks(sent) or _in_reply(a.doc.text, s0):
                continue  # a reader's reply under a post ("Haven't seen anything from the club") says nothing
            yes, no = _states(sent)
            for p in yes:
                told.setdefault(p, []).append((a, s0, s1))
            denials.extend((p, a, s0, s1) for p in no)
    return told, denials


def denied_claims(pool: Sequence[Analyzed]) -> set[tuple[str, int]]:
    """The sentences (document id, start) of sources reporting a state another source denies in the same
    words ("the ore dock got SOLD to ..." against "has not been sold"). A rumour may not name its subject
    in full ("the ore dock", not "the Lower Harbor ore dock"): the pile's sources all count."""
    told, denials = _told_and_denied(pool)
    return {
        (b.doc.id, c0)
        for phrase, a, _, _ in denials
        for b, c0, _ in told.get(phrase, ())
        if b.doc.id != a.doc.id
    }


def denied_state(q: Question, pool: Sequence[Analyzed]) -> DeniedState | None:
    """A state one on-topic source reports and another denies, with what the denying source states
    instead: its sentence sharing most of the question's words (two at least) that denies nothing."""
    docs = _on_topic(q, pool)
    if len(docs) < 2:
        return None
    want = _expand(set(q.terms))
    told, denials = _told_and_denied(docs)
    for phrase, a, d0, d1 in denials:
        claim = next((t for t in told.get(phrase, ()) if t[0].doc.id != a.doc.id), None)
        if claim is None:
            continue
        best: tuple[int, int, int, str] | None = None
        for s0, s1 in split(a.doc.text):
            sent = a.doc.text[s0:s1]
            if s0 == d0 or asks(sent) or _states(sent)[1]:
                continue
            score = len(want & _stems(sent))
            clause = _best_clause(sent, want)
            if score < 2 or len(clause.split()) < 3:
                continue
            # a sentence of the body says more than a headline sharing as many words
            score = 2 * score + sent.rstrip(" \"”')").endswith((".", "!"))
            if best is None or score > best[0]:
                best = (score, s0, s1, clause)
        if best is None:
            continue
        _, s0, s1, clause = best
        b, c0, c1 = claim
        return DeniedState(phrase, b, c0, c1, a, d0, d1, clause, s0, s1)
    return None
