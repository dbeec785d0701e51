"""The pattern lexicon loader: validation with file and line, and the lemma index."""

from __future__ import annotations

import pytest

from eventwire.dictionaries.cameo_codes import CameoCodes
from eventwire.dictionaries.verb_lexicon import VerbLexicon, load_discard_file, load_pattern_file
from eventwire.errors import DictionaryError

GOOD = '''root: "04"
patterns:
  - id: phone_call
    code: "041"
    verbs: [speak, pull out]
    nouns: [phone call]
    preps: {by: [phone]}
    target: prep:with
    symmetric: true
    priority: 3
    examples:
      - {text: "Japan spoke by phone with China.", source: JPN, target: CHN}
'''


@pytest.fixture(scope="module")
def cameo():
    return CameoCodes.load()


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_packaged_lexicon_loads_and_is_indexed_by_lemma(cameo):
    lex = VerbLexicon.load(cameo)
    assert len(lex.patterns) > 200
    assert all(p.rule.startswith("verbs/") and "#" in p.rule for p in lex.patterns)
    # every verb trigger is reachable from the lemma of its first word, every noun from its last word
    for p in lex.patterns:
        for verb in p.verbs:
            assert any(t.pattern is p for t in lex.by_verb[verb.split()[0]])
    assert any(t.extra == ("call",) or t.phrase.endswith("call") for t in lex.by_noun["call"])


def test_multiword_forms_are_split(tmp_path, cameo):
    path = write(tmp_path, "04.yaml", GOOD)
    lex = VerbLexicon.load(cameo, verb_dir=tmp_path, discard_file=tmp_path / "none.yaml")
    (trig,) = [t for t in lex.by_verb["pull"]]
    assert trig.extra == ("out",)
    (noun,) = lex.by_noun["call"]
    assert noun.extra == ("phone",)
    pat = load_pattern_file(path, cameo)[0]
    assert pat.rule == "04.yaml#phone_call" and pat.preps == (("by", ("phone",)),) and pat.symmetric


@pytest.mark.parametrize("bad, fault", [
    ('    code: "051"\n', "not under root 04"),
    ('    code: "049"\n', "not in the CAMEO code table"),
    ("    colour: red\n", "unknown keys"),
    ("    target: sideways\n", "bad target"),
    ("    preps: {on: []}\n", 'preposition key "on" must be quoted'),
    ("    nouns: [talk, no]\n", "list of non-empty strings"),
])
def test_faults_name_file_and_line(tmp_path, cameo, bad, fault):
    key = bad.split(":")[0].strip()
    lines = [l for l in GOOD.splitlines(keepends=True) if not l.startswith(f"    {key}:")]
    lines.insert(3, bad)
    path = write(tmp_path, "04.yaml", "".join(lines))
    with pytest.raises(DictionaryError) as err:
        load_pattern_file(path, cameo)
    assert fault in str(err.value)
    assert err.value.path == str(path) and err.value.line == 3


def test_duplicate_ids_are_an_error(tmp_path, cameo):
    body = GOOD + GOOD.split("patterns:\n", 1)[1]
    with pytest.raises(DictionaryError, match="duplicate id"):
        load_pattern_file(write(tmp_path, "04.yaml", body), cameo)


def test_user_files_add_patterns(tmp_path, cameo):
    user = write(tmp_path, "mine.yaml", GOOD.replace("phone_call", "my_call"))
    lex = VerbLexicon.load(cameo, extra_files=[user])
    assert any(p.rule == "mine.yaml#my_call" for p in lex.patterns)


def test_discard_file(tmp_path):
    path = write(tmp_path, "discards.yaml", "discards:\n  - {id: sports_beat, lemmas: [beat], context: [match, game],"
                                            " example: 'Brazil beat Germany in the match.'}\n")
    (rule,) = load_discard_file(path)
    assert rule.lemmas == {"beat"} and rule.context == {"match", "game"}
    bad = write(tmp_path, "bad.yaml", "discards:\n  - {id: x, example: y}\n")
    with pytest.raises(DictionaryError, match="needs lemmas or phrases"):
        load_discard_file(bad)


def test_discard_rule_names_the_patterns_it_vetoes(tmp_path):
    path = write(tmp_path, "discards.yaml", "discards:\n  - {id: sport_fire, lemmas: [fire], context: [coach],"
                                            " patterns: ['19', '15.yaml#test_weapon'], example: 'x'}\n")
    (rule,) = load_discard_file(path)
    assert rule.patterns == ("19", "15.yaml#test_weapon")
    lex = VerbLexicon.load(verb_dir=None, discard_file=path)
    by_rule = {p.rule: p for p in lex.patterns}
    assert rule.vetoes(by_rule["verbs/19.yaml#fire_missiles_at"]) and rule.vetoes(by_rule["verbs/15.yaml#test_weapon"])
    assert not rule.vetoes(by_rule["verbs/08.yaml#sack_minister"])
    bad = write(tmp_path, "bad.yaml", "discards:\n  - {id: x, lemmas: [fire], context: [coach], patterns: [attack]}\n")
    with pytest.raises(DictionaryError, match="code prefix"):
        load_discard_file(bad)
    unknown = write(tmp_path, "unknown.yaml", "discards:\n  - {id: x, lemmas: [fire], context: [coach],"
                                              " patterns: ['19.yaml#no_such_pattern']}\n")
    with pytest.raises(DictionaryError, match="no pattern"):
        VerbLexicon.load(discard_file=unknown)


