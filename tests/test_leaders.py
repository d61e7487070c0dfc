"""Who leads a project or its parts, asked without a post's title: the people named after "led by", "run
by", "chaired by" and the like, said to lead it, contracted for a part, or listed by workstream; each part's
leader a member of a complementary answer; nothing when a source tells of a leader replaced. Text written for
these tests, modelled on research and local news."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import rules_answer as answer
from analyzed import table_docs
from tidings.ask.leaders import leader_question, leaders_in
from tidings.ask.question import parse_question

_SURVEY = [
    (
        date(2023, 5, 2),
        "A three-year project to count seals in Marren Bay starts this summer. The acoustic part of the "
        "project, which uses underwater microphones, is led by Dr. Hanna Oskarsdottir of the Marren Centre.",
    ),
    (
        date(2023, 6, 1),
        "Marren's ferries will carry trained observers this summer as part of the seal-count project. The "
        "boat "
        "survey is run by skipper and marine biologist Jon Eriksen, who has photographed seals for a decade.",
    ),
    (
        date(2023, 7, 4),
        "Researchers will fly drones over Marren Bay this summer as part of the Marren seal-count project. "
        "The drone work is led by Lise Berg, a postdoctoral researcher.",
    ),
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who is leading the Marren seal-count project?", True),
        ("Who runs the Marren boat survey?", True),
        ("Who is in charge of the dig?", True),
        ("Who is the Marren harbourmaster?", False),
        ("Who won the Marren regatta?", False),
    ],
)
def test_a_question_for_who_leads(question: str, expected: bool) -> None:
    assert leader_question(parse_question(question)) is expected


def test_each_part_has_its_leader() -> None:
    q = parse_question("Who is leading the Marren seal-count project?")
    names = [n for n, *_ in leaders_in(q, table_docs(_SURVEY))]
    assert names == ["Hanna Oskarsdottir", "Jon Eriksen", "Lise Berg"]


def test_the_leaders_of_the_parts_complement_each_other() -> None:
    res = answer("Who is leading the Marren seal-count project?", table_docs(_SURVEY))
    assert res.values == ("Hanna Oskarsdottir", "Jon Eriksen", "Lise Berg"), res.explanation
    assert res.conflict_type == "complementary", res.explanation


def test_a_leader_replaced_is_no_part() -> None:
    rows = [
        *_SURVEY[:1],
        (date(2023, 9, 1), "Dr. Pia Lund has taken over the Marren seal-count project from Dr. Oskarsdottir"),
    ]
    q = parse_question("Who is leading the Marren seal-count project?")
    assert leaders_in(q, table_docs(rows)) == []


def test_a_sentence_about_something_else_names_no_leader() -> None:
    rows = [(date(2023, 5, 2), "The Marren seal-count project starts in June. The choir is led by Ann Holm.")]
    q = parse_question("Who is leading the Marren seal-count project?")
    assert leaders_in(q, table_docs(rows)) == []


_REVIEW = [
    (
        date(2024, 2, 19),
        "Penmor's review of cruise ship impacts will be overseen by a steering group chaired by Hana Rewi of "
        "the harbour trust, the council announced.",
    ),
    (
        date(2024, 3, 5),
        "Independent economist Graham Hollis has been contracted to measure how much cruise passengers spend "
        "in Penmor, as part of the council's cruise impact review.",
    ),
    (
        None,
        "COUNCIL BRIEFING NOTE\nPenmor Cruise Impact Review: workstreams\n1. Governance - steering group "
        "(chair: Hana Rewi).\n2. Economic assessment - Graham Hollis, independent.\n3. Environmental "
        "assessment - Dr Ruth Karsten (marine ecologist), covering anchoring damage.\nBudget: $180,000.",
    ),
]


def test_who_carries_out_a_review_chaired_contracted_and_listed_by_workstream() -> None:
    res = answer("Who is carrying out the Penmor cruise ship impact review?", table_docs(_REVIEW))
    assert res.values == ("Hana Rewi", "Graham Hollis", "Ruth Karsten"), res.explanation
    assert res.conflict_type == "complementary", res.explanation


# ------------------------------------------------------------------------------------ a tenure's length

_CHAIRS = [
    (
        date(2023, 2, 20),
        "New chair for Tarrow Traders\n\nNuala Brennan, owner of a shoe shop on Quay Street, has been "
        "elected chair of Tarrow Traders at its AGM, replacing Colm Drury.",
    ),
    (
        None,
        "Ivo Martell, a local hotelier, is the new chair of Tarrow Traders. He takes over from Nuala "
        "Brennan, who stepped down {held} for family reasons.",
    ),
]


@pytest.mark.parametrize(
    ("held", "holder"),
    [
        pytest.param("after eight months in the role", "Nuala Brennan", id="months-held-reach-past-the-date"),
        pytest.param("after two months in the role", "Ivo Martell", id="months-held-end-before-the-date"),
        pytest.param("this week", "Ivo Martell", id="no-tenure-told"),
    ],
)
def test_a_tenure_told_at_the_handover_dates_an_undated_successor(held: str, holder: str) -> None:
    rows = [_CHAIRS[0], (None, _CHAIRS[1][1].format(held=held))]
    res = answer("Who chaired Tarrow Traders?", table_docs(rows), as_of=date(2023, 5, 31))
    assert res.values == (holder,), res.explanation
