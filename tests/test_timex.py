"""The temporal tagger: a table of news-style sentences with the expressions, types and values expected,
with and without a document date, plus invariants every output must keep."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

from tidings.model import TimeExpr
from tidings.timex import tag

D = date.fromisoformat

# (sentence, document date, expected [(text, type, value)]); known failures are xfail params
CASES: list[Any] = [
    # explicit dates keep their values whatever the document date
    (
        "The acting secretary recalled the order of November 17, 2020, in a statement.",
        D("2021-01-15"),
        [("November 17, 2020", "DATE", "2020-11-17")],
    ),
    ("The levy took effect in January 2020, the ministry said.", None, [("January 2020", "DATE", "2020-01")]),
    ("Parliament ratified the treaty on 3 March 2019.", None, [("3 March 2019", "DATE", "2019-03-03")]),
    ("The filing is dated 2021-06-30.", None, [("2021-06-30", "DATE", "2021-06-30")]),
    ("The count was certified on 11/03/2020 by the board.", None, [("11/03/2020", "DATE", "2020-11-03")]),
    (
        "The mayor spoke on Thursday, April 6, 2000, at city hall.",
        None,
        [("Thursday, April 6, 2000", "DATE", "2000-04-06")],
    ),
    # no document date: expressions lacking a year are underspecified, relative ones have no value
    (
        "The combat mission will officially end on December 31.",
        None,
        [("December 31", "DATE", "XXXX-12-31")],
    ),
    ("The rebels struck the base in November.", None, [("November", "DATE", "XXXX-11")]),
    ("The cut was announced on Friday by the ministry.", None, [("Friday", "DATE", "XXXX-WXX-5")]),
    (
        "Last year the plant closed, and yesterday the union sued.",
        None,
        [("Last year", "DATE", ""), ("yesterday", "DATE", "")],
    ),
    ("Profit in the third quarter fell.", None, [("the third quarter", "DATE", "XXXX-Q3")]),
    ("Stores were shut on Christmas Day.", None, [("Christmas Day", "DATE", "XXXX-12-25")]),
    # weekdays follow the tense: past reporting looks back (or is the day itself), future looks ahead
    ("The minister resigned on Friday, officials said.", D("2021-01-15"), [("Friday", "DATE", "2021-01-15")]),
    ("The minister resigned on Friday, officials said.", D("2021-01-18"), [("Friday", "DATE", "2021-01-15")]),
    ("The council will vote on Tuesday.", D("2021-01-15"), [("Tuesday", "DATE", "2021-01-19")]),
    ("Rescuers reached the mine last Monday.", D("2021-01-15"), [("last Monday", "DATE", "2021-01-11")]),
    (
        "Police arrived on Monday morning after the blast.",
        D("2021-01-15"),
        [("Monday morning", "DATE", "2021-01-11TMO")],
    ),
    # months and days without a year take the nearest occurrence, nudged by tense
    ("The attack in November killed three soldiers.", D("2021-12-09"), [("November", "DATE", "2021-11")]),
    ("The bonds are payable Dec. 15 to holders.", D("1999-10-26"), [("Dec. 15", "DATE", "1999-12-15")]),
    ("The fair opened in early March.", D("2021-03-20"), [("early March", "DATE", "2021-03")]),
    ("Prices peaked in mid-September.", D("2021-12-09"), [("mid-September", "DATE", "2021-09")]),
    ("Talks resumed last June.", D("2021-12-09"), [("last June", "DATE", "2021-06")]),
    ("The loan is due on the 15th.", D("2021-12-09"), [("the 15th", "DATE", "2021-12-15")]),
    # words relative to the document date
    (
        "Sales rose last year and will rise next year.",
        D("2021-12-09"),
        [("last year", "DATE", "2020"), ("next year", "DATE", "2022")],
    ),
    ("Aid trucks arrived yesterday.", D("2021-12-09"), [("yesterday", "DATE", "2021-12-08")]),
    ("Fireworks are planned for tonight.", D("2021-12-09"), [("tonight", "TIME", "2021-12-09TNI")]),
    ("The mine reopened three years ago.", D("2021-12-09"), [("three years ago", "DATE", "2018")]),
    ("The envoy met rebels this week.", D("2021-12-09"), [("this week", "DATE", "2021-W49")]),
    ("Inflation slowed last month.", D("2021-12-09"), [("last month", "DATE", "2021-11")]),
    ("The rule lapses at the end of the year.", D("2021-12-09"), [("the end of the year", "DATE", "2021")]),
    ("Talks may resume in the coming days.", D("2021-12-09"), [("the coming days", "DATE", "FUTURE_REF")]),
    ("The rebels recently seized the port.", D("2021-12-09"), [("recently", "DATE", "PAST_REF")]),
    (
        "The army now holds the town and currently patrols it.",
        D("2021-12-09"),
        [("now", "DATE", "PRESENT_REF"), ("currently", "DATE", "PRESENT_REF")],
    ),
    ("Shops reopened on Christmas Eve.", D("2021-12-29"), [("Christmas Eve", "DATE", "2021-12-24")]),
    ("Voters went to the polls on Election Day.", D("2020-11-05"), [("Election Day", "DATE", "2020-11-03")]),
    # relative to the last date mentioned
    (
        "The strike began on March 2, 2021. Two days later, the port closed.",
        D("2021-03-20"),
        [("March 2, 2021", "DATE", "2021-03-02"), ("Two days later", "DATE", "2021-03-04")],
    ),
    (
        "The treaty was signed on May 22, 1995, and the following year it took effect.",
        D("1998-04-18"),
        [("May 22, 1995", "DATE", "1995-05-22"), ("the following year", "DATE", "1996")],
    ),
    (
        "Profit rose in the third quarter from $3 million a year earlier.",
        D("1989-10-26"),
        [("the third quarter", "DATE", "1989-Q3"), ("a year earlier", "DATE", "1988-Q3")],
    ),
    # quarters, fiscal years, halves
    ("Third-quarter profit fell 5%.", D("1989-10-26"), [("Third-quarter", "DATE", "1989-Q3")]),
    ("The first quarter of 2021 was weak.", None, [("The first quarter of 2021", "DATE", "2021-Q1")]),
    ("Revenue in fiscal 2022 is seen higher.", None, [("fiscal 2022", "DATE", "2022")]),
    ("Sales rose in the first half.", D("2021-08-01"), [("the first half", "DATE", "2021-H1")]),
    # decades and centuries
    ("The mill thrived in the 1990s.", None, [("the 1990s", "DATE", "199")]),
    ("Prices fell in the late 1970s.", None, [("the late 1970s", "DATE", "197")]),
    ("The chapel dates from the 19th century.", None, [("the 19th century", "DATE", "18")]),
    # durations
    ("Troops have been there for the past two weeks.", None, [("the past two weeks", "DURATION", "P2W")]),
    ("The flight took 16 hours.", None, [("16 hours", "DURATION", "PT16H")]),
    ("The siege lasted more than four months.", None, [("more than four months", "DURATION", "P4M")]),
    ("She spent about 5 1/2 hours in the capital.", None, [("5 1/2 hours", "DURATION", "PT5H30M")]),
    ("It was a two-year study.", None, [("two-year", "DURATION", "P2Y")]),
    ("The refugees waited for years.", None, [("years", "DURATION", "PXY")]),
    ("The plan covers the next few years.", None, [("the next few years", "DURATION", "PXY")]),
    # times of day
    (
        "The blast hit at 10:35 a.m. and a second one at 3:30 p.m. Friday.",
        D("1998-08-08"),
        [("10:35 a.m.", "TIME", "1998-08-08T10:35"), ("3:30 p.m. Friday", "TIME", "1998-08-07T15:30")],
    ),
    (
        "The offer will expire at midnight Friday.",
        D("1989-10-25"),
        [("midnight Friday", "TIME", "1989-10-27T24:00")],
    ),
    ("The vote was held this morning.", D("2021-12-09"), [("this morning", "TIME", "2021-12-09TMO")]),
    # sets
    (
        "Rallies are held daily and the board meets every Thursday.",
        None,
        [("daily", "SET", "P1D"), ("every Thursday", "SET", "XXXX-WXX-4")],
    ),
    ("The plant saves $2 million a year.", None, [("a year", "SET", "P1Y")]),
    # years only in clear year context; counts are not years
    ("About 2,500 troops remain, down from 5,000 troops.", D("2021-12-09"), []),
    ("The 1500 soldiers left the base.", D("2021-12-09"), []),
    ("The reform passed in 1998.", None, [("1998", "DATE", "1998")]),
    ("The 2020 election was bitterly fought.", None, [("2020", "DATE", "2020")]),
    ("Fares have doubled since 2019.", None, [("2019", "DATE", "2019")]),
    ("The company sold 2000 cars.", D("2021-12-09"), []),
    # a season across two years, valued by the year it begins in; not a payment year, a range or a score
    ("Fast facts for the 2018-19 season: the team won 50 games.", None, [("2018-19", "DATE", "2018")]),
    ("The club won the 2021/22 Premier League title.", None, [("2021/22", "DATE", "2021")]),
    ("Pupils return for the 2022-2023 school year.", None, [("2022-2023", "DATE", "2022")]),
    ("He will be paid $46.4 million in 2023-24 under the deal.", None, []),
    ("Prices rose in 2019-2021, the report said.", None, []),
    ("The Chiefs beat the Eagles 38-35 in the 2023 final.", None, [("2023", "DATE", "2023")]),
    ("Ages are not durations: a 52-year-old man, 37 years old.", None, []),
    # impossible dates are not produced
    ("The memo was dated February 30, 2021.", None, [("February 30, 2021", "DATE", "2021-02")]),
    ("A colony on Mars by 3050, he said.", None, []),
    (
        "The rebels struck in November and will meet again in March.",
        D("2021-12-09"),
        [("November", "DATE", "2021-11"), ("March", "DATE", "2022-03")],
    ),
    pytest.param(
        "On Friday, rebels who will soon meet the envoys struck the base.",
        D("2021-12-09"),
        [("Friday", "DATE", "2021-12-03")],
        marks=pytest.mark.xfail(reason="the nearest cue word decides, and here it is the wrong clause's"),
    ),
]


def _view(found: list[TimeExpr]) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in found]


@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_tag_table(text: str, dct: date | None, expected: list[tuple[str, str, str]]) -> None:
    assert _view(tag(text, dct)) == expected


@pytest.mark.parametrize(
    ("text", "dct", "tense"),
    [
        ("The minister resigned on Friday.", D("2021-01-15"), "past"),
        ("The council will vote on Tuesday.", D("2021-01-15"), "future"),
        ("The talks are expected to resume on Monday.", None, "future"),
        ("Officials said the talks would resume in March.", None, "future"),
        ("The ceasefire has held since January.", None, "past"),
        ("The army is holding the town now.", None, "present"),
        # "said on Tuesday": the phrase dates the saying, not the reported clause's "would"
        ("The council said on Tuesday it would vote on the budget.", None, "past"),
        ("The union said late Friday it would strike.", None, "past"),
        ("He said the vote would be held on Tuesday.", None, "future"),
        ("The council will vote on Tuesday, the mayor said.", None, "future"),
        # a deadline set by a pledge, a call or an aim lies ahead, whatever the verb's tense
        ("Candidate Mia Roe called for a car-free town centre by 2030.", None, "future"),
        ("The trust promised to clear the backlog of scans by March.", None, "future"),
        ("The firm said it aimed to halve its emissions by the end of 2027.", None, "future"),
        ("The backlog had been cleared by March, the trust said.", None, "past"),
        ("Candidate Mia Roe called for a car-free town centre in 2019.", None, "past"),
        # an agreement runs to a day ahead of the report; a proposal's date lies ahead of the proposal
        (
            "Harnford have appointed Ian Dale as manager on a contract until the summer of 2027.",
            None,
            "future",
        ),
        ("The port signed a lease running to 2031 with the ferry firm.", None, "future"),
        ("Harnford appointed Ian Dale as manager in the summer of 2021.", None, "past"),
        (
            "The cabinet has accepted the recommendation to raise the wage to $14.75 from 1 January 2024.",
            None,
            "future",
        ),
        ("The cabinet raised the wage to $14.75 on 1 January 2024.", None, "past"),
        # "announced" frames the reported clause, as "said" does; "hoped to" looks ahead, as "hopes to" does
        (
            "The minimum wage will rise from $12.80 to $13.50 on January 1, 2023, Labour Minister Rosa "
            "Delgado announced.",
            None,
            "future",
        ),
        ("The town council said it hoped to host a stage finish in 2026.", None, "future"),
        ("The town council hosted a stage finish in 2016.", None, "past"),
        # a timetable in the present simple, with whom it opens to before its day
        ("The new harbour bath opens to the public on 15 June 2024.", None, "future"),
        ("The new harbour bath opened to the public on 15 June 2024.", None, "past"),
        pytest.param(
            "The army holds the town now.",
            None,
            "present",
            marks=pytest.mark.xfail(reason="present-tense verbs in -s are not told from plural nouns"),
        ),
    ],
)
def test_tense(text: str, dct: date | None, tense: str) -> None:
    found = tag(text, dct)
    assert len(found) == 1
    assert found[0].tense == tense


def test_rule_names_recorded() -> None:
    found = tag("On March 2, 2021, two days after the vote, officials met.", None)
    assert [t.rule for t in found] == ["date_mdy", "duration"]


NEWS = (
    "WASHINGTON, Dec. 9 (AP) -- The last U.S. combat troops will leave by December 31, the Pentagon said "
    "on Thursday. About 2,500 troops remain, down from 5,200 in March 2020 and 5,000 in January 2020. "
    "The drawdown, first ordered on November 17, 2020, was completed three weeks ago. Officials met "
    "twice a week for the past two months; a final review is due in the first quarter of 2022. "
    "Last year the base was attacked at 3:30 p.m. on a Friday, and again yesterday morning. "
    "The 1990s and the 19th century saw wars too. Currently, talks continue daily, and next week "
    "envoys meet for 16 hours, perhaps until 02/30/2021 or the 45th."
)
_VALUE = re.compile(
    r"^(?:$|PRESENT_REF|PAST_REF|FUTURE_REF|P[0-9XT].*|XXXX.*|\d{2}|\d{3}|\d{4}(?:-(?:\d{2}(?:-\d{2})?(?:T.*)?"
    r"|W\d{2}(?:-WE)?|Q[1-4X]|H[12]|SP|SU|FA|WI))?)$"
)


@pytest.mark.parametrize("dct", [None, D("2021-12-09"), D("1999-02-28"), D("2024-02-29")])
def test_invariants(dct: date | None) -> None:
    found = tag(NEWS, dct)
    assert found, "the sample must contain expressions"
    last_end = -1
    for t in found:
        assert NEWS[t.start : t.end] == t.text
        assert t.start >= last_end, "sorted and non-overlapping"
        last_end = t.end
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert t.tense in ("past", "present", "future", "")
        assert t.rule
        assert _VALUE.match(t.value), t.value
        day = re.match(r"^(\d{4})-(\d{2})-(\d{2})", t.value)
        if day:
            parsed = date(int(day.group(1)), int(day.group(2)), int(day.group(3)))
            assert 1000 <= parsed.year <= 2999
        year = re.match(r"^(\d{4})", t.value)
        if year:
            assert 1000 <= int(year.group(1)) <= 2999
    texts = [t.text for t in found]
    assert "02/30/2021" not in texts
    assert not any(t.startswith("2,500") or t.startswith("5,200") for t in texts)


def test_empty_and_plain_text() -> None:
    assert tag("", None) == []
    assert tag("No time here at all, just words.", D("2021-12-09")) == []


def test_deterministic() -> None:
    assert tag(NEWS, D("2021-12-09")) == tag(NEWS, D("2021-12-09"))
