"""An options appraisal asked for its best option once weighted: each option's weighted score worked out
from the table's own weights and scores, shown, with every criterion's row cited."""

import pytest

from bot.answering.candidates.weighted import ASKED
from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer

APPRAISAL = ("Stroke reconfiguration: options appraisal\n"
             "Criterion\tWeight\tOption A: no change\tOption B: one hyper-acute unit at the Royal\tOption C: HASU at the General\n"
             "Clinical quality\t35%\t4\t9\t8\n"
             "Travel times\t25%\t8\t6\t7\n"
             "Workforce\t25%\t3\t8\t6\n"
             "Affordability\t15%\t7\t6\t5\n"
             "Weighted totals will be presented to the Partnership Board.\n")


@pytest.mark.parametrize("question, asked", [("Which option has the highest weighted score?", True),
                                             ("which option scores best once u apply the weightings?", True),
                                             ("What weight does travel time carry?", False)])
def test_the_best_weighted_option_asked(question: str, asked: bool) -> None:
    assert bool(ASKED.search(question)) is asked


def test_the_best_option_once_weighted_is_worked_from_the_table(papers) -> None:
    reply = answer("Which stroke option has the highest weighted score in the options appraisal?", papers({"appraisal.txt": APPRAISAL}),
                   Tokenizer())
    assert reply.answered and reply.answer.startswith("Option B: one hyper-acute unit at the Royal: the highest weighted score, 7.55"), reply.answer
    assert "35% x 9 + 25% x 6 + 25% x 8 + 15% x 6" in reply.answer and "Option C: HASU at the General 6.80" in reply.answer, reply.answer
