"""Questions that ask for the sides of an argument (tidings.ask.sides_asked), and a refuted "No" that rests
on what the refuting source states rather than on its retelling of the rumour. Text written for these tests,
modelled on local news, council notices and community posts."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, rules_answer, table_docs
from tidings.ask import parse_question
from tidings.ask.sides_asked import sides_asked


@pytest.mark.parametrize(
    ("question", "cue"),
    [
        ("Why is the plan to close the Harbour Road pool controversial?", "controversial"),
        ("Why is the new cable route disputed?", "disputed"),
        ("What are the arguments for and against the 5% visitor levy?", "arguments for"),
        ("What are the pros and cons of the four-day week?", "pros and cons"),
        ("Who is to blame for the blackout in Pine Hollow?", "to blame"),
        ("Who was responsible for the flooding of the Kestle Lane estate?", "responsible"),
        ("What do landlords and tenants' groups say about the rent cap?", "say about"),
        ("What do teachers and parents think of the shorter summer holiday?", "think of"),
        # facts asked, not sides
        ("Why is the Harbour Road pool closing?", ""),
        ("Which agency runs the Harbour Road pool?", ""),
        ("What did the council say on Monday?", ""),
        ("How much is the visitor levy?", ""),
    ],
)
def test_the_words_that_ask_for_sides(question: str, cue: str) -> None:
    found = sides_asked(parse_question(question))
    assert (cue in found) if cue else not found, found


_POOL = [
    (
        date(2025, 3, 3),
        "Swimmers say closing the Harbour Road pool would leave 2,000 children without lessons, because the "
        "nearest pool is 20 miles away.",
    ),
    (
        date(2025, 3, 4),
        "The council says the Harbour Road pool costs £400,000 a year to run, and its roof needs replacing "
        "at a cost of £2 million.",
    ),
    (
        date(2025, 3, 5),
        "Harbour Road pool closure: what we know. The pool will shut on 31 May. Staff will be redeployed to "
        "the leisure centre.",
    ),
]


@pytest.mark.parametrize(
    ("question", "ctype"),
    [
        ("What do swimmers and the council say about closing the Harbour Road pool?", "conflicting_opinions"),
        ("Why is the plan to close the Harbour Road pool controversial?", "conflicting_opinions"),
        # the same sources, asked for a cause: one cause, no sides
        ("Why is the council closing the Harbour Road pool?", "no_conflict"),
    ],
)
def test_sources_asked_for_their_sides_disagree(question: str, ctype: str) -> None:
    res = rules_answer(question, table_docs(_POOL))
    assert res.conflict_type == ctype, res.explanation


def test_one_source_is_not_two_sides() -> None:
    res = rules_answer("Why is the plan to close the Harbour Road pool controversial?", table_docs(_POOL[:1]))
    assert res.conflict_type != "conflicting_opinions", res.explanation


# The council's notice retells the rumour before it denies it; the "No" rests on its plain statement.
_GALA = [
    (
        None,
        "Harbour Road Gala CANCELLED this year!! Council spent the money on parking meters. Share so "
        "everyone knows.",
    ),
    (
        date(2025, 6, 2),
        "Harbour Road Gala is going ahead\n\nWe are aware of posts on social media claiming that this year's "
        "Harbour Road Gala has been cancelled. This is not true.\n\nThe gala opens on Saturday 14 June with "
        "forty stalls.",
    ),
]


def test_a_refuted_no_rests_on_the_plain_statement() -> None:
    res = rules_answer("Has the Harbour Road Gala been cancelled this year?", table_docs(_GALA))
    assert res.conflict_type == "misinformation", res.explanation
    assert res.values[0].startswith("No")
    assert_values(res, ["going ahead"], ["cancelled", "CANCELLED"])
