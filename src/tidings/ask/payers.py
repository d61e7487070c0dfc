"""Who should pay: the parties sources say should meet a cost ("central government should pay", "80% of
the cost is met by the property owners who benefit"). A question of who ought to pay is one of opinion:
sides naming different payers disagree, sources naming the same one agree."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tidings.ask.common import _on_topic, _sides_answer
from tidings.ask.question import Question, _expand, _stems
from tidings.model import Analyzed, Answer
from tidings.sentences import split

# "Who should pay for the seawall?", "Who will foot the bill for the new bridge?"
PAY_Q = re.compile(
    r"^who\s+(?:should|will|must|ought\s+to|is\s+going\s+to|is\s+to|has\s+to|needs\s+to)\s+"
    r"(?:pay|foot|fund|cover|meet|bear|pick\s+up)\b",
    re.I,
)

_PARTY = r"(?P<np>(?:[A-Za-z][\w'’-]*\s+){0,2}[A-Za-z][\w'’-]*)"
_PAYING = (
    r"(?:pay|foot\s+the\s+bill|fund\s+(?:it|the\s+\w+)|cover\s+the\s+cost|meet\s+the\s+cost|bear\s+the\s+cost|"
    r"carry\s+(?:most\s+of\s+|all\s+of\s+|the\s+bulk\s+of\s+)?the\s+cost|pick\s+up\s+the\s+(?:bill|tab)|"
    # "must share the extra cost", "is expected to meet a share of the increase"
    r"share\s+(?:the\s+)?(?:extra\s+|additional\s+|rising\s+)?costs?|meet\s+a\s+share\s+of)\b"
)
# "central government should pay", "the council, as the local authority, must share the extra cost"
_SHOULD_PAY = re.compile(
    _PARTY + r"(?:,\s+[^,;.]{3,60},)?\s+(?:should|must|ought\s+to|will\s+have\s+to|has\s+to|have\s+to|"
    r"(?:is|are)\s+expected\s+to)\s+" + _PAYING
)
# "for property owners to carry most of the cost", "calling on the Office of Public Works to pay"
_FOR_TO_PAY = re.compile(
    r"\b(?:for|call(?:s|ed|ing)?\s+on|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?)\s+"
    + _PARTY
    + r"\s+to\s+"
    + _PAYING
)
_PAID_BY = re.compile(
    r"\b(?:met|paid|funded|covered|borne|picked\s+up|footed)\s+by\s+(?:the\s+)?"
    r"(?P<np>(?:[A-Za-z][\w'’-]*\s+){0,1}[A-Za-z][\w'’-]*)"
)
# words a party's phrase may open with that belong to the clause before it ("Residents say central
# government should pay"): dropped from the front
_LEAD_WORDS = frozenset(
    """say says said that the and but so then argue argues argued think thinks believe believes insist
    insists insisted agree agrees position is was it fair unfair right wrong""".split()
)
_NO_PARTY = frozenset("it they we he she who which this that someone somebody everyone nobody you".split())
_NEGATED = re.compile(r"\b(?:not|never|n['’]t)\s+$", re.I)


def _party(raw: str) -> str:
    words = raw.split()
    while words and words[0].lower() in _LEAD_WORDS:
        words.pop(0)
    if not words or all(w.lower() in _NO_PARTY for w in words):
        return ""
    return " ".join(words)


def payers_in(sentence: str) -> list[str]:
    """The parties a sentence says should pay, in order, each once; none said not to pay ("Ratepayers in
    Wairoa shouldn't pay")."""
    out: list[str] = []
    for rx in (_SHOULD_PAY, _FOR_TO_PAY, _PAID_BY):
        for m in rx.finditer(sentence):
            if _NEGATED.search(sentence, 0, m.start()):
                continue
            party = _party(m.group("np"))
            if party and party.lower() not in (p.lower() for p in out):
                out.append(party)
    return out


def payer_answer(
    q: Question, pool: Sequence[Analyzed], clusters: dict[str, int], lines: list[str]
) -> Answer | None:
    """The payers each source argues for: different payers from more than one story are sides of a dispute
    (conflicting opinions), one payer is the answer. None when no source names a payer."""
    docs = _on_topic(q, pool) or list(pool)
    want = _expand(set(q.terms))
    said: list[tuple[str, Analyzed, int, int]] = []
    for a in docs:
        if not want & _stems(a.doc.text):
            continue
        for s0, s1 in split(a.doc.text):
            said += [(party, a, s0, s1) for party in payers_in(a.doc.text[s0:s1])]
    if not said:
        return None
    # "Railpath" and "Railpath Assets" are one party, named by its longest name
    names: dict[str, str] = {}
    for party, *_ in sorted(said, key=lambda x: -len(_stems(x[0]))):
        st = _stems(party)
        names.setdefault(next((k for k in names if st <= _stems(names[k])), party.lower()), party)
    found: dict[str, list[tuple[Analyzed, int, int]]] = {}
    for party, a, s0, s1 in said:
        key = next(k for k in names if _stems(party) <= _stems(names[k]))
        found.setdefault(key, []).append((a, s0, s1))
    return _sides_answer(
        q,
        found,
        names,
        clusters,
        lines,
        what="who should pay",
        rule="payers",
        disputed_lead="Sources disagree on who should pay. ",
    )
