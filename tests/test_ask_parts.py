"""Answers in several parts spread over sources: a figure per area, a holder per post, a sentence per
defendant, an amount per purpose. Each rule has a control row where it must not fire. Text written for
these tests, modelled on local news, court reports and council notices."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import analyzed_doc as _doc
from tidings.ask import _members_in, _role_parts, answer
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
