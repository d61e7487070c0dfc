"""How often: the frequency the sources give for a service or a schedule ("collected every four weeks",
"emptied fortnightly again from April", "twice a week"), each dated by the day it starts from or by its
document, so that a changed schedule is answered with the one in force and the ones it replaced.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta

from tidings.ask.common import _doc_item, _on_topic, _Slot
from tidings.ask.question import Question, _expand, _stems
from tidings.claims import parse_number, timex_interval
from tidings.conflicts import Item, clause_around
from tidings.model import Analyzed, Claim
from tidings.sentences import split

# --------------------------------------------------------------------------------------------- frequency

FREQUENCY_Q = re.compile(r"^\s*how\s+(?:often|frequently)\b", re.I)

_UNITS = {"minute": "MIN", "hour": "H", "day": "D", "week": "W", "fortnight": "2W", "month": "M", "year": "Y"}
_ADVERBS = {
    "hourly": "H",
    "daily": "D",
    "weekly": "W",
    "fortnightly": "2W",
    "biweekly": "2W",
    "bi-weekly": "2W",
    "monthly": "M",
    "quarterly": "3M",
    "yearly": "Y",
    "annually": "Y",
}
_COUNT = r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_FREQUENCY = re.compile(
    # "every four weeks", "every other week", "every 10 minutes"
    rf"\bevery\s+(?:(?P<other>other|second)\s+|(?P<n>{_COUNT})\s+)?(?P<u>minute|hour|day|week|fortnight|"
    r"month|year)s?\b"
    # "four-weekly", "three-weekly", "fortnightly", "monthly"
    rf"|\b(?:(?P<an>{_COUNT})[- ])?(?P<adv>hourly|daily|weekly|fortnightly|bi-?weekly|monthly|quarterly|"
    r"yearly|annually)\b"
    # "twice a week", "three times a day", "once a month"
    rf"|\b(?P<times>once|twice|(?:{_COUNT})\s+times)\s+(?:a|an|per|each)\s+(?P<per>day|week|fortnight|month|"
    r"year)\b",
    re.I,
)
# What turns a frequency into the one replaced: "instead of fortnightly", "reversing the switch to
# four-weekly collections", "from fortnightly to every four weeks"
_FORMER = re.compile(
    r"\b(?:instead\s+of|rather\s+than|replacing|replaces|reversing|reverses|reversed|scrapping|ending|"
    r"previously|used\s+to\s+be|had\s+been|was|were|from)\b[^.;,]{0,30}$",
    re.I,
)
# The frequency a new one replaced, told after it: "every 12 minutes during peak hours, down from 20 minutes"
_DOWN_FROM = re.compile(
    rf"[^.;]{{0,60}}?,?\s+(?:down|up|cut|reduced|increased)\s+from\s+(?:every\s+)?(?:(?P<n>{_COUNT})\s+)?"
    r"(?P<u>minute|hour|day|week|fortnight|month|year)s?\b",
    re.I,
)
# A change back: "go back to fortnightly", "again every two weeks" is the new frequency, whatever precedes
_RETURN = re.compile(r"\b(?:back\s+to|return(?:s|ed|ing)?\s+to|again)\s*$", re.I)
# When a frequency starts: "from Monday 5 October 2020", "from April", "starting 3 March"
_STARTS = re.compile(
    r"\b(?:from|starting(?:\s+on)?|as\s+of|with\s+effect\s+from|beginning)\s+(?:on\s+)?$", re.I
)


def _key(m: re.Match[str]) -> str:
    """The period a frequency names, so that "fortnightly" and "every two weeks" are one value."""
    if m.group("u"):
        n = 2.0 if m.group("other") else parse_number(m.group("n")) if m.group("n") else 1.0
        return _period_key(n, _UNITS[m.group("u").lower()])
    if m.group("adv"):
        n = parse_number(m.group("an")) if m.group("an") else 1.0
        return _period_key(n, _ADVERBS[m.group("adv").lower()])
    times = m.group("times").lower()
    per = _UNITS[m.group("per").lower()]
    k = 1.0 if times == "once" else 2.0 if times == "twice" else parse_number(times.split()[0])
    return f"{int(k or 1)}/{per}"


def _period_key(n: float | None, unit: str) -> str:
    """ "P20MIN" for every 20 minutes; a unit of several ("2W", a fortnight) multiplies the count."""
    if unit[0].isdigit():
        n, unit = (n or 1.0) * int(unit[0]), unit[1:]
    return f"P{int(n or 1)}{unit}"


def frequency_slot(q: Question, docs: Sequence[Analyzed], clusters: dict[str, int]) -> _Slot:
    """The frequencies in the sentences that share most of the question's words, each current or replaced
    by its own clause, and dated by the day its clause says it starts from."""
    want = _expand(set(q.terms))
    found: list[Item] = []  # each scored by how many of the question's words its sentence shares
    for a in _on_topic(q, docs) or list(docs):
        text = a.doc.text
        dates = [t for t in a.timexes if t.type == "DATE"]
        doc_lo = a.date.earliest
        for s0, s1 in split(text):
            sent = text[s0:s1]
            overlap = len(want & _stems(sent))
            if overlap < 2:
                continue
            for m in _FREQUENCY.finditer(sent):
                lo, hi = clause_around(sent, m.start(), m.end())
                before = sent[max(lo, m.start() - 40) : m.start()]
                former = _FORMER.search(before) is not None and not _RETURN.search(before)
                # "from Monday 5 October 2020, blue bins will be collected every four weeks"
                start = next(
                    (
                        t
                        for t in dates
                        if s0 + lo <= t.start < s0 + hi
                        and _STARTS.search(text, max(s0, t.start - 24), t.start) is not None
                    ),
                    None,
                )
                iv = timex_interval(start.value) if start is not None and not former else None
                c = Claim(
                    doc_id=a.doc.id,
                    start=s0 + m.start(),
                    end=s0 + m.end(),
                    kind="stance",
                    subject=q.focus,
                    attribute="frequency",
                    value=m.group(0),
                    as_of_earliest=iv[0] if iv else None,
                    as_of_latest=None if iv or not former or doc_lo is None else doc_lo - timedelta(days=1),
                    sentence_start=s0,
                    sentence_end=s1,
                    rule="frequency.history" if former else "frequency.timex" if iv else "frequency",
                )
                found.append(_doc_item(a, c, _key(m), float(overlap), clusters.get(a.doc.id, 0)))
                dm = _DOWN_FROM.match(sent, m.end()) if m.group("u") and not former else None
                if dm is not None and dm.end() <= hi:
                    at = dm.start("n") if dm.group("n") else dm.start("u")
                    n = parse_number(dm.group("n")) if dm.group("n") else 1.0
                    old = replace(
                        c,
                        start=s0 + at,
                        end=s0 + dm.end(),
                        value=sent[at : dm.end()],
                        as_of_earliest=None,
                        as_of_latest=None
                        if doc_lo is None
                        else (iv[0] if iv else doc_lo) - timedelta(days=1),
                        rule="frequency.history",
                    )
                    key = _period_key(n, _UNITS[dm.group("u").lower()])
                    found.append(_doc_item(a, old, key, float(overlap), clusters.get(a.doc.id, 0)))
    if not found:
        return _Slot((), (), ())
    best = max(i.score for i in found)
    # the sentences about the question's own schedule, not another one a story also gives
    items = tuple(i for i in found if i.score >= best - 1)
    return _Slot(items, (), ())
