"""A sum given with its conversion in brackets ("EUR 4.2 million (48 million Swedish kronor)") is the amount
the other sources give in the home currency, not a rival figure; a campaign that restates the council's sum
and sets its own against it ("Council says $3.4 million. We say be ready for closer to $5 million.") gives
a rival figure though its sentences name nothing of the question, while the sums a story adds after an
answering one (a grant, the amount left to raise, a living wage) stay out. Text written for these tests,
modelled on council budget stories, travel notes and ratepayers' newsletters; places, people and figures
are invented."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import rules_answer, table_docs

Rows = list[tuple[date | None, str]]

_BATH_Q = "How much will Norrvik's new cold-water bathhouse in the harbour cost?"
_BATH_HOME = (
    date(2024, 10, 8),
    "Norrvik approves harbour bathhouse\nThe municipal council in Norrvik has approved a cold-water "
    "bathhouse in the harbour. The total cost is put at 48 million kronor, financed by the municipality's "
    "property company.",
)


@pytest.mark.parametrize(
    ("rows", "values"),
    [
        pytest.param(
            [
                _BATH_HOME,
                (
                    date(2024, 10, 15),
                    "Nordic bathhouse news\nThe small town of Norrvik has approved a new cold-water "
                    "bathhouse in "
                    "the harbour at a cost of around EUR 4.2 million (48 million Swedish kronor).",
                ),
            ],
            ("48 million kronor",),
            id="conversion-in-brackets-is-the-same-sum",
        ),
        pytest.param(
            [
                _BATH_HOME,
                (
                    date(2024, 10, 15),
                    "Nordic bathhouse news\nThe small town of Norrvik has approved a new cold-water "
                    "bathhouse in "
                    "the harbour at a cost of around 55 million kronor (EUR 4.8 million).",
                ),
            ],
            ("55 million kronor", "48 million kronor"),
            id="control-another-sum-with-its-conversion",
        ),
    ],
)
def test_a_converted_sum_is_one_amount(rows: Rows, values: tuple[str, ...]) -> None:
    res = rules_answer(_BATH_Q, table_docs(rows))
    assert res.values == values, (res.values, res.explanation)


_POOL_Q = "How much will the planned upgrade of the Kereru pool cost?"
_POOL_COUNCIL = (
    date(2023, 7, 19),
    "Council puts Kereru pool upgrade at $3.4 million\nThe district council has adopted a $3.4 million plan "
    "to upgrade the Kereru pool, including a learn-to-swim pool and new changing rooms.",
)


@pytest.mark.parametrize(
    ("second", "values"),
    [
        pytest.param(
            "Kereru Ratepayers' Newsletter\nPOOL: THE REAL NUMBER\nCouncil says $3.4 million. We say be "
            "ready "
            "for closer to $5 million. The council figure leaves out the plant room and any contingency.",
            ("$3.4 million", "$5 million"),
            id="campaign-sets-its-own-sum-against-the-councils",
        ),
        pytest.param(
            "Kereru Ratepayers' Newsletter\nPOOL: THE REAL NUMBER\nCouncil says $3.4 million. We reckon $4.6 "
            "million once the plant room is added.",
            ("$3.4 million", "$4.6 million"),
            id="a-capitalised-we-sets-its-own-sum",
        ),
        pytest.param(
            "Kereru Ratepayers' Newsletter\nPOOL: THE REAL NUMBER\nCouncil says $3.4 million. A further $0.8 "
            "million will come from the regional trust.",
            ("$3.4 million",),
            id="control-a-further-sum-is-no-counter-figure",
        ),
        pytest.param(
            "Kereru Ratepayers' Newsletter\nPOOL: THE REAL NUMBER\nThe council says the upgrade costs $3.4 "
            "million. Swimming club members said a season pass should stay at $250.",
            ("$3.4 million",),
            id="control-a-sum-of-another-scale",
        ),
    ],
)
def test_a_counter_figure_set_against_a_restated_sum(second: str, values: tuple[str, ...]) -> None:
    res = rules_answer(_POOL_Q, table_docs([_POOL_COUNCIL, (date(2023, 7, 25), second)]))
    assert res.values[: len(values)] == values, (res.values, res.explanation)
    assert len([v for v in res.values if v.startswith("$")]) == len(values), (res.values, res.explanation)
