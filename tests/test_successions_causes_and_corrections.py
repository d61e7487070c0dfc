"""A body appointing its new holder, a first day in a post, a welcome to a new holder and a successor to a
longtime holder are role claims, and the new holder answers who holds the post now; permanent jobs and
construction jobs are both figures of the jobs a plant creates; two sides naming rival causes; a venue moved
away from because of works there is no answer; "what crest is forecast" asks for a number; a previous
forecast and a year gone by are history; a lowered forecast outdates the earlier ones and keeps its unit; a
statement calling a demolition post untrue answers no with what will happen instead; a blogger's own
correction refutes the figure they had posted. Text written for these tests, modelled on local news,
council statements, press releases and blogs."""

from __future__ import annotations

from datetime import date
from typing import Literal

import pytest

from analyzed import analyzed_doc, assert_values, table_docs
from analyzed import rules_answer as answer
from tidings.ask import answer as full_answer
from tidings.ask.members import _set_aside
from tidings.ask.question import parse_question
from tidings.facts import causes_in, sides_say_causes
from tidings.model import Claim

_DAY = date(2024, 9, 6)


def _roles(text: str, day: date = _DAY) -> list[Claim]:
    return [c for c in analyzed_doc("d1", day, text).claims if c.kind == "role"]


# ----------------------------------------------------------------------------------------------- successions


@pytest.mark.parametrize(
    ("text", "holder", "status"),
    [
        pytest.param(
            "The Ashcombe Public Library Board of Trustees has appointed Mirela Castan as library director.",
            "Mirela Castan",
            "role.new",
            id="board-appoints-as-library-director",
        ),
        pytest.param(
            "Mirela Castan spent her first two days as director of the Ashcombe Public Library meeting "
            "staff.",
            "Mirela Castan",
            "role.new",
            id="first-days-as-director",
        ),
        pytest.param(
            "Please join us in welcoming our new director, Mirela Castan!",
            "Mirela Castan",
            "role.new",
            id="welcoming-our-new-director",
        ),
        pytest.param(
            "Castan, who moved from Dunmore, succeeds longtime director Pieter Hallam.",
            "Castan",
            "role.new.successor",
            id="successor",
        ),
        pytest.param(
            "Castan, who moved from Dunmore, succeeds longtime director Pieter Hallam.",
            "Pieter Hallam",
            "former",
            id="predecessor",
        ),
    ],
)
def test_a_holder_of_a_post_is_a_role_claim(text: str, holder: str, status: str) -> None:
    roles = _roles(text)
    got = [c for c in roles if c.value == holder]
    assert got, [(c.value, c.attribute, c.rule) for c in roles]
    assert got[0].attribute == "director", [(c.value, c.attribute, c.rule) for c in roles]
    assert status in got[0].rule, [(c.value, c.attribute, c.rule) for c in roles]


def test_the_director_before_a_comma_without_new_is_no_title() -> None:
    roles = _roles("We asked the director, Castan said nothing.")
    assert not any(c.value == "Castan" for c in roles), [(c.value, c.rule) for c in roles]


_LIBRARY = [
    (
        date(2024, 8, 20),
        "The Ashcombe Public Library Board of Trustees has appointed Mirela Castan as library director. She "
        "starts on September 3.",
    ),
    (
        date(2024, 9, 6),
        "Mirela Castan spent her first two days as director of the Ashcombe Public Library meeting staff. "
        "Castan, who moved from Dunmore, succeeds longtime director Pieter Hallam, who retired in June after "
        "22 years.",
    ),
    (
        date(2024, 9, 4),
        "Please join us in welcoming our new director, Mirela Castan! She comes to Ashcombe from the Dunmore "
        "library system.",
    ),
]


def test_the_new_director_not_the_one_she_succeeds() -> None:
    res = answer("Who is the new director of the Ashcombe Public Library?", table_docs(_LIBRARY))
    assert_values(res, ["Mirela Castan"], ["Hallam"])
    assert res.conflict_type == "no_conflict", res.explanation


# ------------------------------------------------------------------------------------------------- job counts

_JOBS = [
    (
        date(2024, 5, 14),
        "Voltra will build a battery plant in Lindholm. The plant will employ 220 people in permanent jobs "
        "when fully operational in 2029.",
    ),
    (
        date(2024, 5, 15),
        "Construction of the Lindholm battery plant will require around 400 construction jobs at its peak.",
    ),
]


