"""A verb beyond a comma rarely tells an expression's tense; a text bounded only by a future day is written
in the months before it; a year-less weekday ahead of a pile's newest report dates a text near it rather
than years before; a future day outweighs a loosely similar story or a figure another report gives
as current; a levy's rate is a sum per unit; a refuted report's subject must open a word; an
outdated value's own starting day is when it took hold. Text written for these tests, modelled on budget
reports, bike-share news, grant notices and newspaper correction columns."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, corpus_dates, document, rules_answer, table_docs
from tidings import dating
from tidings.dating._figures import current_figures, old_figures
from tidings.timex._tense import TenseFinder


@pytest.mark.parametrize(
    ("text", "expr", "tense"),
    [
        (
            "Treasury will increase the Health Promotion Levy to 2.21 cents per gram from 1 April 2022, up "
            "from 2.1 cents, the first adjustment since the tax was introduced four years ago.",
            "1 April 2022",
            "future",
        ),
        ("Industry had lobbied for a moratorium until 2026, arguing jobs were lost.", "2026", "future"),
        ("The budget, first due in February, was postponed.", "February", "past"),
        ("The budget, originally expected in March, was delayed.", "March", "past"),
        # a verb before the expression in its own clause still governs it
        ("The plant closed on 3 May, workers said.", "3 May", "past"),
    ],
)
def test_clause_tense(text: str, expr: str, tense: str) -> None:
    start = text.index(expr)
    assert TenseFinder(text).tense(start, start + len(expr)) == tense


@pytest.mark.parametrize(
    ("text", "old", "current"),
    [
        ("Currently on 24 cent export. Anyone seeing better than 24c?", set(), {"24c"}),
        ("It will cut the rate to 18.5 cent per kWh, down from 24 cent.", {"24c"}, {"18.5c"}),
        ("The levy had been 2.21 cents since 2022.", {"2.21c"}, set()),
        ("The fare was previously $5.20 a trip.", {"$5.20"}, set()),
        ("Doors open at 5 p.m. on Friday.", set(), set()),
    ],
)
def test_sums_in_cents_and_old_values(text: str, old: set[str], current: set[str]) -> None:
    doc = document(text)
    assert old_figures(doc) == old
    assert current_figures(doc) == current


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Treasury will increase the levy to 2.21 cents per gram from 1 April 2022, officials said.", 2022),
        ("The new timetable will start on 14 January 2024, the operator said.", 2023),
        # a goal's year is often years ahead: no year of writing
        ("The council will reach net zero by 2030, the leader said.", None),
    ],
)
def test_a_text_bounded_only_by_a_future_day(text: str, year: int | None) -> None:
    est = dating.date_document(document(text), reference=None)
    got = est.earliest.year if est.earliest is not None else None
    assert got == year, est
    if year is not None:
        assert est.latest is not None and est.latest <= date(year + 1, 12, 31), est


_NEWEST = (
    "Regular users of the Ashdown scheme say broken bikes have become the norm. Velora Mobility, the "
    "operator, blamed a shortage of spare parts."
)
_TAKEOVER = (
    "Pedal Eire will take over the running of Ashdown's bike-share scheme on Saturday, 1 March, after the "
    "transport authority ended Velora Mobility's contract early. Subscriptions carry over."
)


@pytest.mark.parametrize(
    ("newest", "first", "last"),
    [
        # 1 March is a Saturday in 2025 and in 2014: 2025 lies months after the newest report, 2014 years
        # before it
        ("2024-10-14", date(2025, 2, 1), date(2025, 3, 1)),
        # a pile whose newest report is of 2014 keeps that Saturday
        ("2014-01-20", date(2014, 1, 1), date(2014, 3, 1)),
    ],
)
def test_a_weekday_ahead_of_the_newest_report(newest: str, first: date, last: date) -> None:
    dated = document(_NEWEST, given=newest, name="d1")
    undated = document(_TAKEOVER, name="d2")
    est = corpus_dates(dated, undated)[undated.id]
    assert est.earliest is not None and first <= est.earliest <= last, est


def test_a_future_day_outweighs_a_loosely_similar_story() -> None:
    dated = document(
        "OPINION: Freeze the sugar tax. The levy, currently 2.21 cents per gram, has cost jobs across the "
        "value chain, BevSA says. Treasury tables the next budget in February.",
        given="2024-11-05",
        name="d1",
    )
    undated = document(
        "Treasury will increase the levy to 2.21 cents per gram from 1 April 2022, up from 2.1 cents. BevSA "
        "said the sector was still recovering and warned of job losses in the value chain.",
        name="d2",
    )
    est = corpus_dates(dated, undated)[undated.id]
    assert est.earliest is not None and est.earliest.year == 2022, est


def test_a_sum_per_unit_answers_a_rate() -> None:
    rows = [
        (date(2019, 2, 20), "The Health Promotion Levy stays at 2.1 cents per gram of sugar, Treasury said."),
        (
            date(2025, 3, 12),
            "Treasury confirmed the Health Promotion Levy will rise to 2.31 cents per gram of sugar from 1 "
            "April 2025.",
        ),
    ]
    res = rules_answer("What is the current rate of the Health Promotion Levy?", table_docs(rows))
    assert_values(res, ["2.31 cents"], ["2.1 cents"])


def test_a_refuted_reports_subject_must_open_a_word() -> None:
    rows = [
        (
            date(2025, 3, 18),
            "As at 14 March 2025, the cyclone reinsurance pool has paid $120 million in reinsurance "
            "recoveries to participating insurers for claims arising from Cyclone Marlo.",
        ),
        (
            date(2025, 3, 19),
            'An article published on Tuesday, "Reinsurance pool pays $1.2 billion for Marlo", incorrectly '
            "reported the amount paid by the cyclone reinsurance pool. The correct figure is $120 million.",
        ),
        (date(2025, 3, 18), "The reinsurance pool has paid $1.2 billion to insurers for Cyclone Marlo."),
    ]
    res = rules_answer(
        "How much has the cyclone reinsurance pool paid out so far for Cyclone Marlo claims?",
        table_docs(rows),
    )
    assert_values(res, ["$120 million"], ["$1.2 billion"])


def test_an_outdated_values_own_day_is_its_as_of() -> None:
    rows = [
        (date(2021, 3, 8), "Bergen residents can apply for an e-bike grant of up to NOK 5,000."),
        (
            date(2022, 4, 5),
            "Bergen's e-bike grant rose to NOK 7,000 on 1 April, up from NOK 5,000, after a committee vote.",
        ),
        (date(2022, 6, 20), "Bergen's e-bike grant has now been paid to more than 6,000 residents."),
    ]
    res = rules_answer("How much is Bergen's e-bike grant?", table_docs(rows))
    assert res.conflict_type == "outdated", res.explanation
    assert_values(res, ["NOK 7,000"])
    assert res.as_of == "2022-04-01", res.explanation


def test_control_a_value_without_its_own_day_holds_as_of_the_newest_report() -> None:
    rows = [
        (date(2021, 3, 8), "Bergen residents can apply for an e-bike grant of up to NOK 5,000."),
        (date(2022, 3, 15), "The finance committee voted to raise the e-bike grant to NOK 7,000."),
        (date(2022, 6, 20), "Bergen's e-bike grant has now been paid to more than 6,000 residents."),
    ]
    res = rules_answer("How much is Bergen's e-bike grant?", table_docs(rows))
    assert_values(res, ["NOK 7,000"])
    assert res.as_of == "2022-06-20", res.explanation


def test_control_a_future_day_outweighs_an_old_figure() -> None:
    dated = document(
        "Short stays at the Harbourside car park now cost 90p for 30 minutes.", given="2024-04-02"
    )
    undated = document(
        "Parking in Tolland Quay's council car parks will cost £1.20 an hour from Monday 3 April 2023, up "
        "from 90p, the district council has confirmed.",
        name="d2",
    )
    est = corpus_dates(dated, undated)[undated.id]
    assert est.earliest is not None and est.earliest <= date(2023, 4, 3), est
