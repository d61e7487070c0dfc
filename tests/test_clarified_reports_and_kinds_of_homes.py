"""A body setting the record straight after telling of a rumour ("has noted a voice note claiming ... wishes
to state clearly that ..."), free entry as the answer to paying, the site of a correction asked where, a
cause by its name ("known as scour") and by longer cue wordings, a turnout that is no share of the vote,
kinds of homes as parts of one plan, a chain of causes each over by the next, members taken off a list,
numbered list items, a lower-case Nordic square, and a date dropped "as first planned"."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, table_docs
from analyzed import rules_answer as answer
from tidings.ask.corrections import correction_for
from tidings.ask.members import _a_person
from tidings.ask.question import parse_question
from tidings.facts import causes_in


@pytest.mark.parametrize(
    ("sentence", "causes"),
    [
        (
            "The reason is erosion around the footings of one of the bridge piers, known as scour, found "
            "during a dive inspection.",
            ["scour"],
        ),
        (
            "The principal local cause of flooding on Harbour Street was a blocked culvert under the "
            "junction.",
            ["a blocked culvert under the junction"],
        ),
        (
            "Homes on Mill Lane were flooded on Sunday night after what forecasters said was record "
            "rainfall for the valley.",
            ["record rainfall for the valley"],
        ),
        (
            "The council believes the main pressure on stallholders is falling footfall.",
            ["falling footfall"],
        ),
        ("control: Homes on Mill Lane were flooded on Sunday after two days.", []),
    ],
)
def test_causes_by_name_and_by_longer_cues(sentence: str, causes: list[str]) -> None:
    found = [c.fact.text for c in causes_in(sentence.removeprefix("control: ")) if not c.rejected]
    assert found == causes


def test_a_statement_that_sets_the_record_straight_refutes_the_rumour_it_tells_of() -> None:
    rows = [
        (
            date(2023, 5, 2),
            "[Voice note transcript, shared in a Kelby community group]\nThey are closing the clinic in "
            "Kelby in June. Everybody will have to drive to Orrin.",
        ),
        (
            date(2023, 5, 4),
            "District Health Office - Media statement\n\nThe Office has noted a voice note claiming that the "
            "clinic in Kelby will close in June. The Office wishes to state clearly that the clinic will "
            "remain open.",
        ),
    ]
    res = answer("Is the clinic in Kelby closing?", table_docs(rows))
    assert res.conflict_type == "misinformation", res.explanation
    assert res.values[0].startswith("No"), res.values


@pytest.mark.parametrize(
    ("line", "first"),
    [
        ("Entry to the Kelby festival is free for everyone.", "No"),
        # the answer word answers the line asked above, and the rest says the same again
        ("Is there an entrance fee?\nNo. Entry to the Kelby festival is free for everyone.", "No"),
        ("Visitors pay a R30 entrance fee at the gate of the Kelby festival.", "Yes"),
    ],
)
def test_free_entry_answers_whether_visitors_pay(line: str, first: str) -> None:
    rows = [(date(2024, 5, 8), "Kelby Festival - Visitor information\n\n" + line)]
    res = answer("Do visitors have to pay to get into the Kelby festival?", table_docs(rows))
    assert res.values and res.values[0].startswith(first), res.values


def test_a_correction_asked_where_gives_the_site_not_its_title() -> None:
    rows = [
        (
            date(2024, 3, 1),
            "Kelby Noticeboard\n\nThey're building a youth detention centre on Quarry Road next to the "
            "school!!",
        ),
        (
            date(2024, 3, 3),
            "Kelby Shire - Newsroom\n\nClarification: Kelby youth training centre\n\nClaims circulating "
            "online that a youth detention centre will be built on Quarry Road are incorrect.\n\nThe Kelby "
            "youth training centre is a vocational training facility for young people in Kelby, not a "
            "detention centre. It will be built on the old "
            "works depot on Dunmore Street.",
        ),
    ]
    question = "Where will the new youth training centre in Kelby be built?"
    res = answer(question, table_docs(rows))
    assert res.conflict_type == "misinformation", res.explanation
    assert_values(res, ["Dunmore Street"], absent=["Clarification"])
    # what the refuting source states instead is its sentence naming the site
    fix = correction_for(parse_question(question), table_docs(rows))
    assert fix is not None and "Dunmore Street" in fix.clause, fix


def test_a_post_taken_up_is_a_job_not_a_report() -> None:
    rows = [
        (
            date(2023, 3, 6),
            "[Letter shared on WhatsApp]\nSergeant Paul Darcy has been appointed sergeant in charge of Kelby "
            "station.",
        ),
        (
            date(2023, 3, 8),
            "Kelby Herald\n\nPolice have warned that a letter being shared about Kelby station is fake. The "
            "sergeant in charge at Kelby is Sergeant Ruth Mahon, who took up the post in January, a "
            "spokesperson confirmed.",
        ),
    ]
    res = answer("Who is the sergeant in charge of Kelby police station?", table_docs(rows))
    assert res.conflict_type == "misinformation", res.explanation
    assert_values(res, ["Ruth Mahon"], absent=["Darcy"])


def test_a_person_is_known_by_a_role_before_the_name_or_by_the_surname_speaking() -> None:
    rows = [
        (
            date(2025, 1, 20),
            "Kelby Business News\n\nHigh Soles owner Anna Brekke confirmed she is closing her shop. "
            '"It has been a good run," Brekke said. Dock Street Deals said it is moving to Orrin.',
        ),
    ]
    docs = table_docs(rows)
    assert _a_person("Anna Brekke", docs)
    assert not _a_person("Dock Street Deals", docs)
    assert not _a_person("High Soles", docs)


def test_a_rise_measured_on_last_year_holds_now() -> None:
    rows = [
        (
            date(2024, 1, 31),
            "Kelby Town Council - Statement\n\nThe council set a precept for 2024/25 that is an increase of "
            "4.9 percent on last year. For a Band D home this means an extra 4.10 pounds a year for the town "
            "council element.",
        ),
    ]
    res = answer("By how much is Kelby Town Council's precept rising this year?", table_docs(rows))
    assert_values(res, ["4.9 percent"])


def test_turnout_is_no_share_of_the_vote() -> None:
    rows = [
        (
            date(2023, 11, 8),
            "Kelby Courier\n\nUnofficial results show the Kelby school bond passed with 62 percent of the "
            "vote.",
        ),
        (
            date(2023, 11, 14),
            "COUNTY AUDITOR - Official canvass\n\nKelby school bond: PASSED.\n\nTurnout (county-wide): 19.2 "
            "percent of registered voters.",
        ),
    ]
    res = answer("What percentage of Kelby voters approved the school bond?", table_docs(rows))
    assert_values(res, ["62 percent"], absent=["19.2"])


def test_kinds_of_homes_in_separate_reports_are_parts_of_one_plan() -> None:
    rows = [
        (
            date(2022, 8, 17),
            "Kelby Record\n\nThe first phase of the Birch Flats development will include 40 apartments, the "
            "developer told the planning commission.",
        ),
        (
            date(2022, 9, 6),
            "CITY OF KELBY - AGENDA\n\nItem 9: Birch Flats, Phase 2\n\nApplicant requests approval for 20 "
            "townhomes on Lots 1-20.",
        ),
        (
            date(2022, 11, 21),
            "Kelby Radio\n\nA third piece of the Birch Flats development was unveiled this week. The housing "
            "authority will build 10 cottages for older residents.",
        ),
    ]
    res = answer("How many homes are planned in the Birch Flats development in Kelby?", table_docs(rows))
    assert res.conflict_type == "complementary", res.explanation
    assert_values(res, ["40", "20", "10"])


def test_control_a_figure_dated_to_another_time_gets_nothing_from_the_sentence_before() -> None:
    rows = [
        (
            date(2024, 8, 14),
            "Kelby County Times\n\nAssessors said the Pine Gulch fire destroyed 120 homes in Kelby County. "
            '"This is the worst fire Kelby County has seen since 2002," a commissioner said. The 2002 '
            "Birch fire destroyed 31 homes.",
        ),
    ]
    res = answer("How many homes did the Pine Gulch fire destroy in Kelby County?", table_docs(rows))
    assert res.conflict_type == "no_conflict", res.explanation
    assert_values(res, ["120"])


def test_each_cause_over_by_the_next_report_leaves_the_newest() -> None:
    rows = [
        (
            date(2023, 1, 26),
            "Kelby News\n\nThe reopening of the Kelby pool has been put on hold because of a funding "
            "shortfall of around 300,000 pounds, the council said.",
        ),
        (
            date(2023, 5, 11),
            "Kelby News\n\nWork at Kelby pool restarted last month after the government agreed to cover the "
            "funding gap - but contractors have now found asbestos in the roof of the pool hall, delaying "
            "the "
            "reopening again.",
        ),
        (
            date(2023, 8, 22),
            "Kelby Leisure - Pool update\n\nThe asbestos removal was completed in July. Unfortunately, when "
            "the pool was refilled, engineers found a cracked pool tank. The pool cannot reopen until the "
            "tank is repaired.",
        ),
    ]
    res = answer("Why has the reopening of the Kelby pool been delayed?", table_docs(rows))
    assert res.conflict_type == "outdated", res.explanation
    assert_values(res, ["cracked pool tank"], absent=["funding"])


def test_a_street_whose_meters_come_out_leaves_the_zone() -> None:
    rows = [
        (
            date(2022, 7, 4),
            "Kelby Herald\n\nA paid parking trial started on Monday on Bank Street and Mill Street in "
            "central "
            "Kelby.",
        ),
        (
            date(2023, 2, 15),
            "KELBY SHIRE - Media release\n\nCouncil resolved to extend the paid parking zone to include Quay "
            "Street, in addition to the existing Bank Street and Mill Street sections.",
        ),
        (
            date(2023, 9, 14),
            "Kelby radio\n\nThe parking meters on Mill Street will be removed at the end of the month. Paid "
            "parking will remain on Bank Street and Quay Street. The deputy mayor said Mill Street would "
            "return to free parking.",
        ),
    ]
    res = answer("Which streets are in Kelby's paid parking zone?", table_docs(rows))
    assert res.conflict_type == "outdated", res.explanation
    assert_values(res, ["Bank Street", "Quay Street"], absent=["Mill Street"])


def test_numbered_items_name_sites_with_a_road_in_lower_case() -> None:
    rows = [
        (
            date(2023, 2, 9),
            "KELBY MUNICIPALITY - PRESS NOTE\nThe standing committee cleared land for two overhead water "
            "tanks in Kelby:\n(1) Ram Nagar, on the plot behind the hall; and\n(2) Sarpur road, near the "
            "pumping station.",
        ),
    ]
    res = answer("Where will the new overhead water tanks be built in Kelby?", table_docs(rows))
    assert_values(res, ["Ram Nagar", "Sarpur road"])


def test_a_place_whose_span_ended_gives_way_to_the_later_one_asked_where() -> None:
    rows = [
        (
            date(2022, 5, 6),
            "Kelby Tidning\n\nThe Kelby farmers' market is back on Lilla torget, the main square, every "
            "Saturday until September.",
        ),
        (
            date(2022, 12, 20),
            "Kelby Municipality - Notice\n\nWhile Lilla torget is renovated, the Saturday farmers' market "
            "will move to the Hamngatan car park from January 2023.",
        ),
    ]
    res = answer(
        "As of March 2023, where was the Kelby farmers' market held?",
        table_docs(rows),
        as_of=date(2023, 3, 15),
    )
    assert res.conflict_type == "outdated", res.explanation
    assert_values(res, ["Hamngatan"])


def test_a_date_dropped_as_first_planned_is_superseded_not_false() -> None:
    rows = [
        (
            date(2023, 3, 8),
            "Kelby Pioneer\n\nGround was broken for Kelby's new arena. It is expected to open in fall 2024.",
        ),
        (
            date(2024, 2, 20),
            "Kelby News\n\nKelby's new arena will now open in spring 2025, not fall 2024 as first planned, "
            "staff told council.",
        ),
    ]
    res = answer("When is Kelby's new arena expected to open?", table_docs(rows))
    assert res.conflict_type == "outdated", res.explanation
    assert_values(res, ["spring 2025"])


def test_a_post_no_claim_fills_goes_to_the_person_named_nearest_it() -> None:
    rows = [
        (
            date(2023, 8, 22),
            "Kelby Matchmaking Festival has a new resident matchmaker. Una Brennan, who runs a pub in Orrin, "
            "will sit with the famous ledger in the Matchmaker Bar for the festival.",
        ),
        (
            None,
            "Had the craic in Kelby this weekend. Una Brennan the new matchmaker is a legend, she sat my "
            "cousin down in the Matchmaker Bar for twenty minutes.",
        ),
    ]
    res = answer(
        "Who is the resident matchmaker at this year's Kelby Matchmaking Festival?", table_docs(rows)
    )
    assert res.conflict_type == "no_conflict", res.explanation
    assert_values(res, ["Una Brennan"], absent=["Matchmaker Bar"])


def test_a_statement_that_never_names_the_town_gives_another_sides_cause() -> None:
    rows = [
        (
            date(2022, 9, 8),
            "Kelby Mail\n\nFour traders have left Kelby market hall this summer, and those remaining say "
            "rent increases are to blame.",
        ),
        (
            date(2022, 9, 13),
            "ORRIN DISTRICT COUNCIL - Statement\n\nMarket hall rents rose by 9 percent in April. The council "
            "believes the main pressure on traders is falling footfall.",
        ),
    ]
    res = answer("Why have traders been leaving Kelby market hall?", table_docs(rows))
    assert res.conflict_type == "conflicting_opinions", res.explanation
    assert_values(res, ["rent increases", "falling footfall"])
