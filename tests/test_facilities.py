"""What a planned building will have: a question asking for its facilities, the short noun phrases a plan
lists after the words that say so (a list in a sentence, a bulleted list under "the plans include:", an FAQ
answer, a resident's "There's going to be a ..."), never a sentence whose subject is another thing, and the
full answer gathering them from several sources as a complementary list; the services a place will offer,
told by a service that will run there or by a page of the place's own site. Text written for these tests,
modelled on council announcements, FAQ pages and community posts; places and people are invented."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import analyzed_doc, assert_values
from tidings.ask import answer as full_answer
from tidings.ask.facilities import _HAS_CUE, _bullets, _in_sentence, _listed, _phrase, facility_question
from tidings.ask.question import _expand, parse_question

_CARROW_Q = "What facilities will the new Carrow leisure centre include?"
_RAPLOCH_Q = "What facilities will the new Raploch sports hub include?"


def _want(question: str) -> set[str]:
    """The words a sentence's subject is checked against, built as facilities_in builds them."""
    return _expand(set(parse_question(question).terms))


# ------------------------------------------------------------------------------------------ the question


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        pytest.param(_CARROW_Q, True, id="facilities-will-include"),
        pytest.param("What amenities will the new park have?", True, id="amenities-will-have"),
        pytest.param("What features does the new library have?", True, id="features-does-have"),
        pytest.param("What will the new leisure centre cost?", False, id="cost"),
        pytest.param("Which companies bid for the contract?", False, id="which-companies"),
        pytest.param("What does the upgrade include?", False, id="include-without-facility-word"),
        pytest.param("What services will the new Ardley community hub offer?", True, id="services-offer"),
        pytest.param("What services are affected by the strike?", False, id="services-affected"),
    ],
)
def test_facility_question(question: str, expected: bool) -> None:
    assert facility_question(parse_question(question)) is expected


# ------------------------------------------------------------------------------------ phrases of a list


@pytest.mark.parametrize(
    ("sentence", "members"),
    [
        pytest.param(
            "The hub will include a climbing wall, a community cafe and two multi-purpose rooms for clubs.",
            ["climbing wall", "community cafe", "two multi-purpose rooms"],
            id="comma-and-list-stops-before-for",
        ),
        pytest.param(
            "The new wing will have two MRI scanners, doubling its capacity.",
            ["two MRI scanners"],
            id="acronym-kept-participle-clause-not-a-member",
        ),
        pytest.param(
            "The station will include a skywalk linking the station to the bus terminal.",
            ["skywalk"],
            id="stops-before-ing-verb",
        ),
        pytest.param(
            "The opening will include a ceremony attended by MPs.",
            ["ceremony"],
            id="stops-before-ed-verb",
        ),
        pytest.param(
            "The scheme will include a new pool at Queen Elizabeth Park.",
            ["new pool"],
            id="stops-before-proper-name",
        ),
        pytest.param(
            "The hub will house the relocated Ardley food bank, which has outgrown its hall.",
            ["food bank"],
            id="a-name-inside-the-phrase-says-whose",
        ),
        pytest.param(
            "The hub will include showers for people sleeping rough.",
            ["showers"],
            id="a-bare-plural",
        ),
    ],
)
def test_listed_after_a_cue(sentence: str, members: list[str]) -> None:
    cue = _HAS_CUE.search(sentence)
    assert cue is not None, sentence
    assert _listed(sentence, cue.end()) == members


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        pytest.param("a climbing wall, a community cafe", "climbing wall", id="determiner-dropped"),
        pytest.param("two MRI scanners, doubling its capacity", "two MRI scanners", id="acronym"),
        pytest.param("a skywalk linking the station", "skywalk", id="ing-verb"),
        pytest.param("a ceremony attended by MPs", "ceremony", id="ed-verb"),
        pytest.param("a new pool at Queen Elizabeth Park", "new pool", id="proper-name"),
    ],
)
def test_phrase_at_the_start(text: str, phrase: str) -> None:
    got = _phrase(text, 0)
    assert got is not None, text
    assert got[0] == phrase
    assert text[: got[1]].endswith(phrase)


def test_a_phrase_naming_no_facility_is_none() -> None:
    assert _phrase("a public consultation", 0) is None


# --------------------------------------------------------------------------------------------- bullets

_PLAN_BULLETS = (
    "Cardale Interchange upgrade\n"
    "Transport for Cardale has published its vision, and the plans include:\n"
    "- 16 escalators and 23 lifts across platforms\n"
    "- A skywalk linking the station to the bus terminal\n"
    "Consultation closes on 30 May.\n"
)


def test_bullets_under_the_plans_include() -> None:
    got = _bullets(_PLAN_BULLETS, set())
    assert [p for p, _, _ in got] == ["16 escalators", "23 lifts", "skywalk"]
    # each member is cited to its own bullet line
    lines = {_PLAN_BULLETS[b0:b1] for _, b0, b1 in got}
    assert lines == {
        "- 16 escalators and 23 lifts across platforms",
        "- A skywalk linking the station to the bus terminal",
    }


