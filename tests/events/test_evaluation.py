"""The event scorer used by `eventwire eval` (the definitions of the team's score_events.py)."""

from __future__ import annotations

import pytest

from eventwire.events.evaluation import agrees, max_matching, score


def ev(cameo, source, target, modality="asserted", article="g1"):
    return {"article_id": article, "cameo": cameo, "modality": modality,
            "source": {"code": source} if source else None, "target": {"code": target} if target else None}


@pytest.mark.parametrize("level, gold, system, expected", [
    ("root+dyad", ("041", "USAGOV", "RUSGOV"), ("040", "USA", "RUSMIL"), True),
    ("root+dyad", ("041", "USAGOV", "RUSGOV"), ("040", "USA", None), False),
    ("code+dyad", ("04", "USAGOV", "RUSGOV"), ("0411", "USA", "RUS"), True),
    ("code+dyad", ("0411", "USAGOV", "RUSGOV"), ("041", "USA", "RUS"), False),
    ("full", ("041", "USAGOV", "RUSGOV"), ("041", "USAGOV", "RUS"), False),
    ("full", ("041", "USAGOV", None), ("0411", "USAGOV", None), True),
    ("root+dyad", ("041", "USAGOV", "RUSGOV"), ("041", "USAGOV", ""), False),   # uncoded actor matches nothing
])
def test_levels(level, gold, system, expected):
    assert agrees(level, gold, system) is expected


def test_matching_is_maximal_and_one_to_one():
    # greedy would pair gold 0 with system 0 and leave gold 1 unmatched
    ok = {(0, 0), (0, 1), (1, 0)}
    m = max_matching(2, 2, lambda i, j: (i, j) in ok)
    assert len(m) == 2 and len(set(m.values())) == 2


def test_score_counts_duplicates_negated_and_no_event_items():
    gold = [{"id": "g1", "text": "x", "events": [{"source": "USAGOV", "target": "RUSGOV", "cameo": "041"}]},
            {"id": "g2", "text": "y", "events": []},
            {"id": "g3", "text": "z", "events": []}]
    system = [ev("041", "USAGOV", "RUSGOV"), ev("041", "USAGOV", "RUSGOV"),       # a duplicate is a false positive
              ev("111", "USAGOV", "RUSGOV", modality="negated"),                   # ignored
              ev("190", "USA", None, article="g3"), ev("041", "X", "Y", article="elsewhere")]
    s = score(gold, system)
    rd = s.levels["root+dyad"]
    assert (rd.tp, rd.n_sys, rd.n_gold) == (1, 3, 1)
    assert s.negated_ignored == 1
    assert s.no_event_accuracy == 0.5
    assert s.by_root["04"].tp == 1 and s.by_root["19"].n_sys == 1
    assert score(gold, system, include_negated=True).levels["root+dyad"].n_sys == 4


def test_type_scoring_uses_the_longest_prefix():
    from eventwire.events.evaluation import score_types

    gold = [{"id": "g1", "types": ["CONSULT"]}, {"id": "g2", "types": ["ASSAULT", "PROTEST"]}]
    system = [ev("041", "A", "B"), ev("145", "A", None, article="g2"), ev("19", "A", None, article="g2"),
              ev("111", "A", None, modality="negated")]
    mapping = {"04": "CONSULT", "14": "PROTEST", "145": ["PROTEST", "ASSAULT"], "11": "ACCUSE"}
    s = score_types(gold, system, mapping)
    assert (s.tp, s.n_sys, s.n_gold) == (3, 3, 3)
