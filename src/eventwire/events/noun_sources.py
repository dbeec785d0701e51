"""Who does an event told by a noun: its possessive or 'by' agent, the agent of a participle on it ("strikes
carried out by Israel"), an actor modifier or the leader of a "US-led" act, the subject of its light verb ("held
talks"), the sides of its 'between' phrase, who makes a trip it is told as ("on a visit to Lima") or travels for
("flew to Pretoria for talks"), and who claims it ("claimed responsibility for the bombing").
"""

from __future__ import annotations

from spacy.tokens import Token

from . import syntax, trips
from .agent_sources import AgentSearch
from .argument_types import BETWEEN, OWNER_WHY, Arg
from .argument_words import argument_words

# how the claimant of an act is told (``background.drop_circumstances`` keeps the act)
CLAIMANT_MARK = "claimant:"


class NounSourceSearch(AgentSearch):
    """The sources of event nouns (``verb_sources`` is ``sources.SourceSearch``'s)."""

    def noun_sources(self, noun: Token) -> list[Arg]:
        """Who performs a nominal event: possessive, `by` agent, actor modifier, light verb subject."""
        found = self.owner_or_by_agent(noun)
        if found:
            return found
        # "negotiations with North Korea, led by the United States", "strikes carried out by Israel"
        for part in syntax.children(noun, "acl"):
            if part.tag_ == "VBN" and part.lemma_.lower() in argument_words().agent_participles:
                found = [a for agent in syntax.children(part, "agent") for pobj in syntax.prep_objects(agent)
                         for a in self.actors(pobj, f"'{part.text} by' agent")]
                if found:
                    return found
        # "the Helsinki summit between Trump and Putin": the sides named by 'between' come before a
        # modifier (a place, here), not before the subject of a light verb ("Qatar launched a
        # mediation effort between the Emirates and Saudi Arabia")
        verb = syntax.light_verb(noun)
        if verb is not None and verb.lemma_.lower() in argument_words().witnessing:
            verb = None     # "he witnessed a conversation between A and B": the witness is no party
        between = [] if verb is not None else [
            a for prep in syntax.children(noun, "prep") if prep.lower_ == "between"
            for p in syntax.prep_objects(prep) for a in self.actors(p, BETWEEN)]
        if len(between) >= 2:
            return between[:1]
        for mod in noun.children:
            if mod.dep_ in ("compound", "amod", "nmod") and mod.i < noun.i:
                cover = self.actor_at(mod.i)
                if cover is not None and cover.head_token == noun.i and cover.why.startswith(OWNER_WHY):
                    continue   # "secret meetings in Oman": a word of the noun's own thing phrase names no doer
                found = self.actors(mod, "actor modifier")
                if found:
                    return found
                # "a US-led airstrike", "the Saudi-led offensive": the leader of the act does it
                if mod.lemma_.lower() == "lead" and mod.tag_ == "VBN":
                    found = [a for m in mod.children if m.dep_ in ("npadvmod", "compound", "nmod", "amod")
                             for a in self.actors(m, f"leader '{m.text}-{mod.text}'")]
                    if found:
                        return found
        if verb is not None:
            # (not the author of a text through its participle: "a statement calling the test a
            # violation" is no test and no violation by the statement's author)
            return [a.retold(f"{a.how} of '{verb.text}'") for a in self.verb_sources(verb, authors=False)]
        found = self._trip_taker(noun) or self._traveller(noun) or self._claimant(noun)
        if found:
            return found
        if noun.dep_ in ("nsubj", "nsubjpass", "ROOT"):
            for prep in syntax.preps_of(noun, noun=True):
                if prep.lower_ == "between":
                    found = [a for p in syntax.prep_objects(prep) for a in self.actors(p, BETWEEN)]
                    return found[:1]
        return []

    def _trip_taker(self, noun: Token) -> list[Arg]:
        """Who makes a visit or holds talks told as a circumstance: the actor its 'on'/'during' phrase
        describes ("Chile's foreign minister, on a visit to Lima, said ..."), else the doer of the clause it
        hangs on ("On a visit to Hanoi, the prime minister signed ..."); ``trips`` in arguments.yaml."""
        prep = trips.trip_phrase(noun)
        if prep is None:
            return []
        host = prep.head
        how = f"who is '{prep.text} a {noun.text}'"
        if host.pos_ in syntax.NOUN_POS:
            return self.actors(host, how)
        if host.pos_ in ("VERB", "AUX"):
            return [a.retold(f"{a.how} ({how})") for a in self.verb_sources(host, authors=False)]
        return []

    def _traveller(self, noun: Token) -> list[Arg]:
        """Who travels for talks holds them: "Mugabe flew to Pretoria for talks with Zuma" -> Mugabe
        (``trips.travel_purpose``)."""
        verb = trips.travel_purpose(noun)
        if verb is None:
            return []
        return [a.retold(f"{a.how} (who '{verb.text}' for '{noun.text}')")
                for a in self.verb_sources(verb, authors=False)]

    def _claimant(self, noun: Token) -> list[Arg]:
        """Who claims an act claims to have done it: "the Taliban claimed responsibility for the bombing",
        "a militant group took credit for the attacks" -> the claimant does the act (the object of
        ``claims`` verbs in data/cameo/arguments.yaml, 'for' an act)."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "for":
            return []
        # ('for' on the object, or on the verb beside it: "took credit for the attack")
        verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head
        words = argument_words()
        claimed = [o for o in syntax.children(verb, "dobj") if o.lemma_.lower() in words.claimed]
        if not claimed or verb.lemma_.lower() not in words.claiming:
            return []
        return [a.retold(f"{a.how} ({CLAIMANT_MARK} '{verb.text} {claimed[0].text} for')")
                for a in self.verb_sources(verb, authors=False)]