def test_permanent_jobs_and_construction_jobs_are_both_answers() -> None:
    res = answer("How many jobs will the battery plant in Lindholm create?", table_docs(_JOBS))
    assert "220" in res.values and "400" in res.values, (res.values, res.explanation)
    assert res.conflict_type == "complementary", res.explanation


# ----------------------------------------------------------------------------------------------------- causes


def test_two_sides_saying_causes() -> None:
    sentence = (
        "The council points to the pump station failure; opposition councillors say it was neglected "
        "maintenance."
    )
    assert sides_say_causes(sentence)
    causes = causes_in(sentence)
    assert not any(c.rejected for c in causes), causes
    texts = [c.fact.text for c in causes]
    assert "the pump station failure" in texts and "neglected maintenance" in texts, texts


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Residents say it was neglected maintenance.", id="one-side-alone"),
        pytest.param(
            "The council and residents say it was neglected maintenance.", id="one-claim-two-sayers"
        ),
    ],
)
def test_one_side_saying_a_cause_is_no_two_sides(sentence: str) -> None:
    assert not sides_say_causes(sentence)


_OUTAGE = [
    (
        date(2024, 2, 12),
        "The Harwick Municipality says the week-long water outage was caused by a pump station failure at "
        "the Kloof treatment works.",
    ),
    (
        date(2024, 2, 13),
        "Statement from the Harwick Ratepayers Association on the water outage\n\nThe association rejects "
        "the municipality's explanation. The pump motors failed because of years of neglected maintenance.",
    ),
]


def test_a_rival_sides_cause_is_an_opinion_beside_the_official_one() -> None:
    res = answer("Why did taps in Harwick run dry for a week?", table_docs(_OUTAGE))
    assert_values(res, ["pump station failure", "neglected maintenance"])
    assert res.conflict_type == "conflicting_opinions", res.explanation


# ---------------------------------------------------------------------------------------------------- venues

_GAMES = [
    (
        date(2019, 2, 14),
        "The Harwick Highland Games will take place on Saturday 17 August at Mossbank Park, as it has every "
        "year since 1960.",
    ),
    (
        date(2019, 5, 28),
        "Harwick Highland Games moves venue\n\nBecause the drainage works at Mossbank Park will not be "
        "finished in time, this year's Games on 17 August will be held at Ganavan Links.",
    ),
]


@pytest.mark.parametrize("relation", [pytest.param(None, id="rules"), pytest.param("bundled", id="default")])
def test_a_venue_left_because_of_works_there_is_no_answer(relation: Literal["bundled"] | None) -> None:
    res = full_answer(
        "Where is the Harwick Highland Games being held this year?", table_docs(_GAMES), relation=relation
    )
    assert_values(res, ["Ganavan Links"], ["Mossbank"])


@pytest.mark.parametrize(
    ("sentence", "name", "aside"),
    [
        pytest.param(
            "Because the drainage works at Mossbank Park will not be finished in time, the Games will be "
            "held at Ganavan Links.",
            "Mossbank Park",
            True,
            id="works-not-finished",
        ),
        pytest.param(
            "Organisers said storm damage at Ganavan Links had left the field too uneven, and the event will "
            "now be held at Dunollie Fields.",
            "Ganavan Links",
            True,
            id="damage-left-unfit",
        ),
        pytest.param(
            "The Games will be held at Ganavan Links.", "Ganavan Links", False, id="control-the-venue"
        ),
        pytest.param(
            "Because the drainage works at Mossbank Park will not be finished in time, the Games will be "
            "held at Ganavan Links.",
            "Ganavan Links",
            False,
            id="control-the-new-venue",
        ),
    ],
)
def test_a_place_named_as_the_reason_for_a_move_is_set_aside(sentence: str, name: str, aside: bool) -> None:
    assert _set_aside(sentence, name) is aside


# ------------------------------------------------------------------------------------------ forecast crests


@pytest.mark.parametrize(
    "question",
    [
        "What crest is forecast for the Red River at Fargo this spring?",
        "What crest is forecast for the Ashwater River at Dunmore this spring?",
    ],
)
def test_what_crest_is_forecast_asks_for_a_number(question: str) -> None:
    assert parse_question(question).kind == "number"


