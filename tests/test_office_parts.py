"""What Office papers hold outside their plain text: Word footnotes and endnotes, PowerPoint cells merged
down a table, a chart's figures, a two-level bullet list. Each is written as a real file and read (and
where it matters, asked) as `planbot ingest` would."""

import re
import zipfile
from pathlib import Path

from bot.reading.files import read_document
from bot.records.sections import line_contexts
from tests.conftest import assert_says

MB = 1024 * 1024
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _with_notes(path: Path, notes: dict[str, list[tuple[int, str]]]) -> None:
    """Give the paragraphs whose text starts with a key the footnotes listed for it, as Word writes them:
    a footnoteReference run in the paragraph, the notes in word/footnotes.xml (with the separator notes
    Word always writes), its relationship and content type."""
    parts = _parts(path)
    document = parts["word/document.xml"].decode()
    for start, refs in notes.items():
        runs = "".join(f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>' for n, _ in refs)
        document = re.sub(rf"(<w:t[^>]*>{re.escape(start)}.*?</w:t></w:r>)", lambda m: m.group(1) + runs, document, count=1)
    parts["word/document.xml"] = document.encode()
    bodies = "".join(f'<w:footnote w:id="{n}"><w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:footnote>'
                     for refs in notes.values() for n, text in refs)
    parts["word/footnotes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W_NS}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        f"{bodies}</w:footnotes>").encode()
    rels = parts["word/_rels/document.xml.rels"].decode()
    parts["word/_rels/document.xml.rels"] = rels.replace("</Relationships>", (
        '<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" '
        'Target="footnotes.xml"/></Relationships>')).encode()
    types = parts["[Content_Types].xml"].decode()
    parts["[Content_Types].xml"] = types.replace("</Types>", (
        '<Override PartName="/word/footnotes.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')).encode()
    _write_parts(path, parts)


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {name: z.read(name) for name in z.namelist()}


def _write_parts(path: Path, parts: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def _narrative(folder: Path) -> Path:
    from docx import Document

    doc = Document()
    doc.add_heading("Programme narratives", level=0)
    doc.add_heading("Programme 1: Prevention", level=1)
    doc.add_paragraph("Alcohol-related admissions are 21% above the England average. We will establish a seven-day "
                      "Alcohol Care Team at the Royal Infirmary.")
    doc.add_paragraph("Making Every Contact Count gives front-line staff the confidence to raise healthy lifestyles.")
    folder.mkdir(exist_ok=True)
    path = folder / "narratives.docx"
    doc.save(path)
    _with_notes(path, {"Alcohol-related": [(1, "Lead: Dr Josephine Marr, Consultant Gastroenterologist. Seven-day service by the end of March 2019.")],
                       "Making Every": [(2, "Lead: Sarah Linthwaite, Health Improvement Manager. 1,000 staff trained by December 2018.")]})
    return path


def test_a_footnote_is_read_after_the_paragraph_that_calls_it(tmp_path: Path) -> None:
    lines = [ln.text for ln in read_document(_narrative(tmp_path / "papers"), MB).lines if ln.text]
    at = next(i for i, text in enumerate(lines) if text.startswith("Alcohol-related"))
    assert lines[at + 1].startswith("Lead: Dr Josephine Marr"), lines
    assert lines[at + 2].startswith("Making Every Contact Count") and lines[at + 3].startswith("Lead: Sarah Linthwaite"), lines
    assert not any(text in ("", " ") for text in lines)  # the separator notes hold no text and give no line


def test_who_leads_a_scheme_whose_lead_is_only_in_a_footnote(tmp_path: Path, ask_folder) -> None:
    _narrative(tmp_path / "papers")
    reply = ask_folder(tmp_path / "papers", "Who leads the seven-day Alcohol Care Team?")
    assert reply.answered, reply.answer
    assert_says(reply.answer, ["Josephine Marr"], ["Linthwaite"])


def _board_deck(path: Path) -> Path:
    from pptx import Presentation
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE
    from pptx.util import Pt

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = "Clinical programmes: leads"
    rows = [["Programme", "SRO", "Initiative", "Initiative lead"],
            ["P3 Urgent Care", "Helen Braithwaite", "Urgent treatment centre", "Lena Hartigan"],
            ["", "", "Discharge to assess", "Rachel Dunsford"],
            ["P5 Mental Health", "Priya Venkataraman", "IAPT expansion", "Callum Stoddart"],
            ["", "", "Core 24 liaison psychiatry", "Dr Aisling Brennan"]]
    table = slide.shapes.add_table(len(rows), 4, Pt(40), Pt(100), Pt(600), Pt(120)).table
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for top in (1, 3):  # the programme and its SRO merged down over the programme's initiatives
        for column in (0, 1):
            table.cell(top, column).merge(table.cell(top + 1, column))
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = "2018/19 savings: plan vs forecast outturn (£m)"
    data = CategoryChartData()
    data.categories = ["P3 Urgent Care", "P5 Mental Health"]
    data.add_series("Plan 2018/19", (4.6, 1.9))
    data.add_series("Forecast outturn (M6)", (3.1, 1.9))
    slide.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, Pt(40), Pt(100), Pt(500), Pt(300), data)
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    slide.shapes.title.text = "Winter readiness"
    frame = slide.placeholders[1].text_frame
    frame.text = "Bed capacity: 46 escalation beds identified"
    for text, level in (("Royal Infirmary: 28", 1), ("General Hospital: 18", 1), ("Flow", 0), ("Daily system call at 9.30am", 1)):
        paragraph = frame.add_paragraph()
        paragraph.text, paragraph.level = text, level
    prs.save(str(path))
    return path


def test_cells_merged_down_a_slide_table_stand_beside_every_row_they_cover(tmp_path: Path) -> None:
    lines = read_document(_board_deck(tmp_path / "board.pptx"), MB).lines
    rows = [ln.text.split("\t") for ln in lines if ln.page == 1 and "\t" in ln.text]
    assert rows[2] == ["P3 Urgent Care", "Helen Braithwaite", "Discharge to assess", "Rachel Dunsford"], rows
    assert rows[4] == ["P5 Mental Health", "Priya Venkataraman", "Core 24 liaison psychiatry", "Dr Aisling Brennan"], rows


def test_a_charts_figures_are_read_as_its_table(tmp_path: Path) -> None:
    lines = [ln.text for ln in read_document(_board_deck(tmp_path / "board.pptx"), MB).lines if ln.page == 2 and ln.text]
    assert lines[1:] == ["\tPlan 2018/19\tForecast outturn (M6)", "P3 Urgent Care\t4.6\t3.1", "P5 Mental Health\t1.9\t1.9"], lines


def test_a_bullet_with_bullets_under_it_heads_them(tmp_path: Path) -> None:
    lines = read_document(_board_deck(tmp_path / "board.pptx"), MB).lines
    sections = {ln.text: section for ln, section, _, _ in line_contexts(lines, slides=True) if ln.page == 3}
    assert "› Bed capacity: 46 escalation beds identified ›" in sections["Royal Infirmary: 28"], sections
    assert sections["Daily system call at 9.30am"] == "Winter readiness › Flow", sections
    assert [ln.heading for ln in lines if ln.text == "Flow"] == [2]


def test_the_sro_column_of_a_table_of_initiatives_answers_for_the_sro(tmp_path: Path, ask_folder) -> None:
    """A table read as initiatives (each with its lead) that also has an SRO column: "which SRO is the
    Core 24 work under?" is answered from that column, not with the initiative's own lead."""
    (tmp_path / "papers").mkdir()
    _board_deck(tmp_path / "papers" / "board.pptx")
    reply = ask_folder(tmp_path / "papers", "Which SRO is the Core 24 liaison psychiatry initiative under?")
    assert reply.answered, reply.answer
    assert_says(reply.answer, ["Priya Venkataraman"], ["Helen Braithwaite"])


def _risk_register(path: Path) -> Path:
    from docx import Document

    doc = Document()
    doc.add_paragraph("STP risk register - risks scoring 6 and above")
    rows = [["Ref", "Risk", "Score", "Risk owner"],
            ["Programme 3: Urgent & Emergency Care", "", "", ""],
            ["R3.1", "Insufficient ENPs to staff the IUTC from opening.", "16", "Helen Braithwaite"],
            ["Programme 5: Mental Health & Learning Disabilities", "", "", ""],
            ["R5.1", "TCP: suitable community housing is not available for people ready to leave hospital.", "12", "Nicola Farrant"]]
    table = doc.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for r in (1, 3):  # a programme's name merged across the register, over its risks
        table.cell(r, 0).merge(table.cell(r, 3)).text = rows[r][0]
    path.parent.mkdir(exist_ok=True)
    doc.save(path)
    return path


def test_a_group_row_merged_across_a_word_table_keeps_the_table_whole(tmp_path: Path) -> None:
    """The header stays over the rows below a programme's merged row, and each row is read under its
    programme: the merged row neither ends the table nor is a row of data itself."""
    from bot.records.extract import extract_records

    rows = {r["row_text"]: r for r in extract_records(read_document(_risk_register(tmp_path / "risks.docx"), MB))["rows"]}
    housing = next(r for text, r in rows.items() if text.startswith("R5.1"))
    assert housing["header_text"] == "Ref | Risk | Score | Risk owner", housing
    assert housing["section"].endswith("Programme 5: Mental Health & Learning Disabilities"), housing
    assert not any(text.startswith("Programme 3") for text in rows)


def test_the_score_of_a_risk_is_its_score_cell(tmp_path: Path, ask_folder) -> None:
    _risk_register(tmp_path / "papers" / "risks.docx")
    reply = ask_folder(tmp_path / "papers", "What score is given to the community housing risk on the risk register?")
    assert reply.answered and reply.answer.startswith("12"), reply.answer


def test_a_damaged_footnotes_part_loses_its_notes_not_the_document(tmp_path: Path) -> None:
    path = _narrative(tmp_path / "papers")
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    parts["word/footnotes.xml"] = parts["word/footnotes.xml"][:-40]  # cut off mid-element
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    texts = [ln.text for ln in read_document(path, MB).lines if ln.text]
    assert any(text.startswith("Alcohol-related admissions") for text in texts), texts
    assert any(text.startswith("Making Every Contact Count") for text in texts), texts


_BOX = """<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml"><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>{body}</w:txbxContent>
</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{body}</w:txbxContent>
</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"""


def _with_text_box(path: Path, start: str, paragraphs: list[str]) -> None:
    """Anchor a floating text box in the paragraph starting `start`, as Word writes one: the drawing, and
    the same box again as a legacy VML copy under mc:Fallback."""
    parts = _parts(path)
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>' for text in paragraphs)
    document = parts["word/document.xml"].decode()
    document = re.sub(rf"(<w:t[^>]*>{re.escape(start)}.*?</w:t></w:r>)", lambda m: m.group(1) + _BOX.format(body=body), document, count=1)
    parts["word/document.xml"] = document.encode()
    _write_parts(path, parts)


def _cards(folder: Path) -> Path:
    from docx import Document

    doc = Document()
    doc.add_heading("Programme definition summaries", level=0)
    doc.add_heading("1. Urgent and Emergency Care", level=1)
    doc.add_paragraph("The programme brings the two emergency departments and the ambulance service together.")
    doc.add_heading("2. Primary Care at Scale", level=1)
    doc.add_paragraph("Seventy-two practices work together in primary care networks.")
    folder.mkdir(exist_ok=True)
    path = folder / "summaries.docx"
    doc.save(path)
    _with_text_box(path, "The programme brings", ["PROGRAMME CARD", "SRO: Martin Hale, Chief Operating Officer",
                                                  "Programme manager: Kezia Lind"])
    _with_text_box(path, "Seventy-two practices", ["PROGRAMME CARD", "SRO: Dr Nadia Castle, Clinical Chair",
                                                   "Programme manager: Hollie Dunn"])
    return path


def test_a_text_box_is_read_once_after_the_paragraph_it_is_anchored_in(tmp_path: Path) -> None:
    lines = [ln.text for ln in read_document(_cards(tmp_path / "papers"), MB).lines if ln.text]
    at = next(i for i, text in enumerate(lines) if text.startswith("The programme brings"))
    assert lines[at + 1:at + 4] == ["PROGRAMME CARD", "SRO: Martin Hale, Chief Operating Officer", "Programme manager: Kezia Lind"], lines
    assert sum(1 for text in lines if text.startswith("SRO: Martin Hale")) == 1  # not again from the legacy copy


def test_who_is_the_programme_manager_given_only_in_a_text_box(tmp_path: Path, ask_folder) -> None:
    _cards(tmp_path / "papers")
    reply = ask_folder(tmp_path / "papers", "Who is the programme manager for Primary Care at Scale?")
    assert reply.answered, reply.answer
    assert_says(reply.answer, ["Hollie Dunn"], ["Kezia Lind"])


def _symbol_grid(folder: Path) -> Path:
    """A must-do grid whose marks Word inserted from Wingdings (Insert > Symbol): each a w:sym with the
    font and the glyph's code, no text at all."""
    from docx import Document

    doc = Document()
    doc.add_heading("Coverage of the national must-dos", level=1)
    table = doc.add_table(rows=3, cols=3)
    for k, text in enumerate(["National must-do", "BS1 Urgent Care", "BS2 Primary Care"]):
        table.cell(0, k).text = text
    table.cell(1, 0).text = "4 A&E: four-hour standard"
    table.cell(1, 1).text = "TICK"
    table.cell(2, 0).text = "3 General practice: sustainability"
    table.cell(2, 2).text = "CROSS"
    doc.add_paragraph("Key: TICK lead programme; blank: not addressed.")
    folder.mkdir(exist_ok=True)
    path = folder / "plan_summary.docx"
    doc.save(path)
    parts = _parts(path)
    document = parts["word/document.xml"].decode()
    document = document.replace("<w:t>TICK</w:t>", '<w:sym w:font="Wingdings" w:char="F0FC"/>')
    document = re.sub(r"<w:t(?: [^>]*)?>Key: TICK lead", '<w:t xml:space="preserve">Key: </w:t><w:sym w:font="Wingdings" w:char="F0FC"/>'
                      '<w:t xml:space="preserve"> lead', document)
    document = document.replace("<w:t>CROSS</w:t>", '<w:sym w:font="Wingdings 2" w:char="4F"/>')
    parts["word/document.xml"] = document.encode()
    _write_parts(path, parts)
    return path


def test_symbols_word_inserts_from_a_symbol_font_are_read_as_the_marks_they_draw(tmp_path: Path) -> None:
    lines = [ln.text for ln in read_document(_symbol_grid(tmp_path / "papers"), MB).lines if ln.text]
    assert "4 A&E: four-hour standard\tYes\t" in lines, lines  # a tick: an entry
    assert "3 General practice: sustainability\t\t" in lines, lines  # a cross: no entry
    assert any(text.startswith("Key: ✓ lead programme") for text in lines), lines
