"""Small helpers over spaCy dependency parses (ClearNLP labels: nsubj, dobj, pobj, xcomp, ...)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .argument_words import argument_words
from .parse_memo import labelled_children, remembered, sentence_start
from .counting import counted, measured, quantified  # noqa: F401 (quantified: re-exported for callers)
from .phrases import forms, phrases_ending_at  # noqa: F401 (re-exported: callers read syntax.forms, ...)

SUBJ = frozenset({"nsubj", "csubj"})
PASS_SUBJ = frozenset({"nsubjpass", "csubjpass"})
OBJ = frozenset({"dobj", "obj"})
PREP_OBJ = frozenset({"pobj", "pcomp"})
# Tokens that may never head an event argument or be a trigger.
FUNCTION_POS = frozenset({"DET", "PRON", "PUNCT", "ADP", "CCONJ", "SCONJ", "PART", "NUM", "SYM", "SPACE"})
VERB_POS = frozenset({"VERB", "AUX", "ADJ"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
# prepositions of a verb's argument phrases (an 'in' phrase after one is a circumstance: ``light_verb``)
_ARGUMENT_PREPS = frozenset({"for", "to", "with", "against", "about", "over"})
# the children of a verb whose phrases stand for its object (``object_phrases``)
_OBJECT_DEPS = OBJ | {"attr", "oprd", "dative", "acomp"}


def sent_start(token: Token) -> int:
    """Index of the first token of ``token``'s sentence (``token.sent`` rescans the whole doc)."""
    doc = token.doc
    held = sentence_start(doc, token.i)
    if held is not None:
        return held
    i = token.i
    while i > 0 and not doc[i].is_sent_start:
        i -= 1
    return i


def word_is(token: Token, word: str) -> bool:
    return word in forms(token)


def is_passive(verb: Token) -> bool:
    return remembered(verb.doc, ("passive", verb.i), lambda: _is_passive(verb))


def _is_passive(verb: Token) -> bool:
    return any(dep in PASS_SUBJ or dep == "auxpass" for _, dep in labelled_children(verb)) or (
        verb.dep_ == "acl" and verb.tag_ == "VBN" and not predicate_of_root_noun(verb))


def predicate_of_root_noun(verb: Token) -> bool:
    """"The UN human rights chief called on Myanmar to end the violence": the parser made the
    subject the root and the verb a participle on it; a participle with an object or a complement
    clause (and no 'by' agent) is the sentence's predicate, not a passive ("Three soldiers killed
    in an attack" stays a passive headline). The parser may hang it on an apposition of that subject
    after its closing comma ("Juan Guaido, the opposition leader recognised by 50 countries, called on
    the armed forces to ...")."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or verb.i < head.i:
        return False
    root = head
    while root.dep_ == "appos" and root.head is not root and root.head.i < root.i:
        root = root.head
    if root.dep_ != "ROOT" or root.pos_ not in NOUN_POS or (
            root is not head and (verb.i == 0 or verb.doc[verb.i - 1].text != ",")):
        return False
    deps = {dep for _, dep in labelled_children(verb)}
    if "agent" in deps:
        return False
    # (after an apposition's comma an infinitive clause tells a predicate too: "called on the army to help")
    return bool(deps & {"dobj", "xcomp", "ccomp", "dative"}) or (
        root is not head and any(is_infinitive_advcl(c) for c in verb.children))


def children(token: Token, *deps: str) -> list[Token]:
    return [c for c, dep in labelled_children(token) if dep in deps]


def conjuncts(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("Russia and China" -> [Russia, China])."""
    out = [token]
    stack = [c for c, dep in labelled_children(token) if dep == "conj"]
    while stack:
        tok = stack.pop(0)
        out.append(tok)
        stack.extend(c for c, dep in labelled_children(tok) if dep == "conj")
    return out


def noun_phrases(token: Token) -> set[str]:
    """Phrases naming a noun: its own word(s), plus "N of X" forms ("minute of silence")."""
    out = phrases_ending_at(token)
    for prep in children(token, "prep"):
        if prep.lower_ == "of":
            for pobj in children(prep, "pobj"):
                for tail in phrases_ending_at(pobj, 3):
                    out.add(f"{token.lemma_.lower()} of {tail}")
                    out.add(f"{token.lower_} of {tail}")
    return out


