"""Answers in several parts spread over sources: a figure per area, a holder per post, a sentence per
defendant, an amount per purpose. Each rule has a control row where it must not fire. Text written for
these tests, modelled on local news, court reports and council notices."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import analyzed_doc as _doc
from analyzed import rules_answer as answer
from tidings.ask import parse_question
from tidings.ask.members import _COUNT_Q, _member_type, _members_in
from tidings.ask.people import _role_parts
from tidings.model import Analyzed

# ------------------------------------------------------------------------- a figure per coordinated area

_GRID = _doc(
    "g1",
    date(2024, 12, 8),
    "Engineers are restoring supplies to 12,300 customers in the Westvale area who lost power as Storm "
    "Orla brought gusts of 80mph overnight.",
)
_COAST = _doc(
    "g2",
    None,
    "Storm Orla: as a result of salt spray on equipment, 4,100 Harbourline Energy customers are still "
    "without electricity along the coast.",
)


@pytest.mark.parametrize(
    ("question", "expected", "ctype"),
    [
        # each area's own report words the figure its own way; each part keeps its figure
        (
            "How many customers lost power during Storm Orla in the Westvale and Harbourline Energy areas?",
            {"12,300", "4,100"},
            "complementary",
        ),
        # control: one area asked about, the other area's figure is not its answer
        ("How many customers lost power during Storm Orla in the Westvale area?", {"12,300"}, "no_conflict"),
    ],
)
def test_figure_per_area(question: str, expected: set[str], ctype: str) -> None:
    ans = answer(question, [_GRID, _COAST])
    assert (set(ans.values), ans.conflict_type) == (expected, ctype)


# ------------------------------------------------------------------------- a holder per coordinated post


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who are the new captain and vice-captain of Dunmore RFC?", ["captain", "vice-captain"]),
        (
            "Who are the Harwick Choir's new principal conductor and new accompanist?",
            [],  # control: "accompanist" is no post the role list knows
        ),
        ("Who are the Harwick Orchestra's new music director and new leader?", ["music director", "leader"]),
        ("Who won the fiction and non-fiction prizes?", []),  # control: prizes are not posts
        ("Who is the new captain of Dunmore RFC?", []),  # control: one post
    ],
)
def test_role_parts(question: str, expected: list[str]) -> None:
    assert _role_parts(question) == expected


_ORCH: list[Analyzed] = [
    _doc(
        "o1",
        date(2024, 2, 13),
        "Harwick Philharmonic names Ines Talbot music director\n\nThe Harwick Philharmonic has appointed "
        "Ines Talbot as its next music director. She succeeds Karl Brenner, who has held the post since "
        "2010.",
    ),
    _doc(
        "o2",
        None,
        "FRIENDS' NEWSLETTER\n\nWe are delighted to welcome violinist Marek Oduya as the orchestra's new "
        "leader after a long search. He takes his seat in September.",
    ),
]


@pytest.mark.parametrize(
    ("question", "expected", "ctype"),
    [
        (
            "Who are the Harwick Philharmonic's new music director and new leader?",
            {"Ines Talbot", "Marek Oduya"},
            "complementary",
        ),
        # control: one post asked about; the predecessor named beside her is not a part
        ("Who is the Harwick Philharmonic's new music director?", {"Ines Talbot"}, "no_conflict"),
    ],
)
def test_holder_per_post(question: str, expected: set[str], ctype: str) -> None:
    ans = answer(question, _ORCH)
    assert expected <= set(ans.values)
    assert ans.conflict_type == ctype
    assert "Karl Brenner" not in ans.values


# ------------------------------------------------------------------------- a sentence per defendant


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ross Vale was jailed for four and a half years on Thursday.", ["four and a half years"]),
        ("Ross Vale was jailed for a half-day hearing on Thursday.", []),  # control: no length of time
    ],
)
def test_half_durations(sentence: str, expected: list[str]) -> None:
    assert _members_in(sentence, "duration", set(), "") == expected


_COURT: list[Analyzed] = [
    _doc(
        "c1",
        date(2024, 10, 11),
        "Depot boss jailed for seven years over £2m fraud\n\nThe owner of a Brayford storage firm has been "
        "jailed for seven years for a fraud against retailers.",
    ),
    _doc(
        "c2",
        None,
        "Second man jailed over Brayford depot fraud\n\nOwen Tate, 41, the firm's former accountant, was "
        "jailed for three and a half years at Marlow Crown Court on Thursday.",
    ),
]


def test_member_below_headline() -> None:
    # the second story's headline matches the question best but names no sentence; its body does
    ans = answer(
        "What prison sentences did the two men convicted over the Brayford depot fraud receive?", _COURT
    )
    assert (set(ans.values), ans.conflict_type) == (
        {"seven years", "three and a half years"},
        "complementary",
    )


def test_member_below_headline_control() -> None:
    # control: one defendant's story only, one sentence
    ans = answer(
        "What prison sentences did the two men convicted over the Brayford depot fraud receive?", _COURT[:1]
    )
    assert (list(ans.values), ans.conflict_type) == (["seven years"], "no_conflict")


# ------------------------------------------------------------------------- shares of a whole


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How is the county's £8m parks fund being spent?", "money"),
        ("How will the £40,000 prize pot be split?", "money"),
        ("How is the county's parks fund run?", "name"),  # control: not shares of a whole
        ("What are the museum's opening hours?", "hours"),
        ("What are the museum's most popular galleries?", "name"),  # control
    ],
)
def test_share_and_hours_questions(question: str, kind: str) -> None:
    assert _member_type(parse_question(question)) == kind


_FUND: list[Analyzed] = [
    _doc(
        "f1",
        date(2025, 4, 2),
        "Marden Council is to spend £8m on its parks this year. The largest share, £5.5m, will go on new "
        "play areas across 30 parks.",
    ),
    _doc(
        "f2",
        None,
        "MARDEN COUNCIL - CABINET MINUTES\n\nRESOLVED: that £2m of the parks fund be allocated to tree "
        "planting and £0.5m to public toilets.",
    ),
]


def test_shares_of_fund() -> None:
    ans = answer("How is Marden Council's £8m parks fund being spent?", _FUND)
    assert (set(ans.values), ans.conflict_type) == ({"£5.5m", "£2m", "£0.5m"}, "complementary")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The council will spend £5.5m on play areas.", ["£5.5m"]),
        ("The council will spend £5.5 million on play areas.", ["£5.5 million"]),
        ("The council said 5 more parks would open.", []),  # control: no currency
    ],
)
def test_glued_amounts(sentence: str, expected: list[str]) -> None:
    assert _members_in(sentence, "money", set(), "") == expected


# ------------------------------------------------------------------------- hours of the day


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Monday to Friday: 9.30am to 4pm (last entry 3.30pm)", ["9.30am to 4pm"]),
        ("At weekends the gallery is open 10am-6pm.", ["10am to 6pm"]),
        ("We found it closed on Tuesdays.", ["closed on Tuesdays"]),
        ("Tours run at 11am and 2pm.", []),  # control: times, not a span
        ("The gallery closed on Tuesday for repairs.", []),  # control: one day's closure
    ],
)
def test_hours_members(sentence: str, expected: list[str]) -> None:
    assert _members_in(sentence, "hours", set(), "") == expected


# ------------------------------------------------------------------------- clubs, and a counted list

_CUP: list[Analyzed] = [
    _doc(
        "k1",
        date(2024, 3, 30),
        "Ashby Rovers 2 Kelton United 0\n\nAshby Rovers booked their place in the Marsh Cup final with a "
        "composed display. Dan Holt and Sam Reeve scored.",
    ),
    _doc(
        "k2",
        None,
        "Brill Town 1 Oxley Athletic 1 (Brill win 4-3 on penalties)\n\nGoalkeeper Tom Lyle saved Oxley's "
        "last kick as Brill Town reached the Marsh Cup final.",
    ),
]


def test_clubs_in_final() -> None:
    ans = answer("Which two clubs will contest the Marsh Cup final?", _CUP)
    assert (set(ans.values), ans.conflict_type) == ({"Ashby Rovers", "Brill Town"}, "complementary")


@pytest.mark.parametrize(
    ("question", "n"),
    [
        ("Which two clubs will contest the final?", "two"),
        ("What sentences did the three men receive?", "three"),
        ("What did the two-year study find?", None),  # control: a count of years, not of members
        ("Which clubs reached the final?", None),  # control: no count
    ],
)
def test_count_in_question(question: str, n: str | None) -> None:
    m = _COUNT_Q.search(question)
    assert (m.group("n") if m else None) == n


# ------------------------------------------------------------------------- listed symptoms and side effects


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The most common adverse event was dry mouth, reported by 9% of patients.", ["dry mouth"]),
        ("Adverse events: dry mouth 9% (high dose); headache 4% vs 2% placebo.", ["dry mouth", "headache"]),
        (
            "Several patients reported headaches and blurred vision after the first dose.",
            ["headaches", "blurred vision"],
        ),
        ("Parents said children were complaining of stomach pains since the weekend.", ["stomach pains"]),
        ("Brannock Pharma reports strong phase 3 results for its pill.", []),  # control: no listed item
        ("The company reported a 12% rise in sales.", []),  # control: a figure, not an item
    ],
)
def test_phrase_members(sentence: str, expected: list[str]) -> None:
    assert _members_in(sentence, "phrase", set(), "") == expected


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What side effects were reported in the trial of Dovrex?", "phrase"),
        ("What symptoms did the festival-goers report?", "phrase"),
        ("What products were reported in the recall?", "name"),  # control: not a class of complaints
    ],
)
def test_phrase_question(question: str, kind: str) -> None:
    assert _member_type(parse_question(question)) == kind


def test_side_effects_across_sources() -> None:
    docs = [
        _doc(
            "s1",
            date(2024, 6, 3),
            "Brannock announces Dovrex results\n\nDovrex was generally well tolerated. The most commonly "
            "reported adverse event was dry mouth, reported by 9% of patients.",
        ),
        _doc(
            "s2",
            None,
            "Abstract 114. Dovrex in chronic itch.\n\n"
            "Adverse events: dry mouth 9%; headache 4% vs 2% placebo.",
        ),
    ]
    ans = answer("What side effects were reported in the phase 2 trial of the itch drug Dovrex?", docs)
    assert (set(ans.values), ans.conflict_type) == ({"dry mouth", "headache"}, "complementary")
