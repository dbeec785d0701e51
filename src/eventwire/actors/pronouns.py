"""Pronoun antecedents: rule-based, over every noun phrase of the text, not only over actors.

A pronoun goes back to the most salient compatible noun phrase, found as a reader of news English would:
up its own clause chain first (the subject of each clause it sits in: "Russia accused Ukraine of violating
its airspace" -> Russia; the object of a control verb: "urged China to curb its emissions" -> China), then
the subjects before it in its sentence, then the nearest noun phrase before it, then the main subjects of the
sentences before (up to ``SENTENCES_BACK``). Noun phrases that are no actor ("the museum", "readers", "the
case") are candidates too: when one of them wins, the pronoun stands for a thing or for people the dictionary
does not code, and it gets no mention ("he visited the museum and praised it" codes nothing for "it").

Number (singular/plural), person versus organisation/country/thing, and gender (first-name table, honorifics,
gendered nouns; see ``references.mention_genders``) decide compatibility. An object pronoun is never its own
verb's subject ("Trump praised him"), nor the subject its verb shares with a verb before ("Obama praised Putin and
thanked him": not Obama); an object of a verb conjoined to an earlier one first tries that verb's object ("NBC
published the video and lawyers released it": the video). A pronoun inside a noun phrase never stands for that
phrase ("its leader", "the inclusion of it"), nor for what the phrase is in apposition to ("China, Pyongyang's ally
and its lifeline"); the subject of a relative clause with no relative word is not the noun the clause modifies ("the
money it needs"); "who" is no antecedent of "it".

A subject that does not fit a personal pronoun lends its person modifier ("The Trump campaign said the cuts helped
him": Trump). A phrase with a quantifier ("no leader", "every senator") binds its pronoun to no one. Inside a
quotation a pronoun is not its speaker, also when the speaker is a pronoun itself ("'He failed,' he said"). Where two
conjoined actors fit equally ("Obama and Putin met. He said ..."), the pronoun is left without an antecedent rather
than guessed.

Nor is an object pronoun the understood subject of its infinitive or participle ("his forces were helpless to stop
them", "cut ties with Qatar, accusing it"), and a subject pronoun is not a phrase of the subject-less participial
adjunct it is the doer of ("After meeting Putin, he said"); the clause structure is in ``pronoun_syntax``. A list of
conjoined actors of any length is one plural antecedent with every member; the focus of a cleft is an antecedent
("it was Morrison who took over"); in an earlier sentence, people an organisation acted on are "they" before the
organisation ("The AP interviewed editors. They said"); a lone surname tagged a place is the person named before
with it, else a person or a place. The candidates and their compatibility are in ``pronoun_candidates``.
"""

from __future__ import annotations

from spacy.tokens import Token

from .pronoun_candidates import NEUTER, PERSONAL, PLURAL, Candidate, build_candidates, compatible, pronoun_class
from .pronoun_syntax import (OBJECTS, RELATIVE_WORDS, SUBJECTS, adjunct_participants, aside_places, binding_verb,
                             colon_speaker, controllers, depth, excluded_phrases, quoted_tokens,
                             shared_subject_verbs, trailing_reporter)
from .vocabulary import shipped_vocabulary

_WORDS = shipped_vocabulary()

SENTENCES_BACK = 3
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})
PERSON_RELATIVES = frozenset({"who", "whom"})
# possessive forms are never bound by their verb's subject ("Why didn't Trump pay his?")
POSSESSIVES = frozenset({"his", "its", "their", "theirs", "hers"})
REPORTING_VERBS = _WORDS.words("reporting_verbs")


def _ok(c: Candidate, word: str, far: bool = False) -> bool:
    """``compatible``, where an organisation is "it" and, from an earlier sentence, also "they"."""
    if c.number == "any":
        cls = pronoun_class(word)
        return cls == "n" or (cls == "pl" and far)
    return compatible(c, word)


