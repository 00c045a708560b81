"""The question bank (tests/questions/README.md), answered end to end: tune and holdout halves over
the bundled papers (two banks of them, written apart), and fifty-seven made-up footprints' papers
ingested on their own.

The floors are the accuracy measured when they were last raised, less a small margin, so a change
that makes answers worse fails here. They are below the issue's aim (tune 95%, holdout 90%): the
README's quality section gives the measured figures and what still fails."""

import json
from datetime import date
from pathlib import Path

import pytest

from bot.answering.pipeline import answer
from bot.evaluate import correct
from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.records.glossary import find_glossary
from bot.textnorm import Tokenizer

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "tests" / "questions"
BANKS = [  # (questions, the papers they are asked of, floor)
    (QUESTIONS / "tune.jsonl", ROOT / "corpus", 0.85),
    (QUESTIONS / "holdout.jsonl", ROOT / "corpus", 0.71),
    (QUESTIONS / "bundled_b" / "tune.jsonl", ROOT / "corpus", 0.70),
    (QUESTIONS / "bundled_b" / "holdout.jsonl", ROOT / "corpus", 0.6),
    (QUESTIONS / "other_ics" / "tune.jsonl", QUESTIONS / "other_ics" / "papers", 0.84),
    (QUESTIONS / "other_ics" / "holdout.jsonl", QUESTIONS / "other_ics" / "papers", 0.68),
    (QUESTIONS / "other_ics_b" / "holdout.jsonl", QUESTIONS / "other_ics_b" / "papers", 0.74),
    (QUESTIONS / "other_ics_c" / "tune.jsonl", QUESTIONS / "other_ics_c" / "papers", 0.80),
    (QUESTIONS / "other_ics_c" / "holdout.jsonl", QUESTIONS / "other_ics_c" / "papers", 0.57),
    (QUESTIONS / "other_ics_d" / "tune.jsonl", QUESTIONS / "other_ics_d" / "papers", 0.75),
    (QUESTIONS / "other_ics_d" / "holdout.jsonl", QUESTIONS / "other_ics_d" / "papers", 0.61),
    (QUESTIONS / "other_ics_e" / "tune.jsonl", QUESTIONS / "other_ics_e" / "papers", 0.92),
    (QUESTIONS / "other_ics_e" / "holdout.jsonl", QUESTIONS / "other_ics_e" / "papers", 0.61),
    (QUESTIONS / "other_ics_f" / "tune.jsonl", QUESTIONS / "other_ics_f" / "papers", 0.85),
    (QUESTIONS / "other_ics_f" / "holdout.jsonl", QUESTIONS / "other_ics_f" / "papers", 0.72),
    (QUESTIONS / "other_ics_g" / "tune.jsonl", QUESTIONS / "other_ics_g" / "papers", 0.80),
    (QUESTIONS / "other_ics_g" / "holdout.jsonl", QUESTIONS / "other_ics_g" / "papers", 0.63),
    (QUESTIONS / "other_ics_h" / "tune.jsonl", QUESTIONS / "other_ics_h" / "papers", 0.78),
    (QUESTIONS / "other_ics_h" / "holdout.jsonl", QUESTIONS / "other_ics_h" / "papers", 0.63),
    (QUESTIONS / "other_ics_i" / "tune.jsonl", QUESTIONS / "other_ics_i" / "papers", 0.78),
    (QUESTIONS / "other_ics_i" / "holdout.jsonl", QUESTIONS / "other_ics_i" / "papers", 0.68),
    (QUESTIONS / "other_ics_j" / "tune.jsonl", QUESTIONS / "other_ics_j" / "papers", 0.80),
    (QUESTIONS / "other_ics_j" / "holdout.jsonl", QUESTIONS / "other_ics_j" / "papers", 0.59),
    (QUESTIONS / "other_ics_k" / "tune.jsonl", QUESTIONS / "other_ics_k" / "papers", 0.83),
    (QUESTIONS / "other_ics_k" / "holdout.jsonl", QUESTIONS / "other_ics_k" / "papers", 0.51),
    (QUESTIONS / "other_ics_l" / "tune.jsonl", QUESTIONS / "other_ics_l" / "papers", 0.78),
    (QUESTIONS / "other_ics_l" / "holdout.jsonl", QUESTIONS / "other_ics_l" / "papers", 0.51),
    (QUESTIONS / "other_ics_m" / "tune.jsonl", QUESTIONS / "other_ics_m" / "papers", 0.70),
    (QUESTIONS / "other_ics_m" / "holdout.jsonl", QUESTIONS / "other_ics_m" / "papers", 0.66),
    (QUESTIONS / "other_ics_n" / "tune.jsonl", QUESTIONS / "other_ics_n" / "papers", 0.73),
    (QUESTIONS / "other_ics_n" / "holdout.jsonl", QUESTIONS / "other_ics_n" / "papers", 0.48),
    (QUESTIONS / "other_ics_o" / "tune.jsonl", QUESTIONS / "other_ics_o" / "papers", 0.72),
    (QUESTIONS / "other_ics_o" / "holdout.jsonl", QUESTIONS / "other_ics_o" / "papers", 0.40),
    (QUESTIONS / "other_ics_p" / "tune.jsonl", QUESTIONS / "other_ics_p" / "papers", 0.69),
    (QUESTIONS / "other_ics_p" / "holdout.jsonl", QUESTIONS / "other_ics_p" / "papers", 0.59),
    (QUESTIONS / "other_ics_q" / "tune.jsonl", QUESTIONS / "other_ics_q" / "papers", 0.65),
    (QUESTIONS / "other_ics_q" / "holdout.jsonl", QUESTIONS / "other_ics_q" / "papers", 0.59),
    (QUESTIONS / "other_ics_r" / "tune.jsonl", QUESTIONS / "other_ics_r" / "papers", 0.70),
    (QUESTIONS / "other_ics_r" / "holdout.jsonl", QUESTIONS / "other_ics_r" / "papers", 0.51),
    (QUESTIONS / "other_ics_s" / "tune.jsonl", QUESTIONS / "other_ics_s" / "papers", 0.65),
    (QUESTIONS / "other_ics_s" / "holdout.jsonl", QUESTIONS / "other_ics_s" / "papers", 0.50),
    (QUESTIONS / "other_ics_t" / "tune.jsonl", QUESTIONS / "other_ics_t" / "papers", 0.66),
    (QUESTIONS / "other_ics_t" / "holdout.jsonl", QUESTIONS / "other_ics_t" / "papers", 0.52),
    (QUESTIONS / "other_ics_u" / "tune.jsonl", QUESTIONS / "other_ics_u" / "papers", 0.73),
    (QUESTIONS / "other_ics_u" / "holdout.jsonl", QUESTIONS / "other_ics_u" / "papers", 0.65),
    (QUESTIONS / "other_ics_v" / "tune.jsonl", QUESTIONS / "other_ics_v" / "papers", 0.64),
    (QUESTIONS / "other_ics_v" / "holdout.jsonl", QUESTIONS / "other_ics_v" / "papers", 0.61),
    (QUESTIONS / "other_ics_w" / "tune.jsonl", QUESTIONS / "other_ics_w" / "papers", 0.68),
    (QUESTIONS / "other_ics_w" / "holdout.jsonl", QUESTIONS / "other_ics_w" / "papers", 0.72),
    (QUESTIONS / "other_ics_x" / "tune.jsonl", QUESTIONS / "other_ics_x" / "papers", 0.58),
    (QUESTIONS / "other_ics_x" / "holdout.jsonl", QUESTIONS / "other_ics_x" / "papers", 0.55),
    (QUESTIONS / "other_ics_y" / "tune.jsonl", QUESTIONS / "other_ics_y" / "papers", 0.61),
    (QUESTIONS / "other_ics_y" / "holdout.jsonl", QUESTIONS / "other_ics_y" / "papers", 0.66),
    (QUESTIONS / "other_ics_z" / "tune.jsonl", QUESTIONS / "other_ics_z" / "papers", 0.59),
    (QUESTIONS / "other_ics_z" / "holdout.jsonl", QUESTIONS / "other_ics_z" / "papers", 0.48),
    (QUESTIONS / "other_ics_aa" / "tune.jsonl", QUESTIONS / "other_ics_aa" / "papers", 0.75),
    (QUESTIONS / "other_ics_aa" / "holdout.jsonl", QUESTIONS / "other_ics_aa" / "papers", 0.58),
    (QUESTIONS / "other_ics_ab" / "tune.jsonl", QUESTIONS / "other_ics_ab" / "papers", 0.82),
    (QUESTIONS / "other_ics_ab" / "holdout.jsonl", QUESTIONS / "other_ics_ab" / "papers", 0.56),
    (QUESTIONS / "other_ics_ac" / "tune.jsonl", QUESTIONS / "other_ics_ac" / "papers", 0.74),
    (QUESTIONS / "other_ics_ac" / "holdout.jsonl", QUESTIONS / "other_ics_ac" / "papers", 0.55),
    (QUESTIONS / "other_ics_ad" / "tune.jsonl", QUESTIONS / "other_ics_ad" / "papers", 0.69),
    (QUESTIONS / "other_ics_ad" / "holdout.jsonl", QUESTIONS / "other_ics_ad" / "papers", 0.63),
    (QUESTIONS / "other_ics_ae" / "tune.jsonl", QUESTIONS / "other_ics_ae" / "papers", 0.69),
    (QUESTIONS / "other_ics_ae" / "holdout.jsonl", QUESTIONS / "other_ics_ae" / "papers", 0.58),
    (QUESTIONS / "other_ics_af" / "tune.jsonl", QUESTIONS / "other_ics_af" / "papers", 0.65),
    (QUESTIONS / "other_ics_af" / "holdout.jsonl", QUESTIONS / "other_ics_af" / "papers", 0.61),
    (QUESTIONS / "other_ics_ag" / "tune.jsonl", QUESTIONS / "other_ics_ag" / "papers", 0.78),
    (QUESTIONS / "other_ics_ag" / "holdout.jsonl", QUESTIONS / "other_ics_ag" / "papers", 0.55),
    (QUESTIONS / "other_ics_ah" / "tune.jsonl", QUESTIONS / "other_ics_ah" / "papers", 0.69),
    (QUESTIONS / "other_ics_ah" / "holdout.jsonl", QUESTIONS / "other_ics_ah" / "papers", 0.50),
    (QUESTIONS / "other_ics_ai" / "tune.jsonl", QUESTIONS / "other_ics_ai" / "papers", 0.68),
    (QUESTIONS / "other_ics_ai" / "holdout.jsonl", QUESTIONS / "other_ics_ai" / "papers", 0.58),
    (QUESTIONS / "other_ics_aj" / "tune.jsonl", QUESTIONS / "other_ics_aj" / "papers", 0.78),
    (QUESTIONS / "other_ics_aj" / "holdout.jsonl", QUESTIONS / "other_ics_aj" / "papers", 0.59),
    (QUESTIONS / "other_ics_ak" / "tune.jsonl", QUESTIONS / "other_ics_ak" / "papers", 0.66),
    (QUESTIONS / "other_ics_ak" / "holdout.jsonl", QUESTIONS / "other_ics_ak" / "papers", 0.65),
    (QUESTIONS / "other_ics_al" / "tune.jsonl", QUESTIONS / "other_ics_al" / "papers", 0.68),
    (QUESTIONS / "other_ics_al" / "holdout.jsonl", QUESTIONS / "other_ics_al" / "papers", 0.69),
    (QUESTIONS / "other_ics_am" / "tune.jsonl", QUESTIONS / "other_ics_am" / "papers", 0.77),
    (QUESTIONS / "other_ics_am" / "holdout.jsonl", QUESTIONS / "other_ics_am" / "papers", 0.63),
    (QUESTIONS / "other_ics_an" / "tune.jsonl", QUESTIONS / "other_ics_an" / "papers", 0.68),
    (QUESTIONS / "other_ics_an" / "holdout.jsonl", QUESTIONS / "other_ics_an" / "papers", 0.68),
    (QUESTIONS / "other_ics_ao" / "tune.jsonl", QUESTIONS / "other_ics_ao" / "papers", 0.75),
    (QUESTIONS / "other_ics_ao" / "holdout.jsonl", QUESTIONS / "other_ics_ao" / "papers", 0.59),
    (QUESTIONS / "other_ics_ap" / "tune.jsonl", QUESTIONS / "other_ics_ap" / "papers", 0.68),
    (QUESTIONS / "other_ics_ap" / "holdout.jsonl", QUESTIONS / "other_ics_ap" / "papers", 0.59),
    (QUESTIONS / "other_ics_aq" / "tune.jsonl", QUESTIONS / "other_ics_aq" / "papers", 0.68),
    (QUESTIONS / "other_ics_aq" / "holdout.jsonl", QUESTIONS / "other_ics_aq" / "papers", 0.48),
    (QUESTIONS / "other_ics_ar" / "tune.jsonl", QUESTIONS / "other_ics_ar" / "papers", 0.56),
    (QUESTIONS / "other_ics_ar" / "holdout.jsonl", QUESTIONS / "other_ics_ar" / "papers", 0.45),
    (QUESTIONS / "other_ics_as" / "tune.jsonl", QUESTIONS / "other_ics_as" / "papers", 0.49),
    (QUESTIONS / "other_ics_as" / "holdout.jsonl", QUESTIONS / "other_ics_as" / "papers", 0.38),
    (QUESTIONS / "other_ics_at" / "tune.jsonl", QUESTIONS / "other_ics_at" / "papers", 0.54),
    (QUESTIONS / "other_ics_at" / "holdout.jsonl", QUESTIONS / "other_ics_at" / "papers", 0.34),
    (QUESTIONS / "other_ics_au" / "tune.jsonl", QUESTIONS / "other_ics_au" / "papers", 0.55),
    (QUESTIONS / "other_ics_au" / "holdout.jsonl", QUESTIONS / "other_ics_au" / "papers", 0.48),
    (QUESTIONS / "other_ics_av" / "tune.jsonl", QUESTIONS / "other_ics_av" / "papers", 0.52),
    (QUESTIONS / "other_ics_av" / "holdout.jsonl", QUESTIONS / "other_ics_av" / "papers", 0.38),
    (QUESTIONS / "other_ics_aw" / "tune.jsonl", QUESTIONS / "other_ics_aw" / "papers", 0.50),
    (QUESTIONS / "other_ics_aw" / "holdout.jsonl", QUESTIONS / "other_ics_aw" / "papers", 0.55),
    (QUESTIONS / "other_ics_ax" / "tune.jsonl", QUESTIONS / "other_ics_ax" / "papers", 0.57),
    (QUESTIONS / "other_ics_ax" / "holdout.jsonl", QUESTIONS / "other_ics_ax" / "papers", 0.36),
    (QUESTIONS / "other_ics_ay" / "tune.jsonl", QUESTIONS / "other_ics_ay" / "papers", 0.69),
    (QUESTIONS / "other_ics_ay" / "holdout.jsonl", QUESTIONS / "other_ics_ay" / "papers", 0.47),
    (QUESTIONS / "other_ics_az" / "tune.jsonl", QUESTIONS / "other_ics_az" / "papers", 0.66),
    (QUESTIONS / "other_ics_az" / "holdout.jsonl", QUESTIONS / "other_ics_az" / "papers", 0.56),
    (QUESTIONS / "other_ics_ba" / "tune.jsonl", QUESTIONS / "other_ics_ba" / "papers", 0.68),
    (QUESTIONS / "other_ics_ba" / "holdout.jsonl", QUESTIONS / "other_ics_ba" / "papers", 0.59),
    (QUESTIONS / "other_ics_bb" / "tune.jsonl", QUESTIONS / "other_ics_bb" / "papers", 0.73),
    (QUESTIONS / "other_ics_bb" / "holdout.jsonl", QUESTIONS / "other_ics_bb" / "papers", 0.66),
    (QUESTIONS / "other_ics_bc" / "tune.jsonl", QUESTIONS / "other_ics_bc" / "papers", 0.68),
    (QUESTIONS / "other_ics_bc" / "holdout.jsonl", QUESTIONS / "other_ics_bc" / "papers", 0.56),
    (QUESTIONS / "other_ics_bd" / "tune.jsonl", QUESTIONS / "other_ics_bd" / "papers", 0.73),
    (QUESTIONS / "other_ics_bd" / "holdout.jsonl", QUESTIONS / "other_ics_bd" / "papers", 0.63),
    (QUESTIONS / "other_ics_be" / "tune.jsonl", QUESTIONS / "other_ics_be" / "papers", 0.71),
    (QUESTIONS / "other_ics_be" / "holdout.jsonl", QUESTIONS / "other_ics_be" / "papers", 0.62),
]


