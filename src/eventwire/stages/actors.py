"""Actor stage: fill ``cdoc.actors`` with every actor mention of the parsed document.

Names, role phrases, unknown people with a role, pronouns and plural references are resolved
to CAMEO actor codes at the article's date (``cdoc.published``); see ``eventwire.actors``.
"""

from __future__ import annotations

from ..actors import actor_resolver, document_mentions
from ..document import CodedDocument
from ..resources import Resources


class ActorStage:
    name = "actors"

    def __init__(self, resources: Resources) -> None:
        self.resources = resources
        self.resolver = actor_resolver(resources)

    def __call__(self, cdoc: CodedDocument) -> CodedDocument:
        if cdoc.doc is not None:
            cdoc.actors = document_mentions(cdoc.doc, self.resolver, cdoc.published)
        return cdoc
