"""Each side's point of a row as a story sums it up ("X says its ratio of 2.4 shows ..., while Y has called it
a 'white elephant'"; "Supporters say .... Opponents say ..."), and a yes or no answered the other way by the
opposite direction of change ("Will prices rise?" - "prices will fall by 2.5%")."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_answer, table_docs
from analyzed import rules_answer as answer
from tidings.sentences import split
from tidings.sides import side_pairs


def _pairs(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (text[a.start : a.end].strip(), text[b.start : b.end].strip(), a.quoted, b.quoted)
        for a, b in side_pairs(text, list(split(text)))
    ]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        pytest.param(
            "The port authority says the new quay will bring 400 jobs, while the Harbour Residents Group "
            "has called it a 'concrete monster'.",
            "The port authority says the new quay will bring 400 jobs",
            "the Harbour Residents Group has called it a 'concrete monster'.",
            id="while-in-one-sentence",
        ),
        pytest.param(
            "The trust says average waits have fallen to 9 weeks. But nurses say the ward is short of "
            "12 staff every night.",
            "The trust says average waits have fallen to 9 weeks.",
            "But nurses say the ward is short of 12 staff every night.",
            id="but-opens-the-next-sentence",
        ),
        pytest.param(
            "Supporters say the levy would raise £3m a year for buses. Opponents including the shopkeepers' "
            "association warn it would drive away 1 in 5 customers.",
            "Supporters say the levy would raise £3m a year for buses.",
            "Opponents including the shopkeepers' association warn it would drive away 1 in 5 customers.",
            id="supporters-then-opponents",
        ),
        pytest.param(
            "Critics say the scheme wastes £2m. Supporters say it has saved 40 lives.",
            "Critics say the scheme wastes £2m.",
            "Supporters say it has saved 40 lives.",
            id="opponents-then-supporters",
        ),
        pytest.param(
            "The council expects 2,000 visitors a day; the traders' group estimates barely 500.",
            "The council expects 2,000 visitors a day",
            "the traders' group estimates barely 500.",
            id="semicolon",
        ),
    ],
)
def test_sides_set_against_each_other(text: str, first: str, second: str) -> None:
    found = _pairs(text)
    assert [(a, b) for a, b, _, _ in found] == [(first, second)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The mayor says the line will open in 2027, while work continues on the depot.",
            id="control-while-without-a-second-speaker",
        ),
        pytest.param(
            "The trust says average waits have fallen to 9 weeks. The new unit opened in April.",
            id="control-next-sentence-no-contrast",
        ),
        pytest.param(
            "The trust said waits had fallen to 9 weeks. The minister said 12 more beds would open.",
            id="control-two-speakers-without-a-contrast",
        ),
        pytest.param(
            "Supporters say the levy would raise £3m a year. But the vote was postponed to June.",
            id="control-contrast-without-a-speaker",
        ),
    ],
)
def test_no_sides_without_attributed_contrast(text: str) -> None:
    assert _pairs(text) == []


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        pytest.param(
            "Officials say it is good value, while the Taxpayers' Alliance has called it a "
            '"white elephant".',
            "white elephant",
            id="double-quotes-after-a-possessive",
        ),
        pytest.param(
            "Officials say it is good value, while campaigners have branded it “a vanity project”.",
            "a vanity project",
            id="curly-quotes",
        ),
        pytest.param(
            "Officials say it is good value, while the Taxpayers' Alliance's chair says it is too dear.",
            None,
            id="control-apostrophes-are-no-quotes",
        ),
        pytest.param(
            'Officials say it is good value, while critics say "nobody asked for a tram that stops at every '
            'lamp post on the way into the city centre".',
            None,
            id="control-long-quotation-is-no-catchword",
        ),
    ],
)
def test_a_sides_catchword(text: str, quoted: str | None) -> None:
    (_, _, _, got), *_ = _pairs(text)
    assert got == quoted


_DAY = date(2025, 3, 4)

_LEVY = [
    (
        _DAY,
        "Kirkmoor traders fear levy\n\nKirkmoor's proposed workplace parking levy would charge employers "
        "£450 a year for each space. The council says the levy would raise £3.1 million a year for buses, "
        'while the Chamber of Commerce has called it a "tax on jobs". A decision is due in June.',
    ),
    (
        None,
        "Opinion: Kirkmoor needs the parking levy\n\nThe Kirkmoor parking levy is the fairest way to pay for "
        "better buses. Nottingham's scheme has raised more than £80 million since 2012. The council should "
        "be bold and back the levy in June.",
    ),
    (
        None,
        "Chamber warns over Kirkmoor levy\n\nThe Kirkmoor parking levy is a mistake that will push firms "
        "out of the town centre, the Chamber of Commerce said. A survey of 210 members found 38% would "
        "consider moving.",
    ),
]


def test_an_opinion_answer_leads_with_each_sides_point() -> None:
    res = answer("Is the Kirkmoor parking levy a good idea?", table_docs(_LEVY))
    assert res.conflict_type == "conflicting_opinions", res.explanation
    assert {"£3.1 million", "tax on jobs"} <= set(res.values), res.values
    assert "each side's point as a source sums up the row" in res.explanation


def test_control_no_summing_up_no_sides_point() -> None:
    plain = [
        (
            _DAY,
            _LEVY[0][1].replace(
                ', while the Chamber of Commerce has called it a "tax on jobs"', ". A decision is due soon"
            ),
        ),
        *_LEVY[1:],
    ]
    res = answer("Is the Kirkmoor parking levy a good idea?", table_docs(plain))
    assert "each side's point as a source sums up the row" not in res.explanation
    assert "tax on jobs" not in res.values


_PRICES_UP = (
    date(2024, 12, 3),
    "Agent's outlook 2025\n\nBrackford estate agent Lowe & Hart forecasts that house prices in Brackford "
    "will rise by 3.5% in 2025 as mortgage rates ease.",
)
_PRICES_DOWN = (
    None,
    "Why I expect Brackford prices to fall\n\nMy model suggests Brackford house prices will fall by about "
    "2% next year, as 3,000 households come off cheap fixed deals.",
)
_WAITS_DOWN = (
    date(2024, 10, 8),
    "Hub cuts scan waits\n\nThe Oakfield Diagnostic Hub has cut the average wait for a scan in Lindsey "
    "from 10 weeks to 5 weeks, the health board said.",
)
_WAITS_UP = (
    None,
    "Doctors' letter\n\nSenior doctors say the overall waiting list at Lindsey General has grown by 9% "
    "because staff were moved to the Oakfield hub.",
)


@pytest.mark.parametrize(
    ("question", "rows", "ctype", "values"),
    [
        pytest.param(
            "Will house prices in Brackford rise in 2025?",
            [_PRICES_UP, _PRICES_DOWN],
            "conflicting_opinions",
            ["3.5%", "2%"],
            id="rise-answered-by-fall",
        ),
        pytest.param(
            "Is the Oakfield Diagnostic Hub reducing waiting times in Lindsey?",
            [_WAITS_DOWN, _WAITS_UP],
            "conflicting_opinions",
            ["5", "9%"],
            id="reducing-answered-by-grown",
        ),
        pytest.param(
            "Will house prices in Brackford rise in 2025?",
            [_PRICES_UP, (None, _PRICES_DOWN[1].replace("fall", "rise"))],
            "no_conflict",
            ["3.5%"],
            id="control-both-rise",
        ),
    ],
)
def test_opposite_direction_answers_the_other_way(
    question: str, rows: list[tuple[date | None, str]], ctype: str, values: list[str]
) -> None:
    assert_answer(answer(question, table_docs(rows)), ctype, values)
