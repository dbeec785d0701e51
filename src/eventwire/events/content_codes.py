"""What an act is about sets its CAMEO sub-code: fighting that breaks a truce (196), a protest or a riot
demanding a leader go (1411, 1451) or a policy change (1412, 1452).

The lexicon codes an act by its verb ("shelled" 194, "marched" 141); what the act is about often sits in a
phrase hung on the verb: "shelled the town despite the ceasefire", "traded fire, breaching a truce",
"marched through the capital demanding his resignation", "stormed the parliament, demanding that the
president resign". ``data/cameo/content_codes.yaml`` lists, per general code, the cue that opens such a
phrase (a preposition, a participle or purpose verb, a noun in apposition) and the words that must be in it.
The reader looks only at the phrases hung on the trigger (or on the light verb of a trigger noun), not at
the rest of the sentence, so "accused the rebels of shelling the town despite the truce" (112) is untouched.
The event keeps its pattern's rule; the trace tells the rule of the table that set the code.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Token

from ..dictionaries.cameo_codes import CameoCodes
from ..dictionaries.files import data_path, load_yaml, word_list
from ..errors import DictionaryError

__all__ = ["ContentRule", "ContentCodes"]

_KEYS = ("id", "from", "code", "cue_preps", "cue_verbs", "words", "examples")
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass", "neg", "punct", "cc"})


@dataclass(frozen=True)
class ContentRule:
    """One row of the table: events coded ``sources`` (codes or roots) become ``code`` when a phrase of
    the trigger opens with one of ``cue_preps`` / ``cue_verbs`` and holds one of ``words``."""

    id: str
    sources: tuple[str, ...]
    code: str
    cue_preps: tuple[tuple[str, ...], ...]
    cue_verbs: frozenset[str]
    words: tuple[str, ...]

    def applies_to(self, code: str) -> bool:
        return any(code == s or (len(s) == 2 and code.startswith(s)) for s in self.sources) and code != self.code

    def fits(self, phrase_head: Token) -> bool:
        """``phrase_head``: a child of the trigger; its phrase opens with a cue and holds a listed word."""
        tokens = sorted(phrase_head.subtree, key=lambda t: t.i)
        lowers = [t.lower_ for t in tokens]
        opens = phrase_head.lemma_.lower() in self.cue_verbs or any(
            lowers[:len(cue)] == list(cue) for cue in self.cue_preps)
        if not opens:
            return False
        lemmas = " " + " ".join(t.lemma_.lower() for t in tokens) + " "
        return any(f" {w} " in lemmas for w in self.words)


class ContentCodes:
    """The table of ``data/cameo/content_codes.yaml``, loaded and validated once per coder."""

    def __init__(self, rules: list[ContentRule]) -> None:
        self.rules = rules

    @classmethod
    def load(cls, cameo: CameoCodes | None = None, path: Path | None = None) -> "ContentCodes":
        """Reads and validates the file: a mapping with a list ``rules``; each rule has exactly the keys
        id, from, code, cue_preps, cue_verbs, words, examples; codes exist in the CAMEO table."""
        path = path or data_path("cameo", "content_codes.yaml")
        raw = load_yaml(path)
        if not isinstance(raw, dict) or not isinstance(raw.get("rules"), list):
            raise DictionaryError(str(path), None, "must be a mapping with a list 'rules'")
        rules, seen = [], set()
        for row in raw["rules"]:
            line = row.get("__line__") if isinstance(row, dict) else None
            if not isinstance(row, dict) or set(row) - {"__line__"} != set(_KEYS):
                raise DictionaryError(str(path), line, f"each rule needs exactly the keys {list(_KEYS)}")
            rid = row["id"]
            if not isinstance(rid, str) or rid in seen:
                raise DictionaryError(str(path), line, f"rule id {rid!r} is no string or is used twice")
            seen.add(rid)
            sources = word_list(path, line, f"{rid}.from", row["from"])
            code = row["code"]
            for c in (code, *sources):
                if not (isinstance(c, str) and c.isdigit() and 2 <= len(c) <= 4) or \
                        (cameo is not None and c not in cameo):
                    raise DictionaryError(str(path), line, f"{rid}: {c!r} is no CAMEO code")
            if not all(code.startswith(s[:2]) for s in sources):
                raise DictionaryError(str(path), line, f"{rid}: {code} must share the root of {list(sources)}")
            preps = row["cue_preps"]
            preps = word_list(path, line, f"{rid}.cue_preps", preps) if preps else ()
            verbs = word_list(path, line, f"{rid}.cue_verbs", row["cue_verbs"])
            if not preps and not verbs:
                raise DictionaryError(str(path), line, f"{rid}: needs cue_preps or cue_verbs")
            word_list(path, line, f"{rid}.examples", row["examples"])
            rules.append(ContentRule(rid, sources, code, tuple(tuple(p.lower().split()) for p in preps),
                                     frozenset(v.lower() for v in verbs),
                                     tuple(w.lower() for w in word_list(path, line, f"{rid}.words", row["words"]))))
        return cls(rules)

    def refine(self, code: str, trigger: Token) -> tuple[str, str] | None:
        """(sub-code, rule id) for an event coded ``code`` at ``trigger``, or None."""
        rules = [r for r in self.rules if r.applies_to(code)]
        if not rules:
            return None
        for phrase_head in _phrases(trigger):
            for rule in rules:
                if rule.fits(phrase_head):
                    return rule.code, rule.id
        return None


def _phrases(trigger: Token) -> list[Token]:
    """Heads of the phrases an act's content may sit in: the children after the trigger that are no
    subject, auxiliary or punctuation; for a trigger noun that is a light verb's object ("launched an
    offensive despite the truce"), the light verb's such children too; and the preposition phrases of
    the trigger's object."""
    holders = [trigger]
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "dobj":
        holders.append(trigger.head)
    phrases = [c for h in holders for c in h.children
               if c.i > trigger.i and c.dep_ not in _SUBJECT_DEPS and c is not trigger]
    # the parser often hangs a closing phrase on the object ("attacked positions in violation of the truce")
    return phrases + [c for o in phrases if o.dep_ == "dobj" for c in o.children if c.dep_ == "prep"]
