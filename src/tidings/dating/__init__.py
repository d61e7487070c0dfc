"""When was a document written? An interval with a granularity, a confidence and the evidence behind it.

``date_document`` runs a cascade, cheapest and most reliable first, and keeps every piece of evidence:

1. the input's date field (``Document.given_date``), 2. htmldate's reading of the HTML
(``Document.html_date``), 3. a header line at the very top (" date 2020-01-06", "Published: March 3, 2021",
a byline with a date), 4. a dateline ("WASHINGTON, Jan. 15 (Reuters) -"), 5. the URL (/2021/01/15/), then
6. reasoning over the time expressions of the text (see :mod:`tidings.dating._content`). The first stated
date wins; the others are checked against it (7): disagreement is reported in ``conflicts``, agreement that
is more precise narrows it ("2020-01" in a header, /2020/01/06/ in the URL).

``date_corpus`` lets documents of one corpus date each other: shared quotations and copies of one story
lend their date, a document telling the same story lends its year to a text that leaves the year open,
and without a reference date the corpus's newest evidence serves as "now" for texts that name no year.
``explain`` turns an estimate into words. Nothing here reads the clock: ``reference`` is the latest date a
document can have (a question's date), None for no bound.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta

from tidings import timex
from tidings.calendar_names import MONTH_NAMES, MONTH_NUMBERS
from tidings.claims import parse_number
from tidings.dating._announced import announced_days
from tidings.dating._clues import Clue
from tidings.dating._content import (
    PLANNED_PERIOD,
    YEAR_FROM_BOUNDS,
    YEAR_FROM_TEXT,
    ContentResult,
    Mention,
    event_years,
    read_mentions,
    reason,
)
from tidings.dating._corpus import borrow, story_neighbours
from tidings.dating._dates import MIN_YEAR, WEEKDAY_NAMES, describe, granularity_of, safe_date
from tidings.dating._figures import PLACE, YEARLESS, cited_future, cited_old, old_figure_days
from tidings.dating._surface import (
    MAX_YEAR,
    dateline_clues,
    footer_clues,
    header_clues,
    metadata_clues,
    note_clues,
    title_clues,
    url_clues,
)
from tidings.model import UNKNOWN_DATE, DateEstimate, Document, Evidence, Granularity, TimeExpr
from tidings.timex._tense import older_value_time

__all__ = ["CAPPED_BY_REFERENCE", "YEAR_FROM_TEXT", "date_corpus", "date_document", "explain", "is_stated"]

# The note of a year-less day given the latest year the reference date allows
CAPPED_BY_REFERENCE = "the latest such day on or before"

_LABELS = {
    "metadata": "date field",
    "html-date": "HTML metadata",
    "header": "header",
    "footer": "publication line",
    "header-updated": "header's update time",
    "header-byline": "byline",
    "header-dateonly": "date line",
    "header-live": "live page's line",
    "dateline": "dateline",
    "url": "URL",
    "url-slug": "URL's words",
    "title": "title",
    "note": "editor's note",
}
_CONFLICT_PENALTY = 0.15
_AFTER_REFERENCE_PENALTY = 0.2
_YEARLESS_PENALTY = 0.15
_CORPUS_NOW_FACTOR = 0.5
_STORY_FACTOR = 0.5
_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}

# The mentions of recently dated documents, and their year-less header and dateline days, so the corpus pass
# need not tag a text again.
_Mentions = tuple[Mention, ...]
_Years = tuple[tuple[int, str], ...]
_Cached = tuple[_Mentions, _Years, _Years, tuple[Clue, ...]]
_MENTION_CACHE: OrderedDict[str, _Cached] = OrderedDict()
_MENTION_CACHE_SIZE = 4096
_CACHE_LOCK = threading.Lock()  # the HTTP shell may date documents from several threads


def date_document(
    doc: Document, *, reference: date | None = None, timexes: Sequence[TimeExpr] | None = None
) -> DateEstimate:
    """The document's date from its metadata, top lines, dateline, URL and text, with all the evidence."""
    if timexes is None:
        timexes = timex.tag(doc.text, None)
    title_mentions = read_mentions(doc.title, timex.tag(doc.title, None)) if doc.title else []
    all_mentions = read_mentions(doc.text, timexes)
    heads = header_clues(doc, all_mentions)
    headers = heads or footer_clues(doc, all_mentions)
    datelines = dateline_clues(doc, all_mentions)
    bare = [c for c in headers if c.rule == "header-dateonly"]
    explicit = (
        metadata_clues(doc)
        + [c for c in headers if c.rule != "header-dateonly"]
        + datelines
        + _ordered_url(
            url_clues(doc), note_clues(doc, all_mentions) + title_clues(doc.title, title_mentions), bare
        )
    )
    taken = [(c.start, c.end) for c in explicit if c.start >= 0]
    mentions = tuple(
        m for m in all_mentions if not any(s <= m.start < e or m.start <= s < m.end for s, e in taken)
    )
    titles = _title_years(doc.title, title_mentions)
    events = tuple(event_years(doc.text, timexes))
    _remember(doc.id, (mentions, titles, events, tuple(c for c in heads + datelines if c.yearless)))
    return _bounded(_estimate(explicit, mentions, titles, events, reference=reference))


def _remember(doc_id: str, cached: _Cached) -> None:
    with _CACHE_LOCK:
        _MENTION_CACHE[doc_id] = cached
        _MENTION_CACHE.move_to_end(doc_id)
        while len(_MENTION_CACHE) > _MENTION_CACHE_SIZE:
            _MENTION_CACHE.popitem(last=False)


def _ordered_url(url: list[Clue], title: list[Clue], bare: list[Clue]) -> list[Clue]:
    """A date path in the URL outranks a date in the title, a line holding only a date, and a date in the
    URL's words, in that order."""
    return [c for c in url if c.rule == "url"] + title + bare + [c for c in url if c.rule != "url"]