def prefix_matches(token: Token, words: tuple[str, ...]) -> bool:
    """True if the tokens right before ``token`` read ``words`` (lemma or text, hyphens as tokens)."""
    if not words:
        return True
    start = token.i - len(words)
    if start < 0:
        return False
    doc = token.doc
    if not all(word_is(doc[start + k], w) for k, w in enumerate(words)):
        return False
    return not any(doc[k].is_sent_start for k in range(start + 1, token.i + 1))


def light_verb(noun: Token) -> Token | None:
    """The verb a trigger noun hangs from as object ("held talks", "imposed sanctions", "took part in talks")."""
    return remembered(noun.doc, ("light verb", noun.i), lambda: _light_verb(noun))


def _light_verb(noun: Token) -> Token | None:
    tok = noun
    # "a round of talks", "a series of airstrikes": climb from the pobj of "of" to its noun
    # (not a noun of the event's time or setting: "toured the country in the wake of attacks")
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and (tok.head.head.pos_ in NOUN_POS or (
            tok.head.head.lower_ in argument_words().quantifiers and tok.head.head.dep_ in OBJ)):
        if tok.head.head.lemma_.lower() in argument_words().circumstances:
            return None
        tok = tok.head.head   # also "imposed some of the harshest sanctions"
        tok = measured(tok, NOUN_POS)   # "sent a convoy of trucks of food": on through a measure
    while tok.dep_ == "conj" and tok.head.pos_ in NOUN_POS:
        tok = tok.head
    if tok.dep_ in OBJ or tok.dep_ in PASS_SUBJ or tok.dep_ in ("attr", "oprd", "dative"):
        head = tok.head
        return head if head.pos_ in ("VERB", "AUX") else None
    # "took part in talks", "entered into negotiations" (not "during the talks", "talked about sanctions")
    # ("called for better pay in a protest": an 'in' phrase after an argument phrase of the verb is a
    # circumstance; "began a hunger strike in jail on Monday in protest against ..." is not)
    if tok.dep_ in PREP_OBJ and tok.head.dep_ == "prep" and tok.head.lower_ in ("in", "into") \
            and tok.head.head.pos_ in ("VERB", "AUX", "ADJ") \
            and not any(dep == "prep" and c.lower_ in _ARGUMENT_PREPS and tok.head.head.i < c.i < tok.head.i
                        for c, dep in labelled_children(tok.head.head)):
        return tok.head.head
    return None


def attachment_sites(trigger: Token, *, noun: bool, kids: dict | None = None) -> list[Token]:
    """Tokens whose prepositional children may belong to the trigger's event (``kids``: see ``preps_of``)."""
    kids = {} if kids is None else kids
    sites = [trigger]
    if noun:
        verb = light_verb(trigger)
        if verb is not None:
            sites.append(verb)
        elif trigger.dep_ == "nsubj" and trigger.head.pos_ == "VERB" and not children(trigger.head, *OBJ, "attr"):
            # "fighting erupted between X and Y", "talks resumed with Iran": the phrases of the
            # intransitive verb the event noun is the subject of tell its participants
            sites.append(trigger.head)
        # "sanctions imposed by the United States on Russia": the participle's phrases are the noun's
        sites.extend(c for c, dep in _labelled_children(trigger, kids) if dep == "acl" and c.tag_ == "VBN")
    else:
        for obj in children(trigger, *OBJ):
            sites.append(obj)
            # "fired 120 missiles and 90 drones at Israel": a phrase on the last conjunct of a
            # coordinated object belongs to the whole coordination
            sites.append(conjuncts(obj)[-1])
        if trigger.dep_ == "acomp":
            sites.append(trigger.head)
    # one level down: "spoke on the phone with X" -> "with" may hang from "phone"
    for site in list(sites):
        for prep, dep in _labelled_children(site, kids):
            if dep == "prep":
                sites.extend(g for g, gdep in _labelled_children(prep, kids) if gdep == "pobj")
            if dep in _PARTICLE_DEPS and not noun and site.i == trigger.i:
                # "walked out of talks with Israel": the phrase under the particle's 'of'
                for inner in _particle_preps(prep, kids):
                    sites.extend(g for g, gdep in _labelled_children(inner, kids) if gdep == "pobj")
    seen: set[int] = set()
    return [s for s in sites if not (s.i in seen or seen.add(s.i))]


def is_time_phrase(tok: Token) -> bool:
    """"on Monday", "in June": a preposition whose object is a date or time."""
    return any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in tok.children)


