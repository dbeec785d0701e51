"""Modality of an event (asserted | negated | hypothetical | future) and CAMEO intent codes.

The conventions (which auxiliaries, governing verbs and markers count, and which codes
become which intent code) are data: ``data/cameo/intent.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Token

from ..dictionaries.files import data_path, load_yaml
from ..errors import DictionaryError
from . import syntax

MODALITIES = ("asserted", "negated", "hypothetical", "future")
# the sizes of the spans of time in intent.yaml ``spans``
SPAN_SIZES = ("days", "months", "years")


@dataclass(frozen=True)
class ModalityRules:
    intent: dict[str, str]
    threat: dict[str, str]
    governors: dict[str, frozenset[str]]
    auxiliaries: dict[str, frozenset[str]]
    markers: dict[str, frozenset[str]]
    negations: frozenset[str]
    obligation_codes: dict[str, str]
    # named sets of quoted two-digit CAMEO roots (``roots`` in intent.yaml: judging, future_as_act)
    roots: dict[str, frozenset[str]] = field(default_factory=dict)
    # nouns of spans of time by their size (``spans`` in intent.yaml: days, months, years)
    spans: dict[str, frozenset[str]] = field(default_factory=dict)
    # threat codes of acts that threaten only when promised on a condition (``conditional_threat``)
    conditional_threat: dict[str, str] = field(default_factory=dict)
    # the codes (prefixes) a speculative event keeps by default ("could meet next week" 036: ``speculation_kept``)
    speculation_kept: tuple[str, ...] = ()
    # codes of easing announced with "will"/"would" and no condition, coded as the act (``announced_easing``)
    announced_easing: tuple[str, ...] = ()

    @classmethod
    def load(cls, path: Path | None = None) -> "ModalityRules":
        path = path or data_path("cameo", "intent.yaml")
        data = load_yaml(path)
        if not isinstance(data, dict):
            raise DictionaryError(str(path), None, "expected a mapping")

        def groups(key: str) -> dict[str, frozenset[str]]:
            raw = data.get(key) or {}
            if not isinstance(raw, dict):
                raise DictionaryError(str(path), None, f"{key} must be a mapping")
            out = {}
            for name, words in raw.items():
                if name == "__line__":
                    continue
                if not isinstance(words, list) or not all(isinstance(w, str) for w in words):  # "no" unquoted -> False
                    raise DictionaryError(str(path), raw.get("__line__"), f"{key}.{name} must be a list of words")
                out[name] = frozenset(w.lower() for w in words)
            return out

        def code_map(key: str, prefix: str) -> dict[str, str]:
            out = {}
            for code, target in (data.get(key) or {}).items():
                if code == "__line__":
                    continue
                if not (isinstance(code, str) and code.isdigit() and isinstance(target, str)
                        and target.startswith(prefix)):
                    raise DictionaryError(str(path), data[key].get("__line__"),
                                          f"{key}: {code!r} -> {target!r} must map a quoted code to a {prefix}x code")
                out[code] = target
            return out

        intent = code_map("intent", "03")
        threat = code_map("threat", "13")
        conditional_threat = code_map("conditional_threat", "13")
        negations = data.get("negations") or []
        if not isinstance(negations, list) or not all(isinstance(w, str) for w in negations):
            raise DictionaryError(str(path), None, "negations must be a list of quoted words (bare no is a boolean)")
        obligation = data.get("obligation_codes") or {}
        if not isinstance(obligation, dict) or not all(
                isinstance(v, str) and v.isdigit() for k, v in obligation.items() if k != "__line__"):
            raise DictionaryError(str(path), None, "obligation_codes must map auxiliaries to quoted CAMEO codes")
        roots = groups("roots")
        for name, values in roots.items():
            if not all(r.isdigit() and len(r) == 2 for r in values):
                raise DictionaryError(str(path), (data.get("roots") or {}).get("__line__"),
                                      f"roots.{name} must list quoted two-digit CAMEO roots")
        kept = data.get("speculation_kept") or []
        if not isinstance(kept, list) or not all(isinstance(c, str) and c.isdigit() for c in kept):
            raise DictionaryError(str(path), None, "speculation_kept must list quoted CAMEO codes")
        easing = data.get("announced_easing") or []
        if not isinstance(easing, list) or not all(isinstance(c, str) and c.isdigit() for c in easing):
            raise DictionaryError(str(path), None, "announced_easing must list quoted CAMEO codes")
        spans = groups("spans")
        for name in spans:
            if name not in SPAN_SIZES:
                raise DictionaryError(str(path), (data.get("spans") or {}).get("__line__"),
                                      f"spans.{name}: expected one of {', '.join(SPAN_SIZES)}")
        return cls(intent=intent, threat=threat, governors=groups("governors"), auxiliaries=groups("auxiliaries"),
                   markers=groups("markers"), negations=frozenset(w.lower() for w in negations),
                   obligation_codes={k: v for k, v in obligation.items() if k != "__line__"}, roots=roots,
                   spans=spans, conditional_threat=conditional_threat, speculation_kept=tuple(kept),
                   announced_easing=tuple(easing))

    def speculation_is_kept(self, code: str) -> bool:
        """A speculative ("could", "might", "would") event of ``code`` is emitted by default."""
        return code.startswith(self.speculation_kept) if self.speculation_kept else False

    def easing_is_act(self, code: str) -> bool:
        """An easing of ``code`` announced with "will"/"would" is the act decided that day ("said it would lift
        sanctions on Syria" 085), not an intent."""
        return code.startswith(self.announced_easing) if self.announced_easing else False

    def intent_code(self, code: str) -> str | None:
        """The intent code of ``code`` (longest prefix in the table), or None when it has none."""
        return _longest_prefix(self.intent, code)

    def threat_code(self, code: str) -> str | None:
        """The threat code of a conflict act promised on a condition, or None."""
        return _longest_prefix(self.threat, code)

    def conditional_threat_code(self, code: str) -> str | None:
        """The threat code of an act that threatens only when promised on a condition ("will march on the
        council unless the arrears are paid", "said they would sue if the cuts went ahead"), or None."""
        return _longest_prefix(self.conditional_threat, code)


def _longest_prefix(table: dict[str, str], code: str) -> str | None:
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def conditional_consequence(trigger: Token, rules: ModalityRules) -> Token | None:
    """The "if/unless" clause a promised act depends on ("will strike back if attacked"), or None."""
    markers = rules.markers.get("hypothetical", frozenset())
    for c, dep in syntax.labelled_children(trigger):
        if dep == "advcl" and any(mdep == "mark" and m.lower_ in markers for m, mdep in syntax.labelled_children(c)):
            return c
    return None


@dataclass
class ModalityResult:
    modality: str
    intent: bool      # an intent governor ("agreed to", "plans to") or a future/hypothetical cooperative act
    why: str
    obligation: str = ""   # the auxiliary of an obligation ("must", "should", "have to"), else ""
    announced: bool = False  # a future told by an auxiliary ("will expel", "said it would impose"), not a forecast


def _is_negated(tok: Token, rules: ModalityRules, own: frozenset[int] = frozenset()) -> bool:
    return any(c.i not in own and (dep == "neg" or (dep in ("advmod", "det", "preconj")
                                                     and c.lower_ in rules.negations))
               for c, dep in syntax.labelled_children(tok))


def _aux_kind(tok: Token, rules: ModalityRules) -> str | None:
    for c, dep in syntax.labelled_children(tok):
        if dep in ("aux", "auxpass") or (c.tag_ == "MD"):
            word = c.lower_
            if word in rules.auxiliaries.get("obligation", ()):
                return "obligation"
            if word in rules.auxiliaries.get("future", ()):
                return "future"
            if word == "would" and tok.dep_ == "ccomp":     # "said they would blockade Paris"
                return "future"
            if word in rules.auxiliaries.get("hypothetical", ()):
                return "hypothetical"
            # "is going to meet"
            if c.lemma_ == "go" and c.tag_ == "VBG":
                return "future"
    return None


def _counterfactual(tok: Token, rules: ModalityRules) -> bool:
    """"would have objected", "could have stopped it", "might have met": a past that did not happen
    (or may not have), never a promise, even under a verb of saying ("said he would have objected")."""
    if tok.tag_ != "VBN":
        return False
    kids = [c for c, dep in syntax.labelled_children(tok) if dep in ("aux", "auxpass") or c.tag_ == "MD"]
    return any(c.lemma_.lower() == "have" for c in kids) and any(
        c.lower_ in rules.auxiliaries.get("hypothetical", ()) for c in kids)


def _has_condition(tok: Token, rules: ModalityRules) -> bool:
    """The clause of ``tok`` (or a clause above it) is introduced by "if", "unless" ..."""
    markers = rules.markers.get("hypothetical", frozenset())
    cur = tok
    for _ in range(6):
        if any(dep == "mark" and c.lower_ in markers for c, dep in syntax.labelled_children(cur)):
            return True
        if cur.dep_ in ("advcl", "ccomp", "xcomp", "conj", "acomp") and cur.head is not cur:
            cur = cur.head
            continue
        break
    return False


def detect(trigger: Token, rules: ModalityRules, *, noun: bool,
           own_words: frozenset[int] = frozenset()) -> ModalityResult:
    """Modality of the event triggered at ``trigger`` (a verb, adjective or event noun).

    ``own_words``: indices of tokens that belong to the pattern's own phrase; a "no" among them
    is part of the trigger ("had no comment" is a refusal to comment), not a negation."""
    chain = [trigger]
    if noun:
        if any(dep == "det" and c.lower_ in ("no", "neither") and c.i not in own_words
               for c, dep in syntax.labelled_children(trigger)):
            return ModalityResult("negated", False, f"'no {trigger.text}'")
        verb = syntax.light_verb(trigger)
        if verb is None and trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.pos_ in ("VERB", "AUX"):
            verb = trigger.head     # "if joint drills went ahead"
        if verb is not None:
            chain.append(verb)
        planned = [c for c, dep in syntax.labelled_children(trigger) if dep == "amod" and c.lemma_.lower() in
                   ("plan", "planned", "proposed", "possible", "potential", "upcoming", "future", "prospective")]
        if planned:
            return ModalityResult("future", True, f"'{planned[0].text} {trigger.text}'")
        # "Protests are planned for Sunday", "the opposition has scheduled a rally": an act still to come
        if trigger.dep_ in ("nsubjpass", "dobj") and trigger.head.lemma_.lower() in rules.governors.get("planning", ()):
            return ModalityResult("hypothetical", True, f"'{trigger.head.text}' {trigger.text}")
    governors = syntax.xcomp_governors(chain[-1])
    for tok in chain + governors:
        if _is_negated(tok, rules, own_words):
            return ModalityResult("negated", False, f"negation on '{tok.text}'")
    unseen = _no_sign_of(trigger, rules)
    if unseen is not None:      # "there is no sign that X is preparing a test": denied, not told
        return ModalityResult("negated", False, f"'no {unseen.text} that ...'")
    text = _text_not_adopted(chain[-1], rules)
    if text is not None:        # "vetoed a resolution demanding a ceasefire": the demand of a text never adopted
        return ModalityResult("hypothetical", False, f"what the {text.text} not adopted says")
    for gov in governors:
        lemma = gov.lemma_.lower()
        if lemma in rules.governors.get("negated", ()):
            return ModalityResult("negated", False, f"governed by '{gov.text}'")
    if _has_condition(chain[-1], rules):   # "if the drills go ahead": not an intent, only a condition
        return ModalityResult("hypothetical", False, "conditional clause")
    obliged = _have_to(chain[-1])
    if obliged is not None:     # "will have to submit to verification": an obligation, never an intent
        return ModalityResult("hypothetical", False, f"'have to' of '{trigger.text}' (obligation)", "have to")
    # "Trump would meet Kim in Vietnam and discuss denuclearisation": a conjoined verb with no
    # auxiliary of its own shares the first verb's; only a base form can ("said he would order a
    # review and warned against hackers": the past 'warned' is told, not promised)
    head = chain[-1]
    shared = [head.head] if head.dep_ == "conj" and head.tag_ == "VB" and head.head.pos_ in ("VERB", "AUX") and not any(
        dep in ("aux", "auxpass") for _, dep in syntax.labelled_children(head)) else []
    for tok in chain + shared + governors:
        if _counterfactual(tok, rules):      # "would have objected": did not happen, no intent either
            return ModalityResult("hypothetical", False, f"counterfactual 'have {tok.text}'")
        kind = _aux_kind(tok, rules)
        if kind == "obligation":    # "must cooperate": hypothetical, and never an intent
            aux = next(c.lower_ for c in tok.children if c.lower_ in rules.auxiliaries.get("obligation", ()))
            return ModalityResult("hypothetical", False, f"auxiliary '{aux}' of '{tok.text}' (obligation)", aux)
        if kind:
            return ModalityResult(kind, True, f"auxiliary of '{tok.text}' ({kind})", announced=kind == "future")
    for gov in governors:
        lemma = gov.lemma_.lower()
        for kind in ("intent", "future", "hypothetical"):
            if lemma in rules.governors.get(kind, ()):
                modality = "asserted" if kind == "intent" else kind
                return ModalityResult(modality, True, f"governed by '{gov.text}' ({kind})")
    wanted = _for_to_clause(chain[-1], governors, rules)
    if wanted is not None:   # "renewed its call for Canada to take in refugees": wanted, not done
        return ModalityResult("hypothetical", False, f"'for {wanted.text} to ...': what someone wants done")
    asker = _asked_of(chain[-1], governors, rules)
    if asker is not None:   # "asked Interpol to issue a red notice": what the addressee is asked to do
        return ModalityResult("hypothetical", False, f"'{asker.text} X to ...': what someone asks another to do")
    aim = _aim_noun(governors[-1] if governors else chain[-1], rules) or _aim_object(chain[-1], governors, rules)
    if aim is not None:
        return ModalityResult("hypothetical", True, f"the aim of '{aim.text}'")
    return ModalityResult("asserted", False, "")


def _no_sign_of(trigger: Token, rules: ModalityRules) -> Token | None:
    """The noun of evidence denied over the clause of ``trigger`` ("there is no sign that North Korea is preparing a
    test", "found no evidence that the army had shelled the town", "no indication that troops were massing"), or
    None: the clause tells what is not seen, no act (intent.yaml ``markers.evidence``)."""
    clause = next((a for a in (trigger, *trigger.ancestors) if a.dep_ in ("ccomp", "acl")), None)
    if clause is None or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    head = clause.head
    nouns = [head] if head.pos_ == "NOUN" else [c for c in head.children if c.dep_ in ("attr", "dobj")]
    evidence = rules.markers.get("evidence", frozenset())
    return next((n for n in nouns if n.lemma_.lower() in evidence
                 and any(c.dep_ == "det" and c.lower_ == "no" for c in n.children)), None)


def _text_not_adopted(verb: Token, rules: ModalityRules) -> Token | None:
    """The text whose content the clause of ``verb`` is, when the text was not adopted, or None: "vetoed a
    resolution demanding a ceasefire", "failed to adopt a draft condemning the coup", "rejected a motion calling
    for sanctions" (intent.yaml ``markers.texts``, ``governors.defeating``); an adopted one ("passed a resolution
    demanding ...") states its demand."""
    if verb.dep_ != "acl" or verb.head.lemma_.lower() not in rules.markers.get("texts", frozenset()):
        return None
    text = verb.head
    taker = text.head
    if text.dep_ not in ("dobj", "nsubjpass") or taker.pos_ not in ("VERB", "AUX"):
        return None
    negated = rules.governors.get("negated", frozenset())
    if taker.lemma_.lower() in rules.governors.get("defeating", frozenset()) \
            or any(g.lemma_.lower() in negated for g in syntax.xcomp_governors(taker)) \
            or _is_negated(taker, rules):
        return text
    return None


def _to_infinitive(tok: Token) -> bool:
    return tok.tag_ == "VB" and any(dep == "aux" and c.lower_ == "to" for c, dep in syntax.labelled_children(tok))


def _aim_noun(top: Token, rules: ModalityRules) -> Token | None:
    """ "efforts to get Ukraine to investigate": the noun whose to-infinitive holds the event; the
    parser may hang the inner infinitive as a clausal complement ("get Ukraine to investigate" ccomp),
    and the infinitive may belong to a relative clause on the noun ("a pledge he made to support")."""
    aims = rules.governors.get("aim_nouns", frozenset())
    for _ in range(3):      # up through infinitives hung as clausal complements or joined to another
        if top.dep_ in ("ccomp", "conj") and _to_infinitive(top) and top.head.pos_ == "VERB" \
                and _to_infinitive(top.head):
            top = top.head
        else:
            break
    if top.dep_ in ("acl", "relcl") and _to_infinitive(top) and top.head.pos_ in ("NOUN", "PROPN") \
            and top.head.lemma_.lower() in aims:
        return top.head
    if top.pos_ == "NOUN" and top.lemma_.lower() in aims and top.dep_ != "ROOT":
        return top       # "an appeal for Russia to withdraw": the infinitive hung on the noun
    relative = top.head
    if _to_infinitive(top) and top.dep_ in ("advcl", "xcomp") and relative.dep_ == "relcl" \
            and relative.head.pos_ == "NOUN" and relative.head.lemma_.lower() in aims:
        return relative.head     # "a pledge he made to support the nominee"
    return None


def _aim_object(verb: Token, governors: list[Token], rules: ModalityRules) -> Token | None:
    """ "said they had enough resources to secure the city": the parser hung the infinitive on the verb
    whose object is the aim noun; that noun, or None."""
    aims = rules.governors.get("aim_nouns", frozenset())
    for tok in [verb] + governors:
        if tok.dep_ in ("advcl", "xcomp") and _to_infinitive(tok) and tok.head is not tok:
            noun = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i
                         and c.lemma_.lower() in aims), None)
            if noun is not None:
                return noun
    return None


