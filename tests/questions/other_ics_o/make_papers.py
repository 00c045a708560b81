"""Make the papers of the fifteenth imaginary ICS: Caldergate & Wenmouth (C&W ICS), plan year 2026/27.

Run with any Python 3.10+ (standard library only):  python3 make_papers.py
Writes seven real files into papers/ (PDF x2, DOCX, XLSX, PPTX, MD, TXT), each written from scratch:
raw PDF objects with text drawn cell by cell in ruled tables, raw OOXML parts zipped with zipfile.
Everything here is invented: places, people, programmes, figures and dates.
The output is the same byte for byte on every run (fixed dates, fixed zip entry times, no randomness).
"""

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape as xesc

HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"
ZIP_TIME = (2026, 10, 2, 17, 0, 0)

BAF_PDF = "01_CW_Board_Assurance_Framework_2026-27_Q2.pdf"
GRID_PDF = "02_National_Priorities_Coverage_Grid_2026-27.pdf"
PLAN_DOCX = "03_CW_Joint_Delivery_Plan_2026-27_v2.docx"
TRACKER_XLSX = "04_Transformation_Tracker_2026-27_at_30-09-26.xlsx"
DECK_PPTX = "05_Portfolio_Highlight_Report_Sept_2026.pptx"
MINUTES_MD = "06_SDB_Minutes_2026-09-17.md"
EMAIL_TXT = "07_UEC_Programme_Update_email_2026-10-02.txt"

# =============================================================================================== the ICS
ICS = "Caldergate & Wenmouth"
PROGRAMMES = [  # letter, name (F was "Ageing Well" until 30 June 2026)
    ("A", "Urgent & Emergency Care"),
    ("B", "Primary Care & Community"),
    ("C", "Mental Health, Learning Disability & Autism"),
    ("D", "Elective Care & Diagnostics"),
    ("E", "Cancer"),
    ("F", "Healthy Ageing & Frailty"),
    ("G", "Digital & Data"),
    ("H", "Workforce & Productivity"),
]
OLD_F = "Ageing Well"

PRIORITIES = [
    "Urgent & emergency care: 4-hour A&E and category 2 ambulance response",
    "Elective care: 18 weeks RTT and no 65-week waits",
    "Cancer: 62-day and Faster Diagnosis Standards",
    "Primary care: access to general practice",
    "Mental health: access and out-of-area placements",
    "Learning disability & autism: fewer inpatients",
    "Workforce: reduce agency spend, improve retention",
    "Finance: deliver a balanced system plan",
    "Quality & safety: maternity and patient safety",
]
# rows = programmes, columns = priority numbers. L = lead, T = contributes (tick), Ta = tick with note a
GRID = {
    "A": {1: "L", 7: "T", 9: "T"},
    "B": {1: "T", 4: "L", 5: "T"},
    "C": {1: "T", 5: "L", 6: "L"},
    "D": {2: "L", 3: "T", 8: "T"},
    "E": {2: "Ta", 3: "L"},
    "F": {1: "T", 4: "T", 9: "T"},
    "G": {2: "T", 4: "T", 8: "T"},
    "H": {7: "L", 8: "L", 9: "T"},
}

# =============================================================================================== PDF writer
HELV = {32: 278, 33: 278, 34: 355, 35: 556, 36: 556, 37: 889, 38: 667, 39: 191, 40: 333, 41: 333, 42: 389,
        43: 584, 44: 278, 45: 333, 46: 278, 47: 278, 58: 278, 59: 278, 60: 584, 61: 584, 62: 584, 63: 556,
        64: 1015, 65: 667, 66: 667, 67: 722, 68: 722, 69: 667, 70: 611, 71: 778, 72: 722, 73: 278, 74: 500,
        75: 667, 76: 556, 77: 833, 78: 722, 79: 778, 80: 667, 81: 778, 82: 722, 83: 667, 84: 611, 85: 722,
        86: 667, 87: 944, 88: 667, 89: 667, 90: 611, 91: 278, 92: 278, 93: 278, 94: 469, 95: 556, 96: 333,
        97: 556, 98: 556, 99: 500, 100: 556, 101: 556, 102: 278, 103: 556, 104: 556, 105: 222, 106: 222,
        107: 500, 108: 222, 109: 833, 110: 556, 111: 556, 112: 556, 113: 556, 114: 333, 115: 500, 116: 278,
        117: 556, 118: 500, 119: 722, 120: 500, 121: 500, 122: 500, 123: 334, 124: 260, 125: 334, 126: 584}
for _d in range(48, 58):
    HELV[_d] = 556


def text_width(s: str, size: float, bold: bool = False) -> float:
    w = sum(HELV.get(ord(c), 556) for c in s) * size / 1000
    return w * (1.06 if bold else 1.0)


def wrap(s: str, width: float, size: float, bold: bool = False) -> list[str]:
    out = []
    for para in s.split("\n"):
        line = ""
        for word in para.split(" "):
            cand = word if not line else line + " " + word
            if text_width(cand, size, bold) <= width or not line:
                line = cand
            else:
                out.append(line)
                line = word
        out.append(line)
    return out


def pdf_str(s: str) -> bytes:
    b = s.encode("cp1252")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


class Page:
    FONTS = {"R": "F1", "B": "F2", "I": "F3", "Z": "F4"}

    def __init__(self, w: float, h: float):
        self.w, self.h, self.ops = w, h, []

    def text(self, x, y, s, size=8.0, font="R", rise=0.0):
        if font == "Z":  # ZapfDingbats: the tick is code 0x34, mapped to U+2713 by the font's ToUnicode
            raw = b"(4)"
        else:
            raw = pdf_str(s)
        rs = f" {rise:.1f} Ts" if rise else ""
        self.ops.append(f"BT /{self.FONTS[font]} {size:.1f} Tf{rs} 1 0 0 1 {x:.2f} {y:.2f} Tm ".encode() + raw
                        + b" Tj ET")

    def line(self, x1, y1, x2, y2, width=0.5):
        self.ops.append(f"{width:.2f} w {x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l S".encode())

    def fill(self, x, y, w, h, grey=0.88):
        self.ops.append(f"q {grey:.2f} g {x:.2f} {y:.2f} {w:.2f} {h:.2f} re f Q".encode())

    def content(self) -> bytes:
        return b"\n".join(self.ops)


