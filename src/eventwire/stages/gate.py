"""Gate stage: decide whether a cleaned article can be coded (length, script, language)."""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
from pathlib import Path

import spacy.lang
from spacy.lang.en.stop_words import STOP_WORDS

from ..dictionaries.files import data_path, load_yaml, word_list
from ..document import CodedDocument
from ..errors import DictionaryError
from ..options import Options

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# a running word keeps its apostrophes ("Japan's" is one word, not "Japan" and a Czech "s");
# a sentence end is a mark before white space ("U.S." is none)
_WORD_OR_END = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|[.!?](?=\s)", re.UNICODE)
# lower-case particles of names ("al-Obaidi", "bin Salman", "von der Leyen", "da Silva"): before a
# capitalised word they belong to the name, not to the running text
_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "abu", "van", "von", "der", "den", "de", "da",
                             "di", "du", "del", "della", "la", "le", "dos", "das", "ter", "ten", "y"})
_CAPITALISED_NEXT = re.compile(r"[\s-]*[^\W\d_]")


# languages whose stop-word lists spaCy ships (no model needed): what news in other Latin-script
# languages most often is; their function words tell them apart from English
_OTHER_LANGUAGES = ("de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "pl", "tr", "id", "ro", "ca", "cs", "hr",
                    "fi", "hu", "sk", "sl", "tl", "af", "vi", "ms", "et", "lv", "lt", "sq", "eu", "is")
_SAMPLE_CHARS = 5_000          # script and language are read on the text's start (~800 words)
_MIN_FUNCTION_SHARE = 0.12     # a language's function words make at least this share of running words


class LanguageCheck:
    """Is a text English? Decided on the function words among its running (lower-case) words.

    Names are capitalised and carry no language: a wire sentence such as "Russian Foreign Minister
    Sergei Lavrov criticised NATO expansion" has almost no function words, and a share of English
    stop words (the old test) would call it foreign. So a text counts as written in another
    language only on positive evidence: at least two different running words are function words of
    that language that English does not share ("zu", "über", "die"; not "in", "am"), at least three
    are its function words, and they outnumber English ones ("Merkel traf Putin am Montag in
    Berlin"). The language named in the reason is the closest list, a hint rather than a finding.
    """

    def __init__(self, homographs: Path | None = None) -> None:
        self.english = frozenset(STOP_WORDS)
        # common English words that are function words elsewhere ("met", "later"): never a language's own
        self.homographs = english_homographs(homographs or data_path("filters", "english_homographs.yaml"))
        self.stop_words: dict[str, frozenset[str]] = {}
        for code in _OTHER_LANGUAGES:
            self.stop_words[code] = frozenset(w.lower() for w in _stop_words_of(code))

    def other_language(self, text: str, sample_words: int = 150) -> str | None:
        """The code of the language the text is written in when it is not English, else None."""
        words = _running_words(text, sample_words)
        if not words:
            return None
        counts = Counter(words)            # each distinct word is looked up once per language
        english = sum(n for w, n in counts.items() if w in self.english)
        best_code, best_count = None, english
        for code, stops in self.stop_words.items():
            shared = [w for w in counts if w in stops]
            count = sum(counts[w] for w in shared)
            own = sum(1 for w in shared if w not in self.english and w not in self.homographs)
            if own >= 2 and count >= 3 and count > best_count and count / len(words) >= _MIN_FUNCTION_SHARE:
                best_code, best_count = code, count
        return best_code


def english_homographs(path: Path) -> frozenset[str]:
    """The ``words`` list of ``path``: lower-case single words, each once (errors name file and line)."""
    data = load_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("words"), list) or not data["words"]:
        raise DictionaryError(str(path), None, "expected a mapping with a non-empty 'words' list")
    words = word_list(path, data.get("__line__"), "words", data.get("words"))
    for word in words:
        if not word.isalpha() or word != word.lower():
            raise DictionaryError(str(path), data.get("__line__"), f"words: {word!r} must be one lower-case word")
    return frozenset(words)


def _stop_words_of(code: str) -> set[str]:
    """spaCy's stop-word list of a language, read from its own small module: importing the
    language package itself would build its tokenizer rules too (seconds for French)."""
    path = Path(spacy.lang.__file__).parent / code / "stop_words.py"
    spec = importlib.util.spec_from_file_location(f"_eventwire_stop_words_{code}", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"no stop-word list for language {code!r} at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return set(module.STOP_WORDS)


def _running_words(text: str, limit: int) -> list[str]:
    """Lower-case words of the text; the first word of a sentence counts too, lower-cased.
    Name particles before a capitalised word ("al-Obaidi", "von der Leyen") are left out."""
    words: list[str] = []
    sentence_start = True
    sample = text[:_SAMPLE_CHARS]
    for match in _WORD_OR_END.finditer(sample):
        token = match.group()
        if token[0] in ".!?":
            sentence_start = True
            continue
        if token in _NAME_PARTICLES and not sentence_start:
            after = _CAPITALISED_NEXT.match(sample, match.end())
            if after is not None and after.group()[-1].isupper():
                continue
        if token.islower() or sentence_start:
            words.append(token.lower())
            if len(words) >= limit:
                break
        sentence_start = False
    return words


def skip_reason(text: str, options: Options, language: LanguageCheck) -> str | None:
    """Why this cleaned text should not be coded, or None when it should. ``language`` is built
    once per pipeline (it reads 30 stop-word lists)."""
    sample = text[:_SAMPLE_CHARS]
    words = _WORD.findall(sample)
    if not text.strip():
        return "empty text after cleaning"
    if len(words) < options.min_words:
        return f"too short to code ({len(words)} words, minimum {options.min_words})"
    letters = sum(1 for ch in sample if ch.isalpha())
    latin = sum(1 for ch in sample if ch.isalpha() and ord(ch) < 0x250)
    if letters and latin / letters < 0.5:
        return "not English: mostly non-Latin script"
    other = language.other_language(text)
    if other is not None:
        return f"not English: function words of another language ({other})"
    return None


class GateStage:
    """Marks the article ``skipped`` with a reason; later stages then leave it alone."""

    name = "gate"

    def __init__(self, options: Options) -> None:
        self.options = options
        self.language = LanguageCheck()

    def __call__(self, cdoc: CodedDocument) -> CodedDocument:
        reason = skip_reason(cdoc.article.text, self.options, self.language)
        if reason:
            cdoc.article.status = "skipped"
            cdoc.article.reason = reason
        elif len(cdoc.article.text) > self.options.max_chars:
            cut = cdoc.article.text.rfind("\n", 0, self.options.max_chars)
            cut = cut if cut > 0 else self.options.max_chars
            cdoc.notes.append(f"text truncated from {len(cdoc.article.text)} to {cut} characters")
            cdoc.article.removed.append(f"[truncated {len(cdoc.article.text) - cut} characters after offset {cut}]")
            cdoc.article.text = cdoc.article.text[:cut]
        return cdoc
