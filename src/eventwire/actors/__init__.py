"""Actors: the time-aware resolver of names and role phrases to CAMEO actor codes.

``actor_resolver(resources)`` gives the process-wide ``ActorResolver`` (built once per
``Resources``, shipped dictionaries plus ``Options.actor_files``); ``find_mentions`` fills a
parsed document's actor mentions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..dictionaries.actor_dictionary import ActorDictionary
from ..document import ActorMention
from .mentions import OWNER_WHY
from .resolver import ActorResolver, Resolution, split_code

if TYPE_CHECKING:
    from datetime import date

    from spacy.tokens import Doc

    from ..resources import Resources


def actor_resolver(resources: "Resources") -> ActorResolver:
    """The resolver of this process (cached in ``resources`` under "actor_resolver")."""
    files = tuple(resources.options.actor_files)
    return resources.cached("actor_resolver", lambda: ActorResolver(ActorDictionary.load(files)))


# the kinds a mention resolved as a place keeps (a role phrase built on a place's resolution is an agent, no place)
PLACE_KINDS = frozenset({"place", "capital"})


def document_mentions(doc: "Doc", resolver: ActorResolver, when: "date | None") -> list[ActorMention]:
    """Every actor mention of a parsed document, resolved at ``when``, sorted by position."""
    from .mentions import MentionFinder
    from .references import add_references, owned_by_pronoun

    finder = MentionFinder(doc, resolver, when)
    found = add_references(doc, finder.run(), resolver.dictionary.genders, owned_by_pronoun(resolver, when),
                           tokens=finder.tokens, sentences=finder.sentences, inner=finder.inner,
                           skip=finder.dateline)
    out = []
    for f in found:
        span = doc[f.start:f.end]
        ref = f.res.ref(span.text, span.start_char, span.end_char)
        # a member is named where the plural mention stands ("the two leaders"): its text is that span's
        members = [m.ref(span.text, span.start_char, span.end_char) for m in f.members]
        out.append(ActorMention(start_token=f.start, end_token=f.end, head_token=f.head, ref=ref,
                                why=f.res.why, members=members, place=f.res.place and f.res.kind in PLACE_KINDS))
    return out


__all__ = ["OWNER_WHY", "ActorResolver", "Resolution", "actor_resolver", "document_mentions", "split_code"]
