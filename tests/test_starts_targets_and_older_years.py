"""When things start and when texts were written: a time after "a.m." stays in its sentence; the last time an
event happened ("later than last winter, when it opened on December 28") is history; a past day far after
a pile's newest report is the year before's; "the end of 2022" and "up from 38 in 2019" bound a text from
the end of that year; a label of the next count looks ahead; a holder "will serve ... from September 1"
holds the post from that day, and not before the question's date; older values after "lifted capacity
from"; a level told in the past takes its sentence's earlier time; a target date one report sets and
another calls the old target orders them. Text written for these tests, modelled on highway advisories,
sanctuary newsletters, port-authority releases and infrastructure reports."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import analyzed_doc, assert_values, corpus_dates, document, rules_answer, table_docs
from tidings import dating
from tidings.claims import extract_claims
from tidings.dating._figures import current_figures, old_figures
from tidings.model import DateEstimate
from tidings.timex._tense import TenseFinder


def test_a_time_after_am_keeps_the_date_in_its_sentence() -> None:
    rows = [
        (
            date(2023, 2, 3),
            "Posted 2/3/2023. The Kettle Lake winter road opened to light trucks at 9 a.m. today, February "
            "3. A 4,000 kg limit applies.",
        ),
    ]
    res = rules_answer("When did the Kettle Lake winter road open this winter?", table_docs(rows))
    assert_values(res, ["2023-02-03"])


def test_the_last_time_an_event_happened_is_history() -> None:
    rows = [
        (date(2023, 2, 3), "The Kettle Lake winter road is open to light trucks from today, February 3."),
        (
            date(2023, 2, 4),
            "The Kettle Lake ice road opened Friday morning, more than a month later than last winter, when "
            "it opened on December 22.",
        ),
    ]
    res = rules_answer("When did the Kettle Lake winter road open this winter?", table_docs(rows))
    assert_values(res, ["2023-02-03"], ["12-22"])


def test_a_past_day_far_after_the_newest_report_is_the_year_befores() -> None:
    dated = document(
        "Posted 1/20/2023. The Kettle Lake winter road is open to vehicles under 4,000 kg.",
        given="2023-01-20",
        name="d1",
    )
    undated = document(
        "The ice road opened Friday morning, weeks later than last winter, when it opened on December 22. "
        "Residents had relied on a weekly flight.",
        name="d2",
    )
    est = corpus_dates(dated, undated)[undated.id]
    assert est.earliest is not None and est.earliest <= date(2023, 1, 20), est


@pytest.mark.parametrize(
    ("text", "expr", "tense"),
    [
        ("Our latest count is 64 terns, down from 71 at the end of 2022.", "2022", "past"),
        ("The colony now stands at 57, up from 38 in the 2019 count.", "2019", "past"),
        ("Next full count: after the 2024-25 season.", "2024-25", "future"),
        # a control: a plain plan stays ahead
        ("The next count will be after the 2024-25 season.", "2024-25", "future"),
    ],
)
def test_older_values_and_next_counts(text: str, expr: str, tense: str) -> None:
    start = text.index(expr)
    assert TenseFinder(text).tense(start, start + len(expr)) == tense


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # the old value's year is over, and so is the end of 2022
        ("Rangers counted 207 terns this summer, up from 131 in 2021, the trust said.", date(2021, 12, 31)),
        ("Our latest count is 64 terns, down from 71 at the end of 2022, rangers said.", date(2022, 12, 1)),
    ],
)
def test_older_years_bound_a_text_from_their_end(text: str, first: date) -> None:
    est = dating.date_document(document(text), reference=None)
    assert est.earliest is not None and est.earliest >= first, est


def test_an_older_values_year_is_no_story_year() -> None:
    dated = document(
        "Rangers counted 38 shore plovers at Kahu Point in this month's survey. The next full count follows "
        "the breeding season.",
        given="2019-11",
        name="d1",
    )
    undated = document(
        "Great news from the summer survey: our shore plover population now stands at 57, up from 38 in the "
        "2019 count. Next full count: after the 2022-23 season.",
        name="d2",
    )
    est = corpus_dates(dated, undated)[undated.id]
    assert est.rule != "corpus-story", est


def _role_claims(text: str, day: date) -> list[tuple[str, str, date | None]]:
    est = DateEstimate(day, day, "day", 0.9, "metadata")
    doc = document(text)
    from tidings import timex

    claims = extract_claims(doc, est, timex.tag(doc.text, day))
    return [(c.value, c.rule, c.as_of_earliest) for c in claims if c.kind == "role"]


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "Deputy director Leah Okafor will serve as interim CEO from September 1 while the board "
            "searches for a permanent chief.",
            "Leah Okafor",
            date(2022, 9, 1),
        ),
        # a start told as done keeps the report's day
        ("Leah Okafor took over as interim chief executive of the harbour trust.", "Leah Okafor", None),
        (
            "Leah Okafor formally took over as interim chief executive of the harbour trust.",
            "Leah Okafor",
            None,
        ),
    ],
)
def test_a_holders_start_day(text: str, name: str, start: date | None) -> None:
    found = [c for c in _role_claims(text, date(2022, 6, 21)) if c[0] == name and ".new." in c[1]]
    assert found, _role_claims(text, date(2022, 6, 21))
    assert found[0][2] == start, found


def test_a_holder_from_a_later_day_is_current_after_it() -> None:
    docs = [
        analyzed_doc(
            "d1",
            date(2022, 6, 21),
            "HALIFAX, June 21 - Tom Reyes, chief executive of the Sable Harbour Authority since 2015, will "
            "retire on August 31. Finance director Leah Okafor will serve as interim CEO from September 1.",
        ),
    ]
    res = rules_answer(
        "Who is the chief executive of the Sable Harbour Authority?", docs, as_of=date(2023, 1, 10)
    )
    assert_values(res, ["Leah Okafor"], ["Tom Reyes"])
    assert res.as_of == "2022-09-01", res.explanation


def test_a_start_after_the_question_date_is_no_as_of() -> None:
    docs = [
        analyzed_doc(
            "d1",
            date(2025, 1, 20),
            "Nadia Ferris, who takes over as Corvale Mutual's chief executive on April 1, said on Monday "
            "her priorities would be branches and apps.",
        ),
    ]
    res = rules_answer(
        "Who will be the next chief executive of Corvale Mutual?", docs, as_of=date(2025, 1, 22)
    )
    assert_values(res, ["Nadia Ferris"])
    assert res.as_of == "2025-01-20", res.explanation


def test_older_values_after_lift_and_a_level_told_in_the_past() -> None:
    rows = [
        (
            date(2024, 3, 10),
            "The Harbour Oval reopens tonight. Its new eastern stand, finished last month, has lifted "
            "capacity from 16,000.",
        ),
        (
            date(2025, 4, 2),
            "The Harbour Oval will host its first match at its full capacity of 25,000 tomorrow, after the "
            "southern stand opened this morning. Capacity was 22,500 after stage one, which reopened the "
            "ground in March 2024.",
        ),
    ]
    res = rules_answer("What is the capacity of the Harbour Oval?", table_docs(rows))
    assert_values(res, ["25,000"], ["16,000", "22,500"])


@pytest.mark.parametrize(
    ("text", "old", "current"),
    [
        (
            "Completion of the sea wall has been pushed back to December 2024 after storms.",
            set(),
            {"december2024"},
        ),
        ("The previous target of March 2023 had already slipped.", {"march2023"}, set()),
        ("The wall will not be done by the December 2024 target, officers said.", {"december2024"}, set()),
        ("The wall is now expected to be finished in September 2025.", set(), {"september2025"}),
        # a control: a date gone by is no plan
        ("The ground reopened in April 2023.", set(), set()),
    ],
)
def test_target_dates_as_plans_and_plans_left_behind(text: str, old: set[str], current: set[str]) -> None:
    doc = document(text)
    assert old_figures(doc) == old
    assert current_figures(doc) == current


def test_a_report_of_the_old_target_is_later() -> None:
    dated = document(
        "PORTWELL, March 9 - Completion of the Portwell sea wall has been pushed back to December 2024 "
        "after storms damaged partly built sections.",
        given="2023-03-09",
        name="d1",
    )
    undated = document(
        "The Portwell sea wall is now expected to be finished in September 2025, officers told Tuesday's "
        "committee. A shortage of rock means the last section will not be done by the December 2024 target.",
        name="d2",
    )
    est = corpus_dates(dated, undated)[undated.id]
    assert est.earliest is not None and est.earliest >= date(2023, 3, 9), est
