"""When: the date of the event a question asks about, from the time expressions of the sentences that report
it, with the earlier dates that later reports moved or called wrong.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from tidings.ask.common import _SATIRE_SELF, _clip, _doc_item, _later_verdicts, _precise_doc, _sentence, _Slot
from tidings.ask.members import _IRREGULAR_PARTICIPLES, _PLAN_WORDS
from tidings.ask.numbers import _one_per_part, _place_names, _supersedes
from tidings.ask.question import (
    _STOP,
    _WORD_RE,
    Question,
    _expand,
    _proper_names,
    _question_parts,
    _stems,
    stem,
    terms_of,
)
from tidings.claims import timex_interval
from tidings.conflicts import Item, clause_around, refutation_of, sort_point
from tidings.dating import is_stated
from tidings.model import Analyzed, Claim, Polarity, TimeExpr

# --------------------------------------------------------------------------------------------- date slot


# "said on Tuesday", "announced in a statement on": the day of the report. Not a reported clause's own
# verb's date ("said the quarry would close in March 2025")
_REPORTING_DATE = re.compile(
    r"\b(?:said|says|told|announced|reported|confirmed|published|released|statement|data showed)\b"
    r"(?:(?!\b(?:would|will|shall|to|is|was|were|are)\b)[^.;]){0,25}?\b(?:on|in|this|last)?\s*$",
    re.I,
)


# the dating rules whose evidence is the document's own date line, not a date the story tells of
_STAMP_RULES = ("dateline", "header", "footer", "note")

_EVENT_WORDS = frozenset(
    stem(w)
    for w in """open reopen launch start begin close end deadline finish complete release arrive held hold
    due expire resume sworn debut premiere take effect force apply vote election""".split()
)

# a year before the thing it numbers ("its 2025 season", "the 2024 festival"): an edition, not a date
_EDITION_AFTER = re.compile(
    r"\s+(?:season|edition|series|campaign|programme|program|festival|fair|show|tournament|championships?|"
    r"race|budget|calendar|schedule|event|intake|cohort|class)\b"
)
# the year in a law's or an order's title names it ("the Road Traffic Regulation Act 1984"): no event date
_TITLE_YEAR = re.compile(
    r"\b(?:Act|Acts|Regulations|Order|Bill|Rules|Directive|Treaty|Convention)\s+(?:of\s+)?$"
)

# a date still ahead, or one a source moved the event to ("has been delayed to March 2027")
_FUTURE = re.compile(
    r"\b(?:will|shall|due|scheduled|set to|expected to|plans? to|is to|are to|delayed|postponed|"
    r"pushed back|moved|rescheduled|brought forward)\b",
    re.I,
)

_FUTURE_Q = re.compile(r"^when\s+(?:will|does|do|is|are)\b", re.I)

_AND_WHEN = re.compile(r",?\s+and\s+when\b", re.I)

_NOT_DATE = re.compile(r"\bnot\s+(?:on\s+|until\s+|by\s+)?(?:the\s+)?$", re.I)

# "not fall 2024 as first planned": a date named as the plan before
_AS_PLANNED = re.compile(
    r",?\s+as\s+(?:first\s+|originally\s+|initially\s+|previously\s+|earlier\s+)?(?:planned|scheduled|"
    r"expected|announced|hoped|forecast|promised|intended)\b",
    re.I,
)

# "will not reopen in mid-May as planned": the plan it drops is the event's former date, not a false claim
_NOT_ANY_MORE = re.compile(
    r"\b(?:not|no longer)\s+(?:be\s+)?\w+(?:ed|en)?\s+(?:on|in|by)\s+(?:the\s+)?$", re.I
)

# A date the event has moved away from: "postponed from March 3 to March 19", "originally due to launch on
# March 14", "had been scheduled for June", "Previous date: March 19". Matched on the text before the date.
_FORMER_DATE = re.compile(
    r"(?:\b(?:postponed|delayed|pushed back|put off|moved|rescheduled|brought forward|slipped|shifted)\s+from"
    r"|\b(?:originally|initially|first)\s+(?:been\s+)?(?:set|scheduled|planned|due|slated|expected|meant)\b"
    r"|\b(?:had|have|has)\s+been\s+(?:set|scheduled|planned|due|slated|expected)\b"
    r"|\bhad\s+(?:planned|hoped|intended|aimed|expected)\s+to\b"
    r"|\b(?:previous|former|original|old|earlier)\s+(?:\w+\s+)?date\b)[^.;:]{0,40}?$"
    r"|\b(?:later|earlier|sooner)\s+than\s+(?:the\s+|its\s+)?(?:\w+\s+)?$|\binstead\s+of\s+(?:the\s+)?$"
    r"|\brather\s+than\s+(?:on\s+)?(?:the\s+)?$"
    r"|\b(?:previous|former|original|old|earlier)\s+(?:\w+\s+)?date\s*:\s*$",
    re.I,
)

_TO_DATE = re.compile(r"\b(?:to|until|till)\s+(?:the\s+)?$", re.I)
_FROM = re.compile(r"\bfrom\b", re.I)
_LEAD_CHARS = 300  # how far back a sentence giving a new date may have named its event
_PRONOUN_LEAD = re.compile(r"(?:He|She|They|It)\b")
# ... or the subject of the date's own clause: "Council now advises that it will reopen in September 2024"
_PRONOUN_SUBJECT = re.compile(
    r"\b(?:that|and|but|said|says)\s+(?:it|they|he|she)\s+(?:will|would|is|are|should|could|may|might|now)\b",
    re.I,
)
# A report that the date changed ("delayed to April 2", "now set for April 19", "New launch date:") naming
# what the question names stays a candidate beside the best match: an update words the event more briefly.
_DATE_CHANGED = re.compile(
    r"\b(?:postponed|delayed|pushed back|put back|put off|moved|rescheduled|brought forward|slipped|slips|"
    # "late steel deliveries have pushed completion to October 2024"
    r"pushed\s+(?:the\s+)?(?:[\w-]+\s+){1,2}?(?:to|until|into)|"
    r"shifted|now (?:set|scheduled|planned|due|expected|slated|take place|be held)|new (?:\w+ )?date|"
    r"now (?:plans?|aims?|intends?|hopes?|expects?) to|"
    # "the contractor now expects the pool to reopen in April 2024"
    r"now (?:hopes?|expects?|wants?) (?:the|its|it|them)\b(?:\s+[\w-]+){0,3}?\s+to|"
    # "the council said ... it would now open on Monday 14 April": the plan as reported after a change;
    # "the pool will now open on Saturday 25 May"
    r"(?:would|will) now (?:be )?\w+|"
    # "Council now advises that it will reopen in September 2024": the plan as it now stands
    r"now (?:advises?|says?|confirms?|estimates?|expects?|believes?) (?:that )?"
    r"(?:[\w-]+ ){0,3}?(?:will|would)|"
    r"revised (?:\w+ )?date)\b",
    re.I,
)

# what joins one former date to the next in a list of them: "in September and then in November"
_THEN_ALSO = re.compile(r"\s*,?\s*(?:and|or)?\s*(?:then|later)?\s*(?:in|on|for|at)?\s*(?:the\s+)?", re.I)

# A source's note on its own earlier version: the date that version gave is wrong, whoever repeats it
_CORRECTION_NOTE = re.compile(
    r"\b(?:an?\s+(?:earlier|previous)\s+version\s+of\s+this\s+(?:article|story|report)|"
    r"this\s+(?:article|story|report)\s+(?:has\s+been|was)\s+(?:corrected|amended))\b",
    re.I,
)
# cues too weak to refute a date named in a sentence that does not repeat the question
_NOT_DATE_CUES = frozenset({"correction", "corrected", "in error"})


def _events_in(text: str) -> set[str]:
    """The events a question's words name: its date sits in the clause with that word."""
    words = [w for w in _WORD_RE.findall(text) if w[0].islower()]
    # a compound names its event by its last part: a "by-election" is an election, a "re-launch" a launch
    events = {stem(w.rsplit("-", 1)[-1]) for w in words} & _EVENT_WORDS
    # the question's own participle names its event too ("due to be sentenced", "was the bridge rebuilt")
    events |= {
        stem(w)
        for w in words
        if (w.endswith("ed") or w in _IRREGULAR_PARTICIPLES) and w not in _PLAN_WORDS and w not in _STOP
    }
    if len(events) > 1 and _DUE_TO.search(text):
        events.discard(stem("due"))  # "due to reopen" asks when it reopens, not when something else is due
    if _FIRST_RUN.search(text) or _ENTER_SERVICE.search(text):
        # "When is the first flight?" asks when the service starts ("will launch on 29 April", "takes off
        # on Monday 29 April")
        events |= _STARTING
    if _AGAIN.search(text):
        # "When are trains due to run through the tunnel again?" asks when it reopens or resumes
        events |= _RESUMING
    if _COME_DOWN.search(text):
        # "When will the scaffolding come down?" is answered by "should be down by Christmas" or "to be fully
        # removed by the end of March"
        events |= _TAKEN_DOWN
    if _TAKE_PLACE.search(text):
        # "When is the festival taking place?" is answered by "takes place on" or "will be held on"
        events |= _HAPPENING
    for kin in _EVENT_KIN:
        if events & kin:
            events |= kin  # "When does the spring term start?" is answered by "the term will begin on"
    return events | ({"open"} if "reopen" in events else set())