def preps_of(trigger: Token, *, noun: bool) -> Iterator[Token]:
    """Preposition tokens attached to the trigger's event (see ``attachment_sites``); dates left out."""
    return iter(remembered(trigger.doc, ("preps", trigger.i, noun), lambda: tuple(_preps_of(trigger, noun=noun))))


def _preps_of(trigger: Token, *, noun: bool) -> Iterator[Token]:
    kids: dict[int, list[tuple[Token, str]]] = {}   # each token's children and their labels, read once
    for site in attachment_sites(trigger, noun=noun, kids=kids):
        for c, dep in _labelled_children(site, kids):
            if dep in ("prep", "agent", "dative") and c.pos_ == "ADP" and not any(
                    gdep == "pobj" and g.ent_type_ in ("DATE", "TIME") for g, gdep in _labelled_children(c, kids)):
                yield c
            if dep in _PARTICLE_DEPS and not noun and site.i == trigger.i:
                yield from _particle_preps(c, kids)
            elif dep in _CLAUSE_DEPS and not noun and site.i == trigger.i:
                # "called for Syria to allow aid": the 'for' of a for-to clause is the verb's 'for' phrase
                mark = for_mark(c)
                if mark is not None:
                    yield mark


_CLAUSE_DEPS = frozenset({"advcl", "ccomp"})
_PARTICLE_DEPS = frozenset({"prep", "advmod", "prt", "compound:prt"})
_PARTICLES = frozenset({"out", "away", "back", "off", "down", "up"})


def _particle_preps(particle: Token, kids: dict[int, list[tuple[Token, str]]]) -> list[Token]:
    """"pulled out of the deal", "walked away from talks": the parser hangs the phrase under the
    particle ('out' as prep/advmod/prt with no object of its own); its prepositions, dates left out."""
    if particle.lower_ not in _PARTICLES:
        return []
    grand = _labelled_children(particle, kids)
    if any(gdep in PREP_OBJ for _, gdep in grand):
        return []
    return [g for g, gdep in grand if gdep == "prep" and g.pos_ == "ADP" and not any(
        ggdep == "pobj" and gg.ent_type_ in ("DATE", "TIME") for gg, ggdep in _labelled_children(g, kids))]


def for_mark(clause: Token) -> Token | None:
    """The 'for' of a for-to clause ("for Syria to allow aid deliveries"), or a 'with'/'to'/'on'
    marking one ("pleaded with the administration to reconsider"), or None."""
    if clause.dep_ not in _CLAUSE_DEPS or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    # "pleaded with the administration to reconsider", "appealed to Iran to free": a 'with'/'to'
    # the parser read as the marker of the infinitive clause is the verb's phrase the same way
    return next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in _CLAUSE_MARK_PREPS and c.i < clause.i
                 and any(s.dep_ in SUBJ and c.i < s.i < clause.i for s in clause.children)), None)


_CLAUSE_MARK_PREPS = frozenset({"for", "with", "to", "on", "upon"})


def _labelled_children(token: Token, kids: dict[int, list[tuple[Token, str]]]) -> list[tuple[Token, str]]:
    """``token``'s children with their dependency labels, made once per token for one caller's walk."""
    out = kids.get(token.i)
    if out is None:
        out = kids[token.i] = labelled_children(token)
    return out


def prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition, coordination included; of the 'for' of a for-to clause, the
    clause's subject ("called for Syria to allow ..." -> Syria)."""
    if prep.dep_ == "mark":
        return [t for c in prep.head.children if c.dep_ in SUBJ for t in conjuncts(c)]
    out = []
    for c in prep.children:
        if c.dep_ in PREP_OBJ:
            out.extend(conjuncts(c))
    return out


def by_agents(tok: Token) -> list[Token]:
    """The objects of ``tok``'s "by" phrases: the agent of a passive or of an event noun."""
    return [pobj for prep in children(tok, "prep") if prep.lower_ == "by" for pobj in prep_objects(prep)]


def act_agents(noun: Token) -> list[Token]:
    """The 'by' agents of an event noun: its own ("strikes by Russia"), else the one the parser hung
    on the noun's 'of' object ("the arrest of two reporters by Ugandan police": 'by' on "reporters")."""
    found = by_agents(noun)
    if found:
        return found
    return [agent for prep in children(noun, "prep") if prep.lower_ == "of"
            for pobj in prep_objects(prep) for agent in by_agents(pobj)]


