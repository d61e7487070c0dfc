"""Multiple-choice answering from dated documents, without a language model.

The question is a news quiz ("Which team ... this week?") with a handful of choices, and the documents are
what a search returned: some about the story, many not, some stale. For each choice we find the sentences
that mention it (the exact phrase, its acronym, a one-letter respelling, or enough of its distinctive
words), and score each mention by how much of the question surrounds it: the question's content words,
weighted by how rare they are among this case's sentences, found close to the mention, further away in the
same sentence, in the neighbouring sentences or in the headline. A mention counts for more when its
document is relevant to the question as a whole (BM25 over title and text), fresh relative to the question
date, and when it sits in the headline or lead; it counts for less in a sentence that is itself a question,
right after "not", or in a sentence about other years than the question's. Choices that turn up everywhere
gain nothing from being common: only context around a mention scores, the strongest mention dominates and
further documents add a decaying share.

A phrase matches only with the same stopwords between its words ("HBO Max and Discovery+" does not name
"Max Discovery"), the month "May" is kept as a word beside a day or a preposition of time, a number found
without the unit its choice gives it ("26" for "26%") counts for little, irregular verb forms meet their
stem ("won" and "wins"), and near-duplicate documents (the same wire story twice) count once.

Who a sentence is about matters as much as what it says: when it names several choices, each question word
belongs to the choice nearest it ("Harry Styles won album of the year, ... though it was Beyoncé who made
history"), unless that choice is denied ("Jaffa Cakes, not digestives"; "Milwaukee was not in the
running"). Part of a name counts only with its words together ("Cincinnati" at one end of a sentence and
"Bengals" at the other name no team), a described choice within a clause. A sentence carries its own time:
one whose dates fall in the days of the question ("In March, CBS launches ..." written in December) is as
fresh as a report from those days, and a mention beside a date long past ("after his December visit to the
U.S.") counts for less, unless the question itself asks about the past or the choices are dates.

Special question shapes are handled on top: "all of these ... except" and "which of these ... not" pick the
least supported choice, "All of the above" wins when one sentence names several other choices with good
support, and true-or-false statements are judged by their best matching sentence and its negations.

Optionally (``Weights.embed`` > 0, with the wordllama model of :mod:`tidings.embed` installed), each choice
also gets a semantic score: the question with the choice appended, compared by sentence embedding with
every sentence, the mean of its three best matches. It is added to the lexical support (scaled to the best
choice) with that weight. It is off by default: on the RealTimeQA development set (weight 2) it changed 48
decisions for a net gain of 10 (0.628 to 0.643), but the gain vanishes with 4 or 5 best matches instead of
3, and a sign test puts it within noise (p = 0.1).
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Literal

from tidings import timex
from tidings.model import Analyzed
from tidings.sentences import split as sentences
from tidings.textsim import BM25, STOPWORDS, idf_table, is_negation, lemma, scan, words

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from tidings.embed import Encoder

# Stopwords as they come out of the tokenizer: its stemmer turns "these" into "thes" and "before" into
# "befor", which the plain list would let through as content words.
_STOP: frozenset[str] = STOPWORDS | frozenset(lemma(t) for s in STOPWORDS for t in words(s))
# Words of quiz phrasing that say nothing about the answer, as the tokenizer gives them.
_QUIZ_WORDS: frozenset[str] = frozenset(
    lemma(t)
    for s in (
        "week recent recently following true false reportedly name named call called these those one "
        "latest new"
    ).split()
    for t in words(s)
)
_NOT = r"(?:not|never|isn't|wasn't|didn't|doesn't|aren't|weren't|hasn't|haven't|won't|NOT)"
# "All of these ... except:", "Which of these ... did not ...?", "Who didn't?": the answer is the one choice
# the documents do not support. A "not" further from the question word ("what share think he does not")
# belongs to the premise instead.
_EXCEPT_RE = re.compile(
    r"(?i:\bexcept\b)|\bNOT\b"
    rf"|(?i:\b(?:which|who|what)\s+(?:one\s+)?of\s+(?:these|the\s+following)\b(?:\s+[\w'-]+){{0,8}}?\s+{_NOT}\b)"
    rf"|(?i:\b(?:which|who|what)(?:\s+(?:one|is|was|did|does)){{0,2}}\s+{_NOT}(?:\s+[\w'-]+){{0,3}}\s*\?)"
)
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_ABOVE_RE = re.compile(r"^\s*all\s+of\s+the\s+above\s*$", re.I)
_NONE_ABOVE_RE = re.compile(r"^\s*none\s+of\s+the\s+above\s*$", re.I)
_TRUE_FALSE_RE = re.compile(r"\btrue\s+or\s+false\b[:?.]?", re.I)
# "WASHINGTON —" and "Paris (CNN) —" say where a story was filed, not what it is about.
_DATELINE_RE = re.compile(
    r"\s*(?:[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Z.'-]+)*"
    r"|(?:[A-Z][\w.'-]*[ ,]*){1,3}\s*\(?(?:CNN|AP|Reuters|AFP)\)?)\s*[—–-]{1,2}\s*"
)
# A capitalised word right before a span (not "The" or "In"): the span ends a longer name.
_CAP_BEFORE_RE = re.compile(r"\b([A-Z][\w'’.&+-]*)\s$")
_CAP_WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*")
# The month "May" is a stopword to the tokenizer ("it may rain"); beside a day, a year or a preposition
# of time it is the month, and must stay a word a choice can be found by.
_MONTH_MAY_RE = re.compile(
    r"\b(?:(?P<pre>(?:[Ii]n|of|[Oo]n|[Bb]y|early|late|mid|since|until|before|after|through|from"
    r"|last|next|this) )May\b|May(?= \d))|^May$"
)
_MONTH_MAY = "Maymonth"
# TIMEX3 values of a day ("2023-03-01", "2023-03-01TEV"), a month ("2023-03") or a week ("2023-W09",
# "2023-W09-WE").
_DAY_RE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?(?:T|$)")
_YEARS_VALUE_RE = re.compile(r"\d{2,4}$")
_WEEK_RE = re.compile(r"(\d{4})-W(\d{2})(?:-WE)?$")
# A choice that is a date: a month and a day, or a year.
_DATE_CHOICE_RE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d|\b(?:19|20)\d\d\b"
)
# Choices that are spans of time ("Months", "30 days") are found by the time expressions themselves.
_TIME_UNITS: frozenset[str] = frozenset(
    lemma(t)
    for s in "day days week weeks month months year years decade decades hour hours".split()
    for t in words(s)
)
_DENIAL_RE = re.compile(r"(,\s*)?\b(?:not|never|cannot|[A-Za-z]+n[’']t)\b", re.I)
# Words that deny what follows them: after a mention ("Milwaukee was not in the running") they deny it.
_DENIALS: frozenset[str] = frozenset(
    lemma(t)
    for s in "not never isn't wasn't didn't doesn't hasn't haven't hadn't won't can't cannot couldn't "
    "wouldn't aren't weren't".split()
    for t in words(s)
)


@dataclass(frozen=True, slots=True)
class Weights:
    """The knobs of the scoring. The defaults were set on the RealTimeQA development set, checking that
    both of its halves agree; most are flat over a wide range."""

    partial_min: float = 0.3  # IDF share of a choice's distinctive words a partial mention needs
    partial_power: float = 1.5  # strength of a partial mention = share ** power
    partial_gap: int = 2  # a partial mention's words lie at most this many content tokens apart
    phrase_gap: int = 6  # ... for a choice that is not a name
    about_now: float = 1.0  # freshness of a sentence whose own dates fall near the reference date
    now_days: int = 7  # ... within this many days
    denied_after: float = 1.0  # (0 or 1) a mention right before "was not" counts as negated
    dated_past: float = 0.7  # a mention beside a date long before the reference date
    past_days: int = 30  # ... this many days before
    past_near: int = 4  # ... within this many tokens
    rival_min: float = 1.0  # another choice named this strongly in a sentence claims the words nearer it
    same_floor: float = 0.2  # a question word far from the mention in the same sentence counts this much
    same_tau: float = 6.0  # tokens over which closeness to the mention fades
    near_1: float = 0.6  # a question word in the neighbouring sentence
    near_2: float = 0.3  # ... two sentences away
    in_title: float = 0.35  # ... in the headline of the mention's document
    pair_weight: float = 0.5  # adjacent question word pairs ("Final Four"), relative to single words
    rel_floor: float = 0.25  # document weight = (rel_floor + BM25 relevance scaled to 0..1) x freshness
    fresh_floor: float = 0.35  # freshness of a very old document
    fresh_grace_days: float = 8.0  # documents this close to the reference date are fully fresh
    fresh_tau_days: float = 30.0
    fresh_unknown: float = 0.6  # freshness of an undated document
    title_bonus: float = 1.3  # a mention in the headline
    lead_bonus: float = 0.3  # extra weight for the first sentences...
    lead_decay: float = 4.0  # ...fading over this many sentences
    negated: float = 0.3  # a mention right after "not", "rather than", "instead of"
    asks: float = 0.5  # a mention in a sentence that is itself a question
    other_year: float = 0.5  # a mention in a sentence naming only other years than the question does
    in_question: float = 0.5  # a choice the question itself names (its premise, rarely its answer)
    unit_missing: float = 0.2  # a number found without the unit its choice gives it ("26" for "26%")
    spread: float = 0.3  # share of the k-th further supporting document: spread / k
    above_ratio: float = 0.35  # "All of the above" needs two others supported at this share of the best
    cutoff_lag_days: int = 1  # publication lag allowed after ``as_of``
    dup_jaccard: float = 0.6  # documents sharing this share of their vocabulary are one story
    # Semantic score of a choice (sentence embeddings), added to the support scaled to the best choice;
    # 0 keeps scoring lexical and never loads a model.
    embed: float = 0.0
    embed_top: int = 3  # the semantic score is the mean of this many best sentence similarities


DEFAULT_WEIGHTS = Weights()


@dataclass(frozen=True, slots=True)
class Mention:
    """A sentence (or headline) of one eligible document that names a choice, and how well it fits."""

    doc: int  # index into the eligible documents
    unit: int
    strength: float  # 1 for the exact phrase, less for part of it or after "not"
    coverage: float  # how much of the question surrounds it, 0..1
    weight: float  # document relevance x freshness x position and sentence penalties

    @property
    def score(self) -> float:
        return self.strength * self.coverage * self.weight


Shape = Literal["plain", "except", "above", "true_false"]


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the documents say about each choice, and the question's shape."""

    shape: Shape
    mentions: tuple[tuple[Mention, ...], ...]  # per choice, best first
    support: tuple[float, ...]  # per choice
    notes: tuple[str, ...] = ()
    verdict: int | None = None  # for a true-or-false statement, the choice decided directly
    semantic: tuple[float, ...] = ()  # per choice, when embeddings took part (already in ``support``)


