"""Causes set beside others ("In addition to the pump breakdown, load-shedding meant ...", "On top of the pump
and the power, a burst pipe ..."), sides' causes with the verb left out ("Some blame the hydro flows,
others warmer water"), a cause weighed against another ("as big a problem as the rails") or told after
"That is not our only problem", a date's sentence that starts after "Ignore the rumours!", members a
debunking source says stay "open as normal", and a site named by its street."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, table_docs
from analyzed import rules_answer as answer
from tidings.facts import causes_in


@pytest.mark.parametrize(
    ("sentence", "causes"),
    [
        (
            "Residents have been without running water since Monday after the main pump at the town's "
            "largest "
            "borehole failed.",
            ["the main pump at the town's largest borehole failed"],
        ),
        (
            "In addition to the pump breakdown, extended load-shedding meant that the remaining boreholes "
            "could not run long enough.",
            ["extended load-shedding"],
        ),
        ("Some blame the hydro flows, others warmer water.", ["the hydro flows", "warmer water"]),
        # a determiner before the subject's noun does not make it a pronoun
        (
            "The parks manager says this winter's unusually thick lake ice also caused damage to the wharf.",
            ["this winter's unusually thick lake ice"],
        ),
        ("control: Engineers said this caused the outage.", []),
        (
            'Councillor Ortiz: "The insurance costs are as big a problem as the rails."',
            ["The insurance costs"],
        ),
        (
            "We cannot safely staff a seven-day schedule with a volunteer shortage of this size.",
            ["volunteer shortage"],
        ),
        ("control: We cannot run the service with the old timetable.", []),
        (
            "Officers recommended shorter hours, citing energy costs, reduced footfall after 5pm and the "
            "staffing gap.",
            ["energy costs", "reduced footfall after 5pm", "the staffing gap"],
        ),
        ("Officials linked much of the fall to migration, as families have not come back.", ["migration"]),
        ("Head teachers told us that teacher vacancies are driving parents away.", ["teacher vacancies"]),
        ("control: The bus drove passengers away from the centre.", []),
        # a list of clauses goes on with who said it
        (
            "control: The fire was caused by a faulty heater, the fire service said and police agreed.",
            ["a faulty heater"],
        ),
        # what people do is no finding
        ("control: When the river floods, people blame the council.", []),
    ],
)
def test_causes_told_at_length_or_by_sides(sentence: str, causes: list[str]) -> None:
    found = [c.fact.text for c in causes_in(sentence.removeprefix("control: ")) if not c.rejected]
    assert found == causes


def test_causes_set_beside_others_are_parts_not_a_change() -> None:
    rows = [
        (
            date(2024, 11, 20),
            "Karoo News\n\nResidents of Orrin have been without running water since Monday after the main "
            "pump at the town's largest borehole failed.",
        ),
        (
            date(2024, 11, 21),
            "Orrin Municipality - Statement\n\nThe municipality apologises for the water interruption in "
            "Orrin. In addition to the pump breakdown, extended load-shedding meant that the remaining "
            "boreholes could not run long enough to refill the reservoirs. A generator has now been hired "
            "for the main pump station.",
        ),
        (
            date(2024, 11, 22),
            "[Radio transcript]\nPRESENTER: Councillor, what else went wrong in Orrin this week?\n"
            "CLLR ANA DIAS: On top of the pump and the power, a burst pipe on the main line lost a lot of "
            "water before the teams found it.",
        ),
    ]
    res = answer("Why did Orrin's taps run dry?", table_docs(rows))
    assert res.conflict_type == "complementary", res.explanation
    assert_values(res, ["pump", "load-shedding", "burst pipe"])


def test_sides_causes_in_a_story_that_names_only_the_town() -> None:
    rows = [
        (
            date(2022, 10, 4),
            "Lake Times\n\nThe number of trout counted at the Kelby River trap near Orrin is the lowest in "
            "two decades. Fishery manager Ruth Hale blamed changes to hydro flows from the power scheme "
            "upstream.",
        ),
        (
            None,
            "Orrin Anglers Club - Newsletter\n\nA word on the trout numbers debate. Members are split. Some "
            "blame the hydro flows, others warmer water.",
        ),
    ]
    res = answer("Why have trout numbers in the Kelby River near Orrin fallen?", table_docs(rows))
    assert res.conflict_type == "conflicting_opinions", res.explanation
    assert_values(res, ["hydro", "warmer water"])


def test_a_date_after_ignore_the_rumours_is_not_the_rumour() -> None:
    rows = [
        (
            date(2024, 6, 5),
            "Orrin Bladet\n\nA so-called press release claiming that Orrin's new sports hall is delayed to "
            "January 2025 was not issued by the municipality. The hall opens on 19 August 2024 as planned.",
        ),
        (
            date(2024, 6, 7),
            "Orrin Handball Club - Members' update\nIgnore the rumours! We have confirmed with the "
            "municipality: our first training in the new hall is the week it opens, 19 August.",
        ),
    ]
    res = answer("When will the new sports hall in Orrin open?", table_docs(rows))
    assert res.conflict_type == "misinformation", res.explanation
    assert_values(res, ["2024-08-19"], absent=["2025"])


def test_members_a_debunking_source_says_stay_open_were_the_false_reports() -> None:
    rows = [
        (
            None,
            "[Message forwarded in parent group chats]\nURGENT: due to the water main repairs ALL of these "
            "schools will be CLOSED on Monday:\n- Orrin High School\n- Orrin Borough School\n"
            "- Southgate School\n- Ashfield School\nPlease forward to all parents!!",
        ),
        (
            date(2024, 10, 19),
            "Plains Chronicle\n\nA message circulating among parents claiming four Orrin schools will be "
            "shut on Monday is wrong, principals say.\n\nOnly Southgate School and Ashfield School, which "
            "are "
            "on the section of water main being replaced, will be closed. Orrin High School and Orrin "
            "Borough School will be open as normal, their principals confirmed.",
        ),
    ]
    res = answer(
        "Which Orrin schools are closed on Monday because of the water main repair?", table_docs(rows)
    )
    assert res.conflict_type == "misinformation", res.explanation
    assert_values(res, ["Southgate School", "Ashfield School"], absent=["Orrin High", "Orrin Borough"])


def test_a_site_is_named_by_its_street_and_a_council_is_no_site() -> None:
    rows = [
        (
            date(2023, 11, 8),
            "Valley News\n\nKelby Council's preferred location for a replacement swimming pool in Orrin is "
            "the former depot on Wilton Road, a consultation document reveals.",
        ),
    ]
    res = answer("Which sites have been proposed for Orrin's new swimming pool?", table_docs(rows))
    assert_values(res, ["Wilton Road"], absent=["Kelby Council"])


def test_causes_told_after_not_our_only_problem_and_weighed_against_another() -> None:
    rows = [
        (
            date(2023, 6, 14),
            "Lower River Observer\n\nThe Orrin Riverfront Trolley will not run this summer after inspectors "
            "found damaged track along a stretch of the riverwalk, the association that runs it said.",
        ),
        (
            date(2023, 6, 20),
            "ORRIN RIVERFRONT TROLLEY ASSOCIATION - A letter to our riders\nDear friends,\nAs you will have "
            "read, track repairs mean the car will stay in the barn this season. That is not our only "
            "problem. "
            "Our roster has fallen to just nine, and we cannot safely staff a summer schedule with a "
            "volunteer "
            "shortage of this size.",
        ),
        (
            date(2023, 7, 10),
            "City of Orrin - Council work session\nRiverfront Trolley: Staff reported that the association's "
            "liability insurance premium has risen sharply. City Attorney to report back.\nCouncilor Ortiz: "
            '"The insurance costs are as big a problem as the rails."',
        ),
    ]
    res = answer("Why has the Orrin Riverfront Trolley suspended service?", table_docs(rows))
    assert res.conflict_type == "complementary", res.explanation
    assert_values(res, ["damaged track", "volunteer shortage", "insurance"])
