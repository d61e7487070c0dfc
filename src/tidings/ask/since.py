"""Since when a change holds: "Has the injury unit started opening at weekends?" is answered "Yes" and the
day it started, which is what a reader asking whether a change has begun wants next."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from tidings.ask.common import _cite, _dedupe
from tidings.ask.dates import _date_slot
from tidings.ask.question import Question, parse_question
from tidings.claims import timex_interval
from tidings.model import Analyzed, Answer

# "Has the unit started opening at weekends?", "Have the new fares come into force?", "Has the ban been
# introduced?": whether a change has begun
_BEGUN_Q = re.compile(
    r"^\s*(?:has|have)\s+(?P<subj>.+?)\s+(?P<verb>started|begun|opened|reopened|launched|resumed|"
    r"come\s+into\s+(?:force|effect)|been\s+(?:introduced|launched|opened|reopened|brought\s+in))\b"
    r"(?P<rest>[^?]*)\??\s*$",
    re.I,
)

# The present of each participle, to ask "When did X start ...?"
_PRESENT = {
    "started": "start",
    "begun": "begin",
    "opened": "open",
    "reopened": "reopen",
    "launched": "launch",
    "resumed": "resume",
}


def _when_question(text: str) -> str | None:
    """The date question a yes to ``text`` answers next, or None when it asks of no change begun."""
    m = _BEGUN_Q.match(text)
    if m is None:
        return None
    verb = " ".join(m["verb"].lower().split())
    if verb.startswith("been "):
        return f"When was {m['subj']} {verb[len('been ') :]}{m['rest']}?"
    return f"When did {m['subj']} {_PRESENT.get(verb, verb)}{m['rest']}?"


def with_start_date(q: Question, pool: Sequence[Analyzed], result: Answer) -> Answer:
    """A yes to whether a change has begun, with the day it began when a source gives one (a day, not a
    month or a vaguer time)."""
    if q.kind != "yesno" or not result.values or not result.values[0].startswith("Yes"):
        return result
    if result.conflict_type not in ("no_conflict", "outdated"):
        return result
    asked = _when_question(q.text)
    if asked is None:
        return result
    slot = _date_slot(parse_question(asked, as_of=q.as_of), pool, {})
    current = [i for i in slot.items if not i.history and i.claim.polarity == "asserted"]
    if not current or len({i.key for i in current}) > 1:
        return result  # no day, or sources that name different days: the yes stands alone
    best = max(current, key=lambda i: i.score)
    span = timex_interval(best.claim.value)
    if span is None or span[0] != span[1]:
        return result
    day = span[0].isoformat()
    return replace(
        result,
        values=(*result.values, day),
        text=f"{result.text} Since {day} [{best.label}].",
        citations=_dedupe(
            (*result.citations, _cite(best.source, best.claim.sentence_start, best.claim.sentence_end))
        ),
        explanation=(*result.explanation, f"the change began on {day}, per [{best.label}]: {asked}"),
    )
