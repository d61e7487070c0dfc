"""Winners named by "after defeating" or "declaring X elected", and a fact check's rated claim; a cause after
a long subject's failure and "the only reason for the delay is"; a message people are told to ignore; a
"no" about something else in a comma's part; members a denial names by a short form, and seas that are no
companies; parts a whole includes beside its total; sums each put in by its own contributor; a figure its
owner stands by against a side that calls it misleading; a figure joined to another noun ("a 25-turbine
farm"); a date something slipped to, and a later plain date beside a move; listed things with figure words
("a 3G pitch"). Text written for these tests, modelled on local news."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, table_docs
from analyzed import rules_answer as answer
from tidings.conflicts import refutation_of
from tidings.facts import causes_in
from tidings.things import listings
from tidings.timex._tense import TenseFinder

# ----------------------------------------------------------------------------------------------- winners

_ELECTION = [
    (
        date(2023, 11, 9),
        "Councilmember Rosa Albright will be Tarrow's next mayor after defeating challenger Neil Garvey, "
        "according to updated county results released on Thursday. Garvey conceded on Thursday evening.",
    ),
    (
        None,
        "Post shared 2,400 times\n\nRECOUNT FLIPS TARROW RACE!!! Neil Garvey is the real winner after a box "
        "of ballots turned up in a basement. Share before they delete it!",
    ),
    (
        None,
        "FACT CHECK: No recount in Tarrow\n\nClaim: A recount found hidden ballots and made Neil Garvey the "
        "winner of Tarrow's mayoral election.\nRating: False\n\nNo recount was held; Albright's margin was "
        "more than five points.",
    ),
    (
        date(2023, 12, 1),
        "The Tarrow City Council today canvassed the results of the November election, officially declaring "
        "Rosa Albright elected mayor.",
    ),
]


def test_the_winner_after_defeating_and_declared_elected_with_the_rated_claim_refuted() -> None:
    res = answer("Who won the Tarrow mayoral election?", table_docs(_ELECTION))
    assert res.values == ("Rosa Albright",), (res.values, res.explanation)
    assert res.conflict_type == "misinformation", res.explanation
    assert "Neil Garvey" in res.text  # named as the refuted claim, not as a winner


def test_a_post_naming_the_real_winner_names_that_winner() -> None:
    # "X is the real winner": with no refutation beside it, the post names its winner
    res = answer("Who won the Tarrow mayoral election?", table_docs(_ELECTION[1:2]))
    assert res.values == ("Neil Garvey",), (res.values, res.explanation)


# ------------------------------------------------------------------------------------------------ causes


@pytest.mark.parametrize(
    ("sentence", "cause"),
    [
        pytest.param(
            "The opening of the new stand has been pushed back to November after the stadium's fire alarm "
            "system failed its final test.",
            "the stadium's fire alarm system failed its final test",
            id="after-a-long-subject-failed",
        ),
        pytest.param(
            "The council said the only reason for the delay is the lift installation.",
            "the lift installation",
            id="the-only-reason-for-the-delay-is",
        ),
    ],
)
def test_causes_after_a_failure_and_a_reason_for_the_delay(sentence: str, cause: str) -> None:
    assert [c.fact.text for c in causes_in(sentence)] == [cause]


# -------------------------------------------------------------------------------- a message to be ignored


@pytest.mark.parametrize(
    ("sentence", "refutes"),
    [
        ("The commission warned voters to ignore a text message claiming the vote had moved to 9 May.", True),
        ("Residents were told to disregard any posts saying the bins will be collected on Friday.", True),
        ("Drivers should ignore the satnav and follow the diversion signs.", False),
    ],
)
def test_a_message_to_be_ignored_is_refuted(sentence: str, refutes: bool) -> None:
    assert bool(refutation_of(sentence)) is refutes


def test_the_date_a_message_to_ignore_gives_is_refuted() -> None:
    rows = [
        (
            date(2022, 4, 4),
            "The Electoral Commission has proclaimed a by-election for Ward 9 in Kelvale to be held on "
            "Wednesday 18 May 2022, following the resignation of the ward councillor.",
        ),
        (
            date(2022, 5, 2),
            "URGENT: the Ward 9 Kelvale by-election has been MOVED to Wednesday 11 May. Forward this!!",
        ),
        (
            date(2022, 5, 3),
            "The commission has warned Kelvale voters to ignore a message claiming the Ward 9 by-election "
            "had been moved to 11 May. The date has not changed, it said.",
        ),
    ]
    res = answer("When is the by-election for Ward 9 in Kelvale?", table_docs(rows))
    assert res.values == ("2022-05-18",), (res.values, res.explanation)
    assert res.conflict_type == "misinformation", res.explanation


# ------------------------------------------------------------------------- a "no" about something else


def test_a_no_in_a_comma_part_about_something_else_does_not_deny() -> None:
    rows = [
        (
            date(2021, 7, 5),
            "A total fire ban is in effect across the Marrow district, effective immediately.",
        ),
        (
            date(2021, 7, 19),
            "The Marrow district's total fire ban remains in effect, with no rain in the forecast and more "
            "than 40 forest fires burning across the region.",
        ),
    ]
    res = answer("Is the total fire ban in the Marrow district still in effect?", table_docs(rows))
    assert res.values and res.values[0].startswith("Yes"), (res.values, res.explanation)


def test_the_lifting_answers_when_a_later_notice_lifts_the_ban() -> None:
    rows = [
        (
            date(2021, 7, 19),
            "The Marrow district's total fire ban remains in effect, with no rain in the forecast and more "
            "than 40 forest fires burning across the region.",
        ),
        (
            date(2021, 8, 9),
            "Following heavy rainfall, the total fire ban in the Marrow district has been lifted, effective "
            "immediately.",
        ),
    ]
    res = answer("Is the total fire ban in the Marrow district still in effect?", table_docs(rows))
    assert res.values and res.values[0].startswith("No"), (res.values, res.explanation)
    assert_values(res, ["lifted"])


# --------------------------------------------------------------------------------------------- members

_PORT_DEALS = [
    (
        date(2025, 3, 3),
        "Port of Skelby - News\n\nThe Port of Skelby has signed agreements with Granvik Offshore, Tollan "
        "Renewables and Marsh Point Energy to use the port as the installation base for wind projects in "
        "the Irish Sea during 2026.",
    ),
    (
        None,
        "Ports blog\n\nWe hear Harbour Crest Wind has also signed with Skelby for its 2026 campaign, making "
        "it four deals.",
    ),
    (
        None,
        "The Port of Skelby and Harbour Crest Wind have both denied a report that Harbour Crest signed an "
        'installation agreement with the port for 2026. "We have three agreements," a spokesperson said.',
    ),
]


def test_a_member_a_denial_names_by_its_short_form_is_dropped_and_a_sea_is_no_company() -> None:
    res = answer(
        "Which offshore wind companies have signed installation deals with the Port of Skelby for 2026?",
        table_docs(_PORT_DEALS),
    )
    assert_values(res, ["Granvik Offshore", "Tollan Renewables", "Marsh Point Energy"], ["Irish Sea"])
    assert not any("Harbour Crest" in v for v in res.values), (res.values, res.explanation)
    assert "Harbour Crest Wind" in res.text  # told as the denied report


def test_two_names_sharing_a_head_are_no_short_form() -> None:
    rows = [
        (
            date(2024, 11, 4),
            "The council is consulting on a proposal to merge Dunmore Infant School and Dunmore Junior "
            "School to create a single primary school.",
        ),
        (
            None,
            "We are aware of posts claiming that St Anne's Primary School is to be merged with the Dunmore "
            "Infant and Junior Schools. This is not true.",
        ),
    ]
    res = answer("Which schools are involved in the proposed Dunmore school merger?", table_docs(rows))
    assert_values(res, ["Dunmore Infant School", "Dunmore Junior School"])


# ------------------------------------------------------------------------------------------ parts of sums


def test_the_parts_a_whole_includes_are_not_rivals_of_its_total() -> None:
    rows = [
        (
            date(2022, 5, 3),
            "The state government has confirmed the scope of the new acute block at Corran Base Hospital, "
            "which will deliver 120 beds for patients across the region.\n\nThe block will include 40 "
            "surgical beds, a 20-bed short stay unit and a new rooftop helipad.",
        ),
        (
            None,
            "Corran's hospital will grow under plans unveiled yesterday: the block will house 120 beds.",
        ),
    ]
    res = answer("How many beds will the new acute block at Corran Base Hospital have?", table_docs(rows))
    assert res.values == ("120",), (res.values, res.explanation)
    assert res.conflict_type == "no_conflict", res.explanation


def test_the_whole_that_includes_a_part_may_be_named_in_its_sentence() -> None:
    rows = [
        (
            date(2024, 5, 14),
            "Contract awarded for Tarrow harbour upgrade\n\nThe $7.8 million project will add 36 new "
            "floating berths to the existing 52 at Tarrow harbour.",
        ),
        (
            date(2024, 5, 20),
            "Tarrow marina upgrade finally\n\nShire says 36 new pens. From what I read the 36 includes four "
            "short-stay visitor berths.",
        ),
    ]
    res = answer("How many new berths will the Tarrow harbour upgrade add?", table_docs(rows))
    assert_values(res, ["36"], absent=["four"])


def test_a_part_the_question_names_is_still_answered() -> None:
    rows = [
        (
            date(2022, 5, 3),
            "The new acute block at Corran Base Hospital will deliver 120 beds.\n\nThe acute block at Corran "
            "Base Hospital will include 40 surgical beds, a 20-bed short stay unit and a rooftop helipad.",
        ),
    ]
    res = answer(
        "How many surgical beds will the acute block at Corran Base Hospital have?", table_docs(rows)
    )
    assert_values(res, ["40"])


_FUNDING = [
    (
        date(2024, 3, 18),
        "The Federal Government will invest $9 million to renew the Marlow Aquatic Centre, including a new "
        "learn-to-swim pool.",
    ),
    (
        None,
        "The Northern Territory Government will contribute $6.5 million to the Marlow Aquatic Centre "
        "upgrade, matching commitments from other levels of government.",
    ),
    (
        None,
        "Marlow City Council last night voted to contribute $2.1 million towards the aquatic centre upgrade, "
        "following federal and territory announcements last month.",
    ),
]


def test_sums_each_put_in_by_its_own_contributor_are_shares() -> None:
    res = answer(
        "How much funding has been committed to the Marlow Aquatic Centre upgrade?", table_docs(_FUNDING)
    )
    assert res.conflict_type == "complementary", res.explanation
    assert_values(res, ["$9 million", "$6.5 million", "$2.1 million"])


def test_one_contributor_giving_two_sums_is_no_share() -> None:
    rows = [
        _FUNDING[0],
        (
            date(2024, 3, 19),
            "The Federal Government will invest $7 million to renew the Marlow Aquatic Centre, it said.",
        ),
    ]
    res = answer(
        "How much funding has been committed to the Marlow Aquatic Centre upgrade?", table_docs(rows)
    )
    assert res.conflict_type != "complementary", res.explanation


# ------------------------------------------------------------------------------------- a disputed figure

_WIND_FARM = [
    (
        date(2023, 2, 7),
        "BERGEN, Norway (Reuters) - Developer Vestvind has applied for a licence to build a 25-turbine wind "
        "farm on the Haugfjellet ridge in Sunnvik municipality, saying it would supply power to around "
        "38,000 households.",
    ),
    (
        None,
        "Motvind Sunnvik - press statement\n\nThe claim that Haugfjellet would supply 38,000 households is "
        "misleading. On realistic assumptions the project would supply closer to 15,000 households.",
    ),
    (
        None,
        "Local | Sunnvik\n\nAbout 250 people attended a public meeting on Monday about the Haugfjellet wind "
        "farm. "
        "Vestvind's project manager stood by the figure of 38,000 households, saying it was based on two "
        "years of wind measurements.",
    ),
]


def test_a_figure_its_owner_stands_by_is_one_side_of_a_dispute() -> None:
    res = answer(
        "How many households would the proposed wind farm in Sunnvik supply with power?",
        table_docs(_WIND_FARM),
    )
    assert res.conflict_type == "conflicting_opinions", res.explanation
    assert_values(res, ["38,000", "15,000"], ["25"])


def test_people_at_a_meeting_in_the_place_count_no_households() -> None:
    meeting = (
        None,
        "About 250 people attended a public meeting in Sunnvik on Monday about the Haugfjellet wind farm. "
        "Vestvind's project manager stood by the figure of 38,000 households.",
    )
    res = answer(
        "How many households would the proposed wind farm in Sunnvik supply with power?",
        table_docs([*_WIND_FARM[:2], meeting]),
    )
    assert_values(res, ["38,000", "15,000"], ["250"])


def test_without_the_owner_standing_by_it_the_figure_is_refuted() -> None:
    res = answer(
        "How many households would the proposed wind farm in Sunnvik supply with power?",
        table_docs(_WIND_FARM[:2]),
    )
    assert res.conflict_type == "misinformation", res.explanation


# ------------------------------------------------------------------------------------------- dates moved


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The opening of the museum has slipped from spring to August 2024, officials said.", "August 2024"),
        ("Museum opening pushed to August", "August"),
    ],
)
def test_a_date_something_slipped_or_was_pushed_to_lies_ahead(text: str, phrase: str) -> None:
    at = text.index(phrase)
    assert TenseFinder(text).tense(at, at + len(phrase)) != "past"


_MUSEUM = [
    (
        date(2023, 4, 18),
        "Harbour Trust | News\n\nWork began today on the Salt Point maritime museum in Ardlow. The museum is "
        "scheduled to open in spring 2024.",
    ),
    (
        date(2024, 1, 16),
        "The opening of the Harbour Trust's new Salt Point maritime museum in Ardlow has slipped from spring "
        "to August 2024, after storms delayed work on the foundations, trust officials said on Tuesday.",
    ),
    (
        date(2024, 12, 10),
        "Mark your calendars! The new Salt Point maritime museum in Ardlow will open to the public on "
        "Saturday, January 18, 2025, with a free open day.",
    ),
]


def test_a_later_plain_date_is_kept_beside_a_move_worded_more_fully() -> None:
    res = answer("When will the new Salt Point maritime museum in Ardlow open?", table_docs(_MUSEUM))
    assert res.conflict_type == "outdated", res.explanation
    assert res.values and res.values[0] == "2025-01-18", (res.values, res.explanation)


# ------------------------------------------------------------------------------------------ listed things


@pytest.mark.parametrize(
    ("sentence", "items"),
    [
        pytest.param(
            "The hub will include a floodlit 3G pitch and a six-court sports hall.",
            ("floodlit 3g pitch", "six-court sports hall"),
            id="a-word-opening-on-a-figure",
        ),
        pytest.param(
            "Dunmore's rugby and hockey clubs have welcomed the plans.",
            ("rugby", "hockey clubs"),
            id="no-member-opens-on-a-possessive-s",
        ),
    ],
)
def test_listed_things_keep_figure_words_and_drop_a_possessive(sentence: str, items: tuple[str, ...]) -> None:
    assert [x.items for x in listings(sentence)] == [items]
