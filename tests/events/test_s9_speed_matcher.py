"""The compiled matcher (``events.pattern_index``) says what the plain one said: the same attempts, in
the same order, with the same reasons, at every trigger of varied news sentences; and the facts its
shortcuts stand on (an object phrase ends with a word of the verb's subtree, an event's prepositions
are in its sentence) hold on them."""

from __future__ import annotations

import pytest

from eventwire.dictionaries.verb_lexicon import Trigger
from eventwire.events import matcher, reciprocals, syntax
from eventwire.events.pattern_index import LastWords, Lowered, PatternIndex, DocWords

# Varied forms: particles, noun compounds, passives, preposition objects, clauses, named subjects,
# mutual verbs, hyphenated objects, titles, quantified objects, several sentences and blank lines.
TEXTS = [
    "Germany pulled out of the climate talks with Brazil on Monday.",
    "The minister called on Iran to release the detained sailors.",
    "Pakistani jets carried out an air strike on a border village, and hundreds of prisoners began a hunger strike.",
    "Two Turkish diplomats were expelled by Moscow after the spy scandal.",
    "Rebels and government troops clashed near the northern city.",
    "Ukraine and Russia agreed to a cease-fire after talks in Minsk.",
    "The court blocked the travel ban, and the Senate blocked the nomination.",
    "Israel denied that its soldiers had fired on the convoy.",
    "The president dismissed Prime Minister Ahmed Khan and his cabinet.",
    "Police arrested dozens of protesters outside the parliament in Caracas.",
    "China warned Japan of consequences over the disputed islands.",
    "Egypt offered to mediate between Hamas and Israel.\n\nThe talks resumed with Qatar on Friday.",
    "Canada imposed new sanctions on Venezuelan officials. Venezuela rejected the sanctions as illegal.",
    "Japan's prime minister held a phone call with the South Korean president about trade.",
    "France took part in joint military exercises with India and demanded an apology from Turkey.",
    "The army threatened to shell rebel positions unless the fighters surrendered their weapons.",
    "Kenya lifted the curfew in Nairobi, and Uganda accused Rwanda of supporting the militia.",
    "Saudi Arabia and Iran restored diplomatic relations, and the UN welcomed the deal.",
    "Demonstrators protested against the election results, while the opposition boycotted the vote.",
    "The United States sent aid to flood victims in Pakistan and pledged more help for refugees.",
]


@pytest.fixture(scope="module")
def lexicon(pipeline):
    from eventwire.stages.events import build_coder
    return build_coder(pipeline.resources).lexicon


@pytest.fixture(scope="module")
def docs(pipeline):
    return [pipeline.resources.nlp(t) for t in TEXTS]


def _plain_attempt(trig: Trigger, noun: bool, token, memo: dict):
    """The matcher's checks as they were written before the index: every constraint read from the parse."""
    pat = trig.pattern
    tokens = [token]
    if noun:
        if not syntax.prefix_matches(token, trig.extra):
            return (False, f"needs the words '{trig.phrase}'")
        tokens = [token.doc[token.i - len(trig.extra) + k] for k in range(len(trig.extra))] + [token]
    elif trig.extra:
        extra = matcher._find_extra_words(token, trig.extra)
        if extra is None:
            return (False, f"needs '{trig.phrase}' (missing {' '.join(trig.extra)!r})")
        tokens = [token, *extra]
    if not noun and pat.voice != "any":
        passive = syntax.is_passive(token)
        if (pat.voice == "passive") != passive:
            return (False, f"voice is {'passive' if passive else 'active'}, pattern wants {pat.voice}")
    preps = [(p, syntax.forms(p)) for p in syntax.preps_of(token, noun=noun)] if pat.preps else None
    for prep, objs in pat.preps:
        hits = [p for p, words in preps if prep in words and p not in tokens[1:]]
        if not hits:
            if prep == "with" and not objs and pat.symmetric and (
                    reciprocals.coordinated_doers(token) if noun else reciprocals.mutual_subjects(token)):
                continue
            return (False, f"no '{prep}' phrase")
        if objs and not any(syntax.phrases_ending_at(o, 4) & set(objs) for p in hits for o in syntax.prep_objects(p)):
            return (False, f"'{prep}' phrase not one of {list(objs[:6])}")
    if pat.complement or pat.subjects:
        if noun:
            return (False, "complement or subject constraint on a noun trigger")
        kinds = matcher.complement_kinds(token)
        if pat.complement and kinds.isdisjoint(pat.complement):
            return (False, matcher.complement_miss(pat.complement, kinds))
        if pat.subjects and {p for t in matcher.subject_heads(token) for p in syntax.noun_phrases(t)}.isdisjoint(pat.subjects):
            return (False, f"subject not one of {list(pat.subjects[:6])}")
    if pat.objects:
        if noun:
            return (False, "object constraint on a noun trigger")
        if syntax.object_phrases(token, noun=False).isdisjoint(pat.objects):
            return (False, f"object not one of {list(pat.objects[:6])}")
    if noun and not matcher._noun_is_event(token):
        return (False, "noun is not used as an event (no light verb, agent or event preposition)")
    return (True, [t.i for t in tokens], matcher._slot_fit(pat.target, token, noun, memo))


def _plain_outcomes(lexicon, token) -> list[tuple]:
    """Per rule (in the order the rules come up), the plain matcher's kept outcome."""
    kept: dict[str, tuple] = {}
    for trig, noun in matcher.candidates(lexicon, token):
        out = _plain_attempt(trig, noun, token, {})
        rank = (trig.pattern.priority, out[2], trig.pattern.specificity, len(out[1])) if out[0] else None
        prior = kept.get(trig.pattern.rule)
        if prior is None or (out[0] and (not prior[1][0] or rank > prior[0])):
            kept[trig.pattern.rule] = (rank, out)
    return [(rule, out) for rule, (_, out) in kept.items()]