def _title_years(title: str | None, title_mentions: Sequence[Mention]) -> _Years:
    """Years a title names ("Grammys 2020: ...", "Pi Day deals 2022"); not a year it looks ahead to ("will
    not open before 2029", "on track for 2027", "to rise in 2026")."""
    out: list[tuple[int, str]] = []
    for m in title_mentions:
        if m.value.earliest is None or m.value.kind not in ("year", "month", "day", "season"):
            continue
        if m.tense == "future" or (title and _TITLE_TARGET.search(title, 0, m.start)):
            continue
        if title and m.value.kind == "year" and PLANNED_PERIOD.match(title, m.end):
            continue  # "2025 budget highlights": a period set ahead of its year
        out.append((m.value.earliest.year, m.text))
    return tuple(out)


_TITLE_TARGET = re.compile(
    r"\b(?:(?:on\s+(?:track|course|schedule)|due|set|planned|scheduled|expected|ready|in\s+time)\s+for|by|before|"
    r"until|from|to\s+[a-z]+\s+(?:in|by|from)|"
    # "likely to slip to 2034", "delayed to 2027": the date a plan moves to lies ahead
    r"(?:slip(?:s|ped)?|delay(?:s|ed)?|push(?:es|ed)?\s+back|put\s+back|postpone[sd]?)\s+(?:un)?to)\s+"
    r"(?:(?:early|mid|late|spring|summer|autumn|fall|winter|the\s+end\s+of)"
    r"[\s-]+)?$",
    re.I,
)


def _estimate(
    explicit: Sequence[Clue],
    mentions: Sequence[Mention],
    titles: Sequence[tuple[int, str]],
    events: Sequence[tuple[int, str]],
    *,
    reference: date | None,
    ceiling: date | None = None,
    year: tuple[int, str] | None = None,
    after: tuple[date, str] | None = None,
) -> DateEstimate:
    content = reason(
        mentions,
        reference=reference,
        ceiling=ceiling,
        title_years=titles,
        event_years=events,
        year=year,
        after=after,
    )
    evidence: list[Clue] = []
    usable: list[Clue] = []
    # A year-less stated date ("MIRABAD, Feb 20 (Reuters) -") takes its year from a stated full date (the
    # date field, a header) before the text's reasoning, which may only know the years the text cites.
    stated = max(
        (c.latest for c in explicit if not c.yearless and c.latest is not None and c.latest.year >= MIN_YEAR),
        default=None,
    )
    for c in explicit:
        if c.yearless:
            c = (
                _year_beside(c, stated)
                if stated is not None and not c.first_month
                # with no reference, the corpus's "now" places it: a dateline may be a day after the newest
                # dated report, or months before it
                else _resolve_year(
                    c,
                    content,
                    reference if reference is not None else ceiling,
                    nearest=reference is None and ceiling is not None,
                )
            )
        if c.earliest is None or c.latest is None:
            evidence.append(c)
            continue
        if not MIN_YEAR <= c.earliest.year <= MAX_YEAR:
            evidence.append(
                replace(
                    c,
                    earliest=None,
                    latest=None,
                    weight=0.0,
                    note=f"{c.note}: the year {c.earliest.year} is not plausible, ignored",
                )
            )
            continue
        usable.append(c)
    if not usable:
        return _from_content(content, evidence)
    return _from_explicit(usable, content, evidence, reference)


def _year_beside(c: Clue, stated: date) -> Clue:
    """A year-less stated date in the year that puts it nearest another stated date of the document."""
    days = [d for y in (stated.year - 1, stated.year, stated.year + 1) if (d := safe_date(y, c.month, c.day))]
    if not days:
        return replace(c, weight=0.0, note=f"{c.note}; no other evidence names the year")
    found = min(days, key=lambda d: abs((d - stated).days))
    return replace(
        c,
        earliest=found,
        latest=found,
        weight=round(c.weight - _YEARLESS_PENALTY, 3),
        note=f"{c.note}: {found}, in the year nearest the document's stated date {stated}",
    )


def _resolve_year(c: Clue, content: ContentResult, reference: date | None, *, nearest: bool = False) -> Clue:
    """Give a year-less stated date ("Jan. 15" in a dateline) the year the rest of the evidence implies.

    ``reference`` is the latest day the document can have; with ``nearest`` it is the corpus's "now" instead,
    and the day is put in the year nearest it.
    """
    lower = content.lower.earliest if content.lower is not None else None
    limit: date | None = reference
    if limit is None and content.estimate is not None:
        if not content.year_reasons:
            # only the years the text cites as past chose the year ("since 2021"), and a report of any
            # later year cites them too: the year stays open for the corpus to settle
            return replace(c, weight=0.0, note=f"{c.note}; no other evidence names the year")
        limit = content.estimate.latest
    found: date | None = None
    if limit is not None and nearest:
        days = [
            d
            for y in (limit.year - 1, limit.year, limit.year + 1)
            if (d := safe_date(y, c.month, c.day)) is not None and (lower is None or d >= lower)
        ]
        found = min(days, key=lambda d: abs((d - limit).days), default=None)
    elif limit is not None:
        for y in (limit.year, limit.year - 1):
            d = safe_date(y, c.month, c.day)
            if d is not None and d <= limit:
                found = d
                break
    elif lower is not None:
        for y in (lower.year, lower.year + 1):
            d = safe_date(y, c.month, c.day)
            if d is not None and d >= lower:
                found = d
                break
    if found is None or (lower is not None and found < lower):
        return replace(c, weight=0.0, note=f"{c.note}; no other evidence names the year")
    why = (
        f"in the year nearest the corpus's newest evidence, {limit}"
        if limit is not None and nearest
        else f"{CAPPED_BY_REFERENCE} {limit}"
        if limit is not None
        else f"the first after {lower}"
    )
    if c.first_month:
        first = safe_date(found.year, c.first_month, c.first_day)
        if first is not None and first > found:
            first = safe_date(found.year - 1, c.first_month, c.first_day)
        first = first or found
        return replace(
            c,
            earliest=first,
            latest=found,
            granularity="week" if (found - first).days <= 6 else "unknown",
            weight=round(c.weight - _YEARLESS_PENALTY, 3),
            note=f"{c.note}: {first}..{found}, ending on {why}",
        )
    return replace(
        c,
        earliest=found,
        latest=found,
        weight=round(c.weight - _YEARLESS_PENALTY, 3),
        note=f"{c.note}: {found}, {why}",
    )


