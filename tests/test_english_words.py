"""The English word list is read by one pattern instead of json.loads (half a second of every asking
process): the same words and counts as json reads, from the pinned pyspellchecker's data."""

import gzip
import json
from importlib import resources

from bot.answering.spelling import EnglishWords, _word_counts


def test_the_word_counts_are_what_json_reads() -> None:
    raw = gzip.decompress(resources.files("spellchecker").joinpath("resources/en.json.gz").read_bytes())
    assert _word_counts() == list(json.loads(raw).items())
    english = EnglishWords()
    assert "blank" in english and "maternity" in english and "matenity" not in english
