"""A member of staff's own how-to ("How do I book a meeting room at Coldharbour House?") is answered
only by a line saying how to do that very thing: one naming the house but not the booking is no answer;
one saying how to book it is."""

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer

MINUTES = """Wexbury System Delivery Board: minutes of the meeting held on 17 September 2026

9. Date of next meeting
The next meeting will be held on Thursday 15 October 2026, 10:00, in Meeting Room 2 at Coldharbour House, Wexbury.
"""
PLAN = """Wexbury ICS winter plan 2026/27

The winter plan was agreed by the board in September.
Virtual ward capacity rises to 180 beds by December 2026.
The urgent treatment centre opens at Holt Lane in January 2027.
Community nursing vacancies fell to 8% in the year to March.
"""
BOOKING = "Wexbury ICB estates notes\n\nMeeting rooms at Coldharbour House are booked through the estates helpdesk on extension 4410.\n"


def test_a_line_naming_the_place_but_not_the_doing_is_no_answer(papers, bank_index) -> None:
    reply = answer("How do I book a meeting room at Coldharbour House?", papers({"minutes.txt": MINUTES, "plan.txt": PLAN}), Tokenizer())
    assert not reply.answered, reply.answer
    # a real board's minutes: "The next meeting will be held on ... at Coldharbour House, Caldergate."
    reply = answer("How do I book a meeting room at Coldharbour House?", bank_index("other_ics_o"), Tokenizer())
    assert not reply.answered, reply.answer


def test_a_line_saying_how_answers(papers) -> None:
    reply = answer("How do I book a meeting room at Coldharbour House?", papers({"minutes.txt": MINUTES, "plan.txt": PLAN, "estates.txt": BOOKING}), Tokenizer())
    assert reply.answered and "helpdesk" in reply.answer, reply.answer
