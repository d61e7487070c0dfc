"""What a source blames and what an official rebuttal blames instead, a venue moved after storm damage, a
service start pushed back, a list member a correction removes, a turbine reconnected after it was halted and
a ban lifted (a state restored, so the newest source answers a yes/no question), winners of a festival's
awards (the people, not the films or the word "Actor"), operators awarded lots however the sentence is
turned, where two walkers were found (the places, not the helicopter), a list whose class noun follows a
body's name, figures for parts that take an article ("the Free State"), the lifts running at a resort, an
orchestra's posts ("Chief Conductor", never "Laureate" or "Conductor" as a name), a weekday after "said"
that is no speaker, and which questions ask for a number."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import analyzed_doc, assert_table_answer
from tidings.ask.question import parse_question
from tidings.claims import speaker_of

D1 = date(2024, 3, 12)
D2 = date(2024, 11, 5)
D3 = date(2025, 2, 17)


@pytest.mark.parametrize(
    ("question", "rows", "ctype", "values", "absent"),
    [
        pytest.param(
            "Which Denholm County Public Library branches are set to close under the 2026 budget?",
            [
                (
                    D2,
                    "The county executive's proposed $1.4 billion budget for 2026 would cut $38 million in "
                    "spending, including the library system's operating grant.",
                ),
                (
                    None,
                    "Under the plan, the Denholm County Public Library would close its Orchard Street, "
                    "Millbrook and West Fenn branches by the end of June.",
                ),
            ],
            "",
            ["Orchard Street", "Millbrook", "West Fenn"],
            ["$1.4 billion", "$38 million"],
            id="a-class-noun-after-a-bodys-capitalised-name",
        ),
        pytest.param(
            "Which operators won the three contracts in the first phase of Calderbrook bus franchising?",
            [
                (
                    D2,
                    "Lot 1 of the Calderbrook bus contracts, covering routes in and around Hexley, has been "
                    "awarded to Northway Coaches Ltd.",
                ),
                (
                    None,
                    "Pennine Link has been awarded the second contract in the first phase of Calderbrook bus "
                    "franchising",
                ),
                (
                    None,
                    "Moorland Omnibus Company has secured Lot 3 of the Calderbrook bus contracts, which "
                    "covers services in the Sowe valley.",
                ),
            ],
            "",
            ["Northway Coaches", "Pennine Link", "Moorland Omnibus Company"],
            ["Lot"],
            id="operators-awarded-lots-however-the-sentence-is-turned",
        ),
        pytest.param(
            "Where were the two missing walkers on Beinn Tarsuinn Mhor found?",
            [
                (
                    D3,
                    "Two walkers missing overnight on Beinn Tarsuinn Mhor have been found safe and well, "
                    "Glen Corrach Mountain Rescue Team said.",
                ),
                (
                    None,
                    "Missing walkers found on Beinn Tarsuinn Mhor\n\n"
                    "The man was found near the Allt Ruadh footbridge on Sunday morning by two of our hill "
                    "parties, and the woman was found by Rescue 951 in Coire Dubh Mor first thing on "
                    "Monday.",
                ),
            ],
            "",
            ["Allt Ruadh", "Coire Dubh Mor"],
            ["Rescue"],
            id="where-each-walker-was-found-not-the-helicopter",
        ),
        pytest.param(
            "Who won the top awards at the 2025 Saltmarsh Film Festival?",
            [
                (
                    D2,
                    "Director Tanvir Alam's Bengali drama 'Monsoon Ledger' won the Golden Sail for best film "
                    "at the Saltmarsh Film Festival on Saturday night.",
                ),
                (
                    None,
                    "Actor Jonah Pellew won the best actor award for his role as a lighthouse keeper in "
                    "'The Long Watch'.",
                ),
                (
                    None,
                    "The documentary 'Salt Pan Songs' by first-time director Mira Okafor has won the "
                    "audience award at this year's festival.",
                ),
            ],
            "",
            ["Tanvir Alam", "Jonah Pellew", "Mira Okafor"],
            ["Monsoon Ledger", "Actor"],
            id="the-winners-of-a-festivals-awards-are-people",
        ),
        pytest.param(
            "How many farms are under quarantine in Limpopo North, the Free State and Karoo East?",
            [
                (
                    D3,
                    "Veterinary officials said 14 farms are under quarantine in Limpopo North after "
                    "foot-and-mouth disease was confirmed.",
                ),
                (
                    D3,
                    "In the Free State, 9 farms are under quarantine, the provincial agriculture department "
                    "said.",
                ),
                (
                    D3,
                    "Six farms are under quarantine in Karoo East, where the outbreak was detected last "
                    "week.",
                ),
            ],
            "complementary",
            ["14", "9", "six farms"],
            [],
            id="parts-that-take-an-article",
        ),
        pytest.param(
            "What is being blamed for the heavy winter colony losses among Fenwick beekeepers?",
            [
                (
                    D2,
                    "Beekeepers blame pesticide for worst winter losses\n\n"
                    "Beekeepers in Fenwick have blamed the emergency authorisation of the neonicotinoid "
                    "thiamethoxam on sugar beet for the worst winter colony losses in a decade.",
                ),
                (
                    D3,
                    "Government bee inspectors have said the high winter losses reported by Fenwick "
                    "beekeepers are most likely due to varroa mite infestations and poor foraging weather, "
                    "not pesticide exposure.",
                ),
            ],
            "conflicting_opinions",
            ["thiamethoxam", "varroa"],
            [],
            id="what-a-source-blames-and-what-inspectors-blame-instead",
        ),
        pytest.param(
            "Which Harbour Bakery products are being recalled?",
            [
                (
                    D2,
                    "Harbour Bakery is recalling its White Sandwich Loaf, Country Seed Loaf and Wholewheat "
                    "Rolls because they may contain undeclared sesame.",
                ),
                (
                    D3,
                    "Harbour Bakery recalls breads over sesame risk\n\n"
                    "*This article has been updated. An earlier version incorrectly included the White "
                    "Sandwich Loaf among the recalled products. Only the Country Seed Loaf and Wholewheat "
                    "Rolls are affected.",
                ),
            ],
            "misinformation",
            ["Country Seed Loaf", "Wholewheat Rolls"],
            ["White Sandwich Loaf"],
            id="a-correction-removes-a-list-member",
        ),
        pytest.param(
            "When is the new ferry MV Island Spirit due to enter service on the Tarbet - Portavadie route?",
            [
                (
                    D1,
                    "The new ferry MV Island Spirit will enter service on the Tarbet - Portavadie route on "
                    "April 30, 2024, the operator said.",
                ),
                (
                    D2,
                    "Kyle Ferries has pushed back the start of service for the MV Island Spirit to "
                    "February 3, 2025, after sea trials found faults with its steering gear.",
                ),
            ],
            "outdated",
            ["2025-02-03"],
            ["2024-04-30"],
            id="a-service-start-pushed-back",
        ),
        pytest.param(
            "Where will the opening night of the 2026 Saltcote Film Festival be held?",
            [
                (
                    D1,
                    "The 2026 Saltcote Film Festival will open on 17 July at the Ridge Civic Theatre, "
                    "organisers announced.",
                ),
                (
                    D2,
                    "The Saltcote Film Festival's opening night on 17 July will now take place at the "
                    "Harbourside Convention Centre, following storm damage to the Ridge Civic Theatre.",
                ),
            ],
            "outdated",
            ["Harbourside Convention Centre"],
            ["Ridge Civic Theatre"],
            id="a-venue-moved-after-storm-damage",
        ),
        pytest.param(
            "Is the Kerrow Sound tidal turbine generating power?",
            [
                (
                    D1,
                    "The Kerrow Sound tidal turbine has begun delivering electricity to the grid, its "
                    "developer said.",
                ),
                (
                    D2,
                    "Marran Tidal has halted its tidal turbine after one of its blades failed during a "
                    "routine inspection.",
                ),
                (
                    D3,
                    "The Kerrow Sound tidal turbine was reconnected to the grid on Friday, more than nine "
                    "months after a blade failure forced it offline.",
                ),
            ],
            "outdated",
            ["Yes", "reconnected"],
            [],
            id="a-turbine-reconnected-after-it-was-halted",
        ),
        pytest.param(
            "Are beekeepers still banned from moving hives out of the Ashby Marsh varroa zone?",
            [
                (
                    D2,
                    "An emergency order bans the movement of bees and hives out of the Ashby Marsh varroa "
                    "zone after mites were found in two apiaries.",
                ),
                (
                    D3,
                    "The emergency order restricting the movement of bees and hives in the Ashby Marsh "
                    "varroa zone has been lifted from today, Monday 17 February 2025, after two consecutive "
                    "surveillance rounds found no further varroa mites.",
                ),
            ],
            "outdated",
            ["No", "lifted"],
            [],
            id="a-ban-lifted",
        ),
        pytest.param(
            "Which lifts are running at Corrie Ban?",
            [
                (
                    D3,
                    "Corrie Ban opens for the season today. Summit Express and Ridgeline Quad are running, "
                    "and the nursery slopes are open.",
                )
            ],
            "",
            ["Summit Express", "Ridgeline Quad"],
            ["nursery slopes"],
            id="the-lifts-that-are-running",
        ),
    ],
)
def test_answers(
    question: str, rows: list[tuple[date | None, str]], ctype: str, values: list[str], absent: list[str]
) -> None:
    assert_table_answer(question, rows, ctype, values, absent)


@pytest.mark.parametrize(
    ("text", "value", "role"),
    [
        pytest.param(
            "The Halvorsen Symphony Orchestra announced that the Dutch conductor Anouk Verbeek will become "
            "its Chief Conductor from the 2026-27 season.",
            "Anouk Verbeek",
            "chief conductor",
            id="will-become-its-chief-conductor",
        ),
        pytest.param(
            "Ravi Menon remains Principal Guest Conductor of the orchestra.",
            "Ravi Menon",
            "principal guest conductor",
            id="remains-principal-guest-conductor",
        ),
    ],
)
def test_role_claims(text: str, value: str, role: str) -> None:
    found = analyzed_doc("d1", D3, text).claims
    claims = [c for c in found if c.kind == "role" and c.value == value]
    assert claims, [(c.kind, c.value) for c in found]
    assert claims[0].attribute == role


def test_a_title_is_never_the_holders_name() -> None:
    text = (
        "The Halvorsen Symphony Orchestra announced that the Dutch conductor Anouk Verbeek will become its "
        "Chief Conductor, while Sir Peter Hale, who has led the orchestra since 2011, will become Conductor "
        "Laureate."
    )
    values = [c.value for c in analyzed_doc("d1", D3, text).claims if c.kind == "role"]
    assert not {"Laureate", "Conductor"} & set(values), values


def test_a_weekday_after_said_is_no_speaker() -> None:
    sentence = (
        "The Kerrow Sound tidal turbine has begun delivering electricity to the grid, its developer said "
        "Tuesday."
    )
    assert speaker_of(sentence) != "Tuesday"


@pytest.mark.parametrize(
    ("question", "is_number"),
    [
        pytest.param("What weight limit applied to Pont Llanfrechan?", True, id="a-weight-limit"),
        pytest.param("Which areas are covered by the hosepipe ban?", False, id="which-areas"),
    ],
)
def test_number_questions(question: str, is_number: bool) -> None:
    assert (parse_question(question).kind == "number") == is_number
