"""A post asked of as of a date goes to whoever held it then: a successor whose start a source gives as a
later day ("will join on 1 July 2024") is not yet in post, and the interim holder is the answer."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, table_docs
from analyzed import rules_answer as answer

_QUESTION = "Who is the chief executive of Marden Water?"

_ROWS = [
    (
        date(2024, 1, 22),
        "Marden Water boss quits\n\nMarden Water's chief executive Paul Okafor has resigned with immediate "
        "effect. Finance director Helen Rigby will serve as interim chief executive while a permanent "
        "replacement is found.",
    ),
    (
        date(2024, 3, 12),
        "Marden Water's interim chief executive Helen Rigby told MPs on Tuesday that the company would "
        "spend £800m on storm overflows.",
    ),
    (
        date(2024, 5, 8),
        "Marden Water - Announcement\n\nMarden Water has named Samir Naidoo as its new chief executive. "
        "Mr Naidoo will join Marden Water on 1 July 2024. Helen Rigby will continue as interim chief "
        "executive until Mr Naidoo's arrival.",
    ),
]


@pytest.mark.parametrize(
    ("as_of", "holder", "not_holder"),
    [
        pytest.param(date(2024, 6, 1), "Helen Rigby", "Samir Naidoo", id="successor-not-yet-in-post"),
        pytest.param(date(2024, 9, 1), "Samir Naidoo", "Paul Okafor", id="control-after-the-start"),
    ],
)
def test_the_holder_on_the_question_date(as_of: date, holder: str, not_holder: str) -> None:
    res = answer(_QUESTION, table_docs(_ROWS), as_of=as_of)
    assert_values(res, [holder], [not_holder])


def test_a_lone_future_holder_is_still_named() -> None:
    """Control: with nobody else named for the post, the incoming holder is the answer, not nothing."""
    rows = [
        (
            date(2024, 5, 8),
            "Marden Water - Announcement\n\nMarden Water has named Samir Naidoo as its new chief executive. "
            "Mr Naidoo will join Marden Water on 1 July 2024.",
        )
    ]
    res = answer(_QUESTION, table_docs(rows), as_of=date(2024, 6, 1))
    assert any("Samir Naidoo" in v for v in res.values), (res.values, res.explanation)
