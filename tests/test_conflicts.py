"""Conflict typing and resolution on hand-built claim groups."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.conflicts import Group, Item, as_of_string, classify, duplicate_clusters, group_items
from tidings.model import Analyzed, Claim, DateEstimate, Document


def _analyzed(doc_id: str, day: date | None, text: str = "") -> Analyzed:
    text = text or f"document {doc_id}"
    doc = Document(
        id=doc_id, text=text, raw=text, body=text, source=doc_id, format="text", external_id=doc_id
    )
    est = (
        DateEstimate(day, day, "day", 1.0, "test")
        if day
        else DateEstimate(None, None, "unknown", 0.0, "none")
    )
    return Analyzed(doc, est)


def _item(value: str, doc_id: str, day: date | None, *, history: bool = False, cluster: int = 0) -> Item:
    a = _analyzed(doc_id, day)
    c = Claim(
        doc_id, 0, 1, "quantity", "troops", "count", value, rule="quantity.history" if history else "quantity"
    )
    return Item(c, a, value, day, day, history, cluster, 1.0)


def _groups(*items: Item) -> list[Group]:
    return group_items(items)


@pytest.mark.parametrize(
    ("items", "kind", "current"),
    [
        (
            [_item("2,500", "a", date(2021, 12, 9)), _item("2,500", "b", date(2021, 1, 15))],
            "no_conflict",
            "2,500",
        ),
        (
            [_item("5,000", "a", date(2020, 1, 6)), _item("2,500", "b", date(2021, 12, 9))],
            "outdated",
            "2,500",
        ),
        # a value reported later but about an earlier time is not newer
        (
            [_item("900", "a", date(2020, 2, 1)), _item("1,200", "a", date(2020, 2, 1), history=True)],
            "outdated",
            "900",
        ),
        (
            [_item("8,000", "a", date(2023, 9, 17)), _item("25,000", "b", date(2023, 9, 17))],
            "conflicting_opinions",
            "8,000",
        ),
    ],
)
def test_classify(items: list[Item], kind: str, current: str) -> None:
    res = classify(_groups(*items))
    assert res.conflict_type == kind
    assert current in {g.value for g in res.current}


def test_outdated_lists_superseded_values_oldest_last() -> None:
    res = classify(
        _groups(
            _item("5,000", "a", date(2020, 1, 6)),
            _item("5,200", "b", date(2020, 3, 16)),
            _item("2,500", "c", date(2021, 12, 9)),
        )
    )
    assert [g.value for g in res.current] == ["2,500"]
    assert [g.value for g in res.superseded] == ["5,200", "5,000"]


def test_refuted_values_make_misinformation_and_are_never_current() -> None:
    res = classify(
        _groups(_item("212", "b", date(2024, 7, 22))), _groups(_item("3,000", "a", date(2024, 7, 20)))
    )
    assert res.conflict_type == "misinformation"
    assert [g.value for g in res.current] == ["212"]
    assert [g.value for g in res.refuted] == ["3,000"]


def test_parts_are_complementary() -> None:
    res = classify(
        _groups(_item("1,200", "a", date(2022, 4, 2)), _item("800", "b", date(2022, 4, 3))), parts_hint=True
    )
    assert res.conflict_type == "complementary"
    assert {g.value for g in res.current} == {"1,200", "800"}


def test_wider_same_time_window_keeps_rivals() -> None:
    items = _groups(_item("4.5", "a", date(2024, 5, 6)), _item("7.2", "b", date(2024, 5, 8)))
    assert classify(items, same_time_days=1).conflict_type == "outdated"
    assert classify(items, same_time_days=7).conflict_type == "conflicting_opinions"


@pytest.mark.parametrize(
    ("est", "expected"),
    [
        (DateEstimate(date(2021, 12, 9), date(2021, 12, 9), "day", 1.0, "t"), "2021-12-09"),
        (DateEstimate(date(2021, 12, 1), date(2021, 12, 31), "month", 1.0, "t"), "2021-12"),
        (DateEstimate(date(2021, 1, 1), date(2021, 12, 31), "year", 1.0, "t"), "2021"),
        (DateEstimate(None, None, "unknown", 0.0, "none"), None),
    ],
)
def test_as_of_follows_the_document_granularity(est: DateEstimate, expected: str | None) -> None:
    a = Analyzed(_analyzed("a", None).doc, est)
    c = Claim("a", 0, 1, "quantity", "x", "count", "1")
    assert as_of_string(Item(c, a, "1", est.earliest, est.latest)) == expected


def test_as_of_of_a_claim_interval() -> None:
    a = _analyzed("a", date(2023, 5, 16))
    c = Claim(
        "a",
        0,
        1,
        "quantity",
        "x",
        "count",
        "1",
        as_of_earliest=date(2023, 4, 1),
        as_of_latest=date(2023, 4, 30),
    )
    assert as_of_string(Item(c, a, "1", c.as_of_earliest, c.as_of_latest)) == "2023-04"


def test_syndicated_copies_share_a_cluster() -> None:
    story = (
        "The ministry said on Monday that 2,500 troops remain at the base and no decision to leave was made. "
        * 3
    )
    docs = [
        _analyzed("a", None, story),
        _analyzed("b", None, "Reprinted. " + story),
        _analyzed("c", None, "Other news."),
    ]
    clusters = duplicate_clusters(docs)
    assert clusters["a"] == clusters["b"] != clusters["c"]


# ------------------------------------------------------------------------- evidence features and decide()

from tidings.conflicts import Statement, change_of, decide, part_of, refutation_of  # noqa: E402


@pytest.mark.parametrize(
    ("sentence", "values", "fires"),
    [
        ("Fact check: the viral post claiming 3,000 deaths is false.", (), True),
        ("The ministry denied the report that the plant will close.", (), True),
        ("An earlier version of this article gave the wrong date.", (), True),
        ("Officials said the figure of 4,000 jobs was misleading.", ("4,000",), True),
        ("The story about the mayor's resignation was satire.", (), True),
        # a study finding no evidence of an effect is a finding, not a refutation of a report
        ("A study found no evidence that the four-day week improved scores.", (), False),
        ("Researchers found no evidence of harm in the data.", (), False),
        ("The council denied the permit on Tuesday.", (), False),
    ],
)
def test_refutation_needs_a_report_like_target(sentence: str, values: tuple[str, ...], fires: bool) -> None:
    assert bool(refutation_of(sentence, values)) is fires


@pytest.mark.parametrize(
    ("sentence", "value", "fires"),
    [
        ("The toll has risen to 31, officials said.", "31", True),
        ("The jobless rate now stands at 5.1%.", "5.1%", True),
        ("The plant now employs 900 workers, up from 700.", "900", True),
        ("She set a new record of 2:01:09 in Berlin.", "2:01:09", True),
        # a projected effect is not a change of the value asked about
        ("Farmers fear the weir could cut the river's flow by up to 20%.", "20%", False),
        ("The district estimates the dam would reduce peak flows by about 30 percent.", "30", False),
        # change language in another clause is not tied to the value
        ("Prices rose sharply last year; the council counted 412 homes.", "412", False),
    ],
)
def test_change_language_must_be_tied_to_the_value(sentence: str, value: str, fires: bool) -> None:
    at = sentence.index(value)
    assert bool(change_of(sentence, at, at + len(value))) is fires


@pytest.mark.parametrize(
    ("sentence", "value", "part"),
    [
        ("Storm Vale killed seven people in Orlen province.", "seven", "orlen"),
        ("Rents rose 4.1% in Marsby last year.", "4.1%", "marsby"),
        ("The women's race was won in 2:19:40.", "2:19:40", "women's"),
        ("Rents rose 6.8% in March.", "6.8%", ""),
        # a place is a name: lowercase words after "in the" are not a part
        ("The weir could cut the flow by up to 20% in the dry season.", "20%", ""),
        ("About 900 net new jobs in the region, an economist said.", "900", ""),
    ],
)
def test_part_named_in_the_value_clause(sentence: str, value: str, part: str) -> None:
    at = sentence.index(value)
    assert part_of(sentence, at, at + len(value)).startswith(part)


def _st(
    label: str, sentence: str, value: str = "", day: date | None = None, speaker: str = "", sign: int = 0
) -> Statement:
    at = sentence.index(value) if value else -1
    return Statement(
        label,
        sentence,
        value,
        value,
        at,
        at + len(value) if value else -1,
        day,
        cluster=ord(label[-1]),
        speaker=speaker,
        sign=sign,
    )


_D1, _D2, _D3 = date(2024, 5, 1), date(2024, 5, 2), date(2024, 8, 1)

# (statements, list question, expected type, expected rule)
_DECIDE_CASES = [
    pytest.param(
        [
            _st("a", "A viral post claims 3,000 people died.", "3,000", _D1),
            _st("b", "Fact check: the claim of 3,000 deaths is false; officials counted 212.", "212", _D2),
        ],
        False,
        "misinformation",
        "decide.refutation",
        id="refuted-report",
    ),
    pytest.param(
        [
            _st("a", "At least 9 people have died in the floods.", "9", _D1),
            _st("b", "The flood toll has risen to 20, officials said.", "20", _D2),
        ],
        False,
        "outdated",
        "decide.change-cue",
        id="change-cue-tied-to-value",
    ),
    pytest.param(
        [
            _st("a", "The county counted 412 homeless residents.", "412", _D1),
            _st("b", "The county counted 530 homeless residents.", "530", _D3),
        ],
        False,
        "outdated",
        "decide.dates-differ",
        id="dates-months-apart",
    ),
    pytest.param(
        [
            _st("a", "Storm Vale killed seven people in Orlen province.", "seven", _D1),
            _st("b", "Storm Vale killed three people in Tarsk province.", "three", _D3),
        ],
        False,
        "complementary",
        "decide.parts",
        id="two-regions-without-change-cue-are-parts",
    ),
    pytest.param(
        [
            _st("a", "Voltaris estimates the plant will create 2,400 jobs.", "2,400", _D1, "Voltaris"),
            _st("b", "Economist Dana Lee estimates about 900 net jobs.", "900", _D2, "Dana Lee"),
        ],
        False,
        "conflicting_opinions",
        "decide.named-sides",
        id="estimates-of-named-sides",
    ),
    pytest.param(
        [
            _st(
                "a", "The ministry says the weir will reduce the flow by only 3%.", "3%", _D1, "The ministry"
            ),
            _st("b", "Farmers fear the weir could cut the flow by up to 20%.", "20%", _D2),
        ],
        False,
        "conflicting_opinions",
        "decide.same-time-rivals",
        id="could-cut-is-not-a-change",
    ),
    pytest.param(
        [
            _st(
                "a",
                "Voltaris says 2,400 jobs; economist Dana Lee estimates about 900 net jobs.",
                "2,400",
                _D1,
                "Voltaris",
            ),
            _st(
                "b",
                "Voltaris says 2,400 jobs; economist Dana Lee estimates about 900 net jobs.",
                "900",
                _D1,
                "Dana Lee",
            ),
        ],
        False,
        "conflicting_opinions",
        "decide.named-sides",
        id="each-clause-names-its-own-side",
    ),
    pytest.param(
        [
            _st(
                "a",
                "The 2,400 jobs Voltaris promised will mean about 900 net jobs, Dana Lee estimates.",
                "2,400",
                _D1,
                "Dana Lee",
            ),
            _st(
                "b",
                "The 2,400 jobs Voltaris promised will mean about 900 net jobs, Dana Lee estimates.",
                "900",
                _D1,
                "Voltaris",
            ),
        ],
        False,
        "conflicting_opinions",
        "decide.same-time-rivals",
        id="one-clause-with-two-values-ties-no-side",
    ),
    pytest.param(
        [
            _st("a", "Harbor Drive will be closed for the marathon.", "", _D1),
            _st("b", "Main Street and Fulton Avenue will also be closed for the marathon.", "", _D2),
        ],
        True,
        "complementary",
        "decide.list-question",
        id="list-question-members-from-two-sources",
    ),
    pytest.param(
        [
            _st("a", "Harbor Drive will be closed for the marathon.", "", _D1),
            _st("b", "Harbor Drive closes on Sunday for the marathon.", "", _D2),
        ],
        False,
        "no_conflict",
        "decide.none",
        id="same-answer-twice",
    ),
    pytest.param(
        [
            _st("a", "The dam will reduce flooding, the district said.", "", _D1, "the district", 1),
            _st("b", "Critics dispute that the dam will reduce flooding.", "", _D2, "Friends of Harrow", -1),
        ],
        False,
        "conflicting_opinions",
        "decide.opposite-stances",
        id="yes-no-opposite-stances",
    ),
    pytest.param(
        [
            _st("a", "A study found no evidence that the week improved scores.", "", _D1, "", -1),
            _st("b", "The district says scores rose.", "", _D2, "the district", 1),
        ],
        False,
        "no_conflict",
        "decide.none",
        id="finding-is-not-a-refutation",
    ),
]


@pytest.mark.parametrize(("stmts", "list_q", "kind", "rule"), _DECIDE_CASES)
def test_decide(stmts: list[Statement], list_q: bool, kind: str, rule: str) -> None:
    dec = decide(stmts, list_question=list_q)
    assert (dec.conflict_type, dec.rule) == (kind, rule), dec.reasons
    assert len(dec.reasons) >= len(stmts)  # every statement's features are shown


def test_decide_parts_yield_when_the_question_names_one_part() -> None:
    stmts = [
        _st("a", "Storm Vale killed seven people in Orlen province.", "seven", _D1),
        _st("b", "Storm Vale killed three people in Tarsk province.", "three", _D1),
    ]
    assert decide(stmts, single_part=True).conflict_type != "complementary"
