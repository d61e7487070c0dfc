"""Members named in the sentence after the one that counts them ("Two more members have been named to the
panel. Ivo Brandt, ... and Mette Sandvik, ... will sit alongside the chair") answer who is on the panel,
while a body's name after "University of" and a named day ("New Year") are no members; "Which areas of
..." asks for members of a class, "What share of ..." for a figure. Text written for these tests, modelled
on local news of public inquiries and council services."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, rules_answer, table_docs
from tidings.ask.members import _heading, _in_office
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


_LINEUP = table_docs(
    [
        (
            date(2019, 4, 3),
            "Harwick Herald | What's On\n\nThe 2019 Harwick Folk Weekend will be headlined by The Salt Road "
            "Ramblers, Aine Corrigan and the Millbrook String Band, organisers announced on Wednesday.\n\n"
            "Festival director Colm Dunne said ticket sales were up on last year.",
        ),
        (
            None,
            "HOME | LINE-UP | TICKETS\n\nWe're thrilled to confirm our three headliners for June: hometown "
            "heroes The Salt Road Ramblers close the Saturday show, Aine Corrigan plays Friday, and the "
            "Millbrook String Band brings the Sunday finale.",
        ),
        (
            None,
            "Trad blog - Festival previews\n\nThe big three at Harwick this year are Aine Corrigan (Friday), "
            "The Salt Road Ramblers (Saturday) and Millbrook String Band (Sunday).",
        ),
    ]
)


def test_a_masthead_and_a_festival_director_are_no_acts() -> None:
    res = rules_answer("Which acts are headlining the Harwick Folk Weekend?", _LINEUP)
    assert_values(
        res, ["Salt Road Ramblers", "Aine Corrigan", "Millbrook String Band"], absent=["Colm Dunne", "Herald"]
    )


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        pytest.param("Harwick Herald | What's On\n\nNews of the week.", True, id="masthead-segment"),
        pytest.param("Harwick Council > Projects > Harwick Herald\n\nNews.", True, id="breadcrumb-segment"),
        pytest.param("The Harwick Herald reported the story first.", False, id="named-in-a-sentence"),
    ],
)
def test_a_name_that_is_a_segment_of_a_masthead_is_a_heading(text: str, heading: bool) -> None:
    assert _heading("Harwick Herald", table_docs([(date(2019, 4, 3), text)])) is heading


@pytest.mark.parametrize(
    ("name", "sentence", "office"),
    [
        pytest.param("Colm Dunne", "Festival director Colm Dunne said sales were up.", True, id="director"),
        pytest.param("Nora Quill", "Organiser Nora Quill thanked the volunteers.", True, id="organiser"),
        pytest.param("Aine Corrigan", "Aine Corrigan plays Friday.", False, id="performer"),
    ],
)
def test_a_name_after_a_post_that_runs_things(name: str, sentence: str, office: bool) -> None:
    assert _in_office(name, sentence) is office
