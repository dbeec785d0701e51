"""The evaluative words of ``data/cameo/evaluations.yaml``, validated on load (errors name file and line).

Used by ``eventwire.events.evaluations``: reported judgements ("X said Y's move was a mistake")
coded as criticism, accusation or praise. The checked reads of one section (allowed keys, word lists, roots, a
section's code) are ``evaluation_sections``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DictionaryError
from .cameo_codes import CameoCodes
from .evaluation_sections import (POLARITY_ROOTS, coded_section, item_pairs, only_keys, root_list, section_code,
                                  word_list)
from .files import data_path, load_yaml

__all__ = ["EvaluationLexicon", "EvaluativeWord", "Stance"]

RULE_PREFIX = "cameo/evaluations.yaml#"
WORD_KINDS = ("nouns", "adjectives", "verbs", "phrases")


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
    objects: tuple[str, ...] = ()  # verbs: the object lemmas one of which the verb needs ("abandoned its allies")

    @property
    def rule(self) -> str:
        return RULE_PREFIX + self.entry


@dataclass(frozen=True)
class Stance:
    """A stance predicate ("opposed to", "critical of"): its word, as an evaluative word, and the
    prepositions that name what it is held against."""

    word: EvaluativeWord
    preps: frozenset[str]
    objects: tuple[tuple[str, EvaluativeWord], ...] = ()   # "opposed to mediation" -> 126: a rejection

    def word_for(self, thing: str) -> EvaluativeWord:
        """The stance's word, or the rejection its object makes of it ("opposed to French mediation")."""
        return next((w for lemma, w in self.objects if lemma == thing), self.word)


