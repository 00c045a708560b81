"""A slip in a role's word, beside the role's other word, is read as the role ("clinical leed" is the
clinical lead, not "clinical need"), even where the slip is a word of its own ("manger")."""

import pytest

from bot.answering.role_slips import role_slips

PAPER_WORDS = {"clinical", "lead", "need", "programme", "manager", "director", "the", "for", "who", "s"}
EXPANSIONS = {"prog": "programme"}


@pytest.mark.parametrize(("question", "read"), [
    ("who's the clinical leed for stroke?", "who's the clinical lead for stroke?"),  # not the commoner "need"
    ("who's the prog manger for primary care?", "who's the prog manager for primary care?"),  # shorthand before it
    ("stp programme directer?", "stp programme director?"),
    ("who's the clincal lead?", "who's the clinical lead?"),  # the role's first word
    ("is there a clinical need for it?", "is there a clinical need for it?"),  # a paper word: left as written
    ("the manger in the stable", "the manger in the stable"),  # beside no role word: left as written
    ("list of scheme owners for it", "list of scheme owners for it"),  # a plural is no slip
    ("who chars the partnership board?", "who chairs the partnership board?"),  # the verb a "who" question turns on
    ("who leeds the work?", "who leads the work?"),
    ("what chars are there?", "what chars are there?"),  # not after "who": left as written
])
def test_a_slip_beside_a_roles_other_word_is_that_role(question: str, read: str) -> None:
    assert role_slips(question, PAPER_WORDS.__contains__, EXPANSIONS) == read


def test_the_question_is_read_with_the_role_mended(papers, tokenizer) -> None:
    from bot.answering.analysis import analyse
    from bot.answering.lexicon import lexicon
    index = papers({"plan.txt": "Stroke\nThe clinical need is clear; the need is urgent; need, need, need.\n"
                                "Clinical lead: Dr Ann Tester.\n"})
    analysis = analyse("who's the clinical leed for stroke?", lexicon(index, tokenizer))
    assert "clinical lead" in analysis.roles and "need" not in analysis.words, analysis
