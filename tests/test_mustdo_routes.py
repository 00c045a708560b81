"""A must-do the grid leaves blank is often met through another plan, and the paper says so ("Must-do 8
is taken forward by the Transforming Care Partnership, outside this STP"): the gap answer quotes it."""

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

GRID = """Wexbury STP Annex B: our programmes against the 9 National Must Do's

Programme\t1 STP\t2 Finance\t3 General practice\t4 A&E\t5 RTT\t6 Cancer\t7 Mental health\t8 Learning disabilities\t9 Quality
P1 Healthy Lives\tYes\t\tPartly\t\t\tPartly\tPartly\t\t
P2 Community Hubs\tYes\tPartly\tYes\tPartly\t\t\t\t\t
P3 Urgent Care\tYes\t\t\tYes\t\t\t\t\tPartly
P4 Planned Care\tYes\tPartly\t\t\tYes\tYes\t\t\t

Yes = the programme delivers the must-do; Partly = contributes; blank = no contribution.
Must-do 8 is taken forward by the Wexbury Transforming Care Partnership (TCP), outside this STP.
"""


def test_a_blank_must_do_is_answered_with_where_it_is_met(papers) -> None:
    reply = answer("Which national must-do has no programme against it?", papers({"annex_b.txt": GRID, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and "must do 8" in reply.answer and "Transforming Care Partnership" in reply.answer, reply.answer
    assert any("taken forward" in c.quote for c in reply.citations)
