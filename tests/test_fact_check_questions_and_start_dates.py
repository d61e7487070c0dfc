"""A fact check's headline question answered "No" refutes the figure it asks about; a festival said to go
ahead answers whether it was cancelled, and a post tagged satire is no report; a rumoured cause an official
dismisses is no cause; a club named by its first word is given whole; "the City of X" is one name; a range
of repair days answers when a bridge is closed; a yes to whether a change has begun carries the day it
began; a passage found in a headline runs on through the lead; "rejected claims that he caused the
crash" denies blame, not a report. Text written for these tests, modelled on fact checks, council statements,
forwarded messages, county board results and roads notices; places, people and figures are invented."""

from __future__ import annotations

import re
from datetime import date

import pytest

from analyzed import assert_values, rules_answer, table_docs
from tidings.ask.question import parse_question
from tidings.claims import extract_claims, fact_check_label_end
from tidings.model import Claim, DateEstimate, Document
from tidings.timex import tag

Rows = list[tuple[date | None, str]]

_DAY = date(2025, 6, 2)


def _claims(text: str, kind: str) -> list[Claim]:
    doc = Document(id="t", text=text, raw=text, body=text, source="t", format="text", external_id="t")
    est = DateEstimate(_DAY, _DAY, "day", 1.0, "test")
    return [c for c in extract_claims(doc, est, tuple(tag(text, _DAY))) if c.kind == kind]


def _polarities(text: str) -> dict[str, str]:
    # each quantity with its unit as a reader writes it ("$2.4M", "three hours"): its polarity
    return {
        c.value if c.unit in c.value else f"{c.value} {c.unit}": c.polarity for c in _claims(text, "quantity")
    }


# ------------------------------------------------------------------------ a fact check's headline question

_CREST_Q = "FACT CHECK: Did the council pay $2.4M for a new crest?\n\n"


@pytest.mark.parametrize(
    ("text", "crest", "answered_no"),
    [
        pytest.param(
            _CREST_Q + "No. Records show the design contract was $61,000.", "refuted", True, id="bare-no"
        ),
        pytest.param(
            _CREST_Q + "No, the design contract was $61,000, records show.", "refuted", True, id="no-comma"
        ),
        pytest.param(
            _CREST_Q + "Yes. Records show the design contract was $61,000.",
            "asserted",
            False,
            id="control-yes",
        ),
    ],
)
def test_a_fact_checks_question_answered_no(text: str, crest: str, answered_no: bool) -> None:
    got = _polarities(text)
    assert got.get("$2.4M") == crest, got
    # the figure the answer gives is the truth, whatever the question before it
    assert got.get("$61,000") == "asserted", got
    rules = [c.rule for c in _claims(text, "refutation")]
    assert rules == (["refutation.answered-no.target"] if answered_no else []), rules


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        pytest.param("FACT CHECK: Did the council pay $2.4M?", True, id="question"),
        pytest.param("FACT CHECK: No, the council did not pay $2.4M.", False, id="control-verdict"),
        pytest.param("Did the council pay $2.4M?", False, id="control-no-label"),
    ],
)
def test_a_fact_check_label_before_a_question(sentence: str, label: bool) -> None:
    assert (fact_check_label_end(sentence) > 0) is label, fact_check_label_end(sentence)


# ------------------------------------------------------------------------------- a festival goes ahead

_KITE_Q = "Has the 2026 Marlow Kite Festival been cancelled?"
_KITE_COUNCIL = (
    date(2026, 3, 2),
    "Marlow Town Council\nKite festival update\nThe Marlow Kite Festival will go ahead as planned on 4 and "
    "5 July 2026. Stalls and parking will be on Higginson Field as in previous years.",
)
_KITE_SATIRE = (
    None,
    "Kite festival cancelled after kites found to be 'too windy'\nOrganisers of the Marlow Kite Festival "
    "have cancelled this year's event after a safety review found the sky over Higginson Field to be "
    "dangerously full of air.\nTags: satire, kites, Bucks",
)
_KITE_FORUM = (
    None,
    "Marlow community forum\nIs the kite festival cancelled this year? Saw something on Facebook saying "
    "it's off. Anyone know?",
)
_KITE_OFF = (
    date(2026, 3, 2),
    "Marlow Town Council\nKite festival update\nThe Marlow Kite Festival will not go ahead this year because "
    "Higginson Field is being reseeded, the council said.",
)


