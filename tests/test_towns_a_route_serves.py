"""Which towns a route serves, as its links are axed and trips added: "via" names a stop on the way, a
street is no town, and "link axed", "no longer runs" drop a member; and whether swimming is allowed where a
beach was closed for it, then reopened. Text written for these tests, modelled on
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


_BEACH = [
    (
        date(2024, 12, 10),
        "Tarrow River mouth: swimming prohibited. Following water sampling results, the beach at the Tarrow "
        "River mouth is closed for swimming with immediate effect.",
    ),
    (
        date(2024, 12, 20),
        "The Tarrow River mouth beach remains closed for swimming after the latest tests, the council said.",
    ),
    (
        None,
        "Tarrow River mouth beach has reopened for swimming after two weekly samples met the safe standard, "
        "the municipality said.",
    ),
]


def test_closed_for_swimming_answers_no_and_a_reopening_reverses_it() -> None:
    res = rules_answer("Is swimming allowed at the Tarrow River mouth beach?", table_docs(_BEACH))
    assert res.conflict_type == "outdated", res.explanation
    assert res.values[0].startswith("Yes"), res.explanation


def test_while_closed_for_swimming_the_answer_is_no() -> None:
    res = rules_answer("Is swimming allowed at the Tarrow River mouth beach?", table_docs(_BEACH[:2]))
    assert res.values[0].startswith("No"), res.explanation


_MARKET = [
    (
        date(2022, 12, 6),
        "Farmers market moving to Ashby Park. From Saturday 4 February 2023, the monthly Tenby Vale farmers "
        "market will move from Grey Street to Ashby Park.",
    ),
    (
        date(2023, 3, 6),
        "Saturday's Tenby Vale farmers market drew a big crowd to Ashby Park, its second month at the new "
        "venue.",
    ),
]


def test_a_move_from_one_place_to_another_outdates_the_first_from_the_day_told() -> None:
    res = rules_answer("As of April 2023, where was the Tenby Vale farmers market held?", table_docs(_MARKET))
    assert res.values[:1] == ("Ashby Park",), res.explanation
    assert res.conflict_type == "outdated", res.explanation
    assert [s.value for s in res.superseded] == ["Grey Street"], res.explanation


def test_the_moved_list_holds_from_the_day_its_sentence_opens_on() -> None:
    res = rules_answer(
        "As of April 2023, where was the Tenby Vale farmers market held?", table_docs(_MARKET[:1])
    )
    assert res.as_of == "2023-02-04", res.explanation


def test_control_a_move_from_last_years_site_is_no_change_for_this_years_edition() -> None:
    rows = [
        (
            date(2019, 10, 8),
            "The Tenby Vale festival's free outdoor stage will move from Grey Street to Ashby Park for this "
            "year's festival.",
        )
    ]
    res = rules_answer(
        "Where will the free outdoor stage be during this year's Tenby Vale festival?", table_docs(rows)
    )
    assert res.conflict_type != "outdated", res.explanation
