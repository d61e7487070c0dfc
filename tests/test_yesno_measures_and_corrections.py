"""What a yes or no rests on: the measurement, not the bar it is held against ("27 minutes, against a target
of 30 minutes") nor the margin over it ("£400,000 over target"); a report's outline numbers ("1.1 The
first year ...") are no figures; a refuted report is answered with what its correcting sources say holds
instead ("The pool will remain open seven days a week")."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import analyzed_doc, table_docs
from analyzed import rules_answer as answer

_DAY = date(2025, 2, 4)


def _quantities(text: str) -> set[str]:
    return {c.value for c in analyzed_doc("d", _DAY, text).claims if c.kind == "quantity"}


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        pytest.param(
            "Item 4: Library services\n\n1. Summary\n"
            "1.1 Loans across the county's 14 libraries rose by 6% in 2024.",
            {"6%"},
            {"1", "1.1"},
            id="outline-numbers",
        ),
        pytest.param(
            "2.3 Members are asked to note that 38 new buses entered service.",
            {"38"},
            {"2.3"},
            id="numbered-paragraph",
        ),
        pytest.param(
            "Figures for the year\n3.5 million passengers used the line in 2024.",
            {"3.5 million"},
            set(),
            id="control-figure-opening-a-line",
        ),
        pytest.param(
            "Ridership rose to 2.5 and then 3.1 Million over the decade.",
            {"2.5"},
            set(),
            id="control-mid-line-decimal",
        ),
    ],
)
def test_outline_numbers_are_no_figures(text: str, kept: set[str], dropped: set[str]) -> None:
    found = _quantities(text)
    assert kept <= found, found
    assert not (dropped & found), found


_AMBULANCE = [
    (
        date(2025, 2, 4),
        "Westfold Ambulance Service - Board papers\n\nItem 7: Performance\n\n"
        "1.1 The first full year of the Westfold ambulance service contract ended on 31 December 2024.\n"
        "1.2 Category 2 response times averaged 27 minutes, against a contractual target of 30 minutes. "
        "In 2022 the average was 41 minutes.",
    ),
    (
        None,
        "Ambulances faster than target\n\nWestfold's ambulance service reached serious calls in an "
        "average of 27 minutes last year, comfortably beating the 30-minute response time target, a "
        "board report shows. Crews say rural areas still wait longer.",
    ),
]

_APPEAL = [
    (
        date(2024, 10, 4),
        "Harbour Hospice - News\n\nWe are delighted to say our Night Light appeal has closed with a total of "
        "£2.4 million, comfortably beating our £2 million target. More than 5,000 people gave.",
    ),
    (
        None,
        "Hospice appeal beats target\n\nThe Night Light appeal for Harbour Hospice has finished "
        "£400,000 over target, the hospice announced. Its final total was £2.4 million.",
    ),
]


@pytest.mark.parametrize(
    ("question", "rows", "measured", "bars"),
    [
        pytest.param(
            "Is the Westfold ambulance service meeting its response time target?",
            _AMBULANCE,
            "27",
            ("30", "1.1", "1.2"),
            id="against-a-target-of",
        ),
        pytest.param(
            "Did the Harbour Hospice Night Light appeal reach its target?",
            _APPEAL,
            "2.4",
            ("£2 million", "400,000"),
            id="target-and-margin",
        ),
    ],
)
def test_a_yes_or_no_carries_the_measurement_not_the_bar(
    question: str, rows: list[tuple[date | None, str]], measured: str, bars: tuple[str, ...]
) -> None:
    res = answer(question, table_docs(rows))
    figures = [v for v in res.values if not v.startswith(("Yes", "No"))]
    assert any(measured in v for v in figures), (res.values, res.explanation)
    assert not any(b in v for v in figures for b in bars), (res.values, res.explanation)


_POOL_POST = (
    None,
    "Marlow Community Noticeboard\n\nBREAKING: the pool at Marlow Leisure Centre is CLOSING for good from "
    "March, staff were told today. Share before they delete this!! 312 shares",
)


@pytest.mark.parametrize(
    ("rows", "holds"),
    [
        pytest.param(
            [
                _POOL_POST,
                (
                    date(2025, 1, 20),
                    "Marlow Council - News\n\nWe are aware of posts on social media claiming that the pool "
                    "at Marlow Leisure Centre will close permanently. This is not true. The pool at Marlow "
                    "Leisure Centre will remain open seven days a week, with early swims from 6.30am.",
                ),
            ],
            "remain open seven days a week",
            id="remains-after-the-denial",
        ),
        pytest.param(
            [
                _POOL_POST,
                (
                    date(2025, 1, 21),
                    "Fact check: Marlow pool is not closing\n\nClaim: the pool at Marlow Leisure Centre is "
                    "closing for good.\n\nVerdict: FALSE\n\nIn fact, the Marlow Leisure Centre pool is open "
                    "as usual and a new learner pool is planned.",
                ),
            ],
            "open as usual",
            id="in-fact",
        ),
    ],
)
def test_a_refuted_report_is_answered_with_what_holds(
    rows: list[tuple[date | None, str]], holds: str
) -> None:
    res = answer("Is the pool at Marlow Leisure Centre closing?", table_docs(rows))
    assert res.conflict_type == "misinformation", res.explanation
    assert any(holds in v for v in res.values), (res.values, res.explanation)


def test_a_sentence_that_retells_the_report_is_not_what_holds() -> None:
    """Control: the only sentence with "still" tells of the post itself, so nothing is added."""
    rows = [
        _POOL_POST,
        (
            date(2025, 1, 20),
            "Marlow Council - News\n\nWe are aware of posts on social media claiming that the pool at Marlow "
            "Leisure Centre will close permanently. This is not true. The post about the Marlow Leisure "
            "Centre pool is still being shared.",
        ),
    ]
    res = answer("Is the pool at Marlow Leisure Centre closing?", table_docs(rows))
    assert res.conflict_type == "misinformation", res.explanation
    assert not any("still being shared" in v for v in res.values), res.values


_HAKE_Q = "Is the recovery plan for hake in the Corran Deep working?"


def _hake(last: str) -> list[tuple[date | None, str]]:
    return [
        (
            date(2025, 6, 27),
            "Hake in the Corran Deep have recovered above the safe level for the first time in 12 years, "
            "scientists said, crediting the recovery plan. The council estimated the spawning stock at "
            "48,000 tonnes, up from 39,500 tonnes last year.",
        ),
        (
            None,
            "Comment: the sacrifice on the Corran Deep paid off\n\nThe spawning stock is now 48,000 tonnes, "
            "comfortably over the safe mark, and the advice is for a bigger quota.",
        ),
        (
            date(2025, 6, 30),
            "Minister welcomes Corran Deep hake recovery\n\nThe council reported that the spawning stock of "
            f"{last} is now above the precautionary level.",
        ),
    ]


@pytest.mark.parametrize(
    ("last", "figure"),
    [
        pytest.param("48,000 tonnes", "48,000", id="every-source-repeats-it"),
        pytest.param("51,000 tonnes", None, id="control-two-sources-only"),
    ],
)
def test_the_figure_every_source_repeats_grounds_a_yes(last: str, figure: str | None) -> None:
    res = answer(_HAKE_Q, table_docs(_hake(last)))
    figures = [v for v in res.values if not v.startswith(("Yes", "No"))]
    if figure is None:
        # two sources of three give 48,000: no figure every source repeats (a source's own lead figure may
        # still be listed as its own)
        assert "every source gives" not in res.text, (res.text, res.explanation)
    else:
        assert any(figure in v for v in figures), (res.values, res.explanation)
    assert not any("12" in v or "39,500" in v for v in figures), res.values