@pytest.mark.parametrize(
    ("rows", "ctype", "first", "present"),
    [
        pytest.param(
            [_KITE_COUNCIL, _KITE_SATIRE, _KITE_FORUM],
            "misinformation",
            "No",
            ["4 and 5 July 2026"],
            id="goes-ahead-beside-satire",
        ),
        pytest.param(
            [_KITE_SATIRE, _KITE_FORUM, _KITE_COUNCIL],
            "misinformation",
            "No",
            ["4 and 5 July 2026"],
            id="satire-first",
        ),
        pytest.param(
            [_KITE_OFF, _KITE_FORUM], "no_conflict", "Yes", ["not go ahead"], id="control-not-ahead"
        ),
    ],
)
def test_going_ahead_answers_whether_cancelled(
    rows: Rows, ctype: str, first: str, present: list[str]
) -> None:
    res = rules_answer(_KITE_Q, table_docs(rows))
    assert res.conflict_type == ctype, res.explanation
    assert res.values and res.values[0].startswith(first), (res.values, res.explanation)
    assert_values(res, present, ["dangerously"])


# ----------------------------------------------------------------------------------- a rumoured cause

_HOSTEL_Q = "Why were the riverside hostels in Korba sealed?"
_HOSTEL_FORWARD = (
    None,
    "Forwarded as received: URGENT. All riverside hostels in Korba sealed because of typhoid outbreak. 40 "
    "students in hospital. Do not send your children back!!",
)
_HOSTEL_NEWS = (
    date(2025, 7, 14),
    "KORBA: The municipal corporation on Monday sealed 14 hostels in the Ward 6 and Ward 9 areas for "
    "operating without a fire safety certificate, officials said. The owners have been given a week to "
    "apply.",
)
_HOSTEL_MESSAGES = (
    "KORBA: The district collector on Tuesday dismissed messages circulating on WhatsApp claiming a typhoid "
    "outbreak among students in the riverside hostels."
)


@pytest.mark.parametrize(
    ("official", "ctype", "present", "absent"),
    [
        pytest.param(
            "Collector denies typhoid rumour, says hostels sealed for safety lapses\n" + _HOSTEL_MESSAGES,
            "misinformation",
            ["fire safety certificate"],
            ["typhoid"],
            id="headline-and-messages-dismissed",
        ),
        pytest.param(
            "Korba collector denies typhoid rumour, says riverside hostels sealed for safety lapses\nThe "
            "district collector said on Tuesday that no student had fallen ill.",
            "misinformation",
            ["fire safety certificate"],
            ["typhoid"],
            id="denies-rumour",
        ),
        pytest.param(
            "Korba hostels\n" + _HOSTEL_MESSAGES,
            "misinformation",
            ["fire safety certificate"],
            ["typhoid"],
            id="messages-dismissed",
        ),
        pytest.param(
            "Korba hostels\n" + _HOSTEL_MESSAGES.replace("dismissed", "shared"),
            "complementary",
            ["fire safety certificate", "typhoid"],
            [],
            id="control-messages-shared",
        ),
    ],
)
def test_a_dismissed_rumour_is_no_cause(
    official: str, ctype: str, present: list[str], absent: list[str]
) -> None:
    rows: Rows = [_HOSTEL_FORWARD, _HOSTEL_NEWS, (date(2025, 7, 15), official)]
    res = rules_answer(_HOSTEL_Q, table_docs(rows))
    assert res.conflict_type == ctype, res.explanation
    assert_values(res, present, absent)


# ---------------------------------------------------------------------------------- a club's whole name