_AFTER_EVENT = re.compile(r"\s(?:after|following)\s", re.I)
_DUE_TO = re.compile(r"\bdue\s+to\s+(?:be\s+)?[a-z]", re.I)
_FIRST_RUN = re.compile(
    r"\b(?:first|maiden|inaugural)\s+(?:scheduled\s+|direct\s+)?(?:flight|sailing|service|train|voyage|"
    r"departure|crossing|trip|bus|run)s?\b",
    re.I,
)
# "When is the ferry due to enter service?" asks when it starts carrying passengers
_ENTER_SERVICE = re.compile(r"\benter(?:s|ed|ing)?\s+(?:\w+\s+)?service\b", re.I)
_STARTING = frozenset(stem(w) for w in "launch start begin take inaugural maiden enter".split())

# words for one event: a source may use any of them for the question's word
_EVENT_KIN = tuple(
    frozenset(stem(w) for w in group.split())
    for group in ("start begin commence", "built build constructed erected")
)

_TAKE_PLACE = re.compile(r"\b(?:take|takes|taking|took|taken)\s+place\b", re.I)
_HAPPENING = frozenset(stem(w) for w in "take takes taking took taken held hold".split())
_COME_DOWN = re.compile(r"\b(?:come|comes|coming|came|taken|take|brought|bring)\s+down\b", re.I)
_TAKEN_DOWN = frozenset(stem(w) for w in "down removed dismantled".split())
_AGAIN = re.compile(r"\b(?:again|back)\s*\??\s*$|\bagain\b", re.I)

# A dateline: the place that opens a line, then its date, then a dash
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Za-z .'’-]{1,40},[ \t]*$")
_DATELINE_AFTER = re.compile(r"[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?[-–—][ \t]")

# Services starting on a line or route: the day it opens
_SERVICES_START = re.compile(
    r"\b(?:passenger|public|scheduled|regular)\s+(?:services?|trains|trams|flights|sailings)\s+(?:\w+\s+){0,6}?"
    r"(?:will\s+|are\s+due\s+to\s+|to\s+)?(?:start|begin|commence|run)\b",
    re.I,
)

_RESUMING = frozenset(stem(w) for w in "reopen open resume return restart".split())


def _date_slot(q: Question, docs: Sequence[Analyzed], clusters: dict[str, int]) -> _Slot:
    """The date of the event asked about, or of each event ("when will it close, and when reopen?")."""
    groups = [e for part in _AND_WHEN.split(q.text) if (e := _events_in(part))]
    if len(groups) > 1 and all(g - groups[0] for g in groups[1:]):
        slots = [_event_date_slot(q, docs, clusters, g) for g in groups]
        if all(sl.items for sl in slots) and len({i.key for sl in slots for i in sl.items}) > 1:
            return _Slot(
                tuple(i for sl in slots for i in sl.items),
                tuple(i for sl in slots for i in sl.refuted),
                tuple(dict.fromkeys(n for sl in slots for n in sl.notes)),
                True,
                supersedes=frozenset().union(*(sl.supersedes for sl in slots)),
            )
    slot = _event_date_slot(q, docs, clusters, _events_in(q.focus))
    if _CLOSED_Q.search(q.text) and slot.items and not slot.parts:
        return _with_range_end(slot)
    if _LASTING_Q.search(q.text) and slot.items:
        return _with_day_ranges(slot)
    return slot


# "When will the festival be held?": an event that lasts days, asked of all of them
_LASTING_Q = re.compile(
    r"\b(?:be\s+held|(?:is|are|was|were)\s+(?:being\s+)?held|take\s+place|taking\s+place)\b"
    r"|^when\s+(?:is|was|will)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}?(?:festival|fair|show|conference|summit|games|"
    r"championships?|exhibition|expo|tournament|carnival|regatta|convention)\b(?!\s+(?:open|start|begin|end))",
    re.I,
)
# A range's last day in the month of its first: "November 24 to 26", "24-26 November" is read from its
# first day's side (_DAY_RANGE_BEFORE)
_DAY_RANGE_AFTER = re.compile(
    r"\s*(?:to|until|till|through|-|–)\s*(?P<d>\d{1,2})\b(?!\s*(?:[:.]\d|am|pm|%|per\b))", re.I
)
_DAY_RANGE_BEFORE = re.compile(r"\b(?P<d>\d{1,2})\s*(?:-|–|to)\s*$")


