"""The rung of a graded scale ("Level 2 water restrictions", "Volcanic Alert Level 2") is one value, asked by
"What level ..."; a measured level ("What level had the river reached?") still takes the measure. A fact
check's "is not 5 mph", a "typing error" and a "faulty sensor" refute the figure they name; a candidate the
sources say was "never part of the process" is no holder of the post; "the Danish energy agency" places a
figure in Denmark; "the number of homes ... had fallen to 9,000" counts homes; a labelled row for another
group, or a bracketed variant, does not answer for the group asked about; "Does the library still charge
late fees?" is answered no by "voted to eliminate late fees" and "is now fine-free"."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_table_answer, document, table_docs
from tidings.ask.question import parse_question
from tidings.ask.yesno import _answer_yesno
from tidings.claims import extract_claims
from tidings.model import DateEstimate

D1 = date(2024, 3, 4)
D2 = date(2024, 3, 18)
D3 = date(2024, 4, 2)


@pytest.mark.parametrize(
    ("question", "rows", "values", "absent"),
    [
        pytest.param(
            "What level of water restrictions applies in Tarrant?",
            [
                (
                    D1,
                    "Level 1 water restrictions apply across Tarrant from today as dam storage falls to 48%.",
                ),
                (
                    D2,
                    "Tarrant moves from Level 1 to Level 2 water restrictions from Monday, the shire council "
                    "said. The council said Level 3 water restrictions would be considered if storage fell "
                    "below 30%.",
                ),
            ],
            ["Level 2"],
            ["Level 3", "48%", "Level 1"],
            id="the-newest-rung-not-a-mooted-one",
        ),
        pytest.param(
            "What is the volcanic alert level for Mount Kerrow?",
            [
                (D1, "Mount Kerrow remains at Volcanic Alert Level 1, GeoWatch said on Monday."),
                (
                    D2,
                    "GeoWatch raised Mount Kerrow to Volcanic Alert Level 2 after a rise in gas emissions "
                    "and 120 small earthquakes.",
                ),
            ],
            ["Level 2"],
            ["120", "Level 1"],
            id="an-alert-level",
        ),
        pytest.param(
            "What level had the River Selby reached at Moor Bridge?",
            [
                (
                    D1,
                    "The River Selby reached 3.4 metres at Moor Bridge on Sunday, and a Level 2 flood "
                    "warning was issued for the village.",
                ),
            ],
            ["3.4"],
            ["Level 2"],
            id="a-measured-level-is-no-rung",
        ),
        pytest.param(
            "What will the new speed limit be in Harrowgate town centre?",
            [
                (
                    D1,
                    "Councillors approved a 20 mph speed limit for Harrowgate town centre, taking effect in "
                    "March.",
                ),
                (
                    D2,
                    "No, Harrowgate's speed limit is not 5 mph. The town centre speed limit stays as agreed.",
                ),
            ],
            ["20"],
            ["5"],
            id="a-fact-checks-is-not",
        ),
        pytest.param(
            "How many jobs will the Carrowmore Creamery expansion create?",
            [
                (D1, "Carrowmore Creamery will create 60 jobs with its expansion, the company said."),
                (
                    D2,
                    'A report on Monday ("Creamery to bring 600 jobs") stated that the Carrowmore Creamery '
                    "expansion would create 600 jobs. This was a typing error. We apologise for the mistake.",
                ),
            ],
            ["60"],
            ["600"],
            id="a-typing-error",
        ),
        pytest.param(
            "What was the highest temperature recorded in Melwick on Thursday?",
            [
                (
                    D1,
                    "Melwick recorded a temperature of 47.9C at the airport station on Thursday, the highest "
                    "temperature recorded in Melwick this year.",
                ),
                (
                    D2,
                    "The 47.9C temperature recorded at Melwick airport on Thursday came from a faulty "
                    "sensor, the weather service said. Melwick's highest temperature on Thursday was 44.1C.",
                ),
            ],
            ["44.1"],
            ["47.9"],
            id="a-faulty-sensor",
        ),
        pytest.param(
            "Who is Carrig Rovers' new manager?",
            [
                (
                    D1,
                    "Carrig Rovers have appointed Tomas Keane as their new manager. The news ends a week of "
                    "speculation linking former Ardglass academy coach Liam Doherty with the job. The club "
                    "said Doherty was never part of the process.",
                ),
                (D2, "Word on the terraces is that Liam Doherty is the new manager at Carrig Rovers."),
            ],
            ["Tomas Keane"],
            ["Doherty"],
            id="a-candidate-never-in-the-running",
        ),
        pytest.param(
            "Who is Carrig Rovers' head coach?",
            [(D1, "Carrig Rovers announced the appointment of Tomas Keane as senior head coach.")],
            ["Tomas Keane"],
            [],
            id="a-posts-rank",
        ),
        pytest.param(
            "How many homes in Denmark are still without power after the storm?",
            [
                (D1, "About 80,000 homes in Denmark lost power on Sunday as the storm crossed Jutland."),
                (
                    D2,
                    "The number of homes without power had fallen to about 9,000 by Tuesday morning, the "
                    "Danish energy agency said.",
                ),
            ],
            ["9,000"],
            ["80,000"],
            id="a-country-by-its-adjective",
        ),
        pytest.param(
            "How much is the daily entry fee for foreign visitors at Harlow Gorge Park?",
            [
                (
                    D1,
                    "Entry fees from 1 April\n\nHarlow Gorge Park\n- Residents: R90 per adult per day\n"
                    "- Foreign visitors: R240 per adult per day (R120 per child per day)\n",
                )
            ],
            ["R240"],
            ["R90", "R120"],
            id="the-row-and-not-its-bracket",
        ),
    ],
)
def test_answers(
    question: str, rows: list[tuple[date | None, str]], values: list[str], absent: list[str]
) -> None:
    assert_table_answer(question, rows, "", values, absent)


def _claims(text: str) -> list[tuple[str, str]]:
    doc = document(text)
    est = DateEstimate(D2, D2, "day", 0.9, "metadata")
    return [(c.value, c.rule) for c in extract_claims(doc, est, ()) if c.attribute == "grade"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Level 2 water restrictions apply across Orbost from today.", [("Level 2", "quantity.grade")]),
        (
            "The council is moving from Level 2 to Level 3.",
            [("Level 2", "quantity.grade.history"), ("Level 3", "quantity.grade")],
        ),
        ("Stage 6 load shedding will continue overnight.", [("Stage 6", "quantity.grade")]),
        ("The avalanche danger level was 3 on Tuesday.", [("level 3", "quantity.grade")]),
        ("Level 4 would be considered if storage reached 25%.", []),
        ("The gauge showed a level of 4.25 metres.", []),
        ("Riders tackle stage 3-4 of the tour.", []),
        (
            "Under the old rules, replacing the Level 3 rules in force since May.",
            [("Level 3", "quantity.grade.history")],
        ),
    ],
)
def test_grade_claims(text: str, want: list[tuple[str, str]]) -> None:
    assert [(v, r.split(".timex")[0]) for v, r in _claims(text)] == want


def test_a_question_keeps_its_place_after_the_noun_phrase() -> None:
    q = parse_question("How much is the daily entry fee for visitors at Harlow Gorge Park?")
    assert (q.focus, q.scope) == ("daily entry fee", "Harlow Gorge Park")
    q = parse_question("What will the new speed limit be on most of Wellford's streets?")
    assert (q.kind, q.focus, q.scope) == ("number", "speed limit", "Wellford")


def test_still_charging_is_answered_no_by_an_end() -> None:
    q = parse_question("Does Ashby Library still charge late fines on overdue books?")
    docs = table_docs(
        [
            (D1, "The Ashby Library board voted to eliminate late fines on all overdue books from January."),
            (D3, "Ashby Library is now fine-free for overdue books, staff said."),
        ]
    )
    res = _answer_yesno(q, docs, {})
    assert res.values and res.values[0].startswith("No"), (res.values, res.explanation)


@pytest.mark.parametrize(
    ("text", "value", "polarity"),
    [
        ("No, Harrowgate's speed limit is not 5 mph.", "5", "refuted"),
        ("The fare isn't £4, the operator said.", "£4", "refuted"),
        ("The limit is 20 mph, and it is not changing.", "20", "asserted"),
        ("Not 5 but 7 people were hurt.", "7", "asserted"),
    ],
)
def test_is_not_refutes_the_figure_after_it(text: str, value: str, polarity: str) -> None:
    doc = document(text)
    est = DateEstimate(D2, D2, "day", 0.9, "metadata")
    got = {c.value: c.polarity for c in extract_claims(doc, est, ()) if c.kind == "quantity"}
    assert got.get(value) == polarity, got


@pytest.mark.parametrize(
    ("question", "rows", "values", "absent"),
    [
        pytest.param(
            "Which rail lines are affected by Monday's strike?",
            [
                (
                    D1,
                    "Due to industrial action there will be no services on these routes on Monday:\n\n"
                    "- Kelso line (Kelso - Ardmore)\n- Brannock line (Ardmore - Brannock)\n\n"
                    "Services between Ardmore and Dunmere are not affected by the strike.",
                ),
                (
                    D2,
                    "A union spokesperson said the strike goes ahead: "
                    '"The Carrow line will not run on Monday."',
                ),
                (
                    D3,
                    "Monday's rail strike, live: there are no trains on the Kelso, Brannock or Carrow lines "
                    "this morning, and the Tullow line runs a reduced service.",
                ),
            ],
            ["Kelso line", "Brannock line", "Carrow line", "Tullow line"],
            ["Dunmere"],
            id="lines-named-by-their-towns",
        ),
        pytest.param(
            "Which ports will Harlan Sea Lines' new freight service call at?",
            [(D1, "Harlan Sea Lines' new freight service will call at Teesport, Rosyth and Zeebrugge.")],
            ["Teesport", "Rosyth", "Zeebrugge"],
            [" line"],
            id="a-companys-lines-is-no-class",
        ),
    ],
)
def test_lines(
    question: str, rows: list[tuple[date | None, str]], values: list[str], absent: list[str]
) -> None:
    assert_table_answer(question, rows, "", values, absent)
