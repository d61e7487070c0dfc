""" "False" as the first word of a place's name ("operators in False Bay"), which is no refutation; "no sign
of a second stoat", which rejects no cause; a cause after "showed" and a problem named after "is"; a
question that takes a change as given ("after its spring reorganization"); the event words of a date
question ("due to reopen" is about reopening, "rent due" is about being due); opening hours against a run
of days with a date; "What price are farmers getting?" asking a number; and answers end to end: a
project's cost beside a funder's share, a contest's new site beside its usual lake, a reopening date
beside the closure and the works, named tracks beside what they were rebuilt with, and a count beside a
place called False Bay."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import analyzed_doc, assert_values, rules_answer, table_docs
from tidings.ask.after_change import change_taken_as_given
from tidings.ask.dates import _WEEKDAY_SPAN, _events_in
from tidings.ask.question import parse_question, stem
from tidings.claims import refutation_cue
from tidings.conflicts import refutation_of
from tidings.facts import causes_in

# ------------------------------------------------------------------------------------------ refutation cues


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        pytest.param(
            "Eight of the permits went to operators based in Arlow, two to Kessing and two to operators in "
            "False Bay.",
            None,
            id="false-bay-is-a-place",
        ),
        pytest.param(
            "The trawler was moored at False Creek for the night, the harbourmaster said.",
            None,
            id="false-creek-is-a-place",
        ),
        pytest.param("The claim is false.", "false", id="a-claim-called-false"),
        pytest.param(
            "False claims about the pier spread online on Sunday.",
            "false",
            id="false-claims-at-the-start",
        ),
    ],
)
def test_refutation_cue(sentence: str, cue: str | None) -> None:
    assert refutation_cue(sentence) == cue


@pytest.mark.parametrize(
    ("text", "refuted"),
    [
        pytest.param(
            "The ministry awarded 12 permits. Eight of the permits went to operators based in Arlow, two to "
            "Kessing and two to operators in False Bay.",
            False,
            id="a-place-called-false-bay",
        ),
        pytest.param(
            "The trawler was moored at False Creek for the night, the harbourmaster said.",
            False,
            id="a-place-called-false-creek",
        ),
        pytest.param(
            "A post said the Dunmore pier would be demolished in May. The claim is false, the council said.",
            True,
            id="a-claim-called-false",
        ),
        pytest.param(
            "False claims about the pier spread online on Sunday.",
            True,
            id="false-claims",
        ),
    ],
)
def test_refutation_claims(text: str, refuted: bool) -> None:
    doc = analyzed_doc("d1", date(2024, 6, 3), text)
    cues = [c.value for c in doc.claims if c.kind == "refutation"]
    assert bool(cues) == refuted, cues


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        pytest.param(
            "Posts saying the ferry was sold to False Bay Tours are false.",
            "false",
            id="a-report-called-false-after-a-place",
        ),
        pytest.param(
            "Posts said the ferry was sold to False Bay Tours.",
            "",
            id="a-report-naming-the-place",
        ),
    ],
)
def test_refutation_of_a_report(sentence: str, cue: str) -> None:
    assert refutation_of(sentence) == cue


# ------------------------------------------------------------------------------------------------- causes


@pytest.mark.parametrize(
    ("sentence", "rejected"),
    [
        pytest.param(
            "Handlers said the dog team had found no sign of a second stoat on the island.",
            [],
            id="no-sign-of-a-second-one",
        ),
        pytest.param(
            "Engineers found no sign of another leak along the main.",
            [],
            id="no-sign-of-another-one",
        ),
        pytest.param(
            "Firefighters said there was no sign of a gas leak.",
            ["gas leak"],
            id="no-sign-of-a-cause",
        ),
        pytest.param(
            "Investigators found no evidence of a cyberattack.",
            ["cyberattack"],
            id="no-evidence-of-a-cause",
        ),
    ],
)
def test_rejected_causes(sentence: str, rejected: list[str]) -> None:
    causes = causes_in(sentence)
    assert [c.fact.text for c in causes if c.rejected] == rejected
    assert not any("stoat" in c.fact.text or "another leak" in c.fact.text for c in causes)


@pytest.mark.parametrize(
    ("sentence", "cause"),
    [
        pytest.param(
            "The council will repair the seawall after monitoring showed erosion of the footings.",
            "erosion of the footings",
            id="what-monitoring-showed",
        ),
        pytest.param(
            "He said the biggest everyday problem is footfall.",
            "footfall",
            id="the-problem-is",
        ),
        pytest.param("The problem is simple.", None, id="the-problem-is-simple"),
        pytest.param("The seawall at Porthwenna will be repaired next year.", None, id="no-cue"),
    ],
)
def test_named_causes(sentence: str, cause: str | None) -> None:
    texts = [c.fact.text for c in causes_in(sentence) if not c.rejected]
    if cause is None:
        assert texts == []
    else:
        assert any(cause in t for t in texts), texts


# ----------------------------------------------------------------------------------- change taken as given


@pytest.mark.parametrize(
    ("question", "given"),
    [
        pytest.param(
            "Who chairs the school board after its spring reorganization?",
            True,
            id="after-a-reorganization",
        ),
        pytest.param(
            "Who is the party's leader following the reshuffle?",
            True,
            id="following-a-reshuffle",
        ),
        pytest.param("How many homes flooded after the storm?", False, id="after-a-storm"),
        pytest.param("Who chairs the school board?", False, id="no-change"),
    ],
)
def test_change_taken_as_given(question: str, given: bool) -> None:
    assert bool(change_taken_as_given(parse_question(question))) == given


# -------------------------------------------------------------------------------------- date event words


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        pytest.param(
            "museum due to reopen after its roof repairs",
            ["reopen"],
            ["due"],
            id="due-to-reopen",
        ),
        pytest.param("first rent payment due", ["due"], [], id="rent-due"),
        pytest.param(
            "scaffolding come down from the tower",
            ["down", "removed"],
            [],
            id="come-down",
        ),
    ],
)
def test_events_in(text: str, present: list[str], absent: list[str]) -> None:
    events = _events_in(text)
    assert all(stem(w) in events for w in present), events
    assert not any(stem(w) in events for w in absent), events


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        pytest.param("Monday to Saturday, 10am to 5pm", True, id="hours-from-ten"),
        pytest.param("Tuesday to Friday, 9.30am to 4pm", True, id="hours-from-half-past-nine"),
        pytest.param("Friday to Sunday 7 September", False, id="days-then-a-date"),
        pytest.param("Friday to Sunday, 7 September", False, id="days-comma-a-date"),
    ],
)
def test_weekday_span(text: str, hours: bool) -> None:
    assert (_WEEKDAY_SPAN.match(text) is not None) == hours


# ------------------------------------------------------------------------------------------ question kinds


@pytest.mark.parametrize(
    ("question", "kind", "focus"),
    [
        pytest.param(
            "What price are dairy farmers getting for milk solids?",
            "number",
            "price",
            id="a-price",
        ),
        pytest.param("What rate are savers getting?", "number", "rate", id="a-rate"),
        pytest.param("What support are residents getting?", "open", None, id="support-is-no-number"),
    ],
)
def test_getting_a_number(question: str, kind: str, focus: str | None) -> None:
    q = parse_question(question)
    assert q.kind == kind
    assert focus is None or q.focus == focus


# ------------------------------------------------------------------------------------------- end to end

_AS_OF_GALLERY = date(2024, 3, 1)


@pytest.mark.parametrize(
    ("question", "rows", "as_of", "values", "absent"),
    [
        pytest.param(
            "How much will the new library in Harrowfield cost?",
            [
                (
                    date(2024, 3, 5),
                    "New Harrowfield library gets the go-ahead\nThe $12.4 million project will be jointly "
                    "funded by the council and the state, with the state contributing $9 million.",
                ),
                (
                    date(2024, 3, 12),
                    "A $12.4 million library planned for the centre of Harrowfield has the money it needs, "
                    "the mayor said on Tuesday.",
                ),
            ],
            None,
            ["$12.4 million"],
            ["$9 million"],
            id="a-cost-beside-a-funders-share",
        ),
        pytest.param(
            "Where is this winter's ice fishing contest in Penmoor being held?",
            [
                (
                    date(2024, 1, 10),
                    "PENMOOR - This year's ice fishing contest on Lake Ossery will be held on Tarrant "
                    "Strait, the organising club confirmed on Monday.",
                ),
                (
                    date(2024, 1, 12),
                    "Penmoor Ice Fishing Contest 2024\nDate: Saturday 3 February\nLocation: Tarrant Strait\n"
                    "Entry: $20 per angler",
                ),
            ],
            None,
            ["Tarrant Strait"],
            ["Ossery"],
            id="a-new-site-beside-the-usual-lake",
        ),
        pytest.param(
            "When is the gallery at Millbrook Quay due to reopen after its roof and lift repairs?",
            [
                (
                    date(2024, 1, 8),
                    "Millbrook Quay Gallery: temporary closure\nThe gallery will close from Monday 22 "
                    "January so that repairs can be carried out to the roof and lift. The gallery is "
                    "scheduled to reopen on Saturday 6 April 2024.",
                ),
                (
                    date(2024, 2, 20),
                    "Repairs at the Millbrook Quay gallery are going to plan, councillors heard on Tuesday. "
                    "Officers said the gallery remains on course to reopen on 6 April. Roofers have "
                    "finished the main section, and lift engineers are due on site in mid-March.",
                ),
            ],
            _AS_OF_GALLERY,
            ["2024-04-06"],
            ["2024-01", "2024-03"],
            id="a-reopening-beside-the-closure-and-the-works",
        ),
        pytest.param(
            "Which Kereru Hills tracks reopened in December?",
            [
                (
                    date(2023, 12, 4),
                    "Two tracks in the Kereru Hills Regional Park will reopen on Friday 8 December. The "
                    "Tawhiti Track, near Ruapoto Beach, and the Moss Gully Nature Trail have been rebuilt "
                    "with boardwalks.",
                ),
            ],
            None,
            ["Tawhiti Track", "Moss Gully Nature Trail"],
            ["boardwalks"],
            id="named-tracks-beside-what-they-were-rebuilt-with",
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


@pytest.mark.parametrize(
    ("rows", "count"),
    [
        pytest.param(
            [
                (
                    date(2024, 6, 3),
                    "SOUTHPORT (Coastwire) - The fisheries ministry on Monday completed its review of "
                    "scallop licences in the southern gulf, awarding 12 permits. Eight of the permits "
                    "went to operators based in Arlow, two to Kessing and two to operators in False Bay.",
                ),
                (
                    date(2024, 6, 4),
                    "Eight permits went to operators in Arlow, the harbour board said on Tuesday.",
                ),
                (
                    date(2024, 6, 5),
                    "Arlow operators received eight permits in the ministry's scallop review.",
                ),
            ],
            "eight",
            id="a-count-beside-a-place-called-false-bay",
        ),
    ],
)
def test_a_place_called_false_is_no_misinformation(rows: list[tuple[date | None, str]], count: str) -> None:
    res = rules_answer("How many permits went to operators in Arlow?", table_docs(rows))
    assert res.conflict_type != "misinformation", res.explanation
    assert any(count in v.lower() for v in res.values), (res.values, res.explanation)
