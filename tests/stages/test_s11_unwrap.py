"""Hard-wrapped plain text (s11 unwrap): the clean stage joins the lines of each wrapped paragraph.

Wire feeds, e-mail and PDF text break sentences at a fixed width; read line by line, short lines were
dropped as boilerplate and the parser cut sentences at the breaks.
"""

from __future__ import annotations

import textwrap

from eventwire.stages.clean import clean_text
from eventwire.stages.unwrap import unwrap_text, wrap_width

_PARAGRAPHS = [
    "Envoys hold talks on border truce",
    "The foreign minister of Kenya said on Monday that the government would send a special envoy "
    "to Ethiopia to discuss the disputed border with officials in Addis Ababa.",
    "Kenyan troops attacked rebel positions near the border town of Moyale on Sunday, the army said "
    "in a statement, and seized weapons from the fighters.",
    '"We want peace with our neighbours and we will talk to them," the minister told reporters '
    "in Nairobi after the meeting.",
]


def _wrapped(width: int = 60) -> str:
    title, *body = _PARAGRAPHS
    return "\n\n".join([title] + [textwrap.fill(p, width) for p in body]) + "\n"


def _unwrapped() -> str:
    return "\n\n".join(_PARAGRAPHS) + "\n"


def _not_junk(line: str) -> bool:
    return False


def test_wrapped_text_is_detected_and_joined_keeping_its_length():
    text = _wrapped()
    assert len(text.split("\n")) >= 8
    assert wrap_width(text.split("\n")) is not None
    joined = unwrap_text(text, _not_junk)
    assert len(joined) == len(text)
    assert joined.split("\n\n")[1] == " ".join(textwrap.wrap(_PARAGRAPHS[1], 60))


def test_wrapped_article_loses_no_sentence_and_keeps_its_title():
    result = clean_text(_wrapped())
    assert result.removed == []
    assert result.title == _PARAGRAPHS[0]
    words = result.text.split()
    assert words == _wrapped().split()
    paragraphs = [p for p in result.text.split("\n") if p.strip()]
    assert len(paragraphs) == len(_PARAGRAPHS)


def test_one_paragraph_per_line_article_is_unchanged():
    text = "\n".join(_PARAGRAPHS) + "\n"
    assert unwrap_text(text, _not_junk) == text
    assert clean_text(text).text == text
    text_blank_lines = _unwrapped()
    assert clean_text(text_blank_lines).text == text_blank_lines


def test_lists_and_short_lines_keep_their_breaks():
    items = "\n".join(["- the envoy will arrive on Tuesday and meet the", "- officials of the border committee in the capital"])
    text = _wrapped() + "\n" + items + "\n"
    joined = unwrap_text(text, _not_junk)
    assert joined.endswith(items + "\n")
    assert joined.startswith(_PARAGRAPHS[0] + "\n")


def test_junk_lines_of_wrapped_text_are_still_removed():
    text = _wrapped().replace("\n\n", "\nCLOSE\n", 1) + "Read or Share this story: http://example.com/story\n"
    result = clean_text(text)
    assert "CLOSE" in result.removed
    assert any(line.startswith("Read or Share this story:") for line in result.removed)
    assert "special envoy" in result.text


def test_wrapped_article_codes_like_its_unwrapped_form(pipeline):
    wrapped = pipeline.code_text(_wrapped(), published="2026-11-23")
    plain = pipeline.code_text(_unwrapped(), published="2026-11-23")

    def events(coded):
        return sorted((e.cameo, str(e.source), str(e.target))
                      for e in coded.events)

    def quotes(coded):
        return sorted((q.kind, " ".join(q.text.split()), q.start, q.end, str(q.speaker)) for q in coded.quotes)

    assert events(wrapped) == events(plain)
    assert events(plain) and quotes(plain)
    assert quotes(wrapped) == quotes(plain)


def test_paragraphs_without_blank_lines_keep_their_break_at_the_short_last_line():
    lines = [line for paragraph in _PARAGRAPHS[1:3] for line in textwrap.wrap(paragraph, 64)]
    text = "\r\n".join(lines)
    result = clean_text(text)
    assert len(result.text) == len(text) and result.removed == []
    paragraphs = [" ".join(p.split()) for p in result.text.split("\n")]
    assert paragraphs == [" ".join(p.split()) for p in _PARAGRAPHS[1:3]]
