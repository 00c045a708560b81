"""Write questions.jsonl for the Corriford & Lowenby STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units in the shared bank_tools' terms (PDF pages, docx body blocks, pptx
slides, xlsx rows on a named sheet, text lines), and the first alternative of every gold group must be in that
window. Facts that need a step of reasoning are worked out again here from the generated files themselves (with
pypdf, python-docx, openpyxl and python-pptx), not taken from make_papers.py:
  - the award paper's evaluation scores are re-added (sections to the quality subtotal, quality and price to the
    total), the top IM&T score found, bidder letters and evaluator initials resolved through the appendices;
  - the senate panel's attendance marks are paired with their names;
  - the comms engagement grid is read by cell position (a code's month is its column), the team table and the
    handover give the engagement lead before and after 1 March 2017;
  - the workforce must-do sheet is read by column (a priority is its column under the merged heading), the
    Changes sheet is applied over the Schemes sheet from its effective dates;
  - the readiness checklist's statuses and owners are read from the pptx table cells, owners resolved on the
    Who's who slide;
  - the audit's responsible officers (posts) are resolved through the distribution list;
  - every relative window is checked over every dated row of its scope (all date forms parsed to periods) to hold
    exactly its gold item, with nothing partly overlapping.
Unanswerable facts are checked for absence over every paper. Each chat phrasing names its one typo, which must be
there once, be a word no paper uses and no other fact's typo. A failed check stops the script before it writes.

usage: ../../../.venv/bin/python make_questions.py
"""

import json
import re
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/questions/bank_tools.py
import bank_tools  # noqa: E402
from bank_tools import md, norm, on  # noqa: E402

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
AWARD = "01_CL_STP_IUC_Contract_Award_Recommendation_JCC_23Feb2017.pdf"
SENATE = "02_Marchland_Clinical_Senate_Stroke_Review_9Jan2017.pdf"
COMMS = "03_CL_STP_Comms_and_Engagement_Plan_v0.4_Feb2017.docx"
WF = "04_CL_STP_Workforce_Plan_LWAB_v1.2_Feb2017.xlsx"
READY = "05_CL_STP_GoLive_Readiness_Delivery_Group_8Mar2017.pptx"
AUDIT = "06_Westfell_Internal_Audit_STP_Governance_Final_27Feb2017.md"
U = bank_tools.all_units(PAPERS)
assert sorted(U) == sorted([AWARD, SENATE, COMMS, WF, READY, AUDIT]), sorted(U)
EVERYTHING = bank_tools.everything(U)
WORDS = set(re.findall(r"[a-z0-9']+", EVERYTHING))
ITEMS, TYPOS = [], {}
PHRASINGS = ("formal", "chat", "indirect")
OWNER, MILESTONE, MUSTDO, FACT, NONE = "owner", "milestone", "mustdo", "fact", "unanswerable"


def alts(*forms):
    out, seen = [], set()
    for f in forms:
        if norm(f) not in seen:
            seen.add(norm(f))
            out.append(f)
    return out


def person(surname):
    return alts(surname, surname.replace("-", " ")) if "-" in surname else [surname]


def mdx(n, *first, drop=("Primary care", "UEC")):
    """Gold for must-do n: the paper's wording first, then bank_tools.md renderings less any that an answer would
    contain anyway (a programme called Urgent & Emergency Care, say)."""
    return alts(*first, *[f for f in md(n) if f not in drop])


def cite(file, anchor, until=None, sheet=None, where=""):
    return bank_tools.cite(U, file, anchor, until, sheet, where)


def pages(file, first, last=None, where=""):
    last = last or first
    text = norm("\n".join(U[file][k] for k in range(first, last + 1)))
    return {"file": file, "lines": [first, last], "where": where}, text


def absent(*phrases):
    for phrase in phrases:
        assert norm(phrase) not in EVERYTHING, f"{phrase!r} is in the papers"


def ask(fid, kind, shape, gold, cited, questions, typo, as_of=None):
    """One fact asked three ways (formal, chat, indirect); `typo` is the one misspelt word of the chat phrasing."""
    source, text = cited
    for group in gold:
        assert norm(group[0]) in text, f"{fid}: {group[0]!r} not in {source['file']} {source['lines']}"
        assert len({norm(g) for g in group}) == len(group), f"{fid}: duplicate alternatives {group}"
    assert (kind == NONE) == (not gold), fid
    assert len(questions) == 3 and len(set(questions)) == 3, fid
    tokens = re.findall(r"[a-z0-9']+", questions[1].lower())
    assert tokens.count(typo) == 1, f"{fid}: typo {typo!r} not once in the chat phrasing"
    assert typo not in WORDS, f"{fid}: typo {typo!r} is a word the papers use"
    for other in (questions[0], questions[2]):
        assert typo not in re.findall(r"[a-z0-9']+", other.lower()), f"{fid}: typo also in another phrasing"
    assert fid not in TYPOS and typo not in TYPOS.values(), f"{fid}: fact or typo used twice"
    TYPOS[fid] = typo
    for phrasing, question in zip(PHRASINGS, questions):
        ITEMS.append({"id": f"as-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"as-{fid}", "phrasing": phrasing, "shape": shape})


# ---------------------------------------------------------------------------------------------------------------
# Periods: every date form the papers use, as (start, end) dates; relative or unknown forms give none
# ---------------------------------------------------------------------------------------------------------------
MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                      "dec"], 1)}
MON = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"


def month_end(y, m):
    return date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)


