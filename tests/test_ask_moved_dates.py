"""A date an event moved to: "originally due to open on 12 March, will now open on 7 May" names the new date
in the sentence that gives the old one, in a story that names the event in full only once; and a date an
event was postponed until lies ahead of the report, whatever the tense of "has been postponed".
"""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import rules_answer as answer
from analyzed import table_docs
from tidings.timex import tag

_OCT = date(2024, 10, 9)
_JAN = date(2025, 1, 28)


def test_new_date_in_the_sentence_that_gives_the_old_one() -> None:
    docs = table_docs(
        [
            (
                _OCT,
                "We are thrilled to announce the premiere of The Keeper's Lamp at the Harbour Playhouse, "
                "opening on Wednesday 12 March 2025 in our Main House.",
            ),
            (
                _JAN,
                "Playhouse premiere postponed\nThe premiere of The Keeper's Lamp at the Harbour Playhouse "
                "has been pushed back after problems with the set. The musical, originally due to open on 12 "
                "March, will now open on Wednesday 7 May 2025.",
            ),
        ]
    )
    res = answer("When does The Keeper's Lamp open at the Harbour Playhouse?", docs)
    assert res.values == ("2025-05-07",), (res.values, res.explanation)
    assert {s.value for s in res.superseded} == {"2025-03-12"}, res.explanation


def test_control_one_date_stays_the_answer() -> None:
    docs = table_docs(
        [
            (
                _OCT,
                "The premiere of The Keeper's Lamp at the Harbour Playhouse opens on Wednesday 12 March "
                "2025. Previews begin on 5 March.",
            )
        ]
    )
    res = answer("When does The Keeper's Lamp open at the Harbour Playhouse?", docs)
    assert res.values == ("2025-03-12",), (res.values, res.explanation)


@pytest.mark.parametrize(
    ("sentence", "expression", "tense"),
    [
        ("The opening has been postponed until 2 November 2024.", "2 November 2024", "future"),
        ("The final was pushed back to Saturday, May 3.", "May 3", "future"),
        ("The launch has been moved from March 4 to March 19.", "March 19", "future"),
        ("Dunmoor Water has extended its hosepipe ban until 31 October 2025.", "31 October 2025", "future"),
        ("The consultation deadline was extended to Friday, June 6.", "June 6", "future"),
        ("The launch has been moved from March 4 to March 19.", "March 4", "future"),
        ("The line opened on 2 November 2024 after two delays.", "2 November 2024", "past"),
    ],
)
def test_a_date_moved_to_lies_ahead(sentence: str, expression: str, tense: str) -> None:
    found = [t for t in tag(sentence, date(2024, 5, 14)) if expression in t.text]
    assert found, tag(sentence, date(2024, 5, 14))
    assert found[0].tense == tense


def test_by_election_moved_to_a_new_polling_day() -> None:
    # a "by-election" is an election, held as a poll or a vote; "will now take place on" moves it
    docs = table_docs(
        [
            (
                date(2025, 3, 21),
                "Marlton Borough Council\nNotice of election: Ashgrove Ward\nA by-election is to be held for "
                "one councillor for the Ashgrove Ward in Marlton.\nPolling day will be Thursday 1 May 2025.",
            ),
            (
                None,
                "Ashgrove by-election postponed after candidate's death\nThe Ashgrove by-election in Marlton "
                "has been called off after a candidate died. The vote, which had been due on 1 May, will now "
                "take place on Thursday 12 June 2025, the returning officer said.",
            ),
        ]
    )
    res = answer("When is the Ashgrove ward by-election in Marlton?", docs)
    assert res.values == ("2025-06-12",), (res.values, res.explanation)
