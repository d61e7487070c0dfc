"""Causes a sentence rules out beside its own ("an algal bloom and not chemical waste", "the main break was
not the cause"), a first finding told as such, one cause every source names, questions that ask who
supports and who opposes, and a question in a post that takes no side."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from analyzed import (
    analyzed_doc,
    assert_answer,
    assert_values,
    corpus_dates,
    document,
    rules_answer,
    table_docs,
)
from tidings import dating
from tidings.ask import _dated_by_the_pile, parse_question
from tidings.ask.common import ONE_ACCOUNT, _on_topic
from tidings.ask.corrections import _in_reply, correction_for
from tidings.ask.sides_asked import sides_asked
from tidings.ask.yesno import _with_other_side
from tidings.conflicts import change_of, refutation_of
from tidings.facts import causes_in
from tidings.model import Answer

D1, D2, D3 = date(2024, 8, 5), date(2024, 8, 6), date(2024, 8, 9)


@pytest.mark.parametrize(
    ("sentence", "held", "ruled_out"),
    [
        (
            "The brown foam seen off Kelp Point this week was caused by a natural plankton bloom and not by "
            "sewage, marine scientists said.",
            "a natural plankton bloom",
            "sewage",
        ),
        (
            "The closure was due to a cracked bearing and not the flood, the engineers said.",
            "a cracked bearing",
            "flood",
        ),
        (
            "The burst main on Quarry Lane was fixed within hours and was not the cause of the outage.",
            None,
            "burst main",
        ),
        ("The heatwave was not the reason the rink closed.", None, "heatwave"),
    ],
)
def test_a_cause_ruled_out_beside_another(sentence: str, held: str | None, ruled_out: str) -> None:
    found = {(c.fact.text, c.rejected) for c in causes_in(sentence)}
    assert (ruled_out, True) in found, found
    if held is not None:
        assert (held, False) in found, found
    for c in causes_in(sentence):
        assert sentence[c.fact.start : c.fact.end] == c.fact.text


def test_a_cause_and_not_a_second_is_one_cause_with_no_negation() -> None:
    # "and not" inside a cause's own words would make the cause read as rejected
    texts = [c.fact.text for c in causes_in("Delays were caused by a signal fault and not by staff.")]
    assert "a signal fault" in texts
    assert not any("not" in t for t in texts)


ADVISORY = [
    (
        D1,
        "Town of Ashcombe - Public Notice\n\nA precautionary boil water notice is in effect. The notice "
        "follows a burst main on Quarry Lane this morning, which caused a loss of pressure.",
    ),
    (
        D2,
        "Town of Ashcombe - UPDATE: Boil water notice\n\nTesting has found the problem. The notice was "
        "needed because of low chlorine levels after a dosing pump failed at the treatment works "
        "overnight.\n\nThe burst main on Quarry Lane was repaired within hours and was not the cause of the "
        "notice.",
    ),
    (
        D3,
        "Ashcombe boil water notice lifted\n\nThe town said the notice, first blamed on a burst main, was "
        "actually caused by the failure of a dosing pump at the treatment works.",
    ),
]


def test_a_first_finding_later_ruled_out_is_an_outdated_cause() -> None:
    res = rules_answer("Why was a boil water notice issued in Ashcombe?", table_docs(ADVISORY))
    assert_answer(res, "outdated", ["dosing pump"])
    assert any("burst main" in s.value for s in res.superseded), res.superseded


POOL_ROOF = [
    (
        D1,
        "Ashcombe pool shut after engineers find roof corrosion\n\nThe council has closed the pool "
        "indefinitely after engineers found severe corrosion in the steel roof trusses.",
    ),
    (
        D2,
        "PUBLIC NOTICE: Ashcombe pool is closed until further notice following an inspection that found "
        "corrosion of the roof trusses above the pool.",
    ),
    (
        D3,
        "Ashcombe pool: your questions answered. Q. Why is the pool shut? A. It is shut because engineers "
        "found corrosion of the steel roof trusses. Q. When will it reopen? A. We do not know yet.",
    ),
]


def test_one_cause_every_source_names_is_settled() -> None:
    res = rules_answer("Why is the Ashcombe pool closed?", table_docs(POOL_ROOF))
    assert_answer(res, "no_conflict", ["corrosion"])
    assert ONE_ACCOUNT in res.explanation


@pytest.mark.parametrize(
    "third",
    [
        # silent on the cause: it may hold one no cue marked
        "Swimmers are angry. 'They knew this was coming,' said one regular at the pool.",
        # names it, but blames someone for it
        "Swimmers blame the council: engineers found corrosion of the steel roof trusses years ago.",
    ],
)
def test_one_cause_is_not_settled_when_a_source_is_silent_or_blames(third: str) -> None:
    res = rules_answer("Why is the Ashcombe pool closed?", table_docs([*POOL_ROOF[:2], (D3, third)]))
    assert ONE_ACCOUNT not in res.explanation


@pytest.mark.parametrize(
    ("question", "asks_sides"),
    [
        ("Which groups support and which oppose the proposed marina hotel?", True),
        ("Who backs the toll and who is against it?", True),
        ("Which councillors supported and opposed the motion?", True),
        ("Who are the supporters and opponents of the bypass?", True),
        ("Who supports the bypass?", False),
        ("Which groups support the marina hotel?", False),
    ],
)
def test_a_question_asking_who_supports_and_who_opposes(question: str, asks_sides: bool) -> None:
    assert bool(sides_asked(parse_question(question))) is asks_sides


def test_supporters_and_opponents_asked_are_sides() -> None:
    rows = [
        (D1, "Ashcombe council has approved the release of land on the seafront for a 90-room hotel."),
        (D2, "The Ashcombe Ratepayers Association has come out against the seafront hotel plan."),
    ]
    q = "Which groups support and which oppose the seafront hotel in Ashcombe?"
    res = rules_answer(q, table_docs(rows))
    assert res.conflict_type == "conflicting_opinions", res.explanation


def test_a_question_in_a_post_is_no_other_side() -> None:
    q = parse_question("Will the ice rink be set up on the Market Square in Ashcombe this winter?")
    docs = [
        analyzed_doc("d1", D1, "The ice rink will not be set up on the Market Square this winter."),
        analyzed_doc("d2", None, "Forum: Is the ice rink back on the Market Square this year? Great news!"),
    ]
    first = rules_answer(q.text, docs[:1])
    disputed = replace(first, conflict_type="conflicting_opinions", values=("No: the rink will not be set",))
    got = _with_other_side(q, docs, disputed)
    assert not any(v.startswith("Yes: ") for v in got.values), got.values


def test_a_holder_who_commences_after_the_asked_day_is_not_yet_in_post() -> None:
    rows = [
        (
            date(2024, 3, 6),
            "Harwick District Council chief executive Tom Bellamy has resigned. Councillors appointed "
            "general manager Rosa Quaid as acting CEO from 29 March.",
        ),
        (
            date(2024, 6, 27),
            "MEDIA RELEASE - Harwick District Council\n\nHarwick District Council has appointed Ian Mercer "
            "as its new Chief Executive Officer. Mr Mercer has 20 years' experience in local government. He "
            "will commence with Council on Monday 2 September 2024. Acting CEO Rosa Quaid will continue in "
            "the role until Mr Mercer starts.",
        ),
    ]
    q = "Who is the chief executive officer of Harwick District Council?"
    res = rules_answer(q, table_docs(rows), as_of=date(2024, 8, 15))
    assert_answer(res, "outdated", ["Rosa Quaid"])
    assert "Ian Mercer" not in res.values
    later = rules_answer(q, table_docs(rows), as_of=date(2024, 9, 20))
    assert "Ian Mercer" in later.values, later.explanation


@pytest.mark.parametrize(
    ("sentence", "value", "cue"),
    [
        ("Harbour bridge cost rises again to $9.4m", "$9.4m", "rises again to"),
        ("The estimate has risen further to 61 homes.", "61", "risen further to"),
        ("The toll fell sharply to 12 on Sunday.", "12", "fell sharply to"),
        ("The cost was estimated at $9.4m again.", "$9.4m", ""),
    ],
)
def test_change_language_with_an_adverb_before_the_value(sentence: str, value: str, cue: str) -> None:
    at = sentence.index(value)
    assert change_of(sentence, at, at + len(value)) == cue


@pytest.mark.parametrize(
    "sentence",
    [
        "Public swimming hours were cut by a third in 2021.",
        "Bus services were cut by half last spring.",
        "The budget was cut by two million pounds.",
    ],
)
def test_cut_by_how_much_names_no_cause(sentence: str) -> None:
    assert causes_in(sentence) == []


def test_a_sides_contrast_with_bad_luck_is_no_rejected_report() -> None:
    rows = [
        (
            D1,
            "Ashcombe pool future in doubt\n\nThe future of Ashcombe swimming pool is in doubt after a "
            "council report blamed energy costs that have more than doubled since 2019.",
        ),
        (
            D2,
            "STATEMENT FROM SAVE ASHCOMBE POOL\n\nWe read the council's report on Ashcombe pool with anger. "
            "The repair bill is the result of a decade of deferred maintenance, not bad luck.",
        ),
    ]
    res = rules_answer("Why is Ashcombe swimming pool facing closure?", table_docs(rows))
    assert res.conflict_type != "misinformation", res.explanation
    assert any("deferred maintenance" in v for v in res.values), res.values
    assert not res.superseded


FEES = [
    (None, "Ashcombe Chat\n\nWARNING - council is hiking our parking fees by 50% from July!! Share!!"),
    (
        date(2024, 5, 22),
        "Ashcombe Council - News\n\nCouncil is aware of social media posts claiming parking fees will rise "
        "by 50% from 1 July. This is incorrect. The annual resident permit will rise by 4.5%, and the "
        "hourly charge will rise from $2.10 to $2.40.",
    ),
]


def test_a_false_rise_set_aside_leaves_each_true_figure() -> None:
    res = rules_answer("By how much are Ashcombe Council's parking fees going up?", table_docs(FEES))
    assert_answer(res, "misinformation", ["4.5%", "$2.40"])
    assert "50%" not in res.values
    assert "$2.10" not in res.values


def test_an_age_beside_a_new_holders_name_keeps_the_appointment_and_its_start() -> None:
    text = (
        "The board of Ashcombe Port Authority has appointed Ingrid Vale (44) as the new harbourmaster. She "
        "will take up the position on 1 November."
    )
    doc = analyzed_doc("d1", date(2024, 9, 3), text)
    held = [c for c in doc.claims if c.kind == "role" and c.value == "Ingrid Vale"]
    assert held, doc.claims
    assert held[0].as_of_earliest == date(2024, 11, 1)
    assert text[held[0].start : held[0].end].endswith("new harbourmaster")


SATIRE = (
    "ASHCOMBE IRONY\n\nAshcombe makes trams free so residents can afford Christmas\n\nIn a surprise move, "
    "Ashcombe has announced that all city trams will be completely free from 1 January, so that residents "
    "can save for a single mince pie. Drivers will be replaced by volunteers from the brass band.\n\n"
    "Ashcombe Irony is a satirical website. All stories are invented."
)
CHECK = (
    "FACT CHECK\n\nClaim: City trams in Ashcombe will be free from 1 January.\nVerdict: FALSE - satire\n\n"
    "A story headlined 'Ashcombe makes trams free so residents can afford Christmas' has been shared "
    "hundreds of times. It comes from Ashcombe Irony, a satirical website whose stories are invented. The "
    "tram operator told us there are no plans for free city trams in Ashcombe; fares rise on 1 January."
)


def test_the_story_a_fact_check_checks_came_out_before_it() -> None:
    story = document(SATIRE, name="d1")
    check = document(CHECK, name="d2", url="https://factcheck.example/2024/12/02/no-free-trams/")
    # a pile of one story only gives its shared words no weight: another story beside them
    other = document("Harbour dredging at Kelby starts next month, the port company said.", name="d3")
    dates = corpus_dates(story, check, other)
    assert dates[check.id].earliest == date(2024, 12, 2)
    got = dates[story.id]
    assert got.latest is not None and got.latest <= date(2024, 12, 2), got
    assert got.earliest is not None and got.earliest >= date(2024, 11, 18), got


def test_a_headline_rounding_its_own_figure_is_no_rival() -> None:
    rows = [
        (
            date(2024, 12, 19),
            "Ashby off to a fast start with 98 inches of snow\n\nAshby has already had 98.2 inches of snow "
            "this season, according to the volunteer weather observer.",
        )
    ]
    res = rules_answer("How much snow has fallen in Ashby this winter?", table_docs(rows))
    assert_answer(res, "no_conflict", ["98.2"])


def test_snowfall_answers_how_much_snow() -> None:
    rows = [(date(2025, 1, 30), "A three-day storm has pushed Ashby's seasonal snowfall past 160 inches.")]
    res = rules_answer("How much snow has fallen in Ashby so far this winter?", table_docs(rows))
    assert_values(res, ["160"])


@pytest.mark.parametrize(
    ("text", "bounded"),
    [
        ("The total stood at 161.4 inches, more than 40 inches above normal for the end of January.", False),
        ("The storm hit at the end of January and closed schools for two days.", True),
    ],
)
def test_a_norm_for_a_month_does_not_date_the_text(text: str, bounded: bool) -> None:
    est = dating.date_document(document(text), reference=date(2025, 1, 31))
    assert any(e.rule == "content-yearless" for e in est.evidence) is bounded, est.evidence


def test_a_cause_keeps_the_name_in_brackets_after_it() -> None:
    sentence = "The discolouration at Kelp Point is due to a natural bloom of algae (Noctiluca), tests show."
    texts = [c.fact.text for c in causes_in(sentence)]
    assert "a natural bloom of algae (Noctiluca)" in texts, texts


def test_a_rejected_cause_answer_gives_each_wording_of_the_cause_that_holds() -> None:
    rows = [
        (D1, "Look what the factories have done to Kelp Point!! The sea has turned red with chemicals."),
        (
            D2,
            "Red water at Kelp Point due to algal bloom, not chemicals\n\nThe red patches in the sea off "
            "Kelp Point were caused by a natural algal bloom and not by chemical waste, scientists said.",
        ),
        (
            D3,
            "ADVISORY: The discolouration of sea water near Kelp Point is due to a natural bloom of algae "
            "(Noctiluca), as confirmed by testing. There is no chemical contamination.",
        ),
    ]
    res = rules_answer("Why did the sea at Kelp Point turn red?", table_docs(rows))
    assert_answer(res, "misinformation", ["algal bloom", "Noctiluca"])
    assert not any("chemical" in v for v in res.values), res.values


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("A new express bus line between Harwick and Ashby is expected to carry 9,000 passengers.", True),
        ("The Harwick-Ashby line is expected to carry 9,000 passengers.", True),
        ("A new express bus line in Harwick is expected to carry 9,000 passengers.", False),
    ],
)
def test_a_hyphenated_pair_of_places_is_named_by_both(text: str, named: bool) -> None:
    q = "How many passengers a day will the planned Harwick-Ashby express bus line carry?"
    assert bool(_on_topic(parse_question(q), [analyzed_doc("d1", D1, text)])) is named


def test_an_answer_from_undated_sources_holds_as_of_the_newest_dated_report() -> None:
    q = parse_question("What are the e-book borrowing limits at Harwick Library?")
    pool = [
        analyzed_doc("d1", None, "PSA: Harwick Library caps you at 6 holds at once, so choose wisely."),
        analyzed_doc("d2", date(2021, 3, 15), "Harwick Library e-books can be kept for up to 21 days."),
    ]
    undated = Answer(q.text, q.kind, "6 holds [d1].", ("6 holds",), "complementary", None)
    assert _dated_by_the_pile(q, pool, undated).as_of == "2021-03-15"
    nothing = Answer(q.text, q.kind, "No answer found.", (), "no_conflict", None)
    assert _dated_by_the_pile(q, pool, nothing).as_of is None


POST_WITH_COMMENTS = (
    "Harwick Coast Chat (public group)\n\nBREAKING!!! Dan Ferro has BOUGHT Harwick Pier!!! My mate says the "
    "sale went through Friday. Share so everyone knows\n\n412 reactions   188 comments\n\nTop comments:\n"
    "- Not true, just asked my auntie who works in the cafe there\n- Seen this on three groups now"
)


@pytest.mark.parametrize(
    ("at", "reply"),
    [
        (POST_WITH_COMMENTS.index("Not true"), True),
        (POST_WITH_COMMENTS.index("Seen this"), True),
        (POST_WITH_COMMENTS.index("BREAKING"), False),
    ],
)
def test_a_line_under_a_comment_thread_heading_is_a_reply(at: int, reply: bool) -> None:
    assert _in_reply(POST_WITH_COMMENTS, at) is reply


def test_a_post_refuted_only_by_its_comments_states_no_correction() -> None:
    rows = [
        (None, POST_WITH_COMMENTS),
        (
            date(2024, 7, 17),
            "No, TV chef has not bought Harwick Pier\n\nPosts claiming that Dan Ferro has bought Harwick "
            "Pier are untrue. A spokesperson for Seaview Leisure, the Tallis family company which owns the "
            "pier, said the pier has not been sold.",
        ),
    ]
    fix = correction_for(parse_question("Who owns Harwick Pier?"), table_docs(rows))
    assert fix is not None
    assert fix.source.doc.id == "d2", fix


@pytest.mark.parametrize(
    ("sentence", "refutes"),
    [
        ("The Harwick lido is not closing permanently, despite a video circulating on social media.", True),
        ("The ferry will not be scrapped despite rumours going round the harbour.", True),
        ("The lido is closing despite a petition signed by 2,000 people.", False),
        ("The lido is closing despite posts circulating online calling for it to stay open.", False),
    ],
)
def test_a_denial_despite_a_report_going_round_refutes_it(sentence: str, refutes: bool) -> None:
    assert bool(refutation_of(sentence)) is refutes


def test_a_closure_for_a_time_says_no_to_closing_for_good() -> None:
    rows = [
        (
            date(2025, 1, 9),
            "The Harwick Tunnels attraction will close for about two weeks in January for renovation work, "
            "its management said.",
        )
    ]
    res = rules_answer("Are the Harwick Tunnels closing permanently?", table_docs(rows))
    assert res.values and res.values[0].startswith("No"), (res.values, res.explanation)
    same = rules_answer("Are the Harwick Tunnels closing?", table_docs(rows))
    assert same.values and same.values[0].startswith("Yes"), (same.values, same.explanation)