def _with_day_ranges(slot: _Slot) -> _Slot:
    """Each date with the other end of its range of days when its source gives one ("will be held from
    November 17 to 19", "runs 3-5 March"): the answer to when a festival is held is all its days. The item
    keeps its key, so a source that names the first day only still agrees with one that names them all."""
    out: list[Item] = []
    for it in slot.items:
        c, text = it.claim, it.source.doc.text
        iv = timex_interval(c.value)
        # a day, not a time of day on it
        first = iv[0] if iv is not None and c.value == iv[0].isoformat() else None
        if first is None:
            out.append(it)
            continue
        after = _DAY_RANGE_AFTER.match(text, c.end)
        before = _DAY_RANGE_BEFORE.search(text, max(0, c.start - 8), c.start)
        lo, hi = first, first
        if after is not None and first.day < int(after["d"]) <= monthrange(first.year, first.month)[1]:
            hi = first.replace(day=int(after["d"]))
        elif before is not None and 0 < int(before["d"]) < first.day:
            lo = first.replace(day=int(before["d"]))
        if lo == hi:
            out.append(it)
            continue
        span = replace(c, value=f"{lo.isoformat()} to {hi.isoformat()}", rule=c.rule + ".range")
        out.append(replace(it, claim=span))
    return replace(slot, items=tuple(out))


# "When will the airport be closed?", "How long will the bridge stay shut?": a state that lasts, asked of
# the days it starts and ends
_CLOSED_Q = re.compile(r"\b(?:be|been|stay|remain)\s+(?:\w+\s+)?(?:closed|shut)\b", re.I)


def _with_range_end(slot: _Slot) -> _Slot:
    """The best date with the last day of its range when the source gives one ("closed to all traffic from
    2 September to 16 September 2024"): the closure asked about is the whole range."""
    best = max(slot.items, key=lambda i: i.score)
    a, c = best.source, best.claim
    text = a.doc.text
    if not _range_opens(text, c.start):
        return slot
    end = _range_end(text, [t for t in a.timexes if t.type == "DATE"], c.end)
    if end is None or timex_interval(end.value) is None:
        return slot
    # one value, the range: a source that gives both ends says one thing, not two parts of it
    span = replace(c, end=end.end, value=f"{c.value} to {end.value}", rule="date.timex.range")
    item = _doc_item(a, span, span.value, best.score, best.cluster, dated_by_doc=True)
    return replace(slot, items=(item,), supersedes=frozenset())


