"""Rival values for one answer: the estimates or dates that sides of a story set against each other, figures a
source corrects, and whether values that differ are updates, corrections or a dispute.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from tidings.ask.common import (
    _doc_item,
    _doc_point,
    _later_verdicts,
    _number_key,
    _precise_doc,
    _sentence,
    _Slot,
)
from tidings.ask.dates import _EVENT_WORDS, _FORMER_DATE, _FUTURE_Q, _date_claim
from tidings.ask.members import _elsewhere
from tidings.ask.numbers import (
    _EACH_PART_Q,
    _LEVEL_Q,
    _bar_to_reach,
    _in_correction,
    _kind_of,
    _refutation_note,
    _set_as_level,
)
from tidings.ask.people import _surname
from tidings.ask.question import (
    _WORD_RE,
    Question,
    _expand,
    _most_named,
    _name_prefix,
    _proper_names,
    _stems,
    stem,
)
from tidings.claims import is_money, parse_number, speaker_of, timex_interval
from tidings.conflicts import (
    Group,
    Item,
    Resolution,
    Statement,
    change_of,
    clause_around,
    decide,
    group_items,
    part_of,
    refutation_of,
    sort_point,
    stance_of,
)
from tidings.model import Analyzed, Claim

# ------------------------------------------------------------------------------------------ rival estimates

# A story that sets sides against each other over a figure: a side doubts, disputes or counters another's.
_RIVALRY = re.compile(
    r"\b(?:skeptic\w*|sceptic\w*|critics?|disput\w+|disagree\w*|challeng\w+|rival|camps?|both sides|"
    r"two sides|far apart|divided|optimistic|inflated|overstat\w*|exaggerat\w*|fantasy|misleading|"
    r"counter(?:ed|s)|questioned|doubts?|contested|insists?|argu(?:e|es|ed|ing)|the case against|"
    # "has rejected the company's claim that ...": one side turning down another's account
    r"reject\w*\s+(?:the\s+)?[\w-]+(?:'s|’s)\s+(?:claims?|explanation|account|version))\b",
    re.I,
)

# A figure someone puts forward: "put the net gain at", "estimates", "forecasts", "says", "found".
_ESTIMATE = re.compile(
    r"\b(?:puts?|putting)\s+(?:[\w'’-]+\s+){0,4}at\b|\bestimat\w*|\bforecasts?\b|\bproject(?:s|ed|ions?)\b|"
    r"\bpredict\w*|\breckon\w*|\bargu\w+|\binsist\w*|\bsays?\b|\bsaid\b|\bclaim\w*|\bsuggest\w*|\bcalculat\w*|"
    r"\bfound\b|\bfinds\b|\bshows?\b|\baccording to\b|\bcloser to\b|\bno more than\b|\bat most\b|"
    r"\bas little as\b",
    re.I,
)

# Nouns a rival figure's sentence may use instead of the question's words ("put the net gain at ...").
_ESTIMATE_NOUNS = frozenset(
    stem(w)
    for w in """figure estimate gain effect impact benefit number total value worth reduction increase cost
    saving lead gap age""".split()
)


def _bare_or_money(unit: str) -> bool:
    """No unit, or a currency: "was given as 4.8 billion. The correct figure is €3.8 billion"."""
    return not unit or is_money(unit)


def _same_measure(c: Claim, c0: Claim) -> bool:
    """Two figures measure the same kind of thing: both shares, both money, or counts in one unit of one
    noun ("2,000 homes" against "4,500 homes"; "18,500 years" against "42,000 years")."""
    k = _kind_of(c)
    if k != _kind_of(c0):
        return False
    if k != "count":
        return True
    if c.unit.lower() != c0.unit.lower():
        return False
    if c.unit or not (c.subject and c0.subject):
        return True
    return bool(_expand(_stems(c.subject)) & _stems(c0.subject))


def _rival_estimates(
    q: Question,
    pool: Sequence[Analyzed],
    clusters: dict[str, int],
    anchors: Sequence[Item],
) -> list[Item]:
    """Figures for the same quantity that other stories attribute to another side, where a side disputes
    the figures ("Economists skeptical of stadium windfall ... He put the net gain at $150 million").

    The rival's sentence often lacks the question's words, so the story must name the question's subject,
    put the figure forward (an estimate, a forecast, what someone says or found), measure the same kind of
    thing as the answer, and carry debate language or restate the answer's own figure to argue with it.
    A figure tied to change language ("rose to", "up from") or months away from the answer is an update,
    not a side."""
    if not anchors:
        return []
    base = anchors[0].claim
    nums = [n for n in (i.claim.number for i in anchors) if n is not None]
    if not nums or any(n <= 0 for n in nums):
        return []
    own_docs = {i.doc_id for i in anchors}
    names = _proper_names(q.text)
    terms = _expand(set(q.terms))
    in_question = {n for n in (parse_number(w) for w in _WORD_RE.findall(q.text)) if n is not None}
    when = [d for i in anchors if i.precise and (d := sort_point(i)) is not None]
    anchor_values = {i.claim.value for i in anchors}
    found: dict[str, Item] = {}
    for a in pool:
        if a.doc.id in own_docs:
            continue
        text = a.doc.text
        low = f"{a.doc.title or ''} {text}".lower()
        restates = any(re.search(r"(?<![\d.,])" + re.escape(v) + r"(?![\d])", text) for v in anchor_values)
        # a story arguing with the answer's own figure may name its subject only in part ("a proposed
        # lithium mine near Carrick St Just will create 600 jobs" for the Tarn Moss mine)
        if (
            names
            and not any(_name_prefix(n) in low for n in names)
            and not (restates and len(terms & _stems(low)) >= 3)
        ):
            continue
        if not restates and not _RIVALRY.search(f"{a.doc.title or ''} {text}"):
            continue
        lo, _ = _doc_point(a)
        # a date guessed from the content ("as they did in 2020") cannot set a side apart in time
        sure = _precise_doc(a) and a.date.confidence >= 0.6
        if when and lo is not None and sure and min(abs((lo - d).days) for d in when) > 90:
            continue
        best: tuple[float, Claim] | None = None
        for c in a.claims:
            if c.kind != "quantity" or c.polarity != "asserted" or "history" in c.rule or c.unit == "score":
                continue
            if c.attribute == "change" and c.rule.endswith(".change:"):
                continue  # "about 130,000 more than the year before": a difference, not a side's level
            n = c.number
            if n is None or n <= 0 or n in in_question or not _same_measure(c, base):
                continue
            if any(abs(n - m) <= 0.02 * max(n, m) for m in nums) or max(n / m for m in nums) > 50:
                continue
            if max(m / n for m in nums) > 50 or _in_correction(a, c) or _bar_to_reach(a, c):
                continue  # "the 36 needed for a majority" is no side's figure
            if _set_as_level(a, c, max(c.sentence_start, 0)) and not _LEVEL_Q.search(q.text):
                continue  # "well above its own target of 10,000": a bar set, not a side's count
            if _CLAIM_THAT.search(text, c.sentence_start if c.sentence_start >= 0 else 0, c.start):
                continue  # "challenged the claim that they are 40,000 years old": the other side's figure
            sent = _sentence(a, c)
            s0 = c.sentence_start if c.sentence_start >= 0 else 0
            if change_of(sent, c.start - s0, c.end - s0):
                continue
            if not _ESTIMATE.search(sent):
                continue
            if _elsewhere(q.scope, sent, c.start - s0):
                continue  # "a further 600 properties in neighbouring Ashcombe": another place's figure
            if any(
                o is not c
                and o.kind == "quantity"
                and o.number in nums
                and o.sentence_start == s0
                and o.subject
                and c.subject
                and not _stems(o.subject) & _stems(c.subject)
                for o in a.claims
            ):
                continue  # "about 1,140 hectares of kiwifruit and 310 of avocado": a breakdown, not a side
            st = _stems(sent)
            hits = len(terms & st)
            # a story that restates the answer's figure argues about the same measure in the same unit
            same_unit = restates and c.unit.isalpha() and c.unit == base.unit
            about = hits or st & _ESTIMATE_NOUNS or _stems(c.subject) & _stems(base.subject)
            if not about and not same_unit:
                continue
            score = hits + (1.0 if _RIVALRY.search(sent) else 0.0)
            if best is None or score > best[0]:
                best = (score, c)
        if best is not None:
            c = best[1]
            found.setdefault(_number_key(c), _doc_item(a, c, _number_key(c), 2.0, clusters.get(a.doc.id, 0)))
    return list(found.values())


# A side's own date for a future event: its assessment, its programme, a "not before" floor.
_DATE_STANCE = re.compile(
    r"(?:\b(?:not|cannot|can['’]t|unlikely\s+to\s+\w+)|n['’]t)\s+(?:\w+\s+){0,4}?(?:before|until)\s*$"
    # "telling families not to expect a return to the town arena before spring 2025"
    r"|\bnot\s+(?:to\s+)?(?:expect|count\s+on|bank\s+on)\b[^.;]{0,60}?\b(?:before|until)\s*$"
    r"|\b(?:says?|said|insists?|insisted|maintains?|maintained|argues?|argued|believes?|expects?|expected|"
    r"estimates?|predicts?|"
    r"assessment|programme|program|schedule|planning\s+for|target|forecasts?|on\s+(?:course|track)|"
    r"stands?\s+by|sticks?\s+(?:to|with)|confident\s+(?:of|in|that))\b"
    r"[^.;]{0,60}$",
    re.I,
)

# Rival dates come from sides at odds over the timetable, not from a later update of it; blame for a
# delay ("blamed ground conditions") is how an update explains itself.
_DATE_RIVALRY = re.compile(
    r"\b(?:not\s+accept|disput\w+|disagree\w*|reject\w*|insists?|insisted|claims?\s+from|both\s+sides|"
    # "contradicting council's December target", "Council said it stood by its timeline", "Council maintains
    # the job will be completed by December 2024"
    r"contradict\w*|(?:stood|stands)\s+by\s+(?:its|their|his|her|the)\s+(?:timeline|timetable|target|date|"
    r"schedule|programme|program|estimate)|maintains\s+(?:that\s+)?(?:the\s+\w+|it)\s+will|"
    r"who\s+to\s+believe|not\s+realistic|unrealistic|sceptic\w*|skeptic\w*|doubts?|row|"
    # "January is 'wishful thinking'", "spring was more realistic", "not counting on January"
    r"wishful\s+thinking|more\s+realistic|not\s+(?:counting|banking)\s+on|"
    # "will not be ready before 2028", "will not get gigabit broadband before 2028": a side's date set
    # against the plan's, "despite promises", which "nobody on the hill farms believes"
    r"(?:not|won['’]t|wouldn['’]t|can['’]t)\s+be\s+(?:ready|open|finished|complete|completed)\s+(?:before|until)|"
    # "told '2027 at the earliest' by a contractor"
    r"at\s+the\s+(?:very\s+)?earliest|"
    r"not\s+(?:get|see|have|receive)\s+(?:\w+\s+){0,3}?(?:before|until)\s+(?:19|20)\d\d|"
    r"despite\s+(?:the\s+)?(?:promises?|pledges?|assurances?)|(?:nobody|no\s+one)\b[^.;]{0,40}\bbelieves?)\b",
    re.I,
)


_EARLIEST_AFTER = re.compile(r"[\"”'’]?\s+at\s+the\s+(?:very\s+)?earliest\b", re.I)


# A step of the work other than the event asked about, named right before a date: "delivery expected in"
_OTHER_EVENT = re.compile(
    r"\b(delivery|deliveries|tender|consultation|meeting|decision|report|hearing|review|survey|inspection|"
    r"order|funding|approval)\b[^.;]{0,30}$",
    re.I,
)


def _rival_dates(
    q: Question, pool: Sequence[Analyzed], clusters: dict[str, int], anchors: Sequence[Item]
) -> list[Item]:
    """Dates for a future event that another side puts forward while the sides are at odds over the
    timetable ("our programme shows spring 2026" / "in the council's assessment, not before 2027").

    The story must name the question's subject and carry the row (a side rejects, disputes or doubts the
    other's date); the date must be stated as a side's view, lie ahead of its story and not overlap the
    answer's; a date the event moved from or a refuted one is not a side."""
    if not anchors or not _FUTURE_Q.match(q.text.strip()):
        return []
    spans = [iv for i in anchors if (iv := timex_interval(i.claim.value)) is not None]
    if not spans:
        return []
    names = _proper_names(q.text)
    events = _expand(set(q.terms)) | _EVENT_WORDS
    when = [d for i in anchors if i.precise and (d := sort_point(i)) is not None]
    found: dict[str, Item] = {}
    # a side answering the other's date may leave the names out: "the developer's claim that the ropeway will
    # open by December 2025. In our view this is not realistic."
    told = {
        said for i in anchors if len(said := i.source.doc.text[i.claim.start : i.claim.end].strip()) > 4
    }
    for a in pool:
        text = a.doc.text
        low = f"{a.doc.title or ''} {text}".lower()
        if names and not _most_named(names, low) and not any(said in text for said in told):
            continue
        if not _DATE_RIVALRY.search(f"{a.doc.title or ''} {text}"):
            continue
        lo_doc, _ = _doc_point(a)
        if when and lo_doc is not None and _precise_doc(a) and min(abs((lo_doc - d).days) for d in when) > 90:
            continue
        for t in a.timexes:
            iv = timex_interval(t.value) if t.type == "DATE" else None
            if iv is None or any(iv[0] <= hi and lo <= iv[1] for lo, hi in spans):
                continue
            if lo_doc is not None and iv[1] < lo_doc:
                continue  # a date already past when the story ran is history, not a forecast
            s0 = max(a.doc.text.rfind("\n", 0, t.start), a.doc.text.rfind(". ", 0, t.start)) + 1
            before = text[s0 : t.start]
            # "residents had been told '2027 at the earliest'": a floor told after the date
            floor = _EARLIEST_AFTER.match(text, t.end) is not None
            if (
                not (_DATE_STANCE.search(before) or floor)
                or _FORMER_DATE.search(before)
                or refutation_of(before)
            ):
                continue
            other = _OTHER_EVENT.search(before[-50:])
            if other is not None and not _stems(other.group(1)) & events:
                continue  # "with delivery expected in mid-November": the date of another step, no side's
            ends = [e for e in (text.find(". ", t.end), text.find("\n", t.end)) if e >= 0]
            s1 = min(ends) if ends else len(text)
            if not events & _stems(text[s0:s1]) and not _DATE_STANCE.search(before[-40:]):
                continue
            c = _date_claim(a, t, q.focus, s0, s1, "date.timex.rival", "asserted")
            found.setdefault(
                t.value, _doc_item(a, c, t.value, 2.0, clusters.get(a.doc.id, 0), dated_by_doc=True)
            )
    return list(found.values())


