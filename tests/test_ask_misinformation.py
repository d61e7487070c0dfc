"""Misinformation: a source's claim is false and the answer gives the true value, never the false one.

Each rule has a row where it must fire and, beside it, a control row of near-identical text where it must not
(plain disagreement, an unrelated correction, a true report). Texts are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import analyzed_doc as _doc
from analyzed import rules_answer as answer

Doc = tuple[str, date | None, str]


def _ask(question: str, docs: list[Doc], as_of: date | None = None) -> tuple[str, tuple[str, ...]]:
    ans = answer(question, [_doc(*d) for d in docs], as_of=as_of)
    return ans.conflict_type, ans.values


def _has(values: tuple[str, ...], want: str) -> bool:
    return any(want.lower() in v.lower() for v in values)


# ------------------------------------------------------------------------------------------------ dates
# A refutation names the false date without repeating the question's words.

_POLL_TRUE: Doc = (
    "p1",
    date(2026, 4, 2),
    "The city council election will be held on Sunday, April 19, 2026, the electoral office said.\n"
    "Polling stations open at 8:00.",
)
_DATES = [
    pytest.param(
        "When is the Dornby city council election being held?",
        [
            _POLL_TRUE,
            (
                "p2",
                date(2026, 4, 8),
                "The Dornby city council election is on April 19.\n"
                "Messages telling residents they can vote on April 20 are fake, officials said.",
            ),
        ],
        "misinformation",
        "2026-04-19",
        "2026-04-20",
        id="refuted-message-names-the-date",
    ),
    pytest.param(
        "When is the Dornby city council election being held?",
        [
            _POLL_TRUE,
            (
                "p2",
                date(2026, 4, 8),
                "The Dornby city council election is on April 19.\n"
                "Messages telling residents they can vote early on April 15 were sent by the office.",
            ),
        ],
        "no_conflict",
        "2026-04-19",
        "2026-04-15",
        id="control-true-message-about-early-voting",
    ),
]


@pytest.mark.parametrize(("question", "docs", "ctype", "value", "never"), _DATES)
def test_refuted_date(question: str, docs: list[Doc], ctype: str, value: str, never: str) -> None:
    got_type, values = _ask(question, docs)
    assert got_type == ctype
    assert _has(values, value)
    assert not _has(values, never)


# ------------------------------------------------------------------------------------------------ people
# A debunked report names the person with another modifier ("Spanish coach X"); the true holder is named
# after a descriptor of an old post ("appointed former Norvik manager Y as head coach").

_COACH_TRUE: Doc = (
    "c1",
    date(2025, 3, 5),
    "The Tarnland Football Federation has appointed former Norvik manager Lena Sova as head coach of the "
    "national team, the federation said on Wednesday.",
)
_PEOPLE = [
    pytest.param(
        "Who has been appointed head coach of the Tarnland national football team?",
        [
            _COACH_TRUE,
            (
                "c2",
                None,
                "Two Tarnland newspapers reported that Spanish coach Diego Marquez had been hired, citing a "
                "parody account made to look like the federation's.\nBoth papers later deleted the story.",
            ),
        ],
        "misinformation",
        "Sova",
        "Marquez",
        id="report-from-parody-account",
    ),
    pytest.param(
        "Who has been appointed head coach of the Tarnland national football team?",
        [
            _COACH_TRUE,
            (
                "c2",
                None,
                "Two Tarnland newspapers reported that Spanish coach Diego Marquez had been hired by "
                "Norvik, citing the club's own account.\nMarquez, 51, last coached in Portugal.",
            ),
        ],
        "no_conflict",
        "Sova",
        "Marquez",
        id="control-true-report-about-another-team",
    ),
]


@pytest.mark.parametrize(("question", "docs", "ctype", "value", "never"), _PEOPLE)
def test_refuted_person(question: str, docs: list[Doc], ctype: str, value: str, never: str) -> None:
    got_type, values = _ask(question, docs)
    assert got_type == ctype
    assert _has(values, value)
    assert not _has(values, never)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "The Tarnland Football Federation has appointed former Norvik manager Lena Sova as head coach.",
            "Lena Sova",
        ),
        # the verb is not one that gives a post: the descriptor names an old post and nothing more
        ("The Tarnland Football Federation has thanked former Norvik manager Lena Sova as head coach.", None),
    ],
)
def test_appointed_after_old_post(text: str, holder: str | None) -> None:
    a = _doc("r1", date(2025, 3, 5), text)
    coaches = [c.value for c in a.claims if c.kind == "role" and c.attribute == "coach"]
    assert coaches == ([holder] if holder else [])


# ------------------------------------------------------------------------------------------------ satire
# A source that says of itself that it makes things up asserts nothing: its report is refuted by its own
# disclaimer, even when no other source names the report.

_SATIRE_Q = "Has Brightline Foods bought the Kessel Harriers rugby club?"
_SATIRE_DENIAL: Doc = (
    "s2",
    date(2024, 4, 3),
    "Kessel Harriers said on Wednesday that the rugby club's ownership is unchanged and the club is not for "
    "sale.",
)


def _satire_post(outlet: str) -> Doc:
    return (
        "s1",
        date(2024, 4, 1),
        "Brightline Foods has bought the Kessel Harriers rugby club for a reported 1 euro, and will pay its "
        f"players in yoghurt.\nThe Kessel Clarion is {outlet}.",
    )


@pytest.mark.parametrize(
    ("docs", "ctype", "value"),
    [
        pytest.param(
            [_satire_post("a satirical website. Nothing on this site is true"), _SATIRE_DENIAL],
            "misinformation",
            "No",
            id="self-declared-satire",
        ),
        pytest.param(
            [_satire_post("a weekly newspaper founded in 1911"), _SATIRE_DENIAL],
            "",
            "",
            id="control-plain-newspaper-disagrees",
        ),
    ],
)
def test_satire_yes_no(docs: list[Doc], ctype: str, value: str) -> None:
    got_type, values = _ask(_SATIRE_Q, docs)
    # the control is a plain disagreement (later denial or opinions): anything but misinformation
    assert got_type == ctype if ctype else got_type != "misinformation"
    # a verdict carries its grounds after a colon ("No: ..."): the verdict is what is tested here
    assert tuple(v.split(":")[0] for v in values) == (
        (value,) if value else tuple(v.split(":")[0] for v in values)
    )


_TICKET_Q = "How much does a season ticket at the Kessel Harriers cost?"
_TICKET_TRUE: Doc = (
    "t1",
    date(2024, 6, 3),
    "A season ticket at the Kessel Harriers costs 240 euros this year, the club said.",
)


@pytest.mark.parametrize(
    ("bio", "ctype"),
    [
        pytest.param(
            'Account bio: "Parody. Not the real Kessel Harriers."', "misinformation", id="parody-bio"
        ),
        pytest.param(
            'Account bio: "Official fan club. Not the real Kessel Harriers."',
            "no_conflict",
            id="control-fan-club-bio",
        ),
    ],
)
def test_satire_figure(bio: str, ctype: str) -> None:
    post: Doc = (
        "t2",
        None,
        f"@HarriersNewz: A season ticket at the Kessel Harriers now costs 900 euros. Outrageous!\n({bio})",
    )
    got_type, values = _ask(_TICKET_Q, [_TICKET_TRUE, post])
    assert got_type == ctype or (ctype == "no_conflict" and got_type != "misinformation")
    assert _has(values, "240") and (ctype != "misinformation" or not _has(values, "900"))


# ------------------------------------------------------------------------------------------------ figures
# A fact check's layout ("Claim: ..." then "Verdict: False.") refutes the figure of the claim line; a
# source that "never claimed 200,000" disowns that figure.

_MARCH_Q = "How many people took part in the May 2025 farmers' march in Dorlen?"
_MARCH_POLICE: Doc = (
    "m1",
    date(2025, 5, 18),
    "Farmers march in Dorlen\nPolice said about 12,000 people took part in the march on Saturday.",
)


def _march_check(verdict: str, quote: str, *, the: str = "") -> Doc:
    return (
        "m2",
        date(2025, 5, 20),
        "FACT CHECK: Video does not show the Dorlen march\n"
        f"{the}Claim: A video shows 90,000 people at the farmers' march in Dorlen.\n"
        f"{the}Verdict: {verdict}.\n"
        f"The farmers' union told us it {quote} and put its own count at 12,000 people.",
    )


@pytest.mark.parametrize(
    ("check", "ctype"),
    [
        pytest.param(_march_check("False", "counted its members"), "misinformation", id="verdict-false"),
        pytest.param(
            _march_check("False", "counted its members", the="The "),
            "misinformation",
            id="the-verdict-false",
        ),
        pytest.param(
            _march_check("Under review", '"never claimed 90,000"'), "misinformation", id="never-claimed"
        ),
        pytest.param(_march_check("Under review", "counted its members"), "", id="control-no-verdict"),
    ],
)
def test_fact_check_layout(check: Doc, ctype: str) -> None:
    got_type, values = _ask(_MARCH_Q, [_MARCH_POLICE, check])
    if ctype:
        assert got_type == ctype
        assert _has(values, "12,000") and not _has(values, "90,000")
    else:
        assert got_type != "misinformation"


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ('The union said it "never claimed 90,000" people had marched.', "refuted"),
        ("The union said 90,000 people had never marched in Dorlen before.", "asserted"),
    ],
)
def test_never_claimed_figure(text: str, polarity: str) -> None:
    a = _doc("n1", date(2025, 5, 20), text)
    assert [c.polarity for c in a.claims if c.kind == "quantity" and c.value == "90,000"] == [polarity]


@pytest.mark.parametrize(
    ("question", "scope"),
    [
        ("How many people took part in the September 2024 climate march in Marrin?", "Marrin"),
        ("How many people live in Marrin?", "Marrin"),
    ],
)
def test_month_is_not_a_scope(question: str, scope: str) -> None:
    from tidings.ask import parse_question

    assert parse_question(question).scope == scope


@pytest.mark.parametrize(
    ("question", "period", "as_of"),
    [
        # a month's figure is published after the month: the month is a period, not a cut-off date
        (
            "What was Norvia's annual inflation rate in June 2024?",
            (date(2024, 6, 1), date(2024, 6, 30)),
            None,
        ),
        ("What was Norvia's annual inflation rate as of June 2024?", None, date(2024, 6, 30)),
    ],
)
def test_month_period(question: str, period: tuple[date, date] | None, as_of: date | None) -> None:
    from tidings.ask import parse_question

    q = parse_question(question)
    assert (q.period, q.as_of) == (period, as_of)


def test_corrected_flash_after_the_month() -> None:
    docs: list[Doc] = [
        ("f1", None, "FLASH: Norvia June inflation jumps to 12.4% - statistics office\nMore to follow."),
        (
            "f2",
            date(2024, 7, 11),
            "CORRECTED-Norvia June inflation rises to 2.4%\n"
            "(Corrects figure in headline to 2.4%, not 12.4%)\n"
            "Norvia's annual inflation rate rose to 2.4% in June from 2.2% in May, the statistics "
            "office said.",
        ),
    ]
    got_type, values = _ask("What was Norvia's annual inflation rate in June 2024?", docs)
    assert got_type == "misinformation"
    assert _has(values, "2.4") and not _has(values, "12.4")


# ------------------------------------------------------------------------------------------------ causes
# A rejected cause named without a cause cue: "dismissing online claims of a cyberattack", "no evidence
# whatsoever of any sabotage", an investigation form's "Evidence of arson: None found".

_FLOOD_Q = "What caused the flooding at the Brannock Dairy plant in Elsford?"
_FLOOD_TRUE: Doc = (
    "w1",
    date(2024, 2, 9),
    "The flooding at the Brannock Dairy plant in Elsford was caused by a burst water main, the water "
    "company said on Friday.",
)
_FLOOD_RUMOUR: Doc = (
    "w0",
    date(2024, 2, 6),
    "Posts about the Brannock Dairy plant in Elsford blamed sabotage by a former employee.",
)


@pytest.mark.parametrize(
    ("text", "ctype"),
    [
        pytest.param(
            "Brannock Dairy's Elsford manager dismissed online claims of sabotage.",
            "misinformation",
            id="dismissed",
        ),
        pytest.param(
            "There is no evidence whatsoever of any sabotage at the Brannock Dairy plant in Elsford, "
            "police said.",
            "misinformation",
            id="no-evidence-whatsoever",
        ),
        pytest.param(
            "ELSFORD FIRE SERVICE - INCIDENT SUMMARY\nSite: dairy plant, Elsford industrial park\n"
            "Evidence of sabotage: None found.",
            "misinformation",
            id="form-from-a-doc-naming-the-site-only",
        ),
        pytest.param(
            "Brannock Dairy's Elsford manager dismissed the staff early as water rose.",
            "no_conflict",
            id="control",
        ),
        pytest.param(
            "ELSFORD FIRE SERVICE - INCIDENT SUMMARY\nSite: dairy plant, Elsford industrial park\n"
            "Evidence of vandalism: None found.",
            "no_conflict",
            id="control-form-rejects-a-cause-no-one-named",
        ),
    ],
)
def test_rejected_cause(text: str, ctype: str) -> None:
    got_type, values = _ask(_FLOOD_Q, [_FLOOD_RUMOUR, _FLOOD_TRUE, ("w2", date(2024, 2, 12), text)])
    assert got_type == ctype
    assert _has(values, "water main") and not _has(values, "sabotage")


# ------------------------------------------------------------------------------------------------ quotes
# "Who said ...?": a line shared under one name is the work of another; the name a source says never said
# it is refuted, the author named by "by", "poet X" or "X wrote" is the answer.

_QUOTE_Q = 'Who said "A harbour is a door, not a fence"?'
_QUOTE_POST: Doc = (
    "q1",
    None,
    '"A harbour is a door, not a fence." - Mayor Tomas Rilke\nShare if you agree!',
)


def _quote_check(office: str) -> Doc:
    return (
        "q2",
        date(2025, 3, 14),
        'A quote widely shared this week and attributed to Mayor Tomas Rilke: "A harbour is a door, not a '
        f'fence."\nThe mayor\'s office said {office}.\nThe line comes from the poem "Pier" by Anna Lisk, '
        "published in 2001.",
    )


@pytest.mark.parametrize(
    ("docs", "ctype", "value", "never"),
    [
        pytest.param(
            [_QUOTE_POST, _quote_check('the mayor "never said this"')],
            "misinformation",
            "Anna Lisk",
            "Rilke",
            id="misattributed",
        ),
        pytest.param(
            [_QUOTE_POST, _quote_check("he quoted it in a speech in May")],
            "",
            "",
            "",
            id="control-quoted-not-denied",
        ),
        pytest.param(
            [_QUOTE_POST],
            "no_conflict",
            "Tomas Rilke",
            "",
            id="control-only-the-post",
        ),
    ],
)
def test_quote_question(docs: list[Doc], ctype: str, value: str, never: str) -> None:
    got_type, values = _ask(_QUOTE_Q, docs)
    # the control quotes the line without denying it: no one is refuted, whoever is credited
    assert got_type == ctype if ctype else got_type != "misinformation"
    assert _has(values, value)
    assert not never or not _has(values, never)
