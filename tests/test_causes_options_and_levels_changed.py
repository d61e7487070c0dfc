"""Causes told as playing a part, putting strain on, making things worse, found by a check or explaining a
money trouble; a few causes shown, each source's own first; the options sides argue over; a count told as
changed "from 24 to 16"; the gap between an old and a new level is no rival level; "the new health centre"
asks for no addition."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, table_docs
from analyzed import rules_answer as answer
from tidings.ask.numbers import _ADDED_Q
from tidings.ask.proposals import proposal_question
from tidings.ask.question import parse_question
from tidings.facts import causes_in


@pytest.mark.parametrize(
    ("sentence", "causes"),
    [
        (
            "Land movement is also playing a part in the town's run of water main failures, an engineer "
            "said.",
            ["Land movement"],
        ),
        # what set the cause off, said beside it, is a cause too
        (
            "The engineer said ground movement on the slope below the tank, triggered by saturated soils "
            "after "
            "the storm, had put extra strain on joints in the pipe.",
            ["saturated soils", "ground movement on the slope below the tank"],
        ),
        (
            "Engineers have also found that pressure surges from the pump station when the pumps switch on "
            "were making things worse.",
            ["pressure surges from the pump station"],
        ),
        (
            "Investigations have found that the failed section is made of ageing cast-iron pipes.",
            ["the failed section is made of ageing cast-iron pipes"],
        ),
        (
            "We believe the fall in passenger numbers, rather than dues, explains the service's financial "
            "position.",
            ["the fall in passenger numbers"],
        ),
        ("Fallen trees brought down a 20 kV line feeding the eastern districts.", ["Fallen trees"]),
        # a clause's joining word is no part of the cause
        (
            "While storm damage to overhead lines started the outage, the fault kept power off for hours.",
            ["storm damage to overhead lines"],
        ),
        (
            "The pumps stopped at 10.50pm, when high winds brought down an overhead power line.",
            ["high winds"],
        ),
        (
            "The pumps stopped after a power line came down in the storm.",
            ["a power line came down in the storm"],
        ),
        ("control: Crews brought down the old chimney safely on Sunday.", []),
        # a subject that points back names nothing the sentence can show
        ("control: She said the pattern, rather than the total rainfall, explains the spike in cases.", []),
        # a finding that rules something out names no cause
        ("control: Investigations have found that the pipe was not damaged by the storm.", []),
        ("control: Tests found that only 8% of the samples were affected.", []),
    ],
)
def test_causes_told_as_a_part_a_strain_a_worsening_a_finding_or_an_explanation(
    sentence: str, causes: list[str]
) -> None:
    found = [c.fact.text for c in causes_in(sentence.removeprefix("control: ")) if not c.rejected]
    assert found == causes


_MAIN = [
    (
        date(2023, 8, 3),
        "District Council - Media release\n\nHarton trunk main: what we know\n\nThe trunk main between the "
        "Harton "
        "reservoir and the town has burst six times since April. Investigations have found that the "
        "affected section is made of brittle cast-iron pipes laid in the 1950s.",
    ),
    (
        date(2023, 8, 10),
        "Valley Mail\n\nSlips blamed for pipe breaks\n\nEngineer Tia Marsh said ground movement on the slope "
        "below the reservoir, triggered by saturated soils after the storm, had put extra strain on joints "
        "in the Harton main.",
    ),
    (
        None,
        "Harton residents group - pinned post\n\nAn update after today's briefing on the Harton water main. "
        "The engineers have also found that pressure surges from the pump station were making things worse.",
    ),
]


def test_each_source_s_own_cause_is_shown_before_a_second_cause_of_a_source_already_shown() -> None:
    res = answer("Why has the water main in Harton failed so many times?", table_docs(_MAIN))
    assert res.conflict_type == "complementary", res.explanation
    # three shown: one of each source's, whichever of its two the source tells first
    assert len(res.values) == 3, res.explanation
    assert_values(res, ["cast-iron pipes", "pressure surges"])


def test_a_money_trouble_named_by_another_word_is_the_event_asked_about() -> None:
    rows = [
        (
            date(2024, 10, 17),
            "Coast Gazette\n\nFerry operator warns of losses\n\nThe company that runs the Kelby passenger "
            "ferry "
            "says it lost 48,000 pounds in the year to March and has blamed a sharp rise in harbour dues.",
        ),
        (
            date(2024, 10, 22),
            "Statement from the Kelby harbour authority\n\nOur figures show passenger numbers have fallen by "
            "a fifth since 2019. We believe the fall in passenger numbers, rather than dues, explains the "
            "service's financial position.",
        ),
    ]
    res = answer("Why has the Kelby ferry been losing money?", table_docs(rows))
    assert_values(res, ["harbour dues", "the fall in passenger numbers"])


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("What options are being argued over for protecting the promenade from the sea?", True),
        ("Which proposals are on the table for the old library?", True),
        ("What should happen to the old station?", True),
        ("control: What options does the gym offer?", False),
    ],
)
def test_a_question_after_the_options_sides_argue_over(question: str, asks: bool) -> None:
    assert proposal_question(parse_question(question.removeprefix("control: "))) is asks


def test_the_options_sides_argue_over_and_no_pronoun_or_adverb_among_them() -> None:
    rows = [
        (
            date(2023, 11, 7),
            "Coast Chronicle\n\nCouncil backs rock armour for Porthlan prom\n\nThe council's preferred "
            "option "
            "for Porthlan's ageing sea wall is rock armour along the promenade. Officers said it was the "
            "only "
            "option likely to win flood funding.",
        ),
        (
            date(2023, 11, 13),
            "Save Porthlan Beach - statement\n\nWe want the council to fund beach recharge, replenishing the "
            "beach with sand, combined with repairs to the existing wall at Porthlan.",
        ),
        (
            None,
            "Consultation summary, Porthlan drop-in\n\nOfficers said that in the longer term a policy of "
            "managed realignment should be considered for the southern end of the Porthlan frontage, "
            "allowing the shoreline to move back naturally.",
        ),
    ]
    res = answer(
        "What options are being argued over for protecting Porthlan's promenade from the sea?",
        table_docs(rows),
    )
    assert res.conflict_type == "conflicting_opinions", res.explanation
    assert_values(
        res, ["rock armour", "beach recharge", "managed realignment"], absent=["said it", "naturally"]
    )


_BEDS = [
    (
        date(2022, 9, 14),
        "Desert Times\n\nCounty unveils plans for Ridgeton health center\n\nThe preliminary design for the "
        "new "
        "Ridgeton health center includes 24 inpatient beds and an emergency department.",
    ),
    (
        date(2023, 6, 21),
        "County Board of Commissioners - meeting summary\n\nItem 14: Ridgeton Health Center - design "
        "revision. "
        "The number of inpatient beds has been reduced from 24 to 16. Commissioner Lee, voting no, said the "
        "county should keep 24 beds.",
    ),
    (
        None,
        "Desert Times\n\nHealth center shrinks again\n\nRidgeton's planned health center will open with 12 "
        "inpatient beds, down from the 16 approved last summer, county officials said.",
    ),
]


def test_a_count_told_as_changed_from_one_level_to_another_orders_an_undated_later_cut() -> None:
    res = answer("How many inpatient beds will the new Ridgeton health center have?", table_docs(_BEDS))
    assert res.conflict_type == "outdated", res.explanation
    assert list(res.values) == ["12"], res.explanation
    assert {s.value for s in res.superseded} >= {"16", "24"}, res.superseded


def test_the_gap_between_an_old_and_a_new_level_is_the_change_not_a_rival_level() -> None:
    rows = [
        (
            date(2019, 10, 1),
            "Ledger to close\n\nThe Dunmore Ledger will publish its final edition on Nov. 29. All 34 "
            "employees "
            "will lose their jobs.",
        ),
        (
            date(2019, 10, 22),
            "Owner revises Ledger job cuts\n\nThe owner said Tuesday that 13 Dunmore Ledger employees have "
            "accepted positions at its sister paper, reducing the number of jobs lost when the Ledger closes "
            "from 34 to 21.",
        ),
    ]
    res = answer("How many jobs will be lost when the Dunmore Ledger closes?", table_docs(rows))
    assert_values(res, ["21"], absent=["13"])


@pytest.mark.parametrize(
    ("question", "added"),
    [
        ("How many new homes will be built?", True),
        ("How many extra beds will the ward get?", True),
        ("control: How many inpatient beds will the new health center have?", False),
        ("control: How many seats does its new stadium hold?", False),
    ],
)
def test_new_of_the_thing_counted_asks_for_an_addition_new_of_its_owner_does_not(
    question: str, added: bool
) -> None:
    assert bool(_ADDED_Q.search(question.removeprefix("control: "))) is added
