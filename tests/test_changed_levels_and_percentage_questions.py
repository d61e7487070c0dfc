""" "By what percentage had the council raised tariffs?" asks a figure, as "By how much" does; a level told as
changed ("the waiting list has come down to 118") counts what an answering figure's sentence names ("the
waiting list for a berth ... has reached 140 people"), though its own sentence names less of the question;
"the appointment of Niall Brannigan as senior team manager" names the club's manager. Text written for
these tests, modelled on harbour notices, council budget stories and club statements; places, people and
figures are invented."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, rules_answer, table_docs
from tidings.ask.question import parse_question

Rows = list[tuple[date | None, str]]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        pytest.param(
            "By what percentage had the council raised water tariffs in Kellow?", "number", id="percentage"
        ),
        pytest.param("By what margin did the mayor win the Kellow ward?", "number", id="margin"),
        pytest.param("By how much did Kellow's water tariffs rise?", "number", id="how-much"),
        pytest.param("By which route does the Kellow bus leave town?", "open", id="control-by-which-route"),
    ],
)
def test_by_what_asks_a_figure(question: str, kind: str) -> None:
    assert parse_question(question).kind == kind


_TARIFF_ROWS: Rows = [
    (
        date(2024, 7, 10),
        "Municipality rejects 45% water hike claim\nKellow Municipality has rejected a message claiming "
        "water "
        "tariffs rose 45% on 1 July. \"The 45% figure is false,\" a spokesperson said.",
    ),
    (
        date(2024, 7, 15),
        "FACT CHECK: Did Kellow's water tariff go up 45%?\nRating: FALSE\nThe approved budget of Kellow "
        "Municipality shows a residential water tariff increase of 6.8% from 1 July 2024. We found no "
        "council "
        "resolution supporting a 45% increase.",
    ),
]


def test_a_percentage_question_is_answered_by_the_figure() -> None:
    res = rules_answer(
        "By what percentage had Kellow Municipality raised residential water tariffs?",
        table_docs(_TARIFF_ROWS),
    )
    assert res.values[:1] == ("6.8%",), (res.values, res.explanation)


_LIST_Q = "How many people are on the waiting list for a berth in Portkell harbour?"
_LIST_RECORD = (
    date(2022, 7, 14),
    "Portkell berth queue hits record\nThe waiting list for a berth in Portkell harbour has reached 140 "
    "people, "
    "the highest figure on record, the harbour master told councillors.",
)


@pytest.mark.parametrize(
    ("later", "values", "absent"),
    [
        pytest.param(
            "Portkell Harbour News\nThe new pontoon is now open, with 40 berths allocated. As a result the "
            "waiting list has come down to 118, the shortest it has been for years.",
            ["118"],
            [],
            id="the-same-list-come-down",
        ),
        pytest.param(
            "Portkell Harbour News\nThe new pontoon is now open, with 40 berths allocated. The harbour's "
            "visitor count has come down to 118 a week since the car park closed.",
            [],
            ["118"],
            id="control-another-thing-come-down",
        ),
    ],
)
def test_a_level_told_as_changed(later: str, values: list[str], absent: list[str]) -> None:
    res = rules_answer(_LIST_Q, table_docs([_LIST_RECORD, (date(2024, 5, 22), later)]))
    assert_values(res, values, absent)


def test_a_senior_team_manager_is_the_clubs_manager() -> None:
    rows: Rows = [
        (
            date(2022, 11, 8),
            "Coyne steps down at Kellow Rovers\nGary Coyne has stepped down as manager of Kellow Rovers "
            "after "
            "four seasons in charge, the club confirmed last night.",
        ),
        (
            date(2023, 1, 10),
            "KELLOW ROVERS AFC - OFFICIAL STATEMENT\nKellow Rovers AFC is delighted to announce the "
            "appointment "
            "of Niall Brannock as senior team manager with immediate effect.",
        ),
    ]
    res = rules_answer("Who is the manager of Kellow Rovers AFC?", table_docs(rows))
    assert res.values[:1] == ("Niall Brannock",), (res.values, res.explanation)
