import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bot.textnorm import _POSSESSIVE, Tokenizer, clean, join_amp_pairs, squash


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Who's running the A&E workstream?", ["run", "ae", "workstream"]),
        ("Р3 priorities", ["p3", "prioriti"]),  # Cyrillic Р folded to Latin P
        ("the and of", []),
        ("Qtr 4: 2016/17", ["qtr", "4", "2016", "17"]),
        # contractions of stop words are stop words without their apostrophe too, whichever one is typed
        ("I've asked but it didn't go and they're sure it isn\u2019t", ["ask", "go", "sure"]),
        ("we'll fund ill health", ["well", "fund", "ill", "health"]),  # "well" and "ill" are words
        # accents dropped, as staff type them: "café" and "cafe" are one word, not "caf" and "cafe"
        ("the crisis café and the cafe", ["crisi", "cafe", "cafe"]),
        ("Zoë Brontë's naïve rôle", ["zoe", "bront", "naiv", "role"]),
        # a reporting month is one word however it is written: "Month 7", "mth 7", "M7"
        ("position at Month 7 and mth-12 vs M7", ["posit", "m7", "m12", "vs", "m7"]),
        # a word run into a number is two words (a footnote marker, "Band7"); a reference in capitals is one
        ("stands at 118,400 people4. Band7 nurses, covid19 cases, mth7", ["stand", "118", "400", "peopl", "4", "band", "7", "nurs",
                                                                        "covid", "19", "case", "m7"]),
        ("risks INI12 and BAF07 in 2019/20", ["risk", "ini12", "baf07", "2019", "20"]),
        ("the 6 month review of month 7.5 and months 1-3", ["6", "month", "review", "month", "7", "5", "month", "1", "3"]),
    ],
)
def test_tokenizer(text: str, expected: list[str]) -> None:
    assert Tokenizer()(text) == expected


def test_index_and_query_share_stems() -> None:
    tok = Tokenizer()
    assert tok("milestones") == tok("milestone")


def test_clean_and_squash() -> None:
    assert clean("“quoted” – dash\u00a0space") == '"quoted" - dash space'
    assert squash("a\t b\n\nc ") == "a b c"


def test_squash_cuts_at_the_whitespace_the_regex_class_names() -> None:
    """squash splits with str.split(); it must agree with r"\\s+" on every character, tabs and odd spaces too."""
    import sys

    spaces = "".join(chr(c) for c in range(sys.maxunicode + 1) if re.fullmatch(r"\s", chr(c)))
    assert all(ch.isspace() for ch in spaces) and len(spaces) == sum(chr(c).isspace() for c in range(sys.maxunicode + 1))
    text = f"{spaces}a{spaces}b\u00a0c{spaces}"
    assert squash(text) == re.sub(r"\s+", " ", text).strip() == "a b c"


def test_clean_leaves_ascii_as_it_is() -> None:
    text = "".join(map(chr, range(128)))
    assert clean(text) == text


@given(st.lists(st.sampled_from([*"ab&_1Zé ", "\t", "\u00a0", "\u2028", "٣", "ª", " & ", "a&b"]), max_size=30).map("".join))
@example("a&b&c")
@example("a & b & c & d")
@example("x_a & b, c &d e& f")
def test_amp_pairs_are_joined_as_the_pattern_joins_them(text: str) -> None:
    """join_amp_pairs works outward from each "&"; it must give what the pattern's substitution gives."""
    assert join_amp_pairs(text) == re.sub(r"\b([a-z])\s*&\s*([a-z])\b", r"\1\2", text)


@given(st.text(alphabet=st.sampled_from(list("as'S1_é ")), max_size=30))
def test_possessive_pattern_finds_what_the_lookbehind_found(text: str) -> None:
    assert _POSSESSIVE.sub("", text) == re.sub(r"(?<=[a-z])'s\b", "", text)


_PIECES = [*"ab sS'’&\t-Σ7", "work", "stream", "Month", "mth", "12", ".5", "work-", "-stream", " & ", "A&", "&E", "\u0301", "›", "ﬁ", "İ", "\u00a0", "Р"]


@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join), st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
@example("Finance & Efficiency", "A & E attendances")
@example("Urgent Care A &", "E plan")  # a pair across the space
@example("Digital work", "stream leads")  # a "work stream" across the space
@example("Bay's plan", "'s and the board’s")
@example("Finance report Month", "7 position")  # a reporting month across the space
def test_headed_words_are_the_words_of_head_and_text_joined(head: str, text: str) -> None:
    """A build reads a passage's head once and its text once; it must get what reading them joined gets."""
    tok = Tokenizer()
    joined = f"{head} {text}" if head else text
    assert tok.headed_words(head, text) == (tok.words(joined), tok.words(text))
    assert tok.headed_words(head, text) == (tok.words(joined), tok.words(text))  # again, from the cache


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80))
@example("café – naïve “quoted” text, Ångström ø e\u0301\u0308")
def test_accents_are_dropped_as_one_pass_over_every_character_dropped_them(text: str) -> None:
    """Only non-ASCII characters are looked at: no ASCII character is a combining mark."""
    import unicodedata

    from bot.textnorm import _unaccented

    every = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    assert _unaccented(text) == every
