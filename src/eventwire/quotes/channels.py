"""Channels: the outlet a claim passed through ("told Russian news agency TASS", "Reuters reported",
"in an interview with CNN", "according to AP") or the platform it was posted on ("said on Telegram",
"in a post on X", "in a statement posted on Facebook", "in a Telegram post"), the platform a word names
by itself ("tweeted", "in a tweet": X), the outlet that carried a statement ("according to a statement
carried by the state news agency") and the press as the audience ("told reporters")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from .lexicon import QuoteLexicon

_ADDRESSEE_DEPS = frozenset({"dobj", "dative", "iobj", "npadvmod", "appos", "oprd"})
_PREP_TO = frozenset({"to", "with"})


def outlet_in(span: Span, lexicon: QuoteLexicon, *, media_words: bool = True) -> str | None:
    """The channel a noun phrase names: a known outlet, or (``media_words``) a media noun
    phrase ("the newspaper", "news agency RIA")."""
    words = [t.text for t in span]
    for i in range(len(words)):
        hit = lexicon.outlet_at(words, i)
        if hit is not None:
            return span[i:i + hit[1]].text
    if not media_words:
        return None
    head = span.root
    if (head.lemma_.lower() in lexicon.media_words or head.lower_ in lexicon.media_words) and _qualified(head, lexicon):
        names = [t for t in span if t.pos_ == "PROPN" and t.i > head.i]
        if names:
            return span.doc[names[0].i:names[-1].i + 1].text
        if len(span) <= 6:   # the outlet's name, not whose it is: "its Amaq news agency" -> "Amaq news agency"
            named = span[0].tag_ == "PRP$" and any(t.pos_ == "PROPN" for t in span[1:])
            return (span[1:] if named else span).text
    return None


def _qualified(head: Token, lexicon: QuoteLexicon) -> bool:
    """A media word that needs a qualifier has one before it ("the state news agency", not "the disaster
    agency"; "a TV channel", not "back channels"; bare "the network" names again an outlet named before), and
    none that makes it no outlet ("a white paper")."""
    if head.lower_ in lexicon.anaphoric_media_words and [c.lower_ for c in head.children] == ["the"]:
        return True
    before = {c.lower_ for c in head.children if c.i < head.i}
    lemmas = (head.lemma_.lower(), head.lower_)
    needed = next((lexicon.media_qualifiers[w] for w in lemmas if w in lexicon.media_qualifiers), None)
    barred = next((lexicon.media_disqualifiers[w] for w in lemmas if w in lexicon.media_disqualifiers), frozenset())
    return (needed is None or bool(before & needed)) and not before & barred


def _phrase(token: Token) -> Span:
    return token.doc[token.left_edge.i:token.right_edge.i + 1]


def channel_of_cue(verb: Token, lexicon: QuoteLexicon, skip: Callable[[int], bool] = lambda i: False) -> str | None:
    """The outlet addressed by a reporting verb: "told TASS", "said on CNN", "in an interview with AP".
    A known outlet name wins over a media noun phrase ("told Russian news agency TASS" -> TASS), both win
    over the platform the verb names ("tweeted": X) and the press told ("told reporters").
    ``skip(i)`` marks tokens that are no channel (a dateline's "(Reuters)")."""
    for media_words in (False, True):
        for child in verb.children:
            if skip(child.i):
                continue
            if child.dep_ in _ADDRESSEE_DEPS and child.pos_ in ("PROPN", "NOUN"):
                found = outlet_in(_phrase(child), lexicon, media_words=media_words)
            elif child.dep_ == "prep":
                found = channel_of_phrase(child, lexicon)
            else:
                found = None
            if found:
                return found
    named = lexicon.platform_words.get(lexicon.lemma(verb.text, verb.lemma_))
    if named is not None and verb.pos_ in ("VERB", "AUX"):
        return named
    asides = [aside for aside in _speaking_asides(verb, lexicon) if not skip(aside.i)]
    for aside in asides:                   # "Speaking to CNN / to reporters on Monday, the general said ..."
        found = next((found for prep in aside.children if prep.dep_ == "prep" and prep.lower_ == "to"
                      and (found := _outlet_headed(prep, lexicon))), None)
        if found:
            return found
    return press_told(verb, lexicon, skip) or next(
        (found for aside in asides if (found := press_told(aside, lexicon, skip, addressee=False))), None)


def _speaking_asides(verb: Token, lexicon: QuoteLexicon) -> list[Token]:
    """The speaker's own aside on where the claim was spoken: a present participle ("Speaking to reporters, X
    said", "X, speaking to the BBC, said") or a relative clause on the subject with no time of its own ("X, who
    spoke to journalists after the meeting, said"; not "who gave an interview to the BBC last year"), its verb
    a speaking verb (channels.yaml aside_verbs: not "Responding to a CNN report", "who wrote to the BBC")."""
    asides = [child for child in verb.children if child.dep_ == "advcl" and child.tag_ == "VBG"]
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        asides += [c for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBG"
                   or c.dep_ == "relcl" and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)]
    return [aside for aside in asides if lexicon.lemma(aside.text, aside.lemma_) in lexicon.aside_verbs]


def _outlet_headed(prep: Token, lexicon: QuoteLexicon) -> str | None:
    """The outlet a "to" phrase names as its head ("to the BBC", "to state television"), not one that only
    modifies its head ("to a CNN report", "to BBC questions")."""
    for obj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN")):
        phrase = obj.doc[obj.left_edge.i:obj.i + 1]
        words = [t.text for t in phrase]
        for i in range(len(words)):
            hit = lexicon.outlet_at(words, i)
            if hit is not None and i + hit[1] == len(words):
                return phrase[i:].text
        if lexicon.lemma(obj.text, obj.lemma_) in lexicon.media_words or obj.lower_ in lexicon.media_words:
            found = outlet_in(phrase, lexicon)
            if found:
                return found
    return None


def press_told(verb: Token, lexicon: QuoteLexicon, skip: Callable[[int], bool] = lambda i: False, *,
               addressee: bool = True) -> str | None:
    """The press a claim was told to: the verb's addressee ("told reporters", "told foreign journalists"; not
    with ``addressee=False``, for a participle: "cutting off a reporter") or the object of its "to" ("said to
    the press", "speaking to reporters"), from its first word to its head noun."""
    for child in verb.children:
        if skip(child.i):
            continue
        if child.dep_ in ("dobj", "dative") and addressee:
            heads = [child]
        elif child.dep_ == "prep" and child.lower_ == "to":
            heads = [c for c in child.children if c.dep_ == "pobj"]
        else:
            continue
        for head in heads:
            if head.pos_ == "NOUN" and lexicon.lemma(head.text, head.lemma_) in lexicon.press_words:
                return head.doc[head.left_edge.i:head.i + 1].text
    return None


_POSTED_ON = frozenset({"on", "to", "via"})
_PLATFORM_PLACES = frozenset({"channel", "account", "page", "feed", "profile", "handle"})


def _platform_of(obj: Token, lexicon: QuoteLexicon) -> str | None:
    """The platform a noun names as the place of a post: the noun with its compounds ("X", "Truth
    Social"), or the compound of a channel or account on it or of a post ("its Telegram channel", "a
    Telegram post"). Not a platform named only as the owner of something else ("Twitter's decision")."""
    lemma = obj.lemma_.lower()
    names = [obj] if lemma not in _PLATFORM_PLACES and lemma not in lexicon.post_words else []
    parts = sorted([c for c in obj.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"] + names,
                   key=lambda t: t.i)
    if not parts or parts[-1].i - parts[0].i + 1 != len(parts):
        return None
    words = [t.text for t in parts]
    words[-1] = words[-1].rstrip(".") if len(words[-1]) > 1 else words[-1]   # "in a post on X." read as one token
    hit = lexicon.platform_at(words, 0)
    return hit[0] if hit is not None and hit[1] == len(words) else None


def _channel_of_post(post: Token, lexicon: QuoteLexicon) -> str | None:
    """The platform of a post noun: "a Telegram post", "a post on X", "a video posted to Instagram"."""
    found = _platform_of(post, lexicon) if post.lemma_.lower() in lexicon.post_words else None
    for sub in post.children:
        if found:
            break
        if sub.dep_ == "prep" and sub.lower_ in _POSTED_ON:
            found = next((_platform_of(o, lexicon) for o in sub.children if o.dep_ == "pobj"), None)
        elif sub.dep_ == "acl" and sub.tag_ == "VBN":          # "a statement posted on its website"
            found = next((channel_of_phrase(p, lexicon) for p in sub.children
                          if p.dep_ == "prep" and p.lower_ in _POSTED_ON), None) or _carrier(sub, lexicon)
    return found or lexicon.platform_words.get(post.lemma_.lower())   # "in a tweet": X


def carrier_of_speaker(span: Span, lexicon: QuoteLexicon) -> str | None:
    """The outlet that carried a speaker that is a post ("according to a statement carried by the state news
    agency", "A statement published by KCNA said"): the speaker passes on another's claim, as an outlet does."""
    head = span.root
    if head.lemma_.lower() not in lexicon.post_words:
        return None
    return next((found for sub in head.children if sub.dep_ == "acl" and sub.tag_ == "VBN"
                 and (found := _carrier(sub, lexicon))), None)


def _carrier(participle: Token, lexicon: QuoteLexicon) -> str | None:
    """The outlet in the 'by' agent of a participle of a post ("a statement carried by the state news
    agency", "a video aired by Al Jazeera"); a body that is no outlet ("released by the ministry") is none."""
    for agent in (c for c in participle.children if c.dep_ == "agent"):
        for obj in (c for c in agent.children if c.dep_ == "pobj"):
            found = outlet_in(_phrase(obj), lexicon)
            if found:
                return found
    return None


def platform_of_speaker(span: Span, lexicon: QuoteLexicon) -> str | None:
    """The platform of a speaker that is a post ("A statement posted on X said ...", "according to a
    Telegram post by the ministry")."""
    head = span.root
    return _channel_of_post(head, lexicon) if head.lemma_.lower() in lexicon.post_words else None


def channel_of_phrase(prep: Token, lexicon: QuoteLexicon) -> str | None:
    """The channel a prepositional phrase names ("on Telegram", "in an interview with CNN", "through its
    news agency"), wherever the parser hung it."""
    word = prep.lower_
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        if word in ("through", "via") and obj.pos_ in ("PROPN", "NOUN"):   # "claimed it through its news agency"
            found = _platform_of(obj, lexicon) or outlet_in(_phrase(obj), lexicon)   # "through its Telegram channel"
            if found:
                return found
        if word in _POSTED_ON and obj.pos_ in ("PROPN", "NOUN"):
            found = _platform_of(obj, lexicon) or outlet_in(_phrase(obj), lexicon)
            if found:
                return found
        if (word in ("in", "during", "via", "through")
                and obj.lemma_.lower() in lexicon.post_words | lexicon.interview_words):
            found = _channel_of_post(obj, lexicon)
            if found:
                return found
        if word in ("in", "during", "to") and obj.lemma_.lower() in lexicon.interview_words:
            for sub in obj.children:
                if sub.dep_ == "prep" and sub.lower_ in _PREP_TO:
                    for inner in (c for c in sub.children if c.dep_ == "pobj"):
                        found = outlet_in(_phrase(inner), lexicon)
                        if found:
                            return found
            for sub in obj.children:   # "in a CNN interview", "in an interview on Fox News"
                if sub.dep_ in ("compound", "poss", "nmod") and sub.pos_ == "PROPN":
                    found = outlet_in(_phrase(sub), lexicon)
                    if found:
                        return found
                if sub.dep_ == "prep" and sub.lower_ == "on":
                    found = channel_of_phrase(sub, lexicon)
                    if found:
                        return found
    return None
