"""The kind of a thing ("What species was the whale?"), amounts in any currency ("24 kroner", "DKK 24",
"R350"), a long scope restated but for one word, figures that are norms or spans of time rather than the
reading asked for, "What price per litre did ... pay?" as a number question, a chain's branches known by
their towns, callings before a candidate's name, every story of an opinion dispute heard, quoted catchwords
of two sides, causes told as what a check found, what something "reflects", what "is why" or is "behind" a
decision, a cause after "cause:", two sides each saying what it is, and a dateline whose agency we do not
know."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_table_answer, document
from tidings import dating
from tidings.ask.question import parse_question
from tidings.claims import is_money
from tidings.compound import split_compound
from tidings.facts import causes_in
from tidings.sentences import split
from tidings.sides import side_pairs

D1 = date(2025, 11, 20)
D2 = date(2025, 12, 1)
D3 = date(2026, 1, 2)


@pytest.mark.parametrize(
    ("question", "rows", "ctype", "values", "absent"),
    [
        pytest.param(
            "What species was the dolphin found dead at Karoro Beach?",
            [
                (
                    D1,
                    "A 2.4-metre female common dolphin was found dead at Karoro Beach on Sunday. Rangers "
                    "said the common dolphin had no obvious injuries.",
                ),
                (
                    None,
                    "Locals said a dead common dolphin washed up at Karoro Beach at the weekend. Two "
                    "bottlenose dolphins were seen offshore last month.",
                ),
            ],
            "",
            ["common dolphin"],
            ["bottlenose", "female dolphin"],
            id="the-kind-most-sources-write-before-the-noun",
        ),
        pytest.param(
            "What kind of shark was seen off Redhead Beach?",
            [
                (
                    D1,
                    "Lifeguards closed Redhead Beach after a great white shark was seen 200 metres out.",
                ),
                (D2, "The great white shark seen off Redhead Beach on Tuesday was about three metres long."),
            ],
            "",
            ["great white shark"],
            [],
            id="a-kind-of-two-words",
        ),
        pytest.param(
            "How much will a two-zone single bus ticket in Vejlby cost from January?",
            [
                (
                    D1,
                    "VEJLBY, Nov 20 - The price of a two-zone single ticket in the Vejlby area will rise to "
                    "26 kroner from January 1, up from 23 kroner today, the transport company said.",
                ),
                (
                    D2,
                    "From 1 January a standard two-zone ticket on Vejlby city buses will cost DKK 26, "
                    "compared with DKK 23 now.",
                ),
            ],
            "",
            ["26 kroner"],
            ["23"],
            id="kroner-written-after-and-dkk-before-the-figure",
        ),
        pytest.param(
            "How much does a first-class stamp cost?",
            [
                (D1, "Royal Mail said a first-class stamp will cost 85p from Monday, up from 75p."),
                (
                    None,
                    "Stamp prices: what you need to know. A first-class stamp now costs 85p and a large "
                    "letter £1.29.",
                ),
            ],
            "",
            ["85p"],
            ["75p"],
            id="pence-glued-to-the-figure",
        ),
        pytest.param(
            "How much does a Forever stamp cost?",
            [
                (D1, "The price of a Forever stamp rises to 73 cents on Sunday, up from 68 cents."),
                (D2, "Postcard stamps now cost 56 cents and international letters $1.65."),
            ],
            "",
            ["73 cents"],
            ["68 cents", "$1.65"],
            id="cents-written-after-the-figure",
        ),
        pytest.param(
            "How much does the new learner licence test cost in Gauteng?",
            [
                (D1, "The learner licence test in Gauteng now costs R350, the provincial department said."),
            ],
            "",
            ["R350"],
            [],
            id="rand-before-the-figure",
        ),
        pytest.param(
            "What level had the River Calder reached at the Mytholm gauge?",
            [
                (
                    D1,
                    "The River Calder stood at 2.95 metres at the Mytholm gauge on Saturday, its highest "
                    "level in 19 years. Typical level at Mytholm is between 0.4 and 1.1 metres.",
                ),
            ],
            "",
            ["2.95"],
            ["19", "0.4", "1.1"],
            id="a-norm-and-a-span-of-years-are-not-the-reading",
        ),
        pytest.param(
            "What pay rise have Harbour Freight offered striking dock workers at Port Ellery?",
            [
                (
                    D1,
                    "Harbour Freight has offered striking dock workers at Port Ellery a 5.5% pay rise over "
                    "two years, the company said, as the strike entered its second week.",
                ),
            ],
            "",
            ["5.5%"],
            [],
            id="what-pay-rise-is-a-number-question",
        ),
        pytest.param(
            "Which Penrose & Vale bookshops are closing?",
            [
                (D1, "Penrose & Vale will close its shops in Ludlow and Hereford at the end of March."),
                (D2, "Penrose & Vale has confirmed that its branches in Ripon and Kendal will also close."),
            ],
            "complementary",
            ["Ludlow", "Hereford", "Ripon", "Kendal"],
            [],
            id="a-chains-branches-go-by-their-towns",
        ),
        pytest.param(
            "Why has a weight limit been put on the Mill Lane bridge in Ashby?",
            [
                (
                    D1,
                    "A 7.5-tonne weight limit is in place on the Mill Lane bridge in Ashby. A routine "
                    "inspection last week found severe rusting in two of the main girders.",
                ),
                (
                    D2,
                    "The county's bridges engineer said the weight limit on the Mill Lane bridge also "
                    "reflects erosion around the east abutment after the winter floods.",
                ),
            ],
            "",
            ["rusting", "erosion"],
            [],
            id="what-a-check-found-and-what-a-limit-reflects",
        ),
        pytest.param(
            "Why has Fibrelink delayed its broadband rollout in Orton?",
            [
                (
                    D1,
                    "When a rollout slips, people blame the contractor. In Orton the delay to Fibrelink's "
                    "broadband rollout has a duller cause: wayleave agreements.",
                ),
            ],
            "",
            ["wayleave agreements"],
            ["contractor"],
            id="a-cause-after-cause-colon-and-no-generic-blame",
        ),
        pytest.param(
            "Who is standing in the Ruahine District mayoral by-election?",
            [
                (
                    D1,
                    "Engineer Deepak Rana is standing in the Ruahine District mayoral by-election, and so is "
                    "Councillor Mere Tait.",
                ),
                (
                    D2,
                    "Nominations for the Ruahine District mayoral by-election closed with Retired Judge Alan "
                    "Wood standing too.",
                ),
            ],
            "",
            ["Deepak Rana", "Mere Tait"],
            ["Engineer", "Councillor"],
            id="callings-before-a-candidates-name",
        ),
        pytest.param(
            "Who is the chief executive of Marden Health?",
            [
                (
                    D1,
                    "An article on Monday incorrectly reported that Dr. Leah Marsh had stepped down as "
                    "president and CEO of Marden Health. Dr. Marsh remains president and CEO.",
                ),
                (
                    D2,
                    "Marden Health welcomed its new finance chief, said Dr. Leah Marsh, President and CEO.",
                ),
            ],
            "",
            ["Leah Marsh"],
            [],
            id="president-and-ceo-holds-both-posts",
        ),
        pytest.param(
            "Should the Harbour Museum return its Benin plaque to Nigeria?",
            [
                (
                    D1,
                    "Statement from the Harbour Museum. The museum acquired the Benin plaque in good faith "
                    "in 1998 from a London dealer. The museum said it had no plans to return the plaque to "
                    "Nigeria before a review is complete.",
                ),
                (
                    D2,
                    "Opinion | It was looted. Send it home. The Harbour Museum's talk of good faith rings "
                    "hollow. The plaque was looted from Benin City in 1897 and must be returned to Nigeria.",
                ),
            ],
            "conflicting_opinions",
            ["good faith", "looted"],
            [],
            id="every-story-of-an-opinion-dispute-is-heard",
        ),
    ],
)
def test_answers(
    question: str, rows: list[tuple[date | None, str]], ctype: str, values: list[str], absent: list[str]
) -> None:
    assert_table_answer(question, rows, ctype, values, absent)


@pytest.mark.parametrize(
    ("unit", "money"),
    [
        ("$", True),
        ("A$", True),
        ("₹", True),
        ("Rs", True),
        ("DKK", True),
        ("kroner", True),
        ("rand", True),
        ("cents", True),
        ("pence", True),
        ("pounds", False),
        ("%", False),
        ("metres", False),
        ("", False),
    ],
)
def test_money_units(unit: str, money: bool) -> None:
    assert is_money(unit) is money


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What price per litre did the Krishna dairy union pay farmers for buffalo milk?", "number"),
        ("What pay rise have the drivers been offered?", "number"),
        ("What time did the match start?", "date"),
    ],
)
def test_what_figure_questions(question: str, kind: str) -> None:
    assert parse_question(question).kind == kind


@pytest.mark.parametrize(
    ("sentence", "causes", "not_causes"),
    [
        (
            '"The rust is the headline, but the erosion is why we don\'t want lorries on it," she said.',
            ["the erosion"],
            ["but the erosion"],
        ),
        ("Flood damage also behind bridge limit, council says", ["Flood damage"], []),
        (
            "Police said there was no evidence, after claims spread online that hackers were behind "
            "the delay.",
            [],
            ["hackers"],
        ),
        (
            "The operator says it's a driver shortage; the union says it's mismanagement.",
            ["driver shortage"],
            [],
        ),
        ("The operator says it's a driver shortage.", [], ["driver shortage"]),
        ("The mayor wants to blame rents.", ["rents"], []),
        ("Residents and the council blame each other for the flooding.", [], ["each other"]),
        ("A survey found only 8% of people had arrived within the year.", [], ["only 8%"]),
    ],
)
def test_cause_cues(sentence: str, causes: list[str], not_causes: list[str]) -> None:
    found = [c.fact.text for c in causes_in(sentence) if not c.rejected]
    assert all(any(c == f or c in f for f in found) for c in causes), found
    assert not any(n in f for n in not_causes for f in found), found


def test_a_dateline_with_an_agency_we_do_not_know() -> None:
    text = (
        "GUNTUR, Aug 25 (Coastal Andhra Wire) - The district dairy union on Monday raised the price it pays "
        "farmers for cow milk to Rs 41 a litre, up from Rs 39.50, the second rise in 2025."
    )
    est = dating.date_document(document(text), reference=date(2025, 10, 1))
    assert est.rule == "dateline", est
    assert est.earliest == date(2025, 8, 25), est


def test_quoted_catchwords_of_two_sides() -> None:
    text = (
        "The council's landscape officer called the effect \"significant adverse\"; the developer's "
        'consultants say it is "acceptable" given the distance from the village.'
    )
    pairs = side_pairs(text, split(text))
    assert [(a.quoted, b.quoted) for a, b in pairs] == [("significant adverse", "acceptable")]


def test_who_did_it_to_the_thing_asked_for() -> None:
    assert split_compound("What is the new course record at the Tasman Marathon, and who set it?") == (
        "What is the new course record at the Tasman Marathon?",
        "Who set the new course record at the Tasman Marathon?",
    )
    # who holds a record asks of the record itself, answered whole with its holder
    assert split_compound("What is the Danish women's 800 metres record, and who holds it?") is None
