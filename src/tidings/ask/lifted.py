"""A graded scale set aside as a whole: "all water restrictions in George have been lifted" answers "What
level of water restrictions is in force?" with no rung at all, newer than every rung the sources name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tidings.ask.common import _doc_item
from tidings.ask.question import Question, _stems, stem, terms_of
from tidings.claims import GRADE_WORDS
from tidings.conflicts import Item
from tidings.model import Analyzed, Claim
from tidings.sentences import asks, split

# "have been lifted", "were scrapped", "is no longer in force": the whole scale is gone
_LIFTED = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:now\s+)?been|is|are|was|were)\s+(?:now\s+|all\s+|fully\s+|completely\s+|"
    r"officially\s+)?(?P<verb>lifted|scrapped|removed|withdrawn|ended|stood\s+down|cancelled|dropped)\b"
    r"|\b(?:is|are)\s+no\s+longer\s+in\s+(?:force|effect|place)\b",
    re.I,
)
# "would move to lift restrictions if the dam rises", "could be lifted": not done
_NOT_DONE = re.compile(r"\b(?:would|could|might|may|will|if|unless|when|once|hopes?|plans?|expects?)\b", re.I)
_NEGATED = re.compile(r"\b(?:not|never|yet\s+to)\s+(?:\w+\s+)?$", re.I)
# the day it took effect, written right after the cue: "with effect from 1 October 2023", "on 1 October"
_FROM_DAY = re.compile(r"\s*(?:,\s*)?(?:with\s+effect\s+)?(?:from|on|as\s+of|since)\s+$", re.I)
_WHAT_LEFT = 40  # characters: how far before the cue the scale's noun may stand


def lifted_items(q: Question, docs: Sequence[Analyzed], clusters: dict[str, int], score: float) -> list[Item]:
    """Items saying the scale asked about was lifted as a whole, each scored ``score`` (a rung's base)."""
    nouns = set(terms_of(q.focus)) - {stem(w) for w in GRADE_WORDS}
    if not nouns:
        return []
    out: list[Item] = []
    for a in docs:
        text = a.doc.text
        for lo, hi in split(text):
            sent = text[lo:hi]
            if asks(sent):
                continue
            m = _LIFTED.search(sent)
            if m is None or not nouns & _stems(sent[max(0, m.start() - _WHAT_LEFT) : m.start()]):
                continue
            clause_start = max(sent.rfind(",", 0, m.start()), sent.rfind(";", 0, m.start()), 0)
            if _NOT_DONE.search(sent, clause_start, m.start()) or _NEGATED.search(sent, 0, m.start()):
                continue
            value = "lifted"
            for t in a.timexes:
                if t.type == "DATE" and lo + m.end() <= t.start <= lo + m.end() + 30:
                    if _FROM_DAY.fullmatch(text, lo + m.end(), t.start):
                        value = f"lifted from {t.text}"
                    break
            claim = Claim(
                doc_id=a.doc.id,
                start=lo + m.start(),
                end=lo + m.end(),
                kind="quantity",
                subject="",
                attribute="grade",
                value=value,
                sentence_start=lo,
                sentence_end=hi,
                rule="quantity.grade.lifted",
            )
            out.append(_doc_item(a, claim, "lifted", score, clusters.get(a.doc.id, 0), dated_by_doc=True))
            break  # one per source
    return out
