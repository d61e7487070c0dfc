"""Figures that are parts of a whole, verbs that must act in the figure's own clause, and why-questions that
are never answered with a list of names.

Each row that must change an answer has a control beside it that must leave it alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import rules_answer as answer
from analyzed import table_docs

_DAY = date(2024, 5, 16)
_SEATS = (
    "The Green Union won 29 of the 65 seats in the Dornach county assembly, final results showed on "
    "Thursday, three short of a majority."
)
_SEATS_OUT_OF = "The Green Union took 29 seats out of 65 in the Dornach county assembly election on Thursday."
_SEATS_PLAIN = "The Green Union won 29 seats in the Dornach county assembly election on Thursday."

_QUAKE = (
    "The earthquake struck the town of Tellaro before dawn on Sunday, killing at least 38 people, the civil "
    "protection agency said."
)
_QUAKE_TOWN = (
    "Tellaro, a town of about 52,000 people, was last hit by a strong earthquake in 1962, when 700 died."
)
_QUAKE_TOWN_NO_VERB = (
    "Tellaro, a town of about 52,000 people, lies on a fault line, the civil protection agency said."
)


@pytest.mark.parametrize(
    ("question", "texts", "want", "unwanted"),
    [
        pytest.param(
            "How many seats did the Green Union win in the Dornach county assembly?",
            [_SEATS],
            "29",
            "65",
            id="part-of-the-whole-is-the-answer",
        ),
        pytest.param(
            "How many seats did the Green Union win in the Dornach county assembly?",
            [_SEATS_OUT_OF],
            "29",
            "65",
            id="part-out-of-the-whole-is-the-answer",
        ),
        pytest.param(
            "How many seats did the Green Union win in the Dornach county assembly?",
            [_SEATS_PLAIN],
            "29",
            None,
            id="control-no-whole-named",
        ),
        pytest.param(
            "How many people died in the Tellaro earthquake?",
            [_QUAKE, _QUAKE_TOWN],
            "38",
            None,
            id="verb-of-another-clause-does-not-count-for-a-population",
        ),
        pytest.param(
            "How many people live in Tellaro?",
            [_QUAKE_TOWN_NO_VERB],
            "52,000",
            None,
            id="control-a-population-question-gets-the-population",
        ),
    ],
)
def test_figure_for_the_part_asked(question: str, texts: list[str], want: str, unwanted: str | None) -> None:
    """The figure asked for comes first; a whole the question does not ask for is not offered at all."""
    res = answer(question, table_docs([(_DAY, t) for t in texts]))
    assert res.values and res.values[0] == want, (res.values, res.explanation)
    if unwanted is not None:
        assert unwanted not in " | ".join(res.values), (res.values, res.explanation)


_CLOSURE = [
    (
        date(2025, 11, 3),
        "Harwick Elementary will close in June, Superintendent Dana Morrow told parents at Linden Hall on "
        "Monday. The school district blamed falling enrollment for the proposal.",
    ),
    (
        date(2025, 11, 4),
        "Parents from Harwick Elementary met board member Luis Ortega on Tuesday to oppose the plan to close "
        "the school.",
    ),
]


def test_why_question_is_not_answered_with_names() -> None:
    res = answer("Why is the school district proposing to close Harwick Elementary?", table_docs(_CLOSURE))
    got = " | ".join(res.values)
    for name in ("Dana Morrow", "Luis Ortega", "Linden Hall"):
        assert name not in got, (res.values, res.explanation)


def test_control_which_question_still_lists_names() -> None:
    res = answer("Which officials met parents of Harwick Elementary?", table_docs(_CLOSURE))
    assert res.values, res.explanation


@pytest.mark.parametrize(
    ("text", "value", "subject", "total"),
    [
        pytest.param(_SEATS, "29", "seats", False, id="part-counts-what-the-whole-counts"),
        pytest.param(_SEATS, "65", "", True, id="whole-is-marked-as-a-total"),
        pytest.param(_SEATS_OUT_OF, "65", "", True, id="out-of-whole-is-marked-as-a-total"),
        pytest.param(_SEATS_PLAIN, "29", "", False, id="control-plain-count-is-no-total"),
        pytest.param(
            "Turnout was 61% of the 48,000 registered voters.",
            "48,000",
            "registered voters",
            True,
            id="whole-after-a-percentage",
        ),
        pytest.param(
            "Police said 48,000 people attended, up from 40,000.",
            "48,000",
            "people",
            False,
            id="control-figure-with-no-part-before-it",
        ),
    ],
)
def test_part_and_whole_claims(text: str, value: str, subject: str, total: bool) -> None:
    (doc,) = table_docs([(_DAY, text)])
    claim = next(c for c in doc.claims if c.kind == "quantity" and c.value == value)
    assert claim.subject == subject
    assert (".total" in claim.rule) is total, claim.rule
