"""Records: offsets map back to the body, and every record survives its dict round trip."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.clean import clean
from tidings.model import Claim, DateEstimate, Document, Evidence, content_id

BODY = "Officials met on Monday.\nAdvertisement\nThe plan adds 40 buses.\n"


def _doc(body: str) -> Document:
    text, segments = clean(body)
    return Document(content_id(body), text, body, body, "t.txt", "txt", segments=segments)


@pytest.mark.parametrize(
    ("needle", "end"),
    [("Officials", False), ("Monday.", True), ("The plan", False), ("40 buses.", True)],
)
def test_body_offset_maps_spans_around_dropped_lines(needle: str, end: bool) -> None:
    doc = _doc(BODY)
    assert "Advertisement" not in doc.text
    i = doc.text.index(needle) + (len(needle) if end else 0)
    j = doc.body_offset(i, end=end)
    if end:
        assert BODY[:j].endswith(needle)
    else:
        assert BODY[j:].startswith(needle)


def test_body_offset_outside_text_raises() -> None:
    doc = _doc(BODY)
    with pytest.raises(ValueError, match="outside"):
        doc.body_offset(len(doc.text) + 5)


def test_date_estimate_round_trip_and_value() -> None:
    est = DateEstimate(
        date(2021, 12, 1),
        date(2021, 12, 31),
        "month",
        0.6,
        "content",
        (Evidence("content", date(2021, 12, 1), None, "past-tense date", 3, 9),),
        ("header disagrees",),
    )
    assert est.value == "2021-12"
    assert DateEstimate.from_dict(est.to_dict()) == est


def test_claim_round_trip() -> None:
    claim = Claim(
        "d1",
        0,
        10,
        "quantity",
        "US troops",
        "count",
        "2,500",
        scope="Iraq",
        number=2500.0,
        hedge="about",
        as_of_earliest=date(2021, 1, 15),
        targets=(3, 7),
    )
    assert Claim.from_dict(claim.to_dict()) == claim
