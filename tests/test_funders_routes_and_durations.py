"""Funders of a purchase, the ports a route calls at, winners of several seats, what a building is being
turned into, durations ("How long did the outage last?") and two-part questions joined without a comma,
each source's own part, figures a later report places in the asked year, early estimates overtaken,
corrections calling a figure wrong, and timetables told in the present tense."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_table_answer
from tidings.ask import parse_question
from tidings.claims import extract_claims
from tidings.compound import split_compound
from tidings.model import DateEstimate, Document
from tidings.timex import tag

D1 = date(2025, 3, 4)
D2 = date(2025, 3, 11)


@pytest.mark.parametrize(
    ("question", "rows", "ctype", "values", "absent"),
    [
        pytest.param(
            "Who paid for the Carrow Museum's new lifeboat gallery?",
            [
                (
                    D1,
                    "The Carrow Museum's new lifeboat gallery opens in May. The gallery was made possible by "
                    "a grant of £300,000 from the Coastal Heritage Trust and £120,000 from the Mardle "
                    "Foundation.",
                ),
                (
                    None,
                    "Carrow Museum newsletter. Dear members, I am delighted to say that the Friends of "
                    "Carrow Museum gave £40,000 towards the lifeboat gallery, our largest gift yet.",
                ),
                (
                    D2,
                    "More than 900 people in Carrow donated to a community appeal that raised £65,000 for "
                    "the museum's lifeboat gallery.",
                ),
            ],
            "complementary",
            ["Coastal Heritage Trust", "Mardle Foundation", "Friends of Carrow Museum", "community appeal"],
            [],
            id="funders-from-grants-gifts-and-an-appeal",
        ),
        pytest.param(
            "Which ports will the new Strathholm ferry service call at?",
            [
                (
                    D1,
                    "Islay Ferries will launch a new ferry service between Strathholm and Port Keddie on "
                    "Monday 19 May 2025.",
                ),
                (
                    None,
                    "Sailings on the new Strathholm ferry service will call at Innisbeg pier between June "
                    "and September, the company confirmed.",
                ),
                (
                    D2,
                    "Good news for us: on Saturdays the new Strathholm ferry service will carry on from Port "
                    "Keddie to Ravenay.",
                ),
            ],
            "",
            ["Strathholm", "Port Keddie", "Innisbeg", "Ravenay"],
            ["Islay Ferries"],
            id="route-ends-are-ports",
        ),
        pytest.param(
            "Who won the three seats in Kelby North ward?",
            [
                (
                    D1,
                    "12:05 - First seat declared in Kelby North: Ruth Amadi (Green) tops the poll with 1,204 "
                    "votes. 13:10 - Labour's Piotr Zielinski takes the second seat in Kelby North.",
                ),
                (
                    None,
                    "In Kelby North the recount for the last of the three seats has gone to independent "
                    "candidate Alan Brockley.",
                ),
            ],
            "complementary",
            ["Ruth Amadi", "Piotr Zielinski", "Alan Brockley"],
            ["Green Ruth Amadi", "Labour's Piotr Zielinski"],
            id="three-seats-three-winners",
        ),
        pytest.param(
            "What is the old Barrow Street fire station going to be turned into?",
            [
                (
                    D1,
                    "The council has sold the old Barrow Street fire station to the Barrow Arts Trust, which "
                    "will convert it into a community arts centre with studios and a cafe.",
                ),
                (
                    None,
                    "BARROW - A billionaire has bought the old Barrow Street fire station and will turn it "
                    "into a waterpark with a slide from the roof. The Barrow Bugle is a satirical website.",
                ),
            ],
            "misinformation",
            ["community arts centre"],
            ["waterpark"],
            id="conversion-and-a-satirical-one",
        ),
        pytest.param(
            "What caused the Tellgate water outage and how long did it last?",
            [
                (
                    D1,
                    "Tellgate Water said supply was restored on Tuesday evening after an outage that lasted "
                    "about nine hours. A spokesman said there was no evidence of sabotage.",
                ),
                (
                    D2,
                    "Tellgate Water incident report. The root cause was a burst trunk main under Station "
                    "Road, which emptied the town's reservoir.",
                ),
            ],
            "",
            ["burst trunk main", "nine hours"],
            ["sabotage"],
            id="cause-and-duration",
        ),
        pytest.param(
            "How many pupils are on roll at each of Westley Trust's three schools?",
            [
                (
                    D1,
                    "Roll at Westley High tops 1,000. The Westley Trust census put the roll at 1,046 pupils "
                    "in October. Of those, 212 are in the sixth form.",
                ),
                (D2, "There are 640 pupils at Kirk Lane Primary, according to the Westley Trust."),
                (
                    None,
                    "The Westley Trust tells us that 310 people are currently on the roll at Moor End, "
                    "mainly in the infant classes.",
                ),
            ],
            "complementary",
            ["1,046", "640", "310"],
            ["1,000", "212"],
            id="each-sources-best-part",
        ),
        pytest.param(
            "How many containers did Port Dallin handle in 2024?",
            [
                (
                    date(2025, 1, 20),
                    "Port Dallin had its busiest year ever in 2024, with 2.1 million containers crossing the "
                    "quays, port bosses said on Thursday. That is about 140,000 more than the year before.",
                ),
            ],
            "no_conflict",
            ["2.1 million"],
            ["140,000"],
            id="a-later-report-of-the-asked-year",
        ),
        pytest.param(
            "How many hectares has the Brannock Moor fire burned?",
            [
                (date(2025, 8, 4), "The Brannock Moor fire has so far burned about 400 hectares of heather."),
                (
                    date(2025, 8, 9),
                    "Brannock Moor fire contained. The official figure is now 3,100 hectares - the early "
                    "estimates of 400 and then 1,500 hectares were overtaken as the fire spread.",
                ),
            ],
            "outdated",
            ["3,100"],
            ["400", "1,500"],
            id="early-estimates-overtaken",
        ),
        pytest.param(
            "How much wool does Tamsby Mill export to Italy each year?",
            [
                (D1, "Tamsby Mill's annual shipments to Italy now reach 800 tonnes of wool."),
                (
                    D2,
                    "A mill in Tamsby now sends 8,000 tonnes of wool to Italy every year. Correction: An "
                    "earlier version of this article stated that Tamsby Mill exports 8,000 tonnes of wool to "
                    "Italy a year. The correct figure is 800 tonnes.",
                ),
            ],
            "misinformation",
            ["800"],
            ["8,000"],
            id="an-earlier-version-stated",
        ),
        pytest.param(
            "How many people attended the 2025 Harlow Spring Regatta?",
            [
                (D1, "An estimated 30,000 people lined the river for the Harlow Spring Regatta on Saturday."),
                (D1, "Police estimated the peak crowd at the Harlow Spring Regatta at around 12,000 people."),
                (
                    D2,
                    "Harlow town centre blog. Our footfall cameras recorded about 18,000 individual visits "
                    "to the regatta on the day.",
                ),
            ],
            "conflicting_opinions",
            ["30,000", "12,000", "18,000"],
            [],
            id="a-follow-up-naming-the-event-in-part",
        ),
    ],
)
def test_answers(
    question: str, rows: list[tuple[date | None, str]], ctype: str, values: list[str], absent: list[str]
) -> None:
    assert_table_answer(question, rows, ctype, values, absent)


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        pytest.param(
            "What caused the PayLedger outage and how long did it last?",
            ("What caused the PayLedger outage?", "How long did the PayLedger outage last?"),
            id="cause-and-how-long",
        ),
        pytest.param("When and where is the Kelby fair?", None, id="one-event-two-slots"),
        pytest.param("What did the council decide and why?", None, id="no-second-question"),
    ],
)
def test_split_without_comma(question: str, parts: tuple[str, str] | None) -> None:
    assert split_compound(question) == parts


@pytest.mark.parametrize(
    ("question", "kind", "attribute"),
    [
        pytest.param("How long did the PayLedger outage last?", "number", "duration", id="how-long-last"),
        pytest.param("How long will the Abbey Bridge be closed?", "number", "duration", id="how-long-closed"),
        pytest.param("How long is the new runway?", "number", "length", id="how-long-is-length"),
        pytest.param(
            "How long were the security queues at Auckland Airport on Saturday?",
            "number",
            "duration",
            id="how-long-were-the-queues",
        ),
        pytest.param(
            "How long is the wait for a hip operation?", "number", "duration", id="how-long-is-the-wait"
        ),
        pytest.param("How long is the Kelby tunnel?", "number", "length", id="how-long-is-the-tunnel"),
    ],
)
def test_how_long(question: str, kind: str, attribute: str) -> None:
    q = parse_question(question)
    assert (q.kind, q.attribute) == (kind, attribute)


def _claims(sentence: str) -> list:  # type: ignore[type-arg]
    day = date(2025, 8, 9)
    doc = Document(
        id="d", text=sentence, raw=sentence, body=sentence, source="d", format="text", external_id="d"
    )
    return extract_claims(doc, DateEstimate(day, day, "day", 1.0, "test"), tuple(tag(sentence, day)))


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "history", "attribute"),
    [
        pytest.param("The outage lasted just over six hours.", "six", "hours", False, "", id="six-hours"),
        pytest.param(
            "The early estimates of 350 and then 1,200 hectares were overtaken.",
            "1,200",
            "hectares",
            True,
            "",
            id="early-estimates-list",
        ),
        pytest.param(
            "It handled 1.84 million TEU, about 130,000 more than the year before.",
            "130,000",
            "",
            False,
            "change",
            id="more-than-the-year-before",
        ),
        pytest.param(
            "The hall seated 300 more than expected.", "300", "", False, "count", id="control-than-expected"
        ),
    ],
)
def test_quantity_readings(sentence: str, value: str, unit: str, history: bool, attribute: str) -> None:
    found = [c for c in _claims(sentence) if c.kind == "quantity" and c.value == value]
    assert found, [c.value for c in _claims(sentence)]
    c = found[0]
    assert ("history" in c.rule) is history
    if unit:
        assert c.unit == unit
    if attribute:
        assert c.attribute == attribute


@pytest.mark.parametrize(
    ("sentence", "refuted"),
    [
        pytest.param(
            "Note that a figure of 12,000 tonnes reported in some media this week was wrong.",
            True,
            id="was-wrong",
        ),
        pytest.param("He was wrong to resign, his friends say.", False, id="wrong-without-a-report"),
    ],
)
def test_wrong_report(sentence: str, refuted: bool) -> None:
    assert any(c.kind == "refutation" for c in _claims(sentence)) is refuted


@pytest.mark.parametrize(
    ("text", "expression", "tense"),
    [
        pytest.param(
            "The counting has finished. The new council meets for the first time on May 20 to elect a "
            "leader.",
            "May 20",
            "future",
            id="meets-on",
        ),
        pytest.param("Bookings open on March 3.", "March 3", "future", id="open-on"),
        pytest.param(
            "Ferries will launch a new service on Monday May 19, 2025, using the MV Solan, which has been "
            "refurbished at a cost of £3.2 million.",
            "Monday May 19, 2025",
            "future",
            id="relative-clause-verb-after",
        ),
        pytest.param(
            "The council has agreed to keep the service running until 2027.",
            "2027",
            "future",
            id="kept-until",
        ),
        pytest.param("The council met on May 20 to elect a leader.", "May 20", "past", id="control-met-on"),
    ],
)
def test_timetable_tense(text: str, expression: str, tense: str) -> None:
    found = [t for t in tag(text, None) if t.text == expression]
    assert found and found[0].tense == tense, [(t.text, t.tense) for t in tag(text, None)]


# ------------------------------------------------------------------------- power in its units


@pytest.mark.parametrize(
    ("question", "attribute"),
    [
        ("How much electricity will the Kelda geothermal plant generate?", "power"),
        ("How much power does the Brae wind farm produce?", "power"),
        # control: money is no power
        ("How much will the Kelda geothermal plant cost?", "cost"),
    ],
)
def test_power_questions(question: str, attribute: str) -> None:
    assert parse_question(question).attribute == attribute


def test_power_is_answered_in_its_units_not_by_other_figures() -> None:
    rows = [
        (
            D1,
            "The second 40 MW turbine at the Kelda geothermal plant came online, bringing its capacity to "
            "80 MW. Steam comes from wells up to 2,200 metres deep.",
        ),
        (None, "The Kelda plant will produce about 80 megawatts, the utility said, and cost ISK 20 billion."),
    ]
    assert_table_answer(
        "How much electricity will the Kelda geothermal plant generate?",
        rows,
        "no_conflict",
        ["80"],
        absent=["2,200", "ISK 20 billion"],
    )
