"""The asker's guess at the answer ("LWP SRO pls, is it the DPH?") is a side remark, however it is
punctuated: its words weigh as a side clause's and no answer is missing them. A guess in words no paper
writes ("DPH", where the papers say "Director of Public Health") would otherwise weigh the most of all and
refuse a question the papers answer."""

from bot.answering.analysis import analyse
from bot.answering.clauses import SIDE_CLAUSE_WEIGHT
from bot.answering.lexicon import lexicon
from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

LEADERSHIP = ("Annex B: Programme leadership: SROs and clinical leads\n"
              "Living Well & Prevention (LWP)\n"
              "SRO: Dr Marisol Quennell\n"
              "Clinical lead: Dr Ravi Ashdown\n"
              "Urgent & Emergency Care (UEC)\n"
              "SRO: Annika Swarbrick\n"
              "Clinical lead: Dr Tom Gilder\n")


def test_a_guess_weighs_as_a_side_remark(papers, tokenizer) -> None:
    lex = lexicon(papers({"annex.txt": LEADERSHIP, **OTHER_PAPERS}), tokenizer)
    a = analyse("LWP SRO pls, is it the DPH?", lex)
    plain = analyse("LWP SRO pls, the DPH?", lex)
    assert a.terms["dph"] == SIDE_CLAUSE_WEIGHT * plain.terms["dph"]
    assert "dph" in a.aside and "lwp" not in a.aside


def test_a_guess_in_words_no_paper_writes_does_not_refuse_the_question(papers) -> None:
    reply = answer("LWP SRO pls, is it the DPH? want them at our smoking meeting",
                   papers({"annex.txt": LEADERSHIP, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and reply.answer.startswith("Dr Marisol Quennell"), reply.answer
