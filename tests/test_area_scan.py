"""Plan areas are found in free text by looking up the aliases that open with each word, not by one
pattern of every alias (a national corpus's thousands took 1.6 s to compile in every asking process):
the same areas, in the same order, as the pattern finds."""

from hypothesis import given, settings, strategies as st

from bot.records.areas import Area, AreaBook, _plain

WORDS = ["bay", "fylde", "coast", "central", "lancs", "lancashire", "west", "pennine", "east", "health", "&", "care", "x1", "2"]
alias = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join)
texts = st.lists(st.sampled_from(WORDS + ["the", "of", ",", "-", "'s", "baywide", "lancsx", "."]), max_size=12).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(alias, min_size=1, max_size=3), min_size=1, max_size=5), texts, st.booleans())
def test_areas_in_text_are_what_the_pattern_finds(aliases: list[list[str]], text: str, glued: bool) -> None:
    book = AreaBook([Area(f"Area {k}", tuple(dict.fromkeys(names))) for k, names in enumerate(aliases)])
    text = text.replace(" ", "") if glued else text
    found = book.in_text(text)
    if not any(a.startswith("&") for names in aliases for a in names):
        assert "_pattern" not in book.__dict__  # found without compiling the pattern
    assert found == list(dict.fromkeys(book._names[m.group(0)] for m in book._pattern.finditer(_plain(text))))


def test_a_book_of_thousands_of_areas_finds_one_without_the_pattern() -> None:
    book = AreaBook([Area(f"Place {k}", (f"place {k}", f"p{k}x")) for k in range(5000)]
                    + [Area("Fylde Coast", ("fylde coast", "fylde"))])
    assert book.in_text("what is due in Fylde Coast and place 4321?") == ["Fylde Coast", "Place 4321"]
    assert book.in_text("Place 43210 is no place") == []
    assert "_pattern" not in book.__dict__
