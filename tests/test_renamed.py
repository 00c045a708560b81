"""A programme renamed: asked by the name staff know, the papers that state the renaming make the old
name's words find the new name's."""

import pytest

from bot.answering.analysis import analyse
from bot.answering.lexicon import lexicon
from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer

GRID = ("Table M1: programme coverage of the national must-dos (columns are must-do numbers)\n\n"
        "Programme\t1\t2\t3\t4\t5\t6\t7\t8\t9\n"
        "HT04 Planned Care & Diagnostics\tL\tL\t\t\tL\tC\t\t\t\n"
        "HT06 Children, Young People & Maternity\tL\t\t\t\t\t\tC\tC\t\n\n"
        "Key: L = lead programme; C = contributes; blank = no material contribution.\n")


@pytest.mark.parametrize("said", [
    "HT06 was called Best Start in Life until 30 September 2025, when it was renamed.",
    "One programme was renamed in October. HT06 is now Children, Young People & Maternity (it was Best Start in Life).",
])
def test_a_programme_is_asked_by_its_former_name(papers, said: str) -> None:
    index = papers({"matrix.txt": GRID, "note.txt": f"Programme changes\n\n{said}\n"})
    reply = answer("Which must-dos does the Best Start in Life programme contribute to?", index, Tokenizer())
    assert reply.answered and "HT06 Children, Young People & Maternity" in reply.answer, reply.answer


@pytest.mark.parametrize("said", [
    "Children, Young People & Maternity (formerly Best Start in Life) reports monthly.",
    "Best Start in Life has been renamed Children, Young People & Maternity.",
])
def test_the_ways_a_renaming_is_stated(papers, tokenizer: Tokenizer, said: str) -> None:
    lex = lexicon(papers({"matrix.txt": GRID, "note.txt": f"Programme changes\n\n{said}\n"}), tokenizer)
    kin = analyse("Which must-dos does the Best Start in Life programme contribute to?", lex).kindred
    assert {"children", "matern"} <= set(kin.get("best", ())) and {"children", "matern"} <= set(kin.get("life", ())), kin


def test_no_renaming_stated_leaves_the_question_as_asked(papers, tokenizer: Tokenizer) -> None:
    lex = lexicon(papers({"matrix.txt": GRID, "note.txt": "Programme changes\n\nNone this month.\n"}), tokenizer)
    assert not analyse("Which must-dos does the Best Start in Life programme contribute to?", lex).kindred.get("best")
