"""What a "No" rests on and what a correction refutes: a refuting source's own denial of a plan, a second
denial in other words, never the satire page itself; a short verdict on the report the sentence before
names, and "the correct figure is" against the figure before it; a "no" after the question's words in
another comma's part; "right now" asks when; "Is there a ban" asks whether it holds; planning permission is
an approval; a full sentence over a pun of a headline; a rejected cause joins the cause its head names; a
failure an effect followed is its cause, an investigation is none; a source's part is its prose, and a Q&A's
answer, not its question; school divisions go by their names. Text written for these tests, modelled on
council statements, fact checks, correction columns, local news and FAQ pages."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import analyzed_doc, assert_values, document, rules_answer, table_docs
from tidings.ask.question import parse_question, stem
from tidings.ask.yesno import _EVALUATIVE_Q, _IN_FORCE_Q, _negated
from tidings.claims import extract_claims
from tidings.model import DateEstimate


def test_a_refuting_sources_own_denial_of_a_plan_grounds_the_no() -> None:
    rows = [
        (
            None,
            "THE GUMTREE GAZETTE - the news nobody asked for\n\nCouncil bans the backyard bonfire\n\nWattle "
            "Shire Council has voted to ban fire pits in all gardens from 1 July, with a $600 fine.\n\nThe "
            "Gumtree Gazette is a satirical website.",
        ),
        (
            date(2024, 5, 3),
            "Wattle Shire Council - Media statement\n\nCouncil is aware of a satirical article circulating "
            "on social media claiming fire pits will be banned in gardens. This is not true. Council has no "
            "plans to ban fire pits in gardens.",
        ),
    ]
    res = rules_answer("Is Wattle Shire Council banning fire pits in gardens?", table_docs(rows))
    assert res.conflict_type == "misinformation", res.explanation
    assert_values(res, ["no plans to ban fire pits"], ["$600", "1 July"])


def test_a_second_denial_in_other_words_adds_the_key_fact() -> None:
    rows = [
        (
            date(2024, 11, 18),
            "Statement on Ardcarn maternity services. We are aware of a newspaper report claiming that the "
            "maternity unit at Ardcarn Hospital will close. This is untrue. There are no plans to close the "
            "maternity unit at Ardcarn.",
        ),
        (
            date(2024, 11, 21),
            "Ardcarn's MP has a written assurance from the health board that the town's maternity unit is "
            "not closing, after a Sunday paper claimed it would shut next spring.",
        ),
    ]
    res = rules_answer("Is the maternity unit at Ardcarn Hospital closing?", table_docs(rows))
    assert res.values and res.values[0].startswith("No"), res.values
    assert_values(res, ["no plans to close"], ["next spring"])


def test_a_satire_page_by_its_own_label_is_no_ground() -> None:
    rows = [
        (
            None,
            "THE RIVERBEND RATTLE\nRiverbend Schools Go Three-Day\nRIVERBEND - Riverbend School District "
            "will switch to a three-day week starting in March, the superintendent said.\nFiled under: "
            "Satire | More from the Rattle: Man still looking for his keys",
        ),
        (
            date(2022, 2, 10),
            'Riverbend School District has "no plans" to move to a three-day school week, the superintendent '
            "said Thursday, after parents called about a story shared widely online. The story came from a "
            "satire website.",
        ),
    ]
    res = rules_answer("Is Riverbend School District switching to a three-day school week?", table_docs(rows))
    assert_values(res, ["no plans"], ["starting in March"])


@pytest.mark.parametrize(
    ("previous", "verdict", "refuted", "kept"),
    [
        (
            '"A figure of 9,000 has been going around, which would be the whole flock.',
            'It is wrong," a spokesperson said.',
            "9,000",
            "",
        ),
        (
            "An article published on Monday gave the number of sheep lost this winter as 9,000.",
            "The correct figure is 900.",
            "9,000",
            "900",
        ),
    ],
)
def test_a_verdict_on_the_sentence_before(previous: str, verdict: str, refuted: str, kept: str) -> None:
    text = f"{previous} {verdict}"
    doc = document(text)
    est = DateEstimate(date(2024, 5, 8), date(2024, 5, 8), "day", 0.9, "metadata")
    claims = [c for c in extract_claims(doc, est, ()) if c.kind == "quantity"]
    by_value = {c.value: c.polarity for c in claims}
    assert by_value.get(refuted) == "refuted", claims
    if kept:
        assert by_value.get(kept) == "asserted", claims


def test_a_correction_answers_with_the_right_figure() -> None:
    rows = [
        (
            date(2024, 5, 6),
            "Some 9,000 sheep died on Tarn Fell farms this winter, a farmers' representative said.",
        ),
        (
            date(2024, 5, 7),
            "CORRECTION. An article published on Monday gave the number of sheep that died on Tarn Fell "
            "farms this winter as 9,000. The correct figure is 900. The error arose in editing.",
        ),
    ]
    res = rules_answer("How many sheep died on Tarn Fell farms this winter?", table_docs(rows))
    assert res.conflict_type == "misinformation", res.explanation
    assert_values(res, ["900"], ["9,000"])


@pytest.mark.parametrize(
    ("sentence", "negated"),
    [
        ("SAD NEWS - the Youth Festival is CANCELLED this year, no funding and not enough judges.", False),
        ("The Youth Festival has not been cancelled, organisers said.", True),
        ("The match was postponed, not cancelled.", True),
        ("The match was cancelled, not postponed.", False),
        # a clause after the comma is no bare negation: its "no" still counts, as it always did
        ("The fair was cancelled this week, as the flooding shows no sign of ending.", True),
    ],
)
def test_a_no_in_another_commas_part(sentence: str, negated: bool) -> None:
    assert _negated(sentence, {stem("cancelled")}) is negated


@pytest.mark.parametrize(
    ("question", "evaluative", "in_force"),
    [
        ("Is there a fire ban in Ridge County right now?", False, True),
        ("Is there a curfew in the town centre?", False, True),
        ("Was the council right to close the pool?", True, False),
    ],
)
def test_right_now_and_measures_in_force(question: str, evaluative: bool, in_force: bool) -> None:
    assert (_EVALUATIVE_Q.search(question) is not None) is evaluative
    assert (_IN_FORCE_Q.search(question) is not None) is in_force


def test_a_lifted_ban_answers_whether_there_is_one() -> None:
    rows = [
        (
            date(2022, 7, 12),
            "Ridge County commissioners on Tuesday approved a burn ban for all unincorporated areas.",
        ),
        (
            date(2022, 8, 23),
            "Ridge County's burn ban remains in effect after commissioners voted to extend it.",
        ),
        (
            date(2022, 9, 28),
            "Ridge County commissioners lifted the county burn ban on Tuesday after heavy rain.",
        ),
    ]
    res = rules_answer("Is there a burn ban in Ridge County right now?", table_docs(rows))
    assert res.values and res.values[0].startswith("No"), (res.values, res.explanation)
    assert_values(res, ["lifted"])


def test_planning_permission_is_an_approval_told_in_a_full_sentence() -> None:
    rows = [
        (
            date(2019, 6, 18),
            "Stars align for Harrow Lane observatory\n\nThe astronomy trust wants to open its dome in 2021.",
        ),
        (
            None,
            "Big news from last week: the council's committee approved the observatory scheme for the old "
            "Harrow Lane depot.",
        ),
    ]
    res = rules_answer("Did the Harrow Lane observatory get planning permission?", table_docs(rows))
    assert res.values and res.values[0].startswith("Yes"), res.values
    assert_values(res, ["approved"])


def test_a_rejected_cause_joins_the_cause_its_head_names() -> None:
    rows = [
        (
            date(2022, 7, 15),
            "This year's Harvest Days parade will follow a modified route. Because of gas main replacement "
            "on King Street, the parade will turn early.",
        ),
        (
            None,
            "WHY THEY'RE REALLY MOVING THE HARVEST DAYS PARADE. The gas main story does not add up. Sources "
            "tell us the route was changed because of a credible security threat against the parade and "
            "officials are covering it up.",
        ),
        (
            None,
            "Police say there is no threat to the Harvest Days parade, after an online post claiming the "
            "route change was linked to a security threat spread widely on Monday. "
            '"We have received no information of any threat," a sergeant said.',
        ),
    ]
    res = rules_answer("Why was the Harvest Days parade route changed this year?", table_docs(rows))
    assert res.conflict_type == "misinformation", res.explanation
    assert_values(res, ["gas main"], ["security threat"])


def test_a_failure_the_effect_followed_is_its_cause() -> None:
    rows = [
        (
            date(2019, 8, 13),
            "About 3,000 homes in Hillcrest lost water service Monday evening after a 20-inch main broke "
            "under Orchard Road, the utility said. The cause is still being investigated.",
        ),
        (
            date(2019, 8, 14),
            "The utility on Wednesday rejected claims that a cyberattack caused Monday's outage in "
            "Hillcrest. "
            '"There was no cyberattack," a spokeswoman said.',
        ),
    ]
    res = rules_answer("Why did the taps run dry in Hillcrest?", table_docs(rows))
    assert_values(res, ["20-inch main"], ["still being investigated", "cyberattack"])


def test_the_purpose_of_a_closure_is_why_it_was_made() -> None:
    rows = [
        (
            date(2022, 10, 3),
            "The Rock Pool coastal walk between the car park and the lookout is closed until 30 November. "
            "The closure protects a colony of nesting fairy terns.",
        ),
        (
            date(2022, 10, 5),
            "Rangers shut the Rock Pool walk on Monday to stop dogs disturbing nesting terns.",
        ),
    ]
    res = rules_answer("Why has the Rock Pool coastal walk been closed?", table_docs(rows))
    assert_values(res, ["terns"])
    causes = [line for line in res.explanation if line.startswith("cause ")]
    assert causes and all("terns" in line for line in causes), res.explanation


def test_a_sources_part_is_its_prose_and_a_qas_answer() -> None:
    docs = [
        analyzed_doc(
            "d1",
            date(2020, 11, 16),
            "Hilltop Tram | News\n\nThe centrepiece of the renewal is a pair of new cabins built in Austria.",
        ),
        analyzed_doc(
            "d2",
            None,
            "FAQ: WHAT'S CHANGING ON THE HILLTOP TRAM?\n\nCan I use my bus card?\n\nYes.\n\nContactless "
            "payment will be accepted at the gates from reopening.",
        ),
    ]
    res = rules_answer("What does the Hilltop Tram upgrade include?", docs)
    got = " | ".join((*res.values, *res.parts))
    assert "new cabins" in got and "Contactless" in got, (res.values, res.parts)


def test_school_divisions_go_by_their_names() -> None:
    rows = [
        (
            date(2024, 3, 20),
            "Freezing rain forced two school divisions to cancel classes. Prairie Ridge School Division and "
            "Aspen Creek School Division said all their schools would be closed.",
        ),
        (
            date(2024, 3, 20),
            "8:15 a.m. Sturgeon Valley School Division has joined the list - all schools closed today.",
        ),
    ]
    res = rules_answer(
        "Which school divisions closed their schools because of the freezing rain?", table_docs(rows)
    )
    assert_values(res, ["Prairie Ridge", "Aspen Creek", "Sturgeon Valley"])


def test_control_a_plain_yes_question_is_no_measure_in_force() -> None:
    q = parse_question("Is the library open on Sundays?")
    assert _IN_FORCE_Q.search(q.text) is None
