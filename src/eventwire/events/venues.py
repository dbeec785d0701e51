"""Where a meeting took place settles its CAMEO code: at a third place (044) or at one side's home (040).

CAMEO 044 is a meeting at a "third" location: neither side's country. The lexicon gives each meeting pattern the
code its words suggest (a summit 040, talks on the sidelines of a conference 044); once the places stage has located
the event, the place decides when it names a country, both sides are states and the place is the meeting's venue, an
'in' or 'at' phrase of the meeting (or of its light verb), maybe through the sidelines of a summit or during a
gathering held there: "Syria's president met Trump in Riyadh" is 044, "Biden and Yoon held a summit at the White
House in Washington" 040, "Japan's premier met China's president on the sidelines of the G20 summit in Osaka" 040,
while "exchanged views on the coup in Burkina Faso" names a topic, no venue. The place's country is that of its name
read without context (the gazetteer's best reading), not a homonym the places stage read toward an actor's country
("a U.S. envoy met Wang Yi in Paris" is in France, not Paris, Texas); "Paris, Texas" keeps its qualified reading.
The event keeps the rule of its pattern; a note of the document (``CodedDocument.notes``) tells each recoding and
the place behind it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ..dictionaries.cameo_codes import CameoCodes
from ..document import CodedDocument, PlaceMention
from ..ids import event_id
from ..records import ActorRef, Event
from ..times.attach import trigger_token

__all__ = ["settle_venues", "venue_code", "is_venue", "venue_country", "AT_HOME", "THIRD_PLACE"]

AT_HOME = "040"        # meet at a side's own place (CAMEO 040, the root code of a meeting)
THIRD_PLACE = "044"    # meet at a "third" location
_VENUE_PREPS = frozenset({"in", "at"})
_GATHERINGS = frozenset({"sideline", "sidelines", "margin", "margins"})   # "on the sidelines of the summit in X"
_MEETING_VERBS = frozenset({"meet", "receive", "welcome", "host", "greet"})   # their object is the one met
_PLACE_NOUNS = frozenset({"city", "capital", "town", "village", "resort", "port", "island"})   # "the city of X"
_MEETINGS = frozenset({"talk", "talks", "meeting", "summit", "negotiation", "negotiations", "consultation",
                       "consultations"})   # "sat down for talks in X"
_OCCASIONS = frozenset({"conference", "summit", "forum", "meeting", "session", "assembly", "gathering", "congress",
                        "ceremony", "talks"})   # "met X during a climate conference in Paris"
_NOTE = {AT_HOME: " (held in {place}, a side's own country: 040)",
         THIRD_PLACE: " (held in {place}, a third country: 044)"}


def _country(ref: ActorRef | None) -> str | None:
    """The state an actor belongs to (None for an IGO, a group across borders or an unresolved actor)."""
    if ref is None or not ref.code or not ref.country or ref.code.startswith("IGO"):
        return None
    return ref.country


def venue_code(event: Event, country: str | None = None) -> str | None:
    """The meeting code the event's place gives, the place lying in ``country`` (default: the country it was
    located in; None: not a located meeting between two states)."""
    country = country or (event.location.country if event.location is not None else None)
    if event.cameo not in (AT_HOME, THIRD_PLACE) or event.location is None or not country:
        return None
    sides = (_country(event.source), _country(event.target))
    if None in sides or sides[0] == sides[1]:
        return None
    return AT_HOME if country in sides else THIRD_PLACE


def is_venue(place: Span, trigger: Token) -> bool:
    """Is ``place`` where the meeting at ``trigger`` was held: the object of an 'in'/'at' phrase of the trigger
    (of its light verb for a noun: "held talks in Doha", or of the one met: "met Trump in Riyadh"), maybe inside
    another such phrase ("at the White House in Washington") or the sidelines of a gathering ("on the sidelines of
    the summit in Osaka")?"""
    heads = {trigger.i, trigger.head.i} if trigger.pos_ in ("NOUN", "PROPN") else {trigger.i}
    tok = place.root
    for _ in range(8):
        if tok.dep_ == "appos" or (tok.dep_ == "pobj" and tok.head.lower_ == "of"
                                   and tok.head.head.lemma_.lower() in _PLACE_NOUNS):
            tok = tok.head if tok.dep_ == "appos" else tok.head.head   # "the Saudi capital Riyadh", "the city of X"
            continue
        prep = tok.head
        if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.i == tok.i:
            return False
        word, host = prep.lower_, prep.head
        if not (word in _VENUE_PREPS or (word == "on" and tok.lemma_.lower() in _GATHERINGS)
                or (word == "of" and host.lemma_.lower() in _GATHERINGS)
                or (word == "for" and tok.lemma_.lower() in _MEETINGS)
                or (word == "during" and tok.lemma_.lower() in _OCCASIONS)):
            return False
        if host.i in heads or (word in _VENUE_PREPS and host.dep_ == "dobj" and host.head.i in heads
                               and trigger.lemma_.lower() in _MEETING_VERBS):
            return True     # (or the parser hung the phrase on the one met: "met Trump in Riyadh", not a topic)
        tok = host
    return False


def venue_country(mention: PlaceMention, places: list[PlaceMention], doc: Doc,
                  default_country: Callable[[str], str | None]) -> str | None:
    """The country of a venue as its name reads without context ("Paris": France), not the reading the actors of
    the sentence chose (Paris, Texas, for a U.S. side); a place qualified by the next one ("Paris, Texas") keeps
    its reading. None: a name the gazetteer does not know."""
    location = mention.location
    if any(m.start_token == mention.end_token + 1 and doc[mention.end_token].text == "," for m in places):
        return location.country
    names = [n for n in (location.name, location.text) if n]
    read = [c for c in map(default_country, names) if c]
    return location.country if location.country in read else (read[0] if read else None)


def settle_venues(cdoc: CodedDocument, cameo: CameoCodes, default_country: Callable[[str], str | None]) -> None:
    """Recode, in place, each meeting between two states whose venue contradicts its code; ``default_country``
    gives a place name's country read without context (None: unknown)."""
    doc = cdoc.doc
    for event in cdoc.events:
        if venue_code(event) is None or doc is None:
            continue
        trigger = trigger_token(doc, event.evidence.trigger_start, event.evidence.trigger_end)
        venue = trigger and next((m for m in cdoc.places if m.location == event.location
                                  and is_venue(doc[m.start_token:m.end_token], trigger)), None)
        code = venue and venue_code(event, venue_country(venue, cdoc.places, doc, default_country))
        if code is None or code == event.cameo:
            continue
        entry = cameo.get(code)
        place = event.location.name or event.location.text or event.location.country
        event.cameo, event.root = code, code[:2]
        event.plover, event.quad_class, event.goldstein = entry.plover, entry.quad_class, entry.goldstein
        cdoc.notes.append(f"venue: {event.rule} {event.source.code}->{event.target.code} at "
                          f"'{event.evidence.trigger}'" + _NOTE[code].format(place=place))
        if not event.id:
            continue
        start = event.evidence.trigger_start if event.evidence.trigger_start is not None else event.evidence.start
        event.id = event_id(event.article_id, event.sentence, start, code,
                            event.source.code if event.source else None, event.target.code if event.target else None)
