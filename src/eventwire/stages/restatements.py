"""Restatements stage: an act told several times in one article is kept once (``events/restatements.py``), a
later sentence that only explains an act told before is no act of its own (``events/explained_acts.py``), and
a headline's act that the story tells again gives way to the story's telling (``events/headlines.py``).

Runs after the times and places stages, since whether two mentions are one act depends on their
dates and places. ``Options.extra["merge_restatements"] = False`` turns it off (for A/B measures).
"""

from __future__ import annotations

from ..document import CodedDocument
from ..events.explained_acts import drop_explained
from ..events.headlines import headline_sentences, merge_headline_retellings
from ..events.restatements import merge_restatements
from ..resources import Resources
from .events import restatement_rules
from .places import PlaceStage


class RestatementStage:
    name = "restatements"

    def __init__(self, resources: Resources) -> None:
        self.resources = resources
        self.enabled = bool(resources.options.extra.get("merge_restatements", True))
        self.rules = restatement_rules(resources)

    @property
    def countries(self) -> frozenset[int]:
        """GeoNames ids of whole countries, from the places stage's gazetteer (loaded once per process)."""
        def make() -> frozenset[int]:
            gaz = PlaceStage(self.resources).gazetteer
            return frozenset(p.geonameid for p in gaz.countries.values() if p.geonameid is not None)
        return self.resources.cached("gazetteer.country_ids", make)

    def __call__(self, cdoc: CodedDocument) -> CodedDocument:
        if self.enabled and len(cdoc.events) > 1:
            located = sum(1 for e in cdoc.events if e.location is not None) > 1
            countries = self.countries if located else frozenset()
            events, explained = drop_explained(cdoc.events, cdoc.doc, self.rules, countries=countries)
            events, notes = merge_restatements(events, cdoc.doc, self.rules, countries=countries)
            headline = headline_sentences(cdoc.doc, cdoc.article.text, cdoc.article.title)
            cdoc.events, retold = merge_headline_retellings(events, headline, self.rules, countries)
            cdoc.notes.extend(explained + notes + retold)
        return cdoc
