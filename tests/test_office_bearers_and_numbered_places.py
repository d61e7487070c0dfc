"""A body's posts asked of together ("Who are the office-bearers?") are answered by the holder of each post,
from minutes' label lines ("Secretary: Tom Baxendale") and "agreed to serve as treasurer" as much as from
news sentences, and never by a holder who has left; a post placed after its title ("appointed Ann Roe as
harbourmaster for Kilbrack") is of that place, whoever appointed; a hearsay word opening a post ("Hearing
Dermot Quigley is the new ...") is no part of a name; a year that names a season ("will open its 2025
season on Saturday, May 3") is not the opening's date; a site on a numbered road keeps its number
("Highway 61", "5th Avenue West"). Text written for these tests, modelled on club minutes, council
notices, community pages and market listings; places, people and figures are invented."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, rules_answer, table_docs
from tidings.ask.question import parse_question
from tidings.claims import extract_claims
from tidings.model import Claim, DateEstimate, Document
from tidings.timex import tag

Rows = list[tuple[date | None, str]]

_DAY = date(2024, 3, 4)


def _holders(text: str) -> dict[str, str]:
    doc = Document(id="t", text=text, raw=text, body=text, source="t", format="text", external_id="t")
    est = DateEstimate(_DAY, _DAY, "day", 1.0, "test")
    claims: list[Claim] = extract_claims(doc, est, tuple(tag(text, _DAY)))
    return {c.value: c.attribute for c in claims if c.kind == "role"}


# ------------------------------------------------------------------------------------- who holds a post


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        pytest.param(
            "Minutes of the annual general meeting\nChair: Orla Keegan (re-elected)\nTreasurer: Colm Tierney",
            {"Orla Keegan": "chairman", "Colm Tierney": "treasurer"},
            id="minutes-label-lines",
        ),
        pytest.param(
            "Election of officers:\nSecretary: nominations - Ruth Abernethy. Elected.",
            {"Ruth Abernethy": "secretary"},
            id="label-after-nominations",
        ),
        pytest.param(
            "We are pleased that Devika Raman, a retired bank manager from Upper Lorne, has agreed to "
            "serve as "
            "treasurer.",
            {"Devika Raman": "treasurer"},
            id="agreed-to-serve-after-a-long-aside",
        ),
        pytest.param(
            "Ms Bronagh Tully has been appointed to the position of Harbourmaster, Kilbrack, from 1 June.",
            {"Bronagh Tully": "harbourmaster"},
            id="appointed-to-the-position-of",
        ),
        pytest.param(
            "Congratulations to Ewan Strachan, re-elected secretary of the Ardlui Boat Club for a fourth "
            "year.",
            {"Ewan Strachan": "secretary"},
            id="re-elected-in-apposition",
        ),
        pytest.param(
            "Amira Haddad has been named vice chair of the Lorne Heritage Trust.",
            {"Amira Haddad": "vice chair"},
            id="vice-chair-is-its-own-post",
        ),
        pytest.param(
            "BREAKING: Hearing Dermot Quigley is the new harbourmaster at Kilbrack. Well deserved!",
            {"Dermot Quigley": "harbourmaster"},
            id="hearsay-word-is-no-name",
        ),
        pytest.param(
            "Irving Castellano Reyes is the new harbourmaster at Kilbrack.",
            {"Irving Castellano Reyes": "harbourmaster"},
            id="control-a-given-name-ending-in-ing",
        ),
        pytest.param(
            "Minutes of the meeting\nThe chair thanked members: the treasurer's report was adopted.",
            {},
            id="control-no-label-line",
        ),
    ],
)
def test_holders_of_posts(text: str, holders: dict[str, str]) -> None:
    assert _holders(text) == holders


_CLUB_NEWS = (
    date(2024, 2, 12),
    "Walkers form friends group for the Lorne railway path\nAbout 30 people attended the first meeting of "
    "the "
    "Friends of the Lorne Railway Path on Thursday, where retired nurse Hilda Brannock was elected "
    "president. "
    "She succeeds interim convenor Ailsa Morrow.",
)
_CLUB_MINUTES = (
    date(2024, 2, 14),
    "Friends of the Lorne Railway Path\nMinutes of the inaugural meeting\nPresident: Hilda Brannock (elected "
    "unopposed)\nSecretary: nominations - Fergus Laidlaw. Elected.\nTreasurer: deferred to the committee.",
)
_CLUB_NEWSLETTER = (
    date(2024, 3, 1),
    "Friends of the Lorne Railway Path - Newsletter 1\nWe are pleased to report that Devika Raman, a local "
    "bookkeeper, has agreed to serve as treasurer, completing our committee.",
)


@pytest.mark.parametrize(
    ("question", "rows", "values", "absent"),
    [
        pytest.param(
            "Who are the office-bearers of the new Friends of the Lorne Railway Path?",
            [_CLUB_NEWS, _CLUB_MINUTES, _CLUB_NEWSLETTER],
            ["Hilda Brannock", "Fergus Laidlaw", "Devika Raman"],
            ["Ailsa Morrow"],
            id="office-bearers-from-news-minutes-and-newsletter",
        ),
        pytest.param(
            "Who are the officers of the Friends of the Lorne Railway Path?",
            [_CLUB_NEWS, _CLUB_MINUTES],
            ["Hilda Brannock", "Fergus Laidlaw"],
            ["Ailsa Morrow"],
            id="officers-without-the-one-who-left",
        ),
        pytest.param(
            "Who is the treasurer of the Friends of the Lorne Railway Path?",
            [_CLUB_NEWS, _CLUB_NEWSLETTER],
            ["Devika Raman"],
            ["Hilda Brannock"],
            id="one-post-asked",
        ),
    ],
)
def test_a_bodys_posts_asked_together(
    question: str, rows: Rows, values: list[str], absent: list[str]
) -> None:
    assert parse_question(question).attribute in ("office-bearers", "officers", "treasurer")
    assert_values(rules_answer(question, table_docs(rows)), values, absent)


# ----------------------------------------------------------------------- the place a post is of, told late

_RUMOUR = (
    None,
    "Kilbrack Chat (community page)\nHearing Dermot Quigley is the new harbourmaster at Kilbrack. Fair play "
    "Dermot!",
)
_COUNCIL_NEWS = (
    date(2022, 4, 6),
    "Council names new harbourmaster\nMoyle County Council has appointed Bronagh Tully as harbourmaster for "
    "Kilbrack and Rossan piers, following a competition that closed in February.",
)
_OTHER_PORT = (
    date(2022, 4, 6),
    "Council names new harbourmaster\nMoyle County Council has appointed Bronagh Tully as harbourmaster for "
    "Rossan pier, following a competition that closed in February.",
)


@pytest.mark.parametrize(
    ("rows", "values", "absent"),
    [
        pytest.param([_RUMOUR, _COUNCIL_NEWS], ["Bronagh Tully"], ["Hearing"], id="post-for-the-place-asked"),
        pytest.param(
            [_RUMOUR, _OTHER_PORT], ["Dermot Quigley"], ["Bronagh Tully"], id="control-another-port"
        ),
    ],
)
def test_a_post_placed_after_its_title(rows: Rows, values: list[str], absent: list[str]) -> None:
    res = rules_answer("Who has been appointed harbourmaster at Kilbrack?", table_docs(rows))
    assert_values(res, values, absent)


# ------------------------------------------------------------------------------- a year naming a season

_MARKET_Q = "When does the 2024 season of the Lorne Valley Farmers Market open?"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        pytest.param(
            "The Lorne Valley Farmers Market will open its 2024 season on Saturday, May 4, the market "
            "association announced Wednesday.",
            "2024-05-04",
            id="season-year-between-verb-and-day",
        ),
        pytest.param(
            "The Lorne Valley Farmers Market will open on Saturday, May 4, for its 2024 season.",
            "2024-05-04",
            id="control-day-next-to-the-verb",
        ),
    ],
)
def test_a_year_naming_a_season_is_not_the_date(text: str, day: str) -> None:
    res = rules_answer(_MARKET_Q, table_docs([(date(2024, 4, 10), text)]))
    assert res.values[:1] == (day,), (res.values, res.explanation)


# ------------------------------------------------------------------------------- numbered roads as sites


@pytest.mark.parametrize(
    ("text", "values", "absent"),
    [
        pytest.param(
            "Councillor Moe proposed a third option on Highway 12 east of town, next to the works yard.",
            ["Highway 12"],
            [],
            id="numbered-highway",
        ),
        pytest.param(
            "The chief has proposed the old county garage lot on 5th Avenue West as the site.",
            ["5th Avenue West"],
            [],
            id="ordinal-street",
        ),
        pytest.param(
            "Councillor Moe proposed the site on 5th March, next to the works yard on Mill Road.",
            ["Mill Road"],
            ["5th"],
            id="control-ordinal-day-is-no-street",
        ),
    ],
)
def test_numbered_places_keep_their_numbers(text: str, values: list[str], absent: list[str]) -> None:
    res = rules_answer(
        "Which sites have been proposed for Lornetown's new fire hall?",
        table_docs([(date(2022, 5, 10), text)]),
    )
    assert_values(res, values, absent)


# ------------------------------------------------------------------------------------ named natural features

_CAVE_ROWS: Rows = [
    (
        date(2025, 6, 5),
        "Regional news\nA satirical article claiming all caves at Ardmoor are closed for winter has been "
        "shared "
        "widely. The parks service says only Kestrel Cave and Victoria Fossil Cave are closed during the "
        "lighting upgrade. Wet Cave remains open, along with the visitor centre.",
    ),
]


@pytest.mark.parametrize(
    ("question", "values", "absent"),
    [
        pytest.param(
            "Which caves at Ardmoor Caves National Park are closed during the lighting upgrade?",
            ["Kestrel Cave", "Victoria Fossil Cave"],
            ["refund", "parks service"],
            id="caves-go-by-their-names",
        ),
    ],
)
def test_named_caves_are_listed(question: str, values: list[str], absent: list[str]) -> None:
    assert_values(rules_answer(question, table_docs(_CAVE_ROWS)), values, absent)