def _from_content(content: ContentResult, evidence: list[Clue]) -> DateEstimate:
    clues = evidence + content.evidence
    est = content.estimate
    if est is None or est.earliest is None:
        return replace(UNKNOWN_DATE, evidence=tuple(c.evidence() for c in clues))
    conflicts: list[str] = []
    if (
        content.upper is not None
        and content.upper.latest is not None
        and content.lower is not None
        and content.lower.earliest is not None
        and content.upper.latest < content.lower.earliest
    ):
        conflicts.append(f"{content.upper.note}, yet {content.lower.note}")
    return DateEstimate(
        est.earliest,
        est.latest,
        est.granularity,
        est.weight,
        est.rule,
        tuple(c.evidence() for c in clues),
        tuple(conflicts),
    )


def _says(rule: str, e: date, la: date, gran: Granularity) -> str:
    return f"the {_LABELS.get(rule, rule)} says {describe(e, la, gran)}"


def _from_explicit(
    usable: Sequence[Clue], content: ContentResult, evidence: list[Clue], reference: date | None
) -> DateEstimate:
    win = usable[0]
    assert win.earliest is not None and win.latest is not None
    e, la, gran, conf, rule = win.earliest, win.latest, win.granularity, win.weight, win.rule
    conflicts: list[str] = []
    for c in usable[1:]:
        assert c.earliest is not None and c.latest is not None
        if c.latest < e or c.earliest > la:
            conflicts.append(
                f"{_says(win.rule, win.earliest, win.latest, win.granularity)} but "
                f"{_says(c.rule, c.earliest, c.latest, c.granularity)}"
            )
            conf = max(0.05, conf - _CONFLICT_PENALTY / 3)
        elif e <= c.earliest and c.latest <= la and _ORDER[c.granularity] < _ORDER[gran]:
            e, la, gran, rule = c.earliest, c.latest, c.granularity, c.rule
            conf = max(conf, c.weight)
    lower, upper = content.lower, content.upper
    if lower is not None and lower.earliest is not None and lower.earliest > la:
        conflicts.append(
            f"the {_LABELS.get(win.rule, win.rule)} says {describe(e, la, gran)} but {lower.note} "
            f"({lower.earliest})"
        )
        conf = max(0.05, conf - _CONFLICT_PENALTY)
    if upper is not None and upper.latest is not None and upper.latest < e and gran == "day":
        # Future tense is guessed from cue words: a weak contradiction, recorded without a penalty.
        conflicts.append(
            f"the {_LABELS.get(win.rule, win.rule)} says {describe(e, la, gran)} but {upper.note} "
            f"({upper.latest})"
        )
    if reference is not None and e > reference:
        conflicts.append(
            f"the {_LABELS.get(rule, rule)} says {describe(e, la, gran)}, after the reference date "
            f"{reference}"
        )
        conf = max(0.05, conf - _AFTER_REFERENCE_PENALTY)
    est = content.estimate
    if (
        gran in ("month", "year")
        and est is not None
        and est.earliest is not None
        and est.latest is not None
        and e <= est.earliest
        and est.latest <= la
        and _ORDER[est.granularity] < _ORDER[gran]
    ):
        # The text places the date inside the stated month or year ("on Friday" after "Jan. 12").
        e, la, gran, rule = est.earliest, min(est.latest, la), est.granularity, f"{rule}+{est.rule}"
    clues = list(usable) + evidence + content.evidence
    return DateEstimate(
        e, la, gran, round(conf, 3), rule, tuple(c.evidence() for c in clues), tuple(conflicts)
    )


# --- the corpus -------------------------------------------------------------------------------------------


def date_corpus(
    docs: Sequence[Document], estimates: Mapping[str, DateEstimate], *, reference: date | None = None
) -> dict[str, DateEstimate]:
    """Estimates improved by the other documents of the corpus; stronger evidence is never replaced."""
    out = dict(estimates)
    out.update(borrow(docs, out, reference))
    out.update(_same_story_years(docs, out, reference))
    out.update(_same_story_days(docs, out, reference))
    if reference is None:
        out.update(_date_against_newest(docs, out))
    out.update(announced_days(docs, out, reference, _coarse))
    out.update(_after_cited_figures(docs, out, reference))
    return {k: _bounded(v) for k, v in out.items()}


_FIRST_DAY = date(1000, 1, 1)
_LAST_DAY = date(2999, 12, 31)


def _bounded(est: DateEstimate) -> DateEstimate:
    """The estimate inside the years a document can have; outside them there is no date at all.

    Priors and "the year after" reasoning can step past the plausible years at their edges (a reference
    date in year 1000, a text citing December 2999 as past).
    """
    if est.earliest is None or est.latest is None:
        return est
    if est.latest < _FIRST_DAY or est.earliest > _LAST_DAY:
        return UNKNOWN_DATE
    if est.earliest >= _FIRST_DAY and est.latest <= _LAST_DAY:
        return est
    return replace(est, earliest=max(est.earliest, _FIRST_DAY), latest=min(est.latest, _LAST_DAY))


_EXPLICIT = (
    "metadata",
    "html-date",
    "header",
    "footer",
    "dateline",
    "url",
    "note",
    "title",
    "corpus-quote",
    "corpus-copy",
)


def is_stated(est: DateEstimate) -> bool:
    """Was the date stated by the input (metadata, a header, a dateline, the URL), not reasoned from text?"""
    return est.earliest is not None and est.rule.startswith(_EXPLICIT)


def _open_year(est: DateEstimate) -> bool:
    """Is the estimate's year only a guess from bounds and the prior (or missing)?"""
    if est.earliest is None:
        return True
    return est.rule.startswith("content") and any(e.rule == YEAR_FROM_BOUNDS for e in est.evidence)


def _firm_year(est: DateEstimate) -> bool:
    if est.earliest is None or est.confidence < 0.3:
        return False
    if is_stated(est):
        return True
    return est.rule.startswith("content") and any(e.rule == YEAR_FROM_TEXT for e in est.evidence)