def _event_date_slot(
    q: Question, docs: Sequence[Analyzed], clusters: dict[str, int], events: set[str]
) -> _Slot:
    want = _pairs_split(set(q.terms))
    # "When is the museum due to reopen after its roof and lift repairs?": what comes first is background;
    # the closure's sentence shares those words but does not date the reopening
    asked, *after = _AFTER_EVENT.split(q.focus, 1)
    if after and _events_in(asked):
        want -= _pairs_split(set(terms_of(q.focus[len(asked) :]))) - _pairs_split(set(terms_of(asked)))
    future = _FUTURE_Q.match(q.text.strip()) is not None
    closed_q = _CLOSED_Q.search(q.text) is not None
    q_words = {w.lower() for w in _WORD_RE.findall(q.text)} - _STOP
    names = {stem(n) for n in _proper_names(q.text)}
    own_names = names - {stem(n) for n in _place_names(q.text)}
    several_q = _SEVERAL_Q.search(q.text) is not None
    # sources that call false a report of the event as already done ("some websites describe the hall as
    # already open. This is not correct.")
    done_denied = {
        a.doc.id
        for a in docs
        for t0, t1, _, _ in _later_verdicts(a)
        if _ALREADY_DONE.search(a.doc.text, t0, t1) and events & _stems(a.doc.text[t0:t1])
    }
    want_x = _expand(want)
    items: list[Item] = []
    bad: list[Item] = []
    # refuted dates in sentences that do not repeat the question ("texts claiming voters should vote on
    # October 13 are false"): a false date is stated about the event, not about the question's words
    loose: list[Item] = []
    moved_from: set[tuple[str, int]] = set()  # sentences that name a date the event moved away from
    # the items (by id) of days named without a number ("on Tuesday", "over Christmas") in a sentence on
    # the question but not beside the event's word, and of dates beside it
    off_event: set[int] = set()
    beside: set[int] = set()
    former_before: dict[str, tuple[int, set[str]]] = {}  # per document: where such a sentence ends, its words
    event_before: dict[str, tuple[int, set[str]]] = {}  # ... and where the last one dating the event ends
    leaning: set[tuple[str, int]] = set()  # sentences of former dates leaning on the event's sentence before
    # sentences that write a date out, and the items of days an undated source names only relatively
    absolute_in: set[tuple[str, int]] = set()
    guessed: set[int] = set()
    for a in docs:
        # A story headed by the name asked about ("Valve problem delays Helios-2") may shorten it in the body
        # ("the launch has been postponed"): its heading's words count for each sentence naming the event.
        first = a.doc.text[: max(0, a.doc.text.find("\n"))].strip()
        heading = 0 < len(first) <= 100 and first[-1] not in '.!?"”'
        head = _stems(first) if names and heading else set()
        titled = head if names & head else set()
        # a story that names everything the question names is about it: an event date in it need not
        # repeat the names ("The musical, originally due to open on 12 March, will now open on 7 May")
        doc_stems = _stems(a.doc.text)
        # ... the town it lies in aside: a home paper leaves it out ("Hatherley Park lido", asked "in
        # Cheltenham")
        whole = bool(names) and (names <= doc_stems or (bool(own_names) and own_names <= doc_stems))
        # "... texts which say the rebate will be paid on 1 March. These messages are a scam.": a date in a
        # report that a later sentence refutes is refuted
        targets = [(t0, t1) for t0, t1, _, _ in _later_verdicts(a)]
        dates = [t for t in a.timexes if t.type == "DATE"]
        opening, closing = _ranges(a.doc.text, dates)
        # "will open its 2025 season on Saturday, May 3": the year names the season, and stands neither for
        # the opening's date nor between the opening and its day
        editions = {t.start for t in dates if len(t.value) == 4 and _EDITION_AFTER.match(a.doc.text, t.end)}
        # the dateline's or a header line's date says when the story was written ("COPENHAGEN, Aug 14
        # (Reuters) - A giant panda cub has been born"), however many of the question's words follow it
        stamps = {e.start for e in a.date.evidence if e.rule.startswith(_STAMP_RULES) and e.start >= 0}
        for t in dates:
            if not events & _ENDS:
                t = _range_start(a.doc.text, t)
            iv = timex_interval(t.value)
            if iv is None or t.start in stamps:
                continue
            if _REPORTING_DATE.search(a.doc.text, max(0, t.start - 40), t.start):
                continue
            if _DATELINE_BEFORE.search(a.doc.text, max(0, t.start - 40), t.start) and _DATELINE_AFTER.match(
                a.doc.text, t.end
            ):
                continue  # "Pretoria, 10 February 2022 - SANRAL gives notice": the day the notice was written
            if len(t.value) == 4 and _TITLE_YEAR.search(a.doc.text, max(0, t.start - 20), t.start):
                continue
            if (len(t.value) == 4 and a.doc.text[t.end : t.end + 2] in ("'s", "’s")) or t.start in editions:
                continue  # "to host this year's summit": the year names the edition, not its date
            if _WEEKDAY_SPAN.match(a.doc.text, t.start) or _WEEKDAY_SPAN_END.search(
                a.doc.text, max(0, t.start - 24), t.end
            ):
                continue  # "open Monday to Saturday": days of the week it runs, not a date
            lo = max(0, a.doc.text.rfind("\n", 0, t.start))
            sent_lo = max(lo, _full_stop_before(a.doc.text, t.start))
            ends = [e for e in (_full_stop_after(a.doc.text, t.end), a.doc.text.find("\n", t.end)) if e >= 0]
            sent_hi = min(ends) if ends else len(a.doc.text)  # a header line is not part of the next one
            sent = a.doc.text[sent_lo:sent_hi]
            at, end = t.start - sent_lo, t.end - sent_lo
            # "from Friday 5 September to Sunday 7 September": a range's first day is when it starts, its
            # last when it ends; a question about one is not answered by the other
            opens, closes = t.start in opening, t.start in closing
            # "will be closed ... from 2 September": asked when a place is closed, a range's first day is
            # when the closure starts, whichever word of the sentence names the works
            closure = closed_q and opens
            if (closes and events & _STARTS) or (opens and events & _ENDS and not closure):
                continue
            if _other_state_began(sent, at, events):
                continue  # the date of another happening the sentence mentions, not a date of the event
            if _names_other_event(sent, end, events):
                continue  # "the site of November's landslip": the day of the landslip, not of the reopening
            c_lo, c_hi = clause_around(sent, at, end)
            if len(sent) <= 80 and sent[:at].rstrip().endswith(":"):
                c_lo = 0  # a field line ("New launch date: April 2"): its label says what the date is
            clause = sent[c_lo:c_hi]
            clause_stems = _stems(clause)
            # a line opens when "passenger services will start"
            ev = events | _STARTING if "open" in events and _SERVICES_START.search(clause) else events
            sent_stems = _pairs_split(_stems(sent))
            # "postponed from March 3 to March 19", "now set for April 19": a change of date names its event
            moved_to = _DATE_CHANGED.search(sent, max(0, at - 50), at) is not None or (
                # "has pushed back the start of service for the MV Raven Crest to February 3": the verb's
                # object may be long when the new date follows "to"
                _TO_DATE.search(sent, 0, at) is not None
                and _DATE_CHANGED.search(sent, max(0, at - 110), at) is not None
            )
            labelled_old = c_lo == 0 and _FORMER_DATE.search(sent, 0, at) is not None
            near = moved_to or _next_to_event(
                clause,
                at - c_lo,
                end - c_lo,
                ev,
                [(u.start - sent_lo - c_lo) for u in dates if u.start not in editions],
            )
            on_event = labelled_old or (bool(ev and ev & _expand(clause_stems)) and near)
            if several_q and not on_event and _PLANNED_FOR.search(sent, max(0, at - 30), at):
                # "the second stage ... was on track for December 2024", asked when each stage opens: the
                # part's own date, told by the plan it is on
                on_event = _PART_NOUN.search(clause) is not None
            lead: set[str] = set()
            told = (
                a.doc.text[max(0, sent_lo - _LEAD_CHARS) : sent_lo]
                if moved_to and whole and not on_event
                else ""
            )
            before = _stems(told)
            if names and names <= before and events & _expand(before) and _DATE_CHANGED.search(told):
                # "The launch of the Aurora-2 satellite has been pushed back ... The agency said on Friday
                # that the new target date is November 26": a new date is that of the event whose move the
                # text has just told
                on_event, lead = True, before
            prev = former_before.get(a.doc.id)
            if prev is not None and prev[0] == sent_lo and moved_to:
                # "The line had planned to reopen on 5 April. It now hopes to run its first trains on 24 May":
                # the sentence after one naming the event's former date moves that event
                on_event, sent_stems = True, sent_stems | prev[1]
            last_event = event_before.get(a.doc.id)
            if (
                not on_event
                and last_event is not None
                and sent_lo >= last_event[0]
                and not a.doc.text[last_event[0] : sent_lo].strip()
                and _FORMER_DATE.search(sent, max(0, c_lo, at - 90), at)
            ):
                # "... is now expected to reopen on September 14. The project was originally due to finish in
                # May, then early July": the sentence after the event's date tells the dates it moved from
                on_event, sent_stems = True, sent_stems | last_event[1]
                leaning.add((a.doc.id, sent_lo))
            if (opens and events & _STARTS and not closes) or closure:
                on_event = True  # "will take place from 5 September to 7 September" starts on the 5th
                clause_stems = clause_stems | (events & _STARTS)
                sent_stems = sent_stems | (events & _STARTS)
            seen = sent_stems | titled | lead if on_event else sent_stems
            if on_event and ev is not events:
                seen = seen | {"open"}  # the services' start is the opening asked about
            overlap = len(want_x & seen)
            needed = max(1, int(0.5 * len(want) + 0.5))
            if on_event and names and names <= seen:
                needed = min(needed, len(names) + 1)  # the name and the event: "the launch of Helios-2"
            elif on_event and len(names & seen) >= 2:
                # "the start of service for the MV Raven Crest", asked of the ferry "on the Port Selkirk -
                # Tanu Island route": the subject's name and the event, without the setting's names
                needed = min(needed, len(names & seen) + 1)
            elif on_event and whole:
                # "The new opening date is 18 January 2025"; "He ... will be sentenced on March 21, 2025": a
                # pronoun stands for the story's subject
                pronoun = _PRONOUN_LEAD.match(sent.lstrip(". \n")) or _PRONOUN_SUBJECT.search(sent, 0, at)
                needed = min(needed, 1 if moved_to or pronoun else 2)
            if several_q and want and overlap < needed and sent_lo > 0:
                # "When will each stage open?": the part's sentence ("the second stage ... was on track for
                # December 2024") leans on the one before it for the subject ("the first section of
                # Devonport's coastal pathway")
                p_lo = max(a.doc.text.rfind("\n", 0, sent_lo - 1), _full_stop_before(a.doc.text, sent_lo - 1))
                overlap = len(want_x & (seen | _pairs_split(_stems(a.doc.text[max(0, p_lo) : sent_lo]))))
            if not want or overlap < needed:
                # "texts claiming voters should vote on October 13 are false": a refuted event date in a
                # sentence that does not repeat the question
                if (
                    want
                    and (cue := refutation_of(sent))
                    and cue not in _NOT_DATE_CUES
                    and _EVENT_WORDS & clause_stems
                ):
                    rule0 = (
                        "date.timex.corrected-report"
                        if _CORRECTION_NOTE.search(sent)
                        else "date.timex.refuted-report"
                    )
                    c0 = _date_claim(a, t, q.focus, sent_lo, sent_hi, rule0, "refuted")
                    loose.append(_doc_item(a, c0, t.value, 0.0, clusters.get(a.doc.id, 0), dated_by_doc=True))
                continue
            score = float(overlap)
            if on_event:
                score += 2.0  # the date of the event asked about ("will reopen on June 7"), not another
                if future and _FUTURE.search(clause):
                    score += 0.5
            said = {w.lower() for w in _WORD_RE.findall(t.text)}
            shared = said & q_words
            if shared and (said <= q_words or not all(w.isdigit() for w in shared)):
                # "the November election": a date the question itself names is not the answer, but a day of
                # the year it names ("the 2025 festival" opens on "16 October 2025") may be
                score -= 1.5
            in_report = any(t0 <= t.start < t1 for t0, t1 in targets)
            # "will now open in spring 2025, not fall 2024 as first planned": the plan dropped, no false date
            denied = _NOT_DATE.search(sent, max(0, at - 16), at) is not None
            dropped_plan = denied and _AS_PLANNED.match(sent, at + len(t.text)) is not None
            refuted = bool(refutation_of(sent)) or (denied and not dropped_plan) or in_report
            if (
                not refuted
                and t.tense == "past"
                and on_event
                and any(d != a.doc.id for d in done_denied)
                and not _PLANNED_FOR.search(sent, max(0, at - 30), at)
            ):
                # "Opened in March 2024", where another source calls reports of it being "already open" not
                # correct: the opening told as done is the false report
                refuted = True
            if in_report and not refutation_of(sent) and _INSTEAD_OF.search(sent, max(0, at - 16), at):
                # "a document claiming schools will reopen on 10 June instead of 3 June. Verdict: Fake": the
                # date the false report set aside is not what it claimed
                refuted = False
            if not refuted and not is_stated(a.date) and not _ABSOLUTE.search(t.text):
                # "opens to the public tomorrow" in an undated bulletin: the day is only as good as the
                # guess at the bulletin's own date, below a report that names the day, and well below it
                # when that guess spans more than a month. A refuted one ("falsely claiming it had moved to
                # Friday") still says which date is false
                score -= 2.0 if _precise_doc(a) else 4.0
            # a date the event moved away from is its history, whatever else the clause says
            fm = _FORMER_DATE.search(sent, max(0, c_lo, at - 90), at)
            if (
                fm is not None
                and _TO_DATE.search(sent, fm.start(), at)
                and _FROM.search(sent, fm.start(), at)
            ):
                fm = None  # "has slipped from spring to August 2024": the date after "to" is the new one
            between = [u for u in dates if fm is not None and fm.start() <= u.start - sent_lo < at]
            former = (
                (
                    fm is not None
                    # "postponed from March 3 to March 19" names the new date after the old one; "had been due
                    # to reopen in September and then in November" lists old dates one after another
                    and (not between or _THEN_ALSO.fullmatch(sent, between[-1].end - sent_lo, at) is not None)
                )
                or _NOT_ANY_MORE.search(sent, max(0, at - 30), at) is not None
                or dropped_plan
                or _earlier_instance(clause, events)
                or _LAST_TIME_WHEN.search(sent, max(0, at - 70), at) is not None
            )
            if former:
                moved_from.add((a.doc.id, sent_lo))
                if on_event:
                    former_before[a.doc.id] = (sent_hi, sent_stems)
            elif on_event and not refuted:
                event_before[a.doc.id] = (sent_hi, sent_stems)
            elif (a.doc.id, sent_lo) in moved_from and on_event and (iv[1] - iv[0]).days <= 31:
                moved_to = True  # "originally due to open on 12 March, will now open on 7 May"
            # a follow-up may drop a word of the name ("the 2025 festival will now take place ...", the
            # Carrowgate Folk Festival; "the Aurel-3 satellite", the Aurel-3 Earth observation satellite): all
            # but one of its words in the story still name it; so do two of its names beside the event
            named = (
                whole
                or (len(names) >= 2 and len(names - doc_stems) <= 1)
                or (on_event and len(names & seen) >= 2)
            )
            changed = moved_to and not former and bool(names) and (names <= seen or named)
            tail = ".refuted" if refuted else ".history" if former else ".changed" if changed else ""
            rule = "date.timex" + tail
            c = _date_claim(a, t, q.focus, sent_lo, sent_hi, rule, "refuted" if refuted else "asserted")
            it = _doc_item(a, c, c.value, score, clusters.get(a.doc.id, 0), dated_by_doc=True)
            (bad if refuted else items).append(it)
            if _ABSOLUTE.search(t.text):
                absolute_in.add((a.doc.id, sent_lo))
            elif not is_stated(a.date):
                guessed.add(id(it))
            if on_event and not refuted:
                beside.add(id(it))
            elif not refuted and not any(ch.isdigit() for ch in t.text):
                off_event.add(id(it))
    # a date refuted anywhere ("claiming the deadline was moved to October 28 are false") is refuted
    # everywhere; only refuted dates about the event asked count
    if items or bad:
        best = max(i.score for i in (*items, *bad))
        bad = [i for i in bad if i.score >= best - 1.0 - 1e-9]
        # a loose refuted date counts only in a document that speaks of the question elsewhere, and never
        # against a date some source states for the question itself, unless the source corrects its own
        # earlier version ("An earlier version of this article said the quarry would close in March 2025")
        on_topic = {i.source.doc.id for i in (*items, *bad)}
        stated = {i.key for i in items}
        bad.extend(
            replace(i, score=best)
            for i in loose
            if i.source.doc.id in on_topic
            and (i.key not in stated or i.claim.rule == "date.timex.corrected-report")
        )
    if events and len(off_event) < len(items):
        # where some source gives the event's own date, a day named beside another happening of a sentence
        # on the question is not its date ("start the term later while the boilers are replaced over
        # Christmas"; "the cabinet on Tuesday approved the term dates"), though a date written out in full
        # may be ("have until 15 October 2024 to register")
        items = [i for i in items if id(i) not in off_event]
    # "starts at midnight tonight, so from tomorrow, Tuesday 1 March": in an undated source the day written
    # out says when; "tonight" is only as good as the guess at the source's date
    items = [
        i
        for i in items
        if not (id(i) in guessed and (i.source.doc.id, i.claim.sentence_start) in absolute_in)
    ]
    if _NEXT_Q.search(q.text):
        items = _next_after(items, [i for i in items if id(i) in beside], q.as_of or _newest_stated(docs))
    # "a Facebook page ... which is claiming the hub will open on 1 December" beside "It will officially open
    # on Saturday 16 March 2024": a source that reports another's date as claimed and gives its own
    # disputes it
    claimed = [i for i in items if not i.history and _claimed_by_another(i)]
    disputed = [
        i
        for i in claimed
        if any(j.doc_id == i.doc_id and not j.history and j.key != i.key and j not in claimed for j in items)
    ]
    if disputed:
        bad += [replace(i, claim=replace(i.claim, polarity="refuted")) for i in disputed]
        items = [i for i in items if i not in disputed]
    bad_keys = {i.key for i in bad}
    refuted_items = [*bad, *(i for i in items if i.key in bad_keys)]
    items = [i for i in items if i.key not in bad_keys]
    agreed = _years_agreed(items)
    # former dates told after the event's date count only where another source gave them as the date
    # ("had been due to open on 1 December"); "originally due to open before Christmas", never announced,
    # is the story's background
    given = {i.key for i in agreed if not i.history}
    agreed = [i for i in agreed if (i.doc_id, i.claim.sentence_start) not in leaning or i.key in given]
    # a self-declared satire source's date is refuted by its own disclaimer (later): worded however close to
    # the question, it must not crowd out the dates the other sources give
    satire = {a.doc.id for a in docs if _SATIRE_SELF.search(a.doc.text)}
    plain = [i for i in agreed if i.doc_id not in satire]
    made_up = [i for i in agreed if i.doc_id in satire]
    if plain and made_up:
        items = [*_best_dates(plain, q.as_of), *_best_dates(made_up, q.as_of)]
    else:
        items = _best_dates(agreed, q.as_of)
    parts = False
    # "will move to three-weekly collections in two phases": each phase starts on its own date
    phased = any(_PHASED.search(a.doc.text) for a in docs)
    several = _SEVERAL_Q.search(q.text) is not None or phased
    another = not several and _another_of_asked(q.text, docs)
    if several or another:
        # "When will the two renovated wings reopen?": each source's own best date may be another part's
        more = _each_source_best(agreed, items)
        items = items + more
        # "in addition to the Hursthill shutdown": a source tells of another one, so dates apart are parts
        parts = bool(more) or ((another or phased) and len({i.doc_id for i in items if not i.history}) > 1)
    notes = tuple(
        dict.fromkeys(
            f'{i.claim.value} is refuted in [{i.label}]: "{_clip(_sentence(i.source, i.claim))}"'
            for i in refuted_items
            if i.claim.polarity == "refuted"
        )
    )
    # "When do the new Ravensmoor and Holt Cross stations open?": one date for each named part
    qparts = _question_parts(q.text)
    if qparts and len({i.key for i in items}) > 1:
        split_items = _one_per_part(items, qparts)
        if split_items is not None:
            items, parts = split_items, True
    return _Slot(tuple(items), tuple(refuted_items), notes, parts, supersedes=_supersedes(items))


