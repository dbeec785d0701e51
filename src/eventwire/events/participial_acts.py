"""Participles that make an act of their own beside the act of their clause ("condemned the attack, calling on
both sides to show restraint", "..., warning Colombia against any incursion"), and the addressee of a request
made that way ("imposed sanctions on Belarus, demanding the release of political prisoners": Belarus is asked).

The background filters (``background.drop_adjuncts``) and the content filter (``drops.drop_embedded``) keep such
participles; ``request_addressees`` gives a kept request the main act's target when the request names only what
it asks for.
"""

from __future__ import annotations

from typing import Any

from .argument_words import argument_words

# the roots of a speech act a participle may make beside the act of its clause ("..., urging Moscow to withdraw",
# "..., calling on both sides to show restraint", "..., pledging to rebuild", "..., demanding an inquiry"): an
# appeal, a promise or a demand addressed to someone is an act of its own, never a justification of the main act
SPEECH_ACT_ROOTS = frozenset({"02", "03", "10"})
# the main acts whose content or aim such a participle tells: "signed a pact, pledging to come to each other's
# aid", "blocked the highway, demanding a wage rise" (the protest's demand is no second event)
CONTENT_OF = {"03": frozenset({"03", "05", "14"}), "02": frozenset({"02", "14"}), "10": frozenset({"10", "14"})}
# main acts that judge their object (disapprove, reject): what they judge is that object, so a participial appeal
# beside them ("condemned the launch, urging Pyongyang to return to talks") is no content of theirs
JUDGING_ROOTS = frozenset({"11", "12"})
# appeals and demands: a participle of these roots that names only the persons or things it asks for ("demanding
# the release of political prisoners") is put to the one the main act is aimed at
REQUEST_ROOTS = frozenset({"02", "10"})
# statements a participle of saying may tell again beside the coded statement of its clause (``drop_said_again``):
# comments, appeals, praise or support, demands, disapproval, rejection
STATEMENT_ROOTS = frozenset({"01", "02", "05", "10", "11", "12"})


def participial_speech_act(f: Any, main: Any) -> bool:
    """A participle that appeals, promises or demands (roots ``SPEECH_ACT_ROOTS``) beside the act of its clause is
    an act of its own, made by the main clause's subject ("condemned the attack, calling on both sides to show
    restraint", "toured the town, pledging to rebuild it"); not when it only tells the content of a main act of
    the same kind ("signed a pact, pledging to defend each other", "called for talks, urging both sides to ...")."""
    root = f.attempt.pattern.root
    if f.token.tag_ != "VBG" or root not in SPEECH_ACT_ROOTS or f.code[:2] != root:
        return False
    if main is None or main is f or main.attempt.noun:
        return True
    return main.attempt.pattern.root not in CONTENT_OF[root]


def beside_judgement(f: Any, main: Any) -> bool:
    """A participial appeal, promise or demand after a comma beside a condemnation or a rejection (``JUDGING_ROOTS``:
    "condemned the missile launch, urging North Korea to return to talks") is an act of its own, not the content
    of the judging verb (what a condemnation condemns is its object)."""
    tok = f.token
    if main is None or main is f or tok.dep_ != "advcl" or not _after_comma(tok):
        return False
    if main.attempt.pattern.root not in JUDGING_ROOTS:
        return False
    return participial_speech_act(f, main)


def act_beside(f: Any, main: Any, fired: dict[int, Any]) -> bool:
    """A participle after the main verb it hangs on as an adverbial clause is an act of its own, not that verb's
    content: a threat (``participial_threat``: "demanded that Wade withdraw, warning that it would fill the
    streets") or an appeal beside a judgement (``beside_judgement``)."""
    return participial_threat(f, fired) or beside_judgement(f, main)


def participial_threat(f: Any, fired: dict[int, Any]) -> bool:
    """A participle that threatens ("..., warning Colombia against any incursion", "..., warning that it would fill
    the streets", "..., threatening to shut down the buses"): a threat made beside the main act, never its
    justification or its detail. It names its addressee, its threatened act (the pattern's objects) or an act
    the lexicon reads in its clause; a warning of a danger ("warning it would bring NATO into the conflict") or
    one the coder read as a comment or a demand (012, 100) is none."""
    tok = f.token
    if tok.tag_ != "VBG" or f.attempt.pattern.root != "13" or f.code[:2] != "13":
        return False
    if f.attempt.pattern.objects or any(c.dep_ in ("dobj", "dative", "obj") for c in tok.children):
        return True
    clauses = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp")]
    return any(o is not f and any(o.token in c.subtree for c in clauses) for o in fired.values())


