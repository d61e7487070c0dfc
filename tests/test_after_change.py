"""Questions that take a change as given (tidings.ask.after_change): the older value the sources name is
history, not a disagreement. Text written for these tests, modelled on sports, university and transport
news."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, rules_answer, table_docs
from tidings.ask import parse_question
from tidings.ask.after_change import change_taken_as_given


@pytest.mark.parametrize(
    ("question", "cue"),
    [
        ("Who is the new head coach of the Kestrel Bay women's team?", "new head coach"),
        ("Who has been appointed the next vice-chancellor of the University of Tarnmouth?", "appointed"),
        ("Who has Ardlow Rovers named as manager?", "named"),
        ("Who was appointed chief scientist of the Coastal Survey?", "appointed"),
        ("Who now runs the Fenmouth Hospitals Trust?", "now"),
        ("What is the new course record at the Lakeside 10K?", "record"),
        ("How many otters were counted on the Avonmere in the latest survey?", "latest"),
        ("How much will a day ticket cost from January 2026?", "January"),
        ("What is the national minimum wage per hour from 1 March 2025?", "March"),
        # asks what holds now, without saying it changed
        ("Who is the head coach of the Kestrel Bay women's team?", ""),
        ("What is the current course record at the Lakeside 10K?", ""),
        ("Who chairs the Fenmouth Hospitals Trust?", ""),
        # "new" names the thing, not the value asked for
        ("How much will the new Riverside branch library cost?", ""),
        ("When will the new Harbour Street bridge open?", ""),
        ("Who won the Ward 3 seat in the 2022 election?", ""),
    ],
)
def test_the_words_that_take_a_change_as_given(question: str, cue: str) -> None:
    found = change_taken_as_given(parse_question(question))
    assert (cue in found) if cue else not found, found


# The new coach named in every report; the previous one only as who she replaces.
_COACH = [
    (
        date(2026, 2, 9),
        "Kestrel Bay Football Club has named Marta Lindgren head coach of its women's team, replacing "
        "Joanne Pryce, who left for the national under-21 job last month.",
    ),
    (
        date(2026, 2, 11),
        "Marta Lindgren took charge of her first training session on Tuesday. The new head coach of the "
        "Kestrel Bay women's team said she wanted a faster, pressing side.",
    ),
]


def test_a_new_post_holder_every_source_names_is_no_conflict() -> None:
    new = rules_answer("Who is the new head coach of the Kestrel Bay women's team?", table_docs(_COACH))
    assert new.conflict_type == "no_conflict", new.explanation
    assert_values(new, ["Marta Lindgren"], ["Joanne Pryce"])
    assert any("after-change" in line for line in new.explanation)


def test_the_same_sources_asked_who_holds_the_post_still_show_the_change() -> None:
    plain = rules_answer("Who is the head coach of the Kestrel Bay women's team?", table_docs(_COACH))
    assert plain.conflict_type == "outdated", plain.explanation
    assert_values(plain, ["Marta Lindgren"], ["Joanne Pryce"])
