"""Role-word vetoes: a role noun that is no actor where it stands ("served as ambassador", "a couple of
challenges", "the Argus Leader", "made public", "in the city"). ``RoleWordVetoes`` is a mixin of
``role_phrases.RolePhraseFinder``, whose ``tokens`` and ``name_at`` it reads.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..dictionaries.actor_dictionary import Agent
from .vocabulary import shipped_vocabulary

_WORDS = shipped_vocabulary()

# sectors of role nouns that are also places: "the city", "a school", "the hospital", "the community"
PLACE_SECTORS = frozenset({"CVL", "EDU", "HLH"})
# prepositions of being somewhere (not "at"/"to"/"on": "fired at the university", "taken to a hospital" have targets)
IN_PLACE_PREPS = frozenset({"in", "inside", "within", "across", "throughout", "around", "near"})
# bodies named by their territory: "in the county of Huade", "in Kalamazoo and Van Buren counties" is a place there
TERRITORY_NOUNS = _WORDS.words("territory_nouns")
# possessive pronouns whose "head" is a body part ("its head" is an organisation's)
BODY_OWNERS = frozenset({"his", "her", "their", "my", "your", "our"})
# "the role of CEO", "the post of prime minister": the office named, not its holder
OFFICE_NOUNS = _WORDS.words("office_nouns")
# "economic forces", "market forces": forces that are no army
ABSTRACT_FORCES = _WORDS.words("abstract_forces")


class RoleWordVetoes:
    """The tests by which a role noun found in the text is no actor of its own."""

    @staticmethod
    def _as_predicate(head: Token) -> bool:
        """ "his first day after Bratton's departure as commissioner", "served as ambassador to Burma": the role
        noun after "as" says what someone is, it is no actor of its own ("leaders such as the president" is)."""
        prep = head.head
        if head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in OFFICE_NOUNS and \
                head.tag_ in ("NN", "NNP") and not any(c.dep_ in ("det", "poss", "nummod") for c in head.lefts):
            return True     # "reassumed the role of CEO", "the post of prime minister": the office, no holder
        return head.dep_ == "pobj" and prep.lower_ == "as" and prep.dep_ == "prep" and not any(
            c.lower_ == "such" for c in prep.lefts) and not (prep.i > 0 and head.doc[prep.i - 1].lower_ == "such")

    @staticmethod
    def _not_people(head: Token, agent: Agent) -> bool:
        """ "a couple of challenges", "a couple hours" (a number), "economic and political forces" (no armed forces),
        a head that is a body part ("sick in the head", "in their heads", "shook his head"; "its head" and "the head
        of X" are bodies' heads)."""
        if head.lemma_.lower() == "head" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.rights):
            if any(c.dep_ == "poss" and c.lower_ in BODY_OWNERS for c in head.lefts):
                return True   # "in Their Heads", "shook his head"
            if head.dep_ == "pobj" and head.head.lower_ in ("in", "on", "over", "above") and all(
                    c.dep_ == "det" for c in head.lefts):
                return True   # "sick in the head", "shot in the head"
        if head.lemma_.lower() == "couple" and (any(c.dep_ == "prep" and c.lower_ == "of" for c in head.rights) or (
                head.i + 1 < len(head.doc) and head.doc[head.i + 1].tag_ == "NNS")):
            return True     # "a couple of challenges", "a couple hours earlier"
        return agent.sector == "MIL" and head.lemma_.lower() == "force" and any(
            c.dep_ in ("amod", "conj") and c.lower_ in ABSTRACT_FORCES for c in [*head.lefts, *(
                g for c in head.lefts for g in c.children)])

    def _word_of_a_name(self, head: Token, agent: Agent) -> bool:
        """ "the Argus Leader", "a new Fast Company report": a capitalised person word (or "Company") after a
        capitalised word of an organisation's or a work's name the dictionary lacks is a word of that name."""
        if head.ent_type_ not in ("ORG", "WORK_OF_ART") or not head.text[:1].isupper() or head.i == 0 or \
                not (agent.person or agent.phrase == "company"):
            return False
        prev = self.tokens[head.i - 1]
        after = self.tokens[head.i + 1] if head.i + 1 < len(self.tokens) else None
        return prev.ent_type_ == head.ent_type_ and prev.ent_iob_ in ("B", "I") and head.ent_iob_ == "I" and \
            prev.pos_ == "PROPN" and prev.text[:1].isupper() and self.name_at(prev) is None and \
            (after is None or after.ent_type_ != "PERSON")

    @staticmethod
    def _idiom(head: Token, agent: Agent) -> bool:
        """A role word with no determiner in a fixed phrase: "made public", "went public", "in public" (the public is
        "the public"); a school or hospital word bare ("going to college", "in hospital"); "chief among them" (an
        adverb of rank)."""
        if agent.phrase == "business" and head.tag_ == "NN" and any(c.dep_ == "poss" for c in head.lefts):
            return True   # "bolstered its business", "Disney's business strategy": a line of business, no firm
        if any(c.dep_ in ("det", "poss", "predet") for c in head.lefts):
            return False
        if agent.phrase == "public":
            return True
        if agent.sector in ("EDU", "HLH") and not agent.person and head.tag_ == "NN" and head.text.islower() and \
                not any(True for _ in head.lefts):
            return True   # "kids going to college", "taken to hospital", "after school": the activity, no actor
        return any(c.dep_ == "prep" and c.lower_ == "among" for c in head.rights) and head.tag_ == "NN"

    def _a_place(self, head: Token, agent: Agent) -> bool:
        """ "in the city", "at a school", "to the hospital": a place where something happens, not an actor."""
        if not agent.person and head.lemma_.lower() in TERRITORY_NOUNS:
            where = head.head if head.dep_ == "appos" else head   # "in Barry and Van Buren counties" (apposition)
            while where.dep_ == "conj" and where.head.i < where.i:
                where = where.head
            if where.dep_ == "pobj" and where.head.lower_ in IN_PLACE_PREPS:
                return True
        if agent.person or agent.sector not in PLACE_SECTORS or head.dep_ != "pobj" or \
                head.head.lower_ not in IN_PLACE_PREPS:
            return False
        return not any(self.name_at(t) is not None for t in head.subtree if t.i < head.i)
