import io
import json
from pathlib import Path

import pytest

from bot.cli import main

CONTRACT_KEYS = {"question", "kind", "answered", "answer", "citations"}
CITATION_KEYS = {"document", "title", "page", "line", "section", "quote"}


@pytest.fixture(autouse=True)
def _no_env_file(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    monkeypatch.delenv("PLANBOT_INDEX", raising=False)


def test_ingest_then_ask_json(corpus: Path, tmp_path: Path, capsys) -> None:
    ix = str(tmp_path / "ix")
    assert main(["ingest", str(corpus), "--index", ix, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["documents"] == 3 and report["passages"] > 0
    assert main(["ask", "when was the third draft published?", "--json", "--index", ix]) == 0
    reply = json.loads(capsys.readouterr().out)
    assert set(reply) == CONTRACT_KEYS and reply["answered"]
    assert set(reply["citations"][0]) == CITATION_KEYS


def test_ask_batch_from_stdin(index_dir: Path, capsys, monkeypatch) -> None:
    lines = ['when was the third draft published?', '', json.dumps({"question": "how many GP practices?", "as_of": "2017-01-01"})]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    assert main(["ask", "--json", "--index", str(index_dir)]) == 0
    replies = [json.loads(l) for l in capsys.readouterr().out.splitlines()]
    assert [r["question"] for r in replies] == ["when was the third draft published?", "how many GP practices?"]


def test_ask_text_output_lists_sources(index_dir: Path, capsys) -> None:
    assert main(["ask", "when was the third draft published?", "--index", str(index_dir)]) == 0
    out = capsys.readouterr().out
    assert "11 November 2016" in out.splitlines()[0] and "Sources:" in out
    assert "Lancashire Health Board: Update on the Plan, line 5 ('Update on the Plan › Background')" in out and "board.txt" not in out


def test_ask_json_keeps_the_file_name_beside_the_title(index_dir: Path, capsys) -> None:
    assert main(["ask", "when was the third draft published?", "--json", "--index", str(index_dir)]) == 0
    cited = json.loads(capsys.readouterr().out)["citations"][0]
    assert cited["document"] == "board.txt" and cited["title"] == "Lancashire Health Board: Update on the Plan"


def test_index_from_environment(index_dir: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("PLANBOT_INDEX", str(index_dir))
    assert main(["ask", "when was the third draft published?"]) == 0


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["ask", "anything", "--index", "nowhere"], "run `planbot ingest` first"),
        (["ingest", "no-such-folder", "--index", "ix"], "No PDF, DOCX, PPTX, XLSX, CSV, TXT or MD files"),
    ],
)
def test_errors_are_one_line_and_nonzero(argv: list[str], message: str, capsys) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_empty_question_is_refused(index_dir: Path, capsys) -> None:
    assert main(["ask", "  ", "--index", str(index_dir)]) == 2
    assert "empty" in capsys.readouterr().err


def test_bad_date_is_refused(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(["ask", "x", "--as-of", "yesterday"])
    assert info.value.code == 2
    assert "use YYYY-MM-DD" in capsys.readouterr().err


def test_chat_builds_index_on_first_run(corpus: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("PLANBOT_CORPUS", str(corpus))
    monkeypatch.setattr("sys.stdin", io.StringIO("when was the third draft published?\nquit\n"))
    assert main(["chat", "--index", str(tmp_path / "fresh")]) == 0
    out = capsys.readouterr().out
    assert "11 November 2016" in out


def test_run_without_token_says_what_to_do(capsys) -> None:
    assert main(["run"]) == 2
    err = capsys.readouterr().err
    assert "DISCORD_TOKEN is not set" in err and "Traceback" not in err


def test_no_command_without_token_is_the_chat(corpus: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("PLANBOT_CORPUS", str(corpus))
    monkeypatch.setenv("PLANBOT_INDEX", str(tmp_path / "fresh"))
    monkeypatch.setattr("sys.stdin", io.StringIO("when was the third draft published?\n"))
    assert main([]) == 0
    assert "11 November 2016" in capsys.readouterr().out


def test_run_with_token_but_no_index_says_how_to_build_it(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", "secret-token-value")
    assert main(["run", "--index", str(tmp_path / "none")]) == 2
    err = capsys.readouterr().err
    assert "run `planbot ingest` first" in err and "secret-token-value" not in err


@pytest.mark.parametrize(
    ("failure", "expected"),
    [("login", "Discord rejected DISCORD_TOKEN"), ("network", "Could not reach Discord")],
)
def test_run_turns_start_up_failures_into_one_sentence(index_dir: Path, capsys, monkeypatch, caplog, failure, expected) -> None:
    import discord

    async def refuse(self, token):  # noqa: ANN001 - stands in for the login HTTP call
        if failure == "login":
            raise discord.LoginFailure("Improper token has been passed.")
        raise OSError("network unreachable")

    monkeypatch.setattr(discord.http.HTTPClient, "static_login", refuse)
    monkeypatch.setenv("DISCORD_TOKEN", "secret-token-value")
    assert main(["run", "--index", str(index_dir)]) == 2
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err
    assert "secret-token-value" not in err + caplog.text


def test_ask_builds_the_default_index_on_first_use(corpus, tmp_path, monkeypatch, capsys) -> None:
    """A new user's first `./run.sh ask ...` answers; an index named with --index must exist."""
    monkeypatch.setenv("PLANBOT_CORPUS", str(corpus))
    monkeypatch.setenv("PLANBOT_INDEX", str(tmp_path / "fresh-index"))
    assert main(["ask", "when was the third draft published?"]) == 0
    captured = capsys.readouterr()
    assert "No index yet" in captured.err and "11 November 2016" in captured.out
    assert main(["owners", "--json"]) == 0 and "Alex Sample" in capsys.readouterr().out
    assert main(["ask", "anything", "--index", str(tmp_path / "elsewhere")]) == 2
    assert "run `planbot ingest` first" in capsys.readouterr().err


def test_another_ics_folder_is_not_read_with_the_corpus_glossary(tmp_path: Path, monkeypatch, capsys) -> None:
    """The corpus's glossary names its own areas ("Bay Health & Care Partners", called "Bay"): a folder of
    another ICS's papers is read without it, so its "Pellow Bay" is no area of ours; a drafts folder
    inside the corpus is read with it."""
    from bot.index.store import PlanIndex

    corpus = tmp_path / "corpus"
    (corpus / "drafts").mkdir(parents=True)
    (corpus / "glossary.toml").write_text('[areas]\n"Bay Health & Care Partners" = ["Morecambe Bay"]\n', encoding="utf-8")
    other = tmp_path / "other_ics"
    other.mkdir()
    tracker = "Scheme\tPlace\tLead\tDue date\nCommunity diagnostic centre\tPellow Bay\tAlex Sample\t31/03/2027\n"
    for folder in (other, corpus / "drafts"):
        (folder / "tracker.txt").write_text(tracker, encoding="utf-8")
    monkeypatch.setenv("PLANBOT_CORPUS", str(corpus))
    areas = {}
    for folder in (other, corpus / "drafts"):
        assert main(["ingest", str(folder), "--index", str(tmp_path / f"ix_{folder.name}"), "--json"]) == 0
        capsys.readouterr()
        index = PlanIndex.open(tmp_path / f"ix_{folder.name}")
        try:
            areas[folder.name] = {r["area"] for r in index.table("initiatives")}
        finally:
            index.close()
    assert areas["other_ics"] == {"Pellow Bay"} and areas["drafts"] == {"Bay Health & Care Partners"}
