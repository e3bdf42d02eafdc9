"""What people type is normalised the same way everywhere (core.text)."""

import pytest
from django.core.exceptions import ValidationError

from core.forms import MultiLineField, SingleLineField
from core.text import clean_multiline, clean_single_line, has_visible_text


@pytest.mark.parametrize(
    "invisible",
    [
        "",
        "   ",
        "\u200b\u200c\u200d",  # zero-width space, non-joiner, joiner
        "\ufeff\u2060",  # byte order mark, word joiner
        "\ufe0f\ufe0f",  # variation selectors
        "\u034f\u180b",  # combining grapheme joiner, Mongolian variation selector
        "\u3164\u2800",  # Hangul filler, Braille blank
        "\u3000\u00a0",  # ideographic and no-break spaces
    ],
)
def test_text_that_shows_nothing_is_not_visible(invisible):
    assert not has_visible_text(invisible)
    with pytest.raises(ValidationError):
        SingleLineField().clean(invisible)


@pytest.mark.parametrize(
    "visible",
    ["深圳", "A", "7", "。", "©", "😀", "👩\u200d💻", "a\u200b", "（株）", "\u8c48"],
)
def test_text_with_one_character_that_shows_is_visible(visible):
    assert has_visible_text(visible)
    assert SingleLineField().clean(visible)


def test_a_single_line_keeps_chinese_punctuation_and_ideographic_spaces():
    assert clean_single_line(" 湖南省　印制电路行业协会：会员 ") == "湖南省　印制电路行业协会：会员"
    assert clean_single_line("Acme\r\n  Co.\tLtd\x00") == "Acme Co. Ltd"
    assert clean_single_line("Cafe\u0301") == "Caf\u00e9"  # NFC


def test_cjk_compatibility_ideographs_are_kept_as_typed():
    name = "\uf900\u5b57"  # a compatibility ideograph beside a unified one
    assert clean_single_line(name) == name
    assert clean_multiline(name) == name


@pytest.mark.parametrize(
    ("pasted", "stored"),
    [
        ("one\r\ntwo", "one\ntwo"),
        ("one\rtwo", "one\ntwo"),
        ("one\vtwo", "one\ntwo"),  # Word's manual line break
        ("one\u2028two\u2029three", "one\ntwo\nthree"),
        ("col\tcol", "col\tcol"),
    ],
)
def test_line_ends_of_every_kind_become_line_feeds(pasted, stored):
    assert MultiLineField().clean(pasted) == stored


@pytest.mark.parametrize("control", ["\x00", "\x1b", "\x7f", "\x08"])
def test_other_control_characters_are_refused_in_longer_text(control):
    with pytest.raises(ValidationError, match=f"U\\+{ord(control):04X}"):
        clean_multiline(f"Hello{control}world")


@pytest.mark.parametrize(
    ("text", "length", "shown"),
    [
        ("Makers of boards and equipment meet.", 100, "Makers of boards and equipment meet."),
        ("Makers of boards and equipment meet in Changsha.", 31, "Makers of boards and…"),
        ("Makers of boards meet. Then they talk.", 24, "Makers of boards meet…"),
        ("印制电路" * 50, 41, "印制电路" * 10 + "…"),
        ("协会在长沙召开年会，会员单位代表出席。" * 5, 20, "协会在长沙召开年会，会员单位代表出席…"),
    ],
)
def test_an_excerpt_ends_on_a_word_with_one_ellipsis(text, length, shown):
    from core.templatetags.languages import excerpt

    assert excerpt(text, length) == shown
    assert len(excerpt(text, length)) <= length
