"""Documents of one corpus date each other.

An undated document that quotes the same statement as a dated one (eight or more words in quotation marks)
was most likely written when the statement was news: it borrows the dated document's interval, with less
confidence. Syndicated copies (several identical paragraph openings) borrow the same way. Both only narrow an
estimate or fill an unknown one; stronger evidence is never replaced.

Matching uses hashed word shingles indexed in a dict, so the pass is linear in the corpus size.
"""

from __future__ import annotations

import heapq
import math
import re
import threading
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import chain

from tidings.dating._dates import describe
from tidings.model import DateEstimate, Document, Evidence

SHINGLE = 8  # words: a shared run this long inside quotes is one statement, not a phrase
_QUOTE = re.compile(r"[\"“”«»]([^\"“”«»\n]{40,2000}?)[\"“”«»]")
_WORD = re.compile(r"[a-z0-9]+")
_SYNDICATION_MIN = 3  # shared paragraph openings before two documents count as copies of one story
_BORROW_FACTOR = 0.8  # a borrowed date is less sure than the donor's own
_MIN_DONOR = 0.5  # donors must be dated by more than a guess
_CACHE_SIZE = 20000
_MAX_SHARING = 20  # a "quotation" in more documents than this is boilerplate or a famous line

# Shingles of recently seen documents (ids are content hashes, so an id always has the same shingles):
# the corpus pass runs again after every ingest.
_LOCK = threading.Lock()  # the caches may be shared by threads of the HTTP shell
_SHINGLES: OrderedDict[str, tuple[dict[int, tuple[int, int]], frozenset[int]]] = OrderedDict()


def quote_shingles(text: str) -> dict[int, tuple[int, int]]:
    """Hashes of every 8-word run inside quotation marks, with the span of the quote it came from.

    Words are runs of lowercase letters and digits, so "There's" and "There’s" read alike.
    """
    out: dict[int, tuple[int, int]] = {}
    low = text.lower()
    same_length = len(low) == len(text)  # lowercasing a few characters changes the length
    for m in _QUOTE.finditer(text):
        s, e = m.span(1)
        words = _WORD.findall(low, s, e) if same_length else _WORD.findall(m.group(1).lower())
        for i in range(len(words) - SHINGLE + 1):
            out.setdefault(hash(tuple(words[i : i + SHINGLE])), (s, e))
    return out


def paragraph_shingles(text: str) -> frozenset[int]:
    """Hashes of the first eight words of each paragraph: cheap, and what copies of a story share."""
    out: set[int] = set()
    for line in text.lower().split("\n"):
        if len(line) < 40:
            continue
        words = _WORD.findall(line, 0, 120)
        if len(words) >= SHINGLE:
            out.add(hash(tuple(words[:SHINGLE])))
    return frozenset(out)


def _shingles(doc: Document) -> tuple[dict[int, tuple[int, int]], frozenset[int]]:
    with _LOCK:
        got = _SHINGLES.get(doc.id)
    if got is None:
        got = (quote_shingles(doc.text), paragraph_shingles(doc.text))
        with _LOCK:
            _SHINGLES[doc.id] = got
            while len(_SHINGLES) > _CACHE_SIZE:
                _SHINGLES.popitem(last=False)
    return got


@dataclass(frozen=True, slots=True)
class _Link:
    donor: str
    shared: int
    kind: str  # "quote" or "copy"
    start: int
    end: int


def _strength(est: DateEstimate) -> float:
    return est.confidence if est.known or est.earliest is not None else 0.0


def _span(est: DateEstimate) -> int:
    if est.earliest is None:
        return 1 << 30
    if est.latest is None:
        return 1 << 29
    return (est.latest - est.earliest).days


def _overlaps(a: DateEstimate, e: date | None, la: date | None) -> bool:
    if a.earliest is None or e is None:
        return True
    lo = max(a.earliest, e)
    hi_a = a.latest or date.max
    hi = min(hi_a, la or date.max)
    return lo <= hi