def _story_matches(
    docs: Sequence[Document],
    estimates: Mapping[str, DateEstimate],
    takes: Callable[[DateEstimate], bool],
    gives: Callable[[DateEstimate], bool],
) -> Iterator[tuple[Document, DateEstimate, str, float, str]]:
    """Each document whose estimate ``takes`` evidence, with the document telling the most similar story
    among those whose estimate ``gives`` it: (document, its estimate, donor id, similarity, the note naming
    the donor)."""
    recipients = {d.id for d in docs if (e := estimates.get(d.id)) is not None and takes(e)}
    donors = {d.id for d in docs if (e := estimates.get(d.id)) is not None and gives(e)}
    neighbours = story_neighbours(docs, recipients, donors)
    names = {d.id: d.external_id or d.id for d in docs}
    for d in docs:
        found = neighbours.get(d.id)
        est = estimates.get(d.id)
        if found is None or est is None:
            continue
        donor_id, sim, shared = found
        told = (
            f"it tells the same story as document {names[donor_id]} (similarity {sim:.2f}; shared words "
            f"{', '.join(shared)})"
        )
        yield d, est, donor_id, sim, told


def _same_story_years(
    docs: Sequence[Document], estimates: Mapping[str, DateEstimate], reference: date | None
) -> dict[str, DateEstimate]:
    """A document whose text leaves the year open takes it from a document telling the same story."""
    out: dict[str, DateEstimate] = {}
    for d, est, donor_id, sim, told in _story_matches(docs, estimates, _open_year, _firm_year):
        donor = estimates[donor_id]
        assert donor.earliest is not None
        year = donor.earliest.year
        # the text's own past dates may rule the donor's year out ("an outage that began in April 2024" is
        # no report of 2023)
        past = max(
            (e.earliest for e in est.evidence if e.rule == "content-past" and e.earliest), default=None
        )
        if (
            (est.earliest is not None and est.earliest.year == year)
            or any(y > year for y in _split_years(d.text))
            or (reference is not None and year > reference.year)
            or (past is not None and past.year > year)
            or year in _old_value_years(d)
        ):
            continue
        note = f"{told}, dated {year} by its {donor.rule}"
        new = _story_estimate(d, donor.latest or donor.earliest, reference, (year, note))
        if new.earliest is None:
            continue
        ev = Evidence("corpus-story", date(year, 1, 1), date(year, 12, 31), note, weight=round(sim, 3))
        out[d.id] = replace(
            _borrowed(new, "corpus-story", donor, _STORY_FACTOR), evidence=(ev, *new.evidence)
        )
    return out


# A year of two halves a text names as a round of its own business: "approved the 2024-25 grants", "its
# 2023/24 budget" (the second year the one after the first); not a plan's ("will take effect with the
# 2022-23 school year") nor one of a run of years ("$46.4 million in 2023-24, $49.8 million in 2024-25")
_SPLIT_YEAR = re.compile(r"\b(?:the|its|their|this)\s+(?P<y>(?:19|20)\d\d)[-–/](?P<z>\d\d)\b", re.I)
_WILL_BEFORE = re.compile(r"\b(?:will|would|shall|from|until)\b[^.;]*$", re.I)


def _split_years(text: str) -> set[int]:
    """The first years of the split years a text names as its own round ("the 2024-25 grants" gives
    2024)."""
    return {
        int(m["y"])
        for m in _SPLIT_YEAR.finditer(text)
        if (int(m["y"]) + 1) % 100 == int(m["z"])
        and not _WILL_BEFORE.search(text, max(0, m.start() - 60), m.start())
    }


def _old_value_years(d: Document) -> set[int]:
    """Years the text gives an older value for ("57, up from 38 in the 2019 count"): it was written after
    them, so it tells no story of theirs."""
    mentions, _, _ = _mentions_of(d)
    return {
        m.value.earliest.year
        for m in mentions
        if m.value.earliest is not None and older_value_time(d.text, m.start)
    }


_STORY_SPAN_DAYS = 180  # how long after a dated report a report of the same story is taken to be written
_STORY_DAY_FACTOR = 0.5
_STORY_DAY_SLACK = 31  # days: an estimate wider than this leaves the day open
_STORY_OVERRIDE = 0.1  # similarity from which a story's day overrides a text's own guessed year


def _coarse(est: DateEstimate) -> bool:
    """Is the estimate the text's own reasoning, no finer than a month (or open-ended past a month)?"""
    if est.earliest is None:
        return True
    if not est.rule.startswith(("content", "corpus-story", "corpus-now")):
        return False  # a stated date, a URL, a borrowed quotation: never coarse, whatever its granularity
    if est.granularity in ("year", "month", "unknown"):
        return True
    return est.latest is None or (est.latest - est.earliest).days > _STORY_DAY_SLACK


def _day_donor(est: DateEstimate) -> bool:
    return (
        is_stated(est)
        and est.granularity == "day"
        and est.confidence >= 0.5
        and not est.rule.startswith("corpus")
    )


def _same_story_days(
    docs: Sequence[Document], estimates: Mapping[str, DateEstimate], reference: date | None
) -> dict[str, DateEstimate]:
    """A document whose text leaves the day open is dated from the day a document of the same story was
    published: on or after it (follow-ups outnumber first reports), placed by its own weekdays and dates.

    The donor's day must fit the document's own interval unless that interval's year was only a guess.
    """
    out: dict[str, DateEstimate] = {}
    by_id = {d.id: d for d in docs}
    for d, est, donor_id, sim, told in _story_matches(docs, estimates, _coarse, _day_donor):
        day = estimates[donor_id].earliest
        assert day is not None
        if reference is not None and day > reference:
            continue
        if _FACT_CHECK.search(by_id[donor_id].text) and not _FACT_CHECK.search(d.text):
            # the story a fact check checks came out before it, not after (the satire, the viral post)
            checked = _checked_before(d, est, day, reference, f"{told}, a fact check published {day}")
            if checked is not None:
                out[d.id] = _borrowed(checked, "corpus-story-checked", estimates[donor_id], _STORY_DAY_FACTOR)
            continue
        if any(y > day.year for y in _split_years(d.text)):
            continue  # "approved the 2024-25 grants": a later year's round of the same business
        guessed = _open_year(est) or est.rule.startswith("corpus-now")  # a year from the prior or "now"
        outside = est.earliest is not None and (
            day < est.earliest - timedelta(days=_STORY_DAY_SLACK)
            # a text whose last possible day is the donor's looks ahead to it ("will take office on January
            # 5, 2026" before the report of that first day): it comes before, not after
            or (est.latest is not None and day >= est.latest)
        )
        if outside and (not guessed or sim < _STORY_OVERRIDE):
            # its own evidence places it elsewhere: an older or a later story. A guessed year gives way only
            # to a close story ("will rise from 1 April 2022" is no report of 2024 for sharing "BevSA")
            continue
        note = f"{told}, published {day}: on or after that day"
        if (since := _since_last_year(d.text, day)) is not None:
            # "who has led the Trust as interim chief executive since March last year", a story of March:
            # the document was written the year after it
            day = date(day.year + 1, 1, 1)
            note = f"{told}, published {estimates[donor_id].earliest}, is '{since}': written the year after"
            if reference is not None and day > reference:
                continue
        if (held := _held_for(d.text)) is not None:
            # "reopened Monday after being closed for nearly three months", a story whose closure came out
            # on ``day``: the document was written that long after
            # (past the reference date too: such a report came out after the question's "now")
            day = day + held[0]
            note = f"{told}, published {estimates[donor_id].earliest}, is '{held[1]}': that long after"
        ref = reference if reference is None or day <= reference else None
        new = _story_estimate(d, day, ref, (day.year, note), after=(day, note))
        if new.earliest is None or new.earliest < day:
            continue
        out[d.id] = _borrowed(new, "corpus-story-day", estimates[donor_id], _STORY_DAY_FACTOR)
    return out


