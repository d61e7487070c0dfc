"""How the sources of one question relate: a small learned model over wording cues.

The rules in ``conflicts`` and ``ask`` type a conflict from the claims they manage to extract, and they fit
the stories they were written for far better than new ones: on case sets nobody had tuned them to they
typed about half the cases right, mostly by calling a conflict "no conflict" when they found one value.
The cues a reader uses are broader than any one extraction rule: the question asks for a list, a verdict or
the current state ("still", "which two", "should"); the documents fact-check, argue, or report changes.

This module turns those cues into features and scores the five conflict types with a multinomial logistic
regression. The weights are trained on the project's development case sets by
``benchmarks/relation_model.py`` and shipped as JSON beside this module; inference is a sparse dot product
in pure Python (microseconds per case). The features read only the question, the documents' text, titles
and dates, and the rules' own answer, never a gold field.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from tidings.model import Analyzed, Answer, ConflictType

LABELS: tuple[ConflictType, ...] = (
    "no_conflict",
    "complementary",
    "conflicting_opinions",
    "outdated",
    "misinformation",
)

# Cue families, each a reader's signal of one kind of disagreement. Broad on purpose: the weights decide
# how much each one counts.
_LEXICON: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern, re.I)
    for name, pattern in {
        "refute": r"\b(?:false(?:ly)?|fake|hoax\w*|debunk\w*|fact[- ]?check\w*|misleading|no evidence|"
        r"not true|untrue|incorrect\w*|inaccura\w+|satir\w*|parody|fabricat\w*|doctored|denie[sd]|deny\w*|"
        r"rumou?r\w*|viral|retract\w*|corrections?|corrected|clarification|in error|wrongly|erroneous\w*|"
        r"baseless|myth|unfounded|misattribut\w*|never said|no such)\b",
        "opinion": r"\b(?:critics?|argue[sd]?|arguing|argument|supporters?|opponents?|campaigners?|"
        r"believes?|insist\w*|warn\w*|disagree\w*|dispute[sd]?|contend\w*|should|welcome[sd]?|condemn\w*|"
        r"backers?|sceptic\w*|skeptic\w*|in favou?r|against|convinced|doubt\w*|concern\w*|"
        r"the other hand|divided|split)\b",
        "change": r"\b(?:now|rose|risen|increase[sd]?|raised|previously|updated?|latest|replac\w*|"
        r"no longer|revised|up from|down from|had been|former\w*|moved|postponed|delayed|lifted|"
        r"scrapped|rescheduled|stepped down|succeed\w*|appointed|named|new|broke|broken|climbed|fell|"
        r"jumped|overtook|since|until|originally|initially|was)\b",
        "parts": r"\b(?:also|meanwhile|separately|another|each|both|respectively|in addition|"
        r"as well as|other|remaining|rest|while|whereas|second|third|split|divided into|breakdown)\b",
        "estimate": r"\b(?:estimat\w*|organi[sz]ers|according to|at least|as many as|about|around|"
        r"roughly|forecast\w*|predict\w*|project\w*|expects?|likely)\b",
    }.items()
}
# Question words that carry the kind of relation asked about: the current state, a list, a verdict.
_Q_CUES = frozenset(
    """still current currently now latest new newest today which and both each all two three four five
    several should worth working work effective safe harm improve improved better worse why cause caused
    causes blame fair good bad right wrong fail failing succeed success justified necessary damage true
    really did does is was will were are who when where how many much what between
    reason reasons parts areas hours effects sentences places record holds held whose""".split()
)
_Q_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_WORD = re.compile(r"[a-z][a-z'-]+")
_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?![\w])")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_STOP = frozenset(
    """the and for with that this from what which when where will would have has had does did are was
    were been being how many much who whom whose into about after before over under than then there their
    they them its his her our your said says still now current currently latest today year years""".split()
)
# A plural noun after a wh-word asks for several members ("which cities", "what side effects").
_PLURAL_WH = re.compile(r"^(?:which|what|where|who)\s+(?:\w+\s+){0,2}\w+(?<!s)s\b", re.I)


def _stem(word: str) -> str:
    return word[:5]


def _content_stems(text: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in _WORD.findall(text.lower()) if len(w) > 3 and w not in _STOP)


def question_features(question: str, kind: str, as_of: date | None) -> dict[str, float]:
    toks = _Q_WORD.findall(question.lower())
    f: dict[str, float] = {f"q.kind={kind}": 1.0}
    if toks:
        f[f"q.first={toks[0]}"] = 1.0
    if len(toks) > 1:
        f[f"q.pair={toks[0]}_{toks[1]}"] = 1.0
    for t in toks:
        if t in _Q_CUES:
            f[f"q.word={t}"] = 1.0
    if _PLURAL_WH.match(question.strip()):
        f["q.plural"] = 1.0
    if as_of is not None:
        f["q.dated"] = 1.0
    return f


def _date_spread(points: Sequence[date]) -> float:
    """0 when the documents fall within a week, rising to 1 at two years apart (log scale)."""
    if len(points) < 2:
        return 0.0
    days = (max(points) - min(points)).days
    return min(math.log1p(max(days - 7, 0)) / math.log1p(730), 1.0)


def document_features(question: str, docs: Sequence[Analyzed]) -> dict[str, float]:
    f: dict[str, float] = {}
    if not docs:
        return {"d.none": 1.0}
    q_stems = _content_stems(question)
    need = min(2, len(q_stems))
    size = max(sum(len(a.doc.text) for a in docs) / 1000.0, 1.0)
    # each document's sentences that share the question's words, found once for every cue family
    topical = [
        [s for s in _SENTENCE.split(a.doc.text) if need and len(q_stems & _content_stems(s)) >= need]
        for a in docs
    ]
    for name, rx in _LEXICON.items():
        hits = 0
        docs_hit = 0
        topic_hit = 0
        for a, on_topic in zip(docs, topical, strict=True):
            n = len(rx.findall(a.doc.text))
            hits += n
            docs_hit += n > 0
            if n and any(rx.search(s) for s in on_topic):
                topic_hit += 1
        f[f"d.{name}.rate"] = min(hits / size, 5.0) / 5.0
        f[f"d.{name}.docs"] = docs_hit / len(docs)
        f[f"d.{name}.topic"] = topic_hit / len(docs)
    numbers = {n.replace(",", "") for on_topic in topical for s in on_topic for n in _NUMBER.findall(s)}
    f["d.numbers"] = min(len(numbers), 8) / 8.0
    titles = " ".join(a.doc.title or a.doc.text[:120] for a in docs)
    for name in ("refute", "opinion", "change"):
        if _LEXICON[name].search(titles):
            f[f"d.{name}.title"] = 1.0
    f["d.docs"] = min(len(docs), 10) / 10.0
    f["d.undated"] = sum(a.doc.given_date is None for a in docs) / len(docs)
    points = [p for a in docs if (p := a.date.midpoint) is not None]
    f["d.spread"] = _date_spread(points)
    f["d.months"] = min(len({p.isoformat()[:7] for p in points}), 5) / 5.0
    return f


_WORDED_COUNT = re.compile(r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s", re.I)


def _norm(value: str) -> str:
    return re.sub(r"[^a-z0-9.]", "", value.lower())


def answer_features(result: Answer, docs: Sequence[Analyzed]) -> dict[str, float]:
    """What the rules found: how many current and superseded values, and how many documents repeat the
    first value (sources that all state it agree; sources that never do tell another part or side)."""
    f = {
        "r.values": min(len(result.values), 4) / 4.0,
        "r.superseded": min(len(result.superseded), 4) / 4.0,
        f"r.type={result.conflict_type}": 1.0,
    }
    if result.values and docs:
        value = result.values[0]
        # "five homes": a count given in words with what it counts is repeated by any source with the count
        first = _norm(value.split()[0] if _WORDED_COUNT.match(value) else value)
        if first:
            f["r.repeated"] = sum(first in _norm(a.doc.text) for a in docs) / len(docs)
    return f


def features(
    question: str, kind: str, as_of: date | None, docs: Sequence[Analyzed], result: Answer
) -> dict[str, float]:
    f = question_features(question, kind, as_of)
    f.update(document_features(question, docs))
    f.update(answer_features(result, docs))
    return f


@dataclass(frozen=True, slots=True)
class RelationModel:
    """A multinomial logistic regression over named features; ``families`` names the feature prefixes it
    reads (the rest are ignored), ``weights`` maps a feature to one weight per label."""

    families: tuple[str, ...]
    weights: Mapping[str, tuple[float, ...]]
    bias: tuple[float, ...]
    labels: tuple[ConflictType, ...] = LABELS
    # How much the rules' own type counts against the model's (log-odds), by the type the rules gave; set
    # from how often the rules were right on case sets that neither they nor the model had seen
    bonuses: Mapping[str, float] = field(default_factory=dict)
    trained_on: Mapping[str, Any] = field(default_factory=dict)

    def _uses(self, name: str) -> bool:
        return name.startswith(self.families)

    def probabilities(self, feats: Mapping[str, float]) -> dict[ConflictType, float]:
        scores = list(self.bias)
        for name, value in feats.items():
            w = self.weights.get(name)
            if w is None or not value or not self._uses(name):
                continue
            for i, wi in enumerate(w):
                scores[i] += wi * value
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {lab: e / total for lab, e in zip(self.labels, exps, strict=True)}

    def to_dict(self) -> dict[str, Any]:
        return {
            "labels": list(self.labels),
            "families": list(self.families),
            "bonuses": dict(self.bonuses),
            "bias": [round(b, 6) for b in self.bias],
            "weights": {k: [round(x, 6) for x in v] for k, v in sorted(self.weights.items())},
            "trained_on": dict(self.trained_on),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RelationModel:
        labels = tuple(data["labels"])
        if labels != LABELS:
            raise ValueError(f"relation model labels {labels} differ from {LABELS}")
        return cls(
            families=tuple(data["families"]),
            weights={k: tuple(float(x) for x in v) for k, v in data["weights"].items()},
            bias=tuple(float(b) for b in data["bias"]),
            bonuses={k: float(v) for k, v in data.get("bonuses", {}).items()},
            trained_on=dict(data.get("trained_on", {})),
        )


def fit(
    rows: Sequence[tuple[Mapping[str, float], ConflictType]],
    families: Iterable[str],
    *,
    l2: float = 1.0,
    steps: int = 1500,
    rate: float = 0.5,
    bonuses: Mapping[str, float] | None = None,
    trained_on: Mapping[str, Any] | None = None,
) -> RelationModel:
    """Full-batch gradient descent on the L2-regularised multinomial log-loss: deterministic, so the same
    rows give the same weights. Needs numpy (a development dependency); inference does not."""
    import numpy as np

    fams = tuple(families)
    vocab = sorted({k for feats, _ in rows for k in feats if k.startswith(fams)})
    index = {k: i for i, k in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab) + 1))
    x[:, -1] = 1.0
    for r, (feats, _) in enumerate(rows):
        for k, v in feats.items():
            if k in index:
                x[r, index[k]] = v
    y = np.eye(len(LABELS))[[LABELS.index(lab) for _, lab in rows]]
    w = np.zeros((x.shape[1], len(LABELS)))
    penalty = np.ones((x.shape[1], 1))
    penalty[-1] = 0.0  # the bias is not shrunk
    for _ in range(steps):
        z = x @ w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad = (x.T @ (p - y) + l2 * penalty * w) / len(rows)
        w -= rate * grad
    return RelationModel(
        families=fams,
        weights={k: tuple(float(v) for v in w[i]) for k, i in index.items()},
        bias=tuple(float(v) for v in w[-1]),
        bonuses=dict(bonuses or {}),
        trained_on=dict(trained_on or {}),
    )


MODEL_FILE = "relation_model.json"


@cache
def bundled() -> RelationModel:
    """The model shipped with the package."""
    text = resources.files("tidings").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return RelationModel.from_dict(json.loads(text))


def pick_type(rule: ConflictType, probs: Mapping[ConflictType, float], model: RelationModel) -> ConflictType:
    """The type with the highest log-probability once the rules' own type gets its bonus.

    The rules' types differ in how far they can be trusted on stories nobody tuned them to: a refutation
    they matched was right every time, a newer dated value or named sides about two times in three, parts
    of a list four in ten, and their "no conflict", which is what they say whenever they found one value
    or none, one time in four. The bonuses say so; "other" covers a type without its own.
    """
    bonus = model.bonuses.get(rule, model.bonuses.get("other", 0.0))

    def score(lab: ConflictType) -> float:
        return math.log(max(probs[lab], 1e-12)) + (bonus if lab == rule else 0.0)

    return max(LABELS, key=score)
