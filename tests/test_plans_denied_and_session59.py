"""A body that says there was never any plan to build where a petition says it will ("and that there was
never any plan to build it in the dunes") denies that site. Text written for these tests, modelled on
council news and campaign pages; places, people and figures are invented."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import analyzed_doc, assert_values, corpus_dates, document, rules_answer, table_docs
from tidings import dating
from tidings.ask import _retyped, parse_question
from tidings.claims import refutation_cue
from tidings.facts import causes_in
from tidings.model import Answer
from tidings.relation import LABELS, RelationModel
from tidings.timex._tense import TenseFinder


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        pytest.param(
            "The council said the pavilion will be built beside the tennis courts, and that there was "
            "never any "
            "plan to build it on the village green.",
            "was never any plan",
            id="never-any-plan",
        ),
        pytest.param(
            'A county engineer said: "The petition is based on a misunderstanding."',
            "based on a misunderstanding",
            id="based-on-a-misunderstanding",
        ),
        pytest.param(
            "The town never planned for the growth that followed the new motorway junction.",
            None,
            id="control-never-planned",
        ),
        pytest.param(
            "There has never been a lifeguard on the north beach in winter.",
            None,
            id="control-never-been",
        ),
    ],
)
def test_denied_plan_cues(sentence: str, cue: str | None) -> None:
    assert refutation_cue(sentence) == cue


def test_a_site_a_petition_gives_and_the_council_denies() -> None:
    rows = [
        (
            None,
            "Petition: Save the Kelder Point meadow! We have been told the council is going to build the new "
            "sailing centre on the meadow at Kelder Point, destroying a nesting site. Sign to stop this!",
        ),
        (
            date(2024, 6, 12),
            "Sailing centre will be on the Quay, council says. Marrow County Council has said the new "
            "sailing "
            "centre in Dunlarra will be built on the Quay beside the old lifeboat slip, and that there was "
            "never any plan to build it on the meadow at Kelder Point. An engineer said the petition is "
            "based on a misunderstanding.",
        ),
    ]
    res = rules_answer("Where will Dunlarra's new sailing centre be built?", table_docs(rows))
    assert res.conflict_type == "misinformation", res.explanation
    assert_values(res, ["Quay"], ["Kelder Point"])


def test_a_side_calling_the_councils_own_figure_misleading_disputes_it() -> None:
    rows = [
        (
            date(2025, 3, 4),
            "Notice of proposed tariffs. For a typical household using 12 kilolitres a month, the monthly "
            "water bill in Karroo Drift will increase by about 6 percent under the new stepped tariff.",
        ),
        (
            None,
            "The Karroo Drift Residents' Forum says the municipality's figure of 6 percent is misleading and "
            "many households will pay up to 25 percent more under the new stepped tariff.",
        ),
    ]
    res = rules_answer(
        "By how much would the proposed water tariff raise household bills in Karroo Drift?", table_docs(rows)
    )
    assert res.conflict_type == "conflicting_opinions", res.explanation
    assert_values(res, ["6 percent", "25 percent"], [])


def test_control_a_report_called_misleading_is_still_refuted() -> None:
    rows = [
        (
            date(2025, 3, 4),
            "A post shared widely on Facebook claims the water bill in Karroo Drift will rise by 40 percent.",
        ),
        (
            date(2025, 3, 6),
            "The municipality said the post's figure of 40 percent is misleading: the typical bill will rise "
            "by about 6 percent.",
        ),
    ]
    res = rules_answer("By how much will water bills rise in Karroo Drift?", table_docs(rows))
    assert res.conflict_type == "misinformation", res.explanation


_FIRST_REPORT = (
    "Kestrel Bay doctor shortage leaves 1,900 without a family physician. About 1,900 Kestrel Bay residents "
    "are now on the waiting list for a family doctor after two physicians retired at the end of last year, "
    "the Kestrel Bay health team said. Recruitment lead Nora Vance said the clinic was advertising overseas."
)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        pytest.param(
            "Two new doctors cut Kestrel Bay wait list. Two new family physicians who arrived this spring "
            "have "
            "taken hundreds of patients off the Kestrel Bay waiting list, which now stands at about 900, the "
            "health team says. That is half the number at its peak early last year, said recruitment lead "
            "Nora Vance.",
            2025,
            id="peak-early-last-year",
        ),
        pytest.param(
            "Two new doctors cut Kestrel Bay wait list. Two new family physicians have taken hundreds of "
            "patients off the Kestrel Bay waiting list, which now stands at about 900, the health team says, "
            "said recruitment lead Nora Vance.",
            2024,
            id="control-no-last-year",
        ),
        pytest.param(
            "Two new doctors cut Kestrel Bay wait list. Two new family physicians have taken hundreds of "
            "patients off the Kestrel Bay waiting list, which now stands at about 900, the health team says. "
            "The list was shorter in late last year, said recruitment lead Nora Vance.",
            2024,
            id="control-another-part-of-last-year",
        ),
    ],
)
def test_a_follow_up_that_says_early_last_year_of_the_first_report(text: str, year: int) -> None:
    first = document(_FIRST_REPORT, name="a", given="2024-02-14")
    other = document(
        "The harbour board will resurface the slipway at the marina over the winter, its chair said.",
        name="c",
        given="2024-03-02",
    )
    later = document(text, name="b")
    est = corpus_dates(first, other, later)[later.id]
    assert est.earliest is not None and est.earliest.year == year, dating.explain(est, later)


def test_a_count_of_what_the_counted_people_wait_for_is_no_answer() -> None:
    rows = [
        (
            date(2024, 2, 14),
            "About 1,900 Kestrel Bay residents are now on the waiting list for a family doctor, the health "
            "team said.",
        ),
        (
            date(2024, 9, 3),
            "Two new family physicians who arrived this summer have taken hundreds of Kestrel Bay "
            "residents off "
            "the waiting list, which now stands at about 900, the health team says.",
        ),
    ]
    res = rules_answer("How many Kestrel Bay residents are waiting for a family doctor?", table_docs(rows))
    assert_values(res, ["900"], ["Two", "two"])


_ELECTED = (
    date(2023, 2, 20),
    "New chair for Tarrow Traders. Nuala Brennan, owner of a shoe shop on Quay Street, has been elected "
    "chair "
    "of the Tarrow Traders Association, replacing Colm Drury, who stepped down after six years.",
)


@pytest.mark.parametrize(
    ("thanks", "holder"),
    [
        pytest.param("for her year in the role", "Nuala Brennan", id="thanked-for-her-year"),
        pytest.param("for her two years as chair", "Nuala Brennan", id="thanked-for-two-years"),
        pytest.param("for her hard work", "Ivo Martell", id="control-no-tenure"),
    ],
)
def test_a_successor_thanking_the_holder_for_her_year_dates_the_handover(thanks: str, holder: str) -> None:
    rows = [
        _ELECTED,
        (
            None,
            "Ivo Martell is the new chair of the Tarrow Traders Association after Nuala Brennan stepped down "
            f"at last week's AGM. Mr Martell thanked Ms Brennan {thanks}.",
        ),
    ]
    res = rules_answer(
        "Who chaired the Tarrow Traders Association?", table_docs(rows), as_of=date(2023, 9, 1)
    )
    assert res.values == (holder,), res.explanation


def test_the_one_replaced_in_an_aside_is_the_predecessor_not_the_body() -> None:
    res = rules_answer("Who chaired the Tarrow Traders Association?", table_docs([_ELECTED]))
    assert res.values == ("Nuala Brennan",), res.explanation
    told = " ".join(res.explanation)
    assert "group Colm Drury:" in told and "group Tarrow" not in told, told


_FARES = [
    (
        date(2023, 1, 10),
        "Town bus fares unchanged. A single adult ticket on the Karsby town bus costs 28 kronor, and a "
        "30-day "
        "pass costs 560 kronor.",
    ),
    (
        date(2023, 11, 20),
        "New fares from 1 January 2024. From 1 January 2024, the price of a single adult ticket on the "
        "Karsby "
        "town bus rises to 31 kronor. The 30-day pass rises to 600 kronor.",
    ),
    (
        date(2024, 3, 2),
        "Karsby bus passengers will pay more from 1 February 2025, when a single adult ticket goes up from "
        "31 "
        "to 34 kronor. A 30-day pass will cost 660 kronor.",
    ),
]


def test_a_fare_in_force_on_the_question_date_not_a_later_one_nor_a_pass() -> None:
    res = rules_answer(
        "As of May 2024, how much did a single adult ticket on the Karsby town bus cost?",
        table_docs(_FARES),
        as_of=date(2024, 5, 15),
    )
    assert_values(res, ["31 kronor"], ["34 kronor", "660 kronor", "600 kronor", "560 kronor"])
    assert "answer: 31 kronor as of 2024-01-01" in res.explanation, res.explanation


def test_the_figure_before_a_later_start_stays_in_force() -> None:
    rows = [
        (
            date(2023, 8, 1),
            "Council has approved another parking increase. As of May 1, 2024, parking on Quay Street will "
            "cost $3.00 an hour, up from $2.50 last summer. Share | Comments (9)",
        ),
    ]
    res = rules_answer(
        "As of August 2023, what was the hourly parking rate on Quay Street?",
        table_docs(rows),
        as_of=date(2023, 8, 15),
    )
    assert_values(res, ["$2.50"], ["$3.00", "9"])


def test_a_page_counter_is_no_figure() -> None:
    a = analyzed_doc(
        "d", date(2024, 3, 1), "Council approved the increase 5-1. Share | Comments (9) | Replies (14)"
    )
    assert not [c.value for c in a.claims if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("line", "month"),
    [
        pytest.param("Current timetable (updated March 2024)", "2024-03", id="updated-stamp"),
        pytest.param("Current timetable", None, id="control-no-stamp"),
    ],
)
def test_a_pages_updated_stamp_dates_it(line: str, month: str | None) -> None:
    text = (
        f"Kestrel Transit Society\nTimetable | Book a ride | Donate\n\n{line}\n\nMonday - Ashby\nTuesday - "
        "Orton Cross\n\nBook by 4 p.m. the day before. The timetable changed in September 2023."
    )
    doc = document(text, name="d")
    est = dating.date_document(doc)
    if month is None:
        assert est.rule != "header-issue", dating.explain(est, doc)
    else:
        assert est.rule == "header-issue" and est.earliest is not None, dating.explain(est, doc)
        assert est.earliest.isoformat().startswith(month), dating.explain(est, doc)


_BAN_CLAIM = [
    (
        date(2024, 10, 20),
        "BREAKING: Town of Kelso Falls approves ban on all leaf blowers from November 1. Fines of $300 for "
        "anyone caught. Share before they delete it!",
    ),
    (
        date(2024, 10, 22),
        "Fact sheet: There is no leaf blower ban. A social media post claiming the town has approved a ban "
        "on "
        "all leaf blowers is false. The town asks residents to avoid early-morning use.",
    ),
]


def test_a_denial_that_says_there_is_no_ban_answers_a_yes_no_question() -> None:
    res = rules_answer("Is the Town of Kelso Falls banning leaf blowers?", table_docs(_BAN_CLAIM))
    assert res.conflict_type == "misinformation", res.explanation
    assert res.values[0] == "No: There is no leaf blower ban", res.explanation


def test_control_there_is_no_does_not_answer_an_open_question() -> None:
    rows = [
        (
            date(2024, 3, 4),
            "Posts claim the grounded ship Marlin Star is carrying chlorine. This is false. There is no "
            "hazardous cargo aboard. The ship's manifest shows a cargo of 2,800 tonnes of sawn timber.",
        ),
    ]
    res = rules_answer("What cargo was the Marlin Star carrying?", table_docs(rows))
    assert not any("There is no" in v for v in res.values), res.values


@pytest.mark.parametrize(
    ("argument", "kept"),
    [
        pytest.param(
            "The minority argued the money should go to school roofs first, but agreed the hall was needed.",
            "no_conflict",
            id="argued-over-the-hall-not-its-cost",
        ),
        pytest.param(
            "The ratepayers' group says the council's cost figure is inflated. \"It will be nearer NOK 120 "
            'million," its chair said.',
            "conflicting_opinions",
            id="control-argued-over-the-figure",
        ),
    ],
)
def test_one_agreed_figure_is_argued_over_only_by_a_sentence_about_a_figure(argument: str, kept: str) -> None:
    bias = tuple(5.0 if lab == "conflicting_opinions" else 0.0 for lab in LABELS)
    model = RelationModel(families=("none.",), weights={}, bias=bias)
    pool = table_docs(
        [
            (
                date(2024, 6, 20),
                "The council approved the Storvik indoor hall, with a budget of NOK 96 million.",
            ),
            (
                date(2024, 6, 21),
                f"Green light for Storvik hall. The cost frame is NOK 96 million. {argument}",
            ),
        ]
    )
    question = "How much will the Storvik indoor hall cost?"
    found = Answer(
        question,
        "number",
        "NOK 96 million.",
        ("NOK 96 million",),
        "no_conflict",
        "2024-06-20",
        explanation=("one value (NOK 96 million) across 2 independent source(s)",),
    )
    res = _retyped(parse_question(question), pool, found, model)
    assert res.conflict_type == kept, res.explanation


_CLOSED = (
    date(2024, 7, 3),
    "The Orewa visitor centre on Hibiscus Road has closed temporarily because of staff shortages, the "
    "district council says.",
)


@pytest.mark.parametrize(
    "later",
    [
        pytest.param(
            "The Orewa visitor centre will stay closed for two more months after mould was found in the "
            "ceiling. New staff have now been recruited, but the building cannot be used until the mould is "
            "removed.",
            id="staff-now-recruited",
        ),
        pytest.param(
            "Why is the Orewa visitor centre still shut? It's the mould now, not the staffing. The Orewa "
            "visitor "
            "centre will stay closed after mould was found in the ceiling.",
            id="now-not-the-staffing",
        ),
    ],
)
def test_a_cause_over_gives_way_to_the_new_one(later: str) -> None:
    res = rules_answer(
        "Why is the Orewa visitor centre closed?", table_docs([_CLOSED, (date(2024, 8, 6), later)])
    )
    assert res.conflict_type == "outdated", res.explanation
    assert_values(res, ["mould"], ["staff"])


@pytest.mark.parametrize(
    ("sentence", "cause"),
    [
        pytest.param(
            "The lido at Marsh Quay is closed for swimming until further notice.",
            None,
            id="closed-for-swimming",
        ),
        pytest.param(
            "The takeaway on Dock Street was closed for operating without a food hygiene certificate.",
            "operating without a food hygiene certificate",
            id="control-closed-for-operating",
        ),
    ],
)
def test_an_activity_a_place_is_closed_for_is_no_cause(sentence: str, cause: str | None) -> None:
    got = [c.fact.text for c in causes_in(sentence) if not c.rejected]
    assert got == ([cause] if cause else []), got


@pytest.mark.parametrize(
    ("text", "phrase", "tense"),
    [
        pytest.param(
            "Agreed: that a working group be established, including traders and residents, to report by June "
            "2023.",
            "June 2023",
            "future",
            id="to-report-by",
        ),
        pytest.param(
            "The repairs are to be finished by March, the engineer said.",
            "March",
            "future",
            id="to-be-finished-by",
        ),
        pytest.param(
            "The group reported by June 2023 that the fair should stay.",
            "June 2023",
            "past",
            id="control-reported-by",
        ),
    ],
)
def test_a_deadline_an_infinitive_sets_lies_ahead(text: str, phrase: str, tense: str) -> None:
    at = text.index(phrase)
    assert TenseFinder(text).tense(at, at + len(phrase)) == tense
