"""A live page's title line dates the page, and a report of a step done "this morning" or "on Saturday" is
dated by the day another, dated report announced for that step."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import corpus_dates, document
from tidings import dating


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("LIVE: Kelby business breakfast - Thursday 12 September 2024", date(2024, 9, 12)),
        ("Live updates | Kelby council budget vote, 3 March 2025", date(2025, 3, 3)),
        # a plain title naming an event's day is no page date
        ("control: Kelby concert - Saturday 14 June 2025", None),
    ],
)
def test_a_live_pages_title_line_dates_the_page(line: str, day: date | None) -> None:
    d = document(line.removeprefix("control: ") + "\n08:14 The mayor opens the meeting.\n08:30 Questions.")
    est = dating.date_document(d)
    if day is None:
        assert est.rule != "header-live", est
    else:
        assert (est.earliest, est.latest, est.rule) == (day, day, "header-live"), est


_ANNOUNCEMENT = (
    "Kelby News\n\nThe school board voted on Wednesday to hire Dr. Adele Lindqvist as superintendent. She "
    "will start on January 8, replacing acting superintendent Paul Moen."
)


@pytest.mark.parametrize(
    ("report", "first", "last"),
    [
        (
            "Radio Kelby\n\nDr. Adele Lindqvist started as superintendent this morning, greeting buses at "
            "the high school.",
            date(2024, 1, 8),
            date(2024, 1, 8),
        ),
        # told on the weekday the announced day fell on: written that day or in the week after
        (
            "Radio Kelby\n\nDr. Adele Lindqvist started as superintendent on Monday, greeting buses at the "
            "school.",
            date(2024, 1, 8),
            date(2024, 1, 14),
        ),
    ],
)
def test_a_step_done_today_takes_the_day_it_was_announced_for(report: str, first: date, last: date) -> None:
    told = document(_ANNOUNCEMENT, given="2023-11-09", name="d1")
    done = document(report, name="d2")
    est = corpus_dates(told, done)[done.id]
    assert (est.earliest, est.latest, est.rule) == (first, last, "corpus-announced"), est


@pytest.mark.parametrize(
    "report",
    [
        # another weekday than the announced day's (January 8, 2024 was a Monday)
        "Radio Kelby\n\nDr. Adele Lindqvist started as superintendent on Tuesday, greeting buses.",
        # another step
        "Radio Kelby\n\nDr. Adele Lindqvist resigned as superintendent this morning.",
        # another person
        "Radio Kelby\n\nDr. Ruth Okafor started as principal this morning at Kelby High.",
    ],
)
def test_control_a_report_of_another_step_or_day_is_not_dated_by_the_announcement(report: str) -> None:
    told = document(_ANNOUNCEMENT, given="2023-11-09", name="d1")
    done = document(report, name="d2")
    assert corpus_dates(told, done)[done.id].rule != "corpus-announced"