def find_antecedent(token: Token, candidates: dict[int, Candidate], tokens: list[Token], sent_start: list[int],
                    sent_index: list[int], sents: list[tuple[int, int]],
                    quoted: list[bool] | None = None) -> Candidate | None:
    """The candidate the pronoun ``token`` stands for, or None when nothing fits. A pronoun outside quotation
    marks does not go back to a phrase inside them ("'Mr. President, ...,' he asks": not the president)."""
    word = token.lower_
    outside = quoted is not None and not quoted[token.i]
    # not the actor this pronoun cannot be: its own verb's subject ("Obama said of him"), or the speaker of
    # the quotation it stands in ("'He is tough,' Obama said": "He" is not Obama)
    not_names: set[str] = set()
    own_verb = bound_verb = binding_verb(token)
    if quoted is not None and quoted[token.i]:
        here_ = sent_index[token.i]
        for n in (here_, here_ - 1, here_ + 1):   # a quotation may run on over a sentence with no speaker named
            if 0 <= n < len(sents):
                s0, s1 = sents[n]
                verb = next((t for t in tokens[s0:s1] if not quoted[t.i] and t.lemma_ in REPORTING_VERBS), None)
                if verb is not None:
                    bound_verb = verb
                    break
    speaker: range = range(0)   # "Secretary James Roche: ``... tortured him ...''": the words before the colon
    if quoted is not None and quoted[token.i] and word not in REFLEXIVES:
        speaker = colon_speaker(token.i, tokens, quoted, sent_start)
        for i in speaker:
            c = candidates.get(i)
            if c is not None and c.found is not None and c.found.res.name:
                not_names.add(c.found.res.name)
    if bound_verb is not None and word not in REFLEXIVES and word not in POSSESSIVES and token.dep_ != "poss":
        for s in bound_verb.children:
            c = candidates.get(s.i) if s.dep_ in SUBJECTS else None
            if c is None and s.dep_ in SUBJECTS and s.pos_ == "PRON" and quoted is not None and not quoted[s.i] \
                    and s.i != token.i:
                # "'He has failed,' he said": the speaker is a pronoun not resolved yet; who it is, He is not
                c = find_antecedent(s, candidates, tokens, sent_start, sent_index, sents, quoted)
            if c is not None and c.found is not None and c.found.res.name:
                not_names.add(c.found.res.name)
            if quoted is not None and quoted[token.i] and bound_verb is not own_verb and s.dep_ in ("dobj", "dative"):
                c = candidates.get(s.i)    # "telling Cook, 'ever since he died, you have ...'": he is not Cook (you)
                if c is not None and c.found is not None and c.found.res.name:
                    not_names.add(c.found.res.name)
            for a in (s.children if s.dep_ in SUBJECTS else ()):   # "Jane Doe, an analyst, said": the analyst
                ca = candidates.get(a.i) if a.dep_ == "appos" else None
                if ca is not None and ca.found is not None and ca.found.res.name:
                    not_names.add(ca.found.res.name)
    excluded = excluded_phrases(token)
    excluded.update(speaker)
    bound = shared_subject_verbs(own_verb) if own_verb is not None and word not in POSSESSIVES and \
        token.dep_ != "poss" else None
    if bound is not None and word not in REFLEXIVES and own_verb.dep_ == "relcl" and any(  # type: ignore[union-attr]
            c.dep_ in SUBJECTS and c.lower_ in RELATIVE_WORDS for c in own_verb.children):  # type: ignore[union-attr]
        excluded.add(own_verb.head.i)   # type: ignore[union-attr]  # "sources who reviewed them": not the sources
    if bound is not None and word not in REFLEXIVES:
        bound |= controllers(own_verb, excluded)   # type: ignore[arg-type]
    adjunct = adjunct_participants(token)
    excluded |= adjunct
    for i in adjunct:   # "Putin met Erdogan. After meeting Putin, he said ...": not Putin, wherever named
        c = candidates.get(i)
        if c is not None and c.found is not None and c.found.res.name:
            not_names.add(c.found.res.name)

    far = strict = False

    def pick(tok: Token, near: bool = False) -> Candidate | None:
        """``near``: the subject of a clause the pronoun sits in ("The Taliban said they ...": an organisation
        is "they" there as in a later sentence)."""
        if bound is not None and tok.dep_ in SUBJECTS and tok.head.i in bound:
            return None            # "sources who reviewed them": not "who"
        clause = tok.head
        while tok.lower_ in RELATIVE_WORDS and clause.dep_ in ("ccomp", "xcomp") and clause.head.i != clause.i:
            clause = clause.head   # "a contract that Canberra said was a betrayal because it ...": the contract
        if tok.lower_ in RELATIVE_WORDS and clause.dep_ == "relcl":
            if tok.lower_ in PERSON_RELATIVES and word in NEUTER:
                return None        # "who" is a person, never "it" (whatever noun the parser hangs the clause on)
            tok = clause.head      # "refugees who are spending ... their": the noun the clause modifies
            if tok.dep_ == "appos" and tok.i not in candidates:
                tok = tok.head     # "a new pact, a deal that France said ...": the phrase the apposition restates
        if tok.i in excluded or tok.i == token.i or (outside and quoted[tok.i]):  # type: ignore[index]
            return None
        if bound is not None and tok.dep_ in SUBJECTS and tok.head.i in bound:
            return None
        if word in PLURAL and (-tok.i - 1) in candidates and _ok(candidates[-tok.i - 1], word, far) and not (
                tok.left_edge.i <= token.i <= tok.right_edge.i):   # not "police and their masters": its own list
            return candidates[-tok.i - 1]
        c = candidates.get(tok.i)
        if c is not None and c.found is not None and not_names and _names_of(tok, c, candidates) & not_names:
            return None
        if c is not None and strict and c.pronoun is None and c.gender is None:
            return None
        if c is not None and _ok(c, word, far or near):
            if c.found is None:   # "The firm, a unit of Siemens, said it would appeal": the name it restates
                for a in tok.children:
                    ca = candidates.get(a.i) if a.dep_ == "appos" else None
                    if ca is not None and ca.found is not None and _ok(ca, word, far or near):
                        return ca
            return c
        if c is not None and tok.dep_ in SUBJECTS:   # "USCIS, the agency that ..., said it"
            for a in tok.children:
                if a.dep_ == "appos" and a.i in candidates and _ok(candidates[a.i], word, far):
                    return candidates[a.i]
            if word in PERSONAL and c.person is False:   # "The Trump campaign said the cuts helped him": Trump
                for a in tok.lefts:
                    ca = candidates.get(a.i) if a.dep_ in ("compound", "poss") else None
                    if ca is not None and ca.found is not None and ca.person and _ok(ca, word, far) and \
                            a.i not in excluded:
                        return ca
        return None

    def same_sentence() -> Candidate | None:
        # 1. up the clause chain: in each clause the pronoun sits in, its subject, then the other phrases of that
        # clause before the pronoun, left to right ("Warren told Stumpf, after he admitted ..." -> Stumpf)
        cur = token
        while cur.head.i != cur.i:
            came_from, cur = cur, cur.head
            if token.dep_ == "dobj" and came_from.i == token.head.i and came_from.dep_ == "conj":
                for o in cur.children:   # "NBC published the video and lawyers released it": the video
                    hit = pick(o) if o.dep_ == "dobj" and o.i < token.i else None
                    if hit is not None:
                        return hit
            subjects = [c for c in cur.children if c.dep_ in SUBJECTS and c.i < token.i and c.i != came_from.i]
            if not subjects and cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX"):
                # "police fired rubber bullets and beat voters as they tried to ...": the subject the verb shares
                subjects = [c for v in shared_subject_verbs(cur) for c in tokens[v].children
                            if c.dep_ in SUBJECTS and c.i < token.i]
            for s in subjects:   # "Trump, who says he is honored": "who" is the noun the clause modifies
                hit = pick(s, near=True)
                if hit is not None:
                    return hit
            controlled = cur.dep_ == "xcomp" or (cur.dep_ == "pcomp" and cur.head.lower_ == "from")
            if controlled and not subjects:   # "urged China to curb its emissions", "barred X from selling its ..."
                verb = cur.head if cur.dep_ == "xcomp" else cur.head.head
                for o in verb.children:
                    if o.dep_ == "dobj" and o.i < token.i:
                        hit = pick(o)
                        if hit is not None:
                            return hit
            if cur.pos_ in ("VERB", "AUX"):
                for c in cur.children:
                    if c.i >= token.i or c.i == came_from.i or c.dep_ in SUBJECTS:
                        continue
                    for o in ([c] if c.dep_ in OBJECTS else
                              [g for g in c.children if g.dep_ == "pobj"] if c.dep_ in ("prep", "dative") else []):
                        hit = pick(o) if o.i < token.i else None
                        if hit is not None:
                            return hit
        # 2. the subjects before the pronoun in its sentence, nearest first; 3. the nearest noun phrase
        start = sent_start[token.i]
        before = tokens[start:token.i][::-1]
        for tok in before:
            if tok.dep_ in SUBJECTS:
                hit = pick(tok)
                if hit is not None:
                    return hit
        # "The League, whose leader fled to India, condemned it": not India (a person the aside names may be "him")
        aside = aside_places(token) if word in NEUTER else set()
        for tok in before:
            hit = pick(tok) if tok.i not in aside else None
            if hit is not None:
                return hit
        return None

    # a known gender first ("Chris Christie described Clinton as a disgrace after she ..."), then any
    here = sent_index[token.i]
    cls = pronoun_class(word)
    strict = word in PERSONAL and any(   # only worth a pass when the sentence has someone of that gender
        (c := candidates.get(i)) is not None and c.gender == cls for i in range(sent_start[token.i], token.i))
    hit = same_sentence()
    if hit is None and strict:
        strict = False
        hit = same_sentence()
    if hit is not None:
        return None if _rival(hit, word, candidates, tokens) else hit
    # 4. earlier sentences: their subjects by depth (the main clause's first), then their nearest phrase (an
    # indefinite one only when no sentence within reach has another)
    bound, far = None, True
    # "Gunmen stormed a station, residents said. They looted ...": the doer of the act reported, not its reporter,
    # unless the pronoun itself speaks ("..., officials said. They added ...")
    speaking = token.dep_ in SUBJECTS and token.head.lemma_ in REPORTING_VERBS
    indefinite: Candidate | None = None
    counted = 0
    for n in range(here - 1, max(-1, here - 1 - 4 * SENTENCES_BACK), -1):
        s0, s1 = sents[n]
        toks = tokens[s0:s1]
        if outside and all(quoted[t.i] or t.is_punct or t.is_space for t in toks):  # type: ignore[index]
            continue    # a quoted sentence is skipped by an unquoted pronoun and does not count as distance
        counted += 1
        if counted > SENTENCES_BACK:
            break
        subjects = sorted((t for t in toks if t.dep_ in SUBJECTS),
                          key=lambda t: (not speaking and trailing_reporter(t), depth(t), t.i))
        for tok in subjects:
            hit = pick(tok)
            if hit is not None and hit.number == "any" and word in PLURAL:
                # "The Associated Press interviewed crew members and editors. They described ...": people the
                # organisation acted on are "they" before the organisation itself is
                people = next((c for o in toks if o.dep_ == "dobj" and o.head.i == tok.head.i and
                               _people(o, candidates) and (c := pick(o)) is not None), None)
                hit = people or hit
            if hit is not None:
                return None if _rival(hit, word, candidates, tokens) else hit
        for tok in reversed(toks):
            hit = pick(tok)
            if hit is not None and tok.dep_ not in SUBJECTS and _indefinite(tok, hit):
                indefinite = indefinite or hit   # "... lets the committee pick a substitute nominee. '...,' he
                continue                         # said": an indefinite object is a weak antecedent, the speaker goes on
            if hit is not None:
                return None if _rival(hit, word, candidates, tokens) else hit
    return indefinite


