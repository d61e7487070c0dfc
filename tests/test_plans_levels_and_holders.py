"""Plans still awaited ("was still expected in early 2024") and what they say of an undated report's year;
figures a history or a demand sets aside or keeps ("originally budgeted at $3.1m, later raised to $3.8m",
"seeking an increase from the present Rs 30 to Rs 35"); rungs with a letter ("Level 2B") and a scale lifted
as a whole; a holder hired before a dated report of the sacking; a date told as "will now open on"; a
press release called fake; and answers end to end built on each."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from analyzed import analyzed_doc, assert_values, corpus_dates, document, rules_answer, table_docs
from tidings.claims import extract_claims
from tidings.conflicts import refutation_of
from tidings.model import Analyzed, DateEstimate
from tidings.timex import tag

# ------------------------------------------------------------------------------------------ tense and timex


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        pytest.param(
            "Staff said the opening was still expected in early 2024.", "future", id="still-expected"
        ),
        pytest.param("The verdict was expected in 2021 but came late.", "past", id="was-expected"),
        pytest.param("The municipal council votes on the budget on 12 December.", "future", id="votes-on"),
        pytest.param("They counted the votes on 12 December.", "past", id="the-votes-on"),
    ],
)
def test_tense_of_a_plan(sentence: str, tense: str) -> None:
    tx = [t for t in tag(sentence, None) if t.type == "DATE"]
    assert tx and tx[-1].tense == tense


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        pytest.param("The ticket went up to NOK 100 only this February.", "XXXX-02", id="this-month"),
        pytest.param("Prices rose last February.", "", id="last-month-needs-a-date"),
    ],
)
def test_a_month_of_the_texts_own_year(sentence: str, value: str) -> None:
    assert [t.value for t in tag(sentence, None) if t.type == "DATE"] == [value]


# ------------------------------------------------------------------------------------------------- dating


def test_a_report_still_awaiting_early_next_year_is_from_the_year_before() -> None:
    later = document(
        "Kids pour into the Westbrook library's new wing\n\nThe extension opened on Saturday. The final "
        "bill came to $2.9 million, the council said.",
        given="2025-03-10",
        name="d1",
    )
    undated = document(
        "Library budget climbs to $2.6m\n\nThe cost of the Westbrook library extension has risen to $2.6 "
        "million after asbestos was found in the old roof, adding $400,000 to the $2.2m budget approved in "
        "May. Staff said the opening was still expected in early 2025.",
        name="d2",
    )
    dates = corpus_dates(later, undated)
    est = dates[undated.id]
    assert est.earliest is not None and est.earliest.year == 2024, est


# ------------------------------------------------------------------------------------------------- claims


def _claims(text: str) -> dict[str, str]:
    doc = analyzed_doc("d1", date(2024, 6, 3), text)
    return {c.value: c.rule for c in doc.claims if c.kind == "quantity"}


@pytest.mark.parametrize(
    ("text", "older", "current"),
    [
        pytest.param(
            "The playground was originally budgeted at $3.1m, later raised to $3.8m.",
            ["$3.1m", "$3.8m"],
            [],
            id="originally-then-later",
        ),
        pytest.param(
            "The final cost came in at $4.4 million. It was originally budgeted at $3.1 million.",
            ["$3.1 million"],
            ["$4.4 million"],
            id="originally-budgeted-at",
        ),
        pytest.param(
            "Drivers' unions are seeking an increase in the minimum fare from the present Rs 30 to Rs 35.",
            [],
            ["Rs 30"],
            id="a-demand-starts-from-the-present-level",
        ),
        pytest.param(
            "The budget proposal would raise the adult ticket at the pool from NOK 100 to NOK 110.",
            [],
            ["NOK 100"],
            id="a-proposal-starts-from-the-present-level",
        ),
        pytest.param(
            "The report puts attendance at 268,400, well above the early estimate of 200,000 that organisers "
            "gave in October.",
            ["200,000"],
            ["268,400"],
            id="the-early-estimate",
        ),
    ],
)
def test_history_of_a_figure(text: str, older: list[str], current: list[str]) -> None:
    rules = _claims(text)
    for v in older:
        assert "history" in rules[v], rules
    for v in current:
        assert "history" not in rules[v], rules


def test_a_rung_with_a_letter() -> None:
    doc = analyzed_doc(
        "d1", date(2023, 2, 10), "The municipality has implemented Level 2B water restrictions."
    )
    assert [c.value for c in doc.claims if c.attribute == "grade"] == ["Level 2B"]


@pytest.mark.parametrize(
    ("sentence", "former"),
    [
        pytest.param(
            "The Harbour Seals have relieved head coach Dan Mercer of his duties after a 2-14 start.",
            True,
            id="relieved-of-duties",
        ),
        pytest.param(
            "A relieved head coach Dan Mercer said the win was overdue.", False, id="a-relieved-coach"
        ),
    ],
)
def test_a_holder_relieved(sentence: str, former: bool) -> None:
    doc = analyzed_doc("d1", date(2024, 1, 8), sentence)
    rules = [c.rule for c in doc.claims if c.kind == "role" and c.value == "Dan Mercer"]
    assert rules and (".former" in rules[0]) == former, rules


@pytest.mark.parametrize(
    ("sentence", "refuted"),
    [
        pytest.param(
            'The operator warned that a "press release" claiming the tram line would open on 3 May is fake.',
            True,
            id="a-press-release-called-fake",
        ),
        pytest.param(
            "Mr Dray has lodged an election petition, claiming that valid ballot papers were wrongly "
            "rejected.",
            False,
            id="the-subjects-own-case",
        ),
    ],
)
def test_a_report_the_refutation_names(sentence: str, refuted: bool) -> None:
    assert bool(refutation_of(sentence)) == refuted


def test_a_voice_note_dismissed() -> None:
    doc = analyzed_doc(
        "d1",
        date(2025, 8, 14),
        "The municipality has dismissed a voice note claiming the town will be without water for 72 hours "
        "this weekend. The planned shutdown will last 12 hours, a spokesperson said.",
    )
    polarity = {c.value: c.polarity for c in doc.claims if c.kind == "quantity"}
    assert polarity.get("72") == "refuted" and polarity.get("12") == "asserted", polarity


# -------------------------------------------------------------------------------------------- end to end


def _guessed(a: Analyzed, day: date) -> Analyzed:
    """The document dated to ``day``'s month by a borrowed story year, not by anything it states."""
    est = DateEstimate(day.replace(day=1), day, "month", 0.3, "corpus-story")
    return replace(a, date=est, claims=tuple(extract_claims(a.doc, est, a.timexes)))


