"""A deck exported to PDF: initiatives as cards drawn side by side, each read down its own column,
its bullets one row each. Real PDFs, made here with reportlab."""

import json
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from bot.reading.files import read_document
from bot.reading.pdf_columns import read_down_columns
from bot.records.extract import extract_records

def _finished(pdf: canvas.Canvas, path: Path) -> Path:
    pdf.showPage()
    pdf.save()
    return path


def _text_lines(path: Path) -> list[str]:
    return [line.text.strip() for line in read_document(path, 10**7).lines if line.text.strip()]


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
    return _finished(pdf, path)


def test_cards_side_by_side_are_read_a_card_at_a_time(tmp_path: Path) -> None:
    lines = _text_lines(_deck(tmp_path / "deck.pdf"))
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


def test_a_leads_role_wrapped_in_its_card_is_read_whole(tmp_path: Path) -> None:
    """"Lead: Dr Owen Maddox, Clinical Director for" / "Emergency Medicine": the person's role runs on
    to the card's next line; it is not cut at "for"."""
    people = extract_records(read_document(_deck(tmp_path / "deck.pdf"), 10**7))["people"]
    roles = {person["role"] for person in people if person["name"] == "Dr Owen Maddox"}
    assert "Lead (Clinical Director for Emergency Medicine)" in roles and all(r.endswith("Emergency Medicine)") or
                                                                            r.endswith("Emergency Medicine") for r in roles), roles
    assert "Lead (Head of Virtual Wards)" in {person["role"] for person in people if person["name"] == "Kirsty Bell"}


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


FOREWORD = ("This is the first annual report of the partnership. It covers the first year of our three-year delivery plan, "
            "a year in which the nine organisations that make up the partnership began to plan and act as one system for "
            "the people who live in our towns. Our board met six times during the year and its meetings have been held "
            "in public since September 2018, rotating between the towns so that residents can hear the discussions.")
REVIEW = ("The Saltmarsh integrated care hub opened on 12 November 2018. It houses two practices, the community nursing "
          "team, a social work team and a pharmacy under one roof, and in its first four months handled more than "
          "21,000 appointments. In January 2019 we signed the contract for the shared care record, which will let "
          "clinicians and care staff in every partner organisation see a single record.")


def _annual_report(path: Path) -> Path:
    """Two columns of running text and a sidebar side by side, as an annual report sets its pages, drawn a
    row at a time across the columns (as many producers write them), so plain extraction mixes them."""
    import textwrap

    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    width, height = A4
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(40, height - 50, "Annual Report 2018/19")
    left = ["Foreword from the Chair", *textwrap.wrap(FOREWORD, 40)]
    middle = ["The year in review", *textwrap.wrap(REVIEW, 40)]
    side = ["Who's who", "Independent Chair", "Rosalind Tarn (appointed 1", "June 2018)", "Vice-Chair", "Cllr Bernadette Ofori"]
    pdf.setFont("Helvetica", 8)
    for n in range(max(len(left), len(middle))):
        for x, column in ((30, left), (215, middle), (400, side)):
            if n < len(column):
                pdf.drawString(x, height - 90 - n * 12, column[n])
    return _finished(pdf, path)


def test_columns_of_running_text_are_read_a_column_at_a_time(tmp_path: Path) -> None:
    lines = _text_lines(_annual_report(tmp_path / "report.pdf"))
    text = " ".join(lines)
    assert "held in public since September 2018, rotating" in text, lines  # a sentence read on down its own column
    assert "hub opened on 12 November 2018. It houses two practices" in text, lines
    assert not any("partnership" in line.lower() and "hub" in line.lower() for line in lines)  # no line mixes the two
    assert "Independent Chair" in lines and "Vice-Chair" in lines  # the sidebar read down on its own


def test_an_unruled_table_with_a_narrow_column_is_left_as_rows() -> None:
    rows = [f"R{n}      {'Community nursing vacancies delay the virtual ward expansion and the'}      Amira Stone, Chief Nurse, on behalf of" for n in range(1, 8)]
    assert read_down_columns(rows) == rows


TILES = [("86.9%", "▼", ["A&E 4-hour - whole system"], "Target 95%  ·  MD4"),
         ("88.7%", "▲", ["A&E 4-hour - Royal", "Infirmary"], "Target 95%  ·  MD4"),
         ("412", "▼", ["Ambulance handovers over", "60 minutes"], "Quarter total  ·  Target 0"),
         ("78.4%", "▲", ["Cancer 62-day GP referral to", "first treatment"], "Target 85%  ·  MD6")]


