"""American spellings of a post and the votes and first days that fill it, and "new" naming the post in
that spelling; a bulleted item read as the thing it opens with, the items under a colon line read
with the sentence before it, a counted list of facilities, stories that each repeat one whole list; whether a
place will close, asked of "the works" and answered "will remain open", and a fear a source then answers;
causes found ("after asbestos was found") and listed one to a line under "The main contributors are:"; a
day range ("December 22 to 24") and a passive's agent ("attended by over 40,000") read as no count and no
change; a side's "not to expect ... before spring 2025" as a rival date, and not the date of another step;
a percentage rise a fact check refutes, asked "by how much"; independent reports of one fact or one figure,
with nobody arguing, kept from being read as sides. Text written for these tests, modelled on local news."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import analyzed_doc, assert_values, table_docs
from analyzed import rules_answer as answer
from tidings.ask import _retyped, parse_question
from tidings.ask import answer as full_answer
from tidings.ask.common import ONE_LIST
from tidings.ask.yesno import _EVALUATIVE_Q, _SATIRE_SELF
from tidings.facts import causes_in
from tidings.model import Answer
from tidings.relation import LABELS, RelationModel

# ------------------------------------------------------------------------------------------------- posts

_HARBOR = [
    (
        date(2023, 3, 14),
        "At its meeting on Tuesday, the Sandwick Town Council voted to appoint Lee Ostrander as "
        "Harbormaster. Ostrander replaces Paul Kimball, who retired in February after twelve years.",
    ),
    (
        date(2023, 4, 4),
        "SANDWICK - Lee Ostrander started work Monday as the town's harbormaster, with a list of 210 mooring "
        "holders to call before the season opens.",
    ),
]


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("Who is Sandwick's new harbormaster?", id="possessive-new"),
        pytest.param("Who is the harbormaster of Sandwick?", id="of-place"),
    ],
)
def test_the_one_word_american_harbormaster_is_a_post(question: str) -> None:
    res = answer(question, table_docs(_HARBOR), as_of=date(2023, 5, 1))
    assert res.values == ("Lee Ostrander",), (res.values, res.explanation)


@pytest.mark.parametrize(
    ("text", "holder", "rule"),
    [
        pytest.param(
            "Andrea Lind started this week as Tarrow's new fire chief.",
            "Andrea Lind",
            "role.new.predicate",
            id="started-this-week-as",
        ),
        pytest.param(
            "Gil Ferro, owner of a Main Street shop, has been elected chair of the Tarrow BIA board.",
            "Gil Ferro",
            "role.new.predicate",
            id="an-aside-on-the-trade",
        ),
        pytest.param(
            "Council thanked retired Fire Chief Tom Baird for his service.",
            "Tom Baird",
            "role.former.title",
            id="retired-is-former",
        ),
    ],
)
def test_who_started_and_who_retired(text: str, holder: str, rule: str) -> None:
    claims = analyzed_doc("d1", date(2023, 8, 21), text).claims
    roles = [(c.value, c.rule) for c in claims if c.kind == "role"]
    assert (holder, rule) in roles, roles


@pytest.mark.parametrize(
    ("question", "ctype"),
    [
        pytest.param("Who is Sandwick's new harbormaster?", "no_conflict", id="the-change-taken-as-given"),
        pytest.param("Who is Sandwick's harbormaster?", "outdated", id="the-change-shown"),
    ],
)
def test_new_names_the_post_in_its_american_spelling(question: str, ctype: str) -> None:
    res = answer(question, table_docs(_HARBOR), as_of=date(2023, 5, 1))
    assert res.values == ("Lee Ostrander",), res.explanation
    assert res.conflict_type == ctype, res.explanation


def test_a_predecessor_a_source_names_as_holder_is_outdated() -> None:
    said = "Sandwick Harbormaster Paul Kimball said the waitlist had reached 90."
    rows = [(date(2022, 8, 2), said), *_HARBOR]
    res = answer("Who is Sandwick's harbormaster?", table_docs(rows), as_of=date(2023, 5, 1))
    assert res.values == ("Lee Ostrander",), res.explanation
    assert res.conflict_type == "outdated", res.explanation


# ------------------------------------------------------------------------------------------------- lists

_SHOWGROUND = [
    (
        date(2024, 3, 5),
        "Tallow Shire Council | News\n\n$2.4 million for Tallow Showground\n\nCouncil has secured $2.4 "
        "million "
        "to upgrade the Tallow Showground. The project will deliver:\n"
        "- a new multipurpose pavilion for shows, markets and emergency evacuation use\n"
        "- 36 new horse stables to replace the ageing timber boxes\n"
        "- an expanded camping area with 24 powered sites and a new amenities block\n\n"
        "Work will start after the 2025 Tallow Show.",
    ),
    (
        date(2024, 3, 8),
        "TALLOW TIMES\n\nShowground makeover\n\nThe $2.4m upgrade of the Tallow Showground announced this "
        "week "
        "covers three things: the pavilion, the stables and the camping area. Show society secretary Ruth "
        "Dunmore said campers had been squeezed onto the back paddock for years.",
    ),
]


@pytest.mark.parametrize(
    ("question", "members", "absent"),
    [
        pytest.param(
            "What facilities are included in the Tallow Showground upgrade?",
            ("pavilion", "stables", "camping area"),
            ("markets", "powered sites", "amenities block"),
            id="facilities",
        ),
        pytest.param(
            "Which things will the Tallow Showground upgrade pay for?",
            ("pavilion", "stables", "camping area"),
            ("markets", "powered sites"),
            id="things",
        ),
    ],
)
def test_a_bulleted_item_is_the_thing_it_opens_with(
    question: str, members: tuple[str, ...], absent: tuple[str, ...]
) -> None:
    res = answer(question, table_docs(_SHOWGROUND[:1]))
    assert_values(res, members, absent)


def test_a_counted_list_after_a_colon_gives_the_facilities() -> None:
    question = "What facilities are included in the Tallow Showground upgrade?"
    res = answer(question, table_docs(_SHOWGROUND[1:]))
    assert_values(res, ("pavilion", "stables", "camping area"), ("paddock",))
    assert "facilities the sources say it will have, after the words that list them" in res.explanation


def test_stories_that_each_name_every_member_repeat_one_list() -> None:
    res = answer("What facilities are included in the Tallow Showground upgrade?", table_docs(_SHOWGROUND))
    assert res.conflict_type == "no_conflict", res.explanation
    assert ONE_LIST in res.explanation


@pytest.mark.parametrize(
    ("picked", "kept"),
    [
        pytest.param("complementary", "no_conflict", id="parts-overruled"),
        pytest.param("misinformation", "misinformation", id="truth-not-settled"),
    ],
)
def test_one_list_repeated_keeps_the_model_from_calling_it_parts(picked: str, kept: str) -> None:
    # a model that always picks one type: the repeated list settles parts against one list, nothing else
    bias = tuple(5.0 if lab == picked else 0.0 for lab in LABELS)
    model = RelationModel(families=("none.",), weights={}, bias=bias)
    res = full_answer(
        "What facilities are included in the Tallow Showground upgrade?",
        table_docs(_SHOWGROUND),
        relation=model,
    )
    assert res.conflict_type == kept, res.explanation


def test_the_items_under_a_colon_line_go_on_with_the_sentence_before_it() -> None:
    # "Cabinet proposes:" shares no word with the question; the sentence before it does
    text = (
        "Ashwell Borough Council - Budget 2024/25\n\nThe council faces a budget gap of £3.2m in 2024/25, "
        "driven by the cost of home care.\n\nCabinet proposes:\n- Closing two branch libraries (Northgate "
        "and Ferry Lane), saving £280,000\n- Dimming street lighting between midnight and 5am, saving "
        "£150,000\n- Reducing grass cutting in parks\n\nConsultation closes on 2 February."
    )
    question = "What savings does Ashwell Borough Council propose to close its budget gap?"
    res = answer(question, table_docs([(None, text)]))
    assert_values(res, ("£280,000", "£150,000"))
    # asked what should be cut, the lines are the options pushed (see tidings.ask.proposals)
    question = "What should Ashwell Borough Council cut to close its budget gap?"
    res = answer(question, table_docs([(None, text)]))
    assert_values(res, ("branch libraries", "street lighting"), ("£280,000",))


# --------------------------------------------------------------------------------------------- yes or no

_BERTH = [
    (
        date(2024, 10, 8),
        "Harbour Board | News\n\nMaintenance dredging at Kellan cruise berth\n\nThe Harbour Board will "
        "dredge "
        "alongside the Kellan cruise berth between February and April 2025. The cruise berth will remain "
        "open "
        "throughout the works.",
    ),
    (
        date(2024, 10, 8),
        "NEWSREADER: The Harbour Board says Kellan's cruise berth will stay open while dredging takes place "
        "next year. Kellan traders had feared the works could cost them the first weeks of the cruise "
        "season, "
        "but the board says the dredger will work around the ship schedule.",
    ),
]


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("Will Kellan's cruise berth close during the 2025 dredging works?", id="noun-works"),
        pytest.param("Will the Kellan cruise berth close during the dredging?", id="verb-only"),
    ],
)
def test_a_berth_that_will_remain_open_is_a_no(question: str) -> None:
    res = answer(question, table_docs(_BERTH))
    assert res.conflict_type == "no_conflict", res.explanation
    assert res.values and res.values[0].startswith("No"), (res.values, res.explanation)


@pytest.mark.parametrize(
    ("question", "evaluative"),
    [
        ("Will Kellan's cruise berth close during the 2025 dredging works?", False),
        ("Will the road works finish by May?", False),
        ("Will the work be done by May?", False),
        ("Is the low-traffic scheme working?", True),
        ("Does the new bus lane work?", True),
    ],
)
def test_the_noun_works_asks_no_judgment(question: str, evaluative: bool) -> None:
    assert bool(_EVALUATIVE_Q.search(question)) is evaluative


def test_a_shuttle_is_no_shutting() -> None:
    rows = [(date(2023, 5, 16), "The free Tarrow shuttle trolley will run again this summer, they said.")]
    res = answer("Will the Tarrow shuttle trolley run this summer?", table_docs(rows))
    assert res.values and res.values[0].startswith("Yes"), (res.values, res.explanation)


def test_a_fear_set_against_what_a_source_says_takes_no_side() -> None:
    rows = [
        (
            date(2024, 5, 2),
            "Parents in Tarrow had feared the roof repairs would close the Tarrow pool for the summer, but "
            "the council says the pool will open as usual on 1 June.",
        )
    ]
    res = answer("Will the Tarrow pool close for the summer?", table_docs(rows))
    assert res.values and res.values[0].startswith("No"), (res.values, res.explanation)
    assert res.conflict_type == "no_conflict", res.explanation


# ------------------------------------------------------------------------------------------------ causes


@pytest.mark.parametrize(
    ("sentence", "cause"),
    [
        pytest.param(
            "The depot has been hit by a further cost after asbestos was found in the roof.",
            "asbestos",
            id="a-bare-noun-found",
        ),
        pytest.param(
            "Then when they dug the foundations they found the remains of a mill, so there was a dig.",
            None,
            id="found-inside-foundations-is-no-cue",
        ),
        pytest.param("The work stopped after it was found to be unsafe.", None, id="a-pronoun-is-no-cause"),
        pytest.param(
            "Parts of Tarrow have had water once in four days since a landslide near Lava damaged the main "
            "pipe.",
            "a landslide near Lava damaged the main pipe",
            id="since-a-landslide-damaged",
        ),
        pytest.param(
            "Tarrow's water troubles deepened today as tanker drivers went on strike.",
            "tanker drivers went on strike",
            id="deepened-as",
        ),
    ],
)
def test_what_was_found_is_the_cause(sentence: str, cause: str | None) -> None:
    got = [c.fact.text for c in causes_in(sentence) if not c.rejected]
    assert got == ([cause] if cause else []), got


def test_the_items_of_a_list_of_causes_are_causes() -> None:
    text = (
        "TARROW DISTRICT COUNCIL\nItem 4: Tarrow Pool Refurbishment - Cost Report\nThe officer reported that "
        "the projected cost of the Tarrow pool refurbishment is now £4.1 million against a budget of £3.2 "
        "million.\nThe main contributors are:\n(a) structural steel prices, which rose by about 30% after "
        "tender;\n(b) additional fees arising from the archaeological excavation of the car park.\nMembers "
        "noted the report."
    )
    question = "Why did the Tarrow pool refurbishment go over budget?"
    res = answer(question, table_docs([(date(2024, 2, 6), text)]))
    assert_values(res, ("structural steel prices", "archaeological"), ("Members",))


# ------------------------------------------------------------------------------------------------ counts


@pytest.mark.parametrize(
    ("text", "counts", "changes"),
    [
        pytest.param(
            "The three-day fair held on Marrow Green from December 22 to 24 was attended by over 40,000 "
            "people.",
            ["40,000"],
            [],
            id="a-day-range-and-attended-by",
        ),
        pytest.param("The fair runs 3 to 5 May with 120 stalls.", ["120"], [], id="day-range-first"),
        pytest.param("The petition was signed by 2,300 residents.", ["2,300"], [], id="signed-by"),
        pytest.param("Visitor numbers rose by 2,300 on last year.", [], ["2,300"], id="rose-by-is-a-change"),
        pytest.param("The fire started on May 3 and 12 homes were lost.", ["12"], [], id="no-and-range"),
    ],
)
def test_a_day_range_and_who_did_it_are_no_counts(text: str, counts: list[str], changes: list[str]) -> None:
    claims = analyzed_doc("d1", date(2023, 12, 27), text).claims
    got = [c.value for c in claims if c.kind == "quantity" and c.attribute == "count"]
    moved = [c.value for c in claims if c.kind == "quantity" and c.attribute == "change"]
    assert (got, moved) == (counts, changes), claims


# ----------------------------------------------------------------------------------------------- timetable

_RINK = [
    (
        date(2024, 9, 18),
        "Town says rink back in January\n\nThe Town of Carrick says the Dunmore Centre rink should reopen in "
        'January 2025 after repairs to its roof trusses. "Our engineers are confident in that timeline," '
        "said "
        "Mayor Ann Boyd.",
    ),
    (
        date(2024, 10, 2),
        "Minor hockey not counting on January\n\nCarrick Minor Hockey is telling families not to expect a "
        "return to the Dunmore Centre rink before spring 2025. President Colleen Rae says the steel has not "
        'been ordered, and January is "wishful thinking". The town continues to say the rink will reopen '
        "in "
        "January.",
    ),
    (
        date(2024, 10, 7),
        "Committee highlights\n\nRink repairs: the director reported that the steel order has been placed, "
        "with delivery expected in mid-November. Staff maintain a target reopening of January 2025 for the "
        "Carrick rink. Coun. Reid said he shared minor hockey's view that spring 2025 was more realistic.",
    ),
]


def test_a_floor_a_side_sets_against_the_plan_is_a_rival_date() -> None:
    res = answer("When will the Dunmore Centre rink reopen?", table_docs(_RINK))
    assert res.conflict_type == "conflicting_opinions", res.explanation
    assert_values(res, ("January 2025", "spring 2025"), ("November",))


# ------------------------------------------------------------------------------------------------- rises

_RATES = [
    (
        date(2024, 5, 22),
        "Harlow Shire Council | News\n\nDraft Budget 2024-25 open for comment\n\nCouncil's Draft Budget "
        "2024-25 "
        "proposes an average rate increase of 2.75 per cent, in line with the rate cap. Copies are available "
        "at council offices in Kelby and Moorfield.",
    ),
    (
        date(2024, 5, 23),
        "KELBY GAZETTE\n\nNo, your rates are not going up 18 per cent\n\nA flyer in shop windows around "
        "Kelby "
        'claims Harlow Shire is about to "hike" rates by 18 per cent. That is not correct. The draft '
        "budget "
        "proposes exactly 2.75 per cent.",
    ),
]


def test_a_rise_a_fact_check_refutes_beside_the_council_figure() -> None:
    res = answer("By how much will rates rise for Kelby ratepayers in 2024-25?", table_docs(_RATES))
    assert res.values == ("2.75 per cent",), res.explanation
    assert res.conflict_type == "misinformation", res.explanation


_TROLLEY = [
    (date(2023, 5, 16), "The free Tarrow shuttle trolley will run again this summer, starting June 21."),
    (date(2023, 5, 22), "Tarrow FAQ\n\nWill the Tarrow trolley run in summer 2023? Yes. It runs daily."),
    (date(2023, 5, 30), "The Tarrow summer trolley is confirmed; the Tarrow trolley will run from June 21."),
]


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        pytest.param("Will the Tarrow shuttle trolley run this summer?", "no_conflict", id="a-fact"),
        pytest.param("Is Tarrow in favour of the summer trolley?", "conflicting_opinions", id="a-side-asked"),
    ],
)
def test_independent_reports_of_one_fact_take_no_sides(question: str, kept: str) -> None:
    bias = tuple(5.0 if lab == "conflicting_opinions" else 0.0 for lab in LABELS)
    model = RelationModel(families=("none.",), weights={}, bias=bias)
    res = full_answer(question, table_docs(_TROLLEY), relation=model)
    assert res.conflict_type == kept, res.explanation


_FERRY_NOTICE = (
    date(2024, 5, 29),
    "Notice: All passenger boats between Tarrow quay and Gull Island are suspended from 1 June till 15 "
    "September on account of the monsoon.",
)


@pytest.mark.parametrize(
    ("report", "kept"),
    [
        pytest.param(
            "Boats from Tarrow quay to Gull Island will remain suspended from June 1 to September 15, the "
            "district administration said on Wednesday.",
            "no_conflict",
            id="who-said-it",
        ),
        pytest.param(
            "Boats from Tarrow quay to Gull Island will remain suspended from June 1, which the district "
            'administration said was "the only safe course".',
            "conflicting_opinions",
            id="a-quoted-view",
        ),
        pytest.param(
            "Boats from Tarrow quay to Gull Island will remain suspended from June 1, operators warned on "
            "Wednesday.",
            "conflicting_opinions",
            id="a-warning",
        ),
    ],
)
def test_a_fact_reported_as_said_takes_no_side(report: str, kept: str) -> None:
    bias = tuple(5.0 if lab == "conflicting_opinions" else 0.0 for lab in LABELS)
    model = RelationModel(families=("none.",), weights={}, bias=bias)
    rows = [_FERRY_NOTICE, (date(2024, 5, 29), report)]
    question = "Are the boats from Tarrow quay to Gull Island running during the monsoon?"
    res = full_answer(question, table_docs(rows), relation=model)
    assert res.conflict_type == kept, res.explanation


_LIBRARY = [
    (
        date(2022, 9, 13),
        "Tarrow library to get EUR1.8m makeover\n\nThe library in Tarrow is to be refurbished and extended "
        "at a "
        "cost of EUR 1.8 million, councillors heard this week.",
    ),
    (
        date(2022, 9, 15),
        "Tarrow County Council | News\n\nThe council has approved the refurbishment of Tarrow library. The "
        "works will cost 1.8 million euro, funded by a national grant.",
    ),
]


@pytest.mark.parametrize(
    ("extra", "kept"),
    [
        pytest.param("", "no_conflict", id="nobody-argues"),
        pytest.param(" Critics dispute the figure.", "conflicting_opinions", id="a-dispute"),
    ],
)
def test_one_figure_independent_sources_agree_on_is_no_dispute(extra: str, kept: str) -> None:
    rows = [_LIBRARY[0], (_LIBRARY[1][0], _LIBRARY[1][1] + extra)]
    bias = tuple(5.0 if lab == "conflicting_opinions" else 0.0 for lab in LABELS)
    model = RelationModel(families=("none.",), weights={}, bias=bias)
    question = "How much will the Tarrow library refurbishment cost?"
    res = full_answer(question, table_docs(rows), relation=model)
    assert res.conflict_type == kept, res.explanation


def test_lakes_are_named() -> None:
    rows = [
        (
            date(2023, 5, 24),
            "A new shuttle carrying paddlers and canoes from downtown Tarrow will serve Fall Lake, Shagawa "
            "Lake "
            "and Burnt Lake this summer, operator North Arrow Outfitters said.",
        )
    ]
    res = answer("Which lakes does the Tarrow canoe shuttle serve?", table_docs(rows))
    assert res.values == ("Fall Lake", "Shagawa Lake", "Burnt Lake"), res.explanation


def test_an_attendance_revised_after_the_early_estimate() -> None:
    rows = [
        (date(2023, 7, 3), "An estimated 18,000 people turned out for the Tarrow Lantern Festival."),
        (
            date(2023, 9, 19),
            "Item 8.3 Tarrow Lantern Festival 2023 evaluation\n\nThe festival's final attendance, based on "
            "counter "
            "data and ticketed event numbers, was 21,400, revised from the early estimate of 18,000.",
        ),
    ]
    res = answer("How many people attended the 2023 Tarrow Lantern Festival?", table_docs(rows))
    assert res.values == ("21,400",), res.explanation
    assert res.conflict_type == "outdated", res.explanation


_SPORTIVE = [
    (
        date(2024, 8, 20),
        "The B5289 Dale Road will be closed between Tarrow and Grange from 7am on Sunday for the Tarrow "
        "Fells Sportive, organisers have confirmed.",
    ),
    (
        date(2024, 9, 5),
        "Tarrow Fells Sportive | Resident questions\n\nIs Colley Pass closed?\nYes. Colley Pass will be "
        "closed from Bracken Hill to Stair between 9am and 4pm on event day.",
    ),
]


def test_a_closed_stretch_names_the_road_not_its_ends_nor_the_faq_question() -> None:
    res = answer("Which roads will be closed for the Tarrow Fells Sportive?", table_docs(_SPORTIVE))
    roads = sorted(v.removeprefix("B5289 ") for v in res.values)
    assert roads == ["Colley Pass", "Dale Road"], res.explanation


_PARKING = [
    (
        date(2022, 4, 5),
        "Drivers using Mill Lane car park in Tarrow now pay £1.80 for up to two hours, up from £1.50, after "
        "the council's new tariff came into force.",
    ),
    (
        date(2023, 4, 12),
        "Parking in Tarrow: new charges\n\nCar park charges in Tarrow were reviewed this month. At Mill "
        "Lane, two hours now costs £2.00 (it was £1.80 last year).",
    ),
]


def test_a_price_is_no_figure_the_question_gives_for_its_hours() -> None:
    question = "How much does it cost to park for up to two hours at Mill Lane car park in Tarrow?"
    res = answer(question, table_docs(_PARKING))
    assert res.values == ("£2.00",), res.explanation
    assert res.conflict_type == "outdated", res.explanation


_BRIDGE_NAMES = [
    (
        date(2023, 7, 4),
        "Rowing club backs Nora Keane name for new bridge\n\nTarrow Rowing Club has launched a petition to "
        "name the new footbridge over the Tarrow after Nora Keane, the coach who led the club for forty "
        "years.",
    ),
    (
        date(2023, 7, 11),
        "Letters\n\nThe new footbridge should be named after Paddy Gill, the lock keeper who pulled more "
        "than a dozen people from the water.",
    ),
]


def test_each_storys_proposed_name_is_a_side() -> None:
    res = answer("After whom should the new Tarrow footbridge be named?", table_docs(_BRIDGE_NAMES))
    assert sorted(res.values) == ["Nora Keane", "Paddy Gill"], res.explanation
    assert res.conflict_type == "conflicting_opinions", res.explanation


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        pytest.param(
            "When will each phase of the Tarrow marina works take place?", "complementary", id="each"
        ),
        pytest.param("When will the Tarrow marina works take place?", "conflicting_opinions", id="one-date"),
    ],
)
def test_a_question_asking_for_each_part_takes_the_parts_as_given(question: str, kept: str) -> None:
    bias = tuple(5.0 if lab == "conflicting_opinions" else 0.0 for lab in LABELS)
    model = RelationModel(families=("none.",), weights={}, bias=bias)
    pool = table_docs(
        [
            (date(2024, 11, 7), "Phase one of the Tarrow marina works will begin in January 2025."),
            (date(2024, 12, 10), "Phase two of the Tarrow marina works is scheduled for May 2025."),
        ]
    )
    values = ("January 2025", "May 2025")
    parts = Answer(question, "date", "January 2025 and May 2025.", values, "complementary", None)
    res = _retyped(parse_question(question), pool, parts, model)
    assert res.conflict_type == kept, res.explanation


def _opener_rows(disclaimer: str, opener: str) -> list[tuple[date | None, str]]:
    return [
        (
            None,
            "KELBY DIGEST - silliness from the coast\n\nEXCLUSIVE: TV chef Ronan Kiel to open Greenway "
            "Festival "
            f"by cycling from Tarrow in a full chef's hat. {disclaimer}",
        ),
        (
            date(2024, 8, 7),
            f"Retired postwoman to open Greenway Festival\n\n{opener} will officially open this year's "
            "Greenway Festival in Kelby on Saturday 24 August, organisers announced. Festival chair Liam Foy "
            "said reports that a TV chef would open the event came from a satire site.",
        ),
    ]


@pytest.mark.parametrize(
    ("disclaimer", "opener"),
    [
        pytest.param(
            "This site publishes satire. Stories are not true.", "Maura Dunn", id="publishes-satire"
        ),
        pytest.param(
            "All our stories are made up.",
            "Maura Dunn, who delivered post along the old railway line for 35 years,",
            id="delivered-post-is-mail",
        ),
    ],
)
def test_the_refuting_source_states_who_instead(disclaimer: str, opener: str) -> None:
    question = "Who will officially open the 2024 Greenway Festival in Kelby?"
    res = answer(question, table_docs(_opener_rows(disclaimer, opener)))
    assert res.conflict_type == "misinformation", res.explanation
    assert any("Maura Dunn" in v for v in res.values), res.explanation


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("This site publishes satire. Stories are not true.", True),
        ("Our website only publishes parody.", True),
        ("The council publishes its minutes monthly.", False),
    ],
)
def test_a_satire_sites_own_disclaimer(text: str, own: bool) -> None:
    assert (_SATIRE_SELF.search(text) is not None) is own


@pytest.mark.parametrize(
    ("told", "value"),
    [
        pytest.param("two hours now costs £2.40", "£2.40", id="the-questions-measure"),
        pytest.param("a day ticket now costs £2.40", "£2.00", id="another-measure"),
    ],
)
def test_a_later_price_of_the_measure_the_question_names_answers(told: str, value: str) -> None:
    later = (
        date(2024, 4, 9),
        "Tarrow Chamber of Trade - Members' news\n\nMembers have raised concerns after the April rise at "
        f"Mill Lane, where {told}.",
    )
    question = "How much does it cost to park for up to two hours at Mill Lane car park in Tarrow?"
    res = answer(question, table_docs([*_PARKING, later]))
    assert res.values == (value,), res.explanation
