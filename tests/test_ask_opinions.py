"""Conflicting opinions: sides that put forward rival figures, causes or verdicts, each with its source.

Every row that must fire has a control beside it: a near-identical story where the rule must not fire.
"""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import analyzed_doc as _doc
from analyzed import assert_answer, table_docs
from analyzed import rules_answer as answer

_BYPASS_CLAIM = (
    "The Halvard bypass will save drivers £40 million a year in fuel and lost time, the county council said "
    "on Tuesday as it opened the consultation."
)
_BYPASS_Q = "How much will the Halvard bypass save drivers each year?"
_HOMES_CLAIM = (
    "Developer Pelling Estates says its Ashcombe Fields scheme near Wyebridge will deliver 3,800 new homes "
    "by 2034."
)
_HOMES_Q = "How many homes will the Ashcombe Fields scheme deliver?"

# (question, [(day, text)], conflict type, values the answer must give)
RIVAL_ESTIMATES = [
    pytest.param(
        _BYPASS_Q,
        [
            (date(2024, 3, 5), _BYPASS_CLAIM),
            (
                None,
                "Motoring groups are sceptical of the Halvard scheme. An analysis by the Road Users' "
                "Alliance put the annual saving at about £9 million once traffic growth is counted.",
            ),
        ],
        "conflicting_opinions",
        {"£40 million", "£9 million"},
        id="money-estimate-put-at-in-a-sceptical-story",
    ),
    pytest.param(
        _BYPASS_Q,
        [
            (date(2024, 3, 5), _BYPASS_CLAIM),
            (
                None,
                "Road Users' Alliance members met in Halvard on Monday. The group said membership fees "
                "raised about £9 million last year.",
            ),
        ],
        "no_conflict",
        {"£40 million"},
        id="control-other-money-said-plainly-no-dispute",
    ),
    pytest.param(
        _HOMES_Q,
        [
            (date(2023, 4, 2), _HOMES_CLAIM),
            (
                None,
                "Residents fighting the Ashcombe Fields plan say the figure is a fantasy. Flood risk means "
                "no more than 1,500 homes could realistically be built, their adviser says.",
            ),
        ],
        "conflicting_opinions",
        {"3,800", "1,500"},
        id="count-campaigners-call-figure-fantasy",
    ),
    pytest.param(
        _HOMES_Q,
        [
            (date(2023, 4, 2), _HOMES_CLAIM),
            (
                None,
                "Residents fighting the Ashcombe Fields plan say the figure is a fantasy. About 1,500 "
                "families are on the Wyebridge waiting list, their adviser says.",
            ),
        ],
        "no_conflict",
        {"3,800"},
        id="control-a-count-of-something-else-in-the-dispute",
    ),
    pytest.param(
        _HOMES_Q,
        [
            (date(2023, 4, 2), _HOMES_CLAIM),
            (
                date(2024, 2, 9),
                "Critics say the Ashcombe Fields scheme will bring traffic chaos. Pelling Estates has cut "
                "the plan to 2,600 homes, the company said on Friday.",
            ),
        ],
        "outdated",
        {"2,600"},
        id="control-a-cut-months-later-is-an-update-not-a-side",
    ),
    pytest.param(
        _HOMES_Q,
        [
            (date(2023, 4, 2), _HOMES_CLAIM),
            (
                None,
                "A planning consultant has cast doubt on claims that a housing scheme near Wyebridge will "
                "deliver 3,800 new homes. His analysis suggests about 1,500 homes could be built there.",
            ),
        ],
        "conflicting_opinions",
        {"3,800", "1,500"},
        id="count-a-story-arguing-with-the-figure-names-the-scheme-in-part",
    ),
    pytest.param(
        _HOMES_Q,
        [
            (date(2023, 4, 2), _HOMES_CLAIM),
            (
                None,
                "A planning consultant says a housing scheme near Wyebridge could bring about 1,500 extra "
                "cars onto the ring road at peak times.",
            ),
        ],
        "no_conflict",
        {"3,800"},
        id="control-a-story-naming-the-scheme-in-part-without-its-figure",
    ),
]


@pytest.mark.parametrize(("question", "docs", "ctype", "values"), RIVAL_ESTIMATES)
def test_rival_estimates(
    question: str, docs: list[tuple[date | None, str]], ctype: str, values: set[str]
) -> None:
    assert_answer(answer(question, table_docs(docs)), ctype, values)


_FOSSIL_CLAIM = (
    "Footprints found in the Marrow Gorge quarry could be at least 31,000 years old, according to a study "
    "published on Tuesday by a team at Ellsworth University."
)
_FOSSIL_Q = "How old are the Marrow Gorge footprints?"

# Open how-questions answered by a measured figure (years, points) that another story disputes.
OPEN_RIVALS = [
    pytest.param(
        _FOSSIL_Q,
        [
            (date(2023, 5, 2), _FOSSIL_CLAIM),
            (
                date(2023, 6, 20),
                "A rival team has challenged the Marrow Gorge dating. Dr Ines Kolar argues the footprints "
                "are closer to 12,000 years old, based on pollen in the same layer.",
            ),
        ],
        "conflicting_opinions",
        {"31,000", "12,000"},
        id="age-disputed-by-a-rival-team",
    ),
    pytest.param(
        _FOSSIL_Q,
        [
            (date(2023, 5, 2), _FOSSIL_CLAIM),
            (
                date(2023, 6, 20),
                "The Marrow Gorge quarry will open a visitor centre next year. The quarry company said it "
                "has worked the site for 12 years.",
            ),
        ],
        "no_conflict",
        {"31,000"},
        id="control-other-years-said-plainly-no-dispute",
    ),
]


@pytest.mark.parametrize(("question", "docs", "ctype", "values"), OPEN_RIVALS)
def test_open_rivals(
    question: str, docs: list[tuple[date | None, str]], ctype: str, values: set[str]
) -> None:
    assert_answer(answer(question, table_docs(docs)), ctype, values)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("The paintings may be 42,000 years old, the study says.", "42,000", id="age-of-art"),
        pytest.param("The tree is thought to be 1,200 years old.", "1,200", id="age-of-a-tree"),
        pytest.param("The mayor, who is 54 years old, said so.", None, id="control-a-person's-age"),
    ],
)
def test_long_ages_are_quantities(text: str, value: str | None) -> None:
    a = _doc("d1", date(2024, 1, 1), text)
    got = [c.value for c in a.claims if c.kind == "quantity"]
    assert (value in got) if value else not got, got
