"""Definite descriptions that point back to an actor named before: "the group", "the country", "the militants",
"the alliance", "the agency", "the company", "the party" (which actor each kind can name: ``organisation_kinds.fits``).

News English names an actor once and then refers to it by its kind: "The Taliban attacked a checkpoint. The group
said ...", "Russia ... the country's economy", "Islamic State fighters ... the militants". A definite phrase headed
by such a noun, with no name, possessor or "of"/"in" owner of its own, takes the code of the last compatible actor
named within ``SENTENCES_BACK`` sentences; with none, the phrase is composed as any role phrase. A state's forces
named by their kind ("the army", "the troops", "the police") go back to the forces of that kind named in the last
``ROLE_SENTENCES_BACK`` sentences only where their own sentence names no country. A description that repeats the
word of what was named goes back to that ("the interior ministry said ... The ministry described", "The International
Criminal Court issued warrants ... The court also"), whatever country its own sentence names; "the country" is not
the country of its own clause's subject ("Russian paratroopers arrived in the country", "troops landed at the request
of the country's president"), and "the kingdom", "the sultanate" only a monarchy (words.yaml ``monarchies``). A backer
named in the phrase ("the Iran-backed group", "the Russian-backed rebels") keeps it a reference back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from .clause_subjects import arrival_subjects, clause_subject
from .mention_context import WHERE_PREPS, FinderBase
from .name_matches import Found
from .organisation_kinds import FORCE_SECTORS, fits
from .resolver import FORMER_WORDS, Resolution
from .vocabulary import shipped_vocabulary

_WORDS = shipped_vocabulary()

SENTENCES_BACK = 6
ROLE_SENTENCES_BACK = 3    # "the minister": a person named in the last few sentences
# titles a definite role phrase must share with the person it refers back to ("the minister" is no president)
TITLE_WORDS = _WORDS.groups("offices")
DEFINITE_DETS = frozenset({"the", "this", "that"})
# head lemma -> what the description refers back to
ANAPHORS = _WORDS.group_of("anaphors")
# adjectives that keep a definite description a reference back: "the militant group", "the Islamist movement",
# and the backer words of the resolver: "the Iran-backed group", "the Saudi-funded militia"
ROLE_ADJECTIVES = _WORDS.words("role_adjectives") | _WORDS.words("backer_words")
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# kinds of definite description that also point back to a role phrase of the same word ("the interior ministry ...
# the ministry", "a large meatpacking company ... the company"); a name they find by its kind
SAME_WORD_KINDS = frozenset({"institution", "business"})
# words for any business, that go back to a business role phrase of another word too (words.yaml any_business)
ANY_BUSINESS = _WORDS.words("any_business")
# "the kingdom", "the sultanate": the countries a noun for a monarchy can point back to (words.yaml monarchies)
MONARCHIES = _WORDS.groups("monarchies")


def definite(token: Token) -> bool:
    """Whether a noun's first determiner is a definite one ("the", "this", "that")."""
    dets = [c for c in token.lefts if c.dep_ in ("det", "predet")]
    return bool(dets) and dets[0].lower_ in DEFINITE_DETS


def title_words(title: str) -> set[str]:
    """The lower-case words of a dictionary role's title ("Minister/Secretary of State" -> minister, secretary ...)."""
    return set(title.lower().replace("/", " ").split())


def anaphor_kind(token: Token) -> str | None:
    """What kind of actor a definite description stands for ("the group" -> "group"), if it is one:
    a definite article, no possessor, no name or country word before the head, no "of" owner after it."""
    kind = ANAPHORS.get(token.lemma_.lower())
    if kind is None or not bare_definite(token):
        return None
    if token.tag_ in ("NNS", "NNPS") and kind not in ("armed", *FORCE_SECTORS):
        return None     # "the companies": several, not the last one named
    if kind == "armed" and token.tag_ not in ("NNS", "NNPS"):
        return None
    return kind


