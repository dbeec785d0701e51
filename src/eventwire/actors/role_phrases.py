"""Role phrases: mentions headed by an agent word ("Russian troops", "Putin's spokesman",
"the president of Russia", "Hungarian and Romanian officials" as a compound actor).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Token

from ..dictionaries.actor_dictionary import Agent
from .definite_references import DefiniteReferenceFinder, anaphor_kind, bare_definite
from .governing_places import governing_place
from .mention_context import PLACE_PREPS
from .name_matches import Found
from .own_act_objects import talks_venue
from .resolver import Phrase, Resolution, side_taken
from .role_countries import RoleCountryFinder
from .role_vetoes import RoleWordVetoes
from .vocabulary import shipped_vocabulary

_WORDS = shipped_vocabulary()

# "fighters loyal to X", "militants linked to X": X owns the role phrase (``RoleCountryFinder.allegiance``); "a group
# based in X": X is its place
ALLEGIANCE_WORDS = _WORDS.words("allegiance_words")
BASED_WORDS = _WORDS.words("based_words")
# bodies a person works "for" or "with" as theirs: "a writer for The Atlantic" (MED), "a volunteer with Oxfam" (NGO)
WORKPLACE_SECTORS = frozenset({"MED", "BUS", "NGO"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "nummod", "det", "predet", "quantmod", "poss", "case",
                           "advmod", "npadvmod", "punct"})
ABSORBING_DEPS = frozenset({"amod", "compound", "nmod"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "PERSON"})
CAMPAIGN_WORDS = _WORDS.words("campaign_words")
# modifiers that say a role phrase is not of the article's main country: "world leaders", "foreign diplomats"
NO_CONTEXT_WORDS = _WORDS.words("no_context_words")
# people who serve the one named after "to" ("an adviser to the Clinton campaign", "an aide to Putin"); an envoy or
# ambassador "to" a country is sent there
SERVING_WORDS = _WORDS.words("serving_words")
# of those, the ones that say so only of the people who speak for states ("other leaders", "regional powers");
# "other media outlets", "regional bank managers", "other officials" are of the country of the context
STATE_LEVEL_WORDS = _WORDS.words("state_level_words")
STATE_LEVEL_HEADS = _WORDS.words("state_level_heads")
# sectors of role words that, compounded to a noun, name a kind of thing, not an actor ("voter registration",
# "press conference", "child care", "student loans"), unless the noun is something people do together or an act
# the role word's people are the agents of ("a media request", "a student protest")
THING_SECTORS = frozenset({"CVL", "MED", "EDU", "HLH"})
COLLECTIVE_ACTS = _WORDS.words("collective_acts")
POLICE_WORDS = _WORDS.sequence("police_words")
MILITARY_WORDS = _WORDS.sequence("military_words")
# functions of a company an office may be "of": "vice president of business development" is a company's (BUS)
CORPORATE_FUNCTIONS = _WORDS.words("corporate_functions")
CORPORATE_TITLES = _WORDS.words("corporate_titles")
# a state's missions abroad keep the country of their place ("the closure of its embassy in Moscow")
DIPLOMATIC_MISSIONS = _WORDS.words("diplomatic_missions")
# "the emirate", "the island", "the strip": nouns of a kind of country -> the countries of that kind
COUNTRY_KIND_NOUNS = _WORDS.groups("country_kind_nouns")
COUNTRY_NAME_KINDS = frozenset({"country", "adjective", "capital", "place"})


def _mislabelled_noun(token: Token) -> bool:
    """ "Gunmen stormed India's parliament": a plural common noun the entity recogniser took for a one-word place
    name is no part of a name."""
    doc = token.doc
    return token.tag_ == "NNS" and token.pos_ == "NOUN" and token.ent_iob_ == "B" and (
        token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I")


# how many office words a formal title's chain may run through ("Minister of State for Foreign Affairs of ...")
TITLE_CHAIN_WORDS = 6
# what may close the chain: a country, a capital, an organisation ("Minister ... of the Republic of Ghana")
TITLE_OWNER_KINDS = frozenset({"country", "adjective", "capital", "organisation", "metonym"})


def _owned_title(token: Token) -> bool:
    """ "Kuwait's Emir", "the Amir": a capitalised title the entity recogniser took for a one-word person name; the
    possessor or article in front of it makes it a role word (the agent table decides whether it is one)."""
    doc = token.doc
    return token.ent_type_ == "PERSON" and token.ent_iob_ == "B" and (
        token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I") and \
        any(c.dep_ in ("poss", "det") and c.i < token.i for c in token.lefts)


def _no_context(modifiers: list[str], phrase: str) -> bool:
    """Whether a role phrase's modifiers say it is not of the country of the context ("world leaders", "foreign
    diplomats", "other leaders"; not "other media outlets", "regional bank managers")."""
    said = NO_CONTEXT_WORDS & set(modifiers)
    if said - STATE_LEVEL_WORDS:
        return True
    return bool(said) and phrase.split(" ")[-1] in STATE_LEVEL_HEADS


