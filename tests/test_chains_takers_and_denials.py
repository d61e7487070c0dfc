"""A chain of updates ("12,850 ..., down from 14,200", then "11,900 ..., down from 12,850"), a mark a
figure crossed, the holder of a post a story names before him ("has a new acting director. X took over on
Monday"), a day "since" names and a plan told in the past, a story's new target date, a pronoun standing for
the story's subject, a usual site the newest source turns away from, a denial in the question's own words,
a cause a source says is absent ("There is no metal"), and a list of names inside a correction."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_table_answer
from tidings.timex._tense import TenseFinder

D1 = date(2024, 2, 8)
D2 = date(2024, 5, 16)
D3 = date(2024, 8, 15)


@pytest.mark.parametrize(
    ("question", "rows", "ctype", "values", "absent"),
    [
        pytest.param(
            "How many people are waiting for knee operations in the Tarnside health area?",
            [
                (
                    D1,
                    "At the end of January, 8,400 people in the Tarnside health area were waiting for knee "
                    "operations, the highest figure on record.",
                ),
                (
                    D2,
                    "The waiting list has fallen for the first time in two years. The list stood at 7,900 at "
                    "the end of April, down from 8,400 at the end of January, the health board said.",
                ),
                (
                    D3,
                    "There were 7,350 people waiting at the end of July, down from 7,900 in April, figures "
                    "published on Thursday show.",
                ),
            ],
            "outdated",
            ["7,350"],
            ["8,400", "7,900"],
            id="a-chain-of-updates-answers-the-slot",
        ),
        pytest.param(
            "What is the unemployment rate in Corran?",
            [
                (
                    D3,
                    "Unemployment in Corran has fallen below 5% for the first time since 2008. The jobless "
                    "rate was 4.8% in June, the statistics office said.",
                ),
            ],
            "no_conflict",
            ["4.8%"],
            ["5%"],
            id="a-mark-the-level-fell-below-is-no-level",
        ),
        pytest.param(
            "Who is the director of the Brenna Maritime Museum?",
            [
                (
                    D1,
                    "Ola Hagen, director of the Brenna Maritime Museum since 2012, will retire at the end of "
                    "March, the trustees announced.",
                ),
                (
                    D3,
                    "The Brenna Maritime Museum has a new acting director. Sigrid Lunde, the museum's head "
                    "of collections, took over on Monday, replacing Ola Hagen, who retired at the end of "
                    "March after 12 years in the post.",
                ),
            ],
            "outdated",
            ["Sigrid Lunde"],
            ["Ola Hagen"],
            id="the-holder-of-a-post-named-before-him",
        ),
        pytest.param(
            "When will the Aurel-2 satellite launch?",
            [
                (
                    D1,
                    "The Aurel-2 weather satellite will launch on 15 October 2024, the agency confirmed "
                    "today.",
                ),
                (
                    D3,
                    "The launch of the Aurel-2 weather satellite has been pushed back after engineers found "
                    "a "
                    "faulty valve in its rocket.\n\nThe agency said on Friday that the new target date is 26 "
                    "November 2024.",
                ),
            ],
            "outdated",
            ["2024-11-26"],
            ["2024-10-15"],
            id="a-storys-new-target-date-is-its-events",
        ),
        pytest.param(
            "When will Mark Dobson be sentenced for the Quayside warehouse fire?",
            [
                (
                    D2,
                    "Mark Dobson, 41, was convicted of arson over the Quayside warehouse fire at Harwick "
                    "Crown "
                    "Court on Thursday.\n\nHe was remanded in custody and will be sentenced on 21 June 2024.",
                ),
                (
                    None,
                    "Harwick FM news. The man convicted of the Quayside warehouse fire will be sentenced "
                    "tomorrow at Harwick Crown Court.",
                ),
            ],
            "",
            ["2024-06-21"],
            [],
            id="a-pronoun-stands-for-the-storys-subject",
        ),
        pytest.param(
            "Where is the 2024 Kelby Show being held?",
            [
                (
                    D1,
                    "The 2024 Kelby Show will take place on 15 June at Marsh Park, the show's home since "
                    "1950.",
                ),
                (
                    D2,
                    "This year's Kelby Show will be held at Ridge Farm after flooding made its usual site at "
                    "Marsh Park unusable.",
                ),
            ],
            "outdated",
            ["Ridge Farm"],
            ["Marsh Park"],
            id="the-usual-site-the-newest-source-turns-away-from",
        ),
        pytest.param(
            "Has the Tollan Museum sold its whale skeleton 'Old Bess'?",
            [
                (
                    None,
                    "The Spoof Times\n\nTollan Museum sells Old Bess to a pop star for £12 million. The "
                    "Tollan "
                    "Museum has sold its whale skeleton Old Bess to a pop star, who will hang her in his "
                    "pool house.\n\nThe Spoof Times is a satirical website. All stories are invented.",
                ),
                (
                    D2,
                    "We have had many calls about reports that Old Bess has been sold. We want to reassure "
                    "visitors: Old Bess has not been sold and will stay in the Great Hall.",
                ),
            ],
            "misinformation",
            ["not been sold"],
            ["£12 million"],
            id="a-denial-in-the-questions-own-words-states-what-holds",
        ),
        pytest.param(
            "Why was Hillside Dairy strawberry yoghurt recalled?",
            [
                (
                    D1,
                    "Hillside Dairy is recalling its strawberry yoghurt because it contains peanuts, which "
                    "are "
                    "not mentioned on the label.",
                ),
                (
                    None,
                    "PSA!! Hillside yoghurt being pulled because there's METAL in the pots, my friend at the "
                    "depot says.",
                ),
                (
                    D2,
                    "Social media posts claimed the yoghurt had been recalled because of metal in the pots. "
                    '"There is no metal. This is about peanuts," said a Hillside Dairy spokesperson.',
                ),
            ],
            "misinformation",
            ["peanuts"],
            ["metal"],
            id="a-cause-a-source-says-is-absent",
        ),
        pytest.param(
            "Which villages are covered by the Fennwater boil-water notice?",
            [
                (
                    D1,
                    "Fennwater customers in Ashby, Fennick and Lowick should boil their tap water until "
                    "further notice.",
                ),
                (
                    None,
                    "URGENT: the Fennwater boil water notice now ALSO covers Carrowby and Westfield. "
                    "Forward this!",
                ),
                (
                    D2,
                    "Fennwater said a message claiming that its boil-water notice had been extended to "
                    "Carrowby "
                    "and Westfield is false.\n\nThe notice still covers only Ashby, Fennick and Lowick, a "
                    "spokesperson said.",
                ),
            ],
            "misinformation",
            ["Ashby, Fennick and Lowick"],
            ["Carrowby"],
            id="a-list-of-names-inside-a-correction",
        ),
    ],
)
def test_answers(
    question: str, rows: list[tuple[date | None, str]], ctype: str, values: list[str], absent: list[str]
) -> None:
    assert_table_answer(question, rows, ctype, values, absent)


@pytest.mark.parametrize(
    ("text", "phrase", "not_tense"),
    [
        pytest.param(
            "Hilde Marsh, director since 2009, will retire at the end of December.",
            "2009",
            "future",
            id="since",
        ),
        pytest.param(
            "He has led the museum since January and will return to his old post.",
            "January",
            "future",
            id="since-a-month",
        ),
        pytest.param(
            "The show was first planned for 2022 but was postponed when lenders withdrew.",
            "2022",
            "future",
            id="a-plan-told-in-the-past",
        ),
        pytest.param(
            "Among her first tasks will be the opening of the winter exhibition Coastlines in April and the "
            "reopening of the map room, closed since the summer for repairs.",
            "April",
            "past",
            id="a-participle-after-a-comma",
        ),
    ],
)
def test_tense_of_since_and_past_plans(text: str, phrase: str, not_tense: str) -> None:
    at = text.index(phrase)
    assert TenseFinder(text).tense(at, at + len(phrase)) != not_tense