def stray_agents(verb: Token) -> list[Token]:
    """The 'by' phrase of a passive the parser hung on a noun of the clause instead of the verb:
    "was threatened with sanctions by the United States", "was urged to return to talks by the
    UN" (the noun is the object of a preposition of the verb or of its infinitive)."""
    out: list[Token] = []
    for site in [verb, *children(verb, "xcomp")]:
        for prep in children(site, "prep"):
            for pobj in children(prep, "pobj"):
                out.extend(by_agents(pobj))
    return out


def object_phrases(trigger: Token, *, noun: bool) -> set[str]:
    """Phrases a pattern's ``objects`` may match: direct object, xcomp verb and its object, pobj of "to"."""
    out: set[str] = set()
    if noun:
        return out
    verb = trigger
    kids = labelled_children(verb)   # read once: every step below looks at the verb's children
    heads: list[Token] = [tok for c, dep in kids if dep in _OBJECT_DEPS for tok in conjuncts(c)]
    if any(dep in PASS_SUBJ or dep == "auxpass" for _, dep in kids) or (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        heads.extend(tok for c, dep in kids if dep in PASS_SUBJ for tok in conjuncts(c))   # is_passive(verb)
    # "appealed for calm", "switched to diplomacy": a phrase may stand for the object, but a 'to'
    # phrase beside a direct object is its destination ("took its crew to the port": not what was taken)
    has_obj = bool(heads)
    for prep, dep in kids:
        if dep != "prep":
            continue
        low = prep.lower_
        if low in ("to", "for", "on", "in", "into", "as") and not (has_obj and low in ("to", "into")):
            heads.extend(prep_objects(prep))
        elif low == "of" and has_obj:   # "warned Finland of retaliation": what the addressee is told
            heads.extend(prep_objects(prep))
    # "suspended its participation in the talks", "ended its role in the coalition": what a noun of
    # taking part is in (``taking_part`` in data/cameo/arguments.yaml) is what the act is done to
    taking_part = argument_words().taking_part
    heads.extend(p for o, dep in kids if dep in OBJ and o.lemma_.lower() in taking_part
                 for prep in children(o, "prep") if prep.lower_ == "in" for p in prep_objects(prep))
    # the parser often hangs that 'of' phrase on a named object ("warned Greece of consequences")
    heads.extend(p for o, dep in kids if dep in OBJ and o.pos_ == "PROPN"
                 for prep in children(o, "prep") if prep.lower_ == "of" for p in prep_objects(prep))
    # "allowed inspectors to return", "let the convoy cross": the subject of a non-finite clause of a verb
    # of letting (``permission_verbs``) is what it lets act, read as its object
    if verb.lemma_.lower() in argument_words().permission_verbs:
        heads.extend(tok for c, dep in kids if dep == "ccomp" and _non_finite(c)
                     for s in c.children if s.dep_ == "nsubj" for tok in conjuncts(s))
    heads = [h for head in heads for h in counted(head)]
    for head in heads:
        out |= noun_phrases(head)
        if head.pos_ == "PROPN":
            out |= _title_phrases(head)
    for x, dep in kids:
        if dep != "xcomp" and dep != "ccomp":
            continue
        for xv in conjuncts(x):
            lemma = xv.lemma_.lower()
            out.add(lemma)
            for c in xv.children:
                cdep = c.dep_
                if cdep == "prt" or cdep == "advmod":
                    out.add(f"{lemma} {c.lower_}")
                elif cdep == "xcomp" and c.tag_ == "VBG":   # "agreed to stop all firing": the parser's gerund
                    out.add(f"{lemma} {c.lemma_.lower()}")
                elif cdep in OBJ:
                    for tok in conjuncts(c):
                        out |= noun_phrases(tok)
                        titles = _title_phrases(tok) if tok.pos_ == "PROPN" else set()
                        out |= titles
                        for phrase in phrases_ending_at(tok, 4) | titles:
                            out.add(f"{lemma} {phrase}")
                            words = phrase.split()
                            if words and words[0] in ("the", "a", "an", "their", "its", "his", "her"):
                                out.add(f"{lemma} {' '.join(words[1:])}")
                elif cdep == "prep":
                    for pobj in prep_objects(c):
                        for phrase in phrases_ending_at(pobj, 3):
                            out.add(f"{lemma} {c.lower_} {phrase}")
    return {" ".join(p.replace("-", " - ").split()) for p in out}


def addressee_phrases(verb: Token) -> set[str]:
    """Phrases of the addressee of a verb that orders someone to act ("ordered the American soldiers to leave",
    "gave the French forces a month to withdraw"): its own objects, or the subject of a non-finite clause the
    parser hung on it; never the objects of that clause ("ordered the government to withdraw its troops":
    the addressee is the government, not the troops)."""
    kids = labelled_children(verb)
    heads = [tok for c, dep in kids if dep in _OBJECT_DEPS and dep != "acomp" for tok in conjuncts(c)]
    heads.extend(tok for c, dep in kids if dep == "ccomp" and _non_finite(c)
                 for s in c.children if s.dep_ == "nsubj" for tok in conjuncts(s))
    out: set[str] = set()
    for head in (h for hd in heads for h in counted(hd)):
        out |= noun_phrases(head)
        if head.pos_ == "PROPN":
            out |= _title_phrases(head)
    return {" ".join(p.replace("-", " - ").split()) for p in out}


def _non_finite(clause: Token) -> bool:
    """A to-infinitive or bare infinitive clause ("inspectors to return", "the convoy cross")."""
    return clause.tag_ == "VB" and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)


