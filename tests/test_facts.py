"""Facts of a sentence for open questions: figures with what they count, names, causes and rejected causes."""

from __future__ import annotations

import pytest

from tidings.facts import causes_in, name_facts, quantity_facts, short_cause
from tidings.model import Document
from tidings.pipeline import analyze


def _quantities(text: str) -> list[str]:
    a = analyze(Document(id="t", text=text, raw=text, body=text, source="test", format="text"))
    return [f.text for f in quantity_facts(text, 0, a.claims)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The blaze burned 3,400 hectares east of the town.", ["3,400 hectares"]),
        ("Twenty-seven homes were destroyed by the flood.", ["27 homes"]),
        ("Riders must keep to 20 km/h on shared paths.", ["20 km/h"]),
        ("The state will contribute $32 million to the wing.", ["$32 million"]),
    ],
)
def test_quantity_facts(sentence: str, expected: list[str]) -> None:
    assert _quantities(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "question", "expected"),
    [
        (
            "Gold went to Hanna Lindqvist, with Aiyana Booth second.",
            "Who won the medals at the Orlen Games?",
            ["Hanna Lindqvist", "Aiyana Booth"],
        ),
        # names the question already gives are not answers; a lone capitalised first word is not a name
        ("The Orlen Games ended on Sunday in Tarsk.", "Where were the Orlen Games held?", ["Tarsk"]),
    ],
)
def test_name_facts(sentence: str, question: str, expected: list[str]) -> None:
    assert [f.text for f in name_facts(sentence, question)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The outage was caused by the failure of a transformer at the Dunmore substation.",
            [("the failure of a transformer at the Dunmore substation", False)],
        ),
        ("Investigators said the fire was started by lightning during a storm.", [("lightning", False)]),
        ("There is no evidence of a cyberattack on the grid.", [("cyberattack", True)]),
        (
            "Posts claiming the blackout was caused by foreign hackers are false.",
            [("foreign hackers", True)],
        ),
        (
            "The collapse was caused by corroded bolts, not sabotage.",
            [("corroded bolts", False), ("sabotage", True)],
        ),
        ("Flights were delayed due to fog over the airport.", [("fog over the airport", False)]),
        ("The mayor spoke to reporters on Monday.", []),
        # a cause as the object of "blamed", after "began when", after "points to" or "the ... result of"
        (
            "The rivers trust blamed runoff from dairy farms for the decline.",
            [("runoff from dairy farms", False)],
        ),
        ("The trust blamed the decline on low rainfall.", [("low rainfall", False)]),
        ("The union said the problems began when the weir was built in 2012.", [("the weir", False)]),
        ("The evidence points to a track defect, a spokesman said.", [("a track defect", False)]),
        ('The crash was "the predictable result" of staff cuts.', [("staff cuts", False)]),
        # controls: blaming a person for an outcome names no cause after "blamed"; a pointer is no cause
        ("Fans blamed the referee for the defeat.", [("the referee", False)]),
        ("The guide pointed out the old mill on the way.", []),
        # a relative clause after the cause is not part of its name, nor is a word the length limit leaves
        (
            "The school closed because of a water main break on Alder Street that left it without water.",
            [("a water main break on Alder Street", False)],
        ),
        (
            "The bridge shut due to severe corrosion of the steel bearings under the north deck of the span.",
            [("severe corrosion of the steel bearings under the north", False)],
        ),
        (
            "The bridge shut due to severe corrosion of the old steel bearings under the deck of the span.",
            [("severe corrosion of the old steel bearings", False)],
        ),
        # a cause named as the subject's complement, and as the agent of a spread
        (
            "Doctors say the real cause is leaking sewer pipes under the market.",
            [("leaking sewer pipes under the market", False)],
        ),
        (
            "Experts believe the most likely cause was the long heatwave.",
            [("the long heatwave", False)],
        ),
        ("The main source is well water, the ministry said.", [("well water", False)]),
        (
            "Farmers say the virus was spread between their farms by feed lorries, not by wild birds.",
            [("feed lorries", False)],
        ),
        # controls: a source of income, a spread of prices
        ("The main sources of income are tourism and fishing.", []),
        ("The cost of the works was spread over ten years.", []),
        # a reason told as a clause, verbs and all; what a change reflects
        (
            "The road is shut because crews need to divert gas mains before the tracks go in.",
            [("crews need to divert gas mains before the tracks go in", False)],
        ),
        ("The closure is needed so that water pipes can be moved, the council said.", []),
        (
            "The alert change reflects the earthquake swarm under the north flank.",
            [("the earthquake swarm under the north flank", False)],
        ),
        ("The ferry was cancelled, but not because the crew was ill.", [("the crew was ill", True)]),
        # what a dispute is about, by each side
        (
            "Staff will strike in a dispute the union says is about safety and the firm says is about pay.",
            [("safety", False), ("pay", False)],
        ),
        ("We believe this dispute is, at heart, about pay.", [("pay", False)]),
        (
            "This dispute is about one thing: keeping a guard on every train.",
            [("keeping a guard on every train", False)],
        ),
        ("The meeting was about the new timetable.", []),
        (
            "The walkout was caused by a row over rotas and the heat.",
            [("a row over rotas and the heat", False)],
        ),
        (
            "An earlier version said the court quashed the permit because councillors had been bribed.",
            [("councillors had been bribed", True)],
        ),
        # controls: a purpose above, "since" of a time, a reflection in water
        ("The road has been shut since 2 March.", []),
        ("The road has been shut since early March.", []),
        ("The hills were reflected in the lake.", []),
    ],
)
def test_causes_in(sentence: str, expected: list[tuple[str, bool]]) -> None:
    assert [(c.fact.text, c.rejected) for c in causes_in(sentence)] == expected


def test_short_cause_drops_the_failure_of() -> None:
    assert short_cause("the failure of a transformer at the Dunmore substation") == (
        "a transformer at the Dunmore substation"
    )
