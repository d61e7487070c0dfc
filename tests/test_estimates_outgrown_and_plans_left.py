"""An estimate a new figure outgrows ("well above the $5.1 million estimate from the spring") is an older
value, and plans left behind one after another ("originally due to reopen in March, then June") date a text
after the report of the last of them; a plan restated as it now stands ("now advises that it will reopen in
October 2024") is the new date."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import analyzed_doc, assert_answer, corpus_dates, document, table_docs
from analyzed import rules_answer as answer
from tidings.dating._figures import _figures, _places, _targets


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Bids have pushed the expected cost of the Marlow pavilion to $6.2 million, well above the "
            "$5.1 million estimate from the spring.",
            [("$6.2million", False), ("$5.1million", True)],
        ),
        (
            "The repair bill came in below the $840,000 forecast, the trust said.",
            [("$840,000", True)],
        ),
        ("The original $2.4 million budget for the library has been spent.", [("$2.4million", True)]),
        # a target stays in force: a figure measured against it is no older value
        (
            "control: output stayed well below the 38 percent target in the supply contract.",
            [("38percent", False)],
        ),
        ("control: the hall sold tickets above the $45 price set by the promoter.", [("$45", False)]),
    ],
)
def test_an_estimate_a_new_figure_outgrows_is_an_old_value(
    text: str, figures: list[tuple[str, bool]]
) -> None:
    got = [(key.replace("%", "percent"), old) for key, old in _figures(text)]
    assert got == figures


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "The Kelso Point jetty was originally due to reopen in March, then June.",
            [("~march", True), ("~june", True)],
        ),
        (
            "The viewing platform was initially scheduled to reopen in May and then August.",
            [("~may", True), ("~august", True)],
        ),
        ("The manager said the jetty would reopen in March 2024.", [("march2024", False)]),
        ("The jetty will not reopen until June 2024, the trust says.", [("june2024", False)]),
        ("control: the jetty reopened in March 2024 after repairs.", []),
    ],
)
def test_plans_left_behind_one_after_another(text: str, targets: list[tuple[str, bool]]) -> None:
    assert list(_targets(text)) == targets


_FIRST = (
    "Kelso Point jetty shuts\n\nThe Kelso Point jetty has closed for repairs. The trust said it would "
    "reopen in March 2024."
)
_SECOND = (
    "Jetty delayed\n\nThe Kelso Point jetty will not reopen until June 2024 after divers found more "
    "rotten piles."
)
_THIRD = (
    "KELSO HARBOUR TRUST\nWorks update: Kelso Point jetty\n\nThe jetty was originally due to reopen in "
    "March, then June. The trust "
    "now advises that it will reopen in October 2024. Storms in April damaged the temporary scaffolding."
)


def test_a_text_leaving_two_plans_behind_is_dated_after_the_report_of_the_later_one() -> None:
    first = document(_FIRST, given="2023-11-14", name="a")
    second = document(_SECOND, given="2024-02-20", name="b")
    third = document(_THIRD, name="c")
    est = corpus_dates(first, second, third)[third.id]
    assert est.earliest is not None and est.earliest >= date(2024, 2, 20), est
    assert est.latest is not None and est.latest <= date(2024, 10, 31), est


def test_a_plan_as_it_now_stands_is_the_new_date() -> None:
    docs = table_docs(
        [(date(2023, 11, 14), _FIRST), (date(2024, 2, 20), _SECOND), (date(2024, 5, 28), _THIRD)]
    )
    res = answer("When will the Kelso Point jetty reopen?", docs)
    assert_answer(res, "outdated", ["October 2024"])
    assert not any("June" in v for v in res.values), res.explanation


def test_an_outgrown_estimate_is_superseded_by_the_figure_it_is_measured_against() -> None:
    docs = table_docs(
        [
            (
                date(2023, 3, 22),
                "Pavilion cost climbs\n\nThe estimated cost of the new Marlow pavilion has risen to $5.1 "
                "million "
                "after the design added a roof.",
            ),
            (
                date(2023, 11, 8),
                "Pavilion bids come in high\n\nConstruction bids have pushed the Marlow pavilion's "
                "expected cost "
                "to $6.2 million, well above the $5.1 million estimate from the spring.",
            ),
        ]
    )
    rules = [c.rule for c in docs[1].claims if c.value == "$5.1 million"]
    assert rules and all(".history" in r for r in rules), rules
    res = answer("How much is the Marlow pavilion expected to cost?", docs)
    assert_answer(res, "outdated", ["$6.2 million"])


def test_a_figure_below_a_target_stays_a_value_of_its_day() -> None:
    doc = analyzed_doc(
        "d1",
        date(2024, 6, 11),
        "The Ridgeway wind farm reached a capacity factor of 31 percent, still below the 38 percent target.",
    )
    rules = {c.value: c.rule for c in doc.claims if c.kind == "quantity"}
    assert "history" not in rules.get("38 percent", ""), rules


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "The farmers' market will move from the Market Place to the Haining from April.",
            [("@market place", True)],
        ),
        ("The market is back in the Market Place this Saturday.", [("@market place", False)]),
        ("control: the market will be held on Saturday as usual.", []),
    ],
)
def test_places_left_by_a_move_and_places_held(text: str, places: list[tuple[str, bool]]) -> None:
    assert list(_places(text)) == places


def test_a_text_moving_something_from_a_place_is_dated_after_the_report_of_it_there() -> None:
    held = document(
        "Market returns\n\nKelso's monthly farmers' market is back in the Market Place this Saturday.",
        given="2023-09-05",
        name="a",
    )
    moved = document(
        "Market on the move\n\nKelso's farmers' market will move from the Market Place to the Knowes from "
        "April, while the council resurfaces the square.",
        name="b",
    )
    est = corpus_dates(held, moved)[moved.id]
    assert est.earliest is not None and est.earliest >= date(2023, 9, 5), est
