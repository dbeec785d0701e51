"""Every pattern's examples run through the full pipeline (actor stage included).

An example passes when some event has the pattern's code (code-prefix match) and the example's
source and target actor codes; a counter sentence must not fire its pattern. Failures are
collected, not hidden: the failure rate is pinned (overall and per file) so that it can only go
down; examples are never deleted to make this pass.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from eventwire.dictionaries.files import data_path
from eventwire.records import Article
from eventwire.stages.events import build_coder

# Pinned ceilings, measured 2026-11-27: overall 322/972 examples failing = 0.33 (most failures are
# actor-code granularity: the example says MLIREB -> None, the coder finds MLIREB -> MLICVL); then
# 300/1166 = 0.26 after the examples of roots 11-20 were corrected to the actor codes the coder rightly
# finds; then 263/1174 = 0.22 after the examples of roots 01-10 were corrected (09/10 examples name
# the party investigated or asked, which the target policy needs); 263/1177 = 0.22 after roots 11-20
# examples followed the protest target policy; 257/1184 = 0.217 after more roots 01-10 fixes;
# 198/1196 = 0.166 after roots 01-10 examples named the targets CAMEO implies (02: 31 -> 5
# failing, 08: 26 -> 3, 09: 10 -> 4). A little margin is left because the lexicon files are still
# being extended; 196/1259 = 0.156 after the round-2 follow-ups of roots 10/11 (pin lowered to 0.18).
# 192/1307 = 0.147 after the missing verb forms of roots 01-10, 12-20 (issue 3; HEAD 6ce5f5d engine).
# 191/1317 = 0.145 after the lexicon round on the failing examples (HEAD 93dfef8 engine); pin 0.16.
# 178/1319 = 0.135 after batch 2 (examples naming the ELI/BUS/GOV/HLH codes the actor stage rightly gives;
# 'stood with X' 051 vs 'stood with X in its grief' 018; dispersing supporters 175). Beware: an example
# with target null makes its pattern a one-actor pattern (coder._one_actor_event), so such examples are
# kept even where the coder now finds a target.
# 177/1322 = 0.134 after batch 3 (protest notes / evidence handed 'to' X; 'went on hunger strike' 142);
# the 3eec46d lexicon on the same engine: 195/1310. Pin 0.15.
# 177/1346 = 0.131 after lexicon round 5 (complement/subjects keys; 24 new examples, all passing). Pin 0.14.
MAX_FAIL_RATE = 0.14
MAX_FAIL_RATE_PER_FILE = 0.85
FILES = sorted(p.name for p in data_path("verbs").glob("[0-2][0-9].yaml"))


@pytest.fixture(scope="module")
def outcomes(pipeline):
    """file name -> list of (pattern rule, kind, text, ok, got)."""
    lexicon = build_coder(pipeline.resources).lexicon
    cases = []
    for pat in lexicon.patterns:
        for ex in pat.examples:
            cases.append((pat, "example", ex.text, ex))
        for text in pat.counter:
            cases.append((pat, "counter", text, None))
    articles = [Article(id=f"ex{i}", text=c[2], published="2024-06-01") for i, c in enumerate(cases)]
    out = defaultdict(list)
    for (pat, kind, text, ex), coded in zip(cases, pipeline.code_articles(articles)):
        got = [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None, e.rule)
               for e in coded.events if e.modality != "negated"]
        if kind == "example":
            ok = any(c.startswith(pat.code) and s == ex.source and t == ex.target for c, s, t, _ in got)
        else:
            ok = not any(rule == pat.rule for *_, rule in got)
        out[pat.rule.split("#")[0].split("/")[-1]].append((pat.rule, kind, text, ok, got))
    return out


@pytest.mark.parametrize("name", FILES)
def test_examples_of_file(outcomes, name):
    results = outcomes.get(name, [])
    examples = [r for r in results if r[1] == "example"]
    assert examples, f"{name}: no examples ran"
    failed = [r for r in examples if not r[3]]
    rate = len(failed) / len(examples)
    report = "\n".join(f"  {rule}: {text!r} -> {got}" for rule, _, text, _, got in failed)
    assert rate <= MAX_FAIL_RATE_PER_FILE, f"{name}: {len(failed)}/{len(examples)} examples fail:\n{report}"


def test_overall_example_failure_rate(outcomes):
    examples = [r for rs in outcomes.values() for r in rs if r[1] == "example"]
    failed = [r for r in examples if not r[3]]
    assert len(examples) > 500
    assert len(failed) / len(examples) <= MAX_FAIL_RATE, f"{len(failed)}/{len(examples)} examples fail"


def test_counter_examples_do_not_fire(outcomes):
    counters = [r for rs in outcomes.values() for r in rs if r[1] == "counter"]
    fired = [f"{rule}: {text!r}" for rule, _, text, ok, _ in counters if not ok]
    assert len(fired) <= max(2, len(counters) // 5), "counter examples that fire:\n" + "\n".join(fired)


# spaCy's rule lemmatizer gives a few inflected verbs a wrong lemma ("waged" -> "wag", "staged" ->
# "stag", "raped" -> "rap", "relaunched" -> "relaunche"), and a few plurals ("bases" -> "basis"); the
# pattern lists name that lemma or plural too (see the header of verbs/04.yaml). Each sentence must
# code its root from the verb ("captured two military bases" was an arrest, 173, when "bases" missed).
_MISLEMMATISED = [
    ("Russia waged war on Ukraine for three years.", "waged", "19"),
    ("Israel staged strikes on Iranian nuclear facilities.", "staged", "19"),
    ("Sudanese soldiers raped women in the Darfur village.", "raped", "18"),
    ("France relaunched talks with Algeria.", "relaunched", "04"),
    ("Russian forces captured two Ukrainian military bases near Bakhmut.", "captured", "19"),
]


@pytest.mark.parametrize("text,verb,root", _MISLEMMATISED)
def test_mislemmatised_verbs_still_code(pipeline, text, verb, root):
    coded = next(iter(pipeline.code_articles([Article(id="lemma", text=text, published="2024-06-01")])))
    roots = {e.cameo[:2] for e in coded.events if text[e.evidence.trigger_start:e.evidence.trigger_end] == verb}
    assert root in roots, f"{text!r}: events {[(e.cameo, e.rule) for e in coded.events]}"


# General forms fixed from the failing examples, each in phrasings of its own: (text, code prefix, rule).
_GENERAL_FORMS = [
    ("Serbia agreed to a deal with Kosovo on licence plates.", "057", "agree_to_deal"),
    ("The rebels agreed to a compromise with the government in Bogota.", "057", "agree_to_deal"),
    ("Putin agreed to meet Zelensky in Istanbul.", "036", "intent_meet"),
    ("Pakistan's supreme court struck down the government's new election law.", "172", "court_strike_down"),
    ("A German court overturned the government's travel ban.", "172", "court_strike_down"),
    ("The Taliban laid waste to the town of Ghazni.", "200", "lay_waste_to"),
    ("Ethiopia deployed hundreds of riot police in Addis Ababa.", "153", "police_mobilize"),
    ("Opposition supporters clashed with police in Nairobi on Monday.", "145", "clash_protest"),
    ("Nicaragua unblocked social media platforms after the vote.", "0811", "ease_political_freedoms"),
    ("Zimbabwe struck an upbeat note on its debt talks.", "013", "sound_upbeat"),
    ("Poland stands with Ukraine.", "051", "stand_with"),
    ("Canada stood with Morocco in its mourning after the earthquake.", "018", "stand_with_in_grief"),
    ("Turkey expressed regret to Russia over the downed jet.", "055", "express_regret"),
    ("Britain agreed on a trade deal with New Zealand.", "057", "agree_on"),
    ("Zimbabwean riot police dispersed opposition supporters in Harare.", "175", "violent_repression"),
    ("Japan handed a formal protest to China over the survey ship.", "114", "lodge_protest_to"),
    ("Britain handed intelligence to Ukraine about the troop build-up.", "064", "share_intelligence_to"),
    ("Palestinian prisoners in Israeli jails went on hunger strike on Monday.", "142", "go_on_hunger_strike"),
    ("Nigerian unions went on strike over the fuel price.", "143", "go_on_strike"),
    ("Ukraine's government denied shelling the town.", "016", "deny_doing"),
    ("Chile and Peru agreed a deal on fishing rights.", "057", "agree_deal"),
    ("A Polish court suspended the government's media law.", "172", "court_block"),
    ("Biden told Netanyahu to allow more aid into Gaza.", "100", "instruct_to"),
]


@pytest.mark.parametrize("text,code,rule", _GENERAL_FORMS)
def test_general_forms_code(pipeline, text, code, rule):
    coded = next(iter(pipeline.code_articles([Article(id="form", text=text, published="2024-06-01")])))
    got = [(e.cameo, e.rule) for e in coded.events]
    assert any(c.startswith(code) and r.endswith("#" + rule) for c, r in got), f"{text!r}: {got}"


def test_deal_in_a_phrase_is_no_agreement_concluded(pipeline):
    """'agreed to reopen embassies in a deal brokered by Kuwait': the intent, not a 057 of 'agreed'."""
    text = "Qatar and Bahrain agreed to reopen their embassies in a deal brokered by Kuwait."
    coded = next(iter(pipeline.code_articles([Article(id="deal", text=text, published="2024-06-01")])))
    assert not any(e.cameo.startswith("057") for e in coded.events), [(e.cameo, e.rule) for e in coded.events]
