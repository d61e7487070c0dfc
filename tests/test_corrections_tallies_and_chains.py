"""What a refuting source states instead of a refuted report, a tally's head noun and the figure a tally
reaches, bars to reach and comparison figures, a partitive "of these", causes told one after another, a
sanction's reason, speculation dismissed in passing, a figure a correction withdraws, the date a state
began that the event asked about ended, dates sides stand by or are confident of, and an undated report
whose title says the date a plan is likely to slip to."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_table_answer, document
from tidings import dating
from tidings.timex import tag

D1 = date(2025, 3, 10)
D2 = date(2025, 3, 11)
D3 = date(2025, 3, 13)


@pytest.mark.parametrize(
    ("question", "rows", "ctype", "values", "absent"),
    [
        pytest.param(
            "What was the lorry that overturned on the A47 carrying?",
            [
                (
                    None,
                    "URGENT: lorry on its side on the A47 at Thorney is carrying CHLORINE GAS. Close your "
                    "windows and share this now!!",
                ),
                (
                    D2,
                    "Norfolk Fire Service - statement. We are aware of posts claiming that the lorry which "
                    "overturned on the A47 near Thorney was carrying chlorine. This is false. The lorry "
                    "was carrying frozen peas, according to the haulier, and there is no risk to the public.",
                ),
            ],
            "misinformation",
            ["frozen peas"],
            ["chlorine"],
            id="what-the-refuting-source-states-instead",
        ),
        pytest.param(
            "What leaked from the Sandmere works into the River Kell?",
            [
                (
                    D1,
                    "Diesel leaked from the Sandmere works into the River Kell overnight, anglers said "
                    "on social media.",
                ),
                (
                    D3,
                    "Correction: a post we shared on Monday said diesel had leaked into the River Kell. "
                    "This was wrong. Tests by the agency found no diesel in the river. What leaked from "
                    "the Sandmere works was clay-laden water from a settling pond.",
                ),
            ],
            "misinformation",
            ["clay-laden water"],
            ["diesel"],
            id="a-correction-states-what-leaked",
        ),
        pytest.param(
            "What is the death toll from the Harwick pit collapse?",
            [
                (D1, "Two miners were killed and four were missing after a roof fall at the Harwick pit."),
                (
                    D2,
                    "The death toll at the Harwick No. 3 pit has risen to four after rescuers recovered "
                    "two more bodies, the operator said. Two men are still missing.",
                ),
                (
                    D3,
                    "Rescuers found the last two missing men overnight, bringing the death toll from "
                    "Monday's collapse at Harwick to six, the operator said on Thursday.",
                ),
            ],
            "outdated",
            ["6"],
            [],
            id="the-figure-a-death-toll-reaches",
        ),
        pytest.param(
            "How many containers went overboard from the Nordlys Star?",
            [
                (
                    D1,
                    "The feeder ship Nordlys Star, carrying about 1,200 boxes, lost 31 containers "
                    "overboard in a storm off Grenport late on Sunday, the harbour authority said.",
                ),
                (
                    D2,
                    "The number of containers lost from the Nordlys Star remains 31, the authority said. "
                    "Of these, seven containers have now come ashore near Grenport.",
                ),
                (
                    None,
                    "31 boxes went over the side. For comparison, the Ocean Vega lost more than 1,500 "
                    "containers in 2021.",
                ),
            ],
            "no_conflict",
            ["31"],
            ["1,200", "1,500"],
            id="lost-overboard-not-carried-come-ashore-or-compared",
        ),
        pytest.param(
            "What was the seat tally for each group on Marlow Vale council after the election?",
            [
                (
                    D1,
                    "The Liberal Democrats won 17 of the 41 seats on Marlow Vale council in Thursday's "
                    "election. A majority, "
                    "which requires 21 seats, eluded every party. Their leader held her seat with 1,904 "
                    "votes.",
                ),
                (D2, "Labour held 12 seats on Marlow Vale council, the same as in 2021."),
            ],
            "complementary",
            ["17", "12"],
            ["21", "1,904", "41"],
            id="seats-won-not-the-bar-or-the-votes",
        ),
        pytest.param(
            "Why were Ashby homes without water for two days?",
            [
                (
                    D1,
                    "About 9,000 homes in Ashby were without water on Tuesday after a trunk main burst "
                    "beneath Mill Road.",
                ),
                (
                    D3,
                    "Ashby Water has blamed the Mill Road trunk main burst, and then the failure of the "
                    "Coldwell pumping station when the network was being refilled.",
                ),
            ],
            "complementary",
            ["trunk main", "pumping station"],
            [],
            id="causes-told-one-after-another",
        ),
        pytest.param(
            "Why was Marco Tell thrown out of the Tour of Ardennes?",
            [
                (
                    D2,
                    "Marco Tell was disqualified from the Tour of Ardennes on Tuesday for holding on to "
                    "his team car after a crash, the race jury said.",
                ),
            ],
            "no_conflict",
            ["team car"],
            [],
            id="a-sanctions-reason",
        ),
        pytest.param(
            "What forced Kelby swimming pool to close?",
            [
                (
                    D1,
                    "Kelby swimming pool has closed after a boiler explosion damaged the plant room. "
                    "Councillor Amy Shah dismissed speculation on social media that the closure was "
                    "linked to planned budget cuts. Their insurance claim is being processed.",
                ),
            ],
            "no_conflict",
            ["boiler explosion"],
            ["budget"],
            id="speculation-dismissed-in-passing",
        ),
        pytest.param(
            "How old is the skeleton found at Carn Ddu?",
            [
                (
                    D1,
                    "A skeleton found by walkers at Carn Ddu is about 4,100 years old, archaeologists said.",
                ),
                (
                    D3,
                    "A skeleton found by walkers at Carn Ddu is about 2,100 years old, archaeologists said. "
                    "Correction: An earlier version of this article said the skeleton was about 4,100 "
                    "years old. This was a typing error.",
                ),
            ],
            "misinformation",
            ["2,100"],
            ["4,100"],
            id="a-figure-a-correction-withdraws",
        ),
        pytest.param(
            "On what date did production resume at the Corvan smelter?",
            [
                (
                    D2,
                    "Workers at the Corvan smelter began the first production shift on 3 March 2025, "
                    "ending a closure that began in the autumn of 2022.",
                ),
                (D3, "Production at the Corvan smelter resumed on 3 March 2025, its owner said."),
            ],
            "no_conflict",
            ["2025-03-03"],
            ["2022"],
            id="the-date-a-state-began-is-not-the-restart",
        ),
        pytest.param(
            "When will the Harlow Vale tram extension open?",
            [
                (
                    D1,
                    "An independent review of the Harlow Vale tram extension says it is unlikely to open "
                    'before 2030. The transit authority rejected the findings. A spokesperson said: "The '
                    'review is out of date. We stand by spring 2028."',
                ),
            ],
            "conflicting_opinions",
            ["2030", "2028"],
            [],
            id="a-side-that-stands-by-its-date",
        ),
        pytest.param(
            "When will the new Kelby dental school be ready?",
            [
                (
                    D2,
                    "The lecturers' union says Kelby's new dental school will not be ready before 2029. The "
                    "university said it was confident of a September 2027 opening.",
                ),
            ],
            "conflicting_opinions",
            ["2029", "2027"],
            [],
            id="a-side-confident-of-its-date",
        ),
    ],
)
def test_answers(
    question: str, rows: list[tuple[date | None, str]], ctype: str, values: list[str], absent: list[str]
) -> None:
    assert_table_answer(question, rows, ctype, values, absent)


def test_a_date_a_plan_slips_to_lies_ahead_of_the_report() -> None:
    text = (
        "Watchdog: Kelby rail link likely to slip to 2036\n"
        "The Kelby rail link is unlikely to open before 2036, three years later than planned, the watchdog "
        "said on Thursday."
    )
    doc = document(text, title="Watchdog: Kelby rail link likely to slip to 2036")
    est = dating.date_document(doc, reference=None, timexes=tag(text, None))
    assert est.earliest is None or est.earliest.year < 2036, est
