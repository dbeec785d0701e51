"""Refusals to comment told with a negated verb: "the Pentagon would not comment on the strike", "Israel neither
confirmed nor denied the raid" are a decline to comment (011, no target) by the subject.

The verb lexicon codes the refusals a verb of refusing tells ("declined to comment", "refused to confirm":
``01.yaml#decline_comment``); a negated verb of commenting has no trigger of its own that could fire, and its
negation would only mark the event as not done, while the refusal IS the act. The words are data
(``data/cameo/withheld_comments.yaml``): a verb of commenting negated under an auxiliary of will ("would not
comment", "will not elaborate"; "did not comment" only tells that no comment came), and a pair of verbs told
both negated ("neither confirmed nor denied", "would not confirm or deny").

Not in a relative clause ("a report the ministry neither confirmed nor denied": background of the report; the
verb must have a subject of its own, as the parser may join such a clause to the clause the report tells), a
question or a condition, and not where the lexicon already coded a refusal (011) of the same source in the
sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Token

from ..dictionaries.cameo_codes import CameoCodes
from ..dictionaries.files import data_path, load_yaml
from ..document import CodedDocument
from ..errors import DictionaryError
from ..ids import event_id
from ..records import ActorRef, Event, Evidence
from . import background
from .arguments import ArgumentFinder
from .emit import copy_ref

__all__ = ["RULE", "WithheldWords", "withheld_comments"]

RULE = "cameo/withheld_comments.yaml"
_NEGATIONS = frozenset({"not", "n't", "never"})
_CONDITIONS = frozenset({"if", "unless", "whether"})


@dataclass(frozen=True)
class WithheldWords:
    """The word lists of ``withheld_comments.yaml``."""

    code: str
    verbs: frozenset[str]           # verbs of commenting: "would not comment"
    auxiliaries: frozenset[str]     # the auxiliaries that make a negated comment a refusal
    pairs: tuple[tuple[str, str], ...]   # two verbs negated together: ("confirm", "deny")

    @classmethod
    def load(cls, path: Path | None = None) -> "WithheldWords":
        path = path or data_path("cameo", "withheld_comments.yaml")
        data = load_yaml(path)
        if not isinstance(data, dict):
            raise DictionaryError(str(path), None, "expected a mapping")

        def words(key: str) -> frozenset[str]:
            raw = data.get(key)
            if not isinstance(raw, list) or not raw or not all(isinstance(w, str) and w for w in raw):
                raise DictionaryError(str(path), data.get("__line__"), f"{key} must be a non-empty list of words")
            return frozenset(w.lower() for w in raw)

        code = data.get("code")
        if not isinstance(code, str) or not code.isdigit() or not code.startswith("01"):
            raise DictionaryError(str(path), data.get("__line__"), "code must be a quoted CAMEO code of root 01")
        pairs = data.get("pairs")
        if not isinstance(pairs, list) or not all(
                isinstance(p, list) and len(p) == 2 and all(isinstance(w, str) and w for w in p) for p in pairs):
            raise DictionaryError(str(path), data.get("__line__"), "pairs must be a list of two-word lists")
        return cls(code=code, verbs=words("verbs"), auxiliaries=words("auxiliaries"),
                   pairs=tuple((a.lower(), b.lower()) for a, b in pairs))

    def withholding(self, tok: Token) -> tuple[str, str]:
        """How ``tok`` tells a refusal to comment ("'would not comment'") and the list of the file that says so
        ("verbs" or "pairs"), or ("", "") when it tells none."""
        if tok.pos_ not in ("VERB", "AUX"):
            return "", ""
        lemma = tok.lemma_.lower()
        negated = any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in tok.children)
        if lemma in self.verbs and negated:
            aux = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ in self.auxiliaries), None)
            if aux is not None:
                return f"'{aux.text} not {tok.text}'", "verbs"
        for first, second in self.pairs:
            if lemma != first:
                continue
            neither = any(c.dep_ in ("preconj", "advmod", "cc") and c.lower_ == "neither" for c in tok.children)
            other = next((c for c in tok.children if c.dep_ == "conj" and c.lemma_.lower() == second), None)
            if other is not None and (neither or negated):
                return f"'{tok.text} ... {other.text}' both negated", "pairs"
        return "", ""


def withheld_comments(cdoc: CodedDocument, words: WithheldWords, finder: ArgumentFinder,
                      cameo: CameoCodes) -> list[tuple[Event, str]]:
    """The refusals to comment of ``cdoc`` told with a negated verb, each with how it was found."""
    out: list[tuple[Event, str]] = []
    if cdoc.doc is None or words.code not in cameo:
        return out
    for index, sent in enumerate(cdoc.doc.sents):
        if background.is_question(sent):
            continue
        for tok in sent:
            how, key = words.withholding(tok)
            if not how or _background(tok) or not any(c.dep_ == "nsubj" for c in tok.children):
                continue    # (no subject of its own: "..., a report Addis Ababa neither confirmed nor denied",
                            # the parser joined the verbs to the clause the report tells)
            for arg in finder.verb_sources(tok):
                if not arg.ref.code or _told(cdoc.events, out, index, arg.ref, words.code):
                    continue
                out.append((_event(cdoc, index, tok, arg.ref, words.code, f"{RULE}#{key}", cameo),
                            f"source {arg.ref.code}: {arg.how}; {how}: a refusal to comment"))
    return out


def _background(tok: Token) -> bool:
    """In a relative clause ("a report the ministry would not comment on") or a condition ("if it would not
    comment")."""
    cur = tok
    for _ in range(4):
        if cur.dep_ in ("relcl", "acl"):
            return True
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in cur.children):
            return True
        if cur.dep_ not in ("conj", "xcomp") or cur.head is cur:
            return False
        cur = cur.head
    return False


def _told(events: list[Event], found: list[tuple[Event, str]], index: int, source: ActorRef, code: str) -> bool:
    """A refusal to comment of ``source`` is already coded in the sentence."""
    return any(ev.sentence == index and ev.cameo == code and ev.source is not None and ev.source.code == source.code
               for ev in [*events, *(e for e, _ in found)])


def _event(cdoc: CodedDocument, index: int, tok: Token, source: ActorRef, code: str, rule: str,
           cameo: CameoCodes) -> Event:
    entry = cameo.get(code)
    sent = tok.sent
    start, end = tok.idx, tok.idx + len(tok.text)
    evidence = Evidence(text=sent.text, trigger=tok.text, start=sent.start_char, end=sent.end_char,
                        trigger_start=start, trigger_end=end)
    ev = Event(article_id=cdoc.article.id, sentence=index, source=copy_ref(source), target=None, cameo=code,
               root=code[:2], plover=entry.plover, quad_class=entry.quad_class, goldstein=entry.goldstein,
               evidence=evidence, rule=rule, modality="asserted", confidence=0.6)
    ev.id = event_id(ev.article_id, index, start, code, source.code, None)
    return ev