def _dashboard(path: Path) -> Path:
    """A performance dashboard of KPI tiles, drawn a layer at a time: every tile's figure, then every
    arrow, then every name, then every target, so neither plain nor layout text pairs them."""
    pdf = canvas.Canvas(str(path), pagesize=landscape(A4), invariant=1)
    width, height = landscape(A4)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(30, height - 40, "Integrated performance dashboard - Quarter 2")
    xs = [30 + k * 200 for k in range(len(TILES))]
    pdf.setFont("Helvetica-Bold", 20)
    for x, (figure, _, _, _) in zip(xs, TILES):
        pdf.drawString(x, height - 100, figure)
    pdf.setFont("ZapfDingbats", 12)
    for x in xs:
        pdf.drawString(x + 120, height - 100, "t")  # a dingbat as the trend mark
    pdf.setFont("Helvetica", 9)
    for x, (_, _, name, _) in zip(xs, TILES):
        for n, text in enumerate(name):
            pdf.drawString(x, height - 125 - n * 11, text)
    for x, (_, _, _, target) in zip(xs, TILES):
        pdf.drawString(x, height - 170, target)
    return _finished(pdf, path)


def test_kpi_tiles_are_read_a_tile_at_a_time(tmp_path: Path) -> None:
    lines = _text_lines(_dashboard(tmp_path / "dashboard.pdf"))
    assert any(t.startswith("A&E 4-hour - Royal Infirmary: 88.7%") and "Target 95%" in t for t in lines), lines
    assert any(t.startswith("Ambulance handovers over 60 minutes: 412") for t in lines), lines
    assert not any("86.9%" in t and "88.7%" in t for t in lines)  # no line holds two tiles' figures


def test_a_row_of_figures_with_nothing_under_them_is_no_tiles() -> None:
    from bot.reading.pdf_tiles import read_tiles

    rows = ["  12        45        67", "", "Total spend this year was above plan."]
    assert read_tiles(rows) == rows


SPREAD = [("Urgent and Emergency Care", "AMBER", "Brackenmoor UTC planning decision - 30 Nov 2019", "SRO: Joanne Arkwright"),
          ("Primary Care at Scale", "GREEN", "Online consultation in all practices - Apr 2020", "SRO: Dr Nadia Castellan"),
          ("Planned Care and Cancer", "AMBER", "Single PTL across both trusts - Dec 2019", "SRO: Gwen Pellow")]


def _spread_cards(path: Path) -> Path:
    """Programme cards side by side whose parts (title, rating, next milestone, SRO) are set apart by
    space, so the layout pass parts them with blank rows."""
    pdf = canvas.Canvas(str(path), pagesize=landscape(A4), invariant=1)
    width, height = landscape(A4)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(30, height - 40, "Programme delivery confidence")
    pdf.setFont("Helvetica", 9)
    for k, (title, rating, milestone, sro) in enumerate(SPREAD):
        x = 30 + k * 260
        pdf.drawString(x, height - 90, title)
        pdf.drawString(x, height - 125, rating)
        pdf.drawString(x, height - 165, "Next milestone:")
        pdf.drawString(x, height - 177, milestone)
        pdf.drawString(x, height - 220, sro)
    return _finished(pdf, path)


def test_cards_whose_parts_are_set_apart_are_read_a_card_at_a_time(tmp_path: Path) -> None:
    lines = _text_lines(_spread_cards(tmp_path / "cards.pdf"))
    for title, _, milestone, sro in SPREAD:
        at = next(i for i, text in enumerate(lines) if text.startswith(title))
        assert milestone in lines[at:at + 4] and sro in lines[at:at + 5], lines
    assert not any("Arkwright" in t and "Castellan" in t for t in lines)


LANE = [("ESX1 Frailty Hub", "Hub opens at Eastfield General", "due 12/04/18", "Lead: Tamsin Orrell"),
        ("ESX2 Social Prescribing", "Link workers in post", "due Q3 18/19", "Lead: Idris Malone"),
        ("ESX1 Frailty Hub", "Weekend rota agreed", "due 30/06/18", "Lead: Tamsin Orrell")]


