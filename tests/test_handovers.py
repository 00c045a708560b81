"""A post handed from one holder to another from a day (bot/answering/handovers.py)."""

from datetime import date

import pytest

from bot.answering.handovers import handover
from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

LINE = ("- KEL3 Diabetes Prevention: SRO changes from Callum Dearlove to Harriet Ossington, Head of Public Health, "
        "with effect from 1 February 2018.")


STEPPING = ("Rowan Ashdown, Chief Executive of the trust, has been the SRO for urgent care since the STP began. He steps "
            "down from the SRO role at the end of March, and Dr Nia Pelham, Medical Director, is the SRO from 1 April 2017.")


@pytest.mark.parametrize(("text", "today", "expected"), [
    (LINE, date(2018, 2, 20), ("Callum Dearlove", "Harriet Ossington")),
    (LINE, date(2018, 1, 20), None),  # not yet in effect
    ("The SRO role passed from Dr Ann Lee to Tom Ward.", date(2018, 1, 1), ("Dr Ann Lee", "Tom Ward")),  # no day: done
    ("The go-live moved from 13-Mar-18 to 10-Apr-18.", date(2018, 5, 1), None),  # dates, not people
    (STEPPING, date(2017, 4, 10), ("Rowan Ashdown", "Dr Nia Pelham")),  # a going, then who holds it from a day
    (STEPPING, date(2017, 3, 10), None),  # the day has not come
    ("Rowan Ashdown steps down in March, and Dr Nia Pelham chairs the group.", date(2017, 4, 10), None),  # no day given
])
def test_a_handover_takes_effect_on_its_day(text: str, today: date, expected) -> None:
    assert handover(text, today) == expected


TRACKER = "Owners\n\nScheme ID\tScheme\tSRO\nKEL3\tDiabetes Prevention\tCallum Dearlove\nKEL4\tPerinatal Mental Health\tTamsin Greaves\n"
CHANGELOG = "# Plan change log\n\n## [1.2] - 2018-01-15\n\n### Changed\n" + LINE + "\n"


@pytest.mark.parametrize(("as_of", "holder", "not_holder"), [(date(2018, 2, 20), "Harriet Ossington", "Callum Dearlove"),
                                                             (date(2018, 1, 20), "Callum Dearlove", "Harriet Ossington")])
def test_who_holds_a_handed_over_post_depends_on_the_day_asked(papers, as_of: date, holder: str, not_holder: str) -> None:
    index = papers({"tracker.txt": TRACKER, "changelog.md": CHANGELOG})
    reply = answer("Who is the SRO for the KEL3 Diabetes Prevention scheme?", index, Tokenizer(), as_of)
    assert reply.answered and reply.answer.startswith(holder) and not_holder not in reply.answer.split(":")[0], reply.answer


SLIDES = "Urgent care programme\n\nSRO: Rowan Ashdown, Chief Executive\nClinical lead: Dr Ida Vance\n"


@pytest.mark.parametrize(("as_of", "holder"), [(date(2017, 4, 10), "Dr Nia Pelham"), (date(2017, 3, 10), "Rowan Ashdown")])
def test_a_holder_who_steps_down_gives_way_from_the_next_holders_day(papers, as_of: date, holder: str) -> None:
    faq = STEPPING.replace("is the SRO from", "is the SRO for urgent care from")
    index = papers({"slides.txt": SLIDES, "faq.txt": f"Staff FAQ\n\nWho leads urgent care?\n{faq}\n", **OTHER_PAPERS})
    reply = answer("Who is the SRO for the urgent care programme?", index, Tokenizer(), as_of)
    assert reply.answered and reply.answer.startswith(holder), reply.answer


INITIALLED = ("Workstreams\n\nRef\tWorkstream\tLead\tDue\nTC3\tCommunity forensic support\tAC\tJan-18\n"
              "TC4\tSupported living: eight new tenancies\tDB\tOct-17\n\n"
              "Leads\n\nInitials\tName\tPost\nAC\tAmara Cole\tClinical Director\nDB\tDesmond Bellamy-Rhodes\tHead of Housing Strategy\n")
CHANGES = "Changes since the last summary\n\nTC4 supported living: from 1 March 2017 Kezia Marchetti (Housing Commissioning Manager) replaces DB as lead.\n"


@pytest.mark.parametrize(("as_of", "holder"), [(date(2017, 4, 10), "Kezia Marchetti"), (date(2017, 2, 10), "Desmond Bellamy-Rhodes")])
def test_a_lead_replaced_by_their_initials_gives_way_from_the_day(papers, as_of: date, holder: str) -> None:
    """The tracker names its leads by initials, spelled out in its key; the later summary replaces "DB", as the
    tracker writes them: from that day DB holds the lead no more."""
    index = papers({"tracker.txt": INITIALLED, "changes.txt": CHANGES, **OTHER_PAPERS})
    reply = answer("Who leads TC4, the supported living workstream?", index, Tokenizer(), as_of)
    assert reply.answered and reply.answer.startswith(holder), reply.answer
