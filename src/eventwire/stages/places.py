"""Places stage: geocode place mentions offline and locate the events.

Mentions come from ``places.resolver`` (spaCy GPE/LOC entities and our curated region names),
resolved against the gazetteer, which is loaded once per process through ``Resources``.
An event's location is the closest place of its clause that a place preposition governs
("met in Hamburg", "fighting in eastern Ukraine"); otherwise it stays None. A wire dateline
("MOSCOW (Reuters) -") is the reporting location: it joins ``cdoc.places`` and helps settle
ambiguous names, but never locates an event by itself. A located meeting between two states then takes
the code its place gives (``events.venues``: 044 in a third country, 040 at a side's home) when the place's
name read without context lies in that country.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..document import CodedDocument, PlaceMention
from ..events.venues import settle_venues
from ..places.gazetteer import Gazetteer
from ..places.resolver import find_places, locative, region_pattern
from ..records import Event, Location
from ..resources import Resources
from ..times.attach import closest_in_clause, trigger_token
from ..times.dateline import document_datelines, find_dateline

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


class PlaceStage:
    name = "places"

    def __init__(self, resources: Resources) -> None:
        self.resources = resources

    @property
    def gazetteer(self) -> Gazetteer:
        """Loaded once per process; ``Options.extra["place_files"]`` adds the user's region files."""
        extra = tuple(Path(p) for p in self.resources.options.extra.get("place_files", ()) or ())
        return self.resources.cached("gazetteer", lambda: Gazetteer.load(extra))

    def __call__(self, cdoc: CodedDocument) -> CodedDocument:
        doc = cdoc.doc
        if doc is None:
            return cdoc
        gaz = self.gazetteer
        pattern = self.resources.cached("gazetteer.regions", lambda: region_pattern(gaz))
        context: set[str] = set()
        dateline = find_dateline(cdoc.article.text, datelines=document_datelines(doc))
        reporting = None
        if dateline is not None:
            candidates = gaz.lookup(dateline.place_name)
            reporting = candidates[0] if candidates else None
            if reporting is not None and reporting.country:
                context.add(reporting.country)
            if reporting is not None or dateline.outlet:
                cdoc.notes.append(f"dateline: {dateline.place_name}"
                                  + (f" ({dateline.outlet})" if dateline.outlet else ""))
        context |= _nationality_countries(cdoc)
        cdoc.places = []
        for f in find_places(doc, gaz, pattern, context, cdoc.article.text, _actor_places(cdoc),
                             _home_institutions(cdoc)):      # the Doc's text (see NlpStage)
            span = doc.char_span(f.start, f.end, alignment_mode="expand")
            if span is None:
                continue
            cdoc.places.append(PlaceMention(f.location(), span.start, span.end, f.place.kind if f.place else None))
        if dateline is not None and reporting is not None:
            span = doc.char_span(dateline.start, dateline.end, alignment_mode="expand")
            if span is not None and not any(m.start_token < span.end and span.start < m.end_token for m in cdoc.places):
                loc = Location(text=dateline.place, name=reporting.name, country=reporting.country, lat=reporting.lat,
                               lon=reporting.lon, geonameid=reporting.geonameid)
                cdoc.places.insert(0, PlaceMention(loc, span.start, span.end))
        self.locate_events(cdoc)
        settle_venues(cdoc, self.resources.cameo, lambda name: _default_country(gaz, name))
        return cdoc

    @staticmethod
    def locate_events(cdoc: CodedDocument) -> None:
        doc = cdoc.doc
        places = None          # the locative mentions, found once for all the events
        for event in cdoc.events:
            trig = trigger_token(doc, event.evidence.trigger_start, event.evidence.trigger_end)
            best = None
            if trig is not None:
                if places is None:
                    places = [(span, span.root.sent.start, mention.location) for mention in cdoc.places
                              if locative(span := doc[mention.start_token:mention.end_token])]
                best = closest_in_clause(trig, places)
                if best is None:
                    best = _object_place(cdoc, trig, event)
            event.location = best[1] if best else None


OBJECT_PLACE_KINDS = ("city", "admin1", "region")


def _object_place(cdoc: CodedDocument, trigger: Token, event: Event) -> tuple[Span, Location] | None:
    """A town or region that is the trigger's direct object ("shelled Kharkiv", "visited Kyiv", "captured
    Bakhmut") is where the act happened, unless the event reads it as an actor with a role (a capital standing
    for its government: "criticised Washington")."""
    target = event.target
    if target is not None and target.code and target.code != target.country:
        target_span = (target.start, target.end)
    else:
        target_span = None
    for mention in cdoc.places:
        if mention.kind not in OBJECT_PLACE_KINDS:
            continue
        span = cdoc.doc[mention.start_token:mention.end_token]
        if span.root.dep_ != "dobj" or span.root.head.i != trigger.i:
            continue
        if target_span is not None and span.start_char < target_span[1] and target_span[0] < span.end_char:
            continue
        return span, mention.location
    return None


def _actor_places(cdoc: CodedDocument) -> list[tuple[int, int]]:
    """Character spans of the actor mentions the actor stage resolved as places (``ActorMention.place``: a town
    of the dictionary, a capital read as a place): the small model often tags such city names ORG or PERSON, and
    the places stage would miss them."""
    return [(m.ref.start, m.ref.end) for m in cdoc.actors if m.place]


HOME_SECTORS = frozenset({"JUD", "COP", "LEG"})      # bodies that act at home: courts, police, legislatures


def _home_institutions(cdoc: CodedDocument) -> list[tuple[int, int, str]]:
    """(start, end, country) of each sentence in which a court, police force or legislature of a country acts:
    a place there is that body's seat at home ("a U.S. federal judge in Alexandria" is Virginia's)."""
    found = []
    for mention in cdoc.actors:
        ref = mention.ref
        if ref.country and HOME_SECTORS & set(ref.sectors or ()):
            sent = cdoc.doc[mention.head_token].sent
            found.append((sent.start_char, sent.end_char, ref.country))
    return found


def _nationality_countries(cdoc: CodedDocument) -> set[str]:
    """Countries the story names by nationality ("Pakistani police", "Indian officials"): the actor found at a
    NORP entity. They weigh like a named country when a place name has namesakes ("Hyderabad")."""
    found = set()
    for ent in cdoc.doc.ents if cdoc.doc is not None else ():
        if ent.label_ == "NORP":
            mention = cdoc.actor_at(ent.start)
            if mention is not None and mention.ref.country:
                found.add(mention.ref.country)
    return found


def _default_country(gaz: Gazetteer, name: str) -> str | None:
    """The country of the gazetteer's best reading of ``name`` without context (None: no such place)."""
    found = gaz.lookup(name)
    return found[0].country if found else None