_RivalFinder = Callable[[Question, Sequence[Analyzed], dict[str, int], Sequence[Item]], list[Item]]

# A single answer another side disputes with its own value: by question kind, the finder, its rule and why.
_RIVALS: dict[str, tuple[_RivalFinder, str, str]] = {
    "number": (
        _rival_estimates,
        "conflicting_opinions.rival-estimates",
        "other stories put forward their own figure in a dispute: ",
    ),
    "date": (
        _rival_dates,
        "conflicting_opinions.rival-dates",
        "sides at odds over the timetable put forward their own date: ",
    ),
}


_CLAUSE_SPEAKER = re.compile(
    r"(?P<sp>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|economist|analyst|official|officials|spokes\w+))*)\s+"
    r"(?:says|said|estimates|estimated|argues|argued|claims|claimed|predicts|predicted|projects|projected|"
    r"expects|expected|warns|warned|insists|insisted|contends|believes|fears?|feared|"
    r"puts? (?:it|the \w+) at)\b"
    r"|\baccording to\s+(?P<sp2>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)"
)


def _value_statement(it: Item, q: Question) -> Statement:
    """An item as evidence for :func:`decide`: its sentence, the value's place in it, and the side the
    value's own clause attributes it to (else the sentence's speaker)."""
    a, c = it.source, it.claim
    s0 = c.sentence_start if c.sentence_start >= 0 else max(0, c.start - 150)
    sent = _sentence(a, c)
    at, end = c.start - s0, c.end - s0
    lo, hi = clause_around(sent, at, end)
    m = _CLAUSE_SPEAKER.search(sent, lo, hi)
    speaker = (m.group("sp") or m.group("sp2")) if m else ""
    return Statement(
        it.label,
        sent,
        c.value,
        it.key,
        at,
        end,
        sort_point(it),
        it.cluster,
        speaker or c.speaker or speaker_of(sent),
    )


