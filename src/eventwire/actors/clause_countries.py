"""The country a role phrase with none of its own takes from its clause, where its sentence names several countries.

Actors that act where they live or serve (police, security forces, the authorities, protesters, crowds, residents,
youths: ``local_actors`` in words.yaml, and the police sector) take the one country of the places their clause names
("Police dispersed the crowd in Lagos", "youths looted shops in several London districts", "fired on crowds in the
Chadian border town of ...": a nationality adjective on a noun of a settled place names the place's country), else of
the home institutions it names ("protesters stormed Peru's Congress", "pelted Serbia's parliament building": a
parliament, a court, a party or the opposition are acted on at home; not a government, whose embassies draw foreign
crowds). A clause that names none lends the question to the clause it is coordinated with or hangs from ("... besieged
the assembly in Tirana, and police fired water cannon", "... in New Delhi before security forces shot the attackers"):
one story, one place. Never through a reported clause ("police said the tourists robbed in Mexico City ..."): the
speaker is elsewhere. Two countries at one level leave the phrase uncoded.

Soldiers, rebels and attackers are no local actors: they fight abroad ("Suicide bombers struck three hotels in the
Jordanian capital" were Iraqi; measured in session 8). Nor are a government or its officials: their acts abroad are
diplomacy ("the government opened talks in Oslo"), and the subject of a story's main clause is no evidence of whose
ministry answers in a clause after it ("Dutch diplomats met the opposition leader in Harare, and the government
condemned the visit": Zimbabwe's; measured and left out in session 9).
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from .mention_context import FinderBase
from .name_matches import syntactic_head
from .own_act_objects import PLACE_OF_ACT_PREPS
from .resolver import Resolution
from .vocabulary import shipped_vocabulary

_WORDS = shipped_vocabulary()

# sectors of forces that act where they serve, and role words of people who act where they live
LOCAL_SECTORS = frozenset({"COP"})
LOCAL_ACTORS = _WORDS.words("local_actors")
# sectors of institutions acted on at home ("protesters stormed the parliament", "police detained the opposition
# leader")
HOME_SECTORS = frozenset({"LEG", "JUD", "OPP", "PTY"})
# the dependencies of another clause's verb under the clause of a local actor ("... said the crowds who marched in
# Paris")
OTHER_CLAUSES = frozenset({"ccomp", "relcl", "acl", "xcomp", "parataxis"})
# the clauses of one story a clause that names no place lends the question to: coordinated ("..., and police fired")
# and adverbial ("as security forces fired on crowds", "before security forces shot the attackers")
STORY_CLAUSES = frozenset({"conj", "advcl"})
# nouns of a place a nationality adjective gives the country of ("in the Chadian border town", "in several Kurdish
# towns" is no country: Kurdish names none)
SETTLED_PLACES = _WORDS.words("settled_places")
VERB_POS = frozenset({"VERB", "AUX"})
# the doers that act at home: police, courts and a state's authorities ("the authorities arrested ...")
HOME_FORCE_SECTORS = frozenset({"COP", "JUD", "GOV"})
# prepositions of where people are or come from ("the families ... off Indonesia's coast", "relatives in Peru")
PEOPLE_PLACE_PREPS = PLACE_OF_ACT_PREPS | {"off", "from"}
# the people they act on that are of their country unless the text says otherwise (not officials or soldiers of
# another state, firms, refugees)
ACTED_ON_SECTORS = frozenset({"CVL", "MED", "OPP", "EDU", "LAB", "CRM", "REB", "HLH", "REL", "AGR", "PTY", "ELI",
                              "LEG"})


def one_country(seen: dict[str, str], how: str) -> tuple[str, str] | tuple[()] | None:
    """What the names ``seen`` (country -> the text of one name of it) say: (country, why: ``how`` and the name) when
    they are of one country, () when they are of several (give up), None when there are none."""
    if len(seen) == 1:
        country, text = next(iter(seen.items()))
        return country, f"{how} ('{text}')"
    return () if seen else None


def _path_up(tok: Token, top: Token) -> list[Token]:
    """The tokens from ``tok`` up to (not including) ``top``, its ancestor."""
    out: list[Token] = []
    while tok.i != top.i and tok.head.i != tok.i:
        out.append(tok)
        tok = tok.head
    return out


def _path_to(tok: Token, top: Token) -> list[Token] | None:
    """The tokens from ``tok`` up to (not including) ``top``; None when ``top`` is not an ancestor of ``tok``."""
    out: list[Token] = []
    while tok.i != top.i:
        if tok.head.i == tok.i:
            return None
        out.append(tok)
        tok = tok.head
    return out


def _first_conjunct(tok: Token) -> Token:
    """ "in Paris and Berlin": the first conjunct, whose head is the preposition."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def _own_clause(tok: Token) -> bool:
    """A verb coordinated with its own subject ("..., and police fired"): another clause; one that shares the subject
    ("looted shops and set cars ablaze in ...") is the same actor's act."""
    return tok.dep_ == "conj" and tok.pos_ in VERB_POS and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _settled(noun: Token) -> bool:
    """A noun of a settled place where an act is: after a preposition of place ("in the town"), or its object
    ("fled the village", "occupied the central square")."""
    return noun.lemma_.lower() in SETTLED_PLACES and (
        noun.dep_ == "dobj" or (noun.dep_ == "pobj" and noun.head.lower_ in PLACE_OF_ACT_PREPS))


