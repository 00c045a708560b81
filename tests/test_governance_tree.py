"""A governance structure drawn as a tree with box-drawing branches ("│   ├── Estates Group - chair: ...")
is read an item a line, the branches and stems dropped, so each line's label and chair read as any
"Group - chair: Name" line does; and a body asked by its initials ("the LWAB") is the body whose name
they spell, not another body whose chair is named."""

from bot.answering.pipeline import answer
from bot.reading.text import table_line
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

TREE = """Kestrelmoor & Fane STP: governance structure as at 1 April 2018

Kestrelmoor & Fane Partnership Board — chair: Ysolde Trencrom, Independent Chair [monthly]
│
├── Chief Executives' Group — chair: Alaric Penhallow, STP Lead [fortnightly]
│   ├── System Delivery Board — chair: Ottilie Quarm, Programme Director [monthly]
│   │   └── Estates Group — chair: to be confirmed [bi-monthly]
│   └── Digital Programme Board — chair: Dr Casimir Vane, Chief Clinical Information Officer [monthly]
├── Local Workforce Action Board — chair: Magnus Threlfall-Okoro, System Director of Workforce [bi-monthly]
└── Citizens' Panel — chair: Bethan Carrow, Chief Executive, Healthwatch [quarterly]
"""


def test_a_trees_branches_are_dropped() -> None:
    assert table_line("│   ├── System Delivery Board — chair: Ottilie Quarm [monthly]") == "System Delivery Board — chair: Ottilie Quarm [monthly]"
    assert table_line("└── Citizens' Panel — chair: Bethan Carrow") == "Citizens' Panel — chair: Bethan Carrow"
    assert table_line("│") == "" and table_line("│   │") == ""
    assert table_line("│ Ref │ Risk │ Owner │") == "Ref\tRisk\tOwner"  # a box-drawn table's row is still its cells


def test_the_chair_of_a_body_asked_by_its_initials(papers) -> None:
    reply = answer("who chairs the LWAB? want to raise the nurse recruitment problem", papers({"governance.txt": TREE, **OTHER_PAPERS}),
                   Tokenizer())
    assert reply.answered and reply.answer.startswith("Magnus Threlfall-Okoro"), reply.answer