@dataclass(frozen=True, slots=True)
class _Unit:
    """A sentence (or the headline, ``index`` -1) of one eligible document, as content tokens."""

    doc: int
    index: int
    start: int
    end: int
    toks: tuple[str, ...]
    tokset: frozenset[str]
    negated: frozenset[int] = frozenset()  # positions in ``toks`` right after "not", "rather than"...
    asks: bool = False  # the sentence is itself a question
    years: frozenset[str] = frozenset()
    gaps: tuple[int, ...] = ()  # per token of ``toks``, how many stopwords come right before it
    denied: frozenset[int] = frozenset()  # positions in ``toks`` right before "was not", "never", ...


def choose(
    question: str,
    choices: Sequence[str],
    docs: Sequence[Analyzed],
    *,
    as_of: date | None = None,
    weights: Weights = DEFAULT_WEIGHTS,
    embedder: Encoder | None = None,
) -> tuple[int | None, tuple[str, ...]]:
    """Index of the choice the freshest relevant evidence supports, and the lines that explain why.

    Documents published after ``as_of`` (plus ``weights.cutoff_lag_days`` of publication lag) are set
    aside; newer documents count for more, relative to ``as_of`` or, without it, to the newest document.
    Returns ``(None, lines)`` only when there are no choices; without any evidence the first choice is
    returned and the lines say so. With ``weights.embed`` > 0, ``embedder`` (by default the process-wide
    one of :mod:`tidings.embed`, if installed) adds a semantic score; without a model, scoring stays lexical.
    """
    if not choices:
        return None, ("no choices to choose from",)
    pool = _eligible(docs, as_of, weights.cutoff_lag_days)
    ev, units = _gather(question, choices, pool, as_of, weights)
    ev, embed_note = _add_semantic(ev, question, choices, units, pool, weights, embedder)
    lines: list[str] = []
    if len(pool) < len(docs):
        lines.append(f"set aside {len(docs) - len(pool)} document(s) published after {as_of}")
    lines.extend(ev.notes)
    if embed_note:
        lines.append(embed_note)
    if ev.verdict is not None:
        lines.append(f"chose {choices[ev.verdict]!r}")
        return ev.verdict, tuple(lines)
    best = _decide(ev, choices, weights, lines)
    _explain(choices, best, ev, units, pool, lines)
    return best, tuple(lines)


