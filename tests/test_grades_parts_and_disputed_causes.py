"""Grades told in words ("rated \"good\""), figures for each source's own area, causes one side disputes
and causes of an earlier episode, the cause of a stopped service told after "after", questions about one
edition or one person, members under a list's heading, sentences handed down across reports, role claims
told with a noun ("the appointment of X as"), "fake invoices" that refute nothing, slips of a plan ("two
years later than promised"), dates a plan aims at, and a title year a plan looks ahead to."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import analyzed_doc, assert_table_answer, document, table_docs
from analyzed import rules_answer as answer
from tidings import dating
from tidings.ask import parse_question
from tidings.claims import refutation_cue
from tidings.facts import causes_in
from tidings.timex import tag


@pytest.mark.parametrize(
    ("sentence", "asserted", "rejected"),
    [
        pytest.param(
            "The Wick Lane line was suspended after a lorry hit the railway bridge at Carne.",
            ["a lorry hit the railway bridge at Carne"],
            [],
            id="stopped-after",
        ),
        pytest.param(
            "Ferries were cancelled after three days of gales.",
            [],
            [],
            id="control-after-a-time",
        ),
        pytest.param(
            "Neighbours say the flooding was not caused by the rain alone.",
            ["the rain"],
            [],
            id="not-alone-is-no-rejection",
        ),
        pytest.param("The union says the real reason is pay.", ["pay"], [], id="the-real-reason-is"),
        pytest.param(
            '"Cost is the excuse. Staffing is the reason," the organiser said.',
            ["Staffing"],
            [],
            id="subject-reason-after-full-stop",
        ),
        pytest.param("The reason is simple.", [], [], id="control-reason-is-simple"),
        pytest.param(
            "The mill says it comes down to energy prices, which have doubled.",
            ["energy prices"],
            [],
            id="comes-down-to",
        ),
        pytest.param("Production is due to move to Lisle next spring.", [], [], id="control-due-to-move"),
    ],
)
def test_causes_in(sentence: str, asserted: list[str], rejected: list[str]) -> None:
    found = causes_in(sentence)
    assert [c.fact.text for c in found if not c.rejected] == asserted
    assert [c.fact.text for c in found if c.rejected] == rejected


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        pytest.param("Pike signed off fake invoices worth £40,000.", None, id="fake-invoices"),
        pytest.param("The press release is fake, the company said.", "fake", id="release-is-fake"),
        pytest.param("Police warned of a fake press release on Tuesday.", "fake", id="fake-press-release"),
    ],
)
def test_fake_refutes_only_a_report(sentence: str, cue: str | None) -> None:
    assert refutation_cue(sentence) == cue


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "tense"),
    [
        pytest.param(
            "It is unlikely to open before 2029, two years later than promised.",
            "two years later",
            "DURATION",
            None,
            id="later-than-is-a-slip",
        ),
        pytest.param(
            "The bridge opened in 2019. Two years later it closed.",
            "Two years later",
            "DATE",
            None,
            id="control-later-from-a-date",
        ),
        pytest.param("The extension is on track for 2027.", "2027", "DATE", "future", id="on-track-for"),
        pytest.param(
            "We stand by spring 2027, a spokesman said.", "spring 2027", "DATE", "future", id="stand-by"
        ),
        pytest.param("My view: 2027 looks optimistic.", "2027", "DATE", "present", id="year-judged-now"),
        pytest.param(
            "He said he shared the club's view that spring 2026 was more realistic.",
            "spring 2026",
            "DATE",
            "present",
            id="judged-in-reported-speech",
        ),
        pytest.param(
            "Staff maintain a target reopening of January 2026.",
            "January 2026",
            "DATE",
            "future",
            id="target-reopening-of",
        ),
        pytest.param("The airport branch opened in 2016.", "2016", "DATE", "past", id="control-past"),
        pytest.param(
            '"June 14 can\'t come soon enough," she said.', "June 14", "DATE", "future", id="awaited-day"
        ),
    ],
)
def test_slips_and_targets(text: str, phrase: str, kind: str, tense: str | None) -> None:
    t = next(x for x in tag(text, date(2025, 3, 4)) if x.text == phrase)
    assert t.type == kind
    if tense is not None:
        assert t.tense == tense


@pytest.mark.parametrize(
    ("question", "kind", "focus", "scope"),
    [
        pytest.param(
            "What does a single adult bus fare cost in Calderton?",
            "number",
            "single adult bus fare",
            "Calderton",
            id="what-does-a-fare-cost",
        ),
        pytest.param("What will the new bridge cost?", "number", "cost", "new bridge", id="what-will-x-cost"),
    ],
)
def test_what_does_it_cost(question: str, kind: str, focus: str, scope: str) -> None:
    q = parse_question(question)
    assert (q.kind, q.focus, q.scope) == (kind, focus, scope)


@pytest.mark.parametrize(
    ("sentence", "holder", "role"),
    [
        pytest.param(
            "Leaders said the trust appointed Dr Jane Moss as chief executive.",
            "Jane Moss",
            "ceo",
            id="the-trust",
        ),
        pytest.param(
            "The club confirmed the appointment of Tom Reyes as head coach of Ashby Rovers.",
            "Tom Reyes",
            "coach",
            id="appointment-of",
        ),
        pytest.param(
            "Dr Jane Moss started as the trust's chief executive on Monday.",
            "Jane Moss",
            "ceo",
            id="the-trusts",
        ),
    ],
)
def test_role_claims(sentence: str, holder: str, role: str) -> None:
    a = analyzed_doc("d1", date(2025, 1, 10), sentence)
    assert any(c.kind == "role" and c.value == holder and c.attribute == role for c in a.claims), a.claims


D = date(2024, 12, 8)


@pytest.mark.parametrize(
    ("question", "rows", "ctype", "values", "absent"),
    [
        pytest.param(
            "How many homes lost power during Storm Orla?",
            [
                (D, "Storm Orla update. In total, 4,100 homes in our Eastvale area lost power on Saturday."),
                (D, "Storm Orla left 2,600 customers in the Tarn valley without electricity, Westline said."),
                (D, "Isles Power said 900 homes across the Farr islands lost power when Storm Orla hit."),
            ],
            "complementary",
            ["4,100", "2,600", "900"],
            [],
            id="figures-per-area",
        ),
        pytest.param(
            "How many people attended the Orla Road march?",
            [
                (D, "Police estimated that about 1,200 people attended the Orla Road march on Saturday."),
                (
                    D,
                    "Organisers say more than 3,000 attended the march on Orla Road, and dispute the "
                    "police count.",
                ),
            ],
            "conflicting_opinions",
            ["1,200", "3,000"],
            [],
            id="control-estimates-are-sides",
        ),
        pytest.param(
            "What is Fenmoor Academy's current inspection rating?",
            [
                (date(2022, 3, 10), 'Fenmoor Academy has been rated "inadequate" by inspectors.'),
                (
                    date(2025, 6, 12),
                    'Fenmoor Academy has been rated "good" by inspectors. The school was rated '
                    '"inadequate" in '
                    '2022 and "requires improvement" in 2023.',
                ),
            ],
            "outdated",
            ["good"],
            ["inadequate", "requires"],
            id="grade-in-words",
        ),
        pytest.param(
            "When are trains due to run through the Holm Tunnel again?",
            [
                (
                    date(2025, 8, 20),
                    "Northline says the Holm Tunnel will reopen to passenger trains on Monday 8 September. "
                    "Rail "
                    "replacement buses will run until the last day of the closure, Sunday 7 September.",
                ),
            ],
            "no_conflict",
            ["2025-09-08"],
            ["2025-09-07"],
            id="again-is-reopening",
        ),
        pytest.param(
            "Where will the 2026 national rowing championships take place?",
            [
                (
                    date(2025, 3, 18),
                    "The federation has chosen Lake Tarrow as the venue for the 2026 National Rowing "
                    "Championships. The 2025 championships will take place at Hadley Reach as announced.",
                ),
            ],
            "no_conflict",
            ["Lake Tarrow"],
            ["Hadley"],
            id="another-edition",
        ),
        pytest.param(
            "Which organisations are funding the Marsh Valley peat study?",
            [
                (D, "The £2.1 million Marsh Valley peat study is funded by the National Science Council."),
                (
                    D,
                    "Harrow Water is to contribute £400,000 towards a North Dales University study of the "
                    "Marsh "
                    "Valley peat bogs.",
                ),
            ],
            "complementary",
            ["National Science Council", "Harrow Water"],
            ["£", "North Dales"],
            id="funders-not-sums-nor-owner",
        ),
        pytest.param(
            "In which towns is Norvale Bank closing branches?",
            [
                (D, "Norvale Bank will close five branches in the North Dales region this year."),
                (
                    D,
                    "As well as Hexby, Pellton and Stainmoor, Norvale Bank branches at Carrowby and Kelham "
                    "will "
                    "close.",
                ),
            ],
            "no_conflict",
            ["Hexby", "Pellton", "Stainmoor", "Carrowby", "Kelham"],
            ["North Dales"],
            id="towns-as-well-as-not-the-region",
        ),
        pytest.param(
            "Which roads are closed for the Elmstead 10K?",
            [
                (
                    D,
                    "Temporary road closures: Elmstead 10K\n\nThe following roads will be closed for the "
                    "Elmstead 10K between 8am and 1pm:\n\n- High Street, between Market Cross and Bridge "
                    "Street"
                    "\n- Mill Lane, for its full length\n\nResidents of Mill Lane should contact the council "
                    "during the closure.",
                ),
            ],
            "no_conflict",
            ["High Street", "Mill Lane"],
            [],
            id="items-under-a-heading",
        ),
        pytest.param(
            "Where will the Dunmore Lantern Parade be held this year?",
            [
                (
                    D,
                    "Dunmore Lantern Parade tickets: this year in a new location at Riverside Park. Book "
                    "now.",
                ),
                (
                    D,
                    'We know of websites selling "tickets" for the Dunmore Lantern Parade and claiming it '
                    "has "
                    "moved to Riverside Park. Please do not buy from these sites: they are fake. The parade "
                    "will start as usual from Castle Green on Saturday.",
                ),
            ],
            "",
            ["Castle Green"],
            ["Riverside"],
            id="claimed-place-refuted",
        ),
        pytest.param(
            "Why is Dunmore Dairies shutting its Kelby plant?",
            [
                (D, "Dunmore Dairies says the closure of its Kelby plant comes down to energy costs."),
                (
                    D,
                    "The union disputes the reason Dunmore Dairies gives for shutting its Kelby plant. It "
                    "says the real reason is wages, not energy costs.",
                ),
            ],
            "conflicting_opinions",
            ["energy costs", "wages"],
            [],
            id="disputed-cause",
        ),
        pytest.param(
            "Why did the Orwell Sound ferry stop sailing?",
            [
                (
                    D,
                    "The Orwell Sound ferry has been out of service since Tuesday after her propeller was "
                    "damaged by debris. Last month Orwell Sound ferry sailings were cancelled on seven days "
                    "because of gales.",
                ),
            ],
            "no_conflict",
            ["propeller was damaged by debris"],
            ["gales"],
            id="earlier-episode-set-aside",
        ),
        pytest.param(
            "What sentences were handed to the defendants in the Brackwater warehouse fraud?",
            [
                (
                    D,
                    "Warehouse fraud boss jailed\n\nThe mastermind of the Brackwater warehouse fraud has "
                    "been "
                    "jailed for six years.",
                ),
                (
                    D,
                    "Finance manager who helped warehouse fraud jailed\n\nA finance manager who signed off "
                    "fake "
                    "invoices worth £300,000 in the Brackwater fraud has been jailed for four and a half "
                    "years.",
                ),
            ],
            "complementary",
            ["six years", "four and a half years"],
            [],
            id="terms-across-reports",
        ),
        pytest.param(
            "Is Corvane Motors closing its Eastfield plant?",
            [
                (
                    D,
                    "Corvane Motors announces closure of Eastfield plant. Corvane Motors today announced "
                    "that "
                    "it will close its Eastfield plant by the end of 2026.",
                ),
                (
                    D,
                    "Corvane Motors has said a press release announcing the closure of its Eastfield plant "
                    "is "
                    'fake. "Corvane is not closing Eastfield," the company said.',
                ),
            ],
            "",
            ["not closing"],
            [],
            id="denial-grounds-the-no",
        ),
        pytest.param(
            "Has former councillor Gareth Lyle been found guilty?",
            [
                (
                    D,
                    "A jury found former councillor Gareth Lyle guilty of fraud. His co-defendant, Lorna "
                    "Pease, "
                    "44, was found not guilty of conspiracy.",
                ),
            ],
            "no_conflict",
            ["Yes"],
            [],
            id="another-person-is-no-answer",
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


def test_weekday_span_is_no_event_date() -> None:
    res = answer(
        "When will Marrinup Library close?",
        table_docs(
            [
                (
                    date(2024, 12, 10),
                    "The library will close to the public on 3 February 2025. During the closure a pop-up "
                    "library will open at the Community Hub, Monday to Saturday.",
                )
            ]
        ),
    )
    assert res.values == ("2025-02-03",), res.explanation


def test_title_year_looked_ahead_to_is_not_the_documents() -> None:
    title = "Tram extension 'will not open before 2029', review warns"
    doc = document(
        "An independent review says the tram extension is unlikely to open before 2029.", title=title
    )
    est = dating.date_document(doc)
    assert est.earliest is None or est.earliest.year < 2029, dating.explain(est, doc)
