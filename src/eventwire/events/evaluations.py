"""Reported evaluations as events: "X said Y's move was a mistake" is X criticising Y (111).

A speaker judging another actor or its acts makes an event by the judgement itself: criticism
(111), accusation (112), praise (051). The verb lexicon codes the explicit acts ("X criticised
Y"); this module reads the judgements that stand inside reported speech:

* a reporting verb (``data/quotes/reporting_verbs.yaml``, groups listed under ``speech`` in
  ``data/cameo/evaluations.yaml``) with a complement clause whose predicate is evaluative:
  "said Clinton's plan would be a disaster", "said the sanctions were illegal", "said Y was lying",
  "said Y had done a great job";
* a small clause of a naming verb: "called the sanctions illegal", "branded Y a terrorist state",
  "described Y as a threat", "viewed Washington's move as a provocation".

Source = the speaker, target = the judged actor: the subject of the complement, the owner of the
judged thing ("Y's decision", "the decision by Y", "the sanctions imposed by Y", "US sanctions").
No event when the judgement is negated ("was not a mistake"), conditional or hedged ("could be a
threat", "would be a mistake if"), asked ("whether", a question), when speaker and target are one
actor, when no target actor is found, or when the pattern lexicon already coded a comment,
criticism, rejection or threat (roots 05, 11, 12, 13) by the same speaker in the sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Span, Token

from ..dictionaries.cameo_codes import CameoCodes
from ..dictionaries.files import data_path, load_yaml
from ..document import CodedDocument
from ..errors import DictionaryError
from ..ids import event_id
from ..quotes.lexicon import QuoteLexicon
from ..records import ActorRef, Attribution, Event, Evidence, Speaker
from . import background, syntax
from .arguments import Arg, ArgumentFinder
from .modality import ModalityRules, detect

__all__ = ["EvaluationCoder", "EvaluationLexicon", "EvaluativeWord"]

RULE_PREFIX = "cameo/evaluations.yaml#"
POLARITY_ROOTS = {"negative": ("11", "12"), "positive": ("05",)}
WORD_KINDS = ("nouns", "adjectives", "verbs", "phrases")
# roots of pattern-coded events that already say what the speaker thinks of someone
COVERING_ROOTS = frozenset({"05", "11", "12", "13"})
_COPULAS = frozenset({"be", "remain", "become", "seem", "appear"})
_HEDGES = frozenset({"could", "might", "may", "can", "ca"})
_THING_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "which", "what", "something", "nothing"})
_PREDICATE_DEPS = ("attr", "acomp", "oprd")


@dataclass(frozen=True)
class EvaluativeWord:
    """One evaluative word or phrase of an entry: ``head`` lemma, other words among its modifiers."""

    entry: str
    code: str
    polarity: str
    kind: str                      # nouns | adjectives | verbs | phrases
    head: str
    modifiers: tuple[str, ...] = ()
    line: int | None = None

    @property
    def rule(self) -> str:
        return RULE_PREFIX + self.entry


@dataclass
class EvaluationLexicon:
    """``data/cameo/evaluations.yaml``: evaluative words, light verbs and the verbs that judge."""

    predicates: dict[str, list[EvaluativeWord]] = field(default_factory=dict)   # nouns, adjectives, phrases
    verbs: dict[str, list[EvaluativeWord]] = field(default_factory=dict)
    light_verbs: dict[str, frozenset[str]] = field(default_factory=dict)      # verb lemma -> entry ids
    speech_groups: frozenset[str] = frozenset()
    speech_exclude: frozenset[str] = frozenset()
    as_verbs: frozenset[str] = frozenset()

    @classmethod
    def load(cls, path: Path | None = None, *, cameo: CameoCodes | None = None) -> "EvaluationLexicon":
        path = path or data_path("cameo", "evaluations.yaml")
        data = load_yaml(path)
        where = str(path)
        if not isinstance(data, dict) or not isinstance(data.get("entries"), list) or not data["entries"]:
            raise DictionaryError(where, None, "expected a mapping with a non-empty 'entries' list")
        _only(data, {"entries", "light_verbs", "speech"}, where, data.get("__line__"))
        lex = cls()
        ids: set[str] = set()
        seen: dict[tuple[str, str], str] = {}
        for entry in data["entries"]:
            lex._load_entry(entry, where, cameo, ids, seen)
        lex._load_light_verbs(data.get("light_verbs") or {}, where, ids)
        lex._load_speech(data.get("speech"), where)
        return lex

    def _load_entry(self, entry: Any, where: str, cameo: CameoCodes | None, ids: set[str],
                    seen: dict[tuple[str, str], str]) -> None:
        if not isinstance(entry, dict):
            raise DictionaryError(where, None, "each entry must be a mapping")
        line = entry.get("__line__")
        _only(entry, {"id", "code", "polarity", *WORD_KINDS}, where, line)
        eid, code, polarity = entry.get("id"), entry.get("code"), entry.get("polarity")
        if not isinstance(eid, str) or not eid or eid in ids:
            raise DictionaryError(where, line, f"entry id missing or repeated: {eid!r}")
        ids.add(eid)
        if not isinstance(code, str) or not code.isdigit():
            raise DictionaryError(where, line, f"entry {eid}: code must be a quoted CAMEO code, got {code!r}")
        if cameo is not None and code not in cameo:
            raise DictionaryError(where, line, f"entry {eid}: code {code} is not in codes.tsv")
        if polarity not in POLARITY_ROOTS:
            raise DictionaryError(where, line, f"entry {eid}: polarity must be negative or positive")
        if not code.startswith(POLARITY_ROOTS[polarity]):
            raise DictionaryError(where, line, f"entry {eid}: a {polarity} word cannot code {code} "
                                               f"(roots {', '.join(POLARITY_ROOTS[polarity])})")
        if not any(entry.get(k) for k in WORD_KINDS):
            raise DictionaryError(where, line, f"entry {eid}: give nouns, adjectives, verbs or phrases")
        for kind in WORD_KINDS:
            words = entry.get(kind) or []
            if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
                raise DictionaryError(where, line, f"entry {eid}: {kind} must be a list of words")
            for raw in words:
                parts = raw.lower().split()
                if kind == "phrases" and len(parts) < 2:
                    raise DictionaryError(where, line, f"entry {eid}: phrase {raw!r} needs two or more words")
                if kind == "verbs" and len(parts) > 2:
                    raise DictionaryError(where, line, f"entry {eid}: verb {raw!r}: one verb, optional preposition")
                key = (("verbs" if kind == "verbs" else "predicates"), " ".join(parts))
                if key in seen:
                    raise DictionaryError(where, line, f"entry {eid}: {raw!r} is already in entry {seen[key]}")
                seen[key] = eid
                if kind == "verbs":   # "lie about": the verb with that preposition
                    word = EvaluativeWord(eid, code, polarity, kind, parts[0], tuple(parts[1:]), line)
                    self.verbs.setdefault(parts[0], []).append(word)
                else:                 # "great job", "war criminal": head last, modifiers before it
                    word = EvaluativeWord(eid, code, polarity, kind, parts[-1], tuple(parts[:-1]), line)
                    self.predicates.setdefault(parts[-1], []).append(word)
        for table in (self.verbs, self.predicates):   # the most specific phrase first
            for words in table.values():
                words.sort(key=lambda w: -len(w.modifiers))

    def _load_light_verbs(self, raw: Any, where: str, ids: set[str]) -> None:
        if not isinstance(raw, dict):
            raise DictionaryError(where, None, "light_verbs must map verb lemmas to lists of entry ids")
        for verb, entries in raw.items():
            if verb == "__line__":
                continue
            if not isinstance(entries, list) or not all(e in ids for e in entries):
                raise DictionaryError(where, raw.get("__line__"), f"light verb {verb!r}: list ids of entries above")
            self.light_verbs[str(verb).lower()] = frozenset(entries)

    def _load_speech(self, raw: Any, where: str) -> None:
        if not isinstance(raw, dict):
            raise DictionaryError(where, None, "'speech' must be a mapping with groups, exclude and as_verbs")
        line = raw.get("__line__")
        _only(raw, {"groups", "exclude", "as_verbs"}, where, line)
        for key in ("groups", "exclude", "as_verbs"):
            words = raw.get(key) or []
            if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
                raise DictionaryError(where, line, f"speech.{key} must be a list of words")
        if not raw.get("groups"):
            raise DictionaryError(where, line, "speech.groups must name reporting verb groups")
        self.speech_groups = frozenset(raw["groups"])
        self.speech_exclude = frozenset(" ".join(w.lower().split()) for w in raw.get("exclude") or [])
        self.as_verbs = frozenset(w.lower() for w in raw.get("as_verbs") or [])

    # ------------------------------------------------------------------ look-ups
    def predicate(self, tok: Token) -> EvaluativeWord | None:
        """The evaluative noun/adjective/phrase headed by ``tok`` ("a disaster", "a great job")."""
        words = _candidates(self.predicates, tok)
        return _fitting(words, _modifier_words(tok)) if words else None

    def verb(self, tok: Token) -> EvaluativeWord | None:
        """The evaluative verb at ``tok`` ("was lying", "lied about"), its preposition present."""
        words = _candidates(self.verbs, tok)
        return _fitting(words, {c.lower_ for c in tok.children if c.dep_ in ("prep", "prt", "dative")}) if words else None


def _candidates(table: dict[str, list[EvaluativeWord]], tok: Token) -> list[EvaluativeWord]:
    """Words listed under the token's lemma, then under its own form ("lying"), most specific first."""
    lemma, text = syntax.forms(tok)
    words = list(table.get(lemma, []))
    if text != lemma:
        words += table.get(text, [])
    return sorted(words, key=lambda w: -len(w.modifiers))


