"""Complementary answers: each source tells part of a list (places, winners, days, sentences) and the
answer merges every part. Text written for these tests, modelled on local and wire news."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import analyzed_doc as _doc
from analyzed import rules_answer as answer
from tidings.ask import parse_question
from tidings.ask.members import _member_type, _members_in
from tidings.ask.people import _table_winner, _winner_slot
from tidings.model import Analyzed

# ------------------------------------------------------------------------------------ member kinds


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Which towns were cut off by the Selby floods?", "place"),
        ("What communities lost power in the ice storm?", "place"),
        ("Which products did Brannock recall?", "name"),  # control: not a class of places
        ("On which days will the bus drivers strike?", "date"),
        ("What dates have been set for the hearings?", "date"),
        ("What jail sentences did the three smugglers get?", "duration"),
        ("What fines did the three smugglers get?", "money"),  # fines are sums, not lengths of time
        ("Which crops does the co-operative supply to schools?", "thing"),
        ("What items will the blue bins no longer take?", "thing"),
        ("What did archaeologists find at the dig?", "thing"),
        ("Which operators won spectrum in the auction?", "name"),  # control: a class of named things
        ("Which roads will close for the marathon?", "name"),  # control: a class of named places
    ],
)
def test_member_type(question: str, kind: str) -> None:
    assert _member_type(parse_question(question)) == kind


# ------------------------------------------------------------------------------------ place members


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a dateline names the place the story happened, in capitals
        ("DUNMORE, March 3 — Crews cleared fallen trees all night.", ["Dunmore"]),
        ("Dunmore crews cleared fallen trees all night on March 3.", []),  # control: no dateline
        # the list goes on past its first member
        ("The storm cut power in Arley and Tamsworth overnight.", ["Arley", "Tamsworth"]),
        ("The storm cut power in Arley overnight, Tamsworth officials said.", ["Arley"]),  # control
        # a company's own site: "at its X plant"
        ("Dorrance will shut 300 jobs at its Kelvey plant.", ["Kelvey"]),
        ("Dorrance will shut 300 jobs, its Kelvey rival said.", []),  # control: no place preposition
        # a venue with a size before it
        ("The final will be played at the 40,000-seat Brenna Stadium.", ["Brenna Stadium"]),
    ],
)
def test_place_members(sentence: str, expected: list[str]) -> None:
    assert _members_in(sentence, "place", {"storm"}, "") == expected


@pytest.mark.parametrize(
    ("sentence", "kind", "expected"),
    [
        ("The union will walk out on Tuesday May 6 and on 14 May.", "date", ["May 6", "May 14"]),
        ("The union said the walkout could come in May.", "date", []),  # control: a month is not a day
        (
            "Pike was jailed for nine years and Marsh for a four-year term.",
            "duration",
            ["nine years", "four year"],
        ),
        ("Pike was jailed on Friday after a nine-day trial.", "duration", ["nine day"]),
        ("Pike was jailed on Friday.", "duration", []),  # control: no length of time
    ],
)
def test_day_and_term_members(sentence: str, kind: str, expected: list[str]) -> None:
    assert _members_in(sentence, kind, set(), "") == expected


# ------------------------------------------------------------------------------------ winners


@pytest.mark.parametrize(
    ("text", "winner"),
    [
        (
            "Ward 4 result\nCandidate | Party | Votes\nAnna Reyes | Labour | 980\nTom Hale | Green | 1,204\n",
            "Tom Hale",
        ),
        # control: a table without a votes column is not a result
        (
            "Ward 4 candidates\nCandidate | Party | Ward\nAnna Reyes | Labour | 4\nTom Hale | Green | 4\n",
            None,
        ),
    ],
)
def test_table_winner(text: str, winner: str | None) -> None:
    got = _table_winner(text)
    assert (got[2] if got else None) == winner


def _winners(question: str, docs: list[Analyzed]) -> set[str]:
    q = parse_question(question)
    return {i.claim.value for i in _winner_slot(q, docs, {}).items}


@pytest.mark.parametrize(
    ("sentence", "winner"),
    [
        ("Best actress went to Lena Moritz for the Harcourt Awards drama Tidewater.", "Lena Moritz"),
        ("Lena Moritz's surprise win at the Harcourt Awards delighted the crowd.", "Lena Moritz"),
        ("Omar Latif (Green) was elected at the Harcourt Awards count.", "Omar Latif"),
        ('"Low Water," a quiet family drama, won the top prize at the Harcourt Awards.', "Low Water"),
        ("Lena Moritz presented the Harcourt Awards prize.", None),  # control: no win
    ],
)
def test_win_phrases(sentence: str, winner: str | None) -> None:
    got = _winners("Who won the Harcourt Awards prizes?", [_doc("a", date(2024, 5, 2), sentence)])
    assert got == ({winner} if winner else set())


def test_signed_post_of_a_winner() -> None:
    post = _doc("p", None, "Thank you, Ward 2! Proud to be your new councillor. - Nadia Brook\n\n#Dunmore")
    plain = _doc("q", None, "Great night at the Dunmore count. - Nadia Brook\n\n#Dunmore")  # control
    q = "Who won the Dunmore council seats?"
    assert _winners(q, [post]) == {"Nadia Brook"}
    assert _winners(q, [plain]) == set()


def test_local_outlet_named_by_its_address() -> None:
    text = "Incumbent Rosa Quint won Ward 1 with 58% of the vote."
    local = _doc("a", date(2022, 11, 9), text, url="https://dunmoreherald.example/wards")
    other = _doc("b", date(2022, 11, 9), text, url="https://news.example/wards")  # control
    q = "Who won the Dunmore council election in Ward 1?"
    assert _winners(q, [local]) == {"Rosa Quint"}
    assert _winners(q, [other]) == set()


def test_medal_placings_count_only_for_medal_questions() -> None:
    doc = _doc(
        "a", date(2025, 7, 26), "Mira Sohn finished second in the women's 5,000 metres at the Alder Games."
    )
    assert _winners("Who won the medals in the women's 5,000 metres at the Alder Games?", [doc]) == {
        "Mira Sohn"
    }
    assert _winners("Who won the women's 5,000 metres at the Alder Games?", [doc]) == set()  # control


# ------------------------------------------------------------------------------------ end to end


def test_winners_of_several_seats_are_parts() -> None:
    docs = [
        _doc(
            "a",
            date(2022, 11, 9),
            "Incumbent Rosa Quint won Ward 1 of the Dunmore council with 58% of the vote.",
        ),
        _doc("b", date(2022, 11, 10), "Felix Arno won Dunmore's Ward 2 council seat by 40 votes."),
    ]
    res = answer("Who won the two ward seats in the Dunmore council election?", docs)
    assert res.conflict_type == "complementary"
    assert set(res.values) == {"Rosa Quint", "Felix Arno"}


def test_one_seat_two_winners_are_not_parts() -> None:
    # control: one seat, two claimed winners is no list
    docs = [
        _doc("a", date(2022, 11, 9), "Rosa Quint won the Dunmore mayoral election with 51% of the vote."),
        _doc("b", date(2022, 11, 12), "Felix Arno won the Dunmore mayoral election after a recount."),
    ]
    res = answer("Who won the Dunmore mayoral election?", docs)
    assert res.conflict_type != "complementary"


def test_places_spread_over_sources_are_merged() -> None:
    docs = [
        _doc(
            "a",
            date(2025, 2, 10),
            "KELBY, Feb. 10 — Kelby residents were evacuated as the River Tane flooding spread.",
        ),
        _doc(
            "b",
            None,
            "Residents of Ashcombe were also evacuated as the River Tane flooding spread downstream.",
        ),
    ]
    res = answer("Which villages were evacuated because of the River Tane flooding?", docs)
    assert res.conflict_type == "complementary"
    assert {"Kelby", "Ashcombe"} <= set(res.values)


def test_days_spread_over_sources_are_merged() -> None:
    docs = [
        _doc("a", date(2025, 3, 10), "Vestmark bus drivers will strike on 3 April, their union said."),
        _doc("b", date(2025, 3, 20), "Vestmark bus drivers will also strike on 17 April, the union said."),
    ]
    res = answer("On which days will Vestmark bus drivers strike?", docs)
    assert res.conflict_type == "complementary"
    assert {"April 3", "April 17"} <= set(res.values)


def test_question_of_several_kinds_is_not_a_list() -> None:
    # control for the list slot: cost, builder and date are asked together, not a list of amounts
    docs = [
        _doc("a", date(2024, 10, 1), "The Lorne Bridge replacement will cost $400 million, the county said."),
        _doc(
            "b",
            date(2024, 10, 3),
            "Brask Construction is building the Lorne Bridge replacement, due in 2027.",
        ),
    ]
    res = answer("What will the Lorne Bridge replacement cost, who is building it, and when is it due?", docs)
    assert "list slot" not in " ".join(res.explanation)


@pytest.mark.parametrize(
    ("question", "complementary"),
    [
        ("When do the new Arlow and Penn Cross stations open?", True),
        # control: one station, a later date replaces the earlier one
        ("When does the new Arlow station open?", False),
    ],
)
def test_dates_of_named_parts(question: str, complementary: bool) -> None:
    docs = [
        _doc("a", date(2024, 12, 10), "Arlow's new railway station will open to passengers on March 3."),
        _doc("b", date(2025, 1, 28), "Penn Cross station will open on May 19, the transport authority said."),
        _doc("c", date(2025, 2, 2), "Arlow station will now open on April 7 after drainage delays."),
    ]
    res = answer(question, docs)
    assert (res.conflict_type == "complementary") is complementary
