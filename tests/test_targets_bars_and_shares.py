"""A target is no side's figure; a lifted bar answers "is it allowed again?"; sums each given by its own body
are shares of one funding; causes told as "X blamed for Y", "X had made Y worse", "after a failure at X"
and "X ..., which delayed Y"."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, rules_answer, table_docs
from tidings.facts import causes_in

D1, D2, D3 = date(2024, 9, 3), date(2024, 9, 5), date(2024, 9, 20)


def test_a_target_beside_the_count_is_no_rival_figure() -> None:
    docs = table_docs(
        [
            (
                D1,
                "Harbour shuttle carries 9,400 in first month\n\nThe new Penmore harbour shuttle carried "
                "9,400 passengers in August, its first full month, the council said.",
            ),
            (
                D2,
                "Shuttle busy, say traders\n\nThe Penmore harbour shuttle carried some 9,400 passengers in "
                "August. The council said the figure was well above its own target of 6,000 for the month.",
            ),
        ]
    )
    res = rules_answer("How many passengers used the Penmore harbour shuttle in its first month?", docs)
    assert res.conflict_type == "no_conflict", res.explanation
    assert_values(res, ["9,400"], absent=["6,000"])


def test_a_target_asked_about_is_still_found() -> None:
    docs = table_docs(
        [
            (
                D2,
                "Shuttle figures\n\nThe council said the figure was well above its own target of 6,000 "
                "for the month for the Penmore harbour shuttle.",
            )
        ]
    )
    res = rules_answer("What was the council's target for the Penmore harbour shuttle?", docs)
    assert_values(res, ["6,000"])


LAGOON = [
    (
        D1,
        "Swimming restriction lifted\n\nThe restriction on swimming and other water contact at Carrow Bay "
        "beach and the north section of the Carrow lagoon has been lifted with immediate effect.",
    ),
]


def test_a_lifted_bar_says_it_is_allowed_again() -> None:
    res = rules_answer(
        "Is swimming allowed again at Carrow lagoon after the sewage spill?", table_docs(LAGOON)
    )
    assert res.values and res.values[0].startswith("Yes"), res.explanation
    # the grounds do not stop on "has been": the word that says what happened is kept
    assert "lifted" in res.values[0], res.values


def test_a_bar_in_force_still_says_no() -> None:
    rows = [
        (
            D1,
            "Swimming banned at Carrow lagoon\n\nSwimming at Carrow lagoon is banned until further notice "
            "after a sewage spill, the council said.",
        ),
    ]
    res = rules_answer("Is swimming allowed at Carrow lagoon?", table_docs(rows))
    assert res.values and res.values[0].startswith("No"), (res.values, res.explanation)


def test_sums_each_given_by_its_own_body_are_shares() -> None:
    docs = table_docs(
        [
            (
                D1,
                "Province backs rink upgrade\n\nThe Province is providing $2.1 million to upgrade the "
                "Elkford Memorial Rink, including a new refrigeration plant.",
            ),
            (
                D2,
                "Ottawa adds $900,000 to rink project\n\nThe federal government will contribute $900,000 "
                "toward the overhaul of the Elkford Memorial Rink, the local MP announced.",
            ),
            (
                D3,
                "Council minutes\n\nCouncil approved a municipal contribution of $350,000 from reserves "
                "toward the Elkford Memorial Rink upgrade, in addition to provincial and federal grants.",
            ),
        ]
    )
    res = rules_answer("How much funding has been committed to the Elkford rink upgrade?", docs)
    assert res.conflict_type == "complementary", res.explanation
    assert_values(res, ["2.1 million", "900,000", "350,000"])


def test_one_body_giving_two_sums_is_no_share() -> None:
    docs = table_docs(
        [
            (
                D1,
                "Rink grant\n\nThe federal government will contribute $900,000 toward the Elkford Memorial "
                "Rink upgrade.",
            ),
            (
                D3,
                "Rink grant raised\n\nThe federal government will contribute $1.2 million toward the Elkford "
                "Memorial Rink upgrade, up from the $900,000 announced in September.",
            ),
        ]
    )
    res = rules_answer("How much funding has been committed to the Elkford rink upgrade?", docs)
    assert res.conflict_type != "complementary", res.explanation


@pytest.mark.parametrize(
    ("sentence", "cause"),
    [
        ("Power cuts blamed for dry taps", "Power cuts"),
        (
            "A councillor said on Monday that rolling power cuts had made last week's water shortage worse.",
            "rolling power cuts",
        ),
        (
            "Supply to the town was interrupted on Tuesday after a failure at the main pump station.",
            "a failure at the main pump station",
        ),
        (
            "A cracked valve on the trunk main was found on Friday while crews worked on the pumps, which "
            "delayed supply to the upper streets.",
            "A cracked valve",
        ),
        ("Town hall closes for six weeks for roof repairs", "roof repairs"),
        (
            "The museum will close from Monday while new lifts and fire doors are installed, the trust said.",
            "new lifts and fire doors",
        ),
        (
            "The hall will stay closed for three more months after reinforced autoclaved aerated concrete "
            "(RAAC) was found in the roof.",
            "reinforced autoclaved aerated concrete (RAAC)",
        ),
    ],
)
def test_causes_told_by_their_effect(sentence: str, cause: str) -> None:
    assert cause in [c.fact.text for c in causes_in(sentence) if not c.rejected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Supply was restored after a week of work at the pump station.",
        "The report, which delayed nothing, was published on Friday.",
        "The new owners made the garden bigger.",
        "The pool closed for two weeks.",
        "The shop is closed while the owner is away.",
    ],
)
def test_no_cause_from_time_or_plain_description(sentence: str) -> None:
    assert causes_in(sentence) == []


def test_a_side_blaming_one_thing_not_another_rejects_no_report() -> None:
    found = causes_in(
        "Stallholders at the quay say blocked gullies, not the weather, were to blame for Sunday's flooding."
    )
    assert [(c.fact.text, c.rejected) for c in found] == [("blocked gullies", False)]


# --- lists, question dates and moved dates -------------------------------------------------------------


def test_the_question_town_with_its_possessive_is_no_site() -> None:
    # "Carnee's" stems apart from "Carnee": the possessive goes before the names are compared
    docs = table_docs(
        [
            (
                D1,
                "Shire Council | News\n\nHave your say on Carnee skate park location\n\nCouncil is seeking "
                "community feedback on two possible locations for a new regional skate park in Carnee: the "
                "eastern end of Kell Park, or a site beside the Brannock sports complex.",
            ),
        ]
    )
    res = rules_answer("Which sites have been proposed for Carnee's new skate park?", docs)
    assert res.values and not any(v == "Carnee" for v in res.values), res.values


def test_words_of_the_question_in_capitals_are_no_member_and_callings_go() -> None:
    docs = table_docs(
        [
            (
                D1,
                "Open Call 2024\n\nArtists are invited to enter this year's Open Call exhibition at Dunmore "
                "Arts Centre. The selection panel will be chaired by painter Niamh Carrick.",
            ),
            (
                D2,
                "Panel named\n\nSculptor Ronan Tully and curator Ella Marsh will join the panel choosing "
                "works for the Dunmore Arts Centre open call exhibition.",
            ),
            (
                D3,
                "Dunmore Arts Centre, Quay Street, Dunmore. Open Tue-Sat.\n\nThanks to our panel for "
                "choosing the works for the open call.",
            ),
        ]
    )
    res = rules_answer("Who is on the judging panel for the Dunmore Arts Centre open call exhibition?", docs)
    assert_values(
        res, ["Ronan Tully", "Ella Marsh", "Niamh Carrick"], absent=["Open Call", "Sculptor", "Tue"]
    )


@pytest.mark.parametrize(
    ("question", "as_of", "kind"),
    [
        (
            "As of 31 July 2024, how many salmon had passed the Ardle fish counter this year?",
            "2024-07-31",
            "number",
        ),
        ("By March 2024, who chaired the harbour board?", "2024-03-31", "person"),
        ("By car, how long does the trip take?", None, "open"),
    ],
)
def test_a_date_before_the_question_is_its_as_of(question: str, as_of: str | None, kind: str) -> None:
    from tidings.ask import parse_question

    q = parse_question(question)
    assert (q.as_of.isoformat() if q.as_of else None, q.kind) == (as_of, kind)


def test_a_date_pushed_to_a_new_month_moves_the_event() -> None:
    docs = table_docs(
        [
            (
                date(2023, 4, 10),
                "Work starts on Pier 2\n\nCrews began work on the Harwick Pier 2 extension. The town "
                "expects the work to be finished in May 2024.",
            ),
            (
                date(2024, 2, 14),
                "HARWICK TIMES\nPier 2 extension late\nThe Pier 2 extension will not be ready this summer. "
                "The harbour master told the council that late steel deliveries have pushed completion to "
                "October 2024. The project was originally due in May 2024.",
            ),
        ]
    )
    res = rules_answer("When will the Harwick Pier 2 extension be finished?", docs)
    assert_values(res, ["October 2024"], absent=["May 2024"])


def test_a_figure_told_just_after_the_question_date_for_that_date_counts() -> None:
    docs = table_docs(
        [
            (
                date(2024, 7, 3),
                "Slow start at the counter\n\nThe counter at the Ardle fish ladder recorded 1,102 "
                "salmon by the end of June.",
            ),
            (
                date(2024, 8, 2),
                "July surge\n\nThe counter at the Ardle fish ladder stood at 2,486 salmon at the "
                "end of July, up from 1,102 at the end of June.",
            ),
            (
                date(2024, 9, 4),
                "Count nears 4,000\n\nA total of 3,917 salmon had passed the Ardle fish ladder by 31 August.",
            ),
        ]
    )
    res = rules_answer(
        "How many salmon had passed the Ardle fish ladder this year?", docs, as_of=date(2024, 7, 31)
    )
    assert_values(res, ["2,486"], absent=["3,917"])


def test_a_cause_a_later_source_calls_complete_is_an_earlier_one() -> None:
    rows = [
        (
            date(2024, 1, 8),
            "Hall closes for stage upgrade\n\nThe Brayton Drill Hall will close from Monday for six weeks "
            "while new stage rigging and lighting bars are installed.",
        ),
        (
            date(2024, 3, 1),
            "Drill hall closure extended\n\nThe Brayton Drill Hall will stay closed for three more months "
            "after crumbling concrete was found in the roof. The concrete was spotted during the rigging "
            "works, which are now complete.",
        ),
    ]
    res = rules_answer("Why is the Brayton Drill Hall still closed?", table_docs(rows))
    assert res.conflict_type == "outdated", res.explanation
    assert_values(res, ["concrete"], absent=["rigging"])


def test_a_name_in_brackets_in_a_yes_no_question_is_another_name() -> None:
    rows = [
        (
            date(2023, 9, 26),
            "Route 12 closed\n\nState Route 12 is closed between the Hollow Road turnoff and Carrow "
            "Sound after a slip came down overnight.",
        ),
        (date(2023, 10, 4), "Carrow Road reopens\n\nThe Carrow Road reopened on Wednesday, the agency said."),
        (date(2023, 10, 12), "Road update\n\nThe Carrow Road is fully open again, with no convoy times."),
    ]
    res = rules_answer("Is the Carrow Road (State Route 12) open to Carrow Sound?", table_docs(rows))
    assert res.values and res.values[0].startswith("Yes"), (res.values, res.explanation)
    assert res.conflict_type == "outdated", res.explanation


def test_a_side_that_answers_the_others_date_without_the_names_gives_a_rival_date() -> None:
    rows = [
        (
            date(2025, 1, 14),
            "Kelby ropeway on track for December 2025 opening\n\nThe developer of the Mall Road-Kelby Top "
            "ropeway says the project will open to tourists in December 2025.",
        ),
        (
            date(2025, 2, 3),
            "Residents' Forum - Press Note\n\nThe Forum notes the developer's claim that the ropeway will "
            "open by "
            "December 2025. In our view this is not realistic. We believe the ropeway cannot open before "
            "2027.",
        ),
    ]
    res = rules_answer("When will the Mall Road to Kelby Top ropeway open?", table_docs(rows))
    assert res.conflict_type == "conflicting_opinions", res.explanation
    assert_values(res, ["December 2025", "2027"])


def test_the_council_and_kelby_council_are_one_side() -> None:
    rows = [
        (
            date(2024, 1, 18),
            "Bridge delay blow for traders\n\nBont Mawr will stay closed longer than planned. The reopening, "
            "originally due in March, is now expected in June 2024, the council says.",
        ),
        (
            date(2024, 2, 20),
            "Another delay for Bont Mawr\n\nKelby Council says Bont Mawr will not now reopen until September "
            "2024, after floods washed out the temporary works.",
        ),
    ]
    res = rules_answer("When will Bont Mawr bridge in Kelby reopen to traffic?", table_docs(rows))
    assert res.conflict_type == "outdated", res.explanation
    assert_values(res, ["September 2024"], absent=["June 2024"])


def test_a_target_answers_what_a_body_is_aiming_at() -> None:
    rows = [
        (
            date(2024, 6, 3),
            "Housing progress report\n\nThe District of Kelby issued 214 building permits for new homes in "
            "the "
            "last 12 months, putting it on track to meet its target of 1,450 new homes over five years.",
        ),
    ]
    res = rules_answer(
        "How many new homes was the District of Kelby aiming to see built over five years?", table_docs(rows)
    )
    assert_values(res, ["1,450"], absent=["214"])
