"""Which figures and names answer the question's slot: the figure the question's verb acts on ("awarded
£186,400", not "had claimed £250,000"), the thing a rate counts ("sailings a day" counts sailings, not
days), not a figure someone only asked for ("pressed hard for six sailings"); a winner many stories name,
not a word capitalised by its place ("Grandmaster wins ...") nor a game one player won."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_answer, assert_values, table_docs
from analyzed import rules_answer as answer

_DAY = date(2024, 11, 13)

_DAMAGES = [
    (
        _DAY,
        "Forklift victim wins damages\n\nA warehouse worker struck by a forklift has been awarded £96,500 in "
        "damages against Corbel Freight. Ms Lena Hart had claimed £140,000. Corbel was also ordered to pay "
        "her legal costs, estimated at about £31,000.",
    ),
    (
        None,
        "Union welcomes ruling\n\nOur member Lena Hart was awarded £96,500 by Dunmore County Court for "
        "injuries suffered at Corbel Freight.",
    ),
]

_FERRY = [
    (
        date(2024, 9, 17),
        "Winter timetable\n\nThe Skerry Isle ferry will run four return sailings a day under the winter "
        "timetable, down from seven in summer. The vessel goes for a 12-day refit in November.",
    ),
    (
        None,
        "Community council newsletter\n\nWe pressed hard for five sailings but the operator has settled on "
        "4 return sailings a day under the winter timetable for Skerry Isle.",
    ),
]


@pytest.mark.parametrize(
    ("question", "rows", "ctype", "values", "absent"),
    [
        pytest.param(
            "How much compensation was Lena Hart awarded against Corbel Freight?",
            _DAMAGES,
            "no_conflict",
            ["96,500"],
            ["140,000", "31,000"],
            id="the-question-verb-picks-the-award",
        ),
        pytest.param(
            "How much did Lena Hart claim from Corbel Freight?",
            _DAMAGES,
            None,
            ["140,000"],
            [],
            id="control-a-claim-question-wants-the-claim",
        ),
        pytest.param(
            "How many return sailings a day will the Skerry Isle ferry run under the winter timetable?",
            _FERRY,
            "no_conflict",
            ["four return sailings"],
            ["12", "5"],
            id="a-rate-counts-sailings-and-a-request-is-no-value",
        ),
        pytest.param(
            "How many sailings did the community council press for?",
            _FERRY[1:],
            None,
            ["five sailings"],
            [],
            id="control-a-question-about-the-request",
        ),
    ],
)
def test_number_slot(
    question: str,
    rows: list[tuple[date | None, str]],
    ctype: str | None,
    values: list[str],
    absent: list[str],
) -> None:
    res = answer(question, table_docs(rows))
    assert_values(res, values, absent)
    if ctype is not None:
        assert res.conflict_type == ctype, res.explanation


_OPEN = [
    (
        None,
        "Kelby Open: Varga takes title on tiebreak\n\nHungarian grandmaster Peter Varga won the Kelby Chess "
        "Open on Sunday, level on points with Ana Ruiz but ahead on tiebreak. Ruiz won her final game "
        "against the county champion.",
    ),
    (
        date(2024, 8, 20),
        "Grandmaster wins Kelby Chess Open\n\nA Hungarian grandmaster won the Kelby Chess Open on Sunday. "
        "Peter Varga, 31, finished joint first with Ana Ruiz but took the trophy on tiebreak.",
    ),
    (
        None,
        "Radio news\n\nPeter Varga has won the Kelby Chess Open this evening on tiebreak.",
    ),
]


@pytest.mark.parametrize(
    ("rows", "ctype", "values", "absent"),
    [
        pytest.param(_OPEN, "no_conflict", ["Peter Varga"], ["Ruiz", "Grandmaster"], id="one-winner"),
        pytest.param(
            [
                _OPEN[0],
                (None, "Club newsletter\n\nAna Ruiz won the Kelby Chess Open, the club can confirm."),
                (None, "Ana Ruiz has won the Kelby Chess Open, her coach said."),
                _OPEN[2],
            ],
            None,
            ["Varga", "Ruiz"],
            [],
            id="control-two-winners-each-named-by-two-stories",
        ),
    ],
)
def test_winner_slot(
    rows: list[tuple[date | None, str]], ctype: str | None, values: list[str], absent: list[str]
) -> None:
    res = answer("Who won the 2024 Kelby Chess Open?", table_docs(rows))
    assert_values(res, values, absent)
    if ctype is not None:
        assert_answer(res, ctype, values)


_FUNDERS = [
    (
        date(2024, 6, 11),
        "Rivers agency news\n\nThe Wessex Rivers Agency will pay £9 million towards the Hollowbridge flood "
        "defence scheme. The remaining money is being paid by partners.",
    ),
    (
        None,
        "Council pays £2m towards flood walls\n\nHollowbridge Town Council will pay £2 million towards the "
        "flood defence scheme. Opposition leader Cllr Dora Pike asked why the council was paying for the "
        "flood defence scheme at all.",
    ),
    (
        None,
        "Coast Fund grants\nHollowbridge Flood Walls\n\nThe Seaboard Heritage Fund is paying £1 million for "
        "the heritage parts of the Hollowbridge flood defence scheme.",
    ),
]


@pytest.mark.parametrize(
    ("question", "members", "not_members"),
    [
        pytest.param(
            "Which organisations are paying for the Hollowbridge flood defence scheme?",
            ["Wessex Rivers Agency", "Seaboard Heritage Fund"],
            ["Dora Pike", "Hollowbridge Flood Walls"],
            id="no-people-or-headings-among-organisations",
        ),
        pytest.param(
            "Which councillors asked why the council was paying for the Hollowbridge flood defence scheme?",
            ["Dora Pike"],
            [],
            id="control-a-class-of-people-keeps-them",
        ),
    ],
)
def test_list_members_of_the_class(question: str, members: list[str], not_members: list[str]) -> None:
    res = answer(question, table_docs(_FUNDERS))
    assert_values(res, members, not_members)
