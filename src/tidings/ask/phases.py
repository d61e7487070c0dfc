"""When each stage: a question after the stages of one project ("When will each stage of the King Street
upgrade take place?", "When will the Piper Street works take place?") is answered by the date each source
gives its own stage ("Stage 1 ... will commence in March 2024", "Phase two starts May 21", "the last phase,
July 2 to July 12"): parts of one timetable, not rival dates for one event. A stage's start is taken over a
plain date and over its end; the answer is told in stage order, as of the newest source that gives a stage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from tidings.ask.common import _doc_item, _on_topic, _Slot
from tidings.ask.dates import _date_claim, _date_slot
from tidings.ask.question import Question, _expand, _stems
from tidings.ask.render import TIMETABLE
from tidings.conflicts import Item, Resolution
from tidings.model import Analyzed, TimeExpr
from tidings.sentences import split
from tidings.timex._lexicon import ONES, ORDINALS

# "When do the phases of ... take place?", "When will each stage of ... happen?"; "When will the Piper Street
# works take place?" asks the same of works done in stages
PHASES_Q = re.compile(
    r"^\s*when\b.*\b(?:phases|stages|each\s+(?:phase|stage))\b"
    r"|^\s*when\s+(?:will|do|does|is|are)\b.*\b(?:works|project|upgrade|roadworks|construction|renovation|"
    r"rehabilitation|resurfacing|refurbishment|redevelopment)\s+(?:[\w'’-]+\s+){0,3}?take\s+place\b",
    re.I,
)

# A stage's number: "the third phase" and "Stage 3" and "phase three" are one stage; "the final stage" is the
# last, whatever its number
_ORDINALS = {w: str(ORDINALS[w]) for w in ("first", "second", "third", "fourth", "fifth")}
_ORDINALS |= {"final": "last", "last": "last"}
_NUMBERS = {w: str(ONES[w]) for w in ("one", "two", "three", "four", "five")}
_NUMBERS |= {"i": "1", "ii": "2", "iii": "3", "iv": "4"}

# "Stage 1", "phase two", "the first phase", "the last stage"; "later stages" names no one stage
_PHASE = re.compile(
    # "the final piece is the tree planting": a part of the works named by its place in them
    r"\b(?:(?P<ord>first|second|third|fourth|fifth|final|last)\s+(?:phase|stage|piece|part)"
    r"|(?:phase|stage)\s+(?P<n>[1-9]|one|two|three|four|five|iv|i{1,3})(?![\w-]))",
    re.I,
)

# a date the stage runs from or to: a day, a month or a season of a year, not a span or a repeat
_WHEN = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?|-(?:SP|SU|FA|WI))?")


# A later date for a stage told as a change: "will now start", "has been pushed back to"
_CHANGED = re.compile(
    r"\b(?:now|pushed\s+back|delayed|postponed|moved|brought\s+forward|rescheduled|revised|instead|"
    r"no\s+longer|slipped|deferred)\b",
    re.I,
)
_RULE = "date.phase-"  # the claim rule, with the stage after it: "date.phase-2", "date.phase-last"
_SHARED_WORDS = 2  # of the question's words, besides its names, a source that names none of them shares


def _phase_id(m: re.Match[str]) -> str:
    if m.group("ord"):
        return _ORDINALS[m.group("ord").lower()]
    n = m.group("n").lower()
    return _NUMBERS.get(n, n)


def _dates(a: Analyzed, lo: int, hi: int) -> list[TimeExpr]:
    return [t for t in a.timexes if lo <= t.start < hi and t.type == "DATE" and _WHEN.fullmatch(t.value)]


# What a date is to a stage: its start ("will begin on 18 August", "from April 8") or its end ("scheduled to
# finish by 30 May", "complete by February 2025")
_STARTS = re.compile(
    r"\b(?:begin|begins|beginning|began|start|starts|starting|started|commence|commences|commencing|resume|"
    r"resumes|from|kick\s+off|get\s+under\s+way)\b[^.;:]{0,16}$",
    re.I,
)
_ENDS = re.compile(r"\b(?:finish|finished|complete|completed|end|ends|until|by)\b[^.;:]{0,16}$", re.I)


def _strength(a: Analyzed, t: TimeExpr) -> int:
    """How surely a date is a stage's own: a start (3) over a plain date (2) over an end (1)."""
    before = a.doc.text[max(0, t.start - 40) : t.start]
    return 3 if _STARTS.search(before) else 1 if _ENDS.search(before) else 2


def _stage_date(
    a: Analyzed, sents: Sequence[tuple[int, int]], k: int, phase: str, at: int
) -> tuple[TimeExpr, int, int] | None:
    """The date a sentence gives the stage it names at ``at`` (the first after the name, else the first),
    with the span of the sentence it is read from. The first stage starts when the works do ("Work will
    start on 3 March. Phase one covers ... and is scheduled to finish by 30 May"); a stage the sentence
    gives no date is dated by the sentence after it."""
    s0, s1 = sents[k]
    here = _dates(a, s0, s1)
    best = next((t for t in here if t.start > at), here[0] if here else None)
    if phase == "1" and k > 0 and (best is None or _strength(a, best) < 3):
        p0, p1 = sents[k - 1]
        start = next((t for t in _dates(a, p0, p1) if _strength(a, t) == 3), None)
        if start is not None:
            return start, p0, p1
    if best is not None:
        return best, s0, s1
    if k + 1 < len(sents):
        n0, n1 = sents[k + 1]
        after = _dates(a, n0, n1)
        if after:
            return after[0], n0, n1
    return None


