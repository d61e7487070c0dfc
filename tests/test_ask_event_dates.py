"""Dates of the event asked about: the question's own participle names the event, a day of the year the
question names may be the answer, another clause's date before the event word is not the event's, a
year-less day takes the year a source states for it, and a question about two events or several parts gets
a date for each. Statuses ("still in force?") are answered by the newest end of the measure, and an acquittal
answers a question about a conviction.

Each row that must change an answer has a control beside it that must leave it alone.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from analyzed import analyzed_doc, table_docs
from analyzed import rules_answer as answer
from tidings.model import DateEstimate
from tidings.timex import tag

_MAR = date(2024, 3, 15)
_SEP = date(2025, 9, 10)


@pytest.mark.parametrize(
    ("question", "rows", "want", "unwanted"),
    [
        pytest.param(
            "When is Liam Dwyer due to be sentenced?",
            [
                (
                    _MAR,
                    "Liam Dwyer, arrested on 2 January, will be sentenced on June 12th, the judge said.",
                )
            ],
            "2024-06-12",
            "2024-01-02",
            id="question-participle-names-the-event",
        ),
        pytest.param(
            "When does the 2025 Ardmore Book Fair open?",
            [
                (
                    _SEP,
                    "The Ardmore Book Fair's programme, unveiled at the Town Hall on Tuesday evening, opens "
                    "on Thursday 16 October 2025 with a reading by the poet Ana Reyes.",
                )
            ],
            "2025-10-16",
            "2025-09-09",
            id="full-date-of-the-year-the-question-names",
        ),
        pytest.param(
            "When does the Ardmore Book Fair open?",
            [(_SEP, "Tickets for the Ardmore Book Fair, which opens in November, went on sale on Tuesday.")],
            "November 2025",
            None,
            id="control-a-lone-month-is-still-the-answer",
        ),
        pytest.param(
            "When will the two new wings of the Corran Museum reopen?",
            [
                (_SEP, "The Corran Museum will reopen its new North Wing on March 14, 2026."),
                (_SEP, "The Corran Museum's South Wing will reopen on June 6, 2026, officials said."),
            ],
            "2026-06-06",
            None,
            id="several-parts-each-source-its-own-date",
        ),
    ],
)
def test_event_date(question: str, rows: list[tuple[date, str]], want: str, unwanted: str | None) -> None:
    res = answer(question, table_docs(rows))
    assert want in res.values, (res.values, res.explanation)
    if unwanted is not None:
        assert unwanted not in res.values, (res.values, res.explanation)


_OPEN = "The Ardmore Book Fair will open for its tenth year on 16 October 2025, organisers said."
_CLOSE = "The Ardmore Book Fair will close on 26 October 2025 after ten days of readings."


@pytest.mark.parametrize(
    ("question", "want"),
    [
        pytest.param(
            "When will the Ardmore Book Fair open for its tenth year, and when will it close?",
            {"2025-10-16", "2025-10-26"},
            id="two-events-each-get-a-date",
        ),
        pytest.param(
            "When will the Ardmore Book Fair open for its tenth year?",
            {"2025-10-16"},
            id="control-one-event-one-date",
        ),
    ],
)
def test_each_event_asked_gets_its_date(question: str, want: set[str]) -> None:
    res = answer(question, table_docs([(_SEP, _OPEN), (_SEP, _CLOSE)]))
    assert set(res.values) == want, (res.values, res.explanation)


def test_year_less_day_takes_the_year_a_source_states() -> None:
    """An undated follow-up's "12 June", read in the year its text only suggests, is the day another source
    states with its year, not a day a year earlier."""
    follow_up = "Liam Dwyer is due to be sentenced on 12 June, his solicitor told the court."
    guessed = DateEstimate(date(2023, 1, 1), date(2023, 12, 31), "year", 0.4, "content-year")
    undated = replace(
        analyzed_doc("d2", None, follow_up), date=guessed, timexes=tuple(tag(follow_up, date(2023, 3, 1)))
    )
    docs = [
        analyzed_doc(
            "d1", _MAR, "The judge adjourned the case of Liam Dwyer for sentencing to 12 June 2024."
        ),
        undated,
    ]
    assert "2023-06-12" in {t.value for t in undated.timexes}  # the premise: the guessed year misleads
    res = answer("When is Liam Dwyer due to be sentenced?", docs)
    assert res.values == ("2024-06-12",), (res.values, res.explanation)


_BAN = (
    "Marrow Water has imposed a hosepipe ban on customers of the Lough Tarran supply from 10 July 2025 "
    "until 10 August 2025."
)
_BAN_EXTENDED = "The hosepipe ban on the Lough Tarran supply has been extended until 30 September 2025."
_BAN_LIFTED = "Marrow Water has lifted the hosepipe ban on the Lough Tarran supply with immediate effect."


@pytest.mark.parametrize(
    ("rows", "verdict", "day"),
    [
        pytest.param(
            [(date(2025, 7, 8), _BAN), (date(2025, 8, 6), _BAN_EXTENDED), (date(2025, 9, 12), _BAN_LIFTED)],
            "No",
            "2025-09-12",
            id="lifted-ban-is-no-longer-in-force",
        ),
        pytest.param(
            [(date(2025, 7, 8), _BAN), (date(2025, 8, 6), _BAN_EXTENDED)],
            "Yes",
            None,
            id="control-extended-ban-still-in-force",
        ),
    ],
)
def test_in_force(rows: list[tuple[date, str]], verdict: str, day: str | None) -> None:
    res = answer("Is the hosepipe ban on the Lough Tarran supply still in force?", table_docs(rows))
    assert res.values and res.values[0].startswith(verdict), (res.values, res.explanation)
    if day is not None:
        assert day in res.values and res.as_of == day, (res.values, res.explanation)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        pytest.param(
            "Former Tarran councillor Joe Bryce has been acquitted of fraud after a two-week trial.",
            "No",
            id="acquitted-is-not-convicted",
        ),
        pytest.param(
            "Former Tarran councillor Joe Bryce has been convicted of fraud after a two-week trial.",
            "Yes",
            id="control-convicted",
        ),
    ],
)
def test_verdict_words_answer_a_conviction_question(text: str, verdict: str) -> None:
    res = answer("Was former Tarran councillor Joe Bryce convicted of fraud?", table_docs([(_MAR, text)]))
    assert res.values and res.values[0].startswith(verdict), (res.values, res.explanation)