_FINAL_Q = "Who won the Carran senior football final?"
_FINAL_PARODY = (
    None,
    "Carran GAA Banter (parody account)\nKilbride Harps won the Carran senior football final and the cup is "
    "going to the seaside, scenes!",
)
_FINAL_BOARD = (
    date(2025, 10, 12),
    "Carran GAA County Board\nSenior football final: result\nDrumlane Rovers 1-15 Kilbride Harps 0-14\n"
    "Congratulations to Drumlane Rovers, Carran senior football champions for 2025.",
)
_FINAL_REPORT = (
    date(2025, 10, 13),
    "Drumlane won 1-15 to 0-14 in Sunday's Carran senior football final at Ballyfane. Drumlane Rovers are "
    "champions for the first time since 2011.",
)


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        pytest.param(
            [_FINAL_PARODY, _FINAL_BOARD, _FINAL_REPORT], "Drumlane Rovers", id="parody-board-report"
        ),
        pytest.param([_FINAL_BOARD, _FINAL_REPORT], "Drumlane Rovers", id="board-and-report"),
        # one "Drumlane Rovers" beside one bare "Drumlane": the sources do not mostly write it whole
        pytest.param([_FINAL_REPORT], "Drumlane", id="control-whole-name-once"),
    ],
)
def test_a_club_named_by_its_first_word_is_given_whole(rows: Rows, expected: str) -> None:
    res = rules_answer(_FINAL_Q, table_docs(rows))
    assert res.values and res.values[0] == expected, (res.values, res.explanation)
    assert not any("Kilbride" in v for v in res.values), res.values


# ---------------------------------------------------------------------------------- "the City of X"


@pytest.mark.parametrize(
    ("question", "contains", "starts"),
    [
        pytest.param(
            "How much did the City of Port Elwin spend on its new crest?",
            "City of Port Elwin",
            "City",
            id="city-of",
        ),
        pytest.param(
            "How much did the Bank of Carrow lend to farmers?", "Bank of Carrow", "Bank", id="bank-of"
        ),
        pytest.param(
            "How many residents of Tarnby voted?", "residents", "residents", id="control-lower-case"
        ),
    ],
)
def test_the_city_of_a_place_is_one_name(question: str, contains: str, starts: str) -> None:
    focus = parse_question(question).focus
    assert contains in focus and focus.startswith(starts), focus
    if contains == "residents":
        assert "Tarnby" not in focus, focus


# --------------------------------------------------------------------------------- a range of closed days

_BRIDGE_Q = "When will the Skerry Bridge be closed for repair work?"


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        pytest.param(
            "Roadworks notice\nThe Transport Agency will repair expansion joints on the Skerry Bridge from 9 "
            "September to 22 November 2025. Traffic will be controlled by signals, and one lane will be "
            "closed at night between 9 pm and 6 am.",
            ["2025-09-09 to 2025-11-22"],
            [],
            id="works-named-not-closure",
        ),
        pytest.param(
            "Roadworks notice\nThe Skerry Bridge will be closed to all traffic from 9 September to 22 "
            "November 2025 while the Transport Agency repairs expansion joints.",
            ["2025-09-09 to 2025-11-22"],
            [],
            id="closed-from-to",
        ),
        pytest.param(
            "Roadworks notice\nThe Transport Agency will repair expansion joints on the Skerry Bridge on 9 "
            "September 2025. Traffic will be controlled by signals.",
            ["2025-09-09"],
            [" to "],
            id="control-one-day",
        ),
    ],
)
def test_a_range_of_repair_days_answers_when_closed(text: str, present: list[str], absent: list[str]) -> None:
    res = rules_answer(_BRIDGE_Q, table_docs([(date(2025, 8, 18), text)]))
    assert_values(res, present, absent)


# ------------------------------------------------------------------------------ yes, and since when