def _refine(res: Resolution, q: Question, slot: _Slot) -> Resolution:
    """Check the date-based typing against the evidence features of each value's sentence.

    Rival values that differ only by their dates, each stated by a different named side with estimate or
    stance language and none with change language tied to it, are opinions, not an update; rivals at the
    same time one of which a source ties to change language ("rose to 31") are an update.
    """
    if res.conflict_type not in ("outdated", "conflicting_opinions") or res.refuted:
        return res
    groups = [*res.current, *res.superseded]
    each = _each_part(res, q, groups)
    if each is not None:
        return each
    if any(i.history for g in groups for i in g.items) or slot.supersedes:
        return res
    stmts = [_value_statement(i, q) for g in groups for i in g.items]
    dec = decide(stmts, same_time_days=10**6)
    note = ("evidence features: " + " | ".join(dec.reasons), f"decision procedure: {dec.rule}")
    if res.conflict_type == "outdated" and dec.rule == "decide.named-sides":
        sided = {k.split(" by ")[0] for k in dec.reasons[-1].partition(": ")[2].split("; ")}
        cur = tuple(g for g in groups if g.key in sided or g is res.current[0])
        rest = tuple(g for g in groups if g not in cur)
        return Resolution(
            "conflicting_opinions",
            cur,
            rest,
            rule="conflicting_opinions.named-sides",
            reasons=(*res.reasons, *note, "each value is a different side's estimate: no verdict"),
        )
    if (
        res.conflict_type == "outdated"
        and _HYPOTHETICAL_Q.search(q.text)
        and dec.rule != "decide.change-cue"
        and len({i.cluster for g in groups for i in g.items}) > 1
    ):
        # "How many jobs would the wage rise cost?": figures for something that has not happened are
        # forecasts, and different sources' forecasts are sides, not a series of updates. A weaker match
        # kept as an older value ("another 900 jobs during construction") is no side's forecast of it
        found = {i.key for i in slot.items}
        return Resolution(
            "conflicting_opinions",
            tuple(g for g in groups if g.key in found),
            tuple(g for g in groups if g.key not in found),
            rule="conflicting_opinions.forecasts",
            reasons=(
                *res.reasons,
                *note,
                "the question asks about a hypothetical: each figure is a forecast",
            ),
        )
    if (
        res.conflict_type == "conflicting_opinions"
        and dec.rule == "decide.parts"
        and not q.scope
        and len({i.cluster for g in groups for i in g.items}) == len(groups)
        # an estimate ("police estimated 1,200") is a side's figure even when it names a place
        and not any(stance_of(st.sentence) not in _PLAIN_STANCES for st in stmts)
    ):
        # "How many homes lost power?": 14,200 "in our Northmoor area", 9,800 "in the Carrick valley",
        # each source's figure for its own area is a part of the whole, not a rival estimate
        return Resolution(
            "complementary",
            tuple(groups),
            (),
            rule="complementary.per-part",
            reasons=(*res.reasons, *note, "each source's value belongs to its own part"),
        )
    if (
        res.conflict_type == "outdated"
        and dec.rule == "decide.parts"
        and len({i.cluster for g in groups for i in g.items}) == len(groups)
        and _parts_kept_apart(groups, stmts)
    ):
        # "64 social homes ... at Irishtown" and "38 dwellings" on "Manor Road", each report silent on the
        # other site: two schemes told weeks apart, not one figure revised
        return Resolution(
            "complementary",
            tuple(groups),
            (),
            rule="complementary.parts-told-apart",
            reasons=(*res.reasons, *note, "each source's value belongs to a part no other source names"),
        )
    false = [g for g in groups if g.key in dec.refuted_keys]
    if (
        res.conflict_type == "conflicting_opinions"
        and q.kind == "number"
        and dec.rule == "decide.refutation"
        and 0 < len(false) < len(groups)
    ):
        # "An earlier version of our report said that 14 people had been injured ... was wrong": rival
        # figures at the same time one of which a source calls false are a report and its correction (a
        # person named in a refutation may be the one a false report says was removed)
        kept = [g for g in groups if g not in false]
        return Resolution(
            "misinformation",
            tuple(kept[:1]),
            tuple(kept[1:]),
            tuple(false),
            rule="misinformation.refuted-rival",
            reasons=(*res.reasons, *note, "a source calls " + ", ".join(g.value for g in false) + " false"),
        )
    if res.conflict_type == "conflicting_opinions" and dec.rule == "decide.change-cue":
        top = res.current[0]
        return Resolution(
            "outdated",
            (top,),
            tuple(g for g in groups if g is not top),
            rule="outdated.change-cue",
            reasons=(*res.reasons, *note),
        )
    return replace(res, reasons=(*res.reasons, *note))


