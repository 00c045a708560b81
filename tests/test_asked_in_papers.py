"""A question a paper only writes down (read out at a webinar, raised in the chat) is held by no one
the line names: the one asking it is not the answer."""

import pytest

TRANSCRIPT = """WKE STP staff webinar - 7 November 2018 - transcript

0:02:36.997 --> 0:02:45.810
Caspian Moorcroft: Another one from the chat, from a GP in Ebbdale: who's the clinical lead for the stroke work?

0:02:46.450 --> 0:02:57.700
Harriet Quennell-Obiora: Honest answer, we haven't appointed one yet. Stroke sits outside the six priorities for now.

0:02:58.100 --> 0:03:09.000
Harriet Quennell-Obiora: For cancer, Dr Imogen Laidlaw is our clinical lead and she'll talk next month.
"""


@pytest.mark.parametrize(("question", "holder"), [
    ("Who is the clinical lead for stroke?", None),
    ("who's clinical lead for strok?", None),
    ("Who is the clinical lead for cancer?", "Laidlaw"),
])
def test_the_one_asking_who_holds_a_role_does_not_hold_it(tmp_path, ask_folder, question: str, holder: str | None) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "webinar_transcript.txt").write_text(TRANSCRIPT, encoding="utf-8")
    reply = ask_folder(folder, question)
    assert reply.answered is (holder is not None), reply.answer
    if holder:
        assert holder in reply.answer[:200], reply.answer


@pytest.mark.parametrize(("role_text", "asks"), [
    ("Another one from the chat, from a GP in Ebbdale: who's the clinical lead for the stroke work?", True),
    ("Q: What is the neonatal mortality reduction target? A: to be agreed", True),
    ("Clinical lead for cancer (Consultant Oncologist)", False),
    ("SRO", False),
])
def test_a_stated_role_that_is_a_question_is_ruled_out(role_text: str, asks: bool) -> None:
    from bot.answering.candidates import Candidate
    from bot.answering.eligibility import asks_itself

    candidate = Candidate(source="person", main=role_text, context="", area=None, answer=f"Ann Example: {role_text}", citations=[], role_text=role_text)
    assert asks_itself(candidate) is asks
