"""A street a notice shortens ("Summer St") is the street the paper spells out; a choir's "musical director"
is a post; what overwhelmed a river or a drain is a cause of the flood; "What improvements are planned?"
asks for the facilities the works bring, including what they restore."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_answer, assert_values, table_docs
from analyzed import rules_answer as answer
from tidings.ask.facilities import _in_sentence, facility_question
from tidings.ask.question import _expand, parse_question
from tidings.facts import causes_in


def test_a_shortened_street_name_is_the_street_spelt_out() -> None:
    docs = table_docs(
        [
            (
                date(2023, 10, 2),
                "Parade road closures\n\nSummer Street, Byng Street and Lords Place will be closed for the "
                "Tenby spring festival street parade on Saturday.",
            ),
            (
                date(2023, 10, 5),
                "Tenby Council - Traffic notice\n\nSummer St and Byng St will be closed for the Tenby "
                "spring festival street parade between 9am and 1pm.",
            ),
        ]
    )
    res = answer("Which streets will be closed for the Tenby spring festival street parade?", docs)
    assert_values(res, ["Summer Street", "Byng Street", "Lords Place"], absent=["Summer St,", "Byng St,"])
    assert not any(v in ("Summer St", "Byng St") for v in res.values), res.values


def test_a_musical_director_is_a_post() -> None:
    docs = table_docs(
        [
            (
                date(2023, 9, 8),
                "Choir names new director\n\nKilmore Choral Society has appointed Niamh Dolan as its new "
                "musical director, replacing Brendan Kehoe, who is stepping down after 19 years.",
            )
        ]
    )
    res = answer("Who is the new musical director of the Kilmore Choral Society?", docs)
    assert_values(res, ["Niamh Dolan"], absent=["19 years"])


@pytest.mark.parametrize(
    ("sentence", "cause"),
    [
        ("The record rainfall sent the River Lune over its banks within hours.", "The record rainfall"),
        (
            "The agency explained that gravel build-up in the river near the park had reduced channel "
            "capacity.",
            "gravel build-up",
        ),
        (
            "Engineers found that a culvert beneath Mill Road was partly blocked by branches, forcing water "
            "to back up into the streets.",
            "a culvert beneath Mill Road",
        ),
    ],
)
def test_what_overwhelmed_a_river_or_a_drain_is_a_cause(sentence: str, cause: str) -> None:
    assert [c.fact.text for c in causes_in(sentence) if not c.rejected] == [cause]


@pytest.mark.parametrize(
    "sentence",
    [
        "Council said the river was running high after the rain.",
        "The new culvert beneath Mill Road was blocked off during the works, the council said.",
    ],
)
def test_control_no_cause_without_an_overwhelming_verb(sentence: str) -> None:
    assert causes_in(sentence) == []


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What improvements are planned for Raja's Seat garden in Madikeri?", True),
        ("What upgrades are planned for the Kelso library?", True),
        ("control: What improvements did the survey find in reading scores?", False),
    ],
)
def test_asked_what_improvements_are_planned(question: str, expected: bool) -> None:
    assert facility_question(parse_question(question.removeprefix("control: "))) is expected


@pytest.mark.parametrize(
    ("sentence", "members"),
    [
        ("Raja's Seat is finally to get a new viewing deck extending over the valley.", ["new viewing deck"]),
        (
            "The deputy director said the musical fountain, which has not worked since 2019, will be fully "
            "restored with new pumps.",
            ["musical fountain"],
        ),
    ],
)
def test_what_works_give_or_restore_are_improvements(sentence: str, members: list[str]) -> None:
    want = _expand(set(parse_question("What improvements are planned for Raja's Seat garden?").terms))
    assert _in_sentence(sentence, want) == members


def test_the_improvements_of_several_sources_are_parts_of_the_plan() -> None:
    docs = table_docs(
        [
            (
                date(2023, 8, 2),
                "Garden to get a makeover\n\nThe deputy director said the musical fountain at Raja's Seat, "
                "which has not worked since 2019, will be fully restored with new pumps.",
            ),
            (
                date(2023, 8, 10),
                "New amenities at Raja's Seat\n\nThe Raja's Seat upgrade will also include new toilet "
                "blocks, "
                "officials said.",
            ),
        ]
    )
    res = answer("What improvements are planned for Raja's Seat garden?", docs)
    assert_answer(res, "complementary", ["musical fountain", "toilet blocks"])