def periods(text):
    t = norm(text)
    t = re.sub(r"\b\d+ weeks? before go-live", " ", t)  # relative to another event: no date of its own
    out = []

    def take(pattern, make):
        nonlocal t
        for m in re.finditer(pattern, t):
            out.append(make(m))
        t = re.sub(pattern, " ", t)

    g = lambda m, i: m.group(i)  # noqa: E731
    mo = lambda s: MONTHS[s[:3]]  # noqa: E731
    take(r"w/c (\d{1,2}) " + MON + r" - w/c (\d{1,2}) " + MON + r" (\d{4})",
         lambda m: (date(int(g(m, 5)), mo(g(m, 2)), int(g(m, 1))),
                    date(int(g(m, 5)), mo(g(m, 4)), int(g(m, 3))) + timedelta(days=6)))
    take(r"\b" + MON + r"-" + MON + r" (\d{4})",
         lambda m: (date(int(g(m, 3)), mo(g(m, 1)), 1), month_end(int(g(m, 3)), mo(g(m, 2)))))
    take(r"w/c (\d{1,2}) " + MON + r" (\d{4})",
         lambda m: (date(int(g(m, 3)), mo(g(m, 2)), int(g(m, 1))),
                    date(int(g(m, 3)), mo(g(m, 2)), int(g(m, 1))) + timedelta(days=6)))
    take(r"mid-" + MON + r" (\d{4})", lambda m: (date(int(g(m, 2)), mo(g(m, 1)), 11),
                                                   date(int(g(m, 2)), mo(g(m, 1)), 20)))
    take(r"end of " + MON + r" (\d{4})", lambda m: (month_end(int(g(m, 2)), mo(g(m, 1))) - timedelta(days=6),
                                                     month_end(int(g(m, 2)), mo(g(m, 1)))))
    take(r"\b(\d{1,2}) " + MON + r" (\d{4})", lambda m: (date(int(g(m, 3)), mo(g(m, 2)), int(g(m, 1))),) * 2)
    take(r"\b(\d{2})\.(\d{2})\.(\d{2})\b", lambda m: (date(2000 + int(g(m, 3)), int(g(m, 2)), int(g(m, 1))),) * 2)
    take(r"\b(\d{2})/(\d{2})/(\d{4})\b", lambda m: (date(int(g(m, 3)), int(g(m, 2)), int(g(m, 1))),) * 2)

    def quarter(q, y):
        sm = [4, 7, 10, 1][q - 1]
        sy = y + (q == 4)
        return date(sy, sm, 1), month_end(sy, sm + 2)

    take(r"\bq([1-4]) (\d{4})/\d{2}\b", lambda m: quarter(int(g(m, 1)), int(g(m, 2))))
    take(r"\bq([1-4]) (\d{2})/\d{2}\b", lambda m: quarter(int(g(m, 1)), 2000 + int(g(m, 2))))
    seasons = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11)}

    def season(m):
        s, y = g(m, 1), int(g(m, 2))
        if s == "winter":
            return date(y, 12, 1), month_end(y + 1, 2)
        a, b = seasons[s]
        return date(y, a, 1), month_end(y, b)

    take(r"\b(winter|spring|summer|autumn) (\d{4})(?:/\d{2})?", season)
    take(r"\b" + MON + r" (\d{4})", lambda m: (date(int(g(m, 2)), mo(g(m, 1)), 1), month_end(int(g(m, 2)),
                                                                                           mo(g(m, 1)))))
    take(r"\b" + MON + r"-(\d{2})\b", lambda m: (date(2000 + int(g(m, 2)), mo(g(m, 1)), 1),
                                                 month_end(2000 + int(g(m, 2)), mo(g(m, 1)))))
    left = re.sub(r"[^a-z0-9]+", " ", t).strip()
    assert not re.search(r"\d", left), (text, left)  # every number was part of a date form
    return out


assert periods("w/c 20 February – w/c 13 March 2017") == [(date(2017, 2, 20), date(2017, 3, 19))]
assert periods("Q2 17/18") == [(date(2017, 7, 1), date(2017, 9, 30))]
assert periods("Winter 2017/18") == [(date(2017, 12, 1), date(2018, 2, 28))]
assert periods("by 06.03.17") == [(date(2017, 3, 6), date(2017, 3, 6))]
assert periods("Held 19 January 2017; again June 2017") == [(date(2017, 1, 19),) * 2,
                                                           (date(2017, 6, 1), date(2017, 6, 30))]
assert periods("tbc") == [] and periods("2 weeks before go-live") == [] and periods("Done") == []


def window(rows, start, end):
    """(keys with a period inside [start, end], keys with a period only partly overlapping it)."""
    inside, partial = set(), set()
    for key, text in rows.items():
        for a, b in periods(text):
            if start <= a and b <= end:
                inside.add(key)
            elif a <= end and b >= start:
                partial.add(key)
    return inside, partial - inside


# ---------------------------------------------------------------------------------------------------------------
# Re-derivations, file by file
# ---------------------------------------------------------------------------------------------------------------
# 01 award paper (pypdf text)
AW = {k: v for k, v in U[AWARD].items()}
SCORES = {}
for letter, nums in re.findall(r"Bidder ([ABC])\n((?:[\d.]+\n){8}\d)", AW[2]):
    SCORES[letter] = [float(x) for x in nums.split()]
assert sorted(SCORES) == ["A", "B", "C"], SCORES
for letter, v in SCORES.items():
    assert round(sum(v[:5]), 1) == v[5] and round(v[5] + v[6], 1) == v[7], (letter, v)
assert max(SCORES, key=lambda b: SCORES[b][7]) == "B" and SCORES["B"][7] == 82.3
assert max(SCORES, key=lambda b: SCORES[b][3]) == "C"  # IM&T is the fourth section
assert sorted(SCORES, key=lambda b: -SCORES[b][3])[1] != "C"  # and no tie
INITIALS = dict(re.findall(r"^([A-Z]{2,3})\n([A-Z][^\n]+)$", AW[4], re.M))
assert INITIALS["AV"] == "Alun Vickery" and INITIALS["GL"] == "Gareth Lindqvist", INITIALS
assert re.search(r"^IM&T\n10%\nAV$", AW[2], re.M)
assert re.search(r"^B\nVale Doctors Urgent Care CIC$", AW[4], re.M)
assert re.search(r"^C\nMedCall 24 Ltd$", AW[4], re.M)
assert "11\nService commencement\n1 July 2017\n1 October 2017" in AW[2]
AWARD_MD = dict(re.findall(r"^(\d)\n[^\n]+\n((?:No direct contribution|Direct|Clinical|Part)[^\n]*)$", AW[3], re.M))
assert sorted(AWARD_MD) == [str(n) for n in range(1, 10)], AWARD_MD
assert [n for n, c in AWARD_MD.items() if not c.startswith("No direct")] == ["3", "4"]

# 02 senate (pypdf text): the two marks after each name's organisation
SE2 = U[SENATE][2]
panel = SE2[SE2.index("Site visit"):SE2.index("3. Findings")]
marks = re.findall(r"(✓ \(video\)|✓|✗)", panel)
assert len(marks) == 14, marks
names = ["Halloran", "Asante-Boateng", "Pemberton", "Truscott", "Ogunleye", "Fairweather", "Venn"]
assert all(panel.index(names[i]) < panel.index(names[i + 1]) for i in range(6))
SITE_VISIT = dict(zip(names, marks[1::2]))
assert [n for n, m in SITE_VISIT.items() if m == "✗"] == ["Asante-Boateng"], SITE_VISIT

