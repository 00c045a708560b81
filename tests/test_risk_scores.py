"""A register rating each risk's likelihood and consequence but printing no score: the score is their
product, as the NHS 5x5 matrix reckons it, whether the register rates them in figures or in the matrix's
own words ("Likely", "Catastrophic")."""

import pytest

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

IN_WORDS = """Footprint risk register
Each risk is scored as likelihood multiplied by consequence; the highest scores go to the Partnership Board.
Ref\tScheme\tRisk\tRisk owner\tLikelihood\tConsequence
R01\tHX1\tConsultant posts are not filled before the unit opens\tDeclan Ostler\tLikely\tMajor
R02\tHX2\tSome practices do not join their network\tColm Brennan\tPossible\tModerate
R03\tQV1\tAsbestos removal delays the building works\tYasmin Hale\tAlmost certain\tModerate
R04\tSY1\tThe new laboratory system cannot talk to the trusts' systems\tKofi Abbot\tLikely\tCatastrophic
R05\tCS2\tThe lease on the cafe premises is not signed\tHamid Lowe\tUnlikely\tModerate
"""
IN_FIGURES = IN_WORDS.replace("\tLikely\tMajor", "\t4\t4").replace("\tPossible\tModerate", "\t3\t3") \
    .replace("\tAlmost certain\tModerate", "\t5\t3").replace("\tLikely\tCatastrophic", "\t4\t5").replace("\tUnlikely\tModerate", "\t2\t3")


@pytest.mark.parametrize("register", [IN_WORDS, IN_FIGURES], ids=["words", "figures"])
def test_the_highest_scoring_risk_is_the_largest_product(papers, tokenizer: Tokenizer, register: str) -> None:
    index = papers({"register.txt": register, **OTHER_PAPERS})
    reply = answer("Which risk on the footprint risk register has the highest score?", index, tokenizer)
    assert reply.answered and reply.answer.startswith("R04") and "20 (4 x 5)" in reply.answer, reply.answer


def test_the_risks_scoring_at_least_a_bound_are_those_whose_product_passes_it(papers, tokenizer: Tokenizer) -> None:
    index = papers({"register.txt": IN_WORDS, **OTHER_PAPERS})
    reply = answer("which risks on the register are 15 or more?", index, tokenizer)
    assert reply.answered and all(ref in reply.answer for ref in ("R01", "R03", "R04")), reply.answer
    assert "R02" not in reply.answer and "R05" not in reply.answer, reply.answer
