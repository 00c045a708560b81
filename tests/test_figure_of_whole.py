"""A figure asked of one named part ("the registered population of Cressbrook Valley") is not the
whole's figure in a sentence that lists that part among others ("786,800 people across three places:
Haldenmoor, Cressbrook Valley and Ryllington and Marsh"): the part's own row answers it."""

import pytest

from bot.answering.pipeline import answer

NARRATIVE = """Haldenmoor & Cressbrook STP submission

This is our plan. We serve a registered population of 786,800 people across three places: Haldenmoor, Cressbrook Valley and Ryllington and Marsh.

Table 1: Our places
Place\tClinical commissioning group\tRegistered population\tGP practices
Haldenmoor\tNHS Haldenmoor CCG\t356,200\t52
Cressbrook Valley\tNHS Cressbrook Valley CCG\t241,700\t38
Ryllington and Marsh\tNHS Ryllington and Marsh CCG\t188,900\t28
"""
OTHER = "Partnership Board minute\nThe board met on 9 February 2017 and agreed the plan.\n"


@pytest.mark.parametrize(("question", "figure"), [
    ("What is the registered population of Cressbrook Valley?", "241,700"),
    ("What is the registered population of Ryllington and Marsh?", "188,900"),
    ("What is the registered population across all three places?", "786,800"),  # the whole, asked as such
])
def test_a_parts_figure_is_its_own_not_the_wholes(papers, tokenizer, question: str, figure: str) -> None:
    reply = answer(question, papers({"plan.txt": NARRATIVE, "minute.txt": OTHER}), tokenizer)
    assert reply.answered and reply.answer.startswith(figure), reply.answer



@pytest.mark.parametrize(("question", "part"), [
    ("What is the registered population of Cressbrook Valley?", True),
    ("What is the registered population of the Haldenmoor & Cressbrook STP footprint?", False),  # the whole, by its kind
    ("How many people does the Haldenmoor and Cressbrook partnership serve?", False),
    ("When was the Cressbrook Valley plan agreed?", False),  # no figure asked
])
def test_only_a_figure_asked_of_a_part_rules_out_the_wholes(papers, tokenizer, question: str, part: bool) -> None:
    from bot.answering.analysis import analyse
    from bot.answering.lexicon import lexicon
    from bot.answering.near_miss import figure_of_whole

    lex = lexicon(papers({"plan.txt": NARRATIVE, "minute.txt": OTHER}), tokenizer)
    sentence = ("We serve a registered population of 786,800 people across three places: Haldenmoor, Cressbrook Valley "
                "and Ryllington and Marsh.")
    assert figure_of_whole(sentence, analyse(question, lex), tokenizer.stem, lex.setting()) is part


CAPITAL = """Haldenmoor & Cressbrook STP: investment

7.4 Delivering the plan needs £41.5m of transformation investment over four years, of which £12.3m is capital for the urgent treatment centre, the neighbourhood hubs and the shared care record.

7.5 The shared care record goes live in two phases, the first in October 2017.

7.6 The screening pilot will cover 24 schools and around 16,000 pupils in its first year.
"""


@pytest.mark.parametrize(("question", "says"), [
    ("How much capital is there for the shared care record?", None),  # a share of £12.3m, not stated
    ("How much capital is there for the urgent treatment centre, the hubs and the shared care record?", "£12.3m"),
    ("How much transformation investment does the plan need?", "£41.5m"),
    ("How many pupils will the screening pilot cover?", "16,000"),  # each thing listed has its own figure
])
def test_a_figure_said_of_several_things_together_is_no_one_of_them(papers, tokenizer, question: str, says: str | None) -> None:
    reply = answer(question, papers({"investment.txt": CAPITAL, "minute.txt": OTHER}), tokenizer)
    if says is None:
        assert not reply.answered, reply.answer
    else:
        assert reply.answered and says in reply.answer[:40], reply.answer
