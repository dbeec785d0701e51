"""Property tests of the dictionary loaders on bad data files: broken YAML, wrong types, unknown
codes, overlapping dates, unsafe YAML tags.

Invariant: a loader either loads the file or raises DictionaryError naming the file (and the line
when it has one); no other exception escapes, and no YAML tag ever runs code.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
import yaml
from fuzz_budget import fuzz
from hypothesis import given
from hypothesis import strategies as st

from eventwire.dictionaries.actor_dictionary import ActorDictionary
from eventwire.dictionaries.actor_files import parse_actor_file
from eventwire.dictionaries.cameo_codes import CameoCodes
from eventwire.dictionaries.files import data_path
from eventwire.dictionaries.verb_lexicon import load_discard_file, load_pattern_file
from eventwire.errors import DictionaryError
from eventwire.quotes.lexicon import QuoteLexicon

CAMEO = CameoCodes.load()

scalars = st.one_of(st.none(), st.booleans(), st.integers(-5, 10**12), st.floats(allow_nan=False),
                    st.text(max_size=12), st.sampled_from(["040", "999", "04", "0411", "USAGOV", "XX", "", "on",
                                                           "2017-01-20", "2017-02-30", "null", "prep:with"]),
                    st.dates().map(lambda d: d))
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3) |
                      st.dictionaries(st.text(max_size=6) | st.sampled_from(["with", "on", "text", "code"]), inner,
                                      max_size=3), max_leaves=8)

BAD_YAML = [
    "patterns: [\n", "root: '04'\npatterns:\n\t- id: x\n", "- {code: USAGOV\n", "a: b: c\n", "? [a\n",
    "!!python/object/apply:os.system ['touch /tmp/eventwire_pwned']\n",
    "patterns:\n  - !!python/object/new:subprocess.Popen [['touch', '/tmp/eventwire_pwned']]\n",
    "&a [*a]\n", "x: *undefined\n", "%YAML 9.9\n---\na: 1\n", "\x00\x01", "\ufeff\ufeffroot: 1\n", "---\n---\n...",
    "a: 1\na: 2\n", "- " * 400 + "x\n", "[" * 500 + "]" * 500,
]


def _write(folder: str, name: str, text: str | bytes) -> Path:
    path = Path(folder) / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
    return path


def _loads_or_names_the_file(load, path: Path) -> None:
    try:
        load(path)
    except DictionaryError as err:
        assert str(path) in str(err) and err.fault
        assert err.line is None or err.line >= 1
    assert not Path("/tmp/eventwire_pwned").exists(), "a YAML tag ran code"


@st.composite
def mutated(draw, entries: list[dict]) -> dict:
    """A real entry with one key changed, dropped or added."""
    entry = dict(draw(st.sampled_from(entries)))
    key = draw(st.sampled_from([*entry, "unknown_key"]))
    if draw(st.booleans()):
        entry.pop(key, None)
    else:
        entry[key] = draw(values)
    return entry


def _real_patterns() -> list[dict]:
    return yaml.safe_load(data_path("verbs", "04.yaml").read_text())["patterns"]


REAL_PATTERNS = _real_patterns()
text_documents = st.one_of(st.sampled_from(BAD_YAML), st.text(max_size=120), values.map(yaml.safe_dump))


@fuzz(100)
@given(st.data())
def test_verb_pattern_loader_loads_or_names_file_and_line(data):
    doc = data.draw(st.one_of(
        st.lists(mutated(REAL_PATTERNS),
                 min_size=1, max_size=3).map(lambda ps: yaml.safe_dump({"root": "04", "patterns": ps})),
        text_documents))
    with TemporaryDirectory() as tmp:
        path = _write(tmp, "04.yaml", doc)
        _loads_or_names_the_file(lambda p: load_pattern_file(p, CAMEO), path)


@fuzz(100)
@given(st.one_of(text_documents, st.lists(values, max_size=3).map(lambda r: yaml.safe_dump({"discards": r}))))
def test_discard_loader_loads_or_names_the_file(doc):
    with TemporaryDirectory() as tmp:
        _loads_or_names_the_file(load_discard_file, _write(tmp, "discards.yaml", doc))


PERSON = {"name": "Test Person", "aliases": ["T. Person"], "country": "USA",
          "roles": [{"code": "USAGOV", "from": "2017-01-20", "to": "2021-01-20", "title": "President"}]}
ORG = {"names": ["Test Org"], "code": "IGOUNO"}


@fuzz(80)
@given(st.data())
def test_user_actor_file_parses_or_names_the_file(data):
    doc = data.draw(st.one_of(
        st.lists(mutated([PERSON, ORG]),
                 max_size=3).map(yaml.safe_dump),
        st.dictionaries(st.sampled_from(["people", "organisations", "countries", "agents", "metonyms", "nope"]),
                        values, max_size=2).map(yaml.safe_dump),
        text_documents))
    with TemporaryDirectory() as tmp:
        _loads_or_names_the_file(lambda p: parse_actor_file(p, None, set(), user=True), _write(tmp, "user.yaml", doc))


@fuzz(40)
@given(st.one_of(text_documents, st.dictionaries(st.sampled_from(["groups", "phrases", "nouns", "document_nouns",
                                                                   "x"]), values, max_size=3).map(yaml.safe_dump)))
def test_quote_lexicon_loads_or_names_the_file(doc):
    with TemporaryDirectory() as tmp:
        _loads_or_names_the_file(lambda p: QuoteLexicon.load(verbs_file=p), _write(tmp, "verbs.yaml", doc))
        _loads_or_names_the_file(lambda p: QuoteLexicon.load(channels_file=p), _write(tmp, "channels.yaml", doc))


@fuzz(100)
@given(st.lists(st.lists(st.text(max_size=8) | st.sampled_from(["040", "1.5", "x", "2", "CONSULT", ""]),
                         max_size=6), max_size=5), st.booleans())
def test_cameo_table_loads_or_names_file_and_line(rows, header):
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter="\t")
    if header:
        writer.writerow(["code", "name", "goldstein", "quad_class", "plover"])
    writer.writerows(rows)
    with TemporaryDirectory() as tmp:
        _loads_or_names_the_file(CameoCodes.load, _write(tmp, "codes.tsv", buf.getvalue()))


# ---------------------------------------------------------------- specific faults, named


def test_an_unknown_cameo_code_names_file_and_line(tmp_path):
    path = tmp_path / "04.yaml"
    path.write_text('root: "04"\npatterns:\n  - id: ok_one\n    code: "040"\n    verbs: [consult]\n'
                    '  - id: bad_one\n    code: "0499"\n    verbs: [confer]\n')
    with pytest.raises(DictionaryError) as err:
        load_pattern_file(path, CAMEO)
    assert err.value.path == str(path) and err.value.line == 6 and "0499" in err.value.fault


def test_overlapping_roles_with_different_codes_are_an_error_naming_the_line(tmp_path):
    path = tmp_path / "people.yaml"
    path.write_text("people:\n  - name: Ann Example\n    aliases: [Ann Example]\n    country: USA\n    roles:\n"
                    "      - {code: USAGOV, from: 2017-01-01, to: 2019-01-01, title: Minister}\n"
                    "      - {code: USALEG, from: 2018-06-01, to: null, title: Senator}\n")
    with pytest.raises(DictionaryError) as err:
        ActorDictionary.load([path])
    assert err.value.path == str(path) and err.value.line is not None and "overlap" in err.value.fault.lower()


def test_bad_yaml_names_the_line(tmp_path):
    path = tmp_path / "04.yaml"
    path.write_text('root: "04"\npatterns:\n  - id: x\n    code: "040"\n    verbs: [consult\n')
    with pytest.raises(DictionaryError) as err:
        load_pattern_file(path, CAMEO)
    assert err.value.path == str(path) and err.value.line is not None and "bad YAML" in err.value.fault


@pytest.mark.parametrize("doc", [d for d in BAD_YAML if "python/" in d])
def test_python_yaml_tags_are_refused_not_run(tmp_path, doc):
    path = tmp_path / "user.yaml"
    path.write_text(doc)
    for load in (lambda p: load_pattern_file(p, CAMEO), lambda p: parse_actor_file(p, None, set(), user=True)):
        with pytest.raises(DictionaryError):
            load(path)
    assert not Path("/tmp/eventwire_pwned").exists()