def borrow(
    docs: Sequence[Document], estimates: Mapping[str, DateEstimate], reference: date | None
) -> dict[str, DateEstimate]:
    """Let weakly dated documents borrow the interval of a dated document they share quotes or text with."""
    names = {d.id: d.external_id or d.id for d in docs}
    quotes: dict[str, dict[int, tuple[int, int]]] = {}
    openings: dict[str, frozenset[int]] = {}
    for d in docs:
        quotes[d.id], openings[d.id] = _shingles(d)
    # Only shingles found in two documents or more can link them; counting first keeps the index small.
    q_count = Counter(chain.from_iterable(quotes.values()))
    s_count = Counter(chain.from_iterable(openings.values()))
    q_shared = {h for h, c in q_count.items() if 1 < c <= _MAX_SHARING}
    s_shared = {h for h, c in s_count.items() if 1 < c <= _MAX_SHARING}
    q_index: dict[int, list[str]] = defaultdict(list)
    s_index: dict[int, list[str]] = defaultdict(list)
    for doc_id, hs in quotes.items():
        for h in hs.keys() & q_shared:
            q_index[h].append(doc_id)
    for doc_id, hs2 in openings.items():
        for h in hs2 & s_shared:
            s_index[h].append(doc_id)
    # Text shared by many documents (dropped above), or by documents dated far apart, is boilerplate (a
    # newsletter prompt, a site's standard paragraph), not one statement or one story.
    boiler = {h for h, ids in s_index.items() if _disagree([estimates.get(i) for i in ids])}

    out: dict[str, DateEstimate] = {}
    for d in docs:
        est = estimates.get(d.id)
        if est is None:
            continue
        links: dict[str, _Link] = {}
        mine = quotes[d.id]
        for h in mine.keys() & q_index.keys():
            qs, qe = mine[h]
            for other in q_index[h]:
                if other != d.id:
                    prev = links.get(other)
                    links[other] = _Link(
                        other,
                        (prev.shared if prev else 0) + 1,
                        "quote",
                        prev.start if prev else qs,
                        prev.end if prev else qe,
                    )
        copies: dict[str, int] = defaultdict(int)
        for h in openings[d.id] & s_index.keys():
            if h in boiler:
                continue
            for other in s_index[h]:
                if other != d.id and other not in links:
                    copies[other] += 1
        for other, n in copies.items():
            if n >= _SYNDICATION_MIN:
                links[other] = _Link(other, n, "copy", -1, -1)
        best = _best_donor(est, links.values(), estimates, reference, names)
        if best is not None:
            out[d.id] = best
    return out


def _disagree(ests: Sequence[DateEstimate | None]) -> bool:
    days = [e.earliest for e in ests if e is not None and e.earliest is not None and e.granularity == "day"]
    return bool(days) and (max(days) - min(days)).days > 7


def _best_donor(
    est: DateEstimate,
    links: Iterable[_Link],
    estimates: Mapping[str, DateEstimate],
    reference: date | None,
    names: Mapping[str, str],
) -> DateEstimate | None:
    candidates: list[tuple[float, int, _Link, DateEstimate]] = []
    for link in links:
        donor = estimates.get(link.donor)
        if donor is None or donor.earliest is None or donor.confidence < _MIN_DONOR:
            continue
        if donor.rule.startswith("corpus"):
            continue  # borrow only first-hand dates, so one wrong date cannot travel along a chain
        if reference is not None and donor.earliest > reference:
            continue
        conf = donor.confidence * _BORROW_FACTOR * (1.0 if link.kind == "quote" else 0.9)
        if conf <= _strength(est) and _span(donor) >= _span(est):
            continue  # the document's own evidence is as strong and as precise
        if not _overlaps(est, donor.earliest, donor.latest):
            continue  # its own evidence contradicts the donor: keep it, the quote may be an old one
        candidates.append((conf, link.shared, link, donor))
    if not candidates:
        return None
    conf, _n, link, donor = max(candidates, key=lambda c: (c[0], c[1], -_span(c[3])))
    e, la = donor.earliest, donor.latest
    if est.earliest is not None and e is not None and est.earliest > e:
        e = est.earliest
    if est.latest is not None and (la is None or est.latest < la):
        la = est.latest
    what = (
        f"it shares a quotation of {link.shared + 7}+ words with document {names.get(link.donor, link.donor)}"
        if link.kind == "quote"
        else f"it shares {link.shared} paragraphs with document {names.get(link.donor, link.donor)} "
        "(a copy of the same story)"
    )
    gran = donor.granularity if (e, la) == (donor.earliest, donor.latest) else est.granularity
    rule = "corpus-quote" if link.kind == "quote" else "corpus-copy"
    note = f"{what}, dated {describe(donor.earliest, donor.latest, donor.granularity)} by its {donor.rule}"
    ev = Evidence(rule, e, la, note, link.start, link.end, round(conf, 3))
    conflicts = est.conflicts
    return replace(
        est,
        earliest=e,
        latest=la,
        granularity=gran,
        confidence=round(conf, 3),
        rule=rule,
        evidence=(*est.evidence, ev),
        conflicts=conflicts,
    )


