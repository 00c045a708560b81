"""Initials joined by "&" ("the F&P committee") stand for the capitalised name the papers spell out
("Finance and Performance Committee"), as capitals do ("QTH")."""

from bot.answering.pipeline import answer

PAPERS = {
    "report.txt": (
        "Chair's Assurance Report: Finance and Performance Committee\n"
        "Report from: Finance and Performance Committee\n"
        "Chair: Dr Miriam Ostrowski, Independent Member\n"
        "The committee noted the month 11 position.\n"
        "Capacity: 1,287 general and acute beds in our three acute hospitals; 212 community beds.\n"
    ),
    "board.txt": (
        "Partnership Board membership\n"
        "Chair: Sir Tobias Wren\n"
        "The board receives each committee's assurance report.\n"
    ),
}


def test_ampersand_initials_name_the_spelled_out_body(papers, tokenizer) -> None:
    index = papers(PAPERS)
    reply = answer("who chairs F&P committee? need to send them the month 11 paper", index, tokenizer)
    assert reply.answered and "Ostrowski" in reply.answer[:300], reply.answer


def test_ampersand_initials_no_paper_spells_out_still_weigh_as_unknown(papers, tokenizer) -> None:
    index = papers(PAPERS)
    reply = answer("who chairs the Q&R committee?", index, tokenizer)
    assert not reply.answered, reply.answer


def test_ampersand_initials_of_a_lower_case_phrase(papers, tokenizer) -> None:
    """"G&A" is written out in lower case ("general and acute beds"): weighed as those words, not as a
    word no paper holds, so the figure is given."""
    index = papers(PAPERS)
    reply = answer("how many G&A beds across the 3 acutes? for the winter capcity paper", index, tokenizer)
    assert reply.answered and "1,287" in reply.answer[:120], reply.answer