def _clause_verb(head: Token) -> Token | None:
    """The verb of the clause ``head`` is the subject, object or agent of (through a quantity: "Hundreds of
    protesters stormed ..."), or None."""
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in ("NOUN", "NUM"):
        head = head.head.head
    verb: Token | None = None
    if head.dep_ in ("nsubj", "nsubjpass", "dobj"):
        verb = head.head
    elif head.dep_ == "pobj" and head.head.dep_ in ("agent", "prep"):   # "led away by police", "fired on crowds"
        verb = head.head.head
    return verb if verb is not None and verb.pos_ in VERB_POS else None


class ClauseCountryFinder(FinderBase):
    """Country defaults from the clause of a role phrase (a pass of the mention finder)."""

    def local_country(self, head: Token, phrase: str, sector: str) -> tuple[str, str] | None:
        """The country of a local actor ("police", "protesters", "the crowd") whose sentence names no country or
        several: the place its clause (or its story's clause) acts in ("Crowds broke into the British compound in
        Tehran"), else, in a sentence that names no country, the one country the text's places of acts name ("... in
        Tehran. Police later detained ..."), which outweighs a foreign actor named more often (London, the British
        envoy); None when neither says."""
        if not self.local_actor(head, phrase, sector) or head.dep_ in ("compound", "amod", "nmod"):
            return None   # "police brutality", "protester deaths": a word of another noun acts nowhere
        sent = self.sent_of(head)
        if self.sentence_country.get(sent, None) is not None:
            return None   # the one country the sentence names
        where = self.place_of_act(head)
        if where is not None or sent in self.sentence_country:
            return where   # several countries named: only the clause decides ("Police said the tourists robbed in ...")
        if self._scene is None:
            self._scene = self._scene_of_places()
        return self._scene or None

    def _scene_of_places(self) -> tuple[str, str] | tuple[()]:
        """The country the text's places of acts name ("in Tehran", "near Goma", a capital in a dateline), when one
        leads; () when none does."""
        counts: dict[str, int] = {}
        texts: dict[str, str] = {}
        for idx, (start, end, _m) in enumerate(self.names.matches):
            res = self.names.resolved.get(idx)
            if res is None or not res.country or res.kind not in ("capital", "place", "country") or \
                    idx in self.ethnic or (set(res.sectors) - {"GOV"}):
                continue
            tok = _first_conjunct(self.tokens[syntactic_head(self.tokens, start, end)])
            if start in self.dateline or (tok.dep_ == "pobj" and tok.head.lower_ in PLACE_OF_ACT_PREPS):
                counts[res.country] = counts.get(res.country, 0) + 1
                texts.setdefault(res.country, self.doc[start:end].text)
        if not counts:
            return ()
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return ()
        country = ranked[0][0]
        return country, f"the country of the places the text's acts happen in ('{texts[country]}')"

    def local_actor(self, head: Token, phrase: str, sector: str) -> bool:
        """Whether the role phrase headed by ``head`` names actors that act where they live or serve."""
        return (sector in LOCAL_SECTORS or bool({phrase, head.lemma_.lower()} & LOCAL_ACTORS)) and \
            not any(c.dep_ == "poss" for c in head.lefts)

    def place_of_act(self, head: Token) -> tuple[str, str] | None:
        """The one country of the places (else of the home institutions) the clause of a local actor names, looked
        for in the clauses of the same story when its own names none; with why, or None."""
        verb = _clause_verb(head)
        own = {t.i for t in head.subtree}
        while verb is not None:
            seen = self._clause_places(verb, own)
            if seen is not None:
                return seen or None
            if verb.dep_ not in STORY_CLAUSES or verb.head.i == verb.i or verb.head.pos_ not in VERB_POS:
                return None
            verb = verb.head
        return None

    def _role_ahead(self, token: Token) -> Resolution | None:
        """The role phrase headed by ``token``, composed now if the pass has not reached it (``role_phrases``)."""
        return self.agent_heads.get(token.i)

    def home_force_country(self, head: Token, sector: str) -> tuple[str, str] | None:
        """The country of the police, court or authorities that act on the people ``head`` names ("Turkish police
        detained the editor", "a military court in Amman sentenced two men", "the journalist was arrested by
        Belarusian police"): a state's police and courts act at home, on people there; None when the doer is of no
        one such country, the people's own phrase names another ("the families of the victims of the disaster off
        Indonesia"), or the clause's places do ("Australian police ... arrested two commanders in Honiara")."""
        if sector not in ACTED_ON_SECTORS or any(c.dep_ == "poss" for c in head.lefts):
            return None
        verb = _clause_verb(head) if head.dep_ != "nsubj" else None
        if verb is None:
            return None
        if head.dep_ == "nsubjpass":   # "was arrested by police"
            doers = [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        else:
            clause = verb
            while clause.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in clause.children) and \
                    clause.head.pos_ in VERB_POS:   # "raided the offices and detained the editor"
                clause = clause.head
            doers = [c for c in clause.children if c.dep_ == "nsubj"]
        found: dict[str, str] = {}
        for doer in doers:
            res = self.name_at(doer) or self._role_ahead(doer)
            if res is None or not res.country or not set(res.sectors) & HOME_FORCE_SECTORS:
                return None
            found.setdefault(res.country, doer.text)
        if len(found) != 1:
            return None
        country, text = next(iter(found.items()))
        if self._of_another_country(head, country):
            return None   # "sent condolences to the families of the victims of the ferry disaster off Indonesia's"
        own = {t.i for t in head.subtree}
        places = self._clause_places(verb, own)
        if places is not None and (not places or places[0] != country) or self._unknown_place(verb, own):
            return None
        return country, f"the country of the police, court or authorities that act on it ('{text}')"

    def _of_another_country(self, head: Token, country: str) -> bool:
        """A place phrase of ``head``, or of the noun whose "of" phrase ``head`` is, names a country other than
        ``country`` in its own words ("the families of the victims ... off Indonesia's Bali strait": no Vatican
        families for a pope's condolences); not a deeper clause or a target ("militants behind attacks on
        Israelis")."""
        nouns = [head]
        while nouns[-1].dep_ == "pobj" and nouns[-1].head.lower_ == "of" and nouns[-1].head.head.pos_ == "NOUN":
            nouns.append(nouns[-1].head.head)
        for prep in (c for noun in nouns for c in noun.rights):
            if prep.dep_ != "prep" or prep.lower_ not in PEOPLE_PLACE_PREPS:
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                for tok in (pobj, *(c for c in pobj.lefts if c.dep_ in ("poss", "compound", "amod"))):
                    res = self.names.resolved.get(self.names.at_token.get(tok.i, -1))
                    if res is not None and res.country and res.country != country:
                        return True
        return False

    def _unknown_place(self, verb: Token, own: set[int]) -> bool:
        """Whether the clause of ``verb`` names a place the dictionary does not know ("arrested two commanders in
        Honiara"): it may be abroad."""
        for tok in verb.subtree:
            if tok.i in own or not (tok.ent_type_ in ("GPE", "LOC") or tok.pos_ == "PROPN") or \
                    tok.i in self.names.at_token:
                continue   # (the parser takes many a town for a person: a capitalised word after "in" will do)
            first = _first_conjunct(tok)
            while first.dep_ == "compound" and first.head.pos_ == "PROPN":   # "New Town" -> Town
                first = first.head
            if first.dep_ == "pobj" and first.head.lower_ in PLACE_OF_ACT_PREPS and \
                    not any(t.dep_ in OTHER_CLAUSES or _own_clause(t) for t in _path_up(first, verb)):
                return True
        return False

    def _clause_places(self, verb: Token, own: set[int]) -> tuple[str, str] | tuple[()] | None:
        """What the clause of ``verb`` says of the country of an act: (country, why) when its places (else its home
        institutions) are of one country, () when they are of several, None when it names none. Only names outside
        the phrase's own words and outside other clauses (reported, relative, coordinated) count."""
        places: dict[str, str] = {}
        homes: dict[str, str] = {}
        matches = self.names.matches
        left, right = verb.left_edge.i, verb.right_edge.i
        lo = bisect_left(matches, left, key=lambda m: m[0])   # the names run in token order
        if lo > 0 and matches[lo - 1][1] > left:
            lo -= 1    # a name that starts before the clause and runs into it
        for idx in range(lo, len(matches)):
            start, end, _m = matches[idx]
            if start > right:
                break
            res = self.names.resolved.get(idx)
            if res is None or not res.country:
                continue
            head = syntactic_head(self.tokens, start, end)   # one look per name, at its head, if in the clause
            if head in own or not left <= head <= right or self.names.at_token.get(head) != idx:
                continue
            tok = self.tokens[head]
            path = _path_to(tok, verb)
            if path is None or any(t.dep_ in OTHER_CLAUSES or _own_clause(t) for t in path):
                continue   # "... said the protesters who marched in Paris": another's
            first = _first_conjunct(tok)
            if self._a_place_of_act(res, first):
                places.setdefault(res.country, tok.text)
            elif self._a_home(res, tok):
                homes.setdefault(res.country, tok.text)
        for seen, how in ((places, "the country of the place it acts in"),
                          (homes, "the country of the home institution its clause names")):
            verdict = one_country(seen, how)
            if verdict is not None:
                return verdict
        return None

    @staticmethod
    def _a_place_of_act(res: Resolution, first: Token) -> bool:
        """A place name after a preposition of place ("in Lagos") or in the "of" phrase of a settled place the act is
        in or on ("in the town of Chibok", "shelled the outskirts of Goma"); a nationality adjective or a place name
        on a settled place ("in the Chadian border town of Abeche", "in several London districts", "fled a Syrian
        border village")."""
        if set(res.sectors) - {"GOV"}:
            return False
        if res.kind in ("capital", "place", "country") and first.dep_ == "pobj" and (
                first.head.lower_ in PLACE_OF_ACT_PREPS or (first.head.lower_ == "of" and _settled(first.head.head))):
            return True
        return res.kind in ("adjective", "country", "capital", "place") and first.dep_ in ("amod", "compound") and \
            _settled(first.head)

    def _a_home(self, res: Resolution, tok: Token) -> bool:
        """A home institution: a legislature, court, party or opposition named ("the Knesset", a re-homed "Senate"),
        or a country that owns or qualifies one ("India's parliament complex", "the Kenyan parliament")."""
        if set(res.sectors) & HOME_SECTORS:
            return not (res.entry is not None and res.entry.generic and "re-homed" not in res.why)   # "the Senate"?
        if res.kind not in ("country", "adjective") or res.sectors or tok.dep_ not in ("poss", "amod", "compound"):
            return False
        noun = tok.head
        for word in (noun, *(c for c in noun.children if c.dep_ == "compound" and c.i < noun.i)):
            agent = self.resolver.dictionary.agents.get(word.lemma_.lower())
            if agent is not None and agent.sector in HOME_SECTORS and not agent.person:
                return True
        return False


__all__ = ["ClauseCountryFinder", "LOCAL_ACTORS", "LOCAL_SECTORS", "one_country"]