# A date reported as another's claim: "which is claiming the hub will open on", "alleges that ... on"
_CLAIMED_BEFORE = re.compile(
    r"\b(?:claim(?:s|ing)|alleg(?:es|ing)|purport(?:s|ing)\s+to\s+say)\b(?:\s+that)?[^.;:]{0,80}$", re.I
)


def _claimed_by_another(i: Item) -> bool:
    c = i.claim
    lo = max(0, c.sentence_start, c.start - 90)
    return _CLAIMED_BEFORE.search(i.source.doc.text, lo, c.start) is not None


# Between a range's first and last day: "to", "until", "-", with commas ("Friday, September 5, to Sunday")
_RANGE_GAP = re.compile(r"[\s,]*(?:to|until|till|through|thru|-|–|—)[\s,]*", re.I)
# "from 5 September to 7 September" is a range; "moved from 3 March to 9 June" is a move, not a range
_RANGE_FROM = re.compile(r"\b(?:from|between)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$", re.I)
_MOVED_BEFORE = re.compile(
    r"\b(?:mov|postpon|push|put|brought|bring|delay|reschedul|shift|chang|switch|bump)\w*\b[^.]{0,40}$", re.I
)


def _range_opens(text: str, at: int) -> bool:
    """Does the date at ``at`` open a range ("from Friday 5 September")?"""
    before = text[max(0, at - 60) : at]
    m = _RANGE_FROM.search(before)
    return m is not None and not _MOVED_BEFORE.search(before, 0, m.start())


