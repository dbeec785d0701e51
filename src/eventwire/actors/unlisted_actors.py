"""Actors the dictionary does not list: people named with a role or as private persons, outlets named
like news outlets, and things owned by an actor ("an Israeli proposal").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..dictionaries.actor_text import words
from .mention_context import WHERE_PREPS
from .name_matches import Found, country_evidence, syntactic_head
from .person_roles import HONORIFIC_WORDS, NAME_TITLES, PersonRoles
from .resolver import Resolution
from .vocabulary import shipped_vocabulary

_WORDS = shipped_vocabulary()

# unknown organisations named like news outlets: "the Dallas Morning News"
OUTLET_WORDS = _WORDS.words("outlet_words")
# ``why`` of a mention headed by a thing, not an actor: "an Israeli proposal" -> ISR (see ``_owners``)
OWNER_WHY = "owner of a thing:"
# last words of company names that the parser may label PERSON ("Patriot Coal", "Platte River Networks")
COMPANY_WORDS = _WORDS.words("company_words")


# nouns for people that no suffix gives away, and suffixed words that are no people
PERSON_WORDS = _WORDS.words("person_words")
NOT_PERSON_WORDS = _WORDS.words("not_person_words")
PERSON_SUFFIXES = _WORDS.sequence("person_suffixes")
PLACE_NOUNS = _WORDS.words("place_nouns")
PERSON_OWNED_NOUNS = _WORDS.words("person_owned_nouns")


def person_noun(token: Token) -> bool:
    """Whether a common noun names a person by its form ("liaison", "appointee", "economist", "technician",
    "engineer", "congressman"), for office phrases whose head the role words lack ("a Justice Department
    liaison", "an EPA engineer")."""
    if token.pos_ != "NOUN":
        return False
    low = token.lemma_.lower()
    if low in PERSON_WORDS:
        return True
    return len(low) > 5 and low.endswith(PERSON_SUFFIXES) and low not in NOT_PERSON_WORDS


def _byline(root: Token) -> bool:
    """A news byline names a reporter: "Jane Doe reported from Kabul", "John Roe contributed reporting"."""
    while root.dep_ == "conj":
        root = root.head
    verb = root.head
    if root.dep_ != "nsubj" or verb.pos_ != "VERB":
        return False
    if verb.lemma_ == "report":
        return any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)
    return verb.lemma_ == "contribute" and any(c.lower_ == "reporting" and c.dep_ in ("dobj", "xcomp", "advcl")
                                               for c in verb.children)
