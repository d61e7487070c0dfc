"""An outlet's correction retells its own article ("Our article of 4 November stated that ..."): a "No" rests
on what the correction states instead, not on the retold article. Text written for these tests, modelled on
trade-paper corrections and port notices; places, people and figures are invented."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import rules_answer, table_docs

Rows = list[tuple[date | None, str]]

_REPORT = (
    date(2024, 11, 4),
    "Kelsund to ban cruise ships, says report\nKelsund will introduce a cruise ship ban from 2025, according "
    "to a post on a cruise enthusiasts' blog.",
)


@pytest.mark.parametrize(
    ("correction", "grounds", "not_grounds"),
    [
        pytest.param(
            "CORRECTION - Coastal Travel Weekly\nOur article of 4 November stated that Kelsund is "
            "introducing a "
            "cruise ship ban from 2025. This was incorrect. What the council approved is a requirement that "
            "cruise ships use shore power while at the quay from 2026. We apologise for the error.",
            "shore power",
            "Our article",
            id="correction-states-what-is-true",
        ),
    ],
)
def test_a_no_rests_on_what_the_correction_states(correction: str, grounds: str, not_grounds: str) -> None:
    res = rules_answer(
        "Is Kelsund banning cruise ships from its harbour from 2025?",
        table_docs([_REPORT, (date(2024, 11, 6), correction)]),
    )
    assert res.values and res.values[0].startswith("No"), (res.values, res.explanation)
    assert grounds in res.values[0] and not_grounds not in res.values[0], (res.values, res.explanation)