def write_pdf(path: Path, pages: list[Page], title: str, author: str) -> None:
    objs = []  # 1-based object bodies

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    catalog = add(b"")  # filled later
    pages_id = add(b"")
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    f3 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique /Encoding /WinAnsiEncoding >>")
    cmap = (b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            b"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<00> <FF>\n"
            b"endcodespacerange\n1 beginbfchar\n<34> <2713>\nendbfchar\nendcmap\n"
            b"CMapName currentdict /CMap defineresource pop\nend\nend")
    tu = add(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
    f4 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats /ToUnicode %d 0 R >>" % tu)
    res = (b"<< /Font << /F1 %d 0 R /F2 %d 0 R /F3 %d 0 R /F4 %d 0 R >> >>" % (f1, f2, f3, f4))
    kids = []
    for pg in pages:
        data = pg.content()
        c = add(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources %s /Contents %d 0 R >>"
                        % (pages_id, round(pg.w), round(pg.h), res, c)))
    objs[pages_id - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                          + b"] /Count %d >>" % len(kids))
    objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    info = add(b"<< /Title " + pdf_str(title) + b" /Author " + pdf_str(author)
               + b" /Producer (C&W ICB document services) /CreationDate (D:20261002090000Z) >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, catalog, info, xref)
    path.write_bytes(bytes(out))


def draw_table(pg: Page, x: float, top: float, widths: list[float], rows: list[list[str]], size: float = 7.5,
               header_rows: int = 1, pad: float = 3.0) -> float:
    """Ruled table, text wrapped in each cell, drawn row by row and cell by cell. Returns the y of its bottom."""
    lead = size * 1.22
    y = top
    pg.line(x, y, x + sum(widths), y)
    for ri, row in enumerate(rows):
        bold = ri < header_rows
        cells = [wrap(c, w - 2 * pad, size, bold) for c, w in zip(row, widths)]
        h = max(len(c) for c in cells) * lead + 2 * pad
        if bold:
            pg.fill(x, y - h, sum(widths), h)
        cx = x
        for lines, w in zip(cells, widths):
            for k, ln in enumerate(lines):
                if ln:
                    pg.text(cx + pad, y - pad - size - k * lead + 1, ln, size, "B" if bold else "R")
            cx += w
        y -= h
        pg.line(x, y, x + sum(widths), y)
        cx = x
        for w in [0] + widths:
            cx += w
            pg.line(cx, y, cx, y + h)
    return y


# =============================================================================================== PDF 1: BAF
BAF_HEAD = ["Ref", "Strategic risk", "Risk owner", "Assuring committee", "Current score (L x I)",
            "Target score", "Trend since Q1", "Key controls in place", "Gaps in control and actions (due)"]
BAF_ROWS = [
    ["SR1", "If urgent care demand this winter exceeds the capacity of emergency departments, virtual wards and "
            "community services, then patients will wait longer for ambulances and in A&E, leading to avoidable "
            "harm and poor experience.",
     "Lorna Beckwith, Chief Operating Officer, Caldergate Royal Infirmary", "Quality & Performance Committee",
     "4 × 5 = 20", "3 × 4 = 12", "Static",
     "UEC winter plan 2026/27 approved by SDB on 20 August 2026. 182 virtual ward beds open.",
     "Wenmouth UTC opening at risk from the estates handover: revised date to SDB (due 15/10/26). Handover "
     "cohort area at CRI open by 31 October 2026."],
    ["SR2", "If the system does not deliver its £38.9m efficiency plan for 2026/27, then it will not meet its "
            "financial plan and will face tighter national controls on spending.",
     "Ifeoma Castellanos, Interim Chief Finance Officer, C&W ICB", "Finance & Investment Committee",
     "4 × 4 = 16", "2 × 4 = 8", "Worsening",
     "Monthly efficiency review by programme. Vacancy control panel in every trust.",
     "Forecast shortfall of £6.3m at Month 5. Recovery options to SDB (w/c 28 Sept 2026). Run-rate review "
     "by end Q3."],
    ["SR3", "If we cannot recruit and keep enough staff, particularly nurses and GPs in Wenmouth and Hopsley "
            "Marsh, then services will rely on agency staff and may have to close beds.",
     "Shirin Barakzai, Chief People Officer, C&W ICB", "People Committee",
     "3 × 4 = 12", "2 × 4 = 8", "Improving",
     "Retention programme in all trusts. Freedom to Speak Up Guardian reports to the People Committee each "
     "quarter.",
     "Agency spend 3.4% of the pay bill against a 3.0% ceiling. Collaborative bank live by Dec 2026."],
    ["SR4", "If long waits for planned care are not cleared, then patients will come to harm while waiting and "
            "the system will miss the elective standards.",
     "Fenella Dunstable, Director of Elective Recovery, Caldergate Royal Infirmary",
     "Quality & Performance Committee", "3 × 4 = 12", "2 × 3 = 6", "Static",
     "Weekly patient-level tracking of long waiters. Second MRI scanner at Caldergate CDC.",
     "14 patients waiting over 65 weeks at end August; none by 30/09/26. Surgical hub accreditation Q3 26/27."],
    ["SR5", "If a cyber attack disables clinical systems, then care will be disrupted across the system and "
            "patient data may be lost.",
     "Kwabena Asamoah, Chief Digital & Information Officer, C&W ICB", "Audit & Risk Committee",
     "3 × 5 = 15", "2 × 5 = 10", "Static",
     "Cyber security operations centre shared by all trusts. Tested downtime procedures.",
     "Two trusts below the Cyber Assessment Framework baseline. Joint exercise in November 2026."],
    ["SR6", "If people with serious mental illness continue to be placed in beds outside the area, then they "
            "will be far from home and the system will overspend.",
     "Marcus Oyelaran, Director of Mental Health Commissioning, C&W ICB", "Quality & Performance Committee",
     "4 × 3 = 12", "2 × 3 = 6", "Worsening",
     "Daily bed management call. Crisis line 111 option 2.",
     "9 out-of-area placements at end August. Wenmouth crisis house to open Jan 2027."],
    ["SR7", "If capital is not available or building works slip, then new estate (Wenmouth UTC, Hopsley Marsh "
            "Health Hub) will open late or not at all.",
     "Director of Estates & Facilities, C&W ICB", "Finance & Investment Committee",
     "3 × 4 = 12", "2 × 3 = 6", "Worsening",
     "Capital programme board monthly. Contractor penalty clauses.",
     "Electrical works at Wenmouth delayed. Hopsley Marsh construction start w/c 9 Nov 2026."],
    ["SR8", "If maternity and patient safety learning is not acted on, then women, babies and other patients "
            "may come to avoidable harm.",
     "Comfort Mensah-Lyle, Chief Nursing Officer, C&W ICB", "Quality & Performance Committee",
     "3 × 4 = 12", "2 × 4 = 8", "Static",
     "Local maternity and neonatal system safety group. Patient safety incident response framework in place.",
     "No programme leads national priority 9: proposal to SDB on 15 October 2026."],
]


def baf(path: Path) -> None:
    W, H = 842, 595
    widths = [28, 150, 100, 74, 58, 50, 46, 130, 158]
    pages = []
    for part, rows in enumerate((BAF_ROWS[:4], BAF_ROWS[4:]), 1):
        pg = Page(W, H)
        pg.text(24, H - 30, "NHS Caldergate & Wenmouth Integrated Care Board", 9, "B")
        pg.text(24, H - 46, "Board Assurance Framework 2026/27: Quarter 2 position (as at 22 September 2026)", 13, "B")
        if part == 1:
            pg.text(24, H - 62, "For the Audit & Risk Committee, 29 September 2026. Scores are likelihood (L) x "
                                "impact (I), each 1-5. A score of 15 or more is a significant risk.", 8)
        else:
            pg.text(24, H - 62, "Strategic risks SR5 to SR8 (continued)", 8, "I")
        y = draw_table(pg, 24, H - 74, widths, [BAF_HEAD] + rows, size=7.2)
        if part == 2:
            pg.text(24, y - 16, "Score bands: 1-6 low; 8-12 moderate; 15-25 significant. Trend compares the current "
                                "score with the Quarter 1 position (23 June 2026).", 7.5, "I")
            pg.text(24, y - 28, "Prepared by the Board Secretary for the ICB. Next review: Quarter 3 position, "
                                "Audit & Risk Committee, 15 December 2026.", 7.5, "I")
        pg.text(24, 20, "OFFICIAL", 7)
        pg.text(W / 2 - 20, 20, f"Page {part} of 2", 7)
        pg.text(W - 160, 20, "BAF 2026/27 Q2 v1.0", 7)
        pages.append(pg)
    write_pdf(path, pages, "Board Assurance Framework 2026/27 Q2", "C&W ICB Board Secretary")


# =============================================================================================== PDF 2: grid
def coverage_grid(path: Path) -> None:
    W, H = 842, 595
    pg = Page(W, H)
    pg.text(24, H - 32, "Caldergate & Wenmouth ICS  |  Joint Delivery Plan 2026/27  |  Appendix C", 8.5)
    pg.text(24, H - 52, "Table 3: Transformation programmes against the national priorities (\u2018must-dos\u2019) "
                        "2026/27", 13, "B")
    x0, label_w, col_w = 24, 210, 66
    top = H - 70
    # header: number on top, short name wrapped below
    head_h = 64
    pg.fill(x0, top - head_h, label_w + 9 * col_w, head_h)
    pg.text(x0 + 4, top - 14, "Programme", 9, "B")
    pg.text(x0 + 4, top - 26, "(see Delivery Plan, section 3)", 7, "I")
    for n in range(1, 10):
        cx = x0 + label_w + (n - 1) * col_w
        pg.text(cx + col_w / 2 - 3, top - 13, str(n), 10, "B")
        for k, ln in enumerate(wrap(PRIORITIES[n - 1], col_w - 6, 6.2)):
            pg.text(cx + 3, top - 24 - k * 7.4, ln, 6.2)
    row_h = 26
    y = top - head_h
    pg.line(x0, top, x0 + label_w + 9 * col_w, top)
    pg.line(x0, y, x0 + label_w + 9 * col_w, y, 1.0)
    for code, name in PROGRAMMES:
        label = f"{code}   {name}" + ("  (b)" if code == "F" else "")
        pg.text(x0 + 4, y - 16, label, 8.5, "B" if False else "R")
        for n in range(1, 10):
            mark = GRID[code].get(n)
            if not mark:
                continue
            cx = x0 + label_w + (n - 1) * col_w + col_w / 2
            if mark == "L":
                pg.text(cx - 3, y - 17, "L", 11, "B")
            else:
                pg.text(cx - 4, y - 17, "tick", 11, "Z")
                if mark == "Ta":
                    pg.text(cx + 6, y - 17, "a", 7, "R", rise=5)
        y -= row_h
        pg.line(x0, y, x0 + label_w + 9 * col_w, y)
    for k in range(11):
        cx = x0 if k == 0 else x0 + label_w + (k - 1) * col_w
        pg.line(cx, top, cx, y)
    ky = y - 18
    pg.text(x0, ky, "Key:", 8, "B")
    pg.text(x0 + 26, ky, "L", 9, "B")
    pg.text(x0 + 36, ky, "= lead programme for the priority", 8)
    pg.text(x0 + 190, ky, "tick", 9, "Z")
    pg.text(x0 + 202, ky, "= programme contributes to the priority", 8)
    pg.text(x0 + 380, ky, "blank = no planned contribution", 8)
    pg.text(x0, ky - 16, "a", 7, "R", rise=4)
    pg.text(x0 + 8, ky - 16, "Cancer contributes to priority 2 (elective waiting times) from Q3 2026/27 only, when "
                             "suspected-cancer diagnostics move to the Caldergate CDC.", 7.5)
    pg.text(x0, ky - 30, "(b)", 7.5)
    pg.text(x0 + 14, ky - 30, "Programme F was named Ageing Well until 30 June 2026; renamed by the System Delivery "
                              "Board on 25 June 2026 with effect from 1 July 2026.", 7.5)
    pg.text(x0, ky - 48, "Reviewed by the System Delivery Board on 17 September 2026.", 7.5, "I")
    pg.text(W - 130, 20, "Appendix C  |  page C1", 7)
    write_pdf(path, [pg], "National priorities coverage grid 2026/27", "C&W ICS Transformation PMO")


# =============================================================================================== OOXML common
def write_zip(path: Path, parts: dict[str, str | bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zipfile.ZipInfo(name, date_time=ZIP_TIME), data, zipfile.ZIP_DEFLATED)


XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def rels(items: list[tuple[str, str, str]]) -> str:
    body = "".join(f'<Relationship Id="{i}" Type="{t}" Target="{tg}"/>' for i, t, tg in items)
    return XML + f'<Relationships xmlns="{REL_NS}">{body}</Relationships>'


def core_props(title: str, author: str, when: str) -> str:
    return (XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
            ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{xesc(title)}</dc:title><dc:creator>{xesc(author)}</dc:creator>"
            f"<cp:lastModifiedBy>{xesc(author)}</cp:lastModifiedBy>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified></cp:coreProperties>')


def app_props(app: str) -> str:
    return (XML + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            f"<Application>{app}</Application></Properties>")


def content_types(defaults: dict[str, str], overrides: dict[str, str]) -> str:
    d = "".join(f'<Default Extension="{e}" ContentType="{c}"/>' for e, c in defaults.items())
    o = "".join(f'<Override PartName="{p}" ContentType="{c}"/>' for p, c in overrides.items())
    return XML + f'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">{d}{o}</Types>'


BASE_DEFAULTS = {"rels": "application/vnd.openxmlformats-package.relationships+xml", "xml": "application/xml"}
CT_CORE = "application/vnd.openxmlformats-package.core-properties+xml"
CT_APP = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
ROOT_RELS = [("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
              "docProps/core.xml"),
             ("rId3", OFFICE_REL + "/extended-properties", "docProps/app.xml")]


# =============================================================================================== DOCX writer
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w_run(text: str, bold: bool = False, italic: bool = False, size: int | None = None) -> str:
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + (f'<w:sz w:val="{size}"/>' if size else "")
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{xesc(text)}</w:t></w:r>'


def w_p(content, style: str | None = None, bold: bool = False, italic: bool = False, keep_next=False) -> str:
    """content: a string or a list of (text, bold) runs."""
    ppr = ""
    if style or keep_next:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + ("<w:keepNext/>" if keep_next else "") \
              + "</w:pPr>"
    if isinstance(content, str):
        runs = w_run(content, bold, italic)
    else:
        runs = "".join(w_run(t, b) for t, b in content)
    return f"<w:p>{ppr}{runs}</w:p>"


def w_table(widths: list[int], rows: list[list[str]], header_rows: int = 1) -> str:
    """widths in twentieths of a point; a cell's text may hold \\n for separate paragraphs."""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
           '<w:tblLayout w:type="fixed"/></w:tblPr>' f"<w:tblGrid>{grid}</w:tblGrid>"]
    for ri, row in enumerate(rows):
        hdr = ri < header_rows
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if hdr else "<w:trPr><w:cantSplit/></w:trPr>"
        cells = []
        for text, w in zip(row, widths):
            shade = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if hdr else ""
            paras = "".join(f'<w:p><w:pPr><w:spacing w:after="0"/></w:pPr>{w_run(t, bold=hdr, size=18)}</w:p>'
                            for t in text.split("\n"))
            cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>{shade}</w:tcPr>{paras}</w:tc>')
        out.append(f"<w:tr>{trpr}{''.join(cells)}</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


DOCX_STYLES = (XML + f'<w:styles xmlns:w="{W_NS}">'
               '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>'
               '<w:sz w:val="20"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>'
               '<w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>'
               '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
               '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
               '<w:rPr><w:b/><w:color w:val="005EB8"/><w:sz w:val="36"/></w:rPr></w:style>'
               '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
               '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240"/>'
               '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="005EB8"/><w:sz w:val="28"/></w:rPr>'
               '</w:style>'
               '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
               '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="200"/>'
               '<w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>'
               '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
               + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
                         for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
               + '</w:tblBorders></w:tblPr></w:style></w:styles>')


def write_docx(path: Path, body: list[str], title: str, author: str, when: str, footer: str) -> None:
    sect = ('<w:sectPr><w:footerReference w:type="default" r:id="rId2"/><w:pgSz w:w="16838" w:h="11906" '
            'w:orient="landscape"/><w:pgMar w:top="1000" w:right="1000" w:bottom="1000" w:left="1000" '
            'w:header="500" w:footer="500" w:gutter="0"/></w:sectPr>')
    doc = (XML + f'<w:document xmlns:w="{W_NS}" xmlns:r="{OFFICE_REL}"><w:body>' + "".join(body) + sect
           + "</w:body></w:document>")
    ftr = XML + f'<w:ftr xmlns:w="{W_NS}" xmlns:r="{OFFICE_REL}">' + w_p(footer) + "</w:ftr>"
    ct = content_types({**BASE_DEFAULTS}, {
        "/word/document.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "/word/styles.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
        "/word/footer1.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
        "/docProps/core.xml": CT_CORE, "/docProps/app.xml": CT_APP})
    write_zip(path, {
        "[Content_Types].xml": ct,
        "_rels/.rels": rels([("rId1", OFFICE_REL + "/officeDocument", "word/document.xml")] + ROOT_RELS),
        "word/document.xml": doc,
        "word/_rels/document.xml.rels": rels([("rId1", OFFICE_REL + "/styles", "styles.xml"),
                                              ("rId2", OFFICE_REL + "/footer", "footer1.xml")]),
        "word/styles.xml": DOCX_STYLES,
        "word/footer1.xml": ftr,
        "docProps/core.xml": core_props(title, author, when),
        "docProps/app.xml": app_props("Microsoft Office Word"),
    })


# =============================================================================================== DOCX: plan
PLAN_HEAD = ["Ref", "Deliverable", "Owner", "Key milestones", "Due", "How we will know"]
PLAN = [
    ("A", "Urgent & Emergency Care",
     "Senior Responsible Officer: Lorna Beckwith, Chief Operating Officer, Caldergate Royal Infirmary NHS "
     "Foundation Trust (CRI). Clinical lead: Dr Priyanka Venkatesan, Consultant in Emergency Medicine, CRI. "
     "Programme manager: Callum Frostick.",
     [["A.01", "Expand virtual wards (hospital at home) for frailty and respiratory patients",
       "Callum Frostick\nProgramme Manager, UEC",
       "Clinical model agreed (April 2026, done); recruitment of 40 WTE; beds opened in three tranches", "September 2026",
       "180 virtual ward beds open and at least 80% occupied"],
      ["A.02", "Open the Wenmouth Urgent Treatment Centre at Wenmouth Community Hospital",
       "Lorna Beckwith\nChief Operating Officer, CRI",
       "Business case approved (May 2026, done); contractor on site June 2026; building handover 21 September 2026; "
       "staff induction October 2026", "2 November 2026",
       "UTC open 08:00-22:00, seven days a week; minor injuries unit closes"],
      ["A.03", "Release ambulances faster at the Caldergate Royal Infirmary front door",
       "Dr Priyanka Venkatesan\nClinical Lead, UEC",
       "Handover cohort area designed; escalation protocol agreed with Northern Coast Ambulance Service",
       "Winter 2026/27", "No ambulance handover over 45 minutes"],
      ["A.04", "Improve A&E four-hour performance", "Lorna Beckwith\nChief Operating Officer, CRI",
       "Streaming at the front door; same-day emergency care extended", "31 March 2027",
       "78% of patients seen within four hours"]]),
    ("B", "Primary Care & Community",
     "Senior Responsible Officer: Dr Gwenllian Pryce, Director of Primary Care & Community Services, C&W ICB. "
     "Clinical lead: Dr Oluwaseun Adebayo, GP, Wenmouth Harbour PCN. Programme manager: Tamsin Rockliffe.",
     [["B.01", "Online consultation in every general practice", "Tamsin Rockliffe\nProgramme Manager, Primary Care",
       "Supplier framework call-off (April 2026); practices switched in four waves", "September 2026",
       "All 142 practices live"],
      ["B.02", "Integrated neighbourhood teams in every primary care network",
       "Dr Oluwaseun Adebayo\nClinical Lead, Primary Care",
       "Team leads appointed; shared caseload lists; multidisciplinary huddles weekly", "End of Q4 2026/27",
       "Teams live in all 21 PCNs"],
      ["B.03", "Build the Hopsley Marsh Health Hub (GP surgery, community clinics and pharmacy)",
       "Dr Gwenllian Pryce\nSRO",
       "Planning consent (July 2026); contractor appointed; construction starts; hub opens in 2027/28",
       "Construction starts November 2026", "Construction under way to programme"],
      ["B.04", "Care navigation training for reception teams", "Tamsin Rockliffe\nProgramme Manager, Primary Care",
       "Training provider appointed; sessions in each place", "December 2026",
       "Every practice has at least two trained care navigators"]]),
    ("C", "Mental Health, Learning Disability & Autism",
     "Senior Responsible Officer: Marcus Oyelaran, Director of Mental Health Commissioning, C&W ICB. Clinical lead: "
     "Dr Beatrix Holloway, Medical Director, Wenn Valley Mental Health NHS Foundation Trust. Programme manager: "
     "Kofi Danquah.",
     [["C.01", "24/7 mental health crisis line through NHS 111 option 2", "Kofi Danquah\nProgramme Manager, MHLDA",
       "Call handlers recruited; overnight cover from Wenn Valley MH", "31 October 2026",
       "Line staffed 24/7; 90% of calls answered within 60 seconds"],
      ["C.02", "Open a crisis house in Wenmouth as an alternative to admission",
       "Dr Beatrix Holloway\nClinical Lead, MHLDA",
       "Provider chosen (voluntary sector); property leased; registration", "January 2027",
       "Six crisis beds open"],
      ["C.03", "End inappropriate out-of-area placements", "Marcus Oyelaran\nSRO",
       "Daily bed call; repatriation plan for each patient", "Q4 2026/27", "Zero inappropriate out-of-area placements"],
      ["C.04", "Annual health checks for people with a learning disability", "Kofi Danquah\nProgramme Manager, MHLDA",
       "Practice searches refreshed; easy read invitations", "31 March 2027", "80% of people on GP registers checked"]]),
    ("D", "Elective Care & Diagnostics",
     "Senior Responsible Officer: Fenella Dunstable, Director of Elective Recovery, CRI. Clinical lead: Mr Rashid "
     "Qadri, Consultant Urologist, CRI. Programme manager: Imogen Thorley.",
     [["D.01", "Second MRI scanner at the Caldergate Community Diagnostic Centre (CDC)",
       "Imogen Thorley\nProgramme Manager, Elective",
       "Scanner delivered; staff trained; go-live", "30 September 2026", "Additional 6,200 scans a year"],
      ["D.02", "Clear 65-week waits", "Fenella Dunstable\nSRO",
       "Validation of the waiting list; insourcing at weekends", "30 September 2026",
       "No patient waiting more than 65 weeks"],
      ["D.03", "Wenmouth surgical hub accreditation (Getting It Right First Time)", "Mr Rashid Qadri\nClinical Lead",
       "Self-assessment; assessment visit", "September 2026", "Hub accredited"]]),
    ("E", "Cancer",
     "Senior Responsible Officer: Prof. Adaeze Whitcombe, Managing Director, North Wenn Cancer Alliance. Clinical "
     "lead: Dr Cormac Flaherty. Programme manager: Lydia Strand.",
     [["E.01", "Targeted lung cancer screening in Hopsley Marsh", "Lydia Strand\nProgramme Manager, Cancer",
       "Mobile scanner site agreed; invitations to people aged 55-74 who have smoked", "October 2026",
       "Scanning under way in Hopsley Marsh"],
      ["E.02", "Meet the Faster Diagnosis Standard", "Dr Cormac Flaherty\nClinical Lead, Cancer",
       "Best-practice timed pathways in lower GI, skin and prostate", "March 2027",
       "80% of patients told within 28 days"]]),
    ("F", OLD_F,
     "Senior Responsible Officer: Nerys Fairweather, Director of Adult Social Care, Caldergate City Council. "
     "Clinical lead: Dr Tobias Lindgren, Consultant Geriatrician, CRI. Programme manager: Bronwen Ashdown.",
     [["F.01", "Frailty same-day emergency care at CRI seven days a week", "Dr Tobias Lindgren\nClinical Lead",
       "Weekend rota; frailty assessment unit co-located with SDEC", "Q2 2026/27",
       "Service open seven days a week"],
      ["F.02", "Falls response service for every care home", "Bronwen Ashdown\nProgramme Manager",
       "Falls responders trained; lifting equipment in each place", "December 2026",
       "All care homes in Caldergate, Wenmouth and Hopsley Marsh covered"]]),
    ("G", "Digital & Data",
     "Senior Responsible Officer: Kwabena Asamoah, Chief Digital & Information Officer, C&W ICB. Clinical "
     "leadership is provided through the ICB's Chief Clinical Information Officer (CCIO). Programme manager: "
     "Ravi Chaudhry.",
     [["G.01", "Bring adult social care records into the shared care record", "Ravi Chaudhry\nProgramme Manager",
       "Data sharing agreements signed by both councils; technical integration; go-live", "30 November 2026",
       "Social care records visible to clinicians in all trusts"],
      ["G.02", "Electronic patient record convergence business case", "Kwabena Asamoah\nSRO",
       "Options appraisal; outline business case", "Q4 2026/27", "Business case to the ICB Board"]]),
    ("H", "Workforce & Productivity",
     "Senior Responsible Officer: Shirin Barakzai, Chief People Officer, C&W ICB. Programme manager: Heledd Morgan.",
     [["H.01", "Reduce agency spend", "Heledd Morgan\nProgramme Manager",
       "Collaborative staff bank across trusts; agency cap", "31 March 2027", "Agency spend below 3.0% of pay bill"],
      ["H.02", "Improve staff retention", "Shirin Barakzai\nSRO",
       "Stay conversations; flexible working offer", "TBC", "12-month stability rate of 88%"]]),
]


def delivery_plan(path: Path) -> None:
    b = [w_p("Caldergate & Wenmouth Integrated Care System", "Title"),
         w_p("Joint Delivery Plan 2026/27", "Heading1"),
         w_p("Version 2, 12 June 2026. Approved by the System Delivery Board on 18 June 2026. Owner: Transformation "
             "PMO (Anwen Treharne, Head of Transformation PMO).", italic=True),
         w_p("1. Our system", "Heading1"),
         w_p("Caldergate & Wenmouth Integrated Care System serves a registered population of 1,146,300 people in "
             "three places: Caldergate, the city; Wenmouth, on the coast; and Hopsley Marsh, a rural area with "
             "the system's most isolated communities. There are 142 GP practices working in 21 primary care "
             "networks (PCNs)."),
         w_p("Partners: NHS Caldergate & Wenmouth Integrated Care Board (ICB); Caldergate Royal Infirmary NHS "
             "Foundation Trust (CRI); Wenmouth & Hopsley Community Health NHS Trust; Wenn Valley Mental Health NHS "
             "Foundation Trust; Northern Coast Ambulance Service NHS Trust; Caldergate City Council; Wenmouth & "
             "Hopsley District Council; North Wenn Cancer Alliance."),
         w_p("In 2026/27 the system will invest £24.7m in the eight transformation programmes and must deliver "
             "efficiency savings of £38.9m (4.1% of its allocation) to meet its financial plan."),
         w_p("2. How delivery is governed", "Heading1"),
         w_p("The eight programmes (A to H) report monthly to the System Delivery Board (SDB), which is chaired by "
             "the ICB Chief Executive, Dr Elspeth Marwood, and reports to the ICB Board. Each programme has a "
             "Senior Responsible Officer (SRO) accountable to the SDB. Highlight reports are due to the "
             "Transformation PMO by the first Friday of each month."),
         w_p("Coverage of the national priorities for 2026/27 is shown in Appendix C (Table 3)."),
         w_p("3. Programme delivery tables", "Heading1")]
    widths = [750, 3400, 2200, 4150, 1700, 2600]
    for i, (code, name, people, rows) in enumerate(PLAN, 1):
        b.append(w_p(f"3.{i} Programme {code}: {name}", "Heading2"))
        b.append(w_p(people))
        b.append(w_table(widths, [PLAN_HEAD] + rows))
        b.append(w_p(""))
    b.append(w_p("4. Version control", "Heading1"))
    b.append(w_p("Version 1 (14 April 2026) was the draft submitted with the operational plan. Version 2 adds owners "
                 "for each deliverable and moves the Wenmouth surgical hub accreditation to September 2026."))
    write_docx(path, b, "Joint Delivery Plan 2026/27 v2", "C&W Transformation PMO", "2026-06-12T09:00:00Z",
               "C&W ICS Joint Delivery Plan 2026/27  |  Version 2  |  12 June 2026  |  OFFICIAL")


# =============================================================================================== XLSX writer
def col_letter(n: int) -> str:
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


class Date:
    """An Excel date cell: serial number with a date format."""

    def __init__(self, serial: int):
        self.serial = serial


class Bold(str):
    pass


XLSX_STYLES = (XML + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
               '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'
               '<numFmt numFmtId="165" formatCode="0.0;(0.0)"/></numFmts>'
               '<fonts count="2"><font><sz val="10"/><name val="Arial"/></font>'
               '<font><b/><sz val="10"/><name val="Arial"/></font></fonts>'
               '<fills count="3"><fill><patternFill patternType="none"/></fill>'
               '<fill><patternFill patternType="gray125"/></fill>'
               '<fill><patternFill patternType="solid"><fgColor rgb="FFD9E2F3"/><bgColor indexed="64"/>'
               '</patternFill></fill></fills>'
               '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
               '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
               '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
               '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
               '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>'
               '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
               '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
               '<alignment wrapText="1" vertical="top"/></xf></cellXfs>'
               '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
               '</styleSheet>')


def sheet_xml(rows: dict[int, list], widths: list[float], merges: list[str] = ()) -> str:
    cols = "".join(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>' for i, w in enumerate(widths, 1))
    out = []
    for r in sorted(rows):
        cells = []
        for c, v in enumerate(rows[r], 1):
            if v is None or v == "":
                continue
            ref = f"{col_letter(c)}{r}"
            if isinstance(v, Date):
                cells.append(f'<c r="{ref}" s="1"><v>{v.serial}</v></c>')
            elif isinstance(v, bool):
                raise TypeError(v)
            elif isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}" s="3"><v>{v}</v></c>')
            else:
                s = 2 if isinstance(v, Bold) else 4
                cells.append(f'<c r="{ref}" s="{s}" t="inlineStr"><is><t xml:space="preserve">{xesc(str(v))}</t>'
                             f'</is></c>')
        out.append(f'<row r="{r}">{"".join(cells)}</row>')
    mg = ""
    if merges:
        mg = f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges) + "</mergeCells>"
    return (XML + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'xmlns:r="{OFFICE_REL}"><cols>{cols}</cols><sheetData>{"".join(out)}</sheetData>{mg}</worksheet>')


def write_xlsx(path: Path, sheets: list[tuple[str, str]], title: str, author: str, when: str) -> None:
    wb_sheets = "".join(f'<sheet name="{xesc(n)}" sheetId="{i}" r:id="rId{i}"/>' for i, (n, _x) in enumerate(sheets, 1))
    wb = (XML + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          f'xmlns:r="{OFFICE_REL}"><bookViews><workbookView activeTab="1"/></bookViews>'
          f"<sheets>{wb_sheets}</sheets></workbook>")
    n = len(sheets)
    wb_rels = rels([(f"rId{i}", OFFICE_REL + "/worksheet", f"worksheets/sheet{i}.xml") for i in range(1, n + 1)]
                   + [(f"rId{n + 1}", OFFICE_REL + "/styles", "styles.xml")])
    ov = {f"/xl/worksheets/sheet{i}.xml": "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
          for i in range(1, n + 1)}
    ov.update({"/xl/workbook.xml": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
               "/xl/styles.xml": "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
               "/docProps/core.xml": CT_CORE, "/docProps/app.xml": CT_APP})
    parts = {"[Content_Types].xml": content_types(BASE_DEFAULTS, ov),
             "_rels/.rels": rels([("rId1", OFFICE_REL + "/officeDocument", "xl/workbook.xml")] + ROOT_RELS),
             "xl/workbook.xml": wb, "xl/_rels/workbook.xml.rels": wb_rels, "xl/styles.xml": XLSX_STYLES}
    for i, (_n, x) in enumerate(sheets, 1):
        parts[f"xl/worksheets/sheet{i}.xml"] = x
    parts["docProps/core.xml"] = core_props(title, author, when)
    parts["docProps/app.xml"] = app_props("Microsoft Excel")
    write_zip(path, parts)


# =============================================================================================== XLSX: tracker
# ref, programme (as the tracker shows it), milestone, owner, due as entered (str or Date), status, updated, comment
TRACKER = [
    ("A.01", "A Urgent & Emergency Care", "Virtual ward capacity of 180 beds", "Callum Frostick", "Sept 2026",
     "Complete", "28/09/26", "182 beds open from 14/09."),
    ("A.02", "A Urgent & Emergency Care", "Wenmouth Urgent Treatment Centre opens", "Lorna Beckwith", "02/11/26",
     "Amber", "28/09/26", "Estates handover delayed (electrical works). Revised date to SDB 15/10."),
    ("A.03", "A Urgent & Emergency Care", "No ambulance handover over 45 minutes at CRI", "Dr Priyanka Venkatesan",
     "Winter 26/27", "Amber", "21/09/26", "Average 41 minutes in August."),
    ("A.04", "A Urgent & Emergency Care", "A&E 4-hour performance at 78%", "Lorna Beckwith", "31/03/27", "Amber",
     "21/09/26", "74.2% in August."),
    ("B.01", "B Primary Care & Community", "Online consultation live in all 142 practices", "Tamsin Rockliffe",
     "Sept 2026", "Green", "29/09/26", "139 of 142 live; last 3 switch on 30/09."),
    ("B.02", "B Primary Care & Community", "Integrated neighbourhood teams live in all 21 PCNs",
     "Dr Oluwaseun Adebayo", "Q4 26/27", "Amber", "22/09/26", "12 of 21 PCNs live."),
    ("B.03", "B Primary Care & Community", "Hopsley Marsh Health Hub: construction starts", "Dr Gwenllian Pryce",
     "w/c 09/11/26", "Amber", "22/09/26", "Contractor appointed; start date depends on SR7 capital."),
    ("B.04", "B Primary Care & Community", "Care navigation training complete in every practice", "Tamsin Rockliffe",
     "Dec 2026", "Green", "22/09/26", "Provider appointed."),
    ("C.01", "C Mental Health, LD & Autism", "Crisis line (NHS 111 option 2) staffed 24/7", "Kofi Danquah",
     "31/10/26", "Green", "24/09/26", "Overnight rota filled from 19/10."),
    ("C.02", "C Mental Health, LD & Autism", "Wenmouth crisis house opens (six beds)", "Dr Beatrix Holloway",
     "Jan 2027", "Amber", "24/09/26", "Lease signed; CQC registration pending."),
    ("C.03", "C Mental Health, LD & Autism", "Zero inappropriate out-of-area placements", "Marcus Oyelaran",
     "Q4 26/27", "Red", "24/09/26", "9 placements at end August."),
    ("C.04", "C Mental Health, LD & Autism", "LD annual health checks at 80%", "Kofi Danquah", "31/03/27", "Amber",
     "24/09/26", "61% year to date."),
    ("D.01", "D Elective Care & Diagnostics", "Second MRI scanner live at Caldergate CDC", "Imogen Thorley",
     Date(46295), "Green", "25/09/26", "Installed; first list booked 30/09."),
    ("D.02", "D Elective Care & Diagnostics", "No patient waiting over 65 weeks", "Fenella Dunstable", "30/09/26",
     "Red", "25/09/26", "14 patients at end August, mostly orthopaedics."),
    ("D.03", "D Elective Care & Diagnostics", "Wenmouth surgical hub GIRFT accreditation", "Mr Rashid Qadri",
     "Q3 26/27", "Green", "25/09/26", "Assessment visit booked. Moved from Sept 2026 (see Changes)."),
    ("E.01", "E Cancer", "Targeted lung screening extended to Hopsley Marsh", "Lydia Strand", "Oct-26", "Green",
     "23/09/26", "Mobile unit on site from 12/10."),
    ("E.02", "E Cancer", "Faster Diagnosis Standard at 80%", "Dr Cormac Flaherty", "Mar 2027", "Amber", "23/09/26",
     "76.8% in July."),
    ("F.01", "F Healthy Ageing & Frailty", "Frailty SDEC at CRI seven days a week", "Dr Tobias Lindgren", "Q2 26/27",
     "Complete", "21/09/26", "Seven-day service since 03/08."),
    ("F.02", "F Healthy Ageing & Frailty", "Falls response covers all care homes in the three places",
     "Bronwen Ashdown", "Dec 2026", "Green", "21/09/26", "Caldergate and Wenmouth covered."),
    ("G.01", "G Digital & Data", "Adult social care records in the shared care record", "Ravi Chaudhry",
     Date(46356), "Amber", "26/09/26", "Wenmouth & Hopsley DC data sharing agreement not yet signed."),
    ("G.02", "G Digital & Data", "EPR convergence business case to ICB Board", "Kwabena Asamoah", "Q4 26/27",
     "Green", "26/09/26", "Options appraisal complete."),
    ("H.01", "H Workforce & Productivity", "Agency spend below 3.0% of pay bill", "Heledd Morgan", "31/03/27",
     "Amber", "27/09/26", "3.4% in August."),
    ("H.02", "H Workforce & Productivity", "12-month staff stability rate of 88%", "Shirin Barakzai", "TBC", "Amber",
     "27/09/26", "86.1% in August; trajectory to be agreed."),
]
# programme, investment, efficiency target, forecast at M5 (all £m)
FINANCE = [
    ("A Urgent & Emergency Care", 5.8, 6.2, 5.1),
    ("B Primary Care & Community", 4.1, 3.4, 3.4),
    ("C Mental Health, LD & Autism", 3.6, 4.8, 3.9),
    ("D Elective Care & Diagnostics", 4.9, 9.5, 8.0),
    ("E Cancer", 1.7, 1.2, 1.2),
    ("F Healthy Ageing & Frailty", 1.9, 2.9, 2.5),
    ("G Digital & Data", 2.2, 3.1, 2.6),
    ("H Workforce & Productivity", 0.5, 7.8, 5.9),
]


def tracker(path: Path) -> None:
    readme = {
        1: [Bold("C&W ICS Transformation Tracker 2026/27")],
        3: ["Position as at", "30/09/2026"],
        4: ["Maintained by", "Anwen Treharne, Head of Transformation PMO"],
        5: ["Reported to", "System Delivery Board (monthly)"],
        7: [Bold("Status key")],
        8: ["Complete", "Delivered"],
        9: ["Green", "On track"],
        10: ["Amber", "At risk; recovery actions in place"],
        11: ["Red", "Off track; SDB decision may be needed"],
        13: [Bold("Due dates")],
        14: ["Due dates are entered as programmes supplied them: a day (dd/mm/yy), a month, a quarter of the "
             "financial year (Q3 26/27 = October to December 2026), or a season."],
    }
    ms = {1: [Bold("Milestones - position at 30/09/2026")],
          3: [Bold(h) for h in ("Ref", "Programme", "Milestone", "Owner", "Due", "Status", "Updated", "Commentary")]}
    for i, row in enumerate(TRACKER, 4):
        ms[i] = list(row)
    fin = {1: [Bold("Transformation finance 2026/27 (£m)")],
           2: ["Figures in £ millions. Forecast as at Month 5 (August 2026)."],
           4: [Bold(h) for h in ("Programme", "Investment 2026/27", "Efficiency target", "Forecast delivery",
                                  "Variance")]}
    r = 5
    tot = [0.0, 0.0, 0.0]
    for prog, inv, tgt, fc in FINANCE:
        fin[r] = [prog, inv, tgt, fc, round(fc - tgt, 1)]
        tot = [tot[0] + inv, tot[1] + tgt, tot[2] + fc]
        r += 1
    tot = [round(t, 1) for t in tot]
    fin[r] = [Bold("Total"), tot[0], tot[1], tot[2], round(tot[2] - tot[1], 1)]
    assert tot == [24.7, 38.9, 32.6]
    fin[r + 2] = ["Efficiency delivered to Month 5: £14.2m (36.5% of the £38.9m target)."]
    changes = {1: [Bold("Change log")],
               3: [Bold(h) for h in ("Date", "Ref", "Change", "Agreed by")],
               4: ["14/04/2026", "All", "Tracker created from Delivery Plan v1", "PMO"],
               5: ["18/06/2026", "All", "Owners added from Delivery Plan v2", "SDB 18/06/26"],
               6: ["01/07/2026", "F", "Programme renamed: 'Ageing Well' is now 'Healthy Ageing & Frailty'",
                   "SDB 25/06/26"],
               7: ["03/08/2026", "-", "Ifeoma Castellanos appointed Interim Chief Finance Officer from 01/08/26 "
                                      "(Graham Tullis left 31/07/26)", "ICB Remuneration Committee"],
               8: ["20/08/2026", "D.03", "Due moved from Sept 2026 to Q3 26/27 (assessment visit date)", "SDB 20/08/26"],
               9: ["24/09/2026", "F.01", "Marked complete", "PMO"]}
    sheets = [("Read me", sheet_xml(readme, [22, 90])),
              ("Milestones", sheet_xml(ms, [7, 30, 46, 22, 13, 10, 10, 48])),
              ("Finance", sheet_xml(fin, [32, 18, 16, 16, 12])),
              ("Changes", sheet_xml(changes, [12, 7, 70, 26]))]
    write_xlsx(path, sheets, "Transformation Tracker 2026/27", "Anwen Treharne", "2026-09-30T17:00:00Z")


# =============================================================================================== PPTX writer
P_NS = "http://schemas.openxmlformats.org/presentationml/2006/main"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
EMU = 12700  # per point
SLIDE_W, SLIDE_H = 12192000, 6858000

THEME = (XML + f'<a:theme xmlns:a="{A_NS}" name="CW"><a:themeElements>'
         '<a:clrScheme name="CW"><a:dk1><a:srgbClr val="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1>'
         '<a:dk2><a:srgbClr val="003087"/></a:dk2><a:lt2><a:srgbClr val="E8EDEE"/></a:lt2>'
         '<a:accent1><a:srgbClr val="005EB8"/></a:accent1><a:accent2><a:srgbClr val="41B6E6"/></a:accent2>'
         '<a:accent3><a:srgbClr val="009639"/></a:accent3><a:accent4><a:srgbClr val="FFB81C"/></a:accent4>'
         '<a:accent5><a:srgbClr val="DA291C"/></a:accent5><a:accent6><a:srgbClr val="768692"/></a:accent6>'
         '<a:hlink><a:srgbClr val="005EB8"/></a:hlink><a:folHlink><a:srgbClr val="330072"/></a:folHlink></a:clrScheme>'
         '<a:fontScheme name="CW"><a:majorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/>'
         '</a:majorFont><a:minorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>'
         '</a:fontScheme><a:fmtScheme name="CW"><a:fillStyleLst>'
         + '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>' * 3
         + '</a:fillStyleLst><a:lnStyleLst>' + '<a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>' * 3
         + '</a:lnStyleLst><a:effectStyleLst>' + '<a:effectStyle><a:effectLst/></a:effectStyle>' * 3
         + '</a:effectStyleLst><a:bgFillStyleLst>' + '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>' * 3
         + '</a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>')

EMPTY_TREE = ('<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
              '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/>'
              '<a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>{shapes}</p:spTree></p:cSld>')
MASTER = (XML + f'<p:sldMaster xmlns:a="{A_NS}" xmlns:r="{OFFICE_REL}" xmlns:p="{P_NS}">'
          + EMPTY_TREE.format(shapes="") +
          '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" '
          'accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>'
          '<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>')
LAYOUT = (XML + f'<p:sldLayout xmlns:a="{A_NS}" xmlns:r="{OFFICE_REL}" xmlns:p="{P_NS}" type="blank">'
          + EMPTY_TREE.format(shapes="") + '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>')


class Slide:
    def __init__(self):
        self.shapes, self.next_id = [], 2

    def _id(self):
        self.next_id += 1
        return self.next_id

    @staticmethod
    def _paras(lines, size, bold):
        out = []
        for ln in lines:
            b = ' b="1"' if bold else ""
            out.append(f'<a:p><a:r><a:rPr lang="en-GB" sz="{int(size * 100)}"{b} dirty="0"/>'
                       f"<a:t>{xesc(ln)}</a:t></a:r></a:p>")
        return "".join(out)

    def box(self, x, y, w, h, lines, size=12, bold=False, fill=None, name="TextBox"):
        """x, y, w, h in points; lines: list of paragraphs."""
        i = self._id()
        fill_xml = f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>' if fill else "<a:noFill/>"
        self.shapes.append(
            f'<p:sp><p:nvSpPr><p:cNvPr id="{i}" name="{name} {i}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
            f'<p:spPr><a:xfrm><a:off x="{int(x * EMU)}" y="{int(y * EMU)}"/><a:ext cx="{int(w * EMU)}" '
            f'cy="{int(h * EMU)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>{fill_xml}</p:spPr>'
            f'<p:txBody><a:bodyPr wrap="square" rtlCol="0"><a:normAutofit/></a:bodyPr><a:lstStyle/>'
            f"{self._paras(lines, size, bold)}</p:txBody></p:sp>")

    def table(self, x, y, widths, rows, size=10, row_h=22):
        i = self._id()
        grid = "".join(f'<a:gridCol w="{int(w * EMU)}"/>' for w in widths)
        trs = []
        for ri, row in enumerate(rows):
            tcs = []
            for cell in row:
                paras = self._paras(cell.split("\n"), size, ri == 0)
                fill = '<a:solidFill><a:srgbClr val="D9E2F3"/></a:solidFill>' if ri == 0 else ""
                tcs.append(f"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>{paras}</a:txBody><a:tcPr>{fill}</a:tcPr></a:tc>")
            trs.append(f'<a:tr h="{int(row_h * EMU)}">{"".join(tcs)}</a:tr>')
        self.shapes.append(
            f'<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{i}" name="Table {i}"/><p:cNvGraphicFramePr>'
            '<a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>'
            f'<p:xfrm><a:off x="{int(x * EMU)}" y="{int(y * EMU)}"/><a:ext cx="{int(sum(widths) * EMU)}" '
            f'cy="{int(row_h * len(rows) * EMU)}"/></p:xfrm><a:graphic>'
            '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl>'
            f'<a:tblPr firstRow="1" bandRow="1"/><a:tblGrid>{grid}</a:tblGrid>{"".join(trs)}</a:tbl></a:graphicData>'
            "</a:graphic></p:graphicFrame>")

    def xml(self):
        return (XML + f'<p:sld xmlns:a="{A_NS}" xmlns:r="{OFFICE_REL}" xmlns:p="{P_NS}">'
                + EMPTY_TREE.format(shapes="".join(self.shapes))
                + '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>')


def write_pptx(path: Path, slides: list[Slide], title: str, author: str, when: str) -> None:
    n = len(slides)
    ids = "".join(f'<p:sldId id="{256 + i}" r:id="rId{i + 2}"/>' for i in range(n))
    pres = (XML + f'<p:presentation xmlns:a="{A_NS}" xmlns:r="{OFFICE_REL}" xmlns:p="{P_NS}">'
            '<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>'
            f'<p:sldIdLst>{ids}</p:sldIdLst><p:sldSz cx="{SLIDE_W}" cy="{SLIDE_H}"/>'
            '<p:notesSz cx="6858000" cy="9144000"/></p:presentation>')
    pres_rels = rels([("rId1", OFFICE_REL + "/slideMaster", "slideMasters/slideMaster1.xml")]
                     + [(f"rId{i + 2}", OFFICE_REL + "/slide", f"slides/slide{i + 1}.xml") for i in range(n)]
                     + [(f"rId{n + 2}", OFFICE_REL + "/theme", "theme/theme1.xml")])
    ov = {"/ppt/presentation.xml": "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
          "/ppt/slideMasters/slideMaster1.xml":
              "application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml",
          "/ppt/slideLayouts/slideLayout1.xml":
              "application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml",
          "/ppt/theme/theme1.xml": "application/vnd.openxmlformats-officedocument.theme+xml",
          "/docProps/core.xml": CT_CORE, "/docProps/app.xml": CT_APP}
    for i in range(n):
        ov[f"/ppt/slides/slide{i + 1}.xml"] = "application/vnd.openxmlformats-officedocument.presentationml.slide+xml"
    parts = {"[Content_Types].xml": content_types(BASE_DEFAULTS, ov),
             "_rels/.rels": rels([("rId1", OFFICE_REL + "/officeDocument", "ppt/presentation.xml")] + ROOT_RELS),
             "ppt/presentation.xml": pres, "ppt/_rels/presentation.xml.rels": pres_rels,
             "ppt/slideMasters/slideMaster1.xml": MASTER,
             "ppt/slideMasters/_rels/slideMaster1.xml.rels": rels([
                 ("rId1", OFFICE_REL + "/slideLayout", "../slideLayouts/slideLayout1.xml"),
                 ("rId2", OFFICE_REL + "/theme", "../theme/theme1.xml")]),
             "ppt/slideLayouts/slideLayout1.xml": LAYOUT,
             "ppt/slideLayouts/_rels/slideLayout1.xml.rels": rels([
                 ("rId1", OFFICE_REL + "/slideMaster", "../slideMasters/slideMaster1.xml")]),
             "ppt/theme/theme1.xml": THEME}
    for i, s in enumerate(slides, 1):
        parts[f"ppt/slides/slide{i}.xml"] = s.xml()
        parts[f"ppt/slides/_rels/slide{i}.xml.rels"] = rels([
            ("rId1", OFFICE_REL + "/slideLayout", "../slideLayouts/slideLayout1.xml")])
    parts["docProps/core.xml"] = core_props(title, author, when)
    parts["docProps/app.xml"] = app_props("Microsoft Office PowerPoint")
    write_zip(path, parts)


# =============================================================================================== PPTX: highlight deck
# code, title on slide, SRO line, overall RAG, achieved, next, metrics, risks, decision
DECK = [
    ("A", "Urgent & Emergency Care", "SRO: Lorna Beckwith  |  Clinical lead: Dr Priyanka Venkatesan  |  "
     "Programme manager: Callum Frostick", "AMBER",
     ["182 virtual ward beds open (target 180)", "Winter plan approved by SDB, 20 August"],
     ["Handover cohort area at CRI", "Revised Wenmouth UTC date to SDB"],
     ["Average ambulance handover: 41 minutes (August)", "A&E 4-hour: 74.2% (August)"],
     "Wenmouth UTC: electrical works delay the estates handover", "None this month"),
    ("B", "Primary Care & Community", "SRO: Dr Gwenllian Pryce  |  Clinical lead: Dr Oluwaseun Adebayo  |  "
     "Programme manager: Tamsin Rockliffe", "GREEN",
     ["139 of 142 practices live with online consultation", "Care navigation provider appointed"],
     ["Last three practices switched on 30 September", "Hopsley Marsh hub contractor mobilises"],
     ["Integrated neighbourhood teams live: 12 of 21 PCNs"],
     "Hub construction start depends on capital (BAF SR7)", "None"),
    ("C", "Mental Health, Learning Disability & Autism", "SRO: Marcus Oyelaran  |  Clinical lead: Dr Beatrix "
     "Holloway  |  Programme manager: Kofi Danquah", "RED",
     ["Crisis house lease signed", "Crisis line overnight rota 90% filled"],
     ["24/7 crisis line from 19 October", "CQC registration for the crisis house"],
     ["Out-of-area placements: 9 at end August (target 0)", "Crisis line calls answered within 60 seconds: 87%"],
     "Out-of-area placements not reducing", "Approve spot purchase of two local beds"),
    ("D", "Elective Care & Diagnostics", "SRO: Fenella Dunstable  |  Clinical lead: Mr Rashid Qadri  |  "
     "Programme manager: Imogen Thorley", "AMBER",
     ["Second MRI scanner installed at Caldergate CDC", "Weekend insourcing lists in orthopaedics"],
     ["MRI go-live 30/09/26", "GIRFT assessment visit (Q3)"],
     ["Patients waiting over 65 weeks: 14 (end August)"],
     "Orthopaedic capacity for the last 14 long waiters", "None"),
    ("E", "Cancer", "SRO: Prof. Adaeze Whitcombe  |  Clinical lead: Dr Cormac Flaherty  |  Programme manager: "
     "Lydia Strand", "GREEN",
     ["Lung screening: 4,120 scans since April", "Prostate pathway redesign signed off"],
     ["Mobile lung screening unit to Hopsley Marsh from 12 October"],
     ["Faster Diagnosis Standard: 76.8% (July), target 80% by March 2027"],
     "Histopathology turnaround times", "None"),
    ("F", "Healthy Ageing & Frailty (formerly Ageing Well)", "SRO: Nerys Fairweather  |  Clinical lead: Dr Tobias "
     "Lindgren  |  Programme manager: Bronwen Ashdown", "GREEN",
     ["Frailty SDEC at CRI open seven days a week since 3 August", "Falls response live in Caldergate and Wenmouth"],
     ["Falls response in Hopsley Marsh care homes"],
     ["Falls response call-outs since April: 2,310", "Conveyances to hospital avoided: 71%"],
     "Rural response times in Hopsley Marsh", "None"),
    ("G", "Digital & Data", "SRO: Kwabena Asamoah  |  Programme manager: Ravi Chaudhry", "AMBER",
     ["EPR convergence options appraisal complete", "Caldergate City Council data sharing agreement signed"],
     ["Wenmouth & Hopsley DC agreement", "Technical integration testing"],
     ["Clinicians viewing the shared care record each month: 5,480"],
     "Shared care record go-live (30 November) depends on the second council agreement",
     "Clinical safety sign-off to be arranged through the CCIO"),
    ("H", "Workforce & Productivity", "SRO: Shirin Barakzai  |  Programme manager: Heledd Morgan", "AMBER",
     ["Collaborative bank business case approved", "Stay conversations launched in two trusts"],
     ["Bank go-live planning", "Retention trajectory to SDB"],
     ["Agency spend: 3.4% of pay bill (August), ceiling 3.0%", "12-month stability rate: 86.1% (August)"],
     "Agency use in the Wenmouth emergency department", "None"),
]


def deck(path: Path) -> None:
    slides = []
    s = Slide()
    s.box(60, 150, 840, 80, ["Transformation Portfolio Highlight Report"], 36, True)
    s.box(60, 240, 840, 60, ["September 2026 (reporting period 6)", "System Delivery Board, 15 October 2026"], 18)
    s.box(60, 440, 840, 40, [f"{ICS} Integrated Care System  |  Transformation PMO"], 12)
    slides.append(s)
    s = Slide()
    s.box(30, 20, 900, 40, ["Portfolio summary: overall status by programme"], 24, True)
    rows = [["Programme", "SRO", "Overall", "Trend", "Headline"]]
    trends = {"A": "Steady", "B": "Improving", "C": "Worsening", "D": "Steady", "E": "Improving", "F": "Steady",
              "G": "Worsening", "H": "Steady"}
    heads = {"A": "Virtual wards at target; UTC date slipping", "B": "Online consultation nearly complete",
             "C": "Out-of-area placements off track", "D": "65-week waits not cleared by 30/09/26",
             "E": "Lung screening extends to Hopsley Marsh", "F": "Seven-day frailty SDEC delivered",
             "G": "Shared care record go-live at risk", "H": "Agency spend above ceiling"}
    for code, title, people, rag, *_ in DECK:
        sro = people.split("|")[0].replace("SRO:", "").strip()
        rows.append([f"{code}  {title.split(' (')[0]}", sro, rag.capitalize(), trends[code], heads[code]])
    s.table(30, 70, [230, 150, 60, 80, 370], rows, size=11, row_h=40)
    slides.append(s)
    for code, title, people, rag, achieved, nxt, metrics, risk, decision in DECK:
        s = Slide()
        s.box(30, 15, 760, 40, [f"Programme {code}: {title}"], 24, True)
        colour = {"GREEN": "009639", "AMBER": "FFB81C", "RED": "DA291C"}[rag]
        s.box(800, 15, 130, 40, [f"Overall: {rag}"], 16, True, fill=colour, name="RAG")
        s.box(30, 60, 900, 26, [people], 12)
        s.table(30, 95, [450, 450], [["Achieved this period", "Planned next period"],
                                     ["\n".join(achieved), "\n".join(nxt)]], size=12, row_h=60)
        s.box(30, 240, 440, 150, ["Key metrics"] + metrics, 12)
        s.box(490, 240, 440, 150, ["Top risk / issue", risk, "", "Decision needed from SDB", decision], 12)
        s.box(30, 510, 900, 20, ["Source: programme highlight report to the PMO, 2 October 2026"], 9)
        slides.append(s)
    write_pptx(path, slides, "Portfolio Highlight Report September 2026", "C&W Transformation PMO",
               "2026-10-02T12:00:00Z")


# =============================================================================================== MD: minutes
MINUTES = """\
# Caldergate & Wenmouth System Delivery Board

**Minutes of the meeting held on Thursday 17 September 2026, 10:00 to 12:30, Wenmouth Civic Centre (Room 2)**

Status: approved at the meeting of 15 October 2026 (draft circulated 22/09/26)

## Attendance

| Name | Initials | Role |
|---|---|---|
| **Present** | | |
| Dr Elspeth Marwood | EM | Chief Executive, C&W ICB (Chair) |
| Ifeoma Castellanos | IC | Interim Chief Finance Officer, C&W ICB |
| Comfort Mensah-Lyle | CML | Chief Nursing Officer, C&W ICB |
| Shirin Barakzai | SB | Chief People Officer, C&W ICB (SRO, Programme H) |
| Dr Gwenllian Pryce | GPr | Director of Primary Care & Community Services (SRO, Programme B) |
| Marcus Oyelaran | MO | Director of Mental Health Commissioning (SRO, Programme C) |
| Fenella Dunstable | FD | Director of Elective Recovery, CRI (SRO, Programme D) |
| Prof. Adaeze Whitcombe | AW | Managing Director, North Wenn Cancer Alliance (SRO, Programme E) |
| Nerys Fairweather | NF | Director of Adult Social Care, Caldergate City Council (SRO, Programme F) |
| Kwabena Asamoah | KA | Chief Digital & Information Officer (SRO, Programme G) |
| **In attendance** | | |
| Desmond Achterberg | DA | Deputy Chief Operating Officer, CRI (for Lorna Beckwith) |
| Anwen Treharne | AT | Head of Transformation PMO |
| Jonah Birtwhistle | JB | Head of Business Intelligence, C&W ICB |
| Jaswinder Bains | JBa | Head of Communications & Engagement, C&W ICB |
| Callum Frostick | CF | Programme Manager, Urgent & Emergency Care (item 3) |
| Poppy Larkin | PL | Board Secretary (minutes) |
| **Apologies** | | |
| Lorna Beckwith | LB | Chief Operating Officer, CRI (SRO, Programme A) |
| Dr Priyanka Venkatesan | PV | Clinical Lead, Urgent & Emergency Care |

## 1. Welcome, apologies and declarations of interest

EM welcomed members and noted the apologies above. No new declarations of interest were made.

## 2. Minutes of 20 August 2026 and action log

The minutes were agreed. Actions A26/24 to A26/29 are closed. Action A26/30 (Hopsley Marsh hub capital) is
carried forward to October.

## 3. Urgent & Emergency Care: winter readiness (Programme A)

DA presented the winter readiness update on behalf of Lorna Beckwith. 182 virtual ward beds are open against a
target of 180. Average ambulance handover time at CRI was 41 minutes in August. The Wenmouth Urgent Treatment
Centre is at risk: the electrical works have delayed the estates handover, and the planned opening on 2 November
may not hold.

**Action A26/31** - DA to bring a revised opening date for the Wenmouth UTC, with interim arrangements for the
minor injuries service. Due: 15/10/26.

## 4. Finance and efficiency at Month 5

IC reported that £14.2m of the £38.9m efficiency plan had been delivered by Month 5. The forecast shortfall for
the year is £6.3m, most of it in Workforce & Productivity (£1.9m) and Elective Care & Diagnostics (£1.5m).

**Action A26/32** - IC to circulate recovery options for the forecast shortfall. Due: w/c 28 September.

## 5. Healthy Ageing & Frailty (Programme F)

NF confirmed that the programme formerly called Ageing Well has used its new name since 1 July 2026, following
the Board's decision of 25 June. The seven-day frailty same-day emergency care service at CRI started on
3 August. Falls response now covers care homes in Caldergate and Wenmouth; Hopsley Marsh follows by December.

## 6. Elective recovery (Programme D)

FD reported 14 patients waiting over 65 weeks at the end of August, mostly in orthopaedics. The target of none by
30 September 2026 remains red.

**Action A26/33** - FD to report the position on 65-week waits at 30 September to the next meeting. Due: 15/10/26.

## 7. National priorities coverage (Appendix C, Table 3)

AT presented the coverage grid. The Board noted that every national priority has at least one contributing
programme, but no programme is the lead for priority 9 (quality & safety: maternity and patient safety).

**Action A26/34** - CML to propose how priority 9 will be led and reported. Due: 15/10/26.

## 8. Communications and business intelligence

JBa outlined the winter communications plan for staff and the public. JB reported that the monthly programme
dashboard now draws directly on the tracker.

**Action A26/35** - JBa to draft the staff briefing on winter vaccination and the UEC changes. Due: 30/09/26.

**Action A26/36** - JB to publish the September dashboard on the ICB intranet. Due: 25/09/26.

## 9. Any other business and date of next meeting

No other business. The next meeting will be held on Thursday 15 October 2026, 10:00, at Coldharbour House,
Caldergate.

## Action log (new actions)

| No. | Action | Owner | Due |
|---|---|---|---|
| A26/31 | Revised Wenmouth UTC opening date and interim arrangements | DA | 15/10/26 |
| A26/32 | Recovery options for the forecast efficiency shortfall | IC | w/c 28/09/26 |
| A26/33 | 65-week waits position at 30 September | FD | 15/10/26 |
| A26/34 | Proposal for leading national priority 9 | CML | 15/10/26 |
| A26/35 | Staff briefing: winter vaccination and UEC changes | JBa | 30/09/26 |
| A26/36 | Publish September dashboard on the intranet | JB | 25/09/26 |
"""

# =============================================================================================== TXT: email
EMAIL = """\
From: Callum Frostick <callum.frostick@nhs.net>
Sent: Friday, 2 October 2026 16:42
To: UEC Programme Board members
Cc: Anwen Treharne; Desmond Achterberg; Lorna Beckwith
Subject: UEC programme update: SRO change from 5 October and new Wenmouth UTC opening date

Dear all,

Two changes to note before the System Delivery Board on 15 October.

1. SRO for Urgent & Emergency Care

Lorna Beckwith takes up the role of Interim Chief Executive of Caldergate Royal Infirmary on
Monday 5 October 2026. From that date Desmond Achterberg, Deputy Chief Operating Officer, is
acting SRO for the Urgent & Emergency Care programme until a substantive Chief Operating Officer
is appointed. Lorna remains SRO until close of business today. Please send programme papers,
escalations and sign-off requests to Desmond from Monday.

2. Wenmouth Urgent Treatment Centre

The electrical works have delayed the estates handover by about eight weeks, so the opening
date moves from 2 November 2026 to Monday 11 January 2027. Until then the minor injuries service
at Wenmouth Community Hospital stays open 08:00-20:00, seven days a week. The revised date goes
to the SDB on 15 October for noting (action A26/31) and the tracker will be updated in October.

Other headlines

- Virtual wards: 182 beds open; average occupancy 71% in September (129 beds a day).
- Ambulance handovers at CRI: average 38 minutes in September, down from 41 in August.
- Handover cohort area: opens 31 October 2026 as planned.
- Winter communications: Jaswinder Bains is drafting the staff briefing.

Any questions about this update, please contact me on 01632 960418 or by reply.

Kind regards

Callum Frostick
Programme Manager, Urgent & Emergency Care
Caldergate & Wenmouth ICS Transformation PMO
"""


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    baf(OUT / BAF_PDF)
    coverage_grid(OUT / GRID_PDF)
    delivery_plan(OUT / PLAN_DOCX)
    tracker(OUT / TRACKER_XLSX)
    deck(OUT / DECK_PPTX)
    (OUT / MINUTES_MD).write_text(MINUTES, encoding="utf-8")
    (OUT / EMAIL_TXT).write_text(EMAIL, encoding="utf-8")
    for p in sorted(OUT.iterdir()):
        print(f"{p.stat().st_size:>8}  {p.name}")


if __name__ == "__main__":
    main()