def _parts_kept_apart(groups: Sequence[Group], stmts: Sequence[Statement]) -> bool:
    """Is each group's part (its value's place or component) left unnamed by the documents of every other
    group? A source that names both parts may be revising one figure for both."""
    parts = {
        g.key: {w for st in stmts if st.key == g.key for w in part_of(st.sentence, st.at, st.end).split()}
        for g in groups
    }
    for g in groups:
        others = " ".join(i.source.doc.text.lower() for o in groups if o is not g for i in o.items)
        if not parts.get(g.key) or any(re.search(rf"\b{re.escape(w)}\b", others) for w in parts[g.key]):
            return False
    return True


def _each_part(res: Resolution, q: Question, groups: Sequence[Group]) -> Resolution | None:
    """A question asking for each part ("in each district") is answered by one value per source, of the
    kind of the best value ("3,050 homes", not "more than 95%"): parts, not rivals or updates, unless a
    source ties its value to an older one."""
    if not _EACH_PART_Q.search(q.text) or any(i.history for g in groups for i in g.items):
        return None
    kind = _kind_of(groups[0].items[0].claim)
    # one part per source: its best value ("4,210 patients at the end of August", not the headline's
    # "tops 4,000" or "312 have waited more than 52 weeks")
    best: dict[int, tuple[float, Group]] = {}
    for g in groups:
        if _kind_of(g.items[0].claim) != kind:
            continue
        for i in g.items:
            if i.cluster not in best or i.score > best[i.cluster][0]:
                best[i.cluster] = (i.score, g)
    parts = [g for g in groups if any(g is b for _, b in best.values())]
    if len(parts) < 2:
        return None
    return Resolution(
        "complementary",
        tuple(parts),
        (),
        rule="complementary.each-part",
        reasons=(*res.reasons, "the question asks for each part, and each source gives its own part's value"),
    )


