"""A document that tells of a step done "this morning" which another, dated document announced for a day
ahead ("He will start on January 8", then "Dr. Ostrander started as superintendent this morning") was
written on that day; one that tells it done "on Monday", the weekday of that day, in the week after it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date, timedelta

from tidings import timex
from tidings.model import DateEstimate, Document, Evidence
from tidings.sentences import split

# A step told as done on the day of writing: "started as superintendent ... this morning", "reopened today"
_DONE = re.compile(
    r"\b(?P<verb>started|began|begun|opened|reopened|launched|resumed|closed|arrived|took\s+office|"
    r"took\s+over|took\s+up|went\s+live|kicked\s+off|(?:was|were)\s+sworn\s+in|(?:was|were)\s+held)\b",
    re.I,
)
_TODAY = re.compile(r"\b(?:this\s+(?:morning|afternoon|evening)|today|tonight)\b", re.I)
# ... or on the weekday the announced day falls on ("reopened on Saturday"), told at most a week later
_WEEKDAY = re.compile(r"\b(?:on\s+)?(?P<d>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# The same step announced for a day ahead: "will start on January 8", "is due to reopen on 4 May"
_WILL = re.compile(
    r"\b(?:will|is\s+(?:due|set|expected)\s+to|are\s+(?:due|set|expected)\s+to)\s+(?:officially\s+)?"
    r"(?P<verb>start|begin|open|reopen|launch|resume|close|arrive|take\s+office|take\s+over|take\s+up|"
    r"go\s+live|kick\s+off|be\s+sworn\s+in|be\s+held)\b",
    re.I,
)
_BASE = {
    "started": "start",
    "began": "start",
    "begun": "start",
    "begin": "start",
    "opened": "open",
    "reopened": "reopen",
    "launched": "launch",
    "resumed": "resume",
    "closed": "close",
    "arrived": "arrive",
    "went live": "go live",
    "took office": "take office",
    "took over": "take over",
    "took up": "take up",
    "kicked off": "kick off",
    "was sworn in": "be sworn in",
    "were sworn in": "be sworn in",
    "was held": "be held",
    "were held": "be held",
}
# Capitalised words that name no one thing: sentence openers, days and months
_NAME = re.compile(r"\b[A-Z][a-z'’-]{3,}\b")
_COMMON = frozenset(
    """This That These Those There Then When After Before Today Tonight Monday Tuesday Wednesday Thursday
    Friday Saturday Sunday January February March April June July August September October November
    December Council Board City Town School District County State News Radio""".split()
)
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_NEAR = 400  # characters around an announcement that may name who or what it is of
_SHARED = 2  # names an announcement and a report of the step must share
_FACTOR = 0.5  # no surer than half the announcing document


def _base(verb: str) -> str:
    v = " ".join(verb.lower().split())
    return _BASE.get(v, v)


def _names(text: str) -> set[str]:
    return {m.group(0) for m in _NAME.finditer(text)} - _COMMON


def _done_today(d: Document) -> Iterator[tuple[str, set[str], str, int, int]]:
    """The steps the document tells as done, with the names around them and when: "today", or the weekday
    it names."""
    for s0, s1 in split(d.text):
        sent = d.text[s0:s1]
        done = _DONE.search(sent)
        if done is None:
            continue
        weekday = _WEEKDAY.search(sent)
        when = "today" if _TODAY.search(sent) else weekday.group("d") if weekday else ""
        if when:
            yield _base(done.group("verb")), _names(sent), when, s0, s1


def _announced(d: Document, day: date) -> Iterator[tuple[str, set[str], date]]:
    """The steps a document dated ``day`` announces for a later day, with the names around them."""
    if _WILL.search(d.text) is None:
        return  # (tagging the text again against its own day is the costly part: only for an announcement)
    tags = [t for t in timex.tag(d.text, day) if t.type == "DATE" and _DAY.fullmatch(t.value)]
    for s0, s1 in split(d.text):
        will = _WILL.search(d.text, s0, s1)
        if will is None:
            continue
        for t in tags:
            if will.end() <= t.start < s1 and t.start - will.end() <= 40:
                when = date.fromisoformat(t.value)
                if when > day:
                    near = d.text[max(0, s0 - _NEAR) : s1]
                    yield _base(will.group("verb")), _names(near), when
                break


def announced_days(
    docs: Sequence[Document],
    estimates: Mapping[str, DateEstimate],
    reference: date | None,
    open_to: Callable[[DateEstimate], bool],
) -> dict[str, DateEstimate]:
    """Documents whose day is left open (``open_to(estimate)``) dated to the day another document, dated to
    a day, announced the step they tell as done "this morning" or "today"; one that tells it as done on the
    weekday that day fell on ("reopened on Saturday") is dated to the week from that day."""
    # the reports of steps done come first: most piles have none, and then no text is tagged again
    done = {
        d.id: steps
        for d in docs
        if (est := estimates.get(d.id)) is not None and open_to(est) and (steps := list(_done_today(d)))
    }
    if not done:
        return {}
    plans: list[tuple[str, set[str], date, Document]] = []
    for d in docs:
        est = estimates.get(d.id)
        if est is None or est.earliest is None or est.latest != est.earliest or est.rule.startswith("corpus"):
            continue
        plans.extend((verb, names, when, d) for verb, names, when in _announced(d, est.earliest))
    if not plans:
        return {}
    out: dict[str, DateEstimate] = {}
    for d in docs:
        est = estimates.get(d.id)
        if est is None or d.id not in done:
            continue
        for verb, names, told_when, s0, s1 in done[d.id]:
            hits = [
                (when, donor)
                for v, named, when, donor in plans
                if v == verb
                and donor.id != d.id
                and len(names & named) >= _SHARED
                and told_when in ("today", _WEEKDAYS[when.weekday()])
            ]
            days = {when for when, _ in hits}
            if len(days) != 1:
                continue  # no announcement of the step, or several days for it
            when, donor = hits[0]
            if reference is not None and when > reference:
                continue
            lo, hi = est.earliest, est.latest
            outside = lo is not None and hi is not None and not lo <= when <= hi
            if outside and not est.rule.startswith(("corpus-now", "content-year")):
                continue  # the text's own evidence places it elsewhere (a year only guessed gives way)
            donor_est = estimates[donor.id]
            # "today" is the day itself; "on Saturday" was written that day or within the week after
            last = when if told_when == "today" else when + timedelta(days=6)
            told = "today" if last == when else f"on {told_when}"
            note = (
                f"'{d.text[s0:s1].strip()[:80]}' tells as done {told} what document "
                f"{donor.external_id or donor.id} ({donor_est.earliest}) announced for {when}"
            )
            out[d.id] = DateEstimate(
                when,
                last,
                "day" if last == when else "week",
                round(donor_est.confidence * _FACTOR, 3),
                "corpus-announced",
                (*est.evidence, Evidence("corpus-announced", when, last, note, s0, s1, _FACTOR)),
                est.conflicts,
            )
            break
    return out
