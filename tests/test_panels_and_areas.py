"""Members named in the sentence after the one that counts them ("Two more members have been named to the
panel. Ivo Brandt, ... and Mette Sandvik, ... will sit alongside the chair") answer who is on the panel,
while a body's name after "University of" and a named day ("New Year") are no members; "Which areas of
..." asks for members of a class, "What share of ..." for a figure. Text written for these tests, modelled
on local news of public inquiries and council services."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, rules_answer, table_docs
from tidings.ask.question import parse_question

_PANEL = table_docs(
    [
        (
            date(2022, 1, 12),
            "HARWICK, Jan 12 - The Ministry of Social Affairs and Health on Wednesday appointed former judge "
            "Liisa Aaltonen to chair an independent inquiry into the IT outage that disrupted Harwick "
            "General Hospital for three days over the New Year.",
        ),
        (
            date(2022, 1, 14),
            "Two more members have been named to the panel looking into the New Year computer failure at "
            "Harwick General Hospital.\n\nIvo Brandt, a professor of information systems at the University "
            "of Eastern Vale, and Mette Sandvik, chief nursing officer at Lundby Hospital, will sit "
            "alongside the chair appointed by the ministry on Wednesday.",
        ),
    ]
)


def test_members_named_after_the_sentence_that_counts_them() -> None:
    res = rules_answer(
        "Who is on the inquiry panel investigating the Harwick General Hospital IT outage?", _PANEL
    )
    assert_values(res, ["Liisa Aaltonen", "Ivo Brandt", "Mette Sandvik"], absent=["Eastern Vale", "New Year"])
    assert "Social Affairs" not in res.values, res.values


@pytest.mark.parametrize(
    ("question", "number"),
    [
        pytest.param("Which areas of Dundee are getting new bin collection days?", False, id="areas-of"),
        pytest.param("Which parts of the city will lose power on Sunday?", False, id="parts-of"),
        pytest.param("What share of households recycle their glass?", True, id="share-of"),
        pytest.param("What percentage of voters turned out?", True, id="percentage-of"),
    ],
)
def test_a_plural_class_of_a_place_asks_for_members(question: str, number: bool) -> None:
    assert (parse_question(question).kind == "number") is number