_PLAIN_STANCES = frozenset({"", "said", "says", "say", "according to"})

_HYPOTHETICAL_Q = re.compile(
    r"\b(?:would|could|might)\b|\bwill\b.*\b(?:create|add|cost|deliver|raise|save|bring)\b", re.I
)


def _corrected_figures(slot: _Slot, pool: Sequence[Analyzed], lines: list[str]) -> _Slot:
    """A refuted figure's correction usually states the right one beside the wrong one ("The city paid
    $8,400, not $84,000"), often in words the question does not use. Asserted figures of the same kind set
    against a refuted figure in its sentence join the slot, and the refuted figure leaves it everywhere."""
    wrong = {i.key: i for i in slot.refuted}
    # the source's own statement of the right figure outranks figures merely near the topic
    found = _set_against(wrong, pool, max((i.score for i in slot.items), default=0.0), bonus=0.5)
    if not found:
        return slot
    lines.append(
        "a correction states "
        + ", ".join(f"{i.claim.value} [{i.label}]" for i in found)
        + " in place of the refuted "
        + ", ".join(sorted({i.claim.value for i in slot.refuted}))
    )
    kept = [i for i in slot.items if i.key not in wrong]
    dropped = [i for i in slot.items if i.key in wrong]
    return replace(slot, items=(*kept, *found), refuted=(*slot.refuted, *dropped))


