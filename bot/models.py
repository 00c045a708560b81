"""Typed records that carry provenance from ingestion to citation."""

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

Precision = Literal["day", "month", "quarter", "season", "year", "unknown"]


class SourceLine(BaseModel):
    """One line of a document as read: where it is (page for PDF, line for text/DOCX) and its text."""

    page: int | None = None
    line: int | None = None
    text: str
    # The reader knows this line is a section title (a slide's title, a sheet's name), and at what level
    # when the paper says (Word's "Heading 2" is 3, under "Heading 1" at 2; 1 is a title): 0 when it is
    # no heading the reader knows of; -1 when the reader knows it is none (a Word text box's line, the body
    # of a card). Not stored, only read by section tracking at ingest.
    heading: int = Field(default=0, exclude=True)


class DocumentInfo(BaseModel):
    """A document in the index; `file_name` is what citations name."""

    id: str
    file_name: str
    title: str
    kind: Literal["pdf", "text", "docx", "pptx", "xlsx"]
    sha256: str
    pages: int = 0
    lines: int = 0


class ParsedDocument(BaseModel):
    info: DocumentInfo
    lines: list[SourceLine]
    warnings: list[str] = Field(default_factory=list)


class Passage(BaseModel):
    """A retrievable unit of text, sized for answering, with the lines it came from."""

    id: str
    seq: int
    doc_id: str
    document: str
    title: str
    page: int | None
    line_start: int | None
    line_end: int | None
    section: str | None
    area: str | None
    text: str
    units: list[SourceLine]
    # The column-header row of the table these rows sit in ("October | Mon 24 | ... | Fri 28"), so a
    # cell can be read with its column: "Fri 28: press release".
    header: SourceLine | None = None


class Citation(BaseModel):
    document: str
    title: str
    page: int | None
    line: int | None
    section: str | None
    quote: str
    # The plan area the cited row or passage belongs to: shown by the Discord edge, not part of the JSON contract.
    area: str | None = Field(default=None, exclude=True)


def cite_row(row: dict, quote: str | None = None, page: int | None = None, line: int | None = None,
             use_owner: bool = False) -> Citation:
    """A citation of a plan record (or of its owner cell), from the provenance the record carries."""
    if use_owner and row.get("owner_quote"):
        page, line, quote = row.get("owner_page"), row.get("owner_line"), row["owner_quote"]
    return Citation(
        document=row["document"], title=row["doc_title"], page=page if page is not None else row.get("page"),
        line=line if line is not None else row.get("line"), section=row.get("section"), quote=quote or row["quote"],
        area=row.get("area"),
    )


class Reply(BaseModel):
    """What `ask --json` prints for one question; the same object the Discord edge renders."""

    question: str
    kind: str
    answered: bool
    answer: str
    citations: list[Citation] = Field(default_factory=list)


class Period(BaseModel):
    """A normalised due period; `precision` says how much of (start, end) the plan really said."""

    start: date | None = None
    end: date | None = None
    precision: Precision = "unknown"


class Provenance(BaseModel):
    doc_id: str
    document: str
    title: str
    page: int | None = None
    line: int | None = None
    section: str | None = None


class Milestone(BaseModel):
    id: str
    initiative_id: str | None
    area: str | None
    text: str
    due_raw: str
    period: Period
    owner: str | None
    source: Provenance
    quote: str


class Initiative(BaseModel):
    id: str
    area: str | None
    number: str | None
    title: str
    owners: list[str]
    owner_raw: str
    risks: str
    governance: str
    interdependencies: str
    source: Provenance
    quote: str
    row_text: str
    milestones: list[Milestone] = Field(default_factory=list)


class MustDoCoverage(BaseModel):
    id: str
    area: str | None
    mustdo: int
    priority: str
    text: str
    source: Provenance
    quote: str


class PersonRole(BaseModel):
    """Someone the board papers name in a role ("Dr X as the SRO for Y")."""

    id: str
    name: str
    role: str
    remit: str
    source: Provenance
    quote: str
