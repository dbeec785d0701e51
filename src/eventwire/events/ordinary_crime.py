"""Ordinary crime is no political event: "A gunman shot dead a local shopkeeper outside his home in Chicago on
Sunday" tells a killing, not an act of one political actor on another. A trigger of violence against people
(``codes`` of data/filters/ordinary_crime.yaml: assault, abduction, killing) is left out, with a reason that
``eventwire explain`` shows, when every pair is a private doer (a civilian or criminal, or an armed doer naming no
group: "a gunman") against one private person (a civilian, business owner or worker; not a crowd, not several
victims) of the same country, and the sentence names no political actor (beside those who tell the news: "police
said"), cause or group. Killings of officials, politicians, journalists, activists, police or soldiers, attacks on
people of another country and mass attacks stay events."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Span, Token

from ..dictionaries.files import data_path, load_yaml, word_list
from ..errors import DictionaryError
from ..records import ActorRef

__all__ = ["CrimeRules"]

_KEYS = ("codes", "doer_sectors", "unnamed_attackers", "victim_sectors", "collective_victims", "handler_sectors",
         "political_sectors", "political_words", "political_phrases")
# tags of a single person named by a noun ("a shopkeeper", "John Smith")
_SINGULAR_TAGS = frozenset({"NN", "NNP"})
# entity types of a word naming a side ("Palestinian gunmen", "Taliban gunmen")
_SIDE_ENTS = frozenset({"NORP", "ORG", "PERSON"})


@dataclass(frozen=True)
class CrimeRules:
    """The word and sector lists of data/filters/ordinary_crime.yaml (see the file's header)."""

    codes: tuple[str, ...]
    doer_sectors: frozenset[str]
    unnamed_attackers: frozenset[str]
    victim_sectors: frozenset[str]
    collective_victims: frozenset[str]
    handler_sectors: frozenset[str]
    political_sectors: frozenset[str]
    political_words: frozenset[str]
    political_phrases: tuple[str, ...]

    @classmethod
    def load(cls, path: Path | None = None) -> "CrimeRules":
        """Reads and validates the file: every key present, each a non-empty list of words, no other key."""
        path = path or data_path("filters", "ordinary_crime.yaml")
        raw = load_yaml(path)
        if not isinstance(raw, dict):
            raise DictionaryError(str(path), None, "must be a mapping of the keys " + ", ".join(_KEYS))
        line = raw.get("__line__")
        unknown = sorted(set(raw) - set(_KEYS) - {"__line__"})
        if unknown:
            raise DictionaryError(str(path), line, f"unknown key(s) {unknown}; allowed: {list(_KEYS)}")
        lists = {key: word_list(path, line, key, raw.get(key)) for key in _KEYS}
        bad = [c for c in lists["codes"] if not (c.isdigit() and 2 <= len(c) <= 4 and c.startswith("18"))]
        if bad:
            raise DictionaryError(str(path), line, f"codes must be CAMEO codes of root 18, got {bad}")
        return cls(codes=lists["codes"], political_phrases=tuple(f" {p} " for p in lists["political_phrases"]),
                   **{k: frozenset(w.lower() if k.endswith(("words", "attackers", "victims")) else w
                                   for w in lists[k])
                      for k in _KEYS if k not in ("codes", "political_phrases")})

    # ------------------------------------------------------------------ the test
    def reason(self, f: Any, sent: Span, mentions: list, reporting: frozenset[str]) -> str:
        """Why the fired trigger ``f`` (with its pairs) is ordinary crime, or "". ``mentions``: the document's
        actor mentions (ActorMention); ``reporting``: lemmas of reporting verbs (their subjects tell the news)."""
        if not f.pairs or not f.code or not f.code.startswith(self.codes):
            return ""
        for s, t in f.pairs:
            if t is None or not self._private_doer(s, mentions) or not self._private_victim(t):
                return ""
            if not s.ref.code or not t.ref.code or s.ref.code[:3] != t.ref.code[:3]:
                return ""     # an act against people of another country
        context = self._political_context(f, sent, mentions, reporting)
        if context:
            return ""
        s, t = f.pairs[0]
        return (f"ordinary crime: a private doer ('{s.token.text}', {s.ref.code}) against one private person "
                f"('{t.token.text}', {t.ref.code}) with no political actor, cause or group in the sentence "
                "(data/filters/ordinary_crime.yaml)")

    def _private_doer(self, a: Any, mentions: list) -> bool:
        sectors = set(a.ref.sectors or ())
        if sectors and sectors <= self.doer_sectors:
            return True
        if sectors != {"REB"} or a.ref.name or a.token.lemma_.lower() not in self.unnamed_attackers \
                and a.token.lower_ not in self.unnamed_attackers:
            return False
        # "Taliban gunmen", "gunmen of the Islamic State", "gunmen loyal to Hamas": a group is named
        if any(t.ent_type_ in _SIDE_ENTS or t.pos_ == "PROPN" or t.lower_ in self.political_words
               for t in a.token.subtree if t is not a.token):
            return False
        mention = next((m for m in mentions if m.head_token == a.token.i), None)
        return mention is None or "claimed by" not in (mention.why or "")   # (claimed_attacks: the group's)

    def _private_victim(self, a: Any) -> bool:
        sectors = set(a.ref.sectors or ())
        if not sectors or not sectors <= self.victim_sectors:
            return False
        tok: Token = a.token
        if a.person is None and (tok.tag_ not in _SINGULAR_TAGS or tok.lemma_.lower() in self.collective_victims):
            return False
        # "a Hindu trader", "a Sikh shopkeeper": a victim named by faith or people may be a sectarian or hate crime
        if any(t.ent_type_ == "NORP" for t in tok.lefts):
            return False
        # "a rabbi and three children": one victim among several is a mass attack
        return not any(c.dep_ == "conj" for c in tok.children) and tok.dep_ != "conj"

    def _political_context(self, f: Any, sent: Span, mentions: list, reporting: frozenset[str]) -> str:
        """The political actor, cause or group word the sentence names, or ""."""
        words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
        found = words & self.political_words
        if found:
            return min(found)
        text = " " + " ".join(t.lower_ for t in sent if not t.is_space) + " "
        phrase = next((p for p in self.political_phrases if p in text), "")
        if phrase:
            return phrase.strip()
        # (the doer and victim again: "his home", "John Smith, a local businessman")
        own = {a.ref.code for pair in f.pairs for a in pair if a is not None}
        country = f.pairs[0][0].ref.code[:3]
        for m in mentions:
            if not sent.start <= m.head_token < sent.end or m.ref.code in own:
                continue
            if self._political_actor(m.ref, country) and not _tells(sent.doc[m.head_token], reporting):
                return m.ref.code or ""
        return ""

    def _political_actor(self, ref: ActorRef, country: str) -> bool:
        code = ref.code or ""
        if not code:
            return False
        if code.startswith(("IGO", "NGO")) or code[:3] != country:
            return True      # an international body, another country
        sectors = set(ref.sectors or ())
        return bool(sectors & self.political_sectors) and not sectors & self.handler_sectors


def _tells(tok: Token, reporting: frozenset[str]) -> bool:
    """The mention tells the news: the subject of a reporting verb ("the ministry said"), the object of
    "according to", or a word of such a phrase."""
    head = tok
    while head.dep_ in ("compound", "amod", "poss", "conj", "appos") and head.head is not head:
        head = head.head
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in reporting:
        return True
    return head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according"
