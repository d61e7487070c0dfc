"""A count asked of each rung ("How many homes are planned in each phase?") wants the counts, not the rungs
("Phase 1"), and a dam's storage level is measured, not a rung of the restrictions ("Level 2 water
restrictions"); a report described as delayed tells no change, and domestic and foreign counts are parts. Text
written for these tests, modelled on planning news and council water updates; places, people and figures are
invented."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, rules_answer, table_docs
from tidings.conflicts import change_of


def test_counts_asked_of_each_phase() -> None:
    rows = [
        (
            date(2023, 9, 7),
            "Planning permission is sought for Phase 1 of a residential development comprising 48 homes at "
            "Quarry Road, Dunmore.",
        ),
        (
            date(2023, 10, 3),
            "Councillors were told that the second phase of the Quarry Road development in Dunmore would "
            "add 36 "
            "homes, all of them affordable.",
        ),
    ]
    res = rules_answer(
        "How many homes are planned in each phase of the Quarry Road housing scheme in Dunmore?",
        table_docs(rows),
    )
    assert res.conflict_type == "complementary", res.explanation
    assert_values(res, ["48", "36"], ["Phase", "phase"])


def test_a_dams_storage_level_is_measured() -> None:
    rows = [
        (
            date(2023, 8, 17),
            "Lowick Dam is currently at 61 per cent capacity. Residents are asked to follow Level 1 water "
            "restrictions.",
        ),
        (
            date(2023, 9, 28),
            "Lowick Dam has fallen to 48 per cent, prompting council to move the town to Level 2 water "
            "restrictions from Monday.",
        ),
    ]
    res = rules_answer("What is Lowick Dam's storage level?", table_docs(rows))
    assert_values(res, ["48 per cent"], ["Level"])


@pytest.mark.parametrize(
    ("sentence", "value", "change"),
    [
        pytest.param(
            "Foreign arrivals stood at 5,200 last year, the office said in its delayed arrivals report.",
            "5,200",
            "",
            id="a-report-so-described",
        ),
        pytest.param("The final was postponed to 14 May.", "14 May", "postponed", id="control-postponed"),
    ],
)
def test_a_thing_described_as_delayed_is_no_change(sentence: str, value: str, change: str) -> None:
    at = sentence.index(value)
    assert change_of(sentence, at, at + len(value)) == change


def test_domestic_and_foreign_counts_are_parts() -> None:
    rows = [
        (
            date(2024, 1, 9),
            "Kelmoor saw 3.4 lakh domestic tourists in 2023, according to the district tourism office.",
        ),
        (
            date(2024, 2, 13),
            "Foreign tourist arrivals in Kelmoor stood at 5,200 in 2023, the district tourism office said "
            "in its delayed foreign arrivals report.",
        ),
    ]
    res = rules_answer("How many tourists visited Kelmoor in 2023?", table_docs(rows))
    assert res.conflict_type == "complementary", res.explanation
    assert_values(res, ["3.4 lakh", "5,200"])
