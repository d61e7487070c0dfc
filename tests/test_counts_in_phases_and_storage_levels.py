"""A count asked of each rung ("How many homes are planned in each phase?") wants the counts, not the rungs
("Phase 1"), and a dam's storage level is measured, not a rung of the restrictions ("Level 2 water
restrictions"); a report described as delayed tells no change, and domestic and foreign counts are parts; a
side that maintains its date against another's is one of two rival dates. Text written for these tests,
modelled on planning news and council water updates; places, people and figures are invented."""

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


@pytest.mark.parametrize(
    ("explainer", "ctype"),
    [
        pytest.param(
            "Tarnby bridge: what we know\nThe council maintains the job will be completed by December 2024.",
            "conflicting_opinions",
            id="a-side-maintains-its-date",
        ),
        pytest.param(
            "Tarnby bridge: what we know\nThe council now accepts the job will run on into 2025.",
            "",
            id="control-the-side-gives-way",
        ),
    ],
)
def test_a_side_that_maintains_its_date(explainer: str, ctype: str) -> None:
    rows = [
        (
            date(2024, 4, 10),
            "Council's infrastructure director says repairs to the Tarnby bridge remain on track to finish "
            "by "
            "December 2024.",
        ),
        (
            date(2024, 5, 2),
            "The contractor repairing the Tarnby bridge says the work will not be finished until mid-2025, "
            "contradicting the council's December target.",
        ),
        (date(2024, 5, 20), explainer),
    ]
    res = rules_answer("When will repairs to the Tarnby bridge be finished?", table_docs(rows))
    if ctype:
        assert res.conflict_type == ctype, res.explanation
        assert_values(res, ["2025", "December 2024"])
    else:
        assert res.conflict_type != "conflicting_opinions", res.explanation