def _stated(a: Analyzed) -> Analyzed:
    """The document dated by its metadata, as an input's date field dates it."""
    return replace(a, date=replace(a.date, rule="metadata"))


def test_a_holder_hired_before_a_dated_sacking() -> None:
    hired = _guessed(
        analyzed_doc(
            "d1",
            None,
            "HALDEN - The Halden Harbour Seals have hired Dan Mercer as head coach, the club announced "
            "Tuesday. Training camp opens in late August.",
        ),
        date(2024, 7, 20),
    )
    sacked = _stated(
        analyzed_doc(
            "d2",
            date(2024, 1, 8),
            "The Halden Harbour Seals have relieved head coach Dan Mercer of his duties with the team last "
            "in its division.",
        )
    )
    named = _stated(
        analyzed_doc(
            "d3",
            date(2024, 4, 17),
            "The Halden Harbour Seals have named Ruth Okafor as their new head coach, ending a three-month "
            "search.",
        )
    )
    res = rules_answer("Who is the head coach of the Halden Harbour Seals?", [hired, sacked, named])
    assert_values(res, ["Okafor"], ["Mercer"])


# a scale's rungs over a dry year, and a lifting only mooted
_KAROO_LEVELS = [
    (
        date(2023, 2, 10),
        "The municipality has implemented Level 2B water restrictions in Karoo Bay with immediate effect.",
    ),
    (
        date(2023, 6, 21),
        "Karoo Bay has eased water restrictions from Level 2B to Level 1. Council said it would move to lift "
        "restrictions completely if the dam rises above 90%.",
    ),
]


