"""The quotation lexicon: reporting verbs (``data/quotes/reporting_verbs.yaml``) and channels
(``data/quotes/channels.yaml``), validated on load; errors name file and line."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..dictionaries.files import data_path, load_yaml
from ..errors import DictionaryError

COMPLEMENTS = ("clause", "infinitive", "object", "predicate")


@dataclass(frozen=True)
class VerbEntry:
    """One reporting verb: lemma, optional particle ("point out"), its group and complements."""

    lemma: str
    particle: str | None
    group: str
    direct: bool
    complements: tuple[str, ...]


@dataclass
class QuoteLexicon:
    """Everything the quotation finder looks up. Build with ``QuoteLexicon.load()``."""

    verbs: dict[str, list[VerbEntry]] = field(default_factory=dict)   # lemma -> entries (plain first)
    according: list[tuple[str, ...]] = field(default_factory=list)     # lower-cased token sequences
    according_non_sources: frozenset[str] = frozenset()                # "according to plan": no source
    citing_verbs: frozenset[str] = frozenset()                         # "according to X, citing Y": X's aside
    nouns: frozenset[str] = frozenset()                                # reporting noun lemmas
    document_nouns: frozenset[str] = frozenset()                       # "the statement said": whose?
    evidence_nouns: frozenset[str] = frozenset()                       # "polls show X": X is what they report
    source_preps: frozenset[str] = frozenset()                         # "in the latest poll, X leads"
    source_nouns: frozenset[str] = frozenset()                         # the nouns of those phrases
    statement_preps: frozenset[str] = frozenset()                      # "In a statement, X was ..."
    statement_nouns: frozenset[str] = frozenset()
    colon_nouns: frozenset[str] = frozenset()                          # "His reply was short: ..."
    gloss_nouns: frozenset[str] = frozenset()                          # "..., a move that angered unions"
    pact_nouns: frozenset[str] = frozenset()                           # "an agreement to curb emissions"
    pact_determiners: frozenset[str] = frozenset()                     # "the agreement to build X": a known pact
    hearsay_adverbs: frozenset[str] = frozenset()                      # "he allegedly fired"
    command_openers: frozenset[str] = frozenset()                      # "Please note that ...": the writer's command
    writers_saying_verbs: frozenset[str] = frozenset()                 # "not to mention X": the writer's phrase
    gloss_subjects: frozenset[str] = frozenset()                       # "which is to say ..."
    no_holder_words: frozenset[str] = frozenset()                      # "That means that ...": no claim's holder
    far_preps: frozenset[str] = frozenset()                            # "asked X on Monday about": the verb's
    away_particles: frozenset[str] = frozenset()                       # "call off": another verb
    supposing_words: frozenset[str] = frozenset()                      # "Assuming that ...": a condition
    quantity_words: frozenset[str] = frozenset()                       # "proposed little": no bare object
    topic_nouns: dict[str, frozenset[str]] = field(default_factory=dict)  # "questions about X": noun -> preps
    kickers: frozenset[str] = frozenset()                              # headline labels that are no speaker
    section_labels: frozenset[str] = frozenset()                       # "Why it matters:" opening a paragraph
    answer_verbs: frozenset[str] = frozenset()                         # "did not respond to requests for comment"
    comment_requests: frozenset[str] = frozenset()
    forms: dict[str, str] = field(default_factory=dict)                # word form -> lemma the parser gets wrong
    said_objects: frozenset[str] = frozenset()                         # "said as much": pro-forms of what was said
    light_verbs: frozenset[str] = frozenset()                          # "voiced concern that": the noun's holder
    made_adjectives: frozenset[str] = frozenset()                      # "made it clear that ..."
    passive_judgements: frozenset[str] = frozenset()                   # "has been criticized for X"
    judgement_nouns: frozenset[str] = frozenset()                      # "faced criticism from X"
    receiving_verbs: frozenset[str] = frozenset()                      # the verbs taking those nouns
    impersonal_verbs: frozenset[str] = frozenset()                     # "it appears that ..."
    impersonal_adjectives: frozenset[str] = frozenset()                # "it is apparent that ..."
    refusal_verbs: frozenset[str] = frozenset()                        # "declined to say": nothing said
    force_words: frozenset[str] = frozenset()                          # "attacked the embassy": no stance
    force_targets: frozenset[str] = frozenset()                        # what such words hit when armed
    force_tolls: frozenset[str] = frozenset()                          # "..., killing 17": an armed act
    raising_verbs: frozenset[str] = frozenset()                        # "is said to have resigned"
    permission_verbs: frozenset[str] = frozenset()                     # "not authorized to discuss": nothing said
    unnamed_verbs: frozenset[str] = frozenset()                        # "asked not to be named"
    subject_control_verbs: frozenset[str] = frozenset()                # "vowed to say": the subject says it
    recording_nouns: frozenset[str] = frozenset()                      # "a video of Trump saying ...": Trump
    object_participle_verbs: frozenset[str] = frozenset()              # "left X feeling that": X
    stance_predicates: dict[str, frozenset[str]] = field(default_factory=dict)  # "critical" -> {"of"}
    outlets: dict[tuple[str, ...], str] = field(default_factory=dict)  # lower-cased tokens -> name
    outlet_max_len: int = 1
    media_words: frozenset[str] = frozenset()
    media_qualifiers: dict[str, frozenset[str]] = field(default_factory=dict)  # "agency" -> {"news", ...}
    media_disqualifiers: dict[str, frozenset[str]] = field(default_factory=dict)  # "paper" -> {"white", ...}
    interview_words: frozenset[str] = frozenset()
    platforms: dict[tuple[str, ...], str] = field(default_factory=dict)  # "truth social" -> Truth Social
    platform_max_len: int = 1
    platform_aliases: dict[str, str] = field(default_factory=dict)    # "Twitter" -> X: one name per service
    post_words: frozenset[str] = frozenset()
    platform_words: dict[str, str] = field(default_factory=dict)       # "tweet" -> X: the word names its platform
    press_words: frozenset[str] = frozenset()                          # "told reporters": the press as audience
    aside_verbs: frozenset[str] = frozenset()                          # "X, speaking to the BBC, said": speak
    anaphoric_media_words: frozenset[str] = frozenset()                # "the network said": an outlet named before

    @classmethod
    def load(cls, verbs_file: Path | None = None, channels_file: Path | None = None) -> "QuoteLexicon":
        lex = cls()
        lex._load_verbs(verbs_file or data_path("quotes", "reporting_verbs.yaml"))
        lex._load_channels(channels_file or data_path("quotes", "channels.yaml"))
        return lex

    def lemma(self, word: str, lemma: str) -> str:
        """The lemma of a word, mended where the parser's lemmatiser is known to go wrong
        ("hopes" -> "hop")."""
        return self.forms.get(word.lower(), lemma.lower())

    def verb(self, lemma: str, particles: set[str]) -> VerbEntry | None:
        """The entry for a verb lemma with the particles it has in the parse (phrasal first)."""
        entries = self.verbs.get(lemma.lower())
        if not entries:
            return None
        plain = None
        for entry in entries:
            if entry.particle is None:
                plain = plain or entry
            elif entry.particle in particles:
                return entry
        return plain

    def outlet_at(self, words: list[str], i: int) -> tuple[str, int] | None:
        """Known outlet starting at ``words[i]`` (case-sensitive on the first letter): (name, length)."""
        return _name_at(self.outlets, self.outlet_max_len, words, i)

    def platform_at(self, words: list[str], i: int) -> tuple[str, int] | None:
        """Known platform (social network, messaging service) starting at ``words[i]``: (name, length)."""
        hit = _name_at(self.platforms, self.platform_max_len, words, i)
        return None if hit is None else (self.platform_aliases.get(hit[0], hit[0]), hit[1])

    # -- loading -------------------------------------------------------------------------

    def _load_verbs(self, path: Path) -> None:
        data = _mapping(load_yaml(path), path)
        _only(data, {"groups", "nouns", "document_nouns", "evidence_nouns", "topic_nouns", "headline_kickers",
                     "phrases", "forms", "stance_predicates", "said_objects", "light_verbs", "made_adjectives",
                     "passive_judgements", "received_judgements", "impersonal_stances", "refusal_verbs", "anonymity", "raising_verbs",
                     "force_readings", "according_non_sources", "citing_verbs",
                     "subject_control_verbs", "recording_nouns", "object_participle_verbs", "source_phrases", "statement_phrases",
                     "colon_nouns", "pact_nouns", "pact_determiners", "hearsay_adverbs", "writers_phrases",
                     "no_holder_words", "verb_particles", "supposing_words", "quantity_words", "gloss_nouns",
                     "section_labels", "comment_requests"}, path)
        groups = data.get("groups")
        if not isinstance(groups, list) or not groups:
            raise DictionaryError(str(path), data.get("__line__"), "'groups' must be a non-empty list")
        seen: dict[str, str] = {}
        names: set[str] = set()
        for group in groups:
            line = group.get("__line__") if isinstance(group, dict) else None
            if not isinstance(group, dict):
                raise DictionaryError(str(path), None, "each group must be a mapping")
            _only(group, {"name", "direct", "complements", "lemmas", "with_object"}, path)
            name = group.get("name")
            if not isinstance(name, str) or not name or name in names:
                raise DictionaryError(str(path), line, f"group name missing or repeated: {name!r}")
            names.add(name)
            direct = group.get("direct")
            if not isinstance(direct, bool):
                raise DictionaryError(str(path), line, f"group {name}: 'direct' must be true or false")
            comps = group.get("complements")
            if not isinstance(comps, list) or not comps or any(c not in COMPLEMENTS for c in comps):
                raise DictionaryError(str(path), line, f"group {name}: complements must be a list of {COMPLEMENTS}")
            lemmas = group.get("lemmas")
            if not isinstance(lemmas, list) or not lemmas:
                raise DictionaryError(str(path), line, f"group {name}: 'lemmas' must be a non-empty list")
            with_object = group.get("with_object") or []
            if not isinstance(with_object, list) or not all(isinstance(w, str) and w in lemmas for w in with_object):
                raise DictionaryError(str(path), line, f"group {name}: 'with_object' must list lemmas of the group")
            for raw in lemmas:
                if not isinstance(raw, str) or not raw.strip() or len(raw.split()) > 2:
                    raise DictionaryError(str(path), line, f"group {name}: bad lemma {raw!r} (one verb, optional particle)")
                key = " ".join(raw.lower().split())
                if key in seen:
                    raise DictionaryError(str(path), line, f"group {name}: lemma {raw!r} already in group {seen[key]}")
                seen[key] = name
                verb, _, particle = key.partition(" ")
                own = tuple(comps) + (("object",) if raw in with_object and "object" not in comps else ())
                entry = VerbEntry(verb, particle or None, name, direct, own)
                bucket = self.verbs.setdefault(verb, [])
                bucket.insert(len(bucket) if particle else 0, entry)
        nouns = data.get("nouns") or []
        if not isinstance(nouns, list) or not all(isinstance(n, str) and n.strip() for n in nouns):
            raise DictionaryError(str(path), data.get("__line__"), "'nouns' must be a list of non-empty strings")
        self.nouns = frozenset(n.strip().lower() for n in nouns)
        docs = data.get("document_nouns") or []
        if not isinstance(docs, list) or not all(isinstance(n, str) and n.strip() for n in docs):
            raise DictionaryError(str(path), data.get("__line__"), "'document_nouns' must be a list of non-empty strings")
        self.document_nouns = frozenset(n.strip().lower() for n in docs)
        evidence = data.get("evidence_nouns") or []
        if not isinstance(evidence, list) or not all(isinstance(n, str) and n.strip() for n in evidence):
            raise DictionaryError(str(path), data.get("__line__"), "'evidence_nouns' must be a list of non-empty strings")
        self.evidence_nouns = frozenset(n.strip().lower() for n in evidence)
        topics = data.get("topic_nouns") or {}
        if not isinstance(topics, dict):
            raise DictionaryError(str(path), data.get("__line__"), "'topic_nouns' must map nouns to prepositions")
        for noun, preps in topics.items():
            if noun == "__line__":
                continue
            if not isinstance(preps, list) or not preps or not all(isinstance(p, str) and p.strip() for p in preps):
                raise DictionaryError(str(path), topics.get("__line__"),
                                      f"topic noun {noun!r}: give a non-empty list of prepositions")
            self.topic_nouns[str(noun).lower()] = frozenset(p.strip().lower() for p in preps)
        self.said_objects = _single_words(data, "said_objects", path)
        self.light_verbs = _single_words(data, "light_verbs", path)
        self.made_adjectives = _single_words(data, "made_adjectives", path)
        self.passive_judgements = _single_words(data, "passive_judgements", path)
        self.judgement_nouns, self.receiving_verbs = _pair(data, "received_judgements", ("nouns", "verbs"), path)
        self.impersonal_verbs, self.impersonal_adjectives = _pair(data, "impersonal_stances", ("verbs", "adjectives"), path)
        self.source_preps, self.source_nouns = _pair(data, "source_phrases", ("preps", "nouns"), path)
        self.statement_preps, self.statement_nouns = _pair(data, "statement_phrases", ("preps", "nouns"), path)
        self.answer_verbs, self.comment_requests = _pair(data, "comment_requests", ("verbs", "nouns"), path)
        self.refusal_verbs = _single_words(data, "refusal_verbs", path)
        self.colon_nouns = _single_words(data, "colon_nouns", path)
        self.gloss_nouns = _single_words(data, "gloss_nouns", path)
        self.pact_nouns = _single_words(data, "pact_nouns", path)
        self.hearsay_adverbs = _single_words(data, "hearsay_adverbs", path)
        _require_subset(self.pact_nouns, self.nouns, "'pact_nouns' must be reporting nouns listed under 'nouns'",
                        path, data.get("__line__"))
        self.pact_determiners = _single_words(data, "pact_determiners", path)
        self.command_openers, self.writers_saying_verbs, self.gloss_subjects = _group(
            data, "writers_phrases", ("command_openers", "saying_verbs", "gloss_subjects"), path)
        self.no_holder_words = _single_words(data, "no_holder_words", path)
        self.far_preps, self.away_particles = _pair(data, "verb_particles", ("far_preps", "away"), path)
        self.supposing_words = _single_words(data, "supposing_words", path)
        self.quantity_words = _single_words(data, "quantity_words", path)
        self.according_non_sources = _single_words(data, "according_non_sources", path)
        self.citing_verbs = _single_words(data, "citing_verbs", path)
        force = data.get("force_readings") or {"words": [], "targets": [], "tolls": []}
        if not isinstance(force, dict) or set(force) - {"__line__"} != {"words", "targets", "tolls"}:
            raise DictionaryError(str(path), data.get("__line__"), "'force_readings' must give 'words', 'targets' and 'tolls'")
        self.force_words = _single_words(force, "words", path)
        self.force_targets = _single_words(force, "targets", path)
        self.force_tolls = _single_words(force, "tolls", path)
        self.raising_verbs = _single_words(data, "raising_verbs", path)
        self.permission_verbs, self.unnamed_verbs = _pair(data, "anonymity", ("permission", "unnamed"), path)
        _require_subset(self.passive_judgements, self.verbs.keys(), "'passive_judgements' must be reporting verbs listed above",
                        path, data.get("__line__"))
        self.subject_control_verbs = _single_words(data, "subject_control_verbs", path)
        self.recording_nouns = _single_words(data, "recording_nouns", path)
        self.object_participle_verbs = _single_words(data, "object_participle_verbs", path)
        kickers = data.get("headline_kickers") or []
        if not isinstance(kickers, list) or not all(isinstance(n, str) and n.strip() for n in kickers):
            raise DictionaryError(str(path), data.get("__line__"), "'headline_kickers' must be a list of non-empty strings")
        self.kickers = frozenset(n.strip().lower() for n in kickers)
        labels = data.get("section_labels") or []
        if not isinstance(labels, list) or not all(isinstance(n, str) and n.strip() for n in labels):
            raise DictionaryError(str(path), data.get("__line__"),
                                  "'section_labels' must be a list of non-empty strings")
        self.section_labels = frozenset(n.strip().lower().replace("’", "'") for n in labels)
        stances = data.get("stance_predicates") or {}
        if not isinstance(stances, dict):
            raise DictionaryError(str(path), data.get("__line__"), "'stance_predicates' must map words to what follows them")
        for word, markers in stances.items():
            if word == "__line__":
                continue
            if not isinstance(markers, list) or not markers or not all(isinstance(m, str) and m.strip() for m in markers):
                raise DictionaryError(str(path), stances.get("__line__"),
                                      f"stance predicate {word!r}: give a non-empty list of prepositions, 'that' or 'to'")
            self.stance_predicates[str(word).lower()] = frozenset(m.strip().lower() for m in markers)
        forms = data.get("forms") or {}
        if not isinstance(forms, dict):
            raise DictionaryError(str(path), data.get("__line__"), "'forms' must map word forms to lemmas")
        for form, lemma in forms.items():
            if form == "__line__":
                continue
            if not isinstance(lemma, str) or not lemma.strip() or lemma.lower() not in self.verbs:
                raise DictionaryError(str(path), forms.get("__line__"),
                                      f"form {form!r}: its lemma {lemma!r} must be a reporting verb listed above")
            self.forms[str(form).lower()] = lemma.strip().lower()
        for phrase in data.get("phrases") or []:
            if not isinstance(phrase, dict) or not isinstance(phrase.get("text"), str):
                raise DictionaryError(str(path), _line(phrase), "each phrase needs a 'text'")
            _only(phrase, {"text", "speaker"}, path)
            if phrase.get("speaker", "object") != "object":
                raise DictionaryError(str(path), _line(phrase), "phrase speaker must be 'object'")
            self.according.append(tuple(phrase["text"].lower().split()))

    def _load_channels(self, path: Path) -> None:
        data = _mapping(load_yaml(path), path)
        _only(data, {"outlets", "media_words", "media_qualifiers", "interview_words", "platforms", "post_words",
                     "platform_words", "press_words", "media_disqualifiers", "platform_aliases", "aside_verbs",
                     "anaphoric_media_words"}, path)
        line = data.get("__line__")
        for key in ("platforms", "post_words", "press_words", "aside_verbs", "anaphoric_media_words"):
            data.setdefault(key, [])
        for key in ("outlets", "media_words", "interview_words", "platforms", "post_words", "press_words",
                    "aside_verbs", "anaphoric_media_words"):
            values = data.get(key)
            if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
                raise DictionaryError(str(path), line, f"'{key}' must be a list of non-empty strings")
        self.outlets, self.outlet_max_len = _load_names(data["outlets"], "outlet", path, line)
        self.platforms, self.platform_max_len = _load_names(data["platforms"], "platform", path, line)
        self.media_words = frozenset(w.lower() for w in data["media_words"])
        self.interview_words = frozenset(w.lower() for w in data["interview_words"])
        self.post_words = frozenset(w.lower() for w in data["post_words"])
        self.press_words = frozenset(w.lower() for w in data["press_words"])
        self.aside_verbs = frozenset(w.lower() for w in data["aside_verbs"])
        self.anaphoric_media_words = frozenset(w.lower() for w in data["anaphoric_media_words"])
        if not self.anaphoric_media_words <= self.media_words:
            raise DictionaryError(str(path), line, "each of 'anaphoric_media_words' must be under 'media_words'")
        self.media_qualifiers = _media_qualifiers(data.get("media_qualifiers") or {}, self.media_words, path,
                                                  "media_qualifiers")
        self.media_disqualifiers = _media_qualifiers(data.get("media_disqualifiers") or {}, self.media_words, path,
                                                     "media_disqualifiers")
        self.platform_aliases = _platform_words(data.get("platform_aliases") or {}, set(self.platforms.values()),
                                                path, "platform alias", keep_case=True)
        self.platform_words = _platform_words(data.get("platform_words") or {}, set(self.platforms.values()), path)


def _media_qualifiers(value: Any, media_words: frozenset[str], path: Path,
                      key: str) -> dict[str, frozenset[str]]:
    """``media_qualifiers`` / ``media_disqualifiers``: a media word listed under ``media_words`` -> the words that
    must (may not) come before it."""
    if not isinstance(value, dict):
        raise DictionaryError(str(path), None, f"'{key}' must map media words to lists of words")
    out: dict[str, frozenset[str]] = {}
    for word, qualifiers in value.items():
        if word == "__line__":
            continue
        if not isinstance(word, str) or word.lower() not in media_words:
            raise DictionaryError(str(path), _line(value), f"media qualifier key {word!r} is not under 'media_words'")
        if not isinstance(qualifiers, list) or not qualifiers \
                or not all(isinstance(q, str) and q.strip() and " " not in q.strip() for q in qualifiers):
            raise DictionaryError(str(path), _line(value), f"the qualifiers of {word!r} must be a list of single words")
        out[word.lower()] = frozenset(q.strip().lower() for q in qualifiers)
    return out


def _platform_words(value: Any, platforms: set[str], path: Path, kind: str = "platform word", *,
                    keep_case: bool = False) -> dict[str, str]:
    """``platform_words``: single-word lemmas, each naming a platform listed under ``platforms``; with ``kind``
    "platform alias" (``platform_aliases``): a listed platform's former name -> the listed name recorded."""
    if not isinstance(value, dict):
        raise DictionaryError(str(path), None, f"'{kind.replace(' ', '_')}s' must map words to platforms")
    out: dict[str, str] = {}
    for word, platform in value.items():
        if word == "__line__":
            continue
        if not isinstance(word, str) or not word.strip() or " " in word.strip():
            raise DictionaryError(str(path), _line(value), f"{kind} {word!r} must be a single word")
        if keep_case and word.strip() not in platforms:   # an alias is a platform name the text may use
            raise DictionaryError(str(path), _line(value), f"{kind} {word!r} is not listed under 'platforms'")
        if platform not in platforms:
            raise DictionaryError(str(path), _line(value), f"{kind} {word!r} names {platform!r}, "
                                                           "which is not listed under 'platforms'")
        out[word.strip() if keep_case else word.strip().lower()] = platform
    return out