def _kanban_lane(path: Path) -> Path:
    """One swimlane of a Kanban board: the lane's name at the left, then a card in each status column, every
    card the same four lines and only one "Lead:" in each, so rows run level across the cards."""
    pdf = canvas.Canvas(str(path), pagesize=landscape(A4), invariant=1)
    width, height = landscape(A4)
    pdf.setFont("Helvetica-Bold", 11)
    for k, status in enumerate(("Not started", "In progress", "Done")):
        pdf.drawString(140 + k * 220, height - 60, status)
    pdf.setFont("Helvetica", 9)
    pdf.drawString(30, height - 100, "Eastfield")
    for k, card in enumerate(LANE):
        for n, text in enumerate(card):
            pdf.drawString(140 + k * 220, height - 100 - n * 12, text)
    return _finished(pdf, path)


def test_cards_level_across_a_lane_with_one_label_each_are_read_a_card_at_a_time(tmp_path: Path) -> None:
    """A label repeated in every column ("Lead:") marks cards even when each card has only that one."""
    lines = _text_lines(_kanban_lane(tmp_path / "board.pdf"))
    for title, milestone, due, lead in LANE:
        at = next(i for i, text in enumerate(lines) if milestone in text)
        assert title in " ".join(lines[at - 1:at + 1]) and due in " ".join(lines[at:at + 2]), lines
        assert lead in lines[at:at + 3], lines
    assert not any("Orrell" in text and "Malone" in text for text in lines)
    assert not any(text.count("due ") > 1 for text in lines)


ROOF = [("612,400", "people registered with 74 GP practices"), ("£187m", "financial gap by 2020/21 if we do nothing"),
        ("3 places", "2 CCGs, 3 NHS trusts, 2 councils")]


def _house(path: Path) -> Path:
    """A strategy "house": its roof's headline figures side by side, each centred over a wider caption on
    the line below; far below, the pillars, one per place."""
    pdf = canvas.Canvas(str(path), pagesize=landscape(A4), invariant=1)
    width, height = landscape(A4)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(30, height - 40, "Our plan on a page 2017-19")
    for k, (figure, caption) in enumerate(ROOF):
        x = 200 + k * 220
        pdf.setFont("Helvetica-Bold", 16)
        pdf.drawCentredString(x, height - 100, figure)
        pdf.setFont("Helvetica", 9)
        pdf.drawCentredString(x, height - 116, caption)
    for k, (place, people) in enumerate((("Eastfield", "Population 298,700"), ("Westmoor", "Population 141,900"))):
        pdf.drawString(40 + k * 300, height - 220, place)
        pdf.drawString(40 + k * 300, height - 232, people)
        pdf.drawString(40 + k * 300, height - 244, f"SRO: Person {k + 1}, Director")
    return _finished(pdf, path)


def test_figures_centred_over_wider_captions_are_read_a_figure_at_a_time(tmp_path: Path) -> None:
    """Each caption goes with the figure it is centred under (a counted figure, "3 places", is one too),
    and what lies far below them is not read into them."""
    lines = _text_lines(_house(tmp_path / "house.pdf"))
    for figure, caption in ROOF:
        assert f"{caption}: {figure}" in lines, lines
    assert not any("Population" in t and ("612,400" in t or "£187m" in t) for t in lines), lines


def test_boxes_of_one_height_each_repeating_a_label_are_read_box_by_box() -> None:
    """A slide's row of workstream boxes, all the same height, so every row of text is filled across as a
    table's would be; but every box repeats "SRO:" and "Clinical lead:", as no table's cells do."""
    rows = ["  Prevention & Healthy Communities      Integrated Neighbourhood Care      Urgent & Emergency Care",
            "  SRO: Dr Imelda Rackstraw              SRO: Gareth Pennyfeather           SRO: Moira Edgecumbe",
            "  Director of Public Health             Chief Officer, Kettlewade CCG      Chief Operating Officer",
            "  Clinical lead: Dr Oyin Castellane     Clinical lead: Dr Sunita Hale      Clinical lead: Dr Tobias Ferrand"]
    read = [text.strip() for text in read_down_columns(rows)]
    at = read.index("Integrated Neighbourhood Care")
    assert read[at + 1: at + 4] == ["SRO: Gareth Pennyfeather", "Chief Officer, Kettlewade CCG", "Clinical lead: Dr Sunita Hale"], read


