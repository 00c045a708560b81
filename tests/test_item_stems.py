"""Dated items found by their stems without reading their texts (bot/answering/candidates/item_stems.py):
a milestone's stems from the record postings are its texts' own, and no item holding a stem is missed."""

from datetime import date

import pytest

from bot.answering.candidates.dated import ReadItems, items_in_areas
from bot.answering.candidates.item_stems import ItemStems, item_stems, narrowing_texts
from bot.answering.pipeline import context_for
from bot.index.store import PlanIndex
from bot.textnorm import Tokenizer, _may_join, _spelled

INITIATIVES = """West Wyvern Local Delivery Plan

Initiatives which we will focus in 2016/17 - 17/18\tScheme Owner\tRisks\tDo you have governance in place for this?\tMain Interdependencies
Urgent & Emergency Care redesign. Key milestones: A & E streaming live Qtr 3; Ambulance handover review Qtr 4\tDr Ann Lee\tWorkforce\tYes\tAcute
Frailty work stream. Key milestones: Frailty pathway agreed Qtr 2; work stream evaluation Qtr 4\tJo Hart\tFunding\tYes\tPrimary care
"""
TRACKER = """Wyvern delivery tracker (30 September 2025)

Ref\tScheme\tLead\tNext milestone\tDue\tRAG
DD-01\tCare record: social care connection\tGwen Atter\tCouncil records visible\t31/10/2025\tA
WF-02\tInternational nurse recruitment\tLorcan Whit\tAll 85 nurses in post\tNovember 2025\tA
"""


def _exact(ctx, item: dict, tokenizer: Tokenizer) -> frozenset[str]:
    main, context = narrowing_texts(ctx, item)
    stems = tokenizer.joined_stem_set(main)
    return stems | tokenizer.stem_set(context) if context else stems


@pytest.mark.parametrize("corpus", ["bundled", "written"])
def test_items_holding_stems_are_those_whose_texts_hold_them(corpus, bundled_dir, papers, tokenizer) -> None:
    """For every stem of every item (and one no item holds): the items `holding` gives are every item
    whose narrowing texts hold it, and a milestone found by its postings holds exactly the asked stems
    its texts hold."""
    index = PlanIndex.open(bundled_dir) if corpus == "bundled" else papers({"ldp.txt": INITIATIVES, "tracker.txt": TRACKER})
    ctx = context_for("what is due in Q4?", index, tokenizer, date(2017, 1, 1), 1000, None)
    items = items_in_areas(ctx, [])
    found = item_stems(ctx, items, tokenizer)
    exact = [_exact(ctx, item, tokenizer) for item in items]
    assert len(found.rowids), "no milestone was found by its postings: the test tests nothing"
    everything = sorted(set().union(*exact))
    for at in range(0, len(everything), 7):
        asked = frozenset(everything[at:at + 7]) | {"zzzunheld"}
        positions, held = found.holding(ctx, asked)
        assert {k for k, stems in enumerate(exact) if stems & asked} <= set(positions)
        assert positions == sorted(positions)
        for k, stems in held.items():
            assert stems == exact[k] & asked, items[k]["text"]


def test_a_milestone_whose_parts_read_otherwise_joined_is_read_whole(papers, tokenizer) -> None:
    """A text ending "A &" before a paper title starting "E": joined, the words read "A&E" (stem "ae"), which
    neither part holds; such an item is tokenised as joined, not taken from the postings."""
    index = papers({"ldp.txt": INITIATIVES, "tracker.txt": TRACKER})
    ctx = context_for("what is due in Q4?", index, tokenizer, date(2017, 1, 1), 1000, None)
    items = items_in_areas(ctx, [])
    assert len(ItemStems(ctx, items, tokenizer).rowids) == sum("what_at" not in item for item in items) == 4
    joined = ReadItems()
    joined.append(dict(items[0], text="Streaming at A &", doc_title="E departments"))
    joined.rowids.append(items.rowids[0])
    found = ItemStems(ctx, joined, tokenizer)
    assert not len(found.rowids) and "ae" in found.tokenised and "ae" not in tokenizer.stem_set("Streaming at A &")
    assert found.holding(ctx, {"ae"})[0] == [0]


@pytest.mark.parametrize("parts", [("Urgent care", "A & E review"), ("Urgent &", "E review"), ("the work", "stream plan"),
                                   ("Work", "Stream"), ("café &", "E"), ("", "-", "x"), ("a", "'", "&b"), ("plain", "words"),
                                   ("Lancashire & South Cumbria", "plan"), ("A &'", "E"), ("A \x1c&\x1f", "E"), ("x", "' & y"),
                                   ("work", "-", "stream"), ("Plan", "\u00a0& E"), ("A&E", "care")])
def test_joins_across_is_any_pair_that_may_join(parts) -> None:
    """The quick answer (no part with an "&" at an edge, nor a "stream", in ASCII) is the pairwise one."""
    worded = [p for p in parts if p.strip() and (p.isascii() and "'" not in p or _spelled(p).strip())]
    worded = [p for p in worded if "&" in p or any(ch.isalnum() for ch in p)]
    assert Tokenizer.joins_across(parts) == any(map(_may_join, worded, worded[1:]))


@pytest.mark.parametrize(("left", "right"), [("Urgent care", "A & E review"), ("Urgent &", "E review"), ("the work", "stream plan"),
                                             ("Work", "Stream"), ("café &", "E"), ("", "& x"), ("A &'", "E"), ("x", "' & y"),
                                             ("Plan", "\u00a0& E"), ("A&E", "care"), ("", ""), ("title", "")])
def test_may_join_is_true_wherever_the_two_join_across(left: str, right: str) -> None:
    """`Tokenizer.may_join` (read by held_stems.group_held for an initiative's title and row, where
    `joins_across` read the whole row each time) never says no where `joins_across` says yes."""
    assert Tokenizer.may_join(left, right) or not Tokenizer.joins_across((left, right))
