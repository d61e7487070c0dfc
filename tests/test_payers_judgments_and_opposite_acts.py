"""Who should pay is answered by the parties sources argue should meet the cost, and different parties
from different stories are sides; what impact something will have is answered by how sources judge the
effect; asked whether a thing should be kept, "remove it" is the other side. Text written for these
tests, modelled on council press releases, campaign newsletters, explainers and local news."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, rules_answer, table_docs
from tidings.ask.assessments import changes_in, judgments_in
from tidings.ask.payers import payers_in


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        ("Our position is simple: central government should pay.", ["central government"]),
        ("Residents say the state government should foot the bill.", ["state government"]),
        ("80% of the cost is met by the property owners who benefit.", ["property owners"]),
        ("It was fair for landowners to carry most of the cost, she said.", ["landowners"]),
        ("The OPW says the council, as the lead authority, must share the extra cost.", ["council"]),
        ("Ratepayers in Dunmore shouldn't pay to protect houses on the spit.", []),
        ("Nobody knows how the scheme will be paid for.", []),
    ],
)
def test_payers_in(sentence: str, parties: list[str]) -> None:
    assert payers_in(sentence) == parties


def test_who_should_pay_is_disputed_between_parties() -> None:
    rows = [
        (
            date(2023, 8, 8),
            "The proposed Kaiwhata seawall is estimated to cost $18 million. The regional council's "
            "preferred option is that most of the cost is met by the property owners who benefit.",
        ),
        (
            date(2023, 8, 15),
            "Kaiwhata Residents Inc newsletter. Our position on the Kaiwhata seawall is simple: central "
            "government should pay, from the cyclone recovery fund.",
        ),
    ]
    res = rules_answer("Who should pay for the new Kaiwhata seawall?", table_docs(rows))
    assert res.conflict_type == "conflicting_opinions", res.explanation
    assert_values(res, ["property owners", "central government"])


def test_one_payer_named_by_every_source_is_no_dispute() -> None:
    rows = [
        (
            date(2024, 2, 1),
            "The council says Harbour Rail, which owns the Mill Lane bridge, must pay for it.",
        ),
        (
            date(2024, 2, 3),
            "Harbour Rail Assets should pay to repair the Mill Lane bridge, councillors said.",
        ),
    ]
    res = rules_answer("Who should pay to repair the Mill Lane bridge?", table_docs(rows))
    assert res.conflict_type == "no_conflict", res.explanation
    assert res.values == ("Harbour Rail Assets",), res.values


@pytest.mark.parametrize(
    ("sentence", "judged"),
    [
        ("The corporation said its impact on mangroves would be minimal.", ["minimal"]),
        ("The damage to the mangrove ecosystem would be irreversible.", ["irreversible"]),
        ("The embankment section would cause irreversible damage to the creek.", ["irreversible"]),
        ("The road would cut the journey from 50 minutes to 10.", []),
    ],
)
def test_judgments_in(sentence: str, judged: list[str]) -> None:
    assert judgments_in(sentence) == judged


def test_what_impact_is_answered_by_how_sources_judge_it() -> None:
    rows = [
        (
            date(2020, 12, 3),
            "The corporation defended the Manori creek link road, saying its impact on the mangroves "
            "would be minimal.",
        ),
        (
            date(2020, 12, 7),
            "Save Manori Creek says the link road's embankment would choke the tidal flow, and the damage to "
            "the mangroves would be irreversible.",
        ),
    ]
    res = rules_answer("What impact will the Manori creek link road have on the mangroves?", table_docs(rows))
    assert res.conflict_type == "conflicting_opinions", res.explanation
    assert_values(res, ["minimal", "irreversible"])


def test_removing_is_the_other_side_of_keeping() -> None:
    rows = [
        (
            date(2022, 8, 25),
            "Tarrin Shire Council voted to ask the state government to remove the shark nets from Tarrin's "
            "beaches, citing the turtles and dolphins they kill.",
        ),
        (
            date(2022, 8, 27),
            "Surf lifesavers have called on the state government to keep the shark nets at Tarrin's "
            "beaches, saying they reassure swimmers.",
        ),
    ]
    res = rules_answer("Should the shark nets at Tarrin's beaches be kept?", table_docs(rows))
    assert res.conflict_type == "conflicting_opinions", res.explanation
    assert_values(res, ["remove the shark nets", "keep the shark nets"])


def test_an_end_a_sentence_only_supposes_is_no_end() -> None:
    rows = [
        (
            date(2022, 6, 14),
            "On June 14, 2022, the Corran County Commissioners Court approved a burn "
            "ban prohibiting outdoor burning in Corran County for 90 days, unless rescinded earlier.",
        ),
    ]
    res = rules_answer("Is there a burn ban in Corran County?", table_docs(rows))
    assert res.values and res.values[0].startswith("Yes"), (res.values, res.explanation)
    assert res.conflict_type == "no_conflict", res.explanation


@pytest.mark.parametrize(
    ("sentence", "changes"),
    [
        ("Owners say bookings fell 18% after the levy came in.", [("18%", False)]),
        ("Visitor numbers rose 6 per cent between July and December.", [("6%", True)]),
        ("Footfall was up by about 12% on the year, down from a 15% rise.", [("12%", True)]),
        ("The levy raised R1.1 million for marketing.", []),
    ],
)
def test_changes_in(sentence: str, changes: list[tuple[str, bool]]) -> None:
    assert changes_in(sentence) == changes


_LEVY = [
    (
        date(2025, 2, 12),
        "Guesthouses say levy has driven tourists away\n\nGuesthouse owners in Kelby say bookings fell 18% "
        "in the six months after the municipality introduced a tourism levy.",
    ),
    (
        date(2025, 2, 19),
        "MUNICIPALITY - MEDIA STATEMENT\n\nThe municipality notes claims that the tourism levy has reduced "
        "visitor numbers. Park gate figures show visitor numbers {way} 6% between July and December.",
    ),
]


@pytest.mark.parametrize(
    ("way", "ctype"),
    [
        pytest.param("rose", "conflicting_opinions", id="a-rise-against-a-fall"),
        pytest.param("fell", "conflicting_opinions", id="two-sizes-of-a-fall"),
    ],
)
def test_an_effect_measured_by_each_side(way: str, ctype: str) -> None:
    rows = [_LEVY[0], (_LEVY[1][0], _LEVY[1][1].format(way=way))]
    res = rules_answer("What effect has Kelby's tourism levy had on visitor numbers?", table_docs(rows))
    assert res.conflict_type == ctype, res.explanation
    assert_values(res, ["18%", "6%"])
    assert ("opposite directions" in " ".join(res.explanation)) is (way == "rose"), res.explanation
