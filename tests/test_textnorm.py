import pytest

from bot.textnorm import Tokenizer, clean, squash


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Who's running the A&E workstream?", ["run", "ae", "workstream"]),
        ("Р3 priorities", ["p3", "prioriti"]),  # Cyrillic Р folded to Latin P
        ("the and of", []),
        ("Qtr 4: 2016/17", ["qtr", "4", "2016", "17"]),
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
