"""What a question reads of one paper comes by index, not by a pass over every passage or row of a
national corpus, and reads the same as the whole-table way it replaced."""

from pathlib import Path

from bot.index.store import PlanIndex


def test_a_papers_text_is_its_passages_texts_in_order_read_by_an_index(bundled_dir: Path) -> None:
    index = PlanIndex.open(bundled_dir)
    try:
        papers = [d.file_name for d in index.documents()]
        assert papers
        for paper in papers:
            passages = index.passages_where("document = ?", (paper,))
            assert passages and index.document_text(paper) == "\n".join(p.text for p in passages)
        plan = " ".join(str(r[-1]) for r in index.db.execute(
            "explain query plan select text from passages where document = ? order by seq", [papers[0]]))
        assert "USING INDEX" in plan.upper(), plan
        assert index.document_text("no such paper") == ""
    finally:
        index.close()
