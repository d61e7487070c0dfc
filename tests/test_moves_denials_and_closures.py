"""A closure's end lies ahead of the report; a notice names its month; a source dismissing claims on social
media refutes them; a false report of someone leaving a post confirms them, and "has not been appointed"
denies a holder; a figure beside a verb's "not" is no correction; a member a headline's story moves away
from is an old one; a parking ban lists the streets it covers."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, corpus_dates, document, rules_answer, table_docs
from tidings import dating
from tidings.conflicts import refutation_of
from tidings.timex._tense import TenseFinder


@pytest.mark.parametrize(
    ("text", "expr", "tense"),
    [
        ("Harbour bridge sold to theme park, closed until mid-2026", "mid-2026", "future"),
        ("A post claimed the bridge would be shut until mid-2026.", "mid-2026", "future"),
        (
            "The pool was closed until Thursday last week for repairs and reopened on Friday.",
            "Thursday",
            "past",
        ),
    ],
)
def test_a_closure_ends_ahead(text: str, expr: str, tense: str) -> None:
    start = text.index(expr)
    assert TenseFinder(text).tense(start, start + len(expr)) == tense


def test_a_public_notice_names_its_month() -> None:
    notice = document(
        "Town of Kelby | Public Notice | November 2024\nParking ban changes\nThe ban is revised."
    )
    est = dating.date_document(notice)
    assert (est.rule, est.value) == ("header-issue", "2024-11"), dating.explain(est, notice)


@pytest.mark.parametrize(
    ("sentence", "refutes"),
    [
        ("Northwave Ferries has dismissed claims on social media that its Kelby service will close.", True),
        ("The operator rejected claims circulating on Facebook that the route is ending.", True),
        ("The union dismissed claims by the company that wages caused the loss.", False),
    ],
)
def test_claims_dismissed_online_are_refuted(sentence: str, refutes: bool) -> None:
    assert bool(refutation_of(sentence)) is refutes


D1, D2, D3 = date(2024, 5, 6), date(2024, 5, 7), date(2024, 5, 8)

MAYOR = [
    (
        D1,
        "[Image circulating on social media]\n\nIt is with regret that I announce my resignation as Mayor. "
        "Councillor Ian Roe will serve as acting mayor until a by-election.\n\nMayor Ada Kerr",
    ),
    (
        D2,
        "Statement regarding fraudulent letter\n\nA letter circulating online that claims Mayor Ada Kerr has "
        "resigned is fake. Mayor Kerr has not resigned and continues to serve as mayor. Councillor Ian Roe "
        "has not been appointed acting mayor.",
    ),
    (
        D3,
        "Police look into forged letter\n\nPolice are investigating a forged letter that falsely announced "
        "the resignation of Kelby mayor Ada Kerr.",
    ),
]


def test_a_false_report_of_leaving_confirms_the_holder() -> None:
    res = rules_answer("Who is the mayor of Kelby?", table_docs(MAYOR))
    assert res.conflict_type == "misinformation", res.explanation
    assert_values(res, ["Ada Kerr"], absent=["Roe"])


def test_a_verb_negated_beside_a_figure_is_no_correction() -> None:
    rows = [
        (D1, "BREAKING: 37 kids hospitalized after chlorine leak at the Kelby town pool!!! Pray for them."),
        (
            D2,
            "Fire service responds to chlorine release\n\nCrews responded to a chlorine release in the pump "
            "room at the Kelby town pool. About 40 people were evacuated from the pool area as a precaution. "
            "Three people, all adults, were taken to Kelby Memorial Hospital for evaluation and have since "
            "been released.",
        ),
        (
            D3,
            "Claim: 37 children were hospitalized after a chlorine leak at the Kelby town pool.\n"
            "Rating: FALSE\nThe fire service told us three adults were taken to hospital. The number 37 "
            "does not match any official figure; about 40 people were evacuated, which may explain the "
            "confusion.",
        ),
    ]
    res = rules_answer(
        "How many people were taken to hospital after the chlorine leak at the Kelby town pool?",
        table_docs(rows),
    )
    assert_values(res, ["hree"], absent=["40", "37"])


def test_a_headline_member_whose_story_moves_from_another_outdates_it() -> None:
    rows = [
        (
            date(2024, 1, 10),
            "Camel fair begins in Kelby\n\nThe fair opened on Wednesday. As in previous years, the main "
            "events, including camel dances, were held at Ranleigh Stadium.",
        ),
        (
            date(2024, 11, 5),
            "Festival dates announced\n\nThe Kelby camel fair will be held on 11 and 12 January 2025. "
            "Ranleigh Stadium will host the main events, officials said.",
        ),
        (
            None,
            "Kelby camel fair main events shift to Oster dunes\n\nIn a change of plan, the main events of "
            "next month's fair will move from Ranleigh Stadium to the dunes, the tourism officer said.",
        ),
    ]
    res = rules_answer("Where will the main events of the Kelby camel fair be held?", table_docs(rows))
    assert res.conflict_type == "outdated", res.explanation
    assert_values(res, ["Oster"], absent=["Ranleigh"])


def test_a_parking_ban_lists_its_streets_and_drops_those_removed() -> None:
    rows = [
        (
            date(2022, 11, 15),
            "Winter overnight parking ban begins December 1\n\nFrom December 1 to March 31, overnight "
            "parking is not permitted on Main Street, Front Street, Mill Avenue and Elm Avenue in Kelby.",
        ),
        (
            date(2024, 11, 12),
            "Changes to Kelby winter parking ban\n\nFollowing the opening of the new municipal lot on Elm "
            "Avenue, the winter overnight parking ban has been revised. For winter 2024-25 the ban applies "
            "to Main Street, Front Street and Hill Avenue. Mill Avenue and Elm Avenue have been removed from "
            "the ban.",
        ),
    ]
    res = rules_answer("Which streets are covered by Kelby's winter overnight parking ban?", table_docs(rows))
    assert res.conflict_type == "outdated", res.explanation
    assert_values(res, ["Main Street", "Front Street", "Hill Avenue"], absent=["Elm", "Mill"])


def test_a_schedule_heading_names_no_area_and_areas_removed_leave_it() -> None:
    rows = [
        (
            date(2023, 11, 7),
            "KELBY MUNICIPALITY\nNOTICE: WATER-SHEDDING SCHEDULE\nWater supply will be interrupted daily in "
            "the following areas of Kelby:\n- Nuwedorp: 09:00 - 15:00\n- Hillcrest: 10:00 - 16:00\n- Town "
            "centre: 13:00 - 17:00",
        ),
        (
            date(2024, 1, 11),
            "KELBY MUNICIPALITY\nREVISED WATER-SHEDDING SCHEDULE - EFFECTIVE MONDAY 15 JANUARY\nSupply to "
            "the town centre and Nuwedorp has been stabilised and these areas are removed from the "
            "schedule.\nRevised schedule:\n- Hillcrest: 10:00 - 15:00\n- Rivierkloof: 08:00 - 12:00",
        ),
    ]
    res = rules_answer("Which areas of Kelby are on the water-shedding schedule?", table_docs(rows))
    assert res.conflict_type == "outdated", res.explanation
    assert_values(res, ["Hillcrest", "Rivierkloof"], absent=["Revised", "Nuwedorp", "Town"])


def test_a_chief_selected_and_sworn_in_succeeds_the_interim_one() -> None:
    rows = [
        (
            date(2024, 9, 30),
            "Fire Chief Tolliver announces retirement\n\nKelby Fire Chief Mark Tolliver will retire on "
            "October 31. "
            "Deputy Chief Gus Abernathy will serve as interim fire chief while the city conducts a search.",
        ),
        (
            date(2025, 1, 10),
            "Council highlights\n\nNew fire chief: the city manager has selected Renee Castell, currently a "
            "battalion chief in Dunmore, as the next Kelby fire chief.",
        ),
        (
            date(2025, 2, 18),
            "Castell sworn in\n\nRenee Castell was sworn in Monday as Kelby's fire chief, the first woman to "
            "lead the department.",
        ),
    ]
    res = rules_answer("Who is the fire chief of Kelby?", table_docs(rows))
    assert res.conflict_type == "outdated", res.explanation
    assert_values(res, ["Renee Castell"], absent=["Abernathy", "Tolliver"])


def test_a_village_a_later_report_drops_is_no_longer_served() -> None:
    rows = [
        (
            date(2023, 2, 14),
            "Kelby Town Link bus launched\n\nThe Kelby Town Link will run Monday to Saturday, serving "
            "Knockmore "
            "and Keadrum. The service is funded by the National Transport Authority.",
        ),
        (
            date(2024, 3, 14),
            "Changes to Kelby bus route\n\nFrom 2 April the Kelby Town Link will no longer serve Keadrum. "
            "Instead the route will add Cootmore and Ballinafad, while continuing to serve Knockmore.",
        ),
        (
            date(2024, 6, 20),
            "Getting around Kelby\n\nThe Kelby Town Link bus runs Monday to Saturday, calling at Knockmore, "
            "Cootmore and Ballinafad.",
        ),
    ]
    res = rules_answer("Which villages does the Kelby Town Link bus serve?", table_docs(rows))
    assert res.conflict_type == "outdated", res.explanation
    assert_values(res, ["Knockmore", "Cootmore", "Ballinafad"], absent=["Keadrum", "Authority"])


@pytest.mark.parametrize(
    ("question", "as_of", "text", "kind"),
    [
        (
            "As of mid-July 2024, where was Kelby's Saturday market held?",
            "2024-07-31",
            "Where was Kelby's Saturday market held?",
            "open",
        ),
        ("As of October 2023, who chaired the Kelby tourism committee?", "2023-10-31", None, "person"),
        # a day written with a comma before its year
        (
            "As of January 10, 2024, was Harbour Road in Kelby open to traffic?",
            "2024-01-10",
            "Was Harbour Road in Kelby open to traffic?",
            "yesno",
        ),
    ],
)
def test_a_leading_date_is_set_apart_from_the_question(
    question: str, as_of: str, text: str | None, kind: str
) -> None:
    from tidings.ask import parse_question

    q = parse_question(question)
    assert q.as_of is not None and q.as_of.isoformat() == as_of
    assert q.kind == kind
    if text is not None:
        assert q.text == text
    if kind == "person":
        assert q.attribute, q


def test_beaches_named_after_the_town_and_paired_are_members_and_a_commenter_is_not() -> None:
    rows = [
        (
            None,
            "Summer Guests (group) - shared post\nHeads up: ALL the beaches in Kelby are closed because of "
            "sewage "
            "after the storm. Don't go in the water!!\nThomas B.: Was at Sorstrand this morning, lots of "
            "people "
            "swimming and the flag was green.",
        ),
        (
            date(2024, 7, 15),
            "Bathing water advice after cloudburst\n\nWe advise against swimming at Gammel Kelby and "
            "Kandestrand "
            "until new samples are clean. All other bathing sites in Kelby have good water quality.",
        ),
        (
            date(2024, 7, 17),
            "No, not all Kelby beaches are closed\n\nA post claiming that all Kelby beaches are closed is "
            "wrong, "
            "the municipality says.",
        ),
    ]
    res = rules_answer("Which Kelby beaches have been closed to swimmers?", table_docs(rows))
    assert_values(res, ["Gammel Kelby", "Kandestrand"], absent=["Thomas"])


def test_a_season_named_by_its_years_dates_a_text_ahead_of_the_pile() -> None:
    old = document("Pool prices up\nAdult entry rises to $6.20 this season.", given="2023-10-28", name="a")
    season = document(
        "KELBY OUTDOOR POOL - Season information\nWelcome to the 2024-25 season!\nOpen daily from the first "
        "Saturday in November until March.\nAdult entry $6.90",
        name="b",
    )
    est = corpus_dates(old, season)[season.id]
    assert est.earliest is not None and est.earliest.year == 2024, dating.explain(est, season)
