"""A seat "won by" someone, a town's "The Square", a rumour told in an after-clause, a festival "taking
place", a rate of "one day a week", a stop a bus "will not stop at", a holder "who has managed" a body and
one who "starts October 1", a width that is no length, a figure in another unit, a question's verb at its
end, a change asked "by what percentage", a festival's programme, a sum asked by its sources, works planned
against a hazard; and dates: a feast that names a market, a page that sells tickets, a day an event was
advertised for, a forum post's author before "posted", and a meeting's summary line."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, corpus_dates, document, table_docs
from analyzed import rules_answer as answer
from tidings import dating
from tidings.ask.members import _question_verbs
from tidings.ask.question import parse_question
from tidings.dating._content import read_mentions
from tidings.timex import tag


def test_a_seat_won_by_someone_names_the_winner_after_by() -> None:
    rows = [
        (
            date(2022, 11, 18),
            "Kelby Bulletin - Corrections\n\nAn earlier version of our report on the Kelby ward by-election "
            "wrongly stated that Owen Tally had won. In fact the seat was won by Mari Pugh, who received 412 "
            "votes to Mr Tally's 398.",
        ),
    ]
    res = answer("Who won the Kelby ward by-election?", table_docs(rows))
    assert res.conflict_type == "misinformation", res.explanation
    assert_values(res, ["Mari Pugh"], absent=["Owen Tally"])


def test_a_towns_square_keeps_its_capital_article() -> None:
    rows = [
        (
            date(2024, 8, 2),
            "Kelby Radio News\n\nGardai say Bridge Street, The Square and Mill Lane will be closed to "
            "traffic "
            "during the Kelby fair, with diversions signposted.",
        ),
    ]
    res = answer("Which roads will be closed in Kelby during the fair?", table_docs(rows))
    assert "The Square" in res.values, res.explanation


def test_a_rumour_told_after_what_holds_is_the_report_not_the_place_that_holds() -> None:
    rows = [
        (
            date(2023, 11, 2),
            "Kelby Gossip (blog)\n\nWe're hearing that this year's craft fair is being moved out of Kelby "
            "to Orrin because of the roadworks. More when we have it.",
        ),
        (
            date(2023, 11, 6),
            "Kelby Coaster | News\n\nThe Kelby craft fair will go ahead in Market Square as normal, "
            "organisers confirmed today, after a rumour spread online that it was being moved to Orrin.",
        ),
    ]
    res = answer("Where is the Kelby craft fair being held this year?", table_docs(rows))
    assert res.conflict_type == "misinformation", res.explanation
    assert_values(res, ["Market Square"], absent=["Orrin"])


def test_control_a_denial_by_those_a_report_named_keeps_the_whole_sentence_as_the_report() -> None:
    rows = [
        (
            date(2026, 4, 7),
            "Consumer Commission - Media statement\n\nThe recalled Kelby Crunch peanut butter was sold "
            "through Freshway and Budgetco stores.",
        ),
        (
            date(2026, 4, 8),
            "URGENT: Kelby Crunch peanut butter is being recalled at Hillmart, Caskets, Freshway and "
            "Budgetco!!! Send to all your groups!!",
        ),
        (
            date(2026, 4, 9),
            "Kelby Business News\n\nHillmart and Caskets said on Wednesday they have never stocked Kelby "
            "Crunch, after a WhatsApp message wrongly named them in the recall.",
        ),
    ]
    res = answer("Which stores are recalling Kelby Crunch peanut butter?", table_docs(rows))
    assert_values(res, ["Freshway", "Budgetco"], absent=["Hillmart", "Caskets"])


def test_a_festival_taking_place_is_dated_by_the_day_it_takes_place() -> None:
    rows = [
        (
            date(2025, 5, 27),
            "Kelby Food and Culture Festival\n\nOur festival is free. The 2025 festival takes place on "
            "Saturday 16 August in the town centre, from 12 noon to 8pm.",
        ),
    ]
    res = answer("When is the 2025 Kelby Food and Culture Festival taking place?", table_docs(rows))
    assert_values(res, ["2025-08-16"])


def test_one_day_a_week_is_a_count_and_a_refuted_one() -> None:
    rows = [
        (
            date(2024, 2, 8),
            "Kelby Community Page\n\nJust heard the Kelby medical centre is cutting back to ONE DAY A WEEK "
            "from next month!! Please share!!",
        ),
        (
            date(2024, 2, 9),
            "Kelby Health Services\n\nWe are aware of a social media post claiming the Kelby Medical Centre "
            "will open only one day a week. This is not correct. The medical centre remains open five days "
            "a week, Monday to Friday.",
        ),
    ]
    res = answer("How many days a week is the Kelby medical centre open?", table_docs(rows))
    assert res.conflict_type == "misinformation", res.explanation
    assert_values(res, ["five"])
    assert any(s.value.startswith("one") for s in res.superseded), res.explanation


@pytest.mark.parametrize(
    "later",
    [
        "The Kelby express bus will not stop at Orrin after all, the operator has confirmed, while a stop "
        "at Fenwick has been added.",
        "Orrin dropped from express bus route: the final route will be Kelby - Fenwick - Dunmore.",
    ],
)
def test_a_stop_the_bus_will_not_make_after_all_leaves_the_list(later: str) -> None:
    rows = [
        (
            date(2023, 6, 12),
            "Kelby express bus - have your say\n\nProposed stops:\n - Orrin\n - Dunmore\n\nBuses would run "
            "every 30 minutes.",
        ),
        (date(2023, 9, 28), "Kelby Matters\n\n" + later),
    ]
    res = answer("Where does the new Kelby express bus stop on its way south?", table_docs(rows))
    assert res.conflict_type == "outdated", res.explanation
    assert_values(res, ["Dunmore"], absent=["Orrin"])


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("As of June 2023, who was managing the Kelby Harbour Authority?", "manager"),
        ("Who was chairing the Kelby inquiry in May?", "chairman"),
    ],
)
def test_a_post_asked_by_its_past_progressive_verb(question: str, role: str) -> None:
    assert parse_question(question).attribute == role


def test_a_holder_who_has_managed_a_body_and_one_who_starts_after_the_question() -> None:
    rows = [
        (
            date(2023, 2, 15),
            "Kelby Beacon\n\nGerald Hope, who has managed the Kelby Harbour Authority since 2001, will "
            "retire "
            "at the end of March.",
        ),
        (
            date(2023, 4, 3),
            "Kelby Harbour Authority - Notice\n\nThe Board is pleased to announce that Paula Kerr has been "
            "appointed interim manager of the Kelby Harbour Authority, effective Monday.",
        ),
        (
            date(2023, 6, 20),
            "Kelby Radio\n\nThe Kelby Harbour Authority has hired Derrick Abbe as its new manager. Abbe, a "
            "former plant supervisor, takes over from interim manager Paula Kerr. Abbe starts October 1.",
        ),
    ]
    res = answer(
        "As of June 2023, who was managing the Kelby Harbour Authority?",
        table_docs(rows),
        as_of=date(2023, 6, 30),
    )
    assert res.conflict_type == "outdated", res.explanation
    assert_values(res, ["Paula Kerr"], absent=["Derrick Abbe"])
    assert any(s.value == "Gerald Hope" for s in res.superseded), res.explanation


def test_a_width_is_no_length_and_a_length_in_kilometres_is_the_one_in_metres() -> None:
    rows = [
        (
            date(2024, 9, 12),
            "Kelby shared path now open: It is 2.5 metres wide for its full length, with three rest nodes.",
        ),
        (
            date(2024, 9, 6),
            "Residents hit the new path: The Shire says the path is 4,200 metres of new concrete.",
        ),
        (
            None,
            "Kelby Noticeboard\n\nFinally walked the whole 4.2km of the new path this morning with the kids.",
        ),
    ]
    res = answer("How long is the new shared path built in Kelby?", table_docs(rows))
    assert res.conflict_type == "no_conflict", res.explanation
    assert_values(res, ["4,200", "4.2"], absent=["2.5"])


@pytest.mark.parametrize(
    ("question", "verbs"),
    [
        ("Which services will the new community hub in Kelby offer?", {"offer"}),
        ("Which ports will the ferry call at?", {"call"}),
        # control: a participle names the verb, wherever it stands
        ("Which countries have signed the treaty?", {"sign"}),
    ],
)
def test_a_list_questions_verb_after_its_auxiliary_and_subject(question: str, verbs: set[str]) -> None:
    assert _question_verbs(question) == verbs


def test_a_change_asked_by_what_percentage_and_a_notice_for_the_district_s_towns() -> None:
    rows = [
        (
            date(2024, 6, 5),
            "District Municipality\n\nNOTICE: WATER TARIFFS 2024/25\n\nCouncil has approved the following "
            "tariff adjustments for all towns in the district, including Orrin, Kelby and Dunmore:\n\n"
            " - Water tariffs: increase of 8.5%\n - Sanitation tariffs: increase of 6.0%\n",
        ),
        (
            date(2024, 6, 12),
            "Border Herald\n\nResidents of Kelby and other district towns will pay 8.5 percent more for "
            "water from next month.",
        ),
        (
            date(2024, 6, 28),
            "Radio news\n\nResidents in Kelby are reminded that new water tariffs come into effect on 1 "
            "July. The district approved an increase of 8.5 percent for water and 6 percent for sanitation.",
        ),
    ]
    res = answer(
        "By what percentage are water tariffs in Kelby increasing for the 2024/25 financial year?",
        table_docs(rows),
    )
    assert res.conflict_type == "no_conflict", res.explanation
    assert_values(res, ["8.5"], absent=["6 percent", "6.0%"])


def test_a_festivals_programme_from_bullets_a_colon_and_its_finale() -> None:
    rows = [
        (
            date(2024, 2, 20),
            "KELBY RIVERFRONT FESTIVAL 2024\n\nHighlights announced so far:\n - Paddle steamer parade from "
            "11am past the reserve\n - Night market from 5pm with local wine\n",
        ),
        (
            date(2024, 3, 13),
            "Kelby Radio\n\nPRESENTER: This Saturday it's the Kelby Riverfront Festival, and something new "
            "this year: a dragon boat regatta.",
        ),
        (
            date(2024, 3, 5),
            "Kelby Riverfront Festival - event page\n\nPROGRAM UPDATE! We're excited to confirm the festival "
            "will finish with a fireworks display over the river at 9pm.",
        ),
    ]
    res = answer("What events are on the programme of the 2024 Kelby Riverfront Festival?", table_docs(rows))
    assert res.conflict_type == "complementary", res.explanation
    assert_values(res, ["paddle steamer parade", "night market", "dragon boat regatta", "fireworks display"])


def test_a_sum_asked_by_its_sources_is_told_in_parts() -> None:
    rows = [
        (
            date(2023, 10, 3),
            "The Province is providing $2.1 million toward the renovation of the Kelby arena.",
        ),
        (date(2023, 10, 17), "The federal government is putting $1.4 million into the Kelby arena project."),
        (
            date(2023, 10, 23),
            "Kelby Council - Minutes\n\nAdministration reported that with confirmed provincial "
            "($2.1 million) "
            "and federal ($1.4 million) funding, the remaining municipal share of the Kelby arena project is "
            "$600,000.",
        ),
    ]
    res = answer(
        "How much money is going into the Kelby arena upgrade, and from which sources?", table_docs(rows)
    )
    assert res.conflict_type == "complementary", res.explanation
    assert_values(res, ["$2.1 million", "$1.4 million", "$600,000"])


def test_works_planned_against_a_hazard_are_what_is_to_be_built() -> None:
    rows = [
        (
            date(2024, 5, 22),
            "Met Office news\n\nThe Met Office will expand its monitoring of the slopes above Kelby this "
            "summer. A ground-based radar monitoring system will be installed across the fjord.",
        ),
        (
            date(2024, 6, 10),
            "Kelby to get deflecting dam\n\nA deflecting dam is to be built on the slope above the eastern "
            "part of Kelby, the ministry announced.",
        ),
        (
            date(2024, 6, 19),
            "Kelby council - meeting summary\n\nThe council was briefed on the protective measures for "
            "Kelby. "
            "In addition to the planned dam, drainage ditches will be dug on the slope above the school.",
        ),
    ]
    res = answer("What is planned to protect Kelby from landslides?", table_docs(rows))
    assert_values(res, ["radar monitoring system", "deflecting dam", "drainage ditches"])


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "THE KELBY COASTER | News\nMonday 6 November 2023\n\n"
            "Christmas market staying in Market Square\n\n"
            "Kelby's Christmas market will go ahead as normal, organisers confirmed today.",
            date(2023, 11, 6),
        ),
        (
            "KELBY MUNICIPALITY - SUMMARY OF THE MEETING OF THE LOCAL COUNCIL FOR KELBY NORTH, JUNE 2024\n\n"
            "Item 3. The council was briefed on the design of protective measures.",
            None,  # the month of the meeting
        ),
    ],
)
def test_a_feasts_market_is_no_date_and_a_meetings_line_dates_its_summary(
    text: str, day: date | None
) -> None:
    # the headline is the page's title too, as a reader takes it from the page's markup
    est = dating.date_document(document(text, title=text.split("\n\n")[1] if day is not None else None))
    if day is not None:
        assert (est.earliest, est.latest) == (day, day), est
    else:
        assert (est.earliest, est.latest, est.rule) == (
            date(2024, 6, 1),
            date(2024, 6, 30),
            "header-issue",
        ), est


def test_a_page_that_sells_tickets_is_written_before_the_day_it_sells() -> None:
    text = (
        "TIX - Ireland's best events!\n\nKELBY FOOD FESTIVAL 2025\nSaturday 2 August 2025 | Kelby\n\n"
        "Street food from 30 nations. Only 84 tickets left! BUY NOW"
    )
    est = dating.date_document(document(text))
    assert est.latest is not None and est.latest <= date(2025, 8, 2), est
    # control: the same line on a page that sells nothing is a day the page looks back on
    plain = dating.date_document(document(text.replace("Only 84 tickets left! BUY NOW", "It was sunny.")))
    assert plain.earliest is not None and plain.earliest >= date(2025, 8, 2), plain


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("The scam website advertised the event for 2 August and charged an entry fee.", "billed"),
        ("control: The scam website charged an entry fee on 2 August.", ""),
    ],
)
def test_a_day_an_event_was_advertised_for_bounds_nothing(sentence: str, role: str) -> None:
    text = sentence.removeprefix("control: ")
    mentions = read_mentions(text, tag(text, None))
    assert [m.role for m in mentions if "August" in m.text] == [role]


def test_a_forum_posts_author_before_posted_and_its_day_in_the_corpus_year() -> None:
    told = document(
        "Kelby Transport - have your say\n\nConsultation closes 9 July 2023.", given="2023-06-12", name="d1"
    )
    post = document(
        "Kelby Noticeboard\n\nRob T. - posted Monday 6 November\n\nFirst day of the new express bus today!",
        name="d2",
    )
    est = corpus_dates(told, post)[post.id]
    assert (est.earliest, est.latest) == (date(2023, 11, 6), date(2023, 11, 6)), est


@pytest.mark.parametrize(
    ("sentence", "unit", "counted"),
    [
        ("Our estimate is about 30 year-round jobs, said the branch leader.", "", "year-round jobs"),
        ("control: The lease runs for 30 years from next month.", "years", ""),
    ],
)
def test_a_count_of_year_round_jobs_is_no_span_of_years(sentence: str, unit: str, counted: str) -> None:
    (doc,) = table_docs([(date(2025, 1, 29), sentence.removeprefix("control: "))])
    (thirty,) = [c for c in doc.claims if c.kind == "quantity" and c.value.startswith("30")]
    assert (thirty.unit, thirty.subject) == (unit, counted), thirty


def test_a_date_a_contractor_now_expects_moves_the_one_first_given() -> None:
    rows = [
        (
            date(2023, 6, 20),
            "Kelby Bulletin\n\nThe Kelby Leisure Centre pool will close next month for repairs to its roof, "
            "and is expected to reopen in January 2024, the operator said.",
        ),
        (
            date(2023, 12, 4),
            "Operator news\n\nWe are sorry to tell customers that the pool at Kelby Leisure Centre will not "
            "reopen in January as planned. Surveys found further damage, and the contractor now expects the "
            "pool to reopen in April 2024.",
        ),
    ]
    res = answer("When is the Kelby Leisure Centre pool expected to reopen?", table_docs(rows))
    assert res.conflict_type == "outdated", res.explanation
    assert_values(res, ["April 2024"], absent=["January"])


def test_a_value_put_in_the_month_asked_of_by_a_later_source_held_then() -> None:
    rows = [
        (
            date(2024, 2, 20),
            "Kelby News\n\nAbout 2,400 households in Kelby have been without piped water since Saturday "
            "after two pumps failed, the municipality said.",
        ),
        (
            None,
            "Kelby Community Radio\n\nNearly three months after the pump failure, around 300 households in "
            "Kelby are still relying on water tankers, down from about 1,100 in March.",
        ),
    ]
    res = answer(
        "As of mid-March 2024, how many households in Kelby were without piped water?",
        table_docs(rows),
        as_of=date(2024, 3, 15),
    )
    assert_values(res, ["1,100"], absent=["300"])
    # control: asked of a later month, the value put in March is history again
    later = answer(
        "As of May 2024, how many households in Kelby were without piped water?",
        table_docs(rows),
        as_of=date(2024, 5, 20),
    )
    assert not any("held in the month" in line for line in later.explanation), later.explanation
    assert_values(later, [], absent=["1,100"])


def test_each_side_of_a_should_question_is_named_by_its_own_words() -> None:
    rows = [
        (
            date(2022, 9, 21),
            "Kelby Telegraph\n\nThe proposal to sell part of Carnival Park in Kelby has divided the town. "
            "Grey Power members support the sale. But the Carnival Park Trust strongly opposes any sale.",
        ),
        (
            date(2022, 9, 28),
            "Letters\n\nSupport the sale\n\nI support the council's plan to sell part of Carnival Park, "
            "provided the money stays in Kelby.\n\n- Des W., Kelby",
        ),
    ]
    res = answer("Should the council sell part of Carnival Park in Kelby?", table_docs(rows))
    assert res.conflict_type == "conflicting_opinions", res.explanation
    got = " | ".join(res.values)
    assert "support:" in got and "oppose:" in got, (res.values, res.explanation)


@pytest.mark.parametrize(
    ("tail", "ctype"),
    [
        ("not the 40 per cent stated in the council's report.", "conflicting_opinions"),
        # control: a figure merely set right is the wrong one
        ("not 40 per cent as first reported.", "misinformation"),
    ],
)
def test_a_sides_figure_set_against_the_others_report_is_a_rival_estimate(tail: str, ctype: str) -> None:
    rows = [
        (
            date(2025, 3, 3),
            "Kelby County Council - Consultation\n\nTraffic modelling indicates that the road would reduce "
            "traffic on Kelby Main Street by up to 40 per cent at peak times.",
        ),
        (
            date(2025, 4, 3),
            "Kelby Community Forum - our submission\n\n1. Our traffic survey suggests the road would reduce "
            "Kelby Main Street traffic by about 10 per cent, " + tail,
        ),
    ]
    res = answer("How much would the Kelby relief road reduce traffic on Main Street?", table_docs(rows))
    assert res.conflict_type == ctype, res.explanation


def test_a_headlines_verb_is_no_holder_and_a_chief_of_police_is_the_police_chief() -> None:
    rows = [
        (
            date(2023, 1, 9),
            "CITY OF KELBY - NEWS RELEASE\n\nInterim Police Chief Named\n\nThe Kelby Police Commission has "
            "appointed Lieutenant Dana Hale as interim chief of police, effective immediately.",
        ),
    ]
    res = answer("Who is the police chief of Kelby?", table_docs(rows))
    assert_values(res, ["Dana Hale"], absent=["Named"])


def test_a_full_councils_line_dates_its_report() -> None:
    text = (
        "KELBY TOWN COUNCIL - FULL COUNCIL, MARCH 2024 - REPORT OF THE POOL WORKING GROUP (summary)\n\n"
        "The working group reports that the latest estimate for the pool is GBP 1.65 million."
    )
    est = dating.date_document(document(text))
    assert (est.earliest, est.latest, est.rule) == (date(2024, 3, 1), date(2024, 3, 31), "header-issue"), est
