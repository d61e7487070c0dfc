"""The ingest and question pipelines: the library calls the CLI, the API and the evaluator share.

read -> clean -> date -> tag time -> extract claims -> store; then a corpus pass lets documents date each
other. Questions retrieve from the store with full-text search and answer from the retrieved documents.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from tidings import dating, timex
from tidings.ask import answer
from tidings.claims import extract_claims
from tidings.model import Analyzed, Answer, DateEstimate, Document, Rejection, TimeExpr, TimelineEntry
from tidings.read import read_paths
from tidings.store import Store
from tidings.timeline import timeline as build_timeline


class TidingsError(Exception):
    """An error the user can act on; its message is one line naming the file or field and the problem."""


@dataclass(frozen=True, slots=True)
class IngestSummary:
    added: int
    unchanged: int
    rejected: tuple[Rejection, ...] = ()
    redated: int = 0

    def line(self) -> str:
        parts = [f"{self.added} added", f"{self.unchanged} unchanged", f"{len(self.rejected)} rejected"]
        if self.redated:
            parts.append(f"{self.redated} re-dated from other documents")
        return ", ".join(parts)


def reference_point(estimate: DateEstimate) -> date | None:
    """The date relative expressions of a document are resolved against.

    The earliest date of the interval: a document is written on or after it, and "on Friday" is resolved
    from there, which keeps relative dates inside what the evidence allows.
    """
    return estimate.earliest


# A document known only to a span wider than this, starting at a month's or a year's first day rather than at
# a day some evidence names, resolves a relative day against a guess.
_COARSE_DAYS = 62


def _coarse(estimate: DateEstimate) -> bool:
    e, la = estimate.earliest, estimate.latest
    return e is not None and e.day == 1 and (la is None or (la - e).days > _COARSE_DAYS)


def _unresolved_when_coarse(resolved: list[TimeExpr], unresolved: list[TimeExpr]) -> list[TimeExpr]:
    """Relative expressions finer than a year keep their unresolved value in a document dated only to a
    wide span. "Saturday" or "last month" in a report known only to lie in 2024 is no particular day or
    month, and a figure dated by it would look months older than it is. A named month or day ("in
    November", "June 25") takes the year the span suggests, and a relative year ("last year") stays."""
    plain = {(t.start, t.end): t.value for t in unresolved}
    out: list[TimeExpr] = []
    for t in resolved:
        own = plain.get((t.start, t.end))
        if (
            own is not None
            and (own == "" or own.startswith("XXXX-W"))
            and own != t.value
            and t.type in ("DATE", "TIME")
            and len(t.value) > 4
        ):
            t = replace(t, value=own)
        out.append(t)
    return out


def analyze(
    doc: Document, *, reference: date | None = None, estimate: DateEstimate | None = None
) -> Analyzed:
    """Date one document (unless an estimate is given), tag its time expressions and extract claims."""
    clues: list[TimeExpr] | None = None
    if estimate is None:
        clues = timex.tag(doc.text, None)
        estimate = dating.date_document(doc, reference=reference, timexes=clues)
    timexes = timex.tag(doc.text, reference_point(estimate))
    if _coarse(estimate):
        unresolved = clues if clues is not None else timex.tag(doc.text, None)
        timexes = _unresolved_when_coarse(timexes, unresolved)
    claims = extract_claims(doc, estimate, timexes)
    return Analyzed(doc, estimate, tuple(timexes), tuple(claims))


def analyze_corpus(docs: Sequence[Document], *, reference: date | None = None) -> list[Analyzed]:
    """Analyze documents that belong together, letting them date each other."""
    first = {a.doc.id: a for a in (analyze(d, reference=reference) for d in docs)}
    redated = _redate(docs, {k: a.date for k, a in first.items()}, reference=reference)
    first.update((a.doc.id, replace(a, own_date=first[a.doc.id].date)) for a in redated)
    return [first[d.id] for d in docs]


def _redate(
    docs: Sequence[Document], estimates: dict[str, DateEstimate], *, reference: date | None
) -> list[Analyzed]:
    """Run the corpus dating pass; re-analyze only the documents whose date it changed."""
    updated = dating.date_corpus(docs, estimates, reference=reference)
    return [
        analyze(d, reference=reference, estimate=updated[d.id])
        for d in docs
        if d.id in updated and updated[d.id] != estimates[d.id]
    ]


def ingest(
    paths: Sequence[str | Path],
    store: Store,
    *,
    reference: date | None = None,
    batch_size: int = 200,
    progress: Callable[[str], None] | None = None,
) -> IngestSummary:
    """Read, analyze and store every document under ``paths``; already stored documents are skipped.

    Each batch is committed on its own, so an interrupted ingest keeps whole documents only and a rerun
    adds the rest. Rejections are counted and recorded in the store.
    """
    added = unchanged = 0
    rejected: list[Rejection] = []
    seen: set[str] = set()

    def analyzed() -> Iterator[Analyzed]:
        nonlocal unchanged
        for item in read_paths(paths):
            if isinstance(item, Rejection):
                rejected.append(item)
                store.add_rejection(item.source, item.reason)
                if progress:
                    progress(item.source)
                continue
            if item.id in seen or store.has(item.id):
                unchanged += 1
            else:
                seen.add(item.id)
                yield analyze(item, reference=reference)
            if progress:
                progress(item.source)

    result = store.add(analyzed(), batch_size=batch_size)
    added = result.added
    unchanged += result.unchanged
    # A rerun after a kill inside the corpus pass adds nothing but must still finish the pass.
    redated = redate_store(store, reference=reference) if added or unchanged else 0
    return IngestSummary(added, unchanged, tuple(rejected), redated)


def redate_store(store: Store, *, reference: date | None = None, batch_size: int = 200) -> int:
    """Let all stored documents date each other; store the analyses whose date changed.

    Only what dating reads is held in memory (text, title, URL and the estimate); the raw input, the
    body and every document's claims stay in the store.
    """
    docs: list[Document] = []
    own: dict[str, DateEstimate] = {}
    current: dict[str, DateEstimate] = {}
    for a in store.documents():
        docs.append(replace(a.doc, raw="", body="", segments=()))
        own[a.doc.id] = a.own_date or a.date
        current[a.doc.id] = a.date
    # From each document's own estimate, never from an earlier pass's result: the outcome depends on the
    # set of stored documents only, whatever runs they came in, and running the pass again changes nothing.
    updated = dating.date_corpus(docs, own, reference=reference)
    changed: list[Analyzed] = []
    for d in docs:
        new = updated.get(d.id, own[d.id])
        if new != current[d.id]:
            a = analyze(d, reference=reference, estimate=new)
            changed.append(replace(a, own_date=own[d.id] if new != own[d.id] else None))
    for i in range(0, len(changed), batch_size):
        store.replace_analysis(changed[i : i + batch_size])
    return len(changed)


def retrieve(store: Store, text: str, *, limit: int = 40) -> list[Analyzed]:
    """The stored documents most relevant to a question or topic, best first."""
    if store.count() == 0:
        raise TidingsError("the store is empty: ingest documents first (tidings ingest PATH...)")
    hits = store.search(text, limit=limit)
    out: list[Analyzed] = []
    for doc_id, _score in hits:
        item = store.get(doc_id)
        if item is not None:
            out.append(item)
    return out


def ask(
    store: Store,
    question: str,
    *,
    as_of: date | None = None,
    choices: Sequence[str] | None = None,
) -> Answer:
    """Answer a question from the documents of a store."""
    if not question.strip():
        raise TidingsError("the question is empty")
    # The question's own words, not the parser's stems: full-text search stems them its own way.
    docs = retrieve(store, question)
    return answer(question, docs, as_of=as_of, choices=choices)


def topic_timeline(store: Store, topic: str) -> list[TimelineEntry]:
    """Dated entries relevant to a topic, oldest first."""
    if not topic.strip():
        raise TidingsError("the topic is empty")
    return build_timeline(topic, retrieve(store, topic))
