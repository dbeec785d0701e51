"""Finding actor mentions in a parsed document: names, role phrases and unknown people.

One pass of longest-match name look-ups over the document's words, then one pass over the tokens
for role-phrase heads ("Russian troops", "Putin's spokesman", "the president of Russia") and for
unknown PERSON entities with a role ("Jane Doe, a Kenyan lawmaker"). Pronouns and plural
references are added afterwards by ``references``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from ..dictionaries.actor_text import words
from ..dictionaries.actor_dictionary import Agent
from .resolver import FORMER_WORDS, ActorResolver, NameMatch, Phrase, Resolution

MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "nummod", "det", "predet", "quantmod", "poss", "case",
                           "advmod", "npadvmod", "punct"})
ABSORBING_DEPS = frozenset({"amod", "compound", "nmod"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "PERSON"})
# "Jon Tester (D-Mont.)": a member of the US Congress
US_CONGRESS_TAG = re.compile(r"^\((?:D|R|I)-[A-Z][A-Za-z]*\.?\)")
CAMPAIGN_WORDS = frozenset({"campaign", "presidential campaign", "campaign staff", "running mate"})
PLACE_KINDS = frozenset({"country", "adjective", "place", "capital"})
NAME_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
# modifiers that say a role phrase is not of the article's main country: "world leaders", "foreign diplomats"
NO_CONTEXT_WORDS = frozenset({"world", "international", "foreign", "global", "western", "regional", "european",
                              "arab", "african", "asian", "latin", "overseas", "other"})
# unknown organisations named like news outlets: "the Dallas Morning News"
OUTLET_WORDS = frozenset({"news", "times", "post", "journal", "tribune", "herald", "gazette", "telegraph",
                          "chronicle", "observer", "examiner", "inquirer", "courier", "dispatch", "globe",
                          "magazine", "radio", "television", "tv", "press"})
PLACE_PREPS = frozenset({"in", "from", "at", "throughout", "across", "inside"})
# a capital in these positions is a place ("arrived in Amman", "blockade Paris"), not its government
LOCATIVE_PREPS = frozenset({"in", "into", "to", "at", "near", "across", "throughout", "around", "outside",
                            "inside", "toward", "towards", "within", "over"})
# verbs whose object is a place, not a government: "shelled Kharkiv", "blockade Paris", "visited Tehran"
PLACE_VERBS = frozenset({"attack", "bomb", "shell", "strike", "hit", "blockade", "capture", "seize", "enter", "reach",
                         "visit", "leave", "besiege", "surround", "storm", "flee", "evacuate", "control", "occupy",
                         "rocket", "target", "raid", "liberate", "retake", "bombard", "invade", "tour", "paralyse",
                         "paralyze", "rock", "flood", "shake"})
# definite nouns that point back to the organisation last named: "a spokesman for the group"
GROUP_ANAPHORS = frozenset({"group", "movement", "organization", "organisation", "alliance", "bloc", "faction",
                            "militia", "outfit", "body", "agency", "company", "firm"})


POLICE_WORDS = ("police", "policeman", "policemen", "cop", "sheriff", "nypd", "lapd", "patrol", "arrest")
MILITARY_WORDS = ("army", "military", "troops", "troop", "soldier", "navy", "war", "marine", "battalion", "regiment")
HONORIFIC_WORDS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"})
# ``why`` of a mention headed by a thing, not an actor: "an Israeli proposal" -> ISR (see ``_owners``)
OWNER_WHY = "owner of a thing:"
OWNER_KINDS = frozenset({"country", "adjective", "organisation", "metonym"})


@dataclass
class Found:
    """A mention before it becomes an ``ActorMention``: token span, head and resolution."""

    start: int
    end: int
    head: int
    res: Resolution
    members: list[Resolution] = field(default_factory=list)
    modifier: bool = False      # a name modifying a noun that is no actor ("a U.S. request")
    tag: str = ""               # the head's tag (NNS, NNPS: plural)


@dataclass
class DocNames:
    """Name matches of one document, by token."""

    matches: list[tuple[int, int, NameMatch]]            # token start, token end, match
    at_token: dict[int, int] = field(default_factory=dict)  # token -> index in matches
    resolved: dict[int, Resolution] = field(default_factory=dict)  # match index -> resolution


def doc_words(doc: Doc, token_words: list[list[str]]) -> tuple[list[str | None], list[int]]:
    """The document as a word sequence (None at punctuation) and the token of each word."""
    seq: list[str | None] = []
    owner: list[int] = []
    for token, parts in zip(doc, token_words):
        if not parts:
            if token.text not in ("-", "\u2013", "'", "\u2019"):
                seq.append(None)
                owner.append(token.i)
            continue
        for part in parts:
            seq.append(part)
            owner.append(token.i)
        if token.is_space or "\n" in token.whitespace_:
            seq.append(None)
            owner.append(token.i)
    return seq, owner


def find_names(doc: Doc, resolver: ActorResolver, when: date | None, token_words: list[list[str]]) -> DocNames:
    seq, owner = doc_words(doc, token_words)
    names = DocNames(matches=[])
    seen: list[str] = []
    person_ent = {t: (ent.start, ent.end) for ent in doc.ents if ent.label_ == "PERSON" for t in range(ent.start, ent.end)}
    for m in resolver.match_names(seq):
        start, end = owner[m.start], owner[m.end - 1] + 1
        while end < len(doc) and doc[end].text in NAME_SUFFIXES:   # "Joseph R. Biden Jr."
            end += 1
        ent = person_ent.get(start)
        if ent is not None and (ent[0] < start or ent[1] > end) and m.candidates[0].kind in PLACE_KINDS:
            continue   # "Jordan Peterson", "Chad Smith": part of a person's name, not a country
        if ent is not None and ent[0] < start and m.candidates[0].kind == "person" and m.end - m.start == 1:
            continue   # "Ivanka Trump": another person with a known surname
        last = person_ent.get(end - 1)
        if last is not None and last[1] > end and m.candidates[0].kind == "person" and \
                all(doc[t].pos_ == "PROPN" for t in range(end, last[1])):
            end = last[1]   # "President Xi Jinping" matched as the alias "President Xi": the name runs on
        idx = len(names.matches)
        names.matches.append((start, end, m))
        for t in range(start, end):
            names.at_token.setdefault(t, idx)
        entry = resolver.pick(m, when, seen)
        if entry is not None:
            names.resolved[idx] = resolver.resolve_entry(entry, when)
            seen.append(entry.name)
    return names


def main_country(names: DocNames) -> str | None:
    """The country most named in the article, when one clearly leads."""
    counts = Counter(r.country for r in names.resolved.values() if r.country)
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2)
    total = sum(counts.values())
    if n / total >= 0.5 and (not rest or rest[0][1] < n):
        return top
    return None


def syntactic_head(doc: Doc, start: int, end: int) -> int:
    for t in range(end - 1, start - 1, -1):
        head = doc[t].head.i
        if head < start or head >= end or doc[t].head == doc[t]:
            return t
    return end - 1


class MentionFinder:
    """Builds the mentions of one document (construct per document)."""

    def __init__(self, doc: Doc, resolver: ActorResolver, when: date | None) -> None:
        self.doc = doc
        self.resolver = resolver
        self.when = when
        self.token_words = [words(t.text) for t in doc]
        self.names = find_names(doc, resolver, when, self.token_words)
        self.doc_context = main_country(self.names)
        self.sentence_country = self._sentence_countries()
        self.context = self.doc_context
        self.found: list[Found] = []
        self.agent_heads: dict[int, Resolution] = {}
        self.surnames: dict[str, Resolution] = {}
        self.titled_people: dict[str, Resolution] = {}   # person name -> role given by a title earlier on
        self.long_text: bool | None = None
        self._police: bool | None = None

    def run(self) -> list[Found]:
        self._role_phrases()
        self._named()
        self._people()
        self._outlets()
        self._owners()
        spans = [(f.start, f.end, f.head) for f in self.found if not f.modifier]
        self.found = [f for f in self.found if not f.modifier or not any(s <= f.head < e for s, e, _h in spans)]
        self.found.sort(key=lambda f: (f.start, f.head))
        for f in self.found:
            f.tag = self.doc[f.head].tag_
        return self.found

    # ---- names
    def name_at(self, token: Token) -> Resolution | None:
        idx = self.names.at_token.get(token.i)
        return self.names.resolved.get(idx) if idx is not None else None

    def _named(self) -> None:
        doc = self.doc
        titled: set[int] = set()     # tokens of person titles ("Russian President" before "Vladimir Putin")
        later: list[tuple[int, int, int, Resolution]] = []
        for idx, (start, end, _match) in enumerate(self.names.matches):
            res = self.names.resolved.get(idx)
            if res is None:
                continue
            head = syntactic_head(doc, start, end)
            tok = doc[head]
            first = tok
            while first.dep_ == "conj" and first.head.i < first.i:   # "U.S. and British warships"
                first = first.head
            if first.dep_ in ABSORBING_DEPS and not (start <= first.head.i < end):
                later.append((start, end, head, res))   # a modifier: decided once titles are known
                continue
            left, title = start, []
            for child in tok.lefts:  # titles: "Russian President Vladimir Putin", "Ivory Coast's Supreme Court"
                if child.i < start and child.dep_ in ("compound", "amod", "nmod", "poss") and \
                        child.pos_ in NOUN_POS | {"ADJ"}:
                    sub = [t for t in child.subtree if t.i < start]
                    title.extend(sub)
                    left = min(left, *(t.i for t in sub if t.dep_ not in ("det", "predet")))
            titled.update(t.i for t in title)
            res = self._with_title(res, title, start, end)
            if res.kind == "person" and res.name:
                if res.sectors and "title in the text" in res.why:
                    self.titled_people.setdefault(res.name, res)
                elif res.sectors in ((), ("ELI",)) and res.name in self.titled_people:
                    earlier = self.titled_people[res.name]
                    res = replace(res, code=earlier.code, country=earlier.country, sectors=earlier.sectors,
                                  why=f"{res.why}; role from its title earlier in the text")
            res = self._capital_as_place(res, tok)
            self.found.append(Found(left, end, head, res))
            if res.kind == "person":
                for t in (end - 1, start):   # "Ban Ki-moon" ... "Mr. Ban": family names come first in some
                    if doc[t].text not in NAME_SUFFIXES:
                        self.surnames.setdefault(doc[t].text, res)
        for start, end, head, res in later:
            outer = doc[head]
            while outer.dep_ == "conj" and outer.head.i < outer.i:
                outer = outer.head
            outer = outer.head
            if outer.i in self.agent_heads or head in titled or outer.i in titled:
                continue           # "Russian troops", "Russian President Vladimir Putin": part of another mention
            if start > 0 and doc[start - 1].lower_ == "ethnic":
                continue
            res = self._capital_as_place(res, doc[head].head)
            self.found.append(Found(start, end, head, res, modifier=True))   # "a U.S. request", "Israeli changes"

    def sent_of(self, token: Token) -> int:
        return token.sent.start

    def _sentence_countries(self) -> dict[int, str | None]:
        """Sentence start -> the one country its names name, or None where they name several."""
        found: dict[int, set[str]] = {}
        for idx, (start, _end, _m) in enumerate(self.names.matches):
            res = self.names.resolved.get(idx)
            if res is not None and res.country:
                found.setdefault(self.doc[start].sent.start, set()).add(res.country)
        return {s: next(iter(c)) if len(c) == 1 else None for s, c in found.items()}

    def context_at(self, token: Token) -> str | None:
        """The country a role phrase without one of its own takes: the one country its sentence names;
        none when the sentence names several ("Russia deployed troops ..., the Finnish ministry said");
        the article's main country only when the sentence names none."""
        sent = self.sent_of(token)
        if sent in self.sentence_country:
            return self.sentence_country[sent]
        return self.doc_context

    def last_organisation(self, before: int) -> Resolution | None:
        """The organisation named last before token ``before`` ("the group" after "the Taliban")."""
        for idx in range(len(self.names.matches) - 1, -1, -1):
            start, _end, _m = self.names.matches[idx]
            res = self.names.resolved.get(idx)
            if start < before and res is not None and res.kind == "organisation":
                return res
        return None

    def _capital_as_place(self, res: Resolution, tok: Token) -> Resolution:
        """ "Moscow said" is the Russian government; "arrived in Moscow" is Russia."""
        if res.kind != "capital" or res.country is None:
            return res
        while tok.dep_ == "conj" and tok.head.i < tok.i:   # "from Seoul and Tokyo": as the first conjunct
            tok = tok.head
        prep = tok.head if tok.dep_ == "pobj" else None
        if (prep is not None and prep.lower_ in LOCATIVE_PREPS) or (
                tok.dep_ == "dobj" and tok.head.lemma_.lower() in PLACE_VERBS):
            return replace(res, code=res.country, sectors=(), why=f"{res.why}; a place here, so the country")
        return res

    def _with_title(self, res: Resolution, title: list[Token], start: int, end: int) -> Resolution:
        """Titles in the text: the role of a person the dictionary has no role for at the date ("President
        Obama" in an undated text), a metonym re-homed ("the Brazilian Senate"), "ethnic Albanians"."""
        doc = self.doc
        if res.kind == "person" and title and FORMER_WORDS & {t.lower_ for t in title}:
            return replace(res, code=(res.country or "") + "ELI" if res.country else None, sectors=("ELI",),
                           why=f"{res.why}; a former office holder (ELI) by the title in the text")
        if res.kind == "person" and res.sectors in ((), ("ELI",)):   # no role, or a former one, at the date
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
                    return replace(res, code=(country or "") + "".join(sectors) or None, country=country,
                                   sectors=sectors, why=f"{res.why}; role from the title in the text: {role.why}")
        if res.kind == "metonym" and res.sectors:
            for t in title:
                other = self.name_at(t)
                if other is not None and other.kind in ("country", "adjective") and other.country != res.country:
                    return replace(res, code=other.country + "".join(res.sectors), country=other.country, name=None,
                                   why=f"{res.why}, re-homed to {other.country} by '{t.text}'")
            if res.entry is not None and res.entry.generic and self.context and self.context != res.country:
                return replace(res, code=self.context + "".join(res.sectors), country=self.context, name=None,
                               why=f"{res.why}, re-homed to the article's main country {self.context}")
        if res.kind == "country" and start > 0 and doc[start - 1].lower_ == "ethnic":
            where = self._place_of(doc[syntactic_head(doc, start, end)]) or (
                Resolution(self.context, self.context, (), None, "the article's main country", "country")
                if self.context else None)
            if where is not None and where.country:
                return replace(res, code=where.country + "CVL", country=where.country, sectors=("CVL",), name=None,
                               why=f"ethnic {res.name}: civilians of {where.country} ({where.why})")
        return res

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

    # ---- role phrases
    def _role_phrases(self) -> None:
        doc = self.doc
        lower = [" ".join(ws).lower() for ws in self.token_words]
        for token in doc:
            nominal = token.pos_ in NOUN_POS or token.tag_ in ("NN", "NNS", "NNP", "NNPS") or (
                token.pos_ == "ADJ" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj"))
            if not nominal:
                continue
            if token.i in self.names.at_token and self.name_at(token) is not None:
                continue
            if token.dep_ in ABSORBING_DEPS and token.head.i > token.i and token.head.pos_ in NOUN_POS and (
                    token.head.pos_ == "PROPN" or token.head.i in self.names.at_token or
                    self.resolver.agent_ending(lower, token.head.i + 1, lemma=token.head.lemma_.lower())):
                continue           # "army" in "army spokesman": the head noun carries the phrase
            if token.dep_ in ("attr", "oprd"):
                continue           # "Trump became president": a predicate, not a mention
            if token.ent_type_ in PLACE_ENTITIES:
                continue           # "Forbidden City", "Eastern District": part of a place name
            hit = self.resolver.agent_ending(lower, token.i + 1, lemma=token.lemma_.lower(),
                                             min_start=token.left_edge.i)
            if hit is None:
                continue
            start, agent = hit
            res, members = self._compose(token, start, agent)
            if res is None:
                continue
            if agent.phrase in CAMPAIGN_WORDS:
                self._note_candidate(token)
            self.agent_heads[token.i] = res
            left = self._left_edge(token, start)
            if token.dep_ == "compound" and token.head.i > token.i:   # "Israeli army bulldozers"
                left = min([left, *(s.left_edge.i for s in token.head.lefts
                                    if s.i < token.i and s.dep_ in ("amod", "compound", "nmod"))])
            if members:
                group = Resolution(None, None, res.sectors, None, f"compound actor: {res.why}", "group", plural=True)
                self.found.append(Found(left, token.i + 1, token.i, group, members))
                for t in range(left, token.i):   # each country word is a mention of its member
                    named = self.name_at(doc[t])
                    member = next((m for m in members if named is not None and m.country == named.country), None)
                    if member is not None and doc[t].dep_ != "compound" or member is not None and t + 1 == token.i:
                        self.found.append(Found(t, t + 1, t, member))
            else:
                self.found.append(Found(left, token.i + 1, token.i, res))

    def _left_edge(self, head: Token, start: int) -> int:
        left = start
        for child in head.lefts:
            if child.dep_ in MODIFIER_DEPS and child.dep_ not in ("det", "predet", "nummod", "quantmod", "punct"):
                left = min(left, child.left_edge.i)
        while left < head.i and self.doc[left].dep_ in ("det", "predet", "nummod", "punct", "case"):
            left += 1
        return left

    def _compose(self, head: Token, start: int, agent: Agent) -> tuple[Resolution | None, list[Resolution]]:
        owner = place = None
        listed: list[str] = []     # "leaders of the United States, Japan and South Korea": one per country
        mod_tokens: list[Token] = []
        for child in head.lefts:
            if child.dep_ == "poss":
                owner = self._resolve_token(child)
            elif child.dep_ in MODIFIER_DEPS and child.i < start:
                mod_tokens.extend(t for t in child.subtree if t.i < start)
        for child in head.rights:   # "the president of Russia", "members of Hamas", "rebels in Syria"
            owner_prep = child.lower_ == "of" or (child.lower_ == "for" and agent.generic)
            if child.dep_ == "prep" and (owner_prep or child.lower_ in PLACE_PREPS):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        if owner_prep and owner is None:
                            owner = self._resolve_token(pobj)
                            listed = self._conjoined_countries(pobj)
                        elif not owner_prep and place is None:
                            place = self._resolve_token(pobj, roles=False)
                            listed = listed if len(listed) > 1 else self._conjoined_countries(pobj)
        if head.dep_ == "compound" and head.head.i > head.i:   # "Israeli army bulldozers", "Israeli police custody"
            for sibling in head.head.lefts:
                if sibling.i < head.i and sibling.dep_ in ("amod", "compound", "nmod"):
                    mod_tokens.extend(sibling.subtree)
                elif sibling.i < head.i and sibling.dep_ == "poss" and owner is None:
                    owner = self._resolve_token(sibling)
        mod_tokens.sort(key=lambda t: t.i)
        modifiers = [t.lower_ for t in mod_tokens if t.dep_ not in ("det", "predet", "nummod", "punct", "case")]
        names: list[Resolution] = []
        taken: set[int] = set()
        for t in mod_tokens:
            idx = self.names.at_token.get(t.i)
            if t.i > 0 and self.doc[t.i - 1].lower_ == "ethnic":
                continue    # "ethnic Albanian guerrillas": an ethnicity, not a country
            if idx is not None and idx not in taken and idx in self.names.resolved:
                taken.add(idx)
                names.append(self.names.resolved[idx])
        plural = head.tag_ in ("NNS", "NNPS")
        if place is None and head.dep_ == "conj" and head.head.i in self.agent_heads:
            place = self.agent_heads[head.head.i]   # "Israeli helicopters and tanks"
        phrase = Phrase(agent, agent.phrase, modifiers, names, owner, plural, place)
        context = None if NO_CONTEXT_WORDS & set(modifiers) else self.context_at(head)
        res = self.resolver.compose(phrase, self.when, context)
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

    def police_story(self) -> bool:
        """The text speaks of police more than of soldiers ("officers" are then police officers)."""
        if self._police is None:
            lemmas = Counter(t.lemma_.lower() for t in self.doc)
            police = sum(lemmas[w] for w in POLICE_WORDS)
            military = sum(lemmas[w] for w in MILITARY_WORDS)
            self._police = police > military
        return self._police

    def _conjoined_countries(self, pobj: Token) -> list[str]:
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

    def _resolve_token(self, token: Token, *, roles: bool = True) -> Resolution | None:
        """What a possessor, "of" or "in" object stands for: a name, a role phrase (``roles``), a surname."""
        res = self.name_at(token)
        if res is not None:
            return res
        if token.lemma_.lower() in GROUP_ANAPHORS and any(c.lower_ == "the" for c in token.lefts):
            return self.last_organisation(token.i)
        for t in token.lefts:   # "the Russian capital", "the Syrian Golan Heights": a name modifying the head
            if t.dep_ in ("compound", "amod", "nmod", "poss"):
                res = self.name_at(t)
                if res is not None:
                    return res
        if roles and token.i in self.agent_heads:
            return self.agent_heads[token.i]
        return self.surnames.get(token.text)

    # ---- people not in the dictionary
    def _people(self) -> None:
        doc = self.doc
        covered = {t for f in self.found for t in range(f.start, f.end)}
        heads = {f.head: f for f in self.found}
        spans = [ent for ent in doc.ents if ent.label_ == "PERSON"]
        spans += self._titled_names({t for ent in spans for t in range(ent.start, ent.end)})
        for ent in sorted(spans, key=lambda e: e.start):
            if any(t in covered for t in range(ent.start, ent.end)):
                continue
            # titles inside the entity: "Archbishop Desmond Tutu"
            inner = 0
            while inner < len(ent) - 1 and self._agent_word(ent[inner]):
                inner += 1
            res = self._person_role(ent, heads, ent[:inner] if inner else None)
            last = ent[-1].text
            left = ent.start
            for child in ent.root.lefts:   # keep the title in the span: "Lt. Gen. Prosper Avril"
                if child.i < ent.start and child.dep_ in ("compound", "amod", "nmod", "poss"):
                    left = min(left, *(t.i for t in child.subtree if t.dep_ not in ("det", "predet")))
            if res is None:
                known = self.surnames.get(last) if len(ent) == 1 else None
                res = known or self._private_person(ent)
            else:
                self.surnames[last] = res
            if len(ent) > 1:
                self.surnames.setdefault(last, res)
            self.found.append(Found(left, ent.end, syntactic_head(doc, ent.start, ent.end), res))
            covered.update(range(left, ent.end))

    def _owners(self) -> None:
        """Things owned by an actor: "an Israeli proposal", "a U.N. resolution", "the coup in Gabon". The noun is
        no actor, but an event's object may be one: a mention headed by the noun, with the owner's code (a
        country with no sector, or the organisation's code), marked by ``OWNER_WHY`` at the start of ``why``."""
        doc = self.doc
        heads = {f.head for f in self.found}
        owned: dict[int, tuple[int, int, Resolution]] = {}
        for f in self.found:
            if not f.modifier or f.res.kind not in OWNER_KINDS or not f.res.code:
                continue
            tok = doc[f.head]
            if tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children):
                continue          # "a U.S. and British proposal": two owners, leave it
            noun = tok.head
            if noun.i <= tok.i or noun.pos_ != "NOUN" or noun.i in heads or noun.i in owned:
                continue
            if any(c.i in self.agent_heads for c in noun.lefts):
                continue          # "a Cambodian refugee camp": the role phrase "Cambodian refugee" is the actor
            owned[noun.i] = (f.start, noun.i + 1, f.res)
        for noun in doc:
            if noun.pos_ != "NOUN" or noun.i in heads or noun.i in owned or noun.i in self.names.at_token or \
                    any(c.i in self.agent_heads for c in noun.lefts):
                continue
            for prep in noun.children:
                if prep.dep_ == "prep" and prep.lower_ == "in":
                    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    res = self.name_at(pobj) if pobj is not None else None
                    if res is not None and res.kind in ("country", "place") and res.code:
                        left = min([noun.i, *(c.i for c in noun.lefts if c.dep_ in ("amod", "compound"))])
                        owned[noun.i] = (left, pobj.i + 1, res)
        for head, (start, end, res) in owned.items():
            code = res.code if res.kind in ("organisation", "metonym") else (res.country or res.code)
            country, sectors = (res.country, res.sectors) if res.kind in ("organisation", "metonym") else \
                (res.country, ())
            text = doc[start:end].text
            owner = Resolution(code, country, sectors, res.name,
                               f"{OWNER_WHY} '{text}' is no actor; its owner is {res.name or code} ({code})",
                               "owner")
            self.found.append(Found(start, end, head, owner, modifier=True))

    def _private_person(self, ent: Span) -> Resolution:
        """A named person the dictionary does not know and the text gives no role: a civilian (CVL) of the
        country of the context (the one country of the sentence, else the article's main country) in an article
        of three sentences or more; none in a short text ("Jordan Peterson met Chad Smith in Jordan")."""
        if self.long_text is None:
            self.long_text = sum(1 for _ in zip(range(3), self.doc.sents)) >= 3
        country = self.context_at(ent.root) if self.long_text else None
        name = " ".join(t.text for t in ent if t.lower_.rstrip(".") not in HONORIFIC_WORDS) or ent.text
        if country is None:
            return Resolution(None, None, (), None, "person not in the dictionary, no role", "unknown", human=True)
        return Resolution(country + "CVL", country, ("CVL",), name,
                          f"{name}: not in the dictionary and no role in the text: a private person (CVL) of "
                          f"{country}, the country of the context", "person", human=True)

    def _outlets(self) -> None:
        """Organisations the dictionary does not know but named like news outlets: "the Dallas Morning News"."""
        covered = {t for f in self.found for t in range(f.start, f.end)}
        for ent in self.doc.ents:
            if ent.label_ != "ORG" or ent[-1].lower_ not in OUTLET_WORDS or any(
                    t in covered for t in range(ent.start, ent.end)):
                continue
            country = self.context
            start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
            name = self.doc[start:ent.end].text
            res = Resolution(country + "MED" if country else None, country, ("MED",), name,
                             f"'{name}': an outlet by its name, country "
                             f"{'from the article' if country else 'unknown'}", "organisation")
            self.found.append(Found(start, ent.end, syntactic_head(self.doc, start, ent.end), res))

    def _titled_names(self, taken: set[int]) -> list[Span]:
        """Proper names the parser did not label PERSON but that follow a title: "Vice-President Moody Awori"."""
        doc = self.doc
        out = []
        for tok in doc:
            if tok.pos_ != "PROPN" or tok.i in taken or tok.dep_ == "compound" or tok.i in self.names.at_token:
                continue
            chain = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            first = min([tok.i, *(c.i for c in chain)])
            titles = [c for c in tok.lefts if c.i < first and c.dep_ in ("compound", "amod")
                      and (a := self._agent_word(c)) is not None and a.person]
            if titles and all(doc[i].pos_ == "PROPN" for i in range(first, tok.i + 1)):
                out.append(doc[first:tok.i + 1])
        return out

    def _person_role(self, ent: Span, heads: dict[int, Found], inner: Span | None) -> Resolution | None:
        root = ent.root
        title = [t for c in root.lefts if c.i < ent.start and c.dep_ in ("compound", "amod", "nmod", "poss")
                 for t in c.subtree if t.i < ent.start]
        title += list(inner or [])
        if title:   # "Kenyan President Jane Doe", "opposition leader Jane Doe", "Sen. Jane Doe"
            title.sort(key=lambda t: t.i)
            ws = [w for t in title if not t.is_punct for w in words(t.text)]
            where = self._place_of(root, frozenset({"of"}))   # "King Hassan of Morocco"
            res = self.resolver.resolve_words(ws, self.when, context_country=where.country if where else self.context)
            if res is not None and res.kind in ("agent", "person") and (res.sectors or res.code):
                if FORMER_WORDS & {w.lower() for w in ws}:
                    res = replace(res, code=(res.country + "ELI") if res.country else None, sectors=("ELI",))
                return self._named_person(ent, res, "title")
        tail = self.doc[ent.end:ent.end + 8].text.replace(" ", "")
        if US_CONGRESS_TAG.match(tail):   # "Jon Tester (D-Mont.)"
            res = Resolution("USALEG", "USA", ("LEG",), ent.text, f"{ent.text}: '(party-state)' after the name, "
                             "a member of the US Congress", "person", human=True)
            return res
        for child in root.children:   # "Jane Doe, a Kenyan lawmaker"
            if child.dep_ == "appos" and child.i in heads and heads[child.i].res.sectors:
                return self._named_person(ent, heads[child.i].res, "apposition")
        if root.dep_ == "appos" and root.head.i in heads and heads[root.head.i].res.sectors:
            return self._named_person(ent, heads[root.head.i].res, "apposition")   # "a Kenyan lawmaker, Jane Doe"
        return None

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

    def _agent_word(self, token: Token) -> Agent | None:
        return self.resolver.dictionary.agents.get(" ".join(words(token.text)).lower())

    @staticmethod
    def _named_person(ent: Span, res: Resolution, how: str) -> Resolution:
        return Resolution(res.code, res.country, res.sectors, ent.text, f"{ent.text}: role by {how}: {res.why}",
                          "person", human=True)
