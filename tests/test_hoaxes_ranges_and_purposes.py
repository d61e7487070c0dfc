"""A forwarded message whose fine is called fake stands for none of its other fines; a yes/no question joined
to a question about its subject is split in two; a post reporting the opposite state that a later verdict
calls false makes the answer yes, backed by a whole sentence rather than a status line; a figure in a unit
of another dimension is no weight limit; a limit reduced from one figure to another and then enforced; a
figure of another kind of the thing asked about (electricity beside water tariffs) is no answer, while a
word that only describes it ("flat fare") names no other kind; an undated text dated against the newest
evidence moves past it only for a month it tells of as gone by; what a fee rise pays for, told as two
purposes; a festival held over days answered as a range, and a festival's opening as a day; where a thing
stands, not where its town lies; a state told in the pluperfect as over is no answer now. Text written for
these tests, modelled on local news, fact checks, status pages, guides and blogs."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, corpus_dates, document, table_docs
from analyzed import rules_answer as answer
from tidings import dating
from tidings.ask import answer as full_answer
from tidings.claims import extract_claims
from tidings.compound import split_compound
from tidings.facts import causes_in
from tidings.model import DateEstimate
from tidings.timex import tag

# --------------------------------------------------------------------------------------- discredited fines

_FORWARDED = (
    "Forwarded as received: From tomorrow Marrowpur traffic police will fine Rs 10,000 on the spot for "
    "honking near schools and hospitals. Fine for second offence Rs 25,000. Share with all groups!!"
)
_OFFICIAL = (
    "Marrowpur traffic police said on Tuesday that a message claiming a Rs 10,000 fine for honking is fake."
    "\n\nThe fine for unnecessary or repeated honking, or for honking near a hospital, is Rs 1,000 for a "
    "first offence, an official said. There has been no change in the amount."
)


@pytest.mark.parametrize(
    "fact_check",
    [
        pytest.param(
            "Claim: Marrowpur police will fine drivers Rs 10,000 for honking from Monday.\n\nVerdict: False."
            "\n\nThe penalty for honking in a silence zone is Rs 1,000 for a first offence. Police told us "
            "there is no Rs 10,000 fine.",
            id="claim-and-verdict-lines",
        ),
        pytest.param(
            "A viral message claims Marrowpur police will fine drivers Rs 10,000 for honking. This is fake. "
            "The fine for honking is Rs 1,000 for a first offence, police said.",
            id="this-is-fake",
        ),
    ],
)
def test_a_source_whose_fine_is_called_fake_stands_for_none_of_its_fines(fact_check: str) -> None:
    rows = [(None, _FORWARDED), (date(2024, 7, 9), _OFFICIAL), (None, fact_check)]
    res = answer("What is the fine for honking in Marrowpur?", table_docs(rows))
    assert_values(res, ["Rs 1,000"], ["Rs 25,000"])
    assert res.conflict_type == "misinformation", res.explanation


def test_a_source_nobody_refutes_is_not_discredited() -> None:
    rows = [
        (
            None,
            "From tomorrow Marrowpur traffic police will fine Rs 10,000 on the spot for honking near schools "
            "and hospitals. Fine for second offence Rs 25,000.",
        ),
        (
            date(2024, 7, 9),
            "The fine for honking in Marrowpur is Rs 1,000 for a first offence, deputy commissioner Anil "
            "Gokhale said.",
        ),
    ]
    res = answer("What is the fine for honking in Marrowpur?", table_docs(rows))
    assert res.values, res.explanation


# -------------------------------------------------------------------------------------- compound questions


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        pytest.param(
            "Is the Dettah ice road open, and what is the weight limit?",
            ("Is the Dettah ice road open?", "What is the weight limit of the Dettah ice road?"),
            id="yes-no-then-bare-wh",
        ),
        pytest.param(
            "Is Skerry Air's planned Aberlune-Bergen route going ahead, and when is the first flight?",
            (
                "Is Skerry Air's planned Aberlune-Bergen route going ahead?",
                "When is the first flight of Skerry Air's planned Aberlune-Bergen route?",
            ),
            id="yes-no-with-particle",
        ),
        pytest.param("Is the pool open, and what are the hours?", None, id="control-no-named-subject"),
        pytest.param(
            "Did the club win promotion this season, and to which division?", None, id="control-no-wh-start"
        ),
    ],
)
def test_a_yes_no_question_joined_to_a_question_about_its_subject(
    question: str, parts: tuple[str, str] | None
) -> None:
    assert split_compound(question) == parts


# ---------------------------------------------------------------------------- a hoax of the opposite state

_POST = (
    None,
    "ROAD CLOSED!!! A truck went through the ice on the Tulik ice road this morning. Road is closed until "
    "further notice.",
)
_STATUS_PAGE = (
    date(2025, 2, 10),
    "TULIK ICE ROAD - STATUS: OPEN\n\nUpdated 10 February 2025, 7:00 a.m.\n\nThe Tulik ice road is open. "
    "Maximum gross vehicle weight: 5,000 kg. Speed limit: 25 km/h.",
)
_FACT_CHECK = (
    None,
    "Barrenland Fact Check\n\nA post shared 1,000 times on Monday claimed the Tulik ice road was closed "
    "after a truck broke through the ice.\n\nThe highways department says the road is open, with a 5,000 kg "
    "weight limit. The photo in the post was taken on a lake in another province in 2018.\n\nVerdict: False.",
)
_ICE_ROAD = [_POST, _STATUS_PAGE, _FACT_CHECK]


def test_a_report_of_the_opposite_state_called_false_answers_yes() -> None:
    res = answer("Is the Tulik ice road open?", table_docs(_ICE_ROAD))
    assert res.values and res.values[0].startswith("Yes"), (res.values, res.explanation)
    assert "open" in res.values[0], (res.values, res.explanation)
    assert res.conflict_type == "misinformation", res.explanation
    # the status page's whole sentence backs the answer, not its "STATUS: OPEN" line
    assert '"The Tulik ice road is open." [d2]' in res.text, res.text
    assert "STATUS" not in res.text, res.text


def test_the_whole_compound_question_about_the_ice_road() -> None:
    res = full_answer("Is the Tulik ice road open, and what is the weight limit?", table_docs(_ICE_ROAD))
    assert res.values and res.values[0].startswith("Yes"), (res.values, res.explanation)
    assert any("5,000" in v for v in res.values), (res.values, res.explanation)
    assert not any("25" in v for v in res.values), (res.values, res.explanation)


# ------------------------------------------------------------------------------------------------- units


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(_STATUS_PAGE[1], id="status-page"),
        pytest.param("The Tulik ice road is open. Speed limit: 25 km/h.", id="speed-only"),
    ],
)
def test_a_speed_is_no_weight_limit(text: str) -> None:
    res = answer("What is the weight limit on the Tulik ice road?", table_docs([(date(2025, 2, 10), text)]))
    assert not any("25" in v for v in res.values), (res.values, res.explanation)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "TULIK ICE ROAD - STATUS: OPEN\n\nThe Tulik ice road is open. Weight limit: 5,000 kg. Speed "
            "limit: 25 km/h.",
            id="labelled-weight-limit",
        ),
        pytest.param(
            _STATUS_PAGE[1],
            id="maximum-gross-vehicle-weight",
            marks=pytest.mark.xfail(
                strict=True,
                reason='"Maximum gross vehicle weight: 5,000 kg" is not read as the weight limit: with the '
                "status page alone the rules give no value at all (the 25 km/h is rightly dropped)",
            ),
        ),
    ],
)
def test_the_weight_limit_beside_a_speed_limit(text: str) -> None:
    res = answer("What is the weight limit on the Tulik ice road?", table_docs([(date(2025, 2, 10), text)]))
    assert_values(res, ["5,000"], ["25"])


def test_a_speed_limit_is_in_kilometres_an_hour() -> None:
    text = "Speed limit: 25 km/h."
    day = DateEstimate(date(2025, 2, 10), date(2025, 2, 10), "day", 0.9, "metadata")
    got = [(c.value, c.unit) for c in extract_claims(document(text), day, tag(text, date(2025, 2, 10)))]
    assert ("25", "km/h") in got, got


# -------------------------------------------------------------------------------------------- a reduction


_REDUCED = (
    None,
    "The speed limit on Carrow Road in Edlingham will be reduced again, from 60 km/h to 50 km/h, from 4 "
    "September, the municipality said.",
)
_ENFORCED = (
    date(2024, 10, 2),
    "Speed cameras on Carrow Road caught 312 drivers exceeding the 50 km/h limit in September, Edlingham "
    "municipality said on Wednesday. The fastest was travelling at 91 km/h near the school.",
)


@pytest.mark.parametrize(
    "rows",
    [
        pytest.param([_REDUCED, _ENFORCED], id="then-enforced"),
        pytest.param([_REDUCED], id="the-reduction-alone"),
    ],
)
def test_a_limit_reduced_from_one_figure_to_another(rows: list[tuple[date | None, str]]) -> None:
    res = answer("What is the speed limit on Carrow Road?", table_docs(rows))
    assert res.values == ("50",), (res.values, res.explanation)
    assert "60" in [s.value for s in res.superseded], (res.superseded, res.explanation)


# ------------------------------------------------------------------------------------------ kinds of a thing

_TARIFFS = [
    (
        date(2024, 3, 28),
        "Kestrelbaai residents face a 15.2% increase in water tariffs from July 1 under the draft budget. "
        "Electricity tariffs would rise by 15.1%.",
    ),
    (
        date(2024, 6, 27),
        "Kestrelbaai council adopted its budget on Wednesday. Water tariffs have gone up by 9.8%, and "
        "electricity by 15.1%. The 15.2% water increase proposed back in March was cut.",
    ),
]


def test_another_kind_of_tariff_is_no_answer() -> None:
    res = answer("By how much are water tariffs in Kestrelbaai going up this year?", table_docs(_TARIFFS))
    assert_values(res, ["9.8%"], ["15.1%"])


def test_a_describing_word_names_no_other_kind() -> None:
    rows = [
        (
            date(2024, 5, 2),
            "Pellow Transit's new network starts on 1 July. A single adult fare will be cut to a flat $2.50, "
            "the transit board said.",
        ),
        (
            date(2024, 7, 3),
            "Bus riders in Pellow welcomed the new $2.50 flat fare on the first day of the new network.",
        ),
    ]
    res = answer("How much are adult bus fares?", table_docs(rows))
    assert_values(res, ["2.50"])


# ------------------------------------------------------------------------------------------------ dating


def test_a_month_told_as_gone_by_moves_an_undated_text_past_the_newest_evidence() -> None:
    dated = document(
        "Pellow council budget\n\nPellow council has published its draft budget. Property taxes would rise "
        "by 6.1% under the draft, the city's finance director said.",
        name="a",
        given="2023-03-30",
    )
    undated = document(
        "Looking back at the Pellow budget\n\nThe draft had called for a 6.1% property tax increase, but the "
        "final figure adopted by council at the end of May was lower, at 4.4%.",
        name="b",
    )
    est = corpus_dates(dated, undated)[undated.id]
    assert est.latest is not None and est.latest >= date(2023, 5, 25), dating.explain(est, undated)


def test_a_habit_or_an_estimates_month_does_not_move_an_undated_text() -> None:
    dated = document(
        "Flu season update\n\nThe Harrowgate health department reported 412 flu cases in the week to Sunday, "
        "up from 298, officials said.",
        name="a",
        given="2025-12-03",
    )
    undated = document(
        "Flu cases in Harrowgate are expected to rise again: transmission picks back up after kids return in "
        "January, according to the department's late December estimate.",
        name="b",
    )
    est = corpus_dates(dated, undated)[undated.id]
    assert est.earliest is not None and est.earliest.year == 2025, dating.explain(est, undated)
    assert est.latest is not None and est.latest.year == 2025, dating.explain(est, undated)


# ------------------------------------------------------------------------------------------------ purposes

_DOG_FEES = [
    (
        date(2024, 11, 5),
        "Marlby will raise dog licence fees from $30 to $45 next year. Administration said the increase is "
        "needed to cover the rising cost of the city's animal shelter contract.",
    ),
    (
        date(2024, 11, 19),
        "Marlby council approved the higher dog licence fees on Monday. The new fees will help pay for the "
        "city's animal shelter contract and allow the city to add a bylaw officer focused on animal control.",
    ),
]


def test_what_a_fee_rise_pays_for() -> None:
    res = answer("Why is Marlby raising dog licence fees?", table_docs(_DOG_FEES))
    assert any("animal shelter" in v for v in res.values), (res.values, res.explanation)
    assert any("bylaw officer" in v for v in res.values), (res.values, res.explanation)


@pytest.mark.parametrize(
    ("sentence", "causes"),
    [
        pytest.param(
            "Administration said the increase is needed to cover the rising cost of the city's animal "
            "shelter contract.",
            ["the rising cost of the city's animal shelter contract"],
            id="needed-to-cover",
        ),
        pytest.param(
            "The new fees will help pay for the city's animal shelter contract and allow the city to add a "
            "bylaw officer focused on animal control.",
            ["the city's animal shelter contract", "add a bylaw officer focused on animal control"],
            id="pay-for-and-allow",
        ),
    ],
)
def test_purposes_of_a_rise_are_causes(sentence: str, causes: list[str]) -> None:
    assert [c.fact.text for c in causes_in(sentence) if not c.rejected] == causes


# ---------------------------------------------------------------------------------- an event held over days

_FESTIVAL = [
    (
        date(2022, 8, 16),
        "The Hollins Cherry Blossom Festival will be held from November 17 to 19 in Jacaranda Park, "
        "organisers announced on Tuesday.",
    ),
    (
        date(2022, 9, 27),
        "The Hollins Cherry Blossom Festival has been shifted to November 24 to 26, a week later than "
        "planned, because the late spring has slowed the blossom, organisers said.",
    ),
]


def test_a_festival_held_over_days_is_a_range() -> None:
    res = answer("When will the Hollins Cherry Blossom Festival be held?", table_docs(_FESTIVAL))
    assert res.values and res.values[0] == "2022-11-24 to 2022-11-26", (res.values, res.explanation)
    assert "2022-11-17 to 2022-11-19" in [s.value for s in res.superseded], (res.superseded, res.explanation)


def test_a_festivals_opening_is_one_day() -> None:
    res = answer("When will the Hollins Cherry Blossom Festival open?", table_docs(_FESTIVAL))
    assert res.values and res.values[0] == "2022-11-24", (res.values, res.explanation)
    assert not any(" to " in v for v in res.values), (res.values, res.explanation)


# -------------------------------------------------------------------------------------------------- places

_GOAT_NEWS = (
    date(2023, 12, 4),
    "Brevik's Christmas goat, built by volunteers from straw rope, went up on Sunday at Kornet Square, the "
    "square in front of the old town hall.",
)
_GOAT_GUIDE = (
    None,
    "Every Christmas the town of Brevik, two hours north of Halvorby by train, unveils a straw goat. It "
    "stands on Kornet Square until Epiphany.",
)


@pytest.mark.parametrize(
    "rows",
    [
        pytest.param([_GOAT_NEWS, _GOAT_GUIDE], id="news-and-guide"),
        pytest.param(
            [_GOAT_GUIDE],
            id="guide-alone",
            marks=pytest.mark.xfail(
                strict=True,
                reason='the guide alone answers "2 hours", "Every Christmas" and "Halvorby": "It stands on '
                "Kornet Square\" is not read as the goat's place",
            ),
        ),
    ],
)
def test_where_a_thing_stands_not_where_its_town_lies(rows: list[tuple[date | None, str]]) -> None:
    res = answer("Where is the Brevik Christmas goat put up?", table_docs(rows))
    assert_values(res, ["Kornet Square"], ["north of"])


# ----------------------------------------------------------------------------------------------- pluperfect


def test_a_state_told_in_the_pluperfect_is_over() -> None:
    rows = [
        (
            date(2023, 10, 6),
            "The night walk at Ashgrove Gardens reopened tonight after a six-week closure.\n\nThe evening "
            "walk through Ashgrove Gardens had been closed since August 23 while contractors replaced the "
            "lanterns. Tickets cost $12 for adults.",
        ),
        (
            None,
            "Good news for night owls: the night walk at Ashgrove Gardens has reopened, and the new lanterns "
            "are lovely.",
        ),
    ]
    res = answer("Is the night walk at Ashgrove Gardens open again?", table_docs(rows))
    assert res.values and res.values[0].startswith("Yes"), (res.values, res.explanation)
    assert not any(v.startswith("No") for v in res.values), (res.values, res.explanation)
    assert res.conflict_type == "no_conflict", res.explanation
