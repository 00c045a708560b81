"""A short line ending in a colon ("By 17/18:") heads the lines under it, their bullets lost on the way
out of a slide: what it says (the year) holds for each line, so a figure asked for that year is found there,
and a figure under another year's lead-in is not that year's."""

import pytest

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

SLIDE = """Digital roadmap on a page

Empowered citizens (active and online)

By 17/18:

85% of GP practices offering online appointments and repeat prescriptions

All acute providers reading the shared care record

By 20/21:

All practices offering online triage and signposting

Citizens holding their own care plan online
"""


# the same slide as a PDF gives it: no blank lines, no full stops, so only the lead-ins part its lines
PACKED = "\n".join(line for line in SLIDE.splitlines() if line.strip()) + "\n"


@pytest.mark.parametrize(("question", "expected"), [
    ("By 17/18, what % of GP practices should be offering online appointments?", "85%"),
    ("digital: by 2017/18 what % of gp practices offering online repeat prescriptions?", "85%"),
])
@pytest.mark.parametrize("slide", [SLIDE, PACKED])
def test_a_lead_ins_year_holds_for_the_lines_under_it(papers, question: str, expected: str, slide: str) -> None:
    reply = answer(question, papers({"roadmap.txt": slide, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and reply.answer.startswith(expected), reply.answer


def test_no_sentence_runs_on_into_a_lead_in() -> None:
    from bot.index.passages import snippets
    from bot.models import SourceLine

    units = [SourceLine(text=t, page=None, line=k) for k, t in enumerate(PACKED.splitlines(), start=1)]
    texts = [s.text for s in snippets(units)]
    assert "By 20/21:" in texts and not any("By 20/21:" in t and t != "By 20/21:" for t in texts), texts


def test_a_figure_under_another_years_lead_in_is_not_the_asked_years(papers) -> None:
    reply = answer("By 2019/20, what % of GP practices should be offering online appointments?", papers({"roadmap.txt": SLIDE, **OTHER_PAPERS}), Tokenizer())
    assert not reply.answered, reply.answer


def test_a_lead_in_too_short_to_search_opens_the_passage_of_the_lines_it_heads(tmp_path) -> None:
    from bot.index.passages import build_passages
    from bot.reading.files import read_document

    (tmp_path / "roadmap.txt").write_text(SLIDE, encoding="utf-8")
    doc = read_document(tmp_path / "roadmap.txt", 10**7)
    texts = [[u.text for u in p.units] for p in build_passages(doc, 0)]
    assert any(t[0] == "By 17/18:" and t[1].startswith("85% of GP practices") for t in texts), texts