def _ranges(text: str, dates: Sequence[TimeExpr]) -> tuple[set[int], set[int]]:
    """Where the dates start that open a range and those that close one."""
    opening: set[int] = set()
    closing: set[int] = set()
    for t in dates:
        if _range_opens(text, t.start) and (u := _range_end(text, dates, t.end)) is not None:
            opening.add(t.start)
            closing.add(u.start)
    return opening, closing


def _range_end(text: str, dates: Sequence[TimeExpr], after: int) -> TimeExpr | None:
    """The date that closes a range whose first day ends at ``after`` ("2 September to 16 September")."""
    return next((u for u in dates if u.start > after and _RANGE_GAP.fullmatch(text, after, u.start)), None)


# "on 19-20 August 2025": the first day of a span written before the day the tagger dates
_SPAN_FIRST_DAY = re.compile(r"(?<![\d-])([0-3]?\d)\s*[-–]\s*$")


def _range_start(text: str, t: TimeExpr) -> TimeExpr:
    """A day written as the end of a span of days ("19-20 August 2025") stands for the span's first day:
    an event "on 19-20 August" happens from the 19th."""
    m = _SPAN_FIRST_DAY.search(text, max(0, t.start - 5), t.start)
    if m is None or len(t.value) != 10:
        return t
    first = int(m.group(1))
    day = int(t.value[8:])
    if not 1 <= first < day:
        return t
    return replace(t, start=m.start(1), text=text[m.start(1) : t.end], value=f"{t.value[:8]}{first:02d}")


_STARTS = frozenset(stem(w) for w in "start begin open commence kick".split())
_ENDS = frozenset(stem(w) for w in "end finish close conclude".split())

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?"

# "Monday to Saturday, 10am to 5pm" is opening hours; "Friday to Sunday 7 September" names days
_WEEKDAY_SPAN = re.compile(
    _WEEKDAY
    + r"\s*(?:to|-|–|through|till|until)\s*"
    + _WEEKDAY
    + r"\b(?!\s*,?\s*\d(?!\d?\s*(?:am|pm|a\.m|p\.m|[:.]\d)))",
    re.I,
)

_WEEKDAY_SPAN_END = re.compile(_WEEKDAY + r"\s*(?:to|-|–|through|till|until)\s*" + _WEEKDAY + r"$")

_SEVERAL_Q = re.compile(
    r"\b(?:two|three|four|five|both|each)\s+(?:[\w-]+\s+){0,2}[a-z-]+s\b|\b(?:in|for|at)\s+(?:each|every)\s+[a-z-]+"
    # "When are the main parts of the expansion due to be completed?"
    r"|\b(?:main|key|major|various|different|separate)\s+(?:parts|phases|stages|elements|sections|strands)\b"
    # "When will each stage of the coastal pathway open?"
    r"|\beach\s+(?:[a-z-]+\s+)?(?:stage|phase|part|section|leg|wing|stretch|element|strand)\b",
    re.I,
)