def _load_names(names: list[str], kind: str, path: Path,
                line: int | None) -> tuple[dict[tuple[str, ...], str], int]:
    """Listed names keyed by their lower-cased tokens, and the most tokens a name has (at least 1); a name listed
    twice is an error naming its ``kind``."""
    by_words: dict[tuple[str, ...], str] = {}
    for name in names:
        words = tuple(_split_words(name.lower()))
        if words in by_words:
            raise DictionaryError(str(path), line, f"{kind} {name!r} listed twice")
        by_words[words] = name
    return by_words, max([1, *(len(words) for words in by_words)])


def _name_at(names: dict[tuple[str, ...], str], max_len: int, words: list[str], i: int) -> tuple[str, int] | None:
    """The listed name starting at ``words[i]`` (case-sensitive on the first letter): (name, length)."""
    longest = min(max_len, len(words) - i)
    lowered = [w.lower() for w in words[i:i + longest]]
    for n in range(longest, 0, -1):
        name = names.get(tuple(lowered[:n]))
        if name is not None and words[i][:1] == name[:1]:
            return name, n
    return None


def _split_words(name: str) -> list[str]:
    """Tokens of an outlet name as spaCy splits them (possessive 's apart)."""
    out: list[str] = []
    for word in name.split():
        if word.endswith(("'s", "’s")) and len(word) > 2:
            out.extend([word[:-2], word[-2:]])
        else:
            out.append(word)
    return out