class RolePhraseFinder(DefiniteReferenceFinder, RoleCountryFinder, RoleWordVetoes):
    """The role-phrase pass of the mention finder."""

    def _role_phrases(self) -> None:
        self._role_lower = [" ".join(ws).lower() for ws in self.token_words]
        # last word of a person's full name -> its first token: "Larry Elder ... Elder" is no elder
        self._family_starts: dict[str, int] = {}
        for ent in self.ents:
            if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text[:1].isupper():
                self._family_starts.setdefault(ent[-1].text, ent.start)
        self._role_done: set[int] = set()
        for token in self.tokens:
            self._role_phrase(token)

    def _role_ahead(self, token: Token) -> Resolution | None:
        """The role phrase headed by ``token``, a word after the head being composed ("members of the Syrian
        opposition": the opposition is the owner), composed now if the pass has not reached it yet."""
        if token.i in self.names.at_token and self.name_at(token) is not None:
            return None
        self._role_phrase(token)
        return self.agent_heads.get(token.i)

    def _role_phrase(self, token: Token) -> None:
        """The role phrase headed by ``token``, if it heads one: into ``found`` and ``agent_heads`` (once)."""
        if token.i in self._role_done:
            return
        self._role_done.add(token.i)
        lower = self._role_lower
        if token.pos_ == "PROPN" and token.text[:1].isupper() and \
                self._family_starts.get(token.text, token.i) < token.i and token.dep_ not in ("compound", "amod"):
            return
        nominal = token.pos_ in NOUN_POS or token.tag_ in ("NN", "NNS", "NNP", "NNPS") or (
            token.pos_ == "ADJ" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj"))
        if not nominal:
            return
        if token.i in self.names.at_token and self.name_at(token) is not None:
            return
        if token.dep_ in ABSORBING_DEPS and token.head.i > token.i and token.head.pos_ in NOUN_POS and (
                token.head.pos_ == "PROPN" or token.head.i in self.names.at_token or
                self.resolver.agent_ending(lower, token.head.i + 1, lemma=token.head.lemma_.lower())):
            return             # "army" in "army spokesman": the head noun carries the phrase
        if token.dep_ in ("attr", "oprd") or self._as_predicate(token):
            return             # "Trump became president", "his departure as commissioner": a predicate
        if token.ent_type_ in PLACE_ENTITIES and not _mislabelled_noun(token) and not _owned_title(token):
            return             # "Forbidden City", "Eastern District": part of a place name
        hit = self.resolver.agent_ending(lower, token.i + 1, lemma=token.lemma_.lower(),
                                         min_start=token.left_edge.i)
        if hit is None:
            kind_noun = token.lemma_.lower()
            if anaphor_kind(token) == "country" or kind_noun in COUNTRY_KIND_NOUNS:   # "the country", "the nation":
                res = self.definite_reference(token, "country") if kind_noun not in COUNTRY_KIND_NOUNS else \
                    self._country_of_its_kind(token, COUNTRY_KIND_NOUNS[kind_noun])   # the last country named
                if res is not None:
                    self.agent_heads[token.i] = res
                    self._insert(token.i, [Found(self._left_edge(token, token.i), token.i + 1, token.i, res)])
            return
        start, agent = hit
        if self._a_place(token, agent) or self._idiom(token, agent) or self._word_of_a_name(token, agent):
            return
        res, members = self._compose(token, start, agent)
        if res is None:
            return
        if not members and token.dep_ == "compound" and token.head.i > token.i and token.head.pos_ == "NOUN" and (
                res.code is None or agent.phrase == "business" or (agent.sector in THING_SECTORS and
                                                                    token.head.lemma_.lower() not in COLLECTIVE_ACTS)):
            return             # "a pilot program", "voter fraud", "a press conference", "business development"
        if self._not_people(token, agent):
            return
        if agent.phrase in CAMPAIGN_WORDS:
            self._note_candidate(token)
        res = governing_place(token, res)   # "the city lifted the curfew": its council
        self.agent_heads[token.i] = res
        left = self._left_edge(token, start)
        if token.dep_ == "compound" and token.head.i > token.i:   # "Israeli army bulldozers"
            left = min([left, *(s.left_edge.i for s in token.head.lefts
                                if s.i < token.i and s.dep_ in ("amod", "compound", "nmod"))])
        if members:
            group = Resolution(None, None, res.sectors, None, f"compound actor: {res.why}", "group", plural=True)
            added = [Found(left, token.i + 1, token.i, group, members)]
            for t in range(left, token.i):   # each country word is a mention of its member
                named = self.name_at(self.tokens[t])
                member = next((m for m in members if named is not None and m.country == named.country), None)
                if member is not None and self.tokens[t].dep_ != "compound" or member is not None and t + 1 == token.i:
                    added.append(Found(t, t + 1, t, member))
            self._insert(token.i, added)
        else:
            self._insert(token.i, [Found(left, token.i + 1, token.i, res)])

    def _insert(self, head: int, added: list[Found]) -> None:
        """Adds the mentions of the role phrase headed by token ``head`` to ``found``, which stays in the order of
        the heads (a phrase composed ahead, "members of the Syrian opposition", comes after the one that asked)."""
        at = len(self.found)
        while at > 0 and self.found[at - 1].head > head:
            at -= 1
        self.found[at:at] = added

    def _left_edge(self, head: Token, start: int) -> int:
        left = start
        for child in head.lefts:
            if child.dep_ in MODIFIER_DEPS and child.dep_ not in ("det", "predet", "nummod", "quantmod", "punct"):
                left = min(left, child.left_edge.i)
        while left < head.i and self.tokens[left].dep_ in ("det", "predet", "nummod", "punct", "case"):
            left += 1
        return left

    def _country_of_its_kind(self, token: Token, countries: frozenset[str]) -> Resolution | None:
        """The country "the emirate" / "the island" points back to: the last one of that kind named within three
        sentences ("Qatar ... The emirate"), when no country of another kind was named after it; else None."""
        if not bare_definite(token) or token.tag_ in ("NNS", "NNPS"):
            return None
        first = self.sentence_of[token.i] - 3
        for idx in range(len(self.names.matches) - 1, -1, -1):
            start, _end, _m = self.names.matches[idx]
            if start >= token.i:
                continue
            if self.sentence_of[start] < first:
                return None
            res = self.names.resolved.get(idx)
            if res is None or not res.country or res.kind not in COUNTRY_NAME_KINDS:
                continue
            if res.country not in countries:
                return None   # "Qatar's emir met the Saudi king. The emirate ...": ambiguous, no guess
            name = self.resolver.dictionary.country_name(res.country) or res.country
            return Resolution(res.country, res.country, (), name,
                              f"'the {token.lower_}' -> the last country of its kind named: {res.why}", "country")
        return None

    def _formal_title_owner(self, word: Token) -> Resolution | None:
        """The country or body that closes a formal title's chain of capitalised office words: "Minister of State for
        Foreign Affairs of the United Arab Emirates", "Chief of Army Staff of Pakistan" (``word``: the first office
        word after the head's "of"/"for"; a lower-case word ends the chain, so "head of the association of farmers
        of X" is no title)."""
        queue, seen = [word], 0
        while queue and seen < TITLE_CHAIN_WORDS:
            node = queue.pop(0)
            seen += 1
            if not node.text[:1].isupper() or self.name_at(node) is not None:
                continue
            for child in node.rights:
                if child.dep_ == "conj":   # "Minister for Planning, Development and Special Initiatives of X"
                    queue.append(child)
                elif child.dep_ == "prep" and child.lower_ in ("of", "for"):
                    for pobj in (c for c in child.children if c.dep_ == "pobj"):
                        res = self.name_at(pobj)
                        if res is not None and res.code and res.kind in TITLE_OWNER_KINDS:
                            return replace(res, why=f"closing the title's chain of office words: {res.why}")
                        queue.append(pobj)
        return None

    def _compose(self, head: Token, start: int, agent: Agent) -> tuple[Resolution | None, list[Resolution]]:
        owner = place = None
        listed: list[str] = []     # "leaders of the United States, Japan and South Korea": one per country
        mod_tokens: list[Token] = []
        for child in head.lefts:
            if child.dep_ == "poss":   # "whose president": the noun the relative clause describes
                owner = self.whose_owner(child) if child.tag_ == "WP$" else self._resolve_token(child)
            elif child.dep_ in MODIFIER_DEPS:   # also the modifiers of a word of the role phrase: "The Russian
                mod_tokens.extend(t for t in child.subtree if t.i < start)   # Defence Ministry" (Russian -> Defence)
        for child in head.rights:   # "the president of Russia", "members of Hamas", "rebels in Syria"
            owner_prep = child.lower_ == "of" or (child.lower_ == "for" and agent.generic) or (
                child.lower_ == "to" and head.lemma_.lower() in SERVING_WORDS)   # "a senior adviser to the campaign"
            if child.dep_ == "prep" and (owner_prep or child.lower_ in PLACE_PREPS or child.lower_ == "near"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        if owner_prep and owner is None:   # "leaders of the Syrian opposition": the opposition
                            owner = self._role_ahead(pobj) if pobj.i > head.i and agent.person else None
                            owner = owner if owner is not None and owner.code and owner.sectors else \
                                self._resolve_token(pobj)   # not "the G-20 group": its name (an IGO) decides
                            if owner is None and agent.person:   # "Minister of State for Foreign Affairs of X"
                                owner = self._formal_title_owner(pobj)
                            listed = self.conjoined_countries(pobj)
                        elif not owner_prep and place is None:
                            place = self._resolve_token(pobj, roles=False)
                            listed = listed if len(listed) > 1 else self.conjoined_countries(pobj)
            elif child.dep_ == "prep" and child.lower_ in ("for", "with") and agent.person and not agent.generic \
                    and place is None:   # "a writer for The Atlantic", "a volunteer with the Red Cross"
                for pobj in child.children:
                    res = self._resolve_token(pobj, roles=False) if pobj.dep_ == "pobj" else None
                    if res is not None and res.kind == "organisation" and res.code and (
                            set(res.sectors) & WORKPLACE_SECTORS or res.code.startswith("NGO")):
                        place = res
                    elif res is None and pobj.dep_ == "pobj" and owner is None and child.lower_ == "for":
                        owner = self._formal_title_owner(pobj)   # "Cabinet Secretary for Interior of Kenya"
            elif child.dep_ in ("amod", "acl") and child.lemma_.lower() in ALLEGIANCE_WORDS and owner is None:
                owner = self.allegiance(child)   # "forces loyal to Assad", "militants linked to al-Qaeda"
            elif child.dep_ == "acl" and child.lemma_.lower() in BASED_WORDS and place is None:
                place = self.allegiance(child, PLACE_PREPS)   # "a terror group based in Trinidad"
        if owner is None and agent.person:   # "Deputy Minister of Foreign Affairs and International Cooperation of X":
            owner = next((res for c in head.rights if c.dep_ == "conj" and c.text[:1].isupper() and   # the parser
                          not self._agent_word(c) and (res := self._formal_title_owner(c)) is not None), None)   # joins
        if head.dep_ == "compound" and head.head.i > head.i:   # "Israeli army bulldozers", "Israeli police custody"
            for sibling in head.head.lefts:
                if sibling.i < head.i and sibling.dep_ in ("amod", "compound", "nmod"):
                    mod_tokens.extend(sibling.subtree)
                elif sibling.i < head.i and sibling.dep_ == "poss" and owner is None:
                    owner = self._resolve_token(sibling)
        mod_tokens.sort(key=lambda t: t.i)
        # a word of a name is no role word ("European Union leaders" are no union leaders)
        modifiers = [t.lower_ for t in mod_tokens if t.dep_ not in ("det", "predet", "nummod", "punct", "case") and
                     self.names.resolved.get(self.names.at_token.get(t.i, -1)) is None]
        names: list[Resolution] = []
        taken: set[int] = set()
        sides: set[str] = set()
        for t in mod_tokens:
            idx = self.names.at_token.get(t.i)
            if t.i > 0 and self.tokens[t.i - 1].lower_ == "ethnic":
                continue    # "ethnic Albanian guerrillas": an ethnicity, not a country
            if side_taken(self.tokens, t.i):
                side = self.names.resolved.get(idx) if idx is not None else None
                if side is not None and side.country:
                    sides.add(side.country)
                continue    # "pro-Russian separatists", "anti-American militias": the side taken, not their country
            if idx is not None and idx not in taken and idx in self.names.resolved:
                taken.add(idx)
                names.append(self.names.resolved[idx])
        plural = head.tag_ in ("NNS", "NNPS")
        if place is None and head.dep_ == "conj" and head.head.i in self.agent_heads:
            place = self.agent_heads[head.head.i]   # "Israeli helicopters and tanks"
        seats = [t for t in mod_tokens if t.head.lemma_.lower() == "base" and t.head.i > t.i and
                 t.dep_ in ("npadvmod", "compound", "nmod")]   # "the Geneva-based agency": its seat, a description
        if (not names or (seats and len(names) == 1)) and owner is None and place is None:
            definite = self.definite_reference(head)   # "the group", "the militants", "the Paris-based body": named
            if definite is not None:                   # before?
                return definite, []
        if not agent.bare and agent.person and owner is None and any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in head.lefts):
            agent = replace(agent, bare=True)   # "its members": the owner is found by the pronoun pass
        if place is not None and owner is None and not names and place.kind != "organisation" and \
                agent.phrase not in DIPLOMATIC_MISSIONS and any(c.dep_ == "poss" and c.pos_ == "PRON"
                                                                for c in head.lefts):
            place = None   # "Russia said its forces in Syria ...": the owner's, not the place's
        if place is not None and agent.person and agent.sector in ("CVL", "OPP") and owner is None and not names and \
                place.kind in ("metonym", "agent") and not place.human and place.code and \
                set(place.sectors) & {"LEG", "JUD"} and \
                any(c.dep_ == "prep" and c.lower_ == "in" for c in head.rights):   # "supporters in Congress"
            return replace(place, why=f"'{agent.phrase}' in {place.name or place.code}: its members: {place.why}",
                           kind="agent", plural=plural, name=None, human=True), []
        venue = place if place is not None and not (names or owner) and \
            talks_venue(agent.phrase, place.country, self.doc_context) else None   # "negotiators in Havana"
        place = None if venue is not None else place
        phrase = Phrase(agent, agent.phrase, modifiers, names, owner, plural, place)
        owned_by_world = any(c.dep_ == "poss" and c.lower_ in NO_CONTEXT_WORDS - STATE_LEVEL_WORDS
                             for c in head.lefts)   # "the world's inmates", "the world's leaders": of no one country
        of_no_one = owned_by_world or _no_context(modifiers, agent.phrase) or self._shares_no_context(head, modifiers)
        context = None if of_no_one else self.home_of_institution(head, agent, self.context_at(head))
        context = self.doc_context if venue is not None and context == venue.country else context
        if not (of_no_one or names or owner or place or sides):   # "Israeli troops ... Soldiers exchanged fire"
            context = self.forces_of_the_story(head, agent, modifiers, context) or context
        if context in sides:   # "Pro-Russian gunmen seized the town hall": not Russia's, whatever the text names
            context = None
        if agent.sector == "OPP" and context and self.doc_context and not (of_no_one or names or owner or place) \
                and head.dep_ not in ("nsubj", "nsubjpass"):
            context = self.doc_context   # "the Nigerian president urged the opposition" in a story on Togo: Togo's
        local = self.local_country(head, agent.phrase, agent.sector) if not (
            of_no_one or names or owner or place or sides) else None
        if local is None and not (of_no_one or names or owner or place or sides) and \
                self.sent_of(head) not in self.sentence_country:   # a sentence naming no country:
            local = self.home_force_country(head, agent.sector)   # "Police detained 200 people": the police's
        if local is not None:   # "Crowds broke into the British compound in Tehran": the place's, not the article's
            context = local[0]
        if agent.person and not plural and not names and owner is None and place is None:
            earlier = self.same_role_before(head, agent.sector)   # "... the minister said": the one named before
            if earlier is not None:
                return earlier, []
        res = self.resolver.compose(phrase, self.when, context)
        if local is not None and res is not None and res.country == local[0]:
            res = replace(res, why=res.why.replace("the article's main country", local[1]))
        if res is not None and res.code is None and sides and not (names or owner):
            beside = self.country_beside(head, sides)   # "Pro-Russian rebels shelled Mariupol": Ukraine's
            new = self.resolver.compose(phrase, self.when, beside) if beside else None
            if new is not None and new.country == beside:
                beside_why = f"the country beside the side taken ({', '.join(sorted(sides))})"
                res = replace(new, why=new.why.replace("the article's main country", beside_why))
        if res is not None and res.code is None and not (of_no_one or names or owner or place):
            res = self.with_default_country(head, phrase, res)   # "Israeli tanks ... and troops pushed into ..."
        if res is not None and res.sectors == ("GOV",) and agent.phrase in CORPORATE_TITLES and \
                self._corporate_office(head):   # "vice president of business development at SNC"
            res = replace(res, code=res.country + "BUS" if res.country else None, sectors=("BUS",),
                          why=f"{res.why}; an office of a company's {self._corporate_office(head)} (BUS)")
        if res is not None and agent.phrase == "officer" and res.sectors == ("MIL",) and self.police_story():
            sector_why = "a police story: officers are police (COP)"
            res = replace(res, code=(res.country + "COP") if res.country else None, sectors=("COP",),
                          why=f"{res.why}; {sector_why}")
        countries = list(dict.fromkeys(n.country for n in names if n.kind in ("country", "adjective") and n.country))
        if len(countries) < 2 and len(listed) > 1:
            countries = listed
        if res is None or len(countries) < 2 or res.country not in countries:
            return res, []
        # "Hungarian and Romanian officials": one actor per country
        tail = (res.code or "")[3:]
        return res, [replace(res, code=c + tail, country=c, why=f"{res.why} (one of a compound actor)")
                     for c in countries]

    @staticmethod
    def _corporate_office(head: Token) -> str:
        """The company function an office is "of" ("vice president of business development", "director of
        marketing"), or ''."""
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        words = " ".join(t.lower_ for t in pobj.subtree if t.dep_ not in ("det", "prep", "pobj") or
                                         t.i == pobj.i)
                        if words in CORPORATE_FUNCTIONS:
                            return words
        return ""

    @staticmethod
    def _shares_no_context(head: Token, modifiers: list[str]) -> bool:
        """ "world leaders and diplomats": a bare conjunct shares the first one's "world", "foreign", "other"."""
        if modifiers or head.dep_ != "conj" or head.head.pos_ not in NOUN_POS:
            return False
        return any(c.lower_ in NO_CONTEXT_WORDS for c in head.head.lefts if c.dep_ in ("amod", "compound"))

    def police_story(self) -> bool:
        """The text speaks of police more than of soldiers ("officers" are then police officers)."""
        if self._police is None:
            lemmas = Counter(t.lemma_.lower() for t in self.tokens)
            police = sum(lemmas[w] for w in POLICE_WORDS)
            military = sum(lemmas[w] for w in MILITARY_WORDS)
            self._police = police > military
        return self._police

    def _note_candidate(self, campaign: Token) -> None:
        """ "the Trump campaign", "Clinton's campaign": that person runs for office (PTY) in this article."""
        for child in campaign.lefts:
            if child.dep_ in ("compound", "poss"):
                res = self.name_at(child)
                if res is not None and res.kind == "person" and res.name and res.country and \
                        res.sectors in ((), ("ELI",)):
                    self.titled_people.setdefault(res.name, replace(
                        res, code=res.country + "PTY", sectors=("PTY",),
                        why=f"{res.why}; a candidate: '{self.doc[child.i:campaign.i + 1].text}' in the text"))

