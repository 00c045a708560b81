"""Definition questions are answered by the text that defines the term, not by one that only uses it."""

import pytest

from bot.answering.definitions import asked_term, defines
from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

MEMO = """Intermediate care beds - proposal

1. Nearly all admissions to the unit are Pathway 2 (P2) discharges from both acute trusts.
2. The unit's occupancy was 91% in January, and P2 discharges waited 4.2 days on average.

Definitions used in this memo
a) Intermediate care - short-term care, usually up to six weeks, that helps people recover.
b) P2 (discharge pathway 2) - discharge from hospital to a bedded setting for short-term rehabilitation.
"""


@pytest.mark.parametrize("question, forms", [
    ("What does Pathway 2 (P2) mean in the memo?", ["Pathway 2 (P2)", "P2", "Pathway 2"]),
    ("what does SDEC stand for?", ["SDEC"]),
    ("what is meant by a virtual ward?", ["virtual ward"]),
    ("what's a P2 discharge?", ["P2 discharge", "P2"]),
    ("when does the P2 unit open?", []),  # no definition asked
    # the asking sentence, whatever follows it, without a trailing "exactly"
    ("what's an NHT exactly? new to the team", ["NHT"]),
    ("sorry - what is a virtual ward again?", []),  # not the question's opening: not read as asking a definition
    ("what is an SDEC again?", ["SDEC"]),
    ("what's BSOTS stand for? its in the maternity triage bit", ["BSOTS"]),
    ("what is OBC in full?", ["OBC"]),
    ("what does S3 mean in the PMO stage column?", ["S3"]),
    ("In the digital papers there's an acronym TESCR - what is it?", ["TESCR"]),  # named as an acronym
    ("the abbreviation we use for our acronym list", []),  # no short form named
    # a code named, then asked what it is
    ("Most projects are marked 'S3' - what stage of their life is that?", ["S3"]),
    ("the tracker says OD - what does that mean?", ["OD"]),
    # one word asked after with no article: a coined name or short form; "HALO = ?" asks what it is
    ("What is Fit2Sit?", ["Fit2Sit"]),
    ("whats HALO?", ["HALO"]),
    ("HALO = ? what's it stand for, keeps coming up in the UEC papers", ["HALO"]),
    ("what is next?", []),
    ("what is due?", []),
    ("what is the capital of France?", []),
    # the term named elsewhere, the asking pointing at it
    ("The discharge team keep saying patients are 'going out on HALO'. What's the full name of that service?", ["HALO"]),
    ("what does it stand for?", []),
    ("The triage system goes by an acronym - what is it in full?", []),  # the short form itself is asked
])
def test_the_term_asked_to_be_defined(question: str, forms: list[str]) -> None:
    assert asked_term(question) == forms


@pytest.mark.parametrize("question, asks", [
    ("The triage system goes by an acronym - what is it in full?", True), ("what does it stand for?", True),
    ("What is Fit2Sit?", True), ("when does the P2 unit open?", False)])
def test_a_definition_asked_with_or_without_its_term(question: str, asks: bool) -> None:
    from bot.answering.definitions import asks_definition

    assert asks_definition(question) is asks


@pytest.mark.parametrize("text, defined", [
    ("b) P2 (discharge pathway 2) - discharge from hospital to a bedded setting", True),
    ("A virtual ward means hospital-level care at home.", True),
    ("Nearly all admissions are Pathway 2 (P2) discharges from both trusts.", False),
    ("P2 = discharge to a bedded setting", True),
    ("P2 Bedded care - discharge to a bedded setting.", True),  # a key's code, its short name, then what it is
    ("P2 discharges rose by 4% in January.", False),
])
def test_a_text_defines_the_term(text: str, defined: bool) -> None:
    assert defines(text, ["P2", "virtual ward"]) is defined


def test_the_defining_line_answers(papers) -> None:
    reply = answer("What does Pathway 2 (P2) mean in the intermediate care memo?", papers({"memo.txt": MEMO, **OTHER_PAPERS}),
                   Tokenizer())
    assert reply.answered and "bedded setting" in reply.answer[:300], reply.answer


STAGES = """Action log key

PMO stage codes (as used in the PMO system project exports)
S0 Pipeline - idea logged, no mandate yet.
S1 Mandate - SRO agreed, project being scoped.
S3 Delivery - business case approved, project being implemented.
"""


def test_a_code_key_line_answers_though_it_shares_no_other_word(papers) -> None:
    reply = answer("what does S3 mean in the PMO stage column?", papers({"log.txt": STAGES, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and "being implemented" in reply.answer[:300], reply.answer


GLOSSARY = """Glossary of abbreviations used in our STP papers

ACT ............. Alcohol Care Team (the Royal).
TESCR ........... Tarnford & Ellisvale Shared Care Record.
TNA ............. Trainee nursing associate.
"""


def test_a_glossary_row_defines_its_term_for_the_asking(papers) -> None:
    """A glossary set out with dot leaders reads as rows, term | meaning: the meaning's cell answers,
    said with its term, and "stand for" is how the question asks, not what it is about."""
    index = papers({"glossary.txt": GLOSSARY, **OTHER_PAPERS})
    reply = answer("What does TESCR stand for?", index, Tokenizer())
    assert reply.answered and reply.answer.startswith("TESCR: Tarnford & Ellisvale Shared Care Record"), reply.answer


def test_stand_for_is_how_a_definition_is_asked(papers) -> None:
    from bot.answering.analysis import analyse
    from bot.answering.lexicon import lexicon

    terms = analyse("What does TESCR stand for?", lexicon(papers({"glossary.txt": GLOSSARY}), Tokenizer())).terms
    assert "tescr" in terms and "stand" not in terms


EXPORT = """project id,project,stage,rag
P-0101,Saltharbour Urgent Treatment Centre,S3,R
P-0102,Virtual wards expansion,S3,G
P-0103,Ambulance handover cohort area,S2,A
"""
LOG = """System delivery group action log

PMO stage codes (as used in the PMO system project exports)
S2 Business case - options being appraised.
S3 Delivery - business case approved, project being implemented.
"""


def test_a_code_used_in_the_named_kind_of_file_is_defined_by_a_key_in_another(papers) -> None:
    """"What does S3 mean in the project exports?": the export (a spreadsheet) only uses the code; the
    key saying what it means is in the action log, and answers though the question named the export."""
    index = papers({"pmo_project_export.csv": EXPORT, "action_log.txt": LOG, **OTHER_PAPERS})
    reply = answer("What does stage code S3 mean in the PMO project exports?", index, Tokenizer())
    assert reply.answered and "business case approved" in reply.answer, reply.answer
