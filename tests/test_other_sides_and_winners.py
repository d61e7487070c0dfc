"""A dispute the relation model reads where the rules found one side gets the other side's clause; a yes
rests on the question's own verb ("agreed to return"); "from 1 March 2024" is when the value is asked for,
"on 11 March 2023" the event's own day; rand amounts with cents; islands are places; e-scooters are counted
as scooters; a women's race is not won by the men's winner, and "X ... to win the race" names a winner but
"the first South African woman to win" does not."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_table_answer, table_docs
from tidings.ask.members import _member_type
from tidings.ask.question import parse_question
from tidings.ask.yesno import _grounds, _with_other_side
from tidings.model import Answer, Citation

D1 = date(2024, 5, 21)
D2 = date(2024, 5, 28)
D3 = date(2024, 6, 3)


@pytest.mark.parametrize(
    ("question", "rows", "ctype", "values", "absent"),
    [
        pytest.param(
            "Who won the women's race at the 2023 Karoo Coast Marathon?",
            [
                (
                    D1,
                    "OUDTSHOORN, May 21 (SAPA) - Thandeka Mbeki surged clear in the last 8 kilometres to win "
                    "the women's race at the Karoo Coast Marathon, crossing the line in 2:33:10.",
                ),
                (D1, "In the men's race at the Karoo Coast Marathon, Kenya's Daniel Kiprop won in 2:11:02."),
                (
                    D2,
                    "The Karoo Coast Marathon belonged to Thandeka Mbeki, who became the first South African "
                    "woman to win the race since 2016.",
                ),
            ],
            "",
            ["Thandeka Mbeki"],
            ["Kiprop", "African"],
            id="a-womens-race-not-the-mens-winner",
        ),
        pytest.param(
            "Who won the men's race at the 2023 Karoo Coast Marathon?",
            [
                (
                    D1,
                    "In the women's race at the Karoo Coast Marathon, Thandeka Mbeki won in 2:33:10, a "
                    "course record.",
                ),
                (D2, "Kenya's Daniel Kiprop won the men's race at the Karoo Coast Marathon in 2:11:02."),
            ],
            "",
            ["Daniel Kiprop"],
            ["Mbeki"],
            id="a-mens-race-not-the-womens-winner",
        ),
        pytest.param(
            "Who won the women's race at the 2023 Karoo Coast Marathon?",
            [
                (
                    D1,
                    "Ahead of Sunday, Thandeka Mbeki is favoured to win the women's race at the Karoo Coast "
                    "Marathon.",
                ),
                (D2, "Lerato Dube won the women's race at the Karoo Coast Marathon in 2:34:40."),
            ],
            "",
            ["Lerato Dube"],
            ["Mbeki"],
            id="a-favourite-to-win-is-no-winner",
        ),
        pytest.param(
            "Which islands will lose their Sunday ferry sailings this winter?",
            [
                (
                    D1,
                    "Because of crew shortages and the dry-dock programme, there will be no Sunday ferry "
                    "sailings to Eigg, Muck or Canna this winter.",
                ),
                (D2, "Islanders on Muck and Eigg say losing Sunday ferry sailings this winter will hurt."),
            ],
            "",
            ["Eigg", "Muck", "Canna"],
            ["crew shortages", "dry-dock"],
            id="islands-are-places",
        ),
        pytest.param(
            "What is the national minimum wage per hour from 1 March 2024?",
            [
                (
                    date(2024, 2, 6),
                    "The national minimum wage will increase by 8.5% from R25.42 to R27.58 for each ordinary "
                    "hour worked, effective 1 March 2024.",
                ),
                (date(2024, 3, 1), "From today the national minimum wage is R27.58 an hour."),
            ],
            "",
            ["R27.58"],
            ["8.5%"],
            id="a-rand-wage-with-cents-from-a-date",
        ),
    ],
)
def test_answers(
    question: str, rows: list[tuple[date | None, str]], ctype: str, values: list[str], absent: list[str]
) -> None:
    assert_table_answer(question, rows, ctype, values, absent)


@pytest.mark.parametrize(
    ("question", "as_of", "focus"),
    [
        (
            "What is the national minimum wage per hour from 1 March 2024?",
            date(2024, 3, 1),
            "minimum wage per hour",
        ),
        ("How many people marched in Castellan on 11 March 2023?", None, "people"),
        ("How many people marched in Castellan on March 11, 2023?", date(2023, 3, 11), "people"),
        ("What is the bus fare cap as of 5 June 2025?", date(2025, 6, 5), "bus fare cap"),
    ],
)
def test_a_day_first_date_is_the_questions_date_only_after_from_or_as_of(
    question: str, as_of: date | None, focus: str
) -> None:
    q = parse_question(question)
    assert q.as_of == as_of
    assert focus in q.focus and "March" not in q.focus and "June" not in q.focus


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The hourly rate rises to R27.58 next month.", "R27.58"),
        ("Workers on public works programmes get R15.16 per hour.", "R15.16"),
        ("The levy is R6,200 a year.", "R6,200"),
    ],
)
def test_rand_amounts(text: str, value: str) -> None:
    claims = table_docs([(date(2024, 2, 6), text)])[0].claims
    assert any(c.value == value and c.kind == "quantity" for c in claims), [c.value for c in claims]


def test_no_rand_in_a_road_number() -> None:
    text = "The crash closed the R27 near the junction for three hours."
    claims = table_docs([(date(2024, 2, 6), text)])[0].claims
    assert not any(c.value.startswith("R27") for c in claims), [c.value for c in claims]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Which islands lost their Sunday ferries?", "place"),
        ("Which parishes are under the flood warning?", "place"),
        ("Which wards will the new councillors represent?", "place"),
        ("Which firms won the contract?", "name"),
    ],
)
def test_member_types(question: str, kind: str) -> None:
    assert _member_type(parse_question(question)) == kind


def test_escooters_are_counted_as_scooters() -> None:
    rows: list[tuple[date | None, str]] = [
        (D1, "Voltway will be permitted to operate up to 600 scooters in Aarhus from June."),
        (D2, "Residents of Aarhus will see the e-scooters on the streets from June, the council said."),
    ]
    assert_table_answer("How many e-scooters will be available in Aarhus?", rows, "", ["600"], [])


@pytest.mark.parametrize(
    ("question", "quote", "opens"),
    [
        (
            "Has the museum agreed to return its Benin bronzes to Nigeria?",
            "At its meeting on 15 June the Board agreed to return two Benin bronzes in the collection, a "
            "commemorative head and a plaque showing a court official, to Nigeria's National Commission.",
            "agreed to return",
        ),
        (
            "Has the council approved the Ashgrove housing plans?",
            "Councillors approved the Ashgrove housing plans on Tuesday night.",
            "Councillors approved",
        ),
    ],
)
def test_a_yes_opens_with_the_questions_verb(question: str, quote: str, opens: str) -> None:
    assert _grounds(parse_question(question), quote).startswith(opens)


def _one_side(docs_text: str, ctype: str) -> Answer:
    return Answer(
        "Should Christchurch bid to host the 2034 Commonwealth Games?",
        "yesno",
        "Yes.",
        (f"Yes: {docs_text}",),
        ctype,  # type: ignore[arg-type]
        "2024-06-03",
        (Citation("d1", "d1", "2024-05-21", 0, len(docs_text), docs_text),),
    )


SIDES_ROWS: list[tuple[date | None, str]] = [
    (
        D1,
        "The Employers' Chamber has welcomed the Commonwealth Games bid, saying it would showcase the city.",
    ),
    (
        D3,
        "But the Ratepayers Alliance says it will campaign against any Christchurch bid, calling the Games "
        "a white elephant.",
    ),
]


def test_the_other_side_of_a_dispute_is_added() -> None:
    docs = table_docs(SIDES_ROWS)
    q = parse_question("Should Christchurch bid to host the 2034 Commonwealth Games?")
    res = _with_other_side(q, docs, _one_side(SIDES_ROWS[0][1], "conflicting_opinions"))
    assert len(res.values) == 2 and res.values[1].startswith("No: "), res.values
    assert "white elephant" in res.values[1]
    assert res.citations[-1].doc_id == docs[1].doc.id


def test_no_other_side_unless_the_answer_is_a_dispute() -> None:
    docs = table_docs(SIDES_ROWS)
    q = parse_question("Should Christchurch bid to host the 2034 Commonwealth Games?")
    one = _one_side(SIDES_ROWS[0][1], "no_conflict")
    assert _with_other_side(q, docs, one) == one


def test_no_other_side_without_a_judgment_the_other_way() -> None:
    rows: list[tuple[date | None, str]] = [
        SIDES_ROWS[0],
        (D3, "The Christchurch bid for the Commonwealth Games will be discussed again in December."),
    ]
    docs = table_docs(rows)
    q = parse_question("Should Christchurch bid to host the 2034 Commonwealth Games?")
    one = _one_side(rows[0][1], "conflicting_opinions")
    assert _with_other_side(q, docs, one).values == one.values
