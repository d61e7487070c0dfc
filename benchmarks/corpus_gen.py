"""A seeded generator of synthetic news articles for scale benchmarks, with questions and their answers.

usage: python benchmarks/corpus_gen.py N OUT.jsonl [--questions K] [--seed S] [--questions-out Q.jsonl]

Every name, place, outlet and sentence is invented here from templates. The corpus is made of developing
stories ("topics"): a mine collapse whose trapped count falls as rescuers reach groups of workers, a flood
or quake whose death toll rises, a company whose planned job cuts grow, and succession stories (chief
executives, mayors after an election, police chiefs, football coaches). Each topic runs over weeks, one
article every few days from rotating outlets; about half the articles carry no date and say "on Friday" or
"last week" instead. Some stories get a false report followed by a denial ("the report is false"). Scraping
leftovers (advertisements, newsletter pitches, photo credits, "Read more" links) are mixed into the text,
and distractor articles (weather, markets, culture, passing mentions of a topic) fill about a fifth of the
corpus.

The generator keeps its own ground truth: the value each topic holds after its last true report, from which
the question list is drawn (evenly over the topics, so every kind of story is asked about).
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Literal

__all__ = ["Article", "Corpus", "Question", "generate", "write_corpus"]

Kind = Literal["trapped", "toll", "jobs", "ceo", "mayor", "police", "coach"]
KINDS: tuple[Kind, ...] = ("trapped", "toll", "jobs", "ceo", "mayor", "police", "coach")

_START = date(2022, 1, 3)
_SPAN_DAYS = 1200  # stories start anywhere in about three years and a quarter
DISTRACTOR_SHARE = 0.2

# fmt: off
_ONSETS = ("b", "br", "c", "d", "dr", "f", "g", "gr", "h", "k", "kl", "l", "m", "n", "p", "pr", "r", "s",
           "st", "t", "tr", "v", "w", "th", "sk", "sl", "z")
_VOWELS = ("a", "e", "i", "o", "u", "ae", "ei", "ou", "y")
_CODAS = ("n", "r", "l", "m", "s", "nd", "rk", "st", "th", "v", "ld", "rn", "x", "")
_PLACE_ENDS = ("ford", "by", "ton", "wick", "holm", "dal", "mere", "stad", "haven", "field", "brook", "moor",
               "vik", "ness", "gate", "bury")
_FIRST = ("Anna", "Piet", "Lena", "Tomas", "Renata", "Jonas", "Mara", "Elin", "Oskar", "Ines", "Viktor",
          "Hanne", "Karel", "Daria", "Felix", "Ruth", "Anders", "Sofia", "Bram", "Ilse", "Marek", "Nadia",
          "Emil", "Greta", "Lukas", "Vera", "Stefan", "Irena", "Paulo", "Carla", "Henrik", "Marta",
          "Teodor", "Alma", "Jakob", "Nora", "Milan", "Edith", "Rafael", "Lotte", "Samir", "Yara", "Ivo",
          "Agnes", "Leon", "Clara", "Dmitri", "Ada")
_OUTLET_WORDS = ("Herald", "Courier", "Ledger", "Standard", "Gazette", "Post", "Chronicle", "Observer",
                 "Wire", "Tribune", "Dispatch", "Sentinel")
_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                 "nineteen", "twenty")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_MINERALS = ("copper", "zinc", "coal", "nickel", "gold", "tin", "iron ore", "lithium")
_DISASTERS = ("floods", "earthquake", "landslide", "storm", "wildfire")
_SECTORS = ("logistics", "software", "steel", "retail", "shipping", "telecoms", "chemicals", "insurance",
            "aerospace", "food")
_NOISE = (
    "Advertisement",
    "ADVERTISEMENT",
    "Sign up for our newsletter: the morning briefing, in your inbox every weekday. By giving us your email, "
    "you agree to our privacy policy.",
    "Read more: {other}",
    "Photo: {person} / {outlet}",
    "play_circle_filled WATCH: {other} 01:42",
    "Share this article: Facebook Twitter Email",
    "Your browser does not support the video tag.",
    "© {outlet}. All rights reserved.",
    "Story continues below advertisement",
)
# fmt: on


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    url: str | None
    title: str
    date: str | None
    text: str

    def to_dict(self) -> dict[str, str | None]:
        return {"id": self.id, "url": self.url, "title": self.title, "date": self.date, "text": self.text}


@dataclass(frozen=True, slots=True)
class Question:
    """A question about one topic and the values an answer must contain one of to count as right."""

    topic: str
    kind: str
    question: str
    expected: tuple[str, ...]
    as_of: str  # publication date of the last true report

    def to_dict(self) -> dict[str, object]:
        return {
            "topic": self.topic,
            "kind": self.kind,
            "question": self.question,
            "expected": list(self.expected),
            "as_of": self.as_of,
        }


@dataclass(frozen=True, slots=True)
class _Report:
    day: date  # publication date
    value: int | str  # the figure or role holder the article reports as current
    previous: tuple[int | str, ...]  # earlier values, oldest first
    event_gap: int  # days between the event reported and publication
    false: bool = False  # a false report (denied by the next article)
    denial: bool = False  # this article denies the previous false report


@dataclass(slots=True)
class _Topic:
    key: str
    kind: Kind
    names: dict[str, str]
    reports: list[_Report] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Corpus:
    articles: list[Article]
    questions: list[Question]
    topics: int


class _Names:
    """Invented names, each used once, so every topic is retrievable by its own words."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._used: set[str] = set()

    def _syllable(self) -> str:
        r = self._rng
        return r.choice(_ONSETS) + r.choice(_VOWELS) + r.choice(_CODAS)

    def word(self, *, place: bool = False) -> str:
        for _ in range(1000):
            base = self._syllable() + (self._rng.choice(_PLACE_ENDS) if place else self._syllable())
            name = base.capitalize()
            if name not in self._used and len(name) >= 5:
                self._used.add(name)
                return name
        raise RuntimeError("ran out of names")

    def any_place(self) -> str:
        """A place name that may repeat (headlines of other stories, passing mentions)."""
        return (self._syllable() + self._rng.choice(_PLACE_ENDS)).capitalize()

    def person(self) -> str:
        return f"{self._rng.choice(_FIRST)} {self.word()}"


