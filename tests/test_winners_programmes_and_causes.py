"""Winners told by a title, an apposition or a results list; holders a refuting body names; programmes that
lose a member to a cancellation; a count that totals the parts other sources report; an appeal's target
apart from what it raised; causes told as one account, found by an inquiry, or set at a report's "last
month"; a past event's as-of date; and the tense of a passive after a modal."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import analyzed_doc, assert_answer, assert_values, rules_answer, table_docs
from tidings.ask.numbers import _place_names
from tidings.claims import extract_claims
from tidings.conflicts import refutation_of
from tidings.model import DateEstimate
from tidings.timex import tag

D1, D2, D3 = date(2024, 3, 2), date(2024, 3, 4), date(2024, 3, 9)

# ------------------------------------------------------------------------------------------------- winners

WINNER_CASES = [
    pytest.param(
        "Who won the men's race at the 2024 Ridgeback Trail Run at Glenmore?",
        [
            (
                D1,
                "Ridgeback Trail Run\n\nKane Whitlow took the men's title at the Ridgeback Trail Run on "
                "Saturday, finishing the 42km course in 3 hours 11 minutes.",
            ),
        ],
        ["Kane Whitlow"],
        [],
        id="took-the-title",
    ),
    pytest.param(
        "Who won the women's race at the 2024 Ridgeback Trail Run?",
        [
            (
                D1,
                "Ridgeback Trail Run (official page)\n\nHuge congratulations to Mere Tahana, our 2024 "
                "women's champion, and thanks to every volunteer on the ridge.",
            ),
        ],
        ["Mere Tahana"],
        [],
        id="our-champion",
    ),
    pytest.param(
        "Who won the 2024 Ashgrove Chess Open?",
        [
            (
                D1,
                "Ashgrove Chess Open 2024\n\nIM Lena Brandt won the Ashgrove Chess Open with 6 points from "
                "7. She drew with GM Tomas Ruel, the defending champion, in round three.",
            ),
        ],
        ["Lena Brandt"],
        ["Tomas Ruel"],
        id="defending-champion-no-winner",
    ),
    pytest.param(
        "Who won the 2024 Ashgrove Chess Open?",
        [
            (
                D1,
                "Ashgrove Chess Open 2024\n\nIM Lena Brandt won the Ashgrove Chess Open. GM Tomas Ruel, the "
                "winner in 2022 and 2023, was second.",
            ),
        ],
        ["Lena Brandt"],
        ["Tomas Ruel"],
        id="a-past-editions-winner",
    ),
    pytest.param(
        "Who won the men's race at the 2024 Ridgeback Trail Run?",
        [
            (
                None,
                "Results | Ridgeback Trail Run 2024 | Men\n1. Kane Whitlow (Glenmore) 3:11:04\n2. Piet "
                "Aalders (Dunvale) 3:14:40\n3. Sam Oduya (Kirkby) 3:20:02\nResults are provisional.",
            ),
        ],
        ["Kane Whitlow"],
        ["Piet Aalders"],
        id="results-list",
    ),
]


@pytest.mark.parametrize(("question", "rows", "values", "absent"), WINNER_CASES)
def test_who_won(
    question: str, rows: list[tuple[date | None, str]], values: list[str], absent: list[str]
) -> None:
    res = rules_answer(question, table_docs(rows))
    assert_values(res, values, absent)


def test_a_results_list_of_the_other_division_names_no_winner() -> None:
    docs = table_docs(
        [
            (
                None,
                "Results | Ridgeback Trail Run 2024 | Men\n1. Kane Whitlow (Glenmore) 3:11:04\n2. Piet "
                "Aalders (Dunvale) 3:14:40\nResults are provisional.",
            ),
        ]
    )
    res = rules_answer("Who won the women's race at the 2024 Ridgeback Trail Run?", docs)
    assert "Kane Whitlow" not in " ".join(res.values), res.explanation


@pytest.mark.parametrize(
    ("question", "places"),
    [
        pytest.param("Who won the men's race at the Ridgeback Trail Run at Glenmore?", {"glenmore"}, id="at"),
        pytest.param("What is the price of petrol in Estavia?", {"estavia"}, id="in"),
    ],
)
def test_a_venue_after_at_is_a_place(question: str, places: set[str]) -> None:
    assert _place_names(question, at=True) == places


def test_a_venue_after_at_is_no_place_by_default() -> None:
    assert _place_names("Who won the men's race at the Ridgeback Trail Run at Glenmore?") == set()


# ------------------------------------------------------------------------------------------------- holders

HOLDER_FAKE = [
    (
        D1,
        "NOTICE OF APPOINTMENT\n\nCouncil is pleased to announce the appointment of Mr Dirk Mostert as "
        "Harbour Master of Port Elsby with immediate effect.",
    ),
    (
        D2,
        "Fake letter names 'new' Port Elsby harbour master\n\nA forged letter announcing a new harbour "
        "master for Port Elsby has been dismissed by the port authority, which said acting harbour master "
        "Anele Dube remains in the post.",
    ),
]


def test_the_holder_a_refuting_body_names_is_no_refuted_holder() -> None:
    res = rules_answer("Who is the harbour master of Port Elsby?", table_docs(HOLDER_FAKE))
    assert_values(res, ["Anele Dube"])


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        pytest.param(
            "Ms Anele Dube continues to act as Harbour Master while the search for a permanent appointment "
            "goes on.",
            "role.current.predicate",
            id="continues-to-act-as",
        ),
        pytest.param(
            "Mr Colin Amos is acting as chief executive.", "role.current.predicate", id="is-acting-as"
        ),
    ],
)
def test_a_holder_for_the_time_being(sentence: str, rule: str) -> None:
    doc = analyzed_doc("d1", D1, sentence)
    assert [c.rule for c in doc.claims if c.kind == "role"] == [rule]


# ------------------------------------------------------------------------------------------------ programmes

PROGRAMME = [
    (
        date(2024, 10, 9),
        "Lakeside festival announces 2025 season\n\nThe Lakeside Opera Festival will stage four operas next "
        "summer: Carmen, Norma, The Silent Harbour and the premiere of The Salt Wife.",
    ),
    (
        date(2025, 1, 20),
        "Norma dropped from Lakeside programme\n\nThe Lakeside Opera Festival has cancelled its planned "
        "production of Norma after its partner company withdrew. It will be replaced by a revival of "
        "Rigoletto.\n\nThe rest of the programme - Carmen, The Silent Harbour and The Salt Wife - is "
        "unchanged.",
    ),
]


def test_a_member_called_off_leaves_the_programme() -> None:
    res = rules_answer(
        "Which operas are in the programme of the 2025 Lakeside Opera Festival?", table_docs(PROGRAMME)
    )
    assert_answer(res, "outdated", ["Carmen", "The Silent Harbour", "The Salt Wife"])
    assert "Norma" not in res.values, res.explanation


def test_a_question_about_the_cancelled_keeps_them() -> None:
    res = rules_answer(
        "Which operas were cancelled at the 2025 Lakeside Opera Festival?", table_docs(PROGRAMME)
    )
    assert "list-slot.state-ended" not in " ".join(res.explanation), res.explanation


def test_a_count_of_the_members_is_no_member() -> None:
    rows = [
        (
            D1,
            "Traffic diversions for the temple car festival: vehicles will not be allowed on East Car "
            "Street, West Car Street, North Car Street and South Car Street on Saturday.",
        ),
        (D2, "Four Car Streets closed to vehicles till the procession ends. Please use the bypass road."),
    ]
    res = rules_answer(
        "Which streets in Kovilpatti are closed to vehicles for the temple car festival?", table_docs(rows)
    )
    assert_values(res, ["East Car Street", "South Car Street"], ["Four Car Streets"])


def test_what_is_planned_is_the_new_use() -> None:
    rows = [
        (
            D1,
            "Old tannery to become arts hub\n\nRiverton's derelict tannery on Mill Road is to be converted "
            "into a ceramics studio and gallery, after the council agreed to lease it to a local trust for "
            "25 years.",
        ),
    ]
    res = rules_answer("What is planned for the old tannery building in Riverton?", table_docs(rows))
    assert_values(res, ["ceramics studio", "gallery"], ["25"])


# ---------------------------------------------------------------------------------------------- figures

RESCUES = [
    (
        D1,
        "Army rescues 41 villagers near Kheda\n\nArmy columns rescued 41 people from two villages near "
        "Kheda on Friday after the river rose.",
    ),
    (
        D1,
        "NDRF teams evacuate families\n\nNDRF teams evacuated 87 people from low-lying areas of Matar "
        "tehsil.",
    ),
    (
        D2,
        "The district collector said a total of 128 people were rescued in Kheda district during the floods "
        "- 41 by the Army near Kheda town and 87 by NDRF teams in Matar.",
    ),
]


def test_a_total_of_the_parts_other_sources_give_complements_them() -> None:
    res = rules_answer(
        "How many people were rescued during the flooding in Kheda district?", table_docs(RESCUES)
    )
    assert_answer(res, "complementary", ["128"])


def test_a_total_whose_parts_no_other_source_gives_stands_alone() -> None:
    res = rules_answer(
        "How many people were rescued during the flooding in Kheda district?", table_docs(RESCUES[2:])
    )
    assert res.conflict_type == "no_conflict", res.explanation


def test_an_appeals_size_is_no_sum_raised() -> None:
    rows = [
        (
            D1,
            "A community trust has launched a $300,000 appeal to replace the playground at Waipapa Domain. "
            "The trust said $40,000 had already been raised by local businesses.",
        ),
    ]
    res = rules_answer("How much has the Waipapa Domain playground appeal raised?", table_docs(rows))
    assert_values(res, ["40,000"], ["300,000"])


# ------------------------------------------------------------------------------------------------ causes

LOCK_CAUSES = [
    (
        D1,
        "Notice to Mariners: the outer lock gate at Maryport marina is closed. Reason: failure of a "
        "hydraulic ram operating the outer lock gate. A diving inspection has also found silt built up in "
        "the gate recess.",
    ),
    (
        D2,
        "Boats trapped as Maryport marina lock shuts\n\nThe harbour office said a hydraulic ram on the "
        "outer gate had failed and divers had found silt built up where the gate closes.",
    ),
]


def test_causes_every_source_names_are_one_account() -> None:
    res = rules_answer("Why is the lock gate at Maryport marina closed?", table_docs(LOCK_CAUSES))
    assert_answer(res, "no_conflict", ["hydraulic ram", "silt"])


def test_a_source_naming_one_cause_only_makes_them_parts() -> None:
    rows = [
        *LOCK_CAUSES[:1],
        (
            D2,
            "Boats trapped as Maryport marina lock shuts\n\nThe harbour office said the outer gate could "
            "not close because of a broken hydraulic ram.",
        ),
    ]
    res = rules_answer("Why is the lock gate at Maryport marina closed?", table_docs(rows))
    assert res.conflict_type != "no_conflict", res.explanation


SUBSTATION = [
    (
        date(2024, 4, 8),
        "Fire service officials said the hot weather may have contributed to the Kallidai substation fire, "
        "with a transformer suspected to have overheated.",
    ),
    (
        date(2024, 5, 16),
        "Oil leak behind substation fire, inquiry finds\n\nThe fire at the Kallidai substation last month "
        "was caused by an oil leak from a cracked transformer bushing, an inquiry by the utility has found.",
    ),
]


def test_an_inquirys_finding_replaces_guesses() -> None:
    res = rules_answer("Why did the substation in Kallidai catch fire?", table_docs(SUBSTATION))
    assert_answer(res, "outdated", ["oil leak"])


def test_a_cause_driven_by() -> None:
    rows = [
        (D1, "Traders in Ashby blamed the rise in parking charges for the fall in town centre footfall."),
        (
            D2,
            "A council spokesperson said footfall in Ashby and other market towns has fallen, driven by the "
            "cost of living.",
        ),
    ]
    res = rules_answer("Why has footfall in Ashby town centre fallen?", table_docs(rows))
    assert_values(res, ["parking charges", "cost of living"])


# ------------------------------------------------------------------------------------------------- dates


def test_a_past_event_holds_as_of_its_first_report() -> None:
    rows = [
        (
            date(2025, 10, 17),
            "Kestrel Ridge wildlife overpass opens\n\nThe Kestrel Ridge wildlife overpass on Route 9 opened "
            "on Friday, October 17, 2025.",
        ),
        (
            date(2026, 1, 12),
            "Deer already using new overpass\n\nCameras show deer crossing the Kestrel Ridge wildlife "
            "overpass on Route 9, which opened on October 17, 2025.",
        ),
    ]
    res = rules_answer("When did the Kestrel Ridge wildlife overpass on Route 9 open?", table_docs(rows))
    assert_values(res, ["2025-10-17"])
    assert res.as_of == "2025-10-17", res.explanation
    assert len({c.doc_id for c in res.citations}) == 2, res.citations  # the later retelling backs it


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        pytest.param(
            "The appeal will be launched at 7pm on Wednesday 21 February, followed by refreshments.",
            "future",
            id="followed-by",
        ),
        pytest.param("The march took place on 3 May, followed by a rally.", "past", id="past-followed-by"),
        pytest.param(
            "Key facts:\n- Programme: dismantling from September 2024; reinstallation early 2025\n",
            "future",
            id="programme-line",
        ),
        pytest.param("The programme was a success in 2023.", "past", id="programme-word"),
    ],
)
def test_tense_beside_an_adjunct_or_in_a_timetable(text: str, tense: str) -> None:
    tx = [t for t in tag(text, None) if t.type == "DATE"]
    assert tx and tx[-1].tense == tense, [(t.text, t.tense) for t in tx]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        pytest.param("Tenants will be announced in the spring.", "2025-SP", id="will-be-announced"),
        pytest.param("The winners were announced in the spring.", "2024-SP", id="were-announced"),
    ],
)
def test_a_passive_after_a_modal_is_no_report(sentence: str, value: str) -> None:
    assert [t.value for t in tag(sentence, date(2025, 1, 15)) if t.type == "DATE"] == [value]


# ---------------------------------------------------------------------------------------------- yes / no


def test_a_question_in_a_post_answers_nothing() -> None:
    rows = [
        (None, "WHAT?! They're closing the Kowhai Street pool for good?? Share if you think this is wrong!!")
    ]
    res = rules_answer("Is the Kowhai Street pool closing?", table_docs(rows))
    assert not any(v.startswith("Yes") for v in res.values), res.explanation


def test_claims_helper_is_pinned() -> None:
    # the role pattern reads the present holder of "continues as" only: a past "continued" tells no tense
    doc = analyzed_doc("d1", D1, "Mr Colin Amos continued as chief executive until 2019.")
    est = DateEstimate(D1, D1, "day", 0.9, "metadata")
    rules = [c.rule for c in extract_claims(doc.doc, est, tag(doc.doc.text, D1)) if c.kind == "role"]
    assert "role.current.predicate" not in rules


def test_a_performance_question_is_answered_with_rates() -> None:
    rows = [
        (
            D1,
            "KORU VALLEY COMMUNITY ENERGY - FIRST-YEAR REPORT\n\nSystem: 0.8 MW solar array with 2.4 MWh "
            "battery storage, serving Koru Valley and one neighbouring village.\n\nAvailability: the grid "
            "supplied power for 96 percent of hours in the year.",
        ),
    ]
    res = rules_answer("Is the Koru Valley solar mini-grid performing well?", table_docs(rows))
    assert_values(res, ["96 percent"], ["0.8"])


def test_each_stage_takes_its_subject_from_the_sentence_before() -> None:
    rows = [
        (
            date(2024, 7, 3),
            "Foreshore trail stage one to open\n\nThe first stage of Ulverstone's new foreshore trail, from "
            "the wharf to the surf club, will officially open on 19 July 2024.",
        ),
        (
            date(2024, 7, 22),
            "Hundreds of walkers turned out for the opening of the first section of Ulverstone's foreshore "
            "trail last week. The council said the second stage, linking the surf club to the river mouth, "
            "was on track for December 2024.",
        ),
    ]
    res = rules_answer("When will each stage of Ulverstone's new foreshore trail open?", table_docs(rows))
    assert_values(res, ["2024-07-19", "December 2024"])


ROADWORKS = [
    (
        date(2024, 5, 17),
        "Town of Elmhurst - roadworks notice\n\nMill Street will be closed between Park Road and Hill Road "
        "from May 21 to May 31 for sewer repairs. Carver Avenue will be closed to through traffic from May "
        "27 for about four weeks for watermain replacement.",
    ),
    (
        date(2024, 5, 30),
        "In Elmhurst, Lark Lane will be closed from June 10 while the rail crossing is rebuilt.",
    ),
]


def test_a_member_whose_dated_span_misses_the_asked_day_is_left_out() -> None:
    res = rules_answer(
        "Which Elmhurst roads had closures or lane restrictions on 4 June 2024?",
        table_docs(ROADWORKS),
        as_of=date(2024, 6, 4),
    )
    assert_values(res, ["Carver Avenue"], ["Mill Street", "Lark Lane"])


def test_a_road_named_with_a_bearing_is_a_road() -> None:
    rows = [
        (
            date(2024, 5, 30),
            "In Elmhurst, Queen Street East is down to one lane near the town hall while crews repair a gas "
            "main, and drivers should avoid it.",
        ),
        (
            date(2024, 5, 30),
            "Elmhurst roadworks: Mill Road will be closed for resurfacing, and Carver Avenue West is down "
            "to one lane.",
        ),
    ]
    res = rules_answer("Which Elmhurst roads have closures or lane restrictions?", table_docs(rows))
    assert_values(res, ["Mill Road", "Carver Avenue West", "Queen Street East"])


@pytest.mark.parametrize(
    ("sentence", "refutes"),
    [
        pytest.param(
            "The theatre will close for a renovation, its board said, rejecting online posts claiming the "
            "building had been sold.",
            True,
            id="rejecting-posts",
        ),
        pytest.param("Officials dismissed rumours that the bridge would shut.", True, id="dismissed-rumours"),
        pytest.param("The union rejected claims that the depot would close.", False, id="a-sides-claims"),
    ],
)
def test_posts_and_rumours_rejected_are_refuted(sentence: str, refutes: bool) -> None:
    assert bool(refutation_of(sentence)) is refutes


def test_one_sentence_rejecting_posts_is_misinformation() -> None:
    rows = [
        (
            D1,
            "Alder Street cinema to close for refit\n\nThe Alder Street cinema in Wexby will close in "
            "February for a refit expected to take ten months, its owners said, rejecting online posts "
            "claiming the building had been sold to a developer.",
        ),
    ]
    res = rules_answer("What is happening to the Alder Street cinema in Wexby?", table_docs(rows))
    assert res.conflict_type == "misinformation", res.explanation


def test_a_gift_to_an_appeal_is_a_sum_raised() -> None:
    rows = [
        (
            D1,
            "Waipapa Domain playground appeal\n\nLocal businesses have raised $40,000 for the appeal so "
            "far, the trust said.",
        ),
    ]
    res = rules_answer("How much has the Waipapa Domain playground appeal raised?", table_docs(rows))
    assert_values(res, ["40,000"])


FISH_HALL = [
    (
        None,
        "Top 10 things to do in Brekkvik (2024 guide)\n\n1. Harbour Food Hall - Opened in March 2024, "
        "Brekkvik's new harbour food hall is home to ten seafood stalls.",
    ),
    (
        date(2025, 1, 15),
        "Food hall: construction update\n\nConstruction of Brekkvik's new harbour food hall is on schedule. "
        "The hall is planned to open on 15 August 2025. We are aware that some websites describe the hall "
        "as already open. This is not correct.",
    ),
]


def test_an_opening_told_as_done_is_refuted_by_a_denial_of_it() -> None:
    res = rules_answer("When does Brekkvik's new harbour food hall open?", table_docs(FISH_HALL))
    assert_answer(res, "misinformation", ["2025-08-15"])
    assert "2024-03" not in res.values, res.explanation


def test_an_opening_told_as_done_stands_without_a_denial() -> None:
    rows = [FISH_HALL[0], (FISH_HALL[1][0], FISH_HALL[1][1].rsplit(" We are aware", 1)[0])]
    res = rules_answer("When does Brekkvik's new harbour food hall open?", table_docs(rows))
    assert res.conflict_type != "misinformation", res.explanation
