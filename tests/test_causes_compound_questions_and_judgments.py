"""Causes named in subject position ("A cracked axle - not the hot weather - caused the derailment"), after
"linked to", "citing", "tested positive for", "turned up" and a colon of reasons; "What caused" asked before
any list; investigators revising their own first finding (outdated, not misinformation); compound
questions answered part by part; "What is the deadline" as a date question; duties and time given
("must reach us by", "have until") as ahead of the writing; a judgment told of "the scheme" in a story about
it; the lead figures of a story about the subject; a year only a decades-old lower bound chose."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, corpus_dates, document, table_docs
from analyzed import rules_answer as answer
from tidings import dating
from tidings.ask import parse_question
from tidings.compound import split_compound
from tidings.facts import causes_in
from tidings.timex import tag


@pytest.mark.parametrize(
    ("sentence", "asserted", "rejected"),
    [
        pytest.param(
            "A broken rail - not the heat - caused the crash at Kelby, the inquiry found.",
            ["A broken rail"],
            ["heat"],
            id="subject-with-rejected-aside",
        ),
        pytest.param(
            "Signal engineers said frost may have played a part: temperatures fell to -9C.",
            ["frost"],
            [],
            id="subject-played-a-part",
        ),
        pytest.param(
            "The cracked weld is the most likely cause, although the inquiry is continuing.",
            ["The cracked weld"],
            [],
            id="subject-most-likely-cause",
        ),
        pytest.param(
            "A spokesman said the outbreak was most likely linked to a burst sewer on Mill Lane.",
            ["a burst sewer on Mill Lane"],
            [],
            id="linked-to",
        ),
        pytest.param(
            "The bakery chain is closing four shops, citing rising rents and flour prices.",
            ["rising rents and flour prices"],
            [],
            id="citing",
        ),
        pytest.param(
            "The firm is closing four shops, citing sources close to the board.",
            [],
            [],
            id="control-citing-sources",
        ),
        pytest.param(
            "Customers were told to boil water after a routine sample tested positive for E. coli bacteria.",
            ["E. coli bacteria"],
            [],
            id="tested-positive-for-abbreviation",
        ),
        pytest.param(
            "About 900 homes must boil water after E. coli turned up in a test sample, the utility said.",
            ["E. coli"],
            [],
            id="turned-up",
        ),
        pytest.param(
            "The reasons are plain enough: fuel costs that have doubled, and the "
            "loss of the Tarrow contract.",
            ["fuel costs", "the loss of the Tarrow contract"],
            [],
            id="colon-of-reasons",
        ),
        pytest.param(
            "It found a kink in the track caused by hot rails - about 30 metres before the points.",
            ["hot rails"],
            [],
            id="dash-ends-the-cause",
        ),
        pytest.param(
            "The kink was caused by the derailed bogie striking the rails, not by heat.",
            ["the derailed bogie striking the rails"],
            ["heat"],
            id="rejected-by-cue-stripped",
        ),
        pytest.param(
            "A choir due to sing at the cathedral was stranded.", [], [], id="control-due-to-a-plan"
        ),
        pytest.param("The trout die below the outfall, not above it.", [], [], id="control-not-a-place"),
        pytest.param(
            "The buckle was a consequence of the crash, not its cause.", [], [], id="control-not-its-cause"
        ),
    ],
)
def test_causes(sentence: str, asserted: list[str], rejected: list[str]) -> None:
    found = causes_in(sentence)
    assert sorted(c.fact.text for c in found if not c.rejected) == sorted(asserted), found
    assert sorted(c.fact.text for c in found if c.rejected) == sorted(rejected), found


_DERAILMENT = [
    (
        date(2023, 8, 3),
        "Derailment at Kelby Junction: preliminary findings\n\nOur examination found a track buckle caused "
        "by high rail temperatures. The track buckle is the most likely cause of the derailment at Kelby "
        "Junction.",
    ),
    (
        date(2024, 3, 14),
        "Report: derailment at Kelby Junction\n\nThe derailment at Kelby Junction was caused by the failure "
        "of an axle on the fourth wagon. The buckle identified in our preliminary findings was caused by the "
        "derailed wheels striking the rails, not by heat.",
    ),
]


@pytest.mark.parametrize(
    ("second", "ctype"),
    [
        pytest.param(_DERAILMENT[1][1], "outdated", id="own-first-finding-revised"),
        pytest.param(
            "Report: derailment at Kelby Junction\n\nThe derailment at Kelby Junction was caused by the "
            "failure of an axle on the fourth wagon. The buckle was caused by the "
            "derailed wheels striking the "
            "rails, not by heat.",
            "misinformation",
            id="control-no-revision-cue",
        ),
    ],
)
def test_investigators_revising_their_first_finding(second: str, ctype: str) -> None:
    res = answer(
        "What caused the derailment at Kelby Junction?",
        table_docs([_DERAILMENT[0], (date(2024, 3, 14), second)]),
    )
    assert res.conflict_type == ctype, res.explanation
    assert_values(res, ["axle"], ["buckle", "temperatures"])


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        pytest.param(
            "When does the 2026 Tarrow Folk Festival run, and when is its headline concert?",
            (
                "When does the 2026 Tarrow Folk Festival run?",
                "When is the headline concert of the 2026 Tarrow Folk Festival?",
            ),
            id="its",
        ),
        pytest.param(
            "When is polling day for the Hexford East by-election, and what is the "
            "deadline to register to vote in it?",
            (
                "When is polling day for the Hexford East by-election?",
                "What is the deadline to register to vote in the Hexford East by-election?",
            ),
            id="in-it",
        ),
        pytest.param(
            "When will the Corran Museum close for repairs, and when will it reopen?",
            ("When will the Corran Museum close for repairs?", "When will the Corran Museum reopen?"),
            id="closing-phrase",
        ),
        pytest.param(
            "What will the tunnel cost, who is building it, and when is it due to open?",
            None,
            id="control-three",
        ),
        pytest.param("When and where will the summit be held?", None, id="control-one-event"),
        pytest.param("Who holds the Tarrow 800m record, and what is it?", None, id="control-what-is-it"),
    ],
)
def test_split_compound(question: str, parts: tuple[str, str] | None) -> None:
    assert split_compound(question) == parts


def test_a_compound_question_answers_each_part() -> None:
    docs = table_docs(
        [
            (
                date(2025, 4, 2),
                "Corran Museum to close for repairs\n\nThe Corran Museum will close on 12 May 2025 for roof "
                "repairs costing £1.4 million, the council said.",
            ),
            (
                date(2025, 5, 20),
                "Corran Museum reopening date set\n\nThe Corran Museum will reopen on 6 September 2025 after "
                "its roof repairs, the council said.",
            ),
        ]
    )
    res = answer("When will the Corran Museum reopen, and how much will its repairs cost?", docs)
    assert res.conflict_type == "complementary", res.explanation
    assert_values(res, ["2025-09-06", "1.4 million"], ["2025-05-12"])


def test_a_compound_question_one_source_answers_whole_has_no_conflict() -> None:
    docs = table_docs(
        [
            (
                date(2022, 1, 9),
                "Course record falls at Corran marathon\n\nKenya's Daniel Kiprono set a new Corran City "
                "Marathon course record of 2:11:38 on Sunday, the organisers said.",
            ),
            (
                date(2022, 1, 10),
                "Kiprono breaks Corran record\n\nDaniel Kiprono ran 2:11:38 to set a new Corran City "
                "Marathon course record.",
            ),
        ]
    )
    res = answer("What is the new course record at the Corran City Marathon, and who set it?", docs)
    assert res.conflict_type == "no_conflict", res.explanation
    assert_values(res, ["2:11:38", "Daniel Kiprono"])


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What is the deadline to register to vote in the Hexford by-election?", "date"),
        ("What was the closing date for bids?", "date"),
        ("What is the cost of the scheme?", "number"),
    ],
)
def test_a_date_asked_by_its_name(question: str, kind: str) -> None:
    assert parse_question(question).kind == kind


@pytest.mark.parametrize(
    ("sentence", "expression", "ahead"),
    [
        (
            "Postal vote applications must reach us by 5pm on Wednesday 16 October 2024.",
            "16 October 2024",
            True,
        ),
        ("Residents have until midnight on 15 October 2024 to register.", "15 October 2024", True),
        ("He must have known about it on 3 June 2024.", "3 June 2024", False),
    ],
)
def test_duties_and_time_given_lie_ahead(sentence: str, expression: str, ahead: bool) -> None:
    found = [t for t in tag(sentence, date(2024, 9, 25)) if expression in t.text]
    assert found, tag(sentence, date(2024, 9, 25))
    assert (found[0].tense == "future") is ahead


_FISH = [
    (
        date(2025, 7, 16),
        "Statement on dead fish in the River Lune\n\nRiver levels are very low "
        "after the heatwave. We believe "
        "low oxygen caused by the heatwave is the most likely explanation for the fish deaths in the River "
        "Lune.",
    ),
    (
        date(2025, 7, 17),
        "Anglers blame sewage for River Lune fish deaths\n\nThe angling club secretary, Ann Pike, blamed "
        "sewage from the Brockley treatment works for the fish deaths in the River Lune. Members of the "
        "Brockley Angling Club and the Lune Rivers Trust collected the fish.",
    ),
]


_LTN = [
    (
        date(2024, 10, 8),
        "Westbrook low-traffic neighbourhood: first year\n\nThe council has "
        "published monitoring data for the "
        "Westbrook low-traffic neighbourhood. Motor traffic inside the area has fallen by 38%. Cllr Joy Ede "
        'said: "The scheme is working and we will keep it."',
    ),
    (
        date(2024, 10, 10),
        "Traders turn on Westbrook low-traffic neighbourhood\n\nShops near the Westbrook low-traffic "
        "neighbourhood say footfall is down 14%. Traders' group chair Sam Hill said the scheme was \"failing "
        'the high street".',
    ),
]


@pytest.mark.parametrize(
    ("question", "rows", "present", "absent"),
    [
        pytest.param(
            "What caused the fish deaths in the River Lune?",
            _FISH,
            ["heatwave", "sewage"],
            ["Angling Club", "Ann Pike"],
            id="what-caused-before-a-list-of-names",
        ),
        pytest.param(
            "Is the Westbrook low-traffic neighbourhood working?",
            _LTN,
            ["38%", "14%"],
            [],
            id="judgment-told-of-the-scheme",
        ),
    ],
)
def test_each_side_is_found(
    question: str, rows: list[tuple[date | None, str]], present: list[str], absent: list[str]
) -> None:
    res = answer(question, table_docs(rows))
    assert res.conflict_type == "conflicting_opinions", res.explanation
    assert_values(res, present, absent)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        pytest.param(
            "Mill lost its biggest customer\n\nThe Corby paper mill lost its "
            "largest customer in September. The "
            "mill has made paper on the site since 1897.",
            2023,
            id="decades-old-bound",
        ),
        pytest.param(
            "Mill lost its biggest customer\n\nThe Corby paper mill lost its "
            "largest customer in September. The "
            "mill was last refitted in 2021.",
            2021,
            id="control-recent-bound",
        ),
    ],
)
def test_a_year_only_an_old_bound_chose_takes_the_corpus_year(text: str, year: int) -> None:
    dated = document(
        "Mill to close\n\nNordpaper said today it will close the Corby mill.", name="a", given="2023-11-07"
    )
    undated = document(text, name="b")
    est = corpus_dates(dated, undated)[undated.id]
    assert est.earliest is not None and est.earliest.year == year, dating.explain(est, undated)
