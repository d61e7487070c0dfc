"""Group the claims that answer one question slot, type their disagreement, and resolve it.

The five types follow the CONFLICTS taxonomy (Cattan et al., 2025): no_conflict, complementary,
conflicting_opinions, outdated, misinformation. Each decision records the rule that made it, so
``tidings ask --explain`` can say why.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from tidings.model import Analyzed, Claim, ConflictType, DateEstimate

__all__ = [
    "Group",
    "Item",
    "Resolution",
    "as_of_string",
    "classify",
    "duplicate_clusters",
    "group_items",
    "item_interval",
    "sort_point",
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
    live = [g for g in groups if g.items]
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
        cur = sorted(
            _ordered(live, supersedes),
            key=lambda g: (g.clusters, max(i.score for i in g.items)),
            reverse=True,
        )
        return Resolution(
            "misinformation",
            (cur[0],),
            tuple(cur[1:]),
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
    for g in ordered[1:]:
        gp = g.point
        if (
            g.key in beaten
            or ((g.history_only or g.newest.history) and not top.newest.history)
            or (
                tp is not None
                and (gp is None or (tp - gp) > timedelta(days=same_time_days))
                and not any(i.may_be_at(tp) for i in g.items if not i.history)
            )
        ):
            older.append(g)
        else:
            rivals.append(g)
    if not rivals:
        reasons.append(
            f"values differ over time: newest {top.value} as of {_fmt(tp)}; older "
            + ", ".join(f"{g.value} ({_fmt(g.point)})" for g in older)
        )
        return Resolution(
            "outdated", (top,), tuple(older), rule="outdated.newest-wins", reasons=tuple(reasons)
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


def _superseded_keys(groups: Sequence[Group], supersedes: frozenset[tuple[str, str]]) -> set[str]:
    """Keys some source calls older than another live key; pairs stated both ways cancel out."""
    keys = {g.key for g in groups}
    pairs = {(n, o) for n, o in supersedes if n != o and n in keys and o in keys}
    return {o for n, o in pairs if (o, n) not in pairs}


def _ordered(groups: Sequence[Group], supersedes: frozenset[tuple[str, str]]) -> list[Group]:
    """Newest first, but a value a source says was replaced, or that only appears as history (a former
    holder, "down from 5,000"), comes after every value still asserted."""
    beaten = _superseded_keys(groups, supersedes)
    ranked = _newest_first(groups)
    live = [g for g in ranked if g.key not in beaten and not g.newest.history]
    return live + [g for g in ranked if g not in live]


def _newest_first(groups: Sequence[Group]) -> list[Group]:
    return sorted(groups, key=lambda g: (_item_rank(g.newest), g.clusters), reverse=True)