# --- the same story ---------------------------------------------------------------------------------------

_TERM = re.compile(r"[a-z][a-z'’-]{3,}")
_RARE_KEYS = 16  # the rarest words of a document used to find its neighbours
_MAX_KEY_DF = 50  # a word in more documents than this names no particular story
_MIN_SHARED_KEYS = 2
STORY_SIMILARITY = 0.05  # idf-weighted Jaccard of word sets from which two documents tell one story
_STORY_CHARS = 4000  # a story is told in its first paragraphs; the rest adds cost and boilerplate
_TERMS: OrderedDict[str, frozenset[str]] = OrderedDict()


def _terms(doc: Document) -> frozenset[str]:
    with _LOCK:
        got = _TERMS.get(doc.id)
    if got is None:
        got = frozenset(_TERM.findall(doc.text[:_STORY_CHARS].lower()))
        with _LOCK:
            _TERMS[doc.id] = got
            while len(_TERMS) > _CACHE_SIZE:
                _TERMS.popitem(last=False)
    return got


def story_neighbours(
    docs: Sequence[Document], recipients: set[str], donors: set[str]
) -> dict[str, tuple[str, float, list[str]]]:
    """For each recipient, the donor telling the most similar story: (donor id, similarity, shared names).

    Similarity is the idf-weighted Jaccard index of the documents' word sets. Candidates come from an index
    of each document's rarest words, so the pass stays near linear in the corpus size.
    """
    if not recipients or not donors:
        return {}
    terms = {d.id: _terms(d) for d in docs if d.id in recipients or d.id in donors}
    df: dict[str, int] = defaultdict(int)
    for ts in terms.values():
        for t in ts:
            df[t] += 1
    n = len(terms)
    idf = {t: math.log(n / c) for t, c in df.items()}
    mass = {i: sum(idf[t] for t in ts) for i, ts in terms.items()}
    index: dict[str, list[str]] = defaultdict(list)
    for i in donors:
        if i in terms:
            for t in _rarest(terms[i], df):
                index[t].append(i)
    out: dict[str, tuple[str, float, list[str]]] = {}
    for r in recipients:
        if r not in terms:
            continue
        hits: dict[str, int] = defaultdict(int)
        for t in _rarest(terms[r], df):
            for i in index.get(t, ()):
                if i != r:
                    hits[i] += 1
        best: tuple[str, float, list[str]] | None = None
        mine = terms[r]
        for i, k in hits.items():
            if k < _MIN_SHARED_KEYS:
                continue
            other = terms[i]
            small, large = (mine, other) if len(mine) < len(other) else (other, mine)
            shared = [t for t in small if t in large]
            inter = sum(idf[t] for t in shared)
            union = mass[r] + mass[i] - inter
            sim = inter / union if union > 0 else 0.0
            if sim >= STORY_SIMILARITY and (best is None or sim > best[1]):
                best = (i, sim, sorted(shared, key=lambda t: (-idf[t], t))[:4])
        if best is not None:
            out[r] = best
    return out


def _rarest(ts: frozenset[str], df: Mapping[str, int]) -> list[str]:
    """The rarest words shared with at least one other document.

    A word shared by more than ``_MAX_KEY_DF`` documents names no story, and keying on it would make
    every document a candidate neighbour of every other: the pass would grow with the square of the
    corpus.
    """
    keys = (t for t in ts if 2 <= df[t] <= _MAX_KEY_DF)
    return heapq.nsmallest(_RARE_KEYS, keys, key=lambda t: (df[t], t))
