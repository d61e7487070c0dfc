"""A dateline without an agency ("NORDHAVN, Norway, Sept 12 -") and its year from the corpus, dates a plan
was moved to after "again," or "by a week,", a yes/no question whose own verb is a reversal cue, a survey's
sample and last year's figure beside this year's, the day another happening's possessive names, a new date
in the sentence after the old one, a follow-up that drops a word of a two-word name, what a correcting
source states after its verdict (not a denial repeating the report), a "No" that never rests on the words
in dispute, and the second half of a compound question that names nothing of its own."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_table_answer, corpus_dates, document, rules_answer, table_docs
from tidings.compound import split_compound
from tidings.timex._tense import TenseFinder

D1 = date(2025, 3, 10)
D2 = date(2025, 3, 12)
D3 = date(2025, 3, 14)


@pytest.mark.parametrize(
    ("question", "rows", "ctype", "values", "absent"),
    [
        pytest.param(
            "Was the second round of the Fenmoor Open called off?",
            [
                (
                    D1,
                    "The second round of the Fenmoor Open was called off on Friday after overnight rain left "
                    "three greens under water, the organisers said.",
                ),
                (
                    None,
                    "Golf now: the second round of the Fenmoor Open has been called off because of "
                    "waterlogged greens. Play resumes tomorrow.",
                ),
            ],
            "no_conflict",
            ["Yes"],
            ["No"],
            id="the-questions-own-verb-is-no-reversal",
        ),
        pytest.param(
            "How many people attended this year's Marden Cheese Fair?",
            [
                (
                    date(2025, 9, 8),
                    "About 18,000 visitors came to the Marden Cheese Fair over the weekend, up from 15,500 "
                    "last year, the organisers said.",
                ),
                (
                    date(2025, 9, 20),
                    "The fair drew about 18,000 people, according to organisers, and generated an estimated "
                    "£400,000 for the town, based on a visitor survey of 450 people.",
                ),
            ],
            "no_conflict",
            ["18,000"],
            ["450", "15,500"],
            id="a-sample-and-last-years-figure-do-not-count",
        ),
        pytest.param(
            "When did the Brackenfold Light Railway reopen after the flood?",
            [
                (
                    D1,
                    "The Brackenfold Light Railway had planned to reopen on 5 April 2025. It now hopes to "
                    "run its first trains on 24 May 2025, after engineers found more damage at the site of "
                    "January's flood.",
                ),
                (
                    date(2024, 12, 20),
                    "The Brackenfold Light Railway will reopen on 5 April 2025 after the flood, the "
                    "trustees announced.",
                ),
            ],
            "outdated",
            ["2025-05-24"],
            ["2025-01"],
            id="a-new-date-in-the-sentence-after-the-old-one",
        ),
        pytest.param(
            "When is the launch of the Veyra-2 Earth observation satellite scheduled?",
            [
                (
                    date(2025, 6, 2),
                    "The Veyra-2 Earth observation satellite will be launched from Kirkfell on September 9, "
                    "the agency announced today.",
                ),
                (
                    date(2025, 8, 20),
                    "The launch of the Veyra-2 satellite has been postponed by a week, to September 16, "
                    "after a faulty valve was found in the rocket's upper stage.",
                ),
            ],
            "outdated",
            ["2025-09-16"],
            [],
            id="a-follow-up-drops-a-word-of-a-two-word-name",
        ),
        pytest.param(
            "Has a keeper at Halden Zoo caught bird flu?",
            [
                (
                    D1,
                    "A keeper at Halden Zoo has tested positive for bird flu and is in intensive care, "
                    "sources have told us.",
                ),
                (
                    D3,
                    "Correction: an article on this site claimed that a keeper at Halden Zoo had caught bird "
                    "flu. This was not true. Health officials have confirmed that the staff tested were "
                    "negative and are well.",
                ),
            ],
            "misinformation",
            ["negative"],
            ["tested positive"],
            id="the-sentence-after-the-verdict-states-what-holds",
        ),
        pytest.param(
            "Has Judge Alan Pryde been removed from the bench at Orrin Crown Court?",
            [
                (D1, "BREAKING: Judge Alan Pryde has been sacked by Orrin Crown Court, posts claim."),
                (
                    D2,
                    "We are aware of claims that Judge Alan Pryde has been removed from the bench at Orrin "
                    "Crown Court. These claims are false. Judge Pryde has not been sacked or suspended. He "
                    "is currently on annual leave and will return to Orrin Crown Court next week.",
                ),
            ],
            "misinformation",
            ["annual leave"],
            ["sacked"],
            id="a-denial-after-the-verdict-repeats-the-report",
        ),
        pytest.param(
            "Did the Marsh Water chief executive say the reservoir was 'close to empty'?",
            [
                (
                    D1,
                    "Posts say the Marsh Water chief executive told staff the reservoir was 'close to "
                    "empty'.",
                ),
                (
                    D3,
                    "Chief executive did not say reservoir was 'close to empty'\n"
                    "What was claimed: the Marsh Water chief executive said the reservoir was 'close to "
                    "empty'. Verdict: False. The words were said by a campaigner at a protest. At her "
                    "briefing, the chief executive said the opposite: the reservoir remains 71% full.",
                ),
            ],
            "misinformation",
            ["71%"],
            ["close to empty"],
            id="the-no-never-rests-on-the-words-in-dispute",
        ),
        pytest.param(
            "How much does an adult monthly pass on Kelso Regional Transit cost?",
            [
                (
                    date(2024, 1, 3),
                    "KELSO, Jan. 2 - Riders on Kelso Regional Transit began paying more this week. An adult "
                    "monthly pass now costs $92, up from $84.",
                ),
                (
                    date(2023, 11, 21),
                    "The Kelso Regional Transit board voted to raise the adult monthly pass from $84 to $92. "
                    "The pass cost $78 until 2021.",
                ),
                (
                    date(2024, 6, 12),
                    "Kelso council raised parking meter rates and approved a $7 all-day permit that includes "
                    "a Kelso Regional Transit day pass. Revenue from the increase, estimated at $1.3 million "
                    "a year, will go toward sidewalk repairs.",
                ),
            ],
            "",
            ["$92"],
            ["1.3 million"],
            id="a-figure-a-thousand-times-off-the-others-measures-something-else",
        ),
    ],
)
def test_answers(
    question: str, rows: list[tuple[date | None, str]], ctype: str, values: list[str], absent: list[str]
) -> None:
    assert_table_answer(question, rows, ctype, values, absent)


def test_a_possessive_date_names_another_happening() -> None:
    rows: list[tuple[date | None, str]] = [
        (
            D2,
            "The Tarn Valley line has postponed its reopening after engineers found further ground movement "
            "at the site of November's landslip.",
        ),
    ]
    res = rules_answer("When will the Tarn Valley line reopen after the landslip?", table_docs(rows))
    assert not any("2024-11" in v for v in res.values), res.explanation


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The launch has been delayed again, to October 2, because of a military exercise.", "October 2"),
        ("The launch has been postponed by a week, to September 16, after tests.", "September 16"),
        ("The final was moved back two days, to Sunday 14 June.", "Sunday 14 June"),
    ],
)
def test_the_date_a_plan_was_moved_to_lies_ahead(text: str, phrase: str) -> None:
    at = text.index(phrase)
    assert TenseFinder(text).tense(at, at + len(phrase)) == "future"


@pytest.mark.parametrize(
    ("text", "given", "want"),
    [
        pytest.param(
            "NORDHAVN, Norway, Sept 12 - The launch of the satellite has been delayed again, the organisers "
            "said on Friday.",
            "2025-10-02",
            date(2025, 9, 12),
            id="place-region-and-day",
        ),
        pytest.param(
            "ESKER, May 28 - Dockers at Port Esker will strike for two days from June 14, the union said. "
            "It is the first strike at the port since 2021.",
            "2024-06-03",
            date(2024, 5, 28),
            id="a-past-year-cited-does-not-set-the-year",
        ),
        pytest.param(
            "LONDON, June 3 - The mine's owner said it would restart production on Monday.",
            "2025-06-02",
            date(2025, 6, 3),
            id="a-day-after-the-newest-dated-report",
        ),
    ],
)
def test_a_dateline_without_an_agency_takes_the_corpus_year(text: str, given: str, want: date) -> None:
    undated = document(text, name="u")
    dated = document("The company said it was reviewing the plans, a spokesman said.", given=given, name="g")
    est = corpus_dates(undated, dated)[undated.id]
    assert (est.earliest, est.latest) == (want, want), est


@pytest.mark.parametrize(
    ("question", "second"),
    [
        (
            "Who holds the course record for the Bealach climb at the Glenshira Hill Climb, and what is the "
            "time?",
            "What is the time of the course record for the Bealach climb at the Glenshira Hill Climb?",
        ),
        (
            "When does the Kellaroo Festival open, and what is its ticket price?",
            "What is the ticket price of the Kellaroo Festival?",
        ),
    ],
)
def test_a_bare_second_question_is_about_the_first_ones_subject(question: str, second: str) -> None:
    parts = split_compound(question)
    assert parts is not None and parts[1] == second
