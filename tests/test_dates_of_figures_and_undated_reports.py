"""When a figure held and when an undated report was written: a figure with a thousands separator takes the
year beside it ("412,300 e-book loans in 2023"); an undated report that says a later day of the year has gone
by ("on June 25") is not capped at the pile's newest dated report; a relative day ("Saturday") in a report
dated only to a year stays unresolved; a change "by" a figure keeps its verb ("cut by 50%"); a bare verdict
("This is not correct.") refutes the report before it; a law's year is not an event date."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import analyzed_doc, corpus_dates, document, table_docs
from analyzed import rules_answer as answer
from tidings import dating
from tidings.model import DateEstimate
from tidings.pipeline import analyze, analyze_corpus

_DAY = date(2024, 1, 18)


def _quantities(text: str) -> dict[str, tuple[str, str | None]]:
    a = analyzed_doc("d", _DAY, text)
    return {
        c.value: (c.rule, c.as_of_earliest.isoformat() if c.as_of_earliest else None)
        for c in a.claims
        if c.kind == "quantity"
    }


@pytest.mark.parametrize(
    ("text", "value", "as_of"),
    [
        pytest.param(
            "Eastmoor Libraries recorded 412,300 e-book loans in 2023, the highest figure since 2013.",
            "412,300",
            "2023-01-01",
            id="separator-comma-is-no-clause-break",
        ),
        pytest.param(
            "The port handled 1,250,000 containers in 2022, its busiest year.",
            "1,250,000",
            "2022-01-01",
            id="two-separators",
        ),
        pytest.param(
            "The port handled 1,250,000 containers, a record the council expects to beat in 2025.",
            "1,250,000",
            None,
            id="control-a-real-comma-between",
        ),
        pytest.param(
            "The clinic saw 950 patients in 2023, the trust said.",
            "950",
            "2023-01-01",
            id="control-no-separator-as-before",
        ),
    ],
)
def test_a_figure_takes_the_year_beside_it(text: str, value: str, as_of: str | None) -> None:
    assert _quantities(text)[value][1] == as_of


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        pytest.param("The sprat quota in Kerrow Bay was cut by 50% for next year.", "cut", id="cut-by"),
        pytest.param("Fares rose by 4.9% in March.", "rose", id="rose-by"),
        pytest.param(
            "The dam will reduce dry-season flows downstream by only 3% once it fills.",
            "by",
            id="control-far",
        ),
    ],
)
def test_a_change_by_a_figure_keeps_its_verb(text: str, verb: str) -> None:
    rules = [r for r, _ in _quantities(text).values() if ".change:" in r]
    assert rules and rules[0].partition(".change:")[2].split(".")[0] == verb, rules


@pytest.mark.parametrize(
    ("verdict", "refuted"),
    [
        pytest.param("This is not correct.", True, id="not-correct"),
        pytest.param("This is not true.", True, id="not-true"),
        pytest.param("Officials expect more detail next week.", False, id="control-no-verdict"),
    ],
)
def test_a_bare_verdict_refutes_the_report_before_it(verdict: str, refuted: bool) -> None:
    text = (
        "We are aware of posts on social media stating that the annual quota has been cut by 50%. "
        f"{verdict} The 50% reduction applies to the January allocation only."
    )
    a = analyzed_doc("d", _DAY, text)
    first = min((c for c in a.claims if c.value == "50%"), key=lambda c: c.start)
    assert (first.polarity == "refuted") is refuted, [(c.value, c.polarity, c.rule) for c in a.claims]


_DATED = (
    "BRACKENHURST, June 3 (Wire) - A snow leopard cub was born at Brackenhurst Zoo on May 14, the zoo said."
)


@pytest.mark.parametrize(
    ("text", "earliest"),
    [
        pytest.param(
            "The cub had his first vet check on June 25, when he weighed 2.4kg. He was born in May.",
            "2024-06-25",
            id="a-later-day-gone-by",
        ),
        pytest.param(
            "The cub moved to the big enclosure on Friday 20 December. He was born in May.",
            "2024-12-20",
            id="a-weekday-makes-a-far-day-this-years",
        ),
        pytest.param(
            "The cub moved to the big enclosure on 20 December. He was born in May.",
            None,
            id="control-a-far-day-without-its-weekday",
        ),
        pytest.param(
            "The cub moved to the big enclosure on Monday 20 December. He was born in May.",
            None,
            id="control-a-weekday-of-another-year",
        ),
        pytest.param(
            "Membership renewals open on 1 July. The cub was born in May.",
            None,
            id="control-unknown-tense-is-a-plan",
        ),
        pytest.param(
            "The council delayed its vote until June 28. The cub was born in May.",
            None,
            id="control-past-verb-pointing-ahead",
        ),
    ],
)
def test_an_undated_report_may_be_later_than_the_newest_dated_one(text: str, earliest: str | None) -> None:
    dated, undated = document(_DATED, name="a", given="2024-06-03"), document(text, name="b")
    est = corpus_dates(dated, undated)[undated.id]
    assert est.rule == "corpus-now", dating.explain(est, undated)
    if earliest is None:
        assert est.latest is not None and est.latest <= date(2024, 6, 3), dating.explain(est, undated)
    else:
        assert est.earliest == date.fromisoformat(earliest), dating.explain(est, undated)
        assert "or later" in dating.explain(est, undated)


@pytest.mark.parametrize(
    ("estimate", "saturday"),
    [
        pytest.param(
            DateEstimate(date(2024, 1, 1), date(2024, 9, 22), "year", 0.1, "corpus-now"),
            "XXXX-WXX-6",
            id="year-span-keeps-it-open",
        ),
        pytest.param(
            DateEstimate(date(2024, 9, 24), date(2024, 9, 24), "day", 0.9, "metadata"),
            "2024-09-21",
            id="control-day-resolves",
        ),
        pytest.param(
            DateEstimate(date(2024, 9, 24), date(2025, 9, 24), "day", 0.4, "corpus-story-day"),
            "2024-09-21",
            id="control-a-day-bound-resolves",
        ),
    ],
)
def test_a_relative_day_in_a_report_dated_to_a_wide_span(estimate: DateEstimate, saturday: str) -> None:
    text = "Police defended their estimate that about 12,000 people attended Saturday's rally in 2024's heat."
    a = analyze(document(text, name="d"), estimate=estimate)
    got = next(t.value for t in a.timexes if t.text.startswith("Saturday"))
    assert got == saturday
    if saturday.startswith("XXXX"):
        crowd = next(c for c in a.claims if c.value == "12,000")
        assert crowd.as_of_earliest is None or crowd.as_of_earliest.year == 2024


def test_a_named_month_keeps_the_year_of_the_span() -> None:
    est = DateEstimate(date(2024, 12, 1), date(2025, 12, 1), "month", 0.4, "corpus-story-day")
    text = "The west wing will reopen in spring. The east wing reopened in November."
    a = analyze(document(text, name="d"), estimate=est)
    assert [t.value for t in a.timexes if t.text == "November"] == ["2024-11"]


_FORCE_Q = "When does the 7.5-tonne weight limit on Carrow Bridge come into force?"
_APPLY_Q = "When do the new Carrow Bridge rules apply?"


@pytest.mark.parametrize(
    ("notice", "question", "value"),
    [
        pytest.param(
            "The order will come into force on Monday 16 September 2024.",
            _FORCE_Q,
            "2024-09-16",
            id="come-into-force",
        ),
        pytest.param(
            "The new rules will apply from 1 October 2024.", _APPLY_Q, "2024-10-01", id="apply-from"
        ),
    ],
)
def test_a_law_year_is_not_the_date_a_rule_starts(notice: str, question: str, value: str) -> None:
    docs = table_docs(
        [
            (
                date(2024, 8, 22),
                "Norland County Council intends to make an order under section 14 of the Road Traffic "
                "Regulation Act 1984 to stop vehicles over 7.5 tonnes using Carrow Bridge. " + notice,
            )
        ]
    )
    res = answer(question, docs)
    assert res.values and res.values[0] == value, (res.values, res.explanation)
    for q in (_FORCE_Q, _APPLY_Q):
        assert "1984" not in answer(q, docs).values, q


def test_a_yes_report_called_untrue_in_the_next_sentence_is_misinformation() -> None:
    docs = table_docs(
        [
            (
                date(2025, 2, 11),
                "We are aware of posts on social media claiming that Calder Vale Libraries will start "
                "charging £1 for e-book loans from April. This is not true. E-books are, and will remain, "
                "free to borrow.",
            ),
            (
                None,
                "SHARE THIS!!! From April Calder Vale libraries are going to charge £1 for every e-book you "
                "borrow. It's in the council budget papers.",
            ),
        ]
    )
    res = answer("Will Calder Vale libraries start charging for e-book loans?", docs)
    assert res.conflict_type == "misinformation", res.explanation


def test_control_a_report_left_standing_is_not_refuted() -> None:
    docs = table_docs(
        [
            (
                date(2025, 2, 11),
                "We are aware of posts on social media claiming that Calder Vale Libraries will start "
                "charging £1 for e-book loans from April. The council will publish its budget next week.",
            ),
        ]
    )
    res = answer("Will Calder Vale libraries start charging for e-book loans?", docs)
    assert res.conflict_type != "misinformation", res.explanation


def test_corpus_analysis_uses_the_lifted_ceiling() -> None:
    dated = document(_DATED, name="a", given="2024-06-03")
    undated = document(
        "The cub had his first vet check on June 25. Zoo director Graham Whitsun named him Tashi.", name="b"
    )
    by_id = {x.doc.external_id: x for x in analyze_corpus([dated, undated])}
    assert by_id["b"].date.earliest == date(2024, 6, 25)


@pytest.mark.parametrize(
    ("finding", "side"),
    [
        pytest.param("Bridgeford Academy has been rated inadequate by inspectors.", "No", id="inadequate"),
        pytest.param(
            "Bridgeford Academy requires improvement, inspectors said.", "No", id="requires-improvement"
        ),
        pytest.param("Bridgeford Academy was rated outstanding by inspectors.", "Yes", id="outstanding"),
    ],
)
def test_an_inspection_grade_is_a_verdict(finding: str, side: str) -> None:
    docs = table_docs([(date(2024, 11, 28), finding)])
    res = answer("Is Bridgeford Academy performing well, according to inspectors?", docs)
    assert res.values and res.values[0].startswith(side + ":"), (res.values, res.explanation)


@pytest.mark.parametrize(
    ("later", "borrowed"),
    [
        pytest.param(
            "At the annual meeting, Councillor Ann Price was elected mayor, replacing Cllr Tom Hale. The "
            "meeting "
            "also approved the 2024-25 grants to local groups. The mayor's civic service will be held in "
            "June.",
            False,
            id="a-later-split-year",
        ),
        pytest.param(
            "At the annual meeting, Councillor Ann Price was elected mayor, replacing Cllr Tom Hale. The "
            "meeting "
            "also approved the grants to local groups. The mayor's civic service will be held in June.",
            True,
            id="control-no-year-of-its-own",
        ),
        pytest.param(
            "Councillor Ann Price has been elected mayor of Kelby at the town council's annual meeting, "
            "taking "
            "over the chain of office from Tom Hale. New grant rules will apply from the 2024-25 round. The "
            "mayor's civic service will be held in June.",
            True,
            id="control-a-plan-for-a-later-round",
        ),
    ],
)
def test_a_split_year_rules_out_an_earlier_story(later: str, borrowed: bool) -> None:
    first = document(
        "Councillor Tom Hale has been elected mayor of Kelby at the town council's annual meeting, taking "
        "over "
        "the chain of office for 2023-24.",
        name="a",
        given="2023-05-16",
    )
    other = document(
        "Plans for a festival on the shore of Kelby Water were unveiled at a public meeting this week.",
        name="c",
        given="2024-02-10",
    )
    undated = document(later, name="b")
    est = corpus_dates(first, other, undated)[undated.id]
    assert est.rule.startswith("corpus-story") is borrowed, dating.explain(est, undated)