def test_bullets_under_a_subject_that_is_no_plan_are_not_taken() -> None:
    text = "Cardale market day\nThose attending include:\n- local traders\n- the Cardale brass band\n"
    assert _bullets(text, set()) == []


# ------------------------------------------------------------------------------- the subject of the cue


@pytest.mark.parametrize(
    ("question", "sentence", "members"),
    [
        pytest.param(
            _CARROW_Q,
            "The council budget includes a 3% rise in fees.",
            [],
            id="budget-is-not-the-plan",
        ),
        pytest.param(
            _CARROW_Q,
            "The centre will include a sauna and a steam room.",
            ["sauna", "steam room"],
            id="control-the-centre-is-the-thing-asked-of",
        ),
        pytest.param(
            _RAPLOCH_Q,
            "The hub will include a climbing wall and a cafe.",
            ["climbing wall", "cafe"],
            id="the-hub-is-the-thing-asked-of",
        ),
        pytest.param(
            _RAPLOCH_Q,
            "Councillor Maeve Dunlop's motion includes a review of parking charges.",
            [],
            id="a-motion-is-not-the-plan",
        ),
    ],
)
def test_in_sentence_only_when_the_subject_is_the_plan(
    question: str, sentence: str, members: list[str]
) -> None:
    assert _in_sentence(sentence, _want(question)) == members


# ------------------------------------------------------------------------------------------ end to end

_CARROW = [
    analyzed_doc(
        "d1",
        date(2025, 3, 11),
        "Carrow Council has unveiled the design for the new leisure centre at Brook Meadow, with an "
        "eight-lane, 25-metre lap pool at its heart. Work is due to start next spring. Council's preferred "
        "option also includes a toddlers' area and spectator seating for 300.",
    ),
    analyzed_doc(
        "d2",
        date(2025, 3, 12),
        "Carrow leisure centre: frequently asked questions\n"
        "Will there be a learn-to-swim pool? Yes, a separate shallow pool with a movable floor.\n"
        "The design includes a hydrotherapy pool kept at 34 degrees.",
        title="Carrow leisure centre FAQ",
    ),
    analyzed_doc(
        "d3",
        None,
        "Carrow Parents Network: Big news on the Carrow pool plans for our kids. There's going to be a "
        "hydroslide!!",
    ),
]


def test_facilities_of_the_new_leisure_centre_from_three_sources() -> None:
    res = full_answer(_CARROW_Q, _CARROW)
    assert_values(
        res, ["lap pool", "hydrotherapy pool", "learn-to-swim pool", "hydroslide"], ["Brook Meadow"]
    )
    assert "Brook Meadow" not in res.values, (res.values, res.explanation)
    assert res.conflict_type == "complementary", res.explanation


def test_facilities_are_not_the_question_own_words() -> None:
    res = full_answer(_CARROW_Q, _CARROW)
    assert not any(v.lower() in ("leisure centre", "new leisure centre", "carrow") for v in res.values), (
        res.values,
        res.explanation,
    )


_ARDLEY_Q = "What services will the new Ardley community hub offer?"


@pytest.mark.parametrize(
    ("sentence", "members", "own"),
    [
        pytest.param(
            "The hub will house the Ardley food bank, which has outgrown its space, and will include "
            "showers.",
            ["food bank", "showers"],
            False,
            id="a-second-verb-of-the-same-subject",
        ),
        pytest.param(
            "ARDLEY - A free legal clinic will operate twice a month at the community hub, organisers said.",
            ["free legal clinic"],
            False,
            id="a-service-that-will-run-at-the-place",
        ),
        pytest.param(
            "A free legal clinic will operate twice a month at the town library, organisers said.",
            [],
            False,
            id="run-at-another-place",
        ),
        pytest.param(
            "Laundry attendants - our two donated washers will offer free laundry on Tuesdays.",
            ["free laundry"],
            True,
            id="the-place-own-page",
        ),
        pytest.param(
            "Laundry attendants - our two donated washers will offer free laundry on Tuesdays.",
            [],
            False,
            id="another-subject-elsewhere",
        ),
    ],
)
def test_services_a_place_will_offer(sentence: str, members: list[str], own: bool) -> None:
    assert _in_sentence(sentence, _want(_ARDLEY_Q), own=own) == members


def test_services_of_a_hub_from_a_page_of_its_own_site() -> None:
    page = (
        "Ardley Hub | About | Services | Volunteer\n\nWe are looking for volunteers for our opening in "
        "April!\n"
        "* Laundry attendants - our two donated washers will offer free laundry on Tuesdays"
    )
    docs = [
        analyzed_doc("d1", date(2023, 1, 17), "The hub will house the relocated Ardley food bank."),
        analyzed_doc("d2", None, page),
    ]
    res = full_answer(_ARDLEY_Q, docs, relation=None)
    assert_values(res, ["food bank", "laundry"])