def number_forms(value: int) -> tuple[str, ...]:
    """How an answer may write a count: digits with and without a thousands separator, or words to 20."""
    forms = [str(value), f"{value:,}"]
    if value < len(_NUMBER_WORDS):
        forms.append(_NUMBER_WORDS[value])
    return tuple(dict.fromkeys(forms))


def _count_text(value: int, *, capital: bool = False) -> str:
    text = _NUMBER_WORDS[value] if value <= 10 else f"{value:,}"
    return text.capitalize() if capital else text


# ---------------------------------------------------------------------------------------------------------
# Planning: the facts of each story, before any text is written


def _plan_topic(rng: random.Random, names: _Names, index: int) -> _Topic:
    kind = KINDS[index % len(KINDS)]
    town = names.word(place=True)
    region = names.word(place=True)
    n: dict[str, str] = {"town": town, "region": region}
    start = _START + timedelta(days=rng.randrange(_SPAN_DAYS))
    count = rng.randint(6, 22)
    days = [start]
    for _ in range(count - 1):
        days.append(days[-1] + timedelta(days=rng.randint(1, 4)))
    values: list[int | str] = []
    if kind == "trapped":
        n["site"] = f"{names.word()} {rng.choice(_MINERALS)} mine"
        n["operator"] = f"{names.word()} Minerals"
        value = rng.randint(9, 45)
        for i in range(count):
            if i and rng.random() < 0.45:
                value = max(1, value - rng.randint(1, 6))
            values.append(value)
    elif kind == "toll":
        n["disaster"] = rng.choice(_DISASTERS)
        value = rng.randint(2, 30)
        for i in range(count):
            if i and rng.random() < 0.55:
                value += rng.randint(1, 25)
            values.append(value)
    elif kind == "jobs":
        n["company"] = f"{names.word()} {rng.choice(('Group', 'Holdings', 'Industries', 'Systems'))}"
        n["sector"] = rng.choice(_SECTORS)
        value = rng.randint(4, 60) * 50
        for i in range(count):
            if i and rng.random() < 0.3:
                value += rng.randint(2, 30) * 50
            values.append(value)
    else:
        if kind == "ceo":
            n["org"] = f"{names.word()} {rng.choice(('Group', 'Holdings', 'Bank', 'Airlines', 'Energy'))}"
        elif kind == "coach":
            n["org"] = f"{town} {rng.choice(('Athletic', 'Rovers', 'United', 'Wanderers', 'City'))}"
        holders = [names.person() for _ in range(rng.randint(2, 3))]
        change_at = sorted(rng.sample(range(1, count), len(holders) - 1)) if count > len(holders) else []
        holder = 0
        for i in range(count):
            if holder < len(change_at) and i == change_at[holder]:
                holder += 1
            values.append(holders[holder])
    topic = _Topic(f"{kind}-{index}", kind, n)
    false_at = rng.randrange(2, count - 1) if count > 4 and rng.random() < 0.25 else -1
    history: list[int | str] = []
    for i, (day, current) in enumerate(zip(days, values, strict=True)):
        gap = rng.choice((0, 1, 1, 2, 3))
        if i == false_at:
            fake: int | str
            if kind == "trapped":
                fake = 0
            elif kind in ("toll", "jobs"):
                fake = int(current) * 3
            else:
                fake = names.person()
            topic.reports.append(_Report(day, fake, tuple(history), gap, false=True))
            continue
        denial = false_at >= 0 and i == false_at + 1
        topic.reports.append(_Report(day, current, tuple(history), gap, denial=denial))
        if not history or history[-1] != current:
            history.append(current)
    return topic


