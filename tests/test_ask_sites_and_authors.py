"""Where-questions answered with the site beside the question's verb ("will be built on Cerro Tolonche, in
the Antofagasta Region" is Cerro Tolonche, not the region); list members a source says are wrongly reported
or not so are no members; "Who wrote the line ...?" answered by the author the correcting sources name, never
by the famous name the line travels under.

Each row that must change an answer has a control beside it that must leave it alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import rules_answer as answer
from analyzed import table_docs
from tidings.ask.members import _sites_in, _without_containers
from tidings.attribution import misattribution

_MAR = date(2025, 3, 4)
_APR = date(2025, 4, 9)


@pytest.mark.parametrize(
    ("sentence", "verbs", "sites"),
    [
        pytest.param(
            "The consortium will build the 40-antenna array on Cerro Pailas, in the Atacama Region.",
            {"build"},
            ["Cerro Pailas"],
            id="site-after-verb-and-preposition",
        ),
        pytest.param(
            "The twister touched down near Corley Creek, about four miles west of Dunmore.",
            {"touch"},
            ["Corley Creek"],
            id="touched-down-near",
        ),
        pytest.param(
            "Eleven containers washed up on Skarvik beach on Monday.",
            {"wash"},
            ["Skarvik beach"],
            id="lowercase-place-head-kept",
        ),
        pytest.param(
            "The chain wants to build a 3,000 sq m store on the former Ashby gasworks off Tanner Lane.",
            {"build"},
            ["Ashby gasworks", "Tanner Lane"],
            id="site-and-the-street-it-lies-off",
        ),
        pytest.param(
            "The board has selected Monte Ariel, a ridge east of Pozo, as the site of its new telescope.",
            {"build"},
            ["Monte Ariel"],
            id="chosen-as-the-site",
        ),
        pytest.param(
            "The cargo ship Nordlys ran aground on Hesker Bank early on Monday.",
            {"run", "aground"},
            ["Hesker Bank"],
            id="irregular-past-ran-is-run",
        ),
        pytest.param(
            "The market will be held on Tuesday and Friday mornings from next week.",
            {"held"},
            [],
            id="control-a-weekday-is-no-site",
        ),
        pytest.param(
            "Officials will review the plans on Monday.",
            {"build"},
            [],
            id="control-another-verb-names-no-site",
        ),
    ],
)
def test_sites_beside_the_verb(sentence: str, verbs: set[str], sites: list[str]) -> None:
    assert _sites_in(sentence, frozenset(verbs), set()) == sites


@pytest.mark.parametrize(
    ("names", "sentence", "kept"),
    [
        pytest.param(
            ["Cerro Pailas", "Atacama Region"],
            "The array will be built on Cerro Pailas, in the Atacama Region.",
            ["Cerro Pailas"],
            id="a-region-that-holds-the-site-goes",
        ),
        pytest.param(
            ["Lindau", "Saxony"],
            "The factory will be built in Lindau (Saxony) from 2026.",
            ["Lindau"],
            id="a-bracketed-region-goes",
        ),
        pytest.param(
            ["Lindau", "Ostberg"],
            "Plants will be built in Lindau and in Ostberg.",
            ["Lindau", "Ostberg"],
            id="control-two-sites-both-stay",
        ),
    ],
)
def test_containers_dropped(names: list[str], sentence: str, kept: list[str]) -> None:
    assert _without_containers(names, sentence) == kept


def test_where_answers_the_site_not_its_region() -> None:
    docs = table_docs(
        [
            (
                _MAR,
                "The Southern Array board has selected Cerro Pailas, in Chile's Atacama Region, as the site "
                "of its 40-antenna radio array, ending a three-year survey.",
            ),
            (_APR, "Construction of the Southern Array on Cerro Pailas will begin in 2026, the board said."),
        ]
    )
    res = answer("Where will the Southern Array be built?", docs)
    assert "Cerro Pailas" in res.values, (res.values, res.explanation)
    assert not any("Atacama" in v for v in res.values), (res.values, res.explanation)


def test_a_place_a_source_calls_untrue_is_no_answer() -> None:
    docs = table_docs(
        [
            (None, "SHARE THIS. The council is going to let Pricewise build a superstore on ABBEY GREEN."),
            (
                _MAR,
                "We are aware of posts claiming that a supermarket will be built on Abbey Green. This is not "
                "true. Pricewise has applied to build a store on the former Ashby gasworks off Tanner Lane.",
            ),
        ]
    )
    res = answer("Where is the proposed Pricewise superstore to be built?", docs)
    got = " | ".join(res.values).lower()
    assert "gasworks" in got and "abbey green" not in got, (res.values, res.explanation)


def test_countries_a_source_says_are_not_visited_are_dropped() -> None:
    docs = table_docs(
        [
            (_MAR, "Trade Minister Ana Ruiz will lead a trade mission to Peru, Chile and the Philippines."),
            (None, "LEAKED: the minister's trip will include stops in Japan and Korea to sign a deal."),
            (_APR, "The advisory is fake. There are no plans to visit Japan or Korea on this trip."),
        ]
    )
    res = answer("Which countries is the trade minister visiting on her trade mission?", docs)
    assert {"Peru", "Chile", "Philippines"} <= set(res.values), (res.values, res.explanation)
    assert not {"Japan", "Korea"} & set(res.values), (res.values, res.explanation)


_THEATRE = [
    (
        _MAR,
        'Fact check: Dame Helen Marsh did not coin the viral line "A stage is a room where strangers agree". '
        "Our verdict: misattributed. The line was written by the Welsh playwright Idris Vaughan-Lloyd.",
    ),
    (None, "Vaughan-Lloyd, who died in 2009, wrote eleven plays; the line is from his 1994 play Low Tide."),
    (None, '"A stage is a room where strangers agree" - Dame Helen Marsh. Share if you love theatre!'),
]


@pytest.mark.parametrize(
    ("question", "rows", "right", "wrong"),
    [
        pytest.param(
            'Who wrote the line "A stage is a room where strangers agree"?',
            _THEATRE,
            "Idris Vaughan-Lloyd",
            ["Helen Marsh"],
            id="written-by-beats-did-not-coin",
        ),
        pytest.param(
            'Who said "Roads are the past, rail is the future"?',
            [
                (
                    _APR,
                    "A post wrongly attributed the words to Transport Minister Kofi Mensah. The words were "
                    "in fact spoken by engineer Abena Owusu-Darko at a 2021 summit.",
                )
            ],
            "Abena Owusu-Darko",
            ["Kofi Mensah"],
            id="spoken-by-beats-attributed-to",
        ),
        pytest.param(
            'Who said that a library is "the only warm room in town"?',
            [
                (
                    _APR,
                    "The line has been credited to three politicians. The earliest version we can find comes "
                    "from the novelist Ama Boateng-Reid, speaking in 2017. Verdict: misattributed. Correct "
                    "source: Ama Boateng-Reid.",
                )
            ],
            "Ama Boateng-Reid",
            [],
            id="earliest-version-comes-from-and-correct-source",
        ),
        pytest.param(
            'Who said "Roads are the past"?',
            [(_APR, "The line was quoted by the Governor of the Central Bank in a speech on Tuesday.")],
            None,
            [],
            id="control-a-body-is-no-author",
        ),
        pytest.param(
            "Who said the bridge would reopen in May?",
            [(_APR, "The bridge will reopen in May, said engineer Abena Owusu-Darko.")],
            None,
            [],
            id="control-a-plain-who-said-asks-no-author-phrase",
        ),
    ],
)
def test_quotation_author(
    question: str, rows: list[tuple[date | None, str]], right: str | None, wrong: list[str]
) -> None:
    found = misattribution(question, table_docs(rows))
    if right is None:
        assert found is None
        return
    assert found is not None
    assert found.right.name == right
    assert [w.name for w in found.wrong] == wrong
    assert found.disputed


def test_a_breaking_tag_is_no_dateline_place() -> None:
    docs = table_docs(
        [
            (None, "BREAKING - A cargo ship has hit Skerry Reef, according to local fishermen."),
            (
                _MAR,
                "CORRECTION: An earlier version said the Nordlys grounded on Skerry Reef. The cargo ship "
                "Nordlys ran aground on Hesker Bank, the coastguard said.",
            ),
        ]
    )
    res = answer("Where did the cargo ship Nordlys run aground?", docs)
    assert "Hesker Bank" in res.values, (res.values, res.explanation)
    assert not any(v.lower() == "breaking" for v in res.values), (res.values, res.explanation)


def test_misattributed_line_answer_is_the_author_never_the_famous_name() -> None:
    res = answer('Who wrote the line "A stage is a room where strangers agree"?', table_docs(_THEATRE))
    assert res.values == ("Idris Vaughan-Lloyd",), (res.values, res.explanation)
    assert res.conflict_type == "misinformation"
    assert [s.value for s in res.superseded] == ["Helen Marsh"]
