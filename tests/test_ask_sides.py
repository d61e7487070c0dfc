"""Sides of a dispute as values: each side's own judgment ("working" / "failing"), its rival date or its
cause, so a conflicting-opinions answer says what each side holds, not just that they disagree.

Every row that must fire has a control beside it: a near-identical story where the rule must not fire.
"""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import analyzed_doc as _doc
from analyzed import assert_answer, table_docs
from analyzed import rules_answer as answer
from tidings.ask import parse_question
from tidings.ask.yesno import _stance_hits

_LANE_Q = "Is the Dunford Road bus lane working?"
_LANE_COUNCIL = (
    "Dunford Road bus lane is working, says council\n\nBus journey times on Dunford Road have fallen by "
    'four minutes since the lane opened in March, Pelham City Council said. "The lane is working and we '
    'will keep it," said transport lead Amir Shah.'
)
_PIER_Q = "Would the Kestrel Point pier harm seals?"
_PIER_DEVELOPER = (
    "Marine surveys for the Kestrel Point pier found the effect on the seal colony would be negligible, "
    "the developer Tidewell Ports said in its planning statement."
)
_LIB_Q = "Should Orwell Council close the Linden Road library?"
_LIB_FOR = (
    "Orwell Council's finance chief said the Linden Road library should be closed because fewer than 40 "
    "people a day use it."
)

# (question, [(day, text)], conflict type, values the answer must give, rule that must or must not fire)
STANCE_SIDES = [
    pytest.param(
        _LANE_Q,
        [
            (date(2024, 6, 3), _LANE_COUNCIL),
            (
                None,
                "Traders on Dunford Road say the bus lane scheme is failing the businesses that line it, "
                "with deliveries blocked and footfall down.",
            ),
        ],
        "conflicting_opinions",
        {"working", "failing"},
        id="copula-judgments-working-against-failing",
    ),
    pytest.param(
        _LANE_Q,
        [
            (date(2024, 6, 3), _LANE_COUNCIL),
            (
                None,
                "Bus users on Dunford Road say the lane is working well, with the number 12 now on time "
                "most mornings.",
            ),
        ],
        "no_conflict",
        set(),
        id="control-both-sources-say-working",
    ),
    pytest.param(
        _PIER_Q,
        [
            (date(2024, 2, 12), _PIER_DEVELOPER),
            (
                None,
                "The Kestrel Point Wildlife Trust has objected to the pier, warning it would cause serious "
                "harm to the seal colony during the pupping season.",
            ),
        ],
        "conflicting_opinions",
        {"negligible", "serious harm"},
        id="no-effect-language-against-a-harm-claim",
    ),
    pytest.param(
        _PIER_Q,
        [
            (date(2024, 2, 12), _PIER_DEVELOPER),
            (
                None,
                "The Kestrel Point Wildlife Trust said it had reviewed the surveys and agreed the effect "
                "of the pier on seals would be negligible.",
            ),
        ],
        "no_conflict",
        set(),
        id="control-both-sources-say-negligible",
    ),
    pytest.param(
        _LIB_Q,
        [
            (date(2024, 9, 2), _LIB_FOR),
            (
                None,
                "Friends of Linden Road Library say the library should remain open, pointing to its "
                "homework club and free computers.",
            ),
        ],
        "conflicting_opinions",
        {"should be closed", "should remain open"},
        id="should-clauses-close-against-remain",
    ),
]


@pytest.mark.parametrize(("question", "docs", "ctype", "values"), STANCE_SIDES)
def test_stance_sides(
    question: str, docs: list[tuple[date | None, str]], ctype: str, values: set[str]
) -> None:
    assert_answer(answer(question, table_docs(docs)), ctype, values)


# Where the stance rule must stay silent: a fact-check rebutting a report, and views months apart.
QUIET = [
    pytest.param(
        "Is Marlow's tap water safe to drink?",
        [
            (date(2024, 5, 1), "A viral post claims Marlow's tap water is unsafe and dangerous to drink."),
            (
                date(2024, 5, 2),
                "Marlow Water said the claim that its tap water is unsafe is false: every sample taken this "
                "year met the drinking water standard, and the water is safe.",
            ),
        ],
        id="fact-check-rebuts-a-post",
    ),
    pytest.param(
        _LANE_Q,
        [
            (date(2023, 1, 10), "Traders on Dunford Road say the bus lane scheme is failing."),
            (date(2024, 6, 3), _LANE_COUNCIL),
        ],
        id="views-seventeen-months-apart",
    ),
]


@pytest.mark.parametrize(("question", "docs"), QUIET)
def test_stance_rule_stays_quiet(question: str, docs: list[tuple[date | None, str]]) -> None:
    res = answer(question, table_docs(docs))
    assert not any("stance-phrases" in line for line in res.explanation), res.explanation


# (sentence, stance phrases with their direction)
HITS = [
    pytest.param("The Dunford Road bus lane is not working.", {("not working", -1)}, id="negated-judgment"),
    pytest.param("The Dunford Road bus lane is working.", {("working", 1)}, id="control-plain-judgment"),
    pytest.param(
        "It is too early to call the Dunford Road bus lane a success or a failure.",
        set(),
        id="both-judgments-in-one-clause-is-no-side",
    ),
    pytest.param(
        "Residents were asked whether the Dunford Road bus lane is working.",
        set(),
        id="a-question-reported-is-no-side",
    ),
    pytest.param(
        "The Dunford Road bus lane is a success, the council said.",
        {("a success", 1)},
        id="control-a-success",
    ),
]


