"""/reindex through the real command tree: admin checks, uploads good and bad, change reports, rollback."""

from pathlib import Path

import pytest

from bot.config import Settings
from bot.discord_app.client import PlanbotClient
from bot.service import Planbot
from bot.state import StateStore
from bot.index.versions import list_versions, live_version
from tests.discord_harness import ADMIN_ROLE_ID, ATTACHMENT, BOOLEAN, OTHER_CHANNEL_ID, Harness, option
from tests.test_changes import NEW_DRAFT


def group(sub: str, options: list[dict] | None = None) -> list[dict]:
    return [{"name": sub, "type": 1, "options": options or []}]


@pytest.fixture
async def admin(tmp_path: Path, corpus: Path, index_dir: Path):
    settings = Settings(_env_file=None, PLANBOT_INDEX=str(index_dir), PLANBOT_CORPUS=str(corpus),  # type: ignore[call-arg]
                        PLANBOT_ADMIN_ROLE_IDS=str(ADMIN_ROLE_ID), PLANBOT_MAX_FILE_MB="1")
    state = StateStore(tmp_path / "state.db")
    client = PlanbotClient(settings, Planbot(index_dir), state, sync_commands=False, post_digests=False)
    h = await Harness(client).start()
    yield h
    await h.close()
    state.close()


async def upload(h: Harness, name: str, data: bytes, **who) -> list:
    value, resolved = h.attachment(name, data)
    return await h.command("reindex", group("run", [option("file", value, ATTACHMENT)]), resolved=resolved,
                           roles=who.get("roles", (ADMIN_ROLE_ID,)))


async def test_a_reindex_reuses_unchanged_files_unless_full_is_asked(admin: Harness) -> None:
    first, again, full = [
        "\n".join(c.text for c in await admin.command("reindex", group("run", options), roles=(ADMIN_ROLE_ID,)) if c.ephemeral)
        for options in ([], [], [option("full", True, BOOLEAN)])]
    assert "read every file: version" in first and "size limit" in first  # index_dir was built with another limit
    assert "3 files reused from version" in again and "0 read" in again
    assert "read every file: a full re-read was asked for" in full


async def test_reindex_is_refused_to_non_admins(admin: Harness, index_dir: Path) -> None:
    live = live_version(index_dir)
    calls = await admin.command("reindex", group("run"))
    assert len(calls) == 1 and calls[0].ephemeral and "Only planbot admins" in calls[0].text
    assert live_version(index_dir) == live


async def test_a_new_draft_is_saved_indexed_and_its_changes_reported(admin: Harness, corpus: Path, index_dir: Path) -> None:
    admin.client.state.subscribe(OTHER_CHANNEL_ID, admin.client.guilds[0].id, None, 0, "09:00", 1)
    old = (corpus / "board.txt").read_text(encoding="utf-8")
    before = live_version(index_dir)
    calls = await upload(admin, "board.txt", NEW_DRAFT.encode())
    assert calls[0].payload["type"] == 5 and calls[0].ephemeral
    report = "\n".join(c.text for c in calls if c.ephemeral)
    assert "board.txt" in report and "Alex Sample (Exec Lead) → Sam Other (Exec Lead)" in report
    assert "+ initiative added (Fylde Coast) Falls prevention service" in report
    assert "previous draft is kept" in report
    assert live_version(index_dir) != before
    assert (corpus / "board.txt").read_text(encoding="utf-8") == NEW_DRAFT
    [archived] = list((index_dir / "drafts").iterdir())
    assert archived.read_text(encoding="utf-8") == old
    assert "Sam Other" in admin.client.service.ask("who owns stroke pathway redesign in fylde?").answer
    announced = [c for c in calls if c.path == "/channels/{channel_id}/messages" and str(OTHER_CHANNEL_ID) in c.url]
    assert announced and "Sam Other" in announced[0].text and announced[0].payload["allowed_mentions"] == {"parse": []}

    rolled = await admin.command("reindex", group("rollback"), roles=(ADMIN_ROLE_ID,))
    assert rolled[-1].ephemeral and live_version(index_dir) == before
    assert "Alex Sample" in admin.client.service.ask("who owns stroke pathway redesign in fylde?").answer


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("draft.pdf", b"%PDF-1.7 this is not really a pdf", "draft.pdf"),
        ("empty.txt", b"", "empty.txt"),
        ("plan.xlsx", b"PK\x03\x04 spreadsheet", "not a readable Excel file"),
        ("deck.pptx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "encrypted"),
        ("plan.key", b"Keynote", "unsupported file type"),
        ("huge.txt", b"word " * 300_000, "over the 1 MB limit"),
    ],
)
async def test_a_bad_upload_changes_nothing(admin: Harness, corpus: Path, index_dir: Path, name: str, data: bytes,
                                           reason: str) -> None:
    files_before = sorted(p.name for p in corpus.iterdir())
    versions_before = list_versions(index_dir)
    calls = await upload(admin, name, data)
    refusal = calls[-1]
    assert refusal.ephemeral and reason in refusal.text and "Nothing was changed" in refusal.text
    assert "Traceback" not in refusal.text
    assert sorted(p.name for p in corpus.iterdir()) == files_before
    assert list_versions(index_dir) == versions_before
    assert admin.client.service.ask("who owns stroke pathway redesign in fylde?").answered


async def test_a_corrupt_file_already_in_corpus_is_skipped_and_named(admin: Harness, corpus: Path) -> None:
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 garbage")
    calls = await admin.command("reindex", group("run"), roles=(ADMIN_ROLE_ID,))
    report = "\n".join(c.text for c in calls)
    assert "Skipped broken.pdf" in report and "Traceback" not in report
    assert "None in initiatives, owners, milestones or must-do coverage" in report


async def test_one_reindex_at_a_time(admin: Harness) -> None:
    cog = admin.client.get_cog("Admin")
    async with cog.building:
        calls = await admin.command("reindex", group("run"), roles=(ADMIN_ROLE_ID,))
    assert calls[-1].ephemeral and "already running" in calls[-1].text


async def test_versions_lists_the_live_one(admin: Harness, index_dir: Path) -> None:
    calls = await admin.command("reindex", group("versions"))
    assert f"{live_version(index_dir)} (live)" in calls[-1].text and "built" in calls[-1].text


async def test_a_tracker_upload_is_read_and_its_changes_cite_sheet_and_row(admin: Harness, corpus: Path, tmp_path: Path) -> None:
    from tests.office_files import workbook

    path = workbook(tmp_path / "tracker.xlsx", {"Milestones": [
        ["Fylde Coast tracker 2016/17"], ["LDP", "Scheme", "Milestone", "Lead", "Due", "RAG"],
        ["Fylde Coast", "Falls prevention service", "Service live", "Sam Other", "Qtr 4", "A"]]})
    calls = await upload(admin, "tracker.xlsx", path.read_bytes())
    report = "\n".join(c.text for c in calls if c.ephemeral)
    assert "tracker.xlsx" in report and "1 sheets" in report
    assert "+ initiative added (Fylde Coast) Falls prevention service" in report and "sheet 1, row 3" in report
    assert (corpus / "tracker.xlsx").exists()
    assert "Sam Other" in admin.client.service.ask("who leads the falls prevention service in fylde?").answer