# A time a document places in the year before its own: a state held "since March last year", a peak "early
# last year", a count taken "in late last year"
_SINCE_LAST_YEAR = re.compile(
    r"\b(?:since\s+|in\s+)?(?:(?P<part>early|the\s+start\s+of|mid-?|the\s+middle\s+of|late|the\s+end\s+of)\s*|"
    r"(?P<month>" + "|".join(MONTH_NAMES) + r")\s+)"
    r"last\s+year\b",
    re.I,
)
_PART_MONTHS = {
    "early": range(1, 5),
    "the start of": range(1, 5),
    "mid": range(5, 9),
    "the middle of": range(5, 9),
    "late": range(9, 13),
    "the end of": range(9, 13),
}


# A state a document says ended after a time ("reopened ... after being closed for nearly three months",
# "back in service after six weeks out of action"); "nearly" and "almost" shorten it by a tenth
_HELD_FOR = re.compile(
    r"\bafter\s+(?:being\s+(?:closed|shut|suspended|out\s+of\s+(?:service|action|use))\s+for\s+)?"
    r"(?P<q>nearly\s+|almost\s+|about\s+|around\s+|more\s+than\s+|over\s+)?"
    r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?P<u>weeks|months)"
    r"(?=\s+(?:of\s+(?:closure|repairs|works)|out\s+of\s+(?:service|action|use)|closed|shut|because|due|"
    r"following|while)\b|[\s.,;]*$|[.,;])",
    re.I,
)
_ENDED = re.compile(r"\b(?:reopen|resum|restor|back\s+(?:in\s+service|open))", re.I)
_UNIT_DAYS = {"weeks": 7, "months": 30}
_SHORT_OF = 0.9  # "nearly three months": a tenth short of it


def _held_for(text: str) -> tuple[timedelta, str] | None:
    """How long a document says a state it reports ended had held ("after being closed for nearly three
    months"), with the phrase; None when it says no such thing."""
    for m in _HELD_FOR.finditer(text):
        if not _ENDED.search(text, max(0, m.start() - 120), m.start()):
            continue  # only the end of a closure dates a report by the closure's
        days = int(parse_number(m["n"]) or 0) * _UNIT_DAYS[m["u"].lower()]
        if (m["q"] or "").strip().lower() in ("nearly", "almost"):
            days = int(days * _SHORT_OF)
        return timedelta(days=days), " ".join(m.group(0).split())
    return None


def _since_last_year(text: str, day: date) -> str | None:
    """The phrase by which a document places something "last year" ("since March last year", "at its peak
    early last year"), in the month of ``day`` (the day a report of the same story came out); None when it
    says no such thing."""
    for m in _SINCE_LAST_YEAR.finditer(text):
        month, part = m.group("month"), " ".join((m.group("part") or "").lower().rstrip("-").split())
        if month is not None and MONTH_NUMBERS.get(month.lower()) == day.month:
            return m.group(0)
        if part and day.month in _PART_MONTHS[part]:
            return m.group(0)
    return None


# A fact check's own words: "Fact check: ...", "Verdict: FALSE", "Claim: ..." as a line's label
_FACT_CHECK = re.compile(r"\bfact[- ]?check(?:ed|ers?)?\b|^\s*(?:verdict|claim|rating)\s*:", re.I | re.M)
# How long before its fact check a checked story may have come out
_CHECKED_WITHIN = timedelta(days=14)


def _checked_before(
    d: Document, est: DateEstimate, day: date, reference: date | None, note: str
) -> DateEstimate | None:
    """A story a fact check of ``day`` checks, dated by its own reading no later than that day; when its
    reading leaves that window, the days just before the check."""
    if est.latest is not None and est.latest <= day and est.granularity == "day":
        return None  # its own day already fits
    ceiling = day if reference is None else min(day, reference)
    mentions, titles, events = _mentions_of(d)
    stated = url_clues(d) + _yearless_stated(d)
    new = _estimate(stated, mentions, titles, events, reference=ceiling, year=(day.year, note))
    first = day - _CHECKED_WITHIN
    if new.earliest is not None and new.latest is not None and first <= new.earliest and new.latest <= day:
        return new
    evidence = Evidence("corpus-story-checked", first, day, note, weight=0.4)
    return DateEstimate(first, day, "week", 0.3, "corpus-story-checked", (evidence,))


_FIGURE_FACTOR = 0.5


