"""A page's menu is no sentence, a figure's own clause may name another kind of the thing asked, and a
name that starts like a month is still a name."""

from __future__ import annotations

from datetime import date

import pytest

from analyzed import assert_values, table_docs
from analyzed import rules_answer as answer
from tidings.ask.members import _only_in_capitals
from tidings.facts import name_facts, quantity_facts

_PRESS_RELEASE = (
    "Tarrow Maritime Museum | Visit | Exhibitions | Schools | About | Press\n\n"
    "Press release: Acting director appointed\n\n"
    "The board of the Tarrow Maritime Museum has appointed {name}, head of collections, as acting director "
    "from 1 March.\n\n{name} has worked at the museum for nine years."
)


@pytest.mark.parametrize("name", ["Kari Aune", "Maria Holt", "Junior Tevita"])
def test_a_page_menu_is_not_the_answer(name: str) -> None:
    rows = [(None, _PRESS_RELEASE.format(name=name))]
    res = answer("Who is running the Tarrow Maritime Museum?", table_docs(rows))
    assert_values(res, [name], absent=["Visit", "Exhibitions", "Schools"])


_MINUTES = (
    "Council minutes\n\nResolution: That the adult return fare on the Tarrow pier train be increased from $6 "
    "to $7 from 1 December 2023, with child fares to increase by $1, and {rest}."
)


@pytest.mark.parametrize(
    ("rest", "values", "absent"),
    [
        pytest.param("that the family fare be set at $20", ["$7"], ["$20"], id="another-kind"),
        pytest.param("that the adult fare for groups be set at $5", ["$7"], [], id="the-kind-asked"),
    ],
)
def test_a_figures_own_clause_names_its_kind(rest: str, values: list[str], absent: list[str]) -> None:
    rows = [(date(2023, 11, 8), _MINUTES.format(rest=rest))]
    res = answer("What is the adult return fare on the Tarrow pier train?", table_docs(rows))
    assert_values(res, values, absent)


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("The board has appointed Maria Holt as acting director.", ["Maria Holt"]),
        ("Officers recommend a smaller aquarium on Marine Parade.", ["Marine Parade"]),
        ("The array will sit off Nova Scotia, the minister said.", ["Nova Scotia"]),
        ("On Monday Decker Hall reopened.", ["Decker Hall"]),
        ("Saturday Market Day returns.", ["Market Day"]),
    ],
)
def test_names_that_start_like_a_month(sentence: str, names: list[str]) -> None:
    got = [f.text for f in name_facts(sentence, "Who or what is it?")]
    assert all(n in got for n in names), got


_LEADERSHIP = [
    (
        date(2024, 1, 22),
        "Tarrow Arts Centre announces new Artistic Director\n\nThe Board of the Tarrow Arts Centre is "
        "pleased to announce the appointment of Orla Keane as Artistic Director.",
    ),
    (
        date(2024, 2, 5),
        "TARROW SOUTH ECHO | News | Sport\n\nNew chair for arts centre board\n\nTarrow solicitor Declan "
        "Furey has been elected chair of the board of the Tarrow Arts Centre.",
    ),
    (
        date(2024, 3, 11),
        "Delighted to start as General Manager at Tarrow Arts Centre! I'm excited to work with our new "
        "Artistic Director Orla Keane and the board.",
    ),
]


def test_posts_and_mastheads_are_no_members_of_a_leadership() -> None:
    res = answer("Who makes up the new leadership of the Tarrow Arts Centre?", table_docs(_LEADERSHIP))
    assert_values(res, ["Orla Keane", "Declan Furey"], absent=["Artistic Director", "Tarrow South Echo"])
    assert not any(v.startswith("Artistic Director") for v in res.values), res.values


@pytest.mark.parametrize(
    ("name", "texts", "shouted"),
    [
        ("Urgent Urgent", ["URGENT URGENT - NO WATER in Tarrow Vale from Wednesday!!"], True),
        ("Shark Alert", ["SHARK ALERT: beaches shut", "A shark alert was issued."], False),
        ("Tarrow Vale", ["NO WATER in TARROW VALE", "Water is off in Tarrow Vale on Wednesday."], False),
        ("Gull Heights", ["GULL HEIGHTS | News | Sport"], True),
        ("Bramley", ["BRAMLEY"], False),  # one word: left to the other rules
    ],
)
def test_names_written_only_in_capitals(name: str, texts: list[str], shouted: bool) -> None:
    docs = table_docs([(None, t) for t in texts])
    assert _only_in_capitals(name, docs) is shouted


@pytest.mark.parametrize(
    ("sentence", "facts"),
    [
        ("The supply is off from 08:00 to 16:00 to connect a valve.", ["16:00"]),
        ("Tickets cost 24 kroner each.", ["24 kroner"]),
        ("She set a record of 3:59.87 in the 1500 metres.", ["3:59.87"]),
        ("The fire burned 3,400 hectares.", ["3,400 hectares"]),
        ("Cars may go at 20 km/h now.", ["20 km/h"]),
    ],
)
def test_a_figure_takes_the_unit_written_after_it_only(sentence: str, facts: list[str]) -> None:
    a = table_docs([(date(2024, 6, 1), sentence)])[0]
    got = [f.text for f in quantity_facts(sentence, 0, a.claims)]
    assert all(f in got for f in facts), got
    assert not any(g.endswith((" to", " each", " in")) for g in got), got


@pytest.mark.parametrize(
    "left",
    ["following the departure of Ola Berg", "replacing Ola Berg", "who took over from Ola Berg"],
)
def test_the_holder_who_left_is_not_who_runs_it(left: str) -> None:
    rows = [
        (
            None,
            "Tarrow Maritime Museum | Visit | About | Press\n\nPress release: Acting director appointed\n\n"
            "The board of the Tarrow Maritime Museum has appointed Kari Aune as acting director from 1 "
            f"February, {left}.",
        )
    ]
    res = answer("Who is running the Tarrow Maritime Museum?", table_docs(rows))
    assert_values(res, ["Kari Aune"], absent=["Ola Berg"])