def evidence(
    question: str,
    choices: Sequence[str],
    docs: Sequence[Analyzed],
    *,
    as_of: date | None = None,
    weights: Weights = DEFAULT_WEIGHTS,
    embedder: Encoder | None = None,
) -> Evidence:
    """The evidence :func:`choose` decides from, for inspection. ``Mention.doc`` indexes the documents
    left after the ``as_of`` cut-off, in their given order."""
    pool = _eligible(docs, as_of, weights.cutoff_lag_days)
    ev, units = _gather(question, choices, pool, as_of, weights)
    return _add_semantic(ev, question, choices, units, pool, weights, embedder)[0]


def _add_semantic(
    ev: Evidence,
    question: str,
    choices: Sequence[str],
    units: Sequence[_Unit],
    pool: Sequence[Analyzed],
    w: Weights,
    embedder: Encoder | None,
) -> tuple[Evidence, str]:
    """``ev`` with each choice's semantic score added to its support, and a line saying what happened.

    Only plain questions: the exception and "all of the above" rules compare raw support levels, which a
    shifted score would upset. The lexical support is scaled so the best choice has 1, the semantic score
    so the best choice has 0: the weight then says how many units of cosine similarity one lexical "best"
    is worth.
    """
    if w.embed <= 0 or ev.shape != "plain" or not units:
        return ev, ""
    if embedder is None:
        from tidings.embed import default_embedder

        embedder = default_embedder()
        if embedder is None:
            return ev, "sentence embeddings are not installed; scoring is lexical only"
    # Only sentences sharing a content word with the question or a choice can be a best match worth
    # having; the others are most of the text and would only cost time.
    keys = {t for t in words(" ".join([question, *choices])) if t not in _STOP}
    units = [u for u in units if u.tokset & keys] or list(units)
    unit_vecs = embedder.encode([_unit_text(u, pool[u.doc]) for u in units])
    statements = embedder.encode([f"{question} {c}" for c in choices])
    sims = statements @ unit_vecs.T
    top = _top_mean(sims, w.embed_top)
    best_sem = max(top)
    best_sup = max(ev.support) or 1.0
    support = tuple(s / best_sup + w.embed * (t - best_sem) for s, t in zip(ev.support, top, strict=True))
    sem = ", ".join(f"{c!r} {t:.3f}" for c, t in zip(choices, top, strict=True))
    return (
        Evidence(ev.shape, ev.mentions, support, ev.notes, ev.verdict, tuple(top)),
        f"semantic scores (weight {w.embed:g}): {sem}",
    )


def _top_mean(sims: NDArray[np.float32], k: int) -> list[float]:
    """Per row, the mean of its ``k`` largest entries (partitioning, not sorting: rows are long)."""
    import numpy as np

    k = max(1, min(k, sims.shape[1]))
    best = np.partition(sims, sims.shape[1] - k, axis=1)[:, -k:]
    return [float(x) for x in best.mean(axis=1)]


def _decide(ev: Evidence, choices: Sequence[str], w: Weights, lines: list[str]) -> int:
    n = len(choices)
    sup = ev.support
    if ev.shape == "except":
        rest = [ci for ci in range(n) if not _ABOVE_RE.match(choices[ci])]
        best = min(rest, key=lambda ci: (sup[ci], ci))
        lines.append(f"the question asks for the exception: chose the least supported {choices[best]!r}")
        return best
    if ev.shape == "above":
        listed = [
            ci for ci in range(n) if not (_ABOVE_RE.match(choices[ci]) or _NONE_ABOVE_RE.match(choices[ci]))
        ]
        top = max((sup[ci] for ci in listed), default=0.0)
        supported = [ci for ci in listed if top > 0 and sup[ci] >= w.above_ratio * top]
        all_above = [ci for ci in range(n) if _ABOVE_RE.match(choices[ci])]
        together = _named_together(ev, supported, w.above_ratio * top)
        if all_above and len(together) >= 2:
            named = len(together)
            lines.append(f"{named} listed choices are named in one sentence: chose {choices[all_above[0]]!r}")
            return all_above[0]
        none_above = [ci for ci in range(n) if _NONE_ABOVE_RE.match(choices[ci])]
        if top <= 0 and none_above:
            lines.append(f"no listed choice is supported: chose {choices[none_above[0]]!r}")
            return none_above[0]
        if listed:
            return max(listed, key=lambda ci: (sup[ci], -ci))
    return max(range(n), key=lambda ci: (sup[ci], -ci))


def _named_together(ev: Evidence, listed: Sequence[int], floor: float) -> set[int]:
    """The largest set of ``listed`` choices that one sentence names, each with a mention scoring at
    least ``floor``: "charged with wire fraud, money laundering and theft of public funds" supports "all
    of the above"; a Tony in one sentence and Grammys in another may be different honours."""
    by_unit: dict[int, set[int]] = {}
    for ci in listed:
        for m in ev.mentions[ci]:
            if m.strength >= 1.0 and m.score >= floor:
                by_unit.setdefault(m.unit, set()).add(ci)
    return max(by_unit.values(), key=len, default=set())