def _after_cited_figures(
    docs: Sequence[Document], estimates: Mapping[str, DateEstimate], reference: date | None
) -> dict[str, DateEstimate]:
    """A document that gives as the old value a figure a dated report gives as the value of its day ("from
    $22.70 to $23.15" after a report of "$22.70 per hour") was written after that report: its own reading
    is redone on or after the report's day when it placed the document earlier. A stated date stands.

    A text that fits no day between the report and the reference date is a report later than the question's
    "now", and is dated as such.
    """
    names = {d.id: d.external_id or d.id for d in docs}
    out: dict[str, DateEstimate] = {}
    old_of = cited_old(docs)
    # ... and one that gives as the value of its day a figure a dated report announced for a day to come
    ahead_of = cited_future(docs)
    for d in docs:
        cited = [*old_of.get(d.id, ()), *ahead_of.get(d.id, ())]
        est = estimates.get(d.id)
        if not cited or est is None or is_stated(est):
            continue
        donors = [
            (day, fig, donor)
            for fig, donor in cited
            if (e := estimates.get(donor)) is not None and is_stated(e) and (day := e.earliest) is not None
        ]
        if not donors:
            continue
        # each figure dates the text after its first report; the latest of those firsts bounds it ("originally
        # due to reopen in March, then June": after the report of June, not only after that of March)
        firsts: dict[str, tuple[date, str, str]] = {}
        for found in sorted(donors):
            firsts.setdefault(found[1], found)
        day, fig, donor = max(firsts.values())
        if (held := _held_window(d, donors, names)) is not None:
            first, last, note, donor = held
            if est.earliest is None or est.latest is None or est.earliest < first or est.latest > last:
                out[d.id] = _held_estimate(d, first, last, note, estimates[donor])
            continue
        if est.earliest is not None and est.earliest >= day:
            continue
        if any(
            e.rule == "content-future"
            and (e.latest or day) < day
            # a month without its year ("pushed back to June") is placed by the reading redone below
            and re.search(r"\d{4}", d.text[max(0, e.start) : e.end]) is not None
            for e in est.evidence
        ):
            # "will cost £1.20 from Monday 3 April 2023, up from 90p": its own future day comes first
            continue
        shown = _shown_key(fig)
        note = (
            f"it gives {shown} as the current value, which document {names[donor]} of {day} announces as "
            "to come"
            if (fig, donor) in ahead_of.get(d.id, ())
            else f"it gives {shown} as the old value, which document {names[donor]} of {day} gives as current"
        )
        mentions, titles, events = _mentions_of(d)
        stated = url_clues(d) + _yearless_stated(d)
        new = UNKNOWN_DATE
        # past the reference date only when the text cannot be placed between the report and it
        for ref in (reference, None) if reference is not None and day <= reference else (None,):
            new = _estimate(stated, mentions, titles, events, reference=ref, after=(day, note))
            if new.earliest is not None and new.earliest >= day:
                break
        if new.earliest is None or new.earliest < day:
            continue
        out[d.id] = _borrowed(new, "corpus-figure", estimates[donor], _FIGURE_FACTOR)
    return out


def _held_estimate(d: Document, first: date, last: date, note: str, donor: DateEstimate) -> DateEstimate:
    """The text's own reading redone inside the days its old figure allows ("as of 10am on Sunday" places
    it on the Sunday of the week after the Saturday's figure); the window itself when that reading leaves
    it."""
    mentions, titles, events = _mentions_of(d)
    stated = url_clues(d) + _yearless_stated(d)
    new = _estimate(stated, mentions, titles, events, reference=None, after=(first, note))
    if new.earliest is not None and first <= new.earliest <= last:
        latest = last if new.latest is None else min(new.latest, last)
        return _borrowed(replace(new, latest=latest), "corpus-figure", donor, _FIGURE_FACTOR)
    evidence = Evidence("corpus-figure", first, last, note, weight=_FIGURE_FACTOR)
    granularity: Granularity = "day" if first == last else "week"
    confidence = round(donor.confidence * _FIGURE_FACTOR, 3)
    return DateEstimate(first, last, granularity, confidence, "corpus-figure", (evidence,))


def _shown_key(fig: str) -> str:
    """A figure's key as a reader writes it: "~june" is "June", "@market place" the place Market Place."""
    if fig.startswith(YEARLESS):
        return fig[len(YEARLESS) :].capitalize()
    if fig.startswith(PLACE):
        return f"the place {fig[len(PLACE) :].title()}"
    return fig


def _held_window(
    d: Document, donors: Sequence[tuple[date, str, str]], names: Mapping[str, str]
) -> tuple[date, date, str, str] | None:
    """The days a document was written, when it gives the day its old figure held ("up from 102 yesterday")
    and a dated report gives that figure as current on that day (a weekday named must be the report's)."""
    held = old_figure_days(d.text)
    for day, fig, donor in sorted(donors):
        if (found := held.get(fig)) is None:
            continue
        fewest, most, weekday = found
        if weekday is not None and day.weekday() != weekday:
            continue
        when = "the day before" if weekday is None else f"the {WEEKDAY_NAMES[weekday]} before"
        note = (
            f"it gives {fig} as the value of {when}, which document {names[donor]} gives as current on {day}"
        )
        return day + timedelta(days=fewest), day + timedelta(days=most), note, donor
    return None


def _borrowed(new: DateEstimate, rule: str, donor: DateEstimate, factor: float) -> DateEstimate:
    """A text's reading redone with another document's evidence, under that rule: no surer than the donor,
    discounted by ``factor``."""
    return replace(new, rule=rule, confidence=round(min(new.confidence, donor.confidence * factor), 3))


def _story_estimate(
    d: Document,
    anchor: date,
    reference: date | None,
    year: tuple[int, str],
    after: tuple[date, str] | None = None,
) -> DateEstimate:
    """A document's date in the year of a document of the same story dated ``anchor``. Its year-less past
    dates lie before the document, and near the story: "the culvert was cleared on 28 December" in a story
    of early January is the December before, not the one at the end of the year, most of a year later."""
    mentions, titles, events = _mentions_of(d)
    stated = url_clues(d) + _yearless_stated(d)  # a year-less dateline's day, in the story's year
    new = _estimate(stated, mentions, titles, events, reference=reference, year=year, after=after)
    near = anchor + timedelta(days=_STORY_SPAN_DAYS)
    if new.earliest is None or new.earliest <= near:
        return new
    closer = _estimate(
        stated, mentions, titles, events, reference=reference, ceiling=near, year=year, after=after
    )
    return closer if closer.earliest is not None else new


def _mentions_of(d: Document) -> tuple[_Mentions, _Years, _Years]:
    mentions, titles, events, _ = _cached(d)
    return mentions, titles, events


def _yearless_stated(d: Document) -> list[Clue]:
    """The document's header and dateline days that name no year: "Posted 24 November", "KELSO, March 3 -"."""
    return list(_cached(d)[3])


