"""Rules of the sixty-third pass: a figure told as the sum of parts other sources give, spans of days that
date nothing, press-release boilerplate, planned-place questions asked with "What will the new X include?",
seasons in yes/no questions, and the sentence a yes rests on. Text written for these tests, modelled on
council news, event pages and press releases; places, people and figures are invented."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import analyzed_doc, assert_values, document, rules_answer, table_docs
from tidings import dating
from tidings.ask import parse_question
from tidings.ask.facilities import facility_question
from tidings.ask.figures import _with_truth_instead
from tidings.clean import dropped_lines
from tidings.dating._content import read_mentions
from tidings.facts import causes_in
from tidings.model import Answer
from tidings.timex import tag

_SITES = [
    (
        date(2024, 5, 7),
        "Council backs mill site rezoning. Council endorsed the rezoning of the old flour mill site on Weir "
        "Lane for residential use. The concept plan shows 36 new homes in Ardwell and a footpath to the "
        "river.",
    ),
    (
        date(2024, 5, 20),
        "Developer lodges plans for station yard. Kestrel Homes today lodged plans for 24 townhouses on the "
        "former station goods yard in Ardwell.",
    ),
    (
        date(2024, 5, 22),
        "Two housing schemes are now on the table. Together, the mill site and the goods yard would add "
        "around 60 new dwellings in Ardwell, close to the town centre.",
    ),
]


def test_a_total_told_as_the_sum_of_other_sources_parts_is_complementary() -> None:
    res = rules_answer("How many new homes are planned in Ardwell?", table_docs(_SITES))
    assert res.conflict_type == "complementary", res.explanation
    assert res.values == ("36", "24", "60"), res.explanation
    assert "in all around 60" in res.text, res.text


def test_without_a_sum_word_the_newer_figure_is_no_total() -> None:
    rows = [*_SITES[:2], (_SITES[2][0], _SITES[2][1].replace("Together, the", "The"))]
    res = rules_answer("How many new homes are planned in Ardwell?", table_docs(rows))
    assert res.conflict_type != "complementary" or "60" not in res.values, res.explanation


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        pytest.param(
            "About Kestrel Homes: Kestrel is a family-owned builder that has completed more than 400 homes "
            "since 2009.",
            True,
            id="about-the-sender",
        ),
        pytest.param(
            "About the Harbour Trust: The trust is a charity founded in 1998.", True, id="about-the-trust"
        ),
        pytest.param(
            "About 200 people attended the meeting: most of them were against the plan.",
            False,
            id="control-about-a-number",
        ),
        pytest.param(
            "About Town: the mayor is a keen cyclist who rides to work.",
            False,
            id="control-about-a-column-name",
        ),
    ],
)
def test_press_release_boilerplate_lines(line: str, dropped: bool) -> None:
    body = f"Headline\n\nA first paragraph of news.\n\n{line}\n"
    got = [body[d.start : d.end] for d in dropped_lines(body)]
    assert (line in got) is dropped, got


def test_the_senders_record_is_no_figure_of_the_news() -> None:
    rows = [
        (
            date(2024, 5, 20),
            "Kestrel Homes today lodged plans for 24 townhouses on the former station goods yard in Ardwell."
            "\n\nAbout Kestrel Homes: Kestrel is a family-owned builder that has completed more than 400 "
            "homes in Ardwell and Lisk since 2009.",
        ),
    ]
    docs = table_docs(rows)
    # the reader drops the line before any stage sees it; the test's documents are built unread
    text = docs[0].doc.text
    kept = text[: dropped_lines(text)[0].start]
    res = rules_answer("How many new homes are planned in Ardwell?", table_docs([(rows[0][0], kept)]))
    assert_values(res, ["24"], ["400"])


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        pytest.param(
            "Lisk Tourism | Events | Stay\nLisk Harvest Fair 2025\n12-14 September 2025\nJoin us for three "
            "days of food, music and crafts on the green. Book your stall early!",
            date(2025, 9, 14),
            id="span-as-date-line",
        ),
    ],
)
def test_a_span_of_days_is_no_date_line_and_no_past_day(text: str, wrong: date) -> None:
    est = dating.date_document(document(text), reference=None)
    assert est.rule != "header-dateonly", est
    assert est.earliest is None or est.earliest < wrong or est.granularity == "year", est


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The fair runs from 12 to 14 September.", "span"),
        ("Lisk Harvest Fair, 12-14 September 2025", "span"),
        ("The fair ran from 12 to 14 September.", ""),
        ("The fair was held on 14 September.", ""),
    ],
)
def test_the_end_of_a_span_of_days_bounds_nothing_unless_told_as_past(text: str, role: str) -> None:
    found = [m for m in read_mentions(text, tag(text, None)) if m.value.kind in ("day", "month_day")]
    assert [m.role for m in found] == [role], found


def test_a_single_date_line_still_dates_the_page() -> None:
    text = "LISK NEWS\nFair moves to the green\n3 June 2025\nThe Harvest Fair will be held on the green."
    est = dating.date_document(document(text), reference=None)
    assert est.rule == "header-dateonly" and est.earliest == date(2025, 6, 3), est


def test_a_span_told_in_the_past_still_bounds_the_date() -> None:
    text = "The strike, which ran from 9 to 19 September 2024, was the longest in the port's history."
    est = dating.date_document(document(text), reference=None)
    assert est.earliest is not None and est.earliest >= date(2024, 9, 19), est


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("What will the new Lisk harbour pool include?", True),
        ("What will the new community hub have?", True),
        ("What facilities will the new sports hall include?", True),
        ("What will the council's budget include?", False),
        ("What will the new rules mean for drivers?", False),
    ],
)
def test_what_a_new_place_will_include_is_a_facility_question(question: str, asks: bool) -> None:
    assert facility_question(parse_question(question)) is asks


_POOL = [
    (
        date(2024, 2, 27),
        "Harbour pool approved. The council has approved a harbour pool at the north quay in Lisk. The pool "
        "will include a public sauna and changing rooms.",
    ),
    (
        date(2024, 3, 5),
        "Harbour pool gets a diving board. The new harbour pool in Lisk will have a three-metre diving "
        "board, the architects confirmed on Tuesday. The board will be placed at the deep end of the pool.",
    ),
    (
        None,
        "Frequently asked questions: the Lisk harbour pool\nWill it be safe to swim?\nYes. A lifeguard "
        "station will be staffed daily from June to August.",
    ),
]


def test_a_new_places_parts_from_several_sources_without_the_speakers() -> None:
    res = rules_answer("What will the new Lisk harbour pool include?", table_docs(_POOL))
    assert res.conflict_type == "complementary", res.explanation
    assert_values(res, ["public sauna", "three-metre diving board", "lifeguard station"], ["architects"])


@pytest.mark.parametrize(
    ("question", "period", "terms_left_out"),
    [
        (
            "Will the new gondola at Skarvet be running for the 2024-25 winter season?",
            (date(2024, 1, 1), date(2025, 12, 31)),
            {"2024", "25", "wint", "season"},
        ),
        (
            "Will the school canteen reopen in the 2023/24 school year?",
            (date(2023, 1, 1), date(2024, 12, 31)),
            {"2023", "24", "year"},
        ),
        ("Will the gondola at Skarvet run in 2024?", None, set()),
    ],
)
def test_a_season_asked_of_is_its_period_not_its_words(
    question: str, period: tuple[date, date] | None, terms_left_out: set[str]
) -> None:
    q = parse_question(question)
    if period is not None:
        assert q.period == period, q
    assert not terms_left_out & set(q.terms), q.terms


def test_a_yes_rests_on_the_sentence_that_says_it_not_the_headline() -> None:
    rows = [
        (
            date(2024, 11, 20),
            "New gondola at Skarvet is ready\nThe gondola was approved by inspectors this week and will "
            "start running when the ski centre opens on 13 December, the resort confirmed.",
        ),
    ]
    res = rules_answer(
        "Will the new gondola at Skarvet be running for the 2024-25 winter season?", table_docs(rows)
    )
    assert res.values and res.values[0].startswith("Yes: "), res.explanation
    assert "running" in res.values[0] and "13 December" in res.values[0], res.values


def test_the_period_a_pay_rise_is_spread_over_is_no_length_of_the_strike() -> None:
    rows = [
        (
            date(2024, 9, 20),
            "Ferry crews return to work after nine-day walkout. Sailings resumed this morning after crews "
            "voted to accept a revised pay offer. The strike was called off late on Thursday when the union "
            "said members had backed the deal with Kells Ferries, which is worth 6.5 per cent over two "
            "years.",
        ),
        (
            date(2024, 9, 23),
            "Nine days without a ferry service cost island businesses an estimated £2.1 million, the chamber "
            "of commerce said of the strike.",
        ),
    ]
    res = rules_answer("How long did the Kells ferry strike last?", table_docs(rows))
    assert_values(res, ["Nine days"], ["two", "6.5"])
    assert not res.superseded, res.explanation


@pytest.mark.parametrize(
    ("sentence", "causes"),
    [
        pytest.param(
            "Replacing old mains, many of them cast iron, is the single biggest cost facing the utility.",
            ["Replacing old mains"],
            id="biggest-cost",
        ),
        pytest.param(
            '"The union blames Mr Okoro, the council blames Mr Vance," she said.',
            ["Mr Okoro", "Mr Vance"],
            id="two-sides-blame",
        ),
        pytest.param(
            "The responsibility for the collapse of the service lies with the operator and its owner, Mr Dan "
            "Vance, who is in breach of contract.",
            ["the operator and its owner, Mr Dan Vance"],
            id="responsibility-lies-with",
        ),
        pytest.param(
            "The board delayed results after it found that a software fault at its contractor had applied "
            "the wrong grades.",
            ["a software fault at its contractor"],
            id="found-that-a-fault",
        ),
        pytest.param(
            "Payments were withheld after inspections found that buses were unroadworthy.",
            [],
            id="found-that-a-bare-subject",
        ),
    ],
)
def test_causes_named_by_cost_blame_and_responsibility(sentence: str, causes: list[str]) -> None:
    assert [c.fact.text for c in causes_in(sentence) if not c.rejected] == causes


def test_a_sides_real_reason_in_the_next_sentence_is_a_rival_cause() -> None:
    rows = [
        (
            date(2023, 3, 2),
            "Understanding your 2023 water rates. Base charges rise from $38 to $52 a month. Why the "
            "increase? Much of Verdon's pipe network was laid in the 1950s. Replacing old mains, many of "
            "them cast iron, is the single biggest cost facing the utility.",
        ),
        (
            date(2023, 3, 9),
            "Residents packed Tuesday's meeting to protest the 37% increase in Verdon water bills. Spokesman "
            "Ray Tolan said the city had a problem of its own making. "
            '"The real reason is the cost overruns on the treatment plant expansion," he said.',
        ),
    ]
    res = rules_answer("Why have water bills in Verdon gone up so sharply?", table_docs(rows))
    assert res.conflict_type == "conflicting_opinions", res.explanation
    assert_values(res, ["old mains", "cost overruns"])


_SITES_PROPOSED = [
    (
        date(2023, 5, 9),
        "The ruling coalition in Hallby wants the new swimming hall built at Nyvang, next to the sports "
        "park.",
    ),
    (
        date(2023, 5, 16),
        "In Hallby, the Labour and Centre party groups say the new swimming hall should be built at "
        "Torvgata in the town centre.",
    ),
]


def test_sites_each_side_wants_for_one_hall_are_rival_proposals() -> None:
    res = rules_answer(
        "Which sites are being proposed for Hallby's new swimming hall?", table_docs(_SITES_PROPOSED)
    )
    assert res.conflict_type == "conflicting_opinions", res.explanation
    assert_values(res, ["Nyvang", "Torvgata"], ["Labour", "Centre"])


def test_sites_that_are_parts_of_one_plan_are_no_rivals() -> None:
    rows = [
        (
            date(2023, 5, 9),
            "Hallby's new cycle route will run past Nyvang, next to the sports park, the council said.",
        ),
        (
            date(2023, 5, 16),
            "In Hallby, the new cycle route will also run through Torvgata in the town centre.",
        ),
    ]
    res = rules_answer("Which places will Hallby's new cycle route pass?", table_docs(rows))
    assert res.conflict_type != "conflicting_opinions", res.explanation


@pytest.mark.parametrize(
    ("text", "holder", "org"),
    [
        pytest.param(
            "Aidan Corr, who runs a bakery on Main Street, has been elected chair of the Kilbride Town Team "
            "at its AGM.",
            "Aidan Corr",
            "Kilbride Town Team",
            id="who-clause-aside",
        ),
        pytest.param(
            "The Kilbride Town Team has a new chair. Nora Quill, a solicitor and member of the team since it "
            "began, was elected at last week's meeting.",
            "Nora Quill",
            "Kilbride Town Team",
            id="elected-after-a-new-post",
        ),
        pytest.param(
            "At Sunday's AGM members elected Mere Waaka as club president.",
            "Mere Waaka",
            "",
            id="members-elected-club-president",
        ),
    ],
)
def test_holders_named_by_clauses_and_the_post_before(text: str, holder: str, org: str) -> None:
    doc = analyzed_doc("d1", date(2024, 5, 13), text)
    roles = [(c.value, c.subject) for c in doc.claims if c.kind == "role" and "former" not in c.rule]
    assert (holder, org) in roles, roles


def test_the_cause_that_keeps_a_place_closed_is_the_newest() -> None:
    rows = [
        (
            date(2023, 5, 23),
            "The reopening of the Tarrow indoor pool has been pushed back from July to October because of "
            "steel supply delays affecting the new roof.",
        ),
        (
            date(2024, 2, 20),
            "Tarrow indoor pool: council has resolved to seek quotes from a new builder after the original "
            "contractor went into administration in November. The pool will remain closed.",
        ),
    ]
    res = rules_answer("Why is the Tarrow indoor pool still closed?", table_docs(rows))
    assert res.conflict_type == "outdated", res.explanation
    assert_values(res, ["went into administration"], ["steel"])
    assert [s.value for s in res.superseded] == ["steel supply delays affecting the new roof"], res.superseded


def test_without_still_two_causes_at_two_times_are_both_told() -> None:
    rows = [
        (
            date(2023, 5, 23),
            "The reopening of the Tarrow indoor pool has been delayed because of steel supply delays.",
        ),
        (
            date(2024, 2, 20),
            "The Tarrow indoor pool was delayed again after the original contractor went into "
            "administration.",
        ),
    ]
    res = rules_answer("Why was the reopening of the Tarrow indoor pool delayed?", table_docs(rows))
    assert res.conflict_type != "outdated", res.explanation


def test_a_refuted_resignation_does_not_make_the_holder_leave() -> None:
    rows = [
        (
            date(2024, 3, 10),
            "BREAKING: Harrowgate mayor quits. Harrowgate Mayor Lena Varga has abruptly resigned, and "
            "Commissioner Ross Doyle was sworn in as mayor late Saturday, the site has learned.",
        ),
        (
            date(2024, 3, 11),
            "Harrowgate City statement regarding false reports. An article circulating online claiming that "
            "Mayor Lena Varga "
            "has resigned is false. Mayor Varga has not resigned and will chair Monday's meeting.",
        ),
    ]
    res = rules_answer("Who is the mayor of Harrowgate?", table_docs(rows))
    assert res.values and res.values[0] == "Lena Varga", res.explanation


def test_what_holds_may_come_just_before_the_sentence_calling_the_reports_wrong() -> None:
    rows = [
        (
            None,
            "BAD NEWS - the Strand Beach at Kilgarvan is CLOSED FOR THE SUMMER because of sewage. Don't "
            "bring the kids!!",
        ),
        (
            date(2023, 7, 19),
            "Bathing water update. The temporary advisory for the Strand Beach, Kilgarvan, was lifted this "
            "morning.\nThe Strand Beach remains open for swimming and lifeguards are on duty daily. There "
            "has been no decision to close the beach for the season, and reports on social media to that "
            "effect are incorrect.",
        ),
    ]
    question = "Is the Strand Beach in Kilgarvan closed for the summer?"
    refuted = Answer(question, "yesno", "No.", ("No",), "misinformation", "2023-07-19", ())
    res = _with_truth_instead(parse_question(question), table_docs(rows), (set(), set()), refuted)
    assert_values(res, ["remains open for swimming"])


def test_a_cause_rejected_as_claims_on_social_media_is_refuted() -> None:
    rows = [
        (
            None,
            "Voice note: The water in Marlow Vale is off because of sabotage by striking workers. Please "
            "forward to all your groups.",
        ),
        (
            date(2023, 8, 16),
            "Update on water supply in Marlow Vale. The interruption was caused by a burst bulk pipeline "
            "near the treatment works. The Municipality categorically rejects claims on social media of "
            "sabotage.",
        ),
    ]
    res = rules_answer("Why were the taps in Marlow Vale dry last week?", table_docs(rows))
    assert res.conflict_type == "misinformation", res.explanation
    assert_values(res, ["burst bulk pipeline"], ["sabotage"])


def test_a_price_only_refuted_is_answered_by_what_holds_instead() -> None:
    rows = [
        (
            date(2023, 9, 25),
            "Harrow Bay tram to charge $4 a ride. The Harrow Bay downtown tram will now charge $4 a ride, "
            "officials said. The Weekly Spoof is a satire site. Nothing here is true.",
        ),
        (
            date(2023, 9, 27),
            "Harrow Bay city news. Residents have asked about an online article claiming the downtown tram "
            "will charge $4 a ride. That article was published by a satirical website. The Harrow Bay "
            "downtown tram remains fare-free, and there are no plans to change that this year.",
        ),
    ]
    res = rules_answer("How much does it cost to ride the Harrow Bay downtown tram?", table_docs(rows))
    assert res.conflict_type == "misinformation", res.explanation
    assert_values(res, ["remains fare-free"], ["no plans", "$4"])


def test_a_bus_network_serves_what_the_routes_do() -> None:
    rows = [
        (
            date(2023, 8, 29),
            "Hallby bus plan revised\nAfter the consultation, Rosby has been taken out of the new town bus "
            "network for Hallby. The village will instead keep its connection with the regional line to "
            "Solvik, which has more departures than a town route could offer. The revised network will serve "
            "Norrby, Ekeby and Lillsand.",
        ),
    ]
    res = rules_answer("Which districts will Hallby's new town bus routes serve?", table_docs(rows))
    assert_values(res, ["Norrby", "Ekeby", "Lillsand"])


def test_what_an_upgrade_includes_is_read_from_the_list_under_the_works() -> None:
    rows = [
        (
            date(2023, 3, 15),
            "Orrin Aquatic Centre upgrade contract awarded. Council has awarded the contract for the upgrade "
            "of the Orrin Aquatic Centre. The works include:\n- a heated program pool for lessons\n- shade "
            "sails over the main concourse\n- a splash pad for young children\nWorks begin in April.",
        )
    ]
    res = rules_answer("What does the Orrin aquatic centre upgrade include?", table_docs(rows))
    assert res.values[:3] == ("heated program pool", "shade sails", "splash pad"), res.explanation
