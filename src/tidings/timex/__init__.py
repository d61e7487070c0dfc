"""Temporal expressions: find them in text and normalise them to TIMEX3 types and values.

``tag(text, dct)`` returns every expression with offsets, sorted and non-overlapping. With a document date,
relative expressions are resolved against it and the tense of their clause ("on Friday" in past-tense
reporting is the Friday on or before ``dct``); without one, absolute dates keep their values, dates lacking a
year become underspecified ("XXXX-12-31", "XXXX-WXX-5") and purely relative ones get ``value=""``.
Conventions follow TimeBank / TempEval-3 (extents and values).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from tidings.model import TimeExpr

from ._calendar import make_date, valid_year
from ._rules import RULES, TRIGGERS, State, holiday_date
from ._tense import TenseFinder

__all__ = ["holiday_date", "tag"]

_Cand = tuple[int, int, int, int, re.Match[str]]  # start, end, priority, rule index, match

_DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_YEARISH = re.compile(r"^(\d{2,4})")


_TOKEN = re.compile(r"[A-Za-z]+|\d+")
# Wider than any expression, so a window around a trigger word holds every match containing that word.
_WINDOW = 120


def _trigger_map() -> dict[str, tuple[int, ...]]:
    index = {r.name: i for i, r in enumerate(RULES)}
    missing = set(index) - set(TRIGGERS)
    if missing:
        raise RuntimeError(f"rules without trigger words: {sorted(missing)}")
    acc: dict[str, list[int]] = {}
    for name, words in TRIGGERS.items():
        for w in words.split():
            acc.setdefault(w.lower(), []).append(index[name])
    return {w: tuple(sorted(set(v))) for w, v in acc.items()}


_TRIGGER_RULES = _trigger_map()


def _candidates(text: str) -> list[_Cand]:
    """Matches of every rule, each rule run only in windows around its trigger words."""
    near: dict[int, list[int]] = {}
    get = _TRIGGER_RULES.get
    for m in _TOKEN.finditer(text):
        w = m.group()
        idxs = get("#" if w[0].isdigit() else w.lower())
        if idxs:
            p = m.start()
            for i in idxs:
                near.setdefault(i, []).append(p)
    n = len(text)
    out: list[_Cand] = []
    for idx, positions in near.items():
        r = RULES[idx]
        pattern = r.pattern
        has_x = "x" in pattern.groupindex
        windows: list[list[int]] = []
        for p in positions:
            ws, we = max(0, p - _WINDOW), min(n, p + _WINDOW)
            if windows and ws <= windows[-1][1]:
                windows[-1][1] = we
            else:
                windows.append([ws, we])
        seen: set[tuple[int, int]] = set()
        for ws, we in windows:
            for m in pattern.finditer(text, ws, we):
                s, e = m.span("x") if has_x else m.span()
                if e > s and (s, e) not in seen:
                    seen.add((s, e))
                    out.append((s, e, r.priority, idx, m))
    return out


def _select(cands: list[_Cand], text: str, dct: date | None, tenses: TenseFinder) -> list[_Cand]:
    """Longest first (then rule priority), dropping anything overlapping an accepted span.

    A candidate is accepted only if its handler reads it (on a scratch state), so a rejected long match
    ("two days after the attack") leaves room for a shorter one ("two days").
    """
    cands.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    # Accepted spans never overlap, so sorted by start their ends are sorted too and an overlap can only
    # be with the neighbours of the insertion point: a bisection instead of a scan of every accepted span
    # (the scan made long texts quadratic: minutes for a few megabytes).
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[_Cand] = []
    for c in cands:
        s, e = c[0], c[1]
        i = bisect_right(starts, s)
        if (i and ends[i - 1] > s) or (i < len(starts) and starts[i] < e):
            continue
        scratch = State(text=text, dct=dct, tense=tenses.tense(s, e))
        if RULES[c[3]].handler(c[4], scratch) is None:
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    return chosen


def _valid_value(value: str) -> bool:
    """Dates must exist and lie within the years we accept (1000-2999)."""
    if not value or value[0] in "PX" or value.endswith("_REF"):
        return True
    m = _DAY_VALUE.match(value)
    if m:
        return make_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) is not None
    y = _YEARISH.match(value)
    if y is None:
        return True
    digits = y.group(1)
    if len(digits) == 4:
        if not valid_year(int(digits)):
            return False
        month = re.match(r"^\d{4}-(\d{2})(?!\d)", value)
        return month is None or 1 <= int(month.group(1)) <= 12
    if len(digits) == 3:
        return 100 <= int(digits) <= 299
    return 10 <= int(digits) <= 29


def tag(text: str, dct: date | None) -> list[TimeExpr]:
    """Every temporal expression of ``text``, sorted by start, non-overlapping, with TIMEX3 type and value."""
    if not text:
        return []
    tenses = TenseFinder(text)
    chosen = _select(_candidates(text), text, dct, tenses)
    st = State(text=text, dct=dct)
    out: list[TimeExpr] = []
    for s, e, _, idx, m in chosen:
        r = RULES[idx]
        st.tense = tenses.tense(s, e)
        st.pos = s
        res = r.handler(m, st)
        if res is None:
            continue
        typ, value = res
        if not _valid_value(value):
            continue
        tense = st.tense if st.tense in ("past", "present", "future") else ""
        out.append(TimeExpr(s, e, text[s:e], typ, value, tense, r.name))  # type: ignore[arg-type]
    return _times_of_dates(out, text)


_TIME_AFTER_DATE = 40  # characters: "Saturday 19 October 2024, Tuatapere Domain, 10am"


def _times_of_dates(found: list[TimeExpr], text: str) -> list[TimeExpr]:
    """A clock time right after the date it falls on ("Saturday 19 October 2024, Tuatapere Domain, 10am till
    late") takes that date's tense when it has none of its own: it tells of the same day."""
    out = list(found)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if (
            b.type == "TIME"
            and not b.tense
            and a.type == "DATE"
            and a.tense
            and b.value.startswith(a.value + "T")
            and b.start - a.end <= _TIME_AFTER_DATE
            and "\n" not in text[a.end : b.start]
        ):
            out[k] = TimeExpr(b.start, b.end, b.text, b.type, b.value, a.tense, b.rule)
    return out