def _gather(
    question: str, choices: Sequence[str], pool: Sequence[Analyzed], as_of: date | None, w: Weights
) -> tuple[Evidence, list[_Unit]]:
    ref = _reference(pool, as_of)
    units, doc_tokens, idf = _read_units(pool)
    n = len(choices)

    is_tf = n == 2 and _TRUE_FALSE_RE.search(question) is not None
    q_toks = _words(_TRUE_FALSE_RE.sub(" ", question) if is_tf else question)
    q_set = {t for t in q_toks if t not in _STOP and t not in _QUIZ_WORDS}
    if is_tf:
        is_true, notes = _true_false(q_toks, q_set, pool, units, idf)
        labels = [c.strip().lower() for c in choices]
        verdict = labels.index("true" if is_true else "false") if set(labels) == {"true", "false"} else 0
        empty = tuple(() for _ in range(n))
        return Evidence("true_false", empty, (0.0,) * n, notes, verdict), units

    # A word no sentence contains is as rare as the rarest ones: a choice missing its rare words is absent.
    unseen = math.log(1.0 + (len(units) - 0.5) / 1.5)
    q_seq = [t for t in q_toks if t not in _STOP]
    q_pairs = {(a, b) for a, b in itertools.pairwise(q_seq) if {a, b} <= q_set and a in idf and b in idf}
    bm25 = BM25(doc_tokens) if doc_tokens else None
    rel_raw = bm25.scores(q_set) if bm25 else []
    top_rel = max(rel_raw, default=0.0) or 1.0
    doc_rel = [w.rel_floor + r / top_rel for r in rel_raw]
    doc_fresh = [_freshness(a, ref, w) for a in pool]
    # A sentence dated by its own words to the reference date's days ("In March, CBS launches ..." in
    # December, for a question of March 3) is as fresh as a report from those days.
    now = _now_units(units, pool, ref, w)
    # "after his December visit to the U.S.": a date right beside a mention, long before the question's
    # date, says the mention is about then.
    past = _past_marks(units, pool, ref, w) if w.dated_past < 1.0 else {}
    titles: dict[int, frozenset[str]] = {u.doc: u.tokset for u in units if u.index == -1}
    by_pos: dict[tuple[int, int], _Unit] = {(u.doc, u.index): u for u in units}

    phrases = _respell([_phrase(c) for c in choices], idf)
    # Neither counts for a choice that is itself a date or a span of time ("June 1, 2024", "Months"): the
    # time expressions in a sentence are then what it is found by.
    dated = [
        bool(_DATE_CHOICE_RE.search(c) or _TIME_UNITS.intersection(p))
        for c, p in zip(choices, phrases, strict=True)
    ]
    tok_sets = [set(p) for p in phrases]
    all_choice_toks: set[str] = set().union(*tok_sets)
    # The quiz names its premise and asks for something else: a choice the question itself contains
    # ("Florida Gov. Ron DeSantis ... in which state?") is rarely the answer.
    in_question = [
        bool(p)
        and any(tuple(q_seq[i : i + len(p)]) == p for i in range(len(q_seq) - len(p) + 1))
        and not _inside_name(c, question)
        for p, c in zip(phrases, choices, strict=True)
    ]
    q_years = frozenset(t for t in q_seq if _YEAR_RE.fullmatch(t)) - all_choice_toks
    q_past = bool(q_years) or _asks_past(question, ref, w)
    # A partial mention needs words only this choice has, that the question does not already use, and
    # more than a bare number ("23" of "Title 23" is any 23).
    distinct: list[set[str]] = []
    for ci, ts in enumerate(tok_sets):
        others: set[str] = set().union(*(tok_sets[j] for j in range(n) if j != ci))
        own = ((ts - others) or ts) - q_set
        if all(t[0].isdigit() for t in own) and not all(t[0].isdigit() or t == "%" for t in ts):
            own = set()
        distinct.append(own)
    # A name's words stand together ("Cincinnati Bengals"); a described choice ("slowing age-related brain
    # shrinkage") is paraphrased with its words spread over the sentence.
    gaps = [w.partial_gap if _is_name(c) else w.phrase_gap for c in choices]
    # "26%" found as a bare "26" ("26 years old") is a different quantity: a partial mention of a number
    # whose unit is missing after it counts for little.
    units_of = [_unit_words(p) for p in phrases]
    exact = _exact_hits(choices, phrases, all_choice_toks, units)

    hits = [_hits(units, exact[ci], distinct[ci], idf, unseen, gaps[ci], units_of[ci], w) for ci in range(n)]
    mentions: list[tuple[Mention, ...]] = []
    for ci in range(n):
        q_words = [t for t in q_set if t not in tok_sets[ci] and t in idf]
        q_total = sum(idf[t] for t in q_words)
        pairs = [pr for pr in q_pairs if pr[0] not in tok_sets[ci] and pr[1] not in tok_sets[ci]]
        context = _Context(
            q_words, q_total, pairs, sum(idf[a] + idf[b] for a, b in pairs), idf, titles, by_pos
        )
        found: list[Mention] = []
        for ui, (strength, where) in hits[ci].items():
            u = units[ui]
            pos = w.title_bonus if u.index == -1 else 1.0 + w.lead_bonus * math.exp(-u.index / w.lead_decay)
            if u.asks:
                pos *= w.asks
            if q_years and u.years and not (q_years & u.years):
                pos *= w.other_year
            if in_question[ci]:
                pos *= w.in_question
            # Question words nearer another choice named in the same sentence belong to that choice
            # ("Harry Styles won album of the year, ... though it was Beyoncé who made history"); a choice
            # after "not" claims nothing ("Jaffa Cakes, not digestives, are the most dunkable").
            rivals = [
                sp
                for cj in range(n)
                if cj != ci and ui in hits[cj] and hits[cj][ui][0] >= w.rival_min
                for sp in hits[cj][ui][1]
                if not _is_negated(u, sp, w)
            ]
            cov = _coverage(u, where, context, w, rivals)
            fresh = max(doc_fresh[u.doc], w.about_now) if ui in now and not dated[ci] else doc_fresh[u.doc]
            if ui in past and not dated[ci] and not q_past:
                # (A date inside the mention is the mention itself: "Months" in "this month".)
                near = [
                    p
                    for p in past[ui]
                    for sp in where
                    if sp[0] - w.past_near <= p < sp[1] + w.past_near and not sp[0] <= p < sp[1]
                ]
                if near:
                    fresh *= w.dated_past
            found.append(Mention(u.doc, ui, strength, cov, pos * doc_rel[u.doc] * fresh))
        found.sort(key=lambda m: -m.score)
        mentions.append(tuple(found))

    story = _stories(doc_tokens, w.dup_jaccard)
    support = tuple(_aggregate(ms, w, story) for ms in mentions)
    shape: Shape = "plain"
    if _EXCEPT_RE.search(question.replace("’", "'")):
        shape = "except"
    elif any(_ABOVE_RE.match(c) or _NONE_ABOVE_RE.match(c) for c in choices):
        shape = "above"
    return Evidence(shape, tuple(mentions), support), units


