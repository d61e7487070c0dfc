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
