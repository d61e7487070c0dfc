"""A date a source expects something to happen on is ahead of the source ("We now expect the pool to open in
mid-January 2025"), even when the expectation's object stands between the verb and "to"; a place that will
"remain closed while licensed contractors remove the asbestos" is closed for those works, told actively as
well as passively. Text written for these tests, modelled on council media releases and local news; places,
people and dates are invented."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, rules_answer, table_docs
from tidings import timex

Rows = list[tuple[date | None, str]]


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        pytest.param("We now expect the pool to open in mid-January 2025.", "future", id="expect-object-to"),
        pytest.param("Council expects the bridge to carry traffic by March 2026.", "future", id="expects"),
        pytest.param("The club wants the stand to be finished by August 2025.", "future", id="wants"),
        pytest.param("We expect that sales fell in March 2024.", "past", id="control-expect-that-past"),
        pytest.param(
            "I expect the winter to look much more like the fall and winter of 2019, with less masking.",
            "",
            id="control-a-time-far-from-the-expectation",
        ),
        pytest.param("The pool opened in January 2024.", "past", id="control-plain-past"),
    ],
)
def test_an_expected_objects_date_is_ahead(text: str, tense: str) -> None:
    dates = [t for t in timex.tag(text, None) if t.value[:1].isdigit()]
    assert [t.tense for t in dates] == [tense], [(t.text, t.tense) for t in dates]


_Q = "Why is the Kellow swimming pool still closed?"
_EARLIER = (
    date(2024, 11, 6),
    "Kellow pool still shut as cracked pipework found\nKellow pool remains closed after contractors found "
    "cracked pipework under the pool concourse while reconnecting the new pump.",
)


@pytest.mark.parametrize(
    ("later", "values", "absent"),
    [
        pytest.param(
            "KELLOW SHIRE COUNCIL - MEDIA RELEASE\nThe pipework repairs at Kellow Swimming Pool are "
            "complete. "
            "However, contractors discovered asbestos in the old plant room. The pool will remain closed "
            "while "
            "licensed contractors remove the asbestos safely.",
            ["asbestos"],
            [],
            id="closed-while-contractors-remove",
        ),
        pytest.param(
            "KELLOW SHIRE COUNCIL - MEDIA RELEASE\nThe pipework repairs at Kellow Swimming Pool are "
            "complete. "
            "The pool will remain closed while the swim club holds its annual meeting in the foyer.",
            ["cracked pipework"],
            ["annual meeting"],
            id="control-closed-while-something-else-happens",
        ),
    ],
)
def test_works_told_actively_keep_a_place_closed(later: str, values: list[str], absent: list[str]) -> None:
    res = rules_answer(_Q, table_docs([_EARLIER, (date(2024, 12, 3), later)]))
    assert_values(res, values, absent)
