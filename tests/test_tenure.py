"""Holders over time: a holding given its last day ("to 31.10.25") has ended once that day has passed;
of a cell naming one holder after another, the one holding the post on the asked day answers; and of two
papers naming different holders, the later paper is believed. Dates written with dots, as UK papers
write them ("28.11.24"), are dates."""

from datetime import date

import pytest

from bot.answering.pipeline import answer
from bot.answering.tenure import current_holder, held_until
from bot.answering.types import dates
from bot.records.dates import normalise, paper_date
from bot.textnorm import Tokenizer


@pytest.mark.parametrize("text, day", [
    ("28.11.24", date(2024, 11, 28)),
    ("from 1.12.24", date(2024, 12, 1)),
    ("due 01.02.2025", date(2025, 2, 1)),
])
def test_a_date_with_dots_is_a_date(text: str, day: date) -> None:
    assert dates(text) and normalise(text).start == day


@pytest.mark.parametrize("text", ["see paragraph 3.1.12", "version 2.3.4.25", "v1.2.25"])
def test_a_paragraph_or_version_number_is_no_date(text: str) -> None:
    assert not dates(text) and normalise(text).start is None


@pytest.mark.parametrize("said, today, ended", [
    (" to 31.10.25", date(2025, 12, 1), True),
    (" to 31.10.25", date(2025, 10, 1), False),
    (" (Role: SRO; From: to 31.10.25)", date(2025, 12, 1), True),
    (": milestone moved from 13 March 2018 to 10 April 2018", date(2019, 1, 1), False),
    (" (interim) from 1.12.24", date(2025, 1, 15), False),
])
def test_a_holding_ends_on_its_last_day(said: str, today: date, ended: bool) -> None:
    assert held_until(said, today) is ended


@pytest.mark.parametrize("today, holder", [
    (date(2025, 1, 15), "Fergus Ballantyne (interim) from 1.12.24"),
    (date(2024, 10, 1), "Sunita Ramgoolam to 30.11.24"),
])
def test_the_holder_on_the_day_asked(today: date, holder: str) -> None:
    assert current_holder("Sunita Ramgoolam to 30.11.24; Fergus Ballantyne (interim) from 1.12.24", today) == holder


def test_a_cell_without_days_names_no_current_holder() -> None:
    assert current_holder("Ada Quill; Tom Rook", date(2025, 1, 1)) is None


@pytest.mark.parametrize("title, file_name, day", [
    ("ICB Board 28 November 2024 Item 8", "", date(2024, 11, 28)),
    ("Programmes on a page Q2 2024/25 (October 2024)", "", date(2024, 10, 1)),
    ("export", "07_PMO_export_2025-01-10.csv", date(2025, 1, 10)),
    ("Glossary", "glossary.md", None),
    ("STP submission", "01_HC_STP_Submission_21Oct2016.pdf", date(2016, 10, 21)),  # a day and month run into the year
    ("Delivery plans on a page", "02_HC_Plans_on_a_Page_v0.4_Jan2017.pdf", date(2017, 1, 1)),
    ("Update", "GOHCP_SDUC_Update_Sept2018.pdf", date(2018, 9, 1)),
    ("Plan", "plan_v2_final.pdf", None),
])
def test_the_day_a_paper_is_of(title: str, file_name: str, day: date | None) -> None:
    assert paper_date(title, file_name) == day


LEADERSHIP = ("Programme leadership (v3)\n\n| Programme | Role | Name | From |\n| --- | --- | --- | --- |\n"
              "| Mental Health | SRO | Owen Thackeray | to 31.10.25 |\n"
              "| Mental Health | SRO (interim) | Dr Leah Brannigan | 01.11.25 |\n")
BOARD = ("ICB Board 28 November 2024 Item 8\n\n| Programme | SRO | Overall |\n| --- | --- | --- |\n"
         "| Community Care | Sunita Ramgoolam to 30.11.24; Fergus Ballantyne (interim) from 1.12.24 | Amber |\n")
DECK = "Programmes on a page (October 2024)\n\n## Community Care\n\nSRO: Sunita Ramgoolam | Clinical lead: Dr Tamsin Greatorex\n"


@pytest.mark.parametrize("files, question, as_of, who", [
    ({"leadership.md": LEADERSHIP}, "Who is currently the SRO for the Mental Health programme?", date(2025, 12, 1), "Dr Leah Brannigan"),
    ({"board.md": BOARD, "deck.md": DECK}, "Who is currently the SRO for the Community Care programme?", date(2025, 1, 15),
     "Fergus Ballantyne"),
])
def test_who_holds_a_post_now(papers, files: dict[str, str], question: str, as_of: date, who: str) -> None:
    reply = answer(question, papers(files), Tokenizer(), as_of)
    assert reply.answered and reply.answer.startswith(who), reply.answer


