"""A "Fact check:" label introduces the claim that is checked and is no verdict, while a verdict after the
label still refutes; a hoax pleading "Please do not ignore this message" refutes nothing, while police
urging residents to ignore a message does; a fact check's "Verdict: False." targets the claim its label
introduced, and a false ice-road closure answers yes with or without the label; a hoax that pleads is no
refuting source, so the fact check's "What's happening:" statement is the truth given instead; a figure
after "from" in "fell to EUR 45 in June from EUR 50 in May" is history. Text written for these tests,
modelled on local news, official status pages, social posts and fact checks."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import analyzed_doc, assert_values
from tidings.ask import answer as full_answer
from tidings.ask.corrections import correction_for
from tidings.ask.question import parse_question
from tidings.conflicts import refutation_of
from tidings.model import Analyzed, Claim

_CHECKED = (
    "Fact check: A post shared 2,000 times claimed the Halden ice road was closed after a truck broke "
    "through."
)

# ------------------------------------------------------------------------------------------ refutation cues


@pytest.mark.parametrize(
    ("sentence", "refutes"),
    [
        pytest.param(_CHECKED, False, id="fact-check-label-introduces-the-claim"),
        pytest.param("A fact check found the post was false.", True, id="control-a-fact-check-found"),
        pytest.param("Fact check: the post is false.", True, id="control-verdict-after-the-label"),
        pytest.param("Please do not ignore this message.", False, id="hoax-pleading-not-to-ignore"),
        pytest.param(
            "Police urged residents to ignore the message claiming the bridge will close.",
            True,
            id="control-police-urge-to-ignore",
        ),
    ],
)
def test_a_label_or_a_plea_is_no_refutation(sentence: str, refutes: bool) -> None:
    assert bool(refutation_of(sentence)) is refutes, refutation_of(sentence)


def _refutations(text: str) -> tuple[str, list[Claim]]:
    return text, [c for c in analyzed_doc("d1", None, text).claims if c.kind == "refutation"]


def test_the_verdict_not_the_label_refutes_the_claim_checked() -> None:
    text, refs = _refutations(f"{_CHECKED}\nThe territory says the road is open.\nVerdict: False.")
    shown = [(c.sentence_start, c.value, c.rule, c.targets) for c in refs]
    label_end = text.index("\n")
    assert not any(c.sentence_start == 0 for c in refs), shown
    verdict_at = text.index("Verdict: False.")
    verdicts = [c for c in refs if c.sentence_start == verdict_at]
    assert verdicts, shown
    claimed = text.index("claimed") + len("claimed")
    assert any(
        c.targets is not None and claimed <= c.targets[0] < c.targets[1] <= label_end for c in verdicts
    ), shown


# -------------------------------------------------------------------------------------------------- ice road

_ICE_POST = (
    "ICE ROAD CLOSED!!! A pickup went through the Halden ice road this morning. Road is closed until further "
    "notice."
)
_ICE_STATUS = (
    "HALDEN ICE ROAD - STATUS: OPEN\nThe Halden ice road is open. There have been no incidents of vehicles "
    "breaking through the ice this season."
)
_ICE_CHECK = (
    "No, a truck did not go through the Halden ice road\nFact check: A post shared 2,000 times claimed the "
    "Halden ice road was closed after a pickup broke through the ice.\nThe department says the road is "
    "open.\nVerdict: False."
)


@pytest.mark.parametrize(
    "check",
    [
        pytest.param(_ICE_CHECK, id="with-fact-check-label"),
        pytest.param(_ICE_CHECK.replace("Fact check: ", ""), id="without-label"),
    ],
)
def test_a_false_ice_road_closure_answers_yes(check: str) -> None:
    docs = [
        analyzed_doc("d1", None, _ICE_POST),
        analyzed_doc("d2", date(2024, 2, 14), _ICE_STATUS),
        analyzed_doc("d3", None, check),
    ]
    res = full_answer("Is the Halden ice road open?", docs)
    assert res.values and res.values[0].startswith("Yes"), (res.values, res.explanation)
    assert res.conflict_type == "misinformation", res.explanation


# ---------------------------------------------------------------------------------------------------- gorge

_GORGE_QUESTION = "Is the Orsova Gorge being filled in?"


def _gorge() -> list[Analyzed]:
    return [
        analyzed_doc(
            "d1",
            None,
            "URGENT: Contractors have started to fill in the Orsova Gorge!! Trucks have been dumping rubble "
            "at the edge since last week. Please do not ignore this message.",
        ),
        analyzed_doc(
            "d2",
            date(2024, 5, 9),
            "Orsova Gorge is not being filled in, says the park authority\nThe Orsova Gorge is not being "
            "filled in, the park authority said on Wednesday, after a video claiming otherwise spread "
            "online.",
        ),
        analyzed_doc(
            "d3",
            None,
            "Claim: The Orsova Gorge is being filled in with rubble.\nRating: FALSE\nWhat's happening: "
            "Construction of a new viewing deck and parking area.\nThe contractor confirmed the rubble is "
            "fill for the deck's foundations.",
        ),
    ]


def test_a_hoax_that_pleads_is_no_refuting_source() -> None:
    res = full_answer(_GORGE_QUESTION, _gorge())
    assert res.conflict_type == "misinformation", res.explanation
    assert res.values and res.values[0].startswith("No"), (res.values, res.explanation)
    assert_values(res, ["viewing deck"], ["Contractors have started", "URGENT"])


def test_the_correction_comes_from_the_fact_check_not_the_hoax() -> None:
    fix = correction_for(parse_question(_GORGE_QUESTION), _gorge())
    assert fix is not None
    assert "viewing deck" in fix.clause, (fix.source.doc.id, fix.clause)
    assert fix.source.doc.id == "d3", (fix.source.doc.id, fix.clause)


# --------------------------------------------------------------------------------------------------- fares


def test_a_figure_fallen_from_is_history() -> None:
    claims = analyzed_doc("d1", date(2024, 7, 1), "Fares fell to EUR 45 in June from EUR 50 in May.").claims
    figures = {c.number: c for c in claims if c.kind == "quantity"}
    shown = [(c.kind, c.value, c.number, c.rule) for c in claims]
    assert 45 in figures and 50 in figures, shown
    assert "history" in figures[50].rule.lower(), shown
    assert "history" not in figures[45].rule.lower(), shown
