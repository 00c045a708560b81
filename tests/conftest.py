"""Fixtures: a tiny corpus written by the test (text, Word, PDF) and a fresh index built from it."""

from collections.abc import Sequence
from pathlib import Path

import pytest

from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.textnorm import Tokenizer

BOARD_PAPER = """Lancashire Health Board
Update on the Plan

Background
On 11 November 2016 the third draft of the plan was published and is available online.
The footprint covers a population of 365,000 people registered with 45 GP practices.

Leadership
We are pleased to announce the appointment of Dr Jane Example as the Senior Responsible Officer (SRO) for the Digital Workstream.

Fylde Coast Key milestones, Owners, Risks, Governance & Interdependencies 1/1

\tInitiatives which we will focus in 2016/17 - 17/18\tScheme Owner\tRisks\tDo you have governance in place for this?\tMain Interdependencies
1\tStroke pathway redesign Key milestones: Qtr 3: New pathway agreed Qtr 4: Pathway implemented\tAlex Sample (Exec Lead)\tWorkforce gaps\tYes\tAcute workstream
2\tCare homes support Key milestones: Care home team in place (January 2017)\tWP3\tFunding\tYes\tWP1
"""


# Papers on other subjects, so a test's own paper sits in a corpus where word weights mean something
# (in a corpus of one paper every word is in every paper).
OTHER_PAPERS = {
    "digital.txt": "Digital Board\nThe digital board meets monthly and reports to the partnership.\n",
    "workforce.txt": "Workforce Plan\nRecruitment of 120 nurses will finish in 2026. The chief people officer leads it.\n",
    "finance.txt": "Finance Report\nThe system reported a deficit of £12m at month six.\n",
}


def write_pdf(path: Path, pages: list[list[str]]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    for lines in pages:
        y = 800
        for line in lines:
            pdf.drawString(50, y, line)
            y -= 16
        pdf.showPage()
    pdf.save()
    return path


def write_docx(path: Path, paragraphs: list[str], table: list[list[str]] | None = None) -> Path:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                grid.cell(r, c).text = cell
    document.save(str(path))
    return path


ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def bundled_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of the bundled corpus (the real STP papers), built once per test run."""
    folder = tmp_path_factory.mktemp("bundled")
    build_index([ROOT / "corpus"], folder, Tokenizer(), 10**8)
    return folder


@pytest.fixture
def tokenizer() -> Tokenizer:
    return Tokenizer()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "board.txt").write_text(BOARD_PAPER, encoding="utf-8")
    write_pdf(folder / "annex.pdf", [
        ["Annex: Workforce plan", "The workforce strategy will be agreed by March 2017."],
        ["Estates", "Twelve hospital sites will be reviewed for the estates strategy in 2017."],
    ])
    write_docx(folder / "notes.docx", ["Digital plan", "The digital programme has 30m of funding over three years."],
               [["Scheme", "Owner"], ["Shared care record", "Pat Owner"]])
    return folder


@pytest.fixture
def index_dir(tmp_path: Path, corpus: Path, tokenizer: Tokenizer) -> Path:
    folder = tmp_path / "index"
    build_index([corpus], folder, tokenizer, max_file_bytes=10 * 1024 * 1024)
    return folder


@pytest.fixture
def plan_index(index_dir: Path):
    index = PlanIndex.open(index_dir)
    yield index
    index.close()


@pytest.fixture
def papers(tmp_path: Path, tokenizer: Tokenizer):
    """An index of papers written by the test: papers({"name.txt": text, ...}) -> PlanIndex."""
    def write(corpus: Path, files: dict[str, str], glossary: str | None = None) -> None:
        for name, text in files.items():
            (corpus / name).write_text(text, encoding="utf-8")
        if glossary is not None:
            (corpus / "glossary.toml").write_text(glossary, encoding="utf-8")

    yield from _indexes_of(tmp_path, tokenizer, "corpus", write)


@pytest.fixture
def pdf_papers(tmp_path: Path, tokenizer: Tokenizer):
    """An index of PDFs written by the test, a line a row: pdf_papers({"name.pdf": [page, ...]}) -> PlanIndex."""
    def write(corpus: Path, files: dict[str, list[list[str]]]) -> None:
        for name, pages in files.items():
            write_pdf(corpus / name, pages)

    yield from _indexes_of(tmp_path, tokenizer, "pdfs", write)


@pytest.fixture
def workbook_papers(tmp_path: Path, tokenizer: Tokenizer):
    """An index of workbooks (and any text papers beside them) written by the test:
    workbook_papers({"tracker.xlsx": {"Sheet": rows}, "note.txt": "text"}) -> PlanIndex."""
    from tests.office_files import workbook

    def write(corpus: Path, files: dict[str, dict[str, list[list[object]]] | str]) -> None:
        for name, content in files.items():
            if isinstance(content, str):
                (corpus / name).write_text(content, encoding="utf-8")
            else:
                workbook(corpus / name, content)

    yield from _indexes_of(tmp_path, tokenizer, "workbooks", write)


def _indexes_of(tmp_path: Path, tokenizer: Tokenizer, folder: str, write):
    """A fixture's index builder: each call writes its papers with `write` into a folder of its own and
    opens their index; every index it opened is closed after the test."""
    opened: list[PlanIndex] = []

    def index_of(files: dict, *args) -> PlanIndex:
        corpus = tmp_path / f"{folder}{len(opened)}"
        corpus.mkdir()
        write(corpus, files, *args)
        build_index([corpus], tmp_path / f"{folder}_index{len(opened)}", tokenizer, 10**7)
        opened.append(PlanIndex.open(tmp_path / f"{folder}_index{len(opened)}"))
        return opened[-1]

    yield index_of
    for index in opened:
        index.close()


@pytest.fixture
def bank_index(tmp_path: Path, tokenizer: Tokenizer):
    """The index of one question bank's papers (bank_index("other_ics_k") -> PlanIndex), built as a test
    of a real layout needs it and closed after the test."""
    opened: list[PlanIndex] = []

    def index_of(bank: str) -> PlanIndex:
        folder = tmp_path / f"bank{len(opened)}"
        build_index([ROOT / "tests" / "questions" / bank / "papers"], folder, tokenizer, 10**7)
        opened.append(PlanIndex.open(folder))
        return opened[-1]

    yield index_of
    for index in opened:
        index.close()


@pytest.fixture
def ask_folder(tmp_path: Path, tokenizer: Tokenizer):
    """Ask a question of a folder of papers the test wrote as real files (.docx, .pptx): ask_folder(folder,
    question) -> Reply, the folder indexed as `planbot ingest` would."""
    def ask(folder: Path, question: str):
        from bot.answering.pipeline import answer

        out = tmp_path / f"index_of_{folder.name}"
        if not out.exists():
            build_index([folder], out, tokenizer, 10**7)
        index = PlanIndex.open(out)
        try:
            return answer(question, index, tokenizer)
        finally:
            index.close()

    return ask


def assert_says(answer_text: str, present: Sequence[str], absent: Sequence[str] = ()) -> None:
    """Every text of `present` is in the answer and none of `absent`, with the answer shown when not."""
    for text in present:
        assert text in answer_text, answer_text
    for text in absent:
        assert text not in answer_text, answer_text