def test_boxes_naming_one_post_in_other_words_are_read_box_by_box() -> None:
    """"Independent Chair:" in one box and "Chair:" in the next name the same post: boxes, not a table."""
    rows = ["  STP Lead                        STP Partnership Board                           Clinical Reference Group",
            "  Jo Kilbride, Chief Executive    Independent Chair: Professor Hilary Oxenbury    Chair: Dr Esther Quaintance",
            "  Sheringmoor Hospitals NHS FT    Meets the first Thursday of each month"]
    read = [text.strip() for text in read_down_columns(rows)]
    at = read.index("STP Partnership Board")
    assert read[at + 1] == "Independent Chair: Professor Hilary Oxenbury", read


LEADERS = [("Living Well (LW)", "Dr Marisol Quennell", "Director of Public Health", "Dr Tobiah Crewdson", "GP, Wenlow Practice"),
           ("Community Care (CC)", "Gideon Arkholme", "Chief Officer, Stainmoor CCG", "Dr Philippa Naismith", "GP, Ambleford Federation"),
           ("Urgent Care (UC)", "Annika Swarbrick", "Chief Operating Officer, Valley Hospitals", "Dr Rohan Tillotson", "Consultant, AGI")]


def _leadership_cards(path: Path) -> Path:
    """Three cards side by side, each with a small caption over a name: "SRO" then the name, then
    "CLINICAL LEAD" then the name (an exported slide's leadership cards)."""
    pdf = canvas.Canvas(str(path), pagesize=landscape(A4), invariant=1)
    width, height = landscape(A4)
    pdf.setFont("Helvetica-Bold", 20)
    pdf.drawString(40, height - 50, "Programme leadership")
    for k, (title, sro, sro_title, lead, lead_title) in enumerate(LEADERS):
        x, y = 40 + k * 260, height - 110
        pdf.setFont("Helvetica-Bold", 12)
        pdf.drawString(x, y, title)
        for n, (size, text) in enumerate([(8, "SRO"), (11, sro), (9, sro_title), (8, "CLINICAL LEAD"), (11, lead), (9, lead_title)]):
            pdf.setFont("Helvetica", size)
            pdf.drawString(x, y - 22 - n * 14, text)
    return _finished(pdf, path)


def test_labels_set_over_their_values_in_every_card_are_read_a_card_at_a_time(tmp_path: Path) -> None:
    """A caption over each value, repeated in every card, marks cards (a table names a field once, in
    its header): each card is read down, its captions as labels of the value under them."""
    lines = _text_lines(_leadership_cards(tmp_path / "leaders.pdf"))
    for title, sro, sro_title, lead, lead_title in LEADERS:
        start = lines.index("SRO:", lines.index(title))
        assert lines[start: start + 6] == ["SRO:", sro, sro_title, "CLINICAL LEAD:", lead, lead_title], lines
    assert not any("Quennell" in text and "Arkholme" in text for text in lines)
    people = {(p["name"], p["role"].lower()) for p in extract_records(read_document(tmp_path / "leaders.pdf", 10**7))["people"]}
    assert ("Dr Philippa Naismith", "clinical lead") in people and ("Annika Swarbrick", "sro") in people, people


def test_values_repeated_along_a_tables_rows_are_no_labels() -> None:
    """A table's cells may repeat along a row ("Yes", "Green") but each row has its own, and no value
    stands over a different one in every column: it stays rows."""
    rows = ["  Must-do                Bay          Fylde        Pennine",
            "  Cancer                 Yes          Yes          No",
            "  Mental health          Yes          Yes          Yes",
            "  Primary care           Partly       Yes          Yes"]
    assert read_down_columns(rows) == rows


def test_a_second_row_of_tiles_whose_figures_carry_a_unit_is_its_own() -> None:
    """"27.5 WTE" is a tile's figure as "2" is: the row of them starts a second row of tiles, not more
    lines under the first row's."""
    from bot.reading.pdf_tiles import read_tiles

    rows = ["      9,870                          2", "",
            "      births in 2015/16              obstetric units", "",
            "      4.6                            27.5 WTE", "",
            "      stillbirths per 1,000          midwife vacancies"]
    read = [r for r in read_tiles(rows) if r.strip()]
    assert read == ["births in 2015/16: 9,870", "obstetric units: 2", "stillbirths per 1,000: 4.6", "midwife vacancies: 27.5 WTE"], read