def _current(topic: _Topic) -> _Report:
    return next(r for r in reversed(topic.reports) if not r.false)


def _question(topic: _Topic) -> Question:
    n = topic.names
    last = _current(topic)
    if topic.kind == "trapped":
        text = f"How many workers are still trapped in the {n['site']}?"
    elif topic.kind == "toll":
        text = f"How many people have died in the {n['town']} {n['disaster']}?"
    elif topic.kind == "jobs":
        text = f"How many jobs is {n['company']} cutting?"
    elif topic.kind == "ceo":
        text = f"Who is the chief executive of {n['org']}?"
    elif topic.kind == "mayor":
        text = f"Who is the mayor of {n['town']}?"
    elif topic.kind == "police":
        text = f"Who is the police chief of {n['town']}?"
    else:
        text = f"Who is the head coach of {n['org']}?"
    if isinstance(last.value, int):
        expected = number_forms(last.value)
    else:
        expected = (last.value, last.value.split()[-1])
    return Question(topic.key, topic.kind, text, expected, last.day.isoformat())


# ---------------------------------------------------------------------------------------------------------
# Writing: the text of each article


class _Writer:
    def __init__(self, rng: random.Random, names: _Names) -> None:
        self.rng = rng
        self.names = names
        self.outlets = [f"{names.word(place=True)} {rng.choice(_OUTLET_WORDS)}" for _ in range(60)]
        self.reporters = [names.person() for _ in range(200)]

    # -- pieces ------------------------------------------------------------------------------------------

    def when(self, report: _Report, dated: bool) -> str:
        """When the reported event happened: a weekday for undated articles, as real reports say it."""
        event = report.day - timedelta(days=report.event_gap)
        if report.event_gap == 0:
            return "on " + _WEEKDAYS[event.weekday()] if not dated else "today"
        if dated and self.rng.random() < 0.5:
            return f"on {_MONTHS[event.month - 1]} {event.day}"
        return "on " + _WEEKDAYS[event.weekday()]

    def noise(self, outlet: str) -> str:
        line = self.rng.choice(_NOISE)
        return line.format(
            other=self.filler_headline(), person=self.rng.choice(self.reporters), outlet=outlet
        )

    def filler_headline(self) -> str:
        r = self.rng
        return r.choice(
            (
                f"{self.names.any_place()} council approves new bus lanes",
                f"Heatwave warning issued for the {r.choice(('north', 'south', 'coast', 'valley'))}",
                f"{r.choice(_FIRST)} {r.choice(('wins', 'loses', 'retains'))} regional chess title",
                "Five things to know before the markets open",
                f"Review: a {r.choice(('quiet', 'loud', 'long', 'brave'))} new play at the city theatre",
            )
        )

    def background(self, topic: _Topic | None) -> list[str]:
        """Paragraphs of colour, shuffled, without figures that answer any question."""
        r = self.rng
        town = topic.names["town"] if topic else self.names.any_place()
        region = topic.names["region"] if topic else self.names.any_place()
        who = r.choice(self.reporters)
        other = r.choice(self.reporters)
        month = r.choice(_MONTHS)
        pool = [
            f"{town}, a town of about {r.randint(8, 90)},000 people in the {region} region, has seen "
            f"{r.choice(('several', 'two', 'few'))} moments like this in recent decades, residents said.",
            f"Local businesses in {town} said trade had slowed, and a {r.choice(('bakery', 'hardware shop'))}"
            " on the main square had started collecting donations.",
            f"\u201cPeople here look after each other. That has not changed,\u201d said {who}, who has "
            f"lived in {town} for {r.randint(5, 60)} years.",
            f"The {region} regional government said it would review its procedures once the situation "
            "allowed, and opposition members called for an independent inquiry.",
            "Volunteers from neighbouring towns arrived through the week, and the local sports hall was "
            "turned into an information point with a canteen.",
            f"Road access to {town} was restricted for part of the week, and regional trains ran a reduced "
            "timetable between the valley stations.",
            f"Analysts said events in {town} were being watched closely by officials across the {region} "
            "region, where similar questions had been raised before without clear answers.",
            f"{other}, who teaches at the secondary school in {town}, said pupils had been given time to "
            "talk about the news and that counsellors were available.",
            f"The {region} chamber of commerce said it was too early to estimate the cost, but that "
            f"members had been asked to report losses by the end of {month}.",
            f"A public meeting is planned at the {town} community centre, where officials are expected to "
            "answer questions from residents and local business owners.",
            f"Opposition politicians in the {region} assembly said the authorities had been slow to share "
            "information, a charge the regional government rejected.",
            f"Several national ministers have visited {town} in recent years, most recently during a tour "
            f"of the {region} region in {month}, when infrastructure spending was promised.",
            f"The story has dominated conversation in the cafes around {town}'s old market hall, where "
            "regulars said they followed every update on the radio.",
            f"Regional broadcasters in {region} have extended their evening news programmes, and local "
            "newspapers have added pages of coverage and readers' letters.",
            f"An earlier review commissioned by the {region} region recommended changes to planning and "
            "emergency procedures; campaigners say few of them were carried out.",
            f"{who} said the town had a long memory. \u201cWe will be talking about this for years, and we "
            "want to get the lessons right,\u201d she said.",
        ]
        r.shuffle(pool)
        return pool

    # -- the core of each kind ---------------------------------------------------------------------------

    def core(self, topic: _Topic, report: _Report, dated: bool) -> tuple[str, list[str]]:
        n = topic.names
        r = self.rng
        when = self.when(report, dated)
        spokes = r.choice(self.reporters)
        prev = report.previous
        kind = topic.kind
        value = report.value
        if kind == "trapped":
            site, op = n["site"], n["operator"]
            assert isinstance(value, int)
            if report.false:
                return (
                    f"All trapped workers rescued at {site}",
                    [
                        f"All the trapped workers have been brought to the surface at the {site} near "
                        f"{n['town']}, the site reported {when}, citing people at the scene.",
                        "Families were seen embracing at the mine gate, according to the report.",
                    ],
                )
            title = f"{_count_text(value, capital=True)} workers still trapped at {site}"
            paras = [
                f"{_count_text(value, capital=True)} workers remain trapped in the {site} near "
                f"{n['town']}, the {n['region']} emergency service said {when}."
                + (
                    f" The number was down from {prev[0]} on the first day."
                    if prev and prev[0] != value
                    else ""
                ),
                f"Rescuers were drilling towards the workers, and {op}, which operates the mine, said it was "
                f"doing everything possible to reach them.",
                f"\u201cWe are treating every one of them as alive,\u201d said {spokes}, a spokesperson for "
                f"{op}.",
            ]
            if report.denial:
                paras.insert(
                    1,
                    f"A report that all the trapped workers had been rescued is false, the emergency service "
                    f"said {when}; {value} workers are still underground.",
                )
            return title, paras
        if kind == "toll":
            town, dis = n["town"], n["disaster"]
            assert isinstance(value, int)
            if report.false:
                return (
                    f"{town} {dis}: death toll reaches {value}",
                    [
                        f"The death toll from the {dis} in {town} has reached {value}, a local news site "
                        f"reported {when}, citing an unnamed official.",
                    ],
                )
            verb = "rose to" if prev and prev[-1] != value else "stands at"
            paras = [
                f"The death toll from the {dis} in {town} {verb} {value}, the {n['region']} civil protection "
                f"agency said {when}.",
                f"At least {r.randint(2, 40) * 10} people have been moved to temporary shelters, and "
                f"{r.randint(2, 30)} roads remain closed.",
                f"\u201cOur teams are still searching the worst-hit streets,\u201d said {spokes}, who leads "
                f"the agency's response.",
            ]
            if report.denial:
                paras.insert(
                    1,
                    f"Officials said a report of a higher figure was false; {value} people have died, "
                    f"according to the agency.",
                )
            return f"{town} {dis}: death toll {verb} {value}", paras
        if kind == "jobs":
            co = n["company"]
            assert isinstance(value, int)
            if report.false:
                return (
                    f"{co} to cut {value:,} jobs, report says",
                    [
                        f"{co} will cut {value:,} jobs, a trade newsletter reported {when}, without naming "
                        f"its sources."
                    ],
                )
            paras = [
                f"{co}, the {n['sector']} company based in {n['town']}, said {when} it would cut "
                f"{value:,} jobs"
                + (
                    f", up from the {prev[-1]:,} it announced earlier"
                    if prev and prev[-1] != value and isinstance(prev[-1], int)
                    else ""
                )
                + ".",
                f"The company employs about {r.randint(20, 200) * 100:,} people, and unions said they would "
                f"contest the plan.",
                f"\u201cThese are difficult decisions,\u201d said {spokes}, a spokesperson for {co}.",
            ]
            if report.denial:
                paras.insert(
                    1,
                    f"{co} said a report that it would cut three times as many jobs is false.",
                )
            return f"{co} to cut {value:,} jobs", paras
        # Succession stories.
        assert isinstance(value, str)
        role, org = {
            "ceo": ("chief executive", n.get("org", "")),
            "mayor": ("mayor", n["town"]),
            "police": ("police chief", n["town"]),
            "coach": ("head coach", n.get("org", "")),
        }[kind]
        if report.false:
            return (
                f"{value} to become {role} of {org}, report says",
                [f"{value} has been named {role} of {org}, a local news site reported {when}."],
            )
        changed = bool(prev) and prev[-1] != value
        if changed:
            first = (
                f"{value} was named {role} of {org} {when}, replacing {prev[-1]}."
                if kind != "mayor"
                else f"{value} was sworn in as mayor of {org} {when}, replacing {prev[-1]}."
            )
        else:
            first = f"{value}, the {role} of {org}, said {when} that the priorities for the year stood."
        paras = [
            first,
            f"{value} said the first months would be spent listening. \u201cThere is a lot of work to "
            f"do,\u201d {value.split()[-1]} said.",
        ]
        if kind == "mayor":
            paras.append(
                f"Turnout in the {org} election was {r.randint(35, 75)} percent, the electoral office said."
            )
        if report.denial:
            paras.insert(
                1, f"A report that someone else had been named {role} of {org} is false, a spokesperson said."
            )
        title = f"{value} named {role} of {org}" if changed else f"{org}: {value} sets out plans"
        return title, paras

    # -- whole articles ----------------------------------------------------------------------------------

    def article(self, topic: _Topic, index: int, report: _Report, serial: int) -> Article:
        r = self.rng
        dated = r.random() < 0.5
        outlet = r.choice(self.outlets)
        title, core = self.core(topic, report, dated)
        paras = list(core)
        if not dated and r.random() < 0.5:
            paras.append(
                f"Officials first gave details last week, {r.choice(('before', 'after'))} a meeting in "
                f"{topic.names['region']}."
            )
        target = r.randint(1500, 3000)
        for extra in self.background(topic):
            if sum(len(p) + 2 for p in paras) >= target:
                break
            paras.insert(r.randint(1, len(paras)), extra)
        for _ in range(r.randint(1, 3)):
            paras.insert(r.randint(1, len(paras)), self.noise(outlet))
        slug = "-".join(title.lower().replace(":", "").replace(",", "").split()[:8])
        url: str | None = f"https://{outlet.lower().replace(' ', '')}.example/news/{slug}-{serial}"
        if not dated and r.random() < 0.3:
            d = report.day
            host = outlet.lower().replace(" ", "")
            url = f"https://{host}.example/{d.year}/{d.month:02d}/{d.day:02d}/{slug}"
        elif r.random() < 0.1:
            url = None
        return Article(
            f"{topic.key}-{index}-{serial}",
            url,
            title,
            report.day.isoformat() if dated else None,
            "\n\n".join(paras),
        )

    def distractor(self, serial: int, topic: _Topic | None) -> tuple[date, Article]:
        """An article about something else, sometimes mentioning a story's place or names in passing."""
        r = self.rng
        place = topic.names["town"] if topic else self.names.any_place()
        day = _START + timedelta(days=r.randrange(_SPAN_DAYS + 60))
        outlet = r.choice(self.outlets)
        subject = r.choice(("weather", "markets", "culture", "council"))
        paras: list[str]
        if subject == "weather":
            title = f"Rain and wind expected across {place} this week"
            paras = [
                f"Forecasters expect up to {r.randint(10, 90)} millimetres of rain in {place} and "
                f"gusts of {r.randint(40, 110)} km/h, the weather service said on {r.choice(_WEEKDAYS)}.",
                f"Temperatures will stay around {r.randint(2, 28)} degrees until {r.choice(_WEEKDAYS)}.",
            ]
        elif subject == "markets":
            title = f"Shares slip as investors weigh {r.choice(_SECTORS)} results"
            paras = [
                f"The regional index fell {r.randint(1, 30) / 10} percent, with {r.choice(_SECTORS)} "
                f"stocks leading losses, after {r.randint(2, 12)} companies reported results.",
                f"Trading volume was about {r.randint(50, 900)} million shares, below the monthly average.",
            ]
        elif subject == "culture":
            title = f"{place} festival draws record crowds"
            paras = [
                f"About {r.randint(2, 90) * 1000:,} visitors came to the {place} summer festival, organisers "
                f"said, with {r.randint(20, 140)} bands on {r.randint(2, 9)} stages.",
                f"Tickets for next year go on sale in {r.choice(_MONTHS)}.",
            ]
        else:
            title = f"{place} council approves budget"
            paras = [
                f"The {place} council approved a budget of {r.randint(5, 90)}.{r.randint(0, 9)} million for "
                f"the coming year, by {r.randint(7, 15)} votes to {r.randint(1, 6)}.",
            ]
            if topic is not None and topic.kind == "trapped":
                paras.append(
                    f"Members held a minute's silence for the workers trapped in the {topic.names['site']}."
                )
        target = r.randint(1500, 2800)
        for extra in self.background(topic):
            if sum(len(p) + 2 for p in paras) >= target:
                break
            paras.append(extra)
        paras.insert(r.randint(1, len(paras)), self.noise(outlet))
        dated = r.random() < 0.5
        return day, Article(
            f"other-{serial}",
            f"https://{outlet.lower().replace(' ', '')}.example/{subject}/{serial}",
            title,
            day.isoformat() if dated else None,
            "\n\n".join(paras),
        )


