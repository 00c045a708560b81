"""Papers by title: metadata when it names the paper, else the paper's opening lines, else the file name;
with the date the paper states at its head. Citations show the title and the place, not the file name."""

from pathlib import Path

import pytest

from bot.models import Citation
from bot.places import cited
from bot.reading.files import read_document
from bot.reading.titles import document_title, meaningful
from tests.conftest import write_docx, write_pdf

MB = 1024 * 1024


def _pdf_with_title(path: Path, title: str, lines: list[str]) -> Path:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    pdf.setTitle(title)
    for n, line in enumerate(lines):
        pdf.drawString(50, 800 - 16 * n, line)
    pdf.showPage()
    pdf.save()
    return path


def _docx_with_title(path: Path, title: str, paragraphs: list[str]) -> Path:
    import docx

    document = docx.Document()
    document.core_properties.title = title
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def test_pdf_metadata_title_is_used_when_it_names_the_paper(tmp_path: Path) -> None:
    path = _pdf_with_title(tmp_path / "ldp_v3_final.pdf", "Fylde Coast Local Delivery Plan",
                           ["Draft for discussion", "Meeting date: 4 October 2016"])
    assert read_document(path, MB).info.title == "Fylde Coast Local Delivery Plan (4 October 2016)"


@pytest.mark.parametrize("placeholder", ["untitled", "Microsoft Word - ldp_v3_final.docx", "ldp_v3_final", "Document1"])
def test_placeholder_pdf_metadata_falls_back_to_the_first_heading(tmp_path: Path, placeholder: str) -> None:
    path = _pdf_with_title(tmp_path / "ldp_v3_final.pdf", placeholder,
                           ["Appendix B", "Estates Strategy Update", "The estates review will finish in 2017."])
    assert read_document(path, MB).info.title == "Appendix B: Estates Strategy Update"


def test_docx_title_from_metadata_or_first_paragraph(tmp_path: Path) -> None:
    titled_doc = _docx_with_title(tmp_path / "a.docx", "Digital Strategy 2017-2020", ["Digital plan", "Words."])
    assert read_document(titled_doc, MB).info.title == "Digital Strategy 2017-2020"
    plain = write_docx(tmp_path / "b.docx", ["CENTRAL LANCASHIRE CCG GOVERNING BODY", "Urgent Care Review",
                                             "Date: 21 March 2017", "The review began in 2016."])
    assert read_document(plain, MB).info.title == "Central Lancashire CCG Governing Body: Urgent Care Review (21 March 2017)"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Lancashire Health and Wellbeing Board", "Meeting to be held on 13th December 2016",
          "Update on the Sustainability and Transformation Plan"],
         "Lancashire Health and Wellbeing Board: Update on the Sustainability and Transformation Plan (13 December 2016)"),
        (["Healthier Lancashire & South Cumbria", "", "Annexes to Healthier Lancashire & South Cumbria Draft STP", "DRAFT"],
         "Annexes to Healthier Lancashire & South Cumbria Draft STP"),
        (["", "Developing 5 year Sustainability and Transformation Plan", "Stakeholder Briefing - February 2016"],
         "Developing 5 year Sustainability and Transformation Plan (February 2016)"),
        (["Governing Body", "Report Title:\tStrategic Plan Development - Update Report\tAgenda No:\t4.1",
          "Meeting Date:\t13 November 2019"], "Strategic Plan Development - Update Report (13 November 2019)"),
        (["Plan update", "On 11 November 2016 the third draft of the plan was published."], "Plan update"),
        (["\tcell\tcell", "x" * 400], "minutes_0412"),
    ],
    ids=["board-and-subject", "fuller-title-below", "briefing-date", "report-title-label", "prose-date-not-taken",
         "file-name"],
)
def test_titles_from_opening_lines(lines: list[str], expected: str) -> None:
    assert document_title("", lines, "minutes_0412.txt") == expected


def test_text_file_title_and_citation_place(tmp_path: Path) -> None:
    path = tmp_path / "001_73bed42a.txt"
    path.write_text("Fylde Coast LDP\nLocal Delivery Plan - November 2016\n\nThe stroke pathway will be agreed.\n",
                    encoding="utf-8")
    doc = read_document(path, MB)
    assert doc.info.title == "Fylde Coast LDP (November 2016)" and doc.info.file_name == "001_73bed42a.txt"
    citation = Citation(document=doc.info.file_name, title=doc.info.title, page=None, line=4, section=None, quote="q")
    assert cited(citation) == "Fylde Coast LDP (November 2016), line 4"
    assert cited(citation.model_copy(update={"document": "plan.pdf", "page": 3, "line": None})) == "Fylde Coast LDP (November 2016), p. 3"


def test_pdf_first_line_title_without_metadata(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "x.pdf", [["Workforce Plan", "The workforce strategy will be agreed by March 2017."]])
    assert read_document(path, MB).info.title == "Workforce Plan"


@pytest.mark.parametrize("title", ["", "untitled", "(anonymous)", "report.docx", "Slide 1", "ab"])
def test_placeholder_metadata_is_not_a_title(title: str) -> None:
    assert meaningful(title, "report.docx") == ""
