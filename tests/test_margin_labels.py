"""A board paper's paragraphs with labels in a margin column ("2.1 | The Board approved ... for" over
"DECISION | submission to NHS England ..."): each sentence is read whole across its lines, the label
left out of it; a field under a title ("LC1 Cancer" over "SRO | Dr Jo Bloggs ...") stays a row."""

from bot.answering.pipeline import answer
from bot.index.passages import snippets
from bot.models import SourceLine
from bot.textnorm import Tokenizer

PAPER = ("STP Programme Board\n\n3. Financial position\n\n"
         "3.1\tThe \"do nothing\" gap for the footprint is £571m by 2020/21 (NHS £468m; adult social care\n"
         "NOTED\t£103m). Business-as-usual efficiency by providers and commissioners is expected to deliver\n"
         "\t£207m, leaving a residual gap of £48m by 2020/21.\n\n"
         "3.2\tThe footprint's transformation fund allocation for 2017/18 is £31.6m, conditional on the\n"
         "NOTED\tcontrol total being accepted by all six trusts.\n")
FILLER = "Workforce update\nVacancy rates fell in the autumn and the bank staff spend is down by a tenth.\n"


def _lines(*texts: str) -> list[SourceLine]:
    return [SourceLine(line=k, text=t) for k, t in enumerate(texts, 1)]


def test_a_sentence_goes_on_beside_the_margin() -> None:
    found = [s.text for s in snippets(_lines(*PAPER.splitlines()[4:7]))]
    assert "3.1 The \"do nothing\" gap for the footprint is £571m by 2020/21 (NHS £468m; adult social care £103m)." in found
    assert not any("NOTED" in text for text in found)


def test_a_field_under_a_title_is_no_margin() -> None:
    found = [s.text for s in snippets(_lines("LC3 Cancer", "SRO\tDr Aoife Brannigan, Chief Medical Officer, CCHT"))]
    assert "LC3 Cancer Dr Aoife Brannigan, Chief Medical Officer, CCHT" not in found


def test_the_figure_beside_its_words_answers(papers) -> None:
    index = papers({"board.txt": PAPER, "workforce.txt": FILLER})
    reply = answer("How much of the 2020/21 do-nothing gap is in adult social care?", index, Tokenizer())
    assert reply.answered and reply.answer.startswith("£103m"), reply.answer
