"""Chat shorthand is read as the word it shortens ("how many ppl", "next partnership brd"), so the
question's counted noun and asked body are the papers' own words; acronyms, names and words the papers
use are left as written."""

import pytest

from bot.answering.lexicon import lexicon
from bot.answering.pipeline import answer
from bot.answering.question_text import unshortened

PAPERS = {
    "about.txt": (
        "About the Northvale STP\n"
        "The STP serves a registered population of 412,300 people across three places.\n"
        "Partnership Board meetings in 2027 are held on the last Thursday: 28 January, 25 March and 27 May 2027.\n"
        "Theatre ops are reviewed weekly by the SRO, Dr Ann Berridge.\n"
    ),
    "programmes.txt": "\n".join([
        "Northvale STP programmes",
        "Urgent care: the new urgent treatment centre opens in April 2027.",
        "Mental health: a crisis cafe opens in Holt Lane in June 2027.",
        "Digital: the shared care record goes live in all practices by March 2028.",
        "Workforce: 40 nursing associates start training in September 2027.",
        "Estates: the Holt Lane health centre business case goes to the board in May 2027.",
        "Finance: the efficiency requirement for 2027/28 is £31.5m.",
        *(f"Scheme NV{n}: the {topic} scheme reports to the {board} each quarter." for n, (topic, board) in enumerate(
            [(t, b) for t in ("frailty", "diabetes", "stroke", "cancer", "maternity", "dementia") for b in
             ("Partnership Board", "Clinical Reference Group", "Finance Committee")])),
    ]) + "\n",
}


@pytest.fixture
def index(papers):
    return papers(PAPERS)


@pytest.mark.parametrize(("question", "read"), [
    ("how many ppl are registered?", "how many people are registered?"),
    ("when's the next partnership brd?", "when's the next partnership board?"),
    ("who's the prog mgr?", "who's the programme manager?"),
    ("who's the clin lead for digital?", "who's the clinical lead for digital?"),  # "clin", as NHS chat writes it
    ("who's SRO for mat & kids?", "who's SRO for maternity & kids?"),
    ("what's the registered pop for the STP?", "what's the registered population for the STP?"),  # "pop", as staff write it
    ("registered popn for the STP?", "registered population for the STP?"),  # "mat" for maternity, as NHS chat writes it
    ("who is the SRO?", "who is the SRO?"),  # an acronym: left
    ("how are ops reviewed?", "how are ops reviewed?"),  # the papers write "ops": left
    ("is dr berridge the sro?", "is dr berridge the sro?"),  # too short to be read as shorthand
    ("what about the app?", "what about the app?"),  # no shorthand of NHS usage
    ("anything due nxt month?", "anything due next month?"),  # a window asked in chat shorthand
    ("what's due this mth?", "what's due this month?"),
])
def test_shorthand_is_written_out(index, tokenizer, question: str, read: str) -> None:
    assert unshortened(question, lexicon(index, tokenizer)) == read


def test_a_count_asked_in_shorthand_is_answered(index, tokenizer) -> None:
    reply = answer("how many ppl are registered across the whole STP? need it for a slide", index, tokenizer)
    assert reply.answered and "412,300" in reply.answer[:200], reply.answer


def test_a_population_asked_in_shorthand_is_answered(index, tokenizer) -> None:
    reply = answer("whats the registered pop for the STP? for the intro slide", index, tokenizer)
    assert reply.answered and "412,300" in reply.answer[:200], reply.answer


def test_a_window_asked_in_shorthand_is_read_as_one(index, tokenizer) -> None:
    """"nxt month" is next month: the question asks what falls in April, as "next month" does."""
    from datetime import date
    from bot.answering.analysis import analyse
    window = analyse("anything due nxt month? planning the rota", lexicon(index, tokenizer), date(2027, 3, 10)).window
    assert window is not None and (window.start, window.end) == (date(2027, 4, 1), date(2027, 4, 30)), window


@pytest.mark.parametrize(("text", "read"), [
    ("deadline for the revised 4hr trajectory?", "deadline for the revised 4 hour trajectory?"),
    ("18wks RTT by when?", "18 weeks RTT by when?"),
    ("a 3yr plan, 45min handovers", "a 3 year plan, 45 minute handovers"),
    ("the 2hr slot at 10 hrs", "the 2 hour slot at 10 hrs"),  # a unit written apart is left as it is
])
def test_a_number_with_its_unit_glued_on_is_read_as_two_words(text: str, read: str) -> None:
    from bot.answering.question_text import glued_units
    assert glued_units(text) == read