def _cached(d: Document) -> _Cached:
    with _CACHE_LOCK:
        cached = _MENTION_CACHE.get(d.id)
    if cached is None:
        timexes = timex.tag(d.text, None)
        mentions = tuple(read_mentions(d.text, timexes))
        cached = (
            mentions,
            _title_years(d.title, read_mentions(d.title, timex.tag(d.title, None)) if d.title else []),
            tuple(event_years(d.text, timexes)),
            tuple(c for c in header_clues(d, mentions) + dateline_clues(d, mentions) if c.yearless),
        )
        _remember(d.id, cached)
    return cached


# Years between the corpus's newest evidence and a year only bounds chose, from which that year is taken
# for a history the text recalls, not for when it was written: a pile of reports spans a few years.
_STALE_YEARS = 5
_OWN_PAST_AHEAD_DAYS = 182  # a past day further after the anchor is more likely of the year before
_NOW_SPAN_DAYS = 366  # a text naming no year placed this close before the newest evidence stays there


# A season named by its two years: "Welcome to the 2024-25 season!"
_SPLIT_SEASON = re.compile(r"\b(?P<y>(?:19|20)\d\d)[-–/]\d\d\s+season\b", re.I)


def _season_of(d: Document, est: DateEstimate) -> bool:
    """Does the text name a season of two years that starts in the year the estimate gives ("the 2024-25
    season")? A season told so is the text's own, however far ahead of the corpus's other evidence."""
    return est.earliest is not None and any(
        int(m["y"]) == est.earliest.year for m in _SPLIT_SEASON.finditer(d.text)
    )


def _date_against_newest(
    docs: Sequence[Document], estimates: Mapping[str, DateEstimate]
) -> dict[str, DateEstimate]:
    """Texts that name no year, dated against the corpus's newest evidence as "now"."""
    newest: tuple[date, str] | None = None
    for d in docs:
        est = estimates.get(d.id)
        if est is None or est.earliest is None or est.confidence < 0.5 or est.rule.startswith("corpus"):
            continue
        point = est.latest or est.earliest
        if newest is None or point > newest[0]:
            newest = (point, d.id)
    if newest is None:
        return {}
    anchor, anchor_id = newest
    names = {d.id: d.external_id or d.id for d in docs}
    out: dict[str, DateEstimate] = {}
    for d in docs:
        est = estimates.get(d.id)
        if est is None:
            continue
        bounds_only = _open_year(est) and not any(e.rule == YEAR_FROM_TEXT for e in est.evidence)
        # a year only the text's bounds chose, before the corpus's newest evidence ("made paper on the
        # site since 1897" and nothing later): the earliest year allowed is no estimate of the writing
        stale_since = (
            est.earliest.year
            if est.earliest is not None
            and est.latest is not None
            and anchor.year - est.latest.year >= _STALE_YEARS
            and bounds_only
            else None
        )
        # a year only the text's bounds chose, after the corpus's newest evidence ("on a list for renewal
        # in 2027" and no other year): dated in the year of "now" too. Even a year cited as past after "now"
        # is more often a misread figure or tense than a later writing (measured on the development sets)
        ahead = est.earliest is not None and est.earliest > anchor and bounds_only and not _season_of(d, est)
        # a header's or a dateline's year-less day ("Posted 24 November", "KELSO, March 3 -") takes the
        # year "now" gives it
        yearless = _yearless_stated(d) if est.earliest is None or bounds_only else []
        if est.earliest is not None and stale_since is None and not ahead and not yearless:
            continue
        mentions, titles, events = _mentions_of(d)
        if not mentions and not yearless:
            continue  # (a year-less header's day is no mention of the text: "posted Monday 6 November")
        lo: date | None
        hi: date | None
        if stale_since is None and not ahead:
            ceiling = _own_past(d.text, mentions, anchor)
            new = _estimate(
                url_clues(d) + yearless, mentions, titles, events, reference=None, ceiling=ceiling
            )
            note = (
                f"the text names no year: dated against the newest evidence of the corpus, {anchor} "
                f"(document {names[anchor_id]})"
            )
            if ceiling > anchor:
                note += f", or later: the text tells of {ceiling:%B} {ceiling.day} as past"
            lo, hi = None, anchor
            later = _near_after(d, (mentions, titles, events), yearless, anchor, new)
            if later is not None:
                new, note = later
                note += f", the nearest such day to the newest evidence of the corpus, {anchor}"
                note += f" (document {names[anchor_id]})"
                lo, hi = None, None
        else:
            forced = (anchor.year, f"the newest evidence of the corpus is of {anchor.year}")
            new = _estimate(url_clues(d) + yearless, mentions, titles, events, reference=None, year=forced)
            if new.earliest is None or new.earliest.year != anchor.year:
                continue
            if new.latest is not None and new.earliest <= anchor < new.latest:
                # no later than the newest evidence unless the text itself tells of a later day as past
                new = replace(new, latest=anchor)
            own = (
                f"no year of its own after {stale_since}"
                if stale_since is not None
                else "no year but one ahead"
            )
            note = (
                f"the text names {own}: dated in the year of the newest evidence of the corpus, {anchor} "
                f"(document {names[anchor_id]})"
            )
            lo, hi = date(anchor.year, 1, 1), date(anchor.year, 12, 31)
        if new.earliest is None:
            continue
        ev = Evidence("corpus-now", lo, hi, note, weight=_CORPUS_NOW_FACTOR)
        out[d.id] = replace(
            new,
            rule="corpus-now",
            confidence=round(new.confidence * _CORPUS_NOW_FACTOR, 3),
            evidence=(*est.evidence, ev, *new.evidence),
        )
    return out


def _near_after(
    d: Document,
    read: tuple[_Mentions, _Years, _Years],
    yearless: list[Clue],
    anchor: date,
    before: DateEstimate,
) -> tuple[DateEstimate, str] | None:
    """A text naming no year, re-dated in the year of its weekday's date just after the newest evidence
    when that lies nearer than where the text was placed before it ("will take over on Saturday, 1 March":
    months after a report of October 2024, not in 2014): a text naming no year is written near "now".
    ``read`` is the text's mentions, title years and event years."""
    mentions, titles, events = read
    ahead = _weekday_day_ahead(mentions, anchor)
    if ahead is None:
        return None
    day, quoted = ahead
    if before.earliest is not None and (anchor - before.earliest).days <= max(
        _NOW_SPAN_DAYS, (day - anchor).days
    ):
        return None
    why = f"{quoted} is a {WEEKDAY_NAMES[day.weekday()]} in {day.year}"
    later = _estimate(url_clues(d) + yearless, mentions, titles, events, reference=None, year=(day.year, why))
    if later.earliest is None:
        return None
    return later, f"the text names no year: {why}"


