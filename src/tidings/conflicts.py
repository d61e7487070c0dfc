"""Group the claims that answer one question slot, type their disagreement, and resolve it.

The five types follow the CONFLICTS taxonomy (Cattan et al., 2025): no_conflict, complementary,
conflicting_opinions, outdated, misinformation. Each decision records the rule that made it, so
``tidings ask --explain`` can say why.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from tidings.claims import (
    DISOWNED_CUE,
    FALSE_CUE,
    LATIN1_LOWER,
    LATIN1_UPPER,
    WRONG_DETAIL_CUE,
    fact_check_label_end,
    parse_number,
)
from tidings.model import Analyzed, Claim, ConflictType, DateEstimate
from tidings.sentences import split

__all__ = [
    "Decision",
    "Features",
    "Group",
    "Item",
    "Resolution",
    "Statement",
    "as_of_string",
    "classify",
    "clause_around",
    "debate_of",
    "decide",
    "duplicate_clusters",
    "features_of",
    "group_items",
    "item_interval",
    "parts_apart",
    "refutation_of",
    "sort_point",
    "stance_of",
]


@dataclass(frozen=True, slots=True)
class Item:
    """One claim that answers the slot, with the document it came from and its as-of interval."""

    claim: Claim
    source: Analyzed
    key: str
    lo: date | None
    hi: date | None
    history: bool = False
    cluster: int = 0
    score: float = 0.0
    precise: bool = True  # False when the date is only a bound (a document dated to a year)
    span_hi: date | None = None  # for an imprecise date: the latest day it may be

    def may_be_at(self, day: date) -> bool:
        """An imprecise date that cannot be told apart from ``day``."""
        return (
            not self.precise
            and self.lo is not None
            and self.span_hi is not None
            and (self.lo <= day <= self.span_hi)
        )

    @property
    def doc_id(self) -> str:
        return self.source.doc.id

    @property
    def label(self) -> str:
        return self.source.doc.external_id or self.source.doc.id[:8]


# Words of a source at odds with another's figure
_AT_ODDS = re.compile(
    r"\b(?:far\s+(?:below|above|short\s+of)|disput\w+|underestimat\w+|overstat\w+|inflated|exaggerat\w+|"
    r"nowhere\s+near)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Group:
    """Claims with the same value (numerically equal, or the same person)."""

    key: str
    items: tuple[Item, ...]

    @property
    def newest(self) -> Item:
        return max(self.items, key=_item_rank)

    @property
    def value(self) -> str:
        return self.newest.claim.value

    @property
    def point(self) -> date | None:
        return sort_point(self.newest)

    @property
    def clusters(self) -> int:
        return len({i.cluster for i in self.items})

    @property
    def history_only(self) -> bool:
        return all(i.history for i in self.items)


@dataclass(frozen=True, slots=True)
class Resolution:
    conflict_type: ConflictType
    current: tuple[Group, ...]
    superseded: tuple[Group, ...] = ()
    refuted: tuple[Group, ...] = ()
    rule: str = ""
    reasons: tuple[str, ...] = field(default=())


def item_interval(claim: Claim, estimate: DateEstimate) -> tuple[date | None, date | None]:
    """When a claim holds: its own as-of interval, else its document's date interval."""
    if claim.as_of_earliest is not None or claim.as_of_latest is not None:
        return claim.as_of_earliest, claim.as_of_latest
    return estimate.earliest, estimate.latest