def _fitting(words: list[EvaluativeWord], present: set[str]) -> EvaluativeWord | None:
    for word in words:
        if all(m in present for m in word.modifiers):
            return word
    return None


def _modifier_words(tok: Token) -> set[str]:
    out: set[str] = set()
    for left in tok.lefts:
        for t in left.subtree:
            out.update(syntax.forms(t))
    return out


def _only(mapping: dict, allowed: set[str], where: str, line: int | None) -> None:
    unknown = set(mapping) - allowed - {"__line__"}
    if unknown:
        raise DictionaryError(where, line, f"unknown key(s): {', '.join(sorted(unknown))}")


@dataclass
class Judgement:
    """What the parse says: ``speaker_verb`` frames a judgement ``word`` (at ``trigger``) of ``judged``."""

    speaker_verb: Token
    judged: Token
    trigger: Token
    word: EvaluativeWord
    clause: Token | None      # the complement's verb, None for a small clause


class EvaluationCoder:
    """Codes reported evaluations of a CodedDocument whose actors, events and quotes are found."""

    def __init__(self, lexicon: EvaluationLexicon, quotes: QuoteLexicon, cameo: CameoCodes,
                 rules: ModalityRules) -> None:
        self.lexicon = lexicon
        self.quotes = quotes
        self.cameo = cameo
        self.rules = rules
        self._conditions = rules.markers.get("hypothetical", frozenset())

    def code(self, cdoc: CodedDocument) -> list[Event]:
        if cdoc.doc is None:
            return []
        finder = ArgumentFinder(cdoc.actor_at)
        covered: dict[int, list[Event]] = {}
        for ev in cdoc.events:
            covered.setdefault(ev.sentence, []).append(ev)
        out: list[Event] = []
        for index, sent in enumerate(cdoc.doc.sents):
            if background.is_question(sent):
                continue
            out.extend(self._code_sentence(cdoc, sent, index, finder, covered.get(index, [])))
        return out

    def _code_sentence(self, cdoc: CodedDocument, sent: Span, index: int, finder: ArgumentFinder,
                       prior: list[Event]) -> list[Event]:
        events: list[Event] = []
        seen: set[tuple[str | None, str | None]] = set()
        for tok in sent:
            if not self._judges(tok):
                continue
            for jm in self._judgements(tok):
                if self._cancelled(jm):
                    continue
                sources = self._speakers(tok, finder)
                targets = self._judged_actors(jm.judged, finder)
                if not targets and jm.judged.pos_ == "PRON":   # '"She's a disgrace," X said of Clinton'
                    targets = [a for p in syntax.children(tok, "prep") if p.lower_ in ("of", "about")
                               for o in syntax.prep_objects(p) for a in finder.actors(o, f"'{p.lower_}' object")]
                for s in sources:
                    for t in targets:
                        if not s.ref.code or not t.ref.code or s.ref.code == t.ref.code or s.ref is t.ref:
                            continue
                        key = (s.ref.code, t.ref.code)
                        if key in seen or self._covered(s.ref, jm, prior):
                            continue
                        seen.add(key)
                        events.append(self._event(cdoc, sent, index, jm, s.ref, t.ref))
        return events

    # ------------------------------------------------------------------ the parse
    def _judges(self, verb: Token) -> bool:
        """A reporting verb of the configured groups (not a question or a denial), or an as-verb."""
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        lemma = verb.lemma_.lower()
        if lemma in self.lexicon.as_verbs:
            return True
        particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep")}
        entry = self.quotes.verb(lemma, particles)
        if entry is None or entry.group not in self.lexicon.speech_groups:
            return False
        name = f"{entry.lemma} {entry.particle}" if entry.particle else entry.lemma
        return name not in self.lexicon.speech_exclude and lemma not in self.lexicon.speech_exclude

    def _judgements(self, verb: Token) -> list[Judgement]:
        out: list[Judgement] = []
        lemma = verb.lemma_.lower()
        as_only = lemma in self.lexicon.as_verbs
        judged = syntax.children(verb, *syntax.OBJ) or (
            syntax.children(verb, *syntax.PASS_SUBJ) if syntax.is_passive(verb) else [])
        # "described Y as a threat", "slammed the hearings as a disgrace"
        for obj in judged[:1]:
            for prep in syntax.children(verb, "prep"):
                if prep.lower_ == "as":
                    for pred in prep.children:
                        if pred.dep_ in ("pobj", "amod", "acomp", "attr", "advmod"):
                            word = self.lexicon.predicate(pred)
                            if word is not None:
                                out.append(Judgement(verb, obj, pred, word, None))
        if as_only:
            return out
        # "called the sanctions illegal", "branded North Korea an outlaw nation" (two objects)
        for obj in judged[:1] if self._names(verb) else []:
            for pred in syntax.children(verb, *_PREDICATE_DEPS, "xcomp", *syntax.OBJ):
                word = self.lexicon.predicate(pred)
                if word is not None and pred.i > obj.i:
                    out.append(Judgement(verb, obj, pred, word, None))
        for clause in self._complements(verb):
            out.extend(self._clause_judgements(verb, clause))
        return out

    def _names(self, verb: Token) -> bool:
        """A naming verb: its object and a predicate make a small clause ("called Y a liar")."""
        entry = self.quotes.verb(verb.lemma_.lower(), set())
        return entry is not None and "predicate" in entry.complements

    @staticmethod
    def _complements(verb: Token) -> list[Token]:
        """The verb's complement clauses; for '"...," X said' the quoted main clause."""
        comps = syntax.children(verb, "ccomp", "xcomp")
        if verb.dep_ == "parataxis" and verb.head is not verb and verb.head.i < verb.i:
            comps.append(verb.head)
        return comps

    def _clause_judgements(self, verb: Token, clause: Token) -> list[Judgement]:
        if any(c.dep_ == "mark" and c.lower_ in self._conditions for c in clause.children):
            return []     # "asked whether Y was corrupt", "said that if Y ..."
        subjects = syntax.children(clause, *syntax.SUBJ, *syntax.PASS_SUBJ)
        if not subjects:
            return []
        subj = subjects[0]
        lemma = clause.lemma_.lower()
        out: list[Judgement] = []
        if lemma in _COPULAS or clause.pos_ in ("NOUN", "PROPN", "ADJ"):
            preds = syntax.children(clause, *_PREDICATE_DEPS) if lemma in _COPULAS else [clause]
            for pred in preds:
                for p in syntax.conjuncts(pred):
                    word = self.lexicon.predicate(p) or self._inner_phrase(p)
                    if word is not None:
                        out.append(Judgement(verb, subj, p, word, clause))
                        break
        word = self.lexicon.verb(clause)
        # "Y failed", "Y failed its people"; not "Y failed to find the cause" (an act that did not happen)
        if word is not None and not syntax.children(clause, "xcomp"):
            out.append(Judgement(verb, subj, clause, word, clause))
        light = self.lexicon.light_verbs.get(lemma)
        if light:   # "Y had done a great job", "Y made a big mistake"
            for obj in syntax.children(clause, *syntax.OBJ):
                found = self.lexicon.predicate(obj)
                if found is not None and found.entry in light:
                    out.append(Judgement(verb, subj, obj, found, clause))
        return out

    def _inner_phrase(self, pred: Token) -> EvaluativeWord | None:
        """"a step in the right direction": a phrase in the predicate's 'in' phrase."""
        for prep in syntax.children(pred, "prep"):
            if prep.lower_ == "in":
                for pobj in syntax.children(prep, "pobj"):
                    word = self.lexicon.predicate(pobj)
                    if word is not None and word.kind == "phrases":
                        return word
        return None

    def _cancelled(self, jm: Judgement) -> bool:
        """Negated, hedged or conditional judgements, and judgements by a negated or unreal speaker."""
        mod = detect(jm.speaker_verb, self.rules, noun=False)
        if mod.modality != "asserted":
            return True
        for tok in (jm.trigger, jm.clause):
            if tok is None:
                continue
            if any(c.dep_ == "neg" or (c.dep_ in ("advmod", "det", "preconj") and c.lower_ in self.rules.negations)
                   for c in tok.children):
                return True
        if jm.clause is not None:
            if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _HEDGES for c in jm.clause.children):
                return True
            if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in self._conditions
                                             for m in c.children) for c in jm.clause.children):
                return True
            if any(c.dep_ in ("xcomp", "ccomp", "csubj") and c.i > jm.trigger.i for c in jm.clause.children) \
                    and jm.judged.lower_ in _THING_PRONOUNS:
                return True   # "it would be a mistake to withdraw": the judged act has no actor
        return False

    # ------------------------------------------------------------------ the actors
    def _speakers(self, verb: Token, finder: ArgumentFinder) -> list[Arg]:
        found = finder.verb_sources(verb)
        if not found and verb.dep_ == "acl" and verb.head.lemma_.lower() in self.quotes.document_nouns:
            lv = syntax.light_verb(verb.head)     # "issued a statement calling the test a violation"
            if lv is not None:
                found = finder.verb_sources(lv)
        return found

    @staticmethod
    def _judged_actors(judged: Token, finder: ArgumentFinder) -> list[Arg]:
        """The actor judged: the judged phrase itself or its owner ("Y's plan", "US sanctions"),
        the 'by' agent of a judged act, the actor of a clause describing it ("the sanctions
        imposed by Y"). A thing pronoun ("it", "this") judges no actor."""
        if judged.lower_ in _THING_PRONOUNS:
            return []
        found = finder.actors(judged, "judged")
        if found or judged.pos_ not in syntax.NOUN_POS:
            return found
        for prep in syntax.children(judged, "prep"):
            if prep.lower_ == "by":
                for pobj in syntax.prep_objects(prep):
                    found = finder.actors(pobj, "'by' agent of the judged act")
                    if found:
                        return found
        for clause in syntax.children(judged, "acl", "relcl"):
            found = []
            if clause.dep_ == "relcl" and not syntax.is_passive(clause):
                subjects = [s for s in syntax.children(clause, *syntax.SUBJ) if s.lower_ not in _THING_PRONOUNS]
                found = [a for s in subjects for a in finder.actors(s, "doer of the judged act")]
            elif syntax.is_passive(clause) or clause.tag_ == "VBN":
                found = [a for ag in syntax.children(clause, "agent") for p in syntax.children(ag, "pobj")
                         for a in finder.actors(p, "agent of the judged act")]
            if found:
                return found
        return []

    @staticmethod
    def _covered(source: ActorRef, jm: Judgement, prior: list[Event]) -> bool:
        """The pattern lexicon coded this speaker's stance in the sentence, or an event at this word."""
        for ev in prior:
            if ev.root in COVERING_ROOTS and ev.source is not None and ev.source.code == source.code:
                return True
            ts = ev.evidence.trigger_start
            if ts is not None and ev.evidence.trigger_end is not None and \
                    ts <= jm.trigger.idx < ev.evidence.trigger_end:
                return True
        return False

    # ------------------------------------------------------------------ records
    def _event(self, cdoc: CodedDocument, sent: Span, index: int, jm: Judgement,
               source: ActorRef, target: ActorRef) -> Event:
        entry = self.cameo.get(jm.word.code)
        trig = jm.trigger
        first = trig
        if jm.word.modifiers and jm.word.kind != "verbs":   # the whole phrase: "great job"
            lefts = [t for t in trig.subtree if t.i < trig.i and syntax.forms(t)[0] in jm.word.modifiers
                     or t.i < trig.i and t.lower_ in jm.word.modifiers]
            first = min(lefts, key=lambda t: t.i) if lefts else trig
        t_start, t_end = first.idx, trig.idx + len(trig.text)
        evidence = Evidence(text=sent.text, trigger=cdoc.doc.text[t_start:t_end], start=sent.start_char,
                            end=sent.end_char, trigger_start=t_start, trigger_end=t_end)
        ev = Event(article_id=cdoc.article.id, sentence=index, source=_copy(source), target=_copy(target),
                   cameo=jm.word.code, root=jm.word.code[:2], plover=entry.plover, quad_class=entry.quad_class,
                   goldstein=entry.goldstein, evidence=evidence, rule=jm.word.rule, modality="asserted",
                   confidence=0.6 if jm.clause is not None else 0.65,
                   attribution=_reported_by(jm.speaker_verb, cdoc, source))
        ev.id = event_id(ev.article_id, index, t_start, ev.cameo, source.code, target.code)
        return ev


def _reported_by(verb: Token, cdoc: CodedDocument, source: ActorRef) -> Attribution | None:
    """The judgement is the speaker's act, asserted by the text; it is reported by someone else
    only when the reporting verb itself stands inside another speaker's quote."""
    pos = verb.idx
    best = None
    for q in cdoc.quotes:
        if q.start <= pos < q.end and (best is None or q.end - q.start < best.end - best.start):
            best = q
    if best is None or best.speaker is None or best.speaker.start == source.start \
            or (best.speaker.code is not None and best.speaker.code == source.code):
        return None
    sp = best.speaker
    return Attribution(speaker=Speaker(sp.text, sp.start, sp.end, sp.name, sp.code), via=best.via)


def _copy(ref: ActorRef) -> ActorRef:
    return ActorRef(ref.text, ref.start, ref.end, ref.name, ref.code, ref.country, list(ref.sectors))