def _people(tok: Token, candidates: dict[int, Candidate]) -> bool:
    """Whether a plural phrase (or a phrase of its list) names people: an actor mention of people ("editors",
    "soldiers")."""
    for t in [tok, *(k for k in tok.subtree if k.dep_ == "conj" and k.head.i in (tok.i, *(
            j.i for j in tok.subtree)))]:
        c = candidates.get(t.i)
        if c is not None and c.found is not None and c.found.res.human and c.number == "pl":
            return True
    return False


def _indefinite(tok: Token, c: Candidate) -> bool:
    """A noun phrase with "a"/"an" and no name that an unrealised act governs ("rules let the committee pick a
    substitute nominee", "could pick a new judge"): no one in particular, and a pronoun of a later sentence goes
    back to it only when nothing else fits ("Police arrested a man. He ..." still goes back to the man)."""
    if (c.found is not None and c.found.res.name) or not any(
            d.dep_ == "det" and d.lower_ in ("a", "an") for d in tok.lefts):
        return False
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return verb.pos_ in ("VERB", "AUX") and (verb.dep_ == "xcomp" or verb.tag_ == "VB" or any(
        a.dep_ == "aux" and (a.lower_ == "to" or a.tag_ == "MD") for a in verb.children))


def _rival(hit: Candidate, word: str, candidates: dict[int, Candidate], tokens: list[Token]) -> bool:
    """Whether a singular pronoun's antecedent is one of two conjoined actors that both fit it ("Obama and Putin
    met. He said ..."): equally likely, so no antecedent rather than a guess."""
    if word in PLURAL or hit.found is None or hit.pronoun is not None or hit.head < 0:
        return False
    tok = tokens[hit.head]
    partners = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
    for p in partners:
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in p.lefts):
            continue   # "Stein and her press secretary": the partner is told by the one it belongs to
        other = candidates.get(p.i)
        if other is not None and other.found is not None and other.pronoun is None and _ok(other, word, True) and \
                other.found.res.code and (other.found.res.name or other.found.res.code) != (
                    hit.found.res.name or hit.found.res.code):
            return True
    return False


def _names_of(tok: Token, c: Candidate, candidates: dict[int, Candidate]) -> set[str]:
    """The name a candidate stands for, and that of the person it is an apposition of ("Michael Tanner, an
    analyst at the Cato Institute": the analyst is Michael Tanner)."""
    out = {c.found.res.name} if c.found is not None and c.found.res.name else set()
    linked = [tok.head] if tok.dep_ == "appos" else []
    linked += [a for a in tok.children if a.dep_ == "appos"]
    for t in linked:
        other = candidates.get(t.i)
        if other is not None and other.found is not None and other.found.res.name:
            out.add(other.found.res.name)
    return out


__all__ = ["Candidate", "NEUTER", "PERSONAL", "PLURAL", "build_candidates", "compatible", "find_antecedent",
           "pronoun_class", "quoted_tokens"]
