"""Questions for the kind of a thing: "What species was the whale?", "What breed of dog bit the boy?".

The answer is the word (or two) a source writes before the thing's noun: "a 14-metre male sperm whale"
gives "sperm whale". Words that describe this one animal or object (its size, sex, age, state) are no kind,
and the kind most sources give wins.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from tidings.ask.question import Question
from tidings.claims import lemma
from tidings.model import Analyzed
from tidings.sentences import split

_KIND_Q = re.compile(
    r"^(?:what|which)\s+(?:species|kind|type|sort|breed|make|model|variety|strain|brand)\s+"
    r"(?:of\s+(?P<n1>[a-z-]+)\b|(?:is|was|were|are|will|did|does|do)\s+(?:the|this|that|a|an)\s+"
    r"(?:[a-z-]+\s+)??(?P<n2>[a-z-]+)\b(?=\s+(?:that|which|who|involved|found|seen|stranded|used|in|at|on|"
    r"behind|responsible)\b|\s*\?))",
    re.I,
)
# Words that say which one, how big, how old or in what state, never what kind
_NOT_KIND = frozenset(
    """a an the this that these those its their his her our one two three four five six seven eight nine ten
    dead live living alive young old adult juvenile baby male female large small big huge giant tiny
    injured stranded sick rare same other another new first second third last only single lone whole
    beached wild stray missing escaped suspected reported local so such each every any some no
    of in at on by for with from to and or but as was is were are be been has have had""".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def asked_kind(q: Question) -> str | None:
    """The noun whose kind the question asks for ("whale"), or None for other questions."""
    m = _KIND_Q.match(q.text.strip())
    if m is None:
        return None
    return (m.group("n1") or m.group("n2")).lower()


def kind_members(pool: Sequence[Analyzed], noun: str) -> list[tuple[str, Analyzed, int, int]]:
    """The kind most sources write before the noun, with the first sentence that writes it. A word before
    the kind belongs to it when every mention of the kind has it ("great white shark")."""
    head = lemma(noun)
    votes: Counter[str] = Counter()
    first: dict[str, tuple[str, Analyzed, int, int]] = {}  # each kind as first written ("Bengal"), and where
    before: dict[str, set[str]] = {}
    for a in pool:
        mine: set[str] = set()
        for s0, s1 in split(a.doc.text):
            words = [w.group(0) for w in _WORD.finditer(a.doc.text, s0, s1)]
            for i, w in enumerate(words):
                if i == 0 or lemma(w.lower()) != head:
                    continue
                prev = words[i - 1]
                if prev.lower() in _NOT_KIND or "-" in prev:
                    continue
                kind = prev.lower() if i == 1 and prev[0].isupper() else prev  # a sentence's capital
                key = kind.lower()
                two = words[i - 2] if i >= 2 else ""
                before.setdefault(key, set()).add(
                    two.lower() if two and two.lower() not in _NOT_KIND and two[0].islower() else ""
                )
                if key not in mine:
                    mine.add(key)
                    votes[key] += 1
                    first.setdefault(key, (kind, a, s0, s1))
    if not votes:
        return []
    best = votes.most_common(1)[0][0]
    written, a, s0, s1 = first[best]
    lead = before[best]
    shown = (
        f"{next(iter(lead))} {written}" if len(lead) == 1 and "" not in lead and votes[best] > 1 else written
    )
    return [(f"{shown} {noun}", a, s0, s1)]
