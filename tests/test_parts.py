"""Each source's part of a merged or disputed answer (tidings.ask.parts): a side's grounds beside its stance,
a source the rules did not cite, page furniture kept out, fact checks no part. Text written for these
tests, modelled on local news, campaign newsletters and council notices."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from analyzed import analyzed_doc as _doc
from analyzed import rules_answer as answer
from tidings import render
from tidings.ask import parse_question
from tidings.ask.common import _cite
from tidings.ask.parts import _passage, _trimmed, with_parts
from tidings.model import Answer

_DAM = [
    _doc(
        "s1",
        date(2022, 8, 1),
        "Supporters say the Ridgeway dam will benefit farmers in the region. Irrigation would let growers "
        "plant a second crop of barley each year.",
    ),
    _doc(
        "s2",
        date(2022, 8, 2),
        "Environmental groups warn the Ridgeway dam will harm fish across the region. Salmon could no "
        "longer reach their spawning gravels upstream.",
    ),
]


def test_a_sides_grounds_beside_its_stance() -> None:
    a = answer("Is the Ridgeway dam good for the region?", _DAM)
    assert a.conflict_type == "conflicting_opinions"
    assert a.values[:2] == ("benefit", "harm")  # the rules' key values come first and stay short
    assert any("second crop of barley" in p for p in a.parts)
    assert any("spawning gravels" in p for p in a.parts)


def test_an_uncited_source_gives_its_part() -> None:
    docs = [
        *_DAM,
        _doc(
            "s3",
            None,
            "Anglers' Association › Newsletter\n\nThe Ridgeway dam plan ignores the region's trout. "
            "Our members have fished the river for a century.",
        ),
    ]
    a = answer("Is the Ridgeway dam good for the region?", docs)
    part = next(p for p in a.parts if "trout" in p)
    assert part.startswith("The Ridgeway dam plan")  # the masthead is no part of the passage
    assert "[s3]" in a.text  # and the reader sees where it comes from
    assert any(c.quote.startswith("The Ridgeway dam plan") for c in a.citations)


def test_an_agreed_answer_to_an_open_question_has_its_sources_parts() -> None:
    docs = [
        _doc(
            "o1",
            date(2023, 5, 2),
            "The Kestrel Bridge closed because of corroded bearings, the council said.",
        ),
        _doc(
            "o2",
            date(2023, 5, 3),
            "Engineers found corroded bearings under the Kestrel Bridge. Water had leaked through a failed "
            "expansion joint for years.",
        ),
    ]
    a = answer("Why did the Kestrel Bridge close?", docs)
    assert a.conflict_type == "no_conflict"
    assert any("failed expansion joint" in p for p in a.parts)


_AGREED = [
    _doc("n1", date(2023, 5, 2), "The Kestrel Bridge will reopen on 14 June, the county council said."),
    _doc("n2", date(2023, 5, 3), "Engineers confirmed the Kestrel Bridge will reopen on 14 June."),
]


def test_an_agreed_figure_or_date_has_no_parts() -> None:
    a = answer("When will the Kestrel Bridge reopen?", _AGREED)
    assert a.conflict_type != "complementary" and a.conflict_type != "conflicting_opinions"
    assert a.parts == ()


@pytest.mark.parametrize(
    ("text", "at", "expected"),
    [
        # the sentence with the one after it, where its grounds go
        (
            "One two three four. Five six seven eight. Nine ten eleven twelve.",
            "Five",
            "Five six seven eight. Nine ten eleven twelve.",
        ),
        # a sentence after it too short to be prose is left out
        ("One two three four. Five six seven eight. Share this.", "Five", "Five six seven eight."),
        # the last sentence has none after it
        ("One two three four. Five six seven eight.", "Five", "Five six seven eight."),
    ],
)
def test_passage(text: str, at: str, expected: str) -> None:
    a = _doc("p1", None, text)
    _, s0, s1 = _passage(a, text.index(at))
    assert text[s0:s1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harbour Times › News\n\nThe quay will close in May.", "The quay will close in May."),
        ("The quay will close in May.\nRelated: Quay repairs in pictures", "The quay will close in May."),
        ("Worcester Moms Network > Community board\nWe are closed.", "We are closed."),
        # a line of content without a full stop stays: it may hold what the question asks
        (
            "Brockton Public Schools – CLOSED\nQuincy Public Schools – CLOSED",
            "Brockton Public Schools – CLOSED\nQuincy Public Schools – CLOSED",
        ),
    ],
)
def test_furniture_trimmed_at_the_edges(text: str, expected: str) -> None:
    s0, s1 = _trimmed(text, 0, len(text))
    assert text[s0:s1] == expected


def test_the_text_rendering_lists_each_part() -> None:
    shown = render.answer_text(answer("Is the Ridgeway dam good for the region?", _DAM))
    assert "each source's part:" in shown and "spawning gravels" in shown
    agreed = render.answer_text(answer("When will the Kestrel Bridge reopen?", _AGREED))
    assert "each source's part:" not in agreed


def test_a_headline_heads_its_sources_part() -> None:
    titled = [
        replace(a, doc=replace(a.doc, title=t)) for a, t in zip(_DAM, ("Farmers back dam", None), strict=True)
    ]
    a = answer("Is the Ridgeway dam good for the region?", titled)
    assert any(p.startswith("Farmers back dam: Supporters say") for p in a.parts)
    assert any(p.startswith("Environmental groups warn") for p in a.parts)  # no headline, no heading


def test_a_citation_outside_every_sentence_gives_no_empty_part() -> None:
    text = "Headline words here\n\n\n\nThe Ridgeway dam will harm fish. Salmon could not reach the gravels."
    a = _doc("e1", date(2022, 8, 2), text)
    blank = text.index("\n\n") + 1
    bare = Answer("Is the Ridgeway dam good?", "yesno", "Sources disagree.", (), "conflicting_opinions", None)
    got = with_parts(
        parse_question(bare.question), [a], replace(bare, citations=(_cite(a, blank, blank + 1),))
    )
    assert "" not in got.parts and not any(p.endswith(": ") for p in got.parts)