# The works as a whole: "the whole water line project", "the entire scheme"
_WHOLE = re.compile(r"\b(?:whole|entire)\s+(?:[\w'’-]+\s+){0,4}?(?:project|works|scheme|upgrade|job)\b", re.I)


def _keep(found: dict[str, tuple[int, Item]], phase: str, strength: int, item: Item, changed: bool) -> bool:
    """Keep a stage's date if it is surer than the one held; False when it moves the held date ("will now
    start in October")."""
    held = found.get(phase)
    if held is not None and held[1].claim.value != item.claim.value and changed:
        return False
    if held is None or strength > held[0]:
        found[phase] = (strength, item)
    return True


def phase_items(q: Question, docs: Sequence[Analyzed], clusters: dict[str, int]) -> list[Item]:
    """Each stage a source names with its date (see _stage_date). Two dates for one stage: its start over a
    plain date over its end, then the first report; a later report that moves the date ("will now start in
    October") leaves no timetable to answer from: none."""
    found: dict[str, tuple[int, Item]] = {}
    want = _expand(set(q.terms))
    named = _on_topic(q, docs)
    # a post about "the last phase" of "the bridge on Prescott" may not name the creek the question does
    told = [a for a in docs if a in named or len(want & _stems(a.doc.text)) >= _SHARED_WORDS]
    for a in sorted(told, key=lambda a: (a.date.earliest is None, a.date.earliest or date.min)):
        sents = split(a.doc.text)
        for k, (s0, s1) in enumerate(sents):
            first = next(iter(_dates(a, s0, s1)), None)
            # "Phase 2 - begins May 13, following completion of Phase 1": the stage named before the date
            names = list(_PHASE.finditer(a.doc.text, s0, s1))
            before = [m for m in names if first is None or m.start() < first.start]
            for m in (before or names)[-1:] if first is not None else names[:1]:
                phase = _phase_id(m)
                got = _stage_date(a, sents, k, phase, m.end())
                if got is None:
                    continue
                t, lo, hi = got
                c = _date_claim(a, t, q.focus, lo, hi, _RULE + phase, "asserted")
                item = _doc_item(a, c, c.value, 1.0, clusters.get(a.doc.id, 0))
                changed = _CHANGED.search(a.doc.text, lo, hi) is not None
                if not _keep(found, phase, _strength(a, t), item, changed):
                    return []  # "Stage 2 will now start in October": a changed date, not a timetable
            if not names and _WHOLE.search(a.doc.text, s0, s1):
                # "the whole project should be finished by August 30": the end of the last stage
                end = next((t for t in _dates(a, s0, s1) if _strength(a, t) == 1), None)
                if end is not None:
                    c = _date_claim(a, end, q.focus, s0, s1, _RULE + "last", "asserted")
                    _keep(found, "last", 0, _doc_item(a, c, c.value, 1.0, clusters.get(a.doc.id, 0)), False)
    if len(found) < 2:
        return []
    return _in_order([found[p][1] for p in sorted(found, key=_stage_rank)], clusters)


def _stage_rank(phase: str) -> tuple[bool, str]:
    """Stages in their order ("1", "2", ...), the last one last."""
    return phase == "last", phase


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _in_order(items: list[Item], clusters: dict[str, int]) -> list[Item]:
    """The stages' dates in the order of the stages: a date written without its year that falls before an
    earlier stage's is of the year after ("the whole project should be finished by August 30", told in a
    spring when the first stage began in March)."""
    out: list[Item] = []
    for it in items:
        c = it.claim
        floor = max((o.claim.value for o in out), default="")
        text = it.source.doc.text[c.start : c.end]
        if c.value < floor[: len(c.value)] and not _YEAR.search(text) and c.value[:4].isdigit():
            later = f"{int(c.value[:4]) + 1}{c.value[4:]}"
            it = _doc_item(it.source, replace(c, value=later), later, it.score, clusters.get(it.doc_id, 0))
        out.append(it)
    return out


def phases_slot(q: Question, docs: Sequence[Analyzed], clusters: dict[str, int]) -> _Slot:
    """The date of each stage, as parts of one answer; the date slot when fewer than two stages are dated."""
    staged = phase_items(q, docs, clusters)
    return _Slot(tuple(staged), (), (), parts=True) if staged else _date_slot(q, docs, clusters)


def in_phase_order(res: Resolution) -> Resolution:
    """The stages' dates told in the order of the stages, the last one last (a resolution of other dates is
    left as it is)."""
    if res.conflict_type != "complementary" or not all(
        g.newest.claim.rule.startswith(_RULE) for g in res.current
    ):
        return res
    ordered = sorted(res.current, key=lambda g: _stage_rank(g.newest.claim.rule.removeprefix(_RULE)))
    return replace(res, current=tuple(ordered), rule=TIMETABLE)
