"""An everyday word no paper uses ("the local health budget", "how many patients do we serve?") stands
for the papers' narrower words (its finances, its registered population); where a paper does use it
("the Budget sheet") it keeps its own meaning and finds nothing else."""

import pytest

from bot.answering.analysis import analyse
from bot.answering.lexicon import lexicon
from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

PLAN = """Fenmarch STP summary, October 2016

1.1 Fenmarch serves a registered population of 412,300 people across two CCGs.
1.2 If nothing changes, the footprint faces a financial gap of £96.5m by 2020/21.
1.3 The urgent care programme is led by Dr Ilse Marwick.
"""

BUDGETED = """Fenmarch spend plan 2016/17

Budget
Urgent care | £4.1m
Planned care | £6.3m

Spend in month
Urgent care | £0.4m
"""


@pytest.fixture
def index(papers):
    return papers({"summary.txt": PLAN, **OTHER_PAPERS})


def test_an_everyday_word_no_paper_uses_stands_for_the_papers_words(index, tokenizer: Tokenizer) -> None:
    lex = lexicon(index, tokenizer)
    assert tokenizer.stem("financial") in lex.equivalents(tokenizer.stem("budget"))
    assert tokenizer.stem("population") in lex.equivalents(tokenizer.stem("patients"))
    assert tokenizer.stem("budget") not in analyse("how big a hole would the local health budget have?", lex).unknown
    assert tokenizer.stem("budget") not in lex.equivalents(tokenizer.stem("money"))  # one way only


def test_a_word_the_papers_use_keeps_its_meaning(papers, tokenizer: Tokenizer) -> None:
    lex = lexicon(papers({"spend.txt": BUDGETED, **OTHER_PAPERS}), tokenizer)
    assert not {tokenizer.stem("financial"), tokenizer.stem("funding")} & lex.equivalents(tokenizer.stem("budget"))


@pytest.mark.parametrize(("question", "expected"), [
    ("If nothing changed, how big a hole would the budget have by 2020/21?", "£96.5m"),
    ("How many patients does the footprint serve in total?", "412,300"),
])
def test_a_question_in_everyday_words_is_answered(index, tokenizer: Tokenizer, question: str, expected: str) -> None:
    reply = answer(question, index, tokenizer)
    assert reply.answered and expected in reply.answer[:200], reply.answer
