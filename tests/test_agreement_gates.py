"""When sources agree, the relation model may not read parts or sides into them.

Two independent reports giving the one value a single-part question asks for are neither parts of a story
nor sides; a figure's estimate ("more than 40 stalls expected") takes no side in a yes or no; and a fair is
an event, not a judgment ("Is the fee fair?").
"""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import table_docs
from tidings.ask import answer as full_answer
from tidings.ask.yesno import _EVALUATIVE_Q
from tidings.relation import LABELS, RelationModel


def _model_says(label: str) -> RelationModel:
    """A relation model that prefers ``label`` for every answer."""
    bias = tuple(5.0 if lab == label else 0.0 for lab in LABELS)
    return RelationModel(families=("none.",), weights={}, bias=bias)


_PATH = [
    (
        date(2024, 2, 27),
        "Cliff path to reopen before Easter\n\nThe coast path through the old quarry cutting at Tarrow will "
        "reopen on Friday 22 March, the county council said. Rock netting above the cutting is going well.",
    ),
    (
        date(2024, 2, 29),
        "Tarrow Harbour News\n\nGood news for dog walkers: the quarry cutting path between Tarrow and Gull "
        "Sands opens again on 22 March 2024, a week before Easter, after the storm damage of January.",
    ),
]


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        pytest.param("When will the quarry cutting path at Tarrow reopen?", "no_conflict", id="one-ask"),
        pytest.param(
            "When and where will the quarry cutting path at Tarrow reopen?", "complementary", id="two-asks"
        ),
    ],
)
def test_one_value_two_sources_agree_on_is_not_parts(question: str, kept: str) -> None:
    res = full_answer(question, table_docs(_PATH), relation=_model_says("complementary"))
    assert any("across 2 independent source" in line for line in res.explanation), res.explanation
    assert res.conflict_type == kept, res.explanation


_FAIR_DOCS = [
    (
        date(2024, 6, 10),
        "Tarrow Harvest Fair 2024 will go ahead\n\nThe committee of the Tarrow Harvest Fair is pleased to "
        "confirm that this year's fair will go ahead on Saturday 3 August at the Green.",
    ),
    (
        date(2024, 6, 12),
        "Harvest fair is on\n\nTarrow's harvest fair will go ahead this summer, organisers have "
        "confirmed.\n\nThe Tarrow fair takes place on the Green on the first Saturday of August, with more "
        "than 40 stalls{est}.",
    ),
]


@pytest.mark.parametrize(
    ("estimate", "kept"),
    [
        pytest.param(" expected", "no_conflict", id="an-estimate"),
        pytest.param(", though critics argued it was too costly", "conflicting_opinions", id="an-argument"),
    ],
)
def test_an_estimated_figure_takes_no_side(estimate: str, kept: str) -> None:
    rows = [_FAIR_DOCS[0], (_FAIR_DOCS[1][0], _FAIR_DOCS[1][1].format(est=estimate))]
    question = "Will the Tarrow Harvest Fair go ahead in 2024?"
    res = full_answer(question, table_docs(rows), relation=_model_says("conflicting_opinions"))
    assert res.values == ("Yes",) or res.values[0].startswith("Yes"), res.explanation
    assert res.conflict_type == kept, res.explanation


@pytest.mark.parametrize(
    ("question", "evaluative"),
    [
        ("Will the Tarrow Harvest Fair go ahead in 2024?", False),
        ("Will the fair go ahead this year?", False),
        ("Will this year's fair open on Saturday?", False),
        ("Is the new parking fee fair?", True),
        ("Is it fair to charge residents for the beach?", True),
    ],
)
def test_a_fair_is_an_event_not_a_judgment(question: str, evaluative: bool) -> None:
    assert bool(_EVALUATIVE_Q.search(question)) is evaluative