def _eligible(docs: Sequence[Analyzed], as_of: date | None, lag: int) -> list[Analyzed]:
    """The documents that could have been read by ``as_of``: undated ones are given the benefit of doubt."""
    if as_of is None:
        return list(docs)
    limit = as_of + timedelta(days=lag)
    return [a for a in docs if a.date.earliest is None or a.date.earliest <= limit]


def _reference(docs: Sequence[Analyzed], as_of: date | None) -> date | None:
    if as_of is not None:
        return as_of
    known = [a.date.latest for a in docs if a.date.latest is not None]
    return max(known) if known else None


def _now_units(units: Sequence[_Unit], pool: Sequence[Analyzed], ref: date | None, w: Weights) -> set[int]:
    """The sentences whose own dates (a day, a week or a month, from the documents' time expressions)
    fall within ``w.now_days`` of ``ref``."""
    if ref is None or w.about_now <= 0:
        return set()
    lo, hi = ref - timedelta(days=w.now_days), ref + timedelta(days=w.now_days)
    spans: dict[int, list[int]] = {}
    for di, a in enumerate(pool):
        for t in a.timexes:
            span = _span_of(t.value) if t.type in ("DATE", "TIME") else None
            if span is not None and span[0] <= hi and span[1] >= lo:
                spans.setdefault(di, []).append(t.start)
    return {
        ui
        for ui, u in enumerate(units)
        if u.index >= 0 and any(u.start <= p < u.end for p in spans.get(u.doc, ()))
    }


def _past_marks(
    units: Sequence[_Unit], pool: Sequence[Analyzed], ref: date | None, w: Weights
) -> dict[int, list[int]]:
    """Per sentence, the token positions of its dates (a day, week, month or year) that ended more than
    ``w.past_days`` before ``ref``."""
    if ref is None:
        return {}
    old = ref - timedelta(days=w.past_days)
    starts: dict[int, list[int]] = {}
    for di, a in enumerate(pool):
        for t in a.timexes:
            span = _span_of(t.value, years=True) if t.type == "DATE" else None
            if span is not None and span[1] < old:
                starts.setdefault(di, []).append(t.start)
    out: dict[int, list[int]] = {}
    for ui, u in enumerate(units):
        found = [p for p in starts.get(u.doc, ()) if u.index >= 0 and u.start <= p < u.end]
        if not found:
            continue
        text = pool[u.doc].doc.text
        # Positions count the content words before each date; a month "May" (a content word in the unit,
        # a stopword here) can shift them by one, which the nearness window absorbs.
        content = [a + u.start for norm, a, _ in scan(text[u.start : u.end]) if lemma(norm) not in _STOP]
        out[ui] = [sum(1 for c in content if c < p) for p in found]
    return out


def _asks_past(question: str, ref: date | None, w: Weights) -> bool:
    """Whether the question names a time long before ``ref`` ("last year", "in 1803")."""
    if ref is None:
        return False
    old = ref - timedelta(days=w.past_days)
    for t in timex.tag(question, ref):
        span = _span_of(t.value, years=True) if t.type == "DATE" else None
        if span is not None and span[0] + (span[1] - span[0]) / 2 < old:
            return True
    return False