_PLURAL_WORD = re.compile(r"\b([a-z]{4,}[^s\W])s\b")


def _another_of_asked(question: str, docs: Sequence[Analyzed]) -> bool:
    """The question asks of things in the plural ("When will the maintenance shutdowns take place?") and a
    source tells of one beside another ("in addition to the Hursthill shutdown next week"): each source's
    date may be another one's."""
    for m in _PLURAL_WORD.finditer(question):
        one = re.compile(
            r"\b(?:in addition to|as well as|besides|alongside|on top of|another|a second|a further|"
            r"a separate)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}" + m.group(1) + r"\b",
            re.I,
        )
        if any(one.search(a.doc.text) for a in docs):
            return True
    return False


_PHASED = re.compile(r"\bin\s+(?:two|three|four|several)\s+(?:phases|stages|waves)\b", re.I)
_INSTEAD_OF = re.compile(r"\b(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+(?:the\s+)?$", re.I)

# An event told as done: "describe the hall as already open", "claims it has opened"
_ALREADY_DONE = re.compile(
    r"\balready\b|\bhas\s+(?:now\s+)?(?:been\s+)?(?:open|opened|finished|completed)\b", re.I
)

# A plan's date: "was on track for December 2024", "is due in June 2025"
_PLANNED_FOR = re.compile(
    r"\b(?:on\s+track|due|scheduled|slated|set|planned|expected|pencilled\s+in)\s+(?:to\s+\w+\s+)?(?:for|in|by)\s+$",
    re.I,
)
_PART_NOUN = re.compile(r"\b(?:stage|phase|part|section|leg|wing|stretch)\b", re.I)

_PART_MARGIN = 2.5  # how far below the best a source's own best date may score and still be a part


def _each_source_best(items: Sequence[Item], kept: Sequence[Item]) -> list[Item]:
    """For each source without a kept date, its best-scoring date when near the best and not kept."""
    current = [i for i in items if not i.history]
    if not current:
        return []
    best = max(i.score for i in current)
    have_docs = {i.doc_id for i in kept}
    have_keys = {i.key for i in kept}
    out: list[Item] = []
    for doc_id in dict.fromkeys(i.doc_id for i in current):
        if doc_id in have_docs:
            continue
        top = max((i for i in current if i.doc_id == doc_id), key=lambda i: i.score)
        if top.score >= best - _PART_MARGIN and top.key not in have_keys:
            out.append(top)
            have_keys.add(top.key)
    return out


def _date_claim(
    a: Analyzed, t: TimeExpr, subject: str, sent_lo: int, sent_hi: int, rule: str, polarity: Polarity
) -> Claim:
    """The event-date claim a time expression makes for the date slot (the day of "Tuesday evening")."""
    return Claim(
        doc_id=a.doc.id,
        start=t.start,
        end=t.end,
        kind="event",
        subject=subject,
        attribute="date",
        value=t.value.split("T", 1)[0] if _TX_TIME_OF_DAY.fullmatch(t.value) else t.value,
        sentence_start=sent_lo,
        sentence_end=sent_hi,
        rule=rule,
        polarity=polarity,
    )


_YEAR_WORD = re.compile(r"\b(?:1[89]|20)\d\d\b")

_TX_TIME_OF_DAY = re.compile(r"\d{4}-\d\d-\d\dT.+")

_TX_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _claim_text(i: Item) -> str:
    return i.source.doc.text[i.claim.start : i.claim.end]


def _years_agreed(items: Sequence[Item]) -> list[Item]:
    """A year-less date ("due to be sentenced on 12 June") in a document whose year is only inferred is the
    same day another source states with its year ("adjourned to 12 June 2024"), not a year earlier."""
    # per item: its month and day (a day value only), and whether its year is stated
    days = [
        (
            i.key[5:10] if _TX_DAY.fullmatch(i.key) else None,
            bool(_YEAR_WORD.search(_claim_text(i))) or is_stated(i.source.date),
        )
        for i in items
    ]
    firm: dict[str, set[str]] = {}
    for i, (day, stated) in zip(items, days, strict=True):
        if day is not None and stated:
            firm.setdefault(day, set()).add(i.key)
    out: list[Item] = []
    for i, (day, stated) in zip(items, days, strict=True):
        same = firm.get(day) if day is not None and not stated else None
        if same is not None and len(same) == 1 and i.key not in same:
            (v2,) = same
            i = replace(i, key=v2, claim=replace(i.claim, value=v2))
        out.append(i)
    return out


# what starts another clause between a date and a later event word
_NEW_CLAUSE = re.compile(r"[,;]|\b(?:and|but|or|while|whereas|then)\b")


# a clause of another happening between the event word and a later date
_OTHER_CLAUSE = re.compile(r"\b(?:while|whereas|because|although|though|but)\b", re.I)


# a stop that ends an abbreviation, not a sentence ("at 10 a.m. today, January 19", "Mr. Patel")
_ABBREVIATED = re.compile(r"(?:\b[ap]\.m|\b(?:Mr|Mrs|Ms|Dr|St|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|No|vs))$", re.I)


def _full_stop_before(text: str, at: int) -> int:
    """Where the sentence around ``at`` starts: the last ". " before it that ends no abbreviation, or "! "
    or "? " ("Ignore the rumours! We have confirmed ..."), else -1."""
    stop = text.rfind(". ", 0, at)
    while stop > 0 and _ABBREVIATED.search(text, max(0, stop - 5), stop):
        stop = text.rfind(". ", 0, stop)
    return max(stop, text.rfind("! ", 0, at), text.rfind("? ", 0, at))


def _full_stop_after(text: str, at: int) -> int:
    """Where the sentence around ``at`` ends: the first ". " after it that ends no abbreviation, or "! " or
    "? ", else -1."""
    stop = text.find(". ", at)
    while stop > 0 and _ABBREVIATED.search(text, max(0, stop - 5), stop):
        stop = text.find(". ", stop + 1)
    return min((e for e in (stop, text.find("! ", at), text.find("? ", at)) if e >= 0), default=-1)


def _next_to_event(clause: str, at: int, end: int, events: set[str], others: Sequence[int]) -> bool:
    """No other date stands between the event word and this date: in "will open on June 14, following
    testing carried out in April" June 14 is the opening's date and April belongs to the testing."""
    want = _expand(events)
    for m in _WORD_RE.finditer(clause):
        if stem(m.group(0).lower()) not in want:
            continue
        if m.end() <= at:
            if _OTHER_CLAUSE.search(clause, m.end(), at):
                continue  # "will start the term later while the boilers are replaced over Christmas"
            lo, hi = m.end(), at
        elif m.start() - end <= 25 and not _NEW_CLAUSE.search(clause, end, m.start()):
            # "the June 7 reopening", not "since January 8 ..., to reopen by May 15" nor "will begin early
            # next year and is due to be completed in 2027"
            if any(m.end() <= o <= m.end() + 15 for o in others):
                continue  # "unveiled on Tuesday, opens on Thursday 16 October": the event has its own date
            lo, hi = end, m.start()
        else:
            continue
        if not any(lo <= o < hi for o in others):
            return True
    return False