IN_PLACE_WORDS = frozenset({"in", "near", "inside", "outside", "throughout", "across"})
OWNER_KINDS = frozenset({"country", "adjective", "organisation", "metonym"})
# entity labels a later bare surname may carry: the tagger's slips for a lone name ("Yusuf also accused ..." read as
# a work of art, product or event); not a place (GPE, LOC: "Jordan", "Georgia" are countries first)
SURNAME_ENTITIES = frozenset({"", "PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "FAC"})


class UnlistedActorFinder(PersonRoles):
    """The passes of the mention finder for people and organisations not in the dictionary."""

    def _people(self) -> None:
        doc = self.doc
        covered = {t for f in self.found for t in range(f.start, f.end)}
        heads = {f.head: f for f in self.found}
        # a capitalised gerund that opens a sentence is no word of the name: "Injecting Clinton's marital troubles"
        spans = [doc[ent.start + 1:ent.end] if len(ent) > 1 and ent[0].tag_ == "VBG" and ent[0].is_sent_start
                 else ent for ent in self.ents if ent.label_ == "PERSON"]
        spans += self._titled_names({t for ent in spans for t in range(ent.start, ent.end)})
        for ent in sorted(spans, key=lambda e: e.start):
            if any(t in covered for t in range(ent.start, ent.end)):
                continue
            if self._names_a_thing(ent):
                continue   # "Bird flu", "the Aura sedan", "Van Buren counties": a name of a thing or place
            # titles inside the entity: "Archbishop Desmond Tutu"
            inner = 0
            while inner < len(ent) - 1:
                if self._agent_word(ent[inner]) or (ent[inner].text.istitle() and ent[inner].lower_ in NAME_TITLES):
                    inner += 1
                elif inner == 0 and ent[0].lower_.rstrip(".") in HONORIFIC_WORDS and len(ent) > 2 and \
                        ent[1].text.istitle() and ent[1].lower_ in NAME_TITLES:
                    inner += 1   # "Mr Justice Jane Doe": the honorific before the title
                elif inner < len(ent) - 2 and self.resolver.dictionary.agents.get(
                        " ".join(w for t in ent[inner:inner + 2] for w in words(t.text)).lower()):
                    inner += 2   # a title of two words: "Crown Prince Frederik"
                else:
                    break
            res = self._person_role(ent, heads, ent[:inner] if inner else None)
            last = ent[-1].text
            left = ent.start
            for child in ent.root.lefts:   # keep the title in the span: "Lt. Gen. Prosper Avril"
                if child.i < ent.start and child.dep_ in ("compound", "amod", "nmod", "poss"):
                    left = min(left, *(t.i for t in child.subtree if t.dep_ not in ("det", "predet")))
            if res is None:
                known = self.surnames.get(last)
                if known is not None and len(ent) > 1:   # "Mr. Guajardo Villarreal" after "Ildefonso Guajardo Villarreal"
                    parts = [t.text for t in ent if t.lower_.rstrip(".") not in HONORIFIC_WORDS]
                    named = (known.name or "").split()
                    known = known if parts and len(parts) <= len(named) and all(p in named for p in parts) else None
                    # (the full name again, "Ousted WeWork CEO Adam Neumann ... Adam Neumann", keeps the role too)
                res = known or self._known_surname(ent, spans) or self._family(ent) or self._private_person(ent)
            else:
                self.surnames[last] = res
            if len(ent) > 1:
                self.surnames.setdefault(last, res)
                if res.kind == "organisation":   # "Patriot Coal ... Patriot": a company by its first word
                    self.surnames.setdefault(ent[0].text, res)
            self.found.append(Found(left, ent.end, syntactic_head(self.tokens, ent.start, ent.end), res))
            covered.update(range(left, ent.end))
        self._later_surnames(covered, spans)

    def _names_a_thing(self, ent: Span) -> bool:
        """A name the parser labels PERSON that only modifies a common noun naming no person ("Bird flu", "the Aura
        sedan", "the Jackson hearing", "Van Buren counties"): the name of a thing or a place, no actor. A person's
        own people or effort ("the Warren campaign") and role nouns ("Smith aides") keep the name a person."""
        root = ent.root
        while root.dep_ == "conj" and root.head.i < root.i and root.head.pos_ == "PROPN":
            root = root.head   # "Kalamazoo and Van Buren counties": as the first conjunct
        if len(ent) == 1 and ent[0].tag_ == "NNP" and not ent[0].text.endswith("s") and any(
                c.dep_ == "det" and c.lower_ == "the" for c in root.lefts):
            return True   # "Getting to the Moon": a person's name takes no "the" (a family does: "the Clintons")
        if any(c.dep_ == "appos" and c.lemma_.lower() in PLACE_NOUNS for c in root.children):
            return True   # "in Barry, Berrien and Van Buren counties" (parsed as an apposition)
        if len(ent) == 1 and root.dep_ == "pobj" and root.head.lower_ in IN_PLACE_WORDS:
            return True   # "Pizza Express in Woking", "in Barry, Cass and Kalamazoo": one capitalised word where
            # something is, a place the parser took for a person
        head = root.head
        if root.dep_ != "compound" or head.i <= root.i or head.pos_ != "NOUN" or any(
                t.lower_.rstrip(".") in HONORIFIC_WORDS or self._agent_word(t) for t in ent):
            return False
        low = head.lemma_.lower()
        if low in PLACE_NOUNS or head.lower_ in PLACE_NOUNS:
            return True
        return low not in PERSON_OWNED_NOUNS and self._agent_word(head) is None and not person_noun(head)

    def _known_surname(self, ent: Span, people: list[Span]) -> Resolution | None:
        """A lone family name the parser labels PERSON ("Christie blasted Clinton") is the one person of the
        dictionary with that name who holds a role at the date, unless the text names someone else so
        ("Ray Rice") or the name is an everyday word (``COMMON_WORD_SURNAMES``)."""
        parts = [t for t in ent if t.lower_.rstrip(".") not in HONORIFIC_WORDS]
        if len(parts) != 1 or parts[0].pos_ != "PROPN":
            return None
        surname = parts[0].text
        country = self.context_at(parts[0])
        entry = self.resolver.family_names.by_surname(surname, self.when, country)
        if entry is None or any(len(p) > 1 and p[-1].text == surname for p in people):
            return None
        res = self.resolver.resolve_entry(entry, self.when)
        who = "person" if country is not None and entry.code[:3] == country else "head of state or government"
        return replace(res, why=f"'{surname}': the one {who} of that family name in office at the date: {res.why}")

    def _family(self, ent: Span) -> Resolution | None:
        """ "the Clintons", "the Obamas": the family of a person the dictionary knows, of that person's country
        (no role: the family holds none)."""
        name = ent[-1].text
        if len(ent) != 1 or len(name) < 4 or not name.endswith("s") or ent[0].tag_ != "NNPS" and \
                not any(c.lower_ == "the" for c in ent[0].lefts) and ent[0].head.lower_ != "with":
            return None
        matches = self.resolver.match_names([name[:-1]], self.when)
        entry = self.resolver.pick(matches[0], self.when) if matches else None
        if entry is None or entry.kind != "person" or not entry.code:
            return None
        country = entry.code[:3]
        return Resolution(country, country, (), f"the {name}", f"'{name}': the family of {entry.name}, of "
                          f"{country} [{entry.origin}]", "person", plural=True, human=True)

    def _later_surnames(self, covered: set[int], people: list[Span]) -> None:
        """A later bare surname the parser did not label PERSON ("Warren told Stumpf"): the person named before."""
        for tok in self.tokens:
            if tok.pos_ != "PROPN" or tok.i in covered or tok.ent_type_ not in SURNAME_ENTITIES or \
                    tok.dep_ in ("compound", "flat") or tok.i in self.names.at_token:
                continue
            res = self.surnames.get(tok.text)
            if res is not None and res.kind == "person" and any(
                    f.res is res and f.end <= tok.i for f in self.found):
                self.found.append(Found(tok.i, tok.i + 1, tok.i, res))
            elif res is None and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB" and not any(
                    c.dep_ in ("det", "cc", "compound") for c in tok.children):
                known = self._known_surname(self.doc[tok.i:tok.i + 1], people)   # "Christie blasted Clinton"
                if known is not None:
                    self.surnames[tok.text] = known
                    self.found.append(Found(tok.i, tok.i + 1, tok.i, known))

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
            tok = self.tokens[f.head]
            if tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children):
                continue          # "a U.S. and British proposal": two owners, leave it
            noun = tok.head
            if noun.i <= tok.i or noun.pos_ != "NOUN" or noun.i in heads or noun.i in owned:
                continue
            if any(c.i in self.agent_heads for c in noun.lefts):
                continue          # "a Cambodian refugee camp": the role phrase "Cambodian refugee" is the actor
            owned[noun.i] = (f.start, noun.i + 1, f.res)
        for noun in self.tokens:
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
            if res.kind in ("organisation", "metonym") and person_noun(self.tokens[head]):
                text = doc[start:end].text   # "a Justice Department liaison": a person of the department
                self.found.append(Found(start, end, head, Resolution(
                    res.code, res.country, res.sectors, None,
                    f"'{text}': a person noun headed by {res.name or res.code}, one of its people: {res.why}",
                    "agent", human=True, plural=self.tokens[head].tag_ == "NNS")))
                continue
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
        of three sentences or more; none in a short text ("Jordan Peterson met Chad Smith in Jordan"). A relative
        of a known person named in the text is of that person's country ("Hunter Biden" in a Ukraine story that names
        Joe Biden: USACVL)."""
        if self.long_text is None:
            self.long_text = len(self.sentences) >= 3
        country = self.context_at(ent.root) if self.long_text else self._actor_country(ent.root)
        name = " ".join(t.text for t in ent if t.lower_.rstrip(".") not in HONORIFIC_WORDS) or ent.text
        honorific = ent.start > 0 and self.tokens[ent.start - 1].lower_.rstrip(".") in HONORIFIC_WORDS   # "Mr. Wang"
        family = self.resolver.family_names.family_country(ent[-1].text, (
            r.entry for r in self.names.resolved.values() if r.kind == "person" and r.entry is not None)) \
            if len(ent) > 1 else None
        if family is not None and family[0] != country:   # "Hunter Biden" in a Ukraine story naming Joe Biden: USA
            return Resolution(family[0] + "CVL", family[0], ("CVL",), name,
                              f"{name}: not in the dictionary and no role in the text: a private person (CVL) of "
                              f"{family[0]}, the country of {family[1].name}, named in the text with that family name",
                              "person", human=True)
        if country is None or (len(ent) == 1 and not honorific and self.resolver.family_names.family_name_first(   # "Kim"
                ent[0].text, self.when, (r.country for r in self.names.resolved.values() if r.country))):
            return Resolution(None, None, (), None, "person not in the dictionary, no role", "unknown", human=True)
        if ent[-1].lower_.rstrip(".") in COMPANY_WORDS and len(ent) > 1:   # "Patriot Coal" labelled PERSON
            return Resolution(country + "BUS", country, ("BUS",), ent.text,
                              f"'{ent.text}': a company by its last word, of {country}, the country of the context",
                              "organisation")
        if _byline(ent.root):
            return Resolution(country + "MED", country, ("MED",), name,
                              f"{name}: a reporter by the byline ('reported from', 'contributed reporting'), "
                              f"of {country}, the country of the context", "person", human=True)
        return Resolution(country + "CVL", country, ("CVL",), name,
                          f"{name}: not in the dictionary and no role in the text: a private person (CVL) of "
                          f"{country}, the country of the context", "person", human=True)

    def _actor_country(self, token: Token) -> str | None:
        """The one country a sentence names other than as a place where something happens ("Kenyan police
        arrested Jane Doe", not "Jane Doe met John Roe in Jordan"): the country of an unknown person in a short
        text."""
        n = self.sentence_of[token.i]
        found: set[str] = set()
        for idx, (start, end, _m) in enumerate(self.names.matches):
            res = self.names.resolved.get(idx)
            if res is None or self.sentence_of[start] != n or not (country := country_evidence(res)):
                continue
            head = self.tokens[syntactic_head(self.tokens, start, end)]
            if head.dep_ == "pobj" and head.head.lower_ in WHERE_PREPS:
                continue
            found.add(country)
        return next(iter(found)) if len(found) == 1 else None

    def _outlets(self) -> None:
        """Organisations the dictionary does not know but named like news outlets: "the Dallas Morning News"."""
        covered = {t for f in self.found for t in range(f.start, f.end)}
        for ent in self.ents:
            if ent.label_ != "ORG" or ent[-1].lower_ not in OUTLET_WORDS or any(
                    t in covered for t in range(ent.start, ent.end)):
                continue
            country = self.context
            start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
            name = self.doc[start:ent.end].text
            res = Resolution(country + "MED" if country else None, country, ("MED",), name,
                             f"'{name}': an outlet by its name, country "
                             f"{'from the article' if country else 'unknown'}", "organisation")
            self.found.append(Found(start, ent.end, syntactic_head(self.tokens, start, ent.end), res))

    def _titled_names(self, taken: set[int]) -> list[Span]:
        """Proper names the parser did not label PERSON but that follow a title: "Vice-President Moody Awori"."""
        doc = self.doc
        out = []
        for tok in self.tokens:
            if tok.pos_ != "PROPN" or tok.i in taken or tok.dep_ == "compound" or tok.i in self.names.at_token:
                continue
            chain = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            first = min([tok.i, *(c.i for c in chain)])
            titles = [c for c in tok.lefts if c.i < first and c.dep_ in ("compound", "amod")
                      and (a := self._agent_word(c)) is not None and a.person]
            if titles and all(self.tokens[i].pos_ == "PROPN" for i in range(first, tok.i + 1)):
                out.append(doc[first:tok.i + 1])
        return out
