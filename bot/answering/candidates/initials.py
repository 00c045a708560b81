"""People a paper names by their initials ("Owner: BN") or by a code ("Budget holder: P022") and spells
out in a key of its own (a Contacts sheet: "BN | Bernadette Nwosu | Director of Mental Health
Commissioning"; a Lookups sheet: "P022 | Nkechi Obiora | Head of Imaging").

A tracker that writes owners as initials answers "who owns the crisis café?" only with the key beside
it: the answer gives the name with the initials, and cites the key's row, where the name is written."""

import json
import re

from bot.answering.candidates import Context, cite_cell
from bot.index.record_terms import rows_sharing
from bot.models import Citation
from bot.records.names import person_name

# "BN", and initials as keys write them for surnames of two parts or with a prefix: "IB-P", "MO'C", "FMcC", "LdV"
_INITIALS = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})(?![A-Za-z'’-]*[a-z]{3})[A-Z][A-Za-z'’-]{1,5}")
_PERSON_CODE = re.compile(r"[A-Z]{1,3}-?\d{2,5}")  # a key's code for a person: "P022", "EMP-104"


def spelled_initials(ctx: Context, text: str, document: str) -> tuple[str, Citation] | None:
    """"BN" -> ("Bernadette Nwosu (BN)", the key row's citation), when a table of the same paper has
    a row whose one cell is those initials and another a person's name with those initials."""
    code = text.strip()
    if not _INITIALS.fullmatch(code) and not _PERSON_CODE.fullmatch(code):
        return None
    found: dict[tuple[str, str], tuple[str, Citation] | None] = ctx.index.memo("spelled initials", dict)
    if (document, code) not in found:
        found[(document, code)] = _look_up(ctx, code, document)
    return found[(document, code)]


def _look_up(ctx: Context, code: str, document: str) -> tuple[str, Citation] | None:
    stems = set(ctx.tokenizer(code))
    # initials that spell a word too common to index ("AT", "IT", "AS") are found by their paper's rows instead
    table = rows_sharing(ctx.index, ctx.tokenizer, "rows", stems, documents=() if stems else [document])
    for row in table.rows:
        if row["document"] != document:
            continue
        cells = json.loads(row["cells"])
        if not any(c["text"].strip() == code for c in cells):
            continue
        keyed = cells[0]["text"].strip() == code and not _INITIALS.fullmatch(code)  # a code keys its row: the person is the row's
        for cell in cells:
            name = person_name(cell["text"], ctx.lex.common)
            if name and (keyed or initials_match(name, code)):
                return f"{name} ({code})", cite_cell(row, cell)
    return _keyed_in_text(ctx, code, document)


KEY_LINES = 12


def _keyed_in_text(ctx: Context, code: str, document: str) -> tuple[str, Citation] | None:
    """The paper's own key of short forms spells the initials out as a person ("TG  Temperance Gollancz -
    STP Programme Director" in a minutes' attendance, "Morwenna Tallis-Oduro (MTO)" in its apologies):
    the name, cited on the key's line that writes both."""
    if "abbreviations" not in ctx.index.memo("table names", lambda: set(ctx.index.db.table_names())):
        return None  # papers that spell nothing out
    spelled = [s for (s,) in ctx.index.db.execute(
        "select long from abbreviations where kind = 'abbreviation' and short = ? and document = ?", [code, document])]
    for name in (n for s in spelled if (n := person_name(s, ctx.lex.common))):
        lines = ctx.index.db.execute(
            "select l.page, l.line, l.text, d.title from lines l join documents d on d.id = l.doc_id "
            "where d.file_name = ? and l.text like ? limit ?", [document, f"%{name}%", KEY_LINES]).fetchall()
        for page, line, text, title in lines:
            if re.search(rf"(?<![A-Za-z]){re.escape(code)}(?![A-Za-z])", text):
                return f"{name} ({code})", Citation(document=document, title=title or document, page=page, line=line,
                                                    section=None, quote=name)
    return None


def initials_match(name: str, code: str) -> bool:
    """Whether `code` is the name's initials, a double-barrelled surname given one letter or two
    ("Tamsin Greaves-Adeyemi": TG, TGA or TG-A), a prefixed one its prefix too ("Fiona McCreadie": FM or
    FMcC; "Mary O'Connor": MO or MO'C; "Louisa de Vries": LV or LdV)."""
    if code in (_initials_of(name), _initials_of(name.replace("-", " "))):
        return True
    letters = re.sub(r"[^A-Za-z]", "", code).lower()
    words = [w for w in re.sub(r"^(?:Dr|Mr|Mrs|Ms|Miss|Prof(?:essor)?|Cllr|Sir|Dame)\.?\s+", "", name).split() if w[:1].isalpha()]
    if len(words) < 2 or len(letters) < 2:
        return False
    at = {0}  # how far into the code each reading of the words so far reaches (never every combination: a name may be long)
    for options in (_word_initials(w) | _two_letters(w, code) for w in words):
        at = {k + len(o) for k in at for o in options if letters.startswith(o, k)}
    return len(letters) in at


def _two_letters(word: str, code: str) -> set[str]:
    """A word a key writes by its first two letters, the second small ("JBr" for Jonah Brereton beside a "JB"
    for Jacqueline Barrowclough): how a key tells apart two people with the same initials."""
    return {word[:2].lower()} if len(word) > 2 and word[:1].isupper() and word[1:2].islower() and word[:2] in code else set()


def _word_initials(word: str) -> set[str]:
    """How a key may write one word of a name: its initial, each part's of a hyphenated or apostrophed
    word ("Blackwood-Price": b, bp; "O'Rourke": o, or), a prefix's letters kept ("McCreadie": m, mcc)."""
    low = word.lower()
    found = {low[0]}
    parts = [p for p in re.split(r"[-'’]", low) if p]
    if len(parts) > 1:
        found.add("".join(p[0] for p in parts))
    prefix = re.match(r"(mc|mac|de|du|van|von|le|la|d)(?=[a-z])", low) if word[:1].isupper() or low in ("de", "du", "van", "von", "le", "la") else None
    if prefix and len(low) > len(prefix.group(1)) + 1:
        found |= {prefix.group(1), prefix.group(1) + low[len(prefix.group(1))]}
    if low in ("de", "du", "van", "von", "le", "la", "da"):
        found |= {low[0], ""}
    return found


def _initials_of(name: str) -> str:
    """"Dr Kwame Asante" -> "KA"; "Liam O'Donoghue" -> "LO"."""
    words = [w for w in re.sub(r"^(?:Dr|Mr|Mrs|Ms|Miss|Prof(?:essor)?|Cllr|Sir|Dame)\.?\s+", "", name).split() if w[:1].isalpha()]
    return "".join(w[0].upper() for w in words)
