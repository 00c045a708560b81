"""Who wrote a paper is its author: "who wrote / drafted / prepared the update?" is answered by the
front sheet's Author field, not by whoever the paper is about."""

import pytest

from tests.conftest import write_docx


@pytest.mark.parametrize("question", [
    "Who wrote the Month 6 programme update to the Partnership Board?",
    "who drafted the month 6 update?",
])
def test_the_author_field_answers_who_wrote(tmp_path, ask_folder, question: str) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    write_docx(folder / "board_paper.docx", ["Partnership Board, 18 October 2018, item 7", "Programme update, Month 6 2018/19"],
               [["Title of paper", "Programme update, Month 6 2018/19"], ["Executive sponsor", "Harriet Quennell, STP Lead"],
                ["Author", "Caspian Moorcroft, STP Programme Director"],
                ["Summary", "Progress on the six priorities at Month 6: Bernadette Sowerby is interim SRO for Ageing Well."]])
    (folder / "minutes.txt").write_text("Partnership Board minutes, 8 November 2018\n\nThe Board noted the programme update.\n", encoding="utf-8")
    reply = ask_folder(folder, question)
    assert reply.answered and "Moorcroft" in reply.answer[:120], reply.answer
