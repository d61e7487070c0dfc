"""A numbered grade the question names ("Level 3 orders", not Level 1), the items of a bulleted list, places
an order "went out for", a share less than the whole it is part of, places named beside the question's own
(its peers, not places in it), the ends of a route ("the Ardmhor to Kilbrann crossing"), a rider "of" a
team, the parts of a plan each with its date, a holder who "took office today as the 14th president", a
body's common-noun post ("Faculty senate president"), a resignation announced, where an event used to be
held, and the tense of a clause a report frames."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import analyzed_doc, assert_table_answer
from tidings.timex._tense import TenseFinder

D1 = date(2025, 3, 4)
D2 = date(2025, 6, 10)
D3 = date(2025, 9, 16)


@pytest.mark.parametrize(
    ("question", "rows", "ctype", "values", "absent"),
    [
        pytest.param(
            "Which communities were under Level 3 evacuation orders because of the Sallow Crag Fire?",
            [
                (
                    D2,
                    "SALLOW CRAG FIRE - EVACUATION UPDATE\n\n"
                    "The following areas are at LEVEL 3 - LEAVE NOW:\n"
                    "- Birch Hollow (all homes on Birch Hollow Rd)\n"
                    "- Tarn Flats, including the campground\n\n"
                    "LEVEL 1 - BE READY: the community of Oxley Springs.",
                ),
                (
                    None,
                    "Level 3 orders went out this morning for Birch Hollow and Tarn Flats, and this evening "
                    "residents of Upper Reddin were told to leave now.",
                ),
            ],
            "",
            ["Birch Hollow", "Tarn Flats"],
            ["Oxley Springs"],
            id="a-grade-the-question-numbers-and-the-items-of-a-bulleted-list",
        ),
        pytest.param(
            "How is Wendmoor Council's new £6 million community fund being split?",
            [
                (
                    D1,
                    "Full Council approved a net budget of £98.4 million and a new £6 million community fund "
                    "to be spent over two years. The largest share of the fund, £4.1 million, will go on "
                    "flood defences at Eastmere.",
                ),
                (
                    None,
                    "Nine village halls will be repaired with £1.2 million from the council's new community "
                    "fund, the cabinet member confirmed on Tuesday.",
                ),
            ],
            "complementary",
            ["£4.1 million", "£1.2 million"],
            ["£98.4 million"],
            id="a-share-is-less-than-the-whole",
        ),
        pytest.param(
            "Where has bird flu been confirmed in the Harrowdale district this month?",
            [
                (
                    D3,
                    "Bird flu has been confirmed at a turkey farm near Quarley, the agency said on Monday. "
                    "It is the first case in the Harrowdale district this season.",
                ),
                (
                    None,
                    "The agency has confirmed avian influenza at a laying hen unit at Ebbing Marsh, "
                    "Harrowdale. It is the second case in the district this month.",
                ),
                (
                    None,
                    "Eastern England has recorded a cluster of avian influenza outbreaks, with confirmed "
                    "cases in Suffolk, Essex and the Harrowdale district.",
                ),
            ],
            "",
            ["Quarley", "Ebbing Marsh"],
            ["Suffolk", "Essex"],
            id="places-named-beside-the-questions-own-are-its-peers",
        ),
        pytest.param(
            "Which routes will Firth Ferries' two new electric ferries serve?",
            [
                (
                    D2,
                    "The first of two electric ferries for Firth Ferries was launched at the Carrick yard on "
                    "Tuesday. MV Tern will enter service on the Ardlow to Kinmore crossing next spring.",
                ),
                (
                    None,
                    "Islanders in Crainish will have an electric ferry next year, Firth Ferries has "
                    "confirmed. The second of its new vessels, MV Puffin, will operate between Port Sella "
                    "and Crainish once charging equipment is installed.",
                ),
            ],
            "",
            ["Ardlow", "Kinmore", "Port Sella", "Crainish"],
            [],
            id="the-ends-of-a-route-named-before-the-word-crossing",
        ),
        pytest.param(
            "Who won the overall title at the 2025 Tour of the Ashdown Hills?",
            [
                (
                    D2,
                    "ELMSTEAD, June 8 - Piet Vandermolen of Team Corvex won the Tour of the Ashdown Hills on "
                    "Sunday, finishing safely in the bunch on the final stage.",
                ),
            ],
            "",
            ["Piet Vandermolen"],
            ["Team Corvex"],
            id="a-rider-of-a-team-won-not-the-team",
        ),
        pytest.param(
            "When are the main parts of the Kellow Airport expansion due to be completed?",
            [
                (
                    D1,
                    "Kellow Airport welcomed the approval of its expansion plan today. The first phase, an "
                    "extension to the terminal, will begin early next year and is due to be completed in "
                    "2027.",
                ),
                (
                    None,
                    "Kellow Airport's runway will be lengthened by 300 metres under plans published "
                    "yesterday, but the work will not be finished until 2029.",
                ),
            ],
            "complementary",
            ["2027", "2029"],
            ["2026"],
            id="the-parts-of-a-plan-each-with-its-date",
        ),
        pytest.param(
            "Who is the president of Marlow University?",
            [
                (
                    D1,
                    "Marlow University President Joan Pryce announced her resignation on Thursday. Faculty "
                    "senate president Omar Lydd said the vote of no confidence was never personal.",
                ),
                (
                    D3,
                    "Peter Anand took office today as the 12th president of Marlow University, succeeding "
                    "interim president Tom Keel.",
                ),
            ],
            "",
            ["Peter Anand"],
            ["Omar Lydd", "Joan Pryce"],
            id="took-office-today-as-the-12th-president",
        ),
        pytest.param(
            "Where is the 2025 Fennick Festival being held?",
            [
                (
                    D1,
                    "The Fennick Festival will return to Holt Park from 18 to 20 July, organisers said. Holt "
                    "Park has hosted the festival since 2019. Before then it was held on a farm near "
                    "Stowbridge.",
                ),
                (
                    None,
                    "Free shuttle buses run from the station to Holt Park every 20 minutes. All festival "
                    "parking is at Larch Farm, a 10-minute walk from the main gate.",
                ),
            ],
            "",
            ["Holt Park"],
            ["Stowbridge", "Larch Farm"],
            id="one-place-and-not-where-it-used-to-be-held",
        ),
    ],
)
def test_answers(
    question: str, rows: list[tuple[date | None, str]], ctype: str, values: list[str], absent: list[str]
) -> None:
    assert_table_answer(question, rows, ctype, values, absent)


@pytest.mark.parametrize(
    ("text", "value", "role", "former"),
    [
        pytest.param(
            "Halden University's Board of Trustees on Wednesday unanimously selected Ruth Calder-Benn, "
            "currently executive vice president at Pacific Coast State University, as the university's 14th "
            "president.",
            "Ruth Calder-Benn",
            "president",
            False,
            id="a-board-selected-her-as-its-14th-president",
        ),
        pytest.param(
            "Ruth Calder-Benn took office today as the 14th president of Halden University.",
            "Ruth Calder-Benn",
            "president",
            False,
            id="took-office-today-as",
        ),
        pytest.param(
            "Halden University President Ellen Marsh announced her resignation on Thursday.",
            "Ellen Marsh",
            "president",
            True,
            id="announced-her-resignation",
        ),
    ],
)
def test_role_claims(text: str, value: str, role: str, former: bool) -> None:
    found = analyzed_doc("d1", D3, text).claims
    claims = [c for c in found if c.kind == "role" and c.value == value]
    assert claims, [c.value for c in found]
    assert claims[0].attribute == role
    assert ("former" in claims[0].rule) == former, claims[0].rule


def test_a_common_noun_body_before_a_title_is_another_post() -> None:
    text = "Faculty senate president Amy Thornton said the vote was never personal."
    claims = [c for c in analyzed_doc("d1", D3, text).claims if c.kind == "role"]
    assert claims and claims[0].subject.lower().endswith("senate")


@pytest.mark.parametrize(
    ("text", "phrase", "tense"),
    [
        pytest.param(
            "Passengers will be able to ride trams to Hollybrook from Sunday 29 March 2026, the transport "
            "authority announced on Tuesday.",
            "Sunday 29 March 2026",
            "future",
            id="a-report-after-a-comma-frames-the-clause",
        ),
        pytest.param(
            "Larkhollow returns to Ashcombe Park on 25-27 July 2025 for three days of music.",
            "27 July 2025",
            "future",
            id="a-return-in-the-present-simple-with-a-range",
        ),
        pytest.param(
            "Passengers will pay £8.40 for an adult single from April, after councillors approved a rise on "
            "Tuesday.",
            "April",
            "future",
            id="a-clause-after-a-comma-and-after",
        ),
        pytest.param("The new fares take effect on 1 April.", "1 April", "future", id="take-effect-on"),
    ],
)
def test_tense(text: str, phrase: str, tense: str) -> None:
    at = text.index(phrase)
    assert TenseFinder(text).tense(at, at + len(phrase)) == tense