def justifies_uncoded_act(f: Any, head: Any, reporting: frozenset[str]) -> bool:
    """A participle of accusing or blaming (root 11) after a comma, hung on a verb that acts on an object and does
    not report ("invoked the treaty's emergency clause, accusing Minsk of ...", "withdrew its envoy, accusing
    the bloc of ..."), gives the reason of that act even when the lexicon codes no event for it: no
    event of its own, as beside a coded act. Not on a verb of saying ("said on Monday, accusing Y of ...": the
    accusation is the news) nor on a verb with no object ("hit back hours later, accusing ...") nor on a verb
    whose object is a text the accusation is made in ("issued a statement, accusing ...", "published a video,
    blaming ...": arguments.yaml ``texts``; the statement is the channel of the accusation, the news) nor on a verb
    of speaking to an audience ("addressed the General Assembly, criticising ...": ``speaking_verbs``)."""
    if f.attempt.pattern.root != "11" or f.code[:2] != "11" or head is f.token:
        return False
    words = argument_words()
    if head.pos_ != "VERB" or head.lemma_.lower() in reporting or head.lemma_.lower() in words.speaking_verbs:
        return False
    objects = [c for c in head.children if c.dep_ == "dobj"]
    return bool(objects) and not any(o.lemma_.lower() in words.texts for o in objects)


def request_addressees(fired: dict[int, Any], dyads: Any) -> None:
    """A kept participial request whose every target is what it asks for, the 'of' phrase of its object ("...,
    demanding the release of political prisoners", "..., calling for the return of the hostages"), or that has
    no target and asks for such a thing ("the release of a detained journalist"), is put to the target of the
    main act it stands beside ("The EU imposed sanctions on Belarus, demanding ...": Belarus)."""
    for f in fired.values():
        tok = f.token
        if f.dropped or f.roles is None or f.attempt.pattern.root not in REQUEST_ROOTS \
                or tok.dep_ != "advcl" or not _after_comma(tok):
            continue
        main = fired.get(tok.head.i)
        if main is None or main is f or main.dropped or main.roles is None or not participial_speech_act(f, main):
            continue
        if not (all(_asked_for(a.token, tok) for a in f.roles.targets) if f.roles.targets else _asks_of(tok)):
            continue    # (no target at all: "..., demanding the release of a detained journalist")
        asked = [a for a in main.roles.targets if a.ref.code not in {s.ref.code for s in f.roles.sources}]
        if not asked:
            continue
        f.roles.targets = [a.retold(f"{a.how} (the addressee of '{main.token.text}')") for a in asked]
        f.pairs = dyads.pairs(f)


def _asked_for(target: Any, verb: Any) -> bool:
    """``target`` is the 'of' object of a noun ``verb`` takes as its object ("demanding the release of X")."""
    while target is not None and target.dep_ in ("amod", "compound", "det", "nummod", "poss") \
            and target.head.i != target.i:
        target = target.head    # the mention's first word: "political" of "political prisoners"
    if target is None or target.dep_ != "pobj" or target.head.lower_ != "of":
        return False
    noun = target.head.head
    return noun.pos_ == "NOUN" and noun.dep_ in ("dobj", "pobj") and verb.i in (noun.head.i, noun.head.head.i)


def _asks_of(verb: Any) -> bool:
    """``verb``'s object is a noun with an 'of' phrase: the persons or things asked for ("the release of ...")."""
    return any(o.pos_ == "NOUN" and any(p.dep_ == "prep" and p.lower_ == "of" for p in o.children)
               for o in verb.children if o.dep_ == "dobj")


def _after_comma(tok: Any) -> bool:
    left = tok.left_edge.i
    return left > 0 and tok.doc[left - 1].text in (",", ";", "—", "–")


def drop_said_again(fired: dict[int, Any], reporting: frozenset[str]) -> None:
    """A statement told in the clause of a participle of saying beside a coded statement of the same root by the
    same speaker ("welcomed the army's advance, saying it supports the state's institutions", "condemned the raid,
    saying it rejected such acts") gives that statement's reason in other words: no second event. Not a statement
    of another root ("welcomed the deal, saying it would press for sanctions" stays two acts) nor one by another
    speaker."""
    for f in fired.values():
        tok = f.token
        if f.dropped or f.attempt.noun or tok.dep_ != "ccomp" or f.code[:2] not in STATEMENT_ROOTS:
            continue
        saying = tok.head
        if saying.tag_ != "VBG" or saying.lemma_.lower() not in reporting \
                or saying.dep_ not in ("advcl", "xcomp", "conj") or not _after_comma(saying):
            continue
        main = fired.get(saying.head.i)
        if main is None or main is f or main.dropped or not main.pairs or main.code[:2] != f.code[:2]:
            continue
        speakers = {s.ref.code for s, _ in main.pairs if s is not None}
        if speakers and {s.ref.code for s, _ in f.pairs if s is not None} <= speakers:
            f.dropped = f"'{saying.text} ...' beside '{main.token.text}' ({main.attempt.pattern.rule}): the same " \
                        "statement given its reason again, not an event of its own"
