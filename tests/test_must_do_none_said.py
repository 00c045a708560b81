"""A must-do cell that opens by saying there is no contribution ("No direct contribution; the contract is one
part of the UEC programme") is no entry, as an empty cell or a cross is: the paper covers the must-dos
whose cells say how, and no others."""

import pytest

from bot.answering.pipeline import answer
from bot.records.mustdos import says_no
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

CONTRACT = """Integrated urgent care contract: award recommendation to the Joint Commissioning Committee

Table 5: Contribution to the 2016/17 national must-dos
No.\tMust-do\tContribution of this contract
1\tDeliver the STP\tNo direct contribution; the contract is one part of the urgent care programme
2\tFinancial balance\tNo direct contribution
3\tGeneral practice\tDirect booking from the clinical assessment service into extended-access GP hubs
4\tA&E and ambulance\tClinical validation of lower-acuity ambulance dispositions
5\tReferral to treatment\tNo direct contribution
6\tCancer\tNone
7\tMental health\tNo direct contribution (urgent mental health needs go to the crisis line)
8\tLearning disabilities\tNo direct contribution
9\tQuality\tNot applicable
"""


@pytest.mark.parametrize(("cell", "none"), [
    ("No direct contribution; the contract is one part of the programme", True),
    ("No direct contribution (referred to the crisis line)", True),
    ("no material impact.", True),
    ("None", True),
    ("No out-of-area placements by 2019", False),  # a coverage statement that opens with "No"
    ("Direct booking from the CAS", False),
])
def test_a_cell_saying_no_contribution_is_no_entry(cell: str, none: bool) -> None:
    assert says_no(cell) is none


def test_the_must_dos_a_contract_covers_are_those_its_cells_say_how(papers) -> None:
    reply = answer("Which national must-dos does the integrated urgent care contract contribute to?",
                   papers({"contract.txt": CONTRACT, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and "must do 3" in reply.answer and "must do 4" in reply.answer, reply.answer
    assert not any(f"must do {n}" in reply.answer for n in (1, 2, 5, 6, 7, 8, 9)), reply.answer
