"""A report that gives a figure as the old value is later than a dated report of that figure
(tidings.dating._figures); tense cues for what is still awaited (a next update, a goal's date, a decision
expected in June); a goal or a sum still needed is no level reached; the place a figure is for, named by
an owner ("New Zealand's District Court"), may be left out by home reports. Text written for these tests,
modelled on justice ministry statistics, wage notices and community buyout newsletters."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, corpus_dates, document, rules_answer, table_docs
from tidings.ask.numbers import _place_names
from tidings.dating._figures import current_figures, old_figures
from tidings.timex._tense import TenseFinder


@pytest.mark.parametrize(
    ("text", "old", "current"),
    [
        ("The backlog rose to 1,480, up from 1,250 in February.", {"1,250"}, {"1,480"}),
        ("The wage rises 2 percent, from $22.70 to $23.15 an hour.", {"$22.70"}, {"2%", "$23.15"}),
        ("Waiting lists are down from a peak of 1,480 in October.", {"1,480"}, set()),
        ("Fares start from 1 April at £4.20, compared with £3.90 now.", {"£3.90"}, {"£4.20"}),
        # a date after "from" is no old value, and a year is no figure
        ("The new rate of $23.15 applies from 1 April 2024.", set(), {"$23.15"}),
        # a currency's letters before the amount, and a comma after it
        ("The adult fee becomes Rs 100, up from Rs 80.", {"rs80"}, {"rs100"}),
        ("Parking now costs DKK 25 an hour, up from DKK 20.", {"dkk20"}, {"dkk25"}),
        ("The rink cost $1,200, up from $900, the club said.", {"$900"}, {"$1,200"}),
    ],
)
def test_old_and_current_figures(text: str, old: set[str], current: set[str]) -> None:
    doc = document(text)
    assert old_figures(doc) == old
    assert current_figures(doc) == current


_NOTICE = "Payroll blog, 10 August\n\nThe current adult minimum wage is $22.70 per hour. Check your rates."
_LATER = "From Monday 1 April the adult minimum wage rises 2 percent, from $22.70 to $23.15 an hour."


@pytest.mark.parametrize(
    ("given", "day"),
    [
        ("2023-08-10", date(2024, 4, 1)),  # 1 April is a Monday in 2024 and in 2019
        ("2018-08-10", date(2019, 4, 1)),
    ],
)
def test_a_report_of_the_old_value_is_later_than_the_dated_report_of_it(given: str, day: date) -> None:
    dated = document(_NOTICE, given=given, name="d1")
    undated = document(_LATER, name="d2")
    est = corpus_dates(dated, undated)[undated.id]
    assert est.earliest == day, est
    # the old figure dates it; since the fortieth pass the Monday just after the newest report may already
    # have done so (dating._near_after), and the figure rule then leaves the date as it is
    assert est.rule in ("corpus-figure", "corpus-now"), est


def test_a_later_report_past_the_question_date_is_dated_after_it() -> None:
    dated = document(_NOTICE, given="2023-08-10", name="d1")
    undated = document(_LATER, name="d2")
    est = corpus_dates(dated, undated, reference=date(2023, 9, 1))[undated.id]
    assert est.earliest == date(2024, 4, 1), est


def test_control_a_figure_given_as_current_by_both_orders_nothing() -> None:
    dated = document(_NOTICE, given="2023-08-10", name="d1")
    undated = document("From Monday 1 April the adult minimum wage is $22.70 an hour.", name="d2")
    est = corpus_dates(dated, undated)[undated.id]
    assert est.rule != "corpus-figure"


@pytest.mark.parametrize(
    ("text", "expr", "tense"),
    [
        ("Median time to trial: 402 days.\n\nNext update: September 2023.", "September 2023", "future"),
        ("The next count is due in March.", "March", "future"),
        ("The trust was on track to reach its goal of 250 kiwi well before 2030.", "2030", "future"),
        ("The final decision is expected in June.", "June", "future"),
        # a plan told in the past lies on neither side
        ("The vote, which had been due on 1 May, will now take place later.", "1 May", "past"),
        ("The result was expected in June but came late.", "June", "past"),
    ],
)
def test_awaited_times(text: str, expr: str, tense: str) -> None:
    start = text.index(expr)
    assert TenseFinder(text).tense(start, start + len(expr)) == tense


@pytest.mark.parametrize(
    ("question", "places"),
    [
        ("How many jury trials are waiting in New Zealand's District Court?", {"new", "zealand's"}),
        ("What is the price of petrol in Estavia?", {"estavia"}),
        ("How many homes lost power in the Kelso Valley?", {"kelso", "valley"}),
        ("How many people attended the Storm Idris vigil?", set()),
    ],
)
def test_place_names_of_a_question(question: str, places: set[str]) -> None:
    assert _place_names(question) == places


def test_an_owner_left_out_by_a_home_report() -> None:
    rows = [
        (date(2022, 3, 15), "The number of jury trials waiting in the District Court climbed to 1,250."),
        (
            date(2023, 6, 20),
            "As at the end of May 2023, 1,320 jury trials were awaiting hearing in the District Court. This "
            "is down from 1,250 a year earlier.",
        ),
    ]
    res = rules_answer("How many jury trials are waiting in New Zealand's District Court?", table_docs(rows))
    assert_values(res, ["1,320"], ["1,250"])


@pytest.mark.parametrize(
    ("question", "text", "value", "counted"),
    [
        (
            "How many kiwi live in the Maungaroa Sanctuary?",
            "The survey counted 84 kiwi in the Maungaroa Sanctuary. The trust's goal is 250 kiwi by 2030.",
            "250",
            False,
        ),
        (
            "How much had the Inverbrae community raised?",
            "The Inverbrae group needs to raise £240,000. So far villagers have raised £62,000.",
            "£240,000",
            False,
        ),
        (
            "How many kiwi does the Maungaroa Sanctuary trust aim to have by 2030?",
            "The survey counted 84 kiwi in the Maungaroa Sanctuary. The trust's goal is 250 kiwi by 2030.",
            "250",
            True,
        ),
        (
            "How much had the Inverbrae community raised?",
            "Inverbrae villagers have now raised £140,000 towards our £240,000 target.",
            "£140,000",
            True,
        ),
    ],
)
def test_a_goal_or_a_sum_still_needed_is_no_level(
    question: str, text: str, value: str, counted: bool
) -> None:
    res = rules_answer(question, table_docs([(date(2022, 4, 21), text)]))
    assert (value in res.values) is counted, res.explanation
