"""What should be done with something: the options sources call for, back, recommend, want or list after
"proposes:", grouped by wording; two or more are sides of a debate. Text written for these tests, modelled on
council reports, campaign pages and letters to the editor; places, people and figures are invented."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import rules_answer, table_docs
from tidings.ask import parse_question
from tidings.ask.proposals import proposal_question, proposals_in


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("What should happen to Orrin's old grain store?", True),
        ("What should the former tannery site in Orrin be used for?", True),
        ("What should be done about the feral goats on Orrin Head?", True),
        ("What happened to Orrin's old grain store?", False),
        ("Who should run the Orrin grain store?", False),
    ],
)
def test_a_question_for_what_should_be_done(question: str, asks: bool) -> None:
    assert proposal_question(parse_question(question)) is asks


@pytest.mark.parametrize(
    ("sentence", "options"),
    [
        pytest.param(
            "The Labour group wants most of the land used for housing, saying families cannot find homes.",
            ["housing"],
            id="wants-it-used-for",
        ),
        pytest.param(
            "The Orrin Heritage Trust wants the kiln halls kept as an industrial museum.",
            ["industrial museum"],
            id="wants-it-kept-as",
        ),
        pytest.param(
            "The business association backs a data centre, pointing to cheap power.",
            ["data centre"],
            id="backs",
        ),
        pytest.param(
            "Residents have called for an emergency seawall after the storm.",
            ["emergency seawall"],
            id="called-for",
        ),
        pytest.param(
            "The property office has recommended demolishing and rebuilding the pier.",
            ["demolishing and rebuilding"],
            id="recommended-doing",
        ),
        pytest.param(
            '"We want them to restore what is there," the chair said.', ["restore"], id="want-them-to"
        ),
        pytest.param(
            "The chamber argued instead for a £60m relief road to the north of the town.",
            ["relief road"],
            id="argued-for-a-costed-thing",
        ),
        pytest.param(
            "Demolition is the only sensible choice before someone gets hurt.",
            ["Demolition"],
            id="only-choice",
        ),
        pytest.param(
            "The plan is to buy back the most exposed properties over time.",
            [],
            id="control-buy-back-is-no-backing",
        ),
        pytest.param("Call the office for anyone who wants help.", [], id="control-help-is-no-option"),
        pytest.param("Councillors should back their officers next week.", [], id="control-backing-people"),
    ],
)
def test_options_pushed_in_a_sentence(sentence: str, options: list[str]) -> None:
    q = parse_question("What should happen to the old grain store in Orrin?")
    rows = [(date(2024, 5, 1), "The old grain store in Orrin. " + sentence)]
    assert [o for o, *_ in proposals_in(q, table_docs(rows))] == options


_STORE = [
    (
        date(2024, 5, 2),
        "Owner seeks demolition of Orrin grain store. The owner of the old grain store in Orrin has applied "
        "to demolish it, saying repairs would cost more than $3 million.",
    ),
    (
        date(2024, 5, 9),
        "Save our store. The Orrin Historical Society has written to the state seeking an urgent heritage "
        "listing for the grain store.",
    ),
    (
        date(2024, 5, 16),
        "Orrin council report. Councillors heard from both sides on the grain store. The engineer said "
        'demolition was the "lowest-risk" option.',
    ),
]


def test_options_from_several_sides_are_conflicting_opinions() -> None:
    res = rules_answer("What should happen to Orrin's old grain store?", table_docs(_STORE))
    assert res.conflict_type == "conflicting_opinions", res.explanation
    assert res.values[:2] == ("demolition", "urgent heritage listing"), res.explanation


def test_one_option_every_source_pushes_is_no_conflict() -> None:
    rows = [_STORE[0], _STORE[2]]
    res = rules_answer("What should happen to Orrin's old grain store?", table_docs(rows))
    assert res.conflict_type == "no_conflict", res.explanation
    assert res.values[:1] == ("demolition",), res.explanation


def test_the_lines_after_proposes_are_options() -> None:
    rows = [
        (
            date(2024, 1, 16),
            "Orrin Borough Council budget.\nCabinet proposes:\n- Closing two branch libraries (Eastgate and "
            "Mill Lane), saving £300,000\n- Dimming street lighting after midnight\nConsultation closes on 9 "
            "February.",
        )
    ]
    q = parse_question("What should Orrin Borough Council cut to close its budget gap?")
    assert [o for o, *_ in proposals_in(q, table_docs(rows))] == [
        "Closing two branch libraries",
        "Dimming street lighting",
    ]
