"""New names ("will be renamed Bessie Cole Gardens"), date ranges a start or end question reads one side of,
questions asking for each part, a figure in another place's relative clause, reversal cues about another
thing in a headline, "Who has X appointed as ROLE?", "How much does it cost to park?", role claims told as
expected ("is set to be unveiled as"), and a month and year ending a URL's slug."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_table_answer, document
from tidings import dating
from tidings.ask import parse_question
from tidings.ask.members import _elsewhere
from tidings.ask.yesno import _reverses_subject
from tidings.claims import extract_claims
from tidings.model import DateEstimate, Document
from tidings.timex import tag


@pytest.mark.parametrize(
    ("sentence", "wanted", "expected"),
    [
        pytest.param(
            "Gale LIVE: schools shut, ferry cancelled, amber warning tonight",
            {"school", "shut"},
            False,
            id="another-things-cancellation",
        ),
        pytest.param(
            "The council has scrapped its plan to shut the pool.",
            {"pool", "shut"},
            True,
            id="the-subjects-own-clause",
        ),
        pytest.param(
            "In a U-turn, the depot will stay open.", {"depot", "open"}, True, id="cue-clause-alone"
        ),
        pytest.param(
            "Matches were called off, and the ground stays open.",
            {"ground", "open"},
            False,
            id="matches-called-off",
        ),
    ],
)
def test_reversal_cue_names_the_subject(sentence: str, wanted: set[str], expected: bool) -> None:
    assert _reverses_subject(sentence, wanted, set()) is expected


@pytest.mark.parametrize(
    ("question", "kind", "attribute", "focus", "scope"),
    [
        pytest.param(
            "Who has Brackley Rovers appointed as manager?",
            "person",
            "manager",
            "manager",
            "Brackley Rovers",
            id="who-has-x-appointed-as",
        ),
        pytest.param(
            "Who did the Lune Housing board name as chief executive?",
            "person",
            "ceo",
            "ceo",
            "Lune Housing board",
            id="who-did-x-name-as",
        ),
        pytest.param(
            "How much does it cost per hour to park in Kettlewick?",
            "number",
            "amount",
            "park",
            "Kettlewick",
            id="it-costs-to-park",
        ),
    ],
)
def test_parse(question: str, kind: str, attribute: str, focus: str, scope: str) -> None:
    q = parse_question(question)
    assert (q.kind, q.attribute, q.focus, q.scope) == (kind, attribute, focus, scope)


@pytest.mark.parametrize(
    ("sentence", "name", "role", "org"),
    [
        pytest.param(
            "Neil Awdry is set to be unveiled as Brackley Rovers' new manager within days.",
            "Neil Awdry",
            "manager",
            "Brackley Rovers",
            id="set-to-be-unveiled-as",
        ),
        pytest.param(
            "Dr Mina Castell has been appointed as our new chief executive.",
            "Mina Castell",
            "ceo",
            "",
            id="has-been-appointed-as-our",
        ),
        pytest.param(
            "Rob Tennant will be named as Lune Housing's interim chief executive.",
            "Rob Tennant",
            "ceo",
            "Lune Housing",
            id="will-be-named-as",
        ),
    ],
)
def test_role_claims(sentence: str, name: str, role: str, org: str) -> None:
    day = date(2025, 2, 3)
    doc = Document(
        id="d", text=sentence, raw=sentence, body=sentence, source="d", format="text", external_id="d"
    )
    est = DateEstimate(day, day, "day", 1.0, "test")
    roles = [c for c in extract_claims(doc, est, tuple(tag(sentence, day))) if c.kind == "role"]
    assert [(c.value, c.attribute, c.subject) for c in roles] == [(name, role, org)]


def test_figure_in_another_places_where_clause() -> None:
    sent = "Fees in Kettlewick stay lower than in nearby Dunham Cross, where parking costs £2.50 an hour."
    assert _elsewhere("Kettlewick", sent, sent.index("£2.50"))
    assert not _elsewhere("Dunham Cross", sent, sent.index("£2.50"))


D1 = date(2025, 1, 14)
FESTIVAL = (
    date(2024, 11, 2),
    "The Pellbrook Jazz Festival will take place from Friday 4 July 2025 to Sunday 6 July 2025.",
)
D2 = date(2025, 3, 2)


@pytest.mark.parametrize(
    ("question", "rows", "ctype", "values", "absent"),
    [
        pytest.param(
            "What is the new name of Harwood's Corn Street?",
            [
                (
                    D1,
                    "Harwood's Corn Street will be renamed Bessie Cole Street in honour of the town's first "
                    "woman mayor, councillors decided on Monday.",
                ),
                (
                    None,
                    "HARWOOD - Councillors last night agreed to rename Corn Street as Biscuit Lane after the "
                    "town's favourite dog. The Harwood Bugle is a satirical website.",
                ),
            ],
            "misinformation",
            ["Bessie Cole Street"],
            ["Biscuit Lane"],
            id="new-name-and-a-satirical-one",
        ),
        pytest.param(
            "When does the 2025 Pellbrook Jazz Festival start?",
            [
                FESTIVAL,
            ],
            "no_conflict",
            ["2025-07-04"],
            ["2025-07-06"],
            id="range-start",
        ),
        pytest.param(
            "When does the 2025 Pellbrook Jazz Festival end?",
            [
                FESTIVAL,
            ],
            "no_conflict",
            ["2025-07-06"],
            ["2025-07-04"],
            id="range-end",
        ),
        pytest.param(
            "When does the 2025 Pellbrook Jazz Festival start?",
            [
                FESTIVAL,
                (
                    date(2025, 2, 10),
                    "Because of building work at the park, the 2025 Pellbrook festival will now take "
                    "place from Friday 12 September 2025 to Sunday 14 September 2025.",
                ),
            ],
            "outdated",
            ["2025-09-12"],
            ["2025-09-14"],
            id="moved-festival-named-in-part",
        ),
        pytest.param(
            "When is the Ashby fraud trial due to start?",
            [
                (
                    D2,
                    "The judge agreed to move the Ashby fraud trial, which had been due to start on 3 March, "
                    "to 9 June 2025.",
                ),
            ],
            "",
            ["2025-06-09"],
            [],
            id="control-a-move-is-no-range",
        ),
        pytest.param(
            "How many homes lost power in each district during Storm Orla?",
            [
                (D2, "About 6,200 homes in the Fellside district lost power during Storm Orla on Sunday."),
                (None, "Around 2,900 homes across the Wendle district lost power in Storm Orla yesterday."),
                (
                    date(2025, 3, 4),
                    "In the Carrow district, 1,150 homes lost power during Storm Orla. More than 95% of "
                    "customers have been reconnected.",
                ),
            ],
            "complementary",
            ["6,200", "2,900", "1,150"],
            ["95%"],
            id="each-district",
        ),
        pytest.param(
            "How much does it cost per hour to park in Kettlewick?",
            [
                (
                    D2,
                    "Parking in Kettlewick's council car parks costs £1.40 an hour. Fees in Kettlewick stay "
                    "lower than in nearby Dunham Cross, where parking costs £2.50 an hour.",
                ),
            ],
            "",
            ["£1.40"],
            ["£2.50"],
            id="another-places-fee",
        ),
    ],
)
def test_answers(
    question: str,
    rows: list[tuple[date | None, str]],
    ctype: str,
    values: list[str],
    absent: list[str],
) -> None:
    assert_table_answer(question, rows, ctype, values, absent)


@pytest.mark.parametrize(
    ("url", "month"),
    [
        pytest.param("https://healthbrief.example/briefings/june-2023", "2023-06", id="slug-ends-month-year"),
        pytest.param("https://parish.example/newsletter-march-2024.html", "2024-03", id="with-extension"),
        pytest.param("https://news.example/floods-of-june-2023-one-year-on", None, id="control-not-at-end"),
    ],
)
def test_slug_month(url: str, month: str | None) -> None:
    doc = document("The committee met again to review the plans for the coming months.", url=url)
    est = dating.date_document(doc, reference=date(2026, 1, 1))
    got = est.earliest.isoformat()[:7] if est.earliest and est.granularity == "month" else None
    assert got == month, est
