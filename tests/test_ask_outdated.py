"""Values that changed over time: financial-year questions, record times, elected chairs."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import analyzed_doc as _doc
from analyzed import rules_answer as answer
from analyzed import table_docs
from tidings.ask import parse_question


@pytest.mark.parametrize(
    ("question", "scope", "period"),
    [
        (
            "What is Ostley Borough Council's projected deficit for 2025-26?",
            "",
            (date(2025, 1, 1), date(2026, 12, 31)),
        ),
        ("What was the club's wage bill in the 2023/24 season?", "", (date(2023, 1, 1), date(2024, 12, 31))),
        # control: two years that are not one after the other are no financial year
        ("What is the population of Ostley for 2020-25?", "2020-25", None),
    ],
)
def test_a_financial_year_is_a_period_not_a_scope(
    question: str, scope: str, period: tuple[date, date] | None
) -> None:
    q = parse_question(question)
    assert q.period == period
    assert scope in q.scope


# (question, documents as (day, text), values, conflict type)
_CASES = [
    pytest.param(
        "What is Ostley Borough Council's projected deficit for 2025-26?",
        [
            (
                date(2025, 6, 12),
                "Ostley Borough Council is forecasting a £9.1m overspend for 2025-26, officials said.",
            ),
            (
                date(2025, 11, 20),
                "Ostley Borough Council's projected deficit for this financial year has been revised down to "
                "£7.4m, from £9.1m in June, the cabinet heard.",
            ),
        ],
        ("£7.4m",),
        "outdated",
        id="an-overspend-is-a-deficit-and-the-year-is-no-place",
    ),
    pytest.param(
        "What is the men's course record of the Tarrow Marathon?",
        [
            (
                date(2023, 10, 9),
                "Amos Kibet won the Tarrow Marathon on Sunday in 2:07:58, a course record. The previous "
                "record of 2:08:44 had stood since 2016. In the women's race, Ruth Chebet won in 2:23:10, "
                "just outside the women's course record of 2:22:51.",
            ),
            (
                date(2024, 9, 30),
                "Six men in the Tarrow Marathon field have personal bests under 2:07, which puts the course "
                "record under threat.",
            ),
        ],
        ("2:07:58",),
        "outdated",
        id="record-times-only-not-the-womens-record-nor-personal-bests",
    ),
    pytest.param(
        "What is the women's course record of the Tarrow Marathon?",
        [
            (
                date(2023, 10, 9),
                "Amos Kibet won the Tarrow Marathon on Sunday in 2:07:58, a men's course record. The women's "
                "course record of 2:22:51 was never under threat.",
            ),
        ],
        ("2:22:51",),
        "no_conflict",
        id="control-the-womens-record-for-a-womens-question",
    ),
    pytest.param(
        "Who is the chair of the Dunmore County Board of Supervisors?",
        [
            (
                date(2023, 1, 4),
                "Dunmore County supervisors on Tuesday elected Rosa Lind as board chair for 2023, succeeding "
                "Hal Becker, who had held the post for two years.",
            ),
            (
                date(2024, 1, 9),
                "The Dunmore County Board of Supervisors on Tuesday re-elected Rosa Lind as chair for 2024.",
            ),
        ],
        ("Rosa Lind",),
        "outdated",
        id="members-of-a-body-elect-its-chair-and-the-predecessor-is-superseded",
    ),
]


@pytest.mark.parametrize(("question", "docs", "values", "conflict"), _CASES)
def test_values_that_changed(
    question: str, docs: list[tuple[date | None, str]], values: tuple[str, ...], conflict: str
) -> None:
    ans = answer(question, table_docs(docs, first=0))
    assert set(ans.values) == set(values), ans.explanation
    assert ans.conflict_type == conflict, ans.explanation


# (question, documents as (day, text), values that must be there, values that must not)
_ASIDE_CASES = [
    pytest.param(
        "What was the final score of the 2023 Brisk Shield final?",
        [
            (
                date(2023, 5, 21),
                "Orrel Town beat Pellam United 2-1 at Hawksmoor on Saturday to win the Brisk Shield. In the "
                "curtain-raiser, Orrel's under-21 side lost their own final 3-0 to Dunholt.",
            ),
            (
                date(2023, 5, 22),
                "Pellam United congratulate Orrel Town on their 2-1 win in the Brisk Shield final.",
            ),
        ],
        {"2-1"},
        {"3-0"},
        id="a-figure-only-beside-a-better-supported-one-is-an-aside",
    ),
    pytest.param(
        "How many people died in the Tarvo ferry sinking?",
        [
            (
                date(2023, 5, 21),
                "Police said 31 people died when the Tarvo ferry sank. The Red Cross said 45 people had died "
                "in the Tarvo sinking.",
            ),
            (date(2023, 5, 22), "Thirty-one people died when the Tarvo ferry sank on Saturday, police said."),
        ],
        {"31", "45"},
        set(),
        id="control-an-attributed-rival-figure-is-no-aside",
    ),
    pytest.param(
        "What is Orlen's national record in the women's 800 metres?",
        [
            (
                date(2024, 7, 8),
                "Ida Venn ran 1:57.42 in Lisle on Friday to break Orlen's women's 800 metres national record "
                "of 1:58.90.",
            ),
        ],
        {"1:57.42"},
        {"1:58.90"},
        id="hundredths-of-a-second-stay-in-the-time",
    ),
]


@pytest.mark.parametrize(("question", "docs", "present", "absent"), _ASIDE_CASES)
def test_asides_and_times(
    question: str, docs: list[tuple[date | None, str]], present: set[str], absent: set[str]
) -> None:
    ans = answer(question, table_docs(docs, first=0))
    assert present <= set(ans.values), ans.explanation
    assert not (absent & set(ans.values)), ans.explanation


@pytest.mark.parametrize(
    ("question", "conflict", "values"),
    [
        ("Who is responsible for the derailment at Corran Junction?", "conflicting_opinions", {"Velotek"}),
        ("Is Velotek to blame for the derailment at Corran Junction?", "conflicting_opinions", {"Velotek"}),
    ],
)
def test_blame_questions_are_cause_questions(question: str, conflict: str, values: set[str]) -> None:
    docs = [
        _doc(
            "d0",
            date(2025, 9, 16),
            "The rail union said the derailment at Corran Junction was the result of Kestrel Rail halving "
            "its track inspection staff.",
        ),
        _doc(
            "d1",
            date(2025, 9, 17),
            "Kestrel Rail said data from the train showed a signal fault at Corran Junction, and it blamed "
            "Velotek, the contractor that upgraded the signalling.",
        ),
    ]
    ans = answer(question, docs)
    assert ans.conflict_type == conflict, ans.explanation
    assert values <= {v for x in ans.values for v in (x, *x.split(", "))}, ans.explanation


def test_update_in_a_live_blog_line_that_repeats_few_of_the_questions_words() -> None:
    # "now 41 confirmed cases, up from 27 last week": the line names neither the disease nor the town, but
    # it updates a figure that answers the question, so it counts the same thing
    docs = table_docs(
        [
            (date(2024, 2, 2), "Health officials have confirmed 12 cases of measles in Parrow."),
            (date(2024, 2, 12), "The number of confirmed measles cases in Parrow has doubled to 27."),
            (
                date(2024, 2, 23),
                "Live: Parrow outbreak\nFriday 15:10 - The health protection team says there are now 41 "
                "confirmed cases, up from 27 last week.\nFriday 12:30 - A school will close on Monday.",
            ),
        ]
    )
    res = answer("How many confirmed measles cases are there in the Parrow outbreak?", docs)
    assert res.values == ("41",), (res.values, res.explanation)
    assert {s.value for s in res.superseded} >= {"12", "27"}, res.explanation


def test_control_a_figure_beside_an_older_one_of_something_else_stays_out() -> None:
    docs = table_docs(
        [
            (date(2024, 2, 2), "Health officials have confirmed 12 cases of measles in Parrow."),
            (
                date(2024, 2, 23),
                "Live: Parrow outbreak\nFriday 15:10 - The clinic says it has now given 410 vaccine "
                "doses, up from 250 last week.",
            ),
        ]
    )
    res = answer("How many confirmed measles cases are there in the Parrow outbreak?", docs)
    assert res.values == ("12",), (res.values, res.explanation)