def test_discard_of_some_patterns_lets_the_next_pattern_code(pipeline, tmp_path):
    from eventwire.document import CodedDocument
    from eventwire.events import EventCoder, ModalityRules
    from eventwire.records import Article

    cameo = pipeline.resources.cameo
    text = "Iran fired missiles at Israel."

    def chosen(patterns: str) -> tuple[str | None, str]:
        path = write(tmp_path, "discards.yaml", "discards:\n  - {id: no_missiles, lemmas: [fire], context: [missile],"
                                                f"{patterns} example: 'x'}}\n")
        coder = EventCoder(VerbLexicon.load(cameo, discard_file=path), cameo, ModalityRules.load())
        cdoc = CodedDocument(article=Article(id="t", text=text))
        cdoc.doc = pipeline.resources.nlp(text)
        trace: list = []
        coder.code(cdoc, trace)
        (tt,) = [tt for st in trace for tt in st.triggers if tt.token.text == "fired"]
        return (tt.chosen.pattern.rule if tt.chosen else None), tt.outcome

    rule, outcome = chosen(" patterns: ['19.yaml#fire_missiles_at'],")
    assert rule is not None and rule != "verbs/19.yaml#fire_missiles_at" and "discarded" not in outcome
    _, outcome = chosen("")                 # no patterns named: every pattern of the word is vetoed
    assert "discarded" in outcome


def test_discard_examples_code_no_event_the_rule_vetoes(pipeline):
    """Each rule's example is the kind of text the rule exists for: coded with the packaged lexicon,
    it yields no event from a pattern the rule covers at one of the rule's trigger lemmas (a rule
    without lemmas: at any trigger). The examples use the rules' own words, so the check is not empty."""
    from eventwire.records import Article
    from eventwire.stages.events import build_coder

    lexicon = build_coder(pipeline.resources).lexicon
    rules = lexicon.discards
    by_rule = {p.rule: p for p in lexicon.patterns}
    articles = [Article(id=f"discard{i}", text=r.example, published="2024-06-01") for i, r in enumerate(rules)]
    fired, uses_own_words = [], 0
    for rule, cdoc in zip(rules, pipeline.code_documents(articles)):
        lemmas = {t.idx: t.lemma_.lower() for t in cdoc.doc}
        words = set(lemmas.values()) | {t.lower_ for t in cdoc.doc}
        text = " ".join(t.lower_ for t in cdoc.doc)
        uses_own_words += bool(rule.lemmas & words) or any(p in text for p in rule.phrases)
        for ev in cdoc.events:
            pat = by_rule.get(ev.rule)
            lemma = lemmas.get(ev.evidence.trigger_start)
            if pat is not None and rule.vetoes(pat) and (not rule.lemmas or lemma in rule.lemmas):
                fired.append(f"{rule.id}: {rule.example!r} -> {ev.cameo} {ev.rule}")
    assert len(rules) > 50
    assert uses_own_words >= 0.9 * len(rules)
    assert not fired, "\n".join(fired)


# A discard that names patterns vetoes one reading of a word and lets the other code: the sentence,
# the publication date, and the (code prefix, rule) expected and refused at the trigger lemma.
_READINGS = [
    # verbal attacks in politics are criticism (111), never force (18/19)
    ("The French president attacked the German chancellor's migration policy.", "attack", "111", "19"),
    ("Russian forces attacked Ukrainian positions near Bakhmut.", "attack", "19", "11"),
    # telling the addressee what to do is a demand; '... or face' is a threat, 'would stop' the speaker's act
    ("NATO warned Russia to halt its military buildup.", "warn", "100", "13"),
    ("The United States warned Iran to stop enriching uranium or face military action.", "warn", "13", "10"),
    ("Russia warned it would stop gas supplies to Ukraine.", "warn", "13", "10"),
    # a charge stated as a clause accuses (112); a criminal charge stays 173
    ("Iran charged that the United States had violated the nuclear deal.", "charge", "112", "17"),
    ("Brazilian prosecutors charged the former president with murder.", "charge", "173", "11"),
    # a crowd protesting demonstrates (141); a government's protest is official (114)
    ("Hundreds of Kenyan students protested the tuition increase outside parliament.", "protest", "141", "11"),
    ("South Korea protested Japan's textbook claims.", "protest", "114", "14"),
]


@pytest.mark.parametrize("text, lemma, code, not_code", _READINGS)
def test_pattern_discards_leave_the_other_reading(pipeline, text, lemma, code, not_code):
    from eventwire.records import Article

    cdoc = next(iter(pipeline.code_documents([Article(id="reading", text=text, published="2024-06-01")])))
    lemmas = {t.idx: t.lemma_.lower() for t in cdoc.doc}
    codes = [e.cameo for e in cdoc.events
             if lemmas.get(e.evidence.trigger_start) == lemma and e.modality != "negated"]
    assert any(c.startswith(code) for c in codes), (text, codes)
    assert not any(c.startswith(not_code) for c in codes), (text, codes)


def test_suing_for_peace_is_no_lawsuit(pipeline):
    sued = pipeline.code_text("Japan sued the United States over the tariffs.", published="2024-06-01")
    assert [e for e in sued.events if e.cameo.startswith("115")]
    coded = pipeline.code_text("Japan sued the United States for peace in August 1945.", published="2024-06-01")
    assert not [e for e in coded.events if e.cameo.startswith("115")]