def sort_point(item: Item) -> date | None:
    """One date to order claims by: the middle of a known interval, else whichever end is known."""
    if item.lo is not None and item.hi is not None:
        return date.fromordinal((item.lo.toordinal() + item.hi.toordinal()) // 2)
    return item.hi or item.lo


def _item_rank(item: Item) -> tuple[int, int, float]:
    p = sort_point(item)
    # history inside a document is older than what the same document asserts now
    return (p.toordinal() if p else 0, 0 if item.history else 1, item.score)


def as_of_string(item: Item) -> str | None:
    """The as-of date of a claim as precisely as its interval allows ("2021-12-09", "2021-12", "2021")."""
    c = item.claim
    if c.as_of_earliest is None and c.as_of_latest is None:
        est = item.source.date
        if est.earliest is None:
            return None
        if est.granularity == "day" or (est.latest == est.earliest):
            return est.earliest.isoformat()
        if est.granularity in ("month", "week"):
            return est.earliest.isoformat()[:7]
        if est.granularity == "year":
            return est.earliest.isoformat()[:4]
        return est.earliest.isoformat()[:7]
    lo, hi = item.lo, item.hi
    if lo is None:
        return hi.isoformat()[:7] if hi else None
    if hi is None or hi == lo:
        return lo.isoformat()
    if lo.year == hi.year and lo.month == hi.month:
        return lo.isoformat()[:7]
    if lo.year == hi.year and lo.month == 1 and hi.month == 12:
        return lo.isoformat()[:4]
    return lo.isoformat()[:7]


# --------------------------------------------------------------------------------------------- duplicates

_WORD = re.compile(r"[a-z0-9]+")


def _shingles(text: str, n: int = 5) -> set[int]:
    words = _WORD.findall(text.lower())
    return {hash(tuple(words[i : i + n])) for i in range(max(0, len(words) - n + 1))}


def duplicate_clusters(docs: Sequence[Analyzed], threshold: float = 0.6) -> dict[str, int]:
    """Cluster near-duplicate documents (syndicated copies) so they count once."""
    sh = [_shingles(a.doc.text) for a in docs]
    parent = list(range(len(docs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(docs)):
        for j in range(i + 1, len(docs)):
            a, b = sh[i], sh[j]
            if not a or not b:
                continue
            inter = len(a & b)
            if inter and inter / min(len(a), len(b)) >= threshold:
                parent[find(j)] = find(i)
    return {a.doc.id: find(i) for i, a in enumerate(docs)}


# --------------------------------------------------------------------------------------------- grouping


def group_items(items: Sequence[Item], same: Callable[[Item, Item], bool] | None = None) -> list[Group]:
    """Group items by key, or by ``same`` when given (person names that share a surname)."""
    groups: list[list[Item]] = []
    for it in items:
        for g in groups:
            if same(g[0], it) if same else g[0].key == it.key:
                g.append(it)
                break
        else:
            groups.append([it])
    return [Group(g[0].key, tuple(g)) for g in groups]


def _fmt(d: date | None) -> str:
    return d.isoformat() if d else "undated"


def _other_measure_beside(g: Group, top: Group) -> bool:
    """Does a source of ``top`` state ``g`` too, in a unit of its own ("6.5%" and "$3.30")?"""
    units = {i.claim.unit for i in top.items}
    docs = {i.doc_id for i in top.items}
    return all(i.claim.unit and i.claim.unit not in units for i in g.items) and any(
        i.doc_id in docs and not i.history for i in g.items
    )


def classify(
    groups: Sequence[Group],
    refuted: Sequence[Group] = (),
    *,
    refutation_notes: Sequence[str] = (),
    parts_hint: bool = False,
    same_time_days: int = 1,
    supersedes: frozenset[tuple[str, str]] = frozenset(),
) -> Resolution:
    """Type the disagreement between value groups and resolve it.

    ``refuted`` are groups whose claims a source refuted or denied; ``parts_hint`` says the groups are
    compatible parts (different scopes or a plural question) rather than rival values. ``supersedes`` holds
    (newer key, older key) pairs a source states itself ("risen to 27, up from 12"); they order values
    whatever the documents' dates say.
    """
    reasons: list[str] = []
    live = _lifted([g for g in groups if g.items], supersedes, reasons)
    if refuted:
        reasons.append(
            "refuted: "
            + "; ".join(f"{g.value} [{', '.join(sorted({i.label for i in g.items}))}]" for g in refuted)
        )
        reasons.extend(refutation_notes)
        if not live:
            return Resolution(
                "misinformation", (), (), tuple(refuted), "misinformation.only-refuted", tuple(reasons)
            )
        # what is false is not a matter of time: the value most independent sources assert wins, then the
        # one that fits the question best
        # ... and a value stated only as history ("up from 27,900 the year before") comes after them all
        cur = sorted(
            _ordered(live, supersedes),
            key=lambda g: (not g.history_only, g.clusters, max(i.score for i in g.items)),
            reverse=True,
        )
        # parts all hold beside the false value; so does a figure of another measure a source of the winner
        # gives beside it (the access charge's 6.5% and the usage charge's $3.30 a kilolitre)
        held = [
            g
            for g in cur
            if g is cur[0] or (not g.history_only and (parts_hint or _other_measure_beside(g, cur[0])))
        ]
        return Resolution(
            "misinformation",
            tuple(held),
            tuple(g for g in cur if g not in held),
            tuple(refuted),
            "misinformation.refuted-disregarded",
            tuple(reasons),
        )
    if not live:
        return Resolution("no_conflict", (), rule="none", reasons=("no claim answers the question",))
    if len(live) == 1:
        reasons.append(f"one value ({live[0].value}) across {live[0].clusters} independent source(s)")
        return Resolution("no_conflict", (live[0],), rule="no_conflict.single-value", reasons=tuple(reasons))
    ordered = _ordered(live, supersedes)
    if parts_hint:
        reasons.append("values are compatible parts (different scope or a list question): merged")
        return Resolution("complementary", tuple(ordered), rule="complementary.parts", reasons=tuple(reasons))
    top = ordered[0]
    tp = top.point
    beaten = _superseded_keys(live, supersedes)
    rivals: list[Group] = []
    older: list[Group] = []
    # "the 1,100-home estimate ... backed the estimate of 450 homes": a figure the top value was given before,
    # and which one source then sets beside it, is a rival however much later the top is restated
    top_first = min(
        (p for i in top.items if not i.history and (p := sort_point(i)) is not None), default=None
    )
    top_best: dict[str, float] = {}
    for i in top.items:
        if not i.history:
            top_best[i.doc_id] = max(top_best.get(i.doc_id, 0.0), i.score)
    for g in ordered[1:]:
        gp = g.point
        if (
            top.newest.claim.kind == "quantity"
            and g.key not in beaten
            and top_first is not None
            and gp is not None
            and top_first < gp
            and any(not i.history and i.score >= top_best.get(i.doc_id, 99.0) - 1.0 for i in g.items)
        ):
            rivals.append(g)
            continue
        if (
            g.key in beaten
            or ((g.history_only or g.newest.history) and not top.newest.history)
            or (
                tp is not None
                and (gp is None or (tp - gp) > timedelta(days=same_time_days))
                # an undated figure from a source at odds with another ("far below the growers' estimate")
                # is a side's, whenever it was told
                and not (
                    gp is None
                    and top.newest.claim.kind == "quantity"
                    and any(_AT_ODDS.search(i.source.doc.text) for i in g.items)
                )
                and not any(i.may_be_at(tp) for i in g.items if not i.history)
            )
        ):
            older.append(g)
        else:
            rivals.append(g)
    if not rivals and older and all(_background_history(g, top) for g in older):
        reasons.append(
            f"one current value ({top.value}); "
            + ", ".join(g.value for g in older)
            + " only named as a former holder or a figure of what it replaced, with no change tied to the"
            + " current value"
        )
        return Resolution(
            "no_conflict", (top,), tuple(older), rule="no_conflict.background-history", reasons=tuple(reasons)
        )
    if not rivals:
        reasons.append(
            f"values differ over time: newest {top.value} as of {_fmt(tp)}; older "
            + ", ".join(f"{g.value} ({_fmt(g.point)})" for g in older)
        )
        return Resolution(
            "outdated", (top,), tuple(older), rule="outdated.newest-wins", reasons=tuple(reasons)
        )
    # dates cannot order the values, but what the sources say about the change may: each rule is tried
    # only if the one before found nothing
    leads: tuple[tuple[Callable[[], Group | None], str, str], ...] = (
        (
            lambda: _changed_beyond([top, *rivals, *older], same_time_days),
            "is reported as a change past every other value, and no later source gives another",
            "direction",
        ),
        (
            lambda: _permanent_after_interim([top, *rivals]),
            "is named to the post while every rival is only an interim holder",
            "permanent-after-interim",
        ),
        (
            lambda: _still_in_post([top, *rivals]),
            "holds the post while every rival is reported as having left it",
            "others-left",
        ),
    )
    for find, why, rule in leads:
        lead = find()
        if lead is not None:
            reasons.append(f"dates cannot order the values, but {lead.value} {why}: it is the newest")
            rest = [g for g in ordered if g is not lead]
            return Resolution(
                "outdated", (lead,), tuple(rest), rule="outdated." + rule, reasons=tuple(reasons)
            )
    reasons.append(
        "sources disagree at the same time: "
        + "; ".join(f"{g.value} ({_fmt(g.point)})" for g in [top, *rivals])
    )
    return Resolution(
        "conflicting_opinions",
        (top, *rivals),
        tuple(older),
        rule="conflicting_opinions.same-time",
        reasons=tuple(reasons),
    )


_NEWS_CHANGE = re.compile(
    r"\b(?:named|names|appoint(?:s|ed)|elected|promoted|hired|hires|sworn in|installed|successor|"
    r"replac(?:es|ed|ing)|succeed(?:s|ed|ing)?|(?:will|to) (?:succeed|replace|take over)|takes over|"
    r"took over|newly|incoming|interim|acting|new\s+(?:[A-Z]\w*\s+){0,4}(?:[a-z]+\s+)?(?:coach|chair\w*|"
    r"captain|director|ceo|chief|head|president|leader|manager|minister|judge|editor)|stepped down|"
    r"steps down|resign(?:s|ed)|fired|sacked|dismiss(?:es|ed)|ousted|no longer)\b",
    re.I,
)
# A year named in the sentence of the change: "who succeeded Daniel Hart in 2021" in a 2024 profile.
_YEAR = re.compile(r"\b(?:in|since|from)\s+(?:\w+\s+)?((?:19|20)\d\d)\b")


_RISE = re.compile(
    r"\b(?:rose|risen|rises|rising|climbed|climbs|jumped|increased|grew|raised|up from|bringing|taking|"
    r"pushing|lifting|new (?:record|high|total|toll))\b",
    re.I,
)
_FALL = re.compile(
    r"\b(?:fell|fallen|falls|dropped|declined|decreased|shrank|slipped|eased|cut|reduced|lowered|"
    r"down from|new low)\b",
    re.I,
)

# The way a value moved, written after it: ", up from Rs 9,720 crore", ", sharply down from 41"
_WAY_AFTER = re.compile(r"\s*,?\s*(?:\w+\s+)?(?:up|down)\s+from\b", re.I)


def _direction(item: Item) -> int:
    """+1 when the item's value is reported as a rise to it ("the toll has risen to 31"), -1 for a fall."""
    c = item.claim
    if item.history or c.number is None:
        return 0
    sent = _sentence_of(item)
    base = c.sentence_start if c.sentence_start >= 0 and c.sentence_end > c.sentence_start else c.start - 150
    at = c.start - max(0, base)
    end = at + (c.end - c.start)
    cue = change_of(sent, at, end)
    if not (_RISE.search(cue) or _FALL.search(cue)):
        # "at a revised cost of Rs 11,368 crore, up from Rs 9,720 crore": the way it moved follows the value
        cue = m.group(0) if (m := _WAY_AFTER.match(sent, end)) else cue
    return 1 if _RISE.search(cue) else -1 if _FALL.search(cue) else 0


def _changed_beyond(groups: Sequence[Group], same_time_days: int) -> Group | None:
    """The value a source reports as a rise (fall) beyond every other value, when dates cannot order them:
    a death toll "has risen to 31" in an undated report is newer than the 12 reported earlier. None when a
    source dated after it gives another value, or the other values are not all on the side it moved from."""
    for g in groups:
        dirs = {_direction(i) for i in g.items} - {0}
        if len(dirs) != 1:
            continue
        d = dirs.pop()
        num = g.newest.claim.number
        others = [h for h in groups if h is not g]
        nums = [h.newest.claim.number for h in others]
        if num is None or any(n is None or (n - num) * d >= 0 for n in nums):
            continue
        gp = g.point
        later = [
            h
            for h in others
            if gp is not None
            and h.point is not None
            and h.newest.precise
            and g.newest.precise
            and h.point - gp > timedelta(days=same_time_days)
        ]
        if not later:
            return g
    return None


def _still_in_post(groups: Sequence[Group]) -> Group | None:
    """A holder some source reports leaving ("Health Minister Anton Brill resigned") is not the current one
    when a rival holder is named that no source reports leaving."""

    def left(g: Group) -> bool:
        # "An article claiming that Mayor Rita Kallio has resigned is false": a leaving refuted is none
        return any(
            i.claim.kind == "role"
            and ".former" in i.claim.rule
            and not refutation_of(i.source.doc.text[i.claim.sentence_start : i.claim.sentence_end])
            for i in g.items
        )

    roles = all(i.claim.kind == "role" for g in groups for i in g.items)
    staying = [g for g in groups if not left(g)]
    if roles and len(staying) == 1 and len(groups) > 1:
        return staying[0]
    return None


def _permanent_after_interim(groups: Sequence[Group]) -> Group | None:
    """An interim holder keeps a post until a permanent one is named: when dates cannot order them, the one
    holder reported as newly named without "interim" is newer than holders only ever called interim."""

    def interim(g: Group) -> bool:
        return all(i.claim.kind == "role" and ".interim" in i.claim.rule for i in g.items if not i.history)

    named = [
        g
        for g in groups
        if any(i.claim.kind == "role" and i.claim.rule.startswith("role.new") for i in g.items)
        and not interim(g)
        and not g.newest.history
    ]
    rest = [g for g in groups if g not in named]
    if len(named) == 1 and rest and all(interim(g) for g in rest):
        return named[0]
    return None


def _background_history(older: Group, top: Group) -> bool:
    """A former holder named only in passing ("who succeeded Daniel Hart in 2021") beside a current holder
    no source reports as newly changed is background, not an update. A change counts when a sentence that
    names either holder reports it (named, appointed, replacing, sacked...) and dates it no earlier than the
    year before its document. Quantities given as history ("up from 12") are the document's own report of a
    change and never background, unless each is the figure of what the story's thing replaced ("It replaces
    the old track, which had seating for about 1,200")."""
    if older.history_only and all(i.claim.rule.endswith(".replaced") for i in older.items):
        return True
    if not older.history_only or any(i.claim.kind != "role" for i in older.items):
        return False
    if any(not i.history and i.claim.kind != "role" for i in top.items):
        return False
    return not any(_reports_change(i) for g in (older, top) for i in g.items)


def _reports_change(item: Item) -> bool:
    sent = _sentence_of(item)
    if not _NEWS_CHANGE.search(sent):
        return False
    doc_year = item.source.date.latest.year if item.source.date.latest else None
    years = [int(y) for y in _YEAR.findall(sent)]
    return doc_year is None or not years or max(years) >= doc_year - 1


def _sentence_of(item: Item) -> str:
    c = item.claim
    text = item.source.doc.text
    if c.sentence_start >= 0 and c.sentence_end > c.sentence_start:
        return text[c.sentence_start : c.sentence_end]
    return text[max(0, c.start - 150) : c.end + 150]


# Document dates read from the metadata or the address: a source's own statement does not move them
FIRM_DATE_RULES = ("metadata", "url")


def _lifted(
    groups: Sequence[Group], supersedes: frozenset[tuple[str, str]], reasons: list[str]
) -> list[Group]:
    """A value its source reports as replacing another ("78 cents, up from 73 cents") holds no earlier than
    the value it replaced: when the replaced value's first report is dated later, the claims of the newer
    value from sources whose own dates are only estimated move to that date. A chain of such statements
    ("up from 68", "up from 73") carries the order through."""
    out = {g.key: g for g in groups}
    pairs = _standing_pairs(out.keys(), supersedes)
    for _ in range(len(pairs)):
        moved = False
        for n, o in sorted(pairs):
            # the replaced value was current from its first report on, whatever later reports restate
            floor = _handover_floor(out[o], _tenure(out[o], {i.doc_id for i in out[n].items}))
            if floor is None:
                continue
            items = tuple(replace(i, lo=floor, hi=floor) if _movable(i, floor) else i for i in out[n].items)
            if items != out[n].items:
                out[n] = replace(out[n], items=items)
                moved = True
                reasons.append(f"{out[n].value} is reported as replacing {out[o].value}: dated no earlier")
        if not moved:
            break
    return [out[g.key] for g in groups]


def _handover_floor(older: Group, held: timedelta | None) -> date | None:
    """The earliest day a value can have replaced ``older``: the first report of the older value, and
    for a holder first reported taking the post, ``held`` after it (the time the successor's report says
    the holder held it, see ``_tenure``)."""
    dated = [(p, i) for i in older.items if not i.history and (p := sort_point(i)) is not None]
    if not dated:
        return None
    floor, first = min(dated, key=lambda x: x[0])
    if held and first.claim.kind == "role" and first.claim.rule.startswith("role.new"):
        # "who stepped down after eight months in the role": held that long before the successor came
        floor += held
    return floor


def successors_after(
    items: Sequence[Item], supersedes: frozenset[tuple[str, str]], day: date
) -> dict[str, date]:
    """Values reported as replacing another that, by the time the replaced holder held the post, came
    after ``day``, with that earliest day; only values no firm date places earlier."""
    groups = {g.key: g for g in group_items(items)}
    out: dict[str, date] = {}
    for n, o in _standing_pairs(groups.keys(), supersedes):
        held = _tenure(groups[o], {i.doc_id for i in groups[n].items})
        floor = _handover_floor(groups[o], held) if held is not None else None
        if (
            floor is not None
            and floor > day
            and all(_movable(i, floor) for i in groups[n].items if not i.history)
        ):
            out[n] = floor
    return out


# How long a replaced holder held the post, told beside the handover ("who stepped down after eight
# months in the role", "after two years as chair")
_TENURE = re.compile(
    r"\bafter\s+(?:just\s+|only\s+|nearly\s+|almost\s+|more\s+than\s+)?(?P<n>\d{1,2}|an?|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|eighteen)\s+(?P<u>months?|years?)\s+(?:in\s+(?:the|that|this|"
    r"her|his|their)\s+(?:role|post|job|position|chair|office)|in\s+(?:charge|office|post)|as\s+[a-z]|at\s+the\s+"
    r"helm)"
    # ... or thanked for it: "Mr Brolly thanked Ms Deery for her year in the role"
    r"|\bfor\s+(?:her|his|their)\s+(?:(?P<n2>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|eighteen)\s+)?(?P<u2>months?|years?)\s+(?:in\s+(?:the\s+)?(?:role|post|job|position|chair|office)|"
    r"as\s+[a-z]|at\s+the\s+helm)",
    re.I,
)


def _tenure(older: Group, docs: Collection[str]) -> timedelta | None:
    """The time a replaced holder held the post, as the successor's report names it: in the sentence of
    the handover, or in one that names the holder ("thanked Ms Deery for her year in the role")."""
    for i in older.items:
        if not i.history or i.doc_id not in docs:
            continue
        m = _TENURE.search(_sentence_of(i))
        if m is None:
            surname = re.compile(rf"\b{re.escape(i.claim.value.split()[-1])}\b")
            text = i.source.doc.text
            m = next(
                (
                    t
                    for s0, s1 in split(text)
                    if surname.search(text, s0, s1) and (t := _TENURE.search(text, s0, s1)) is not None
                ),
                None,
            )
        if m is None:
            continue
        if m["u2"] is not None:
            n = (m["n2"] or "one").lower()
            count = int(parse_number(n) or 0)
            return timedelta(days=(365 if m["u2"].lower().startswith("year") else 30) * count)
        n = m["n"].lower()
        count = 1 if n in ("a", "an") else int(parse_number(n) or 0)
        return timedelta(days=(365 if m["u"].lower().startswith("year") else 30) * count)
    return None


def _movable(item: Item, floor: date) -> bool:
    """An asserted claim dated before ``floor`` by an estimate of its source's date, not by its metadata."""
    point = sort_point(item)
    return (
        not item.history
        and not item.source.date.rule.startswith(FIRM_DATE_RULES)
        and (point is None or point < floor)
    )


def _standing_pairs(keys: Collection[str], supersedes: frozenset[tuple[str, str]]) -> set[tuple[str, str]]:
    """The (newer, older) pairs between live keys that no source states the other way round."""
    pairs = {(n, o) for n, o in supersedes if n != o and n in keys and o in keys}
    return {(n, o) for n, o in pairs if (o, n) not in pairs}


def _superseded_keys(groups: Sequence[Group], supersedes: frozenset[tuple[str, str]]) -> set[str]:
    """Keys some source calls older than another live key; pairs stated both ways cancel out."""
    return {o for _, o in _standing_pairs({g.key for g in groups}, supersedes)}


def _ordered(groups: Sequence[Group], supersedes: frozenset[tuple[str, str]]) -> list[Group]:
    """Newest first, but a value a source says was replaced, or that only appears as history (a former
    holder, "down from 5,000"), comes after every value still asserted."""
    beaten = _superseded_keys(groups, supersedes)
    ranked = _newest_first(groups)
    live = [g for g in ranked if g.key not in beaten and not g.newest.history]
    return live + [g for g in ranked if g not in live]


def _newest_first(groups: Sequence[Group]) -> list[Group]:
    return sorted(groups, key=lambda g: (_item_rank(g.newest), g.clusters), reverse=True)


# ------------------------------------------------------------------------------------- evidence features
#
# The decision procedure below reads the evidence selected for a question (the sentences that carry its
# values, or the best-matching sentences when there is no value) and computes, per statement, the features
# that separate the five types. Each feature is tied to the value's own clause or sentence, so an incidental
# word elsewhere ("could cut the river's flow", "a study found no evidence of harm") does not fire.

# A refutation cue: something said is false, retracted or corrected.
_REFUTE_CUE = re.compile(
    r"\b(?:" + FALSE_CUE + r"|not true|untrue|debunk(?:ed|s|ing)?|retract(?:ed|ion|s)?|correct(?:ed|ion)|"
    r"no evidence (?:that|of|to)|den(?:y|ied|ies|ial)|hoax|misleading|fact[- ]check(?:ed|ers?)?|"
    r"(?:an|the) earlier version of (?:this|the|our) (?:article|story|report|post)|"
    # "posts are incorrectly saying it will open on 1 March", "Reports of 300 job losses are wrong"
    r"incorrect(?:ly)?|not\s+correct|wrongly|(?:is|are|was|were) wrong|"
    # "a flyer with the wrong start date", "That flyer did not come from us"
    + WRONG_DETAIL_CUE
    + "|"
    + DISOWNED_CUE
    + "|"
    r"fake|fabricated|"
    # "a letter ... naming a Mr Declan Rooney as gallery manager, is not genuine"
    r"not\s+genuine|not\s+authentic|bogus|forged|forgery|"
    r"baseless|unfounded|inaccurate|not accurate|erroneous(?:ly)?|misattributed|"
    r"doctored|disinformation|misinformation|in error|"
    # "rejecting online posts claiming the building had been sold": posts and rumours, not a side's claims
    r"(?:reject|dismiss)\w*\s+(?:(?:the|these|those|online|social\s+media|viral|recent)\s+)*"
    r"(?:posts?|rumou?rs?|speculation)\b|"
    # "has dismissed claims on social media that ...": claims going round online, not a side's
    r"(?:reject|dismiss)\w*\s+(?:the\s+)?claims?\s+(?:(?:circulating|made|posted|shared)\s+)?(?:on|in)\s+"
    r"(?:social\s+media|facebook|twitter|tiktok|whatsapp|instagram|online\s+forums?)\b|"
    # "are not closing permanently, despite a video circulating on social media": a denial in the face of a
    # report going round
    # ... or "has not been sold, the city manager said, responding to social media posts that claimed ..."
    r"(?<=\b(?:not|n't|n’t)\b)[^.;:]{1,80}?,?\s+(?:despite|(?:in\s+)?respon(?:ding|se)\s+to)\s+"
    r"(?:a|an|the|some|several|many)?\s*(?:viral\s+|online\s+|social\s+media\s+)?"
    r"(?:videos?|posts?|rumou?rs?|claims?|messages?|reports?)\s+(?:circulating|being\s+shared|shared|"
    r"going\s+round|doing\s+the\s+rounds|on\s+social\s+media|that\s+(?:claimed|said|suggested)|"
    r"claiming|saying|suggesting)|"
    # "warned voters to ignore a WhatsApp message claiming ...": a message to be set aside is a false one
    # ... but "Please do not ignore this message" is the rumour's own plea
    r"(?<!not\s)(?<!n't\s)(?<!n’t\s)(?<!never\s)"
    r"(?:ignore|disregard)\s+(?:a|an|the|any|all|this|these|such)\s+(?=(?:[\w'’-]+\s+){0,3}?"
    r"(?:messages?|posts?|claims?|rumou?rs?|reports?|texts?|videos?|notices?|letters?|emails?)\b))",
    re.I,
)
# "widely shared online as a grey wolf was in fact a Czechoslovakian wolfdog": a report and what was so
_SHARED_AS = (
    r"\b(?:shared|described|reported|billed|touted|presented|labell?ed)\s+(?:\w+\s+){0,2}as\s+[^.;]{1,60}?\s+"
    r"(?:was|is|were|are)\s+(?:in\s+fact|actually)\b"
)
# ... with what was so after it
IN_FACT = re.compile(_SHARED_AS + r"\s+(?P<x>[^,.;]{3,80})", re.I)
# Cues that are about a report by their nature: a fact check, a satire, a correction notice.
_SELF_TARGETED = re.compile(
    # "a video purporting to show a wolf"
    r"\bpurport(?:ing|ed|s)?\s+to\b|" + _SHARED_AS + r"|"
    r"\b(?:fact[- ]check(?:ed|ers?)?|satir(?:e|ical)|parody|incorrectly reported|"
    r"(?:an|the) earlier version of (?:this|the|our) (?:article|story|report|post))\b",
    re.I,
)
# What a refutation must speak of to refute a report rather than state a finding.
_REPORT_TARGET = re.compile(
    # "a post claiming ..." is a report; ", claiming that ballot papers were wrongly rejected" the subject's
    # own case
    r"\b(?:claims?|claimed|(?<![,;]\s)claiming|reports?|reported|posts?|posted|(?:press|news|media)\s+releases?|"
    r"voice\s+(?:notes?|messages?|clips?|recordings?)|"
    r"rumou?rs?|figures?|articles?|stor(?:y|ies)|"
    r"videos?|statements?|letter|memo|tweets?|messages?|headlines?|leak(?:ed)?|viral|circulat(?:ed|ing)|"
    r"social media|photo|image|screenshot|allegations?|announcement|version|results?|flyers?|posters?|"
    r"leaflets?)\b",
    re.I,
)


def names_a_report(sentence: str) -> bool:
    """Does the sentence speak of a report, claim, post or message (what a refutation must target)?"""
    return _REPORT_TARGET.search(sentence) is not None


# A study that finds no evidence of an effect states a finding, not a refutation of a report.
_FINDING = re.compile(r"\b(?:stud(?:y|ies)|research(?:ers)?|analysis|survey|trial|review|data)\b", re.I)

# Change language bound to the value: the cue must sit in the value's clause, and the "to"/"at" forms must
# lead straight into the value ("rose to 31", "now stands at 41").
_CHANGE_BEFORE_VALUE = re.compile(
    r"\b(?:rose|risen|rises|climbed|jumped|fell|fallen|dropped|declined|increased|decreased|grew|shrank|"
    r"slipped|eased|cut|reduced|lowered|raised|revised(?:\s+\w+)?|updated|upgraded|downgraded|moved|"
    r"pushed back|brought forward|rescheduled|changed)\s+(?:it\s+|that\s+|the\s+\w+\s+)?"
    r"(?:again\s+|further\s+|sharply\s+|slightly\s+)?(?:to|at)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|more than\s+|over\s+)?$"
    r"|\b(?:now|currently)\s+(?:stands?\s+at\s+|at\s+|is\s+|are\s+|has\s+|have\s+|totals?\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|more than\s+)?$"
    r"|\bnew (?:record|high|low|total|toll|figure|estimate|date)\s+(?:of\s+)?$"
    # "bringing the number of people killed in Saturday's crash to 12"
    r"|\b(?:bringing|taking|pushing|lifting|raising)\s+(?:the|its|their)\s+[^.;:]{0,90}?\bto\s+"
    r"(?:about\s+|around\s+|nearly\s+|at\s+least\s+|more than\s+)?$",
    re.I,
)
_CHANGE_IN_CLAUSE = re.compile(
    r"\b(?:up from|down from|from\s+[\w.,$€£%]+\s+(?:to|in)|replac(?:ed|es|ing)|succeed(?:s|ed|ing)?|"
    r"was named|were named|has been named|was appointed|took over|stepped down|no longer|"
    r"revised|has risen|has fallen|has climbed|has dropped|has grown|has increased|has decreased|"
    r"scrap(?:ped|ping|s)|reversed|revers(?:es|ing)|called off|cancel(?:l?ed|s|ling)|"
    # ... not a thing so described ("in its delayed arrivals report", "the postponed match")
    r"(?<!\bits\s)(?<!\bthe\s)(?<!\ba\s)(?<!\btheir\s)(?:postponed|delayed|rescheduled)|pushed back|"
    r"broke the record|new record|record of|previous record|"
    r"(?:will|would) (?:now|instead)|instead of)\b",
    re.I,
)
_CLAUSE_EDGE = re.compile(r";|:\s|—|–|\s-\s|(?<![ap]\.m)\.\s|,\s(?:but|while|whereas|although|and)\b|\bbut\b")
# A part named in the value's clause: a place, a category, an ordinal part.
_PART = re.compile(
    r"\b(?:in|at|for|across|from)\s+(?:the\s+|our\s+|its\s+|their\s+)?(?P<place>(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*))"
    r"|\b(?P<side>(?:north|south|east|west)(?:ern)?|(?:north|south)[- ]?(?:east|west)(?:ern)?|"
    r"upper|lower|rural|urban|coastal|inland)\b"
    r"|\b(?P<cat>men'?s|women'?s|boys'?|girls'?|junior|senior|adult|child(?:ren'?s)?|fiction|non-fiction|"
    r"first|second|third|fourth|final|domestic|foreign|international|overseas)\b",
    re.I,
)
# Stance or estimate language: someone holds a view of the value.
_STANCE_CUE = re.compile(
    r"\b(?:said|says|say|argued|argues|argue|estimated|estimates|estimate|claimed|claims|claim|"
    r"according to|critics?|supporters?|opponents?|warned|warns|warn|insisted|insists|contends?|"
    r"believes?|predicts?|predicted|projects?|projected|expects?|expected|disputes?|disputed|"
    r"maintains?|counters?|countered|doubts?|skeptic(?:al|s)?|sceptic(?:al|s)?|calls?|called|fears?|"
    r"feared)\b",
    re.I,
)
# The debate itself named: sides, division, dispute.
_DEBATE_CUE = re.compile(
    r"\b(?:disput(?:e|es|ed|ing)|disagree(?:s|d|ment)?|divided|split|both sides|debate|contested|"
    r"critics?|opponents?|supporters?|proponents?|skeptic(?:al|s)?|sceptic(?:al|s)?|argue[sd]?|"
    r"counter(?:s|ed)?|rebut(?:s|ted)?|challeng(?:e|es|ed)|depends\s+(?:on\s+)?who\s+you\s+ask|"
    r"(?:sharply\s+|very\s+)?(?:different|differing|conflicting|opposing|mixed)\s+(?:verdicts|views|"
    r"conclusions|readings|reactions|reviews|assessments)|views\s+differ)\b",
    re.I,
)
_NAMED = re.compile(rf"\b[{LATIN1_UPPER}][{LATIN1_LOWER}]+(?:\s+[{LATIN1_UPPER}][{LATIN1_LOWER}]+)*\b")


def clause_around(sentence: str, at: int, end: int | None = None) -> tuple[int, int]:
    """The clause of ``sentence`` around ``[at, end)``: bounded by ; : dashes, full stops (not of "a.m.")
    and ", but"/", and"."""
    end = at if end is None else end
    lo = 0
    for m in _CLAUSE_EDGE.finditer(sentence, 0, at):
        lo = m.end()
    m2 = _CLAUSE_EDGE.search(sentence, end)
    return lo, (m2.start() if m2 else len(sentence))


def refutation_of(sentence: str, values: Sequence[str] = ()) -> str:
    """The refutation cue of a sentence that refutes a report, a claim or a named value, else "".

    A cue alone is not enough: "a study found no evidence that the week improved scores" states a finding.
    The sentence must name what it refutes (a claim, report, post, figure...) or one of ``values``.
    """
    # "Fact check: A post claimed the road was closed": the label says what is checked, not the verdict
    after = fact_check_label_end(sentence)
    m = _REFUTE_CUE.search(sentence, after)
    if m is None:
        m = _SELF_TARGETED.search(sentence, after)
        return m.group(0).lower() if m else ""
    cue = m.group(0).lower()
    own = _SELF_TARGETED.search(sentence, after)
    if own:
        return own.group(0).lower()
    if any(v and v in sentence for v in values):
        return cue
    if _REPORT_TARGET.search(sentence):
        if (
            cue.startswith("no evidence")
            and _FINDING.search(sentence)
            and not re.search(r"\b(?:claims?|rumou?rs?|posts?|viral)\b", sentence, re.I)
        ):
            return ""
        return cue
    return ""


def change_of(sentence: str, at: int, end: int) -> str:
    """Change language tied to the value at ``[at, end)`` of ``sentence`` ("rose to 31", "31, up from 12")."""
    m = _CHANGE_BEFORE_VALUE.search(sentence[max(0, at - 120) : at])
    if m:
        return " ".join(m.group(0).split())
    lo, hi = clause_around(sentence, at, end)
    m2 = _CHANGE_IN_CLAUSE.search(sentence, lo, hi)
    return m2.group(0).lower() if m2 else ""


def part_of(sentence: str, at: int, end: int, ignore: frozenset[str] = frozenset()) -> str:
    """The part (place, category, ordinal) named in the value's clause nearest the value, else ""."""
    lo, hi = clause_around(sentence, at, end)
    best: tuple[int, str] | None = None
    for m in _PART.finditer(sentence, lo, hi):
        name = (m.group("place") or m.group("side") or m.group("cat") or "").strip(" .'’")
        low = name.lower()
        if not name or low in ignore or any(w in ignore for w in low.split()):
            continue
        if m.group("place") and _MONTHISH.fullmatch(name.split()[0]):
            continue  # "in March" is a time, not a part
        d = abs(m.start() - at)
        if best is None or d < best[0]:
            best = (d, low)
    return best[1] if best else ""


_MONTHISH = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|This|That|Its|Their)",
)


def stance_of(sentence: str) -> str:
    """Stance or estimate language in a sentence ("estimated", "critics", "according to"), else ""."""
    m = _STANCE_CUE.search(sentence)
    return m.group(0).lower() if m else ""


def stance_words(sentence: str) -> list[str]:
    """Every stance or estimate word of a sentence, in order."""
    return [m.group(0).lower() for m in _STANCE_CUE.finditer(sentence)]


def debate_of(sentence: str) -> str:
    m = _DEBATE_CUE.search(sentence)
    return m.group(0).lower() if m else ""


@dataclass(frozen=True, slots=True)
class Statement:
    """One piece of selected evidence: a sentence from a source, with the value it gives (if any).

    ``at``/``end`` locate the value inside ``sentence``; ``sign`` is a yes/no polarity (+1, -1, 0);
    ``speaker`` is the named side the sentence attributes it to.
    """

    label: str
    sentence: str
    value: str = ""
    key: str = ""
    at: int = -1
    end: int = -1
    point: date | None = None
    cluster: int = 0
    speaker: str = ""
    sign: int = 0
    # the cue of a later sentence that refutes this one ("... posts claiming X. This is not true.")
    refuted_by: str = ""


@dataclass(frozen=True, slots=True)
class Features:
    refutes: str = ""
    change: str = ""
    part: str = ""
    stance: str = ""
    debate: str = ""

    def describe(self) -> str:
        bits = [
            f"{k}={v!r}"
            for k, v in (
                ("refutes", self.refutes),
                ("change", self.change),
                ("part", self.part),
                ("stance", self.stance),
                ("debate", self.debate),
            )
            if v
        ]
        return ", ".join(bits) or "no cue"


def features_of(
    st: Statement, values: Sequence[str] = (), ignore_parts: frozenset[str] = frozenset()
) -> Features:
    """The features of one statement, each tied to its value's clause when it has a value."""
    s = st.sentence
    if st.at >= 0:
        change = change_of(s, st.at, st.end)
        part = part_of(s, st.at, st.end, ignore_parts)
    else:
        change = ""
        part = ""
    return Features(refutation_of(s, values) or st.refuted_by, change, part, stance_of(s), debate_of(s))


@dataclass(frozen=True, slots=True)
class Decision:
    conflict_type: ConflictType
    rule: str
    reasons: tuple[str, ...] = ()
    refuted_keys: frozenset[str] = frozenset()


def decide(
    statements: Sequence[Statement],
    *,
    list_question: bool = False,
    single_part: bool = False,
    same_time_days: int = 3,
    ignore_parts: frozenset[str] = frozenset(),
) -> Decision:
    """Type the disagreement among ``statements``, strongest evidence first.

    1. a refutation that targets a report or names a value -> misinformation;
    2. differing values with change language tied to a value, or as-of dates more than ``same_time_days``
       apart (unless each value is a named side's estimate) -> outdated;
    3. differing values each tied to its own part, or a list question answered by several sources ->
       complementary (unless the question singles out one part);
    4. differing values, or opposite stances, of different named sides -> conflicting_opinions;
    5. otherwise no_conflict.
    """
    values = [s.value for s in statements if s.value]
    feats = [features_of(s, values, ignore_parts) for s in statements]
    reasons = [
        f"[{s.label}] {s.value or ('yes' if s.sign > 0 else 'no' if s.sign < 0 else '-')}"
        f" {f'by {s.speaker} ' if s.speaker else ''}({f.describe()})"
        for s, f in zip(statements, feats, strict=True)
    ]
    refuted: set[str] = set()
    for s, f in zip(statements, feats, strict=True):
        if not f.refutes:
            continue
        named = {o.key for o in statements if o.value and o.value in s.sentence and o.key}
        refuted |= named
    if any(f.refutes for f in feats):
        return Decision("misinformation", "decide.refutation", tuple(reasons), frozenset(refuted))
    keys = {s.key or s.value for s in statements if s.value}
    if len(keys) > 1:
        changed = [s for s, f in zip(statements, feats, strict=True) if f.change]
        points: dict[str, date] = {}
        for s in statements:
            if s.value and s.point is not None:
                k = s.key or s.value
                points[k] = max(points.get(k, s.point), s.point)
        spread = (max(points.values()) - min(points.values())).days if len(points) > 1 else 0
        sides = _sides(statements, feats)
        if changed:
            return Decision(
                "outdated",
                "decide.change-cue",
                (*reasons, f"change language tied to {', '.join(s.value for s in changed)}"),
            )
        parts = _parts(statements, feats)
        if parts and not single_part:
            return Decision("complementary", "decide.parts", (*reasons, "each value belongs to its own part"))
        if len(sides) > 1:
            return Decision(
                "conflicting_opinions",
                "decide.named-sides",
                (*reasons, "values attributed to different sides: " + "; ".join(sorted(sides))),
            )
        if spread > same_time_days:
            return Decision("outdated", "decide.dates-differ", (*reasons, f"as-of dates {spread} days apart"))
        if list_question:
            return Decision("complementary", "decide.list-question", tuple(reasons))
        return Decision("conflicting_opinions", "decide.same-time-rivals", tuple(reasons))
    if list_question and len({s.cluster for s in statements}) > 1:
        return Decision("complementary", "decide.list-question", (*reasons, "several sources give members"))
    signs = {s.sign for s in statements if s.sign}
    if len(signs) > 1:
        sides = {s.speaker for s in statements if s.speaker and s.sign}
        if len(sides) > 1 or any(f.debate for f in feats):
            return Decision("conflicting_opinions", "decide.opposite-stances", tuple(reasons))
    return Decision("no_conflict", "decide.none", tuple(reasons))


_PLAIN_SAY = frozenset({"said", "says", "say", "according to", "called", "calls"})
_SIDES_DAYS = 45


def _side_name(speaker: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", speaker.strip().lower())


def _sides(statements: Sequence[Statement], feats: Sequence[Features]) -> set[str]:
    """ "value by speaker" for every value a named speaker states with stance or estimate language; empty
    unless different values have different speakers."""
    by_key: dict[str, set[str]] = {}
    strong = False
    for s, f in zip(statements, feats, strict=True):
        others = [o.value for o in statements if o.value and (o.key or o.value) != (s.key or s.value)]
        # a clause giving two values does not tie a speaker to either; "X says 2,400; Y estimates 900"
        # ties each value to the side named in its own clause
        lo, hi = clause_around(s.sentence, s.at, s.end) if s.at >= 0 else (0, len(s.sentence))
        if any(v in s.sentence[lo:hi] for v in others):
            continue
        stance = stance_of(s.sentence[lo:hi]) or f.stance  # the value's own clause first
        if s.value and s.speaker and stance:
            by_key.setdefault(s.key or s.value, set()).add(_side_name(s.speaker))
            if stance not in _PLAIN_SAY:
                strong = True
    if len(by_key) < 2 or not strong:
        return set()  # two sources that merely "said" different figures are not a debate
    when = [s.point for s in statements if s.point is not None and (s.key or s.value) in by_key]
    if when and (max(when) - min(when)).days > _SIDES_DAYS:
        return set()  # sides argue at about the same time; months apart is a change
    speakers = list(by_key.values())
    if any(_one_side(x, y) for i, a in enumerate(speakers) for b in speakers[i + 1 :] for x in a for y in b):
        return set()
    return {f"{k} by {', '.join(sorted(v))}" for k, v in by_key.items()}


def _one_side(x: str, y: str) -> bool:
    """Do two speakers' names name one side: the same, or one within the other ("the council" and "Gwynedd
    Council")?"""
    a, b = set(x.split()), set(y.split())
    return bool(a and b) and (a <= b or b <= a)


def _parts(statements: Sequence[Statement], feats: Sequence[Features]) -> bool:
    """Every value is tied to parts of its own, and no part has two values."""
    by_key: dict[str, set[str]] = {}
    for s, f in zip(statements, feats, strict=True):
        if not s.value:
            continue
        by_key.setdefault(s.key or s.value, set())
        if f.part:
            by_key[s.key or s.value].add(f.part)
    # "carnforth road" and "carnforth road school" are one place: parts sharing a word are not apart
    return parts_apart({k: [p.split() for p in v] for k, v in by_key.items()})


def parts_apart(by_key: Mapping[str, Collection[Collection[str]]]) -> bool:
    """Two or more values, each tied to parts of its own (each part given by its words), and no word of one
    value's parts in another's: the values are parts of a whole, not rivals."""
    if len(by_key) < 2 or any(not v for v in by_key.values()):
        return False
    seen: set[str] = set()
    for v in by_key.values():
        words = {w for p in v for w in p}
        if words & seen:
            return False
        seen |= words
    return True