HANDOVER = ("Lung Health Checks: highlight report, March 2018\n\n"
            "Lung Health Checks SRO: Dr Caspian Holroyd (from 1 April 2018)\n"
            "Lung Health Checks SRO: Dr Ingrid Marchbanks (to 31 March 2018)\n")


@pytest.mark.parametrize("as_of, who, not_who", [(date(2018, 3, 20), "Marchbanks", "Holroyd"),
                                                 (date(2018, 4, 20), "Holroyd", "Marchbanks")])
def test_a_holder_from_a_day_to_come_holds_the_post_not_yet(papers, as_of: date, who: str, not_who: str) -> None:
    """"SRO (from 1 April 2018)", asked on 20 March: the successor is not the SRO yet; asked in April, is."""
    reply = answer("who is the SRO for lung health checks at the moment?", papers({"report.txt": HANDOVER}), Tokenizer(), as_of)
    assert reply.answered and who in reply.answer[:60] and not_who not in reply.answer[:60], reply.answer


MEMBERSHIP = ("Programme Board: revised terms of reference and membership\n\n3. Membership\n\nRole\tMember\n"
              "SRO, Urgent & Emergency Care\tHarriet Quennell, COO, FRH (until 28/02/2017) Desmond Achterberg, Deputy Chief "
              "Executive, FRH (from 01/03/2017)\n"
              "SRO, Planned Care\tMr Ravi Lanchester\n\n"
              "4. Changes since submission\n\n"
              "Desmond Achterberg, Deputy Chief Executive of FRH, will take over as SRO for Urgent & Emergency Care (UEC) with "
              "effect from 1 March 2017.\n")
CHANGE_LOG = ("Change log\n\nDate of change\tItem\tField\tWas\tNow\tReason\n"
              "19 January 2017\tUEC\tSRO\tHarriet Quennell\tDesmond Achterberg (from 01/03/2017)\tHQ leaves FRH end of February 2017\n")


def test_a_going_said_in_another_cell_is_of_whom_that_cell_names(papers, tokenizer) -> None:
    """"Desmond Achterberg (from 01/03/2017)" | "HQ leaves FRH end of February 2017": the leaving is HQ's,
    in a cell of its own, not Desmond Achterberg's who comes before it in the row."""
    from bot.answering.eligibility import gone_by
    from bot.answering.pipeline import context_for

    ctx = context_for("Who is the SRO for Urgent & Emergency Care?", papers({"tor.txt": MEMBERSHIP, "log.txt": CHANGE_LOG}),
                      tokenizer, date(2026, 1, 5), 1000, None)
    assert not gone_by("Desmond Achterberg", ctx, date(2026, 1, 5))


def test_a_role_member_row_names_its_own_remit(tmp_path) -> None:
    """"SRO, Planned Care | Mr Ravi Lanchester" under "SRO, Urgent & Emergency Care | ...": the row's own
    role names what the post is for; the row above (urgent care) is not the Planned Care SRO's remit."""
    from bot.reading.files import read_document
    from bot.records.extract import extract_records

    path = tmp_path / "tor.txt"
    path.write_text(MEMBERSHIP, encoding="utf-8")
    people = extract_records(read_document(path, 10**7))["people"]
    lanchester = [p for p in people if p["name"] == "Mr Ravi Lanchester"]
    assert lanchester and all("Urgent" not in (p["context"] or "") for p in lanchester), lanchester


GPFV_PAPER = ("GP Forward View plan\n\nImplementation plan\nRef\tAction\tLead\tDue\n"
              "A1\tFirst5 GP support scheme launched\tDr Owain Pritchard, GPFV clinical lead\tApr-17\n\n"
              "Addendum\n"
              "AD1. Since this paper was written Dr Owain Pritchard has been appointed Clinical Chair of the CCG and has stepped down as "
              "GPFV clinical lead. He remains clinical lead until 31 December 2016. Dr Rhiannon Ellis-Bevan, GP at Coldbeck Bridge, "
              "will be GPFV clinical lead from 1 January 2017.\n")


@pytest.mark.parametrize("as_of, who, not_who", [(date(2017, 2, 1), "Ellis-Bevan", "Pritchard")])
def test_he_or_she_goes_on_about_the_person_the_sentence_before_names(papers, as_of: date, who: str, not_who: str) -> None:
    """"X has stepped down as GPFV clinical lead. He remains clinical lead until 31 December 2016": the day
    his holding ends is said of him, one sentence on; asked in February, he holds it no more."""
    reply = answer("Who is the GPFV clinical lead now?", papers({"gpfv.txt": GPFV_PAPER}), Tokenizer(), as_of)
    assert reply.answered and who in reply.answer[:60] and not_who not in reply.answer[:60], reply.answer