def test_the_compiled_matcher_makes_the_plain_matchers_attempts(lexicon, docs):
    tried = fits = 0
    for doc in docs:
        for tok in doc:
            best, attempts = matcher.best_match(lexicon, tok)
            plain = _plain_outcomes(lexicon, tok)
            assert [a.pattern.rule for a in attempts] == [rule for rule, _ in plain], tok.text
            for a, (rule, out) in zip(attempts, plain):
                assert a.ok == out[0], (tok.text, rule, a.why)
                if a.ok:
                    assert ([t.i for t in a.trigger_tokens], a.slot_fit) == (out[1], out[2]), (tok.text, rule)
                    fits += 1
                else:
                    assert a.why == out[1], (tok.text, rule)
            tried += len(attempts)
            if best is not None:
                assert best.ok and all(best.rank >= a.rank for a in attempts if a.ok)
    # the sentences exercise the matcher: many patterns tried, several fitting
    assert tried > 200 and fits > 20


def test_an_object_phrase_ends_with_a_word_of_the_verbs_subtree(docs):
    table = LastWords()
    checked = 0
    for doc in docs:
        words = DocWords(doc, Lowered())
        for tok in doc:
            if tok.pos_ not in ("VERB", "AUX", "ADJ"):
                continue
            ends = words.ends_within(tok.left_edge.i, tok.right_edge.i, table)
            if ends is None:   # a blank line in the subtree: the matcher makes the phrases
                assert any(not t.text.strip() for t in doc[tok.left_edge.i:tok.right_edge.i + 1])
                continue
            checked += 1
            for phrase in syntax.object_phrases(tok, noun=False):
                assert phrase.split()[-1] in ends, (tok.text, phrase)
    assert checked > 30


def test_an_events_prepositions_are_in_its_sentence(docs):
    for doc in docs:
        words = DocWords(doc, Lowered())
        for tok in doc:
            present = words.sentence_words(tok.i)
            assert present is not None   # (a parser's sentence holds its tree)
            for noun in (False, True):
                for prep in syntax.preps_of(tok, noun=noun):
                    assert set(syntax.forms(prep)) <= present


def test_doc_words_read_the_tokens_forms(docs):
    for doc in docs:
        words = DocWords(doc, Lowered())
        assert words.lemmas == [t.lemma_.lower() for t in doc]
        assert words.lowers == [t.lower_ for t in doc]
        assert words.starts == [bool(t.is_sent_start) for t in doc]
        for tok in doc:
            for extra in (("air",), ("hunger",), ("phone",), ("joint", "military")):
                assert words.prefix_matches(tok.i, extra) == syntax.prefix_matches(tok, extra)


def test_a_shared_miss_is_not_changed(lexicon, docs):
    tok = next(t for t in docs[0] if t.text == "pulled")
    _, attempts = matcher.best_match(lexicon, tok)
    miss = next(a for a in attempts if not a.ok)
    with pytest.raises(AttributeError):
        miss.why = "changed"
    # the same token gets the same objects again; a fit is its own object, made anew
    _, again = matcher.best_match(lexicon, tok)
    assert [a.why for a in again] == [a.why for a in attempts]
    assert all(a is not b for a, b in zip(attempts, again) if a.ok)


def test_the_index_is_remade_when_a_pattern_is_added(lexicon, pipeline):
    from eventwire.dictionaries.verb_lexicon import Pattern, VerbLexicon
    lex = VerbLexicon()
    for pattern in lexicon.patterns:
        if "expel" in pattern.verbs:
            lex.add(pattern)
    doc = pipeline.resources.nlp("Turkey expelled two German diplomats.")
    before = [a.pattern.rule for a in matcher.best_match(lex, doc[1])[1]]
    lex.add(Pattern(id="test_expel", code="174", rule="test.yaml#test_expel", line=None, verbs=("expel",),
                    objects=("diplomat",)))
    after = [a.pattern.rule for a in matcher.best_match(lex, doc[1])[1]]
    assert after == before + ["test.yaml#test_expel"]
    assert PatternIndex.of(lex).plans   # the new plan is kept


DISCARD_TEXTS = [
    "The champion attacked the queen early and beat his rival in the final round.",
    "Oil prices hit a record high as traders beat expectations on Wall Street.",
    "Rebels attacked an army post near the border, killing three soldiers.",
    "The senator attacked the new tax law in a speech, and the team struck a deal with its coach.",
    "Police held a press conference after fans fought outside the stadium.",
]


def test_discard_context_words_are_found_as_the_padded_search_found_them(pipeline, lexicon):
    from eventwire.events import discards
    checker = discards.DiscardChecker(lexicon)
    compared = 0
    for doc in (pipeline.resources.nlp(t) for t in DISCARD_TEXTS):
        for tok in doc:
            rules = lexicon.discards_by_lemma.get(tok.lemma_.lower()) or lexicon.discards_by_lemma.get(tok.lower_)
            if not rules:
                continue
            near = discards._context_text(tok)
            near_words = frozenset(near.split(" "))
            for rule in rules:
                _, words, phrases = checker._context_of(rule)
                assert (not words.isdisjoint(near_words) or any(p in near for p in phrases)) == \
                    any(f" {c} " in near for c in rule.context), (tok.text, rule.id)
                compared += 1
    assert compared > 20
