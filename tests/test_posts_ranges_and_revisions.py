"""Posts held by a role's title and an acting holder named after a retirement; a fare or fee rising from one
sum to another from a stated day, and a percentage rise told as of its announcement; a winner confirmed after
provisional results are corrected; a cause an engineering report overturns, and "ruled out" that rejects a
cause only when it does; a closure from one day to another; how often trains run before a later timetable
starts; a facility's figure beside another facility's in a relative clause; an outbreak area lifted while
others stay; a weekday-named date that fits only a year after the reference. Text written for these tests,
modelled on local news."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, document, table_docs
from analyzed import rules_answer as answer
from tidings import dating
from tidings.ask.causes import _rejected_causes

# ------------------------------------------------------------------------------------------------- posts

_HARBOUR = [
    (
        date(2024, 2, 12),
        "Captain Alan Pemberton, Harbourmaster of Port Cressby since 2014, will retire at the end of March "
        "after more than thirty years at sea and in the port's control tower.",
    ),
    (
        date(2024, 3, 20),
        "The Port Cressby Harbour Board has confirmed that Deputy Harbourmaster Fiona Locke will serve as "
        "Acting Harbourmaster from 1 April while the search for a permanent successor goes on.",
    ),
]

_SCHOOL = [
    (
        date(2023, 5, 9),
        "Mrs Joan Hadley, head teacher of Brackwell Primary School since 2009, will retire at the end of the "
        "summer term, the school's governors told parents in a letter on Tuesday.",
    ),
    (
        date(2023, 7, 14),
        "The governors of Brackwell Primary School have announced that deputy head teacher Owen Tranter will "
        "serve as acting head teacher from 1 September until a permanent appointment is made.",
    ),
]


@pytest.mark.parametrize(
    ("question", "rows", "as_of", "holder"),
    [
        pytest.param(
            "Who is the harbourmaster at Port Cressby?", _HARBOUR, date(2024, 5, 2), "Fiona Locke", id="port"
        ),
        pytest.param(
            "Who is the headteacher of Brackwell Primary School?",
            _SCHOOL,
            date(2023, 10, 2),
            "Owen Tranter",
            id="school-two-words",
        ),
    ],
)
def test_the_acting_holder_after_a_retirement_holds_the_post(
    question: str, rows: list[tuple[date | None, str]], as_of: date, holder: str
) -> None:
    res = answer(question, table_docs(rows), as_of=as_of)
    assert res.values == (holder,), (res.values, res.explanation)
    assert res.conflict_type == "outdated", res.explanation


# ------------------------------------------------------------------------------------------- money rises


@pytest.mark.parametrize(
    ("question", "text", "new", "old"),
    [
        pytest.param(
            "How much is an annual Lindqvist Park pass?",
            "Lindqvist Park | News\n\nThe council has approved new charges for Lindqvist Park. The annual "
            "pass will rise from EUR 35 to EUR 45 from 1 January 2024.",
            "EUR 45",
            "EUR 35",
            id="euro",
        ),
        pytest.param(
            "How much is an annual Tawhiti Gardens pass?",
            "Tawhiti Gardens will raise its charges next year. The annual pass will rise from NZ$60 to NZ$75 "
            "from 1 January 2024, the trust said.",
            "NZ$75",
            "NZ$60",
            id="nz-dollar",
        ),
        pytest.param(
            "How much is an annual Kloofnek Reserve pass?",
            "Hikers will pay more at Kloofnek Reserve next year. The annual pass will rise from R350 to R420 "
            "from 1 January 2024, the reserve's managers said.",
            "R420",
            "R350",
            id="rand",
        ),
    ],
)
def test_a_sum_rising_from_one_to_another_holds_from_its_stated_day(
    question: str, text: str, new: str, old: str
) -> None:
    res = answer(question, table_docs([(date(2023, 10, 3), text)]), as_of=date(2024, 6, 15))
    assert res.values == (new,), (res.values, res.explanation)
    assert res.as_of == "2024-01-01", (res.as_of, res.explanation)
    assert old in [s.value for s in res.superseded], (res.superseded, res.explanation)


def test_a_percentage_rise_is_told_as_of_its_announcement() -> None:
    rows = [
        (
            date(2025, 1, 30),
            "Harlow Vale Water has confirmed its charges for the coming year. Bills will rise by 6.2% from "
            "1 April, the company said, to pay for new treatment works.",
        ),
    ]
    res = answer("How much will water bills rise?", table_docs(rows), as_of=date(2025, 6, 1))
    assert_values(res, ["6.2%"])
    assert res.as_of == "2025-01-30", (res.as_of, res.explanation)


# ------------------------------------------------------------------------------------- corrected winner

_MARATHON = [
    (
        None,
        "Kira Solberg won the women's race at the Eastholm Marathon on Saturday, according to provisional "
        "results, finishing in two hours and 31 minutes.",
    ),
    (
        date(2022, 10, 3),
        "After reviewing a timing fault at the 30km mat, the race jury confirms Megan Oduya as the winner of "
        "the women's race at the Eastholm Marathon.",
    ),
    (
        None,
        "Correction: An article published on Saturday reported that Kira Solberg won the women's race at the "
        "Eastholm Marathon. This was based on provisional results that the organisers have since corrected. "
        "The winner was Megan Oduya.",
    ),
]


def test_a_winner_confirmed_after_a_timing_fault_corrects_the_provisional_one() -> None:
    res = answer("Who won the women's race at the Eastholm Marathon?", table_docs(_MARATHON))
    assert res.values == ("Megan Oduya",), (res.values, res.explanation)
    assert res.conflict_type == "misinformation", res.explanation


# ------------------------------------------------------------------------------------------------ causes

_WATER_MAIN = [
    (
        date(2023, 2, 14),
        "A water main break on Fenwick Street in Oldbury flooded basements and closed the road on Monday. "
        "Preliminary indications are that the break was caused by ground movement due to the freeze-thaw "
        "cycle.",
    ),
    (
        date(2023, 4, 18),
        "An engineering report found that corrosion of the 1960s pipe caused the water main break on Fenwick "
        "Street in Oldbury. The report ruled out ground movement, the cause the city had first suggested.",
    ),
]


def test_an_engineering_report_overturns_the_first_cause() -> None:
    res = answer("Why did the Oldbury water main break?", table_docs(_WATER_MAIN))
    assert res.conflict_type == "outdated", res.explanation
    assert res.values and "corrosion" in res.values[0], (res.values, res.explanation)
    assert any("ground movement" in s.value for s in res.superseded), (res.superseded, res.explanation)


@pytest.mark.parametrize(
    "sentence",
    [
        "Investigators have not ruled out a role for sewage.",
        "Spread by vehicles cannot be ruled out for two of the cases.",
    ],
)
def test_a_cause_not_ruled_out_is_not_rejected(sentence: str) -> None:
    assert _rejected_causes(sentence) == []


def test_a_cause_ruled_out_is_rejected() -> None:
    got = _rejected_causes("Fire officials have ruled out lightning.")
    assert [c.fact.text for c in got] == ["lightning"]


# ------------------------------------------------------------------------------------------------ ranges

_RUNWAY = [
    (
        date(2024, 6, 18),
        "Calloway Airport will be closed to all traffic from 2 September to 16 September 2024 while the "
        "runway is resurfaced, the airport company said.",
    ),
]


def test_a_closure_from_one_day_to_another_is_a_range() -> None:
    res = answer("When will Calloway airport be closed for runway work?", table_docs(_RUNWAY))
    assert res.values == ("2024-09-02 to 2024-09-16",), (res.values, res.explanation)
    assert res.conflict_type == "no_conflict", res.explanation


def test_a_reopening_is_no_range() -> None:
    res = answer("When will Calloway airport reopen?", table_docs(_RUNWAY))
    assert not any(" to " in v for v in res.values), (res.values, res.explanation)


# --------------------------------------------------------------------------------------------- frequency

_METRO = [
    (
        date(2025, 11, 3),
        "From today, Ravensford Metro trains will run every 12 minutes during peak hours, down from 20 "
        "minutes, after new carriages entered service.",
    ),
    (
        date(2026, 1, 29),
        "Ravensford Metro will run trains every 8 minutes at peak hours from Monday, 2 February 2026, the "
        "operator announced.",
    ),
]


def test_the_frequency_before_a_later_timetable_starts() -> None:
    res = answer(
        "How often do Ravensford Metro trains run at peak hours?",
        table_docs(_METRO),
        as_of=date(2025, 12, 20),
    )
    assert_values(res, ["every 12 minutes"], ["8 minutes"])
    assert res.conflict_type == "outdated", res.explanation
    assert any("20 minutes" in s.value for s in res.superseded), (res.superseded, res.explanation)


# ------------------------------------------------------------------------------------ a facility's figure


def test_another_facilitys_figure_in_a_relative_clause_is_no_rival() -> None:
    rows = [
        (
            date(2024, 8, 27),
            "Construction will start next month on the new Tallis Creek hospice. The new hospice on Bridge "
            "Road will have 16 inpatient beds. Until now, palliative patients have been cared for at Tallis "
            "Creek Base Hospital, which has four dedicated palliative beds.",
        ),
    ]
    res = answer("How many beds will the new Tallis Creek hospice have?", table_docs(rows))
    assert res.values == ("16",), (res.values, res.explanation)
    assert res.conflict_type == "no_conflict", res.explanation


# ---------------------------------------------------------------------------------------- a lifted state

_FRUIT_FLY = [
    (
        date(2021, 1, 20),
        "Westmere residents are asked not to move home-grown fruit. A fruit fly outbreak has been declared "
        "in the suburbs of Ashby and Millford.",
    ),
    (
        date(2021, 2, 15),
        "A second outbreak adds Kenton and Dale Park to the suburbs under restrictions, Westmere biosecurity "
        "officers said.",
    ),
    (
        date(2021, 6, 8),
        "The outbreak area covering Ashby and Millford has been lifted. Restrictions remain in place in "
        "Kenton and Dale Park, Westmere biosecurity officers said.",
    ),
]


def test_suburbs_whose_outbreak_area_was_lifted_drop_out() -> None:
    res = answer("Which Westmere suburbs are under fruit fly restrictions?", table_docs(_FRUIT_FLY))
    assert sorted(res.values) == ["Dale Park", "Kenton"], (res.values, res.explanation)
    assert res.conflict_type == "outdated", res.explanation
    old = " | ".join(s.value for s in res.superseded)
    assert "Ashby" in old and "Millford" in old, (res.superseded, res.explanation)


# ------------------------------------------------------------------------------------------------ dating

_TAKES_UP = (
    "Pinehurst Academy has named Dr Ruth Callow as its new principal. She takes up the post on Monday "
    "17 January."
)


@pytest.mark.parametrize(
    ("reference", "rejected"),
    [
        pytest.param(date(2021, 9, 1), True, id="only-a-later-year-fits"),
        pytest.param(date(2022, 9, 1), False, id="the-year-before-fits"),
    ],
)
def test_a_weekday_date_fitting_only_after_the_reference_is_rejected(reference: date, rejected: bool) -> None:
    est = dating.date_document(document(_TAKES_UP), reference=reference)
    found = [e for e in est.evidence if e.rule == "content-rejected"]
    assert bool(found) is rejected, (est.evidence, est.conflicts)


# ------------------------------------------------------------------------------------------ disputed counts

_DEER = [
    (
        date(2024, 3, 5),
        "The 2024 aerial survey estimates there are about 9,000 feral deer in Tarrowmere Forest Park, with a "
        "95 per cent confidence range of 6,500 to 11,500. Numbers must be cut to 2,000 by 2028.",
    ),
    (
        date(2024, 3, 7),
        "Hunting groups say there are fewer than 2,500 deer left in Tarrowmere and that the survey is "
        '"pure guesswork". "We are out there every weekend. We see fewer than 2,500, not 9,000," said club '
        "secretary Ray Pollard. The parks service said on Wednesday it stood by the estimate.",
    ),
]


def test_a_figure_its_owner_stands_by_is_one_side_and_the_bounds_are_no_rivals() -> None:
    res = answer("How many feral deer are there in Tarrowmere Forest Park?", table_docs(_DEER))
    assert res.conflict_type == "conflicting_opinions", res.explanation
    assert sorted(res.values) == ["2,500", "9,000"], (res.values, res.explanation)


# ------------------------------------------------------------------------------------------- blamed causes

_OYSTERS = [
    (
        date(2022, 5, 3),
        "Oyster harvests in Kellan Bay have fallen by a quarter in three years, and growers say warming "
        'water is to blame. "This is warming, not fishing," said growers\' association chair Dan Ruddock.',
    ),
    (
        date(2022, 5, 6),
        "Recreational gatherers say the growers are ducking responsibility for the decline in Kellan Bay. "
        "\"It's overharvesting, plain and simple,\" said gatherers' spokesperson Lena Morrow.",
    ),
    (
        None,
        "Opinion: The argument over Kellan Bay's oysters has split into two camps. Growers point to the warm "
        "water; gatherers point to overharvesting. The science so far supports a bit of both.",
    ),
]


def test_a_cause_one_side_rejects_in_its_own_words_against_the_others_is_a_dispute() -> None:
    res = answer("Why are oyster harvests falling in Kellan Bay?", table_docs(_OYSTERS))
    assert res.conflict_type == "conflicting_opinions", res.explanation
    assert any("warming" in v for v in res.values), (res.values, res.explanation)
    assert any("overharvesting" in v for v in res.values), (res.values, res.explanation)
