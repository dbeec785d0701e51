"""Target policy (data/cameo/targets.yaml) and the target fallbacks of the event coder."""

from __future__ import annotations

import pytest

from eventwire.dictionaries.cameo_codes import CameoCodes
from eventwire.document import CodedDocument
from eventwire.errors import DictionaryError
from eventwire.events import EventCoder
from eventwire.events.targets import TargetPolicy
from eventwire.records import Article

from .conftest import triples
from .standin_actors import resolve


def test_packaged_policy_loads_and_longest_prefix_wins():
    policy = TargetPolicy.load(cameo=CameoCodes.load())
    assert policy.alone("141") == "true"          # a protest needs no target
    assert policy.alone("1411") == "true"
    assert policy.alone("190") == "false"         # an attack has victims
    assert policy.alone("042") == "never"         # a visit to nobody is no event
    assert policy.alone("018") == "false" and policy.alone("010") == "true"
    assert policy.place_target("195") and policy.place_target("042") and not policy.place_target("040")
    assert policy.owner_target("127") and not policy.owner_target("190")


@pytest.mark.parametrize("entry, fault", [
    ('{code: "14", alone: maybe}', "alone must be true, false or never"),
    ('{code: "999", alone: true}', "not in the CAMEO code table"),
    ('{code: 14, alone: true}', "quoted 2-4 digit"),
    ('{code: "14", alone: true, wher: true}', "unknown keys"),
    ('{code: "14", place: 1}', "place must be true or false"),
])
def test_policy_faults_name_file_and_line(tmp_path, entry, fault):
    path = tmp_path / "targets.yaml"
    path.write_text(f'codes:\n  - {{code: "01", alone: true}}\n  - {entry}\n', encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        TargetPolicy.load(path, cameo=CameoCodes.load())
    assert fault in str(err.value) and "targets.yaml" in str(err.value) and ":3" in str(err.value)


def test_place_of_an_attack_gives_the_target(code_standin):
    events, _ = code_standin("Israeli warplanes struck targets in Syria on Tuesday.")
    assert {(c, s, t) for c, s, t, _ in triples(events)} == {("190", "ISR", "SYR")}


def test_place_in_the_sources_own_country_is_no_target(code_standin):
    events, _ = code_standin("Russian troops opened fire in Russia on Tuesday.")
    assert not any(e.target is not None and e.target.code == "RUS" for e in events)


def test_untargeted_attack_is_left_out_unless_asked_for(pipeline, coder):
    text = "Russian troops opened fire on Tuesday."

    def run(c):
        cdoc = CodedDocument(article=Article(id="a_test", text=text))
        cdoc.doc = pipeline.resources.nlp(text)
        resolve(cdoc)
        trace: list = []
        return c.code(cdoc, trace), trace

    events, trace = run(coder)
    assert events == []
    assert any("not coded without one" in tt.outcome for st in trace for tt in st.triggers)
    keep = EventCoder(coder.lexicon, coder.cameo, coder.rules, include_untargeted=True)
    events, _ = run(keep)
    assert {(e.cameo[:2], e.source.code, e.target) for e in events} == {("19", "RUSMIL", None)}


def test_protest_stands_without_a_target(code_standin):
    events, _ = code_standin("Thousands of Russian protesters marched through the capital on Sunday.")
    assert any(e.cameo.startswith("14") and e.target is None for e in events)