def _mapping(data: Any, path: Path) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise DictionaryError(str(path), 1, "the file must be a mapping")
    return data


def _single_words(data: dict[str, Any], key: str, path: Path) -> frozenset[str]:
    """The lower-cased words of an optional list of single words under ``key``."""
    words = data.get(key) or []
    if not isinstance(words, list) or not all(isinstance(n, str) and n.strip() and " " not in n.strip() for n in words):
        raise DictionaryError(str(path), data.get("__line__"), f"'{key}' must be a list of single words")
    return frozenset(n.strip().lower() for n in words)


def _pair(data: dict[str, Any], key: str, names: tuple[str, str], path: Path) -> tuple[frozenset[str], frozenset[str]]:
    """Two lists of single words under one optional key ("received_judgements": nouns and verbs)."""
    first, second = _group(data, key, names, path)
    return first, second


def _group(data: dict[str, Any], key: str, names: tuple[str, ...], path: Path) -> tuple[frozenset[str], ...]:
    """Lists of single words under one optional key, each named in ``names`` and all required."""
    value = data.get(key) or {name: [] for name in names}
    if not isinstance(value, dict) or set(value) - {"__line__"} != set(names):
        wanted = " and ".join(f"'{name}'" for name in names)
        raise DictionaryError(str(path), _line(value) or data.get("__line__"), f"'{key}' must give {wanted}")
    return tuple(_single_words(value, name, path) for name in names)


def _require_subset(words: frozenset[str], allowed: Collection[str], message: str, path: Path, line: int | None) -> None:
    """Every word of one list must be in another ("'pact_nouns' must be reporting nouns listed under
    'nouns'"); the error names the words that are not."""
    unknown = sorted(w for w in words if w not in allowed)
    if unknown:
        raise DictionaryError(str(path), line, f"{message}: {', '.join(unknown)}")


def _line(obj: Any) -> int | None:
    return obj.get("__line__") if isinstance(obj, dict) else None


def _only(obj: dict[str, Any], allowed: set[str], path: Path) -> None:
    extra = set(obj) - allowed - {"__line__"}
    if extra:
        raise DictionaryError(str(path), obj.get("__line__"), f"unknown key(s): {', '.join(sorted(extra))}")