_UNIT_RELEASE = (
    date(2024, 3, 20),
    "Carrow Hospital press release\nThe minor injuries unit at Carrow Hospital will open seven days a week "
    "from Saturday 13 April 2024, the health board announced today. Until now the unit has been open on "
    "weekdays only.",
)
_UNIT_REPORT = (
    None,
    "Weekend opening begins at Carrow\nThe minor injuries unit opened on a Saturday for the first time on "
    "April 13, with 46 patients seen by teatime. Staff said the unit would now open every weekend.",
)
_UNIT_PRAISE = (
    date(2024, 5, 2),
    "Patients have praised the minor injuries unit at Carrow Hospital for short waits since it began opening "
    "at weekends.",
)
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@pytest.mark.parametrize(
    ("question", "rows", "day"),
    [
        pytest.param(
            "Has the minor injuries unit at Carrow Hospital started opening at weekends?",
            [_UNIT_RELEASE, _UNIT_REPORT],
            "2024-04-13",
            id="started",
        ),
        pytest.param(
            "Has the minor injuries unit at Carrow Hospital opened at weekends?",
            [_UNIT_RELEASE, _UNIT_REPORT],
            "2024-04-13",
            id="opened",
        ),
        pytest.param(
            "Has the minor injuries unit at Carrow Hospital been praised by patients?",
            [_UNIT_RELEASE, _UNIT_REPORT, _UNIT_PRAISE],
            None,
            id="control-no-change-begun",
        ),
    ],
)
def test_a_yes_to_a_change_begun_carries_its_day(question: str, rows: Rows, day: str | None) -> None:
    res = rules_answer(question, table_docs(rows))
    assert res.values and res.values[0].startswith("Yes"), (res.values, res.explanation)
    days = [v for v in res.values if _ISO_DAY.match(v)]
    assert days == ([day] if day else []), (res.values, res.explanation)


# --------------------------------------------------------------------------- a headline opens a passage

_BUS_Q = "What changes are coming to Dunmore's bus service in October?"
_BUS_TIMETABLE = (
    date(2025, 9, 10),
    "Dunmore bus timetable changes in October\nFrom 13 October, the evening service on Route 7 in Dunmore "
    "will end at 11 pm instead of 10 pm, the operator said. Sunday services will not change.",
)
_ROUTE_22 = (
    "Route 22 will run every 30 minutes from the town centre to the Cloghan business park from 6 October."
)
_BUS_ROUTE_STORY = (
    f"New Dunmore bus route for the business park\nCouncillors welcomed the plan on Monday. {_ROUTE_22} "
    "Tickets will cost the same as on other routes."
)


@pytest.mark.parametrize(
    ("story", "told"),
    [
        pytest.param(_BUS_ROUTE_STORY, True, id="headline-then-lead"),
        # a first line that ends a sentence is the passage's first sentence: the one after it closes it
        pytest.param(
            _BUS_ROUTE_STORY.replace("business park\n", "business park is approved.\n", 1),
            False,
            id="control-first-line-a-sentence",
        ),
    ],
)
def test_a_headline_opens_the_lead(story: str, told: bool) -> None:
    for rows in ([(date(2025, 9, 2), story), _BUS_TIMETABLE], [(date(2025, 9, 2), story)]):
        res = rules_answer(_BUS_Q, table_docs(rows))
        got = " | ".join((*res.values, *res.parts))
        assert (_ROUTE_22 in got) is told, (res.values, res.parts, res.explanation)


# ------------------------------------------------------------------------------ "rejected claims that"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Harbour Airport has rejected claims on social media that passengers waited three hours at "
            "security on Sunday, saying the longest wait was 19 minutes.",
            {"three hours": "refuted", "19 minutes": "asserted"},
            id="rejected-claims-then-saying",
        ),
        pytest.param(
            "Harbour Airport said passengers waited three hours at security on Sunday, and the shortest wait "
            "was 19 minutes.",
            {"three hours": "asserted", "19 minutes": "asserted"},
            id="control-said",
        ),
    ],
)
def test_the_figure_after_rejected_claims_is_refuted(text: str, expected: dict[str, str]) -> None:
    got = _polarities(text)
    assert {k: got.get(k) for k in expected} == expected, got


@pytest.mark.parametrize(
    ("text", "refutes"),
    [
        pytest.param(
            "The Transport Agency has rejected claims circulating on social media that a toll will be "
            "charged on the Skerry Bridge.",
            True,
            id="claims-circulating",
        ),
        pytest.param(
            "Carl Brenner, the rider who was hurt in the collision, has rejected claims that he caused the "
            "crash.",
            False,
            id="control-rider-denies-blame",
        ),
        pytest.param(
            "Brenner rejected claims that he caused the crash on the B4021.", False, id="control-short-denial"
        ),
    ],
)
def test_rejected_claims_of_blame_are_no_refuted_report(text: str, refutes: bool) -> None:
    refs = _claims(text, "refutation")
    assert bool(refs) is refutes, [(c.value, c.rule) for c in refs]