def _weekday_day_ahead(mentions: _Mentions, anchor: date) -> tuple[date, str] | None:
    """The first day within a year after ``anchor`` that a year-less date with its weekday names ("Saturday,
    1 March"), with the words that name it."""
    found: tuple[date, str] | None = None
    for m in mentions:
        v = m.value
        if v.kind != "month_day" or m.weekday < 0 or m.role:
            continue
        for y in (anchor.year, anchor.year + 1):
            day = safe_date(y, v.month, v.day)
            if (
                day is not None
                and anchor < day <= anchor + timedelta(days=366)
                and day.weekday() == m.weekday
            ):
                if found is None or day < found[0]:
                    found = (day, m.quoted)
                break
    return found


# "the end of May", "late May": the part of a month a past mention names, and its first likely day
_MONTH_PART = re.compile(r"(?:the\s+)?(?P<p>end|late|mid|middle|early|beginning|start)(?:\s+of)?[\s-]+", re.I)
_PAST_IN_MONTH = re.compile(
    r"\b(?:[a-z]{3,}ed|was|were|held|met|took|began|came|went|made|rose|fell|won|lost|paid|set|cut|shut)"
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:in|at)\s+$",
    re.I,
)
_PART_DAY = {"end": 25, "late": 20, "mid": 11, "middle": 11, "early": 1, "beginning": 1, "start": 1}


def _own_past(text: str, mentions: _Mentions, anchor: date) -> date:
    """The newest evidence of a pile is "now" for a text that names no year, unless the text itself says,
    in the past tense, that a later day of that year has gone by ("he had his first check on June 25" in
    a pile whose newest dated report is of June 3): an undated report is often the latest of its pile.
    Only a day the text says something happened on counts, in a clear past tense, or a month it says
    something happened in ("in May", "at the end of May"): a clause of unknown tense
    ("renewals open on 1 June") is often a plan, a past verb may point ahead ("delayed its vote until Aug.
    13"), and a holiday ("Christmas") is a season's talk more often than a day gone by.
    """
    latest = anchor
    # a day the text awaits bounds its writing: "approved in May" in a text still expecting the opening "in
    # early 2024" is the May before
    awaited = min(
        (m.value.latest for m in mentions if m.tense == "future" and not m.role and m.value.latest),
        default=None,
    )
    for m in mentions:
        v = m.value
        if m.tense != "past" or m.role:
            continue
        if v.kind == "bare_month":
            # "adopted by council at the end of May": a part of a month gone by, at its first likely day,
            # after a verb in the past ("after kids return in January" is habit, "its late December
            # estimate" no event)
            if not _PAST_IN_MONTH.search(text, max(0, m.start - 60), m.start):
                continue
            part = _MONTH_PART.match(m.text)
            day = safe_date(anchor.year, v.month, _PART_DAY[part["p"].lower()] if part else 1)
        elif v.kind == "month_day" and any(ch.isdigit() for ch in m.text):
            if text[max(0, m.start - 3) : m.start].lower() != "on " and not m.text.lower().startswith("on "):
                continue
            day = safe_date(anchor.year, v.month, v.day)
        else:
            continue
        # a day nearer the anchor in the year before ("opened on December 28" in a pile of January 19)
        # is that earlier day, not one eleven months ahead
        if day is None or (awaited is not None and day > awaited):
            continue
        # a weekday written with the day that falls on it in the anchor's year ("on Friday 1 September")
        # makes it that year's day however far ahead
        if day > latest and ((day - anchor).days <= _OWN_PAST_AHEAD_DAYS or day.weekday() == m.weekday):
            latest = day
    return latest


# --- words ------------------------------------------------------------------------------------------------


def explain(estimate: DateEstimate, doc: Document) -> str:
    """The evidence chain behind a document's date, in words a reader understands."""
    notes = list(dict.fromkeys(e.note for e in estimate.evidence if e.note))
    if estimate.earliest is None:
        why = "; ".join(notes) if notes else "no date in its metadata, top lines, URL or text"
        return f"date unknown: {why}"
    head = _headline(estimate)
    body = "; ".join(_ordered(estimate, notes))
    text = f"{head} ({estimate.rule}, confidence {estimate.confidence:.2f}): {body}"
    if estimate.conflicts:
        text += ". Disagreement: " + "; ".join(estimate.conflicts)
    return text


def _headline(est: DateEstimate) -> str:
    e, la = est.earliest, est.latest
    assert e is not None
    weekday = next((ev for ev in est.evidence if ev.rule == "content-weekday"), None)
    if est.granularity == "day" and la is not None and la == e:
        return e.isoformat()
    if weekday is not None and est.granularity in ("day", "week"):
        bound = f" and {la}" if la is not None and la != e else ""
        return (
            f"a {WEEKDAY_NAMES[e.weekday()]} between {e}{bound}"
            if bound
            else f"a {WEEKDAY_NAMES[e.weekday()]} on or after {e}"
        )
    if est.granularity in ("month", "year") and la is not None and granularity_of(e, la) == est.granularity:
        return describe(e, la, est.granularity)
    if est.granularity == "year":
        return f"{e.year}, on or after {e}" if la is None else f"{e.year} (between {e} and {la})"
    if est.granularity == "month":
        return (
            f"{e.isoformat()[:7]} (between {e} and {la})" if la else f"{e.isoformat()[:7]}, on or after {e}"
        )
    if la is None:
        return f"on or after {e}"
    return f"between {e} and {la}"


def _ordered(est: DateEstimate, notes: list[str]) -> list[str]:
    """The deciding evidence first, then the rest in cascade order."""
    first = [ev.note for ev in est.evidence if ev.rule == est.rule.split("+")[0] and ev.weight > 0][:1]
    return first + [n for n in notes if n not in first]
