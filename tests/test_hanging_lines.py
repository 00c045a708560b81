"""A box's field wrapped under a hanging indent: "SRO: Director of Adult Social" over "  Care, Stannerby
County" over "  Council". The indented lines carry the field on, however title-like their words: they are
neither headings of their own nor sentences apart, so the post reads whole and is resolved to its holder.
A box's description indented the same way, in prose, is no part of the post."""

from bot.index.passages import snippets
from bot.models import SourceLine
from bot.records.sections import heading_marks

BOX = ["", "P5 Home First", "SRO: Director of Adult Social", "  Care, Stannerby County", "  Council", ""]
BOX_WITH_TEXT = ["", "P4 Urgent Care", "SRO: Chief Executive, Wexbury", "  Hospitals NHS Trust",
                 "  Integrated urgent care (NHS 111), urgent", "  treatment centres, seven day services", ""]


def _lines(texts: list[str]) -> list[SourceLine]:
    return [SourceLine(page=3, text=t) for t in texts]


def test_lines_hanging_under_a_field_are_no_headings() -> None:
    marks = [(line.text, heading) for line, heading in heading_marks(_lines(BOX), wrapped=True)]
    assert ("P5 Home First", True) in marks
    assert ("  Care, Stannerby County", False) in marks and ("  Council", False) in marks, marks


def test_a_field_wrapped_under_a_hanging_indent_is_one_sentence() -> None:
    texts = [s.text for s in snippets(_lines(BOX))]
    assert texts == ["P5 Home First", "SRO: Director of Adult Social Care, Stannerby County Council"], texts


def test_a_boxs_prose_hanging_the_same_way_is_no_part_of_the_post() -> None:
    texts = [s.text for s in snippets(_lines(BOX_WITH_TEXT))]
    assert "SRO: Chief Executive, Wexbury Hospitals NHS Trust" in texts, texts


def test_the_post_read_whole_is_resolved_to_its_holder(tmp_path, ask_folder) -> None:
    """The bank's deck (other_ics_bc) names each priority's SRO by post in a box, the post wrapped under a
    hanging indent, and the holders on a who's-who slide."""
    import shutil
    from pathlib import Path

    deck = Path(__file__).parent / "questions/other_ics_bc/papers/02_SC_STP_Neighbourhood_Care_Development_Session_18Jan2017.pdf"
    folder = tmp_path / "papers"
    folder.mkdir()
    shutil.copy(deck, folder / deck.name)
    reply = ask_folder(folder, "Who is the senior responsible owner of Home First?")
    assert reply.answered and reply.answer.startswith("Nadia Grieveson"), reply.answer