def bare_definite(token: Token) -> bool:
    """A noun with a definite article and no name, possessor, describing adjective or "of"/"for" owner of its own:
    "the group", "the court", "the militant group" (not "the Hamas movement", "the group of experts")."""
    if token.pos_ not in ("NOUN", "PROPN") or not definite(token):
        return False
    if any(c.dep_ in ("poss", "compound", "nmod") or c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG")
           for c in token.lefts):
        return False    # "the Hamas movement", "the Russian company", "its group": named in the phrase itself
    if any(c.dep_ == "amod" and c.lower_ not in ROLE_ADJECTIVES for c in token.lefts):
        return False    # "the high-earning group", "this online network": a description, not a reference
    # "the group of experts", "the agency for refugees"
    return not any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in token.rights)


class DefiniteReferenceFinder(FinderBase):
    """Resolves definite descriptions back to the last compatible actor named (construct per document)."""

    def definite_reference(self, token: Token, kind: str | None = None) -> Resolution | None:
        """The actor "the group" / "the country" / "the militants" at ``token`` stands for, or None."""
        kind = kind or anaphor_kind(token)
        if kind is None:
            return self._name_by_its_word(token) or self._role_by_its_word(token) or self._armed_named_before(token)
        if kind in FORCE_SECTORS:
            return self._forces_before(token, kind)
        first_sent = self._sentence_number(token) - SENTENCES_BACK
        best: tuple[int, Resolution] | None = None
        place_only: tuple[int, Resolution] | None = None
        described: tuple[int, Resolution] | None = None
        own_subject = clause_subject(token)
        monarchies = MONARCHIES.get(token.lemma_.lower(), frozenset())
        # "Russian paratroopers arrived in the country": not the country of the clause's own subject either
        own_countries = self._countries_in(arrival_subjects(token)) if kind == "country" else set()
        for idx in range(len(self.names.matches) - 1, -1, -1):
            start, end, _m = self.names.matches[idx]
            if start >= token.i or own_subject & set(range(start, end)):
                continue   # "SoftBank attempts to rescue the company": the company is not SoftBank
            if own_countries and (res := self.names.resolved.get(idx)) is not None and res.country in own_countries:
                continue
            if self._sentence_number(self.tokens[start]) < first_sent:
                break
            res = self.names.resolved.get(idx)
            if res is not None and fits(kind, res):
                if kind == "country" and monarchies and res.country not in monarchies:
                    continue   # "Canada's statement ... backing the kingdom's stance": Canada is no kingdom
                if kind == "country" and self._in_place_phrase(start, end):
                    place_only = place_only or (start, res)   # "hostages held in Gaza ... the country": a place
                    continue
                if kind == "country" and res.kind == "adjective" and self.tokens[start].dep_ == "amod" and \
                        not self._in_mention(start):
                    described = described or (start, res)   # "the former Portuguese colony": a thing described
                    continue
                best = (start, res)
                break
        best = best or described or place_only
        same_word = self._same_word_before(token, first_sent) if kind in SAME_WORD_KINDS else None
        how = f"the last {kind} named"
        if same_word is not None and (best is None or same_word[0] > best[0]):
            best = same_word   # "the interior ministry said ... The ministry described": a role phrase named it
            word = self.tokens[same_word[0]].lemma_.lower()
            how = f"the last '{word}' named" if word == token.lemma_.lower() else f"the last {kind} named"
        if best is not None and kind != "armed" and self._new_one_between(best[0], token):
            return None
        if kind == "armed":    # "Islamic State fighters ... the militants": role phrases count too
            for f in reversed(self.found):
                if f.head < token.i and (best is None or f.head > best[0]) and fits(kind, f.res) and \
                        self._sentence_number(self.doc[f.head]) >= first_sent:
                    best = (f.head, f.res)
                    break
        if best is None:
            return None
        res = best[1]
        if res.entry is not None and res.entry.generic and res.country:   # "Peru's Congress ... the legislature"
            res = self._owned_institution(best[0], res)
        if kind == "country":
            res = replace(res, code=res.country, sectors=(), kind="country", name=self.resolver.dictionary.country_name(
                res.country) or res.country)
        text = self.doc[token.left_edge.i:token.i + 1].text
        return replace(res, why=f"'{text}' -> {how}: {res.why}", plural=token.tag_ in PLURAL_TAGS)

    def _owned_institution(self, start: int, res: Resolution) -> Resolution:
        """An institution many countries have ("Congress") named at ``start`` with its country's name or adjective
        before it ("Peru's Congress", "the Brazilian Senate"): of that country (as the title pass re-homes it)."""
        node = self.tokens[start]
        while node.dep_ == "compound" and node.head.i > node.i:   # "Peru's Supreme Court": to the head word
            node = node.head
        for child in node.lefts:
            other = self.name_at(child) if child.dep_ in ("poss", "amod", "compound", "nmod") else None
            if other is not None and other.kind in ("country", "adjective") and other.country and \
                    other.country != res.country:
                return replace(res, code=other.country + "".join(res.sectors), country=other.country, name=None,
                               why=f"{res.why}, re-homed to {other.country} by '{child.text}'")
        return res

    def _name_by_its_word(self, token: Token) -> Resolution | None:
        """ "The International Criminal Court issued warrants ... The court also ...": a bare definite noun that is
        the last word of an organisation's or institution's name told in the sentences before is that name."""
        if token.tag_ in PLURAL_TAGS or not bare_definite(token):
            return None
        lemma = token.lemma_.lower()
        first_sent = self._sentence_number(token) - SENTENCES_BACK
        for idx in range(len(self.names.matches) - 1, -1, -1):
            start, end, _m = self.names.matches[idx]
            if start >= token.i:
                continue
            if self._sentence_number(self.tokens[start]) < first_sent:
                return None
            res = self.names.resolved.get(idx)
            if res is not None and res.code and res.kind in ("organisation", "metonym") and end - start > 1 and \
                    self.tokens[end - 1].lemma_.lower() == lemma:
                text = self.doc[token.left_edge.i:token.i + 1].text
                return replace(res, why=f"'{text}' -> the last '{lemma}' named: {res.why}", plural=False)
        return None

    def _role_by_its_word(self, token: Token) -> Resolution | None:
        """ "Guinea's military rulers, a junta ... a member of the junta said", "Chinese miners ... the miners will be
        deported": a bare definite role phrase in a sentence that names no one country of its own is
        the role phrase of the same head word (and number) named last in the ``ROLE_SENTENCES_BACK`` sentences
        before, whatever the article's main country."""
        if not bare_definite(token) or self.sentence_country.get(self.sent_of(token)) is not None:
            return None
        agent = self._agent_word(token)
        if agent is None:
            return None
        plural = token.tag_ in PLURAL_TAGS
        # of the word's own sector: "a liberal think tank ... the tank" is no reference back
        f = self._last_same_head(token, self._sentence_number(token) - ROLE_SENTENCES_BACK,
                                 lambda f, head: f.res.kind == "agent" and (head.tag_ in PLURAL_TAGS) == plural and
                                 agent.sector in f.res.sectors)
        return None if f is None else replace(f.res, why=self._named_last_why(token, f.res))

    def _armed_named_before(self, token: Token) -> Resolution | None:
        """ "Hezbollah fired drones at a base. Militants also shelled a border village": fighters named by a bare
        plural of their kind ("militants", "gunmen", "insurgents"; no article, owner, name or place of their own)
        in a later sentence are the armed group named last in the ``ROLE_SENTENCES_BACK`` sentences before, not of
        the article's main country nor of the places and victims their sentence names (fighters act abroad:
        ``clause_countries``). None when no armed actor was named in the sentences before."""
        if ANAPHORS.get(token.lemma_.lower()) != "armed" or token.tag_ not in PLURAL_TAGS:
            return None
        if any(c.dep_ not in ("amod", "punct") or c.lower_ not in ROLE_ADJECTIVES for c in token.lefts) or any(
                c.dep_ in ("prep", "appos", "acl", "relcl") for c in token.rights):
            return None     # "two militants", "Hamas militants", "militants from the north": a phrase of its own
        sent = self._sentence_number(token)
        if sent == 0:
            return None
        sent_start = self.tokens[token.i].sent.start
        first_sent = sent - ROLE_SENTENCES_BACK
        best: tuple[int, Resolution] | None = None
        for idx in range(len(self.names.matches) - 1, -1, -1):
            start, _end, _m = self.names.matches[idx]
            res = self.names.resolved.get(idx)
            if start < sent_start and res is not None and res.code and fits("armed", res):
                best = (start, res)
                break
        for f in reversed(self.found):
            if f.head < sent_start and (best is None or f.head > best[0]) and not f.modifier and f.res.code and \
                    fits("armed", f.res):
                best = (f.head, f.res)
                break
        if best is None or self._sentence_number(self.tokens[best[0]]) < first_sent:
            return None
        text = self.doc[token.left_edge.i:token.i + 1].text
        return replace(best[1], why=f"'{text}' -> the last armed actor named: {best[1].why}", plural=True)

    def _last_same_head(self, token: Token, first_sent: int, accept: Callable[[Found, Token], bool]) -> Found | None:
        """The coded role phrase named last before ``token`` (not before sentence ``first_sent``) whose head has the
        lemma of ``token`` and that ``accept`` takes (given the phrase and its head token)."""
        lemma = token.lemma_.lower()
        for f in reversed(self.found):
            if f.head >= token.i or f.modifier or f.members or not f.res.code:
                continue
            head = self.tokens[f.head]
            if self._sentence_number(head) < first_sent:
                return None
            if head.lemma_.lower() == lemma and accept(f, head):
                return f
        return None

    def _named_last_why(self, token: Token, res: Resolution) -> str:
        text = self.doc[token.left_edge.i:token.i + 1].text
        return f"'{text}' -> the last '{token.lemma_.lower()}' named: {res.why}"

    def _countries_in(self, tokens: set[int]) -> set[str]:
        """The countries of the names among ``tokens``."""
        out: set[str] = set()
        for idx, (start, end, _m) in enumerate(self.names.matches):
            res = self.names.resolved.get(idx)
            if res is not None and res.country and tokens & set(range(start, end)):
                out.add(res.country)
        return out

    def _same_word_before(self, token: Token, first_sent: int) -> tuple[int, Resolution] | None:
        """The role phrase with the same head word named last in the sentences before ("the interior ministry",
        "a large meatpacking company" ... "the ministry", "the company"; any business for "the company"), as (head
        token, resolution); a name is found by the kind of actor it is, a role phrase only by its word."""
        lemma = token.lemma_.lower()
        for f in reversed(self.found):
            if f.head >= token.i or f.modifier or not f.res.code or f.res.kind == "person":
                continue
            if self._sentence_number(self.tokens[f.head]) < first_sent:
                return None
            same = self.tokens[f.head].lemma_.lower() == lemma or (
                lemma in ANY_BUSINESS and f.res.sectors == ("BUS",) and not f.res.human)
            # "a German carmaker ... the company"; not "its largest investor ... the company": people are no company
            if same and (self.tokens[f.head].tag_ in PLURAL_TAGS) == (token.tag_ in PLURAL_TAGS):
                return f.head, f.res
        return None

    def _forces_before(self, token: Token, kind: str) -> Resolution | None:
        """ "Ethiopian troops crossed into Somalia. The army said ...": a state's forces named again by their
        kind in a sentence that names no country are the forces of that kind named last in the sentences before
        (``ROLE_SENTENCES_BACK``); a sentence that names a country gives its own (the role phrase's context), unless
        it names one only in the doer who acts on the police ("Police said ... The Australian prime minister offered
        help to the police": the police named before; police serve at home, a foreign leader's words reach them)."""
        if self.sent_of(token) in self.sentence_country and not (
                kind == "police" and self._countries_only_in_doer(token)):
            return None
        first_sent = self._sentence_number(token) - ROLE_SENTENCES_BACK
        for f in reversed(self.found):
            if f.head < token.i and not f.modifier and fits(kind, f.res):
                if self._sentence_number(self.doc[f.head]) < first_sent:
                    return None
                text = self.doc[token.left_edge.i:token.i + 1].text
                agent = self._agent_word(token)   # "the army" is an "it" even after "Ethiopian troops"
                return replace(f.res, why=f"'{text}' -> the last {FORCE_SECTORS[kind]} actor named: {f.res.why}",
                               plural=token.tag_ in ("NNS", "NNPS"), name=None,
                               human=agent.person if agent is not None else f.res.human)
        return None

    def _countries_only_in_doer(self, token: Token) -> bool:
        """Every country name of ``token``'s sentence is in the subject of the clause ``token`` is the object of."""
        doer = clause_subject(token)
        if not doer:
            return False
        sent = self.tokens[token.i].sent
        return all(set(range(start, end)) <= doer for idx, (start, end, _m) in enumerate(self.names.matches)
                   if sent.start <= start < sent.end and (res := self.names.resolved.get(idx)) is not None and
                   res.country)

    def _new_one_between(self, start: int, token: Token) -> bool:
        """Whether the text introduced a new one of the kind after the actor named at ``start``, or in a phrase that
        name is part of ("a regional coalition patrolling a U.N.-backed buffer zone ... The coalition's
        patrols"): an indefinite noun of the same word that is no coded actor mention, nor an apposition or
        predicate of a name ("Jaish, a militant group based in Pakistan")."""
        lemma = token.lemma_.lower()
        for t in self.tokens[self.tokens[start].sent.start:token.i]:
            if t.i < start and t.right_edge.i < start:
                continue   # before the name, and not a phrase the name is part of ("a coalition enforcing a U.N. ...")
            if t.lemma_.lower() == lemma and t.pos_ == "NOUN" and t.dep_ not in ("appos", "attr", "oprd") and \
                    any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.lefts) and \
                    not self._in_mention(t.i, coded=True):
                return True
        return False

    def _in_mention(self, i: int, coded: bool = False) -> bool:
        """Whether token ``i`` is inside an actor mention found before ("Iranian officials", "Russian troops"; with
        ``coded``, one that has a code: not "a regional coalition")."""
        return any(f.start <= i < f.end and (f.res.code or not coded) for f in self.found)

    def _in_place_phrase(self, start: int, end: int) -> bool:
        """A name that is the object of a locative preposition ("in Gaza", "from Cyprus")."""
        head = self.tokens[start:end]
        root = next((t for t in head if t.head.i < start or t.head.i >= end), head[-1])
        return root.dep_ == "pobj" and root.head.lower_ in WHERE_PREPS

    def same_role_before(self, token: Token, sector: str) -> Resolution | None:
        """ "the minister" whose country the context does not give: the last actor with that role named in the
        sentences before ("Mexico's economy secretary ... the minister said"), or named with that very role word
        ("Trump campaign spokesman Jason Miller ... the spokesman"), when the phrase is definite."""
        if not definite(token):
            return None
        if any(c.dep_ in ("prep", "appos", "acl", "relcl") for c in token.rights):
            return None     # "the director of the Potsdam Institute": said what it is, no reference back
        if any(c.dep_ not in ("det", "predet", "punct") and c.lower_ not in ROLE_ADJECTIVES for c in token.lefts):
            return None     # "the former first lady", "the New York businessman": a description of its own
        first_sent = self._sentence_number(token) - ROLE_SENTENCES_BACK
        named = [(start, self.names.resolved.get(idx)) for idx, (start, _e, _m) in enumerate(self.names.matches)]
        before = [(f.head, f.res) for f in self.found if not f.modifier] + [(i, r) for i, r in named if r is not None]
        lemma = token.lemma_.lower()
        same = self._same_title_word(token, sector, first_sent)
        if same is not None:   # "a senior Thai official ... Cambodia's defence minister ... the official"
            return same
        wanted = TITLE_WORDS.get(lemma)
        for at, res in sorted(before, key=lambda p: p[0], reverse=True):
            if at >= token.i or not res.code or not res.human:
                continue
            how = f"the last {sector} actor named"
            if sector not in res.sectors:
                if wanted or lemma not in self._title_words(at, res):
                    continue
                how = f"the last actor named {lemma}"
            elif wanted and not wanted & self._title_words(at, res):
                continue     # "the minister" is not the president named last
            if self._sentence_number(self.tokens[at]) < first_sent:
                return None
            text = self.doc[token.left_edge.i:token.i + 1].text
            return replace(res, why=f"'{text}' -> {how}: {res.why}", plural=False)
        return None

    def _same_title_word(self, token: Token, sector: str, first_sent: int) -> Resolution | None:
        """The person named last in the sentences before (from ``first_sent``) by a role phrase of the same head word
        and sector as the definite ``token`` ("a senior Bolivian official ... the official")."""
        f = self._last_same_head(token, first_sent, lambda f, head: f.res.human and head.tag_ not in PLURAL_TAGS and
                                 sector in f.res.sectors)
        return None if f is None else replace(f.res, why=self._named_last_why(token, f.res), plural=False)

    def former_office_holders(self) -> None:
        """ "the former New Mexico governor" after "Gary Johnson": a definite description of a former office is the
        person named in the sentences before who held that office (a role of the dictionary that ended before the
        article's date, of the description's country), with the role that person has at the date (a candidate in
        2016). Runs once the names are found."""
        people = [f for f in self.found if not f.modifier and f.res.kind == "person" and f.res.entry is not None]
        if not people or self.when is None:
            return
        for i, f in enumerate(self.found):
            res, head = f.res, self.tokens[f.head]
            if f.modifier or res.kind != "agent" or res.sectors != ("ELI",) or res.plural or \
                    not any(c.lower_ in FORMER_WORDS for c in head.lefts):
                continue
            if not definite(head):
                continue
            lemma = head.lemma_.lower()
            wanted = TITLE_WORDS.get(lemma, frozenset({lemma}))
            first_sent = self._sentence_number(head) - ROLE_SENTENCES_BACK
            for p in sorted((p for p in people if p.end <= f.start), key=lambda p: p.head, reverse=True):
                if self._sentence_number(self.tokens[p.head]) < first_sent:
                    break
                entry = p.res.entry
                held = [r for r in entry.roles if r.end is not None and r.end <= self.when and r.title and
                        (res.country is None or r.code[:3] == res.country) and
                        wanted & title_words(r.title)]
                if held:
                    text = self.doc[f.start:f.end].text
                    new = replace(p.res, why=f"'{text}' -> {entry.name}, former {held[-1].title}: {p.res.why}")
                    self.found[i] = replace(f, res=new)
                    if f.head in self.agent_heads:
                        self.agent_heads[f.head] = new
                    break

    def _title_words(self, at: int, res: Resolution) -> set[str]:
        """Lower-case words of an actor's title: its dictionary role's title, else the words of its mention."""
        if res.entry is not None:
            _code, role = res.entry.at(self.when)
            if role is not None and role.title:
                return title_words(role.title)
        tok = self.tokens[at]
        return {t.lower_ for t in tok.subtree if t.i <= at} | {tok.lemma_.lower()}

    def _sentence_number(self, token: Token) -> int:
        return self.sentence_of[token.i]