def _for_to_clause(verb: Token, governors: list[Token], rules: ModalityRules) -> Token | None:
    """The subject of a "for X to V" clause holding the event that names an act wanted, asked for or
    planned ("called for the US to accept refugees", "the plan for Israel to withdraw", "pressed for the
    UN to investigate"): its head, or the head's object, is a verb or noun of wanting (``governors.wanting``,
    ``governors.intent``, ``governors.aim_nouns``); not "that was the reason for the firm to sue" (it
    did). None when there is no such clause."""
    def wanting(word: Token) -> bool:
        lemma = word.lemma_.lower()
        return any(lemma in rules.governors.get(kind, ()) for kind in ("wanting", "intent", "aim_nouns"))

    for tok in [verb] + [g for g in governors if g.pos_ in ("VERB", "AUX")]:
        if not _to_infinitive(tok) or not any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children):
            continue
        head = tok.head
        if wanting(head) or any(c.dep_ == "dobj" and wanting(c) for c in head.children):
            return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), tok)
    return None


def _asked_of(verb: Token, governors: list[Token], rules: ModalityRules) -> Token | None:
    """The verb of asking whose addressee is to do the event, or None: "asked Interpol to issue a red notice",
    "voted to ask the president to revoke the licence", "pressed Seoul to expel them" (a to-infinitive on a verb
    of ``governors.wanting`` with a direct object before it, the one asked). The act is wanted, not done, whether
    or not the lexicon codes the asking itself."""
    for tok in [verb] + [g for g in governors if g.pos_ in ("VERB", "AUX")]:
        head = tok.head
        if tok.dep_ != "xcomp" or head is tok or not _to_infinitive(tok) \
                or head.lemma_.lower() not in rules.governors.get("wanting", frozenset()):
            continue
        if any(c.dep_ == "dobj" and c.i < tok.i for c in head.children):
            return head
    return None


def _have_to(verb: Token) -> Token | None:
    """ "will have to submit", "has to pay": 'have' with a to-infinitive tells an obligation; not in the
    simple past ("had to withdraw" tells what happened) nor as a participle ("has had to")."""
    tok = verb
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    head = tok.head
    if tok.dep_ in ("xcomp", "advcl") and _to_infinitive(tok) and head is not tok \
            and head.lemma_.lower() == "have" and head.tag_ not in ("VBD", "VBN") \
            and not any(c.dep_ == "dobj" for c in head.children):    # not "have the resources to secure"
        return head
    return None
