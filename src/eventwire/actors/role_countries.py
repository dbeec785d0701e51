"""The country of a role phrase that names none of its own where its sentence names several countries, and the
owner a relative "whose" stands for.

A role phrase with no country word, owner or place of its own ("troops", "gunmen", "security forces") takes the one
country its sentence names (``FinderBase.context_at``); a sentence that names several leaves it unknown, and an event
with an unknown actor is lost. News English often names the same kind of actor just before with its country:
"Turkish tanks shelled the ridge and troops crossed the river", "French jets hit the depots ..., the first French
raids since the pilots were recalled". A bare phrase of a force or group sector takes the country of the
actors of that sector named earlier in its sentence (else in the sentence before), when they are all of one country
and have a country of their own; civilians, opposition and criminals only by the same word ("Kurdish detainees
... a detainees' support group", not "a Canadian aid worker who ran a clinic"). Not officials (GOV): the
officials of several countries meet in one sentence ("the Chilean president phoned her Argentine counterpart
..., the leaders agreed"); not a phrase with a capitalised word ("against Kurdish-led forces"); not weapons
and craft ("U.S. forces launched cruise missiles": the missiles are no actor); not a singular that is no definite
reference back ("respond with an overwhelming force", "with greater force": a new one or a mass word).
The default's ``why`` ends "unless the text says otherwise", so an apposition or a possessive pronoun the later
passes resolve still decides.

Police, crowds and the other actors that act where they live or serve take the country of the place their clause
names first (``clause_countries``). Measured and left out (2026-11-27, set E): the country of the place the act
happens in for every role phrase: right about the actor in most cases, but "Suicide bombers struck three hotels in
the Jordanian capital" were Iraqi, settlers who attack a West Bank village are Israeli, and the events it let through
were mostly background acts the gold leaves out (set E sentences P .554 -> .549).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..dictionaries.actor_dictionary import Agent
from .clause_countries import ClauseCountryFinder, one_country
from .definite_references import definite
from .name_matches import country_evidence
from .own_act_objects import acted_on
from .resolver import NO_OWN_COUNTRY, Phrase, Resolution, side_taken
from .vocabulary import shipped_vocabulary

_WORDS = shipped_vocabulary()

# sectors of forces and groups a bare role phrase names again ("Israeli tanks ... and troops"); not GOV: the officials
# of several countries meet in one sentence
FORCE_SECTORS = frozenset({"MIL", "COP", "REB", "CRM", "SPY", "CVL", "OPP"})
# of those, sectors whose people of several countries meet in one story ("a British citizen who ran schools for
# girls in Kabul"): only the same word names them again ("Palestinian prisoners ... a prisoners' rights group")
PEOPLE_SECTORS = frozenset({"CVL", "OPP", "CRM"})
# sectors of role nouns that are also places ("the city", "districts"): as such no actor a later phrase is one of
PLACE_SECTORS = frozenset({"CVL", "EDU", "HLH"})
# the organs of a state: a sentence naming one of a country has that country's forces in it
STATE_SECTORS = frozenset({"GOV", "MIL", "COP"})
# role words for weapons and craft ("U.S. forces launched cruise missiles"): things, no actor named again
DISTANT_AGENTS = _WORDS.words("distant_agents")
# "fighters loyal to X", "militants linked to X": the prepositions of the side a role phrase is of
ALLEGIANCE_PREPS = frozenset({"to", "with"})
# the prepositions of the side an act is aimed at ("sanctions on Iran", "a treaty with Japan", "aid to Ukraine")
AIMED_AT_PREPS = frozenset({"on", "against", "with", "to", "toward", "towards"})


def relative_antecedent(token: Token) -> Token | None:
    """The noun a relative "whose" stands for: "the United States, whose president said ..." -> States."""
    node = token
    while node.dep_ != "relcl":
        if node.head.i == node.i:
            return None
        node = node.head
    return node.head


class RoleCountryFinder(ClauseCountryFinder):
    """Country defaults for role phrases with no country of their own (a pass of the mention finder)."""

    def allegiance(self, word: Token, preps: frozenset[str] = ALLEGIANCE_PREPS) -> Resolution | None:
        """The actor after "loyal to", "linked to", "allied with" (or the place after "based in")."""
        for prep in word.children:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return self._resolve_token(pobj)
        return None

    def conjoined_countries(self, pobj: Token) -> list[str]:
        """The countries of a prepositional object and its conjuncts: "from Iran, Russia and Turkey"."""
        out: list[str] = []
        todo = [pobj]
        while todo:
            tok = todo.pop()
            res = self.name_at(tok)
            if res is not None and res.kind in ("country", "adjective", "capital") and res.country:
                out.append(res.country)
            todo.extend(c for c in tok.children if c.dep_ == "conj")
        return list(dict.fromkeys(sorted(out, key=lambda c: out.index(c))))

    def home_of_institution(self, head: Token, agent: Agent, context: str | None) -> str | None:
        """The country of a bare legislature ("Parliament", "lawmakers"): a country named only as the side its own
        act is aimed at ("approved sanctions on Iran", "ratified a treaty with Japan": ``AIMED_AT_PREPS`` phrases
        of what the act is done to) is not its country; the one other country its sentence names is ("...,
        the German government said"), else the dateline's, else the article's main country when it is another."""
        if agent.sector != "LEG":
            return context
        aimed = self._countries_named_at({t.i for prep in self._aimed_phrases(head) for t in prep.subtree})
        if not aimed or (context is not None and context not in aimed):
            return context
        sent = self.sentences[self.sentence_of[head.i]]
        others = {c for idx, (start, _e, _m) in enumerate(self.names.matches) if sent[0] <= start < sent[1]
                  and (res := self.names.resolved.get(idx)) is not None and (c := country_evidence(res))} - aimed
        if others:
            return next(iter(others)) if len(others) == 1 else None
        home = self.dateline_country() or self.doc_context
        return home if home not in aimed else None

    @staticmethod
    def _aimed_phrases(subject: Token) -> list[Token]:
        """The prepositions of the side the act of the verb of ``subject`` is aimed at, in its objects or on itself
        ("approved sanctions on Iran", "voted to send aid to Ukraine")."""
        doc = subject.doc
        return [doc[i] for i in sorted(acted_on(subject))
                if doc[i].dep_ in ("prep", "dative") and doc[i].lower_ in AIMED_AT_PREPS]

    def with_default_country(self, head: Token, phrase: Phrase, res: Resolution) -> Resolution:
        """The role phrase ``res`` (headed by ``head``, composed from ``phrase`` with no country) with the country the
        text gives it by default (``country_of_role``), or as it is."""
        found = self.country_of_role(head, phrase.agent, res)
        if found is None:
            return res
        country, how = found
        new = self.resolver.compose(phrase, self.when, country)
        if new is None or new.country != country:
            return res
        return replace(new, why=new.why.replace(NO_OWN_COUNTRY[0], f"{how}, {NO_OWN_COUNTRY[2]}"))

    def country_of_role(self, head: Token, agent: Agent, res: Resolution) -> tuple[str, str] | None:
        """The country a role phrase ``res`` (headed by ``head``, composed with no country) takes, and why; None
        when the text does not say."""
        if res.country is not None or not res.sectors or DISTANT_AGENTS & {agent.phrase, head.lemma_.lower()}:
            return None
        if self.local_actor(head, agent.phrase, res.sectors[0]):
            where = self.place_of_act(head)   # "police detained him as he was driven through Lima"
            if where is not None:
                return where
        home = self.home_force_country(head, res.sectors[0])   # "Turkish police detained the editor"
        if home is not None:
            return home
        if head.tag_ in ("NN", "NNP") and not definite(head):
            return None   # "respond with an overwhelming force", "cross-border artillery": a new one or a mass word
        if res.sectors[0] not in FORCE_SECTORS or any(c.dep_ == "poss" for c in head.lefts):
            return None   # "our forces", "their supporters": the owner decides (the pronoun pass), or nobody
        if any(t.text[:1].isupper() and not t.is_sent_start for c in head.lefts for t in c.subtree):
            return None   # "an offensive against Kurdish-led forces", "Shiite militias": another side, named
        same = head.lemma_.lower() if res.sectors[0] in PEOPLE_SECTORS else None
        return self._same_sector_before(head, res.sectors[0], same)

    def forces_of_the_story(self, head: Token, agent: Agent, modifiers: list[str], context: str | None) -> str | None:
        """ "Israeli troops pushed into Gaza. Soldiers exchanged fire with Hamas gunmen, Palestinian officials said":
        bare plural forces ("soldiers", "troops", "police", "security forces") as the subject of a later sentence
        whose one country only others give (the side fought, the speaker, a place) are the forces of that sector
        named with another country of their own in the two sentences before. Not when that sentence names a state
        actor of its country ("Syrian officials said soldiers repelled ...": theirs), nor forces described by a word
        of their own ("Renegade soldiers", "rival troops": another side)."""
        n, sector = self.sentence_of[head.i], agent.sector
        if sector not in ("MIL", "COP") or n == 0 or not context or head.tag_ != "NNS" or \
                not set(modifiers) <= set(agent.phrase.split()) or \
                head.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ == "poss" for c in head.lefts) or \
                self.sentence_country.get(self.sent_of(head)) != context:
            return None
        for f in self.found:
            if self.sentence_of[f.head] == n and f.res.country == context and STATE_SECTORS & set(f.res.sectors):
                return None
        for back in (n - 1, n - 2):
            if back < 0:
                return None
            s0, _s1 = self.sentences[back]
            seen = {f.res.country for f in self.found if self.sentence_of[f.head] == back and not f.modifier and
                    f.res.country and sector in f.res.sectors and not any(w in f.res.why for w in NO_OWN_COUNTRY)}
            if seen:
                return next(iter(seen)) if len(seen) == 1 and context not in seen else None
        return None

    def country_beside(self, head: Token, sides: set[str]) -> str | None:
        """The country of a side-taking phrase ("pro-Russian rebels", ``sides`` the countries after "pro-"/"anti-"):
        the one other country its sentence's names (not its firms) give ("Pro-Russian rebels shelled Mariupol"), else
        the article's main country when that is none of the sides; None when the text does not say."""
        n = self.sentence_of[head.i]
        others: set[str] = set()
        for idx, (start, _end, _m) in enumerate(self.names.matches):
            res = self.names.resolved.get(idx)
            if res is None or self.sentence_of[start] != n or idx in self.ethnic or "BUS" in res.sectors:
                continue   # a firm named ("a Malaysia Airlines Boeing") says little of where the sides fight
            country = country_evidence(res)
            if country and country not in sides and not side_taken(self.tokens, start):
                others.add(country)
        if len(others) == 1:
            return next(iter(others))
        if not others and self.doc_context and self.doc_context not in sides:
            return self.doc_context
        return None

    def whose_owner(self, token: Token) -> Resolution | None:
        """What a relative "whose" stands for: "the United States, whose president said ..." -> the United States;
        "Cuban President Raul Castro, whose government hosted ..." -> Raul Castro."""
        antecedent = relative_antecedent(token)
        if antecedent is None:
            return None
        return self.name_at(antecedent) or self.agent_heads.get(antecedent.i) or self._resolve_token(antecedent)

    def _same_sector_before(self, head: Token, sector: str, lemma: str | None = None) -> tuple[str, str] | None:
        """The one country of the actors of ``sector`` (with the head word ``lemma``, if given) named with a country
        of their own before ``head`` in its sentence, else in the sentence before."""
        n = self.sentence_of[head.i]
        for back in (n, n - 1):
            if back < 0:
                return None
            s0, _s1 = self.sentences[back]
            seen: dict[str, str] = {}
            for f in self.found:
                res = f.res
                if f.modifier or f.members or not s0 <= f.head < head.i or back != self.sentence_of[f.head]:
                    continue
                if lemma is not None and self.tokens[f.head].lemma_.lower() != lemma:
                    continue
                if res.country and sector in res.sectors and not any(w in res.why for w in NO_OWN_COUNTRY) and \
                        (res.human or sector not in PLACE_SECTORS):   # "in several London districts" is a place
                    seen.setdefault(res.country, self.doc[f.start:f.end].text)
            for idx, (start, end, _m) in enumerate(self.names.matches if lemma is None else ()):
                res = self.names.resolved.get(idx)
                if res is not None and s0 <= start < head.i and self.sentence_of[start] == back and res.country and \
                        sector in res.sectors and res.kind in ("organisation", "metonym"):   # "the Pentagon"
                    seen.setdefault(res.country, self.doc[start:end].text)
            verdict = one_country(seen, f"the {sector} actor named before")
            if verdict is not None:
                return verdict or None
        return None


__all__ = ["RoleCountryFinder", "relative_antecedent"]
