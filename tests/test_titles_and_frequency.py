"""Works listed one to a line answer "Which books ..." by their whole titles; "How often" is answered by the
frequency in force ("fortnightly again from April"); "called out 96 times" counts callouts; a count written
in words keeps them ("five homes"); a season reads "spring 2025"; "passenger services will start on" is a
line's opening; "going up" asks for a rise; a figure's hedge does not hide its history ("down from the up
to 500"); "(earlier £4)" and "from the current 5,500" are history; "the R712" is a road, not rand; a dateline
is no event's date; a winner "briefly declared" before a recount is the older answer."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_table_answer

D1 = date(2024, 3, 4)
D2 = date(2024, 3, 18)
D3 = date(2025, 2, 10)


@pytest.mark.parametrize(
    ("question", "rows", "ctype", "values", "absent"),
    [
        pytest.param(
            "Which novels are on the 2025 Ashcombe Prize shortlist?",
            [
                (
                    D1,
                    "The Ashcombe Prize today announced its 2025 shortlist of four novels:\n\n"
                    "- The Quiet Orchard by Mara Lind\n"
                    "- A House of Paper Birds by Tom Reyes\n"
                    "- Salt and Cedar by Ines Holm\n"
                    "- Winter Lamps by Joel Park\n\n"
                    "The winner will be named in May.",
                ),
            ],
            "",
            ["The Quiet Orchard", "A House of Paper Birds", "Salt and Cedar", "Winter Lamps"],
            ["Mara Lind", "Tom Reyes"],
            id="bulleted-titles-whole",
        ),
        pytest.param(
            "Which films won the Grand Kestrel and the Critics' Award at the Tarn Film Festival?",
            [
                (
                    D1,
                    "The Tarn Film Festival closed on Saturday.\n\n"
                    "GRAND KESTREL: The Long Field (dir. Ana Weiss)\n"
                    "CRITICS' AWARD: Salt of the Earth Road (dir. Paul Oduya)\n"
                    "BEST SHORT: Moths (dir. Lin Cho)\n",
                ),
            ],
            "",
            ["The Long Field", "Salt of the Earth Road"],
            ["Moths", "Ana Weiss"],
            id="labelled-lines-the-question-names",
        ),
        pytest.param(
            "Which books are in the Harbour Books summer window?",
            [
                (
                    D1,
                    "Our summer window at Harbour Books is up:\n\n"
                    "The Glass Tide - Ruth Ames\n"
                    "Field Notes on Rain - Omar Fell\n"
                    "Come in and browse.",
                ),
            ],
            "",
            ["The Glass Tide", "Field Notes on Rain"],
            ["Ruth Ames"],
            id="title-dash-author-lines",
        ),
        pytest.param(
            "How often are green bins emptied in Ardlow?",
            [
                (
                    date(2021, 8, 2),
                    "From Monday 4 October 2021, green bins in Ardlow will be emptied every three weeks "
                    "instead of fortnightly.",
                ),
                (
                    date(2023, 2, 20),
                    "Green bins in Ardlow will be emptied fortnightly again from April, reversing the switch "
                    "to three-weekly collections made in 2021.",
                ),
            ],
            "outdated",
            ["fortnightly"],
            ["three"],
            id="frequency-changed-back",
        ),
        pytest.param(
            "How many callouts did the Tarn Valley lifeboat have in 2023?",
            [
                (
                    date(2024, 1, 5),
                    "The Tarn Valley lifeboat was called out 96 times in 2023, its busiest year. The rise - "
                    "from 81 the year before - came as visitor numbers grew.",
                ),
            ],
            "",
            ["96"],
            ["81"],
            id="called-out-n-times",
        ),
        pytest.param(
            "How many homes were destroyed in Pellow?",
            [(D1, "Five homes were destroyed in Pellow by the landslip on Sunday, the council said.")],
            "",
            ["five homes"],
            [],
            id="a-count-in-words-with-its-noun",
        ),
        pytest.param(
            "When will the Ardlow leisure centre reopen?",
            [(D1, "The Ardlow leisure centre will reopen in spring 2025, the council said on Monday.")],
            "",
            ["spring 2025"],
            ["SP"],
            id="a-season-as-written",
        ),
        pytest.param(
            "When will the Bramford rail link open?",
            [
                (D1, "The Bramford rail link will not open until autumn 2024, the operator said."),
                (
                    D3,
                    "Passenger services on the Bramford rail link will start on Sunday 9 March 2025, the "
                    "operator confirmed.",
                ),
            ],
            "outdated",
            ["2025-03-09"],
            [],
            id="services-start-is-the-opening",
        ),
        pytest.param(
            "How much are water bills in Kettlewell going up from April?",
            [(D1, "Water bills in Kettlewell will rise by 8.4% from April, the supplier said.")],
            "",
            ["8.4%"],
            [],
            id="going-up-asks-for-the-rise",
        ),
        pytest.param(
            "How many jobs is Corvale Foods cutting?",
            [
                (D1, "Corvale Foods will cut up to 500 jobs at its Tarn plant, the company said."),
                (
                    D2,
                    "Corvale Foods said the number of jobs to go at its Tarn plant is now 320, down from the "
                    "up to 500 announced last month.",
                ),
            ],
            "",
            ["320"],
            ["500"],
            id="history-behind-a-hedge",
        ),
        pytest.param(
            "How much is the entry fee for Hollin Country Park?",
            [(D1, "The entry fee for Hollin Country Park is £6 per car (earlier £4) from 1 May.")],
            "",
            ["£6"],
            ["£4"],
            id="earlier-figure-in-brackets",
        ),
        pytest.param(
            "How much will the Dromore bypass cost?",
            [(D1, "The Dromore bypass will cost €48 million and includes a new bridge over the R712.")],
            "",
            ["€48 million"],
            ["R712"],
            id="a-road-is-not-rand",
        ),
        pytest.param(
            "When does tolling start on the Ilanga bridge?",
            [
                (
                    date(2022, 2, 10),
                    "Durban, 10 February 2022 - Tolling on the Ilanga bridge will start on 1 March 2022, the "
                    "roads agency said.",
                ),
            ],
            "",
            ["2022-03-01"],
            ["2022-02-10"],
            id="a-dateline-is-no-event-date",
        ),
        pytest.param(
            "Who won the Ward 2 seat on the Elmford council?",
            [
                (
                    date(2022, 11, 9),
                    "Ann Corr appears to have won the Ward 2 seat on the Elmford council by three votes, "
                    "according to unofficial results.",
                ),
                (
                    date(2022, 12, 2),
                    "A recount confirmed Joe Pell as the winner of the Ward 2 seat on the Elmford council. "
                    "Ann Corr, who was briefly declared the winner on election night, conceded.",
                ),
            ],
            "outdated",
            ["Joe Pell"],
            ["Ann Corr"],
            id="a-winner-before-the-recount",
        ),
        pytest.param(
            "Why was the Tarnside show cancelled?",
            [
                (D1, "Posts claim the Tarnside show was cancelled because of poor ticket sales."),
                (
                    D2,
                    "Organisers rejected rumours that the Tarnside show was cancelled because of poor ticket "
                    'sales. "The only reason we\'ve cancelled is flooding," the chair said.',
                ),
            ],
            "",
            ["flooding"],
            [],
            id="the-only-reason-is",
        ),
    ],
)
def test_answers(
    question: str, rows: list[tuple[date | None, str]], ctype: str, values: list[str], absent: list[str]
) -> None:
    assert_table_answer(question, rows, ctype, values, absent)