def _span_of(value: str, *, years: bool = False) -> tuple[date, date] | None:
    """The first and last day of a TIMEX3 value naming a day, a week or a month (or a year, a decade or
    a century, with ``years``); None for others."""
    try:
        if years and _YEARS_VALUE_RE.match(value):
            # A year ("1994"), a decade ("199", the 1990s) or a century ("19").
            span = 10 ** (4 - len(value))
            y = max(1, int(value) * span)
            return date(y, 1, 1), date(min(9999, y + span - 1), 12, 31)
        m = _DAY_RE.match(value)
        if m is not None:
            y, mo = int(m.group(1)), int(m.group(2))
            if m.group(3):
                day = date(y, mo, int(m.group(3)))
                return day, day
            first = date(y, mo, 1)
            return first, date(y + mo // 12, mo % 12 + 1, 1) - timedelta(days=1)
        m = _WEEK_RE.match(value)
        if m is not None:
            monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            return monday, monday + timedelta(days=6)
    except ValueError:
        return None
    return None


def _freshness(a: Analyzed, ref: date | None, w: Weights) -> float:
    """1 for documents from the last ``fresh_grace_days``, fading to ``fresh_floor`` for old ones."""
    mid = a.date.midpoint
    if mid is None or ref is None or a.date.earliest is None or a.date.latest is None:
        return w.fresh_unknown
    # A wide interval (a month, a year) is only as fresh as its evidence allows: half its width counts
    # against it, so a document dated only to a year is never fully fresh.
    width = (a.date.latest - a.date.earliest).days
    excess = max(0.0, (ref - mid).days - w.fresh_grace_days) + width / 2
    return w.fresh_floor + (1.0 - w.fresh_floor) * math.exp(-excess / w.fresh_tau_days)


def _read_units(pool: Sequence[Analyzed]) -> tuple[list[_Unit], list[list[str]], dict[str, float]]:
    """The headline and sentences of every document as units, each document's content tokens, and the
    IDF of every token over the units (a sentence is a "document" here: ten articles are too few)."""
    units: list[_Unit] = []
    doc_tokens: list[list[str]] = []
    for di, a in enumerate(pool):
        all_toks: list[str] = []
        title = a.doc.title or ""
        spans = [(-1, 0, len(title))] if title else []
        text = a.doc.text
        for si, (s, e) in enumerate(sentences(text)):
            m = _DATELINE_RE.match(text, s, e) if si < 3 else None
            spans.append((si, m.end() if m is not None else s, e))
        for si, s, e in spans:
            unit = _make_unit(di, si, title if si == -1 else text, s, e)
            if unit is not None:
                units.append(unit)
                all_toks.extend(unit.toks)
        doc_tokens.append(all_toks)
    df: dict[str, int] = {}
    for u in units:
        for t in u.tokset:
            df[t] = df.get(t, 0) + 1
    return units, doc_tokens, idf_table(df, max(1, len(units)))


def _make_unit(di: int, si: int, text: str, s: int, e: int) -> _Unit | None:
    toks: list[str] = []
    gaps: list[int] = []
    negated: set[int] = set()
    denied: set[int] = set()
    # "Jaffa Cakes, not digestives": a denial after a comma is of what follows it.
    after_comma = [m.group(1) is not None for m in _DENIAL_RE.finditer(text, s, e)]
    p1 = p2 = ""  # the two previous tokens, stopwords included
    gap = 0
    for t in _words(_month_may(text[s:e])):
        if t in _DENIALS:
            comma = after_comma.pop(0) if after_comma else False
            if toks and gap <= 2 and not comma:
                denied.add(len(toks) - 1)
        if t in _STOP:
            gap += 1
        else:
            if (
                is_negation(p1)
                or p1 in ("instead", "neither")
                or (p1 == "of" and p2 == "instead")
                or (p1 == "than" and p2 == "rather")
            ):
                negated.add(len(toks))
            toks.append(t)
            gaps.append(gap)
            gap = 0
        p2, p1 = p1, t
    if not toks:
        return None
    st = tuple(toks)
    return _Unit(
        di,
        si,
        s,
        e,
        st,
        frozenset(st),
        frozenset(negated),
        text[s:e].rstrip(" \"'”’)").endswith("?"),
        frozenset(t for t in st if _YEAR_RE.fullmatch(t)),
        tuple(gaps),
        frozenset(denied),
    )


def _unit_words(phrase: tuple[str, ...]) -> frozenset[str]:
    """The unit after the number of a quantity choice ("26%", "30 minutes"), if it is one."""
    if len(phrase) < 2 or not phrase[0][0].isdigit():
        return frozenset()
    return frozenset(t for t in phrase[1:2] if not t[0].isdigit())


def _words(text: str) -> list[str]:
    return [lemma(t) for t in words(text)]


def _month_may(text: str) -> str:
    if "May" not in text:
        return text
    return _MONTH_MAY_RE.sub(lambda m: (m.group("pre") or "") + _MONTH_MAY, text)


def _phrase(text: str) -> tuple[str, ...]:
    toks = _words(_month_may(text.strip()))
    content = [t for t in toks if t not in _STOP]
    return tuple(content or toks)


def _inner_gaps(text: str) -> tuple[int, ...]:
    """How many stopwords sit between consecutive content words of ``text`` ("Bank of America": (1,))."""
    gaps: list[int] = []
    gap = 0
    seen = False
    for t in words(_month_may(text.strip())):
        if t in _STOP:
            gap += 1
            continue
        if seen:
            gaps.append(gap)
        seen = True
        gap = 0
    return tuple(gaps)


def _inside_name(choice: str, question: str) -> bool:
    """Whether every place ``question`` says ``choice`` ends a longer name: "HBO Max relaunched as a
    service called ...?" does not name "Max" as its premise."""
    c = choice.strip()
    found = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(c)}(?!\w)", question)] if c else []
    return bool(found) and all(_name_before(question, s) for s, _ in found)


def _name_before(text: str, end: int) -> bool:
    m = _CAP_BEFORE_RE.search(text, 0, end)
    return m is not None and m.group(1).lower() not in STOPWORDS


def _is_name(choice: str) -> bool:
    """Whether ``choice`` is a proper name of several words: each word outside stopwords capitalised."""
    names = [w for w in _CAP_WORD_RE.findall(choice) if w.lower() not in STOPWORDS]
    return len(names) >= 2 and all(w[0].isupper() for w in names)


def _acronym(choice: str) -> str | None:
    """ "Louisiana State University" -> "lsu": names of several capitalised words are often abbreviated."""
    names = [w for w in _CAP_WORD_RE.findall(choice) if w.lower() not in STOPWORDS]
    if len(names) < 2 or not all(w[0].isupper() for w in names):
        return None
    acr = "".join(w[0] for w in names).lower()
    return acr if len(acr) >= 3 and acr not in STOPWORDS else None


def _respell(phrases: list[tuple[str, ...]], vocab: dict[str, float]) -> list[tuple[str, ...]]:
    """Choice words the documents never use, replaced by a spelling they do use one edit away.

    "Courtney Cox" is "Courteney Cox" in the news; "Cicsco" is "Cisco". Only words of five letters or
    more, and the commonest (lowest-IDF) respelling if there are several.
    """
    missing = {t for p in phrases for t in p if t not in vocab and len(t) >= 5 and t.isalpha()}
    if not missing:
        return phrases
    buckets: dict[tuple[str, int], list[str]] = {}
    for v in vocab:
        if len(v) >= 4 and v.isalpha():
            buckets.setdefault((v[0], len(v)), []).append(v)
    fix: dict[str, str] = {}
    for t in missing:
        near = [v for k in (-1, 0, 1) for v in buckets.get((t[0], len(t) + k), ()) if _one_edit(t, v)]
        if near:
            fix[t] = min(near, key=lambda v: (vocab[v], v))
    return [tuple(fix.get(t, t) for t in p) for p in phrases]


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one insertion, deletion or substitution."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def _find_phrase(
    units: Sequence[_Unit], phrase: tuple[str, ...], gaps: tuple[int, ...] | None = None
) -> dict[int, list[tuple[int, int]]]:
    """Where ``phrase`` occurs as a contiguous run of content tokens: unit -> [(start, end) token spans].

    With ``gaps`` (the stopword counts between the phrase's words), the run must have the same stopwords
    between its words: "HBO Max and Discovery+" does not name "Max Discovery".
    """
    hits: dict[int, list[tuple[int, int]]] = {}
    if not phrase:
        return hits
    first, n, need = phrase[0], len(phrase), set(phrase)
    check = gaps is not None and len(gaps) == n - 1
    for ui, u in enumerate(units):
        if first not in u.tokset or not need <= u.tokset:
            continue
        toks = u.toks
        for i in range(len(toks) - n + 1):
            if toks[i] == first and toks[i : i + n] == phrase:
                if check and u.gaps[i + 1 : i + n] != gaps:
                    continue
                hits.setdefault(ui, []).append((i, i + n))
    return hits