# 03 comms plan (python-docx tables by position)
import docx  # noqa: E402

CD = docx.Document(str(PAPERS / COMMS))
T_TEAM, T_GRID, T_ACT, T_MD = CD.tables[1], CD.tables[2], CD.tables[3], CD.tables[4]
assert [c.text for c in T_GRID.rows[1].cells][1:] == ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
GRID = {row.cells[0].text: {T_GRID.rows[1].cells[j].text: row.cells[j].text for j in range(1, 7)}
        for row in T_GRID.rows[2:]}
months_with = lambda aud, code: [m for m, v in GRID[aud].items() if code in [x.strip() for x in v.split(",")]]  # noqa
assert months_with("Healthwatch & voluntary sector", "WS") == ["Feb", "Apr"]
assert sum(code == "WS" for v in GRID.values() for cell in v.values() for code in cell.split(", ")) == 2
TEAM = {r.cells[0].text: (r.cells[1].text, r.cells[2].text) for r in T_TEAM.rows[1:]}
assert "to 28 February 2017" in TEAM["LB"][1] and "from 1 March 2017" in TEAM["KM"][1]
ACTS = {r.cells[0].text: r.cells[4].text for r in T_ACT.rows[1:]}
ACT_NAME = {r.cells[0].text: r.cells[1].text for r in T_ACT.rows[1:]}
assert window(ACTS, date(2017, 2, 6), date(2017, 2, 12)) == ({"A2"}, set())
CARRIED = {r.cells[0].text: r.cells[3].text for r in T_MD.rows[1:]}
assert [n for n, c in CARRIED.items() if c in ("—", "", "-")] == ["8"], CARRIED
assert CARRIED["5"] == "P4 Planned Care & Cancer"

# 04 workforce (openpyxl by column)
from openpyxl import load_workbook  # noqa: E402

WB = load_workbook(str(PAPERS / WF))
MDW = WB["Must-do WTE"]
PCOLS = {MDW.cell(row=4, column=j).value: j for j in range(3, 9)}
assert list(PCOLS) == ["P1", "P2", "P3", "P4", "P5", "P6"] and MDW["C3"].value == "STP priority"
MDROWS = {MDW.cell(row=r, column=1).value: r for r in range(5, 14)}
cellv = lambda n, p: MDW.cell(row=MDROWS[n], column=PCOLS[p]).value  # noqa: E731
assert [n for n in range(1, 10) if cellv(n, "P2")] == [3, 4, 7]
assert cellv(4, "P3") == 38.5
assert [(n, p) for n in range(1, 10) for p in PCOLS if (cellv(n, p) or 0) < 0] == [(2, "P6")] and cellv(2, "P6") == -45
WTE = WB["WTE by staff group"]
assert WTE["B4"].value == "Acute" and WTE["D5"].value == "Change" and WTE["A7"].value.startswith("Registered nursing")
assert WTE["D7"].value == WTE["C7"].value - WTE["B7"].value == -72
SCH = WB["Schemes"]
SCHEMES = {SCH.cell(row=r, column=1).value: {SCH.cell(row=3, column=j).value: SCH.cell(row=r, column=j).value
                                               for j in range(1, 10)} for r in range(4, SCH.max_row + 1)}
CONTACTS = {r[0].value: r[1].value for r in WB["Contacts"].iter_rows(min_row=2)}
assert CONTACTS[SCHEMES["WF01"]["Lead"]] == "Dr Gwen Tolley"
DUE = {ref: (v["Due"].strftime("%d/%m/%Y") if hasattr(v["Due"], "strftime") else v["Due"])
       for ref, v in SCHEMES.items()}
LEAD = {ref: [(date(2016, 4, 1), v["Lead"])] for ref, v in SCHEMES.items()}
for row in WB["Changes"].iter_rows(min_row=4, values_only=True):
    agreed, ref, field, was, now, eff, reason = row
    if field == "Due":
        assert DUE[ref] == was
        DUE[ref] = now
    elif field == "Lead":
        assert LEAD[ref][-1][1] == was
        LEAD[ref].append((eff.date(), now))
assert DUE["WF01"] == "Jan 2018 intake" and DUE["WF08"] == "Q3 17/18"
lead_on = lambda ref, d: [who for since, who in LEAD[ref] if since <= d][-1]  # noqa: E731
assert CONTACTS[lead_on("WF04", date(2017, 4, 10))] == "Simon Oduya"
assert CONTACTS[lead_on("WF04", date(2017, 3, 1))] == "Bernadette Kinsella"
assert window(DUE, date(2017, 4, 1), date(2017, 4, 30)) == ({"WF07"}, set())
assert DUE["WF03"] == "05/06/2017" and DUE["WF06"] == "Autumn 2017"

# 05 readiness deck (python-pptx table cells)
from pptx import Presentation  # noqa: E402

DECK = Presentation(str(PAPERS / READY))


def slide_table(n):
    shape = [s for s in DECK.slides[n - 1].shapes if s.has_table][0]
    rows = [[c.text for c in r.cells] for r in shape.table.rows]
    return [dict(zip(rows[0], r)) for r in rows[1:]]


UTC = slide_table(3)
WHO = {r["Initials"]: r["Name"] for r in slide_table(5)}
assert [r["Ref"] for r in UTC if r["Status"].startswith("✗")] == ["1.1", "2.1"]
assert WHO[[r for r in UTC if r["Ref"] == "4.2"][0]["Owner"]] == "Dr Tessa Grange"
assert window({r["Ref"]: r["Due"] for r in UTC}, date(2017, 3, 20), date(2017, 3, 26)) == ({"1.1"}, set())
assert "78%" in [r for r in UTC if r["Ref"] == "1.1"][0]["Status"]

