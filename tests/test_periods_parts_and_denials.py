"""Figures stated for the whole period asked about, shares that are no counts, each area's figure beside a
background one, a relative day in an undated bulletin below a report naming the day, the last instance of an
event, list members that are verbs or a neighbour's, denials that "there had been no leak", and undated
texts whose only year lies ahead of every dated report."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_table_answer, corpus_dates, document, rules_answer, table_docs
from tidings import dating
from tidings.claims import extract_claims
from tidings.model import DateEstimate, Document
from tidings.things import listings
from tidings.timex import tag
from tidings.timex._tense import TenseFinder

D0 = date(2024, 7, 25)
D1 = date(2025, 1, 20)
D2 = date(2025, 1, 21)


@pytest.mark.parametrize(
    ("question", "rows", "ctype", "values", "absent"),
    [
        pytest.param(
            "How many containers did the Port of Kelmouth handle in 2024?",
            [
                (
                    D1,
                    "KELMOUTH, Jan 20 - The Port of Kelmouth handled 2.3 million twenty-foot equivalent "
                    "units (TEU) in 2024, the port authority said on Monday.",
                ),
                (D0, "The Port of Kelmouth handled 1.1 million TEU in the first six months of 2024."),
                (None, "Kelmouth's port had its best year on record in 2024, handling 2.3m containers."),
            ],
            "",
            ["2.3"],
            ["1.1"],
            id="the-whole-year-over-its-first-half",
        ),
        pytest.param(
            "How many knife crime offences were recorded in Farley in 2024?",
            [
                (
                    D1,
                    "Police recorded 52 knife crime offences in Farley in 2024, according to figures "
                    "released on Monday.",
                ),
                (
                    D2,
                    "Knife crime in Farley rose slightly last year, with 52 offences recorded compared with "
                    "47 the year before.",
                ),
            ],
            "",
            ["52"],
            ["47"],
            id="the-year-before-is-not-the-year-asked",
        ),
        pytest.param(
            "How many households lost their water supply in each area during the Tarnby Water outage?",
            [
                (
                    D1,
                    "Tarnby Water: supplies have now been restored to all 900 properties in Oldfield that "
                    "were affected by this morning's burst main.",
                ),
                (
                    D2,
                    "About 640 households in Hexby were still without running water on Wednesday after the "
                    "Tarnby Water burst. The outage is the worst in the valley since 2018, when about 4,000 "
                    "homes lost supply for two days.",
                ),
                (
                    D2,
                    "Radio Tarn: the water is back on in Wexcombe, where about 310 households had been "
                    "without supply since the Tarnby Water burst.",
                ),
            ],
            "complementary",
            ["900", "640", "310"],
            ["4,000"],
            id="each-area-beside-a-background-figure",
        ),
        pytest.param(
            "When does the new otter house at Penmoor Wildlife Park open to the public?",
            [
                (
                    D1,
                    "Penmoor Wildlife Park's £2 million otter house will open to visitors on 12 July, the "
                    "park has confirmed.",
                ),
                (
                    D2,
                    "PENMOOR FM NEWS. The new otter house at Penmoor Wildlife Park opens to the public "
                    "tomorrow, keepers say.",
                ),
            ],
            "",
            ["2025-07-12"],
            ["2025-01-22"],
            id="a-named-day-over-tomorrow-in-a-bulletin",
        ),
        pytest.param(
            "When is polling day for the Fenwick Vale by-election?",
            [
                (
                    D1,
                    "Notice of election: Fenwick Vale ward. If the election is contested the poll will take "
                    "place on Thursday 27 February 2025.",
                ),
                (
                    D2,
                    "Four candidates will contest the Fenwick Vale by-election. Turnout at the last "
                    "by-election in the Fenwick Vale ward, in 2019, was 24%.",
                ),
            ],
            "",
            ["2025-02-27"],
            ["2019"],
            id="the-last-by-election-is-another",
        ),
        pytest.param(
            "Which apple varieties will be planted in the Marden Farm orchard expansion?",
            [
                (
                    D1,
                    "Background: Marden Farm operates a 10ha orchard (Gala and Braeburn) and intends to "
                    "plant a further 8ha this year with Jazz, Cox and Bramley.",
                ),
                (
                    D2,
                    "Marden Farm will plant Jazz, Cox and Bramley trees this spring. Neighbouring grower Ash "
                    "Farm, which planted Cameo and Kanzi varieties, says demand is strong.",
                ),
            ],
            "",
            ["Jazz", "Cox", "Bramley"],
            ["intends", "Cameo", "Kanzi"],
            id="a-verb-and-a-neighbour-are-no-members",
        ),
        pytest.param(
            "Why was the Port of Kellby closed on Monday?",
            [
                (
                    D1,
                    "PORT OF KELLBY - NOTICE. The port is closed to all vessel movements following the "
                    "discovery of suspected unexploded ordnance in the approach channel.",
                ),
                (
                    D2,
                    "The Port of Kellby reopened this morning. The wartime mine, thought to hold 300 kg of "
                    "explosive, was brought up by a dredger on Monday, leading to the closure of the port. "
                    "Posts on social media had claimed the port was closed because of a chlorine leak from a "
                    "tanker. The fire service said there had been no leak.",
                ),
            ],
            "misinformation",
            ["wartime mine"],
            ["chlorine", "dredger"],
            id="a-rumoured-leak-denied",
        ),
    ],
)
def test_answers(
    question: str, rows: list[tuple[date | None, str]], ctype: str, values: list[str], absent: list[str]
) -> None:
    assert_table_answer(question, rows, ctype, values, absent)


def test_one_in_every_five_is_a_share() -> None:
    res = rules_answer(
        "How many e-book loans did Brackwell Libraries make in 2024?",
        table_docs(
            [
                (D1, "Brackwell Libraries made 512,400 e-book loans in 2024, the council said."),
                (
                    D2,
                    "Digital borrowing at Brackwell Libraries reached a new high in 2024, with readers "
                    "taking out 512,400 e-books. That means one in every five loans made by the service in "
                    "2024 was digital.",
                ),
            ]
        ),
    )
    assert res.values == ("512,400",), res.explanation
    assert res.conflict_type == "no_conflict", res.explanation


@pytest.mark.parametrize(
    ("sentence", "lists"),
    [
        pytest.param(
            "The applicant operates an 11ha vineyard and intends to plant a further 11ha this year.",
            [],
            id="intends-to-is-a-verb",
        ),
        pytest.param(
            "The shop sells apples and pears to walkers.",
            [("apples", "pears")],
            id="control-a-list-of-things",
        ),
    ],
)
def test_listings(sentence: str, lists: list[tuple[str, ...]]) -> None:
    assert [lst.items for lst in listings(sentence)] == lists


@pytest.mark.parametrize(
    ("text", "expression", "tense"),
    [
        pytest.param(
            "The main was laid in 1962 and it was on a list for renewal in 2027.",
            "2027",
            "future",
            id="listed-for",
        ),
        pytest.param(
            "The bridge was earmarked for replacement in 2029, the council said.",
            "2029",
            "future",
            id="earmarked",
        ),
        pytest.param(
            "The otter house will open to visitors on June 14, the park has confirmed.",
            "June 14",
            "future",
            id="has-confirmed-is-a-report",
        ),
        pytest.param("The main burst in 2019, the company has said.", "2019", "past", id="control-past"),
    ],
)
def test_tense(text: str, expression: str, tense: str) -> None:
    at = text.index(expression)
    assert TenseFinder(text).tense(at, at + len(expression)) == tense


def test_a_when_clause_dates_its_figure() -> None:
    text = "The outage is the worst in the dale since 2019, when about 5,000 homes lost supply for two days."
    day = date(2024, 9, 4)
    doc = Document(id="w", text=text, raw=text, body=text, source="w", format="text")
    est = DateEstimate(day, day, "day", 1.0, "test")
    claim = next(c for c in extract_claims(doc, est, tag(text, day)) if c.value == "5,000")
    assert "history" in claim.rule
    assert claim.as_of_earliest == date(2019, 1, 1)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        pytest.param(
            "Water is back on in Norcott. The company is asked why a main laid in 1962 had not been "
            "replaced: it was on a list for renewal in 2027.",
            2024,
            id="a-look-ahead-year-is-no-writing-year",
        ),
        pytest.param(
            "Water is back on in Norcott. The inquiry into the burst reported in March 2026.",
            2027,
            id="control-a-year-the-text-states",
        ),
    ],
)
def test_an_undated_report_whose_only_year_lies_ahead(text: str, year: int) -> None:
    dated = document(
        "Supplies were restored to Keld on Tuesday, the company said.", name="a", given="2024-09-03"
    )
    undated = document(text, name="b")
    est = corpus_dates(dated, undated)[undated.id]
    assert est.earliest is not None and est.earliest.year == year, dating.explain(est, undated)