def _set_against(
    against: dict[str, Item], pool: Sequence[Analyzed], floor: float, *, bonus: float = 0.0
) -> list[Item]:
    """The asserted figures of the same kind a sentence sets against one of ``against`` ("$8,400, not
    $84,000"), or that the sentence after it states as the correct one, each scored at least ``floor`` (the
    figure's own or the floor, whichever is higher), plus ``bonus``."""
    found: list[Item] = []
    for a in pool:
        for c in a.claims:
            r = against.get(_number_key(c)) if c.kind == "quantity" else None
            if r is None:
                continue
            for o in a.claims:
                if (
                    o.kind == "quantity"
                    and o.polarity == "asserted"
                    and o.start != c.start
                    and (o.unit == c.unit or (_bare_or_money(o.unit) and _bare_or_money(c.unit)))
                    and _number_key(o) not in against
                    and (
                        (o.sentence_start == c.sentence_start and _in_correction_pair(a.doc.text, o, c))
                        or _states_correct_figure(a.doc.text, c, o)
                    )
                ):
                    found.append(_doc_item(a, o, _number_key(o), max(r.score, floor) + bonus, r.cluster))
    return found


def _disputed_figures(slot: _Slot, pool: Sequence[Analyzed], lines: list[str]) -> _Slot:
    """The other side's figure in a dispute over one its owner stands by ("We're seeing fewer than 3,000,
    not 17,000"): set against the disputed figure, it joins the slot as a side, in words the question may
    not use."""
    disputed = {i.key: i for i in slot.items if i.key in slot.disputed}
    have = {i.key for i in slot.items}
    found = [i for i in _set_against(disputed, pool, 0.0) if i.key not in have]
    if not found:
        return slot
    lines.append(
        "the other side of a dispute: "
        + ", ".join(f"{i.claim.value} [{i.label}]" for i in found)
        + " set against "
        + ", ".join(sorted({i.claim.value for i in disputed.values()}))
    )
    return replace(slot, items=(*slot.items, *found))


def _in_correction_pair(text: str, right: Claim, wrong: Claim) -> bool:
    """ "paid $8,400, not $84,000", "$8,400 rather than $84,000", "should have read $8,400": the two
    figures are set against each other, not merely listed."""
    return _SET_AGAINST.search(text, min(right.end, wrong.end), max(right.start, wrong.start)) is not None


def _states_correct_figure(text: str, wrong: Claim, right: Claim) -> bool:
    """ "... was incorrectly stated as €4.8 billion. The correct figure is €3.8 billion": the sentence right
    after the wrong figure's names the right one."""
    if not (0 <= wrong.sentence_end <= right.sentence_start <= wrong.sentence_end + 2):
        return False
    m = _CORRECT_FIGURE.search(text, right.sentence_start, right.start)
    return m is not None and not text[m.end() : right.start].strip(" :")


_CORRECT_FIGURE = re.compile(
    r"\b(?:the\s+)?(?:correct|actual|right|accurate|true)\s+(?:figure|number|amount|total|value|count|"
    r"result|sum|price|cost)\s+(?:is|was|should have been|should be|stands at)\b",
    re.I,
)

# ... but "The number 37 does not match any official figure; about 40 people were evacuated" negates a verb
_SET_AGAINST = re.compile(
    r"\b(?:(?<!\bdoes\s)(?<!\bdid\s)(?<!\bdo\s)(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)not|"
    r"rather than|instead of|corrected to|should have (?:read|been))\b",
    re.I,
)


