"""Dotted dates are written day first ("With effect from 01.02.2024"), never a release number ("version
1.2.2024"); the day a change takes hold "with effect from" lies ahead of the notice; "shall remain closed from
27 May" speaks of days ahead, the participle after a linking verb being no past-tense verb; a figure a
sentence sets "with effect from" a day holds from that day, however far ahead of the notice; a town named to
place the thing asked about ("the peak near Kalhatti") may be left out by a home source. Text written for
these tests, modelled on forest department notices, district orders and travel news; places, people and
figures are invented."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import rules_answer, table_docs
from tidings import timex

Rows = list[tuple[date | None, str]]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        pytest.param("From 01.02.2024, the fee will rise.", [("2024-02-01", "future")], id="dotted"),
        pytest.param("Issued on 15.11.2023 by the office.", [("2023-11-15", "past")], id="dotted-past"),
        pytest.param(
            "Schools shall remain closed from 27.05.2024 to 30.06.2024.",
            [("2024-05-27", "future"), ("2024-06-30", "future")],
            id="remain-closed-is-ahead",
        ),
        pytest.param("It will stay closed from 3 June 2024.", [("2024-06-03", "future")], id="stay-closed"),
        pytest.param("The road remained shut on 3 March 2024.", [("2024-03-03", "past")], id="control-past"),
        pytest.param(
            "Ms Brennan has been appointed principal with effect from 1 September 2023.",
            [("2023-09-01", "future")],
            id="with-effect-from-is-ahead",
        ),
        pytest.param("Install version 1.2.2024 of the app.", [], id="control-version-number"),
        pytest.param("The score was 31.13.2024 points.", [], id="control-no-13th-month"),
    ],
)
def test_dotted_dates_and_tense(text: str, dates: list[tuple[str, str]]) -> None:
    got = [(t.value, t.tense) for t in timex.tag(text, None) if t.value[:1].isdigit()]
    assert got == dates


_FEE_Q = "As of March 2024, what was the entry fee for tourists visiting Kudregiri peak near Kalhatti?"
_FEE_NEWS = (
    date(2023, 5, 2),
    "Rs 50 fee for Kudregiri from this week\nKALHATTI: Tourists heading to Kudregiri peak must now pay an "
    "entry "
    "fee of Rs 50 per person, the forest department said.",
)


@pytest.mark.parametrize(
    ("notice", "value", "as_of"),
    [
        pytest.param(
            "FOREST DEPARTMENT, KALHATTY DIVISION\nPUBLIC NOTICE\nWith effect from 01.02.2024, the entry fee "
            "for Kudregiri shall be revised from Rs 50 to Rs 100 per person.",
            "Rs 100",
            date(2024, 2, 1),
            id="effective-day-of-the-new-fee",
        ),
        pytest.param(
            "FOREST DEPARTMENT, KALHATTY DIVISION\nPUBLIC NOTICE\nThe entry fee for Kudregiri shall be "
            "revised "
            "from Rs 50 to Rs 100 per person.",
            "Rs 100",
            date(2024, 1, 24),
            id="control-no-effective-day",
        ),
    ],
)
def test_a_figure_holds_from_its_effective_day(notice: str, value: str, as_of: date) -> None:
    res = rules_answer(_FEE_Q, table_docs([_FEE_NEWS, (date(2024, 1, 24), notice)]))
    assert res.values[:1] == (value,), (res.values, res.explanation)
    assert str(res.as_of)[:10] == as_of.isoformat(), (res.as_of, res.explanation)
