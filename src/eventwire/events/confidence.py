"""The confidence of an event the verb/noun lexicon emits: a logistic score of signals the coder knows when it
emits the event (how the trigger, the source and the target were found, the clause the trigger sits in, the
modality, the pattern), with the weights of ``data/cameo/confidence.yaml``.

``signals`` names the signals that hold for one source-target pair of a fired trigger; ``ConfidenceWeights.score``
turns them into a confidence from 0.01 to 0.99: 1 / (1 + exp(-(bias + root weight + the weights of the signals))). The
weights were fitted on the tuning sets (the file's header tells how and what they measure), so a higher confidence
means a better chance that the event's root and dyad are right; ``Options.min_confidence`` (CLI
``--min-confidence``) leaves out the events below a floor.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from ..dictionaries.files import data_path, load_yaml
from ..errors import DictionaryError
from .argument_types import OWNER_MARK, Arg

ROOTS = tuple(f"{n:02d}" for n in range(1, 21))
# every signal the weights file must weigh (events/confidence.py reads each of them below)
SIGNALS = frozenset({
    "no_target", "future_or_intent", "in_adverbial_clause", "source_passive_agent", "low_priority",
    "in_relative_clause", "source_relative_head", "target_civilians", "deep_clause", "later_sentence",
    "source_shared_subject", "source_via", "noun_trigger", "target_pronoun", "source_possessive", "target_via",
    "source_civilians", "target_owner", "source_pronoun", "in_reported_clause", "trigger_conjunct",
    "target_antecedent", "code_changed", "target_policy", "specific_pattern", "symmetric",
})
# the dependency by which a clause hangs on its head -> the kind of clause it is
CLAUSE_LINKS = {"ccomp": "reported", "xcomp": "controlled", "advcl": "adverbial", "relcl": "relative",
                "acl": "relative", "pcomp": "prepositional", "conj": "coordinated", "parataxis": "parenthetical"}
# marks of ``Arg.how`` (sources.py, target_search.py, targets.py, antecedents.py)
BORROWED_SUBJECT = ("shared subject", "main clause subject", "controller")
RELATIVE_SOURCE = ("relative clause head", "actor modifier")
ANSWERED_ACT = ("points back", "answers")
TARGET_POLICY_FILE = "targets.yaml"


@dataclass(frozen=True)
class ConfidenceWeights:
    """The weights of ``data/cameo/confidence.yaml``: a bias, one weight per CAMEO root and one per signal."""

    bias: float
    roots: dict[str, float]
    signals: dict[str, float]

    @classmethod
    def load(cls, path: Path | None = None) -> "ConfidenceWeights":
        path = path or data_path("cameo", "confidence.yaml")
        data = load_yaml(path)
        if not isinstance(data, dict):
            raise DictionaryError(str(path), None, "expected a mapping with bias, roots and signals")
        line = data.get("__line__")
        keys = set(data) - {"__line__"}
        if keys != {"bias", "roots", "signals"}:
            raise DictionaryError(str(path), line, f"expected the keys bias, roots and signals, got {sorted(keys)}")
        bias = _number(data["bias"], path, line, "bias")
        roots = _weights(data["roots"], set(ROOTS), path, "roots")
        signals = _weights(data["signals"], set(SIGNALS), path, "signals")
        return cls(bias, roots, signals)

    def score(self, root: str, held: Iterable[str]) -> float:
        """The confidence of an event of CAMEO ``root`` for which the signals ``held`` hold (0.01 to 0.99)."""
        z = self.bias + self.roots.get(root, 0.0) + sum(self.signals[name] for name in held)
        return min(0.99, max(0.01, round(1.0 / (1.0 + math.exp(-z)), 2)))

    def terms(self, root: str, held: Iterable[str]) -> list[tuple[str, float]]:
        """The weights that add up to an event's log-odds besides the bias: ``root <root>`` first, then each
        signal of ``held`` by name, the strongest first (``eventwire explain`` prints them)."""
        signal_terms = sorted(((name, self.signals[name]) for name in held), key=lambda term: (-abs(term[1]), term[0]))
        return [(f"root {root}", self.roots.get(root, 0.0)), *signal_terms]


def _number(value: Any, path: Path, line: int | None, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise DictionaryError(str(path), line, f"{where} must be a number, got {value!r}")
    return float(value)


def _weights(raw: Any, expected: set[str], path: Path, where: str) -> dict[str, float]:
    if not isinstance(raw, dict):
        raise DictionaryError(str(path), None, f"{where} must be a mapping of names to numbers")
    line = raw.get("__line__")
    names = set(raw) - {"__line__"}
    if names - expected:
        raise DictionaryError(str(path), line, f"{where}: unknown {sorted(names - expected)}")
    if expected - names:
        raise DictionaryError(str(path), line, f"{where}: no weight for {sorted(expected - names)}")
    return {name: _number(raw[name], path, line, f"{where}.{name}") for name in sorted(names)}


def clause_links(token: Token) -> list[str]:
    """The kinds of clause between ``token`` and the root of its sentence, innermost first."""
    kinds = []
    while token.head.i != token.i:
        if token.dep_ in CLAUSE_LINKS:
            kinds.append(CLAUSE_LINKS[token.dep_])
        token = token.head
    return kinds


def signals(f: Any, source: Arg, target: Arg | None, sentence_index: int) -> set[str]:
    """The signals that hold for the pair ``source``, ``target`` of the fired trigger ``f`` (its code and
    modality set) in the sentence at ``sentence_index`` of its text."""
    pattern = f.attempt.pattern
    links = clause_links(f.token)
    source_how = source.how
    target_how = target.how if target is not None else ""
    held = {
        "no_target": target is None,
        "future_or_intent": f.mod is not None and (f.mod.modality in ("future", "hypothetical") or f.mod.intent),
        "in_adverbial_clause": "adverbial" in links,
        "in_relative_clause": "relative" in links,
        "in_reported_clause": "reported" in links,
        "deep_clause": len(links) >= 2,
        "trigger_conjunct": f.token.dep_ == "conj",
        "later_sentence": sentence_index >= 2,
        "noun_trigger": bool(f.attempt.noun),
        "low_priority": pattern.priority <= 1,
        "specific_pattern": pattern.specificity >= 2,
        "symmetric": bool(pattern.symmetric),
        "code_changed": f.code != pattern.code,
        "source_passive_agent": "passive agent" in source_how,
        "source_relative_head": any(mark in source_how for mark in RELATIVE_SOURCE),
        "source_shared_subject": any(mark in source_how for mark in BORROWED_SUBJECT),
        "source_possessive": source_how.startswith("possessive"),
        "source_via": " via " in source_how,
        "source_pronoun": source.token.pos_ == "PRON",
        "source_civilians": _sector(source) == "CVL",
        "target_via": " via " in target_how,
        "target_owner": OWNER_MARK in target_how,
        "target_policy": TARGET_POLICY_FILE in target_how,
        "target_antecedent": any(mark in target_how for mark in ANSWERED_ACT),
        "target_pronoun": target is not None and target.token.pos_ == "PRON",
        "target_civilians": target is not None and _sector(target) == "CVL",
    }
    return {name for name, holds in held.items() if holds}


def _sector(arg: Arg) -> str:
    code = arg.ref.code or ""
    return code[3:6] if len(code) >= 6 and not code.startswith(("IGO", "NGO")) else ""

