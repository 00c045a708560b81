"""A table cell that logs dated entries answers "when" with the entries the question is about, each
with its own date, not with the first date of the cell."""

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

LOG = """Engagement log

Audience\tCentral\tCoast
Democratic\t01/07/16 - Newsletter to councillors. 08/07/16 - Scrutiny committee update. 15/07/16 - Parish council talk. 22/07/16 - Health scrutiny workshop. 29/07/16 - District council leaders briefing. 05/08/16 - Town hall drop-in session. 12/08/16 - Cabinet member briefing pack. 07/10/16 - Invite to 1-2-1 briefings distributed to MPs. 14/10/16 - 1-2-1 meeting with Alan Sample MP. 20/10/16 public event poster sent to local MPs. 28/10/16 1-2-1 meeting with Beth Example MP. 31/10/16 MP briefing pack distributed to local MPs.\t05/09/16 - Scrutiny committee briefing. 12/09/16 - Council leaders dinner.
"""


def test_the_logged_entries_asked_about_answer_with_their_dates(papers) -> None:
    index = papers({"log.txt": LOG, **OTHER_PAPERS})
    reply = answer("When were the 1-2-1 meetings with Alan Sample MP and Beth Example MP?", index, Tokenizer())
    lead = reply.answer[:300]  # the asked dates come first, not after the cell's other entries
    assert reply.answered and "14/10/16" in lead and "28/10/16" in lead, reply.answer
    assert "05/09/16" not in reply.answer.split(" (")[0]  # the answer leads with the entries asked about