_PAIR = re.compile(r"[a-z]{3,}(?:-[a-z]{3,})+")


def _pairs_split(stems: set[str]) -> set[str]:
    """ "the Fjellvik-Skarsund ferry route" runs "between Fjellvik and Skarsund": a hyphened pair of words
    matches each word alone."""
    return {p for s in stems for p in (s.split("-") if _PAIR.fullmatch(s) else (s,))}


# "more than three weeks later than last winter, when it opened on December 28": the day of the last time
_LAST_TIME_WHEN = re.compile(
    r"\b(?:last|previous|prior)\s+(?:[\w-]+\s+)?[\w-]+,?\s+when\b[^.;:,]{0,40}$", re.I
)
_PREVIOUS = re.compile(r"\b(?:last|previous|prior|preceding)\s+((?:[\w-]+\s+)?[\w-]+)", re.I)


def _earlier_instance(clause: str, events: set[str]) -> bool:
    """The clause tells of an earlier instance of the event: "Turnout at the last by-election in the ward,
    in 2019, was 24%" dates the last one, not the one asked about."""
    return any(
        events & {stem(w.rsplit("-", 1)[-1]) for w in m.group(1).lower().split()}
        for m in _PREVIOUS.finditer(clause)
    )


# "ending a closure that began in the autumn of 2019": the date a state began that the event asked
# about ends, told in a relative clause
_STATE_BEGAN = re.compile(
    r"\b(?:that|which)\s+(?:had\s+)?(began|begun|started|set\s+in)\s+(?:in|on|at)\s+(?:the\s+)?$", re.I
)


def _other_state_began(sent: str, at: int, events: set[str]) -> bool:
    m = _STATE_BEGAN.search(sent, max(0, at - 40), at)
    return m is not None and not (_expand(events) & _expand({stem(m.group(1).split()[0].lower())}))


# A date in the possessive names the happening after it: "November's landslip", "Tuesday's vote".
_POSSESSIVE_EVENT = re.compile(r"['’]s?\s+(?:[a-z-]+\s+)?([a-z]+)")


def _names_other_event(sent: str, end: int, events: set[str]) -> bool:
    m = _POSSESSIVE_EVENT.match(sent, end)
    return m is not None and bool(events) and not (_expand(events) & _expand({stem(m.group(1))}))


# A date that names its day, month or year, not one counted from the writing ("tomorrow", "on Friday")
_ABSOLUTE = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?![a-z])", re.I
)


# "When does the next school term start?": of the event's dates, the first after the question's "now"
_NEXT_Q = re.compile(
    r"\bnext\s+(?!(?:year|month|week|day|time|season|spring|summer|autumn|winter)\b)\w+", re.I
)


def _newest_stated(docs: Sequence[Analyzed]) -> date | None:
    """The newest publication date a source states (else the newest known to a day), the "now" of a
    question without a date."""
    days = [a.date.earliest for a in docs if is_stated(a.date) and a.date.earliest is not None]
    # without a stated date, the newest date known to a day
    days = days or [a.date.earliest for a in docs if a.date.granularity == "day" and a.date.earliest]
    return max(days) if days else None


def _next_after(items: list[Item], beside: list[Item], now: date | None) -> list[Item]:
    """The items giving the first of the event's dates after ``now``, of those beside the event's word
    when there are any; all items when none lies after."""
    if now is None:
        return items
    starts = {i.key: iv[0] for i in items if (iv := timex_interval(i.claim.value)) is not None}
    ahead = [i for i in beside or items if i.key in starts and starts[i.key] > now and not i.history]
    if not ahead:
        return items
    first = min(starts[i.key] for i in ahead)
    return [i for i in items if (i.key in starts and starts[i.key] == first) or i.history]


def _after_moves(i: Item, as_of: date | None) -> date | None:
    """The earliest day of an undated source known from its own evidence to lie before the question's
    date, if there is one."""
    span = i.source.date
    if span.earliest is None or span.latest is None or (as_of is not None and span.latest >= as_of):
        return None
    return span.earliest


def _best_dates(items: Sequence[Item], as_of: date | None = None) -> list[Item]:
    """The dates that match the event best, and the reports that it moved: a document's best date when
    its sentence says the date changed and comes near the best match, with the dates it moved from.
    ``as_of``: the question's date, which caps what an undated source's date can say."""
    current = [i for i in items if not i.history]
    if not current:
        return []
    # a report of a move may word the event more fully than a later source's plain statement of the date
    # ("slipped from spring to August 2024", then "will open to the public on Saturday, January 18"): the
    # best plain match of a source dated by its own statement after every such move stays beside it
    best = max(i.score for i in current)
    moves = [i for i in current if ".changed" in i.claim.rule and i.score >= best]
    # ... and so does one of an undated source that can only have been written after them ("the delay from
    # September had been caused by ...": its earliest day is after the move), unless only the question's
    # date bounds it: a source that may well be later than the question says nothing of the time asked
    plain = [
        i
        for i in current
        if ".changed" not in i.claim.rule
        and (when := sort_point(i) if is_stated(i.source.date) else _after_moves(i, as_of)) is not None
        and all(when > (sort_point(m) or date.max) for m in moves)
    ]
    keep = [i for i in current if i.score >= best]
    if moves and plain:
        top = max(i.score for i in plain)
        keep += [i for i in plain if i.score >= top and i not in keep]
    moved: dict[str, float] = {}
    for i in current:
        if i.score < best and ".changed" in i.claim.rule:
            moved[i.doc_id] = max(moved.get(i.doc_id, i.score), i.score)
    keep += [
        i for i in current if i.score < best and ".changed" in i.claim.rule and moved.get(i.doc_id) == i.score
    ]
    # "late July" and "July 26" are one date told twice: the coarser one is no rival
    spans = {i.key: timex_interval(i.claim.value) for i in keep}
    finer = [v for v in spans.values() if v is not None]
    keep = [
        i
        for i in keep
        if (v := spans[i.key]) is None
        or not any(v[0] <= f[0] and f[1] <= v[1] and (f[1] - f[0]) < (v[1] - v[0]) for f in finer)
    ]
    # other sources that give the same day, less fully worded, back it: they are cited beside it
    keys = {i.key for i in keep}
    keep += [
        i
        for i in current
        if i.key in keys and i.score > 0 and i not in keep and all(k.doc_id != i.doc_id for k in keep)
    ]
    kept_docs = {i.doc_id for i in keep}
    keep += [i for i in items if i.history and i.doc_id in kept_docs]
    return keep