def _title_phrases(name: Token) -> set[str]:
    """The title words before a proper name, read as the object's head words: "removed President Omar
    al-Bashir" -> "president", "dismissed Prime Minister Nawaz Sharif" -> "prime minister", "killed Governor
    Salman Taseer" -> "governor" (phrases ending at each capitalised compound before the name; a pattern's
    ``objects`` list, all common nouns, is what picks the title out of the name's words). A role written in
    lower case is a title too: "freed opposition leader Morgan Smith" -> "opposition leader", "beat activist
    Jane Doe" -> "activist"."""
    out: set[str] = set()
    for c in name.children:
        if c.dep_ == "compound" and c.i < name.i and (c.is_title or c.pos_ == "NOUN"):
            out |= phrases_ending_at(c, 3)
    return out


_RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})


def relative_antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun stands for when it fills a role of its relative clause ("the
    rebels, whom the army accused" -> rebels; "the sanctions, which Russia condemned" -> sanctions;
    "the rebels, whose positions the army shelled" -> rebels), else None."""
    if tok.lower_ == "whose" and tok.dep_ == "poss":
        # "the rebels, whose positions the army shelled": the owner is the clause's head
        clause = next((a for a in list(tok.ancestors)[:3] if a.dep_ == "relcl"), None)
        head = clause.head if clause is not None else None
        return head if head is not None and head.i < tok.i and head.pos_ in NOUN_POS else None
    if tok.lower_ not in _RELATIVE_PRONOUNS or tok.pos_ not in ("PRON", "DET") or tok.head.dep_ != "relcl":
        return None
    head = tok.head.head
    return head if head.i < tok.i and head.pos_ in NOUN_POS | {"PRON"} else None


def xcomp_governors(token: Token) -> list[Token]:
    """Verbs (and adjectives) that govern ``token`` through open clausal complements: "agreed to meet"."""
    out = []
    tok = token
    while (tok.dep_ in ("xcomp", "conj") or is_infinitive_advcl(tok)) and tok.head is not tok:
        if tok.dep_ != "conj":
            out.append(tok.head)
        tok = tok.head
    return out


def is_infinitive_advcl(tok: Token) -> bool:
    """ "offered on Tuesday to mediate": a to-infinitive the parser hung as an adverbial clause
    (an open complement of a control verb, or an infinitive of purpose)."""
    return tok.dep_ == "advcl" and tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                            for c in tok.children)


def clause_verb_words(verb: Token) -> set[str]:
    """The verbs of the clauses ``verb`` governs, with their particles ("get out"): its xcomp and ccomp, and a
    to-infinitive the parser hung on the verb as an adverbial or on a counted time ("gave the envoy 72 hours to
    leave", "gave the diplomats a week to get out")."""
    clauses = children(verb, "xcomp", "ccomp")
    clauses += [c for c in children(verb, "advcl") if _is_to_infinitive(c)]
    clauses += [c for o in children(verb, "dobj", "npadvmod") for c in children(o, "acl", "relcl")
                if _is_to_infinitive(c)]
    words: set[str] = set()
    for clause in clauses:
        for x in conjuncts(clause):
            lemma = x.lemma_.lower()
            words.add(lemma)
            words.update(f"{lemma} {p.lower_}" for p in children(x, "prt"))
    return words


def _is_to_infinitive(clause: Token) -> bool:
    return clause.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