@dataclass
class EvaluationLexicon:
    """``data/cameo/evaluations.yaml``: evaluative words, light verbs and the verbs that judge."""

    predicates: dict[str, list[EvaluativeWord]] = field(default_factory=dict)   # nouns, adjectives, phrases
    verbs: dict[str, list[EvaluativeWord]] = field(default_factory=dict)
    light_verbs: dict[str, frozenset[str]] = field(default_factory=dict)      # verb lemma -> entry ids
    speech_groups: frozenset[str] = frozenset()
    speech_exclude: frozenset[str] = frozenset()
    as_verbs: frozenset[str] = frozenset()
    attributing_groups: frozenset[str] = frozenset()
    own_frames: frozenset[str] = frozenset()       # "I think ...": a speaker framing his own judgement
    evidence_frames: frozenset[str] = frozenset()  # "it shows that ...": a thing showing the judgement
    referent_preps: frozenset[str] = frozenset()   # '"He is a liar," X said of Y': the verb's own phrases
    referent_verbs: dict[str, frozenset[str]] = field(default_factory=dict)   # "referring to Y": verb -> preps
    referent_nouns: dict[str, frozenset[str]] = field(default_factory=dict)   # "in reference to Y": noun -> preps
    duties: frozenset[str] = frozenset()           # "failed to protect": a failure that is a judgement
    conduct_verbs: frozenset[str] = frozenset()    # "behaved irresponsibly": the adverb judges the subject
    linking_verbs: frozenset[str] = frozenset()    # "constituted a violation": linked like "be"
    of_heads: frozenset[str] = frozenset()         # "an act of aggression": the judgement in the 'of' phrase
    no_act_nouns: frozenset[str] = frozenset()     # "a dangerous time": the adjective judges no act
    claim_nouns: frozenset[str] = frozenset()      # "said the accusations were unacceptable": its author rejected
    claim_code: str = "120"
    denial_code: str = "016"                       # a coded denial (by verbs/01.yaml) replies to a claim
    denial_words: frozenset[str] = frozenset()     # "dismissed the charge as baseless": a denial (016)
    claim_author_roots: frozenset[str] = frozenset({"01", "11"})   # the acts that make a claim: its author's
    accusation_root: str = "11"                    # with no claim named, the latest accusation's source
    reply_codes: tuple[str, ...] = ("016", "12")   # a denial or rejection (code prefixes): a reply to a claim
    attempt_verbs: frozenset[str] = frozenset()    # "was trying to destabilize Y": the aim judges the subject
    attempt_nouns: frozenset[str] = frozenset()    # "an attempt by Y to undermine the talks"
    act_window: int = 0                            # sentences back a judged noun may name an act told
    act_roots: frozenset[str] = frozenset()        # the material acts a judged noun may name again
    any_act_nouns: frozenset[str] = frozenset()    # "the decision": names the latest act, whatever it was
    patient_nouns: frozenset[str] = frozenset()    # "the invasion of Iraq": the 'of' phrase is the one it was done to
    force_act_nouns: frozenset[str] = frozenset()  # "the strikes": names the latest act of force (force_roots)
    force_roots: frozenset[str] = frozenset()
    act_codes: frozenset[str] = frozenset()        # codes of other roots that are acts too ("116": a verdict)
    announced_roots: frozenset[str] = frozenset()  # acts announced ("will expel" coded 1313): done ones first
    outcome_nouns: frozenset[str] = frozenset()    # "a verdict", "a deal": what an act produced names the act
    act_families: dict[str, frozenset[str]] = field(default_factory=dict)   # "expulsion" -> {expel}
    act_kinds: dict[str, frozenset[str]] = field(default_factory=dict)      # "arrest" -> {173}: the acts it names
    remedy_verbs: frozenset[str] = frozenset()     # "corrected an injustice": the subject is praised
    remedy_code: str = "051"
    blame_code: str = "112"
    blame_adjectives: dict[str, frozenset[str]] = field(default_factory=dict)   # "responsible" -> {for}
    blame_acts: frozenset[str] = frozenset()       # "responsible for the attack": the hostile acts blamed
    blame_starters: frozenset[str] = frozenset()   # "the one who started the row": the verbs of starting
    blame_quarrels: frozenset[str] = frozenset()   # ... and what they start besides the hostile acts
    refusals: dict[str, str] = field(default_factory=dict)    # acceptance rule -> rejection code
    stop_verbs: frozenset[str] = frozenset()    # "warned Y to refrain from ...": Y did the act judged
    superlatives: dict[str, EvaluativeWord] = field(default_factory=dict)   # "greatest" -> 051 (of people only)
    superlative_people: frozenset[str] = frozenset()   # "one of the greatest leaders": the nouns of people
    stances: dict[str, Stance] = field(default_factory=dict)  # "opposed" -> Stance(110, {to})
    active_stances: dict[str, Stance] = field(default_factory=dict)  # "marvel" -> Stance(051, {at}): "marveled at Y"
    path: str = ""
    # derived from the word lists above once, when the lexicon is made or loaded (``_derive``):
    # the nouns that, set after a comma beside a clause, name the clause's act (", a move X called ...",
    # ", a verdict ...", ", an execution ..."): nouns of any act, outcomes, acts of force, of a kind and
    # acts done to someone (``judged_acts``)
    apposed_act_nouns: frozenset[str] = field(default=frozenset(), init=False)
    # the nouns that name the act of a clause the judging clause is joined to ("passed a law, and Britain
    # called the move ..."): nouns of any act and outcomes
    joined_act_nouns: frozenset[str] = field(default=frozenset(), init=False)

    def __post_init__(self) -> None:
        self._derive()

    def _derive(self) -> None:
        """The unions of the word lists the coder asks of each judged noun, made once."""
        self.apposed_act_nouns = self.any_act_nouns | self.outcome_nouns | self.force_act_nouns \
            | self.patient_nouns | frozenset(self.act_kinds)
        self.joined_act_nouns = self.any_act_nouns | self.outcome_nouns

    def is_act(self, code: str) -> bool:
        """An act a judged noun may name again: a code of ``judged_acts.roots``, ``announced_roots`` or ``codes``."""
        return code[:2] in self.act_roots or code[:2] in self.announced_roots \
            or any(code.startswith(c) for c in self.act_codes)

    @classmethod
    def load(cls, path: Path | None = None, *, cameo: CameoCodes | None = None) -> "EvaluationLexicon":
        path = path or data_path("cameo", "evaluations.yaml")
        data = load_yaml(path)
        where = str(path)
        if not isinstance(data, dict) or not isinstance(data.get("entries"), list) or not data["entries"]:
            raise DictionaryError(where, None, "expected a mapping with a non-empty 'entries' list")
        only_keys(data, {"entries", "light_verbs", "speech", "remedies", "blame", "refusals", "stances", "duties",
                         "conduct", "predicates", "judged_acts", "superlatives", "claims"}, where, data.get("__line__"))
        lex = cls(path=where)
        ids: set[str] = set()
        seen: dict[tuple[str, str], str] = {}
        for entry in data["entries"]:
            lex._load_entry(entry, where, cameo, ids, seen)
        lex._load_light_verbs(data.get("light_verbs") or {}, where, ids)
        lex._load_speech(data.get("speech"), where)
        lex._load_remedies(data.get("remedies"), where, cameo)
        lex._load_claims(data.get("claims"), where, cameo)
        lex._load_blame(data.get("blame"), where, cameo)
        lex._load_refusals(data.get("refusals"), where, cameo)
        lex._load_stances(data.get("stances") or [], where, cameo)
        lex._load_predicates(data.get("predicates") or {}, where)
        lex._load_judged_acts(data.get("judged_acts") or {}, where, cameo)
        lex._load_superlatives(data.get("superlatives"), where, cameo)
        for key in ("duties", "conduct"):
            words = data.get(key) or []
            if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
                raise DictionaryError(where, None, f"{key} must be a list of verb lemmas")
        lex.duties = frozenset(w.lower().strip() for w in data.get("duties") or [])
        lex.conduct_verbs = frozenset(w.lower().strip() for w in data.get("conduct") or [])
        lex._derive()
        return lex

    def _load_entry(self, entry: Any, where: str, cameo: CameoCodes | None, ids: set[str],
                    seen: dict[tuple[str, str], str]) -> None:
        if not isinstance(entry, dict):
            raise DictionaryError(where, None, "each entry must be a mapping")
        line = entry.get("__line__")
        only_keys(entry, {"id", "code", "polarity", "objects", *WORD_KINDS}, where, line)
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
        objects = entry.get("objects") or []
        if not isinstance(objects, list) or not all(isinstance(o, str) and o.strip() for o in objects) \
                or (objects and any(entry.get(k) for k in WORD_KINDS if k != "verbs")):
            raise DictionaryError(where, line, f"entry {eid}: objects must be a list of object lemmas "
                                               "and go with verbs only")
        needed = tuple(" ".join(o.lower().split()) for o in objects)
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
                    word = EvaluativeWord(eid, code, polarity, kind, parts[0], tuple(parts[1:]), line, needed)
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

    def _load_remedies(self, raw: Any, where: str, cameo: CameoCodes | None) -> None:
        section = coded_section(raw, "remedies", ("code", "verbs"), "positive", where, cameo)
        if section is None:
            return
        line, code = section
        verbs = raw.get("verbs")
        if not isinstance(verbs, list) or not verbs or not all(isinstance(v, str) and v.strip() for v in verbs):
            raise DictionaryError(where, line, "remedies: verbs must be a non-empty list of verb lemmas")
        self.remedy_code = code
        self.remedy_verbs = frozenset(v.lower().strip() for v in verbs)

    def _load_claims(self, raw: Any, where: str, cameo: CameoCodes | None) -> None:
        section = coded_section(raw, "claims", ("nouns", "code", "denial_code", "denials", "author_roots",
                                                "accusation_root", "reply_roots"), "negative", where, cameo)
        if section is None:
            return
        line, self.claim_code = section
        denial = raw.get("denial_code")
        if not isinstance(denial, str) or not denial.startswith("01") or (cameo is not None and denial not in cameo):
            raise DictionaryError(where, line, f"claims.denial_code must be a quoted CAMEO code of root 01, got {denial!r}")
        self.denial_code = denial
        self.claim_nouns = word_list(raw, "nouns", where, line, "claims")
        self.denial_words = word_list(raw, "denials", where, line, "claims")
        authors = root_list(raw, "author_roots", where, line, "claims", cameo) if "author_roots" in raw \
            else self.claim_author_roots
        accusation = raw.get("accusation_root", self.accusation_root)
        if not isinstance(accusation, str) or accusation not in authors:
            raise DictionaryError(where, line, f"claims.accusation_root must be a quoted root among author_roots "
                                               f"({', '.join(sorted(authors))}), got {accusation!r}")
        replies = root_list(raw, "reply_roots", where, line, "claims", cameo) if "reply_roots" in raw \
            else frozenset(self.reply_codes[1:])
        self.claim_author_roots, self.accusation_root = authors, accusation
        self.reply_codes = (denial, *sorted(replies))

    def _load_blame(self, raw: Any, where: str, cameo: CameoCodes | None) -> None:
        section = coded_section(raw, "blame", ("code", "adjectives", "acts", "starters", "quarrels"), "negative",
                                where, cameo)
        if section is None:
            return
        line, code = section
        adjectives = raw.get("adjectives")
        if not isinstance(adjectives, dict) or not all(
                isinstance(v, list) and v and all(isinstance(p, str) and p.strip() for p in v)
                for k, v in adjectives.items() if k != "__line__"):
            raise DictionaryError(where, line, "blame.adjectives must map adjectives to lists of prepositions")
        acts = word_list(raw, "acts", where, line, "blame")
        if not acts:
            raise DictionaryError(where, line, "blame.acts must be a non-empty list of nouns")
        self.blame_code, self.blame_acts = code, acts
        self.blame_starters = word_list(raw, "starters", where, line, "blame")
        self.blame_quarrels = word_list(raw, "quarrels", where, line, "blame")
        self.blame_adjectives = {str(k).lower(): frozenset(p.lower().strip() for p in v)
                                 for k, v in adjectives.items() if k != "__line__"}

    def _load_refusals(self, raw: Any, where: str, cameo: CameoCodes | None) -> None:
        if raw is None:
            return
        if not isinstance(raw, dict):
            raise DictionaryError(where, None, "'refusals' must map acceptance rules to rejection codes")
        line = raw.get("__line__")
        for rule, code in raw.items():
            if rule == "__line__":
                continue
            if not isinstance(rule, str) or "#" not in rule:
                raise DictionaryError(where, line, f"refusals: {rule!r} is no pattern rule (verbs/NN.yaml#id)")
            if not isinstance(code, str) or not code.startswith("12"):
                raise DictionaryError(where, line, f"refusals: {rule}: code must be a quoted root-12 code, got {code!r}")
            if cameo is not None and code not in cameo:
                raise DictionaryError(where, line, f"refusals: {rule}: code {code} is not in codes.tsv")
            self.refusals[rule] = code

    def _load_stances(self, raw: Any, where: str, cameo: CameoCodes | None) -> None:
        if not isinstance(raw, list):
            raise DictionaryError(where, None, "'stances' must be a list of {words or verbs, preps, code}")
        for item in raw:
            line = item.get("__line__") if isinstance(item, dict) else None
            if not isinstance(item, dict):
                raise DictionaryError(where, None, "each stance must be a mapping {words or verbs, preps, code}")
            only_keys(item, {"words", "verbs", "preps", "code", "objects"}, where, line)
            if ("words" in item) == ("verbs" in item):
                raise DictionaryError(where, line, "stance: give words or verbs, not both")
            kind = "words" if "words" in item else "verbs"
            words, preps, code = item.get(kind), item.get("preps"), item.get("code")
            polarity = next((p for p, roots in POLARITY_ROOTS.items()
                             if isinstance(code, str) and code.startswith(roots)), None)
            if polarity is None:
                raise DictionaryError(where, line, f"stance: code must be a quoted root-05, 11 or 12 code, got {code!r}")
            if cameo is not None and code not in cameo:
                raise DictionaryError(where, line, f"stance: code {code} is not in codes.tsv")
            objects = item.get("objects") or {}
            if not isinstance(objects, dict) or (polarity != "negative" and objects) or not all(
                    isinstance(c, str) and c.startswith(POLARITY_ROOTS["negative"]) and (cameo is None or c in cameo)
                    for k, c in objects.items() if k != "__line__"):
                raise DictionaryError(where, line, "stance: objects must map object lemmas to quoted root-11/12 codes "
                                                   "(of a stance of disapproval)")
            for key, value in ((kind, words), ("preps", preps)):
                if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
                    raise DictionaryError(where, line, f"stance: {key} must be a non-empty list of words")
            table = self.stances if kind == "words" else self.active_stances
            for w in words:
                w = w.lower().strip()
                if w in table:
                    raise DictionaryError(where, line, f"stance: {w!r} is listed twice")
                table[w] = Stance(
                    EvaluativeWord("stances", code, polarity, "adjectives", w, (), line),
                    frozenset(p.lower().strip() for p in preps),
                    tuple((str(k).lower(), EvaluativeWord("stances", c, "negative", "adjectives", w, (), line))
                          for k, c in objects.items() if k != "__line__"))

    def _load_predicates(self, raw: Any, where: str) -> None:
        if not isinstance(raw, dict):
            raise DictionaryError(where, None, "'predicates' must be a mapping of word lists")
        line = raw.get("__line__")
        only_keys(raw, {"linking_verbs", "of_heads", "no_act_nouns", "attempt_verbs", "attempt_nouns"}, where, line)
        self.attempt_verbs = word_list(raw, "attempt_verbs", where, line, "predicates")
        self.attempt_nouns = word_list(raw, "attempt_nouns", where, line, "predicates")
        self.linking_verbs = word_list(raw, "linking_verbs", where, line, "predicates")
        self.of_heads = word_list(raw, "of_heads", where, line, "predicates")
        self.no_act_nouns = word_list(raw, "no_act_nouns", where, line, "predicates")

    def _load_judged_acts(self, raw: Any, where: str, cameo: CameoCodes | None) -> None:
        if not isinstance(raw, dict):
            raise DictionaryError(where, None, "'judged_acts' must be a mapping with window, roots and any_act")
        line = raw.get("__line__")
        only_keys(raw, {"window", "roots", "announced_roots", "codes", "any_act", "patient_of", "force_act",
                        "force_roots", "outcomes", "families", "kinds", "stopping"}, where, line)
        window = raw.get("window", 0)
        if not isinstance(window, int) or isinstance(window, bool) or window < 0:
            raise DictionaryError(where, line, f"judged_acts.window must be a number of sentences, got {window!r}")
        roots = root_list(raw, "roots", where, line, "judged_acts", cameo)
        force_roots = root_list(raw, "force_roots", where, line, "judged_acts", cameo)
        announced = root_list(raw, "announced_roots", where, line, "judged_acts", cameo)
        if force_roots - roots:
            raise DictionaryError(where, line, f"judged_acts.force_roots: {', '.join(sorted(force_roots - roots))} "
                                               "not among judged_acts.roots")
        codes = word_list(raw, "codes", where, line, "judged_acts")
        bad = sorted(c for c in codes if len(c) < 3 or not c.isdigit() or (cameo is not None and c not in cameo))
        if bad:
            raise DictionaryError(where, line, f"judged_acts.codes: {', '.join(bad)} are no CAMEO codes of 3 or 4 digits")
        self.act_window, self.act_roots, self.force_roots, self.act_codes = window, roots, force_roots, codes
        self.announced_roots = announced
        self.outcome_nouns = word_list(raw, "outcomes", where, line, "judged_acts")
        for noun, verbs in item_pairs(raw, "families", where, line,
                                      "judged_acts.families must map a noun to a list of verb lemmas"):
            if not isinstance(verbs, list) or not verbs or not all(isinstance(v, str) and v.strip() for v in verbs):
                raise DictionaryError(where, line, f"judged_acts.families.{noun}: give a list of verb lemmas")
            self.act_families[str(noun).lower()] = frozenset(v.lower().strip() for v in verbs)
        kinds = item_pairs(raw, "kinds", where, line, "judged_acts.kinds must map a CAMEO code to a list of nouns")
        for code, nouns in kinds:
            if not isinstance(code, str) or not code.isdigit() or (cameo is not None and code not in cameo) \
                    or not self.is_act(code):
                raise DictionaryError(where, line, f"judged_acts.kinds: {code!r} is no CAMEO code of judged_acts.roots "
                                                   "or codes")
            for noun in word_list({code: nouns}, code, where, line, "judged_acts.kinds"):
                self.act_kinds[noun] = self.act_kinds.get(noun, frozenset()) | {code}
        self.force_act_nouns = word_list(raw, "force_act", where, line, "judged_acts")
        self.any_act_nouns = word_list(raw, "any_act", where, line, "judged_acts")
        self.patient_nouns = word_list(raw, "patient_of", where, line, "judged_acts")
        self.stop_verbs = word_list(raw, "stopping", where, line, "judged_acts")

    def _load_superlatives(self, raw: Any, where: str, cameo: CameoCodes | None) -> None:
        if raw is None:
            return
        line = raw.get("__line__") if isinstance(raw, dict) else None
        if not isinstance(raw, dict) or not all(isinstance(raw.get(k), dict) for k in ("praise", "blame")):
            raise DictionaryError(where, line, "'superlatives' must be a mapping with praise and blame "
                                               "(each with code and words) and people")
        only_keys(raw, {"praise", "blame", "people"}, where, line)
        for key, polarity in (("praise", "positive"), ("blame", "negative")):
            section = raw[key]
            only_keys(section, {"code", "words"}, where, section.get("__line__", line))
            code = section_code(section, f"superlatives.{key}", polarity, where, section.get("__line__", line), cameo)
            for word in word_list(section, "words", where, section.get("__line__", line), f"superlatives.{key}"):
                if word in self.superlatives:
                    raise DictionaryError(where, section.get("__line__", line), f"superlatives: {word!r} listed twice")
                self.superlatives[word] = EvaluativeWord("superlatives", code, polarity, "adjectives", word)
        self.superlative_people = word_list(raw, "people", where, line, "superlatives")
        if not self.superlative_people:
            raise DictionaryError(where, line, "superlatives.people must be a non-empty list of nouns")

    def _load_speech(self, raw: Any, where: str) -> None:
        if not isinstance(raw, dict):
            raise DictionaryError(where, None, "'speech' must be a mapping with groups, exclude and as_verbs")
        line = raw.get("__line__")
        only_keys(raw, {"groups", "exclude", "as_verbs", "attributing_groups", "own_frames",
                         "evidence_frames", "referents"}, where, line)
        for key in ("groups", "exclude", "as_verbs", "attributing_groups", "own_frames", "evidence_frames"):
            words = raw.get(key) or []
            if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
                raise DictionaryError(where, line, f"speech.{key} must be a list of words")
        if not raw.get("groups"):
            raise DictionaryError(where, line, "speech.groups must name reporting verb groups")
        self.speech_groups = frozenset(raw["groups"])
        self.speech_exclude = frozenset(" ".join(w.lower().split()) for w in raw.get("exclude") or [])
        self.as_verbs = frozenset(w.lower() for w in raw.get("as_verbs") or [])
        self.attributing_groups = frozenset(raw.get("attributing_groups") or [])
        self.own_frames = frozenset(w.lower() for w in raw.get("own_frames") or [])
        self.evidence_frames = frozenset(w.lower() for w in raw.get("evidence_frames") or [])
        self._load_referents(raw.get("referents") or {}, where, line)

    def _load_referents(self, raw: Any, where: str, line: int | None) -> None:
        """``speech.referents``: the phrases beside a verb of saying that name whom its words are of."""
        if not isinstance(raw, dict):
            raise DictionaryError(where, line, "speech.referents must be a mapping with preps, verbs and nouns")
        line = raw.get("__line__", line)
        only_keys(raw, {"preps", "verbs", "nouns"}, where, line)
        self.referent_preps = word_list(raw, "preps", where, line, "speech.referents")
        for key in ("verbs", "nouns"):
            table = raw.get(key) or {}
            if not isinstance(table, dict) or not all(
                    isinstance(v, list) and v and all(isinstance(p, str) and p.strip() for p in v)
                    for k, v in table.items() if k != "__line__"):
                raise DictionaryError(where, line, f"speech.referents.{key} must map lemmas to lists of prepositions")
            setattr(self, f"referent_{key}", {str(k).lower(): frozenset(p.lower().strip() for p in v)
                                              for k, v in table.items() if k != "__line__"})
