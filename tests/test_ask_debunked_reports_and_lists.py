"""A report that a later sentence calls false ("... texts which say it will be paid on 1 March. These
messages are a scam."), in a date slot, a list and an evaluative yes/no; a list every source repeats in full;
members written as one word inside a list, or named apart from the question by a modifier ("Upper
Hallam"); a place named with "of" ("the Isle of Cray"); a bill of performers; a record asked as "the
highest temperature ever recorded on ..."; what a closure is for; the event of an irregular participle
("be paid")."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, table_docs
from analyzed import rules_answer as answer
from tidings.ask import parse_question
from tidings.ask.members import _list_answer
from tidings.claims import extract_claims
from tidings.conflicts import Decision
from tidings.facts import causes_in
from tidings.model import Analyzed, DateEstimate, Document

_REBATE = [
    (
        date(2025, 2, 10),
        "Holbury Council News\n\nEnergy rebate for households\n\nAbout 30,000 Holbury households will get a "
        "one-off £120 energy rebate. The rebate will be paid automatically to direct debit payers from "
        "14 April 2025.",
    ),
    (
        date(2025, 2, 24),
        "Scam warning: fake rebate texts\n\nResidents are warned about text messages claiming to be from "
        "Holbury Council which say the £120 energy rebate will be paid on 3 March. These messages are a "
        "scam. The genuine rebate will be paid automatically from 14 April.",
    ),
]


@pytest.mark.parametrize(
    ("rows", "present", "absent"),
    [
        pytest.param(_REBATE, ["2025-04-14"], ["2025-03-03"], id="refuted-by-next-sentence"),
        pytest.param(
            [
                _REBATE[0],
                (
                    date(2025, 2, 24),
                    "Rebate texts\n\nResidents have had text messages from Holbury Council which say the "
                    "£120 energy rebate will be paid on 3 March. The council has confirmed the messages.",
                ),
            ],
            ["2025-03-03"],
            [],
            id="control-confirmed",
        ),
    ],
)
def test_a_date_in_a_report_a_later_sentence_calls_false(
    rows: list[tuple[date | None, str]], present: list[str], absent: list[str]
) -> None:
    res = answer("When will the Holbury council energy rebate be paid?", table_docs(rows))
    assert_values(res, present, absent)


def test_a_scam_verdict_targets_the_report_before_it() -> None:
    text = (
        "Residents are warned about text messages claiming to be from the council which say the rebate "
        "will be paid on 3 March. These messages are a scam."
    )
    doc = Document("t", text, text, text, "t", "text", "t")
    est = DateEstimate(date(2025, 2, 24), date(2025, 2, 24), "day", 1.0, "test")
    refs = [c for c in extract_claims(doc, est, ()) if c.kind == "refutation"]
    assert [c.value for c in refs] == ["scam"]
    assert refs[0].targets is not None and refs[0].targets[0] == 0


_MERGER = [
    (
        date(2024, 11, 4),
        "Consultation\n\nThe council is consulting on a proposal to merge Ashby Infant School and Ashby "
        "Junior School to create a single primary school from September 2025.",
    ),
    (
        None,
        "Diocese statement\n\nWe are aware of social media posts claiming that St Anne's Primary School is "
        "involved in the proposed Ashby school merger. This is not true. St Anne's is not part of any "
        "merger proposal.",
    ),
]


def test_a_list_with_a_report_called_false_is_misinformation() -> None:
    res = answer("Which schools are involved in the proposed Ashby school merger?", table_docs(_MERGER))
    assert_values(res, ["Ashby Infant School", "Ashby Junior School"], [])
    assert res.conflict_type == "misinformation"
    control = answer(
        "Which schools are involved in the proposed Ashby school merger?", table_docs(_MERGER[:1])
    )
    assert control.conflict_type != "misinformation"


_BARRIER = [
    (
        date(2024, 1, 21),
        "Agency news\n\nThe Kelso tidal barrier was closed ahead of the surge brought by Storm Inga, and "
        "protected around 1,900 homes and businesses in the town.",
    ),
    (
        date(2024, 1, 23),
        "FACT CHECK\n\nCLAIM: A video shows the Kelso tidal barrier failing during Storm Inga.\n\nVERDICT: "
        "False. The video is from 2019 and shows a weir on another river.",
    ),
]


def test_an_evaluative_question_about_a_debunked_report() -> None:
    res = answer("Did the Kelso tidal barrier work during Storm Inga?", table_docs(_BARRIER))
    assert res.conflict_type == "misinformation"
    assert res.values[0].startswith("Yes")
    assert "1,900" in res.values
    control = answer("Did the Kelso tidal barrier work during Storm Inga?", table_docs(_BARRIER[:1]))
    assert control.conflict_type != "misinformation"


def _two_sources(second: str) -> list[tuple[str, Analyzed, int, int]]:
    docs = table_docs(
        [
            (date(2024, 10, 8), "Three libraries - Westgate, Mill Lane and Ferndale - would close."),
            (date(2024, 10, 9), second),
        ]
    )
    return [
        ("Westgate", docs[0], 0, 10),
        ("Mill Lane", docs[0], 0, 10),
        ("Ferndale", docs[1], 0, 10),
    ]


@pytest.mark.parametrize(
    ("second", "ctype"),
    [
        ("Westgate, Mill Lane and Ferndale libraries are on the closure list.", "no_conflict"),
        ("Ferndale library is also on the closure list.", "complementary"),
    ],
)
def test_a_list_every_source_repeats_in_full(second: str, ctype: str) -> None:
    q = parse_question("Which libraries are on the council's closure list?")
    dec = Decision("complementary", "decide.list-question")
    res = _list_answer(q, _two_sources(second), dec, True, [])
    assert res.conflict_type == ctype


def test_one_word_members_inside_a_list() -> None:
    docs = table_docs(
        [(date(2024, 10, 9), "Echo\n\nWestgate, Mill Lane and Ferndale libraries are on the closure list.")]
    )
    res = answer("Which libraries are on the council's closure list?", docs)
    assert_values(res, ["Westgate", "Mill Lane", "Ferndale"], [])


def test_parts_from_different_sources_stay_complementary() -> None:
    docs = table_docs(
        [
            (
                date(2025, 7, 15),
                "Herald\n\nThe hosepipe ban will apply to customers in Amberley from Friday.",
            ),
            (
                date(2025, 7, 16),
                "Gazette\n\nHouseholds in the Tarrow Valley will also be covered by the hosepipe ban.",
            ),
            (
                None,
                "Island news\n\nThe ban covers the Isle of Cray too: island households are supplied from the "
                "same reservoir.",
            ),
        ]
    )
    res = answer("Which areas are covered by the hosepipe ban?", docs)
    assert_values(res, ["Amberley", "Tarrow Valley", "Isle of Cray"], [])
    assert res.conflict_type == "complementary"


def test_a_place_named_apart_from_the_question_by_its_modifier() -> None:
    docs = table_docs(
        [
            (
                date(2024, 10, 11),
                "Finds news\n\nThe coins were found in a pasture field at Grange Farm, Upper Brantham, by a "
                "detectorist.",
            )
        ]
    )
    res = answer("Where was the Brantham coin hoard found?", docs)
    assert_values(res, ["Upper Brantham"], [])


def test_a_bill_of_performers_is_a_list() -> None:
    docs = table_docs(
        [
            (date(2025, 2, 12), "Festival news\n\nThe Lantern Choir will headline the main stage on Friday."),
            (
                None,
                "Music news\n\nRuby Okoro was announced as the Saturday night headliner at the festival.",
            ),
            (None, "Glasshouse Ghosts will close the festival on Sunday night as its third headliner."),
        ]
    )
    res = answer("Who is headlining the Brackley Fields festival?", docs)
    assert_values(res, ["Lantern Choir", "Ruby Okoro", "Glasshouse Ghosts"], [])


@pytest.mark.parametrize(
    ("question", "focus", "scope"),
    [
        (
            "What is the highest temperature ever recorded on the Isle of Marrach?",
            "highest temperature",
            "Isle of Marrach",
        ),
        ("What is the largest crowd recorded at Harcourt Road?", "largest crowd recorded", "Harcourt Road"),
        ("What is the population of the Isle of Man?", "population", "Isle of Man"),
    ],
)
def test_a_figure_recorded_somewhere(question: str, focus: str, scope: str) -> None:
    q = parse_question(question)
    assert (q.focus, q.scope) == (focus, scope)


def test_the_newest_record_temperature() -> None:
    docs = table_docs(
        [
            (
                date(2022, 7, 19),
                "Island record broken\n\nThe Isle of Tarra recorded its hottest day yesterday, when the "
                "temperature at Ronan Airport reached 31.6C, beating the previous island record of 29.4C.",
            ),
            (
                date(2025, 9, 3),
                "Met notes\n\nWe confirm 32.3C as the highest temperature ever recorded on the Isle of "
                "Tarra, replacing the record of 31.6C set at Ronan Airport on 18 July 2022.",
            ),
        ]
    )
    res = answer("What is the highest temperature ever recorded on the Isle of Tarra?", docs)
    assert_values(res, ["32.3"], ["31.6", "29.4"])


@pytest.mark.parametrize(
    ("sentence", "cause"),
    [
        (
            "Penguin Beach is closed again, this time for a £400,000 refurbishment after a leak was found.",
            "a £400,000 refurbishment",
        ),
        ("The footbridge was shut for urgent repairs.", "urgent repairs"),
    ],
)
def test_what_a_closure_is_for(sentence: str, cause: str) -> None:
    assert cause in [c.fact.text for c in causes_in(sentence)]


def test_a_closure_for_a_time_names_no_cause() -> None:
    assert causes_in("The pool is closed for two weeks.") == []
