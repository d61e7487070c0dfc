"""A state lifted for one member of a list (an evacuation order lowered for one community while the others
stay under orders), schools named after a count that is no member ("Four primary schools ... The schools
are ..."), a winner told under a post label ("President: ...", never the treasurer) and a dateline in
capitals that is no post, a date a correction puts right (the syndicated copy of the wrong date loses), a
date moved with "would now open", an inspection rating raised since the last inspection, the grape
varieties of a planting (not "GPS-guided"), the tense of a year in a relative clause ("who came ... in
2010") against a year after "would", and the verb of a list question whose class noun precedes an
auxiliary ("Which primary schools would close")."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_table_answer, document
from tidings import dating, timex
from tidings.ask.members import _question_verbs
from tidings.ask.question import stem
from tidings.ask.yesno import _change_word
from tidings.timex._tense import TenseFinder

D1 = date(2022, 6, 14)
D2 = date(2024, 11, 20)
D3 = date(2025, 2, 13)
D4 = date(2025, 8, 4)


@pytest.mark.parametrize(
    ("question", "rows", "ctype", "values", "absent"),
    [
        pytest.param(
            "Which communities are under evacuation orders because of the Harrow Ridge Fire?",
            [
                (
                    date(2025, 8, 1),
                    "Evacuation orders were issued for Pine Hollow and Cedar Flats on Friday as the Harrow "
                    "Ridge Fire spread east, the county sheriff's office said.",
                ),
                (
                    date(2025, 8, 2),
                    "Fire officials extended Level 3 evacuation orders to Lone Elk and Birch Crossing on "
                    "Saturday after the Harrow Ridge Fire jumped the river.",
                ),
                (
                    D4,
                    "The evacuation order for Pine Hollow has been lowered to Level 2 as crews gained ground "
                    "on the Harrow Ridge Fire. Level 3 orders remain in place for Cedar Flats, Lone Elk and "
                    "Birch Crossing.",
                ),
            ],
            "outdated",
            ["Cedar Flats", "Lone Elk", "Birch Crossing"],
            ["Pine Hollow"],
            id="an-order-lowered-for-one-community-while-the-others-remain",
        ),
        pytest.param(
            "Which communities are under evacuation orders because of the Quill Creek Fire?",
            [
                (
                    date(2025, 7, 20),
                    "Evacuation orders were issued for Dunmore Flats and Sable Point on Sunday as the Quill "
                    "Creek Fire grew to 3,000 acres.",
                ),
                (
                    date(2025, 7, 22),
                    "Evacuation orders for the Quill Creek Fire were expanded to Hadley Bend and Fox Meadow "
                    "on Tuesday.",
                ),
                (
                    date(2025, 7, 26),
                    "Families returned to Dunmore Flats on Saturday after the evacuation order there was "
                    "lowered, while neighbours in Sable Point, Hadley Bend and Fox Meadow remained under "
                    "orders because of the Quill Creek Fire.",
                ),
            ],
            "outdated",
            ["Sable Point", "Hadley Bend", "Fox Meadow"],
            ["Dunmore Flats"],
            id="families-returned-after-the-order-was-lowered",
        ),
        pytest.param(
            "Which primary schools would close under Wexcombe Council's school estate plan?",
            [
                (
                    D3,
                    "Four primary schools in Wexcombe face closure under plans to be put to councillors next "
                    "month, as falling birth rates leave hundreds of places empty. The schools are Brackley "
                    "Primary, Ottery Lane Primary and Millford Infants.",
                ),
            ],
            "",
            ["Brackley Primary", "Ottery Lane Primary", "Millford Infants"],
            ["Four"],
            id="the-schools-after-a-count-that-is-no-member",
        ),
        pytest.param(
            "Who was elected president of the Northmoor Chess Federation at its 2025 congress?",
            [
                (
                    D4,
                    "Northmoor Chess Federation congress results\n\n"
                    "President: Halvard Strand was elected with 61 votes against 48 for the incumbent, "
                    "Ingrid Voss.\n"
                    "Treasurer: Marit Olsby was re-elected with 88 votes.",
                ),
            ],
            "",
            ["Halvard Strand"],
            ["Marit Olsby"],
            id="a-winner-under-a-post-label",
        ),
        pytest.param(
            "Who won the top award at the Porthcawl Bay Film Festival?",
            [
                (
                    D2,
                    "PORTHCAWL BAY: Selin Aydemir's drama 'The Lamplighter's Daughter' won the Golden Sail "
                    "for best film at the Porthcawl Bay Film Festival on Saturday night.",
                ),
            ],
            "",
            ["Selin Aydemir"],
            [],
            id="a-dateline-in-capitals-is-no-post",
        ),
        pytest.param(
            "When will the last shift be worked at Craigend quarry?",
            [
                (
                    None,
                    "Craigend quarry, which has supplied roadstone to the region for more than a century, is "
                    "to close in March 2025 with the loss of 64 jobs, its owner has said.",
                ),
                (
                    D2,
                    "Correction: An earlier version of this article said the quarry would close in March "
                    "2025. That was wrong. Tarn Aggregates says the last shift will be worked in March 2027.",
                ),
            ],
            "misinformation",
            ["March 2027"],
            ["2025-03"],
            id="a-corrected-date-beats-the-syndicated-copy",
        ),
        pytest.param(
            "When will the new Elmsworth swimming pool open?",
            [
                (
                    D2,
                    "The new Elmsworth Leisure Pool will open to the public on Monday 3 March 2025, the "
                    "council announced today.",
                ),
                (
                    D3,
                    "The council said on Thursday that the Elmsworth pool, which was due to open on 3 March, "
                    "would now open on Monday 14 April 2025.",
                ),
            ],
            "outdated",
            ["2025-04-14"],
            ["2025-03-03"],
            id="a-date-moved-with-would-now-open",
        ),
        pytest.param(
            "How do inspectors rate Ashgrove Academy?",
            [
                (
                    D1,
                    'Ashgrove Academy has been rated "requires improvement" by inspectors, who said '
                    "standards in maths had fallen since the school converted.",
                ),
                (
                    D4,
                    'Ashgrove Academy has been rated "good" by inspectors, up from "requires improvement" at '
                    "its last inspection in 2022.",
                ),
            ],
            "outdated",
            ["good"],
            ["requires improvement"],
            id="a-rating-raised-since-the-last-inspection",
        ),
        pytest.param(
            "Which grape varieties will be planted in the Hollin Down vineyard expansion?",
            [
                (
                    D3,
                    "Hollin Down Estate will plant 40,000 vines this spring, doubling the size of its "
                    "vineyard. Pinot Noir, Chardonnay and Bacchus will be planted on the south-facing "
                    "slopes above the village.",
                ),
                (
                    D4,
                    "The GPS-guided planter did most of the work, putting in up to 10,000 vines a day, the "
                    "estate's vineyard manager said.",
                ),
            ],
            "",
            ["Pinot Noir", "Chardonnay", "Bacchus"],
            ["GPS-guided"],
            id="the-grape-varieties-not-the-planter",
        ),
    ],
)
def test_answers(
    question: str, rows: list[tuple[date | None, str]], ctype: str, values: list[str], absent: list[str]
) -> None:
    assert_table_answer(question, rows, ctype, values, absent)


@pytest.mark.parametrize(
    ("text", "year", "tense"),
    [
        pytest.param(
            "Okonjo, who came to Lindenau from Lagos in 2010, said his priority would be to make housing "
            "easier to find.",
            "2010",
            "past",
            id="a-year-in-a-relative-clause-is-past",
        ),
        pytest.param(
            "The minister said the plant would close in 2027.",
            "2027",
            "future",
            id="a-year-after-would-is-future",
        ),
    ],
)
def test_tense_of_a_year(text: str, year: str, tense: str) -> None:
    start = text.index(year)
    assert TenseFinder(text).tense(start, start + len(year)) == tense


def test_the_verb_after_the_class_noun_and_an_auxiliary() -> None:
    verbs = _question_verbs("Which primary schools would close under the plan?")
    assert stem("close") in verbs, verbs
    assert stem("schools") not in verbs, verbs


# A cause revised by the body that first gave it, a closure's cause named by apposition, a change told as a
# noun ("the lifting of the ban"), a count of the thing asked rather than of the people around it, and a
# site told by its lowercase head ("the former Co-op department store on Market Street").
@pytest.mark.parametrize(
    ("question", "rows", "ctype", "values", "absent"),
    [
        pytest.param(
            "What caused the February 2025 power cut on the island of Skarra?",
            [
                (
                    D3,
                    "Most of the 1,900 homes on Skarra lost power on Sunday after the subsea cable to the "
                    'mainland failed. "Storm damage is the most likely cause," a spokesperson for Isles '
                    "Power said.",
                ),
                (
                    D4,
                    "Our investigation into the failure of the Skarra cable has found that the cable was "
                    "damaged by a trawler's anchor, not by the storm, as we first believed.",
                ),
            ],
            "outdated",
            ["anchor"],
            ["Storm damage"],
            id="a-cause-the-first-finding-is-revised-to",
        ),
        pytest.param(
            "Why is the Ashcombe Weaving mill in Ridley closing?",
            [
                (
                    D3,
                    "The Ashcombe Weaving mill in Ridley is to close in June with the loss of 180 jobs. The "
                    "company said the closure followed the loss of its biggest customer, the outdoor "
                    "clothing chain Fellgate, which is moving its orders abroad.",
                ),
            ],
            "",
            ["Fellgate"],
            [],
            id="a-closure-follows-a-loss-named-by-apposition",
        ),
        pytest.param(
            "How many adverse reactions were reported after the school flu vaccinations in Dunmarra?",
            [
                (
                    D3,
                    "Since the programme began, school nurses have vaccinated 1,870 children in Dunmarra. "
                    "Four minor reactions have been reported: three children felt faint and one had a "
                    "headache.",
                ),
                (
                    D4,
                    "The health board says there have been four minor reactions out of 1,870 children "
                    "vaccinated in Dunmarra, none needing hospital care.",
                ),
            ],
            "",
            ["four minor reactions"],
            ["1,870"],
            id="the-reactions-not-the-children-vaccinated",
        ),
        pytest.param(
            "Where is Portlow Borough Council moving its headquarters?",
            [
                (
                    D3,
                    "Portlow Borough Council will move its headquarters from the Quayside Civic Centre to "
                    "the former Co-op department store on Bridge Street, following a cabinet decision.",
                ),
            ],
            "",
            ["Bridge Street"],
            [],
            id="a-site-with-a-lowercase-head-and-its-street",
        ),
    ],
)
def test_more_answers(
    question: str, rows: list[tuple[date | None, str]], ctype: str, values: list[str], absent: list[str]
) -> None:
    assert_table_answer(question, rows, ctype, values, absent)


def test_a_ban_lifted_is_told_as_lifted() -> None:
    assert _change_word("Gardeners welcomed the lifting of the hosepipe ban on Tuesday.") == "lifted"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "FEDERATION BULLETIN - December\n\n2025 quota round-up", "XXXX-12", id="not-across-a-blank-line"
        ),
        pytest.param("Talks ended in December 2025 without a deal.", "2025-12", id="month-and-year"),
    ],
)
def test_a_month_and_year_stay_on_one_paragraph(text: str, expected: str) -> None:
    assert timex.tag(text, None)[0].value == expected


def test_a_planned_period_bounds_nothing() -> None:
    # "set the 2026 mackerel quota" in a report of 2025: the quota's year lies ahead of the writing
    d = document(
        "Ministers agreed late on Tuesday to set the 2026 mackerel quota at 9,400 tonnes, a cut of 12% from "
        "this year's figure.",
        url="https://example.com/news/mackerel-quota",
    )
    est = dating.date_document(d)
    assert not any(e.rule == "content-past" and e.earliest == date(2026, 1, 1) for e in est.evidence)
