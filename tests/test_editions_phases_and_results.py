"""Figures of another time or another measure (the last dredge, last year's festival, a course record) are
no answers; a project's phases are parts; a results table's top row won; "without" tells a loss asked of;
causes a fire report gives in its own words."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, rules_answer, table_docs
from tidings.facts import causes_in

D1, D2, D3 = date(2024, 9, 12), date(2024, 9, 13), date(2024, 9, 15)


def test_the_last_time_the_thing_was_done_is_no_rival_figure() -> None:
    rows = [
        (
            D1,
            "Harbour dredging contract awarded\n\nKelby Council has awarded a £1.8 million contract to "
            "dredge "
            "Kelby harbour.",
        ),
        (
            D2,
            "Harbour users welcome dredging plan\n\nThe dredging of Kelby harbour will cost £1.8 million. "
            "The "
            "last major dredge, carried out in 2016, was a smaller job costing about £900,000.",
        ),
    ]
    res = rules_answer("How much will the dredging of Kelby harbour cost?", table_docs(rows))
    assert_values(res, ["1.8 million"], absent=["900,000"])


def test_last_years_figure_is_another_edition_of_an_event_asked_by_year() -> None:
    rows = [
        (
            date(2023, 10, 4),
            "Oysterfest draws record crowd\n\nThe 2023 Kelby Oysterfest attracted 7,500 people.",
        ),
        (
            date(2023, 10, 5),
            "Oysterfest crowds a record\n\nAround 7,500 people turned out for the Kelby Oysterfest, up from "
            "about 6,200 last year.",
        ),
    ]
    res = rules_answer("How many people attended the 2023 Kelby Oysterfest?", table_docs(rows))
    assert res.conflict_type == "no_conflict", res.explanation
    assert not res.superseded, res.superseded


def test_a_course_record_is_not_the_winning_time() -> None:
    rows = [
        (
            None,
            "KELBY MARATHON 2024 - OFFICIAL RESULTS\nWOMEN\n1. Hanne Solberg (NOR) 2:24:51\n"
            "2. Mercy Kaplan (KEN) 2:25:30\nCourse records: women 2:22:10 (2021), men 2:07:48 (2019)",
        ),
        (
            date(2024, 4, 15),
            "Solberg storms home\n\nHanne Solberg crossed the line in two hours, 24 minutes and 51 seconds "
            "to "
            "win the women's race. The course record of 2:22:10 was never under threat.",
        ),
    ]
    res = rules_answer(
        "What was the winning time in the women's race at the 2024 Kelby Marathon?", table_docs(rows)
    )
    assert_values(res, ["2:24:51"], absent=["2:22:10"])


def test_each_phase_of_a_project_is_a_part() -> None:
    rows = [
        (
            date(2023, 5, 16),
            "First keys handed over\n\nPhase one of the Kelby housing project will deliver 420 "
            "homes in total by March 2024.",
        ),
        (
            date(2023, 9, 21),
            "Phase two approved\n\nCouncil has approved phase two of the Kelby housing project, "
            "which will add 380 homes on the eastern side of the township.",
        ),
    ]
    res = rules_answer("How many homes will the Kelby housing project deliver?", table_docs(rows))
    assert res.conflict_type == "complementary", res.explanation
    assert_values(res, ["420", "380"])


def test_the_top_row_of_a_dotted_results_table_won() -> None:
    rows = [
        (
            date(2023, 11, 8),
            "County Elections - Unofficial Results\nKelby School District - Trustee, Zone 2\n"
            "Maria Ostrand ...... 1,412 (56.8%)\nGreg Hensby ......... 1,074 (43.2%)\nPrecincts reporting: "
            "7 of 7",
        ),
        (
            date(2023, 11, 8),
            "Kittridge wins Zone 4 seat\n\nDale Kittridge won the Zone 4 seat on the Kelby School District "
            "board "
            "Tuesday, defeating the incumbent by 211 votes.",
        ),
    ]
    res = rules_answer(
        "Who won the two Kelby School District board seats in the November 2023 election?", table_docs(rows)
    )
    assert_values(res, ["Maria Ostrand", "Dale Kittridge"], absent=["Hensby"])


def test_without_tells_the_loss_a_question_asks_of() -> None:
    rows = [
        (
            date(2023, 6, 7),
            "Water off this weekend\n\nResidents in central Kelby will be without water from early Saturday "
            "until Sunday evening while the municipality replaces a bulk pipe.",
        ),
    ]
    res = rules_answer(
        "Will residents of Kelby lose their water supply during the weekend pipe replacement?",
        table_docs(rows),
    )
    assert res.values and res.values[0].startswith("Yes"), (res.values, res.explanation)


@pytest.mark.parametrize(
    ("sentence", "cause"),
    [
        ("Dead pine stands made the Kelby Creek fire inevitable", "Dead pine stands"),
        ("MENDES: A big part of it was how dry the air was.", "how dry the air"),
        (
            "Yesterday a cold front brought strong winds, with gusts above 60 km/h, pushing the fire 6 km "
            "east.",
            "strong winds",
        ),
    ],
)
def test_fire_causes(sentence: str, cause: str) -> None:
    assert cause in [c.fact.text for c in causes_in(sentence) if not c.rejected]


def test_a_wildfire_is_the_fire_its_reports_speak_of() -> None:
    rows = [
        (
            date(2023, 8, 19),
            "Kelby Creek Wildfire - incident update\n\nYesterday a cold front brought strong winds, with "
            "gusts "
            "above 60 km/h, pushing the fire 6 km east.",
        ),
        (date(2023, 8, 23), "Opinion\n\nDead pine stands made the Kelby Creek fire inevitable."),
    ]
    res = rules_answer("Why did the Kelby Creek wildfire spread so quickly?", table_docs(rows))
    assert_values(res, ["strong winds", "pine"])
