"""Figures for each part a question names, when a source names the part far from the figure ("mothball its
Corran Hill mine in Weardale by the end of June, with the loss of 140 jobs"); and who-questions about seats
answered with people, not with the parties that gained them."""

from __future__ import annotations

from datetime import date

from analyzed import rules_answer as answer
from analyzed import table_docs

_APR = date(2024, 4, 16)


def test_each_named_site_gets_its_figure_though_named_far_from_it() -> None:
    docs = table_docs(
        [
            (
                _APR,
                "Tarrow Minerals said on Tuesday it would mothball its Ashby Fell fluorspar mine in "
                "Weardale by the end of June, with the loss of 140 jobs, blaming a slump in prices.",
            ),
            (
                None,
                "The union has condemned Tarrow Minerals' decision to close the processing plant at Brigg "
                "Moor with the loss of 85 jobs.",
            ),
        ]
    )
    res = answer("How many jobs are being cut at Tarrow Minerals' Ashby Fell and Brigg Moor sites?", docs)
    assert {"140", "85"} <= set(res.values), (res.values, res.explanation)


def test_control_a_figure_for_another_site_in_the_sentence_stays_out() -> None:
    docs = table_docs(
        [
            (
                _APR,
                "Tarrow Minerals said on Tuesday it would mothball its Ashby Fell fluorspar mine, with "
                "the loss of 140 jobs.",
            ),
            (
                _APR,
                "Elsewhere in Weardale, Holm Quarries said its Kettle Scar site would shed 60 jobs.",
            ),
        ]
    )
    res = answer("How many jobs are being cut at Tarrow Minerals' Ashby Fell mine?", docs)
    assert res.values[:1] == ("140",) and "60" not in res.values, (res.values, res.explanation)


def test_who_won_the_seats_names_people_not_parties() -> None:
    docs = table_docs(
        [
            (
                date(2023, 5, 5),
                "Portlow council election: Rita Okonjo won the first seat in Eastfield ward. The Greens won "
                "the third seat in Eastfield after a recount.",
            ),
            (
                date(2023, 5, 5),
                "Priya Tandel won the third seat in Eastfield ward for the Greens by 14 votes after a "
                "recount.",
            ),
        ]
    )
    res = answer("Who won the seats in Eastfield ward in the Portlow council election?", docs)
    assert {"Rita Okonjo", "Priya Tandel"} <= set(res.values), (res.values, res.explanation)
    assert "Greens" not in res.values, res.values


def test_control_a_count_of_something_else_named_with_the_place_stays_out() -> None:
    docs = table_docs(
        [
            (
                date(2024, 10, 23),
                "Typhoon Lumbay: evacuations\nThe provincial disaster office said pre-emptive "
                "evacuations began on Tuesday morning as the typhoon strengthened over the sea, with "
                "schools and gyms opened as shelters and relief goods moved to the coast. Forecasters "
                "expect landfall late on Wednesday, with storm surges of up to three metres along exposed "
                "shores and heavy rain inland.\nThe Municipality of Dalwick reports 5,240 persons (1,310 "
                "families) evacuated from 17 coastal and riverside barangays, now staying in 22 evacuation "
                "centres.",
            ),
        ]
    )
    res = answer("How many people were evacuated in Dalwick ahead of Typhoon Lumbay?", docs)
    assert res.values[:1] == ("5,240",) and "22" not in res.values, (res.values, res.explanation)
