import json
import re
from datetime import date
from pathlib import Path

import pytest

from bot.answering.pipeline import answer
from bot.cli import main
from bot.index.store import PlanIndex
from bot.textnorm import Tokenizer, squash

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"


@pytest.mark.parametrize(
    ("question", "as_of", "kind", "expected"),
    [
        ("who owns the stroke pathway redesign in fylde?", None, "owner", "Alex Sample"),
        ("who owns the care homes support work for fylde coast?", None, "owner", "WP3"),
        ("what does Alex Sample own?", None, "owner", "Stroke pathway redesign"),
        ("fylde stroke pathway - what's due in Q4?", None, "milestone", "Pathway implemented"),
        ("what's coming up next month in fylde?", date(2016, 12, 5), "milestone", "Care home team in place"),
        ("who is the SRO for the digital workstream?", None, "owner", "Jane Example"),
    ],
)
def test_record_answers(plan_index, tokenizer, question, as_of, kind, expected) -> None:
    reply = answer(question, plan_index, tokenizer, as_of)
    assert reply.kind == kind and reply.answered, reply
    assert expected in reply.answer
    assert all(plan_index.quote_is_on_source(c.document, c.page, c.line, c.quote) for c in reply.citations)


def test_nothing_due_says_so(plan_index, tokenizer) -> None:
    reply = answer("what's due this month in fylde?", plan_index, tokenizer, date(2019, 6, 1))
    assert not reply.answered and "nothing" in reply.answer


@pytest.fixture(scope="module")
def bundled(bundled_dir: Path) -> PlanIndex:
    return PlanIndex.open(bundled_dir)


@pytest.mark.parametrize(
    ("question", "as_of", "expected", "answered"),
    [
        ("who's leading the solution design work in pennine?", None, ["Mark Youlton"], True),
        ("which priorities in Central Lancs cover must do 4?", None, ["P1", "P2", "P3", "P4", "P5"], True),
        ("what's due for Pennine in Jan 2017", None, ["Series of events completed"], True),
        ("who's the SRO for fylde coast WP4 mental health?", None, [], False),
        ("what does Jayne Mellor own?", None, ["Integrated urgent care", "Elective Care"], True),
        # one plan area's work asked of someone who owns it there: that area's initiatives
        ("Which West Lancashire initiatives is Mike Maguire the scheme owner for?", None, ["Southport", "Mental Health"], True),
        # a count of an area's initiatives asked with their owners: every owner, not the first row's
        ("which work programmes own Fylde Coast's five initiatives?", None, ["WP3", "WP5", "WP9"], True),
        ("who owns the six West Lancashire initiatives?", None, ["Jackie Moran", "Mike Maguire"], True),
    ],
)
def test_bundled_corpus_questions(bundled, question, as_of, expected, answered) -> None:
    reply = answer(question, bundled, Tokenizer(), as_of)
    assert reply.answered is answered, reply
    for text in expected:
        assert text in reply.answer[:600]


def _source_texts(index: PlanIndex, reply) -> str:
    texts = [index.source_text(c.document, c.page, c.line) or "" for c in reply.citations]
    return squash(" ".join(texts)).lower()


@pytest.mark.skipif(not DEV.exists(), reason="needs ../shared/eval/dev.jsonl")
def test_answers_never_invent_names_or_figures(bundled) -> None:
    """Every person-like name and every figure in an answer is on a cited page or line."""
    tokenizer = Tokenizer()
    for line in DEV.read_text().splitlines():
        item = json.loads(line)
        as_of = date.fromisoformat(item["as_of"]) if item.get("as_of") else None
        reply = answer(item["question"], bundled, tokenizer, as_of)
        if not reply.answered:
            continue
        source = _source_texts(bundled, reply)
        for quote in (c.quote for c in reply.citations):
            assert squash(quote).lower() in source
        shown = reply.answer
        if as_of:  # the asker's own "today", in the forms an answer gives it
            shown = shown.replace(str(as_of), "").replace(f"{as_of.day} {as_of:%B %Y}", "")
        for area in bundled.table("areas"):  # plan-area labels come from the section headings
            shown = shown.replace(area["name"], "")
        for figure in re.findall(r"£?\d[\d,.]*\d|£?\d", shown):
            assert figure.lower() in source, (item["id"], figure, reply.answer)
        for name in re.findall(r"\b(?:Dr |Mr |Mrs |Ms )?[A-Z][a-z]+ [A-Z][a-z]+(?:-[A-Z][a-z]+)?\b", shown):
            assert name.lower() in source, (item["id"], name, reply.answer)


def test_data_commands(index_dir, capsys) -> None:
    assert main(["owners", "--area", "fylde", "--json", "--index", str(index_dir)]) == 0
    rows = [json.loads(l) for l in capsys.readouterr().out.splitlines()]
    assert {tuple(r["owners"]) for r in rows} == {("Alex Sample (Exec Lead)",), ("WP3",)}
    assert main(["milestones", "--from", "2017-01-01", "--to", "2017-01-31", "--json", "--index", str(index_dir)]) == 0
    rows = [json.loads(l) for l in capsys.readouterr().out.splitlines()]
    assert [r["milestone"] for r in rows] == ["Care home team in place"]
    assert main(["mustdos", "--area", "atlantis", "--index", str(index_dir)]) == 2
    assert "Unknown plan area" in capsys.readouterr().err


def test_eval_command_scores_like_score_py(index_dir, tmp_path, capsys) -> None:
    qa = tmp_path / "qa.jsonl"
    qa.write_text("\n".join(json.dumps(x) for x in [
        {"id": "a", "kind": "owner", "question": "who owns the stroke pathway redesign in fylde?", "answer_any": [["Alex Sample"]],
         "source": {"file": "board.txt"}, "as_of": None, "expect_no_answer": False},
        {"id": "b", "kind": "unanswerable", "question": "how many dentists are there?", "answer_any": [],
         "source": {"file": "board.txt"}, "as_of": None, "expect_no_answer": True},
    ]))
    assert main(["eval", str(qa), "--index", str(index_dir)]) == 0
    assert "correct 2/2 = 100%" in capsys.readouterr().out
