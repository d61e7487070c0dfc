"""What a strike is over and what makes others unable are causes; "What have archaeologists found?" asks for
what the verb after the subject found; a source's passage opens with its lead, not its headline repeated,
and a headline that denies does not head it; the answer's date falls back to a source naming half the
question's names. Text written for these tests, modelled on strike reports, farm news, dig diaries and
lifeguard statements."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from analyzed import analyzed_doc, assert_values, rules_answer, table_docs
from tidings.ask.members import _question_verbs
from tidings.ask.question import stem
from tidings.facts import causes_in
from tidings.model import DateEstimate


@pytest.mark.parametrize(
    ("sentence", "cause"),
    [
        (
            "Commuters were stranded as bus drivers in Port Elden began an indefinite strike over the "
            "closure of the Harbour Road depot.",
            "the closure of the Harbour Road depot",
        ),
        (
            "Nurses at Calder General walked out in protest at unsafe staffing levels.",
            "unsafe staffing levels",
        ),
        (
            "A shortage of tanker drivers means haulers cannot run the long-distance loads to other plants.",
            "A shortage of tanker drivers",
        ),
    ],
)
def test_what_a_strike_is_over_and_what_makes_others_unable(sentence: str, cause: str) -> None:
    assert [c.fact.text for c in causes_in(sentence)] == [cause]


@pytest.mark.parametrize(
    "sentence",
    [
        "The strike over the holidays closed every school in the district.",
        "This means the bridge will reopen on Friday.",
    ],
)
def test_no_cause_in_a_time_or_a_plain_consequence(sentence: str) -> None:
    assert causes_in(sentence) == []


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("What have archaeologists found at the Bryn Tor dig?", "found"),
        ("What did inspectors find at the Kerrow Road plant?", "find"),
        ("Which countries signed the Harbour Accord?", "signed"),
    ],
)
def test_the_verb_of_a_question_after_its_subject(question: str, verb: str) -> None:
    assert stem(verb) in _question_verbs(question)


def test_a_passage_opens_with_the_lead_after_a_repeated_headline() -> None:
    docs = [
        analyzed_doc(
            "d1",
            date(2022, 8, 10),
            "Archaeologists digging at Bryn Tor on Anglesey have found a bronze brooch from the first "
            "century.",
        ),
        analyzed_doc(
            "d2",
            None,
            "Bryn Tor dig - volunteer diary, week 4\n\nOur last week on site at Bryn Tor! The big news from "
            "trench C is that we finished emptying a grain storage pit lined with clay.\n\nThanks to all "
            "the volunteers.",
            title="Bryn Tor dig - volunteer diary, week 4",
        ),
    ]
    res = rules_answer("What have archaeologists found at the Bryn Tor dig on Anglesey?", docs)
    said = " | ".join((*res.values, *res.parts))
    assert "grain storage pit" in said, (res.values, res.parts, res.explanation)


def test_a_headline_that_denies_does_not_head_a_passage() -> None:
    docs = [
        analyzed_doc(
            "d1",
            date(2024, 1, 7),
            "Gull Point beach has been closed to swimmers after a sewage spill from the nearby pump station.",
        ),
        analyzed_doc(
            "d2",
            None,
            "The council closed Gull Point beach on Sunday after raw sewage overflowed from a pump station "
            "that lost power. Tests showed E. coli well above the safe limit.",
            title="No shark attack, say lifeguards - beach closed by sewage spill",
        ),
    ]
    res = rules_answer("Why was Gull Point beach closed?", docs)
    said = " | ".join((*res.values, *res.parts))
    assert "sewage" in said, res.explanation
    assert "shark" not in said.lower(), (res.parts, res.explanation)


def test_the_answer_is_dated_by_a_source_naming_half_the_names() -> None:
    rows = [
        (
            date(2019, 2, 8),
            "RIDGEMOOR, Ont. - A fire that damaged the Northfield Dairy plant on Monday has left about 60 "
            "farms in the county without anywhere to send their milk, and some have started dumping it.",
        ),
        (
            None,
            "A shortage of tanker drivers means haulers cannot run the long-distance loads needed to take "
            "Ridgemoor County milk to other plants, so dairy farmers are still dumping milk.",
        ),
    ]
    question = "Why have dairy farmers in Ridgemoor County, Ontario, been dumping milk?"
    day = date(2019, 2, 8)
    for rule, as_of in (("metadata", "2019-02-08"), ("corpus-story", None)):
        docs = table_docs(rows)
        # a date the source states counts; one lent by the pile's stories may be what put it off topic
        docs[0] = replace(docs[0], date=DateEstimate(day, day, "day", 0.9, rule))
        res = rules_answer(question, docs)
        assert_values(res, ["shortage of tanker drivers"])
        assert res.as_of == as_of, (rule, res.explanation)
