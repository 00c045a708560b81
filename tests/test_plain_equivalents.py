"""Staff ask in plain English for what the papers write in NHS words ("planned" care is elective
care, the "buildings" are the estate): a question word is matched by its equivalents the papers use."""

import pytest

from bot.answering.analysis import analyse
from bot.answering.lexicon import lexicon
from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

PLAN = """Wexbury ICS delivery plan 2026/27

Elective recovery
The Ambersett elective hub will open its first theatre on 14 December 2026, led by Owain Trelawny.

Estates
The estate strategy will release three surplus sites by March 2027.

Primary care
The footprint's population of 365,000 people is registered with 45 GP practices.

Efficiency aims
- Reduce CO2 emissions from the estate by 10% by March 2027

Engagement
Briefings for MPs will be held in Parliament on 5 July 2026.

Community services
A domiciliary care framework will be let by 1 October 2026.
Wexbury commissions its stroke rehabilitation from a Northfold based provider.

Diagnostics
The shared pathology service for both trusts goes live on 2 March 2027.

Governance
The delivery board is quorate when six members are present, including a clinician.
The new hub needs 52.0 FTE in total.

Mental health
Psychological therapies (IAPT) access rises to 19% of the prevalent population by 31 March 2019.
Arts therapies are offered at the Wexbury wellbeing college from 1 June 2019.

Digital
Online consultation for every practice by 30 September 2027, led by Ruth Fennimore.

Maternity and MSK
The maternity continuity of carer teams reach 20% of women booking by 31 March 2028.
The musculoskeletal triage service opens on 4 April 2027.

Workforce
Agency spend within the cap for three months running by 31 October 2027.

Diabetes
Only 41% of people with diabetes meet all three treatment targets.

Estates disposals
The disposal of the Oldfield clinic site is expected to raise £1.2m.

Finance and beds
If nothing changes, Wexbury faces a financial gap of £42.0m by 2026/27.
Acute beds: a reduction of 60 by March 2027, from 910 today.
"""


@pytest.fixture
def index(papers):
    return papers({"plan.txt": PLAN, **OTHER_PAPERS})


def test_a_plain_word_has_the_papers_equivalents(index, tokenizer: Tokenizer) -> None:
    lex = lexicon(index, tokenizer)
    assert tokenizer.stem("elective") in lex.equivalents(tokenizer.stem("planned"))
    assert not lex.equivalents(tokenizer.stem("kids"))  # "paediatric", "children": none in these papers
    a = analyse("When does the planned care hub open?", lex)
    assert tokenizer.stem("planned") not in a.unknown
    # green aims are written as carbon ones
    assert tokenizer.stem("emissions") in lex.equivalents(tokenizer.stem("environmental"))
    assert tokenizer.stem("environmental") not in analyse("Is there an environmental target?", lex).unknown
    # the money is the finance: "the money figures the board looked at" are its financial position
    assert {tokenizer.stem("finance"), tokenizer.stem("financial")} & lex.equivalents(tokenizer.stem("money"))
    # a population is its people: "how many people do we serve?" asks the registered population
    assert tokenizer.stem("people") in lex.equivalents(tokenizer.stem("population"))
    # a hole in the money is the gap; beds cut are a reduction
    assert tokenizer.stem("gap") in lex.equivalents(tokenizer.stem("hole"))
    assert tokenizer.stem("reduction") in lex.equivalents(tokenizer.stem("cutting"))
    # talking therapies are the papers' psychological therapies (IAPT, since renamed NHS Talking Therapies)
    assert tokenizer.stem("psychological") in lex.equivalents(tokenizer.stem("talking"))
    # aches in muscles are the papers' musculoskeletal (MSK) work; a website is how a patient is online
    assert tokenizer.stem("musculoskeletal") in lex.equivalents(tokenizer.stem("muscles"))
    assert tokenizer.stem("online") in lex.equivalents(tokenizer.stem("website"))
    # a site sold is the papers' disposal
    assert tokenizer.stem("disposal") in lex.equivalents(tokenizer.stem("selling"))
    # a target hit is a target met
    assert tokenizer.stem("meet") in lex.equivalents(tokenizer.stem("hit"))


@pytest.mark.parametrize(("question", "expected"), [
    ("When does the planned hub open its first theatre?", "14 December 2026"),
    ("By when will the surplus buildings be released?", "March 2027"),
    ("How many surgeries are people registered with?", "45"),  # GP surgeries are the papers' practices
    ("When are the briefings for politicians held?", "5 July 2026"),  # the papers' MPs
    ("When will the homecare framework be let?", "1 October 2026"),  # the papers' domiciliary care
    ("Which county is the stroke rehabilitation bought from?", "Northfold"),  # NHS bodies commission what they buy
    ("whats the quorum for the delivery board?", "six"),  # a quorum is what makes a meeting quorate
    ("How many whole-time equivalent staff will the new hub need?", "52.0"),  # whole-time (WTE) or full-time (FTE) alike
    ("When does the shared labs service go live?", "2 March 2027"),  # the labs are the papers' pathology
    ("If nothing changed, how big a financial hole would Wexbury have by 2026/27?", "£42.0m"),  # the papers' gap
    ("How many acute beds are we cutting by March 2027?", "60"),  # a cut is the papers' reduction
    ("By when should more people with anxiety be getting talking therapies?", "31 March 2019"),  # NHS Talking Therapies, once IAPT
    ("Who leads on internet consultations for practices?", "Ruth Fennimore"),  # the papers' online ones
    ("When do the new mothers teams reach 20%?", "31 March 2028"),  # the papers' maternity
    ("By when should agency spend be kept under the limit?", "31 October 2027"),  # a limit is the papers' cap
])
def test_a_question_in_plain_english_finds_the_papers_words(index, tokenizer: Tokenizer, question: str, expected: str) -> None:
    reply = answer(question, index, tokenizer)
    assert reply.answered and expected in reply.answer, reply.answer


def test_a_symbol_word_is_read_as_the_papers_token(papers, tokenizer: Tokenizer) -> None:
    """"casualty" is A&E: the group's "a&e" is read as the tokeniser reads "A&E" in a paper ("ae"), so a
    question saying casualty finds the papers' A&E."""
    index = papers({"uec.txt": "Urgent care plan\nA&E four-hour performance reached 91% in March 2017.\n", **OTHER_PAPERS})
    lex = lexicon(index, tokenizer)
    assert "ae" in lex.equivalents(tokenizer.stem("casualty"))
    assert tokenizer.stem("casualty") not in analyse("What was casualty performance in March 2017?", lex).unknown
