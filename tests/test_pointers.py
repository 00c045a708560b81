"""A pointer to where the answer is ("See the staff FAQ.") is no answer to what a thing is; asked where
something is written, it is."""

import pytest

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer

PAPERS = {
    "glossary.md": ("# Glossary\n\n| Term | Meaning |\n| --- | --- |\n| Team Around the Practice (TAP) | See the staff FAQ. |\n"
                    "| PCN | Primary care network |\n"),
    "staff_faq.txt": ("Staff FAQ\n\nQ. What is Team Around the Practice?\n"
                      "A. Team Around the Practice (TAP) is our name for the community nurses, social prescribers and "
                      "pharmacists who work with each practice's patients at highest risk.\n"),
}


def test_a_pointer_defines_nothing(papers) -> None:
    reply = answer("What is Team Around the Practice (TAP)?", papers(PAPERS), Tokenizer())
    assert reply.answered and "social prescribers" in reply.answer[:300] and not reply.answer.startswith("See"), reply.answer


@pytest.mark.parametrize("text, pointer", [
    ("See the staff FAQ. (4: Team Around the Practice (TAP))", True),
    ("Refer to Appendix B", True),
    ("As above.", True),
    ("See and Treat model in the emergency department (Scheme: UEC)", False),
    ("Seen within 4 hours: 76%", False),
])
def test_what_reads_as_a_pointer(text: str, pointer: bool) -> None:
    from bot.answering.eligibility import _POINTER

    assert bool(_POINTER.match(text)) is pointer
