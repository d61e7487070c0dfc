"""A question that says the matter is argued ("Which sites are being argued over?") asks for the sides, and a
plan that gathers services ("will bring together lab testing, physiotherapy and counselling", "Under one roof:
...") lists them; asked which streets, a name ending in "Street" is one wherever it stands, and a programme
that "moves on from" a street has done it. Text written for these tests, modelled on local news and health-
board releases; places, people and figures are invented."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, rules_answer, table_docs
from tidings.ask.question import parse_question
from tidings.ask.sides_asked import sides_asked


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        pytest.param(
            "Which sites are being argued over for Tarnby's new skate park?", True, id="argued-over"
        ),
        pytest.param(
            "What are the competing proposals for the old mill site?", True, id="competing-proposals"
        ),
        pytest.param("What are the rival plans for the depot?", True, id="rival-plans"),
        pytest.param("Why is there disagreement over the bypass route?", True, id="disagreement-over"),
        pytest.param(
            "Which sites were shortlisted for Tarnby's new skate park?", False, id="control-shortlisted"
        ),
        pytest.param("What plans does the council have for the depot?", False, id="control-plans"),
    ],
)
def test_a_question_that_says_the_matter_is_argued(question: str, asked: bool) -> None:
    assert bool(sides_asked(parse_question(question))) is asked


def test_sites_argued_over_are_views() -> None:
    rows = [
        (
            date(2023, 10, 5),
            "Dog owners push for Marsh Reserve\nA group of Tarnby dog owners wants the town's planned dog "
            "park "
            "built at Marsh Reserve, saying it is big enough for separate areas for small and large dogs.",
        ),
        (
            date(2023, 10, 12),
            "Tarnby Community Board - minutes\nThe board resolved to recommend that the dog park be built "
            "at Kirk "
            "Square instead, noting it is central and already has lighting.",
        ),
    ]
    res = rules_answer("Which sites are being argued over for Tarnby's new dog park?", table_docs(rows))
    assert res.conflict_type == "conflicting_opinions", res.explanation
    assert_values(res, ["Marsh Reserve", "Kirk Square"])


@pytest.mark.parametrize(
    ("sentence", "services", "absent"),
    [
        pytest.param(
            "The Corrow health hub will bring together lab testing, physiotherapy and counselling when it "
            "opens "
            "next spring.",
            ["lab testing", "physiotherapy", "counselling"],
            [],
            id="will-bring-together",
        ),
        pytest.param(
            "The empty bank building will get a new life as the Corrow health hub. Under one roof: daily lab "
            "testing, a physiotherapy clinic and a dental surgery.",
            ["lab testing", "physiotherapy clinic", "dental surgery"],
            ["new life"],
            id="under-one-roof",
        ),
    ],
)
def test_services_a_plan_gathers(sentence: str, services: list[str], absent: list[str]) -> None:
    res = rules_answer(
        "What services will the new Corrow health hub offer?", table_docs([(date(2023, 10, 17), sentence)])
    )
    assert_values(res, services, absent)


def test_streets_named_by_their_form_and_a_programme_moving_on() -> None:
    rows = [
        (
            date(2024, 5, 21),
            "Overnight resurfacing on The Mallows, Tarnby\nThe council will resurface The Mallows in Tarnby "
            "from Monday 3 June to Friday 7 June 2024.",
        ),
        (
            date(2024, 6, 5),
            "TARNBY GAZETTE\nKiln Street next in line for new surface\nDrivers are being warned that Kiln "
            "Street "
            "will be shut for four nights from Monday 10 June as the town's resurfacing programme moves on "
            "from "
            "The Mallows.",
        ),
    ]
    res = rules_answer("Which streets are affected by the Tarnby resurfacing works?", table_docs(rows))
    assert_values(res, ["Mallows", "Kiln Street"])


def test_a_where_question_does_not_take_names_by_the_form_of_what_it_places() -> None:
    rows = [
        (
            date(2024, 3, 1),
            "Council Meeting - Minutes\n11.2 New Skate Park - Site Selection\nThat Council endorse the "
            "reserve "
            "beside the Old Jetty as the site for the new Tarnby skate park.",
        ),
    ]
    res = rules_answer("Where will Tarnby's new skate park be built?", table_docs(rows))
    assert_values(res, [], ["New Skate Park"])


def test_parts_of_an_upgrade_told_one_to_a_source() -> None:
    rows = [
        (
            date(2024, 3, 11),
            "Work has started on a new timber boardwalk along the Tarnby waterfront. The boardwalk is the "
            "first "
            "part of the waterfront upgrade.",
        ),
        (
            date(2024, 4, 2),
            "A nature-themed playground will be built near the waterfront's park entrance as part of the "
            "upgrade, the board confirmed.",
        ),
        (
            date(2024, 4, 20),
            "WATERFRONT UPGRADE - QUESTIONS\nAre there toilets planned?\nYes. New public toilets will be "
            "built "
            "at the Quay Street end of the waterfront.",
        ),
    ]
    res = rules_answer("What is included in the Tarnby waterfront upgrade?", table_docs(rows))
    assert res.conflict_type == "complementary", res.explanation
    assert_values(res, ["boardwalk", "playground", "public toilets"])
