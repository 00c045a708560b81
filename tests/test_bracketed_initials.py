"""Minutes name people once in full with their initials in brackets, then by the initials alone in
their actions: "ACTION: RC by 27/11" is answered with the person RC stands for, citing the line that
spells it out."""

import pytest

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer

MINUTES = ("System Transformation Board minutes 13 November 2025\n\n"
           "Present: Gideon Hartshorn (GH), Director of Strategy (Chair); Patience Adeyemi (PA), Chief People Officer.\n"
           "In attendance: Ruairi Colquhoun (RC), Programme Manager, People & Workforce.\n\n"
           "8. People and workforce\n"
           "PA reported that cohort 4 of international nurse recruitment arrived as planned. "
           "ACTION: RC by 27/11 - circulate the international recruitment pipeline figures to members.\n")


@pytest.mark.parametrize("question", [
    "Who has the action to circulate the international recruitment pipeline figures?",
    "Whose action is it to circulate the recruitment pipeline figures to members?",
])
def test_initials_in_an_action_name_the_person_the_minutes_spell_out(papers, question: str) -> None:
    reply = answer(question, papers({"minutes.txt": MINUTES}), Tokenizer())
    assert reply.answered and reply.answer.startswith("Ruairi Colquhoun (RC)"), reply.answer
    assert any(c.quote.startswith("Ruairi Colquhoun (RC)") for c in reply.citations), reply.citations


def test_initials_no_one_is_spelled_as_stay_unnamed(papers) -> None:
    text = MINUTES.replace("Ruairi Colquhoun (RC)", "Ruairi Colquhoun")
    reply = answer("Who has the action to circulate the international recruitment pipeline figures?", papers({"minutes.txt": text}),
                   Tokenizer())
    assert "Colquhoun (RC)" not in reply.answer, reply.answer