@pytest.mark.parametrize(
    ("question", "rows", "as_of", "values", "absent"),
    [
        pytest.param(
            "How much has the Westbrook library extension cost?",
            [
                (
                    date(2023, 5, 16),
                    "The council has approved a $2.2 million extension of the Westbrook library.",
                ),
                (
                    date(2024, 3, 25),
                    "The Westbrook library extension opened on Saturday, and the final cost has come in at "
                    "$2.9 million. The extension was originally budgeted at $2.2m, later raised to $2.6m.",
                ),
            ],
            None,
            ["$2.9 million"],
            ["$2.2", "$2.6"],
            id="the-final-cost-over-the-budgets-it-recalls",
        ),
        pytest.param(
            "When will the Ferndale outdoor pool in Ashby open for the summer season?",
            [
                (
                    date(2024, 4, 3),
                    "Ashby's Ferndale outdoor pool will open for the summer on Saturday 4 May.",
                ),
                (
                    date(2024, 5, 9),
                    "Swimmers will have to wait another week for the Ferndale outdoor pool. The trust said "
                    "the pool will now open on Saturday 25 May.",
                ),
            ],
            None,
            ["2024-05-25"],
            ["2024-05-04"],
            id="will-now-open-on",
        ),
        pytest.param(
            "What level of water restrictions is in force in Karoo Bay?",
            [
                *_KAROO_LEVELS,
                (
                    date(2023, 9, 26),
                    "The dam is overflowing, and all water restrictions in Karoo Bay have been lifted with "
                    "effect from 1 October 2023, the municipality said.",
                ),
            ],
            None,
            ["lifted from 1 October 2023"],
            ["Level 1", "Level 2B"],
            id="a-scale-lifted",
        ),
        pytest.param(
            "What level of water restrictions is in force in Karoo Bay?",
            _KAROO_LEVELS,
            None,
            ["Level 1"],
            ["lifted"],
            id="a-lifting-only-mooted",
        ),
        pytest.param(
            "What is the minimum auto-rickshaw fare in Udupi?",
            [
                (
                    date(2022, 9, 14),
                    "The transport authority has raised the minimum auto-rickshaw fare in Udupi from Rs 25 "
                    "to Rs 30.",
                ),
                (
                    date(2024, 7, 29),
                    "Auto drivers' unions in Udupi on Monday submitted a memorandum seeking an increase in "
                    "the minimum fare from the present Rs 30 to Rs 35.",
                ),
            ],
            None,
            ["Rs 30"],
            ["Rs 35"],
            id="a-demanded-fare-is-no-fare",
        ),
        pytest.param(
            "How much does an adult single ticket cost at the Brekke pool?",
            [
                (
                    date(2024, 1, 22),
                    "New prices at the Brekke pool from 1 February 2024: adult single ticket NOK 100.",
                ),
                (
                    date(2024, 11, 6),
                    "The budget proposal for 2025 would raise the adult single ticket at the Brekke pool "
                    "from NOK 100 to NOK 110 from 1 January.",
                ),
            ],
            date(2024, 12, 15),
            ["NOK 100"],
            ["NOK 110"],
            id="a-proposed-price-from-next-year",
        ),
    ],
)
def test_answers(
    question: str,
    rows: list[tuple[date | None, str]],
    as_of: date | None,
    values: list[str],
    absent: list[str],
) -> None:
    res = rules_answer(question, table_docs(rows), as_of=as_of)
    assert_values(res, values, absent)


def test_the_proposed_price_leaves_the_current_one_current_as_of_the_proposal() -> None:
    rows = [
        (
            date(2024, 1, 22),
            "New prices at the Brekke pool from 1 February 2024: adult single ticket NOK 100.",
        ),
        (
            date(2024, 11, 6),
            "The budget proposal for 2025 would raise the adult single ticket at the Brekke pool from "
            "NOK 100 to NOK 110 from 1 January.",
        ),
    ]
    res = rules_answer(
        "How much does an adult single ticket cost at the Brekke pool?",
        table_docs(rows),
        as_of=date(2024, 12, 15),
    )
    assert res.as_of is not None and res.as_of.startswith("2024-11"), (res.as_of, res.explanation)
