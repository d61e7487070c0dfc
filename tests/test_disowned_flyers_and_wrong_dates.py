"""A body disowning what goes round in its name ("That flyer did not come from us") and a report said to carry
"the wrong start date" refute it; a flyer or a poster is a report a refutation can name."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, table_docs
from analyzed import rules_answer as answer
from tidings.claims import refutation_cue
from tidings.conflicts import refutation_of


@pytest.mark.parametrize(
    ("sentence", "refutes"),
    [
        ("That flyer did not come from us.", True),
        ("The poster was not issued by us, the club said.", True),
        ("Organisers are asking people to ignore a flyer with the wrong start date.", True),
        ("A leaflet going round gives the wrong venue for the market.", True),
        # a wrong turn is no report found false
        ("control: The driver took the wrong turn near the bridge.", False),
        ("control: Most of the stallholders come from us locals, she joked.", False),
    ],
)
def test_a_disowned_or_wrongly_dated_report_is_refuted(sentence: str, refutes: bool) -> None:
    text = sentence.removeprefix("control: ")
    assert bool(refutation_of(text)) is refutes
    assert bool(refutation_cue(text)) is refutes


def test_a_date_answer_with_a_flyer_said_to_be_wrong_is_misinformation() -> None:
    rows = [
        (
            date(2024, 1, 22),
            "[Image text, shared to the Orrin Community Page]\nORRIN NIGHT MARKET IS BACK!\n"
            "FIRST MARKET FRIDAY 2 FEBRUARY\n5pm - 9pm, Memorial Hall carpark",
        ),
        (
            date(2024, 1, 24),
            "Orrin Night Market - News\n\nA flyer going around Facebook says our first market is on "
            "2 February. That flyer did not come from us. The first night market of the season is on "
            "Friday 9 February at the Domain as usual.",
        ),
        (
            date(2024, 1, 26),
            "Orrin Advertiser\n\nOrganisers of the Orrin night market are asking people to ignore a flyer "
            "with the wrong start date.",
        ),
    ]
    res = answer("When is the first Orrin night market of the season?", table_docs(rows))
    assert res.conflict_type == "misinformation", res.explanation
    assert_values(res, ["2024-02-09"], absent=["2024-02-02"])


def test_a_short_verdict_on_a_report_about_the_slot_told_before_it_makes_the_figure_misinformation() -> None:
    # the council's release names the council, not the town: its figure is not in the slot, its verdict is
    rows = [
        (
            date(2024, 5, 16),
            "Orrin Community Chat\n\nPost by Brett W.\nHeads up everyone. Council is putting rates up 25 per "
            "cent from July.",
        ),
        (
            date(2024, 5, 21),
            "Kelby River Council - Media release\n\nCouncil is aware of claims circulating on social media "
            "that rates will rise by 25 per cent from 1 July. This is not correct.",
        ),
        (
            date(2024, 5, 23),
            "Radio Riverland - Breakfast\n\nMAYOR: No. The general rate rise in Orrin is 4.5 per cent, full "
            "stop.",
        ),
    ]
    res = answer("How much will general rates rise in Orrin next financial year?", table_docs(rows))
    assert res.conflict_type == "misinformation", res.explanation
    assert_values(res, ["4.5 per cent"], absent=["25 per cent"])