@pytest.mark.parametrize(
    ("text", "day", "value", "history", "year"),
    [
        pytest.param(
            "The previous forecast, issued last week, was 37.5 feet.",
            date(2026, 4, 2),
            "37.5",
            True,
            None,
            id="previous-forecast",
        ),
        pytest.param(
            "In 2021, when restrictions were in force, only eight elephants took part.",
            date(2023, 8, 22),
            "eight",
            True,
            2021,
            id="in-a-year-gone-by",
        ),
        pytest.param(
            "In the end, eight elephants took part.",
            date(2023, 8, 22),
            "eight",
            False,
            None,
            id="control-in-the-end",
        ),
    ],
)
def test_a_figure_of_the_past_is_history(
    text: str, day: date, value: str, history: bool, year: int | None
) -> None:
    claims = [c for c in analyzed_doc("d1", day, text).claims if c.kind == "quantity" and c.value == value]
    assert claims, [(c.kind, c.value, c.rule) for c in analyzed_doc("d1", day, text).claims]
    claim = claims[0]
    assert ("history" in claim.rule) is history, (claim.rule, claim.as_of_latest)
    if year is not None:
        assert claim.as_of_latest is not None and claim.as_of_latest.year == year, claim


_CREST = [
    (
        date(2026, 3, 5),
        "The weather service said the Ashwater River at Dunmore is expected to crest near 39 feet this "
        "spring.",
    ),
    (
        date(2026, 4, 2),
        "The weather service on Thursday lowered its Ashwater River crest forecast at Dunmore to 35 feet. "
        "The previous forecast, issued last week, was 37.5 feet.",
    ),
]


def test_a_lowered_crest_forecast_outdates_the_earlier_ones() -> None:
    res = answer("What crest is forecast for the Ashwater River at Dunmore this spring?", table_docs(_CREST))
    assert res.values and "35" in res.values[0], (res.values, res.explanation)
    assert_values(res, [], ["39", "37.5"])
    assert res.conflict_type == "outdated", res.explanation
    assert "35 feet" in res.text, res.text
    assert "35 crest" not in res.text, res.text


# ------------------------------------------------------------------------------------------------ corrections

_BRIDGE = [
    (
        None,
        "SHARE THIS. The swing bridge is going to be DEMOLISHED and replaced with a fixed bridge this "
        "winter.",
    ),
    (
        date(2024, 10, 8),
        "We are aware of posts on social media claiming that Harwick swing bridge is to be demolished. This "
        "is not true.\nThe bridge, which opened in 1909, will undergo a refurbishment of its turning "
        "mechanism this winter.",
    ),
]


def test_a_statement_calling_a_demolition_post_untrue_answers_no() -> None:
    res = answer("Is Harwick's swing bridge going to be demolished?", table_docs(_BRIDGE))
    assert res.conflict_type == "misinformation", res.explanation
    assert res.values and res.values[0].startswith("No:"), (res.values, res.explanation)
    assert "refurbishment" in res.values[0], (res.values, res.explanation)
    assert not any("demolished" in v.lower() for v in res.values), (res.values, res.explanation)


_MARKET = [
    (None, "An estimated 45,000 people came through the market, according to what I heard."),
    (date(2024, 6, 3), "Market organizers estimated about 9,000 visitors over the opening day."),
    (
        None,
        "CORRECTION: In my Sunday post I said 45,000 people attended the market's opening day. That was "
        "wrong - it's roughly the total for the whole season. The market's own estimate for opening day is "
        "about 9,000.",
    ),
]


def test_a_bloggers_own_correction_refutes_the_figure_posted() -> None:
    res = answer("How many people came to the Harwick Saturday Market's opening day?", table_docs(_MARKET))
    assert_values(res, ["9,000"], ["45,000"])
    assert res.conflict_type == "misinformation", res.explanation


def test_the_corrected_figure_is_refuted_in_the_correction() -> None:
    claims = table_docs(_MARKET)[2].claims
    polarity = {c.value: c.polarity for c in claims if c.kind == "quantity"}
    assert polarity.get("45,000") == "refuted", polarity
    assert polarity.get("9,000") == "asserted", polarity
