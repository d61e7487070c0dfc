"""Members of a list stand beside the question's verb: the names just before it ("Ghana and Togo on
Monday signed") or just after it ("calling at Harwich, Esbjerg and Kiel"), one word long or more; a
source that gives one part may name the question's subject only in part.

Each row that must change an answer has a control beside it that must leave it alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import rules_answer as answer
from analyzed import table_docs
from tidings.ask.members import _question_verbs

_DAY = date(2025, 3, 4)


@pytest.mark.parametrize(
    ("question", "verbs"),
    [
        ("Which countries signed the Accra Accord on cocoa prices?", {"sign"}),
        ("Which ports will Norrland Ferries' new service call at?", {"call"}),
        ("Which countries is Chile's trade minister visiting on her tour?", {"visit"}),
        ("Which schools are set to close in the Lakeside district?", {"clos"}),
        ("Which stadiums were chosen to host the final?", {"chosen"}),
    ],
)
def test_question_verb(question: str, verbs: set[str]) -> None:
    assert _question_verbs(question) == verbs


@pytest.mark.parametrize(
    ("question", "texts", "want", "unwanted"),
    [
        pytest.param(
            "Which ports will Norrland Ferries' new freight service call at?",
            [
                "From 2 June, two ships will operate a loop for Norrland Ferries calling at Harwich, Esbjerg "
                "and Kiel, three times a week. The North Sea route is the company's first.",
            ],
            {"Harwich", "Esbjerg", "Kiel"},
            {"North Sea"},
            id="objects-after-the-verb-one-word-each",
        ),
        pytest.param(
            "Which countries signed the Accra Accord on West African cocoa prices?",
            [
                "ACCRA, March 4 (Wire) - Ghana and Togo on Monday signed the Accra Accord on West African "
                "cocoa prices. Officials said other states also signed at the meeting.",
                "Benin has also signed the Accra Accord on cocoa prices, its foreign ministry said.",
                "Cocoa farmers in Benin and Togo welcomed the Accra Accord on West African cocoa prices.",
            ],
            {"Ghana", "Togo", "Benin"},
            {"Officials"},
            id="subjects-before-the-verb-and-a-source-naming-part-of-the-subject",
        ),
    ],
)
def test_list_members_beside_the_verb(
    question: str, texts: list[str], want: set[str], unwanted: set[str]
) -> None:
    res = answer(question, table_docs([(_DAY, t) for t in texts]))
    got = set(res.values)
    assert want <= got, (res.values, res.explanation)
    assert not (unwanted & got), (res.values, res.explanation)
