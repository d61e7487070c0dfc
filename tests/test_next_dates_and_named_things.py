"""The next of an event's dates after the question's "now" ("When does the next term start?"), words for one
event ("begin" for "start", "constructed" for "built"), a day named beside another happening ("over
Christmas", "on Tuesday approved"), a date set aside with "rather than", a verdict that opens a sentence
("This was incorrect, and we apologise"), rival dates of campaigners ("will not get ... before 2028"), one
named thing of a class ("Which orchestra will open ...?", a headline's "the Albion" written in full), amounts
for penalties, and document dates from a page's last-update line, a meeting's heading and a weekday that
names the year."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_table_answer, document
from tidings import dating

D1 = date(2024, 3, 7)
D2 = date(2024, 12, 16)
D3 = date(2025, 2, 21)


@pytest.mark.parametrize(
    ("question", "rows", "ctype", "values", "absent"),
    [
        pytest.param(
            "When does the next school term start for pupils at Ormside council schools?",
            [
                (
                    D1,
                    "Ormside Council's cabinet on Tuesday approved term dates for council schools. The "
                    "autumn term starts on 3 September 2024. The spring term starts on 6 January 2025. "
                    "The summer term starts on 22 April 2025.",
                ),
                (
                    D2,
                    "Term ends on Friday for pupils at Ormside council schools, and the plays are done.",
                ),
            ],
            "",
            ["2025-01-06"],
            ["2024-09-03", "2025-04-22", "2024-03-05"],
            id="the-next-start-after-the-newest-source",
        ),
        pytest.param(
            "When does Brockley Academy's spring term start?",
            [
                (
                    date(2024, 12, 12),
                    "Students at Brockley Academy will start the spring term two days later than planned "
                    "while the boilers are replaced over Christmas. The headteacher wrote to parents to say "
                    "that the spring term will now begin on Wednesday 8 January 2025, rather than Monday 6 "
                    "January.",
                ),
            ],
            "",
            ["2025-01-08"],
            ["2024-12-25", "2025-01-06"],
            id="begin-for-start-and-a-holiday-beside-another-happening",
        ),
        pytest.param(
            "When was Tolley Mill built?",
            [
                (date(2024, 6, 11), "Tolley Mill, built in 1790 according to the trust, closed in 1978."),
                (
                    date(2024, 6, 14),
                    "Our press release of 10 June stated that Tolley Mill was built in 1790. This was "
                    "incorrect, and we apologise for the error. Tolley Mill was constructed in 1836 for the "
                    "Hollings brothers.",
                ),
            ],
            "misinformation",
            ["1836"],
            ["1790"],
            id="a-verdict-opening-a-sentence-and-constructed-for-built",
        ),
        pytest.param(
            "When will every home in the Ashdale district have gigabit broadband?",
            [
                (
                    date(2025, 2, 10),
                    "Fibrelink says it remains on track to make gigabit broadband available to every home in "
                    "the Ashdale district by December 2025.",
                ),
                (
                    None,
                    "Gigabit broadband in the Ashdale district: campaigners doubt the December target. They "
                    "say hundreds of hill farms will not get it before 2028, despite promises.",
                ),
            ],
            "conflicting_opinions",
            ["December 2025", "2028"],
            [],
            id="campaigners-date-against-the-plan",
        ),
        pytest.param(
            "Which orchestra will open the 2026 Harbourside Festival?",
            [
                (
                    date(2026, 3, 2),
                    "The Harbourside Festival today announced its 2026 programme: 41 events over ten days. "
                    "The festival opens with the Eastmoor Philharmonic Orchestra under its chief conductor "
                    "Anna Lind, performing Sibelius and a new work by Tom Ashe.",
                ),
                (
                    date(2026, 6, 12),
                    "Opening night at the Harbourside Festival belongs to the Eastmoor Philharmonic "
                    "Orchestra, and more than 9,000 tickets have been sold.",
                ),
            ],
            "",
            ["Eastmoor Philharmonic Orchestra"],
            ["41 events"],
            id="one-named-thing-of-a-class",
        ),
        pytest.param(
            "Which club has signed Tomas Rudko?",
            [
                (
                    date(2025, 7, 30),
                    "Rudko signs for the Rovers\n\nKelby Rovers is delighted to announce the signing of "
                    "winger Tomas Rudko from FK Brenna on a three-year contract.",
                ),
            ],
            "",
            ["Kelby Rovers"],
            [],
            id="a-headline-name-written-in-full",
        ),
        pytest.param(
            "What penalties did the court impose on Marlow Quarries for polluting the River Dane?",
            [
                (
                    D3,
                    "Marlow Quarries was fined £180,000 at Dunford Crown Court after silt from its site "
                    "polluted the River Dane.",
                ),
                (
                    date(2025, 2, 26),
                    "The court ordered Marlow Quarries to pay £45,000 in compensation to the River Dane "
                    "Trust for the pollution.",
                ),
            ],
            "",
            ["£180,000", "£45,000"],
            ["Dunford Crown Court"],
            id="penalties-are-amounts",
        ),
    ],
)
def test_answers(
    question: str, rows: list[tuple[date | None, str]], ctype: str, values: list[str], absent: list[str]
) -> None:
    assert_table_answer(question, rows, ctype, values, absent)


@pytest.mark.parametrize(
    ("text", "earliest", "rule"),
    [
        pytest.param(
            "Tolley Mill\nGrade: II\n\nSummary: a cotton mill of 1836 with a later engine house. The "
            "mill replaced a fulling mill recorded on the site from 1790, and spinning ceased in 1978. "
            "The chimney is 52 metres high, and the engine house keeps the bed of its beam engine. The "
            "interior has five storeys of fireproof construction with cast-iron columns in three rows, "
            "and the top floor keeps its original roof trusses. The mill owner's house and the "
            "workers' terraces in Mill Street form a group with it, and the whole group is listed for "
            "its value as a complete industrial settlement of the period.\n\nAmended: June 2024 "
            "(minor amendment to the summary).",
            date(2024, 6, 1),
            "footer",
            id="a-last-amended-line-at-the-foot",
        ),
        pytest.param(
            "ORMSIDE DISTRICT COUNCIL\nPlanning Scrutiny Committee - 19 February 2025\nItem 6: progress "
            "update\n\nSummary: 81% of premises can now order the service, and the supplier says the rest "
            "will follow by 31 December 2025.",
            date(2025, 2, 19),
            "header-issue",
            id="a-meeting-heading",
        ),
        pytest.param(
            "We're pleased that the court has ordered the quarry to pay compensation for the damage done to "
            "the river in 2023. Volunteers are needed for our first work party on Saturday 15 March.",
            date(2025, 1, 1),
            "",
            id="a-weekday-names-a-year-beyond-the-next",
        ),
    ],
)
def test_document_dates(text: str, earliest: date, rule: str) -> None:
    est = dating.date_document(document(text))
    assert est.earliest is not None and est.earliest >= earliest, est
    assert est.earliest.year == earliest.year, est
    assert not rule or est.rule == rule, est
