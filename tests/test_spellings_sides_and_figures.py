"""American spellings of a post and the votes and first days that fill it; a predecessor named only by the
stories of the new holder. Text written for these tests, modelled on local news."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import rules_answer as answer
from analyzed import table_docs

# ------------------------------------------------------------------------------------------------- posts

_HARBOR = [
    (
        date(2023, 3, 14),
        "At its meeting on Tuesday, the Sandwick Town Council voted to appoint Lee Ostrander as "
        "Harbormaster. Ostrander replaces Paul Kimball, who retired in February after twelve years.",
    ),
    (
        date(2023, 4, 4),
        "SANDWICK - Lee Ostrander started work Monday as the town's harbormaster, with a list of 210 mooring "
        "holders to call before the season opens.",
    ),
]


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("Who is Sandwick's new harbormaster?", id="possessive-new"),
        pytest.param("Who is the harbormaster of Sandwick?", id="of-place"),
    ],
)
def test_the_one_word_american_harbormaster_is_a_post(question: str) -> None:
    res = answer(question, table_docs(_HARBOR), as_of=date(2023, 5, 1))
    assert res.values == ("Lee Ostrander",), (res.values, res.explanation)


def test_a_predecessor_named_only_by_the_new_holders_stories_is_no_rival() -> None:
    res = answer("Who is Sandwick's harbormaster?", table_docs(_HARBOR), as_of=date(2023, 5, 1))
    assert res.conflict_type == "no_conflict", res.explanation
    assert res.superseded and res.superseded[0].value == "Paul Kimball", res.superseded


def test_a_predecessor_a_source_names_as_holder_is_outdated() -> None:
    said = "Sandwick Harbormaster Paul Kimball said the waitlist had reached 90."
    rows = [(date(2022, 8, 2), said), *_HARBOR]
    res = answer("Who is Sandwick's harbormaster?", table_docs(rows), as_of=date(2023, 5, 1))
    assert res.values == ("Lee Ostrander",), res.explanation
    assert res.conflict_type == "outdated", res.explanation
