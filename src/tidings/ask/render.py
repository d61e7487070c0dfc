"""How an answer reads: its text, values, as-of date, citations and superseded values, built from the resolved
groups of a slot.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from tidings.ask.common import _cite, _dedupe, _doc_point, _Slot
from tidings.ask.numbers import _MEASURE_UNIT_WORDS
from tidings.ask.question import Question
from tidings.ask.rivals import UNIT_SCALE
from tidings.calendar_names import MONTH_NAMES
from tidings.claims import TIME_UNITS, parse_number, timex_interval
from tidings.conflicts import Group, Item, Resolution, as_of_string, sort_point
from tidings.model import Answer, Citation, Superseded

# --------------------------------------------------------------------------------------------- rendering


def _nothing(q: Question, lines: Sequence[str]) -> Answer:
    return Answer(
        q.text,
        q.kind,
        "No answer found in the documents.",
        (),
        "no_conflict",
        None,
        explanation=(*lines, "nothing answers the question: no value is given"),
    )


def _shown(g: Group, q: Question) -> str:
    """A value with its hedge and what is counted: "about 2,500 US troops"."""
    it = g.newest
    c = it.claim
    if c.kind != "quantity":
        if c.kind == "role":
            return max((i.claim.value for i in g.items), key=len)
        return (_date_written(it) if c.attribute == "date" else None) or c.value
    # a round figure merged with the exact one it tells ("more than 18,000" and 18,400) shows the exact one
    exact = [i for i in g.items if not i.claim.hedge and sort_point(i) == sort_point(it)]
    if c.hedge and exact:
        it = max(exact, key=lambda i: i.score)
        c = it.claim
    elif it.key != g.key and (own := [i for i in g.items if i.key == g.key]):
        # "about 1.4 km" merged with the "1,420 metres" it rounds: the group's own figure is shown
        it = max(own, key=lambda i: i.score)
        c = it.claim
    same = [i for i in g.items if i.claim.value == c.value]
    hedge = next((i.claim.hedge for i in sorted(same, key=lambda i: -i.score) if i.claim.hedge), "")
    what = c.subject or (
        c.unit
        # "35 feet", not "35 crest": a measure's unit says what the figure is
        if c.unit.lower() in TIME_UNITS or c.unit.lower() in _MEASURE_UNIT_WORDS
        else q.focus
        if c.unit not in ("%", "score") and c.attribute != "grade"
        else ""
    )
    if c.subject and c.unit.lower() in _MEASURE_UNIT_WORDS and c.unit.lower() not in c.subject.lower():
        what = f"{c.unit} of {c.subject}"  # "1,140 hectares of kiwifruit orchards", not "1,140 kiwifruit ..."
    return " ".join(p for p in (hedge, c.value, what) if p)


def _labels(g: Group) -> str:
    return ", ".join(
        dict.fromkeys(i.label for i in sorted(g.items, key=lambda i: sort_point(i) or date.min, reverse=True))
    )


_SEASON_VALUE = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_SEASON_WORDS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}


_MONTH_VALUE = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")


def _date_written(it: Item) -> str | None:
    """A season or a month as a reader writes it ("autumn 2023", "fall 2023" if the source says fall, "June
    2022"), not as its TIMEX3 value ("2023-FA", "2022-06")."""
    if (month := _MONTH_VALUE.fullmatch(it.claim.value)) is not None:
        return f"{MONTH_NAMES[int(month[2]) - 1].title()} {month[1]}"
    m = _SEASON_VALUE.fullmatch(it.claim.value)
    if m is None:
        return None
    season = _SEASON_WORDS[m[2]]
    if season == "autumn" and "fall" in it.source.doc.text[it.claim.start : it.claim.end].lower():
        season = "fall"
    return f"{season} {m[1]}"


def _in_other_units(g: Group, shown: str) -> list[tuple[str, str, str]]:
    """The figures of a group's items written in another unit than its shown value's ("4.2" km beside "4,200"
    metres), each once with its unit and source label."""
    if g.newest.claim.kind != "quantity":
        return []
    main_units = {i.claim.unit.lower() for i in g.items if i.claim.value == shown}
    out: dict[str, tuple[str, str, str]] = {}
    for i in g.items:
        c = i.claim
        scaled = c.unit.lower() in UNIT_SCALE and main_units <= UNIT_SCALE.keys()
        if c.value != shown and scaled and c.unit.lower() not in main_units and c.value not in out:
            out[c.value] = (c.value, c.unit, i.label)
    return list(out.values())


def _value_of(g: Group) -> str:
    if g.newest.claim.kind == "role":
        return max((i.claim.value for i in g.items), key=len)
    if g.newest.claim.attribute == "date":
        return _date_written(g.newest) or g.newest.claim.value
    # the value as written most often ("2,500"), not a hedge
    counts: dict[str, int] = {}
    for i in g.items:
        counts[i.claim.value] = counts.get(i.claim.value, 0) + 1
    value = max(counts, key=lambda v: counts[v])
    if g.newest.claim.kind == "quantity" and g.newest.claim.unit.lower() in TIME_UNITS:
        return f"{value} {g.newest.claim.unit}"  # "six hours", "18 months": a span is its number and unit
    if g.newest.claim.kind == "quantity" and not any(ch.isdigit() for ch in value):
        # "Fourteen people": a value is a short string a reader compares, so a spelled-out count is given
        # in digits ("14"); the answer text keeps the words as written. A count news writes in words
        # ("five homes", one to twelve) keeps them, with what it counts.
        n = parse_number(value)
        subject = g.newest.claim.subject
        if n is not None and n == int(n) and 1 <= n <= 12 and " " not in value.strip() and subject:
            return f"{value.strip().lower()} {subject}"
        if n is not None and n == int(n):
            return f"{int(n):,}"
    return value


# The rule of an answer that gives the date of each stage of one project (ask.phases)
TIMETABLE = "complementary.timetable"


def _render(q: Question, res: Resolution, slot: _Slot, found_lines: list[str]) -> Answer:
    lines = list(found_lines)
    lines.extend(res.reasons)
    lines.append(f"conflict type: {res.conflict_type} (rule {res.rule})")
    cur = list(res.current)
    if not cur:
        refuted_txt = ", ".join(f"{g.value} [{_labels(g)}]" for g in res.refuted)
        text = (
            f"No reliable answer: {refuted_txt} was refuted"
            + (f" ({'; '.join(slot.notes[:2])})" if slot.notes else "")
            + "."
        )
        rcites = tuple(
            _cite(i.source, i.claim.sentence_start, i.claim.sentence_end)
            for g in res.refuted
            for i in g.items[:1]
        )
        return Answer(q.text, q.kind, text, (), res.conflict_type, None, rcites, explanation=tuple(lines))
    main = cur[0]
    # parts and the total they sum to: the total's time is the answer's
    summed = res.rule == "complementary.sum-of-parts"
    as_of = group_as_of(cur[-1] if summed else main)
    if res.rule == TIMETABLE:
        # a timetable told part by part holds as of the newest source that gives a part
        as_of = max((d for g in cur if (d := group_as_of(g))), default=None)
    values: list[str] = []
    parts: list[str] = []
    if res.conflict_type in ("complementary", "conflicting_opinions"):
        for g in cur:
            values.append(_value_of(g))
            who = ", ".join(dict.fromkeys(i.claim.speaker for i in g.items if i.claim.speaker))
            scope = g.newest.claim.scope
            bit = _shown(g, q)
            if res.conflict_type == "complementary" and scope and scope not in bit:
                bit += f" in {scope}"
            if res.conflict_type == "conflicting_opinions" and who:
                bit += f" according to {who}"
            parts.append(f"{bit} [{_labels(g)}]")
        joiner = "; " if res.conflict_type == "conflicting_opinions" else " and "
        lead = "Sources disagree: " if res.conflict_type == "conflicting_opinions" else ""
        text = lead + joiner.join(parts)
        if summed:
            text = joiner.join(parts[:-1]) + "; in all " + parts[-1]
        if as_of:
            text += f", as of {as_of}"
        text = text[0].upper() + text[1:]
    else:
        values.append(_value_of(main))
        shown = _shown(main, q)
        text = shown[0].upper() + shown[1:]
        if as_of:
            text += f", as of {as_of}"
        text += f" [{_labels(main)}]"
        # "4,200 metres" of one source is the "4.2km" of another: the same figure in a larger unit, which
        # a reader may look for as written
        for alt, unit, label in _in_other_units(main, values[-1]):
            values.append(alt)
            text += f" (given as {alt} {unit} in [{label}])"
        for g in cur[1:]:
            # a false report set aside, the true figures may be several: each part's, with its sources
            values.append(_value_of(g))
            told = _hedged(g) if g.newest.claim.kind == "quantity" else _shown(g, q)
            text += f"; {told} [{_labels(g)}]"
    sup: list[Superseded] = []
    if res.superseded:
        bits = []
        for g in res.superseded:
            it = g.newest
            when = as_of_string(it)
            shown = _shown(g, q) if g.newest.claim.kind != "quantity" else _hedged(g)
            bits.append(f"{shown} ({when or 'undated'}, {it.label})")
            for i in g.items:
                sup.append(
                    Superseded(
                        _value_of(g),
                        i.doc_id,
                        as_of_string(i),
                        i.source.doc.external_id,
                        "given as past by its source" if i.history else "older as-of than the current value",
                    )
                )
        text += "; superseded: " + ", ".join(bits)
    if res.refuted:
        for g in res.refuted:
            for i in g.items:
                sup.append(
                    Superseded(_value_of(g), i.doc_id, as_of_string(i), i.source.doc.external_id, "refuted")
                )
        who = "; ".join(slot.notes[:2])
        text += "; refuted as false: " + ", ".join(f"{_value_of(g)} [{_labels(g)}]" for g in res.refuted)
        if who:
            text += f" ({who})"
    text += "."
    cites: list[Citation] = []
    for g in cur:
        for i in sorted(g.items, key=lambda i: -(sort_point(i) or date.min).toordinal())[:3]:
            c = i.claim
            lo = c.sentence_start if c.sentence_start >= 0 else c.start
            hi = c.sentence_end if c.sentence_end >= 0 else c.end
            cites.append(_cite(i.source, lo, hi))
    lines.append("answer: " + ", ".join(values) + (f" as of {as_of}" if as_of else ""))
    return Answer(
        q.text,
        q.kind,
        text,
        tuple(values),
        res.conflict_type,
        as_of,
        _dedupe(cites),
        tuple(sup),
        explanation=tuple(lines),
        as_of_stated=as_of is not None and _stated_day(main),
    )


def _stated_day(g: Group) -> bool:
    """Is the group's as-of a day its newest precise statement gives in the text, not a document's date?"""
    it = _newest_statement(g)
    lo, hi = it.claim.as_of_earliest, it.claim.as_of_latest
    return it.precise and "timex" in it.claim.rule and lo is not None and hi is not None and lo == hi


def _newest_statement(g: Group) -> Item:
    """The group's newest precise statement of its value, a current one before a history."""
    return max(g.items, key=lambda i: (i.precise, not i.history, sort_point(i) or date.min))


def _first_report_after(g: Group) -> Item | None:
    """For a date already past when the sources report it ("the overpass opened on October 17"), the
    first precise report written on or after that day: later ones retell the event, they do not move when
    the answer became known."""
    if g.newest.claim.attribute != "date":
        return None
    iv = timex_interval(g.newest.claim.value)
    if iv is None:
        return None
    after = [
        (lo, i)
        for i in g.items
        if i.precise and not i.history and (lo := _doc_point(i.source)[0]) is not None and lo >= iv[1]
    ]
    return min(after, key=lambda x: x[0])[1] if after else None


def group_as_of(g: Group) -> str | None:
    """When the current value holds: the newest precise statement of it.

    A figure dated inside the text ("5.1% in February") holds until the end of that period, but not past
    the document that reports it; a document date counts as a day when it is one.
    """
    it = _first_report_after(g) or _newest_statement(g)
    c = it.claim
    doc_lo, doc_hi = _doc_point(it.source)
    if c.as_of_earliest is not None or c.as_of_latest is not None:
        lo, hi = c.as_of_earliest, c.as_of_latest
        if lo is not None and hi is not None and (hi - lo).days <= 92 and it.precise:
            end = min(hi, doc_lo) if doc_lo is not None and doc_lo >= lo else hi
            return end.isoformat()
        return as_of_string(it)
    if it.precise and doc_lo is not None and doc_hi is not None:
        return date.fromordinal((doc_lo.toordinal() + doc_hi.toordinal()) // 2).isoformat()
    return as_of_string(it)


def _hedged(g: Group) -> str:
    it = g.newest
    hedge = it.claim.hedge
    return f"{hedge} {it.claim.value}" if hedge else it.claim.value