def _slot_refutations(q: Question, pool: Sequence[Analyzed], res: Resolution) -> list[str]:
    """Refutations of a report about the slot itself: the refuting sentence names one of the slot's values
    (a person by surname) or the question's attribute, and speaks of a report, a claim or a correction
    ("dismissed as untrue a report that Raman has been stripped of the captaincy"). Such a report is false
    even when the values also differ over time; a refutation about something else in the same document
    ("a study found no evidence") does not count."""
    names: set[str] = set()
    for g in (*res.current, *res.superseded):
        for i in g.items:
            names.add(i.claim.value if i.claim.kind != "role" else _surname(i.claim.value))
    attr = _stems(q.attribute) if q.attribute else set()
    focus = _stems(q.focus)
    out: list[str] = []
    for a in pool:
        for c in a.claims:
            if c.kind != "refutation":
                continue
            sent = _sentence(a, c)
            # "Council is aware of claims ... that rates will rise by 25 per cent. This is not correct.": the
            # report a short verdict refutes is told before it
            target = a.doc.text[c.targets[0] : c.targets[1]] if c.targets else ""
            if not refutation_of(sent) and not (target and refutation_of(f"{target} {sent}")):
                continue
            if (
                any(n and re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", sent, re.I) for n in names)
                or (attr and attr & _stems(sent))
                # ... a report that gives a figure of its own on the question's matter ("rates will rise by
                # 25 per cent"), not one about something else of the story ("preparations to withdraw troops")
                or (len(focus & _stems(target)) >= _TARGET_SHARED and _figure_in(a, c.targets, names))
            ):
                out.append(_refutation_note(a, c))
    return out


_TARGET_SHARED = 2  # words of the question's focus a refuted report must share to be about the slot


def _figure_in(a: Analyzed, span: tuple[int, int] | None, values: set[str]) -> bool:
    """Does the span give a figure other than the slot's values ("rates will rise by 25 per cent")?"""
    return span is not None and any(
        c.kind == "quantity" and span[0] <= c.start < span[1] and c.value not in values for c in a.claims
    )


def _with_weak_older(res: Resolution, weak: Sequence[Item]) -> Resolution:
    """Weaker matches older than the current value join the superseded ones; they never become current."""
    top = res.current[0].point
    shown = {g.key for g in (*res.current, *res.superseded, *res.refuted)}
    older = [
        g
        for g in group_items([i for i in weak if sort_point(i) is not None])
        if g.key not in shown and top is not None and g.point is not None and g.point < top
    ]
    if not older:
        return res
    return replace(res, superseded=(*res.superseded, *older))


_ROUND_HEDGES = frozenset(
    """more than|over|about|nearly|almost|around|roughly|some|approximately|close to|just over|just under|
    upwards of|an estimated|estimated|~|≈""".replace("\n", "").split("|")
)


# A bound's direction: "more than 18,000" is 18,400 told round, "nearly 20,000" is 19,300
_LOWER_BOUNDS = frozenset({"more than", "over", "just over", "upwards of"})
_UPPER_BOUNDS = frozenset({"nearly", "almost", "just under", "close to"})


def _near(g: Group, n: float, m: float) -> bool:
    """Is ``m`` the figure the round, hedged ``n`` of ``g`` tells? Within 2% either way, or within 5% the
    way its bound points."""
    if abs(m - n) <= 0.02 * max(abs(m), abs(n)):
        return True
    hedges = {i.claim.hedge.strip().lower() for i in g.items}
    if abs(m - n) > 0.05 * max(abs(m), abs(n)):
        return False
    return (hedges <= _LOWER_BOUNDS and m > n) or (hedges <= _UPPER_BOUNDS and m < n)


def _merge_near(groups: Sequence[Group]) -> list[Group]:
    """A round, hedged figure ("more than 52,000") is the same report as an exact one within 2% (52,006)."""

    def num(g: Group) -> float | None:
        c = g.newest.claim
        return c.number if c.number is not None else parse_number(c.value)

    out = list(groups)
    for g in list(out):
        n = num(g)
        if n is None or not all(i.claim.hedge.strip() in _ROUND_HEDGES for i in g.items):
            continue
        for h in out:
            m = num(h)
            if h is g or m is None or m == n or h.newest.claim.unit != g.newest.claim.unit:
                continue
            if _near(g, n, m) and not all(i.claim.hedge for i in h.items):
                out[out.index(h)] = Group(h.key, (*h.items, *g.items))
                out.remove(g)
                break
    for g in list(out):
        n = num(g)
        for h in out:
            m = num(h)
            if (
                h is g
                or n is None
                or m is None
                or n != int(n)
                or m == int(m)
                or n not in (int(m), round(m))
                # "4.00%" is exact, "98" may be rounded
                or any(ch in i.claim.value for i in g.items for ch in ".,")
                or h.newest.claim.unit != g.newest.claim.unit
            ):
                continue
            if {i.doc_id for i in g.items} <= {i.doc_id for i in h.items}:
                # "Houghton off to a fast start with 98 inches of snow" heads a story of "98.2 inches": the
                # headline rounds its own body's figure
                out[out.index(h)] = Group(h.key, (*h.items, *g.items))
                out.remove(g)
                break
    for g in list(out):
        for h in out:
            if h is not g and _rounds_to(g, h):
                # "about 1.4 km" is the "1,420 metres" of another source, written in a larger unit
                out[out.index(h)] = Group(h.key, (*h.items, *g.items))
                out.remove(g)
                break
    return out


# Metric units by what they measure, as multiples of the base unit: a figure in one is the same report as a
# figure in another that rounds to it.
UNIT_SCALE: dict[str, tuple[str, float]] = {
    **dict.fromkeys(("m", "metre", "metres", "meter", "meters"), ("length", 1.0)),
    **dict.fromkeys(("km", "kilometre", "kilometres", "kilometer", "kilometers"), ("length", 1000.0)),
    **dict.fromkeys(("cm", "centimetre", "centimetres", "centimeter", "centimeters"), ("length", 0.01)),
    **dict.fromkeys(("kg", "kilogram", "kilograms", "kilo", "kilos"), ("mass", 1.0)),
    **dict.fromkeys(("tonne", "tonnes", "t"), ("mass", 1000.0)),
    **dict.fromkeys(("ha", "hectare", "hectares"), ("area", 10_000.0)),
    **dict.fromkeys(("km2", "sq km", "square kilometres", "square kilometers"), ("area", 1_000_000.0)),
}


def _rounds_to(g: Group, h: Group) -> bool:
    """Is every figure of ``g`` the figure of ``h`` written in a larger unit and rounded ("1.4 km" for
    "1,420 metres")?"""
    c, d = g.newest.claim, h.newest.claim
    mine, theirs = UNIT_SCALE.get(c.unit.lower()), UNIT_SCALE.get(d.unit.lower())
    if mine is None or theirs is None or mine[0] != theirs[0] or mine[1] <= theirs[1]:
        return False
    n = c.number if c.number is not None else parse_number(c.value)
    m = d.number if d.number is not None else parse_number(d.value)
    if n is None or m is None or any(i.claim.unit != c.unit or i.claim.value != c.value for i in g.items):
        return False
    places = len(c.value.partition(".")[2]) if "." in c.value else 0
    return round(m * theirs[1] / mine[1], places) == round(n, places)


_CHANGE_CUE = re.compile(
    r"\b(?:rose|risen|rises|fell|falls|fallen|increased|decreased|climbed|dropped|reduced|lowered|raised|"
    r"revised|updated|now|up from|down from|has been|have been|latest|new|broke|breaking|stands at|remains?|"
    r"still|eased|jumped|slipped|grew|shrank|cut|named|appointed|succeed(?:s|ed|ing)?|replac(?:es|ed|ing)|"
    r"fired|stepped down|resigned|delayed|postponed|moved)\b",
    re.I,
)

_DISPUTE_CUE = re.compile(
    r"\b(?:disput(?:e|es|ed|ing)|contradict(?:s|ed|ing)?|challeng(?:e|es|ed|ing)|disagree(?:s|d)?|"
    r"estimat(?:e|es|ed)|according to|far (?:more|fewer|less) than|critics?|argue[sd]?|insist(?:s|ed)?|"
    r"counter(?:s|ed)?|however)\b",
    re.I,
)


def _same_time_window(items: Sequence[Item]) -> int:
    """How many days apart two rival values may be and still count as the same time.

    Reports of a change ("rose to 31", "was named") make any later value newer; rival estimates that
    dispute each other ("an audit estimates ...") stay rivals for weeks; otherwise a week.
    """
    sents = [_sentence(i.source, i.claim) for i in items]
    if any(i.history for i in items) or any(_CHANGE_CUE.search(s) for s in sents):
        return 1
    if any(_DISPUTE_CUE.search(s) for s in sents):
        return 60
    return 7


def _refuted_by(a: Analyzed, s0: int, s1: int) -> str:
    """The cue of a later sentence of the source that refutes the report told in ``[s0, s1)``, else ""."""
    return next((cue for t0, t1, at, cue in _later_verdicts(a) if at >= s1 and t0 < s1 and s0 < t1), "")


_CLAIM_THAT = re.compile(r"\bclaims?\s+that\b[^.;,]*$", re.I)
