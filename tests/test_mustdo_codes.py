"""A line naming the must-dos by their short codes ("Must-dos served: MD7 Mental health; MD8 Learning
disabilities", as a logic model or a slide writes them) names must-dos: it answers "which must-dos does the
programme serve?" as a line saying "national must-do 7" would. "MD" alone, or a Medical Director's "MD",
names none."""

import pytest

from bot.answering.pipeline import answer
from bot.records.mustdos import names_mustdo
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS


@pytest.mark.parametrize("text, names", [
    ("Must-dos served: MD7 Mental health; MD8 Learning disabilities", True),
    ("supports delivery of national must-do 4", True),
    ("MD7", False),  # a code alone, said of nothing
    ("the must do list was agreed by the MD 4 weeks ago", False),  # the Medical Director
])
def test_must_dos_named_by_their_codes(text: str, names: bool) -> None:
    assert names_mustdo(text) is names


SLIDES = ("Logic model 1 of 2: PH Healthier Lives (prevention)\n"
          "Smoking prevalence down to 14% by 2020/21\n"
          "Must-dos served: MD2 Financial balance; MD9 Quality\n"
          "\n"
          "Logic model 2 of 2: MH Minds Matter (mental health and learning disabilities)\n"
          "Eight-bed crisis house open by May 2017\n"
          "Must-dos served: MD7 Mental health; MD8 Learning disabilities\n")


def test_a_line_of_must_do_codes_answers_which_must_dos_a_programme_serves(papers) -> None:
    reply = answer("Which national must-dos does the Minds Matter logic model say the programme serves?",
                   papers({"logic_models.txt": SLIDES, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and "MD7 Mental health" in reply.answer, reply.answer
