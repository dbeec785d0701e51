"""Armed readings of stance words: "attacked the USS Cole, killing 17 sailors", "attacks on the
homeland" report no stance (the event coder codes the act); "attacked Clinton over her emails" does."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import QuoteLexicon

_PLACE_TYPES = frozenset({"FAC", "LOC"})
_TOPIC_PREPOSITIONS = frozenset({"on", "over", "about"})


def is_armed_act(tok: Token, lexicon: QuoteLexicon) -> bool:
    """Is ``tok`` (a verb or noun of ``lexicon.force_words``) an armed act rather than a stance?
    Its object is a place, building, vessel or force, or a participle of the verb tells a toll."""
    if tok.lemma_.lower() not in lexicon.force_words:
        return False
    if tok.pos_ in ("VERB", "AUX"):
        if any(c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in lexicon.force_tolls
               for c in tok.children):
            return True                    # "attacked the ship, killing 17 sailors"
        objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        objects = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                   for g in c.children if g.dep_ == "pobj"]
    return any(_armed_target(obj, lexicon) for obj in objects)


def _armed_target(obj: Token, lexicon: QuoteLexicon) -> bool:
    if obj.ent_type_ in _PLACE_TYPES:
        return True
    if obj.pos_ != "NOUN":
        return False
    if obj.lemma_.lower() in lexicon.force_targets:
        return True
    # a target listed in its plural form is armed only in that form and with no topic of its own:
    # "attacked government positions" is armed, "attacked his position on trade" and "attacked their
    # positions on immigration" are stances
    # (the parser often hangs the topic on the verb, so the word right after the noun decides)
    after = obj.nbor() if obj.i + 1 < len(obj.doc) else None
    return obj.lower_ in lexicon.force_targets and not (after is not None and after.lower_ in _TOPIC_PREPOSITIONS)