# 06 audit (text blocks)
AU = (PAPERS / AUDIT).read_text()
POSTS = dict(re.findall(r"^- (.+?): ([A-Z][a-z]+ [A-Z][a-z]+)$", AU, re.M))
BLOCKS = dict(re.findall(r"^### (\d\.\d) .*?\n(.*?)(?=^### |^## )", AU, re.M | re.S))
assert sorted(BLOCKS) == ["3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]
OFFICER = {k: re.search(r"Responsible officer: (.+)", v).group(1) for k, v in BLOCKS.items()}
IMPL = {k: re.search(r"Implementation date: (.+)", v).group(1) for k, v in BLOCKS.items()}


def post_holder(post):
    hits = [name for p_, name in POSTS.items() if p_ == post or p_.startswith(post + ",")]
    assert len(hits) == 1, (post, hits)
    return hits[0]


assert post_holder(OFFICER["3.2"]) == "Lynne Castleford"
OVERDUE = {k for k, v in IMPL.items() if max(b for a, b in periods(v)) < date(2017, 5, 10)}
assert OVERDUE == {"3.2"}, OVERDUE
exit_posts = re.search(r"attended by the (.+?)\. The", AU.replace("\n", " ")).group(1)
EXIT = [post_holder(p_.strip()) for p_ in re.split(r", the | and the ", exit_posts)]
assert EXIT == ["Owen Falstead", "Derek Quennell", "Lynne Castleford"], EXIT
assert re.findall(r"^- \[ \] (MD\d)", AU, re.M) == ["MD5", "MD8"] and "no agreed trajectory" in AU

# ---------------------------------------------------------------------------------------------------------------
# Owners
# ---------------------------------------------------------------------------------------------------------------
ask("own-iuc-sponsor", OWNER, "role-holder", [person("Marsh-Dwyer")],
    cite(AWARD, "Executive sponsor", where="cover table: executive sponsor"),
    ["Who is the executive sponsor of the Integrated Urgent Care contract award?",
     "who's the exec sponsor / SRO on the IUC procurment?",
     "Which commissioning leader is accountable for the decision to buy the new combined 111 and clinical advice "
     "service?"], "procurment")
ask("own-imt-evaluator", OWNER, "initials-resolved", [["Vickery"]],
    pages(AWARD, 2, 4, where="Table 4 (IM&T: AV), Appendix A resolves AV"),
    ["Who evaluated the IM&T section of the Integrated Urgent Care bids?",
     "who marked the IM&T section of the IUC bids? want to ask about the scroing",
     "Who judged the information technology part of the bidders' submissions for the 111 service?"], "scroing")
ask("own-senate-panel-chair", OWNER, "role-holder", [["Halloran"]],
    pages(SENATE, 1, where="letter, first paragraph"),
    ["Who chaired the Clinical Senate's review panel on hyper-acute stroke services?",
     "who chaired the senate panel for the HASU reveiw?",
     "Which clinician led the independent experts who examined our plan to centralise emergency stroke care?"],
    "reveiw")
ask("own-senate-signatory", OWNER, "signatory", [["Oyelaran"]],
    pages(SENATE, 1, where="letter: signature block only"),
    ["Who signed the Clinical Senate's letter on the stroke review?",
     "who signed off the clinical senate lettr on stroke?",
     "Whose signature is on the independent clinical advisers' reply about stroke services?"], "lettr")
ask("own-engagement-before", OWNER, "changed-owner-before", [["Beckwith"]],
    cite(COMMS, "Laura Beckwith", "Handover: LB starts maternity leave",
         where="team table (LB to 28 February 2017) and handover paragraph"),
    ["Who is currently the engagement lead for the stroke consultation?",
     "who's c&e lead for the stroke consultation at the momnet?",
     "Who is organising the public involvement for the stroke proposals at present?"], "momnet",
    as_of="2017-02-15")
ask("own-engagement-after", OWNER, "changed-owner-after", [["Maddocks"]],
    cite(COMMS, "Laura Beckwith", "Handover: LB starts maternity leave",
         where="team table (KM from 1 March 2017) and handover paragraph"),
    ["Who is leading engagement on the stroke consultation as of now?",
     "who's running engagment on the stroke consultation now LB is off?",
     "Who is the current point of contact for involving the public in the stroke changes?"], "engagment",
    as_of="2017-03-20")
ask("own-pa-lead", OWNER, "initials-resolved", [["Tolley"]],
    cite(WF, "Dr Gwen Tolley", sheet="Contacts", where="Schemes row WF01 lead GT; Contacts sheet row GT"),
    ["Who leads the physician associate scheme in the workforce plan?",
     "who's lead for the PA scheme (WF01) on the LWAB plan? need them for the ED rota discusion",
     "Which doctor is in charge of bringing in the new graduate clinicians who work under doctors' supervision?"],
    "discusion")
ask("own-na-lead-now", OWNER, "changed-owner-after", [["Oduya"]],
    cite(WF, "WF04", sheet="Changes", where="Changes sheet: WF04 lead BK -> SO from 20/03/2017"),
    ["Who currently leads the nursing associate pilot?",
     "who's leading the NA pilot atm? heard BK's been secondd",
     "Who is currently in charge of the trial of the new role that sits between healthcare assistant and "
     "registered nurse?"], "secondd", as_of="2017-04-10")
ask("own-lwab-chair", OWNER, "role-holder", [["Petrakis"]],
    cite(WF, "Chair: Joanne Petrakis", sheet="Read me", where="Read me sheet, owner line"),
    ["Who chairs the Local Workforce Action Board?",
     "who chairs LWAB for C&L? want to get on the agnda",
     "Who presides over the group that plans the STP's staffing?"], "agnda")
ask("own-utc-escalation", OWNER, "initials-resolved", [["Grange"]],
    pages(READY, 3, 5, where="UTC checklist row 4.2 (owner TG), Who's who slide resolves TG"),
    ["Who owns the escalation and transfer protocol criterion on the Lowenby UTC readiness checklist?",
     "who owns the escalation/transfer protocol on the lowenby UTC checklst?",
     "Who is responsible for agreeing how patients at the new Lowenby walk-in centre get moved on to A&E or an "
     "ambulance when they need to?"], "checklst")
ask("own-audit-interests", OWNER, "post-resolved", [["Castleford"]],
    cite(AUDIT, "## Distribution", "Implementation date: 30 April 2017",
         where="finding 3.2 responsible officer (a post); distribution list names the post-holder"),
    ["Who is the responsible officer for the internal audit recommendation on a register of interests?",
     "who's on the hook for the register of interests action from the IA reprot?",
     "Which named person has to sort out a single list of board members' declared conflicts, following the "
     "auditors' review?"], "reprot")

# ---------------------------------------------------------------------------------------------------------------
# Milestones
# ---------------------------------------------------------------------------------------------------------------
ask("ms-iuc-start", MILESTONE, "moved-date", [on(1, 10, 2017, "1 October 2017")],
    pages(AWARD, 2, where="Table 2 stage 11: planned 1 July 2017, revised 1 October 2017"),
    ["When will the new Integrated Urgent Care service start?",
     "when does the new IUC / 111 CAS go live? i had july in my diarey",
     "From what date will the new combined 111 and clinical advice line begin taking patients?"], "diarey")
ask("ms-standstill-end", MILESTONE, "day", [on(6, 3, 2017, "6 March 2017")],
    pages(AWARD, 2, where="Table 2 stage 8: standstill period"),
    ["When does the standstill period for the Integrated Urgent Care contract award end?",
     "when's the IUC standstil over?",
     "Until what date can losing bidders for the 111 contract challenge the decision before the contract is "
     "signed?"], "standstil")
ask("ms-presentations", MILESTONE, "week-commencing", [["w/c 23 Jan 2017", "23 January 2017", "23 Jan 2017"]],
    pages(AWARD, 2, where="Table 2 stage 6: planned w/c 16 Jan 2017, actual w/c 23 Jan 2017"),
    ["When were the bidder presentations for the Integrated Urgent Care procurement held?",
     "when did the IUC bidder presentatons actually happen?",
     "In which week did the organisations competing for the 111 contract pitch to the panel?"], "presentatons")
ask("ms-site-visit", MILESTONE, "day", [on(29, 11, 2016, "29 November 2016")],
    pages(SENATE, 1, where="letter, first paragraph"),
    ["When did the Clinical Senate panel visit the hospitals for the stroke review?",
     "what date was the senate site vist for the stroke review?",
     "On what day did the independent stroke experts come to see the hospitals in person?"], "vist")
ask("ms-senate-c2", MILESTONE, "deadline",
    [["By end of Q1 2017/18", "end of Q1 2017/18", "Q1 2017/18", "30 June 2017", "June 2017"]],
    pages(SENATE, 3, where="section 4, condition C2 timescale"),
    ["By when must the Clinical Senate's condition on a 24/7 thrombectomy agreement be met?",
     "deadline for senate condition C2 (thrombectomy agreemnt)?",
     "By what point does the stroke programme need a signed deal with the specialist brain centre for "
     "round-the-clock clot retrieval?"], "agreemnt")
ask("ms-consult-start", MILESTONE, "moved-date", [on(13, 3, 2017, "13 March 2017")],
    cite(COMMS, "5.1 The consultation will run", "5.2 Change since v0.3",
         where="section 5: 13 March 2017, moved from 6 February 2017"),
    ["When does the public consultation on hyper-acute stroke services start?",
     "when does the HASU consultation kick off? wasn't it feb orginally",
     "From what date can the public start giving their views on the plan to centralise emergency stroke care?"],
    "orginally")
ask("ms-consult-close", MILESTONE, "day", [on(5, 6, 2017, "5 June 2017")],
    cite(COMMS, "5.1 The consultation will run", where="section 5.1"),
    ["When does the stroke public consultation close?",
     "closing date for the stroke consultation pls, need it for the newsleter",
     "What is the last day people can have their say on the stroke proposals?"], "newsleter")
ask("ms-comms-next-week", MILESTONE, "relative-window", [["Staff briefing pack", "briefing pack"]],
    cite(COMMS, "A2 | Staff briefing pack", where="activity plan A2, w/c 6 February 2017"),
    ["Which activity in the communications and engagement plan is due next week?",
     "what's due on the comms plan next wk? trying to plan my wrkload",
     "What is the comms team due to put out in the coming week?"], "wrkload", as_of="2017-02-01")
ask("ms-pa-intake", MILESTONE, "moved-date", [["Jan 2018 intake", "January 2018", "Jan 2018"]],
    cite(WF, "WF01", sheet="Changes", where="Changes sheet: WF01 due Sept 2017 intake -> Jan 2018 intake"),
    ["When will the first physician associates be in post under the workforce plan?",
     "when do the first PAs start? LWAB plan said sept, is that stil right?",
     "When will the first group of the new graduate clinicians who work under doctors' supervision arrive in acute "
     "medicine?"], "stil")
ask("ms-intl-nurses", MILESTONE, "day", [on(5, 6, 2017, "05/06/2017")],
    cite(WF, "WF03", sheet="Schemes", where="Schemes row WF03, Due (a date cell)"),
    ["When does the first cohort of international nurses arrive?",
     "when do the intl nurses land? first cohrt",
     "On what date are the first nurses recruited from overseas due to arrive?"], "cohrt")
ask("ms-wf-this-month", MILESTONE, "relative-window", [["Staff bank collaborative", "Collaborative bank", "bank"]],
    cite(WF, "WF07", sheet="Schemes", where="Schemes row WF07, w/c 3 April 2017"),
    ["Which workforce scheme milestone is due this month?",
     "anything on the LWAB schemes due this mnth?",
     "Which of the staffing projects has something due to happen within the current month?"], "mnth",
    as_of="2017-04-12")
ask("ms-academy", MILESTONE, "tbc-set", [["Q3 17/18", "Q3 2017/18", "October to December 2017", "Oct-Dec 2017"]],
    cite(WF, "WF08", sheet="Changes", where="Changes sheet: WF08 due tbc -> Q3 17/18"),
    ["When is the joint apprenticeship academy due to launch?",
     "when's the apprenticship academy launching? it said tbc last time",
     "When will the shared training school paid for by the payroll training tax open?"], "apprenticship")
ask("ms-iapt-recruit", MILESTONE, "season", [["Autumn 2017"]],
    cite(WF, "WF06", sheet="Schemes", where="Schemes row WF06"),
    ["When are the IAPT expansion trainees due to be recruited?",
     "when are the IAPT trainees being recuited?",
     "When will the extra talking-therapy staff be taken on?"], "recuited")
ask("ms-utc-golive", MILESTONE, "moved-date", [on(2, 5, 2017, "2 May 2017")],
    pages(READY, 2, where="summary slide: NO-GO for 3 April 2017, revised go-live 2 May 2017"),
    ["When will the Lowenby Urgent Treatment Centre go live?",
     "lowenby UTC go live date? thought it was 3 april, pls confrm",
     "When will the new walk-in urgent care centre in Lowenby open its doors?"], "confrm")
ask("ms-utc-this-week", MILESTONE, "relative-window", [["Rota filled to 90%", "rota"]],
    pages(READY, 3, where="UTC checklist row 1.1, due w/c 20 Mar 2017"),
    ["Which Lowenby UTC readiness item is due this week?",
     "what's due this wk on the UTC readyness list?",
     "What needs finishing this week to get the Lowenby walk-in centre ready to open?"], "readyness",
    as_of="2017-03-21")
ask("ms-audit-overdue", MILESTONE, "relative-window", [["register of interests"]],
    cite(AUDIT, "### 3.2", "Implementation date: 30 April 2017", where="finding 3.2, due 30 April 2017"),
    ["Which internal audit recommendations are now overdue?",
     "which IA actions are overdue? governance commitee asking",
     "Which of the auditors' agreed fixes has missed its deadline?"], "commitee", as_of="2017-05-10")

# ---------------------------------------------------------------------------------------------------------------
# Must-dos
# ---------------------------------------------------------------------------------------------------------------
UEC_WORDS = ("Primary care", "UEC", "Urgent & emergency care", "urgent and emergency care")
ask("md-iuc", MUSTDO, "mustdo-coverage",
    [mdx(3, "General practice", drop=UEC_WORDS), mdx(4, "A&E", "ambulance", drop=UEC_WORDS)],
    pages(AWARD, 3, where="Table 5: contributions to must-dos 3 and 4; the rest 'No direct contribution'"),
    ["Which national must-dos does the Integrated Urgent Care contract contribute to?",
     "which must dos does the IUC contract hit? for the JCC covr note",
     "Which of the nine national planning priorities will the new 111 and clinical advice contract help with?"],
    "covr")
ask("md-comms-gap", MUSTDO, "mustdo-gap", [mdx(8, "Learning disabilities")],
    cite(COMMS, "No. | National must-do", "8 | Transforming care", where="section 7 table, row 8"),
    ["Which national must-do has no public message in the communications and engagement plan?",
     "which must do has no key mesage in the c&e plan?",
     "Which of the nine national priorities will the comms team not be talking to the public about?"], "mesage")
ask("md-comms-rtt", MUSTDO, "mustdo-carrier", [["P4", "Planned Care & Cancer", "Planned Care and Cancer"]],
    cite(COMMS, "No. | National must-do", "5 | Referral to treatment", where="section 7 table, row 5"),
    ["Which STP priority carries the public message for must-do 5 (referral to treatment)?",
     "which priority owns the RTT / MD5 messaging in the comms plan? wrting the faq",
     "Which of our programmes speaks to the public about cutting the time people wait for non-urgent hospital "
     "treatment?"], "wrting")
ask("md-wf-p2", MUSTDO, "by-priority",
    [mdx(3, "general practice"), mdx(4, "A&E", "ambulance"), mdx(7, "Mental health")],
    cite(WF, "P1 | P2", "7 | Mental health", sheet="Must-do WTE",
         where="must-do sheet: P2 column (blank cells vanish from the row text)"),
    ["Which national must-dos does the Neighbourhood Care priority (P2) need additional workforce for?",
     "which MDs does P2 need extra WTE for in the workforce plan? doing the neighbourhood buisness case",
     "For which of the national priorities will the local community and GP teams programme need more staff?"],
    "buisness")
ask("md-wf-md4-p3", MUSTDO, "mustdo-cell", [["38.5"]],
    cite(WF, "P1 | P2", "4 | A&E", sheet="Must-do WTE", where="must-do sheet: row 4, P3 column"),
    ["How many additional WTE does the Urgent & Emergency Care priority need for must-do 4?",
     "how many extra WTE does P3 need for MD4 (A&E / ambulance)? for the LWAB retrun",
     "How many more full-time-equivalent staff does the urgent care programme need to hit the four-hour and "
     "ambulance standards?"], "retrun")
ask("md-wf-md2", MUSTDO, "mustdo-cell", [["P6", "Acute Services Sustainability"], ["-45", "45"]],
    cite(WF, "P1 | P2", "2 | Return to aggregate", sheet="Must-do WTE", where="must-do sheet: row 2, P6 column"),
    ["Under which priority does the workforce plan show a reduction in WTE for must-do 2 (financial balance), and "
     "by how much?",
     "for MD2 (fin balance) which priority takes WTE out and how many? agency/bank reducton",
     "Which programme is expected to cut temporary staffing to help balance the books, and by how many "
     "full-time posts?"], "reducton")
ask("md-audit-rtt", MUSTDO, "mustdo-gap", [mdx(5, "Referral to treatment")],
    cite(AUDIT, "2.3 We traced each must-do", "- [ ] MD5", where="section 2.3 check list: MD5 unticked"),
    ["Which must-do did internal audit find had a plan and a lead but no agreed trajectory?",
     "which must do had no trajectry in the IA report?",
     "For which national priority could the auditors find a plan and an owner but no agreed path of targets over "
     "time?"], "trajectry")

# ---------------------------------------------------------------------------------------------------------------
# Facts
# ---------------------------------------------------------------------------------------------------------------
ask("fact-bidder", FACT, "decision", [["Vale Doctors Urgent Care CIC", "Vale Doctors"]],
    pages(AWARD, 1, 4, where="recommendation 1.1 (Bidder B) and Appendix B (Bidder B's identity)"),
    ["Which provider is recommended for the Integrated Urgent Care contract?",
     "who's the preferred bidder for IUC? the actual provder name pls",
     "Which organisation is being chosen to run the new combined 111 and clinical advice service?"], "provder")
ask("fact-contract-value", FACT, "figure", [["£38.4m", "38.4"]],
    pages(AWARD, 1, where="Table 1: total contract value (initial term)"),
    ["What is the total value of the Integrated Urgent Care contract over its initial term?",
     "what's the IUC contract worth in total (5 yrs)? for the finace paper",
     "How much will the three CCGs pay in total for the new 111 and clinical advice service over its first five "
     "years?"], "finace")
ask("fact-preferred-score", FACT, "figure", [["82.3"]],
    pages(AWARD, 2, where="Table 3: Bidder B total"),
    ["What total evaluation score did the preferred bidder for Integrated Urgent Care achieve?",
     "what did bidder B score overal on the IUC eval?",
     "Out of 100, how well did the winning bid for the 111 service score?"], "overal")
ask("fact-imt-top", FACT, "comparison", [["Bidder C", "MedCall 24", "MedCall"]],
    pages(AWARD, 2, where="Table 3: IM&T column (C 8.0, A 7.5, B 7.0)"),
    ["Which bidder scored highest on IM&T in the Integrated Urgent Care evaluation?",
     "which bidder had the best IM&T score on IUC? suprised it wasn't B",
     "Whose bid for the 111 service was marked best on its computer systems?"], "suprised")
ask("fact-conflict", FACT, "declared-interest", [["Lindqvist"]],
    pages(AWARD, 3, 4, where="section 5 (GL) and Appendix A resolves GL"),
    ["Who declared a conflict of interest in the Integrated Urgent Care procurement?",
     "who declared an intrest on the IUC procurement?",
     "Which health service chief executive had to stay out of the 111 contract decision because his organisation "
     "was bidding?"], "intrest")
ask("fact-hasu-beds", FACT, "figure", [["24 beds", "24"]],
    pages(SENATE, 1, where="letter, second paragraph"),
    ["How many beds will the proposed hyper-acute stroke unit have?",
     "how many bedz in the new HASU?",
     "How big, in beds, is the planned single specialist unit for the first days after a stroke?"], "bedz")
ask("fact-asu-sites", FACT, "list", [["Lowenby District Hospital", "Lowenby District"],
                                     ["Brisley Sands Hospital", "Brisley Sands"]],
    pages(SENATE, 1, where="letter, second paragraph"),
    ["Which hospitals will keep acute stroke units under the proposed model?",
     "which sites keep an ASU under the HASU modle?",
     "Apart from the main centre, where will stroke patients continue their hospital care after the first few "
     "days?"], "modle")
ask("fact-senate-view", FACT, "decision", [["supports", "support"], ["three conditions", "3 conditions",
                                                                     "conditions"]],
    pages(SENATE, 1, where="letter, second paragraph"),
    ["What was the Clinical Senate's overall view of the hyper-acute stroke proposal?",
     "did the senate back the HASU proposal or not? any strings atached?",
     "Did the independent clinical advisers endorse the plan to centralise emergency stroke care, and on what "
     "terms?"], "atached")
ask("fact-site-visit-absent", FACT, "attendance", [person("Asante-Boateng")],
    pages(SENATE, 2, where="panel table: site visit column, the one ✗"),
    ["Which Clinical Senate panel member did not attend the site visit?",
     "who missed the senate site visit? (apologys)",
     "Which of the independent stroke experts didn't come on the hospital tour?"], "apologys")
ask("fact-consult-budget", FACT, "figure", [["£86,500", "86,500", "86500"]],
    cite(COMMS, "5.3 Budget", where="section 5.3"),
    ["What is the budget for the stroke public consultation?",
     "what's the budjet for the stroke consultation?",
     "How much money has been set aside to run the public's say on the stroke changes?"], "budjet")
ask("fact-hw-workshops", FACT, "grid-cell", [["Feb", "February"], ["Apr", "April"]],
    cite(COMMS, "Audience | Q4 2016/17", "Healthwatch & voluntary sector", where="engagement grid: WS cells by column"),
    ["In which months are workshops with Healthwatch and the voluntary sector planned?",
     "when are the healthwatch / VCS worksops in the c&e grid?",
     "In which months will the comms team run sessions with the patient watchdog and charity groups?"], "worksops")
ask("fact-acute-rn-change", FACT, "figure", [["-72", "72"]],
    cite(WF, "Staff group | Acute", "Registered nursing", sheet="WTE by staff group",
         where="WTE sheet: Acute band, Change column, registered nursing row"),
    ["By how much does the workforce plan change acute registered nursing and midwifery WTE between March 2016 and "
     "March 2019?",
     "acute RN & midwifery WTE change 16 to 19 in the workforce plan? going up or dwon?",
     "How many fewer or more qualified nurses and midwives, in full-time equivalents, will the big hospitals have "
     "in 2019 than in 2016?"], "dwon")
ask("fact-utc-not-ready", FACT, "list", [["Rota filled to 90%", "rota"],
                                         ["Second triage room", "triage room", "waiting area"]],
    pages(READY, 3, where="UTC checklist: the two ✗ rows (1.1, 2.1)"),
    ["Which Lowenby UTC readiness criteria were rated not ready?",
     "which UTC criteria were red / not redy at the review?",
     "What was holding back the opening of the Lowenby walk-in centre when it was reviewed in March?"], "redy")
ask("fact-rota-fill", FACT, "figure", [["78%"]],
    pages(READY, 3, where="UTC checklist row 1.1 status (also the key figures slide)"),
    ["What was the rota fill for the Lowenby UTC at the readiness review?",
     "what % of the UTC rota was fillled at the 8 march review?",
     "How much of the staffing schedule for the Lowenby walk-in centre had been covered when the go-live check was "
     "done?"], "fillled")
ask("fact-nct-wave1", FACT, "list", [["Corriford North"], ["Lowenby East"], ["Thackholme"]],
    pages(READY, 2, where="summary slide, second bullet"),
    ["Which neighbourhoods are in wave 1 of the Neighbourhood Care Teams?",
     "which neighbourhods are in NCT wave 1?",
     "Which areas get the new joined-up community teams first?"], "neighbourhods")
ask("fact-audit-opinion", FACT, "opinion", [["Limited assurance", "Limited"]],
    cite(AUDIT, "**Assurance opinion:**", where="header lines"),
    ["What assurance opinion did internal audit give on STP programme governance?",
     "what opinon did westfell give on STP governance?",
     "How confident were the auditors that the STP is being run properly?"], "opinon")
ask("fact-exit-meeting", FACT, "attendance", [["Falstead"], ["Quennell"], ["Castleford"]],
    cite(AUDIT, "## Distribution", "Director, the Chief Finance Officer",
         where="2.2 exit meeting attended by three posts; distribution list names them"),
    ["Who attended the internal audit exit meeting?",
     "who was at the IA exit meeting on 10 feb? need names not job titels",
     "Which named people sat down with the auditors to go through the draft findings?"], "titels")

# ---------------------------------------------------------------------------------------------------------------
# Unanswerable near-misses: each checked absent over every paper
# ---------------------------------------------------------------------------------------------------------------
absent("call volume", "calls a year", "calls per year", "calls each year")
assert not re.search(r"\bcalls\b", EVERYTHING)
ask("nm-call-volume", NONE, "near-miss", [],
    pages(AWARD, 1, where="Table 1 contract particulars give value and term, no volumes"),
    ["How many calls a year is the Integrated Urgent Care service expected to handle?",
     "how many calls/yr is IUC expected to take? modlling the CAS",
     "How much phone traffic is the new 111 service expected to deal with each year?"], "modlling")
absent("hasu will open", "hasu opens", "hasu opening", "open the hasu", "hasu go-live:", "hasu go-live date",
       "hasu will go live", "opening of the hasu")
assert [EVERYTHING[m.start() - 7:m.start()] for m in re.finditer("hasu go-live", EVERYTHING)] == \
    ["ths of ", "before "], "HASU go-live is only ever relative"
ask("nm-hasu-open", NONE, "near-miss", [],
    pages(SENATE, 3, where="conditions C3 and R5 are timed from HASU go-live, which no paper dates"),
    ["When will the hyper-acute stroke unit open?",
     "when does the HASU actualy open?",
     "When will the single specialist centre for emergency stroke care start taking patients?"], "actualy")
absent("capital", "build cost", "construction")
assert "£" not in norm("\n".join(U[SENATE].values()))
ask("nm-hasu-cost", NONE, "near-miss", [],
    pages(SENATE, 2, where="the proposal at a glance: beds and times, no costs"),
    ["What is the capital cost of the hyper-acute stroke unit?",
     "what's the capital cost of the HASU build? estates askin",
     "How much will it cost to build or convert the space for the central stroke unit?"], "askin")
absent("cllr", "councillor", "chair of the joint health", "scrutiny committee chair", "hosc chair", "jhosc",
       "chaired by cllr")
ask("nm-jhosc-chair", NONE, "near-miss", [],
    cite(COMMS, "A4 | Joint Health Overview", where="activity A4 names the committee, never its chair"),
    ["Who chairs the Joint Health Overview & Scrutiny Committee?",
     "who chairs the JHOSC? TA needs a nme for the briefing",
     "Which councillor leads the councils' joint panel that scrutinises the stroke plans?"], "nme")
absent("agency spend", "agency cap", "agency ceiling", "spend on agency", "agency costs")
assert "£" not in norm("\n".join(U[WF].values()))
ask("nm-agency-spend", NONE, "near-miss", [],
    cite(WF, "2 | Return to aggregate", sheet="Must-do WTE", where="agency reduction given in WTE only, no money"),
    ["How much does the STP spend on agency staff?",
     "what's our agncy spend across the STP? LWAB figure pls",
     "How much money goes on temporary staff supplied by outside firms?"], "agncy")
absent("attendances", "patients a day", "patients per day", "per day", "attendance figure")
assert "a day" not in norm("\n".join(U[READY].values()))
ask("nm-utc-attendances", NONE, "near-miss", [],
    pages(READY, 6, where="key figures: rota fill, opening hours, population; no activity"),
    ["How many patients a day is the Lowenby UTC expected to see?",
     "how many pts a day will lowenby UTC see? expected activty",
     "How busy is the new Lowenby walk-in centre expected to be each day?"], "activty")
absent("vice chair", "vice-chair", "deputy chair", "vice chairman")
ask("nm-vice-chair", NONE, "near-miss", [],
    cite(COMMS, "The Partnership Board approved it", where="the Partnership Board is named, no chair or vice chair"),
    ["Who is the vice chair of the STP Partnership Board?",
     "who's vice chair of the partnership bord?",
     "Who stands in for the person who runs the top STP board meetings?"], "bord")
absent("external audit", "external auditor")
ask("nm-external-auditor", NONE, "near-miss", [],
    cite(AUDIT, "**Client:**", "**Reviewed by:**", where="internal auditors only"),
    ["Who are NHS Corriford CCG's external auditors?",
     "who are the CCG's externl auditors?",
     "Which firm checks the host CCG's annual accounts?"], "externl")
practice_counts = re.findall(r"\b(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|all)\s+(?:gp\s+)?"
                             r"practices\b", EVERYTHING)
assert practice_counts == ["four"], practice_counts  # the WF09 pilot only
absent("gp practices in", "practices across", "practices in the footprint")
ask("nm-gp-practices", NONE, "near-miss", [],
    cite(WF, "WF09", sheet="Schemes", where="a pilot in four practices; the footprint's total is never given"),
    ["How many GP practices are there in the Corriford & Lowenby footprint?",
     "how many GP pratices are there across C&L?",
     "How many family doctor surgeries does the STP area have?"], "pratices")

# ---------------------------------------------------------------------------------------------------------------
# Final checks, then write
# ---------------------------------------------------------------------------------------------------------------
facts = {}
for item in ITEMS:
    facts.setdefault(item["fact"], []).append(item)
assert len(ITEMS) == 180, len(ITEMS)
assert len({i["id"] for i in ITEMS}) == 180 and len({i["question"] for i in ITEMS}) == 180
assert len(facts) == 60 and all(sorted(i["phrasing"] for i in v) == sorted(PHRASINGS) for v in facts.values())
unanswerable = [f for f, v in facts.items() if v[0]["expect_no_answer"]]
assert len(unanswerable) == 9 and len(facts) - len(unanswerable) == 51, len(unanswerable)
assert len(set(TYPOS.values())) == 60
RELATIVE = r"\b(next month|this month|this mnth|next week|next wk|this week|this wk|this quarter|overdue|currently|" \
           r"current|at present|now|atm|at the momnet|at the moment)\b"
for item in ITEMS:  # relative wording only with as_of
    rel = re.search(RELATIVE, item["question"].lower())
    assert not rel or item["as_of"] is not None, (item["id"], rel)
for fact, v in facts.items():  # as_of only where the answer depends on the date, and the same for all phrasings
    assert len({i["as_of"] for i in v}) == 1, fact
    if v[0]["as_of"]:
        assert v[0]["shape"] in ("relative-window", "changed-owner-before", "changed-owner-after"), fact
        assert any(re.search(RELATIVE, i["question"].lower()) for i in v), fact
tmp = HERE / "questions.jsonl.tmp"
tmp.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in ITEMS))
missing = bank_tools.check(tmp, PAPERS)
if missing:
    tmp.unlink()
    raise SystemExit(f"{missing} gold strings missing from their windows; nothing written")
tmp.replace(HERE / "questions.jsonl")
kinds, shapes = {}, {}
for v in facts.values():
    kinds[v[0]["kind"]] = kinds.get(v[0]["kind"], 0) + 1
    shapes[v[0]["shape"]] = shapes.get(v[0]["shape"], 0) + 1
print("facts", len(facts), "questions", len(ITEMS), kinds)
print(shapes)
