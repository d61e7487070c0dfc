"""When each phase: a question after the stages of one project ("When will each stage of the King Street
upgrade take place?") is answered by the date each source gives its own stage ("Stage 1 ... will commence
in March 2024", "Phase two starts May 21", "the last phase, July 2 to July 12"): parts of one timetable,
not rival dates for one event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from tidings.ask.common import _doc_item, _on_topic, _Slot
from tidings.ask.dates import _date_claim
from tidings.ask.question import Question, _expand, _stems
from tidings.ask.render import TIMETABLE
from tidings.conflicts import Group, Item, Resolution
from tidings.model import Analyzed, TimeExpr
from tidings.sentences import split

# "When do the phases of ... take place?", "When will each stage of ... happen?"
PHASES_Q = re.compile(r"^\s*when\b.*\b(?:phases|stages|each\s+(?:phase|stage))\b", re.I)

_ORDINALS = {
    "first": "1",
    "second": "2",
    "third": "3",
    "fourth": "4",
    "fifth": "5",
    "final": "last",
    "last": "last",
}
_NUMBERS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "i": "1",
    "ii": "2",
    "iii": "3",
    "iv": "4",
}

# "Stage 1", "phase two", "the first phase", "the last stage"; "later stages" names no one stage
_PHASE = re.compile(
    r"\b(?:(?P<ord>first|second|third|fourth|fifth|final|last)\s+(?:phase|stage)"
    r"|(?:phase|stage)\s+(?P<n>[1-9]|one|two|three|four|five|iv|i{1,3})(?![\w-]))",
    re.I,
)

# a date the stage runs from or to: a day, a month or a season of a year, not a span or a repeat
_WHEN = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?|-(?:SP|SU|FA|WI))?")


_RULE = "date.phase-"  # the claim rule, with the stage after it: "date.phase-2", "date.phase-last"
_SHARED_WORDS = 2  # of the question's words, besides its names, a source that names none of them shares


def _phase_id(m: re.Match[str]) -> str:
    if m.group("ord"):
        return _ORDINALS[m.group("ord").lower()]
    n = m.group("n").lower()
    return _NUMBERS.get(n, n)


def _first_date(a: Analyzed, lo: int, hi: int) -> TimeExpr | None:
    return next(
        (t for t in a.timexes if lo <= t.start < hi and t.type == "DATE" and _WHEN.fullmatch(t.value)), None
    )


def phase_items(q: Question, docs: Sequence[Analyzed], clusters: dict[str, int]) -> list[Item]:
    """Each stage a source names with its date: the first date of the sentence naming the stage, else of
    the sentence after it ("The last stage is the landscaping ... We're aiming to have that complete by
    February 2025"). A stage dated differently by two sources is no timetable to answer from: none."""
    found: dict[str, Item] = {}
    want = _expand(set(q.terms))
    named = _on_topic(q, docs)
    # a post about "the last phase" of "the bridge on Prescott" may not name the creek the question does
    for a in [a for a in docs if a in named or len(want & _stems(a.doc.text)) >= _SHARED_WORDS]:
        sents = split(a.doc.text)
        for k, (s0, s1) in enumerate(sents):
            for m in _PHASE.finditer(a.doc.text, s0, s1):
                t = _first_date(a, s0, s1)
                lo, hi = s0, s1
                if t is None and k + 1 < len(sents):
                    lo, hi = sents[k + 1]
                    t = _first_date(a, lo, hi)
                if t is None:
                    continue
                phase = _phase_id(m)
                c = _date_claim(a, t, q.focus, lo, hi, _RULE + phase, "asserted")
                item = _doc_item(a, c, c.value, 1.0, clusters.get(a.doc.id, 0))
                if phase in found and found[phase].claim.value != c.value:
                    return []
                found.setdefault(phase, item)
    return list(found.values()) if len(found) > 1 else []


def phases_slot(q: Question, docs: Sequence[Analyzed], clusters: dict[str, int]) -> _Slot:
    """The date of each stage, as parts of one answer; empty when fewer than two stages are dated."""
    return _Slot(tuple(phase_items(q, docs, clusters)), (), (), parts=True)


def _phase_rank(g: Group) -> tuple[bool, str]:
    phase = g.newest.claim.rule.removeprefix(_RULE)
    return phase == "last", phase


def in_phase_order(res: Resolution) -> Resolution:
    """The stages' dates told in the order of the stages, the last one last."""
    return replace(res, current=tuple(sorted(res.current, key=_phase_rank)), rule=TIMETABLE)
