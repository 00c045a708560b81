"""A deck exported to PDF: initiatives as cards drawn side by side, each read down its own column,
its bullets one row each. Real PDFs, made here with reportlab."""

import json
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from bot.reading.files import read_document
from bot.reading.pdf_columns import read_down_columns
from bot.records.extract import extract_records

CARDS = [
    ["Same Day Emergency Care (SDEC)", "extension, Castle General", "Lead: Dr Owen Maddox, Clinical Director for",
     "Emergency Medicine", "Milestones:", "• Business case approved - June 2026", "• Extended unit opens - Nov 2026",
     "Status: AMBER"],
    ["Virtual Wards", "Lead: Kirsty Bell, Head of Virtual Wards", "Milestones:", "• 150 beds live - Sept 26",
     "• Frailty ward for Redwater - Q3 2026/27", "Status: GREEN"],
    ["Clinical Assessment Service", "Lead: Sarah Quine, Chief Executive", "Milestones:", "• Procurement launched - 01/07/2026",
     "• Contract award - Dec 2026", "• New service live - 1 April 2027", "Status: GREEN"],
]


def _deck(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=landscape(A4), invariant=1)
    width, height = landscape(A4)
    pdf.setFont("Helvetica-Bold", 20)
    pdf.drawString(40, height - 50, "Urgent and emergency care programme")
    pdf.setFont("Helvetica", 9)
    for k, card in enumerate(CARDS):
        x = 40 + k * 260
        pdf.roundRect(x - 6, height - 330, 240, 240, 8)
        for n, text in enumerate(card):
            pdf.drawString(x, height - 110 - n * 13, text)
    pdf.showPage()
    pdf.save()
    return path


def test_cards_side_by_side_are_read_a_card_at_a_time(tmp_path: Path) -> None:
    lines = [line.text.strip() for line in read_document(_deck(tmp_path / "deck.pdf"), 10**7).lines if line.text.strip()]
    # each card's lines follow one another, in order, and no line mixes two cards
    for card in CARDS:
        body = card[next(k for k, text in enumerate(card) if text.startswith("Lead:")):]
        start = lines.index(body[0])
        assert lines[start: start + len(body)] == body, lines
    assert "Same Day Emergency Care (SDEC) extension, Castle General" in lines  # a title wrapped in its card, read whole
    assert not any("Kirsty" in text and "Quine" in text for text in lines)


def test_a_cards_bullets_are_rows_each_with_the_cards_title_and_lead(tmp_path: Path) -> None:
    rows = extract_records(read_document(_deck(tmp_path / "deck.pdf"), 10**7))["rows"]
    found = {}
    for row in rows:
        cells = {label: cell["text"] for label, cell in zip(json.loads(row["labels"]), json.loads(row["cells"]))}
        found[cells.get("Milestones")] = cells
    award = found["Contract award - Dec 2026"]
    assert award["Item"] == "Clinical Assessment Service" and award["Lead"].startswith("Sarah Quine") and award["Status"] == "GREEN"
    assert found["Extended unit opens - Nov 2026"]["Lead"] == "Dr Owen Maddox, Clinical Director for Emergency Medicine"
    assert found["Extended unit opens - Nov 2026"]["Item"] == "Same Day Emergency Care (SDEC) extension, Castle General"
    assert len({row["id"] for row in rows}) == len(rows)


def test_a_table_whose_rows_are_filled_across_stays_rows() -> None:
    rows = ["Initiative                 Lead: owner               Status: now",
            "Lead: A Smith              Lead: B Jones             Status: GREEN",
            "• One                      • Two                     • Three"]
    assert read_down_columns(rows) == rows


def test_a_cards_title_set_apart_above_it_is_read_with_it() -> None:
    rows = ["  Neighbourhood teams             Pharmacy First",
            "",
            "  Lead: R Thornhill               Lead: Y Karim",
            "  Milestones:                     ICB",
            "  • Six teams live - Oct 2026     Milestones:",
            "                                  • Case-finding - Q3 2026/27"]
    assert read_down_columns(rows) == ["Neighbourhood teams", "Lead: R Thornhill", "Milestones:", "• Six teams live - Oct 2026", "",
                                       "Pharmacy First", "Lead: Y Karim", "  ICB", "Milestones:", "• Case-finding - Q3 2026/27"]