def _exact_hits(
    choices: Sequence[str],
    phrases: Sequence[tuple[str, ...]],
    all_choice_toks: set[str],
    units: Sequence[_Unit],
) -> list[dict[int, list[tuple[int, int]]]]:
    """Exact phrase (or acronym) hits of every choice. A hit inside a longer choice's hit ("BQ.1" inside
    "BQ.1.1") belongs to the longer one."""
    exact = [_find_phrase(units, p, _inner_gaps(c)) for p, c in zip(phrases, choices, strict=True)]
    for ci, c in enumerate(choices):
        acr = _acronym(c)
        if acr and acr not in all_choice_toks:
            for ui, spans in _find_phrase(units, (acr,)).items():
                exact[ci].setdefault(ui, []).extend(spans)
    for ci, cj in itertools.permutations(range(len(choices)), 2):
        if len(phrases[cj]) <= len(phrases[ci]):
            continue
        for ui, spans in list(exact[ci].items()):
            longer = exact[cj].get(ui, [])
            kept = [s for s in spans if not any(ls[0] <= s[0] and s[1] <= ls[1] for ls in longer)]
            if kept:
                exact[ci][ui] = kept
            else:
                del exact[ci][ui]
    return exact


@dataclass(frozen=True, slots=True)
class _Context:
    """The question as seen from one choice: its words (minus the choice's own) and word pairs."""

    words: Sequence[str]
    total: float
    pairs: Sequence[tuple[str, str]]
    pair_total: float
    idf: dict[str, float]
    titles: dict[int, frozenset[str]]
    by_pos: dict[tuple[int, int], _Unit]


def _coverage(
    u: _Unit,
    where: Sequence[tuple[int, int]],
    ctx: _Context,
    w: Weights,
    rivals: Sequence[tuple[int, int]] = (),
) -> float:
    """How much of the question surrounds a mention at token spans ``where`` of unit ``u``, 0..1.

    Question words count fully next to the mention and less the further away they are in the same
    sentence, less again in the neighbouring sentences or the headline; adjacent question word pairs
    ("Final Four") add to it.
    """
    if ctx.total <= 0:
        return 0.0
    idf = ctx.idf
    title = ctx.titles.get(u.doc, frozenset())
    # A heading ("Red squirrels": the mention and little else) introduces what follows it.
    heading = u.index >= 0 and min(s for s, _ in where) <= 1 and len(u.toks) <= max(e for _, e in where) + 1
    n1 = _near(ctx.by_pos, u, (1,) if heading else (-1, 1))
    n2 = _near(ctx.by_pos, u, (2, 3) if heading else (-2, 2))
    got = 0.0
    toks = u.toks
    for t in ctx.words:
        if t in u.tokset:
            d = min(
                (_dist(i, where) if not rivals or _dist(i, where) <= _dist(i, rivals) else 10_000)
                for i, x in enumerate(toks)
                if x == t
            )
            got += idf[t] * (w.same_floor + (1.0 - w.same_floor) * math.exp(-d / w.same_tau))
        elif t in n1:
            got += idf[t] * w.near_1
        elif t in n2 or t in title:
            got += idf[t] * max(w.near_2 if t in n2 else 0.0, w.in_title if t in title else 0.0)
    total = ctx.total
    if ctx.pairs and w.pair_weight > 0:
        adjacent = set(itertools.pairwise(toks))
        got += w.pair_weight * sum(idf[a] + idf[b] for a, b in ctx.pairs if (a, b) in adjacent)
        total += w.pair_weight * ctx.pair_total
    return got / total


def _hits(
    units: Sequence[_Unit],
    exact: dict[int, list[tuple[int, int]]],
    dist: set[str],
    idf: dict[str, float],
    unseen: float,
    gap: int,
    unit_of: frozenset[str],
    w: Weights,
) -> dict[int, tuple[float, list[tuple[int, int]]]]:
    """Where one choice is named: unit -> (strength, token spans). The exact phrase has strength 1 (less
    after "not"); enough of its distinctive words, IDF-weighted, make a partial mention."""
    out: dict[int, tuple[float, list[tuple[int, int]]]] = {}
    dist_w = sum(idf.get(t, unseen) for t in dist) or 1.0
    for ui, u in enumerate(units):
        if ui in exact:
            where = exact[ui]
            out[ui] = (w.negated if all(_is_negated(u, sp, w) for sp in where) else 1.0, where)
            continue
        if not dist or not (dist & u.tokset):
            continue
        share, where = _partial(u.toks, dist, idf, unseen, gap)
        share /= dist_w
        if share < w.partial_min:
            continue
        strength = share**w.partial_power
        if unit_of and not any(
            u.toks[i][0].isdigit() and i + 1 < len(u.toks) and u.toks[i + 1] in unit_of for i, _ in where
        ):
            strength *= w.unit_missing
        out[ui] = (strength, where)
    return out


def _is_negated(u: _Unit, span: tuple[int, int], w: Weights) -> bool:
    """Whether a mention follows "not" ("not Milwaukee") or is denied right after ("Milwaukee was not in
    the running")."""
    return span[0] in u.negated or (w.denied_after > 0 and span[1] - 1 in u.denied)


