"""Two figures scored all but alike ("90,000 registered patients ... the same population" and "a registered
population of 842,300"): the one written with the question's own words beside it ("registered population")
is the answer, as exact ties are told apart (answering/ties.py); a clear lead is kept."""

import pytest

from bot.answering.candidates import Candidate
from bot.answering.pipeline import FIGURE_TIE
from bot.answering.ties import closest_wording_first


def _figure(main: str, score: float) -> Candidate:
    return Candidate(source="sentence", main=main, context="", area=None, answer=main, citations=[], score=score)


@pytest.mark.parametrize(("second", "first"), [
    (4.37, "The footprint serves a registered population of 842,300 people."),  # within the margin: worded as asked
    (3.90, "Care network: practices serving 60,000 to 90,000 registered patients, teams working to the same population."),
])
def test_a_near_tie_of_figures_goes_to_the_one_worded_as_asked(second: float, first: str) -> None:
    found = [_figure("Care network: practices serving 60,000 to 90,000 registered patients, teams working to the same population.", 4.40),
             _figure("The footprint serves a registered population of 842,300 people.", second)]
    closest_wording_first(found, "what's the registered population for the footprint?", margin=FIGURE_TIE)
    assert found[0].main == first
