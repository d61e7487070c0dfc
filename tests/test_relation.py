"""The relation model: its features, how it overrules the rules' "no conflict", and that the shipped
weights are exactly what the training script makes from the development sets."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from analyzed import analyzed_doc
from tidings.model import ConflictType
from tidings.relation import (
    LABELS,
    RelationModel,
    bundled,
    document_features,
    fit,
    pick_type,
    question_features,
)

ROOT = Path(__file__).resolve().parents[1]
MODEL_JSON = ROOT / "src" / "tidings" / "relation_model.json"


def _script() -> Any:
    spec = importlib.util.spec_from_file_location(
        "relation_model_script", ROOT / "benchmarks" / "relation_model.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


# ------------------------------------------------------------------------------------------- features


@pytest.mark.parametrize(
    ("question", "present", "absent"),
    [
        ("Which cities will host the regional finals?", {"q.plural", "q.first=which"}, set()),
        ("Which city will host the regional final?", {"q.first=which"}, {"q.plural"}),
        ("Is the ban still in force?", {"q.word=still", "q.pair=is_the"}, {"q.plural"}),
        ("Should the county ban the pesticide?", {"q.word=should"}, set()),
        ("How many jobs are being cut?", {"q.pair=how_many"}, {"q.word=should"}),
    ],
)
def test_question_features(question: str, present: set[str], absent: set[str]) -> None:
    f = question_features(question, "number", None)
    assert present <= f.keys()
    assert not absent & f.keys()


def test_question_date_is_a_feature() -> None:
    assert "q.dated" in question_features("How many?", "number", date(2024, 5, 1))
    assert "q.dated" not in question_features("How many?", "number", None)


@pytest.mark.parametrize(
    ("text", "family", "on_topic"),
    [
        # a fact-check of the very thing asked about
        ("Fact check: the claim that the Harlow bridge will close for a year is false.", "refute", True),
        # the same cue about something else
        ("Fact check: the claim that the mayor owns three yachts is false.", "refute", False),
        ("Critics argue the Harlow bridge closure will hurt traders.", "opinion", True),
        ("Critics argue the new parking charges will hurt traders.", "opinion", False),
    ],
)
def test_cues_count_on_topic_only_beside_the_questions_words(text: str, family: str, on_topic: bool) -> None:
    doc = analyzed_doc("d1", date(2024, 3, 1), text)
    f = document_features("How long will the Harlow bridge closure last?", [doc])
    assert f[f"d.{family}.docs"] == 1.0
    assert (f[f"d.{family}.topic"] > 0) is on_topic


def test_numbers_beside_the_question_are_counted_once() -> None:
    docs = [
        analyzed_doc("d1", None, "The Harlow bridge closure will last 11 weeks, the council said."),
        analyzed_doc("d2", None, "Engineers expect the Harlow bridge closure to last 11 weeks or 12 weeks."),
        analyzed_doc("d3", None, "The café on the quay has 40 seats."),
    ]
    f = document_features("How long will the Harlow bridge closure last?", docs)
    assert f["d.numbers"] == pytest.approx(2 / 8)


# ------------------------------------------------------------------------------------------ decisions

_SURE_OUTDATED = {
    "no_conflict": 0.1,
    "complementary": 0.05,
    "conflicting_opinions": 0.05,
    "outdated": 0.75,
    "misinformation": 0.05,
}
_UNSURE = {
    "no_conflict": 0.3,
    "complementary": 0.1,
    "conflicting_opinions": 0.1,
    "outdated": 0.4,
    "misinformation": 0.1,
}


def _bonuses(no_conflict: float, other: float) -> RelationModel:
    return RelationModel((), {}, (0.0,) * 5, bonuses={"no_conflict": no_conflict, "other": other})


@pytest.mark.parametrize(
    ("rule", "probs", "bonuses", "expected"),
    [
        # the rules' "no conflict" is their fallback: a sure model overrules it
        ("no_conflict", _SURE_OUTDATED, (0.5, 2.0), "outdated"),
        # an unsure one does not get past the bonus (log 0.3 + 0.5 > log 0.4)
        ("no_conflict", _UNSURE, (0.5, 2.0), "no_conflict"),
        ("no_conflict", _UNSURE, (0.0, 2.0), "outdated"),
        # a conflict the rules matched on claims needs a much surer model (log 0.05 + 2 < log 0.75)...
        ("misinformation", _SURE_OUTDATED, (0.5, 2.0), "outdated"),
        ("misinformation", _SURE_OUTDATED, (0.5, 3.0), "misinformation"),
        # ...and an unsure one never overrules it
        ("complementary", _UNSURE, (0.5, 2.0), "complementary"),
    ],
)
def test_pick_type(
    rule: ConflictType, probs: dict[ConflictType, float], bonuses: tuple[float, float], expected: str
) -> None:
    assert pick_type(rule, probs, _bonuses(*bonuses)) == expected


def test_probabilities_read_only_the_models_families() -> None:
    model = RelationModel(
        families=("q.",),
        weights={"q.word=still": (0, 0, 0, 3.0, 0), "r.values": (5.0, 0, 0, 0, 0)},
        bias=(0.0,) * 5,
    )
    p = model.probabilities({"q.word=still": 1.0, "r.values": 1.0})
    assert max(p, key=lambda k: p[k]) == "outdated"
    assert sum(p.values()) == pytest.approx(1.0)


def test_fit_learns_a_separable_toy_problem() -> None:
    rows: list[tuple[dict[str, float], ConflictType]] = [
        ({f"q.word={lab}": 1.0, "d.noise": 0.5}, lab) for lab in LABELS for _ in range(3)
    ]
    model = fit(rows, ("q.", "d."), l2=0.1, steps=400)
    for lab in LABELS:
        p = model.probabilities({f"q.word={lab}": 1.0, "d.noise": 0.5})
        assert max(p, key=lambda k: p[k]) == lab


def test_round_trip_through_json() -> None:
    model = bundled()
    again = RelationModel.from_dict(json.loads(json.dumps(model.to_dict())))
    assert again.weights == model.weights
    assert again.bonuses == model.bonuses


def test_wrong_labels_are_refused() -> None:
    data = bundled().to_dict()
    data["labels"] = list(reversed(data["labels"]))
    with pytest.raises(ValueError, match="labels"):
        RelationModel.from_dict(data)


# --------------------------------------------------------------------------------- the shipped weights


def test_shipped_model_was_trained_on_the_current_development_sets() -> None:
    """Changing a development set without retraining (python benchmarks/relation_model.py --write) fails
    here; and heldout4, the unseen measure, is never among the training sets."""
    trained = bundled().trained_on["sets"]
    assert "heldout4" not in trained
    for name, digest in trained.items():
        data = (ROOT / "tests" / "cases" / f"{name}.jsonl").read_bytes()
        assert hashlib.sha256(data).hexdigest()[:16] == digest, name


def test_training_reproduces_the_shipped_weights() -> None:
    script = _script()
    rows = [r for s in bundled().trained_on["sets"] for r in script.rows_of(s)]
    model = script.train(
        rows,
        script.FAMILIES[script.SHIPPED],
        list(bundled().trained_on["sets"]),
        script.BONUSES,
    )
    shipped = bundled()
    assert model.families == shipped.families
    assert model.weights.keys() == shipped.weights.keys()
    for name, w in model.weights.items():
        assert w == pytest.approx(shipped.weights[name], abs=1e-4), name
    assert model.bonuses == shipped.bonuses


_AGREEING = (
    ("The Dunmore reservoir is at 82% capacity, the water company said on Thursday.", "d1", date(2024, 8, 1)),
    ("Dunmore reservoir stood at 82% capacity this week, according to the water company.", "d2", None),
)
# A model that says "outdated" for every question opening with "how": the plumbing, not the weights
_HOW_IS_OUTDATED = RelationModel(
    families=("q.",),
    weights={"q.first=how": (0.0, 0.0, 0.0, 10.0, 0.0)},
    bias=(0.0,) * 5,
    bonuses={"no_conflict": 0.5},
)


@pytest.mark.parametrize(
    ("question", "retyped"),
    [
        ("How full is the Dunmore reservoir?", True),
        # control: the model has nothing to say about a question opening otherwise
        ("What share of the Dunmore reservoir is full?", False),
    ],
)
def test_answer_says_when_the_model_retypes(question: str, retyped: bool) -> None:
    from tidings.ask import answer

    docs = [analyzed_doc(ext, dct, text) for text, ext, dct in _AGREEING]
    plain = answer(question, docs, relation=None)
    assert plain.conflict_type == "no_conflict"
    assert plain.values and "82" in plain.values[0]
    result = answer(question, docs, relation=_HOW_IS_OUTDATED)
    assert result.values == plain.values
    assert (result.conflict_type == "outdated") is retyped
    assert ("check the dates" in result.text) is retyped
    assert any(line.startswith("relation model") for line in result.explanation)
    assert not any(line.startswith("relation model") for line in plain.explanation)


def test_shipped_bonuses_keep_a_refutation_the_rules_matched() -> None:
    """On unseen sets the rules' misinformation was right every time: however sure the model is of another
    type, it stands; their "no conflict" does not."""
    assert pick_type("misinformation", _SURE_OUTDATED, bundled()) == "misinformation"
    assert pick_type("no_conflict", _SURE_OUTDATED, bundled()) == "outdated"
