"""A town called by its first word ("Wells" for Wells-next-the-Sea, "Ketchum" for the Ketchum-area list),
a rate asked per hour against a daily maximum, a new level told from the day a sentence opens on ("From 1
April 2023 the hourly charge will be ..."), an owner repeating its estimate against a rival's, a sum named
with its giver after it, and a chair elected "at last night's AGM"."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import analyzed_doc, assert_values, table_docs
from analyzed import rules_answer as answer
from tidings.ask.question import _names_in


@pytest.mark.parametrize(
    ("name", "text", "named"),
    [
        ("wells-next-the-sea", "parking at the wells beach car park", True),
        ("ross-on-wye", "the pool in ross town centre", True),
        ("ketchum-area", "the waitlist in ketchum and the valley", True),
        ("burnham-on-crouch", "the quay at burnham", True),
        # the river a town stands on does not name the town
        ("control: stratford-upon-avon", "boats on the avon", False),
        # a word that merely begins with the town's first word is another word
        ("control: wells-next-the-sea", "the wellspring trust", False),
    ],
)
def test_a_town_is_named_by_its_first_word(name: str, text: str, named: bool) -> None:
    name = name.removeprefix("control: ")
    assert _names_in({name}, f"What is new in {name}?", text) is named


def _figure_as_of(text: str, value: str, day: date) -> tuple[date | None, date | None]:
    doc = analyzed_doc("d1", day, text)
    claim = next(c for c in doc.claims if c.kind == "quantity" and c.value == value)
    return claim.as_of_earliest, claim.as_of_latest


@pytest.mark.parametrize(
    ("text", "value", "held_from"),
    [
        (
            "From 1 April 2023 the hourly charge at the quay car park will be £3.00 per hour.",
            "£3.00",
            date(2023, 4, 1),
        ),
        ("From 6 May 2024, the entry fee will be £8.50.", "£8.50", date(2024, 5, 6)),
        # a span's first day is not the start of a new level
        ("control: From 1 April to 30 June the charge is £3.00 per hour.", "£3.00", None),
        # a change announced for a day is told as of its report
        ("control: From 1 April 2025 the average household bill will rise by 6.2%.", "6.2%", None),
    ],
)
def test_a_sentence_opening_on_a_day_sets_when_its_figure_holds(
    text: str, value: str, held_from: date | None
) -> None:
    lo, hi = _figure_as_of(text.removeprefix("control: "), value, date(2023, 3, 6))
    assert lo == held_from
    if held_from is not None:
        assert hi == held_from


def test_an_hourly_charge_is_not_a_daily_maximum_and_the_short_name_counts() -> None:
    rows = [
        (
            date(2022, 7, 20),
            "Harbour parking busy\n\nThe quay car park at Burnham-on-Crouch was full by ten. Parking costs "
            "£1.80 per hour, with a daily maximum of £9.",
        ),
        (
            date(2023, 3, 6),
            "Burnham Quay Estate - Car park charges\n\nFrom 1 April 2023 the hourly charge at the Burnham "
            "quay "
            "car park will be £2.20 per hour (previously £1.80). The daily maximum rises to £11.",
        ),
    ]
    res = answer(
        "How much did it cost per hour to park at the Burnham-on-Crouch quay car park?",
        table_docs(rows),
        as_of=date(2023, 8, 1),
    )
    assert res.conflict_type == "outdated", res.explanation
    assert_values(res, ["£2.20"], absent=["£9", "£11"])
    assert res.as_of == "2023-04-01"


def test_an_owner_repeating_its_estimate_against_a_rivals_keeps_a_dispute() -> None:
    rows = [
        (
            date(2023, 6, 6),
            "Orrin Ledger\n\nSmelter promises 450 jobs\n\nGreyrock Metals says its proposed smelter near "
            "Orrin "
            "would employ 450 permanent workers once it reaches full output, with another 900 jobs during "
            "the two-year construction period.",
        ),
        (
            date(2023, 6, 20),
            "Basin Report\n\nAn economist hired by the Orrin Water Coalition says the Greyrock smelter would "
            "create closer to 120 permanent jobs, not the 450 the company advertises.",
        ),
        (
            date(2023, 7, 5),
            "Orrin County Commission - Meeting summary\n\nCommissioners heard from Greyrock Metals and the "
            "Orrin Water Coalition. The company repeated its estimate of 450 permanent jobs; the coalition's "
            "economist estimated 120. No action was taken.",
        ),
    ]
    res = answer("How many permanent jobs would the proposed smelter near Orrin create?", table_docs(rows))
    assert res.conflict_type == "conflicting_opinions", res.explanation
    assert_values(res, ["450", "120"], absent=["900"])


def test_a_sum_named_with_its_giver_after_it_is_a_share() -> None:
    rows = [
        (
            date(2023, 2, 14),
            "Plains Advocate\n\nThe state government will contribute $2.5 million towards the redevelopment "
            "of Orrin's outdoor pool, the local member announced.",
        ),
        (
            date(2023, 5, 19),
            "Media release\n\nThe federal government will invest $1.8 million in the Orrin pool "
            "redevelopment through the community infrastructure program.",
        ),
        (
            date(2023, 6, 28),
            "Orrin Shire Council - Budget news\n\nCouncil has adopted its budget. Highlights include:\n"
            "- $750,000 council contribution to the Orrin pool redevelopment, completing the funding "
            "package.\n- Road resealing across the shire.",
        ),
    ]
    res = answer(
        "How much money has been committed to the Orrin pool redevelopment, and by whom?", table_docs(rows)
    )
    assert res.conflict_type == "complementary", res.explanation
    assert_values(res, ["$2.5 million", "$1.8 million", "$750,000"])


def test_a_chair_elected_at_last_nights_agm_replaces_the_old_one() -> None:
    rows = [
        (
            date(2022, 5, 5),
            "Border Weekly\n\nJohn Carberry was re-elected chair of the Orrin Residents Forum at its annual "
            "general meeting.",
        ),
        (
            date(2023, 4, 20),
            "Orrin Residents Forum - News\n\nAt last night's AGM members elected Maire Toner as chair, "
            "replacing John Carberry, who stepped down after six years.",
        ),
    ]
    res = answer(
        "As of June 2023, who chaired the Orrin Residents Forum?", table_docs(rows), as_of=date(2023, 6, 30)
    )
    assert res.conflict_type == "outdated", res.explanation
    assert res.values[:1] == ("Maire Toner",), res.explanation
