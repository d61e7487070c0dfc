"""Whether an event goes ahead: "will step off at 1pm" and "Yes, it's on" say it does; an answer in a
noticeboard thread ("A (Lyn P): Yes, it's on") answers the thread's "Q:" line past the other answers; and
advice to the public ("Motorists are being warned to avoid the CBD") takes no side. And a source that calls
a value last year's ("up from Rs 80 last year"), where another reports the change to that value in the year
its date is guessed at, was written a year later at the earliest."""

from __future__ import annotations

from datetime import date

from analyzed import rules_answer as answer
from analyzed import table_docs
from tidings.ask.common import ONE_WAY
from tidings.ask.yesno import _qa_question

_THREAD = (
    "Orrin Community Noticeboard\n\nQ: Does anyone know if the Easter parade is actually on this year? My "
    "mum heard they were short of volunteers.\n\nA (Lyn P): Yes, it's on - Easter Monday 21 April, 1pm "
    "start.\n\nA (Tony D): Yes confirmed, road closures from 11."
)


def test_an_answer_in_a_thread_answers_the_threads_question() -> None:
    at = _THREAD.index("A (Tony D)")
    assert _qa_question(_THREAD, at).startswith("Q: Does anyone know")
    assert _qa_question(_THREAD, _THREAD.index("A (Lyn P)")).startswith("Q: Does anyone know")


def test_control_a_line_under_prose_has_no_question() -> None:
    text = "Orrin News\n\nThe parade was a success.\nA: Yes, we agree."
    assert _qa_question(text, text.index("A: Yes")) == ""


def test_a_parade_that_will_step_off_is_going_ahead_and_advice_takes_no_side() -> None:
    rows = [
        (
            date(2025, 3, 5),
            "MEDIA RELEASE\n\nThe Orrin Easter Festival is delighted to confirm the 2025 Gala Parade will "
            "step "
            "off at 1pm on Easter Monday, 21 April.",
        ),
        (
            date(2025, 4, 14),
            "Road closures announced\n\nMotorists are being warned to avoid the CBD on Easter Monday "
            "afternoon, when the Orrin Easter Festival's Gala Parade winds through the centre.",
        ),
        (None, _THREAD.replace("Easter parade", "Orrin Easter Festival Gala Parade")),
    ]
    res = answer("Is the Orrin Easter Festival's Gala Parade going ahead this year?", table_docs(rows))
    assert res.conflict_type == "no_conflict", res.explanation
    assert res.values[0].startswith("Yes"), res.values
    assert ONE_WAY in res.explanation


_FEES = [
    (
        date(2022, 5, 9),
        "Hill Dispatch\n\nThe municipal council charges Rs 50 per day for cars at the Orrin Chowk parking "
        "lot.",
    ),
    (
        date(2023, 3, 29),
        "Orrin parking fees go up\n\nThe Orrin Municipal Council has increased the parking fee at Orrin "
        "Chowk from "
        "Rs 50 to Rs 80 per day for cars with effect from April 1.",
    ),
    (
        # a guessed date: the source's own text is all that places it
        date(2023, 6, 27),
        "Parking costlier in Orrin this summer\n\nTourists visiting Orrin this summer will pay Rs 100 per "
        "day to "
        "park a car at Orrin Chowk, up from Rs 80 last year, after the council approved a fresh revision.",
    ),
]
_FEE_Q = "As of June 2023, what did it cost to park a car for the day at the Orrin Chowk parking?"


def test_a_source_calling_a_value_last_years_was_written_after_that_value_began() -> None:
    res = answer(_FEE_Q, table_docs(_FEES), as_of=date(2023, 6, 30))
    assert res.conflict_type == "outdated", res.explanation
    assert res.values[:1] == ("Rs 80",), res.explanation


def test_control_a_value_merely_restated_does_not_date_the_other_source() -> None:
    rows = [
        _FEES[0],
        (date(2023, 3, 29), "Orrin parking\n\nThe parking fee at Orrin Chowk is Rs 80 per day for cars."),
        _FEES[2],
    ]
    res = answer(_FEE_Q, table_docs(rows), as_of=date(2023, 6, 30))
    assert res.values[:1] == ("Rs 100",), res.explanation
