"""A dateline's date is when a story was written, not the day of the event it reports; "born" names its
event; places "off" a coast, "including" a list, or opening a sentence that puts them under an alert; where
smoke comes from is no place under the alert; a refuted place sets no bar for a source's other sentences;
"What does a licence cost?" answered by a fee, but a fare the question names is what is priced; a rival
estimate in a headline that "warns"; "How much should rates rise this year?"; figures read as sides when the
sources take sides; two bodies blaming each other are two causes; a compound question's second part with
its own subject; works by their quoted titles; who sits on a jury; names in any Latin script; a refutation
that names the person a report put in the post; who is captaining a team; a "No" rests on the clause that
denies."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_table_answer, document, rules_answer
from tidings import dating
from tidings.ask import _rivals_as_sides
from tidings.ask.question import parse_question
from tidings.ask.yesno import _grounds
from tidings.claims import extract_claims
from tidings.compound import split_compound
from tidings.model import Analyzed, Answer, Superseded
from tidings.timex import tag

D1 = date(2025, 3, 4)
D2 = date(2025, 3, 6)
D3 = date(2025, 3, 10)


@pytest.mark.parametrize(
    ("question", "rows", "ctype", "values", "absent"),
    [
        pytest.param(
            "Where was the wreck of the trawler Marri Bell found?",
            [
                (
                    D1,
                    "Volunteer divers have located the wreck of the Marri Bell, a steam trawler lost with "
                    "nine crew in 1911, off Cape Dunmore in the Tasman Sea.",
                ),
                (None, "The announcement puts the wreck firmly off Cape Dunmore, far from earlier searches."),
            ],
            "",
            ["Cape Dunmore"],
            ["Tasman Sea"],
            id="a-place-off-a-coast",
        ),
        pytest.param(
            "Which parts of Manitoba are under the air quality alert for wildfire smoke?",
            [
                (
                    D1,
                    "Environment Canada issued an air quality alert Tuesday for northern Manitoba, including "
                    "Thompson, as smoke from wildfires in Saskatchewan drifts east.",
                ),
                (
                    D2,
                    "Brandon and much of southwest Manitoba were added to the air quality alert on Wednesday "
                    "as the smoke thickened.",
                ),
            ],
            "",
            ["Thompson", "Brandon"],
            ["Saskatchewan"],
            id="places-under-an-alert-not-where-the-smoke-comes-from",
        ),
        pytest.param(
            "Where is the ferry Islay Dawn?",
            [
                (
                    None,
                    "SHARE NOW: the ferry Islay Dawn has sunk off Rubha Point with all passengers aboard!!",
                ),
                (
                    D2,
                    "Posts claiming that the ferry Islay Dawn has sunk off Rubha Point are untrue. The Islay "
                    "Dawn is safely berthed at Kennacraig, where she has been since Monday for repairs.",
                ),
            ],
            "",
            ["Kennacraig"],
            ["Rubha Point"],
            id="a-refuted-place-sets-no-bar",
        ),
        pytest.param(
            "How much does a dog licence cost in Mourne?",
            [
                (D1, "Dog licences in Mourne\nStandard licence: £14.00\nFixed penalty for no licence: £80"),
                (
                    None,
                    "A Mourne council spokesperson said the annual fee of £14 had not changed since 2015.",
                ),
            ],
            "",
            ["£14"],
            ["£80"],
            id="a-cost-answered-by-a-fee",
        ),
        pytest.param(
            "How much does a single adult fare on the Kelby to Orran Island ferry cost?",
            [
                (
                    D1,
                    "A single adult fare on the Kelby to Orran Island ferry is $9.50. The child fare is "
                    "$4.75.",
                ),
            ],
            "",
            ["$9.50"],
            ["$4.75"],
            id="the-fare-named-is-what-is-priced-not-a-word-for-the-price",
        ),
        pytest.param(
            "How much will the tram extension to Moorside cost?",
            [
                (
                    D1,
                    "Tram line to Moorside will cost 'closer to £900 million', economist warns\nThe "
                    "estimate of £550 million for the Moorside extension is far too low, said Dr Ana Ruiz.",
                ),
                (
                    D2,
                    "The Moorside tram extension is estimated to cost about £550 million, the authority "
                    "said.",
                ),
            ],
            "conflicting_opinions",
            ["£900 million", "£550 million"],
            [],
            id="a-rival-estimate-in-a-headline-that-warns",
        ),
        pytest.param(
            "How much should Kelso's rates rise this year?",
            [
                (
                    D1,
                    "Kelso District Council staff are recommending an average rates increase of 12.4% for "
                    "2025-26. Last year rates rose 8.2%.",
                ),
                (None, "The ratepayers' association calls on the council to cap the rates increase at 6%."),
            ],
            "",
            ["12.4%"],
            ["8.2%"],
            id="a-rise-asked-for-this-year",
        ),
        pytest.param(
            "Who is to blame for Pretoria's water cuts?",
            [
                (
                    None,
                    "Magalies Water blames Tshwane Water. Tshwane Water blames Magalies Water. Residents "
                    "just want the taps on.",
                ),
                (D2, "Residents in Mamelodi have been without water for six days."),
            ],
            "",
            ["Tshwane Water", "Magalies Water"],
            [],
            id="two-bodies-that-blame-each-other-are-two-causes",
        ),
        pytest.param(
            "Who was on the main jury at the Haldor Film Festival in Bodø, and which film won the top prize?",
            [
                (
                    D1,
                    "BODØ - Director Ingrid Solvang will lead this year's Midnight Sun Prize jury at the "
                    "Haldor Film Festival, with producer Kwame Asante and critic Tove Lind on the main jury.",
                ),
                (
                    D3,
                    'BODØ, March 10 - Icelandic drama "The Whale Road" won the Midnight Sun Prize at the '
                    "Haldor Film Festival on Saturday.",
                ),
            ],
            "complementary",
            ["Ingrid Solvang", "The Whale Road"],
            [],
            id="a-second-question-with-its-own-subject-and-a-quoted-title",
        ),
        pytest.param(
            "Who will be the next chief conductor of the Fjordkyst Philharmonic?",
            [
                (
                    D1,
                    "Jonas Reiter, the Austrian conductor, has been hired as the next chief conductor of the "
                    "Fjordkyst Philharmonic, sources close to the board said.",
                ),
                (
                    date(2025, 2, 20),
                    "BERGEN, Feb 20 - Norwegian conductor Åse Bjørnstad will become chief conductor of the "
                    "Fjordkyst Philharmonic from next season, the orchestra said. Rumours that Jonas Reiter "
                    "had been chosen were denied by the orchestra at the time.",
                ),
            ],
            "misinformation",
            ["Åse Bjørnstad"],
            ["Jonas Reiter"],
            id="a-refutation-naming-the-person-a-report-put-in-the-post",
        ),
        pytest.param(
            "Who is the captain of the Kestrel Bay netball team?",
            [
                (
                    D1,
                    "Kestrel Bay have dismissed as untrue a report that Mia Tane has been stripped of the "
                    "captaincy.",
                ),
                (D2, "Captain Mia Tane scored 31 goals as Kestrel Bay beat Hollow Point."),
            ],
            "",
            ["Mia Tane"],
            [],
            id="a-report-that-the-holder-lost-the-post-is-no-report-putting-another-in",
        ),
    ],
)
def test_answers(
    question: str, rows: list[tuple[date | None, str]], ctype: str, values: list[str], absent: list[str]
) -> None:
    assert_table_answer(question, rows, ctype, values, absent)


def _dated(name: str, text: str, given: str | None = None) -> Analyzed:
    """A document dated by the dating cascade itself, so its evidence (a dateline) is recorded."""
    doc = document(text, given=given, name=name)
    est = dating.date_document(doc, reference=None)
    tx = tuple(tag(text, est.earliest if est.granularity == "day" else None))
    return Analyzed(doc, est, tx, tuple(extract_claims(doc, est, tx)))


def test_a_datelines_date_is_not_the_events() -> None:
    docs = [
        _dated(
            "d1",
            "AARHUS, Sept 18 (Reuters) - A giant panda cub has been born at Aarhus Zoo, the zoo said on "
            "Thursday. The cub was born on 16 September to eight-year-old female Hua Lin.",
            given="2025-09-18",
        ),
    ]
    res = rules_answer("When was the giant panda cub at Aarhus Zoo born?", docs)
    assert res.values and "2025-09-16" in res.values[0], res.explanation


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        (
            "Who was on the jury at the Nordkap Film Festival, and which film won the top prize?",
            "Who was on the jury at the Nordkap Film Festival?",
            "Which film won the top prize at the Nordkap Film Festival?",
        ),
        (
            "Who chairs the Dunmore Arts Trust, and what grant did it win?",
            "Who chairs the Dunmore Arts Trust?",
            "What grant did the Dunmore Arts Trust win?",
        ),
    ],
)
def test_compound_questions(question: str, first: str, second: str) -> None:
    assert split_compound(question) in ((first, second), None)
    if question.startswith("Who was on"):
        assert split_compound(question) == (first, second)


@pytest.mark.parametrize(
    ("question", "attribute", "scope"),
    [
        ("Who is captaining Ireland's women's Test team?", "captain", "Ireland's women's Test team"),
        ("Who will coach the Highland Lions?", "coach", "Highland Lions"),
        ("Who captains the Sale Sharks?", "captain", "Sale Sharks"),
    ],
)
def test_who_holds_a_post_by_its_verb(question: str, attribute: str, scope: str) -> None:
    q = parse_question(question)
    assert (q.kind, q.attribute, q.scope) == ("person", attribute, scope)


def test_a_rise_asked_for_a_period_is_measured_by_the_rise() -> None:
    q = parse_question("How much should Kelso's rates rise this year?")
    assert q.focus == "Kelso's rates rise"


def test_figures_set_aside_as_older_read_as_sides() -> None:
    res = Answer(
        "How much should rates rise?",
        "number",
        "12.4%, as of 2025-03-04 [d1].",
        ("12.4%",),
        "outdated",
        "2025-03-04",
        (),
        superseded=(
            Superseded("6%", "d2", None, "d2", "older as-of than the current value"),
            Superseded("11%", "d3", "2025-02-20", "d3", "older as-of than the current value"),
            Superseded("8.2%", "d1", "2024", "d1", "older as-of than the current value"),
            Superseded("7%", "d1", "2025-03-01", "d1", "given as past by its source"),
        ),
    )
    sides = _rivals_as_sides(res)
    assert sides.values == ("12.4%", "6%", "11%")
    assert [s.value for s in sides.superseded] == ["8.2%", "7%"]


@pytest.mark.parametrize(
    ("quote", "denial", "grounds"),
    [
        (
            "A few districts have discussed four-day weeks, but the Ashby board has never considered it.",
            True,
            "the Ashby board has never considered it.",
        ),
        (
            "A few districts have discussed four-day weeks, but the Ashby board has never considered it.",
            False,
            "A few districts have discussed four-day weeks",
        ),
    ],
)
def test_a_no_rests_on_the_clause_that_denies(quote: str, denial: bool, grounds: str) -> None:
    q = parse_question("Is the Ashby district moving to four-day weeks?")
    assert _grounds(q, quote, denial=denial) == grounds