def generate(n_docs: int, *, seed: int = 5, n_questions: int = 50) -> Corpus:
    """``n_docs`` articles (in publication order, as a feed would deliver them) and ``n_questions``
    questions about evenly spaced topics."""
    rng = random.Random(seed)
    names = _Names(rng)
    writer = _Writer(rng, names)
    story_docs = round(n_docs * (1 - DISTRACTOR_SHARE))
    topics: list[_Topic] = []
    planned = 0
    while True:
        topic = _plan_topic(rng, names, len(topics))
        if planned + len(topic.reports) > story_docs and topics:
            break
        topics.append(topic)
        planned += len(topic.reports)
    stubs: list[tuple[date, int, int]] = [
        (rep.day, t, i) for t, topic in enumerate(topics) for i, rep in enumerate(topic.reports)
    ]
    stubs.sort()
    feed: list[tuple[date, int, Article]] = []
    for serial, (day, t, i) in enumerate(stubs, 1):
        feed.append((day, serial, writer.article(topics[t], i, topics[t].reports[i], serial)))
    for serial in range(len(feed) + 1, n_docs + 1):
        passing = topics[rng.randrange(len(topics))] if rng.random() < 0.3 else None
        day, article = writer.distractor(serial, passing)
        feed.append((day, serial, article))
    feed.sort(key=lambda x: (x[0], x[1]))
    articles = [a for _, _, a in feed[:n_docs]]
    k = min(n_questions, len(topics))
    step = len(topics) / k if k else 1.0
    questions = [_question(topics[int(j * step)]) for j in range(k)]
    return Corpus(articles, questions, len(topics))


def write_corpus(corpus: Corpus, out: Path, questions_out: Path | None = None) -> int:
    """Write the articles as JSON lines (and the questions, if asked); returns bytes of article text."""
    size = 0
    with out.open("w", encoding="utf-8") as fh:
        for a in corpus.articles:
            fh.write(json.dumps(a.to_dict(), ensure_ascii=False) + "\n")
            size += len(a.text.encode())
    if questions_out is not None:
        with questions_out.open("w", encoding="utf-8") as fh:
            for q in corpus.questions:
                fh.write(json.dumps(q.to_dict(), ensure_ascii=False) + "\n")
    return size


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--questions", type=int, default=50)
    ap.add_argument("--questions-out", type=Path, default=None)
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()
    corpus = generate(args.n, seed=args.seed, n_questions=args.questions)
    size = write_corpus(corpus, args.out, args.questions_out)
    print(f"articles: {len(corpus.articles)}")
    print(f"topics: {corpus.topics}")
    print(f"text MB: {size / 1e6:.1f}")
    print(f"questions: {len(corpus.questions)}")


if __name__ == "__main__":
    main()
