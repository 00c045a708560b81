"""A look-up of the row a question names in the column it names: "what triggers OPEL 3 at Harbour
General?" over "Organisation | OPEL 1 | OPEL 2 | OPEL 3" is the OPEL 3 cell of Harbour General's row,
not the others of its series; a cell saying its content is set out elsewhere answers nothing."""

import pytest

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

TRIGGERS = ("A&E Delivery Board escalation framework\n\nTable 2: escalation triggers\n\n"
            "Organisation\tOPEL 1\tOPEL 2\tOPEL 3\n"
            "Harbour General Hospital\tFewer than 5 patients waiting for a bed\t5 to 10 patients waiting for a bed\t"
            "More than 10 patients waiting over 4 hours for a bed\n"
            "Coastline Urgent Care\tCall answering within 60 seconds\tCall answering within 120 seconds\t"
            "As set out in the Coastline business continuity plan (not reproduced here)\n")


def test_the_cell_in_the_named_column_of_the_named_row_answers(papers) -> None:
    reply = answer("What triggers OPEL 3 at Harbour General Hospital?", papers({"triggers.txt": TRIGGERS, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and reply.answer.startswith("More than 10 patients waiting over 4 hours"), reply.answer


def test_a_cell_pointing_elsewhere_is_not_the_answer(papers) -> None:
    """A guard on the look-up (it passes without it too): the named cell that says it is set out elsewhere is not read as said."""
    reply = answer("What triggers OPEL 3 for Coastline Urgent Care?", papers({"triggers.txt": TRIGGERS, **OTHER_PAPERS}), Tokenizer())
    assert not reply.answer.startswith("As set out in the Coastline business continuity plan"), reply.answer