@pytest.mark.parametrize(("sentence", "want"), HITS)
def test_stance_hits(sentence: str, want: set[tuple[str, int]]) -> None:
    q = parse_question(_LANE_Q)
    got = {(h.phrase.lower(), h.sign) for h in _stance_hits(q, [_doc("d1", date(2024, 6, 3), sentence)])}
    assert got == want


_RING_Q = "When will the Harford ring road be finished?"
_RING_CONTRACTOR = (
    "Contractor Bellway Civil insists the Harford ring road will be finished in summer 2026, despite "
    "claims from the county that the work is running late."
)

RIVAL_DATES = [
    pytest.param(
        [
            (date(2025, 2, 4), _RING_CONTRACTOR),
            (
                None,
                "Harford County Council does not accept the contractor's programme. In the council's "
                "assessment, the ring road would not be completed before 2028.",
            ),
        ],
        "conflicting_opinions",
        {"2028"},
        id="council-assessment-not-before-a-later-year",
    ),
    pytest.param(
        [
            (date(2025, 2, 4), _RING_CONTRACTOR),
            (
                date(2025, 2, 6),
                "Harford County Council blamed wet weather for delays on the Harford bypass. The separate "
                "Harford ring road is due to be finished in summer 2026, the council said. Its park-and-ride "
                "will follow in 2028.",
            ),
        ],
        "no_conflict",
        set(),
        id="control-no-row-over-the-timetable",
    ),
]


@pytest.mark.parametrize(("docs", "ctype", "values"), RIVAL_DATES)
def test_rival_dates(docs: list[tuple[date | None, str]], ctype: str, values: set[str]) -> None:
    assert_answer(answer(_RING_Q, table_docs(docs)), ctype, values)


_PLAY_Q = "Why did ticket sales rise at the Corran Playhouse?"
_PLAY_DIRECTOR = (
    "Corran Playhouse director Ruth Ede put the rise down to the new pay-what-you-can pricing scheme, "
    "introduced last spring."
)

RIVAL_CAUSES = [
    pytest.param(
        [
            (date(2024, 11, 5), _PLAY_DIRECTOR),
            (
                None,
                "Critics at the Corran Playhouse say the touring musical did the work, pointing out that "
                "sales for other shows were flat.",
            ),
        ],
        "conflicting_opinions",
        {"pricing scheme", "touring musical"},
        id="put-down-to-against-did-the-work",
    ),
    pytest.param(
        [
            (date(2024, 11, 5), _PLAY_DIRECTOR),
            (
                None,
                "Critics at the Corran Playhouse say the touring musical was a delight from start to finish.",
            ),
        ],
        "no_conflict",
        {"pricing scheme"},
        id="control-praise-names-no-cause",
    ),
    pytest.param(
        [
            (date(2024, 11, 5), _PLAY_DIRECTOR),
            (
                None,
                "Critics at the Corran Playhouse say the real cause is the touring musical from the new "
                "West End season.",
            ),
        ],
        "conflicting_opinions",
        {"pricing scheme", "touring musical"},
        id="one-shared-word-is-not-one-cause",
    ),
]


@pytest.mark.parametrize(("docs", "ctype", "values"), RIVAL_CAUSES)
def test_rival_causes(docs: list[tuple[date | None, str]], ctype: str, values: set[str]) -> None:
    assert_answer(answer(_PLAY_Q, table_docs(docs)), ctype, values)


_TOLL_Q = "Will the Pardoe Bridge toll reduce traffic on the bridge?"
_TOLL_PLAN = (
    "Pardoe County's own modelling projects a 20% reduction in bridge traffic in the first year of the "
    "£2 toll, the county said."
)

EFFECT_ESTIMATES = [
    pytest.param(
        [
            (date(2024, 3, 4), _TOLL_PLAN),
            (
                date(2024, 3, 9),
                "Pardoe hauliers say the county's figures are wildly optimistic. A study they commissioned "
                "estimates bridge traffic would fall by 4% at most.",
            ),
        ],
        "conflicting_opinions",
        {"20%", "4%"},
        id="a-sceptical-side-puts-its-own-figure",
    ),
    pytest.param(
        [
            (date(2024, 3, 4), _TOLL_PLAN),
            (
                date(2024, 3, 9),
                "Pardoe hauliers met the county on Friday. Their members' fuel bills rose by 4% last year.",
            ),
        ],
        None,
        set(),
        id="control-another-figure-without-a-dispute",
    ),
]


@pytest.mark.parametrize(("docs", "ctype", "values"), EFFECT_ESTIMATES)
def test_effect_estimates(docs: list[tuple[date | None, str]], ctype: str | None, values: set[str]) -> None:
    res = answer(_TOLL_Q, table_docs(docs))
    if ctype is None:
        assert not any("effect-estimates" in line for line in res.explanation), res.explanation
        return
    assert_answer(res, ctype, values)
