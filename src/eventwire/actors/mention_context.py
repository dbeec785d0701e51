"""What a mention finder knows of its document: names by token, country context, titles and places.

``FinderBase`` holds the per-document state shared by the passes of ``mentions.MentionFinder`` (role
phrases in ``role_phrases``, unlisted people and organisations in ``unlisted_actors``) and the look-ups
they share: the name at a token, the country of the context, what a possessor or "of" object stands for.
The names the text itself moves to another country (a town followed by its country, a group active in two countries)
are moved by ``rehomed_names`` before the sentences' countries are weighed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Token

from ..dictionaries.actor_dictionary import Agent
from ..dictionaries.actor_text import words
from .dateline_credits import dateline_credit_tokens, dateline_tokens
from .name_matches import (Found, add_unlisted_companies, country_evidence, find_names, scene_country, syntactic_head,
                           without_names_in)
from .organisation_kinds import ORGANISATION_KINDS, organisation_fits
from .own_act_objects import acted_on, acting_phrase, seat_of
from .rehomed_names import rehome_places_of_a_named_country, rehome_shared_groups
from .resolver import FORMER_WORDS, ActorResolver, Resolution, split_code
from .vocabulary import shipped_vocabulary

_WORDS = shipped_vocabulary()
PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n\s*")

# sectors of organisations whose country says little of where a story happens (a firm, an outlet): "the authorities
# blocked Telegram" are of the other country the sentence names
FIRM_SECTORS = frozenset({"BUS", "MED"})
PLACE_PREPS = frozenset({"in", "from", "at", "throughout", "across", "inside"})
# a capital in these positions is a place ("arrived in Amman", "blockade Paris"), not its government
LOCATIVE_PREPS = frozenset({"in", "into", "to", "at", "near", "across", "throughout", "around", "outside",
                            "inside", "toward", "towards", "within", "over"})
# a name after these is where something is or comes from ("hostages held in Gaza", "a man from Cyprus"), no actor
WHERE_PREPS = LOCATIVE_PREPS | {"from"}
# verbs whose object is a place, not a government: "shelled Kharkiv", "blockade Paris", "visited Tehran"
PLACE_VERBS = _WORDS.words("place_verbs")
# definite nouns that point back to the organisation last named: "a spokesman for the group"
GROUP_ANAPHORS = _WORDS.words("group_anaphors")
ANAPHOR_KINDS = _WORDS.group_of("anaphors")    # "group" -> "group", "alliance" -> "alliance" ...
# clauses that describe a noun or follow a preposition ("men suspected of selling ivory to Chinese buyers", "charged
# with spying for Israel"): a country named only in one is a link abroad, not where the story happens
LINK_CLAUSES = frozenset({"acl", "relcl", "pcomp"})
# a state's missions abroad: "outside the Danish embassy" names the country of the mission, not of the street
MISSIONS = _WORDS.words("diplomatic_missions")
SETTLED = _WORDS.words("settled_places")


def paragraph_sentences(doc: Doc, tokens: list[Token]) -> list[tuple[int, int]]:
    """The document's sentences as token spans, cut at paragraph breaks too: the parser sometimes runs a sentence
    on over a blank line ('... had typed "homicidal ideation."  <blank line>  Melanie thought ...'), and a pronoun
    after it should not weigh the two paragraphs as one sentence."""
    sents = [(s.start, s.end) for s in doc.sents]
    text = doc.text
    cuts = [m.end() for m in PARAGRAPH_BREAK.finditer(text)]
    if not cuts:
        return sents
    starts = [t.idx for t in tokens]
    first_after = {bisect_left(starts, c) for c in cuts}   # the first token of each new paragraph
    out: list[tuple[int, int]] = []
    for s0, s1 in sents:
        for i in sorted(c for c in first_after if s0 < c < s1):
            out.append((s0, i))
            s0 = i
        out.append((s0, s1))
    return out


class FinderBase:
    """Per-document state and shared look-ups of the mention finder (construct per document)."""

    def __init__(self, doc: Doc, resolver: ActorResolver, when: date | None) -> None:
        self.doc = doc
        self.resolver = resolver
        self.when = when
        self.tokens = list(doc)    # one Token object per token for every pass (spaCy makes a new one per access)
        self.sentences = paragraph_sentences(doc, self.tokens)
        self.sentence_of = [0] * len(doc)    # token -> index in ``sentences``
        for n, (s0, s1) in enumerate(self.sentences):
            self.sentence_of[s0:s1] = [n] * (s1 - s0)
        seen: dict[str, list[str]] = {}      # a document repeats its words: split each form once
        self.token_words = [seen[t.text] if t.text in seen else seen.setdefault(t.text, words(t.text))
                            for t in self.tokens]
        self.ents = tuple(doc.ents)   # spaCy builds the entity spans anew on each access
        self.non_actor_tokens = self._non_actor_tokens()
        # names inside a name listed as no actor ("South American countries") are no actor and no evidence
        # and the outlet a dateline credits ("ACCRA (GNA) -") filed the story: no actor of it, no evidence
        self.names = without_names_in(find_names(doc, resolver, when, self.token_words, self.tokens, self.ents),
                                      self.non_actor_tokens | dateline_credit_tokens(doc))
        # "ethnic Albanians in Macedonia": an ethnicity is no evidence of the country of the context
        self.ethnic = {idx for idx, (start, _end, _m) in enumerate(self.names.matches)
                       if start > 0 and self.tokens[start - 1].lower_ == "ethnic"}
        # the article's main country, by one rule (``scene_country``), before anything uses it; countries named only
        # as links abroad (``links_abroad``) are no evidence of it
        links = self.links_abroad()
        self.doc_context = scene_country(self.names, self.ethnic | links)
        link_starts = {self.names.matches[idx][0] for idx in links}
        self.names = add_unlisted_companies(self.names, self.tokens, self.ents, self.doc_context)
        self.ethnic = {idx for idx, (start, _end, _m) in enumerate(self.names.matches)
                       if start > 0 and self.tokens[start - 1].lower_ == "ethnic"}
        # the same links, found once: unlisted companies only add names (of kind organisation, never a link) and drop
        # the places inside them, so the links keep their start tokens
        self.links = {idx for idx, (start, _end, _m) in enumerate(self.names.matches)
                      if start in link_starts and self.names.resolved.get(idx) is not None
                      and self.names.resolved[idx].kind in ("adjective", "country")}
        rehome_shared_groups(self.names, self.sentence_of, self.ethnic | self.links, self.doc_context)
        rehome_places_of_a_named_country(self.names, self.tokens)
        self.sentence_country, self.shared_context = self._sentence_countries()
        self.context = self.doc_context
        self._dateline: set[int] | None = None   # tokens of datelines, found on first use (``dateline``)
        self._rehome_institutions()
        self.found: list[Found] = []
        self.inner: list[Found] = []     # people named inside another mention ("the Trump campaign"), for pronouns
        self._scene: tuple[str, str] | tuple[()] | None = None   # the text's scene of acts, found on first use
        self.agent_heads: dict[int, Resolution] = {}
        self.surnames: dict[str, Resolution] = {}
        self.titled_people: dict[str, Resolution] = {}   # person name -> role given by a title earlier on
        self.long_text: bool | None = None
        self._police: bool | None = None

    def _non_actor_tokens(self) -> set[int]:
        """Tokens of names listed as no actor (products, teams, laws, events: ``non_actors.yaml``), longest first."""
        table = getattr(self.resolver.dictionary, "non_actors", None)
        if not table:
            return set()
        starts = self.resolver.non_actor_starts()
        longest = starts[""]
        out: set[int] = set()
        n = len(self.tokens)
        i = 0
        while i < n:
            first = self.token_words[i]
            if not first or first[0].lower() not in starts:
                i += 1
                continue
            hit = 0
            parts: list[str] = []
            for j in range(i, min(n, i + longest)):
                if not self.token_words[j]:
                    if self.tokens[j].text not in ("-", "'", "\u2019"):
                        break
                    continue
                parts.extend(self.token_words[j])
                if " ".join(p.lower() for p in parts) in table:
                    hit = j + 1
            if hit:
                out.update(range(i, hit))
                i = hit
            else:
                i += 1
        return out

    def name_at(self, token: Token) -> Resolution | None:
        idx = self.names.at_token.get(token.i)
        return self.names.resolved.get(idx) if idx is not None else None

    def sent_of(self, token: Token) -> int:
        return self.sentences[self.sentence_of[token.i]][0]

    def _sentence_countries(self) -> tuple[dict[int, str | None], dict[int, str]]:
        """Sentence start -> the one country its names name, or None where they name several; and for those
        sentences, start -> the article's main country when it is one of them and another sentence names it too.
        Firms and outlets count only in a sentence that names no other country."""
        found: dict[int, set[str]] = {}
        firms: dict[int, set[str]] = {}   # the countries only firms and outlets give
        links: dict[int, set[str]] = {}   # the countries only links abroad give
        for idx, (start, _end, _m) in enumerate(self.names.matches):
            res = self.names.resolved.get(idx)
            country = country_evidence(res) if res is not None and idx not in self.ethnic else None
            if country:
                sent = self.sentences[self.sentence_of[start]][0]
                firm = res.kind == "organisation" and bool(FIRM_SECTORS & set(res.sectors))
                (links if idx in self.links else firms if firm else found).setdefault(sent, set()).add(country)
        for sent, countries in firms.items():   # "officials cut access to Telegram": Ethiopia's
            found.setdefault(sent, countries)
        for sent, countries in links.items():   # "Police arrested men suspected of selling ivory to Chinese buyers":
            if sent not in found:               # the article's main country (a dateline's), else none
                found[sent] = {self.doc_context} if self.doc_context else {*countries, ""}
            else:
                found[sent] |= countries   # several countries: the clause decides (``clause_countries``)
        main = self.doc_context
        found = {s: c - {""} if len(c - {""}) > 1 else c for s, c in found.items()}   # "": the country unknown
        shared = {s: main for s, c in found.items() if len(c) > 1 and main in c} \
            if main and sum(main in c for c in found.values()) > 1 else {}
        return {s: next(iter(c)) if len(c) == 1 else None for s, c in found.items()}, shared

    @property
    def dateline(self) -> set[int]:
        """Tokens of datelines: "MOSCOW (Reuters) -", "WASHINGTON -", "BEIJING, March 3 (AP) --" at the start of a
        line: where the story was filed, no actor and no antecedent (not the government a capital may stand for, not
        the agency). Found once, on first use."""
        if self._dateline is None:
            self._dateline = dateline_tokens(self.doc, self._named_kind)
        return self._dateline

    def _named_kind(self, i: int) -> str | None:
        named = self.name_at(self.tokens[i])
        return named.kind if named is not None else None

    def links_abroad(self) -> set[int]:
        """Indices of the names that only link a story to another country: a nationality adjective or a country
        named inside a clause that describes a noun or follows a preposition ("arrested twelve men suspected of
        smuggling ivory to Chinese buyers", "charged two men with spying for Israel", "journalists working for a
        Pakistani channel"), or on a state's mission ("protesters outside the Danish embassy"). The police, courts
        and crowds of such a sentence are not of that country; a place of the act ("who had gathered in Syrian
        towns", "fled to Syria") still names where the story is."""
        out: set[int] = set()
        for idx, (start, end, _m) in enumerate(self.names.matches):
            res = self.names.resolved.get(idx)
            if res is None or res.kind not in ("adjective", "country") or res.sectors:
                continue
            noun = self.tokens[syntactic_head(self.tokens, start, end)]
            while noun.dep_ in ("amod", "compound", "nmod", "poss") and noun.head.i != noun.i:
                noun = noun.head
            lemma = noun.lemma_.lower()
            if lemma in MISSIONS:
                out.add(idx)
                continue
            if res.kind == "adjective" and self._held_by_home_force(noun):
                out.add(idx)   # "police arrested two Somali men": foreigners held, not the police's country
                continue
            if lemma in SETTLED or (res.kind == "country" and noun.dep_ == "pobj" and noun.head.lower_ in WHERE_PREPS):
                continue   # a place of the act: "in a Syrian border town", "fled to Syria"
            while noun.dep_ == "conj" and noun.head.i < noun.i:
                noun = noun.head
            if noun.dep_ in ("nsubj", "nsubjpass") or (noun.dep_ == "pobj" and noun.head.dep_ == "agent"):
                continue   # the doers of the clause ("a ruling which Chilean officials criticised") act in the story
            node = noun
            while node.head.i != node.i:
                if (node.dep_ in LINK_CLAUSES and node.tag_ != "VB") or (node.dep_ == "pobj" and node.tag_ == "VBG"):
                    # "with spying for"; not an infinitive's purpose: "an order to build frigates for the Thai navy"
                    out.add(idx)
                    break
                node = node.head
        return out

    def _rehome_institutions(self) -> None:
        """An institution or party many countries have ("the Senate", "the Treasury", "the Democratic Party") is of
        its context (the one country its sentence names, else the article's main country; where its sentence names
        several, the country of the dateline: "ISLAMABAD: The Senate ... India"); the dictionary's country
        stays when the text names no other, or only in what its own act is done to ("The Senate passed sanctions
        on Russia", "MPs in the Commons condemned China": ``own_act_objects``). A place in its own "in" phrase names it
        first ("The Senate in Manila condemned the Chinese incursion": ``seat_of``)."""
        for idx, res in self.names.resolved.items():
            if res.kind not in ("metonym", "organisation") or res.entry is None or not res.entry.generic:
                continue
            start, end, _m = self.names.matches[idx]
            head = self.tokens[syntactic_head(self.tokens, start, end)]
            seat = self._countries_named_at(seat_of(head))   # "The Senate in Manila": there, whatever else is named
            where = next(iter(seat)) if len(seat) == 1 else (
                self.context_at(self.tokens[start]) or self.dateline_country())
            if len(seat) != 1 and where in self._countries_named_at(acted_on(acting_phrase(head))):
                where = self.dateline_country()
            if where is None and len(seat) != 1:   # "Pakistan freed Indian fishermen, the Foreign Office said"
                where = self._main_country_of_sentence(head)
            if where and where != res.country:
                self.names.resolved[idx] = replace(
                    res, code=where + "".join(res.sectors), country=where, name=None,
                    why=f"{res.why}, re-homed to {where}, the country of the context")

    def _main_country_of_sentence(self, token: Token) -> str | None:
        """The article's main country, when the sentence of ``token`` names several countries, that one the only
        one by its own name, the others only by adjectives ("Pakistan freed Indian fishermen"), or when the
        article names it in another sentence too (``shared_context``)."""
        s0, s1 = self.sentences[self.sentence_of[token.i]]
        if s0 in self.shared_context:
            return self.shared_context[s0]
        named = self._countries_named_at(set(range(s0, s1)))
        by_name = {c for idx, (start, _e, _m) in enumerate(self.names.matches) if s0 <= start < s1
                   and (res := self.names.resolved.get(idx)) is not None and res.kind == "country" and
                   (c := country_evidence(res))}
        return self.doc_context if len(named) > 1 and by_name == {self.doc_context} else None

    def _countries_named_at(self, indices: set[int]) -> set[str]:
        """The countries the names starting at ``indices`` are evidence of."""
        return {c for idx, (start, _e, _m) in enumerate(self.names.matches)
                if start in indices and (res := self.names.resolved.get(idx)) is not None
                and (c := country_evidence(res))}

    def dateline_country(self) -> str | None:
        """The country of the place a dateline names ("ISLAMABAD: ...", "MOSCOW (Reuters) -"), else none. The name
        must be the whole place: "BENIN CITY -" names a Nigerian city, not Benin."""
        for idx, (start, end, _m) in enumerate(self.names.matches):
            whole = end < len(self.tokens) and (self.tokens[end].is_punct or self.tokens[end].like_num)
            if start in self.dateline and whole and (res := self.names.resolved.get(idx)) is not None and res.country:
                return res.country
        return None

    def context_at(self, token: Token) -> str | None:
        """The country a role phrase without one of its own takes: the one country its sentence names;
        none when the sentence names several ("Russia deployed troops ..., the Finnish ministry said"), unless the
        phrase is a subject and the article's main country, named in other sentences too, is one of them ("The
        administration may wait while Kerry negotiates with Russia", "Officials said Turkey would ... Syria");
        the article's main country only when the sentence names none. A subject in a datelined story whose
        sentence names several countries, none of them the main one, is of the dateline's country ("ISLAMABAD (APP):
        The Federal Minister held talks with the visiting Deputy Prime Minister of Uzbekistan")."""
        sent = self.sent_of(token)
        if sent in self.sentence_country:
            one = self.sentence_country[sent]
            if one is None and token.dep_ in ("nsubj", "nsubjpass"):
                return self.shared_context.get(sent) or (   # not "Judges at the ICC": a body of their own named
                    self.dateline_country() if not any(t.i in self.names.at_token for t in token.subtree) else None)
            return one
        return self.doc_context

    def last_organisation(self, before: int, noun: str | None = None) -> Resolution | None:
        """The organisation named last before token ``before`` ("the group" after "the Taliban"); of the kind the
        ``noun`` names, if it names one ("the group" is no UN body: ``organisation_kinds``)."""
        kind = ANAPHOR_KINDS.get(noun or "")
        for idx in range(len(self.names.matches) - 1, -1, -1):
            start, _end, _m = self.names.matches[idx]
            res = self.names.resolved.get(idx)
            if start < before and res is not None and res.kind == "organisation" and (
                    kind not in ORGANISATION_KINDS or organisation_fits(kind, res)):
                return res
        return None

    def _capital_as_place(self, res: Resolution, tok: Token) -> Resolution:
        """ "Moscow said" is the Russian government; "arrived in Moscow" is Russia."""
        if res.kind != "capital" or res.country is None:
            return res
        while tok.dep_ == "conj" and tok.head.i < tok.i:   # "from Seoul and Tokyo": as the first conjunct
            tok = tok.head
        prep = tok.head if tok.dep_ == "pobj" else None
        based = tok.i + 2 < len(tok.doc) and tok.nbor(1).text == "-" and tok.nbor(2).lower_ == "based"
        if based or (prep is not None and prep.lower_ in LOCATIVE_PREPS) or (   # "a Washington-based developer"
                tok.dep_ == "dobj" and tok.head.lemma_.lower() in PLACE_VERBS):
            return replace(res, code=res.country, sectors=(), why=f"{res.why}; a place here, so the country",
                           place=True)
        return res

    def _with_title(self, res: Resolution, title: list[Token], start: int, end: int) -> Resolution:
        """Titles in the text: the role of a person the dictionary has no role for at the date ("President
        Obama" in an undated text), a metonym re-homed ("the Brazilian Senate"), "ethnic Albanians"."""
        doc = self.doc
        if res.kind == "person" and title and FORMER_WORDS & {t.lower_ for t in title}:
            # the person's own country where the role held at the date has none ("Former Microsoft CEO Bill Gates",
            # a foundation's co-chair now)
            country = res.country or (split_code(res.entry.code)[0] if res.entry is not None else None)
            return replace(res, code=country + "ELI" if country else None, country=country, sectors=("ELI",),
                           why=f"{res.why}; a former office holder (ELI) by the title in the text")
        if res.kind == "person" and res.sectors in ((), ("ELI",)) and (res.country or not res.code):
            # no role, or a former one, at the date (an office of an international body, IGOUNO, is one)
            inner = [t for t in doc[start:end] if self._agent_word(t)]
            toks = sorted({*title, *inner}, key=lambda t: t.i)
            words_ = [w for t in toks for w in words(t.text)]
            if words_:
                role = self.resolver.resolve_words(words_, self.when, context_country=res.country)
                if role is not None and role.kind == "organisation" and "PTY" in role.sectors:
                    role = replace(role, code=role.country + "PTY" if role.country else None, sectors=("PTY",))
                if role is not None and role.sectors and role.kind in ("agent", "person", "organisation"):
                    sectors = ("ELI",) if FORMER_WORDS & {w.lower() for w in words_} else role.sectors
                    country = role.country or res.country
                    if res.country and self._generic_body_in(title):
                        country = res.country   # "Congress President Manuel Merino" (of Peru): his own country's
                    return replace(res, code=(country or "") + "".join(sectors) or None, country=country,
                                   sectors=sectors, why=f"{res.why}; role from the title in the text: {role.why}")
        if res.kind == "metonym" and res.sectors:
            for t in title:
                other = self.name_at(t)
                if other is not None and other.kind in ("country", "adjective") and other.country != res.country:
                    return replace(res, code=other.country + "".join(res.sectors), country=other.country, name=None,
                                   why=f"{res.why}, re-homed to {other.country} by '{t.text}'")
        if res.kind == "country" and start > 0 and self.tokens[start - 1].lower_ == "ethnic":
            context = self.context_at(self.tokens[start]) or self.context
            where = self._place_of(self.tokens[syntactic_head(self.tokens, start, end)]) or (
                Resolution(context, context, (), None, "the country of the context", "country")
                if context else None)
            if where is not None and where.country:
                return replace(res, code=where.country + "CVL", country=where.country, sectors=("CVL",), name=None,
                               why=f"ethnic {res.name}: civilians of {where.country} ({where.why})")
        return res

    def _generic_body_in(self, title: list[Token]) -> bool:
        """A title names an institution many countries have ("Congress President", "Senate leader")."""
        return any((r := self.name_at(t)) is not None and r.kind == "metonym" and r.entry is not None and
                   r.entry.generic for t in title)

    def _place_of(self, head: Token, preps: frozenset[str] = PLACE_PREPS) -> Resolution | None:
        """The country of an "in"/"of" phrase on ``head``: "Albanians in south Serbia"."""
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in preps:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        res = self._resolve_token(pobj)
                        if res is not None and res.country:
                            return res
        return None

    def _resolve_token(self, token: Token, *, roles: bool = True) -> Resolution | None:
        """What a possessor, "of" or "in" object stands for: a name, a role phrase (``roles``), a surname."""
        res = self.name_at(token)
        if res is not None:
            return res
        definite = self.definite_reference(token)   # "the group's leader", "the country's president"
        if definite is not None:
            return definite
        if token.lemma_.lower() in GROUP_ANAPHORS and any(c.lower_ == "the" for c in token.lefts):
            return self.last_organisation(token.i, token.lemma_.lower())
        if roles and token.i in self.agent_heads and self.agent_heads[token.i].sectors:
            return self.agent_heads[token.i]   # "the Kenyan union's president": the union (KENLAB), not Kenya
        for t in token.lefts:   # "the Russian capital", "the Syrian Golan Heights": a name modifying the head
            if t.dep_ in ("compound", "amod", "nmod", "poss"):
                res = self.name_at(t)
                if res is not None:
                    return res
        if roles and token.i in self.agent_heads:
            return self.agent_heads[token.i]
        return self.surnames.get(token.text)

    def definite_reference(self, token: Token, kind: str | None = None) -> Resolution | None:
        """The actor a definite description ("the group") stands for: see ``definite_references``."""
        return None

    def _held_by_home_force(self, noun: Token) -> bool:
        """``noun`` is the object of a clause whose subject is a bare police force, court or "the authorities"
        ("Police detained three Eritrean migrants"): a home force acting on foreigners."""
        if noun.dep_ != "dobj" or noun.head.pos_ not in ("VERB", "AUX"):
            return False
        for subj in noun.head.children:
            if subj.dep_ == "nsubj" and not any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in subj.lefts):
                agent = self._agent_word(subj)
                return agent is not None and (agent.sector in ("COP", "JUD") or subj.lemma_.lower() == "authority")
        return False

    def _agent_word(self, token: Token) -> Agent | None:
        return self.resolver.dictionary.agents.get(" ".join(words(token.text)).lower())

