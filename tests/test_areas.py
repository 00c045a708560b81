"""Plan areas come from the papers' own headings and the glossary, never from names in the code."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bot.records.areas import AreaBooks, _plain, build_book, closes_area, derived_aliases, place_plan_name
from bot.records.glossary import load_glossary
from bot.records.sections import document_areas, line_contexts
from bot.models import SourceLine


@pytest.mark.parametrize(("heading", "name"), [
    ("Fylde Coast LDP **DRAFT COPY**", "Fylde Coast"),
    ("West Lancashire - Local Delivery Plan on a page", "West Lancashire"),
    ("Orrinmouth Place Plan", "Orrinmouth"),
    ("Wyvern North Key milestones, Owners, Risks, Governance & Interdependencies 1/2", "Wyvern North"),
    ("Dunmere priorities against the 9 National Must Do's 2/3", "Dunmere"),
    ("Marsh Coast Local Delivery Plan 2016/17 - 2020/21", "Marsh Coast"),  # the plan's period after it
    ("Orrinmouth Place Plan (2017/18 to 2020/21)", "Orrinmouth"),
    ("Update on the Sustainability and Transformation Plan", None),
    ("Initiatives which we will focus in", None),
    ("Local priorities against the nine national must-dos", None),  # the footprint's own priorities, no place's
    ("Our priorities against the 9 National Must Do's", None),
])
def test_a_place_plan_heading_names_its_area(heading: str, name: str | None) -> None:
    assert place_plan_name(heading) == name


def test_aliases_follow_from_the_names_alone() -> None:
    names = ["Harbour Health & Care Partners", "Central Lincolnshire", "Marsh Coast", "Lancashire Care & Harbour Partners"]
    assert derived_aliases("Harbour Health & Care Partners", names) == ["harbour health & care partners", "hhcp", "harbour"]
    assert "central lincs" in derived_aliases("Central Lincolnshire", names)  # the county's short form
    assert "marsh" in derived_aliases("Marsh Coast", names)  # a word no other area's name has
    assert "central" not in derived_aliases("Central Lincolnshire", names)  # a compass word names no place
    assert "harbour" not in derived_aliases("Lancashire Care & Harbour Partners", names)  # the other leads with it


def test_the_glossary_names_what_no_rule_can_derive(tmp_path) -> None:
    path = tmp_path / "glossary.toml"
    path.write_text('[areas]\n"Marsh Coast" = ["The Levels"]\n"Nowhere" = ["N"]\n[terms]\nTL = "The Levels"\n')
    glossary = load_glossary(path)
    lines = [SourceLine(line=i, text=t) for i, t in enumerate(["Marsh Coast LDP", "", "Some text about the coast."], 1)]
    book = document_areas(lines, {k: v for k, v in glossary.areas.items() if k == "Marsh Coast"})
    assert book.in_text("what is due in the levels next month?") == ["Marsh Coast"]
    assert glossary.terms == {"TL": "The Levels"}


def test_a_bad_glossary_is_one_clear_error(tmp_path) -> None:
    from bot.errors import ConfigError

    path = tmp_path / "glossary.toml"
    path.write_text("[areas]\n'x' = 'not a list'\n")
    with pytest.raises(ConfigError, match="must map each area name to a list"):
        load_glossary(path)


def test_an_area_runs_until_another_plans_heading() -> None:
    texts = ["Marsh Coast LDP", "", "Initiatives", "", "Row about marsh", "", "Digital Plan on a Page", "", "Digital text"]
    lines = [SourceLine(line=i, text=t) for i, t in enumerate(texts, 1)]
    book = build_book(["Marsh Coast"])
    areas = {line.text: area for line, _, area, _ in line_contexts(lines, book) if line.text}
    assert areas["Row about marsh"] == "Marsh Coast" and areas["Digital text"] is None
    assert closes_area("Digital Plan on a Page") and not closes_area("Initiatives")


@pytest.mark.parametrize("heading", ["1. About this plan", "Our plan", "Delivering our plan"])
def test_the_plans_own_sections_keep_its_area(heading: str) -> None:
    texts = ["Marsh Coast Local Delivery Plan", heading, "HC1 Urgent Treatment Centre", "Scheme owner\tJo Bloggs"]
    lines = [SourceLine(line=i, text=t) for i, t in enumerate(texts, 1)]
    areas = {line.text: area for line, _, area, _ in line_contexts(lines, build_book(["Marsh Coast"])) if line.text}
    assert areas["Scheme owner\tJo Bloggs"] == "Marsh Coast"
    assert not closes_area(heading)


def test_area_books_make_a_book_again_only_for_other_names() -> None:
    """A build keeps its last book: the same names (in the same order, duplicates aside) give it back."""
    books = AreaBooks()
    first = books.book(["Marsh Coast", "Fen Valley", "Marsh Coast"])
    assert books.book(["Marsh Coast", "Fen Valley"]) is first
    assert first.rows() == build_book(["Marsh Coast", "Fen Valley"]).rows()
    declared = {"Marsh Coast": ["MC Place"]}
    with_glossary = books.book(["Marsh Coast", "Fen Valley"], declared)
    assert with_glossary is not first and with_glossary.rows() == build_book(["Marsh Coast", "Fen Valley"], declared).rows()
    assert books.book(["Fen Valley", "Marsh Coast"], declared).names == ["Fen Valley", "Marsh Coast"]


_HEADING_PIECES = ["Fylde", "Coast", "Central", "Lancs", "Lancashire", "West", "Bay", "x1", "1", " ", "  ", "-", "(",
                   "&", "and", "LDP", "plan", "Marsh", "’", "Z"]


@given(st.lists(st.sampled_from(_HEADING_PIECES), max_size=8).map("".join))
@example("Fylde Coast LDP")
@example("  Central Lancashire priorities")
@example("- West Lancs plan")
@example("Fylde Coastx1 LDP")
@example("ZFylde Coast")  # a name inside a word is no name
def test_a_heading_opens_the_area_the_pattern_finds_at_its_start(heading: str) -> None:
    """opening() looks a heading's first words up directly; it must name what the first match of the
    pattern of every alias names when that match starts within two characters."""
    book = build_book(["Fylde Coast", "Central Lancashire", "West Lancashire", "Bay Health & Care Partners",
                       "Fylde Coastx1", "Marsh Coast"], {"Marsh Coast": ["Marsh and Fen", "MC"]})
    m = book._pattern.search(_plain(heading).strip())
    assert book.opening(heading) == (book._names[m.group(0)] if m and m.start() <= 2 else None)
