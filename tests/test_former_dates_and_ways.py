"""Dates a story tells as former right after the event's new date, the way a figure moved when its cue
follows it, and a year-less dateline whose weekdays put it after the question's date."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, table_docs
from analyzed import rules_answer as answer
from tidings.evaluate import analyze_case

_PAVILION = [
    (
        date(2024, 2, 6),
        "Tarrow pavilion closed for roof replacement\n\nThe Tarrow beach pavilion will be closed from "
        "February 12 while its roof is replaced. The Tarrow beach pavilion is expected to reopen in May "
        "2024.",
    ),
    (
        date(2024, 4, 23),
        "Rotten trusses push pavilion reopening to July\n\nMunicipal staff now expect the Tarrow beach "
        "pavilion to reopen in early July, the director of parks told council on Tuesday.",
    ),
    # the highlights are misdated before the report of July, as a guess from the pile can be
    (
        date(2024, 4, 12),
        "Council meeting highlights, Tuesday\n\n- Tarrow beach pavilion: Staff reported that the pavilion is "
        "now expected to reopen on September 14. The project was originally due to finish in May, then early "
        "July; further delays came from the late delivery of the trusses.",
    ),
]


def test_former_dates_after_the_new_one_order_the_reports() -> None:
    res = answer("When will the Tarrow beach pavilion reopen?", table_docs(_PAVILION))
    assert res.conflict_type == "outdated", res.explanation
    assert_values(res, ["09-14"], absent=["2024-07", "July"])


_LIBRARY = [
    (
        date(2024, 8, 14),
        "New Tarrow library to open on 9 September\n\nThe council is pleased to confirm that the new Tarrow "
        "library on Quay Street will open to the public on Monday 9 September 2024 at 10am.",
    ),
    (
        date(2024, 8, 16),
        "Library date confirmed at last\n\nThe long-awaited Tarrow library will finally open its doors on "
        "Monday, 9 September, the council announced on Wednesday. The building was originally due to open "
        "before Christmas, but fit-out works pushed the date back.",
    ),
]


def test_a_former_date_nobody_announced_is_background() -> None:
    res = answer("When does the new Tarrow library open to the public?", table_docs(_LIBRARY))
    assert res.conflict_type == "no_conflict", res.explanation
    assert_values(res, ["2024-09-09"])


_METRO = [
    (
        date(2019, 9, 18),
        "TARROW, Sept 18: The detailed project report for the Tarrow light metro has put the cost of the "
        "first phase at Rs 8,500 crore, officials said on Wednesday.",
    ),
    # the same day's cabinet decision: the dates cannot order the figures, the way they moved can
    (
        date(2019, 9, 18),
        "Tarrow light metro gets state nod\n\nThe state cabinet on Wednesday approved the Tarrow light metro "
        "at a revised cost of Rs 11,368 crore, {way} Rs 9,720 crore, citing higher tunnelling costs.",
    ),
    (
        date(2024, 2, 9),
        "When the light metro was first proposed in 2019, at an estimated Rs 8,500 crore, the city was told "
        "work would begin within two years. Five years on, the cost of the Tarrow light metro has risen.",
    ),
]


@pytest.mark.parametrize(
    ("way", "newest"),
    [
        pytest.param("up from", "Rs 11,368 crore", id="up-from-after-the-value"),
        pytest.param("against", None, id="no-way"),
    ],
)
def test_the_way_a_figure_moved_may_follow_it(way: str, newest: str | None) -> None:
    rows = [_METRO[0], (_METRO[1][0], _METRO[1][1].format(way=way)), _METRO[2]]
    res = answer("What is the estimated cost of the Tarrow light metro?", table_docs(rows))
    if newest is None:
        assert res.values != ("Rs 11,368 crore",), res.explanation
    else:
        assert res.values == (newest,), res.explanation
        assert res.conflict_type == "outdated", res.explanation


def test_weekdays_put_a_yearless_dateline_after_the_question_date() -> None:
    case = {
        "id": "t-aurel",
        "question": "When is the launch of the Tarrow-3 satellite scheduled?",
        "question_date": "2025-09-01",
        "documents": [
            {
                "id": "d1",
                "date": "2025-08-20",
                "text": "Tarrow-3 launch slips a week\n\nThe launch of the Tarrow-3 satellite has been "
                "postponed by a week, to September 16, after engineers found a faulty valve.",
            },
            {
                "id": "d2",
                "date": None,
                "text": "NORDHAVN, Sept 12 - The launch of the Tarrow-3 satellite has been delayed again, to "
                "October 2, because of a military exercise in the range area, organisers said on Friday.\n\n"
                "The satellite had been due to lift off next Tuesday, September 16.",
            },
        ],
    }
    ac = analyze_case(case)
    dated = {a.doc.external_id: a.date for a in ac.analyzed}
    # 12 September 2025 is a Friday and 16 September 2025 a Tuesday: not 2024, the year before the question
    assert dated["d2"].earliest == date(2025, 9, 12), dated["d2"]


@pytest.mark.parametrize(
    ("own", "kept", "refuted"),
    [
        pytest.param(
            " It will officially open on Saturday 16 March 2024.", "2024-03-16", "2023-12-01", id="own-date"
        ),
        pytest.param("", "2023-12-01", None, id="no-date-of-its-own"),
    ],
)
def test_a_date_reported_as_claimed_beside_the_sources_own_is_disputed(
    own: str, kept: str, refuted: str | None
) -> None:
    rows = [
        (
            date(2023, 11, 20),
            "BIG NEWS TARROW! The new indoor sports hub on Campbell Street will have its GRAND OPENING on "
            "Friday 1 December 2023! Just like and share to win a membership.",
        ),
        (
            date(2023, 11, 22),
            "Tarrow Council | News\n\nCouncil is aware of a Facebook page which is claiming the new Tarrow "
            f"indoor sports hub will open on 1 December and offering free memberships.{own}",
        ),
    ]
    res = answer("When will Tarrow's new indoor sports hub open?", table_docs(rows))
    assert_values(res, [kept])
    if refuted is not None:
        assert res.conflict_type == "misinformation", res.explanation
        assert_values(res, [kept], absent=[refuted])
