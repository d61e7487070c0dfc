"""A state one source reports and another denies in the same words ("has DRIED UP" against "has not dried
up"), with no refutation cue: the denying source's own statement answers, the report is misinformation."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import analyzed_doc, rules_answer, table_docs
from tidings.ask import parse_question
from tidings.ask.corrections import correction_for
from tidings.ask.denied import _states, denied_claims
from tidings.claims import is_money
from tidings.conflicts import refutation_of

D1, D2 = date(2024, 4, 2), date(2024, 4, 4)


@pytest.mark.parametrize(
    ("sentence", "told", "denied"),
    [
        ("So the Kelby Geyser has DRIED UP for good.", {"dried up"}, set()),
        ("The geyser has not dried up - the hot water is still there.", set(), {"dried up"}),
        ("The pier hasn't been sold, its owners said.", set(), {"sold"}),
        ("The pier has been sold to a local family.", {"sold"}, set()),
        ("The council has said the pier is safe.", set(), set()),
        ("The library was closed on Monday.", {"closed"}, set()),
    ],
)
def test_states_told_and_denied(sentence: str, told: set[str], denied: set[str]) -> None:
    assert _states(sentence) == (told, denied)


GEYSER = [
    (
        None,
        "Valley Rants\n\nSo the Kelby Geyser has DRIED UP for good. Went to the domain yesterday, nothing.",
    ),
    (
        D2,
        "Kelby Geyser offline for repairs\n\nThe Kelby Geyser is temporarily out of action while repairs are "
        "made to its bore casing, the district council says. The geyser has not dried up - the hot water is "
        "still there.",
    ),
]


def test_a_state_denied_in_its_own_words_is_misinformation() -> None:
    res = rules_answer("What has happened to the Kelby Geyser?", table_docs(GEYSER))
    assert res.conflict_type == "misinformation", res.explanation
    assert any("repairs" in v and "casing" in v for v in res.values), res.values
    assert "misinformation.denied-state" in " ".join(res.explanation)


def test_a_state_no_source_denies_is_no_misinformation() -> None:
    rows = [
        GEYSER[0],
        (D2, "Kelby Geyser offline\n\nThe Kelby Geyser is out of action while its casing is fixed."),
    ]
    res = rules_answer("What has happened to the Kelby Geyser?", table_docs(rows))
    assert "misinformation.denied-state" not in " ".join(res.explanation)


@pytest.mark.parametrize(
    ("sentence", "refutes"),
    [
        (
            "The old pier has not been sold, the city manager said, responding to social media posts that "
            "claimed it had gone to a developer.",
            True,
        ),
        ("The council responded to posts claiming the pool would close.", False),
    ],
)
def test_a_denial_in_response_to_posts_refutes_them(sentence: str, refutes: bool) -> None:
    assert bool(refutation_of(sentence)) is refutes


PIER = [
    (
        None,
        "Kelby Community Board\n\nHeard from someone at city hall that the pier got SOLD to Harbourline "
        "Leisure for $1!!! They're putting a hotel on it.",
    ),
    (
        D2,
        "City: Kelby Old Pier not sold\n\nThe Kelby Old Pier has not been sold, the city manager said "
        "Tuesday, responding to social media posts that claimed it had gone to a hotel developer. \"The "
        "City of Kelby owns the Old Pier,\" she said.",
    ),
]


def test_a_name_only_in_a_denied_report_is_no_answer() -> None:
    res = rules_answer("Who owns the Kelby Old Pier?", table_docs(PIER))
    assert res.conflict_type == "misinformation", res.explanation
    assert not any("Harbourline" in v for v in res.values), res.values
    assert denied_claims(table_docs(PIER)) == {("d1", 23)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The fare to the castle is set at 10 euro per person.", "10 euro"),
        ("Tickets cost 12 euros each.", "12 euros"),
    ],
)
def test_an_amount_in_euro_is_money(text: str, value: str) -> None:
    doc = analyzed_doc("d1", D1, text)
    money = [c for c in doc.claims if c.kind == "quantity" and c.attribute == "amount"]
    assert [c.value for c in money] == [value]
    assert is_money(money[0].unit)


def test_an_event_on_a_span_of_days_is_dated_by_its_first() -> None:
    rows = [
        (
            date(2025, 5, 13),
            "Kelby Church will be moved to its new site on 19-20 August 2025, the mining company said. The "
            "move will take two days.",
        )
    ]
    res = rules_answer("When is Kelby Church to be moved to its new site?", table_docs(rows))
    assert res.values == ("2025-08-19",), res.explanation
    end = rules_answer("When will the move of Kelby Church end?", table_docs(rows))
    assert "2025-08-19" not in end.values, end.explanation


FIREWORKS = [
    (
        None,
        "Kelby Matters (community page)\n\nSo council has CANCELLED the NYE fireworks at Kelby to save "
        "money. Absolute joke.",
    ),
    (
        date(2023, 12, 30),
        "Barge failure, not budget, sank Kelby fireworks\n\nKelby council has rejected social media claims "
        "that it cancelled the New Year's Eve fireworks to save money, saying the display was called off "
        "because the barge used to launch them failed a marine survey.",
    ),
    (
        None,
        "Fact check\n\nClaim: Kelby's NYE fireworks were cancelled due to council budget cuts.\nRating: "
        "Misleading\n\nThe council and the operator both say the Kelby barge failed its marine survey.",
    ),
]


def test_a_cause_a_fact_check_rates_false_is_no_side() -> None:
    q = "Why was the New Year's Eve fireworks display at Kelby cancelled?"
    res = rules_answer(q, table_docs(FIREWORKS))
    assert res.conflict_type == "misinformation", res.explanation
    assert any("barge" in v for v in res.values), res.values
    assert not any("budget" in v or "money" in v for v in res.values), res.values


LIGHTS = [
    (
        None,
        "The Fylde Jester\n\nKelby Lights cancelled as council runs out of bulbs\n\nKelby's famous lights "
        "will not be switched on this year. The Fylde Jester is a satirical website.",
    ),
    (
        date(2025, 7, 23),
        "Kelby Matters (community page)\n\nCan't believe this 😢 THE KELBY LIGHTS ARE CANCELLED this year, "
        "council has run out of money.",
    ),
    (
        date(2025, 7, 24),
        "Kelby Council has moved to reassure visitors that the Kelby Lights are going ahead as normal, after "
        "a satirical article claimed they had been cancelled. The council confirmed the 2025 Kelby Lights "
        "will run from 29 August to 2 November.",
    ),
]


def test_a_posters_dismay_is_no_denial_to_ground_a_no_on() -> None:
    res = rules_answer("Have the Kelby Lights been cancelled this year?", table_docs(LIGHTS))
    assert res.conflict_type == "misinformation", res.explanation
    assert res.values and res.values[0].startswith("No"), res.values
    assert "CANCELLED" not in res.values[0], res.values


@pytest.mark.parametrize(
    ("sentence", "refutes"),
    [
        ("The animal shared online as a grey wolf was in fact a wolfdog named Luna, her owner said.", True),
        ("Staff are aware of a video on social media purporting to show a wolf on the Kelby trail.", True),
        ("The report was in fact accurate, the council said.", False),
    ],
)
def test_shared_as_one_thing_and_in_fact_another(sentence: str, refutes: bool) -> None:
    assert bool(refutation_of(sentence)) is refutes


def test_what_a_thing_shared_as_another_was_in_fact_is_the_correction() -> None:
    rows = [
        (None, "GREY WOLF spotted on the Kelby Rail Trail this morning!!! Keep your kids and dogs close."),
        (
            date(2025, 1, 22),
            "'Wolf' on rail trail was a family pet\\n\\nThe animal filmed on the Kelby Rail Trail and widely "
            "shared online as a grey wolf was in fact a Czechoslovakian wolfdog named Luna, her owner said.",
        ),
    ]
    fix = correction_for(parse_question("What animal was filmed on the Kelby Rail Trail?"), table_docs(rows))
    assert fix is not None and fix.clause == "a Czechoslovakian wolfdog named Luna", fix


@pytest.mark.parametrize(
    ("question", "sentence", "clause"),
    [
        (
            "Is Kelby banning wood-heated saunas?",
            "\"It's a recommendation for a few days a year, not a ban,\" the inspector said.",
            "a recommendation for a few days a year",
        ),
        ("Is Kelby banning wood-heated saunas?", "It is a pilot scheme, not a permanent change.", None),
    ],
)
def test_what_a_thing_is_instead_of_the_reports_word(
    question: str, sentence: str, clause: str | None
) -> None:
    rows = [(date(2024, 10, 23), f"No, Kelby is not banning sauna stoves. {sentence}")]
    fix = correction_for(parse_question(question), table_docs(rows))
    if clause is None:
        assert fix is None or "pilot" not in fix.clause
    else:
        assert fix is not None and fix.clause == clause, fix


def test_a_readers_reply_and_a_verb_of_seeing_deny_nothing() -> None:
    assert _states("We have seen the posts saying our club is folding.") == (set(), set())
    rows = [
        (
            None,
            "Kelby Noticeboard\n\nSad news, hearing Kelby RFC is FOLDING, no senior team this year.\n\n"
            "Top comments:\n- Is this confirmed? Haven't seen anything from the club",
        ),
        (
            date(2025, 2, 12),
            "Kelby RFC - Club statement\n\nWe have seen the posts saying our club is folding. This is not "
            "true. The club will enter a combined senior team with Waikaka RFC for the 2025 season.",
        ),
    ]
    assert denied_claims(table_docs(rows)) == set()