def _partial(
    toks: Sequence[str], dist: set[str], idf: dict[str, float], unseen: float, gap: int
) -> tuple[float, list[tuple[int, int]]]:
    """The IDF mass of a choice's distinctive words found together in ``toks``, and where.

    Words count together only when each is within ``gap`` tokens of the previous one: "Cincinnati" at the
    start of a sentence and "Bengals" at its end do not name the Cincinnati Bengals.
    """
    best: tuple[float, list[tuple[int, int]]] = (0.0, [])
    run: list[int] = []
    for i, t in enumerate([*toks, ""]):
        if run and (i - run[-1] > gap or i == len(toks)):
            best = max(best, _run_mass(toks, run, idf, unseen), key=lambda b: b[0])
            run = []
        if t in dist:
            run.append(i)
    return best


def _run_mass(
    toks: Sequence[str], run: list[int], idf: dict[str, float], unseen: float
) -> tuple[float, list[tuple[int, int]]]:
    return sum(idf.get(t, unseen) for t in {toks[i] for i in run}), [(i, i + 1) for i in run]


def _dist(i: int, spans: Sequence[tuple[int, int]]) -> int:
    """Tokens between position ``i`` and the nearest of ``spans`` (0 inside one)."""
    return min((s - i if i < s else i - e + 1 if i >= e else 0) for s, e in spans)


def _near(by_pos: dict[tuple[int, int], _Unit], u: _Unit, steps: Sequence[int]) -> frozenset[str]:
    out: frozenset[str] = frozenset()
    for k in steps:
        other = by_pos.get((u.doc, u.index + k))
        if other is not None and other.index >= 0:
            out = out | other.tokset
    return out


def _stories(doc_tokens: Sequence[Sequence[str]], threshold: float) -> list[int]:
    """Per document, the first document telling the same story: near-duplicates (the same wire story
    on two sites, a page scraped twice) share most of their vocabulary and count once."""
    sets = [frozenset(t) for t in doc_tokens]
    story = list(range(len(sets)))
    if threshold >= 1.0:
        return story
    for j in range(len(sets)):
        for i in range(j):
            if story[i] != i or not sets[i] or not sets[j]:
                continue
            small, big = sorted((len(sets[i]), len(sets[j])))
            if small < threshold * big:
                continue
            if len(sets[i] & sets[j]) >= threshold * len(sets[i] | sets[j]):
                story[j] = i
                break
    return story


def _aggregate(found: Sequence[Mention], w: Weights, story: Sequence[int] | None = None) -> float:
    """The best mention, plus ``spread / k`` of the best mention in the k-th further story (documents
    that are near-duplicates of each other are one story)."""
    seen: set[int] = set()
    total = 0.0
    for m in found:
        key = story[m.doc] if story is not None else m.doc
        if key in seen:
            continue
        total += m.score * (1.0 if not seen else w.spread / len(seen))
        seen.add(key)
    return total


def _true_false(
    q_toks: Sequence[str],
    q_set: set[str],
    pool: Sequence[Analyzed],
    units: Sequence[_Unit],
    idf: dict[str, float],
) -> tuple[bool, tuple[str, ...]]:
    """Judge a true-or-false statement by the sentence that covers most of it.

    Quiz statements are usually drawn from the reporting, so a statement is taken as true unless its best
    matching sentence negates what the statement asserts (or asserts what it negates).
    """
    q_words = [t for t in q_set if t in idf]
    total = sum(idf[t] for t in q_words) or 1.0
    best_ui, best_cov = -1, 0.0
    for ui, u in enumerate(units):
        cov = sum(idf[t] for t in q_words if t in u.tokset) / total
        if cov > best_cov:
            best_ui, best_cov = ui, cov
    if best_ui < 0 or best_cov < 0.3:
        return True, ("no sentence covers the statement well; taking it as true",)
    u = units[best_ui]
    a = pool[u.doc]
    q_neg = any(is_negation(t) for t in q_toks)
    s_neg = any(is_negation(t) for t in words(_unit_text(u, a)))
    agrees = s_neg == q_neg
    verb = "agrees" if agrees else "disagrees"
    return agrees, (
        f"best matching sentence ({best_cov:.0%} of the statement) {verb} in negation: {_cite(u, a)}",
    )


def _unit_text(u: _Unit, a: Analyzed) -> str:
    return (a.doc.title or "") if u.index == -1 else a.doc.text[u.start : u.end]


def _cite(u: _Unit, a: Analyzed) -> str:
    ident = a.doc.id + (f" ({a.doc.external_id})" if a.doc.external_id else "")
    when = a.date.value or "undated"
    where = "headline" if u.index == -1 else f"sentence {u.index + 1}"
    text = " ".join(_unit_text(u, a).split())
    if len(text) > 300:
        text = text[:297] + "..."
    return f"[{ident}, {when}, {where}] {text}"


def _explain(
    choices: Sequence[str],
    best: int,
    ev: Evidence,
    units: Sequence[_Unit],
    pool: Sequence[Analyzed],
    lines: list[str],
) -> None:
    ranked = sorted(range(len(choices)), key=lambda ci: -ev.support[ci])
    scores = ", ".join(f"{choices[ci]!r} {ev.support[ci]:.3f}" for ci in ranked)
    if not any(ev.support):
        lines.append(f"no document supports any choice; defaulting to {choices[best]!r}")
    lines.append(f"chose {choices[best]!r}; support: {scores}")
    shown: set[int] = set()
    for m in ev.mentions[best]:
        if m.doc in shown or m.score <= 0:
            continue
        shown.add(m.doc)
        lines.append(f"supports {choices[best]!r} ({m.score:.3f}): {_cite(units[m.unit], pool[m.doc])}")
        if len(shown) >= 3:
            break
    runner = next((ci for ci in ranked if ci != best), None)
    if runner is not None and ev.mentions[runner] and ev.mentions[runner][0].score > 0:
        m = ev.mentions[runner][0]
        role = "runner-up" if ev.shape == "plain" else "another choice"
        cite = _cite(units[m.unit], pool[m.doc])
        lines.append(f"best for {role} {choices[runner]!r} ({m.score:.3f}): {cite}")
