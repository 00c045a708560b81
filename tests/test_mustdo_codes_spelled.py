""""Which programmes cover the cancer must-do?" over a grid that names its programmes only by code ("AP",
"LW"): the answer gives each code with what the papers say it stands for, so staff get the names."""

from bot.answering.pipeline import answer
from tests.conftest import OTHER_PAPERS

REGISTER = """Programmes of the Tarnwick STP
The STP has three programmes: Acute Partnership (AP), Live Well (LW) and Outpatients & Elective Care (OEC).
"""
GRID = """Table 2: Programmes against the nine national must-dos 2017/18
Programme\tMust do 4 A&E\tMust do 5 RTT\tMust do 6 Cancer\tMust do 7 Mental health\tMust do 9 Quality
AP\tL\t\t✓\t\t✓
LW\t\tL\t✓\t\t✓
OEC\t\t\tL\t✓\t
"""


def test_a_programme_given_by_its_code_is_spelled_out(papers, tokenizer) -> None:
    reply = answer("Which programmes contribute to the cancer must-do?", papers({"register.txt": REGISTER, "grid.txt": GRID, **OTHER_PAPERS}), tokenizer)
    assert reply.answered, reply.answer
    for named in ("AP (Acute Partnership)", "LW (Live Well)", "OEC (Outpatients & Elective Care)"):
        assert named in reply.answer, reply.answer


def test_a_programme_with_nothing_entered_is_spelled_out_too(papers, tokenizer) -> None:
    reply = answer("Which programmes have nothing entered against must do 7?", papers({"register.txt": REGISTER, "grid.txt": GRID, **OTHER_PAPERS}),
                   tokenizer)
    assert reply.answered and "AP (Acute Partnership)" in reply.answer and "LW (Live Well)" in reply.answer, reply.answer
