"""The two sides of a row as a news story sums them up: "The Combined Authority says its benefit-cost ratio
of 2.4 shows the line is good value, while the Taxpayers' Alliance has called it a 'white elephant'";
"Supporters say the £6.4m subsidy makes a bridge the better option. Opponents say a bridge could cost £380m".

Balanced reporting puts each side's strongest point, attributed, into one sentence or two adjacent ones
joined by a contrast. Those clauses are what a reader of a conflicting-opinions answer needs: each side's
figure or its own catchword, not the first figure each source happens to state.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Side", "side_pairs"]


@dataclass(frozen=True, slots=True)
class Side:
    """One side's clause (character offsets into the document) and the short phrase it is quoted as
    using, if any ("white elephant")."""

    start: int
    end: int
    quoted: str | None


# A side's claim is attributed: a reporting or judging verb after its holder.
_ATTRIBUTED = re.compile(
    r"\b(?:says?|said|argues?|argued|claims?|claimed|believes?|forecasts?|(?:is|are)\s+forecasting|"
    r"expects?|predicts?|predicted|warns?|warned|insists?|insisted|maintains?|contends?|estimates?|"
    r"(?:has|have|had)\s+(?:called|described|dismissed|branded|labelled|labeled)|called\s+it|"
    r"branded\s+it|dismissed\s+it|describes?\s+it|points?\s+to|pointing\s+to|thinks?|reckons?|"
    # "the landscape officer called the effect 'significant adverse'"
    r"(?:called|described|branded|dubbed|labell?ed|termed)\s+(?:it|the\s+\w+|this|that)\s+[\"“‘]|"
    r"calls?\s+(?:it|the\s+\w+)\s+[\"“‘])",
    re.I,
)
# Inside one sentence, the second side follows a contrast: ", while the Alliance has called it ...".
_CLAUSE_TURN = re.compile(r",?\s+(?:while|whereas)\s+|[,;]\s+but\s+|;\s+", re.I)
# A sentence that opens the other side: "But senior doctors say ...", "Opponents including ... say".
_AGAINST = r"(?:opponents|critics|objectors|sceptics|skeptics|detractors)\b"
_SENTENCE_TURN = re.compile(
    r"\s*(?:(?:but|however|yet|others|meanwhile|in\s+contrast|on\s+the\s+other\s+hand|by\s+contrast)\b|"
    + _AGAINST
    + ")",
    re.I,
)
# "Opponents say ...." then "Supporters say ...": the side in favour answers the side against.
_OPENS_AGAINST = re.compile(r"\s*" + _AGAINST, re.I)
_OPENS_FOR = re.compile(r"\s*(?:supporters|proponents|backers|advocates|defenders)\b", re.I)
# A catchword in double or curly quotes; a plain apostrophe is too often a possessive to open a quote.
_QUOTED = re.compile(r"[\"“‘]([A-Za-z][^\"”’]{2,40}?)[\"”’](?!\w)")
_QUOTED_WORDS = 5


def _side(text: str, start: int, end: int) -> Side:
    quoted = next(
        (m.group(1) for m in _QUOTED.finditer(text, start, end) if len(m.group(1).split()) <= _QUOTED_WORDS),
        None,
    )
    return Side(start, end, quoted)


def side_pairs(text: str, sentences: Sequence[tuple[int, int]]) -> list[tuple[Side, Side]]:
    """Pairs of attributed clauses a contrast sets against each other, in the order the text gives them:
    within one sentence ("X says ..., while Y ...") or across two adjacent ones ("X says .... But Y says
    ...", "Supporters say .... Opponents say ...")."""
    out: list[tuple[Side, Side]] = []
    for i, (s0, s1) in enumerate(sentences):
        for m in _CLAUSE_TURN.finditer(text, s0, s1):
            if _ATTRIBUTED.search(text, s0, m.start()) and _ATTRIBUTED.search(text, m.end(), s1):
                out.append((_side(text, s0, m.start()), _side(text, m.end(), s1)))
                break
        if i + 1 >= len(sentences):
            continue
        n0, n1 = sentences[i + 1]
        turns = _SENTENCE_TURN.match(text, n0, n1) is not None or (
            _OPENS_AGAINST.match(text, s0, s1) is not None and _OPENS_FOR.match(text, n0, n1) is not None
        )
        if not turns:
            continue
        if _ATTRIBUTED.search(text, s0, s1) and _ATTRIBUTED.search(text, n0, n1):
            out.append((_side(text, s0, s1), _side(text, n0, n1)))
    return out
