"""Who holds a record (its newest setter, not the holders it was taken from, nor another division's); a
follow-up figure from a source that never names the area but heads its update with the question's named
event; a date the event has moved to ("we now plan to reopen on ...") and a list of dates it moved from;
a place a source turns away from ("in Lanby instead of on Castle Hill"); a wage asked as a figure."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, table_docs
from analyzed import rules_answer as answer
from tidings.ask import parse_question

_SWIMS = [
    (
        date(2019, 8, 12),
        "Eastbay Courier\n\nGalbraith sets Kessock Sound record\n\nMoira Galbraith became the fastest "
        "woman to swim the Kessock Sound on Saturday, taking 20 minutes off the record of 4 hours 2 minutes "
        "set by Ann Mackie in 1998. The men's record of 3 hours 5 minutes is held by Euan Baird.",
    ),
    (
        date(2021, 7, 20),
        "Open Water News\n\nDunlop lowers Kessock Sound record\n\nKirsty Dunlop set a new women's record "
        "for the Kessock Sound on Saturday, eleven minutes faster than the mark set by Moira Galbraith two "
        "years ago.",
    ),
    (
        date(2023, 6, 30),
        "Eastbay Courier\n\nSchoolgirl breaks Kessock Sound record\n\nOrla Breen, 17, has become the fastest "
        "woman to swim the Kessock Sound. Saturday's swim beat Kirsty Dunlop's 2021 record by seven "
        "minutes. Her coach, Moira Galbraith - who held the record from 2019 to 2021 - was on the boat.",
    ),
]


@pytest.mark.parametrize(
    ("rows", "holder", "absent"),
    [
        pytest.param(_SWIMS, "Orla Breen", ["Dunlop", "Galbraith", "Mackie", "Baird"], id="newest-setter"),
        pytest.param(
            _SWIMS[:2], "Kirsty Dunlop", ["Breen", "Galbraith", "Mackie"], id="control-before-breen"
        ),
        pytest.param(_SWIMS[:1], "Moira Galbraith", ["Mackie", "Baird"], id="other-division-and-old-holder"),
    ],
)
def test_record_holder(rows: list[tuple[date | None, str]], holder: str, absent: list[str]) -> None:
    res = answer("Who holds the women's record for swimming the Kessock Sound?", table_docs(rows))
    assert_values(res, [holder], absent)


def test_record_signing_is_not_a_record_holder_question() -> None:
    docs = table_docs(
        [(date(2024, 8, 1), "Harlow Athletic have signed striker Tom Vane for a club record fee of £2.1m.")]
    )
    res = answer("Who is Harlow Athletic's record signing?", docs)
    assert "role.record" not in " ".join(res.explanation)


_STORM = [
    (
        date(2024, 11, 23),
        "Storm Eska: 48,000 homes without power\n\nAbout 48,000 homes across the Dunmore area were without "
        "power on Saturday evening after Storm Eska brought gusts of 90mph.",
    ),
    (
        date(2024, 11, 26),
        "Network update - Storm Eska\n\nAs of 8am on Tuesday, around 900 homes remain without supply, nearly "
        "all on the islands. At the peak of the storm on Saturday evening, 48,000 customers were off supply.",
    ),
]


@pytest.mark.parametrize(
    ("rows", "values", "absent"),
    [
        pytest.param(_STORM, ["900"], ["48,000"], id="the-operators-follow-up-answers"),
        pytest.param(
            [
                _STORM[0],
                (
                    date(2024, 11, 26),
                    "Network update\n\nAs of 8am on Tuesday, around 900 homes remain without supply. At the "
                    "peak on Saturday evening, 48,000 customers were off supply.",
                ),
            ],
            ["48,000"],
            ["900"],
            id="control-an-update-naming-neither-the-storm-nor-the-area",
        ),
    ],
)
def test_follow_up_figure(rows: list[tuple[date | None, str]], values: list[str], absent: list[str]) -> None:
    res = answer("How many homes are without power after Storm Eska in the Dunmore area?", table_docs(rows))
    assert_values(res, values, absent)


_REOPENING = [
    (
        date(2023, 2, 10),
        "Arts centre to close\n\nCastlebridge Arts Centre will close next month for a refurbishment and is "
        "due to reopen on 16 September 2023, its trustees said.",
    ),
    (
        date(2023, 7, 18),
        "Castlebridge Arts Centre - News\n\nAsbestos delays our reopening\n\nOur reopening has been put back "
        "from September. We now plan to reopen on Saturday 25 November 2023, with a gala.",
    ),
]


@pytest.mark.parametrize(
    ("rows", "value", "absent"),
    [
        pytest.param(_REOPENING, "2023-11-25", "2023-09-16", id="now-plan-to-reopen-is-the-moved-date"),
        pytest.param(
            [
                *_REOPENING,
                (
                    date(2023, 8, 30),
                    "Radio news\n\nCastlebridge Arts Centre had been due to reopen in September and then in "
                    "November, but the work is delayed again by problems with the roof.",
                ),
            ],
            "2023-11-25",
            "2023-09-16",
            id="dates-listed-after-had-been-due-are-all-former",
        ),
    ],
)
def test_moved_dates(rows: list[tuple[date | None, str]], value: str, absent: str) -> None:
    res = answer("When is the Castlebridge Arts Centre due to reopen?", table_docs(rows))
    assert value in res.values, (res.values, res.explanation)
    assert absent not in res.values, (res.values, res.explanation)
    assert "2023-11" not in [v for v in res.values if v != value], (res.values, res.explanation)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param(
            "The Northern Classic's final stage will finish on the seafront in Lanby instead of on Castle "
            "Hill in Harwood, organisers said.",
            ["Castle Hill", "Harwood"],
            id="instead-of",
        ),
        pytest.param(
            "The final stage of the Northern Classic was moved from Harwood to Lanby because of gas works.",
            ["Harwood"],
            id="moved-from-x-to-y-keeps-y",
        ),
    ],
)
def test_a_place_turned_away_from_is_no_answer(text: str, absent: list[str]) -> None:
    res = answer("Where does the final stage of the Northern Classic finish?", table_docs([(None, text)]))
    assert_values(res, ["Lanby"], absent)


def test_a_preference_keeps_both_places() -> None:
    rows: list[tuple[date | None, str]] = [
        (
            None,
            "Residents want the new Velmora runway built at Ostmark rather than Lindvik, their group said.",
        ),
        (None, "The airline wants the new Velmora runway built at Lindvik, its chief executive said."),
    ]
    res = answer("Where should the new Velmora runway be built?", table_docs(rows))
    assert_values(res, ["Ostmark", "Lindvik"])


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What is the statutory minimum hourly wage in Westhaven?", "number"),
        ("What is the monthly rent for a council flat in Dunmore?", "number"),
        ("What is the parking fee at Dunmore hospital?", "number"),
        ("What is the name of the new ferry?", "open"),
    ],
)
def test_money_and_limit_heads_ask_for_a_figure(question: str, kind: str) -> None:
    assert parse_question(question).kind == kind
