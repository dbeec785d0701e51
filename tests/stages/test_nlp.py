"""The nlp stage's fast attribute ruler gives every token what the stock spaCy component gives."""

from __future__ import annotations

from spacy.pipeline import AttributeRuler

from eventwire.stages.nlp import FastAttributeRuler, NlpStage

TEXTS = [
    "Y'all gonna see it, ain't nothing he said. Let's go!  \n\nI told you  it was him; that is what he gave me.",
    "C'mon, we gotta do it: there is no way.  Do they? He did. It does not matter, nothin' does.",
    "Russian President Vladimir Putin told reporters on Tuesday that Moscow had no plans to discuss it.",
    "That is that. Which one did they pick? Those who have been there say so, and I'm sure they're right.",
]


def _attrs(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_, t.is_sent_start)
            for t in doc]


def test_stage_uses_the_fast_ruler_with_every_stock_pattern(pipeline):
    nlp = pipeline.resources.nlp
    stock = dict(nlp.pipeline)["attribute_ruler"]
    assert isinstance(stock, AttributeRuler)
    fast = dict(NlpStage(nlp).components)["attribute_ruler"]
    assert isinstance(fast, FastAttributeRuler)
    patterns = sum(len(p["patterns"]) for p in stock.patterns)
    multi = sum(len(fast.multi.get(str(n))[1]) for n in range(len(stock.patterns)) if str(n) in fast.multi)
    assert len(fast.single) + multi == patterns      # each stock pattern, by look-up or by the Matcher


def test_fast_ruler_gives_the_stock_attributes(pipeline):
    nlp = pipeline.resources.nlp
    stage = NlpStage(nlp)
    stock = [_attrs(doc) for doc in nlp.pipe(TEXTS)]
    fast = [_attrs(doc) for doc, _ in stage._parse((text, n) for n, text in enumerate(TEXTS))]
    assert fast == stock
    lemmas = [a[4] for a in fast[0]]
    assert lemmas[lemmas.index("go"):lemmas.index("go") + 2] == ["go", "to"]   # 'gonna': a two-token pattern


def test_stage_documents_keep_the_text(pipeline):
    from eventwire.document import CodedDocument
    from eventwire.records import Article

    cdocs = [CodedDocument(article=Article(id=str(n), text=t)) for n, t in enumerate(TEXTS)]
    for cdoc in NlpStage(pipeline.resources.nlp).pipe(cdocs):
        assert cdoc.doc.text == cdoc.article.text


def test_stage_parse_with_numpy_gemm_gives_the_stock_attributes(pipeline):
    from eventwire.document import CodedDocument
    from eventwire.records import Article

    nlp = pipeline.resources.nlp
    stock = [_attrs(doc) for doc in nlp.pipe(TEXTS)]
    cdocs = [CodedDocument(article=Article(id=str(n), text=t)) for n, t in enumerate(TEXTS)]
    fast = [_attrs(cdoc.doc) for cdoc in NlpStage(nlp).pipe(cdocs)]
    assert fast == stock


def test_numpy_gemm_restores_the_models_ops_and_blas_threads(pipeline):
    from threadpoolctl import threadpool_info

    stage = NlpStage(pipeline.resources.nlp)
    assert stage.gemm.layers, "the models' layers are found"
    before_ops = [layer.ops for layer in stage.gemm.layers]
    before_threads = [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]
    with stage.gemm.active():
        assert all(layer.ops is stage.gemm.ops for layer in stage.gemm.layers)
        assert all(lib["num_threads"] == 1 for lib in threadpool_info() if lib["user_api"] == "blas")
    assert [layer.ops for layer in stage.gemm.layers] == before_ops
    assert [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"] == before_threads


def test_stage_uses_the_memo_lemmatizer_and_keeps_ruler_lemmas(pipeline):
    from eventwire.stages.nlp import FastLemmatizer

    nlp = pipeline.resources.nlp
    stage = NlpStage(nlp)
    fast = dict(stage.components)["lemmatizer"]
    assert isinstance(fast, FastLemmatizer)
    texts = TEXTS + ["He was running. They ran and runs; the runners were running, better and best."]
    stock = [[t.lemma_ for t in doc] for doc in nlp.pipe(texts)]
    twice = [[[t.lemma_ for t in doc] for doc, _ in stage._parse((text, n) for n, text in enumerate(texts))]
             for _ in range(2)]             # the second pass answers from the memo
    assert twice[0] == stock and twice[1] == stock


def test_fast_ruler_skips_the_matcher_only_without_a_possible_start(pipeline):
    ruler = dict(NlpStage(pipeline.resources.nlp).components)["attribute_ruler"]
    assert ruler.starts, "every multi-token pattern's first token is understood"
    nlp = pipeline.resources.nlp
    plain, gonna = nlp.make_doc("They said so."), nlp.make_doc("They gonna say so.")
    starts = [ruler._numbers(key)[1] for doc in (plain, gonna)
              for key in map(tuple, doc.to_array(["TAG", "LOWER", "DEP", "IS_SPACE"]).tolist())]
    assert starts[:4] == [False] * 4 and starts[5] is True     # 'gon' may start the 'gonna' pattern


def test_a_wire_dateline_is_cut_off_its_sentence():
    from eventwire.stages.nlp import split_lines

    for dateline, rest in [
        ("BUENOS AIRES, March 5 - ", "Teachers' unions threatened to strike."),
        ("MOSCOW (Reuters) - ", "Russia said on Monday it would respond."),
        ("WASHINGTON, Jan. 29, 2017 (Reuters) -- ", '"We will see," he said.'),
        ("KYIV, Ukraine (AP) — ", "Russian forces shelled the city."),
        ("UNITED NATIONS, 12 March — ", "The council met."),
    ]:
        assert split_lines(dateline + rest) == [dateline, rest]
        assert split_lines("Headline\n" + dateline + rest) == ["Headline\n", dateline, rest]


def test_capitals_that_are_no_dateline_stay_in_their_sentence():
    from eventwire.stages.nlp import split_lines

    for line in ["NATO - the alliance - met on Monday.", "U.S. - The talks stalled.", "SEMI-AUTOMATIC rifles were banned.",
                 "NON-PROFIT groups protested.", "The UN - Iran talks ended."]:
        assert split_lines(line) == [line]


def test_a_dateline_sentence_parses_without_its_place(pipeline):
    from eventwire.document import CodedDocument
    from eventwire.records import Article

    text = "BUENOS AIRES, March 5 - Teachers' unions threatened on Monday to strike in every province."
    cdoc = next(NlpStage(pipeline.resources.nlp).pipe([CodedDocument(article=Article(id="d", text=text))]))
    assert cdoc.doc.text == text
    sents = list(cdoc.doc.sents)
    assert sents[0].text.strip() == "BUENOS AIRES, March 5 -"
    threatened = next(t for t in cdoc.doc if t.text == "threatened")
    assert threatened.sent.start == sents[1].start
    assert [t.text for t in threatened.children if t.dep_ == "nsubj"] == ["unions"]
