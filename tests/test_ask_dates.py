"""Date questions whose date moved: reports of a delay, dates an event moved from, field lines."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import rules_answer as answer
from analyzed import table_docs

# (question, documents as (day, text), values, superseded values, conflict type)
_CASES = [
    pytest.param(
        "When will the Corvel-3 probe launch?",
        [
            (date(2025, 1, 8), "The Corvel-3 probe will launch on May 6 from Ostra, officials said."),
            (
                date(2025, 4, 2),
                "Corvel-3 slips again\n\nThe launch of Corvel-3 has been postponed from May 6 to May 20 "
                "after a battery fault, the agency said.",
            ),
        ],
        ("2025-05-20",),
        ("2025-05-06",),
        "outdated",
        id="postponed-from-a-to-b-b-is-current-a-superseded",
    ),
    pytest.param(
        "When will the Corvel-3 probe launch?",
        [
            (date(2025, 1, 8), "The Corvel-3 probe will launch on May 6 from Ostra, officials said."),
            (
                date(2025, 4, 2),
                "Corvel-3 battery passes tests\n\nThe launch of Corvel-3 remains on track after a battery "
                "test on March 20, the agency said.",
            ),
        ],
        ("2025-05-06",),
        (),
        "no_conflict",
        id="control-a-date-of-another-step-is-no-new-launch-date",
    ),
    pytest.param(
        "When will the Corvel-3 probe launch?",
        [
            (date(2025, 1, 8), "The Corvel-3 probe will launch on May 6 from Ostra, officials said."),
            (
                date(2025, 4, 28),
                "CORVEL-3 MISSION UPDATE\n\nNew launch date: June 11\nPrevious date: May 20\n"
                "Reason: replacement battery tests",
            ),
        ],
        ("2025-06-11",),
        ("2025-05-06", "2025-05-20"),
        "outdated",
        id="field-lines-new-and-previous-date-under-a-heading-naming-the-mission",
    ),
    pytest.param(
        "When will the Halden Road bridge reopen?",
        [
            (
                date(2024, 3, 6),
                "The Halden Road bridge, closed since January 8 for repairs, is expected to reopen by "
                "May 15, the city said.",
            ),
            (
                date(2024, 6, 14),
                "Halden Road bridge delayed again\n\nThe Halden Road bridge will now reopen on July 26, "
                "a month later than the June 28 date announced in April, the city said on Friday.",
            ),
        ],
        ("2024-07-26",),
        ("2024-05-15", "2024-06-28"),
        "outdated",
        id="later-than-the-x-date-is-the-date-it-moved-from",
    ),
    pytest.param(
        "When will the Halden Road bridge reopen?",
        [
            (
                date(2024, 5, 20),
                "The Halden Road bridge will not reopen in mid-May as planned. Officials said the bridge is "
                "now expected to reopen on June 28.",
            ),
        ],
        ("2024-06-28",),
        ("May 2024",),
        "outdated",
        id="a-dropped-plan-is-history-not-a-refuted-claim",
    ),
    pytest.param(
        "When will the Weir footbridge in Tessel open?",
        [
            (
                date(2025, 5, 12),
                "The Weir footbridge in Tessel will open on Saturday, June 14, following load testing "
                "carried out in April, the council said.",
            ),
        ],
        ("2025-06-14",),
        (),
        "no_conflict",
        id="the-date-after-the-event-verb-not-the-date-of-another-step",
    ),
    pytest.param(
        "When will the Eastmoor tram line open?",
        [
            (
                date(2025, 8, 4),
                "The Eastmoor tram line will open on November 8 instead of September 14, officials said.",
            ),
        ],
        ("2025-11-08",),
        ("2025-09-14",),
        "outdated",
        id="instead-of-names-the-date-left-behind",
    ),
]


@pytest.mark.parametrize(("question", "docs", "values", "superseded", "conflict"), _CASES)
def test_moved_dates(
    question: str,
    docs: list[tuple[date | None, str]],
    values: tuple[str, ...],
    superseded: tuple[str, ...],
    conflict: str,
) -> None:
    ans = answer(question, table_docs(docs, first=0))
    assert set(ans.values) == set(values), ans.explanation
    assert ans.conflict_type == conflict, ans.explanation
    assert set(superseded) <= {s.value for s in ans.superseded}, ans.explanation
