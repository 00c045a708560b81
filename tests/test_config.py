"""Settings: what a copied .env.example means, and one readable sentence for anything wrong."""

from pathlib import Path

import pytest

from bot.config import load_settings
from bot.errors import ConfigError

EXAMPLE = Path(__file__).resolve().parent.parent / ".env.example"


@pytest.fixture(autouse=True)
def _clean_env(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("DISCORD_TOKEN", "PLANBOT_INDEX", "PLANBOT_STATE_DB", "PLANBOT_GUILD_IDS", "PLANBOT_TIMEZONE"):
        monkeypatch.delenv(name, raising=False)


def test_a_copied_env_example_is_a_working_configuration(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    settings = load_settings()
    assert settings.discord_token is None and settings.guild_ids == [] and settings.admin_role_ids == []
    assert settings.state_path == Path("index/state.db") and settings.timezone == "Europe/London"


def test_env_example_documents_every_setting() -> None:
    from bot.config import Settings

    documented = EXAMPLE.read_text(encoding="utf-8")
    for field in Settings.model_fields.values():
        assert f"\n{field.alias}=" in documented, field.alias


def test_ids_are_read_from_a_comma_list(monkeypatch) -> None:
    monkeypatch.setenv("PLANBOT_GUILD_IDS", "123, 456")
    assert load_settings().guild_ids == [123, 456]


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("PLANBOT_TIMEZONE", "Mars/Olympus", "unknown time zone"),
        ("PLANBOT_MAX_FILE_MB", "-3", "PLANBOT_MAX_FILE_MB"),
        ("PLANBOT_GUILD_IDS", "my-server", "PLANBOT_GUILD_IDS"),
    ],
)
def test_bad_settings_are_one_sentence(monkeypatch, name: str, value: str, expected: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as caught:
        load_settings()
    assert expected in caught.value.message and "Check your environment or .env" in caught.value.message


def test_the_token_never_shows_in_reprs(monkeypatch) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", "secret-token-value")
    settings = load_settings()
    assert "secret-token-value" not in repr(settings) and "secret-token-value" not in str(settings.model_dump())
