"""A dated timeline of what the documents say about a topic, oldest first, each entry with its source span."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from tidings.ask import stem, terms_of
from tidings.conflicts import duplicate_clusters
from tidings.model import Analyzed, Claim, TimelineEntry

__all__ = ["timeline"]

_MAX_LABEL = 200


def _label(text: str) -> str:
    s = " ".join(text.split())
    return s if len(s) <= _MAX_LABEL else s[: _MAX_LABEL - 1] + "…"


def _when(c: Claim, a: Analyzed) -> tuple[date | None, date | None]:
    if c.as_of_earliest is not None or c.as_of_latest is not None:
        return c.as_of_earliest or c.as_of_latest, c.as_of_latest or c.as_of_earliest
    return a.date.earliest, a.date.latest


def timeline(topic: str, docs: Sequence[Analyzed]) -> list[TimelineEntry]:
    """Entries for claims relevant to ``topic`` (quantities, roles, dated events), oldest first.

    Copies of one story (near-duplicate documents) contribute once; entries without any date sort last.
    """
    want = set(terms_of(topic))
    if not want:
        return []
    need = 1 if len(want) <= 2 else 2
    clusters = duplicate_clusters(docs)
    seen: set[tuple[int, str, str | None]] = set()
    out: list[TimelineEntry] = []
    for a in docs:
        text = a.doc.text
        for c in a.claims:
            if c.kind not in ("quantity", "role", "event") or c.polarity != "asserted":
                continue
            s0 = c.sentence_start if c.sentence_start >= 0 else c.start
            s1 = c.sentence_end if c.sentence_end >= 0 else c.end
            sent = text[s0:s1]
            words = {stem(w) for w in sent.split()}
            if len(want & words) < need and len(want & set(terms_of(sent))) < need:
                continue
            lo, hi = _when(c, a)
            key = (clusters.get(a.doc.id, 0), " ".join(sent.split())[:120], lo.isoformat() if lo else None)
            if key in seen:
                continue
            seen.add(key)
            out.append(
                TimelineEntry(
                    earliest=lo,
                    latest=hi,
                    label=_label(sent),
                    doc_id=a.doc.id,
                    start=s0,
                    end=s1,
                    value=c.value if c.kind != "event" else "",
                    external_id=a.doc.external_id,
                )
            )
    out.sort(
        key=lambda e: (e.earliest is None, e.earliest or date.min, e.latest or date.min, e.doc_id, e.start)
    )
    return out
