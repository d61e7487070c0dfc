"""Which towns a route serves, as its links are axed and trips added: "via" names a stop on the way, a
street is no town, and "link axed", "no longer runs" drop a member. Text written for these tests, modelled on
regional council notices and local papers; places are invented."""

from __future__ import annotations

from datetime import date

from analyzed import rules_answer, table_docs

_BUS = [
    (
        date(2022, 9, 5),
        "Kelso Flat commuter bus trial starts today. The service runs to Arden via Millbrook, with a "
        "connecting service to Te Rau.",
    ),
    (
        date(2023, 6, 20),
        "Te Rau link axed from commuter bus. The Te Rau connection on the Kelso Flat commuter bus will stop "
        "from 3 July. The main route to Arden via Millbrook is unchanged.",
    ),
    (
        date(2023, 11, 14),
        "Bus service changes from Monday 4 December. Kelso Flat commuter: a new afternoon trip via Tarrant "
        "will be added, serving the Tarrant town centre stop on Victoria Street. The Te Rau connection no "
        "longer runs.",
    ),
]


def test_towns_a_bus_serves_after_a_link_is_axed() -> None:
    res = rules_answer("Which towns does the Kelso Flat commuter bus currently serve?", table_docs(_BUS))
    assert set(res.values) >= {"Arden", "Millbrook", "Tarrant"}, res.explanation
    assert "Te Rau" not in res.values and "Victoria Street" not in res.values, res.explanation
    assert res.conflict_type == "outdated", res.explanation


def test_control_via_a_road_number_is_no_town() -> None:
    rows = [(date(2024, 5, 2), "The Kelso Flat commuter bus now runs to Arden via the B61 and Millbrook.")]
    res = rules_answer("Which towns does the Kelso Flat commuter bus serve?", table_docs(rows))
    assert "B61" not in " ".join(res.values), res.explanation
