"""A count asked of each rung ("How many homes are planned in each phase?") wants the counts, not the rungs
("Phase 1"), and a dam's storage level is measured, not a rung of the restrictions ("Level 2 water
restrictions"). Text written for these tests, modelled on planning news and council water updates; places,
people and figures are invented."""

from __future__ import annotations

from datetime import date

from analyzed import assert_values, rules_answer, table_docs


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
