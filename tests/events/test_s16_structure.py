"""The clauses a verb takes (events/complements.py, split out of matcher.py) and the reason a pattern's constraint
fails; the confidence fit script takes its newswire sets from score_newswire; a trigger's saved reading."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from eventwire.events.argument_types import Roles
from eventwire.events.complements import complement_kinds, complement_miss
from eventwire.events.fired import Fired, TriggerTrace


def _verb(pipeline, text: str, word: str):
    doc = pipeline.resources.nlp(text)
    return next(t for t in doc if t.text == word)


def test_the_kinds_of_clause_after_a_verb(pipeline):
    assert "gerund" in complement_kinds(_verb(pipeline, "The ministry denied sending troops "
                                                        "across the border.", "denied"))
    assert "to" in complement_kinds(_verb(pipeline, "The mayor told the guards to open the gate.", "told"))
    kinds = complement_kinds(_verb(pipeline, "The coast guard denied that its boats had crossed the line.", "denied"))
    assert {"that", "own_that"} <= kinds
    assert complement_kinds(_verb(pipeline, "The two ports signed a fishing accord.", "signed")) == {"none"}


def test_the_reason_a_complement_constraint_fails():
    assert complement_miss(("gerund",), frozenset({"to"})) == "needs a gerund clause after the verb (has: to)"
    assert complement_miss(("none",), frozenset({"that"})) == "needs no clause after the verb (has: that)"
    assert complement_miss(("that", "none"), frozenset()) == "needs a that clause after the verb (has: no clause)"


def _benchmark(name: str):
    path = Path(__file__).resolve().parents[2] / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"{name}_s16_structure", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_fit_script_fits_the_newswire_sets_score_newswire_does_not_hold_out():
    """benchmarks/fit_confidence.py reads its newswire sets from score_newswire (ALL_SETS minus HELD_OUT_SETS): a set
    that becomes a tuning set (M, session 16) is fitted with no edit of the fit script, a held-out one is refused."""
    newswire = _benchmark("score_newswire")
    fit_script = _benchmark("fit_confidence")
    assert {"team", "d", "l", "m"} <= set(fit_script.NEWSWIRE_SETS)
    assert not set(fit_script.NEWSWIRE_SETS) & set(newswire.HELD_OUT_SETS)
    assert fit_script.checked_sets(["m", "ra"]) == ["m", "ra"]
    for held_out in sorted(newswire.HELD_OUT_SETS):
        with pytest.raises(ValueError, match="held-out"):
            fit_script.checked_sets([held_out])


def test_a_trigger_given_back_its_reading_has_every_field_the_resolution_wrote():
    """Review F18: ``EventCoder._targeted_alternative`` tries other patterns and, finding none with a target, puts
    the winner's reading back; the resolution also sets fields of the Roles object in place and sets the drop, so
    the saved reading keeps them too."""
    winner, other = SimpleNamespace(name="winner"), SimpleNamespace(name="other")
    source, target = SimpleNamespace(code="KEN"), SimpleNamespace(code="TZA")
    roles = Roles(sources=[source], targets=[])
    f = Fired(attempt=winner, token=None, trace=TriggerTrace(token=None, attempts=[winner], chosen=winner),
              roles=roles, code="042", pairs=[(source, None)])
    f.trace.outcome = "resolved"
    saved = f.reading()
    f.attempt = f.trace.chosen = other
    f.roles.targets = [target]          # an alternative's resolution writing into the same Roles in place
    f.code, f.pairs, f.dropped, f.trace.outcome = "111", [(source, target)], "no source actor", "other"
    f.restore(saved)
    assert f.attempt is winner and f.trace.chosen is winner and f.roles is roles
    assert f.roles.targets == [] and f.roles.sources == [source]
    assert (f.code, f.pairs, f.dropped, f.trace.outcome) == ("042", [(source, None)], "", "resolved")
