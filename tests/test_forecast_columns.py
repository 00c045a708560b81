"""A register's forecast column ("Fore-cast", as a narrow column wraps it) is when its work is now due:
a window question reads it before the baseline beside it, and before a date its action cell mentions."""

from datetime import date

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

REGISTER = """Wexbury STP risk and milestone register, as at 09/12/2016

Ref\tWS\tDescription\tOwner\tBaseline\tFore-cast\tRAG\tAction / comment
M-01\tUEC\tCAS go-live behind NHS 111\tP Strand\tMar-17\t31/05/2017\tA\tNHS 111 re-procurement slipped; new date agreed 02/12/16
M-02\tPLC\tMSK triage service go-live\tO Pettifer\t31/03/2017\t30/06/2017\tA\tPhysiotherapy recruitment behind plan; phased go-live from Apr-17
"""


def test_a_window_reads_the_forecast(papers) -> None:
    reply = answer("What is due in the next six weeks?", papers({"register.txt": REGISTER, **OTHER_PAPERS}), Tokenizer(),
                   date(2017, 4, 24))
    assert reply.answered and "31/05/2017" in reply.answer, reply.answer
    assert "Apr-17" not in reply.answer and "30/06/2017" not in reply.answer, reply.answer
