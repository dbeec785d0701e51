"""Synthetic wire stories for benchmarks and scale tests (our own templates; no third-party text).

``wire_story(seed)`` is deterministic: the same seed gives the same story. ``reprint`` makes the
near-duplicate another outlet would run (new dateline and credit, a sentence trimmed, a phrase
changed), the kind of copy de-duplication must cluster.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

COUNTRIES = [
    ("France", "French", "Paris", "President Emmanuel Macron"), ("Germany", "German", "Berlin", "Chancellor Olaf Scholz"),
    ("Japan", "Japanese", "Tokyo", "Prime Minister Fumio Kishida"), ("Brazil", "Brazilian", "Brasilia",
                                                                     "President Luiz Inacio Lula da Silva"),
    ("Kenya", "Kenyan", "Nairobi", "President William Ruto"), ("India", "Indian", "New Delhi",
                                                               "Prime Minister Narendra Modi"),
    ("Turkey", "Turkish", "Ankara", "President Recep Tayyip Erdogan"), ("Egypt", "Egyptian", "Cairo",
                                                                        "President Abdel Fattah el-Sisi"),
    ("Mexico", "Mexican", "Mexico City", "President Andres Manuel Lopez Obrador"),
    ("Indonesia", "Indonesian", "Jakarta", "President Joko Widodo"), ("Nigeria", "Nigerian", "Abuja",
                                                                      "President Bola Tinubu"),
    ("Poland", "Polish", "Warsaw", "Prime Minister Donald Tusk"), ("Canada", "Canadian", "Ottawa",
                                                                   "Prime Minister Justin Trudeau"),
    ("South Africa", "South African", "Pretoria", "President Cyril Ramaphosa"),
    ("Argentina", "Argentine", "Buenos Aires", "President Javier Milei"), ("Vietnam", "Vietnamese", "Hanoi",
                                                                          "Prime Minister Pham Minh Chinh"),
]
OUTLETS = ["Reuters", "AP", "AFP", "Example Wire", "Daily Courier", "Evening Star", "Morning Post", "Global Desk"]
TOPICS = ["trade", "border security", "energy supplies", "fishing rights", "migration", "climate finance",
          "a stalled rail project", "water sharing", "debt relief", "grain exports", "visa rules", "a disputed election"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

OPENERS = [
    "{leader_a} met {leader_b} in {city} on {day} for talks on {topic}, officials from both governments said.",
    "{leader_a} spoke by telephone with {leader_b} on {day} about {topic}, the {adj_a} government said.",
    "The {adj_a} government accused {b} on {day} of violating an agreement on {topic}.",
    "{a} and {b} signed an agreement on {topic} in {city} on {day}.",
    "{adj_a} police arrested {n} protesters in {city_a} on {day} during a march against {topic}.",
    "{a} imposed sanctions on {adj_b} companies on {day} in a dispute over {topic}.",
]
MIDDLES = [
    "The {adj_a} foreign minister said the talks had been constructive and that both sides wanted a deal on {topic}.",
    "{leader_b} told reporters that {b} would not accept any deal that ignored its concerns about {topic}.",
    "Officials in {city_b} said a delegation would travel to {city_a} next month to continue the negotiations.",
    "Opposition lawmakers in {a} criticised the government for moving too slowly on {topic}.",
    "{a} promised to provide {n} million dollars in aid to help communities affected by the dispute.",
    "The {adj_b} ministry of foreign affairs summoned the {adj_a} ambassador to protest against the remarks.",
    "Analysts said the meeting was the most important contact between the two countries in {n} years.",
    "Hundreds of people demonstrated outside the {adj_a} embassy in {city_b}, demanding a fair settlement.",
    "The United Nations urged both governments to resolve their differences through dialogue.",
    "{leader_a} said {a} was ready to cooperate with {b} on {topic2} as well.",
    "Trade between the two countries reached {n} billion dollars last year, according to official figures.",
    "A spokesman for {leader_b} said no date had been set for a further meeting.",
    "{adj_b} officials rejected the accusation and said the claims were baseless.",
    "The two sides also discussed {topic2} and agreed to set up a joint working group.",
]
CLOSERS = [
    "Neither government gave further details.",
    "The talks are due to resume in {city_b} early next year.",
    "Both governments are expected to publish a joint statement later this week.",
]


@dataclass
class WireStory:
    id: str
    title: str
    text: str
    published: str
    outlet: str
    url: str
    paragraphs: list[str] = field(default_factory=list)


def wire_story(seed: int, *, base_date: date = date(2024, 1, 1)) -> WireStory:
    """One deterministic synthetic wire story of 8-12 sentences."""
    rng = random.Random(seed)
    (a, adj_a, city_a, leader_a), (b, adj_b, city_b, leader_b) = rng.sample(COUNTRIES, 2)
    topic, topic2 = rng.sample(TOPICS, 2)
    day = rng.choice(DAYS)
    slots = dict(a=a, b=b, adj_a=adj_a, adj_b=adj_b, city_a=city_a, city_b=city_b, leader_a=leader_a,
                 leader_b=leader_b, topic=topic, topic2=topic2, day=day, city=rng.choice([city_a, city_b]))

    def fill(template: str) -> str:
        return template.format(n=rng.randint(2, 90), **slots)

    sentences = [fill(rng.choice(OPENERS))]
    sentences += [fill(t) for t in rng.sample(MIDDLES, rng.randint(6, 10))]
    sentences.append(fill(rng.choice(CLOSERS)))
    paragraphs = [" ".join(sentences[i:i + 2]) for i in range(0, len(sentences), 2)]
    outlet = rng.choice(OUTLETS)
    published = (base_date + timedelta(days=rng.randint(0, 364))).isoformat()
    dateline = f"{slots['city'].upper()} ({outlet}) - "
    title = f"{a} and {b} at odds over {topic}" if "accused" in sentences[0] or "sanctions" in sentences[0] \
        else f"{a} and {b} discuss {topic}"
    paragraphs[0] = dateline + paragraphs[0]
    slug = outlet.lower().replace(" ", "")
    return WireStory(id=f"w{seed:07d}", title=title, text="\n".join(paragraphs), published=published,
                     outlet=outlet, url=f"https://{slug}.example.org/{published}/story-{seed}",
                     paragraphs=paragraphs)


def reprint(story: WireStory, seed: int) -> WireStory:
    """A near-duplicate as another outlet runs it: new dateline and credit, one sentence fewer, light edits."""
    rng = random.Random(seed)
    outlet = rng.choice([o for o in OUTLETS if o != story.outlet])
    paragraphs = list(story.paragraphs)
    first = paragraphs[0].split(" - ", 1)
    paragraphs[0] = f"{first[0].split(' (')[0]} ({outlet}) - {first[-1]}"
    last = paragraphs[-1].rsplit(". ", 1)
    if len(paragraphs) > 3 and len(last) == 2:
        paragraphs[-1] = last[0] + "."          # trim the closing sentence
    paragraphs = [p.replace(" said ", " stated ", 1) if n % 2 else p for n, p in enumerate(paragraphs)]
    paragraphs.append(f"(Reporting by {outlet} staff; editing by the {outlet} desk; "
                      f"updated {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} GMT)")
    slug = outlet.lower().replace(" ", "")
    return WireStory(id=f"{story.id}r{seed}", title=story.title, text="\n".join(paragraphs),
                     published=story.published, outlet=outlet,
                     url=f"https://{slug}.example.org/{story.published}/reprint-{story.id}-{seed}",
                     paragraphs=paragraphs)
