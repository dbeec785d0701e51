"""The gate stage: which cleaned texts are coded and which are skipped, with the reason."""

from __future__ import annotations

import pytest

from eventwire.errors import DictionaryError
from eventwire.options import Options
from eventwire.stages.gate import LanguageCheck, skip_reason


@pytest.fixture(scope="module")
def language() -> LanguageCheck:
    return LanguageCheck()


# wire sentences made mostly of names and titles: few or no English function words
NAME_HEAVY_ENGLISH = [
    "Russian Foreign Minister Sergei Lavrov criticised NATO expansion.",
    "North Korean leader Kim Jong Un threatened Guam.",
    'Kim Jong Un called Trump a "mentally deranged U.S. dotard."',
    "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi.",
    "Dutch Prime Minister Mark Rutte met Belgian counterpart Charles Michel in The Hague.",
    "Die Linke leader Sahra Wagenknecht met Putin.",
    "Pompeo met Japan's foreign minister on Monday and South Korea's foreign minister on Tuesday.",
    "Iraqi Defence Minister Khaled al-Obaidi met Iranian officials in Tehran.",
    "Saudi Crown Prince Mohammed bin Salman met Ursula von der Leyen in Brussels.",
    "Brazil's Lula da Silva met Spain's Pedro Sánchez.",
    "U.S. Secretary of State Antony Blinken thanked Qatari Emir Sheikh Tamim bin Hamad Al Thani.",
]


@pytest.mark.parametrize("text", NAME_HEAVY_ENGLISH)
def test_name_heavy_english_sentences_are_coded(text: str, language: LanguageCheck) -> None:
    assert skip_reason(text, Options(), language) is None


OTHER_LANGUAGES = [
    ("Merkel traf Putin am Montag in Berlin zu Gesprächen über die Ukraine.", "de"),
    ("Le président Emmanuel Macron a rencontré Vladimir Poutine à Versailles lundi.", "fr"),
    ("El presidente Pedro Sánchez se reunió con Joe Biden en la Casa Blanca el lunes.", "es"),
    # Italian and French share "il" and "ha": the named language is a hint, either is fine here
    ("Il presidente del Consiglio ha incontrato il cancelliere tedesco a Roma.", "it|fr"),
    ("De Nederlandse premier heeft maandag met de Duitse bondskanselier gesproken.", "nl"),
    ("Prezydent Andrzej Duda spotkał się w poniedziałek z prezydentem Ukrainy.", "pl"),
    ("Cumhurbaşkanı Recep Tayyip Erdoğan, pazartesi günü Rusya Devlet Başkanı Vladimir Putin ile bir telefon "
     "görüşmesi yaptı. İki lider, Suriye'deki son gelişmeleri ve bölgesel işbirliğini ele aldı.", "tr"),
    ("Presiden Joko Widodo bertemu dengan Perdana Menteri Jepang di Istana Merdeka pada hari Senin. Kedua "
     "pemimpin membahas kerja sama ekonomi dan keamanan regional.", "id"),
]


@pytest.mark.parametrize(("text", "code"), OTHER_LANGUAGES)
def test_other_languages_are_skipped_with_a_reason(text: str, code: str, language: LanguageCheck) -> None:
    reason = skip_reason(text, Options(), language)
    assert reason in {f"not English: function words of another language ({c})" for c in code.split("|")}


def test_long_english_article_with_foreign_names_and_phrases_is_coded(language: LanguageCheck) -> None:
    text = ("BERLIN (Reuters) - German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on "
            "Monday. The two leaders discussed support for Ukraine, which Scholz called a matter of "
            "\"Zeitenwende\" for Europe. Macron said the \"couple franco-allemand\" would stand together, and "
            "the leaders of Die Linke and the AfD criticised the meeting.")
    assert skip_reason(text, Options(), language) is None


def test_sentence_ends_are_not_abbreviation_points(language: LanguageCheck) -> None:
    # "U.S." is no sentence end: its "S" is a name, not a running word "s"
    assert skip_reason("The U.S. Senate approved the measure.", Options(), language) is None


@pytest.mark.parametrize(("text", "start"), [
    ("", "empty text"),
    ("Putin", "too short to code"),
    ("Путин встретился с Трампом в Хельсинки в понедельник.", "not English: mostly non-Latin script"),
])
def test_empty_short_and_non_latin_texts_are_skipped(text: str, start: str, language: LanguageCheck) -> None:
    reason = skip_reason(text, Options(), language)
    assert reason is not None and reason.startswith(start)


def test_gate_stage_codes_a_name_heavy_sentence(pipeline) -> None:
    coded = pipeline.code_text("Russian Foreign Minister Sergei Lavrov criticised NATO expansion.",
                               published="2019-05-01")
    assert coded.article.status == "ok"
    assert any(e.cameo.startswith("11") and e.source and e.source.code.startswith("RUS") for e in coded.events)


# short English sentences whose few running words are common English words that are also function words
# of another language ("met", "later", "door", "men")
SHORT_ENGLISH_WITH_HOMOGRAPHS = [
    "Putin met Erdogan later in Sochi.",
    "Officials met in Geneva door to door.",
    "General Joseph Mbeki, the Congolese army chief, met Rwandan officials. Mbeki later accused Rwanda of "
    "backing rebels.",
    "Armed men met the convoy later near Goma.",
]


@pytest.mark.parametrize("text", SHORT_ENGLISH_WITH_HOMOGRAPHS)
def test_short_english_with_homographs_is_coded(text: str, language: LanguageCheck) -> None:
    assert skip_reason(text, Options(), language) is None


def test_every_homograph_is_a_function_word_elsewhere_and_no_english_stop_word(language: LanguageCheck) -> None:
    elsewhere = set().union(*language.stop_words.values())
    assert language.homographs <= elsewhere
    assert not language.homographs & language.english


@pytest.mark.parametrize("body, fault", [
    ("words: []\n", "non-empty 'words' list"),
    ("words: [met, met]\n", "listed twice"),
    ("words: [Met]\n", "one lower-case word"),
])
def test_a_bad_homograph_file_is_rejected_naming_the_file(tmp_path, body: str, fault: str) -> None:
    path = tmp_path / "homographs.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(DictionaryError, match=fault) as err:
        LanguageCheck(homographs=path)
    assert str(path) in str(err.value)