@pytest.fixture(scope="module")
def indexes(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, PlanIndex]:
    tokenizer, out = Tokenizer(), {}
    for corpus in dict.fromkeys(corpus for _, corpus, _ in BANKS):
        folder = tmp_path_factory.mktemp(corpus.name)
        build_index([corpus], folder, tokenizer, 10**8, glossary=find_glossary([corpus]))
        out[corpus] = PlanIndex.open(folder)
    yield out
    for index in out.values():
        index.close()


@pytest.mark.parametrize(("questions", "corpus", "floor"), BANKS, ids=lambda v: getattr(v, "name", None) or str(v))
def test_the_bank_is_answered_at_least_as_well_as_before(indexes, questions: Path, corpus: Path, floor: float) -> None:
    tokenizer = Tokenizer()
    items = [json.loads(line) for line in questions.read_text(encoding="utf-8").splitlines() if line.strip()]
    right = 0
    for item in items:
        as_of = date.fromisoformat(item["as_of"]) if item.get("as_of") else None
        reply = answer(item["question"], indexes[corpus], tokenizer, as_of)
        right += correct(item, reply.model_dump())
    assert right / len(items) >= floor, f"{questions.relative_to(ROOT)}: {right}/{len(items)} below the floor {floor:.0%}"


def test_the_bank_is_written_as_the_readme_says() -> None:
    """Three phrasings of each fact, split by fact: no fact is in both halves."""
    tune = [json.loads(line) for line in (QUESTIONS / "tune.jsonl").read_text().splitlines()]
    holdout = [json.loads(line) for line in (QUESTIONS / "holdout.jsonl").read_text().splitlines()]
    assert len(tune) + len(holdout) >= 400
    assert not {i["fact"] for i in tune} & {i["fact"] for i in holdout}
    assert sum(1 for i in tune + holdout if i["shape"] == "offtopic") >= 40
    assert sum(1 for i in tune + holdout if i["shape"] == "near-miss") >= 40
